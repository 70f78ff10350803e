package gql_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
)

// callCounter is a real store that counts the reads that reach it; it
// forwards every call, so the answers are the store's own.
type callCounter struct {
	gql.Reader
	mu    sync.Mutex
	calls map[string]int
}

func (c *callCounter) count(method string) {
	c.mu.Lock()
	c.calls[method]++
	c.mu.Unlock()
}

func (c *callCounter) reset() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	old := c.calls
	c.calls = map[string]int{}
	return old
}

func (c *callCounter) Documents(ctx context.Context, f graph.DocumentFilter) ([]graph.Document, error) {
	c.count("Documents")
	return c.Reader.Documents(ctx, f)
}

// Entities counts a read that lists the entities' documents apart, as
// "Entities+documents": the API reads them only for documents fields.
func (c *callCounter) Entities(ctx context.Context, f graph.EntityFilter) ([]graph.Entity, error) {
	if f.WithoutDocuments {
		c.count("Entities")
	} else {
		c.count("Entities+documents")
	}
	return c.Reader.Entities(ctx, f)
}

func (c *callCounter) Facts(ctx context.Context, f graph.FactFilter) ([]graph.Fact, error) {
	c.count("Facts")
	return c.Reader.Facts(ctx, f)
}

func (c *callCounter) Edges(ctx context.Context, f graph.FactFilter) ([]graph.Edge, error) {
	c.count("Edges")
	return c.Reader.Edges(ctx, f)
}

func (c *callCounter) Search(ctx context.Context, q graph.SearchQuery) ([]graph.SearchHit, error) {
	c.count("Search")
	return c.Reader.Search(ctx, q)
}

func (c *callCounter) Tenures(ctx context.Context, f graph.TenureFilter) ([]graph.Tenure, error) {
	c.count("Tenures")
	return c.Reader.Tenures(ctx, f)
}

// TestAPI_StoreCallsPerLevel runs a query three lists deep, organizations →
// officeHolders → holder → roles, over the dev corpus, and checks that it
// reads the store once per level, however many rows each level has: the
// organisations, their holdings, the holders, the holders' roles. The same
// query over one organisation costs the same four reads.
func TestAPI_StoreCallsPerLevel(t *testing.T) {
	for _, s := range devStores(t) {
		t.Run(s.name, func(t *testing.T) {
			store := &callCounter{Reader: s.store, calls: map[string]int{}}
			// A level that waited for the fallback would never answer (see
			// TestLoaders_OneStoreCallPerLevel).
			srv := MustServe(t, store, gql.Options{LoaderWait: time.Hour, RequestTimeout: 20 * time.Second, ComplexityLimit: 1 << 30})
			const levels = `name officeHolders { role holder { name roles { role } } }`
			want := map[string]int{"Entities": 2, "Facts": 2}

			type org struct {
				Name          string
				OfficeHolders []struct {
					Role   string
					Holder struct {
						Name  string
						Roles []struct{ Role string }
					}
				}
			}
			var d struct{ Organizations []org }
			store.reset()
			data(t, post(t, srv, `{ organizations { `+levels+` } }`), &d)
			calls := store.reset()

			// The answer is the real one: the Coalition's Secretary-General
			// (01, 02, 10) is Nazir al-Hakim, whose one title it is; Riad
			// Seif, its President in 01, holds that title only.
			rows, holders := 0, map[string][]string{}
			for _, o := range d.Organizations {
				for _, h := range o.OfficeHolders {
					rows++
					var roles []string
					for _, r := range h.Holder.Roles {
						roles = append(roles, r.Role)
					}
					holders[h.Holder.Name] = roles
				}
			}
			if rows < 15 || len(d.Organizations) < 15 {
				t.Fatalf("%d organisations with %d holdings; the test needs many rows per level", len(d.Organizations), rows)
			}
			if got := holders["Nazir al-Hakim"]; !slices.Equal(got, []string{"Secretary-General"}) {
				t.Errorf("Nazir al-Hakim's roles %q", got)
			}
			if got := holders["Riad Seif"]; !slices.Equal(got, []string{"President"}) {
				t.Errorf("Riad Seif's roles %q", got)
			}
			if !sameCalls(calls, want) {
				t.Errorf("store calls for %d organisations and %d holdings: %v, want %v (one per level)",
					len(d.Organizations), rows, calls, want)
			}

			// One organisation: the same reads.
			data(t, post(t, srv, `{ organizations(name: "Syrian Coalition") { `+levels+` } }`), &d)
			if calls := store.reset(); !sameCalls(calls, want) {
				t.Errorf("store calls for one organisation: %v, want %v", calls, want)
			}

			// Through a connection: the same reads again.
			data(t, post(t, srv, `{ organizationsConnection(first: 100) { edges { node { `+levels+` } } } }`), &struct{}{})
			if calls := store.reset(); !sameCalls(calls, want) {
				t.Errorf("store calls through organizationsConnection: %v, want %v", calls, want)
			}
		})
	}
}

