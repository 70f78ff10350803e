package neo4j

import (
	"strings"

	"github.com/actorgraph/kg/graph"
)

// The Cypher of the store. Every statement is text fixed when the program
// starts, built only from the closed sets of package graph; every value
// travels as a parameter, and every batch as a parameter list that one
// UNWIND walks.

// writePrefix starts the statements of write transactions. Their plans are
// index seeks on unique constraints whatever the data, so they are never
// planned again: replanning these long statements as the statistics of a
// growing graph change cost more than the writes themselves.
const writePrefix = "CYPHER replan=skip\n"

// entityProps is the projection of an entity node that reads return.
const entityProps = "e {.id, .type, .name, .aliases, .placeType, .session, .start, .end, .date, .eventType}"

// queryPutState reads, inside the write transaction of PutDocument and
// RemoveDocument, what the change needs: the stored version of the document,
// the entities it mentioned and will mention, with their versions, the
// facts it stated, and the carriers of the facts it will state.
var queryPutState = func() string {
	var carriers []string
	for _, t := range graph.RelationTypes {
		if t == graph.Condemned {
			carriers = append(carriers, "COLLECT { UNWIND $factIds."+string(t)+" AS id MATCH (r:"+labelCondemnation+
				" {id: id}) RETURN r {.*} }")
			continue
		}
		rel := factRel[t]
		carriers = append(carriers, "COLLECT { UNWIND $factIds."+string(t)+" AS id MATCH ()-[r:"+rel+
			" {id: id}]->() RETURN r {.*} }")
	}
	return writePrefix + `OPTIONAL MATCH (d:` + labelDocument + ` {id: $doc})
WITH d, COLLECT { MATCH (d)-[m:MENTIONS]->(e:` + labelEntity + `) RETURN [e.id, m.digest] } AS mentions
RETURN d {.*} AS document, mentions,
  COLLECT { MATCH (v:` + labelFactVersion + ` {doc: $doc}) RETURN [v.fact, v.type] } AS facts,
  COLLECT { UNWIND $entityIds + [m IN mentions | m[0]] AS id MATCH (e:` + labelEntity + ` {id: id}) RETURN e {.*} } AS entities,
  ` + strings.Join(carriers, "\n  + ") + ` AS carriers`
}()

// queryRemovalState reads what removing a document's old version needs:
// the other documents' versions of the facts it stated, and, for each
// entity version of which it was the earliest document, the earliest of the
// other documents that give that version.
var queryRemovalState = writePrefix + `RETURN
  COLLECT { UNWIND $facts AS id MATCH (v:` + labelFactVersion + ` {fact: id}) WHERE v.doc <> $doc RETURN v.json } AS versions,
  COLLECT {
    UNWIND $versions AS p
    MATCH (:` + labelEntity + ` {id: p.id})<-[m:MENTIONS {digest: p.digest}]-(d:` + labelDocument + `)
    WHERE d.id <> $doc
    WITH p, d.published AS published, collect(d.id) AS docs
    ORDER BY published = '', published
    WITH p, head(collect([published, docs])) AS earliest
    RETURN [p.id, p.digest, earliest[0]] + earliest[1]
  } AS earliest`

// queryRemove deletes a document's old version: its mentions and fact
// versions, the facts and entities nothing supports any more, the names they
// alone had, and the document itself when it is removed rather than
// replaced.
var queryRemove = func() string {
	var b strings.Builder
	b.WriteString(writePrefix + `CALL { MATCH (:` + labelDocument + ` {id: $doc})-[m:MENTIONS]->() DELETE m }
CALL { MATCH (v:` + labelFactVersion + ` {doc: $doc}) DELETE v }
`)
	for _, t := range graph.RelationTypes {
		switch t {
		case graph.Condemned:
			b.WriteString(`CALL { UNWIND $deleteFacts.` + string(t) + ` AS id MATCH (c:` + labelCondemnation + ` {id: id}) DETACH DELETE c }
`)
		case graph.HoldsRole:
			b.WriteString(`CALL { UNWIND $deleteFacts.` + string(t) + ` AS id MATCH ()-[r:` + factRel[t] + ` {id: id}]->(role:` + labelRole + `) DELETE r
  WITH DISTINCT role WHERE NOT EXISTS { (role)<-[:` + factRel[t] + `]-() } DETACH DELETE role }
`)
		default:
			b.WriteString(`CALL { UNWIND $deleteFacts.` + string(t) + ` AS id MATCH ()-[r:` + factRel[t] + ` {id: id}]->() DELETE r }
`)
		}
	}
	b.WriteString(queryDeleteNames + `
CALL { UNWIND $deleteEntities AS id MATCH (e:` + labelEntity + ` {id: id}) DETACH DELETE e }
CALL { MATCH (d:` + labelDocument + ` {id: $doc}) WHERE $removeDocument DETACH DELETE d }`)
	return b.String()
}()

