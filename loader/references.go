package loader

// REFERENCES: the instruments a meeting discussed and an event breached.

import (
	"slices"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// references links the report's meeting to the instruments it discussed,
// and events to the instruments the text says they breached: those named in
// the sentence ("Both the market massacre and the killing … are flagrant
// breaches of the memorandum"), or else those of the sentence before ("the
// campaign is a direct breach of the memorandum").
func (d *doc) references(s *sentence) {
	var agrs []*dent
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Agreement {
			agrs = append(agrs, m.e)
		}
	}
	if len(agrs) == 0 || s.title {
		return
	}
	breach := false
	for _, tk := range s.toks {
		if breachWords[tk.norm] {
			breach = true
		}
	}
	var evs []*dent
	if breach {
		evs = d.eventsNamed(s)
		if len(evs) == 0 {
			if prev := d.previous(s); prev != nil {
				evs = d.eventsNamed(prev)
			}
		}
	}
	var meetings []*dent // other meetings the sentence names: "the direct dialogue in Ouagadougou that produced the Agreement"
	for _, m := range s.ms {
		if m.e != nil && m.e.Type == graph.Meeting && m.e != d.mainMeeting() && m.kind == mEntity {
			meetings = append(meetings, m.e)
		}
	}
	for _, a := range agrs {
		for _, e := range evs {
			d.relate(graph.References, e, a, s, confPattern, "", "")
		}
		if mt := d.mainMeeting(); mt != nil && (mt.Session != 0 || d.heldBy(mt) != nil || d.aboutMeeting(s, mt, a)) && !s.citedAsStanding(a) {
			d.relate(graph.References, mt, a, s, confWeak, "", "")
		}
		for _, mt := range meetings {
			d.relate(graph.References, mt, a, s, confWeak, "", "")
		}
	}
}

// citedAsStanding reports whether the sentence cites the instrument for
// where it stands, not as what the meeting took up: who ratified or
// acceded to it, what was contrary to it, what its preamble says ("Kenya
// ratified the Covenant in 1972", "contrary to the Charter").
func (s *sentence) citedAsStanding(agr *dent) bool {
	for _, m := range s.ms {
		if m.e == agr {
			return slices.ContainsFunc(s.toks[max(0, m.i-6):m.i], func(t token) bool { return standingWords[t.norm] })
		}
	}
	return false
}

// aboutMeeting reports whether the sentence speaks of talks no body held:
// it tells of them, names them, one who took part or where they sat, or
// says "the talks" ("the meeting", "the two ministers"), or the
// instrument was made where they sat. An instrument a text of talks names
// elsewhere is the background, not what they took up.
func (d *doc) aboutMeeting(s *sentence, mt, agr *dent) bool {
	if d.toldIn(s, mt) || s.find(0, len(s.toks), "talks", "meeting", "meetings", "discussions", "negotiations", "consultations", "summit", "conversation") >= 0 {
		return true
	}
	for k := 1; k < len(s.toks); k++ {
		if talkingParties[s.toks[k].norm] && s.word(k-1, "two", "three", "both") {
			return true // "The two ministers reviewed the Lomé Agreement"
		}
	}
	if p := d.placeOf(mt); p != nil && slices.ContainsFunc(d.rels, func(r graph.Relation) bool {
		return r.Type == graph.OccurredIn && r.From == agr.ID && r.To == p.ID
	}) {
		return true // the instrument was made where the talks sat
	}
	for _, r := range d.rels {
		attendee := r.Type == graph.Attended && r.To == mt.ID && s.names(d.ents[r.From])
		venue := r.Type == graph.OccurredIn && r.From == mt.ID && s.names(d.ents[r.To])
		if attendee || venue {
			return true
		}
	}
	return false
}

// eventsNamed returns the events a sentence names: those found in it, and
// those its trigger words refer back to ("the market massacre").
func (d *doc) eventsNamed(s *sentence) []*dent {
	var out []*dent
	seen := map[*dent]bool{}
	for i, tk := range s.toks {
		typ := eventTriggers[tk.norm]
		if typ == "" {
			continue
		}
		if m := s.at(i); m != nil && m.e != nil && m.e.Type == graph.Event {
			if !seen[m.e] {
				seen[m.e] = true
				out = append(out, m.e)
			}
			continue
		}
		// the latest event of that type before this sentence
		var last *dent
		for _, o := range d.sents {
			if o.start >= s.start {
				break
			}
			for _, m := range o.ms {
				if m.e != nil && m.e.Type == graph.Event && m.e.EventType == typ {
					last = m.e
				}
			}
		}
		if last != nil && !seen[last] {
			seen[last] = true
			out = append(out, last)
		}
	}
	return out
}

// previous is the sentence before s in the same paragraph, or nil.
func (d *doc) previous(s *sentence) *sentence {
	if k := d.indexOf(s); k > 0 && !d.sents[k-1].title && !strings.Contains(d.text[d.sents[k-1].end:s.start], "\n") {
		return d.sents[k-1]
	}
	return nil
}
