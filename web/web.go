// Package web serves kg's pages from files embedded in the binary:
// GraphiQL at / and the explorer at /explore, with their JavaScript and CSS
// under /assets/. Nothing is fetched from another host, so the pages work
// on a machine without internet; the Content-Security-Policy each page
// carries makes the browser refuse any request elsewhere too.
//
// The third-party files under static/vendor are the npm packages pinned in
// scripts/assets/package-lock.json, copied by scripts/assets/build (CI
// checks that they match); static/vendor/VERSIONS.txt and LICENSES.txt say
// which versions and licences they are. The rest of static/ is ours.
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed static
var static embed.FS

// Paths the handlers are meant for.
const (
	GraphiQLPath = "/"
	ExplorePath  = "/explore"
	AssetsPath   = "/assets/"
)

// csp allows only this host: scripts and styles from /assets/, requests to
// the API, and images drawn in the page (a PNG export is a data: URL or a
// blob). GraphiQL and Cytoscape.js set style attributes, hence
// 'unsafe-inline' for styles alone.
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"

// page serves one embedded HTML file.
func page(name string) http.Handler {
	raw, err := static.ReadFile("static/" + name)
	if err != nil {
		panic("web: " + name + " is not embedded: " + err.Error())
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(raw)
	})
}

// GraphiQL serves the GraphiQL page, which queries /graphql.
func GraphiQL() http.Handler { return page("graphiql.html") }

// Explorer serves the explorer page, which queries /graphql.
func Explorer() http.Handler { return page("explore.html") }

// Assets serves the embedded JavaScript, CSS and licences under AssetsPath.
// Pages load them by names that change with their contents only when
// scripts/assets/build rewrites them, so browsers revalidate rather than
// cache them for good.
func Assets() http.Handler {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err)
	}
	files := http.StripPrefix(strings.TrimSuffix(AssetsPath, "/"), http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") || strings.HasSuffix(r.URL.Path, ".html") {
			http.NotFound(w, r) // no listings, and the pages have paths of their own
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}
