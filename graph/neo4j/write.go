package neo4j

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/kg/graph"
)

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
		return graph.PutResult{}, s.translate(ctx, op, err)
	}
	fp, err := x.Fingerprint()
	if err != nil {
		return graph.PutResult{}, s.translate(ctx, op, err)
	}
	next, err := newVersion(x)
	if err != nil {
		return graph.PutResult{}, s.translate(ctx, op, err)
	}
	next.fingerprint = fp
	var res graph.PutResult
	_, err = s.executeWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var err error
		res, err = s.change(ctx, tx, x.Document.ID, next)
		return nil, err
	})
	if err != nil {
		return graph.PutResult{}, s.translate(ctx, op+" "+x.Document.ID, err)
	}
	return res, nil
}

// RemoveDocument removes a document, every entity and fact only it
// supported, and its share of what other documents also support.
func (s *Store) RemoveDocument(ctx context.Context, id string) error {
	const op = "remove document"
	if err := ctx.Err(); err != nil {
		return s.translate(ctx, op, err)
	}
	_, err := s.executeWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		_, err := s.change(ctx, tx, id, nil)
		return nil, err
	})
	return s.translate(ctx, op+" "+id, err)
}

// version is what one version of a document brings: its contribution, with
// each entity's version digested.
type version struct {
	contribution graph.Contribution
	fingerprint  string
	digests      map[string]string // entity id → digest of its content
	contents     map[string]graph.Entity
}

func newVersion(x *graph.Extraction) (*version, error) {
	v := &version{contribution: graph.Contribute(x), digests: map[string]string{}, contents: map[string]graph.Entity{}}
	for _, e := range v.contribution.Entities {
		d, content, err := digestEntity(e)
		if err != nil {
			return nil, err
		}
		v.digests[e.ID], v.contents[e.ID] = d, content
	}
	return v, nil
}

// entityState is a stored entity as a change sees it: the merged
// properties the node holds and the versions they were merged from.
type entityState struct {
	exists   bool
	typ      graph.EntityType
	merged   graph.Entity
	keys     []string
	versions []entityVersion
	// rawVersions is the versions JSON as the node holds it.
	rawVersions string
}

func (st *entityState) version(digest string) int {
	return slices.IndexFunc(st.versions, func(v entityVersion) bool { return v.Digest == digest })
}

// change replaces the stored version of document id with next (nil removes
// it) inside tx: it reads what the change touches, merges in Go with the
// rules of package graph, and writes the result in at most two batched
// statements. It is safe for the driver to run again after a transient
// error: it reads everything it decides on within tx.
func (s *Store) change(ctx context.Context, tx neo4j.ManagedTransaction, id string, next *version) (graph.PutResult, error) {
	res := graph.PutResult{DocumentID: id, Status: graph.Added}
	if next != nil {
		res.Entities, res.Relations = next.contribution.Document.Entities, next.contribution.Document.Relations
	}
	var nexts []*version
	if next != nil {
		nexts = append(nexts, next)
	}
	state, err := s.readPutState(ctx, tx, id, nexts)
	if err != nil {
		return res, err
	}
	if err := s.step(ctx, "read state"); err != nil {
		return res, err
	}
	if state.document == nil && next == nil {
		return res, &graph.Error{Code: graph.ENOTFOUND, Op: "remove document", Message: fmt.Sprintf("no document with id %q", id)}
	}
	if state.document != nil && next != nil {
		if fp, _ := state.document["fingerprint"].(string); fp == next.fingerprint {
			res.Status = graph.Unchanged
			res.Entities, res.Relations = intProp(state.document, "entities"), intProp(state.document, "relations")
			return res, nil
		}
		res.Status = graph.Replaced
	}

	w := newWrites(id)
	touched := map[string]bool{}
	remaining := map[string][]graph.Fact{}
	if state.document != nil {
		// Take the old version out of every entity and fact it supported.
		removal, err := s.readRemovalState(ctx, tx, id, state)
		if err != nil {
			return res, err
		}
		for _, m := range state.mentions {
			st := state.entities[m.id]
			if st == nil {
				return res, fmt.Errorf("document %s mentions entity %s, which is missing", id, m.id)
			}
			touched[m.id] = true
			i := st.version(m.digest)
			if i < 0 || st.versions[i].Doc != id {
				continue // an earlier document gives this version too
			}
			if e, ok := removal.earliest[m.id+"\x00"+m.digest]; ok {
				st.versions[i].Doc, st.versions[i].Published = e.doc, e.published
			} else {
				st.versions = slices.Delete(st.versions, i, i+1)
			}
		}
		remaining = removal.versions
		for fid := range state.facts {
			if _, ok := remaining[fid]; !ok {
				remaining[fid] = nil
			}
		}
	}
	if next != nil {
		w.addDocument(state, next, touched)
	}
	for _, eid := range sortedKeys(touched) {
		if err := w.entity(eid, state.entities[eid]); err != nil {
			return res, err
		}
	}
	// Facts: those the old version stated are merged anew from what the
	// other documents say (and the new version, if it states them too);
	// those only the new version states fold its version into the stored
	// summary.
	var added []graph.Fact
	if next != nil {
		added = next.contribution.Facts
		if err := w.factVersions(next); err != nil {
			return res, err
		}
	}
	for _, f := range added {
		if others, ok := remaining[f.ID]; ok {
			remaining[f.ID] = append(others, f)
			continue
		}
		stored, ok := state.carriers[f.ID]
		sum := summarize(f)
		if ok {
			sum = addVersion(stored, f)
			if sum == stored {
				continue
			}
		}
		w.fact(f, sum, !ok)
	}
	for _, fid := range sortedKeys(remaining) {
		vs := remaining[fid]
		if len(vs) == 0 {
			w.deleteFacts[string(state.facts[fid])] = append(w.deleteFacts[string(state.facts[fid])], fid)
			continue
		}
		m := graph.MergeFacts(vs)
		w.fact(m, summarize(m), false)
	}

	if state.document != nil {
		params := w.removeParams(next == nil)
		if _, err := tx.Run(ctx, queryRemove, params); err != nil {
			return res, err
		}
		if err := s.step(ctx, "removed old version"); err != nil {
			return res, err
		}
	}
	if _, err := tx.Run(ctx, queryPut, w.putParams(state.document == nil)); err != nil {
		return res, err
	}
	if err := s.step(ctx, "wrote new version"); err != nil {
		return res, err
	}
	return res, nil
}

