package gql

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// The bounds on one request's work that the complexity and depth limits
// cannot give, since they are decided before anything runs: the size of the
// body, the size of the answer, and how many expensive requests run at
// once. doc/limits.md lists them all with what they cost an attacker.

// Codes of the requests these bounds refuse.
const (
	CodeRequestTooLarge = "REQUEST_TOO_LARGE"
	CodeAnswerTooLarge  = "ANSWER_TOO_LARGE"
	CodeServerBusy      = "SERVER_BUSY"
)

// writeError answers a request refused before GraphQL sees it, in the
// shape of a GraphQL response so that clients read its code as they read
// any other.
func writeError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message":    message,
		"extensions": map[string]any{"code": code},
	}}})
}

// limitBody refuses with 413 a request body larger than n bytes, which
// gqlgen's POST transport would otherwise read whole (and answer with 200),
// and holds a slot of busy while it serves a body or query string larger
// than heavy bytes: parsing and validating a query takes time that grows
// faster than its size (gqlparser compares every pair of fields with the
// same name), and the token limit bounds it only per request.
func limitBody(next http.Handler, n int64, heavy int, busy *busyLimit) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > n {
			tooLarge(w, n)
			return
		}
		size := len(r.URL.RawQuery)
		if r.Body != nil && r.Body != http.NoBody {
			body, err := io.ReadAll(io.LimitReader(r.Body, n+1))
			if err != nil {
				writeError(w, http.StatusBadRequest, CodeBadUserInput, "the request body could not be read")
				return
			}
			if int64(len(body)) > n {
				tooLarge(w, n)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			size += len(body)
		}
		if size > heavy {
			ctx, release, err := busy.acquire(r.Context())
			if err != nil {
				writeError(w, http.StatusServiceUnavailable, CodeServerBusy, err.Error())
				return
			}
			defer release()
			r = r.WithContext(ctx)
		}
		next.ServeHTTP(w, r)
	})
}

// withCodes gives a code to the errors gqlgen's transports write without
// one and without the error presenter: a GET whose variables are not JSON,
// a mutation over GET, a request in no transport gqlgen serves. Each is
// the client's fault: BAD_USER_INPUT. Only answers of status 400 and up are
// held to be rewritten, and they are small.
func withCodes(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &codeWriter{ResponseWriter: w}
		next.ServeHTTP(cw, r)
		cw.flush()
	})
}

type codeWriter struct {
	http.ResponseWriter
	status int
	held   *bytes.Buffer
}

