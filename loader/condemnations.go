package loader

// CONDEMNED: who condemns or denounces whom.

import (
	"strings"

	"github.com/actorgraph/kg/graph"
)

// condemnations finds the issuer condemning or denouncing parties.
func (d *doc) condemnations(s *sentence) {
	t := s.toks
	var before []*dent // who condemned in this sentence's last clause
	for v := range t {
		if !condemnVerbs[t[v].norm] {
			continue
		}
		// a quotation counts only when it names its speaker inside it:
		// "The North Atlantic Council condemns …", quoted by NATO itself
		if q := d.quoteStart(s, v); q >= 0 && len(d.subjectsFrom(s, q, v)) == 0 {
			continue
		}
		if t[v].norm == "condemnation" && !s.word(v-1, "its", "their", "his") &&
			!(s.word(v-2, "its", "their", "his") && operativeOpeners[s.tokNorm(v-1)]) {
			continue // "its firm condemnation of"
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
		if s.word(v-1, "was", "were", "been", "is", "are", "being") || s.word(v-2, "was", "were", "been", "is", "are") {
			d.passiveCondemnation(s, v)
			continue
		}
		var issuers []*dent
		if a := s.skipAdverbsBack(v - 1); s.word(a, "and") && len(before) > 0 {
			issuers = before // "condemns X, and condemns equally Y": the same speaker
		} else {
			issuers = d.subjects(s, v)
		}
		if len(issuers) == 0 {
			issuers = d.speakers(s, v)
		}
		before = issuers
		if len(issuers) == 0 {
			continue
		}
		// the object: up to a clause boundary
		end := len(t)
		for k := v + 1; k < len(t); k++ {
			if s.word(k, "for", "which", "who", "whose", "that", ";", ":", "as", "after", "while", "because", "and") && k > v+1 &&
				!(s.word(k, "as") && s.word(k-1, "known")) { // "the group known as X"
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
		if p := s.itsLeaderAfter(end); p != nil && len(targets) > 0 {
			// "condemns the organisation of al-Qaeda …, which has claimed
			// the crime, and its leader, Abu Musab al-Zarqawi"
			targets = append(targets, p)
		}
		if len(targets) > 0 {
			// "condemns the LVF, whose gunmen murdered …, and the INLA,
			// whose members shot dead …": the list goes on past each
			// party's relative clause
			targets = append(targets, s.partiesAfterRelatives(end)...)
		}
		if len(targets) == 0 {
			if e := d.contextTarget(s, v); e != nil {
				targets = []*dent{e}
			}
		}
		// "condemns the occupation of the Commission's offices by
		// security forces": the one after "by" did it, the one after
		// "of" suffered it
		if b := s.find(v+2, end, "by"); b >= 0 && !s.word(b-1, "led", "headed", "chaired", "commanded", "represented", "founded", "supported", "backed") {
			if agents := d.agentsAt(s, b+1); len(agents) > 0 || len(targets) > 0 {
				targets = agents
			}
		}
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

// targets are the parties named in [i, j): bodies and states, a state named
// by an adjective before an agent noun ("its Russian ally", "Turkish
// military operation"), and persons named directly, not as victims.
func (d *doc) targets(s *sentence, i, j int) []*dent {
	if p := s.titledTarget(i, j); p != nil {
		return []*dent{p} // "denounces the former President of the CNR, Thomas Sankara": the person, not the title's body
	}
	if k := s.find(i, min(j, i+8), "actions", "acts", "crimes", "activities", "conduct", "behaviour", "behavior"); k >= 0 && s.word(k+1, "of") && !s.covered(i, k) {
		i = k + 2 // "condemn without reservation the actions of Commodore Frank Bainimarama": the one who acted
	}
	var out []*dent
	var lastPerson *mention // "condemns Mengistu Neway and Germame Neway": the list goes on
	apposEnd := -1          // the title apposed to a person target: "X, the Commander of the Fiji military,"
	for _, m := range s.ms {
		if m.i < i || m.i >= j || m.e == nil || m.i < apposEnd {
			continue
		}
		switch {
		case m.kind == mAdjective:
			if agentNouns[s.tokNorm(m.j)] {
				out = append(out, m.e)
			}
		case m.e.Type == graph.Organization || m.e.Type == graph.State:
			if m.e.Type == graph.Organization && m.e.entry == nil && !orgHeads[lastWord(m.e.Name)] && !d.namedBody(m.e) {
				continue
			}
			out = append(out, m.e)
		case m.e.Type == graph.Person:
			if m.i == i || m.i == i+1 && s.word(i, "the") || m.i == s.skipHonorifics(i) && m.i > i ||
				lastPerson != nil && s.word(lastPerson.j, "and", ",") && m.i == s.skipHonorifics(lastPerson.j+1) {
				out = append(out, m.e) // "condemns Lieutenant-Colonel X"
				lastPerson = m
				if r := s.roleAt(s.skipThe(m.j + 1)); s.word(m.j, ",") && r != nil {
					if apposEnd = s.find(r.j, j, ","); apposEnd < 0 {
						apposEnd = j
					}
				}
			}
		}
		if m.i > i && d.victimBefore(s, m.i) {
			out = out[:len(out)-min(1, len(out))]
		}
	}
	return out
}

// partiesAfterRelatives are the parties a list of condemned names after
// the relative clause that starts at token k, each with a relative clause
// of its own: "…, whose gunmen murdered two friends, and the Irish National
// Liberation Army (INLA), whose members shot dead …". Nil when the clause
// at k is no relative one.
func (s *sentence) partiesAfterRelatives(k int) []*dent {
	if !s.word(k, "which", "who", "whose") {
		return nil
	}
	var out []*dent
	for q := k + 1; q+2 < len(s.toks) && q < k+40; q++ {
		if s.word(q, ";", ".") || condemnVerbs[s.tokNorm(q)] {
			break
		}
		if !s.word(q, ",") || !s.word(q+1, "and") {
			continue
		}
		at := s.skipHonorifics(s.skipThe(q + 2))
		if r := s.roleAt(at); r != nil && r.i == at {
			at = s.skipHonorifics(r.j) // "and President Horacio Cartes, who …"
		}
		m := s.at(at)
		if m == nil || m.i != at || m.e == nil || m.kind != mEntity || !m.e.Type.Actor() {
			continue
		}
		end := m.j
		if s.word(end, "(") && s.word(end+2, ")") {
			end += 3 // "(INLA)"
		}
		if !s.word(end, ",") || !s.word(end+1, "whose", "who", "which") {
			continue
		}
		out = append(out, m.e)
		q = end
	}
	return out
}

// itsLeaderAfter is the person named as "and its leader, X" after the
// relative clause that starts at token k, or nil.
func (s *sentence) itsLeaderAfter(k int) *dent {
	if !s.word(k, "which", "who", "whose", "that") {
		return nil
	}
	for q := k + 1; q+3 < len(s.toks) && q < k+25; q++ {
		if s.word(q, ";", ".") {
			return nil
		}
		if !s.word(q, ",") || !s.word(q+1, "and") || !s.word(q+2, "its", "their") {
			continue
		}
		r := s.roleAt(q + 3)
		if r == nil || !s.word(r.j, ",") {
			return nil
		}
		at := s.skipHonorifics(r.j + 1)
		if s.word(at, "the") {
			at++ // "its leader, the Jordanian-born Abu Musab al-Zarqawi"
			for at < len(s.toks) && at < r.j+6 && (!s.toks[at].upper() || s.toks[at].hyphen || at+1 < len(s.toks) && s.toks[at+1].hyphen) {
				at++
			}
		}
		if p := s.personAt(at); p != nil {
			return p.e
		}
		return nil
	}
	return nil
}

// titledTarget is the person a condemnation's object names after the
// title it opens with, between commas: "the former President of the CNR,
// Thomas Sankara, whose …"; nil when it opens otherwise.
func (s *sentence) titledTarget(i, j int) *dent {
	k := s.skipThe(i)
	if s.word(k, "former") {
		k++
	}
	r := s.roleAt(k)
	if r == nil || r.i < s.skipThe(i) || r.i > k {
		return nil
	}
	end := s.titleEnd(r)
	if !s.word(end, ",") {
		return nil
	}
	if p := s.personAt(s.skipHonorifics(end + 1)); p != nil && p.i < j {
		return p.e
	}
	return nil
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
	if a := v - 1; s.word(a, "and") || s.word(a, "also") && s.word(a-1, "and") {
		// "The 48 Cantones condemn the Public Ministry, whose …, and
		// condemn A and B": the second verb has the first one's subject
		for pv := a - 1; pv > 0; pv-- {
			if condemnVerbs[s.tokNorm(pv)] {
				return d.subjects(s, pv)
			}
		}
	}
	out := d.subjectsFrom(s, 0, v)
	if len(out) == 0 && d.issuer() != nil && (s.find(0, v, "it", "we") >= 0 ||
		s.word(0, "our") && (orgHeads[s.tokNorm(1)] || s.word(1, "organisation", "organization")) && v <= 3) {
		out = append(out, d.issuer()) // "Our party condemns …"
	}
	if len(out) == 0 && s.word(0, "he", "she") && v <= 2 {
		// "He condemned Laskar Jihad, …": the person the sentence before
		// is about
		if k := d.indexOf(s); k > 0 {
			prev := d.sents[k-1]
			if p := prev.subjectPerson(len(prev.toks)); p != nil {
				out = append(out, p.e)
			}
		}
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
		if m.kind == mGroup {
			// "The guarantors condemn": the actors the group stands for
			out, last = append(out[:0], m.group...), m
			continue
		}
		if m.e == nil || m.kind != mEntity || !m.e.Type.Actor() {
			continue
		}
		if last != nil && last.j == m.i-1 && s.word(m.i-1, "(") && s.word(m.j, ")") {
			// "the Zapatista National Liberation Army (EZLN)": the bracket
			// restates the name before it, and the list goes on after it
			last = &mention{i: last.i, j: m.j + 1, kind: last.kind, e: last.e}
			continue
		}
		// a list goes on over "," and "and"; anything else starts anew
		if last != nil {
			gap := m.i - last.j
			if s.word(m.i-1, "the") {
				gap-- // "Iran, the Russian Federation and the Republic of Turkey"
			}
			if s.word(m.i-1, "of") && s.word(m.i-2, "and") && m.i-2 == last.j || s.word(m.i-1, "the") && s.word(m.i-2, "of") && s.word(m.i-3, "and") && m.i-3 == last.j {
				gap = 1 // "the delegations of the Government and of the EZLN"
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

// speakers are who condemns when the sentence names no actor before the
// verb: an operative paragraph that opens with it ("1. Strongly condemns
// …", "b) reiterates its firm condemnation of …") speaks for the body whose
// session the communiqué reports, or the issuer; "The Secretary-General
// condemned …" is the person the document gives that title.
func (d *doc) speakers(s *sentence, v int) []*dent {
	if s.operativeOpening(v) || s.bareBodyOpening(v) {
		if b := d.speakingBody(); b != nil {
			return []*dent{b}
		}
		return nil
	}
	k := s.skipThe(0)
	if r := s.roleAt(k); r != nil && r.i == k && s.operativeOpening(v) == false && s.onlyTitleBefore(r, v) {
		if p := d.holderOf(r); p != nil {
			return []*dent{p}
		}
	}
	return nil
}

// operativeOpening reports whether only list markers and adverbs stand
// before token v: "1. Strongly condemns", "b) reiterates its firm".
func (s *sentence) operativeOpening(v int) bool {
	for k := 0; k < v; k++ {
		t := s.toks[k]
		if !(t.digit() || t.word && len([]rune(t.text)) == 1 || s.word(k, ".", ")", "(", ":") || operativeOpeners[t.norm]) {
			return false
		}
	}
	return true
}

// bareBodyOpening reports whether the sentence opens with a body's or a
// meeting's head noun without an article, then the verb v: "Summit
// condemned", "3. Council strongly condemns", as SADC and AU texts write.
func (s *sentence) bareBodyOpening(v int) bool {
	k := 0
	for k < v && (s.toks[k].digit() || s.word(k, ".", ")", "(", ":")) {
		k++
	}
	if k >= v || !s.toks[k].upper() || s.at(k) != nil && s.at(k).e != nil && s.at(k).e.Type != graph.Meeting ||
		!meetingHeads[s.toks[k].norm] && !orgHeads[s.toks[k].norm] && !pluralTitleWords[s.toks[k].norm] {
		return false // "Summit condemned", "Ministers condemned"
	}
	return s.operativeOpeningFrom(k+1, v)
}

// operativeOpeningFrom reports whether only adverbs stand in [k, v).
func (s *sentence) operativeOpeningFrom(k, v int) bool {
	for ; k < v; k++ {
		if !operativeOpeners[s.tokNorm(k)] {
			return false
		}
	}
	return true
}

// onlyTitleBefore reports whether nothing but the title r (and adverbs)
// stands between the sentence's start and the verb v.
func (s *sentence) onlyTitleBefore(r *mention, v int) bool {
	for _, m := range s.ms {
		if m != r && m.i < v {
			return false
		}
	}
	for k := r.j; k < v; k++ {
		if !operativeOpeners[s.tokNorm(k)] {
			return false
		}
	}
	return true
}

// holderOf is the one person the document says holds the title r.
func (d *doc) holderOf(r *mention) *dent {
	var found *dent
	for _, rel := range d.rels {
		if rel.Type == graph.HoldsRole && graph.NameKey(rel.Role) == graph.NameKey(r.text) {
			if found != nil && found.ID != rel.From {
				return nil
			}
			found = d.ents[rel.From]
		}
	}
	return found
}

// passiveCondemnation reads "X was condemned by Y": Y condemns X. Without
// "by" the text does not say who condemned.
func (d *doc) passiveCondemnation(s *sentence, v int) {
	b := s.find(v+1, min(len(s.toks), v+4), "by")
	if b < 0 {
		return
	}
	issuers := d.actorList(s, b+1, min(len(s.toks), b+10))
	for _, m := range s.ms {
		if m.i >= b+1 && m.i < b+10 && m.e != nil && m.kind == mEntity && m.e.Type == graph.Person {
			issuers = append(issuers, m)
			break
		}
	}
	if len(issuers) == 0 {
		// "was condemned by the Summit": the body the communiqué speaks for
		if k := s.skipThe(b + 1); k < len(s.toks) && s.toks[k].upper() && (s.at(k) == nil || s.at(k).e != nil && s.at(k).e.Type == graph.Meeting) &&
			(meetingHeads[s.toks[k].norm] || orgHeads[s.toks[k].norm]) {
			if body := d.speakingBody(); body != nil {
				issuers = append(issuers, &mention{e: body})
			}
		}
	}
	targets := d.subjectsFrom(s, 0, v)
	if l := s.find(0, v, "led", "headed", "commanded"); l >= 0 && s.word(l+1, "by") {
		// "The attempted coup, led by General X, former head of the
		// Service, was condemned": the one who led it
		if agents := d.agentsAt(s, l+2); len(agents) > 0 {
			targets = agents[:1]
		}
	}
	for _, is := range issuers {
		for _, tg := range targets {
			if tg != is.e {
				d.relate(graph.Condemned, is.e, tg, s, confExplicit, "", "")
			}
		}
	}
}

// skipAdverbsBack steps back from token k over adverbs ("strongly",
// "also"): where the word before a verb stands.
func (s *sentence) skipAdverbsBack(k int) int {
	for k >= 0 && operativeOpeners[s.tokNorm(k)] {
		k--
	}
	return k
}

// agentsAt are the parties named from token k, after a "by": bodies and
// states in a list ("by the SAF and the RSF"), named through their members
// ("by elements of the Presidential Guard"), or a person over their title
// ("by President Yahya Jammeh").
func (d *doc) agentsAt(s *sentence, k int) []*dent {
	k = s.skipThe(k)
	if s.word(k, "elements", "members", "units", "forces") && s.word(k+1, "of") {
		k = s.skipThe(k + 2)
	}
	k = s.skipHonorifics(k) // "by General X"
	if r := s.roleAt(k); r != nil && r.i == k {
		k = s.skipHonorifics(r.j)
	}
	var out []*dent
	var last *mention
	for _, m := range s.ms {
		if m.i < k || m.e == nil && m.kind != mGroup {
			continue
		}
		if last != nil && m.e == last.e && s.word(m.i-1, "(") {
			last = m // "the Sudanese Armed Forces (SAF)"
			continue
		}
		if last == nil && m.i != k || last != nil && !s.joinedInList(last.j, m.i) {
			break
		}
		switch {
		case m.kind == mGroup:
			out = append(out, m.group...)
		case m.kind == mAdjective && agentNouns[s.tokNorm(m.j)]:
			out = append(out, m.e) // "by Israeli forces"
		case m.kind == mEntity && (m.e.isBody() || m.e.Type == graph.Person):
			if last == nil || m.e != last.e {
				out = append(out, m.e)
			}
		default:
			return out
		}
		last = m
	}
	return out
}

// namedBody reports whether a body the text named from context is surely
// one: headed by a body's noun ("the Government of Liberia"), an acronym
// or given one ("Liberians United for Reconciliation and Democracy
// (LURD)"), or introduced as a group ("the group known as …").
func (d *doc) namedBody(e *dent) bool {
	if orgHeads[headNoun(e.Name)] || e.governs != nil || e.named || allCaps(e.Name) {
		return true // "ETA", "the group known as Paz y Justicia"
	}
	for _, b := range d.acronym {
		if b == e {
			return true
		}
	}
	return false
}

// contextTarget reads the party a condemnation names when no rule found a
// name there: a capitalised name right after the verb that a relative
// clause goes on about, past "the" and a descriptor that ends in a body's
// noun ("condemns the Jamaat-e-Islami, whose activists attacked …",
// "condemns the terrorist organisation Ansar al-Sharia, whose members …",
// "the group calling itself Tucayana Amazonas, whose armed men …").
func (d *doc) contextTarget(s *sentence, v int) *dent {
	t := s.toks
	k := v + 1
	for s.word(k, "the", "so-called", "of") {
		k++ // "its condemnation of the Military Junta of National Salvation, whose soldiers …"
	}
	q := k
	for q < len(t) && q < k+4 && t[q].word && !t[q].upper() {
		q++
	}
	if q > k && s.word(q-1, "organisation", "organization", "group", "company", "movement", "militia", "itself", "party", "faction", "gang") {
		k = q
	}
	if k >= len(t) {
		return nil
	}
	end := d.capSpan(s, k)
	if end <= k || !s.word(end, ",") || !s.word(end+1, "whose", "which", "who") {
		return nil
	}
	if m := s.at(k); m != nil {
		if m.e != nil && m.j == end && (m.e.Type == graph.Organization || m.e.Type == graph.Person) {
			return m.e
		}
		return nil
	}
	if s.covered(k, end) || s.title {
		return nil
	}
	return d.contextEntity(s, k, end, graph.Organization, s.tokText(d, k, end), "")
}
