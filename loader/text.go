package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/kg/graph"
)

// token is a word, number or punctuation mark, with byte offsets in the
// document. Hyphens and in-word apostrophes are not tokens: "al-Hariri" is
// "al" then "Hariri" with hyphen set, so it matches "al Hariri" and
// "Al-Hariri" alike, as EXTRACTION.md's matching does.
type token struct {
	text       string
	norm       string // folded, lower case, quotes removed
	start, end int
	word       bool // letters or digits
	hyphen     bool // joined to the previous token by a hyphen
	// nameTail marks the lower-case end of a hyphenated name, no word of
	// its own: the "in" of "Moon Jae-in" or "Commander-in-Chief" is no
	// preposition
	nameTail bool
}

func (t token) upper() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func (t token) digit() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsDigit(r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == 'ʿ' || r == 'ʾ'
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// tokenize splits text[from:to] into tokens. A possessive "’s" is its own
// token ("'s"), so that "the Coalition’s President" shows its structure.
func tokenize(text string, from, to int) []token {
	toks := make([]token, 0, (to-from)/5+1) // about five bytes a token in English prose
	i := from
	hyphen := false
	for i < to {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			hyphen = false
			i += n
			continue
		case isHyphen(r) && len(toks) > 0 && toks[len(toks)-1].end == i && i+n < to:
			if r2, _ := utf8.DecodeRuneInString(text[i+n:]); isWordRune(r2) {
				hyphen = true
				i += n
				continue
			}
		}
		if !isWordRune(r) {
			if isApostrophe(r) && len(toks) > 0 && toks[len(toks)-1].end == i && i+n < to {
				// possessive 's
				if rest := text[i+n : to]; (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) &&
					(len(rest) == 1 || !isWordRune(firstRune(rest[1:]))) {
					toks = append(toks, token{text: text[i : i+n+1], norm: "'s", start: i, end: i + n + 1})
					i += n + 1
					continue
				}
			}
			toks = append(toks, token{text: text[i : i+n], norm: string(r), start: i, end: i + n})
			i += n
			hyphen = false
			continue
		}
		j := i
		for j < to {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) || r2 == '.' && j > i && isDottedAbbrev(text, i, j, to) {
				j += n2
				continue
			}
			// an apostrophe inside a word (Hay'at, Nu'man), not a possessive
			if isApostrophe(r2) && j+n2 < to {
				rest := text[j+n2 : to]
				r3 := firstRune(rest)
				if isWordRune(r3) && !((r3 == 's' || r3 == 'S') && (len(rest) == 1 || !isWordRune(firstRune(rest[1:])))) {
					j += n2
					continue
				}
			}
			break
		}
		if j < to && text[j] == '.' && strings.Contains(text[i:j], ".") {
			j++ // the last dot of "U.S."
		}
		w := text[i:j]
		tk := token{text: w, norm: normWord(w), start: i, end: j, word: true, hyphen: hyphen}
		tk.nameTail = hyphen && len(toks) > 0 && toks[len(toks)-1].upper() && !tk.upper()
		toks = append(toks, tk)
		hyphen = false
		i = j
	}
	return toks
}

// plainPhrase is normPhrase's short way for the common case, a phrase of ASCII
// letters, digits and single spaces, which needs no tokenizing: the lexicon
// and the rules ask for the same names' keys thousands of times a document.
func plainPhrase(s string) (string, bool) {
	lower, single := true, len(s) > 0 && s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			lower = false
		case c == ' ':
			if i > 0 && s[i-1] == ' ' {
				single = false
			}
		default:
			return "", false
		}
	}
	switch {
	case lower && single:
		return s, true
	case single:
		return strings.ToLower(s), true
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " "), true
}

