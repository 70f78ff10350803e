package loader

import (
	"github.com/actorgraph/kg/graph"
)

// mentionKind says what a stretch of tokens names.
type mentionKind int

const (
	mEntity    mentionKind = iota
	mAdjective             // "Turkish": names a state as a modifier
	mRole                  // an office title
)

// mention is a name found in a sentence over tokens [i, j).
type mention struct {
	i, j int
	kind mentionKind
	e    *dent  // the entity, for mEntity and mAdjective
	role *Entry // the title, for mRole
	// subject is set on an entity named through its forces, ally or backers
	// ("its Russian ally", "regime forces").
	text string
}

// sentence is one sentence of the document with what was found in it.
type sentence struct {
	start, end int
	toks       []token
	ms         []*mention
	dates      []dateSpan // offsets in the document
	title      bool
}

func (s *sentence) text(d *doc) string { return d.text[s.start:s.end] }

// tokText is the text from token i to token j (exclusive).
func (s *sentence) tokText(d *doc, i, j int) string {
	if i >= j || j > len(s.toks) {
		return ""
	}
	return d.text[s.toks[i].start:s.toks[j-1].end]
}

// at returns the mention covering token i, or nil.
func (s *sentence) at(i int) *mention {
	for _, m := range s.ms {
		if i >= m.i && i < m.j {
			return m
		}
	}
	return nil
}

func (s *sentence) covered(i, j int) bool {
	for _, m := range s.ms {
		if i < m.j && j > m.i {
			return true
		}
	}
	return false
}

func (s *sentence) addMention(m *mention) {
	for k, o := range s.ms {
		if m.i < o.i {
			s.ms = append(s.ms[:k], append([]*mention{m}, s.ms[k:]...)...)
			return
		}
	}
	s.ms = append(s.ms, m)
}

// entities returns the entity mentions of types ts among tokens [i, j).
func (s *sentence) entities(i, j int, ts ...graph.EntityType) []*mention {
	var out []*mention
	for _, m := range s.ms {
		if m.i < i || m.j > j || m.e == nil {
			continue
		}
		if len(ts) == 0 || typeIn(m.e.Type, ts) {
			out = append(out, m)
		}
	}
	return out
}

func typeIn(t graph.EntityType, ts []graph.EntityType) bool {
	for _, v := range ts {
		if v == t {
			return true
		}
	}
	return false
}

// tokNorm is token i's normal form, or "" past either end.
func (s *sentence) tokNorm(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].norm
}

// word reports whether token i's normal form is one of ws.
func (s *sentence) word(i int, ws ...string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	for _, w := range ws {
		if s.toks[i].norm == w {
			return true
		}
	}
	return false
}

// find returns the first token index in [from, to) whose norm is one of ws,
// or -1.
func (s *sentence) find(from, to int, ws ...string) int {
	to = min(to, len(s.toks))
	for i := max(from, 0); i < to; i++ {
		if s.word(i, ws...) {
			return i
		}
	}
	return -1
}

// Words that open a sentence or a title with a capital letter but are not
// names.
var stopCaps = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "that": true, "those": true, "it": true,
	"its": true, "he": true, "she": true, "they": true, "we": true, "our": true, "their": true, "his": true,
	"her": true, "in": true, "on": true, "at": true, "of": true, "for": true, "and": true, "but": true,
	"members": true, "participants": true, "since": true, "after": true, "before": true, "while": true,
	"both": true, "regarding": true, "moreover": true, "finally": true, "also": true, "meeting": true,
	"speaking": true, "according": true, "tabled": true, "looking": true, "talks": true, "applying": true,
	"eastern": false, "may": true, "glory": true, "freedom": true, "our solidarity": true, "eight": true,
	"home": true, "idps": true, "idp": true, "ngos": true, "press": true, "release": true, "statement": true, "final": true, "communique": true,
	"closing": true, "in closing": true, "dozens": true, "teams": true, "such": true, "any": true, "all": true,
	"some": true, "when": true, "where": true, "as": true, "if": true, "no": true, "one": true, "two": true,
	"first": true, "second": true, "third": true, "over": true, "with": true, "from": true, "by": true,
	"there": true, "here": true, "what": true, "who": true, "which": true, "each": true, "every": true,
	"however": true, "meanwhile": true, "furthermore": true, "further": true, "thus": true, "therefore": true,
	"today": true, "yesterday": true, "tomorrow": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "january": true, "february": true,
	"march": true, "april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "resolution": true, "president": true,
	"vice": true, "head": true, "secretary": true, "general": true, "minister": true, "foreign": true,
	"deputy": true, "special": true, "envoy": true, "representative": true, "chairman": true,
}

// Name particles written in lower case inside Arabic and European names.
var particles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "abu": true,
	"de": true, "di": true, "da": true, "van": true, "von": true, "der": true, "ul": true, "ad": true, "as": true, "ar": true, "ash": true, "at": true, "az": true}

// Honorifics and ranks before a person's name, dropped from the name.
var honorifics = map[string]bool{
	"sheikh": true, "shaykh": true, "dr": true, "mr": true, "mrs": true, "ms": true, "prof": true,
	"professor": true, "imam": true, "father": true, "judge": true, "gen": true, "maj": true,
	"major": true, "colonel": true, "col": true, "lt": true, "lieutenant": true, "brig": true,
	"brigadier": true, "captain": true, "capt": true, "sir": true, "ambassador": false, "his": false,
	"excellency": true, "he": false, "mufti": true, "bishop": true, "archbishop": true, "lawyer": true,
	"activist": true, "journalist": true, "engineer": true, "eng": true,
}

// Head nouns that make a capitalised phrase the name of a body.
var orgHeads = map[string]bool{
	"committee": true, "council": true, "commission": true, "government": true, "coalition": true,
	"front": true, "army": true, "forces": true, "ministry": true, "department": true, "unit": true,
	"office": true, "agency": true, "organisation": true, "organization": true, "league": true,
	"union": true, "party": true, "movement": true, "brigade": true, "brigades": true, "authority": true,
	"assembly": true, "secretariat": true, "court": true, "network": true, "group": true, "fund": true,
	"programme": true, "program": true, "mission": true, "centre": true, "center": true, "institute": true,
	"association": true, "foundation": true, "bureau": true, "directorate": true, "corps": true,
	"guard": true, "guards": true, "division": true, "defence": true, "defense": true, "radio": true,
	"tv": true, "television": true, "room": true, "agency's": false, "alliance": true, "bloc": true, "platform": true,
	"body": true, "board": true, "parliament": true, "senate": true, "cabinet": true, "federation": true,
	"society": true, "syndicate": true, "bar": false, "red": false, "crescent": true, "cross": true,
	"secretariat's": false, "nations": true, "states": false, "regime": true, "militia": true,
	"militias": true, "battalion": true, "battalions": true, "faction": true, "factions": false,
}

// Words after which a capitalised name is a place.
var placeCues = map[string]string{
	"town": "town", "city": "city", "village": "town", "province": "province", "governorate": "province",
	"countryside": "region", "region": "region", "district": "region", "camp": "camp", "neighbourhood": "site",
	"neighborhood": "site", "prison": "site", "hospital": "site", "airport": "site", "highway": "site",
	"crossing": "site", "area": "region", "suburb": "town", "valley": "region", "mountains": "region",
}
