package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Store keeps the graph. Every backend implements it and passes the
// conformance suite in graph/storetest, so callers never know which backend
// they talk to.
//
// Contracts every backend keeps:
//   - PutDocument stores one document's facts all or nothing. Putting the same
//     document (same id, same SHA256) again changes nothing; putting a changed
//     version replaces every fact the old version supported; an invalid
//     extraction is rejected with EINVALID and nothing is written.
//   - RemoveDocument removes a document and every entity and fact that only it
//     supported; what other documents also support stays, with their evidence
//     only. An unknown id is ENOTFOUND.
//   - Reads return entities and facts merged over all supporting documents
//     (see MergeEntities and MergeFacts), in a stable order: documents by
//     publication date then id, entities and facts by id. An empty result is
//     not an error; filters combine with AND, and values within one filter
//     field with OR. Filters apply to the merged entity or fact: a Name
//     filter with a Document filter matches a name any document gave.
//   - PutDocuments stores a batch as PutDocument would one extraction after
//     another, in order, but in as few transactions as the backend can, and
//     all or nothing: when it returns an error, nothing of the batch is
//     stored. An invalid extraction fails the whole batch with EINVALID
//     naming it. Each document is still stored whole.
//   - A Limit of zero or less means no limit. A context that is done stops
//     the call with an error that wraps ctx.Err().
//   - Edges returns what Facts would, without observations, for traversals
//     that need only the ends; Search ranks entities by SearchScore.
//   - EachEntity and EachFact call fn with what Entities and Facts would
//     return, in the same order, but hold only a few at a time, so that a
//     caller that writes them out as it goes (an export of the whole graph)
//     runs in flat memory. They stop at fn's first error and return it
//     unchanged; fn must not call the store back.
type Store interface {
	PutDocument(ctx context.Context, x *Extraction) (PutResult, error)
	PutDocuments(ctx context.Context, xs []*Extraction) ([]PutResult, error)
	RemoveDocument(ctx context.Context, id string) error
	Documents(ctx context.Context, f DocumentFilter) ([]Document, error)
	Entities(ctx context.Context, f EntityFilter) ([]Entity, error)
	Facts(ctx context.Context, f FactFilter) ([]Fact, error)
	Edges(ctx context.Context, f FactFilter) ([]Edge, error)
	EachEntity(ctx context.Context, f EntityFilter, fn func(Entity) error) error
	EachFact(ctx context.Context, f FactFilter, fn func(Fact) error) error
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)
	// Tenures derives the tenures of the offices at the given bodies from
	// their HOLDS_ROLE facts with DeriveTenures, so that every backend
	// answers alike.
	Tenures(ctx context.Context, f TenureFilter) ([]Tenure, error)
	// ReadPlan answers a Plan in one round trip: what Entities and Facts
	// would give for each of its parts (see Plan).
	ReadPlan(ctx context.Context, p Plan) (PlanResult, error)
	Close() error
}

// Edge is a fact without its observations and dates: what a traversal of
// the graph needs to know of it.
type Edge struct {
	ID         string
	Type       RelationType
	From       string
	To         string
	Concerning string
}

// SearchQuery asks for the entities whose names or aliases best match Text.
type SearchQuery struct {
	Text  string
	Types []EntityType // all types when empty
	Limit int          // at most this many hits; all that match when zero
	// WithoutDocuments leaves the hits' Documents empty, as
	// EntityFilter.WithoutDocuments does.
	WithoutDocuments bool
}

// SearchHit is an entity that matches a search, with its score (see
// SearchScore): hits come best first, then by entity id.
type SearchHit struct {
	Entity Entity
	Score  float64
}

// PutStatus says what PutDocument did.
type PutStatus string

// The outcomes of PutDocument.
const (
	Added     PutStatus = "added"
	Unchanged PutStatus = "unchanged"
	Replaced  PutStatus = "replaced"
)

// PutResult reports a stored document: its id, what happened, and how many
// entities and relation statements it brought.
type PutResult struct {
	DocumentID string
	Status     PutStatus
	Entities   int
	Relations  int
}

// Document is a stored communiqué.
type Document struct {
	DocumentMeta
	Entities  int `json:"entities"`
	Relations int `json:"relations"`
}

// DocumentFilter selects documents; the zero value selects all.
type DocumentFilter struct {
	IDs   []string
	Limit int
}

// EntityFilter selects entities; the zero value selects all.
type EntityFilter struct {
	IDs   []string
	Types []EntityType
	// Name matches entities one of whose names or aliases has the same
	// NameKey.
	Name string
	// Document selects the entities that a document supports.
	Document string
	Limit    int
	// WithoutDocuments leaves each entity's Documents empty. Reads that only
	// name entities (a traversal, a list of office holders) ask for it: a
	// hub's supporting documents may number thousands, and listing them
	// would cost more than the rest of the read.
	WithoutDocuments bool
}

