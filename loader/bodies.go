package loader

// PART_OF: sub-bodies and the bodies they belong to.

import (
	"slices"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// subBodies links a part to its body where the text ties them by naming
// them together: the lexicon's compound names ("Syrian Coalition's General
// Assembly"); a body's name before a part found from context ("OIC
// Council of Foreign Ministers") names the part. Possessives come later
// (possessiveParts), "of" forms too (partsOf).
func (d *doc) subBodies(s *sentence) {
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.e == nil || m.e.Type != graph.Organization {
			continue
		}
		// lexicon part whose written form names its parent
		if parent := d.lexiconParent(m.e); parent != nil && d.namesParent(m.text, parent) {
			d.relate(graph.PartOf, m.e, d.entity(graph.Organization, "", parent), s, confExplicit, "", "")
		}
		// BODY PART, where the part is found from context: "OIC Council of
		// Foreign Ministers", "EU Foreign Affairs Council" is one name, the
		// body's: a name, not a tie (no PART_OF), as communiqués and gold
		// read "UN Security Council"
		if next := s.at(m.j); next != nil && next.i == m.j && next.e != nil && next.e.Type == graph.Organization &&
			next.e.entry == nil && m.e.entry != nil && !strings.HasPrefix(next.e.Name, m.e.Name) {
			part := d.entity(graph.Organization, m.e.Name+" "+next.e.Name, nil)
			part.addSurface(s.tokText(d, m.i, next.j))
			for _, a := range next.e.surfaces {
				part.addSurface(a)
			}
			d.replaceEntity(next.e, part)
			continue
		}
	}
}

// partsOf links a part to the body named after it with "of": "the
// Council of Foreign Ministers of the OIC", "the State Affairs Commission
// of the Democratic People's Republic of Korea". The part's head noun must
// be one a body's organ has (partNouns), so that "the people of Syria" or
// "the Government of National Unity" tie nothing.
func (d *doc) partsOf(s *sentence) {
	for _, m := range append([]*mention(nil), s.ms...) {
		d.stateOrgan(s, m)
		if st := d.stateInName(m); st != nil && !d.partOf(st, m.e) {
			// "the Gendarmerie of Senegal", "the Supreme Soviet of the
			// USSR": a state's organ named with its state
			d.relate(graph.PartOf, m.e, st, s, confPattern, "", "")
			continue
		}
		if m.e == nil || m.e.Type != graph.Organization || !s.word(m.j, "of") {
			continue
		}
		if p := s.at(s.skipThe(m.j + 1)); p != nil && p.i == s.skipThe(m.j+1) && p.kind == mEntity && p.e != nil && m.e.entry == nil &&
			(p.e.Type == graph.State || p.e.Type == graph.Place) {
			// "the Supreme Court of Côte d'Ivoire", "the Court of Appeal of
			// Kigali": the body's name, with its place
			m.e.addSurface(s.tokText(d, m.i, p.j))
		}
		whole := s.bodyAt(s.skipThe(m.j + 1))
		if whole == nil || whole.e == m.e || !partNouns[headNoun(m.e.Name)] || d.partOf(whole.e, m.e) {
			continue
		}
		d.relate(graph.PartOf, m.e, whole.e, s, confPattern, "", "")
		if m.e.entry == nil {
			// "the Electoral Commission of Kenya" is also that organ's name
			m.e.addSurface(s.tokText(d, m.i, whole.j))
		}
	}
}

