package loader

// Agreements: instruments by name, number or description; PARTY_TO and
// where they were made.

import (
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/kg/graph"
)

// resolutions finds UN resolutions by number: "Resolution 2254", "Security
// Council Resolution 2401", "UNSC Resolution 2118".
func (d *doc) resolutions(s *sentence) {
	d.sessionResolutions(s)
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
		session := s.romanSessionAt(j) // "resolution 1514 (XV)": the General Assembly's
		// an organisation written into the name ("UN Security Council
		// Resolution") is part of it
		if m := s.entityBefore(i, graph.Organization); m != nil {
			key := graph.NameKey(m.e.Name)
			if !strings.Contains(key, "security council") && !strings.Contains(key, "united nations") && !(session != "" && strings.Contains(key, "general assembly")) {
				continue // another body's resolution: not a UN one
			}
			start = m.i
			s.ms = removeMention(s.ms, m)
		}
		if s.covered(start, j) {
			continue
		}
		if session != "" {
			e := d.assemblyResolution(num, session)
			s.addMention(&mention{i: start, j: j + 3, kind: mEntity, e: e, text: s.tokText(d, start, j+3)})
			continue
		}
		e := d.resolution(num)
		e.addSurface(s.tokText(d, start, j))
		d.resolutionYear(s, e, num, j)
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
			case tk.digit() && len(tk.text) >= 2 && len(tk.text) <= 4 && !s.word(k-1, "(") && s.romanSessionAt(k+1) != "":
				// "resolutions 1497 (XV) and 1661 (XVI)"
				e := d.assemblyResolution(tk.text, s.romanSessionAt(k+1))
				s.addMention(&mention{i: k, j: k + 4, kind: mEntity, e: e, text: s.tokText(d, k, k+4)})
				k += 3
			case tk.digit() && (len(tk.text) == 4 || len(tk.text) >= 2 && s.word(k+1, "(") && k+2 < len(s.toks) && isYear(s.toks[k+2])) && !s.word(k-1, "("):
				// "resolutions 2042 and 2043", "resolutions 748 (1992) and 883 (1993)"
				e := d.resolution(tk.text)
				d.resolutionYear(s, e, tk.text, k+1)
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

// romanSessionAt reads "(XV)" from token k, the General Assembly's session
// that numbered its resolutions before 1976, or gives "".
func (s *sentence) romanSessionAt(k int) string {
	if !s.word(k, "(") || !s.word(k+2, ")") || k+1 >= len(s.toks) || romanOrdinal(s.toks[k+1].text+"th") == 0 {
		return ""
	}
	return s.toks[k+1].text
}

// assemblyResolution is the UN General Assembly resolution of a number and
// a session in Roman numerals ("resolution 1514 (XV)"), with the forms it is
// cited by.
func (d *doc) assemblyResolution(num, session string) *dent {
	e := d.entity(graph.Agreement, "UN General Assembly resolution "+num+" ("+session+")", nil)
	e.addSurface("resolution " + num + " (" + session + ")")
	e.addSurface("General Assembly resolution " + num + " (" + session + ")")
	return e
}

// resolutionYear adds the form "resolution 457 (1979)" a resolution is
// cited by when its year follows its number, ending at token j.
func (d *doc) resolutionYear(s *sentence, e *dent, num string, j int) {
	if s.word(j, "(") && s.word(j+2, ")") && j+1 < len(s.toks) && isYear(s.toks[j+1]) {
		y := s.toks[j+1].text
		e.addSurface("resolution " + num + " (" + y + ")")
		e.addSurface("Security Council resolution " + num + " (" + y + ")")
	}
}

func removeMention(ms []*mention, m *mention) []*mention {
	for k, o := range ms {
		if o == m {
			return append(ms[:k:k], ms[k+1:]...)
		}
	}
	return ms
}

// agreements finds instruments described by where, when and by whom they
// were made: "the cease-fire agreement which was reached in Sochi on
// September 17, 2018 by Turkey and Russia", "the nationwide ceasefire that
// Turkey and Russia signed on 29 December 2016", "the United States and
// Russia agreed in Geneva on a framework". An instrument of the lexicon made
// at that place or on that day is the same instrument.
func (d *doc) agreements(s *sentence) {
	t := s.toks
	// an instrument the text names by a head this loop does not know
	// ("the Constitutive Act of the African Union, adopted in Lomé")
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.e == nil || m.e.Type != graph.Agreement || m.kind != mEntity || s.hasInstrumentNoun(m) {
			continue
		}
		if v := instrumentVerb(s, m.j-1); v >= m.j || v >= 0 && v < m.i && s.skipArticle(v+1) == m.i && !d.future(s, v) {
			d.instrumentFacts(s, m.e, m.j-1, v) // "which was adopted in Lomé"; "the delegations of A and B signed a Joint Communiqué"
		}
	}
	d.foundingInstruments(s)
	d.pronounInstrument(s)
	for i := range t {
		noun := t[i].norm
		if noun == "fire" && i > 0 && t[i].hyphen && t[i-1].norm == "cease" {
			noun = "ceasefire"
		}
		if d.jointDocument(s, i) {
			continue
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
		} else if m != nil {
			continue // the "Accord" of the Government of National Accord
		}
		if end := s.lowerComplementEnd(i); end > 0 {
			// "the Agreement on the cessation of hostilities and the end of
			// the armed conflict in the Republic of Congo": a name in lower
			// case after its capitalised head
			agr := d.knownAsInstrument(s, end)
			if agr != nil {
				agr.addSurface(s.tokText(d, i, end))
				s.addMention(&mention{i: i, j: end, kind: mEntity, e: agr, text: s.tokText(d, i, end)})
			} else {
				agr = d.contextEntity(s, i, end, graph.Agreement, s.tokText(d, i, end), "")
				if k := s.skipThe(end + 3); s.word(end, ",") && s.word(end+1, "known") && s.word(end+2, "as") && d.capSpan(s, k) > k {
					agr.addSurface(s.tokText(d, k, d.capSpan(s, k))) // "…, known as the Muafaka"
				}
			}
			if v >= 0 && !d.future(s, v) {
				d.instrumentFacts(s, agr, i, v)
			}
			continue
		}
		if v < 0 {
			if !d.instrumentBetween(s, i) {
				d.datedInstrument(s, i)
			}
			continue
		}
		if d.future(s, v) {
			continue
		}
		if prior := d.priorInstrument(s, i); prior != nil {
			// "The Agreement was signed at the Palais du Peuple": the one
			// the text named before
			s.addMention(&mention{i: i, j: i + 1, kind: mEntity, e: prior, text: t[i].text})
			d.instrumentFacts(s, prior, i, v)
			continue
		}
		after := v + 1
		if s.word(after, "between", "by") {
			// "signed between the Government of Iraq and the Kurdistan
			// Regional Government in Erbil": the place follows the parties
			after = s.listEnd(after + 1)
		}
		place := d.placeAfter(s, after, 6)
		var date graph.Date
		if ds := d.dateAfter(s, after, 10); ds != nil && ds.from == ds.to {
			date = ds.from
		}
		start := s.instrumentStart(i)
		agr := d.knownInstrument(place, date)
		if agr == nil {
			written := strings.ToLower(s.tokText(d, start, i+1))
			var name string
			switch sides := s.sidesNamed(d, i); {
			case sides > 0:
				// "The Agreement between the Government of Malaysia and the
				// Communist Party of Malaya was signed …": capitalised, the
				// head and its sides are the instrument's name
				name = s.tokText(d, start, sides)
			case place != nil && !(place.PlaceType == "site" && date != ""):
				// "signed the agreement in Arusha": the Arusha agreement; signed at
				// a hotel on a day, it is the agreement of that day
				name = place.Name + " " + noun
			case date != "":
				tm, _ := date.Time()
				name = written + " of " + tm.Format("2 January 2006")
			case s.pointCount(start, i):
				name = written // "an eight-point agreement was signed": its count of points names it
			default:
				continue
			}
			agr = d.entity(graph.Agreement, name, nil)
			agr.addSurface(written)
			if a := start - 1; s.word(a-1, "the") && s.at(a) == nil && adjectiveForm(t[a]) {
				// "the programmatic agreement reached on 8 March": a reader
				// names it by the adjective the text gives it
				agr.addSurface(t[a].norm + " " + written)
			}
			if place != nil && written != noun {
				agr.addSurface(place.Name + " " + written) // "Geneva ceasefire agreement"
			}
			if place != nil && date != "" {
				// the names a reader gives an unnamed instrument: "the
				// ceasefire of 12 July 1992", "the Arusha ceasefire
				// agreement of 12 July 1992"
				tm, _ := date.Time()
				on := " of " + tm.Format("2 January 2006")
				agr.addSurface(written + on)
				agr.addSurface(place.Name + " " + written + on)
			}
			if agr.Date == "" {
				agr.Date = date
			}
		}
		if b := i + 1; s.word(b, "between") || v == i+1 && s.word(v+1, "between") {
			// "the ceasefire between the Government of India and the
			// NSCN", "the agreement concluded between the Government of
			// Jordan and the resistance"
			b = s.find(i+1, i+3, "between")
			if end := s.betweenEnd(b + 1); end > b+1 {
				agr.addSurface(s.tokText(d, start, end))
				if a := start - 1; s.word(a-1, "the") && s.at(a) == nil && adjectiveForm(t[a]) {
					agr.addSurface(s.tokText(d, a, end)) // "the political agreement between the CPP and the CNRP"
				}
			}
		}
		agr.addSurface(s.tokText(d, start, i+1))
		s.addMention(&mention{i: start, j: i + 1, kind: mEntity, e: agr, text: s.tokText(d, start, i+1)})
		d.instrumentFacts(s, agr, i, v)
	}
}

