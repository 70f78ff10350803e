// Package gql is the GraphQL API over a graph.Store: the schema in
// ../schema.graphqls, gqlgen's generated executor, thin resolvers and the
// HTTP handler that serves them (NewHandler).
//
// The query resolvers read through Reader, batched by per-operation data
// loaders (loaders.go), and never know which backend they talk to. The
// resolvers in schema.resolvers.go are one line each; the work is in files
// of its own: nodes.go (global ids, node and nodes), lists.go and paging.go
// (typed lists, Relay connections, sort-key cursors), relations.go and
// holders.go (relationship fields, who held a title when), timeline.go,
// traverse.go (path and neighborhood, breadth first with one Store.Edges
// call per level), complexity.go and depth.go (the limits). The mutations
// (mutations.go) are off unless Options.APIToken is set; they extract
// through an Extractor and write through a Writer, so that gql depends on
// neither the loader nor a backend. Store failures are presented once, by
// presentError, with the graph error code in extensions.code.
package gql

// gqlgen finds ../gqlgen.yml by walking up from this directory and runs from
// there, so the paths in it are relative to the repository root.
//go:generate go tool gqlgen generate
