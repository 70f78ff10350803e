package input

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/actorgraph/kg/graph"
)

// maxElements bounds the elements of a page readability scores: a press
// release page has a few thousand; a page with far more is not one, and
// scoring it would take long.
const maxElements = 100000

// decodeHTML finds a page's article with readability (menus, footers,
// share buttons and comment forms fall away) and its metadata in the
// page's head.
func decodeHTML(data []byte, o Options) (Doc, error) {
	r, err := charset.NewReader(bytes.NewReader(data), "text/html")
	if err != nil {
		return Doc{}, fmt.Errorf("unreadable character set: %v", err)
	}
	root, err := html.Parse(r)
	if err != nil {
		return Doc{}, fmt.Errorf("malformed HTML: %v", err)
	}
	pm := pageMeta(root)
	var base *url.URL
	if pm.canonical != "" {
		base, _ = url.Parse(pm.canonical)
	}
	dropChrome(root)
	p := readability.NewParser()
	p.MaxElemsToParse = maxElements
	art, err := p.ParseAndMutate(root, base)
	if err != nil {
		return Doc{}, fmt.Errorf("no article found in the page: %v", err)
	}
	if art.Node == nil {
		return Doc{}, fmt.Errorf("no article found in the page")
	}
	m := Meta{Format: HTML, URL: pm.canonical}
	m.Title = firstOf(pm.ogTitle, pm.ldHeadline, pm.h1, stripSiteName(pm.title, pm.siteName), clean(art.Title()))
	if m.Title == "" {
		return Doc{}, fmt.Errorf("the page has no title (no og:title, h1 or <title>)")
	}
	m.Publisher = firstOf(pm.siteName, pm.ldPublisher, clean(art.SiteName()))
	for _, s := range []string{pm.published, pm.ldPublished, pm.timeDatetime} {
		if d, ok := parseMetaDate(s); ok {
			m.Published = d
			break
		}
	}
	var paras []string
	for _, p := range strings.Split(render.InnerText(art.Node), "\n") {
		p = strings.Join(strings.Fields(p), " ")
		if p == "" || (len(paras) == 0 && p == m.Title) {
			continue
		}
		paras = append(paras, p)
	}
	if len(paras) == 0 {
		return Doc{}, fmt.Errorf("the page's article has no text")
	}
	return compose(m, paras), nil
}

// page is what a page's head (and its first h1 and time) says about it.
type page struct {
	title, ogTitle, h1, siteName string
	published, timeDatetime      string
	canonical                    string
	ldHeadline, ldPublished      string
	ldPublisher                  string
}

func pageMeta(root *html.Node) page {
	var pm page
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "title":
				if pm.title == "" {
					pm.title = clean(textOf(n))
				}
			case "h1":
				if pm.h1 == "" {
					pm.h1 = clean(textOf(n))
				}
			case "meta":
				key := strings.ToLower(attr(n, "property") + attr(n, "name"))
				content := clean(attr(n, "content"))
				switch key {
				case "og:title":
					pm.ogTitle = content
				case "og:site_name":
					pm.siteName = content
				case "article:published_time", "datepublished", "dc.date.issued", "dcterms.issued":
					if pm.published == "" {
						pm.published = content
					}
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && pm.canonical == "" {
					if u, err := url.Parse(strings.TrimSpace(attr(n, "href"))); err == nil && u.IsAbs() {
						pm.canonical = u.String()
					}
				}
			case "time":
				if pm.timeDatetime == "" {
					pm.timeDatetime = attr(n, "datetime")
				}
			case "script":
				if strings.EqualFold(attr(n, "type"), "application/ld+json") {
					pm.jsonLD(textOf(n))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return pm
}

// jsonLD reads the headline, datePublished and publisher of the first
// article-like object of a JSON-LD block (or of its @graph).
func (pm *page) jsonLD(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
			if s, ok := x["headline"].(string); ok && pm.ldHeadline == "" {
				pm.ldHeadline = clean(s)
			}
			if s, ok := x["datePublished"].(string); ok && pm.ldPublished == "" {
				pm.ldPublished = s
			}
			if p, ok := x["publisher"].(map[string]any); ok && pm.ldPublisher == "" {
				if s, ok := p["name"].(string); ok {
					pm.ldPublisher = clean(s)
				}
			}
		}
	}
	visit(v)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// reTitleSep splits a <title> into the page's title and the site's name:
// "Coalition condemns … | Syrian Coalition".
var reTitleSep = regexp.MustCompile(`\s+[|–—»·:-]\s+`)

// stripSiteName drops the site's name from a <title>, on either side of a
// separator; without a known site name, the shorter end part goes.
func stripSiteName(title, site string) string {
	locs := reTitleSep.FindAllStringIndex(title, -1)
	if len(locs) == 0 {
		return title
	}
	first, last := locs[0], locs[len(locs)-1]
	head, tail := title[:last[0]], title[last[1]:]
	pre, post := title[:first[0]], title[first[1]:]
	switch {
	case site != "" && strings.EqualFold(tail, site):
		return head
	case site != "" && strings.EqualFold(pre, site):
		return post
	case len(tail) < len(head)/2:
		return head
	}
	return title
}

// parseMetaDate reads a date in metadata: ISO 8601 (the day as written,
// in the page's own time zone), or a date written out.
func parseMetaDate(s string) (graph.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if d, err := graph.ParseDate(s[:10]); err == nil {
			return d, true
		}
	}
	for _, layout := range []string{"January 2, 2006", "2 January 2006", "Jan 2, 2006", "2 Jan 2006", "Monday, 2 January 2006", "Monday, January 2, 2006", time.RFC1123, time.RFC1123Z} {
		if t, err := time.Parse(layout, s); err == nil {
			return graph.DateOf(t), true
		}
	}
	return "", false
}

// chromeTags and chromeRoles are what HTML itself marks as a page's
// chrome rather than its text: navigation (menus, breadcrumbs, previous
// and next links), forms (search, comments, newsletters), asides and
// footers. Readability judges by density and class names and lets some
// through, such as the "previous post, next post" links beside an article.
var (
	chromeTags  = map[string]bool{"nav": true, "aside": true, "form": true, "footer": true, "button": true, "dialog": true}
	chromeRoles = map[string]bool{"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "search": true, "dialog": true}
)

// dropChrome removes the elements chromeTags and chromeRoles name.
func dropChrome(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (chromeTags[c.Data] || chromeRoles[strings.ToLower(attr(c, "role"))]) {
			n.RemoveChild(c)
		} else {
			dropChrome(c)
		}
		c = next
	}
}
