package loader

import (
	"strings"

	"github.com/actorgraph/kg/graph"
)

// stateVerbs after a country's name make it act, so name a State, not a
// Place: "Syria acceded to the Convention".
var stateVerbs = map[string]bool{"acceded": true, "ratified": true, "signed": true, "joined": true,
	"condemned": true, "condemns": true, "rejected": true, "rejects": true, "agreed": true, "announced": true,
	"accepted": true, "demanded": true, "called": true, "calls": true, "supports": true, "supported": true,
	"vetoed": true, "voted": true, "hosted": true, "hosts": true, "withdrew": true, "denied": true}

var locatives = map[string]bool{"in": true, "inside": true, "across": true, "into": true, "throughout": true,
	"within": true, "to": true, "from": true, "at": true, "near": true, "towards": true}

// lexiconMentions marks the lexicon's names, state adjectives and titles.
func (d *doc) lexiconMentions(s *sentence) {
	for _, m := range d.x.lex.match(s.toks) {
		surface := s.tokText(d, m.i, m.j)
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
	d.resolutions(s)
}

// resolutions finds UN resolutions by number: "Resolution 2254", "Security
// Council Resolution 2401", "UNSC Resolution 2118".
func (d *doc) resolutions(s *sentence) {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].norm != "resolution" || !s.toks[i+1].digit() || len(s.toks[i+1].text) < 3 || len(s.toks[i+1].text) > 4 {
			continue
		}
		j := i + 2
		if s.word(i+1, "no") && i+2 < len(s.toks) {
			j = i + 3
		}
		num := s.toks[j-1].text
		start := i
		// an organisation written into the name ("UN Security Council
		// Resolution") is part of it
		if m := s.at(i - 1); m != nil && m.e != nil && m.e.Type == graph.Organization && m.j == i {
			if !strings.Contains(graph.NameKey(m.e.Name), "security council") && !strings.Contains(graph.NameKey(m.e.Name), "united nations") {
				continue // another body's resolution: not a UN one
			}
			start = m.i
			s.ms = removeMention(s.ms, m)
		}
		if s.covered(start, j) {
			continue
		}
		e := d.resolution(num)
		e.addSurface(s.tokText(d, start, j))
		s.addMention(&mention{i: start, j: j, kind: mEntity, e: e, text: s.tokText(d, start, j)})
		// "adopted Resolution 2401 on 24 February"
		if k := s.find(max(0, start-3), start, "adopted", "passed"); k >= 0 {
			if ds := d.dateAfter(s, j, 4); ds != nil && e.Date == "" {
				e.Date = ds.from
			}
		}
	}
	// "Resolutions 2042 and 2043", "resolutions 2170 (2014), 2199 (2015)
	// and 2253 (2015)"
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].norm != "resolutions" {
			continue
		}
		for k := i + 1; k < len(s.toks); k++ {
			tk := s.toks[k]
			switch {
			case tk.digit() && len(tk.text) == 4 && !s.word(k-1, "("):
				e := d.resolution(tk.text)
				s.addMention(&mention{i: k, j: k + 1, kind: mEntity, e: e, text: tk.text})
			case tk.digit() && s.word(k-1, "(") || s.word(k, ",", "and", "(", ")"):
			default:
				k = len(s.toks)
			}
		}
	}
}

// resolution is the UN Security Council resolution of a number, with the
// forms it is cited by.
func (d *doc) resolution(num string) *dent {
	e := d.entity(graph.Agreement, "UN Security Council Resolution "+num, nil)
	e.addSurface("Resolution " + num)
	e.addSurface("Security Council Resolution " + num)
	e.addSurface("UNSC Resolution " + num)
	return e
}

func removeMention(ms []*mention, m *mention) []*mention {
	for k, o := range ms {
		if o == m {
			return append(ms[:k:k], ms[k+1:]...)
		}
	}
	return ms
}

// dateAfter returns a date expression starting within n tokens after token i.
func (d *doc) dateAfter(s *sentence, i, n int) *dateSpan {
	if i >= len(s.toks) {
		return nil
	}
	limit := s.toks[min(i+n, len(s.toks)-1)].end
	for k := range s.dates {
		if s.dates[k].start >= s.toks[i].start && s.dates[k].start <= limit {
			return &s.dates[k]
		}
	}
	return nil
}

