package loader

import (
	"slices"
	"strings"

	"github.com/actorgraph/kg/graph"
)

// Tenure cues: after the roles are found, each HOLDS_ROLE relation's own
// sentence is read again for what it says of the holding's bounds (issue
// 11): a word before the title or holder ("former", "acting", "the late"),
// a verb after the holder ("was sworn in", "resigned", "won the vote for"),
// a phrase before the holder ("the election of X", "entrusted the
// presidency to X"), and "until" or "since" with a date. The cue becomes
// the relation's Change, and a date near it its Start or End; the store
// turns them into tenures (graph.DeriveTenures). The words are the
// sections tenure-* of lexicon/cues.txt.
//
// Cues are read only in the words around the holder and its title, and a
// verb's reach stops at the next person who is not part of the holder's
// list, so that "X welcomed the appointment of Y" gives Y's cue, not X's.

var (
	tenureModifiers   = cues.values("tenure-modifiers")
	tenureAfter       = phraseValues("tenure-verbs-after")
	tenureBefore      = phraseValues("tenure-verbs-before")
	tenureOfficeNouns = cues.set("tenure-office-nouns")
	tenureBounds      = phraseValues("tenure-bounds")
	singleHolderExtra = cues.list("single-holder-titles")
	tenureHandovers   = handoverPhrases("tenure-handovers")
	tenureAsVerbs     = phrasesOf("tenure-as-verbs")
)

// SingleHolderTitles lists the titles one person holds at a time at a body:
// graph.SingleHolderTitles and those the lexicon adds. Whoever derives
// tenures from what this loader extracts passes it on (graph.TenureFilter).
func SingleHolderTitles() []string {
	return append(slices.Clone(graph.SingleHolderTitles), singleHolderExtra...)
}

// phraseValue is a phrase of a "phrase = value" section, as its words.
type phraseValue struct {
	words []string
	value graph.Change
}

// phraseValues reads a "phrase = change" section, longest phrase first.
func phraseValues(name string) []phraseValue {
	var out []phraseValue
	for _, e := range cues.section(name) {
		c := graph.Change(e.value)
		if !c.Valid() {
			panic("loader: lexicon/cues.txt [" + name + "]: " + e.word + " = " + e.value + " is no graph.Change")
		}
		out = append(out, phraseValue{strings.Fields(e.word), c})
	}
	slices.SortStableFunc(out, func(a, b phraseValue) int { return len(b.words) - len(a.words) })
	return out
}

// handover is a phrase by which a text hands an office to the person named
// after it, and that office's title.
type handover struct {
	words []string
	title string
}

// handoverPhrases reads a "phrase = title" section once, longest phrase
// first, so that matching costs no allocation and no map order.
func handoverPhrases(name string) []handover {
	var out []handover
	for _, e := range cues.section(name) {
		out = append(out, handover{strings.Fields(e.word), e.value})
	}
	slices.SortStableFunc(out, func(a, b handover) int { return len(b.words) - len(a.words) })
	return out
}

// phrasesOf reads a section of phrases with no value.
func phrasesOf(name string) []phraseValue {
	var out []phraseValue
	for _, ws := range cues.phrases(name) {
		out = append(out, phraseValue{words: ws})
	}
	return out
}

// phraseAt returns the phrase of ps whose words start at token i.
func (s *sentence) cuePhraseAt(i int, ps []phraseValue) (phraseValue, bool) {
	for _, p := range ps {
		if i+len(p.words) > len(s.toks) {
			continue
		}
		ok := true
		for k, w := range p.words {
			if s.toks[i+k].norm != w {
				ok = false
				break
			}
		}
		if ok {
			return p, true
		}
	}
	return phraseValue{}, false
}

