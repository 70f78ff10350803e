package gql

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/web"
)

// Paths NewHandler serves.
const (
	GraphQLPath  = "/graphql"
	GraphiQLPath = web.GraphiQLPath
	ExplorePath  = web.ExplorePath
	AssetsPath   = web.AssetsPath
	HealthPath   = "/healthz"
)

// Defaults for the zero Options.
const (
	DefaultRequestTimeout  = 30 * time.Second
	DefaultComplexityLimit = 20000
	DefaultMaxDepth        = 15
	DefaultQueryCacheSize  = 1000
	DefaultMaxBodyBytes    = 1 << 20
	DefaultLoaderWait      = 50 * time.Millisecond
	DefaultMaxTokens       = 2000
	DefaultMaxAnswerBytes  = 16 << 20
	DefaultMaxExpensive    = 4
	DefaultBusyWait        = 10 * time.Second
)

// What makes a request expensive, so that it runs only while it holds one
// of the MaxExpensive slots: a query text (body or query string) over
// expensiveQueryBytes, whose parsing and validation take a time that grows
// with its square, or an operation of complexity over expensiveComplexity.
// The queries GraphiQL and the explorer send are under a kilobyte, but the
// explorer's neighbourhood queries are expensive (eight at once, each near
// the complexity limit), which is why an expensive request waits for a slot
// rather than being refused at once.
const (
	expensiveQueryBytes = 4 << 10
	expensiveComplexity = 1000
)

// Options configure NewHandler. The zero value serves with the defaults
// above, introspection and GraphiQL on.
type Options struct {
	// DisableIntrospection turns schema introspection off, and with it the
	// "did you mean" suggestions in validation errors, which also reveal the
	// schema. GraphiQL needs introspection.
	DisableIntrospection bool
	// DisableGraphiQL stops serving the GraphiQL page at "/".
	DisableGraphiQL bool
	// DisableExplorer stops serving the explorer at /explore.
	DisableExplorer bool
	// RequestTimeout bounds the work of one request: the store reads of a
	// query that runs past it fail with TIMEOUT. Zero means
	// DefaultRequestTimeout; a negative value means no bound.
	RequestTimeout time.Duration
	// ComplexityLimit rejects queries whose complexity exceeds it: a field
	// counts one plus its selection, and a list with `first` (or `limit`)
	// counts its selection that many times (see complexity.go). Zero means
	// DefaultComplexityLimit.
	ComplexityLimit int
	// MaxDepth rejects queries whose fields nest deeper than it, not
	// counting introspection. Zero means DefaultMaxDepth; a negative value
	// means no limit.
	MaxDepth int
	// MaxBodyBytes bounds the size of a request body; a larger one is
	// refused with HTTP 413 and REQUEST_TOO_LARGE. Zero means
	// DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxTokens bounds the tokens of a query: the parser stops at the
	// limit, so that a query of repeated fields, which validation compares
	// pair by pair, is refused before its cost grows. Zero means
	// DefaultMaxTokens.
	MaxTokens int
	// MaxAnswerBytes bounds the size of an answer: an operation whose
	// answer grows past it stops, and its answer is one ANSWER_TOO_LARGE
	// error. Zero means DefaultMaxAnswerBytes.
	MaxAnswerBytes int64
	// MaxExpensive is how many expensive requests (a large query text, or a
	// complexity over 1000) run at once; another waits up to BusyWait for
	// one to end, then is refused with SERVER_BUSY. Zero means
	// DefaultMaxExpensive.
	MaxExpensive int
	// BusyWait is how long an expensive request waits for a slot. Zero
	// means DefaultBusyWait.
	BusyWait time.Duration
	// QueryCacheSize is how many parsed and validated queries are kept. Zero
	// means DefaultQueryCacheSize.
	QueryCacheSize int
	// LoaderWait is the longest a data loader's batch waits before it is
	// read. A batch is read as soon as every field of the operation that
	// could still add to it has asked or returned (see batch.go); the wait
	// is a fallback that only a miscounted field would reach. Zero means
	// DefaultLoaderWait.
	LoaderWait time.Duration
	// SingleHolderTitles are the titles one person holds at a time at a
	// body, by which tenures are derived (see graph.TenureFilter); nil means
	// graph.SingleHolderTitles. kg serve passes the loader's lexicon list.
	SingleHolderTitles []string
	// PathReadLimit bounds the relationships one path query may read in its
	// breadth-first search; a search that needs more fails with
	// LIMIT_EXCEEDED (see traverse.go). Zero means DefaultPathReadLimit.
	PathReadLimit int
	// Logger receives internal errors and panics; nil means slog.Default().
	Logger *slog.Logger

	// APIToken turns the mutations on: a request that carries it as
	// "Authorization: Bearer <token>" may run them. Empty means mutations
	// are off, and every one is UNAUTHENTICATED.
	APIToken string
	// Extractor extracts the communiqués that ingest stores. It is required
	// with an APIToken.
	Extractor Extractor
	// Writer stores and removes documents for the mutations; nil means the
	// store NewHandler serves, if it is a Writer (every graph.Store is).
	// With an APIToken, one of them must be.
	Writer Writer

	// busy is the slots of expensive requests, shared by the handler and
	// its server.
	busy *busyLimit
	// watchDispatch, for tests, is told how each operation's loaders
	// dispatched, once it has answered.
	watchDispatch func(dispatchStats)
}

