package graph

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Search matches names by tokens rather than by whole NameKeys, so that the
// spellings one name gets in Latin letters meet: Arabic, Persian and Turkic
// names are transliterated by ear, and the same person is Mohamed in one
// communiqué and Muhammad in the next. Each token of a name is reduced to a
// skeleton that keeps what transliterations agree on (the consonants, and
// where the vowels are) and drops what they do not (which vowel, doubled
// letters, a few digraphs). Both stores index these skeletons and rank the
// entities that share one with a query by SearchScore, so that they give the
// same answers.

// SearchTokens returns the search tokens of a name, each once, in the order
// they first occur. The name is folded as NameKey folds it (case,
// diacritics, quotes) and split into words at every character that is not a
// letter or a digit; a period between two letters joins them, so "U.N." is
// "un". Then:
//
//   - Articles are dropped: "al" and "el" wherever they stand, the
//     assimilated forms of the Arabic article ("ad", "ar", "as", "ash", "at",
//     "az", "an" and their e- and u- spellings) only when a hyphen joins them
//     to the next word, as in as-Sadr ("as" alone is an English word), and a
//     leading "the". A name made only of articles keeps them.
//   - "abd" compounds are split the same way however they are written:
//     Abdelaziz, Abdul-Aziz and Abd al-Aziz all give "abd" and "aziz"'s
//     skeleton; the Abdullah family (abd + allah) stays one word.
//   - Words in Arabic script lose their article "ال" when at least three
//     letters remain, and alef maksura and teh marbuta are written as yeh and
//     heh, as search engines normalise Arabic (Lucene's
//     ArabicNormalizationFilter does the same).
//   - Words of Latin letters become their skeleton (see skeleton): for
//     example Mohammed, Muhammad and Mohamed all give "mahamad", Qaddafi and
//     Kadhafi "kadafa", Hussein, Husayn and Houssein "hasayn", Haddad and
//     Hadad "hadad". Other words (digits, other scripts) stay as folded.
//   - A token keeps its first 64 letters only.
func SearchTokens(name string) []string {
	return dedupeTokens(searchTokens(name))
}

// searchWord is a word of a name before articles are dropped: hyphen says
// whether a hyphen joins it to the next word.
type searchWord struct {
	text   string
	hyphen bool
}

// searchTokens returns the tokens of a name in order, repeats included, so
// that the last one is the word a user is still typing.
func searchTokens(name string) []string {
	words := splitWords(name)
	var kept []string
	for i, w := range words {
		if isArticle(w, i == 0 && len(words) > 1) {
			continue
		}
		kept = append(kept, w.text)
	}
	if len(kept) == 0 {
		// A name made of articles only is still a name.
		for _, w := range words {
			kept = append(kept, w.text)
		}
	}
	var out []string
	for _, w := range kept {
		for _, part := range splitAbd(w) {
			out = append(out, truncateRunes(tokenSkeleton(part), maxSearchToken))
		}
	}
	return out
}

// maxSearchToken bounds a token, in letters: no word is longer, and full-text
// engines split longer ones (Lucene's tokenizers at 255 characters), which
// would make a store that uses one answer otherwise.
const maxSearchToken = 64

func truncateRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// splitWords folds s and cuts it into words.
func splitWords(s string) []searchWord {
	runes := []rune(latinLetters.Replace(strings.ToLower(Fold(s))))
	var words []searchWord
	var cur strings.Builder
	end := func(hyphen bool) {
		if cur.Len() > 0 {
			words = append(words, searchWord{text: normaliseArabic(cur.String()), hyphen: hyphen})
			cur.Reset()
		}
	}
	for i, r := range runes {
		switch {
		case isQuote(r), r == '\u0640': // quotes and the Arabic tatweel join
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur.WriteRune(r)
		case r == '.' && i > 0 && i+1 < len(runes) && unicode.IsLetter(runes[i-1]) && unicode.IsLetter(runes[i+1]):
			// U.N., N.A.T.O.: one word
		case r == '-' || r == '‐' || r == '‑' || r == '–':
			end(true)
		default:
			end(false)
		}
	}
	end(false)
	return words
}

