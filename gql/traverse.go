package gql

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/99designs/gqlgen/graphql"

	"github.com/actorgraph/kg/graph"
)

// Traversals: path and neighborhood walk the graph breadth first, one level
// at a time, with one Store.Edges call per level whose Involving filter is
// the level's frontier and whose Limit bounds what the level may read, so
// that a hub costs no more than the bound: path's read limit, neighborhood's
// limit. Edges ignore direction: a fact joins every pair of its ends (From,
// To and, for a condemnation, Concerning).

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

// DefaultPathReadLimit is how many relationships one path query may read
// when Options.PathReadLimit is zero: enough for the shortest paths between
// most pairs of a graph of a million relationships, few enough that a
// search through hubs answers in well under a second.
const DefaultPathReadLimit = 50_000

// readLimitError says a traversal stopped because it read as many
// relationships as it may: its answer is unknown or incomplete, through no
// fault of the input, and the user can narrow the query.
type readLimitError struct{ msg string }

func (e *readLimitError) Error() string { return e.msg }

// step is how a path reaches an entity: from prev, over the fact.
type step struct{ prev, fact string }

// searchSide is one end's half of a bidirectional breadth-first search.
type searchSide struct {
	dist     map[string]int    // each reached entity's hops from this end
	parents  map[string][]step // the steps one hop nearer this end
	frontier []string          // the entities reached at depth hops
	depth    int
}

func newSearchSide(start string) *searchSide {
	return &searchSide{dist: map[string]int{start: 0}, parents: map[string][]step{}, frontier: []string{start}}
}

// expand takes the side one hop further over edges, the relationships of
// its frontier, and returns the entities it reached for the first time.
func (s *searchSide) expand(edges []graph.Edge) []string {
	hop := s.depth + 1
	var next []string
	for i := range edges {
		ends := endsOf(&edges[i])
		for _, a := range ends {
			if d, ok := s.dist[a]; !ok || d != hop-1 {
				continue
			}
			for _, b := range ends {
				if b == a {
					continue
				}
				d, seen := s.dist[b]
				if !seen {
					s.dist[b] = hop
					next = append(next, b)
				} else if d != hop {
					continue
				}
				st := step{prev: a, fact: edges[i].ID}
				if !slices.Contains(s.parents[b], st) {
					s.parents[b] = append(s.parents[b], st)
				}
			}
		}
	}
	sort.Strings(next)
	s.frontier, s.depth = next, hop
	return next
}

// paths returns up to first shortest paths from one entity to another, of at
// most maxHops hops, over facts of the given types (all when empty).
//
// The search is breadth first from both ends, each step taking the side
// with the smaller frontier one hop further with one Store.Edges call, until
// the sides meet: the entities both have reached then lie on every shortest
// path, at the same distance from each end, so the paths are those from the
// start to a meeting entity joined to those from it to the end. Every call
// asks for no more relationships than the read limit leaves; when a call is
// cut, the search stops: with no path found it fails with LIMIT_EXCEEDED,
// and with some it returns them, which are shortest, and adds that error to
// the response since others may be missing.
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
	budget := r.readLimit()
	fwd, bwd := newSearchSide(from), newSearchSide(to)
	var meet []string
	cut := false
	for fwd.depth+bwd.depth < hops && meet == nil && !cut {
		side, other := fwd, bwd
		if len(bwd.frontier) < len(fwd.frontier) {
			side, other = bwd, fwd
		}
		if len(side.frontier) == 0 {
			// one end's part of the graph is all reached: no path
			break
		}
		// One more than the budget tells a cut read from one that fits.
		edges, err := r.store.Edges(ctx, graph.FactFilter{Involving: side.frontier, Types: relations, Limit: budget + 1})
		if err != nil {
			return nil, err
		}
		if len(edges) > budget {
			sort.Slice(edges, func(i, j int) bool { return edges[i].ID < edges[j].ID })
			edges, cut = edges[:budget], true
		}
		budget -= len(edges)
		for _, id := range side.expand(edges) {
			if _, ok := other.dist[id]; ok {
				meet = append(meet, id)
			}
		}
	}
	limitErr := func() error {
		return &readLimitError{msg: fmt.Sprintf("path from %q to %q: the search read its limit of %d relationships "+
			"before it could tell all the shortest paths; ask for fewer maxHops or for some relations only", from, to, r.readLimit())}
	}
	if meet == nil {
		if cut {
			return nil, limitErr()
		}
		return []Path{}, nil
	}
	out := joinPaths(from, to, fwd, bwd, meet, n)
	if cut {
		// The paths are shortest ones, but the cut read may have hidden
		// others: say so beside the answer.
		graphql.AddError(ctx, limitErr())
	}
	return out, nil
}