// stateOrgan reads "the Security Council of the Republic of Uzbekistan":
// the short name of an international body's organ ("Security Council",
// the UN's), followed by "of" and a state, names that state's own organ.
// The mention becomes a body of the text's, named in full, which
// stateInName then ties to its state.
func (d *doc) stateOrgan(s *sentence, m *mention) {
	if m.e == nil || m.e.Type != graph.Organization || m.kind != mEntity || !s.word(m.j, "of") {
		return
	}
	parent := d.lexiconParent(m.e)
	if parent == nil || s.find(m.i, m.j, "of") >= 0 || d.namesParent(s.tokText(d, m.i, m.j), parent) {
		return // "the UN Security Council of …" is the UN's; "the Federation Council of the Federal Assembly of …", a name already qualified
	}
	q := s.skipThe(m.j + 1)
	st := s.at(q)
	if st == nil || st.i != q || st.kind != mEntity || st.e == nil || st.e.Type != graph.State {
		return
	}
	m.e = d.entity(graph.Organization, s.tokText(d, m.i, st.j), nil)
}

// stateInName is the state that a body's own name ends with after "of"
// ("Armed Forces of Senegal", "Supreme Soviet of the USSR"), when the name
// is the text's and its head is an organ's or a force's; nil otherwise.
func (d *doc) stateInName(m *mention) *dent {
	if m.e == nil || m.e.Type != graph.Organization || m.kind != mEntity || m.e.entry != nil {
		return nil
	}
	name := m.e.Name
	k := strings.LastIndex(name, " of ")
	if k < 0 || strings.Contains(name[:k], " of ") || strings.Contains(name[:k], " for ") && !stateAgencyName(name[:k]) {
		return nil
	}
	for _, w := range strings.Fields(normPhrase(name[:k])) {
		if movementWords[w] {
			return nil // "the Democratic Forces of Guinea", "the Human Rights Commission of Pakistan": no state's organ
		}
	}
	if h := headNoun(name); !partNouns[h] && !stateForces[h] {
		return nil
	}
	tail := strings.TrimPrefix(name[k+4:], "the ")
	e := d.stateNamed(tail)
	if e == nil || !slices.ContainsFunc(e.names(), func(n string) bool { return normPhrase(n) == normPhrase(tail) }) {
		return nil // the whole tail must be the state's name
	}
	return d.entity(graph.State, "", e)
}

// stateAgencyName reports whether a body's name with "for" in it is a
// state's agency's: "State", "Federal" or "National" and an organ's noun
// before the "for" ("the State Committee for National Security (of the
// Kyrgyz Republic)"), not "the Movement for the Liberation (of Angola)".
func stateAgencyName(name string) bool {
	f := strings.Index(name, " for ")
	ws := strings.Fields(normPhrase(name[:f]))
	return len(ws) >= 2 && (ws[0] == "state" || ws[0] == "federal" || ws[0] == "national") && partNouns[ws[len(ws)-1]]
}

