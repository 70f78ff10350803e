// Command kgbench measures the GraphQL API under load, as issue 5 asks:
// over a generated graph (synth.Graph) in the embedded store or in Neo4j,
// it serves gql.NewHandler on a loopback HTTP server and has concurrent
// clients post each kind of query for a while, then prints, per kind, the
// requests answered, those that failed, the throughput and the p50 and p99
// latencies.
//
//	kgbench --data /tmp/kgbench --load --entities 100000 --relations 1000000
//	kgbench --data /tmp/kgbench                      (reuse what is loaded)
//	NEO4J_URI=bolt://localhost:7687 kgbench --store neo4j --load
//	NEO4J_URI=bolt://localhost:7687 kgbench peer     (against @neo4j/graphql: see peer.go)
//
// The clients run in the same process as the server, so on a small machine
// they take CPU from it: the figures are those of one machine doing both.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/graph/neo4j"
	"github.com/actorgraph/kg/loader/synth"
)

// config is the command line.
type config struct {
	store, data           string
	load                  bool
	seed                  int64
	entities, relations   int
	perDocument, batch    int
	clients               int
	duration, warmup      time.Duration
	queries               string
	maxHops, depth, limit int
	requestPool           int
	cpuProfile            string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "kgbench:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("kgbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.store, "store", "embedded", "embedded, or neo4j (configured by NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)")
	fs.StringVar(&c.data, "data", "", "data directory of the embedded store (default: a temporary one, removed at the end; needs --load)")
	fs.BoolVar(&c.load, "load", false, "generate the graph and load it first; otherwise measure what the store holds")
	fs.Int64Var(&c.seed, "seed", 1, "seed of the generated graph and of the requests")
	fs.IntVar(&c.entities, "entities", 100_000, "entities of the generated graph")
	fs.IntVar(&c.relations, "relations", 1_000_000, "relationships (distinct facts) of the generated graph")
	fs.IntVar(&c.perDocument, "per-document", synth.DefaultPerDocument, "relation statements per generated document")
	fs.IntVar(&c.batch, "batch", 500, "documents per PutDocuments when loading")
	fs.IntVar(&c.clients, "clients", 16, "concurrent clients, each with one request at a time")
	fs.DurationVar(&c.duration, "duration", 20*time.Second, "how long each query kind is measured")
	fs.DurationVar(&c.warmup, "warmup", 3*time.Second, "how long each kind runs, unrecorded, before it is measured")
	fs.StringVar(&c.queries, "queries", "search,nested,path,neighborhood", "query kinds to run, in order: search, nested, path, neighborhood, lookup")
	fs.IntVar(&c.maxHops, "max-hops", 4, "path: maxHops")
	fs.IntVar(&c.depth, "depth", 2, "neighborhood: depth")
	fs.IntVar(&c.limit, "limit", 100, "neighborhood: limit")
	fs.IntVar(&c.requestPool, "request-pool", 2000, "distinct requests prepared per query kind")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run (load and queries) to this file")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	switch {
	case fs.NArg() > 0:
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	case c.store != "embedded" && c.store != "neo4j":
		return c, fmt.Errorf("--store %q: want embedded or neo4j", c.store)
	case c.store == "embedded" && c.data == "" && !c.load:
		return c, errors.New("an embedded run needs --data DIR of a loaded store, or --load")
	case c.clients < 1 || c.batch < 1 || c.requestPool < 1 || c.duration <= 0:
		return c, errors.New("--clients, --batch, --request-pool and --duration must be positive")
	}
	for _, q := range strings.Split(c.queries, ",") {
		if _, ok := kindNamed(q); !ok {
			return c, fmt.Errorf("--queries: unknown query kind %q", q)
		}
	}
	return c, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "peer" {
		return runPeer(ctx, args[1:], stdout, stderr)
	}
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	stopProfile, err := startProfile(c.cpuProfile)
	if err != nil {
		return err
	}
	defer stopProfile()
	st, where, cleanup, err := openStore(ctx, c)
	if err != nil {
		return err
	}
	defer cleanup()
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, "kgbench: "+format+"\n", a...) }
	logf("store: %s", where)

	if c.load {
		if err := load(ctx, st, c, logf); err != nil {
			return err
		}
	}
	start := time.Now()
	entities, err := st.Entities(ctx, graph.EntityFilter{WithoutDocuments: true})
	if err != nil {
		return err
	}
	if len(entities) == 0 {
		return errors.New("the store is empty: give --load")
	}
	s := newSample(entities)
	logf("read %d entities (%d organisations) to ask about in %s", len(s.all), len(s.orgs), time.Since(start).Round(time.Millisecond))

	srv := httptest.NewServer(gql.NewHandler(st, gql.Options{
		Logger: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}))
	defer srv.Close()
	// The server gives up on a request after gql.DefaultRequestTimeout;
	// the client waits a little longer, to read that answer.
	hc := &http.Client{Timeout: gql.DefaultRequestTimeout + 10*time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: c.clients, DisableCompression: true}}
	url := srv.URL + gql.GraphQLPath

	opts := queryOptions{maxHops: c.maxHops, depth: c.depth, limit: c.limit}
	var results []result
	for i, name := range strings.Split(c.queries, ",") {
		k, _ := kindNamed(name)
		reqs, err := bodies(k, s, opts, c.requestPool, uint64(c.seed)+uint64(i))
		if err != nil {
			return err
		}
		logf("%s: %d clients, %s warm-up, %s measured (load average %s)", name, c.clients, c.warmup, c.duration, loadAverage())
		r := runKind(ctx, hc, url, name, reqs, c.clients, c.warmup, c.duration)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		results = append(results, r)
		if r.firstErr != "" {
			logf("%s: %d of %d failed; the first: %s", name, r.failures, r.requests, r.firstErr)
		}
	}
	fmt.Fprintf(stdout, "\n%s, %d clients, %s per kind after %s warm-up; %s\n", where, c.clients, c.duration, c.warmup, machine())
	printTable(stdout, results)
	return nil
}

