package gql

import (
	"math"

	"github.com/actorgraph/kg/graph"
)

// Query complexity, as extension.FixedComplexityLimit adds it up: a field
// counts one plus its selection (gqlgen's default), and a field that returns
// up to `first` (or `limit`, or len(ids)) items counts one plus its
// selection that many times, since its selection is resolved once per item.
// A `first` beyond the maximum counts as the maximum: the resolver refuses
// it as BAD_USER_INPUT, which says more than a complexity error would.
// Relationship fields without `first` (Person.roles, Meeting.attendees …)
// keep the default cost; the depth limit (depth.go) bounds how they nest.

// times is the cost of a list of up to n items whose selection costs child.
// It saturates rather than overflow: a cost that wrapped round to a negative
// number would make gqlgen fall back to the default cost, which a deeply
// nested query could use to slip under the limit.
func times(n, child int) int {
	n = max(0, n)
	if n > 0 && child > (math.MaxInt-1)/n {
		return math.MaxInt
	}
	return 1 + n*child
}

// items is the number of items a first argument asks for: def when it is
// nil, clamped to [0, hi].
func items(first *int, def, hi int) int {
	if first == nil {
		return def
	}
	return max(0, min(*first, hi))
}

func listCost(first *int) func(int) int {
	n := items(first, defaultListFirst, MaxFirst)
	return func(child int) int { return times(n, child) }
}

func connectionCost(first *int) int { return items(first, defaultConnectionFirst, MaxFirst) }

// setComplexity installs the costs of every field that takes first, limit
// or a list of ids.
func setComplexity(c *ComplexityRoot) {
	q := &c.Query
	q.Nodes = func(child int, ids []string) int { return times(min(len(ids), MaxNodeIDs), child) }
	q.Search = func(child int, _ string, _ []graph.EntityType, first *int) int {
		return times(items(first, defaultSearchFirst, MaxFirst), child)
	}
	q.People = func(child int, _ *string, first *int) int { return listCost(first)(child) }
	q.PeopleConnection = func(child int, _ *string, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Organizations = func(child int, _ *string, first *int) int { return listCost(first)(child) }
	q.OrganizationsConnection = func(child int, _ *string, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.States = func(child int, _ *string, first *int) int { return listCost(first)(child) }
	q.StatesConnection = func(child int, _ *string, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Places = func(child int, _ *string, _ *PlaceType, first *int) int { return listCost(first)(child) }
	q.PlacesConnection = func(child int, _ *string, _ *PlaceType, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Agreements = func(child int, _, _ *string, _, _ *graph.Date, first *int) int { return listCost(first)(child) }
	q.AgreementsConnection = func(child int, _, _ *string, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Meetings = func(child int, _, _, _ *string, _, _ *graph.Date, first *int) int { return listCost(first)(child) }
	q.MeetingsConnection = func(child int, _, _, _ *string, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Events = func(child int, _ *EventType, _, _ *string, _, _ *graph.Date, first *int) int {
		return listCost(first)(child)
	}
	q.EventsConnection = func(child int, _ *EventType, _, _ *string, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Condemnations = func(child int, _, _, _ *string, _, _ *graph.Date, first *int) int {
		return listCost(first)(child)
	}
	q.CondemnationsConnection = func(child int, _, _, _ *string, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Documents = func(child int, limit *int, _, _ *graph.Date, first *int) int {
		if limit != nil {
			first = limit
		}
		return listCost(first)(child)
	}
	q.DocumentsConnection = func(child int, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	q.Timeline = func(child int, _ string, _, _ *graph.Date, first *int, _ *string) int {
		return times(connectionCost(first), child)
	}
	// A path has up to maxHops+1 entities and maxHops relationships, and its
	// selection is resolved for each of first paths.
	q.Path = func(child int, _, _ string, maxHops *int, _ []graph.RelationType, first *int) int {
		hops := items(maxHops, defaultPathHops, MaxPathHops)
		return times(items(first, defaultPathFirst, MaxFirst)*(hops+1), child)
	}
	q.Neighborhood = func(child int, _ []string, _ *int, _ []graph.RelationType, limit *int) int {
		return times(items(limit, defaultNeighborhoodNs, MaxNeighborhoodLimit), child)
	}
}
