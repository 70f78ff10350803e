package loader

import (
	"strconv"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Confidence of each rule: how often a fact it yields is right. Facts whose
// parts are all explicit in the sentence score high; those that lean on a
// default (the issuer as a title's body) score lower.
const (
	confExplicit = 0.9
	confPattern  = 0.8
	confDefault  = 0.65
	confWeak     = 0.5
)

// subBodies links a part to its body where the text ties them by naming
// them together: the lexicon's compound names ("Syrian Coalition's General
// Assembly") and a body's name before a part found from context ("OIC
// Council of Foreign Ministers"). Possessives come later (possessiveParts).
func (d *doc) subBodies(s *sentence) {
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.e == nil || m.e.Type != graph.Organization {
			continue
		}
		// lexicon part whose written form names its parent
		if m.e.entry != nil && m.e.entry.Attrs["parent"] != "" {
			parent := d.x.lex.lookup(string(graph.Organization), m.e.entry.Attrs["parent"])
			if parent != nil && d.namesParent(m.text, parent) {
				d.relate(graph.PartOf, m.e, d.entity(graph.Organization, "", parent), s, confExplicit, "", "")
			}
		}
		// BODY PART, where the part is found from context: "OIC Council of
		// Foreign Ministers", "EU Foreign Affairs Council"
		if next := s.at(m.j); next != nil && next.i == m.j && next.e != nil && next.e.Type == graph.Organization &&
			next.e.entry == nil && m.e.entry != nil && !strings.HasPrefix(next.e.Name, m.e.Name) {
			part := d.entity(graph.Organization, m.e.Name+" "+next.e.Name, nil)
			part.addSurface(s.tokText(d, m.i, next.j))
			for _, a := range next.e.surfaces {
				part.addSurface(a)
			}
			d.replaceEntity(next.e, part)
			d.relate(graph.PartOf, part, m.e, s, confPattern, "", "")
			continue
		}
	}
}

// possessiveParts links a part named after its body's possessive ("the
// Coalition's Legal Committee"); it runs once "the Coalition" is resolved.
func (d *doc) possessiveParts(s *sentence) {
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.e == nil || m.e.Type != graph.Organization {
			continue
		}
		// BODY 's PART
		if s.word(m.j, "'s") {
			if part, end := d.partAfter(s, m.j+1, m.e); part != nil {
				s.ms = removeCovered(s.ms, m.j+1, end)
				s.addMention(&mention{i: m.j + 1, j: end, kind: mEntity, e: part, text: s.tokText(d, m.j+1, end)})
				d.relate(graph.PartOf, part, m.e, s, confExplicit, "", "")
			}
		}
	}
}

func (d *doc) namesParent(surface string, parent *Entry) bool {
	ns := " " + normPhrase(surface) + " "
	for _, n := range parent.names() {
		if strings.Contains(ns, " "+normPhrase(n)+" ") {
			return true
		}
	}
	// "the Coalition's" also names the Coalition
	for _, w := range strings.Fields(normPhrase(parent.Name)) {
		if orgHeads[w] && strings.Contains(ns, " "+w+" ") {
			return true
		}
	}
	return false
}

// partAfter reads a sub-body's name after a possessive: a capitalised name
// ending in a body noun ("Legal Committee", "Department of Foreign Affairs")
// or a common one ("political committee").
func (d *doc) partAfter(s *sentence, i int, parent *dent) (*dent, int) {
	if m := s.at(i); m != nil {
		if m.e != nil && m.e.Type == graph.Organization && m.i == i {
			if m.e.entry != nil || strings.HasPrefix(m.e.Name, parent.Name) {
				return m.e, m.j
			}
			// a part found from context by its own name ("Legal
			// Committee"): such names recur in many bodies, so the part
			// is named with its parent
			e := d.entity(graph.Organization, parent.Name+" "+m.e.Name, nil)
			for _, a := range m.e.surfaces {
				e.addSurface(a)
			}
			d.replaceEntity(m.e, e)
			return e, m.j
		}
		if m.kind == mRole {
			return nil, 0
		}
	}
	for _, g := range genericBodies {
		words := strings.Split(g, " ")
		if i+len(words) > len(s.toks) {
			continue
		}
		ok := true
		for k, w := range words {
			if s.toks[i+k].norm != w {
				ok = false
			}
		}
		if !ok {
			continue
		}
		j := i + len(words)
		if s.word(j, "of") && j+1 < len(s.toks) && s.toks[j+1].upper() {
			j = d.capSpan(s, i)
		}
		written := s.tokText(d, i, j)
		if e := d.x.lex.lookup(string(graph.Organization), parent.Name+" "+written); e != nil {
			return d.entity(graph.Organization, "", e), j
		}
		name := written
		if len(words) == j-i {
			name = parent.Name + " " + written
		}
		e := d.entity(graph.Organization, name, nil)
		e.addSurface(written)
		return e, j
	}
	return nil, 0
}

