package main

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/actorgraph/kg/graph"
)

// key is the form under which two names are the same name: the extractor's
// own (graph.NameKey: case, diacritics, hyphens and quotes ignored), so that
// no alias is kept that the extractor could not tell from another.
func key(s string) string { return graph.NameKey(s) }

// clean trims s and makes every run of white space one space.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// latin reports whether s is written in the Latin script: letters of the
// Latin script (IPA symbols excepted, since world-countries gives some
// pronunciations), combining marks, spaces and the punctuation of place names.
// Digits and brackets are allowed only in main names ("10th of Ramadan").
func latin(s string, main bool) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r == 'ə' || r == 'Ə': // Azerbaijani
			letters++
		case r >= 0x250 && r <= 0x2AF: // IPA extensions
			return false
		case unicode.Is(unicode.Latin, r):
			letters++
		case unicode.Is(unicode.Mn, r), r == ' ', r == '-', r == '.', strings.ContainsRune("'’‘ʻʼʿʾ`", r):
		case main && (unicode.IsDigit(r) || r == '(' || r == ')' || r == ','):
		default:
			return false
		}
	}
	return letters > 0
}

// code reports whether s looks like a code or an abbreviation ("JED", "SD",
// "USA"): it has no lower-case letter. GeoNames lists airport codes among
// alternate names.
func code(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// usable reports whether s can be an alias at all: Latin script, not a code,
// at least one capital letter (GeoNames' all-lower-case alternates are
// machine romanizations of other scripts: "wei duo li ya"), and nothing that
// would break the file's format.
func usable(s string) bool {
	if s == "" || !latin(s, false) || code(s) || strings.ContainsAny(s, "\t;,") {
		return false
	}
	// "El'-Fashir", "Kh'oms", "Ehrbil'": the soft sign of a Russian
	// romanization. A final apostrophe after a vowel is a hamza ("Karbala'").
	if strings.Contains(s, "'-") || strings.Contains(s, "h'") {
		return false
	}
	if last, ok := strings.CutSuffix(s, "'"); ok {
		if k := key(last); k == "" || !vowel(rune(k[len(k)-1])) {
			return false
		}
	}
	if !strings.ContainsFunc(s, unicode.IsUpper) {
		return false
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// names keeps a list of names distinct under key; the first name added is
// the entry's main name, which never counts against the limit.
type names struct {
	seen  map[string]bool
	list  []string
	limit int
}

func newNames(main string, limit int) *names {
	return &names{seen: map[string]bool{key(main): true}, limit: limit}
}

// add appends s unless it is a duplicate, the list is full, or s is an
// ordinary English word: a town may be called "Male", but as an alias "Male"
// would turn every "male" in a text into a mention.
func (n *names) add(s string, words map[string]bool) bool {
	k := key(s)
	if len(n.list) >= n.limit || n.seen[k] || words[k] {
		return false
	}
	n.seen[k] = true
	n.list = append(n.list, s)
	return true
}

// articles are the romanized forms of the Arabic article, assimilated or not,
// that a spelling may have or drop: "Ar Raqqah" and "Raqqa" are spellings of
// one name.
var articles = map[string]bool{
	"al": true, "el": true, "ar": true, "as": true, "ad": true, "an": true, "at": true, "az": true,
	"ash": true, "adh": true, "ath": true, "ed": true, "es": true, "et": true, "ez": true, "en": true, "er": true,
}

// digraphs are spellings of one sound that English romanizations use
// interchangeably ("Douma", "Duma"; "Ghazza", "Gaza"), each reduced to one
// letter so that they cost nothing. The conventions of other languages
// ("Dj", "Dsch", "Dzh", "Kh" for h) are left to cost an edit.
var digraphs = strings.NewReplacer("ou", "u", "oo", "u", "ee", "i", "ph", "f", "gh", "g", "dh", "d", "th", "t")

// skeleton reduces a name to what English romanizations of it share:
// folded, lower case, letters only, without a leading article, with the
// digraphs above and the letters q/c/k, y/i, w/u merged, doubled letters single
// and a final h after a vowel dropped ("Jeddah" → "jeda", "Ar Raqqah" →
// "raka").
func skeleton(s string) string {
	words := strings.Fields(strings.ReplaceAll(key(s), ".", " "))
	if len(words) > 1 && articles[words[0]] {
		words = words[1:]
	}
	var letters strings.Builder
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters.WriteRune(r)
			}
		}
	}
	t := digraphs.Replace(letters.String())
	var b []rune
	for _, r := range t {
		switch r {
		case 'q', 'c':
			r = 'k'
		case 'y':
			r = 'i'
		case 'w':
			r = 'u'
		}
		if len(b) > 0 && b[len(b)-1] == r {
			continue
		}
		b = append(b, r)
	}
	if n := len(b); n > 2 && b[n-1] == 'h' && vowel(b[n-2]) {
		b = b[:n-1]
	}
	return string(b)
}

