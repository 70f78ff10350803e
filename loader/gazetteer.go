package loader

// World geography from the gazetteer (loader/gazetteer, generated from
// pinned data packages): every country joins the lexicon as a State with
// its official name, spellings and demonyms; first-level subdivisions and
// cities are names the loader accepts only where the words around them say
// a place is meant, since many are also words or people's names.

import (
	"slices"
	"strings"
	"sync"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/gazetteer"
)

// countryEntries returns the gazetteer's countries as lexicon States. A
// country that a hand-written State already names (by any name) adds its
// spellings and demonyms to that entry, which keeps its canonical name; a
// spelling or demonym that two countries share ("Congo", "Dominican") names
// neither.
func countryEntries(hand []*Entry) []*Entry {
	byName := map[string]*Entry{}
	for _, e := range hand {
		if e.Type == string(graph.State) {
			for _, n := range e.names() {
				byName[normPhrase(n)] = e
			}
		}
	}
	// how many countries use each spelling and demonym
	uses := map[string]int{}
	for _, c := range gazetteer.Countries() {
		seen := map[string]bool{}
		for _, n := range append(append([]string{c.Name, c.Official}, c.Aliases...), c.Demonyms...) {
			if k := normPhrase(n); k != "" && !seen[k] {
				seen[k] = true
				uses[k]++
			}
		}
	}
	var out []*Entry
	for _, c := range gazetteer.Countries() {
		names := append([]string{c.Name, c.Official}, c.Aliases...)
		var e *Entry
		for _, n := range names {
			if h := byName[normPhrase(n)]; h != nil {
				e = h
				break
			}
		}
		if e == nil {
			e = &Entry{Type: string(graph.State), Name: c.Name, Attrs: map[string]string{}}
			out = append(out, e)
		}
		have := map[string]bool{}
		for _, n := range e.names() {
			have[normPhrase(n)] = true
		}
		for _, n := range names {
			k := normPhrase(n)
			if k == "" || have[k] || uses[k] > 1 && k != normPhrase(c.Name) || len([]rune(n)) <= 2 || notCountryNames[k] {
				continue
			}
			have[k] = true
			e.Aliases = append(e.Aliases, n)
		}
		var adjs []string
		if a := e.Attrs["adjective"]; a != "" {
			adjs = strings.Split(a, ",")
		}
		dms := c.Demonyms
		if strings.HasSuffix(c.Name, "ia") && !strings.Contains(c.Name, " ") {
			// "Slovenian" beside the data's "Slovene": the adjective English
			// forms from a name in -ia
			dms = append(slices.Clone(dms), c.Name+"n")
		}
		for _, dm := range dms {
			if uses[normPhrase(dm)] <= 1 && !slices.Contains(adjs, dm) && !have[normPhrase(dm)] {
				adjs = append(adjs, dm)
			}
		}
		if len(adjs) > 0 {
			e.Attrs["adjective"] = strings.Join(adjs, ",")
		}
		e.Attrs["code"] = c.Code
	}
	return out
}

// gazPlaces indexes the gazetteer's subdivisions and cities by the
// matching form of each of their names.
type gazPlaces struct {
	places      []gazetteer.Place
	byName      map[string][]int32 // matching form -> places
	countryName map[string]string  // alpha-2 -> the country's name
	common      map[string]bool    // names that are also English words or given names
	longestFrom map[string]int     // first word -> the most tokens a name that opens with it has
}

// worldPlaces is built once per process, on first use.
var worldPlaces = sync.OnceValue(func() *gazPlaces {
	g := &gazPlaces{places: gazetteer.Places(), byName: map[string][]int32{}, countryName: map[string]string{},
		common: map[string]bool{}, longestFrom: map[string]int{}}
	for _, c := range gazetteer.Countries() {
		g.countryName[c.Code] = c.Name
	}
	for i, p := range g.places {
		if p.Kind != gazetteer.KindCity && p.Kind != gazetteer.KindSubdivision {
			continue // countries are States of the lexicon
		}
		add := func(n string) {
			if k := normPhrase(n); k != "" && !slices.Contains(g.byName[k], int32(i)) {
				g.byName[k] = append(g.byName[k], int32(i))
				words := strings.Count(k, " ") + 1
				first, _, _ := strings.Cut(k, " ")
				g.longestFrom[first] = max(g.longestFrom[first], words)
			}
		}
		add(p.Name)
		for _, a := range p.Aliases {
			add(a)
		}
	}
	for _, n := range gazetteer.CommonWordNames() {
		g.common[normPhrase(n)] = true
	}
	return g
})

