package embedded

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
)

// ctxEvery is how many records a read walks between checks of its context.
const ctxEvery = 256

// Documents returns the stored documents by publication date, then id.
func (s *Store) Documents(ctx context.Context, f graph.DocumentFilter) ([]graph.Document, error) {
	var out []graph.Document
	err := s.view(ctx, "read documents", func(tx *bolt.Tx) error {
		if len(f.IDs) > 0 {
			for _, id := range dedupe(f.IDs) {
				rec, found, err := getDocument(tx, id)
				if err != nil {
					return err
				}
				if found {
					out = append(out, rec.Document)
				}
			}
			sort.Slice(out, func(i, j int) bool {
				if out[i].Published != out[j].Published {
					return out[i].Published < out[j].Published
				}
				return out[i].ID < out[j].ID
			})
			out = limit(out, f.Limit)
			return nil
		}
		c := tx.Bucket(bucketDocumentsByDate).Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if f.Limit > 0 && len(out) == f.Limit {
				break
			}
			if err := checkEvery(ctx, len(out)); err != nil {
				return err
			}
			id := lastPart(k)
			rec, found, err := getDocument(tx, id)
			if err != nil {
				return err
			}
			if !found {
				return fmt.Errorf("date index names document %q, which is missing", id)
			}
			out = append(out, rec.Document)
		}
		return nil
	})
	return out, err
}

// Entities returns the merged entities that match f, by id. The most
// selective filter given chooses the index that yields the candidates; the
// others are checked on each merged entity.
func (s *Store) Entities(ctx context.Context, f graph.EntityFilter) ([]graph.Entity, error) {
	var out []graph.Entity
	err := s.view(ctx, "read entities", func(tx *bolt.Tx) error {
		return selectEntities(ctx, tx, &f, func(e graph.Entity) error {
			out = append(out, e)
			return nil
		})
	})
	return out, err
}

// EachEntity calls fn with each entity Entities would return, from one read
// transaction, without gathering them.
func (s *Store) EachEntity(ctx context.Context, f graph.EntityFilter, fn func(graph.Entity) error) error {
	var fnErr error
	err := s.view(ctx, "read entities", func(tx *bolt.Tx) error {
		return selectEntities(ctx, tx, &f, func(e graph.Entity) error {
			fnErr = fn(e)
			return fnErr
		})
	})
	if fnErr != nil {
		return fnErr // the caller's own error, not the store's
	}
	return err
}

// selectEntities calls fn with each merged entity that matches f, by id.
func selectEntities(ctx context.Context, tx *bolt.Tx, f *graph.EntityFilter, fn func(graph.Entity) error) error {
	entities := tx.Bucket(bucketEntities)
	docs := entityDocuments(entities, !f.WithoutDocuments)
	var ids []string
	switch {
	case len(f.IDs) > 0:
		ids = dedupe(f.IDs)
	case f.Name != "":
		ids = scanLast(tx.Bucket(bucketIndexName), prefix(graph.NameKey(f.Name)))
	case f.Document != "":
		ids = scanLast(tx.Bucket(bucketDocumentEntities), prefix(f.Document))
	case len(f.Types) > 0:
		types := dedupe(f.Types)
		// One type's index keys come in id order and every one matches:
		// a limited read (a page of a typed list) stops at the limit.
		bound := 0
		if len(types) == 1 {
			bound = f.Limit
		}
		for _, t := range types {
			ids = append(ids, scanLastN(tx.Bucket(bucketIndexEntityType), prefix(string(t)), bound)...)
		}
	default:
		// No filter: every entity is wanted, in id order.
		return eachRecord(ctx, entities, f.Limit, func(id string, raw []byte) error {
			e, err := decodeEntity(id, raw)
			if err != nil {
				return err
			}
			e.Documents = docs(id)
			return fn(e)
		})
	}
	ids = dedupe(ids)
	sort.Strings(ids)
	nameKey := graph.NameKey(f.Name)
	docEntities := tx.Bucket(bucketDocumentEntities)
	records := getter{entities.Cursor()}
	n := 0
	for i, id := range ids {
		if f.Limit > 0 && n == f.Limit {
			break
		}
		if err := checkEvery(ctx, i); err != nil {
			return err
		}
		if f.Document != "" && docEntities.Get(key(f.Document, id)) == nil {
			continue
		}
		raw := records.get(key(id))
		if raw == nil {
			continue
		}
		e, err := decodeEntity(id, raw)
		if err != nil {
			return err
		}
		if entityMatches(f, nameKey, &e) {
			e.Documents = docs(id)
			if err := fn(e); err != nil {
				return err
			}
			n++
		}
	}
	return nil
}

