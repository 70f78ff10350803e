package storetest

import (
	"fmt"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// checkSummaries checks, after a write, that every fact read without its
// observations (the summary a store keeps current on each put, replace and
// remove) says what the fact read whole says: the same facts, ends, role,
// seen dates and confidence, and as many documents as its observations
// name.
func checkSummaries(t *testing.T, s graph.Store, after string) {
	t.Helper()
	whole := mustFacts(t, s, graph.FactFilter{})
	sums := mustFacts(t, s, graph.FactFilter{WithoutObservations: true})
	if len(sums) != len(whole) {
		t.Errorf("after %s: %d facts without observations, %d with them", after, len(sums), len(whole))
		return
	}
	for i, w := range whole {
		g := sums[i]
		if len(g.Observations) > 0 {
			t.Errorf("after %s: fact %s read without observations has %d", after, g.ID, len(g.Observations))
		}
		want := summaryLine(w, len(w.Documents()))
		if w.DocumentCount != len(w.Documents()) {
			t.Errorf("after %s: fact %s read whole has DocumentCount %d, but %d documents", after, w.ID, w.DocumentCount, len(w.Documents()))
		}
		if got := summaryLine(g, g.DocumentCount); got != want {
			t.Errorf("after %s: summary of fact %s\ngot  %s\nwant %s", after, w.ID, got, want)
		}
	}
}

func summaryLine(f graph.Fact, docs int) string {
	return fmt.Sprintf("%s %s %s→%s role=%q concerning=%q seen %s..%s confidence %.2f documents %d",
		f.ID, f.Type, f.From, f.To, f.Role, f.Concerning, f.FirstSeen, f.LastSeen, f.Confidence, docs)
}

// testSummaries follows one fact's summary through puts, a replace and a
// remove, with the values written by hand.
func testSummaries(t *testing.T, s graph.Store) {
	ctx := t.Context()
	role := func(stage, want string) {
		t.Helper()
		fs := mustFacts(t, s, graph.FactFilter{IDs: []string{fRole}, WithoutObservations: true})
		got := "none"
		if len(fs) == 1 {
			got = summaryLine(fs[0], fs[0].DocumentCount)
		}
		if got != want {
			t.Errorf("%s: summary of the shared role\ngot  %s\nwant %s", stage, got, want)
		}
	}
	const line = "%s HOLDS_ROLE %s→%s role=%q concerning=\"\" seen %s confidence %.2f documents %d"
	mustPut(t, s, first())
	role("after the first", fmt.Sprintf(line, fRole, ayse, council, "President", "2019-01-10..2019-01-10", 0.9, 1))
	mustPut(t, s, second())
	role("after the second", fmt.Sprintf(line, fRole, ayse, council, "President", "2019-01-10..2019-03-05", 0.95, 2))
	mustPut(t, s, third())
	role("after the third, which does not state it", fmt.Sprintf(line, fRole, ayse, council, "President", "2019-01-10..2019-03-05", 0.95, 2))
	if err := s.RemoveDocument(ctx, doc1); err != nil {
		t.Fatalf("RemoveDocument(%s): %v", doc1, err)
	}
	checkSummaries(t, s, "removing "+doc1)
	role("after removing the first", fmt.Sprintf(line, fRole, ayse, council, "president", "2019-03-05..2019-03-05", 0.95, 1))
	// The corrected second states the role anew, with a lower confidence.
	mustPut(t, s, secondCorrected())
	role("after correcting the second", fmt.Sprintf(line, fRole, ayse, council, "President", "2019-03-05..2019-03-05", 0.7, 1))
	if err := s.RemoveDocument(ctx, doc2); err != nil {
		t.Fatalf("RemoveDocument(%s): %v", doc2, err)
	}
	checkSummaries(t, s, "removing "+doc2)
	role("after removing the second", "none")
}

// testReadPlan asks a plan of three levels, one with observations and two
// that ask only for the ends, and checks each part of the answer against
// the call it stands for.
func testReadPlan(t *testing.T, s graph.Store) {
	ctx := t.Context()
	plan := graph.Plan{
		Roots: graph.EntityFilter{Types: []graph.EntityType{graph.Person, graph.State}, WithoutDocuments: true},
		Steps: []graph.PlanStep{
			{Type: graph.HoldsRole, End: graph.FromEnd, Next: []graph.PlanStep{
				{Type: graph.Held, End: graph.FromEnd, EndsOnly: true, Next: []graph.PlanStep{
					// observations take precedence over EndsOnly
					{Type: graph.Attended, End: graph.ToEnd, Observations: true, EndsOnly: true},
				}},
				{Type: graph.PartOf, End: graph.ToEnd, EndsOnly: true},
			}},
			{Type: graph.Condemned, End: graph.ToEnd, Observations: true},
		},
	}
	res, err := s.ReadPlan(ctx, plan)
	if err != nil {
		t.Fatalf("ReadPlan: %v", err)
	}
	expectEqual(t, "roots", res.Roots, mustEntities(t, s, plan.Roots))
	if len(res.Roots) != 4 {
		t.Errorf("roots %v: want the 3 persons and the state of the suite", entityIDs(res.Roots))
	}
	var facts, withEvidence int
	reached := map[string]bool{}
	for _, pf := range res.Facts {
		f := graph.FactFilter{Types: []graph.RelationType{pf.Type}, WithoutObservations: !pf.Observations}
		if pf.End == graph.FromEnd {
			f.From = []string{pf.Entity}
		} else {
			f.To = []string{pf.Entity}
		}
		what := fmt.Sprintf("facts %s at end %d of %s", pf.Type, pf.End, pf.Entity)
		if wantEnds := pf.Type == graph.Held || pf.Type == graph.PartOf; pf.EndsOnly != wantEnds {
			t.Errorf("%s: EndsOnly %v, want %v", what, pf.EndsOnly, wantEnds)
		}
		want := mustFacts(t, s, f)
		if pf.EndsOnly {
			// what Edges gives of the same facts: ids, type and ends
			edges, err := s.Edges(ctx, f)
			if err != nil {
				t.Fatalf("Edges(%+v): %v", f, err)
			}
			got := make([]graph.Edge, len(pf.Facts))
			for i, x := range pf.Facts {
				got[i] = graph.Edge{ID: x.ID, Type: x.Type, From: x.From, To: x.To, Concerning: x.Concerning}
			}
			expectEqual(t, what, got, edges)
			if len(edges) != len(want) {
				t.Errorf("%s: Edges gives %d, Facts %d", what, len(edges), len(want))
			}
			for i := range want {
				reached[pf.End.Other(&want[i])] = true
			}
			facts += len(pf.Facts)
			continue
		}
		expectEqual(t, what, pf.Facts, want)
		for i := range want {
			if i < len(pf.Facts) && pf.Facts[i].DocumentCount != want[i].DocumentCount {
				t.Errorf("%s: fact %s has DocumentCount %d, Facts says %d", what, want[i].ID, pf.Facts[i].DocumentCount, want[i].DocumentCount)
			}
			reached[pf.End.Other(&want[i])] = true
			if len(want[i].Observations) > 0 {
				withEvidence++
			}
		}
		facts += len(pf.Facts)
	}
	var ids []string
	for id := range reached {
		ids = append(ids, id)
	}
	got := append([]graph.Entity(nil), res.Entities...)
	sortEntities(got)
	expectEqual(t, "entities at the other ends", got, mustEntities(t, s, graph.EntityFilter{IDs: ids, WithoutDocuments: true}))
	// By hand: Ayşe's and O'Brien's roles at the council, the council's
	// session 7 and Northland attending it (with evidence), the two bodies
	// part of the council, and the condemnations of Northland and of Ayşe.
	if facts != 8 || withEvidence != 3 {
		t.Errorf("the plan read %d facts, %d with observations; want 8 and 3", facts, withEvidence)
	}
}

func sortEntities(es []graph.Entity) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].ID < es[j-1].ID; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}
