// Command kg is the knowledge graph service's one binary: it extracts facts
// from communiqués, loads them into a store and serves the GraphQL API.
// It only wires the packages together; see Main.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/actorgraph/kg/graph"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	err := m.Run(ctx, os.Args[1:])
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	os.Exit(exitCode(m, err))
}

// exitCode is 0 on success, 2 for a usage error, and 1 for anything else,
// including a load where some inputs failed.
func exitCode(m *Main, err error) int {
	var ue usageError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintln(m.Stderr, "kg:", err)
		fmt.Fprintln(m.Stderr, "run 'kg help' for usage")
		return 2
	case errors.Is(err, errInputsFailed):
		return 1
	case err != nil && !errors.Is(err, context.Canceled):
		fmt.Fprintln(m.Stderr, "kg:", describe(err))
		return 1
	}
	return 0
}

// describe is what a user sees of an error: our errors' messages, and the
// cause of internal ones too, since the CLI user is the operator.
func describe(err error) string {
	if graph.ErrorCode(err) == graph.EINTERNAL {
		return err.Error()
	}
	return graph.ErrorMessage(err)
}
