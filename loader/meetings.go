package loader

// Meetings: a body's numbered sessions, its meetings without a number,
// meetings between named parties; HELD, ATTENDED and where they met.

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/gazetteer"
)

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
		if s.word(i-1, ",") && i > 1 && t[i-2].digit() && t[i-2].end == t[i-1].start {
			continue // "156th" in "1,156th" was read with "1"
		}
		var body *dent
		named := k // where the words after the ordinal start
		// ORDINAL BODY 's? NOUN
		if m := s.entityAt(k, graph.Organization); m != nil {
			body = m.e
			k = m.j
			if s.word(k, "'s") {
				k++
			}
		}
		if s.word(k, "and") && s.word(k+1, "final", "last") {
			k += 2 // "the thirteenth and final round"
		}
		// "fourth extraordinary session", "sixth International Meeting"
		for q := k; q < min(len(t), k+3) && !sessionNouns[t[q].norm]; q++ {
			if sessionAdjectives[t[q].norm] || t[q].upper() && (s.at(q) == nil || s.at(q).kind == mRole) {
				continue // "sixth International Meeting", "Fifty-Second Pacific Islands Forum Leaders Meeting"
			}
			break
		}
		for q := k; q < min(len(t), k+3); q++ {
			if sessionNouns[t[q].norm] && !(q+1 < len(t) && t[q+1].hyphen) {
				k = q // not the "round" of "round-table meeting"
				break
			}
			if q+1 < len(t) && t[q+1].hyphen && t[q].word || t[q].hyphen {
				continue // "round-table", "high-level"
			}
			if !sessionAdjectives[t[q].norm] && !(t[q].upper() && (s.at(q) == nil || s.at(q).kind == mRole)) {
				break
			}
		}
		if body != nil && (k >= len(t) || !sessionNouns[t[k].norm]) {
			if m := s.at(named); m != nil && m.e == body && sessionNouns[t[m.j-1].norm] && !s.word(m.j-1, "talks") {
				k = m.j - 1 // "the 33rd Pacific Islands Forum": the body's own meeting
			}
		}
		if k >= len(t) || !sessionNouns[t[k].norm] {
			continue
		}
		if body != nil && t[k].upper() && s.word(k+1, "on") && s.upperAfterThe(k+2) {
			continue // "the Third United Nations Conference on the Law of the Sea": a conference's name, not the UN's session
		}
		if d.future(s, i) || s.futureAfter(k+1) || s.calledFor(i) {
			continue // "the offer of Bangladesh to host the Thirteenth SAARC Summit"
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
			} else if m := s.bodyOfMembers(q); m != nil {
				body = m.e // "the Twelfth Meeting of the Heads of State or Government of the Member States of SAARC"
			}
		}
		// BODY held its ORDINAL, BODY 's ORDINAL, BODY opened its 2022
		// ORDINAL
		if body == nil && (s.word(i-1, "its", "'s") || s.word(i-2, "'s") || s.word(i-2, "its") && isYear(t[i-1])) {
			// the last body before the ordinal, the subject or possessor,
			// but not the body it belongs to: "The Council of Foreign
			// Ministers of the OIC held its 46th session"
			var last *mention
			for _, m := range s.ms {
				if m.i >= i || m.e == nil || m.e.Type != graph.Organization {
					continue
				}
				if last != nil && s.word(m.i-1, "(") && (last.j == m.i-1 || s.bracketAfterComplement(last, m)) {
					continue // "the Council of the African Union (AU)": the acronym restates
				}
				if last != nil && s.word(m.i-1, "of") && last.j == m.i-1 ||
					last != nil && s.word(m.i-1, "the") && s.word(m.i-2, "of") && last.j == m.i-2 {
					continue
				}
				last = m
			}
			if last != nil {
				body = last.e
			}
		}
		if body == nil && s.title {
			// the title's session is the one the text reports with its body
			body = d.heldBy(d.meetingNumbered(n))
			if body == nil {
				body = d.issuer()
			}
		}
		if body == nil && s.word(i-1, "its") {
			// "… the Security Council, which met in New York. At its 988th
			// meeting …"; else the speaker's: "Recalling the communiqué it
			// adopted at its 1149th meeting"
			if body = d.bodyMetBefore(s, i); body == nil {
				body = d.speakingBody()
			}
		}
		if body == nil && t[k].norm != "session" && t[k].norm != "meeting" && !s.word(i-1, "a", "an", "any", "another") {
			// "the third cycle of the Table … at the close of the second
			// cycle": one body's series, when the document has one
			body = d.seriesBody(t[k].norm)
		}
		// "Leaders of the Union gathered in Kampala for the second
		// extraordinary summit": the subject's
		if v := s.find(0, i, "met", "gathered", "convened", "assembled"); body == nil && v >= 0 && s.word(i-1, "the") && s.word(i-2, "for") {
			for _, m := range s.ms {
				if m.j <= v && m.e != nil && m.e.Type == graph.Organization {
					body = m.e
					break
				}
			}
		}
		// states that hold a meeting together: "Iran, Russia and Turkey
		// held the sixth International Meeting"
		var holders []*dent
		if v := s.find(max(0, i-3), i, "held", "hold", "holds", "convened", "hosted"); body == nil && v >= 0 {
			for _, m := range d.subjects(s, i) {
				if m.Type == graph.State {
					holders = append(holders, m)
				}
			}
			if len(holders) < 2 {
				// "The Foreign Ministers of Egypt, X, of Jordan, Y, and of
				// Iraq, Z, held their fourth trilateral meeting"
				if ss := s.statesBefore(v); len(ss) >= 2 && s.word(v+1, "their") {
					holders = ss
				}
			}
			if len(holders) > 0 {
				body = holders[0]
			}
		}
		if body == nil && noun > named && s.word(noun, "forum", "assembly") && s.capitalised(named, noun+1) && !s.covered(named, noun) && !s.word(noun+1, "between") {
			// "the Sixteenth South Pacific Forum": the Nth meeting of a
			// forum the text names by its own name (not "the second Joint
			// Consultation Forum between A and B", a meeting of two sides)
			body = d.entity(graph.Organization, s.tokText(d, named, noun+1), d.x.lex.lookupAny(s.tokText(d, named, noun+1), graph.Organization))
		}
		if body == nil {
			// "the third trilateral summit, held in Baghdad on 27 June
			// 2021": a meeting of no body the text names, found again by
			// its place
			k := s.find(noun+1, min(len(t), noun+3), "held")
			reach := 3
			if c := s.find(noun+1, min(len(t), noun+12), "convened", "held", "hosted", "place"); k < 0 && c >= 0 && s.find(noun+1, c, "which", "that") >= 0 &&
				(!s.word(c, "place") || s.word(c-1, "took")) {
				k = c // "the first round-table meeting on X, which he convened in Geneva", "…, which took place yesterday at the Palais"
				if s.word(c, "place") {
					reach = 10 // "took place yesterday, 25 October 2013, at the Palais des Congrès"
				}
			}
			if k < 0 && s.word(noun+1, "between") {
				// "the second Joint Consultation Forum between A and B, held in"
				if e := s.listEnd(noun + 2); s.word(e, ",") && s.word(e+1, "held") {
					k = e + 1
				}
			}
			if e := s.namedComplementEnd(noun); k < 0 && e > noun+2 && s.word(e, ",") && s.word(e+1, "held", "convened") {
				// "The Seventeenth Meeting of Consultation of Ministers of
				// Foreign Affairs, held in Washington": past its name
				k = e + 1
			} else if k < 0 && e > noun+2 && s.word(e, ",") && s.word(e+1, "which") {
				// "The Sixth Meeting of Consultation …, which the Government
				// of Costa Rica hosted at the National Theatre"
				k = s.find(e+2, min(len(t), e+10), "hosted", "held", "convened")
			}
			if k < 0 {
				// "The third round of the intra-Sudanese talks took place in
				// Geneva": the verb after the noun's own words
				k = s.verbAfterNoun(noun)
			}
			if k < 0 && s.word(i-1, "the", "their") && s.find(max(0, i-3), i, "concluded", "opened", "began", "held", "completed", "resumed") >= 0 {
				// "the parties concluded the fifth cycle of talks in Mexico
				// City": where the noun's words end; "concluded the first
				// round of formal peace talks since 2011, held in Oslo"
				k = noun
				if h := s.find(noun+1, min(len(t), noun+10), "held", "convened", "hosted", ";"); h > 0 && !s.word(h, ";") {
					k = h
				}
			}
			if k >= 0 && !s.word(i-1, "a", "an", "next", "another") {
				if p := d.placeAfter(s, k+1, reach); p != nil {
					d.placedMeeting(s, i, noun, n, p)
				} else if v := s.find(max(0, i-3), i, "concluded", "completed", "held", "opened"); v >= 0 && s.word(i-1, "the") && talkNouns[s.tokNorm(noun+2)] && s.word(noun+1, "of") {
					// "the delegations … yesterday concluded the first round
					// of talks on the boundary": a numbered round the text
					// places later, if at all ("The talks were held at …")
					d.numberedTalks(s, i, noun, n)
				}
			}
			continue
		}
		id := graph.SessionMeetingID(body.ID, n)
		mt, ok := d.ents[id]
		if !ok {
			name := graph.Ordinal(n) + " session of the " + body.Name
			if body.Type == graph.State {
				// "Norway hosted the third round of talks": a round, not
				// "the Norway"'s
				name = graph.Ordinal(n) + " " + s.commonCase(d, i+1, noun+1) + " hosted by " + body.Name
			}
			if len(holders) > 1 {
				// "4th trilateral meeting of Egypt, Jordan and Iraq"
				name = graph.Ordinal(n) + " " + s.commonCase(d, i+1, noun+1) + " of " + joinNames(holders)
			}
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
		if p := d.meetingPlaceNear(s, i); p != nil {
			d.relate(graph.OccurredIn, mt, p, s, confPattern, "", "")
		}
		if d.mainMeeting() == nil && (s.title || body == d.issuer() || d.partOfIssuer(body) || len(holders) > 0) {
			d.setMainMeeting(s, mt)
		}
	}
}

// verbAfterNoun is the verb that says a meeting was held, when it follows
// the meeting noun at n and the words that complete it ("round of the
// intra-Sudanese talks took place", "session, which was held"), or -1.
func (s *sentence) verbAfterNoun(n int) int {
	between := false
	for k := n + 1; k < min(len(s.toks), n+20); k++ {
		if s.word(k, "held", "convened", "opened", "concluded") || s.word(k, "took") && s.word(k+1, "place") {
			return k
		}
		if s.word(k, "between") {
			between = true // "talks between A and B were held"
		}
		if s.word(k, ",") && !s.word(k+1, "which") || s.word(k, ";", ":", "(") || s.word(k, "and") && !between {
			return -1
		}
	}
	return -1
}

// setMainMeeting makes mt the meeting the text reports, unless a sentence
// after the opening one dates it long before the text: a meeting recalled,
// not reported.
func (d *doc) setMainMeeting(s *sentence, mt *dent) {
	if s.title || d.opening(s) || !d.longBefore(s) {
		d.setSlot(slotMainMeeting, mt)
	}
}

// longBefore reports whether the sentence dates what it tells more than
// six months before the text was published (texts are often posted weeks
// after the meeting they report): "At the XIIIth Summit, held in
// Montreux in October 2010" is recalled, not reported.
func (d *doc) longBefore(s *sentence) bool {
	pub, ok := d.h.published.Time()
	if !ok {
		return false
	}
	limit := pub.AddDate(0, -6, 0)
	for _, ds := range s.dates {
		if t, ok := ds.to.Time(); ok && t.Before(limit) {
			return true
		}
	}
	for k, tk := range s.toks {
		// "in October 2010": a month the day-level dates leave out
		if m := monthOf(s.tokNorm(k - 1)); m > 0 && isYear(tk) {
			y, _ := strconv.Atoi(tk.norm)
			if time.Date(y, m+1, 1, 0, 0, 0, 0, time.UTC).Before(limit) {
				return true
			}
		}
	}
	return false
}

