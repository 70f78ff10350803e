package graph

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nasr al-Hariri", "nasr al hariri"},
		{"Nasr Al-Hariri", "nasr al hariri"},
		{"  nasr   al hariri ", "nasr al hariri"},
		{"Mevlüt Çavuşoğlu", "mevlut cavusoglu"},
		{"Hay’at Tahrir al-Sham", "hayat tahrir al sham"},
		{"the Syrian Coalition’s General Assembly", "syrian coalitions general assembly"},
		{"Geneva Communiqué", "geneva communique"},
		{"ﬁnal", "final"}, // a compatibility ligature
		{"Théâtre", "theatre"},
		{"Россия", "россия"},
		{"بشار الأسد", "بشار الاسد"},
		{"theatre", "theatre"}, // only a leading "the " word is dropped
	}
	for _, tt := range tests {
		if got := NameKey(tt.in); got != tt.want {
			t.Errorf("NameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntityID(t *testing.T) {
	tests := []struct {
		t    EntityType
		name string
		want string
	}{
		{Person, "Nasr al-Hariri", "person:nasr-al-hariri"},
		{Person, "Nasr Al-Hariri", "person:nasr-al-hariri"},
		{Organization, "Hay'at Tahrir al-Sham", "organization:hayat-tahrir-al-sham"},
		{Agreement, "UN Security Council Resolution 2254", "agreement:un-security-council-resolution-2254"},
		{Person, `O'Brien "MATCH (n) DETACH DELETE n"`, "person:obrien-match-n-detach-delete-n"},
		{Place, "Дамаск", "place:дамаск"},
	}
	for _, tt := range tests {
		if got := EntityID(tt.t, tt.name); got != tt.want {
			t.Errorf("EntityID(%s, %q) = %q, want %q", tt.t, tt.name, got, tt.want)
		}
		if IDType(tt.want) != tt.t {
			t.Errorf("IDType(%q) = %q, want %q", tt.want, IDType(tt.want), tt.t)
		}
	}
	if got := SessionMeetingID("organization:syrian-coalition-general-assembly", 42); got != "meeting:syrian-coalition-general-assembly:42" {
		t.Errorf("SessionMeetingID = %q", got)
	}
}

func TestParseDate(t *testing.T) {
	for _, ok := range []string{"", "2018-11-12", "2020-02-29"} {
		if _, err := ParseDate(ok); err != nil {
			t.Errorf("ParseDate(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"2019-02-29", "12/11/2018", "2018-11-12T00:00:00Z", "November 12, 2018"} {
		if _, err := ParseDate(bad); ErrorCode(err) != EINVALID {
			t.Errorf("ParseDate(%q) err = %v, want invalid", bad, err)
		}
	}
	if MakeDate(2019, 6, 31) != "" || MakeDate(2019, 6, 30) != "2019-06-30" {
		t.Error("MakeDate accepts an impossible day or rejects a real one")
	}
	if !Date("2018-06-01").Within("2018-01-01", "") || Date("2018-06-01").Within("2018-07-01", "") {
		t.Error("Within")
	}
}

func validExtraction() *Extraction {
	return &Extraction{
		Document: DocumentMeta{ID: "document:x", Title: "X", Published: "2018-11-12"},
		Entities: []Entity{
			{ID: "person:a", Type: Person, Name: "A"},
			{ID: "organization:b", Type: Organization, Name: "B"},
			{ID: "agreement:c", Type: Agreement, Name: "C"},
		},
		Relations: []Relation{
			{Type: HoldsRole, From: "person:a", To: "organization:b", Role: "President"},
			{Type: Condemned, From: "organization:b", To: "person:a", Concerning: "agreement:c"},
		},
	}
}

func TestExtractionValidate(t *testing.T) {
	if err := validExtraction().Validate(); err != nil {
		t.Fatalf("valid extraction: %v", err)
	}
	tests := []struct {
		name   string
		break_ func(x *Extraction)
		want   string
	}{
		{"no title", func(x *Extraction) { x.Document.Title = " " }, "no title"},
		{"bad date", func(x *Extraction) { x.Document.Published = "12 Nov" }, "published date"},
		{"unknown type", func(x *Extraction) { x.Entities[0].Type = "Robot" }, "unknown type"},
		{"duplicate id", func(x *Extraction) { x.Entities[1].ID = "person:a" }, "appears twice"},
		{"dangling end", func(x *Extraction) { x.Relations[0].To = "organization:zz" }, "unknown entity"},
		{"wrong ends", func(x *Extraction) { x.Relations[0].From = "agreement:c" }, "cannot run from"},
		{"role missing", func(x *Extraction) { x.Relations[0].Role = "" }, "has no role"},
		{"unknown relation", func(x *Extraction) { x.Relations[0].Type = "LIKES" }, "unknown type"},
		{"bad place type", func(x *Extraction) {
			x.Entities[0] = Entity{ID: "place:p", Type: Place, Name: "P", PlaceType: "planet"}
		}, "placeType"},
		{"confidence", func(x *Extraction) { x.Relations[1].Confidence = 2 }, "confidence"},
		{"NaN confidence", func(x *Extraction) { x.Relations[1].Confidence = math.NaN() }, "confidence"},
		{"bad UTF-8", func(x *Extraction) { x.Entities[0].Name = "A\xffB" }, "UTF-8"},
		{"concerning", func(x *Extraction) { x.Relations[1].Concerning = "person:a" }, "concerning"},
		{"unknown change", func(x *Extraction) { x.Relations[0].Change = "crowned" }, "unknown change"},
		{"change off a role", func(x *Extraction) { x.Relations[1].Change = ChangeElected }, "only HOLDS_ROLE has start"},
		{"bad start", func(x *Extraction) { x.Relations[0].Start = "March 2018" }, "not a yyyy-mm-dd"},
		{"end before start", func(x *Extraction) {
			x.Relations[0].Start, x.Relations[0].End = "2019-01-02", "2019-01-01"
		}, "before start"},
	}
	for _, tt := range tests {
		x := validExtraction()
		tt.break_(x)
		err := x.Validate()
		if ErrorCode(err) != EINVALID || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want invalid with %q", tt.name, err, tt.want)
		}
	}
}

func TestMergeEntities_OrderIndependent(t *testing.T) {
	pub := map[string]Date{"d1": "2018-01-01", "d2": "2019-01-01", "d3": "2017-01-01"}
	vs := []Entity{
		{ID: "person:x", Type: Person, Name: "Nasr al-Hariri", Aliases: []string{"Hariri"}, Documents: []string{"d1"}},
		{ID: "person:x", Type: Person, Name: "Nasr Al-Hariri", Documents: []string{"d2"}},
		{ID: "person:x", Type: Person, Name: "Nasr al Hariri", Aliases: []string{"al-Hariri"}, Documents: []string{"d3"}},
	}
	a := MergeEntities(vs, pub)
	b := MergeEntities([]Entity{vs[2], vs[0], vs[1]}, pub)
	if a.Name != "Nasr al Hariri" || strings.Join(a.Aliases, "|") != "Hariri|Nasr Al-Hariri|Nasr al-Hariri|al-Hariri" ||
		strings.Join(a.Documents, ",") != "d1,d2,d3" {
		t.Errorf("merged = %+v; want the earliest document's name and every other name as an alias", a)
	}
	if a.Name != b.Name || strings.Join(a.Aliases, "|") != strings.Join(b.Aliases, "|") {
		t.Errorf("merge depends on order: %+v vs %+v", a, b)
	}
}

func TestMergeFacts(t *testing.T) {
	r := Relation{Type: HoldsRole, From: "person:a", To: "organization:b", Role: "President"}
	if FactID(&r) != FactID(&Relation{Type: HoldsRole, From: "person:a", To: "organization:b", Role: "president"}) {
		t.Error("roles differing in case are different facts")
	}
	if FactID(&r) == FactID(&Relation{Type: HoldsRole, From: "person:a", To: "organization:b", Role: "Vice-President"}) {
		t.Error("different roles are the same fact")
	}
	f := MergeFacts([]Fact{
		{ID: "f", Type: HoldsRole, Role: "president", Observations: []Observation{{DocumentID: "d2", Published: "2019-05-01", Confidence: 0.6}}},
		{ID: "f", Type: HoldsRole, Role: "President", Observations: []Observation{{DocumentID: "d1", Published: "2018-03-12", Confidence: 0.9}}},
	})
	if f.FirstSeen != "2018-03-12" || f.LastSeen != "2019-05-01" || f.Confidence != 0.9 || f.Role != "President" ||
		f.Observations[0].DocumentID != "d1" {
		t.Errorf("merged = %+v", f)
	}
}

func TestErrorCode(t *testing.T) {
	err := Errorf(ENOTFOUND, "no person named %q", "X")
	if ErrorCode(err) != ENOTFOUND || ErrorMessage(err) != `no person named "X"` {
		t.Errorf("code %q message %q", ErrorCode(err), ErrorMessage(err))
	}
	internal := Internal("put", errorString("disk on fire"))
	if ErrorCode(internal) != EINTERNAL || ErrorMessage(internal) != "internal error" || !strings.Contains(internal.Error(), "disk on fire") {
		t.Errorf("internal: %q %q %q", ErrorCode(internal), ErrorMessage(internal), internal.Error())
	}
	if ErrorCode(nil) != "" || ErrorCode(errorString("x")) != EINTERNAL {
		t.Error("ErrorCode of nil or a foreign error")
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

func TestExtractionValidate_Text(t *testing.T) {
	x := validExtraction()
	x.Entities[0].Name = "A\x00B"
	if err := x.Validate(); ErrorCode(err) != EINVALID || !strings.Contains(err.Error(), "control character") {
		t.Errorf("NUL in a name: %v", err)
	}
	x = validExtraction()
	x.Entities[1].Aliases = []string{strings.Repeat("x", MaxNameLength+1)}
	if err := x.Validate(); ErrorCode(err) != EINVALID || !strings.Contains(err.Error(), "over the limit") {
		t.Errorf("long alias: %v", err)
	}
}

func TestMergeEntities_UndatedLast(t *testing.T) {
	pub := map[string]Date{"d1": "", "d2": "2019-01-01"}
	m := MergeEntities([]Entity{
		{ID: "p", Type: Person, Name: "Undated Spelling", Documents: []string{"d1"}},
		{ID: "p", Type: Person, Name: "Dated Spelling", Documents: []string{"d2"}},
	}, pub)
	if m.Name != "Dated Spelling" {
		t.Errorf("name = %q, want the dated document's", m.Name)
	}
}

func TestFingerprint(t *testing.T) {
	a, b := validExtraction(), validExtraction()
	fa, _ := a.Fingerprint()
	fb, _ := b.Fingerprint()
	if fa != fb || !strings.HasPrefix(fa, "extraction:") {
		t.Errorf("equal extractions: %q and %q", fa, fb)
	}
	b.Entities[0].Name = "Another"
	if fb, _ = b.Fingerprint(); fb == fa {
		t.Error("a changed extraction keeps its fingerprint")
	}
	a.Document.SHA256 = "abc"
	if fa, _ = a.Fingerprint(); fa != "sha256:abc" {
		t.Errorf("with a text hash: %q", fa)
	}
}

func TestTypesInIDOrder(t *testing.T) {
	for _, c := range []struct {
		name  string
		types []RelationType
		want  []RelationType
	}{
		{"all", nil, []RelationType{Attended, Condemned, Held, HoldsRole,
			OccurredIn, PartOf, PartyTo, References}},
		{"some, twice, out of order", []RelationType{References, HoldsRole, Held, References},
			[]RelationType{Held, HoldsRole, References}},
		{"an invalid one", []RelationType{"NOT_A_TYPE", PartOf}, []RelationType{PartOf}},
		{"only invalid ones", []RelationType{"NOT_A_TYPE"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := TypesInIDOrder(c.types); !reflect.DeepEqual(got, c.want) {
				t.Errorf("TypesInIDOrder(%v) = %v, want %v", c.types, got, c.want)
			}
		})
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th",
		21: "21st", 42: "42nd", 111: "111th", 1156: "1156th", 1153: "1153rd"} {
		if got := Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}