// contextMentions finds names the lexicon does not know, from the shape of
// the words and what stands around them. Names listed with a person ("X, Y
// and Z each won a seat") are persons too.
func (d *doc) contextMentions(s *sentence) {
	d.knownNames(s)
	var open [][2]int // capitalised spans left unclassified
	for i := 0; i < len(s.toks); {
		j := d.capSpan(s, i)
		if j <= i {
			i++
			continue
		}
		if !d.classify(s, i, j) {
			open = append(open, [2]int{i, j})
		}
		i = j
	}
	for k := len(open) - 1; k >= 0; k-- {
		sp := open[k]
		if sp[1]-sp[0] >= 2 && d.listedWithPerson(s, sp[0], sp[1]) && d.personCue(s, sp[0], sp[1], true) {
			surface := s.tokText(d, sp[0], sp[1])
			e := d.entity(graph.Person, surface, nil)
			e.addSurface(surface)
			s.addMention(&mention{i: sp[0], j: sp[1], kind: mEntity, e: e, text: surface})
		}
	}
}

// listedWithPerson reports whether the span [i, j) stands in a list ("A, B
// and C") beside a person.
func (d *doc) listedWithPerson(s *sentence, i, j int) bool {
	isPerson := func(k int) bool {
		m := s.at(k)
		return m != nil && m.e != nil && m.e.Type == graph.Person
	}
	if s.word(j, ",", "and") && isPerson(j+1) {
		return true
	}
	if s.word(i-1, ",", "and") && isPerson(i-2) {
		return true
	}
	return false
}

// knownNames marks the names of entities found earlier from context or the
// header, which the lexicon does not know ("the Hauran Civic Council").
func (d *doc) knownNames(s *sentence) {
	for _, id := range d.order {
		e := d.ents[id]
		if e.entry != nil || e.Type == graph.Meeting || e.Type == graph.Event {
			continue
		}
		for _, n := range e.names() {
			want := strings.Fields(n)
			if len(want) < 2 {
				continue
			}
			for i := 0; i+len(want) <= len(s.toks); i++ {
				ok := true
				for k, w := range want {
					if s.toks[i+k].norm != w {
						ok = false
						break
					}
				}
				if ok && !s.covered(i, i+len(want)) {
					s.addMention(&mention{i: i, j: i + len(want), kind: mEntity, e: e, text: s.tokText(d, i, i+len(want))})
				}
			}
		}
	}
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
	if stopCaps[t[i].norm] && !(i+1 < len(t) && t[i+1].hyphen) {
		// "General Secretariat", "Special Committee": a stop word that
		// opens a body's name
		if !(nameOpeners[t[i].norm] && i+1 < len(t) && t[i+1].upper() && !s.covered(i+1, i+2)) {
			return i
		}
		if j := d.capSpan(s, i+1); j <= i+1 || !orgHeads[t[j-1].norm] {
			return i
		}
	}
	j := i + 1
	for j < len(t) && !s.covered(j, j+1) {
		switch {
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
				if !orgHeads[t[k-1].norm] {
					return j
				}
			}
			j++
		case t[j].word && particles[t[j].norm] && !t[j].upper() && j+1 < len(t) && t[j+1].upper() && !s.covered(j+1, j+2) &&
			(t[j+1].hyphen || t[j].norm == "bin" || t[j].norm == "ibn" || t[j].norm == "bint" || t[j].norm == "abu"):
			j += 2
		case t[j].word && t[j].hyphen && !t[j].digit(): // "Hay'at Tahrir al-Sham", "Abu-Hatab"
			j++
		case (t[j].norm == "of" || t[j].norm == "for") && orgHeads[t[j-1].norm] && j+1 < len(t) &&
			(t[j+1].upper() || t[j+1].norm == "the" && j+2 < len(t) && t[j+2].upper()):
			j++
			if t[j].norm == "the" {
				j++
			}
		default:
			return j
		}
	}
	return j
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
	return false
}

// triggerBefore reports whether an event word stands within n tokens before
// token k, in the same clause.
func (d *doc) triggerBefore(s *sentence, k, n int) bool {
	for q := k - 1; q >= max(0, k-n); q-- {
		if s.word(q, ",", ";", ":") {
			return false
		}
		if eventTriggers[s.toks[q].norm] != "" {
			return true
		}
	}
	return false
}

// nameOpeners are stop words that can open a body's name.
var nameOpeners = map[string]bool{"general": true, "special": true, "supreme": true, "high": true,
	"higher": true, "national": true, "central": true, "executive": true, "political": true, "legal": true,
	"foreign": true, "joint": true, "international": true}

