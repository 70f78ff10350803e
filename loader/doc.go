package loader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/gazetteer"
	"github.com/actorgraph/kg/loader/input"
)

// doc is the state of one extraction: the text, its sentences, the entities
// found so far and the relations extracted from them.
type doc struct {
	x     *Extractor
	text  string
	h     header
	sents []*sentence
	ents  map[string]*dent
	order []string
	rels  []graph.Relation
	seen  map[string]bool
	// state is what passes leave for later ones (see passes.go), read and
	// written through slot and setSlot.
	state  [slotCount]*dent
	pass   *pass       // the pass running, whose declared slots are checked
	runeAt map[int]int // byte offset -> rune offset, see runeOffset
	// found are the names of places and bodies found from context, by
	// matching form, once the names pass is over (see foundNames).
	found map[string]*dent
	// bare are the head-of-state titles that roles found tied to no state,
	// which bareTitles resolves once every sentence has been read.
	bare []bareTitle
	// bodyWords are the body's words, for asWritten
	bodyWords []string
	// acronym are the acronyms the text has defined for bodies the lexicon
	// does not know, in the order the names pass reads them.
	acronym map[string]*dent
	// statesNamed caches whether the text names a state (see namesState).
	statesNamed map[string]bool
	// letterhead caches letterheadState, which reads only the header.
	letterhead func() *Entry
	// intros caches listIntro for every sentence: it reads only tokens,
	// which never change once the text is split, and a rule asks it of
	// every line of a long list.
	intros []*sentence
	// sentenceWords is knownNames' set of a sentence's words, kept to be
	// cleared rather than made again for every sentence.
	sentenceWords map[string]bool
}

func newDoc(x *Extractor, text string, m *input.Meta) *doc {
	d := &doc{x: x, text: text, h: readHeader(text, m), ents: map[string]*dent{}, seen: map[string]bool{}}
	if d.h.title != "" {
		ts := strings.Index(text, d.h.title)
		d.sents = append(d.sents, &sentence{start: ts, end: ts + len(d.h.title), title: true})
	}
	if b := d.h.byline; b.end > b.start {
		d.sents = append(d.sents, &sentence{start: b.start, end: b.end})
	}
	for _, sp := range bound(text, splitSentences(text, d.h.body, d.h.footer)) {
		d.sents = append(d.sents, &sentence{start: sp.start, end: sp.end})
	}
	for k, s := range d.sents {
		s.idx = k
		s.toks = tokenize(text, s.start, s.end)
		s.dates = datesIn(s.toks, d.h.published)
	}
	return d
}

// indexOf is s's place in d.sents, or -1 for a line read outside the
// sentences (the publisher's, see issuerPartOf).
func (d *doc) indexOf(s *sentence) int {
	if s.idx < len(d.sents) && d.sents[s.idx] == s {
		return s.idx
	}
	return -1
}

// Confidence of each rule: how often a fact it yields is right. Facts whose
// parts are all explicit in the sentence score high; those that lean on a
// default (the issuer as a title's body) score lower.
const (
	confExplicit = 0.9
	confPattern  = 0.8
	confDefault  = 0.65
	confWeak     = 0.5
)

// entity returns the document's entity of type t and canonical name,
// creating it on first use. A lexicon entry gives the canonical name and
// the attributes.
func (d *doc) entity(t graph.EntityType, name string, e *Entry) *dent {
	name = oneLine(name)
	if e != nil {
		name = e.Name
	}
	id := graph.EntityID(t, name)
	if de, ok := d.ents[id]; ok {
		if de.entry == nil {
			de.entry = e
		}
		return de
	}
	de := &dent{Entity: graph.Entity{ID: id, Type: t, Name: name}, entry: e}
	if e != nil {
		if t == graph.Place {
			de.PlaceType = e.Attrs["placeType"]
		}
		if t == graph.Agreement {
			de.Date = graph.Date(e.Attrs["date"])
		}
	}
	d.ents[id] = de
	d.order = append(d.order, id)
	return de
}

