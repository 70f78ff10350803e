package eval

import (
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
)

func TestRolesAgree(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Head", "head", true},
		{"Foreign Minister", "Minister", true},
		{"President", "Vice-President", false},
		{"President", "Vice President", false},
		{"Foreign Minister", "Deputy Foreign Minister", false},
		{"Secretary-General", "General", false},
		{"member", "members", true},
		{"Special Envoy for Syria", "Special Envoy", true},
		{"co-chair", "chair", false},
		{"President", "Head", false},
		{"", "President", false},
	}
	for _, tt := range tests {
		if got := RolesAgree(tt.a, tt.b); got != tt.want {
			t.Errorf("RolesAgree(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := RolesAgree(tt.b, tt.a); got != tt.want {
			t.Errorf("RolesAgree(%q, %q) = %v, want %v (symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}

func ent(id string, t graph.EntityType, name string, aliases ...string) graph.Entity {
	return graph.Entity{ID: id, Type: t, Name: name, Aliases: aliases}
}

func rel(t graph.RelationType, from, to, role string) graph.Relation {
	return graph.Relation{Type: t, From: from, To: to, Role: role}
}

func TestReport_EntitiesByName(t *testing.T) {
	gold := &graph.Extraction{Entities: []graph.Entity{
		ent("h", graph.Person, "Nasr al-Hariri", "Hariri"),
		ent("c", graph.Organization, "Syrian Coalition", "the Coalition"),
		ent("t", graph.State, "Turkey"),
	}}
	got := &graph.Extraction{Entities: []graph.Entity{
		ent("x1", graph.Person, "Nasr Al Hariri"),                        // case and hyphen
		ent("x2", graph.Organization, "The Syrian Coalition"),            // leading "the"
		{ID: "x3", Type: graph.Place, Name: "Turkey", PlaceType: "city"}, // wrong type
		ent("x4", graph.Person, "Hariri"),                                // a duplicate of x1
	}}
	r := NewReport()
	r.Add("d", gold, got)
	all := r.AllEntities()
	if all.Gold != 3 || all.Extracted != 4 || all.ExtractedOK != 2 || all.GoldHit != 2 {
		t.Errorf("counts = %+v, want 3 gold, 4 found, 2 right", all)
	}
	if p := r.Entities[graph.Person]; p.ExtractedOK != 1 || p.Extracted != 2 {
		t.Errorf("persons = %+v: a duplicate counts once right and once wrong", *p)
	}
	if got := r.AllEntities().F1(); got < 0.57 || got > 0.58 {
		t.Errorf("F1 = %v, want 4/7", got)
	}
}

func TestReport_MeetingsAndEvents(t *testing.T) {
	gold := &graph.Extraction{
		Entities: []graph.Entity{
			{ID: "m42", Type: graph.Meeting, Name: "42nd session", Session: 42},
			{ID: "mm", Type: graph.Meeting, Name: "talks in Moscow"},
			{ID: "mos", Type: graph.Place, Name: "Moscow"},
			{ID: "ev", Type: graph.Event, Name: "killing", EventType: "killing"},
			{ID: "raq", Type: graph.Place, Name: "Al-Raqqa", Aliases: []string{"Raqqa"}},
		},
		Relations: []graph.Relation{rel(graph.OccurredIn, "mm", "mos", ""), rel(graph.OccurredIn, "ev", "raq", "")},
	}
	got := &graph.Extraction{
		Entities: []graph.Entity{
			{ID: "a", Type: graph.Meeting, Name: "anything", Session: 42},
			{ID: "b", Type: graph.Meeting, Name: "meeting of X and Y"},
			{ID: "p1", Type: graph.Place, Name: "Moscow"},
			{ID: "c", Type: graph.Event, Name: "assassination", EventType: "killing"},
			{ID: "d", Type: graph.Event, Name: "shelling", EventType: "attack"},
			{ID: "p2", Type: graph.Place, Name: "raqqa"},
		},
		Relations: []graph.Relation{rel(graph.OccurredIn, "b", "p1", ""), rel(graph.OccurredIn, "c", "p2", ""), rel(graph.OccurredIn, "d", "p2", "")},
	}
	r := NewReport()
	r.Add("d", gold, got)
	if m := r.Entities[graph.Meeting]; m.ExtractedOK != 2 || m.GoldHit != 2 {
		t.Errorf("meetings = %+v: one by session, one by place", *m)
	}
	if e := r.Entities[graph.Event]; e.ExtractedOK != 1 || e.Extracted != 2 {
		t.Errorf("events = %+v: only the killing in Raqqa matches", *e)
	}
	if o := r.Relations[graph.OccurredIn]; o.ExtractedOK != 2 || o.Extracted != 3 || o.Gold != 2 {
		t.Errorf("OCCURRED_IN = %+v", *o)
	}
}

func TestReport_Relations(t *testing.T) {
	gold := &graph.Extraction{
		Entities: []graph.Entity{ent("p", graph.Person, "Anas al-Abda"), ent("c", graph.Organization, "Syrian Coalition"),
			ent("r", graph.Organization, "Assad regime")},
		Relations: []graph.Relation{rel(graph.HoldsRole, "p", "c", "President"), rel(graph.Condemned, "c", "r", "")},
	}
	got := &graph.Extraction{
		Entities: []graph.Entity{ent("1", graph.Person, "Anas al Abda"), ent("2", graph.Organization, "Syrian Coalition"),
			ent("3", graph.Organization, "Assad regime")},
		Relations: []graph.Relation{
			rel(graph.HoldsRole, "1", "2", "Vice-President"), // another office
			rel(graph.Condemned, "3", "2", ""),               // reversed
			rel(graph.Condemned, "2", "3", ""),
		},
	}
	r := NewReport()
	r.Add("doc.txt", gold, got)
	if h := r.Relations[graph.HoldsRole]; h.ExtractedOK != 0 || h.Gold != 1 {
		t.Errorf("HOLDS_ROLE = %+v: Vice-President is not President", *h)
	}
	if c := r.Relations[graph.Condemned]; c.ExtractedOK != 1 || c.Extracted != 2 || c.Recall() != 1 || c.Precision() != 0.5 {
		t.Errorf("CONDEMNED = %+v", *c)
	}
	var b strings.Builder
	r.Write(&b, true)
	out := b.String()
	for _, want := range []string{"HOLDS_ROLE", "missed HOLDS_ROLE Person \"Anas al-Abda\" -> Organization \"Syrian Coalition\" role \"President\"",
		"false CONDEMNED Organization \"Assad regime\" -> Organization \"Syrian Coalition\"", "all relations"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

// TestReport_StateAndCountryPlace: EXTRACTION.md counts a State and a
// Place that is a country (or has no placeType) as one type, for entities
// and for the ends of relations.
func TestReport_StateAndCountryPlace(t *testing.T) {
	gold := &graph.Extraction{
		Entities: []graph.Entity{
			ent("sd", graph.State, "Sudan"),
			{ID: "ug", Type: graph.Place, Name: "Uganda", PlaceType: "country"},
			{ID: "kh", Type: graph.Place, Name: "Khartoum", PlaceType: "city"},
			ent("p", graph.Person, "Yoweri Museveni"),
		},
		Relations: []graph.Relation{rel(graph.HoldsRole, "p", "ug", "President")},
	}
	got := &graph.Extraction{
		Entities: []graph.Entity{
			{ID: "x1", Type: graph.Place, Name: "Sudan", PlaceType: "country"},
			ent("x2", graph.State, "Uganda"),
			ent("x3", graph.State, "Khartoum"), // a city is no State
			ent("x4", graph.Person, "Yoweri Museveni"),
		},
		Relations: []graph.Relation{rel(graph.HoldsRole, "x4", "x2", "President")},
	}
	r := NewReport()
	r.Add("d", gold, got)
	if st := r.Entities[graph.State]; st.Gold != 1 || st.GoldHit != 1 || st.Extracted != 2 || st.ExtractedOK != 1 {
		t.Errorf("states = %+v, want the gold State found as a Place, the State Uganda right and Khartoum wrong", *st)
	}
	if pl := r.Entities[graph.Place]; pl.Gold != 2 || pl.GoldHit != 1 || pl.Extracted != 1 || pl.ExtractedOK != 1 {
		t.Errorf("places = %+v, want Uganda found as a State, Khartoum missed", *pl)
	}
	if hr := r.Relations[graph.HoldsRole]; hr.ExtractedOK != 1 {
		t.Errorf("HOLDS_ROLE = %+v: a role at the State Uganda matches gold's role at the country Uganda", *hr)
	}
}
