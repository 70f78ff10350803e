package gql

import (
	"context"
	"sort"

	"github.com/actorgraph/kg/graph"
)

// The helpers below follow the relationships of one entity. Resolvers call
// them and do nothing else, so that *.resolvers.go stays free of logic that
// gqlgen would move around on regeneration.

// factsAbout returns the facts of type t from (out) or to (!out) entity id,
// earliest observed first, through the operation's fact loader.
//
// The facts are read whole only when the field asks for their evidence.
func (r *Resolver) factsAbout(ctx context.Context, id string, t graph.RelationType, out bool) ([]graph.Fact, error) {
	facts, err := readsFrom(ctx, r.store).factsAt(ctx, t, endOf(out), id, wantsObservations(ctx))
	if err != nil {
		return nil, err
	}
	sortFacts(facts)
	return facts, nil
}

// endOf is the end of the facts of an entity from it (out) or to it (!out).
func endOf(out bool) factEnd {
	if out {
		return fromEnd
	}
	return toEnd
}

// condemnationsConcerning returns the condemnations about agreement or
// event id, earliest observed first.
func (r *Resolver) condemnationsConcerning(ctx context.Context, id string) ([]graph.Fact, error) {
	facts, err := readsFrom(ctx, r.store).factsAt(ctx, graph.Condemned, concerningEnd, id, wantsObservations(ctx))
	if err != nil {
		return nil, err
	}
	sortFacts(facts)
	return facts, nil
}

// linked returns the entities related to entity id by facts of type t: the
// ends of its outgoing facts when out, else the starts of its incoming ones.
// Only entities of the given types are kept (all when none are given), each
// once, by id.
//
// It runs on the goroutine gqlgen gives each parent's field, so its frame
// is kept small: the work with maps and sorting is in functions of its own
// (otherEnds, keepTypes), whose frames are gone before the loaders' calls
// run, and a stack that would otherwise grow on every such goroutine does
// not.
func (r *Resolver) linked(ctx context.Context, id string, t graph.RelationType, out bool, types ...graph.EntityType) ([]graph.Entity, error) {
	rd := readsFrom(ctx, r.store)
	// only the ends are used, and the list is not changed
	facts, err := rd.endsAt(ctx, t, endOf(out), id)
	if err != nil {
		return nil, err
	}
	es, err := rd.entitiesByID(ctx, otherEnds(facts, out, types))
	if err != nil {
		return nil, err
	}
	return keepTypes(es, types), nil
}

// otherEnds returns the ids at the other end of facts (their To when out,
// else their From), each once, of the given types (any when none is given)
// as far as canonical ids tell.
//
//go:noinline
func otherEnds(facts []graph.Fact, out bool, types []graph.EntityType) []string {
	var ids []string
	seen := make(map[string]bool, len(facts))
	for i := range facts {
		other := facts[i].To
		if !out {
			other = facts[i].From
		}
		// Canonical ids name their type, so most unwanted ends are dropped
		// before any read; the rest are dropped by their stored type in
		// keepTypes.
		if it := graph.IDType(other); it != "" && len(types) > 0 && !containsType(types, it) {
			continue
		}
		if !seen[other] {
			seen[other] = true
			ids = append(ids, other)
		}
	}
	return ids
}

// keepTypes keeps the entities of the given types (all when none is given),
// by id.
//
//go:noinline
func keepTypes(es []graph.Entity, types []graph.EntityType) []graph.Entity {
	kept := es[:0]
	for _, e := range es {
		if len(types) == 0 || containsType(types, e.Type) {
			kept = append(kept, e)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].ID < kept[j].ID })
	return kept
}

// linkedOne is the first of linked, or nil when there is none: for a
// meeting's place or body, of which the documents give at most one.
func (r *Resolver) linkedOne(ctx context.Context, id string, t graph.RelationType, out bool, types ...graph.EntityType) (Entity, error) {
	es, err := r.linked(ctx, id, t, out, types...)
	if err != nil || len(es) == 0 {
		return nil, err
	}
	return asEntity(es[0])
}

// linkedEntities is linked as GraphQL Entity values.
func (r *Resolver) linkedEntities(ctx context.Context, id string, t graph.RelationType, out bool, types ...graph.EntityType) ([]Entity, error) {
	es, err := r.linked(ctx, id, t, out, types...)
	if err != nil {
		return nil, err
	}
	return asEntities(es)
}

// meetingsLinked returns the meetings related to id by t, earliest first.
func (r *Resolver) meetingsLinked(ctx context.Context, id string, t graph.RelationType, out bool) ([]Meeting, error) {
	es, err := r.linked(ctx, id, t, out, graph.Meeting)
	if err != nil {
		return nil, err
	}
	sortChronologically(es)
	return convert(es, toMeeting), nil
}

// meetingsHeld returns the meetings body id held whose days overlap
// [from, to], earliest first.
func (r *Resolver) meetingsHeld(ctx context.Context, id string, from, to *graph.Date) ([]Meeting, error) {
	f, t, err := dateRange(from, to)
	if err != nil {
		return nil, err
	}
	es, err := r.linked(ctx, id, graph.Held, true, graph.Meeting)
	if err != nil {
		return nil, err
	}
	es = keepEntities(es, meetingDays(f, t))
	sortChronologically(es)
	return convert(es, toMeeting), nil
}

