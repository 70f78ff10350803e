package embedded_test

import (
	"testing"

	"github.com/actorgraph/kg/graph"
)

// BenchmarkPutDocument loads new communiqués of 40 entities and 30 relation
// statements into one store; the publishing body, its host and its
// spokesperson's role are in every one, so each put re-merges entities and a
// fact whose support grows with the store. Run it with -benchtime=1000x to
// time a load of 1,000 communiqués.
func BenchmarkPutDocument(b *testing.B) {
	docs := make([]*graph.Extraction, b.N)
	for i := range docs {
		docs[i] = synthetic(i, 0, 40, 30)
	}
	s := mustOpen(b, b.TempDir())
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if res := mustPut(b, s, docs[i]); res.Status != graph.Added {
			b.Fatalf("PutDocument(%s): status %s, want %s", docs[i].Document.ID, res.Status, graph.Added)
		}
	}
	b.StopTimer()
	body, err := s.Entities(b.Context(), graph.EntityFilter{IDs: []string{synthBody}})
	if err != nil || len(body) != 1 || len(body[0].Documents) != b.N {
		b.Fatalf("the publishing body is supported by %v documents (%v), want %d", body, err, b.N)
	}
}
