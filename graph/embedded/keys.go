package embedded

import (
	"bytes"
	"strings"
)

// The buckets of the file. Records hold JSON; index buckets hold composite
// keys (see key) with empty values, so that a prefix scan answers a filter.
var (
	bucketMeta = []byte("meta")
	keySchema  = []byte("schema")

	// documentID → docRecord
	bucketDocuments = []byte("documents")
	// (published, documentID) → "": documents in the order reads return them
	bucketDocumentsByDate = []byte("documents_by_date")
	// (documentID, entityID) → "" and (documentID, factID) → ""
	bucketDocumentEntities = []byte("document_entities")
	bucketDocumentFacts    = []byte("document_facts")

	// entityID → merged graph.Entity; raw ids as keys, so a cursor walks ids in order
	bucketEntities = []byte("entities")
	// (entityID, documentID) → published date, 0x00, content digest: the
	// version of the entity a document gives, and the date that orders it
	bucketEntityVersions = []byte("entity_versions")
	// (entityID, content digest) → graph.Entity as a document gives it,
	// without Documents: the documents that give an entity alike share one
	// record, so a merge decodes each distinct version once
	bucketEntityContents = []byte("entity_contents")
	// factID → merged graph.Fact
	bucketFacts = []byte("facts")
	// (factID, documentID) → graph.Fact with that document's observations
	bucketFactVersions = []byte("fact_versions")

	// (NameKey of a name or alias, entityID) → ""
	bucketIndexName = []byte("index_name")
	// (entity type, entityID) → ""
	bucketIndexEntityType = []byte("index_entity_type")
	// (relation type, factID) → ""
	bucketIndexFactType = []byte("index_fact_type")
	// (from, relation type, factID) → "" and (to, relation type, factID) → ""
	bucketIndexOut = []byte("index_out")
	bucketIndexIn  = []byte("index_in")
	// (concerning, factID) → ""
	bucketIndexConcerning = []byte("index_concerning")
)

// dataBuckets are created when a file is opened, so that transactions can
// rely on them existing.
var dataBuckets = [][]byte{
	bucketDocuments, bucketDocumentsByDate, bucketDocumentEntities, bucketDocumentFacts,
	bucketEntities, bucketEntityVersions, bucketEntityContents, bucketFacts, bucketFactVersions,
	bucketIndexName, bucketIndexEntityType, bucketIndexFactType,
	bucketIndexOut, bucketIndexIn, bucketIndexConcerning,
}

// Composite keys join their parts with a 0x00 byte. Ids and names are input
// and may hold any byte, so each part is escaped first (0x00 → 0x01 0x01,
// 0x01 → 0x01 0x02): no part then contains the separator, a prefix of whole
// parts never matches a longer part, and keys still sort as their parts do.
const sep = 0x00

// key builds a composite key from its parts.
func key(parts ...string) []byte {
	var b bytes.Buffer
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(sep)
		}
		for j := 0; j < len(p); j++ {
			switch c := p[j]; c {
			case 0x00:
				b.WriteString("\x01\x01")
			case 0x01:
				b.WriteString("\x01\x02")
			default:
				b.WriteByte(c)
			}
		}
	}
	return b.Bytes()
}

// prefix is the key prefix shared by every key whose first parts are parts.
func prefix(parts ...string) []byte {
	return append(key(parts...), sep)
}

// lastPart returns the last part of a composite key, unescaped.
func lastPart(k []byte) string {
	i := bytes.LastIndexByte(k, sep)
	return unescape(k[i+1:])
}

func unescape(p []byte) string {
	if bytes.IndexByte(p, 0x01) < 0 {
		return string(p)
	}
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == 0x01 && i+1 < len(p) {
			i++
			b.WriteByte(p[i] - 1)
			continue
		}
		b.WriteByte(p[i])
	}
	return b.String()
}
