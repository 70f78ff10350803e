package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/kg/gql"
	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/graph/neo4j"
	"github.com/actorgraph/kg/loader"
	"github.com/actorgraph/kg/loader/synth"
)

// The peer benchmark (kgbench peer): three questions asked of four systems
// over one Neo4j database holding generated communiqués that kg loaded: kg
// on that Neo4j, kg embedded (the same communiqués in its own store),
// hand-written Cypher through the Go driver (the floor), and @neo4j/graphql
// (scripts/peerbench, pinned in its package-lock.json) given type
// definitions over kg's labels and relationship types. Every system's
// answer to every parameter is checked equal to kg embedded's before any
// timing; then the systems take turns, round after round, with 1 and with 8
// clients, and the table gives each one's p50 and p99 latency and
// throughput, and the ratios the issue asks about.

// peerConfig is the command line of kgbench peer.
type peerConfig struct {
	docs, params, rounds, batch int
	seed                        int64
	data                        string
	duration, warmup            time.Duration
	clients                     []int
	node                        string
	empty                       bool
	systems                     []string
	questions                   []string
	cpuProfile                  string
}

func parsePeerFlags(args []string, stderr io.Writer) (peerConfig, error) {
	c := peerConfig{}
	fs := flag.NewFlagSet("kgbench peer", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&c.docs, "docs", 3000, "generated communiqués (loader/synth) to load into both stores when they are empty")
	fs.Int64Var(&c.seed, "seed", 42, "seed of the communiqués and of the parameters")
	fs.IntVar(&c.params, "params", 50, "parameters (persons, bodies) per question")
	fs.IntVar(&c.rounds, "rounds", 2, "interleaved rounds: in each, every system is measured once per question and client count")
	fs.IntVar(&c.batch, "batch", 100, "documents per PutDocuments when loading")
	fs.StringVar(&c.data, "data", "", "data directory of the embedded store (default: a temporary one)")
	fs.DurationVar(&c.duration, "duration", 4*time.Second, "measured time per system, question, client count and round")
	fs.DurationVar(&c.warmup, "warmup", time.Second, "unrecorded time before each measurement")
	clients := fs.String("clients", "1,8", "client counts")
	fs.StringVar(&c.node, "node", "node", "the node binary that serves @neo4j/graphql")
	fs.BoolVar(&c.empty, "empty-neo4j", false, "delete everything in the Neo4j database first (it is then loaded anew)")
	systems := fs.String("systems", "kg-neo4j,peer,cypher,kg-embedded", "the systems to time (all four always answer the check)")
	qs := fs.String("questions", "Q1,Q2,Q3", "the questions to time")
	fs.StringVar(&c.cpuProfile, "cpuprofile", "", "write a CPU profile of the timed rounds to this file")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	for _, s := range strings.Split(*clients, ",") {
		var n int
		if _, err := fmt.Sscanf(s, "%d", &n); err != nil || n < 1 {
			return c, fmt.Errorf("--clients: %q is not a positive count", s)
		}
		c.clients = append(c.clients, n)
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	c.systems, c.questions = strings.Split(*systems, ","), strings.Split(*qs, ",")
	for _, s := range c.systems {
		if !slices.Contains(systemKeys, s) {
			return c, fmt.Errorf("--systems: unknown system %q (want %s)", s, strings.Join(systemKeys, ", "))
		}
	}
	for _, q := range c.questions {
		if !slices.ContainsFunc(questions, func(x question) bool { return x.name == q }) {
			return c, fmt.Errorf("--questions: unknown question %q", q)
		}
	}
	if c.docs < 1 || c.params < 1 || c.rounds < 1 || c.batch < 1 || c.duration <= 0 {
		return c, errors.New("--docs, --params, --rounds, --batch and --duration must be positive")
	}
	return c, nil
}

// A question is asked of each system in its own words; canon turns each
// answer into one comparable form.
type question struct {
	name, about string
	kg          string // kg's GraphQL, with $name
	peer        string // @neo4j/graphql's, with $id
	cypher      string // hand-written, with $id
	fixed       bool   // asks no parameter
}

var questions = []question{
	{
		name: "Q1", about: "a person's roles and their organisations",
		kg:     `query($name: String!) { person(name: $name) { name roles { role organization { name } } } }`,
		peer:   `query($id: ID!) { people(where: {id: {eq: $id}}) { name rolesConnection { edges { properties { role } node { at { ... on Organization { name } ... on State { name } } } } } } }`,
		cypher: `MATCH (p:Person {id: $id}) RETURN p.name AS name, [(p)-[r:HOLDS_ROLE]->(:Role)-[:ROLE_AT]->(b) | {role: r.role, organization: b.name}] AS roles`,
	},
	{
		name: "Q2", about: "a body's meetings → attendees → their roles",
		kg:   `query($name: String!) { organization(name: $name) { meetings { session start attendees { name ... on Person { roles { role organization { name } } } } } } }`,
		peer: `query($id: ID!) { organizations(where: {id: {eq: $id}}) { meetings { session start attendees { ... on Person { name rolesConnection { edges { properties { role } node { at { ... on Organization { name } ... on State { name } } } } } } ... on Organization { name } ... on State { name } } } } }`,
		cypher: `MATCH (o:Organization {id: $id}) RETURN [(o)-[:HELD]->(m:Meeting) | {session: m.session, start: m.start, attendees:
  [(a)-[:ATTENDED]->(m) | {name: a.name, roles: [(a)-[r:HOLDS_ROLE]->(:Role)-[:ROLE_AT]->(b) | {role: r.role, organization: b.name}]}]}] AS meetings`,
	},
	{
		name: "Q3", about: "a page of 100 persons with their roles", fixed: true,
		kg:     `{ people(first: 100) { name roles { role organization { name } } } }`,
		peer:   `{ people(limit: 100, sort: [{id: ASC}]) { name rolesConnection { edges { properties { role } node { at { ... on Organization { name } ... on State { name } } } } } } }`,
		cypher: `MATCH (p:Person) WITH p ORDER BY p.id LIMIT 100 RETURN collect({name: p.name, roles: [(p)-[r:HOLDS_ROLE]->(:Role)-[:ROLE_AT]->(b) | {role: r.role, organization: b.name}]}) AS people`,
	},
}

// The canonical answer: persons with their roles as "role @ body", sorted,
// and meetings with their attendees, sorted, so that systems that list in
// different orders compare equal.
type canonPerson struct {
	Name  string   `json:"name"`
	Roles []string `json:"roles"`
}

type canonMeeting struct {
	Session   int           `json:"session"`
	Start     string        `json:"start"`
	Attendees []canonPerson `json:"attendees"`
}

func sortPersons(ps []canonPerson) {
	for i := range ps {
		sort.Strings(ps[i].Roles)
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].Name != ps[j].Name {
			return ps[i].Name < ps[j].Name
		}
		return strings.Join(ps[i].Roles, "\n") < strings.Join(ps[j].Roles, "\n")
	})
}

