package gql

import (
	"fmt"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Entity is the GraphQL interface Entity: any node of the graph. Each entity
// type below is its own Go type over graph.Entity, because gqlgen resolves an
// interface to its GraphQL type by a Go type switch.
type Entity interface {
	Node
	// stored returns the store's entity the GraphQL object shows.
	stored() graph.Entity
}

// The GraphQL object types of the entity types. Each is a graph.Entity, so
// their fields bind to graph.Entity's and a conversion costs nothing.
type (
	// Person is the GraphQL type Person.
	Person graph.Entity
	// Organization is the GraphQL type Organization.
	Organization graph.Entity
	// State is the GraphQL type State.
	State graph.Entity
	// Place is the GraphQL type Place.
	Place graph.Entity
	// Agreement is the GraphQL type Agreement.
	Agreement graph.Entity
	// Meeting is the GraphQL type Meeting.
	Meeting graph.Entity
	// Event is the GraphQL type Event.
	Event graph.Entity
)

func (e Person) stored() graph.Entity       { return graph.Entity(e) }
func (e Organization) stored() graph.Entity { return graph.Entity(e) }
func (e State) stored() graph.Entity        { return graph.Entity(e) }
func (e Place) stored() graph.Entity        { return graph.Entity(e) }
func (e Agreement) stored() graph.Entity    { return graph.Entity(e) }
func (e Meeting) stored() graph.Entity      { return graph.Entity(e) }
func (e Event) stored() graph.Entity        { return graph.Entity(e) }

func (e Person) nodeID() string       { return e.ID }
func (e Organization) nodeID() string { return e.ID }
func (e State) nodeID() string        { return e.ID }
func (e Place) nodeID() string        { return e.ID }
func (e Agreement) nodeID() string    { return e.ID }
func (e Meeting) nodeID() string      { return e.ID }
func (e Event) nodeID() string        { return e.ID }

// asEntity wraps a stored entity in the GraphQL type of its entity type.
// Types are a closed set that every store validates on the way in, so any
// other type means a broken store: an internal error.
//
// It gives a pointer (gqlgen takes *Person as it takes Person): the entity
// is copied to the heap once, and the frame stays small, where a value of
// each type in turn made it 1.4 KB, on the goroutine of every field that
// gives an entity, whose stack then had to grow.
func asEntity(e graph.Entity) (Entity, error) { return asEntityOf(&e) }

// asEntityOf is asEntity of a copy of *e.
func asEntityOf(e *graph.Entity) (Entity, error) {
	p := new(graph.Entity)
	*p = *e
	switch e.Type {
	case graph.Person:
		return (*Person)(p), nil
	case graph.Organization:
		return (*Organization)(p), nil
	case graph.State:
		return (*State)(p), nil
	case graph.Place:
		return (*Place)(p), nil
	case graph.Agreement:
		return (*Agreement)(p), nil
	case graph.Meeting:
		return (*Meeting)(p), nil
	case graph.Event:
		return (*Event)(p), nil
	}
	return nil, graph.Internal("gql", fmt.Errorf("entity %s has unknown type %q", e.ID, e.Type))
}

func asEntities(es []graph.Entity) ([]Entity, error) {
	out := make([]Entity, len(es))
	for i, e := range es {
		var err error
		if out[i], err = asEntity(e); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// convert turns stored entities into one GraphQL type, e.g. convert(es, toMeeting).
func convert[T any](es []graph.Entity, to func(graph.Entity) T) []T {
	out := make([]T, len(es))
	for i, e := range es {
		out[i] = to(e)
	}
	return out
}

func toPerson(e graph.Entity) Person             { return Person(e) }
func toOrganization(e graph.Entity) Organization { return Organization(e) }
func toState(e graph.Entity) State               { return State(e) }
func toPlace(e graph.Entity) Place               { return Place(e) }
func toAgreement(e graph.Entity) Agreement       { return Agreement(e) }
func toMeeting(e graph.Entity) Meeting           { return Meeting(e) }
func toEvent(e graph.Entity) Event               { return Event(e) }

// placeType is the PlaceType of a stored placeType ("city" is CITY), or nil
// when the entity has none or one this schema does not know.
func placeType(s string) *PlaceType {
	t := PlaceType(strings.ToUpper(s))
	if !t.IsValid() {
		return nil
	}
	return &t
}

// eventType is the EventType of a stored eventType ("ceasefire_violation" is
// CEASEFIRE_VIOLATION), or nil when the entity has none or an unknown one.
func eventType(s string) *EventType {
	t := EventType(strings.ToUpper(s))
	if !t.IsValid() {
		return nil
	}
	return &t
}

// optionalInt is n, or nil for the zero that means "not given".
// SessionNumber is a meeting's session, or nil when it has none: the field
// session.
func (e Meeting) SessionNumber() *int { return optionalInt(e.Session) }

func optionalInt(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

// optionalFloat is f, or nil for the zero that means "not given".
func optionalFloat(f float64) *float64 {
	if f == 0 {
		return nil
	}
	return &f
}

// optionalString is s, or nil for the empty string that means "not given".
func optionalString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