// readLimit is the path read limit in force.
func (r *Resolver) readLimit() int {
	if r.pathReadLimit > 0 {
		return r.pathReadLimit
	}
	return DefaultPathReadLimit
}

// joinPaths returns up to n shortest paths through the meeting entities, in
// the order of a depth-first walk back from the end that takes each
// entity's neighbours one hop nearer the start by id, then by fact id: the
// order a search from the start alone gives.
func joinPaths(from, to string, fwd, bwd *searchSide, meet []string, n int) []Path {
	isMeet := map[string]bool{}
	for _, m := range meet {
		isMeet[m] = true
	}
	// Between the end and the meeting entities the walk goes away from the
	// end: toward[y] lists the steps from y to the entities one hop further
	// from the end that lead on to a meeting entity.
	toward := map[string][]step{}
	useful := isMeet
	for k := bwd.dist[meet[0]]; k > 0; k-- {
		nearer := map[string]bool{}
		for z := range useful {
			for _, s := range bwd.parents[z] {
				toward[s.prev] = append(toward[s.prev], step{prev: z, fact: s.fact})
				nearer[s.prev] = true
			}
		}
		useful = nearer
	}
	byStep := func(steps []step) {
		sort.Slice(steps, func(i, j int) bool {
			if steps[i].prev != steps[j].prev {
				return steps[i].prev < steps[j].prev
			}
			return steps[i].fact < steps[j].fact
		})
	}
	for id := range toward {
		byStep(toward[id])
	}
	for id := range fwd.parents {
		byStep(fwd.parents[id])
	}
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
		// The start's side has reached the meeting entities and those
		// between them and the start, and none nearer the end (it would
		// have met the end's side sooner).
		next := toward[id]
		if _, ok := fwd.dist[id]; ok {
			next = fwd.parents[id]
		}
		for _, s := range next {
			facts = append(facts, s.fact)
			walk(s.prev)
			facts = facts[:len(facts)-1]
		}
		nodes = nodes[:len(nodes)-1]
	}
	walk(to)
	return out
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

// neighborhoodReadsPerEntity bounds each Store.Edges call of a
// neighborhood: it reads at most this many relationships per entity of the
// limit, the first by fact id, so that the work follows the limit and not
// the degree of the hubs the walk meets.
const neighborhoodReadsPerEntity = 4

// neighborhood returns the entities within depth hops of ids, at most limit
// of them, and the relationships among them that its reads found.
//
// Each level is one Store.Edges call over the entities the previous level
// added, asking for at most neighborhoodReadsPerEntity×limit relationships;
// new entities are taken from them in fact id order until there are limit.
// One more call, as bounded, over the entities no level went out from (the
// last level's, or the last one that added any once the limit is reached)
// finds the relationships among them. Truncated says that something may be
// missing: an entity within the depth left out for the limit, or a call cut
// by its bound.
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
	frontier := slices.Clone(seeds)
	sort.Strings(frontier)
	reads := neighborhoodReadsPerEntity * max
	// last is the level whose call only looks for relationships among the
	// entities found: one past the depth, or sooner once the limit is
	// reached, since no further level could add an entity.
	last := d + 1
	if len(order) >= max {
		last = 1
	}
	for level := 1; level <= last && len(frontier) > 0; level++ {
		// One more than the bound tells a cut read from one that fits.
		found, err := r.store.Edges(ctx, graph.FactFilter{Involving: frontier, Types: relations, Limit: reads + 1})
		if err != nil {
			return nil, err
		}
		sort.Slice(found, func(i, j int) bool { return found[i].ID < found[j].ID })
		if len(found) > reads {
			found, truncated = found[:reads], true
		}
		var next []string
		for _, e := range found {
			edges[e.ID] = e
			for _, b := range endsOf(&e) {
				switch {
				case included[b]:
				case level == last:
					// an entity within the depth that the limit leaves out
					truncated = truncated || level <= d
				case len(order) >= max:
					truncated = true
				default:
					included[b] = true
					order = append(order, b)
					next = append(next, b)
				}
			}
		}
		if level < last && len(order) >= max {
			last = level + 1
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
