package gql

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/actorgraph/kg/graph"
)

// The values of extensions.code that resolvers' errors are presented with.
// GraphQL's own errors (parse and validation failures, complexity) keep the
// codes gqlgen gives them.
const (
	CodeNotFound        = "NOT_FOUND"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeConflict        = "CONFLICT"
	CodeTimeout         = "TIMEOUT"
	CodeCanceled        = "CANCELED"
	CodeLimitExceeded   = "LIMIT_EXCEEDED"
	CodeInternal        = "INTERNAL"
)

// codes maps graph's error codes to extensions.code: the one table where a
// domain failure becomes an API one. A code not listed is internal.
var codes = map[string]string{
	graph.ENOTFOUND: CodeNotFound,
	graph.EINVALID:  CodeBadUserInput,
	graph.ECONFLICT: CodeConflict,
}

// Messages shown in place of what users must not see.
const (
	internalMessage      = "internal error"
	timeoutMessage       = "the request took longer than the server allows"
	canceledMessage      = "the request was canceled"
	introspectionMessage = "introspection is disabled on this server"
)

// errPanic marks the error a recovered panic becomes, which recoverFunc has
// already logged with its stack.
var errPanic = errors.New("panic in resolver")

// presentError returns the server's error presenter: it gives every error
// an extensions.code from the graph error code in its chain, keeps the
// message of errors users can act on, and replaces any other message with a
// generic one after logging the error, so that internals never leak.
func presentError(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gqlErr *gqlerror.Error
		if errors.As(err, &gqlErr) && gqlErr.Err == nil {
			// Made by gqlgen itself: a parse, validation or complexity
			// error, which has its code, or a body that is not a GraphQL
			// request ("json request body could not be decoded"), which is
			// the client's fault.
			if _, ok := gqlErr.Extensions["code"]; !ok {
				if gqlErr.Extensions == nil {
					gqlErr.Extensions = map[string]any{}
				}
				gqlErr.Extensions["code"] = CodeBadUserInput
			}
			return gqlErr
		}
		presented := graphql.DefaultErrorPresenter(ctx, err)
		code, message := classify(err)
		if code == CodeInternal && !errors.Is(err, errPanic) && underIntrospection(presented.Path) {
			// gqlgen answers __schema and __type itself; its only error
			// there is that introspection is off, which is no fault of ours.
			code, message = CodeBadUserInput, introspectionMessage
		}
		if code == CodeInternal && !errors.Is(err, errPanic) {
			log.ErrorContext(ctx, "graphql: internal error", "path", presented.Path.String(), "err", err)
		}
		presented.Message = message
		if presented.Extensions == nil {
			presented.Extensions = map[string]any{}
		}
		presented.Extensions["code"] = code
		return presented
	}
}

// classify returns the extensions.code and the message to show for a
// resolver's error.
func classify(err error) (code, message string) {
	switch {
	case errors.Is(err, errPanic):
		return CodeInternal, internalMessage
	case isUnauthenticated(err):
		return CodeUnauthenticated, err.Error()
	case errors.As(err, new(*readLimitError)):
		return CodeLimitExceeded, err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		return CodeTimeout, timeoutMessage
	case errors.Is(err, context.Canceled):
		// The client went away; nothing is wrong with the server.
		return CodeCanceled, canceledMessage
	}
	if c, ok := codes[graph.ErrorCode(err)]; ok {
		return c, graph.ErrorMessage(err)
	}
	return CodeInternal, internalMessage
}

// underIntrospection reports whether path lies under an introspection field.
func underIntrospection(path ast.Path) bool {
	if len(path) == 0 {
		return false
	}
	name, ok := path[0].(ast.PathName)
	return ok && (name == "__schema" || name == "__type")
}

// recoverFunc returns the server's recover func: it logs a resolver's panic
// with its stack and turns it into an error the presenter shows as INTERNAL.
func recoverFunc(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql: panic", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return errPanic
	}
}
