package loader

// Names: the mentions of entities in a sentence, from the lexicon and
// from context (the shape of the words and what stands around them).

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/gazetteer"
)

// lexiconMentions marks the lexicon's names, state adjectives and titles.
func (d *doc) lexiconMentions(s *sentence) {
	for _, m := range d.x.lex.match(s.toks) {
		surface := s.tokText(d, m.i, m.j)
		if otherAccents(surface, m.refs, m.i > 0 && s.toks[m.i-1].word && s.toks[m.i-1].upper() && !s.covered(m.i-1, m.i)) {
			continue // "David Herrera Jordán" names no Jordan, "Visegrád" no Višegrad
		}
		var name, adj, role *Entry
		var place, state *Entry
		for _, r := range m.refs {
			switch {
			case r.kind == kindRole:
				role = r.entry
			case r.kind == kindAdjective:
				adj = r.entry
			case r.entry.Type == string(graph.Place):
				place = r.entry
			case r.entry.Type == string(graph.State):
				state = r.entry
			case name == nil:
				name = r.entry
			}
		}
		// A country that is both a state and a place is the place after a
		// locative preposition and the state otherwise.
		switch {
		case place != nil && state != nil:
			// a country the lexicon also knows as a place is named as a
			// place unless it acts: "Syria's representative"
			if (s.word(m.j, "'s") || stateVerbs[s.tokNorm(m.j)]) && !(m.i > 0 && locatives[s.toks[m.i-1].norm]) {
				name = state
			} else {
				name = place
			}
		case place != nil && name == nil:
			name = place
		case state != nil && name == nil:
			name = state
		}
		if name != nil && name == place && state == nil && !s.title && s.inLongerName(m.i, m.j) {
			continue // "Darfur Regional Authority", "North Kivu": a longer name's word
		}
		if name != nil && name == place && state == nil && !s.title && name.Attrs["placeType"] != "site" && s.siteNounAt(m.j) && d.placeFromCue(s, m.i, m.j) {
			continue // "near In Amenas airport": the airport, as with the gazetteer's places
		}
		if name != nil && name.Type == string(graph.Organization) && name.Attrs["country"] != "" && !s.anyCapital(m.i, m.j) &&
			!d.namesState(name.Attrs["country"]) {
			continue // "the regime" of a text on Ethiopia is not Syria's
		}
		if name != nil && name.Type == string(graph.Person) && !s.title && s.namedAfterPerson(m.j) {
			continue // "Jomo Kenyatta International Airport", "Kofi Annan Foundation": a longer name's words
		}
		if name != nil && name.Type == string(graph.Person) && !s.title && m.j-m.i == 1 && normPhrase(surface) != name.key &&
			s.unknownCapitalBefore(m.i) && !s.initialAt(m.i-1) {
			continue // "Lieutenant Colonel Yonatan Netanyahu": another of the family, not the lexicon's Netanyahu
		}
		if (name != nil || adj != nil) && d.joinedToUnknown(s, m.j) {
			continue // "Wilma Austria-Tiamzon": a person's double name, not Austria
		}
		if name != nil && name.Type == string(graph.Organization) && m.j-m.i >= 2 && !s.title && s.unknownCapitalBefore(m.i) && m.i-1 > 0 {
			continue // "the Pa-O National Liberation Army": a longer name than the lexicon's
		}
		if name != nil && name.Type == string(graph.Organization) && !s.title && m.j < len(s.toks) && s.toks[m.j].upper() &&
			orgHeads[s.toks[m.j].norm] && !s.covered(m.j, m.j+1) {
			continue // "the United Nations Command": a longer name than the lexicon's, at its end
		}
		if name == nil && adj == nil && role != nil && pluralTitleWords[s.tokNorm(m.j-1)] && !(m.j < len(s.toks) && s.toks[m.j].upper()) &&
			!(s.word(m.j, ",") && m.j+1 < len(s.toks) && s.toks[m.j+1].upper() && s.word(m.i-1, "our", "its")) {
			// ("Our Co-Chairs, A and B, welcomed": its names after a comma)
			continue // a plural title is one only before its names: "Foreign Ministers A of X and B of Y"
		}
		if name == nil && adj == nil && role != nil && s.word(m.i-1, "mr", "mrs", "ms", "miss", "mme", "monsieur", "madame") &&
			m.j < len(s.toks) && s.toks[m.j].word && s.toks[m.j].upper() {
			continue // "Mr Amir Hossain Amu": after "Mr" a title's word is a given name ("Mr President" names no one)
		}
		if name == nil && adj == nil && role != nil && s.surnameTitle(m.i, m.j) {
			continue // "Council President Inga Rhonda King (Saint Vincent …)"
		}
		switch {
		case name != nil:
			e := d.entity(graph.EntityType(name.Type), "", name)
			e.addSurface(surface)
			s.addMention(&mention{i: m.i, j: m.j, kind: mEntity, e: e, text: surface})
		case adj != nil:
			e := d.entity(graph.State, "", adj)
			s.addMention(&mention{i: m.i, j: m.j, kind: mAdjective, e: e, text: surface})
		case role != nil:
			s.addMention(&mention{i: m.i, j: m.j, kind: mRole, role: role, text: surface})
		}
	}
	d.officialStateNames(s)
	d.adjectivalStateNames(s)
	s.joinTitles(d)
	d.resolutions(s)
	d.meetingOutcomes(s)
}

// unknownCapitalBefore reports whether the word before token i is a
// capitalised word no mention covers, which may open a longer name than
// the lexicon's ("the Pa-O National Liberation Army", "Yonatan
// Netanyahu"): not a number, a stop word, an honorific, or the first word
// after a full stop or a colon.
func (s *sentence) unknownCapitalBefore(i int) bool {
	return i > 0 && s.toks[i-1].word && s.toks[i-1].upper() && !s.toks[i-1].digit() && !stopCaps[s.toks[i-1].norm] &&
		!s.honorific(i-1) && s.at(i-1) == nil && !s.word(i-2, ".", ":", ";")
}

// instrumentOfActors is the end of an instrument's name that runs on over
// "of" and the known sides it names, two or more joined by "and" ("Joint
// Communiqué of the Government of Japan and the Government of the
// People's Republic of China"), or j when it does not.
func (s *sentence) instrumentOfActors(i, j int) (int, []*dent) {
	of := j
	if s.word(j-1, "the") && s.word(j-2, "of") {
		of = j - 2
	} else if s.word(j-1, "of") {
		of = j - 1
	} else if !s.word(j, "of") {
		return j, nil
	}
	head := s.headNounOf(i, of)
	if !instrumentHeads[head] && head != "communiqué" && head != "communique" {
		return j, nil
	}
	end := s.listEnd(of + 1)
	var sides []*dent
	for _, m := range s.ms {
		if m.i > of && m.j <= end && m.e != nil && (m.e.Type == graph.State || m.e.Type == graph.Organization) {
			sides = append(sides, m.e)
		}
	}
	if len(sides) < 2 || s.find(of+1, end, "and") < 0 {
		return j, nil
	}
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.i > of && m.j <= end {
			s.ms = removeMention(s.ms, m)
		}
	}
	return end, sides
}

// complementName reports whether the capitalised span [i, j), followed by
// "of" and a place that ends at token p, reads on through the place: the
// span governs a complement that is not a body's head ("Movement for the
// Liberation", "Union for the Progress"), or the place qualifies a noun
// after it ("Department of China Affairs").
func (s *sentence) complementName(i, j, p int) bool {
	if s.title || j <= i || !s.toks[j-1].upper() {
		return false
	}
	if p < len(s.toks) && s.toks[p].word && s.toks[p].upper() && !s.covered(p, p+1) && !orgHeads[s.tokNorm(p)] {
		return orgHeads[s.toks[i].norm] // "Department of China Affairs"
	}
	f := s.find(i, j, "for")
	if f < 0 || j-i < 3 || orgHeads[s.tokNorm(j-1)] || officeNouns[s.tokNorm(j-1)] {
		return false
	}
	for k := i; k < f; k++ {
		if orgHeads[s.toks[k].norm] {
			return true // "Popular Movement for the Liberation"
		}
	}
	return false
}

// civilBodyState is the mention of a state's name after "of" or "in" that
// closes the name of a body of the people, a union, a church, a party, an
// association, whose name stops at j; nil otherwise.
func (s *sentence) civilBodyState(i, j int) *mention {
	of := j
	if s.word(j-1, "of") {
		of = j - 1
	} else if s.word(j-2, "of") && s.word(j-1, "the") {
		of = j - 2
	} else if !s.word(j, "in", "of") {
		return nil
	}
	if s.title || of-i < 2 || !civilBodyHeads[s.headNounOf(i, of)] || !s.toks[of-1].upper() {
		return nil
	}
	p := s.entityAt(s.skipThe(of+1), graph.State)
	if p == nil || p.kind != mEntity || p.j < len(s.toks) && (s.toks[p.j].word && s.toks[p.j].upper() ||
		s.word(p.j, "(") && p.j+1 < len(s.toks) && !allCaps(s.toks[p.j+1].text)) {
		return nil // "the Communist Party of Nepal (Maoist)" is read with its qualifier elsewhere; "(UNTM)" is an acronym
	}
	return p
}

// anyCapital reports whether a word of [i, j) is capitalised: "the Assad
// regime" names someone, "the regime" only refers.
func (s *sentence) anyCapital(i, j int) bool {
	for k := i; k < j; k++ {
		if s.toks[k].word && s.toks[k].upper() {
			return true
		}
	}
	return false
}

// namesState reports whether the text names the state, by a name or an
// adjective the lexicon gives it.
func (d *doc) namesState(name string) bool {
	if v, ok := d.statesNamed[name]; ok {
		return v
	}
	e := d.x.lex.lookup(string(graph.State), name)
	found := false
	if e != nil {
		words := e.names()
		if adj := e.Attrs["adjective"]; adj != "" {
			words = append(words, strings.Split(adj, ",")...)
		}
		for _, w := range words {
			if w != "" && (containsWord(d.text, w) || containsWord(d.text, strings.ToUpper(w))) { // "SYRIA" in a shouted letterhead too
				found = true
				break
			}
		}
	}
	if d.statesNamed == nil {
		d.statesNamed = map[string]bool{}
	}
	d.statesNamed[name] = found
	return found
}

// containsWord reports whether w stands in text as a word of its own.
func containsWord(text, w string) bool { return wordIndex(text, w, nil) >= 0 }

// wordIndex is the first byte at which w stands in text as a word of its
// own, where keep (when given) accepts it; -1 when there is none.
func wordIndex(text, w string, keep func(i int) bool) int {
	for k := 0; ; {
		i := strings.Index(text[k:], w)
		if i < 0 {
			return -1
		}
		i += k
		before, after := i == 0 || !isWordByte(text[i-1]), i+len(w) >= len(text) || !isWordByte(text[i+len(w)])
		if before && after && (keep == nil || keep(i)) {
			return i
		}
		k = i + 1
	}
}

// joinedToUnknown reports whether the token at j is a capitalised word
// hyphened onto the name before it that no lexicon knows: "Austria-Tiamzon"
// is a surname, "Cameroon-Nigeria" two states.
func (d *doc) joinedToUnknown(s *sentence, j int) bool {
	if j >= len(s.toks) || !s.toks[j].hyphen || !s.toks[j].upper() || s.toks[j].digit() {
		return false
	}
	w := s.toks[j].text
	return len(worldPlaces().byName[s.toks[j].norm]) == 0 && !stopCaps[s.toks[j].norm] && !orgHeads[s.toks[j].norm] &&
		len(d.x.lex.match(tokenize(w, 0, len(w)))) == 0 // "Yemeni-Yemeni", "Cameroon-Nigeria": known words
}

// meetingOutcomes reads the meeting inside an instrument named after it:
// "the Conclusions of the Berlin Conference on Libya" are an instrument
// and name a meeting, whose city and host the sentence may give, and which
// references its outcome.
func (d *doc) meetingOutcomes(s *sentence) {
	if s.title {
		return
	}
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.e == nil || m.e.Type != graph.Agreement || m.kind != mEntity {
			continue
		}
		of := s.find(m.i+1, m.j, "of")
		if of < 0 {
			continue
		}
		from := of + 1
		if s.word(from, "the") {
			from++
		}
		head := -1
		for q := from; q < m.j && !s.word(q, "on", "for"); q++ {
			if meetingHeads[s.toks[q].norm] && s.toks[q].upper() {
				head = q
			}
		}
		if head < 0 || head == from && d.cityNamed(s, from) == nil {
			continue
		}
		end := m.j
		m.j, m.text = of, s.tokText(d, m.i, of)
		if d.meetingFromContext(s, from, end, nil) {
			if mt := s.at(from); mt != nil && mt.e != nil {
				d.relate(graph.References, mt.e, m.e, s, confPattern, "", "") // a meeting cites its outcome
			}
		}
	}
}

// surnameTitle reports whether the one-word title at [i, j) is a family
// name that is also a title ("King", "Bishop"): it ends a run of
// capitalised words that no title or name begins, and nothing that a title
// takes follows it.
func (s *sentence) surnameTitle(i, j int) bool {
	if j != i+1 || !surnameTitles[s.toks[i].norm] || s.title || i < 2 {
		return false
	}
	prev := s.toks[i-1]
	if !prev.word || !prev.upper() || s.covered(i-1, i) || s.honorific(i-1) {
		return false
	}
	return j == len(s.toks) || !s.toks[j].upper() && !s.word(j, "of", "for")
}

// inLongerName reports whether the words [i, j) run on into a longer
// capitalised name, before or after them; the first word of a sentence is
// capitalised whatever it is.
func (s *sentence) inLongerName(i, j int) bool {
	if i > 1 && s.toks[i-1].word && s.toks[i-1].upper() && !s.covered(i-1, i) {
		return true
	}
	return j < len(s.toks) && s.toks[j].word && s.toks[j].upper() && !s.toks[j].digit() && !s.covered(j, j+1)
}

// namedAfterPerson reports whether the capitalised words from token j on
// end in a venue's, a body's or an instrument's head noun, so that the
// person's name before them opens a longer name: "Jomo Kenyatta
// International Airport", "Rafic Hariri University", "Kofi Annan Foundation".
func (s *sentence) namedAfterPerson(j int) bool {
	k := j
	for k < len(s.toks) && k < j+4 && s.toks[k].word && s.toks[k].upper() && !s.toks[k].digit() && !s.covered(k, k+1) {
		k++
	}
	if k == j {
		return false
	}
	h := s.toks[k-1].norm
	return venueHeads[h] || orgHeads[h] || instrumentHeads[h]
}

// joinTitles makes "TITLE of the TITLE" one title: "Special Representative
// of the Secretary-General" is not a Secretary-General. A title keeps the
// words that make it another office: "former President", "Acting Special
// Representative".
func (s *sentence) joinTitles(d *doc) {
	for k := 0; k < len(s.ms); k++ {
		r := s.ms[k]
		if r.kind != mRole {
			continue
		}
		if p := s.roleAt(r.i - 1); p != nil && p != r && p.j == r.i && p.j-p.i == 1 && s.word(p.i, "chief") {
			// "Chief Adviser to the President": one title, not "Chief"
			r.i = p.i
			r.text = s.tokText(d, r.i, r.j)
			s.ms = removeMention(s.ms, p)
			k--
		}
		for r.i > 0 && (titleModifiers[s.tokNorm(r.i-1)] || officePrefixes[s.tokNorm(r.i-1)] && s.toks[r.i-1].upper()) && !s.covered(r.i-1, r.i) {
			r.i--
			r.text = s.tokText(d, r.i, r.j)
		}
		q := r.j
		if s.word(r.j-1, "minister", "ministers", "secretary", "commissioner") && s.word(q, "of", "for") {
			// "Minister of Justice Paul Kamanga": the portfolio is the
			// title's, the name after it a person's
			end := q + 1
			for {
				n := s.phraseAt(end, portfolios)
				if n == 0 || !s.toks[end].upper() || s.covered(end, end+n) {
					break
				}
				end += n
				for end < len(s.toks) && s.toks[end].upper() && portfolioNouns[s.tokNorm(end)] && !s.covered(end, end+1) {
					end++ // "Minister of Petroleum Resources Development, Mr X"
				}
				if !s.word(end, "and") || s.phraseAt(end+1, portfolios) == 0 {
					break
				}
				end++
			}
			if end > q+1 && s.word(end, "and") && end+2 < len(s.toks) && s.toks[end+1].word && s.toks[end+1].upper() && !s.covered(end+1, end+2) &&
				!s.honorific(end+1) && s.word(end+2, ",") {
				end += 2 // "Minister of Sports and Leisure, Mr X": the last field of a portfolio the list does not know
			}
			if end > q+1 && !s.word(end-1, "and") {
				r.j = end
				r.text = s.tokText(d, r.i, r.j)
				continue
			}
		}
		if !s.word(q, "of", "to") {
			continue
		}
		q++
		if s.word(q, "the") {
			q++
		}
		if o := s.roleAt(q); o != nil && o.i == q {
			r.j = o.j
			r.text = s.tokText(d, r.i, r.j)
			s.ms = removeMention(s.ms, o)
		}
	}
}

