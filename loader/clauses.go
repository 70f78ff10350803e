package loader

// Clauses: what the words around a token say of it: the future, a
// period's start, a date or a place after it.

import (
	"github.com/actorgraph/kg/graph"
)

// dateAfter returns a date expression starting within n tokens after token i.
func (d *doc) dateAfter(s *sentence, i, n int) *dateSpan {
	if i >= len(s.toks) {
		return nil
	}
	limit := s.toks[min(i+n, len(s.toks)-1)].end
	for k := range s.dates {
		if s.dates[k].start >= s.toks[i].start && s.dates[k].start <= limit {
			return &s.dates[k]
		}
	}
	return nil
}

// future reports whether the words before token i put it in the future.
func (d *doc) future(s *sentence, i int) bool {
	for k := max(0, i-6); k < i; k++ {
		if futureCues[s.toks[k].norm] {
			return true
		}
	}
	return false
}

// futureAfter reports whether the thing named up to token j is the
// subject of a future predicate: "The fourth cycle of the Table is due to
// open", "the next session will be held".
func (s *sentence) futureAfter(j int) bool {
	if s.word(j, "of") {
		j = s.skipThe(j + 1)
		if m := s.at(j); m != nil {
			j = m.j
		}
	}
	return s.word(j, "will", "shall") ||
		s.word(j, "is", "are") && s.word(j+1, "due", "scheduled", "expected", "planned", "set", "to")
}

// sinceBefore reports whether a date is the start of a period ("since 18
// February"), not the day of the thing the sentence reports.
func (d *doc) sinceBefore(s *sentence, ds dateSpan) bool {
	for k, tk := range s.toks {
		if tk.start == ds.start {
			return k > 0 && s.word(k-1, "since", "until", "from", "before", "after", "by")
		}
	}
	return false
}

// placeAfter returns the place named after "in" or "at" within n tokens of i.
func (d *doc) placeAfter(s *sentence, i, n int) *dent {
	for k := i; k < min(len(s.toks), i+n); k++ {
		// "concluded in the same city", "signed there", "at the same venue"
		if s.word(k, "in", "at") && s.word(k+1, "the", "that") && (s.word(k+2, "same") || s.word(k+1, "that")) &&
			(placeCues[s.tokNorm(k+3)] != "" || placeCues[s.tokNorm(k+2)] != "" || s.word(k+3, "venue", "place", "building", "hall", "premises")) ||
			s.word(k, "there") && k == i {
			if s.word(k+3, "building", "hall", "premises", "venue") {
				// "in the same building": the venue named last
				if site := d.lastMention(s, i, func(m *mention) bool {
					return m.kind == mEntity && m.e.Type == graph.Place && m.e.PlaceType == "site"
				}); site != nil {
					return site
				}
			}
			return d.lastPlace(s, i)
		}
		if !s.word(k, "in", "at") {
			continue
		}
		for q := k + 1; q < min(len(s.toks), k+4); q++ {
			if m := s.at(q); m != nil && m.e != nil && (m.e.Type == graph.Place || m.e.Type == graph.State) {
				p := d.asPlace(m.e)
				if site := s.siteAfter(m.j); p != nil && isTown(p) && site != nil {
					return site // "in Madrid on 14 February at the Palacio de Viana": the venue
				}
				return p
			}
		}
	}
	return nil
}

// asPlace returns the place of a state named as a location.
func (d *doc) asPlace(e *dent) *dent {
	if e.Type == graph.State {
		if p := d.x.lex.lookup(string(graph.Place), e.Name); p != nil {
			return d.entity(graph.Place, "", p)
		}
		return nil
	}
	return e
}

// cityOfState is the gazetteer's city that bears a state's name, as
// Singapore, Monaco or Djibouti do, or nil.
func (d *doc) cityOfState(e *dent) *dent {
	if !d.x.lex.gazetteer {
		return nil
	}
	return d.gazetteerCity(normPhrase(e.Name), e.Name)
}

// lastPlace is the last city, town or site named before token i of s, in
// s or the sentences before: what "the same city" and "there" refer to.
func (d *doc) lastPlace(s *sentence, i int) *dent {
	return d.lastMention(s, i, func(m *mention) bool {
		return m.kind == mEntity && m.e.Type == graph.Place && m.e.PlaceType != "country"
	})
}
