package loader

// HOLDS_ROLE: office holders and their titles.

import (
	"slices"
	"strings"
	"sync"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/gazetteer"
)

// roles finds office holders: a title before a name ("President of the
// Syrian Coalition Abdurrahman Mustafa", "Turkish Foreign Minister X",
// "The Coalition's President, X,") or after it ("X, head of the Syrian
// Negotiations Commission"), and elections ("X won the vote for
// President").
func (d *doc) roles(s *sentence) {
	d.headVerbs(s)
	d.memberLists(s)
	d.compositionRoles(s)
	d.theirTitles(s)
	d.pluralTitles(s)
	var lastState *dent
	for _, r := range append([]*mention(nil), s.ms...) {
		if r.kind != mRole || s.word(r.j, "'s") && (s.roleAt(r.j+1) != nil || s.roleAt(r.j+2) != nil) {
			continue // "the Secretary-General's Special Representative, X" is not the Secretary-General
		}
		if s.courtesy(r) {
			continue
		}
		body, explicit := d.roleBody(s, r)
		if body == nil {
			body = d.bodyAfterHolder(s, r) // "Foreign Minister X of Pakistan"
		}
		if body == nil {
			body, explicit = s.lineState(r)
		}
		if body == nil {
			body, explicit = d.possessorBody(s, r)
		}
		if body == nil && s.word(r.i-1, "our") && d.issuer() != nil {
			body = d.issuer() // "our Co-Chairs", "our Secretary General": the speaker's
		}
		if body == nil && s.word(r.j, "of") && s.word(r.j+1, "the") && s.word(r.j+2, "republic") && s.at(r.j+2) == nil && !s.word(r.j+3, "of") {
			// "The President of the Republic, Mr X", in a state organ's
			// release: the issuer's state (of another, the text would say
			// which republic)
			if own := d.issuerState(); own != nil {
				body, explicit = own(), true
			} else if st := d.partOfState(d.issuer()); st != nil {
				body, explicit = st, true // "the Grand National Assembly of Turkey"
			} else if st := d.issuerNamedState(); st != nil {
				body, explicit = st, true // "the Communist Party of Czechoslovakia": its state's republic
			} else if st, clear := d.focusState(); clear {
				body, explicit = st, true // a party's or a body's text on one state: its republic
			}
		}
		if body == nil {
			body, explicit = d.titleOfOffice(r)
		}
		if body == nil {
			body, explicit = d.sharedBody(s, r)
		}
		if body == nil {
			body, explicit = d.representedBy(s, r)
		}
		if body == nil {
			body, explicit = d.representativeOf(s, r)
		}
		if body == nil {
			body, explicit = s.delegationLeader(r)
		}
		if body == nil {
			body, explicit = s.signedForBody(r)
		}
		if body == nil {
			body, explicit = s.bodyAfterComma(r)
		}
		if body == nil {
			body, explicit = d.signatureFor(s, r)
		}
		if body == nil && r.role.flag("internal") && s.bulleted() && r.j == len(s.toks) && s.word(r.i-1, ",") &&
			s.lastPersonBefore(r.i) != nil && !s.namesType(graph.State) && !s.namesType(graph.Organization) &&
			d.issuer() != nil && d.issuer().Type == graph.Organization {
			// a signature line, "Raúl Rettig Guissen, President": the
			// issuer's, whoever else the text calls President
			body, explicit = d.issuer(), false
		}
		if body == nil {
			body, explicit = d.bodyInTitle(r)
		}
		if body == nil {
			body, explicit = d.possessiveNounBody(s, r)
		}
		if body == nil && (r.role.flag("government") || headOfStateTitles[normPhrase(r.role.Name)]) {
			body, explicit = s.delegationState(r)
			if body == nil {
				body, explicit = d.listDelegationState(s)
			}
		}
		if body == nil {
			if b, ok := d.listDelegationState(s); ok && b.Type == graph.Organization {
				body, explicit = b, true // any title of the body's own delegation
			}
		}
		if body == nil {
			if st := d.stateHeading(s); st != nil {
				body = st // "United States / - George P. Shultz, Secretary of State"
			}
		}
		if body == nil && r.role.Attrs["body"] != "" {
			if e := d.x.lex.lookupAny(r.role.Attrs["body"], graph.Organization, graph.State); e != nil {
				body, explicit = d.entity(graph.EntityType(e.Type), "", e), true // a state's too: "Custodian of the Two Holy Mosques"
			}
		}
		persons := d.roleHolders(s, r)
		if p := s.holderAs(r); p != nil && s.word(r.i-1, "as") && len(persons) > 0 && persons[0] != p.e && p.j == r.i-1 {
			persons = nil // "X appointed Y as Prime Minister": the one named just before "as"
		}
		if len(persons) == 0 {
			if p := s.holderAs(r); p != nil {
				persons = []*dent{p.e}
				if s.word(r.i-1, "its") {
					// "a Presidential Leadership Council, with X as its
					// Chairman": the body named last before the holder
					if b := s.lastBodyBefore(p.i); b != nil {
						body, explicit = b.e, true
					}
				}
			}
		}
		conf := confExplicit
		switch {
		case body != nil && !explicit:
			conf = confPattern
		case body != nil:
		case r.role.flag("government") && lastState != nil && !s.word(r.i-1, "of", "presence"):
			// ("in the presence of Prime Minister X": no list of one state's titles)
			// "Turkish Foreign Minister X and Deputy Foreign Minister Y"
			body, conf = lastState, confPattern
		case r.role.flag("internal") && d.issuer() != nil && !s.word(r.i-1, "'s", "a", "an", "its", "their") &&
			!s.word(r.j, "of", "at", "with", "for") && !d.headOfStateElsewhere(r) && !d.headOfStatePrefix(s, r) && !s.adjectiveBefore(r.i) && !s.forState(persons) &&
			!(s.word(s.skipBackThe(r.i-1), "excellency") && headOfStateTitles[normPhrase(r.role.Name)] && d.issuer().governs == nil) && // "His Excellency the President, X" in a church council's release: the state's
			!(s.adjectiveBefore(r.i-1) && !s.toks[r.i-1].upper()) && // "Kenyan opposition leader X" is not the issuer's
			!(s.word(r.j, "and") && s.roleAt(r.j+1) != nil && s.roleAt(r.j+1).i == r.j+1 && s.roleAt(r.j+1).role.flag("government")) && // "The Vice-President and Minister for Home Affairs, X": a state's
			!(r.i > 0 && s.toks[r.i-1].upper() && s.at(r.i-1) == nil && !stopCaps[s.toks[r.i-1].norm]) &&
			!d.titledBefore(persons, roleTitle(r.text)):
			// a bare internal title ("Vice-President X", "Secretary-General
			// X") is the issuer's; one whose body the text names in a way
			// not understood ("the station's photographer") is nobody's
			body, conf = d.issuer(), confDefault
			if g := body.governs; g != nil {
				body = g // "President X" in a state ministry's release: the state's
			}
			if strings.Contains(normPhrase(r.role.Name), "secretary general") {
				// a council's or an assembly's communiqué names its
				// organisation's Secretary-General bare: "the Security
				// Council heard the Secretary-General"
				if p := d.lexiconParent(body); p != nil {
					body = d.entity(graph.Organization, "", p)
				}
			}
		default:
			if r.role.flag("internal") || headOfStateTitles[normPhrase(r.role.Name)] || r.role.flag("government") {
				for _, p := range persons {
					// "President X" in an AU communiqué: whose, the
					// document as a whole tells (see bareTitles)
					// "His Majesty King X" in a state organ's release: its own
					// monarch, as "the King" is
					definite := s.word(r.i-1, "the") || monarchTitles[normPhrase(r.role.Name)] && s.honorificBefore(r.i) ||
						s.word(r.i-1, "and") && s.roleAt(r.i-2) != nil && s.word(s.roleAt(r.i-2).i-1, "the") // "The Deputy Prime Minister and Minister of Interior, X"
					d.bare = append(d.bare, bareTitle{p, s, roleTitle(r.text), r.role, definite,
						(s.word(r.i-1, ",") || s.word(r.i-1, "and") && s.roleAt(r.i-2) != nil) && s.mentionOf(p, 0).j < r.i || r.i == 0, r.i == 0,
						d.sideState(s, r.i), s.appositionEnd(r, s.mentionOf(p, 0))})
				}
			}
			continue
		}
		if body.Type == graph.Organization && s.find(r.i, r.j, "minister") >= 0 {
			if st := d.ministersState(body); st != nil {
				body = st
			}
		}
		if body.Type == graph.State {
			lastState = body
		}
		for _, p := range persons {
			d.relate(graph.HoldsRole, p, body, s, conf, roleTitle(r.text), "")
		}
	}
}

// compositionRoles gives the people named on a line of a body's
// composition the title the line opens with, of the body the list's
// introduction names ("The Military Committee of the Party is composed as
// follows: / President: Colonel X / Members: A, B and C"), or of the one
// the sentence before it names ("The Transitional Government took the
// oath. It is composed as follows:").
func (d *doc) compositionRoles(s *sentence) {
	if s.find(0, min(len(s.toks), 16), ":") < 1 {
		return // no line of a list: the cheap test first, as most sentences are none
	}
	intro := d.compositionIntro(s)
	if intro == nil {
		return
	}
	body := intro.lastNamed(graph.Organization)
	if prev := d.previous(intro); body == nil && intro.word(0, "it", "its") && prev != nil {
		body = prev.lastNamed(graph.Organization)
	}
	if body == nil {
		return
	}
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Person || m.kind != mEntity {
			continue
		}
		r := s.lineTitle(s.skipHonorifics(s.find(0, m.i, ":") + 1)) // intro, known above, says it is a composition's
		if r == nil || !s.listItem(m) {
			continue
		}
		title := "Member"
		if r.role != nil {
			title = roleTitle(s.tokText(d, 0, r.j)) // "Second Vice-President": its ordinal too
		}
		d.relate(graph.HoldsRole, m.e, body, s, confPattern, title, "")
	}
}

// ministersState is the state whose minister a title of the issuing
// ministry b makes its holder ("the Minister of the Interior" in the
// Ministerio del Interior's release is Uruguay's); nil for any other body.
func (d *doc) ministersState(b *dent) *dent {
	if b != d.issuer() || b.governs != nil || headNoun(b.Name) == "government" {
		return nil // (the writers of the gold give a government's ministers to the government or to its state alike)
	}
	if st := d.issuerState(); st != nil {
		return st()
	}
	return nil
}

// titledBefore reports whether the text already gave one of the persons
// this title with its body: "President Obasanjo" after "Olusegun
// Obasanjo, President of the Federal Republic of Nigeria" is Nigeria's,
// not the issuer's.
func (d *doc) titledBefore(persons []*dent, title string) bool {
	key := graph.NameKey(title)
	for _, r := range d.rels {
		if r.Type == graph.HoldsRole && graph.NameKey(r.Role) == key && slices.ContainsFunc(persons, func(p *dent) bool { return p.ID == r.From }) {
			return true
		}
	}
	return false
}

