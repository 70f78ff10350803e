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
	q, params, ok := entitiesQuery(&f)
	if !ok {
		return nil, nil
	}
	// Without their documents, as many entities as ids or the limit are
	// small enough for one record.
	bound := len(f.IDs)
	if f.Limit > 0 && (bound == 0 || f.Limit < bound) {
		bound = f.Limit
	}
	packed := f.WithoutDocuments && bound > 0 && bound <= maxPackedRows
	res, err := s.readRows(ctx, op, q, params, packed, "entity", "documents")
	if err != nil {
		return nil, err
	}
	out := make([]graph.Entity, 0, len(res))
	for _, row := range res {
		out = append(out, entityOfRow(row))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// EachEntity calls fn with each entity Entities would return, as the server
// streams the rows of the same query.
func (s *Store) EachEntity(ctx context.Context, f graph.EntityFilter, fn func(graph.Entity) error) error {
	q, params, ok := entitiesQuery(&f)
	if !ok {
		return nil
	}
	return s.stream(ctx, "read entities", q+"\nRETURN entity, documents", params, func(row []any) error {
		return fn(entityOfRow(row))
	})
}

// entityOfRow reads a row of entity and documents.
func entityOfRow(row []any) graph.Entity {
	p, _ := row[0].(map[string]any)
	e := entityFromProps(p)
	e.Documents = strs(row[1])
	sort.Strings(e.Documents)
	return e
}

// entitiesQuery builds the query of Entities, up to its last WITH of entity
// and documents, ordered by id; ok is false when no entity can match.
func entitiesQuery(f *graph.EntityFilter) (q string, params map[string]any, ok bool) {
	params = map[string]any{}
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
			return "", nil, false // no entity has a type outside the closed set
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
		// the match above starts from the Name node unless ids chose it
		if len(f.IDs) > 0 {
			where = append(where, "EXISTS { (e)-[:NAMED]->(:"+labelName+" {key: $key}) }")
		}
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
			return "", nil, false
		}
		where = append(where, "("+strings.Join(labels, " OR ")+")")
	}
	q = match
	if len(where) > 0 {
		q += "\nWITH e WHERE " + strings.Join(where, " AND ")
	}
	documents := "COLLECT { MATCH (d:" + labelDocument + ")-[:MENTIONS]->(e) RETURN d.id }"
	if f.WithoutDocuments {
		documents = "[]"
	}
	q += "\nWITH e ORDER BY e.id" + limitClause(f.Limit, params) +
		"\nWITH e, " + entityProps + " AS entity, " + documents + " AS documents"
	return q, params, true
}

