package synth

import (
	"math/rand"
	"strings"
)

// More name parts for Graph, which needs tens of thousands of distinct
// names of each kind where Generate needs hundreds.

// stateNames are the states Graph draws from, the ones of stateSpecs first.
// A state is a country, and there are not many: Graph caps their number at
// this list's length.
var stateNames = []string{"Lebanon", "Iraq", "Israel", "the United Arab Emirates", "Kuwait", "Bahrain",
	"Oman", "Yemen", "Libya", "Tunisia", "Algeria", "Morocco", "Sudan", "Pakistan", "Afghanistan",
	"Azerbaijan", "Armenia", "Georgia", "China", "Japan", "India", "Italy", "Spain", "the Netherlands",
	"Belgium", "Sweden", "Norway", "Denmark", "Finland", "Switzerland", "Austria", "Poland", "Greece",
	"Cyprus", "Canada", "Australia", "Brazil", "Indonesia", "Malaysia", "South Africa", "Ukraine",
	"Belarus", "Serbia", "Hungary", "Romania", "Bulgaria", "Ireland", "Portugal", "Czechia", "Mexico"}

// stateAliases are other names some states go by.
var stateAliases = map[string][]string{
	"Turkey": {"Türkiye", "Republic of Turkey"}, "Russia": {"Russian Federation"},
	"Iran": {"Islamic Republic of Iran"}, "the United States": {"United States of America", "US", "USA"},
	"the United Kingdom": {"UK", "Britain"}, "the United Arab Emirates": {"UAE", "Emirates"},
	"Czechia": {"Czech Republic"}, "the Netherlands": {"Holland"},
}

// Organisation names: "{adjective} {domain} {kind}", "{place} {domain} {kind}"
// or "{kind} of {domain} in {place}".
var (
	orgAdjectives = []string{"Syrian", "Free", "National", "Independent", "Democratic", "Arab", "Kurdish",
		"Turkmen", "Revolutionary", "United", "Islamic", "Popular", "Civil", "Interim", "Supreme", "Levant"}
	orgDomains = []string{"Lawyers", "Doctors", "Engineers", "Teachers", "Relief", "Medical", "Human Rights",
		"Local Councils", "Women’s", "Youth", "Journalists", "Detainees", "Refugees", "Civil Defence",
		"Reconstruction", "Education", "Media", "Trade Union", "Tribal", "Judicial", "Military", "Economic"}
	orgKinds = []string{"Council", "Forum", "Commission", "Committee", "Network", "Association", "Union",
		"League", "Front", "Movement", "Coalition", "Assembly", "Organisation", "Centre", "Foundation",
		"Brigade", "Alliance", "Authority", "Board", "Office"}
	// subBodies are the parts of a body that meet or work on their own:
	// "Syrian Lawyers Forum General Assembly".
	subBodies = []string{"General Assembly", "political committee", "executive office", "legal committee",
		"media office", "military council", "General Conference", "Consultative Council"}
)

// Roles: titles at organisations and at states.
var (
	orgRoles = []string{"President", "Vice-President", "Secretary-General", "head", "deputy head", "member",
		"spokesperson", "director", "chairman", "member of the political committee", "legal adviser",
		"treasurer", "coordinator", "representative in Europe"}
	stateRoles = []string{"President", "Prime Minister", "Foreign Minister", "Minister of Defence",
		"ambassador to the United Nations", "Special Envoy for Syria", "Deputy Foreign Minister",
		"Minister of the Interior", "spokesperson of the Foreign Ministry"}
)

// Invented words, of syllables that sound like the place names of the
// region ("Kharbush", "Tamnin").
var (
	onsets = []string{"b", "d", "f", "gh", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh", "t",
		"th", "w", "y", "z", "dh", "b", "m", "s", "t", "k"}
	nuclei = []string{"a", "a", "a", "i", "i", "u", "ou", "ee", "ai", "e"}
	codas  = []string{"", "", "", "n", "r", "l", "m", "b", "d", "k", "s", "sh", "t", "h", "q", "r", "n"}
)

// word invents a capitalised word of two or three syllables.
func word(r *rand.Rand) string {
	var b strings.Builder
	for i, n := 0, 2+r.Intn(2); i < n; i++ {
		b.WriteString(pick(r, onsets))
		b.WriteString(pick(r, nuclei))
		if i == n-1 || r.Intn(3) == 0 {
			b.WriteString(pick(r, codas))
		}
	}
	return capFirst(b.String())
}

