package embedded

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
)

// docRecord is a stored document with the fingerprint that tells an
// unchanged document from a changed version of it.
type docRecord struct {
	Document    graph.Document `json:"document"`
	Fingerprint string         `json:"fingerprint"`
}

// errUnchanged rolls back the write transaction of a document that is
// already stored as it is, so that nothing at all is written.
var errUnchanged = errors.New("document unchanged")

// PutDocument stores one document's extraction in a single transaction:
// all of it, or nothing.
func (s *Store) PutDocument(ctx context.Context, x *graph.Extraction) (graph.PutResult, error) {
	const op = "put document"
	if x == nil {
		return graph.PutResult{}, &graph.Error{Code: graph.EINVALID, Op: op, Message: "no extraction given"}
	}
	if err := x.Validate(); err != nil {
		return graph.PutResult{}, err
	}
	if err := ctx.Err(); err != nil {
		return graph.PutResult{}, translate(op, s.dir, err)
	}
	fp, err := x.Fingerprint()
	if err != nil {
		return graph.PutResult{}, translate(op, s.dir, err)
	}
	var res graph.PutResult
	err = s.db.Update(func(tx *bolt.Tx) error {
		var err error
		res, err = s.put(ctx, tx, x, fp)
		return err
	})
	if errors.Is(err, errUnchanged) {
		return res, nil
	}
	if err != nil {
		return graph.PutResult{}, translate(op+" "+x.Document.ID, s.dir, err)
	}
	return res, nil
}

// PutDocuments stores a batch in one transaction, so that a bulk load
// pays for one sync of the file per batch rather than one per document.
func (s *Store) PutDocuments(ctx context.Context, xs []*graph.Extraction) ([]graph.PutResult, error) {
	const op = "put documents"
	fps, err := graph.PrepareBatch(xs)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, translate(op, s.dir, err)
	}
	if len(xs) == 0 {
		return []graph.PutResult{}, nil // no transaction, no sync of the file or the log
	}
	results := make([]graph.PutResult, len(xs))
	err = s.db.Update(func(tx *bolt.Tx) error {
		for i, x := range xs {
			res, err := s.put(ctx, tx, x, fps[i])
			if err != nil && !errors.Is(err, errUnchanged) {
				return fmt.Errorf("document %s: %w", x.Document.ID, err)
			}
			results[i] = res
		}
		return nil
	})
	if err != nil {
		return nil, translate(op, s.dir, err)
	}
	return results, nil
}

func (s *Store) put(ctx context.Context, tx *bolt.Tx, x *graph.Extraction, fp string) (graph.PutResult, error) {
	id := x.Document.ID
	res := graph.PutResult{DocumentID: id, Status: graph.Added,
		Entities: len(x.Entities), Relations: len(x.Relations)}
	old, found, err := getDocument(tx, id)
	if err != nil {
		return res, err
	}
	if found && old.Fingerprint == fp {
		res.Status = graph.Unchanged
		res.Entities, res.Relations = old.Document.Entities, old.Document.Relations
		return res, errUnchanged
	}
	touched := newAffected()
	if found {
		res.Status = graph.Replaced
		if err := removeContribution(tx, old, touched); err != nil {
			return res, err
		}
		if err := s.step(ctx, "removed old version"); err != nil {
			return res, err
		}
	}

	c := graph.Contribute(x)
	rec := docRecord{Document: c.Document, Fingerprint: fp}
	if err := putJSON(tx.Bucket(bucketDocuments), []byte(id), rec); err != nil {
		return res, err
	}
	if err := tx.Bucket(bucketDocumentsByDate).Put(key(string(c.Document.Published), id), nil); err != nil {
		return res, err
	}
	for i := range c.Entities {
		if err := addEntityVersion(tx, id, c.Document.Published, &c.Entities[i], touched); err != nil {
			return res, err
		}
	}
	if err := s.step(ctx, "added entity versions"); err != nil {
		return res, err
	}
	for i := range c.Facts {
		if err := addFactVersion(tx, id, c.Document.Published, &c.Facts[i], touched); err != nil {
			return res, err
		}
	}
	if err := s.step(ctx, "added fact versions"); err != nil {
		return res, err
	}
	if err := s.recompute(ctx, tx, touched); err != nil {
		return res, err
	}
	return res, nil
}