// putState is what queryPutState read.
type putState struct {
	document map[string]any // nil when the document is not stored
	mentions []mention
	facts    map[string]graph.RelationType // the old version's facts
	entities map[string]*entityState
	carriers map[string]factSummary
}

type mention struct{ id, digest string }

// readPutState reads the stored version of document id (none when id is
// empty) and what the versions nexts will touch.
func (s *Store) readPutState(ctx context.Context, tx neo4j.ManagedTransaction, id string, nexts []*version) (*putState, error) {
	entityIDs := []any{}
	factIDs := map[string]any{}
	for _, t := range graph.RelationTypes {
		factIDs[string(t)] = []any{}
	}
	seen := map[string]bool{}
	for _, next := range nexts {
		for _, e := range next.contribution.Entities {
			if !seen[e.ID] {
				seen[e.ID] = true
				entityIDs = append(entityIDs, e.ID)
			}
		}
		for _, f := range next.contribution.Facts {
			if !seen[f.ID] {
				seen[f.ID] = true
				factIDs[string(f.Type)] = append(factIDs[string(f.Type)].([]any), f.ID)
			}
		}
	}
	rec, err := single(ctx, tx, queryPutState, map[string]any{"doc": id, "entityIds": entityIDs, "factIds": factIDs})
	if err != nil {
		return nil, err
	}
	st := &putState{facts: map[string]graph.RelationType{}, entities: map[string]*entityState{},
		carriers: map[string]factSummary{}}
	st.document, _ = rec.Values[0].(map[string]any)
	for _, v := range list(rec.Values[1]) {
		pair := list(v)
		st.mentions = append(st.mentions, mention{id: str(pair[0]), digest: str(pair[1])})
	}
	for _, v := range list(rec.Values[2]) {
		pair := list(v)
		st.facts[str(pair[0])] = graph.RelationType(str(pair[1]))
	}
	for _, v := range list(rec.Values[3]) {
		props, _ := v.(map[string]any)
		es, err := decodeEntityState(props)
		if err != nil {
			return nil, err
		}
		st.entities[es.merged.ID] = es
	}
	for _, v := range list(rec.Values[4]) {
		props, _ := v.(map[string]any)
		st.carriers[str(props["id"])] = factSummary{
			FirstSeen: graph.Date(str(props["firstSeen"])), LastSeen: graph.Date(str(props["lastSeen"])),
			Confidence: float(props["confidence"]), Role: str(props["role"]),
			FirstDoc: str(props["firstDoc"]), FirstStart: intProp(props, "firstStart"),
			Documents: intProp(props, "documents"),
		}
	}
	return st, nil
}

func decodeEntityState(p map[string]any) (*entityState, error) {
	st := &entityState{exists: true, merged: entityFromProps(p), keys: strs(p["nameKeys"]), rawVersions: str(p["versions"])}
	st.typ = st.merged.Type
	if err := json.Unmarshal([]byte(st.rawVersions), &st.versions); err != nil {
		return nil, fmt.Errorf("entity %s: versions: %w", st.merged.ID, err)
	}
	return st, nil
}

