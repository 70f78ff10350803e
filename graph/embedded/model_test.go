package embedded_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/storetest"
)

// The store keeps merged records up to date from a few keys rather than by
// merging every document's version again. TestMatchesGraphMerge checks it
// against the definition: after each of many random puts, replacements and
// removals, every read equals graph.MergeEntities and graph.MergeFacts over
// the versions of the documents then stored.

// modelEntities are the entities random communiqués name, each in a few
// versions that differ in name, aliases and fields, so that versions repeat
// across documents and also differ.
var modelEntities = []struct {
	id       string
	typ      graph.EntityType
	names    []string
	aliases  []string
	variants func(rng *rand.Rand, e *graph.Entity)
}{
	{"person:ann", graph.Person, []string{"Ann Example", "A. Example"}, []string{"Ann", "Example"}, nil},
	{"person:bo", graph.Person, []string{"Bo Sample"}, []string{"B. Sample", "Bo Sample"}, nil},
	{"organization:league", graph.Organization, []string{"Harbour League", "The League"}, []string{"HL"}, nil},
	{"organization:council", graph.Organization, []string{"Council"}, nil, nil},
	{"state:north", graph.State, []string{"Northland", "North"}, nil, nil},
	{"place:port", graph.Place, []string{"Port"}, []string{"Old Port"}, func(rng *rand.Rand, e *graph.Entity) {
		e.PlaceType = pick(rng, []string{"", "city", "town"})
	}},
	{"event:raid", graph.Event, []string{"Raid", "Port raid"}, nil, func(rng *rand.Rand, e *graph.Entity) {
		e.EventType = pick(rng, []string{"", "attack"})
		e.Date = pick(rng, []graph.Date{"", "2019-01-05", "2019-01-06"})
	}},
	{"meeting:summit", graph.Meeting, []string{"Summit"}, []string{"Second summit"}, func(rng *rand.Rand, e *graph.Entity) {
		e.Session = pick(rng, []int{0, 2})
		e.Start = pick(rng, []graph.Date{"", "2019-03-01"})
		e.End = pick(rng, []graph.Date{"", "2019-03-02", "2019-03-03"})
	}},
	{"agreement:accord", graph.Agreement, []string{"Accord"}, nil, func(rng *rand.Rand, e *graph.Entity) {
		e.Date = pick(rng, []graph.Date{"", "2018-12-01"})
	}},
}

func pick[T any](rng *rand.Rand, from []T) T { return from[rng.IntN(len(from))] }

// modelDocument is a random valid communiqué with the given id and hash.
func modelDocument(rng *rand.Rand, id, sha string) *graph.Extraction {
	x := &graph.Extraction{Document: graph.DocumentMeta{ID: id, Title: "Communiqué " + sha, SHA256: sha,
		// equal dates are common, so that ties fall to the document id
		Published: pick(rng, []graph.Date{"", "2019-01-01", "2019-01-01", "2019-02-01", "2020-05-05"})}}
	types := map[string]graph.EntityType{}
	for _, m := range modelEntities {
		if rng.IntN(3) == 0 {
			continue
		}
		e := graph.Entity{ID: m.id, Type: m.typ, Name: pick(rng, m.names)}
		for _, a := range m.aliases {
			if rng.IntN(2) == 0 {
				e.Aliases = append(e.Aliases, a)
			}
		}
		if m.variants != nil {
			m.variants(rng, &e)
		}
		x.Entities = append(x.Entities, e)
		types[e.ID] = e.Type
	}
	if len(x.Entities) < 2 {
		return x
	}
	var concerning []string
	for id, t := range types {
		if t == graph.Event || t == graph.Agreement {
			concerning = append(concerning, id)
		}
	}
	sort.Strings(concerning)
	for range 30 {
		if len(x.Relations) == 8 {
			break
		}
		r := graph.Relation{Type: pick(rng, graph.RelationTypes),
			From: pick(rng, x.Entities).ID, To: pick(rng, x.Entities).ID,
			Confidence: pick(rng, []float64{0, 0.25, 0.5, 0.9, 1})}
		if !r.Type.Allows(types[r.From], types[r.To]) {
			continue
		}
		switch {
		case r.Type == graph.HoldsRole:
			r.Role = pick(rng, []string{"President", "president", "Envoy"})
		case r.Type == graph.Condemned && len(concerning) > 0 && rng.IntN(2) == 0:
			r.Concerning = pick(rng, concerning)
		}
		if rng.IntN(4) > 0 {
			start := rng.IntN(4) * 10 // equal offsets too
			r.Evidence = &graph.Evidence{Start: start, End: start + 5, Text: fmt.Sprintf("%s at %d", sha, start)}
		}
		x.Relations = append(x.Relations, r)
	}
	return x
}

