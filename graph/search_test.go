package graph

import (
	"slices"
	"strings"
	"testing"
)

// TestSearchTokensMeet checks that real-world spellings of one name give the
// same tokens.
func TestSearchTokensMeet(t *testing.T) {
	tests := []struct {
		why   string
		names []string
		want  []string
	}{
		{"vowels, doubled letters", []string{"Mohammed Morsi", "Muhammad Mursi", "Mohamed Morsy", "MOHAMMAD MORSI"},
			[]string{"mahamad", "marsa"}},
		{"q, dh, article, apostrophe", []string{"Muammar al-Qaddafi", "Mu'ammar Kadhafi", "Moammar Qadhafi", "Muammar El-Kaddafi"},
			[]string{"maymar", "kadafa"}},
		{"diphthongs", []string{"Hussein", "Husayn", "Houssein", "Hussain", "Hosein"}, []string{"hasayn"}},
		{"final h, o/u and e/i", []string{"Hezbollah", "Hizbullah", "Hizballah", "Hezbolla"}, []string{"hazbala"}},
		{"article, ae/ai", []string{"al-Qaeda", "Al Qaida", "al-Qa'ida", "Al-Qaïda"}, []string{"kayda"}},
		{"abd compounds", []string{"Abdelkader", "Abd el-Kader", "Abd al-Qadir", "Abdul Qadir", "Abdul-Qadir"},
			[]string{"abd", "kadar"}},
		{"assimilated article after abd", []string{"Abdus Salam", "Abdessalam", "Abd as-Salam", "Abd-us-Salam"},
			[]string{"abd", "salam"}},
		{"abd + allah is one name", []string{"Abdullah", "Abdallah", "Abdellah", "Abdulla"}, []string{"abdala"}},
		{"ou", []string{"Youssef", "Yusuf", "Yousif", "Youssouf"}, []string{"yasaf"}},
		{"initial vowel", []string{"Osama", "Usama"}, []string{"asama"}},
		{"ph", []string{"Sophia", "Sofia"}, []string{"safay"}},
		{"dj", []string{"Djibouti", "Jibuti"}, []string{"jabata"}},
		{"ee", []string{"Sharif", "Shareef", "Sherif"}, []string{"sharaf"}},
		{"hyphenated sun-letter article", []string{"Moqtada as-Sadr", "Muqtada al-Sadr", "Muqtada Sadr"},
			[]string{"maktada", "sadr"}},
		{"leading the", []string{"The Hague", "the hague", "Hague"}, []string{"hagay"}},
		{"letters Fold keeps", []string{"Kılıçdaroğlu", "Kilicdaroglu"}, []string{"kalacdaragla"}},
		{"periods in acronyms", []string{"U.N.", "UN", "u.n"}, []string{"an"}},
		{"Arabic article, teh marbuta", []string{"القاهرة", "قاهرة", "القاهره"}, []string{"قاهره"}},
		{"Arabic vowel marks", []string{"مَجْلِس الأُمَّة", "مجلس الامة"}, []string{"مجلس", "امه"}},
		{"Cyrillic is folded as NameKey folds it, not transliterated", []string{"Фёдор Достоевский", "федор достоевскии"},
			[]string{"федор", "достоевскии"}},
	}
	for _, tt := range tests {
		for _, n := range tt.names {
			if got := SearchTokens(n); !slices.Equal(got, tt.want) {
				t.Errorf("%s: SearchTokens(%q) = %q, want %q", tt.why, n, got, tt.want)
			}
		}
	}
}

// TestSearchTokensApart checks that different names stay apart: what the
// skeleton keeps matters as much as what it drops.
func TestSearchTokensApart(t *testing.T) {
	for _, pair := range [][2]string{
		{"Saad", "Said"},     // one vowel, or two
		{"Niger", "Nigeria"}, // where the vowels are
		{"Mali", "Malay"},
		{"Gaddafi", "Qaddafi"}, // consonants are not merged
		{"Cherif", "Sharif"},
		{"Abd Allah", "Abdullah"}, // the known gap: written apart, abd is split
	} {
		a, b := SearchTokens(pair[0]), SearchTokens(pair[1])
		if slices.Equal(a, b) {
			t.Errorf("SearchTokens(%q) = SearchTokens(%q) = %q, want them apart", pair[0], pair[1], a)
		}
	}
}

