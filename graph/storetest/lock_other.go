//go:build !unix

package storetest

// LockDatabase does nothing where flock is missing: run the packages that use
// Neo4j one at a time there (go test -p 1).
func LockDatabase(uri, database string) (unlock func(), err error) { return func() {}, nil }