// officialStateNames widens a state's mention over the official form of
// its name that stands before it: "the Federal Democratic Republic of
// Ethiopia", "Republic of the Sudan", "Kingdom of Saudi Arabia". The
// lexicon knows many such forms; this reads the ones it does not.
func (d *doc) officialStateNames(s *sentence) {
	for _, m := range s.ms {
		if m.kind != mEntity || m.e == nil || m.e.Type != graph.State {
			continue
		}
		k := m.i
		if s.word(k-1, "the") {
			k--
		}
		start := k - 2
		if stateForms[s.tokNorm(m.i)] && stateFormAdjectives[s.tokNorm(m.i-1)] {
			// "the Democratic Republic of the Sudan" when the lexicon knows
			// "Republic of the Sudan": its adjectives go on before its form
			start = m.i
		} else if !s.word(k-1, "of") || !stateForms[s.tokNorm(k-2)] || s.covered(k-2, k) {
			continue
		}
		if s.headsOfStateEnd(m.i) {
			continue // "the Heads of State of Kenya and Uganda": Kenya's heads
		}
		for start > 0 && (stateFormAdjectives[s.tokNorm(start-1)] || s.word(start-1, "'s") && s.word(start-2, "people") ||
			s.word(start-1, "and") && stateFormAdjectives[s.tokNorm(start-2)]) && // "the Democratic and Popular Republic of Algeria"
			!s.covered(start-1, start) {
			start--
			if s.word(start, "'s", "and") {
				start--
			}
		}
		if p := start - 1; p >= 0 && s.toks[p].word && s.toks[p].upper() && !s.covered(p, p+1) && !s.word(p, "the") {
			continue // "the Student Federation of Thailand": a body's name that ends in its state's
		}
		m.i = start
		m.text = s.tokText(d, m.i, m.j)
		m.e.addSurface(m.text)
	}
}

// adjectivalStateNames reads a state's official name that opens with its
// adjective ("the Libyan Arab Republic", "the Somali Democratic
// Republic", "the Russian Federation"): the state, not its adjective. The
// lexicon names the states whose such name is another state's ("the
// German Democratic Republic").
func (d *doc) adjectivalStateNames(s *sentence) {
	for _, m := range s.ms {
		if m.kind != mAdjective || m.e == nil || m.e.Type != graph.State {
			continue
		}
		k := m.j
		for k < len(s.toks) && !s.covered(k, k+1) && (s.toks[k].word && stateFormAdjectives[s.tokNorm(k)] || s.word(k, "'s") && s.word(k-1, "people")) {
			k++
		}
		if k >= len(s.toks) || !stateForms[s.tokNorm(k)] || !s.toks[k].upper() || s.covered(k, k+1) || s.word(k+1, "of") {
			continue
		}
		m.j, m.kind = k+1, mEntity
		m.text = s.tokText(d, m.i, m.j)
		m.e.addSurface(m.text)
	}
}

// contextMentions finds names the lexicon does not know, from the shape of
// the words and what stands around them. Names listed with a person ("X, Y
// and Z each won a seat") are persons too.
func (d *doc) contextMentions(s *sentence) {
	if s.title && s.shouted(d) {
		return // a headline in capitals marks no name: "STATEMENT BY THE CONTACT GROUP ON …"
	}
	d.knownNames(s)
	d.directionalRegions(s)
	d.placeNamedBodies(s)
	d.placeNamedInstruments(s)
	d.governments(s)
	d.cabinet(s)
	d.meetingsOnTopics(s)
	d.spelledNames(s)
	d.knownAs(s)
	d.possessiveVenues(s)
	d.regimes(s)
	var open [][2]int // capitalised spans left unclassified
	for i := 0; i < len(s.toks); {
		if k := s.townOpensVenue(i); k > i {
			// "the Mzuzu State Lodge", "the Kampala Serena Hotel": a
			// town's name opens a venue's
			m := s.at(i)
			if m.e.Type == graph.State {
				m.e.absorbed = true // "attacked Seychelles International Airport" names no state, unless elsewhere
			}
			s.ms = removeMention(s.ms, m)
			d.contextEntity(s, i, k, graph.Place, s.tokText(d, i, k), "site")
			i = k
			continue
		}
		if k := d.stateOpensBody(s, i); k > i {
			// "the Kenya Police", "the South West Africa Police": a
			// state's name opens a body's
			s.ms = removeMention(s.ms, s.at(i))
			if !d.organOfKnownBody(s, i, k) {
				d.contextEntity(s, i, k, graph.Organization, s.tokText(d, i, k), "")
			}
			i = k
			continue
		}
		j := d.capSpan(s, i)
		if j <= i {
			i++
			continue
		}
		if orgHeads[s.tokNorm(j-1)] && s.word(j, "on", "for", "in") {
			// "the International Contact Group on Liberia", "the United
			// Nations Mission in Liberia": the place is the name's
			if p := s.entityAt(j+1, graph.State, graph.Place); p != nil && p.kind == mEntity && s.word(p.j, "(") {
				s.ms = removeMention(s.ms, p)
				j = p.j
			}
		}
		if m := s.at(j); m != nil && m.i == j && m.e != nil && (m.kind == mAdjective || m.e.Type == graph.State) && j-i <= 2 &&
			m.j < len(s.toks) && s.toks[m.j].word && s.toks[m.j].upper() && !s.covered(m.j, m.j+1) {
			// "Royal Thai Army Headquarters": a state's adjective inside
			// a name that ends in a body's or a venue's noun
			if k := d.capSpan(s, m.j); k > m.j && (orgHeads[s.tokNorm(k-1)] || venueHeads[s.tokNorm(k-1)]) {
				s.ms = removeMention(s.ms, m)
				m.e.absorbed = true
				j = k
			}
		}
		var sides []*dent
		if k, ss := s.instrumentOfActors(i, j); k > j {
			// "the Joint Communiqué of the Government of Japan and the
			// Government of the People's Republic of China": the sides are
			// the name's, and its parties
			j, sides = k, ss
		}
		of := j
		if s.word(j-1, "of", "across") || s.word(j-1, "the") && s.word(j-2, "of", "across") {
			of = s.find(j-2, j, "of", "across") // "the Department of": capSpan stops at the place
		}
		if p := s.entityAt(s.skipThe(of+1), graph.Place); p != nil && p.kind == mEntity && s.word(of, "of") && of == s.skipThe(of+1)-1 &&
			instrumentHeads[s.headNounOf(i, of)] && isTown(p.e) && !s.title {
			// "the Declaration of Huaquillas", "the Treaty of Lima": an
			// instrument named after the town where it was made
			s.ms = removeMention(s.ms, p)
			p.e.absorbed = true
			j = p.j
		} else if p := s.entityAt(s.skipThe(of+1), graph.State, graph.Place); p != nil && p.kind == mEntity && s.word(of, "of", "across") && s.complementName(i, of, p.j) {
			// "the Popular Movement for the Liberation of Chad", "the
			// Department of China Affairs": the state ends the name
			s.ms = removeMention(s.ms, p)
			p.e.absorbed = true
			j = p.j
			for j < len(s.toks) && s.toks[j].word && s.toks[j].upper() && !s.covered(j, j+1) {
				j++ // "the Organization for the Development of the Senegal River"
			}
		}
		if p := s.civilBodyState(i, j); p != nil {
			// "the National Union of Workers of Mali", "the Methodist Church
			// in Kenya": a body of the people, not of the state, keeps
			// its state in its name
			s.ms = removeMention(s.ms, p)
			p.e.absorbed = true
			j = p.j
		}
		if k := d.meetingOfBody(s, i, j); k > 0 {
			// "(the 7th) Ordinary Meeting of the Council of Ministers": the
			// session is read with its number later; its body is a name
			i = s.skipThe(k + 1)
		}
		if !d.organOfKnownBody(s, i, j) && !d.classify(s, i, j) {
			open = append(open, [2]int{i, j})
		}
		if agr := s.entityAt(i, graph.Agreement); agr != nil && len(sides) > 0 {
			parties := statesOfGovernments(sides)
			for _, e := range sides {
				if !slices.Contains(parties, e) {
					e.absorbed = true // "of the Government of Japan and …": Japan binds itself
				}
			}
			for _, e := range parties {
				d.relate(graph.PartyTo, e, agr.e, s, confPattern, "", "")
			}
		} else {
			for _, e := range sides {
				e.absorbed = true
			}
		}
		i = j
	}
	for _, m := range s.ms {
		// "Sir William Whitelaw CH MC, Home Secretary": the letters after
		// a name are no part of it, but the title after them is its
		if m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
			for m.j < len(s.toks) && postNominals[s.toks[m.j].norm] && allCaps(s.toks[m.j].text) && !s.covered(m.j, m.j+1) {
				m.j++
			}
		}
	}
	if d.bodiesOfStates(s) {
		// a name after "the Chairman of the CPN (Maoist)," reads anew
		kept := open[:0]
		for _, sp := range open {
			if s.covered(sp[0], sp[1]) || !d.classify(s, sp[0], sp[1]) {
				kept = append(kept, sp)
			}
		}
		open = kept
	}
	for _, sp := range open {
		d.titleFromContext(s, sp[0], sp[1])
	}
	for added := true; added && !s.title; {
		// a list goes on from a place it names: "in Swat, Buner and
		// Shangla", "the villages of Kok-Tash, Ak-Sai and Arka"
		added = false
		for _, sp := range open {
			if pt := d.listedPlace(s, sp[0], sp[1]); pt != "" && !s.covered(sp[0], sp[1]) {
				d.contextEntity(s, sp[0], sp[1], graph.Place, s.tokText(d, sp[0], sp[1]), pt)
				added = true
			}
		}
	}
	d.townVenues(s) // once every name is read: the lexicon's towns and those the context found ("in the Bujanovac municipal hall")
	d.openedVenues(s)
	d.officeTitles(s)
	// a list is read from either end: "X, Y and Z each won" from the
	// right, "A of Argentina, B of Bolivia, C of Brazil" from the left
	for added := true; added; {
		added = false
		for k := len(open) - 1; k >= 0; k-- {
			sp := open[k]
			if s.covered(sp[0], sp[1]) {
				continue
			}
			if sp[1]-sp[0] >= 2 && (d.listedWithPerson(s, sp[0], sp[1]) || s.inMemberList(sp[0]) || d.peopleListItem(s, sp[0], sp[1]) || d.compositionLine(s, sp[0]) != nil) && d.personCue(s, sp[0], sp[1], true) &&
				!s.portfolioBefore(sp[1]) {
				surface := s.tokText(d, sp[0], sp[1])
				e := d.entity(graph.Person, surface, nil)
				e.addSurface(surface)
				s.addMention(&mention{i: sp[0], j: sp[1], kind: mEntity, e: e, text: surface})
				added = true
			}
		}
	}
	d.generationalSuffixes(s)
}

// generationalSuffixes stretches a person's mention over ", Jr." or ", Sr."
// after the name ("Dr. William R. Tolbert, Jr., President of the Republic
// of Liberia"), so that a title set after it stands right after the name,
// and keeps the name with its suffix among the person's names.
func (d *doc) generationalSuffixes(s *sentence) {
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Person || m.kind != mEntity {
			continue
		}
		k := m.j
		if s.word(k, ",") {
			k++
		}
		if !s.word(k, "jr", "sr") || !s.toks[k].upper() || s.covered(k, k+1) {
			continue
		}
		k++
		if s.word(k, ".") && s.toks[k].start == s.toks[k-1].end {
			k++
		}
		m.e.addSurface(s.tokText(d, m.i, k)) // the name as the text gives it
		m.j = k
	}
}

// meetingOfBody is the "of" after a numbered session's noun in the
// capitalised span [i, j) ("Ordinary Meeting of the Council of Ministers"
// after "the 7th"), when a body's name follows it; 0 otherwise.
func (d *doc) meetingOfBody(s *sentence, i, j int) int {
	if !s.ordinalBefore(i) {
		return 0
	}
	for k := i + 1; k < j-1; k++ {
		if s.word(k, "of") {
			if q := s.skipThe(k + 1); sessionNouns[s.tokNorm(k-1)] && q < j && orgHeads[s.headNounOf(q, j)] {
				return k
			}
			return 0
		}
	}
	return 0
}

// venueNamed reports whether the capitalised words [i, j) name a venue by
// their head ("the Bwawani Hotel", "the Palace of the People's Assembly")
// or their first word ("the Palais des Congrès").
func (s *sentence) venueNamed(i, j int) bool {
	if j-i < 2 || s.title {
		return false
	}
	if s.word(j-2, "conference", "convention") && s.word(j-1, "centre", "center") ||
		s.word(j-1, "house", "centre", "center", "building", "complex", "block") && s.word(s.skipBackThe(i-1), "at") {
		// "the Arusha International Conference Centre", "at Government
		// House", "held at the World Trade Centre", "at North Block"
		return true
	}
	return venueHeads[s.headNounOf(i, j)] && s.toks[i].upper() || venueOpeners[s.toks[i].norm]
}

// possessedVenue is the end of the capitalised words from k, up to three,
// that end in a venue's noun: "(the Prime Minister's) Official
// Residence", "(the President's) Guest House"; k when there are none.
func (s *sentence) possessedVenue(k int) int {
	for q := k; q < min(len(s.toks), k+3) && s.toks[q].word && s.toks[q].upper() && !s.covered(q, q+1); q++ {
		if venueHeads[s.toks[q].norm] || s.word(q, "house", "office") {
			return q + 1
		}
	}
	return k
}

// roadNumberAt reports whether a short number that is no day of a date
// and no count of people follows the name of a road or street [i, j).
func (s *sentence) roadNumberAt(i, j int) bool {
	if j >= len(s.toks) || !s.toks[j].digit() || len(s.toks[j].norm) > 3 || s.covered(j, j+1) || monthOf(s.tokNorm(j+1)) != 0 ||
		victims[s.tokNorm(j+1)] || s.word(j+1, "dead", "killed", "injured", "wounded") {
		return false
	}
	return s.word(j-1, "road", "route", "highway", "street", "avenue") || venueOpeners[s.toks[i].norm] && !s.word(i, "hotel", "hôtel", "camp", "fort")
}

// shouted reports whether the sentence is written in capitals.
func (s *sentence) shouted(d *doc) bool {
	text := s.text(d)
	return text == strings.ToUpper(text) && strings.ToLower(text) != text
}

// regimes reads a regime named by its state or its ruler: "the Ethiopian
// regime", "the Salisbury regime", "the regime of Anwar Sadat" (a name
// with a capitalised word before "regime" is read with the other names).
func (d *doc) regimes(s *sentence) {
	if s.title {
		return
	}
	for k, tk := range s.toks {
		if (tk.norm != "regime" && tk.norm != "junta") || tk.upper() || s.covered(k, k+1) {
			continue
		}
		if m := s.at(k - 1); m != nil && m.j == k && m.e != nil && (m.kind == mAdjective || m.e.Type == graph.State || m.e.Type == graph.Place && isTown(m.e)) {
			s.ms = removeMention(s.ms, m)
			d.contextEntity(s, m.i, k+1, graph.Organization, s.tokText(d, m.i, k+1), "")
			continue
		}
		if p := s.personAt(s.skipThe(k + 2)); s.word(k+1, "of") && p != nil && s.word(k-1, "the") {
			d.contextEntity(s, k, p.j, graph.Organization, s.tokText(d, k, p.j), "")
		}
	}
}

// townVenues reads a venue named by its town and a common noun: "in the
// Bujanovac municipal hall", "at the Kourou town hall", "at the Jaffna
// teaching hospital". The site, not the town, is where a meeting sat.
func (d *doc) townVenues(s *sentence) {
	if s.title {
		return
	}
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.kind != mEntity || m.e == nil || m.e.Type != graph.Place || !isTown(m.e) || !s.word(m.i-1, "the") || !s.word(m.i-2, "at", "in") {
			continue
		}
		k := m.j
		for k < min(len(s.toks), m.j+2) && s.toks[k].word && !s.toks[k].upper() && !venueHeads[s.toks[k].norm] && townVenueModifiers[s.toks[k].norm] {
			k++
		}
		if k >= len(s.toks) || s.toks[k].upper() || !venueHeads[s.toks[k].norm] || s.covered(k, k+1) {
			continue
		}
		s.ms = removeMention(s.ms, m)
		m.e.absorbed = true
		d.contextEntity(s, m.i, k+1, graph.Place, s.tokText(d, m.i, k+1), "site")
	}
}

// openedVenues reads a venue whose name opens with its common noun and goes
// on with a name the lexicon knows or an "of" phrase: "at Villa Somalia",
// "in the House of Soviets", "at the Palace of Nations". The word alone
// would be read as the venue and the name after it as a state or a place.
func (d *doc) openedVenues(s *sentence) {
	if s.title {
		return
	}
	for k := 1; k+1 < len(s.toks); k++ {
		tk := s.toks[k]
		if !tk.upper() || !(venueHeads[tk.norm] || venueOpeners[tk.norm] || tk.norm == "house") {
			continue
		}
		if !s.word(k-1, "at", "in") && !(s.word(k-1, "the") && s.word(k-2, "at", "in")) {
			continue
		}
		if m := s.at(k); m != nil && (m.i != k || m.j != k+1 || m.e == nil || m.e.Type != graph.Place) {
			continue // a longer name read already ("the Palace of the Republic")
		}
		end := k
		if m := s.at(k + 1); m != nil && m.i == k+1 && m.e != nil && (m.e.Type == graph.State || m.e.Type == graph.Place) {
			end = m.j // "Villa Somalia"
		} else if s.word(k+1, "de", "du", "des", "del", "di", "do", "da") && k+2 < len(s.toks) && s.toks[k+2].word &&
			(s.toks[k+2].upper() || s.word(k+2, "la", "los", "las") && k+3 < len(s.toks) && s.toks[k+3].upper() ||
				strings.HasPrefix(s.toks[k+2].text, "l'") || strings.HasPrefix(s.toks[k+2].text, "l’")) {
			// "the Hôtel de l'Amitié", "the Palacio de la Moneda", "the
			// Palais du Peuple": the venue named in its own language
			q := k + 2
			if s.word(q, "la", "los", "las") {
				q++
			}
			end = q + 1 // one word: "… de la Zarzuela. Señor Suárez" is another name
		} else if s.word(k+1, "of") {
			q := s.skipThe(k + 2)
			for q < len(s.toks) && s.toks[q].word && s.toks[q].upper() {
				if m := s.at(q); m != nil && m.e != nil && m.e.Type != graph.State && m.e.Type != graph.Place {
					break // "the House of Representatives": a body's name
				}
				q++
			}
			if q > s.skipThe(k+2) && (q == len(s.toks) || !s.toks[q].upper()) && !chamberNames[s.tokNorm(s.skipThe(k+2))] {
				end = q
			}
		}
		if end == k {
			continue
		}
		for _, m := range append([]*mention(nil), s.ms...) {
			if m.i >= k && m.j <= end {
				s.ms = removeMention(s.ms, m)
				if m.e != nil && m.e.Type != graph.Person {
					m.e.absorbed = true
				}
			}
		}
		d.contextEntity(s, k, end, graph.Place, s.tokText(d, k, end), "site")
		k = end
	}
}

