package embedded_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/actorgraph/kg/graph"
)

// BenchmarkPutDocument loads new communiqués of 40 entities and 30 relation
// statements into one store; the publishing body, its host and its
// spokesperson's role are in every one, so a put that merged what they have
// in common with every earlier communiqué would slow down as the store
// grows. Run it with -benchtime=1000x to time a load of 1,000 communiqués.
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

// BenchmarkLoad10000 loads 10,000 new communiqués, in a fixed shuffled order
// rather than by date as a loader may, into one store, and reports the time
// per document over the first and the last 1,000 of them: equal figures
// mean that a put costs the same whatever the store already holds. Run it
// with -benchtime=1x.
func BenchmarkLoad10000(b *testing.B) {
	const n, window = 10_000, 1_000
	order := rand.New(rand.NewPCG(10, 1)).Perm(n)
	var first, last, total time.Duration
	for range b.N {
		b.StopTimer()
		s := mustOpen(b, b.TempDir())
		b.StartTimer()
		for start := 0; start < n; start += window {
			// Build a window at a time, untimed, so that 10,000 extractions
			// are never all in memory.
			b.StopTimer()
			docs := make([]*graph.Extraction, window)
			for i := range docs {
				docs[i] = synthetic(order[start+i], 0, 40, 30)
			}
			b.StartTimer()
			began := time.Now()
			for _, x := range docs {
				if res := mustPut(b, s, x); res.Status != graph.Added {
					b.Fatalf("PutDocument(%s): status %s, want %s", x.Document.ID, res.Status, graph.Added)
				}
			}
			took := time.Since(began)
			total += took
			switch start {
			case 0:
				first += took
			case n - window:
				last += took
			}
		}
		b.StopTimer()
		body, err := s.Entities(b.Context(), graph.EntityFilter{IDs: []string{synthBody}})
		if err != nil || len(body) != 1 || len(body[0].Documents) != n {
			b.Fatalf("the publishing body is supported by %v documents (%v), want %d", body, err, n)
		}
		s.Close()
	}
	perDoc := func(d time.Duration, docs int) float64 { return float64(d.Nanoseconds()) / float64(b.N*docs) }
	b.ReportMetric(perDoc(first, window), "ns/doc-first1000")
	b.ReportMetric(perDoc(last, window), "ns/doc-last1000")
	b.ReportMetric(perDoc(total, n), "ns/doc")
}
