package loader

import (
	"strings"

	"github.com/actorgraph/kg/graph"
)

// roles finds office holders: a title before a name ("President of the
// Syrian Coalition Abdurrahman Mustafa", "Turkish Foreign Minister X",
// "The Coalition's President, X,") or after it ("X, head of the Syrian
// Negotiations Commission"), and elections ("X won the vote for
// President").
func (d *doc) roles(s *sentence) {
	d.headVerbs(s)
	var lastState *dent
	for _, r := range append([]*mention(nil), s.ms...) {
		if r.kind != mRole {
			continue
		}
		body, explicit := d.roleBody(s, r)
		if body == nil {
			body = d.bodyAfterHolder(s, r) // "Foreign Minister X of Pakistan"
		}
		persons := d.roleHolders(s, r)
		conf := confExplicit
		switch {
		case body != nil && !explicit:
			conf = confPattern
		case body != nil:
		case r.role.flag("government") && lastState != nil:
			// "Turkish Foreign Minister X and Deputy Foreign Minister Y"
			body, conf = lastState, confPattern
		case r.role.flag("internal") && d.issuer != nil && !s.word(r.i-1, "'s", "a", "an", "its", "their") &&
			!s.word(r.j, "of", "at", "with", "for"):
			// a bare internal title ("Vice-President X", "Secretary-General
			// X") is the issuer's; one whose body the text names in a way
			// not understood ("the station's photographer") is nobody's
			body, conf = d.issuer, confDefault
		default:
			continue
		}
		if body.Type == graph.State {
			lastState = body
		}
		for _, p := range persons {
			d.relate(graph.HoldsRole, p, body, s, conf, roleTitle(r.text), "")
		}
	}
}

// Verbs that say a person holds a title: "X, who heads the Commission".
var headVerbs = map[string]string{"heads": "head", "headed": "head", "chairs": "chair", "chaired": "chair",
	"leads": "leader", "led": "leader", "directs": "director", "presides": "president"}

// headVerbs finds "PERSON, who heads (the) BODY".
func (d *doc) headVerbs(s *sentence) {
	for v, tk := range s.toks {
		role := headVerbs[tk.norm]
		if role == "" || !s.word(v-1, "who") || !s.word(v-2, ",") {
			continue
		}
		p := s.at(v - 3)
		q := v + 1
		if s.word(q, "the") && s.at(q) == nil {
			q++
		}
		b := s.at(q)
		if p == nil || p.e == nil || p.e.Type != graph.Person || b == nil || b.e == nil || b.i != q ||
			(b.e.Type != graph.Organization && b.e.Type != graph.State) {
			continue
		}
		if tk.norm == "led" || tk.norm == "headed" || tk.norm == "chaired" {
			continue // past: a meeting or a delegation, not an office
		}
		d.relate(graph.HoldsRole, p.e, b.e, s, confPattern, role, "")
	}
}

// bodyAfterHolder reads "TITLE NAME of BODY": the body named after the
// holder who follows the title.
func (d *doc) bodyAfterHolder(s *sentence, r *mention) *dent {
	k := r.j
	if s.word(k, ",") {
		k++
	}
	p := s.at(k)
	if p == nil || p.e == nil || p.e.Type != graph.Person || p.i != k || !s.word(p.j, "of") {
		return nil
	}
	q := p.j + 1
	if s.word(q, "the") && s.at(q) == nil {
		q++
	}
	if m := s.at(q); m != nil && m.e != nil && m.i == q && (m.e.Type == graph.State || m.e.Type == graph.Organization) {
		return m.e
	}
	return nil
}

// roleTitle is a title as HOLDS_ROLE keeps it: as written, in the singular.
func roleTitle(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasSuffix(s, "ents") || strings.HasSuffix(s, "ers") || strings.HasSuffix(s, "ors") {
		return strings.TrimSuffix(s, "s")
	}
	return s
}