// latinLetters spells out the Latin letters that have no decomposition,
// and so survive Fold, as the ASCII letters their names are also written
// with (Kılıç, Łódź, Søren, Straße).
var latinLetters = strings.NewReplacer("ı", "i", "ł", "l", "ø", "o", "đ", "d", "ð", "d", "ß", "ss",
	"æ", "ae", "œ", "oe", "þ", "th")

// hyphenArticles are the spellings of the Arabic article assimilated to the
// next word's first letter (ad-Din, ash-Sham, as-Sadr, ud-Din, ul-Haq).
var hyphenArticles = []string{
	"ad", "ar", "as", "ash", "at", "ath", "az", "an", "adh",
	"ed", "er", "es", "esh", "et", "ez", "en",
	"ud", "ur", "us", "ush", "ut", "uz", "un", "ul",
}

// isArticle reports whether word w is an article that search ignores;
// leading says whether it starts a name of several words.
func isArticle(w searchWord, leading bool) bool {
	switch {
	case w.text == "al" || w.text == "el":
		return true
	case leading && w.text == "the":
		return true
	case w.hyphen:
		return slices.Contains(hyphenArticles, w.text)
	}
	return false
}

// The spellings of the article after "abd" in joined compounds, longest
// first.
var abdArticles = []string{"oul", "ul", "el", "al", "ol", "il", "ou", "u", "e", "a", "o", "i"}

// abdWords are the ways "abd" with its article is written as a word of its
// own (Abdul Aziz, Abdel-Karim, Abdur Rahman).
var abdWords = []string{"abdel", "abdul", "abdal", "abdol", "abdoul", "abdil", "abdu", "abdur", "abder",
	"abdar", "abdus", "abdes", "abdas", "abdush", "abdesh", "abdun", "abden", "abdut", "abdet", "abduz", "abdez"}

// splitAbd writes "abd" compounds (servant of ...) one way: the article is
// dropped and the name after it is a word of its own. Abdullah and its
// spellings (abd + allah) are a name, not a compound, and stay whole; so do
// words where the rest is too short to be a name.
func splitAbd(w string) []string {
	if slices.Contains(abdWords, w) {
		return []string{"abd"}
	}
	if !strings.HasPrefix(w, "abd") || !isLatin(w) {
		return []string{w}
	}
	rest := w[3:]
	for _, a := range abdArticles {
		r, ok := strings.CutPrefix(rest, a)
		if !ok || len(r) < 2 {
			continue
		}
		// A single vowel is an article only before the doubled letter of
		// assimilation (Abdurrahman, Abdennour).
		if len(a) == 1 && (len(r) < 3 || r[0] != r[1]) {
			continue
		}
		if r[0] == 'l' && strings.HasPrefix(strings.TrimLeft(r, "l"), "a") && len(strings.TrimLeft(r, "l")) <= 3 {
			return []string{w} // Abdullah, Abdallah, Abdellah, Abdullahi
		}
		if len(r) >= 2 && r[0] == r[1] {
			r = r[1:]
		}
		return []string{"abd", r}
	}
	return []string{w}
}

// normaliseArabic writes alef maksura as yeh, teh marbuta as heh, and drops
// the article of a word in Arabic script.
func normaliseArabic(w string) string {
	if !strings.ContainsFunc(w, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
		return w
	}
	w = strings.NewReplacer("ى", "ي", "ة", "ه").Replace(w)
	if rest, ok := strings.CutPrefix(w, "ال"); ok && utf8.RuneCountInString(rest) >= 3 {
		return rest
	}
	return w
}