// removalState is what queryRemovalState read.
type removalState struct {
	// versions holds the other documents' versions of each fact the old
	// version stated, by fact id.
	versions map[string][]graph.Fact
	// earliest holds, by entity id and digest, the earliest other document
	// that gives an entity version the old version was the earliest for.
	earliest map[string]struct {
		doc       string
		published graph.Date
	}
}

func (s *Store) readRemovalState(ctx context.Context, tx neo4j.ManagedTransaction, id string, st *putState) (*removalState, error) {
	facts := []any{}
	for _, fid := range sortedKeys(st.facts) {
		facts = append(facts, fid)
	}
	versions := []any{}
	for _, m := range st.mentions {
		e := st.entities[m.id]
		if e == nil {
			continue
		}
		if i := e.version(m.digest); i >= 0 && e.versions[i].Doc == id {
			versions = append(versions, map[string]any{"id": m.id, "digest": m.digest})
		}
	}
	rec, err := single(ctx, tx, queryRemovalState, map[string]any{"doc": id, "facts": facts, "versions": versions})
	if err != nil {
		return nil, err
	}
	rs := &removalState{versions: map[string][]graph.Fact{}, earliest: map[string]struct {
		doc       string
		published graph.Date
	}{}}
	for _, v := range list(rec.Values[0]) {
		var f graph.Fact
		if err := json.Unmarshal([]byte(str(v)), &f); err != nil {
			return nil, fmt.Errorf("fact version: %w", err)
		}
		rs.versions[f.ID] = append(rs.versions[f.ID], f)
	}
	for _, v := range list(rec.Values[1]) {
		row := list(v)
		if len(row) < 4 {
			continue
		}
		docs := strs(row[3:])
		sort.Strings(docs)
		rs.earliest[str(row[0])+"\x00"+str(row[1])] = struct {
			doc       string
			published graph.Date
		}{docs[0], graph.Date(str(row[2]))}
	}
	return rs, nil
}

// addDocument plans the writes of a document's version next, whose old
// version, if any, is already taken out of state: the document, its
// mentions, and its versions of the entities it names, folded into state.
func (w *writes) addDocument(state *putState, next *version, touched map[string]bool) {
	c := &next.contribution
	doc := c.Document
	w.document = append(w.document, map[string]any{
		"id": doc.ID, "title": doc.Title, "published": string(doc.Published), "publisher": doc.Publisher,
		"source": doc.Source, "sha256": doc.SHA256, "entities": doc.Entities, "relations": doc.Relations,
		"fingerprint": next.fingerprint,
	})
	for _, e := range c.Entities {
		digest := next.digests[e.ID]
		w.mentions = append(w.mentions, map[string]any{"doc": doc.ID, "id": e.ID, "digest": digest})
		st := state.entities[e.ID]
		if st == nil {
			st = &entityState{}
			state.entities[e.ID] = st
		}
		touched[e.ID] = true
		if i := st.version(digest); i >= 0 {
			if before(doc.Published, doc.ID, st.versions[i].Published, st.versions[i].Doc) {
				st.versions[i].Doc, st.versions[i].Published = doc.ID, doc.Published
			}
		} else {
			st.versions = append(st.versions, entityVersion{Digest: digest, Doc: doc.ID,
				Published: doc.Published, Entity: next.contents[e.ID]})
		}
	}
}

// factVersions plans the FactVersion nodes of a document's version next:
// its share of each fact it states.
func (w *writes) factVersions(next *version) error {
	doc := next.contribution.Document
	for _, f := range next.contribution.Facts {
		raw, err := json.Marshal(f)
		if err != nil {
			return err
		}
		w.versions = append(w.versions, map[string]any{
			"fact": f.ID, "doc": doc.ID, "type": string(f.Type), "published": string(doc.Published),
			"role": nullable(f.Role), "json": string(raw),
		})
	}
	return nil
}

// writes collects the parameter lists of queryRemove and queryPut.
type writes struct {
	doc            string
	document       []any
	mentions       []any
	entities       []any
	labels         map[graph.EntityType][]any
	addNames       []any
	deleteNames    []any
	deleteEntities []any
	versions       []any
	facts          map[graph.RelationType][]any
	newFacts       map[graph.RelationType][]any
	deleteFacts    map[string][]any
}

func newWrites(doc string) *writes {
	return &writes{doc: doc, labels: map[graph.EntityType][]any{}, facts: map[graph.RelationType][]any{},
		newFacts:    map[graph.RelationType][]any{},
		deleteFacts: map[string][]any{}}
}

