package embedded

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/actorgraph/kg/graph"
)

// An observation is stored in a few bytes rather than as JSON, because a
// read of many facts decodes one per document and statement: a flag byte
// (1 when there is evidence), the confidence as the 8 bytes of its float,
// then, with a tenure cue (flag 2), its start, end and change as
// length-prefixed strings, and with evidence its start and end as varints
// and then its text. The document and its date are parts of the key.
// Records written before tenure cues have no flag 2 and read as before.

const (
	obsEvidence = 1
	obsTenure   = 2
)

// encodeObservation encodes o without its document and date.
func encodeObservation(o *graph.Observation) []byte {
	b := make([]byte, 1, 24)
	if o.Evidence != nil {
		b[0] = obsEvidence
	}
	tenure := o.Start != "" || o.End != "" || o.Change != ""
	if tenure {
		b[0] |= obsTenure
	}
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(o.Confidence))
	if tenure {
		for _, s := range []string{string(o.Start), string(o.End), string(o.Change)} {
			b = binary.AppendUvarint(b, uint64(len(s)))
			b = append(b, s...)
		}
	}
	if e := o.Evidence; e != nil {
		b = binary.AppendVarint(b, int64(e.Start))
		b = binary.AppendVarint(b, int64(e.End))
		b = append(b, e.Text...)
	}
	return b
}

var errBadObservation = errors.New("malformed observation record")

// decodeObservation undoes encodeObservation for the document and date the
// key gives.
func decodeObservation(doc string, published graph.Date, b []byte) (graph.Observation, error) {
	o := graph.Observation{DocumentID: doc, Published: published}
	if len(b) < 9 || b[0]&^(obsEvidence|obsTenure) != 0 {
		return o, errBadObservation
	}
	o.Confidence = math.Float64frombits(binary.BigEndian.Uint64(b[1:9]))
	rest := b[9:]
	if b[0]&obsTenure != 0 {
		var fields [3]string
		for i := range fields {
			n, k := binary.Uvarint(rest)
			if k <= 0 || uint64(len(rest)-k) < n {
				return o, errBadObservation
			}
			fields[i] = string(rest[k : k+int(n)])
			rest = rest[k+int(n):]
		}
		o.Start, o.End, o.Change = graph.Date(fields[0]), graph.Date(fields[1]), graph.Change(fields[2])
	}
	if b[0]&obsEvidence == 0 {
		if len(rest) != 0 {
			return o, errBadObservation
		}
		return o, nil
	}
	start, n := binary.Varint(rest)
	if n <= 0 {
		return o, errBadObservation
	}
	end, m := binary.Varint(rest[n:])
	if m <= 0 {
		return o, errBadObservation
	}
	o.Evidence = &graph.Evidence{Start: int(start), End: int(end), Text: string(rest[n+m:])}
	return o, nil
}
