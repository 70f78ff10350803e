package loader

import (
	"context"
	"runtime"
	"sync"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/input"
)

// Result is one input's extraction, or why it failed.
type Result struct {
	Source     string
	Extraction *graph.Extraction
	Err        error
}

// ExtractAll extracts items on all cores and hands the results to fn in the
// order of items, so that what is stored and printed does not depend on
// scheduling. Items that could not be read arrive with their error. It
// stops at the first error fn returns, or when ctx is done.
func (x *Extractor) ExtractAll(ctx context.Context, items []Item, fn func(Result) error) error {
	workers := runtime.GOMAXPROCS(0)
	results := make([]chan Result, len(items))
	for i := range results {
		results[i] = make(chan Result, 1)
	}
	jobs := make(chan int)
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	// Stop feeding before waiting for the workers, so an early return does
	// not extract the rest.
	defer func() { cancel(); wg.Wait() }()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				it := items[i]
				r := Result{Source: it.Source, Err: it.Err}
				if r.Err == nil {
					r.Extraction, r.Err = x.ExtractDoc(it.Source, input.Doc{Text: it.Text, Meta: it.Meta})
				}
				results[i] <- r
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range items {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for i := range items {
		select {
		case r := <-results[i]:
			if err := fn(r); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
