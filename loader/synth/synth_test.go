package synth

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/actorgraph/kg/graph"
)

func TestGenerate_SameSeedSameTexts(t *testing.T) {
	a, b := Generate(42, 60), Generate(42, 60)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two runs with seed 42 differ")
	}
	if long := Generate(42, 90); !reflect.DeepEqual(long[:60], a) {
		t.Error("a run of 90 documents does not begin with the run of 60")
	}
	other := Generate(43, 60)
	for i := range a {
		if a[i].Text == other[i].Text {
			t.Errorf("document %d is the same for seeds 42 and 43", i)
		}
	}
}

func TestGenerate_Count(t *testing.T) {
	for _, tc := range []struct{ n, want int }{{-3, 0}, {0, 0}, {1, 1}, {250, 250}} {
		if got := len(Generate(7, tc.n)); got != tc.want {
			t.Errorf("Generate(7, %d) returned %d documents, want %d", tc.n, got, tc.want)
		}
	}
}

func TestGenerate_Names(t *testing.T) {
	docs := Generate(3, 120)
	if docs[41].Name != "synth-00042.txt" {
		t.Errorf("42nd document is named %q, want synth-00042.txt", docs[41].Name)
	}
	seen := map[string]bool{}
	for _, d := range docs {
		if !regexp.MustCompile(`^synth-\d{5}\.txt$`).MatchString(d.Name) {
			t.Errorf("name %q is not synth-NNNNN.txt", d.Name)
		}
		if seen[d.Name] {
			t.Errorf("name %q appears twice", d.Name)
		}
		seen[d.Name] = true
	}
}

func TestGenerate_Sizes(t *testing.T) {
	if MinBytes != 2048 || MaxBytes != 6144 {
		t.Fatalf("size bounds are %d-%d bytes, want 2-6 KB", MinBytes, MaxBytes)
	}
	for _, d := range Generate(11, 500) {
		if n := len(d.Text); n < MinBytes || n > MaxBytes {
			t.Errorf("%s is %d bytes, outside %d-%d", d.Name, n, MinBytes, MaxBytes)
		}
	}
}

// Names with Turkish and other non-ASCII letters start sentences; a text
// cut in the middle of a rune would be rejected by the loader.
func TestGenerate_ValidUTF8(t *testing.T) {
	for _, d := range Generate(42, 1000) {
		if !utf8.ValidString(d.Text) {
			i := strings.IndexRune(strings.ToValidUTF8(d.Text, "\uFFFD"), utf8.RuneError)
			t.Errorf("%s is not valid UTF-8 near byte %d", d.Name, i)
		}
	}
}

// The header, read the way a person reads it: an optional site time stamp,
// the title, a block of short lines ending in a date line, then paragraphs.
var (
	stampLine = regexp.MustCompile(`^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2} [A-Z][a-z]+ \d{4}) \d{2}:\d{2}$`)
	dateLines = []struct {
		re     *regexp.Regexp
		layout string
	}{
		{regexp.MustCompile(`^([A-Z][a-z]+ \d{1,2}, \d{4})$`), "January 2, 2006"},
		{regexp.MustCompile(`^(\d{1,2} [A-Z][a-z]+ \d{4})$`), "2 January 2006"},
		{regexp.MustCompile(`^[A-Z][A-Za-z ]+, (\d{1,2} [A-Z][a-z]+ \d{4})$`), "2 January 2006"},
	}
	genres = map[string]bool{"Press release": true, "Press Release": true, "Statement": true,
		"Press Statement": true, "News": true, "Coalition News": true}
)

type parsed struct {
	title, publisher string
	published        time.Time
}

