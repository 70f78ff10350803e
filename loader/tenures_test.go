package loader

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/eval"
)

// The tenure cues of single sentences, published on 4 June 2024 by the
// Hauran Civic Council (or the publisher given): each case lists every
// HOLDS_ROLE with its cue, so that a cue on the wrong holding fails too.
var tenureCases = []struct {
	name      string
	publisher string
	text      string
	want      []string
}{
	{name: "passive verb after the holder",
		text: "Salma Haddad was elected President of the Hauran Relief Committee on 2 June 2024.",
		want: []string{"Salma Haddad -> Hauran Relief Committee : President [elected from 2024-06-02]"}},
	{name: "resignation read as a holding, with its day",
		text: "Tarek Wahbi resigned as President of the Hauran Relief Committee on 1 June 2024.",
		want: []string{"Tarek Wahbi -> Hauran Relief Committee : President [resigned to 2024-06-01]"}},
	{name: "the cue of another title is not this title's",
		text: "Tarek Wahbi, President of the Hauran Relief Committee, was elected Chairman of the Hauran Civic Council.",
		want: []string{"Tarek Wahbi -> Hauran Civic Council : Chairman [elected]",
			"Tarek Wahbi -> Hauran Relief Committee : President []"}},
	{name: "former is a past cue",
		text: "The Council received the former President of the Hauran Relief Committee, Tarek Wahbi.",
		want: []string{"Tarek Wahbi -> Hauran Relief Committee : former President [former]"}},
	{name: "then needs its hyphen",
		text: "The then-President of the Hauran Relief Committee, Tarek Wahbi, signed the accord.",
		want: []string{"Tarek Wahbi -> Hauran Relief Committee : President [then]"}},
	{name: "since with a day opens the holding",
		text: "Salma Haddad, head of the Hauran Relief Committee since 3 March 2021, visited the camp.",
		want: []string{"Salma Haddad -> Hauran Relief Committee : head [since from 2021-03-03]"}},
	{name: "since with no day is no cue",
		text: "Salma Haddad, head of the Hauran Relief Committee, reported on the work done since the last session.",
		want: []string{"Salma Haddad -> Hauran Relief Committee : head []"}},
	{name: "a subject's verb is not its cue",
		text: "Salma Haddad, head of the Hauran Relief Committee, appointed Tarek Wahbi as her deputy.",
		want: []string{"Salma Haddad -> Hauran Relief Committee : head []"}},
	{name: "a handover makes the issuer's President",
		text: "The Council entrusted the presidency to Vice-President Salma Haddad until the elections.",
		want: []string{"Salma Haddad -> Hauran Civic Council : President [took-over]",
			"Salma Haddad -> Hauran Civic Council : Vice-President []"}},
	{name: "the late",
		text: "The Council paid tribute to the late President of the Hauran Relief Committee, Tarek Wahbi.",
		want: []string{"Tarek Wahbi -> Hauran Relief Committee : President [late]"}},
}

func TestTenureCues(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range tenureCases {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractRelease(t, x, tc.publisher, "", tc.text)
			byID := names(ex)
			var got []string
			for _, r := range ex.Relations {
				if r.Type != graph.HoldsRole {
					continue
				}
				cue := string(r.Change)
				if r.Start != "" {
					cue += " from " + string(r.Start)
				}
				if r.End != "" {
					cue += " to " + string(r.End)
				}
				got = append(got, fmt.Sprintf("%s -> %s : %s [%s]", byID[r.From].Name, byID[r.To].Name, r.Role, cue))
			}
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\n got: %s\nwant: %s", tc.text, strings.Join(got, "\n      "), strings.Join(want, "\n      "))
			}
		})
	}
}

// TestTenureCues_Gold holds the cue score on testdata/tenures, the
// communiqués written for issue 11 with their cues annotated by hand, to
// what issue 11 asks: at least 40 gold cues, precision and recall at least
// 0.85 (doc/extraction.md gives today's figures).
func TestTenureCues_Gold(t *testing.T) {
	c, err := eval.CuesDir("testdata/tenures", mustExtractor(t))
	if err != nil {
		t.Fatal(err)
	}
	if c.Counts.Gold < 40 {
		t.Errorf("%d gold cues, want at least 40", c.Counts.Gold)
	}
	if p, r := c.Counts.Precision(), c.Counts.Recall(); p < 0.85 || r < 0.85 {
		t.Errorf("cue precision %.3f recall %.3f, want at least 0.85 each; misses %q, false hits %q", p, r, c.Misses, c.FalseHits)
	}
}

func TestSingleHolderTitles(t *testing.T) {
	titles := SingleHolderTitles()
	for _, want := range []string{"president", "rapporteur"} {
		if !graph.IsSingleHolder(want, titles) {
			t.Errorf("%q is not single-holder with the lexicon's titles", want)
		}
	}
	if graph.IsSingleHolder("member", titles) {
		t.Errorf("member is single-holder")
	}
}
