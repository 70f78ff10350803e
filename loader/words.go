package loader

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// The cue words of the rules are data: lexicon/cues.txt holds every list,
// one section each, so that a newcomer adds a verb there, not in Go code.
//
//go:embed lexicon/cues.txt
var cuesFile string

// cues are the sections of lexicon/cues.txt by name, in their order.
var cues = mustParseCues("lexicon/cues.txt", cuesFile)

// cueSections is cues with a record of the sections the rules asked for,
// so that a test can tell a section nobody reads.
type cueSections struct {
	entries map[string][]cueEntry
	order   []string
	asked   map[string]bool
}

type cueEntry struct{ word, value string }

// parseCues reads the sections of a cues file. name is used in errors.
func parseCues(name, text string) (*cueSections, error) {
	c := &cueSections{entries: map[string][]cueEntry{}, asked: map[string]bool{}}
	section := ""
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = strings.TrimSpace(line[1 : len(line)-1])
			if _, dup := c.entries[section]; dup || section == "" {
				return nil, fmt.Errorf("%s:%d: section %q is empty or repeated", name, n+1, section)
			}
			c.entries[section] = nil
			c.order = append(c.order, section)
			continue
		}
		if section == "" {
			return nil, fmt.Errorf("%s:%d: words before the first [section]", name, n+1)
		}
		for _, item := range strings.Split(line, ",") {
			item = strings.TrimSpace(item)
			if item == "" {
				continue
			}
			w, v, _ := strings.Cut(item, "=")
			w, v = strings.TrimSpace(w), strings.TrimSpace(v)
			if w != strings.ToLower(w) {
				return nil, fmt.Errorf("%s:%d: %q is not in lower case", name, n+1, w)
			}
			c.entries[section] = append(c.entries[section], cueEntry{w, v})
		}
	}
	return c, nil
}

func mustParseCues(name, text string) *cueSections {
	c, err := parseCues(name, text)
	if err != nil {
		panic(err) // the file is embedded: a bad one is a build that must not ship
	}
	return c
}

func (c *cueSections) section(name string) []cueEntry {
	es, ok := c.entries[name]
	if !ok {
		panic("loader: lexicon/cues.txt has no section [" + name + "]")
	}
	c.asked[name] = true
	return es
}

// set is a section as a set of words.
func (c *cueSections) set(name string) map[string]bool {
	out := map[string]bool{}
	for _, e := range c.section(name) {
		out[e.word] = true
	}
	return out
}

// values is a section of "word = value" entries.
func (c *cueSections) values(name string) map[string]string {
	out := map[string]string{}
	for _, e := range c.section(name) {
		if e.value == "" {
			panic("loader: lexicon/cues.txt [" + name + "]: " + e.word + " has no value")
		}
		out[e.word] = e.value
	}
	return out
}

// numbers is a section of "word = number" entries.
func (c *cueSections) numbers(name string) map[string]int {
	out := map[string]int{}
	for w, v := range c.values(name) {
		n, err := strconv.Atoi(v)
		if err != nil {
			panic("loader: lexicon/cues.txt [" + name + "]: " + w + " = " + v + " is not a number")
		}
		out[w] = n
	}
	return out
}

// phrases is a section of phrases, each as its words, longest first so
// that a phrase is found before a shorter one it starts with.
func (c *cueSections) phrases(name string) [][]string {
	var out [][]string
	for _, e := range c.section(name) {
		out = append(out, strings.Fields(e.word))
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a]) > len(out[b]) })
	return out
}

// list is a section's words in their order.
func (c *cueSections) list(name string) []string {
	var out []string
	for _, e := range c.section(name) {
		out = append(out, e.word)
	}
	return out
}

