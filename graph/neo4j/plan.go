package neo4j

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// ReadPlan answers p in one statement, level by level: the roots as
// Entities finds them, then for each step the facts of its type at each
// distinct entity the step starts from, each in a pattern comprehension
// (what @neo4j/graphql compiles to), and the distinct entities at their
// other ends, which the next steps start from. An entity reached many times
// (an attendee of forty meetings, the body a dozen roles are at) has its
// facts read and its properties sent once, where a statement nested as the
// query is would read and send them once per path to it: a body's meetings,
// their attendees and their roles gave 139 role rows for 13 roles. A fact
// comes with its carrier's summary, with its versions when the step asks
// for observations, or with its ids alone when the step asks only for ends.
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
	var b planBuilder
	b.q.WriteString(q + "\nWITH collect(e) AS n0, collect([entity, documents]) AS roots")
	b.steps(p.Steps, "n0")
	if len(b.ends) == 0 {
		b.q.WriteString("\nWITH *, [] AS ents")
	} else {
		b.q.WriteString("\nCALL { WITH " + strings.Join(b.ends, ", ") + " UNWIND " + strings.Join(b.ends, " + ") +
			" AS x WITH DISTINCT x RETURN collect(" + strings.Replace(entityProps, "e {", "x {", 1) + ") AS ents }")
	}
	b.q.WriteString("\nRETURN roots, ents, [" + strings.Join(b.out, ", ") + "] AS steps")
	rows, err := s.read(ctx, op, b.q.String(), params)
	if err != nil {
		return res, err
	}
	if len(rows) != 1 || len(rows[0]) != 3 {
		return res, s.translate(ctx, op, fmt.Errorf("plan: %d records, not 1", len(rows)))
	}
	for _, raw := range list(rows[0][0]) {
		res.Roots = append(res.Roots, entityOfRow(list(raw)))
	}
	sort.SliceStable(res.Roots, func(i, j int) bool { return res.Roots[i].ID < res.Roots[j].ID })
	for _, raw := range list(rows[0][1]) {
		p, _ := raw.(map[string]any)
		res.Entities = append(res.Entities, entityFromProps(p))
	}
	lists := list(rows[0][2])
	if len(lists) != len(b.order) {
		return graph.PlanResult{}, s.translate(ctx, op, fmt.Errorf("plan: %d step lists for %d steps", len(lists), len(b.order)))
	}
	for i, st := range b.order {
		if err := decodeStep(st, list(lists[i]), &res); err != nil {
			return graph.PlanResult{}, s.translate(ctx, op, err)
		}
	}
	return res, nil
}

// planBuilder writes the statement of a plan: one WITH per step, in the
// order of a walk of the plan's tree. Step k binds sk, its fact rows per
// entity it starts from (with the node at the other end, for the next
// steps), and nk, the distinct nodes at their other ends.
type planBuilder struct {
	q     strings.Builder
	order []*graph.PlanStep // the steps, as numbered
	ends  []string          // n1, n2, ...: the entities the answer lists
	out   []string          // the step lists the statement returns
}

func (b *planBuilder) steps(steps []graph.PlanStep, from string) {
	for i := range steps {
		st := &steps[i]
		b.order = append(b.order, st)
		k := strconv.Itoa(len(b.order))
		s, n := "s"+k, "n"+k
		b.q.WriteString("\nWITH *, [x IN " + from + " | [x.id, " + planFacts(st) + "]] AS " + s)
		b.q.WriteString("\nCALL { WITH " + s + " UNWIND " + s + " AS g UNWIND g[1] AS row WITH DISTINCT row[5] AS x RETURN collect(x) AS " + n + " }")
		b.ends = append(b.ends, n)
		// what the client gets: the rows without the node
		b.out = append(b.out, "[g IN "+s+" | [g[0], [row IN g[1] | row[..5]]]]")
		b.steps(st.Next, n)
	}
}

// planFacts is the pattern comprehension of the facts of step st at the
// entity x: per fact its id, the other end's id, what it concerns, its
// summary or its versions, and the other end's node. Types and labels come
// from the closed sets alone.
func planFacts(st *graph.PlanStep) string {
	end := "(b:" + labelEntity + ")"
	var pattern string
	switch st.Type {
	case graph.HoldsRole:
		pattern = "-[r:" + factRel[st.Type] + "]->(:" + labelRole + ")-[:ROLE_AT]->"
	case graph.Condemned:
		pattern = "-[:ISSUED]->(r:" + labelCondemnation + ")-[:AGAINST]->"
	default:
		pattern = "-[r:" + factRel[st.Type] + "]->"
	}
	if st.End == graph.FromEnd {
		pattern = "(x)" + pattern + end
	} else {
		pattern = end + pattern + "(x)"
	}
	concerning := "null"
	if st.Type == graph.Condemned {
		concerning = "COLLECT { MATCH (r)-[:CONCERNS]->(c:" + labelEntity + ") RETURN c.id }[0]"
	}
	versions := "null"
	if st.Observations {
		versions = "COLLECT { MATCH (v:" + labelFactVersion + " {fact: r.id}) RETURN v.json }"
	}
	summary := summaryOf("r")
	if st.ReadsEdges() {
		summary = "null" // a field that lists the other ends needs no summary
	}
	return "[" + pattern + " | [r.id, b.id, " + concerning + ", " + summary + ", " + versions + ", b]]"
}

// decodeStep turns the list of step st, [entity id, fact rows] per entity
// it starts from, into PlanFacts.
func decodeStep(st *graph.PlanStep, groups []any, res *graph.PlanResult) error {
	for _, raw := range groups {
		g := list(raw)
		if len(g) != 2 {
			return fmt.Errorf("plan: a step group of %d values", len(g))
		}
		id := str(g[0])
		pf := graph.PlanFacts{Type: st.Type, End: st.End, Entity: id, Observations: st.Observations, EndsOnly: st.ReadsEdges()}
		seen := map[string]bool{}
		for _, raw := range list(g[1]) {
			row := list(raw)
			if len(row) != 5 {
				return fmt.Errorf("plan: a fact row of %d values", len(row))
			}
			fid, other := str(row[0]), str(row[1])
			if seen[fid] {
				continue // a fact at two roles of one carrier: one fact
			}
			seen[fid] = true
			from, to := id, other
			if st.End == graph.ToEnd {
				from, to = other, id
			}
			if st.Observations {
				f, err := mergeFactVersions(fid, list(row[4]))
				if err != nil {
					return err
				}
				pf.Facts = append(pf.Facts, f)
			} else {
				pf.Facts = append(pf.Facts, summaryFact(fid, st.Type, from, to, str(row[2]), list(row[3])))
			}
		}
		sort.SliceStable(pf.Facts, func(i, j int) bool { return pf.Facts[i].ID < pf.Facts[j].ID })
		res.Facts = append(res.Facts, pf)
	}
	return nil
}