// tenureCues sets the cue of each HOLDS_ROLE relation from its sentence,
// after adding the holdings that only a handover states.
func (d *doc) tenureCues() {
	for _, s := range d.sents {
		if !s.title {
			d.handovers(s)
			d.asHoldings(s)
		}
	}
	for i := range d.rels {
		r := &d.rels[i]
		if r.Type != graph.HoldsRole || r.Evidence == nil || r.Change != "" {
			continue
		}
		if s := d.sentenceAt(r.Evidence.Start, r.Evidence.End); s != nil && !s.title {
			d.tenureCue(s, r)
		}
		if r.Change != "" {
			continue
		}
		// Another sentence may state the same holding with its cue ("X,
		// who was re-elected Secretary-General in March"): its cue counts,
		// with that sentence as the evidence.
		for _, s := range d.sents {
			if s.title || s.start == r.Evidence.Start {
				continue
			}
			if d.tenureCue(s, r) {
				r.Evidence = &graph.Evidence{Start: s.start, End: s.end, Text: s.text(d)}
				break
			}
		}
	}
}

// handovers reads "the Assembly entrusted the presidency to X": X holds the
// title at the issuer from then on. The person must follow the phrase
// within four tokens (a title of theirs may stand between).
func (d *doc) handovers(s *sentence) {
	for i := range s.toks {
		for _, h := range tenureHandovers {
			if _, ok := s.cuePhraseAt(i, []phraseValue{{words: h.words}}); !ok {
				continue
			}
			title := h.title
			k := i + len(h.words)
			for j := k; j < min(len(s.toks), k+5); j++ {
				m := s.at(j)
				if m == nil || m.kind != mEntity || m.e == nil || m.e.Type != graph.Person {
					continue
				}
				body := d.issuer()
				if body == nil {
					return
				}
				n := len(d.rels)
				d.relate(graph.HoldsRole, m.e, body, s, confPattern, title, "")
				if len(d.rels) > n {
					d.rels[n].Change = graph.ChangeTookOver
				}
				return
			}
		}
	}
}

// sentenceAt is the sentence with these byte offsets.
func (d *doc) sentenceAt(start, end int) *sentence {
	for _, s := range d.sents {
		if s.start == start && s.end == end {
			return s
		}
	}
	return nil
}

// tenureCue reads the cue of relation r in s, and reports whether it found
// one. Outside the relation's own sentence the title must be there too.
func (d *doc) tenureCue(s *sentence, r *graph.Relation) bool {
	var holder, title *mention
	for _, m := range s.ms {
		if m.kind == mEntity && m.e != nil && m.e.ID == r.From && holder == nil {
			holder = m
		}
	}
	if holder == nil {
		return false
	}
	key := graph.NameKey(r.Role)
	for _, m := range s.ms {
		if m.kind == mRole && graph.NameKey(roleTitle(m.text)) == key &&
			(title == nil || distance(m, holder) < distance(title, holder)) {
			title = m
		}
	}
	lo, hi := holder.i, holder.j
	if title != nil && distance(title, holder) <= 20 {
		lo, hi = min(lo, title.i), max(hi, title.j)
	} else {
		title = nil
	}
	if title == nil && (r.Evidence == nil || s.start != r.Evidence.Start) {
		return false
	}

	// The title as written may carry the cue ("former President").
	change := graph.Change("")
	at := -1
	words := strings.Fields(key)
	if len(words) > 1 {
		if c, ok := tenureModifiers[words[0]]; ok {
			change, at = graph.Change(c), lo
		}
	}
	// A verb after the holder, or between the holder and the title.
	if change == "" {
		change, at = s.cueAfter(holder, title, hi)
	}
	// A phrase before the holder.
	if change == "" {
		change, at = s.cueBefore(holder, title, lo)
	}
	// A word just before the title or the holder.
	if change == "" {
		change, at = s.modifierBefore(lo)
	}
	// "until" or "since" and a date.
	var start, end graph.Date
	if b, i, date := s.boundAfter(d, holder, hi); b != "" {
		if change == "" {
			change, at = b, i
		}
		if b == graph.ChangeUntil {
			end = date
		} else {
			start = date
		}
	}
	if change == "" {
		return false
	}
	if date := s.dateNear(d, at); date != "" && start == "" && end == "" {
		switch change.Kind() {
		case graph.StartChange:
			start = date
		case graph.EndChange:
			end = date
		}
	}
	if start != "" && end != "" && end < start {
		start, end = "", ""
	}
	r.Change, r.Start, r.End = change, start, end
	return true
}

