package gql

// DispatchStats are how an operation's data loaders dispatched (see
// batch.go), for the tests of package gql_test.
type DispatchStats struct {
	// Pending is how many of the fields counted had not returned when the
	// operation answered: 0 unless a field was miscounted.
	Pending int
	// Waiting is how many fields still waited on a loader: 0.
	Waiting int
	// Fallbacks is how many batches were read because LoaderWait passed,
	// not because every field had asked.
	Fallbacks int64
}

// WatchDispatch returns opts with watch told, after each operation, how its
// loaders dispatched.
func WatchDispatch(opts Options, watch func(DispatchStats)) Options {
	opts.watchDispatch = func(s dispatchStats) {
		watch(DispatchStats{Pending: s.pending, Waiting: s.waiting, Fallbacks: s.fallbacks})
	}
	return opts
}
