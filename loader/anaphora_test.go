package loader

import "testing"

func TestPhraseWords(t *testing.T) {
	cases := []struct {
		np, w         string
		ends, hasWord bool
	}{
		{"united nations security council", "security council", true, false},
		{"united nations security council", "council", true, true},
		{"united nations security council", "ouncil", false, false},
		{"council", "council", true, true},
		{"security council of the league", "council", false, true},
		{"councils", "council", false, false},
	}
	for _, c := range cases {
		if got := endsWithWords(c.np, c.w); got != c.ends {
			t.Errorf("endsWithWords(%q, %q) = %v, want %v", c.np, c.w, got, c.ends)
		}
		if got := hasSpacedWord(c.np, c.w); got != c.hasWord {
			t.Errorf("hasSpacedWord(%q, %q) = %v, want %v", c.np, c.w, got, c.hasWord)
		}
	}
}
