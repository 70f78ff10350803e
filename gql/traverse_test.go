package gql_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
)

// refPaths is the search path did before it went out from both ends: breadth
// first from the start alone, then a walk back from the end over each
// entity's steps by neighbour id and fact id. It reads every relationship of
// each level, with no bound, and is the reference the bidirectional search
// must agree with, path for path and in the same order.
func refPaths(t *testing.T, s graph.Store, from, to string, maxHops, first int) []string {
	t.Helper()
	if from == to {
		return []string{from}
	}
	type step struct{ prev, fact string }
	dist := map[string]int{from: 0}
	parents := map[string][]step{}
	frontier := []string{from}
	for hop := 1; hop <= maxHops && len(frontier) > 0; hop++ {
		edges, err := s.Edges(context.Background(), graph.FactFilter{Involving: frontier})
		if err != nil {
			t.Fatal(err)
		}
		var next []string
		for _, e := range edges {
			ends := []string{e.From}
			for _, x := range []string{e.To, e.Concerning} {
				if x != "" && !slices.Contains(ends, x) {
					ends = append(ends, x)
				}
			}
			for _, a := range ends {
				if d, ok := dist[a]; !ok || d != hop-1 {
					continue
				}
				for _, b := range ends {
					if b == a {
						continue
					}
					if d, seen := dist[b]; !seen {
						dist[b] = hop
						next = append(next, b)
					} else if d != hop {
						continue
					}
					if st := (step{a, e.ID}); !slices.Contains(parents[b], st) {
						parents[b] = append(parents[b], st)
					}
				}
			}
		}
		if _, ok := dist[to]; ok {
			break
		}
		frontier = next
	}
	for _, ps := range parents {
		sort.Slice(ps, func(i, j int) bool {
			if ps[i].prev != ps[j].prev {
				return ps[i].prev < ps[j].prev
			}
			return ps[i].fact < ps[j].fact
		})
	}
	var out []string
	var walk func(id string, trail []string)
	walk = func(id string, trail []string) {
		if len(out) >= first {
			return
		}
		trail = append(trail, id)
		if id == from {
			p := slices.Clone(trail)
			slices.Reverse(p)
			out = append(out, strings.Join(p, " "))
			return
		}
		for _, s := range parents[id] {
			walk(s.prev, append(slices.Clone(trail), s.fact))
		}
	}
	if _, ok := dist[to]; ok {
		walk(to, nil)
	}
	return out
}

