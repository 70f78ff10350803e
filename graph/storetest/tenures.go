package storetest

import (
	"testing"

	"github.com/actorgraph/kg/graph"
)

// cueDoc is a statement of role at the Harbour League with a tenure cue.
func cueDoc(id string, published graph.Date, person, personName, role string, change graph.Change, start, end graph.Date) *graph.Extraction {
	x := roleDoc(id, published, person, personName, role, 1)
	x.Relations[0].Change, x.Relations[0].Start, x.Relations[0].End = change, start, end
	return x
}

// testTenures stores role statements with tenure cues and checks that the
// cues come back on the observations, and that Tenures derives the
// succession of a single-holder office and the overlapping holdings of a
// multi-holder one: the answer graph.DeriveTenures gives for the facts,
// written out here by hand.
func testTenures(t *testing.T, s graph.Store) {
	const league, lina, omar, sami, rana = "organization:harbour-league", "person:lina-haddad",
		"person:omar-nasser", "person:sami-aziz", "person:rana-kassem"
	mustPutAll(t, s,
		roleDoc("document:t1", "2018-01-10", lina, "Lina Haddad", "President", 1),
		cueDoc("document:t2", "2018-06-02", lina, "Lina Haddad", "President", graph.ChangeResigned, "", "2018-05-30"),
		cueDoc("document:t3", "2018-06-20", omar, "Omar Nasser", "acting President", graph.ChangeActing, "", ""),
		cueDoc("document:t4", "2018-09-01", sami, "Sami Aziz", "President", graph.ChangeElected, "2018-08-28", ""),
		roleDoc("document:t5", "2018-02-01", rana, "Rana Kassem", "Vice-President", 1),
		roleDoc("document:t6", "2018-03-01", omar, "Omar Nasser", "Vice-President", 1),
	)
	got := mustFacts(t, s, graph.FactFilter{IDs: []string{factID(holdsRole(sami, league, "President", nil, 0))}})
	if len(got) != 1 || len(got[0].Observations) != 1 {
		t.Fatalf("Sami Aziz's presidency: %s", show(got))
	}
	if o := got[0].Observations[0]; o.Change != graph.ChangeElected || o.Start != "2018-08-28" || o.End != "" {
		t.Errorf("observation keeps change %q start %q end %q, want elected from 2018-08-28", o.Change, o.Start, o.End)
	}

	ts, err := s.Tenures(t.Context(), graph.TenureFilter{Organizations: []string{league}})
	if err != nil {
		t.Fatalf("Tenures: %v", err)
	}
	type row struct {
		Holder, Office, Start, End string
		StartStated, EndStated     bool
		Acting                     bool
	}
	var rows []row
	for _, te := range ts {
		r := row{Holder: te.Holder, Office: te.Office, Acting: te.Acting}
		if te.Start != nil {
			r.Start, r.StartStated = string(te.Start.Date)+" "+string(te.Start.Rule), te.Start.Stated
		}
		if te.End != nil {
			r.End, r.EndStated = string(te.End.Date)+" "+string(te.End.Rule), te.End.Stated
			if len(te.End.Evidence) == 0 {
				t.Errorf("%s's tenure ends with no evidence", te.Holder)
			}
		}
		rows = append(rows, r)
	}
	expectEqual(t, "tenures at the league", rows, []row{
		{Holder: lina, Office: "president", Start: "2018-01-10 first-seen", End: "2018-05-30 cue", EndStated: true},
		// Omar, acting after Lina resigned, is followed by Sami, elected.
		{Holder: omar, Office: "president", Start: "2018-06-20 first-seen", End: "2018-08-28 successor", Acting: true},
		{Holder: sami, Office: "president", Start: "2018-08-28 cue", StartStated: true},
		{Holder: rana, Office: "vice president", Start: "2018-02-01 first-seen"},
		{Holder: omar, Office: "vice president", Start: "2018-03-01 first-seen"},
	})

	one, err := s.Tenures(t.Context(), graph.TenureFilter{Organizations: []string{league}, Role: "Vice President"})
	if err != nil || len(one) != 2 {
		t.Errorf("Tenures of the Vice-Presidents: %d, %v; want 2", len(one), err)
	}
	if _, err := s.Tenures(t.Context(), graph.TenureFilter{}); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("Tenures with no body: %v, want EINVALID", err)
	}
}