// pronounInstrument reads "It was signed by …" after a sentence that named
// an instrument: the instrument named last before it is the one signed.
func (d *doc) pronounInstrument(s *sentence) {
	if !s.word(0, "it") || !s.word(1, "was") || !instrumentVerbs[s.tokNorm(2)] || d.future(s, 2) {
		return
	}
	prev := d.previous(s)
	if prev == nil {
		return
	}
	if last := prev.lastNamed(graph.Agreement); last != nil {
		s.addMention(&mention{i: 0, j: 1, kind: mEntity, e: last, text: s.toks[0].text})
		d.instrumentFacts(s, last, 0, 2)
	}
}

// instrumentTowns places an instrument named after a town ("the Lomé
// Peace Agreement", "the Act of Montevideo") in that town, when the text
// names the town as a place and says nowhere else where the instrument was
// made.
func (d *doc) instrumentTowns() {
	placed := map[string]bool{}
	for _, r := range d.rels {
		if r.Type == graph.OccurredIn {
			placed[r.From] = true
		}
	}
	for _, s := range d.sents {
		for _, m := range s.ms {
			a := m.e
			if a == nil || a.Type != graph.Agreement || m.kind != mEntity || placed[a.ID] || s.title {
				continue
			}
			placed[a.ID] = true // one try per instrument, at its first mention
			words := strings.Fields(a.Name)
			if last := strings.ToLower(words[len(words)-1]); strings.HasSuffix(last, "s") && instrumentNouns[strings.TrimSuffix(last, "s")] {
				continue // "the Geneva Conventions", "the Minsk agreements": a body of law, not one signing
			}
		town:
			for n := 3; n >= 1; n-- {
				for i := 0; i+n <= len(words); i++ {
					name := strings.Trim(strings.Join(words[i:i+n], " "), ",.")
					if name == "" || !unicode.IsUpper([]rune(name)[0]) {
						continue
					}
					if p := d.townNamed(normPhrase(name)); p != nil {
						d.relate(graph.OccurredIn, a, p, s, confWeak, "", "")
						break town // one town
					}
				}
			}
		}
	}
}

// townNamed is the document's city or town whose name matches key, or nil.
func (d *doc) townNamed(key string) *dent {
	for _, id := range d.order {
		if e := d.ents[id]; e.Type == graph.Place && isTown(e) && normPhrase(e.Name) == key && !e.dropped {
			return e
		}
	}
	return nil
}

// adjectiveForm reports whether a lower-case word has the ending of an
// adjective of kind ("programmatic", "constitutional", "preliminary"),
// not of judgement ("new", "said", "historic" are left out by the list).
func adjectiveForm(t token) bool {
	if !t.word || t.upper() || len(t.norm) < 6 || instrumentAppraisals[t.norm] {
		return false
	}
	for _, suf := range []string{"al", "atic", "ary", "ive", "ic"} {
		if strings.HasSuffix(t.norm, suf) {
			return true
		}
	}
	return false
}

// longInstrumentNames adds to an instrument the full official name the text
// gives it past where its capitalised name stops: "the Declaration on the
// Principles of Relations between the Kyrgyz Republic and the Republic of
// Tajikistan", "the Agreement on the System for Contacts and Meetings
// between SEF and ARATS", "… concerning Property and Claims". Only a name
// form is added: the instrument and its parties are read elsewhere.
func (d *doc) longInstrumentNames(s *sentence) {
	t := s.toks
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Agreement || m.kind != mEntity {
			continue
		}
		end := m.j
		// a name the lexicon knows is not read on; its compound opening is
		// ("the Australia–Tuvalu Falepili Union Treaty")
		for m.e.entry == nil && (t[m.i].upper() || s.word(m.i, "the")) {
			k := end
			// the name has its subject already: "the Agreement for the Return to Classes"
			subject := end > m.j || s.find(m.i+1, m.j, "on", "of", "for", "concerning") >= 0
			served := s.entityAt(s.skipThe(k+1), graph.Agreement) // "… to the Abuja Accord"
			if end == m.j && k < len(t) && s.word(k-1, "across", "on", "of", "for", "concerning", "along") && !t[k].upper() {
				k-- // "… of Authentication Across the Taiwan Straits": the name stopped at its last preposition
			}
			if next := s.at(k); end == m.j && k < len(t) && t[k].upper() && t[k-1].upper() && t[k-1].word && s.find(m.i+1, m.j, "on", "of", "for", "concerning", "across") >= 0 &&
				next != nil && next.e != nil && (next.e.Type == graph.State || next.e.Type == graph.Place) {
				// "the Statute of the River Uruguay", "… on the South China
				// Sea": a place's name stopped the instrument's inside its
				// own capitalised words
				r := next.j
				for r < len(t) && t[r].word && t[r].upper() && s.at(r) == nil {
					r++
				}
				end = r
				continue
			}
			switch {
			case s.word(k, "to") && served != nil && served.e != m.e:
				// "the Declaration of Recommitment to the Abuja Accord", "the
				// Optional Protocol to the Convention against Torture"
				end = served.j
				continue
			case s.word(k, "between"):
				if e := s.listEnd(k + 1); e > k+1 && s.find(k+1, e, "and") >= 0 {
					end = e
					continue
				}
			case s.word(k, "for", "on", "concerning", "of", "across", "along", "among", "amongst") || s.word(k, "relating") && s.word(k+1, "to") ||
				s.word(k, "establishing", "regarding", "respecting") && t[k].upper() && subject || // "… and Timor-Leste Establishing Their Maritime Boundaries"

				s.word(k, "with") && s.word(k+1, "respect") && s.word(k+2, "to") ||
				s.word(k, "and") && s.word(k+1, "the", "a", "an") && subject || // "… on the Continuity of Statehood and the Protection of Persons"
				s.word(k, "in") && worldRegions[s.tokNorm(s.skipThe(k+1))] ||
				s.word(k, "in") && k+1 < len(t) && t[k+1].upper() && s.at(k+1) == nil && s.word(k+2, "of") && subject || // "… on Cooperation in Matters of Defence"
				s.word(k, "in") && s.word(k+1, "the") && s.word(k+2, "state", "province", "region", "republic") && s.word(k+3, "of") && subject:
				// "in Africa", "in the State of Oaxaca" after its subject,
				// not "in Maputo": a town after the name is where it was made
				q := k + 1
				switch {
				case s.word(k, "relating"), s.word(k, "establishing", "regarding", "respecting"):
					q++
				case s.word(k, "with"):
					q += 2
				}
				q = s.skipThe(q)
				if s.word(k, "and") && s.word(q, "a", "an") {
					q++ // "… for Social Peace and a New Constitution"
				}
				r := q
				for r < len(t) && (t[r].word && (t[r].upper() || t[r].hyphen && r > q) || s.word(r, "and", "of", "the", "in") && r+1 < len(t) && (t[r+1].upper() || s.word(r+1, "the"))) &&
					!(s.word(r, "in") && s.townAt(r+1)) { // "… Co-operation in Roseau": where it was made
					if m2 := s.at(r); m2 != nil && (m2.e == nil || m2.e.Type == graph.Agreement) {
						break
					}
					if m2 := s.at(r); m2 != nil {
						r = m2.j
						continue
					}
					r++
				}
				if r > q && t[r-1].word && (t[r-1].upper() || t[r-1].hyphen) { // "… Military Co-operation"
					end = r
					continue
				}
			}
			break
		}
		from := m.i
		if s.word(from, "the") {
			from++
		}
		if c := s.compoundBefore(from); c < from {
			// "the Soviet-German Non-Aggression Treaty", "the Cañas–Jerez
			// Treaty": the sides joined by a hyphen or a dash open the name
			m.e.addSurface(s.tokText(d, c, end))
		}
		if end > m.j {
			m.e.addSurface(s.tokText(d, from, end))
		}
	}
}

// compoundBefore is the start of capitalised words joined by hyphens or
// dashes that end at token i, or run on into it ("Soviet-German", "Cañas–"
// before "Jerez"); i when there are none.
func (s *sentence) compoundBefore(i int) int {
	c := i
	switch {
	case i >= 2 && s.word(i-1, "–", "—") && s.toks[i-2].word && s.toks[i-2].upper() && s.toks[i].upper():
		c = i - 2
	case i >= 2 && s.toks[i-1].word && s.toks[i-1].upper() && s.toks[i-1].hyphen && s.toks[i-2].word && s.toks[i-2].upper():
		c = i - 2
	default:
		return i
	}
	for c >= 1 && s.toks[c].hyphen && s.toks[c-1].word && s.toks[c-1].upper() {
		c--
	}
	if c > 0 && s.toks[c-1].word && s.toks[c-1].upper() && !s.word(c-1, "the", "a", "an") {
		return i // a longer capitalised name runs on before the compound
	}
	return c
}

