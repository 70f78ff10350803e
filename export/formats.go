package export

import (
	"archive/zip"
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// writeCytoscape writes the slice as Cytoscape.js JSON (elements with their
// data), which Cytoscape desktop imports as .cyjs and networkx reads with
// cytoscape_graph: directed and multigraph, each edge keyed by its fact id
// so that two facts between the same ends stay two edges.
func writeCytoscape(ctx context.Context, sl *Slice, out io.Writer) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	w := &errWriter{w: bw}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	w.printf(`{"format_version":"1.0","generated_by":"kg","target_cytoscapejs_version":"~3.30",` +
		`"data":{"name":"kg"},"directed":true,"multigraph":true,"elements":{"nodes":[`)
	n := 0
	err := sl.eachEntity(ctx, func(e graph.Entity) error {
		if n > 0 {
			w.printf(",")
		}
		n++
		w.printf("\n")
		enc.Encode(map[string]any{"data": CytoscapeNode(&e)})
		return w.err
	})
	if err != nil {
		return err
	}
	w.printf(`],"edges":[`)
	n = 0
	err = sl.eachFact(ctx, func(f graph.Fact) error {
		if n > 0 {
			w.printf(",")
		}
		n++
		w.printf("\n")
		enc.Encode(map[string]any{"data": CytoscapeEdge(&f)})
		return w.err
	})
	if err != nil {
		return err
	}
	w.printf("]}}\n")
	if w.err != nil {
		return w.err
	}
	return bw.Flush()
}

// CytoscapeNode is the data of an entity's node in Cytoscape JSON. value
// repeats the id: networkx's cytoscape_graph takes it for the node's key.
func CytoscapeNode(e *graph.Entity) map[string]any {
	d := map[string]any{"id": e.ID, "value": e.ID, "name": e.Name, "type": string(e.Type), "documents": len(e.Documents)}
	if len(e.Aliases) > 0 {
		d["aliases"] = e.Aliases
	}
	for k, v := range map[string]string{"placeType": e.PlaceType, "start": string(e.Start), "end": string(e.End),
		"date": string(e.Date), "eventType": e.EventType} {
		if v != "" {
			d[k] = v
		}
	}
	if e.Session != 0 {
		d["session"] = e.Session
	}
	return d
}

// CytoscapeEdge is the data of a fact's edge in Cytoscape JSON.
func CytoscapeEdge(f *graph.Fact) map[string]any {
	d := map[string]any{"id": f.ID, "key": f.ID, "source": f.From, "target": f.To, "interaction": string(f.Type),
		"type": string(f.Type), "evidence": len(f.Observations), "documents": factDocuments(f)}
	for k, v := range map[string]string{"role": f.Role, "concerning": f.Concerning,
		"firstSeen": string(f.FirstSeen), "lastSeen": string(f.LastSeen)} {
		if v != "" {
			d[k] = v
		}
	}
	if f.Confidence > 0 {
		d["confidence"] = f.Confidence
	}
	return d
}

// The headers of the CSV files, in neo4j-admin database import's layout:
// each entity a node labelled by its type, each fact a relationship typed by
// its relation type. Lists use import's default array delimiter, ";".
var (
	csvNodeHeader = []string{"id:ID", ":LABEL", "name", "aliases:string[]", "placeType", "session:int",
		"start:date", "end:date", "date:date", "eventType", "documents:int"}
	csvRelHeader = []string{":START_ID", ":END_ID", ":TYPE", "id", "role", "concerning",
		"firstSeen:date", "lastSeen:date", "confidence:double", "evidence:int", "documents:int"}
)

// CSV file names inside the zip.
const (
	CSVNodes         = "nodes.csv"
	CSVRelationships = "relationships.csv"
)

