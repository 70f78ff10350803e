package loader

// Events: what happened where, and OCCURRED_IN for them.

import (
	"slices"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// events finds things that happened at a place: a trigger word and the place
// it happened in, in the same sentence.
func (d *doc) events(s *sentence) {
	t := s.toks
	for i := range t {
		if !eventWords[t[i].norm] {
			continue // most words name no event: skip the tests below
		}
		typ := eventTriggers[t[i].norm]
		if t[i].norm == "situation" && s.word(i-1, "humanitarian") {
			typ = "humanitarian_crisis" // "the humanitarian situation in South Sudan"
		}
		if s.word(i, "blowing") && s.word(i+1, "up") {
			typ = "attack" // "the blowing up of schools in the Swat valley"
		}
		if s.word(i, "consultation") && s.word(i-1, "popular") {
			typ = "election" // "the popular consultation in East Timor"
		}
		if s.word(i, "firing") && s.word(i+1, "on", "at") && !s.word(i-1, "ceasefire", "cease") {
			typ = "attack" // "police firing on satyagrahis in Guwahati"
		}
		if s.word(i, "driven", "forced", "drove", "forcing", "driving") && s.find(i+1, min(len(t), i+10), "homes", "home", "villages") > 0 &&
			s.find(i+1, min(len(t), i+8), "from", "out") > 0 {
			typ = "displacement" // "driven from their homes in the Rift Valley"
		}
		if s.word(i, "shot") && s.word(i+1, "dead") || s.word(i, "dead") && s.word(i-1, "shot") {
			if s.word(i, "shot") {
				typ = "killing" // "whose members shot dead the officer at Dammarie-lès-Lys"
			} else {
				continue
			}
		}
		if s.word(i, "massacre", "massacres") && s.find(i+1, len(t), "killed", "died", "dead") >= 0 && s.find(0, len(t), "airstrike", "airstrikes",
			"warplanes", "aircraft", "artillery", "shelling", "bombing", "bombardment", "strike", "strikes", "missile", "missiles", "rocket", "rockets", "barrel") < 0 {
			// "the massacre at Moiwana, where thirty were killed"; one the
			// warplanes committed is their attack
			typ = "killing"
		}
		if (s.word(i, "died") || s.lostLives(i+2)) && s.countBefore(i) {
			typ = "killing" // "seventeen civilians died in Juliaca", "nineteen people lost their lives in Malé"
		}
		if s.word(i, "set", "sets", "setting") && s.setOnFire(i) {
			typ = "attack" // "houses were set on fire in Kurunegala", "set fire to the power station at Tumbo"
		}
		if s.word(i, "exchange", "exchanges") && s.word(i+1, "of") && s.word(i+2, "fire") {
			typ = "attack" // "an exchange of fire near Dionouga"
		}
		if s.word(i, "strike", "strikes") && s.word(i-1, "general", "national", "indefinite", "hunger", "workers'", "nationwide") {
			typ = "other" // "the general strike in Córdoba": no one struck anyone
		} else if s.word(i, "strike", "strikes") && !s.strikeFromAbove(i) && s.labourStrike(i) {
			typ = "other" // "the strike at Marikana began", "the strike called by the unions": workers', not a missile's
		}
		if s.word(i, "protest", "protests") && (s.word(i-1, "in", "of") || s.find(max(0, i-4), i, "conveyed", "convey", "lodged", "lodge", "registered",
			"register", "expressed", "express", "delivered", "handed", "strong", "strongest", "formal", "vigorous", "firm", "note") >= 0) {
			continue // "conveyed to him a strong protest", "resigned in protest": a word, not a gathering
		}
		if s.word(i, "hijacking") {
			typ = "detention" // the passengers held
		}
		if s.word(i, "arson") {
			typ = "attack"
		}
		if s.word(i, "seizure") && s.word(i+1, "of") && s.word(i+2, "power") {
			typ = "other" // "the seizure of power in Libreville"
		}
		if s.word(i, "fired") && (s.word(i+1, "on", "upon", "into") || s.firedAt(i)) || s.word(i, "fire") && s.word(i-1, "opened", "open") && s.word(i+1, "on", "upon") {
			// "police fired on demonstrators", "soldiers opened fire on
			// the crowd": an attack; a killing when the sentence counts
			// its dead (", killing twenty-eight people")
			typ = "attack"
			if s.find(i+1, len(t), "killing", "killed") >= 0 {
				typ = "killing"
			}
		}
		if s.word(i, "change", "transfer", "seizure") && s.word(i-1, "unconstitutional") {
			typ = "other" // "the unconstitutional change of government in Conakry"
		}
		if s.word(i, "crisis") && !s.word(i-1, "humanitarian", "food", "refugee", "displacement") && !s.word(i+1, "in") {
			continue // "the political crisis", "talks on the Yugoslav crisis held in …": no one event
		}
		if typ == "" && eventVerbs[t[i].norm] != "" && s.eventVerb(i) {
			typ = eventVerbs[t[i].norm]
		}
		if typ == "" || s.title || eventTriggers[s.tokNorm(i+1)] != "" && !t[i].upper() {
			continue // "the cholera epidemic": the head noun names it
		}
		if m := s.at(i); m != nil && m.e != nil && m.e.Type != graph.Event || t[i].upper() && i > 0 && !s.word(i-1, ".", ":", ";") {
			continue // "the African Charter on Democracy, Elections and Governance"
		}
		if t[i].norm == "violations" && d.ceasefireAfter(s, i) {
			typ = "ceasefire_violation"
		}
		if typ == "attack" && s.breachedCeasefire(i) {
			typ = "ceasefire_violation" // "the ceasefire … was breached within days by renewed fighting"
		}
		if (t[i].norm == "detained" || t[i].norm == "hanged") && !s.namedVictims(i) && !s.passive(i) && !s.counted(i+1) {
			continue // "have detained activists" is no one event; "260 persons have been detained in Kampala" is
		}
		if s.adjectival(i) || s.circumstance(i) {
			continue // "displaced families", "the displaced in Atmeh": people, not an event
		}
		if t[i].norm == "operation" && !s.word(i-1, "military") {
			continue
		}
		skip := false
		for k := max(0, i-5); k < i; k++ {
			// "in the strongest possible terms the strike" is not a
			// possible strike
			if (averted[t[k].norm] || futureCues[t[k].norm]) && !s.word(k+1, "terms") {
				skip = true
			}
		}
		// ", killing dozens" tells what an attack did; it is not another
		// event; "the elections due in May" have not happened
		if skip || s.word(i-1, ",") && strings.HasSuffix(t[i].norm, "ing") || s.word(i+1, "due", "scheduled", "expected", "planned") {
			continue
		}
		places := d.eventPlaces(s, i, typ)
		if typ == "visit" && len(places) > 0 && d.meetingHeldAt(s, places[0]) {
			continue // a visit for talks is the meeting
		}
		if len(places) == 0 && typ == "election" && d.mainMeeting() != nil && d.dateAfter(s, i, 8) == nil &&
			!s.word(i-1, "periodic", "free", "fair", "democratic", "credible", "transparent", "inclusive", "genuine") && // "free and periodic elections": none in particular

			(s.word(i+1, "of", "for") || s.find(0, len(t), "elected", "held", "hold", "holds", "conducted", "ran", "won") >= 0) {
			// elections held at the reported session take place there:
			// "elections were held", "the election of a new presidential
			// body"; not "the results of the election", a state's
			for _, r := range d.rels {
				if r.Type == graph.OccurredIn && r.From == d.mainMeeting().ID {
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
		if same := s.sameEventAt(typ, places[0], d); same != nil {
			// "the seizure of power in Ouagadougou …, the second coup
			// d'état in Burkina Faso": one event, named twice
			s.addMention(&mention{i: i, j: i + 1, kind: mEntity, e: same, text: t[i].text})
			continue
		}
		word := t[i].text
		if s.word(i, "died", "lost") {
			word = "deaths" // "lost in Malé" would read as something mislaid
		} else if s.word(i, "set", "sets", "setting") {
			word = "arson"
		}
		name := word + " in " + places[0].Name
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

// eventWords are the words events tests at all: its triggers and verbs,
// and the words of its phrases ("blowing up", "shot dead", "exchange of
// fire", "driven from their homes").
var eventWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range eventTriggers {
		m[w] = true
	}
	for w := range eventVerbs {
		m[w] = true
	}
	for _, w := range []string{"situation", "blowing", "consultation", "firing", "driven", "forced", "drove", "forcing", "driving",
		"shot", "dead", "massacre", "massacres", "exchange", "exchanges", "hijacking", "arson", "seizure", "fired", "fire",
		"change", "transfer", "crisis", "violations", "detained", "hanged", "operation", "died", "lost", "set", "sets", "setting"} {
		m[w] = true
	}
	return m
}()

// sameEventAt is the event of that type at that place the sentence has
// already named, or nil.
func (s *sentence) sameEventAt(typ string, place *dent, d *doc) *dent {
	for _, m := range s.ms {
		if m.e == nil || m.e.Type != graph.Event || m.e.EventType != typ {
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

// eventVerb reports whether the verb at i is its clause's own verb, which
// reports an event: passive ("was ambushed near Gaskindé"), or active with
// its object after it ("whose gunmen murdered Father X", "burned and looted
// much of Dili"). A verb after "which" or "that" tells what another event
// did ("the attack on Douma, which killed dozens"); one right after a noun
// and before "in" is a participle ("the civilians killed in Ghouta"), but
// one that says where its victims were taken from reports the taking
// ("pupils abducted from Dapchi").
func (s *sentence) eventVerb(i int) bool {
	if s.word(i, "held") {
		// people held: "Twenty-three of our supporters were held overnight
		// at the Brickdam Police Station"; not "talks were held"
		return s.passive(i) && s.countBefore(i) && slices.ContainsFunc(s.toks[max(0, i-6):i], func(t token) bool { return victims[t.norm] })
	}
	if s.word(i, "seized", "captured") {
		// people taken: "seized four geologists near Kara-Teyit", "ten
		// soldiers were captured"; not "seized power", "captured the town"
		if s.passive(i) {
			return s.countBefore(i) && slices.ContainsFunc(s.toks[max(0, i-6):i], func(t token) bool { return victims[t.norm] })
		}
		m := s.at(i + 1)
		return !s.word(i-1, "which", "that") && (s.counted(i+1) || victims[s.tokNorm(i+1)] || m != nil && m.i == i+1 && m.e != nil && m.e.Type == graph.Person)
	}
	if s.passive(i) {
		return true // "were killed", "have been killed in Lhasa"
	}
	if s.word(i-1, "have", "has", "had") && eventVerbs[s.tokNorm(i)] == "attack" && s.word(i+1, "villages", "homes", "houses", "towns", "areas") {
		return true // "whose troops have burned villages around Qabridahar"
	}
	if s.word(i-1, "have", "has", "had") && eventVerbs[s.tokNorm(i)] == "detention" && s.counted(i+1) || s.word(i-1, "and") && s.counted(i+1) && !s.relativeBefore(i) {
		// "soldiers have arrested hundreds of men", "attacked the camp
		// and killed more than sixty"; not "have killed hundreds since
		// April", a campaign's toll, nor "the airstrikes, which hit a
		// market and killed eighteen", what another event did
		return true
	}
	if s.word(i-1, "and") && victims[s.tokNorm(i+1)] {
		return true // "attacked the university and killed students in Jagannath Hall"
	}
	if i == 0 || s.word(i-1, "which", "that", ",", "and", "been", "have", "has", "had") {
		return false
	}
	for k := i - 1; k >= max(0, i-8) && !s.word(k, ",", ";", ":"); k-- {
		if eventTriggers[s.toks[k].norm] != "" {
			return false // "where the attack of 7 April killed forty people"
		}
	}
	k := i + 1
	if s.word(k, "and") && eventVerbs[s.tokNorm(k+1)] != "" {
		k += 2 // "burned and looted much of Dili"
	}
	q := s.skipHonorifics(k) // "murdered Father X at Marasa"
	if m := s.at(q); m != nil && m.i == q && m.e != nil && (m.e.Type == graph.Person || m.e.Type == graph.Place) {
		return true
	}
	if placePrepositions[s.tokNorm(k)] && intransitiveEventVerbs[s.tokNorm(i)] {
		return !gatherVerbs[s.tokNorm(i)] || !s.meetingAfter(i) // "marched through Lilongwe", "assembled outside the College"
	}
	if placePrepositions[s.tokNorm(k)] {
		// a verb that takes an object is the clause's own when the object
		// follows the place; "civilians killed in Aleppo" is a participle
		for _, m := range s.ms {
			if m.i > k && m.i <= k+4 && m.e != nil && (m.e.Type == graph.Place || m.e.Type == graph.State) {
				o := m.j
				if om := s.at(o); om != nil && om.i == o && om.e != nil && om.e.Type == graph.Person || s.counted(o) || o < len(s.toks) && victims[s.toks[o].norm] || s.word(o, "the", "a", "an") {
					return true // "the security forces arrested in Malabo fifteen foreigners"
				}
				break
			}
		}
	}
	return s.word(k, "the", "a", "an", "much", "more", "at", "from",
		"areas", "positions", "villages", "towns", "homes", "houses", "targets", "parts", "camps") || // "bombed areas near Kilinochchi"
		s.counted(k) || k < len(s.toks) && victims[s.toks[k].norm] // "massacred civilians at Tchin-Tabaraden"
}

// relativeBefore reports whether the clause of i is a relative one:
// "which hit a market and killed".
func (s *sentence) relativeBefore(i int) bool {
	for k := i - 1; k >= 0 && !s.word(k, ";", ":"); k-- {
		if s.word(k, "which", "that", "who", "whose", "where") {
			return true
		}
		if s.word(k, ",") && !s.word(k+1, "which", "that", "who", "whose", "where") {
			return false
		}
	}
	return false
}

// passive reports whether the verb at i is passive, with at most two
// adverbs before it: "were killed", "have since been detained in Kenitra",
// "were later arrested".
func (s *sentence) passive(i int) bool {
	k := i - 1
	for n := 0; n < 2 && s.word(k, "since", "also", "later", "reportedly", "already", "subsequently", "then", "all", "allegedly", "briefly"); n++ {
		k--
	}
	return s.word(k, "was", "were") || s.word(k, "been") && s.word(k-1, "have", "has", "had")
}

// counted reports whether a count of people begins at k: "forty-seven
// persons", "some 260 persons", "more than eighty people", "hundreds of men".
func (s *sentence) counted(k int) bool {
	for n := 0; n < 3 && k < len(s.toks) && approximators[s.toks[k].norm]; n++ {
		k++
	}
	return k < len(s.toks) && (s.toks[k].digit() || cardinalWords[s.toks[k].norm])
}

// countBefore reports whether the clause before i counts its people:
// "seventeen civilians died", "forty-seven persons are known to have died";
// not "the shooting …, in which three people died", another event's toll.
func (s *sentence) countBefore(i int) bool {
	found := false
	for k := i - 1; k >= max(0, i-10); k-- {
		if s.word(k, "which", "where", "whom") {
			return false
		}
		if s.word(k, ",", ";", ":", "who", "that") {
			break
		}
		found = found || s.counted(k) && !s.toks[k].hyphen && !s.word(k, "many", "several")
	}
	return found
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
func (d *doc) eventPlaces(s *sentence, i int, typ string) []*dent {
	visit := typ == "visit"
	var out []*dent
	next := len(s.toks) // the next trigger ends this event's words
	for k := i + 1; k < len(s.toks); k++ {
		if eventTriggers[s.toks[k].norm] != "" && !s.adjectival(k) && !s.circumstance(k) && !(s.word(i+1, "in", "during") && s.skipBackThe(k-1) == i+1) {
			// "killed in the assault on the General Staff in Rabat" was
			// killed where the assault was
			next = k
			break
		}
	}
	var prev *mention
	for _, m := range s.ms {
		if m.i <= i || m.e == nil {
			continue
		}
		if m.i >= next || m.e.Type == graph.Event || m.kind == mRole || len(out) > 0 && m.e.Type != graph.Place {
			break
		}
		if prev == nil && m.e.Type == graph.State && placePrepositions[s.tokNorm(s.skipBackThe(m.i-1))] {
			break // "the election of 18 October in Guinea, and the deaths … in Conakry"
		}
		if prev != nil && !s.placesJoined(prev.j, m.i) {
			break // "at Khurvaleti, and the situation … in Tskhinvali": another clause's place
		}
		if prev != nil && s.word(prev.j, ",") && m.i == prev.j+1 && isTown(prev.e) && !isTown(m.e) && m.e.Type == graph.Place {
			break // "El Geneina, West Darfur": the region the town lies in
		}
		if s.word(m.j, "'s", "’s") && m.e.Type == graph.Place {
			break // "Beirut's southern suburbs" are not Beirut
		}
		if typ == "displacement" && s.find(i+1, m.i, "to", "towards", "near", "into") >= 0 {
			break // where the displaced went is not where they were driven out
		}
		if m.e.Type == graph.Place && m.e.PlaceType != "country" && (visit || !d.instrumentPlace(s, m.i)) {
			out = append(out, m.e) // "a visit to Niamey" is where the visit was
			prev = m
		}
	}
	if len(out) > 0 {
		return out
	}
	if s.word(i+1, "there") {
		if p := d.lastPlace(s, i); p != nil {
			return []*dent{p} // "Thirty-four mineworkers were killed there that afternoon"
		}
	}
	if c := d.countryAfter(s, i, next, visit); c != nil && (countrywide[typ] || visit || typ == "humanitarian_crisis" && s.word(i-1, "humanitarian") ||
		eventTriggers[s.tokNorm(i)] == "" && s.passive(i) && s.word(i+1, "in") || // "was arrested in Angola": one event, in that country
		s.word(i, "coup", "putsch", "uprising") && s.word(i+1, "in", "d'état", "d’état")) {
		// "the military coup in Guinea-Bissau": a coup takes the country
		return []*dent{c}
	}
	if typ == "election" && s.word(i+1, "held", "conducted") && s.word(i+2, "in") {
		if st := s.entityAt(s.skipThe(i+3), graph.State); st != nil {
			return []*dent{st.e} // "the general elections held in Panama on 7 May 1989"
		}
	}
	if typ == "election" {
		// an election is where the text says, not where the sentence
		// began; but a dated one ("the presidential election of 1 December
		// 2016") is a state's: the one named before it in the sentence, or
		// the one the text is about
		if ds := d.dateAfter(s, i+1, 4); ds != nil && ds.from == ds.to && (s.word(i+1, "of") || s.word(i+1, "held") && s.word(i+2, "on")) {
			if st := s.stateBefore(i); st != nil {
				return []*dent{st}
			}
			if f, _ := d.focusState(); f != nil {
				return []*dent{f}
			}
		}
		return nil
	}
	// else the last place before the trigger, with the places listed
	// with it: "the offensive in Ruhengeri and Byumba drove thousands …"
	var last []*dent
	prev = nil
	for _, m := range s.ms {
		if m.j > i {
			break
		}
		if m.e != nil && m.e.Type == graph.Place && m.e.PlaceType != "country" && !d.instrumentPlace(s, m.i) {
			if prev == nil || !s.placesJoined(prev.j, m.i) {
				last = last[:0]
			}
			last = append(last, m.e)
			prev = m
		}
	}
	return last
}

// labourStrike reports whether the sentence of the strike at i tells of
// work stopped: it names workers, unions or the like ([labour-words]), or
// the strike began, ended or was called. A strike told of otherwise is a
// blow, as in most communiqués of a conflict ("the strikes in Idlib").
func (s *sentence) labourStrike(i int) bool {
	return slices.ContainsFunc(s.toks, func(t token) bool { return labourWords[t.norm] }) ||
		s.find(i+1, min(len(s.toks), i+6), "began", "begun", "ended", "suspended", "called") >= 0
}

// firedAt reports whether "fired" at i was shooting at someone: "fired
// at the crowd", "fired tear gas and rubber bullets at the marchers"
// (not "fired the Minister").
func (s *sentence) firedAt(i int) bool {
	if s.word(i+1, "at") {
		return true
	}
	return s.find(i+1, min(len(s.toks), i+8), "at", "on", "into") > 0 &&
		s.find(i+1, min(len(s.toks), i+6), "gas", "bullets", "shots", "rounds", "grenades", "live", "ammunition", "rubber", "cannon") > 0
}

// strikeFromAbove reports whether the strike at i is a blow from the air
// or a gun: a weapon names it ("the missile strike", "Israeli air
// strikes") or a target follows it ("the strike of 14 October on a
// building"), not a day ("on Sunday").
func (s *sentence) strikeFromAbove(i int) bool {
	if s.find(max(0, i-3), i, "air", "missile", "missiles", "drone", "drones", "rocket", "aerial", "military", "artillery", "retaliatory", "precision") >= 0 {
		return true
	}
	for k := i + 1; k < min(len(s.toks), i+7) && !s.word(k, ",", ";", "."); k++ {
		if s.word(k, "against", "targeting", "hit", "hitting") ||
			s.word(k, "on") && !isWeekday(s.tokNorm(k+1)) && !(k+1 < len(s.toks) && s.toks[k+1].digit()) && monthOf(s.tokNorm(k+1)) == 0 {
			return true
		}
	}
	return false
}

// circumstance reports whether the trigger at k only says how another
// event came about: "who was killed in fighting with government troops
// near Lucusse" is one killing, near Lucusse.
func (s *sentence) circumstance(k int) bool {
	j := s.skipBackThe(k - 1) // "hundreds were killed in the fighting in Banjul"
	if j < k-1 && s.word(k+1, "on", "of", "against") {
		return false // "killed in the assault on the General Staff": an event of its own
	}
	return s.word(j, "in", "during") && (eventVerbs[s.tokNorm(j-1)] == "killing" || s.word(j-1, "died") || s.lostLives(j-1))
}

// setOnFire reports whether the "set" at i sets something on fire: "set
// fire to", "set alight", "were set on fire", "set parts of it on fire".
func (s *sentence) setOnFire(i int) bool {
	if s.word(i+1, "fire") && s.word(i+2, "to", "on") || s.word(i+1, "alight", "ablaze") {
		return true
	}
	for k := i + 1; k < min(len(s.toks)-1, i+6) && !s.word(k, ",", ";", "and"); k++ {
		if s.word(k, "on") && s.word(k+1, "fire") {
			return true
		}
	}
	return false
}

// lostLives reports whether "lost their lives" ends at i.
func (s *sentence) lostLives(i int) bool {
	return s.word(i, "lives", "life") && s.word(i-1, "their", "his", "her") && s.word(i-2, "lost")
}

// isTown reports whether the place is a city or a town.
func isTown(e *dent) bool { return e.PlaceType == "city" || e.PlaceType == "town" }

// stateBefore is the last state the sentence names before token i, by
// its name or its people ("the will of Kenyans"), or nil.
func (s *sentence) stateBefore(i int) *dent {
	var last *dent
	for _, m := range s.ms {
		if m.j > i {
			break
		}
		if m.e != nil && m.e.Type == graph.State && (m.kind == mEntity || m.kind == mAdjective) {
			last = m.e
		}
	}
	return last
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

// countryAfter is the country an event happened in when the text names no
// place inside it: "the displacement of a million people inside Sudan",
// "the general election held in Myanmar", "an official visit to
// Switzerland". The country must follow a preposition of place within the
// event's words, before the next trigger.
func (d *doc) countryAfter(s *sentence, i, next int, visit bool) *dent {
	for _, m := range s.ms {
		if m.i <= i || m.i >= next || m.i > i+12 || m.e == nil {
			continue
		}
		if s.find(i+1, m.i, ",", ";", ":", "which", "who", "where", "when") >= 0 {
			return nil // the country belongs to another clause
		}
		k := s.skipBackThe(m.i - 1)
		if !s.word(k, "in", "inside", "across", "throughout", "from") && !(visit && s.word(k, "to") && k == s.skipBackThe(m.i-1)) {
			continue
		}
		if m.e.Type == graph.State || m.e.Type == graph.Place && m.e.PlaceType == "country" {
			return m.e
		}
	}
	return nil
}

// countrywide are the kinds of event that a country alone locates: an
// election, a displacement (and a crisis that is said to be humanitarian).
// An attack or a crisis "in Syria" is the conflict's frame, not one event.
var countrywide = map[string]bool{"election": true, "displacement": true}

// namedVictims reports whether the verb at i has named people: "detained
// President X", "X, detained in Conakry", "X and Y, who were detained".
func (s *sentence) namedVictims(i int) bool {
	k := i + 1
	if r := s.roleAt(k); r != nil {
		k = r.j
	}
	if s.personAt(k) != nil || s.word(i-1, ",") && s.entityBefore(i-1, graph.Person) != nil {
		return true // "detained President X", "X, detained in Conakry"
	}
	if !s.word(i-1, "was", "were") {
		return false
	}
	for _, m := range s.ms {
		if m.j <= i && m.e != nil && m.e.Type == graph.Person {
			return true
		}
	}
	return false
}

// placesJoined reports whether only list words and place nouns stand
// between two places in [i, j): "Bucha, Irpin and Borodianka", "the
// countryside of Hama and the city of Maarat al-Numan", but not "at
// Khurvaleti, and the situation of the displaced in Tskhinvali" nor
// "Kramatorsk, in the Donetsk oblast", which says where the town lies.
func (s *sentence) placesJoined(i, j int) bool {
	list := false // "the Karrada district of Baghdad" says where Karrada lies
	for k := i; k < j; k++ {
		if !s.word(k, ",", "and", "or", "the", "of") && placeCues[s.tokNorm(k)] == "" && !directions[s.tokNorm(k)] {
			return false
		}
		if directions[s.tokNorm(k)] && s.word(k+1, "of") && s.word(k-1, ",") {
			return false // "Marea, north of Aleppo" says where Marea lies
		}
		list = list || s.word(k, ",", "and", "or")
	}
	return list
}

// adjectival reports whether the participle at k describes people rather
// than tells what happened: "displaced families", "the displaced".
func (s *sentence) adjectival(k int) bool {
	if s.word(k+1, "close", "more", "some", "about", "over", "nearly", "almost", "at", "up", "thousands", "hundreds", "millions", "tens") ||
		k+1 < len(s.toks) && s.toks[k+1].digit() {
		return false // "the attack displaced close to a million people": a verb
	}
	return s.word(k, "displaced") && !s.word(k-1, "been", "were", "was", "are", "is", "has", "have", "had") && !s.word(k+1, "from")
}

// breachedCeasefire reports whether the sentence says a ceasefire was
// breached by the fighting at token i: "the Agreement on Ceasefire …
// was breached within days by renewed fighting".
func (s *sentence) breachedCeasefire(i int) bool {
	// "An exchange of fire near Dionouga broke the truce"
	if a := s.find(i+1, min(len(s.toks), i+14), "broke", "breached", "violated"); a > 0 &&
		s.find(a+1, min(len(s.toks), a+5), "ceasefire", "truce", "cease-fire") > 0 && s.find(i+1, a, ";", "which", "while") < 0 {
		return true
	}
	b := s.find(max(0, i-8), i, "breached", "violated", "broken")
	if b < 0 || !s.word(i-1, "by") && s.find(b, i, "by") < 0 {
		return false
	}
	for _, m := range s.ms {
		if m.i < b && m.e != nil && m.e.Type == graph.Agreement && (strings.Contains(strings.ToLower(m.e.Name), "ceasefire") || strings.Contains(strings.ToLower(m.e.Name), "cessation of hostilities") || strings.Contains(strings.ToLower(m.e.Name), "truce")) {
			return true
		}
	}
	return false
}

// meetingAfter reports whether the clause of i goes on to name a meeting:
// "Leaders gathered in Kampala for the second summit" met there.
func (s *sentence) meetingAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && !s.word(k, ";"); k++ {
		if meetingWords[s.toks[k].norm] || sessionNouns[s.toks[k].norm] {
			return true
		}
	}
	return false
}