func isLatin(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// tokenSkeleton returns the skeleton of a word of Latin letters, and any
// other word as it is.
func tokenSkeleton(w string) string {
	if !isLatin(w) {
		return w
	}
	return skeleton(w)
}

// skeletonDigraphs are written one way: ph as in Sophia, dj as French
// writes the Arabic jim (Djibouti), dh as in Kadhafi and Ramadhan, ck, and q
// as k (Qatar, Iraq, Qaeda); ou, oo and ee are single vowels (Youssef,
// Dawood, Shareef).
var skeletonDigraphs = strings.NewReplacer("ph", "f", "dj", "j", "dh", "d", "ck", "k", "q", "k",
	"ou", "u", "oo", "u", "ee", "i")

// skeleton reduces a word of Latin letters to what its transliterations
// share:
//
//  1. the digraphs of skeletonDigraphs are written one way;
//  2. doubled letters are written once (Haddad, Mohammed, Assad);
//  3. an h that ends the word after a vowel is dropped (Fatimah,
//     Hezbollah, Abdallah);
//  4. every run of vowels becomes "a" when it is one letter and "ay" when it
//     is more (a diphthong or two vowels in a row). y is a vowel except at
//     the start of a word or before a vowel.
//
// Step 4 drops which vowel a word has, because transliterations disagree on
// exactly that (Arabic writes no short vowels): Mohamed and Muhammad,
// Hezbollah and Hizbullah, Osama and Usama meet. It keeps where vowels are
// and whether a vowel is one letter or two, so Niger and Nigeria, Mali and
// Malay, Saad and Said stay apart. Consonants are never merged except
// by step 1: Gaddafi keeps its g, Cherif its ch.
func skeleton(w string) string {
	w = skeletonDigraphs.Replace(w)
	b := []byte(w)
	// 2. doubled letters once
	n := 0
	for i, c := range b {
		if i > 0 && c == b[i-1] {
			continue
		}
		b[n] = c
		n++
	}
	b = b[:n]
	// 3. a final h after a vowel
	if n := len(b); n >= 2 && b[n-1] == 'h' && isVowelAt(b, n-2) {
		b = b[:n-1]
	}
	// 4. vowel runs
	var out strings.Builder
	out.Grow(len(b) + 1)
	run := 0
	flush := func() {
		switch {
		case run == 1:
			out.WriteByte('a')
		case run > 1:
			out.WriteString("ay")
		}
		run = 0
	}
	for i := range b {
		if isVowelAt(b, i) {
			run++
			continue
		}
		flush()
		out.WriteByte(b[i])
	}
	flush()
	return out.String()
}

// isVowelAt reports whether b[i] is a vowel: a, e, i, o, u, and y except
// at the start or before a vowel, where it is a consonant (Yusuf, Sayed).
func isVowelAt(b []byte, i int) bool {
	switch b[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	case 'y':
		if i == 0 {
			return false
		}
		if i+1 < len(b) {
			switch b[i+1] {
			case 'a', 'e', 'i', 'o', 'u':
				return false
			}
		}
		return true
	}
	return false
}

// SearchMinPrefix is the length, in letters, that the word a user is still
// typing (the last token of a query) needs before it is completed to the
// tokens it begins: shorter, it matches whole tokens only, since a letter
// or two begins too many names to be worth ranking.
const SearchMinPrefix = 2

// SearchTerms says what a store looks up to find the candidates of a
// search: the entities one of whose names has a token in whole, or a token
// that begins with prefix (empty when the last token is shorter than
// SearchMinPrefix). Every entity SearchScore gives more than zero is such a
// candidate. A query without letters or digits has no terms and matches
// nothing.
func SearchTerms(query string) (whole []string, prefix string) {
	q := searchTokens(query)
	if len(q) == 0 {
		return nil, ""
	}
	for _, t := range q {
		if !slices.Contains(whole, t) {
			whole = append(whole, t)
		}
	}
	if last := q[len(q)-1]; utf8.RuneCountInString(last) >= SearchMinPrefix {
		prefix = last
	}
	return whole, prefix
}

// The tiers of SearchScore, best first.
const (
	scoreMainName  = 5
	scoreAlias     = 4
	scoreAllTokens = 3
	scorePrefixes  = 2
	scoreSome      = 1
)

// SearchScore says how well query matches an entity with the given names
// (its name first, then its aliases); 0 means not at all. Scores fall in
// tiers, each better than every score of the tiers below it:
//
//   - 5: the query's NameKey is the NameKey of the name;
//   - 4: it is the NameKey of an alias;
//   - 3 to 3.5: every query token (see SearchTokens) is a token of one of the
//     names, 3 + 0.5/(1+extra) where extra counts that name's tokens the
//     query does not have, so that the shortest name that holds the query
//     ranks first;
//   - 2 to 2.5: every query token is a token or begins a token of one of the
//     names ("hadd" begins Haddadin's), ranked by extra tokens the same way; a
//     token begins another only if it has SearchMinPrefix letters;
//   - 1 to 1.5: some query tokens are tokens of a name, or the last begins
//     one, 1 + 0.5*matched/tokens.
//
// Token tiers take the best of the names. The score depends only on its
// arguments, so every store ranks alike: hits by score, best first, then by
// entity id.
func SearchScore(query string, names []string) float64 {
	return NewSearchScorer(query).Score(names)
}

// SearchScorer scores names against one query as SearchScore does, with
// the query's tokens and NameKey worked out once, for a store that scores
// thousands of candidates of the same query.
type SearchScorer struct {
	q   []string
	key string
}

// NewSearchScorer prepares the scoring of names against query.
func NewSearchScorer(query string) *SearchScorer {
	q := searchTokens(query)
	if len(q) == 0 {
		return &SearchScorer{}
	}
	return &SearchScorer{q: q, key: NameKey(query)}
}

// Score is SearchScore(query, names).
func (s *SearchScorer) Score(names []string) float64 {
	return s.ScoreNames(NewSearchNames(names))
}

// SearchNames is what scoring needs of an entity's names, worked out once:
// each name's NameKey and SearchTokens, the main name first. A store may
// keep it beside its search index, so that a search scores thousands of
// candidates without folding and splitting their names each time.
type SearchNames struct {
	Keys   []string
	Tokens [][]string
}

// NewSearchNames prepares names, the main name first, for scoring.
func NewSearchNames(names []string) SearchNames {
	n := SearchNames{Keys: make([]string, len(names)), Tokens: make([][]string, len(names))}
	for i, name := range names {
		n.Keys[i], n.Tokens[i] = NameKey(name), SearchTokens(name)
	}
	return n
}

// ScoreNames is Score of the names n was prepared from.
func (s *SearchScorer) ScoreNames(n SearchNames) float64 {
	q, key := s.q, s.key
	if len(q) == 0 || len(n.Keys) == 0 {
		return 0
	}
	if n.Keys[0] == key {
		return scoreMainName
	}
	for _, k := range n.Keys[1:] {
		if k == key {
			return scoreAlias
		}
	}
	best := 0.0
	for _, tokens := range n.Tokens {
		if s := tokenScore(q, tokens); s > best {
			best = s
		}
	}
	return best
}

// tokenScore scores query tokens q (in order, repeats included) against the
// distinct tokens of one name.
func tokenScore(q, name []string) float64 {
	if len(name) == 0 {
		return 0
	}
	distinct := dedupeTokens(q)
	begins := func(t, n string) bool {
		return t == n || utf8.RuneCountInString(t) >= SearchMinPrefix && strings.HasPrefix(n, t)
	}
	// name's tokens are distinct: which of them the query uses, by index
	var stack [2 * 16]bool
	used := stack[:]
	if len(name) > len(stack)/2 {
		used = make([]bool, 2*len(name))
	}
	usedWhole, usedPrefix := used[:len(name)], used[len(name):2*len(name)]
	whole, prefixed, nWhole, nPrefix := 0, 0, 0, 0
	for _, t := range distinct {
		w, p := false, false
		for i, n := range name {
			if t == n {
				w = true
				if !usedWhole[i] {
					usedWhole[i] = true
					nWhole++
				}
			}
			if begins(t, n) {
				p = true
				if !usedPrefix[i] {
					usedPrefix[i] = true
					nPrefix++
				}
			}
		}
		if w {
			whole++
		}
		if p {
			prefixed++
		}
	}
	switch {
	case whole == len(distinct):
		return scoreAllTokens + 0.5/float64(1+len(name)-nWhole)
	case prefixed == len(distinct):
		return scorePrefixes + 0.5/float64(1+len(name)-nPrefix)
	}
	matched := whole
	last := q[len(q)-1]
	if !slices.Contains(name, last) && slices.ContainsFunc(name, func(n string) bool { return begins(last, n) }) {
		matched++
	}
	if matched == 0 {
		return 0
	}
	return scoreSome + 0.5*float64(matched)/float64(len(distinct))
}

func dedupeTokens(q []string) []string {
	var out []string
	for _, t := range q {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
