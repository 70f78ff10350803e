package gql

import (
	"context"

	"github.com/actorgraph/kg/graph"
)

// An entity's timeline: every fact about it (FactFilter.Involving), dated by
// the rule stated in the schema's description of Query.timeline, in date
// order. It costs two store reads: the facts, then the entity itself and
// the meetings, events and agreements that date them, together.

// timeline returns a page of the dated facts about entity id within
// [from, to].
func (r *Resolver) timeline(ctx context.Context, id string, from, to *graph.Date, first *int, after *string) (*TimelineConnection, error) {
	n, err := checkFirst(first, defaultConnectionFirst)
	if err != nil {
		return nil, err
	}
	f, t, err := dateRange(from, to)
	if err != nil {
		return nil, err
	}
	facts, err := r.store.Facts(ctx, graph.FactFilter{Involving: []string{id}})
	if err != nil {
		return nil, err
	}
	ids := []string{id}
	for i := range facts {
		if d := datingEnd(&facts[i]); d != "" {
			ids = append(ids, d)
		}
	}
	ends, err := r.entitiesExist(ctx, ids, id)
	if err != nil {
		return nil, err
	}
	var entries []TimelineEntry
	for i := range facts {
		date, kind := factDate(&facts[i], ends)
		if date == "" || !date.Within(f, t) {
			continue
		}
		rel := Relationship(facts[i])
		entries = append(entries, TimelineEntry{Date: date, DateKind: kind, Relationship: &rel})
	}
	p, err := paginate(entries, timelineKey, n, after)
	if err != nil {
		return nil, err
	}
	return &TimelineConnection{PageInfo: p.info, TotalCount: p.total,
		Edges: edgesOf(p, func(e TimelineEntry, c string) TimelineEdge { return TimelineEdge{Node: &e, Cursor: c} })}, nil
}

// timelineKey orders entries by date, then by relationship id.
func timelineKey(e *TimelineEntry) string { return string(e.Date) + "\x00" + e.Relationship.ID }

// datingEnd is the end of a fact whose day dates it: the meeting held or
// attended, the meeting, event or agreement located or referring, the
// agreement a party is party to; "" for facts dated by their reports.
func datingEnd(f *graph.Fact) string {
	switch f.Type {
	case graph.Held, graph.Attended, graph.PartyTo:
		return f.To
	case graph.OccurredIn, graph.References:
		return f.From
	}
	return ""
}

// factDate is a fact's date in a timeline: the day of its dating end when
// known, else the publication date of its earliest report.
func factDate(f *graph.Fact, ends map[string]graph.Entity) (graph.Date, TimelineDateKind) {
	if id := datingEnd(f); id != "" {
		if e, ok := ends[id]; ok && day(&e) != "" {
			return day(&e), TimelineDateKindHappened
		}
	}
	return f.FirstSeen, TimelineDateKindReported
}
