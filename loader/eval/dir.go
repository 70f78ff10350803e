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
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "eval %s: %v", dir, err)
	}
	if len(golds) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "eval %s: no .gold.json files in the directory", dir)
	}
	sort.Strings(golds)
	r := NewReport()
	for _, g := range golds {
		txt := strings.TrimSuffix(g, ".gold.json") + ".txt"
		text, err := os.ReadFile(txt)
		if err != nil {
			return nil, graph.Errorf(graph.EINVALID, "eval %s: no communiqué beside the gold file (%v)", g, err)
		}
		gold, err := ReadGold(g)
		if err != nil {
			return nil, err
		}
		got, err := x.Extract(txt, text)
		if err != nil {
			return nil, err
		}
		r.Add(filepath.Base(txt), gold, got)
	}
	return r, nil
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