// foundingInstruments reads the instrument a body was founded or governed
// by, named after it: "the Charter of the Caribbean Community", "the
// Statute of the Council of Europe", "the Constitutive Act of the X". The
// body's name is the instrument's end.
func (d *doc) foundingInstruments(s *sentence) {
	t := s.toks
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.e == nil || m.e.Type != graph.Organization || m.kind != mEntity || !s.word(m.i-1, "the") || !s.word(m.i-2, "of") {
			continue
		}
		h := m.i - 3
		if h < 0 || !t[h].upper() || !s.word(h, "charter", "statute", "statutes", "constitution", "covenant", "pact") || s.at(h) != nil {
			continue
		}
		if s.word(h-1, "act") && s.word(h-2, "constitutive") {
			continue // "the Constitutive Act of …" is the lexicon's, when it knows it
		}
		name := s.tokText(d, h, m.j)
		s.ms = removeMention(s.ms, m)
		agr := d.contextEntity(s, h, m.j, graph.Agreement, name, "")
		if m.e.Name != s.tokText(d, m.i, m.j) {
			agr.addSurface(t[h].text + " of " + m.e.Name) // "Charter of CARICOM"
		}
	}
}

// jointDocument reads a joint statement or communiqué that sides signed or
// issued together, an instrument they are parties to: "China and the
// Soviet Union issued a joint communique", "the six delegations signed a
// joint statement". One named in capitals is read by its name; one only
// mentioned, or to come, is none.
func (d *doc) jointDocument(s *sentence, i int) bool {
	t := s.toks
	if !s.word(i, "statement", "communique", "declaration") || !s.word(i-1, "joint") || t[i-1].upper() || s.at(i) != nil || s.title {
		return false
	}
	v := i - 2
	for v >= 0 && s.word(v, "a", "the", "their", "its", "new") {
		v--
	}
	if !s.word(v, "signed", "issued", "adopted", "initialled") || d.future(s, v) {
		return false
	}
	written := t[i-1].text + " " + t[i].text
	agr := d.contextEntity(s, i-1, i+1, graph.Agreement, written, "")
	d.instrumentFacts(s, agr, i, v)
	return true
}

// pointCount reports whether the words [start, i) before an instrument's
// noun count its points ("eight-point", "12-point"), which name it when
// nothing else does.
func (s *sentence) pointCount(start, i int) bool {
	for k := start; k+1 < i; k++ {
		if (s.toks[k].digit() || cardinalWords[s.toks[k].norm]) && s.word(k+1, "point") && s.toks[k+1].hyphen {
			return true
		}
	}
	return false
}

// instrumentStart is the first token of an unnamed instrument whose noun
// is at i: its modifiers, "cease" and capitalised words before it ("the
// twelve-point understanding", "the Geneva ceasefire agreement").
func (s *sentence) instrumentStart(i int) int {
	t := s.toks
	start := i
	for start > 0 && s.at(start-1) == nil && !(stopCaps[t[start-1].norm] && !t[start].hyphen) && (t[start-1].norm == "cease" || t[start-1].upper() ||
		t[start-1].word && (instrumentModifiers[t[start-1].norm] || instrumentNouns[t[start-1].norm]) ||
		t[start-1].word && (t[start-1].hyphen || t[start].hyphen)) {
		start--
	}
	return start
}

// instrumentBetween reads an instrument named by its sides, with no verb
// that made it: "the ceasefire between Morocco and the Frente POLISARIO of
// 6 September 1991", "the Agreement between Italy and Turkey". The sides
// are its parties; what is only asked for ("calls for a ceasefire between
// the parties") is none.
func (d *doc) instrumentBetween(s *sentence, i int) bool {
	if !s.word(i+1, "between") || s.title || d.future(s, i) {
		return false
	}
	start := s.instrumentStart(i)
	if !s.word(start-1, "the") || s.calledFor(start-1) {
		return false
	}
	end := s.listEnd(i + 2)
	sides := d.actorList(s, i+2, end)
	if len(sides) < 2 || s.find(i+2, end, "and") < 0 {
		return false
	}
	name := s.tokText(d, start, end)
	var date graph.Date
	if ds := d.dateAfter(s, end+1, 0); s.word(end, "of") && ds != nil && end+1 < len(s.toks) && ds.start == s.toks[end+1].start && ds.from == ds.to {
		tm, _ := ds.from.Time()
		name += " of " + tm.Format("2 January 2006") // "… of 6 September 1991"
		date = ds.from
	}
	agr := d.contextEntity(s, start, end, graph.Agreement, name, "")
	if agr.Date == "" {
		agr.Date = date
	}
	var es []*dent
	for _, m := range sides {
		es = append(es, m.e)
	}
	for _, e := range sidesAsParties(agr, es) {
		d.relate(graph.PartyTo, e, agr, s, confPattern, "", "")
	}
	return true
}

// sidesNamed is the end of the sides that a capitalised instrument head at
// token i names after "between" ("the Agreement between Italy and
// Turkey"), when there are two or more joined by "and"; 0 when not.
func (s *sentence) sidesNamed(d *doc, i int) int {
	if s.title || !s.toks[i].upper() || !s.word(i+1, "between") {
		return 0
	}
	end := s.listEnd(i + 2)
	if len(d.actorList(s, i+2, end)) < 2 || s.find(i+2, end, "and") < 0 {
		return 0
	}
	return end
}

// sidesAsParties are the parties of an instrument between sides: a
// treaty's are the states whose governments it names ("the Treaty between
// the Government of Bangladesh and the Government of India"); an
// agreement's, the governments as named, which conclude it.
func sidesAsParties(agr *dent, sides []*dent) []*dent {
	if strings.HasPrefix(normPhrase(agr.Name), "treaty") {
		return statesOfGovernments(sides)
	}
	return sides
}

