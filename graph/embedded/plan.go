package embedded

import (
	"context"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
)

// ReadPlan answers p in one read transaction: the roots, then each step's
// facts for every entity of its level, then the entities at their other
// ends, level by level, each read as Entities and Facts read it.
func (s *Store) ReadPlan(ctx context.Context, p graph.Plan) (graph.PlanResult, error) {
	var res graph.PlanResult
	if err := p.Valid(); err != nil {
		return res, err
	}
	err := s.view(ctx, "read plan", func(tx *bolt.Tx) error {
		res = graph.PlanResult{}
		if err := selectEntities(ctx, tx, &p.Roots, func(e graph.Entity) error {
			res.Roots = append(res.Roots, e)
			return nil
		}); err != nil {
			return err
		}
		ids := make([]string, len(res.Roots))
		for i, e := range res.Roots {
			ids[i] = e.ID
		}
		seen := map[string]bool{}
		return s.planSteps(ctx, tx, p.Steps, ids, seen, &res)
	})
	return res, err
}

// planSteps reads steps from the entities ids, then the next level from the
// ends they reach. seen holds the entities already in res.Entities.
func (s *Store) planSteps(ctx context.Context, tx *bolt.Tx, steps []graph.PlanStep, ids []string, seen map[string]bool, res *graph.PlanResult) error {
	ids = dedupe(ids)
	for _, step := range steps {
		// One read for the whole level, as Facts would answer every
		// entity's filter, grouped by entity afterwards.
		f := graph.FactFilter{Types: []graph.RelationType{step.Type}, WithoutObservations: !step.Observations}
		if step.End == graph.FromEnd {
			f.From = ids
		} else {
			f.To = ids
		}
		var facts []graph.Fact
		var err error
		if step.ReadsEdges() {
			// from the edge indexes alone, as Edges reads: no fact record
			err = selectFacts(ctx, tx, &f, true, func(fact *graph.Fact) error {
				facts = append(facts, *fact)
				return nil
			})
		} else {
			facts, err = readFacts(ctx, tx, &f)
		}
		if err != nil {
			return err
		}
		byEntity := make(map[string][]graph.Fact, len(ids))
		var next []string
		for i := range facts {
			at := facts[i].To
			if step.End == graph.FromEnd {
				at = facts[i].From
			}
			byEntity[at] = append(byEntity[at], facts[i])
			next = append(next, step.End.Other(&facts[i]))
		}
		for _, id := range ids {
			res.Facts = append(res.Facts, graph.PlanFacts{Type: step.Type, End: step.End, Entity: id,
				Observations: step.Observations, EndsOnly: step.ReadsEdges(), Facts: byEntity[id]})
		}
		next = dedupe(next)
		var fresh []string
		for _, id := range next {
			if !seen[id] {
				seen[id] = true
				fresh = append(fresh, id)
			}
		}
		if len(fresh) > 0 {
			if err := selectEntities(ctx, tx, &graph.EntityFilter{IDs: fresh, WithoutDocuments: true}, func(e graph.Entity) error {
				res.Entities = append(res.Entities, e)
				return nil
			}); err != nil {
				return err
			}
		}
		if len(step.Next) > 0 {
			if err := s.planSteps(ctx, tx, step.Next, next, seen, res); err != nil {
				return err
			}
		}
	}
	return nil
}
