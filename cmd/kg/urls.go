package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/kg/loader"
	"github.com/actorgraph/kg/loader/fetch"
	"github.com/actorgraph/kg/loader/input"
)

// urlOptions are the flags of kg load --urls.
type urlOptions struct {
	list, cache string
	rate        float64
}

func (u *urlOptions) register(fs *flag.FlagSet) {
	fs.StringVar(&u.list, "urls", "", "fetch and load the addresses in this file (one a line)")
	fs.StringVar(&u.cache, "cache", defaultCacheDir(), "where fetched pages are kept, so that a second run fetches nothing unchanged")
	fs.Float64Var(&u.rate, "rate", 1, "requests per second to any one host")
}

func defaultCacheDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "kg", "fetch")
	}
	return filepath.Join(os.TempDir(), "kg-fetch")
}

// hasFlag tells whether args set the flag name.
func hasFlag(args []string, name string) bool {
	for _, a := range args {
		a = strings.TrimLeft(a, "-")
		if a == name || strings.HasPrefix(a, name+"=") {
			return true
		}
	}
	return false
}

// loadURLs fetches the addresses of a list, loads what came, and lists
// what did not at the end, with the reason.
func (m *Main) loadURLs(ctx context.Context, o options, uo urlOptions) error {
	f, err := os.Open(uo.list)
	if err != nil {
		return usageError{fmt.Sprintf("--urls: %v", err)}
	}
	urls, err := fetch.ReadList(f, uo.list)
	f.Close()
	if err != nil {
		return err
	}
	format, err := input.ParseFormat(o.format)
	if err != nil {
		return usageError{err.Error()}
	}
	fe, err := fetch.New(fetch.Options{CacheDir: uo.cache, PerHost: uo.rate})
	if err != nil {
		return err
	}
	x, err := m.extractor(o)
	if err != nil {
		return err
	}
	var items []loader.Item
	var failed []error
	cached := 0
	for _, r := range fe.FetchAll(ctx, urls) {
		if r.Err != nil {
			failed = append(failed, r.Err)
			continue
		}
		if r.Cached {
			cached++
		}
		items = append(items, loader.Decode(r.URL, r.Body, loader.ReadOptions{MaxSize: o.maxSize, Format: format}))
	}
	fmt.Fprintf(m.Stderr, "kg: fetched %d of %d addresses (%d unchanged since the last run, from the cache %s)\n",
		len(items), len(urls), cached, uo.cache)
	err = m.loadItems(ctx, x, items)
	if len(failed) > 0 {
		fmt.Fprintf(m.Stderr, "kg: %d addresses failed:\n", len(failed))
		for _, e := range failed {
			fmt.Fprintln(m.Stderr, "kg:  ", describe(e))
		}
		if err == nil {
			err = errInputsFailed
		}
	}
	return err
}