// headNoun is the head of a body's name: the word before its first "of",
// "for" or "on", or its last word ("Council" of "Council of Ministers").
func headNoun(name string) string {
	ws := strings.Fields(normPhrase(name))
	for k := 1; k < len(ws); k++ {
		if ws[k] == "of" || ws[k] == "for" || ws[k] == "on" || ws[k] == "to" {
			return ws[k-1]
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// headNounOf is headNoun of the words [i, j) of the sentence, read from its
// tokens, which are normalised already.
func (s *sentence) headNounOf(i, j int) string {
	last := ""
	first := true
	for k := i; k < j && k < len(s.toks); k++ {
		t := s.toks[k]
		if !t.word && t.norm != "'s" && t.norm != "&" {
			continue
		}
		if !first && (t.norm == "of" || t.norm == "for" || t.norm == "on" || t.norm == "to") {
			return last
		}
		first = false
		last = t.norm
	}
	return last
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

// lexiconParent is the body the lexicon says e is a part of, or nil.
func (d *doc) lexiconParent(e *dent) *Entry {
	if e.entry == nil || e.entry.Attrs["parent"] == "" {
		return nil
	}
	return d.x.lex.lookup(string(graph.Organization), e.entry.Attrs["parent"])
}

func (d *doc) namesParent(surface string, parent *Entry) bool {
	// "AU Commission", "ECOWAS Commission", "UN General Assembly": a name
	// that opens with its parent's acronym is a name, not a tie
	if first, _, _ := strings.Cut(strings.TrimSpace(surface), " "); isAcronym(first) && len(first) > 1 {
		return false
	}
	ns := " " + normPhrase(surface) + " "
	for _, n := range parent.names() {
		if strings.Contains(ns, " "+normPhrase(n)+" ") {
			return true
		}
	}
	// "the Coalition's General Assembly" also names the Coalition
	if !strings.Contains(ns, " 's ") {
		return false
	}
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
		n := s.keyAt(i, g)
		if n == 0 {
			continue
		}
		j := i + n
		if s.word(j, "of") && j+1 < len(s.toks) && s.toks[j+1].upper() {
			j = d.capSpan(s, i)
		}
		written := s.tokText(d, i, j)
		if e := d.x.lex.lookup(string(graph.Organization), parent.Name+" "+written); e != nil {
			return d.entity(graph.Organization, "", e), j
		}
		name := written
		if n == j-i {
			name = parent.Name + " " + written
		}
		e := d.entity(graph.Organization, name, nil)
		e.addSurface(written)
		return e, j
	}
	return nil, 0
}

// replaceEntity makes every mention of old one of e, moves the relations
// found so far from old to e, and drops old.
func (d *doc) replaceEntity(old, e *dent) {
	for _, o := range d.sents {
		for _, m := range o.ms {
			if m.e == old {
				m.e = e
			}
		}
	}
	rels := d.rels[:0]
	kept := map[string]bool{}
	for _, r := range d.rels {
		if r.From == old.ID {
			r.From = e.ID
		}
		if r.To == old.ID {
			r.To = e.ID
		}
		key := string(r.Type) + "|" + r.From + "|" + r.To + "|" + graph.NameKey(r.Role)
		if r.From == r.To || kept[key] {
			continue
		}
		kept[key] = true
		d.seen[key] = true
		rels = append(rels, r)
	}
	d.rels = rels
	old.dropped = true
	old.replacedBy = e
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

// placeNounNames gives a place the name the text gives it with the noun
// of its kind after it, "Mangystau region", "Kohlu district", "Girifushi
// camp", as an alias: a reader, and a search, meet it by either.
func (d *doc) placeNounNames() {
	for _, s := range d.sents {
		for _, m := range s.ms {
			if m.e != nil && m.kind == mEntity && m.e.Type == graph.Place && m.j < len(s.toks) && !s.toks[m.j].upper() && placeKindNouns[s.tokNorm(m.j)] {
				m.e.addSurface(s.tokText(d, m.i, m.j+1))
			}
		}
	}
}

// shortNames gives a body the text named with what it belongs to the
// name it goes by alone as an alias: "Presidium" of "Presidium of the
// Democratic Alliance of Hungarians", "Central Committee" of "Central
// Committee of the Communist Party of China", "Office of the Public
// Defender" of a letterhead's "Office of the Public Defender — Jamaica".
// A reader, and a search, meet it by either.
func (d *doc) shortNames() {
	known := map[string]bool{} // the document's other names
	for _, e := range d.ents {
		for _, n := range e.names() {
			known[n] = true
		}
	}
	for _, id := range d.order {
		e := d.ents[id]
		if e.Type != graph.Organization || e.entry != nil {
			continue
		}
		if h, _, ok := strings.Cut(strings.ReplaceAll(e.Name, " – ", " — "), " — "); ok {
			e.addSurface(h) // a letterhead's "Office of the Public Defender — Jamaica"
			continue
		}
		h, rest, ok := strings.Cut(e.Name, " of ")
		if !ok || !orgHeads[headNoun(h)] && !partNouns[headNoun(h)] {
			continue
		}
		if strings.HasPrefix(rest, "the ") || known[normPhrase(rest)] {
			e.addSurface(h)
		}
	}
}
