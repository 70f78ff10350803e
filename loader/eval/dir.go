package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/actorgraph/kg/graph"
	"github.com/actorgraph/kg/loader/input"
)

// Extractor is what Dir scores: anything that turns a decoded communiqué
// (loader/input) into an extraction.
type Extractor interface {
	ExtractDoc(source string, in input.Doc) (*graph.Extraction, error)
}

// Dir scores x over the communiqués of dir that have a .gold.json beside
// them. A gold file that does not parse is an EINVALID error naming it.
func Dir(dir string, x Extractor) (*Report, error) {
	r := NewReport()
	if err := eachPair(dir, x, r.Add); err != nil {
		return nil, err
	}
	return r, nil
}

// communiqueExts are the extensions a gold file's communiqué may have
// beside it, in the order they are looked for. Each is read as its content
// says (input.Sniff), so a folder of rendered pages or PDFs scores as the
// texts do.
var communiqueExts = []string{".txt", ".md", ".html", ".htm", ".pdf"}

// eachPair extracts each communiqué of dir that has a .gold.json beside it
// and hands fn the file's name, its gold and the extraction, in name order.
func eachPair(dir string, x Extractor, fn func(name string, gold, got *graph.Extraction)) error {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return graph.Errorf(graph.EINVALID, "eval %s: %v", dir, err)
	}
	if len(golds) == 0 {
		return graph.Errorf(graph.EINVALID, "eval %s: no .gold.json files in the directory", dir)
	}
	sort.Strings(golds)
	for _, g := range golds {
		stem := strings.TrimSuffix(g, ".gold.json")
		var path string
		var data []byte
		for _, ext := range communiqueExts {
			if data, err = os.ReadFile(stem + ext); err == nil {
				path = stem + ext
				break
			}
		}
		if path == "" {
			return graph.Errorf(graph.EINVALID, "eval %s: no communiqué beside the gold file (%s with one of %s)", g, filepath.Base(stem), strings.Join(communiqueExts, ", "))
		}
		gold, err := ReadGold(g)
		if err != nil {
			return err
		}
		doc, err := input.Decode(path, data, input.Options{})
		if err != nil {
			return err
		}
		got, err := x.ExtractDoc(path, doc)
		if err != nil {
			return err
		}
		fn(filepath.Base(path), gold, got)
	}
	return nil
}

// ReadGold reads a gold annotation file.
func ReadGold(path string) (*graph.Extraction, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "read gold %s: %v", path, err)
	}
	var g graph.Extraction
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, graph.Errorf(graph.EINVALID, "read gold %s: %v", path, err)
	}
	return &g, nil
}
