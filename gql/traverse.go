package gql

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/actorgraph/kg/graph"
)

// Traversals: path and neighborhood walk the graph breadth first, one level
// at a time, with one Store.Edges call per level whose Involving filter is
// the level's frontier. Edges ignore direction: a fact joins every pair of
// its ends (From, To and, for a condemnation, Concerning).

// Bounds of the traversal arguments.
const (
	MaxPathHops           = 6
	MaxNeighborhoodDepth  = 3
	MaxNeighborhoodLimit  = 1000
	defaultPathHops       = 4
	defaultPathFirst      = 10
	defaultNeighborhood   = 1
	defaultNeighborhoodNs = 100
)

// Path is the GraphQL type Path: the ids along one shortest path. Its
// entities and relationships are read through the operation's loaders, for
// every path of an answer in one batch, and only when a query asks for them.
type Path struct {
	nodeIDs []string // len(factIDs)+1 entity ids, from the start to the end
	factIDs []string // factIDs[i] joins nodeIDs[i] and nodeIDs[i+1]
}

// Length is the number of hops.
func (p Path) Length() int { return len(p.factIDs) }

// endsOf lists the distinct entities a fact joins.
func endsOf(e *graph.Edge) []string {
	ends := []string{e.From}
	if e.To != e.From {
		ends = append(ends, e.To)
	}
	if e.Concerning != "" && e.Concerning != e.From && e.Concerning != e.To {
		ends = append(ends, e.Concerning)
	}
	return ends
}

// step is how a path reaches an entity: from prev, over the fact.
type step struct{ prev, fact string }

// paths returns up to first shortest paths from one entity to another, of at
// most maxHops hops, over facts of the given types (all when empty).
func (r *Resolver) paths(ctx context.Context, from, to string, maxHops, first *int, relations []graph.RelationType) ([]Path, error) {
	hops, err := checkBound("maxHops", maxHops, defaultPathHops, 0, MaxPathHops)
	if err != nil {
		return nil, err
	}
	n, err := checkBound("first", first, defaultPathFirst, 0, MaxFirst)
	if err != nil {
		return nil, err
	}
	if _, err := r.entitiesExist(ctx, []string{from, to}); err != nil {
		return nil, err
	}
	if n == 0 {
		return []Path{}, nil
	}
	if from == to {
		return []Path{{nodeIDs: []string{from}}}, nil
	}
	// dist is each reached entity's hop count; parents the steps that reach
	// it in that many hops, so that every shortest path can be rebuilt.
	dist := map[string]int{from: 0}
	parents := map[string][]step{}
	frontier := []string{from}
	for hop := 1; hop <= hops && len(frontier) > 0; hop++ {
		edges, err := r.store.Edges(ctx, graph.FactFilter{Involving: frontier, Types: relations})
		if err != nil {
			return nil, err
		}
		var next []string
		for i := range edges {
			ends := endsOf(&edges[i])
			for _, a := range ends {
				if d, ok := dist[a]; !ok || d != hop-1 {
					continue
				}
				for _, b := range ends {
					if b == a {
						continue
					}
					d, seen := dist[b]
					if !seen {
						dist[b] = hop
						next = append(next, b)
					} else if d != hop {
						continue
					}
					s := step{prev: a, fact: edges[i].ID}
					if !slices.Contains(parents[b], s) {
						parents[b] = append(parents[b], s)
					}
				}
			}
		}
		if _, ok := dist[to]; ok {
			break
		}
		frontier = next
	}
	if _, ok := dist[to]; !ok {
		return []Path{}, nil
	}
	for id := range parents {
		sort.Slice(parents[id], func(i, j int) bool {
			a, b := parents[id][i], parents[id][j]
			if a.prev != b.prev {
				return a.prev < b.prev
			}
			return a.fact < b.fact
		})
	}
	// Walk back from the end over the parents, depth first in their order,
	// until first paths are found.
	var out []Path
	var nodes, facts []string // reversed: from the end back
	var walk func(id string)
	walk = func(id string) {
		if len(out) >= n {
			return
		}
		nodes = append(nodes, id)
		if id == from {
			p := Path{nodeIDs: slices.Clone(nodes), factIDs: slices.Clone(facts)}
			slices.Reverse(p.nodeIDs)
			slices.Reverse(p.factIDs)
			out = append(out, p)
		}
		for _, s := range parents[id] {
			facts = append(facts, s.fact)
			walk(s.prev)
			facts = facts[:len(facts)-1]
		}
		nodes = nodes[:len(nodes)-1]
	}
	walk(to)
	return out, nil
}

