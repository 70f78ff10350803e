package gql

import (
	"context"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// The typed lists of Query and their connections. A list reads the entities
// its relation filters (body, place, party) allow, with one Store.Edges call
// per filter, then the entities themselves in one Store.Entities call; the
// date and kind filters, the order and the page are applied here, since the
// store offers neither. Every list is ordered by a sort key (paging.go).

// entityQuery is what a typed list selects.
type entityQuery struct {
	typ  graph.EntityType
	name *string
	// linked narrows the list to the entities linked to named ones.
	linked []linkFilter
	// keep, when set, keeps only the entities it accepts.
	keep func(*graph.Entity) bool
	// limit, when positive and keep is nil, asks the store for no more
	// entities than that: for a list in the store's own order (by id).
	limit int
}

// linkFilter selects the entities joined by a fact of type rel to one of
// the entities of the given types that name designates. listedFrom says
// that the listed entity is the fact's From end (a meeting OCCURRED_IN a
// place), rather than its To end (a meeting HELD by a body).
type linkFilter struct {
	name       *string
	types      []graph.EntityType
	rel        graph.RelationType
	listedFrom bool
}

// placeTypes are the types that can be named as a place.
var placeTypes = []graph.EntityType{graph.Place, graph.State}

// selectEntities returns the entities a list selects, in no order, and
// whether it read ahead what the list's fields follow from them (see
// planned).
func (r *Resolver) selectEntities(ctx context.Context, q entityQuery) ([]graph.Entity, bool, error) {
	rd := readsFrom(ctx, r.store)
	f := graph.EntityFilter{Types: []graph.EntityType{q.typ}, WithoutDocuments: true}
	if q.name != nil {
		if graph.NameKey(*q.name) == "" {
			return nil, false, graph.Errorf(graph.EINVALID, "a name is required, not %q", *q.name)
		}
		f.Name = *q.name
	}
	var allowed map[string]bool
	for _, l := range q.linked {
		if l.name == nil {
			continue
		}
		named, err := rd.namedIDs(ctx, *l.name, l.types...)
		if err != nil {
			return nil, false, err
		}
		ff := graph.FactFilter{Types: []graph.RelationType{l.rel}}
		if l.listedFrom {
			ff.To = named
		} else {
			ff.From = named
		}
		edges, err := r.store.Edges(ctx, ff)
		if err != nil {
			return nil, false, err
		}
		here := map[string]bool{}
		for _, e := range edges {
			id := e.To
			if l.listedFrom {
				id = e.From
			}
			if allowed == nil || allowed[id] {
				here[id] = true
			}
		}
		allowed = here
	}
	if allowed != nil {
		if len(allowed) == 0 {
			return nil, false, nil
		}
		for id := range allowed {
			f.IDs = append(f.IDs, id)
		}
	}
	if q.keep == nil {
		f.Limit = q.limit
	}
	es, ahead, err := rd.planned(ctx, f)
	if err != nil {
		return nil, false, err
	}
	kept := es[:0]
	for i := range es {
		if q.keep == nil || q.keep(&es[i]) {
			kept = append(kept, es[i])
			// Nested fields of the list read these by id again.
			rd.entities.Prime(es[i].ID, es[i])
		}
	}
	return kept, ahead, nil
}

// order is the order of a list: its sort key, and whether it is the
// store's own order, by id, so that the store can stop after the first n.
type order struct {
	key     func(*graph.Entity) string
	storeIs bool
}

var (
	byID          = order{key: idKey, storeIs: true}
	chronological = order{key: chronoKey}
)

// list is a plain list: the first n entities of q, in order o.
func list[T any](ctx context.Context, r *Resolver, q entityQuery, o order, first *int, to func(graph.Entity) T) ([]T, error) {
	n, err := checkFirst(first, defaultListFirst)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return []T{}, nil
	}
	if o.storeIs {
		q.limit = n
	}
	es, ahead, err := r.selectEntities(ctx, q)
	if err != nil {
		return nil, err
	}
	page := firstN(es, o.key, n)
	if !ahead {
		if err := readsFrom(ctx, r.store).readAhead(ctx, entityIDsOf(page)); err != nil {
			return nil, err
		}
	}
	return convert(page, to), nil
}

func entityIDsOf(es []graph.Entity) []string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

