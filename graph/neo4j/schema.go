package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// schemaVersion is the layout of the graph this code writes and reads,
// recorded in the database's KGSchema node. Raise it whenever the layout
// changes; a database of a newer version is refused rather than misread,
// one of an older version is brought up to date when opened.
//
// Version 2 adds the searchText of entities and its full-text index;
// version 3 the number of supporting documents on every fact's carrier
// (the property documents), which reads without observations return.
const schemaVersion = 3

// The labels and relationship types of the store. Entity labels come only
// from graph.EntityTypes and fact relationships only from
// graph.RelationTypes (see entityLabel and factRel): nothing from input is
// ever formatted into Cypher.
const (
	labelEntity       = "Entity"
	labelDocument     = "Document"
	labelName         = "Name"
	labelRole         = "Role"
	labelCondemnation = "Condemnation"
	labelFactVersion  = "FactVersion"
	labelSchema       = "KGSchema"
)

// entityLabel maps each entity type to its node label.
var entityLabel = func() map[graph.EntityType]string {
	m := map[graph.EntityType]string{}
	for _, t := range graph.EntityTypes {
		m[t] = string(t)
	}
	return m
}()

// factRel maps each relation type whose facts are relationships between
// entities to its relationship type. HOLDS_ROLE is a relationship too, but to
// a Role node; CONDEMNED is reified as a Condemnation node and has none.
var factRel = func() map[graph.RelationType]string {
	m := map[graph.RelationType]string{}
	for _, t := range graph.RelationTypes {
		if t != graph.Condemned {
			m[t] = string(t)
		}
	}
	return m
}()

// schemaStatements creates the constraints and indexes, each only if it is
// missing, so that running them again changes nothing.
func schemaStatements() []string {
	var out []string
	unique := func(name, pattern, prop string) {
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT %s IF NOT EXISTS FOR %s REQUIRE %s IS UNIQUE", name, pattern, prop))
	}
	for _, l := range []string{labelEntity, labelDocument, labelRole, labelCondemnation, labelSchema} {
		unique("kg_"+strings.ToLower(l)+"_id", "(n:"+l+")", "n.id")
	}
	for _, t := range graph.EntityTypes {
		unique("kg_"+strings.ToLower(entityLabel[t])+"_id", "(n:"+entityLabel[t]+")", "n.id")
	}
	for _, t := range graph.RelationTypes {
		if rel, ok := factRel[t]; ok {
			unique("kg_"+strings.ToLower(rel)+"_id", "()-[r:"+rel+"]-()", "r.id")
		}
	}
	// Name lookup: one Name node per NameKey, which the entities so named
	// point at.
	unique("kg_name_key", "(n:"+labelName+")", "n.key")
	unique("kg_factversion_key", "(v:"+labelFactVersion+")", "(v.fact, v.doc)")
	out = append(out,
		"CREATE INDEX kg_factversion_fact IF NOT EXISTS FOR (v:"+labelFactVersion+") ON (v.fact)",
		"CREATE INDEX kg_factversion_doc IF NOT EXISTS FOR (v:"+labelFactVersion+") ON (v.doc)",
		"CREATE INDEX kg_entity_name IF NOT EXISTS FOR (n:"+labelEntity+") ON (n.name)",
		"CREATE INDEX kg_document_published IF NOT EXISTS FOR (d:"+labelDocument+") ON (d.published)",
		// Search by words of names and aliases, for tools and people
		// exploring the graph in Cypher (db.index.fulltext.queryNodes).
		// Eventually consistent: Lucene's updates happen after the commit
		// rather than in it, where they would slow every document's write.
		"CREATE FULLTEXT INDEX kg_entity_names IF NOT EXISTS FOR (n:"+labelEntity+") ON EACH [n.name, n.aliases] "+
			"OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}",
		// What Search looks candidates up in: the search tokens of every
		// name, computed in Go and split again on white space only.
		// Updated within the commit, unlike kg_entity_names, so that a
		// search sees the documents put before it.
		"CREATE FULLTEXT INDEX "+SearchIndex+" IF NOT EXISTS FOR (n:"+labelEntity+") ON EACH [n.searchText] "+
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
	)
	return out
}