// classify decides what a capitalised span names, or leaves it and
// returns false.
func (d *doc) classify(s *sentence, i, j int) bool {
	t := s.toks
	// strip honorifics and ranks: "Sheikh", "Dr.", "Maj. Gen."
	hon := false
	for i < j && (honorifics[t[i].norm] || t[i].norm == ".") {
		hon = hon || honorifics[t[i].norm]
		i++
	}
	for i < j && t[i].norm == "." {
		i++
	}
	for j > i+1 && (t[j-1].norm == "of" || t[j-1].norm == "the" || t[j-1].norm == "for") {
		j-- // "Fact-Finding Mission of the" before a known name
	}
	if i >= j {
		return false
	}
	surface := s.tokText(d, i, j)
	last := t[j-1].norm
	before := func(k int) string {
		if i-k >= 0 {
			return t[i-k].norm
		}
		return ""
	}
	after := func(k int) string {
		if j+k-1 < len(t) {
			return t[j+k-1].norm
		}
		return ""
	}
	// the head of "Department of Foreign Affairs" stands before "of"
	head := last
	for k := i + 1; k < j; k++ {
		if t[k].norm == "of" || t[k].norm == "for" {
			head = t[k-1].norm
			break
		}
	}
	switch {
	case orgHeads[head] || orgHeads[last] && head == last || t[i].norm == "radio":
		if j-i == 1 && !t[i].upper() {
			return false
		}
		if j-i == 1 {
			// "the Coalition", "a Coalition delegation": the body the
			// document means, resolved later; never a new body
			return false
		}
		var e *dent
		if lx := d.issuerPart(surface); lx != nil {
			e = d.entity(graph.Organization, "", lx)
		} else {
			e = d.entity(graph.Organization, surface, nil)
		}
		e.addSurface(surface)
		s.addMention(&mention{i: i, j: j, kind: mEntity, e: e, text: surface})
		return true
	case placeCues[after(1)] != "" && after(1) != "area" || before(1) == "of" && placeCues[before(2)] != "" && before(3) == "the":
		pt := placeCues[after(1)]
		name := surface
		if pt == "" {
			pt = placeCues[before(2)]
		} else if pt == "camp" || pt == "prison" || pt == "site" {
			name = surface + " " + t[j].text
			j++
		}
		if pt == "region" && after(1) == "countryside" {
			return false
		}
		if graph.EntityType(graph.Place).Valid() && !oneOfStrings(graph.PlaceTypes, pt) {
			pt = "site"
		}
		d.contextEntity(s, i, j, graph.Place, name, pt).addSurface(surface)
		return true
	case (before(1) == "of" || before(1) == "on") && eventTriggers[before(2)] == "attack" && !d.personCue(s, i, j, false) ||
		(before(1) == "," || before(1) == "and") && d.placeBefore(s, i-1) ||
		(before(1) == "in" || before(1) == "at" || before(1) == "near") && d.triggerBefore(s, i-1, 6) && j-i <= 3 && !d.personCue(s, i, j, false):
		// "the bombing of Kafr Nabudah, Qalaat al-Madiq and …": places hit
		d.contextEntity(s, i, j, graph.Place, surface, "town")
		return true
	case before(1) == "in" && (meetingWords[before(2)] || instrumentVerbs[before(2)] || bodyMeetVerbs[before(2)]) && j-i <= 3:
		// "met in Toronto", "signed in Lausanne": where a meeting was held
		d.contextEntity(s, i, j, graph.Place, surface, "city")
		return true
	case s.title && !hon:
		// a title capitalises every word: "Al-Bahra Visits Atmeh" names
		// no one new
		return false
	case d.personCue(s, i, j, hon):
		e := d.personByFamilyName(s, i, j)
		if e == nil {
			e = d.entity(graph.Person, surface, nil)
		}
		e.addSurface(surface)
		s.addMention(&mention{i: i, j: j, kind: mEntity, e: e, text: surface})
		return true
	}
	return false
}

// contextEntity records a name found from context: the entity of type t
// (with placeType pt for a new place) and its mention over tokens [i, j).
func (d *doc) contextEntity(s *sentence, i, j int, t graph.EntityType, name, pt string) *dent {
	e := d.entity(t, name, nil)
	if t == graph.Place && e.PlaceType == "" {
		e.PlaceType = pt
	}
	surface := s.tokText(d, i, j)
	e.addSurface(surface)
	s.addMention(&mention{i: i, j: j, kind: mEntity, e: e, text: surface})
	return e
}

