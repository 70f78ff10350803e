package gql

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Extractor turns one communiqué's text into the facts a store keeps. The
// loader's Extractor is one; gql takes it through this interface so that it
// never depends on the loader. source names the text in the extraction and
// in errors; a text that is not a communiqué is an EINVALID error.
type Extractor interface {
	Extract(source string, text []byte) (*graph.Extraction, error)
}

// Writer changes the stored documents, with graph.Store's contracts: a
// document is put all or nothing, and removing an unknown id is ENOTFOUND.
// Every graph.Store is a Writer.
type Writer interface {
	PutDocument(ctx context.Context, x *graph.Extraction) (graph.PutResult, error)
	RemoveDocument(ctx context.Context, id string) error
}

// MaxIngestDocuments is the most communiqués one ingest takes.
const MaxIngestDocuments = 100

// CommuniqueInput is the GraphQL input CommuniqueInput.
type CommuniqueInput struct {
	Text   string  `json:"text"`
	Source *string `json:"source"`
}

// IngestResult is the GraphQL type IngestResult. The optional fields are
// nil for a failed document, and the error ones nil for a stored one.
type IngestResult struct {
	DocumentID    *string      `json:"documentId"`
	Status        IngestStatus `json:"status"`
	EntityCount   *int         `json:"entityCount"`
	RelationCount *int         `json:"relationCount"`
	Error         *string      `json:"error"`
	ErrorCode     *string      `json:"errorCode"`
}

// errUnauthenticated is a mutation refused for want of the API token. Its
// message says which of the reasons applies, never the token.
type errUnauthenticated struct{ reason string }

func (e errUnauthenticated) Error() string { return e.reason }

// authorize checks a mutation's request headers against the server's API
// token: mutations are off without one.
func authorize(token string, h http.Header) error {
	if token == "" {
		return errUnauthenticated{"mutations are off: this server has no API token"}
	}
	auth := h.Get("Authorization")
	if auth == "" {
		return errUnauthenticated{"mutations need the API token as an Authorization: Bearer header"}
	}
	scheme, given, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return errUnauthenticated{"the Authorization header is not a Bearer token"}
	}
	if subtle.ConstantTimeCompare([]byte(strings.TrimSpace(given)), []byte(token)) != 1 {
		return errUnauthenticated{"the API token is wrong"}
	}
	return nil
}

// mutations are what the mutation resolvers need beyond the Reader; NewServer
// sets them when the server has an API token.
type mutations struct {
	extractor Extractor
	writer    Writer
	log       *slog.Logger
}

// ingest extracts and stores each communiqué on its own. A document that
// fails is reported in its result, not as an error of the whole mutation,
// so that one bad text does not hide what happened to the others.
func (r *Resolver) ingest(ctx context.Context, docs []CommuniqueInput) ([]IngestResult, error) {
	if err := r.mutationsOn(); err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "ingest needs at least one document")
	}
	if len(docs) > MaxIngestDocuments {
		return nil, graph.Errorf(graph.EINVALID, "ingest takes at most %d documents, not %d", MaxIngestDocuments, len(docs))
	}
	out := make([]IngestResult, len(docs))
	for i, d := range docs {
		out[i] = r.ingestOne(ctx, i, d)
	}
	return out, nil
}

func (r *Resolver) ingestOne(ctx context.Context, i int, d CommuniqueInput) IngestResult {
	// The input's place in the list names it in errors when it has no source.
	name := fmt.Sprintf("documents[%d]", i)
	if d.Source != nil && *d.Source != "" {
		name = fmt.Sprintf("documents[%d] (%s)", i, *d.Source)
	}
	if err := ctx.Err(); err != nil {
		return r.failed(ctx, name, err)
	}
	x, err := r.mut.extractor.Extract(name, []byte(d.Text))
	if err != nil {
		return r.failed(ctx, name, err)
	}
	x.Document.Source = ""
	if d.Source != nil {
		x.Document.Source = *d.Source
	}
	res, err := r.mut.writer.PutDocument(ctx, x)
	if err != nil {
		return r.failed(ctx, name, err)
	}
	status := map[graph.PutStatus]IngestStatus{graph.Added: IngestStatusAdded,
		graph.Unchanged: IngestStatusUnchanged, graph.Replaced: IngestStatusReplaced}[res.Status]
	if status == "" {
		return r.failed(ctx, name, graph.Internal("ingest", fmt.Errorf("store put %s with unknown status %q", res.DocumentID, res.Status)))
	}
	return IngestResult{DocumentID: &res.DocumentID, Status: status,
		EntityCount: &res.Entities, RelationCount: &res.Relations}
}

// failed is the result of a document that was not stored, presented as the
// error presenter would present it: internals are logged, not shown.
func (r *Resolver) failed(ctx context.Context, name string, err error) IngestResult {
	code, message := classify(err)
	if code == CodeInternal {
		r.mut.log.ErrorContext(ctx, "graphql: ingest failed", "document", name, "err", err)
		message = name + ": " + message
	}
	return IngestResult{Status: IngestStatusFailed, Error: &message, ErrorCode: &code}
}

// removeDocument removes the document with the given id.
func (r *Resolver) removeDocument(ctx context.Context, id string) (string, error) {
	if err := r.mutationsOn(); err != nil {
		return "", err
	}
	if strings.TrimSpace(id) == "" {
		return "", graph.Errorf(graph.EINVALID, "a document id is required, not %q", id)
	}
	if err := r.mut.writer.RemoveDocument(ctx, id); err != nil {
		return "", err
	}
	return id, nil
}

// mutationsOn refuses mutations on a Resolver built without them, as by
// NewResolver for a server of the caller's own, where NewServer's token
// check does not run.
func (r *Resolver) mutationsOn() error {
	if r.mut.writer == nil || r.mut.extractor == nil {
		return errUnauthenticated{"mutations are off: this server has no API token"}
	}
	return nil
}

// isUnauthenticated reports whether err refuses a mutation for want of the
// token.
func isUnauthenticated(err error) bool {
	var e errUnauthenticated
	return errors.As(err, &e)
}