// pathKeys turns a path answer into one line per path: its entities and
// relationships in order, as refPaths gives them.
func pathKeys(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	var d struct {
		Path []struct {
			Nodes         []struct{ ID string }
			Relationships []struct{ ID string }
		}
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
	out := []string{}
	for _, p := range d.Path {
		var parts []string
		for i, n := range p.Nodes {
			if i > 0 {
				parts = append(parts, p.Relationships[i-1].ID)
			}
			parts = append(parts, n.ID)
		}
		out = append(out, strings.Join(parts, " "))
	}
	return out
}

// TestPath_SameAsOneSided checks the bidirectional search against the
// one-sided reference over pairs of dev corpus entities, spread over the
// whole corpus: the same shortest paths, in the same order, for several
// hop bounds and numbers of paths.
func TestPath_SameAsOneSided(t *testing.T) {
	for _, s := range devStores(t) {
		t.Run(s.name, func(t *testing.T) {
			srv := MustServe(t, s.store, gql.Options{})
			all, err := s.store.Entities(context.Background(), graph.EntityFilter{})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for i := 0; i < len(all); i += max(1, len(all)/16) {
				ids = append(ids, all[i].ID)
			}
			ids = append(ids, devCavusoglu, devHariri, devPedersen)
			found, several := 0, 0
			for _, from := range ids {
				for _, to := range ids {
					for _, c := range []struct{ hops, first int }{{4, 100}, {2, 100}, {6, 3}} {
						q := fmt.Sprintf(`{ path(from: %s, to: %s, maxHops: %d, first: %d) { nodes { id } relationships { id } } }`,
							quote(from), quote(to), c.hops, c.first)
						r := post(t, srv, q)
						if len(r.Errors) > 0 {
							t.Fatalf("%s: %+v", q, r.Errors)
						}
						got, want := pathKeys(t, r.Data), refPaths(t, s.store, from, to, c.hops, c.first)
						if !slices.Equal(got, want) {
							t.Errorf("%s\n got %q\nwant %q", q, got, want)
						}
						if len(want) > 0 && from != to {
							found++
						}
						if len(want) > 1 {
							several++
						}
					}
				}
			}
			// Pairs that are joined, some by several paths, or the
			// comparison proves little.
			if found < 50 || several < 10 {
				t.Errorf("%d answers with a path, %d with several: too few for the comparison to tell", found, several)
			}
		})
	}
}

// TestPath_ReadLimit checks what a path query does when the search reads
// its limit of relationships: Çavuşoğlu and Hariri are four hops apart, and
// the whole search reads a few dozen relationships.
func TestPath_ReadLimit(t *testing.T) {
	for _, s := range devStores(t) {
		t.Run(s.name, func(t *testing.T) {
			q := `{ path(from: ` + quote(devCavusoglu) + `, to: ` + quote(devHariri) + `, first: 100) { nodes { id } relationships { id } } }`
			whole := post(t, MustServe(t, s.store, gql.Options{}), q)
			if len(whole.Errors) > 0 {
				t.Fatalf("errors %+v", whole.Errors)
			}
			all := pathKeys(t, whole.Data)
			if len(all) < 3 {
				t.Fatalf("%d paths without a small limit, want at least three", len(all))
			}
			// A limit too small to reach the meeting hop: no answer, an error
			// that says why.
			wantError(t, post(t, MustServe(t, s.store, gql.Options{PathReadLimit: 5}), q), "LIMIT_EXCEEDED", "limit of 5 relationships")

			// Limits that cut the search on the hop where the ends meet: the
			// paths found are some of the shortest ones, in their order, with
			// the error beside them. Some limit must show that case, and
			// every larger one either the same or the whole answer.
			partial, wholeAt := 0, 0
			for limit := 6; limit <= 200 && wholeAt == 0; limit++ {
				r := post(t, MustServe(t, s.store, gql.Options{PathReadLimit: limit}), q)
				switch {
				case len(r.Errors) == 0:
					if got := pathKeys(t, r.Data); !slices.Equal(got, all) {
						t.Errorf("limit %d: paths %q without an error, want all %q", limit, got, all)
					}
					wholeAt = limit
				case r.code() != "LIMIT_EXCEEDED":
					t.Fatalf("limit %d: errors %+v", limit, r.Errors)
				case string(r.Data) != "null":
					// A cut read that hid nothing still gives the error: the
					// search cannot know.
					got := pathKeys(t, r.Data)
					if len(got) == 0 {
						t.Errorf("limit %d: data without paths beside LIMIT_EXCEEDED", limit)
					}
					rest := all
					for _, p := range got {
						i := slices.Index(rest, p)
						if i < 0 {
							t.Errorf("limit %d: path %s is not a shortest one, or out of order", limit, p)
							break
						}
						rest = rest[i+1:]
					}
					if len(got) < len(all) {
						partial++
					}
				}
			}
			if partial == 0 || wholeAt == 0 {
				t.Errorf("%d limits gave some of the paths and an error; the whole answer from limit %d: want both", partial, wholeAt)
			}
		})
	}
}

// edgeLimits is a real store that records the Limit of every Edges call.
type edgeLimits struct {
	gql.Reader
	mu     sync.Mutex
	limits []int
}

func (e *edgeLimits) Edges(ctx context.Context, f graph.FactFilter) ([]graph.Edge, error) {
	e.mu.Lock()
	e.limits = append(e.limits, f.Limit)
	e.mu.Unlock()
	return e.Reader.Edges(ctx, f)
}

func (e *edgeLimits) reset() []int {
	e.mu.Lock()
	defer e.mu.Unlock()
	old := e.limits
	e.limits = nil
	return old
}

// TestTraversal_BoundedReads checks that every Edges call of a traversal
// passes a Limit that follows the query's limit, not the graph, and that a
// neighborhood stops going out once it has its entities: one call per level
// until then, and one more for the relationships among the last ones.
func TestTraversal_BoundedReads(t *testing.T) {
	for _, s := range devStores(t) {
		t.Run(s.name, func(t *testing.T) {
			store := &edgeLimits{Reader: s.store}
			srv := MustServe(t, store, gql.Options{LoaderWait: time.Hour, RequestTimeout: 20 * time.Second, PathReadLimit: 1000})
			for _, tc := range []struct {
				query    string
				calls    int
				maxLimit int
			}{
				// Pedersen has two relationships: limit 3 is reached on the
				// first hop, so depth 3 costs two calls, not four.
				{`{ neighborhood(ids: [` + quote(devPedersen) + `], depth: 3, limit: 3) { truncated } }`, 2, 4*3 + 1},
				{`{ neighborhood(ids: [` + quote(devPedersen) + `], depth: 2, limit: 50) { truncated } }`, 3, 4*50 + 1},
				// Four hops: four calls, within the read limit of the server.
				{`{ path(from: ` + quote(devCavusoglu) + `, to: ` + quote(devHariri) + `) { length } }`, 4, 1000 + 1},
			} {
				store.reset()
				data(t, post(t, srv, tc.query), &struct{}{})
				limits := store.reset()
				if len(limits) != tc.calls {
					t.Errorf("%s\n%d Edges calls, want %d", tc.query, len(limits), tc.calls)
				}
				for _, l := range limits {
					if l <= 0 || l > tc.maxLimit {
						t.Errorf("%s\nEdges limits %v, want each from 1 to %d", tc.query, limits, tc.maxLimit)
						break
					}
				}
			}
		})
	}
}

// TestNeighborhood_Bounds checks the truncated flag for each bound, and that
// the entities kept are chosen by relationship id, the same on every call.
func TestNeighborhood_Bounds(t *testing.T) {
	type graphJSON struct {
		Nodes     []struct{ ID string }
		Edges     []struct{ ID string }
		Truncated bool
	}
	for _, s := range devStores(t) {
		t.Run(s.name, func(t *testing.T) {
			srv := MustServe(t, s.store, gql.Options{})
			ask := func(args string) (graphJSON, string) {
				t.Helper()
				r := post(t, srv, `{ neighborhood(`+args+`) { nodes { id } edges { id } truncated } }`)
				var d struct{ Neighborhood graphJSON }
				data(t, r, &d)
				return d.Neighborhood, string(r.Data)
			}
			hariri, err := s.store.Edges(context.Background(), graph.FactFilter{Involving: []string{devHariri}})
			if err != nil {
				t.Fatal(err)
			}
			if len(hariri) <= 4 {
				t.Fatalf("Hariri has %d relationships; the test needs more than 4", len(hariri))
			}
			sort.Slice(hariri, func(i, j int) bool { return hariri[i].ID < hariri[j].ID })

			// Depth 0 leaves no entity out, but limit 1 bounds the read of
			// Hariri's relationships to 4: cut, so truncated. With room to
			// read them all, not truncated.
			if g, _ := ask(`ids: [` + quote(devHariri) + `], depth: 0, limit: 1`); !g.Truncated || len(g.Nodes) != 1 {
				t.Errorf("depth 0, limit 1: %+v, want Hariri alone and truncated by the cut read", g)
			}
			if g, _ := ask(`ids: [` + quote(devHariri) + `], depth: 0, limit: 100`); g.Truncated {
				t.Errorf("depth 0, limit 100: truncated, with every relationship read")
			}

			// Limit 2 at depth 1: Hariri and the other end of his first
			// relationship by id; truncated, since he has others.
			first := hariri[0].To
			if first == devHariri {
				first = hariri[0].From
			}
			g, raw := ask(`ids: [` + quote(devHariri) + `], depth: 1, limit: 2`)
			if got := []string{}; len(g.Nodes) != 2 || g.Nodes[0].ID != devHariri || g.Nodes[1].ID != first || !g.Truncated {
				for _, n := range g.Nodes {
					got = append(got, n.ID)
				}
				t.Errorf("limit 2: nodes %v truncated %v, want [%s %s] and truncated", got, g.Truncated, devHariri, first)
			}
			// The same arguments, the same answer, however often asked.
			for i := 0; i < 5; i++ {
				if _, again := ask(`ids: [` + quote(devHariri) + `], depth: 1, limit: 2`); again != raw {
					t.Fatalf("the same neighborhood twice differs:\n%s\n%s", raw, again)
				}
			}
			_, seven := ask(`ids: [` + quote(devHariri) + `], depth: 2, limit: 7`)
			for i := 0; i < 5; i++ {
				if _, again := ask(`ids: [` + quote(devHariri) + `], depth: 2, limit: 7`); again != seven {
					t.Fatalf("the same neighborhood twice differs:\n%s\n%s", seven, again)
				}
			}
		})
	}
}
