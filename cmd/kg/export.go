package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/actorgraph/kg/export"
	"github.com/actorgraph/kg/graph"
)

// exportFlags are the flags of kg export, which GET /export takes as its
// query parameters.
type exportFlags struct {
	format, around, from, to, types, out string
	depth                                int
}

func (f *exportFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "", "graphml, gexf, cytoscape, csv (a zip for neo4j-admin import) or jsonl")
	fs.StringVar(&f.around, "around", "", "export only the entities within --depth hops of this entity id")
	fs.IntVar(&f.depth, "depth", 1, "hops from --around")
	fs.StringVar(&f.from, "from", "", "only facts seen on or after this date (yyyy-mm-dd)")
	fs.StringVar(&f.to, "to", "", "only facts seen on or before this date (yyyy-mm-dd)")
	fs.StringVar(&f.types, "types", "", "only these relation types, comma separated (e.g. HOLDS_ROLE,ATTENDED)")
	fs.StringVar(&f.out, "out", "", "write to this file instead of standard output")
}

// options turns the flags into export options, naming the flag at fault.
func (f *exportFlags) options(fs *flag.FlagSet) (export.Options, error) {
	var o export.Options
	if f.format == "" {
		return o, usageError{"kg export needs --format graphml|gexf|cytoscape|csv|jsonl"}
	}
	var err error
	if o.Format, err = export.ParseFormat(f.format); err != nil {
		return o, usageError{"--format: " + graph.ErrorMessage(err)}
	}
	depthGiven := false
	fs.Visit(func(fl *flag.Flag) { depthGiven = depthGiven || fl.Name == "depth" })
	o.Around = f.around
	if o.Around != "" || depthGiven {
		o.Depth = f.depth
	}
	if o.From, err = graph.ParseDate(f.from); err != nil {
		return o, usageError{"--from: " + graph.ErrorMessage(err)}
	}
	if o.To, err = graph.ParseDate(f.to); err != nil {
		return o, usageError{"--to: " + graph.ErrorMessage(err)}
	}
	if o.Types, err = export.ParseTypes(f.types); err != nil {
		return o, usageError{"--types: " + graph.ErrorMessage(err)}
	}
	if err := o.Validate(); err != nil {
		return o, usageError{graph.ErrorMessage(err)}
	}
	return o, nil
}

// export writes the store's graph, or a slice of it, to --out or stdout.
// A file is written beside its final name and renamed once whole, so that
// a failed export leaves no half file behind.
func (m *Main) export(ctx context.Context, o export.Options, out string) error {
	start := time.Now()
	sl, err := export.Prepare(ctx, m.store, o)
	if err != nil {
		return err
	}
	if out == "" || out == "-" {
		bw := bufio.NewWriterSize(m.Stdout, 64<<10)
		if err := sl.Write(ctx, bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*")
	if err != nil {
		return graph.Errorf(graph.EINVALID, "--out %s: %v", out, err)
	}
	defer os.Remove(tmp.Name())
	if err := sl.Write(ctx, tmp); err != nil {
		tmp.Close()
		return err
	}
	// CreateTemp makes the file private; an export is as readable as any
	// file the user writes.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return graph.Internal("export", err)
	}
	if err := tmp.Close(); err != nil {
		return graph.Internal("export", err)
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		return graph.Errorf(graph.EINVALID, "--out %s: %v", out, err)
	}
	fmt.Fprintf(m.Stderr, "kg: exported %s to %s in %s\n", o.Format, out, time.Since(start).Round(time.Millisecond))
	return nil
}

// importJSONL stores the extractions of a JSON lines file (kg export
// --format jsonl, or kg extract), in batches as kg load stores them, all
// or nothing per batch.
func (m *Main) importJSONL(ctx context.Context, path string) error {
	var r io.Reader = m.Stdin
	name := "standard input"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return graph.Errorf(graph.EINVALID, "import %s: %v", path, err)
		}
		defer f.Close()
		r, name = f, path
	}
	start := time.Now()
	counts := map[graph.PutStatus]int{}
	var batch []*graph.Extraction
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := m.store.PutDocuments(ctx, batch)
		if err != nil {
			return err
		}
		for _, r := range res {
			counts[r.Status]++
		}
		batch = batch[:0]
		return nil
	}
	err := export.ReadJSONL(r, name, func(x *graph.Extraction) error {
		batch = append(batch, x)
		if len(batch) < loadBatch {
			return nil
		}
		return flush()
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "kg: imported %d documents (%d added, %d replaced, %d unchanged) in %s\n",
		counts[graph.Added]+counts[graph.Replaced]+counts[graph.Unchanged], counts[graph.Added],
		counts[graph.Replaced], counts[graph.Unchanged], time.Since(start).Round(time.Millisecond))
	return nil
}