// replaceEntity makes every mention of old one of e, and drops old.
func (d *doc) replaceEntity(old, e *dent) {
	for _, o := range d.sents {
		for _, m := range o.ms {
			if m.e == old {
				m.e = e
			}
		}
	}
	old.dropped = true
}

func removeCovered(ms []*mention, i, j int) []*mention {
	var out []*mention
	for _, m := range ms {
		if m.i < i || m.j > j {
			out = append(out, m)
		}
	}
	return out
}

// Words that name an instrument, and the verbs that make one.
var (
	instrumentNouns = map[string]bool{"agreement": true, "memorandum": true, "ceasefire": true, "truce": true,
		"accord": true, "protocol": true, "deal": true, "declaration": true, "roadmap": true, "framework": true,
		"treaty": true, "convention": true}
	instrumentVerbs = map[string]bool{"signed": true, "reached": true, "agreed": true, "concluded": true,
		"announced": true, "brokered": true, "sealed": true, "struck": true}
)

// agreements finds instruments described by where, when and by whom they
// were made: "the cease-fire agreement which was reached in Sochi on
// September 17, 2018 by Turkey and Russia", "the nationwide ceasefire that
// Turkey and Russia signed on 29 December 2016", "the United States and
// Russia agreed in Geneva on a framework". An instrument of the lexicon made
// at that place or on that day is the same instrument.
func (d *doc) agreements(s *sentence) {
	t := s.toks
	for i := range t {
		noun := t[i].norm
		if noun == "fire" && i > 0 && t[i].hyphen && t[i-1].norm == "cease" {
			noun = "ceasefire"
		}
		if !instrumentNouns[noun] {
			continue
		}
		v := instrumentVerb(s, i)
		if m := s.at(i); m != nil && m.e != nil && m.e.Type == graph.Agreement {
			if v >= 0 {
				d.instrumentFacts(s, m.e, i, v)
			}
			continue
		}
		if v < 0 || d.future(s, v) {
			continue
		}
		place := d.placeAfter(s, v+1, 6)
		var date graph.Date
		if ds := d.dateAfter(s, v+1, 10); ds != nil && ds.from == ds.to {
			date = ds.from
		}
		start := i
		for start > 0 && s.at(start-1) == nil && (t[start-1].norm == "cease" || t[start-1].upper() ||
			t[start-1].word && instrumentModifiers[t[start-1].norm]) {
			start--
		}
		agr := d.knownInstrument(place, date)
		if agr == nil {
			written := strings.ToLower(s.tokText(d, start, i+1))
			var name string
			switch {
			case place != nil:
				name = place.Name + " " + noun
			case date != "":
				tm, _ := date.Time()
				name = written + " of " + tm.Format("2 January 2006")
			default:
				continue
			}
			agr = d.entity(graph.Agreement, name, nil)
			agr.addSurface(written)
			if agr.Date == "" {
				agr.Date = date
			}
		}
		agr.addSurface(s.tokText(d, start, i+1))
		s.addMention(&mention{i: start, j: i + 1, kind: mEntity, e: agr, text: s.tokText(d, start, i+1)})
		d.instrumentFacts(s, agr, i, v)
	}
}

