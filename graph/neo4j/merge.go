package neo4j

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"sort"

	"github.com/actorgraph/kg/graph"
)

// entityVersion is one distinct version of an entity as documents give it,
// with the earliest document that gives it: graph.MergeEntities looks only
// at the earliest document of each distinct version, so an entity that ten
// thousand documents name alike is merged from one version, not ten
// thousand. The versions of an entity are kept, as JSON, on its node.
type entityVersion struct {
	Digest    string       `json:"digest"`
	Doc       string       `json:"doc"`
	Published graph.Date   `json:"published,omitempty"`
	Entity    graph.Entity `json:"entity"`
}

// digestEntity identifies the content of an entity as a document gives it,
// without the documents.
func digestEntity(e graph.Entity) (string, graph.Entity, error) {
	e.Documents = nil
	raw, err := json.Marshal(e)
	if err != nil {
		return "", e, err
	}
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:16]), e, nil
}

// before orders document versions as graph.MergeEntities and
// graph.MergeFacts do: by publication date, undated last, then by document.
func before(pubA graph.Date, docA string, pubB graph.Date, docB string) bool {
	if pubA != pubB {
		return pubB == "" || pubA != "" && pubA < pubB
	}
	return docA < docB
}

// mergeVersions merges an entity's distinct versions with
// graph.MergeEntities. The result has no Documents: those are the documents
// that mention the entity, which the graph holds as MENTIONS relationships.
func mergeVersions(vs []entityVersion) graph.Entity {
	versions := make([]graph.Entity, 0, len(vs))
	published := make(map[string]graph.Date, len(vs))
	for _, v := range vs {
		e := v.Entity
		e.Documents = []string{v.Doc}
		versions = append(versions, e)
		published[v.Doc] = v.Published
	}
	m := graph.MergeEntities(versions, published)
	m.Documents = nil
	return m
}

// nameKeys returns the distinct NameKeys of an entity's names, sorted.
func nameKeys(e *graph.Entity) []string {
	var keys []string
	for _, n := range e.Names() {
		keys = append(keys, graph.NameKey(n))
	}
	sort.Strings(keys)
	return slices.Compact(keys)
}

// factSummary is what a fact's carrier (its relationship, or its
// Condemnation node) holds of the merged fact, so that Cypher users see the
// seen dates, the confidence and the role without merging the versions:
// exactly the fields graph.MergeFacts derives, and the earliest observation
// that decides the role. Reads that want no observations read the fact
// from it alone (graph.FactFilter.WithoutObservations).
type factSummary struct {
	FirstSeen  graph.Date
	LastSeen   graph.Date
	Confidence float64
	Role       string
	// Documents is the number of documents that state the fact.
	Documents int
	// FirstDoc and FirstStart identify the earliest observation (its date
	// is FirstSeen, or none when no observation is dated).
	FirstDoc   string
	FirstStart int
}

// summarize reads the summary off a fact merged by graph.MergeFacts.
func summarize(f graph.Fact) factSummary {
	s := factSummary{FirstSeen: f.FirstSeen, LastSeen: f.LastSeen, Confidence: f.Confidence, Role: f.Role,
		Documents: len(f.Documents())}
	if len(f.Observations) > 0 {
		o := f.Observations[0]
		s.FirstDoc = o.DocumentID
		if o.Evidence != nil {
			s.FirstStart = o.Evidence.Start
		}
	}
	return s
}

// addVersion folds one more document's version of a fact (as
// graph.Contribute gives it, merged within its document) into the summary of
// the others, giving what graph.MergeFacts would give for all of them: the
// earliest non-empty first date, the latest last date, the highest
// confidence, the role of the earliest observation, and one document more
// (a document gives one version of a fact).
func addVersion(s factSummary, v graph.Fact) factSummary {
	vs := summarize(v)
	out := s
	out.Documents += vs.Documents
	if vs.FirstSeen != "" && (s.FirstSeen == "" || vs.FirstSeen < s.FirstSeen) {
		out.FirstSeen = vs.FirstSeen
	}
	if vs.LastSeen > s.LastSeen {
		out.LastSeen = vs.LastSeen
	}
	if vs.Confidence > s.Confidence {
		out.Confidence = vs.Confidence
	}
	if earlierObservation(vs, s) {
		out.Role, out.FirstDoc, out.FirstStart = vs.Role, vs.FirstDoc, vs.FirstStart
	}
	return out
}

// earlierObservation reports whether a's earliest observation sorts before
// b's as graph.MergeFacts sorts observations: by date (undated last), then
// document, then offset. Observations of one document are never compared
// here: each document gives one version of a fact.
func earlierObservation(a, b factSummary) bool {
	if a.FirstSeen != b.FirstSeen {
		return b.FirstSeen == "" || a.FirstSeen != "" && a.FirstSeen < b.FirstSeen
	}
	if a.FirstDoc != b.FirstDoc {
		return a.FirstDoc < b.FirstDoc
	}
	return a.FirstStart < b.FirstStart
}
