package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/actorgraph/kg/export"
	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/loader"
	"github.com/actorgraph/kg/loader/eval"
	"github.com/actorgraph/kg/loader/input"
	"github.com/actorgraph/kg/loader/synth"
)

const usage = `kg: a knowledge graph of the actors, places and agreements of communiqués

usage:
  kg serve   [--load PATH] [--data DIR] [--addr :8080] [--no-introspection] [--no-graphiql] [--no-explorer]
             [--api-token TOKEN]
  kg load    PATH [--data DIR]
  kg load    --urls FILE [--cache DIR] [--rate N] [--data DIR]   (fetch the addresses in FILE, then load them)
  kg extract PATH
  kg export  --format graphml|gexf|cytoscape|csv|jsonl [--around ID --depth N]
             [--from DATE --to DATE] [--types T1,T2] [--out FILE] [--data DIR]
  kg import  FILE.jsonl [--data DIR]      (extractions, as kg export --format jsonl writes them)
  kg eval    GOLD_DIR [--detail]
  kg synth   DIR [--n 1000] [--seed 1]    (write generated communiqués, for load tests)
  kg help

PATH is a communiqué (.txt, .md, an HTML page or a PDF, told apart by their
content; --format txt|html|pdf forces one), a directory of them, or - for
standard input.
Common flags: --lexicon FILE (extra lexicon entries), --no-gazetteer, --min-confidence X,
--max-size BYTES (largest communiqué read; default 1 MiB).
The data directory defaults to $KG_DATA, else ` + "`$XDG_DATA_HOME/kg`" + ` or ~/.local/share/kg.
serve and load use Neo4j instead when NEO4J_URI is set (with NEO4J_USERNAME,
NEO4J_PASSWORD, NEO4J_DATABASE) or --neo4j-uri/-username/-password/-database
are given; --data keeps them on the embedded store.
serve turns the GraphQL mutations (ingest, removeDocument) on only with an API
token, --api-token or $KG_API_TOKEN, which requests must send as
Authorization: Bearer TOKEN.
`

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// errInputsFailed reports that some inputs of a load or extract failed; each
// was already reported on stderr, by name.
var errInputsFailed = errors.New("some inputs failed")

// Main is the program, so that tests can run it whole: Run a command, read
// Addr once Ready, then Close.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer

	mu    sync.Mutex
	store graph.Store
	where string // the store, for logs: a data directory or a Neo4j address
	addr  string
	ready chan struct{}
}

// NewMain returns a Main on the process's standard streams.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, ready: make(chan struct{})}
}

// Ready is closed once `serve` listens.
func (m *Main) Ready() <-chan struct{} { return m.ready }

// Addr is the address `serve` listens on, once Ready.
func (m *Main) Addr() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.addr
}

// Close releases the store.
func (m *Main) Close() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.store == nil {
		return nil
	}
	err := m.store.Close()
	m.store = nil
	return err
}

// options are the flags every command shares.
type options struct {
	data, lexicon string
	noGazetteer   bool
	minConf       float64
	maxSize       int
	format        string
	neo4j         neo4jOptions  // store.go
	flags         *flag.FlagSet // store.go: tells flags given from defaults
}

func (o *options) register(fs *flag.FlagSet) {
	fs.StringVar(&o.data, "data", defaultDataDir(), "data directory of the embedded store")
	fs.StringVar(&o.lexicon, "lexicon", "", "extra lexicon file (see loader/lexicon/README.md)")
	fs.Float64Var(&o.minConf, "min-confidence", 0, "drop facts whose confidence is below this (0-1)")
	fs.BoolVar(&o.noGazetteer, "no-gazetteer", false, "leave the gazetteer's countries, regions and cities out (to measure what it adds)")
	fs.IntVar(&o.maxSize, "max-size", loader.MaxSize, "largest communiqué read, in bytes")
	o.registerStore(fs)
}

// registerFormat adds --format to the commands that read communiqués
// (export has a --format of its own).
func (o *options) registerFormat(fs *flag.FlagSet) {
	fs.StringVar(&o.format, "format", "auto", "read every input as this format: auto (by content), txt, html or pdf")
}

func defaultDataDir() string {
	if d := os.Getenv("KG_DATA"); d != "" {
		return d
	}
	return embedded.DefaultDir()
}