func parseDoc(t *testing.T, d Doc) parsed {
	t.Helper()
	lines := strings.Split(d.Text, "\n")
	var p parsed
	i := 0
	var stamp time.Time
	if m := stampLine.FindStringSubmatch(lines[0]); m != nil {
		var err error
		if stamp, err = time.Parse("02 January 2006", m[2]); err != nil {
			t.Fatalf("%s: time stamp %q: %v", d.Name, lines[0], err)
		}
		if stamp.Weekday().String() != m[1] {
			t.Errorf("%s: time stamp %q names the wrong weekday", d.Name, lines[0])
		}
		if lines[1] != "" {
			t.Errorf("%s: no blank line after the time stamp", d.Name)
		}
		i = 2
	}
	p.title = lines[i]
	if p.title == "" || strings.HasSuffix(p.title, ".") || lines[i+1] != "" {
		t.Fatalf("%s: line %d is not a title followed by a blank line: %q", d.Name, i+1, p.title)
	}
	var block []string
	for j := i + 2; lines[j] != ""; j++ {
		block = append(block, lines[j])
	}
	if len(block) < 4 || len(block) > 5 {
		t.Fatalf("%s: header block has %d lines, want 4 or 5: %q", d.Name, len(block), block)
	}
	for _, l := range block {
		if len(l) > 80 || strings.HasSuffix(l, ".") {
			t.Errorf("%s: header line %q is not a short label", d.Name, l)
		}
	}
	if !genres[block[0]] {
		t.Errorf("%s: first header line %q is not a genre label", d.Name, block[0])
	}
	p.publisher = block[1]
	last := block[len(block)-1]
	for _, dl := range dateLines {
		if m := dl.re.FindStringSubmatch(last); m != nil {
			var err error
			if p.published, err = time.Parse(dl.layout, m[1]); err != nil {
				t.Fatalf("%s: date line %q: %v", d.Name, last, err)
			}
		}
	}
	if p.published.IsZero() {
		t.Fatalf("%s: last header line %q is not a date line", d.Name, last)
	}
	if !stamp.IsZero() && (stamp.Before(p.published) || stamp.After(p.published.AddDate(0, 0, 1))) {
		t.Errorf("%s: time stamp %s is not the publication day %s or the day after", d.Name, stamp.Format(time.DateOnly), p.published.Format(time.DateOnly))
	}
	body := strings.Join(lines[i+2+len(block)+1:], "\n")
	first, _, _ := strings.Cut(body, "\n")
	if len(first) < 100 || !strings.HasSuffix(first, ".") {
		t.Errorf("%s: the text does not open with a paragraph: %q", d.Name, first)
	}
	end := strings.TrimRight(d.Text, "\n")
	if k := strings.LastIndex(end, "\n"); strings.HasPrefix(end[k+1:], "Home press releases") && end[k+1:] != "Home press releases "+p.title {
		t.Errorf("%s: footer %q does not repeat the title", d.Name, end[k+1:])
	}
	return p
}

func TestGenerate_Headers(t *testing.T) {
	docs := Generate(42, 400)
	years := map[int]int{}
	titles := map[string]string{}
	stamps, footers := 0, 0
	for _, d := range docs {
		p := parseDoc(t, d)
		if p.published.Before(time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)) || p.published.After(time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: published %s, outside 2012-2024", d.Name, p.published.Format(time.DateOnly))
		}
		years[p.published.Year()]++
		if other, ok := titles[graph.NameKey(p.title)]; ok {
			t.Errorf("%s and %s have the same title %q", other, d.Name, p.title)
		}
		titles[graph.NameKey(p.title)] = d.Name
		if stampLine.MatchString(d.Text[:strings.Index(d.Text, "\n")]) {
			stamps++
		}
		if strings.Contains(d.Text, "\nHome press releases ") {
			footers++
		}
	}
	if len(years) != 13 {
		t.Errorf("publication years %v do not cover 2012-2024", years)
	}
	if stamps == 0 || stamps == len(docs) || footers == 0 {
		t.Errorf("%d of %d documents have a time stamp and %d a footer; both forms should occur", stamps, len(docs), footers)
	}
}

func TestGenerate_UniqueTitlesAtScale(t *testing.T) {
	seen := map[string]string{}
	for _, d := range Generate(9, 4000) {
		i := strings.Index(d.Text, "\n")
		title := d.Text[:i]
		if stampLine.MatchString(title) {
			title, _, _ = strings.Cut(d.Text[i+2:], "\n")
		}
		if other, ok := seen[title]; ok {
			t.Fatalf("%s and %s share the title %q", other, d.Name, title)
		}
		seen[title] = d.Name
	}
}

