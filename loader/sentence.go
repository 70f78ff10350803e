package loader

import (
	"strings"

	"github.com/actorgraph/kg/graph"
)

// mentionKind says what a stretch of tokens names.
type mentionKind int

const (
	mEntity    mentionKind = iota
	mAdjective             // "Turkish": names a state as a modifier
	mRole                  // an office title
	mGroup                 // "the two parties": the actors of a list named before
)

// mention is a name found in a sentence over tokens [i, j).
type mention struct {
	i, j  int
	kind  mentionKind
	e     *dent   // the entity, for mEntity and mAdjective
	role  *Entry  // the title, for mRole
	group []*dent // the actors, for mGroup
	// subject is set on an entity named through its forces, ally or backers
	// ("its Russian ally", "regime forces").
	text string
}

// sentence is one sentence of the document with what was found in it.
type sentence struct {
	start, end int
	idx        int // place in doc.sents (see indexOf)
	toks       []token
	ms         []*mention
	dates      []dateSpan // offsets in the document
	title      bool
}

func (s *sentence) text(d *doc) string { return d.text[s.start:s.end] }

// tokText is the text from token i to token j (exclusive).
func (s *sentence) tokText(d *doc, i, j int) string {
	if i >= j || j > len(s.toks) {
		return ""
	}
	t := d.text[s.toks[i].start:s.toks[j-1].end]
	if strings.ContainsAny(t, "\t\n\r\v\f") || strings.Contains(t, "  ") {
		// "A0\tA", "John  Smith", a wrapped line's indentation inside a
		// name: a name never holds a tab, a line break or two spaces
		t = strings.Join(strings.Fields(t), " ")
	}
	return t
}

// at returns the mention covering token i, or nil.
func (s *sentence) at(i int) *mention {
	for _, m := range s.ms {
		if i >= m.i && i < m.j {
			return m
		}
	}
	return nil
}

// innerAt is the shortest mention that covers token i, or nil: the inner
// one where names nest ("Republic of Cameroon" inside an instrument's
// name).
func (s *sentence) innerAt(i int) *mention {
	var in *mention
	for _, m := range s.ms {
		if i >= m.i && i < m.j && (in == nil || m.j-m.i < in.j-in.i) {
			in = m
		}
	}
	return in
}

func (s *sentence) covered(i, j int) bool {
	for _, m := range s.ms {
		if i < m.j && j > m.i {
			return true
		}
	}
	return false
}

func (s *sentence) addMention(m *mention) {
	for k, o := range s.ms {
		if m.i < o.i {
			s.ms = append(s.ms[:k], append([]*mention{m}, s.ms[k:]...)...)
			return
		}
	}
	s.ms = append(s.ms, m)
}

func typeIn(t graph.EntityType, ts []graph.EntityType) bool {
	for _, v := range ts {
		if v == t {
			return true
		}
	}
	return false
}

// tokNorm is token i's normal form, or "" past either end.
func (s *sentence) tokNorm(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].norm
}

// word reports whether token i's normal form is one of ws; the lower-case
// end of a hyphenated name is no word (see token.nameTail).
func (s *sentence) word(i int, ws ...string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].nameTail {
		return false
	}
	for _, w := range ws {
		if s.toks[i].norm == w {
			return true
		}
	}
	return false
}

// find returns the first token index in [from, to) whose norm is one of ws,
// or -1.
func (s *sentence) find(from, to int, ws ...string) int {
	to = min(to, len(s.toks))
	for i := max(from, 0); i < to; i++ {
		if s.word(i, ws...) {
			return i
		}
	}
	return -1
}

// findBack returns the last token index in [from, to) whose norm is one
// of ws, or -1.
func (s *sentence) findBack(from, to int, ws ...string) int {
	for i := min(to, len(s.toks)) - 1; i >= max(from, 0); i-- {
		if s.word(i, ws...) {
			return i
		}
	}
	return -1
}

// isBody reports whether e can hold offices, meetings and instruments: an
// Organization or a State.
func (e *dent) isBody() bool { return e.Type == graph.Organization || e.Type == graph.State }

// entityAt returns the mention that starts at token i and names an entity
// of one of the types ts (of any type when ts is empty), or nil.
func (s *sentence) entityAt(i int, ts ...graph.EntityType) *mention {
	m := s.at(i)
	if m == nil || m.e == nil || m.i != i || len(ts) > 0 && !typeIn(m.e.Type, ts) {
		return nil
	}
	return m
}

// entityBefore returns the mention that ends just before token i and names
// an entity of one of the types ts (of any type when ts is empty), or nil.
func (s *sentence) entityBefore(i int, ts ...graph.EntityType) *mention {
	m := s.at(i - 1)
	if m == nil || m.e == nil || m.j != i || len(ts) > 0 && !typeIn(m.e.Type, ts) {
		return nil
	}
	return m
}

// bodies are the entity types that bodyAt and bodyBefore look for.
var bodies = []graph.EntityType{graph.Organization, graph.State}