// roleBody finds the body of a title: before it ("Syrian Coalition
// President", "Turkish Foreign Minister", "The Coalition's President") or
// after it ("President of the Syrian Coalition", "Special Envoy for
// Syria"?). explicit is false when it comes from "its".
func (d *doc) roleBody(s *sentence, r *mention) (*dent, bool) {
	t := s.toks
	// before: BODY ROLE, BODY 's ROLE, ADJ ROLE
	k := r.i
	if s.word(k-1, "'s") {
		k--
	}
	if m := s.at(k - 1); m != nil && m.e != nil && m.j == k && (m.e.Type == graph.Organization || m.e.Type == graph.State) {
		return m.e, true
	}
	// after: ROLE of/at/with (the) BODY
	if s.word(r.j, "of", "at", "with") {
		q := r.j + 1
		if s.word(q, "the") && s.at(q) == nil {
			q++
		}
		if m := s.at(q); m != nil && m.e != nil && m.i == q && (m.e.Type == graph.Organization || m.e.Type == graph.State) {
			// "head of the Coalition's Department of Foreign Affairs"
			if s.word(m.j, "'s") {
				if m2 := s.at(m.j + 1); m2 != nil && m2.e != nil && m2.e.Type == graph.Organization {
					return m2.e, true
				}
			}
			return m.e, true
		}
	}
	// "represented by its head, X": the sentence's body
	if s.word(r.i-1, "its") {
		for _, m := range s.ms {
			if m.i < r.i && m.e != nil && m.e.Type == graph.Organization {
				return m.e, false
			}
		}
	}
	_ = t
	return nil, false
}

// roleHolders finds who holds the title r: the name right after it
// (optionally after a comma or the body), the name before ", TITLE", or the
// elected persons of the sentence.
func (d *doc) roleHolders(s *sentence, r *mention) []*dent {
	t := s.toks
	// skip "of the BODY" after the title
	k := r.j
	if s.word(k, "of", "at", "for") {
		q := k + 1
		if s.word(q, "the") && s.at(q) == nil {
			q++
		}
		if m := s.at(q); m != nil && m.e != nil && m.i == q && m.e.Type != graph.Person {
			k = m.j
			if s.word(k, "'s") {
				if m2 := s.at(k + 1); m2 != nil && m2.e != nil {
					k = m2.j
				}
			}
		}
	}
	if s.word(k, ",") {
		k++
	}
	for k < len(t) && (honorifics[t[k].norm] || t[k].norm == ".") && s.at(k) == nil {
		k++ // "its head, Dr. Nasr al-Hariri"
	}
	if m := s.at(k); m != nil && m.e != nil && m.e.Type == graph.Person && m.i == k {
		return []*dent{m.e}
	}
	// NAME, (a|the)? TITLE
	q := r.i
	if s.word(q-1, "the", "a", "an", "its", "his", "her") {
		q--
	}
	if s.word(q-1, ",") {
		if m := s.at(q - 2); m != nil && m.e != nil && m.e.Type == graph.Person && m.j == q-1 {
			return []*dent{m.e}
		}
	}
	// elections: "X won the vote for President", "X ... each won a seat as
	// Vice-President", "X was elected president"
	for c := r.i - 1; c >= max(0, r.i-6); c-- {
		if s.word(c, "elected", "re-elected", "won", "appointed", "named", "chosen", "elect") {
			var out []*dent
			for _, m := range s.ms {
				if m.j <= c && m.e != nil && m.e.Type == graph.Person {
					out = append(out, m.e)
				}
			}
			return out
		}
	}
	_ = t
	return nil
}

// Verbs of meeting.
var meetVerbs = map[string]bool{"met": true, "meets": true, "meeting": true, "talks": true, "received": true,
	"receives": true, "hosted": true, "conferred": true}