// FactFilter selects facts; the zero value selects all.
type FactFilter struct {
	IDs        []string
	Types      []RelationType
	From       []string
	To         []string
	Concerning []string
	// Involving selects the facts whose From, To or Concerning is one of
	// these entity ids.
	Involving []string
	// Document selects the facts that a document supports.
	Document string
	Limit    int
	// WithoutObservations leaves each fact's Observations empty: the fact
	// is read from the summary its store keeps current on every write (the
	// seen dates, confidence, role and DocumentCount), never from the
	// documents' observations, which a fact stated by many documents has by
	// the hundred.
	WithoutObservations bool
}

// Fact is a relationship as a store keeps it: one per type, ends, role and
// concerning, with every document's observation of it. Roles and
// condemnations are facts too: a HOLDS_ROLE fact with its Role, a CONDEMNED
// fact with what it Concerns.
type Fact struct {
	ID         string       `json:"id"`
	Type       RelationType `json:"type"`
	From       string       `json:"from"`
	To         string       `json:"to"`
	Role       string       `json:"role,omitempty"`
	Concerning string       `json:"concerning,omitempty"`
	// FirstSeen and LastSeen are the earliest and latest publication dates of
	// the documents that state the fact: for a role, the span over which it
	// was observed to be held.
	FirstSeen  Date    `json:"firstSeen,omitempty"`
	LastSeen   Date    `json:"lastSeen,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	// DocumentCount is the number of documents that state the fact: the
	// length of Documents() when the observations were read, and filled
	// alike when they were not (FactFilter.WithoutObservations). Derived,
	// so never written as part of a fact's JSON.
	DocumentCount int           `json:"-"`
	Observations  []Observation `json:"observations"`
}

// Observation is one document's statement of a fact.
type Observation struct {
	DocumentID string    `json:"document"`
	Published  Date      `json:"published,omitempty"`
	Evidence   *Evidence `json:"evidence,omitempty"`
	Confidence float64   `json:"confidence,omitempty"`
	// Start, End and Change are the relation's tenure cue (see Relation).
	Start  Date   `json:"start,omitempty"`
	End    Date   `json:"end,omitempty"`
	Change Change `json:"change,omitempty"`
}

// Documents returns the ids of the documents that state the fact.
func (f *Fact) Documents() []string {
	var ids []string
	for _, o := range f.Observations {
		ids = appendUnique(ids, o.DocumentID)
	}
	return ids
}

// FactID is the id of the fact a relation states: equal for every statement
// of the same type, ends, role (by NameKey) and concerning.
func FactID(r *Relation) string {
	h := sha256.Sum256([]byte(strings.Join([]string{
		string(r.Type), r.From, r.To, NameKey(r.Role), r.Concerning}, "\x00")))
	return FactIDPrefix(r.Type) + hex.EncodeToString(h[:8])
}

// FactIDPrefix is how the id of every fact of type t begins. Ids sort by it
// first, so facts read in id order come type by type, in the order of their
// prefixes, which lets a read with a limit stop at the type that fills it.
func FactIDPrefix(t RelationType) string {
	return "fact:" + strings.ToLower(string(t)) + ":"
}

// TypesInIDOrder lists the valid types of types (all of RelationTypes when
// empty) once each, in the order of their facts' ids: the order in which a
// read by id meets them.
func TypesInIDOrder(types []RelationType) []RelationType {
	if len(types) == 0 {
		types = RelationTypes
	}
	var out []RelationType
	for _, t := range types {
		if t.Valid() && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	slices.SortFunc(out, func(a, b RelationType) int { return strings.Compare(FactIDPrefix(a), FactIDPrefix(b)) })
	return out
}

// Contribution is what one document adds to the graph: its entities, each
// supported by the document, and its relations as facts with one observation
// each (statements of the same fact within the document are merged).
type Contribution struct {
	Document Document
	Entities []Entity
	Facts    []Fact
}

// Contribute turns a valid extraction into the contribution a store merges.
func Contribute(x *Extraction) Contribution {
	c := Contribution{Document: Document{DocumentMeta: x.Document,
		Entities: len(x.Entities), Relations: len(x.Relations)}}
	id, pub := x.Document.ID, x.Document.Published
	for _, e := range x.Entities {
		e.Documents = []string{id}
		e.Aliases = append([]string(nil), e.Aliases...)
		c.Entities = append(c.Entities, e)
	}
	byID := map[string]int{}
	for i := range x.Relations {
		r := &x.Relations[i]
		fid := FactID(r)
		obs := Observation{DocumentID: id, Published: pub, Evidence: r.Evidence, Confidence: r.Confidence,
			Start: r.Start, End: r.End, Change: r.Change}
		if j, ok := byID[fid]; ok {
			c.Facts[j].Observations = append(c.Facts[j].Observations, obs)
			continue
		}
		byID[fid] = len(c.Facts)
		c.Facts = append(c.Facts, Fact{ID: fid, Type: r.Type, From: r.From, To: r.To,
			Role: r.Role, Concerning: r.Concerning, Observations: []Observation{obs}})
	}
	for i := range c.Facts {
		c.Facts[i] = MergeFacts(c.Facts[i : i+1])
	}
	return c
}

// MergeEntities merges one entity's versions from several documents.
// published gives each supporting document's publication date; the version
// of the earliest document (undated last, then the smallest id) gives the
// name and each field it sets, later ones fill what it leaves empty, and
// every other name becomes an alias. The result does not depend on the order
// of versions, and depends only on each distinct version's earliest
// document, so a backend may fold versions in as they come.
func MergeEntities(versions []Entity, published map[string]Date) Entity {
	vs := append([]Entity(nil), versions...)
	key := func(e *Entity) string {
		if len(e.Documents) == 0 {
			return "\xff"
		}
		// an undated document sorts after every dated one
		pub := string(published[e.Documents[0]])
		if pub == "" {
			pub = "\xff"
		}
		return pub + "\x00" + e.Documents[0]
	}
	sort.SliceStable(vs, func(i, j int) bool { return key(&vs[i]) < key(&vs[j]) })
	var m Entity
	for i, v := range vs {
		if i == 0 {
			m = Entity{ID: v.ID, Type: v.Type, Name: v.Name}
		}
		if m.PlaceType == "" {
			m.PlaceType = v.PlaceType
		}
		if m.Session == 0 {
			m.Session = v.Session
		}
		if m.Start == "" {
			m.Start = v.Start
		}
		if m.End == "" {
			m.End = v.End
		}
		if m.Date == "" {
			m.Date = v.Date
		}
		if m.EventType == "" {
			m.EventType = v.EventType
		}
		for _, n := range v.Names() {
			if n != m.Name {
				m.Aliases = appendUnique(m.Aliases, n)
			}
		}
		for _, d := range v.Documents {
			m.Documents = appendUnique(m.Documents, d)
		}
	}
	sort.Strings(m.Aliases)
	sort.Strings(m.Documents)
	return m
}

// MergeFacts merges one fact's versions from several documents: all their
// observations, ordered by publication date and document, with the seen
// dates and the highest confidence derived from them. The role as written in
// the earliest document is kept. No versions give the zero Fact. The summary
// fields depend only on the earliest observation, the range of dates and the
// highest confidence, so a backend may keep them up to date incrementally.
func MergeFacts(versions []Fact) Fact {
	if len(versions) == 0 {
		return Fact{}
	}
	var obs []Observation
	for _, v := range versions {
		obs = append(obs, v.Observations...)
	}
	sort.SliceStable(obs, func(i, j int) bool {
		if obs[i].Published != obs[j].Published {
			// an undated observation sorts after every dated one
			return obs[j].Published == "" || obs[i].Published != "" && obs[i].Published < obs[j].Published
		}
		if obs[i].DocumentID != obs[j].DocumentID {
			return obs[i].DocumentID < obs[j].DocumentID
		}
		si, sj := 0, 0
		if obs[i].Evidence != nil {
			si = obs[i].Evidence.Start
		}
		if obs[j].Evidence != nil {
			sj = obs[j].Evidence.Start
		}
		return si < sj
	})
	first := versions[0]
	for _, v := range versions {
		if len(obs) > 0 && len(v.Observations) > 0 && v.Observations[0].DocumentID == obs[0].DocumentID {
			first = v
			break
		}
	}
	m := Fact{ID: first.ID, Type: first.Type, From: first.From, To: first.To,
		Role: first.Role, Concerning: first.Concerning, Observations: obs}
	m.DocumentCount = len(m.Documents())
	for _, o := range obs {
		if o.Published != "" && (m.FirstSeen == "" || o.Published < m.FirstSeen) {
			m.FirstSeen = o.Published
		}
		if o.Published > m.LastSeen {
			m.LastSeen = o.Published
		}
		if o.Confidence > m.Confidence {
			m.Confidence = o.Confidence
		}
	}
	return m
}

func appendUnique(list []string, s string) []string {
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

// PrepareBatch checks a batch for PutDocuments before anything is stored:
// every extraction must be given and valid. It returns each one's
// Fingerprint; the first fault is an EINVALID *Error that names the
// extraction's place in the batch and its document.
func PrepareBatch(xs []*Extraction) ([]string, error) {
	fps := make([]string, len(xs))
	for i, x := range xs {
		if x == nil {
			return nil, &Error{Code: EINVALID, Op: "put documents",
				Message: fmt.Sprintf("extraction %d of %d: none given", i+1, len(xs))}
		}
		if err := x.Validate(); err != nil {
			return nil, &Error{Code: EINVALID, Op: "put documents",
				Message: fmt.Sprintf("extraction %d of %d (document %q): %v", i+1, len(xs), x.Document.ID, err), Err: err}
		}
		fp, err := x.Fingerprint()
		if err != nil {
			return nil, &Error{Code: EINTERNAL, Op: "put documents", Err: err}
		}
		fps[i] = fp
	}
	return fps, nil
}
