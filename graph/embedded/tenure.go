package embedded

import (
	"context"

	"github.com/actorgraph/kg/graph"
)

// Tenures reads the HOLDS_ROLE facts at the filter's bodies and derives
// their tenures with graph.TenuresOf, as every backend does, so that the
// stores agree on who held an office when.
func (s *Store) Tenures(ctx context.Context, f graph.TenureFilter) ([]graph.Tenure, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	facts, err := s.Facts(ctx, graph.FactFilter{Types: []graph.RelationType{graph.HoldsRole}, To: f.Organizations})
	if err != nil {
		return nil, err
	}
	return graph.TenuresOf(facts, f), nil
}