// pathNodes returns the entities along a path.
func (r *Resolver) pathNodes(ctx context.Context, p *Path) ([]Entity, error) {
	es, err := readsFrom(ctx, r.store).entitiesByID(ctx, p.nodeIDs)
	if err != nil {
		return nil, err
	}
	return asEntities(es)
}

// pathRelationships returns the relationships along a path.
func (r *Resolver) pathRelationships(ctx context.Context, p *Path) ([]Relationship, error) {
	return factsAs[Relationship](readsFrom(ctx, r.store).factsByID(ctx, p.factIDs))
}

// neighborhood returns the entities within depth hops of ids, at most limit
// of them, and every relationship among them.
func (r *Resolver) neighborhood(ctx context.Context, ids []string, depth, limit *int, relations []graph.RelationType) (*Graph, error) {
	d, err := checkBound("depth", depth, defaultNeighborhood, 0, MaxNeighborhoodDepth)
	if err != nil {
		return nil, err
	}
	max, err := checkBound("limit", limit, defaultNeighborhoodNs, 1, MaxNeighborhoodLimit)
	if err != nil {
		return nil, err
	}
	seeds := dedupe(ids)
	if len(seeds) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "neighborhood needs at least one id")
	}
	if len(seeds) > max {
		return nil, graph.Errorf(graph.EINVALID, "neighborhood has %d ids, more than its limit of %d entities", len(seeds), max)
	}
	included := map[string]bool{}
	for _, id := range seeds {
		included[id] = true
	}
	order := slices.Clone(seeds)
	edges := map[string]graph.Edge{}
	truncated := false
	frontier := seeds
	// depth levels go out; one more call finds the relationships among the
	// entities of the last level, which no level went out from.
	for level := 1; level <= d+1 && len(frontier) > 0; level++ {
		found, err := r.store.Edges(ctx, graph.FactFilter{Involving: frontier, Types: relations})
		if err != nil {
			return nil, err
		}
		sort.Slice(found, func(i, j int) bool { return found[i].ID < found[j].ID })
		var next []string
		for _, e := range found {
			edges[e.ID] = e
			if level > d {
				continue
			}
			for _, b := range endsOf(&e) {
				if included[b] {
					continue
				}
				if len(order) >= max {
					truncated = true
					continue
				}
				included[b] = true
				order = append(order, b)
				next = append(next, b)
			}
		}
		sort.Strings(next)
		frontier = next
	}
	byID, err := r.entitiesExist(ctx, order, seeds...)
	if err != nil {
		return nil, err
	}
	g := &Graph{Nodes: make([]GraphNode, 0, len(order)), Edges: []GraphEdge{}, Truncated: truncated}
	for _, id := range order {
		e, ok := byID[id]
		if !ok {
			// The end of a fact the store just returned: the store is
			// inconsistent, which the user can do nothing about.
			return nil, graph.Internal("neighborhood", fmt.Errorf("store has no entity %q, which one of its facts names", id))
		}
		g.Nodes = append(g.Nodes, GraphNode{ID: e.ID, Label: caption(&e), Name: e.Name, Type: e.Type})
	}
	for _, e := range edges {
		if included[e.From] && included[e.To] {
			g.Edges = append(g.Edges, GraphEdge{ID: e.ID, Source: e.From, Target: e.To, Type: e.Type, Relationship: e.ID})
		}
		if e.Concerning != "" && included[e.From] && included[e.Concerning] {
			g.Edges = append(g.Edges, GraphEdge{ID: e.ID + concerningSuffix, Source: e.From, Target: e.Concerning,
				Type: e.Type, Relationship: e.ID})
		}
	}
	sort.Slice(g.Edges, func(i, j int) bool { return g.Edges[i].ID < g.Edges[j].ID })
	return g, nil
}

// concerningSuffix marks the second edge of a condemnation, to what it
// concerns.
const concerningSuffix = "/concerning"

// caption is what a drawing shows of an entity: its name, and the day of a
// dated meeting, event or agreement, which tells apart sessions and events
// of the same name.
func caption(e *graph.Entity) string {
	if d := day(e); d != "" && (e.Type == graph.Meeting || e.Type == graph.Event || e.Type == graph.Agreement) {
		return fmt.Sprintf("%s (%s)", e.Name, d)
	}
	return e.Name
}