// possessiveVenues reads a venue named after an office's holder: "at the
// Governor's House", "at the Prime Minister's Official Residence", whose title the
// lexicon knows but which names a place here. Not after "at", an office so
// named is a body: "the Public Prosecutor's Office opened an inquiry".
func (d *doc) possessiveVenues(s *sentence) {
	for k := 1; k+1 < len(s.toks); k++ {
		if !s.word(k, "'s", "’s") || !s.toks[k+1].upper() {
			continue
		}
		end := s.possessedVenue(k + 1) // "the Prime Minister's Official Residence"
		if end == k+1 {
			continue
		}
		i := k - 1
		if r := s.roleAt(k - 1); r != nil && r.j == k {
			i = r.i
		}
		for i > 0 && s.toks[i-1].word && s.toks[i-1].upper() && !s.covered(i-1, i) && !stopCaps[s.tokNorm(i-1)] {
			i-- // "the Specialised Prosecutor's Office"
		}
		if !s.toks[i].upper() || !s.word(i-1, "the") || s.covered(k+1, k+2) {
			continue
		}
		typ, placeType := graph.Place, "site"
		if !s.word(i-2, "at") {
			if end != k+2 || !orgHeads[s.tokNorm(k+1)] || s.roleAt(k-1) == nil && !officeNouns[s.tokNorm(k-1)] {
				continue
			}
			typ, placeType = graph.Organization, "" // "the Prime Minister's Office announced": the office as a body
		}
		for _, m := range append([]*mention(nil), s.ms...) {
			if m.i >= i && m.j <= k {
				s.ms = removeMention(s.ms, m)
			}
		}
		d.contextEntity(s, i, end, typ, s.tokText(d, i, end), placeType)
	}
}

// knownAs reads the name of a group the text introduces by its kind: "the
// group known as Paz y Justicia", "a militia called Kamajors".
func (d *doc) knownAs(s *sentence) {
	for k := 2; k+1 < len(s.toks); k++ {
		noun := k - 1 // "a militia called X"
		if s.word(k-1, "known") && s.word(k, "as") {
			noun = k - 2 // "the group known as X"
		} else if !s.word(k, "called") {
			continue
		}
		if !armedGroupNouns[s.tokNorm(noun)] {
			continue
		}
		i := k + 1
		j := i
		for j < len(s.toks) && !s.covered(j, j+1) && (s.toks[j].word && s.toks[j].upper() ||
			j > i && s.word(j, "y", "de", "del", "la", "e", "et") && j+1 < len(s.toks) && s.toks[j+1].upper()) {
			j++
		}
		if j > i {
			d.contextEntity(s, i, j, graph.Organization, s.tokText(d, i, j), "").named = true
		}
	}
}

// spelledNames finds the names a bracketed acronym spells: "Liberians
// United for Reconciliation and Democracy (LURD)" is a body's name, however
// its words would otherwise be read. The words run back from the bracket to
// where their capitals spell the acronym.
func (d *doc) spelledNames(s *sentence) {
	t := s.toks
	if s.title {
		return
	}
	for k := 2; k+2 < len(t); k++ {
		if !s.word(k, "(") || !s.word(k+2, ")") || !allCaps(t[k+1].text) || len(t[k+1].text) < 3 || s.covered(k-1, k) {
			continue
		}
		for i := k - 1; i >= max(0, k-12); i-- {
			if !t[i].word || s.covered(i, i+1) && !s.adjectiveBefore(i+1) {
				break
			}
			if !t[i].upper() {
				continue
			}
			if name := s.tokText(d, i, k); initialsOf(name) != t[k+1].text && everyInitial(name) != t[k+1].text {
				continue
			}
			if m := s.at(i); m != nil && m.kind == mAdjective {
				s.ms = removeMention(s.ms, m)
			}
			typ := graph.Organization // "the All Basotho Convention (ABC)" is a party
			switch s.headNounOf(i, k) {
			case "agreement", "accord", "protocol", "memorandum", "treaty", "declaration", "roadmap":
				typ = graph.Agreement // "the Comprehensive Peace Agreement (CPA)"
			}
			d.contextEntity(s, i, k, typ, s.tokText(d, i, k), "")
			break
		}
	}
}

// initialsOf is the acronym a name's capitalised words spell:
// "Liberians United for Reconciliation and Democracy" is "LURD".
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := []rune(w); len(r) > 0 && unicode.IsUpper(r[0]) {
			b.WriteRune(r[0])
		}
	}
	return b.String()
}

// everyInitial is the acronym every word of a name spells, as names in
// languages that keep their particles in the acronym do: "Chama cha
// Mapinduzi" is "CCM".
func everyInitial(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r := []rune(w); unicode.IsLetter(r[0]) {
			b.WriteRune(unicode.ToUpper(r[0]))
		}
	}
	return b.String()
}

// ordinalAt reports whether an ordinal opens at token i ("XIIIth").
func (s *sentence) ordinalAt(i int) bool {
	n, _ := ordinal(s, i)
	return n > 0
}

// organOfKnownBody finds an organ named by one word and the body it
// belongs to, when that body's name was found first ("the Council of the
// Northern Union", "the Parliament of Lesotho"): the capitalised span stops
// at the known name, and "Council" alone names nothing. The organ is named
// with its body, and partsOf ties the two.
func (d *doc) organOfKnownBody(s *sentence, i, j int) bool {
	if j-i != 1 || !partNouns[s.toks[i].norm] || !s.toks[i].upper() || !s.word(j, "of") {
		return false
	}
	whole := s.bodyAt(s.skipThe(j + 1))
	if whole == nil || whole.e == nil || whole.kind != mEntity {
		return false
	}
	surface := s.tokText(d, i, whole.j)
	e := d.entity(graph.Organization, surface, nil)
	e.addSurface(surface)
	e.addSurface(whole.e.Name + " " + s.toks[i].text)
	s.addMention(&mention{i: i, j: j, kind: mEntity, e: e, text: s.toks[i].text})
	return true
}

// titleFromContext reads a title the lexicon does not know from where it
// stands: between a person and the body it is of ("Mr A, Chief Whip of the
// Jatiya Sangsad", "B, Interlocutor for the Naga Peace Talks") or before
// them ("Chief Whip of the Jatiya Sangsad, A"). The span becomes a title
// of its own words, which the role rules then read like any other.
func (d *doc) titleFromContext(s *sentence, i, j int) {
	for i > 0 && s.toks[i-1].word && s.toks[i-1].upper() && !s.covered(i-1, i) && s.word(i-1, "foreign", "external", "internal", "home") {
		i-- // "Secretary of Foreign Relations": the span began past "Foreign"
	}
	if r := s.roleAt(i - 1); r != nil && r.j == i && r.j-r.i == 1 {
		i = r.i // "Chief Whip": the lexicon knew only its first word
	}
	words := i               // where the words the lexicon did not know begin
	lastKnown := s.roleAt(j) // "Majority Leader": the lexicon knew only its last word
	if lastKnown != nil && lastKnown.i == j && lastKnown.j-lastKnown.i == 1 && j-i <= 2 && s.word(lastKnown.j, "of") && !s.covered(i, j) {
		j = lastKnown.j
	} else {
		lastKnown = nil
	}
	if r := s.roleAt(i - 2); s.word(i-1, "and", "of", "for") && r != nil && r.j == i-1 {
		i = r.i // "Minister of Foreign Affairs and Worship", "Minister of Fisheries": the portfolio goes on
	} else if r := s.portfolioRoleBefore(i); r != nil {
		i = r.i // "Secretary of State for Foreign and Commonwealth Affairs"
	} else if s.word(i-1, "of", "for") {
		return // "Inspector-General of Police": the complement of a title no one knows
	}
	if j-words > 4 || s.covered(i, j) && s.roleAt(i) == nil && lastKnown == nil || s.title || stopCaps[s.toks[words].norm] && !titleModifiers[s.toks[words].norm] ||
		!s.word(j, "of", "for") || orgHeads[s.tokNorm(j-1)] || instrumentHeads[s.tokNorm(j-1)] || meetingHeads[s.tokNorm(j-1)] ||
		pluralTitleWords[s.tokNorm(j-1)] {
		return
	}
	b := s.at(s.skipThe(j + 1))
	if b == nil || b.e == nil || b.e.Type != graph.Organization && b.e.Type != graph.State {
		return
	}
	after := s.word(b.j, ",") && s.personAt(s.skipHonorifics(b.j+1)) != nil
	before := s.word(i-1, ",") && s.entityBefore(i-1, graph.Person) != nil
	if !after && !before {
		return
	}
	if r := s.roleAt(i); r != nil {
		s.ms = removeMention(s.ms, r)
	}
	if lastKnown != nil {
		s.ms = removeMention(s.ms, lastKnown)
		if i > 0 && !s.toks[i-1].upper() && titleModifiers[s.tokNorm(i-1)] {
			i-- // "former Majority Leader"
		}
	}
	text := s.tokText(d, i, j)
	s.addMention(&mention{i: i, j: j, kind: mRole, role: &Entry{Type: RoleType, Name: text, key: normPhrase(text)}, text: text})
}

// portfolioRoleBefore is the title whose portfolio runs on to token i
// over capitalised words joined by "and" or commas: "Secretary of State
// for Foreign and | Commonwealth Affairs"; nil when there is none.
func (s *sentence) portfolioRoleBefore(i int) *mention {
	if !s.word(i-1, "and", ",") {
		return nil
	}
	k := i - 2
	for k >= 0 && (s.toks[k].upper() && s.at(k) == nil || s.word(k, ",", "and")) {
		k--
	}
	if k == i-2 || !s.word(k, "for", "of") {
		return nil
	}
	if r := s.roleAt(k - 1); r != nil && r.j == k {
		return r
	}
	return nil
}

// inMemberList reports whether token i stands in a list of members
// ("members: A, B and C"): only names, commas, "and" and honorifics lie
// between it and the phrase that opens the list.
func (s *sentence) inMemberList(i int) bool {
	for k := i - 1; k >= 0; k-- {
		if n := s.phraseAt(k, memberListPhrases); n > 0 && k+n <= i {
			return true
		}
		// "Among those present at the ceremony were A and B", "Attending
		// the meeting were A and B": the people who took part
		if s.word(k, "were") && k > 0 && s.find(max(0, k-8), k, "present", "attending", "participants", "attendance") >= 0 {
			return true
		}
		t := s.toks[k]
		if !(t.word && (t.upper() || particles[t.norm]) || s.word(k, ",", "and", ";", ".", "(", ")") || s.honorific(k)) {
			return false
		}
	}
	return false
}

// headsOfStateEnd reports whether "Heads of State (and Government) of
// (the)" ends just before token k: the state named there is the one its
// leaders stand for, not part of a name ("State of Kenya", "Government of
// Malawi").
func (s *sentence) headsOfStateEnd(k int) bool {
	q := s.skipBackThe(k-1) + 1
	if !s.word(q-1, "of") {
		return false
	}
	q--
	if s.word(q-1, "government") && s.word(q-2, "and") {
		q -= 2
	}
	return s.word(q-1, "state") && s.word(q-2, "of") && s.word(q-3, "heads", "head")
}

// directionalRegions reads a region named by its direction in a country
// or province: "southern Lebanon", "northern Rakhine". The country keeps
// its own entity; the mention becomes the region's.
func (d *doc) directionalRegions(s *sentence) {
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.kind != mEntity || m.e == nil || !(m.e.Type == graph.State || m.e.Type == graph.Place && m.e.PlaceType != "city") ||
			!directions[s.tokNorm(m.i-1)] || s.covered(m.i-1, m.i) || s.toks[m.i-1].upper() && m.i-1 > 0 {
			continue
		}
		s.ms = removeMention(s.ms, m)
		d.contextEntity(s, m.i-1, m.j, graph.Place, s.tokText(d, m.i-1, m.j), "region")
	}
}

// cabinet reads "the Cabinet" as a body of its own: a communiqué names its
// government's cabinet by that word alone ("an emergency meeting of the
// Cabinet", "a Cabinet meeting"), and no earlier name stands behind it.
func (d *doc) cabinet(s *sentence) {
	for i, t := range s.toks {
		if t.text != "Cabinet" || s.covered(i, i+1) || s.title {
			continue
		}
		if !s.word(i-1, "the") && !meetingWords[s.tokNorm(i+1)] || s.word(i+1, "of") || i+1 < len(s.toks) && s.toks[i+1].upper() {
			continue // not "the Cabinet of Ministers", "the Cabinet Office"
		}
		d.contextEntity(s, i, i+1, graph.Organization, "Cabinet", "")
	}
}

// governments reads a state's government as a body of its own: "the
// Yemeni government", "the Government of the Republic of Colombia".
func (d *doc) governments(s *sentence) {
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.e == nil || m.e.Type != graph.State {
			continue
		}
		of := s.skipBackThe(m.i - 1) // "Government of (the) STATE"
		i, j := -1, -1
		switch {
		case m.kind == mAdjective && s.word(m.j, "government") && !s.covered(m.j, m.j+1):
			i, j = m.i, m.j+1
		case m.kind == mEntity && s.word(of, "of") && s.word(of-1, "government") && !s.covered(of-1, of) && !s.headsOfStateEnd(m.i):
			// not "the Heads of State and Government of Mozambique", its leaders
			i, j = of-1, m.j
			for i > 0 && s.toks[i-1].upper() && s.toks[i-1].word && !s.covered(i-1, i) && !stopCaps[s.toks[i-1].norm] {
				i-- // "the Transitional Government of Chad"
			}
		case m.kind == mEntity && s.word(of, "of") && s.word(of-1, "forces", "army", "police", "navy", "gendarmerie") && s.toks[of-1].upper() &&
			(of < 2 || s.at(of-2) == nil || s.at(of-2).kind != mRole) && !s.covered(of-1, of):
			// "the Armed Forces of Niger", "the National Army of Chad": the
			// state's force, one body
			i, j = of-1, m.j
			for i > 0 && s.toks[i-1].upper() && s.toks[i-1].word && !s.covered(i-1, i) && !stopCaps[s.toks[i-1].norm] {
				i--
			}
		default:
			continue
		}
		s.ms = removeMention(s.ms, m)
		name := s.tokText(d, i, j)
		if m.kind == mEntity && s.word(i, "government") {
			// "the Government of the Republic of Colombia" is the
			// Government of Colombia, however the state is styled
			name = s.toks[i].text + " of " + m.e.Name
		}
		d.contextEntity(s, i, j, graph.Organization, name, "").governs = m.e
	}
}

// bodiesOfStates reads a party or movement named after its state: "the
// Communist Party of Nepal (Maoist)", whose state the lexicon saw and
// whose bracketed word is part of the name.
func (d *doc) bodiesOfStates(s *sentence) bool {
	merged := false
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.kind != mEntity || m.e == nil || m.e.Type != graph.Organization || m.e.entry != nil || !s.word(m.j, "of") {
			continue
		}
		st := s.entityAt(s.skipThe(m.j+1), graph.State) // "of the Soviet Union"
		if st == nil || !partyHeads[lastWord(m.e.Name)] {
			continue
		}
		j := st.j
		if s.word(j, "(") && j+2 < len(s.toks) && s.toks[j+1].upper() && s.word(j+2, ")") && s.at(j+1) == nil && !isAcronym(s.toks[j+1].text) {
			j += 3 // "(Maoist)", but "(CPM)" is the name's acronym
		}
		surface := s.tokText(d, m.i, j)
		s.ms = removeMention(removeMention(s.ms, m), st)
		e := d.entity(graph.Organization, surface, nil)
		e.addSurface(surface)
		if len(m.e.surfaces) == 1 && m.e.surfaces[0] == m.text && m.e != e {
			// "Communist Party" was only this name's beginning: what was
			// said of it is said of the whole name
			d.replaceEntity(m.e, e)
		}
		s.addMention(&mention{i: m.i, j: j, kind: mEntity, e: e, text: surface})
		merged = true
	}
	return merged
}

// placeNamedBodies reads a body whose name opens with a place or a state:
// "the Daraa Civil Council", "the Kabul Provincial Council", "the
// Mozambique National Resistance Movement". The place's mention becomes
// the body's.
func (d *doc) placeNamedBodies(s *sentence) {
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.kind != mEntity || m.e == nil || m.e.Type != graph.Place && m.e.Type != graph.State || m.j >= len(s.toks) ||
			!s.toks[m.j].upper() || s.covered(m.j, m.j+1) {
			continue
		}
		j := d.capSpan(s, m.j)
		if j <= m.j || j-m.j < 2 {
			continue
		}
		head := s.headNounOf(m.j, j)
		if !orgHeads[s.tokNorm(j-1)] && !(s.titleComplement(m.i) && (meetingHeads[head] || instrumentHeads[head] || orgHeads[head])) {
			continue // but "leader of the Lesotho Congress for Democracy" is a party
		}
		if s.venueNamed(m.j, j) {
			continue // "the Myanmar International Convention Centre" is a venue (see classify)
		}
		s.ms = removeMention(s.ms, m)
		i := s.openedByHyphenedPlace(m.i) // "the Cameroon-Nigeria Mixed Commission": both places open it
		d.contextEntity(s, i, j, graph.Organization, s.tokText(d, i, j), "")
	}
}