// statesOfGovernments gives an instrument's sides as its parties: when
// every side is a state or a state's government ("between the Government
// of Bangladesh and the Government of India"), the states bind themselves;
// when one is not ("between the Government of Nepal and the CPN
// (Maoist)"), each side as named.
func statesOfGovernments(sides []*dent) []*dent {
	if len(sides) < 2 {
		return sides
	}
	for _, e := range sides {
		if e.governs == nil && e.Type != graph.State {
			return sides
		}
	}
	out := make([]*dent, 0, len(sides))
	for _, e := range sides {
		if e.governs != nil {
			e = e.governs
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	if len(out) < 2 {
		return sides // "the Togolese …, the Government": one state's, named twice
	}
	return out
}

// theySigned reads an instrument the sentence's subjects say they signed:
// "The three Governments reaffirmed their commitment to the Tripartite
// Agreement they signed in New York", "Burkina Faso and Mali, by the
// Special Agreement they signed on 16 September 1983, …".
func (d *doc) theySigned(s *sentence) {
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Agreement || m.kind != mEntity {
			continue
		}
		k := m.j
		if s.word(k, "that", "which") {
			k++
		}
		if !s.word(k, "they") || !s.word(k+1, "signed", "concluded", "initialled", "reached") {
			continue
		}
		for _, p := range d.subjectsFrom(s, 0, m.i) {
			d.relate(graph.PartyTo, p, m.e, s, confPattern, "", "")
		}
	}
}

// personsSigned makes parties of the states or bodies whose officials,
// named as the subject, signed an instrument: "President Sankara and
// President Traoré signed a Protocol of Agreement" binds Burkina Faso and
// Mali. (A body whose office a signer holds is not always the party: the
// Prime Minister of the State Council signs for China.)
func (d *doc) personsSigned(s *sentence) {
	v := s.find(0, len(s.toks), "signed", "initialled")
	if v < 0 || s.word(v-1, "was", "were", "be", "been", "had", "have") || d.future(s, v) {
		return
	}
	agr := s.entityAt(s.skipThe(v+1), graph.Agreement)
	if agr == nil {
		if a := s.entityAt(v+2, graph.Agreement); a != nil && s.word(v+1, "a", "an") {
			agr = a
		}
	}
	if agr == nil {
		return
	}
	var people []*dent
	for _, m := range s.ms {
		if m.j > v || m.e == nil || m.e.Type != graph.Person || m.kind != mEntity || s.word(s.skipHonorificsBack(m.i)-1, "of", "with", "by", "to") {
			continue
		}
		people = append(people, m.e)
	}
	if len(people) < 2 {
		return
	}
	for _, p := range people {
		if party := d.officeState(p); party != nil {
			d.relate(graph.PartyTo, party, agr.e, s, confPattern, "", "")
		}
	}
}

// groupSigned makes parties of the states whose officials, named before as
// a group, signed an instrument: "the two Heads of State signed the Joint
// Declaration of Charaña" binds Bolivia and Chile.
func (d *doc) groupSigned(s *sentence) {
	v := s.find(0, len(s.toks), "signed", "initialled")
	if v < 0 || s.word(v-1, "was", "were", "be", "been") || d.future(s, v) {
		return
	}
	var group *mention
	for _, m := range s.ms {
		if m.kind == mGroup && m.j <= v && m.j >= v-3 {
			group = m
		}
	}
	agr := s.entityAt(s.skipThe(v+1), graph.Agreement)
	if group == nil || agr == nil {
		return
	}
	for _, p := range group.group {
		if p.Type != graph.Person {
			continue
		}
		if side := d.officeSide(p); side != nil {
			d.relate(graph.PartyTo, side, agr.e, s, confPattern, "", "")
		}
	}
}

// officeSide is the side a person speaks for by the office the text gives
// them: their state (officeState), or else the body they lead or serve
// ("Jalal Talabani, Secretary-General of the Patriotic Union of
// Kurdistan"); nil when none.
func (d *doc) officeSide(p *dent) *dent {
	if st := d.officeState(p); st != nil {
		return st
	}
	for _, r := range d.rels {
		if r.Type == graph.HoldsRole && r.From == p.ID && d.ents[r.To].Type == graph.Organization {
			return d.ents[r.To]
		}
	}
	return nil
}

// officeState is the state whose office the person holds, by the text's
// HOLDS_ROLE: the state itself, or the state a body of it governs or is
// part of; nil when none.
func (d *doc) officeState(p *dent) *dent {
	for _, r := range d.rels {
		if r.Type != graph.HoldsRole || r.From != p.ID {
			continue
		}
		b := d.ents[r.To]
		if b.Type == graph.State {
			return b
		}
		if b.governs != nil {
			return b.governs
		}
		if st := d.partOfState(b); st != nil {
			return st
		}
	}
	return nil
}

// listedInstruments gives the instruments of a list the parties the
// sentence gives its last, when the verb says it is of them all: "the
// Groote Schuur Minute, the Pretoria Minute and the D.F. Malan Accord of
// 12 February 1991, all agreed between the ANC and the Government".
func (d *doc) listedInstruments(s *sentence) {
	var run []*mention
	flush := func() {
		if len(run) < 2 {
			run = run[:0]
			return
		}
		last := run[len(run)-1]
		q := last.j
		for q < len(s.toks) && (s.dateAt(q) || s.word(q, "of") && s.dateAt(q+1)) {
			q++
		}
		signedFirst := s.find(max(0, run[0].i-8), run[0].i, "signed", "initialled", "ratified") >= 0 &&
			s.find(max(0, run[0].i-8), run[0].i, ",", ";") < 0 // "signed at the University of Zurich the Protocol on A and the Protocol on B"
		if !(s.word(q, ",") && s.word(q+1, "all", "both", "each") || s.word(q, "were") ||
			s.word(q, ",") && s.word(q+1, "which", "that") && s.word(q+2, "were") || signedFirst) {
			run = run[:0] // "the Revitalized Agreement … and the Riyadh Agreement, signed in Riyadh by A and B": the last only
			return
		}
		var parties []*dent
		for _, r := range d.rels {
			if r.Type == graph.PartyTo && r.To == last.e.ID && r.Evidence != nil && r.Evidence.Start == s.start {
				parties = append(parties, d.ents[r.From])
			}
		}
		for _, m := range run[:len(run)-1] {
			for _, p := range parties {
				d.relate(graph.PartyTo, p, m.e, s, confWeak, "", "")
			}
		}
		run = run[:0]
	}
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Agreement || m.kind != mEntity {
			continue
		}
		if len(run) > 0 {
			prev := run[len(run)-1]
			gap := true
			for k := prev.j; k < m.i; k++ {
				if !s.word(k, ",", "and", "the") && !s.dateAt(k) && !(s.word(k, "of") && s.dateAt(k+1)) {
					gap = false // "the Groote Schuur Minute of 4 May 1990, the Pretoria Minute …"
				}
			}
			if !gap || m.i == prev.j {
				flush()
			}
		}
		run = append(run, m)
	}
	flush()
}

// betweenEnd is the token after the sides named from token k on, after
// "between": up to the clause's end, its date or its place ("between the
// Government of Jordan and the resistance on 10 July 1970"); k when none.
func (s *sentence) betweenEnd(k int) int {
	end := k
	for q := k; q < min(len(s.toks), k+14); q++ {
		if s.word(q, ",", ";", ".", ":", "which", "that", "who", "under", "signed", "to", "was", "were", "is", "are", "has", "have") ||
			s.word(q, "on", "in", "at") && (s.dateAt(q+1) || s.at(q+1) != nil && s.at(q+1).e != nil && s.at(q+1).e.Type == graph.Place) {
			break
		}
		end = q + 1
	}
	if !s.word(s.find(k, end, "and"), "and") {
		return k // two sides, or none
	}
	return end
}

// datedNames gives an instrument the name the text writes with its date
// after it as another of its names: "the Bodo Accord of 20 February 1993",
// "the Franco-Siamese Treaty of 1907", so that either form finds it. The
// date stays out of the name itself, which other sentences write without.
func (d *doc) datedNames(s *sentence) {
	t := s.toks
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Agreement || m.kind != mEntity || !s.word(m.j, "of") || m.j+1 >= len(t) {
			continue
		}
		end := -1 // the token after the date
		if ds := d.dateAfter(s, m.j+1, 0); ds != nil && ds.start == t[m.j+1].start {
			for end = m.j + 1; end < len(t) && t[end].end <= ds.end; end++ {
			}
		} else if y := t[m.j+1]; y.digit() && len(y.text) == 4 && (y.text[0] == '1' || y.text[0] == '2') && !s.word(m.j+2, "-", "/") {
			end = m.j + 2
		}
		if end > m.j+1 {
			m.e.addSurface(s.tokText(d, s.skipThe(m.i), end))
		}
	}
}

// datedInstrument is an instrument a text names by its date alone, with
// no verb that makes it: "the agreement of 21 May 2008", which the
// militants broke.
func (d *doc) datedInstrument(s *sentence, i int) {
	t := s.toks
	if !s.word(i+1, "of") || i+2 >= len(t) || s.at(i-1) != nil && s.at(i-1).e != nil {
		return
	}
	ds := d.dateAfter(s, i+2, 0)
	if ds == nil || ds.start != t[i+2].start || ds.from != ds.to {
		return
	}
	tm, _ := ds.from.Time()
	name := t[i].norm + " of " + tm.Format("2 January 2006")
	agr := d.entity(graph.Agreement, name, nil)
	if agr.Date == "" {
		agr.Date = ds.from
	}
	s.addMention(&mention{i: i, j: i + 1, kind: mEntity, e: agr, text: t[i].text})
}