// memberLists reads a body's members listed after it: "the AU High-Level
// Panel (members: A, B and C)", "the Council, whose members are A and B".
func (d *doc) memberLists(s *sentence) {
	for k := range s.toks {
		n := s.phraseAt(k, memberListPhrases)
		if n == 0 {
			continue
		}
		var body *dent
		for _, m := range s.ms {
			if m.j <= k && m.e != nil && m.e.Type == graph.Organization && m.kind == mEntity {
				body = m.e
			}
		}
		if body == nil {
			continue
		}
		for _, m := range s.ms {
			if m.i < k+n {
				continue
			}
			if s.word(m.i-1, ")") || s.find(k+n, m.i, ")") >= 0 {
				break
			}
			if m.e != nil && m.e.Type == graph.Person && s.listItem(m) {
				d.relate(graph.HoldsRole, m.e, body, s, confPattern, "member", "")
			}
		}
	}
}

// listItem reports whether the mention m starts an item of a list: it
// follows a comma, a semicolon, a colon or "and", over honorifics.
func (s *sentence) listItem(m *mention) bool {
	k := m.i - 1
	for k >= 0 && s.at(k) == nil && (s.honorific(k) || s.word(k, ".", "(", ")")) {
		k--
	}
	return s.word(k, ",", ";", ":", "and")
}

// headVerbs finds "PERSON, who heads (the) BODY".
func (d *doc) headVerbs(s *sentence) {
	for v, tk := range s.toks {
		role := headVerbs[tk.norm]
		if role == "" || !s.word(v-1, "who") || !s.word(v-2, ",") {
			continue
		}
		p := s.at(v - 3)
		b := s.bodyAt(s.skipThe(v + 1))
		if p == nil || p.e == nil || p.e.Type != graph.Person || b == nil {
			continue
		}
		if tk.norm == "led" || tk.norm == "headed" || tk.norm == "chaired" {
			continue // past: a meeting or a delegation, not an office
		}
		d.relate(graph.HoldsRole, p.e, b.e, s, confPattern, role, "")
	}
	// "the Government of Assam headed by Shri X", "the Commonwealth
	// Monitoring Force, commanded by Major-General Y", "the Central
	// Election Commission, chaired by Z": the body's head
	for v := 1; v+1 < len(s.toks); v++ {
		var role string
		switch s.tokNorm(v) {
		case "headed":
			role = "Head"
		case "commanded":
			role = "commander"
		case "chaired":
			role = "Chair" // "the Mixed Commission, chaired by Mr X"; a meeting chaired is not a body
		default:
			continue
		}
		if !s.word(v+1, "by") {
			continue
		}
		k := v - 1
		if s.word(k, ",") {
			k--
		}
		b := s.entityBefore(k+1, graph.Organization)
		if b == nil || b.kind != mEntity || b.e == d.issuer() {
			continue
		}
		if of := s.skipBackThe(b.i - 1); s.word(of, "of") && s.word(s.skipBackThe(of-1), "delegation", "delegations", "team", "panel") {
			continue // "the delegation of the Syrian government, headed by X": the delegation's head
		}
		q := s.skipHonorifics(v + 2)
		if r := s.roleAt(q); r != nil && r.i == q {
			q = s.skipHonorifics(r.j) // "headed by Governor X"
		}
		if p := s.personAt(q); p != nil {
			d.relate(graph.HoldsRole, p.e, b.e, s, confPattern, role, "")
		}
	}
}

