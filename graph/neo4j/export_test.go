package neo4j

import "context"

// SchemaVersion exposes the layout version, so that a test can record a
// newer one.
const SchemaVersion = schemaVersion

// SetFailAfter installs a failure injected after the named statements of a
// write transaction; nil removes it.
func SetFailAfter(s *Store, f func(step string) error) { s.failAfter = f }

// Wipe deletes every node and relationship but the schema version, in
// batches small enough for the server's transaction memory, so that a test
// starts from an empty graph.
func Wipe(ctx context.Context, s *Store) error {
	// Relationships first: detaching a node named by thousands of documents
	// in one go would outgrow the transaction's memory.
	for _, q := range []string{
		"MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS deleted",
		"MATCH (n) WHERE NOT n:" + labelSchema + " WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted",
	} {
		for {
			res, err := s.writeQuery(ctx, q, nil)
			if err != nil {
				return err
			}
			if n, _ := res.Records[0].Values[0].(int64); n == 0 {
				break
			}
		}
	}
	return nil
}

// Cypher runs a query for a test, on the leader, and returns its rows.
func Cypher(ctx context.Context, s *Store, q string, params map[string]any) ([][]any, error) {
	res, err := s.writeQuery(ctx, q, params)
	if err != nil {
		return nil, err
	}
	rows := make([][]any, len(res.Records))
	for i, r := range res.Records {
		rows[i] = r.Values
	}
	return rows, nil
}