// accessions links the parties that acceded to, ratified, joined or signed
// an instrument the sentence names.
func (d *doc) accessions(s *sentence) {
	prevVerb := -1 // the verb before the last instrument, which "and to" goes on
	var prev *mention
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Agreement {
			continue
		}
		// ACTOR acceded to / ratified / signed AGREEMENT
		v := s.verbBefore(m)
		switch {
		case s.word(v, "to") && s.word(v-1, "and") && prevVerb >= 0:
			v = prevVerb // "Peru is a party to the American Convention, …, and to the Covenant"
		case s.word(v, "and") && prev != nil && prev.j == v && prevVerb >= 0 && accessionVerbs[s.toks[prevVerb].norm]:
			v = prevVerb // "Chile has ratified the American Convention and the Convention against Torture", "signed a Treaty on Trade and an Agreement on …"
		case s.word(v, "to"):
			v--
		}
		prevVerb, prev = v, m
		if e := s.endedBy(v); e >= 0 && !d.future(s, e) {
			// "the Transitional Government … was ending, with immediate
			// effect, the Agreement", "Iran withdrew from the Plan": only a
			// party ends or leaves an instrument
			for _, p := range d.subjects(s, e) {
				if p.Type == graph.State || p.Type == graph.Organization {
					d.relate(graph.PartyTo, p, m.e, s, confPattern, "", "")
				}
			}
		}
		if s.word(v, "by") && s.word(v-1, "bound") && s.word(v-2, "is", "are", "remain", "remains") {
			// "Kenya is bound by the African Charter": a party
			for _, p := range d.subjects(s, v-2) {
				if p.Type == graph.State || p.Type == graph.Organization {
					d.relate(graph.PartyTo, p, m.e, s, confPattern, "", "")
				}
			}
		}
		if s.word(v, "party") && s.word(v-1, "a") && s.word(v-2, "as") && s.word(v-3, ",") {
			// "the Kingdom, as a party to the Vienna Convention, owes …"
			if b := s.bodyBefore(v - 3); b != nil {
				d.relate(graph.PartyTo, b.e, m.e, s, confPattern, "", "")
			}
		}
		if s.word(v, "parties", "party", "signatories", "signatory") {
			// "A and B are parties to the Comprehensive Agreement": the
			// subject of the copula binds itself
			if c := s.find(max(0, v-3), v, "are", "is", "were", "was", "became", "become", "remain", "remained"); c >= 0 {
				v = c
				for _, p := range d.subjects(s, v) {
					if p.Type == graph.State || p.Type == graph.Organization {
						d.relate(graph.PartyTo, p, m.e, s, confPattern, "", "")
					}
				}
			}
		}
		if s.word(v, ":") {
			// "A and B signed the first agreements of the dialogue: the
			// Agreements on Indigenous Rights and Culture"
			if a := s.find(max(0, v-8), v, "signed", "concluded", "ratified"); a >= 0 {
				v = a
			}
		}
		if v >= 0 && accessionVerbs[s.toks[v].norm] && !d.future(s, v) && !s.asWitness(m.j) {
			signers := s.signersStates(v)
			bySigners := true // every party found is a signer's state
			for _, p := range d.subjects(s, v) {
				if p.Type == graph.State || p.Type == graph.Organization {
					d.relate(graph.PartyTo, p, m.e, s, confPattern, "", "")
					bySigners = bySigners && slices.Contains(signers, p)
				}
			}
			if bySigners {
				// "The Prime Minister of Pakistan, A, and the Prime Minister of
				// India, B, signed the Lahore Declaration": they sign for
				// their states, the first as much as the last
				for _, st := range signers {
					d.relate(graph.PartyTo, st, m.e, s, confPattern, "", "")
				}
			}
		}
		// "the signing, in its presence, of AGREEMENT by A, represented by
		// X, by B under the leadership of Y, and by C, D and E"
		if s.find(max(0, m.i-8), m.i, "signing", "signature") >= 0 && s.word(s.skipBackThe(m.i-1), "of") {
			for _, p := range s.byParties(m.j) {
				d.relate(graph.PartyTo, p, m.e, s, confPattern, "", "")
			}
		}
		// AGREEMENT, signed … and joined by ACTOR; AGREEMENT between X and
		// Y, inside its name too ("the Agreement between CCM and CUF on …")
		sided := false // its name gives its sides: they, not who signs for them, are its parties
		for k := m.i + 1; k < min(len(s.toks), m.j+14); k++ {
			if s.word(k, ";", ".") || k > m.j && s.entityAt(k, graph.Agreement) != nil ||
				k > m.j && instrumentNouns[s.toks[k].norm] && s.at(k) == nil {
				break // "the Treaty of Friendship, and the agreement between A and B": another's sides
			}
			if b := s.agentBy(k + 1); accessionVerbs[s.toks[k].norm] && b >= 0 {
				for _, p := range d.signatories(s, b+1) {
					d.relate(graph.PartyTo, p.e, m.e, s, confPattern, "", "")
				}
			}
			if s.word(k, "between") && !d.future(s, k) {
				var sides []*dent
				end := s.betweenEnd(k + 1)
				if end == k+1 {
					end = min(len(s.toks), k+24)
				}
				for _, p := range d.actorList(s, k+1, end) {
					sides = append(sides, p.e)
				}
				for _, p := range sidesAsParties(m.e, sides) {
					d.relate(graph.PartyTo, p, m.e, s, confPattern, "", "")
				}
				sided = (k < m.j || k == m.j && s.sidesNamed(d, k-1) > 0) && len(sides) > 1
				break
			}
		}
		if sided {
			continue
		}
		for _, p := range d.namedParties(s, m) {
			d.relate(graph.PartyTo, p.e, m.e, s, confPattern, "", "")
		}
		for _, p := range s.relativeParties(m) {
			d.relate(graph.PartyTo, p, m.e, s, confPattern, "", "")
		}
		for _, p := range s.signedForParties(m) {
			d.relate(graph.PartyTo, p, m.e, s, confPattern, "", "")
		}
	}
}

// agentBy is the "by" that names who did what the passive verb before k
// says, past where and when it was done ("was signed at the same venue on
// 27 April 2018 by …"), or -1. A signing "for" a side by its envoy is
// signedForParties' to read.
func (s *sentence) agentBy(k int) int {
	if s.word(k, "by") {
		return k
	}
	if !s.word(k, "in", "at", "on") {
		return -1
	}
	for q := k + 1; q < min(len(s.toks), k+12); q++ {
		if s.word(q, "by") {
			return q
		}
		if s.word(q, ",", ";", ".", "and", "which", "that", "between", "with", "for") {
			return -1
		}
	}
	return -1
}

// asWitness reports whether "as witnesses" (or observers) follows the
// instrument that ends at k: "Qatar and the Mediator signed the Document
// as witnesses" are not its parties; guarantors who sign bind themselves.
func (s *sentence) asWitness(k int) bool {
	return s.word(k, "as") && s.word(s.skipArticle(k+1), "witness", "witnesses", "observer", "observers")
}

// relativeParties are the states and bodies that a relative clause after
// the instrument m binds to it: "the African Charter on Human and
// Peoples' Rights, which Algeria ratified", "the Covenant, to which Kenya
// acceded on 1 May 1972", "the American Convention (Pact of San José),
// which the Republic of Haiti has ratified".
func (s *sentence) relativeParties(m *mention) []*dent {
	k := m.j
	if s.word(k, "(") {
		if c := s.find(k+1, k+10, ")"); c >= 0 {
			k = c + 1
		}
	}
	if s.word(k, "in", "of") {
		// "the Memorandum on the creation of de-escalation areas in the
		// Syrian Arab Republic, which …": past the place its name ends with
		if p := s.at(s.skipThe(k + 1)); p != nil && p.i == s.skipThe(k+1) && p.e != nil && (p.e.Type == graph.State || p.e.Type == graph.Place) {
			k = p.j
		}
	}
	if !s.word(k, ",") {
		return nil
	}
	if s.word(k+1, "adopted", "signed", "concluded", "done", "made") {
		// "the African Charter on Democracy, adopted in Addis Ababa on 30
		// January 2007, which Senegal ratified": past where it was made
		c := s.find(k+2, min(len(s.toks), k+16), ",")
		if c < 0 {
			return nil
		}
		k = c
	}
	k++
	commits := false // "by which A and B agree to unite": they bind themselves
	switch {
	case s.word(k, "to"):
		k++
	case s.word(k, "by", "under", "in") && s.word(k+1, "which"):
		k, commits = k+1, true
	case s.word(k, "whereby"):
		commits = true
	}
	if !s.word(k, "which", "whereby") {
		return nil
	}
	if s.word(k+1, "they") {
		// "The guarantors welcomed … the Memorandum …, which they signed in
		// Astana": the group the sentence opens with
		q := k + 2
		for s.word(q, "have", "had", "also", "both", "jointly") {
			q++
		}
		if q < len(s.toks) && accessionVerbs[s.toks[q].norm] && !s.word(q, "agreed") {
			return s.openingGroup()
		}
		return nil
	}
	var out []*dent
	for k++; k < len(s.toks); {
		p := s.bodyAt(s.skipArticle(k))
		if p == nil {
			break
		}
		out, k = append(out, p.e), p.j
		if s.word(k, ",") {
			k++
		}
		if s.word(k, "and") {
			k++
		}
	}
	for s.word(k, "has", "have", "had", "also", "both", "duly", "later") {
		k++
	}
	if len(out) > 0 && s.word(k, "is", "are", "was", "were", "became", "remains") && (s.word(k+1, "a") && s.word(k+2, "party", "signatory") || s.word(k+1, "parties", "signatories")) {
		return out // "the Geneva Conventions, to which Yemen is a party"
	}
	if commits && s.word(k, "agree", "agreed", "undertake", "undertook", "commit", "committed", "pledge", "pledged", "recognise", "recognize", "recognised", "recognized") {
		return out
	}
	if len(out) == 0 || k >= len(s.toks) || !accessionVerbs[s.toks[k].norm] || s.word(k, "agreed") {
		return nil // "the Charter, which Algeria invoked", "which the parties agreed"
	}
	return out
}

// openingGroup is the actors a plural subject opening the sentence stands
// for: "The guarantors …", "The two delegations …", the parties a group
// mention resolved to; nil when the sentence opens otherwise.
func (s *sentence) openingGroup() []*dent {
	for _, m := range s.ms {
		if m.kind == mGroup {
			if s.word(s.skipBackThe(m.i-1), "of", "to", "with", "by", "for", "between", "and") {
				return nil
			}
			return m.group
		}
		if m.kind != mEntity || m.e == nil || m.e.Type != graph.Place {
			return nil // "During five weeks of work in Havana, the two delegations …": past places only
		}
	}
	return nil
}

// listSignatories makes parties of the bodies named in an item of a list
// of signatories: "The Platform was signed by:" over "2. Abdelhamid
// Mehri, Secretary General of the National Liberation Front (FLN);", "3.
// Rabah Kebir and Anouar Haddam, for the Islamic Salvation Front".
func (d *doc) listSignatories(s *sentence) {
	intro := d.listIntro(s)
	if intro == nil || s.find(0, len(s.toks), "witness", "witnesses", "observer", "observers", "guarantor") >= 0 {
		return
	}
	n := len(intro.toks)
	following := intro.find(0, n, "following") // "signed … by the leaders of the following eight organizations:"
	if !(intro.word(n-2, "by") && intro.find(max(0, n-5), n, "signed") >= 0 || intro.find(0, n, "signatories") >= 0 ||
		following > 0 && intro.find(max(0, following-8), following, "by") >= 0 && intro.find(0, following, "signed") >= 0) {
		return
	}
	var agr *dent
	for _, m := range intro.ms {
		if m.e != nil && m.e.Type == graph.Agreement {
			agr = m.e
			break
		}
	}
	if agr == nil {
		return
	}
	for _, m := range s.ms {
		if m.e != nil && m.kind == mEntity && (m.e.Type == graph.Organization || m.e.Type == graph.State) && !s.word(m.j, "'s") {
			d.relate(graph.PartyTo, m.e, agr, s, confPattern, "", "")
		}
	}
}