// queryDeleteNames unlinks entities from names they no longer have, and
// deletes the names no entity has any more.
const queryDeleteNames = `CALL { UNWIND $deleteNames AS row
  MATCH (:` + labelEntity + ` {id: row.id})-[r:NAMED]->(n:` + labelName + ` {key: row.key}) DELETE r
  WITH DISTINCT n WHERE NOT EXISTS { (n)<-[:NAMED]-() } DELETE n }`

// queryPut writes documents' new versions and every merged entity and fact
// that changed: the documents and their mentions, entity properties, labels
// and names, the documents' fact versions, and the carriers of the facts,
// creating what is missing (MERGE on ids). A document's mentions and fact
// versions are created, not merged: it has none when this runs, since it is
// new or queryRemove took its old ones away, and MERGE would lock the
// entities every document mentions. So are the carriers of facts that the
// transaction's own read found missing ($newFacts), which spares the server
// a search of the relationships of both ends.
var queryPut = func() string {
	var b strings.Builder
	b.WriteString(writePrefix + `CALL { UNWIND $document AS doc MERGE (d:` + labelDocument + ` {id: doc.id}) SET d += doc }
CALL { UNWIND $mentions AS row
  MATCH (d:` + labelDocument + ` {id: row.doc})
  MERGE (e:` + labelEntity + ` {id: row.id})
  CREATE (d)-[:MENTIONS {digest: row.digest}]->(e) }
CALL { UNWIND $entities AS row MATCH (e:` + labelEntity + ` {id: row.id}) SET e += row.props }
`)
	for _, t := range graph.EntityTypes {
		var others []string
		for _, o := range graph.EntityTypes {
			if o != t {
				others = append(others, entityLabel[o])
			}
		}
		b.WriteString(`CALL { UNWIND $labels.` + string(t) + ` AS id MATCH (e:` + labelEntity + ` {id: id}) REMOVE e:` +
			strings.Join(others, ":") + ` SET e:` + entityLabel[t] + ` }
`)
	}
	b.WriteString(queryDeleteNames + `
CALL { UNWIND $addNames AS row MATCH (e:` + labelEntity + ` {id: row.id})
  MERGE (n:` + labelName + ` {key: row.key}) MERGE (e)-[:NAMED]->(n) }
CALL { UNWIND $versions AS row CREATE (v:` + labelFactVersion + `) SET v = row }
`)
	for _, t := range graph.RelationTypes {
		b.WriteString(putFact(t, "facts", "MERGE"))
		b.WriteString(putFact(t, "newFacts", "CREATE"))
	}
	return strings.TrimSuffix(b.String(), "\n")
}()

// putFact writes the carriers of the facts of type t in the parameter list
// $list.t: with MERGE, or with CREATE for carriers known to be missing.
func putFact(t graph.RelationType, list, write string) string {
	ends := `UNWIND $` + list + `.` + string(t) + ` AS row
  MATCH (a:` + labelEntity + ` {id: row.from}), (b:` + labelEntity + ` {id: row.to})
  `
	switch t {
	case graph.Condemned:
		return `CALL { ` + ends + write + ` (c:` + labelCondemnation + ` {id: row.id}) SET c += row.props
  ` + write + ` (a)-[:ISSUED]->(c) ` + write + ` (c)-[:AGAINST]->(b)
  WITH c, row WHERE row.concerning IS NOT NULL
  MATCH (x:` + labelEntity + ` {id: row.concerning}) ` + write + ` (c)-[:CONCERNS]->(x) }
`
	case graph.HoldsRole:
		return `CALL { ` + ends + `MERGE (role:` + labelRole + ` {id: row.roleId}) ON CREATE SET role.title = row.props.role, role.key = row.roleKey
  MERGE (role)-[:ROLE_AT]->(b)
  ` + write + ` (a)-[r:` + factRel[t] + ` {id: row.id}]->(role) SET r += row.props }
`
	}
	return `CALL { ` + ends + write + ` (a)-[r:` + factRel[t] + ` {id: row.id}]->(b) SET r += row.props }
`
}

// queryStoredDocuments returns which of the document ids $ids are stored.
const queryStoredDocuments = writePrefix + `RETURN COLLECT { UNWIND $ids AS id MATCH (d:` + labelDocument + ` {id: id}) RETURN d.id } AS ids`
