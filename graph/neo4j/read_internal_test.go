package neo4j

import (
	"testing"

	"github.com/actorgraph/kg/graph"
)

// The server caches a plan by the query's text: the text of a traversal's
// read must depend on the shape of its filter alone, never on its values.
func TestInvolvingQueryShape(t *testing.T) {
	text := func(f graph.FactFilter) string {
		return involvingQuery(graph.TypesInIDOrder(f.Types), limitClause(f.Limit, map[string]any{}))
	}
	same := []graph.FactFilter{
		{Involving: []string{"person:a"}, Types: []graph.RelationType{graph.PartyTo, graph.Attended}, Limit: 401},
		{Involving: []string{"person:b", "state:c"}, Types: []graph.RelationType{graph.Attended, graph.PartyTo, graph.Attended}, Limit: 7},
	}
	if a, b := text(same[0]), text(same[1]); a != b {
		t.Errorf("two filters of one shape give different queries:\n%s\n---\n%s", a, b)
	}
	for _, other := range []graph.FactFilter{
		{Involving: []string{"person:a"}, Types: []graph.RelationType{graph.PartyTo, graph.Attended}},
		{Involving: []string{"person:a"}, Types: []graph.RelationType{graph.PartyTo}, Limit: 401},
	} {
		if text(other) == text(same[0]) {
			t.Errorf("filter %+v gives the query of %+v", other, same[0])
		}
	}
}