// openedByHyphenedPlace is where a name that starts at token i starts
// when a state or a place joined to it by a hyphen or a dash opens it
// ("the Cameroon-Nigeria Mixed Commission", "the Australia–Tuvalu
// Falepili Union Treaty"): that mention is dropped, the name takes it.
func (s *sentence) openedByHyphenedPlace(i int) int {
	k := i // where the mention before ends
	if i >= 2 && s.word(i-1, "–", "—") && s.toks[i-1].end == s.toks[i].start && s.toks[i-2].end == s.toks[i-1].start {
		k = i - 1 // a dash with no space around it joins too
	} else if i == 0 || !s.toks[i].hyphen {
		return i
	}
	if p := s.at(k - 1); p != nil && p.e != nil && p.j == k && (p.e.Type == graph.State || p.e.Type == graph.Place) {
		s.ms = removeMention(s.ms, p)
		return p.i
	}
	return i
}

// placeNamedInstruments reads an instrument named after the place where it
// was made: "the Taif Agreement", "the Minsk agreements", "the Nairobi
// Declaration". The place's mention becomes the instrument's.
func (d *doc) placeNamedInstruments(s *sentence) {
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.kind != mEntity || m.e == nil || (m.e.Type != graph.Place && m.e.Type != graph.State) || m.j >= len(s.toks) {
			continue
		}
		h := s.toks[m.j]
		if meetingHeads[h.norm] && h.upper() && m.e.Type == graph.Place && !s.covered(m.j, m.j+1) &&
			!s.ordinalBefore(m.i) && !d.future(s, m.i) && !s.title {
			// "the Berlin Conference on Libya": held where it is named after
			j := max(d.capSpan(s, m.j), m.j+1)
			s.ms = removeMention(s.ms, m)
			d.meetingFromContext(s, m.i, j, m.e)
			if topic := s.entityAt(j+1, graph.State, graph.Place, graph.Organization); topic != nil && s.word(j, "on", "for") {
				// "the Berlin Conference on Libya": the topic is in the name
				mt := s.at(m.i).e
				renamed := d.entity(graph.Meeting, s.tokText(d, m.i, topic.j), nil)
				renamed.named, renamed.venue = true, mt.venue
				d.replaceEntity(mt, renamed)
			}
			continue
		}
		head := m.j
		if !instrumentHeads[h.norm] && h.upper() && m.j+1 < len(s.toks) && instrumentHeads[s.toks[m.j+1].norm] && s.toks[m.j+1].upper() &&
			!s.covered(m.j, m.j+2) && !instrumentVerbForm(h.norm) {
			head = m.j + 1 // "the Doha Peace Agreement"
		}
		h = s.toks[head]
		if !instrumentHeads[h.norm] || s.covered(head, head+1) || !h.upper() && !(s.word(m.i-1, "the") && strings.HasSuffix(h.norm, "s")) {
			continue
		}
		if s.venueNamed(m.j, d.capSpan(s, m.j)) {
			continue // "the Myanmar International Convention Centre"
		}
		s.ms = removeMention(s.ms, m)
		d.contextEntity(s, m.i, head+1, graph.Agreement, s.tokText(d, m.i, head+1), "")
	}
}

// instrumentVerbForm reports whether a word is the present tense of a verb
// that makes an instrument: "Sign", "Signs", "Agree" in a headline's Title
// Case ("Timor-Leste and Australia Sign Treaty …"), which no instrument's
// name holds.
func instrumentVerbForm(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return instrumentVerbs[w+"ed"] || instrumentVerbs[w+"d"]
}

// listedWithPerson reports whether the span [i, j) stands in a list ("A, B
// and C") beside a person. A span after "of", "'s" or "and" ends a title's
// or a body's name before the person apposed to it: "the Ministry of
// Justice and Public Security, Ricardo Cappelli", "HART's National
// Organiser, John Minto".
func (d *doc) listedWithPerson(s *sentence, i, j int) bool {
	isPerson := func(k int) bool {
		m := s.at(k)
		return m != nil && m.e != nil && m.e.Type == graph.Person
	}
	if s.word(j, ",", "and") && isPerson(j+1) && !s.word(s.skipBackThe(i-1), "of", "for", "'s", "and", "on") {
		return true
	}
	if s.word(i-1, ",", "and") && isPerson(i-2) {
		return true
	}
	// "Foreign Ministers A of South Africa and B of Botswana": each name
	// with its state after it
	if m := s.entityBefore(i-1, graph.State); m != nil && s.word(i-1, "and", ",") && s.word(m.i-1, "of") && isPerson(m.i-2) {
		return true
	}
	return false
}

// knownNames marks the names of entities found earlier from context or the
// header, which the lexicon does not know ("the Hauran Civic Council").
func (d *doc) knownNames(s *sentence) {
	// a name can only start at a token that is its first word; the set of
	// the sentence's words saves walking it for each of the document's names
	if d.sentenceWords == nil {
		d.sentenceWords = make(map[string]bool, 64)
	}
	words := d.sentenceWords
	clear(words)
	for _, t := range s.toks {
		words[t.norm] = true
	}
	for _, id := range d.order {
		e := d.ents[id]
		if e.entry != nil || e.Type == graph.Meeting || e.Type == graph.Event || e.dropped {
			continue
		}
		for _, n := range e.names() {
			if n == "" || !strings.Contains(n, " ") && !(e == d.issuer() && e.Type == graph.Organization) {
				continue // one word names the issuer only: "Lokarri condemns …"
			}
			first, _, _ := strings.Cut(n, " ")
			if !words[first] {
				continue
			}
			for i := range s.toks {
				if k := s.keyAt(i, n); k > 0 && !s.covered(i, i+k) {
					s.addMention(&mention{i: i, j: i + k, kind: mEntity, e: e, text: s.tokText(d, i, i+k)})
				}
			}
		}
	}
}

// peopleListItem reports whether the span [i, j) opens an item of a list
// of people, before a comma, under a line that introduces them: "Signed by
// the members of the Committee, who took part in the meeting: / Jerzy
// Andrzejewski, writer;".
func (d *doc) peopleListItem(s *sentence, i, j int) bool {
	if i != s.skipHonorifics(0) || !s.word(j, ",") || j-i > 4 {
		return false
	}
	intro := d.listIntro(s)
	return intro != nil && (attendanceIntro(intro) || intro.find(0, len(intro.toks), "signed", "signatories", "members", "composed", "comprised") >= 0)
}

// compositionLine is the title that opens a line of a body's
// composition, before a colon and the name that starts at token i
// ("Prime Minister: Sirr al-Khatim al-Khalifa", "Members: A, B and C",
// under "It is composed as follows:"), or nil; for "Members:", a mention
// with no role.
func (d *doc) compositionLine(s *sentence, i int) *mention {
	if r := s.lineTitle(i); r != nil && d.compositionIntro(s) != nil {
		return r
	}
	return nil
}

// lineTitle is the title that opens a line before a colon and the name
// that starts at token i, whatever introduced the line (compositionLine
// asks that).
func (s *sentence) lineTitle(i int) *mention {
	c := s.find(0, min(i, 16), ":")
	if c < 1 || s.find(c+1, i, ";", ":") >= 0 {
		return nil
	}
	if s.word(0, "members", "member") {
		return &mention{i: 0, j: 1, kind: mRole}
	}
	for k := range min(c, 2) {
		if r := s.roleAt(k); r != nil && r.j <= c {
			return r
		}
	}
	return nil
}

// compositionIntro is the introduction of the list s is a line of when it
// says its lines are what a body is made of ("The Council is composed as
// follows:", "Its members are:"), or nil. The last line may end with a
// full stop ("Members: A, B and four other officers.").
func (d *doc) compositionIntro(s *sentence) *sentence {
	intro := d.listIntro(s)
	if k := d.indexOf(s); intro == nil && k > 0 && d.sents[k-1].bulleted() && d.text[d.sents[k-1].end:s.start] == "\n" {
		intro = d.listIntro(d.sents[k-1])
	}
	if intro == nil || intro.compositionAt(0, len(intro.toks)) < 0 && intro.find(0, len(intro.toks), "follows", "composition", "members") < 0 {
		return nil
	}
	return intro
}

// otherAccents reports whether a surface written with accents matches the
// entries only once its accents are dropped, when an entry knows the name
// with other accents ("Visegrád" is no Višegrad) or the surface ends a
// longer capitalised name ("David Herrera Jordán" names no Jordan); a
// spelling the lexicon lacks, "Panamá", is still Panama.
func otherAccents(surface string, refs []patternRef, joined bool) bool {
	if !accented(surface) {
		return false
	}
	letters := func(n string) string { return spellingMarks.Replace(strings.ToLower(n)) }
	entryAccented := false // an entry that writes its name with accents
	for _, r := range refs {
		for _, n := range r.entry.names() {
			if letters(n) == letters(surface) || strings.HasSuffix(letters(surface), "'s") && letters(n) == strings.TrimSuffix(letters(surface), "'s") {
				return false
			}
			entryAccented = entryAccented || accented(n)
		}
	}
	return entryAccented || joined
}

