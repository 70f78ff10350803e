package embedded

// SchemaVersion exposes the layout version, so that a test can write a newer
// or an older one.
const SchemaVersion = schemaVersion

// SetFailAfter installs a failure injected after the named steps of a write
// transaction; nil removes it.
func SetFailAfter(s *Store, f func(step string) error) { s.failAfter = f }

// UpgradableFrom is the oldest schema version Open upgrades.
const UpgradableFrom = upgradableFrom

// SetUpgradeBatch sets how many facts a transaction of an upgrade rewrites,
// so that a test can make a small store take several.
func SetUpgradeBatch(n int) (restore func()) {
	old := upgradeBatch
	upgradeBatch = n
	return func() { upgradeBatch = old }
}
