// Package loader turns communiqués into facts: it reads texts, parses their
// headers, splits sentences, finds the names of persons, bodies, states,
// places and agreements (from a lexicon and from context), and extracts the
// relations of EXTRACTION.md with the sentence that states each one. It
// never writes to a store: its product is a graph.Extraction.
//
// Where things are:
//
//   - passes.go: the order the rules run in, and the state (the issuer, the
//     meeting the text reports) each pass leaves for later ones;
//   - names.go, gazetteer.go, anaphora.go: mentions of entities, from the
//     lexicon, the gazetteer (loader/gazetteer) and context, and what
//     refers back to them;
//   - one file per relation family: roles.go (HOLDS_ROLE), bodies.go
//     (PART_OF), meetings.go (sessions and talks: HELD, ATTENDED, where they
//     met), condemnations.go (CONDEMNED), events.go (events and where they
//     happened), agreements.go (instruments, PARTY_TO, where they were
//     made), references.go (REFERENCES);
//   - sentence.go, clauses.go: the small tests the rules make of a sentence
//     ("a body's name starts at this token", "this is in the future");
//   - lexicon/: knowledge of the world (*.lex) and the rules' cue words
//     (cues.txt, read by words.go).
//
// A new phrasing for a relation goes in that relation's file, with a row in
// sentences_test.go saying what the sentence gives.
package loader

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/input"
)

// Options configure an Extractor.
type Options struct {
	// Lexicon is the knowledge to start from; nil loads the embedded one.
	Lexicon *Lexicon
	// MinConfidence drops relations whose confidence is below it.
	MinConfidence float64
}

// Extractor extracts facts from communiqués. It is safe for concurrent use:
// each Extract call keeps its state to itself.
type Extractor struct {
	lex     *Lexicon
	minConf float64
}

// New returns an Extractor.
func New(opts Options) (*Extractor, error) {
	lex := opts.Lexicon
	if lex == nil {
		var err error
		if lex, err = LoadLexicon(); err != nil {
			return nil, err
		}
	}
	if opts.MinConfidence < 0 || opts.MinConfidence > 1 {
		return nil, graph.Errorf(graph.EINVALID, "min confidence %v is outside [0, 1]", opts.MinConfidence)
	}
	return &Extractor{lex: lex, minConf: opts.MinConfidence}, nil
}

// MaxTitle is the longest title line a communiqué may have, in bytes: the
// document id is made from it, and stores bound ids (graph.MaxNameLength).
const MaxTitle = 500

// Extract returns the facts of one communiqué. source names it in the
// extraction and in errors. A text that is not a communiqué (empty, binary,
// without a title) is an EINVALID error.
func (x *Extractor) Extract(source string, text []byte) (*graph.Extraction, error) {
	return x.ExtractDoc(source, input.Doc{Text: text})
}

// ExtractDoc is Extract of a decoded input (loader/input): what the file
// said about itself (title, date, publisher, its address) stands before
// what the text's header says.
func (x *Extractor) ExtractDoc(source string, in input.Doc) (*graph.Extraction, error) {
	text := in.Text
	if it := check(source, text, len(text)+1); it.Err != nil {
		return nil, it.Err
	}
	var meta *input.Meta
	if in.Meta != (input.Meta{}) {
		meta = &in.Meta
	}
	d := newDoc(x, reflow(normalize(string(text))), meta)
	if d.h.title == "" {
		return nil, graph.Errorf(graph.EINVALID, "extract %s: no title line", source)
	}
	if len(d.h.title) > MaxTitle {
		return nil, graph.Errorf(graph.EINVALID, "extract %s: the title line is %d bytes long, over the limit of %d: "+
			"a communiqué starts with its title on a line of its own (are the text's line breaks missing?)", source, len(d.h.title), MaxTitle)
	}
	sum := sha256.Sum256(text)
	out := &graph.Extraction{Document: graph.DocumentMeta{
		ID:        graph.DocumentID(d.h.published, d.h.title),
		Title:     displayTitle(oneLine(d.h.title), d.text),
		Published: d.h.published,
		Publisher: oneLine(d.h.publisher),
		Source:    cmp.Or(in.Meta.URL, source),
		SHA256:    hex.EncodeToString(sum[:]),
	}}
	d.run()
	used := map[string]bool{}
	for _, r := range d.rels {
		if r.Confidence < x.minConf {
			continue
		}
		r.Evidence = d.evidence(r.Evidence)
		out.Relations = append(out.Relations, r)
		used[r.From], used[r.To] = true, true
		if r.Concerning != "" {
			used[r.Concerning] = true
		}
	}
	for _, id := range d.order {
		e := d.ents[id]
		if e.dropped {
			continue
		}
		ent := e.Entity
		ent.Aliases = e.aliases()
		out.Entities = append(out.Entities, ent)
	}
	if err := out.Validate(); err != nil {
		return nil, &graph.Error{Code: graph.EINTERNAL, Op: "extract " + source, Err: err}
	}
	return out, nil
}

