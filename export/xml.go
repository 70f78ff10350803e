package export

import (
	"bufio"
	"context"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// attr is a typed attribute of a node or an edge, as GraphML and GEXF
// declare them once and then give a value per element.
type attr struct {
	name string
	typ  string // GraphML's attr.type: string, int, double
}

// The attributes of nodes and edges, in the order they are declared.
// Aliases are one string joined by aliasSep: neither format has lists that
// their readers agree on.
var (
	nodeAttrs = []attr{{"type", "string"}, {"name", "string"}, {"aliases", "string"}, {"placeType", "string"},
		{"session", "int"}, {"start", "string"}, {"end", "string"}, {"date", "string"},
		{"eventType", "string"}, {"documents", "int"}}
	edgeAttrs = []attr{{"type", "string"}, {"role", "string"}, {"concerning", "string"},
		{"firstSeen", "string"}, {"lastSeen", "string"}, {"confidence", "double"},
		{"evidence", "int"}, {"documents", "int"}}
)

// aliasSep joins an entity's aliases in the formats without lists.
const aliasSep = "; "

// nodeValues gives e's attribute values in nodeAttrs' order, "" for none.
func nodeValues(e *graph.Entity) []string {
	return []string{string(e.Type), e.Name, strings.Join(e.Aliases, aliasSep), e.PlaceType,
		intOrEmpty(e.Session), string(e.Start), string(e.End), string(e.Date), e.EventType,
		strconv.Itoa(len(e.Documents))}
}

// edgeValues gives f's attribute values in edgeAttrs' order. Evidence
// counts the observations (sentences) that state the fact.
func edgeValues(f *graph.Fact) []string {
	conf := ""
	if f.Confidence > 0 {
		conf = strconv.FormatFloat(f.Confidence, 'g', -1, 64)
	}
	return []string{string(f.Type), f.Role, f.Concerning, string(f.FirstSeen), string(f.LastSeen), conf,
		strconv.Itoa(len(f.Observations)), strconv.Itoa(factDocuments(f))}
}

func intOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// esc escapes s for an XML attribute or text.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// writeGraphML writes the slice as GraphML: keys, then every node, then
// every edge, each as the store hands it over.
func writeGraphML(ctx context.Context, sl *Slice, out io.Writer) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	w := &errWriter{w: bw}
	w.printf(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.printf(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	w.printf(`  <key id="label" for="node" attr.name="label" attr.type="string"/>` + "\n")
	for i, a := range nodeAttrs {
		w.printf(`  <key id="n%d" for="node" attr.name="%s" attr.type="%s"/>`+"\n", i, a.name, a.typ)
	}
	w.printf(`  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>` + "\n")
	for i, a := range edgeAttrs {
		w.printf(`  <key id="e%d" for="edge" attr.name="%s" attr.type="%s"/>`+"\n", i, a.name, a.typ)
	}
	w.printf(`  <graph id="kg" edgedefault="directed">` + "\n")
	err := sl.eachEntity(ctx, func(e graph.Entity) error {
		w.printf(`    <node id="%s"><data key="label">%s</data>`, esc(e.ID), esc(e.Name))
		for i, v := range nodeValues(&e) {
			if v != "" {
				w.printf(`<data key="n%d">%s</data>`, i, esc(v))
			}
		}
		w.printf("</node>\n")
		return w.err
	})
	if err != nil {
		return err
	}
	err = sl.eachFact(ctx, func(f graph.Fact) error {
		w.printf(`    <edge id="%s" source="%s" target="%s"><data key="elabel">%s</data>`,
			esc(f.ID), esc(f.From), esc(f.To), esc(string(f.Type)))
		for i, v := range edgeValues(&f) {
			if v != "" {
				w.printf(`<data key="e%d">%s</data>`, i, esc(v))
			}
		}
		w.printf("</edge>\n")
		return w.err
	})
	if err != nil {
		return err
	}
	w.printf("  </graph>\n</graphml>\n")
	if w.err != nil {
		return w.err
	}
	return bw.Flush()
}

// gexfType maps GraphML's attribute types to GEXF's.
func gexfType(t string) string {
	if t == "int" {
		return "integer"
	}
	return t
}

// writeGEXF writes the slice as GEXF 1.2: the attribute classes, then the
// nodes, then the edges, as Gephi reads them.
func writeGEXF(ctx context.Context, sl *Slice, out io.Writer) error {
	bw := bufio.NewWriterSize(out, 64<<10)
	w := &errWriter{w: bw}
	w.printf(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.printf(`<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">` + "\n")
	w.printf("  <meta><creator>kg</creator><description>actors, places and agreements of communiqués</description></meta>\n")
	w.printf(`  <graph mode="static" defaultedgetype="directed">` + "\n")
	w.printf(`    <attributes class="node">` + "\n")
	for i, a := range nodeAttrs {
		w.printf(`      <attribute id="%d" title="%s" type="%s"/>`+"\n", i, a.name, gexfType(a.typ))
	}
	w.printf("    </attributes>\n")
	w.printf(`    <attributes class="edge">` + "\n")
	for i, a := range edgeAttrs {
		w.printf(`      <attribute id="%d" title="%s" type="%s"/>`+"\n", i, a.name, gexfType(a.typ))
	}
	w.printf("    </attributes>\n    <nodes>\n")
	err := sl.eachEntity(ctx, func(e graph.Entity) error {
		w.printf(`      <node id="%s" label="%s"><attvalues>`, esc(e.ID), esc(e.Name))
		for i, v := range nodeValues(&e) {
			if v != "" {
				w.printf(`<attvalue for="%d" value="%s"/>`, i, esc(v))
			}
		}
		w.printf("</attvalues></node>\n")
		return w.err
	})
	if err != nil {
		return err
	}
	w.printf("    </nodes>\n    <edges>\n")
	err = sl.eachFact(ctx, func(f graph.Fact) error {
		w.printf(`      <edge id="%s" source="%s" target="%s" label="%s"><attvalues>`,
			esc(f.ID), esc(f.From), esc(f.To), esc(string(f.Type)))
		for i, v := range edgeValues(&f) {
			if v != "" {
				w.printf(`<attvalue for="%d" value="%s"/>`, i, esc(v))
			}
		}
		w.printf("</attvalues></edge>\n")
		return w.err
	})
	if err != nil {
		return err
	}
	w.printf("    </edges>\n  </graph>\n</gexf>\n")
	if w.err != nil {
		return w.err
	}
	return bw.Flush()
}