func canonJSON(v any) string {
	raw, _ := json.Marshal(v)
	return string(raw)
}

// The answers' shapes, as each system gives them.
type kgRole struct {
	Role         string
	Organization struct{ Name string }
}

type kgPerson struct {
	Name  string
	Roles []kgRole
}

func (p kgPerson) canon() canonPerson {
	c := canonPerson{Name: p.Name, Roles: []string{}}
	for _, r := range p.Roles {
		c.Roles = append(c.Roles, r.Role+" @ "+r.Organization.Name)
	}
	return c
}

type peerPerson struct {
	Name            string
	RolesConnection struct {
		Edges []struct {
			Properties struct{ Role string }
			Node       struct{ At []struct{ Name string } }
		}
	}
}

func (p peerPerson) canon() canonPerson {
	c := canonPerson{Name: p.Name, Roles: []string{}}
	for _, e := range p.RolesConnection.Edges {
		for _, at := range e.Node.At {
			c.Roles = append(c.Roles, e.Properties.Role+" @ "+at.Name)
		}
	}
	return c
}

type cypherPerson struct {
	Name  string `json:"name"`
	Roles []struct {
		Role         string `json:"role"`
		Organization string `json:"organization"`
	} `json:"roles"`
}

func (p cypherPerson) canon() canonPerson {
	c := canonPerson{Name: p.Name, Roles: []string{}}
	for _, r := range p.Roles {
		c.Roles = append(c.Roles, r.Role+" @ "+r.Organization)
	}
	return c
}