// signedForParties are the bodies an instrument "was signed for", each by
// its signer: "The Accord was signed for the O.R.A. by its President, X,
// and for the Government of Niger by Mr Y" (also "on behalf of").
func (s *sentence) signedForParties(m *mention) []*dent {
	v := s.find(m.j, min(len(s.toks), m.j+4), "signed", "countersigned", "initialled")
	if v < 0 {
		return nil
	}
	return s.forParties(v)
}

// onNotDate reports whether an "on" in tokens [i, j) is not "on" a date.
func (s *sentence) onNotDate(i, j int) bool {
	for k := i; k < j; k++ {
		if s.word(k, "on") && !s.dateAt(k+1) {
			return true
		}
	}
	return false
}

// forParties are the bodies the verb at v was done for by someone: "signed
// for the Government of Uganda by A, and for the NRM and the NRA by B".
func (s *sentence) forParties(v int) []*dent {
	var out []*dent
	for k := v + 1; k < len(s.toks); k++ {
		// right after the verb, or after where and when it was signed
		// ("signed in Lusaka on 3 March for the Front by …"), or as the
		// next item
		first := k == v+1 || k-v <= 8 && s.find(v+1, k, ",", "and", "by", "which", "who", "that", "for") < 0 && !s.onNotDate(v+1, k) ||
			s.word(k-1, "and", ",")
		at := -1
		switch {
		case s.word(k, "for") && first:
			at = k + 1
		case s.word(k, "on") && s.word(k+1, "behalf") && s.word(k+2, "of") && first:
			at = k + 3
		}
		if at < 0 {
			continue
		}
		end := s.listEnd(at)
		if !s.word(end, "by") {
			continue
		}
		for q := at; q < end; q++ {
			if b := s.bodyAt(q); b != nil && b.kind == mEntity && !slices.Contains(out, b.e) {
				out = append(out, b.e)
			}
		}
	}
	return out
}

// namedParties are the parties the sentence lists for the instrument m:
// "the signatories of the Juba Peace Agreement, namely A and B", "the
// Luanda Roadmap, to which A and B are parties".
func (d *doc) namedParties(s *sentence, m *mention) []*mention {
	t := s.toks
	// "signatories of / parties to AGREEMENT, namely LIST"
	if of := s.skipBackThe(m.i - 1); s.word(of, "of", "to") && s.word(of-1, "signatories", "parties") &&
		s.word(m.j, ",") && s.word(m.j+1, "namely", "including", "i.e.") {
		return d.actorList(s, m.j+2, min(len(t), m.j+16))
	}
	// "AGREEMENT, to which LIST are parties", "…, which LIST signed"
	k := m.j
	if s.word(k, "of") {
		k = s.afterDate(k + 1) // "the Geneva Conventions of 12 August 1949 to which …"
	}
	if s.word(k, ",") {
		k++
	}
	if s.word(k, "to") && s.word(k+1, "which") {
		end := s.find(k+2, min(len(t), k+16), "are", "is", "were", "was", "became")
		n := end + 1
		if s.word(n, "both", "all", "also", "now", "a") {
			n++ // "to which Belgium and Zaire are both parties"
		}
		if end > 0 && s.word(n, "parties", "party", "signatories", "signatory") {
			return d.actorList(s, k+2, end)
		}
	}
	if s.word(k, "which") && !d.future(s, k) {
		// "the Covenant, which the Union of Soviet Socialist Republics has
		// ratified"
		v := s.find(k+1, min(len(t), k+14), "ratified", "signed", "acceded", "endorsed")
		if aux := v - 1; v > 0 && s.word(aux, "has", "have", "had") && s.find(k+1, aux, ",", "to", "by", "which") < 0 {
			return d.actorList(s, k+1, aux)
		}
	}
	return nil
}

// afterDate is the token after the date that starts at token k, or k when
// none does.
func (s *sentence) afterDate(k int) int {
	if k >= len(s.toks) {
		return k
	}
	for _, ds := range s.dates {
		if ds.start == s.toks[k].start {
			for k < len(s.toks) && s.toks[k].start < ds.end {
				k++
			}
			return k
		}
	}
	return k
}