// personCue reports whether the span [i, j) names a person: it follows an
// honorific or a title, or a title follows it after a comma, or it speaks.
func (d *doc) personCue(s *sentence, i, j int, honorific bool) bool {
	t := s.toks
	if j-i < 2 && !honorific {
		return false
	}
	for k := i; k < j; k++ {
		if orgHeads[t[k].norm] || t[k].norm == "of" || t[k].norm == "for" {
			return false
		}
	}
	if honorific {
		return true
	}
	if m := s.at(i - 1); m != nil && m.kind == mRole {
		return true
	}
	// TITLE of the BODY NAME: "head of the Syrian Interim Government Jawad Abu Hatab"
	if m := s.at(i - 1); m != nil && m.e != nil && m.j == i && (m.e.Type == graph.Organization || m.e.Type == graph.State) {
		k := m.i - 1
		if s.word(k, "the") {
			k--
		}
		if s.word(k, "of", "for", "at") {
			if r := s.at(k - 1); r != nil && r.kind == mRole {
				return true
			}
		}
		if r := s.at(m.i - 1); r != nil && r.kind == mAdjective {
			if r2 := s.at(m.j); r2 != nil && r2.kind == mRole {
				return true
			}
		}
	}
	if i >= 2 && t[i-1].norm == "," {
		if m := s.at(i - 2); m != nil && m.kind == mRole {
			return true
		}
	}
	if j < len(t) && t[j].norm == "," {
		if m := s.at(j + 1); m != nil && m.kind == mRole {
			return true
		}
		if j+2 < len(t) && (t[j+1].norm == "a" || t[j+1].norm == "the") {
			if m := s.at(j + 2); m != nil && m.kind == mRole {
				return true
			}
			if m := s.at(j + 3); m != nil && m.kind == mRole {
				return true
			}
		}
		if s.word(j+1, "who") {
			return true
		}
	}
	if s.word(j, "said", "says", "told", "stated", "added", "stressed", "met", "thanked", "affirmed", "urged", "briefed",
		"presented", "gave", "opened", "chaired", "won", "each") || s.word(j, "was", "were") && s.word(j+1, "elected", "re", "appointed", "named") {
		return true
	}
	if i > 0 && s.word(i-1, "killed", "assassinated", "murdered", "arrested", "detained", "abducted", "kidnapped") {
		return true
	}
	return false
}

// shortMentions resolves what refers back to a named entity: a family name
// alone ("Hariri"), a title and family name ("President al-Abda"), and "the
// Coalition", "the Assembly", "the Council" for the body the document means.
func (d *doc) shortMentions(s *sentence) {
	t := s.toks
	for i := 0; i < len(t); i++ {
		if s.covered(i, i+1) || !t[i].word {
			continue
		}
		// family names: one capitalised word, or "al-X"
		j := i + 1
		if particles[t[i].norm] && j < len(t) && t[j].hyphen {
			j++
		}
		if t[j-1].upper() {
			if p := d.personByFamilyName(s, i, j); p != nil {
				surface := s.tokText(d, i, j)
				p.addSurface(surface)
				s.addMention(&mention{i: i, j: j, kind: mEntity, e: p, text: surface})
				i = j - 1
				continue
			}
		}
		// "a Coalition delegation", "Coalition President X"
		if t[i].upper() && orgHeads[t[i].norm] && !s.word(i-1, "the") && !(i+1 < len(t) && t[i+1].upper() && s.at(i+1) == nil) {
			if e := d.bodyByHead(t[i].norm); e != nil {
				s.addMention(&mention{i: i, j: i + 1, kind: mEntity, e: e, text: t[i].text})
				continue
			}
		}
		// "the Treaty", "the memorandum": the latest instrument of that kind
		if t[i].norm == "the" && i+1 < len(t) && instrumentNouns[t[i+1].norm] && !s.covered(i+1, i+2) && !s.word(i+2, "of", "that", "which", "signed", "reached", "agreed") {
			if e := d.lastInstrument(s, t[i+1].norm); e != nil {
				s.addMention(&mention{i: i, j: i + 2, kind: mEntity, e: e, text: s.tokText(d, i, i+2)})
				i++
				continue
			}
		}
		// "the Coalition", "the Assembly", "the political committee"
		if t[i].norm == "the" && j < len(t) {
			if k, e := d.anaphor(s, i+1); e != nil {
				surface := s.tokText(d, i, k)
				s.addMention(&mention{i: i, j: k, kind: mEntity, e: e, text: surface})
				i = k - 1
			}
		}
	}
}