type meetingOf[P any] struct {
	Session   *int
	Start     *string
	Attendees []P
}

func canonMeetings[P interface{ canon() canonPerson }](ms []meetingOf[P]) []canonMeeting {
	out := []canonMeeting{}
	for _, m := range ms {
		c := canonMeeting{Attendees: []canonPerson{}}
		if m.Session != nil {
			c.Session = *m.Session
		}
		if m.Start != nil {
			c.Start = *m.Start
		}
		for _, a := range m.Attendees {
			c.Attendees = append(c.Attendees, a.canon())
		}
		sortPersons(c.Attendees)
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return canonJSON(out[i]) < canonJSON(out[j]) })
	return out
}

// canon reads a system's answer to question q into the canonical form.
func canon(system, q string, raw []byte) (string, error) {
	var env struct {
		Data   json.RawMessage
		Errors []json.RawMessage
	}
	if system != "cypher" {
		if err := json.Unmarshal(raw, &env); err != nil {
			return "", fmt.Errorf("answer is not JSON: %v: %.200s", err, raw)
		}
		if len(env.Errors) > 0 {
			return "", fmt.Errorf("errors: %.300s", env.Errors[0])
		}
		raw = env.Data
	}
	switch system + " " + q {
	case "kg Q1":
		var d struct{ Person kgPerson }
		err := json.Unmarshal(raw, &d)
		p := d.Person.canon()
		sortPersons([]canonPerson{p})
		return canonJSON(p), err
	case "peer Q1":
		var d struct{ People []peerPerson }
		if err := json.Unmarshal(raw, &d); err != nil || len(d.People) != 1 {
			return "", fmt.Errorf("%d people, want 1 (%v)", len(d.People), err)
		}
		p := d.People[0].canon()
		sortPersons([]canonPerson{p})
		return canonJSON(p), nil
	case "cypher Q1":
		var d []cypherPerson
		if err := json.Unmarshal(raw, &d); err != nil || len(d) != 1 {
			return "", fmt.Errorf("%d rows, want 1 (%v)", len(d), err)
		}
		p := d[0].canon()
		sortPersons([]canonPerson{p})
		return canonJSON(p), nil
	case "kg Q2":
		var d struct {
			Organization struct{ Meetings []meetingOf[kgPerson] }
		}
		err := json.Unmarshal(raw, &d)
		return canonJSON(canonMeetings(d.Organization.Meetings)), err
	case "peer Q2":
		var d struct {
			Organizations []struct{ Meetings []meetingOf[peerPerson] }
		}
		if err := json.Unmarshal(raw, &d); err != nil || len(d.Organizations) != 1 {
			return "", fmt.Errorf("%d organisations, want 1 (%v)", len(d.Organizations), err)
		}
		return canonJSON(canonMeetings(d.Organizations[0].Meetings)), nil
	case "cypher Q2":
		var d []struct {
			Meetings []struct {
				Session   *int           `json:"session"`
				Start     *string        `json:"start"`
				Attendees []cypherPerson `json:"attendees"`
			} `json:"meetings"`
		}
		if err := json.Unmarshal(raw, &d); err != nil || len(d) != 1 {
			return "", fmt.Errorf("%d rows, want 1 (%v)", len(d), err)
		}
		ms := make([]meetingOf[cypherPerson], len(d[0].Meetings))
		for i, m := range d[0].Meetings {
			ms[i] = meetingOf[cypherPerson]{Session: m.Session, Start: m.Start, Attendees: m.Attendees}
		}
		return canonJSON(canonMeetings(ms)), nil
	case "kg Q3":
		var d struct{ People []kgPerson }
		err := json.Unmarshal(raw, &d)
		return canonPeople(d.People), err
	case "peer Q3":
		var d struct{ People []peerPerson }
		err := json.Unmarshal(raw, &d)
		return canonPeople(d.People), err
	case "cypher Q3":
		var d []struct {
			People []cypherPerson `json:"people"`
		}
		if err := json.Unmarshal(raw, &d); err != nil || len(d) != 1 {
			return "", fmt.Errorf("%d rows, want 1 (%v)", len(d), err)
		}
		return canonPeople(d[0].People), nil
	}
	return "", fmt.Errorf("no reading of %s's answer to %s", system, q)
}