// accented reports whether a name has a letter beyond ASCII: "Jordán".
func accented(name string) bool {
	for _, r := range name {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// spellingMarks are the marks two spellings of one name may differ by
// besides case: the apostrophe's form, a hyphen for a space.
var spellingMarks = strings.NewReplacer("’", "'", "-", " ")

// elidedParticle reports whether a word is a surname that opens with an
// elided particle: "d'Estaing", "d’Almeida".
func elidedParticle(w string) bool {
	for _, p := range []string{"d'", "d’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			return unicode.IsUpper([]rune(rest)[0])
		}
	}
	return false
}

// particleSurnameAt reports whether a surname that opens with one or two
// lower-case particles starts at token k: "van der Want", "de Souza".
func (s *sentence) particleSurnameAt(k int) bool {
	if !europeanParticles[s.tokNorm(k)] || s.toks[k].upper() {
		return false
	}
	if k+1 < len(s.toks) && europeanParticles[s.tokNorm(k+1)] && !s.toks[k+1].upper() {
		k++
	}
	return k+1 < len(s.toks) && s.toks[k+1].word && s.toks[k+1].upper() && !s.covered(k+1, k+2)
}

// capSpan returns the end of a capitalised name starting at token i, or i.
func (d *doc) capSpan(s *sentence, i int) int {
	t := s.toks
	if s.covered(i, i+1) || !t[i].word || t[i].digit() {
		return i
	}
	startsName := t[i].upper() || (particles[t[i].norm] && i+1 < len(t) && t[i+1].hyphen && t[i+1].upper())
	if !startsName {
		return i
	}
	if n, _ := ordinal(s, i); n > 0 && romanOrdinal(t[i].text+"th") == n {
		return i // "the XLIII Summit": a session's number, read with its noun
	}
	if s.rankInitial(i) {
		return i // "S. Parkash Singh Badal": a rank's initial; the name follows
	}
	if stopCaps[t[i].norm] && !(i+1 < len(t) && t[i+1].hyphen) && !s.leadingInitial(i) {
		// "General Secretariat", "Special Committee": a stop word that
		// opens a body's name
		if !(nameOpeners[t[i].norm] && i+1 < len(t) && t[i+1].upper() && !s.covered(i+1, i+2)) {
			return i
		}
		if j := d.capSpan(s, i+1); j <= i+1 || !orgHeads[t[j-1].norm] && !orgHeads[s.headNounOf(i+1, j)] && !((s.titleComplement(i) || j-i >= 2) && instrumentHeads[t[j-1].norm]) {
			// ("General Council of Haute-Corse": the head before "of")
			return i // but "leader of the All Basotho Convention" is a party's name
		}
	}
	j := i + 1
	complement := false // inside "X of Y" after a body's head noun
	for j < len(t) && !s.covered(j, j+1) {
		switch {
		case s.word(j, ".") && (j-1 > i || s.leadingInitial(i)) && s.initialAt(j-1) && j+1 < len(t) &&
			(t[j+1].upper() || s.word(j+1, "arap") && j+2 < len(t) && t[j+2].upper() || s.particleSurnameAt(j+1)) && t[j+1].word && !s.covered(j+1, j+2):
			// "Fidel V. Ramos": a middle initial; "Daniel T. arap Moi",
			// "F. van der Want";
			// "M. S. Gorbachev", "Md. Shahidul Haque": a name that opens
			// with its initials
			j++
		case t[j].word && t[j].upper() && !t[j].digit() && s.nameBreak(j):
			// "Lawyers Forum Dr Ahmed": a rank starts another name; "OIC
			// Council Concludes Its Meeting": a headline's verb ends one
			return j
		case t[j].word && t[j].upper() && !t[j].digit():
			// a body's name ends at its head noun: "the Hauran Council
			// Tarek Wahbi" is a body and a person
			if j-1 > i && orgHeads[t[j-1].norm] && !orgHeads[t[j].norm] {
				// unless the words after it end in a body noun too:
				// "Northern Front Operations Room"
				k := j
				for k < len(t) && t[k].word && t[k].upper() && !s.covered(k, k+1) {
					k++
				}
				if !orgHeads[t[k-1].norm] && !(venueHeads[t[k-1].norm] && k-j == 1) {
					return j // but "the Central Government Building" is a venue
				}
			}
			j++
		case europeanParticles[t[j].norm] && !t[j].upper() && europeanParticles[s.tokNorm(j+1)] && !t[j+1].upper() && j+2 < len(t) &&
			t[j+2].upper() && t[j+2].word && !s.covered(j+2, j+3) && !orgHeads[t[j-1].norm]:
			j += 3 // "Hans van den Broek", "Juan de la Cruz": two particles
		case t[j].word && (particles[t[j].norm] || europeanParticles[t[j].norm]) && !t[j].upper() && j+1 < len(t) && t[j+1].upper() && !s.covered(j+1, j+2) &&
			(t[j+1].hyphen || t[j].norm == "bin" || t[j].norm == "ibn" || t[j].norm == "bint" || t[j].norm == "abu" || t[j].norm == "arap" ||
				europeanParticles[t[j].norm] && (j-i >= 2 || s.honorific(i-1) || s.word(i-1, "general") || s.roleAt(i-1) != nil ||
					j-i == 1 && s.surnamesAfter(j+1) && !s.word(i-1, "in", "at", "near", "from", "to", "of") ||
					s.word(j, "van", "von") ||
					s.word(i-1, "near", "at", "in", "from", "to") && i > 0 && !t[i-1].upper()) && !orgHeads[t[j-1].norm]):
			// "Marcel Alain de Souza", "Ursula von der Leyen", "José Eduardo
			// dos Santos", "General Armando da Cruz Neto"; a place: "near
			// Zenza do Itombe"
			j += 2
		case t[j].word && particles[t[j].norm] && !t[j].upper() && j+1 < len(t) && t[j+1].upper() && !s.covered(j+1, j+2) &&
			len(worldPlaces().byName[s.normKey(i, j+2)]) > 0:
			j += 2 // "the Rio de Janeiro Protocol": a place's name opens it
		case t[j].word && t[j].hyphen && !t[j].digit(): // "Hay'at Tahrir al-Sham", "Abu-Hatab"
			j++
		case t[j].word && elidedParticle(t[j].text) && j-i >= 1 && !orgHeads[t[j-1].norm]:
			j++ // "Valéry Giscard d'Estaing", "Bernard d'Almeida"
		case (complement || s.word(j-1, "people", "women", "workers", "peasants", "farmers", "citizens")) &&
			s.word(j, "'s", "’s") && j+1 < len(t) && t[j+1].upper() && !s.covered(j+1, j+2):
			j++ // "the Palace of the People's Assembly", "the Republican People's Party"
		case s.word(j, "'s", "’s") && j+1 < len(t) && t[j+1].upper() && !s.covered(j+1, j+2) && s.word(s.skipBackThe(i-1), "at") &&
			(venueHeads[t[j+1].norm] || s.word(j+1, "house", "office")):
			j++ // "at the Governor's House", "at the Prime Minister's Office"
		case t[j].norm == "’" || t[j].norm == "'":
			// "Leaders' Meeting": a plural possessive inside a name
			if !strings.HasSuffix(t[j-1].norm, "s") || !s.upperAfterThe(j+1) || s.toks[j+1].start != t[j].end+1 {
				return j
			}
			j++
		case s.word(j, "of", "for") && j+1 < len(t) && monthOf(t[j+1].norm) != 0:
			return j // "the Lomé Declaration of July 2000": a date, not a name
		case s.word(j, ",") && complement && s.listInName(j) > j:
			// "the SADC Protocol on Politics, Defence and Security Cooperation"
			j = s.listInName(j)
		case venueOpeners[t[i].norm] && (europeanParticles[t[j].norm] || s.word(j, "de", "la", "des", "du")) && j+1 < len(t) &&
			(t[j+1].upper() || s.word(j+1, "la", "los", "las")) && !s.covered(j, j+2):
			j++ // "the Palais du Peuple", "the Palacio de La Moneda"
		case s.word(j, "of", "for", "on", "to", "through") && (orgHeads[t[j-1].norm] || instrumentHeads[t[j-1].norm] ||
			meetingHeads[t[j-1].norm] || venueHeads[t[j-1].norm] && t[j-1].upper() ||
			s.word(j-1, "house") && s.word(j, "of") && chamberNames[s.tokNorm(s.skipThe(j+1))] || // "the House of Bishops"
			complement && s.word(j, "of")) && s.upperAfterThe(j+1) &&
			!(s.word(j, "on", "to") && s.word(j+1, "the") && !instrumentHeads[t[j-1].norm]) &&
			!(s.word(j, "on") && s.streetAfter(j+1)):
			// (not "the National Assembly on Baghramyan Avenue", where it stands)
			// not "… on the Situation in Niger", a topic
			// "Authority on Development", "Assembly of Heads of State",
			// "Committee for the Peaceful Reunification of the Country"
			complement = true
			j = s.skipThe(j + 1)
		case complement && s.word(j, "of") && instrumentHeads[s.headNounOf(i, j)] && s.word(j+1, "the") && j+3 < len(t) && isYear(t[j+2]) &&
			t[j+3].upper() && s.instrumentRunAt(j+3):
			// "the Final Agreement on the Implementation of the 1976
			// Tripoli Agreement": a dated instrument inside the name
			j += 3
			for j < len(t) && t[j].word && t[j].upper() && !s.covered(j, j+1) {
				j++
			}
		case s.word(j, "of") && !complement && t[j-1].upper() && s.instrumentRunAt(j+1):
			// "the Cessation of Hostilities Agreement": the words after
			// "of" end in the instrument's head
			complement = true
			j++
		case complement && s.word(j, "to") && j+1 < len(t) && t[j+1].upper() && !s.covered(j+1, j+2) &&
			(instrumentHeads[s.headNounOf(i, j)] || meetingHeads[s.headNounOf(i, j)]):
			// "Declaration of Commitment to Protect the Civilians"
			j += 2
		case complement && s.word(j, "the") && t[j-1].upper() && j+1 < len(t) && t[j+1].upper() && !s.covered(j+1, j+2) &&
			(instrumentHeads[s.headNounOf(i, j)] || meetingHeads[s.headNounOf(i, j)]):
			j++
		case s.word(j, "and") && complement && instrumentHeads[s.headNounOf(i, j)] && s.upperAfterThe(j+1) &&
			!s.covered(j+1, j+2) && (j+2 >= len(t) || !t[j+2].upper() || s.covered(j+2, j+3)):
			// "the N'Djamena Accord for Peace and Reconciliation"
			j++
		case s.word(j, "and", "&") && t[j-1].upper() && s.bodyNameGoesOn(j+1, complement):
			// "Heads of State and Government", "Peace and Security Council"
			j++
		default:
			return j
		}
	}
	return j
}

// instrumentNamed reports whether the span [i, j) is an instrument's name
// by its head noun: "the Revitalized Agreement on …", or the last word of
// "the Cessation of Hostilities Agreement" (but not "the Government of
// National Accord", a body's name).
func (d *doc) instrumentNamed(s *sentence, i, j int) bool {
	head := s.headNounOf(i, j)
	if (head == "statement" || head == "communiqué" || head == "communique") && s.word(i, "joint") && (j-i == 2 || s.word(i+2, "of")) {
		// "a Joint Statement" the parties signed or issued is their
		// instrument; a statement alone is a document
		v := instrumentVerb(s, j-1)
		if v < 0 {
			v = instrumentVerb(s, i+1) // "signed the Joint Communiqué of A and B"
		}
		return v >= 0 && s.word(v, "signed", "issued", "adopted", "initialled")
	}
	return instrumentHeads[head] || instrumentHeads[s.tokNorm(j-1)] && !orgHeads[head] && strings.Contains(s.tokText(d, i, j), " of ")
}

// instrumentRunAt reports whether the capitalised words from token k end
// in an instrument's head noun: "Hostilities Agreement".
func (s *sentence) instrumentRunAt(k int) bool {
	q := s.freeCapsEnd(k)
	return q > k && instrumentHeads[s.toks[q-1].norm]
}

// nameBreak reports whether the capitalised token j, inside a name, starts
// something else: an honorific or rank, or, in a title whose every word is
// capitalised, a verb or a function word ("Concludes", "Its", "In").
func (s *sentence) nameBreak(j int) bool {
	if s.honorific(j) && !s.toks[j].hyphen && !(len(s.toks[j].text) > 3 && (j+1 >= len(s.toks) || !s.toks[j+1].upper() || !s.toks[j+1].word)) {
		return true // but a rank's word that ends a name is a surname: "Maurice Bishop"
	}
	return s.title && (headlineVerbs[s.toks[j].norm] || stopCaps[s.toks[j].norm] && !nameOpeners[s.toks[j].norm])
}

// upperAfterThe reports whether token i, or the token after a "the" at i,
// is a capitalised word no mention covers.
func (s *sentence) upperAfterThe(i int) bool {
	i = s.skipThe(i)
	return i < len(s.toks) && s.toks[i].word && s.toks[i].upper() && !s.covered(i, i+1)
}

// bodyNameGoesOn reports whether the capitalised words from token i carry a
// body's name on past an "and": they end in a body's head noun ("Peace and
// Security Council"), or, inside "X of Y", are one word ("Heads of State
// and Government").
func (s *sentence) bodyNameGoesOn(i int, complement bool) bool {
	k := i
	for k < len(s.toks) && s.toks[k].word && s.toks[k].upper() && !s.covered(k, k+1) {
		k++
	}
	return k > i && ((orgHeads[s.toks[k-1].norm] || instrumentHeads[s.toks[k-1].norm]) && (k-i >= 2 || complement) || complement && k <= i+2 &&
		!(k < len(s.toks) && s.word(k, ",")))
}

// placeBefore reports whether the list item ending before token k is a
// place named after an event noun, so that the list goes on naming places.
func (d *doc) placeBefore(s *sentence, k int) bool {
	m := s.at(k - 1)
	if m == nil || m.e == nil || m.e.Type != graph.Place {
		return false
	}
	for q := m.i - 1; q >= max(0, m.i-12); q-- {
		if eventTriggers[s.toks[q].norm] == "attack" && s.word(q+1, "of", "on") {
			return true
		}
	}
	// "burned villages around Qabridahar and Wardheer": the list goes on
	// from a place an event word placed
	return s.word(k, "and") && s.word(m.i-1, "in", "at", "near", "around") && d.triggerBefore(s, m.i-1, 10)
}

// triggerBefore reports whether an event word stands within n tokens before
// token k, in the same clause.
func (d *doc) triggerBefore(s *sentence, k, n int) bool {
	for q := k - 1; q >= max(0, k-n); q-- {
		if s.word(q, ",") && s.nounListComma(q) {
			continue // "set fire to shops, offices and vehicles in Punda"
		}
		if s.word(q, ",", ";", ":") {
			return false
		}
		if eventTriggers[s.toks[q].norm] != "" || eventVerbs[s.toks[q].norm] != "" && s.eventVerb(q) ||
			s.word(q, "fire") && s.word(q-1, "of") && s.word(q-2, "exchange", "exchanges") || s.word(q, "shot") && s.word(q+1, "dead") ||
			s.word(q, "set", "sets") && s.setOnFire(q) || s.word(q, "fired") && s.word(q+1, "on", "upon", "into") ||
			s.word(q, "fire") && s.word(q-1, "opened", "open", "opening") {
			return true // "an exchange of fire near Dionouga", "the police fired on the marchers in Punda"
		}
	}
	return false
}

// nounListComma reports whether the comma at q separates common nouns of
// a list ("shops, offices and vehicles"), not clauses.
func (s *sentence) nounListComma(q int) bool {
	if q < 1 || q+1 >= len(s.toks) {
		return false
	}
	b, a := s.toks[q-1], s.toks[q+1]
	plain := func(t token) bool {
		return t.word && !t.upper() && !stopCaps[t.norm] && !strings.HasSuffix(t.norm, "ing") && !strings.HasSuffix(t.norm, "ed")
	}
	return plain(b) && plain(a) && s.find(q+2, min(len(s.toks), q+5), "and", "or") >= 0
}

// townOpensVenue returns the end of a venue's name of two words or more
// that a town's or a state's name opens at token i, after "the", "at" or
// a verb ("the Mzuzu State Lodge", "attacked Seychelles International
// Airport"), or i.
func (s *sentence) townOpensVenue(i int) int {
	m := s.at(i)
	if m == nil || m.i != i || m.e == nil || !(m.e.Type == graph.Place && isTown(m.e) || m.e.Type == graph.State) || m.kind != mEntity || s.title ||
		!s.word(i-1, "the", "at") && !(i > 0 && s.toks[i-1].word && !s.toks[i-1].upper() && !s.word(i-1, "of", "and", "or")) {
		return i
	}
	k := m.j
	for k < len(s.toks) && s.toks[k].word && s.toks[k].upper() && !s.covered(k, k+1) && k-m.j < 4 {
		k++
	}
	if k-m.j < 2 || !venueHeads[s.tokNorm(k-1)] {
		return i
	}
	return k
}

// stateOpensBody returns the end of a body's name that a state's name
// opens at token i ("the Kenya Police", "the Ghana Broadcasting
// Corporation"), or i. "The Iraq Government" is the state's government,
// read elsewhere.
func (d *doc) stateOpensBody(s *sentence, i int) int {
	m := s.at(i)
	if m == nil || m.i != i || m.e == nil || m.e.Type != graph.State || !(s.word(i-1, "the") || i == 0) || s.title ||
		m.j >= len(s.toks) || !s.toks[m.j].word || !s.toks[m.j].upper() || s.covered(m.j, m.j+1) {
		return i
	}
	if m.kind == mAdjective {
		// "the Italian Army", "the Namibian Police": a state's forces by
		// its adjective and their capitalised head
		if k := d.capSpan(s, m.j); k == m.j+1 && stateForces[s.tokNorm(m.j)] {
			return k
		}
		return i
	}
	if m.kind != mEntity {
		return i
	}
	k := d.capSpan(s, m.j)
	if k <= m.j {
		return i
	}
	if head := s.headNounOf(m.j, k); !orgHeads[head] || head == "regime" || s.venueNamed(m.j, k) {
		return i // "the Myanmar International Convention Centre" is a venue (see classify)
	}
	return k
}

// onlyPostNominals reports whether every word of [i, j) is a post-nominal
// in capitals ("G.C.M.G", "KCMG").
func (s *sentence) onlyPostNominals(i, j int) bool {
	for k := i; k < j; k++ {
		if s.toks[k].word && !(postNominals[s.toks[k].norm] && allCaps(s.toks[k].text)) {
			return false
		}
	}
	return true
}

// initialAt reports whether token k is an initial or a given name's usual
// abbreviation ("Md", "Mohd"), which a full stop follows inside a name.
func (s *sentence) initialAt(k int) bool {
	if k < 0 || k >= len(s.toks) || !s.toks[k].upper() {
		return false
	}
	return len([]rune(s.toks[k].text)) == 1 || nameAbbreviations[s.toks[k].norm]
}

// leadingInitial reports whether token i is an initial that opens a name:
// "M. S. Gorbachev", "A. J. Nicholson" (an initial "A", not the article).
// Before a full name of three words or more it is a rank, not an initial:
// "S. Parkash Singh Badal" (Sardar).
func (s *sentence) leadingInitial(i int) bool {
	if s.title || !s.initialAt(i) || !s.word(i+1, ".") || stopCaps[s.tokNorm(i+2)] && !s.initialAt(i+2) {
		return false
	}
	if s.initialAt(i+2) && s.word(i+3, ".") {
		return true
	}
	words := s.capitalisedRun(i + 2)
	return words >= 1 && words <= 2
}

// rankInitial reports whether token i is a rank's initial before a full
// name, "S." (Sardar) in "S. Parkash Singh Badal", not a name's own.
func (s *sentence) rankInitial(i int) bool {
	return s.initialAt(i) && len(s.toks[i].text) == 1 && s.word(i+1, ".") && !s.leadingInitial(i) && s.capitalisedRun(i+2) >= 3
}

// capitalisedRun counts the capitalised words from token k on.
func (s *sentence) capitalisedRun(k int) int {
	n := 0
	for ; k < len(s.toks) && s.toks[k].word && s.toks[k].upper(); k++ {
		n++
	}
	return n
}

// meetingActs reports whether a name whose head noun is a forum's or a
// congress's, which may name a meeting or a body, does what a body does:
// "The Civic Forum met the Government", "the National Congress condemned …",
// or goes by an acronym, as parties do and meetings do not: "the All
// People's Congress (APC)". A conference or a summit that "met" or
// "condemned" is the meeting itself, as its final communiqué says.
func (s *sentence) meetingActs(i, j int) bool {
	head := s.headNounOf(i, j)
	return (head == "forum" || head == "congress") &&
		(s.word(j, "met", "meets", "received", "receives") || stateVerbs[s.tokNorm(j)] || condemnVerbs[s.tokNorm(j)] ||
			s.word(j, "(") && j+2 < len(s.toks) && allCaps(s.toks[j+1].text) && s.word(j+2, ")"))
}

// surnamesAfter reports whether two capitalised words no body's or
// place's noun ends stand from token k, with a comma, "and" or the end
// after them: the two surnames of "Antonio de Almeida Santos," after one
// given name.
func (s *sentence) surnamesAfter(k int) bool {
	t := s.toks
	if k+2 > len(t) || !t[k].word || !t[k].upper() || !t[k+1].word || !t[k+1].upper() || s.covered(k, k+2) ||
		orgHeads[t[k+1].norm] || placeCues[t[k+1].norm] != "" || venueHeads[t[k+1].norm] {
		return false
	}
	return k+2 == len(t) || s.word(k+2, ",", "and", ".", ";", "as", "who", "(")
}

// classify decides what a capitalised span names, or leaves it and
// returns false. The cases are tried in order; the first that fits
// decides.
func (d *doc) classify(s *sentence, i, j int) bool {
	i0 := i
	i, j, hon := s.trimName(i, j)
	if i >= j {
		return false
	}
	if s.onlyPostNominals(i, j) {
		return false // "Sir Garfield Barwick, G.C.M.G.,": honours, no one's name
	}
	if j == i+1 && monarchTitles[s.toks[i].norm] && s.personAt(j) != nil {
		return false // "His Majesty Sultan Qaboos bin Said": the monarch's title before a known name
	}
	switch {
	case s.find(i, j, "and") > i && s.word(i-1, ",") && s.roleAt(i-2) != nil && s.roleAt(i-2).j == i-1 && s.portfolioItem(i, j):
		// "Minister of Police, National Security and Correctional
		// Services": the last items of a portfolio, not a body
		d.extendPortfolio(s, i)
		return false
	case d.instrumentNamed(s, i, j) && !s.title && !s.titleComplement(i):
		return d.instrumentFromContext(s, i, j)
	case s.conferenceOfOffices(i, j) && !s.title:
		d.contextEntity(s, i, j, graph.Organization, s.tokText(d, i, j), "")
		return true
	case meetingHeads[s.headNounOf(i, j)] && !s.title && !s.ordinalBefore(i) && !s.ordinalAt(i) && !d.future(s, i) && !s.titleComplement(i) &&
		!s.meetingActs(i, j):
		// (a numbered session, "the XIIIth Summit of …", is read by sessions)
		return d.meetingFromContext(s, i, j, nil)
	case j-i == 1 && allCaps(s.toks[i].text) && len(s.toks[i].text) >= 3 && !s.title && condemnVerbs[s.tokNorm(s.skipBackThe(i-1))]:
		// "Lokarri condemns ETA": what a text condemns by an acronym is a body
		d.contextEntity(s, i, j, graph.Organization, s.toks[i].text, "")
		return true
	case j-i == 1 && allCaps(s.toks[i].text) && len(s.toks[i].text) >= 3 && s.titleComplement(i) && !s.title &&
		!s.word(j, "/") && !(j < len(s.toks) && s.toks[j].hyphen):
		// "President of UNITA", "Secretary-General of the PCJSS": an
		// acronym a title governs names a body
		d.contextEntity(s, i, j, graph.Organization, s.toks[i].text, "")
		return true
	case j-i == 1 && s.word(i, "headquarters") && s.toks[i].upper() && !s.title && s.entityBefore(i, graph.Organization) != nil &&
		s.word(s.skipBackThe(s.entityBefore(i, graph.Organization).i-1), "at", "in", "to", "outside", "near"):
		// "at NATO Headquarters in Brussels", "at United Nations
		// Headquarters": a site named by the body it houses
		b := s.entityBefore(i, graph.Organization)
		s.ms = removeMention(s.ms, b)
		d.contextEntity(s, b.i, j, graph.Place, s.tokText(d, b.i, j), "site")
		return true
	case j-i == 1 && s.toks[i].upper() && !s.title && (venueHeads[s.tokNorm(i)] || s.word(i, "house")) && s.entityBefore(i, graph.Place) != nil &&
		isTown(s.entityBefore(i, graph.Place).e) && s.word(s.skipBackThe(s.entityBefore(i, graph.Place).i-1), "at", "in"):
		// "at Lancaster House in London", "at Dublin Castle": a town's
		// name opens a venue's
		p := s.entityBefore(i, graph.Place)
		s.ms = removeMention(s.ms, p)
		d.contextEntity(s, p.i, j, graph.Place, s.tokText(d, p.i, j), "site")
		return true
	case j-i == 1 && s.word(i, "embassy", "consulate") && s.toks[i].upper() && !s.title && s.entityBefore(i, graph.State) != nil &&
		s.word(s.skipBackThe(s.entityBefore(i, graph.State).i-1), "at", "in", "to", "outside", "near"):
		// "at the United States Embassy in London"
		st := s.entityBefore(i, graph.State)
		s.ms = removeMention(s.ms, st)
		d.contextEntity(s, st.i, j, graph.Place, s.tokText(d, st.i, j), "site")
		return true
	case j-i == 1 && s.word(i, "embassy", "consulate") && s.toks[i].upper() && s.word(j, "of") && s.entityAt(s.skipThe(j+1), graph.State) != nil && !s.title:
		// "at the Embassy of Mexico", "the siege of the Embassy of Estonia
		// in Moscow": a site, named with its state
		st := s.entityAt(s.skipThe(j+1), graph.State)
		s.ms = removeMention(s.ms, st)
		d.contextEntity(s, i, st.j, graph.Place, s.tokText(d, i, st.j), "site")
		return true
	case s.venueNamed(i, j):
		// "at the Bwawani Hotel", "at the Palais du Peuple", "the Arusha
		// International Conference Centre"
		if i0 < i && s.word(i0-1, "the") {
			i = i0 // "the Princess Marina Hospital", "the Sri Jayewardenepura General Hospital": named after someone
		}
		if s.roadNumberAt(i, j) {
			j++ // "National Road 2", "Jalan Diponegoro 58": the number is the road's name or the address's
		}
		if i > 0 && s.toks[i-1].digit() && !s.covered(i-1, i) && s.word(j-1, "street", "road", "avenue", "boulevard") {
			i-- // "at 7 Race Course Road": the number is the address's
		}
		if m := s.at(i - 1); m != nil && m.j == i && m.e != nil && (m.e.Type == graph.State || m.kind == mAdjective) && s.word(m.i-1, "the", "at", "in") {
			// "at the Myanmar International Convention Centre": the state
			// opens the venue's name
			s.ms = removeMention(s.ms, m)
			m.e.absorbed = true
			i = m.i
		}
		e := d.contextEntity(s, i, j, graph.Place, s.tokText(d, i, j), "site")
		if of := s.find(i+1, j, "of"); of > i+1 && venueHeads[s.tokNorm(of-1)] {
			e.addSurface(s.tokText(d, i, of)) // "the Hunting Hall of the Parliament" is the Hunting Hall
		}
		return true
	case j < len(s.toks) && !s.toks[j].upper() && armedGroupNouns[s.toks[j].norm] && !s.covered(j, j+1) && !s.title && j-i <= 2:
		// "the Aitarak militia", "the Wagner group": a name and a body noun
		return d.bodyFromContext(s, i, j+1)
	case s.headedByBodyNoun(i, j) || (instrumentHeads[s.headNounOf(i, j)] || meetingHeads[s.headNounOf(i, j)] && !s.ordinalAt(i)) &&
		s.titleComplement(i):
		// "leader of the All Basotho Convention": a title's complement is a body
		return d.bodyFromContext(s, i, j)
	case s.bodyTitleComplement(i, j) && !hon && !s.title && !s.placeCueAround(i, j):
		// "President of Sinn Féin", "Secretary General of Nidaa Tounes":
		// what a party's or a movement's title governs is a body
		return d.bodyFromContext(s, i, j)
	case s.placeCueAround(i, j):
		return d.placeFromCue(s, i, j)
	case d.placeHit(s, i, j):
		// "the bombing of Kafr Nabudah, Qalaat al-Madiq and …"
		d.contextEntity(s, i, j, graph.Place, s.tokText(d, i, j), "town")
		return true
	case s.meetingVenue(i, j):
		// "met in Toronto", "signed in Lausanne"
		d.contextEntity(s, i, j, graph.Place, s.tokText(d, i, j), "city")
		return true
	case s.title && (!hon || j-i < 2):
		// a title capitalises every word: "Al-Bahra Visits Atmeh" names
		// no one new
		return false
	case s.portfolioItem(i, j):
		// "Minister of Foreign Affairs, African Integration and Chadians
		// Abroad": the portfolio goes on, and the title with it
		d.extendPortfolio(s, i)
		return false
	case d.personCue(s, i, j, hon):
		suffix := s.word(j-1, "jr", "sr") && s.word(j, ".")
		if suffix {
			j++ // "William R. Tolbert Jr.": the suffix's full stop is the name's
		}
		surface := s.tokText(d, i, j)
		e := d.personByFamilyName(s, i, j)
		if e == nil {
			e = d.entity(graph.Person, surface, nil)
		}
		e.addSurface(surface)
		if suffix {
			e.addSurface(strings.TrimSuffix(surface, ".")) // and as texts write it without
		}
		s.addMention(&mention{i: i, j: j, kind: mEntity, e: e, text: surface})
		return true
	}
	return false
}

// conferenceOfOffices reports whether the span is an organ named
// "Conference of" the holders of an office, as regional bodies name their
// summits' organ: "the Conference of Heads of State and Government of
// ECCAS", "the Conference of Ministers".
func (s *sentence) conferenceOfOffices(i, j int) bool {
	for k := i; k+2 < j; k++ {
		if s.word(k, "conference") && s.word(k+1, "of") && (pluralTitleWords[s.tokNorm(k+2)] || s.word(k+2, "heads", "ministers", "parties")) {
			return true
		}
	}
	return false
}

// portfolioItem reports whether the capitalised words [i, j) go on the
// portfolio of a title before them, in a list of its fields: "Minister of
// Foreign Affairs, African Integration and Chadians Abroad".
func (s *sentence) portfolioItem(i, j int) bool {
	k := i - 1
	for s.word(k, "and") || s.word(k, ",") && !s.word(k+1, "and") {
		if r := s.roleAt(k - 1); r != nil && s.word(k, ",") && r.j == k {
			// the list must go on or end with "and": "Minister of X, Y and Z"
			words := strings.Fields(normPhrase(r.text))
			// "Minister of Communication and Information, X, and …": its
			// "and" closed the list
			return (slices.Contains(words, "of") || slices.Contains(words, "for")) && !slices.Contains(words, "and") &&
				(s.word(j, "and") || s.itemsEndWithAnd(j) || s.find(i, j, "and") > i && s.word(j, ",") && !orgHeads[s.tokNorm(i)])
		}
		start := s.freeCapsStart(k - 1) // the item before: capitalised words back to its separator
		if start == k {
			return false
		}
		k = start - 1
	}
	return false
}

// extendPortfolio stretches the title whose portfolio goes on at token i
// over the rest of the list, to the item after "and": "Minister of Water,
// Irrigation and Energy".
func (d *doc) extendPortfolio(s *sentence, i int) {
	k := i - 1
	for k > 0 && (s.word(k, ",", "and") || s.toks[k].word && s.toks[k].upper() && s.at(k) == nil) {
		k--
	}
	r := s.roleAt(k)
	if r == nil || r.kind != mRole || r.j > i {
		return
	}
	end := i
	for end < len(s.toks) && s.toks[end].word && s.toks[end].upper() && !s.covered(end, end+1) {
		end++
	}
	for end < len(s.toks) {
		sep := s.word(end, "and") || s.word(end, ",") && !s.word(end+1, "and")
		q := end + 1
		if s.word(end, ",") && s.word(end+1, "and") {
			q++ // "…, Trade, and Tourism"
			sep = true
		}
		if !sep || q >= len(s.toks) || !s.toks[q].upper() || s.covered(q, q+1) || s.personAt(q) != nil {
			break
		}
		last := s.word(end, "and") || s.word(end+1, "and")
		end = s.freeCapsEnd(q)
		if last {
			break
		}
	}
	role := *r.role
	r.j = end
	r.text = s.tokText(d, r.i, end)
	role.Name, role.key = r.text, normPhrase(r.text)
	r.role = &role
}

// itemsEndWithAnd reports whether, from token j, capitalised items joined by
// commas end with "and" and one more: ", C and D".
func (s *sentence) itemsEndWithAnd(j int) bool {
	for k := j; k < len(s.toks); k++ {
		switch {
		case s.word(k, "and"):
			return k+1 < len(s.toks) && s.toks[k+1].upper()
		case s.word(k, ",") || s.toks[k].word && s.toks[k].upper() && !s.covered(k, k+1):
		default:
			return false
		}
	}
	return false
}

// trimName strips honorifics and ranks from the front of the span [i, j)
// ("Sheikh", "Dr.", "Maj. Gen.") and "of", "the" and "for" from its end
// ("Fact-Finding Mission of the" before a known name); hon reports an
// honorific.
func (s *sentence) trimName(i, j int) (int, int, bool) {
	hon := s.honorificBefore(i)
	for i < j && (s.honorific(i) || s.word(i, ".")) {
		hon = hon || s.honorific(i)
		i++
	}
	for j > i+1 && s.word(j-1, "of", "the", "for") {
		j--
	}
	if j > i+2 && s.word(j-2, "on") && isWeekday(s.tokNorm(j-1)) {
		j -= 2 // "the Carondelet Palace on Sunday": the day is no part of it
	}
	for j > i+2 && postNominals[s.toks[j-1].norm] && allCaps(s.toks[j-1].text) {
		j-- // "the Rt Hon Anthony Crosland MP": letters after a name are no part of it
	}
	return i, j, hon
}

// headedByBodyNoun reports whether the span's head noun is a body's:
// "Hauran Civic Council", "Department of Foreign Affairs" (the head stands
// before "of"), "Radio Fresh".
func (s *sentence) headedByBodyNoun(i, j int) bool {
	head := s.toks[j-1].norm
	for k := i + 1; k < j; k++ {
		if s.word(k, "of", "for", "in") { // "the Methodist Church in Kenya"
			head = s.toks[k-1].norm
			break
		}
	}
	if head == "table" && j-2 >= i && s.word(j-2, "round") {
		return false // a round table is a meeting, not a body
	}
	if meetingHeads[head] && (s.ordinalAt(i) || s.ordinalBefore(i)) {
		return false // "the Fifteenth Forum": a numbered meeting
	}
	if head == "house" {
		// "the House of Bishops", "the House of Delegates": a chamber, not
		// a building
		if of := s.find(i, j, "of"); of > i && chamberNames[s.tokNorm(s.skipThe(of+1))] {
			return true
		}
	}
	return orgHeads[head] || s.word(i, "radio") ||
		j-i >= 2 && leadingOrgHeads[s.toks[i].norm] && s.toks[i+1].upper() // "Partido Justicialista", "Junta Directiva"
}

// instrumentFromContext records an instrument found by its head noun:
// "the Revitalized Agreement on the Resolution of the Conflict", "the
// Five-Point Consensus". A head noun alone ("the Agreement") refers back.
func (d *doc) instrumentFromContext(s *sentence, i, j int) bool {
	if b := s.entityBefore(i, graph.Organization); b != nil && b.kind == mEntity {
		// "the African Union Roadmap for …", "the ECOWAS Supplementary
		// Protocol on …": the body that made it opens its name
		s.ms = removeMention(s.ms, b)
		i = s.openedByHyphenedPlace(b.i) // "the Australia–Tuvalu Falepili Union Treaty"
	} else if b := s.entityBefore(i, graph.Place); b != nil && b.kind == mEntity && isTown(b.e) && s.word(b.i-1, "the") {
		// "the Lomé Peace Agreement": the city it was made in opens its name
		s.ms = removeMention(s.ms, b)
		i = b.i
	} else if j-i == 1 {
		if j = s.dateOfInstrument(d, j); j == i+1 {
			return false
		}
	}
	if p := s.entityAt(s.skipThe(j+1), graph.State, graph.Place); p != nil && s.word(j, "in", "of") && j-i >= 3 &&
		!(s.word(j, "in") && isTown(p.e) && (s.word(p.j, "on") && d.dateAfter(s, p.j, 3) != nil || instrumentVerbs[s.tokNorm(s.skipBackThe(i-1))])) {
		// (but "signed the Agreement for Lasting Peace in Pretoria on 2
		// November", "signed the Agreement on Fisheries in Maputo": where
		// it was signed)
		// "the Agreement on the Resolution of the Conflict in the Republic
		// of South Sudan": the place belongs to the name
		s.ms = removeMention(s.ms, p)
		j = p.j
	}
	d.contextEntity(s, i, j, graph.Agreement, s.tokText(d, i, j), "")
	return true
}

// dateOfInstrument is the token after "of DATE" at j, which names an
// instrument whose name is its head alone: "the Agreements of 5 May 1999";
// j when no day follows.
func (s *sentence) dateOfInstrument(d *doc, j int) int {
	if !s.word(j, "of") || j+1 >= len(s.toks) {
		return j
	}
	ds := d.dateAfter(s, j+1, 0)
	if ds == nil || ds.from != ds.to || ds.start != s.toks[j+1].start || len(ds.from) != len("2006-01-02") {
		return j
	}
	k := j + 1
	for k < len(s.toks) && s.toks[k].end <= ds.end {
		k++
	}
	return k
}

// meetingFromContext records a meeting the text names: "the Conference on
// Cyprus", "the Berlin Conference on Libya" (place is Berlin, named in it).
func (d *doc) meetingFromContext(s *sentence, i, j int, place *dent) bool {
	if j-i == 1 && place == nil {
		return false
	}
	if k := s.find(max(0, i-8), i, "named", "called", "dubbed", "titled"); k >= 0 && s.word(0, "the") && (meetingNouns[s.tokNorm(1)] || sessionNouns[s.tokNorm(1)]) {
		return true // "The session, named the “Sultan Qaboos and Sheikh Sabah Summit”, …": a name of the session the text reports, no other meeting
	}
	e := d.contextEntity(s, i, j, graph.Meeting, s.tokText(d, i, j), "")
	e.named = true
	if place == nil {
		place = d.cityNamed(s, i)
	}
	e.venue = place
	return true
}

// meetingsOnTopics reads a meeting named by its topic, a state, place or
// body the lexicon knows: "the Conference on Cyprus", "the Summit on
// Sudan". The mention stays on the meeting's noun; the topic keeps its own.
func (d *doc) meetingsOnTopics(s *sentence) {
	for k, t := range s.toks {
		if !meetingHeads[t.norm] || !t.upper() || s.covered(k, k+1) || !s.word(k+1, "on", "for") ||
			s.ordinalBefore(k) || d.future(s, k) || s.title {
			continue
		}
		topic := s.entityAt(k+2, graph.State, graph.Place, graph.Organization)
		if topic == nil {
			continue
		}
		i := k
		for i > 0 && s.toks[i-1].word && s.toks[i-1].upper() && !s.covered(i-1, i) && !stopCaps[s.toks[i-1].norm] {
			i--
		}
		e := d.entity(graph.Meeting, s.tokText(d, i, topic.j), nil)
		e.named = true
		e.venue = d.cityNamed(s, i)
		s.addMention(&mention{i: i, j: k + 1, kind: mEntity, e: e, text: s.tokText(d, i, k+1)})
	}
}

// cityNamed is the gazetteer's city that the words from token i start
// with, in a name such as "the Berlin Conference": a conference is held
// where it is named after.
func (d *doc) cityNamed(s *sentence, i int) *dent {
	if !d.x.lex.gazetteer {
		return nil
	}
	for n := min(3, len(s.toks)-i-1); n >= 1; n-- {
		if e := d.gazetteerCity(s.normKey(i, i+n), s.tokText(d, i, i+n)); e != nil {
			return e
		}
	}
	return nil
}

// gazetteerCity is the gazetteer's city known by the matching form key,
// written as surface, or nil when none is or the name is a common word.
func (d *doc) gazetteerCity(key, surface string) *dent {
	g := worldPlaces()
	if g.common[key] {
		return nil
	}
	for _, p := range g.byName[key] {
		if g.places[p].Kind == gazetteer.KindCity {
			return d.entity(graph.Place, "", g.entry(d.pickPlace(g.byName[key], ""), surface))
		}
	}
	return nil
}

// ordinalBefore reports whether an ordinal stands just before token i,
// with at most one adjective between: a numbered session, which sessions
// reads.
func (s *sentence) ordinalBefore(i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		if n, next := ordinal(s, k); n > 0 && next <= i {
			return true
		}
	}
	return false
}

