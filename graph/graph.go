// Package graph is the domain of the knowledge graph: the closed sets of
// entity and relation types, one document's extraction, the facts a store
// keeps, the Store interface every backend implements, and typed errors.
//
// It imports only the standard library, so that the loader, the stores and
// the GraphQL layer can all depend on it without depending on each other.
package graph

//go:generate go run ./internal/foldgen

// EntityType is the kind of a node. The set is closed: a value outside it is
// invalid input, and only these values are ever used as labels in a store.
type EntityType string

// The entity types of EXTRACTION.md.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	State        EntityType = "State"
	Place        EntityType = "Place"
	Agreement    EntityType = "Agreement"
	Meeting      EntityType = "Meeting"
	Event        EntityType = "Event"
)

// EntityTypes lists every entity type in a stable order.
var EntityTypes = []EntityType{Person, Organization, State, Place, Agreement, Meeting, Event}

// Valid reports whether t is one of EntityTypes.
func (t EntityType) Valid() bool {
	for _, v := range EntityTypes {
		if t == v {
			return true
		}
	}
	return false
}

// Actor reports whether an entity of type t can hold roles, issue
// condemnations or be a party: persons, organisations and states.
func (t EntityType) Actor() bool { return t == Person || t == Organization || t == State }

// RelationType is the kind of a relationship. Like EntityType it is a closed
// set, and the only source of relationship types a store writes.
type RelationType string

// The relation types of EXTRACTION.md.
const (
	HoldsRole  RelationType = "HOLDS_ROLE"
	PartOf     RelationType = "PART_OF"
	Held       RelationType = "HELD"
	Attended   RelationType = "ATTENDED"
	Condemned  RelationType = "CONDEMNED"
	OccurredIn RelationType = "OCCURRED_IN"
	PartyTo    RelationType = "PARTY_TO"
	References RelationType = "REFERENCES"
)

// RelationTypes lists every relation type in a stable order.
var RelationTypes = []RelationType{HoldsRole, PartOf, Held, Attended, Condemned, OccurredIn, PartyTo, References}

// Valid reports whether t is one of RelationTypes.
func (t RelationType) Valid() bool {
	_, ok := relationEnds[t]
	return ok
}

// ends says which entity types a relation may join.
type ends struct{ from, to []EntityType }

var (
	actors   = []EntityType{Person, Organization, State}
	bodies   = []EntityType{Organization, State}
	anyPlace = []EntityType{Place, State}
)

// relationEnds is the type signature of each relation, from EXTRACTION.md.
// A country may be named as a place, so OCCURRED_IN accepts a State too.
var relationEnds = map[RelationType]ends{
	HoldsRole:  {[]EntityType{Person}, bodies},
	PartOf:     {[]EntityType{Organization}, bodies},
	Held:       {bodies, []EntityType{Meeting}},
	Attended:   {actors, []EntityType{Meeting}},
	Condemned:  {actors, actors},
	OccurredIn: {[]EntityType{Event, Meeting, Agreement}, anyPlace},
	PartyTo:    {bodies, []EntityType{Agreement}},
	References: {[]EntityType{Meeting, Event}, []EntityType{Agreement}},
}

// Allows reports whether a relation of type t may run from an entity of type
// from to one of type to.
func (t RelationType) Allows(from, to EntityType) bool {
	e, ok := relationEnds[t]
	return ok && contains(e.from, from) && contains(e.to, to)
}

func contains(ts []EntityType, t EntityType) bool {
	for _, v := range ts {
		if v == t {
			return true
		}
	}
	return false
}

// PlaceTypes is the closed set of Place.placeType values.
var PlaceTypes = []string{"city", "town", "province", "region", "camp", "country", "site"}

// EventTypes is the closed set of Event.eventType values.
var EventTypes = []string{"attack", "killing", "ceasefire_violation", "displacement", "abuse",
	"detention", "humanitarian_crisis", "visit", "election", "other"}

func oneOf(set []string, v string) bool {
	for _, s := range set {
		if s == v {
			return true
		}
	}
	return false
}