func (o Options) withDefaults() Options {
	if o.RequestTimeout == 0 {
		o.RequestTimeout = DefaultRequestTimeout
	}
	if o.ComplexityLimit == 0 {
		o.ComplexityLimit = DefaultComplexityLimit
	}
	if o.MaxDepth == 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxBodyBytes == 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.QueryCacheSize == 0 {
		o.QueryCacheSize = DefaultQueryCacheSize
	}
	if o.LoaderWait == 0 {
		o.LoaderWait = DefaultLoaderWait
	}
	if o.MaxTokens == 0 {
		o.MaxTokens = DefaultMaxTokens
	}
	if o.MaxAnswerBytes == 0 {
		o.MaxAnswerBytes = DefaultMaxAnswerBytes
	}
	if o.MaxExpensive == 0 {
		o.MaxExpensive = DefaultMaxExpensive
	}
	if o.BusyWait == 0 {
		o.BusyWait = DefaultBusyWait
	}
	if o.busy == nil {
		o.busy = newBusyLimit(o.MaxExpensive, o.BusyWait)
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// NewHandler serves the GraphQL API over store at /graphql (POST, and GET for
// queries), GraphiQL at /, the explorer at /explore, their scripts and
// styles under /assets/ (all embedded: see package web), and a health check
// at /healthz. Every graph.Store is a Reader.
func NewHandler(store Reader, opts Options) http.Handler {
	opts = opts.withDefaults()
	mux := http.NewServeMux()
	mux.Handle(GraphQLPath, limitBody(withCodes(NewServer(store, opts)), opts.MaxBodyBytes, expensiveQueryBytes, opts.busy))
	mux.Handle("GET "+HealthPath, healthHandler(store, opts.Logger))
	if !opts.DisableGraphiQL {
		mux.Handle("GET "+GraphiQLPath+"{$}", web.GraphiQL())
	}
	if !opts.DisableExplorer {
		mux.Handle("GET "+ExplorePath, web.Explorer())
	}
	if !opts.DisableGraphiQL || !opts.DisableExplorer {
		mux.Handle("GET "+AssetsPath, web.Assets())
	}
	if opts.RequestTimeout < 0 {
		return mux
	}
	return withTimeout(mux, opts.RequestTimeout)
}

// NewServer returns the GraphQL endpoint alone, configured as NewHandler
// serves it, for callers that route it themselves. It panics when opts has
// an APIToken without an Extractor, or without a Writer when store is not
// one: a mistake in the wiring, which must not wait for the first mutation
// to show.
func NewServer(store Reader, opts Options) *handler.Server {
	opts = opts.withDefaults()
	res := NewResolver(store)
	res.pathReadLimit = opts.PathReadLimit
	if opts.APIToken != "" {
		res.mut = mutationsFor(store, opts)
	}
	cfg := Config{Resolvers: res}
	setComplexity(&cfg.Complexity)
	schema := NewExecutableSchema(cfg)
	srv := handler.New(schema)
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	cache := lru.New[*ast.QueryDocument](opts.QueryCacheSize)
	srv.SetQueryCache(cache)
	srv.SetParserTokenLimit(opts.MaxTokens)
	srv.Use(repeatLimit{tokens: opts.MaxTokens, cache: cache})
	if opts.DisableIntrospection {
		srv.SetDisableSuggestion(true)
	} else {
		srv.Use(extension.Introspection{})
	}
	if opts.MaxDepth > 0 {
		srv.Use(depthLimit{max: opts.MaxDepth})
	}
	srv.Use(&complexityLimit{max: opts.ComplexityLimit})
	// The one field middleware: it bounds each field (boundField) and
	// counts the fields its value runs (see batch.go).
	srv.AroundFields(aroundField)
	srv.SetErrorPresenter(presentError(opts.Logger))
	srv.SetRecoverFunc(recoverFunc(opts.Logger))
	// Each operation gets its own data loaders, and with them its own cache
	// of what it read, never shared.
	operation := func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		ctx = withReads(ctx, store, opts, schema.Schema())
		respond := withBudget(ctx, opts.MaxAnswerBytes, next)
		if opts.watchDispatch == nil {
			return respond
		}
		d := ctx.Value(dispatcherKey{}).(*dispatcher)
		return func(ctx context.Context) *graphql.Response {
			r := respond(ctx)
			opts.watchDispatch(d.stats())
			return r
		}
	}
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		// One check for the whole operation, before any mutation runs.
		oc := graphql.GetOperationContext(ctx)
		if oc.Operation != nil && oc.Operation.Operation == ast.Mutation {
			if err := authorize(opts.APIToken, oc.Headers); err != nil {
				presented := presentError(opts.Logger)(ctx, err)
				return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{presented}})
			}
		}
		if operationCost(ctx) > expensiveComplexity {
			held, release, err := opts.busy.acquire(ctx)
			if err != nil {
				e := gqlerror.Errorf("%s", err)
				e.Extensions = map[string]any{"code": CodeServerBusy}
				return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{e}})
			}
			respond := operation(held, next)
			return func(ctx context.Context) *graphql.Response {
				defer release()
				return respond(ctx)
			}
		}
		return operation(ctx, next)
	})
	return srv
}

// mutationsFor returns what the mutation resolvers need, or panics when the
// options leave something out.
func mutationsFor(store Reader, opts Options) mutations {
	w := opts.Writer
	if w == nil {
		w, _ = store.(Writer)
	}
	if opts.Extractor == nil || w == nil {
		panic("gql: Options.APIToken is set without an Extractor, or without a Writer and over a store that is not one")
	}
	return mutations{extractor: opts.Extractor, writer: w, log: opts.Logger}
}

// healthTimeout bounds the store read of a health check.
const healthTimeout = 5 * time.Second

// healthHandler answers 200 "ok" when the store answers a trivial read, and
// 503 otherwise, logging why.
func healthHandler(store Reader, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		// A health check must answer soon, not when the request times out:
		// a store that does not answer in healthTimeout is unavailable.
		ctx, cancel := context.WithTimeout(r.Context(), healthTimeout)
		defer cancel()
		if _, err := store.Documents(ctx, graph.DocumentFilter{Limit: 1}); err != nil {
			log.ErrorContext(r.Context(), "healthz: store read failed", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, "unavailable\n")
			return
		}
		io.WriteString(w, "ok\n")
	})
}

// withTimeout bounds each request's context, which every store read takes.
func withTimeout(next http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
