package loader

import (
	"strings"
	"testing"
)

// TestCues_EverySectionRead: a section of lexicon/cues.txt that no list of
// words.go takes is a list someone edits in vain. (That a rule uses each
// list is what a linter's unused-variable check finds.)
func TestCues_EverySectionRead(t *testing.T) {
	for _, name := range cues.order {
		if !cues.asked[name] {
			t.Errorf("lexicon/cues.txt: section [%s] is taken by no list of words.go", name)
		}
	}
}

func TestParseCues_Errors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"said, told", "cues.txt:1: words before the first [section]"},
		{"[a]\nx\n[a]\ny", `cues.txt:3: section "a" is empty or repeated`},
		{"[a]\nSaid", `cues.txt:2: "Said" is not in lower case`},
	}
	for _, tt := range tests {
		_, err := parseCues("cues.txt", tt.text)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.text, err, tt.want)
		}
	}
	c, err := parseCues("cues.txt", "# c\n[verbs]\nsaid, told,\nadded\n[types]\nshelling = attack\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.list("verbs"), " "); got != "said told added" {
		t.Errorf("list = %q, want the words in order over lines", got)
	}
	if got := c.values("types")["shelling"]; got != "attack" {
		t.Errorf("value of shelling = %q, want attack", got)
	}
}
