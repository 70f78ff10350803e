package embedded_test

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/actorgraph/kg/graph"
)

// The entities every synthetic communiqué names, as a publishing body names
// itself, its spokesperson and its host in every statement it issues.
const (
	synthBody   = "organization:publishing-body"
	synthHost   = "state:host-state"
	synthSpokes = "person:spokesperson"
)

// synthetic builds communiqué number i in the given version, with about
// nEntities entities and exactly nRelations relation statements, all valid.
// A new version names other entities of its own, so replacing it changes
// what it supports; every tenth entity is shared by a group of documents.
func synthetic(i, version, nEntities, nRelations int) *graph.Extraction {
	id := fmt.Sprintf("document:synthetic-%04d", i)
	x := &graph.Extraction{
		Document: graph.DocumentMeta{
			ID:        id,
			Title:     fmt.Sprintf("Synthetic communiqué %d", i),
			Published: graph.DateOf(time.Date(2018, time.January, 1+i, 0, 0, 0, 0, time.UTC)),
			Publisher: "Publishing Body",
			Source:    id + ".txt",
			SHA256:    fmt.Sprintf("synthetic-%d-v%d", i, version),
		},
		Entities: []graph.Entity{
			{ID: synthBody, Type: graph.Organization, Name: "Publishing Body", Aliases: []string{"PB"}},
			{ID: synthHost, Type: graph.State, Name: "Host State"},
			{ID: synthSpokes, Type: graph.Person, Name: "Spokesperson " + []string{"Ann", "Bo"}[i%2]},
		},
	}
	kinds := []graph.EntityType{graph.Person, graph.Organization, graph.Place, graph.Event, graph.Meeting, graph.Agreement}
	for j := 0; len(x.Entities) < nEntities; j++ {
		t := kinds[j%len(kinds)]
		kind := strings.ToLower(string(t))
		e := graph.Entity{Type: t,
			ID:   fmt.Sprintf("%s:doc-%d-v%d-%d", kind, i, version, j),
			Name: fmt.Sprintf("%s %d of document %d version %d", t, j, i, version)}
		if j%10 == 9 {
			e.ID = fmt.Sprintf("%s:group-%d-%d", kind, i%10, j)
			e.Name = fmt.Sprintf("%s %d of group %d", t, j, i%10)
			e.Aliases = []string{fmt.Sprintf("G%d.%d", i%10, j)}
		}
		switch t {
		case graph.Place:
			e.PlaceType = "city"
		case graph.Event:
			e.EventType, e.Date = "attack", x.Document.Published
		case graph.Meeting:
			e.Session, e.Start = j+1, x.Document.Published
		}
		x.Entities = append(x.Entities, e)
	}

	var rels []graph.Relation
	add := func(t graph.RelationType, from, to, role, concerning string) {
		rels = append(rels, graph.Relation{Type: t, From: from, To: to, Role: role, Concerning: concerning})
	}
	add(graph.HoldsRole, synthSpokes, synthBody, "Spokesperson", "")
	place := synthHost
	for _, e := range x.Entities[3:] {
		switch e.Type {
		case graph.Person:
			add(graph.HoldsRole, e.ID, synthBody, "Envoy", "")
		case graph.Organization:
			add(graph.PartOf, e.ID, synthBody, "", "")
		case graph.Place:
			place = e.ID
		case graph.Event:
			add(graph.OccurredIn, e.ID, place, "", "")
			add(graph.Condemned, synthBody, synthHost, "", e.ID)
		case graph.Meeting:
			add(graph.Held, synthBody, e.ID, "", "")
			add(graph.Attended, synthHost, e.ID, "", "")
		case graph.Agreement:
			add(graph.PartyTo, synthHost, e.ID, "", "")
		}
	}
	// Short of statements, state the same facts again in later sentences,
	// as communiqués do; long, keep the first ones.
	for k := 0; len(x.Relations) < nRelations; k++ {
		r := rels[k%len(rels)]
		r.Evidence = &graph.Evidence{Start: k * 40, End: k*40 + 30,
			Text: fmt.Sprintf("Sentence %d of communiqué %d.", k, i)}
		r.Confidence = 0.5 + float64(k%5)/10
		x.Relations = append(x.Relations, r)
	}
	return x
}

// syntheticSizes varies the size of communiqué i by version, so that a
// replaced document has other counts than its earlier version.
func syntheticSizes(i, version int) (entities, relations int) {
	return 20 + (i+3*version)%15, 15 + (3*i+version)%15
}

// wantIDs returns the sorted entity ids and fact ids an extraction supports.
func wantIDs(x *graph.Extraction) (entities, facts []string) {
	seen := map[string]bool{}
	for _, e := range x.Entities {
		entities = append(entities, e.ID)
	}
	for i := range x.Relations {
		if id := graph.FactID(&x.Relations[i]); !seen[id] {
			seen[id] = true
			facts = append(facts, id)
		}
	}
	sort.Strings(entities)
	sort.Strings(facts)
	return entities, facts
}