func distance(a, b *mention) int {
	if a.j <= b.i {
		return b.i - a.j
	}
	if b.j <= a.i {
		return a.i - b.j
	}
	return 0
}

// clauseStop reports whether token i ends the clause a cue can reach.
func (s *sentence) clauseStop(i int) bool {
	return s.word(i, ";", ":", "while", "whereas", "but", "although", "and", "said", "says", "stated", "told")
}

// otherPerson reports whether a person other than the holder's list stands
// at token i: after the holder, separated from it by more than a comma.
func (s *sentence) otherPerson(i int, holder *mention) *mention {
	m := s.at(i)
	if m == nil || m.kind != mEntity || m.e == nil || m.e.Type != graph.Person || m == holder {
		return nil
	}
	return m
}

// cueAfter finds a verb cue from the holder's end up to twelve tokens after
// hi, through the holder's list ("A, B and C were elected") but not past
// another clause or another person's verb.
func (s *sentence) cueAfter(holder, title *mention, hi int) (graph.Change, int) {
	end := min(len(s.toks), hi+12)
	listing := true // still in the list of names the holder opens
	for i := holder.j; i < end; i++ {
		if m := s.otherPerson(i, holder); m != nil {
			if !listing {
				return "", -1
			}
			i = m.j - 1
			continue
		}
		if p, ok := s.cuePhraseAt(i, tenureAfter); ok {
			k := i + len(p.words)
			if len(p.words) == 1 && (s.otherPerson(k, holder) != nil ||
				k < len(s.toks) && s.toks[k].upper() && (s.at(k) == nil || s.at(k).kind != mRole)) {
				// "X appointed Y": X is the subject, Y the holder, whether
				// or not Y is a name the loader knows.
				return "", -1
			}
			if i > 0 && s.word(i-1, "not", "never") {
				return "", -1
			}
			if s.asOtherTitle(k, title) {
				// "X, who was dismissed as Vice-President": of that title only
				return "", -1
			}
			return p.value, k
		}
		switch {
		case s.word(i, ",", "and"):
			// the list goes on
		case s.at(i) != nil && s.at(i).kind == mRole, s.word(i, "who", "has", "had", "was", "were", "each", "also", "the", "of", "as", "its", "his", "her", "their"):
			listing = false
		case i >= hi && s.clauseStop(i) && !s.word(i, "and"):
			return "", -1
		default:
			listing = false
			if s.word(i, ".") {
				return "", -1
			}
		}
	}
	return "", -1
}

// cueBefore finds a phrase cue in the eight tokens before lo, with no other
// person between it and the holder.
func (s *sentence) cueBefore(holder, title *mention, lo int) (graph.Change, int) {
	for i := lo - 1; i >= max(0, lo-8); i-- {
		if m := s.otherPerson(i, holder); m != nil {
			// a list of holders ("the election of A, B and C") reaches the
			// last of them; any other person stops the search
			if !s.word(m.j, ",", "and") {
				return "", -1
			}
			i = m.i
			continue
		}
		if s.word(i, ";", ":", ".") {
			return "", -1
		}
		for _, p := range tenureBefore {
			start := i - len(p.words) + 1
			if start < 0 {
				continue
			}
			if q, ok := s.cuePhraseAt(start, []phraseValue{p}); ok {
				office := slices.ContainsFunc(q.words, func(w string) bool { return tenureOfficeNouns[w] })
				if office && title != nil && title.i > i && title.j <= holder.i {
					// "entrusted the presidency to Vice-President X" says
					// nothing of X's vice-presidency
					return "", -1
				}
				if len(q.words) == 1 && start > 0 && s.word(start-1, "was", "were", "been", "newly") {
					// "Y was elected" belongs to Y, before the holder
					return "", -1
				}
				if s.asOtherTitle(holder.j, title) {
					// "elected X, Minister of Foreign Affairs, as Chairperson"
					return "", -1
				}
				return q.value, i + 1
			}
		}
	}
	return "", -1
}

