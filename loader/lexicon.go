package loader

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/actorgraph/kg/graph"
)

//go:embed lexicon/*.lex
var embeddedLexicon embed.FS

// RoleType is the lexicon type of office titles, beside the entity types.
const RoleType = "Role"

// Entry is one lexicon line: a thing of the world with its names.
type Entry struct {
	Type    string
	Name    string
	Aliases []string
	Attrs   map[string]string
	key     string // normPhrase(Name)
}

func (e *Entry) names() []string { return append([]string{e.Name}, e.Aliases...) }

// flag reports whether the entry carries a bare attribute such as
// "government".
func (e *Entry) flag(name string) bool {
	_, ok := e.Attrs[name]
	return ok
}

// Lexicon finds the names of known entities, adjectives of states and office
// titles in text. Names are indexed by their first word, longest first, so
// matching a sentence costs one map lookup a token and building the index
// costs next to nothing, which keeps a short "kg extract" quick.
type Lexicon struct {
	entries  []*Entry
	byName   map[string]*Entry // type + "\x00" + normPhrase(name)
	patterns []pattern
	byFirst  map[string][]int // first word -> patterns, longest first
	// parts are the bodies whose parent= names a body, by that name
	parts map[string][]*Entry
	// roleEnds holds the last word of every role's name, which a plural
	// title must end in (see pluralRole)
	roleEnds map[string]bool
	// gazetteer says whether the gazetteer's subdivisions and cities are
	// looked up in text.
	gazetteer bool
}

// patternKind says what a lexicon match names.
type patternKind int

const (
	kindName patternKind = iota
	kindAdjective
	kindRole
)

type pattern struct {
	words []string // the name's words in matching form
	refs  []patternRef
	// exact is the surface form an all-capital alias ("US", "UN") must have
	// in the text, so that the pronoun "us" is not the United States.
	exact string
}

type patternRef struct {
	entry *Entry
	kind  patternKind
}

// LoadLexicon builds the lexicon from the embedded files, the countries of
// the gazetteer and, after them, the user's files in the same format.
func LoadLexicon(userFiles ...string) (*Lexicon, error) {
	return LoadLexiconWith(LexiconOptions{Files: userFiles})
}

// LexiconOptions say what a lexicon is built from.
type LexiconOptions struct {
	// Files are the user's lexicon files, read after the embedded ones.
	Files []string
	// NoGazetteer leaves the gazetteer (loader/gazetteer) out: its
	// countries, subdivisions and cities. kg eval --no-gazetteer measures
	// what it adds.
	NoGazetteer bool
}

// LoadLexiconWith builds the lexicon that o describes.
func LoadLexiconWith(o LexiconOptions) (*Lexicon, error) {
	userFiles := o.Files
	var all []*Entry
	err := fs.WalkDir(embeddedLexicon, "lexicon", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		f, err := embeddedLexicon.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		es, err := ParseLexicon(path, f)
		all = append(all, es...)
		return err
	})
	if err != nil {
		return nil, err
	}
	if !o.NoGazetteer {
		all = append(all, countryEntries(all)...)
	}
	for _, p := range userFiles {
		es, err := readLexiconFile(p)
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	lx := NewLexicon(all)
	lx.gazetteer = !o.NoGazetteer
	return lx, nil
}