// eventsIn returns the events of kind t (any when nil) that occurred in
// place id within [from, to], earliest first.
func (r *Resolver) eventsIn(ctx context.Context, id string, t *EventType, from, to *graph.Date) ([]Event, error) {
	f, tt, err := dateRange(from, to)
	if err != nil {
		return nil, err
	}
	es, err := r.linked(ctx, id, graph.OccurredIn, false, graph.Event)
	if err != nil {
		return nil, err
	}
	es = keepEntities(es, allOf(ofKind(enumString(t), func(e *graph.Entity) string { return e.EventType }),
		onDays(f, tt, func(e *graph.Entity) graph.Date { return e.Date })))
	sortChronologically(es)
	return convert(es, toEvent), nil
}

// keepEntities keeps the entities keep accepts (all when it is nil).
func keepEntities(es []graph.Entity, keep func(*graph.Entity) bool) []graph.Entity {
	if keep == nil {
		return es
	}
	kept := es[:0]
	for i := range es {
		if keep(&es[i]) {
			kept = append(kept, es[i])
		}
	}
	return kept
}

// condemnationsOf returns the condemnations actor id issued or received,
// earliest observed first: one batched read for both ends.
func (r *Resolver) condemnationsOf(ctx context.Context, id string) ([]graph.Fact, error) {
	facts, err := readsFrom(ctx, r.store).factsAt(ctx, graph.Condemned, anyEnd, id, wantsObservations(ctx))
	if err != nil {
		return nil, err
	}
	kept := facts[:0]
	for _, f := range facts {
		// Involving matches the concerning end too, which an actor never is.
		if f.From == id || f.To == id {
			kept = append(kept, f)
		}
	}
	sortFacts(kept)
	return kept, nil
}

// documentFacts returns the facts document id states, by id.
func (r *Resolver) documentFacts(ctx context.Context, id string) ([]graph.Fact, error) {
	fs, err := r.store.Facts(ctx, graph.FactFilter{Document: id})
	if err != nil {
		return nil, err
	}
	sortItems(fs, func(f *graph.Fact) string { return f.ID })
	return fs, nil
}

// agreementsLinked returns the agreements related to id by t, by id.
func (r *Resolver) agreementsLinked(ctx context.Context, id string, t graph.RelationType, out bool) ([]Agreement, error) {
	es, err := r.linked(ctx, id, t, out, graph.Agreement)
	if err != nil {
		return nil, err
	}
	return convert(es, toAgreement), nil
}

// parts returns the organisations that are part of body id, by id.
func (r *Resolver) parts(ctx context.Context, id string) ([]Organization, error) {
	es, err := r.linked(ctx, id, graph.PartOf, false, graph.Organization)
	if err != nil {
		return nil, err
	}
	return convert(es, toOrganization), nil
}

// end returns the entity at one end of a fact, as its GraphQL type; the
// empty id (a condemnation concerning nothing) gives nil.
func (r *Resolver) end(ctx context.Context, id string) (Entity, error) {
	if id == "" {
		return nil, nil
	}
	e, err := readsFrom(ctx, r.store).entity(ctx, id)
	if err != nil {
		return nil, err
	}
	return asEntityOf(e)
}

// holder returns the person at the start of a HOLDS_ROLE fact.
func (r *Resolver) holder(ctx context.Context, f *graph.Fact) (*Person, error) {
	e, err := readsFrom(ctx, r.store).entity(ctx, f.From)
	if err != nil {
		return nil, err
	}
	p := Person(*e)
	return &p, nil
}

// documentsOf returns the documents with the given ids, by publication date
// (undated ones last) then id.
func (r *Resolver) documentsOf(ctx context.Context, ids []string) ([]Document, error) {
	ds, err := readsFrom(ctx, r.store).documentsByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	sortItems(ds, documentKey)
	return documentsAs(ds, nil)
}

// entityDocuments returns the documents that support an entity, as
// documentsOf orders them.
func (r *Resolver) entityDocuments(ctx context.Context, id string) ([]Document, error) {
	ids, err := readsFrom(ctx, r.store).entityDocuments.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	return r.documentsOf(ctx, ids)
}

// document returns the document an observation cites.
func (r *Resolver) document(ctx context.Context, e *Evidence) (*Document, error) {
	ds, err := readsFrom(ctx, r.store).documentsByID(ctx, []string{e.obs.DocumentID})
	if err != nil {
		return nil, err
	}
	d := Document(ds[0])
	return &d, nil
}

// documentEntities returns the entities a document supports, by id.
func (r *Resolver) documentEntities(ctx context.Context, id string) ([]Entity, error) {
	es, err := r.store.Entities(ctx, graph.EntityFilter{Document: id, WithoutDocuments: true})
	if err != nil {
		return nil, err
	}
	return asEntities(es)
}

// sortChronologically orders meetings or events by their first day (start,
// or date), undated ones last, then by session and id: the order of
// chronoKey, which the connections page by.
func sortChronologically(es []graph.Entity) { sortItems(es, chronoKey) }

// sortFacts orders facts by when they were first observed, undated ones
// last, then by id: the order of factSortKey.
func sortFacts(fs []graph.Fact) { sortItems(fs, factSortKey) }

func containsType(ts []graph.EntityType, t graph.EntityType) bool {
	for _, v := range ts {
		if v == t {
			return true
		}
	}
	return false
}