// bodyAfterHolder reads "TITLE NAME of BODY": the body named after the
// holder who follows the title.
func (d *doc) bodyAfterHolder(s *sentence, r *mention) *dent {
	k := r.j
	if s.word(k, ",") {
		k++
	}
	p := s.personAt(k)
	if p == nil || !s.word(p.j, "of") {
		return nil
	}
	if m := s.bodyAt(s.skipThe(p.j + 1)); m != nil {
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

// lineState is the state that opens a line of an attendance list the
// title r is in: "Fiji – Ratu Sir Kamisese Mara, Prime Minister", "For
// Tuvalu: the Hon. Tomasi Puapua, Prime Minister". Only people stand
// between the state and the title.
func (s *sentence) lineState(r *mention) (*dent, bool) {
	k := 0
	for k < len(s.toks) && (s.word(k, "for", "-", "–", "—", "•", "*", "(", ")") || s.toks[k].digit() || len(s.toks[k].norm) == 1 && s.word(k+1, ")", ".")) {
		k++
	}
	st := s.at(k)
	if st == nil || st.i != k || st.kind != mEntity || st.e.Type != graph.State || !s.word(st.j, "–", "-", "—", ":") || st.j >= r.i {
		return nil, false
	}
	person := false
	for _, m := range s.ms {
		if m.i >= st.j && m.j <= r.i && m.e != nil {
			if m.e.Type != graph.Person {
				return nil, false
			}
			person = true
		}
	}
	if !person {
		return nil, false
	}
	return st.e, true
}

// roleBody finds the body of a title: before it ("Syrian Coalition
// President", "Turkish Foreign Minister", "The Coalition's President") or
// after it ("President of the Syrian Coalition", "Special Envoy for
// Syria"?). explicit is false when it comes from "its".
func (d *doc) roleBody(s *sentence, r *mention) (*dent, bool) {
	// before: BODY ROLE, BODY 's ROLE, ADJ ROLE
	k := r.i
	if s.word(k-1, "'s") {
		k--
	}
	// ADJ ROLE: "Egyptian President", but not "Turkish Cypriot leader",
	// whose leader is a community's
	if m := s.at(k - 1); m != nil && m.kind == mAdjective && m.j == k {
		if o := s.at(m.i - 1); o != nil && o.kind == mAdjective && o.j == m.i {
			return nil, false
		}
	}
	if m := s.bodyBefore(k); m != nil {
		return m.e, true
	}
	if k > 1 && s.word(k-1, "core", "senior", "top", "principal", "main", "local", "regional", "military", "political") && !s.toks[k-1].upper() {
		if m := s.bodyBefore(k - 1); m != nil && m.kind == mEntity && s.word(m.i-1, "the") {
			return m.e, true // "the UDD core leaders Mr A, Mr B and Dr C"
		}
	}
	// after: ROLE of/at/with (the) BODY, ROLE of the current session of
	// BODY
	if s.word(r.j, "of", "at", "with") {
		if m := s.bodyAt(s.skipThe(s.sessionOf(s.skipThe(r.j + 1)))); m != nil {
			// "head of the Coalition's Department of Foreign Affairs"
			if s.word(m.j, "'s") {
				if m2 := s.at(m.j + 1); m2 != nil && m2.e != nil && m2.e.Type == graph.Organization {
					return m2.e, true
				}
			}
			return m.e, true
		}
	}
	// "the Electoral Commission of Kenya (ECK), whose chairman, X"
	if s.word(r.i-1, "whose") && s.word(r.i-2, ",") {
		k := r.i - 2
		if s.word(k-1, ")") {
			// "the Forces nationales de libération (Palipehutu-FNL), whose
			// leader": the body before its bracketed acronym
			if o := s.findBack(max(0, k-8), k-1, "("); o >= 0 {
				k = o
			}
		}
		if m := s.bodyBefore(k); m != nil {
			if o := s.bodyBefore(s.skipBackThe(m.i - 1)); o != nil && s.word(s.skipBackThe(m.i-1), "of") {
				return o.e, true // "the Electoral Commission of Kenya (ECK), whose chairman"
			}
			return m.e, true
		}
	}
	// ROLE of PORTFOLIO of BODY: "Minister of International Relations and
	// Cooperation of South Africa"
	if k := s.portfolioEnd(r.j); k > r.j && s.word(k, "of") {
		if m := s.bodyAt(s.skipThe(k + 1)); m != nil {
			return m.e, true
		}
	}
	// "ROLE and PORTFOLIO of BODY": "Minister of Foreign Affairs and Trade
	// of New Zealand"
	if q := s.andPortfolio(r.j); q > r.j && s.word(q, "of") {
		if m := s.bodyAt(s.skipThe(q + 1)); m != nil {
			return m.e, true
		}
	}
	// "represented by its head, X", "Kenya was represented by its Cabinet
	// Secretary", "the SDLP, represented by its leader": the body named last
	// before it in its clause
	if s.word(r.i-1, "its") {
		var last *dent
		for _, m := range s.ms {
			if m.i >= r.i {
				break
			}
			if s.find(m.j, r.i, ";") >= 0 {
				continue
			}
			if m.e != nil && m.kind == mEntity && m.e.isBody() {
				if m.e.Type == graph.State && s.word(m.i-1, "in", "of") && last != nil && s.entityBefore(m.i-1) != nil {
					continue // "the International Force in East Timor (INTERFET) and … its commander"
				}
				last = m.e
			}
		}
		if last != nil {
			return last, false
		}
	}
	return nil, false
}

// andPortfolio is the token after "and" and the capitalised words that go
// on a title's portfolio at k ("and Trade"), or k.
func (s *sentence) andPortfolio(k int) int {
	if !s.word(k, "and") || s.roleAt(k+1) != nil {
		return k
	}
	q := s.freeCapsEnd(k + 1)
	if q == k+1 {
		return k
	}
	return q
}

// roleHolders finds who holds the title r: the name right after it
// (optionally after a comma or the body), the name before ", TITLE", the
// holder of a title joined to it by "and" ("X, President of Uganda and
// Chairperson of the Council"), or the elected persons of the sentence.
func (d *doc) roleHolders(s *sentence, r *mention) []*dent {
	if ps := s.pluralHolders(r); len(ps) > 1 {
		return ps // "Our Co-Chairs, A and B, welcomed"
	}
	if p := s.holderAround(r); p != nil {
		return []*dent{p}
	}
	for o := s.titleJoinedBefore(r); o != nil; o = s.titleJoinedBefore(o) {
		if p := s.holderAround(o); p != nil {
			return []*dent{p}
		}
	}
	for o := s.titleJoinedAfter(r); o != nil; o = s.titleJoinedAfter(o) {
		if p := s.holderAround(o); p != nil {
			return []*dent{p}
		}
	}
	// elections: "X won the vote for President", "X ... each won a seat as
	// Vice-President", "X was elected president"
	for c := r.i - 1; c >= max(0, r.i-6); c-- {
		if s.word(c, "elected", "won", "appointed", "named", "chosen", "elect") && !s.word(c+1, "by") { // "appointed by the Chairman-in-Office" names who appointed
			var out []*dent
			for _, m := range s.ms {
				if m.j <= c && m.e != nil && m.e.Type == graph.Person {
					out = append(out, m.e)
				}
			}
			return out
		}
	}
	return nil
}

// pluralHolders are the persons a plural title names after a comma, in a
// list of names alone: "Our Co-Chairs, Selahattin Demirtaş and Figen
// Yüksekdağ, welcomed".
func (s *sentence) pluralHolders(r *mention) []*dent {
	if !pluralTitleWords[s.tokNorm(r.j-1)] || !s.word(r.j, ",") || s.word(r.i-1, "their") {
		return nil // "represented by their foreign ministers, A and B": each its own (see theirTitles)
	}
	var out []*dent
	for k := r.j + 1; k < len(s.toks); k++ {
		k = s.skipHonorifics(k)
		m := s.personAt(k)
		if m == nil {
			return nil
		}
		out = append(out, m.e)
		k = m.j
		if s.word(k, ",") && s.word(k+1, "and") {
			k++
		}
		if !s.word(k, "and") {
			if s.word(k, ",") && len(out) > 1 {
				return out
			}
			if !s.word(k, ",") {
				return nil
			}
		}
	}
	return nil
}

// holderAround is the person named right after the title r and its body
// ("President of the Council, Dr. X"), or right before it ("X, the
// President of the Council"), or nil.
func (s *sentence) holderAround(r *mention) *dent {
	k := s.titleEnd(r)
	p := r.i // where the title's words begin: "Senator X, former Majority Leader of the Senate, General Y"
	for p > r.i-3 && p > 0 && s.at(p-1) == nil && (s.word(p-1, "former", "outgoing", "then") || s.toks[p-1].word && s.toks[p-1].upper()) {
		p--
	}
	if s.word(p-1, ",") && s.word(k, ",") {
		// "X, President of Nigeria, Y, President of Ghana": a bare title
		// between commas is the name's before it, and "X (Iko), member
		// of the Political Bureau" the name's before its bracket
		if m := s.entityBefore(s.bracketStart(p-1), graph.Person); m != nil {
			return m.e
		}
	}
	if s.word(k, "is", "was") && s.word(r.i-1, "whose") {
		k++ // "the FNL, whose leader is Agathon Rwasa"
	}
	if s.word(k, ",") {
		k++
	}
	k = s.skipHonorifics(k) // "its head, Dr. Nasr al-Hariri"
	if r := s.roleAt(k); r != nil && r.i == k && s.courtesy(r) {
		k = s.skipHonorifics(r.j) // "H.E. Ambassador Bankole Adeoye", "Chief (Dr) Emeka Anyaoku"
	} else if r != nil && r.i == k && s.word(r.i-1, ",") && r != s.roleAt(s.skipBackThe(r.i-2)) {
		// "The Chair of the Forum, Prime Minister Kausea Natano of Tuvalu":
		// the holder's other title stands between
		if m := s.personAt(s.skipHonorifics(r.j)); m != nil {
			return m.e
		}
	}
	if m := s.personAt(k); m != nil {
		if s.word(k-1, ",") && s.word(m.j, "and") && s.personAt(s.skipHonorifics(m.j+1)) != nil && s.skipBackThe(r.i-1) < 0 {
			// "The Prime Minister, Lord Carrington and Dr Luns took part":
			// a list of three, where an apposition would close with a comma
			return nil
		}
		return m.e
	}
	q := r.i
	if s.word(q-1, "'s") {
		// "X, Kuwait's Minister of Foreign Affairs", "X, the
		// Secretary-General's Special Representative"
		if m := s.at(q - 2); m != nil && m.j == q-1 && (m.kind == mRole || m.e != nil && m.e.isBody()) {
			q = m.i
		}
	}
	if a := s.at(q - 1); a != nil && a.j == q && (a.kind == mAdjective || a.kind == mEntity && a.e != nil && a.e.isBody()) {
		q = a.i // "X, Turkish Deputy Undersecretary", "X, EU Special Representative"
	}
	if s.word(q-1, "the", "a", "an", "its", "his", "her") {
		q--
	}
	if s.word(q-1, "also", "now") {
		q--
	}
	if s.word(q-1, "is", "was") && s.word(q-2, "who") && s.word(q-3, ",") {
		q -= 2 // "Kaunda, who is also President of the United National Independence Party,"
	}
	for s.word(q-1, ",") && q >= 3 && postNominals[s.tokNorm(q-2)] && s.word(q-3, ",") {
		q -= 2 // "Hon. Dr A, MP, Minister of Foreign Affairs", "B, PC, MP, …"
	}
	if s.word(q-1, ",") {
		if m := s.entityBefore(s.bracketStart(q-1), graph.Person); m != nil {
			return m.e
		}
	}
	return nil
}

// bracketStart is the "(" of a short bracket that closes right before
// token i ("Carreira (Iko)"), or i.
func (s *sentence) bracketStart(i int) int {
	if !s.word(i-1, ")") {
		return i
	}
	if o := s.findBack(max(0, i-6), i-1, "(", ")"); o >= 0 && s.word(o, "(") {
		return o
	}
	return i
}

// titleEnd is the token after the title r and the body it names: "Chair of
// the Council", "head of the Coalition's Legal Committee".
func (s *sentence) titleEnd(r *mention) int {
	k := r.j
	if s.word(k, "of") && s.word(k+1, "the") && s.word(k+2, "republic") && s.at(k+2) == nil {
		return k + 3 // "The President of the Republic, Mr X"
	}
	if s.word(k, "of", "at", "for") {
		if m := s.entityAt(s.skipThe(k + 1)); m != nil && m.e.Type != graph.Person {
			k = m.j
			if s.word(k, "'s") {
				if m2 := s.at(k + 1); m2 != nil && m2.e != nil {
					k = m2.j
				}
			}
			if s.word(k, "(") && s.word(k+2, ")") {
				k += 3 // "of the Intergovernmental Authority on Development (IGAD), X"
			}
			if s.word(k, "delegation", "delegations", "team") {
				k++ // "the head of the ELN delegation, X"
			}
			if m.e.Type == graph.Organization && s.word(k, "of") {
				if st := s.entityAt(s.skipThe(k+1), graph.State); st != nil && s.word(st.j, ",") {
					k = st.j // "Commander-in-Chief of the Armed Forces of the Federal Republic of Nigeria, X"
				}
			}
			if s.word(k, "to") {
				if m3 := s.bodyAt(s.skipThe(k + 1)); m3 != nil {
					k = m3.j // "Permanent Representative of Cameroon to the AU and Chairperson of …"
				}
			}
			if p := s.entityAt(k+1, graph.Place, graph.State); s.word(k, "in", "to") && p != nil && s.word(p.j, ",") {
				k = p.j // "the Ambassador of Israel in Cairo, Mr X": where the envoy sits
			}
			return k
		}
	}
	// a post's country: "Special Representative in Cyprus and Head of
	// UNFICYP, X"
	if s.word(k, "in") {
		if m := s.entityAt(k+1, graph.State, graph.Place); m != nil && s.word(m.j, ",", "and") {
			return m.j
		}
	}
	// a portfolio the title's own words began: "Minister for Foreign
	// Affairs and Regional Integration, X"
	if q := s.portfolioTail(k); q > k {
		return q
	}
	// a portfolio: "Cabinet Secretary for Foreign Affairs, X", "Minister of
	// Foreign Affairs and International Cooperation, X"
	if s.word(k, "for", "of", "on") {
		q := k + 1
		if s.word(q, "the") && s.word(k, "of") && s.word(k-1, "minister", "secretary") && q+1 < len(s.toks) && s.toks[q+1].word && s.toks[q+1].upper() &&
			!s.covered(q+1, q+2) && s.word(q+2, ",", "and") {
			q++ // "Minister of the Presidency, X": a portfolio of one word, not a body
		}
		for q < len(s.toks) && !s.covered(q, q+1) && (s.toks[q].word && s.toks[q].upper() || s.word(q, "and") && q > k+1 ||
			s.word(q, "of") && q > k+1 && q+1 < len(s.toks) && s.toks[q+1].word && s.toks[q+1].upper() && !s.covered(q+1, q+2)) { // "Minister of Promotion of Women, X"
			q++
		}
		if s.word(q, ",") && s.listInName(q) > q {
			q = s.listInName(q) // "Commissioner for Political Affairs, Peace and Security, X"
		}
		if q > k+1 && s.word(q, ",") {
			k = q
		}
	}
	if c := s.complementEnd(k); c > k {
		return c
	}
	return k
}

// complementEnd is the comma that ends a title's long complement from
// token k, before the holder's name: "Special Representative for the South
// Caucasus and the crisis in Georgia, X"; -1 when there is none. The
// complement names a place or a body, has no verb a list of names would
// need, and runs at most twelve words.
func (s *sentence) complementEnd(k int) int {
	if !s.word(k, "for", "of", "to", "on") {
		return -1
	}
	named := false
	for q := k + 1; q < min(len(s.toks), k+14); q++ {
		if s.word(q, ",") {
			if named && q > k+2 {
				return q
			}
			return -1
		}
		if m := s.at(q); m != nil {
			if m.e == nil || m.e.Type == graph.Person || m.kind == mRole {
				return -1
			}
			named = true
			q = m.j - 1
			continue
		}
		if !s.toks[q].word || s.word(q, "who", "which", "that", "said", "is", "was", "has", "had", "will") {
			return -1
		}
	}
	return -1
}

// titleJoinedAfter is the title joined to r by "and" after it: "President
// of Nigeria and Chairman of the Authority".
func (s *sentence) titleJoinedAfter(r *mention) *mention {
	k := s.titleEnd(r)
	if s.word(k, ",") && k == r.j {
		// "Crown Prince, Deputy Prime Minister and Minister of Defence of
		// the Kingdom of Saudi Arabia": titles listed with commas, the
		// last joined by "and"
		if o := s.roleAt(k + 1); o != nil && o.i == k+1 && s.titleJoinedAfter(o) != nil {
			return o
		}
		return nil
	}
	if !s.word(k, "and") {
		return nil
	}
	if o := s.roleAt(k + 1); o != nil && o.i == k+1 {
		return o // not "our President and the Prime Minister of India, X": two people
	}
	return nil
}

// titleJoinedBefore is the title that r is joined to by "and": the one
// whose titleJoinedAfter is r.
func (s *sentence) titleJoinedBefore(r *mention) *mention {
	for _, o := range s.ms {
		if o.kind == mRole && o.j <= r.i && s.titleJoinedAfter(o) == r {
			return o
		}
	}
	return nil
}

// headOfStateElsewhere reports whether a bare head-of-state title
// ("President X") in the document means a state's office rather than the
// issuer's: the issuer is an organisation of states (the AU, ECOWAS, the
// UN), which has no such office, or a state's own organ (a ministry), whose
// "President" is the state's.
// headOfStatePrefix reports whether a head of state's title stands bare
// before a name in the release of a body that governs nothing: "on the
// orders of President Boris Yeltsin" in a human-rights centre's statement
// names the state's President, not the centre's.
func (d *doc) headOfStatePrefix(s *sentence, r *mention) bool {
	is := d.issuer()
	if !headOfStateTitles[normPhrase(r.role.Name)] || is == nil || is.Type != graph.Organization || is.governs != nil || s.word(r.i-1, "the", "its", "our", "their") || s.personAt(r.j) == nil {
		return false
	}
	for _, w := range strings.Fields(normPhrase(is.Name)) {
		if stateOrganWords[w] || partyHeads[w] || w == "coalition" || w == "council" {
			return false // a state's organ, or a party, has a President of its own
		}
	}
	return true
}

func (d *doc) headOfStateElsewhere(r *mention) bool {
	if !headOfStateTitles[normPhrase(r.role.Name)] {
		return false
	}
	is := d.issuer()
	if is.governs != nil {
		return false // the Government of Chad's or a state ministry's "President" is its state's (see roles)
	}
	if d.nationalInstitution(is) {
		return true // "President Thabo Mbeki" in the South African Human Rights Commission's release
	}
	names := []string{is.Name}
	if is.entry != nil {
		if is.entry.flag("intergovernmental") {
			return true
		}
		names = is.entry.names() // "ASEAN" is the Association of Southeast Asian Nations
	}
	for _, n := range names {
		for _, w := range strings.Fields(normPhrase(n)) {
			if intergovernmentalWords[w] || stateOrganWords[w] {
				return true
			}
		}
	}
	return false
}

// sharedBody is the body of the title that r is joined to by "and" when r
// names none: "Deputy Prime Minister and Minister of Foreign Affairs of the
// State of Qatar" are both Qatar's.
func (d *doc) sharedBody(s *sentence, r *mention) (*dent, bool) {
	for o := s.titleJoinedAfter(r); o != nil; o = s.titleJoinedAfter(o) {
		if b, explicit := d.roleBody(s, o); b != nil {
			if r.role.flag("government") && b.Type == graph.Organization && !strings.Contains(normPhrase(b.Name), "government") {
				return nil, false // "the Deputy Prime Minister and Director of the CRES": a state's office and a body's
			}
			return b, explicit
		}
	}
	return nil, false
}

// possessorBody is the body of a title held under another office: "the UN
// Secretary-General's Special Envoy", "the Secretary-General's spokesperson"
// serve the body whose Secretary-General it is. A bare possessor is the one
// the document has named with its body, or else the issuer's (the
// organisation the issuing organ is part of).
func (d *doc) possessorBody(s *sentence, r *mention) (*dent, bool) {
	if !s.word(r.i-1, "'s") {
		return nil, false
	}
	o := s.roleAt(r.i - 2)
	if o == nil || o.j != r.i-1 {
		return nil, false
	}
	if b, explicit := d.roleBody(s, o); b != nil {
		return b, explicit
	}
	return d.officeBody(o.role)
}

// officeBody is the body of a bare office that serves another title: the
// one the document has named with that office, or else the issuer's (the
// organisation the issuing organ is part of).
func (d *doc) officeBody(office *Entry) (*dent, bool) {
	key := graph.NameKey(office.Name)
	for _, rel := range d.rels {
		if rel.Type == graph.HoldsRole && graph.NameKey(rel.Role) == key {
			return d.ents[rel.To], false
		}
	}
	if !office.flag("internal") || d.issuer() == nil {
		return nil, false
	}
	return d.topBody(d.issuer()), false
}

// titleOfOffice reads a title held under an office its words name: "Special
// Representative of the Secretary-General" serves the body whose
// Secretary-General it is, as "the Secretary-General's Special
// Representative" does.
func (d *doc) titleOfOffice(r *mention) (*dent, bool) {
	words := strings.Fields(normPhrase(r.role.Name))
	for k := len(words) - 1; k > 0; k-- {
		if words[k-1] != "of" && !(k > 1 && words[k-2] == "of" && words[k-1] == "the") {
			continue
		}
		if office := d.x.lex.lookup(RoleType, strings.Join(words[k:], " ")); office != nil && office != r.role {
			return d.officeBody(office)
		}
		break
	}
	return nil, false
}

// topBody is the organisation that b is ultimately part of, or b.
func (d *doc) topBody(b *dent) *dent {
	for range 4 {
		up := b
		for _, rel := range d.rels {
			if rel.Type == graph.PartOf && rel.From == b.ID {
				up = d.ents[rel.To]
				break
			}
		}
		if up == b && b.entry != nil && b.entry.Attrs["parent"] != "" {
			if e := d.x.lex.lookup(string(graph.Organization), b.entry.Attrs["parent"]); e != nil {
				up = d.entity(graph.Organization, "", e)
			}
		}
		if up == b {
			break
		}
		b = up
	}
	return b
}

// holderAs is the person who holds the title r "as" it: "with X as its
// Chairman", "X ... addressed in his capacity as ASEAN Chair".
func (s *sentence) holderAs(r *mention) *mention {
	k := r.i
	if b := s.bodyBefore(k); b != nil {
		k = b.i // "as ASEAN Chair"
	}
	if s.word(k-1, "its", "their", "the") {
		k--
	}
	if !s.word(k-1, "as") {
		return nil
	}
	if s.word(k-2, "capacity") && s.word(k-3, "his", "her") && s.word(k-4, "in") {
		// the person the clause is about: the last one named before
		for q := k - 5; q >= 0; q-- {
			if m := s.at(q); m != nil && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
				return m
			}
		}
		return nil
	}
	if m := s.entityBefore(k-1, graph.Person); m != nil && m.kind == mEntity {
		return m
	}
	if asVerbs[s.tokNorm(k-2)] {
		// "Tan Siew Sin attended as President of the Malayan Chinese
		// Association": the verb's subject holds the title
		if m := s.entityBefore(k-2, graph.Person); m != nil && m.kind == mEntity {
			return m
		}
	}
	return nil
}

// lastBodyBefore is the last mention of an organisation or a state that
// ends at or before token i.
func (s *sentence) lastBodyBefore(i int) *mention {
	var last *mention
	for _, m := range s.ms {
		if m.j <= i && m.e != nil && m.e.isBody() && m.kind == mEntity {
			last = m
		}
	}
	return last
}

// sessionOf steps over "current session of", "151st meeting of" from
// token i: a chair of a session chairs the body that holds it.
func (s *sentence) sessionOf(i int) int {
	k := i
	for k < len(s.toks) && (s.word(k, "current", "present", "this") || ordinalWords[s.toks[k].norm] > 0 ||
		s.toks[k].digit() || sessionAdjectives[s.toks[k].norm]) {
		k++
	}
	if k > i && k < len(s.toks) && sessionNouns[s.toks[k].norm] && s.word(k+1, "of") {
		return k + 2
	}
	return i
}

// theirTitles reads "A and B were represented by their foreign ministers,
// X and Y": the holders listed after the plural title hold it in the
// bodies listed before, in the same order.
func (d *doc) theirTitles(s *sentence) {
	for k := range s.toks {
		if !s.word(k, "their") {
			continue
		}
		title, end := "", 0
		for n := 1; n <= 4 && k+n < len(s.toks); n++ {
			last := s.toks[k+n].norm
			if !strings.HasSuffix(last, "s") || s.covered(k+1, k+n+1) {
				continue
			}
			singular := strings.TrimSpace(s.tokText(d, k+1, k+n) + " " + strings.TrimSuffix(s.toks[k+n].text, "s"))
			if d.x.lex.lookup(RoleType, singular) != nil {
				title, end = singular, k+n+1
			}
		}
		if title == "" || !s.word(end, ",", ":") {
			continue
		}
		var bodies, holders []*dent
		for _, m := range s.ms {
			switch {
			case m.e == nil || m.kind != mEntity:
			case m.j <= k && m.e.isBody():
				bodies = append(bodies, m.e)
			case m.i > end && m.e.Type == graph.Person && s.listItem(m):
				holders = append(holders, m.e)
			}
		}
		if len(bodies) < 2 || len(holders) != len(bodies) {
			continue
		}
		for q, p := range holders {
			d.relate(graph.HoldsRole, p, bodies[q], s, confPattern, title, "")
		}
	}
}

// representedBy reads "the Transitional Government of Chad, represented by
// President X": a body's representative holds the title in it, or, for a
// head of state representing a government, in the state it governs.
func (d *doc) representedBy(s *sentence, r *mention) (*dent, bool) {
	if !s.word(r.i-1, "by") || !s.word(r.i-2, "represented") || !s.word(r.i-3, ",") {
		return nil, false
	}
	b := s.bodyBefore(r.i - 3)
	if b == nil {
		return nil, false
	}
	if headOfStateTitles[normPhrase(r.role.Name)] && b.e.Type == graph.Organization {
		// a government's President is its state's, when the text says
		// which state that is
		if b.e.governs != nil {
			return b.e.governs, true
		}
		if strings.Contains(normPhrase(b.e.Name), "government") {
			return nil, false
		}
	}
	return b.e, true
}

// representativeOf is the body a title after its holder's name is held
// at when the sentence says the body "was represented by" the holder:
// "Cambodia was represented by H.E. Hor Namhong, Deputy Prime Minister,
// and Thailand by H.E. Kasit Piromya, Minister of Foreign Affairs".
func (d *doc) representativeOf(s *sentence, r *mention) (*dent, bool) {
	if !s.word(r.i-1, ",") {
		return nil, false
	}
	p := s.entityBefore(r.i-1, graph.Person)
	if p == nil {
		return nil, false
	}
	by := s.skipHonorificsBack(p.i) - 1
	if !s.word(by, "by") {
		return nil, false
	}
	k := by - 1
	gapped := true // "and Thailand by …", only after "represented by"
	if s.word(k, "represented") && s.word(k-1, "was", "were", "is", "are") {
		k -= 2 // "Cambodia was represented by"
		gapped = false
	}
	b := s.entityBefore(k+1, graph.State, graph.Organization)
	if b == nil || b.kind != mEntity {
		return nil, false
	}
	if gapped && (s.find(0, by, "represented") < 0 || !s.word(s.skipBackThe(b.i-1), "and", ",")) {
		return nil, false
	}
	return b.e, true
}

// bareTitle is a head-of-state title before a name that the sentence ties
// to no state: "the release of President Win Myint", in a communiqué of
// another body.
type bareTitle struct {
	person *dent
	s      *sentence
	title  string
	role   *Entry
	// definite is set on "the Amir X": the issuer's own head of state
	// when the issuer is a state's organ; apposed on a title after a
	// comma ("X, Minister of Foreign Affairs,") or opening the sentence,
	// which in such a text is its own minister's too
	definite, apposed bool
	opens             bool // the title opens the sentence: "President X chaired …"
	// side is the state whose side the sentence (or the list it is an
	// item of) speaks of: "On the Senegalese side, the Prime Minister, X",
	// "The Malawi delegation was led by X, Minister of Foreign Affairs"
	side *dent
	// end is where the words about the title and its holder end (see
	// appositionEnd): a state named after them, in what the holder did
	// ("announced the arrest of an Iraqi woman"), does not make the title
	// another state's
	end int
}

// forState reports whether one of the persons is named "for" a state right
// after the name: "President Abdel Fattah el-Sisi for Egypt" signs for
// Egypt, whatever body issued the text.
func (s *sentence) forState(persons []*dent) bool {
	for _, m := range s.ms {
		if m.e != nil && slices.Contains(persons, m.e) && s.word(m.j, "for") && s.entityAt(s.skipThe(m.j+1), graph.State) != nil {
			return true
		}
	}
	return false
}

// sideState is the one state whose delegation, side or representation
// the sentence speaks of, or the introduction of the list it is an item
// of: "On the Chinese side, …", "The Malawi delegation … comprised:",
// "Ethiopia was represented there by …", "For the Republic of Singapore:".
func (d *doc) sideState(s *sentence, title int) *dent {
	if b := s.forBodyColon(); b != nil {
		return stateOf(b.e)
	}
	if st := s.sideOf(title); st != nil {
		return st
	}
	if intro := d.listIntro(s); intro != nil {
		if b := intro.forBodyColon(); b != nil {
			return stateOf(b.e)
		}
		return intro.sideOf(len(intro.toks))
	}
	return nil
}

// stateHeading is the state a line of its own names over the run of
// dashed or bulleted items s is one of: "United States / - President
// Ronald Reagan / - George P. Shultz, Secretary of State"; nil otherwise.
func (d *doc) stateHeading(s *sentence) *dent {
	if !s.bulleted() {
		return nil
	}
	k0 := d.indexOf(s)
	for k := k0 - 1; k >= 0 && k >= k0-maxHeadingItems; k-- {
		q := d.sents[k]
		n := len(q.toks)
		if n > 0 && q.word(n-1, ":", "–", "-") {
			n--
		}
		if m := q.at(0); m != nil && m.i == 0 && m.j == n && m.e != nil && m.e.Type == graph.State {
			return m.e
		}
		if !q.bulleted() {
			return nil
		}
	}
	return nil
}

// maxHeadingItems is how far up stateHeading looks for a state's line:
// no delegation lists more people than this under its state's name, and
// the bound keeps a text of many short lines with no full stop from
// being read in time that grows with the square of its length.
const maxHeadingItems = 100

// stateOf is the state a body is or governs, or nil.
func stateOf(e *dent) *dent {
	if e.Type == graph.State {
		return e
	}
	return e.governs
}

// sideOf reads the state the sentence's side, delegation or
// representation is of, named right at the cue: "On the Chinese side",
// "the Malawi delegation", "the delegation of Uganda", "Ethiopia was
// represented by", before the title at token title. A state named elsewhere
// in the sentence, or after the title ("King Fahd received the Iraqi
// delegation"), is not it.
func (s *sentence) sideOf(title int) *dent {
	var sides []*dent // "… took part on the Chinese side": the one side named after the titles
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.State && m.j > title && s.word(m.j, "side") && s.word(m.i-1, "the") && s.word(m.i-2, "on") {
			sides = append(sides, m.e)
		}
	}
	if len(sides) == 1 && s.find(title, len(s.toks), ";") < 0 {
		return sides[0]
	}
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.State || m.j > title {
			continue
		}
		q := m.j
		switch {
		case s.word(q, "side") && s.word(m.i-1, "the") && s.word(m.i-2, "on"), // "On the Chinese side"
			s.word(q, "side") && s.compositionAt(q+1, q+3) >= 0,                // "The Indian side included X, Minister of External Affairs"
			s.word(q, "delegation", "delegations") && !s.word(q+1, "of", "to"), // "The Malawi delegation was led by"
			s.word(q, "was", "were") && s.word(q+1, "represented"):             // "Ethiopia was represented there by"
			return m.e
		case s.word(m.i-1, "of") && s.word(m.i-2, "delegation", "delegations") || s.word(m.i-1, "the") && s.word(m.i-2, "of") && s.word(m.i-3, "delegation", "delegations"):
			return m.e // "the delegation of the Republic of Uganda"
		}
	}
	return nil
}