// meetings finds meetings between named parties: "X met on Wednesday in
// Ankara with Y and Z", "his meeting with Russian Foreign Minister Sergei
// Lavrov" (with the place of "his visit to Moscow").
func (d *doc) meetings(s *sentence) {
	if s.title {
		return
	}
	t := s.toks
	for v := range t {
		if !meetVerbs[t[v].norm] {
			continue
		}
		w := s.find(v+1, min(len(t), v+10), "with")
		if w < 0 || d.future(s, v) {
			continue
		}
		var people []*dent
		for _, m := range s.ms {
			if m.e != nil && m.e.Type == graph.Person && m.i > w && m.i < w+16 {
				people = append(people, m.e)
			}
		}
		if len(people) == 0 {
			continue
		}
		// the other side: the subject, or "his" for the person before
		var subj *dent
		for _, m := range s.ms {
			if m.j <= v && m.e != nil && m.e.Type == graph.Person {
				subj = m.e
			}
		}
		if subj == nil && s.word(v-1, "his", "her") {
			subj = d.lastPerson(s)
		}
		if subj == nil {
			continue
		}
		place := d.meetingPlace(s)
		if place == nil {
			if k := s.find(0, len(t), "visit", "trip"); k >= 0 && s.word(k+1, "to") {
				if m := s.at(k + 2); m != nil && m.e != nil {
					place = d.asPlace(m.e)
				}
			}
		}
		var date graph.Date
		for _, ds := range s.dates {
			if ds.from == ds.to && !d.sinceBefore(s, ds) {
				date = ds.from
				break
			}
		}
		name := "meeting of " + subj.Name + " with " + people[0].Name
		if place != nil {
			name += " in " + place.Name
		}
		mt := d.entity(graph.Meeting, name+" "+string(date), nil)
		mt.Name = name
		mt.Start, mt.End = date, date
		all := append([]*dent{subj}, people...)
		for _, p := range all {
			d.relate(graph.Attended, p, mt, s, confPattern, "", "")
		}
		if place != nil {
			d.relate(graph.OccurredIn, mt, place, s, confPattern, "", "")
		}
		d.lastMeeting = mt
		if d.firstMeeting == nil {
			d.firstMeeting = mt
		}
		return
	}
	// "The Coalition's delegation included X, Y and Z"
	if k := s.find(0, len(t), "delegation"); k >= 0 && d.lastMeeting != nil && s.find(k, min(len(t), k+3), "included", "comprised", "consisted", "includes") >= 0 {
		for _, m := range s.ms {
			if m.i > k && m.e != nil && m.e.Type == graph.Person {
				d.relate(graph.Attended, m.e, d.lastMeeting, s, confPattern, "", "")
			}
		}
	}
}

// lastPerson is the last person named before sentence s.
func (d *doc) lastPerson(s *sentence) *dent {
	var last *dent
	for _, o := range d.sents {
		if o.start >= s.start {
			break
		}
		for _, m := range o.ms {
			if m.e != nil && m.e.Type == graph.Person {
				last = m.e
			}
		}
	}
	return last
}

// Verbs of condemning; a condemnation is what the issuer does, not what it
// calls on others to do, reports others doing, or refrains from.
var (
	condemnVerbs = map[string]bool{"condemns": true, "condemned": true, "condemn": true, "denounces": true,
		"denounced": true, "denounce": true, "condemnation": true, "condemning": true, "denouncing": true}
	notActual = map[string]bool{"not": true, "to": true, "must": true, "should": true, "would": true,
		"could": true, "may": true, "might": true, "will": true, "refused": true, "failed": true, "never": true,
		"nt": true, "cannot": true, "urged": true, "urges": true, "calls": true}
	// nouns after which a party's name is its victim, not the culprit
	victimNouns = map[string]bool{"assassination": true, "killing": true, "murder": true, "arrest": true,
		"detention": true, "abduction": true, "kidnapping": true, "death": true, "release": true, "families": true}
	agentNouns = map[string]bool{"forces": true, "ally": true, "allies": true, "backers": true, "militias": true,
		"warplanes": true, "aircraft": true, "army": true, "troops": true, "partner": true, "operation": true,
		"aggression": true, "airstrikes": true, "bombing": true, "military": true, "regime": true}
)

