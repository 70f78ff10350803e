package neo4j_test

import (
	"fmt"
	"reflect"
	"sort"
	"testing"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader"
	"github.com/actorgraph/kg/loader/synth"
)

// TestEdgesInvolving checks the traversals' read, Edges by Involving with
// types and a limit, which has a query of its own, against Facts of the same
// store, whose query is the general one, cut to the limit by hand. The
// frontiers grow breadth first over a generated corpus, as a traversal's
// do, and the limits fall at the end of each type and just past it, where
// the read must decide exactly whether to go on to the next type.
func TestEdgesInvolving(t *testing.T) {
	s := mustOpenEmpty(t)
	defer s.Close()
	ctx := t.Context()
	ex, err := loader.New(loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var xs []*graph.Extraction
	for _, d := range synth.Generate(11, 60) {
		x, err := ex.Extract(d.Name, []byte(d.Text))
		if err != nil {
			t.Fatalf("extract %s: %v", d.Name, err)
		}
		xs = append(xs, x)
	}
	// The generated corpus has no condemnation that concerns something.
	xs = append(xs, extraction("document:concerning", "2020-01-01", "c1"))
	if _, err := s.PutDocuments(ctx, xs); err != nil {
		t.Fatalf("PutDocuments: %v", err)
	}
	entities, err := s.Entities(ctx, graph.EntityFilter{WithoutDocuments: true})
	if err != nil {
		t.Fatal(err)
	}

	// reference is what Edges must return: the facts involving the
	// frontier, as edges, by id.
	reference := func(f graph.FactFilter) []graph.Edge {
		t.Helper()
		facts, err := s.Facts(ctx, f)
		if err != nil {
			t.Fatalf("Facts(%+v): %v", f, err)
		}
		var want []graph.Edge
		for _, x := range facts {
			want = append(want, graph.Edge{ID: x.ID, Type: x.Type, From: x.From, To: x.To, Concerning: x.Concerning})
		}
		sort.Slice(want, func(i, j int) bool { return want[i].ID < want[j].ID })
		return want
	}

	// What the cases have met, so that the test fails rather than proves
	// nothing if the corpus stops holding it.
	var cutLater, twoEnds, twoEndsThenNext, byConcerning, byRoleBody, nonEmpty int
	typeSets := [][]graph.RelationType{
		nil,
		{graph.PartyTo, graph.Condemned, graph.HoldsRole, graph.Condemned}, // out of order, a duplicate
		{graph.References, graph.OccurredIn, graph.Held},
		{"NOT_A_TYPE", graph.PartOf},
	}
	// Traversals start from entities across the graph, and from what a
	// condemnation concerns, which only its concerning involves.
	var starts []string
	for i := 0; i < len(entities); i += len(entities)/4 + 1 {
		starts = append(starts, entities[i].ID)
	}
	condemnations, err := s.Facts(ctx, graph.FactFilter{Types: []graph.RelationType{graph.Condemned}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range condemnations {
		if c.Concerning != "" {
			starts = append(starts, c.Concerning)
			break
		}
	}
	for _, start := range starts {
		frontier := []string{start}
		seen := map[string]bool{start: true}
		for level := 0; level < 3 && len(frontier) > 0; level++ {
			inFrontier := map[string]bool{}
			for _, id := range frontier {
				inFrontier[id] = true
			}
			ends := func(e graph.Edge) int {
				n := 0
				for _, id := range []string{e.From, e.To, e.Concerning} {
					if inFrontier[id] {
						n++
					}
				}
				return n
			}
			for _, types := range typeSets {
				all := reference(graph.FactFilter{Involving: frontier, Types: types})
				// The limits: none, tiny, a traversal's, and those at the
				// end of each type and one past it, where a read must take
				// a type whole and stop, or go on to the next for one fact.
				limits := []int{0, 1, 401}
				twice := false // a fact of the types so far has two ends in the frontier
				for i, e := range all {
					twice = twice || ends(e) >= 2
					if i+1 < len(all) && all[i+1].Type != e.Type {
						limits = append(limits, i+1, i+2)
						if twice {
							twoEndsThenNext++
						}
					}
				}
				for _, limit := range limits {
					f := graph.FactFilter{Involving: frontier, Types: types, Limit: limit}
					want := all
					if limit > 0 && len(want) > limit {
						want = want[:limit]
					}
					got, err := s.Edges(ctx, f)
					if err != nil {
						t.Fatalf("Edges(%+v): %v", f, err)
					}
					if len(got) > 0 || len(want) > 0 {
						if !reflect.DeepEqual(got, want) {
							t.Fatalf("Edges(involving %d entities from %s, types %v, limit %d):\ngot  %s\nwant %s",
								len(frontier), frontier[0], types, limit, showEdges(got), showEdges(want))
						}
						nonEmpty++
					}
					if limit > 0 && len(want) == limit && want[0].Type != want[len(want)-1].Type {
						cutLater++
					}
					for _, e := range want {
						if ends(e) >= 2 {
							twoEnds++
						}
						if e.Concerning != "" && inFrontier[e.Concerning] && !inFrontier[e.From] && !inFrontier[e.To] {
							byConcerning++
						}
						if e.Type == graph.HoldsRole && inFrontier[e.To] && !inFrontier[e.From] {
							byRoleBody++
						}
					}
				}
			}
			// The next level: the entities the frontier's facts reach, at
			// most 100, as a neighbourhood's limit would have them.
			var next []string
			for _, e := range reference(graph.FactFilter{Involving: frontier}) {
				for _, id := range []string{e.From, e.To, e.Concerning} {
					if id != "" && !seen[id] && len(seen) < 100 {
						seen[id] = true
						next = append(next, id)
					}
				}
			}
			sort.Strings(next)
			frontier = next
		}
	}
	for what, n := range map[string]int{
		"non-empty answers":                               nonEmpty,
		"limits that cut after the first type":            cutLater,
		"facts with two ends in the frontier":             twoEnds,
		"types with such a fact and a type after them":    twoEndsThenNext,
		"condemnations involving the frontier by concern": byConcerning,
		"roles involving the frontier by their body":      byRoleBody,
	} {
		if n == 0 {
			t.Errorf("no case met %s: the test proves less than it says", what)
		}
	}
}

func showEdges(es []graph.Edge) string {
	s := fmt.Sprintf("%d edges", len(es))
	for _, e := range es {
		s += fmt.Sprintf("\n  %s %s -> %s (%s)", e.ID, e.From, e.To, e.Concerning)
	}
	return s
}