// bodyFromContext records a body found by its head noun. A single word
// ("the Coalition", "a Coalition delegation") is the body the document
// means, resolved later; never a new body. "The Council of Elders of the
// Hauran Relief Committee" is two bodies, an organ and its body.
func (d *doc) bodyFromContext(s *sentence, i, j int) bool {
	if j-i == 1 {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		q := s.skipThe(k + 1)
		if s.word(k, "of") && (k > i+2 || k == i+1) && q > k+1 && j-q >= 2 && orgHeads[s.tokNorm(j-1)] &&
			partNouns[s.headNounOf(i, k)] {
			d.bodyFromContext(s, q, j)
			if k == i+1 {
				// "the Council of the Sahel Alliance": the Alliance's Council
				return d.organOfKnownBody(s, i, k)
			}
			j = k
			break
		}
	}
	if adj := s.at(i - 1); adj != nil && adj.kind == mAdjective && adj.j == i {
		// "Sudanese Armed Forces": the adjective is the name's
		i = adj.i
		s.ms = removeMention(s.ms, adj)
	}
	if unitHeads[s.tokNorm(j-1)] && i > 0 && !s.covered(i-1, i) && (s.toks[i-1].upper() || s.toks[i-1].digit()) {
		if n, next := ordinal(s, i-1); n > 0 && next == i {
			i-- // "the Second Infantry Brigade", "the 124th Army Unit": a unit's number is its name's
		}
	}
	surface := s.tokText(d, i, j)
	var e *dent
	if lx := d.issuerPart(surface); lx != nil {
		e = d.entity(graph.Organization, "", lx)
	} else if e = d.longerName(graph.Organization, surface); e == nil {
		e = d.entity(graph.Organization, surface, nil)
	}
	e.addSurface(surface)
	s.addMention(&mention{i: i, j: j, kind: mEntity, e: e, text: surface})
	return true
}

// placeCueAround reports whether a place noun follows the span ("Atmeh
// camp", "Kafranbel town") or stands before it ("the town of Azaz").
func (s *sentence) placeCueAround(i, j int) bool {
	if placeCueModifiers[s.tokNorm(j)] && j < len(s.toks) && !s.toks[j].upper() && (s.word(j+1, "base", "camp", "post", "station", "centre", "center", "prison", "residence", "lodge", "guesthouse", "settlement")) {
		return true // "the Gamal Abdel Nasser air base", "the Zamzam refugee camp", "the Nkaneng informal settlement"
	}
	return placeCues[s.tokNorm(j)] != "" && !s.word(j, "area") && !(s.word(j, "department", "departments") && j < len(s.toks) && s.toks[j].upper()) &&
		!s.word(j, "towns", "villages", "cities", "districts", "provinces", "governorates", "regions", "counties", "communes",
			"localities", "settlements", "municipalities", "prefectures", "departments", "stations") || // "Christian villages" are no place's name
		s.word(i-1, "of") && placeCues[s.tokNorm(i-2)] != "" && !s.word(i-2, "residence", "lodge", "guesthouse") && // "the residence of Nawabzada X": a person's
			(s.word(i-3, "the") || s.word(i-4, "the") && i >= 3 && !s.toks[i-3].upper() && s.toks[i-3].word) &&
			!(s.word(i-2, "department", "departments") && s.toks[i-2].upper()) || // "the railway station of Charaña"
		s.word(i-1, "village", "town") && !s.toks[i-1].upper() && s.word(i-2, "in", "at", "near", "from") // "in village Sherpur"
}

