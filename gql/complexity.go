package gql

import (
	"context"
	"math"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/actorgraph/kg/graph"
)

// Query complexity, as gqlgen's complexity package adds it up: a field
// counts one plus its selection, and a field that returns up to `first` (or
// `limit`, or len(ids)) items counts one plus its selection that many
// times, since its selection is resolved once per item. A `first` beyond
// the maximum counts as the maximum: the resolver refuses it as
// BAD_USER_INPUT, which says more than a complexity error would.
// Relationship lists that take no `first` (Person.roles, Document.facts,
// Fact.evidence …) count as DefaultListBound items each: without it,
// 40 aliases of documents(first:100){facts{evidence{text}}} cost 12,000 and
// answered 235 MB.
//
// gqlgen's own walker (complexity.Calculate) expands every fragment spread
// afresh, so a kilobyte of fragments spreading the next one twice costs 2^L;
// this one computes each fragment's cost once.

// DefaultListBound is the number of items a relationship list without
// `first` counts for in a query's complexity.
const DefaultListBound = 20

// codeComplexityLimit is gqlgen's extensions.code for a refused operation.
const codeComplexityLimit = "COMPLEXITY_LIMIT_EXCEEDED"

// complexityLimit refuses, before anything runs, an operation whose
// complexity exceeds max, and records the complexity for the limit on
// concurrent expensive operations (see busy.go).
type complexityLimit struct {
	max int
	es  graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &complexityLimit{}

func (*complexityLimit) ExtensionName() string { return "ComplexityLimit" }

func (c *complexityLimit) Validate(es graphql.ExecutableSchema) error {
	c.es = es
	return nil
}

// complexityStats is where the operation's complexity is kept in its Stats.
const complexityStats = "kgComplexity"

func (c *complexityLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Doc.Operations.ForName(oc.OperationName)
	if op == nil {
		return nil
	}
	w := costWalker{es: c.es, vars: oc.Variables, memo: map[string]int{}}
	cost := w.cost(ctx, op.SelectionSet)
	oc.Stats.SetExtension(complexityStats, cost)
	if cost > c.max {
		err := gqlerror.Errorf("operation has complexity %d, which exceeds the limit of %d", cost, c.max)
		errcode.Set(err, codeComplexityLimit)
		return err
	}
	return nil
}

// operationCost is the complexity complexityLimit found for the operation
// of ctx, or 0.
func operationCost(ctx context.Context) int {
	oc := graphql.GetOperationContext(ctx)
	cost, _ := oc.Stats.GetExtension(complexityStats).(int)
	return cost
}

// costWalker adds up a selection's cost, each fragment's once. A
// fragment's cost does not depend on where it is spread: as in gqlgen, a
// field on an interface costs the most of its implementations.
type costWalker struct {
	es   graphql.ExecutableSchema
	vars map[string]any
	memo map[string]int
}

func (w costWalker) cost(ctx context.Context, set ast.SelectionSet) int {
	total := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			total = add(total, w.fieldCost(ctx, s))
		case *ast.InlineFragment:
			total = add(total, w.cost(ctx, s.SelectionSet))
		case *ast.FragmentSpread:
			if s.Definition == nil {
				continue
			}
			c, ok := w.memo[s.Name]
			if !ok {
				// Validation has refused cycles; the zero marks the
				// fragment as being measured all the same, so a cycle
				// could not loop.
				w.memo[s.Name] = 0
				c = w.cost(ctx, s.Definition.SelectionSet)
				w.memo[s.Name] = c
			}
			total = add(total, c)
		}
	}
	return total
}

func (w costWalker) fieldCost(ctx context.Context, f *ast.Field) int {
	if f.Definition == nil || f.ObjectDefinition == nil {
		return 1
	}
	typ := w.es.Schema().Types[f.Definition.Type.Name()]
	if typ == nil || typ.Name == "__Schema" {
		// Introspection is answered by gqlgen from the fixed schema.
		return 0
	}
	child := 0
	switch typ.Kind {
	case ast.Object, ast.Interface, ast.Union:
		child = w.cost(ctx, f.SelectionSet)
	}
	args := f.ArgumentMap(w.vars)
	owners := []*ast.Definition{f.ObjectDefinition}
	if f.ObjectDefinition.Kind == ast.Interface {
		owners = w.es.Schema().GetPossibleTypes(f.ObjectDefinition)
	}
	most := 0
	for _, owner := range owners {
		c, ok := w.es.Complexity(ctx, owner.Name, f.Name, child, args)
		if !ok || c < 1 {
			c = add(1, child)
			if f.Definition.Type.Elem != nil {
				c = times(DefaultListBound, child)
			}
		}
		most = max(most, c)
	}
	return most
}