// Kinds of sites ("Kafr Nasr hospital") and of regions.
var (
	siteKinds   = []string{"hospital", "school", "bakery", "market", "dam", "border crossing", "air base", "water station", "mosque", "power station"}
	regionForms = []string{"northern countryside of %s", "southern countryside of %s", "eastern %s", "western %s", "%s plain", "%s valley"}
)

// Meetings without a body, events and agreements.
var (
	meetingForms = []string{"talks of %s and %s in %s", "meeting of %s and %s in %s", "consultations of %s and %s in %s"}
	eventForms   = []struct {
		form, eventType string
	}{
		{"shelling of %s", "attack"}, {"airstrikes on %s", "attack"}, {"barrel bomb attack on %s", "attack"},
		{"car bomb explosion in %s", "attack"}, {"massacre in %s", "killing"}, {"killing of civilians in %s", "killing"},
		{"forced displacement from %s", "displacement"}, {"flight of families from %s", "displacement"},
		{"arrest campaign in %s", "detention"}, {"abductions in %s", "abuse"}, {"torture of detainees in %s", "abuse"},
		{"humanitarian crisis in %s", "humanitarian_crisis"}, {"siege of %s", "humanitarian_crisis"},
		{"breach of the ceasefire in %s", "ceasefire_violation"}, {"local elections in %s", "election"},
		{"fire in %s", "other"},
	}
	agreementTopics = []string{"de-escalation", "the exchange of detainees", "humanitarian access",
		"the return of refugees", "the withdrawal of heavy weapons", "a demilitarised zone",
		"the protection of civilians", "the reopening of the highway", "border security", "the evacuation of the wounded"}
)

// womensNames are the given names of the pools that are women's, which
// are never a father's name.
var womensNames = map[string]bool{"Bushra": true, "Dima": true, "Hanan": true, "Hiba": true, "Lama": true,
	"Maysa": true, "Nour": true, "Rima": true, "Suhair": true, "Wafa": true, "Yasmin": true, "Alaa": true}

// arabVariants are other transliterations of given names, one of which a
// document may use instead: the same person is Mohammad in one communiqué
// and Muhammad in the next.
var arabVariants = map[string][]string{
	"Mohammad": {"Muhammad", "Mohamed", "Mohammed"}, "Ahmad": {"Ahmed"}, "Hassan": {"Hasan"},
	"Omar": {"Umar"}, "Khaled": {"Khalid"}, "Yasser": {"Yasir"}, "Tarek": {"Tariq", "Tareq"},
	"Said": {"Saeed", "Saied"}, "Mahmoud": {"Mahmud"}, "Mustafa": {"Moustafa", "Mostafa"},
	"Osama": {"Usama"}, "Riad": {"Riyad"}, "Walid": {"Waleed"}, "Hisham": {"Hesham"},
	"Ibrahim": {"Ebrahim"}, "Jamal": {"Gamal"}, "Kamal": {"Kemal"}, "Qasim": {"Kassem", "Qassem"},
	"Ziad": {"Ziyad"}, "Nabil": {"Nabeel"}, "Samir": {"Sameer"}, "Abdulkarim": {"Abdul Karim", "Abd al-Karim"},
	"Hossein": {"Hussein", "Husayn"}, "Mohsen": {"Muhsin"}, "Reza": {"Riza"},
}

// scholarly is the transliteration with diacritics that academic sources
// use, for the names that have one: "Ḥasan", "al-Ḥalabī".
var scholarly = map[string]string{
	"Hassan": "Ḥasan", "Mahmoud": "Maḥmūd", "Khaled": "Khālid", "Said": "Saʿīd", "Ibrahim": "Ibrāhīm",
	"Omar": "ʿUmar", "Jamal": "Jamāl", "Kamal": "Kamāl", "Nabil": "Nabīl", "Samir": "Samīr",
	"Walid": "Walīd", "Hisham": "Hishām", "Riad": "Riyāḍ", "Tarek": "Ṭāriq", "Mustafa": "Muṣṭafā",
	"al-Halabi": "al-Ḥalabī", "al-Hamwi": "al-Ḥamwī", "al-Masri": "al-Miṣrī", "al-Qudsi": "al-Qudsī",
	"Haddad": "Ḥaddād", "Darwish": "Darwīsh", "al-Sayed": "al-Sayyid", "al-Najjar": "al-Najjār",
	"Khatib": "Khaṭīb", "al-Zoubi": "al-Zuʿbī", "Barakat": "Barakāt", "al-Ali": "al-ʿAlī",
}

// acronym is the initials of a name's capitalised words ("Syrian Lawyers
// Forum" gives "SLF"), or "" when fewer than two words give one.
func acronym(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}