// RemoveDocument removes a document, every entity and fact only it
// supported, and its share of what other documents also support.
func (s *Store) RemoveDocument(ctx context.Context, id string) error {
	const op = "remove document"
	if err := ctx.Err(); err != nil {
		return translate(op, s.dir, err)
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		old, found, err := getDocument(tx, id)
		if err != nil {
			return err
		}
		if !found {
			return &graph.Error{Code: graph.ENOTFOUND, Op: op, Message: fmt.Sprintf("no document with id %q", id)}
		}
		touched := newAffected()
		if err := removeContribution(tx, old, touched); err != nil {
			return err
		}
		if err := s.step(ctx, "removed old version"); err != nil {
			return err
		}
		return s.recompute(ctx, tx, touched)
	})
	return translate(op+" "+id, s.dir, err)
}

// affected collects the entities and facts whose merged record must be
// brought up to date once a transaction's contributions are written.
type affected struct {
	// remerge holds the entities that lost the earliest document of one of
	// their versions: they are merged anew from their distinct versions.
	remerge map[string]bool
	// added holds the entities that gained a version, or an earlier first
	// document for one, which is merged into the stored record alone. An
	// entity given in a version that an earlier document already gave is in
	// neither: its merge is the same, and its Documents are keys of their
	// own.
	added map[string]addedVersion
	// facts that gained or lost a document, each with its type and ends,
	// which a fact new to the store has no record to take them from.
	facts map[string]*graph.Fact
}

// addedVersion is a version of an entity and the order of its earliest
// document.
type addedVersion struct {
	entity graph.Entity
	order  []byte
}

func newAffected() affected {
	return affected{remerge: map[string]bool{}, added: map[string]addedVersion{}, facts: map[string]*graph.Fact{}}
}

