package eval

import (
	"testing"

	"github.com/actorgraph/kg/graph"
)

func TestCueReport(t *testing.T) {
	ents := []graph.Entity{{ID: "p", Type: graph.Person, Name: "Salma Haddad"},
		{ID: "q", Type: graph.Person, Name: "Tarek Wahbi"},
		{ID: "o", Type: graph.Organization, Name: "Hauran Relief Committee"}}
	role := func(from, title string, c graph.Change, start, end graph.Date) graph.Relation {
		return graph.Relation{Type: graph.HoldsRole, From: from, To: "o", Role: title, Change: c, Start: start, End: end}
	}
	gold := &graph.Extraction{Entities: ents, Relations: []graph.Relation{
		role("p", "President", graph.ChangeElected, "2024-06-02", ""),
		role("q", "President", graph.ChangeResigned, "", "2024-06-01"),
		role("q", "Treasurer", "", "", ""),
	}}
	tests := []struct {
		name             string
		got              []graph.Relation
		gold, found, hit int
	}{
		{"All", []graph.Relation{role("p", "President", graph.ChangeElected, "2024-06-02", ""),
			role("q", "President", graph.ChangeResigned, "", "2024-06-01")}, 2, 2, 2},
		{"WrongDateIsAMiss", []graph.Relation{role("p", "President", graph.ChangeElected, "2024-06-03", "")}, 2, 1, 0},
		{"WrongKind", []graph.Relation{role("q", "President", graph.ChangeDismissed, "", "2024-06-01")}, 2, 1, 0},
		{"CueOnAHoldingGoldHasNoCueFor", []graph.Relation{role("q", "Treasurer", graph.ChangeFormer, "", "")}, 2, 1, 0},
		{"NoCueIsNoHit", []graph.Relation{role("p", "President", "", "", "")}, 2, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &CueReport{}
			c.AddCues("x.txt", gold, &graph.Extraction{Entities: ents, Relations: tt.got})
			if c.Counts.Gold != tt.gold || c.Counts.Extracted != tt.found || c.Counts.ExtractedOK != tt.hit {
				t.Errorf("gold %d found %d right %d, want %d %d %d", c.Counts.Gold, c.Counts.Extracted,
					c.Counts.ExtractedOK, tt.gold, tt.found, tt.hit)
			}
		})
	}
	// A gold file that states no cue is not scored.
	c := &CueReport{}
	c.AddCues("y.txt", &graph.Extraction{Entities: ents, Relations: []graph.Relation{role("q", "Treasurer", "", "", "")}},
		&graph.Extraction{Entities: ents, Relations: []graph.Relation{role("q", "Treasurer", graph.ChangeFormer, "", "")}})
	if c.Documents != 0 || c.Counts.Extracted != 0 {
		t.Errorf("a gold without cues was scored: %+v", c)
	}
}
