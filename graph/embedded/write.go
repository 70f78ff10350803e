package embedded

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/actorgraph/kg/graph"
)

// docRecord is a stored document with the fingerprint that tells an
// unchanged document from a changed version of it.
type docRecord struct {
	Document    graph.Document `json:"document"`
	Fingerprint string         `json:"fingerprint"`
}

// maxKeyPart bounds ids and names, which become parts of bbolt keys
// (at most 32 KiB each); far longer than any real name.
const maxKeyPart = 4096

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
	if err := checkLengths(x); err != nil {
		return graph.PutResult{}, err
	}
	if err := ctx.Err(); err != nil {
		return graph.PutResult{}, translate(op, s.dir, err)
	}
	fp, err := fingerprint(x)
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
	versions, contents := tx.Bucket(bucketEntityVersions), tx.Bucket(bucketEntityContents)
	docEntities := tx.Bucket(bucketDocumentEntities)
	for _, e := range c.Entities {
		e.Documents = nil
		raw, err := json.Marshal(e)
		if err != nil {
			return res, err
		}
		sum := sha256.Sum256(raw)
		digest := hex.EncodeToString(sum[:16])
		if contents.Get(key(e.ID, digest)) == nil {
			if err := contents.Put(key(e.ID, digest), raw); err != nil {
				return res, err
			}
		}
		ref := string(c.Document.Published) + "\x00" + digest
		if err := versions.Put(key(e.ID, id), []byte(ref)); err != nil {
			return res, err
		}
		if err := docEntities.Put(key(id, e.ID), nil); err != nil {
			return res, err
		}
		touched.entities[e.ID] = true
	}
	if err := s.step(ctx, "added entity versions"); err != nil {
		return res, err
	}
	factVersions, docFacts := tx.Bucket(bucketFactVersions), tx.Bucket(bucketDocumentFacts)
	for _, f := range c.Facts {
		if err := putJSON(factVersions, key(f.ID, id), f); err != nil {
			return res, err
		}
		if err := docFacts.Put(key(id, f.ID), nil); err != nil {
			return res, err
		}
		touched.added[f.ID] = f
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

// affected collects the entities and facts whose merged form must be
// recomputed after contributions changed.
type affected struct {
	entities map[string]bool
	// facts lost a contribution and are merged anew from what remains.
	facts map[string]bool
	// added facts gained only this document's version, which is merged into
	// the stored fact without reading the other versions.
	added map[string]graph.Fact
}

func newAffected() affected {
	return affected{entities: map[string]bool{}, facts: map[string]bool{}, added: map[string]graph.Fact{}}
}

// removeContribution deletes a document's record and every contribution it
// made, noting what must be recomputed.
func removeContribution(tx *bolt.Tx, old docRecord, touched affected) error {
	id := old.Document.ID
	if err := tx.Bucket(bucketDocuments).Delete([]byte(id)); err != nil {
		return err
	}
	if err := tx.Bucket(bucketDocumentsByDate).Delete(key(string(old.Document.Published), id)); err != nil {
		return err
	}
	for _, side := range []struct {
		index, versions []byte
		ids             map[string]bool
	}{
		{bucketDocumentEntities, bucketEntityVersions, touched.entities},
		{bucketDocumentFacts, bucketFactVersions, touched.facts},
	} {
		index, versions := tx.Bucket(side.index), tx.Bucket(side.versions)
		// bbolt cursors must not delete while they walk, so collect first.
		var keys [][]byte
		p := prefix(id)
		c := index.Cursor()
		for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
			keys = append(keys, bytes.Clone(k))
		}
		for _, k := range keys {
			other := lastPart(k)
			side.ids[other] = true
			if err := versions.Delete(key(other, id)); err != nil {
				return err
			}
			if err := index.Delete(k); err != nil {
				return err
			}
		}
	}
	return nil
}

// recompute merges every affected entity and fact anew from the
// contributions that remain, keeping the index buckets in step.
func (s *Store) recompute(ctx context.Context, tx *bolt.Tx, touched affected) error {
	for _, id := range sortedKeys(touched.entities) {
		if err := recomputeEntity(tx, id); err != nil {
			return err
		}
	}
	if err := s.step(ctx, "merged entities"); err != nil {
		return err
	}
	for _, id := range sortedKeys(touched.facts) {
		if err := recomputeFact(tx, id); err != nil {
			return err
		}
	}
	for id, f := range touched.added {
		if touched.facts[id] {
			continue // merged anew above, with this version among the rest
		}
		if err := addFactVersion(tx, f); err != nil {
			return err
		}
	}
	return s.step(ctx, "merged facts")
}