// oneLine is a name as one line: a tab or a line break between its words
// ("0\t0" in a letterhead line, a title broken over two lines) is a space.
func oneLine(name string) string {
	if !strings.ContainsAny(name, "\t\n\r\v\f") {
		return name
	}
	return strings.Join(strings.Fields(name), " ")
}

// relate adds a relation once, with the sentence as its evidence.
func (d *doc) relate(t graph.RelationType, from, to *dent, s *sentence, conf float64, role, concerning string) {
	for from != nil && from.replacedBy != nil {
		from = from.replacedBy // a body merged into a longer name (see replaceEntity), the issuer among them
	}
	for to != nil && to.replacedBy != nil {
		to = to.replacedBy
	}
	if from == nil || to == nil || from == to || !t.Allows(from.Type, to.Type) {
		return
	}
	key := string(t) + "|" + from.ID + "|" + to.ID + "|" + graph.NameKey(role)
	if d.seen[key] {
		return
	}
	d.seen[key] = true
	var ev *graph.Evidence
	if s != nil {
		ev = &graph.Evidence{Start: s.start, End: s.end, Text: s.text(d)}
	}
	d.rels = append(d.rels, graph.Relation{Type: t, From: from.ID, To: to.ID, Role: role,
		Concerning: concerning, Evidence: ev, Confidence: conf})
}

// dropUnused removes contextual entities that no relation uses and that
// were found only from weak cues, and meetings and events that have no
// relation at all (gold never lists them, and neither should we).
func (d *doc) dropUnused() {
	// a meeting the text names, with neither a place nor a number, cannot
	// be found again ("the Peace Conference", "a High-Level Meeting"), and
	// is as often a body ("the Congress of Deputies"): it goes, with what
	// was said of it; a meeting of named people stays
	placed := map[string]bool{}
	for _, r := range d.rels {
		if r.Type == graph.OccurredIn {
			placed[r.From] = true
		}
	}
	kept := d.rels[:0]
	for _, r := range d.rels {
		if f, t := d.ents[r.From], d.ents[r.To]; f.Type == graph.Meeting && f.named && f.Session == 0 && !placed[f.ID] ||
			t.Type == graph.Meeting && t.named && t.Session == 0 && !placed[t.ID] {
			continue
		}
		kept = append(kept, r)
	}
	d.rels = kept
	used := map[string]bool{}
	for _, r := range d.rels {
		used[r.From], used[r.To] = true, true
		if r.Concerning != "" {
			used[r.Concerning] = true
		}
	}
	named := map[string]bool{} // entities a mention still names
	for _, s := range d.sents {
		for _, m := range s.ms {
			if m.e != nil {
				named[m.e.ID] = true
			}
		}
	}
	for _, e := range d.ents {
		if !used[e.ID] && (e.Type == graph.Meeting || e.Type == graph.Event || e.absorbed && !named[e.ID]) {
			e.dropped = true
		}
	}
}

// acronymBeside splits a publisher line that gives the body's acronym
// before its name with a colon, or after it with a dash ("HART: NEW ZEALAND
// ANTI-APARTHEID MOVEMENT", "… SEM TERRA – MST"), into the acronym and
// the name; it gives "" when the line has no such acronym. (A shouted
// "NACIONES UNIDAS – ECUADOR" names a place there: the caller checks.)
func acronymBeside(line string) (acronym, name string) {
	if a, rest, ok := strings.Cut(line, ": "); ok && allCaps(a) && strings.Contains(strings.TrimSpace(rest), " ") {
		return a, strings.TrimSpace(rest)
	}
	for _, dash := range []string{" – ", " — ", " - "} {
		if k := strings.LastIndex(line, dash); k > 0 {
			if a := strings.TrimSpace(line[k+len(dash):]); allCaps(a) && strings.Contains(line[:k], " ") {
				return a, strings.TrimSpace(line[:k])
			}
		}
	}
	return "", line
}

