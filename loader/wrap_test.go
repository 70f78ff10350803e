package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// hardWrap breaks every line longer than width at the last space that
// fits, as a mail program does.
func hardWrap(text string, width int) string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		for len([]rune(line)) > width {
			r := []rune(line)
			cut := strings.LastIndex(string(r[:width+1]), " ")
			if cut <= 0 {
				break
			}
			out = append(out, line[:cut])
			line = line[cut+1:]
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// reflowCase is a text and what a reflow step must make of it.
type reflowCase struct{ name, text, want string }

// checkReflowStep runs a reflow step over its cases: each gives its want,
// and keeps the text's length so that offsets into it do not move.
func checkReflowStep(t *testing.T, step string, f func(string) string, cases []reflowCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := f(c.text)
			if got != c.want {
				t.Errorf("%s:\n got: %q\nwant: %q", step, got, c.want)
			}
			if len(got) != len(c.text) {
				t.Errorf("%s changed the text's length from %d to %d: offsets would move", step, len(c.text), len(got))
			}
		})
	}
}

func TestUnwrap(t *testing.T) {
	checkReflowStep(t, "unwrap", unwrap, []reflowCase{
		{
			name: "a wrapped paragraph is one line again; the header's short lines and the blank line stay",
			text: "Ministry of Foreign Affairs\nPress release\n\nThe Minister of Foreign Affairs received the Ambassador of the\nRepublic of Kenya, Mr John Mwangi, at the Ministry on Monday and\ndiscussed with him the preparations for the summit to be held in\nNairobi next month.\n",
			want: "Ministry of Foreign Affairs\nPress release\n\nThe Minister of Foreign Affairs received the Ambassador of the Republic of Kenya, Mr John Mwangi, at the Ministry on Monday and discussed with him the preparations for the summit to be held in Nairobi next month.\n",
		},
		{
			name: "a text with a line longer than any wrap is left as it is",
			text: "Press release\n\nThe Minister of Foreign Affairs received the Ambassador of the Republic of Kenya, Mr John Mwangi, at the Ministry on Monday.\nThe two discussed the summit to be held in Nairobi next month.\n",
			want: "Press release\n\nThe Minister of Foreign Affairs received the Ambassador of the Republic of Kenya, Mr John Mwangi, at the Ministry on Monday.\nThe two discussed the summit to be held in Nairobi next month.\n",
		},
		{
			name: "a list's short items after a colon, and lines opening with a bullet or a number, stay lines",
			text: "The Minister of Foreign Affairs received the delegation of the Republic\nof Kenya at the Ministry on Monday, with the Secretary of the Ministry\nand the Director of African Affairs, and gave a dinner in its honour in\nthe evening. The delegation included the Minister of Defence and the\nfollowing:\nMr John Mwangi, Minister of Defence;\nMs Ruth Otieno, Ambassador.\nThe talks covered the preparations for the summit to be held in the city\n- of Nairobi, the capital, next month, and the security of the border.\n",
			want: "The Minister of Foreign Affairs received the delegation of the Republic of Kenya at the Ministry on Monday, with the Secretary of the Ministry and the Director of African Affairs, and gave a dinner in its honour in the evening. The delegation included the Minister of Defence and the following:\nMr John Mwangi, Minister of Defence;\nMs Ruth Otieno, Ambassador.\nThe talks covered the preparations for the summit to be held in the city\n- of Nairobi, the capital, next month, and the security of the border.\n",
		},
		{
			name: "a word the wrap broke after its hyphen is one word again, its space moved after it",
			text: "The Council heard a briefing by the Chairperson of the Commission, Mr Dee-\nMaxwell Kemayah, on the situation in the region and on the work of the\nmission that the Council sent to the capital in the month of March, and\nthanked him and the members of the mission for the report they gave it.\n",
			want: "The Council heard a briefing by the Chairperson of the Commission, Mr Dee-Maxwell  Kemayah, on the situation in the region and on the work of the mission that the Council sent to the capital in the month of March, and thanked him and the members of the mission for the report they gave it.\n",
		},
		{
			name: "an indented wrap: the hyphen's word moves back over the next line's indentation",
			text: "    The Council heard a briefing by the Chairperson of the Commission, Mr Dee-\n    Maxwell Kemayah, on the situation in the region and on the work of the\n    mission that the Council sent to the capital in the month of March, and\n    thanked him and the members of the mission for the report they gave it.\n",
			want: "    The Council heard a briefing by the Chairperson of the Commission, Mr Dee-Maxwell      Kemayah, on the situation in the region and on the work of the     mission that the Council sent to the capital in the month of March, and     thanked him and the members of the mission for the report they gave it.\n",
		},
	})
}

