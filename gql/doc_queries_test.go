package gql_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader"
)

// TestDocQueries runs every query of the query reference, doc/queries.md,
// over the communiqués in examples/, through the real handler, and checks
// that the answer is the one the page shows below it. The answers were
// taken from a server and checked against the communiqués by hand; this
// test keeps them true as the code changes.
func TestDocQueries(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "doc", "queries.md"))
	if err != nil {
		t.Fatal(err)
	}
	section := string(doc)
	pairs := regexp.MustCompile("(?s)```graphql\n(.*?)\n```\n```json\n(.*?)\n```").FindAllStringSubmatch(section, -1)
	if len(pairs) < 10 {
		t.Fatalf("doc/queries.md has %d query-and-answer pairs; want each query followed by its answer", len(pairs))
	}
	if n := strings.Count(section, "```graphql"); n != len(pairs) {
		t.Errorf("%d ```graphql blocks, %d with an answer after them", n, len(pairs))
	}
	// Every query of the page also checks how its loaders dispatched: each
	// field the dispatcher counted returned, and no batch was read by the
	// fallback timer (LoaderWait: an hour, so that one would show as a
	// request that never answers; see batch.go).
	var mu sync.Mutex
	var stats []gql.DispatchStats
	opts := gql.WatchDispatch(gql.Options{LoaderWait: time.Hour, RequestTimeout: 20 * time.Second}, func(s gql.DispatchStats) {
		mu.Lock()
		stats = append(stats, s)
		mu.Unlock()
	})
	srv := MustServe(t, MustOpenStore(t, exampleExtractions(t)...), opts)
	for _, p := range pairs {
		query, want := p[1], p[2]
		t.Run(firstLine(query), func(t *testing.T) {
			defer func() {
				mu.Lock()
				defer mu.Unlock()
				if len(stats) != 1 {
					t.Errorf("%d operations watched, want 1", len(stats))
				} else if s := stats[0]; s != (gql.DispatchStats{}) {
					t.Errorf("loaders dispatched with %+v, want no field pending or waiting and no fallback", s)
				}
				stats = nil
			}()
			body, _ := json.Marshal(map[string]string{"query": query})
			res, err := http.Post(srv.URL+gql.GraphQLPath, "application/json", bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			got, err := io.ReadAll(res.Body)
			if err != nil {
				t.Fatal(err)
			}
			assertJSON(t, got, want)
		})
	}
}

// exampleExtractions extracts examples/ with the real loader, naming each
// communiqué as `kg serve --load examples` does from the repository's root.
func exampleExtractions(t *testing.T) []*graph.Extraction {
	t.Helper()
	ex, err := loader.New(loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join("..", "examples", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no communiqués in ../examples: %v", err)
	}
	var xs []*graph.Extraction
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		x, err := ex.Extract(filepath.ToSlash(filepath.Join("examples", filepath.Base(p))), text)
		if err != nil {
			t.Fatalf("extract %s: %v", p, err)
		}
		xs = append(xs, x)
	}
	return xs
}

func firstLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60])
	}
	return s
}