// findIssuer reads the publisher line (and the department line under it)
// as the body that speaks in the communiqué.
func (d *doc) findIssuer() {
	if d.h.publisher == "" {
		return
	}
	// "Intergovernmental Authority on Development (IGAD)": the acronym
	// restates the name
	var acronym string
	publisher := d.h.publisher
	if a, rest := acronymBeside(publisher); a != "" && d.x.lex.lookupAny(a, graph.State, graph.Place) == nil &&
		!gazetteerHas(normPhrase(a), gazetteer.KindCity) && !gazetteerHas(normPhrase(a), gazetteer.KindSubdivision) {
		// "HART: NEW ZEALAND ANTI-APARTHEID MOVEMENT", "MOVIMENTO DOS
		// TRABALHADORES RURAIS SEM TERRA – MST": the acronym beside the name
		acronym, publisher = a, rest
	}
	if m := reBracketedAcronym.FindString(publisher); m != "" {
		acronym = strings.Trim(strings.TrimSpace(m), "()")
	}
	name := strings.TrimSpace(reBracketedAcronym.ReplaceAllString(publisher, ""))
	if k := strings.Index(name, " ("); k > 0 && strings.HasSuffix(name, ")") {
		// "CIVIC UNITED FRONT (CUF – Chama cha Wananchi)": the bracket
		// gives the acronym and a name in another language
		if f := strings.Fields(strings.Trim(name[k+2:], ")")); len(f) > 0 && allCaps(f[0]) {
			acronym = f[0]
		}
		name = name[:k]
	}
	if name == strings.ToUpper(name) && strings.ContainsRune(name, ' ') {
		name = d.asWritten(titleCase(name)) // "ORGANIZATION OF AFRICAN UNITY"
	}
	if first, rest, ok := strings.Cut(name, " "); ok && honorifics[strings.ToLower(strings.TrimSuffix(first, "."))] {
		// "Hon Winston Peters": a person speaks
		p := d.entity(graph.Person, rest, nil)
		p.addSurface(rest)
		d.setSlot(slotIssuer, p)
		return
	}
	if e := d.x.lex.lookupAny(name, graph.Organization, graph.State); e != nil {
		if p := e.Attrs["parent"]; p != "" && headNoun(e.Name) == "secretariat" {
			// "Pacific Islands Forum Secretariat": the secretariat publishes
			// for the body it serves
			if pe := d.x.lex.lookup(string(graph.Organization), p); pe != nil {
				e = pe
			}
		}
		is := d.entity(graph.EntityType(e.Type), "", e)
		d.setSlot(slotIssuer, is)
		if other := d.x.lex.lookupAny(acronym, graph.Organization, graph.State); acronym != "" && (other == nil || other == e) {
			// "MOVEMENT FOR THE EMANCIPATION OF THE NIGER DELTA (MEND)"
			// over "MEND condemns …": the header's acronym, which the
			// lexicon's entry may lack
			d.learnAcronym(acronym, is)
		}
		d.issuerPartOf(is)
		if organ := d.stateOrganUnit(is); organ != nil {
			// "SYRIAN ARAB REPUBLIC / MINISTRY OF FOREIGN AFFAIRS": the
			// ministry speaks, for its state
			d.setSlot(slotIssuer, organ)
		}
	} else if e := d.x.lex.lookupPrefix(name, graph.Organization); e != nil {
		// "ASEAN Cambodia 2022": the body whose name opens the line
		d.setSlot(slotIssuer, d.entity(graph.Organization, "", e))
	} else if e := d.secretariatOf(name); e != nil {
		// "Pacific Islands Forum Secretariat": the secretariat publishes
		// for the body it serves
		d.setSlot(slotIssuer, d.entity(graph.Organization, "", e))
	} else if st := d.governedState(name); st != nil {
		// "Government of the Republic of Chad": the Government of Chad, as
		// the text's own "Government of the Republic of Chad" is
		e := d.entity(graph.Organization, "Government of "+st.Name, nil)
		e.addSurface(name)
		e.governs = d.entity(graph.State, "", st)
		d.setSlot(slotIssuer, e)
	} else if e := d.x.lex.lookupAny(acronym, graph.Organization); acronym != "" && e != nil {
		d.setSlot(slotIssuer, d.entity(graph.Organization, "", e))
	} else {
		if name == strings.ToUpper(name) && !strings.ContainsRune(name, ' ') && len(name) > 6 {
			name = titleCase(strings.ToLower(name)) // "LOKARRI"
		}
		is := d.entity(graph.Organization, name, nil)
		is.addSurface(name)
		if acronym != "" {
			is.addSurface(acronym)
			d.learnAcronym(acronym, is) // "CONAI condemns …"
		} else if a := contentInitials(name); len(a) >= 3 && strings.Contains(name, " ") {
			// "CONFÉDÉRATION GÉNÉRALE DU TRAVAIL" over a text that says
			// "the CGT": the initials of its name
			d.learnAcronym(a, is)
		}
		d.setSlot(slotIssuer, is)
	}
}

