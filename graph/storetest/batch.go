package storetest

import (
	"fmt"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// testPutDocuments checks that a batch stores what the same documents put
// one by one store, reports what each put would, and stores nothing when
// any document of it is invalid.
func testPutDocuments(t *testing.T, fresh func(*testing.T) graph.Store) {
	added := func(id string, entities, relations int) graph.PutResult {
		return graph.PutResult{DocumentID: id, Status: graph.Added, Entities: entities, Relations: relations}
	}
	withStatus := func(r graph.PutResult, st graph.PutStatus) graph.PutResult { r.Status = st; return r }
	for _, c := range []struct {
		name string
		// stored are put one by one before the batch.
		stored []*graph.Extraction
		batch  []*graph.Extraction
		want   []graph.PutResult
	}{
		{"empty batch", nil, nil, []graph.PutResult{}},
		{"new documents", nil, []*graph.Extraction{first(), second(), third()},
			[]graph.PutResult{added(doc1, 5, 3), added(doc2, 5, 4), added(doc3, 8, 5)}},
		{"out of date order", nil, []*graph.Extraction{third(), second(), first()},
			[]graph.PutResult{added(doc3, 8, 5), added(doc2, 5, 4), added(doc1, 5, 3)}},
		{"a document twice, then changed", nil, []*graph.Extraction{second(), first(), second(), secondCorrected()},
			[]graph.PutResult{added(doc2, 5, 4), added(doc1, 5, 3), withStatus(added(doc2, 5, 4), graph.Unchanged),
				withStatus(added(doc2, 3, 2), graph.Replaced)}},
		{"stored documents unchanged and replaced beside new ones", []*graph.Extraction{first(), second()},
			[]*graph.Extraction{secondCorrected(), third(), first()},
			[]graph.PutResult{withStatus(added(doc2, 3, 2), graph.Replaced), added(doc3, 8, 5),
				withStatus(added(doc1, 5, 3), graph.Unchanged)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			// One store, since a server backend's stores may share one
			// database: the batch, then everything removed and the same
			// documents put one by one.
			s := fresh(t)
			for _, x := range c.stored {
				mustPut(t, s, x)
			}
			got := mustPutAll(t, s, c.batch...)
			expectEqual(t, "results of PutDocuments", got, c.want)
			batched := takeSnapshot(t, s)
			for _, d := range batched.Documents {
				if err := s.RemoveDocument(t.Context(), d.ID); err != nil {
					t.Fatalf("RemoveDocument(%s): %v", d.ID, err)
				}
			}
			expectEqual(t, "store with every document removed", takeSnapshot(t, s), snapshot{})
			for _, x := range c.stored {
				mustPut(t, s, x)
			}
			for i, x := range c.batch {
				if res := mustPut(t, s, x); res != c.want[i] {
					t.Errorf("PutDocument(%s) one by one = %+v, but the batch said %+v", x.Document.ID, res, c.want[i])
				}
			}
			expectEqual(t, "store after the batch, against the same puts one by one", batched, takeSnapshot(t, s))
		})
	}

	t.Run("an invalid document stores nothing of the batch", func(t *testing.T) {
		s := fresh(t)
		mustPut(t, s, first())
		before := takeSnapshot(t, s)
		bad := third()
		bad.Relations[0].Confidence = 2
		for _, batch := range [][]*graph.Extraction{
			{second(), bad},
			{bad, secondCorrected()},
			{second(), nil},
		} {
			res, err := s.PutDocuments(t.Context(), batch)
			if graph.ErrorCode(err) != graph.EINVALID || res != nil {
				t.Errorf("PutDocuments with an invalid extraction = %+v, error %v with code %q; want no results and code %q",
					res, err, graph.ErrorCode(err), graph.EINVALID)
			}
			expectEqual(t, "store after a rejected batch", takeSnapshot(t, s), before)
		}
	})
}

func mustPutAll(t *testing.T, s graph.Store, xs ...*graph.Extraction) []graph.PutResult {
	t.Helper()
	res, err := s.PutDocuments(t.Context(), xs)
	if err != nil {
		t.Fatalf("PutDocuments(%d documents): %v", len(xs), err)
	}
	checkSummaries(t, s, fmt.Sprintf("putting %d documents in one batch", len(xs)))
	return res
}
