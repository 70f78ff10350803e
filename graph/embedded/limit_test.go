package embedded_test

import (
	"fmt"
	"slices"
	"sort"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// TestLimitedFactsOverHubs checks Facts and Edges with a Limit where the
// store applies the limit to the ids it reads from its indexes, before any
// record (see selectFacts), against the facts worked out from the
// extractions: the publishing body and the host state of the synthetic
// communiqués are hubs of hundreds of facts of several types, so a limit
// cuts runs of index keys in the middle, and facts joining two hubs are
// found by several scans.
func TestLimitedFactsOverHubs(t *testing.T) {
	s := mustOpen(t, t.TempDir())
	facts := map[string]graph.Relation{}
	docFacts := map[string]map[string]bool{}
	var batch []*graph.Extraction
	for i := range 60 {
		ne, nr := syntheticSizes(i, 0)
		x := synthetic(i, 0, ne, nr)
		batch = append(batch, x)
		docFacts[x.Document.ID] = map[string]bool{}
		for _, r := range x.Relations {
			facts[graph.FactID(&r)] = r
			docFacts[x.Document.ID][graph.FactID(&r)] = true
		}
	}
	// The body's out-going PARTY_TO keys sort before its PART_OF keys, but
	// their fact ids after: a scan cut at a PARTY_TO id must go on to the
	// PART_OF run.
	mixed := &graph.Extraction{Document: graph.DocumentMeta{ID: "document:mixed", Title: "Mixed",
		Published: "2019-01-01", SHA256: "mixed"},
		Entities: []graph.Entity{{ID: synthBody, Type: graph.Organization, Name: "Publishing Body"}}}
	for i := range 40 {
		org, agr := fmt.Sprintf("organization:mixed-%d", i), fmt.Sprintf("agreement:mixed-%d", i)
		mixed.Entities = append(mixed.Entities, graph.Entity{ID: org, Type: graph.Organization, Name: "Mixed " + org},
			graph.Entity{ID: agr, Type: graph.Agreement, Name: "Mixed " + agr})
		mixed.Relations = append(mixed.Relations, graph.Relation{Type: graph.PartOf, From: synthBody, To: org},
			graph.Relation{Type: graph.PartyTo, From: synthBody, To: agr})
	}
	batch = append(batch, mixed)
	docFacts[mixed.Document.ID] = map[string]bool{}
	for _, r := range mixed.Relations {
		facts[graph.FactID(&r)] = r
		docFacts[mixed.Document.ID][graph.FactID(&r)] = true
	}
	if _, err := s.PutDocuments(t.Context(), batch); err != nil {
		t.Fatal(err)
	}
	in := func(list []string, v string) bool { return len(list) == 0 || slices.Contains(list, v) }
	want := func(f graph.FactFilter) []string {
		var ids []string
		for id, r := range facts {
			if in(f.IDs, id) && in(f.From, r.From) && in(f.To, r.To) && in(f.Concerning, r.Concerning) &&
				(len(f.Types) == 0 || slices.Contains(f.Types, r.Type)) &&
				(len(f.Involving) == 0 || slices.Contains(f.Involving, r.From) || slices.Contains(f.Involving, r.To) ||
					r.Concerning != "" && slices.Contains(f.Involving, r.Concerning)) &&
				(f.Document == "" || docFacts[f.Document][id]) {
				ids = append(ids, id)
			}
		}
		sort.Strings(ids)
		if f.Limit > 0 && len(ids) > f.Limit {
			ids = ids[:f.Limit]
		}
		return ids
	}
	event := batch[7].Relations[0].From // not a hub
	for _, r := range batch[7].Relations {
		if r.Concerning != "" {
			event = r.Concerning
		}
	}
	filters := []struct {
		name string
		f    graph.FactFilter
	}{
		{"involving a hub", graph.FactFilter{Involving: []string{synthBody}}},
		{"involving two hubs", graph.FactFilter{Involving: []string{synthHost, synthBody, synthSpokes}}},
		{"involving, types", graph.FactFilter{Involving: []string{synthHost, synthBody},
			Types: []graph.RelationType{graph.Attended, graph.PartOf}}},
		{"involving, condemnations", graph.FactFilter{Involving: []string{synthHost, event},
			Types: []graph.RelationType{graph.Condemned, graph.Held}}},
		{"involving, document", graph.FactFilter{Involving: []string{synthBody}, Document: batch[3].Document.ID}},
		{"from", graph.FactFilter{From: []string{synthBody, synthHost}}},
		{"from a hub", graph.FactFilter{From: []string{synthBody}}},
		{"from, PARTY_TO before PART_OF", graph.FactFilter{From: []string{synthBody},
			Types: []graph.RelationType{graph.PartyTo, graph.PartOf}}},
		{"from, types", graph.FactFilter{From: []string{synthBody}, Types: []graph.RelationType{graph.Held}}},
		{"from and to", graph.FactFilter{From: []string{synthBody}, To: []string{synthHost, synthSpokes}}},
		{"to", graph.FactFilter{To: []string{synthBody}}},
		{"concerning", graph.FactFilter{Concerning: []string{event}}},
		{"document", graph.FactFilter{Document: batch[5].Document.ID}},
		{"document, types", graph.FactFilter{Document: batch[5].Document.ID, Types: []graph.RelationType{graph.HoldsRole}}},
		{"types", graph.FactFilter{Types: []graph.RelationType{graph.OccurredIn, graph.HoldsRole}}},
	}
	for _, c := range filters {
		all := want(c.f)
		if len(all) == 0 {
			t.Fatalf("%s: no fact matches %+v: the case compares nothing", c.name, c.f)
		}
		t.Run(c.name, func(t *testing.T) {
			// limits close enough together that one falls in each run of
			// index keys, and past the end
			step := max(1, len(all)/60)
			for limit := 0; limit <= len(all)+step; limit += step {
				f := c.f
				f.Limit = limit
				w := want(f)
				got, err := s.Facts(t.Context(), f)
				if err != nil {
					t.Fatal(err)
				}
				var gotIDs []string
				for _, x := range got {
					gotIDs = append(gotIDs, x.ID)
				}
				if !slices.Equal(gotIDs, w) {
					t.Fatalf("Facts, limit %d: got %d ids %v\nwant %d ids %v", limit, len(gotIDs), gotIDs, len(w), w)
				}
				edges, err := s.Edges(t.Context(), f)
				if err != nil {
					t.Fatal(err)
				}
				if len(edges) != len(w) {
					t.Fatalf("Edges, limit %d: got %d, want %d", limit, len(edges), len(w))
				}
				for i, e := range edges {
					r := facts[w[i]]
					if e != (graph.Edge{ID: w[i], Type: r.Type, From: r.From, To: r.To, Concerning: r.Concerning}) {
						t.Fatalf("Edges, limit %d: [%d] = %+v, want fact %s of %+v", limit, i, e, w[i], r)
					}
				}
			}
		})
	}
}
