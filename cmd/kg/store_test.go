package main

import (
	"errors"
	"flag"
	"io"
	"net"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph/neo4j"
)

func TestStoreChoice(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	server := env("NEO4J_URI", "bolt://db:7687", "NEO4J_USERNAME", "alice", "NEO4J_PASSWORD", "pw", "NEO4J_DATABASE", "graph")
	for _, c := range []struct {
		name   string
		args   []string
		getenv func(string) string
		neo4j  bool
		cfg    neo4j.Config
		usage  string
	}{
		{name: "nothing set: embedded", getenv: env()},
		{name: "NEO4J_URI set: neo4j from the environment", getenv: server, neo4j: true,
			cfg: neo4j.Config{URI: "bolt://db:7687", Username: "alice", Password: "pw", Database: "graph"}},
		{name: "--data wins over NEO4J_URI", args: []string{"--data", "/tmp/x"}, getenv: server},
		{name: "flags override the environment", args: []string{"--neo4j-database", "other", "--neo4j-password", "pw2"},
			getenv: server, neo4j: true,
			cfg: neo4j.Config{URI: "bolt://db:7687", Username: "alice", Password: "pw2", Database: "other"}},
		{name: "flags alone, user defaults to neo4j", args: []string{"--neo4j-uri", "neo4j://h:7687", "--neo4j-password", "s"},
			getenv: env(), neo4j: true, cfg: neo4j.Config{URI: "neo4j://h:7687", Username: "neo4j", Password: "s"}},
		{name: "no password, no user", args: []string{"--neo4j-uri", "bolt://h"}, getenv: env(), neo4j: true,
			cfg: neo4j.Config{URI: "bolt://h"}},
		{name: "--data and --neo4j-uri", args: []string{"--data", "/tmp/x", "--neo4j-uri", "bolt://h"}, getenv: env(),
			usage: "either --data"},
		{name: "--neo4j flags without a uri", args: []string{"--neo4j-database", "x"}, getenv: env(),
			usage: "need a URI"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var o options
			fs := flag.NewFlagSet("kg test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			o.register(fs)
			if err := fs.Parse(c.args); err != nil {
				t.Fatal(err)
			}
			useNeo4j, cfg, err := o.storeChoice(c.getenv)
			if c.usage != "" {
				var ue usageError
				if !errors.As(err, &ue) || !strings.Contains(err.Error(), c.usage) {
					t.Fatalf("storeChoice(%q) error %v, want a usage error saying %q", c.args, err, c.usage)
				}
				return
			}
			if err != nil || useNeo4j != c.neo4j || (c.neo4j && cfg != c.cfg) {
				t.Errorf("storeChoice(%q) = %v, %+v, %v; want %v, %+v", c.args, useNeo4j, cfg, err, c.neo4j, c.cfg)
			}
		})
	}
}

// TestLoad_Neo4jDown runs the binary against a Neo4j that is not there: one
// clear message naming the address, and a failing exit status.
func TestLoad_Neo4jDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	uri := "bolt://" + ln.Addr().String()
	ln.Close()
	code, _, stderr := runMain(t, "", "load", "../../examples", "--neo4j-uri", uri, "--neo4j-password", "x")
	want := "cannot reach Neo4j at " + uri
	if code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("kg load with Neo4j down: exit %d, stderr %q; want exit 1 and %q", code, stderr, want)
	}
	code, _, stderr = runMain(t, "", "load", "../../examples", "--neo4j-uri", uri, "--data", t.TempDir())
	if code != 2 || !strings.Contains(stderr, "either --data") {
		t.Errorf("kg load with --data and --neo4j-uri: exit %d, stderr %q; want a usage error", code, stderr)
	}
}