// add is a saturating sum of two costs, neither negative.
func add(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

// times is the cost of a list of up to n items whose selection costs child.
// It saturates rather than overflow: a cost that wrapped round to a negative
// number would make gqlgen fall back to the default cost, which a deeply
// nested query could use to slip under the limit.
func times(n, child int) int {
	n = max(0, n)
	if n > 0 && child > (math.MaxInt-1)/n {
		return math.MaxInt
	}
	return 1 + n*child
}

// items is the number of items a first argument asks for: def when it is
// nil, clamped to [0, hi].
func items(first *int, def, hi int) int {
	if first == nil {
		return def
	}
	return max(0, min(*first, hi))
}

func listCost(first *int) func(int) int {
	n := items(first, defaultListFirst, MaxFirst)
	return func(child int) int { return times(n, child) }
}

func connectionCost(first *int) int { return items(first, defaultConnectionFirst, MaxFirst) }

// setComplexity installs the costs of every field that takes first, limit
// or a list of ids.
func setComplexity(c *ComplexityRoot) {
	q := &c.Query
	q.Nodes = func(child int, ids []string) int { return times(min(len(ids), MaxNodeIDs), child) }
	q.Search = func(child int, _ string, _ []graph.EntityType, first *int) int {
		return times(items(first, defaultSearchFirst, MaxFirst), child)
	}
	q.People = func(child int, _ *string, first *int) int { return listCost(first)(child) }
	q.PeopleConnection = func(child int, _ *string, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Organizations = func(child int, _ *string, first *int) int { return listCost(first)(child) }
	q.OrganizationsConnection = func(child int, _ *string, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.States = func(child int, _ *string, first *int) int { return listCost(first)(child) }
	q.StatesConnection = func(child int, _ *string, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Places = func(child int, _ *string, _ *PlaceType, first *int) int { return listCost(first)(child) }
	q.PlacesConnection = func(child int, _ *string, _ *PlaceType, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Agreements = func(child int, _, _ *string, _, _ *graph.Date, first *int) int { return listCost(first)(child) }
	q.AgreementsConnection = func(child int, _, _ *string, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Meetings = func(child int, _, _, _ *string, _, _ *graph.Date, first *int) int { return listCost(first)(child) }
	q.MeetingsConnection = func(child int, _, _, _ *string, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Events = func(child int, _ *EventType, _, _ *string, _, _ *graph.Date, first *int) int {
		return listCost(first)(child)
	}
	q.EventsConnection = func(child int, _ *EventType, _, _ *string, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Condemnations = func(child int, _, _, _ *string, _, _ *graph.Date, first *int) int {
		return listCost(first)(child)
	}
	q.CondemnationsConnection = func(child int, _, _, _ *string, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Documents = func(child int, limit *int, _, _ *graph.Date, first *int) int {
		if limit != nil {
			first = limit
		}
		return listCost(first)(child)
	}
	q.DocumentsConnection = func(child int, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Timeline = func(child int, _ string, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	// A path has up to maxHops+1 entities and maxHops relationships, and its
	// selection is resolved for each of first paths.
	q.Path = func(child int, _, _ string, maxHops *int, _ []graph.RelationType, first *int) int {
		hops := items(maxHops, defaultPathHops, MaxPathHops)
		return times(items(first, defaultPathFirst, MaxFirst)*(hops+1), child)
	}
	q.Neighborhood = func(child int, _ []string, _ *int, _ []graph.RelationType, limit *int) int {
		return times(items(limit, defaultNeighborhoodNs, MaxNeighborhoodLimit), child)
	}
	// The lists whose length the field above them has counted already: a
	// connection's edges (first), a path's nodes and relationships (hops),
	// a neighborhood's nodes and edges (limit). Each counts its selection
	// once rather than DefaultListBound times.
	once := func(child int) int { return add(1, child) }
	c.AgreementConnection.Edges = once
	c.CondemnationConnection.Edges = once
	c.DocumentConnection.Edges = once
	c.EventConnection.Edges = once
	c.MeetingConnection.Edges = once
	c.OrganizationConnection.Edges = once
	c.PersonConnection.Edges = once
	c.PlaceConnection.Edges = once
	c.StateConnection.Edges = once
	c.TimelineConnection.Edges = once
	c.Path.Nodes = once
	c.Path.Relationships = once
	c.Graph.Nodes = once
	c.Graph.Edges = once
}