// townAt reports whether a town's name opens at token i.
func (s *sentence) townAt(i int) bool {
	m := s.entityAt(i, graph.Place)
	return m != nil && isTown(m.e)
}

// bodyAt returns the mention of an Organization or a State that starts at
// token i, or nil.
func (s *sentence) bodyAt(i int) *mention { return s.entityAt(i, bodies...) }

// bodyBefore returns the mention of an Organization or a State that ends
// just before token i, or nil.
func (s *sentence) bodyBefore(i int) *mention { return s.entityBefore(i, bodies...) }

// personAt returns the mention of a person that starts at token i, or nil.
func (s *sentence) personAt(i int) *mention { return s.entityAt(i, graph.Person) }

// roleAt returns the title mention that covers token i, or nil.
func (s *sentence) roleAt(i int) *mention {
	if m := s.at(i); m != nil && m.kind == mRole {
		return m
	}
	return nil
}

// freeCapsEnd is the token after the capitalised words no mention covers
// that run from token k on; k when none does.
func (s *sentence) freeCapsEnd(k int) int {
	for k >= 0 && k < len(s.toks) && s.toks[k].word && s.toks[k].upper() && !s.covered(k, k+1) {
		k++
	}
	return k
}

// freeCapsStart is the first of the capitalised words no mention covers
// that run back from token k; k+1 when none does.
func (s *sentence) freeCapsStart(k int) int {
	for k >= 0 && k < len(s.toks) && s.toks[k].word && s.toks[k].upper() && !s.covered(k, k+1) {
		k--
	}
	return k + 1
}

// skipThe steps over a "the" at token i that no mention covers: "of the
// Council" reads as "of Council".
func (s *sentence) skipThe(i int) int {
	if s.word(i, "the") && s.at(i) == nil {
		return i + 1
	}
	return i
}

// honorific reports whether token i is an honorific or a rank: "Dr",
// "Sheikh", "Amb", and "H.E." or "HH" (whose matching form is a pronoun's).
func (s *sentence) honorific(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if t.norm == "sen" && s.word(i+1, ".") && i+2 < len(s.toks) && s.toks[i+2].upper() {
		return true // "Sen. Giovanni Spadolini"; not Hun Sen
	}
	if t.norm == "general" && i > 0 && honorifics[s.toks[i-1].norm] {
		return true // "Lieutenant General", "Major General": one rank
	}
	if t.norm == "general" && t.upper() && (i == 0 || s.word(i-1, ",", "and", "(", ":")) &&
		(s.word(i+1, "(") || i+1 < len(s.toks) && s.toks[i+1].upper() && s.toks[i+1].word && !orgHeads[s.toks[i+1].norm] && !meetingHeads[s.toks[i+1].norm]) {
		return true // "the President of Pakistan, General (Retd) Pervez Musharraf"
	}
	if t.norm == "field" && s.word(i+1, "marshal") || t.norm == "marshal" && s.word(i-1, "field") {
		return true // "Field Marshal Thanom Kittikachorn"
	}
	if t.norm == "tan" && t.upper() && s.word(i+1, "sri") || t.norm == "puan" && t.upper() && s.word(i+1, "sri") ||
		t.norm == "seri" && s.word(i-1, "dato", "datuk", "'", "’") || (t.norm == "'" || t.norm == "’") && s.word(i-1, "dato", "datuk") {
		return true // Malay honours: "Tan Sri Muhyiddin Yassin", "Dato' Seri Najib"; "Tan" alone is a family name
	}
	if t.text == "U" && !(i > 0 && s.toks[i-1].word && s.toks[i-1].upper()) && i+1 < len(s.toks) && s.toks[i+1].word && s.toks[i+1].upper() && len(s.toks[i+1].text) > 1 {
		return true // Burmese: "U Thein Sein", "U Nyan Tun"; not "Moeen U Ahmed"
	}
	if (t.norm == "tun" || t.norm == "cardinal" && i+1 < len(s.toks) && s.toks[i+1].word && s.toks[i+1].upper()) &&
		i > 0 && s.toks[i-1].word && s.toks[i-1].upper() && !s.honorific(i-1) {
		return false // "Hishammuddin Tun Hussein": the father's honour inside a name; "John Cardinal Onaiyekan"
	}
	if (t.norm == "lord" || t.norm == "lady") && t.upper() && s.capitalisedRun(i+1) == 1 {
		return false // "Lord Caradon", "Lord Robertson": a peer is known by the title and one name
	}
	if (t.norm == "don" || t.norm == "dona") && t.upper() && s.capitalisedRun(i+1) >= 2 {
		return true // "Don Adolfo Suárez"; not "Don McKinnon"
	}
	if t.norm == "dom" && t.upper() {
		return s.capitalisedRun(i+1) >= 2 // "Dom Helder Câmara"; but "Dom Mintoff" is a Maltese given name
	}
	if (t.norm == "his" || t.norm == "her") && s.word(i+1, "excellency", "highness", "majesty", "eminence", "holiness", "royal") ||
		t.norm == "royal" && s.word(i+1, "highness") {
		return true // "His Excellency Paul Biya", "His Royal Highness"
	}
	if (t.norm == "general" || t.norm == "justice") && t.upper() && s.personNameAfter(i) {
		return true // "General Hulusi Akar", "Justice Dr Chifundo Kachale"; not "General Assembly"
	}
	return honorifics[t.norm] || (t.norm == "he" || t.norm == "hh") && t.text != "He" && t.text != "he" || s.rankInitial(i)
}

