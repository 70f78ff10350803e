package fetch_test

import (
	"compress/gzip"
	"context"
	"crypto/sha256"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/kg/loader/fetch"
)

// site is a loopback web site that records what it was asked.
type site struct {
	mu       sync.Mutex
	requests []string // "GET /path 200"
	times    map[string][]time.Time
	flaky    int
}

// log records a request, with the time it came in.
func (s *site) log(r *http.Request, status int, at time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, fmt.Sprintf("%s %d", r.URL.Path, status))
	s.times[r.URL.Path] = append(s.times[r.URL.Path], at)
}

func (s *site) count(path string, status int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.requests {
		if r == fmt.Sprintf("%s %d", path, status) || (status == 0 && strings.HasPrefix(r, path+" ")) {
			n++
		}
	}
	return n
}

func newSite(t *testing.T) (*site, *httptest.Server) {
	s := &site{times: map[string][]time.Time{}}
	page := func(n int) string {
		return fmt.Sprintf("<html><head><title>Statement %d</title></head><body><p>The Council met.</p></body></html>", n)
	}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		at := time.Now()
		if !strings.HasPrefix(r.UserAgent(), "kg/") {
			s.log(r, 400, at)
			http.Error(w, "who are you?", 400)
			return
		}
		status := 200
		defer func() { s.log(r, status, at) }()
		switch {
		case r.URL.Path == "/robots.txt":
			status = 301
			http.Redirect(w, r, "/site/robots.txt", 301)
		case r.URL.Path == "/site/robots.txt":
			lm := "Tue, 01 Oct 2019 08:00:00 GMT"
			w.Header().Set("Last-Modified", lm)
			if r.Header.Get("If-Modified-Since") == lm {
				status = 304
				w.WriteHeader(304)
				return
			}
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case strings.HasPrefix(r.URL.Path, "/page/"):
			body := page(len(r.URL.Path))
			etag := fmt.Sprintf("%q", fmt.Sprintf("%x", sha256.Sum256([]byte(body)))[:16])
			w.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				status = 304
				w.WriteHeader(304)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, body)
		case r.URL.Path == "/dated":
			lm := "Sat, 12 Oct 2019 10:00:00 GMT"
			w.Header().Set("Last-Modified", lm)
			if r.Header.Get("If-Modified-Since") == lm {
				status = 304
				w.WriteHeader(304)
				return
			}
			fmt.Fprint(w, page(7))
		case r.URL.Path == "/flaky":
			s.mu.Lock()
			s.flaky++
			n := s.flaky
			s.mu.Unlock()
			if n <= 2 {
				status = 503
				http.Error(w, "busy", 503)
				return
			}
			fmt.Fprint(w, page(3))
		case r.URL.Path == "/busy":
			status = 429
			w.Header().Set("Retry-After", "0")
			http.Error(w, "slow down", 429)
		case r.URL.Path == "/broken":
			status = 500
			http.Error(w, "broken", 500)
		case r.URL.Path == "/missing":
			status = 404
			http.NotFound(w, r)
		case r.URL.Path == "/moved":
			status = 301
			http.Redirect(w, r, "/page/moved-here", 301)
		case r.URL.Path == "/sneaky":
			status = 302
			http.Redirect(w, r, "/private/y", 302)
		case r.URL.Path == "/loop":
			status = 302
			http.Redirect(w, r, "/loop", 302)
		case r.URL.Path == "/gzbomb":
			// a few kilobytes on the wire that inflate to 64 MiB
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				status = 406
				http.Error(w, "gzip only", 406)
				return
			}
			w.Header().Set("Content-Encoding", "gzip")
			w.Header().Set("Content-Type", "text/html")
			zw := gzip.NewWriter(w)
			zero := make([]byte, 1<<20)
			for i := 0; i < 64; i++ {
				zw.Write(zero)
			}
			zw.Close()
		case r.URL.Path == "/huge":
			fmt.Fprint(w, strings.Repeat("x", 3<<20))
		case r.URL.Path == "/slow":
			time.Sleep(600 * time.Millisecond)
			fmt.Fprint(w, page(9))
		default:
			status = 404
			http.NotFound(w, r)
		}
	})
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return s, srv
}

