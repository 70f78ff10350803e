package loader

// Anaphora: what refers back to an entity named before: a family name, a
// title and family name, "the Coalition", "the memorandum".

import (
	"slices"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// foundNames marks names of two words or more that the text used, in
// another sentence, in a way that showed them to be a place or a body
// ("talks at the Peace House on 18 June" shows what "at the Peace House
// on the southern side" is, wherever it comes first).
func (d *doc) foundNames(s *sentence) {
	if d.found == nil {
		d.found = map[string]*dent{}
		for _, id := range d.order {
			e := d.ents[id]
			if e.entry != nil || e.dropped || e.Type != graph.Place && e.Type != graph.Organization {
				continue
			}
			for _, n := range append([]string{e.Name}, e.surfaces...) {
				// one word only for a place, and only where a preposition
				// of place stands before it (below): "at the Hotel Ulysse
				// in Djerba" after the dateline "Djerba, 12 January 1974"
				if k := normPhrase(n); strings.Contains(k, " ") || e.Type == graph.Place && k != "" {
					d.found[k] = e
				}
			}
		}
	}
	t := s.toks
	for i := 0; i < len(t); i++ {
		if s.covered(i, i+1) || !t[i].word || !t[i].upper() {
			continue
		}
		for n := min(6, len(t)-i); n >= 1; n-- {
			if s.covered(i, i+n) || !s.capitalised(i, i+n) || n == 1 && (!placePrepositions[s.tokNorm(i-1)] || i+1 < len(t) && t[i+1].upper()) {
				continue
			}
			if e := d.found[s.normKey(i, i+n)]; e != nil {
				surface := s.tokText(d, i, i+n)
				s.addMention(&mention{i: i, j: i + n, kind: mEntity, e: e, text: surface})
				i += n - 1
				break
			}
		}
	}
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
		if t[i].upper() && orgHeads[t[i].norm] && !s.word(i-1, "the") && !(i+1 < len(t) && t[i+1].upper() && s.at(i+1) == nil) &&
			!(s.word(i-1, "and") && s.word(i-2, "state")) { // not "Heads of State and Government"
			if e := d.bodyByHead(t[i].norm); e != nil {
				s.addMention(&mention{i: i, j: i + 1, kind: mEntity, e: e, text: t[i].text})
				continue
			}
		}
		// "dissolved Parliament", "Member of Parliament": a legislature
		// the text names bare
		if legislatureNames[t[i].norm] && !s.word(i-1, "the") {
			if k := s.serviceNamed(i); k > i {
				d.serviceMention(s, i, k)
				continue
			}
		}
		// "the Treaty", "the memorandum", "the Document": the latest
		// instrument of that kind
		if t[i].norm == "the" && i+1 < len(t) && (instrumentNouns[t[i+1].norm] || instrumentNameNouns[t[i+1].norm] && t[i+1].upper()) && !s.covered(i+1, i+2) && !s.word(i+2, "of", "that", "which", "signed", "reached", "agreed", "between") &&
			!(t[i+1].upper() && s.word(i+2, "on", "for", "concerning", "regarding", "establishing", "relating", "creating", "ending", "governing") && !s.word(i+3, "behalf")) {
			// not "the Convention establishing the Economic Community of …", a name
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
			} else if k := s.serviceNamed(i + 1); k > i+1 {
				// "Commander in Chief of the Army", "units of the Navy": a
				// state's service named by its noun alone
				d.serviceMention(s, i+1, k)
				i = k - 1
			}
		}
	}
}

// groups resolves plural anaphora to the list of actors named before:
// "the two warring parties", "both sides", "the two leaders" stand for the
// last list of two actors (persons for leaders and commanders).
func (d *doc) groups(s *sentence) {
	for i := 0; i < len(s.toks); i++ {
		n, k := 0, i
		switch {
		case s.word(i, "the") && s.word(i+1, "two", "three"):
			n, k = map[string]int{"two": 2, "three": 3}[s.tokNorm(i+1)], i+2
		case s.word(i, "both"):
			n, k = 2, i+1
		case s.word(i, "the") && collectiveNouns[s.tokNorm(i+1)] && !s.covered(i+1, i+2):
			// "the guarantors": the last list of states or bodies, however long
			if list := d.lastList(s, i, -1, false); list != nil {
				s.addMention(&mention{i: i, j: i + 2, kind: mGroup, group: list, text: s.tokText(d, i, i+2)})
				i++
			}
			continue
		default:
			continue
		}
		if !groupNouns[s.tokNorm(k)] && groupNouns[s.tokNorm(k+1)] && !s.covered(k, k+1) {
			k++ // "the two warring parties"
		}
		if r := s.roleAt(k); s.word(k, "heads") && r != nil && r.i == k {
			s.ms = removeMention(s.ms, r) // "the two Heads of State": the people, not a title
		}
		if !groupNouns[s.tokNorm(k)] || s.covered(i, k+1) {
			continue
		}
		persons := s.word(k, "leaders", "commanders", "presidents", "ministers", "heads") // "the two Heads of State"
		if s.word(k, "heads") && s.word(k+1, "of") && s.word(k+2, "state", "government") {
			k += 2
		}
		list := d.lastList(s, i, n, persons)
		if list == nil && persons && n == 2 {
			list = d.lastPersons(s, i, n) // "A met B at … . The two Heads of State signed"
		}
		if s.word(k, "countries", "states", "kingdoms", "republics", "nations") {
			list = statesOfGovernments(list) // "the Governments of Spain and Morocco … the two Kingdoms"
		}
		if list != nil {
			s.addMention(&mention{i: i, j: k + 1, kind: mGroup, group: list, text: s.tokText(d, i, k+1)})
			i = k
		}
	}
}