func TestSearchTokens(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"", nil},
		{"  --  ", nil},
		{`!"#*~:\`, nil},
		// "as" and "us" are words unless a hyphen joins them to a name.
		{"US Army", []string{"as", "arma"}},
		{"El Salvador", []string{"salvadar"}},
		// a name of articles only keeps them
		{"Al", []string{"al"}},
		{"El Al", []string{"al"}},
		{"Al-Ahram", []string{"ahram"}},
		// the Arabic article needs a word of three letters after it
		{"الله", []string{"الله"}},
		// Lucene and Cypher syntax is punctuation; words stay words
		{`Trade AND Industry* \ "Union": ~2`, []string{"trada", "and", "andastra", "anayn", "2"}},
		{"MATCH (n) DETACH DELETE n", []string{"match", "n", "datach", "dalata"}},
		{"G20 summit", []string{"g20", "samat"}},
		{"Łódź", []string{"ladz"}},
		// repeats are dropped
		{"Bora Bora", []string{"bara"}},
		// the same name written joined or with a hyphen
		{"Abdelaziz Bouteflika", []string{"abd", "azaz", "bataflaka"}},
		{"Abdel-Aziz", []string{"abd", "azaz"}},
		// tokens are cut at 64 letters
		{strings.Repeat("xa", 40) + " " + strings.Repeat("я", 65), []string{strings.Repeat("xa", 32), strings.Repeat("я", 64)}},
	}
	for _, tt := range tests {
		if got := SearchTokens(tt.name); !slices.Equal(got, tt.want) {
			t.Errorf("SearchTokens(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSearchTerms(t *testing.T) {
	tests := []struct {
		query  string
		whole  []string
		prefix string
	}{
		{"Hadd", []string{"had"}, "had"},
		{"muammar qadd", []string{"maymar", "kad"}, "kad"},
		{"Qaddafi h", []string{"kadafa", "h"}, ""}, // one letter is not completed
		{"Bora bora b", []string{"bara", "b"}, ""},
		{"b Bora", []string{"b", "bara"}, "bara"},
		{"", nil, ""},
		{"***", nil, ""},
	}
	for _, tt := range tests {
		whole, prefix := SearchTerms(tt.query)
		if !slices.Equal(whole, tt.whole) || prefix != tt.prefix {
			t.Errorf("SearchTerms(%q) = %q, %q; want %q, %q", tt.query, whole, prefix, tt.whole, tt.prefix)
		}
	}
}

func TestSearchScore(t *testing.T) {
	qaddafi := []string{"Muammar al-Qaddafi", "Colonel Qaddafi", "Brother Leader"}
	tests := []struct {
		query string
		names []string
		want  float64
	}{
		{"Muammar al-Qaddafi", qaddafi, 5},
		{"MUAMMAR AL QADDAFI", qaddafi, 5}, // NameKey: case, hyphen
		{"brother leader", qaddafi, 4},
		// every token, no extra token in the best name: 3 + 0.5
		{"Muammar Qaddafi", qaddafi, 3.5},
		{"Moammar Kadhafi", qaddafi, 3.5},
		// every token, and one extra token in the best name: 3 + 0.5/2
		{"Kadhafi", qaddafi, 3.25},
		{"leader", qaddafi, 3.25},
		// the last token begins a token: 2 + 0.5/(1+extra)
		{"Muammar Qadd", qaddafi, 2.5},
		{"Qadd", qaddafi, 2.25},
		{"mu qa", qaddafi, 2.5}, // every token begins one
		// some tokens: 1 + 0.5*matched/tokens
		{"Muammar Jones", qaddafi, 1.25},
		{"Jones Qadd", qaddafi, 1.25},
		{"Qaddafi Muammar Jones Smith", qaddafi, 1.25},
		// no match
		{"Jones", qaddafi, 0},
		{"Qadd Jones", qaddafi, 0}, // only the last token is completed
		{"Q", qaddafi, 0},          // too short to be completed
		{"", qaddafi, 0},
		{"***", []string{"***"}, 0}, // no words, no match
		{"Qaddafi", nil, 0},
		// an alias equal to the query beats the name's tokens
		{"Bouteflika", []string{"Abdelaziz Bouteflika", "Bouteflika"}, 4},
		// the main name equal to the query beats an alias equal to it
		{"Bouteflika", []string{"Bouteflika", "Bouteflika"}, 5},
	}
	for _, tt := range tests {
		if got := SearchScore(tt.query, tt.names); got != tt.want {
			t.Errorf("SearchScore(%q, %q) = %v, want %v", tt.query, tt.names, got, tt.want)
		}
	}
}

// TestSearchScoreTiers checks the order the documentation promises, on one
// query against names that each reach one tier.
func TestSearchScoreTiers(t *testing.T) {
	query := "Nur ad-Din"
	ranked := [][]string{
		{"Nur ad-Din"},                   // main name
		{"Nureddin Zangi", "Nur ad-Din"}, // alias
		{"Nur al-Din"},                   // all tokens, none extra
		{"Nour ed-Din Zangi"},            // all tokens, one extra
		{"Nur Dinar"},                    // every token begins one
		{"Nur Dinar Zangi"},              // the same, one extra token
		{"Nur Jahan"},                    // some tokens
	}
	prev := 6.0
	for _, names := range ranked {
		s := SearchScore(query, names)
		if s <= 0 || s >= prev {
			t.Errorf("SearchScore(%q, %q) = %v, want above 0 and below the previous %v", query, names, s, prev)
		}
		prev = s
	}
}

// TestSearchTermsFindEveryMatch checks the promise stores rely on: every
// name SearchScore matches has a token that SearchTerms looks up, whole or
// by prefix. Queries and names are crossed, so that each pair is a case.
func TestSearchTermsFindEveryMatch(t *testing.T) {
	texts := []string{"Muammar al-Qaddafi", "Qadd", "qaddafi m", "Hussein", "hus", "as-Sadr", "As Sadr", "Al",
		"El Al", "The Hague", "the", "U.N.", "un", "Abd al-Aziz", "Abdelaziz", "abdel", "القاهرة", "قاه", "Фёдор",
		"ф", "G20", "g2", `Trade AND "Union"`, "and", "x"}
	matched := 0
	for _, q := range texts {
		whole, prefix := SearchTerms(q)
		for _, n := range texts {
			if SearchScore(q, []string{n}) == 0 {
				continue
			}
			matched++
			found := false
			for _, tok := range SearchTokens(n) {
				found = found || slices.Contains(whole, tok) || prefix != "" && strings.HasPrefix(tok, prefix)
			}
			if !found {
				t.Errorf("SearchScore(%q, %q) > 0, but SearchTerms gives %q and %q, none of %q", q, n, whole, prefix, SearchTokens(n))
			}
		}
	}
	if matched < len(texts) {
		t.Errorf("only %d pairs matched; the test proves little", matched)
	}
}
