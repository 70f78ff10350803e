package storetest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/actorgraph/kg/graph"
)

// reloadDocs is a folder of n communiqués a day apart, as kg load reads
// it: each names a delegate of the council, and, with condemns, states the
// council's condemnation of Northland in a long sentence, the same fact in
// every document. Only the last document states it whatever condemns says,
// so that the fact outlives a reload of the folder without it.
func reloadDocs(n int, condemns bool) []*graph.Extraction {
	day := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	sentence := "The Council condemned Northland for " + strings.Repeat("the shelling of the valley towns, ", 6) + "again."
	version := "a"
	if condemns {
		version = "a2"
	}
	xs := make([]*graph.Extraction, n)
	for i := range xs {
		published := graph.Date(day.AddDate(0, 0, i).Format(time.DateOnly))
		delegate := fmt.Sprintf("person:delegate-%03d", i)
		x := &graph.Extraction{
			Document: meta(fmt.Sprintf("document:reload-%03d", i), fmt.Sprintf("Reload %03d", i), published,
				"Council of Free Valleys", fmt.Sprintf("reload-%03d.txt", i), fmt.Sprintf("sha-reload-%03d-%s", i, version)),
			Entities: []graph.Entity{
				entity(council, graph.Organization, "Council of Free Valleys"),
				entity(northland, graph.State, "Northland"),
				entity(delegate, graph.Person, fmt.Sprintf("Delegate %03d", i)),
			},
			Relations: []graph.Relation{holdsRole(delegate, council, "Delegate", evidence(0, 30, "The delegate spoke for the council."), 0.9)},
		}
		if condemns || i == n-1 {
			x.Relations = append(x.Relations, condemned(council, northland, "", evidence(40, 40+len(sentence), sentence), 0.8))
		}
		xs[i] = x
	}
	return xs
}

// testReload checks that a folder loaded over an edited version of itself,
// in one batch, leaves the store that loading it alone leaves, both ways:
// the edit that lost a fact seen in every document (issue 12: kg load
// stopped with "observations without a confidence", since the batch
// deleted pages' worth of the fact's observations), and the edit that
// gained it.
func testReload(t *testing.T, fresh func(*testing.T) graph.Store) {
	const n = 150
	for _, c := range []struct {
		name        string
		before, now []*graph.Extraction
	}{
		{"A2 then A", reloadDocs(n, true), reloadDocs(n, false)},
		{"A then A2", reloadDocs(n, false), reloadDocs(n, true)},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := fresh(t)
			mustPutAll(t, s, c.before...)
			res := mustPutAll(t, s, c.now...)
			for i, r := range res {
				if r.Status != graph.Replaced {
					t.Fatalf("document %d: status %v, want replaced", i, r.Status)
				}
			}
			reloaded := takeSnapshot(t, s)
			for _, d := range reloaded.Documents {
				if err := s.RemoveDocument(t.Context(), d.ID); err != nil {
					t.Fatalf("RemoveDocument(%s): %v", d.ID, err)
				}
			}
			mustPutAll(t, s, c.now...)
			expectEqual(t, "store after the reload, against the folder loaded alone", reloaded, takeSnapshot(t, s))
			// The condemnation is there, first seen in the first document
			// that still states it.
			want := c.now[0].Document.Published
			if len(c.now[0].Relations) == 1 {
				want = c.now[n-1].Document.Published
			}
			fs := mustFacts(t, s, graph.FactFilter{Types: []graph.RelationType{graph.Condemned}})
			if len(fs) != 1 || fs[0].FirstSeen != want || fs[0].LastSeen != c.now[n-1].Document.Published {
				t.Errorf("condemnations %+v, want one first seen %s, last seen %s", fs, want, c.now[n-1].Document.Published)
			}
		})
	}
}
