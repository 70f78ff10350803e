package gql

import (
	"context"
	"slices"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Who held a title when: the rule stated in the schema's description of
// Query.officeHolders. Without a day, the HOLDS_ROLE facts themselves; with
// one, the tenures the store derives (graph.DeriveTenures), read per body
// through the request's loader, so that a nested query asks the store once
// per level whatever the number of bodies.

// officeHolders returns the holdings of role (any when nil) at the bodies
// named organization, on day at (whenever seen when nil).
func (r *Resolver) officeHolders(ctx context.Context, role *string, organization string, at *graph.Date) ([]graph.Fact, error) {
	rd := readsFrom(ctx, r.store)
	bodies, err := rd.namedIDs(ctx, organization, bodyTypes...)
	if err != nil {
		return nil, err
	}
	return r.holdingsAt(ctx, bodies, role, at)
}

// bodyOfficeHolders returns the holdings at body id of role (any when nil),
// on day at (whenever seen when nil).
func (r *Resolver) bodyOfficeHolders(ctx context.Context, id string, role *string, at *graph.Date) ([]graph.Fact, error) {
	return r.holdingsAt(ctx, []string{id}, role, at)
}

// holdingsAt is officeHolders over the bodies with these ids.
func (r *Resolver) holdingsAt(ctx context.Context, bodies []string, role *string, at *graph.Date) ([]graph.Fact, error) {
	rd := readsFrom(ctx, r.store)
	if at == nil {
		facts, err := rd.factsAtAll(ctx, graph.HoldsRole, toEnd, bodies)
		if err != nil {
			return nil, err
		}
		return holdings(facts, role), nil
	}
	ts, err := rd.tenuresAt(ctx, bodies)
	if err != nil {
		return nil, err
	}
	office := ""
	if role != nil {
		office = graph.OfficeKey(*role)
	}
	return heldOn(ts, office, *at, ""), nil
}

// roles returns the titles person id held on day at, or every title it was
// seen holding when at is nil. Whether a title was held on a day depends on
// its other holders, so with at the tenures of every body the person held a
// title at are read, in one batch.
func (r *Resolver) roles(ctx context.Context, id string, at *graph.Date) ([]graph.Fact, error) {
	mine, err := r.factsAbout(ctx, id, graph.HoldsRole, true)
	if err != nil || at == nil {
		return mine, err
	}
	return r.rolesOn(ctx, id, mine, *at)
}

// rolesOn keeps the roles of id, mine, that its tenures cover on day at. A
// function of its own, so that roles, on the goroutine of every person's
// roles field, keeps a small frame.
func (r *Resolver) rolesOn(ctx context.Context, id string, mine []graph.Fact, at graph.Date) ([]graph.Fact, error) {
	var bodies []string
	for _, f := range mine {
		bodies = append(bodies, f.To)
	}
	ts, err := readsFrom(ctx, r.store).tenuresAt(ctx, dedupe(bodies))
	if err != nil {
		return nil, err
	}
	return heldOn(ts, "", at, id), nil
}

// holdings keeps the HOLDS_ROLE facts of the title role (every title when
// nil), by name key; earliest first seen first.
func holdings(facts []graph.Fact, role *string) []graph.Fact {
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
	sortFacts(facts)
	return facts
}

// heldOn returns the holdings of the tenures that cover day d, of the
// office (every office when empty) and of holder (anyone when empty), each
// fact once, earliest first seen first. A statement that the holding was
// already over ("former President X") is no holding on any day, so a fact
// made only of such statements is left out.
func heldOn(ts []graph.Tenure, office string, d graph.Date, holder string) []graph.Fact {
	var out []graph.Fact
	seen := map[string]bool{}
	for _, t := range ts {
		if office != "" && t.Office != office || holder != "" && t.Holder != holder || !t.Covers(d) {
			continue
		}
		for _, f := range t.Holdings {
			if !seen[f.ID] && !onlyPast(&f) {
				seen[f.ID] = true
				out = append(out, f)
			}
		}
	}
	sortFacts(out)
	return out
}

// onlyPast reports whether every statement of f says the holding was over.
func onlyPast(f *graph.Fact) bool {
	for _, o := range f.Observations {
		if o.Change.Kind() != graph.PastChange {
			return false
		}
	}
	return len(f.Observations) > 0
}

// office returns the succession of the title role at the bodies named
// organization: their tenures of that office, by start.
func (r *Resolver) office(ctx context.Context, role, organization string) ([]graph.Tenure, error) {
	office := graph.OfficeKey(role)
	if strings.TrimSpace(office) == "" {
		return nil, graph.Errorf(graph.EINVALID, "office: no role given")
	}
	rd := readsFrom(ctx, r.store)
	bodies, err := rd.namedIDs(ctx, organization, bodyTypes...)
	if err != nil {
		return nil, err
	}
	ts, err := rd.tenuresAt(ctx, bodies)
	if err != nil {
		return nil, err
	}
	var out []graph.Tenure
	for _, t := range ts {
		if t.Office == office {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b graph.Tenure) int {
		ad, bd := tenureDay(&a), tenureDay(&b)
		switch {
		case ad == bd:
			return 0
		case ad == "":
			return 1
		case bd == "":
			return -1
		}
		return strings.Compare(string(ad), string(bd))
	})
	return out, nil
}

// tenureDay is the day a tenure sorts by in a succession: its start, else
// its end.
func tenureDay(t *graph.Tenure) graph.Date {
	if t.Start != nil {
		return t.Start.Date
	}
	if t.End != nil {
		return t.End.Date
	}
	return ""
}

// tenuresOf returns the tenures that fact f's statements make, earliest
// first.
func (r *Resolver) tenuresOf(ctx context.Context, f *graph.Fact) ([]graph.Tenure, error) {
	ts, err := readsFrom(ctx, r.store).tenuresAt(ctx, []string{f.To})
	if err != nil {
		return nil, err
	}
	var out []graph.Tenure
	for _, t := range ts {
		if slices.ContainsFunc(t.Holdings, func(h graph.Fact) bool { return h.ID == f.ID }) {
			out = append(out, t)
		}
	}
	return out, nil
}

// roleBounds returns the start of a holding's first tenure and the end of
// its last (nil while open).
func (r *Resolver) roleBounds(ctx context.Context, f *graph.Fact) (start, end *graph.Date, err error) {
	ts, err := r.tenuresOf(ctx, f)
	if err != nil || len(ts) == 0 {
		return nil, nil, err
	}
	for _, t := range ts {
		if t.Start != nil && (start == nil || t.Start.Date < *start) {
			d := t.Start.Date
			start = &d
		}
	}
	last := ts[0]
	for _, t := range ts[1:] {
		if tenureDay(&t) > tenureDay(&last) {
			last = t
		}
	}
	if last.End != nil {
		d := last.End.Date
		end = &d
	}
	return start, end, nil
}

// roleConflict reports whether a tenure of the holding is in conflict.
func (r *Resolver) roleConflict(ctx context.Context, f *graph.Fact) (bool, error) {
	ts, err := r.tenuresOf(ctx, f)
	if err != nil {
		return false, err
	}
	return slices.ContainsFunc(ts, func(t graph.Tenure) bool { return t.Conflict }), nil
}

// boundEvidence lists the statements a tenure's bound rests on.
func boundEvidence(b *graph.Bound) []Evidence {
	out := make([]Evidence, len(b.Evidence))
	for i, o := range b.Evidence {
		out[i] = Evidence{obs: o}
	}
	return out
}

// tenuresAt returns the tenures of every office at the bodies with these
// ids, read in one batch.
func (l *loaders) tenuresAt(ctx context.Context, ids []string) ([]graph.Tenure, error) {
	lists, err := l.tenures.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	var out []graph.Tenure
	for _, ts := range lists {
		out = append(out, ts...)
	}
	return out, nil
}