// modifierBefore finds a word of [tenure-modifiers] just before lo ("the
// late President", "then-Chairperson").
func (s *sentence) modifierBefore(lo int) (graph.Change, int) {
	for i := lo - 1; i >= max(0, lo-2); i-- {
		w := s.toks[i].norm
		if i > 0 && s.toks[i-1].norm == "newly" {
			w = "newly " + w
		}
		c, ok := tenureModifiers[w]
		if !ok {
			if s.word(i, "the", "a") {
				continue
			}
			return "", -1
		}
		if (w == "then" || w == "ex") && !s.toks[i+1].hyphen {
			return "", -1
		}
		return graph.Change(c), lo
	}
	return "", -1
}

// boundAfter finds "until DATE" or "since DATE" within the clause after
// the holder: the bound, where its date begins, and the date.
func (s *sentence) boundAfter(d *doc, holder *mention, hi int) (graph.Change, int, graph.Date) {
	end := min(len(s.toks), hi+14)
	for i := holder.j; i < end; i++ {
		if s.otherPerson(i, holder) != nil || s.word(i, ";", ".") {
			break
		}
		p, ok := s.cuePhraseAt(i, tenureBounds)
		if !ok {
			continue
		}
		k := i + len(p.words)
		if k < len(s.toks) {
			for _, ds := range s.dates {
				if ds.start >= s.toks[k].start && ds.start <= s.toks[min(k+1, len(s.toks)-1)].end {
					return p.value, k, ds.from
				}
			}
		}
		// without a day ("until the elections due in May", "since the
		// previous session") the words bound nothing
	}
	return "", -1, ""
}

// dateNear is the day of a date right after the cue ("resigned on 8
// March"), or after "on" later in its clause ("was sworn in as President
// of Zimbabwe on 24 November 2017"), or of the date that opens the
// sentence ("On 3 May, X was sworn in").
func (s *sentence) dateNear(d *doc, at int) graph.Date {
	if at < 0 {
		return ""
	}
	dateAt := func(i int) graph.Date {
		if i >= len(s.toks) {
			return ""
		}
		for _, ds := range s.dates {
			if ds.start == s.toks[i].start {
				return ds.from
			}
		}
		return ""
	}
	if dt := dateAt(at); dt != "" {
		return dt
	}
	for i := at; i < min(len(s.toks), at+20); i++ {
		if s.word(i, ";", ".", ",", "and", "who", "which", "when", "after", "before") {
			break
		}
		if s.word(i, "on", "effective") {
			if dt := dateAt(i + 1); dt != "" {
				return dt
			}
		}
	}
	if len(s.toks) > 2 && s.word(0, "on") {
		if dt := dateAt(1); dt != "" {
			return dt
		}
	}
	return ""
}

// asOtherTitle reports whether, from token k on, the clause goes on with
// "as" and a title other than title ("elected X, Minister of ..., as
// Chairperson"): the cue then speaks of that title.
func (s *sentence) asOtherTitle(k int, title *mention) bool {
	other := func(i int) bool {
		if s.word(i, "the", "its", "his", "her", "their") {
			i++
		}
		m := s.at(i)
		return m != nil && m.kind == mRole && m != title
	}
	if other(k) {
		// "was elected Chairperson of the Union"
		return true
	}
	for i := k; i < min(len(s.toks), k+12); i++ {
		if s.word(i, ";", ".") {
			return false
		}
		if s.word(i, "as") {
			return other(i + 1)
		}
	}
	return false
}

