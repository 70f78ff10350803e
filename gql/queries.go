package gql

import (
	"context"

	"github.com/actorgraph/kg/graph"
)

// The entry points of Query, called by the query resolvers.

// actorTypes are the types that can condemn and be condemned.
var actorTypes = []graph.EntityType{graph.Person, graph.Organization, graph.State}

// bodyTypes are the types that can hold a meeting or a role.
var bodyTypes = []graph.EntityType{graph.Organization, graph.State}

// lookup returns the one entity of type t that name designates, as the
// GraphQL type to makes of it.
func lookup[T any](ctx context.Context, r *Resolver, name string, t graph.EntityType, to func(graph.Entity) T) (*T, error) {
	e, err := readsFrom(ctx, r.store).one(ctx, name, t)
	if err != nil {
		return nil, err
	}
	v := to(e)
	return &v, nil
}

func dedupe(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// Bounds of search.
const defaultSearchFirst = 10

// search returns the entities whose names best match query, best first.
func (r *Resolver) search(ctx context.Context, query string, types []graph.EntityType, first *int) ([]SearchHit, error) {
	n, err := checkFirst(first, defaultSearchFirst)
	if err != nil {
		return nil, err
	}
	if graph.NameKey(query) == "" {
		return nil, graph.Errorf(graph.EINVALID, "search needs a query with a letter or digit, not %q", query)
	}
	if n == 0 {
		return []SearchHit{}, nil
	}
	hits, err := r.store.Search(ctx, graph.SearchQuery{Text: query, Types: types, Limit: n, WithoutDocuments: true})
	if err != nil {
		return nil, err
	}
	rd := readsFrom(ctx, r.store)
	out := make([]SearchHit, 0, len(hits))
	for _, h := range hits {
		e, err := asEntity(h.Entity)
		if err != nil {
			return nil, err
		}
		rd.entities.Prime(h.Entity.ID, h.Entity)
		out = append(out, SearchHit{Entity: e, Score: h.Score})
	}
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}