// Verbs by which a party binds itself to an instrument that already exists:
// "Syria acceded to the Chemical Weapons Convention", "joined by Turkey in
// 1952".
var accessionVerbs = map[string]bool{"acceded": true, "accedes": true, "ratified": true, "ratifies": true,
	"joined": true, "signed": true}

// accessions links the parties that acceded to, ratified, joined or signed
// an instrument the sentence names.
func (d *doc) accessions(s *sentence) {
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Agreement {
			continue
		}
		// ACTOR acceded to / ratified / signed AGREEMENT
		v := m.i - 1
		if s.word(v, "the") {
			v--
		}
		if s.word(v, "to") {
			v--
		}
		if v >= 0 && accessionVerbs[s.toks[v].norm] && !d.future(s, v) {
			for _, p := range d.subjects(s, v) {
				if p.Type == graph.State || p.Type == graph.Organization {
					d.relate(graph.PartyTo, p, m.e, s, confPattern, "", "")
				}
			}
		}
		// AGREEMENT, signed … and joined by ACTOR
		for k := m.j; k < min(len(s.toks), m.j+14); k++ {
			if s.word(k, ";", ".") {
				break
			}
			if accessionVerbs[s.toks[k].norm] && s.word(k+1, "by") {
				for _, p := range d.actorList(s, k+2, min(len(s.toks), k+10)) {
					d.relate(graph.PartyTo, p.e, m.e, s, confPattern, "", "")
				}
			}
		}
	}
}

// Adjectives that belong to an instrument's name ("nationwide ceasefire").
var instrumentModifiers = map[string]bool{"nationwide": true, "comprehensive": true, "additional": true,
	"humanitarian": true, "joint": true, "final": true, "bilateral": true, "trilateral": true}

// instrumentVerb finds the verb that says an instrument at token i was
// made: after it in the same clause ("which was reached", "that Turkey and
// Russia signed"), or just before it ("agreed in Geneva on a framework").
func instrumentVerb(s *sentence, i int) int {
	t := s.toks
	for k := i + 1; k < min(len(t), i+16); k++ {
		if instrumentVerbs[t[k].norm] {
			return k
		}
		if t[k].norm == ";" || t[k].norm == "." || t[k].norm == ":" || instrumentNouns[t[k].norm] {
			break
		}
	}
	for k := i - 1; k >= max(0, i-6); k-- {
		if instrumentVerbs[t[k].norm] {
			return k
		}
		if t[k].norm == "," || t[k].norm == ";" {
			break
		}
	}
	return -1
}

// knownInstrument is the lexicon's instrument made at place, or on date.
func (d *doc) knownInstrument(place *dent, date graph.Date) *dent {
	for _, e := range d.x.lex.entries {
		if e.Type != string(graph.Agreement) {
			continue
		}
		ed := graph.Date(e.Attrs["date"])
		samePlace := place != nil && e.Attrs["place"] == place.Name
		if samePlace && (date == "" || ed == "" || ed == date) || date != "" && ed == date {
			return d.entity(graph.Agreement, "", e)
		}
	}
	return nil
}

// instrumentFacts reads what the clause of verb v says of the instrument at
// token noun: where it was made, when, and by whom.
func (d *doc) instrumentFacts(s *sentence, agr *dent, noun, v int) {
	t := s.toks
	if place := d.placeAfter(s, v+1, 6); place != nil {
		d.relate(graph.OccurredIn, agr, place, s, confExplicit, "", "")
	}
	if ds := d.dateAfter(s, v+1, 10); ds != nil && ds.from == ds.to && agr.Date == "" {
		agr.Date = ds.from
	}
	// parties: "by Turkey and Russia", "that Turkey and Russia signed",
	// "signed by Turkish President X and Russian President Y", "the United
	// States and Russia agreed … on a framework"
	var parties []*mention
	if b := s.find(v+1, min(len(t), v+12), "by"); b >= 0 {
		parties = d.actorList(s, b+1, min(len(t), b+14))
	}
	if len(parties) == 0 && v > noun {
		parties = d.actorList(s, noun+1, v)
	}
	if len(parties) == 0 && v < noun {
		from := v - 1
		for from > 0 && v-from < 10 && !s.word(from-1, ",", ";", "that", "which") {
			from--
		}
		parties = d.actorList(s, max(0, from), v)
	}
	for _, p := range parties {
		d.relate(graph.PartyTo, p.e, agr, s, confPattern, "", "")
	}
}