func newFetcher(t *testing.T, dir string) *fetch.Fetcher {
	f, err := fetch.New(fetch.Options{CacheDir: dir, PerHost: 20, Retries: 2, Backoff: 10 * time.Millisecond,
		Timeout: 300 * time.Millisecond, MaxBytes: 1 << 20, MaxRedirects: 3})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFetchAll(t *testing.T) {
	s, srv := newSite(t)
	cache := t.TempDir()
	urls := []string{"/page/a", "/page/bb", "/dated", "/flaky", "/private/x", "/busy", "/broken", "/missing", "/moved", "/loop", "/sneaky", "/huge", "/gzbomb", "/slow"}
	for i := range urls {
		urls[i] = srv.URL + urls[i]
	}
	res := newFetcher(t, cache).FetchAll(context.Background(), urls)
	want := map[string]string{ // path -> "" for success, or a part of the error
		"/page/a": "", "/page/bb": "", "/dated": "", "/flaky": "", "/moved": "",
		"/private/x": "disallows /private/x",
		"/sneaky":    "disallows /private/y",
		"/busy":      "gave up after 3 tries: HTTP 429",
		"/broken":    "gave up after 3 tries: HTTP 500",
		"/missing":   "HTTP 404 Not Found",
		"/loop":      "more than 3 redirects",
		"/huge":      "larger than the limit of 1048576 bytes",
		"/gzbomb":    "larger than the limit of 1048576 bytes",
		"/slow":      "gave up after 3 tries",
	}
	for _, r := range res {
		path := strings.TrimPrefix(r.URL, srv.URL)
		w := want[path]
		switch {
		case w == "" && (r.Err != nil || !strings.Contains(string(r.Body), "The Council met.")):
			t.Errorf("%s: %v, body %q; want the page", path, r.Err, r.Body)
		case w != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), w) || !strings.Contains(r.Err.Error(), r.URL)):
			t.Errorf("%s: error %v, want one naming the address and saying %q", path, r.Err, w)
		}
	}
	if n := s.count("/private/x", 0) + s.count("/private/y", 0); n != 0 {
		t.Errorf("the disallowed pages were asked for %d times", n)
	}
	if n := s.count("/site/robots.txt", 200); n != 1 {
		t.Errorf("robots.txt (moved to /site/robots.txt) asked for %d times, want once", n)
	}
	if n := s.count("/flaky", 0); n != 3 {
		t.Errorf("/flaky asked for %d times, want 3 (two 503s, then the page)", n)
	}
	if n := s.count("/loop", 0); n != 4 {
		t.Errorf("/loop asked for %d times, want 4 (the first and 3 redirects, not retried)", n)
	}
	if n := s.count("/broken", 0); n != 3 {
		t.Errorf("/broken asked for %d times, want 3 (the first and two retries)", n)
	}
	// At most 20 requests a second on the host: the i-th request is sent no
	// sooner than i × 50 ms after the first. The server reads each arrival
	// with the scheduling jitter of a loaded machine, which only delays,
	// except for the first: 45 ms of it are allowed.
	s.mu.Lock()
	var all []time.Time
	for _, ts := range s.times {
		all = append(all, ts...)
	}
	s.mu.Unlock()
	sortTimes(all)
	for i := 1; i < len(all); i++ {
		if at, earliest := all[i].Sub(all[0]), time.Duration(i)*50*time.Millisecond-45*time.Millisecond; at < earliest {
			t.Errorf("request %d came %s after the first, want at least %s at 20 per second", i, at, earliest)
			break
		}
	}

	// A second run over the same cache downloads nothing: every page is
	// asked for conditionally and answered 304.
	before := map[string]int{}
	for _, p := range []string{"/page/a", "/page/bb", "/dated", "/site/robots.txt"} {
		before[p] = s.count(p, 200)
	}
	res2 := newFetcher(t, cache).FetchAll(context.Background(), urls[:3])
	for i, r := range res2 {
		if r.Err != nil || !r.Cached || string(r.Body) != string(res[i].Body) {
			t.Errorf("second run %s: err %v, cached %v; want the cached body", r.URL, r.Err, r.Cached)
		}
	}
	for p, n := range before {
		if got := s.count(p, 200); got != n {
			t.Errorf("second run downloaded %s again (%d full answers, was %d)", p, got, n)
		}
	}
	if s.count("/page/a", 304) != 1 || s.count("/dated", 304) != 1 {
		t.Errorf("second run: want one 304 each for /page/a (ETag) and /dated (Last-Modified); requests %q", s.requests)
	}
}

func sortTimes(ts []time.Time) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Before(ts[j-1]); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

func TestReadList(t *testing.T) {
	got, err := fetch.ReadList(strings.NewReader("# communiqués\nhttps://example.org/a\n\n  http://example.org/b  \n"), "urls.txt")
	if err != nil || len(got) != 2 || got[1] != "http://example.org/b" {
		t.Errorf("ReadList = %q, %v", got, err)
	}
	if _, err := fetch.ReadList(strings.NewReader("https://example.org/a\nftp://example.org/b\n"), "urls.txt"); err == nil || !strings.Contains(err.Error(), "urls.txt:2") {
		t.Errorf("ftp address: error %v, want one naming urls.txt:2", err)
	}
}
