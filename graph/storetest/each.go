package storetest

import (
	"errors"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// testEach checks that EachEntity and EachFact give what Entities and Facts
// give, filter by filter, and stop at the caller's error.
func testEach(t *testing.T, s graph.Store) {
	for _, c := range []struct {
		name string
		f    graph.EntityFilter
	}{
		{"all", graph.EntityFilter{}},
		{"type", graph.EntityFilter{Types: []graph.EntityType{graph.Person, graph.State}}},
		{"document", graph.EntityFilter{Document: doc2}},
		{"ids and limit", graph.EntityFilter{IDs: []string{ayse, council, northland}, Limit: 2}},
		{"without documents", graph.EntityFilter{WithoutDocuments: true}},
	} {
		t.Run("entities "+c.name, func(t *testing.T) {
			var got []graph.Entity
			if err := s.EachEntity(t.Context(), c.f, func(e graph.Entity) error {
				got = append(got, e)
				return nil
			}); err != nil {
				t.Fatalf("EachEntity(%+v): %v", c.f, err)
			}
			expectEqual(t, "entities", got, mustEntities(t, s, c.f))
		})
	}
	for _, c := range []struct {
		name string
		f    graph.FactFilter
	}{
		{"all", graph.FactFilter{}},
		{"types", graph.FactFilter{Types: []graph.RelationType{graph.HoldsRole, graph.Condemned}}},
		{"involving", graph.FactFilter{Involving: []string{council}}},
		{"document", graph.FactFilter{Document: doc1}},
		{"limit", graph.FactFilter{Limit: 3}},
	} {
		t.Run("facts "+c.name, func(t *testing.T) {
			var got []graph.Fact
			if err := s.EachFact(t.Context(), c.f, func(f graph.Fact) error {
				got = append(got, f)
				return nil
			}); err != nil {
				t.Fatalf("EachFact(%+v): %v", c.f, err)
			}
			want := mustFacts(t, s, c.f)
			if len(want) == 0 {
				t.Fatalf("the case selects no fact: it proves nothing")
			}
			expectEqual(t, "facts", got, want)
		})
	}
	t.Run("the caller's error stops the read", func(t *testing.T) {
		stop := errors.New("enough")
		n := 0
		err := s.EachFact(t.Context(), graph.FactFilter{}, func(graph.Fact) error { n++; return stop })
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("EachFact with fn failing at once: %d calls, error %v; want 1 call, the caller's error", n, err)
		}
		n = 0
		err = s.EachEntity(t.Context(), graph.EntityFilter{}, func(graph.Entity) error { n++; return stop })
		if !errors.Is(err, stop) || n != 1 {
			t.Errorf("EachEntity with fn failing at once: %d calls, error %v; want 1 call, the caller's error", n, err)
		}
	})
}