// romanOrdinal reads an ordinal written in Roman numerals with an English
// suffix ("XIIIth", "XXIst", "IVth"), or gives 0.
func romanOrdinal(w string) int {
	var digits string
	for _, suf := range []string{"th", "st", "nd", "rd"} {
		if strings.HasSuffix(w, suf) {
			digits = strings.TrimSuffix(w, suf)
			break
		}
	}
	if digits == "" || len(digits) > 8 {
		return 0
	}
	n := 0
	for k := 0; k < len(digits); k++ {
		v := romanValue(digits[k])
		if v == 0 {
			return 0
		}
		if k+1 < len(digits) && romanValue(digits[k+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// romanValue is the value of a Roman numeral's letter, 0 for any other byte.
func romanValue(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	}
	return 0
}

// isYear reports whether the token is a year: "2022".
func isYear(tk token) bool {
	return tk.digit() && len(tk.text) == 4 && (strings.HasPrefix(tk.text, "19") || strings.HasPrefix(tk.text, "20"))
}

// ordinal reads "42nd" or "forty-second" at token i; it returns the number
// and the token after it.
func ordinal(s *sentence, i int) (int, int) {
	t := s.toks[i]
	// "1,156th": thousands written with a comma
	if t.digit() && len(t.norm) <= 3 && s.word(i+1, ",") && i+2 < len(s.toks) && len(s.toks[i+2].norm) == 5 &&
		s.toks[i+2].digit() && s.toks[i+1].end == s.toks[i+2].start {
		if n, next := ordinal(s, i+2); n > 0 {
			th, _ := strconv.Atoi(t.norm)
			return th*1000 + n, next
		}
	}
	if n, ok := ordinalWords[t.norm]; ok {
		return n, i + 1
	}
	// numerals only from a digit or a Roman letter: most tokens are words,
	// and this is run on every token (a mark alone, "ۜ", has an empty norm)
	var first byte
	if t.norm != "" {
		first = t.norm[0]
	}
	if first >= '0' && first <= '9' || first == '+' || romanValue(t.text[0]) > 0 {
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if strings.HasSuffix(t.norm, suf) {
				if n, err := strconv.Atoi(strings.TrimSuffix(t.norm, suf)); err == nil && n > 0 && n < 100000 {
					return n, i + 1
				}
			}
		}
		if n := romanOrdinal(t.text); n > 0 {
			return n, i + 1 // "the XIIIth Summit of La Francophonie"
		}
		if len(t.text) >= 2 && i+1 < len(s.toks) && s.toks[i+1].upper() && sessionNouns[s.toks[i+1].norm] && (i == 0 || !s.toks[i-1].upper()) {
			// (but "Brussels VI Conference" is a conference's own name)
			if n := romanOrdinal(t.text + "th"); n > 0 {
				return n, i + 1 // "the XLIII Summit of Presidents", a bare numeral before its noun
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

// bodyOfMembers is the body named at the end of a phrase of its members
// from token q: "Heads of State or Government of the Member States of the
// South Asian Association for Regional Cooperation", "Ministers of Foreign
// Affairs of the member countries of ANAD".
func (s *sentence) bodyOfMembers(q int) *mention {
	for k := q; k < min(len(s.toks), q+16); k++ {
		if m := s.at(k); m != nil && m.e != nil {
			if m.e.Type == graph.Organization && s.word(s.skipBackThe(k-1), "of") {
				return m
			}
			if m.e.Type != graph.State {
				return nil
			}
			k = m.j - 1
			continue
		}
		if m := s.at(k); m != nil && m.kind == mRole {
			k = m.j - 1
			continue
		}
		if !memberPhraseWords[s.toks[k].norm] {
			return nil
		}
	}
	return nil
}

// bodyMeetings finds a body's meeting that the text reports without a
// session number, with its place and day.
func (d *doc) bodyMeetings(s *sentence) {
	t := s.toks
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Meeting && m.e.Session > 0 {
			return // a numbered session: sessions() has it
		}
	}
	if s.word(0, "at", "during") && s.word(1, "its", "their") && !d.future(s, 0) && !s.title {
		// "At its extraordinary sitting at Toompea Castle today, the
		// Foreign Affairs Committee discussed …": the body the sentence
		// goes on about held it
		for k := 2; k < min(len(t), 6); k++ {
			if !meetingNouns[t[k].norm] {
				continue
			}
			c := s.find(k, len(t), ",")
			var body *dent
			for _, m := range s.ms {
				if body == nil && c > 0 && m.i > c && m.i <= c+3 && m.e != nil && m.e.Type == graph.Organization {
					body = m.e
				}
			}
			if place := d.meetingPlace(s); body != nil && place != nil {
				d.bodyMeeting(s, body, k, k, place)
				return
			}
			break
		}
	}
	for v := range t {
		// "The Heads of State of the Union, meeting in extraordinary
		// session at the Palacio de La Moneda, …": the participle met
		participle := s.word(v, "meeting") && s.word(v-1, ",") && (s.word(v+1, "in", "at") || s.word(v+1, "today", "yesterday") && s.word(v+2, "in", "at"))
		if !bodyMeetVerbs[t[v].norm] && !participle || d.future(s, v) || s.title {
			continue
		}
		var partner *dent // "The Civic Forum met the Federal Government": a meeting of the two
		if s.word(v, "met", "meets") {
			o := s.afterAdverbials(v + 1)
			if s.directObjectPerson(o) {
				continue // "the OLF delegation met Mr Cohen again": meetings() reads it
			}
			if m := s.at(s.skipThe(o)); s.find(v+1, o, ",", "in", "at", "on") < 0 && m != nil && m.kind == mEntity && m.e != nil && (m.e.Type == graph.Organization || m.e.Type == graph.State) {
				partner = m.e
			}
		}
		noun := -1
		atSession := s.word(v, "held") && meetingNouns[s.tokNorm(v-1)] && !s.word(v-2, "press", "news") &&
			s.find(max(0, v-5), v-1, "at") >= 0 && s.word(v+1, "in", "at")
		if atSession {
			// "The Parliament today elected X … at a session held in
			// the Parliament building": the issuer's own meeting
			noun = v - 1
		} else if t[v].norm != "met" && t[v].norm != "meets" && t[v].norm != "convened" && t[v].norm != "convenes" && !participle {
			for k := v + 1; k < min(len(t), v+5); k++ {
				if meetingNouns[t[k].norm] || talkNouns[t[k].norm] {
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
		// "when the Council meets in Luxembourg": a meeting to come
		if presentMeetVerbs[t[v].norm] && s.find(0, v, "will", "would", "when", "once", "until") >= 0 {
			continue
		}
		// the body: the subject, an organisation named before the verb,
		// or the issuer speaking as "we"; in "…, which met in Abuja" the
		// body the relative clause is about
		var body *dent
		if s.word(0, "we") {
			body = d.issuer()
		}
		officials := false // who met are named by their titles' bodies
		for _, m := range s.ms {
			if body == nil && m.j <= v && m.e != nil && m.e.Type == graph.Organization && !s.hostPhrase(m) {
				if s.titleComplement(m.i) {
					officials = true // "the Secretary of the Italian Communist Party, X, … had met": a title's body
					continue
				}
				body = m.e
			}
		}
		if o := s.afterAdverbials(v + 1); body == nil && officials && s.word(v, "met") && !s.directObjectPerson(o) && !s.titledObject(o) {
			// (not "X, member of the National Coordination, met the Chief
			// of Staff, Y": whom X met, meetings() reads)
			if place := d.meetingPlace(s); place != nil && place.PlaceType != "country" {
				// "the chairmen of the State Committees … met in Batken": the
				// officials' meeting, which no one body holds
				mt := d.meetingAt(s, "meeting in "+place.Name, v, place)
				for _, m := range s.ms {
					if m.j <= v && m.e != nil && m.e.Type == graph.Person {
						d.relate(graph.Attended, m.e, mt, s, confPattern, "", "")
					}
				}
				return
			}
		}
		before := v - 2
		if s.word(before, ")") && s.word(before-2, "(") {
			before -= 3 // "the Permanent Council of La Francophonie (CPF), meeting in …"
		}
		if participle && (s.at(before) == nil || s.at(before).e == nil) {
			// "The Mission recalls that both parties, meeting in Geneva, …":
			// who met is what stands right before the participle
			body = nil
			if talkingParties[s.tokNorm(v-2)] {
				if place := d.meetingPlace(s); place != nil {
					d.talksAt(s, v, place)
					return
				}
			}
			continue
		}
		if rel := v - 1; s.word(rel, "which", "that") {
			k := rel
			if s.word(k-1, ",") {
				k--
			}
			if m := s.entityBefore(k, graph.Organization); m != nil {
				body = m.e
			}
		}
		if body == nil && v == 2 && s.word(0, "the") && t[1].upper() && orgHeads[t[1].norm] && s.at(1) == nil && s.word(v, "met", "convened") {
			// "The Cabinet met in emergency session …": a body known by
			// its noun alone, that no name before it stands for
			body = d.contextEntity(s, 1, 2, graph.Organization, t[1].text, "")
		}
		if atSession && body != d.issuer() {
			continue // "the Cabinet had approved the terms at a meeting held at Janata Bhawan": told in passing
		}
		talks := noun >= 0 && talkNouns[t[noun].norm]
		if talks && (s.find(v, len(t), "with") >= 0 || s.lastPersonBefore(v) != nil) {
			continue // "X held talks in Istanbul with Y": meetings() reads it
		}
		if body == nil && !talks {
			// "The Heads of State of Kenya, Uganda and Tanzania met in
			// Nairobi": a meeting of the states, found again by its place
			if ss := s.statesBefore(v); len(ss) >= 2 && s.word(v, "met", "convened") {
				if place := d.meetingPlace(s); place != nil {
					d.statesMeeting(s, ss, v, place)
					return
				}
			}
			continue
		}
		place := d.meetingPlace(s)
		if place == nil {
			continue
		}
		if body == nil {
			d.talksAt(s, noun, place)
			return
		}
		if partner != nil && partner != body {
			date, _ := d.meetingDay(s)
			mt := d.meetingBetween(s, body, []*dent{partner}, place, date)
			if mt != nil && d.mainMeeting() == nil && (body == d.issuer() || d.partOfIssuer(body) || d.issuer() == nil || d.opening(s)) {
				d.setMainMeeting(s, mt)
			}
			return
		}
		d.bodyMeeting(s, body, noun, v, place)
		return
	}
}

// indefiniteBodyMeeting reads a body's meeting told by an indefinite noun
// phrase, at a place the sentence names: "X presided at the Royal Palace in
// Usumbura over an extraordinary meeting of the Council of Ministers",
// "after a meeting of the Consultative Council held at the Presidency".
// Those the sentence names taking part attend it (attendeesBeside).
func (d *doc) indefiniteBodyMeeting(s *sentence) {
	if s.title || s.lastNamed(graph.Meeting) != nil {
		return // a rule before read it: "chaired a session of the Council in Herat"
	}
	for k := range s.toks {
		if !s.word(k, "a", "an") {
			continue
		}
		n := k + 1
		for n < len(s.toks) && n < k+4 && !meetingNouns[s.tokNorm(n)] && s.toks[n].word && !s.toks[n].upper() {
			n++ // "an extraordinary joint"
		}
		if !meetingNouns[s.tokNorm(n)] || !s.word(n+1, "of") {
			continue
		}
		b := s.bodyAt(s.skipThe(n + 2))
		if b == nil || b.e.Type != graph.Organization {
			continue
		}
		if d.future(s, k) || s.find(0, k, "will", "shall") >= 0 {
			return // a meeting to come: "He will brief them … at a meeting of the Council"
		}
		place := d.placeAfter(s, b.j, 8) // "a meeting of the Council held at the Presidency in Sofia"
		if place == nil || place.PlaceType == "country" {
			place = d.meetingPlace(s)
		}
		if place == nil {
			return
		}
		d.bodyMeeting(s, b.e, n, n, place)
		return
	}
}

// bodyMeeting records the meeting of body that sentence s reports at
// place: named by the meeting noun at token noun (-1 when the verb alone
// says it, "the Council met"), with the people the clause from token v on
// says chaired it.
func (d *doc) bodyMeeting(s *sentence, body *dent, noun, v int, place *dent) {
	t := s.toks
	date, key := d.meetingDay(s)
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
	} else if v >= 0 && s.at(v) == nil {
		// "The Cabinet met …": the verb stands for the meeting, so that
		// "Present were …" after it finds it
		s.addMention(&mention{i: v, j: v + 1, kind: mEntity, e: mt, text: t[v].text})
	}
	if d.mainMeeting() == nil && (body == d.issuer() || d.partOfIssuer(body) || d.issuer() == nil || d.opening(s)) {
		d.setMainMeeting(s, mt) // the issuer's, or what the text reports first
	}
	// "under the chairmanship of X", "chaired by X"
	for k := v; k < len(t); k++ {
		if s.word(k, "chairmanship", "chaired", "presence", "participation", "facilitation", "mediation") && s.word(k+1, "of", "by") {
			for _, m := range s.ms {
				if m.i > k && m.i <= k+12 && m.e != nil && m.e.Type == graph.Person {
					d.relate(graph.Attended, m.e, mt, s, confPattern, "", "")
					break
				}
			}
		}
	}
}

// partiesMet reads talks between sides that the verb at v says met
// somewhere: "The two sides met in Pretoria", "Negotiators from both
// sides gathered in Doha for a new round of talks" (talks at a place), and
// "Foreign Minister A and Foreign Minister B met in Washington" (a meeting
// of the two).
func (d *doc) partiesMet(s *sentence, v int) bool {
	if !gatherVerbs[s.toks[v].norm] || d.future(s, v) {
		return false
	}
	place := d.placeAfter(s, v+1, 2)
	if place == nil {
		place = d.placeAfter(s, v+1, 8)
		if place == nil || s.find(v+1, len(s.toks), ",") >= 0 && s.find(v+1, len(s.toks), ",") < s.find(v+1, len(s.toks), "in", "at") {
			return false
		}
	}
	if place.PlaceType == "country" {
		return false
	}
	var people []*dent
	var ms []*mention
	for _, m := range s.ms {
		if m.j <= v && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity && !s.word(s.skipHonorificsBack(m.i)-1, "with", "by", "of", "to") {
			people = append(people, m.e)
			ms = append(ms, m)
		}
	}
	// "A and B met in Washington": the two joined by "and", not "A visited
	// the scene with B, and met the families"
	if len(people) == 2 && s.find(ms[0].j, ms[1].i, "and") >= 0 && s.find(ms[0].j, ms[1].i, "with") < 0 {
		date, _ := d.meetingDay(s)
		d.meetingBetween(s, people[0], people[1:], place, date)
		return true
	}
	for k := max(0, v-6); k < v; k++ {
		if talkingParties[s.toks[k].norm] && len(people) == 0 {
			d.talksAt(s, v, place)
			return true
		}
	}
	return false
}

// titledFewMet reads who "the two Presidents met at X" are, once the
// text's titles are all read: the meeting the sentence reports is theirs.
func (d *doc) titledFewMet(s *sentence) {
	for k := 1; k < len(s.toks); k++ {
		if !talkingParties[s.toks[k].norm] {
			continue
		}
		people := d.titledFew(s, k)
		if people == nil {
			continue
		}
		for _, r := range d.rels {
			if r.Type == graph.OccurredIn && d.ents[r.From].Type == graph.Meeting && r.Evidence != nil && r.Evidence.Start == s.start {
				for _, p := range people {
					d.relate(graph.Attended, p, d.ents[r.From], s, confWeak, "", "")
				}
				return
			}
		}
	}
}

// titledFew are the persons "the two Presidents" (or "the three leaders")
// at token k stands for: the text has given exactly that many persons such
// a title; nil otherwise.
func (d *doc) titledFew(s *sentence, k int) []*dent {
	n := map[string]int{"two": 2, "three": 3, "four": 4}[s.tokNorm(k-1)]
	if n == 0 {
		return nil
	}
	holds := func(role string) bool {
		role = normPhrase(role)
		switch s.tokNorm(k) {
		case "presidents":
			return containsWord(role, "president") && !containsWord(role, "vice")
		case "ministers":
			return containsWord(role, "minister")
		case "leaders", "heads":
			return headOfStateTitles[withoutModifiers(role)]
		}
		return false
	}
	var out []*dent
	for _, r := range d.rels {
		if p := d.ents[r.From]; r.Type == graph.HoldsRole && holds(r.Role) && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}

// placeOnIsland is the place named "on the island of X" within a few
// words of token k ("held yesterday on the island of Veliki Brijun"), or
// nil.
func (d *doc) placeOnIsland(s *sentence, k int) *dent {
	for q := k; q < min(len(s.toks), k+4); q++ {
		if s.word(q, "on") && s.word(q+1, "the") && s.word(q+2, "island", "islands") && s.word(q+3, "of") {
			if m := s.entityAt(q+4, graph.Place); m != nil {
				return m.e
			}
		}
	}
	return nil
}

// statesMeeting records a meeting of states at place, which the verb at v
// reports; a report of it is about it.
func (d *doc) statesMeeting(s *sentence, states []*dent, v int, place *dent) {
	mt := d.meetingAt(s, "meeting of "+joinNames(states)+" in "+place.Name, v, place)
	for _, m := range s.ms {
		// "The President of Guyana, X, and the President of Venezuela, Y,
		// met": the states' officials who met attend
		if m.j <= v && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
			d.relate(graph.Attended, m.e, mt, s, confPattern, "", "")
		}
	}
	if d.mainMeeting() == nil && d.opening(s) {
		d.setMainMeeting(s, mt)
	}
}

// heldMeetings reads a meeting the sentence names first and then says was
// held somewhere: "The Summit was held in Maputo", "the summit of the
// Northern Union, held in Windhoek, brought together …", "The meeting
// took place in Gaborone". The body is the one named after the noun ("of
// the Union"), else the issuer the communiqué speaks for.
func (d *doc) heldMeetings(s *sentence) {
	if s.title {
		return
	}
	t := s.toks
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Meeting {
			return // sessions() or bodyMeetings() read it
		}
	}
	for n := range t {
		talks := talkNouns[t[n].norm]
		if !meetingNouns[t[n].norm] && !talks || s.covered(n, n+1) || d.future(s, n) {
			continue
		}
		if sessionAdjectives[s.tokNorm(n-1)] && s.word(n-2, "an", "a") && s.word(n+1, "of") {
			// "An emergency meeting of the National Security Council was
			// held this morning at the Castle": the body's, as with "the"
			if b := s.bodyAt(s.skipThe(n + 2)); b != nil && b.e.Type == graph.Organization {
				if h := s.find(b.j, min(len(t), b.j+4), "held"); h > 0 && s.word(h-1, "was") {
					if place := d.placeAfter(s, h+1, 6); place != nil {
						d.bodyMeeting(s, b.e, n, h, place)
						return
					}
				}
			}
		}
		if n == 1 && s.word(0, "the") && d.meetingJustTold(s) {
			return // "X met Y in Beijing. The meeting was held at …": that one (meetingVenueAfter)
		}
		// "That meeting took place … in Bratislava": one the text spoke
		// of before, which the issuer need not have held
		// "a mini-summit", "a follow-up meeting": the article stands
		// before the compound
		pre := n - 1
		if t[n].hyphen {
			pre = n - 2
		}
		for pre > 0 && ((sessionAdjectives[t[pre].norm] || s.word(pre, "closing", "opening", "final", "first", "last", "inaugural")) && !t[pre].upper() ||
			t[pre].hyphen || pre+1 < n && t[pre+1].hyphen || s.at(pre) != nil && s.at(pre).kind == mAdjective) {
			pre-- // "The closing plenary session of …", "the inter-Tajik talks", "the Lebanese talks"
		}
		demonstrative := s.word(pre, "that", "this")
		if !s.word(pre, "the") && !demonstrative && !(s.word(pre, "a", "an") || pre < 0 || s.word(pre, ",")) {
			continue
		}
		if !s.word(pre, "the") && !demonstrative && d.meetingOfPeopleAt(s, n) {
			return
		}
		if !s.word(pre, "the") && !demonstrative {
			// "A meeting was held in Jeddah … between a delegation of
			// Iraq and a delegation of Kuwait": a meeting between parties
			if k := s.find(n+1, len(t), "held", "place"); k >= 0 && s.word(k-1, "was", "were", "took") {
				if !d.meetingBetweenParties(s, n, k+1) && s.word(n+1, "of") {
					// "a meeting of the leaders of Belarus, Russia and
					// Ukraine took place at the Viskuli residence": the
					// states' meeting
					ss := s.statesBefore(k)
					if place := d.placeAfter(s, s.skipWhen(k+1), 3); len(ss) >= 2 && place != nil && place.PlaceType != "country" {
						d.statesMeeting(s, ss, k, place)
						return
					}
				}
			}
			continue
		}
		if mt := d.mainMeeting(); mt != nil && pre <= 0 && !talks && !demonstrative && d.siteOf(mt) == nil && !d.longBefore(s) &&
			(s.word(n+1, "met", "sat") || s.word(n+1, "was", "were") && s.word(n+2, "held") || s.word(n+1, "took") && s.word(n+2, "place")) {
			// "The conference, which the Government convened in Kano, …
			// The conference met at Government House, Kano": the reported
			// meeting, at its venue
			if place := d.placeAfter(s, n+2, 3); place != nil && place.PlaceType == "site" {
				s.addMention(&mention{i: n, j: n + 1, kind: mEntity, e: mt, text: t[n].text})
				d.relate(graph.OccurredIn, mt, place, s, confWeak, "", "")
				return
			}
		}
		if k := s.find(n+1, min(len(t), n+4), "held", "place"); k >= 0 && s.word(n+1, "was", "were", "took") && d.meetingBetweenParties(s, n, k+1) {
			return
		}
		if mt := d.sessionNamedBefore(s); mt != nil && pre <= 0 && s.word(n, "session", "sitting", "summit") {
			// "… at the 41st session of the Supreme Council. The session,
			// named …, was held at the Maraya Hall in Al-Ula": the same
			s.addMention(&mention{i: n, j: n + 1, kind: mEntity, e: mt, text: t[n].text})
			if h := s.find(n+1, len(t), "held"); h > 0 {
				if place := d.placeAfter(s, h+1, 3); place != nil && d.placeOf(mt) == nil {
					d.relate(graph.OccurredIn, mt, place, s, confPattern, "", "")
				}
			}
			if d.mainMeeting() == nil {
				d.setMainMeeting(s, mt)
			}
			return
		}
		var body *dent
		v := -1
		start := n + 1
		if talks && s.word(start, "on", "about", "concerning") {
			// "the talks on the Yugoslav crisis held yesterday on …": the
			// topic, up to the verb
			if h := s.find(start, min(len(t), start+8), "held", "convened"); h > 0 && s.find(start, h, ",", ";") < 0 {
				start = h
			}
		}
		for k := start; k < min(len(t), n+16); k++ {
			if m := s.at(k); m != nil && m.e != nil && (m.e.Type == graph.Organization || m.e.Type == graph.State) && s.word(m.i-1, "of", "the") {
				if body == nil && m.e.Type == graph.Organization {
					body = m.e
				}
				k = m.j - 1
				continue
			}
			if s.word(k, "held", "convened", "hosted") || s.word(k, "took") && s.word(k+1, "place") {
				v = k
				break
			}
			if !s.word(k, "was", "were", ",", "which", "also") && !memberPhraseWords[t[k].norm] && !(talkNouns[t[k].norm] && body != nil) {
				break // the members may stand before the body: "a summit of Heads of State of the Community"; "of the Round Table negotiations"
			}
		}
		if v < 0 {
			if d.meetingOfPhraseHeld(s, n) {
				return
			}
			continue
		}
		// the place follows the verb: "was held in Maputo", "took place
		// at the Palace", not "was convened after the summit held in Abuja"
		at := v + 1
		if s.word(v, "took") {
			at++
		}
		var host *dent
		if s.word(v, "hosted", "convened", "organised", "organized") && s.word(v+1, "by") {
			// "the meeting, which was hosted by the Government of Niger in
			// Niamey": the host holds it
			if m := s.bodyAt(s.skipThe(v + 2)); m != nil {
				body, host, at = m.e, m.e, m.j
				if k := s.find(at, min(len(t), at+4), "place", "held", "convened"); s.word(at, ",") && k > 0 {
					at = k + 1 // "The talks, hosted by the Government of Kenya, took place in Nairobi"
				}
			}
		}
		if talks && host != nil {
			// talks between parties that a state or a body hosted
			if place := d.placeAfter(s, at, 2); place != nil && place.PlaceType != "country" {
				d.talksAt(s, n, place)
				d.relate(graph.Held, host, s.at(n).e, s, confPattern, "", "")
				return
			}
		}
		if talks && body == nil {
			// "The talks, which were held in Jeddah on 6 May": between
			// parties, no one body's
			place := d.placeAfter(s, s.skipWhen(at), 2)
			if place == nil {
				place = d.placeOnIsland(s, at)
			}
			if place != nil && place.PlaceType != "country" {
				if mt := d.mainMeeting(); mt != nil && n <= 1 && place.PlaceType == "site" && d.siteOf(mt) == nil && !d.longBefore(s) {
					// "… concluded the first round of talks, held in Oslo.
					// The talks took place at the Holmenkollen Park Hotel":
					// the same talks, at their venue
					s.addMention(&mention{i: n, j: n + 1, kind: mEntity, e: mt, text: t[n].text})
					d.relate(graph.OccurredIn, mt, place, s, confWeak, "", "")
					return
				}
				d.talksAt(s, n, place)
				return
			}
			continue
		}
		if body == nil && demonstrative && !s.word(v, "hosted") {
			if place := d.placeAfter(s, s.skipWhen(at), 2); place != nil && place.PlaceType != "country" {
				d.setSlot(slotLastMeeting, d.meetingAt(s, t[n].norm+" in "+place.Name, n, place))
				return
			}
			continue
		}
		if body == nil {
			body = d.issuer()
		}
		place := d.placeAfter(s, s.skipWhen(at), 2) // "was held today, Monday 18 September 1989, in the Hunting Hall"
		if place == nil && talks {
			place = d.placeOnIsland(s, at)
		}
		if body == nil || body.Type != graph.Organization || place == nil || place.PlaceType == "country" {
			continue
		}
		d.bodyMeeting(s, body, n, v, place)
		return
	}
	for v := range t {
		if d.partiesMet(s, v) {
			return
		}
	}
}

// meetingOfPeopleAt reads a meeting of people the sentence does not name,
// at the place that follows them: "Following a meeting of ministers and
// officials at Lancaster House, …", "a meeting of senior officials at
// Tashichho Dzong". It is no one body's. It reports whether it read one.
func (d *doc) meetingOfPeopleAt(s *sentence, n int) bool {
	if !s.word(n+1, "of") {
		return false
	}
	k := n + 2
	for k < min(len(s.toks), n+9) && !s.word(k, "at", "in") {
		if s.toks[k].upper() || s.at(k) != nil && s.at(k).e != nil || s.word(k, ",", ";", "was", "were", "which", "who", "that", "on", "to", "for") {
			return false // a body's meeting, or a clause of its own
		}
		k++
	}
	if !s.word(k, "at", "in") || k == n+2 {
		return false
	}
	return d.meetingThere(s, s.toks[n].norm, n, d.placeAfter(s, k, 2)) != nil
}

// meetingOfPhraseHeld reads a meeting whose noun at n a phrase with no
// body follows before its verb: "The first meeting under the Brussels
// Agreement took place yesterday at the Palais des Nations", "the first
// meeting of the two delegations was held at …". It is no one body's,
// least of all the issuer's, and takes place at the place named after the
// verb. It reports whether it read one.
func (d *doc) meetingOfPhraseHeld(s *sentence, n int) bool {
	if !s.word(n+1, "of", "under", "between", "with", "on") {
		return false
	}
	v := -1
	for k := n + 1; k < min(len(s.toks), n+16) && v < 0; k++ {
		if s.word(k, "took") && s.word(k+1, "place") || s.word(k, "held") && s.word(k-1, "was", "were") {
			v = k
		} else if s.word(k, ",", ";", ".", "which", "who", "that", "and") {
			return false // a clause or a list of its own
		}
	}
	if v < 0 {
		return false
	}
	at := v + 1
	if s.word(v, "took") {
		at++
	}
	return d.meetingThere(s, s.toks[n].norm, n, d.placeAfter(s, s.skipWhen(at), 2)) != nil
}

// meetingThere records a meeting no one body held, named by its noun, at
// place (a town or a site) as the meeting told last, its mention at token
// i; nil when there is no such place or a meeting the text told of took
// place there already.
func (d *doc) meetingThere(s *sentence, noun string, i int, place *dent) *dent {
	if place == nil || place.Type != graph.Place || place.PlaceType == "country" || d.meetingPlacedAt(place) {
		return nil
	}
	mt := d.meetingAt(s, noun+" in "+place.Name, i, place)
	d.setSlot(slotLastMeeting, mt)
	return mt
}

// hostPhrase reports whether the body mention m stands in a phrase that
// names who invited or hosted the meeting, not who met: "At the invitation
// of the Government of Norway, A and B met in Oslo".
func (s *sentence) hostPhrase(m *mention) bool {
	of := s.skipBackThe(m.i - 1)
	return s.word(of, "of") && s.word(of-1, "invitation", "auspices", "initiative", "courtesy", "behalf")
}

// sessionNamedBefore is the numbered session the two sentences before s
// name, which "The session" at the start of s refers back to; nil when
// there is none.
func (d *doc) sessionNamedBefore(s *sentence) *dent {
	k := d.indexOf(s)
	for q := k - 1; q >= max(0, k-2); q-- {
		ms := d.sents[q].ms
		for x := len(ms) - 1; x >= 0; x-- {
			if m := ms[x]; m.e != nil && m.e.Type == graph.Meeting && m.e.Session > 0 {
				return m.e
			}
		}
	}
	return nil
}

// meetingBetweenParties reads a meeting "held … between" parties, from the
// noun at n and the token after its verb at at: "A meeting was held in
// Jeddah yesterday between a delegation of Iraq and a delegation of
// Kuwait, at the Conference Palace". No one body holds it; it takes place
// at the venue the clause names, or else in its town. It reports whether
// it read one.
func (d *doc) meetingBetweenParties(s *sentence, n, at int) bool {
	t := s.toks
	end := len(t)
	if k := s.find(at, len(t), ";", "which", "who", "where"); k >= 0 {
		end = k
	}
	b := s.find(at, end, "between")
	if b < 0 {
		return false
	}
	var place *dent
	for k := at; k < end; k++ {
		if !s.word(k, "at", "in") {
			continue
		}
		if m := s.entityAt(s.skipThe(k+1), graph.Place); m != nil && m.e.PlaceType != "country" {
			if place == nil || m.e.PlaceType == "site" && place.PlaceType != "site" {
				place = m.e
			}
		}
	}
	if place == nil || d.meetingPlacedAt(place) {
		return false
	}
	mt := d.meetingAt(s, t[n].norm+" in "+place.Name, n, place)
	if d.mainMeeting() == nil {
		d.setMainMeeting(s, mt)
	}
	d.setSlot(slotLastMeeting, mt)
	for _, m := range s.ms {
		if m.i > b && m.i < end && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
			d.relate(graph.Attended, m.e, mt, s, confPattern, "", "")
		}
	}
	if body := s.bodyOfMeeting(n); body != nil && body.j <= at {
		d.relate(graph.Held, body.e, mt, s, confPattern, "", "") // "a mini-summit of Heads of State of the Community … between Chad and Sudan"
	}
	return true
}

// bodyMetBefore is the body the sentence before says met ("the Security
// Council of the United Nations, which met in New York"), when this one
// names no body before token i; nil otherwise.
func (d *doc) bodyMetBefore(s *sentence, i int) *dent {
	for _, m := range s.ms {
		if m.i < i && m.e != nil && m.e.isBody() {
			return nil
		}
	}
	prev := d.previous(s)
	if prev == nil {
		return nil
	}
	var body *dent
	for _, m := range prev.ms {
		if m.e == nil || m.e.Type != graph.Organization || m.kind != mEntity {
			continue
		}
		for k := m.j; k < min(len(prev.toks), m.j+8); k++ {
			if prev.word(k, ".", ";") {
				break
			}
			if meetVerbs[prev.tokNorm(k)] || prev.word(k, "convened", "sat") {
				body = m.e
				break
			}
		}
	}
	return body
}

// bodyOfMeeting is the organisation whose meeting the noun at n names,
// right after "of" or after its members: "a session of the National
// Security Council", "a summit of Heads of State of the Community of
// Sahel-Saharan States".
func (s *sentence) bodyOfMeeting(n int) *mention {
	if !s.word(n+1, "of") {
		return s.bodyOfIts(n)
	}
	b := s.bodyAt(s.skipThe(n + 2))
	if b == nil {
		b = s.bodyOfMembers(n + 2)
	}
	if b == nil || b.e.Type != graph.Organization {
		return nil
	}
	return b
}

// bodyOfIts is the body whose meeting "its" names at token n: "the
// resolution adopted by the Volkskammer at its session in Berlin".
func (s *sentence) bodyOfIts(n int) *mention {
	q := n - 1
	for q > 0 && (sessionAdjectives[s.tokNorm(q)] || ordinalWords[s.tokNorm(q)] > 0) {
		q--
	}
	if !s.word(q, "its") {
		return nil
	}
	var body *mention
	for _, m := range s.ms {
		if m.j <= q && m.e != nil && m.e.Type == graph.Organization && m.kind == mEntity && s.find(m.j, q, ";", ":") < 0 {
			body = m
		}
	}
	return body
}

// calls reads a call on someone, a meeting of the caller and the called:
// "the two delegations paid a courtesy call on President Banda at the Mzuzu
// State Lodge", "Lord Caradon called on the Premier, Robert Bradshaw, in
// Basseterre". A call on someone to do something is no meeting.
func (d *doc) calls(s *sentence) {
	if s.title {
		return
	}
	t := s.toks
	for k := range t {
		if !s.word(k+1, "on", "upon") || !(s.word(k, "call") && s.word(k-1, "courtesy", "a") || s.word(k, "called", "calls", "calling")) {
			continue
		}
		if d.future(s, k) || s.word(k-1, "was", "were", "be", "been") {
			continue
		}
		o := k + 2
		if s.word(o, "his", "her") && s.word(o+1, "excellency", "majesty", "highness") {
			o += 2 // "called on His Excellency the President, X"
		}
		obj := s.objectPerson(o)
		if obj == nil {
			obj = s.titledObjectPerson(o)
		}
		if obj == nil || s.find(obj.j, min(len(t), obj.j+8), "to") >= 0 && s.find(obj.j, min(len(t), obj.j+8), "at", "in") < 0 {
			continue // "called on the President to release …"
		}
		end := obj.j
		if c := s.find(obj.j, min(len(t), obj.j+12), "at", "in"); c > 0 {
			end = c
		}
		place := d.placeAfter(s, end, 3)
		if place == nil || place.PlaceType == "country" {
			continue
		}
		date, _ := d.meetingDay(s)
		// a call is a meeting in passing: what the text reports next is
		// not of it, so the latest and first meetings stay as they were
		last, first := d.lastMeeting(), d.firstMeeting()
		var mt *dent
		if caller := s.lastPersonBefore(k); caller != nil && caller.e != obj.e {
			mt = d.meetingBetween(s, caller.e, []*dent{obj.e}, place, date)
		} else {
			mt = d.meetingBetween(s, obj.e, nil, place, date)
		}
		if dl := s.find(0, k, "delegation", "delegations"); dl >= 0 && mt != nil {
			// "a delegation of the Committee, led by A and including B and
			// C, called on the President": all of it called
			for _, m := range s.ms {
				if m.i > dl && m.j <= k && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
					d.relate(graph.Attended, m.e, mt, s, confWeak, "", "")
				}
			}
		}
		d.setSlot(slotLastMeeting, last)
		d.setSlot(slotFirstMeeting, first)
		s.addMention(&mention{i: k, j: k + 1, kind: mEntity, e: mt, text: t[k].text})
		return
	}
}

// marginMeetings reads a meeting between named people held on the margins
// of another: "the meeting between Mrs Joyce Banda, President of Malawi,
// and Dr Jakaya Kikwete, President of Tanzania, on the margins of the 32nd
// Ordinary Summit of SADC in Maputo". Both met, in the summit's place, and
// both attended the summit.
func (d *doc) marginMeetings(s *sentence) {
	t := s.toks
	for n := range t {
		if !s.word(n, "meeting", "talks", "meetings") || t[n].upper() || !s.word(n+1, "between") || s.at(n) != nil || d.future(s, n) {
			continue
		}
		o := s.find(n+2, len(t), "margins", "margin", "sidelines", "sideline")
		if o < 0 || !s.word(o+1, "of") {
			continue
		}
		var people []*dent
		for _, m := range s.ms {
			if m.i > n+1 && m.j <= o && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
				people = append(people, m.e)
			}
		}
		host := s.entityAt(s.skipThe(o+2), graph.Meeting)
		if len(people) < 2 || host == nil {
			continue
		}
		place := d.placeOf(host.e)
		if place == nil {
			continue
		}
		date, _ := d.meetingDay(s)
		if mt := d.meetingBetween(s, people[0], people[1:], place, date); mt != nil {
			s.addMention(&mention{i: n, j: n + 1, kind: mEntity, e: mt, text: t[n].text})
		}
		for _, p := range people {
			d.relate(graph.Attended, p, host.e, s, confPattern, "", "")
		}
		return
	}
}

// meetingPlace is the place the sentence says something happened in.
func (d *doc) meetingPlace(s *sentence) *dent { return d.meetingPlaceNear(s, -1) }

// meetingPlaceNear is meetingPlace, but when the sentence names several
// places it takes the one nearest token i: "during the work in Havana,
// they signed in Mexico City at the close of the second cycle".
func (d *doc) meetingPlaceNear(s *sentence, i int) *dent {
	var best *dent
	dist := len(s.toks) + 1
	for k := range s.toks {
		if s.word(k, "to", "for") && s.reachedThere(k) {
			// "travelled to Harare, where he was received by X", "flew to
			// Vallegrande and held a meeting": the place travelled to
		} else if !s.word(k, "in", "at") {
			continue
		}
		if prev := s.at(k - 2); s.word(k-1, ",") && prev != nil && prev.e != nil && prev.e.Type == graph.Place && prev.j == k-1 && i >= 0 {
			continue // "at Nawperdan, in the district of Rawanduz, where A met B": the region says where Nawperdan is
		}
		q := k + 1
		if s.word(q, "the") {
			q++
		}
		// "in the town of Azaz", "at the railway station of Charaña"
		if placeCues[s.toks[min(q, len(s.toks)-1)].norm] != "" && s.word(q+1, "of") {
			q += 2
		} else if q+2 < len(s.toks) && s.toks[q].word && !s.toks[q].upper() && placeCues[s.toks[q+1].norm] != "" && s.word(q+2, "of") {
			q += 3
		}
		if m := s.entityAt(q, graph.Place, graph.State); m != nil {
			if p := d.asPlace(m.e); p != nil && p.PlaceType != "country" {
				if site := s.siteAfter(m.j); site != nil && isTown(p) {
					p = site // "met in Madrid on 14 February at the Palacio de Viana"
				}
				if i < 0 {
					return p
				}
				if dd := max(k-i, i-k); dd < dist {
					best, dist = p, dd
				}
			}
		}
	}
	return best
}

// reachedThere reports whether "to" or "for" at k names the place a
// journey ended, where what follows happened: "travelled to Harare, where",
// "left Beijing for Shanghai, where", "flew to Vallegrande and held".
func (s *sentence) reachedThere(k int) bool {
	m := s.entityAt(k+1, graph.Place, graph.State)
	before := s.at(k - 1)
	if m == nil || !travelVerbs[s.tokNorm(k-1)] && !(s.word(k, "for") && before != nil && before.j == k && before.e != nil && before.e.Type == graph.Place) {
		return false
	}
	return s.word(m.j, ",") && s.word(m.j+1, "where") || s.word(m.j, "and") && s.word(m.j+1, "held", "met", "had")
}

// whereBefore is the place a ", where" clause ending at verb v refers to
// ("… to Harare, where he was received by X"), or nil.
func (s *sentence) whereBefore(v int) *dent {
	for k := v - 1; k >= max(1, v-5); k-- {
		if !s.word(k, "where") {
			continue
		}
		if !s.word(k-1, ",") {
			return nil
		}
		e := k - 1
		for e > 0 && e > k-5 && (partsOfDay[s.tokNorm(e-1)] || s.word(e-1, "this", "that", "same", "the", "yesterday", "today")) {
			e-- // "for Shanghai this afternoon, where"
		}
		if m := s.entityBefore(e, graph.Place); m != nil {
			return m.e
		}
		return nil
	}
	return nil
}

// siteAfter is the venue named "at the …" within a few words after token
// j, in the same clause, or nil: where in a town a meeting sat.
func (s *sentence) siteAfter(j int) *dent {
	for k := j; k < min(len(s.toks), j+10); k++ {
		if s.word(k, ";", "which", "who", "where") {
			return nil
		}
		if !s.word(k, "at") {
			continue
		}
		if m := s.entityAt(s.skipThe(k+1), graph.Place); m != nil && m.e.PlaceType == "site" {
			return m.e
		}
	}
	return nil
}

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
		if o := s.afterAdverbials(v + 1); w < 0 && s.word(o, "with") {
			w = o // "met this Monday, 9 January, at the Palácio do Planalto, with …"
		}
		reach := 16 // how far the people met are named
		if w >= 0 && s.titledObject(w+1) {
			reach = 48 // "with the President of the Supreme Federal Court, Justice X, the President of …"
		}
		if o := s.afterAdverbials(v + 1); w < 0 && s.word(v, "met", "meets") && (s.directObjectPerson(o) || s.titledObject(o)) &&
			s.subjectBefore(v) {
			// "al-Bahra met Sheikh Khaled al-Mousa", "X met yesterday in
			// Tirana the Prime Minister of …, Mr Y, and the President of
			// …, Mr Z": the subject right before the verb
			w = v
			if s.titledObject(o) {
				reach = 32 // titles with their bodies make the list long
			}
		}
		if o := s.afterAdverbials(v + 1); w < 0 && s.word(v, "met") && (s.directObjectPerson(o) || s.titledObject(o)) &&
			(s.find(0, v, "delegation", "delegations") >= 0 || d.bodiesMet(s, v) || s.unnamedSubject(v)) && s.lastPersonBefore(v) == nil && !d.future(s, v) {
			// "On 29 May the OLF delegation met Mr Cohen again, at the
			// United States Embassy in London", "A delegation of the
			// Council met the President of the Republic, Mr X, at the Union
			// Buildings", "the Commission met the Minister of Home Affairs,
			// Dr X, at the Ministry of Home Affairs in Lusaka": the person it
			// met, there, and the office's holder when the text named them
			guest := s.objectPerson(o)
			if guest == nil {
				guest = s.titledObjectPerson(o)
			}
			reach := 16
			if guest != nil {
				reach = max(reach, guest.j-v+10) // past a long title and the name
			}
			if place := d.placeAfter(s, v+1, reach); place != nil && guest != nil {
				date, _ := d.meetingDay(s)
				var host []*dent
				if r := s.titleAsSubject(v); r != nil {
					if h := d.titleHolder(s, r); h != nil && h != guest.e {
						host = append(host, h)
					}
				}
				d.receptionOf(s, guest.e, place, date, host...)
				break
			}
		}
		if w < 0 || d.future(s, v) {
			continue
		}
		var people []*dent
		for _, m := range s.ms {
			if m.e == nil || m.e.Type != graph.Person || m.i <= w || m.i >= w+reach || s.find(w, m.i, ";", "was", "were", "who", "which") >= 0 {
				continue
			}
			if tw := s.talkedWith(m); tw < 0 || tw == w { // not "and his exchanges with Y", talks apart
				people = append(people, m.e)
			}
		}
		if len(people) == 0 {
			continue
		}
		// the other side: the subject, or "his" for the person before
		var subj *dent
		if m := s.lastPersonBefore(v); m != nil {
			subj = m.e
		}
		if subj == nil && s.word(v-1, "his", "her") {
			subj = d.lastPerson(s)
		}
		if r := s.titleAsSubject(v); subj == nil && r != nil {
			subj = d.titleHolder(s, r) // "On Friday the National Chief met in Ottawa with …": the title's holder, named before
		}
		if subj == nil && s.unnamedSubject(v) {
			// "the Ombudsman met at the Ombudsman's Office in La Paz with
			// Cardinal X and with the President of …, Y": those it met,
			// there
			if place := d.meetingPlaceNear(s, v); place != nil {
				date, _ := d.meetingDay(s)
				d.receptionOf(s, people[0], place, date, people[1:]...)
				break
			}
		}
		if subj == nil {
			continue
		}
		if a := s.find(0, v, "accompanied"); a > 0 && s.word(a+1, "by") && s.word(a-1, ",") {
			// "A, accompanied by B, flew to X and held a meeting with C":
			// A met C, and B was there
			if m := s.lastPersonBefore(a); m != nil && m.e != subj {
				for _, q := range s.ms {
					if q.i > a && q.j <= v && q.e != nil && q.e.Type == graph.Person && !slices.Contains(people, q.e) {
						people = append(people, q.e)
					}
				}
				subj = m.e
			}
		}
		place := d.meetingPlaceNear(s, v)
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
		d.meetingBetween(s, subj, people, place, date)
		break
	}
	d.metPeopleUnnamed(s)
	d.receptions(s)
	d.summons(s)
	d.meetingVenueAfter(s)
	// "The Coalition's delegation included X, Y and Z"
	if k := s.find(0, len(t), "delegation"); k >= 0 && d.lastMeeting() != nil && s.compositionAt(k, k+3) >= 0 {
		for _, m := range s.ms {
			if m.i > k && m.e != nil && m.e.Type == graph.Person {
				d.relate(graph.Attended, m.e, d.lastMeeting(), s, confPattern, "", "")
			}
		}
	}
}

// metPeopleUnnamed reads a meeting with people the sentence does not name,
// at a place it does: "the Speaker met the party leaders in the Speaker's
// Chamber", "Mr Olewale met leaders of the coastal villages at Daru". The
// subject attends when the text named them; those they met, named in the
// sentences after ("Present were …"), attend through the meeting this
// one now is, the last told.
func (d *doc) metPeopleUnnamed(s *sentence) {
	if s.title || len(s.meetingsNamed()) > 0 {
		return
	}
	for v := range s.toks {
		if !s.word(v, "met", "meets") || s.word(v-1, "was", "were", "which", "who", "that", "where", "had", "have", "has") || d.future(s, v) {
			continue
		}
		o := s.afterAdverbials(v + 1)
		if m := s.at(s.skipThe(o)); o >= len(s.toks) || m != nil && m.e != nil ||
			s.toks[o].upper() || s.word(o, "with", "in", "at", "on", "to", "for", "and", ",", ".") {
			continue // a named object is the other rules', and so are "met with", "met in"; "the heads of delegations" is no one named
		}
		var subj *dent
		if m := s.lastPersonBefore(v); m != nil && s.subjectBefore(v) {
			subj = m.e
		} else if r := s.titleAsSubject(v); r != nil {
			subj = d.titleHolder(s, r)
		} else if !s.unnamedSubject(v) {
			continue
		}
		mt := d.meetingThere(s, "meeting", v, d.placeAfter(s, o, 10))
		if mt == nil {
			continue
		}
		if subj != nil {
			d.relate(graph.Attended, subj, mt, s, confWeak, "", "")
		}
		return
	}
}

// toldIn reports whether sentence s names e or gives a fact of it, as the
// meetings a sentence reports without naming them ("X met Y in Beijing").
func (d *doc) toldIn(s *sentence, e *dent) bool {
	return s.names(e) || slices.ContainsFunc(d.rels, func(r graph.Relation) bool {
		return (r.From == e.ID || r.To == e.ID) && r.Evidence != nil && r.Evidence.Start == s.start
	})
}

// meetingJustTold reports whether the sentence before s tells of two
// parties meeting with a verb ("met", "received", "hosted") and names no
// meeting: "The meeting …" opening s is that one.
func (d *doc) meetingJustTold(s *sentence) bool {
	k := d.indexOf(s)
	if k < 1 || d.sents[k-1].title {
		return false
	}
	q := d.sents[k-1]
	for _, m := range q.ms {
		if m.e != nil && m.e.Type == graph.Meeting {
			return false
		}
	}
	for v := range q.toks {
		if meetVerbs[q.toks[v].norm] && !q.word(v, "meeting", "talks") && q.lastPersonBefore(v) != nil {
			return true
		}
	}
	return false
}

// thatMeeting is the meeting "The meeting" ("The talks", "This audience")
// opening s stands for: the last one, when the sentence before told of it;
// nil otherwise.
func (d *doc) thatMeeting(s *sentence) *dent {
	lm := d.lastMeeting()
	k := d.indexOf(s)
	if lm == nil || k < 1 || !d.toldIn(d.sents[k-1], lm) || !s.word(0, "the", "this") ||
		!s.word(1, "meeting", "talks", "audience", "discussions", "meetings", "conversation") {
		return nil
	}
	return lm
}

// meetingVenueAfter reads the venue of the meeting the sentence before
// reported: "X met Y in Beijing. The meeting was held at the Diaoyutai
// State Guesthouse."
func (d *doc) meetingVenueAfter(s *sentence) {
	lm := d.thatMeeting(s)
	if lm == nil {
		return
	}
	v := 2
	switch {
	case s.word(v, "was", "were") && s.word(v+1, "held"):
	case s.word(v, "took") && s.word(v+1, "place"):
	default:
		return
	}
	if place := d.placeAfter(s, v+2, 3); place != nil && !slices.ContainsFunc(d.rels, func(r graph.Relation) bool {
		return r.Type == graph.OccurredIn && r.From == lm.ID && r.To == place.ID
	}) {
		d.relate(graph.OccurredIn, lm, place, s, confPattern, "", "")
	}
}

// meetingHeldAt reports whether the sentence reports talks held at place:
// a visit for talks is the meeting.
func (d *doc) meetingHeldAt(s *sentence, place *dent) bool {
	for _, r := range d.rels {
		if r.Type == graph.OccurredIn && r.To == place.ID && d.ents[r.From].Type == graph.Meeting &&
			r.Evidence != nil && r.Evidence.Start == s.start {
			return true
		}
	}
	return false
}

// attendance: persons who opened, chaired, briefed, addressed or spoke to
// the reported meeting attended it: the person the verb's clause is about.
func (d *doc) attendance(s *sentence) {
	main := d.attendedMeeting(s)
	if intro := d.listIntro(s); main == nil && intro != nil {
		main = d.attendedMeeting(intro) // an item of "Taking part in the Conference were:"
		if main == nil && intro.theMeetingNoun() {
			// "The members of the Council present at the meeting were:":
			// the meeting the text told of before, however far back
			main = d.lastMention(intro, 0, func(m *mention) bool { return m.e.Type == graph.Meeting && m.kind == mEntity })
		}
	}
	if intro := d.listIntro(s); intro != nil && intro.word(0, "it", "they") {
		if lm := d.meetingJustBefore(intro); lm != nil {
			main = lm // "That meeting took place in Bratislava. It was attended by …:": that one's
		}
	} else if s.word(0, "it", "they") && s.find(1, min(len(s.toks), 4), "attended") > 0 {
		if lm := d.meetingJustBefore(s); lm != nil {
			main = lm
		}
	}
	if lm := d.signingJustBefore(s); lm != nil && s.find(0, min(len(s.toks), 8), "present", "attending") >= 0 && s.lastNamed(graph.Meeting) == nil {
		main = lm // "The ceremony was presided over by X. Other members present were A and B. Also present were C"
	}
	if main == nil && s.word(0, "among") && s.find(1, min(len(s.toks), 6), "attended", "present") >= 0 {
		main = d.onlyMeetingBefore(s) // "Among those who attended … were"
	}
	if main == nil && !s.title {
		d.delegation(s) // "The delegation of Uganda consisted of …", after the talks
	}
	if main == nil || s.title {
		return
	}
	t := s.toks
	for v := range t {
		floor := s.word(v, "took", "takes", "taking") && s.word(v+1, "the") && s.word(v+2, "floor") // "A, B and C took the floor"
		if !attendVerbs[t[v].norm] && !floor || d.quoted(s, v) || d.future(s, v) {
			continue
		}
		if t[v].norm == "told" && !s.word(v+1, "members", "participants", "the", "delegates") {
			continue
		}
		if s.word(v, "concluded", "convened") && !s.meetingWithin(v+1, 6) {
			continue // "the Document … concluded in Taif": not a meeting's close
		}
		var subjs []*dent
		co := t[v].hyphen && s.word(v-1, "co") || floor || s.word(v, "participated", "attended") // "X and Y co-chaired the talks", "A, B and C took the floor": all
		last := -1
		for _, m := range s.ms {
			if m.j > v {
				break
			}
			if m.e != nil && m.e.Type == graph.Person && !s.word(m.i-1, "of", "with", "by") {
				// "The Minister, A, and the Ambassador, B, … briefed the
				// members": subjects joined by "and" speak together
				joined := last >= 0 && s.find(last, m.i, "and") >= 0 && s.find(last, m.i, ";", "while", "whereas") < 0
				if !co && !joined {
					subjs = subjs[:0]
				}
				subjs = append(subjs, m.e)
				last = m.j
			}
		}
		for _, p := range subjs {
			d.relate(graph.Attended, p, main, s, confWeak, "", "")
		}
	}
	// "The following Ministers attended the meeting:" and the list's
	// items, one per line
	if intro := d.listIntro(s); intro != nil && attendanceIntro(intro) {
		target := main
		if intro.find(0, len(intro.toks), "signing", "ceremony") >= 0 {
			// "The signing was witnessed by:": the signing ceremony's
			for _, id := range d.order {
				if mt := d.ents[id]; mt.Type == graph.Meeting && mt.signs != nil {
					target = mt
				}
			}
		}
		for _, m := range intro.ms {
			if m.e != nil && m.e.Type == graph.Meeting {
				target = m.e // "The ceremony was attended by:"
			}
		}
		for _, m := range s.ms {
			if m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
				d.relate(graph.Attended, m.e, target, s, confWeak, "", "")
				break // the item's first person; others are named in it
			}
		}
	}
	d.titledFewMet(s)
	d.delegation(s)
	d.ceremony(s)
	if b, from := d.signedFor(s); b != nil && !d.future(s, 0) {
		// a signature line of the meeting's declaration, "For the
		// Argentine Republic: A, Minister of Foreign Affairs": its signer
		// was there, and the body is a party to what was signed
		at := main
		if lm := d.groupedListMeeting(s); lm != nil {
			at = lm
		}
		for _, m := range s.ms {
			if m.i >= from && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
				d.relate(graph.Attended, m.e, at, s, confWeak, "", "")
			}
		}
		if agr := d.signedAbove(s); agr != nil {
			d.relate(graph.PartyTo, b, agr, s, confPattern, "", "")
		}
	}
	// "Taking part were A, B and C", "attended by A and B", "chaired by
	// H.E. A", "Also present were A and B"
	for k := range t {
		n := s.phraseAt(k, attendancePhrases)
		if n == 0 && s.word(k, "chaired", "presided", "opened", "attended", "closed") && !s.word(k+1, "by") {
			// "They were opened on Monday by Norway's Foreign Minister, X":
			// when it was done stands between
			if q := s.skipWhen(k + 1); q > k+1 && s.word(q, "by") && s.word(k-1, "was", "were") {
				n = q + 1 - k
			}
		}
		if n == 0 && s.word(k, "attended") && s.word(k+1, "on") {
			// "attended on the Libyan side by X"
			if b := s.find(k+2, min(len(t), k+7), "by"); b > 0 && s.find(k+2, b, ",") < 0 {
				n = b + 1 - k
			}
		}
		if n == 0 && s.word(k, "chaired", "presided", "opened", "attended") && s.word(k+1, ",") {
			// "was chaired, on behalf of the King, by Prince X": the
			// phrase broken by an aside
			if b := s.find(k+2, min(len(t), k+24), "by"); b > 0 && s.word(b-1, ",") {
				n = b + 1 - k
			}
		}
		if n == 0 && s.word(k, "attended") && s.find(max(0, k-4), k, "among") >= 0 && s.word(k-1, "who") {
			// "Among those who attended on behalf of Basque political
			// forces were A, …; B, …; and C"
			if w := s.find(k+1, min(len(t), k+12), "were"); w > 0 {
				n = w + 1 - k
			}
		}
		if n == 0 && (s.word(k, "present") && (k == 0 || s.word(k-1, "also") || s.word(k-1, "those") && s.word(k-2, "among") ||
			s.find(max(0, k-5), k, "among") >= 0 && s.word(k+1, "were", "was", "at")) ||
			s.word(k, "attending") && (k == 0 || s.word(k-1, "also")) ||
			s.word(k, "taking") && s.word(k+1, "part") && (k == 0 || s.word(k-1, "also"))) {
			// "Taking part in the meeting were A, B and C" too
			// "Attending the meeting were A and B" too
			// "Present at the session were A, B and C", "Among those present
			// at the ceremony in the Banquet Hall were A and B", "Among the
			// NDFP consultants present were A and B"
			if w := s.find(k+1, min(len(t), k+10), "were", "was"); w > 0 {
				n = w + 1 - k
			}
		}
		if n > 0 && s.eventBefore(k) {
			n = 0 // "The general elections … took place in the presence of international observers, among them X"
		}
		if n > 0 && !d.future(s, k) {
			target := main
			if o := d.otherMeetingBefore(s, k); o != nil {
				target = o // "the third summit, held in Baghdad with the participation of X"
			}
			end := s.find(k+n, len(t), "which", "who", "that", "while", "where")
			if to := s.infinitiveAfter(k + n); to >= 0 && (end < 0 || to < end) {
				end = to // "attended by X to discuss …"; not "the Representative to the GID"
			}
			if end < 0 {
				end = len(t)
			}
			if a := s.find(end, len(t), "among", "including"); end < len(t) && a > 0 && (s.word(a, "including") || s.word(a+1, "them", "whom")) && s.word(a-1, ",") {
				// "attended by the leaders of the parties that signed the
				// Roadmap, among them A, President of X, and B": the names
				// after the relative clause are the attendees'
				for _, m := range s.ms {
					if m.i > a && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
						d.relate(graph.Attended, m.e, target, s, confWeak, "", "")
					}
				}
			}
			named := false
			for _, m := range s.ms {
				if m.i >= k+n && m.i < end && m.e != nil && (m.e.Type == graph.Person || d.attendingState(s, m, k+n)) {
					d.relate(graph.Attended, m.e, target, s, confWeak, "", "")
					named = true
				}
			}
			if r := s.roleAt(s.skipThe(k + n)); !named && r != nil && r.j <= end && s.personAt(r.j) == nil && !s.word(r.j, ",", "of") {
				// "under the chairmanship of the Prime Minister": the one
				// the text named with that title
				if p := d.titleHolder(s, r); p != nil {
					d.relate(graph.Attended, p, target, s, confWeak, "", "")
				}
			}
		}
		// "hosted by Saudi Arabia", "Canada hosted the meeting"
		if host := d.hostAt(s, k); host != nil && !s.hasNamedMeeting() {
			target := main
			if o := d.otherMeetingBefore(s, k); o != nil {
				target = o // "the talks held in Kampala in May 1968 under the auspices of the Commonwealth Secretariat"
			}
			d.relate(graph.Held, host, target, s, confPattern, "", "")
		}
	}
	// "The Community's Secretary General, X, was also present", "The
	// Executive Secretary, X, was in attendance", "The Prime Minister, A,
	// and the Taoiseach, B, were present, together with C and D"
	if k := s.presentAfterSubject(); k > 0 {
		for _, m := range s.ms {
			if m.j > k {
				break
			}
			if m.e != nil && m.e.Type == graph.Person && m.kind == mEntity && !s.word(s.skipHonorificsBack(m.i)-1, "with", "by", "of", "to") {
				d.relate(graph.Attended, m.e, main, s, confWeak, "", "")
			}
		}
		if s.word(k+1, ",") && s.word(k+2, "together", "along") && s.word(k+3, "with") {
			for _, m := range s.ms {
				if m.i > k+3 && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
					d.relate(graph.Attended, m.e, main, s, confWeak, "", "")
				}
			}
		}
	}
	if k := s.find(0, len(t), "represented"); k >= 0 && s.word(k+1, "by") {
		for _, m := range s.ms {
			if m.i > k && m.e != nil && m.e.Type == graph.Person {
				d.relate(graph.Attended, m.e, main, s, confWeak, "", "")
			}
		}
	}
	if k := s.find(0, len(t), "took", "take"); k >= 0 && s.word(k+1, "part") && !d.future(s, k) && !s.word(k-1, "not", "to") {
		for _, m := range s.ms {
			if m.j <= k && m.e != nil && m.e.Type == graph.Person {
				d.relate(graph.Attended, m.e, main, s, confWeak, "", "")
			}
		}
		if w := s.find(k+2, min(len(t), k+5), "together", "along"); w > 0 && s.word(w-1, ",") && s.word(w+1, "with") {
			// "A, leader of the LCD, also took part, together with B"
			for _, m := range s.ms {
				if m.i > w+1 && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
					d.relate(graph.Attended, m.e, main, s, confWeak, "", "")
				}
			}
		}
	}
}