func recomputeEntity(tx *bolt.Tx, id string) error {
	merged := tx.Bucket(bucketEntities)
	var before []indexEntry
	if raw := merged.Get([]byte(id)); raw != nil {
		// Only what the indexes hold: the documents of a widely named
		// entity are many, and decoding them is most of the cost of a put.
		var old struct {
			ID      string           `json:"id"`
			Type    graph.EntityType `json:"type"`
			Name    string           `json:"name"`
			Aliases []string         `json:"aliases"`
		}
		if err := json.Unmarshal(raw, &old); err != nil {
			return fmt.Errorf("entity %s: %w", id, err)
		}
		before = entityIndex(&graph.Entity{ID: old.ID, Type: old.Type, Name: old.Name, Aliases: old.Aliases})
	}
	var refs []versionRef
	p := prefix(id)
	c := tx.Bucket(bucketEntityVersions).Cursor()
	for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
		published, digest, ok := strings.Cut(string(v), "\x00")
		if !ok {
			return fmt.Errorf("entity %s: version record %q has no digest", id, v)
		}
		refs = append(refs, versionRef{doc: lastPart(k), published: graph.Date(published), digest: digest})
	}
	contents := tx.Bucket(bucketEntityContents)
	live := map[string]bool{}
	for _, r := range refs {
		live[r.digest] = true
	}
	// Versions no document gives any more go with their last document.
	var stale [][]byte
	cc := contents.Cursor()
	for k, _ := cc.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = cc.Next() {
		if !live[lastPart(k)] {
			stale = append(stale, bytes.Clone(k))
		}
	}
	for _, k := range stale {
		if err := contents.Delete(k); err != nil {
			return err
		}
	}
	if len(refs) == 0 {
		if err := merged.Delete([]byte(id)); err != nil {
			return err
		}
		return syncIndex(tx, before, nil)
	}
	e, err := mergeEntity(refs, func(digest string) (graph.Entity, error) {
		var v graph.Entity
		raw := contents.Get(key(id, digest))
		if raw == nil {
			return v, fmt.Errorf("entity %s: version %s is missing", id, digest)
		}
		err := json.Unmarshal(raw, &v)
		return v, err
	})
	if err != nil {
		return err
	}
	if err := putJSON(merged, []byte(id), e); err != nil {
		return err
	}
	return syncIndex(tx, before, entityIndex(&e))
}

// versionRef is one document's version of an entity, by content digest.
type versionRef struct {
	doc       string
	published graph.Date
	digest    string
}

// mergeEntity merges an entity's versions with graph.MergeEntities, handing
// it only the earliest document's version of each distinct content: a later
// document that gives the same version adds nothing to the fields, names or
// aliases it leads to, only its id to Documents, which is filled here. So an
// entity named alike by every document merges in time linear in their number
// with one decoded version, not one per document.
func mergeEntity(refs []versionRef, content func(digest string) (graph.Entity, error)) (graph.Entity, error) {
	earliest := map[string]versionRef{}
	docs := make([]string, 0, len(refs))
	for _, r := range refs {
		docs = append(docs, r.doc)
		e, ok := earliest[r.digest]
		if !ok || earlier(r, e) {
			earliest[r.digest] = r
		}
	}
	versions := make([]graph.Entity, 0, len(earliest))
	published := make(map[string]graph.Date, len(earliest))
	for _, digest := range sortedKeys(earliest) {
		r := earliest[digest]
		v, err := content(digest)
		if err != nil {
			return graph.Entity{}, err
		}
		v.Documents = []string{r.doc}
		versions = append(versions, v)
		published[r.doc] = r.published
	}
	m := graph.MergeEntities(versions, published)
	sort.Strings(docs)
	m.Documents = slices.Compact(docs)
	return m, nil
}

func recomputeFact(tx *bolt.Tx, id string) error {
	merged := tx.Bucket(bucketFacts)
	var before []indexEntry
	if raw := merged.Get([]byte(id)); raw != nil {
		var old graph.Fact
		if err := json.Unmarshal(raw, &old); err != nil {
			return fmt.Errorf("fact %s: %w", id, err)
		}
		before = factIndex(&old)
	}
	var versions []graph.Fact
	p := prefix(id)
	c := tx.Bucket(bucketFactVersions).Cursor()
	for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
		var f graph.Fact
		if err := json.Unmarshal(v, &f); err != nil {
			return fmt.Errorf("fact %s version: %w", id, err)
		}
		versions = append(versions, f)
	}
	if len(versions) == 0 {
		if err := merged.Delete([]byte(id)); err != nil {
			return err
		}
		return syncIndex(tx, before, nil)
	}
	f := graph.MergeFacts(versions)
	if err := putJSON(merged, []byte(id), f); err != nil {
		return err
	}
	return syncIndex(tx, before, factIndex(&f))
}

