package loader

import (
	"github.com/actorgraph/kg/loader/input"
)

// ReadOptions configure ReadWith and Decode.
type ReadOptions struct {
	// MaxSize is the largest text read, in bytes (0: MaxSize); files of
	// HTML or PDF may be input.RawLimit(MaxSize) long.
	MaxSize int
	// Format forces every file to be read as one format; input.Auto
	// sniffs each file's content.
	Format input.Format
}

// Decode turns one file's bytes into an Item: plain text as it is, an HTML
// page or a PDF as the text input.Decode composes, with its metadata. Any
// fault is the Item's Err, naming source.
func Decode(source string, data []byte, o ReadOptions) Item {
	if o.MaxSize <= 0 {
		o.MaxSize = MaxSize
	}
	if f, err := input.Sniff(data); len(data) > input.RawLimit(o.MaxSize) ||
		len(data) > o.MaxSize && (o.Format == input.Text || o.Format == input.Auto && err == nil && f == input.Text) {
		return check(source, data, o.MaxSize) // too large, said as for any file
	}
	doc, err := input.Decode(source, data, input.Options{Format: o.Format, MaxText: o.MaxSize})
	if err != nil {
		return Item{Input: Input{Source: source}, Err: err}
	}
	it := check(source, doc.Text, o.MaxSize)
	if it.Err == nil {
		it.Meta = doc.Meta
	}
	return it
}
