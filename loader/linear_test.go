package loader

import (
	"fmt"
	"strings"
	"testing"
)

// Extraction must take time linear in the text (issue 12): a text of one
// sentence of n bytes, and one of a capitalised run of n bytes (every word
// could start a name), each at 256 KB, 512 KB and 1 MB. Twice the size
// should take about twice the time; doc/limits.md has the slope.
func BenchmarkExtract_Long(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, kind := range []struct {
		name, unit string
	}{
		{"OneSentence", "the council met the envoy and the delegates of the states "},
		{"CapitalisedRun", "Council Envoy Meeting Delegates States Assembly "},
	} {
		for _, kb := range []int{256, 512, 1024} {
			body := strings.Repeat(kind.unit, kb<<10/len(kind.unit))
			text := []byte("Monday, 23 November 2020\n\nA Statement of the Test Council\n\n" + body + ".\n")
			b.Run(fmt.Sprintf("%s/%dKB", kind.name, kb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					if _, err := x.Extract("long.txt", text); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestBound checks the cut of long sentences into pieces at spaces.
func TestBound(t *testing.T) {
	word := "abcdefghi " // 10 bytes
	long := strings.Repeat(word, 250)
	text := "Short one. " + long
	got := bound(text, []span{{0, 10}, {11, len(text)}})
	want := []span{{0, 10}, {11, 11 + 999}, {11 + 1000, 11 + 1999}, {11 + 2000, len(text)}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("bound = %v, want %v", got, want)
	}
	for _, sp := range got {
		if sp.end-sp.start > maxSentence {
			t.Errorf("piece %v is %d bytes", sp, sp.end-sp.start)
		}
	}
}

// TestListIntroLongList checks the list introductions that listIntros
// finds in one pass: every item of a long list, dashed or numbered, has
// the line with the colon above it, and a line after the list has none.
func TestListIntroLongList(t *testing.T) {
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("Statement of the Test Council\n\nGeneva, 4 June 2024\n\nThe following delegates attended the meeting:\n")
	for k := range 300 {
		fmt.Fprintf(&b, "- Delegate %d of the council\n", k)
	}
	b.WriteString("\nThe meeting closed at noon.\n\nThe signatories were:\n")
	for k := 1; k <= 40; k++ {
		fmt.Fprintf(&b, "%d. Signatory %d, for the council.\n", k, k)
	}
	b.WriteString("\nThe Council will meet again in July.\n")
	d := newDoc(x, normalize(b.String()), nil)
	counts := map[string]int{}
	for _, s := range d.sents {
		text := s.text(d)
		intro := d.listIntro(s)
		switch {
		case strings.HasPrefix(text, "- Delegate"), strings.HasPrefix(text, "Signatory"):
			if intro == nil {
				t.Errorf("%q: no introduction", text)
				continue
			}
			counts[intro.text(d)]++
		case strings.HasPrefix(text, "The meeting closed"), strings.HasPrefix(text, "The Council will meet"):
			if intro != nil {
				t.Errorf("%q: introduction %q, want none", text, intro.text(d))
			}
		}
	}
	want := map[string]int{"The following delegates attended the meeting:": 300, "The signatories were:": 40}
	if fmt.Sprint(counts) != fmt.Sprint(want) {
		t.Errorf("items per introduction = %v, want %v", counts, want)
	}
}
