package gql

import (
	"context"
	"fmt"
	"log/slog"
	"slices"

	"github.com/actorgraph/kg/graph"
)

// loaders are one operation's data loaders. gqlgen resolves the items of a
// list concurrently; each item's resolver asks a loader for one key, and the
// loader gathers the keys of one level into one store call, read when every
// field that could still ask has asked (see batch.go). So a nested list
// costs one store call per level of the query, not one per row. Loaders
// cache by key, which is why they must never outlive the operation that
// built them.
//
// Entities are read without their Documents, which a hub has by the
// thousand and few queries ask for; entityDocuments reads those lists, for
// the documents fields alone.
type loaders struct {
	entities        *loader[string, graph.Entity]
	entityDocuments *loader[string, []string]
	documents       *loader[string, graph.Document]
	facts           *loader[factKey, []graph.Fact]
	// factSummaries are the same facts without their observations
	// (graph.FactFilter.WithoutObservations): what a field that shows no
	// evidence needs.
	factSummaries *loader[factKey, []graph.Fact]
	// factEnds are the same facts as Edges reads them (ids, type and
	// ends): what a field that lists the entities at the other ends needs.
	factEnds *loader[factKey, []graph.Fact]
	factByID *loader[string, graph.Fact]
	// tenures are the tenures of every office at a body, by body id.
	tenures *loader[string, []graph.Tenure]
}

// factEnd says which end of a fact a factKey names.
type factEnd uint8

const (
	fromEnd       factEnd = iota // the facts from the entity
	toEnd                        // the facts to the entity
	concerningEnd                // the condemnations concerning the entity
	anyEnd                       // the facts with the entity at any end
)

// factKey asks for the facts of one type at one end of one entity.
type factKey struct {
	typ graph.RelationType
	end factEnd
	id  string
}

func newLoaders(d *dispatcher, store Reader, opts Options) *loaders {
	l := &loaders{}
	l.entities = newLoader(d, guard(opts.Logger, func(ctx context.Context, ids []string) ([]graph.Entity, []error) {
		es, err := store.Entities(ctx, graph.EntityFilter{IDs: ids, WithoutDocuments: true})
		return inKeyOrder(ids, es, err, func(e graph.Entity) string { return e.ID }, "entity")
	}))
	l.entityDocuments = newLoader(d, guard(opts.Logger, func(ctx context.Context, ids []string) ([][]string, []error) {
		es, err := store.Entities(ctx, graph.EntityFilter{IDs: ids})
		byEntity, errs := inKeyOrder(ids, es, err, func(e graph.Entity) string { return e.ID }, "entity")
		if byEntity == nil {
			return nil, errs
		}
		docs := make([][]string, len(ids))
		for i, e := range byEntity {
			docs[i] = e.Documents
		}
		return docs, errs
	}))
	l.documents = newLoader(d, guard(opts.Logger, func(ctx context.Context, ids []string) ([]graph.Document, []error) {
		ds, err := store.Documents(ctx, graph.DocumentFilter{IDs: ids})
		return inKeyOrder(ids, ds, err, func(d graph.Document) string { return d.ID }, "document")
	}))
	l.factByID = newLoader(d, guard(opts.Logger, func(ctx context.Context, ids []string) ([]graph.Fact, []error) {
		fs, err := store.Facts(ctx, graph.FactFilter{IDs: ids})
		return inKeyOrder(ids, fs, err, func(f graph.Fact) string { return f.ID }, "fact")
	}))
	factLoader := func(read func(context.Context, graph.FactFilter) ([]graph.Fact, error)) *loader[factKey, []graph.Fact] {
		return newLoader(d, guard(opts.Logger, func(ctx context.Context, keys []factKey) ([][]graph.Fact, []error) {
			facts, err := fetchFacts(ctx, keys, read)
			if err != nil {
				return nil, []error{err}
			}
			return facts, nil
		}))
	}
	l.facts = factLoader(store.Facts)
	l.factSummaries = factLoader(func(ctx context.Context, f graph.FactFilter) ([]graph.Fact, error) {
		f.WithoutObservations = true
		return store.Facts(ctx, f)
	})
	l.factEnds = factLoader(func(ctx context.Context, f graph.FactFilter) ([]graph.Fact, error) {
		es, err := store.Edges(ctx, f)
		if err != nil {
			return nil, err
		}
		facts := make([]graph.Fact, len(es))
		for i, e := range es {
			facts[i] = graph.Fact{ID: e.ID, Type: e.Type, From: e.From, To: e.To, Concerning: e.Concerning}
		}
		return facts, nil
	})
	l.tenures = newLoader(d, guard(opts.Logger, func(ctx context.Context, ids []string) ([][]graph.Tenure, []error) {
		ts, err := store.Tenures(ctx, graph.TenureFilter{Organizations: ids, SingleHolder: opts.SingleHolderTitles})
		if err != nil {
			return nil, []error{err}
		}
		at := make(map[string]int, len(ids))
		for i, id := range ids {
			at[id] = i
		}
		out := make([][]graph.Tenure, len(ids))
		for _, t := range ts {
			if i, ok := at[t.Organization]; ok {
				out[i] = append(out[i], t)
			}
		}
		return out, nil
	}))
	return l
}

// guard turns a panic in the store into errPanic, logged with its stack as
// recoverFunc does: a panic in a batch's read would otherwise end the
// process, since it runs in a goroutine of its own.
func guard[K comparable, V any](log *slog.Logger, fetch func(context.Context, []K) ([]V, []error)) func(context.Context, []K) ([]V, []error) {
	return func(ctx context.Context, keys []K) (vs []V, errs []error) {
		defer func() {
			if p := recover(); p != nil {
				vs, errs = nil, []error{recoverFunc(log)(ctx, p)}
			}
		}()
		return fetch(ctx, keys)
	}
}