// modelSnapshot is what the store must hold for the given documents, by the
// merge functions of package graph.
func modelSnapshot(docs map[string]*graph.Extraction) storetest.Snapshot {
	var snap storetest.Snapshot
	versions := map[string][]graph.Entity{}
	facts := map[string][]graph.Fact{}
	published := map[string]graph.Date{}
	for _, x := range docs {
		c := graph.Contribute(x)
		snap.Documents = append(snap.Documents, c.Document)
		published[x.Document.ID] = x.Document.Published
		for _, e := range c.Entities {
			versions[e.ID] = append(versions[e.ID], e)
		}
		for _, f := range c.Facts {
			facts[f.ID] = append(facts[f.ID], f)
		}
	}
	// documents by date then id; the undated sort first
	sort.Slice(snap.Documents, func(i, j int) bool {
		a, b := snap.Documents[i], snap.Documents[j]
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.ID < b.ID
	})
	for _, id := range sortedIDs(versions) {
		snap.Entities = append(snap.Entities, graph.MergeEntities(versions[id], published))
	}
	for _, id := range sortedIDs(facts) {
		snap.Facts = append(snap.Facts, graph.MergeFacts(facts[id]))
	}
	return snap
}

func sortedIDs[V any](m map[string]V) []string {
	var ids []string
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func TestMatchesGraphMerge(t *testing.T) {
	const steps, docIDs = 60, 7
	// Ties between undated documents, which once went wrong, first come in
	// round 15.
	rounds := 30
	if testing.Short() {
		rounds = 8
	}
	for round := range rounds {
		rng := rand.New(rand.NewPCG(uint64(round), 7))
		s := mustOpen(t, t.TempDir())
		ctx := t.Context()
		stored := map[string]*graph.Extraction{}
		for step := range steps {
			id := fmt.Sprintf("document:%d", rng.IntN(docIDs))
			var what string
			switch op := rng.IntN(10); {
			case op < 6: // a new document or a new version of one
				x := modelDocument(rng, id, fmt.Sprintf("r%d-s%d", round, step))
				want := graph.Added
				if stored[id] != nil {
					want = graph.Replaced
				}
				if res := mustPut(t, s, x); res.Status != want {
					t.Fatalf("round %d step %d: PutDocument(%s) status %s, want %s", round, step, id, res.Status, want)
				}
				stored[id] = x
				what = fmt.Sprintf("put %s (%s)", id, want)
			case op < 7 && stored[id] != nil: // the same version again
				if res := mustPut(t, s, stored[id]); res.Status != graph.Unchanged {
					t.Fatalf("round %d step %d: PutDocument(%s) again: status %s", round, step, id, res.Status)
				}
				what = "put " + id + " again"
			default:
				err := s.RemoveDocument(ctx, id)
				if stored[id] == nil && graph.ErrorCode(err) != graph.ENOTFOUND ||
					stored[id] != nil && err != nil {
					t.Fatalf("round %d step %d: RemoveDocument(%s) = %v", round, step, id, err)
				}
				delete(stored, id)
				what = "remove " + id
			}
			want := modelSnapshot(stored)
			if got := storetest.TakeSnapshot(t, s); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d step %d, after %s: the store differs from graph's merge\ngot  %s\nwant %s",
					round, step, what, asJSON(got), asJSON(want))
			}
			checkDocumentFilters(t, s, want)
		}
	}
}

// checkDocumentFilters checks that each document selects the entities and
// facts it supports, merged over every document.
func checkDocumentFilters(t *testing.T, s graph.Store, want storetest.Snapshot) {
	t.Helper()
	for _, d := range want.Documents {
		var wantEntities []graph.Entity
		for _, e := range want.Entities {
			for _, doc := range e.Documents {
				if doc == d.ID {
					wantEntities = append(wantEntities, e)
				}
			}
		}
		var wantFacts []graph.Fact
		for _, f := range want.Facts {
			for _, doc := range f.Documents() {
				if doc == d.ID {
					wantFacts = append(wantFacts, f)
				}
			}
		}
		es, err := s.Entities(t.Context(), graph.EntityFilter{Document: d.ID})
		if err != nil || !reflect.DeepEqual(es, wantEntities) {
			t.Fatalf("Entities of %s = %s, %v\nwant %s", d.ID, asJSON(es), err, asJSON(wantEntities))
		}
		fs, err := s.Facts(t.Context(), graph.FactFilter{Document: d.ID})
		if err != nil || !reflect.DeepEqual(fs, wantFacts) {
			t.Fatalf("Facts of %s = %s, %v\nwant %s", d.ID, asJSON(fs), err, asJSON(wantFacts))
		}
	}
}

func asJSON(v any) string {
	raw, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err.Error()
	}
	return string(raw)
}