// ParseLexicon reads lexicon lines (see lexicon/README.md); name is used in
// errors, which give the line number.
func ParseLexicon(name string, r io.Reader) ([]*Entry, error) {
	var out []*Entry
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		bad := func(format string, args ...any) error {
			return graph.Errorf(graph.EINVALID, "lexicon %s:%d: %s", name, n, fmt.Sprintf(format, args...))
		}
		f := strings.Split(line, "|")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if len(f) < 2 || f[1] == "" {
			return nil, bad("want TYPE | name [| aliases [| attributes]]")
		}
		if len(f) > 4 {
			return nil, bad("too many fields (%d); separate aliases with ';'", len(f))
		}
		e := &Entry{Type: f[0], Name: f[1], Attrs: map[string]string{}}
		if e.Type != RoleType && !graph.EntityType(e.Type).Valid() {
			return nil, bad("unknown type %q", e.Type)
		}
		if len(f) > 2 {
			e.Aliases = splitList(f[2])
			for _, a := range e.Aliases {
				if strings.Contains(a, "=") {
					return nil, bad("alias %q looks like an attribute: leave the aliases field empty (TYPE | name | | key=value)", a)
				}
			}
		}
		if len(f) > 3 {
			for _, a := range splitList(f[3]) {
				k, v, _ := strings.Cut(a, "=")
				e.Attrs[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		}
		if pt := e.Attrs["placeType"]; pt != "" && !oneOfStrings(graph.PlaceTypes, pt) {
			return nil, bad("unknown placeType %q", pt)
		}
		if d := e.Attrs["date"]; d != "" && !graph.Date(d).Valid() {
			return nil, bad("date %q is not yyyy-mm-dd", d)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "lexicon %s: %v", name, err)
	}
	return out, nil
}

func readLexiconFile(path string) ([]*Entry, error) {
	items, err := Read(path, nil, MaxSize)
	if err != nil {
		return nil, err
	}
	if items[0].Err != nil {
		return nil, items[0].Err
	}
	return ParseLexicon(path, strings.NewReader(string(items[0].Text)))
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func oneOfStrings(set []string, v string) bool {
	for _, s := range set {
		if s == v {
			return true
		}
	}
	return false
}

// NewLexicon indexes entries. A later entry with the type and name of an
// earlier one adds its aliases and attributes to it.
func NewLexicon(entries []*Entry) *Lexicon {
	lx := &Lexicon{byName: map[string]*Entry{}}
	for _, e := range entries {
		e.key = normPhrase(e.Name)
		k := e.Type + "\x00" + e.key
		if old, ok := lx.byName[k]; ok {
			old.Aliases = append(old.Aliases, e.Aliases...)
			for a, v := range e.Attrs {
				old.Attrs[a] = v
			}
			continue
		}
		lx.byName[k] = e
		lx.entries = append(lx.entries, e)
	}
	lx.roleEnds = map[string]bool{}
	for _, e := range lx.entries {
		if e.Type == RoleType {
			lx.roleEnds[e.key[strings.LastIndexByte(e.key, ' ')+1:]] = true
		}
	}
	lx.parts = map[string][]*Entry{}
	for _, e := range lx.entries {
		if p := e.Attrs["parent"]; p != "" && e.Type == string(graph.Organization) {
			lx.parts[p] = append(lx.parts[p], e)
		}
	}
	index := map[string]int{}
	add := func(surface string, ref patternRef) {
		key := normPhrase(surface)
		if key == "" {
			return
		}
		exact := ""
		if isAcronym(surface) {
			exact = strings.ReplaceAll(surface, ".", "")
		}
		words := strings.Split(key, " ")
		if strings.Contains(surface, ",") {
			// "Convention against Torture and Other Cruel, Inhuman or
			// Degrading Treatment": the text's comma is a token of its own
			words = commaWords(surface)
			key = strings.Join(words, " ")
		}
		i, ok := index[key+"\x00"+exact]
		if !ok {
			i = len(lx.patterns)
			index[key+"\x00"+exact] = i
			lx.patterns = append(lx.patterns, pattern{words: words, exact: exact})
		}
		if !slices.Contains(lx.patterns[i].refs, ref) {
			lx.patterns[i].refs = append(lx.patterns[i].refs, ref)
		}
	}
	for _, e := range lx.entries {
		kind := kindName
		if e.Type == RoleType {
			kind = kindRole
		}
		for _, n := range e.names() {
			add(n, patternRef{e, kind})
			if kind == kindRole {
				// "Foreign Ministers Naledi Pandor of South Africa and …":
				// a title shared out over the names after it
				if p := pluralTitle(n); p != "" {
					add(p, patternRef{e, kind})
				}
			}
		}
		if adj := e.Attrs["adjective"]; adj != "" {
			for _, a := range strings.Split(adj, ",") {
				add(strings.TrimSpace(a), patternRef{e, kindAdjective})
			}
		}
	}
	lx.byFirst = map[string][]int{}
	for i, p := range lx.patterns {
		lx.byFirst[p.words[0]] = append(lx.byFirst[p.words[0]], i)
	}
	for _, ps := range lx.byFirst {
		sort.SliceStable(ps, func(a, b int) bool { return len(lx.patterns[ps[a]].words) > len(lx.patterns[ps[b]].words) })
	}
	return lx
}

// commaWords are the matching forms of a name's words with its commas
// kept, as a sentence's tokens have them.
func commaWords(name string) []string {
	var words []string
	for _, t := range tokenize(name, 0, len(name)) {
		if t.word || t.norm == "'s" || t.norm == "&" || t.norm == "," {
			words = append(words, t.norm)
		}
	}
	return words
}

// pluralTitle is the plural of a title whose last word is one of the
// plural titles communiqués share out over a list ("Foreign Ministers",
// "Special Envoys"), or "".
func pluralTitle(title string) string {
	words := strings.Fields(title)
	if len(words) == 0 {
		return ""
	}
	last := strings.ToLower(words[len(words)-1])
	head, base := "", last // "co-chair": the plural is the last part's
	if k := strings.LastIndex(last, "-"); k >= 0 {
		head, base = words[len(words)-1][:k+1], last[k+1:]
	}
	for _, p := range []string{base + "s", strings.TrimSuffix(base, "y") + "ies", strings.TrimSuffix(base, "man") + "men"} {
		if p != base && pluralTitleWords[p] {
			words[len(words)-1] = head + p
			return strings.Join(words, " ")
		}
	}
	return ""
}

// isAcronym reports whether a name is written in capitals only ("UN",
// "U.S.", "HTS"), which is then matched only as written.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 0 && letters <= 6
}

// lexMatch is a lexicon hit over tokens [i, j) of a sentence.
type lexMatch struct {
	i, j int
	refs []patternRef
}

// match finds the lexicon's names in toks, leftmost-longest and without
// overlaps. An all-capital name matches only as written ("US", not "us").
func (lx *Lexicon) match(toks []token) []lexMatch {
	var out []lexMatch
	for i := 0; i < len(toks); {
		best := -1
		for _, pi := range lx.byFirst[toks[i].norm] {
			p := &lx.patterns[pi]
			if i+len(p.words) > len(toks) || !p.matchesAt(toks, i) {
				continue
			}
			best = pi
			break // the longest that matches
		}
		if best < 0 {
			i++
			continue
		}
		j := i + len(lx.patterns[best].words)
		out = append(out, lexMatch{i: i, j: j, refs: lx.patterns[best].refs})
		i = j
	}
	return out
}

// matchesAt reports whether the pattern's words stand at toks[i:], given
// that the first does (match looks the pattern up by its first word).
func (p *pattern) matchesAt(toks []token, i int) bool {
	for k := 1; k < len(p.words); k++ {
		if toks[i+k].norm != p.words[k] {
			return false
		}
	}
	if p.exact == "" {
		return true
	}
	var surf strings.Builder
	for _, t := range toks[i : i+len(p.words)] {
		surf.WriteString(strings.ReplaceAll(t.text, ".", ""))
	}
	return surf.String() == strings.ReplaceAll(p.exact, " ", "")
}

// lookup returns the entry of a type and name, or nil.
func (lx *Lexicon) lookup(typ, name string) *Entry {
	return lx.byName[typ+"\x00"+normPhrase(name)]
}