// placeFromCue records the place placeCueAround found, with the placeType
// its noun gives. A camp or a site keeps its noun in its name ("Atmeh
// camp"); "Idlib countryside" is a region the lexicon must know.
func (d *doc) placeFromCue(s *sentence, i, j int) bool {
	surface := s.tokText(d, i, j)
	pt := placeCues[s.tokNorm(j)]
	name := surface
	if placeCueModifiers[s.tokNorm(j)] && (placeCues[s.tokNorm(j+1)] != "" || s.word(j+1, "centre", "center")) {
		// "the Gamal Abdel Nasser air base", "the Sarit shopping centre":
		// the site keeps its nouns
		pt = placeCues[s.tokNorm(j+1)]
		name = surface + " " + s.toks[j].text + " " + s.toks[j+1].text
		j += 2
		if pt == "town" {
			name = surface // "the Nkaneng informal settlement" is Nkaneng
		} else if pt != "camp" {
			pt = "site"
		}
		d.contextEntity(s, i, j, graph.Place, name, pt).addSurface(surface)
		return true
	}
	if pt == "" && s.word(i-1, "village", "town") {
		pt = placeCues[s.tokNorm(i-1)]
	} else if pt == "" {
		pt = placeCues[s.tokNorm(i-2)]
	} else if pt == "camp" || pt == "site" {
		if k := d.siteNameStart(s, i); k < i {
			i, surface = k, s.tokText(d, k, j) // "the Atlas Cove jetty": "Cove" is a known place
		}
		name = surface + " " + s.toks[j].text
		j++
	}
	if pt == "region" && s.word(j, "countryside") {
		return false
	}
	if !oneOfStrings(graph.PlaceTypes, pt) {
		pt = "site"
	}
	d.contextEntity(s, i, j, graph.Place, name, pt).addSurface(surface)
	return true
}

// siteNameStart is where the name of a site whose last word is at i
// starts: the capitalised words before it, and a known place they follow,
// after "the" ("the Atlas Cove jetty", "the Forcados Bonny terminal");
// i when none stand there. A place taken into the name is dropped unless
// the text names it elsewhere.
func (d *doc) siteNameStart(s *sentence, i int) int {
	k := i
	for k > 0 && s.toks[k-1].word && s.toks[k-1].upper() && !s.toks[k-1].digit() && !stopCaps[s.toks[k-1].norm] && !s.covered(k-1, k) {
		k--
	}
	if m := s.at(k - 1); m != nil && m.j == k && m.kind == mEntity && m.e != nil && m.e.Type == graph.Place && m.e.PlaceType != "country" {
		k = m.i
	}
	if k == i || !s.word(k-1, "the") {
		return i
	}
	if m := s.at(k); m != nil && m.i == k && m.kind == mEntity {
		s.ms = removeMention(s.ms, m)
		m.e.absorbed = true
	}
	return k
}

// placeHit reports whether the span names a place something hit: after
// "the bombing of", in a list after such a place, or "in X" shortly after
// an event word.
func (d *doc) placeHit(s *sentence, i, j int) bool {
	switch {
	case s.word(i-1, "of", "on") && eventTriggers[s.tokNorm(i-2)] == "attack":
		// not in a title, which capitalises "the Massacres of Civilians"
		return !d.personCue(s, i, j, false) && !s.title
	case s.word(i-1, ",", "and"):
		return d.placeBefore(s, i-1)
	case s.word(i-1, "at", "near", "in", "to", "from") && j-i >= 3 && j-i <= 5 && s.particleInside(i, j) && !d.personCue(s, i, j, false):
		// "to Lanao del Sur", "near Eldorado dos Carajás": a name joined
		// by a particle where a place is named
		return !s.title
	case s.word(i-1, "at", "near", "in", "outside", "around", "from") && j-i <= 3 && s.placeAfterName(j) && !allCaps(s.toks[i].text) && !d.personCue(s, i, j, false):
		// "at Obole, in the Degehabur region", "Corumbiara, in Rondônia",
		// "at Marasa on the Weathercoast": a name placed in a known place
		return !s.title
	case s.word(i-1, "in", "at", "near", "around", "outside", "inside"):
		return d.triggerBefore(s, i-1, 10) && j-i <= 4 && !d.personCue(s, i, j, false)
	case eventVerbs[s.tokNorm(i-1)] == "attack" && !s.word(i-2, "which", "that"), // "the Air Force bombed Kilinochchi", "raided Ipil": where an attack struck
		s.word(i-1, "to") && travelVerbs[s.tokNorm(i-2)],                         // "flew to Vallegrande", "travelled to Nawperdan": where a journey went
		s.word(i-1, "visited", "toured") && !s.word(i-2, "which", "that", "who"): // "the Chief of Army Staff visited Pilkhana": where a visit went
		return j-i <= 3 && !d.personCue(s, i, j, false) && !s.title
	case s.word(i-1, "from"):
		// "the abduction of 276 schoolgirls from Chibok": where they were
		// taken or driven from
		return s.takenFromBefore(i-1, 8) && j-i <= 2 && !d.personCue(s, i, j, false)
	}
	return false
}

// streetAfter reports whether the capitalised words from token k name a
// street or a square: "Baghramyan Avenue", "Instytutska Street".
func (s *sentence) streetAfter(k int) bool {
	q := s.freeCapsEnd(k)
	return q > k+1 && s.word(q-1, "street", "avenue", "road", "square", "boulevard")
}

// particleInside reports whether a lower-case particle joins the
// capitalised words of the span [i, j): "Isla de Maipo".
func (s *sentence) particleInside(i, j int) bool {
	for k := i + 1; k < j-1; k++ {
		if europeanParticles[s.toks[k].norm] && !s.toks[k].upper() {
			return true
		}
	}
	return false
}

// placeAfterName reports whether the words from token j place a name in a
// known place or a region its noun names: ", in Rondônia", ", in the
// Degehabur region", "on the Weathercoast of Guadalcanal".
func (s *sentence) placeAfterName(j int) bool {
	if s.word(j, ",") {
		j++
	}
	if !s.word(j, "in", "on") {
		return false
	}
	q := s.skipThe(j + 1)
	if m := s.entityAt(q, graph.Place, graph.State); m != nil {
		return true
	}
	// "in the Degehabur region", "on the Weathercoast of Guadalcanal"
	for k := q; k < min(len(s.toks), q+4) && s.toks[k].upper(); k++ {
		if placeCues[s.tokNorm(k+1)] != "" || s.word(k+1, "of") && s.entityAt(s.skipThe(k+2), graph.Place, graph.State) != nil {
			return true
		}
	}
	return false
}

// takenFromBefore reports whether an abduction or a displacement is named
// in the n words before token k, in the same clause.
func (s *sentence) takenFromBefore(k, n int) bool {
	for q := k - 1; q >= max(0, k-n); q-- {
		if s.word(q, ",", ";", ":") {
			return false
		}
		if typ := eventTriggers[s.toks[q].norm]; typ == "detention" || typ == "displacement" {
			return true
		}
	}
	return false
}

// meetingVenue reports whether the span is a short name after "met in",
// "signed in", "held talks at the", "hosted by X at": where a meeting was
// held or an instrument made.
func (s *sentence) meetingVenue(i, j int) bool {
	k := i - 1
	if s.word(k, "the") {
		k-- // "held talks at the Grand Serail"
	}
	if !s.word(k, "in", "at") || j-i > 3 {
		return false
	}
	apposed := false // the people met stand between, with their titles: "met the Prime Minister of Pakistan, X, in Davos"
	for q := k - 1; q >= max(0, k-16); q-- {
		p := s.tokNorm(q)
		if meetingWords[p] || instrumentVerbs[p] || bodyMeetVerbs[p] || p == "hosted" || p == "received" {
			if apposed && !orgHeads[s.tokNorm(j-1)] && !officeVenues[s.tokNorm(j-1)] && (j == len(s.toks) || s.word(j, ",", ".", "on", "in", "at", "and")) {
				return true
			}
			// far back, only a name of two words no body's noun ends
			return q >= k-4 || j-i >= 2 && !orgHeads[s.tokNorm(j-1)] && !officeVenues[s.tokNorm(j-1)]
		}
		if q == k-1 && placeCues[p] != "" && s.word(q-1, "his", "her", "their", "its") {
			apposed = true // "met X at her residence in Kebagusan": the town of the place met in
		}
		if m := s.at(q - 1); s.word(q, ",") && m != nil {
			// a comma that closes a name or a title in apposition
			apposed = apposed || m.e != nil && m.e.Type == graph.Person
			continue
		}
		if s.word(q, ".") && s.honorific(q-1) || s.honorific(q) {
			continue // "Mrs. X"
		}
		if s.word(q, ",", ";") || q < k-4 && !s.covered(q, q+1) && !s.word(q, "the", "of", "at") {
			// past four words, only a body's name may stand between:
			// "held at the Ministry of Foreign Affairs of Malaysia at Wisma Putra"
			break
		}
	}
	return false
}

// contextEntity records a name found from context: the entity of type t
// (with placeType pt for a new place) and its mention over tokens [i, j).
func (d *doc) contextEntity(s *sentence, i, j int, t graph.EntityType, name, pt string) *dent {
	e := d.longerName(t, name)
	if e == nil {
		e = d.entity(t, name, nil)
	}
	if t == graph.Place && e.PlaceType == "" {
		e.PlaceType = pt
	}
	surface := s.tokText(d, i, j)
	e.addSurface(surface)
	s.addMention(&mention{i: i, j: j, kind: mEntity, e: e, text: surface})
	return e
}

// longerName is the body the document named before whose name ends with
// name's two or more words ("the Dialogue Table" after "the Peace Dialogue
// Table" is the same body), or the instrument whose name opens with them
// ("the Revitalized Agreement" after "the Revitalized Agreement on the
// Resolution of the Conflict").
func (d *doc) longerName(t graph.EntityType, name string) *dent {
	key := normPhrase(name)
	if t != graph.Organization && t != graph.Agreement || !strings.Contains(key, " ") {
		return nil
	}
	var found *dent
	for _, id := range d.order {
		e := d.ents[id]
		if e.Type != t || e.entry != nil && t == graph.Organization || e.dropped {
			continue
		}
		// a body's short name ends its long one ("the Council" of "the
		// Hauran Civic Council"); an instrument's opens it ("the
		// Revitalized Agreement" of "the Revitalized Agreement on …")
		k := normPhrase(e.Name)
		if t == graph.Organization && strings.HasSuffix(k, " "+key) || t == graph.Agreement && strings.HasPrefix(k, key+" ") {
			if found != nil && found != e {
				return nil // two bodies end so: say neither
			}
			found = e
		}
	}
	return found
}

// personCue reports whether the span [i, j) names a person: it follows an
// honorific or a title, a title follows it after a comma, it speaks or
// acts as people do, or it was killed or held.
func (d *doc) personCue(s *sentence, i, j int, honorific bool) bool {
	if placeCues[s.tokNorm(i)] != "" && !honorific {
		return false // "CHR Region X", "Province Y": a place's noun opens no one's name
	}
	if j-i == 1 && !honorific && s.word(i-1, ",") && s.titleOfBodyBefore(i-1) && (j == len(s.toks) || s.word(j, ".", ",", ";")) {
		return !s.hasBodyWord(i, j) // "the Chairman of the CPN (Maoist), Prachanda": one name is enough
	}
	if j-i < 2 && !honorific || s.hasBodyWord(i, j) || officeNouns[s.tokNorm(j-1)] {
		return false // "Elections Officer" ends a title
	}
	if s.word(i-1, "for") && !honorific {
		return false // "the Commissioner for Human Rights met": the office's field, no one's name
	}
	if s.word(i-1, "said", "says", "added", "stated", "explained", "warned") && s.word(i-2, ",", "\"", "”", "'", "’") {
		return true // "…," said Holly Cartner, director at …
	}
	return honorific || s.titleBefore(i) || s.titleAfter(j) ||
		personVerbs[s.tokNorm(j)] || s.word(j, "was", "were") && s.word(j+1, "elected", "re", "appointed", "named") ||
		s.word(j, "has", "had", "have") && s.word(j+1, "been") && s.word(j+2, "elected", "re", "appointed", "named") ||
		harmVerbs[s.tokNorm(i-1)] || s.givenNameOpens(i, j)
}

// givenNameOpens reports whether the run [i, j) opens with a given name
// of the gazetteer's name lists ("Thomas Mirow spoke", "two friends,
// Damien Trainor and Philip Allen"): a person's name even with no title or
// verb to tell it. Not a name of two letters ("El Alto", "La Línea", "Al
// Ain": particles the lists give as names), not a run that ends in a noun
// of a place, a body, a meeting or a thing ("Leopold Cafe", "Nariman
// House", "Marcos Administration"), nor one after a preposition of place
// ("in Diego Garcia").
func (s *sentence) givenNameOpens(i, j int) bool {
	t := s.toks[i]
	if !givenNames()[t.norm] || !t.upper() || len([]rune(t.norm)) < 3 || allCaps(t.text) {
		return false
	}
	last := s.tokNorm(j - 1)
	if venueHeads[last] || placeKindNouns[last] || placeCues[last] != "" || areaNouns[last] || meetingHeads[last] || instrumentHeads[last] ||
		partNouns[last] || movementWords[last] || officeNouns[last] || armedGroupNouns[last] || civilBodyHeads[last] || leadingOrgHeads[last] ||
		thingNameEnds[last] {
		return false
	}
	return !placePrepositions[s.tokNorm(s.skipBackThe(i-1))] // "in Diego Garcia", "inside Wat Pathum Wanaram"
}

// hasBodyWord reports whether the span holds a body's head noun or "of" or
// "for", which a person's name does not.
func (s *sentence) hasBodyWord(i, j int) bool {
	for k := i; k < j; k++ {
		n := s.toks[k].norm
		if orgHeads[n] || s.word(k, "of", "for") || len(n) > 4 && strings.HasSuffix(n, "s") && orgHeads[n[:len(n)-1]] {
			return true // "Democratic Mass Organisations met": bodies, no one's name
		}
	}
	return false
}

// titleBefore reports whether a title stands before token i: "President
// X", "President, X", "head of the Syrian Interim Government X", "Turkish
// Foreign Minister X".
func (s *sentence) titleBefore(i int) bool {
	if s.roleAt(i-1) != nil || s.word(i-1, ",") && s.roleAt(i-2) != nil {
		return true
	}
	if s.word(i-1, ",") && (s.titleOfBodyBefore(i-1) || s.portfolioBefore(i-1)) {
		return true // "the First Commander of the ELN, X", "Minister of Law and Human Rights, X"
	}
	if s.word(i-1, ",") {
		for _, r := range s.ms {
			if r.kind == mRole && r.j < i && s.titleEnd(r) == i-1 {
				return true // "The President of the Republic, X": a title whose body is no name
			}
		}
	}
	if s.word(i-1, ",") {
		// "The Foreign Ministers of Armenia and Turkey, X and Y": a plural
		// title whose bodies are listed before the names
		q := i - 1
		for n := 0; n < 6; n++ {
			b := s.bodyBefore(q)
			if b == nil {
				break
			}
			q = s.skipBackThe(b.i - 1)
			if s.word(q, "of") {
				return q > 0 && pluralTitleWords[s.tokNorm(q-1)] && s.toks[q-1].upper()
			}
			if !s.word(q, "and", ",") {
				break
			}
		}
	}
	m := s.bodyBefore(i)
	if m == nil {
		return false
	}
	k := m.i - 1
	if s.word(k, "the") {
		k--
	}
	if s.word(k, "of", "for", "at") && s.roleAt(k-1) != nil {
		return true
	}
	adj := s.at(m.i - 1)
	return adj != nil && adj.kind == mAdjective && s.roleAt(m.j) != nil
}

// titleOfBodyBefore reports whether a title and its body end just before
// token k: "Commander of the ELN", "head of the Government delegation",
// "Special Representative for Mali".
func (s *sentence) titleOfBodyBefore(k int) bool {
	if p := s.entityBefore(k, graph.Place); p != nil && p.j == k && s.word(p.i-1, "in", "to") && s.bodyBefore(p.i-1) != nil {
		k = p.i - 1 // "the Ambassador of Israel in Cairo, Mr X": where the envoy sits
	}
	q := k
	if s.bodyBefore(k) == nil && s.word(k-1, ")") && s.word(k-3, "(") {
		k -= 3 // "the Secretary General of the OAS (OAS), X"
		q = k
	}
	if m := s.bodyBefore(k); m != nil {
		q = m.i
	} else if m := s.entityBefore(k, graph.Place); m != nil && s.word(s.skipBackThe(m.i-1), "for") {
		q = m.i // "the EU Special Representative for the Sahel, X"
	} else if k > 0 && s.toks[k-1].upper() && orgHeads[s.toks[k-1].norm] && s.at(k-1) == nil {
		q = k - 1 // "the Speaker of Parliament, X"
	} else {
		// "the Government delegation", "the ELN delegation"
		if !s.word(q-1, "delegation", "side", "team") {
			return false
		}
		q--
		for q > 0 && s.toks[q-1].upper() && q > k-5 {
			if m := s.bodyBefore(q); m != nil {
				q = m.i
				break
			}
			if s.at(q-1) != nil {
				break
			}
			q--
		}
	}
	q = s.skipBackThe(q - 1)
	if s.word(q, "of") && s.word(q-1, ",", "and") {
		// "the Foreign Ministers of Egypt, X, of Jordan, Y": the title
		// stands before the first "of"
		for p := q - 2; p > 0; p-- {
			if s.word(p, "of") && s.pluralTitleBefore(p) {
				return true
			}
			if s.at(p) == nil && !s.word(p, ",", "and", "of", "the") && !s.honorific(p) {
				break // the list of "of STATE, NAME" items ends
			}
		}
	}
	if s.word(q, "of", "for") && (s.roleAt(q-1) != nil || s.pluralTitleBefore(q) || s.portfolioRunsTo(q) ||
		q > 0 && s.toks[q-1].upper() && officeNouns[s.tokNorm(q-1)] && s.at(q-1) == nil) { // "the Secretary of the Italian Communist Party, X"
		return true
	}
	return s.longComplementBefore(k)
}

