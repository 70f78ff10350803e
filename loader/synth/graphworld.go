package synth

import (
	"fmt"
	"math"
	"math/rand"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// unique tries make until it gives an entity whose id is free, and after
// many tries asks fallback, which adds a word and so always finds one soon.
func (g *graphGen) unique(t graph.EntityType, make func(try int) (name string, aliases []string)) (string, string, []string) {
	for try := 0; ; try++ {
		name, aliases := make(try)
		if try >= 40 {
			name += " " + word(g.r)
		}
		id := graph.EntityID(t, name)
		if graph.Slug(name) != "" && !g.ids[id] {
			return id, name, aliases
		}
	}
}

func (g *graphGen) newState(i int) {
	name := ""
	if i < len(stateSpecs) {
		name = stateSpecs[i].name
	} else {
		name = stateNames[i-len(stateSpecs)]
	}
	g.add(genEntity{Entity: graph.Entity{ID: graph.EntityID(graph.State, name), Type: graph.State,
		Name: strings.TrimPrefix(name, "the "), Aliases: stateAliases[name]}, day: -1, place: -1, body: -1})
}

func (g *graphGen) placeWord() string {
	switch g.r.Intn(3) {
	case 0:
		return pick(g.r, provinces)
	case 1:
		return pick(g.r, meetingCities)
	}
	return word(g.r)
}

func (g *graphGen) newOrganization(i int) {
	r := g.r
	parent := int32(-1)
	id, name, aliases := g.unique(graph.Organization, func(try int) (string, []string) {
		parent = -1
		switch {
		case i < len(bodySpecs) && try == 0:
			return bodySpecs[i].name, nil
		case i >= len(bodySpecs) && r.Intn(5) == 0:
			// A sub-body of an earlier body, mostly of a busy one.
			orgs := g.byType[graph.Organization]
			parent = orgs[min(len(orgs)-1, int(math.Abs(r.NormFloat64())*float64(len(orgs))/8))]
			if up := g.ents[parent].body; up >= 0 {
				parent = up // no sub-bodies of sub-bodies
			}
			return g.ents[parent].Name + " " + pick(r, subBodies), nil
		}
		var name string
		switch r.Intn(3) {
		case 0:
			name = pick(r, orgAdjectives) + " " + pick(r, orgDomains) + " " + pick(r, orgKinds)
		case 1:
			name = g.placeWord() + " " + pick(r, orgDomains) + " " + pick(r, orgKinds)
		default:
			name = pick(r, orgKinds) + " of " + pick(r, orgDomains) + " in " + g.placeWord()
		}
		if a := acronym(name); a != "" && r.Intn(5) < 2 {
			return name, []string{a}
		}
		return name, nil
	})
	g.add(genEntity{Entity: graph.Entity{ID: id, Type: graph.Organization, Name: name, Aliases: aliases},
		day: -1, place: -1, body: parent})
}

// person name cultures and how often each is drawn.
var cultureWeights = []struct {
	c      culture
	weight int
}{{arab, 60}, {turkish, 8}, {russian, 7}, {persian, 10}, {western, 15}}

func (g *graphGen) culture() culture {
	n := g.r.Intn(100)
	for _, cw := range cultureWeights {
		if n < cw.weight {
			return cw.c
		}
		n -= cw.weight
	}
	return arab
}

// newPerson invents a person of two to four names whose full name, by
// NameKey, nobody else has, with some of the other spellings documents use.
func (g *graphGen) newPerson() {
	r := g.r
	var parts []string
	c := g.culture()
	for try := 0; ; try++ {
		if try == 10 {
			c = arab // the pool that names with a father's name make largest
		}
		parts = append(parts[:0], pick(r, firstNames[c]))
		// Two Arabs in five carry their father's name, and one whose name
		// keeps clashing the grandfather's too.
		middles := 0
		if c == arab && r.Intn(5) < 2 {
			middles = 1
		}
		for range max(middles, try/30) {
			parts = append(parts, g.fatherName())
		}
		parts = append(parts, pick(r, familyNames[c]))
		if r.Intn(33) == 0 {
			parts = scholarlyParts(parts)
		}
		name := strings.Join(parts, " ")
		if k := graph.NameKey(name); !g.names[k] && !g.ids[graph.EntityID(graph.Person, name)] {
			g.names[k] = true
			break
		}
	}
	name := strings.Join(parts, " ")
	var aliases []string
	alias := func(a string) {
		if a != name && a != "" && !slices.Contains(aliases, a) {
			aliases = append(aliases, a)
		}
	}
	first, family := parts[0], parts[len(parts)-1]
	if vs, ok := arabVariants[first]; ok && r.Intn(4) == 0 {
		alias(pick(r, vs) + strings.TrimPrefix(name, first))
	}
	if r.Intn(10) == 0 {
		alias(strings.Join(scholarlyParts(parts), " "))
	}
	if rest, ok := strings.CutPrefix(family, "al-"); ok {
		head := strings.TrimSuffix(name, family)
		switch r.Intn(10) {
		case 0, 1:
			alias(head + "Al-" + rest)
		case 2:
			alias(head + rest)
		case 3:
			alias(head + "el-" + rest)
		}
	}
	if r.Intn(20) == 0 {
		alias(family)
	}
	g.add(genEntity{Entity: graph.Entity{ID: graph.EntityID(graph.Person, name), Type: graph.Person,
		Name: name, Aliases: aliases}, day: -1, place: -1, body: -1})
}

// fatherName draws a man's given name of the Arab pool.
func (g *graphGen) fatherName() string {
	for {
		if n := pick(g.r, firstNames[arab]); !womensNames[n] {
			return n
		}
	}
}

// scholarlyParts writes the parts of a name that have one in their
// scholarly transliteration.
func scholarlyParts(parts []string) []string {
	out := make([]string, len(parts))
	for i, p := range parts {
		if s, ok := scholarly[p]; ok {
			p = s
		}
		out[i] = p
	}
	return out
}

// respell returns another spelling of a place name as transliterations
// vary ("Qouseer", "Qusir", "Kouseer"), or "" when it has none.
func respell(r *rand.Rand, name string) string {
	swaps := [][2]string{{"ou", "u"}, {"ee", "i"}, {"q", "k"}, {"Q", "K"}, {"kh", "ch"}, {"a", "ā"}, {"u", "ū"}, {"sh", "ş"}}
	for _, k := range r.Perm(len(swaps)) {
		if s := strings.Replace(name, swaps[k][0], swaps[k][1], 1); s != name {
			return s
		}
	}
	return ""
}

// realCities are the cities that the communiqué generator already knows,
// created first, so that meetings gather in a few familiar places.
var realCities = func() []string {
	var out []string
	for _, list := range [][]string{meetingCities, agreementCities, {"New York", "Moscow", "Tehran", "Washington", "London"}} {
		for _, c := range list {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}()

func (g *graphGen) newPlace(i int) {
	r := g.r
	var placeType string
	id, name, aliases := g.unique(graph.Place, func(try int) (string, []string) {
		switch {
		case i < len(realCities) && try == 0:
			placeType = "city"
			return realCities[i], nil
		case i < len(realCities)+len(provinces) && try == 0:
			placeType = "province"
			return provinces[i-len(realCities)], []string{provinces[i-len(realCities)] + " province"}
		}
		var name string
		places := g.byType[graph.Place]
		switch n := r.Intn(100); {
		case n < 45:
			placeType = "town"
			switch r.Intn(4) {
			case 0, 1:
				name = pick(r, townHeads) + " " + word(r)
			case 2:
				name = word(r)
			default:
				name = "al-" + word(r)
			}
		case n < 52:
			placeType, name = "city", word(r)
		case n < 62 && len(places) > 0:
			placeType = "region"
			name = fmt.Sprintf(pick(r, regionForms), g.ents[places[r.Intn(len(places))]].Name)
		case n < 77:
			placeType = "camp"
			name = word(r) + " camp"
			if r.Intn(2) == 0 {
				name = "al-" + name
			}
		default:
			placeType = "site"
			base := word(r)
			if len(places) > 0 {
				base = g.ents[places[r.Intn(len(places))]].Name
			}
			name = base + " " + pick(r, siteKinds)
		}
		var aliases []string
		if r.Intn(8) == 0 {
			if a := respell(r, name); a != "" {
				aliases = append(aliases, a)
			}
		}
		if base, ok := strings.CutSuffix(name, " camp"); ok && r.Intn(3) == 0 {
			aliases = append(aliases, base)
		}
		return name, aliases
	})
	p := g.add(genEntity{Entity: graph.Entity{ID: id, Type: graph.Place, Name: name, Aliases: aliases, PlaceType: placeType},
		day: -1, place: -1, body: -1})
	if placeType == "city" {
		g.cities = append(g.cities, p)
	}
}

// cityDraw draws a place for a meeting or a signing: one of the first
// cities mostly.
func (g *graphGen) cityDraw() int32 {
	if len(g.cities) == 0 {
		return g.places.draw(g.r)
	}
	n := len(g.cities)
	return g.cities[min(n-1, int(math.Abs(g.r.NormFloat64())*float64(min(n, 12))/2))]
}

func (g *graphGen) newAgreement() {
	r := g.r
	day := int32(r.Intn(spanDays))
	date := firstDay.AddDate(0, 0, int(day))
	place := int32(-1)
	id, name, aliases := g.unique(graph.Agreement, func(try int) (string, []string) {
		place = g.cityDraw()
		city := "Geneva"
		if place >= 0 {
			city = g.ents[place].Name
		}
		switch r.Intn(20) {
		case 0, 1, 2, 3, 4:
			n := 2040 + int(day)/7 + r.Intn(3+try)
			place = -1
			return fmt.Sprintf("UN Security Council Resolution %d", n),
				[]string{fmt.Sprintf("Resolution %d", n), fmt.Sprintf("UNSCR %d", n)}
		case 5, 6, 7, 8, 9, 10:
			if p := g.places.draw(r); p >= 0 {
				place, city = p, g.ents[p].Name
			}
			return fmt.Sprintf("%s ceasefire of %s", city, longDate(date)), []string{city + " ceasefire"}
		case 11, 12, 13, 14, 15, 16:
			name := fmt.Sprintf("%s memorandum on %s", city, pick(r, agreementTopics))
			if try > 0 {
				name += " of " + date.Format("January 2006")
			}
			return name, []string{city + " memorandum"}
		}
		return fmt.Sprintf("%s Declaration of %d", city, date.Year()), nil
	})
	g.add(genEntity{Entity: graph.Entity{ID: id, Type: graph.Agreement, Name: name, Aliases: aliases,
		Date: graph.DateOf(date)}, day: day, place: place, body: -1})
}

// newMeeting makes a numbered session of a body (seven meetings in ten) or
// talks between two named parties. Sessions get their days later, in the
// order of their numbers (see dateSessions).
func (g *graphGen) newMeeting() {
	r := g.r
	day := int32(r.Intn(spanDays))
	place := g.cityDraw()
	if r.Intn(20) == 0 {
		place = g.states.draw(r) // "in Turkey"
	}
	if r.Intn(10) == 0 {
		place = -1
	}
	e := genEntity{Entity: graph.Entity{Type: graph.Meeting}, day: day, place: place, body: -1}
	if r.Intn(10) < 7 && !g.orgs.empty() {
		body := g.orgs.draw(r)
		b := &g.ents[body]
		b.sessions++
		e.body, e.Session = body, b.sessions
		e.ID = graph.SessionMeetingID(b.ID, b.sessions)
		e.Name = fmt.Sprintf("%s session of the %s", graph.Ordinal(b.sessions), b.Name)
		if r.Intn(5) < 2 {
			e.Aliases = []string{graph.Ordinal(b.sessions) + " session"}
		}
	} else {
		where := "Geneva"
		if place >= 0 {
			where = g.ents[place].Name
		}
		var parties [2]int32
		e.ID, e.Name, e.Aliases = g.unique(graph.Meeting, func(try int) (string, []string) {
			parties = [2]int32{g.actorDraw(), g.actorDraw()}
			a, b := parties[0], parties[1]
			if a < 0 || b < 0 || a == b {
				parties = [2]int32{-1, -1}
				return fmt.Sprintf("conference on %s in %s", pick(r, topics), where), nil
			}
			name := fmt.Sprintf(pick(r, meetingForms), g.ents[a].Name, g.ents[b].Name, where)
			if try > 0 {
				name += " on " + longDate(firstDay.AddDate(0, 0, int(day)))
			}
			return name, nil
		})
		if parties[0] >= 0 {
			g.talks[int32(len(g.ents))] = parties
		}
	}
	g.add(e)
}

// dateSessions gives each body's numbered sessions their days in the
// order of their numbers, each lasting one or two days.
func (g *graphGen) dateSessions() {
	byBody := map[int32][]int32{}
	var bodies []int32
	for _, i := range g.byType[graph.Meeting] {
		m := &g.ents[i]
		if m.body >= 0 {
			if len(byBody[m.body]) == 0 {
				bodies = append(bodies, m.body)
			}
			byBody[m.body] = append(byBody[m.body], i)
		}
	}
	for _, b := range bodies {
		ms := byBody[b]
		days := make([]int, len(ms))
		for k, i := range ms {
			days[k] = int(g.ents[i].day)
		}
		sort.Ints(days)
		for k, i := range ms { // ms is in session order
			m := &g.ents[i]
			m.day = int32(days[k])
			m.Start = dayDate(m.day)
			m.End = dayDate(m.day + int32(g.r.Intn(2)))
		}
	}
	for _, i := range g.byType[graph.Meeting] {
		if m := &g.ents[i]; m.body < 0 {
			m.Start = dayDate(m.day)
			m.End = m.Start
		}
	}
}

func (g *graphGen) newEvent() {
	r := g.r
	day := int32(r.Intn(spanDays))
	place := g.places.draw(r)
	var eventType string
	id, name, aliases := g.unique(graph.Event, func(try int) (string, []string) {
		f := pick(r, eventForms)
		eventType = f.eventType
		where := "northern Syria"
		if place >= 0 {
			where = g.ents[place].Name
		}
		name := fmt.Sprintf(f.form, where)
		if try > 0 {
			name += " on " + longDate(firstDay.AddDate(0, 0, int(day)))
		}
		return name, nil
	})
	e := genEntity{Entity: graph.Entity{ID: id, Type: graph.Event, Name: name, Aliases: aliases, EventType: eventType},
		day: day, place: place, body: -1}
	if r.Intn(20) < 17 {
		e.Date = dayDate(day)
	}
	g.add(e)
}