// bareTitles gives a bare head-of-state title the state the communiqué is
// about: the one state it names clearly more often than any other, unless
// the person holds an office of a state elsewhere in the text.
func (d *doc) bareTitles() {
	if len(d.bare) == 0 {
		return
	}
	own := d.issuerState()
	national := d.nationalInstitution(d.issuer()) // its release names its state's President bare
	about := sync.OnceValues(d.focusState)        // counted once: this pass adds no mentions
	// who held a state's office before this pass: "the First Deputy Prime
	// Minister and Minister of Defence, X" gives X both bare titles
	holder := map[*dent]bool{}
	for _, b := range d.bare {
		holder[b.person] = holder[b.person] || d.holdsStateOffice(b.person)
	}
	for _, b := range d.bare {
		if holder[b.person] || d.longerBareTitle(b) {
			continue
		}
		if b.side == nil {
			b.side = d.principalState(b)
		}
		if b.side != nil && (b.role.flag("government") || headOfStateTitles[normPhrase(b.role.Name)]) && !strings.Contains(normPhrase(b.title), "ambassador") {
			d.relate(graph.HoldsRole, b.person, b.side, b.s, confWeak, b.title, "")
			continue
		}
		if !headOfStateTitles[normPhrase(b.role.Name)] {
			if own != nil && (b.definite || b.apposed && !b.s.namesOtherBody(d, d.issuer(), b.end)) && b.role.flag("government") && !b.s.namesStateBut(own(), b.end) {
				// "accompanied by the Minister of Foreign Affairs, Chief
				// X" in a state organ's release: its own minister
				d.relate(graph.HoldsRole, b.person, own(), b.s, confWeak, b.title, "")
			} else if own == nil {
				if st := d.stateOfBareMinister(b, about); st != nil {
					d.relate(graph.HoldsRole, b.person, st, b.s, confWeak, b.title, "")
				}
			}
			continue
		}
		f, clear := about()
		if !clear && !headOfStateTitles[withoutModifiers(b.title)] {
			// a state the text names less clearly is not enough for a
			// "Chairman", the lexicon's President but a movement's as
			// often as a state's
			f = nil
		}
		if own != nil && (b.definite || b.opens || b.role.flag("government") || national) {
			// "His Highness the Amir", "Sheikh X, Deputy Prime Minister" in
			// Qatar's foreign ministry's release: a state's organ names its
			// own head of government bare
			f = own()
		}
		if f == nil && d.ofTheRepublic(b) && !b.s.namesStateBut(nil, len(b.s.toks)) {
			// "set up by the President of the Republic, Mr X" in a text
			// that names no state clearly: the republic it is written
			// in, by its letterhead or its dateline
			if e := d.homeState(); e != nil {
				f = d.entity(graph.State, "", e)
			}
		}
		if f != nil {
			d.relate(graph.HoldsRole, b.person, f, b.s, confWeak, b.title, "")
		}
	}
}