func vowel(r rune) bool { return strings.ContainsRune("aeiou", r) }

// spellingCost is an edit distance between two skeletons in half-steps:
// changing, adding or dropping a vowel (or an h) costs 1, any other edit 2,
// because romanizations disagree most about vowels.
func spellingCost(a, b string) int {
	x, y := []rune(a), []rune(b)
	soft := func(r rune) bool { return vowel(r) || r == 'h' }
	indel := func(r rune) int {
		if soft(r) {
			return 1
		}
		return 2
	}
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := 1; j <= len(y); j++ {
		prev[j] = prev[j-1] + indel(y[j-1])
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = prev[0] + indel(x[i-1])
		for j := 1; j <= len(y); j++ {
			sub := 0
			if x[i-1] != y[j-1] {
				sub = 2
				if soft(x[i-1]) && soft(y[j-1]) {
					sub = 1
				}
			}
			cur[j] = min(prev[j-1]+sub, prev[j]+indel(x[i-1]), cur[j-1]+indel(y[j-1]))
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

// sameName reports whether b is a spelling of the name a (a transliteration
// variant, the name with or without its article, a local form close to the
// English one) rather than another name for the place (a historical or
// foreign exonym: "Byzantium" for Istanbul), and how far apart they are.
// The allowance is one vowel edit per four letters (a consonant edit counts
// two), at least one: "Jiddah" and "Jedda" are spellings of "Jeddah",
// "Gedda" and "Dschidda" are not.
func sameName(a, b string) (cost int, ok bool) {
	sa, sb := skeleton(a), skeleton(b)
	if sa == "" || sb == "" {
		return 0, false
	}
	cost = spellingCost(sa, sb)
	allowed := max(1, max(len([]rune(sa)), len([]rune(sb)))/4)
	return cost, cost <= allowed
}

// inflected reports whether b is a form of a that only another language
// would write: a with a few letters added or cut at the end ("Idlibas",
// "Teherano", "Damascu": case endings and GeoNames' truncations), or a with
// another final vowel ("Nica", "Ankaro", "Tripolo"). Endings that English
// romanizations differ in cost nothing in the skeleton and are kept
// ("Hamah", "Hama"; "Latakia", "Latakiya").
func inflected(a, b string) bool {
	if extended(a, b) || extended(b, a) {
		return true
	}
	sa, sb := skeleton(a), skeleton(b)
	stem := func(s string) string { return strings.TrimRight(s, "aeiouh") }
	return sa != sb && stem(sa) == stem(sb)
}

// extended reports whether b is a with one to three letters added at the
// end, other than a final h.
func extended(a, b string) bool {
	ka, kb := key(a), key(b)
	tail, ok := strings.CutPrefix(kb, ka)
	return ok && len(ka) >= 3 && tail != "" && tail != "h" && len(tail) <= 3
}

// foreign reports whether alias is spelt by the conventions of another
// European language where main is not ("Dschidda", "Djeddah", "Omdoerman",
// "Vashington", "Latakija", "Damaskus", "Ehrbil"): such forms are other
// languages' names for the place, not spellings an English text uses.
func foreign(alias, main string) bool {
	a, m := key(alias), key(main)
	for _, mark := range []string{"dj", "dzh", "dsch", "tsch", "sch", "tch", "cch", "cz", "sz", "zs", "ij", "oe", "ue", "ae"} {
		if strings.Contains(a, mark) && !strings.Contains(m, mark) {
			return true
		}
	}
	// Letters for the same sound: v for w, j for y or i, k for c, c for k,
	// ch for kh.
	for _, pair := range [][2]string{{"v", "w"}, {"j", "y"}, {"j", "i"}, {"k", "c"}, {"c", "k"}, {"ch", "kh"}} {
		if strings.Contains(a, pair[0]) && !strings.Contains(m, pair[0]) && strings.Contains(m, pair[1]) {
			return true
		}
	}
	// "Eh" before a consonant renders the Russian Э ("Ehrbil", "Ehd-Damer").
	for i := 0; i+2 < len(a); i++ {
		next := rune(a[i+2])
		if a[i:i+2] == "eh" && 'a' <= next && next <= 'z' && !vowel(next) && next != 'h' && !strings.Contains(m, a[i:i+3]) {
			return true
		}
	}
	return false
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// spellings returns the candidates that are spellings of main, best first:
// closest in skeleton, plain ASCII before diacritics, then fewest edits of
// the written form.
func spellings(main string, candidates []string) []string {
	type scored struct {
		name      string
		cost, raw int
		ascii     bool
	}
	var usableCandidates []string
	for _, c := range candidates {
		if c = clean(c); usable(c) && key(c) != key(main) {
			usableCandidates = append(usableCandidates, c)
		}
	}
	var accepted []string
	costs := map[string]int{}
	for _, c := range usableCandidates {
		if cost, ok := sameName(main, c); ok && !inflected(main, c) && !foreign(c, main) {
			accepted = append(accepted, c)
			costs[c] = cost
		}
	}
	var out []scored
	mainPlain := plain(main)
candidates:
	for _, c := range accepted {
		// "Teherano" is "Teheran", itself a spelling of "Tehran", with an
		// ending.
		for _, other := range accepted {
			if other != c && extended(other, c) {
				continue candidates
			}
		}
		out = append(out, scored{c, costs[c], levenshtein(plain(c), mainPlain), ascii(c)})
	}
	slices.SortFunc(out, func(a, b scored) int {
		if c := cmp.Compare(a.cost, b.cost); c != 0 {
			return c
		}
		if a.ascii != b.ascii {
			if a.ascii {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(a.raw, b.raw); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	names := make([]string, len(out))
	for i, s := range out {
		names[i] = s.name
	}
	return names
}

// plain is the letters of a name's key without its article: what the
// written forms of two spellings are compared on ("Raqqa" is closer to
// "Ar Raqqah" than "Al-Rakka" is).
func plain(s string) string {
	words := strings.Fields(strings.ReplaceAll(key(s), ".", " "))
	if len(words) > 1 && articles[words[0]] {
		words = words[1:]
	}
	return strings.Join(words, "")
}

func levenshtein(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			sub := 1
			if x[i-1] == y[j-1] {
				sub = 0
			}
			cur[j] = min(prev[j-1]+sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

// genericPrefixes and genericSuffixes are the words GeoNames adds to a
// subdivision's name that texts usually leave out ("Idlib Governorate",
// "Lagos State"). "City" is not one: "Ho Chi Minh City" without it is a man.
var (
	genericPrefixes = []string{"Municipality of ", "State of ", "Province of ", "Republic of "}
	genericSuffixes = []string{
		" Governorate", " Province", " Region", " Oblast", " oblast", " Krai", " Kray", " District",
		" Prefecture", " Department", " Municipality", " Parish", " Division", " Republic", " County", " State",
	}
)

// shortForm returns name without its generic prefix or suffix, or "" when
// it has none or what is left is no name ("Jewish Autonomous").
func shortForm(name string) string {
	for _, p := range genericPrefixes {
		if rest, ok := strings.CutPrefix(name, p); ok && rest != "" {
			return rest
		}
	}
	for _, s := range genericSuffixes {
		if rest, ok := strings.CutSuffix(name, s); ok && rest != "" && !strings.HasSuffix(rest, " Autonomous") {
			return rest
		}
	}
	return ""
}