// condemnations finds the issuer condemning or denouncing parties.
func (d *doc) condemnations(s *sentence) {
	t := s.toks
	for v := range t {
		if !condemnVerbs[t[v].norm] {
			continue
		}
		// a quotation counts only when it names its speaker inside it:
		// "The North Atlantic Council condemns …", quoted by NATO itself
		if q := d.quoteStart(s, v); q >= 0 && len(d.subjectsFrom(s, q, v)) == 0 {
			continue
		}
		if t[v].norm == "condemnation" && !s.word(v-1, "its", "their", "his") {
			continue
		}
		neg := false
		for k := max(0, v-3); k < v; k++ {
			if notActual[t[k].norm] {
				neg = true
			}
		}
		if neg {
			continue
		}
		issuers := d.subjects(s, v)
		if len(issuers) == 0 {
			continue
		}
		// the object: up to a clause boundary
		end := len(t)
		for k := v + 1; k < len(t); k++ {
			if s.word(k, "for", "which", "who", "that", ";", ":", "as", "after", "while", "because", "and") && k > v+1 {
				if s.word(k, "and") {
					// "X and Y" is a list; "and calls" is a new clause
					if m := s.at(k + 1); m != nil && m.e != nil || s.word(k+1, "its", "the") {
						continue
					}
				}
				end = k
				break
			}
		}
		targets := d.targets(s, v+1, end)
		// "condemns the forced displacement that the Assad regime is imposing"
		if len(targets) == 0 && s.word(end, "that", "by", "which") {
			targets = d.targets(s, end+1, min(len(t), end+6))
		}
		var concerning string
		for _, m := range s.ms {
			if m.i > v && m.e != nil && (m.e.Type == graph.Agreement || m.e.Type == graph.Event) {
				concerning = m.e.ID
				break
			}
		}
		for _, issuer := range issuers {
			for _, tg := range targets {
				// a body does not condemn itself, its parent or its parts
				if tg != issuer && !d.partOf(issuer, tg) && !d.partOf(tg, issuer) {
					d.relate(graph.Condemned, issuer, tg, s, confExplicit, "", concerning)
				}
			}
		}
	}
}

// partOf reports whether the document ties part to whole with PART_OF, or
// the lexicon says whole is part's parent.
func (d *doc) partOf(part, whole *dent) bool {
	if part.entry != nil && part.entry.Attrs["parent"] == whole.Name {
		return true
	}
	for _, r := range d.rels {
		if r.Type == graph.PartOf && r.From == part.ID && r.To == whole.ID {
			return true
		}
	}
	return false
}

// targets are the parties named in [i, j): bodies and states, a state named
// by an adjective before an agent noun ("its Russian ally", "Turkish
// military operation"), and persons named directly, not as victims.
func (d *doc) targets(s *sentence, i, j int) []*dent {
	var out []*dent
	for _, m := range s.ms {
		if m.i < i || m.i >= j || m.e == nil {
			continue
		}
		switch {
		case m.kind == mAdjective:
			if s.word(m.j, "ally", "allies", "backers", "forces", "warplanes", "aircraft", "army", "troops",
				"partner", "military", "operation", "aggression", "airstrikes", "regime", "militias", "offensive",
				"occupation", "annexation", "strike", "strikes", "blockade", "incursion", "invasion") {
				out = append(out, m.e)
			}
		case m.e.Type == graph.Organization || m.e.Type == graph.State:
			if m.e.Type == graph.Organization && m.e.entry == nil && !orgHeads[lastWord(m.e.Name)] {
				continue
			}
			out = append(out, m.e)
		case m.e.Type == graph.Person:
			if m.i == i || m.i == i+1 && s.word(i, "the") {
				out = append(out, m.e)
			}
		}
		if m.i > i && d.victimBefore(s, m.i) {
			out = out[:len(out)-min(1, len(out))]
		}
	}
	return out
}