// principalState is the state whose office the person holds whom the
// bare title's holder accompanied, told earlier in the sentence:
// "President Ben Bella was accompanied by Mr Abdelaziz Bouteflika,
// Minister of Foreign Affairs" makes him Algeria's minister when Ben Bella
// is Algeria's President. Nil when there is none.
func (d *doc) principalState(b bareTitle) *dent {
	s := b.s
	pm := s.mentionOf(b.person, 0)
	if pm == nil {
		return nil
	}
	k := s.find(0, pm.i, "accompanied")
	if k < 0 || !s.word(k+1, "by") {
		return nil
	}
	p := s.lastPersonBefore(k)
	if p == nil || p.e == b.person {
		return nil
	}
	return d.officeState(p.e)
}

// stateOfBareMinister is the state of "the Minister of the Interior, X"
// in a text no state's organ issued (see bareTitles), when the sentence
// names no state and no other body: the state the text names most, or
// else the one it is written in (homeState). Not in a province's body's
// text ("Quebec Ministry of Justice"), whose ministers are the province's.
func (d *doc) stateOfBareMinister(b bareTitle, about func() (*dent, bool)) *dent {
	if !b.definite || !b.role.flag("government") || b.s.namesStateBut(nil, len(b.s.toks)) || b.s.namesOtherBody(d, d.issuer(), b.end) ||
		d.issuer() != nil && d.provincial(d.issuer()) {
		return nil
	}
	if f, _ := about(); f != nil {
		return f
	}
	if e := d.homeState(); e != nil {
		return d.entity(graph.State, "", e)
	}
	return nil
}

// ofTheRepublic reports whether a bare head-of-state title names the
// state only as "the Republic" or "the Nation" ("the President of the
// Republic, X", "the Vice-President of the Nation"), or is "Head of State"
// or "Head of Government".
func (d *doc) ofTheRepublic(b bareTitle) bool {
	t := normPhrase(b.title)
	if t == "head of state" || t == "head of government" {
		return true
	}
	s := b.s
	for k := 1; k+2 < len(s.toks); k++ {
		// "the President of the Republic," but not "of the Republic of
		// the South Moluccas", another's
		if s.word(k, "of") && s.word(k+1, "the") && s.word(k+2, "republic", "nation") && !s.word(k+3, "of") &&
			strings.HasSuffix(normPhrase(s.tokText(d, 0, k)), t) {
			return true
		}
	}
	return false
}

// appositionEnd is where the words about a title's holder end: after the
// name a title goes before ("Minister Y thanked the Egyptian government",
// "The Minister, Mr Y, announced the arrest of an Iraqi" speak of what Y
// did), at the comma that closes a title apposed after the name ("X,
// Minister of State and head of the Iranian committee,").
func (s *sentence) appositionEnd(r, holder *mention) int {
	if holder.i > r.i || !s.word(r.i-1, ",") {
		return max(r.j, holder.j)
	}
	if e := s.find(r.j, len(s.toks), ",", ";"); e >= 0 {
		return e
	}
	return len(s.toks)
}

// longerBareTitle reports whether the text also gives b's person a bare
// title that holds b's words and more: "Minister Sikorski" after "Minister
// of Foreign Affairs Radosław Sikorski" is that office, named short.
func (d *doc) longerBareTitle(b bareTitle) bool {
	words := strings.Fields(normPhrase(b.title))
	for _, o := range d.bare {
		if o.person != b.person || o.title == b.title {
			continue
		}
		longer := strings.Fields(normPhrase(o.title))
		if len(longer) > len(words) && slices.Equal(longer[:len(words)], words) {
			return true
		}
	}
	return false
}

// namesOtherBody reports whether the sentence names, before token end, a
// body other than the issuer, or a state by its adjective: "the delegation of the Syrian
// government, headed by X, Permanent Representative", "led by Y,
// Vice-Chairman of the Military Council, and included Z, Minister of …"
// speak of another's officials.
func (s *sentence) namesOtherBody(d *doc, issuer *dent, end int) bool {
	for _, m := range s.ms {
		if m.i >= end {
			break // named in what the holder did, not whose the holder is
		}
		if m.e != nil && (m.kind == mAdjective || m.e.Type == graph.Organization && m.e != issuer && !d.partOfIssuer(m.e) && !unqualifiedGovernment[normPhrase(m.e.Name)]) {
			return true
		}
	}
	return false
}