// connection is a page of the entities of q, in order o. It reads every
// entity q selects, since totalCount counts them and the store cannot
// start after a cursor.
func connection[T any](ctx context.Context, r *Resolver, q entityQuery, o order, first *int, after *string, to func(graph.Entity) T) (page[T], error) {
	n, err := checkFirst(first, defaultConnectionFirst)
	if err != nil {
		return page[T]{}, err
	}
	es, ahead, err := r.selectEntities(ctx, q)
	if err != nil {
		return page[T]{}, err
	}
	p, err := paginate(es, o.key, n, after)
	if err != nil {
		return page[T]{}, err
	}
	if !ahead {
		if err := readsFrom(ctx, r.store).readAhead(ctx, entityIDsOf(p.items)); err != nil {
			return page[T]{}, err
		}
	}
	return page[T]{items: convert(p.items, to), cursors: p.cursors, info: p.info, total: p.total}, nil
}

// dateRange checks a from/to pair: from after to is EINVALID.
func dateRange(from, to *graph.Date) (graph.Date, graph.Date, error) {
	var f, t graph.Date
	if from != nil {
		f = *from
	}
	if to != nil {
		t = *to
	}
	if f != "" && t != "" && f > t {
		return "", "", graph.Errorf(graph.EINVALID, "from %s is after to %s", f, t)
	}
	return f, t, nil
}

// onDays keeps what is dated within [from, to]: everything when both are
// open, only dated entities otherwise.
func onDays(from, to graph.Date, date func(*graph.Entity) graph.Date) func(*graph.Entity) bool {
	if from == "" && to == "" {
		return nil
	}
	return func(e *graph.Entity) bool {
		d := date(e)
		return d != "" && d.Within(from, to)
	}
}

// meetingDays keeps the meetings whose days, start to end (or the start
// alone), overlap [from, to].
func meetingDays(from, to graph.Date) func(*graph.Entity) bool {
	if from == "" && to == "" {
		return nil
	}
	return func(e *graph.Entity) bool {
		start := day(e)
		if start == "" {
			return false
		}
		end := e.End
		if end == "" || end < start {
			end = start
		}
		return (to == "" || start <= to) && (from == "" || end >= from)
	}
}

// allOf combines filters; nil ones are skipped.
func allOf(keeps ...func(*graph.Entity) bool) func(*graph.Entity) bool {
	var fs []func(*graph.Entity) bool
	for _, k := range keeps {
		if k != nil {
			fs = append(fs, k)
		}
	}
	if len(fs) == 0 {
		return nil
	}
	return func(e *graph.Entity) bool {
		for _, f := range fs {
			if !f(e) {
				return false
			}
		}
		return true
	}
}

// ofKind keeps the entities whose stored kind (placeType, eventType) is
// the given enum value, which is the stored value in capitals.
func ofKind(kind *string, stored func(*graph.Entity) string) func(*graph.Entity) bool {
	if kind == nil {
		return nil
	}
	return func(e *graph.Entity) bool { return strings.EqualFold(stored(e), *kind) }
}

func enumString[T ~string](v *T) *string {
	if v == nil {
		return nil
	}
	s := string(*v)
	return &s
}

// The queries of each list.

func peopleQuery(name *string) entityQuery { return entityQuery{typ: graph.Person, name: name} }

func organizationsQuery(name *string) entityQuery {
	return entityQuery{typ: graph.Organization, name: name}
}

func statesQuery(name *string) entityQuery { return entityQuery{typ: graph.State, name: name} }

func placesQuery(name *string, t *PlaceType) entityQuery {
	return entityQuery{typ: graph.Place, name: name,
		keep: ofKind(enumString(t), func(e *graph.Entity) string { return e.PlaceType })}
}

func agreementsQuery(name, party *string, from, to *graph.Date) (entityQuery, error) {
	f, t, err := dateRange(from, to)
	return entityQuery{typ: graph.Agreement, name: name,
		linked: []linkFilter{{name: party, types: bodyTypes, rel: graph.PartyTo}},
		keep:   onDays(f, t, func(e *graph.Entity) graph.Date { return e.Date })}, err
}

func meetingsQuery(body, place, name *string, from, to *graph.Date) (entityQuery, error) {
	f, t, err := dateRange(from, to)
	return entityQuery{typ: graph.Meeting, name: name,
		linked: []linkFilter{
			{name: body, types: bodyTypes, rel: graph.Held},
			{name: place, types: placeTypes, rel: graph.OccurredIn, listedFrom: true},
		},
		keep: meetingDays(f, t)}, err
}

func eventsQuery(t *EventType, place, name *string, from, to *graph.Date) (entityQuery, error) {
	f, tt, err := dateRange(from, to)
	return entityQuery{typ: graph.Event, name: name,
		linked: []linkFilter{{name: place, types: placeTypes, rel: graph.OccurredIn, listedFrom: true}},
		keep: allOf(ofKind(enumString(t), func(e *graph.Entity) string { return e.EventType }),
			onDays(f, tt, func(e *graph.Entity) graph.Date { return e.Date }))}, err
}

// The lists and connections, one pair per type.

