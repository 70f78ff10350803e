package export

import (
	"log/slog"
	"net/http"
	"net/url"
	"slices"

	"github.com/actorgraph/kg/graph"
)

// Path is where Handler is served.
const Path = "/export"

// queryParams are the parameters GET /export reads: the flags of kg export.
var queryParams = []string{"format", "around", "depth", "from", "to", "types"}

// ParseQuery reads export options from a URL query, with the flags' names:
// format (required), around, depth (1 with around), from, to, types (comma
// separated). An unknown parameter is an error too, so that a misspelt
// filter does not silently export the whole graph.
func ParseQuery(q url.Values) (Options, error) {
	var o Options
	for k := range q {
		if !slices.Contains(queryParams, k) {
			return o, graph.Errorf(graph.EINVALID, "unknown parameter %q: export takes %v", k, queryParams)
		}
	}
	if q.Get("format") == "" {
		return o, graph.Errorf(graph.EINVALID, "parameter format is missing: give one of graphml, gexf, cytoscape, csv, jsonl")
	}
	var err error
	if o.Format, err = ParseFormat(q.Get("format")); err != nil {
		return o, err
	}
	o.Around = q.Get("around")
	if o.Around != "" {
		o.Depth = 1
	}
	if d := q.Get("depth"); d != "" {
		if o.Depth, err = ParseDepth(d); err != nil {
			return o, err
		}
	}
	if o.From, err = graph.ParseDate(q.Get("from")); err != nil {
		return o, graph.Errorf(graph.EINVALID, "parameter from: %s", graph.ErrorMessage(err))
	}
	if o.To, err = graph.ParseDate(q.Get("to")); err != nil {
		return o, graph.Errorf(graph.EINVALID, "parameter to: %s", graph.ErrorMessage(err))
	}
	if o.Types, err = ParseTypes(q.Get("types")); err != nil {
		return o, err
	}
	return o, o.Validate()
}

// Handler serves GET /export?format=…: the export streams as it is read,
// as an attachment. Bad parameters are 400 and an unknown entity to centre
// on is 404, each with a message naming the input; an error once the body
// has begun can only cut it short, and is logged.
func Handler(src Source, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.Default()
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "export: use GET", http.StatusMethodNotAllowed)
			return
		}
		o, err := ParseQuery(r.URL.Query())
		if err != nil {
			http.Error(w, "export: "+graph.ErrorMessage(err), http.StatusBadRequest)
			return
		}
		sl, err := Prepare(r.Context(), src, o)
		if err != nil {
			switch graph.ErrorCode(err) {
			case graph.EINVALID:
				http.Error(w, "export: "+graph.ErrorMessage(err), http.StatusBadRequest)
			case graph.ENOTFOUND:
				http.Error(w, "export: "+graph.ErrorMessage(err), http.StatusNotFound)
			default:
				log.ErrorContext(r.Context(), "export failed", "err", err)
				http.Error(w, "export: internal error", http.StatusInternalServerError)
			}
			return
		}
		w.Header().Set("Content-Type", o.Format.ContentType())
		w.Header().Set("Content-Disposition", `attachment; filename="`+o.Format.FileName()+`"`)
		w.Header().Set("Cache-Control", "no-store")
		if r.Method == http.MethodHead {
			return
		}
		if err := sl.Write(r.Context(), w); err != nil {
			log.ErrorContext(r.Context(), "export cut short", "format", o.Format, "err", err)
		}
	})
}