// entity plans the writes of an entity whose versions a change touched:
// deletion when none is left, else its merged properties, label and names
// where they changed.
func (w *writes) entity(id string, st *entityState) error {
	if len(st.versions) == 0 {
		for _, k := range st.keys {
			w.deleteNames = append(w.deleteNames, map[string]any{"id": id, "key": k})
		}
		if st.exists {
			w.deleteEntities = append(w.deleteEntities, id)
		}
		return nil
	}
	sort.Slice(st.versions, func(i, j int) bool { return st.versions[i].Digest < st.versions[j].Digest })
	m := mergeVersions(st.versions)
	raw, err := json.Marshal(st.versions)
	if err != nil {
		return err
	}
	keys := nameKeys(&m)
	props := map[string]any{
		"type": string(m.Type), "name": m.Name, "aliases": nullableList(m.Aliases), "nameKeys": keys,
		"placeType": nullable(m.PlaceType), "session": nullableInt(m.Session), "start": nullable(string(m.Start)),
		"end": nullable(string(m.End)), "date": nullable(string(m.Date)), "eventType": nullable(m.EventType),
		"versions": string(raw), "searchText": searchText(&m),
	}
	w.entities = append(w.entities, map[string]any{"id": id, "props": props})
	if !st.exists || st.typ != m.Type {
		w.labels[m.Type] = append(w.labels[m.Type], id)
	}
	for _, k := range keys {
		if !slices.Contains(st.keys, k) {
			w.addNames = append(w.addNames, map[string]any{"id": id, "key": k})
		}
	}
	for _, k := range st.keys {
		if !slices.Contains(keys, k) {
			w.deleteNames = append(w.deleteNames, map[string]any{"id": id, "key": k})
		}
	}
	// Unchanged entities cost no write: most documents name a widely named
	// entity as earlier ones did.
	if st.exists && st.rawVersions == string(raw) && st.typ == m.Type &&
		reflect.DeepEqual(st.merged, m) && slices.Equal(st.keys, keys) {
		w.entities = w.entities[:len(w.entities)-1]
	}
	return nil
}

// fact plans the write of a fact's carrier with its summary. A carrier that
// is known not to exist yet is created rather than merged, which costs the
// server a lock and a search of the ends' relationships less.
func (w *writes) fact(f graph.Fact, sum factSummary, isNew bool) {
	props := map[string]any{
		"firstSeen": nullable(string(sum.FirstSeen)), "lastSeen": nullable(string(sum.LastSeen)),
		"confidence": sum.Confidence, "firstDoc": sum.FirstDoc, "firstStart": sum.FirstStart,
		"documents": sum.Documents,
	}
	row := map[string]any{"id": f.ID, "from": f.From, "to": f.To, "concerning": nullable(f.Concerning), "props": props}
	if f.Type == graph.HoldsRole {
		props["role"] = sum.Role
		key := graph.NameKey(f.Role)
		row["roleId"] = "role:" + f.To + ":" + key
		row["roleKey"] = key
	}
	if isNew {
		w.newFacts[f.Type] = append(w.newFacts[f.Type], row)
		return
	}
	w.facts[f.Type] = append(w.facts[f.Type], row)
}

func (w *writes) removeParams(removeDocument bool) map[string]any {
	del := map[string]any{}
	for _, t := range graph.RelationTypes {
		del[string(t)] = orEmpty(w.deleteFacts[string(t)])
	}
	return map[string]any{
		"doc": w.doc, "removeDocument": removeDocument, "deleteFacts": del,
		"deleteNames": orEmpty(w.deleteNames), "deleteEntities": orEmpty(w.deleteEntities),
	}
}

// putParams gives queryPut its parameters; names are deleted there only when
// queryRemove, which deletes them otherwise, did not run.
func (w *writes) putParams(deleteNames bool) map[string]any {
	labels := map[string]any{}
	for _, t := range graph.EntityTypes {
		labels[string(t)] = orEmpty(w.labels[t])
	}
	facts, newFacts := map[string]any{}, map[string]any{}
	for _, t := range graph.RelationTypes {
		facts[string(t)] = orEmpty(w.facts[t])
		newFacts[string(t)] = orEmpty(w.newFacts[t])
	}
	names := []any{}
	if deleteNames {
		names = orEmpty(w.deleteNames)
	}
	return map[string]any{
		"doc": w.doc, "document": orEmpty(w.document), "mentions": orEmpty(w.mentions),
		"entities": orEmpty(w.entities), "labels": labels, "deleteNames": names, "addNames": orEmpty(w.addNames),
		"versions": orEmpty(w.versions), "facts": facts, "newFacts": newFacts,
	}
}

// single runs a query that returns one row.
func single(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) (*neo4j.Record, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	return res.Single(ctx)
}