// startProfile writes a CPU profile to path until stop is called; nothing
// when path is empty.
func startProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// openStore opens the store the flags choose; cleanup closes it and
// removes a temporary data directory.
func openStore(ctx context.Context, c config) (graph.Store, string, func(), error) {
	if c.store == "neo4j" {
		cfg := neo4j.ConfigFromEnv(os.Getenv)
		st, err := neo4j.Open(ctx, cfg)
		if err != nil {
			return nil, "", nil, err
		}
		return st, "Neo4j at " + cfg.String(), func() { st.Close() }, nil
	}
	dir, temp := c.data, false
	if dir == "" {
		d, err := os.MkdirTemp("", "kgbench-")
		if err != nil {
			return nil, "", nil, err
		}
		dir, temp = d, true
	}
	st, err := embedded.Open(dir)
	if err != nil {
		return nil, "", nil, err
	}
	return st, "embedded store in " + dir, func() {
		st.Close()
		if temp {
			os.RemoveAll(dir)
		}
	}, nil
}

// load generates the graph and stores it with PutDocuments, c.batch
// documents at a time, reporting progress and the rates.
func load(ctx context.Context, st graph.Store, c config, logf func(string, ...any)) error {
	start := time.Now()
	xs := synth.Graph(c.seed, c.entities, c.relations, c.perDocument)
	statements := 0
	for _, x := range xs {
		statements += len(x.Relations)
	}
	logf("generated %d entities and %d relationships in %d documents (%d relation statements) in %s",
		c.entities, c.relations, len(xs), statements, time.Since(start).Round(time.Millisecond))

	start = time.Now()
	last, stored := start, 0
	for i := 0; i < len(xs); i += c.batch {
		batch := xs[i:min(i+c.batch, len(xs))]
		if _, err := st.PutDocuments(ctx, batch); err != nil {
			return fmt.Errorf("load documents %d to %d: %w", i+1, i+len(batch), err)
		}
		for _, x := range batch {
			stored += len(x.Relations)
		}
		if done := i + len(batch); time.Since(last) > 10*time.Second || done == len(xs) {
			last = time.Now()
			el := time.Since(start)
			logf("loaded %d of %d documents, %d statements, in %s: %.0f statements/s",
				done, len(xs), stored, el.Round(time.Second), float64(stored)/el.Seconds())
		}
	}
	el := time.Since(start)
	logf("load: %d documents, %d statements in %s (%.0f documents/s, %.0f statements/s)",
		len(xs), statements, el.Round(time.Millisecond), float64(len(xs))/el.Seconds(), float64(statements)/el.Seconds())
	return nil
}

func printTable(w io.Writer, results []result) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "query\trequests\tfailed\treq/s\tp50 ms\tp99 ms\tmax ms\tKB/answer\t")
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d)/float64(time.Millisecond)) }
	for _, r := range results {
		kb := 0.0
		if r.requests > 0 {
			kb = float64(r.bytes) / float64(r.requests) / 1024
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.1f\t%s\t%s\t%s\t%.1f\t\n", r.kind, r.requests, r.failures, r.throughput(),
			ms(r.percentile(0.50)), ms(r.percentile(0.99)), ms(r.percentile(1)), kb)
	}
	tw.Flush()
}

// machine describes where the figures were taken: the CPUs, the load
// average, the commit.
func machine() string {
	s := fmt.Sprintf("%d CPUs, GOMAXPROCS %d, load average %s, %s", runtime.NumCPU(), runtime.GOMAXPROCS(0),
		loadAverage(), time.Now().UTC().Format("2006-01-02 15:04 UTC"))
	if info, ok := debug.ReadBuildInfo(); ok {
		var rev, dirty string
		for _, kv := range info.Settings {
			switch kv.Key {
			case "vcs.revision":
				rev = kv.Value
			case "vcs.modified":
				if kv.Value == "true" {
					dirty = "+changes"
				}
			}
		}
		if rev != "" {
			s += ", commit " + rev[:min(12, len(rev))] + dirty
		}
	}
	return s
}

// loadAverage is the 1, 5 and 15 minute load averages, where Linux tells.
func loadAverage() string {
	raw, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(raw))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