// Blame-only statements are the case an extractor must not read as a
// condemnation, so they must say neither "condemn" nor "denounce".
func TestGenerate_BlameOnlyHasNoCondemnVerb(t *testing.T) {
	n := 0
	for _, d := range Generate(5, 600) {
		title := parseDoc(t, d).title
		if !strings.Contains(title, " Holds ") || !strings.Contains(title, " Responsible for ") {
			continue
		}
		n++
		if low := strings.ToLower(d.Text); strings.Contains(low, "condemn") || strings.Contains(low, "denounc") {
			t.Errorf("%s (%q) holds a party responsible but also condemns", d.Name, title)
		}
	}
	if n == 0 {
		t.Fatal("no blame-only statement among 600 documents")
	}
}

// Identities recur: the same people appear in many documents, an office has
// several holders over the years, and some people hold two offices in turn.
func TestGenerate_IdentitiesAndRolesRecur(t *testing.T) {
	const seed = 42
	docs := Generate(seed, 400)
	w := newWorld(rand.New(rand.NewSource(seed))) // Generate builds its world first from the same source
	var coalition *body
	for _, b := range w.bodies {
		if b.name == "Syrian Coalition" {
			coalition = b
		}
	}
	if coalition == nil {
		t.Fatal("the Syrian Coalition is not among the bodies")
	}
	holders := map[string]bool{}
	for _, tm := range coalition.leader.terms {
		holders[tm.who.name()] = true
	}
	inText := map[string]int{}
	for name := range holders {
		for _, d := range docs {
			if strings.Contains(d.Text, name) {
				inText[name]++
			}
		}
	}
	if len(inText) < 3 {
		t.Errorf("only %d holders of the Coalition's presidency appear in 400 documents: %v", len(inText), inText)
	}
	recurring := 0
	for _, n := range inText {
		if n >= 3 {
			recurring++
		}
	}
	if recurring == 0 {
		t.Errorf("no Coalition President appears in three documents or more: %v", inText)
	}
	twoOffices := false
	for _, b := range w.bodies {
		if b.deputy == nil {
			continue
		}
		deputies := map[*person]bool{}
		for _, tm := range b.deputy.terms {
			deputies[tm.who] = true
		}
		for _, tm := range b.leader.terms {
			twoOffices = twoOffices || deputies[tm.who]
		}
	}
	if !twoOffices {
		t.Error("no deputy ever becomes head of a body")
	}
}

func TestWriteDir(t *testing.T) {
	docs := Generate(5, 20)

	t.Run("OK", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "corpus")
		if err := WriteDir(dir, docs); err != nil {
			t.Fatal(err)
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != len(docs) {
			t.Fatalf("%d files in %s, want %d", len(entries), dir, len(docs))
		}
		for _, d := range docs {
			b, err := os.ReadFile(filepath.Join(dir, d.Name))
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != d.Text {
				t.Errorf("%s on disk differs from the generated text", d.Name)
			}
		}
	})

	for _, tc := range []struct {
		name string
		docs []Doc
		want string
	}{
		{"ErrPathInName", append([]Doc{{Name: "../escape.txt", Text: "x"}}, docs...), `"../escape.txt" is not a plain file name`},
		{"ErrEmptyName", append(docs[:3:3], Doc{Text: "x"}), `"" is not a plain file name`},
		{"ErrDuplicateName", append(docs[:3:3], docs[1]), docs[1].Name + `" appears twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			err := WriteDir(dir, tc.docs)
			if graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("WriteDir = %v, want an invalid error containing %s", err, tc.want)
			}
			if _, err := os.Stat(dir); !os.IsNotExist(err) {
				t.Errorf("%s was created for a rejected batch", dir)
			}
		})
	}

	t.Run("ErrDirIsAFile", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "file")
		if err := os.WriteFile(file, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		err := WriteDir(filepath.Join(file, "corpus"), docs)
		if graph.ErrorCode(err) != graph.EINTERNAL || !strings.Contains(err.Error(), file) {
			t.Fatalf("WriteDir under a file = %v, want an internal error naming %s", err, file)
		}
	})
}

func BenchmarkGenerate(b *testing.B) {
	var seed int64
	for b.Loop() {
		seed++
		Generate(seed, 100)
	}
}
