// Package fetch fetches communiqués from the web politely, for kg load
// --urls: it names itself (a User-Agent naming kg), asks each host's
// robots.txt first, sends at most a set number of requests per host per
// second, retries with backoff on 429 and 5xx answers and on network
// faults, gives up on slow answers, oversized bodies and long redirect
// chains, and keeps every response in a cache folder, so that a second run
// asks only "has it changed?" (ETag, Last-Modified) and downloads nothing
// that has not. What it fetches goes to loader/input like any file.
package fetch

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"

	"github.com/actorgraph/kg/graph"
)

// UserAgent names kg to the sites it fetches from, with where to read
// what it is.
const UserAgent = "kg/1.0 (communiqué knowledge graph; +https://github.com/actorgraph/kg)"

// Options configure a Fetcher. Zero values take the defaults beside them.
type Options struct {
	CacheDir     string        // required: where responses are kept
	UserAgent    string        // UserAgent
	PerHost      float64       // requests per host per second: 1
	Retries      int           // tries after the first on 429, 5xx and network faults: 3
	Backoff      time.Duration // wait before the first retry, doubled each time: 1s
	MaxBackoff   time.Duration // the longest wait, Retry-After included: 30s
	Timeout      time.Duration // for one request, body included: 30s
	MaxBytes     int64         // the largest body, after decompression: 32 MiB
	MaxRedirects int           // redirects followed: 5
	// Transport, when set, carries the requests (tests use the default).
	Transport http.RoundTripper
}

// Result is one address's response, or why there is none.
type Result struct {
	URL         string
	Body        []byte
	ContentType string
	// Cached is set when the body is the cache's, because the site said it
	// had not changed.
	Cached bool
	Err    error
}

// Fetcher fetches addresses. It is safe for concurrent use.
type Fetcher struct {
	o      Options
	client *http.Client

	mu    sync.Mutex
	hosts map[string]*host
}

// host is what the Fetcher keeps about one site: its pace and its rules.
type host struct {
	limiter *rate.Limiter
	once    sync.Once
	robots  *robotstxt.Group
	err     error
}

// New returns a Fetcher that keeps its cache in o.CacheDir.
func New(o Options) (*Fetcher, error) {
	if o.CacheDir == "" {
		return nil, graph.Errorf(graph.EINVALID, "fetch: no cache folder given")
	}
	if err := os.MkdirAll(o.CacheDir, 0o755); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "fetch: cache folder %s: %v", o.CacheDir, err)
	}
	if o.UserAgent == "" {
		o.UserAgent = UserAgent
	}
	if o.PerHost <= 0 {
		o.PerHost = 1
	}
	if o.Retries < 0 {
		o.Retries = 0
	} else if o.Retries == 0 {
		o.Retries = 3
	}
	if o.Backoff <= 0 {
		o.Backoff = time.Second
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 30 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 32 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
	f := &Fetcher{o: o, hosts: map[string]*host{}}
	f.client = &http.Client{
		Transport: o.Transport,
		Timeout:   o.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > o.MaxRedirects {
				return fmt.Errorf("%w: more than %d redirects", errNoRetry, o.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("%w: redirected to a %s: address", errNoRetry, req.URL.Scheme)
			}
			// each hop is a request to its host, at the host's pace and by
			// its robots.txt
			h := f.host(req.URL)
			// (robots.txt itself may redirect: it is read while its host's
			// rules are being settled, so it is not held to them)
			if via[0].URL.Path != "/robots.txt" {
				if err := f.allowed(req.Context(), req.URL, h); err != nil {
					return fmt.Errorf("%w: %v", errNoRetry, err)
				}
			}
			return h.limiter.Wait(req.Context())
		},
	}
	return f, nil
}

// ReadList reads a list of addresses, one a line; blank lines and lines
// starting with # are skipped. An address that is not http or https is an
// error naming its line.
func ReadList(r io.Reader, name string) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		u, err := url.Parse(l)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, graph.Errorf(graph.EINVALID, "%s:%d: %q is not an http or https address", name, n, l)
		}
		out = append(out, u.String())
	}
	if err := sc.Err(); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "read %s: %v", name, err)
	}
	if len(out) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "%s: no addresses", name)
	}
	return out, nil
}

