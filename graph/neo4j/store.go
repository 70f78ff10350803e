// Package neo4j is the graph.Store kept in a Neo4j 5 database, through the
// official Go driver: for graphs that a team shares, grows or keeps, and that
// other tools query in Cypher.
//
// The database holds the property graph of DESIGN.md. Entities are nodes
// labelled Entity and their type; each document is a Document node that
// MENTIONS the entities it names. Facts are relationships between entities,
// except that roles and condemnations are reified: a HOLDS_ROLE fact runs
// from a person to a Role node that is ROLE_AT its body, and a CONDEMNED fact
// is a Condemnation node that its issuer ISSUED, that is AGAINST its target
// and that CONCERNS what it is about. Every fact keeps, per supporting
// document, a FactVersion node with that document's observations, from which
// reads merge the fact with graph.MergeFacts; every entity keeps the distinct
// versions the documents give of it, merged with graph.MergeEntities. Names
// are looked up through Name nodes keyed by graph.NameKey, computed in Go.
//
// Each PutDocument and RemoveDocument is one managed write transaction whose
// statements are batched with UNWIND over parameter lists; reads are single
// parameterised queries routed to readers. Writes of one Store take turns;
// several processes must not write to one database at the same time.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/actorgraph/kg/graph"
)

// Config says which Neo4j to use. The environment variables of Neo4j's own
// tools carry the same settings: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD
// and NEO4J_DATABASE (see ConfigFromEnv).
type Config struct {
	// URI is the server's address, such as bolt://localhost:7687 or
	// neo4j+s://xxxx.databases.neo4j.io for a cluster or Aura.
	URI string
	// Username and Password authenticate with basic auth; an empty Username
	// connects without authentication.
	Username, Password string
	// Database is the database to use; empty means the server's default.
	Database string
}

// ConfigFromEnv reads a Config from NEO4J_URI, NEO4J_USERNAME (default
// "neo4j" when a password is set), NEO4J_PASSWORD and NEO4J_DATABASE.
func ConfigFromEnv(getenv func(string) string) Config {
	c := Config{
		URI:      getenv("NEO4J_URI"),
		Username: getenv("NEO4J_USERNAME"),
		Password: getenv("NEO4J_PASSWORD"),
		Database: getenv("NEO4J_DATABASE"),
	}
	if c.Username == "" && c.Password != "" {
		c.Username = "neo4j"
	}
	return c
}

// String describes the target without the password, for logs and errors.
func (c Config) String() string {
	s := c.URI
	if c.Username != "" {
		s += " as " + c.Username
	}
	if c.Database != "" {
		s += ", database " + c.Database
	}
	return s
}

// openTimeout bounds how long Open waits for the server when the caller's
// context has no deadline, so that a server that is down fails fast.
const openTimeout = 30 * time.Second

// Store is a graph.Store in a Neo4j database. It holds the process's one
// driver, which pools connections, and is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config

	// failAfter, when set by a test, is called after each statement of a
	// write transaction; an error it returns rolls the transaction back
	// there, which proves that a failure mid-document leaves nothing behind.
	failAfter func(step string) error
}

var _ graph.Store = (*Store)(nil)

// Open connects to the server, checks that it answers and accepts the
// credentials, and sets the schema up (constraints, indexes, the schema
// version) if it is not already there. A server that is down, refuses the
// credentials or lacks the database gives an error that says so.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	const op = "open neo4j store"
	if cfg.URI == "" {
		return nil, &graph.Error{Code: graph.EINVALID, Op: op, Message: "no Neo4j URI given (set NEO4J_URI or --neo4j-uri)"}
	}
	u, err := url.Parse(cfg.URI)
	if err != nil || u.Host == "" {
		return nil, &graph.Error{Code: graph.EINVALID, Op: op,
			Message: fmt.Sprintf("Neo4j URI %q is not a URI such as bolt://localhost:7687", cfg.URI)}
	}
	auth := neo4j.NoAuth()
	if cfg.Username != "" {
		auth = neo4j.BasicAuth(cfg.Username, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = time.Minute
		c.MaxTransactionRetryTime = 30 * time.Second
		c.UserAgent = "kg"
	})
	if err != nil {
		return nil, &graph.Error{Code: graph.EINVALID, Op: op, Err: err,
			Message: fmt.Sprintf("Neo4j URI %q cannot be used: %v", cfg.URI, err)}
	}
	s := &Store{driver: driver, cfg: cfg}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, openTimeout)
		defer cancel()
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		driver.Close(context.Background())
		return nil, s.translate(ctx, op, err)
	}
	if err := s.initSchema(ctx); err != nil {
		driver.Close(context.Background())
		return nil, s.translate(ctx, op, err)
	}
	return s, nil
}

// Close releases the driver and its connections. Closing twice is harmless.
func (s *Store) Close() error {
	return s.translate(context.Background(), "close neo4j store", s.driver.Close(context.Background()))
}

// Config returns the configuration the store was opened with.
func (s *Store) Config() Config { return s.cfg }

// readQuery runs one read query on a reader, in its own transaction.
func (s *Store) readQuery(ctx context.Context, query string, params map[string]any) (*neo4j.EagerResult, error) {
	return neo4j.ExecuteQuery(ctx, s.driver, query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithReadersRouting(),
		neo4j.ExecuteQueryWithTransactionConfig(txTimeout(ctx)...))
}

