package gql

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/actorgraph/kg/graph"
)

// A request whose shape is known when its top field resolves (person(name:)
// { roles { organization { name } } }, a page of people with their roles, a
// body's meetings with their attendees and theirs) is read in one round
// trip: the top field describes what its selection will ask for as a
// graph.Plan, the store answers the plan at once (one statement on Neo4j,
// one transaction on the embedded store), and the answer is put into the
// operation's data loaders, so that the nested resolvers, unchanged, find
// their facts and entities there and never wait for a batch. What the plan
// does not cover (a field it does not know, tenures, documents) the loaders
// read as before. The plan only ever reads ahead: each part of its answer
// is what the loader would have read for the same key.

// planField is a field that follows the facts of one relation type from an
// entity: the entity at the other end is what the field lists (via empty),
// or the field lists the facts and their field via holds that entity.
type planField struct {
	typ graph.RelationType
	end graph.PlanEnd
	via string
}

// planFields are the fields a plan follows, by GraphQL type and field name.
// Each reads as its resolver does: the facts of typ at end of the entity,
// through the operation's loaders.
var planFields = map[string]planField{
	"Person.roles":                  {graph.HoldsRole, graph.FromEnd, "organization"},
	"Person.meetings":               {graph.Attended, graph.FromEnd, ""},
	"Organization.meetings":         {graph.Held, graph.FromEnd, ""},
	"State.meetings":                {graph.Held, graph.FromEnd, ""},
	"Organization.meetingsAttended": {graph.Attended, graph.FromEnd, ""},
	"State.meetingsAttended":        {graph.Attended, graph.FromEnd, ""},
	"Organization.partOf":           {graph.PartOf, graph.FromEnd, ""},
	"Organization.parts":            {graph.PartOf, graph.ToEnd, ""},
	"State.parts":                   {graph.PartOf, graph.ToEnd, ""},
	"Place.meetings":                {graph.OccurredIn, graph.ToEnd, ""},
	"Meeting.attendees":             {graph.Attended, graph.ToEnd, ""},
	"Meeting.body":                  {graph.Held, graph.ToEnd, ""},
	"Meeting.place":                 {graph.OccurredIn, graph.FromEnd, ""},
	"Meeting.references":            {graph.References, graph.FromEnd, ""},
}

// observationFields are the fields of a fact's type that read its
// observations; a plan reads the facts whole when one is asked for.
var observationFields = map[string]bool{"evidence": true}

// planSteps returns the steps the selection of the field resolving in ctx
// will take from each entity it returns; none outside an operation.
func planSteps(ctx context.Context) []graph.PlanStep {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil || fc.Field.Definition == nil {
		return nil
	}
	sel, typ := fc.Field.Selections, fc.Field.Definition.Type.Name()
	// A connection's entities are its edges' nodes.
	if strings.HasSuffix(typ, "Connection") {
		var nodes ast.SelectionSet
		eachField(sel, typ, func(_ string, f *ast.Field) {
			if f.Name == "edges" {
				eachField(f.SelectionSet, "", func(_ string, g *ast.Field) {
					if g.Name == "node" {
						nodes = append(nodes, g.SelectionSet...)
						typ = g.Definition.Type.Name()
					}
				})
			}
		})
		sel = nodes
	}
	return stepsOf(sel, typ, 1)
}

// stepsOf returns the steps of a selection on entities of GraphQL type typ.
func stepsOf(sel ast.SelectionSet, typ string, depth int) []graph.PlanStep {
	if depth > graph.MaxPlanDepth {
		return nil
	}
	var out []graph.PlanStep
	eachField(sel, typ, func(parent string, f *ast.Field) {
		pf, ok := planFields[parent+"."+f.Name]
		if !ok {
			return
		}
		st := graph.PlanStep{Type: pf.typ, End: pf.end}
		if pf.via == "" {
			// the field lists the entities at the other ends (linked)
			st.EndsOnly = true
			st.Next = stepsOf(f.SelectionSet, typeName(f), depth+1)
		} else {
			eachField(f.SelectionSet, typeName(f), func(_ string, g *ast.Field) {
				if observationFields[g.Name] {
					st.Observations = true
				}
				if g.Name == pf.via {
					st.Next = append(st.Next, stepsOf(g.SelectionSet, typeName(g), depth+1)...)
				}
			})
		}
		out = append(out, st)
	})
	return mergeSteps(out)
}

