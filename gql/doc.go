// Package gql is the GraphQL API over a graph.Store: the schema in
// ../schema.graphqls, gqlgen's generated executor, thin resolvers and the
// HTTP handler that serves them (NewHandler).
//
// The query resolvers read through Reader, batched by per-operation data
// loaders (loaders.go), and never know which backend they talk to. The
// mutations (mutations.go) are off unless Options.APIToken is set; they
// extract through an Extractor and write through a Writer, so that gql
// depends on neither the loader nor a backend. Store failures are presented
// once, by presentError, with the graph error code in extensions.code.
package gql

// gqlgen finds ../gqlgen.yml by walking up from this directory and runs from
// there, so the paths in it are relative to the repository root.
//go:generate go tool gqlgen generate
