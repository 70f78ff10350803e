//go:build unix

package storetest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"syscall"
)

// LockDatabase takes an exclusive lock on the Neo4j database at uri for this
// process, waiting for other holders: `go test ./...` runs packages in
// parallel, and each package's Neo4j tests empty the one test database.
// The lock is a flock on a file in the temporary directory named after the
// server and database, so any package can take the same one.
func LockDatabase(uri, database string) (unlock func(), err error) {
	name := regexp.MustCompile(`[^A-Za-z0-9.-]+`).ReplaceAllString(uri+"-"+database, "_")
	path := filepath.Join(os.TempDir(), "kg-neo4j-"+name+".lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock the test database: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock the test database (%s): %w", path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