// asHoldings reads "X, who was sworn in as President of Zimbabwe", "the
// Assembly elected X, ..., as Chairperson of the Commission" and "X has been
// Head of the Mission since 22 June 2017", which the roles rules may not:
// the person before "as TITLE" (or before a verb of [tenure-as-verbs] and
// the title), with a cue verb between them or before the person, holds the
// title at the body the title names; with a verb that is no cue ("has
// served as"), only when "since" or "until" and a date follow or the title
// carries its cue ("as acting Special Envoy"). A holder the names pass did
// not know is taken from the two to four capitalised words the cue verb
// follows or precedes. The relation's cue is then read as for any other.
func (d *doc) asHoldings(s *sentence) {
	for _, r := range s.ms {
		if r.kind != mRole {
			continue
		}
		lead := r.i // where the title begins, with its modifier
		if c, ok := tenureModifiers[s.tok(lead-1)]; ok && c != "then" && c != "ex" {
			lead--
		}
		as := lead - 1
		if s.word(as, "his", "her", "its", "the") {
			as--
		}
		copula := false
		if !s.word(as, "as") {
			copula = s.endsPhrase(as+1, tenureAsVerbs)
			if !copula {
				d.appositiveHolding(s, r, lead)
				continue
			}
		}
		body := d.titleBody(s, r)
		if body == nil {
			continue
		}
		p := s.personBefore(as)
		if p == nil {
			p = d.capitalisedHolder(s, as)
		}
		if p == nil {
			continue
		}
		cue, bare := false, false
		for i := p.j; i < as+1 && !cue; i++ {
			_, cue = s.cuePhraseAt(i, tenureAfter)
			if _, ok := s.cuePhraseAt(i, tenureAsVerbs); ok {
				bare = true
			}
		}
		for i := max(0, p.i-4); i < p.i && !cue; i++ {
			if q, ok := s.cuePhraseAt(i, tenureBefore); ok && i+len(q.words) <= p.i {
				cue = true
			}
		}
		if !cue && (bare || copula) {
			b, _, _ := s.boundAfter(d, p, r.j)
			_, marked := tenureModifiers[strings.Fields(graph.NameKey(r.text))[0]]
			cue = b != "" || lead < r.i || marked
		}
		if !cue {
			continue
		}
		d.relate(graph.HoldsRole, p.e, body, s, confPattern, roleTitle(d.text[s.toks[lead].start:s.toks[r.j-1].end]), "")
	}
}

// tok is the matching form of token i, or "".
func (s *sentence) tok(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].norm
}

// endsPhrase reports whether a phrase of ps ends just before token j.
func (s *sentence) endsPhrase(j int, ps []phraseValue) bool {
	for _, p := range ps {
		if i := j - len(p.words); i >= 0 {
			if _, ok := s.cuePhraseAt(i, []phraseValue{p}); ok {
				return true
			}
		}
	}
	return false
}

// personBefore is the nearest person before token k in its clause.
func (s *sentence) personBefore(k int) *mention {
	for i := k - 1; i >= max(0, k-25); i-- {
		if s.word(i, ";", ":", ".") {
			return nil
		}
		if m := s.at(i); m != nil && m.kind == mEntity && m.e != nil && m.e.Type == graph.Person {
			return m
		}
	}
	return nil
}

// titleBody is the body a title names ("of the African Union Commission",
// "of Zimbabwe"); for a title that serves the Secretary-General or an
// envoy's title with no body of its own, the body of the document's
// Secretary-General, else the issuer when it is the United Nations.
func (d *doc) titleBody(s *sentence, r *mention) *dent {
	body, explicit := d.roleBody(s, r)
	key := graph.OfficeKey(r.text)
	serves := strings.Contains(key, "secretary general") && key != "secretary general" ||
		strings.HasPrefix(key, "special envoy") || strings.HasPrefix(key, "special representative")
	if serves && (body == nil || body.Type == graph.State) {
		for _, rel := range d.rels {
			if rel.Type == graph.HoldsRole && graph.NameKey(rel.Role) == "secretary general" {
				return d.ents[rel.To]
			}
		}
		// a UN text's envoys are the UN's; anywhere else, whose is unknown
		if is := d.issuer(); is != nil && strings.Contains(graph.NameKey(is.Name), "united nations") {
			return is
		}
		return nil
	}
	if body == nil || !explicit || !body.isBody() {
		return nil
	}
	return body
}