// SearchIndex is the name of the full-text index over the search tokens of
// entities' names (see graph.SearchTokens), which Search uses.
const SearchIndex = "kg_entity_search"

// FullTextIndex is the name of the full-text index over entity names and
// aliases.
const FullTextIndex = "kg_entity_names"

// initSchema checks the recorded schema version, creates what is missing and
// records the version. Schema commands cannot share a transaction with data,
// so each runs on its own.
func (s *Store) initSchema(ctx context.Context) error {
	res, err := s.readQuery(ctx, "OPTIONAL MATCH (v:"+labelSchema+" {id: 'kg'}) RETURN v.version AS version", nil)
	if err != nil {
		return err
	}
	var recorded int64
	if len(res.Records) == 1 {
		v, ok := res.Records[0].Values[0].(int64)
		if ok {
			recorded = v
		}
		if ok && v > schemaVersion {
			return &graph.Error{Code: graph.ECONFLICT, Op: "open neo4j store",
				Message: fmt.Sprintf("Neo4j database %s holds a kg graph of schema version %d, but this kg reads only up to version %d: use a newer kg",
					s.cfg, v, schemaVersion)}
		}
	}
	for _, q := range schemaStatements() {
		if _, err := s.writeQuery(ctx, q, nil); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	if _, err := s.writeQuery(ctx, "CALL db.awaitIndexes(300)", nil); err != nil {
		return err
	}
	if recorded < 2 {
		if err := s.addSearchText(ctx); err != nil {
			return err
		}
	}
	if recorded < 3 {
		if err := s.addDocumentCounts(ctx); err != nil {
			return err
		}
	}
	_, err = s.writeQuery(ctx, "MERGE (v:"+labelSchema+" {id: 'kg'}) SET v.version = $version",
		map[string]any{"version": schemaVersion})
	return err
}

// addSearchText brings a graph of schema version 1 up to version 2: it gives
// every entity without one its searchText, in batches, since the tokens are
// computed in Go.
func (s *Store) addSearchText(ctx context.Context) error {
	const batch = 5000
	for {
		res, err := s.readQuery(ctx, "MATCH (e:"+labelEntity+") WHERE e.searchText IS NULL "+
			"RETURN e.id, e.name, e.aliases LIMIT $batch", map[string]any{"batch": batch})
		if err != nil {
			return err
		}
		if len(res.Records) == 0 {
			return nil
		}
		rows := make([]any, 0, len(res.Records))
		for _, r := range res.Records {
			e := graph.Entity{Name: str(r.Values[1]), Aliases: strs(r.Values[2])}
			rows = append(rows, map[string]any{"id": str(r.Values[0]), "text": searchText(&e)})
		}
		if _, err := s.writeQuery(ctx, "UNWIND $rows AS row MATCH (e:"+labelEntity+" {id: row.id}) SET e.searchText = row.text",
			map[string]any{"rows": rows}); err != nil {
			return err
		}
	}
}

// addDocumentCounts brings a graph of schema version 2 up to version 3: it
// gives every fact's carrier without one the number of its versions, one per
// supporting document, in batches, so that no transaction holds the whole
// graph.
func (s *Store) addDocumentCounts(ctx context.Context) error {
	const batch = 10000
	count := "SET r.documents = COUNT { MATCH (v:" + labelFactVersion + " {fact: r.id}) }"
	queries := []string{"MATCH (r:" + labelCondemnation + ") WHERE r.documents IS NULL WITH r LIMIT $batch " + count + " RETURN count(r)"}
	for _, t := range graph.RelationTypes {
		if t != graph.Condemned {
			queries = append(queries, "MATCH ()-[r:"+factRel[t]+"]->() WHERE r.documents IS NULL WITH r LIMIT $batch "+count+" RETURN count(r)")
		}
	}
	for _, q := range queries {
		for {
			res, err := s.writeQuery(ctx, q, map[string]any{"batch": batch})
			if err != nil {
				return err
			}
			if len(res.Records) != 1 || res.Records[0].Values[0] == int64(0) {
				break
			}
		}
	}
	return nil
}