// lastPersons are the last n people named before token i of s, in s or
// the sentence before it, when exactly n are: the two "the two leaders"
// means when no list names them together.
func (d *doc) lastPersons(s *sentence, i, n int) []*dent {
	var out []*dent
	add := func(o *sentence, end int) {
		for _, m := range o.ms {
			if m.i < end && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity && !slices.Contains(out, m.e) {
				out = append(out, m.e)
			}
		}
	}
	if p := d.previous(s); p != nil {
		add(p, len(p.toks))
	}
	add(s, i)
	for p, back := d.previous(s), 0; len(out) == 0 && p != nil && back < 3; back++ {
		// "A, President of X, and B, leader of Y, met in Washington. The
		// agreement builds on …. The two leaders signed": the last
		// sentence that names people, within three
		if p = d.previous(p); p != nil {
			add(p, len(p.toks))
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}

// lastList is the last list of n actors (persons, or bodies and states)
// named before token i of s, in s or the three sentences before it: "the
// Sudanese Armed Forces and the Rapid Support Forces". n < 0 asks for the
// last list of two or more, anywhere before.

func (d *doc) lastList(s *sentence, i, n int, persons bool) []*dent {
	seen := 0
	for k := d.indexOf(s); k >= 0 && (seen < 4 || n < 0); k-- {
		o := d.sents[k]
		if len(o.toks) > 2 {
			seen++ // "1." of a numbered paragraph is no sentence
		}
		var best, cur []*dent
		var last *mention
		complement := false
		for _, m := range o.ms {
			if o == s && m.j > i {
				break
			}
			if m.kind == mGroup && (len(m.group) == n || n < 0) && (m.group[0].Type == graph.Person) == persons {
				return m.group // "the two sides" after "the two warring parties"
			}
			ok := m.kind == mEntity && m.e != nil && (persons && m.e.Type == graph.Person ||
				!persons && (m.e.Type == graph.Organization || m.e.Type == graph.State))
			if !ok {
				continue
			}
			if last != nil && m.e == last.e {
				last = m // "the Rapid Support Forces (RSF)"
				continue
			}
			if last != nil && o.joinedInList(last.j, m.i) {
				cur = append(cur, m.e)
			} else {
				cur = []*dent{m.e}
				// "with the participation of Norway and Switzerland": a
				// list that is the complement of a noun names no parties;
				// "the Governments of Chad and Libya" does
				of := o.skipBackThe(m.i - 1)
				complement = o.word(of, "of") && !groupNouns[o.tokNorm(of-1)]
			}
			last = m
			if (len(cur) == n || n < 0 && len(cur) >= 2) && !complement {
				best = slices.Clone(cur)
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}

// joinedInList reports whether only "and", commas, "the" and "of" stand
// between tokens i and j, as between the items of a list.
func (s *sentence) joinedInList(i, j int) bool {
	if j <= i {
		return false
	}
	and := false
	for k := i; k < j; k++ {
		switch {
		case s.word(k, "(") && s.word(min(k+2, j-1), ")"):
			k = min(k+2, j-1) // "the Sudanese Armed Forces (SAF) and …"
		case s.word(k, "and"), s.word(k, ","):
			and = true
		case s.word(k, "the", ")"):
		default:
			return false
		}
	}
	return and
}

// lastInstrument is the latest instrument named before sentence s whose
// name has the noun ("the Treaty" after "the North Atlantic Treaty").
func (d *doc) lastInstrument(s *sentence, noun string) *dent {
	return d.lastMention(s, 0, func(m *mention) bool {
		return m.e.Type == graph.Agreement && slices.Contains(strings.Fields(m.e.names()[0]), noun)
	})
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
	spaced, al := " "+key, " al "+key
	for _, id := range d.order {
		e := d.ents[id]
		if e.Type != graph.Person {
			continue
		}
		for _, np := range e.names() {
			if np != key && (strings.HasSuffix(np, spaced) || strings.HasSuffix(np, al)) {
				if found != nil && found != e {
					return nil
				}
				found = e
			}
		}
	}
	return found
}

// anaphor resolves a definite description starting at token i ("Coalition",
// "General Assembly", "political committee") to a body of the document. It
// returns the end of the description and the body.
func (d *doc) anaphor(s *sentence, i int) (int, *dent) {
	if s.word(i, "new", "current", "outgoing", "incoming", "previous", "same") {
		i++ // "the new committee"
	}
	for _, g := range genericBodies {
		n := s.keyAt(i, g)
		if n == 0 || s.covered(i, i+n) {
			continue
		}
		j := i + n
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
// its parts first, or the government of the issuer's state, then the body
// of the document whose name ends with it.
func (d *doc) bodyByHead(head string) *dent {
	var cands []*dent
	headOf, oneWord := head+" of ", !strings.Contains(head, " ")
	for _, id := range d.order {
		e := d.ents[id]
		if e.Type != graph.Organization {
			continue
		}
		np := e.names()[0]
		if endsWithWords(np, head) || strings.HasPrefix(np, headOf) || oneWord && hasSpacedWord(np, head) {
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 && d.issuer() != nil {
		// a part of the issuer the text names only by its noun
		if e := d.x.lex.lookup(string(graph.Organization), d.issuer().Name+" "+head); e != nil {
			return d.entity(graph.Organization, "", e)
		}
		// the one part of the issuer whose name ends with the noun
		var only *Entry
		for _, e := range d.x.lex.parts[d.issuer().Name] {
			if endsWithWords(e.key, head) {
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
		if e == d.issuer() || d.partOfIssuer(e) {
			return e
		}
	}
	for _, e := range cands {
		// "The Government condemns …" under a state's letterhead that
		// names other governments too: the issuer's own
		if g := e.governs; g != nil && d.issuer() != nil && (g == d.issuer() || g == d.issuer().governs) {
			return e
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	// "REPUBLIC OF IRAQ / REVOLUTIONARY COMMAND COUNCIL" over the text:
	// "the Council" is the one body the letterhead names, not the "Iraqi
	// Peace Council" a sentence mentions
	header := normPhrase(d.text[:min(d.h.body, len(d.text))])
	var named *dent
	for _, e := range cands {
		if containsWord(header, normPhrase(e.Name)) {
			if named != nil {
				return nil
			}
			named = e
		}
	}
	return named
}

// issuerPart finds the lexicon's part of the issuer that a bare name such
// as "General Secretariat" means.
func (d *doc) issuerPart(name string) *Entry {
	if d.issuer() == nil {
		return nil
	}
	return d.x.lex.lookup(string(graph.Organization), d.issuer().Name+" "+name)
}

func (d *doc) partOfIssuer(e *dent) bool {
	return d.issuer() != nil && d.partOf(e, d.issuer())
}

// lastPerson is the last person named before sentence s.
func (d *doc) lastPerson(s *sentence) *dent {
	return d.lastMention(s, 0, func(m *mention) bool { return m.e.Type == graph.Person })
}

// lastMention is the entity of the last mention that ok accepts before
// token i of s, in s or the sentences before it.
func (d *doc) lastMention(s *sentence, i int, ok func(*mention) bool) *dent {
	var last *dent
	for _, o := range d.sents {
		if o.start > s.start {
			break
		}
		for _, m := range o.ms {
			if o == s && m.j > i {
				break
			}
			if m.e != nil && ok(m) {
				last = m.e
			}
		}
	}
	return last
}

// endsWithWords reports whether the phrase np ends with the whole words
// of tail: "united nations security council" ends with "security council",
// not with "ouncil".
func endsWithWords(np, tail string) bool {
	return np == tail || len(np) > len(tail) && strings.HasSuffix(np, tail) && np[len(np)-len(tail)-1] == ' '
}

// hasSpacedWord reports whether w is one of the space-separated words of
// the phrase np.
func hasSpacedWord(np, w string) bool {
	for np != "" {
		var first string
		first, np, _ = strings.Cut(np, " ")
		if first == w {
			return true
		}
	}
	return false
}

// serviceMention marks a service or a legislature named by its noun alone
// over [i, k): the body of that noun the text named before ("the
// Ruritanian Army"), or else a body of that name.
func (d *doc) serviceMention(s *sentence, i, k int) {
	surface := s.tokText(d, i, k)
	e := d.bodyByHead(normPhrase(surface))
	if e == nil {
		e = d.entity(graph.Organization, surface, nil)
	}
	s.addMention(&mention{i: i, j: k, kind: mEntity, e: e, text: surface})
}

// serviceNamed is the end of a state's armed or police service or its
// legislature named by its capitalised noun alone from token i ("the
// Army", "the Air Force", "Parliament"), or i when there is none: not a
// longer name ("the Army of National Liberation", "the Army
// Headquarters").
func (s *sentence) serviceNamed(i int) int {
	for _, w := range serviceNames {
		k := i + s.keyAt(i, w)
		if k == i || !s.capitalised(i, k) || s.covered(i, k) {
			continue
		}
		if k < len(s.toks) && (s.toks[k].word && s.toks[k].upper() || s.word(k, "of", "'s", "-")) {
			return i
		}
		return k
	}
	return i
}