// withoutModifiers is a title in matching form without the words before it
// that make it another office ("caretaker Prime Minister").
func withoutModifiers(title string) string {
	ws := strings.Fields(normPhrase(title))
	for len(ws) > 1 && titleModifiers[ws[0]] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// focusState is the state the text names most, if it names it at least
// three times and more than twice as often as the next (clear), or at
// least twice and more often than the next when it is the state of the
// title (not clear).
func (d *doc) focusState() (focus *dent, clear bool) {
	count := map[*dent]int{}
	for _, s := range d.sents {
		for _, m := range s.ms {
			if m.e != nil && m.e.Type == graph.State && (m.kind == mEntity || m.kind == mAdjective) {
				count[m.e]++
			}
		}
	}
	var best *dent
	first, second := 0, 0
	for e, n := range count {
		switch {
		case n > first || n == first && best != nil && e.ID < best.ID:
			if best != nil {
				second = max(second, first)
			}
			best, first = e, n
		case n > second:
			second = n
		}
	}
	if first < 3 || first <= 2*second {
		if first >= 2 && first > second && d.titleState() == best {
			return best, false // the one state the headline names: "… Summit on Burundi"
		}
		return nil, false
	}
	return best, true
}

// titleState is the one state the communiqué's title names, if it names
// exactly one.
func (d *doc) titleState() *dent {
	if len(d.sents) == 0 || !d.sents[0].title {
		return nil
	}
	var st *dent
	for _, m := range d.sents[0].ms {
		if m.e != nil && m.e.Type == graph.State && (m.kind == mEntity || m.kind == mAdjective) {
			if st != nil && st != m.e {
				return nil
			}
			st = m.e
		}
	}
	return st
}

// holdsStateOffice reports whether the text gives p an office of a state.
func (d *doc) holdsStateOffice(p *dent) bool {
	for _, r := range d.rels {
		if r.Type == graph.HoldsRole && r.From == p.ID && d.ents[r.To].Type == graph.State {
			return true
		}
	}
	return false
}

// portfolioEnd is the token after a portfolio that follows a title at k:
// "of International Relations and Cooperation", "for Foreign Affairs";
// k when none does.
func (s *sentence) portfolioEnd(k int) int {
	if !s.word(k, "of", "for") {
		return k
	}
	q := k + 1
	for q < len(s.toks) && !s.covered(q, q+1) && (s.toks[q].word && s.toks[q].upper() || s.word(q, "and", ",") && q > k+1 && q+1 < len(s.toks) && s.toks[q+1].upper()) {
		q++
	}
	if q == k+1 {
		return k
	}
	return q
}

// portfolioTail is the comma after "and" and capitalised words that go on
// a title's portfolio at k ("… and Regional Integration,"), or k.
func (s *sentence) portfolioTail(k int) int {
	if q := s.andPortfolio(k); q > k && s.word(q, ",") {
		return q
	}
	return k
}

// ofTheStates steps over "of the five States" (countries, Governments,
// member States) at q, what a plural title is followed by before the list
// of its holders.
func (s *sentence) ofTheStates(q int) int {
	if !s.word(q, "of") || !s.word(q+1, "the") || q+2 >= len(s.toks) || !cardinalWords[s.tokNorm(q+2)] && !s.toks[q+2].digit() {
		return q
	}
	switch {
	case s.word(q+3, "states", "countries", "governments"):
		return q + 4
	case s.word(q+3, "member") && s.word(q+4, "states", "countries"):
		return q + 5
	}
	return q
}

// pluralPortfolioTitle is the singular title of a plural one with its
// portfolio, that starts at token k ("Ministers of Foreign Affairs" is
// "Minister of Foreign Affairs"), and the token after it; "" when none.
func (d *doc) pluralPortfolioTitle(s *sentence, k int) (string, int) {
	if !pluralTitleWords[s.tokNorm(k)] || !s.word(k+1, "of") || s.covered(k, k+1) {
		return "", k
	}
	for n := 4; n >= 1; n-- {
		end := k + 2 + n
		if end > len(s.toks) || !s.toks[k+2].upper() || !s.toks[end-1].upper() {
			continue
		}
		singular := strings.TrimSuffix(s.toks[k].text, "s") + " of " + s.tokText(d, k+2, end)
		if d.x.lex.lookupTitle(singular) != nil {
			return singular, end
		}
	}
	return "", k
}

// pluralRole is the singular title of a plural one that ends at token k
// ("Foreign Ministers", "the Presidents"), and where it starts, or "".
func (d *doc) pluralRole(s *sentence, k int) (string, int) {
	if k < 0 || k >= len(s.toks) || !strings.HasSuffix(s.toks[k].norm, "s") || s.covered(k, k+1) {
		return "", k
	}
	last := normPhrase(strings.TrimSuffix(s.toks[k].text, "s"))
	if last = last[strings.LastIndexByte(last, ' ')+1:]; last != "" && !d.x.lex.roleEnds[last] {
		return "", k // most words in s end no title: "was", "its", "talks"
	}
	for n := 3; n >= 1; n-- {
		i := k - n + 1
		if i < 0 || s.covered(i, k+1) {
			continue
		}
		singular := strings.TrimSpace(s.tokText(d, i, k) + " " + strings.TrimSuffix(s.toks[k].text, "s"))
		if d.x.lex.lookup(RoleType, singular) != nil {
			return singular, i
		}
	}
	return "", k
}

// pluralTitles reads a plural title shared out over its holders: "the
// Foreign Ministers of Egypt, Sameh Shoukry, of Jordan, Ayman Safadi, and
// of Iraq, Fuad Hussein".
func (d *doc) pluralTitles(s *sentence) {
	type plural struct {
		title string
		i, k  int
	}
	var plurals []plural // the plural titles the lexicon knows in the singular, read once
	for k := range s.toks {
		if title, i := d.pluralRole(s, k); title != "" {
			plurals = append(plurals, plural{title, i, k})
		}
	}
	for _, pl := range plurals {
		title, k := pl.title, pl.k
		if !s.word(k+1, "of") {
			continue
		}
		type pair struct{ p, b *dent }
		var pairs []pair
		q := k + 1
		for s.word(q, "of") {
			b := s.bodyAt(s.skipThe(q + 1))
			if b == nil || !s.word(b.j, ",") {
				break
			}
			p := s.personAt(s.skipHonorifics(b.j + 1))
			if p == nil {
				break
			}
			pairs = append(pairs, pair{p.e, b.e})
			q = p.j
			if s.word(q, ",") {
				q++
			}
			if s.word(q, "and") {
				q++
			}
		}
		if len(pairs) < 2 {
			pairs = pairs[:0]
			// "The Foreign Ministers of Armenia and Turkey, Edward
			// Nalbandian and Ahmet Davutoğlu": the names in the order of
			// the bodies
			var bs, ps []*dent
			q = s.skipThe(k + 2)
			for {
				b := s.bodyAt(q)
				if b == nil {
					break
				}
				bs = append(bs, b.e)
				q = b.j
				if !s.word(q, ",", "and") || s.word(q, ",") && s.personAt(s.skipHonorifics(q+1)) != nil {
					break
				}
				for s.word(q, ",", "and") {
					q++
				}
				q = s.skipThe(q)
			}
			if len(bs) >= 2 && s.word(q, ",") {
				q++
				for len(ps) < len(bs) {
					p := s.personAt(s.skipHonorifics(q))
					if p == nil {
						break
					}
					ps = append(ps, p.e)
					q = p.j
					for s.word(q, ",", "and") {
						q++
					}
				}
			}
			if len(ps) == len(bs) && len(bs) >= 2 {
				for x := range bs {
					pairs = append(pairs, pair{ps[x], bs[x]})
				}
			}
		}
		if len(pairs) < 2 {
			continue
		}
		for _, pr := range pairs {
			d.relate(graph.HoldsRole, pr.p, pr.b, s, confPattern, title, "")
		}
	}
	// "Foreign Ministers A of South Africa and B of Botswana": the title
	// before the first name, each state after its name
	heads := []*mention{}
	for _, r := range s.ms {
		if r.kind == mRole && pluralTitleWords[s.tokNorm(r.j-1)] {
			heads = append(heads, r)
		}
	}
	for _, pl := range plurals {
		// "The five Nordic Prime Ministers, Mr A of Denmark, …": a plural
		// the lexicon knows in the singular
		if s.word(pl.k+1, ",") {
			heads = append(heads, &mention{i: pl.i, j: pl.k + 1, kind: mRole, text: pl.title})
		}
	}
	for k := range s.toks {
		if title, end := d.pluralPortfolioTitle(s, k); title != "" {
			// "the Ministers of Foreign Affairs of the five States: Mr A
			// of Morocco, Mr B of Algeria"
			if q := s.ofTheStates(end); s.word(q, ":", ",") {
				heads = append(heads, &mention{i: k, j: q, kind: mRole, text: title})
			}
		}
	}
	for _, r := range heads {
		q0 := r.j
		if s.word(q0, ",", ":") {
			q0++ // "The five Nordic Prime Ministers, Mr A of Denmark, Mr B of Finland"
		}
		for q := q0; ; {
			p := s.personAt(s.skipHonorifics(q))
			if p == nil || !s.word(p.j, "of") {
				break
			}
			b := s.bodyAt(s.skipThe(p.j + 1))
			if b == nil {
				break
			}
			d.relate(graph.HoldsRole, p.e, b.e, s, confPattern, roleTitle(r.text), "")
			q = b.j
			if !s.word(q, ",", "and") {
				break
			}
			for s.word(q, ",", "and") {
				q++
			}
		}
	}
}

// partOfState is the state the text makes body b a part of, or nil.
func (d *doc) partOfState(b *dent) *dent {
	if b == nil {
		return nil
	}
	for _, r := range d.rels {
		if r.Type == graph.PartOf && r.From == b.ID && d.ents[r.To].Type == graph.State {
			return d.ents[r.To]
		}
	}
	return nil
}

// issuerState gives the state whose own organ issued the text ("Ministry
// of Foreign Affairs of the State of Qatar", "Government of Chad"), or is
// nil; the state becomes an entity of the text only when asked for.
func (d *doc) issuerState() func() *dent {
	is := d.issuer()
	if is != nil && is.Type == graph.State {
		return func() *dent { return is } // "TOGOLESE REPUBLIC / GOVERNMENT COMMUNIQUÉ"
	}
	if is == nil || is.Type != graph.Organization {
		return nil
	}
	if is.governs != nil {
		return func() *dent { return is.governs }
	}
	name := normPhrase(is.Name)
	organ := stateOrganName(is.Name) || foreignName(is.Name) && d.h.unit != "" && stateOrganName(d.h.unit) // "STATSMINISTERENS KONTOR / Office of the Prime Minister"
	// an embassy or a mission sits in another state's capital
	abroad := containsWord(name, "embassy") || containsWord(name, "mission") || containsWord(name, "delegation")
	if !organ && d.intergovernmentalBody(is) {
		return nil // an organisation of states speaks for none of them
	}
	if e := d.stateNamed(is.Name); e != nil {
		return func() *dent { return d.entity(graph.State, "", e) }
	}
	if e := d.stateOfName(is.Name); e != nil {
		// a national institution's, or an organ's that names its state by
		// adjective, abroad as at home: "Royal Nepalese Embassy"
		return func() *dent { return d.entity(graph.State, "", e) }
	}
	if organ && !abroad {
		if e := d.letterheadState(); e != nil {
			// "THE PRESIDENT'S OFFICE / MALÉ / REPUBLIC OF MALDIVES"
			return func() *dent { return d.entity(graph.State, "", e) }
		}
	}
	// "Federal Ministry for Foreign Affairs", datelined Vienna: an organ
	// that does not name its state sits in its capital; not an embassy or
	// a mission, which sit in another state's. A party, a movement or a
	// national body datelined its capital speaks of that state's ministers
	// too ("the Minister of the Interior, X" in a Bolivian ombudsman's
	// release), when the text names the state: one in exile does not
	if abroad {
		return nil
	}
	if c, ok := capitalOf()[normPhrase(d.h.place)]; ok && d.h.place != "" {
		if e := d.stateNamed(c); e != nil {
			if !organ && !d.namesEntry(e) {
				return nil // a movement in exile: "Oromo Liberation Front", datelined London, about Ethiopia
			}
			return func() *dent { return d.entity(graph.State, "", e) }
		}
	}
	if organ {
		if e := d.organState(is); e != nil {
			return func() *dent { return d.entity(graph.State, "", e) }
		}
	}
	return nil
}

// stateOrganName reports whether a body's name is an organ of a state's:
// "Ministry of Foreign Affairs", "Office of the Prime Minister",
// "Foreign and Commonwealth Office".
func stateOrganName(n string) bool {
	name := normPhrase(n)
	organ := leaderOffice(n)
	for _, w := range strings.Fields(name) {
		organ = organ || stateOrganWords[w]
	}
	for _, p := range stateOrganPhrases {
		organ = organ || containsWord(name, p)
	}
	return organ
}

// foreignName reports whether a name of two words or more has none of the
// English words a body's name is joined by: "STATSMINISTERENS KONTOR",
// "CAMERA DEI DEPUTATI", a letterhead in the issuer's own language.
func foreignName(n string) bool {
	f := strings.Fields(normPhrase(n))
	for _, w := range f {
		if w == "of" || w == "the" || w == "and" || w == "for" || w == "on" || orgHeads[w] {
			return false
		}
	}
	return len(f) >= 2
}

// namesEntry reports whether the text names the lexicon entry anywhere,
// by name or adjective.
func (d *doc) namesEntry(e *Entry) bool {
	for _, s := range d.sents {
		for _, m := range s.ms {
			if m.e != nil && m.e.entry == e {
				return true
			}
		}
	}
	return false
}

// intergovernmentalBody reports whether the body is an organisation of
// states, which speaks for no one state: "African Union Commission".
func (d *doc) intergovernmentalBody(b *dent) bool {
	if b.entry != nil && b.entry.flag("intergovernmental") {
		return true
	}
	for _, w := range strings.Fields(normPhrase(b.Name)) {
		if intergovernmentalWords[w] {
			return true
		}
	}
	return false
}

// nationalInstitution reports whether the body is one state's independent
// institution that its name ties to its state: "South African Human Rights
// Commission", "Special State Prosecutor's Office of Montenegro". Its
// release names its state's officials bare.
func (d *doc) nationalInstitution(b *dent) bool {
	if b == nil || b.Type != graph.Organization || b.entry != nil && b.entry.flag("intergovernmental") {
		return false
	}
	for _, w := range strings.Fields(normPhrase(b.Name)) {
		if nationalInstitutionWords[w] {
			return d.stateOfName(b.Name) != nil
		}
	}
	return false
}

// issuerNamedState is the state the issuer's name names ("the Communist
// Party of Czechoslovakia", "the Human Rights Commission of Pakistan"), or
// nil.
func (d *doc) issuerNamedState() *dent {
	if is := d.issuer(); is != nil {
		if e := d.stateNamed(is.Name); e != nil {
			return d.entity(graph.State, "", e)
		}
	}
	return nil
}

// stateOfName is the lexicon's State that a body's name names, by name or
// by adjective ("South African Human Rights Commission"), or nil.
func (d *doc) stateOfName(name string) *Entry { return d.stateIn(name, true) }

// stateNamed is the lexicon's State that the name names, or nil.
func (d *doc) stateNamed(name string) *Entry { return d.stateIn(name, false) }

// stateIn is the first lexicon State the name names, by its name or, when
// adjectives count, by its adjective.
func (d *doc) stateIn(name string, adjectives bool) *Entry {
	for _, m := range d.x.lex.match(tokenize(name, 0, len(name))) {
		for _, r := range m.refs {
			if e := r.entry; e.Type == string(graph.State) && (r.kind == kindName || adjectives && r.kind == kindAdjective) {
				return e
			}
		}
	}
	return nil
}

// courtesy reports whether the title r is a form of address, not a post:
// "H.E. Ambassador X", "Chief Emeka Anyaoku" (a Nigerian honour).
func (s *sentence) courtesy(r *mention) bool {
	return normPhrase(r.role.Name) == "ambassador" && s.honorificBefore(r.i) ||
		s.word(r.i, "chief") && r.j == r.i+1 && s.personAt(s.skipHonorifics(r.j)) != nil // "Chief Dr Joseph Dion Ngute"
}

// delegationLeader is the body whose delegation the title r leads: "The
// Government delegation was led by Minister of Justice X", "the
// delegation of the Front, headed by its Secretary-General".
func (s *sentence) delegationLeader(r *mention) (*dent, bool) {
	by := r.i - 1
	if !s.word(by, "by") {
		// "was led by Ato X, Deputy Secretary General": the title after
		// the leader's name
		if p := s.lastPersonBefore(r.i); p != nil && s.word(r.i-1, ",") && p.j == r.i-1 && !s.word(r.j, "of", "to", "for", "at", "in") {
			by = s.skipHonorificsBack(p.i) - 1
		}
	}
	if !s.word(by, "by") || !s.word(by-1, "led", "headed") {
		return nil, false
	}
	k := by - 2
	if s.word(k, "was", ",") {
		k--
	}
	if m := s.bodyBefore(k + 1); m != nil {
		if of := s.skipBackThe(m.i - 1); s.word(of, "of") && s.word(s.skipBackThe(of-1), "delegation") {
			return m.e, true // "the delegation of the Front was led by"
		}
	}
	if s.word(k, "delegation") {
		if m := s.bodyBefore(k); m != nil {
			return m.e, true // "The Government delegation was led by"
		}
	}
	return nil, false
}

// bodyInTitle is the body a title names by a common noun inside it: "Head
// of Mission" is the head of the one mission the text has named.
func (d *doc) bodyInTitle(r *mention) (*dent, bool) {
	words := strings.Fields(normPhrase(r.text))
	if len(words) < 3 || words[len(words)-2] != "of" && words[len(words)-2] != "the" {
		return nil, false
	}
	noun := words[len(words)-1]
	var found *dent
	for _, id := range d.order {
		e := d.ents[id]
		if e.Type == graph.Organization && !e.dropped && headNoun(e.Name) == noun {
			if found != nil && found != e {
				return nil, false // two such bodies: say neither
			}
			found = e
		}
	}
	return found, found != nil
}

// possessiveNounBody is the body a title's possessive names by its common
// noun: "the party's President, X" is the President of the one party the
// text has named.
func (d *doc) possessiveNounBody(s *sentence, r *mention) (*dent, bool) {
	if !s.word(r.i-1, "'s", "’s") || !s.word(r.i-3, "the") || s.at(r.i-2) != nil || !orgHeads[s.tokNorm(r.i-2)] {
		return nil, false
	}
	if b := d.bodyByHead(s.tokNorm(r.i - 2)); b != nil {
		return b, true
	}
	return nil, false
}

// delegationState is the state whose delegation the sentence lists a
// government title in: "The Slovenian delegation … included Prime
// Minister A, Foreign Minister B and Mr C, Minister of Defence".
// listDelegationState is the state (or the issuing body, for "our
// delegation") whose delegation a list item belongs to: "The delegation of the Republic of Iraq … included:" over "- Dr
// Saadoun Hammadi, Deputy Prime Minister;".
func (d *doc) listDelegationState(s *sentence) (*dent, bool) {
	intro := d.listIntro(s)
	if intro != nil && intro.word(0, "and") && intro.compositionAt(1, 3) >= 0 {
		// "The Nepalese delegation was led by: - A … and included: - B":
		// the delegation the list began with
		if k := d.indexOf(intro); k > 0 {
			intro = d.listIntro(d.sents[k-1])
		}
	}
	if intro == nil {
		return nil, false
	}
	k := intro.find(0, len(intro.toks), "delegation")
	if k < 0 || intro.compositionAt(k, len(intro.toks)) < 0 && intro.find(k, len(intro.toks), "led", "headed") < 0 {
		return nil, false
	}
	if a := intro.at(k - 1); a != nil && a.kind == mAdjective && a.e != nil && a.e.Type == graph.State {
		return a.e, true
	}
	if intro.word(k-1, "our") && d.issuer() != nil && d.issuer().Type == graph.Organization && s.bulleted() {
		return d.issuer(), true // "Our delegation … was made up of:" in a movement's release
	}
	if intro.word(k+1, "of") {
		if m := intro.entityAt(intro.skipThe(k+2), graph.State); m != nil {
			return m.e, true
		}
	}
	return nil, false
}

func (s *sentence) delegationState(r *mention) (*dent, bool) {
	k := -1
	for q := r.i - 1; q >= 0 && k < 0; q-- {
		if s.word(q, "delegation") {
			k = q // the nearest: "the Russian delegation was headed by A; the Iranian delegation by B"
		}
	}
	if k < 0 || s.find(k, r.i, "headed", "led", "by") < 0 && s.compositionAt(k, r.i) < 0 {
		return nil, false
	}
	if a := s.at(k - 1); a != nil && a.kind == mAdjective && a.e != nil {
		return a.e, true // "the Slovenian delegation"
	}
	if s.word(k+1, "of") {
		if m := s.entityAt(s.skipThe(k+2), graph.State); m != nil {
			return m.e, true // "the delegation of Slovenia"
		}
	}
	if s.word(k-1, "'s") {
		if b := s.bodyBefore(k - 1); b != nil {
			return b.e, true // "The South African Government's delegation … included the Minister of Justice"
		}
	}
	return nil, false
}

// signedForBody is the body an official signed for, whose title r is:
// "signed for the Government of Niger by Mr A, Minister of State", "on
// behalf of the Front by its Secretary-General, B", "for Barbados by the
// Prime Minister, the Honourable C".
func (s *sentence) signedForBody(r *mention) (*dent, bool) {
	by := -1
	for q := r.i - 1; q >= max(0, r.i-10) && by < 0; q-- {
		if s.word(q, ";", "and", "for", "of") {
			return nil, false
		}
		if s.word(q, "by") {
			by = q
		}
	}
	q := r.i - 2
	for q > by && by >= 0 && (honorifics[s.tokNorm(q)] || s.word(q, "his", "her")) {
		q-- // "for the Republic of Uganda by His Excellency the President, Dr X"
	}
	titleFirst := s.word(r.i-1, "the") && q == by // "for Barbados by the Prime Minister, the Honourable X"
	if by < 0 || s.find(0, by, "signed", "countersigned", "initialled") < 0 ||
		!titleFirst && (s.lastPersonBefore(r.i) == nil || s.lastPersonBefore(r.i).i < by) {
		return nil, false // the title after the name: "by Ambassador A" is a style
	}
	b := s.bodyBefore(by)
	if b == nil || b.j != by || b.kind != mEntity {
		return nil, false
	}
	q = b.i - 1
	if s.word(q, "the") {
		q--
	}
	if s.word(q, "for") || s.word(q, "of") && s.word(q-1, "behalf") {
		if titleFirst && b.e.governs != nil {
			return b.e.governs, true // "for the Government of Pakistan by the Federal Minister": the state's minister
		}
		return b.e, true
	}
	return nil, false
}

// bodyAfterComma is the body a list item names after the title, with no
// "of": "Shri A, President, AASU;", "B, Chief Secretary, Government of
// Assam." The item must end there, so that "X, Minister, the Council
// said" reads nothing.
func (s *sentence) bodyAfterComma(r *mention) (*dent, bool) {
	k := r.j
	if !s.word(k, ",") {
		k = s.titleEnd(r) // "B, Minister of Mines and Hydrocarbons, Republic of Venezuela;"
	}
	if !s.word(k, ",") || s.word(r.i-1, "the", "a", "its", "their") {
		return nil, false
	}
	b := s.bodyAt(s.skipThe(k + 1))
	if b == nil || b.kind != mEntity {
		return nil, false
	}
	end := b.j
	if s.word(end, "(") && s.word(end+2, ")") {
		end += 3 // "A, Chairman, Karen National Union (KNU)"
	}
	if !(end == len(s.toks) || s.word(end, ";", ".") && end+1 >= len(s.toks) || s.word(end, ";")) {
		return nil, false
	}
	p := s.lastPersonBefore(r.i)
	if p == nil || !s.word(p.j, ",") {
		return nil, false
	}
	q := p.j + 1
	for q+2 <= r.i && postNominals[s.tokNorm(q)] && s.word(q+1, ",") {
		q += 2 // "C, MP, Minister of Foreign Affairs, Bangladesh"
	}
	if q != r.i {
		return nil, false // the holder is named just before: "A, President, B"
	}
	return b.e, true
}

// namesType reports whether the sentence names an entity of type t.
func (s *sentence) namesType(t graph.EntityType) bool {
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == t && (m.kind == mEntity || m.kind == mAdjective) {
			return true
		}
	}
	return false
}

