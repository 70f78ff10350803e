package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Extraction is one document's facts, in the flat format of EXTRACTION.md:
// what the loader produces, what `kg extract` prints, what a gold file holds
// and what a Store takes in. Entity ids are the canonical graph ids, so the
// same entity has the same id in every document.
type Extraction struct {
	Document  DocumentMeta `json:"document"`
	Entities  []Entity     `json:"entities"`
	Relations []Relation   `json:"relations"`
}

// DocumentMeta describes a communiqué: its header and where it was read.
type DocumentMeta struct {
	ID        string `json:"id,omitempty"`
	Title     string `json:"title"`
	Published Date   `json:"published,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Source    string `json:"source,omitempty"`
	// SHA256 is the hex digest of the text, which tells an unchanged document
	// from a changed version of it.
	SHA256 string `json:"sha256,omitempty"`
}

// Entity is a node: a person, body, state, place, agreement, meeting or
// event. In an Extraction it is what one document says; in a Store it is
// merged over every document that mentions it (see MergeEntities).
type Entity struct {
	ID        string     `json:"id"`
	Type      EntityType `json:"type"`
	Name      string     `json:"name"`
	Aliases   []string   `json:"aliases,omitempty"`
	PlaceType string     `json:"placeType,omitempty"`
	Session   int        `json:"session,omitempty"`
	Start     Date       `json:"start,omitempty"`
	End       Date       `json:"end,omitempty"`
	Date      Date       `json:"date,omitempty"`
	EventType string     `json:"eventType,omitempty"`
	// Documents lists the ids of the documents that support the entity; a
	// store fills it, extractions leave it empty.
	Documents []string `json:"documents,omitempty"`
}

// Names returns the entity's name followed by its aliases.
func (e *Entity) Names() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// Relation is one document's statement of a relationship between two of its
// entities, with the sentence that states it.
type Relation struct {
	Type RelationType `json:"type"`
	From string       `json:"from"`
	To   string       `json:"to"`
	// Role is the title as written, without the body ("President"), for
	// HOLDS_ROLE only.
	Role string `json:"role,omitempty"`
	// Concerning is the id of the Agreement or Event a condemnation is about.
	Concerning string    `json:"concerning,omitempty"`
	Evidence   *Evidence `json:"evidence,omitempty"`
	Confidence float64   `json:"confidence,omitempty"`
	// Start, End and Change are what the text says of the holding's bounds,
	// for HOLDS_ROLE only (see tenure.go): Change is the cue ("elected",
	// "resigned", "former", ...), Start and End the days it gives for the
	// holding's beginning and end, when it gives them.
	Start  Date   `json:"start,omitempty"`
	End    Date   `json:"end,omitempty"`
	Change Change `json:"change,omitempty"`
}

// Evidence is the sentence that states a fact, with its character offsets in
// the document's text (in runes, so that they index the text as a reader
// counts characters, whatever the script).
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Validate checks an extraction before it is stored: a document with a title,
// valid dates, entity and relation types from the closed sets, unique entity
// ids, relation ends that exist and whose types the relation allows. It
// returns an EINVALID *Error naming the first fault, so that a bad
// document is rejected whole rather than half stored.
func (x *Extraction) Validate() error {
	if err := x.validate(); err != nil {
		name := x.Document.Source
		if name == "" {
			name = x.Document.Title
		}
		return &Error{Code: EINVALID, Op: "validate " + name, Message: err.Error()}
	}
	return nil
}

// Fingerprint identifies a version of a document: its SHA256 when the
// extraction has one, else a digest of the extraction itself, so that an
// extraction without a hash is still recognised when put again unchanged.
func (x *Extraction) Fingerprint() (string, error) {
	if x.Document.SHA256 != "" {
		return "sha256:" + x.Document.SHA256, nil
	}
	raw, err := json.Marshal(x)
	if err != nil {
		return "", err
	}
	h := sha256.Sum256(raw)
	return "extraction:" + hex.EncodeToString(h[:]), nil
}

// MaxNameLength bounds ids, names and roles, in bytes: longer ones are not
// names but text that a bad extraction took for one.
const MaxNameLength = 1024

func checkText(what, s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%s %q is not valid UTF-8", what, s)
	}
	if len(s) > MaxNameLength {
		return fmt.Errorf("%s is %d bytes long, over the limit of %d", what, len(s), MaxNameLength)
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return fmt.Errorf("%s %q contains a control character", what, s)
		}
	}
	return nil
}

func (x *Extraction) validate() error {
	d := x.Document
	if strings.TrimSpace(d.Title) == "" {
		return fmt.Errorf("document has no title")
	}
	if d.ID == "" {
		return fmt.Errorf("document has no id")
	}
	if err := checkText("document id", d.ID); err != nil {
		return err
	}
	if err := checkDate("published date", d.Published); err != nil {
		return err
	}
	types := make(map[string]EntityType, len(x.Entities))
	for i, e := range x.Entities {
		if err := checkText("entity id", e.ID); err != nil {
			return err
		}
		for _, n := range e.Names() {
			if err := checkText("name of "+e.ID, n); err != nil {
				return err
			}
		}
		switch {
		case e.ID == "":
			return fmt.Errorf("entity %d (%q) has no id", i, e.Name)
		case !e.Type.Valid():
			return fmt.Errorf("entity %s has unknown type %q", e.ID, e.Type)
		case strings.TrimSpace(e.Name) == "":
			return fmt.Errorf("entity %s has no name", e.ID)
		case types[e.ID] != "":
			return fmt.Errorf("entity id %s appears twice", e.ID)
		case e.PlaceType != "" && !oneOf(PlaceTypes, e.PlaceType):
			return fmt.Errorf("entity %s has unknown placeType %q", e.ID, e.PlaceType)
		case e.EventType != "" && !oneOf(EventTypes, e.EventType):
			return fmt.Errorf("entity %s has unknown eventType %q", e.ID, e.EventType)
		case e.Session < 0:
			return fmt.Errorf("entity %s has negative session %d", e.ID, e.Session)
		}
		for _, dt := range []struct {
			what string
			d    Date
		}{{"start", e.Start}, {"end", e.End}, {"date", e.Date}} {
			if err := checkDate("entity "+e.ID+" "+dt.what, dt.d); err != nil {
				return err
			}
		}
		types[e.ID] = e.Type
	}
	for i, r := range x.Relations {
		if err := checkText(fmt.Sprintf("relation %d role", i), r.Role); err != nil {
			return err
		}
		from, to := types[r.From], types[r.To]
		switch {
		case !r.Type.Valid():
			return fmt.Errorf("relation %d has unknown type %q", i, r.Type)
		case from == "":
			return fmt.Errorf("relation %d (%s) starts at unknown entity %q", i, r.Type, r.From)
		case to == "":
			return fmt.Errorf("relation %d (%s) ends at unknown entity %q", i, r.Type, r.To)
		case !r.Type.Allows(from, to):
			return fmt.Errorf("relation %d: %s cannot run from %s %s to %s %s", i, r.Type, from, r.From, to, r.To)
		case r.Type == HoldsRole && strings.TrimSpace(r.Role) == "":
			return fmt.Errorf("relation %d: HOLDS_ROLE %s -> %s has no role", i, r.From, r.To)
		case r.Type != HoldsRole && r.Role != "":
			return fmt.Errorf("relation %d: only HOLDS_ROLE has a role, not %s", i, r.Type)
		case r.Type != HoldsRole && (r.Start != "" || r.End != "" || r.Change != ""):
			return fmt.Errorf("relation %d: only HOLDS_ROLE has start, end and change, not %s", i, r.Type)
		case r.Change != "" && !r.Change.Valid():
			return fmt.Errorf("relation %d: unknown change %q (one of %s)", i, r.Change, changeList())
		case !r.Start.Valid() || !r.End.Valid():
			return fmt.Errorf("relation %d: start %q or end %q is not a yyyy-mm-dd date", i, r.Start, r.End)
		case r.Start != "" && r.End != "" && r.End < r.Start:
			return fmt.Errorf("relation %d: end %s is before start %s", i, r.End, r.Start)
		case r.Concerning != "" && r.Type != Condemned:
			return fmt.Errorf("relation %d: only CONDEMNED has concerning, not %s", i, r.Type)
		case r.Concerning != "" && types[r.Concerning] != Agreement && types[r.Concerning] != Event:
			return fmt.Errorf("relation %d: concerning %q is not an Agreement or Event of the document", i, r.Concerning)
		case !(r.Confidence >= 0 && r.Confidence <= 1): // NaN too
			return fmt.Errorf("relation %d: confidence %v is outside [0, 1]", i, r.Confidence)
		case r.Evidence != nil && (r.Evidence.Start < 0 || r.Evidence.End < r.Evidence.Start):
			return fmt.Errorf("relation %d: evidence offsets [%d, %d) are not a span", i, r.Evidence.Start, r.Evidence.End)
		}
	}
	return nil
}