// typeName is the named type of a field, or "" when it is not known.
func typeName(f *ast.Field) string {
	if f.Definition == nil || f.Definition.Type == nil {
		return ""
	}
	return f.Definition.Type.Name()
}

// eachField calls fn with each field of a selection and the type it is
// selected on: typ, or a fragment's type condition.
func eachField(sel ast.SelectionSet, typ string, fn func(parent string, f *ast.Field)) {
	for _, s := range sel {
		switch s := s.(type) {
		case *ast.Field:
			fn(typ, s)
		case *ast.InlineFragment:
			on := s.TypeCondition
			if on == "" {
				on = typ
			}
			eachField(s.SelectionSet, on, fn)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				eachField(s.Definition.SelectionSet, s.Definition.TypeCondition, fn)
			}
		}
	}
}

// mergeSteps makes one step of the steps of one type and end (a field asked
// twice, under aliases or in two fragments): it reads the observations if
// either does, and takes both's next steps.
func mergeSteps(steps []graph.PlanStep) []graph.PlanStep {
	var out []graph.PlanStep
	for _, st := range steps {
		i := 0
		for i < len(out) && (out[i].Type != st.Type || out[i].End != st.End) {
			i++
		}
		if i == len(out) {
			out = append(out, st)
			continue
		}
		out[i].Observations = out[i].Observations || st.Observations
		out[i].EndsOnly = out[i].EndsOnly && st.EndsOnly
		out[i].Next = mergeSteps(append(out[i].Next, st.Next...))
	}
	return out
}

// planned reads the entities f selects, and, when the selection of the
// field resolving in ctx follows relationships, everything the plan of
// that selection reads, in one store call whose answer primes the
// operation's loaders.
//
// Only a read bounded by a name or a limit plans: a connection, or a list
// filtered here or through other entities, reads more entities than its
// page shows, and reading ahead for all of them could cost more than the
// loaders reading for the page; those read ahead for their page alone
// (readAhead).
// It reports whether it read ahead.
func (rd *reads) planned(ctx context.Context, f graph.EntityFilter) ([]graph.Entity, bool, error) {
	var steps []graph.PlanStep
	if f.Name != "" || f.Limit > 0 {
		steps = planSteps(ctx)
	}
	if len(steps) == 0 {
		es, err := rd.store.Entities(ctx, f)
		return es, false, err
	}
	res, err := rd.store.ReadPlan(ctx, graph.Plan{Roots: f, Steps: steps})
	if err != nil {
		return nil, false, err
	}
	rd.prime(res)
	return res.Roots, true, nil
}

// readAhead reads, for the entities ids that a list shows, what the
// selection of the field resolving in ctx will follow from them, in one
// store call that primes the loaders: for a list whose store read was not
// bounded by its page (a connection, a list filtered here), which planned
// therefore did not plan.
func (rd *reads) readAhead(ctx context.Context, ids []string) error {
	steps := planSteps(ctx)
	if len(steps) == 0 || len(ids) == 0 {
		return nil
	}
	res, err := rd.store.ReadPlan(ctx, graph.Plan{Roots: graph.EntityFilter{IDs: ids, WithoutDocuments: true}, Steps: steps})
	if err != nil {
		return err
	}
	rd.prime(res)
	return nil
}

// prime puts a plan's answer into the loaders.
func (rd *reads) prime(res graph.PlanResult) {
	for _, e := range res.Entities {
		rd.entities.Prime(e.ID, e)
	}
	for _, pf := range res.Facts {
		k := factKey{typ: pf.Type, end: planEnds[pf.End], id: pf.Entity}
		// Facts of any kind answer a request for ends; only summaries or
		// whole facts one for summaries.
		rd.factEnds.Prime(k, pf.Facts)
		if pf.EndsOnly {
			continue
		}
		// Whole facts answer a request for summaries as well.
		rd.factSummaries.Prime(k, pf.Facts)
		if pf.Observations {
			rd.facts.Prime(k, pf.Facts)
		}
	}
}

// planEnds are the loaders' ends of the plan's.
var planEnds = map[graph.PlanEnd]factEnd{graph.FromEnd: fromEnd, graph.ToEnd: toEnd}

// wantsObservations reports whether the selection of the field resolving
// in ctx, a list of facts, asks for a field that reads their observations.
func wantsObservations(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return true // outside an operation: read the facts whole
	}
	want := false
	eachField(fc.Field.Selections, "", func(_ string, f *ast.Field) {
		want = want || observationFields[f.Name]
	})
	return want
}