// Run runs the command in args. `serve` runs until ctx is done.
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return usageError{"no command"}
	}
	cmd, rest := args[0], args[1:]
	var o options
	fs := flag.NewFlagSet("kg "+cmd, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	o.register(fs)
	switch cmd {
	case "serve":
		load := fs.String("load", "", "communiqués to load before serving")
		o.registerFormat(fs)
		addr := fs.String("addr", ":8080", "address to listen on")
		noIntro := fs.Bool("no-introspection", false, "turn GraphQL introspection off")
		noUI := fs.Bool("no-graphiql", false, "do not serve GraphiQL at /")
		noExplorer := fs.Bool("no-explorer", false, "do not serve the explorer at /explore")
		// The default is not shown from the environment, so that -h never prints the token.
		token := fs.String("api-token", "", "turn mutations on for requests with this Bearer token (default $KG_API_TOKEN)")
		if err := parse(fs, rest, 0); err != nil {
			return err
		}
		gopts := gql.Options{DisableIntrospection: *noIntro, DisableGraphiQL: *noUI || *noIntro,
			DisableExplorer: *noExplorer, APIToken: *token, SingleHolderTitles: loader.SingleHolderTitles()}
		if gopts.APIToken == "" {
			gopts.APIToken = os.Getenv("KG_API_TOKEN")
		}
		if gopts.APIToken != "" {
			x, err := m.extractor(o)
			if err != nil {
				return err
			}
			gopts.Extractor = x
		}
		return m.serve(ctx, o, *load, *addr, gopts)
	case "load":
		o.registerFormat(fs)
		var uo urlOptions
		uo.register(fs)
		positional := 1
		if hasFlag(rest, "urls") {
			positional = 0
		}
		if err := parse(fs, rest, positional); err != nil {
			return err
		}
		if err := m.openStore(o); err != nil {
			return err
		}
		if uo.list != "" {
			return m.loadURLs(ctx, o, uo)
		}
		return m.load(ctx, o, fs.Arg(0))
	case "export":
		var ef exportFlags
		ef.register(fs)
		if err := parse(fs, rest, 0); err != nil {
			return err
		}
		eo, err := ef.options(fs)
		if err != nil {
			return err
		}
		if err := m.openStore(o); err != nil {
			return err
		}
		return m.export(ctx, eo, ef.out)
	case "import":
		if err := parse(fs, rest, 1); err != nil {
			return err
		}
		if err := m.openStore(o); err != nil {
			return err
		}
		return m.importJSONL(ctx, fs.Arg(0))
	case "extract":
		o.registerFormat(fs)
		if err := parse(fs, rest, 1); err != nil {
			return err
		}
		return m.extract(ctx, o, fs.Arg(0))
	case "eval":
		detail := fs.Bool("detail", false, "list every miss and false hit")
		if err := parse(fs, rest, 1); err != nil {
			return err
		}
		x, err := m.extractor(o)
		if err != nil {
			return err
		}
		r, err := eval.Dir(fs.Arg(0), x)
		if err != nil {
			return err
		}
		r.Write(m.Stdout, *detail)
		c, err := eval.CuesDir(fs.Arg(0), x)
		if err != nil {
			return err
		}
		c.Write(m.Stdout, *detail)
		return nil
	case "synth":
		n := fs.Int("n", 1000, "how many communiqués")
		seed := fs.Int64("seed", 1, "seed of the generator; the same seed writes the same texts")
		if err := parse(fs, rest, 1); err != nil {
			return err
		}
		if err := synth.WriteDir(fs.Arg(0), synth.Generate(*seed, *n)); err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "kg: wrote %d communiqués to %s\n", *n, fs.Arg(0))
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(m.Stdout, usage)
		return nil
	}
	fmt.Fprint(m.Stderr, usage)
	return usageError{fmt.Sprintf("unknown command %q", cmd)}
}