// namesStateBut reports whether the sentence names a state other than st
// before token end:
// "the Minister for Defence, X, came to Australia" in Australia's own
// release still speaks of its minister. A state that another title names
// is that title's, not another state the sentence speaks of: "received the
// Ambassador of the United States, Y" still speaks of its own minister.
func (s *sentence) namesStateBut(st *dent, end int) bool {
	for _, m := range s.ms {
		if m.i >= end {
			break
		}
		if m.e != nil && m.e != st && m.e.Type == graph.State && (m.kind == mEntity || m.kind == mAdjective) && !s.titlesState(m) {
			return true
		}
	}
	return false
}

// titlesState reports whether the state mention m completes a title
// ("the Ambassador of the United States") or qualifies one ("the American
// Ambassador").
func (s *sentence) titlesState(m *mention) bool {
	if r := s.roleAt(m.j); m.kind == mAdjective && r != nil && r.i == m.j {
		return true
	}
	k := s.skipBackThe(m.i - 1)
	if !s.word(k, "of") {
		return false
	}
	r := s.roleAt(k - 1)
	return r != nil && r.j == k
}

// signatureFor is the body a signature line signs for, which the titles
// after it belong to: "For the Argentine Republic: Dante Caputo, Minister
// of Foreign Affairs and Worship"; or the line above a signer's, in a
// block: "For the Government of the Republic of Chad:" over "General X,
// Head of State".
func (d *doc) signatureFor(s *sentence, r *mention) (*dent, bool) {
	b, from := d.signedFor(s)
	if b == nil || r.i < from || s.find(from, r.i, ";") >= 0 {
		return nil, false
	}
	return b, true // whatever the title: one signs for the state whose office one holds
}

