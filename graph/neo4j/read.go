package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Documents returns the stored documents by publication date, then id, in
// one query.
func (s *Store) Documents(ctx context.Context, f graph.DocumentFilter) ([]graph.Document, error) {
	const op = "read documents"
	q := "MATCH (d:" + labelDocument + ")"
	params := map[string]any{}
	if len(f.IDs) > 0 {
		q += " WHERE d.id IN $ids"
		params["ids"] = anys(dedupe(f.IDs))
	}
	q += " WITH d ORDER BY d.published, d.id" + limitClause(f.Limit, params) + " RETURN d {.*}"
	res, err := s.read(ctx, op, q, params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Document, 0, len(res))
	for _, row := range res {
		p, _ := row[0].(map[string]any)
		out = append(out, graph.Document{
			DocumentMeta: graph.DocumentMeta{
				ID: str(p["id"]), Title: str(p["title"]), Published: graph.Date(str(p["published"])),
				Publisher: str(p["publisher"]), Source: str(p["source"]), SHA256: str(p["sha256"]),
			},
			Entities: intProp(p, "entities"), Relations: intProp(p, "relations"),
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Published != out[j].Published {
			return out[i].Published < out[j].Published
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// Entities returns the merged entities that match f, by id, in one query.
// The most selective filter given is where the query starts (an id, a name
// through its Name node, a document through its mentions, a label); the
// others are checked on the way.
func (s *Store) Entities(ctx context.Context, f graph.EntityFilter) ([]graph.Entity, error) {
	const op = "read entities"
	params := map[string]any{}
	var match string
	var where []string
	switch {
	case len(f.IDs) > 0:
		match = "MATCH (e:" + labelEntity + ") WHERE e.id IN $ids"
	case f.Name != "":
		match = "MATCH (:" + labelName + " {key: $key})<-[:NAMED]-(e:" + labelEntity + ")"
	case f.Document != "":
		match = "MATCH (:" + labelDocument + " {id: $doc})-[:MENTIONS]->(e:" + labelEntity + ")"
	case len(f.Types) > 0:
		// Only the labels asked for are scanned.
		var labels []string
		for _, t := range dedupe(f.Types) {
			if l, ok := entityLabel[t]; ok {
				labels = append(labels, l)
			}
		}
		if len(labels) == 0 {
			return nil, nil // no entity has a type outside the closed set
		}
		match = "MATCH (e:" + strings.Join(labels, "|") + ")"
	default:
		match = "MATCH (e:" + labelEntity + ")"
	}
	if len(f.IDs) > 0 {
		params["ids"] = anys(dedupe(f.IDs))
	}
	if f.Name != "" {
		params["key"] = graph.NameKey(f.Name)
		where = append(where, "EXISTS { (e)-[:NAMED]->(:"+labelName+" {key: $key}) }")
	}
	if f.Document != "" {
		params["doc"] = f.Document
		where = append(where, "EXISTS { (:"+labelDocument+" {id: $doc})-[:MENTIONS]->(e) }")
	}
	if len(f.Types) > 0 {
		var labels []string
		for _, t := range dedupe(f.Types) {
			l, ok := entityLabel[t]
			if !ok {
				continue // no entity has a type outside the closed set
			}
			labels = append(labels, "e:"+l)
		}
		if len(labels) == 0 {
			return nil, nil
		}
		where = append(where, "("+strings.Join(labels, " OR ")+")")
	}
	q := match
	if len(where) > 0 {
		q += "\nWITH e WHERE " + strings.Join(where, " AND ")
	}
	q += "\nWITH e ORDER BY e.id" + limitClause(f.Limit, params) +
		"\nRETURN " + entityProps + ", COLLECT { MATCH (d:" + labelDocument + ")-[:MENTIONS]->(e) RETURN d.id } AS documents"
	res, err := s.read(ctx, op, q, params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Entity, 0, len(res))
	for _, row := range res {
		p, _ := row[0].(map[string]any)
		e := entityFromProps(p)
		e.Documents = strs(row[1])
		sort.Strings(e.Documents)
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Facts returns the merged facts that match f, by id, in one query: the
// matching facts are found through the graph (from the entities at their
// ends, the documents that state them, or their ids), then their versions
// are read and merged with graph.MergeFacts.
func (s *Store) Facts(ctx context.Context, f graph.FactFilter) ([]graph.Fact, error) {
	const op = "read facts"
	params := map[string]any{}
	selection, ok := selectFacts(&f, params, func(graph.RelationType) string { return "r.id AS id" })
	if !ok {
		return nil, nil
	}
	q := selection + "\nWITH DISTINCT id ORDER BY id" + limitClause(f.Limit, params) +
		"\nRETURN id, COLLECT { MATCH (v:" + labelFactVersion + " {fact: id}) RETURN v.json } AS versions"
	res, err := s.read(ctx, op, q, params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Fact, 0, len(res))
	for _, row := range res {
		var versions []graph.Fact
		for _, raw := range list(row[1]) {
			var v graph.Fact
			if err := json.Unmarshal([]byte(str(raw)), &v); err != nil {
				return nil, s.translate(ctx, op, fmt.Errorf("fact %s: version: %w", str(row[0]), err))
			}
			versions = append(versions, v)
		}
		if len(versions) == 0 {
			return nil, s.translate(ctx, op, fmt.Errorf("fact %s has no versions", str(row[0])))
		}
		out = append(out, graph.MergeFacts(versions))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Edges returns what Facts would without observations, in one query that
// reads no fact versions: the ends come from the carriers' own ends.
func (s *Store) Edges(ctx context.Context, f graph.FactFilter) ([]graph.Edge, error) {
	const op = "read edges"
	params := map[string]any{}
	selection, ok := selectFacts(&f, params, func(t graph.RelationType) string {
		concerning := "null"
		if t == graph.Condemned {
			concerning = "head(COLLECT { MATCH (r)-[:CONCERNS]->(x:" + labelEntity + ") RETURN x.id })"
		}
		// t is one of graph.RelationTypes (selectFacts skips others)
		return "r.id AS id, '" + string(t) + "' AS relType, a.id AS fromId, b.id AS toId, " + concerning + " AS concerningId"
	})
	if !ok {
		return nil, nil
	}
	q := selection + "\nWITH DISTINCT id, relType, fromId, toId, concerningId ORDER BY id" + limitClause(f.Limit, params) +
		"\nRETURN id, relType, fromId, toId, concerningId"
	res, err := s.read(ctx, op, q, params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Edge, 0, len(res))
	for _, row := range res {
		out = append(out, graph.Edge{ID: str(row[0]), Type: graph.RelationType(str(row[1])), From: str(row[2]),
			To: str(row[3]), Concerning: str(row[4])})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// selectFacts builds the part of a query that finds the facts f selects: a
// MATCH per relation type, and for Involving per end, so that each starts
// from an index seek on the entities given, united into one CALL that
// yields the columns ret gives for each type, over the carrier r and the
// ends a and b. It sets the parameters it uses; ok is false when no fact
// can match.
func selectFacts(f *graph.FactFilter, params map[string]any, ret func(t graph.RelationType) string) (q string, ok bool) {
	var conds []string
	if len(f.IDs) > 0 {
		params["ids"] = anys(dedupe(f.IDs))
		conds = append(conds, "r.id IN $ids")
	}
	if len(f.From) > 0 {
		params["from"] = anys(dedupe(f.From))
		conds = append(conds, "a.id IN $from")
	}
	if len(f.To) > 0 {
		params["to"] = anys(dedupe(f.To))
		conds = append(conds, "b.id IN $to")
	}
	if len(f.Concerning) > 0 {
		params["concerning"] = anys(dedupe(f.Concerning))
	}
	if len(f.Involving) > 0 {
		params["involving"] = anys(dedupe(f.Involving))
	}
	var prefix, imports string
	if f.Document != "" {
		params["doc"] = f.Document
		prefix = "CALL { MATCH (v:" + labelFactVersion + " {doc: $doc}) RETURN collect(v.fact) AS docFacts }\n"
		imports = "WITH docFacts "
		conds = append(conds, "r.id IN docFacts")
	}
	types := dedupe(f.Types)
	if len(types) == 0 {
		types = graph.RelationTypes
	}
	var blocks []string
	for _, t := range types {
		if !t.Valid() {
			continue
		}
		if len(f.Concerning) > 0 && t != graph.Condemned {
			continue // only condemnations concern something
		}
		c := conds
		var pattern string
		switch t {
		case graph.Condemned:
			pattern = "(a:" + labelEntity + ")-[:ISSUED]->(r:" + labelCondemnation + ")-[:AGAINST]->(b:" + labelEntity + ")"
			if len(f.Concerning) > 0 {
				c = append(c, "EXISTS { (r)-[:CONCERNS]->(x:"+labelEntity+") WHERE x.id IN $concerning }")
			}
		case graph.HoldsRole:
			pattern = "(a:" + labelEntity + ")-[r:" + factRel[t] + "]->(:" + labelRole + ")-[:ROLE_AT]->(b:" + labelEntity + ")"
		default:
			pattern = "(a:" + labelEntity + ")-[r:" + factRel[t] + "]->(b:" + labelEntity + ")"
		}
		block := func(match string, c []string) string {
			b := imports + match
			if len(c) > 0 {
				b += " WHERE " + strings.Join(c, " AND ")
			}
			return b + " RETURN " + ret(t)
		}
		if len(f.Involving) == 0 {
			blocks = append(blocks, block("MATCH "+pattern, c))
			continue
		}
		// One block per end the entities may be at: an OR over the ends
		// would not start from the index.
		blocks = append(blocks,
			block("MATCH "+pattern, append(slices.Clip(c), "a.id IN $involving")),
			block("MATCH "+pattern, append(slices.Clip(c), "b.id IN $involving")))
		if t == graph.Condemned {
			blocks = append(blocks, block("MATCH (y:"+labelEntity+")<-[:CONCERNS]-(r:"+labelCondemnation+") WHERE y.id IN $involving\n  MATCH "+pattern, c))
		}
	}
	if len(blocks) == 0 {
		return "", false
	}
	return prefix + "CALL {\n  " + strings.Join(blocks, "\n  UNION\n  ") + "\n}", true
}

// read runs one read query and returns its rows' values, translating its
// failure.
func (s *Store) read(ctx context.Context, op, q string, params map[string]any) ([][]any, error) {
	if err := ctx.Err(); err != nil {
		return nil, s.translate(ctx, op, err)
	}
	res, err := s.readQuery(ctx, q, params)
	if err != nil {
		return nil, s.translate(ctx, op, err)
	}
	rows := make([][]any, len(res.Records))
	for i, r := range res.Records {
		rows[i] = r.Values
	}
	return rows, nil
}

func limitClause(limit int, params map[string]any) string {
	if limit <= 0 {
		return ""
	}
	params["limit"] = limit
	return " LIMIT $limit"
}

// entityFromProps reads the merged entity a node holds, without documents.
func entityFromProps(p map[string]any) graph.Entity {
	return graph.Entity{
		ID: str(p["id"]), Type: graph.EntityType(str(p["type"])), Name: str(p["name"]), Aliases: strs(p["aliases"]),
		PlaceType: str(p["placeType"]), Session: intProp(p, "session"), Start: graph.Date(str(p["start"])),
		End: graph.Date(str(p["end"])), Date: graph.Date(str(p["date"])), EventType: str(p["eventType"]),
	}
}

// The driver gives property values as any: these read them, with the zero
// value for a missing property.

func str(v any) string {
	s, _ := v.(string)
	return s
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func strs(v any) []string {
	var out []string
	switch l := v.(type) {
	case []any:
		for _, x := range l {
			out = append(out, str(x))
		}
	case []string:
		out = append(out, l...)
	}
	return out
}

func float(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	}
	return 0
}

func intProp(p map[string]any, k string) int {
	switch x := p[k].(type) {
	case int64:
		return int(x)
	case float64:
		return int(x)
	}
	return 0
}

// nullable stores an empty string as no property at all.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullableInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func nullableList(l []string) any {
	if len(l) == 0 {
		return nil
	}
	return anys(l)
}

func anys[T ~string](l []T) []any {
	out := make([]any, len(l))
	for i, s := range l {
		out[i] = string(s)
	}
	return out
}

func orEmpty(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}

func dedupe[T comparable](in []T) []T {
	seen := make(map[T]bool, len(in))
	var out []T
	for _, v := range in {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
