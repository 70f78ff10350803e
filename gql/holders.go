package gql

import (
	"context"

	"github.com/actorgraph/kg/graph"
)

// Who held a title when: the rule stated in the schema's description of
// Query.officeHolders, over HOLDS_ROLE facts.

// officeHolders returns the holdings of role (any when nil) at the bodies
// named organization, on day at (whenever seen when nil).
func (r *Resolver) officeHolders(ctx context.Context, role *string, organization string, at *graph.Date) ([]graph.Fact, error) {
	rd := readsFrom(ctx, r.store)
	bodies, err := rd.namedIDs(ctx, organization, bodyTypes...)
	if err != nil {
		return nil, err
	}
	facts, err := rd.factsAtAll(ctx, graph.HoldsRole, toEnd, bodies)
	if err != nil {
		return nil, err
	}
	return holdings(facts, role, at), nil
}

// bodyOfficeHolders returns the holdings at body id of role (any when nil),
// on day at (whenever seen when nil).
func (r *Resolver) bodyOfficeHolders(ctx context.Context, id string, role *string, at *graph.Date) ([]graph.Fact, error) {
	facts, err := readsFrom(ctx, r.store).factsAt(ctx, graph.HoldsRole, toEnd, id)
	if err != nil {
		return nil, err
	}
	return holdings(facts, role, at), nil
}

// roles returns the titles person id held on day at, or every title it was
// seen holding when at is nil. Whether a title was held on a day depends on
// its other holders, so with at the holdings of every body the person held a
// title at are read too, in one batch.
func (r *Resolver) roles(ctx context.Context, id string, at *graph.Date) ([]graph.Fact, error) {
	rd := readsFrom(ctx, r.store)
	mine, err := r.factsAbout(ctx, id, graph.HoldsRole, true)
	if err != nil || at == nil {
		return mine, err
	}
	var bodies []string
	for _, f := range mine {
		bodies = append(bodies, f.To)
	}
	all, err := rd.factsAtAll(ctx, graph.HoldsRole, toEnd, dedupe(bodies))
	if err != nil {
		return nil, err
	}
	held := holdings(all, nil, at)
	kept := held[:0]
	for _, f := range held {
		if f.From == id {
			kept = append(kept, f)
		}
	}
	return kept, nil
}

// holdings keeps the HOLDS_ROLE facts of the title role (every title when
// nil) and, when at is given, those held on that day; earliest first seen
// first.
func holdings(facts []graph.Fact, role *string, at *graph.Date) []graph.Fact {
	if role != nil {
		key := graph.NameKey(*role)
		kept := facts[:0:0]
		for _, f := range facts {
			if graph.NameKey(f.Role) == key {
				kept = append(kept, f)
			}
		}
		facts = kept
	}
	if at != nil {
		facts = heldOn(facts, *at)
	}
	sortFacts(facts)
	return facts
}

// heldOn applies the rule to each title at each body on its own: the
// holdings whose observed span covers day d or, when none does, those last
// observed on the latest day before d.
func heldOn(facts []graph.Fact, d graph.Date) []graph.Fact {
	type title struct{ body, key string }
	var order []title
	byTitle := map[title][]graph.Fact{}
	for _, f := range facts {
		if f.FirstSeen == "" || f.FirstSeen > d {
			// Undated, or first seen after d: says nothing about d.
			continue
		}
		t := title{f.To, graph.NameKey(f.Role)}
		if _, ok := byTitle[t]; !ok {
			order = append(order, t)
		}
		byTitle[t] = append(byTitle[t], f)
	}
	var out []graph.Fact
	for _, t := range order {
		var covering, latest []graph.Fact
		for _, f := range byTitle[t] {
			switch {
			case f.LastSeen >= d:
				covering = append(covering, f)
			case len(latest) == 0 || f.LastSeen > latest[0].LastSeen:
				latest = []graph.Fact{f}
			case f.LastSeen == latest[0].LastSeen:
				latest = append(latest, f)
			}
		}
		if len(covering) > 0 {
			out = append(out, covering...)
		} else {
			out = append(out, latest...)
		}
	}
	return out
}