func (r *Resolver) people(ctx context.Context, name *string, first *int) ([]Person, error) {
	return list(ctx, r, peopleQuery(name), byID, first, toPerson)
}

func (r *Resolver) peopleConnection(ctx context.Context, name *string, first *int, after *string) (*PersonConnection, error) {
	p, err := connection(ctx, r, peopleQuery(name), byID, first, after, toPerson)
	return &PersonConnection{PageInfo: p.info, TotalCount: p.total,
		Edges: edgesOf(p, func(n Person, c string) PersonEdge { return PersonEdge{Node: &n, Cursor: c} })}, err
}

func (r *Resolver) organizations(ctx context.Context, name *string, first *int) ([]Organization, error) {
	return list(ctx, r, organizationsQuery(name), byID, first, toOrganization)
}

func (r *Resolver) organizationsConnection(ctx context.Context, name *string, first *int, after *string) (*OrganizationConnection, error) {
	p, err := connection(ctx, r, organizationsQuery(name), byID, first, after, toOrganization)
	return &OrganizationConnection{PageInfo: p.info, TotalCount: p.total,
		Edges: edgesOf(p, func(n Organization, c string) OrganizationEdge { return OrganizationEdge{Node: &n, Cursor: c} })}, err
}

func (r *Resolver) states(ctx context.Context, name *string, first *int) ([]State, error) {
	return list(ctx, r, statesQuery(name), byID, first, toState)
}

func (r *Resolver) statesConnection(ctx context.Context, name *string, first *int, after *string) (*StateConnection, error) {
	p, err := connection(ctx, r, statesQuery(name), byID, first, after, toState)
	return &StateConnection{PageInfo: p.info, TotalCount: p.total,
		Edges: edgesOf(p, func(n State, c string) StateEdge { return StateEdge{Node: &n, Cursor: c} })}, err
}

func (r *Resolver) places(ctx context.Context, name *string, t *PlaceType, first *int) ([]Place, error) {
	return list(ctx, r, placesQuery(name, t), byID, first, toPlace)
}

func (r *Resolver) placesConnection(ctx context.Context, name *string, t *PlaceType, first *int, after *string) (*PlaceConnection, error) {
	p, err := connection(ctx, r, placesQuery(name, t), byID, first, after, toPlace)
	return &PlaceConnection{PageInfo: p.info, TotalCount: p.total,
		Edges: edgesOf(p, func(n Place, c string) PlaceEdge { return PlaceEdge{Node: &n, Cursor: c} })}, err
}

func (r *Resolver) agreements(ctx context.Context, name, party *string, from, to *graph.Date, first *int) ([]Agreement, error) {
	q, err := agreementsQuery(name, party, from, to)
	if err != nil {
		return nil, err
	}
	return list(ctx, r, q, byID, first, toAgreement)
}

func (r *Resolver) agreementsConnection(ctx context.Context, name, party *string, from, to *graph.Date, first *int, after *string) (*AgreementConnection, error) {
	q, err := agreementsQuery(name, party, from, to)
	if err != nil {
		return nil, err
	}
	p, err := connection(ctx, r, q, byID, first, after, toAgreement)
	return &AgreementConnection{PageInfo: p.info, TotalCount: p.total,
		Edges: edgesOf(p, func(n Agreement, c string) AgreementEdge { return AgreementEdge{Node: &n, Cursor: c} })}, err
}

func (r *Resolver) meetings(ctx context.Context, body, place, name *string, from, to *graph.Date, first *int) ([]Meeting, error) {
	q, err := meetingsQuery(body, place, name, from, to)
	if err != nil {
		return nil, err
	}
	return list(ctx, r, q, chronological, first, toMeeting)
}

func (r *Resolver) meetingsConnection(ctx context.Context, body, place, name *string, from, to *graph.Date, first *int, after *string) (*MeetingConnection, error) {
	q, err := meetingsQuery(body, place, name, from, to)
	if err != nil {
		return nil, err
	}
	p, err := connection(ctx, r, q, chronological, first, after, toMeeting)
	return &MeetingConnection{PageInfo: p.info, TotalCount: p.total,
		Edges: edgesOf(p, func(n Meeting, c string) MeetingEdge { return MeetingEdge{Node: &n, Cursor: c} })}, err
}

func (r *Resolver) events(ctx context.Context, t *EventType, place, name *string, from, to *graph.Date, first *int) ([]Event, error) {
	q, err := eventsQuery(t, place, name, from, to)
	if err != nil {
		return nil, err
	}
	return list(ctx, r, q, chronological, first, toEvent)
}

