package graph

import (
	"fmt"
	"strings"
	"testing"
)

func TestOfficeKey(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"President", "president"},
		{"former President", "president"},
		{"Acting Chairman", "chair"},
		{"Chairperson of the Commission", "chair of the commission"},
		{"then-Secretary-General", "secretary general"},
		{"Vice-President", "vice president"},
		{"Special Envoy for Syria", "special envoy for syria"},
		{"newly elected President", "president"},
	} {
		if got := OfficeKey(tt.in); got != tt.want {
			t.Errorf("OfficeKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsSingleHolder(t *testing.T) {
	for _, tt := range []struct {
		office string
		titles []string
		want   bool
	}{
		{"president", nil, true},
		{"special envoy for syria", nil, true},
		{"chair of the commission", nil, true},
		{"vice president", nil, false},
		{"member", nil, false},
		{"presidential adviser", nil, false},
		{"rapporteur", nil, false},
		{"rapporteur", []string{"Rapporteur"}, true},
	} {
		if got := IsSingleHolder(tt.office, tt.titles); got != tt.want {
			t.Errorf("IsSingleHolder(%q, %q) = %v, want %v", tt.office, tt.titles, got, tt.want)
		}
	}
}

// obs is a test observation: a document's date, a cue and its days.
type obs struct {
	pub        Date
	change     Change
	start, end Date
	doc        string
}

// holding is a test HOLDS_ROLE fact of holder at organization:o.
func holding(holder, role string, os ...obs) Fact {
	f := Fact{ID: "fact:" + holder + ":" + NameKey(role), Type: HoldsRole, From: holder, To: "organization:o", Role: role}
	for i, o := range os {
		doc := o.doc
		if doc == "" {
			doc = fmt.Sprintf("document:%s-%d", holder, i)
		}
		f.Observations = append(f.Observations, Observation{DocumentID: doc, Published: o.pub,
			Change: o.change, Start: o.start, End: o.end})
	}
	return MergeFacts([]Fact{f})
}

// show writes a tenure as "holder start(rule)–end(rule)", with "!" for a
// conflict, so that tables state whole answers.
func show(ts []Tenure) string {
	var out []string
	for _, t := range ts {
		b := func(b *Bound) string {
			if b == nil {
				return "?"
			}
			s := string(b.Date) + "(" + string(b.Rule)
			if b.Stated {
				s += ",stated"
			}
			return s + ")"
		}
		s := t.Holder + " " + b(t.Start) + "–" + b(t.End)
		if t.Conflict {
			s += "!"
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

func TestDeriveTenures(t *testing.T) {
	tests := []struct {
		name  string
		facts []Fact
		want  string
	}{
		{"SyrianCoalitionPresidents", []Fact{
			holding("abda", "President", obs{pub: "2017-04-04"}, obs{pub: "2019-07-22"}, obs{pub: "2019-11-21"}),
			holding("seif", "President", obs{pub: "2018-03-12", doc: "document:38"}),
			holding("mustafa", "President", obs{pub: "2018-03-12", change: ChangeTookOver, doc: "document:38"},
				obs{pub: "2018-05-07", change: ChangeElected}, obs{pub: "2019-03-11"}),
		}, "abda 2017-04-04(first-seen)–2017-09-22(midpoint); seif 2017-09-22(midpoint)–2018-03-12(successor); " +
			"mustafa 2018-03-12(cue,stated)–2019-05-17(midpoint); abda 2019-05-17(midpoint)–?"},
		{"ResignationClosesWithoutSuccessor", []Fact{
			holding("a", "Chairman", obs{pub: "2020-01-01"}, obs{pub: "2020-06-01", change: ChangeResigned, end: "2020-05-20"}),
		}, "a 2020-01-01(first-seen)–2020-05-20(cue,stated)"},
		{"SameDaySightingsConflict", []Fact{
			holding("a", "Head", obs{pub: "2020-01-01", doc: "document:x"}),
			holding("b", "Head", obs{pub: "2020-01-01", doc: "document:y"}),
		}, "a 2020-01-01(first-seen)–?!; b 2020-01-01(first-seen)–?!"},
		{"ConflictResolvedByLaterSighting", []Fact{
			holding("a", "Head", obs{pub: "2020-01-01"}),
			holding("b", "Head", obs{pub: "2020-01-01"}, obs{pub: "2020-03-01"}),
		}, "a 2020-01-01(first-seen)–2020-01-31(midpoint)!; b 2020-01-01(first-seen)–?!"},
		{"FormerOnlyCoversNoDay", []Fact{
			holding("a", "former President", obs{pub: "2022-11-12", change: ChangeFormer}),
			holding("b", "President", obs{pub: "2022-11-12"}),
		}, "a ?–2022-11-12(cue,stated); b 2022-11-12(first-seen)–?"},
		{"FormerClosesOpenTenure", []Fact{
			holding("a", "President", obs{pub: "2010-01-01"}),
			holding("a", "former President", obs{pub: "2012-01-01", change: ChangeFormer}),
		}, "a 2010-01-01(first-seen)–2012-01-01(cue,stated)"},
		{"StatedStartBeforeDocument", []Fact{
			holding("a", "Prime Minister", obs{pub: "2015-01-01"}),
			holding("b", "Prime Minister", obs{pub: "2015-06-30", change: ChangeSwornIn, start: "2015-06-02"}),
		}, "a 2015-01-01(first-seen)–2015-06-02(successor); b 2015-06-02(cue,stated)–?"},
		{"UntilALaterDay", []Fact{
			holding("a", "President", obs{pub: "2018-03-12", change: ChangeUntil, end: "2018-05-05"}),
		}, "a 2018-03-12(first-seen)–2018-05-05(cue,stated)"},
		{"UntilNoDayIsASighting", []Fact{
			holding("a", "President", obs{pub: "2018-03-12", change: ChangeUntil}, obs{pub: "2018-04-01", change: ChangeSince}),
		}, "a 2018-03-12(first-seen)–?"},
		{"ReelectionKeepsOneTenure", []Fact{
			holding("a", "Secretary-General", obs{pub: "2018-03-12"}, obs{pub: "2018-05-07", change: ChangeReelected}),
		}, "a 2018-03-12(first-seen)–?"},
		{"MultiHolderOverlaps", []Fact{
			holding("a", "Vice-President", obs{pub: "2018-01-01"}, obs{pub: "2018-09-01"}),
			holding("b", "Vice-President", obs{pub: "2018-03-01"}),
		}, "a 2018-01-01(first-seen)–?; b 2018-03-01(first-seen)–?"},
		{"MultiHolderSlateReplaces", []Fact{
			holding("a", "Vice-President", obs{pub: "2018-03-12"}),
			holding("b", "Vice-President", obs{pub: "2018-05-07", change: ChangeElected, doc: "document:39"}),
			holding("c", "Vice-President", obs{pub: "2018-05-07", change: ChangeElected, doc: "document:39"}),
		}, "a 2018-03-12(first-seen)–2018-05-07(election); b 2018-05-07(cue,stated)–?; c 2018-05-07(cue,stated)–?"},
		{"UndatedHoldingHasNoBounds", []Fact{
			holding("a", "President", obs{}),
		}, "a ?–?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := show(DeriveTenures(tt.facts, nil))
			if got != tt.want {
				t.Errorf("tenures\n got %s\nwant %s", got, tt.want)
			}
			// The answer does not depend on the order of the facts.
			rev := append([]Fact(nil), tt.facts...)
			for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
				rev[i], rev[j] = rev[j], rev[i]
			}
			if again := show(DeriveTenures(rev, nil)); again != got {
				t.Errorf("reversed facts give\n%s\nnot\n%s", again, got)
			}
		})
	}
}

func TestTenureCovers(t *testing.T) {
	ts := DeriveTenures([]Fact{
		holding("a", "President", obs{pub: "2018-01-01"}),
		holding("b", "President", obs{pub: "2018-03-01", change: ChangeElected}),
	}, nil)
	for _, tt := range []struct {
		at   Date
		want string
	}{
		{"2017-12-31", ""}, {"2018-01-01", "a"}, {"2018-02-28", "a"}, {"2018-03-01", "b"}, {"2030-01-01", "b"},
	} {
		var got []string
		for _, te := range ts {
			if te.Covers(tt.at) {
				got = append(got, te.Holder)
			}
		}
		if strings.Join(got, ",") != tt.want {
			t.Errorf("on %s: %q, want %q", tt.at, got, tt.want)
		}
	}
}

func TestTenureFilterValidate(t *testing.T) {
	f := TenureFilter{}
	if err := f.Validate(); ErrorCode(err) != EINVALID {
		t.Errorf("empty filter: %v, want EINVALID", err)
	}
}