// signedFor is the body a signature line names, and the token from which
// its signers stand: "For the Argentine Republic: A, …" (after the colon),
// or a line under "For the Government of Chad:" (the whole line); nil
// when s is no signature line.
func (d *doc) signedFor(s *sentence) (*dent, int) {
	if b := s.forBodyColon(); b != nil {
		return b.e, b.j + 1
	}
	if intro := d.listIntro(s); intro != nil && len(intro.toks) > 0 {
		if b := intro.forBodyColon(); b != nil && b.j+1 == len(intro.toks) {
			return b.e, 0
		}
	}
	return nil, 0
}

// forBodyColon is the body of a line that opens "For (the) BODY:", or nil.
func (s *sentence) forBodyColon() *mention {
	if !s.word(0, "for") {
		return nil
	}
	b := s.bodyAt(s.skipThe(1))
	if b == nil || b.kind != mEntity {
		return nil
	}
	c := b.j
	if s.word(c, "(") && s.word(c+2, ")") {
		c += 3 // "For the Armed Forces of the North (FAN):"
	}
	if !s.word(c, ":") {
		return nil
	}
	return &mention{i: b.i, j: c, kind: mEntity, e: b.e}
}

// leaderOffice reports whether a body's name is the office of a state's
// leader: "The President's Office", "Office of the Prime Minister".
func leaderOffice(name string) bool {
	n := normPhrase(name)
	if !containsWord(n, "office") && !containsWord(n, "secretariat") {
		return false
	}
	for t := range headOfStateTitles {
		if containsWord(n, t) || containsWord(n, t+"s") {
			return true
		}
	}
	return false
}

// organState is the state of a state organ's release that its name and
// letterhead leave unsaid: the country of the town it is datelined in
// ("MINISTERIE VAN JUSTITIE", datelined The Hague). An organ of a
// province ("Sikkim Legislative Assembly", datelined Gangtok) is no
// state's. The state the text names most is not enough: a ministry's
// release on a visit abroad names the host state more than its own.
func (d *doc) organState(organ *dent) *Entry {
	if d.provincial(organ) {
		return nil
	}
	return d.datelineState()
}

// provincial reports whether a body's name holds the name of a place below
// a state ("Sikkim Legislative Assembly", "Quebec Ministry of Justice").
func (d *doc) provincial(body *dent) bool {
	for _, w := range strings.Fields(body.Name) {
		if e := d.x.lex.lookupAny(w, graph.Place); e != nil && e.Attrs["placeType"] != "country" {
			return true
		}
		if k := normPhrase(w); gazetteerHas(k, gazetteer.KindSubdivision) && !worldPlaces().common[k] {
			return true
		}
	}
	return false
}

// datelineState is the state of the town the text is datelined in, or nil.
func (d *doc) datelineState() *Entry {
	if t := d.datelineTown(); t != nil && t.entry != nil && t.entry.Attrs["country"] != "" {
		return d.stateNamed(t.entry.Attrs["country"])
	}
	return nil
}

// homeState is the state a text is written in, as its letterhead names it
// or else the country of the town it is datelined in; nil when neither
// tells.
func (d *doc) homeState() *Entry {
	if e := d.letterheadState(); e != nil {
		return e
	}
	return d.datelineState()
}

// letterheadState is the state a line of the header names on its own
// ("REPUBLIC OF MALDIVES" under the issuer's line), when one line alone
// does; nil otherwise.
func (d *doc) letterheadState() *Entry {
	if d.letterhead == nil {
		d.letterhead = sync.OnceValue(d.readLetterheadState)
	}
	return d.letterhead()
}

// capitalOf is the country whose capital the gazetteer names by the
// matching form of a town's name.
var capitalOf = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, c := range gazetteer.Countries() {
		if c.Capital != "" {
			m[normPhrase(c.Capital)] = c.Name
		}
	}
	return m
})

func (d *doc) readLetterheadState() *Entry {
	var found *Entry
	add := func(e *Entry) bool {
		if found != nil && found != e {
			return false
		}
		found = e
		return true
	}
	seat := true // a town above the date line is the issuer's seat; one on it or under it, where it spoke
	for _, l := range splitLines(d.text[:min(d.h.body, len(d.text))]) {
		if _, ok := parseDateLine(l.text); ok {
			seat = false
		}
		// "OFFICE OF THE PRIME MINISTER | PAPUA NEW GUINEA", "Downing
		// Street, London SW1": each part of a line on its own
		for _, part := range strings.FieldsFunc(l.text, func(r rune) bool { return r == '|' || r == ',' }) {
			t := strings.Trim(strings.TrimSpace(part), ".,")
			if t == "" || len(strings.Fields(t)) > 6 {
				continue
			}
			if t == strings.ToUpper(t) {
				t = titleCase(t)
			}
			// "Republic of Maldives": the state's form opens its name
			f := strings.Fields(t)
			k := 0
			for k < len(f)-1 && (stateForms[strings.ToLower(f[k])] || stateFormAdjectives[strings.ToLower(f[k])] || f[k] == "of" || f[k] == "the") {
				k++
			}
			if e := d.x.lex.lookupAny(strings.Join(f[k:], " "), graph.State); e != nil {
				if !add(e) {
					return nil
				}
				continue
			}
			// the seat of a government, its capital, with a postcode after
			// it or not: "London SW1", "CANBERRA"
			if !seat {
				continue
			}
			for len(f) > 1 && strings.ContainsAny(f[len(f)-1], "0123456789") {
				f = f[:len(f)-1]
			}
			if c, ok := capitalOf()[normPhrase(strings.Join(f, " "))]; ok {
				if e := d.stateNamed(c); e != nil && !add(e) {
					return nil
				}
			}
		}
	}
	return found
}

// signatureBlocks reads the lines that sign a release, a name on one line
// and its title on the next ("Karu Jayasuriya / Speaker", "Edil Baisalov
// / Chairman of the Coalition", "Rafiq Ahmad Bajwa / Central Information
// Secretary / Pakistan National Alliance"): the name holds the title, of
// the body the title names, else of the body on the line under it, else
// of the issuer (a minister's title: the issuer's state; under a state's
// letterhead: the body its next header line names).
func (d *doc) signatureBlocks() {
	n := len(d.sents)
	for k := max(1, n-8); k < n; k++ {
		name, title := d.sents[k-1], d.sents[k]
		r := title.roleAt(0)
		if j := title.officeTitleAt(0); (r == nil || r.j < j) && j == len(title.toks) && j > 1 {
			// "Central Information Secretary": a title the lexicon does
			// not know, the whole line
			text := title.tokText(d, 0, j)
			r = &mention{i: 0, j: j, kind: mRole, role: &Entry{Type: RoleType, Name: text, key: normPhrase(text)}, text: text}
		}
		if r == nil || r.i != 0 || name.title || !d.ownLine(name) || !d.ownLine(title) {
			continue
		}
		p := d.signatureName(name)
		if p == nil {
			continue
		}
		body, explicit := d.roleBody(title, r)
		if !explicit {
			body = nil // only the body the title line names
		}
		if body == nil && k+1 < n && d.ownLine(d.sents[k+1]) {
			if m := d.sents[k+1].bodyAt(0); m != nil && m.j == len(d.sents[k+1].toks) {
				body = m.e // the body's own line under the title
			}
		}
		if body == nil && r.j == len(title.toks) {
			switch {
			case r.role.flag("government") || title.find(0, r.j, "minister") >= 0:
				if st := d.issuerState(); st != nil {
					body = st() // "Minister of the Interior" under a ministry's release: its state's
				}
			case title.word(0, "mediator", "facilitator", "witness", "guarantor"):
			case d.issuer() != nil && d.issuer().Type == graph.State:
				body = d.unitBody() // "REPUBLIC OF ZAMBIA / HUMAN RIGHTS COMMISSION" … "Chairperson": the commission's
			default:
				body = d.issuer() // "Chairman", "Speaker": the issuer's own
			}
		}
		if body == nil {
			continue
		}
		role := r.text
		if allCaps(role) {
			role = titleCase(role) // "CHAIRPERSON"
		}
		d.relate(graph.HoldsRole, p, body, title, confPattern, roleTitle(role), "")
	}
}

// ownLine reports whether the sentence is a line of its own, with no full
// stop: a line of a signature block.
func (d *doc) ownLine(s *sentence) bool {
	text := strings.TrimSpace(d.text[s.start:s.end])
	if text == "" || strings.ContainsAny(text, "\n;:") || strings.HasSuffix(text, ".") {
		return false
	}
	rest := strings.TrimLeft(d.text[s.end:], " \t")
	return rest == "" || rest[0] == '\n' || rest[0] == '\r'
}

// signatureName is the person a signature block's name line names: the
// person the line is, else its two to five capitalised words after any
// honorific ("Justice Lombe Chibesakunda", "Brigadier Ansumane Mané").
func (d *doc) signatureName(s *sentence) *dent {
	if len(s.ms) == 1 && s.ms[0].e != nil && s.ms[0].e.Type == graph.Person && s.ms[0].j == len(s.toks) {
		if allCaps(s.ms[0].text) {
			s.ms[0].e.addSurface(titleCase(s.ms[0].text)) // "M. N. KAUL" is M. N. Kaul
		}
		return s.ms[0].e
	}
	if len(s.ms) > 0 {
		return nil
	}
	i := s.skipHonorifics(0)
	words := 0
	for k := i; k < len(s.toks); k++ {
		t := s.toks[k]
		switch {
		case s.word(k, "."), t.hyphen:
		case t.word && t.upper() && !t.digit() && !orgHeads[t.norm] && !venueHeads[t.norm] && !stopCaps[t.norm]:
			words++
		default:
			return nil
		}
	}
	if words < 2 || words > 5 {
		return nil
	}
	name := s.tokText(d, i, len(s.toks))
	if allCaps(name) {
		name = titleCase(name) // "M. N. KAUL"
	}
	e := d.entity(graph.Person, name, nil)
	e.addSurface(name)
	s.addMention(&mention{i: i, j: len(s.toks), kind: mEntity, e: e, text: name})
	return e
}

// unitBody is the body the letterhead line under the issuer's names
// ("HUMAN RIGHTS COMMISSION" under "REPUBLIC OF ZAMBIA"), or nil.
func (d *doc) unitBody() *dent {
	unit := d.unitName()
	if unit == "" || !orgHeads[strings.ToLower(unit[strings.LastIndexByte(unit, ' ')+1:])] {
		return nil
	}
	e := d.entity(graph.Organization, unit, d.x.lex.lookupAny(unit, graph.Organization))
	e.addSurface(unit)
	return e
}
