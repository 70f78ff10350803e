package embedded_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// BenchmarkEdgesNeighbourhood reads the depth-2 neighbourhood of an entity,
// as the GraphQL API's traversals do: the edges involving it, then the edges
// involving every entity at their other ends. The graph is random, of
// edgesEntities organisations and edgesFacts PART_OF facts, so that an
// entity has about ten neighbours and its neighbourhood about a thousand
// edges (reported as edges/op).
func BenchmarkEdgesNeighbourhood(b *testing.B) {
	const edgesEntities, edgesFacts, perDoc = 20_000, 100_000, 500
	s := mustOpen(b, b.TempDir())
	rng := rand.New(rand.NewPCG(2, 5))
	org := func(i int) string { return fmt.Sprintf("organization:org-%d", i) }
	var batch []*graph.Extraction
	for d := 0; d < edgesFacts/perDoc; d++ {
		x := &graph.Extraction{Document: graph.DocumentMeta{ID: fmt.Sprintf("document:edges-%d", d),
			Title: fmt.Sprintf("Edges %d", d), Published: "2020-01-01"}}
		named := map[int]bool{}
		name := func(i int) {
			if !named[i] {
				named[i] = true
				x.Entities = append(x.Entities, graph.Entity{ID: org(i), Type: graph.Organization, Name: fmt.Sprintf("Org %d", i)})
			}
		}
		for range perDoc {
			from, to := rng.IntN(edgesEntities), rng.IntN(edgesEntities)
			name(from)
			name(to)
			x.Relations = append(x.Relations, graph.Relation{Type: graph.PartOf, From: org(from), To: org(to), Confidence: 0.5})
		}
		if batch = append(batch, x); len(batch) == 20 {
			if _, err := s.PutDocuments(b.Context(), batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	edges := 0
	for i := 0; i < b.N; i++ {
		start := org(rng.IntN(edgesEntities))
		first, err := s.Edges(b.Context(), graph.FactFilter{Involving: []string{start}})
		if err != nil {
			b.Fatal(err)
		}
		var next []string
		for _, e := range first {
			next = append(next, e.From, e.To)
		}
		second, err := s.Edges(b.Context(), graph.FactFilter{Involving: next})
		if err != nil {
			b.Fatal(err)
		}
		edges += len(second)
	}
	b.ReportMetric(float64(edges)/float64(b.N), "edges/op")
}