// worldTexts are five communiqués of the own world set, for the tests
// that reformat a text and require the facts it gave as written.
func worldTexts(t *testing.T) map[string]string {
	t.Helper()
	files, _ := filepath.Glob("testdata/corpus-world/*.txt")
	if len(files) < 5 {
		t.Fatalf("found %d texts under testdata/corpus-world", len(files))
	}
	texts := map[string]string{}
	for _, f := range files[:5] {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(raw)
	}
	return texts
}

// checkSameFacts requires the text as reformatted to give the facts want,
// which its plain form gave.
func checkSameFacts(t *testing.T, x *Extractor, label string, want []string, reformatted string) {
	t.Helper()
	if len(want) == 0 {
		t.Fatalf("%s: the plain text gives no facts", label)
	}
	if got := facts(extractText(t, x, reformatted)); !slices.Equal(got, want) {
		t.Errorf("%s:\n got: %s\nwant: %s", label, strings.Join(got, "\n      "), strings.Join(want, "\n      "))
	}
}

// TestWrappedCommunique checks that a communiqué wrapped at 72 and at 60
// columns gives the facts it gives unwrapped.
func TestWrappedCommunique(t *testing.T) {
	x := mustExtractor(t)
	for f, raw := range worldTexts(t) {
		want := facts(extractText(t, x, raw))
		for _, width := range []int{72, 60} {
			wrapped := hardWrap(raw, width)
			if wrapped == raw {
				t.Fatalf("%s: wrapping at %d changed nothing", f, width)
			}
			checkSameFacts(t, x, fmt.Sprintf("%s wrapped at %d", f, width), want, wrapped)
		}
	}
}

func TestCloseUpDoubleSpacing(t *testing.T) {
	checkReflowStep(t, "closeUpDoubleSpacing", closeUpDoubleSpacing, []reflowCase{
		{
			name: "every line followed by a blank one: the lines close up, the text keeps its length",
			text: "Ministry of Foreign Affairs\n\nPress release\n\nLilongwe, 4 June 2024\n\nThe Minister met the Ambassador.\n\nThey discussed the summit.\n\nThe talks will go on.\n",
			want: "Ministry of Foreign Affairs \nPress release \nLilongwe, 4 June 2024 \nThe Minister met the Ambassador. \nThey discussed the summit. \nThe talks will go on.\n",
		},
		{
			name: "two lines next to each other: not double-spaced, left as it is",
			text: "Ministry of Foreign Affairs\nPress release\n\nLilongwe, 4 June 2024\n\nThe Minister met the Ambassador.\n\nThey discussed the summit.\n\nThe talks will go on.\n",
			want: "Ministry of Foreign Affairs\nPress release\n\nLilongwe, 4 June 2024\n\nThe Minister met the Ambassador.\n\nThey discussed the summit.\n\nThe talks will go on.\n",
		},
		{
			name: "too few lines to tell",
			text: "Press release\n\nThe Minister met the Ambassador.\n",
			want: "Press release\n\nThe Minister met the Ambassador.\n",
		},
	})
}

// TestDoubleSpacedCommunique checks that a communiqué with a blank line
// after every line gives the facts it gives with none.
func TestDoubleSpacedCommunique(t *testing.T) {
	x := mustExtractor(t)
	for f, raw := range worldTexts(t) {
		var lines []string
		for _, l := range strings.Split(raw, "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		want := facts(extractText(t, x, strings.Join(lines, "\n")+"\n"))
		checkSameFacts(t, x, f+" double-spaced", want, strings.Join(lines, "\n\n")+"\n")
	}
}

func TestListItemStart(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"1. The Council", true},
		{"12) The Council", true},
		{"b) to reactivate the committees", true},
		{"iv. the Commission", true},
		{"(iii) the Commission", true},
		{"- Mr John Mwangi", true},
		{"• Mr John Mwangi", true},
		{"of. The Council met", false},
		{"2023. The Council met", false},
		{"Mr John Mwangi, Minister", false},
	} {
		if got := listItemStart(c.line); got != c.want {
			t.Errorf("listItemStart(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