// givenNames is the gazetteer's given names, by their tokens' matching
// form, built once per process on first use.
var givenNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, n := range gazetteer.GivenNames() {
		m[normWord(n)] = true
	}
	return m
})

// gazetteerTown reports whether the gazetteer knows a city or town by the
// name.
func gazetteerTown(name string) bool { return gazetteerHas(normPhrase(name), gazetteer.KindCity) }

// gazetteerHas reports whether the gazetteer has a place of kind k under
// the matching form key.
func gazetteerHas(key string, k gazetteer.Kind) bool {
	g := worldPlaces()
	for _, i := range g.byName[key] {
		if g.places[i].Kind == k {
			return true
		}
	}
	return false
}

// entry is the gazetteer's place i as a lexicon entry, which gives the
// document's entity its name, aliases and placeType. When the text spells
// the name the same but for diacritics ("Afar" for "Āfar"), the text's
// spelling is the name, which gives the same id.
func (g *gazPlaces) entry(i int32, surface string) *Entry {
	p := g.places[i]
	if surface != "" && surface != p.Name && normPhrase(surface) == normPhrase(p.Name) && graph.Slug(surface) == graph.Slug(p.Name) {
		p.Aliases = append([]string{p.Name}, p.Aliases...)
		p.Name = surface
	}
	pt := "city"
	if p.Kind == gazetteer.KindSubdivision {
		pt = "province"
	}
	return &Entry{Type: string(graph.Place), Name: p.Name, Aliases: p.Aliases,
		Attrs: map[string]string{"placeType": pt, "country": g.countryName[p.Country]}}
}

// gazetteerMentions marks the subdivisions and cities of the gazetteer
// that the sentence names where its words say a place is meant: after a
// preposition of place ("in El Geneina", "to Niamey"), in a list of places
// ("in Khartoum and Omdurman"), before a place noun ("Kassala State") or
// a region it lies in ("El Geneina, West Darfur"), after "the city of". A
// name that is also an English word or a given name ("Victoria", "Of")
// needs a preposition of place; a name that goes on into a longer
// capitalised name ("Khartoum Declaration") is that longer name's.
func (d *doc) gazetteerMentions(s *sentence) {
	if !d.x.lex.gazetteer || s.title {
		return
	}
	g := worldPlaces()
	t := s.toks
	d.longerCityNames(s, g)
	for i := 0; i < len(t); i++ {
		if !t[i].word || !t[i].upper() || t[i].digit() || t[i].hyphen || s.covered(i, i+1) {
			continue
		}
		for n := min(g.longestFrom[t[i].norm], len(t)-i); n >= 1; n-- {
			j := i + n
			if !s.capitalised(i, j) || s.covered(i, j) {
				continue
			}
			key := s.normKey(i, j)
			if stopCaps[key] {
				continue // "in March", "on Monday"
			}
			es := g.byName[key]
			if len(es) == 0 || !d.placeContext(s, i, j, g.common[key]) || s.nameGoesOnOverParticle(i, j) {
				continue
			}
			if s.siteNounAt(j) && d.placeFromCue(s, i, j) {
				// "arrested at Vnukovo airport": the airport, not the
				// village, is where it happened
				i = j
				break
			}
			surface := s.tokText(d, i, j)
			e := d.entity(graph.Place, "", g.entry(d.pickPlace(es, placeCues[s.tokNorm(j)]), surface))
			e.addSurface(surface)
			s.addMention(&mention{i: i, j: j, kind: mEntity, e: e, text: surface})
			i = j - 1
			break
		}
	}
}

// siteNounAt reports whether the lower-case noun at j makes the known
// place before it the name of a site or a camp: "Entebbe airport",
// "Atocha station", "the Zaatari refugee camp".
func (s *sentence) siteNounAt(j int) bool {
	if j >= len(s.toks) || s.toks[j].upper() || s.word(j, "residence", "lodge", "guesthouse", "stations") {
		return false
	}
	pt := placeCues[s.tokNorm(j)]
	if placeCueModifiers[s.tokNorm(j)] {
		pt = placeCues[s.tokNorm(j+1)]
	}
	return pt == "site" || pt == "camp"
}

