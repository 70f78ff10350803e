package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/graph/embedded"
	"github.com/actorgraph/kg/graph/neo4j"
)

// neo4jOptions are the --neo4j-* flags. Each defaults to the environment
// variable Neo4j's own tools read.
type neo4jOptions struct {
	uri, username, password, database string
}

// neo4jFlags names the flags that select the Neo4j store.
var neo4jFlags = []string{"neo4j-uri", "neo4j-username", "neo4j-password", "neo4j-database"}

// registerStore adds the flags that choose and configure the store. It keeps
// fs, so that openStore can tell flags given from defaults.
func (o *options) registerStore(fs *flag.FlagSet) {
	o.flags = fs
	fs.StringVar(&o.neo4j.uri, "neo4j-uri", "", "Neo4j to use instead of the embedded store, e.g. bolt://localhost:7687 (default $NEO4J_URI)")
	fs.StringVar(&o.neo4j.username, "neo4j-username", "", "Neo4j user (default $NEO4J_USERNAME, else neo4j when a password is given)")
	fs.StringVar(&o.neo4j.password, "neo4j-password", "", "Neo4j password (default $NEO4J_PASSWORD)")
	fs.StringVar(&o.neo4j.database, "neo4j-database", "", "Neo4j database (default $NEO4J_DATABASE, else the server's default)")
}

// storeChoice says which store the options select: Neo4j when a --neo4j-*
// flag is given, or else when NEO4J_URI is set and --data is not given;
// the embedded store otherwise. Explicit flags win over the environment, so
// `--data DIR` keeps a command on its data directory whatever NEO4J_URI says.
// Both --data and a --neo4j-* flag is a usage error.
func (o *options) storeChoice(getenv func(string) string) (useNeo4j bool, cfg neo4j.Config, err error) {
	given := map[string]bool{}
	if o.flags != nil {
		o.flags.Visit(func(f *flag.Flag) { given[f.Name] = true })
	}
	neo4jGiven := false
	for _, name := range neo4jFlags {
		neo4jGiven = neo4jGiven || given[name]
	}
	switch {
	case neo4jGiven && given["data"]:
		return false, cfg, usageError{"give either --data (the embedded store) or --neo4j-* flags (Neo4j), not both"}
	case !neo4jGiven && (given["data"] || getenv("NEO4J_URI") == ""):
		return false, cfg, nil
	}
	cfg = neo4j.ConfigFromEnv(getenv)
	for _, f := range []struct {
		flag  string
		value string
		to    *string
	}{
		{"neo4j-uri", o.neo4j.uri, &cfg.URI},
		{"neo4j-username", o.neo4j.username, &cfg.Username},
		{"neo4j-password", o.neo4j.password, &cfg.Password},
		{"neo4j-database", o.neo4j.database, &cfg.Database},
	} {
		if given[f.flag] {
			*f.to = f.value
		}
	}
	if cfg.Username == "" && cfg.Password != "" {
		cfg.Username = "neo4j"
	}
	if cfg.URI == "" {
		return false, cfg, usageError{"--neo4j-* flags need a URI: give --neo4j-uri or set NEO4J_URI"}
	}
	return true, cfg, nil
}

// openStore opens the store the options select and keeps it in m.
func (m *Main) openStore(o options) error {
	useNeo4j, cfg, err := o.storeChoice(os.Getenv)
	if err != nil {
		return err
	}
	start := time.Now()
	var st graph.Store
	where := o.data
	if useNeo4j {
		st, err = neo4j.Open(context.Background(), cfg)
		where = "Neo4j at " + cfg.String()
	} else {
		st, err = embedded.OpenWith(o.data, embedded.Options{Upgrading: func(dir string, from, to int) {
			fmt.Fprintf(m.Stderr, "kg: upgrading the store in %s from layout version %d to %d (about 1.5 minutes a million relationships)\n", dir, from, to)
		}})
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "kg: opened %s in %s\n", where, time.Since(start).Round(time.Microsecond))
	m.mu.Lock()
	m.store, m.where = st, where
	m.mu.Unlock()
	return nil
}
