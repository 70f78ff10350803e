package embedded

import (
	"bytes"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// upgradableFrom is the oldest schema version Open upgrades in place.
const upgradableFrom = 3

// upgradeBatch is how many records one transaction of the upgrade rewrites:
// bbolt transactions slow down as they grow, and a store of a million facts
// would otherwise be rewritten in one.
var upgradeBatch = 20_000

// upgrade brings a file of schema version from up to schemaVersion.
// Version 3 differs only in the values of the edge indexes and the search
// index, which it left empty: the upgrade gives every fact's edge index
// entries and every entity's search index entries their values, read from
// the records, a batch at a time, and then writes the new version. Every
// step writes what version 4 holds, so an upgrade cut short (the process
// killed) is simply done again at the next Open.
func upgrade(db *bolt.DB, from int) error {
	if from != 3 {
		return fmt.Errorf("no upgrade from schema version %d", from)
	}
	if err := eachRecordBatch(db, bucketFacts, putEdgeValues); err != nil {
		return err
	}
	if err := eachRecordBatch(db, bucketEntities, putSearchValues); err != nil {
		return err
	}
	return db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(schemaVersion)))
	})
}

// eachRecordBatch calls fn with every record of bucket b (the key of an id
// alone, not the keys under it), upgradeBatch records per transaction.
func eachRecordBatch(db *bolt.DB, b []byte, fn func(tx *bolt.Tx, id string, raw []byte) error) error {
	var next []byte // the first key of the next batch
	for done := false; !done; {
		err := db.Update(func(tx *bolt.Tx) error {
			c := tx.Bucket(b).Cursor()
			k, v := c.First()
			if next != nil {
				k, v = c.Seek(next)
			}
			for n := 0; ; n++ {
				if k == nil {
					done = true
					return nil
				}
				if n == upgradeBatch {
					next = bytes.Clone(k)
					return nil
				}
				if bytes.IndexByte(k, sep) >= 0 {
					return fmt.Errorf("upgrade: bucket %s: key %q has no record before it", b, k)
				}
				if err := fn(tx, unescape(k), v); err != nil {
					return err
				}
				// past the keys under this id
				k, v = c.Seek(append(bytes.Clone(k), sep+1))
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// putSearchValues writes the values of an entity's search index entries
// from its record.
func putSearchValues(tx *bolt.Tx, id string, raw []byte) error {
	e, err := decodeEntity(id, raw)
	if err != nil {
		return fmt.Errorf("upgrade: %w", err)
	}
	for _, entry := range searchIndex(&e) {
		if err := tx.Bucket(entry.bucket).Put(entry.key, entry.value); err != nil {
			return err
		}
	}
	return nil
}

// putEdgeValues writes the values of a fact's edge index entries from its
// record.
func putEdgeValues(tx *bolt.Tx, id string, raw []byte) error {
	var e edgeRecord
	if err := decodeEdge(raw, &e); err != nil {
		return fmt.Errorf("upgrade: fact %s: %w", id, err)
	}
	t := string(e.Type)
	out, in, concerning := edgeValues(e.Type, e.From, e.To, e.Concerning)
	if err := tx.Bucket(bucketIndexOut).Put(key(e.From, t, id), out); err != nil {
		return err
	}
	if err := tx.Bucket(bucketIndexIn).Put(key(e.To, t, id), in); err != nil {
		return err
	}
	if e.Concerning != "" {
		return tx.Bucket(bucketIndexConcerning).Put(key(e.Concerning, id), concerning)
	}
	return nil
}