// nameGoesOnOverParticle reports whether the capitalised words [i, j) are
// only part of a longer name joined by a particle: "Isla" of "Isla de
// Maipo", "Sur" of "Lanao del Sur", "Eldorado" of "Eldorado dos Carajás".
func (s *sentence) nameGoesOnOverParticle(i, j int) bool {
	t := s.toks
	after := j+1 < len(t) && europeanParticles[t[j].norm] && !t[j].upper() && t[j+1].word && t[j+1].upper()
	before := i >= 2 && europeanParticles[t[i-1].norm] && !t[i-1].upper() && t[i-2].word && t[i-2].upper()
	return after || before
}

// longerCityNames reads a city whose name starts with a state's: "Mexico
// City", "Kuwait City", where the lexicon saw the state.
func (d *doc) longerCityNames(s *sentence, g *gazPlaces) {
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.e == nil || m.e.Type != graph.State || m.kind != mEntity {
			continue
		}
		// "Port of Spain": a city whose name ends in its country's
		if m.i >= 2 && s.word(m.i-1, "of") && s.toks[m.i-2].upper() && !s.covered(m.i-2, m.i-1) {
			if ps := g.byName[s.normKey(m.i-2, m.j)]; len(ps) > 0 {
				d.placeInstead(s, g, m, m.i-2, m.j, ps, "")
				continue
			}
		}
		// "Port Sudan": a city whose name ends in its country's one word
		if m.i >= 1 && s.toks[m.i-1].word && s.toks[m.i-1].upper() && !s.covered(m.i-1, m.i) && m.j-m.i == 1 {
			if cities := g.citiesNamed(s.normKey(m.i-1, m.j)); len(cities) > 0 {
				d.placeInstead(s, g, m, m.i-1, m.j, cities, "city")
				continue
			}
		}
		if m.j >= len(s.toks) || !s.toks[m.j].upper() {
			continue
		}
		for n := min(g.longestFrom[s.toks[m.i].norm], len(s.toks)-m.i); n > m.j-m.i; n-- {
			ps := g.byName[s.normKey(m.i, m.i+n)]
			if len(ps) == 0 || !s.capitalised(m.i, m.i+n) || s.covered(m.j, m.i+n) {
				continue
			}
			d.placeInstead(s, g, m, m.i, m.i+n, ps, "")
			break
		}
		// "Djibouti City", "Panama City": the capital named after its
		// country, which the gazetteer knows by the country's name alone
		if s.word(m.j, "city") && !s.covered(m.j, m.j+1) && s.at(m.i) == m {
			if cities := g.citiesNamed(s.normKey(m.i, m.j)); len(cities) > 0 {
				d.placeInstead(s, g, m, m.i, m.j+1, cities, "city")
			}
		}
	}
}

// citiesNamed are the gazetteer's cities of that name key, without its
// countries and subdivisions.
func (g *gazPlaces) citiesNamed(key string) []int32 {
	var cities []int32
	for _, p := range g.byName[key] {
		if g.places[p].Kind == gazetteer.KindCity {
			cities = append(cities, p)
		}
	}
	return cities
}

// placeInstead makes the words [i, j) one of the gazetteer's places ps, in
// place of the state mention m they hold.
func (d *doc) placeInstead(s *sentence, g *gazPlaces, m *mention, i, j int, ps []int32, said string) {
	surface := s.tokText(d, i, j)
	e := d.entity(graph.Place, "", g.entry(d.pickPlace(ps, said), surface))
	e.addSurface(surface)
	s.ms = removeMention(s.ms, m)
	if m.e != nil && m.e != e {
		m.e.absorbed = true // "Port of Spain" names no Spain, unless another mention does
	}
	s.addMention(&mention{i: i, j: j, kind: mEntity, e: e, text: surface})
}

