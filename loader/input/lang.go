package input

import (
	"strings"
	"unicode"
)

// notEnglish tells whether a text is written in another language than
// English, and which it looks like. It counts the commonest function words
// of a few languages that communiqués of the field are published in, and
// the scripts of the letters: English prose has a third or more of its
// words among its function words, other languages a few in a hundred. Texts
// too short to tell pass.
func notEnglish(text string) (string, bool) {
	var words, letters int
	scripts := map[string]int{}
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		w = strings.ToLower(strings.Trim(w, "'"))
		if w == "" {
			continue
		}
		words++
		for _, r := range w {
			letters++
			switch {
			case unicode.Is(unicode.Arabic, r):
				scripts["Arabic"]++
			case unicode.Is(unicode.Cyrillic, r):
				scripts["Russian (Cyrillic script)"]++
			case unicode.Is(unicode.Han, r):
				scripts["Chinese"]++
			case unicode.Is(unicode.Hebrew, r):
				scripts["Hebrew"]++
			}
		}
		for lang, set := range functionWords {
			if set[w] {
				counts[lang]++
			}
		}
	}
	for s, n := range scripts {
		if n*2 > letters {
			return s, true
		}
	}
	if words < 40 {
		return "", false
	}
	if float64(counts["English"]) >= 0.12*float64(words) {
		return "", false
	}
	best, bestN := "", 0
	for lang, n := range counts {
		if lang != "English" && (n > bestN || n == bestN && lang < best) {
			best, bestN = lang, n
		}
	}
	if float64(bestN) < 0.12*float64(words) {
		return "an unrecognised language", true
	}
	return best, true
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// functionWords are each language's commonest short words, those that
// carry no subject and so occur in any text.
var functionWords = map[string]map[string]bool{
	"English":    set("the of and to in a is that for on with by as was were its at from which this be has have it are an will said their his her who been not or"),
	"French":     set("le la les de des du et en un une est que qui dans pour sur par au aux avec il elle ont sont ce cette ses leur"),
	"Spanish":    set("el la los las de del y en un una es que por con para se su sus al lo como fue han"),
	"German":     set("der die das und in den von zu mit ist im dem nicht ein eine des auf für sich auch bei wurde"),
	"Italian":    set("il di che la le della delle del e in per un una con sono è non dei gli alla"),
	"Portuguese": set("o os a as de do da dos das e em um uma que para com por no na é não"),
	"Turkish":    set("ve bir bu da de ile için olarak olan gibi daha çok en ama ya"),
}