// stateOrganUnit is the state's organ that the line under a state's name
// in the letterhead names ("MINISTRY OF FOREIGN AFFAIRS", "Secretariat of
// Foreign Affairs"), governing that state, or nil.
func (d *doc) stateOrganUnit(st *dent) *dent {
	unit := d.unitName()
	if st.Type != graph.State || unit == "" {
		return nil
	}
	first := strings.ToLower(strings.Fields(unit)[0])
	if !stateOrganWords[first] && first != "secretariat" && first != "office" {
		return nil
	}
	e := d.entity(graph.Organization, unit, nil)
	e.addSurface(unit)
	e.governs = st
	return e
}

// unitName is the letterhead's line under the publisher written as a
// name ("MINISTRY OF FOREIGN AFFAIRS" is "Ministry of Foreign Affairs"),
// or "" when there is none or it is too long to be one.
func (d *doc) unitName() string {
	unit := strings.TrimSpace(d.h.unit)
	if unit == "" || len(strings.Fields(unit)) > 8 {
		return ""
	}
	if unit == strings.ToUpper(unit) {
		unit = d.asWritten(titleCase(unit))
	}
	return unit
}

// titleCase writes a name shouted in capitals as a name: "ORGANIZATION OF
// AFRICAN UNITY" is "Organization of African Unity"; acronyms of up to
// four letters stay ("CUF").
func titleCase(name string) string {
	ws := strings.Fields(name)
	for k, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case k > 0 && (lw == "of" || lw == "the" || lw == "and" || lw == "for" || lw == "on" || lw == "in" || lw == "de" || nameJoiners[normPhrase(w)]):
			ws[k] = lw
		case len(w) <= 4 && !strings.ContainsAny(w, "'’"):
			// an acronym, or a short word kept as written
		default:
			r := []rune(lw)
			ws[k] = strings.ToUpper(string(r[0])) + string(r[1:])
		}
	}
	return strings.Join(ws, " ")
}

