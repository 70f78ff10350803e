package embedded

import (
	"reflect"
	"testing"

	"github.com/actorgraph/kg/graph"
)

func TestObservationCodec(t *testing.T) {
	for _, o := range []graph.Observation{
		{DocumentID: "document:a", Published: "2019-01-10", Confidence: 0.9,
			Evidence: &graph.Evidence{Start: 10, End: 49, Text: "President Çavuşoğlu closed the session."}},
		{DocumentID: "document:b", Confidence: 0},
		{DocumentID: "document:c", Published: "2020-02-29", Confidence: 1,
			Evidence: &graph.Evidence{Start: 0, End: 0, Text: ""}},
		{DocumentID: "document:d", Published: "2018-01-01", Confidence: 0.55,
			Evidence: &graph.Evidence{Start: 1 << 40, End: 1<<40 + 300, Text: "مَجْلِس الوادي \x00\x01 جزء من المجلس."}},
		{DocumentID: "document:e", Published: "2018-03-12", Confidence: 0.8, Change: graph.ChangeTookOver,
			Start: "2018-03-11", Evidence: &graph.Evidence{Start: 5, End: 40, Text: "entrusted the presidency to X"}},
		{DocumentID: "document:f", Published: "2018-03-12", End: "2018-05-05", Change: graph.ChangeUntil},
		{DocumentID: "document:g", Change: graph.ChangeFormer, Evidence: &graph.Evidence{Start: 1, End: 2, Text: "former"}},
	} {
		raw := encodeObservation(&o)
		got, err := decodeObservation(o.DocumentID, o.Published, raw)
		if err != nil || !reflect.DeepEqual(got, o) {
			t.Errorf("decodeObservation(encodeObservation(%+v)) = %+v, %v", o, got, err)
		}
	}
}

func TestObservationCodecRejectsMalformed(t *testing.T) {
	valid := encodeObservation(&graph.Observation{Confidence: 0.5, Evidence: &graph.Evidence{Start: 3, End: 9, Text: "x"}})
	for name, raw := range map[string][]byte{
		"empty":                      nil,
		"short":                      valid[:5],
		"unknown flag":               append([]byte{4}, valid[1:]...),
		"tenure without fields":      append([]byte{2}, valid[1:9]...),
		"tenure field too long":      append(append([]byte{2}, valid[1:9]...), 9, 'x'),
		"bytes after no evidence":    append(encodeObservation(&graph.Observation{Confidence: 0.5}), 'x'),
		"evidence without offsets":   valid[:9],
		"evidence with one offset":   valid[:10],
		"unterminated varint offset": append(append([]byte{}, valid[:9]...), 0x80),
	} {
		if o, err := decodeObservation("document:a", "", raw); err == nil {
			t.Errorf("%s: decodeObservation(%q) = %+v, want an error", name, raw, o)
		}
	}
}
