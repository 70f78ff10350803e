package gql

// Resolver is the root of gqlgen's resolvers. It holds what every resolver
// needs and nothing per request: the operation's cache travels in the context
// (see reads).
type Resolver struct {
	store Reader
	mut   mutations
	// pathReadLimit is Options.PathReadLimit; zero means DefaultPathReadLimit.
	pathReadLimit int
}

// NewResolver returns the resolvers over store. NewHandler wires it; it is
// exported for callers that build their own gqlgen server.
func NewResolver(store Reader) *Resolver {
	return &Resolver{store: store}
}