// attendedMeeting is the meeting a sentence's attendance is of: the one the
// text reports, or, in a text that reports none (a statement on a
// signing), the last one named in this sentence or the two before it.
func (d *doc) attendedMeeting(s *sentence) *dent {
	if mt := d.mainMeeting(); mt != nil {
		return mt
	}
	if mt := d.thatMeeting(s); mt != nil {
		return mt // "X received Y in Benghazi. The meeting was attended by …"
	}
	k := d.indexOf(s)
	for q := k; q >= max(0, k-2); q-- {
		if mt := d.sents[q].lastNamed(graph.Meeting); mt != nil {
			return mt
		}
	}
	return nil
}

// theMeetingNoun reports whether the sentence speaks of a meeting told
// before by its noun: "the meeting", "the session".
func (s *sentence) theMeetingNoun() bool {
	for k := 1; k < len(s.toks); k++ {
		if meetingNouns[s.toks[k].norm] && s.word(k-1, "the") && s.at(k) == nil {
			return true
		}
	}
	return false
}

// lastNamed is the last entity of type t the sentence names, or nil.
func (s *sentence) lastNamed(t graph.EntityType) *dent {
	for x := len(s.ms) - 1; x >= 0; x-- {
		if m := s.ms[x]; m.e != nil && m.e.Type == t && m.kind == mEntity {
			return m.e
		}
	}
	return nil
}