// addFactVersion merges one new document's version into the stored fact.
// graph.MergeFacts orders observations by date, document and offset and takes
// the role from the earliest, so merging the stored fact with the new version
// gives what merging every version would, without decoding each of them.
func addFactVersion(tx *bolt.Tx, f graph.Fact) error {
	merged := tx.Bucket(bucketFacts)
	var before []indexEntry
	versions := []graph.Fact{f}
	if raw := merged.Get([]byte(f.ID)); raw != nil {
		var old graph.Fact
		if err := json.Unmarshal(raw, &old); err != nil {
			return fmt.Errorf("fact %s: %w", f.ID, err)
		}
		before = factIndex(&old)
		versions = []graph.Fact{old, f}
	}
	m := graph.MergeFacts(versions)
	if err := putJSON(merged, []byte(f.ID), m); err != nil {
		return err
	}
	return syncIndex(tx, before, factIndex(&m))
}

// indexEntry is one key of an index bucket.
type indexEntry struct {
	bucket []byte
	key    []byte
}

func entityIndex(e *graph.Entity) []indexEntry {
	out := []indexEntry{{bucketIndexEntityType, key(string(e.Type), e.ID)}}
	for _, n := range e.Names() {
		out = append(out, indexEntry{bucketIndexName, key(graph.NameKey(n), e.ID)})
	}
	return out
}

func factIndex(f *graph.Fact) []indexEntry {
	t := string(f.Type)
	out := []indexEntry{
		{bucketIndexFactType, key(t, f.ID)},
		{bucketIndexOut, key(f.From, t, f.ID)},
		{bucketIndexIn, key(f.To, t, f.ID)},
	}
	if f.Concerning != "" {
		out = append(out, indexEntry{bucketIndexConcerning, key(f.Concerning, f.ID)})
	}
	return out
}

// syncIndex deletes the index keys only before has and adds those only after
// has, so that an unchanged entity costs no index writes.
func syncIndex(tx *bolt.Tx, before, after []indexEntry) error {
	id := func(e indexEntry) string { return string(e.bucket) + "\x00" + string(e.key) }
	keep := map[string]bool{}
	for _, e := range after {
		keep[id(e)] = true
	}
	had := map[string]bool{}
	for _, e := range before {
		had[id(e)] = true
		if !keep[id(e)] {
			if err := tx.Bucket(e.bucket).Delete(e.key); err != nil {
				return err
			}
		}
	}
	for _, e := range after {
		if !had[id(e)] {
			if err := tx.Bucket(e.bucket).Put(e.key, nil); err != nil {
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

// fingerprint identifies a version of a document: its SHA256 when the
// extraction has one, else a digest of the extraction itself, so that an
// extraction without a hash is still recognised when put again unchanged.
func fingerprint(x *graph.Extraction) (string, error) {
	if x.Document.SHA256 != "" {
		return "sha256:" + x.Document.SHA256, nil
	}
	raw, err := json.Marshal(x)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256(raw)
	return "extraction:" + hex.EncodeToString(h[:]), nil
}

// checkLengths rejects ids and names too long to be parts of bbolt keys, as
// invalid input naming the culprit, before anything is written.
func checkLengths(x *graph.Extraction) error {
	fail := func(what string) error {
		return &graph.Error{Code: graph.EINVALID, Op: "validate " + x.Document.ID,
			Message: fmt.Sprintf("%s is longer than %d bytes", what, maxKeyPart)}
	}
	if len(x.Document.ID) > maxKeyPart || len(x.Document.Published) > maxKeyPart {
		return fail("the document id")
	}
	for _, e := range x.Entities {
		if len(e.ID) > maxKeyPart {
			return fail(fmt.Sprintf("entity id %.40q…", e.ID))
		}
		for _, n := range e.Names() {
			if len(n) > maxKeyPart {
				return fail(fmt.Sprintf("a name of entity %s", e.ID))
			}
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// earlier orders document versions as graph.MergeEntities does: by
// publication date, undated last, then by document id.
func earlier(a, b versionRef) bool {
	if a.published != b.published {
		return b.published == "" || a.published != "" && a.published < b.published
	}
	return a.doc < b.doc
}
