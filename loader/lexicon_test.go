package loader

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
)

func TestParseLexicon_Errors(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Person", "want TYPE | name"},
		{"Robot | R2-D2", `unknown type "Robot"`},
		{"Place | Idlib | | placeType=planet", `unknown placeType "planet"`},
		{"Agreement | X | | date=17 September", "not yyyy-mm-dd"},
		{"State | Italy | adjective=Italian", "looks like an attribute"},
		{"Person | A | b | c | d", "too many fields"},
	}
	for _, tt := range tests {
		_, err := ParseLexicon("user.lex", strings.NewReader("# comment\n\n"+tt.line+"\n"))
		if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "user.lex:3") {
			t.Errorf("%q: err = %v, want invalid naming user.lex:3 and %q", tt.line, err, tt.want)
		}
	}
}

func TestEmbeddedLexiconParses(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ typ, name string }{
		{"State", "Turkey"}, {"Organization", "Syrian Coalition"}, {"Place", "Idlib"}, {"Role", "Foreign Minister"},
	} {
		if lx.lookup(c.typ, c.name) == nil {
			t.Errorf("no %s %q in the embedded lexicon", c.typ, c.name)
		}
	}
	// every state's adjective was read as an attribute, not an alias
	for _, e := range lx.entries {
		for _, a := range e.Aliases {
			if strings.Contains(a, "=") {
				t.Errorf("%s %q has alias %q", e.Type, e.Name, a)
			}
		}
	}
}

// A user's lexicon teaches the extractor a name it could not know: an
// acronym that is not a capitalised phrase.
func TestUserLexiconExtends(t *testing.T) {
	text := []byte("The Council Meets\n\nPress release\nSyrian Coalition\nMedia Department\nMay 2, 2021\n\nThe Syrian Coalition condemns the QRF for the attack on the town of Azaz.\n")
	x := mustExtractor(t)
	ex, err := x.Extract("a.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if has(ex, fact{graph.Condemned, "Syrian Coalition", "Qalamoun Rapid Force", ""}) {
		t.Fatal("condemned an unknown acronym without a lexicon entry")
	}
	path := filepath.Join(t.TempDir(), "user.lex")
	if err := os.WriteFile(path, []byte("Organization | Qalamoun Rapid Force | QRF\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, err := LoadLexicon(path)
	if err != nil {
		t.Fatal(err)
	}
	x2, err := New(Options{Lexicon: lx})
	if err != nil {
		t.Fatal(err)
	}
	ex, err = x2.Extract("a.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if !has(ex, fact{graph.Condemned, "Syrian Coalition", "Qalamoun Rapid Force", ""}) {
		t.Errorf("the user's entry was not used: %+v", ex.Relations)
	}
}
