package loader

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/input"
)

// MaxSize is the default largest communiqué read, in bytes. Press releases
// run to a few kilobytes; a file past this is almost surely not one.
const MaxSize = 1 << 20

// Input is one communiqué's text and where it came from. Meta is what an
// HTML page or a PDF said about itself (input.Decode); of a plain text it
// says only the format.
type Input struct {
	Source string
	Text   []byte
	Meta   input.Meta
}

// Item is one input found under a path, or the reason it could not be read.
// Reading a folder goes on past a bad file, so that one fault does not stop
// the rest.
type Item struct {
	Input
	Err error
}

// Read returns the communiqués at path: a file, every communiqué file
// under a directory (.txt, .md, .html, .htm, .pdf or no extension, in
// lexical order, each read as its content says: input.Sniff), or standard
// input for "-". A path that cannot be read at all is an error; a bad file
// under a directory is an Item with Err set.
func Read(path string, stdin io.Reader, maxSize int) ([]Item, error) {
	return ReadWith(path, stdin, ReadOptions{MaxSize: maxSize})
}

// ReadWith is Read with options.
func ReadWith(path string, stdin io.Reader, o ReadOptions) ([]Item, error) {
	if o.MaxSize <= 0 {
		o.MaxSize = MaxSize
	}
	maxSize := o.MaxSize
	if path == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, int64(input.RawLimit(maxSize))+1))
		if err != nil {
			return nil, &graph.Error{Code: graph.EINVALID, Op: "read stdin", Err: err}
		}
		return []Item{Decode("stdin", data, o)}, nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, &graph.Error{Code: graph.EINVALID, Op: "read " + path, Message: describe(err)}
	}
	if !info.IsDir() {
		return []Item{readFile(path, o)}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != path && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && input.Candidate(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, &graph.Error{Code: graph.EINVALID, Op: "read " + path, Message: describe(err)}
	}
	if len(files) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "read %s: no communiqués (.txt, .md, .html, .htm, .pdf) in the directory", path)
	}
	sort.Strings(files)
	items := make([]Item, len(files))
	for i, f := range files {
		items[i] = readFile(f, o)
	}
	return items, nil
}

func readFile(path string, o ReadOptions) Item {
	f, err := os.Open(path)
	if err != nil {
		return Item{Input: Input{Source: path}, Err: &graph.Error{Code: graph.EINVALID, Op: "read " + path, Message: describe(err)}}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, int64(input.RawLimit(o.MaxSize))+1))
	if err != nil {
		return Item{Input: Input{Source: path}, Err: &graph.Error{Code: graph.EINVALID, Op: "read " + path, Message: describe(err)}}
	}
	return Decode(path, data, o)
}

// check rejects what is not a communiqué's text: too large, empty, binary,
// or not UTF-8.
func check(source string, data []byte, maxSize int) Item {
	it := Item{Input: Input{Source: source, Text: data}}
	fail := func(format string, args ...any) Item {
		it.Text = nil
		it.Err = &graph.Error{Code: graph.EINVALID, Op: "read " + source, Message: fmt.Sprintf(format, args...)}
		return it
	}
	switch {
	case len(data) > maxSize:
		return fail("file is larger than the limit of %d bytes", maxSize)
	case len(bytes.TrimSpace(data)) == 0:
		return fail("file is empty")
	case bytes.IndexByte(data, 0) >= 0:
		return fail("file is binary (it contains NUL bytes), not a text communiqué")
	case !utf8.Valid(data):
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fail("file is not valid UTF-8 (first bad byte at offset %d)", off)
	}
	return it
}

func describe(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file or directory"
	case os.IsPermission(err):
		return "permission denied"
	}
	var pe *fs.PathError
	if ok := asPathError(err, &pe); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

func asPathError(err error, target **fs.PathError) bool {
	pe, ok := err.(*fs.PathError)
	if ok {
		*target = pe
	}
	return ok
}

// normalize gives a communiqué's text the line breaks the header and
// sentence rules read: CRLF, CR, U+2028 and a form feed become "\n", U+2029
// a blank line, and any other control character but the tab a space, so
// that a stray one inside a name ("Amal\vHaddad") does not end up in the
// name, which stores refuse. Every other space character (the no-break
// space of web copy, "4\u00a0June", "Mr\u00a0X"; thin and ideographic
// spaces) becomes a plain space, which the date and header patterns read
// and names are written with; one rune for one keeps the rune offsets of
// evidence those of the file. A text that needs none of it is returned as
// it is (the usual case: every test text), so offsets into it stay those
// of the file.
func normalize(text string) string {
	clean := true
	for i := 0; i < len(text); i++ {
		if c := text[i]; (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == 0xe2 && strings.HasPrefix(text[i:], "\u2028") || c == 0xe2 && strings.HasPrefix(text[i:], "\u2029") ||
			c >= 0xc2 && oddSpaceAt(text, i) {
			clean = false
			break
		}
	}
	if clean {
		return text
	}
	text = lineBreaks.Replace(text)
	return strings.Map(func(r rune) rune {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || r != ' ' && unicode.Is(unicode.Zs, r) {
			return ' '
		}
		return r
	}, text)
}

// oddSpaceAt reports whether a space character other than the plain space
// starts at byte i.
func oddSpaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r != ' ' && unicode.Is(unicode.Zs, r)
}

var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n\n", "\f", "\n")