// lastInstrument is the latest instrument named before sentence s whose
// name has the noun ("the Treaty" after "the North Atlantic Treaty").
func (d *doc) lastInstrument(s *sentence, noun string) *dent {
	var last *dent
	for _, o := range d.sents {
		if o.start > s.start {
			break
		}
		for _, m := range o.ms {
			if m.e != nil && m.e.Type == graph.Agreement && (o != s || m.j <= 0) && containsWord(strings.Fields(m.e.names()[0]), noun) {
				last = m.e
			}
		}
	}
	return last
}

// personByFamilyName finds the person of the document whose name ends with
// the tokens [i, j), if exactly one does.
func (d *doc) personByFamilyName(s *sentence, i, j int) *dent {
	key := ""
	for _, tk := range s.toks[i:j] {
		key += " " + tk.norm
	}
	key = strings.TrimPrefix(key, " ")
	if stopCaps[key] || len(key) < 3 {
		return nil
	}
	var found *dent
	for _, id := range d.order {
		e := d.ents[id]
		if e.Type != graph.Person {
			continue
		}
		for _, np := range e.names() {
			if np != key && (strings.HasSuffix(np, " "+key) || strings.HasSuffix(np, " al "+key)) {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// Sub-bodies that communiqués name by their common noun alone.
var genericBodies = []string{"general assembly", "assembly", "political committee", "committee", "conference", "summit",
	"organisation", "organization",
	"general secretariat", "secretariat", "council", "commission", "coalition", "league", "government",
	"legal committee", "executive committee", "presidential body", "regime", "alliance", "union"}

// anaphor resolves a definite description starting at token i ("Coalition",
// "General Assembly", "political committee") to a body of the document. It
// returns the end of the description and the body.
func (d *doc) anaphor(s *sentence, i int) (int, *dent) {
	t := s.toks
	if s.word(i, "new", "current", "outgoing", "incoming", "previous", "same") {
		i++ // "the new committee"
	}
	for _, g := range genericBodies {
		words := strings.Split(g, " ")
		if i+len(words) > len(t) {
			continue
		}
		ok := true
		for k, w := range words {
			if t[i+k].norm != w {
				ok = false
			}
		}
		if !ok || s.covered(i, i+len(words)) {
			continue
		}
		j := i + len(words)
		// "the Commission's", fine; "the Council of X" is a name, not an anaphor
		if s.word(j, "of") {
			return 0, nil
		}
		if e := d.bodyByHead(g); e != nil {
			return j, e
		}
		return 0, nil
	}
	return 0, nil
}

// bodyByHead finds the body a common noun refers to: the issuer or one of
// its parts first, then the body of the document whose name ends with it.
func (d *doc) bodyByHead(head string) *dent {
	var cands []*dent
	for _, id := range d.order {
		e := d.ents[id]
		if e.Type != graph.Organization {
			continue
		}
		np := e.names()[0]
		words := strings.Split(np, " ")
		hw := strings.Split(head, " ")
		if strings.HasSuffix(" "+np, " "+head) || strings.HasPrefix(np, head+" of ") || containsWord(words, hw[len(hw)-1]) && len(hw) == 1 {
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 && d.issuer != nil {
		// a part of the issuer the text names only by its noun
		if e := d.x.lex.lookup(string(graph.Organization), d.issuer.Name+" "+head); e != nil {
			return d.entity(graph.Organization, "", e)
		}
		// the one part of the issuer whose name ends with the noun
		var only *Entry
		for _, e := range d.x.lex.entries {
			if e.Type == string(graph.Organization) && e.Attrs["parent"] == d.issuer.Name &&
				strings.HasSuffix(" "+e.key, " "+head) {
				if only != nil {
					return nil
				}
				only = e
			}
		}
		if only != nil {
			return d.entity(graph.Organization, "", only)
		}
		return nil
	}
	for _, e := range cands {
		if e == d.issuer || d.partOfIssuer(e) {
			return e
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	return nil
}

func containsWord(ws []string, w string) bool {
	for _, v := range ws {
		if v == w {
			return true
		}
	}
	return false
}

// issuerPart finds the lexicon's part of the issuer that a bare name such
// as "General Secretariat" means.
func (d *doc) issuerPart(name string) *Entry {
	if d.issuer == nil {
		return nil
	}
	return d.x.lex.lookup(string(graph.Organization), d.issuer.Name+" "+name)
}

func (d *doc) partOfIssuer(e *dent) bool {
	return d.issuer != nil && d.partOf(e, d.issuer)
}