// evidence turns byte offsets into rune offsets, which is what readers of
// the JSON count in.
func (d *doc) evidence(ev *graph.Evidence) *graph.Evidence {
	if ev == nil {
		return nil
	}
	return &graph.Evidence{Start: d.runeOffset(ev.Start), End: d.runeOffset(ev.End), Text: ev.Text}
}

// runeOffset converts a byte offset of the text into a rune offset. Many
// facts share a sentence, so the offsets are kept.
func (d *doc) runeOffset(b int) int {
	if r, ok := d.runeAt[b]; ok {
		return r
	}
	if d.runeAt == nil {
		d.runeAt = map[int]int{}
	}
	r := utf8.RuneCountInString(d.text[:b])
	d.runeAt[b] = r
	return r
}

// dent is an entity of the document being extracted.
type dent struct {
	graph.Entity
	surfaces []string
	entry    *Entry
	dropped  bool
	// absorbed is set on a place whose mention a longer name took over
	// ("Chad" in "the Popular Movement for the Liberation of Chad"): it
	// is dropped unless the text names it elsewhere.
	absorbed bool
	// replacedBy is the entity that took this one's place (see
	// replaceEntity): what is said of it later is said of that one.
	replacedBy *dent
	// named is set on a meeting the text names ("the Berlin Conference
	// on Libya"), whose place and host namedMeetings reads, and on a body
	// the text introduces as one ("the group known as …"); venue is the
	// place a meeting's name gives.
	named bool
	venue *dent
	// governs is the state a government body governs ("the Government of
	// the Republic of Chad"), whose head-of-state titles are the state's.
	governs *dent
	// signs is the instrument a signing ceremony (a Meeting) was held to
	// sign; those who signed it attended the ceremony.
	signs *dent
	// phrases caches normPhrase of the name and each surface, in that
	// order, for the matching that runs once per token.
	phrases []string
}

func (e *dent) addSurface(s string) {
	s = oneLine(strings.TrimSpace(s))
	if s == "" {
		return
	}
	for _, v := range e.surfaces {
		if v == s {
			return
		}
	}
	e.surfaces = append(e.surfaces, s)
	if e.phrases != nil {
		e.phrases = append(e.phrases, normPhrase(s))
	}
}

// names returns the normal forms of the entity's name and surfaces.
func (e *dent) names() []string {
	if e.phrases == nil || len(e.phrases) != len(e.surfaces)+1 {
		e.phrases = make([]string, 0, len(e.surfaces)+1)
		e.phrases = append(e.phrases, normPhrase(e.Name))
		for _, s := range e.surfaces {
			e.phrases = append(e.phrases, normPhrase(s))
		}
	}
	return e.phrases
}

// aliases are the lexicon's aliases and the forms the text used, less the
// name itself, sorted and without repeats.
func (e *dent) aliases() []string {
	seen := map[string]bool{e.Name: true}
	var out []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	if e.entry != nil {
		for _, a := range e.entry.names() {
			add(a)
		}
	}
	for _, s := range e.surfaces {
		add(s)
	}
	sort.Strings(out)
	return out
}