// inKeyOrder returns the values for ids, in the order of ids, whatever order
// the store gave them in, or err for every id when the read failed. An id
// the store does not return is an internal error of that id alone: ids come
// from the store's own facts, so the store is inconsistent.
func inKeyOrder[V any](ids []string, vs []V, err error, id func(V) string, what string) ([]V, []error) {
	if err != nil {
		return nil, []error{err}
	}
	byID := make(map[string]V, len(vs))
	for _, v := range vs {
		byID[id(v)] = v
	}
	out := make([]V, len(ids))
	var errs []error
	for i, k := range ids {
		v, ok := byID[k]
		if !ok {
			if errs == nil {
				errs = make([]error, len(ids))
			}
			errs[i] = graph.Internal("gql", fmt.Errorf("store has no %s %q, which one of its facts names", what, k))
		}
		out[i] = v
	}
	return out, errs
}

// fetchFacts answers a batch of factKeys with one call of read for each
// relation type and end among them (one in all, when the batch comes from
// one field of a list), and returns each key's facts in key order.
func fetchFacts(ctx context.Context, keys []factKey, read func(context.Context, graph.FactFilter) ([]graph.Fact, error)) ([][]graph.Fact, error) {
	type group struct {
		typ graph.RelationType
		end factEnd
	}
	var order []group
	ids := map[group][]string{}
	for _, k := range keys {
		g := group{k.typ, k.end}
		if _, ok := ids[g]; !ok {
			order = append(order, g)
		}
		ids[g] = append(ids[g], k.id)
	}
	asked := make(map[factKey]bool, len(keys))
	for _, k := range keys {
		asked[k] = true
	}
	got := make(map[factKey][]graph.Fact, len(keys))
	for _, g := range order {
		f := graph.FactFilter{Types: []graph.RelationType{g.typ}}
		switch g.end {
		case fromEnd:
			f.From = ids[g]
		case toEnd:
			f.To = ids[g]
		case concerningEnd:
			f.Concerning = ids[g]
		case anyEnd:
			f.Involving = ids[g]
		}
		facts, err := read(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, fact := range facts {
			var ends []string
			switch g.end {
			case fromEnd:
				ends = []string{fact.From}
			case toEnd:
				ends = []string{fact.To}
			case concerningEnd:
				ends = []string{fact.Concerning}
			case anyEnd:
				// A fact belongs to each of its ends that was asked for.
				ends = dedupe([]string{fact.From, fact.To, fact.Concerning})
			}
			for _, id := range ends {
				if k := (factKey{g.typ, g.end, id}); asked[k] {
					got[k] = append(got[k], fact)
				}
			}
		}
	}
	out := make([][]graph.Fact, len(keys))
	for i, k := range keys {
		out[i] = got[k]
	}
	return out, nil
}

// entitiesByID returns the entities with the given ids, in that order.
func (l *loaders) entitiesByID(ctx context.Context, ids []string) ([]graph.Entity, error) {
	return l.entities.LoadAll(ctx, ids)
}

// entity returns the entity with the given id.
//
// It gives the loader's own copy, which the caller must not change: an
// entity is about 200 bytes, and each copy on the way would be on the
// stack of the goroutine of every field that gives an entity.
func (l *loaders) entity(ctx context.Context, id string) (*graph.Entity, error) {
	return l.entities.ref(ctx, id)
}

// documentsByID returns the documents with the given ids, in that order.
func (l *loaders) documentsByID(ctx context.Context, ids []string) ([]graph.Document, error) {
	return l.documents.LoadAll(ctx, ids)
}

// factsAt returns the facts of type t at the given end of entity id, in the
// store's order. The list is the caller's own: the loader's cached one is
// shared by every resolver that asks for the same key, and callers sort.
// Without whole, they are read without their observations.
func (l *loaders) factsAt(ctx context.Context, t graph.RelationType, end factEnd, id string, whole bool) ([]graph.Fact, error) {
	from := l.factSummaries
	if whole {
		from = l.facts
	}
	facts, err := from.Load(ctx, factKey{typ: t, end: end, id: id})
	if err != nil {
		return nil, err
	}
	return slices.Clone(facts), nil
}

// endsAt returns the facts of type t at the given end of entity id with
// their ids, type and ends alone (as Edges reads them), in the store's
// order. The list is the loader's own, shared: the caller must not change
// it.
func (l *loaders) endsAt(ctx context.Context, t graph.RelationType, end factEnd, id string) ([]graph.Fact, error) {
	return l.factEnds.Load(ctx, factKey{typ: t, end: end, id: id})
}

// factsAtAll returns the facts of type t at the given end of each of ids,
// read in one batch.
func (l *loaders) factsAtAll(ctx context.Context, t graph.RelationType, end factEnd, ids []string) ([]graph.Fact, error) {
	keys := make([]factKey, len(ids))
	for i, id := range ids {
		keys[i] = factKey{typ: t, end: end, id: id}
	}
	lists, err := l.facts.LoadAll(ctx, keys)
	if err != nil {
		return nil, err
	}
	var out []graph.Fact
	for _, facts := range lists {
		out = append(out, facts...)
	}
	return out, nil
}

// factsByID returns the facts with the given ids, in that order.
func (l *loaders) factsByID(ctx context.Context, ids []string) ([]graph.Fact, error) {
	return l.factByID.LoadAll(ctx, ids)
}
