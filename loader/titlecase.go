package loader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// displayTitle gives a headline set all in capitals the capitals a reader
// expects ("FINAL COMMUNIQUÉ OF THE EXTRAORDINARY SUMMIT" reads "Final
// Communiqué of the Extraordinary Summit"): the small words of English
// headlines go lower case except first and after a colon or a dash; a
// word the text's body also writes in capitals ("SADC", "UN"), a Roman
// numeral and a word with a digit keep their capitals. A headline with any
// lower-case letter is left as written. The document's id is read from the
// headline as written, so a graph loaded before keeps its ids.
func displayTitle(title, body string) string {
	if !hasLetter(title) || strings.IndexFunc(title, unicode.IsLower) >= 0 {
		return title
	}
	fields := strings.Fields(title)
	for i, f := range fields {
		first := i == 0 || strings.HasSuffix(fields[i-1], ":") || fields[i-1] == "–" || fields[i-1] == "—" || fields[i-1] == "-"
		fields[i] = titleWord(f, first, body)
	}
	return strings.Join(fields, " ")
}

// smallTitleWords are the words English headlines write in lower case
// inside a title.
var smallTitleWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "nor": true, "but": true, "of": true, "on": true,
	"in": true, "to": true, "for": true, "at": true, "by": true, "with": true, "from": true, "into": true, "onto": true,
	"over": true, "after": true, "as": true, "per": true, "via": true, "upon": true, "against": true, "between": true,
	"its": true, "their": true, "his": true, "her": true, "de": true, "du": true, "des": true, "la": true, "le": true,
	"les": true, "et": true, "del": true, "y": true, "e": true, "do": true, "da": true, "dos": true, "das": true,
}

// romanNumeral matches a Roman numeral below 400 written in capitals, as
// "XLIII": a session's number. (Higher ones, "MIX", "DC", are words or
// acronyms far more often.)
var romanNumeral = regexp.MustCompile(`^C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$`)

// dottedAbbreviation matches initials with full stops, as "U.S." or "A.B.C.".
var dottedAbbreviation = regexp.MustCompile(`^(?:\p{Lu}\.)+\p{Lu}?\.?$`)

// titleWord is one word of an all-capitals headline as displayTitle writes
// it; punctuation around it stays.
func titleWord(f string, first bool, body string) string {
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	start := strings.IndexFunc(f, alnum)
	if start < 0 || !hasLetter(f) {
		return f
	}
	end := strings.LastIndexFunc(f, alnum)
	_, w := utf8.DecodeRuneInString(f[end:])
	end += w
	for end < len(f) && f[end] == '.' && strings.EqualFold(f[start:end], "no") {
		end++ // "No."
	}
	core := f[start:end]
	lower := strings.ToLower(core)
	switch {
	case core != "I" && romanNumeral.MatchString(core):
		// "XLIII Summit": a Roman numeral keeps its capitals
	case !first && smallTitleWords[lower]:
		core = lower
	case len([]rune(core)) > 1 && capitalsInBody(core, body):
		// "SADC", "FRELIMO": the body writes it so too
	default:
		core = capitalisedParts(core)
	}
	return f[:start] + core + f[end:]
}

// capitalisedParts writes a word in capitals with only its first letter
// and that of each part after a dash capitalised ("INTER-TOGOLESE" reads
// "Inter-Togolese"); "CO-OPERATION" keeps "operation" lower case, as
// English does, initials with full stops ("U.S.-CHINA") keep theirs, and
// a part with a digit is ordinalSuffixLower's ("60-DAY" reads "60-Day").
func capitalisedParts(w string) string {
	var b strings.Builder
	first, prefix := true, false
	for len(w) > 0 {
		part := w
		i := strings.IndexFunc(w, isDash)
		if i >= 0 {
			part = w[:i]
		}
		if part != "" {
			lp := strings.ToLower(part)
			switch {
			case dottedAbbreviation.MatchString(part):
				b.WriteString(part)
			case strings.IndexFunc(part, unicode.IsDigit) >= 0:
				b.WriteString(ordinalSuffixLower(part))
			case !first && prefix:
				b.WriteString(lp)
			default:
				r := []rune(lp)
				r[0] = unicode.ToUpper(r[0])
				b.WriteString(string(r))
			}
			if first {
				first, prefix = false, lp == "co" || lp == "re" || lp == "pre"
			}
		}
		if i < 0 {
			break
		}
		_, dw := utf8.DecodeRuneInString(w[i:])
		b.WriteString(w[i : i+dw])
		w = w[i+dw:]
	}
	return b.String()
}

// ordinalSuffixLower writes the suffix of an ordinal number in lower case
// ("10TH" reads "10th", "1,156TH" "1,156th") and keeps every other
// capital of a word with a digit ("G7", "047/PM/SP/2009").
func ordinalSuffixLower(w string) string {
	d := strings.LastIndexFunc(w, unicode.IsDigit)
	_, dw := utf8.DecodeRuneInString(w[d:])
	if suffix := strings.ToLower(w[d+dw:]); suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" {
		return w[:d+dw] + suffix
	}
	return w
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' }

// capitalsInBody reports whether the body writes the word in capitals as a
// word of its own, as an acronym is, outside a line all in capitals.
func capitalsInBody(w, body string) bool {
	return wordIndex(body, w, func(i int) bool { return !allCapsLine(body, i) }) >= 0
}

// allCapsLine reports whether the line holding byte i is written all in
// capitals, as headlines and letterheads are: a word there is no acronym.
func allCapsLine(s string, i int) bool {
	from := strings.LastIndexByte(s[:i], '\n') + 1
	to := strings.IndexByte(s[i:], '\n')
	if to < 0 {
		to = len(s)
	} else {
		to += i
	}
	return strings.IndexFunc(s[from:to], unicode.IsLower) < 0
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }
