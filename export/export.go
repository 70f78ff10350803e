// Package export writes the graph, or a slice of it, in the formats of the
// tools researchers use: GraphML (yEd, Gephi, networkx), GEXF (Gephi),
// Cytoscape JSON (Cytoscape desktop and Cytoscape.js), the CSV layout that
// neo4j-admin database import reads, and JSON lines of EXTRACTION.md
// extractions, which another kg loads back (kg import).
//
// Every format streams: entities and facts are written as the store hands
// them over (graph.Store's EachEntity and EachFact), so an export of a
// million relationships holds about as much memory as one of a thousand.
// Only a slice around an entity keeps its set of entity ids, which its
// depth bounds. It imports only graph and the standard library.
package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Format is an export format.
type Format string

// The formats, as --format and ?format= name them.
const (
	GraphML   Format = "graphml"
	GEXF      Format = "gexf"
	Cytoscape Format = "cytoscape"
	CSV       Format = "csv"
	JSONL     Format = "jsonl"
)

// Formats lists every format, in the order the usage text gives them.
var Formats = []Format{GraphML, GEXF, Cytoscape, CSV, JSONL}

// MaxDepth bounds the depth of a slice around an entity: past a few hops a
// communiqué graph's neighbourhood is the whole graph, which an export
// without --around writes without holding its ids.
const MaxDepth = 6

// Options select what an export writes. The zero value but for Format is
// the whole graph.
type Options struct {
	Format Format
	// Around, when set, keeps only the entities within Depth hops of this
	// entity (over the facts the other options keep) and the facts between
	// them.
	Around string
	Depth  int
	// From and To keep only the facts seen within [From, To]: a fact whose
	// span of observations (FirstSeen to LastSeen) overlaps the range.
	// Undated facts are left out once either bound is given.
	From, To graph.Date
	// Types keeps only facts of these relation types; all when empty.
	Types []graph.RelationType
}

// Source is what an export reads: every graph.Store is one.
type Source interface {
	Documents(ctx context.Context, f graph.DocumentFilter) ([]graph.Document, error)
	Entities(ctx context.Context, f graph.EntityFilter) ([]graph.Entity, error)
	Edges(ctx context.Context, f graph.FactFilter) ([]graph.Edge, error)
	EachEntity(ctx context.Context, f graph.EntityFilter, fn func(graph.Entity) error) error
	EachFact(ctx context.Context, f graph.FactFilter, fn func(graph.Fact) error) error
}

// ParseFormat returns the format named s, or an EINVALID error that lists
// the formats.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(Formats, f) {
		return f, nil
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", graph.Errorf(graph.EINVALID, "format %q is not one of %s", s, strings.Join(names, ", "))
}

