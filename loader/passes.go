package loader

// Passes: the order in which the rules run, and the state each leaves for
// the ones after it. A rule that needs what another found goes in a later
// pass; a rule that leaves something for later declares it here.

import (
	"fmt"
	"math/bits"
	"slices"
)

// slot is a piece of document state that one pass leaves for later ones.
type slot uint8

const (
	// slotIssuer is the body that speaks in the communiqué (its publisher);
	// bare titles ("Vice-President X") and anaphors ("the Assembly")
	// default to it.
	slotIssuer slot = 1 << iota
	// slotMainMeeting is the session or the talks the communiqué reports,
	// which attendance and references attach to.
	slotMainMeeting
	// slotLastMeeting is the latest meeting between parties, which a
	// following "the delegation included" sentence adds attendees to.
	slotLastMeeting
	// slotFirstMeeting is the first meeting between parties the text
	// reports: the main meeting of a report of talks.
	slotFirstMeeting
	slotCount = iota
)

var slotNames = [slotCount]string{"issuer", "main meeting", "last meeting", "first meeting"}

func (k slot) index() int     { return bits.TrailingZeros8(uint8(k)) }
func (k slot) String() string { return slotNames[k.index()] }

// pass is one step of the extraction: a document-level function, or steps
// that run on each sentence in turn (all the steps on one sentence before
// the next sentence), with the slots it reads and writes.
type pass struct {
	name          string
	once          func(*doc)
	each          []func(*doc, *sentence)
	reads, writes slot
	// titleLast runs the sentence steps on the title after the body, so
	// that what the body says explicitly wins over the title's defaults.
	titleLast bool
}

// passes run in this order: names first, then the short forms that refer
// back to them, then the relations.
var passes = []pass{
	{name: "issuer", once: (*doc).findIssuer, writes: slotIssuer},
	{name: "names", each: steps((*doc).lexiconMentions, (*doc).gazetteerMentions, (*doc).acronyms, (*doc).contextMentions,
		(*doc).acronyms), reads: slotIssuer},
	{name: "dateline place", once: (*doc).datelinePlace},
	{name: "sub-bodies", each: steps((*doc).subBodies, (*doc).partsOf)},
	{name: "anaphora", each: steps((*doc).foundNames, (*doc).shortMentions, (*doc).groups), reads: slotIssuer},
	{name: "parts and instruments", each: steps((*doc).possessiveParts, (*doc).agreements, (*doc).accessions, (*doc).listSignatories,
		(*doc).longInstrumentNames, (*doc).datedNames),
		reads: slotIssuer},
	{name: "numbered sessions", each: steps((*doc).sessions), titleLast: true,
		reads: slotIssuer | slotMainMeeting, writes: slotMainMeeting},
	{name: "body meetings", each: steps((*doc).bodyMeetings, (*doc).namedMeetings, (*doc).heldMeetings, (*doc).presentations),
		reads: slotIssuer | slotMainMeeting | slotFirstMeeting, writes: slotMainMeeting | slotLastMeeting | slotFirstMeeting},
	{name: "roles, talks, condemnations, events", each: steps((*doc).roles, (*doc).meetings, (*doc).marginMeetings, (*doc).calls, (*doc).meetingsInPassing, (*doc).encounters, (*doc).condemnations, (*doc).events),
		reads: slotIssuer | slotMainMeeting | slotLastMeeting | slotFirstMeeting, writes: slotLastMeeting | slotFirstMeeting},
	{name: "meetings told by an indefinite phrase", each: steps((*doc).indefiniteBodyMeeting),
		reads: slotIssuer | slotMainMeeting, writes: slotMainMeeting},
	{name: "bare titles", once: (*doc).bareTitles, reads: slotIssuer},
	{name: "signature blocks", once: (*doc).signatureBlocks, reads: slotIssuer},
	{name: "signing ceremonies", each: steps((*doc).ceremonies), reads: slotMainMeeting},
	{name: "talks as the main meeting", once: (*doc).talksAsMainMeeting,
		reads: slotMainMeeting | slotFirstMeeting, writes: slotMainMeeting},
	{name: "meeting bodies", each: steps((*doc).meetingBodies)},
	{name: "references, attendance, adoptions", each: steps((*doc).references, (*doc).attendance, (*doc).companions, (*doc).adoptions, (*doc).theySigned, (*doc).groupSigned, (*doc).personsSigned,
		(*doc).thanksForHosting, (*doc).hostsNamed, (*doc).listedInstruments),
		reads: slotIssuer | slotMainMeeting | slotLastMeeting},
	{name: "ceremony signers", once: (*doc).ceremonySigners},
	{name: "tenure cues", once: (*doc).tenureCues, reads: slotIssuer},
	{name: "instrument towns", once: (*doc).instrumentTowns},
	{name: "attendees told beside a meeting", once: (*doc).attendeesBeside},
	{name: "short names", once: (*doc).shortNames},
	{name: "place nouns", once: (*doc).placeNounNames},
	{name: "drop unused", once: (*doc).dropUnused},
}

func steps(fs ...func(*doc, *sentence)) []func(*doc, *sentence) { return fs }

// run extracts everything, pass by pass.
func (d *doc) run() {
	for i := range passes {
		p := &passes[i]
		d.pass = p
		if p.once != nil {
			p.once(d)
		}
		sents := d.sents
		if p.titleLast && len(sents) > 0 && sents[0].title {
			sents = append(slices.Clone(sents[1:]), sents[0])
		}
		for _, s := range sents {
			for _, step := range p.each {
				step(d, s)
			}
		}
	}
	d.pass = nil
}

// checkSlots makes every read and write of a slot panic unless the running
// pass declares it. Tests turn it on; it costs nothing when off.
var checkSlots = false

func (d *doc) slot(k slot) *dent {
	if checkSlots && d.pass != nil && d.pass.reads&k == 0 {
		panic(fmt.Sprintf("loader: pass %q reads the %s without declaring it", d.pass.name, k))
	}
	return d.state[k.index()]
}

func (d *doc) setSlot(k slot, e *dent) {
	if checkSlots && d.pass != nil && d.pass.writes&k == 0 {
		panic(fmt.Sprintf("loader: pass %q writes the %s without declaring it", d.pass.name, k))
	}
	d.state[k.index()] = e
}

func (d *doc) issuer() *dent       { return d.slot(slotIssuer) }
func (d *doc) mainMeeting() *dent  { return d.slot(slotMainMeeting) }
func (d *doc) lastMeeting() *dent  { return d.slot(slotLastMeeting) }
func (d *doc) firstMeeting() *dent { return d.slot(slotFirstMeeting) }

// talksAsMainMeeting makes a report of talks between parties about those
// talks, when no session was reported.
func (d *doc) talksAsMainMeeting() {
	if d.mainMeeting() == nil {
		d.setSlot(slotMainMeeting, d.firstMeeting())
	}
}