// writeCSV writes a zip of two CSV files, nodes.csv and relationships.csv,
// for `neo4j-admin database import full --nodes=nodes.csv
// --relationships=relationships.csv`. The zip is written as it goes.
func writeCSV(ctx context.Context, sl *Slice, out io.Writer) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	z := zip.NewWriter(bw)
	f, err := z.Create(CSVNodes)
	if err != nil {
		return err
	}
	c := csv.NewWriter(f)
	c.Write(csvNodeHeader)
	err = sl.eachEntity(ctx, func(e graph.Entity) error {
		return c.Write([]string{e.ID, string(e.Type), e.Name, strings.Join(e.Aliases, ";"), e.PlaceType,
			intOrEmpty(e.Session), string(e.Start), string(e.End), string(e.Date), e.EventType,
			strconv.Itoa(len(e.Documents))})
	})
	if err != nil {
		return err
	}
	if c.Flush(); c.Error() != nil {
		return c.Error()
	}
	if f, err = z.Create(CSVRelationships); err != nil {
		return err
	}
	c = csv.NewWriter(f)
	c.Write(csvRelHeader)
	err = sl.eachFact(ctx, func(x graph.Fact) error {
		v := edgeValues(&x)
		return c.Write(append([]string{x.From, x.To}, v[0], x.ID, v[1], v[2], v[3], v[4], v[5], v[6], v[7]))
	})
	if err != nil {
		return err
	}
	if c.Flush(); c.Error() != nil {
		return c.Error()
	}
	if err := z.Close(); err != nil {
		return err
	}
	return bw.Flush()
}

// writeJSONL writes one EXTRACTION.md extraction per document, by
// publication date: the document, the entities it supports and a relation
// for each of its observations, with its evidence and confidence. Loading
// the lines into an empty kg (kg import) gives back the same graph: an
// entity given alike by every document merges to itself, and each fact
// regains every observation. A slice keeps, per document, the facts it
// keeps and the entities they join (with the document's other entities
// within the slice), and leaves out the documents with neither.
func writeJSONL(ctx context.Context, sl *Slice, out io.Writer) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	docs, err := sl.src.Documents(ctx, graph.DocumentFilter{})
	if err != nil {
		return err
	}
	whole := sl.ids == nil && len(sl.o.Types) == 0 && sl.o.From == "" && sl.o.To == ""
	for _, d := range docs {
		x := graph.Extraction{Document: d.DocumentMeta, Entities: []graph.Entity{}, Relations: []graph.Relation{}}
		needed := map[string]bool{}
		err := sl.src.EachFact(ctx, graph.FactFilter{Document: d.ID, Types: sl.o.Types}, func(f graph.Fact) error {
			if !sl.keeps(&f) {
				return nil
			}
			for _, o := range f.Observations {
				if o.DocumentID != d.ID {
					continue
				}
				x.Relations = append(x.Relations, graph.Relation{Type: f.Type, From: f.From, To: f.To, Role: f.Role,
					Concerning: f.Concerning, Evidence: o.Evidence, Confidence: o.Confidence})
			}
			needed[f.From], needed[f.To] = true, true
			if f.Concerning != "" {
				needed[f.Concerning] = true
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = sl.src.EachEntity(ctx, graph.EntityFilter{Document: d.ID}, func(e graph.Entity) error {
			if whole || needed[e.ID] || sl.ids != nil && sl.ids[e.ID] {
				e.Documents = nil
				x.Entities = append(x.Entities, e)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if !whole && len(x.Relations) == 0 && len(x.Entities) == 0 {
			continue
		}
		// The store orders a fact's observations by date and offset; the
		// document's own order is by where each sentence starts.
		slices.SortStableFunc(x.Relations, func(a, b graph.Relation) int { return evidenceStart(a) - evidenceStart(b) })
		if err := enc.Encode(&x); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func evidenceStart(r graph.Relation) int {
	if r.Evidence == nil {
		return -1
	}
	return r.Evidence.Start
}

// ReadJSONL calls fn with each extraction of a JSON lines stream, as
// writeJSONL and kg extract write them. A line that is not an extraction
// is an EINVALID error naming the line.
func ReadJSONL(r io.Reader, name string, fn func(*graph.Extraction) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 256<<20)
	line := 0
	for sc.Scan() {
		line++
		raw := sc.Bytes()
		if len(strings.TrimSpace(string(raw))) == 0 {
			continue
		}
		var x graph.Extraction
		dec := json.NewDecoder(strings.NewReader(string(raw)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&x); err != nil {
			return graph.Errorf(graph.EINVALID, "%s line %d is not an extraction: %v", name, line, err)
		}
		if err := fn(&x); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return graph.Errorf(graph.EINVALID, "%s line %d: %v", name, line+1, err)
	}
	return nil
}