// groupedListMeeting is the meeting a list grouped under "For BODY:" lines
// is the attendance of, when its introduction says so and stands for a
// meeting the sentence before it names: "That meeting took place in
// Bratislava. It was attended by the delegations of six parties, headed as
// follows: / For the Communist Party of Czechoslovakia: / A, First
// Secretary …". Nil otherwise.
func (d *doc) groupedListMeeting(s *sentence) *dent {
	for k := d.indexOf(s) - 1; k >= 0; k-- {
		q := d.sents[k]
		switch {
		case q.forBodyColon() != nil || q.bulleted():
			continue // a group's header or another item
		case attendanceIntro(q) && q.word(len(q.toks)-1, ":") && q.word(0, "it", "they"):
			return d.meetingJustBefore(q)
		}
		return nil
	}
	return nil
}

// meetingJustBefore is the last meeting the sentence before s names, which
// "It" or "They" opening s stands for; nil when it names none.
func (d *doc) meetingJustBefore(s *sentence) *dent {
	k := d.indexOf(s)
	if k < 1 {
		return nil
	}
	return d.sents[k-1].lastNamed(graph.Meeting)
}

// signingJustBefore is the signing ceremony that the last of the four
// sentences (or list items) before s to name a meeting names, or nil.
func (d *doc) signingJustBefore(s *sentence) *dent {
	k := d.indexOf(s)
	for q := k - 1; q >= max(0, k-4); q-- {
		if mt := d.sents[q].lastNamed(graph.Meeting); mt != nil {
			if mt.signs != nil {
				return mt
			}
			return nil
		}
	}
	return nil
}

// onlyMeetingBefore is the one meeting the text has named before s, or
// nil: "The International Conference … was held today at the Aiete
// Palace", a list, then "Among those who attended … were A and B".
func (d *doc) onlyMeetingBefore(s *sentence) *dent {
	k := d.indexOf(s)
	var only *dent
	for q := k - 1; q >= 0; q-- {
		for _, m := range d.sents[q].ms {
			if m.e != nil && m.e.Type == graph.Meeting && m.kind == mEntity {
				if only != nil && only != m.e {
					return nil
				}
				only = m.e
			}
		}
	}
	return only
}

// listIntro is the sentence that introduces the list s is an item of:
// the last sentence before a run of items (lines that open with a bullet
// or a dash) when it ends with a colon; nil when s is no such item.
func (d *doc) listIntro(s *sentence) *sentence {
	k := d.indexOf(s)
	if k < 0 {
		return nil
	}
	if d.intros == nil {
		d.intros = d.listIntros()
	}
	return d.intros[k]
}

// listIntros is listIntro of every sentence, found in one pass: the walk
// back from a line over the items before it stops where the walk from
// the line before stopped, unless that line is itself no item.
func (d *doc) listIntros() []*sentence {
	intros := make([]*sentence, len(d.sents))
	stop := -1 // where the walk back from sentence k stops: the last line before it that is no item
	for k, s := range d.sents {
		if k > 0 && !d.listItemLine(k-1) {
			stop = k - 1
		}
		if !s.bulleted() && !(k > 0 && d.sents[k-1].itemMarker()) && !d.lastItem(s, k) {
			continue
		}
		if stop >= 0 && len(d.sents[stop].toks) > 0 && d.sents[stop].word(len(d.sents[stop].toks)-1, ":") {
			intros[k] = d.sents[stop]
		}
	}
	return intros
}

// listItemLine reports whether sentence k is a line of a list the walk
// back to its introduction passes over: a bulleted line, a number, or
// the text after a number.
func (d *doc) listItemLine(k int) bool {
	t := d.sents[k]
	if t.bulleted() || t.itemMarker() {
		return true
	}
	return k > 0 && d.sents[k-1].itemMarker() && len(t.toks) > 0 && !t.word(len(t.toks)-1, ":") // "3. Rabah Kebir …, for the Islamic Salvation Front (FIS)."
}

// itemMarker reports whether the sentence is only the number of a list's
// item, which the sentence splitter cut from its text: "1.", "2.".
func (s *sentence) itemMarker() bool {
	return len(s.toks) == 2 && s.toks[0].digit() && len(s.toks[0].text) <= 2 && s.word(1, ".")
}

// bulleted reports whether the sentence is an item of a list: it opens
// with a bullet or a dash, or it is a line of its own that no full stop
// ends ("H.E. Paul Biya, President of the Republic of Cameroon").
func (s *sentence) bulleted() bool {
	n := len(s.toks)
	return n > 1 && !s.title && (s.word(0, "-", "•", "*", "–", "—", "·", "▪") || !s.word(n-1, ".", ":", "?", "!"))
}

// attendanceIntro reports whether a list's introduction says its items
// took part: "The following Ministers attended the meeting:",
// "Participants:", "The meeting was attended by:".
func attendanceIntro(s *sentence) bool {
	for k := range s.toks {
		if s.word(k, "attended", "attending", "participated", "participants", "present", "attendance", "witnessed") ||
			s.word(k, "took", "take", "taking") && s.word(k+1, "part") ||
			s.word(k, "delegation", "delegations") && (s.compositionAt(k, len(s.toks)) >= 0 || s.find(k, len(s.toks), "led", "headed") >= 0) ||
			s.word(k, "panel", "troika", "team") && s.compositionAt(k, min(len(s.toks), k+4)) >= 0 {
			return true // "The delegation of Iraq … included:", "The Nepalese delegation was led by:", "The international panel was made up of:"
		}
	}
	return s.word(0, "and") && s.compositionAt(1, 3) >= 0 // "… and included:", the same delegation's list going on
}

// compositionAt is the first token from from to to of a verb that says
// what a group is made of: "included", "comprised", "consisted of",
// "composed of", "was made up of"; -1 when there is none.
func (s *sentence) compositionAt(from, to int) int {
	for k := max(from, 0); k < min(to, len(s.toks)); k++ {
		if s.word(k, "included", "includes", "comprised", "comprises", "consisted", "consists", "composed") ||
			s.word(k, "made") && s.word(k+1, "up") && s.word(k+2, "of") {
			return k
		}
	}
	return -1
}

// attendingState reports whether the state mention m is an item of the
// list of attendees that starts at token k, not the body of an item's
// title ("A, Minister of State of the United Arab Emirates").
func (d *doc) attendingState(s *sentence, m *mention, k int) bool {
	return m.kind == mEntity && m.e.Type == graph.State && !s.word(m.j, "'s") &&
		(m.i == k || s.word(m.i-1, ",", "and", ";", ":") || s.headsOfStateEnd(m.i))
}

// speakingBody is the body that speaks in the communiqué: the one whose
// session it reports, or else its issuer.
func (d *doc) speakingBody() *dent {
	if b := d.heldBy(d.mainMeeting(), graph.Organization); b != nil {
		return b
	}
	return d.issuer()
}

// thanksForHosting reads the host a text thanks for hosting its meeting:
// "The Authority expressed its gratitude to the Government and people of
// Nigeria for hosting the session", "We thank … Indonesia … for hosting
// every round". The host holds the meeting named after the verb, every
// numbered round for "every round", else the meeting the text reports.
func (d *doc) thanksForHosting(s *sentence) {
	for k := range s.toks {
		if !s.word(k, "hosting", "hosted") || !(s.word(k-1, "for") || s.word(k-1, "having") && s.word(k-2, "for")) || d.future(s, k) {
			continue
		}
		f := k - 1
		if s.word(f, "having") {
			f--
		}
		var host *dent
		for _, m := range s.ms {
			if m.j > f || m.e == nil || m.kind != mEntity || m.e.Type != graph.State && m.e.Type != graph.Organization {
				continue
			}
			if host == nil || m.e.Type == graph.State || host.Type != graph.State {
				host = m.e // "the Government and people of Nigeria": the state
			}
		}
		if host == nil {
			return
		}
		var meetings []*dent
		switch q := s.skipThe(k + 1); {
		case s.word(k+1, "every", "all", "each"):
			for _, id := range d.order {
				if e := d.ents[id]; e.Type == graph.Meeting && e.Session > 0 && !e.dropped {
					meetings = append(meetings, e)
				}
			}
		case s.entityAt(q, graph.Meeting) != nil:
			meetings = append(meetings, s.entityAt(q, graph.Meeting).e)
		case d.mainMeeting() != nil:
			meetings = append(meetings, d.mainMeeting())
		case d.onlyMeetingBefore(s) != nil:
			meetings = append(meetings, d.onlyMeetingBefore(s))
		}
		for _, mt := range meetings {
			d.relate(graph.Held, host, mt, s, confPattern, "", "")
		}
		return
	}
}

// hostsNamed reads a person named as a meeting's host, who stands for the
// state whose office they hold: "At the invitation of Modibo Keïta,
// President of the Republic of Mali, … met at the Koulouba Palace", "The
// ceremony was hosted by the Prime Minister of India, Shri Narendra Modi"
// (the meeting the sentence before names), "President Nyerere was host to
// the meeting".
func (d *doc) hostsNamed(s *sentence) {
	if s.title {
		return
	}
	for k := range s.toks {
		var host *mention
		switch {
		case s.word(k, "invitation") && s.word(k+1, "of") && s.word(k-1, "the"):
			host = s.hostMentionAt(k + 2)
		case s.word(k, "hosted", "convened") && s.word(k+1, "by") && s.word(k-1, "was", "were"):
			host = s.hostMentionAt(k + 2)
		case s.word(k, "host") && s.word(k+1, "to") && s.word(k-1, "was", "were"):
			host = s.lastPersonBefore(k - 1)
		default:
			continue
		}
		if host == nil || d.future(s, k) {
			continue
		}
		if host.e.Type != graph.Person {
			continue // a body named host: hostAt reads it with its meeting
		}
		holder := d.officeState(host.e)
		if holder == nil {
			continue
		}

		var mt *dent
		for _, m := range s.ms {
			if m.e != nil && m.e.Type == graph.Meeting && m.kind == mEntity {
				mt = m.e
				break
			}
		}
		if mt == nil && (s.word(0, "it", "they") || s.word(0, "the") && s.word(1, "ceremony", "meeting", "talks", "summit", "session", "conference")) {
			mt = d.meetingJustBefore(s)
		}
		if mt != nil {
			d.relate(graph.Held, holder, mt, s, confPattern, "", "")
		}
	}
}

// hostMentionAt is the person or body named at token k, past "the" and
// honorifics: "by H.E. President X", "of the Government of Uganda".
func (s *sentence) hostMentionAt(k int) *mention {
	k = s.skipHonorifics(s.skipThe(k))
	m := s.at(k)
	if m == nil || m.e == nil || m.kind != mEntity {
		if r := s.roleAt(k); r != nil {
			// "by the Prime Minister of India, Shri Narendra Modi": the
			// person the title names
			for q := r.j; q < min(len(s.toks), r.j+10) && !s.word(q, ";", "and"); q++ {
				if p := s.personAt(q); p != nil {
					return p
				}
			}
		}
		return nil
	}
	if m.e.Type != graph.Person && m.e.Type != graph.State && m.e.Type != graph.Organization {
		return nil
	}
	return m
}