// ParseTypes reads a comma-separated list of relation types, in any case.
func ParseTypes(s string) ([]graph.RelationType, error) {
	var out []graph.RelationType
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		t := graph.RelationType(strings.ToUpper(p))
		if !t.Valid() {
			names := make([]string, len(graph.RelationTypes))
			for i, t := range graph.RelationTypes {
				names[i] = string(t)
			}
			return nil, graph.Errorf(graph.EINVALID, "relation type %q is not one of %s", p, strings.Join(names, ", "))
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out, nil
}

// ParseDepth reads the depth of a slice.
func ParseDepth(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 || n > MaxDepth {
		return 0, graph.Errorf(graph.EINVALID, "depth %q is not a whole number from 0 to %d", s, MaxDepth)
	}
	return n, nil
}

// Validate checks options given by hand: a known format, real dates in
// order, known relation types, a depth only with an entity to centre on.
func (o Options) Validate() error {
	if _, err := ParseFormat(string(o.Format)); err != nil {
		return err
	}
	for _, d := range []struct {
		what string
		d    graph.Date
	}{{"from", o.From}, {"to", o.To}} {
		if !d.d.Valid() {
			return graph.Errorf(graph.EINVALID, "%s date %q is not a yyyy-mm-dd date", d.what, d.d)
		}
	}
	if o.From != "" && o.To != "" && o.From > o.To {
		return graph.Errorf(graph.EINVALID, "from date %s is after to date %s", o.From, o.To)
	}
	for _, t := range o.Types {
		if !t.Valid() {
			return graph.Errorf(graph.EINVALID, "relation type %q is unknown", t)
		}
	}
	if o.Depth < 0 || o.Depth > MaxDepth {
		return graph.Errorf(graph.EINVALID, "depth %d is not from 0 to %d", o.Depth, MaxDepth)
	}
	if o.Depth > 0 && o.Around == "" {
		return graph.Errorf(graph.EINVALID, "a depth (%d) needs an entity to count it from (around)", o.Depth)
	}
	return nil
}

// ContentType is the media type an HTTP response of format f carries.
func (f Format) ContentType() string {
	switch f {
	case GraphML:
		return "application/graphml+xml"
	case GEXF:
		return "application/gexf+xml"
	case Cytoscape:
		return "application/json"
	case CSV:
		return "application/zip"
	}
	return "application/x-ndjson"
}

// FileName is the name a download of format f is given.
func (f Format) FileName() string {
	switch f {
	case GraphML:
		return "kg.graphml"
	case GEXF:
		return "kg.gexf"
	case Cytoscape:
		return "kg.cyjs"
	case CSV:
		return "kg-neo4j-import.zip"
	}
	return "kg.jsonl"
}

// Write writes what o selects of src to w in o's format.
func Write(ctx context.Context, src Source, w io.Writer, o Options) error {
	sl, err := Prepare(ctx, src, o)
	if err != nil {
		return err
	}
	return sl.Write(ctx, w)
}

// Prepare checks o and finds the entities of a slice around an entity, so
// that a bad request fails before anything is written (an HTTP handler can
// still answer 400); Write then streams the export.
func Prepare(ctx context.Context, src Source, o Options) (*Slice, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	return newSlice(ctx, src, o)
}

// Write streams the slice to w in its format.
func (sl *Slice) Write(ctx context.Context, w io.Writer) error {
	switch sl.o.Format {
	case GraphML:
		return writeGraphML(ctx, sl, w)
	case GEXF:
		return writeGEXF(ctx, sl, w)
	case Cytoscape:
		return writeCytoscape(ctx, sl, w)
	case CSV:
		return writeCSV(ctx, sl, w)
	}
	return writeJSONL(ctx, sl, w)
}

// Slice is what an export writes: it hands out the entities and facts that
// the options keep.
type Slice struct {
	src Source
	o   Options
	// ids are the entities of a slice around an entity; nil for the whole
	// graph.
	ids map[string]bool
}

func newSlice(ctx context.Context, src Source, o Options) (*Slice, error) {
	sl := &Slice{src: src, o: o}
	if o.Around == "" {
		return sl, nil
	}
	found, err := src.Entities(ctx, graph.EntityFilter{IDs: []string{o.Around}, WithoutDocuments: true})
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		return nil, graph.Errorf(graph.ENOTFOUND, "entity %q (around) is not in the graph", o.Around)
	}
	// Breadth first over the edges the options keep: a hop follows a fact
	// either way, and a condemnation reaches what it concerns.
	sl.ids = map[string]bool{o.Around: true}
	frontier := []string{o.Around}
	for d := 0; d < o.Depth && len(frontier) > 0; d++ {
		edges, err := src.Edges(ctx, graph.FactFilter{Involving: frontier, Types: o.Types})
		if err != nil {
			return nil, err
		}
		var next []string
		var ids []string
		for _, e := range edges {
			ids = append(ids, e.ID)
		}
		// Dates live on the facts, not the edges: read the dated ones only
		// when a range is given.
		keep := func(graph.Edge) bool { return true }
		if o.From != "" || o.To != "" {
			inRange := map[string]bool{}
			if err := src.EachFact(ctx, graph.FactFilter{IDs: ids}, func(f graph.Fact) error {
				inRange[f.ID] = sl.dated(&f)
				return nil
			}); err != nil {
				return nil, err
			}
			keep = func(e graph.Edge) bool { return inRange[e.ID] }
		}
		for _, e := range edges {
			if !keep(e) {
				continue
			}
			for _, end := range []string{e.From, e.To, e.Concerning} {
				if end != "" && !sl.ids[end] {
					sl.ids[end] = true
					next = append(next, end)
				}
			}
		}
		frontier = next
	}
	return sl, nil
}

// dated reports whether f lies in the options' date range.
func (sl *Slice) dated(f *graph.Fact) bool {
	from, to := sl.o.From, sl.o.To
	if from == "" && to == "" {
		return true
	}
	if f.FirstSeen == "" {
		return false
	}
	return (to == "" || f.FirstSeen <= to) && (from == "" || f.LastSeen >= from)
}

// keeps reports whether the slice keeps fact f.
func (sl *Slice) keeps(f *graph.Fact) bool {
	if len(sl.o.Types) > 0 && !slices.Contains(sl.o.Types, f.Type) {
		return false
	}
	if sl.ids != nil && (!sl.ids[f.From] || !sl.ids[f.To]) {
		return false
	}
	return sl.dated(f)
}

// eachEntity hands out the slice's entities, by id.
func (sl *Slice) eachEntity(ctx context.Context, fn func(graph.Entity) error) error {
	f := graph.EntityFilter{}
	if sl.ids != nil {
		f.IDs = sortedKeys(sl.ids)
	}
	return sl.src.EachEntity(ctx, f, fn)
}

// eachFact hands out the slice's facts, by id.
func (sl *Slice) eachFact(ctx context.Context, fn func(graph.Fact) error) error {
	f := graph.FactFilter{Types: sl.o.Types}
	if sl.ids != nil {
		f.Involving = sortedKeys(sl.ids)
	}
	return sl.src.EachFact(ctx, f, func(x graph.Fact) error {
		if !sl.keeps(&x) {
			return nil
		}
		return fn(x)
	})
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// factDocuments counts the distinct documents that state f.
func factDocuments(f *graph.Fact) int { return len(f.Documents()) }

// errWriter keeps the first write error, so that a format's writer can
// write many small pieces and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

func (e *errWriter) printf(format string, args ...any) {
	fmt.Fprintf(e, format, args...)
}
