package storetest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/kg/graph"
)

// ConcurrentWriters checks that two writers putting documents at the same
// time leave the store one writer putting them all in turn leaves (issue
// 12). Every document names the council under an alias of its own and
// states the council's condemnation of Northland: a write that merged over
// a stale read of the council or the condemnation would lose another
// document's alias or observation. a and b are two handles on one store:
// the same one for a store that one process holds (embedded), two
// connections, as two processes would have, for a server (Neo4j). The
// store must be empty.
func ConcurrentWriters(t *testing.T, a, b graph.Store) {
	const n = 40
	day := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	sentence := "The Council condemned Northland again."
	docs := make([]*graph.Extraction, n)
	for i := range docs {
		delegate := fmt.Sprintf("person:writer-delegate-%02d", i)
		docs[i] = &graph.Extraction{
			Document: meta(fmt.Sprintf("document:writer-%02d", i), fmt.Sprintf("Writer %02d", i),
				graph.Date(day.AddDate(0, 0, i).Format(time.DateOnly)), "Council of Free Valleys",
				fmt.Sprintf("writer-%02d.txt", i), fmt.Sprintf("sha-writer-%02d", i)),
			Entities: []graph.Entity{
				entity(council, graph.Organization, "Council of Free Valleys", fmt.Sprintf("Valley Council %02d", i)),
				entity(northland, graph.State, "Northland"),
				entity(delegate, graph.Person, fmt.Sprintf("Delegate %02d", i)),
			},
			Relations: []graph.Relation{
				holdsRole(delegate, council, "Delegate", evidence(0, 30, "The delegate spoke for the council."), 0.9),
				condemned(council, northland, "", evidence(40, 40+len(sentence), sentence), 0.8),
			},
		}
	}
	// Each writer puts its half two documents a batch, the halves
	// interleaved in time; the last of each half alone.
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w, s := range []graph.Store{a, b} {
		half := docs[w*n/2 : (w+1)*n/2]
		wg.Go(func() {
			rest := half[:len(half)-1]
			for i := 0; i < len(rest); i += 2 {
				if _, err := s.PutDocuments(t.Context(), rest[i:min(i+2, len(rest))]); err != nil {
					errs <- fmt.Errorf("writer %d: %w", w, err)
					return
				}
			}
			if _, err := s.PutDocument(t.Context(), half[len(half)-1]); err != nil {
				errs <- fmt.Errorf("writer %d: %w", w, err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	got := takeSnapshot(t, a)
	es := mustEntities(t, a, graph.EntityFilter{IDs: []string{council}})
	if len(es) != 1 || len(es[0].Aliases) != n {
		t.Errorf("the council after two writers: %+v, want %d aliases, one per document", es, n)
	}
	fs := mustFacts(t, a, graph.FactFilter{Types: []graph.RelationType{graph.Condemned}})
	if len(fs) != 1 || len(fs[0].Observations) != n {
		t.Errorf("condemnations after two writers: %d, want one with %d observations", len(fs), n)
	}
	// The same documents by one writer, in turn.
	for _, d := range got.Documents {
		if err := a.RemoveDocument(t.Context(), d.ID); err != nil {
			t.Fatalf("RemoveDocument(%s): %v", d.ID, err)
		}
	}
	for _, x := range docs {
		mustPut(t, a, x)
	}
	expectEqual(t, "store after two writers, against one writer in turn", got, takeSnapshot(t, a))
}