func lastWord(s string) string {
	f := strings.Fields(normPhrase(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// victimBefore reports whether "assassination of" or the like stands right
// before token i.
func (d *doc) victimBefore(s *sentence, i int) bool {
	k := i - 1
	if s.word(k, "the") {
		k--
	}
	return s.word(k, "of", "against") && k > 0 && victimNouns[s.toks[k-1].norm]
}

// quoted reports whether token i stands inside quotation marks.
func (d *doc) quoted(s *sentence, i int) bool { return d.quoteStart(s, i) >= 0 }

// quoteStart returns the token after the opening quotation mark of the
// quotation that token i stands in, or -1.
func (d *doc) quoteStart(s *sentence, i int) int {
	open := -1
	for k, tk := range s.toks[:i] {
		if tk.norm == "\"" || tk.norm == "“" || tk.norm == "”" {
			if open < 0 {
				open = k + 1
			} else {
				open = -1
			}
		}
	}
	return open
}

// subject is the actor who does what the verb at v says: the last body,
// state or person named before it in the sentence, the issuer for "It" or
// "We", or the issuer of the previous sentence.
func (d *doc) subject(s *sentence, v int) *dent {
	if subj := d.subjects(s, v); len(subj) > 0 {
		return subj[len(subj)-1]
	}
	return nil
}

// subjects are the actors who do what the verb at v says: a list of them
// ("Iran, Russia and Turkey condemn") or the last one named before it.
func (d *doc) subjects(s *sentence, v int) []*dent {
	out := d.subjectsFrom(s, 0, v)
	if len(out) == 0 && s.find(0, v, "it", "we") >= 0 && d.issuer != nil {
		out = append(out, d.issuer)
	}
	return out
}

// subjectsFrom is subjects among the tokens [from, v), without the issuer
// as the default.
func (d *doc) subjectsFrom(s *sentence, from, v int) []*dent {
	var out []*dent
	var last *mention
	for _, m := range s.ms {
		if m.i < from {
			continue
		}
		if m.j > v {
			break
		}
		if m.e == nil || m.kind != mEntity || !m.e.Type.Actor() {
			continue
		}
		// a list goes on over "," and "and"; anything else starts anew
		if last != nil {
			gap := m.i - last.j
			if s.word(m.i-1, "the") {
				gap-- // "Iran, the Russian Federation and the Republic of Turkey"
			}
			if !(gap == 1 && s.word(last.j, ",", "and") || gap == 2 && s.word(last.j, ",") && s.word(last.j+1, "and")) {
				out = out[:0]
			}
		}
		out = append(out, m.e)
		last = m
	}
	return out
}

// Words that name events, and their types.
var eventTriggers = map[string]string{
	"airstrike": "attack", "airstrikes": "attack", "strikes": "attack", "raids": "attack", "bombing": "attack",
	"bombardment": "attack", "shelling": "attack", "attack": "attack", "attacks": "attack", "massacre": "attack",
	"offensive": "attack", "operation": "attack", "assault": "attack",
	"assassination": "killing", "killing": "killing", "killings": "killing", "murder": "killing",
	"execution": "killing", "executions": "killing",
	"displacement": "displacement", "flee": "displacement", "fled": "displacement",
	"exodus": "displacement",
	"abuses": "abuse", "violations": "abuse", "torture": "abuse", "atrocities": "abuse",
	"detention": "detention", "arrests": "detention", "arrest": "detention", "abduction": "detention",
	"kidnapping": "detention",
	"suffering":  "humanitarian_crisis", "plight": "humanitarian_crisis", "siege": "humanitarian_crisis",
	"starvation": "humanitarian_crisis",
	"elections":  "election", "election": "election", "vote": "election", "ballot": "election",
}

var averted = map[string]bool{"averted": true, "avert": true, "prevent": true, "prevented": true, "avoid": true,
	"stop": true, "head": true, "threat": true, "risk": true, "possible": true, "any": true, "future": true,
	"no": true, "against": false}

// events finds things that happened at a place: a trigger word and the place
// it happened in, in the same sentence.
func (d *doc) events(s *sentence) {
	t := s.toks
	for i := range t {
		typ := eventTriggers[t[i].norm]
		if typ == "" || s.title {
			continue
		}
		if t[i].norm == "violations" && d.ceasefireAfter(s, i) {
			typ = "ceasefire_violation"
		}
		if t[i].norm == "operation" && !s.word(i-1, "military") {
			continue
		}
		skip := false
		for k := max(0, i-5); k < i; k++ {
			if averted[t[k].norm] || futureCues[t[k].norm] {
				skip = true
			}
		}
		// ", killing dozens" tells what an attack did; it is not another
		// event; "the elections due in May" have not happened
		if skip || s.word(i-1, ",") && strings.HasSuffix(t[i].norm, "ing") || s.word(i+1, "due", "scheduled", "expected", "planned") {
			continue
		}
		if typ == "visit" && d.meetingIn(s) {
			continue // a visit for talks is the meeting
		}
		places := d.eventPlaces(s, i)
		if len(places) == 0 && typ == "election" && d.mainMeeting != nil {
			// elections held at the reported session take place there
			for _, r := range d.rels {
				if r.Type == graph.OccurredIn && r.From == d.mainMeeting.ID {
					places = append(places, d.ents[r.To])
				}
			}
		}
		if len(places) == 0 {
			continue
		}
		var date graph.Date
		if ds := d.dateAfter(s, i, 8); ds != nil && ds.from == ds.to && !d.sinceBefore(s, *ds) {
			date = ds.from
		}
		key := date
		if key == "" {
			key = d.h.published
		}
		name := t[i].text + " in " + places[0].Name
		ev := d.entity(graph.Event, typ+" "+places[0].Name+" "+string(key), nil)
		if ev.EventType == "" {
			ev.Name, ev.EventType, ev.Date = name, typ, date
		}
		s.addMention(&mention{i: i, j: i + 1, kind: mEntity, e: ev, text: t[i].text})
		for _, p := range places {
			d.relate(graph.OccurredIn, ev, p, s, confPattern, "", "")
		}
	}
}

// meetingIn reports whether the sentence reports talks.
func (d *doc) meetingIn(s *sentence) bool {
	for _, tk := range s.toks {
		if meetVerbs[tk.norm] {
			return true
		}
	}
	return false
}

func (d *doc) ceasefireAfter(s *sentence, i int) bool {
	for k := i + 1; k < min(len(s.toks), i+6); k++ {
		if s.word(k, "ceasefire", "truce", "fire") {
			return true
		}
		if m := s.at(k); m != nil && m.e != nil && m.e.Type == graph.Agreement {
			return true
		}
	}
	return false
}

// eventPlaces are the places an event happened in: those named after the
// trigger ("shelling of Khan Sheikhoun, Maarat al-Numan and other towns"),
// or else the last one named before it in the sentence.
func (d *doc) eventPlaces(s *sentence, i int) []*dent {
	var out []*dent
	next := len(s.toks) // the next trigger ends this event's words
	for k := i + 1; k < len(s.toks); k++ {
		if eventTriggers[s.toks[k].norm] != "" {
			next = k
			break
		}
	}
	for _, m := range s.ms {
		if m.i <= i || m.e == nil {
			continue
		}
		if m.i >= next || m.e.Type == graph.Event || m.kind == mRole || len(out) > 0 && m.e.Type != graph.Place {
			break
		}
		if m.e.Type == graph.Place && m.e.PlaceType != "country" && !d.instrumentPlace(s, m.i) {
			out = append(out, m.e)
		}
	}
	if len(out) > 0 {
		return out
	}
	var last *dent
	for _, m := range s.ms {
		if m.j > i {
			break
		}
		if m.e != nil && m.e.Type == graph.Place && m.e.PlaceType != "country" && !d.instrumentPlace(s, m.i) {
			last = m.e
		}
	}
	if last != nil {
		return []*dent{last}
	}
	return nil
}

// instrumentPlace reports whether the place at token i is where an
// instrument was made ("reached in Sochi"), not where an event happened.
func (d *doc) instrumentPlace(s *sentence, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if instrumentVerbs[s.toks[k].norm] || meetingWords[s.toks[k].norm] {
			return true
		}
	}
	return false
}

// meetingWords before a place make it where talks were held, not where an
// event happened ("the meetings held in Astana").
var meetingWords = map[string]bool{"held": true, "talks": true, "meeting": true, "meetings": true,
	"conference": true, "summit": true, "negotiations": true, "met": true, "visit": true, "session": true}

var breachWords = map[string]bool{"breach": true, "breaches": true, "breached": true, "violation": true,
	"violations": true, "violate": true, "violates": true, "violating": true, "trampling": true, "flouting": true}

// references links the report's meeting to the instruments it discussed,
// and events to the instruments the text says they breached: those named in
// the sentence ("Both the market massacre and the killing … are flagrant
// breaches of the memorandum"), or else those of the sentence before ("the
// campaign is a direct breach of the memorandum").
func (d *doc) references(s *sentence) {
	var agrs []*dent
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Agreement {
			agrs = append(agrs, m.e)
		}
	}
	if len(agrs) == 0 || s.title {
		return
	}
	breach := false
	for _, tk := range s.toks {
		if breachWords[tk.norm] {
			breach = true
		}
	}
	var evs []*dent
	if breach {
		evs = d.eventsNamed(s)
		if len(evs) == 0 {
			if prev := d.previous(s); prev != nil {
				evs = d.eventsNamed(prev)
			}
		}
	}
	for _, a := range agrs {
		for _, e := range evs {
			d.relate(graph.References, e, a, s, confPattern, "", "")
		}
		if d.mainMeeting != nil {
			d.relate(graph.References, d.mainMeeting, a, s, confWeak, "", "")
		}
	}
}

// eventsNamed returns the events a sentence names: those found in it, and
// those its trigger words refer back to ("the market massacre").
func (d *doc) eventsNamed(s *sentence) []*dent {
	var out []*dent
	seen := map[*dent]bool{}
	for i, tk := range s.toks {
		typ := eventTriggers[tk.norm]
		if typ == "" {
			continue
		}
		if m := s.at(i); m != nil && m.e != nil && m.e.Type == graph.Event {
			if !seen[m.e] {
				seen[m.e] = true
				out = append(out, m.e)
			}
			continue
		}
		// the latest event of that type before this sentence
		var last *dent
		for _, o := range d.sents {
			if o.start >= s.start {
				break
			}
			for _, m := range o.ms {
				if m.e != nil && m.e.Type == graph.Event && m.e.EventType == typ {
					last = m.e
				}
			}
		}
		if last != nil && !seen[last] {
			seen[last] = true
			out = append(out, last)
		}
	}
	return out
}

// previous is the sentence before s in the same paragraph, or nil.
func (d *doc) previous(s *sentence) *sentence {
	for k, o := range d.sents {
		if o == s && k > 0 && !d.sents[k-1].title && !strings.Contains(d.text[d.sents[k-1].end:s.start], "\n") {
			return d.sents[k-1]
		}
	}
	return nil
}

var attendVerbs = map[string]bool{"opened": true, "chaired": true, "briefed": true, "presented": true,
	"gave": true, "addressed": true, "spoke": true, "attended": true, "participated": true, "thanked": true,
	"reported": true, "delivered": true, "told": true, "described": true, "chair": true}

// attendance: persons who opened, chaired, briefed, addressed or spoke to
// the reported meeting attended it: the person the verb's clause is about.
func (d *doc) attendance(s *sentence) {
	if d.mainMeeting == nil || s.title {
		return
	}
	t := s.toks
	for v := range t {
		if !attendVerbs[t[v].norm] || d.quoted(s, v) || d.future(s, v) {
			continue
		}
		if t[v].norm == "told" && !s.word(v+1, "members", "participants", "the", "delegates") {
			continue
		}
		var subj *dent
		for _, m := range s.ms {
			if m.j > v {
				break
			}
			if m.e != nil && m.e.Type == graph.Person && !s.word(m.i-1, "of", "with", "by") {
				subj = m.e
			}
		}
		if subj != nil {
			d.relate(graph.Attended, subj, d.mainMeeting, s, confWeak, "", "")
		}
	}
	// "Taking part were A, B and C", "attended by A and B"
	for k := range t {
		if s.word(k, "taking") && s.word(k+1, "part") && s.word(k+2, "were", "was") ||
			s.word(k, "attended", "joined") && s.word(k+1, "by") || s.word(k, "participants") && s.word(k+1, "included") {
			for _, m := range s.ms {
				if m.i > k && m.e != nil && (m.e.Type == graph.Person || m.kind == mEntity && m.e.Type == graph.State && !s.word(m.j, "'s")) {
					d.relate(graph.Attended, m.e, d.mainMeeting, s, confWeak, "", "")
				}
			}
		}
		// "hosted by Saudi Arabia", "Canada hosted the meeting"
		if s.word(k, "hosted") {
			var host *dent
			if s.word(k+1, "by") {
				if m := s.at(k + 2); m != nil && m.e != nil && m.kind == mEntity {
					host = m.e
				}
			} else if subj := d.subject(s, k); subj != nil && (s.word(k+1, "the") || s.word(k+1, "it")) {
				host = subj
			}
			if host != nil && (host.Type == graph.State || host.Type == graph.Organization) {
				d.relate(graph.Held, host, d.mainMeeting, s, confPattern, "", "")
			}
		}
	}
	if k := s.find(0, len(t), "represented"); k >= 0 && s.word(k+1, "by") {
		for _, m := range s.ms {
			if m.i > k && m.e != nil && m.e.Type == graph.Person {
				d.relate(graph.Attended, m.e, d.mainMeeting, s, confWeak, "", "")
			}
		}
	}
	if k := s.find(0, len(t), "took", "take"); k >= 0 && s.word(k+1, "part") && !d.future(s, k) && !s.word(k-1, "not", "to") {
		for _, m := range s.ms {
			if m.j <= k && m.e != nil && m.e.Type == graph.Person {
				d.relate(graph.Attended, m.e, d.mainMeeting, s, confWeak, "", "")
			}
		}
	}
}