func canonPeople[P interface{ canon() canonPerson }](ps []P) string {
	out := []canonPerson{}
	for _, p := range ps {
		out = append(out, p.canon())
	}
	sortPersons(out)
	return canonJSON(out)
}

// systemKeys name the systems on the command line, in the order of the
// table.
var systemKeys = []string{"kg-neo4j", "peer", "cypher", "kg-embedded"}

// system is one of the four answering the questions: ask sends request i of
// question q and returns the raw answer.
type system struct {
	name, kind string // kind: kg, peer or cypher (how its answers read)
	ask        func(ctx context.Context, q int, i int) ([]byte, error)
}

func runPeer(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parsePeerFlags(args, stderr)
	if err != nil {
		return err
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, "kgbench peer: "+format+"\n", a...) }
	cfg := neo4j.ConfigFromEnv(os.Getenv)
	if cfg.URI == "" {
		return errors.New("set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD) to the Neo4j the systems share")
	}
	drv, err := driver.NewDriverWithContext(cfg.URI, driver.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		return err
	}
	defer drv.Close(context.Background())
	if c.empty {
		if err := emptyDatabase(ctx, drv, cfg.Database); err != nil {
			return err
		}
		logf("emptied the Neo4j database")
	}
	n4, err := neo4j.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer n4.Close()
	dir := c.data
	if dir == "" {
		if dir, err = os.MkdirTemp("", "kgbench-peer-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	emb, err := embedded.Open(dir)
	if err != nil {
		return err
	}
	defer emb.Close()
	if err := loadBoth(ctx, c, []graph.Store{n4, emb}, logf); err != nil {
		return err
	}
	persons, bodies, err := peerParams(ctx, emb, c)
	if err != nil {
		return err
	}
	logf("parameters: %d persons with roles, %d bodies with meetings (named once each)", len(persons), len(bodies))

	// Q2's lists are unbounded, which kg's default complexity limit (made
	// for a public endpoint) refuses; the peer has no limit, so neither
	// has kg here. Every other check of a request still runs.
	opts := gql.Options{Logger: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
		ComplexityLimit: 1 << 30}
	kgN4 := httptest.NewServer(gql.NewHandler(n4, opts))
	defer kgN4.Close()
	kgEmb := httptest.NewServer(gql.NewHandler(emb, opts))
	defer kgEmb.Close()
	peerURL, stopPeer, err := startPeer(ctx, c.node, logf)
	if err != nil {
		return err
	}
	defer stopPeer()
	maxClients := slices.Max(c.clients)
	hc := &http.Client{Timeout: time.Minute,
		Transport: &http.Transport{MaxIdleConnsPerHost: maxClients, DisableCompression: true}}
	params := func(q, i int) (name, id string) {
		if questions[q].fixed {
			return "", ""
		}
		e := persons[i%len(persons)]
		if q == 1 {
			e = bodies[i%len(bodies)]
		}
		return e.Name, e.ID
	}
	gqlBodies := func(peer bool) [][][]byte {
		out := make([][][]byte, len(questions))
		for q, qu := range questions {
			for i := range c.params {
				name, id := params(q, i)
				b := map[string]any{"query": qu.kg, "variables": map[string]any{"name": name}}
				if peer {
					b = map[string]any{"query": qu.peer, "variables": map[string]any{"id": id}}
				}
				if qu.fixed {
					delete(b, "variables")
				}
				raw, _ := json.Marshal(b)
				out[q] = append(out[q], raw)
			}
		}
		return out
	}
	kgReqs, peerReqs := gqlBodies(false), gqlBodies(true)
	httpAsk := func(url string, reqs [][][]byte) func(ctx context.Context, q, i int) ([]byte, error) {
		return func(ctx context.Context, q, i int) ([]byte, error) { return postRaw(ctx, hc, url, reqs[q][i]) }
	}
	systems := []system{
		{"kg on Neo4j", "kg", httpAsk(kgN4.URL+gql.GraphQLPath, kgReqs)},
		{"@neo4j/graphql", "peer", httpAsk(peerURL, peerReqs)},
		{"hand-written Cypher", "cypher", func(ctx context.Context, q, i int) ([]byte, error) {
			_, id := params(q, i)
			res, err := driver.ExecuteQuery(ctx, drv, questions[q].cypher, map[string]any{"id": id},
				driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(cfg.Database), driver.ExecuteQueryWithReadersRouting())
			if err != nil {
				return nil, err
			}
			rows := make([]map[string]any, len(res.Records))
			for j, r := range res.Records {
				rows[j] = r.AsMap()
			}
			return json.Marshal(rows)
		}},
		{"kg embedded", "kg", httpAsk(kgEmb.URL+gql.GraphQLPath, kgReqs)},
	}

	// Answers first: every system, every parameter, equal to kg embedded's.
	for q, qu := range questions {
		for i := range c.params {
			var want string
			for _, s := range []system{systems[3], systems[0], systems[1], systems[2]} {
				raw, err := s.ask(ctx, q, i)
				if err != nil {
					return fmt.Errorf("%s, %s, parameter %d: %w", qu.name, s.name, i, err)
				}
				got, err := canon(s.kind, qu.name, raw)
				if err != nil {
					return fmt.Errorf("%s, %s, parameter %d: %w", qu.name, s.name, i, err)
				}
				if want == "" {
					want = got
				} else if got != want {
					return fmt.Errorf("%s, parameter %d: %s answers\n%.600s\nkg embedded\n%.600s", qu.name, i, s.name, got, want)
				}
			}
			if qu.fixed {
				break
			}
		}
		logf("%s: the four systems give the same answers to its %d parameters", qu.name, c.params)
	}

	// Then the clock, in interleaved rounds.
	stopProfile, err := startProfile(c.cpuProfile)
	if err != nil {
		return err
	}
	defer stopProfile()
	type cell struct{ q, clients, sys int }
	got := map[cell]*result{}
	for round := range c.rounds {
		for q := range questions {
			if !slices.Contains(c.questions, questions[q].name) {
				continue
			}
			for _, cl := range c.clients {
				for k := range systems {
					si := (k + round + q) % len(systems) // each round starts with another system
					s := systems[si]
					if !slices.Contains(c.systems, systemKeys[si]) {
						continue
					}
					ask := func(ctx context.Context, i int) (int64, error) {
						raw, err := s.ask(ctx, q, i)
						return int64(len(raw)), err
					}
					logf("round %d, %s, %d clients, %s (load average %s)", round+1, questions[q].name, cl, s.name, loadAverage())
					if c.warmup > 0 {
						measure(ctx, s.name, c.params, cl, c.warmup, ask)
					}
					r := measure(ctx, s.name, c.params, cl, c.duration, ask)
					if ctx.Err() != nil {
						return ctx.Err()
					}
					if r.failures > 0 {
						return fmt.Errorf("%s, %s: %d of %d requests failed; the first: %s", questions[q].name, s.name, r.failures, r.requests, r.firstErr)
					}
					k := cell{q, cl, si}
					if prev := got[k]; prev != nil {
						prev.requests += r.requests
						prev.elapsed += r.elapsed
						prev.latency = append(prev.latency, r.latency...)
						slices.Sort(prev.latency)
					} else {
						got[k] = &r
					}
				}
			}
		}
	}

	fmt.Fprintf(stdout, "\n%d generated communiqués (seed %d) in Neo4j at %s and in an embedded store; %d parameters per question; "+
		"%d interleaved rounds of %s per system after %s warm-up; %s\n\n",
		c.docs, c.seed, cfg.String(), c.params, c.rounds, c.duration, c.warmup, machine())
	fmt.Fprint(stdout, "| question | clients |")
	for _, s := range systems {
		fmt.Fprintf(stdout, " %s p50 / p99 ms, req/s |", s.name)
	}
	fmt.Fprint(stdout, " kg on Neo4j ÷ peer: p50, req/s | kg on Neo4j ÷ Cypher p50 | kg embedded ÷ peer req/s |\n|---|---|---|---|---|---|---|---|---|\n")
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	for q, qu := range questions {
		if !slices.Contains(c.questions, qu.name) {
			continue
		}
		for _, cl := range c.clients {
			fmt.Fprintf(stdout, "| %s %s | %d |", qu.name, qu.about, cl)
			r := make([]*result, len(systems))
			for si := range systems {
				if r[si] = got[cell{q, cl, si}]; r[si] == nil {
					r[si] = &result{}
				}
				fmt.Fprintf(stdout, " %.1f / %.1f, %.0f |", ms(r[si].percentile(0.5)), ms(r[si].percentile(0.99)), r[si].throughput())
			}
			fmt.Fprintf(stdout, " %.2f, %.2f | %.2f | %.2f |\n",
				ms(r[0].percentile(0.5))/ms(r[1].percentile(0.5)), r[0].throughput()/r[1].throughput(),
				ms(r[0].percentile(0.5))/ms(r[2].percentile(0.5)), r[3].throughput()/r[1].throughput())
		}
	}
	return nil
}

// emptyDatabase deletes everything in the database: its relationships,
// 10,000 a transaction, then its nodes, 10,000 a transaction. What one
// transaction holds is then bounded whatever the degree of the nodes; a
// statement over all nodes with CALL { DETACH DELETE } IN TRANSACTIONS, or
// 1,000 nodes with their relationships a transaction, failed on the
// transaction memory cap of scripts/neo4j (256 MB with the default heap)
// over the 3,000 communiqués: a node's relationships, all deleted with it,
// are many for a document or a hub. Each transaction is a managed one,
// safe to retry: it deletes whatever is left.
func emptyDatabase(ctx context.Context, drv driver.DriverWithContext, database string) error {
	for _, q := range []string{
		"MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*)",
		"MATCH (n) WITH n LIMIT 10000 DELETE n RETURN count(*)",
	} {
		for {
			res, err := driver.ExecuteQuery(ctx, drv, q, nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(database))
			if err != nil {
				return err
			}
			if len(res.Records) != 1 {
				return fmt.Errorf("emptying the database: %d records, not 1", len(res.Records))
			}
			if n, _ := res.Records[0].Values[0].(int64); n == 0 {
				break
			}
		}
	}
	return nil
}

// loadBoth fills each empty store with the same generated communiqués,
// extracted by the real loader; a store that holds them already is kept,
// and one that holds anything else is an error.
func loadBoth(ctx context.Context, c peerConfig, stores []graph.Store, logf func(string, ...any)) error {
	var xs []*graph.Extraction
	for _, s := range stores {
		docs, err := s.Documents(ctx, graph.DocumentFilter{})
		if err != nil {
			return err
		}
		switch len(docs) {
		case c.docs:
			continue
		case 0:
		default:
			return fmt.Errorf("a store holds %d documents, not 0 or the %d of --docs: empty it first", len(docs), c.docs)
		}
		if xs == nil {
			start := time.Now()
			var err error
			if xs, err = extractSynth(c); err != nil {
				return err
			}
			logf("generated and extracted %d communiqués in %s", len(xs), time.Since(start).Round(time.Millisecond))
		}
		start := time.Now()
		for i := 0; i < len(xs); i += c.batch {
			if _, err := s.PutDocuments(ctx, xs[i:min(i+c.batch, len(xs))]); err != nil {
				return err
			}
		}
		logf("loaded %d communiqués in %s", len(xs), time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// extractSynth generates the communiqués and extracts them on every core.
func extractSynth(c peerConfig) ([]*graph.Extraction, error) {
	ex, err := loader.New(loader.Options{})
	if err != nil {
		return nil, err
	}
	docs := synth.Generate(c.seed, c.docs)
	xs := make([]*graph.Extraction, len(docs))
	errs := make([]error, len(docs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Go(func() {
			for i := range next {
				xs[i], errs[i] = ex.Extract(docs[i].Name, []byte(docs[i].Text))
			}
		})
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return xs, errors.Join(errs...)
}

// peerParams draws the persons (with a role) and bodies (organisations
// with a meeting) to ask about: each named by its main name alone, so that
// kg's lookup by name and the others' by id designate the same entity.
func peerParams(ctx context.Context, s graph.Store, c peerConfig) (persons, bodies []graph.Entity, err error) {
	pick := func(t graph.EntityType, rel graph.RelationType) ([]graph.Entity, error) {
		es, err := s.Entities(ctx, graph.EntityFilter{Types: []graph.EntityType{t}, WithoutDocuments: true})
		if err != nil {
			return nil, err
		}
		r := rand.New(rand.NewPCG(uint64(c.seed), uint64(len(es))))
		r.Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
		var out []graph.Entity
		for _, e := range es {
			if len(out) == c.params {
				break
			}
			named, err := s.Entities(ctx, graph.EntityFilter{Name: e.Name, Types: []graph.EntityType{t}, WithoutDocuments: true})
			if err != nil {
				return nil, err
			}
			facts, err := s.Facts(ctx, graph.FactFilter{Types: []graph.RelationType{rel}, From: []string{e.ID}, WithoutObservations: true})
			if err != nil {
				return nil, err
			}
			if len(named) == 1 && len(facts) > 0 {
				out = append(out, e)
			}
		}
		if len(out) == 0 {
			return nil, fmt.Errorf("no %s with a %s fact to ask about", t, rel)
		}
		return out, nil
	}
	if persons, err = pick(graph.Person, graph.HoldsRole); err != nil {
		return nil, nil, err
	}
	bodies, err = pick(graph.Organization, graph.Held)
	return persons, bodies, err
}

// startPeer installs scripts/peerbench's pinned packages if they are
// missing and starts its server, returning its URL.
func startPeer(ctx context.Context, node string, logf func(string, ...any)) (string, func(), error) {
	dir, err := peerDir()
	if err != nil {
		return "", nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@neo4j", "graphql")); err != nil {
		logf("installing @neo4j/graphql from %s", filepath.Join(dir, "package-lock.json"))
		cmd := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
		cmd.Dir, cmd.Stdout, cmd.Stderr = dir, os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return "", nil, fmt.Errorf("npm ci in %s: %w", dir, err)
		}
	}
	cmd := exec.Command(node, "server.mjs")
	cmd.Dir, cmd.Stderr = dir, os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("start %s server.mjs: %w", node, err)
	}
	stop := func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "listening ") {
		stop()
		return "", nil, fmt.Errorf("@neo4j/graphql server did not start: %q %v", line, err)
	}
	go io.Copy(io.Discard, out)
	url := strings.TrimSpace(strings.TrimPrefix(line, "listening "))
	logf("@neo4j/graphql at %s", url)
	return url, stop, nil
}

// peerDir is scripts/peerbench of the repository kgbench runs in.
func peerDir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "scripts", "peerbench")
		if _, err := os.Stat(filepath.Join(p, "server.mjs")); err == nil {
			return p, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no scripts/peerbench/server.mjs above %s: run kgbench peer from the repository", wd)
		}
	}
}

// postRaw sends one GraphQL request and returns the answer, which must be
// HTTP 200.
func postRaw(ctx context.Context, hc *http.Client, url string, body []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(string(body)))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, raw)
	}
	return raw, err
}