// hostAt reads a host at token k: "hosted by Saudi Arabia", "Canada hosted
// the meeting", "which Germany hosted".
func (d *doc) hostAt(s *sentence, k int) *dent {
	if s.word(k, "courtesy", "auspices", "invitation") && s.word(k+1, "of") && s.word(k-1, "the", "by") {
		// "met in Madrid … by courtesy of the Government of Spain", "the
		// consultations held under the auspices of the GCC"; not "a
		// political process under the auspices of the UN", nor an
		// agreement "signed under the auspices of" a body
		met := s.find(max(0, k-16), k, "met", "meet", "meeting", "talks", "held", "session", "summit", "conference", "convened", "consultations", "negotiations")
		if met < 0 && k <= 3 {
			// "At the invitation of the Government of Norway, A and B met
			// in Oslo": the phrase opens the sentence
			if m := s.find(k, len(s.toks), "met", "held", "convened", "gathered"); m > 0 && s.find(k, m, "signed", "process", "agreement", "accord", ";") < 0 {
				met = k
			}
		}
		if met < 0 || s.find(met, k, "signed", "process", "agreement", "accord", ";") >= 0 {
			return nil
		}
		if m := s.bodyAt(s.skipThe(k + 2)); m != nil && m.kind == mEntity {
			return m.e
		}
		return nil
	}
	if !s.word(k, "hosted") {
		return nil
	}
	var host *dent
	switch {
	case s.word(k+1, "by"):
		if m := s.at(k + 2); m != nil && m.e != nil && m.kind == mEntity {
			host = m.e
		}
	case s.word(k+1, "the", "it") || s.word(k-2, "which", "that"):
		host = d.subject(s, k)
	}
	if host != nil && host.isBody() {
		return host
	}
	return nil
}

// hasNamedMeeting reports whether the sentence names a meeting found by
// its own name, which its host rule has served.
func (s *sentence) hasNamedMeeting() bool {
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Meeting && m.e.named {
			return true
		}
	}
	return false
}

// namedMeetings are meetings a text names as a body names itself: "the
// Berlin Conference on Libya, which Germany hosted", "the Conference on
// Cyprus, hosted by Switzerland at Crans-Montana", "the ASEAN Leaders'
// Meeting in Jakarta". They take the place the sentence gives (or the
// one in their name) and their host.
func (d *doc) namedMeetings(s *sentence) {
	for _, m := range append([]*mention(nil), s.ms...) {
		if m.e == nil || m.e.Type != graph.Meeting || !m.e.named {
			continue
		}
		mt := m.e
		var place *dent
		if k := s.find(m.j, min(len(s.toks), m.j+12), "held", "convened", "opened", "took"); k >= 0 {
			// "… in the Basque Country was held today at the Aiete Palace":
			// where the verb says, not a place its name holds
			if s.word(k, "took") {
				k++
			}
			place = d.placeAfter(s, k+1, 4)
		}
		if place == nil {
			place = d.meetingPlace(s)
		}
		if place == nil {
			place = d.placeAfter(s, m.j, 8)
		}
		if place == nil {
			place = mt.venue
		}
		if place != nil {
			d.relate(graph.OccurredIn, mt, place, s, confPattern, "", "")
		}
		if mt.Start == "" {
			if ds := d.meetingDates(s); ds != nil && !d.sinceBefore(s, *ds) {
				mt.Start, mt.End = ds.from, ds.to
			}
		}
		for k := range s.toks {
			if host := d.hostAt(s, k); host != nil {
				d.relate(graph.Held, host, mt, s, confPattern, "", "")
			}
		}
		var holder *dent
		if b := s.entityBefore(m.i, graph.Organization); b != nil {
			holder = b.e // "the ASEAN Leaders' Meeting"
		} else if s.word(m.j, "of") {
			if b := s.bodyAt(s.skipThe(m.j + 1)); b != nil && b.e.Type == graph.Organization {
				holder = b.e // "the Extraordinary Summit of the Organ Troika of SADC"
			}
		}
		if holder != nil {
			d.relate(graph.Held, holder, mt, s, confPattern, "", "")
			// the meeting the communiqué reports: "… was held in Windhoek"
			if d.mainMeeting() == nil && (holder == d.issuer() || d.partOfIssuer(holder)) &&
				s.find(m.j, min(len(s.toks), m.j+12), "held", "convened", "met", "opened") >= 0 &&
				s.find(m.j, len(s.toks), "will", "shall") < 0 {
				d.setMainMeeting(s, mt)
			}
		}
	}
}

// meetingNumbered is the document's meeting of session n, if one.
func (d *doc) meetingNumbered(n int) *dent {
	var found *dent
	for _, id := range d.order {
		if e := d.ents[id]; e.Type == graph.Meeting && e.Session == n && !e.dropped {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// heldBy is the first body (of one of the types ts, when given) that held
// the meeting, or nil.
func (d *doc) heldBy(mt *dent, ts ...graph.EntityType) *dent {
	if mt == nil {
		return nil
	}
	for _, r := range d.rels {
		if r.Type == graph.Held && r.To == mt.ID && (len(ts) == 0 || typeIn(d.ents[r.From].Type, ts)) {
			return d.ents[r.From]
		}
	}
	return nil
}

// bracketAfterComplement reports whether the bracketed mention m follows a
// body named in the complement of last: "the Council of the Cooperation
// Council for the Arab States of the Gulf (GCC)".
func (s *sentence) bracketAfterComplement(last, m *mention) bool {
	for _, o := range s.ms {
		if o.i > last.i && o.j == m.i-1 && o.e != nil && o.e.Type == graph.Organization {
			return true
		}
	}
	return false
}

// seriesBody is the body whose numbered meetings the document has called
// by the noun ("cycle", "round"), when exactly one body's are.
func (d *doc) seriesBody(noun string) *dent {
	var body *dent
	for _, r := range d.rels {
		mt := d.ents[r.To]
		if r.Type != graph.Held || mt.Session == 0 {
			continue
		}
		for _, sf := range mt.surfaces {
			if w := strings.Fields(normPhrase(sf)); len(w) > 0 && w[len(w)-1] == noun {
				if body != nil && body.ID != r.From {
					return nil
				}
				body = d.ents[r.From]
			}
		}
	}
	return body
}

// talksAt records talks that parties held at a place, which no one body
// holds: "The South and the North held high-level talks on 1 June at the
// Peace House". The first such talks a text reports are its subject.
func (d *doc) talksAt(s *sentence, noun int, place *dent) *dent {
	mt := d.meetingAt(s, "talks in "+place.Name, noun, place)
	if d.mainMeeting() == nil {
		d.setMainMeeting(s, mt)
	}
	return mt
}

// meetingAt records a meeting of no one body, named and found again by its
// place and day, which the word at token i of s names.
func (d *doc) meetingAt(s *sentence, name string, i int, place *dent) *dent {
	date, key := d.meetingDay(s)
	mt := d.entity(graph.Meeting, name+" "+string(key), nil)
	mt.Name = name
	if mt.Start == "" && date != "" {
		mt.Start, mt.End = date, date
	}
	d.relate(graph.OccurredIn, mt, place, s, confPattern, "", "")
	s.addMention(&mention{i: i, j: i + 1, kind: mEntity, e: mt, text: s.toks[i].text})
	return mt
}

// lastPersonBefore is the last person named before token v, or nil.
func (s *sentence) lastPersonBefore(v int) *mention {
	var last *mention
	for _, m := range s.ms {
		if m.j <= v && m.e != nil && m.e.Type == graph.Person {
			last = m
		}
	}
	return last
}

// delegation reads a sentence about a delegation to the meeting reported
// last: "The Southern delegation was headed by A and included B, C and D",
// "The Northern delegation was led by E". Everyone it names attended.
func (d *doc) delegation(s *sentence) {
	k := s.find(0, min(len(s.toks), 5), "delegation", "delegations")
	// "The delegation of the Front was led by its Secretary-General, X"
	if k < 0 || s.find(k+1, min(len(s.toks), k+8), "headed", "led") < 0 && s.compositionAt(k+1, k+8) < 0 ||
		d.future(s, k) {
		return
	}
	told := d.meetingToldBefore(s)
	mt := d.lastMeeting() // the talks just reported, else the text's subject
	if mt != nil && d.firstTold(mt) > s.start {
		// the last talks the text tells of come after the list: the
		// delegation went to those told before it
		mt = told
	}
	if mt == nil {
		mt = d.mainMeeting()
	}
	if mt == nil {
		mt = d.onlyMeetingBefore(s) // "The talks were held at State House. The delegation of Uganda consisted of …"
	}
	if prev := d.previous(s); told != nil && prev != nil && d.firstTold(told) == prev.start &&
		(mt == nil || d.firstTold(mt) < prev.start) {
		// "A delegation of the Council was received by the President at
		// the Executive Mansion. The delegation was led by …": the
		// meeting the sentence before began to tell of, not one told
		// earlier
		mt = told
	}
	for _, m := range s.ms {
		if m.i > k && m.e != nil && m.e.Type == graph.Person {
			d.relate(graph.Attended, m.e, mt, s, confWeak, "", "")
		}
	}
}

// firstTold is where the text first tells a fact of e: the start of the
// earliest evidence of its relations (-1 when it has none).
func (d *doc) firstTold(e *dent) int {
	first := -1
	for _, r := range d.rels {
		if (r.From == e.ID || r.To == e.ID) && r.Evidence != nil && (first < 0 || r.Evidence.Start < first) {
			first = r.Evidence.Start
		}
	}
	return first
}

// meetingToldBefore is the meeting the text began to tell of last at or
// before sentence s, or nil.
func (d *doc) meetingToldBefore(s *sentence) *dent {
	var found *dent
	at := -1
	for _, id := range d.order {
		e := d.ents[id]
		if e.Type != graph.Meeting || e.dropped {
			continue
		}
		if t := d.firstTold(e); t >= 0 && t <= s.start && t > at {
			found, at = e, t
		}
	}
	return found
}

// remote reports whether the sentence tells of talks held at a distance:
// "by telephone", "by video link", "a telephone conversation".
func (s *sentence) remote() bool {
	for k := range s.toks {
		if s.word(k, "telephone", "phone", "video", "videoconference", "video-conference", "videolink", "teleconference") &&
			(s.word(k-1, "by", "via", "a", "the") || s.word(k+1, "call", "calls", "conversation", "conversations", "link")) {
			return true
		}
	}
	return false
}

// ceremony reads "At the closing ceremony, A and B signed …": the people
// a sentence about the reported meeting's ceremony or sitting opens with
// attended it.
func (d *doc) ceremony(s *sentence) {
	if !s.word(0, "at", "during") || !s.word(1, "the") || !s.word(2, "opening", "closing", "final", "concluding") ||
		!s.word(3, "ceremony", "session", "sitting", "plenary") || !s.word(4, ",") {
		return
	}
	verb := len(s.toks)
	for k := 5; k < len(s.toks); k++ {
		if tk := s.toks[k]; tk.word && !tk.upper() && strings.HasSuffix(tk.norm, "ed") && s.at(k) == nil {
			verb = k
			break
		}
	}
	for _, m := range s.ms {
		if m.j <= verb && m.e != nil && m.e.Type == graph.Person {
			d.relate(graph.Attended, m.e, d.mainMeeting(), s, confWeak, "", "")
		}
	}
}

// meetingBetween records a meeting of subj with people, at place on date,
// as the latest talks the text reports.
func (d *doc) meetingBetween(s *sentence, subj *dent, people []*dent, place *dent, date graph.Date) *dent {
	if place == nil && s.remote() {
		return nil // "held talks by telephone with X": no one met
	}
	name := "meeting of " + subj.Name
	if len(people) > 0 {
		name += " with " + people[0].Name
	}
	if place != nil {
		name += " in " + place.Name
	}
	mt := d.entity(graph.Meeting, name+" "+string(date), nil)
	mt.Name = name
	mt.Start, mt.End = date, date
	for _, p := range append([]*dent{subj}, people...) {
		d.relate(graph.Attended, p, mt, s, confPattern, "", "")
	}
	if k := s.find(0, len(s.toks), "accompanied"); k >= 0 && s.word(k+1, "by") && !d.future(s, k) {
		// "received X, who was accompanied by Y": Y was there too
		for _, m := range s.ms {
			if m.i > k+1 && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity && s.find(k, m.i, ";") < 0 {
				d.relate(graph.Attended, m.e, mt, s, confWeak, "", "")
			}
		}
	}
	if place != nil {
		d.relate(graph.OccurredIn, mt, place, s, confPattern, "", "")
	}
	d.setSlot(slotLastMeeting, mt)
	if d.firstMeeting() == nil {
		d.setSlot(slotFirstMeeting, mt)
	}
	return mt
}

// officeAfter reports whether an office follows token k, after a comma:
// "received the Ambassador of the United States, X, at the Ministry".
func (s *sentence) officeAfter(k int) bool {
	if s.word(k, ",") {
		k++
	}
	if !s.word(k, "at") {
		return false
	}
	if b := s.bodyAt(k + 1); b != nil && b.e.Type == graph.Organization && s.word(k+1, "the") {
		return true // "at the Ministry", the issuer's or its state's
	}
	q := s.skipThe(k + 1)
	return q < len(s.toks) && s.toks[q].upper() && officeVenues[s.toks[q].norm] && !s.word(q+1, "of")
}

// venueHeadAfter is the last token of a lower-case venue named from i
// ("the party headquarters", "the presidential palace"), or 0.
func (s *sentence) venueHeadAfter(i int) int {
	if !s.word(i, "the") {
		return 0
	}
	for k := i + 1; k < min(len(s.toks), i+4); k++ {
		if s.toks[k].upper() || !s.toks[k].word {
			return 0
		}
		if venueHeads[s.toks[k].norm] || officeVenues[s.toks[k].norm] {
			return k
		}
	}
	return 0
}

// adverbialPlace is the place that adverbials from i to j name, the venue
// rather than its town: "at the Hotel Ulysse in Djerba".
func (s *sentence) adverbialPlace(i, j int) *dent {
	var place *dent
	for k := i; k < j; k++ {
		if m := s.at(k); m != nil && m.e != nil && m.e.Type == graph.Place && s.word(m.i-1, "in", "at", "the") &&
			(place == nil || place.PlaceType != "site") {
			place = m.e
		}
	}
	return place
}

// receptions reads "X … was received at Ain al-Tineh by the Speaker of
// Parliament, Y": a meeting of X with Y, where the text says.
func (d *doc) receptions(s *sentence) {
	for v := range s.toks {
		// "President Ramaphosa hosted President Zelensky in Cape Town"
		if s.word(v, "hosted", "received") && !s.word(v-1, "was", "were", "be", "been") && !d.future(s, v) {
			host := s.subjectPerson(v)
			o, office := v+1, false
			if s.word(o, "at") {
				if b := s.bodyAt(s.skipThe(o + 1)); b != nil && b.e.Type == graph.Organization {
					o, office = b.j, true // "received at the Ministry the Ambassador of …, Mr X"
				} else if q := s.skipThe(o + 1); q < len(s.toks) && s.toks[q].upper() && officeVenues[s.toks[q].norm] && !s.word(q+1, "of") {
					o, office = q+1, true // "received at the Primature the Ambassador of Angola"
				} else if h := s.venueHeadAfter(o + 1); h > 0 && s.word(h+1, "the") {
					o, office = h+1, true // "received at the party headquarters the Head of the EU Delegation"
				}
			}
			var advPlace *dent // "received in Benghazi the President of Algeria, X"
			if !office {
				o = s.afterAdverbials(o)
				advPlace = s.adverbialPlace(v+1, o)
				if advPlace == nil {
					// "On 19 May, at the Château of Val Duchesse, the Prime
					// Minister had received …"
					if k := s.afterAdverbials(0); k > 0 && k < v {
						advPlace = s.adverbialPlace(0, k)
					}
				}
			}
			guest := s.objectPerson(o)
			if guest == nil && (office || advPlace != nil) {
				guest = s.titledObjectPerson(o) // "… the Ambassador of the United States in Athens, Mr Thomas Niles"
			} else if g := s.titledObjectPerson(o); guest == nil && g != nil && s.officeAfter(g.j) {
				guest, office = g, true // "received the Ambassador of the United States, X, at the Ministry"
			} else if guest == nil && g != nil && s.word(g.j, ",") && advPlace == nil {
				if p := d.placeAfter(s, g.j+1, 5); p != nil {
					guest, advPlace = g, p // "received the Minister of National Defense, Kim Sung Eun, at Command headquarters in Seoul"
				}
			}
			unnamed := false // "The Governor-General received Mr Whitlam at Government House"
			if r := s.titleAsSubject(v); host == nil && guest != nil && r != nil {
				host, unnamed = &mention{i: r.i, j: r.j, e: d.holderOf(r)}, true
			}
			if host != nil && guest != nil && host.e != guest.e && host.j <= v {
				guests := s.personsListed(guest)
				after := s.mentionOf(guests[len(guests)-1], guest.j).j // the token after the last guest
				place := d.placeAfter(s, after, 3)
				if place == nil {
					place = advPlace
				}
				if place == nil && s.word(after, ",") && s.word(guest.i-1, ",") {
					// "received the Minister of National Defense of the
					// Republic of Korea, Kim Sung Eun, at Command headquarters
					// in Seoul": past the apposition's close
					place = d.placeAfter(s, after+1, 5)
				}
				if place != nil && airport(place) {
					continue // "X received Y at the airport": an arrival
				}
				if place == nil && !office && s.officeAfter(after) {
					office = true // "received the Ambassador of the United States, X, at the Ministry"
				}
				if place == nil && office {
					place = d.officeTown() // an office of the issuer's
				}
				if place != nil {
					date, _ := d.meetingDay(s)
					if host.e == nil {
						d.receptionOf(s, guests[0], place, date, guests[1:]...) // the host the text names only by title
					} else if office || unnamed {
						d.receptionOf(s, host.e, place, date, guest.e) // a call at a ministry is seldom what the text reports
					} else {
						d.meetingBetween(s, host.e, guests, place, date)
					}
					continue
				}
			}
			if guest == nil && (host == nil || host.j <= v) && s.word(v, "received") {
				// "X received at Dodan Barracks the delegation of …, led by
				// Y"; "the Chair received … a delegation … led by its
				// Secretary-General, Y": the host may go unnamed
				leader, place := d.receivedDelegation(s, v)
				if leader != nil && place == nil && office {
					place = d.officeTown() // "received at the Ministry a delegation led by X"
				}
				if leader != nil && place == nil && d.mainMeeting() != nil && d.previous(s) != nil && d.previous(s).names(d.mainMeeting()) {
					// the reported meeting, told on: "The President received
					// the full Commission, led by its President, X, and
					// accompanied by its Secretary, Y"
					for _, m := range s.ms {
						if m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
							d.relate(graph.Attended, m.e, d.mainMeeting(), s, confWeak, "", "")
						}
					}
					continue
				}
				if leader != nil && place != nil && (host == nil || leader != host.e) {
					date, _ := d.meetingDay(s)
					if host != nil {
						d.meetingBetween(s, host.e, []*dent{leader}, place, date)
					} else {
						d.receptionOf(s, leader, place, date)
					}
					continue
				}
			}
			if guest == nil && host == nil && s.word(v, "received") && !s.word(o, "a", "an") {
				// "This morning the Chairman received the heads of the
				// diplomatic missions at the Police Headquarters in Accra":
				// the title's holder met them there
				if r := s.titleAsSubject(v); r != nil {
					if p := d.titleHolder(s, r); p != nil {
						place := d.placeAfter(s, o, 14)
						if place == nil && o > v+1 {
							place = d.placeAfter(s, v+1, o-v-1) // "received at the Palais du Gouvernement the ambassadors of …"
						}
						if place != nil && !airport(place) {
							date, _ := d.meetingDay(s)
							d.receptionOf(s, p, place, date)
						}
					} else if place := d.placeAfter(s, v+1, 14); place != nil && place.PlaceType == "site" && !airport(place) {
						// the holder named nowhere: the meeting still, at its venue
						d.meetingAt(s, "meeting in "+place.Name, v, place)
					}
				}
			}
			if guest == nil && host != nil && host.j <= v && s.word(v, "received") && !office && s.peopleAt(o) {
				// "X received the heads of the two delegations at the Qubba
				// Palace", "had received him at the Unity Palace": the host
				// met them there, whom the sentence does not name
				place := d.placeAfter(s, o, 10)
				if place != nil && place.PlaceType != "site" {
					place = nil // "received the Ambassador in Paramaribo, Mr X": the title's town
				}
				if place == nil {
					place = advPlace // "received at State House the members of the diplomatic corps"
				}
				if place != nil && !airport(place) {
					date, _ := d.meetingDay(s)
					d.receptionOf(s, host.e, place, date)
					continue
				}
			}
			if guest == nil && office && host != nil && host.j <= v && s.titledAt(o) {
				// "received at the Ministry the Chargé d'affaires of
				// Romania": a call of an envoy the text does not name
				if place := d.officeTown(); place != nil {
					date, _ := d.meetingDay(s)
					d.receptionOf(s, host.e, place, date)
				}
			}
		}
		if !s.word(v, "received") || !s.word(v-1, "was", "were", "later", "then", "also", "been") {
			continue
		}
		by := s.find(v+1, min(len(s.toks), v+12), "by")
		if by < 0 {
			continue
		}
		h := s.firstPersonIn(by+1, by+17) // "by the President of the National Elections Jury (JNE), Dr X"
		subj := s.subjectPerson(v)
		if h == nil || d.future(s, v) {
			continue
		}
		host := h.e
		var place *dent
		for k := v + 1; k < by && place == nil; k++ {
			// "was received at the seat of the Jury in Lima by …"
			if m := s.entityAt(s.skipThe(k+1), graph.Place); m != nil && s.word(k, "at", "in") {
				place = m.e
			}
		}
		if place != nil && airport(place) {
			continue // "was received at Hazrat Shahjalal International Airport by": an arrival
		}
		if place == nil {
			place = s.whereBefore(v) // "travelled to Harare, where he was received by X"
		}
		if place == nil {
			// "was received in audience by His Majesty King X at the
			// Narayanhiti Royal Palace"
			for _, m := range s.ms {
				if m.e == host && m.i > by {
					place = d.placeAfter(s, m.j, 8)
					if c := s.titleAfterName(m.j); place == nil && c > m.j {
						// "by H.E. X, President of the Republic of Liberia,
						// at the Executive Mansion": past the title
						place = d.placeAfter(s, c+1, 4)
					}
					break
				}
			}
		}
		guests := s.receivedGuests(v)
		if prev := d.previous(s); subj == nil && s.word(0, "he", "she") && place != nil && prev != nil {
			// "… Cardinal Biayenda. He had been received by Commandant
			// Ngouabi at the État-Major": the pronoun is the one just named
			if p := prev.lastPersonBefore(len(prev.toks)); p != nil && p.e != host {
				date, _ := d.meetingDay(s)
				d.meetingBetween(s, host, []*dent{p.e}, place, date)
				continue
			}
		}
		if subj == nil && len(guests) > 1 && place != nil {
			// "a delegation of the Alliance — A, B and C, Vice-President of
			// the Council — was received at the Victoria Palace by X"
			date, _ := d.meetingDay(s)
			d.receptionOf(s, host, place, date, guests...)
			continue
		}
		if subj == nil {
			// "the Delegate General … was received at the Presidential
			// Palace by the President, X": the guest goes unnamed, the
			// meeting does not
			if place != nil {
				date, _ := d.meetingDay(s)
				if leader := s.leaderBefore(v); leader != nil && leader != host {
					// "The delegation of the Council, led by Pastor X, was
					// received by the Prime Minister": its leader met him
					d.receptionOf(s, host, place, date, leader)
				} else {
					d.receptionOf(s, host, place, date)
				}
			}
			continue
		}
		var date graph.Date
		for _, ds := range s.dates {
			if ds.from == ds.to && !d.sinceBefore(s, ds) {
				date = ds.from
				break
			}
		}
		mt := d.meetingBetween(s, subj.e, []*dent{host}, place, date)
		for _, g := range guests {
			if mt != nil && g != subj.e {
				d.relate(graph.Attended, g, mt, s, confWeak, "", "") // "A, B and C were received by X"
			}
		}
	}
}

// titleAfterName is the comma that closes a title set after a name that
// ends at token j ("X, President of the Republic of Liberia, at …"), or
// -1.
func (s *sentence) titleAfterName(j int) int {
	if !s.word(j, ",") {
		return -1
	}
	r := s.roleAt(s.skipThe(j + 1))
	if r == nil {
		return -1
	}
	if e := s.titleEnd(r); s.word(e, ",") {
		return e
	}
	return -1
}

// peopleAt reports whether people the sentence does not name stand at
// token k: a pronoun, or a noun of people or of their offices ("the heads
// of the two delegations", "the Ambassadors of the signatory States").
func (s *sentence) peopleAt(k int) bool {
	if s.word(k, "him", "her", "them") {
		return true
	}
	k = s.skipThe(k)
	for q := k; q < min(len(s.toks), k+3); q++ {
		w := s.tokNorm(q)
		if talkingParties[w] || officeNouns[w] || officeNouns[strings.TrimSuffix(w, "s")] ||
			s.word(q, "delegation", "members", "representatives", "guests", "participants") {
			return true
		}
		if !s.toks[q].word || s.at(q) != nil {
			return false
		}
	}
	return false
}

// receivedGuests are the people listed as the subject of "received" at v,
// in a list or in a delegation's apposition ("a delegation — A, B and C,
// Vice-President of the Council — was received"), not those a title's
// complement or a preposition names.
func (s *sentence) receivedGuests(v int) []*dent {
	var out []*dent
	var last *mention
	for _, m := range s.ms {
		if m.j > v {
			break
		}
		if m.e == nil || m.e.Type != graph.Person || m.kind != mEntity || s.word(s.skipHonorificsBack(m.i)-1, "with", "of", "by", "to", "from") {
			continue
		}
		if last != nil && (s.find(last.j, m.i, "and", ",", "—") < 0 || s.find(last.j, m.i, ";", "which", "who", "that") >= 0) {
			out = out[:0] // not a list, or another clause's
		}
		out = append(out, m.e)
		last = m
	}
	return out
}

// leaderBefore is the person a "led by" or "headed by" before token v
// names, or nil: "The delegation, led by Pastor X, was received".
func (s *sentence) leaderBefore(v int) *dent {
	for k := 1; k+1 < v; k++ {
		if !s.word(k, "led", "headed") || !s.word(k+1, "by") {
			continue
		}
		if m := s.firstPersonIn(k+2, min(v, k+12)); m != nil {
			return m.e
		}
	}
	return nil
}

// firstPersonIn is the first person the sentence names from token i to
// before token j, or nil.
func (s *sentence) firstPersonIn(i, j int) *mention {
	for _, m := range s.ms {
		if m.i >= i && m.i < j && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
			return m
		}
	}
	return nil
}

// mentionOf is the first mention of e that starts at token i-1 or later
// (a one-word mention ending at i included), or an empty mention at i when
// there is none.
func (s *sentence) mentionOf(e *dent, i int) *mention {
	for _, m := range s.ms {
		if m.e == e && m.i >= i-1 {
			return m
		}
	}
	return &mention{i: i, j: i}
}

// summons reads an envoy summoned to a ministry, as foreign ministries
// report it: "the Minister, Mr X, summoned the Ambassador of Israel in
// Cairo, Mr Y, to the Ministry of Foreign Affairs at Tahrir Square". The
// call is a meeting of the two, held by the issuer, at the venue the
// sentence gives or in the town of the release.
func (d *doc) summons(s *sentence) {
	v := s.find(0, len(s.toks), "summoned")
	if v < 0 || s.word(v-1, "was", "were", "be", "been") || d.future(s, v) || s.title {
		return
	}
	guest := s.titledObjectPerson(v + 1)
	if guest == nil {
		guest = s.objectPerson(v + 1)
	}
	if guest == nil {
		return
	}
	var people []*dent
	if host := s.subjectPerson(v); host != nil && host.j <= v && host.e != guest.e {
		people = append(people, host.e)
	}
	people = append(people, guest.e)
	var place *dent
	if to := s.find(guest.j, min(len(s.toks), guest.j+4), "to"); to >= 0 {
		place = d.placeAfter(s, to+1, 10) // "to the Ministry of Foreign Affairs at Tahrir Square"
	}
	if place == nil {
		place = d.officeTown()
	}
	if place == nil {
		return
	}
	date, _ := d.meetingDay(s)
	mt := d.receptionOf(s, people[0], place, date, people[1:]...)
	if is := d.issuer(); mt != nil && is != nil && is.Type == graph.Organization {
		d.relate(graph.Held, is, mt, s, confWeak, "", "")
	}
}

// airport reports whether a place is an airport, where a guest is met on
// arrival: a welcome there is no meeting.
func airport(p *dent) bool {
	n := strings.ToLower(p.Name)
	return strings.HasSuffix(n, "airport") || strings.HasSuffix(n, "airfield")
}

// personsListed is the person of mention m and those listed after it:
// "received General A, Mr B, Mr C and Mr D at Government House".
func (s *sentence) personsListed(m *mention) []*dent {
	out := []*dent{m.e}
	last := m
	for _, n := range s.ms {
		if n.i < last.j || n.e == nil || n.kind != mEntity {
			continue
		}
		if n.e.Type != graph.Person || !s.joinedInList(last.j, s.skipHonorificsBack(n.i)) {
			break
		}
		out = append(out, n.e)
		last = n
	}
	return out
}

// subjectPerson is the person the sentence is about before token v: the
// first one named who is not the object of "with", "by", "of" or "to".
func (s *sentence) subjectPerson(v int) *mention {
	for _, m := range s.ms {
		if m.j > v {
			break
		}
		if m.e != nil && m.e.Type == graph.Person && m.kind == mEntity && !s.word(s.skipHonorificsBack(m.i)-1, "with", "by", "of", "to") {
			return m
		}
	}
	return nil
}

// presentAfterSubject is the token that ends "was present", "were also
// present" or "was in attendance" after the sentence's subject, when the
// clause ends there; 0 when it does not.
func (s *sentence) presentAfterSubject() int {
	for k := 2; k < len(s.toks); k++ {
		q := k - 1
		switch {
		case s.word(k, "present"):
		case s.word(k, "attendance") && s.word(k-1, "in"):
			q = k - 2
		default:
			continue
		}
		if s.word(q, "also") {
			q--
		}
		if s.word(q, "was", "were") && (k+1 == len(s.toks) || s.word(k+1, ".", ",", ";") ||
			s.word(k+1, "at") && s.word(k+2, "its", "the") && s.word(k+3, "opening", "closing", "meeting", "session", "ceremony", "talks", "signing", "conference", "summit")) {
			return k // "X, whose good offices had prepared the ground, was present at its opening"
		}
	}
	return 0
}

// skipHonorificsBack steps back from token i over the title and honorifics
// before a name: "with caretaker Prime Minister X" reads as "with X".
func (s *sentence) skipHonorificsBack(i int) int {
	for i > 0 && (s.roleAt(i-1) != nil || s.honorific(i-1)) {
		if r := s.roleAt(i - 1); r != nil {
			i = r.i
		} else {
			i--
		}
	}
	return i
}

// otherMeetingBefore is the meeting other than the reported one that the
// words just before token k name, or nil: "the Berlin Conference, held
// under the chairmanship of X" tells who chaired that conference.
func (d *doc) otherMeetingBefore(s *sentence, k int) *dent {
	for q := k - 1; q >= max(0, k-16); q-- {
		if s.word(q, ";") {
			return nil
		}
		if m := s.at(q); m != nil && m.e != nil && m.e.Type == graph.Meeting {
			if m.e != d.mainMeeting() {
				return m.e
			}
			return nil
		}
	}
	return nil
}

// directObjectPerson reports whether a person is named right at token k,
// over "both", "the", a state's adjective, a title and honorifics.
func (s *sentence) directObjectPerson(k int) bool { return s.objectPerson(k) != nil }

// subjectBefore reports whether a person's name ends right before the
// verb at v, or before the comma that closes it: "al-Bahra met", "the
// Minister of Defence, Professor X, met".
func (s *sentence) subjectBefore(v int) bool {
	k := s.skipAdverbsBack(v - 1)
	if s.word(k, ",") {
		k--
	}
	if s.entityBefore(k+1, graph.Person) != nil {
		return true
	}
	// "…, led by A, member of the National Coordination, met": the person
	// and an apposition between commas
	p := s.lastPersonBefore(v)
	return p != nil && s.word(p.j, ",") && s.word(v-1, ",") && p.j < v-1 && s.bareCommaIn(p.j+1, v-1) < 0
}

// bareCommaIn is the first comma or semicolon in [i, j) that no mention
// covers ("Minister of Foreign Affairs, Trade and Tourism" holds its
// commas), or -1.
func (s *sentence) bareCommaIn(i, j int) int {
	for k := i; k < j; k++ {
		if s.word(k, ",", ";") && !s.covered(k, k+1) {
			return k
		}
	}
	return -1
}

// afterAdverbials is the token after the words of time and place that may
// stand between a verb and its object: "met yesterday in Tirana …", "met
// on 14 April at the Presidential Palace …".
func (s *sentence) afterAdverbials(k int) int {
	for k < len(s.toks) {
		switch {
		case s.word(k, "yesterday", "today", "tonight", "also", "separately", "jointly"):
			k++
		case s.word(k, "this", "last", "on") && (s.word(k+1, "morning", "afternoon", "evening", "week", "night") || isWeekday(s.tokNorm(k+1))):
			k += 2
		case s.word(k, "in", "at", "on") && s.at(s.skipThe(k+1)) != nil && s.at(s.skipThe(k+1)).e != nil && s.at(s.skipThe(k+1)).e.Type == graph.Place:
			k = s.at(s.skipThe(k + 1)).j
		case s.word(k, "on") && s.dateAt(k+1):
			for k++; k < len(s.toks) && s.dateAt(k); k++ {
			}
		case s.dateAt(k): // "met this Monday, 9 January, at …"
			k++
		case isWeekday(s.tokNorm(k)) && s.dateAt(k+1): // "received yesterday, Friday 11 January 1974, at …"
			k++
		case s.word(k, ","):
			k++
		default:
			return k
		}
	}
	return k
}

// dateAt reports whether token k lies in a date the sentence gives.
func (s *sentence) dateAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	for _, ds := range s.dates {
		if s.toks[k].start >= ds.start && s.toks[k].end <= ds.end {
			return true
		}
	}
	return false
}

