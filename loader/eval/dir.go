package eval

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Extractor is what Dir scores: anything that turns a communiqué's text into
// an extraction.
type Extractor interface {
	Extract(source string, text []byte) (*graph.Extraction, error)
}

// Dir scores x over the .txt files of dir that have a .gold.json beside
// them. A gold file that does not parse is an EINVALID error naming it.
func Dir(dir string, x Extractor) (*Report, error) {
	r := NewReport()
	if err := eachPair(dir, x, r.Add); err != nil {
		return nil, err
	}
	return r, nil
}

// eachPair extracts each .txt of dir that has a .gold.json beside it and
// hands fn the file's name, its gold and the extraction, in name order.
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
		txt := strings.TrimSuffix(g, ".gold.json") + ".txt"
		text, err := os.ReadFile(txt)
		if err != nil {
			return graph.Errorf(graph.EINVALID, "eval %s: no communiqué beside the gold file (%v)", g, err)
		}
		gold, err := ReadGold(g)
		if err != nil {
			return err
		}
		got, err := x.Extract(txt, text)
		if err != nil {
			return err
		}
		fn(filepath.Base(txt), gold, got)
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