// actorList returns the states and bodies named in a list within [i, j),
// a state named by its adjective included ("Turkish President Erdoğan").
func (d *doc) actorList(s *sentence, i, j int) []*mention {
	var out []*mention
	for k := i; k < j && k < len(s.toks); k++ {
		if s.word(k, "which", "who", "to", "on", ";") && k > i {
			break
		}
		m := s.at(k)
		if m == nil || m.e == nil {
			continue
		}
		if m.e.Type == graph.State || m.e.Type == graph.Organization {
			out = append(out, m)
		}
		k = m.j - 1
	}
	return out
}

// placeAfter returns the place named after "in" or "at" within n tokens of i.
func (d *doc) placeAfter(s *sentence, i, n int) *dent {
	for k := i; k < min(len(s.toks), i+n); k++ {
		if !s.word(k, "in", "at") {
			continue
		}
		for q := k + 1; q < min(len(s.toks), k+4); q++ {
			if m := s.at(q); m != nil && m.e != nil && (m.e.Type == graph.Place || m.e.Type == graph.State) {
				return d.asPlace(m.e)
			}
		}
	}
	return nil
}

// asPlace returns the place of a state named as a location.
func (d *doc) asPlace(e *dent) *dent {
	if e.Type == graph.State {
		if p := d.x.lex.lookup(string(graph.Place), e.Name); p != nil {
			return d.entity(graph.Place, "", p)
		}
		return nil
	}
	return e
}

var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20}

var ordinalTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90}

// ordinal reads "42nd" or "forty-second" at token i; it returns the number
// and the token after it.
func ordinal(s *sentence, i int) (int, int) {
	t := s.toks[i]
	if n, ok := ordinalWords[t.norm]; ok {
		return n, i + 1
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(t.norm, suf) {
			if n, err := strconv.Atoi(strings.TrimSuffix(t.norm, suf)); err == nil && n > 0 && n < 1000 {
				return n, i + 1
			}
		}
	}
	if n, ok := ordinalTens[t.norm]; ok && i+1 < len(s.toks) && s.toks[i+1].hyphen {
		if u, ok := ordinalWords[s.toks[i+1].norm]; ok && u < 10 {
			return n + u, i + 2
		}
	}
	return 0, i
}

var sessionNouns = map[string]bool{"session": true, "meeting": true, "round": true, "summit": true,
	"conference": true, "congress": true, "sessions": false}

// Adjectives between a session's number and its noun.
var sessionAdjectives = map[string]bool{"extraordinary": true, "ordinary": true, "regular": true,
	"emergency": true, "plenary": true, "periodic": true, "annual": true, "special": true, "international": true,
	"ministerial": true, "consultative": true}

var futureCues = map[string]bool{"will": true, "next": true, "upcoming": true, "forthcoming": true,
	"due": true, "expected": true, "planned": true, "scheduled": true, "shall": true, "would": true}

