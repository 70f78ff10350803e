package embedded

import (
	"context"

	"github.com/actorgraph/kg/graph"
)

// Tenures derives the tenures of the offices at the filter's bodies with
// graph.ReadTenures, from one read of their HOLDS_ROLE facts, as every
// backend does, so that the stores agree on who held an office when.
func (s *Store) Tenures(ctx context.Context, f graph.TenureFilter) ([]graph.Tenure, error) {
	return graph.ReadTenures(ctx, s, f)
}