// factVersion is a document's share of a fact besides its observations: the
// role as the document writes it, which the merged fact takes from its
// earliest document, and the highest confidence of its observations, which
// is part of its confidence key under the fact.
type factVersion struct {
	Role       string  `json:"role,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

// addEntityVersion records that document doc gives entity e (whose
// Documents are ignored), and notes the version for merging only when it is
// new or doc is now its earliest document.
func addEntityVersion(tx *bolt.Tx, doc string, published graph.Date, e *graph.Entity, touched affected) error {
	v := *e
	v.Documents = nil
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(raw)
	digest := hex.EncodeToString(sum[:16])
	entities := tx.Bucket(bucketEntities)
	if entities.Get(key(e.ID, tagContent, digest)) == nil {
		if err := entities.Put(key(e.ID, tagContent, digest), raw); err != nil {
			return err
		}
	}
	lead := key(e.ID, tagLead, digest, dateKey(published), doc)
	if err := entities.Put(lead, nil); err != nil {
		return err
	}
	if err := tx.Bucket(bucketDocumentEntities).Put(key(doc, e.ID), []byte(digest)); err != nil {
		return err
	}
	if first, _ := entities.Cursor().Seek(prefix(e.ID, tagLead, digest)); bytes.Equal(first, lead) {
		touched.added[e.ID] = addedVersion{entity: v, order: versionOrder(published, doc)}
	}
	return nil
}

// addFactVersion records document doc's version of fact f: each observation
// under its own key, its confidence and its role.
func addFactVersion(tx *bolt.Tx, doc string, published graph.Date, f *graph.Fact, touched affected) error {
	facts := tx.Bucket(bucketFacts)
	for i := range f.Observations {
		k := key(f.ID, tagObservation, dateKey(published), doc, position(i))
		if err := facts.Put(k, encodeObservation(&f.Observations[i])); err != nil {
			return err
		}
	}
	// f is merged from this document's statements alone (graph.Contribute):
	// its Confidence is their highest.
	if err := facts.Put(key(f.ID, tagConfidence, confidenceKey(f.Confidence), doc), nil); err != nil {
		return err
	}
	if err := putJSON(tx.Bucket(bucketDocumentFacts), key(doc, f.ID), factVersion{Role: f.Role, Confidence: f.Confidence}); err != nil {
		return err
	}
	touched.facts[f.ID] = f
	return nil
}

// position is the key part of an observation's place among its document's
// observations of a fact, which graph.Contribute has put in text order;
// fixed width, so that keys sort as the numbers do.
func position(i int) string { return fmt.Sprintf("%06d", i) }

// removeContribution deletes a document's record and every contribution it
// made, noting what must be merged anew.
func removeContribution(tx *bolt.Tx, old docRecord, touched affected) error {
	id, published := old.Document.ID, old.Document.Published
	if err := tx.Bucket(bucketDocuments).Delete([]byte(id)); err != nil {
		return err
	}
	if err := tx.Bucket(bucketDocumentsByDate).Delete(key(string(published), id)); err != nil {
		return err
	}
	for _, k := range scanKeys(tx.Bucket(bucketDocumentEntities), prefix(id)) {
		if err := removeEntityVersion(tx, id, published, lastPart(k), touched); err != nil {
			return err
		}
	}
	for _, k := range scanKeys(tx.Bucket(bucketDocumentFacts), prefix(id)) {
		if err := removeFactVersion(tx, id, published, lastPart(k), touched); err != nil {
			return err
		}
	}
	return nil
}

// removeEntityVersion deletes document doc's version of entity id, and the
// version's content with its last document. The entity needs merging anew
// only when doc was the earliest document of its version.
func removeEntityVersion(tx *bolt.Tx, doc string, published graph.Date, id string, touched affected) error {
	docEntities := tx.Bucket(bucketDocumentEntities)
	digest := string(docEntities.Get(key(doc, id)))
	if digest == "" {
		return fmt.Errorf("entity %s: the version of document %s has no digest", id, doc)
	}
	entities := tx.Bucket(bucketEntities)
	leads := prefix(id, tagLead, digest)
	lead := key(id, tagLead, digest, dateKey(published), doc)
	if first, _ := entities.Cursor().Seek(leads); bytes.Equal(first, lead) {
		touched.remerge[id] = true
	}
	if err := entities.Delete(lead); err != nil {
		return err
	}
	if next, _ := entities.Cursor().Seek(leads); !bytes.HasPrefix(next, leads) {
		if err := entities.Delete(key(id, tagContent, digest)); err != nil {
			return err
		}
	}
	return docEntities.Delete(key(doc, id))
}

// removeFactVersion deletes document doc's observations of fact id, its
// confidence and its role.
func removeFactVersion(tx *bolt.Tx, doc string, published graph.Date, id string, touched affected) error {
	docFacts := tx.Bucket(bucketDocumentFacts)
	var v factVersion
	if err := json.Unmarshal(docFacts.Get(key(doc, id)), &v); err != nil {
		return fmt.Errorf("fact %s: the version of document %s: %w", id, doc, err)
	}
	facts := tx.Bucket(bucketFacts)
	keys := scanKeys(facts, prefix(id, tagObservation, dateKey(published), doc))
	if len(keys) == 0 {
		return fmt.Errorf("fact %s: document %s supports it without observations", id, doc)
	}
	for _, k := range keys {
		if err := facts.Delete(k); err != nil {
			return err
		}
	}
	if err := facts.Delete(key(id, tagConfidence, confidenceKey(v.Confidence), doc)); err != nil {
		return err
	}
	if err := docFacts.Delete(key(doc, id)); err != nil {
		return err
	}
	if _, ok := touched.facts[id]; !ok {
		touched.facts[id] = nil
	}
	return nil
}

// scanKeys returns copies of the keys of b under p: bbolt cursors must not
// delete while they walk, so callers collect first.
func scanKeys(b *bolt.Bucket, p []byte) [][]byte {
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	return keys
}

// recompute brings the merged record of every affected entity and fact up
// to date with the contributions that remain, keeping the index buckets in
// step.
func (s *Store) recompute(ctx context.Context, tx *bolt.Tx, touched affected) error {
	entities := make(map[string]bool, len(touched.remerge)+len(touched.added))
	for id := range touched.remerge {
		entities[id] = true
	}
	for id := range touched.added {
		entities[id] = true
	}
	for _, id := range sortedKeys(entities) {
		var add *addedVersion
		if v, ok := touched.added[id]; ok && !touched.remerge[id] {
			add = &v
		}
		if err := updateEntity(tx, id, add); err != nil {
			return err
		}
	}
	if err := s.step(ctx, "merged entities"); err != nil {
		return err
	}
	for _, id := range sortedKeys(touched.facts) {
		if err := summarizeFact(tx, id, touched.facts[id]); err != nil {
			return err
		}
	}
	return s.step(ctx, "merged facts")
}

// updateEntity merges version add into the stored record of entity id, or,
// when add is nil, merges the entity anew from its distinct versions, each
// with its earliest document: a later document that gives the same version
// adds nothing to the merge. So an add costs the same however many
// documents name the entity, and a removal what its distinct versions hold.
func updateEntity(tx *bolt.Tx, id string, add *addedVersion) error {
	entities := tx.Bucket(bucketEntities)
	oldRaw := entities.Get(key(id))
	var rec entityRecord
	var before []indexEntry
	if oldRaw != nil {
		if err := json.Unmarshal(oldRaw, &rec); err != nil {
			return fmt.Errorf("entity %s: %w", id, err)
		}
		before = entityIndex(&rec.Entity)
	}
	if add != nil {
		rec.add(&add.entity, add.order)
	} else {
		var err error
		if rec, err = mergeVersions(tx, id); err != nil {
			return err
		}
		if len(rec.Lead) == 0 {
			if err := entities.Delete(key(id)); err != nil {
				return err
			}
			return syncIndex(tx, before, nil)
		}
	}
	raw, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	if !bytes.Equal(raw, oldRaw) {
		if err := entities.Put(key(id), raw); err != nil {
			return err
		}
	}
	return syncIndex(tx, before, entityIndex(&rec.Entity))
}

// mergeVersions merges the distinct versions of entity id; an entity
// without versions gives the zero record.
func mergeVersions(tx *bolt.Tx, id string) (entityRecord, error) {
	var rec entityRecord
	entities := tx.Bucket(bucketEntities)
	leads := entities.Cursor()
	p := prefix(id, tagContent)
	c := entities.Cursor()
	for k, raw := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, raw = c.Next() {
		digest := lastPart(k)
		lp := prefix(id, tagLead, digest)
		lead, _ := leads.Seek(lp)
		if !bytes.HasPrefix(lead, lp) {
			return rec, fmt.Errorf("entity %s: version %s has no document", id, digest)
		}
		parts := splitKey(lead)
		if len(parts) != 5 {
			return rec, fmt.Errorf("entity %s: version %s has a malformed document key %q", id, digest, lead)
		}
		var v graph.Entity
		if err := json.Unmarshal(raw, &v); err != nil {
			return rec, fmt.Errorf("entity %s version %s: %w", id, digest, err)
		}
		rec.add(&v, versionOrder(dateOfKey(parts[3]), parts[4]))
	}
	return rec, nil
}

// summarizeFact brings the record of fact id up to date with the
// observations stored for it, deriving each summary field as
// graph.MergeFacts does from a few keys: the first observation is the
// earliest and its document gives the role; FirstSeen and LastSeen are the
// dates of the first and the last dated observation; the last confidence key
// is the highest. So a fact seen in many documents costs no more to update
// than one seen once. shape gives the type and ends of a fact not yet
// stored; it may be nil for a fact that is.
func summarizeFact(tx *bolt.Tx, id string, shape *graph.Fact) error {
	facts := tx.Bucket(bucketFacts)
	oldRaw := facts.Get(key(id))
	var old *graph.Fact
	if oldRaw != nil {
		old = new(graph.Fact)
		if err := json.Unmarshal(oldRaw, old); err != nil {
			return fmt.Errorf("fact %s: %w", id, err)
		}
		shape = old
	}
	c := facts.Cursor()
	observations := prefix(id, tagObservation)
	first, _ := c.Seek(observations)
	if !bytes.HasPrefix(first, observations) {
		if old == nil {
			return nil
		}
		if err := facts.Delete(key(id)); err != nil {
			return err
		}
		return syncIndex(tx, factIndex(old), nil)
	}
	if shape == nil {
		return fmt.Errorf("fact %s: observations without a fact", id)
	}
	parts := splitKey(first)
	if len(parts) != 5 {
		return fmt.Errorf("fact %s: malformed observation key %q", id, first)
	}
	leadDoc := parts[3]
	m := graph.Fact{ID: id, Type: shape.Type, From: shape.From, To: shape.To,
		Concerning: shape.Concerning, FirstSeen: dateOfKey(parts[2])}
	// The last dated observation is the one before the first undated one.
	if last := lastBefore(c, observations, prefix(id, tagObservation, undated)); last != nil {
		m.LastSeen = dateOfKey(splitKey(last)[2])
	}
	top := lastUnder(c, prefix(id, tagConfidence))
	if top == nil {
		return fmt.Errorf("fact %s: observations without a confidence", id)
	}
	var err error
	if m.Confidence, err = confidenceOfKey(splitKey(top)[2]); err != nil {
		return fmt.Errorf("fact %s: %w", id, err)
	}
	var v factVersion
	if err := json.Unmarshal(tx.Bucket(bucketDocumentFacts).Get(key(leadDoc, id)), &v); err != nil {
		return fmt.Errorf("fact %s: the version of document %s: %w", id, leadDoc, err)
	}
	m.Role = v.Role
	raw, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if !bytes.Equal(raw, oldRaw) {
		if err := facts.Put(key(id), raw); err != nil {
			return err
		}
	}
	if old == nil {
		return syncIndex(tx, nil, factIndex(&m))
	}
	return nil
}

// indexEntry is one key of an index bucket, with its value: empty but in
// the edge indexes (see factIndex).
type indexEntry struct {
	bucket []byte
	key    []byte
	value  []byte
}

func entityIndex(e *graph.Entity) []indexEntry {
	out := []indexEntry{{bucket: bucketIndexEntityType, key: key(string(e.Type), e.ID)}}
	for _, n := range e.Names() {
		out = append(out, indexEntry{bucket: bucketIndexName, key: key(graph.NameKey(n), e.ID)})
	}
	return append(out, searchIndex(e)...)
}

// factIndex lists the index entries of a fact; they depend only on what
// its id is derived from, so they never change while the fact exists. The
// edge indexes' values hold the ends their keys do not (see edgeValues), so
// that a traversal reads its edges from the index alone.
func factIndex(f *graph.Fact) []indexEntry {
	t := string(f.Type)
	out, in, concerning := edgeValues(f.Type, f.From, f.To, f.Concerning)
	entries := []indexEntry{
		{bucket: bucketIndexFactType, key: key(t, f.ID)},
		{bucket: bucketIndexOut, key: key(f.From, t, f.ID), value: out},
		{bucket: bucketIndexIn, key: key(f.To, t, f.ID), value: in},
	}
	if f.Concerning != "" {
		entries = append(entries, indexEntry{bucket: bucketIndexConcerning, key: key(f.Concerning, f.ID), value: concerning})
	}
	return entries
}

// syncIndex deletes the index keys only before has and puts those only
// after has or whose value changed, so that an unchanged entity costs no
// index writes.
func syncIndex(tx *bolt.Tx, before, after []indexEntry) error {
	id := func(e indexEntry) string { return string(e.bucket) + "\x00" + string(e.key) }
	keep := map[string]bool{}
	for _, e := range after {
		keep[id(e)] = true
	}
	had := map[string][]byte{}
	for _, e := range before {
		had[id(e)] = e.value
		if !keep[id(e)] {
			if err := tx.Bucket(e.bucket).Delete(e.key); err != nil {
				return err
			}
		}
	}
	for _, e := range after {
		if old, ok := had[id(e)]; !ok || !bytes.Equal(old, e.value) {
			if err := tx.Bucket(e.bucket).Put(e.key, e.value); err != nil {
				return err
			}
		}
	}
	return nil
}

func getDocument(tx *bolt.Tx, id string) (docRecord, bool, error) {
	var rec docRecord
	raw := tx.Bucket(bucketDocuments).Get([]byte(id))
	if raw == nil {
		return rec, false, nil
	}
	if err := json.Unmarshal(raw, &rec); err != nil {
		return rec, false, fmt.Errorf("document %s: %w", id, err)
	}
	return rec, true, nil
}

func putJSON(b *bolt.Bucket, k []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, raw)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
