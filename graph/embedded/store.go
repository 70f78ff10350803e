// Package embedded is the default graph.Store: a single bbolt file in a data
// directory, durable on disk, needing no server, for one process at a time.
//
// Each document's contribution is kept per entity and per fact, under keys of
// its own, beside a merged record of each entity and fact that holds what
// reads filter on. A put writes its document's keys and brings the merged
// records it touches up to date from a few of them, so that it costs what
// its document holds, however many documents already name the same
// entities; reads assemble an entity's Documents and a fact's Observations
// from the per-document keys. The merge rules of package graph apply
// exactly (see keys.go for the layout).
package embedded

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/actorgraph/kg/graph"
)

// FileName is the name of the database file inside the data directory.
const FileName = "kg.db"

// schemaVersion is the layout of the buckets this code writes and reads.
// Raise it whenever the layout changes; a file of another version is refused
// rather than misread.
//
// Version 2 keeps Documents and Observations out of the merged records;
// version 3 adds the search index; version 4 gives the edge indexes values
// (the ends their keys leave out). Open upgrades a version 3 file in place
// (see upgrade.go); older ones are refused.
const schemaVersion = 4

// opOpen names the opening of a store in errors; translate treats file
// system errors while opening as a bad data directory, which a user can fix.
const opOpen = "open store"

// lockTimeout is how long Open waits for another process to release the data
// file before giving up with an error that says so.
const lockTimeout = time.Second

// Store is a graph.Store kept in one bbolt file. It is safe for concurrent
// use by the goroutines of one process.
type Store struct {
	db  *bolt.DB
	dir string

	// failAfter, when set by a test, is called after each step of a write
	// transaction; an error it returns aborts the transaction there, which
	// proves that a failure mid-document leaves nothing behind.
	failAfter func(step string) error
}

var _ graph.Store = (*Store)(nil)

// DefaultDir returns the data directory used when none is given:
// $XDG_DATA_HOME/kg, else ~/.local/share/kg (%LocalAppData%\kg on Windows),
// else "kg-data" in the working directory when no home is known.
func DefaultDir() string {
	if d := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "kg")
	}
	if runtime.GOOS == "windows" {
		if d := os.Getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "kg")
		}
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		return filepath.Join(home, ".local", "share", "kg")
	}
	return "kg-data"
}

// Open opens the store in dir, creating the directory and the database file
// if they do not exist. Only one process may have a data directory open: a
// second one gets an ECONFLICT error naming the directory after about a
// second. A file written in another schema version is refused with an
// ECONFLICT error that says what to do.
func Open(dir string) (*Store, error) {
	return OpenWith(dir, Options{})
}

// Options are the settings of OpenWith.
type Options struct {
	// Upgrading, when set, is called before a file of an older schema
	// version is upgraded in place, which takes a while for a large store
	// (about a minute and a half for a million relationships), so that the
	// caller can say why the open is slow.
	Upgrading func(dir string, from, to int)
}

// OpenWith is Open with options.
func OpenWith(dir string, o Options) (*Store, error) {
	const op = opOpen
	if dir == "" {
		return nil, &graph.Error{Code: graph.EINVALID, Op: op, Message: "no data directory given"}
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, translate(op, dir, err)
	}
	db, err := bolt.Open(filepath.Join(dir, FileName), 0o600, &bolt.Options{Timeout: lockTimeout})
	if err != nil {
		return nil, translate(op, dir, err)
	}
	var version int
	if err := db.Update(func(tx *bolt.Tx) (err error) { version, err = initSchema(tx, dir); return err }); err != nil {
		db.Close()
		return nil, translate(op, dir, err)
	}
	if version < schemaVersion {
		if o.Upgrading != nil {
			o.Upgrading(dir, version, schemaVersion)
		}
		if err := upgrade(db, version); err != nil {
			db.Close()
			return nil, translate(op, dir, err)
		}
	}
	return &Store{db: db, dir: dir}, nil
}

