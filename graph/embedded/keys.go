package embedded

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
)

// The buckets of the file. Records hold JSON; index buckets hold composite
// keys (see key), so that a prefix scan answers a filter, with empty values
// but in the edge indexes.
//
// What grows with the number of documents that support an entity or a fact,
// its Documents and its Observations, is never part of one record: each
// document's share is a key of its own under the entity's or the fact's id,
// beside the merged record, so that a put writes only what its document
// brings, mostly to the page that already holds the id's other keys, and a
// read assembles the lists with one prefix scan.
var (
	bucketMeta = []byte("meta")
	keySchema  = []byte("schema")

	// documentID → docRecord
	bucketDocuments = []byte("documents")
	// (published, documentID) → "": documents in the order reads return them
	bucketDocumentsByDate = []byte("documents_by_date")
	// (documentID, entityID) → the digest of the version the document gives
	bucketDocumentEntities = []byte("document_entities")
	// (documentID, factID) → factVersion: the document's share of the fact
	// besides its observations
	bucketDocumentFacts = []byte("document_facts")

	// Under each entity id, in this order:
	//   (entityID) → entityRecord: the merged entity without Documents
	//   (entityID, tagContent, digest) → graph.Entity as a document gives
	//     it, without Documents: the documents that give an entity alike
	//     share one record, so a merge decodes each distinct version once
	//   (entityID, tagLead, digest, dateKey(published), documentID) → "":
	//     the documents that give each version, earliest first, so that the
	//     document that leads a version in the merge is the first key; all
	//     of them are the entity's Documents
	bucketEntities = []byte("entities")
	// Under each fact id, in this order:
	//   (factID) → graph.Fact without Observations: what filters need and
	//     the summary fields
	//   (factID, tagConfidence, confidenceKey, documentID) → "": the highest
	//     confidence of each document's observations, so that the last key
	//     is the fact's Confidence
	//   (factID, tagObservation, dateKey(published), documentID, position)
	//     → encodeObservation: the fact's Observations in the order of
	//     graph.MergeFacts, so that the first is the earliest and its
	//     document gives the role
	bucketFacts = []byte("facts")

	// (NameKey of a name or alias, entityID) → ""
	bucketIndexName = []byte("index_name")
	// (entity type, entityID) → ""
	bucketIndexEntityType = []byte("index_entity_type")
	// (relation type, factID) → ""
	bucketIndexFactType = []byte("index_fact_type")
	// The edge indexes: their values hold the fact's ends that their keys
	// do not, as a composite key (see edgeValues), so that Edges reads a
	// traversal's edges from the index alone.
	//   (from, relation type, factID) → (to[, concerning])
	bucketIndexOut = []byte("index_out")
	//   (to, relation type, factID) → (from[, concerning])
	bucketIndexIn = []byte("index_in")
	//   (concerning, factID) → (relation type, from, to)
	bucketIndexConcerning = []byte("index_concerning")
	// (search token of a name or alias, entityID) → (type, prepared names):
	// graph.SearchTokens of every name, which Search looks up whole and, for
	// the word still being typed, by prefix; the value holds what scoring
	// the entity needs (see searchValue), so that a candidate is scored
	// without reading its record
	bucketIndexSearch = []byte("index_search")
)

// The tags that tell the kinds of keys under an entity or a fact apart, in
// the order the kinds sort.
const (
	tagContent     = "c"
	tagLead        = "l"
	tagConfidence  = "c"
	tagObservation = "o"
)

// dataBuckets are created when a file is opened, so that transactions can
// rely on them existing.
var dataBuckets = [][]byte{
	bucketDocuments, bucketDocumentsByDate, bucketDocumentEntities, bucketDocumentFacts,
	bucketEntities, bucketFacts,
	bucketIndexName, bucketIndexEntityType, bucketIndexFactType,
	bucketIndexOut, bucketIndexIn, bucketIndexConcerning, bucketIndexSearch,
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

// splitKey returns the parts of a composite key, unescaped.
func splitKey(k []byte) []string {
	parts := make([]string, 0, bytes.Count(k, []byte{sep})+1)
	for {
		i := bytes.IndexByte(k, sep)
		if i < 0 {
			return append(parts, unescape(k))
		}
		parts = append(parts, unescape(k[:i]))
		k = k[i+1:]
	}
}

// undated is the date key of a document without a publication date: a byte
// no ISO date holds, so undated documents sort after every dated one, as
// graph.MergeEntities and graph.MergeFacts order them.
const undated = "\xff"

// dateKey is the key part that orders documents by publication date.
func dateKey(d graph.Date) string {
	if d == "" {
		return undated
	}
	return string(d)
}

// dateOfKey undoes dateKey.
func dateOfKey(k string) graph.Date {
	if k == undated {
		return ""
	}
	return graph.Date(k)
}

// confidenceKey is a key part that orders confidences as numbers: the bits
// of the float, sign flipped (all bits for a negative one), in hex.
func confidenceKey(c float64) string {
	b := math.Float64bits(c)
	if b>>63 == 0 {
		b |= 1 << 63
	} else {
		b = ^b
	}
	return fmt.Sprintf("%016x", b)
}

// confidenceOfKey undoes confidenceKey.
func confidenceOfKey(k string) (float64, error) {
	b, err := strconv.ParseUint(k, 16, 64)
	if err != nil || len(k) != 16 {
		return 0, fmt.Errorf("confidence key %q is not 16 hex digits", k)
	}
	if b>>63 == 1 {
		b &^= 1 << 63
	} else {
		b = ^b
	}
	return math.Float64frombits(b), nil
}

// pastPrefix is the first key after every key under p, a prefix that ends
// with the separator.
func pastPrefix(p []byte) []byte {
	end := bytes.Clone(p)
	end[len(end)-1]++
	return end
}

// lastUnder returns the last key under prefix p, or nil when there is
// none.
func lastUnder(c *bolt.Cursor, p []byte) []byte {
	return lastBefore(c, p, pastPrefix(p))
}

// lastBefore returns the last key under prefix p that sorts before end, or
// nil when there is none. It steps back from end, but does not trust a nil
// from Cursor.Prev: in a write transaction that has deleted every key of
// a leaf page, bbolt's Prev stops at the emptied page and answers nil, as
// if nothing came before (its Seek, Next, First and Last skip such pages;
// Prev does not, as of bbolt 1.4.3). A batch that replaces many documents
// deletes that much, and the confidence and last date of a fact were then
// missed ("observations without a confidence", issue 12). On a nil, the
// keys under p are scanned forward instead.
func lastBefore(c *bolt.Cursor, p, end []byte) []byte {
	k, _ := c.Seek(end)
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	if k != nil {
		if bytes.HasPrefix(k, p) && bytes.Compare(k, end) < 0 {
			return k
		}
		return nil
	}
	var last []byte
	for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p) && bytes.Compare(k, end) < 0; k, _ = c.Next() {
		last = k
	}
	return last
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