// The lists, by the rules that use them. Each section of lexicon/cues.txt
// says what its words do.
var (
	// names and anaphora
	stopCaps            = cues.set("stop-caps")
	particles           = cues.set("particles")
	nameJoiners         = cues.set("name-joiners")
	postNominals        = cues.set("post-nominals")
	honorifics          = cues.set("honorifics")
	nameOpeners         = cues.set("name-openers")
	orgHeads            = cues.set("org-heads")
	genericBodies       = cues.list("generic-bodies")
	serviceNames        = append(cues.list("service-names"), cues.list("legislature-names")...)
	legislatureNames    = cues.set("legislature-names")
	groupNouns          = cues.set("group-nouns")
	worldRegions        = cues.set("world-regions")
	nonStatePlurals     = cues.set("non-state-plurals")
	partNouns           = cues.set("part-nouns")
	stateForces         = cues.set("state-forces")
	movementWords       = cues.set("movement-words")
	placeCues           = cues.values("place-cues")
	placeKindNouns      = cues.set("place-kind-nouns")
	directions          = cues.set("directions")
	stateVerbs          = cues.set("state-verbs")
	locatives           = cues.set("locatives")
	placePrepositions   = cues.set("place-prepositions")
	travelVerbs         = cues.set("travel-verbs") // a journey's "to PLACE" is where what follows happened
	stateForms          = cues.set("state-forms")
	stateFormAdjectives = cues.set("state-form-adjectives")
	personVerbs         = cues.set("person-verbs")
	officeNouns         = cues.set("office-nouns")
	bodyOfficeTitles    = cues.set("body-office-titles")
	placeOfficeTitles   = cues.set("place-office-titles")
	harmVerbs           = cues.set("harm-verbs")
	headlineVerbs       = cues.set("headline-verbs")

	// meetings
	takingPart = cues.set("taking-part")

	// roles
	headVerbs                = cues.values("head-verbs")
	surnameTitles            = cues.set("surname-titles")
	headOfStateTitles        = cues.set("head-of-state-titles")
	monarchTitles            = cues.set("monarch-titles")
	titleModifiers           = cues.set("title-modifiers")
	asVerbs                  = cues.set("as-verbs")
	officePrefixes           = cues.set("office-prefixes")
	memberListPhrases        = cues.phrases("member-list-phrases")
	intergovernmentalWords   = cues.set("intergovernmental-words")
	stateOrganWords          = cues.set("state-organ-words")
	stateOrganPhrases        = cues.list("state-organ-phrases")
	unqualifiedGovernment    = cues.set("unqualified-government-bodies")
	nationalInstitutionWords = cues.set("national-institution-words")

	// meetings and attendance
	meetVerbs              = cues.set("meet-verbs")
	bodyMeetVerbs          = cues.set("body-meet-verbs")
	presentMeetVerbs       = cues.set("present-meet-verbs")
	meetingNouns           = cues.set("meeting-nouns")
	townVenueModifiers     = cues.set("town-venue-modifiers")
	officeVenues           = cues.set("office-venues")
	memberPhraseWords      = cues.set("member-phrase-words")
	placeCueModifiers      = cues.set("place-cue-modifiers")
	talkNouns              = cues.set("talk-nouns")
	passingMeetingNouns    = cues.set("passing-meeting-nouns")
	meetingNounLinks       = cues.set("meeting-noun-links")
	collectiveNouns        = cues.set("collective-nouns")
	pluralTitleWords       = cues.set("plural-titles")
	talkingParties         = cues.set("talking-parties")
	portfolios             = cues.phrases("portfolios")
	portfolioNouns         = cues.set("portfolio-nouns")
	areaNouns              = cues.set("area-nouns")
	venueHeads             = cues.set("venue-heads")
	venueOpeners           = cues.set("venue-openers")
	chamberNames           = cues.set("chamber-names")
	gatherVerbs            = cues.set("gather-verbs")
	unitHeads              = cues.set("unit-heads")
	standingWords          = cues.set("standing-words")
	labourWords            = cues.set("labour-words")
	intransitiveEventVerbs = cues.set("intransitive-event-verbs")
	europeanParticles      = cues.set("european-particles")
	partyHeads             = cues.set("party-heads")
	armedGroupNouns        = cues.set("group-nouns-after-names")
	meetingHeads           = cues.set("meeting-heads")
	meetingWords           = cues.set("meeting-words")
	sessionNouns           = cues.set("session-nouns")
	sessionAdjectives      = cues.set("session-adjectives")
	ordinalWords           = cues.numbers("ordinal-words")
	ordinalTens            = cues.numbers("ordinal-tens")
	attendVerbs            = cues.set("attend-verbs")
	attendancePhrases      = cues.phrases("attendance-phrases")

	// condemnations
	condemnVerbs     = cues.set("condemn-verbs")
	operativeOpeners = cues.set("operative-openers")
	notActual        = cues.set("not-actual")
	victimNouns      = cues.set("victim-nouns")
	victims          = cues.set("victims")
	cardinalWords    = cues.set("cardinal-words")
	approximators    = cues.set("count-approximators")
	agentNouns       = cues.set("agent-nouns")
	civilBodyHeads   = cues.set("civil-body-heads")
	leadingOrgHeads  = cues.set("leading-org-heads")
	thingNameEnds    = cues.set("thing-name-ends")

	// events and references
	eventTriggers = cues.values("event-triggers")
	eventVerbs    = cues.values("event-verbs")
	averted       = cues.set("averted")
	breachWords   = cues.set("breach-words")

	// agreements
	instrumentNouns      = cues.set("instrument-nouns")
	instrumentNameNouns  = cues.set("instrument-name-nouns")
	instrumentHeads      = cues.set("instrument-heads")
	instrumentVerbs      = cues.set("instrument-verbs")
	instrumentModifiers  = cues.set("instrument-modifiers")
	instrumentAppraisals = cues.set("instrument-appraisals")
	accessionVerbs       = cues.set("accession-verbs")
	adoptVerbs           = cues.set("adopt-verbs")

	// time
	futureCues = cues.set("future-cues")
	partsOfDay = cues.set("parts-of-day")

	// text and header
	abbreviations = cues.set("abbreviations")
	foreignMonths = cues.values("foreign-months")
	// the gazetteer's spellings of a country that are people's names far
	// more often in communiqués ("Mann", the Isle of Man in Manx)
	notCountryNames = cues.set("not-country-names")
	// given names' abbreviations, which open a name ("Md. Shahidul Haque")
	nameAbbreviations = cues.set("name-abbreviations")
	genreLines        = cues.set("genre-lines")
)
