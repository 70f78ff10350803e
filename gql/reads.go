package gql

import (
	"context"
	"fmt"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/actorgraph/kg/graph"
)

// Reader is the part of graph.Store the API uses: it only reads. Every
// graph.Store is a Reader.
type Reader interface {
	Documents(ctx context.Context, f graph.DocumentFilter) ([]graph.Document, error)
	Entities(ctx context.Context, f graph.EntityFilter) ([]graph.Entity, error)
	Facts(ctx context.Context, f graph.FactFilter) ([]graph.Fact, error)
	// Edges is Facts without observations: what path and neighborhood
	// traverse, one call per level.
	Edges(ctx context.Context, f graph.FactFilter) ([]graph.Edge, error)
	// Search ranks entities by how well a name matches a query.
	Search(ctx context.Context, q graph.SearchQuery) ([]graph.SearchHit, error)
	// Tenures derives the tenures of the offices at some bodies.
	Tenures(ctx context.Context, f graph.TenureFilter) ([]graph.Tenure, error)
	// ReadPlan reads a request's entities and the facts its fields will
	// follow in one round trip (see plan.go).
	ReadPlan(ctx context.Context, p graph.Plan) (graph.PlanResult, error)
}

// reads is one operation's view of the store: its data loaders (see
// loaders.go), which batch the reads of sibling resolvers into one store call
// per level of the query and remember what they read by id. It lives only as
// long as the operation, so it never serves stale data across requests.
type reads struct {
	store Reader
	*loaders
}

type readsKey struct{}

// withReads gives the operation in ctx its own loaders; NewServer calls it
// for every operation.
func withReads(ctx context.Context, store Reader, opts Options, schema *ast.Schema) context.Context {
	d := newDispatcher(ctx, schema, opts.LoaderWait)
	ctx = context.WithValue(ctx, dispatcherKey{}, d)
	return context.WithValue(ctx, readsKey{}, &reads{store: store, loaders: newLoaders(d, store, opts)})
}

// readsFrom returns the operation's reads, or fresh ones when ctx comes from
// outside an operation (a resolver called directly).
func readsFrom(ctx context.Context, store Reader) *reads {
	if rd, ok := ctx.Value(readsKey{}).(*reads); ok {
		return rd
	}
	return freshReads(store)
}

// freshReads are the reads of a resolver called outside an operation. It is
// a function of its own, not inlined, so that readsFrom, which every
// resolver calls on the goroutine gqlgen gives it, keeps a small frame: the
// defaults' Options, built here, would otherwise make every such goroutine
// grow its stack (a fifth of a nested query's CPU time, measured).
//
//go:noinline
func freshReads(store Reader) *reads {
	return &reads{store: store, loaders: newLoaders(newDispatcher(context.Background(), nil, 0), store, Options{}.withDefaults())}
}

// named returns the entities of the given types one of whose names matches
// name by graph.NameKey. None is ENOTFOUND, naming the name and the types.
func (rd *reads) named(ctx context.Context, name string, types ...graph.EntityType) ([]graph.Entity, error) {
	if graph.NameKey(name) == "" {
		return nil, graph.Errorf(graph.EINVALID, "a name is required, not %q", name)
	}
	es, err := rd.store.Entities(ctx, graph.EntityFilter{Name: name, Types: types, WithoutDocuments: true})
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "no %s named %q", typeNames(types), name)
	}
	for _, e := range es {
		rd.entities.Prime(e.ID, e)
	}
	return es, nil
}

// namedIDs returns the ids of the entities named, as a filter value: a name
// shared by several entities selects all of them.
func (rd *reads) namedIDs(ctx context.Context, name string, types ...graph.EntityType) ([]string, error) {
	es, err := rd.named(ctx, name, types...)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids, nil
}

// one returns the single entity of the given types that name designates:
// the only match, or else the only one whose main name it is. Several
// matches by alias alone ("Hariri" for two persons) are EINVALID, listing
// them, because picking one would answer a question the user did not ask.
// It is the lookup of a top field (person(name:)), so it reads what the
// field's selection will follow along with the entity (see planned).
func (rd *reads) one(ctx context.Context, name string, types ...graph.EntityType) (graph.Entity, error) {
	if graph.NameKey(name) == "" {
		return graph.Entity{}, graph.Errorf(graph.EINVALID, "a name is required, not %q", name)
	}
	es, _, err := rd.planned(ctx, graph.EntityFilter{Name: name, Types: types, WithoutDocuments: true})
	if err != nil {
		return graph.Entity{}, err
	}
	if len(es) == 0 {
		return graph.Entity{}, graph.Errorf(graph.ENOTFOUND, "no %s named %q", typeNames(types), name)
	}
	for _, e := range es {
		rd.entities.Prime(e.ID, e)
	}
	if len(es) == 1 {
		return es[0], nil
	}
	key := graph.NameKey(name)
	var main []graph.Entity
	for _, e := range es {
		if graph.NameKey(e.Name) == key {
			main = append(main, e)
		}
	}
	if len(main) == 1 {
		return main[0], nil
	}
	list := make([]string, len(es))
	for i, e := range es {
		list[i] = fmt.Sprintf("%q (%s)", e.Name, e.ID)
	}
	kind := "entities"
	if len(types) == 1 {
		kind = strings.ToLower(string(types[0])) + "s"
	}
	return graph.Entity{}, graph.Errorf(graph.EINVALID, "%q names %d %s: %s; use a main name",
		name, len(es), kind, strings.Join(list, ", "))
}

// typeNames says "person", "organization or state", and so on.
func typeNames(types []graph.EntityType) string {
	if len(types) == 0 {
		return "entity"
	}
	names := make([]string, len(types))
	for i, t := range types {
		names[i] = strings.ToLower(string(t))
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