// Facts returns the merged facts that match f, by id, in one query: the
// matching facts are found through the graph (from the entities at their
// ends, the documents that state them, or their ids), then their versions
// are read and merged with graph.MergeFacts; without observations, the
// summary their carriers hold is read instead, and no version.
func (s *Store) Facts(ctx context.Context, f graph.FactFilter) ([]graph.Fact, error) {
	const op = "read facts"
	if f.WithoutObservations {
		return s.factSummaries(ctx, op, &f)
	}
	q, params, ok := factsQuery(&f)
	if !ok {
		return nil, nil
	}
	res, err := s.read(ctx, op, q, params)
	if err != nil {
		return nil, err
	}
	out := make([]graph.Fact, 0, len(res))
	for _, row := range res {
		fact, err := factOfRow(row)
		if err != nil {
			return nil, s.translate(ctx, op, err)
		}
		out = append(out, fact)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// factSummaries is Facts without observations: the facts' ends as Edges
// finds them and the summary on their carriers.
func (s *Store) factSummaries(ctx context.Context, op string, f *graph.FactFilter) ([]graph.Fact, error) {
	params := map[string]any{}
	selection, ok := selectFacts(f, params, carrierRow)
	if !ok {
		return nil, nil
	}
	q := selection + "\nWITH DISTINCT id, rel, cond ORDER BY id" + limitClause(f.Limit, params) + edgeEnds
	packed := f.Limit > 0 && f.Limit <= maxPackedRows
	res, err := s.readRows(ctx, op, q, params, packed, "id", "relType", "fromId", "toId", "concerningId", summaryOf("carrier"))
	if err != nil {
		return nil, err
	}
	out := make([]graph.Fact, 0, len(res))
	for _, row := range res {
		out = append(out, summaryFact(str(row[0]), graph.RelationType(str(row[1])), str(row[2]), str(row[3]), str(row[4]), list(row[5])))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// carrierRow returns the carrier of a fact of type t as the row of id, rel
// and cond that edgeEnds takes.
func carrierRow(t graph.RelationType) string {
	if t == graph.Condemned {
		return "r.id AS id, null AS rel, r AS cond"
	}
	return "r.id AS id, r AS rel, null AS cond"
}

// summaryOf is the list of the summary properties of carrier c, in the
// order summaryFact reads them.
func summaryOf(c string) string {
	return "[" + c + ".firstSeen, " + c + ".lastSeen, " + c + ".confidence, " + c + ".role, " + c + ".documents]"
}

// summaryFact is a fact read without its observations.
func summaryFact(id string, t graph.RelationType, from, to, concerning string, sum []any) graph.Fact {
	f := graph.Fact{ID: id, Type: t, From: from, To: to, Concerning: concerning}
	if len(sum) == 5 {
		f.FirstSeen, f.LastSeen = graph.Date(str(sum[0])), graph.Date(str(sum[1]))
		f.Confidence, f.Role = float(sum[2]), str(sum[3])
		f.DocumentCount = intOf(sum[4])
	}
	return f
}

// EachFact calls fn with each fact Facts would return, as the server
// streams the rows of the same query.
func (s *Store) EachFact(ctx context.Context, f graph.FactFilter, fn func(graph.Fact) error) error {
	const op = "read facts"
	if f.WithoutObservations {
		facts, err := s.factSummaries(ctx, op, &f)
		if err != nil {
			return err
		}
		for _, fact := range facts {
			if err := fn(fact); err != nil {
				return err
			}
		}
		return nil
	}
	q, params, ok := factsQuery(&f)
	if !ok {
		return nil
	}
	return s.stream(ctx, op, q, params, func(row []any) error {
		fact, err := factOfRow(row)
		if err != nil {
			return s.translate(ctx, op, err)
		}
		return fn(fact)
	})
}

// factsQuery builds the query of Facts: rows of a fact's id and the JSON of
// its versions, by id; ok is false when no fact can match.
func factsQuery(f *graph.FactFilter) (q string, params map[string]any, ok bool) {
	params = map[string]any{}
	selection, ok := selectFacts(f, params, func(graph.RelationType) string { return "r.id AS id" })
	if !ok {
		return "", nil, false
	}
	q = selection + "\nWITH DISTINCT id ORDER BY id" + limitClause(f.Limit, params) +
		"\nRETURN id, COLLECT { MATCH (v:" + labelFactVersion + " {fact: id}) RETURN v.json } AS versions"
	return q, params, true
}

// factOfRow merges the versions of a row of factsQuery.
func factOfRow(row []any) (graph.Fact, error) {
	return mergeFactVersions(str(row[0]), list(row[1]))
}

// mergeFactVersions merges the JSON versions of fact id.
func mergeFactVersions(id string, raws []any) (graph.Fact, error) {
	var versions []graph.Fact
	for _, raw := range raws {
		var v graph.Fact
		if err := json.Unmarshal([]byte(str(raw)), &v); err != nil {
			return graph.Fact{}, fmt.Errorf("fact %s: version: %w", id, err)
		}
		versions = append(versions, v)
	}
	if len(versions) == 0 {
		return graph.Fact{}, fmt.Errorf("fact %s has no versions", id)
	}
	return graph.MergeFacts(versions), nil
}

// Edges returns what Facts would without observations, in one query that
// reads no fact versions: the ends come from the carriers' own ends, and
// only for the facts returned. A filter by Involving alone (with Types and
// Limit), the traversals' read, has a query of its own (involvingQuery);
// any other goes through selectFacts.
func (s *Store) Edges(ctx context.Context, f graph.FactFilter) ([]graph.Edge, error) {
	const op = "read edges"
	params := map[string]any{}
	var q string
	if len(f.Involving) > 0 && len(f.IDs) == 0 && len(f.From) == 0 && len(f.To) == 0 &&
		len(f.Concerning) == 0 && f.Document == "" {
		types := graph.TypesInIDOrder(f.Types)
		if len(types) == 0 {
			return nil, nil // no fact has a type outside the closed set
		}
		params["involving"] = anys(dedupe(f.Involving))
		q = involvingQuery(types, limitClause(f.Limit, params))
	} else {
		selection, ok := selectFacts(&f, params, carrierRow)
		if !ok {
			return nil, nil
		}
		q = selection + "\nWITH DISTINCT id, rel, cond ORDER BY id" + limitClause(f.Limit, params)
	}
	// A traversal's read is bounded by its limit: few enough edges for one
	// record.
	packed := f.Limit > 0 && f.Limit <= maxPackedRows
	res, err := s.readRows(ctx, op, q+edgeEnds, params, packed, "id", "relType", "fromId", "toId", "concerningId")
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

// edgeEnds ends the queries of Edges: from rows of a fact's id and its
// carrier, the relationship rel or, for a condemnation, the node cond, it
// returns the edge. Looking the ends up last, for the rows a limit keeps,
// spares the reads of the ends of every fact that a hub's limit drops.
var edgeEnds = `
WITH id,
  CASE WHEN rel IS NULL THEN '` + string(graph.Condemned) + `' ELSE type(rel) END AS relType,
  CASE WHEN rel IS NULL THEN COLLECT { MATCH (a:` + labelEntity + `)-[:ISSUED]->(cond) RETURN a.id }[0]
    ELSE startNode(rel).id END AS fromId,
  CASE WHEN rel IS NULL THEN COLLECT { MATCH (cond)-[:AGAINST]->(b:` + labelEntity + `) RETURN b.id }[0]
    WHEN type(rel) = '` + factRel[graph.HoldsRole] + `' THEN COLLECT { MATCH ()-[rel]->(:` + labelRole + `)-[:ROLE_AT]->(b:` + labelEntity + `) RETURN b.id }[0]
    ELSE endNode(rel).id END AS toId,
  COLLECT { MATCH (cond)-[:CONCERNS]->(x:` + labelEntity + `) RETURN x.id }[0] AS concerningId,
  coalesce(rel, cond) AS carrier`

// involvingQuery finds the facts of the given types whose From, To or
// Concerning is one of the entities $involving, as rows of id, rel and cond
// for edgeEnds: with limit, a limit clause, the $limit smallest ids, and
// without, all of them.
//
// Each entity's relationships are expanded from the entity itself, and each
// expansion names its relationship types, so that a hub's thousands of
// MENTIONS are never walked. With a limit, the types are read one step
// after another in the order of their facts' ids (graph.FactIDPrefix): each
// step keeps its type's $limit smallest ids, and once the steps so far hold
// $limit facts no later type can give one of the smallest, so the later
// steps are skipped. A traversal's frontier usually fills its limit with
// its first type, ATTENDED, and so never reads its hubs' other
// relationships. Without a limit, all types are read at once, in as few
// expansions per entity as the kinds of carriers allow, since each
// expansion of an entity with few relationships (which Neo4j keeps in one
// chain, not grouped by type) walks all of them.
//
// Whether a step runs depends on how many facts the earlier ones found, but
// the steps pass on counts alone: n0 = 0, and nk+1 is nk plus the facts of
// step k counted up to $limit (so that a hub's count stops early); step k
// runs when nk < $limit. Had the steps passed on the lists of the facts
// they found, every row that a later step's DISTINCT or ORDER BY holds
// would carry those lists, and the server counts a list's memory for every
// row: a few traversals at once would exceed its memory for transactions.
//
// The query text depends only on the types and whether there is a limit,
// so the server plans it once per such shape.
func involvingQuery(types []graph.RelationType, limit string) string {
	if limit == "" {
		var rels []graph.RelationType
		var steps []string
		for _, t := range types {
			if t != graph.Condemned {
				rels = append(rels, t)
			}
		}
		if len(rels) > 0 {
			steps = append(steps, carriers("$involving", rels)+" WITH DISTINCT r "+asEdgeRow(rels))
		}
		if slices.Contains(types, graph.Condemned) {
			one := []graph.RelationType{graph.Condemned}
			steps = append(steps, carriers("$involving", one)+" WITH DISTINCT r "+asEdgeRow(one))
		}
		return "CALL {\n  " + strings.Join(steps, "\n  UNION ALL\n  ") + "\n}\nWITH id, rel, cond"
	}
	var b strings.Builder
	var steps []string
	b.WriteString("WITH 0 AS n0")
	counts := []string{"n0"}
	for k, t := range types {
		one := []graph.RelationType{t}
		n := counts[k]
		entities := "CASE WHEN " + n + " < $limit THEN $involving ELSE [] END"
		steps = append(steps, "WITH "+n+" "+carriers(entities, one)+" WITH DISTINCT r ORDER BY r.id"+limit+" "+asEdgeRow(one))
		if k < len(types)-1 {
			next := fmt.Sprintf("n%d", k+1)
			b.WriteString("\nWITH " + strings.Join(counts, ", ") + ", " + n + " + COUNT { " +
				carriers(entities, one) + " WITH DISTINCT r" + limit + " RETURN r } AS " + next)
			counts = append(counts, next)
		}
	}
	b.WriteString("\nCALL {\n  " + strings.Join(steps, "\n  UNION ALL\n  ") + "\n}\nWITH id, rel, cond ORDER BY id" + limit)
	return b.String()
}

// carriers is the part of a step of involvingQuery that binds r to each
// carrier of a fact of the given types that involves one of the entities
// whose ids the list expression entities gives: for CONDEMNED (alone in its
// step) the Condemnation nodes that the entity issued, is the target of or
// is concerned by; for the others the relationships of the entity, and for
// HOLDS_ROLE those of the roles at it too. A fact with two ends among the
// entities comes twice.
func carriers(entities string, types []graph.RelationType) string {
	each := "UNWIND " + entities + " AS entityId MATCH (e:" + labelEntity + " {id: entityId})\n    "
	if types[0] == graph.Condemned {
		return each + "MATCH (e)-[:ISSUED|AGAINST|CONCERNS]-(r:" + labelCondemnation + ")"
	}
	rels := make([]string, len(types))
	for i, t := range types {
		rels[i] = factRel[t]
	}
	ofEntity := "MATCH (e)-[r:" + strings.Join(rels, "|") + "]-()"
	if !slices.Contains(types, graph.HoldsRole) {
		return each + ofEntity
	}
	return each + "CALL { WITH e " + ofEntity + " RETURN r UNION ALL WITH e MATCH (e)<-[:ROLE_AT]-(:" + labelRole +
		")<-[r:" + factRel[graph.HoldsRole] + "]-() RETURN r }"
}

// asEdgeRow returns the carrier r of a fact of the given types as the row
// of id, rel and cond that edgeEnds takes.
func asEdgeRow(types []graph.RelationType) string {
	if types[0] == graph.Condemned {
		return "RETURN r.id AS id, null AS rel, r AS cond"
	}
	return "RETURN r.id AS id, r AS rel, null AS cond"
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

// maxPackedRows bounds the reads that readRows packs into one record.
const maxPackedRows = 10_000

// readRows runs a read query that ends with a WITH of the columns cols and
// returns its rows' values, translating its failure. packed asks the server
// for all the rows in one record, a list of lists: the driver reads each
// record as a message of its own, which costs more than the server spends
// on a row of a traversal's read, so a bounded read that would give hundreds
// of records takes a fraction of the time. A read without a small bound
// (maxPackedRows) streams its rows, so that neither side holds them all at
// once, unless its caller keeps every row anyway and the rows are small, as
// Search's candidates are.
func (s *Store) readRows(ctx context.Context, op, q string, params map[string]any, packed bool, cols ...string) ([][]any, error) {
	if !packed {
		return s.read(ctx, op, q+"\nRETURN "+strings.Join(cols, ", "), params)
	}
	res, err := s.read(ctx, op, q+"\nRETURN collect(["+strings.Join(cols, ", ")+"]) AS rows", params)
	if err != nil {
		return nil, err
	}
	if len(res) != 1 {
		return nil, s.translate(ctx, op, fmt.Errorf("packed read gave %d records, not 1", len(res)))
	}
	packedRows := list(res[0][0])
	rows := make([][]any, len(packedRows))
	for i, r := range packedRows {
		rows[i] = list(r)
		if len(rows[i]) != len(cols) {
			return nil, s.translate(ctx, op, fmt.Errorf("packed read gave a row of %d values, not %d", len(rows[i]), len(cols)))
		}
	}
	return rows, nil
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
	return intOf(p[k])
}

// intOf is a property value read as an int.
func intOf(v any) int {
	switch x := v.(type) {
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
