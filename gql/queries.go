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

// meetings lists the meetings held by the bodies named body, or every
// meeting when body is nil, earliest first.
func (r *Resolver) meetings(ctx context.Context, body *string) ([]Meeting, error) {
	if body == nil {
		es, err := r.store.Entities(ctx, graph.EntityFilter{Types: []graph.EntityType{graph.Meeting}})
		if err != nil {
			return nil, err
		}
		sortChronologically(es)
		return convert(es, toMeeting), nil
	}
	rd := readsFrom(ctx, r.store)
	bodies, err := rd.namedIDs(ctx, *body, bodyTypes...)
	if err != nil {
		return nil, err
	}
	facts, err := r.store.Facts(ctx, graph.FactFilter{Types: []graph.RelationType{graph.Held}, From: bodies})
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(facts))
	for _, f := range facts {
		ids = append(ids, f.To)
	}
	es, err := rd.entitiesByID(ctx, dedupe(ids))
	if err != nil {
		return nil, err
	}
	sortChronologically(es)
	return convert(es, toMeeting), nil
}

// condemnations lists the condemnations whose issuer, target and subject
// have the given names (any when nil), earliest observed first.
func (r *Resolver) condemnations(ctx context.Context, by, target, concerning *string) ([]graph.Fact, error) {
	rd := readsFrom(ctx, r.store)
	f := graph.FactFilter{Types: []graph.RelationType{graph.Condemned}}
	for _, arg := range []struct {
		name  *string
		types []graph.EntityType
		ids   *[]string
	}{
		{by, actorTypes, &f.From},
		{target, actorTypes, &f.To},
		{concerning, []graph.EntityType{graph.Agreement, graph.Event}, &f.Concerning},
	} {
		if arg.name == nil {
			continue
		}
		ids, err := rd.namedIDs(ctx, *arg.name, arg.types...)
		if err != nil {
			return nil, err
		}
		*arg.ids = ids
	}
	return r.facts(ctx, f)
}

// documents lists the stored documents, at most limit of them.
func (r *Resolver) documents(ctx context.Context, limit *int) ([]graph.Document, error) {
	f := graph.DocumentFilter{}
	if limit != nil {
		if *limit < 0 {
			return nil, graph.Errorf(graph.EINVALID, "limit must not be negative, not %d", *limit)
		}
		if *limit == 0 {
			return []graph.Document{}, nil
		}
		f.Limit = *limit
	}
	return r.store.Documents(ctx, f)
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
