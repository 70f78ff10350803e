package neo4j

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// ReadPlan answers p in one statement: the roots as Entities finds them,
// and each step as a COLLECT subquery of the entity it starts from, nested
// as the plan nests, so that the server returns the whole tree in one
// record (what @neo4j/graphql does with pattern comprehensions). A fact
// comes with its carrier's summary, or with its versions when the step asks
// for observations, and with the entity at its other end.
func (s *Store) ReadPlan(ctx context.Context, p graph.Plan) (graph.PlanResult, error) {
	const op = "read plan"
	var res graph.PlanResult
	if err := p.Valid(); err != nil {
		return res, err
	}
	q, params, ok := entitiesQuery(&p.Roots)
	if !ok {
		return res, nil
	}
	steps := make([]string, len(p.Steps))
	for i, st := range p.Steps {
		steps[i] = planStep(st, "e", 0)
	}
	q += "\nWITH entity, documents, [" + strings.Join(steps, ", ") + "] AS steps"
	rows, err := s.readRows(ctx, op, q, params, true, "entity", "documents", "steps")
	if err != nil {
		return res, err
	}
	d := planDecoder{seen: map[string]bool{}, done: map[*graph.PlanStep]map[string]bool{}, res: &res}
	for _, row := range rows {
		e := entityOfRow(row)
		res.Roots = append(res.Roots, e)
		if err := d.steps(p.Steps, e.ID, list(row[2])); err != nil {
			return graph.PlanResult{}, s.translate(ctx, op, err)
		}
	}
	sort.SliceStable(res.Roots, func(i, j int) bool { return res.Roots[i].ID < res.Roots[j].ID })
	return res, nil
}

// planStep is the expression of the list of the facts of step st at the
// entity bound to v, depth levels down: per fact its id, the other end's
// id, what it concerns, its summary or its versions, the other end, and the
// lists of the next steps from it. Variables are numbered by depth, so that
// nested subqueries never shadow the entity they start from; types and
// labels come from the closed sets alone.
func planStep(st graph.PlanStep, v string, depth int) string {
	r, b := fmt.Sprintf("r%d", depth), fmt.Sprintf("b%d", depth)
	end := "(" + b + ":" + labelEntity + ")"
	var pattern string
	switch st.Type {
	case graph.HoldsRole:
		pattern = "-[" + r + ":" + factRel[st.Type] + "]->(:" + labelRole + ")-[:ROLE_AT]->"
	case graph.Condemned:
		pattern = "-[:ISSUED]->(" + r + ":" + labelCondemnation + ")-[:AGAINST]->"
	default:
		pattern = "-[" + r + ":" + factRel[st.Type] + "]->"
	}
	if st.End == graph.FromEnd {
		pattern = "(" + v + ")" + pattern + end
	} else {
		pattern = end + pattern + "(" + v + ")"
	}
	concerning := "null"
	if st.Type == graph.Condemned {
		concerning = "COLLECT { MATCH (" + r + ")-[:CONCERNS]->(x:" + labelEntity + ") RETURN x.id }[0]"
	}
	versions := "null"
	if st.Observations {
		versions = "COLLECT { MATCH (v:" + labelFactVersion + " {fact: " + r + ".id}) RETURN v.json }"
	}
	next := make([]string, len(st.Next))
	for i, n := range st.Next {
		next[i] = planStep(n, b, depth+1)
	}
	return "COLLECT { MATCH " + pattern + " RETURN [" + r + ".id, " + b + ".id, " + concerning + ", " +
		summaryOf(r) + ", " + versions + ", " + strings.Replace(entityProps, "e {", b+" {", 1) +
		", [" + strings.Join(next, ", ") + "]] }"
}

// planDecoder turns the nested lists of planStep into a PlanResult.
type planDecoder struct {
	seen map[string]bool
	// done holds, for each step, the entities whose facts of it are
	// decoded: an entity reached twice (a body two persons hold roles at)
	// is answered once.
	done map[*graph.PlanStep]map[string]bool
	res  *graph.PlanResult
}

// steps decodes the lists of steps at the entity id.
func (d *planDecoder) steps(steps []graph.PlanStep, id string, lists []any) error {
	if len(lists) != len(steps) {
		return fmt.Errorf("plan: %d step lists for %d steps", len(lists), len(steps))
	}
	for i := range steps {
		st := &steps[i]
		if d.done[st] == nil {
			d.done[st] = map[string]bool{}
		}
		if d.done[st][id] {
			continue
		}
		d.done[st][id] = true
		pf := graph.PlanFacts{Type: st.Type, End: st.End, Entity: id, Observations: st.Observations}
		byID := map[string]bool{}
		type later struct {
			other string
			next  []any
		}
		var nexts []later
		for _, raw := range list(lists[i]) {
			row := list(raw)
			if len(row) != 7 {
				return fmt.Errorf("plan: a fact row of %d values", len(row))
			}
			fid, other := str(row[0]), str(row[1])
			from, to := id, other
			if st.End == graph.ToEnd {
				from, to = other, id
			}
			if !byID[fid] {
				byID[fid] = true
				var f graph.Fact
				if st.Observations {
					var err error
					if f, err = mergeFactVersions(fid, list(row[4])); err != nil {
						return err
					}
				} else {
					f = summaryFact(fid, st.Type, from, to, str(row[2]), list(row[3]))
				}
				pf.Facts = append(pf.Facts, f)
				if !d.seen[other] {
					d.seen[other] = true
					p, _ := row[5].(map[string]any)
					d.res.Entities = append(d.res.Entities, entityFromProps(p))
				}
			}
			nexts = append(nexts, later{other, list(row[6])})
		}
		sort.SliceStable(pf.Facts, func(i, j int) bool { return pf.Facts[i].ID < pf.Facts[j].ID })
		d.res.Facts = append(d.res.Facts, pf)
		for _, n := range nexts {
			if err := d.steps(st.Next, n.other, n.next); err != nil {
				return err
			}
		}
	}
	return nil
}