func sameCalls(got, want map[string]int) bool {
	if len(got) != len(want) {
		return false
	}
	for k, v := range want {
		if got[k] != v {
			return false
		}
	}
	return true
}

// TestAPI_TraversalCalls checks the traversals' cost in store calls: one
// Edges call per level of the breadth-first search, and one read of the
// entities found.
func TestAPI_TraversalCalls(t *testing.T) {
	for _, s := range devStores(t) {
		t.Run(s.name, func(t *testing.T) {
			store := &callCounter{Reader: s.store, calls: map[string]int{}}
			srv := MustServe(t, store, gql.Options{LoaderWait: time.Hour, RequestTimeout: 20 * time.Second})
			for _, tc := range []struct {
				query string
				want  map[string]int
			}{
				// Depth 2: two levels out, one more for the relationships
				// among the last level, one read of every entity.
				{`{ neighborhood(ids: [` + quote(devPedersen) + `], depth: 2) { nodes { name } edges { id } } }`,
					map[string]int{"Edges": 3, "Entities": 1}},
				// Four hops apart: the two ends' check, four levels, then the
				// paths' entities and relationships, each in one batch.
				{`{ path(from: ` + quote(devCavusoglu) + `, to: ` + quote(devHariri) + `, first: 100) { nodes { name } relationships { type } } }`,
					map[string]int{"Entities": 2, "Edges": 4, "Facts": 1}},
				// The timeline: the facts, then the entity and its dating ends.
				{`{ timeline(entity: ` + quote(devHariri) + `) { edges { node { date } } } }`,
					map[string]int{"Facts": 1, "Entities": 1}},
			} {
				store.reset()
				data(t, post(t, srv, tc.query), &struct{}{})
				if calls := store.reset(); !sameCalls(calls, tc.want) {
					t.Errorf("%s\nstore calls %v, want %v", tc.query, calls, tc.want)
				}
			}
		})
	}
}

// TestAPI_EntityDocumentsCalls checks that the documents of a list of
// entities cost one read of their lists and one of the documents, and that
// each entity's documents are those the store lists for it.
func TestAPI_EntityDocumentsCalls(t *testing.T) {
	for _, s := range devStores(t) {
		t.Run(s.name, func(t *testing.T) {
			store := &callCounter{Reader: s.store, calls: map[string]int{}}
			srv := MustServe(t, store, gql.Options{LoaderWait: time.Hour, RequestTimeout: 20 * time.Second})
			var d struct {
				Organizations []struct {
					ID        string
					Documents []struct{ ID string }
				}
			}
			store.reset()
			data(t, post(t, srv, `{ organizations { id documents { id } } }`), &d)
			want := map[string]int{"Entities": 1, "Entities+documents": 1, "Documents": 1}
			if calls := store.reset(); !sameCalls(calls, want) {
				t.Errorf("store calls for %d organisations' documents: %v, want %v", len(d.Organizations), calls, want)
			}
			if len(d.Organizations) < 15 {
				t.Fatalf("%d organisations; the test needs many", len(d.Organizations))
			}
			for _, o := range d.Organizations {
				es, err := s.store.Entities(context.Background(), graph.EntityFilter{IDs: []string{o.ID}})
				if err != nil || len(es) != 1 {
					t.Fatalf("store read of %s: %v, %d entities", o.ID, err, len(es))
				}
				var got []string
				for _, doc := range o.Documents {
					got = append(got, doc.ID)
				}
				slices.Sort(got)
				if want := es[0].Documents; len(want) == 0 || !slices.Equal(got, want) {
					t.Errorf("%s: documents %q, the store lists %q", o.ID, got, want)
				}
			}
		})
	}
}