// eachRecord calls fn with the id and the record of each entity or fact of
// b in id order, up to limit of them, stepping over the keys under each id.
func eachRecord(ctx context.Context, b *bolt.Bucket, limit int, fn func(id string, raw []byte) error) error {
	c := b.Cursor()
	n := 0
	// k belongs to bbolt: the key past an id's keys is built on a copy.
	for k, v := c.First(); k != nil && (limit <= 0 || n < limit); k, v = c.Seek(append(bytes.Clone(k), sep+1)) {
		if err := checkEvery(ctx, n); err != nil {
			return err
		}
		if bytes.IndexByte(k, sep) >= 0 {
			return fmt.Errorf("bucket %s: key %q has no record before it", b, k)
		}
		if err := fn(unescape(k), v); err != nil {
			return err
		}
		n++
	}
	return nil
}

// decodeEntity decodes the merged entity of a stored entityRecord, skipping
// what only a merge needs.
func decodeEntity(id string, raw []byte) (graph.Entity, error) {
	// The record is json.Marshal's of an entityRecord, whose entity comes
	// first: only that object is decoded, not the merge's bookkeeping after
	// it, which a read of a hundred entities would otherwise scan through.
	if obj := leadingObject(raw, entityRecordStart); obj != nil {
		var e graph.Entity
		if readFlatEntity(obj, &e) {
			return e, nil
		}
		e = graph.Entity{}
		if err := json.Unmarshal(obj, &e); err == nil {
			return e, nil
		}
	}
	var rec struct {
		Entity graph.Entity `json:"entity"`
	}
	if err := json.Unmarshal(raw, &rec); err != nil {
		return graph.Entity{}, fmt.Errorf("entity %s: %w", id, err)
	}
	return rec.Entity, nil
}

// entityRecordStart is how json.Marshal begins an entityRecord.
const entityRecordStart = `{"entity":`

// leadingObject returns the JSON object that follows start at the beginning
// of raw, or nil when raw does not begin so or the object does not end.
func leadingObject(raw []byte, start string) []byte {
	if !bytes.HasPrefix(raw, []byte(start)) || len(raw) == len(start) || raw[len(start)] != '{' {
		return nil
	}
	depth, inString := 0, false
	for i := len(start); i < len(raw); i++ {
		c := raw[i]
		switch {
		case inString && c == '\\':
			i++ // the escaped character cannot end the string
		case c == '"':
			inString = !inString
		case inString:
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return raw[len(start) : i+1]
			}
		}
	}
	return nil
}

// entityMatches checks the filters on the merged record; the document filter
// is checked on the document's keys instead.
func entityMatches(f *graph.EntityFilter, nameKey string, e *graph.Entity) bool {
	if len(f.IDs) > 0 && !slices.Contains(f.IDs, e.ID) {
		return false
	}
	if len(f.Types) > 0 && !slices.Contains(f.Types, e.Type) {
		return false
	}
	if f.Name != "" && !slices.ContainsFunc(e.Names(), func(n string) bool { return graph.NameKey(n) == nameKey }) {
		return false
	}
	return true
}

// entityDocuments returns a function that lists the documents supporting an
// entity, by id: the last parts of its lead keys; nil for every entity when
// the read does not want them.
func entityDocuments(entities *bolt.Bucket, want bool) func(id string) []string {
	if !want {
		return func(string) []string { return nil }
	}
	c := entities.Cursor()
	return func(id string) []string {
		var docs []string
		p := prefix(id, tagLead)
		for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
			docs = append(docs, lastPart(k))
		}
		sort.Strings(docs)
		return docs
	}
}