// FetchAll fetches the addresses, one site's in turn and the sites side by
// side, and returns the results in the order of urls.
func (f *Fetcher) FetchAll(ctx context.Context, urls []string) []Result {
	out := make([]Result, len(urls))
	byHost := map[string][]int{}
	var order []string
	for i, u := range urls {
		h := hostOf(u)
		if _, ok := byHost[h]; !ok {
			order = append(order, h)
		}
		byHost[h] = append(byHost[h], i)
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for _, h := range order {
		wg.Add(1)
		go func(idx []int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			for _, i := range idx {
				out[i] = f.Fetch(ctx, urls[i])
			}
		}(byHost[h])
	}
	wg.Wait()
	return out
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return u.Scheme + "://" + u.Host
}

// Fetch fetches one address: robots.txt permitting, from the cache when
// the site says it has not changed.
func (f *Fetcher) Fetch(ctx context.Context, raw string) Result {
	res := Result{URL: raw}
	fail := func(format string, args ...any) Result {
		res.Err = &graph.Error{Code: graph.EINVALID, Op: "fetch " + raw, Message: fmt.Sprintf(format, args...)}
		return res
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fail("not an http or https address")
	}
	h := f.host(u)
	if err := f.allowed(ctx, u, h); err != nil {
		return fail("%v", err)
	}
	body, ctype, cached, err := f.get(ctx, u.String(), h)
	if err != nil {
		return fail("%v", err)
	}
	res.Body, res.ContentType, res.Cached = body, ctype, cached
	return res
}

// allowed reads the host's robots.txt once, and tells whether it lets us
// fetch u.
func (f *Fetcher) allowed(ctx context.Context, u *url.URL, h *host) error {
	h.once.Do(func() { h.robots, h.err = f.robots(ctx, u, h) })
	if h.err != nil {
		return fmt.Errorf("robots.txt of %s: %v", u.Host, h.err)
	}
	if !h.robots.Test(u.RequestURI()) {
		return fmt.Errorf("robots.txt of %s disallows %s for %s", u.Host, u.Path, f.o.UserAgent)
	}
	return nil
}

func (f *Fetcher) host(u *url.URL) *host {
	f.mu.Lock()
	defer f.mu.Unlock()
	key := u.Scheme + "://" + u.Host
	h, ok := f.hosts[key]
	if !ok {
		h = &host{limiter: rate.NewLimiter(rate.Limit(f.o.PerHost), 1)}
		f.hosts[key] = h
	}
	return h
}

// robots fetches and reads a site's robots.txt. Per RFC 9309, a missing
// one (4xx) allows everything and an unreachable one (5xx) nothing; a
// Crawl-delay slower than our pace becomes the site's pace.
func (f *Fetcher) robots(ctx context.Context, u *url.URL, h *host) (*robotstxt.Group, error) {
	ru := u.Scheme + "://" + u.Host + "/robots.txt"
	body, _, _, err := f.get(ctx, ru, h)
	status := http.StatusOK
	var se statusError
	if errors.As(err, &se) {
		status, body, err = int(se), nil, nil
	}
	if err != nil {
		return nil, err
	}
	data, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil {
		return nil, err
	}
	g := data.FindGroup(f.o.UserAgent)
	if g.CrawlDelay > 0 && rate.Every(g.CrawlDelay) < h.limiter.Limit() {
		h.limiter.SetLimit(rate.Every(g.CrawlDelay))
	}
	return g, nil
}

// statusError is an HTTP status that is the answer, not a fault to retry.
type statusError int

func (e statusError) Error() string {
	return fmt.Sprintf("HTTP %d %s", int(e), http.StatusText(int(e)))
}

// entry is what the cache keeps of a response.
type entry struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"lastModified,omitempty"`
	ContentType  string    `json:"contentType,omitempty"`
	Fetched      time.Time `json:"fetched"`
}

func (f *Fetcher) cachePath(u string) string {
	sum := sha256.Sum256([]byte(u))
	return filepath.Join(f.o.CacheDir, hex.EncodeToString(sum[:16]))
}

func (f *Fetcher) readCache(u string) (*entry, []byte) {
	p := f.cachePath(u)
	meta, err := os.ReadFile(p + ".json")
	if err != nil {
		return nil, nil
	}
	body, err := os.ReadFile(p + ".body")
	if err != nil {
		return nil, nil
	}
	var e entry
	if json.Unmarshal(meta, &e) != nil || e.URL != u {
		return nil, nil
	}
	return &e, body
}

func (f *Fetcher) writeCache(e entry, body []byte) error {
	p := f.cachePath(e.URL)
	meta, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return err
	}
	// the body first: an entry is only read with its body beside it
	if err := writeFile(p+".body", body); err != nil {
		return err
	}
	return writeFile(p+".json", meta)
}

// writeFile writes through a temporary file, so that a run stopped midway
// leaves no torn entry.
func writeFile(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// get fetches u within the host's pace, conditionally when the cache has
// it, retrying what may pass.
func (f *Fetcher) get(ctx context.Context, u string, h *host) (body []byte, ctype string, cached bool, err error) {
	prev, prevBody := f.readCache(u)
	wait := f.o.Backoff
	for try := 0; ; try++ {
		if err := h.limiter.Wait(ctx); err != nil {
			return nil, "", false, err
		}
		body, ctype, cached, retryAfter, err := f.once(ctx, u, prev, prevBody)
		if err == nil {
			return body, ctype, cached, nil
		}
		var se statusError
		retry := !errors.As(err, &se) || int(se) == http.StatusTooManyRequests || int(se) >= 500
		if errors.Is(err, errTooLarge) || errors.Is(err, errNoRetry) || ctx.Err() != nil {
			retry = false
		}
		if !retry {
			return nil, "", false, err
		}
		if try >= f.o.Retries {
			return nil, "", false, fmt.Errorf("gave up after %d tries: %w", try+1, err)
		}
		d := wait
		if retryAfter > 0 {
			d = retryAfter
		}
		d = min(d, f.o.MaxBackoff)
		select {
		case <-time.After(d):
		case <-ctx.Done():
			return nil, "", false, ctx.Err()
		}
		wait *= 2
	}
}

// Faults that another try would meet again.
var (
	errTooLarge = errors.New("page too large")
	errNoRetry  = errors.New("redirect refused")
)

// once makes one request.
func (f *Fetcher) once(ctx context.Context, u string, prev *entry, prevBody []byte) (body []byte, ctype string, cached bool, retryAfter time.Duration, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, "", false, 0, err
	}
	req.Header.Set("User-Agent", f.o.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5")
	if prev != nil {
		if prev.ETag != "" {
			req.Header.Set("If-None-Match", prev.ETag)
		}
		if prev.LastModified != "" {
			req.Header.Set("If-Modified-Since", prev.LastModified)
		}
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, "", false, 0, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified && prev != nil:
		return prevBody, prev.ContentType, true, 0, nil
	case resp.StatusCode != http.StatusOK:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		var ra time.Duration
		if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s >= 0 {
			ra = time.Duration(s) * time.Second
		}
		return nil, "", false, ra, statusError(resp.StatusCode)
	}
	if resp.ContentLength > f.o.MaxBytes {
		return nil, "", false, 0, fmt.Errorf("%w: %d bytes, larger than the limit of %d bytes", errTooLarge, resp.ContentLength, f.o.MaxBytes)
	}
	body, err = io.ReadAll(io.LimitReader(resp.Body, f.o.MaxBytes+1))
	if err != nil {
		return nil, "", false, 0, err
	}
	if int64(len(body)) > f.o.MaxBytes {
		return nil, "", false, 0, fmt.Errorf("%w: the body is larger than the limit of %d bytes", errTooLarge, f.o.MaxBytes)
	}
	ctype = resp.Header.Get("Content-Type")
	e := entry{URL: u, ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"), ContentType: ctype, Fetched: time.Now().UTC()}
	if err := f.writeCache(e, body); err != nil {
		return nil, "", false, 0, fmt.Errorf("cache: %v", err)
	}
	return body, ctype, false, 0, nil
}