// titledObject reports whether an object named by its title opens at
// token k and a person's name follows it closely: "the Prime Minister of
// the Government of National Reconciliation, Mr Bashkim Fino".
func (s *sentence) titledObject(k int) bool { return s.titledObjectPerson(k) != nil }

// titledObjectPerson is the person a title at token k introduces: "the
// Ambassador of the United States in Athens, Mr Thomas Niles"; nil when
// there is none.
func (s *sentence) titledObjectPerson(k int) *mention {
	k = s.skipThe(k)
	r := s.roleAt(k)
	if r == nil || r.i != k {
		return nil
	}
	from := r.j // past "of the Democratic and Popular Republic of Algeria", whose "and" is the name's
	if s.word(r.j, "of") {
		for _, b := range s.ms {
			if b.i > r.j && b.i < r.j+8 && s.find(r.j, b.i, ",") < 0 && b.e != nil && b.e.Type != graph.Person {
				from = b.j
				break
			}
		}
	}
	for _, m := range s.ms {
		if m.i >= r.j && m.i < r.j+14 && m.e != nil && m.e.Type == graph.Person {
			if s.find(from, m.i, ";", ".", "and", "who", "which", "whom") < 0 {
				return m // not "the Ambassador of Angola, who conveyed the condolences of President X"
			}
			return nil
		}
	}
	return nil
}

// unnamedSubject reports whether the subject of the verb at v is a body
// or an office the sentence does not name: "the Commission met …", "the
// same team met …", "the Chief Observer met …".
func (s *sentence) unnamedSubject(v int) bool {
	k := s.skipAdverbsBack(v - 1)
	if k > 0 && s.at(k) == nil && (s.toks[k].upper() && orgHeads[s.tokNorm(k)] || s.word(k, "delegation", "team")) &&
		s.find(max(0, k-3), k, "the", "our", "its") >= 0 {
		return true
	}
	return s.titleAsSubject(v) != nil
}

// titleAsSubject is the title that is the subject of the verb at v, with
// no name: "The Governor-General received …", "On Sunday, the Prime
// Minister received …"; nil when a name or anything else comes between.
func (s *sentence) titleAsSubject(v int) *mention {
	for _, m := range s.ms {
		if m.j > v {
			break
		}
		if m.kind != mRole || m.j <= v-3 || s.word(s.skipBackThe(m.i-1), "of", "by", "with", "to", "for") {
			continue
		}
		k := m.j
		for k < v && (s.word(k, "yesterday", "today", "also", "then", "later", "subsequently") || s.at(k) != nil && s.at(k).kind == mRole) {
			k++
		}
		if k == v {
			return m
		}
	}
	return nil
}

// titledAt reports whether a title opens the words from token k on, after
// "the" and a state's adjective: "the Romanian Chargé d'affaires".
func (s *sentence) titledAt(k int) bool {
	k = s.skipTheAndAdjective(k)
	r := s.roleAt(k)
	return r != nil && r.i == k
}

// skipTheAndAdjective steps over "the" and a state's adjective at token k:
// "the Romanian Chargé d'affaires" reads from "Chargé".
func (s *sentence) skipTheAndAdjective(k int) int {
	k = s.skipThe(k)
	if a := s.at(k); a != nil && a.kind == mAdjective && a.i == k {
		k = a.j
	}
	return k
}

// objectPerson is the person named from token k on, after "both", "the",
// a state's adjective and a title, or nil.
func (s *sentence) objectPerson(k int) *mention {
	if s.word(k, "both") {
		k++
	}
	k = s.skipTheAndAdjective(k)
	if r := s.roleAt(k); r != nil && r.i == k {
		k = r.j
		if b := s.bodyAt(s.skipThe(k + 1)); s.word(k, "of") && b != nil && s.word(b.j, ",") {
			k = b.j // "the President of the Kurdish Democratic Party, Mulla Mustafa Barzani"
		}
		if s.word(k, ",") {
			// "the Congolese mediator, President Denis Sassou Nguesso"
			k++
			if r2 := s.roleAt(k); r2 != nil && r2.i == k {
				k = r2.j
			}
		}
	}
	return s.personAt(s.skipHonorifics(k))
}

// placedMeeting records a numbered meeting that no named body holds, by
// its place: "the third trilateral summit, held in Baghdad".
func (d *doc) placedMeeting(s *sentence, i, noun, n int, place *dent) {
	written := s.commonCase(d, i, noun+1)
	mt := d.entity(graph.Meeting, written+" in "+place.Name, nil)
	mt.Session = n
	mt.addSurface(s.tokText(d, i, noun+1))
	if e := s.namedComplementEnd(noun); e > noun+2 && s.toks[i].upper() {
		mt.addSurface(s.tokText(d, i, e)) // "the Twelfth Meeting of Consultation of Ministers of Foreign Affairs"
	}
	if mt.Start == "" {
		if ds := d.meetingDates(s); ds != nil {
			mt.Start, mt.End = ds.from, ds.to
		}
	}
	s.addMention(&mention{i: i, j: noun + 1, kind: mEntity, e: mt, text: s.tokText(d, i, noun+1)})
	d.relate(graph.OccurredIn, mt, place, s, confPattern, "", "")
	if d.mainMeeting() == nil && d.opening(s) {
		d.setMainMeeting(s, mt) // what a chair's or a mediator's statement reports first
	}
	d.talksBetween(s, noun, mt)
	if v := s.find(max(0, i-3), i, "held", "concluded", "opened", "began", "completed", "resumed"); v >= 0 && s.word(i-1, "their") {
		// "A and B had held their eleventh sitting at …": they sat
		for _, m := range s.ms {
			if m.j <= v && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity && !s.word(s.skipHonorificsBack(m.i)-1, "of", "with", "by", "to") {
				d.relate(graph.Attended, m.e, mt, s, confPattern, "", "")
			}
		}
	}
}

// namedComplementEnd is the end of the capitalised words that go on a
// capitalised meeting noun's name at token noun ("Meeting of Consultation
// of Ministers of Foreign Affairs"), or noun+1 when none do.
func (s *sentence) namedComplementEnd(noun int) int {
	t := s.toks
	end := noun + 1
	if !t[noun].upper() {
		return end
	}
	for q := noun + 1; q < len(t); q++ {
		switch {
		case t[q].word && t[q].upper() && !t[q].digit():
			end = q + 1
		case s.word(q, "of", "on", "for", "and", "the") && q+1 < len(t) && (t[q+1].upper() || s.word(q+1, "the")):
		default:
			return end
		}
	}
	return end
}

// numberedTalks records a numbered round of talks the sentence does not
// place, found again by its number, as the text's main meeting when it has
// none.
func (d *doc) numberedTalks(s *sentence, i, noun, n int) {
	written := s.commonCase(d, i, noun+3)
	mt := d.entity(graph.Meeting, written, nil)
	mt.Session = n
	if mt.Start == "" {
		if ds := d.meetingDates(s); ds != nil {
			mt.Start, mt.End = ds.from, ds.to
		}
	}
	s.addMention(&mention{i: i, j: noun + 3, kind: mEntity, e: mt, text: s.tokText(d, i, noun+3)})
	if d.mainMeeting() == nil {
		d.setMainMeeting(s, mt)
	}
	d.talksBetween(s, noun, mt)
}

// opening reports whether s is the first sentence of the text's body,
// where a statement says what it reports.
func (d *doc) opening(s *sentence) bool {
	for _, o := range d.sents {
		if o.title || len(o.toks) < 4 {
			continue
		}
		return o == s
	}
	return false
}

// statesBefore are the states named (not by an adjective) before token v.
func (s *sentence) statesBefore(v int) []*dent {
	var out []*dent
	for _, m := range s.ms {
		if m.j <= v && m.e != nil && m.e.Type == graph.State && m.kind == mEntity && !slices.Contains(out, m.e) {
			out = append(out, m.e)
		}
	}
	return out
}

