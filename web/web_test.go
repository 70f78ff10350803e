package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/actorgraph/kg/web"
)

func serve(t *testing.T) string {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("GET /{$}", web.GraphiQL())
	mux.Handle("GET "+web.ExplorePath, web.Explorer())
	mux.Handle("GET "+web.AssetsPath, web.Assets())
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestPages: each page and asset is served from the binary, the pages with
// a policy that keeps the browser on this host, and every script or style
// a page names is served.
func TestPages(t *testing.T) {
	base := serve(t)
	get := func(path string) (int, http.Header, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header, string(b)
	}
	for _, c := range []struct {
		path  string
		ctype string
		says  string
	}{
		{"/", "text/html", `data-endpoint="/graphql"`},
		{"/explore", "text/html", `id="cy"`},
		{"/assets/vendor/graphiql.min.js", "text/javascript", "GraphiQL"},
		{"/assets/vendor/graphiql.min.css", "text/css", ".graphiql-container"},
		{"/assets/vendor/cytoscape.min.js", "text/javascript", "cytoscape"},
		{"/assets/explore.js", "text/javascript", "neighborhood"},
		{"/assets/vendor/LICENSES.txt", "text/plain", "MIT"},
	} {
		t.Run(c.path, func(t *testing.T) {
			status, h, body := get(c.path)
			if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), c.ctype) || !strings.Contains(body, c.says) {
				t.Fatalf("GET %s = %d %s, body saying %q: %v", c.path, status, h.Get("Content-Type"), c.says, strings.Contains(body, c.says))
			}
			if c.ctype == "text/html" {
				if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "connect-src 'self'") {
					t.Errorf("GET %s: Content-Security-Policy %q does not keep the page on this host", c.path, csp)
				}
				for _, ref := range refs(body) {
					if !strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "//") {
						t.Errorf("%s loads %s from elsewhere", c.path, ref)
						continue
					}
					if s, _, _ := get(ref); s != 200 {
						t.Errorf("%s loads %s, which is %d", c.path, ref, s)
					}
				}
			}
		})
	}
	for _, path := range []string{"/assets/", "/assets/vendor/", "/assets/explore.html", "/assets/nothing.js"} {
		if status, _, _ := get(path); status != http.StatusNotFound {
			t.Errorf("GET %s = %d, want 404 (no listings, pages only at their paths)", path, status)
		}
	}
}

// refs lists the src and href values of a page.
func refs(html string) []string {
	var out []string
	for _, attr := range []string{` src="`, ` href="`} {
		rest := html
		for {
			i := strings.Index(rest, attr)
			if i < 0 {
				break
			}
			rest = rest[i+len(attr):]
			out = append(out, rest[:strings.IndexByte(rest, '"')])
		}
	}
	return out
}

// TestVendorVersions: the vendored files are those VERSIONS.txt names, from
// the versions package-lock.json pins (scripts/assets/build --check
// compares the bytes in CI).
func TestVendorVersions(t *testing.T) {
	versions, err := os.ReadFile("static/vendor/VERSIONS.txt")
	if err != nil {
		t.Fatal(err)
	}
	lock, err := os.ReadFile("../scripts/assets/package-lock.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(versions)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("VERSIONS.txt line %q is not file, package@version, licence", line)
		}
		pkg, version, _ := strings.Cut(f[1], "@")
		if !strings.Contains(string(lock), `"node_modules/`+pkg+`": {`+"\n"+`      "version": "`+version+`"`) {
			t.Errorf("%s: %s@%s is not what package-lock.json pins", f[0], pkg, version)
		}
		if f[2] != "MIT" {
			t.Errorf("%s: licence %s; every vendored file so far is MIT, check that a new one may be shipped", f[0], f[2])
		}
		if _, err := os.Stat("static/vendor/" + f[0]); err != nil {
			t.Errorf("VERSIONS.txt names %s: %v", f[0], err)
		}
	}
}