// capitalised reports whether every word of [i, j) is capitalised, name
// particles ("el", "al", "de") and joiners inside it aside, and the name
// does not run on.
func (s *sentence) capitalised(i, j int) bool {
	if i < 0 || j > len(s.toks) {
		return false // past the sentence's end: "… and" as its last word (found by FuzzExtract)
	}
	for k := i; k < j; k++ {
		tk := s.toks[k]
		if !tk.word || !tk.upper() && !(particles[tk.norm] && k > i) && !(k > i && k < j-1 && placeNameJoiner(tk.norm)) {
			return false
		}
	}
	next := j
	return !(next < len(s.toks) && s.toks[next].word && s.toks[next].upper() && !s.covered(next, next+1) &&
		!s.honorific(next))
}

// placeNameJoiner reports whether a word in lower case may stand inside a
// place's name: "Sistan and Baluchestan", "Lanao del Sur", "San Cristóbal
// de las Casas". The gazetteer must know the whole name.
func placeNameJoiner(w string) bool {
	return europeanParticles[w] || nameJoiners[w] || w == "and" || w == "las" || w == "los"
}

// normKey is the matching form of the tokens [i, j), as normPhrase gives
// for a name.
func (s *sentence) normKey(i, j int) string {
	if j == i+1 {
		return s.toks[i].norm
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(s.toks[k].norm)
	}
	return b.String()
}

// placeContext reports whether the words around [i, j) say it names a
// place. common names need a preposition of place.
func (d *doc) placeContext(s *sentence, i, j int, common bool) bool {
	if placePrepositions[s.tokNorm(i-1)] && !(s.word(i-1, "to") && common) {
		return true
	}
	if placeCues[s.tokNorm(j)] != "" || s.word(j, "and", ",") && s.capitalised(j+1, j+2) && placeCues[s.tokNorm(j+2)] != "" {
		return true // "Kassala State", "the Afar and Amhara regions"
	}
	if common {
		return false
	}
	switch {
	case d.placeNamed(s.normKey(i, j)):
		// a name the document has already used for a place
		return true
	case s.word(j, ",") && s.word(j+1, "where"):
		return true // "the fate of Mariupol, where"
	case s.word(i-1, "of") && eventTriggers[s.tokNorm(i-2)] != "":
		return true // "the bombardment of Mariupol"

	case s.word(i-1, ",", "and", "or") && s.placeEndsAt(i-1):
		// "in Khartoum and Omdurman", "Tigray, Afar and Amhara"
		return true
	case s.word(i-1, "for") && s.departedFrom(i-1):
		return true // "left Beijing for Shanghai"
	case s.word(j, "state", "municipality"):
		return true
	case s.word(i-1, "the") && s.talksNamedAfter(j):
		return true // "the Lomé peace talks"
	case s.word(i-1, ",") && i >= 2 && s.toks[i-2].upper() && s.subdivisionNamed(i, j) && !s.word(j, "and") && (j >= len(s.toks) || !s.toks[j].upper()):
		return true // "in El Carmen, Norte de Santander": the region a town lies in
	case s.word(i-1, "of") && placeCues[s.tokNorm(s.skipBackThe(i-2))] != "":
		return true // "the city of Beni"
	case s.word(i-1, "visited", "toured", "took", "captured", "seized", "entered", "besieged", "overran", "retook", "recaptured", "occupied", "shelled", "bombed") && !common:
		return true // "the Special Representative visited Niamey", "the EZLN took Ocosingo"
	case s.word(i-1, "of") && areaNouns[s.tokNorm(i-2)]:
		return true // "the residential areas of Donetsk"
	case s.word(j, ",") && d.regionAfter(s, j+1):
		return true // "El Geneina, West Darfur"
	}
	return false
}

// subdivisionNamed reports whether the words [i, j) name a first-level
// subdivision of the gazetteer.
func (s *sentence) subdivisionNamed(i, j int) bool {
	return gazetteerHas(s.normKey(i, j), gazetteer.KindSubdivision)
}

// talksNamedAfter reports whether the words from token j are talks in
// lower case, which the name before them names by their place: "(Lomé)
// peace talks", "(Doha) negotiations".
func (s *sentence) talksNamedAfter(j int) bool {
	if s.word(j, "peace", "direct", "proximity") && j+1 < len(s.toks) && !s.toks[j].upper() {
		j++
	}
	return j < len(s.toks) && talkNouns[s.toks[j].norm] && !s.toks[j].upper()
}

