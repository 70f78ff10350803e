package synth

import (
	"math"
	"math/rand"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Graph generates extractions directly, without texts, for benchmarks of
// the stores and the API at sizes that extracting texts would take too long
// to reach: a million relationships are a few seconds of Graph and hours of
// the loader. The graph has the shape of the genre's: many persons, fewer
// bodies, a handful of states, places, agreements, meetings and events;
// persons hold titles at bodies, bodies hold numbered sessions, actors attend
// meetings and condemn one another, things happen somewhere. A few entities
// are hubs: both ends of most relationships are drawn from a Zipf
// distribution mixed with a uniform one, so that most entities have a few
// relationships and the busiest a few thousand, as the main bodies of a real
// archive do.

// DefaultPerDocument is the number of relation statements per document that
// Graph uses when given zero or less: about what the annotated communiqués
// state (17 on average, 23 at most).
const DefaultPerDocument = 20

// restated is the share of facts that a second, later document states
// again, so that some facts have several observations, as real ones do.
const restated = 0.05

// Graph returns, for seed, a graph of exactly `entities` distinct entities
// and `relations` distinct facts (as graph.FactID tells facts apart), as
// extractions of about perDocument relation statements each (plus the
// statements some documents repeat from earlier ones, see restated). The
// same arguments give the same extractions. Every extraction is valid
// (graph.Extraction.Validate) and entity ids are canonical, so the same
// entity has the same id, name and aliases in every document that names
// it; every entity is named by at least one document, with or without a
// relationship. When the entities cannot carry that many distinct facts
// (a few dozen entities and thousands of facts), Graph returns as many as
// it finds room for. Entities or relations of zero or less give nothing.
func Graph(seed int64, entities, relations, perDocument int) []*graph.Extraction {
	if entities <= 0 || relations < 0 {
		return nil
	}
	if perDocument <= 0 {
		perDocument = DefaultPerDocument
	}
	g := &graphGen{r: rand.New(rand.NewSource(seed)), ids: map[string]bool{},
		byType: map[graph.EntityType][]int32{}, talks: map[int32][2]int32{}}
	g.makeEntities(entities)
	g.makeFacts(relations)
	return g.documents(perDocument)
}

// genEntity is an entity of the generated world with what the generator
// needs to know of it beyond what the graph stores.
type genEntity struct {
	graph.Entity
	day      int32 // meetings, events and agreements: days since firstDay; -1 otherwise
	place    int32 // where a meeting, event or agreement took place; -1 when unknown
	body     int32 // a numbered session's body; a sub-body's parent; -1 otherwise
	sessions int   // bodies: how many numbered sessions they held
}

// factKey is a fact as the generator keeps it: small, comparable, and
// distinct exactly when graph.FactID is.
type factKey struct {
	typ        uint8 // index in graph.RelationTypes
	role       uint8 // index in allRoles, HOLDS_ROLE only
	from, to   int32
	concerning int32 // -1 for none
}

type genFact struct {
	factKey
	anchor int32 // the entity the document that states the fact is about
	day    int32 // the day the document reports on, days since firstDay
}

type graphGen struct {
	r      *rand.Rand
	ents   []genEntity
	byType map[graph.EntityType][]int32
	ids    map[string]bool
	names  map[string]bool    // person names by NameKey, so that no two persons share one
	cities []int32            // places where meetings are held and agreements signed
	talks  map[int32][2]int32 // the two parties of each meeting that no body held
	facts  []genFact
	seen   map[factKey]bool

	persons, orgs, states, places, meetings, events, agreements *skewed
}

var allRoles = append(append([]string(nil), orgRoles...), stateRoles...)

func relIndex(t graph.RelationType) uint8 {
	for i, v := range graph.RelationTypes {
		if v == t {
			return uint8(i)
		}
	}
	panic("synth: unknown relation type " + string(t))
}

var (
	relHoldsRole  = relIndex(graph.HoldsRole)
	relPartOf     = relIndex(graph.PartOf)
	relHeld       = relIndex(graph.Held)
	relAttended   = relIndex(graph.Attended)
	relCondemned  = relIndex(graph.Condemned)
	relOccurredIn = relIndex(graph.OccurredIn)
	relPartyTo    = relIndex(graph.PartyTo)
	relReferences = relIndex(graph.References)
)

// spanDays is the number of days documents and dated entities spread over.
var spanDays = int(lastDay.Sub(firstDay).Hours()/24) + 1

func dayDate(d int32) graph.Date { return graph.DateOf(firstDay.AddDate(0, 0, int(d))) }

// typeShares are the proportions of the entity types other than states in
// a large archive, a guess: a communiqué names more bodies and places than
// persons, but the same bodies recur from one to the next, while most
// communiqués bring new persons, meetings and events.
var typeShares = []struct {
	t     graph.EntityType
	share float64
}{
	{graph.Person, 0.36}, {graph.Organization, 0.12}, {graph.Place, 0.17},
	{graph.Agreement, 0.04}, {graph.Meeting, 0.18}, {graph.Event, 0.13},
}

// typeCounts splits n entities over the types: one state per thousand
// entities, at least one and at most the known states, the rest by
// typeShares, with what rounding leaves to persons.
func typeCounts(n int) map[graph.EntityType]int {
	counts := map[graph.EntityType]int{}
	states := min(max(1, n/1000), len(stateSpecs)+len(stateNames), n)
	counts[graph.State] = states
	rest, left := n-states, n-states
	for _, s := range typeShares {
		k := int(math.Floor(float64(rest) * s.share))
		counts[s.t] = k
		left -= k
	}
	counts[graph.Person] += left
	return counts
}

func (g *graphGen) add(e genEntity) int32 {
	i := int32(len(g.ents))
	g.ids[e.ID] = true
	g.ents = append(g.ents, e)
	g.byType[e.Type] = append(g.byType[e.Type], i)
	return i
}

// makeEntities creates the entities type by type, in the order in which
// later types refer to earlier ones: a meeting's body, an event's place.
func (g *graphGen) makeEntities(n int) {
	counts := typeCounts(n)
	for i := 0; i < counts[graph.State]; i++ {
		g.newState(i)
	}
	g.states = g.skew(graph.State, 0.5)
	for i := 0; i < counts[graph.Organization]; i++ {
		g.newOrganization(i)
	}
	g.orgs = g.skew(graph.Organization, 0.5)
	g.names = map[string]bool{}
	for i := 0; i < counts[graph.Person]; i++ {
		g.newPerson()
	}
	g.persons = g.skew(graph.Person, 0.5)
	for i := 0; i < counts[graph.Place]; i++ {
		g.newPlace(i)
	}
	g.places = g.skew(graph.Place, 0.3)
	for i := 0; i < counts[graph.Agreement]; i++ {
		g.newAgreement()
	}
	g.agreements = g.skew(graph.Agreement, 0.5)
	for i := 0; i < counts[graph.Meeting]; i++ {
		g.newMeeting()
	}
	g.dateSessions()
	g.meetings = g.skew(graph.Meeting, 0.15)
	for i := 0; i < counts[graph.Event]; i++ {
		g.newEvent()
	}
	g.events = g.skew(graph.Event, 0.3)
}

// skewed draws entities of one type, the first created most often: with
// probability hub from a Zipf distribution over them, otherwise uniformly.
type skewed struct {
	ids  []int32
	zipf *rand.Zipf
	hub  float64
}

// The Zipf distribution of skewed: P(k) ∝ (zipfV+k)^-zipfS. An offset of
// ten keeps the first few from taking most draws: the busiest of a hundred
// thousand entities gets about one per cent of the draws of its kind.
const (
	zipfS = 1.1
	zipfV = 10
)

func (g *graphGen) skew(t graph.EntityType, hub float64) *skewed {
	s := &skewed{ids: g.byType[t], hub: hub}
	if len(s.ids) > 1 {
		s.zipf = rand.NewZipf(g.r, zipfS, zipfV, uint64(len(s.ids)-1))
	}
	return s
}

func (s *skewed) draw(r *rand.Rand) int32 {
	switch {
	case len(s.ids) == 0:
		return -1
	case s.zipf != nil && r.Float64() < s.hub:
		return s.ids[s.zipf.Uint64()]
	}
	return s.ids[r.Intn(len(s.ids))]
}

func (s *skewed) empty() bool { return s == nil || len(s.ids) == 0 }

// actorDraw draws a person, an organisation or a state, hubs most often.
func (g *graphGen) actorDraw() int32 {
	switch n := g.r.Intn(100); {
	case n < 65 && !g.persons.empty():
		return g.persons.draw(g.r)
	case n < 92 && !g.orgs.empty():
		return g.orgs.draw(g.r)
	}
	return g.states.draw(g.r)
}

// bodyDraw draws an organisation or, one time in seven, a state.
func (g *graphGen) bodyDraw() int32 {
	if g.r.Intn(7) == 0 || g.orgs.empty() {
		return g.states.draw(g.r)
	}
	return g.orgs.draw(g.r)
}

// addFact records a fact unless it is already there or the graph has
// reached its size, and reports whether it was added.
func (g *graphGen) addFact(k factKey, limit int) bool {
	if k.typ != relHoldsRole {
		k.role = 0
	}
	if len(g.facts) >= limit || k.from < 0 || k.to < 0 || g.seen[k] {
		return false
	}
	rel := graph.RelationTypes[k.typ]
	if !rel.Allows(g.ents[k.from].Type, g.ents[k.to].Type) {
		return false
	}
	g.seen[k] = true
	g.facts = append(g.facts, genFact{factKey: k, anchor: -1})
	return true
}

// makeFacts first states what the entities imply (a sub-body is part of
// its body, a session is held by its body, things happen where they were
// placed, agreements have parties), then draws relationships between
// random ends until there are n distinct facts.
func (g *graphGen) makeFacts(n int) {
	r := g.r
	g.seen = make(map[factKey]bool, n)
	g.facts = make([]genFact, 0, n)
	none := int32(-1)
	for i := range g.ents {
		if len(g.facts) >= n {
			break
		}
		e, id := &g.ents[i], int32(i)
		switch e.Type {
		case graph.Organization:
			if e.body >= 0 {
				g.addFact(factKey{typ: relPartOf, from: id, to: e.body, concerning: none}, n)
			}
		case graph.Meeting:
			if e.body >= 0 {
				g.addFact(factKey{typ: relHeld, from: e.body, to: id, concerning: none}, n)
			}
			if p, ok := g.talks[id]; ok {
				g.addFact(factKey{typ: relAttended, from: p[0], to: id, concerning: none}, n)
				g.addFact(factKey{typ: relAttended, from: p[1], to: id, concerning: none}, n)
			}
			if e.place >= 0 {
				g.addFact(factKey{typ: relOccurredIn, from: id, to: e.place, concerning: none}, n)
			}
		case graph.Event:
			if e.place >= 0 && r.Intn(20) != 0 {
				g.addFact(factKey{typ: relOccurredIn, from: id, to: e.place, concerning: none}, n)
			}
		case graph.Agreement:
			if e.place >= 0 {
				g.addFact(factKey{typ: relOccurredIn, from: id, to: e.place, concerning: none}, n)
			}
			if !strings.HasPrefix(e.Name, "UN Security Council") {
				for k, parties := 0, 2+r.Intn(2); k < parties; k++ {
					g.addFact(factKey{typ: relPartyTo, from: g.bodyDraw(), to: id, concerning: none}, n)
				}
			}
		}
	}
	// The rest by weight. What the entities imply is a few per cent of a
	// graph ten times as dense as it has entities, so the rest goes to the
	// relationships that many entities can share, in about the order the
	// annotated communiqués state them. A kind that keeps drawing facts
	// that exist (a small graph full of them) is dropped, so that the loop
	// ends.
	kinds := []struct {
		weight int
		draw   func() factKey
		misses int
	}{
		{34, g.drawAttended, 0},
		{22, g.drawHoldsRole, 0},
		{18, g.drawReferences, 0},
		{14, g.drawCondemned, 0},
		{7, g.drawPartyTo, 0},
		{3, g.drawPartOf, 0},
		{2, g.drawOccurredIn, 0},
	}
	total := 0
	for _, k := range kinds {
		total += k.weight
	}
	for len(g.facts) < n && total > 0 {
		w := r.Intn(total)
		k := 0
		for w >= kinds[k].weight {
			w -= kinds[k].weight
			k++
		}
		if g.addFact(kinds[k].draw(), n) {
			kinds[k].misses = 0
			continue
		}
		if kinds[k].misses++; kinds[k].misses > 2000 {
			total -= kinds[k].weight
			kinds[k].weight = 0
		}
	}
}

func (g *graphGen) drawAttended() factKey {
	return factKey{typ: relAttended, from: g.actorDraw(), to: g.meetings.draw(g.r), concerning: -1}
}

// drawCondemned draws a condemnation, mostly by a body, a third of them
// about an event or an agreement.
func (g *graphGen) drawCondemned() factKey {
	by := g.bodyDraw()
	if g.r.Intn(5) == 0 {
		by = g.persons.draw(g.r)
	}
	k := factKey{typ: relCondemned, from: by, to: g.actorDraw(), concerning: -1}
	if k.to == k.from {
		k.to = -1
	}
	switch g.r.Intn(6) {
	case 0:
		k.concerning = g.agreements.draw(g.r)
	case 1:
		k.concerning = g.events.draw(g.r)
	}
	return k
}

// drawHoldsRole draws a title of a person at a body: mostly members,
// then the offices a body has one holder of at a time.
func (g *graphGen) drawHoldsRole() factKey {
	body := g.bodyDraw()
	k := factKey{typ: relHoldsRole, from: g.persons.draw(g.r), to: body, concerning: -1}
	if body < 0 {
		return k
	}
	if g.ents[body].Type == graph.State {
		k.role = uint8(len(orgRoles) + g.r.Intn(len(stateRoles)))
	} else if g.r.Intn(5) < 2 {
		k.role = uint8(indexOf(orgRoles, "member"))
	} else {
		k.role = uint8(g.r.Intn(len(orgRoles)))
	}
	return k
}

func (g *graphGen) drawReferences() factKey {
	from := g.meetings.draw(g.r)
	if g.r.Intn(3) == 0 || from < 0 {
		from = g.events.draw(g.r)
	}
	return factKey{typ: relReferences, from: from, to: g.agreements.draw(g.r), concerning: -1}
}

func (g *graphGen) drawPartyTo() factKey {
	return factKey{typ: relPartyTo, from: g.bodyDraw(), to: g.agreements.draw(g.r), concerning: -1}
}

func (g *graphGen) drawPartOf() factKey {
	k := factKey{typ: relPartOf, from: g.orgs.draw(g.r), to: g.bodyDraw(), concerning: -1}
	if k.from == k.to {
		k.to = -1
	}
	return k
}

// drawOccurredIn places an event in a second place, as when a campaign
// hits several towns.
func (g *graphGen) drawOccurredIn() factKey {
	return factKey{typ: relOccurredIn, from: g.events.draw(g.r), to: g.places.draw(g.r), concerning: -1}
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	panic("synth: " + s + " not in list")
}

// anchor is the entity a document stating the fact would be about: the
// meeting, event or agreement it concerns, the body whose officers or
// parts it names, or who condemned.
func (g *graphGen) anchor(k factKey) int32 {
	switch k.typ {
	case relHeld, relAttended, relPartyTo, relHoldsRole, relPartOf:
		return k.to
	case relCondemned:
		if k.concerning >= 0 {
			return k.concerning
		}
	}
	return k.from
}