// stream runs one read query and calls fn with each row's values as the
// driver receives them, a fetch at a time, so that neither side holds every
// row. It runs in an unmanaged session: rows already handed to fn cannot be
// taken back, so a managed transaction's retry would hand them out twice.
// fn's error is returned unchanged.
func (s *Store) stream(ctx context.Context, op, query string, params map[string]any, fn func(row []any) error) error {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.cfg.Database,
		AccessMode:      neo4j.AccessModeRead,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
	defer session.Close(context.Background())
	res, err := session.Run(ctx, query, params, txTimeout(ctx)...)
	if err != nil {
		return s.translate(ctx, op, err)
	}
	for res.Next(ctx) {
		if err := fn(res.Record().Values); err != nil {
			return err
		}
	}
	return s.translate(ctx, op, res.Err())
}

// writeQuery runs one write query on the leader, in its own transaction.
func (s *Store) writeQuery(ctx context.Context, query string, params map[string]any) (*neo4j.EagerResult, error) {
	return neo4j.ExecuteQuery(ctx, s.driver, query, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.cfg.Database), neo4j.ExecuteQueryWithWritersRouting(),
		neo4j.ExecuteQueryWithTransactionConfig(txTimeout(ctx)...))
}

// executeWrite runs work in one managed write transaction, which the driver
// retries on transient errors; work must therefore be safe to run again.
func (s *Store) executeWrite(ctx context.Context, work func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	session := s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName: s.cfg.Database,
		AccessMode:   neo4j.AccessModeWrite,
		// The bookmarks ExecuteQuery uses, so that reads see these writes
		// on a cluster too.
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
	defer session.Close(context.Background())
	return session.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, lockWrites, map[string]any{"version": schemaVersion})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return nil, err
		}
		return work(tx)
	}, txTimeout(ctx)...)
}

// lockWrites is the first statement of every write transaction: it writes
// to the schema node, whose lock the server then holds until the
// transaction ends. A write reads the merged state of the entities and
// facts it touches, merges in Go and writes the result; two at once on the
// same entity, from one process or from two (two kg load, or kg serve's
// ingest beside a load), would each miss the other's version. Under the
// server's lock they take turns, wherever they come from, and each reads
// what the one before committed. (The node is merged, not matched, so that
// a database wiped behind the store's back still has one to lock.)
const lockWrites = "MERGE (v:" + labelSchema + " {id: 'kg'}) ON CREATE SET v.version = $version " +
	"SET v.writes = coalesce(v.writes, 0) + 1"

// txTimeout gives the server the caller's deadline, so that a transaction
// the caller no longer waits for is ended on the server too.
func txTimeout(ctx context.Context) []func(*neo4j.TransactionConfig) {
	if d, ok := ctx.Deadline(); ok {
		left := time.Until(d)
		if left < time.Millisecond {
			left = time.Millisecond
		}
		return []func(*neo4j.TransactionConfig){neo4j.WithTxTimeout(left)}
	}
	return nil
}

// step is called between the statements of a write transaction: it stops
// the transaction when the caller has gone away or a test injects a failure.
func (s *Store) step(ctx context.Context, name string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.failAfter != nil {
		return s.failAfter(name)
	}
	return nil
}

// translate is the one place where errors of the driver, the server and the
// context become graph errors. Errors that already carry a graph code pass
// through unchanged.
func (s *Store) translate(ctx context.Context, op string, err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.As(err, &ge) {
		return err
	}
	// A done context explains whatever the driver made of it.
	if cerr := ctx.Err(); cerr != nil {
		return &graph.Error{Code: graph.EINTERNAL, Op: op, Err: fmt.Errorf("%w (%v)", cerr, err),
			Message: fmt.Sprintf("Neo4j at %s: %v", s.cfg.URI, cerr)}
	}
	var n4 *neo4j.Neo4jError
	var conn *neo4j.ConnectivityError
	var tokenExpired *neo4j.TokenExpiredError
	switch {
	case errors.As(err, &n4) && (n4.IsAuthenticationFailed() || strings.HasPrefix(n4.Code, "Neo.ClientError.Security.")):
		return &graph.Error{Code: graph.EINVALID, Op: op, Err: err,
			Message: fmt.Sprintf("Neo4j at %s refused the credentials of user %q (check NEO4J_USERNAME and NEO4J_PASSWORD): %s",
				s.cfg.URI, s.cfg.Username, n4.Msg)}
	case errors.As(err, &tokenExpired):
		return &graph.Error{Code: graph.EINVALID, Op: op, Err: err,
			Message: fmt.Sprintf("Neo4j at %s: the credentials of user %q have expired", s.cfg.URI, s.cfg.Username)}
	case errors.As(err, &n4) && n4.Code == "Neo.ClientError.Database.DatabaseNotFound":
		return &graph.Error{Code: graph.EINVALID, Op: op, Err: err,
			Message: fmt.Sprintf("Neo4j at %s has no database %q (check NEO4J_DATABASE)", s.cfg.URI, s.cfg.Database)}
	case errors.As(err, &conn), neo4j.IsConnectivityError(err):
		return &graph.Error{Code: graph.EINTERNAL, Op: op, Err: err,
			Message: fmt.Sprintf("cannot reach Neo4j at %s (is it running? scripts/neo4j start runs one): %v", s.cfg.URI, err)}
	}
	return graph.Internal(op, err)
}