// initSchema creates the buckets of a new file, or checks that an existing
// file is a kg store of a schema version this code reads or upgrades, and
// returns the file's version.
func initSchema(tx *bolt.Tx, dir string) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		foreign := false
		if err := tx.ForEach(func([]byte, *bolt.Bucket) error { foreign = true; return nil }); err != nil {
			return 0, err
		}
		if foreign {
			return 0, &graph.Error{Code: graph.ECONFLICT, Op: opOpen,
				Message: fmt.Sprintf("data directory %s: %s is a bbolt file but not a kg store", dir, FileName)}
		}
		var err error
		if meta, err = tx.CreateBucket(bucketMeta); err != nil {
			return 0, err
		}
		if err := meta.Put(keySchema, []byte(strconv.Itoa(schemaVersion))); err != nil {
			return 0, err
		}
	} else {
		raw := meta.Get(keySchema)
		v, err := strconv.Atoi(string(raw))
		switch {
		case err != nil || v < 1:
			return 0, &graph.Error{Code: graph.ECONFLICT, Op: opOpen,
				Message: fmt.Sprintf("data directory %s: %s has an unreadable schema version %q", dir, FileName, raw)}
		case v > schemaVersion:
			return 0, &graph.Error{Code: graph.ECONFLICT, Op: opOpen,
				Message: fmt.Sprintf("data directory %s holds a store of schema version %d, but this kg reads only up to version %d: use a newer kg",
					dir, v, schemaVersion)}
		case v < upgradableFrom:
			return 0, &graph.Error{Code: graph.ECONFLICT, Op: opOpen,
				Message: fmt.Sprintf("data directory %s holds a store of schema version %d, written by an older kg; this kg reads versions %d to %d: "+
					"load the documents again into a new data directory, or remove %s and load them again",
					dir, v, upgradableFrom, schemaVersion, filepath.Join(dir, FileName))}
		}
	}
	for _, name := range dataBuckets {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return 0, err
		}
	}
	v, err := strconv.Atoi(string(meta.Get(keySchema)))
	return v, err
}

// Dir returns the data directory the store was opened in.
func (s *Store) Dir() string { return s.dir }

// Close releases the database file. Closing twice is harmless.
func (s *Store) Close() error {
	return translate("close store", s.dir, s.db.Close())
}

// step is called between the parts of a write transaction: it stops the
// transaction when the caller has gone away or a test injects a failure.
func (s *Store) step(ctx context.Context, name string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.failAfter != nil {
		return s.failAfter(name)
	}
	return nil
}

// translate is the one place where errors of bbolt, the file system and the
// context become graph errors. Errors that already carry a graph code pass
// through unchanged.
func translate(op, dir string, err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	var pathErr *fs.PathError
	switch {
	case errors.As(err, &ge):
		return err
	case errors.Is(err, bolterrors.ErrTimeout):
		return &graph.Error{Code: graph.ECONFLICT, Op: op, Err: err,
			Message: fmt.Sprintf("data directory %s is in use by another process", dir)}
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrVersionMismatch),
		errors.Is(err, bolterrors.ErrChecksum):
		// A conflict rather than internal, so that the message, which tells
		// the user which file to look at, is shown.
		return &graph.Error{Code: graph.ECONFLICT, Op: op, Err: err,
			Message: fmt.Sprintf("data directory %s: %s is not a kg store or is damaged (%v)", dir, FileName, err)}
	case errors.Is(err, bolterrors.ErrDatabaseNotOpen), errors.Is(err, bolterrors.ErrTxClosed):
		return &graph.Error{Code: graph.EINTERNAL, Op: op, Err: err, Message: "the store is closed"}
	case errors.Is(err, bolterrors.ErrKeyTooLarge), errors.Is(err, bolterrors.ErrValueTooLarge):
		return &graph.Error{Code: graph.EINVALID, Op: op, Err: err,
			Message: "an id or a name is too long to be stored"}
	case op == opOpen && errors.As(err, &pathErr):
		return &graph.Error{Code: graph.EINVALID, Op: op, Err: err,
			Message: fmt.Sprintf("data directory %s cannot be used: %v", dir, err)}
	}
	return graph.Internal(op, err)
}