func (r *Resolver) eventsConnection(ctx context.Context, t *EventType, place, name *string, from, to *graph.Date, first *int, after *string) (*EventConnection, error) {
	q, err := eventsQuery(t, place, name, from, to)
	if err != nil {
		return nil, err
	}
	p, err := connection(ctx, r, q, chronological, first, after, toEvent)
	return &EventConnection{PageInfo: p.info, TotalCount: p.total,
		Edges: edgesOf(p, func(n Event, c string) EventEdge { return EventEdge{Node: &n, Cursor: c} })}, err
}

// selectCondemnations returns the condemnations whose issuer, target and
// subject have the given names (any when nil) and whose date lies in
// [from, to], in no order.
func (r *Resolver) selectCondemnations(ctx context.Context, by, target, concerning *string, from, to *graph.Date) ([]graph.Fact, error) {
	f, t, err := dateRange(from, to)
	if err != nil {
		return nil, err
	}
	rd := readsFrom(ctx, r.store)
	ff := graph.FactFilter{Types: []graph.RelationType{graph.Condemned}}
	for _, arg := range []struct {
		name  *string
		types []graph.EntityType
		ids   *[]string
	}{
		{by, actorTypes, &ff.From},
		{target, actorTypes, &ff.To},
		{concerning, []graph.EntityType{graph.Agreement, graph.Event}, &ff.Concerning},
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
	facts, err := r.store.Facts(ctx, ff)
	if err != nil || (f == "" && t == "") {
		return facts, err
	}
	kept := facts[:0]
	for _, fact := range facts {
		if fact.FirstSeen != "" && fact.FirstSeen.Within(f, t) {
			kept = append(kept, fact)
		}
	}
	return kept, nil
}

func (r *Resolver) condemnations(ctx context.Context, by, target, concerning *string, from, to *graph.Date, first *int) ([]Condemnation, error) {
	n, err := checkFirst(first, defaultListFirst)
	if err != nil {
		return nil, err
	}
	facts, err := r.selectCondemnations(ctx, by, target, concerning, from, to)
	if err != nil {
		return nil, err
	}
	return factsAs[Condemnation](firstN(facts, factSortKey, n), nil)
}

func (r *Resolver) condemnationsConnection(ctx context.Context, by, target, concerning *string, from, to *graph.Date, first *int, after *string) (*CondemnationConnection, error) {
	n, err := checkFirst(first, defaultConnectionFirst)
	if err != nil {
		return nil, err
	}
	facts, err := r.selectCondemnations(ctx, by, target, concerning, from, to)
	if err != nil {
		return nil, err
	}
	p, err := paginate(facts, factSortKey, n, after)
	if err != nil {
		return nil, err
	}
	return &CondemnationConnection{PageInfo: p.info, TotalCount: p.total,
		Edges: edgesOf(p, func(f graph.Fact, c string) CondemnationEdge {
			n := Condemnation(f)
			return CondemnationEdge{Node: &n, Cursor: c}
		})}, nil
}

// selectDocuments returns the documents published within [from, to].
func (r *Resolver) selectDocuments(ctx context.Context, from, to *graph.Date) ([]graph.Document, error) {
	f, t, err := dateRange(from, to)
	if err != nil {
		return nil, err
	}
	ds, err := r.store.Documents(ctx, graph.DocumentFilter{})
	if err != nil || (f == "" && t == "") {
		return ds, err
	}
	kept := ds[:0]
	for _, d := range ds {
		if d.Published != "" && d.Published.Within(f, t) {
			kept = append(kept, d)
		}
	}
	return kept, nil
}

// documents lists the stored documents, at most limit (or first) of them.
func (r *Resolver) documents(ctx context.Context, limit *int, from, to *graph.Date, first *int) ([]Document, error) {
	if limit != nil {
		if *limit < 0 {
			return nil, graph.Errorf(graph.EINVALID, "limit must be from 0 to %d, not %d", MaxFirst, *limit)
		}
		first = limit
	}
	n, err := checkFirst(first, defaultListFirst)
	if err != nil {
		return nil, err
	}
	ds, err := r.selectDocuments(ctx, from, to)
	if err != nil {
		return nil, err
	}
	return documentsAs(firstN(ds, documentKey, n), nil)
}

func (r *Resolver) documentsConnection(ctx context.Context, from, to *graph.Date, first *int, after *string) (*DocumentConnection, error) {
	n, err := checkFirst(first, defaultConnectionFirst)
	if err != nil {
		return nil, err
	}
	ds, err := r.selectDocuments(ctx, from, to)
	if err != nil {
		return nil, err
	}
	p, err := paginate(ds, documentKey, n, after)
	if err != nil {
		return nil, err
	}
	return &DocumentConnection{PageInfo: p.info, TotalCount: p.total,
		Edges: edgesOf(p, func(d graph.Document, c string) DocumentEdge {
			n := Document(d)
			return DocumentEdge{Node: &n, Cursor: c}
		})}, nil
}