// factObservations returns a function that lists the observations of a
// fact: the records under its observation keys, which sort as
// graph.MergeFacts orders observations, each with the document and date its
// key names.
func factObservations(facts *bolt.Bucket) func(id string) ([]graph.Observation, error) {
	c := facts.Cursor()
	return func(id string) ([]graph.Observation, error) {
		var obs []graph.Observation
		p := prefix(id, tagObservation)
		for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
			parts := splitKey(k)
			if len(parts) != 5 {
				return nil, fmt.Errorf("fact %s: malformed observation key %q", id, k)
			}
			o, err := decodeObservation(parts[3], dateOfKey(parts[2]), v)
			if err != nil {
				return nil, fmt.Errorf("fact %s: observation %q: %w", id, k, err)
			}
			obs = append(obs, o)
		}
		return obs, nil
	}
}

// Facts returns the merged facts that match f, by id, choosing an index as
// Entities does.
func (s *Store) Facts(ctx context.Context, f graph.FactFilter) ([]graph.Fact, error) {
	var out []graph.Fact
	err := s.view(ctx, "read facts", func(tx *bolt.Tx) error {
		var err error
		out, err = readFacts(ctx, tx, &f)
		return err
	})
	return out, err
}

// readFacts is Facts inside transaction tx.
func readFacts(ctx context.Context, tx *bolt.Tx, f *graph.FactFilter) ([]graph.Fact, error) {
	var out []graph.Fact
	complete := factCompleter(tx.Bucket(bucketFacts), !f.WithoutObservations)
	err := selectFacts(ctx, tx, f, false, func(fact *graph.Fact) error {
		if err := complete(fact); err != nil {
			return err
		}
		out = append(out, *fact)
		return nil
	})
	return out, err
}

// factCompleter returns a function that adds to a fact's record what the
// record does not hold: its observations, when the read wants them, and
// its DocumentCount, the number of its confidence keys (one per document
// that states it, kept by every write), so that a read without
// observations never touches them.
func factCompleter(facts *bolt.Bucket, observations bool) func(fact *graph.Fact) error {
	obs := factObservations(facts)
	c := facts.Cursor()
	return func(fact *graph.Fact) error {
		if observations {
			// the record holds no observations: they have keys of their own
			var err error
			if fact.Observations, err = obs(fact.ID); err != nil {
				return err
			}
		}
		n := 0
		p := prefix(fact.ID, tagConfidence)
		for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
			n++
		}
		fact.DocumentCount = n
		return nil
	}
}

// EachFact calls fn with each fact Facts would return, from one read
// transaction, without gathering them.
func (s *Store) EachFact(ctx context.Context, f graph.FactFilter, fn func(graph.Fact) error) error {
	var fnErr error
	err := s.view(ctx, "read facts", func(tx *bolt.Tx) error {
		complete := factCompleter(tx.Bucket(bucketFacts), !f.WithoutObservations)
		return selectFacts(ctx, tx, &f, false, func(fact *graph.Fact) error {
			if err := complete(fact); err != nil {
				return err
			}
			fnErr = fn(*fact)
			return fnErr
		})
	})
	if fnErr != nil {
		return fnErr
	}
	return err
}

// Edges returns what Facts would without observations: only the facts'
// records are read, never the keys of their observations.
func (s *Store) Edges(ctx context.Context, f graph.FactFilter) ([]graph.Edge, error) {
	var out []graph.Edge
	err := s.view(ctx, "read edges", func(tx *bolt.Tx) error {
		return selectFacts(ctx, tx, &f, true, func(fact *graph.Fact) error {
			out = append(out, graph.Edge{ID: fact.ID, Type: fact.Type, From: fact.From, To: fact.To,
				Concerning: fact.Concerning})
			return nil
		})
	})
	return out, err
}