// asWritten gives the short words titleCase kept in capitals the case the
// body of the text writes them in: "SHIROMANI AKALI DAL" is the "Shiromani
// Akali Dal" of its paragraphs, while "CUF" stays an acronym.
func (d *doc) asWritten(name string) string {
	ws := strings.Fields(name)
	for k, w := range ws {
		if len(w) < 2 || !allCaps(w) {
			continue
		}
		if d.bodyWords == nil {
			// the body's words, split once a document and only when a
			// name in capitals asks for them
			body := d.text[min(d.h.body, len(d.text)):]
			d.bodyWords = strings.FieldsFunc(body, func(r rune) bool { return r < 0x80 && !isWordByte(byte(r)) })
		}
		for _, seen := range d.bodyWords {
			if seen != w && strings.EqualFold(seen, w) {
				ws[k] = seen
				break
			}
		}
	}
	return strings.Join(ws, " ")
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// issuerPartOf links the issuer to the body its publisher line names it a
// part of ("Council of the European Union", "Council of the League of Arab
// States"), with the line as evidence.
func (d *doc) issuerPartOf(is *dent) {
	parent := d.lexiconParent(is)
	off := strings.Index(d.text, d.h.publisher)
	if parent == nil || off < 0 || off >= d.h.body || !d.namesParent(d.h.publisher, parent) {
		return
	}
	if _, after, ok := strings.Cut(d.h.publisher, " of "); !ok || !d.namesParent(after, parent) {
		return // "United Nations Security Council" is a name, not a tie
	}
	line := &sentence{start: off, end: off + len(d.h.publisher)}
	d.relate(graph.PartOf, is, d.entity(graph.Organization, "", parent), line, confExplicit, "", "")
}

// secretariatOf is the body of the lexicon whose secretariat a publisher
// line names ("Pacific Islands Forum Secretariat"), or nil.
func (d *doc) secretariatOf(name string) *Entry {
	for _, suffix := range []string{" General Secretariat", " Secretariat"} {
		if body, ok := strings.CutSuffix(name, suffix); ok {
			return d.x.lex.lookupAny(body, graph.Organization)
		}
	}
	return nil
}

// governedState is the state a publisher line "Government of (the) X"
// names, when the lexicon knows X, or nil.
func (d *doc) governedState(name string) *Entry {
	rest, ok := strings.CutPrefix(name, "Government of ")
	if !ok {
		return nil
	}
	rest = strings.TrimPrefix(rest, "the ")
	return d.x.lex.lookupAny(rest, graph.State)
}

var reBracketedAcronym = regexp.MustCompile(`\s*\([A-Z][A-Za-z./-]{1,10}\)\s*$`)

// lookupPrefix finds an entry of one of the types whose name opens name
// and is followed by something that is no part of a body's name (a
// country, a year), or nil.
func (lx *Lexicon) lookupPrefix(name string, ts ...graph.EntityType) *Entry {
	toks := tokenize(name, 0, len(name))
	for _, m := range lx.match(toks) {
		if m.i != 0 || m.j >= len(toks) || orgHeads[toks[m.j].norm] || toks[m.j].norm == "of" {
			break
		}
		rest := strings.TrimSpace(name[toks[m.j].start:])
		if m.j == 1 && !slices.ContainsFunc(toks[m.j:], token.digit) && lx.lookupAny(rest, graph.State, graph.Place) == nil {
			continue // one word opens a longer name: "MAJLIS GERAKAN NEGARA" is not the Majlis of Iran
		}
		for _, r := range m.refs {
			if r.kind == kindName && typeIn(graph.EntityType(r.entry.Type), ts) {
				return r.entry
			}
		}
	}
	return nil
}

// lookupAny finds an entry of one of the types by any of its names.
func (lx *Lexicon) lookupAny(name string, ts ...graph.EntityType) *Entry {
	return lx.lookupKind(name, kindName, ts)
}

// lookupTitle finds the title one of whose names is name.
func (lx *Lexicon) lookupTitle(name string) *Entry {
	return lx.lookupKind(name, kindRole, []graph.EntityType{RoleType})
}

func (lx *Lexicon) lookupKind(name string, kind patternKind, ts []graph.EntityType) *Entry {
	toks := tokenize(name, 0, len(name))
	for _, m := range lx.match(toks) {
		if m.i != 0 || m.j != len(toks) {
			continue
		}
		for _, r := range m.refs {
			if r.kind == kind && typeIn(graph.EntityType(r.entry.Type), ts) {
				return r.entry
			}
		}
	}
	return nil
}

// contentInitials is the acronym the words of a name spell without its
// particles, whatever their case: "CONFÉDÉRATION GÉNÉRALE DU TRAVAIL" is
// "CGT".
func contentInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		lw := normPhrase(w)
		if r := []rune(w); unicode.IsLetter(r[0]) && !particles[lw] && !stopCaps[lw] && !nameJoiners[lw] {
			b.WriteRune(unicode.ToUpper(r[0]))
		}
	}
	return b.String()
}