// parse reads flags, which may stand before or after the positional
// arguments, and checks their count.
func parse(fs *flag.FlagSet, args []string, positional int) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return usageError{err.Error()}
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(pos) != positional {
		if positional == 0 {
			return usageError{fmt.Sprintf("%s takes no arguments, got %q", fs.Name(), pos)}
		}
		return usageError{fmt.Sprintf("%s needs a PATH (a file, a directory or -)", fs.Name())}
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

func (m *Main) extractor(o options) (*loader.Extractor, error) {
	var files []string
	if o.lexicon != "" {
		files = append(files, o.lexicon)
	}
	lex, err := loader.LoadLexiconWith(loader.LexiconOptions{Files: files, NoGazetteer: o.noGazetteer})
	if err != nil {
		return nil, err
	}
	return loader.New(loader.Options{Lexicon: lex, MinConfidence: o.minConf})
}

// read returns the extractor the options ask for and the inputs at path.
func (m *Main) read(o options, path string) (*loader.Extractor, []loader.Item, error) {
	x, err := m.extractor(o)
	if err != nil {
		return nil, nil, err
	}
	f, err := input.ParseFormat(o.format)
	if err != nil {
		return nil, nil, usageError{err.Error()}
	}
	items, err := loader.ReadWith(path, m.Stdin, loader.ReadOptions{MaxSize: o.maxSize, Format: f})
	return x, items, err
}

// extract prints one extraction per line.
func (m *Main) extract(ctx context.Context, o options, path string) error {
	x, items, err := m.read(o, path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	err = x.ExtractAll(ctx, items, func(r loader.Result) error {
		if r.Err != nil {
			failed++
			fmt.Fprintln(m.Stderr, "kg:", describe(r.Err))
			return nil
		}
		return enc.Encode(r.Extraction)
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return errInputsFailed
	}
	return nil
}

// load extracts and stores every communiqué under path, each document in
// its own transaction, going on past bad ones.
func (m *Main) load(ctx context.Context, o options, path string) error {
	x, items, err := m.read(o, path)
	if err != nil {
		return err
	}
	return m.loadItems(ctx, x, items)
}

// loadItems extracts and stores items, each document in its own
// transaction, going on past bad ones.
func (m *Main) loadItems(ctx context.Context, x *loader.Extractor, items []loader.Item) error {
	var err error
	var bar *progressbar.ProgressBar
	if f, ok := m.Stderr.(*os.File); ok && len(items) > 1 && term.IsTerminal(int(f.Fd())) {
		bar = progressbar.NewOptions(len(items), progressbar.OptionSetWriter(f),
			progressbar.OptionSetDescription("loading"), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish())
	}
	start := time.Now()
	counts := map[graph.PutStatus]int{}
	failed := 0
	report := func(err error) {
		failed++
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintln(m.Stderr, "kg:", describe(err))
	}
	// Extractions are stored in batches, each one PutDocuments, which on
	// Neo4j costs a fraction of a transaction per document. A batch the
	// store rejects, for whatever reason, is stored again one document at
	// a time, so that each bad document is named and the others still load.
	// Only a store that fails every document of a batch again, or a load
	// canceled, stops the load; the summary is printed all the same.
	var batch []*graph.Extraction
	flush := func() error {
		defer func() { batch = batch[:0] }()
		if len(batch) == 0 {
			return nil
		}
		results, err := m.store.PutDocuments(ctx, batch)
		if err == nil {
			for _, res := range results {
				counts[res.Status]++
			}
			return nil
		}
		if ctx.Err() != nil {
			return err
		}
		var storeFailed error
		for _, x := range batch {
			res, err := m.store.PutDocument(ctx, x)
			if err != nil {
				if ctx.Err() != nil {
					return err
				}
				if graph.ErrorCode(err) == graph.EINTERNAL && storeFailed == nil {
					storeFailed = err
				} else if graph.ErrorCode(err) != graph.EINTERNAL {
					storeFailed = errNotAllFailed
				}
				report(err)
				continue
			}
			storeFailed = errNotAllFailed
			counts[res.Status]++
		}
		if storeFailed != nil && storeFailed != errNotAllFailed {
			return storeFailed // the store itself is failing: stop
		}
		return nil
	}
	err = x.ExtractAll(ctx, items, func(r loader.Result) error {
		if bar != nil {
			defer bar.Add(1)
		}
		if r.Err != nil {
			report(r.Err)
			return nil
		}
		batch = append(batch, r.Extraction)
		if len(batch) < loadBatch {
			return nil
		}
		return flush()
	})
	if err == nil {
		err = flush()
	}
	if bar != nil {
		bar.Finish()
	}
	stored := counts[graph.Added] + counts[graph.Replaced] + counts[graph.Unchanged]
	verb := "loaded"
	if err != nil {
		verb = "stopped"
	}
	fmt.Fprintf(m.Stderr, "kg: %s %d documents (%d added, %d replaced, %d unchanged, %d failed, %d not reached) in %s\n",
		verb, stored, counts[graph.Added], counts[graph.Replaced], counts[graph.Unchanged], failed,
		len(items)-stored-failed, time.Since(start).Round(time.Millisecond))
	if err != nil {
		return err
	}
	if failed > 0 {
		return errInputsFailed
	}
	return nil
}

// errNotAllFailed marks a retried batch in which some document was stored
// or refused for a reason of its own: the store works.
var errNotAllFailed = errors.New("not every document failed")

// loadBatch is the number of documents kg load stores per PutDocuments.
// Larger batches help Neo4j a little (BenchmarkLoad) but slow bbolt, whose
// write transactions copy more pages the more they hold: at 500 documents
// of 50 statements a batch, the embedded store wrote a sixth as fast as at
// 100 (cmd/kgbench).
const loadBatch = 100

// serve optionally loads a folder, then serves the API until ctx is done.
func (m *Main) serve(ctx context.Context, o options, load, addr string, gopts gql.Options) error {
	if err := m.openStore(o); err != nil {
		return err
	}
	if load != "" {
		if err := m.load(ctx, o, load); err != nil && !errors.Is(err, errInputsFailed) {
			return err
		}
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return graph.Errorf(graph.EINVALID, "listen on %s: %v", addr, err)
	}
	logger := slog.New(slog.NewTextHandler(m.Stderr, nil))
	gopts.Logger = logger
	// /export streams for as long as the export takes: it is mounted beside
	// the GraphQL handler, outside its request timeout.
	mux := http.NewServeMux()
	mux.Handle("GET "+export.Path, export.Handler(m.store, logger))
	mux.Handle("/", gql.NewHandler(m.store, gopts))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	m.mu.Lock()
	m.addr = ln.Addr().String()
	m.mu.Unlock()
	close(m.ready)
	host := m.addr
	if strings.HasPrefix(host, "[::]") {
		host = "localhost" + strings.TrimPrefix(host, "[::]")
	}
	logger.Info("serving", "graphiql", "http://"+host+"/", "explorer", "http://"+host+"/explore", "graphql", "http://"+host+"/graphql", "store", m.where)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
}