// selectFacts calls fn with the record of each fact that matches f, by id,
// up to f.Limit of them; edgesOnly decodes only what an Edge holds. The
// most selective filter given chooses the index that yields the candidate
// ids, from its keys alone; the others are checked on each record, read
// only when its id's turn comes. When the index scans alone decide which
// facts match (an Involving filter, say, whose keys carry the relation
// type), the limit applies to the ids before any record is read.
func selectFacts(ctx context.Context, tx *bolt.Tx, f *graph.FactFilter, edgesOnly bool, fn func(fact *graph.Fact) error) error {
	facts := tx.Bucket(bucketFacts)
	decode := func(id string, raw []byte) (graph.Fact, error) {
		var fact graph.Fact
		if edgesOnly {
			var e edgeRecord
			if err := decodeEdge(raw, &e); err != nil {
				return fact, fmt.Errorf("fact %s: %w", id, err)
			}
			fact.ID, fact.Type, fact.From, fact.To, fact.Concerning = e.ID, e.Type, e.From, e.To, e.Concerning
			return fact, nil
		}
		if err := decodeFact(raw, &fact); err != nil {
			return fact, fmt.Errorf("fact %s: %w", id, err)
		}
		return fact, nil
	}
	types := dedupe(f.Types)
	// exact says whether the scans of the filter that chooses the index
	// decide alone which facts match: then only the f.Limit smallest ids
	// are gathered.
	var exact bool
	noDocument := f.Document == ""
	switch {
	case len(f.IDs) > 0:
	case len(f.From) > 0:
		exact = len(f.To) == 0 && len(f.Concerning) == 0 && len(f.Involving) == 0 && noDocument
	case len(f.To) > 0:
		exact = len(f.Concerning) == 0 && len(f.Involving) == 0 && noDocument
	case len(f.Concerning) > 0:
		exact = len(f.Involving) == 0 && noDocument
	case len(f.Involving) > 0:
		exact = noDocument
	case f.Document != "":
		exact = len(types) == 0
	case len(types) > 0:
		exact = true
	default:
		return eachRecord(ctx, facts, f.Limit, func(id string, raw []byte) error {
			fact, err := decode(id, raw)
			if err != nil {
				return err
			}
			return fn(&fact)
		})
	}
	bound := 0
	if exact {
		bound = f.Limit
	}
	cands := newCandidates(bound)
	// byEnds scans the edge indexes: index_out for the from ends, index_in
	// for the to ends and index_concerning, which holds condemnations alone,
	// for the concerning ones, narrowed to the wanted relation types. A
	// bounded read goes type by type in the order of the types' ids and
	// stops at the type that fills the bound: every later type's ids are
	// larger.
	byEnds := func(from, to, concerning []string) {
		from, to, concerning = dedupe(from), dedupe(to), dedupe(concerning)
		out, in := tx.Bucket(bucketIndexOut), tx.Bucket(bucketIndexIn)
		byConcerning := tx.Bucket(bucketIndexConcerning)
		if bound <= 0 && len(types) == 0 {
			for _, end := range from {
				cands.scanRuns(out, prefix(end), outIndex)
			}
			for _, end := range to {
				cands.scanRuns(in, prefix(end), inIndex)
			}
			for _, c := range concerning {
				cands.scanRuns(byConcerning, prefix(c), concerningIndex)
			}
			return
		}
		for _, t := range graph.TypesInIDOrder(types) {
			for _, end := range from {
				cands.scanRuns(out, prefix(end, string(t)), outIndex)
			}
			for _, end := range to {
				cands.scanRuns(in, prefix(end, string(t)), inIndex)
			}
			if t == graph.Condemned {
				for _, c := range concerning {
					cands.scanRuns(byConcerning, prefix(c), concerningIndex)
				}
			}
			if cands.full() {
				return
			}
		}
	}
	switch {
	case len(f.IDs) > 0:
		for _, id := range f.IDs {
			cands.add(candidate{id: key(id)})
		}
	case len(f.From) > 0:
		byEnds(f.From, nil, nil)
	case len(f.To) > 0:
		byEnds(nil, f.To, nil)
	case len(f.Concerning) > 0:
		byEnds(nil, nil, f.Concerning)
	case len(f.Involving) > 0:
		byEnds(f.Involving, f.Involving, f.Involving)
	case f.Document != "":
		cands.scanRuns(tx.Bucket(bucketDocumentFacts), prefix(f.Document), noEdge)
	default:
		for _, t := range types {
			cands.scanRuns(tx.Bucket(bucketIndexFactType), prefix(string(t)), noEdge)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	match := newFactMatcher(f)
	docFacts := tx.Bucket(bucketDocumentFacts)
	var docPrefix []byte
	if f.Document != "" {
		docPrefix = prefix(f.Document)
	}
	records := getter{facts.Cursor()}
	n := 0
	for i, x := range cands.sorted() {
		if f.Limit > 0 && n == f.Limit {
			break
		}
		if err := checkEvery(ctx, i); err != nil {
			return err
		}
		// x.id is the id escaped as a key part: the fact's own key
		if docPrefix != nil && docFacts.Get(append(docPrefix[:len(docPrefix):len(docPrefix)], x.id...)) == nil {
			continue
		}
		// An edge index entry holds all an edge needs: no record to read.
		fact, ok := x.edge()
		if !edgesOnly || !ok {
			raw := records.get(x.id)
			if raw == nil {
				continue
			}
			var err error
			if fact, err = decode(unescape(x.id), raw); err != nil {
				return err
			}
		}
		if match(&fact) {
			if err := fn(&fact); err != nil {
				return err
			}
			n++
		}
	}
	return nil
}

// edgeRecord is what Edges decodes of a fact's record.
type edgeRecord struct {
	ID         string             `json:"id"`
	Type       graph.RelationType `json:"type"`
	From       string             `json:"from"`
	To         string             `json:"to"`
	Concerning string             `json:"concerning"`
}

// newFactMatcher returns a check of the filters on a merged record; the
// document filter is checked on the document's keys instead. The lists
// become sets, since a traversal may ask for the facts of thousands of
// entities at once.
func newFactMatcher(f *graph.FactFilter) func(x *graph.Fact) bool {
	ids, types, from, to := set(f.IDs), set(f.Types), set(f.From), set(f.To)
	concerning, involving := set(f.Concerning), set(f.Involving)
	in := func(s map[string]bool, v string) bool { return s == nil || s[v] }
	return func(x *graph.Fact) bool {
		return in(ids, x.ID) && (types == nil || types[string(x.Type)]) && in(from, x.From) && in(to, x.To) &&
			in(concerning, x.Concerning) &&
			(involving == nil || involving[x.From] || involving[x.To] || x.Concerning != "" && involving[x.Concerning])
	}
}

// set returns the values of l as a set, or nil when l is empty, which
// filters read as "any".
func set[T ~string](l []T) map[string]bool {
	if len(l) == 0 {
		return nil
	}
	m := make(map[string]bool, len(l))
	for _, v := range l {
		m[string(v)] = true
	}
	return m
}

// view runs a read transaction, translating its failure.
func (s *Store) view(ctx context.Context, op string, fn func(tx *bolt.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return translate(op, s.dir, err)
	}
	return translate(op, s.dir, s.db.View(fn))
}

// scanLast returns the last part of every key of b under p, in key order.
func scanLast(b *bolt.Bucket, p []byte) []string { return scanLastN(b, p, 0) }

// scanLastN is scanLast of the first n keys only; all when n is zero or
// less.
func scanLastN(b *bolt.Bucket, p []byte, n int) []string {
	var out []string
	c := b.Cursor()
	for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p) && (n <= 0 || len(out) < n); k, _ = c.Next() {
		out = append(out, lastPart(k))
	}
	return out
}

func checkEvery(ctx context.Context, i int) error {
	if i%ctxEvery == 0 {
		return ctx.Err()
	}
	return nil
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

func limit[T any](in []T, n int) []T {
	if n > 0 && len(in) > n {
		return in[:n]
	}
	return in
}

// getter reads values by key through one cursor: Bucket.Get makes a cursor
// (and its stack) for every key, which a read of a hundred records pays a
// hundred times.
type getter struct{ c *bolt.Cursor }

// get is Bucket.Get: the value of k, or nil when there is none or k names
// a nested bucket.
func (g getter) get(k []byte) []byte {
	got, v := g.c.Seek(k)
	if !bytes.Equal(got, k) {
		return nil
	}
	return v
}