// portfolioRunsTo reports whether a title's portfolio, carried on by "and"
// and capitalised words, ends at token q: "the Minister of Foreign Affairs
// and Cooperation of the Kingdom of Morocco, X".
func (s *sentence) portfolioRunsTo(q int) bool {
	for p := q - 1; p > max(0, q-6); p-- {
		if r := s.roleAt(p); r != nil {
			return s.andPortfolio(r.j) == q
		}
		if !(s.word(p, "and") || s.toks[p].word && s.toks[p].upper() && !s.covered(p, p+1)) {
			return false
		}
	}
	return false
}

// longComplementBefore reports whether a title and its long complement end
// at the comma k: "the European Union Special Representative for the South
// Caucasus and the crisis in Georgia, X".
func (s *sentence) longComplementBefore(k int) bool {
	for q := k - 1; q >= max(0, k-14); q-- {
		if r := s.roleAt(q); r != nil {
			return s.complementEnd(r.j) == k
		}
		if s.word(q, ",", ";", ":") {
			return false
		}
	}
	return false
}

// pluralTitleBefore reports whether a plural title ("Foreign Ministers")
// ends just before token k.
func (s *sentence) pluralTitleBefore(k int) bool {
	return k > 0 && s.toks[k-1].upper() && pluralTitleWords[s.tokNorm(k-1)]
}

// portfolioBefore reports whether a title and its portfolio end just
// before token k: "Minister of Law and Human Rights", whose "Human Rights"
// is no one listed beside the minister.
func (s *sentence) portfolioBefore(k int) bool {
	q := k
	for q > 0 && s.at(q-1) == nil && (s.toks[q-1].word && s.toks[q-1].upper() || s.word(q-1, "and", ",") && q < k) {
		q--
	}
	if q < k && s.word(q, "and", ",") && s.roleAt(q-1) != nil {
		return true // "Minister for Foreign Affairs and Regional Integration", "…, African Integration"
	}
	return q < k && s.word(q-1, "of", "for") && s.roleAt(q-2) != nil
}

// titleAfter reports whether a title, or "who", follows token j after a
// comma: "X, President of", "X, the head of", "X, who".
func (s *sentence) titleAfter(j int) bool {
	if !s.word(j, ",") {
		return false
	}
	if b := s.bodyAt(s.skipThe(j + 1)); b != nil && s.word(b.j, "'s") && (s.roleAt(b.j+1) != nil || s.officeTitleAt(b.j+1) > b.j+1) {
		return true // "X, Jordan's Minister of Foreign Affairs", "X, the NDFP's Senior Adviser"
	}
	if s.word(j+1, "its", "their") && (s.roleAt(j+2) != nil || s.officeTitleAt(j+2) > j+2) {
		return true // "X, its Chief Political Consultant"
	}
	if s.word(j+1, "the") && j+2 < len(s.toks) && s.toks[j+2].upper() && orgHeads[s.tokNorm(j+2)] && s.word(j+3, "'s", "’s") &&
		(s.roleAt(j+4) != nil || s.officeTitleAt(j+4) > j+4) {
		return true // "X, the League's Chief Political Consultant": the body named before
	}
	k := j + 1
	if s.word(k, "the") {
		k++
	}
	if a := s.at(k); a != nil && (a.kind == mAdjective || a.kind == mEntity && a.e != nil && a.e.isBody()) && a.i == k && s.roleAt(a.j) != nil {
		return true // "X, Turkish Deputy Undersecretary", "X, EU Special Representative"
	}
	return s.roleAt(j+1) != nil || s.word(j+1, "a", "the") && (s.roleAt(j+2) != nil || s.roleAt(j+3) != nil) ||
		s.word(j+1, "who") || s.bulleted() && s.officeTitleAt(j+1) > j+1 // "- A B, Secretary for External Relations"
}

// officeTitleAt is the end of a title the lexicon does not know that
// opens at token k: capitalised words ending in an office noun ("Senior
// Adviser", "Chief Political Consultant"), then a comma or the sentence's
// end; k when there is none.
func (s *sentence) officeTitleAt(k int) int {
	j := k
	for j < len(s.toks) && j-k < 5 && s.toks[j].word && s.toks[j].upper() && (s.at(j) == nil || s.at(j).kind == mRole) {
		j++
	}
	if j == k || !officeNouns[s.tokNorm(j-1)] {
		return k
	}
	if r := s.roleAt(s.skipThe(j + 1)); s.word(j, "to") && r != nil && r.i == s.skipThe(j+1) {
		return r.j // "Chief Adviser to the President (of Brazil)"
	}
	if s.word(j, "for", "of") {
		// "Secretary for External Relations", "Secretary of Foreign
		// Relations": a portfolio in capitals, not a body ("Commissioner
		// for the Refugees of X" is no title; "of Kenya" names its state)
		q := j + 1
		for q < len(s.toks) && q-j < 6 && (s.toks[q].word && s.toks[q].upper() && s.at(q) == nil || s.word(q, "and") && q > j+1) {
			q++
		}
		if q > j+1 && !s.word(q-1, "and") && (q == len(s.toks) || s.word(q, ",", ".", ";")) {
			return q
		}
	}
	if s.word(j, "of") && s.bodyAt(s.skipThe(j+1)) != nil && s.word(k-1, "the") {
		return j // "the Political Secretary of the Christian Democracy": the body follows
	}
	if j < len(s.toks) && !s.word(j, ",", ".", ";") {
		return k
	}
	return j
}

// ownSecretary reports whether the title r is a secretary's for a field,
// after "the" and before its holder, naming no body and no state's office:
// "the Secretary for Information and Publicity, Comrade Z".
func (s *sentence) ownSecretary(r *mention) bool {
	_, internal := r.role.Attrs["internal"]
	return !internal && s.word(r.i-1, "the") && s.word(r.j, ",") && s.personAt(s.skipHonorifics(r.j+1)) != nil &&
		s.word(r.i, "secretary") && s.word(r.i+1, "for") && s.find(r.i, r.j, "state", "of") < 0
}

// officeTitles reads the titles the lexicon does not know that a possessive
// or "its" gives a name: "X, the NDFP's Senior Adviser", "Y, its Chief
// Political Consultant".
func (d *doc) officeTitles(s *sentence) {
	for k := 1; k < len(s.toks); k++ {
		if r := s.roleAt(k); r != nil && r.i == k && r.kind == mRole && s.ownSecretary(r) {
			// "the Secretary for Information and Publicity, Comrade Z": a
			// party secretary's title the lexicon knows in part, before its
			// holder and naming no body, the issuer's own
			own := *r.role
			own.Attrs = map[string]string{"internal": ""}
			r.role = &own
			continue
		}
		j := s.officeTitleAt(k)
		if j <= k {
			continue
		}
		// "the Secretary for Publicity, Comrade Z": a title before its
		// holder that names no body, the issuer's own
		before := s.word(k-1, "the") && s.word(j, ",") && s.personAt(s.skipHonorifics(j+1)) != nil && s.find(k, j, "secretary") >= 0 &&
			s.find(k, j, "minister", "governor", "state", "chief", "principal", "official", "cabinet", "permanent") < 0 // a party's office, not a state's
		if !s.word(k-1, "'s", "’s", "its", "their") && !(s.word(k-1, ",") && s.entityBefore(k-1, graph.Person) != nil) &&
			!(s.word(k-1, "the") && s.word(j, "of") && s.bodyThenName(s.skipThe(j+1))) && !before {
			// "X, the League's Chief Political Consultant", "Y, Chief
			// Adviser to the President of Brazil", "the Political
			// Secretary of the Christian Democracy, Z"
			continue
		}
		if r := s.roleAt(k); r != nil && r.i == k && r.j == j {
			continue // the lexicon's title already
		}
		for _, m := range append([]*mention(nil), s.ms...) {
			if m.kind == mRole && m.i >= k && m.j <= j && (m.i == k || !s.word(m.i-1, "the")) {
				s.ms = removeMention(s.ms, m) // but "the President" the title serves holds its own
			}
		}
		text := s.tokText(d, k, j)
		role := &Entry{Type: RoleType, Name: text, key: normPhrase(text)}
		if before {
			role.Attrs = map[string]string{"internal": ""}
		}
		s.addMention(&mention{i: k, j: j, kind: mRole, role: role, text: text})
	}
}

// bodyThenName reports whether a body named at token q is followed by a
// comma and a person's name: "… of the Italian Communist Party, Enrico
// Berlinguer".
func (s *sentence) bodyThenName(q int) bool {
	b := s.bodyAt(q)
	return b != nil && s.word(b.j, ",") && s.personAt(s.skipHonorifics(b.j+1)) != nil
}

// acronyms reads a body's acronym the text defines, "the Free Aceh Movement
// (GAM)", and finds it wherever it stands after: "GAM's Prime Minister".
// An acronym is one token of two to eight capitals and digits. It runs
// before the names found from context, so that "the leader of the UFR, X"
// reads X as a person, and after them, to read the definitions they make
// possible.
func (d *doc) acronyms(s *sentence) {
	t := s.toks
	for i := 0; i < len(t); i++ {
		if !t[i].word || !allCaps(t[i].text) {
			continue
		}
		if m := s.at(i); m != nil && m.i == i && m.j == i+1 && m.e != nil && m.e.entry != nil {
			// "the Social Democratic Front (SDF)": the text defines the
			// acronym for the body it names, whatever else it stands for,
			// and uses it so after
			if b := s.entityBefore(i-1, graph.Organization); s.word(i-1, "(") && s.word(i+1, ")") && b != nil && b.e != m.e &&
				initialsOf(b.e.Name) == t[i].text {
				s.ms = removeMention(s.ms, m)
			} else if e := d.acronym[t[i].text]; e != nil && e != m.e {
				s.ms = removeMention(s.ms, m)
			}
		}
		if s.covered(i, i+1) {
			continue
		}
		// "(CUF – Chama cha Wananchi)": the acronym, then another name
		if s.word(i-1, "(") && (s.word(i+1, ")") || s.word(i+1, "–", "—", "-") && s.find(i+2, min(len(t), i+8), ")") > 0) {
			if m := s.entityBefore(i-1, graph.Organization); m != nil && m.e.entry == nil {
				d.learnAcronym(t[i].text, m.e)
				m.e.addSurface(t[i].text)
				s.addMention(&mention{i: i, j: i + 1, kind: mEntity, e: m.e, text: t[i].text})
			}
			continue
		}
		if e := d.acronym[t[i].text]; e != nil && !(i+1 < len(t) && t[i+1].hyphen) {
			s.addMention(&mention{i: i, j: i + 1, kind: mEntity, e: e, text: t[i].text})
		}
	}
}

// learnAcronym makes the acronym name the body e wherever the text uses it.
func (d *doc) learnAcronym(acronym string, e *dent) {
	if d.acronym == nil {
		d.acronym = map[string]*dent{}
	}
	d.acronym[acronym] = e
}

// allCaps reports whether a token is an acronym: two to eight letters or
// digits, the letters all capitals, at least two of them.
func allCaps(w string) bool {
	n, letters := 0, 0
	for _, r := range w {
		n++
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case !unicode.IsDigit(r):
			return false
		}
	}
	return n >= 2 && n <= 8 && letters >= 2
}

// listInName is the end of a list of capitalised words inside a name that
// the comma at j goes on, closed by "and" and a capitalised word ("on
// Politics, Defence and Security Cooperation"), or j.
func (s *sentence) listInName(j int) int {
	and := false
	for k := j + 1; k < len(s.toks); k++ {
		switch {
		case s.toks[k].word && s.toks[k].upper() && !s.covered(k, k+1):
		case s.word(k, ",") && !and:
		case s.word(k, "and") && !and && k > j+1:
			and = true
		default:
			if and && k > j+1 && s.toks[k-1].upper() {
				return k
			}
			return j
		}
	}
	if and && s.toks[len(s.toks)-1].upper() {
		return len(s.toks)
	}
	return j
}

// titleComplement reports whether the span at i completes a title: "leader
// of the …", "Chairman of …".
func (s *sentence) titleComplement(i int) bool {
	k := s.skipBackThe(i - 1)
	return s.word(k, "of") && s.roleAt(k-1) != nil
}

// bodyTitleComplement reports whether the span [i, j) is what a title of
// a body's office governs: "President of Sinn Féin", "leader of Nidaa
// Tounes", "Head of the Joint Investigation Team". Titles that govern
// places or portfolios (Governor, Mayor, Minister, King, Director of State
// Security) do not count, nor does a lone word after most others, which
// may be a territory ("President of Zanzibar").
func (s *sentence) bodyTitleComplement(i, j int) bool {
	from := i
	if adj := s.at(i - 1); adj != nil && adj.kind == mAdjective && adj.j == i {
		from = adj.i // "head of the Iraqi National List": the adjective is the name's (see bodyFromContext)
	}
	k := s.skipBackThe(from - 1)
	if !s.word(k, "of") || j < len(s.toks) && s.word(j, "of") || meetingHeads[s.headNounOf(i, j)] && s.ordinalAt(i) {
		return false // (nor "Chairman of the Sixteenth South Pacific Forum": a numbered meeting)
	}
	r := s.roleAt(k - 1)
	if r == nil || r.j != k {
		return false
	}
	head := s.tokNorm(k - 1)
	switch {
	case head == "general":
		return s.word(k-2, "secretary") // not "Attorney General of Kenya"
	case bodyOfficeTitles[head]:
		return true
	case head == "president" || head == "chairman" || head == "chairperson":
		return j-i >= 2 && !s.word(k-2, "vice")
	case j-i >= 2 && !placeOfficeTitles[head] && !s.placeCueAround(i, j):
		// "Head of the Joint Investigation Team", "Commander of the
		// Royal Military Household": a name of two words or more that
		// any other title governs is a body's too
		return true
	}
	return false
}

// listedPlace is the placeType of the place the span [i, j) names when it
// stands in a list beside a town, a province or a region the document
// already knows, the list after a preposition or a noun of place ("in
// Swat, Buner and Shangla", "the provinces of Erbil, Dohuk and
// Sulaimaniya") or before a plural one ("Sonitpur and Kokrajhar
// districts"); "" otherwise. A country beside a name makes no list of
// places: "Kenya, Mr Odinga and …".
func (d *doc) listedPlace(s *sentence, i, j int) string {
	if j-i > 3 || allCaps(s.toks[i].text) || s.hasBodyWord(i, j) || d.personCue(s, i, j, false) {
		return ""
	}
	for k := i; k < j; k++ {
		if !s.toks[k].word || !s.toks[k].upper() || utf8.RuneCountInString(s.toks[k].text) < 3 || strings.Contains(s.toks[k].text, ".") {
			return "" // "Washington, D.C.": initials are no town
		}
	}
	listed := func(m *mention) string {
		if m == nil || m.e == nil || m.e.Type != graph.Place || m.kind != mEntity {
			return ""
		}
		switch m.e.PlaceType {
		case "town", "city", "region", "province", "camp":
			return m.e.PlaceType
		}
		return ""
	}
	pt := ""
	if k := s.listSeparatorBefore(i); k >= 0 {
		pt = listed(s.entityBefore(k + 1))
	}
	if k := s.listSeparatorAfter(j); pt == "" && k > j {
		pt = listed(s.entityAt(k))
	}
	if pt == "" {
		return ""
	}
	// the list's ends: every item a place or a capitalised name
	a := i
	for {
		k := s.listSeparatorBefore(a)
		if k < 0 {
			break
		}
		m := s.at(k)
		if m == nil || m.j != k+1 {
			start := s.freeCapsStart(k)
			if start == k+1 {
				break
			}
			a = start
			continue
		}
		if m.e == nil || m.e.Type != graph.Place {
			break
		}
		a = m.i
	}
	b := j
	for {
		k := s.listSeparatorAfter(b)
		if k <= b {
			break
		}
		if m := s.at(k); m != nil && m.i == k && m.e != nil && m.e.Type == graph.Place {
			b = m.j
			continue
		}
		q := s.freeCapsEnd(k)
		if q == k {
			break
		}
		b = q
	}
	if p := placeCues[s.tokNorm(b)]; p != "" && !s.toks[b].upper() && strings.HasSuffix(s.tokNorm(b), "s") {
		return p // "Sonitpur and Kokrajhar districts"
	}
	q := s.skipBackThe(a - 1)
	if s.word(q, "of") && placeCues[s.tokNorm(q-1)] != "" {
		return pt // "the villages of Kok-Tash, Ak-Sai and Arka"
	}
	if s.word(q, "in", "at", "near", "around", "from", "to", "outside", "inside", "between", "into", "across", "towards") &&
		!(s.skipBackThe(q-1) < 0 && s.word(a+1, ",")) {
		// not "In Geneva, Lavrov and Kerry met": a sentence's opening
		// place and its subject
		return pt
	}
	return ""
}

// listSeparatorBefore is the last token of the item before the list word
// or comma that ends just before token i ("Swat, Buner", "Buner and
// Shangla", "A, B, and C"), or -1.
func (s *sentence) listSeparatorBefore(i int) int {
	k := i - 1
	switch {
	case s.word(k, "and", "or") && s.word(k-1, ","):
		return k - 2
	case s.word(k, "and", "or", ","):
		return k - 1
	}
	return -1
}

// listSeparatorAfter is the first token of the item after the list word or
// comma at token j, or -1.
func (s *sentence) listSeparatorAfter(j int) int {
	switch {
	case s.word(j, ",") && s.word(j+1, "and", "or"):
		return j + 2
	case s.word(j, "and", "or", ","):
		return j + 1
	}
	return -1
}
