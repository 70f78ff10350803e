package embedded_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// TestSearchLimitMatchesFullRanking checks that a search with a limit, which
// may stop after the candidates of the top tiers (see Store.Search), gives
// the first hits of the full ranking, over names made of a few common words
// with articles and hyphens, so that many candidates tie and NameKeys meet
// where tokens differ (as-Sadr and "as Sadr").
func TestSearchLimitMatchesFullRanking(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	words := []string{"Hussein", "Husayn", "Haddad", "Hadad", "Haddadin", "as-Sadr", "as Sadr", "Sadr", "al-Amin",
		"Amin", "Aminah", "Fund", "Square", "the", "Mohamed", "Muhammad", "Mo"}
	rng := rand.New(rand.NewPCG(3, 9))
	phrase := func() string {
		n := 1 + rng.IntN(3)
		var ws []string
		for range n {
			ws = append(ws, words[rng.IntN(len(words))])
		}
		return strings.Join(ws, " ")
	}
	x := &graph.Extraction{Document: graph.DocumentMeta{ID: "document:search-limit", Title: "Search limit",
		Published: "2020-01-01", SHA256: "search-limit"}}
	for i := range 400 {
		e := graph.Entity{ID: fmt.Sprintf("person:p-%03d", i), Type: graph.Person, Name: phrase()}
		if i%3 == 0 {
			e.Aliases = []string{phrase()}
		}
		if i%5 == 0 {
			e.Type = graph.Organization
			e.ID = fmt.Sprintf("organization:o-%03d", i)
		}
		x.Entities = append(x.Entities, e)
	}
	if _, err := s.PutDocument(t.Context(), x); err != nil {
		t.Fatal(err)
	}
	queries := []string{"as Sadr", "as-Sadr", "Hussein Haddad", "Husayn", "hadd", "Mo", "Mohamed Sadr", "the Fund",
		"Amin Square", "aminah", "Haddad Hus"}
	for range 40 {
		queries = append(queries, phrase())
	}
	for _, text := range queries {
		for _, types := range [][]graph.EntityType{nil, {graph.Organization}} {
			all, err := s.Search(t.Context(), graph.SearchQuery{Text: text, Types: types})
			if err != nil {
				t.Fatal(err)
			}
			if len(all) == 0 {
				t.Fatalf("search %q found nothing: the case compares nothing", text)
			}
			for _, n := range []int{1, 2, 3, 5, 10, 40} {
				got, err := s.Search(t.Context(), graph.SearchQuery{Text: text, Types: types, Limit: n})
				if err != nil {
					t.Fatal(err)
				}
				want := all[:min(n, len(all))]
				if !reflect.DeepEqual(got, want) {
					t.Errorf("search %q, types %v, limit %d:\n got %v\nwant %v", text, types, n, got, want)
				}
			}
		}
	}
}
