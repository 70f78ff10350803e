package eval

import (
	"fmt"
	"io"

	"github.com/actorgraph/kg/graph"
)

// Tenure cues (issue 11) are scored on their own: a gold cue is a gold
// HOLDS_ROLE relation with a change; an extracted cue is an extracted
// HOLDS_ROLE relation with one. They match when the relations match by the
// rules of EXTRACTION.md and the change, start and end are all equal (a
// date the gold gives and the extraction misses is a miss). Only the
// documents whose gold states at least one cue are scored, since gold
// written before cues existed leaves them out.

// CueReport is the score of the tenure cues of a set of documents.
type CueReport struct {
	Documents int
	Counts    Counts
	// Misses and FalseHits describe every unmatched gold and extracted cue.
	Misses, FalseHits []string
}

// AddCues scores the cues of one document, if its gold states any.
func (c *CueReport) AddCues(name string, gold, got *graph.Extraction) {
	gs, xs := cueRelations(gold), cueRelations(got)
	if len(gs) == 0 {
		return
	}
	c.Documents++
	d := &doc{name: name, gold: gold, got: got, gByID: byID(gold), xByID: byID(got),
		places:    map[*graph.Extraction]map[string][]string{gold: placesOf(gold), got: placesOf(got)},
		matchMemo: map[[2]string]bool{}}
	gHit, xOK := assign(gs, xs, func(g, x *graph.Relation) bool {
		return g.Change == x.Change && g.Start == x.Start && g.End == x.End && d.relationMatch(g, x)
	})
	c.Counts.tally(gHit, xOK)
	for i, g := range gs {
		if !gHit[i] {
			c.Misses = append(c.Misses, fmt.Sprintf("%s: missed %s", name, describeCue(d, gold, g)))
		}
	}
	for i, x := range xs {
		if !xOK[i] {
			c.FalseHits = append(c.FalseHits, fmt.Sprintf("%s: false %s", name, describeCue(d, got, x)))
		}
	}
}

func cueRelations(x *graph.Extraction) []*graph.Relation {
	var out []*graph.Relation
	for i := range x.Relations {
		if r := &x.Relations[i]; r.Type == graph.HoldsRole && r.Change != "" {
			out = append(out, r)
		}
	}
	return out
}

func describeCue(d *doc, x *graph.Extraction, r *graph.Relation) string {
	s := d.describe(x, r) + " " + string(r.Change)
	if r.Start != "" {
		s += " from " + string(r.Start)
	}
	if r.End != "" {
		s += " to " + string(r.End)
	}
	return s
}

// CuesDir scores x's tenure cues over the .txt files of dir that have a
// .gold.json beside them.
func CuesDir(dir string, x Extractor) (*CueReport, error) {
	c := &CueReport{}
	if err := eachPair(dir, x, c.AddCues); err != nil {
		return nil, err
	}
	return c, nil
}

// Write prints the cue score as a row under the main table's heading; it
// prints nothing when no document's gold states a cue.
func (c *CueReport) Write(w io.Writer, detail bool) {
	if c.Documents == 0 {
		return
	}
	fmt.Fprintf(w, "\n%-22s %5s %5s %5s   %5s %5s %5s\n", "tenure cues", "gold", "found", "right", "P", "R", "F1")
	fmt.Fprintf(w, "%-22s %5d %5d %5d   %5.3f %5.3f %5.3f\n", fmt.Sprintf("cues (%d documents)", c.Documents),
		c.Counts.Gold, c.Counts.Extracted, c.Counts.ExtractedOK, c.Counts.Precision(), c.Counts.Recall(), c.Counts.F1())
	if detail {
		writeList(w, "cue misses", c.Misses)
		writeList(w, "cue false hits", c.FalseHits)
	}
}