// departedFrom reports whether a place left ends at token k: "left
// Beijing" before "for Shanghai".
func (s *sentence) departedFrom(k int) bool {
	m := s.entityBefore(k, graph.Place)
	return m != nil && s.word(m.i-1, "left", "leaving", "leaves", "departed", "departing")
}

// placeEndsAt reports whether a place, or a country after a preposition
// of place, ends just before token k.
func (s *sentence) placeEndsAt(k int) bool {
	if s.entityBefore(k, graph.Place) != nil {
		return true
	}
	m := s.entityBefore(k, graph.State)
	return m != nil && placePrepositions[s.tokNorm(m.i-1)]
}

// skipBackThe steps back over a "the" at token i.
func (s *sentence) skipBackThe(i int) int {
	if s.word(i, "the") {
		return i - 1
	}
	return i
}

// regionAfter reports whether the tokens from i name a country or a
// subdivision: what a town is followed by in "El Geneina, West Darfur".
func (d *doc) regionAfter(s *sentence, i int) bool {
	if m := s.entityAt(i, graph.State, graph.Place); m != nil {
		return true
	}
	if i >= len(s.toks) {
		return false
	}
	for n := min(worldPlaces().longestFrom[s.toks[i].norm], len(s.toks)-i); n >= 1; n-- {
		if s.capitalised(i, i+n) && s.subdivisionNamed(i, i+n) {
			return true
		}
	}
	return false
}

// pickPlace chooses among places that share a name: one in a country the
// document names, then one of the kind the text says ("Kassala province"),
// a city otherwise, then the most populous.
func (d *doc) pickPlace(ps []int32, said string) int32 {
	if len(ps) == 1 {
		return ps[0]
	}
	g := worldPlaces()
	named := map[string]bool{}
	for _, id := range d.order {
		if e := d.ents[id]; e.Type == graph.State && e.entry != nil {
			named[e.entry.Attrs["code"]] = true
		}
	}
	want := gazetteer.KindCity
	if said == "province" || said == "region" {
		want = gazetteer.KindSubdivision
	}
	better := func(a, b *gazetteer.Place) bool {
		if named[a.Country] != named[b.Country] {
			return named[a.Country]
		}
		if (a.Kind == want) != (b.Kind == want) {
			return a.Kind == want
		}
		return a.Population > b.Population
	}
	best := ps[0]
	for _, i := range ps[1:] {
		if better(&g.places[i], &g.places[best]) {
			best = i
		}
	}
	return best
}

// knownPlace makes the place of that name an entity of the document when
// the lexicon or the gazetteer knows it, or is nil.
func (d *doc) knownPlace(name string) *dent {
	if e := d.x.lex.lookupAny(name, graph.Place); e != nil {
		p := d.entity(graph.Place, "", e)
		p.addSurface(name)
		return p
	}
	if d.x.lex.lookupAny(name, graph.State, graph.Organization, graph.Person, graph.Agreement) != nil || !d.x.lex.gazetteer {
		return nil
	}
	g := worldPlaces()
	if ps := g.byName[normPhrase(name)]; len(ps) > 0 {
		p := d.entity(graph.Place, "", g.entry(d.pickPlace(ps, ""), name))
		p.addSurface(name)
		return p
	}
	return nil
}

// placeNamed reports whether the document has a place whose name matches
// key.
func (d *doc) placeNamed(key string) bool {
	for _, id := range d.order {
		if e := d.ents[id]; e.Type == graph.Place && normPhrase(e.Name) == key {
			return true
		}
	}
	return false
}

// datelinePlace is the place the communiqué was issued from, which its
// dateline names ("Addis Ababa, 10 September 2021"): a place of the
// document even when no sentence names it again. The dateline's position
// says it is a place, so a name the gazetteer does not know is a city; a
// name the lexicon knows as anything but a place (a state, a body) is left
// to the sentences.
func (d *doc) datelinePlace() {
	name := d.h.place
	if name == "" {
		return
	}
	if d.knownPlace(name) != nil || d.x.lex.lookupAny(name, graph.State, graph.Organization, graph.Person, graph.Agreement) != nil {
		return
	}
	e := d.entity(graph.Place, name, nil)
	if e.PlaceType == "" {
		e.PlaceType = "city"
	}
}
