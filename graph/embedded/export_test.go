package embedded

// SchemaVersion exposes the layout version, so that a test can write a newer
// or an older one.
const SchemaVersion = schemaVersion

// SetFailAfter installs a failure injected after the named steps of a write
// transaction; nil removes it.
func SetFailAfter(s *Store, f func(step string) error) { s.failAfter = f }
