package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// TestCountryEntries: the gazetteer's countries join the lexicon, merged
// into the hand-written States that share a name, with their demonyms; a
// spelling two countries share names neither.
func TestCountryEntries(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	names := func(toks string) []string {
		var out []string
		tk := tokenize(toks, 0, len(toks))
		for _, m := range lx.match(tk) {
			for _, r := range m.refs {
				if r.entry.Type == string(graph.State) {
					out = append(out, r.entry.Name)
				}
			}
		}
		return out
	}
	for text, want := range map[string]string{
		"Republic of the Sudan": "Sudan",
		"Ivorian":               "Ivory Coast", // a demonym
		"Türkiye":               "Turkey",      // the hand-written entry keeps its name
		"Turkish":               "Turkey",
	} {
		if got := names(text); !slices.Contains(got, want) {
			t.Errorf("%q names %v, want the State %q", text, got, want)
		}
	}
	if got := names("Democratic Republic of the Congo"); !slices.Equal(got, []string{"DR Congo"}) {
		t.Errorf("\"Democratic Republic of the Congo\" names %v, want DR Congo alone", got)
	}
	turkeys := 0
	for _, e := range lx.entries {
		if e.Type == string(graph.State) && (e.Name == "Turkey" || slices.Contains(e.Aliases, "Turkey")) {
			turkeys++
		}
	}
	if turkeys != 1 {
		t.Errorf("%d State entries are named Turkey, want the hand-written one only", turkeys)
	}
}

// TestLexicon_NoGazetteer: without the gazetteer, a country the
// hand-written lexicon does not know is not found, and its unknown
// adjective does not make the title the issuer's.
func TestLexicon_NoGazetteer(t *testing.T) {
	text := []byte("Statement\n\nPress release\nHauran Civic Council\n4 June 2024\n\n" +
		"Senegalese President Macky Sall condemned the killing of civilians in El Geneina, West Darfur.\n")
	for _, tc := range []struct {
		off  bool
		want int
	}{{false, 1}, {true, 0}} {
		lx, err := LoadLexiconWith(LexiconOptions{NoGazetteer: tc.off})
		if err != nil {
			t.Fatal(err)
		}
		x, err := New(Options{Lexicon: lx})
		if err != nil {
			t.Fatal(err)
		}
		ex, err := x.Extract("s.txt", text)
		if err != nil {
			t.Fatal(err)
		}
		got := facts(ex)
		n := 0
		for _, f := range got {
			if strings.Contains(f, "Senegal") {
				n++
			}
			if strings.Contains(f, "HOLDS_ROLE") && strings.Contains(f, "Hauran") {
				t.Errorf("no gazetteer %v: %s", tc.off, f)
			}
		}
		if n != tc.want {
			t.Errorf("no gazetteer %v: %d facts with Senegal in %v, want %d", tc.off, n, got, tc.want)
		}
	}
}
