package graph

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"
)

// Tenures: a holding of an office is a span of days, not a set of
// sightings. The loader records what the text says of a holding's bounds
// (a Change cue, and the days it gives); DeriveTenures turns the HOLDS_ROLE
// facts of one body into tenures by the rules below, and every store calls
// it on the facts it reads, so that both backends answer alike. The rules
// are those of a careful reader of the documents:
//
//  1. An office is a title at a body, compared by OfficeKey: the title's
//     NameKey without the words that only qualify the holding ("former",
//     "acting", "outgoing", ...), with Chairman, Chairperson and Chairwoman
//     one office, Chair.
//  2. A start cue (elected, appointed, took over, ...) opens a tenure on the
//     day the text gives, else on the document's date (the latest the
//     evidence allows); an end cue (resigned, dismissed, "until") closes it
//     likewise. Both bounds are stated.
//  3. A past cue (former, late, then-, ex-) says that a holding was over by
//     the document's date: it closes an open tenure of that holder there,
//     and is no sighting of a holding.
//  4. Any other observation is a sighting: the holder held the office on the
//     document's date. A holder's first sighting opens a tenure when no
//     start cue did; the bound is inferred.
//  5. A single-holder office (SingleHolderTitles) has one holder at a time:
//     the start of a new holder closes the previous tenure on that day
//     (inferred from the successor's stated start); a sighting of a new
//     holder with no cue closes it at the midpoint between the old holder's
//     last sighting and the new one's first, which is also where the new
//     tenure starts (both inferred). Two holders seen on one day with
//     nothing to order them are a conflict: both tenures are kept and
//     flagged.
//  6. Other titles keep overlapping tenures, one run per holder; a document
//     whose start cues fill the office with a slate of two or more holders
//     (an election of Vice-Presidents) closes, on its date, the open
//     tenures of holders it does not name (inferred).
//
// A tenure covers the days from its start up to, not including, its end; a
// tenure whose start nothing gives covers no day.

// Change is a tenure cue: what the text says happened to a holding.
type Change string

// The cues the loader records, by what they say of the holding.
const (
	// Start cues.
	ChangeElected    Change = "elected"
	ChangeReelected  Change = "re-elected"
	ChangeAppointed  Change = "appointed"
	ChangeSwornIn    Change = "sworn-in"
	ChangeTookOffice Change = "took-office"
	ChangeTookOver   Change = "took-over"
	ChangeSucceeded  Change = "succeeded"
	ChangeSince      Change = "since"
	// End cues.
	ChangeResigned    Change = "resigned"
	ChangeSteppedDown Change = "stepped-down"
	ChangeDismissed   Change = "dismissed"
	ChangeUntil       Change = "until"
	// Past cues: over by the document's date.
	ChangeFormer Change = "former"
	ChangeLate   Change = "late"
	ChangeThen   Change = "then"
	ChangeEx     Change = "ex"
	// Holding cues: held on the document's date, and about to end or held
	// in the meantime.
	ChangeOutgoing Change = "outgoing"
	ChangeInterim  Change = "interim"
	ChangeActing   Change = "acting"
)

// ChangeKind says what a cue tells of a holding.
type ChangeKind string

// The kinds of Change.
const (
	StartChange   ChangeKind = "start"
	EndChange     ChangeKind = "end"
	PastChange    ChangeKind = "past"
	HoldingChange ChangeKind = "holding"
)

var changeKinds = map[Change]ChangeKind{
	ChangeElected: StartChange, ChangeReelected: StartChange, ChangeAppointed: StartChange,
	ChangeSwornIn: StartChange, ChangeTookOffice: StartChange, ChangeTookOver: StartChange,
	ChangeSucceeded: StartChange, ChangeSince: StartChange,
	ChangeResigned: EndChange, ChangeSteppedDown: EndChange, ChangeDismissed: EndChange, ChangeUntil: EndChange,
	ChangeFormer: PastChange, ChangeLate: PastChange, ChangeThen: PastChange, ChangeEx: PastChange,
	ChangeOutgoing: HoldingChange, ChangeInterim: HoldingChange, ChangeActing: HoldingChange,
}