// personNameAfter reports whether a person's name, capitalised words no
// body or title opens, follows token i, perhaps after other honorifics:
// what makes "General" and "Justice" ranks before it.
func (s *sentence) personNameAfter(i int) bool {
	k := i + 1
	for k < len(s.toks) && (honorifics[s.toks[k].norm] || s.word(k, ".")) {
		k++
	}
	if k+1 >= len(s.toks) || k == i+1 && s.word(k, ".") {
		return false
	}
	names := []int{k, k + 1}
	if s.word(k+1, ",", "and") && s.honorific(k+2) {
		names = names[:1] // "received General Malloum, Mr Habré and …": one name in a list of persons
	}
	for _, j := range names {
		t := s.toks[j]
		if !t.word || !t.upper() || t.digit() || orgHeads[t.norm] || stopCaps[t.norm] || s.roleAt(j) != nil ||
			instrumentHeads[t.norm] || meetingHeads[t.norm] { // "the General Peace Treaty"

			return false
		}
		if m := s.at(j); m != nil && m.e != nil && m.e.Type != graph.Person {
			return false
		}
	}
	return true
}

// skipHonorifics steps over honorifics, ranks and their dots and brackets
// from token i: "H.E. Amb. (Eng.) X" reads as "X".
func (s *sentence) skipHonorifics(i int) int {
	k := i
	for k < len(s.toks) && s.at(k) == nil && (s.honorific(k) || s.word(k, ".", "(", ")") && k > i || s.word(k, "the") && s.honorific(k+1)) {
		k++ // "the Honourable Mia Amor Mottley", "Dr. the Honourable Keith Rowley"
	}
	if k > i && !s.honorific(k-1) && !s.word(k-1, ".", ")") {
		return i
	}
	return k
}

// honorificBefore reports whether an honorific or rank stands just before
// token i, over dots and brackets.
func (s *sentence) honorificBefore(i int) bool {
	for k := i - 1; k >= 0 && s.at(k) == nil; k-- {
		switch {
		case s.honorific(k):
			return true
		case s.word(k, ".", "(", ")"):
		default:
			return false
		}
	}
	return false
}

// phraseAt returns the length of the phrase of ps that starts at token i,
// or 0.
func (s *sentence) phraseAt(i int, ps [][]string) int {
	for _, p := range ps {
		if i+len(p) > len(s.toks) {
			continue
		}
		ok := true
		for k, w := range p {
			if s.toks[i+k].norm != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// keyAt returns how many tokens from i spell key, a normPhrase (norms joined
// by single spaces), or 0. It reads key in place, for the rules that try
// every name of the document at every token.
func (s *sentence) keyAt(i int, key string) int {
	pos := 0
	for k := i; k < len(s.toks); k++ {
		w := s.toks[k].norm
		if !strings.HasPrefix(key[pos:], w) {
			return 0
		}
		pos += len(w)
		if pos == len(key) {
			return k - i + 1
		}
		if key[pos] != ' ' {
			return 0
		}
		pos++
	}
	return 0
}

// adjectiveBefore reports whether a state's adjective ends just before
// token i ("Turkish Cypriot leader").
func (s *sentence) adjectiveBefore(i int) bool {
	m := s.at(i - 1)
	return m != nil && m.kind == mAdjective && m.j == i
}

// commonCase is the text of tokens [i, j) as a meeting's name writes it,
// in lower case unless the writer capitalised only some words: those are
// names ("first inter-Korean summit"), while a name written in capitals
// throughout is lowered ("second joint consultation forum").
func (s *sentence) commonCase(d *doc, i, j int) string {
	text := s.tokText(d, i, j)
	if s.title {
		return strings.ToLower(text)
	}
	var b strings.Builder
	mixed := false
	for k := i; k < j; k++ {
		t := s.toks[k]
		if k > i {
			b.WriteString(d.text[s.toks[k-1].end:t.start])
		}
		if n, _ := ordinal(s, k); n > 0 || k == 0 || !t.upper() {
			mixed = mixed || t.word && !t.upper() && n == 0 && !nameJoiners[t.norm] && !s.word(k, "of", "the", "and", "for", "on")
			b.WriteString(strings.ToLower(t.text))
		} else {
			b.WriteString(t.text)
		}
	}
	if !mixed {
		return strings.ToLower(text)
	}
	return b.String()
}