// capitalisedHolder takes as a person the two to four capitalised words
// that a cue verb follows ("the appointment of Hassan Diab as") or that
// precede a cue verb ("Robert Mugabe resigned as"), when no entity covers
// them; "of COUNTRY" may stand between the name and "as".
func (d *doc) capitalisedHolder(s *sentence, as int) *mention {
	name := func(i, j int) *mention {
		if j-i < 2 || j-i > 4 || s.covered(i, j) {
			return nil
		}
		for k := i; k < j; k++ {
			if !s.toks[k].word || !s.toks[k].upper() {
				return nil
			}
		}
		e := d.entity(graph.Person, s.tokText(d, i, j), nil)
		m := &mention{i: i, j: j, kind: mEntity, e: e}
		s.addMention(m)
		return m
	}
	// NAME VERB as: the verb ends at as
	for _, p := range tenureAfter {
		i := as - len(p.words)
		if i < 2 {
			continue
		}
		if _, ok := s.cuePhraseAt(i, []phraseValue{p}); !ok {
			continue
		}
		j := i
		for k := j - 1; k >= max(0, j-4) && s.toks[k].word && s.toks[k].upper(); k-- {
			if k == j-4 || k == 0 || !s.toks[k-1].word || !s.toks[k-1].upper() {
				return name(k, j)
			}
		}
	}
	// PHRASE NAME (of STATE) as
	end := as
	if m := s.at(as - 1); m != nil && m.kind == mEntity && m.e.Type == graph.State && s.word(m.i-1, "of") {
		end = m.i - 1
	}
	for k := end - 1; k >= max(0, end-4); k-- {
		if !s.toks[k].word || !s.toks[k].upper() {
			if s.endsPhrase(k+1, tenureBefore) {
				return name(k+1, end)
			}
			return nil
		}
	}
	return nil
}

// appositiveHolding reads a title with a cue of its own set beside its
// holder by commas: "The outgoing Chairperson of the African Union,
// President Idriss Déby Itno, ...", "the then-Director of the Department,
// Geir Pedersen, ..." and "Gebran Bassil, the outgoing Foreign Minister of
// Lebanon, ...". Without the cue the roles rules decide.
func (d *doc) appositiveHolding(s *sentence, r *mention, lead int) {
	first := s.tok(lead)
	if lead == r.i {
		first = strings.Fields(graph.NameKey(r.text))[0]
		if c, ok := tenureModifiers[s.tok(r.i-1)]; ok && (c == "then" || c == "ex") && s.toks[r.i].hyphen {
			first = c
		}
	}
	if _, ok := tenureModifiers[first]; !ok {
		return
	}
	body := d.titleBody(s, r)
	if body == nil {
		return
	}
	var p *mention
	// TITLE of BODY, [Title] PERSON
	for i := r.j; i < min(len(s.toks), r.j+12); i++ {
		if s.word(i, ";", ".", ":") {
			break
		}
		if !s.word(i, ",") {
			continue
		}
		k := i + 1
		if m := s.at(k); m != nil && m.kind == mRole {
			k = m.j
		}
		if m := s.at(k); m != nil && m.kind == mEntity && m.e != nil && m.e.Type == graph.Person {
			p = m
		}
		break
	}
	// PERSON, the TITLE of BODY
	k := lead - 1
	if s.word(k, "the") {
		k--
	}
	if p == nil && s.word(k, ",") {
		if m := s.at(k - 1); m != nil && m.kind == mEntity && m.e != nil && m.e.Type == graph.Person {
			p = m
		}
	}
	if p == nil {
		return
	}
	d.relate(graph.HoldsRole, p.e, body, s, confPattern, roleTitle(r.text), "")
}