// joinNames writes "A, B and C".
func joinNames(es []*dent) string {
	var b strings.Builder
	for k, e := range es {
		switch {
		case k == 0:
		case k == len(es)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(e.Name)
	}
	return b.String()
}

// infinitiveAfter is the first "to" from token k that opens an infinitive
// ("to discuss"), not a complement ("to the GID"), or -1.
func (s *sentence) infinitiveAfter(k int) int {
	for q := k; q < len(s.toks); q++ {
		if s.word(q, "to") && q+1 < len(s.toks) && s.toks[q+1].word && !s.toks[q+1].upper() && !s.word(q+1, "the", "a", "an", "its", "their") {
			return q
		}
	}
	return -1
}

// meetingWithin reports whether a meeting is named within n tokens from k.
func (s *sentence) meetingWithin(k, n int) bool {
	for q := k; q < min(len(s.toks), k+n); q++ {
		if m := s.at(q); m != nil && m.e != nil && m.e.Type == graph.Meeting || meetingNouns[s.tokNorm(q)] || sessionNouns[s.tokNorm(q)] {
			return true
		}
	}
	return false
}

// meetingDay is the day the sentence gives a meeting, and the day that
// tells it from others of its kind: that day, or else the day of
// publication.
func (d *doc) meetingDay(s *sentence) (date, key graph.Date) {
	if ds := d.meetingDates(s); ds != nil {
		date = ds.from
	}
	key = date
	if key == "" {
		key = d.h.published
	}
	return date, key
}

// meetingsInPassing are meetings a text mentions on its way to something
// else, with the place they were held at: "since the peace talks in
// Pretoria", "the Yemeni-Yemeni consultations held in Riyadh", "the Lomé
// peace talks". No verb reports them, so the place must be a city or a
// site right after the noun (or before it, as the talks' name), the
// meeting must not be one to come, and a meeting the document already
// placed there is the same one.
func (d *doc) meetingsInPassing(s *sentence) {
	if s.title {
		return
	}
	t := s.toks
	for n := range t {
		if !passingMeetingNouns[t[n].norm] || t[n].upper() && n > 0 || s.futureBefore(n) || s.calledFor(n) {
			continue
		}
		if m := s.at(n); m != nil && m.e != nil {
			continue // a meeting (or anything else) already read here
		}
		if n == 0 && s.word(n, "meeting") && s.word(n+1, "in", "at") {
			continue // "Meeting in Istanbul on 9 March, the Assembly held …": the verb
		}
		if s.numberedBefore(n) {
			continue // "the first round-table meeting": a numbered session, sessions' to read
		}
		place := s.placeNamingTalks(n)
		if place == nil {
			place = s.placeAfterNoun(n)
		}
		if k := s.afterSides(n); place == nil && k > 0 {
			if m := s.entityAt(s.skipThe(k+1), graph.State); m != nil {
				place = d.cityOfState(m.e) // "ended in Singapore": a city that is a state
			}
		}
		if place == nil || d.meetingPlacedAt(place) {
			continue
		}
		if site := s.venueOfVerb(n); site != nil && isTown(place) {
			// "The meeting in Reykjavík between A and B ended yesterday at
			// Höfði House": the venue is the most specific place
			place = site
		}
		date, key := d.meetingDay(s)
		mt := d.entity(graph.Meeting, t[n].norm+" in "+place.Name+" "+string(key), nil)
		mt.Name = t[n].norm + " in " + place.Name
		if mt.Start == "" && date != "" {
			mt.Start, mt.End = date, date
		}
		d.relate(graph.OccurredIn, mt, place, s, confWeak, "", "")
		s.addMention(&mention{i: n, j: n + 1, kind: mEntity, e: mt, text: t[n].text})
		if b := s.bodyOfMeeting(n); b != nil {
			// "chaired a session of the National Security Council in
			// Tbilisi": the body's own meeting
			d.relate(graph.Held, b.e, mt, s, confPattern, "", "")
		}
		for k := n + 1; k < min(len(t), n+10); k++ {
			if host := d.hostAt(s, k); host != nil {
				d.relate(graph.Held, host, mt, s, confPattern, "", "") // "the talks in Doha, hosted by Qatar"
				break
			}
		}
		d.talksBetween(s, n, mt)
	}
}

// venueOfVerb is the site where the meeting named at token n opened,
// ended or was held, by the clause's verb: "… ended yesterday evening at
// Höfði House"; nil when the sentence names none.
func (s *sentence) venueOfVerb(n int) *dent {
	for v := n + 1; v < len(s.toks); v++ {
		if !s.word(v, "ended", "opened", "concluded", "closed", "began", "held") && !(s.word(v, "took") && s.word(v+1, "place")) {
			continue
		}
		k := v + 1
		if s.word(v, "took") {
			k++
		}
		k = s.skipWhen(k)
		for q := k; q < min(len(s.toks), k+4); q++ {
			if s.word(q, "at", "in") {
				if m := s.entityAt(s.skipThe(q+1), graph.Place); m != nil && m.e.PlaceType == "site" {
					return m.e
				}
			}
		}
		return nil
	}
	return nil
}

// talksBetween reads who met in the talks named at token n: "New Zealand
// hosted talks at Government House between Mr Qarase and Commodore
// Bainimarama": the host holds them, the people between whom they were
// held attend them.
func (d *doc) talksBetween(s *sentence, n int, mt *dent) {
	if s.word(n-1, "hosted") {
		if b := s.bodyBefore(n - 1); b != nil {
			d.relate(graph.Held, b.e, mt, s, confPattern, "", "")
		}
	}
	b := s.find(n+1, min(len(s.toks), n+10), "between")
	if b < 0 {
		return
	}
	end := max(s.listEnd(b+1), b+12)
	for k := b + 1; k < len(s.toks) && k < b+40; k++ {
		// the sides with their titles, up to where the meeting was held
		if s.word(k, "in", "at", ";", "which", "who") && !s.covered(k, k+1) {
			end = max(end, k)
			break
		}
	}
	for _, m := range s.ms {
		if m.i > b && m.i < end && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
			d.relate(graph.Attended, m.e, mt, s, confPattern, "", "")
		}
	}
}

// numberedBefore reports whether an ordinal stands within the three words
// before the noun at n.
func (s *sentence) numberedBefore(n int) bool {
	for k := max(0, n-3); k < n; k++ {
		if num, _ := ordinal(s, k); num > 0 && !s.word(k, "final", "last", "latest", "next", "previous") {
			return true // but "the final round of talks" is no numbered session
		}
	}
	return false
}

// futureBefore reports whether a word before token n puts the sentence's
// predicate in the future: "will hold talks on sports at the Peace House".
func (s *sentence) futureBefore(n int) bool {
	for k := range n {
		if futureCues[s.toks[k].norm] {
			return true
		}
	}
	return false
}

// placeNamingTalks is the city that names the talks at token n: "the Lomé
// peace talks", "the Doha talks".
func (s *sentence) placeNamingTalks(n int) *dent {
	k := n - 1
	if s.word(k, "peace", "direct", "proximity") {
		k--
	}
	if m := s.at(k); m != nil && m.j == k+1 && m.e != nil && m.e.Type == graph.Place && m.e.PlaceType != "country" && s.talksNamedAfter(m.j) {
		return m.e
	}
	return nil
}

// placeAfterNoun is the city or site a meeting noun at n is said to be in:
// "talks in Pretoria", "the consultations held in Riyadh", "the meeting of
// the Committee of Chiefs of Defence Staff in Abuja". Only names, dates
// and the words that tie them to the noun (meeting-noun-links in cues.txt)
// may stand between.
func (s *sentence) placeAfterNoun(n int) *dent {
	if k := s.afterSides(n); k > 0 {
		if m := s.entityAt(s.skipThe(k+1), graph.Place); m != nil && m.e.PlaceType != "country" {
			return m.e
		}
	}
	loose := 0 // words in lower case allowed after "of the": who met
	for k := n + 1; k < min(len(s.toks), n+18); k++ {
		if m := s.entityAt(s.skipThe(k+1), graph.Place); m != nil && s.word(k, "in", "at") {
			if m.e.PlaceType == "country" {
				return nil
			}
			return m.e
		}
		if p := s.townPastVenue(k); p != nil {
			return p // "a meeting at the Governor's office in Palangkaraya": the venue has no name, the town has
		}
		if s.word(k, "the") && s.word(k-1, "of", "between", "among") {
			loose = 3 // "the talks of the senior commanders in Nairobi"
			continue
		}
		tk := s.toks[k]
		if s.covered(k, k+1) || tk.digit() || tk.word && tk.upper() || meetingNounLinks[tk.norm] || s.word(k, "in", "at") {
			continue
		}
		if s.word(k, ",") && k == n+1 && s.word(k+1, "held", "convened", "hosted", "which") {
			continue // "the final round of talks, held at North Block"
		}
		if m := s.entityAt(s.skipThe(k+2), graph.Place); s.word(k, ",") && s.word(k+1, "in") && k > n+2 && m != nil && m.e.PlaceType != "country" {
			return m.e // "an extraordinary session of the Permanent Council of the OAS, in Washington on 22 July"
		}
		if tk.word && loose > 0 {
			loose--
			continue
		}
		return nil // "the talks covered the situation in Daraa"
	}
	return nil
}

// afterSides is the "in" or "at" that places a meeting whose noun at n
// the sides follow: "the meeting between the President of Peru, Ing.
// Alberto Fujimori, and the Prime Minister of Japan, Mr Ryutaro Hashimoto,
// in Toronto", "The talks between Mr A, Chairman of X (X), and Mr B, …
// ended in Singapore". It is -1 when there is none.
func (s *sentence) afterSides(n int) int {
	if !s.word(n+1, "between") {
		return -1
	}
	k := n + 2
	for k < len(s.toks) && k < n+40 && (s.covered(k, k+1) || s.honorific(k) || s.word(k, ",", "and", "the", "of", ".", "(", ")")) {
		k++
	}
	if s.word(k, "ended", "concluded", "opened", "began", "resumed", "continued", "closed") {
		k++ // the verb that tells where they sat
	} else if s.word(k, "were", "was") && s.word(k+1, "held") || s.word(k, "took") && s.word(k+1, "place") {
		k += 2
	}
	if !s.word(k, "in", "at") || k <= n+3 {
		return -1
	}
	return k
}

// calledFor reports whether the noun at n is something asked for, not
// something that took place: "calls for talks in Geneva", "to resume
// negotiations in Doha".
func (s *sentence) calledFor(n int) bool {
	for k := max(0, n-4); k < n; k++ {
		if s.word(k, "to") && s.word(k+1, "a", "an", "the", "its", "their", "this", "that") {
			continue // "presented to an extraordinary session": a preposition
		}
		if notActual[s.toks[k].norm] || s.word(k, "resume", "resumption", "convene", "convening", "hold", "holding", "host", "hosting") {
			return true
		}
	}
	return false
}

// meetingPlacedAt reports whether the document has a meeting that took
// place at place already, other than a numbered session: "the 151st
// session in Riyadh" and "the consultations in Riyadh" are two meetings.
func (d *doc) meetingPlacedAt(place *dent) bool {
	for _, r := range d.rels {
		if mt := d.ents[r.From]; r.Type == graph.OccurredIn && r.To == place.ID && mt.Type == graph.Meeting && mt.Session == 0 {
			return true
		}
	}
	return false
}

// signedAtMeeting reads an instrument signed at a meeting the sentence
// names: its signers took part in the meeting ("the Joint Declaration,
// which A and B signed in Pyongyang on 15 June 2000, at the close of the
// first inter-Korean summit").
func (d *doc) signedAtMeeting(s *sentence) {
	v := s.find(0, len(s.toks), "signed")
	if v < 0 || d.future(s, v) {
		return
	}
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Meeting || m.kind != mEntity || m.i <= v || m.i > v+16 {
			continue
		}
		j := m.i
		if s.word(j-1, "the") {
			j--
		}
		if s.word(j-1, "of") && s.word(j-2, "close", "end", "conclusion", "sidelines", "margins", "margin") && s.word(j-3, "the") {
			j -= 3
		}
		if !s.word(j-1, "at", "during", "on") || s.find(v, j, ";", "which", "who", "and") >= 0 {
			continue
		}
		for _, p := range s.ms {
			if p.e != nil && p.e.Type == graph.Person && p.kind == mEntity && p.j <= v {
				d.relate(graph.Attended, p.e, m.e, s, confPattern, "", "")
			}
		}
		return
	}
}

// meetingNamedAt is the meeting the sentence names that took place at
// place, or nil.
func (d *doc) meetingNamedAt(s *sentence, place *dent) *dent {
	if place == nil {
		return nil
	}
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Meeting || m.kind != mEntity {
			continue
		}
		for _, r := range d.rels {
			if r.Type == graph.OccurredIn && r.From == m.e.ID && r.To == place.ID {
				return m.e
			}
		}
	}
	return nil
}

// ceremonies reads a signing ceremony the text describes as an event of
// its own: "The signing ceremony, held at the Sheraton Hotel in Doha, was
// chaired by X", "Among those present at the ceremony at Itamaraty were A
// and B". It is a meeting where the instrument signed in the text was
// signed, and the people the sentence names took part in it. Opening and
// closing ceremonies are parts of the reported meeting (see ceremony).
func (d *doc) ceremonies(s *sentence) {
	if s.title {
		return
	}
	d.signedAtMeeting(s)
	if d.signedAtVenue(s) || d.signingTookPlace(s) {
		return
	}
	for n := range s.toks {
		if !s.word(n, "ceremony") || s.covered(n, n+1) || s.word(n-1, "opening", "closing", "inaugural", "swearing", "award", "wreath") {
			continue
		}
		// "the signing ceremony"; "the ceremony" only in a text that
		// reports no meeting of its own, whose ceremony it could be, or
		// that has told of the signing already
		if signing := d.signingMeeting(); s.word(n-1, "the") && !s.word(n-2, "signing") && d.mainMeeting() != nil && signing != nil {
			d.signingCeremony(s, n, signing.signs, nil) // "The ceremony was convened by the Committee and presided over by …"
			return
		}
		if !(s.word(n-1, "signing") && s.word(n-2, "the")) && !(s.word(n-1, "the") && d.mainMeeting() == nil) {
			continue
		}
		agr := d.signedInstrument(s, n)
		if agr == nil {
			return
		}
		place := d.placeAfter(s, n+1, 6)
		if far := d.placeAfter(s, n+1, 14); far != nil && far.PlaceType != "country" && (place == nil || far.PlaceType == "site" && place.PlaceType != "site") {
			place = far // "held at the Ministry of Foreign Affairs of Malaysia at Wisma Putra"
		}
		if place == nil {
			place = d.placeOf(agr) // where the instrument was signed
		}
		if place == nil {
			place = d.signingPlace() // "The ceremony in the Togolese capital"
		}
		d.signingCeremony(s, n, agr, place)
		return
	}
}

// signingTookPlace reads where the signing the text told of took place:
// "… signed the Agreement concerning the Establishment of a Senegambia
// Confederation. The signing took place at the Palace of the Republic in
// Dakar before members of the two Governments". It is a ceremony there, of
// the instrument signed last before.
func (d *doc) signingTookPlace(s *sentence) bool {
	n := s.find(0, min(len(s.toks), 4), "signing")
	if n < 0 || !s.word(n-1, "the") || !(s.word(n+1, "took") && s.word(n+2, "place") || s.word(n+1, "was") && s.word(n+2, "held")) {
		return false
	}
	agr := d.lastSigned(s)
	if agr == nil {
		return false
	}
	place := d.placeAfter(s, n+3, 6)
	if far := d.placeAfter(s, n+3, 10); far != nil && far.PlaceType == "site" && (place == nil || place.PlaceType != "site") {
		place = far // "took place in Dakar, at the Palace of the Republic"
	}
	if place == nil {
		// "The signing took place in the presence of Dr Luns": where the
		// text said the instrument was signed
		if place = d.placeOf(agr); place == nil {
			return false
		}
	}
	d.relate(graph.OccurredIn, agr, place, s, confPattern, "", "")
	d.signingCeremony(s, n, agr, place)
	return true
}

// lastSigned is the instrument the two sentences before s say was signed,
// the last one they name; nil when none.
func (d *doc) lastSigned(s *sentence) *dent {
	k := d.indexOf(s)
	for q := k - 1; q >= max(0, k-2); q-- {
		o := d.sents[q]
		if o.title || o.find(0, len(o.toks), "signed") < 0 {
			continue
		}
		if agr := o.lastNamed(graph.Agreement); agr != nil {
			return agr
		}
	}
	return nil
}

// signingMeeting is the one signing ceremony the text has told of, or nil.
func (d *doc) signingMeeting() *dent {
	var found *dent
	for _, id := range d.order {
		if mt := d.ents[id]; mt.Type == graph.Meeting && mt.signs != nil {
			if found != nil {
				return nil
			}
			found = mt
		}
	}
	return found
}

// signedAtVenue reads an instrument signed at a venue, which makes its
// signing a ceremony there: "The Agreement was signed at the Palais du
// Peuple … in the presence of the Mediator and of H.E. X".
func (d *doc) signedAtVenue(s *sentence) bool {
	v := s.find(0, len(s.toks), "signed")
	if v < 0 || d.future(s, v) {
		return false
	}
	var agr *dent
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Agreement && agr == nil {
			agr = m.e
		}
	}
	if agr == nil {
		return false
	}
	for k := v + 1; k < len(s.toks); k++ {
		if !s.word(k, "at", "in") {
			continue
		}
		if m := s.entityAt(s.skipThe(k+1), graph.Place); m != nil && m.e.PlaceType == "site" {
			d.relate(graph.OccurredIn, agr, m.e, s, confPattern, "", "")
			d.signingCeremony(s, v, agr, m.e)
			return true
		}
	}
	// "On Monday 12 June, at the Greentree Estate in Manhasset, A and B
	// signed …": the venue opens the sentence
	for k := 0; k < v; k++ {
		// "… that last night, in the Hall of the Americas of the OAS
		// headquarters in Washington, A and B signed": a venue ahead of the
		// signers, in their clause
		if !s.word(k, "at", "in") || s.find(k, v, "which", "who", "that", "where", ";") >= 0 {
			continue
		}
		if m := s.entityAt(s.skipThe(k+1), graph.Place); m != nil && m.e.PlaceType == "site" {
			d.relate(graph.OccurredIn, agr, m.e, s, confPattern, "", "")
			d.signingCeremony(s, v, agr, m.e)
			return true
		}
	}
	return false
}

// signingCeremony records the ceremony at which agr was signed, named at
// token n of s and held at place (nil: where an earlier sentence put it),
// with the people s names taking part.
func (d *doc) signingCeremony(s *sentence, n int, agr, place *dent) {
	if host := d.meetingNamedAt(s, place); host != nil && host.signs == nil {
		// "signed … at the end of a summit meeting held at the World
		// Trade Centre": the meeting it ends is where it was signed
		d.relate(graph.References, host, agr, s, confWeak, "", "")
		for _, m := range s.ms {
			if m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
				d.relate(graph.Attended, m.e, host, s, confWeak, "", "")
			}
		}
		return
	}
	mt := d.entity(graph.Meeting, "signing ceremony of "+agr.Name, nil)
	if site := d.siteOf(mt); site != nil || place == nil && d.placeOf(mt) != nil {
		place = nil // placed already, and at a venue: keep it
	}
	if place == nil && d.placeOf(mt) == nil {
		return
	}
	mt.signs = agr
	s.addMention(&mention{i: n, j: n + 1, kind: mEntity, e: mt, text: s.toks[n].text})
	d.relate(graph.OccurredIn, mt, place, s, confPattern, "", "")
	d.relate(graph.References, mt, agr, s, confWeak, "", "")
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
			d.relate(graph.Attended, m.e, mt, s, confWeak, "", "")
		}
	}
}

// attendeesBeside reads as attendees the people a sentence names beside
// the one meeting it tells of, when it tells of taking part ("The
// Coalition's delegation included A, B and C", "Around the table were A
// and B"), and those of the next sentence of its paragraph when that one
// names no meeting and tells of none of its own ("The talks opened on 5
// September and were conducted by a delegation headed by X"; not "They
// met X in the capital"). A meeting another one shares its place and day with is
// left alone: which of the two they attended the sentence does not say;
// so is a sentence that tells of an event ("the elections took place in
// the presence of observers").
func (d *doc) attendeesBeside() {
	toldIn := map[int][]*dent{} // sentence start → meetings a relation of its tells of
	for _, r := range d.rels {
		for _, id := range []string{r.From, r.To} {
			if mt := d.ents[id]; r.Evidence != nil && mt.Type == graph.Meeting && !slices.Contains(toldIn[r.Evidence.Start], mt) {
				toldIn[r.Evidence.Start] = append(toldIn[r.Evidence.Start], mt)
			}
		}
	}
	var before []*dent
	for _, s := range d.sents {
		told := s.meetingsNamed()
		for _, mt := range toldIn[s.start] {
			if !slices.Contains(told, mt) {
				told = append(told, mt)
			}
		}
		mts := told
		if len(mts) == 0 && d.previous(s) != nil && !s.meetsAgain() {
			mts = before // the meeting the sentence before told of
		}
		before = told
		if len(mts) != 1 || s.title || !s.takingPartTold() || d.twinMeeting(mts[0]) || s.lastNamed(graph.Event) != nil {
			continue
		}
		for _, m := range s.ms {
			if m.e != nil && m.e.Type == graph.Person && m.kind == mEntity && !s.metApart(m, mts[0]) && !d.metElsewhere(s, m, mts[0]) {
				d.relate(graph.Attended, m.e, mts[0], s, confWeak, "", "")
			}
		}
	}
}

// metApart reports whether the person mentioned at m met someone apart
// from mt: "his talks in Ankara with X, and his exchanges with Y".
func (s *sentence) metApart(m *mention, mt *dent) bool {
	w := s.talkedWith(m)
	if w < 0 {
		return false
	}
	n := s.at(w - 1)
	return n == nil || n.e != mt // not the meeting's own "with"
}

// talkedWith is the "with" of a noun of talks right before the person
// mentioned at m ("his exchanges with Y", "talks with the Envoy, Y"), or
// -1.
func (s *sentence) talkedWith(m *mention) int {
	w := s.skipHonorificsBack(m.i) - 1
	if s.word(w, "the") {
		w--
	}
	if s.word(w, "with") && s.word(w-1, "exchanges", "exchange", "contacts", "conversation", "call", "calls", "consultations", "meetings", "meeting", "talks") {
		return w
	}
	return -1
}

// meetsAgain reports whether the sentence tells of a meeting of its own,
// which nothing else read ("they met X in the capital", "he also held
// talks with Y").
func (s *sentence) meetsAgain() bool {
	for k := range s.toks {
		if s.word(k, "met", "meets", "received", "receives", "hosted", "conferred") {
			return true
		}
		if s.word(k, "held", "holds") && s.word(k+1, "talks", "consultations", "discussions") {
			return true
		}
	}
	return false
}

// metElsewhere reports whether the person mentioned at m is placed at
// once somewhere mt did not take place: "met A at the Presidential Palace
// on 13 March, and B at Government House on 14 March" tells of two
// meetings.
func (d *doc) metElsewhere(s *sentence, m *mention, mt *dent) bool {
	k := m.j
	if s.word(k, ",") {
		k++
	}
	if !s.word(k, "at", "in") {
		return false
	}
	p := s.at(s.skipThe(k + 1))
	if p == nil || p.e == nil || p.e.Type != graph.Place {
		return false
	}
	return !slices.ContainsFunc(d.rels, func(r graph.Relation) bool {
		return r.Type == graph.OccurredIn && r.From == mt.ID && r.To == p.e.ID
	})
}

