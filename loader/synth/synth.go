// Package synth generates synthetic communiqués for load benchmarks: press
// releases in the genre's header format, deterministic for a seed, with a
// world of invented people who hold the offices of real and invented bodies
// in turn, so that identities and roles recur across documents the way they
// do in a real archive. The texts have no gold; they measure how fast and
// how steadily the loader and the stores work, not how well they extract.
//
// Graph skips the texts and generates extractions directly, for graphs of
// a million relationships that extracting texts would take hours to build.
package synth

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// The size of a generated document's text, in bytes.
const (
	MinBytes = 2 << 10
	MaxBytes = 6 << 10
)

// Doc is one generated communiqué: a file name ("synth-00042.txt") and its
// text.
type Doc struct {
	Name string
	Text string
}

// Generate returns n communiqués for seed. The same seed and n give the same
// documents; a longer run with the same seed begins with the documents of a
// shorter one. Every document has its own title, compared as graph.NameKey
// compares names (so "Coalition's" and "Coalition’s" are one title): no two
// are versions of one communiqué. Publication dates spread over 2012-2024.
func Generate(seed int64, n int) []Doc {
	// math/rand's seeded Source is frozen by the Go 1 promise, which is what
	// keeps a seed's corpus the same from one Go release to the next.
	r := rand.New(rand.NewSource(seed))
	w := newWorld(r)
	titles := map[string]bool{}
	docs := make([]Doc, 0, max(n, 0))
	for i := 0; i < n; i++ {
		c := &composer{w: w, r: r}
		for attempt := 0; ; attempt++ {
			if !c.compose() {
				continue
			}
			// After many taken titles, a dated title ends the search: a
			// clash then needs the same draw on the same day.
			if attempt >= 40 {
				c.title += " – " + longDate(c.pub)
			}
			if !titles[graph.NameKey(c.title)] {
				break
			}
		}
		titles[graph.NameKey(c.title)] = true
		docs = append(docs, Doc{Name: fmt.Sprintf("synth-%05d.txt", i+1), Text: c.render()})
	}
	return docs
}

// render lays the document out as the genre does: an optional site time
// stamp, the title, a header block (genre, publisher, department, date), the
// paragraphs, and sometimes a source credit or a breadcrumb footer.
func (c *composer) render() string {
	var head strings.Builder
	if c.r.Intn(2) == 0 {
		stamp := c.pub
		if c.r.Intn(10) == 0 {
			stamp = stamp.AddDate(0, 0, 1) // sites stamp some releases the next day
		}
		fmt.Fprintf(&head, "%s %02d:%02d\n\n", stamp.Format("Monday, 02 January 2006"), 8+c.r.Intn(14), c.r.Intn(60))
	}
	head.WriteString(c.title + "\n\n")
	genres := []string{"Press release", "Press Release", "Statement", "Press Statement", "News"}
	if c.b.name == "Syrian Coalition" {
		genres = append(genres, "Coalition News", "Coalition News")
	}
	block := []string{pick(c.r, genres), c.b.name, c.b.dept}
	switch c.r.Intn(5) {
	case 0:
		block = append(block, c.b.home+", "+longDate(c.pub))
	case 1, 2:
		block = append(block, longDate(c.pub))
	default:
		if c.r.Intn(8) == 0 {
			block = append(block, c.b.home)
		}
		block = append(block, c.pub.Format("January 2, 2006"))
	}
	head.WriteString(strings.Join(block, "\n") + "\n\n")

	var foot string
	switch c.r.Intn(7) {
	case 0, 1:
		foot = "\n\n\nHome press releases " + c.title
	case 2:
		foot = fmt.Sprintf("\n\n(Source: %s – %s)", c.b.name, c.b.dept)
	}
	foot += "\n"

	// Most communiqués run to two or three pages: aim between 2.3 and 4.9 KB.
	target := MinBytes + 250 + c.r.Intn(2600)
	c.addFillers(head.Len()+len(foot), target)
	return head.String() + strings.Join(c.paras, "\n\n") + foot
}

// WriteDir writes each document to dir under its name, creating dir if need
// be. Names are checked before anything is written, so a bad name leaves the
// directory untouched; each file is written whole or not at all.
func WriteDir(dir string, docs []Doc) error {
	seen := make(map[string]bool, len(docs))
	for _, d := range docs {
		if d.Name == "" || d.Name == "." || d.Name == ".." || strings.ContainsAny(d.Name, `/\`) {
			return graph.Errorf(graph.EINVALID, "synthetic document name %q is not a plain file name", d.Name)
		}
		if seen[d.Name] {
			return graph.Errorf(graph.EINVALID, "synthetic document name %q appears twice", d.Name)
		}
		seen[d.Name] = true
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return graph.Internal("create "+dir, err)
	}
	for _, d := range docs {
		path := filepath.Join(dir, d.Name)
		tmp := path + ".tmp"
		if err := os.WriteFile(tmp, []byte(d.Text), 0o644); err != nil {
			return graph.Internal("write "+path, err)
		}
		if err := os.Rename(tmp, path); err != nil {
			os.Remove(tmp)
			return graph.Internal("write "+path, err)
		}
	}
	return nil
}
