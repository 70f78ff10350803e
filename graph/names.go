package graph

import (
	"strconv"
	"strings"
	"unicode"
)

// Fold returns s in Unicode NFKD form with combining marks dropped
// ("Çavuşoğlu" becomes "Cavusoglu"). The table comes from golang.org/x/text
// through internal/foldgen; marks already decomposed in s are dropped here.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := foldTable[r]; ok {
			b.WriteString(f)
		} else if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// NameKey is the normal form under which names are matched, as EXTRACTION.md
// defines it: folded, lower case, apostrophes and quotes removed, hyphens and
// runs of white space made one space, a leading "the " dropped. Two names
// with the same key are the same name.
func NameKey(s string) string {
	s = strings.ToLower(Fold(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isQuote(r):
			continue
		case r == '-' || r == '‐' || r == '‑' || r == '–' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return strings.TrimPrefix(b.String(), "the ")
}

func isQuote(r rune) bool {
	switch r {
	case '\'', '"', '`', '´', '‘', '’', '‚', '‛', '“', '”', '„', '‟', '′', '″', '«', '»', 'ʼ', 'ʻ', 'ʿ', 'ʾ':
		return true
	}
	return false
}

// Slug turns a name into the tail of an id: its NameKey with every run of
// characters other than letters and digits made one hyphen. Letters of any
// script are kept, so names in Arabic script get ids too.
func Slug(s string) string {
	key := NameKey(s)
	var b strings.Builder
	b.Grow(len(key))
	dash := false
	for _, r := range key {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// EntityID is the stable id of an entity: its type in lower case and the slug
// of its canonical name, e.g. "person:nasr-al-hariri". The same canonical name
// gives the same id in every document, which is what links facts across
// documents.
func EntityID(t EntityType, canonicalName string) string {
	prefix, ok := idPrefixes[t]
	if !ok {
		prefix = strings.ToLower(string(t))
	}
	return prefix + ":" + Slug(canonicalName)
}

// idPrefixes holds each type's lower-case id prefix, since the loader
// makes an id for every name it meets.
var idPrefixes = func() map[EntityType]string {
	m := make(map[EntityType]string, len(EntityTypes))
	for _, t := range EntityTypes {
		m[t] = strings.ToLower(string(t))
	}
	return m
}()

// SessionMeetingID is the id of a numbered session of a body, e.g.
// "meeting:syrian-coalition-general-assembly:42".
func SessionMeetingID(bodyID string, session int) string {
	return "meeting:" + idTail(bodyID) + ":" + strconv.Itoa(session)
}

// Ordinal writes a session number as communiqués do: 1st, 2nd, 3rd, 11th,
// 42nd.
func Ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// DocumentID is the id of a communiqué: what it is (its publication date and
// title), not where it was read from, so the same communiqué read from two
// paths is one document and an edited version replaces the old one.
func DocumentID(published Date, title string) string {
	return "document:" + Slug(string(published)+" "+title)
}

// IDType returns the entity type an id names ("person:x" gives Person), or ""
// for ids of other kinds.
func IDType(id string) EntityType {
	head, _, ok := strings.Cut(id, ":")
	if !ok {
		return ""
	}
	for _, t := range EntityTypes {
		if strings.EqualFold(string(t), head) {
			return t
		}
	}
	return ""
}

func idTail(id string) string {
	_, tail, _ := strings.Cut(id, ":")
	return tail
}
