package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
)

// failingStore is a real store that fails every write of one document with
// an internal error, as a store bug did (issue 12): the fault is injected,
// the rest is real.
type failingStore struct {
	graph.Store
	bad string // the file name of the document that fails
}

var errInjected = errors.New("injected: observations without a confidence")

func (s failingStore) PutDocuments(ctx context.Context, xs []*graph.Extraction) ([]graph.PutResult, error) {
	for _, x := range xs {
		if filepath.Base(x.Document.Source) == s.bad {
			return nil, graph.Internal("put documents", errInjected)
		}
	}
	return s.Store.PutDocuments(ctx, xs)
}

func (s failingStore) PutDocument(ctx context.Context, x *graph.Extraction) (graph.PutResult, error) {
	if filepath.Base(x.Document.Source) == s.bad {
		return graph.PutResult{}, graph.Internal("put document "+x.Document.ID, errInjected)
	}
	return s.Store.PutDocument(ctx, x)
}

// TestLoad_RejectedBatch checks that a batch the store rejects is stored
// again one document at a time: the failing document is named, the others
// are stored, and the load goes on and prints its summary.
func TestLoad_RejectedBatch(t *testing.T) {
	files, err := filepath.Glob("../../examples/*.txt")
	if err != nil || len(files) < 3 {
		t.Fatalf("examples: %v, %v", files, err)
	}
	bad := filepath.Base(files[0])
	s, err := embedded.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var stderr bytes.Buffer
	m := NewMain()
	m.Stderr = &stderr
	m.store = failingStore{Store: s, bad: bad}
	err = m.load(t.Context(), options{maxSize: 1 << 20}, "../../examples")
	if !errors.Is(err, errInputsFailed) {
		t.Errorf("load: %v, want errInputsFailed", err)
	}
	out := stderr.String()
	if !strings.Contains(out, "injected") {
		t.Errorf("stderr does not name the failing document's fault:\n%s", out)
	}
	docs, err := s.Documents(t.Context(), graph.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != len(files)-1 {
		t.Errorf("%d documents stored, want every one but the failing one: %d", len(docs), len(files)-1)
	}
	for _, d := range docs {
		if filepath.Base(d.Source) == bad {
			t.Errorf("the failing document %q is stored", bad)
		}
	}
	want := "kg: loaded " + fmt.Sprint(len(files)-1) + " documents (" + fmt.Sprint(len(files)-1) + " added, 0 replaced, 0 unchanged, 1 failed, 0 not reached)"
	if !strings.Contains(out, want) {
		t.Errorf("stderr has no summary %q:\n%s", want, out)
	}
}