// sessions finds a body's numbered session: "held its 42nd session in
// Istanbul on 10-11 November", "met in Istanbul on 10-11 March for its 38th
// session", "the 42nd Syrian Coalition General Assembly's Meeting".
func (d *doc) sessions(s *sentence) {
	t := s.toks
	for i := range t {
		n, k := ordinal(s, i)
		if n == 0 || t[i].hyphen && i > 0 && ordinalTens[t[i-1].norm] > 0 {
			continue // "Sixth" in "Forty-Sixth" was read with "Forty"
		}
		var body *dent
		// ORDINAL BODY 's? NOUN
		if m := s.at(k); m != nil && m.e != nil && m.e.Type == graph.Organization && m.i == k {
			body = m.e
			k = m.j
			if s.word(k, "'s") {
				k++
			}
		}
		// "fourth extraordinary session", "sixth International Meeting"
		for q := k; q < min(len(t), k+3) && !sessionNouns[t[q].norm]; q++ {
			if sessionAdjectives[t[q].norm] || t[q].upper() && s.at(q) == nil {
				continue
			}
			break
		}
		for q := k; q < min(len(t), k+3); q++ {
			if sessionNouns[t[q].norm] {
				k = q
				break
			}
			if !sessionAdjectives[t[q].norm] && !(t[q].upper() && s.at(q) == nil) {
				break
			}
		}
		if k >= len(t) || !sessionNouns[t[k].norm] {
			continue
		}
		if d.future(s, i) {
			continue
		}
		noun := k
		// NOUN of the BODY
		if body == nil && s.word(noun+1, "of") {
			q := noun + 2
			if s.word(q, "the") {
				q++
			}
			if m := s.at(q); m != nil && m.e != nil && m.e.Type == graph.Organization {
				body = m.e
			}
		}
		// BODY held its ORDINAL, BODY 's ORDINAL
		if body == nil && (s.word(i-1, "its", "'s") || s.word(i-2, "'s")) {
			for _, m := range s.ms {
				if m.i >= i || m.e == nil || m.e.Type != graph.Organization {
					continue
				}
				body = m.e // the last body before the ordinal: the subject or possessor
			}
		}
		if body == nil && s.title && d.issuer != nil {
			body = d.issuer
		}
		// states that hold a meeting together: "Iran, Russia and Turkey
		// held the sixth International Meeting"
		var holders []*dent
		if body == nil && s.find(0, i, "held", "hold", "holds", "convened", "hosted") >= 0 {
			for _, m := range d.subjects(s, i) {
				if m.Type == graph.State {
					holders = append(holders, m)
				}
			}
			if len(holders) > 0 {
				body = holders[0]
			}
		}
		if body == nil {
			continue
		}
		id := graph.SessionMeetingID(body.ID, n)
		mt, ok := d.ents[id]
		if !ok {
			name := ordinalString(n) + " session of the " + body.Name
			mt = d.entity(graph.Meeting, name, nil)
			if mt.ID != id {
				delete(d.ents, mt.ID)
				d.order = d.order[:len(d.order)-1]
				mt.ID = id
				d.ents[id], d.order = mt, append(d.order, id)
			}
			mt.Session = n
		}
		mt.addSurface(s.tokText(d, i, noun+1))
		s.addMention(&mention{i: i, j: noun + 1, kind: mEntity, e: mt, text: s.tokText(d, i, noun+1)})
		if mt.Start == "" {
			if ds := d.meetingDates(s); ds != nil {
				mt.Start, mt.End = ds.from, ds.to
			}
		}
		d.relate(graph.Held, body, mt, s, confExplicit, "", "")
		for _, h := range holders {
			d.relate(graph.Held, h, mt, s, confPattern, "", "")
		}
		if p := d.meetingPlace(s); p != nil {
			d.relate(graph.OccurredIn, mt, p, s, confPattern, "", "")
		}
		if d.mainMeeting == nil && (s.title || body == d.issuer || d.partOfIssuer(body) || len(holders) > 0) {
			d.mainMeeting = mt
		}
	}
}

func ordinalString(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(n) + suf
}

// future reports whether the words before token i put it in the future.
func (d *doc) future(s *sentence, i int) bool {
	for k := max(0, i-6); k < i; k++ {
		if futureCues[s.toks[k].norm] {
			return true
		}
	}
	return false
}

// meetingDates picks the days of a meeting from a sentence's dates: a range
// ("on 11-12 July") before a single day ("on Monday"), never the start of a
// period ("since March").
func (d *doc) meetingDates(s *sentence) *dateSpan {
	var first *dateSpan
	for k := range s.dates {
		ds := &s.dates[k]
		if d.sinceBefore(s, *ds) {
			continue
		}
		if ds.from != ds.to {
			return ds
		}
		if first == nil {
			first = ds
		}
	}
	return first
}

// sinceBefore reports whether a date is the start of a period ("since 18
// February"), not the day of the thing the sentence reports.
func (d *doc) sinceBefore(s *sentence, ds dateSpan) bool {
	for k, tk := range s.toks {
		if tk.start == ds.start {
			return k > 0 && s.word(k-1, "since", "until", "from", "before", "after", "by")
		}
	}
	return false
}