// isDottedAbbrev keeps "U.S." and "U.N." in one token.
func isDottedAbbrev(text string, start, dot, to int) bool {
	if dot+1 >= to {
		return false
	}
	w := text[start:dot]
	next := firstRune(text[dot+1:])
	if !unicode.IsUpper(firstRune(w)) || !unicode.IsUpper(next) {
		return false
	}
	if utf8.RuneCountInString(strings.ReplaceAll(w, ".", "")) <= 2 {
		return true
	}
	// "G.C.M.G.", "K.C.V.O.": letters each followed by a full stop
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return utf8.RuneCountInString(w) <= 11
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// normWord is a word's matching form: graph.NameKey without the dots of
// abbreviations.
func normWord(w string) string {
	plain := true // ASCII letters and digits only: the common case
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			plain = false
			break
		}
	}
	if plain {
		return strings.ToLower(w)
	}
	return strings.ReplaceAll(graph.NameKey(w), ".", "")
}

// normPhrase is the matching form of a whole name: its tokens' norms joined
// by single spaces.
func normPhrase(s string) string {
	if k, ok := plainPhrase(s); ok {
		return k
	}
	toks := tokenize(s, 0, len(s))
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.word || t.norm == "'s" || t.norm == "&" {
			parts = append(parts, t.norm)
		}
	}
	return strings.Join(parts, " ")
}

// span is a sentence: byte offsets in the document.
type span struct{ start, end int }

// splitSentences splits text[from:to] at sentence ends and line breaks.
// A full stop after an abbreviation ("Dr.", "Maj. Gen.") or an initial
// ("Geir O. Pedersen") does not end a sentence.
func splitSentences(text string, from, to int) []span {
	var out []span
	start := from
	emit := func(end int) {
		s, e := start, end
		for s < e && unicode.IsSpace(firstRune(text[s:])) {
			s++
		}
		for e > s && unicode.IsSpace(lastRune(text[s:e])) {
			_, n := utf8.DecodeLastRuneInString(text[s:e])
			e -= n
		}
		if e > s {
			out = append(out, span{s, e})
		}
		start = end
	}
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			emit(i)
			i += n
			start = i
			continue
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + n
			for j < to && strings.ContainsRune("\"”’')", firstRune(text[j:])) {
				_, m := utf8.DecodeRuneInString(text[j:])
				j += m
			}
			if j >= to || unicode.IsSpace(firstRune(text[j:])) {
				k := j
				for k < to && text[k] == ' ' {
					k++
				}
				if r != '.' || !abbreviationBefore(text, from, i) || k >= to || text[k] == '\n' {
					if k >= to || !unicode.IsLower(firstRune(text[k:])) {
						emit(j)
						i = j
						continue
					}
				}
			}
		}
		i += n
	}
	emit(to)
	return out
}

// maxSentence bounds a sentence, in bytes: the rules compare tokens of a
// sentence with each other, so their work grows faster than its length, and
// a text of one 1 MB sentence took minutes (issue 12). Communiqués' longest
// sentences run to about 450 bytes (the test corpora); a longer stretch is
// read in pieces of at most maxSentence bytes, cut at spaces.
const maxSentence = 1000

// bound cuts the spans longer than maxSentence into pieces, each ending at
// the last space before the bound (or at the bound, in a stretch without
// spaces).
func bound(text string, spans []span) []span {
	var out []span
	for _, sp := range spans {
		for sp.end-sp.start > maxSentence {
			cut := sp.start + maxSentence
			for !utf8.RuneStart(text[cut]) {
				cut--
			}
			if k := strings.LastIndexByte(text[sp.start:cut], ' '); k > 0 {
				cut = sp.start + k
			}
			out = append(out, span{sp.start, cut})
			sp.start = cut
			for sp.start < sp.end && text[sp.start] == ' ' {
				sp.start++
			}
		}
		out = append(out, sp)
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func abbreviationBefore(text string, from, dot int) bool {
	k := dot
	for k > from {
		r, n := utf8.DecodeLastRuneInString(text[from:k])
		if !isWordRune(r) && r != '.' {
			break
		}
		k -= n
	}
	w := text[k:dot]
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) {
		return true
	}
	if initials(w) {
		return true // "S.B. Chavan", "J.E.A. Wey": initials, not a sentence's end
	}
	return abbreviations[strings.ToLower(w)]
}

// initials reports whether w is capital letters joined by dots: "S.B",
// "J.E.A".
func initials(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 || !unicode.IsUpper(firstRune(p)) {
			return false
		}
	}
	return true
}