// meetingsNamed are the meetings the sentence names, each once.
func (s *sentence) meetingsNamed() []*dent {
	var out []*dent
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Meeting && m.kind == mEntity && !slices.Contains(out, m.e) {
			out = append(out, m.e)
		}
	}
	return out
}

// takingPartTold reports whether the sentence tells of people taking part
// in a meeting, not in a relative clause of the meeting's own ("the
// Committee, which met in Abuja").
func (s *sentence) takingPartTold() bool {
	for k := range s.toks {
		if takingPart[s.tokNorm(k)] && !s.word(k-1, "which", "that", "where") {
			return true
		}
	}
	return false
}

// twinMeeting reports whether another meeting took place at the same place
// on the same day as mt.
func (d *doc) twinMeeting(mt *dent) bool {
	place := map[string]bool{}
	for _, r := range d.rels {
		if r.Type == graph.OccurredIn && r.From == mt.ID {
			place[r.To] = true
		}
	}
	for _, r := range d.rels {
		if o := d.ents[r.From]; r.Type == graph.OccurredIn && o != mt && o.Type == graph.Meeting && place[r.To] && o.Start == mt.Start {
			return true
		}
	}
	return false
}

// siteOf is the venue e took place at, or nil.
func (d *doc) siteOf(e *dent) *dent {
	for _, r := range d.rels {
		if r.Type == graph.OccurredIn && r.From == e.ID && d.ents[r.To].PlaceType == "site" {
			return d.ents[r.To]
		}
	}
	return nil
}

// signedInstrument is the instrument a ceremony at token n was for: the
// one named with it, else the one the text is about, else the first it
// says was signed somewhere, else one the sentence names.
func (d *doc) signedInstrument(s *sentence, n int) *dent {
	var named *dent
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Agreement {
			if m.j == n-1 || m.i > n && m.i <= n+3 {
				return m.e // "the ceremony for the Lomé Agreement", "the Lomé Agreement signing ceremony"
			}
			if named == nil {
				named = m.e
			}
		}
	}
	if f := d.focusInstrument(); f != nil {
		return f
	}
	if r := d.firstSigning(); r != nil {
		return d.ents[r.From]
	}
	return named
}

// firstSigning is the first relation placing an instrument where the text
// says it was signed, or nil.
func (d *doc) firstSigning() *graph.Relation {
	for k, r := range d.rels {
		if r.Type == graph.OccurredIn && d.ents[r.From].Type == graph.Agreement && r.Evidence != nil && strings.Contains(r.Evidence.Text, "signed") {
			return &d.rels[k]
		}
	}
	return nil
}

// signingPlace is where the text first says an instrument was signed, or
// nil.
func (d *doc) signingPlace() *dent {
	if r := d.firstSigning(); r != nil {
		return d.ents[r.To]
	}
	return nil
}

// focusInstrument is the instrument the text names most often, the one a
// statement on a signing is about; nil when none is named twice.
func (d *doc) focusInstrument() *dent {
	count := map[*dent]int{}
	var best *dent
	for _, s := range d.sents {
		for _, m := range s.ms {
			if m.e != nil && m.e.Type == graph.Agreement && m.kind == mEntity {
				count[m.e]++
				if best == nil || count[m.e] > count[best] {
					best = m.e
				}
			}
		}
	}
	if best == nil || count[best] < 2 {
		return nil
	}
	return best
}

// placeOf is where the entity e happened or was signed, or nil.
func (d *doc) placeOf(e *dent) *dent {
	for _, r := range d.rels {
		if r.Type == graph.OccurredIn && r.From == e.ID {
			return d.ents[r.To]
		}
	}
	return nil
}

// ceremonySigners make the people who signed an instrument attend the
// ceremony held to sign it: "A and B signed the Agreement", "the
// Agreement, signed by A and B".
func (d *doc) ceremonySigners() {
	hosts := map[*dent]*dent{} // meeting → the instrument signed at it
	for _, id := range d.order {
		if mt := d.ents[id]; mt.Type == graph.Meeting && mt.signs != nil {
			hosts[mt] = mt.signs
		}
	}
	if len(hosts) == 0 {
		d.signingHosts(hosts)
	}
	for _, id := range slices.Clone(d.order) {
		mt := d.ents[id]
		agr := hosts[mt]
		if agr == nil {
			continue
		}
		for _, s := range d.sents {
			named := false
			for _, m := range s.ms {
				if m.e == agr {
					named = true
				}
			}
			v := s.find(0, len(s.toks), "signed")
			// "Prime Minister A signed for Ethiopia, President B for Egypt
			// and President C for the Sudan": the one ceremony's signers,
			// each for a party
			signedFor := v >= 0 && s.word(v+1, "for") && len(hosts) == 1
			if !named && !signedFor || v < 0 || s.title || d.future(s, v) {
				continue
			}
			for _, m := range s.ms {
				if m.e == nil || m.kind != mEntity {
					continue
				}
				if signedFor && m.e.Type == graph.State && s.word(s.skipBackThe(m.i-1), "for") {
					d.relate(graph.PartyTo, m.e, agr, s, confPattern, "", "")
				}
				if m.e.Type != graph.Person {
					continue
				}
				if signedFor && s.word(m.j, "for") {
					d.relate(graph.Attended, m.e, mt, s, confWeak, "", "")
					continue
				}
				// not "under the patronage of the Amir X, A and B signed"
				before := m.j <= v && !s.word(s.skipHonorificsBack(m.i)-1, "with", "of", "to") &&
					s.find(max(0, m.i-8), m.i, "patronage", "auspices", "presence", "invitation") < 0
				after := m.i > v && s.find(v+1, m.i, "by") >= 0 && s.find(v+1, m.i, "presence", "witnessed") < 0
				if before || after {
					d.relate(graph.Attended, m.e, mt, s, confWeak, "", "")
				}
			}
		}
	}
}

// signingHosts finds, in a text that reports no signing ceremony, the
// meetings at which instruments were signed: the talks held where the
// text says an instrument was signed, or at a venue in that town ("The
// negotiations were held at the Hôtel Silmandé in Ouagadougou" and "an
// Accord … was signed … in Ouagadougou"). The talks reference it.
func (d *doc) signingHosts(hosts map[*dent]*dent) {
	for _, r := range d.rels {
		agr := d.ents[r.From]
		if r.Type != graph.OccurredIn || agr.Type != graph.Agreement || r.Evidence == nil || !strings.Contains(r.Evidence.Text, "signed") {
			continue
		}
		if sig := d.sentenceAt(r.Evidence.Start, r.Evidence.End); sig == nil || d.longBefore(sig) {
			continue // "the Protocol …, signed in Malabo on 24 February 2000": not at these talks
		}
		place := d.ents[r.To]
		for _, q := range d.rels {
			mt := d.ents[q.From]
			if q.Type != graph.OccurredIn || mt.Type != graph.Meeting || mt.Session != 0 || hosts[mt] != nil || q.Evidence == nil {
				continue
			}
			if q.To == place.ID || d.ents[q.To].PlaceType == "site" && d.sentenceAt(q.Evidence.Start, q.Evidence.End).names(place) {
				hosts[mt] = agr
				d.relate(graph.References, mt, agr, d.sentenceAt(q.Evidence.Start, q.Evidence.End), confWeak, "", "")
			}
		}
	}
}

// names reports whether the sentence (which may be nil) names e.
func (s *sentence) names(e *dent) bool {
	if s == nil {
		return false
	}
	for _, m := range s.ms {
		if m.e == e {
			return true
		}
	}
	return false
}

// receivedDelegation reads "X received at Dodan Barracks, Lagos, the
// delegation of …, led by Y": the delegation's leader, and where it was
// received; nils when the sentence is not so.
func (d *doc) receivedDelegation(s *sentence, v int) (*dent, *dent) {
	k := s.find(v+1, min(len(s.toks), v+14), "delegation", "delegations")
	if k < 0 || !s.word(k-1, "the", "a") && s.at(k-1) == nil {
		k = -1
		for q := v + 1; q < min(len(s.toks), v+5) && k < 0; q++ {
			if b := s.bodyAt(q); b != nil && b.kind == mEntity {
				k = b.j - 1 // "received the Commission, led by its President, X"
			} else if s.toks[q].upper() && orgHeads[s.tokNorm(q)] {
				k = q // "received the full Commission": the body named before
			}
		}
	}
	if k < 0 {
		return nil, nil
	}
	var place *dent
	for _, m := range s.ms {
		if m.i > v && m.j <= k && m.e != nil && m.e.Type == graph.Place && s.word(s.skipBackThe(m.i-1), "at", "in", ",") && place == nil {
			place = m.e
		}
	}
	by := s.find(k+1, min(len(s.toks), k+16), "by")
	if by < 0 || !s.word(by-1, "led", "headed") {
		return nil, nil
	}
	leader := s.firstPersonIn(by+1, by+9) // "led by its Secretary-General, Sheikh X"
	if leader == nil {
		return nil, nil
	}
	if place == nil {
		place = d.placeAfter(s, leader.j, 8) // "…, headed by Mr Topal, at Parliament House in Chişinău"
	}
	return leader.e, place
}

// receptionOf records a reception at place of which the text names one
// side only. It is neither the meeting the text reports (a report that
// recalls a reception in passing is about something else) nor, when the
// text told of talks before, the one its delegations went to.
func (d *doc) receptionOf(s *sentence, who, place *dent, date graph.Date, others ...*dent) *dent {
	first, last := d.firstMeeting(), d.lastMeeting()
	mt := d.meetingBetween(s, who, others, place, date)
	d.setSlot(slotFirstMeeting, first)
	d.setSlot(slotLastMeeting, last) // a delegation listed later went to the talks, not to this call
	return mt
}

// presentations reads a body handing its report to someone at a venue:
// "Today, at the Palacio de La Moneda, the Commission delivered its Report
// to the President, Mr X"; "presented its report to His Majesty King Y
// at a public ceremony at Al-Sakhir Palace". The handing over is the
// meeting the text reports, at the venue, attended by the people the
// sentence names.
func (d *doc) presentations(s *sentence) {
	if s.title || d.mainMeeting() != nil || d.future(s, 0) {
		return
	}
	v := s.find(0, len(s.toks), "delivered", "presented", "submitted", "handed")
	if v < 0 || !s.word(s.skipThe(v+1), "report") && !(s.word(v+1, "its", "their") && s.find(v+2, min(len(s.toks), v+5), "report") >= 0) &&
		!(s.word(v+1, "over") && s.find(v+2, min(len(s.toks), v+5), "report") >= 0) {
		return
	}
	to := s.find(v+1, min(len(s.toks), v+8), "to")
	if to < 0 {
		return
	}
	var place *dent
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Place && m.e.PlaceType == "site" && s.word(s.skipBackThe(m.i-1), "at", "in") {
			place = m.e
			break
		}
	}
	if place == nil {
		return
	}
	mt := d.meetingAt(s, "presentation of the report", v, place)
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Person && m.kind == mEntity {
			d.relate(graph.Attended, m.e, mt, s, confWeak, "", "")
		}
	}
	d.setMainMeeting(s, mt)
}

// eventBefore reports whether an event the sentence names stands before
// token k, so that what follows is about it, not about a meeting.
func (s *sentence) eventBefore(k int) bool {
	for _, m := range s.ms {
		if m.j <= k && m.e != nil && m.e.Type == graph.Event && m.kind == mEntity {
			return true
		}
	}
	return false
}

// meetingBodies gives a meeting the body its noun names, when nothing
// else said who held it: "convened an emergency meeting of the Public
// Security Council at the Carondelet Palace".
func (d *doc) meetingBodies(s *sentence) {
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Meeting || m.kind != mEntity || !s.word(m.j, "of") ||
			!(meetingNouns[s.tokNorm(m.j-1)] || sessionNouns[s.tokNorm(m.j-1)]) || d.heldBy(m.e, graph.Organization, graph.State) != nil {
			continue
		}
		if b := s.bodyAt(s.skipThe(m.j + 1)); b != nil && b.kind == mEntity && b.e.Type == graph.Organization {
			d.relate(graph.Held, b.e, m.e, s, confPattern, "", "")
		}
	}
}

// signedAbove is the instrument a signature block signs: the one named in
// the sentence that says it was signed, within the ten sentences before s
// ("The accord was signed as follows:"), or nil.
func (d *doc) signedAbove(s *sentence) *dent {
	k := d.indexOf(s)
	for q := k - 1; q >= max(0, k-10); q-- {
		t := d.sents[q]
		if t.find(0, len(t.toks), "signed", "initialled") < 0 {
			continue
		}
		for _, m := range t.ms {
			if m.e != nil && m.e.Type == graph.Agreement {
				return m.e
			}
		}
		return nil
	}
	return nil
}

// lastItem reports whether s, the k-th sentence, is the last item of a
// list whose items end with semicolons, a line of its own that a full
// stop ends: "Bertie Ahern, former Taoiseach of Ireland;" over "Jonathan
// Powell, former Chief of Staff to the British Prime Minister."
func (d *doc) lastItem(s *sentence, k int) bool {
	b := s.start
	for b > 0 && (d.text[b-1] == ' ' || d.text[b-1] == '\t') {
		b-- // an indented line: "   Lieutenant Colonel X, Chief of the General Staff."
	}
	if k == 0 || !s.word(len(s.toks)-1, ".") || b == 0 || d.text[b-1] != '\n' {
		return false
	}
	prev := d.sents[k-1]
	return prev.bulleted() && prev.word(len(prev.toks)-1, ";") && !strings.Contains(strings.TrimSpace(d.text[s.start:s.end]), "\n")
}

// officeTown is the town of the issuer's offices, where a minister
// receives or summons an envoy "at the Ministry": the dateline's, or, when
// the release has none, the capital of the state whose organ issued it.
func (d *doc) officeTown() *dent {
	if d.h.place != "" {
		return d.datelineTown()
	}
	st := d.issuerState()
	if st == nil {
		return nil
	}
	e := st().entry
	if e == nil {
		return nil
	}
	c, ok := gazetteer.CountryByCode(e.Attrs["code"])
	if !ok || c.Capital == "" {
		return nil
	}
	return d.knownPlace(c.Capital)
}

// datelineTown is the place the dateline names, or nil.
func (d *doc) datelineTown() *dent {
	if d.h.place == "" {
		return nil
	}
	key := normPhrase(d.h.place)
	for _, id := range d.order {
		if e := d.ents[id]; e.Type == graph.Place && slices.Contains(e.names(), key) {
			return e
		}
	}
	return nil
}

// encounters reads a meeting between named parties that no rule before
// it read: someone "met", "received", "hosted" or "held talks with" the
// people a sentence names, at the place it names: "The Prime Minister
// met the Speaker, Mr X, at the Prime Minister's Office in Malé".
func (d *doc) encounters(s *sentence) {
	if s.title {
		return
	}
	for v := range s.toks {
		if !s.encounterVerb(v) || s.word(v-1, "was", "were", "be", "been", "being", "to") || d.future(s, v) {
			continue
		}
		if d.meetingFrom(s) {
			return // asked only of a sentence with such a verb: it reads every relation
		}
		end := len(s.toks)
		if k := s.find(v+1, len(s.toks), ";", "where", "which", "who", "whom", "when", "after", "before"); k >= 0 {
			end = k
		}
		var subj *dent
		if m := s.lastPersonBefore(v); m != nil && s.find(m.j, v, ";", ",", "which", "who") < 0 {
			subj = m.e
		} else if s.word(v-1, "he", "she") || s.word(v-2, "he", "she") && s.word(v-1, "also", "then", "later") {
			subj = d.lastPerson(s)
		}
		if subj == nil {
			continue
		}
		var others []*dent
		for _, m := range s.ms {
			if m.i > v && m.i < min(end, v+30) && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity && m.e != subj {
				others = append(others, m.e)
			}
		}
		place := d.meetingPlaceNear(s, v)
		if len(others) == 0 || place == nil {
			continue
		}
		date, _ := d.meetingDay(s)
		d.receptionOf(s, subj, place, date, others...) // what the text says next is of the meeting it reports
		return
	}
}

// encounterVerb reports whether token v says that people met: "met",
// "received", "hosted", "conferred", "held talks".
func (s *sentence) encounterVerb(v int) bool {
	return s.word(v, "met", "meets", "received", "receives", "hosted", "hosts", "conferred", "confers") ||
		s.word(v, "held", "holds") && s.word(v+1, "talks", "discussions", "consultations", "meetings") ||
		s.word(v, "held", "holds") && s.word(v+1, "a", "separate", "bilateral") && s.word(v+2, "meeting", "meetings", "talks", "discussions") ||
		s.word(v, "called", "calls") && s.word(v+1, "on", "upon")
}

// meetingFrom reports whether a relation of a meeting already stands on
// the sentence s.
func (d *doc) meetingFrom(s *sentence) bool {
	for _, r := range d.rels {
		if r.Evidence != nil && r.Evidence.Start == s.start && (d.ents[r.From].Type == graph.Meeting || d.ents[r.To].Type == graph.Meeting) {
			return true
		}
	}
	return false
}

// subjectTitle is the title that is the subject of the verb at v, with
// no name: "The King of Morocco was accompanied", or nil.
func (s *sentence) subjectTitle(v int) *mention {
	for _, m := range s.ms {
		if m.kind == mRole && s.skipThe(0) == m.i {
			if b := s.bodyAt(s.skipThe(m.j + 1)); s.word(m.j, "of") && b != nil && s.word(b.j, "was", "were") && b.j+1 == v ||
				s.word(m.j, "was", "were") && m.j+1 == v {
				return m
			}
		}
	}
	return nil
}

// titleHolder is the one person the document says holds the title r, of
// the body named with it when one is.
func (d *doc) titleHolder(s *sentence, r *mention) *dent {
	var body *dent
	if b := s.bodyAt(s.skipThe(r.j + 1)); s.word(r.j, "of") && b != nil {
		body = b.e
	}
	var found *dent
	for _, rel := range d.rels {
		if rel.Type != graph.HoldsRole || graph.NameKey(rel.Role) != graph.NameKey(r.text) || body != nil && rel.To != body.ID {
			continue
		}
		if found != nil && found.ID != rel.From {
			return nil
		}
		found = d.ents[rel.From]
	}
	if body == nil {
		// a title whose state or body the text settles only once every
		// sentence is read (see bareTitles): "The Minister of Internal
		// Affairs, Mr X, reported …"
		for _, b := range d.bare {
			if graph.NameKey(b.title) != graph.NameKey(r.text) {
				continue
			}
			if found != nil && found != b.person {
				return nil
			}
			found = b.person
		}
	}
	return found
}

// companions reads who went with someone to a meeting the text reported
// before: "Ms Palacio was accompanied by the Secretary of State, Mr X,
// and by the Ambassador of Spain, Mr Y". They attended the last meeting
// the person accompanied did.
func (d *doc) companions(s *sentence) {
	k := s.find(0, len(s.toks), "accompanied")
	if k < 0 || !s.word(k+1, "by") || s.title || d.future(s, k) || d.meetingFrom(s) {
		return
	}
	var who *dent
	if m := s.lastPersonBefore(k); m != nil && s.find(m.j, k, ";", "who", "which") < 0 {
		who = m.e
	} else if s.word(k-1, "was", "were") && s.word(k-2, "he", "she") || s.word(k-1, "he", "she") {
		who = d.lastPerson(s)
	} else if r := s.subjectTitle(k); r != nil {
		who = d.titleHolder(s, r) // "The King of Morocco was accompanied by …"
	}
	if who == nil {
		return
	}
	var mt *dent
	for _, r := range d.rels {
		if r.Type == graph.Attended && r.From == who.ID && (r.Evidence == nil || r.Evidence.Start < s.start) {
			mt = d.ents[r.To] // the last one before this sentence
		}
	}
	if mt == nil {
		return
	}
	end := len(s.toks)
	if q := s.find(k+2, len(s.toks), ";", "who", "which", "where", "when"); q >= 0 {
		end = q
	}
	for _, m := range s.ms {
		if m.i > k+1 && m.i < end && m.e != nil && m.e.Type == graph.Person && m.kind == mEntity && m.e != who {
			d.relate(graph.Attended, m.e, mt, s, confWeak, "", "")
		}
	}
}

// townPastVenue is the town after a venue that has no name of its own,
// from "at" at token k: "at the Governor's office in Palangkaraya", "at the
// party's headquarters in Bamako". nil when the words after "at" are not
// such a venue or no town follows.
func (s *sentence) townPastVenue(k int) *dent {
	if !s.word(k, "at") || !s.word(k+1, "the") {
		return nil
	}
	for q := k + 2; q < min(len(s.toks), k+7); q++ {
		if s.word(q, "in") {
			if m := s.entityAt(s.skipThe(q+1), graph.Place); m != nil && m.e.PlaceType != "country" && q > k+2 {
				return m.e
			}
			return nil
		}
		if s.word(q, ",", ";", "and", "with", "on", "of") || s.entityAt(q, graph.Place) != nil {
			return nil
		}
	}
	return nil
}

// bodiesMet reports whether the subject of the verb at v is a body, not a
// person: "the Council met the Minister of Home Affairs, Dr X".
func (d *doc) bodiesMet(s *sentence, v int) bool {
	subj := d.subjects(s, v)
	return len(subj) > 0 && !slices.ContainsFunc(subj, func(e *dent) bool { return e.Type == graph.Person })
}