// meetingPlace is the place the sentence says something happened in.
func (d *doc) meetingPlace(s *sentence) *dent {
	for k := range s.toks {
		if !s.word(k, "in", "at") {
			continue
		}
		q := k + 1
		if s.word(q, "the") {
			q++
		}
		// "in the town of Azaz"
		if placeCues[s.toks[min(q, len(s.toks)-1)].norm] != "" && s.word(q+1, "of") {
			q += 2
		}
		if m := s.at(q); m != nil && m.e != nil && (m.e.Type == graph.Place || m.e.Type == graph.State) && m.i == q {
			if p := d.asPlace(m.e); p != nil && p.PlaceType != "country" {
				return p
			}
		}
	}
	return nil
}

// Verbs and nouns of a body meeting without a number: "the political
// committee met in Istanbul on Thursday", "held an emergency session … in
// Cairo on Saturday".
var (
	bodyMeetVerbs = map[string]bool{"met": true, "meets": true, "held": true, "holds": true, "convened": true,
		"concluded": true, "convenes": true}
	meetingNouns = map[string]bool{"session": true, "meeting": true, "summit": true, "conference": true}
)

// bodyMeetings finds a body's meeting that the text reports without a
// session number, with its place and day.
func (d *doc) bodyMeetings(s *sentence) {
	t := s.toks
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Meeting && m.e.Session > 0 {
			return // a numbered session: sessions() has it
		}
	}
	for v := range t {
		if !bodyMeetVerbs[t[v].norm] || d.future(s, v) || s.title {
			continue
		}
		noun := -1
		if t[v].norm != "met" && t[v].norm != "meets" && t[v].norm != "convened" && t[v].norm != "convenes" {
			for k := v + 1; k < min(len(t), v+5); k++ {
				if meetingNouns[t[k].norm] {
					noun = k
					break
				}
				if _, next := ordinal(s, k); next > k {
					noun = -2 // a numbered session: sessions() has it
					break
				}
			}
			if noun < 0 {
				continue
			}
		}
		// the body: the subject, an organisation named before the verb,
		// or the issuer speaking as "we"
		var body *dent
		if s.word(0, "we") {
			body = d.issuer
		}
		for _, m := range s.ms {
			if body == nil && m.j <= v && m.e != nil && m.e.Type == graph.Organization {
				body = m.e
			}
		}
		if body == nil {
			continue
		}
		place := d.meetingPlace(s)
		if place == nil {
			continue
		}
		var date graph.Date
		if ds := d.meetingDates(s); ds != nil {
			date = ds.from
		}
		key := date
		if key == "" {
			key = d.h.published
		}
		kind := "meeting"
		if noun >= 0 {
			kind = t[noun].norm
		}
		mt := d.entity(graph.Meeting, body.Name+" "+kind+" "+string(key), nil)
		mt.Name = body.Name + " " + kind + " in " + place.Name
		if mt.Start == "" && date != "" {
			mt.Start, mt.End = date, date
		}
		d.relate(graph.Held, body, mt, s, confPattern, "", "")
		d.relate(graph.OccurredIn, mt, place, s, confPattern, "", "")
		if noun >= 0 {
			s.addMention(&mention{i: noun, j: noun + 1, kind: mEntity, e: mt, text: t[noun].text})
		}
		if d.mainMeeting == nil && (body == d.issuer || d.partOfIssuer(body) || d.issuer == nil) {
			d.mainMeeting = mt
		}
		// "under the chairmanship of X", "chaired by X"
		for k := v; k < len(t); k++ {
			if s.word(k, "chairmanship", "chaired", "presence", "participation") && s.word(k+1, "of", "by") {
				for _, m := range s.ms {
					if m.i > k && m.i <= k+12 && m.e != nil && m.e.Type == graph.Person {
						d.relate(graph.Attended, m.e, mt, s, confPattern, "", "")
						break
					}
				}
			}
		}
		return
	}
}