// instrumentVerb finds the verb that says an instrument at token i was
// made: after it in the same clause ("which was reached", "that Turkey and
// Russia signed"), or just before it ("agreed in Geneva on a framework").
func instrumentVerb(s *sentence, i int) int {
	t := s.toks
	for k := i + 1; k < min(len(t), i+40); k++ {
		if instrumentVerbs[t[k].norm] {
			return k
		}
		if t[k].norm == ";" || t[k].norm == "." || t[k].norm == ":" || s.entityAt(k, graph.Agreement) != nil {
			break
		}
		if m := s.at(k); instrumentNouns[t[k].norm] && (m == nil || m.e == nil || m.e.Type == graph.Agreement) {
			break // another instrument's clause; but not the "Accord" of a body's name
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
	for k := i - 1; k >= max(0, i-16); k-- {
		// "signed yesterday, Thursday 4 June 2009, in Nouakchott, the
		// Framework Agreement of Dakar": words of time and place between,
		// and a name after them
		if instrumentVerbs[t[k].norm] && s.skipThe(s.afterAdverbials(k+1)) == i && t[i].upper() { // not "the agreement signed today, the ceasefire will …"
			return k
		}
		if t[k].norm == ";" || instrumentVerbs[t[k].norm] {
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
		// on the same date, where the text says nothing else or names the
		// place: not the Kenya National Accord for an agreement signed in
		// Kathmandu that day
		sameDate := date != "" && ed == date && (place == nil && (e.Attrs["place"] == "" || d.placeNamed(normPhrase(e.Attrs["place"]))) ||
			place != nil && e.Attrs["place"] == "" && d.entryNamesDocPlace(e)) // "the declaration … signed in Jeddah on 11 May 2023"
		if samePlace && (date == "" || ed == "" || ed == date) || sameDate {
			return d.entity(graph.Agreement, "", e)
		}
	}
	return nil
}

// entryNamesDocPlace reports whether one of the entry's names holds, as
// words, the name of a place or a state the document names: "Jeddah
// Declaration of Commitment to Protect the Civilians of Sudan" in a text
// on Sudan, not "Kenya National Accord" in one on Nepal.
func (d *doc) entryNamesDocPlace(e *Entry) bool {
	for _, id := range d.order {
		p := d.ents[id]
		if p.Type != graph.Place && p.Type != graph.State {
			continue
		}
		key := " " + normPhrase(p.Name) + " "
		for _, n := range e.names() {
			if strings.Contains(" "+normPhrase(n)+" ", key) {
				return true
			}
		}
	}
	return false
}

// instrumentFacts reads what the clause of verb v says of the instrument at
// token noun: where it was made, when, and by whom.
func (d *doc) instrumentFacts(s *sentence, agr *dent, noun, v int) {
	t := s.toks
	after := v + 1
	if s.word(after, "between", "by") {
		after = s.listEnd(after + 1)
	}
	place := d.placeAfter(s, after, 6)
	if place == nil && !s.word(v+1, "between", "by") {
		place = d.placeAfter(s, s.skipWhen(v+1), 4) // "signed yesterday, Saturday 15 April 1995, in Ouagadougou"
	}
	if place == nil && !s.word(v+1, "between", "by") {
		// "signed this afternoon at the official residence of the Prime
		// Minister in Baluwatar between A and B": farther, in the clause
		w := s.skipWhen(v + 1) // "signed yesterday, Sunday 26th March 1972, at the Foreign and Commonwealth Office in London"
		end := s.find(w, min(len(t), w+14), ",", ";", "by", "between", "which", "who", "after", "following")
		if end < 0 {
			end = min(len(t), w+14)
		}
		for _, m := range s.ms {
			if m.i > v && m.i < end && m.e != nil && m.e.Type == graph.Agreement && m.e != agr {
				end = m.i // "a party to the Final Act and signed the Charter of Paris in Paris": the other's place
			}
		}
		place = d.placeAfter(s, w, end-w)
	}
	if place != nil {
		d.relate(graph.OccurredIn, agr, place, s, confExplicit, "", "")
	}
	if ds := d.dateAfter(s, v+1, 10); ds != nil && ds.from == ds.to && agr.Date == "" {
		agr.Date = ds.from
	}

	// parties: "by Turkey and Russia", "that Turkey and Russia signed",
	// "signed by Turkish President X and Russian President Y", "the United
	// States and Russia agreed … on a framework"; a resolution's adopters
	// are its authors, not its parties
	if s.word(v, "adopted") && strings.Contains(normPhrase(agr.Name), "resolution") {
		return
	}
	if s.asWitness(noun+1) || s.asWitness(v+1) {
		return // "Qatar signed the Document as witnesses"
	}
	var parties []*mention
	if end := s.sidesNamed(d, noun); end > 0 {
		// "The Agreement between A and B was signed for A by its Minister":
		// the sides its name gives are its parties, not the signers' bodies
		var sides []*dent
		for _, m := range d.actorList(s, noun+2, end) {
			sides = append(sides, m.e)
		}
		for _, e := range sidesAsParties(agr, sides) {
			d.relate(graph.PartyTo, e, agr, s, confPattern, "", "")
		}
		return
	}
	if signedFor := s.forParties(v); len(signedFor) > 0 {
		// "It was signed for the CPM by its Secretary-General, …, member of
		// its Central Committee": the bodies signed for, not the signers'
		for _, e := range signedFor {
			d.relate(graph.PartyTo, e, agr, s, confPattern, "", "")
		}
		if b := s.find(v+1, min(len(t), v+12), "by"); b >= 0 {
			for _, p := range d.signatories(s, b+1) {
				if s.word(p.i-1, "its") || p.e.Type == graph.State && slices.ContainsFunc(signedFor, func(f *dent) bool { return f.governs == p.e }) {
					continue
				}
				d.relate(graph.PartyTo, p.e, agr, s, confPattern, "", "")
			}
		}
		return
	}
	if b := s.find(v+1, min(len(t), v+12), "by"); len(parties) == 0 && b >= 0 && s.find(v+1, b, "after", "following", "before", ";") < 0 {
		parties = d.signatories(s, b+1) // not "signed …, after talks hosted by X"
	}
	if len(parties) == 0 && s.word(v+1, "on") && s.word(v+2, "behalf") && s.word(v+3, "of") {
		parties = d.signatories(s, v+4) // "It was signed on behalf of the RPT, the UFC and the CAR"
	}
	if len(parties) == 0 && s.word(v+1, "between") {
		parties = d.actorList(s, v+2, s.listEnd(v+2))
	}
	if b := s.find(v+2, min(len(t), v+16), "between"); len(parties) == 0 && b >= 0 && s.find(v+1, b, ",", ";", "by", "with", "which", "who") < 0 {
		parties = d.actorList(s, b+1, s.listEnd(b+1)) // "signed this afternoon at the residence in Baluwatar between A and B"
	}
	if w := s.find(v+1, min(len(t), v+8), "with"); len(parties) == 0 && w >= 0 && v > noun && s.find(v+1, w, ",", ";") < 0 {
		// "the Accord, signed on 14 May 2019 with the UFR": the one the
		// sentence is about signed it with them
		if with := d.actorList(s, w+1, s.listEnd(w+1)); len(with) > 0 {
			parties = append(with, d.actorList(s, 0, noun)...)
		}
	}
	if len(parties) == 0 && v > noun {
		from := noun + 1
		if m := s.at(noun); m != nil && m.e == agr && m.j > from && m.j <= v {
			from = m.j // "the Treaty establishing the OECS, signed in Basseterre": its name's body did not sign it
			if s.word(from, "on", "relating", "concerning", "regarding", "for") {
				from = v // "… on the Question of Macau, signed": the name's topic read on
			}
		}
		if r := s.find(from, v, "which", "that"); r >= 0 {
			from = r + 1 // "the Declaration, which the two warring parties signed"
		}
		parties = d.actorList(s, from, v)
	}
	if len(parties) == 0 && v < noun {
		from := v - 1
		for from > 0 && v-from < 16 && !s.word(from-1, ",", ";", "that", "which") {
			from--
		}
		parties = d.actorList(s, max(0, from), v)
	}
	for _, p := range parties {
		d.relate(graph.PartyTo, p.e, agr, s, confPattern, "", "")
	}
}

// signatories are the parties of "signed by …" from token i: bodies and
// states, or those whose titles the signing persons hold ("by Field
// Marshal X, Chief of the General Staff of the ENDF, and by General Y,
// commander of the Tigray forces"), up to the end of the clause.
func (d *doc) signatories(s *sentence, i int) []*mention {
	end := len(s.toks)
	for k := i; k < len(s.toks); k++ {
		if s.word(k, "on") && s.word(k+1, "behalf") || s.word(k-1, "on") && s.word(k, "behalf") ||
			s.word(k, ",") && s.word(k+1, "on") && s.word(k+2, "behalf") {
			continue // "X, on behalf of the Government of Nepal, and by Y"
		}
		if s.word(k, "with") && s.word(k-1, "together", "along") && s.bodyAt(s.skipThe(k+1)) != nil {
			continue // "by Argentina, Brazil, Paraguay and Uruguay together with Bolivia and Chile"
		}
		if s.word(k, ";", "which", "who", "with", "under", "in", "at", "on", "after", "witnessed", "facilitated") ||
			s.word(k, ",") && s.word(k+1, "in", "at", "on", "with", "after", "which") {
			end = k
			break
		}
	}
	// a signer "on behalf of" a body signs for it, not for the state or
	// body of their title
	var behalf []int
	for k := i; k+2 < end; k++ {
		if s.word(k, "on") && s.word(k+1, "behalf") && s.word(k+2, "of") {
			behalf = append(behalf, k)
		}
	}
	var out []*mention
	for _, m := range s.ms {
		if m.i < i || m.i >= end || m.e == nil && m.kind != mGroup {
			continue
		}
		if len(behalf) > 0 && m.kind != mGroup && m.e.isBody() && !s.afterBehalf(m, behalf) && s.inBehalfItem(m, behalf, i) {
			continue
		}
		if m.kind == mGroup {
			for _, e := range m.group {
				out = append(out, &mention{i: m.i, j: m.j, kind: mEntity, e: e, text: m.text})
			}
			continue
		}
		if st := s.entityAt(s.skipThe(m.j+1), graph.State); m.e.Type == graph.Organization && s.word(m.j, "of") && st != nil && st.i < end {
			continue // "Chairman X of the State Affairs Commission of the DPRK" signs for the state
		}
		if m.e.isBody() && (m.kind == mEntity || s.roleAt(m.j) != nil) {
			out = append(out, m) // a body, or a state by its adjective before a title
		}
	}
	return out
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
		if m != nil && m.i < i && m.e != nil && m.e.Type == graph.Agreement {
			// inside an instrument's name: "the Agreement between A and B on …"
			if m = s.innerAt(k); m != nil && m.e != nil && m.e.Type == graph.Agreement {
				continue
			}
		}
		if m != nil && m.kind == mGroup {
			for _, e := range m.group {
				out = append(out, &mention{i: m.i, j: m.j, kind: mEntity, e: e, text: m.text})
			}
			k = m.j - 1
			continue
		}
		if m == nil || m.e == nil {
			continue
		}
		if (m.e.Type == graph.State || m.e.Type == graph.Organization) && !(m.kind == mAdjective && s.nonStateAfter(m.j)) {
			// "Turkish President Erdoğan" signs for Turkey; "the Albanian
			// political parties" are not Albania
			out = append(out, m)
		}
		k = m.j - 1
	}
	return out
}

// nonStateAfter reports whether a state's adjective ending at token j
// qualifies actors that are not the state: "Albanian political parties".
func (s *sentence) nonStateAfter(j int) bool {
	t := s.toks
	return j < len(t) && (nonStatePlurals[t[j].norm] || j+1 < len(t) && !t[j].upper() && nonStatePlurals[t[j+1].norm])
}

// adoptions make the speaking body a party to an instrument an operative
// paragraph adopts: "4. Adopts the African Union Roadmap …".
func (d *doc) adoptions(s *sentence) {
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Agreement {
			continue
		}
		v := s.verbBefore(m)
		if v >= 0 && adoptVerbs[s.toks[v].norm] && s.operativeOpening(v) {
			if b := d.speakingBody(); b != nil {
				d.relate(graph.PartyTo, b, m.e, s, confPattern, "", "")
			}
		}
	}
}

// verbBefore is the token before the mention m and its "the": where the
// verb of "signed the Agreement" stands.
func (s *sentence) verbBefore(m *mention) int {
	v := m.i - 1
	if s.word(v, "the", "a", "an") {
		v--
	}
	// "signed at Itamaraty today a Treaty": the verb past where and when
	w := v
	for step := 0; step < 3 && w > 0; step++ {
		if s.word(w, "today", "yesterday") || isWeekday(s.tokNorm(w)) || s.dateAt(w) {
			for w > 0 && (s.dateAt(w) || s.word(w, "on", "today", "yesterday") || isWeekday(s.tokNorm(w))) {
				w--
			}
			continue
		}
		if p := s.at(w); p != nil && p.j == w+1 && p.e != nil && (p.e.Type == graph.Place || p.e.Type == graph.State) &&
			s.word(s.skipBackThe(p.i-1), "at", "in") {
			w = s.skipBackThe(p.i-1) - 1
			continue
		}
		break
	}
	if w != v && w >= 0 && accessionVerbs[s.toks[w].norm] {
		return w
	}
	return v
}

// endedBy is the verb before an instrument, ending at token v, by which a
// party ends it or leaves it ("terminated", "withdrew from", "ending, with
// immediate effect,"); -1 when there is none.
func (s *sentence) endedBy(v int) int {
	if s.word(v, ",") {
		// "ending, with immediate effect, the Agreement"
		if c := s.find(max(0, v-6), v, ","); c > 0 {
			v = c - 1
		}
	}
	if s.word(v, "from", "of") {
		v-- // "withdrew from", "pulled out of"
		if s.word(v, "out") {
			v--
		}
		if s.word(v, "withdrew", "withdrawn", "withdrawing", "withdraw", "withdraws", "pulled", "pulling") {
			return v
		}
		return -1
	}
	if s.word(v, "ended", "ending", "ends", "terminated", "terminating", "terminates", "renounced", "renouncing", "renounces",
		"abrogated", "abrogating") {
		return v
	}
	return -1
}

// byParties are the bodies and states after each "by" from token i to the
// end of the clause, with the list each opens ("by C, D and E"); a "by"
// after "represented", "led" or the like names an envoy, not a party.
func (s *sentence) byParties(i int) []*dent {
	var out []*dent
	for k := i; k < len(s.toks) && !s.word(k, ";"); k++ {
		if !s.word(k, "by") || s.word(k-1, "represented", "led", "headed", "chaired", "facilitated", "witnessed", "hosted", "mediated") {
			continue
		}
		q := s.skipThe(k + 1)
		for {
			m := s.bodyAt(q)
			if m == nil || m.kind != mEntity {
				break
			}
			out = append(out, m.e)
			q = m.j
			if s.word(q, "(") && s.word(q+2, ")") {
				q += 3
			}
			if !s.word(q, ",", "and") || s.word(q+1, "by", "represented", "under", "which", "who") {
				break
			}
			q = s.skipThe(q + 1)
			if s.word(q, "and") {
				q = s.skipThe(q + 1)
			}
		}
	}
	return out
}

// skipArticle steps over an article or possessive at token i: "signed a
// Joint Communiqué", "signed their Joint Declaration".
func (s *sentence) skipArticle(i int) int {
	if s.word(i, "a", "an", "the", "their", "its") && s.at(i) == nil {
		return i + 1
	}
	return i
}

// hasInstrumentNoun reports whether the mention m holds a noun that the
// agreements loop reads ("Agreement", "Protocol").
func (s *sentence) hasInstrumentNoun(m *mention) bool {
	for k := m.i; k < m.j; k++ {
		if instrumentNouns[s.toks[k].norm] {
			return true
		}
	}
	return false
}

// afterBehalf reports whether the mention m is the body of an "on behalf
// of" that stands at one of the token indexes in bs.
func (s *sentence) afterBehalf(m *mention, bs []int) bool {
	for _, b := range bs {
		if s.skipThe(b+3) == m.i {
			return true
		}
	}
	return false
}

// inBehalfItem reports whether m lies in a signer's item (from a "by" or
// the list's start, to the next "by") that has an "on behalf of".
func (s *sentence) inBehalfItem(m *mention, bs []int, start int) bool {
	from := start
	for k := m.i - 1; k >= start; k-- {
		if s.word(k, "by") {
			from = k
			break
		}
	}
	to := len(s.toks)
	if k := s.find(m.j, len(s.toks), "by"); k >= 0 {
		to = k
	}
	for _, b := range bs {
		if b >= from && b < to {
			return true
		}
	}
	return false
}

// listEnd is the token after a list of actors that starts at k: bodies,
// states and persons joined by commas and "and", with their articles.
func (s *sentence) listEnd(k int) int {
	end := k
	for _, m := range s.ms {
		if m.i < k || m.e == nil && m.kind != mGroup {
			continue
		}
		if m.i != s.skipThe(end) && !s.joinedInList(end, m.i) {
			break
		}
		end = m.j
	}
	return end
}

// sessionResolutions finds resolutions numbered by session, as the General
// Assembly and the Human Rights Council number theirs: "resolution 52/26",
// "Human Rights Council resolution 46/1", "resolution ES-11/1". The body
// written before it names it; alone it is "resolution 52/26".
func (d *doc) sessionResolutions(s *sentence) {
	t := s.toks
	for i := 0; i+3 < len(t); i++ {
		if t[i].norm != "resolution" && t[i].norm != "resolutions" {
			continue
		}
		k := i + 1
		prefix := ""
		if t[k].word && t[k].upper() && !t[k].digit() && k+1 < len(t) && t[k+1].hyphen && t[k+1].digit() {
			prefix = t[k].text + "-" // "ES-11/1"
			k++
		}
		if !t[k].digit() || !s.word(k+1, "/") || k+2 >= len(t) || !t[k+2].digit() || s.covered(i, k+3) {
			continue
		}
		num := prefix + t[k].text + "/" + t[k+2].text
		start := i
		name := "resolution " + num
		if m := s.entityBefore(i, graph.Organization); m != nil {
			name = m.e.Name + " resolution " + num
			start = m.i
			s.ms = removeMention(s.ms, m)
		}
		e := d.entity(graph.Agreement, name, nil)
		e.addSurface("resolution " + num)
		e.addSurface(s.tokText(d, start, k+3))
		s.addMention(&mention{i: start, j: k + 3, kind: mEntity, e: e, text: s.tokText(d, start, k+3)})
		i = k + 2
	}
}

// priorInstrument is the instrument "the Agreement", "the Memorandum" at
// token i refers back to: capitalised after "the", it is the last one
// named before whose name holds that noun; nil when there is none.
func (d *doc) priorInstrument(s *sentence, i int) *dent {
	if !s.toks[i].upper() || !s.word(i-1, "the") || i > 1 && s.toks[i-2].upper() && !s.word(i-2, "the") && i-2 > 0 {
		return nil
	}
	if s.sidesNamed(d, i) > 0 {
		return nil // "The Agreement between A and B": named anew by its sides
	}
	noun := s.toks[i].norm
	var last *dent
	for _, o := range d.sents {
		if o.start >= s.start {
			break
		}
		for _, m := range o.ms {
			if m.e != nil && m.e.Type == graph.Agreement && m.kind == mEntity && slices.Contains(strings.Fields(normPhrase(m.e.Name)), noun) {
				last = m.e
			}
		}
	}
	return last
}

// knownAsInstrument is the named instrument a description ending at token
// end is "known as": "the Agreement between … Bakassi Peninsula, known as
// the Greentree Agreement"; nil when there is none.
func (d *doc) knownAsInstrument(s *sentence, end int) *dent {
	if !s.word(end, ",") || !s.word(end+1, "known") || !s.word(end+2, "as") {
		return nil
	}
	if m := s.at(s.skipThe(end + 3)); m != nil && m.e != nil && m.e.Type == graph.Agreement {
		return m.e
	}
	return nil
}

// lowerComplementEnd is the end of an instrument's name written in lower
// case after its capitalised head at token i ("the Agreement on the
// cessation of hostilities …"): up to a comma, a full stop or a clause's
// first word, at least three words long; 0 when there is none.
func (s *sentence) lowerComplementEnd(i int) int {
	if !s.toks[i].upper() || !s.word(i-1, "the", "an", "a") || s.covered(i, i+1) {
		return 0
	}
	k := i + 1
	if s.word(k, "between") {
		// "the Agreement between CCM and CUF on the Return of Peace …":
		// the parties come between the head and its subject
		if end := s.listEnd(k + 1); end > k+1 && s.word(end, "on", "for", "concerning", "regarding") {
			k = end
		}
	}
	if !s.word(k, "on", "for", "concerning", "regarding", "establishing", "relating", "creating", "ending") || s.word(k+1, "behalf") {
		return 0 // "an Accord establishing a definitive peace"; "signed the Declaration on behalf of his country"
	}
	limit := i + 40 // a name runs no longer; past it, no name
	for ; k < min(len(s.toks), limit); k++ {
		if s.word(k, ",", ".", ";", ":", "(", "which", "that", "signed", "was", "were", "is", "are", "by", "between", "at") || s.covered(k, k+1) && s.at(k).e != nil && s.at(k).e.Type == graph.Agreement {
			break // "at the Polana Hotel" is where it was signed
		}
		if s.word(k, "on", "in") && k+1 < len(s.toks) && (s.toks[k+1].digit() || monthOf(s.toks[k+1].norm) != 0) {
			break // "on 4 October 1992" is when
		}
	}
	if k-i < 4 || k == limit {
		return 0
	}
	return k
}

// signersStates are the states whose officials, named by title before the
// verb at v, sign: the states a title before them is "of" ("the Minister
// of Foreign Affairs of the Republic of Chile, Mr X").
func (s *sentence) signersStates(v int) []*dent {
	var out []*dent
	for _, m := range s.ms {
		if m.j > v {
			break
		}
		if m.e == nil || m.e.Type != graph.State || m.kind != mEntity {
			continue
		}
		of := s.skipBackThe(m.i - 1)
		if s.word(of, "of") && s.roleAt(of-1) != nil && !slices.Contains(out, m.e) {
			out = append(out, m.e)
		}
	}
	return out
}

// skipWhen is the first token from k past the words that say when
// something happened: "yesterday, Saturday 15 April 1995, in …", "on 3
// March, at …".
func (s *sentence) skipWhen(k int) int {
	for k < len(s.toks) {
		switch {
		case s.word(k, "yesterday", "today", ",") || s.dateAt(k) || isWeekday(s.tokNorm(k)):
			k++
		case s.word(k, "on") && s.dateAt(k+1):
			k++
		case k+1 < len(s.toks) && s.toks[k].digit() && len(s.toks[k].text) <= 2 && monthOf(s.toks[k+1].norm) != 0:
			k += 2 // "yesterday, 3 August,": a day the date reader left to the year
		default:
			return k
		}
	}
	return k
}