func (w *codeWriter) WriteHeader(status int) {
	if status >= 400 && w.status == 0 {
		w.status, w.held = status, new(bytes.Buffer)
		return
	}
	if w.status == 0 {
		w.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *codeWriter) Write(b []byte) (int, error) {
	if w.held != nil {
		return w.held.Write(b)
	}
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *codeWriter) flush() {
	if w.held == nil {
		return
	}
	out := w.held.Bytes()
	var resp map[string]json.RawMessage
	var errs []map[string]any
	if json.Unmarshal(out, &resp) == nil && json.Unmarshal(resp["errors"], &errs) == nil {
		for _, e := range errs {
			ext, _ := e["extensions"].(map[string]any)
			if ext == nil {
				ext = map[string]any{}
				e["extensions"] = ext
			}
			if _, ok := ext["code"]; !ok {
				ext["code"] = CodeBadUserInput
			}
		}
		if raw, err := json.Marshal(errs); err == nil {
			resp["errors"] = raw
			if b, err := json.Marshal(resp); err == nil {
				out = b
			}
		}
	}
	w.ResponseWriter.WriteHeader(w.status)
	w.ResponseWriter.Write(out)
}

func tooLarge(w http.ResponseWriter, n int64) {
	writeError(w, http.StatusRequestEntityTooLarge, CodeRequestTooLarge,
		fmt.Sprintf("the request body is too large: more than %d bytes", n))
}

// busyLimit bounds how many expensive requests run at once: a large query
// while it is parsed and validated, an operation of high complexity while it
// runs. One that finds every slot taken waits for one up to wait, then is
// refused with SERVER_BUSY: cheap requests never wait behind them.
type busyLimit struct {
	slots chan struct{}
	wait  time.Duration
}

func newBusyLimit(n int, wait time.Duration) *busyLimit {
	return &busyLimit{slots: make(chan struct{}, max(1, n)), wait: wait}
}

type holdingKey struct{}

var errBusy = errors.New("the server is running as many expensive requests as it allows; try again later")

// acquire takes a slot, unless ctx's request holds one already, and
// returns ctx marked as holding it and the function that gives it back.
func (b *busyLimit) acquire(ctx context.Context) (context.Context, func(), error) {
	if ctx.Value(holdingKey{}) != nil {
		return ctx, func() {}, nil
	}
	t := time.NewTimer(b.wait)
	defer t.Stop()
	select {
	case b.slots <- struct{}{}:
		return context.WithValue(ctx, holdingKey{}, true), func() { <-b.slots }, nil
	case <-t.C:
		return ctx, nil, errBusy
	case <-ctx.Done():
		return ctx, nil, errBusy
	}
}

// answerBudget counts the bytes an operation's answer has grown to as its
// fields resolve, and cancels the operation once they pass the limit, so
// that the resolvers and store reads still to come stop at once rather than
// build an answer of hundreds of megabytes in memory.
type answerBudget struct {
	limit  int64
	used   atomic.Int64
	over   atomic.Bool
	cancel context.CancelFunc
	// done is the operation's Done channel, which every field checks.
	done <-chan struct{}
}

type budgetKey struct{}

// spend adds the size of one field's value; it reports false once the
// answer is over the limit.
func (b *answerBudget) spend(n int64) bool {
	if b.used.Add(n) <= b.limit {
		return true
	}
	if b.over.CompareAndSwap(false, true) {
		b.cancel()
	}
	return false
}

func (b *answerBudget) err() *gqlerror.Error {
	err := gqlerror.Errorf("the answer would be larger than the %d bytes the server allows: ask for fewer items or fields", b.limit)
	err.Extensions = map[string]any{"code": CodeAnswerTooLarge}
	return err
}

// withBudget runs an operation under an answer budget of limit bytes: when
// the answer passes it, the operation's answer is one ANSWER_TOO_LARGE
// error and no data.
func withBudget(ctx context.Context, limit int64, next graphql.OperationHandler) graphql.ResponseHandler {
	ctx, cancel := context.WithCancel(ctx)
	b := &answerBudget{limit: limit, cancel: cancel, done: ctx.Done()}
	// The operation's dispatcher holds the budget too, so that the field
	// middleware finds both in one look-up of the context (see aroundField).
	if d, ok := ctx.Value(dispatcherKey{}).(*dispatcher); ok {
		d.budget = b
	}
	respond := next(context.WithValue(ctx, budgetKey{}, b))
	return func(ctx context.Context) *graphql.Response {
		r := respond(ctx)
		if b.over.Load() {
			cancel()
			return &graphql.Response{Errors: gqlerror.List{b.err()}}
		}
		if r == nil {
			cancel()
		}
		return r
	}
}

// boundField is the field middleware that makes every field check that its
// operation may still run, and count its value into the answer budget: a
// timed-out or canceled request stops at the next field, not at the end.
func boundField(ctx context.Context, next graphql.Resolver) (any, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res, err := next(ctx)
	if b, ok := ctx.Value(budgetKey{}).(*answerBudget); ok {
		if !b.spend(valueSize(graphql.GetFieldContext(ctx), res)) {
			return nil, context.Canceled
		}
	}
	return res, err
}

// bound is boundField with the operation's budget at hand, for the field fc
// of ctx: the field middleware of an operation calls it, and no field then
// walks the chain of contexts, as deep as the query, three times.
func (b *answerBudget) bound(ctx context.Context, fc *graphql.FieldContext, next graphql.Resolver) (any, error) {
	select {
	case <-b.done:
		return nil, ctx.Err()
	default:
	}
	res, err := next(ctx)
	if !b.spend(valueSize(fc, res)) {
		return nil, context.Canceled
	}
	return res, err
}

// valueSize is about how many bytes field fc's value v adds to the JSON
// answer: its name, punctuation, and its value when that is text. Objects
// and lists add their fields as those resolve.
func valueSize(fc *graphql.FieldContext, v any) int64 {
	n := int64(8)
	if fc != nil {
		n += int64(len(fc.Field.Alias))
	}
	switch s := v.(type) {
	case string:
		n += int64(len(s))
	case *string:
		if s != nil {
			n += int64(len(*s))
		}
	case []string:
		for _, x := range s {
			n += int64(len(x)) + 3
		}
	}
	return n
}
