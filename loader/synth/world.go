package synth

import (
	"math/rand"
	"sort"
	"time"
)

// The documents span 2012-2024; offices and agreements are laid out over a
// slightly wider window so that a document's date always has a holder.
var (
	firstDay = time.Date(2012, time.January, 1, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(2024, time.December, 31, 0, 0, 0, 0, time.UTC)
	worldEnd = time.Date(2025, time.June, 30, 0, 0, 0, 0, time.UTC)
)

// person is an invented individual. Honorific ("Dr.", "Sheikh") is written
// before the name in some mentions and is never part of the name.
type person struct {
	first, family, honorific string
}

func (p *person) name() string { return p.first + " " + p.family }

// term is one holder of an office, from its first day to the day before the
// next holder's first day.
type term struct {
	from time.Time
	who  *person
}

// office is a title at a body or state, held by a sequence of persons over
// time, so that "who was President on that day" has one answer and the
// holder changes from document to document.
type office struct {
	title string
	terms []term
}

// at returns the holder on day t and the holder before them (nil if none).
func (o *office) at(t time.Time) (holder, previous *person) {
	i := sort.Search(len(o.terms), func(i int) bool { return o.terms[i].from.After(t) }) - 1
	if i < 0 {
		i = 0
	}
	if i > 0 {
		previous = o.terms[i-1].who
	}
	return o.terms[i].who, previous
}

// session is one numbered meeting of a body's assembly.
type session struct {
	n          int
	start, end time.Time
	city       string
	elects     bool // a new head takes office at this session
}

type body struct {
	bodySpec
	leader, deputy *office
	sessions       []session
}

type state struct {
	stateSpec
	president, foreignMinister *office
}

type camp struct{ name, province string }

type town struct{ name, province string }

// agreement is an instrument documents refer to: a memorandum, a ceasefire
// or a Security Council resolution.
type agreement struct {
	kind     string // "memorandum", "ceasefire", "resolution"
	number   int    // resolutions only
	date     time.Time
	city     string
	parties  []*state
	province string
}

// world is everything the documents of one seed share: its people, the
// holders of each office over time, its places and its agreements.
type world struct {
	bodies     []*body
	states     []*state
	envoy      *office // UN Special Envoy for Syria
	towns      []town
	camps      []camp
	agreements []agreement // by date
	names      map[string]bool
}

func newWorld(r *rand.Rand) *world {
	w := &world{names: map[string]bool{}}
	for _, s := range stateSpecs {
		st := &state{stateSpec: s}
		st.president = w.newOffice(r, "President", s.names, firstDay.AddDate(-2, 0, 0), 60, 140, nil)
		st.foreignMinister = w.newOffice(r, s.fmTitle, s.names, firstDay.AddDate(-1, 0, 0), 24, 72, nil)
		w.states = append(w.states, st)
	}
	w.envoy = w.newOffice(r, "Special Envoy for Syria", western, firstDay.AddDate(0, -3, 0), 18, 54, nil)
	for _, s := range bodySpecs {
		b := &body{bodySpec: s}
		founded := time.Date(s.founded, time.Month(1+r.Intn(12)), 1, 0, 0, 0, 0, time.UTC)
		if s.interval > 0 {
			b.sessions = w.schedule(r, s, founded)
		}
		minMonths, maxMonths := 12, 26
		if !s.opposition {
			minMonths, maxMonths = 36, 66
		}
		b.leader = w.newOffice(r, s.leader, s.people, founded, minMonths, maxMonths, b.sessions)
		if s.deputy != "" {
			b.deputy = w.newOffice(r, s.deputy, s.people, founded, minMonths, maxMonths, nil)
			w.crossOver(r, b)
		}
		for _, t := range b.leader.terms[1:] {
			for i := range b.sessions {
				if b.sessions[i].start.Equal(t.from) {
					b.sessions[i].elects = true
				}
			}
		}
		w.bodies = append(w.bodies, b)
	}
	seenTown := map[string]bool{}
	for _, p := range provinces {
		for k := 4 + r.Intn(5); k > 0; {
			n := pick(r, townHeads) + " " + pick(r, townTails)
			if !seenTown[n] {
				seenTown[n] = true
				w.towns = append(w.towns, town{n, p})
				k--
			}
		}
	}
	for i, c := range campNames {
		p := provinces[0]
		if i%3 == 1 {
			p = provinces[1]
		} else if i%5 == 2 {
			p = pick(r, provinces)
		}
		w.camps = append(w.camps, camp{c + " camp", p})
	}
	w.agreements = w.layAgreements(r)
	return w
}

// newPerson invents a person whose full name no one else in the world has.
func (w *world) newPerson(r *rand.Rand, c culture) *person {
	for {
		p := &person{first: pick(r, firstNames[c]), family: pick(r, familyNames[c])}
		if w.names[p.name()] {
			continue
		}
		w.names[p.name()] = true
		if c == arab && r.Intn(5) == 0 {
			p.honorific = pick(r, honorifics)
		}
		return p
	}
}

// newOffice lays out the holders of an office from `from` until the end of
// the world, each serving minMonths to maxMonths. When sessions are given, a
// new term starts at the first session after the previous term ran its
// course, because that is where the holder is elected. Some terms go back
// to an earlier holder, so that a person can hold an office twice.
func (w *world) newOffice(r *rand.Rand, title string, c culture, from time.Time, minMonths, maxMonths int, sessions []session) *office {
	o := &office{title: title}
	t := from
	for t.Before(worldEnd) {
		var who *person
		if len(o.terms) > 1 && r.Intn(7) == 0 {
			who = o.terms[r.Intn(len(o.terms)-1)].who
		} else {
			who = w.newPerson(r, c)
		}
		o.terms = append(o.terms, term{from: t, who: who})
		next := t.AddDate(0, minMonths+r.Intn(maxMonths-minMonths+1), 0)
		if len(sessions) > 0 {
			i := sort.Search(len(sessions), func(i int) bool { return !sessions[i].start.Before(next) })
			if i == len(sessions) {
				break
			}
			next = sessions[i].start
		}
		t = next
	}
	return o
}

// crossOver makes some deputies later become heads, as happens when a
// vice-president is elected president.
func (w *world) crossOver(r *rand.Rand, b *body) {
	for i := 1; i < len(b.leader.terms); i++ {
		if r.Intn(3) != 0 {
			continue
		}
		from := b.leader.terms[i].from
		deputy, _ := b.deputy.at(from.AddDate(0, 0, -1))
		if deputy == nil || deputy == b.leader.terms[i-1].who {
			continue
		}
		b.leader.terms[i].who = deputy
		// The promoted deputy's seat goes to someone new on the same day.
		b.deputy.terms = append(b.deputy.terms, term{from: from, who: w.newPerson(r, b.people)})
		sort.SliceStable(b.deputy.terms, func(i, j int) bool { return b.deputy.terms[i].from.Before(b.deputy.terms[j].from) })
	}
}

// schedule lays out the numbered sessions of a body's assembly: a weekend
// every interval months, mostly in the body's home city.
func (w *world) schedule(r *rand.Rand, s bodySpec, founded time.Time) []session {
	var out []session
	for m, n := founded, 1; m.Before(worldEnd); m, n = m.AddDate(0, s.interval, 0), n+1 {
		start := m.AddDate(0, 0, r.Intn(20))
		for start.Weekday() != time.Saturday {
			start = start.AddDate(0, 0, 1)
		}
		city := s.home
		if r.Intn(6) == 0 {
			city = pick(r, meetingCities)
		}
		out = append(out, session{n: n, start: start, end: start.AddDate(0, 0, 1), city: city})
	}
	return out
}

// layAgreements spreads memoranda, ceasefires and resolutions over the
// years. Resolution numbers grow with their dates, as real ones do.
func (w *world) layAgreements(r *rand.Rand) []agreement {
	var out []agreement
	span := int(worldEnd.Sub(firstDay).Hours() / 24)
	for i := 0; i < 40; i++ {
		day := firstDay.AddDate(0, 0, r.Intn(span))
		a := agreement{date: day, city: pick(r, agreementCities), province: provinces[r.Intn(4)]}
		switch i % 3 {
		case 0:
			a.kind = "resolution"
			a.city = "New York"
		case 1:
			a.kind = "memorandum"
			a.parties = w.pair(r)
		default:
			a.kind = "ceasefire"
			a.parties = w.pair(r)
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].date.Before(out[j].date) })
	for i := range out {
		if out[i].kind == "resolution" {
			out[i].number = 2040 + int(out[i].date.Sub(firstDay).Hours()/24/7)
		}
	}
	return out
}

// pair returns two guarantor states, mostly Turkey and Russia.
func (w *world) pair(r *rand.Rand) []*state {
	if r.Intn(4) != 0 {
		return []*state{w.states[0], w.states[1]}
	}
	a, b := r.Intn(len(w.states)), r.Intn(len(w.states)-1)
	if b >= a {
		b++
	}
	return []*state{w.states[a], w.states[b]}
}

// recent returns up to n agreements of the given kind made before t, the
// latest first.
func (w *world) recent(t time.Time, kind string, n int) []agreement {
	var out []agreement
	for i := len(w.agreements) - 1; i >= 0 && len(out) < n; i-- {
		a := w.agreements[i]
		if a.kind == kind && a.date.Before(t) {
			out = append(out, a)
		}
	}
	return out
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.Intn(len(xs))] }
