package gql

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"github.com/actorgraph/kg/graph"
)

// Reader is the part of graph.Store the API uses: it only reads. Every
// graph.Store is a Reader.
type Reader interface {
	Documents(ctx context.Context, f graph.DocumentFilter) ([]graph.Document, error)
	Entities(ctx context.Context, f graph.EntityFilter) ([]graph.Entity, error)
	Facts(ctx context.Context, f graph.FactFilter) ([]graph.Fact, error)
}

// reads is one operation's view of the store. It remembers every entity and
// document it loaded by id, so that the evidence of many facts citing one
// document, or many roles at one organisation, load it once. It lives only as
// long as the operation, so it never serves stale data across requests.
type reads struct {
	store     Reader
	entities  memo[graph.Entity]
	documents memo[graph.Document]
}

type readsKey struct{}

func withReads(ctx context.Context, store Reader) context.Context {
	return context.WithValue(ctx, readsKey{}, &reads{store: store})
}

// readsFrom returns the operation's reads, or uncached ones when ctx comes
// from outside an operation (a resolver called directly).
func readsFrom(ctx context.Context, store Reader) *reads {
	if rd, ok := ctx.Value(readsKey{}).(*reads); ok {
		return rd
	}
	return &reads{store: store}
}

// entity returns the entity with the given id. A fact whose end the store
// does not have is a broken store, so a missing id is an internal error.
func (rd *reads) entity(ctx context.Context, id string) (graph.Entity, error) {
	es, err := rd.entitiesByID(ctx, []string{id})
	if err != nil {
		return graph.Entity{}, err
	}
	return es[0], nil
}

// entitiesByID returns the entities with the given ids, in that order,
// loading those it has not seen in one read.
func (rd *reads) entitiesByID(ctx context.Context, ids []string) ([]graph.Entity, error) {
	return rd.entities.getAll(ids, func(missing []string) (map[string]graph.Entity, error) {
		es, err := rd.store.Entities(ctx, graph.EntityFilter{IDs: missing})
		if err != nil {
			return nil, err
		}
		byID := make(map[string]graph.Entity, len(es))
		for _, e := range es {
			byID[e.ID] = e
		}
		return byID, nil
	}, "entity")
}

// documentsByID returns the documents with the given ids, in that order.
func (rd *reads) documentsByID(ctx context.Context, ids []string) ([]graph.Document, error) {
	return rd.documents.getAll(ids, func(missing []string) (map[string]graph.Document, error) {
		ds, err := rd.store.Documents(ctx, graph.DocumentFilter{IDs: missing})
		if err != nil {
			return nil, err
		}
		byID := make(map[string]graph.Document, len(ds))
		for _, d := range ds {
			byID[d.ID] = d
		}
		return byID, nil
	}, "document")
}

// named returns the entities of the given types one of whose names matches
// name by graph.NameKey. None is ENOTFOUND, naming the name and the types.
func (rd *reads) named(ctx context.Context, name string, types ...graph.EntityType) ([]graph.Entity, error) {
	if graph.NameKey(name) == "" {
		return nil, graph.Errorf(graph.EINVALID, "a name is required, not %q", name)
	}
	es, err := rd.store.Entities(ctx, graph.EntityFilter{Name: name, Types: types})
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "no %s named %q", typeNames(types), name)
	}
	rd.entities.put(es, func(e graph.Entity) string { return e.ID })
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

// one returns the single entity of type t that name designates: the only
// match, or else the only one whose main name it is. Several matches by alias
// alone ("Hariri" for two persons) are EINVALID, listing them, because
// picking one would answer a question the user did not ask.
func (rd *reads) one(ctx context.Context, name string, t graph.EntityType) (graph.Entity, error) {
	es, err := rd.named(ctx, name, t)
	if err != nil {
		return graph.Entity{}, err
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
	return graph.Entity{}, graph.Errorf(graph.EINVALID, "%q names %d %ss: %s; use a main name",
		name, len(es), strings.ToLower(string(t)), strings.Join(list, ", "))
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

// primeEnds loads, in one read, the entities at the ends of facts when the
// query selects any of the given fields of them, so that resolving
// "organization" of twenty roles does not read the store twenty times.
func (rd *reads) primeEnds(ctx context.Context, facts []graph.Fact, fields ...string) error {
	if len(facts) < 2 || !selects(ctx, fields...) {
		return nil
	}
	var ids []string
	for _, f := range facts {
		ids = append(ids, f.From, f.To)
		if f.Concerning != "" {
			ids = append(ids, f.Concerning)
		}
	}
	_, err := rd.entitiesByID(ctx, ids)
	return err
}

// selects reports whether the current field's selection asks for any of the
// named fields, under any fragment.
func selects(ctx context.Context, fields ...string) bool {
	if !graphql.HasOperationContext(ctx) || graphql.GetFieldContext(ctx) == nil {
		return false
	}
	for _, f := range graphql.CollectAllFields(ctx) {
		if slices.Contains(fields, f) {
			return true
		}
	}
	return false
}

// memo remembers values by id for one operation. Concurrent resolvers asking
// for the same id share one read.
type memo[V any] struct {
	mu    sync.Mutex
	calls map[string]*memoCall[V]
}

type memoCall[V any] struct {
	done chan struct{}
	v    V
	ok   bool
	err  error
}

// put records values already read.
func (m *memo[V]) put(vs []V, id func(V) string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.calls == nil {
		m.calls = map[string]*memoCall[V]{}
	}
	for _, v := range vs {
		if _, seen := m.calls[id(v)]; !seen {
			c := &memoCall[V]{done: make(chan struct{}), v: v, ok: true}
			close(c.done)
			m.calls[id(v)] = c
		}
	}
}

// getAll returns the values for ids in order, loading every id not yet asked
// for with one call of load. An id that load does not return is an internal
// error: ids come from the store's own facts, so the store is inconsistent.
func (m *memo[V]) getAll(ids []string, load func([]string) (map[string]V, error), what string) ([]V, error) {
	m.mu.Lock()
	if m.calls == nil {
		m.calls = map[string]*memoCall[V]{}
	}
	var missing []string
	var mine []*memoCall[V]
	for _, id := range ids {
		if _, ok := m.calls[id]; !ok {
			c := &memoCall[V]{done: make(chan struct{})}
			m.calls[id] = c
			missing = append(missing, id)
			mine = append(mine, c)
		}
	}
	m.mu.Unlock()

	if len(missing) > 0 {
		got, err := load(missing)
		for i, id := range missing {
			c := mine[i]
			c.v, c.ok = got[id]
			c.err = err
			close(c.done)
		}
	}

	out := make([]V, len(ids))
	for i, id := range ids {
		m.mu.Lock()
		c := m.calls[id]
		m.mu.Unlock()
		<-c.done
		if c.err != nil {
			return nil, c.err
		}
		if !c.ok {
			return nil, graph.Internal("gql", fmt.Errorf("store has no %s %q, which one of its facts names", what, id))
		}
		out[i] = c.v
	}
	return out, nil
}
