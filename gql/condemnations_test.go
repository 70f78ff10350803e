package gql_test

import (
	"testing"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
)

// TestPerson_Condemnations checks Person.condemnations, which reads the
// condemnations at either end of each person in one batch: those the person
// issued and those aimed at the person, earliest first, and no one else's.
func TestPerson_Condemnations(t *testing.T) {
	envoy := graph.EntityID(graph.Person, "Envoy One")
	minister := graph.EntityID(graph.Person, "Minister Two")
	council := graph.EntityID(graph.Organization, "Some Council")
	attack := graph.EntityID(graph.Event, "attack on the market")
	doc := func(day graph.Date, rel graph.Relation) *graph.Extraction {
		m := graph.DocumentMeta{Title: "Statement of " + string(day), Published: day}
		m.ID = graph.DocumentID(m.Published, m.Title)
		return &graph.Extraction{Document: m, Entities: []graph.Entity{
			{ID: envoy, Type: graph.Person, Name: "Envoy One"},
			{ID: minister, Type: graph.Person, Name: "Minister Two"},
			{ID: council, Type: graph.Organization, Name: "Some Council"},
			{ID: attack, Type: graph.Event, Name: "attack on the market"},
		}, Relations: []graph.Relation{rel}}
	}
	srv := MustServe(t, MustOpenStore(t,
		// The council condemns the envoy; later the envoy condemns the
		// minister about the attack; the minister condemns the council.
		doc("2021-01-01", graph.Relation{Type: graph.Condemned, From: council, To: envoy}),
		doc("2021-02-01", graph.Relation{Type: graph.Condemned, From: envoy, To: minister, Concerning: attack}),
		doc("2021-03-01", graph.Relation{Type: graph.Condemned, From: minister, To: council}),
	), gql.Options{})
	assertData(t, post(t, srv, `{ people { name condemnations { by { name } target { name } date } } }`),
		`{"people": [
		{"name": "Envoy One", "condemnations": [
			{"by": {"name": "Some Council"}, "target": {"name": "Envoy One"}, "date": "2021-01-01"},
			{"by": {"name": "Envoy One"}, "target": {"name": "Minister Two"}, "date": "2021-02-01"}]},
		{"name": "Minister Two", "condemnations": [
			{"by": {"name": "Envoy One"}, "target": {"name": "Minister Two"}, "date": "2021-02-01"},
			{"by": {"name": "Minister Two"}, "target": {"name": "Some Council"}, "date": "2021-03-01"}]}]}`)
	// The event it concerns is not a party to it.
	assertData(t, post(t, srv, `{ events { name condemnations { by { name } } } }`),
		`{"events": [{"name": "attack on the market", "condemnations": [{"by": {"name": "Envoy One"}}]}]}`)
}