// Changes lists every Change, start cues first.
var Changes = []Change{ChangeElected, ChangeReelected, ChangeAppointed, ChangeSwornIn, ChangeTookOffice,
	ChangeTookOver, ChangeSucceeded, ChangeSince, ChangeResigned, ChangeSteppedDown, ChangeDismissed,
	ChangeUntil, ChangeFormer, ChangeLate, ChangeThen, ChangeEx, ChangeOutgoing, ChangeInterim, ChangeActing}

// Valid reports whether c is one of Changes.
func (c Change) Valid() bool { _, ok := changeKinds[c]; return ok }

// Kind says what c tells of a holding; "" for no cue.
func (c Change) Kind() ChangeKind { return changeKinds[c] }

func changeList() string {
	s := make([]string, len(Changes))
	for i, c := range Changes {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}

// SingleHolderTitles are the offices that one person holds at a time at a
// body, as OfficeKeys. A title is single-holder when its key is one of
// these or one of these followed by " for " or " of " and what it serves
// ("special envoy for syria"). The loader's lexicon may add more (section
// "single-holder titles" of loader/lexicon/cues.txt).
var SingleHolderTitles = []string{
	"president", "chair", "secretary general", "head", "prime minister",
	"special envoy", "special representative", "high representative",
	"foreign minister", "director general", "director", "king", "emir",
	"commander", "speaker", "leader", "executive secretary", "mediator",
	"facilitator", "governor", "mayor",
}

// qualifiers are the words of a title that say how it is held, not which
// office it is.
var qualifiers = []string{"former", "outgoing", "late", "then", "ex", "acting", "interim", "incoming", "newly elected", "new"}

// OfficeKey is the key under which titles name one office (rule 1).
func OfficeKey(role string) string {
	k := NameKey(role)
	for again := true; again; {
		again = false
		for _, q := range qualifiers {
			if rest, ok := strings.CutPrefix(k, q+" "); ok {
				k, again = rest, true
			}
		}
	}
	for _, w := range []string{"chairman", "chairperson", "chairwoman"} {
		if k == w || strings.HasPrefix(k, w+" ") {
			k = "chair" + k[len(w):]
		}
	}
	return k
}

// IsSingleHolder reports whether the office with key office is held by one
// person at a time, by the titles given (SingleHolderTitles when nil).
func IsSingleHolder(office string, titles []string) bool {
	if titles == nil {
		titles = SingleHolderTitles
	}
	for _, t := range titles {
		t = OfficeKey(t)
		if office == t || strings.HasPrefix(office, t+" for ") || strings.HasPrefix(office, t+" of ") {
			return true
		}
	}
	return false
}

// TenureFilter selects the tenures of Store.Tenures.
type TenureFilter struct {
	// Organizations are the ids of the bodies (organisations or states)
	// whose offices are wanted; required.
	Organizations []string
	// Role keeps one office, compared by OfficeKey; all when empty.
	Role string
	// SingleHolder lists the single-holder titles; SingleHolderTitles when
	// nil.
	SingleHolder []string
}

// Tenure is one person's uninterrupted holding of an office.
type Tenure struct {
	Holder       string `json:"holder"`
	Organization string `json:"organization"`
	// Office is the office's OfficeKey; Role the title as first written in
	// the tenure's facts.
	Office string `json:"office"`
	Role   string `json:"role"`
	// Holdings are the HOLDS_ROLE facts whose observations make the tenure,
	// by id, so that a reader needs no second read to show them.
	Holdings []Fact `json:"holdings"`
	// Start is nil when nothing gives the tenure's start (a holder known
	// only as "former"); End is nil while the tenure is open.
	Start *Bound `json:"start,omitempty"`
	End   *Bound `json:"end,omitempty"`
	// SingleHolder says whether the office is held by one person at a time.
	SingleHolder bool `json:"singleHolder"`
	// Acting says that a document called the holding acting or interim.
	Acting bool `json:"acting,omitempty"`
	// Conflict says that documents have another holder of this
	// single-holder office on a day of this tenure with nothing to tell
	// which held it.
	Conflict bool `json:"conflict,omitempty"`
}

// BoundRule says how a tenure's bound was found.
type BoundRule string

// The rules that give a bound.
const (
	// BoundCue: a start, end or past cue of the holder (stated).
	BoundCue BoundRule = "cue"
	// BoundFirstSeen: the holder's first sighting, when nothing earlier is
	// known (inferred).
	BoundFirstSeen BoundRule = "first-seen"
	// BoundSuccessor: the stated start of the next holder of a
	// single-holder office (inferred).
	BoundSuccessor BoundRule = "successor"
	// BoundMidpoint: halfway between the last sighting of one holder of a
	// single-holder office and the first of the next (inferred).
	BoundMidpoint BoundRule = "midpoint"
	// BoundElection: a slate elected to a multi-holder office without the
	// holder (inferred).
	BoundElection BoundRule = "election"
)

// Bound is one end of a tenure: its day, whether the text states it, the
// rule that gave it, and the observations it rests on.
type Bound struct {
	Date     Date          `json:"date"`
	Stated   bool          `json:"stated"`
	Rule     BoundRule     `json:"rule"`
	Change   Change        `json:"change,omitempty"`
	Evidence []Observation `json:"evidence"`
}

// Covers reports whether the tenure covers day d.
func (t *Tenure) Covers(d Date) bool {
	return t.Start != nil && t.Start.Date <= d && (t.End == nil || d < t.End.Date)
}

// mark is one thing an observation says of a holding, on a day.
type mark struct {
	kind   markKind
	date   Date
	holder string
	fact   *Fact
	obs    Observation
}

type markKind int

// Within one day, ends come before sightings and sightings before starts:
// a document that reports a resignation and a successor, or names the old
// holder and then the new one's election, reads in that order.
const (
	markEnd markKind = iota
	markPast
	markSeen
	markStart
)

// marksOf lists what the observations of facts say (rules 2 to 4).
func marksOf(facts []Fact) []mark {
	var ms []mark
	for i := range facts {
		f := &facts[i]
		for _, o := range f.Observations {
			add := func(k markKind, d Date) {
				if d != "" {
					ms = append(ms, mark{kind: k, date: d, holder: f.From, fact: f, obs: o})
				}
			}
			kind := o.Change.Kind()
			if o.Change == ChangeSince && o.Start == "" || o.Change == ChangeUntil && o.End == "" {
				// "since" or "until" with no day the text gives: only a
				// sighting.
				kind = HoldingChange
			}
			switch kind {
			case StartChange:
				add(markStart, firstOf(o.Start, o.Published))
				if o.End != "" {
					add(markEnd, o.End)
				} else if o.Published > firstOf(o.Start, o.Published) {
					add(markSeen, o.Published)
				}
			case EndChange:
				if o.Start != "" {
					add(markStart, o.Start)
				}
				if o.End != "" && o.Published != "" && o.End > o.Published {
					// "until" a later day: held on the document's date.
					add(markSeen, o.Published)
				}
				add(markEnd, firstOf(o.End, o.Published))
			case PastChange:
				if o.Start != "" {
					add(markStart, o.Start)
				}
				add(markPast, firstOf(o.End, o.Published))
			default:
				if o.Start != "" {
					add(markStart, o.Start)
				}
				add(markSeen, o.Published)
				if o.End != "" {
					add(markEnd, o.End)
				}
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := &ms[i], &ms[j]
		if a.date != b.date {
			return a.date < b.date
		}
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		if a.holder != b.holder {
			return a.holder < b.holder
		}
		return a.obs.DocumentID < b.obs.DocumentID
	})
	return ms
}

func firstOf(ds ...Date) Date {
	for _, d := range ds {
		if d != "" {
			return d
		}
	}
	return ""
}

// DeriveTenures derives the tenures of every office the HOLDS_ROLE facts
// name, by the rules above; singleHolder lists the single-holder titles
// (SingleHolderTitles when nil). Tenures come by body, office, start (none
// last), then holder; the result depends only on the facts, not on their
// order.
func DeriveTenures(facts []Fact, singleHolder []string) []Tenure {
	type office struct{ body, key string }
	groups := map[office][]Fact{}
	for _, f := range facts {
		if f.Type != HoldsRole {
			continue
		}
		k := office{f.To, OfficeKey(f.Role)}
		groups[k] = append(groups[k], f)
	}
	var out []Tenure
	for k, fs := range groups {
		sort.Slice(fs, func(i, j int) bool { return fs[i].ID < fs[j].ID })
		single := IsSingleHolder(k.key, singleHolder)
		var ts []*Tenure
		if single {
			ts = singleTenures(marksOf(fs))
		} else {
			ts = multiTenures(marksOf(fs))
		}
		ts = append(ts, unmarked(fs, ts)...)
		for _, t := range ts {
			t.Organization, t.Office, t.SingleHolder = k.body, k.key, single
			out = append(out, *t)
		}
	}
	sort.Slice(out, func(i, j int) bool { return tenureLess(&out[i], &out[j]) })
	return out
}

func tenureLess(a, b *Tenure) bool {
	if a.Organization != b.Organization {
		return a.Organization < b.Organization
	}
	if a.Office != b.Office {
		return a.Office < b.Office
	}
	as, bs := a.sortDate(), b.sortDate()
	if as != bs {
		return bs == "" || as != "" && as < bs
	}
	if a.Holder != b.Holder {
		return a.Holder < b.Holder
	}
	return factIDs(a.Holdings) < factIDs(b.Holdings)
}

// sortDate is the day a tenure sorts by: its start, else its end.
func (t *Tenure) sortDate() Date {
	if t.Start != nil {
		return t.Start.Date
	}
	if t.End != nil {
		return t.End.Date
	}
	return ""
}

// newTenure opens a tenure of m's holder with start bound b (nil: unknown).
func newTenure(m *mark, b *Bound) *Tenure {
	t := &Tenure{Holder: m.holder, Role: m.fact.Role, Start: b}
	t.note(m)
	return t
}

func factIDs(fs []Fact) string {
	ids := make([]string, len(fs))
	for i, f := range fs {
		ids[i] = f.ID
	}
	return strings.Join(ids, ",")
}

// note records that m is part of t.
func (t *Tenure) note(m *mark) {
	if !slices.ContainsFunc(t.Holdings, func(f Fact) bool { return f.ID == m.fact.ID }) {
		t.Holdings = append(t.Holdings, *m.fact)
		sort.Slice(t.Holdings, func(i, j int) bool { return t.Holdings[i].ID < t.Holdings[j].ID })
	}
	if c := m.obs.Change; c == ChangeActing || c == ChangeInterim {
		t.Acting = true
	}
}

func cueBound(m *mark) *Bound {
	return &Bound{Date: m.date, Stated: true, Rule: BoundCue, Change: m.obs.Change, Evidence: []Observation{m.obs}}
}

// singleTenures walks the marks of a single-holder office day by day
// (rule 5).
func singleTenures(ms []mark) []*Tenure {
	var all, open []*Tenure
	last := map[*Tenure]*mark{} // each open tenure's latest sighting
	closeAt := func(t *Tenure, b *Bound) {
		t.End = b
		open = slices.DeleteFunc(open, func(o *Tenure) bool { return o == t })
	}
	openOf := func(holder string) *Tenure {
		for _, t := range open {
			if t.Holder == holder {
				return t
			}
		}
		return nil
	}
	known := func(holder string) bool {
		for _, t := range all {
			if t.Holder == holder {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(ms); {
		j := i
		for j < len(ms) && ms[j].date == ms[i].date {
			j++
		}
		day := ms[i:j]
		i = j
		// Ends and past cues of the day.
		for k := range day {
			m := &day[k]
			if m.kind != markEnd && m.kind != markPast {
				continue
			}
			if t := openOf(m.holder); t != nil {
				t.note(m)
				closeAt(t, cueBound(m))
				continue
			}
			if m.kind == markEnd && !known(m.holder) {
				// A resignation of someone not yet seen holding the office:
				// they held it until today, from when the evidence allows.
				seen := *m
				seen.kind = markSeen
				t := sightNew(&open, &all, last, []*mark{&seen}, closeAt)[0]
				closeAt(t, cueBound(m))
				continue
			}
			if !known(m.holder) {
				t := newTenure(m, nil)
				t.End = cueBound(m)
				all = append(all, t)
			}
		}
		// Sightings of the day, but not of holders who start today.
		starts := map[string]bool{}
		for k := range day {
			if day[k].kind == markStart {
				starts[day[k].holder] = true
			}
		}
		var fresh []*mark
		seenToday := map[*Tenure]bool{}
		for k := range day {
			m := &day[k]
			if m.kind != markSeen || starts[m.holder] {
				continue
			}
			if t := openOf(m.holder); t != nil {
				t.note(m)
				last[t] = m
				seenToday[t] = true
				continue
			}
			if !slices.ContainsFunc(fresh, func(f *mark) bool { return f.holder == m.holder }) {
				fresh = append(fresh, m)
			}
		}
		if len(fresh) > 0 {
			if len(seenToday) > 0 {
				// The old holder and a new one on one day, nothing to order
				// them: a conflict the documents leave open.
				for _, m := range fresh {
					t := newTenure(m, &Bound{Date: m.date, Rule: BoundFirstSeen, Evidence: []Observation{m.obs}})
					t.Conflict = true
					last[t] = m
					all = append(all, t)
					open = append(open, t)
				}
				for t := range seenToday {
					t.Conflict = true
				}
			} else {
				sightNew(&open, &all, last, fresh, closeAt)
			}
		} else if len(seenToday) > 0 {
			// Of holders left in conflict, the one seen again alone holds
			// on; the others stop halfway since their last sighting.
			for _, o := range slices.Clone(open) {
				if l := last[o]; !seenToday[o] && l != nil && l.date < day[0].date {
					closeAt(o, &Bound{Date: midpoint(l.date, day[0].date), Rule: BoundMidpoint,
						Evidence: []Observation{l.obs}})
				}
			}
		}
		// Starts of the day.
		var started []*Tenure
		for k := range day {
			m := &day[k]
			if m.kind != markStart {
				continue
			}
			if t := openOf(m.holder); t != nil {
				// Re-elected, or a second statement of today's start.
				t.note(m)
				if slices.Contains(started, t) && !slices.ContainsFunc(t.Start.Evidence, sameObs(m.obs)) {
					t.Start.Evidence = append(t.Start.Evidence, m.obs)
				}
				last[t] = m
				continue
			}
			for _, o := range slices.Clone(open) {
				if slices.Contains(started, o) {
					o.Conflict = true
					continue
				}
				closeAt(o, &Bound{Date: m.date, Rule: BoundSuccessor, Change: m.obs.Change, Evidence: []Observation{m.obs}})
			}
			t := newTenure(m, cueBound(m))
			if len(started) > 0 {
				t.Conflict = true
			}
			last[t] = m
			started = append(started, t)
			all = append(all, t)
			open = append(open, t)
		}
	}
	return all
}

func sameObs(o Observation) func(Observation) bool {
	return func(p Observation) bool { return p.DocumentID == o.DocumentID && evStart(p) == evStart(o) }
}

func evStart(o Observation) int {
	if o.Evidence == nil {
		return -1
	}
	return o.Evidence.Start
}

// sightNew opens tenures for holders first seen on one day, closing the
// open ones at the midpoint between their last sighting and that day. More
// than one new holder on a day is a conflict.
func sightNew(open, all *[]*Tenure, last map[*Tenure]*mark, fresh []*mark, closeAt func(*Tenure, *Bound)) []*Tenure {
	d := fresh[0].date
	var start *Bound
	for _, o := range slices.Clone(*open) {
		l := last[o]
		if l == nil {
			continue
		}
		mid := midpoint(l.date, d)
		ev := []Observation{l.obs}
		for _, m := range fresh {
			ev = append(ev, m.obs)
		}
		closeAt(o, &Bound{Date: mid, Rule: BoundMidpoint, Evidence: ev})
		if start == nil || mid > start.Date {
			start = &Bound{Date: mid, Rule: BoundMidpoint, Evidence: ev}
		}
	}
	var made []*Tenure
	for _, m := range fresh {
		b := start
		if b == nil {
			b = &Bound{Date: d, Rule: BoundFirstSeen, Evidence: []Observation{m.obs}}
		} else {
			c := *b
			b = &c
		}
		t := newTenure(m, b)
		t.Conflict = len(fresh) > 1
		last[t] = m
		*all = append(*all, t)
		*open = append(*open, t)
		made = append(made, t)
	}
	return made
}

// midpoint is the day halfway between a and b, rounded up, so that it is
// after a; b when b is not after a.
func midpoint(a, b Date) Date {
	ta, ok1 := a.Time()
	tb, ok2 := b.Time()
	if !ok1 || !ok2 || !tb.After(ta) {
		return b
	}
	days := int(tb.Sub(ta) / (24 * time.Hour))
	return DateOf(ta.AddDate(0, 0, (days+1)/2))
}

// multiTenures follows each holder of a multi-holder office on their own
// (rule 6).
func multiTenures(ms []mark) []*Tenure {
	var all []*Tenure
	open := map[string]*Tenure{}
	// slates: per document and day, the holders its start cues name.
	type docDay struct {
		doc  string
		date Date
	}
	slates := map[docDay]map[string]bool{}
	for _, m := range ms {
		if m.kind == markStart {
			k := docDay{m.obs.DocumentID, m.date}
			if slates[k] == nil {
				slates[k] = map[string]bool{}
			}
			slates[k][m.holder] = true
		}
	}
	lastSeen := map[string]Date{}
	closed := map[docDay]bool{}
	for k := range ms {
		m := &ms[k]
		if m.kind == markStart {
			dd := docDay{m.obs.DocumentID, m.date}
			if s := slates[dd]; len(s) >= 2 && !closed[dd] {
				closed[dd] = true
				for h, t := range open {
					if !s[h] && lastSeen[h] < m.date {
						t.End = &Bound{Date: m.date, Rule: BoundElection, Change: m.obs.Change, Evidence: []Observation{m.obs}}
						delete(open, h)
					}
				}
			}
		}
		t := open[m.holder]
		switch m.kind {
		case markStart:
			if t == nil {
				t = newTenure(m, cueBound(m))
				open[m.holder] = t
				all = append(all, t)
			} else {
				t.note(m)
			}
			lastSeen[m.holder] = m.date
		case markSeen:
			if t == nil {
				t = newTenure(m, &Bound{Date: m.date, Rule: BoundFirstSeen, Evidence: []Observation{m.obs}})
				open[m.holder] = t
				all = append(all, t)
			} else {
				t.note(m)
			}
			lastSeen[m.holder] = m.date
		case markEnd, markPast:
			if t != nil {
				t.note(m)
				t.End = cueBound(m)
				delete(open, m.holder)
			} else if m.kind == markEnd || !slices.ContainsFunc(all, func(o *Tenure) bool { return o.Holder == m.holder }) {
				t = newTenure(m, nil)
				t.End = cueBound(m)
				all = append(all, t)
			}
		}
	}
	return all
}

// unmarked makes a tenure with no bounds for each holder whose facts carry
// no dated observation, so that every holding has a tenure, if not a day.
func unmarked(facts []Fact, ts []*Tenure) []*Tenure {
	var out []*Tenure
	have := map[string]bool{}
	for _, t := range ts {
		have[t.Holder] = true
	}
	for i := range facts {
		f := &facts[i]
		if have[f.From] {
			continue
		}
		have[f.From] = true
		out = append(out, &Tenure{Holder: f.From, Role: f.Role, Holdings: []Fact{*f}})
	}
	return out
}

// Validate checks a TenureFilter: it must name at least one body.
func (f *TenureFilter) Validate() error {
	if len(f.Organizations) == 0 {
		return Errorf(EINVALID, "tenures: no organisation or state given")
	}
	return nil
}

// TenuresOf keeps the HOLDS_ROLE facts at f's bodies of f's office and
// derives their tenures: what every Store's Tenures returns for the facts
// it read.
func TenuresOf(facts []Fact, f TenureFilter) []Tenure {
	key := ""
	if f.Role != "" {
		key = OfficeKey(f.Role)
	}
	var kept []Fact
	for _, fc := range facts {
		if fc.Type == HoldsRole && slices.Contains(f.Organizations, fc.To) && (key == "" || OfficeKey(fc.Role) == key) {
			kept = append(kept, fc)
		}
	}
	return DeriveTenures(kept, f.SingleHolder)
}

// FactReader is the part of a Store that ReadTenures needs.
type FactReader interface {
	Facts(ctx context.Context, f FactFilter) ([]Fact, error)
}

// ReadTenures is Store.Tenures for a backend: it reads the HOLDS_ROLE facts
// at the filter's bodies, in one read, and derives their tenures.
func ReadTenures(ctx context.Context, s FactReader, f TenureFilter) ([]Tenure, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	facts, err := s.Facts(ctx, FactFilter{Types: []RelationType{HoldsRole}, To: f.Organizations})
	if err != nil {
		return nil, err
	}
	return TenuresOf(facts, f), nil
}
