package synth

// Name pools. Persons, towns and camps are invented from these parts, so the
// synthetic corpus names nobody real; bodies, states, provinces and the big
// cities are real names, so that identities recur the way they do in the
// genre and a lexicon of well-known names still has something to find.

// culture selects the name pool a person is drawn from.
type culture int

const (
	arab culture = iota
	turkish
	russian
	persian
	western
)

var firstNames = map[culture][]string{
	arab: {"Abdulkarim", "Adnan", "Ahmad", "Ammar", "Anas", "Bassam", "Fadi", "Farouk", "Ghassan", "Haitham",
		"Hassan", "Hisham", "Ibrahim", "Jamal", "Kamal", "Khaled", "Louay", "Mahmoud", "Majd", "Marwan",
		"Mazen", "Mohammad", "Mounir", "Mustafa", "Nabil", "Nader", "Omar", "Osama", "Qasim", "Radwan",
		"Riad", "Said", "Salem", "Samir", "Tarek", "Walid", "Yahya", "Yasser", "Zaher", "Ziad",
		"Alaa", "Bushra", "Dima", "Hanan", "Hiba", "Lama", "Maysa", "Nour", "Rima", "Suhair", "Wafa", "Yasmin"},
	turkish: {"Ahmet", "Ali", "Burak", "Cemal", "Emre", "Hakan", "Kemal", "Levent", "Mehmet", "Murat",
		"Serkan", "Tahsin", "Volkan", "Yusuf", "Zeynep", "Ayşe", "Elif"},
	russian: {"Alexei", "Andrei", "Dmitry", "Igor", "Konstantin", "Mikhail", "Nikolai", "Oleg", "Pavel",
		"Sergei", "Viktor", "Yuri"},
	persian: {"Abbas", "Ali-Reza", "Dariush", "Hamid", "Hossein", "Javad", "Kazem", "Mehdi", "Mohsen",
		"Reza", "Saeed", "Farzaneh"},
	western: {"Anne", "Catherine", "Charles", "Claire", "David", "Elena", "Eric", "Hans", "Helen",
		"Jacques", "James", "Jean", "Julia", "Klaus", "Laura", "Marc", "Martin", "Michael", "Paul",
		"Peter", "Philippe", "Robert", "Sarah", "Thomas"},
}

var familyNames = map[culture][]string{
	arab: {"al-Abbas", "Abdulhadi", "al-Akkad", "al-Ali", "al-Asmar", "Barakat", "al-Bitar", "Darwish",
		"al-Farra", "Ghazal", "al-Hajji", "Haddad", "al-Halabi", "al-Hamwi", "Hamdan", "al-Hourani",
		"al-Jabri", "Jouejati", "Kabbani", "al-Kassem", "Khatib", "al-Masri", "Mardini", "al-Mousa",
		"Nahhas", "al-Najjar", "Qabbani", "al-Qudsi", "Rifai", "al-Sabbagh", "Saadeh", "al-Sayed",
		"Shami", "al-Shaar", "Sukkar", "al-Tall", "Tayyan", "al-Wazzan", "Yazji", "al-Zoubi", "Zaitoun"},
	turkish: {"Aksoy", "Arslan", "Aydın", "Çelik", "Demir", "Doğan", "Erdem", "Kaya", "Korkmaz", "Öztürk",
		"Polat", "Şahin", "Tekin", "Yıldız", "Yılmaz"},
	russian: {"Belov", "Fedorov", "Gromov", "Ivanov", "Karpov", "Kuznetsov", "Lebedev", "Morozov",
		"Orlov", "Petrov", "Sokolov", "Volkov", "Zaitsev"},
	persian: {"Ahmadi", "Bagheri", "Farahani", "Ghasemi", "Hosseini", "Karimi", "Mousavi", "Rahimi",
		"Rezaei", "Sadeghi", "Tehrani"},
	western: {"Bauer", "Bernard", "Clarke", "Dubois", "Fischer", "Hartmann", "Keller", "Laurent", "Lefèvre",
		"Martens", "Moreau", "Nielsen", "Richter", "Schneider", "Walker", "Wright"},
}

// honorifics precede some names in running text; the loader is expected to
// leave them out of the person's name.
var honorifics = []string{"Dr.", "Dr.", "Sheikh", "Brig. Gen.", "Maj. Gen.", "Judge"}

// Town names are built from a head and a tail ("Kafr" + "Batikh").
var townHeads = []string{"Kafr", "Tell", "Deir", "Ain", "Khirbet", "Maarat", "Jisr", "Bab", "Qalaat",
	"Beit", "Umm", "Ras", "Tal", "Arab", "Sheikh"}

var townTails = []string{"al-Hawa", "Nasr", "Batikh", "Ruma", "Amiri", "Sawda", "al-Jadid", "Zaytun",
	"Hamra", "al-Nahr", "Suwan", "Dabbagh", "al-Ward", "Mallah", "Shuhada", "Tuffah", "Karam",
	"al-Bayda", "Salqin", "Harem", "Jabal", "Hassan", "Abyad", "Rihan", "Sultan", "Ghazal", "Qamar"}

// campNames are joined with "camp" ("al-Karama camp").
var campNames = []string{"al-Karama", "al-Amal", "al-Salam", "al-Nour", "al-Rahma", "al-Waha",
	"al-Fajr", "al-Zaytouna", "al-Bir", "al-Sanabel", "al-Huda", "al-Tadamon", "al-Ikhaa", "al-Mukhayyam"}

// provinces are Syria's governorates, with the way communiqués name them.
var provinces = []string{"Idlib", "Aleppo", "Hama", "Homs", "Latakia", "Deir ez-Zor", "Raqqa",
	"Hasakah", "Daraa", "Quneitra", "Damascus countryside", "Tartus", "As-Suwayda"}

// meetingCities are where bodies meet; the first entries are where
// opposition bodies sit.
var meetingCities = []string{"Istanbul", "Gaziantep", "Azaz", "Ankara", "Geneva", "Riyadh", "Cairo",
	"Doha", "Amman", "Brussels", "Paris", "Berlin", "Astana", "Jeddah"}

// stateSpec is a state that appears as a party: its name, the adjective that
// names its officials ("Turkish Foreign Minister"), the title of its foreign
// minister, its capital and the pool its officials' names come from.
type stateSpec struct {
	name, adjective, fmTitle, capital string
	names                             culture
}

// The first three are the ones the generator treats as guarantors and
// belligerents: Turkey, Russia, Iran.
var stateSpecs = []stateSpec{
	{"Turkey", "Turkish", "Foreign Minister", "Ankara", turkish},
	{"Russia", "Russian", "Foreign Minister", "Moscow", russian},
	{"Iran", "Iranian", "Foreign Minister", "Tehran", persian},
	{"Jordan", "Jordanian", "Foreign Minister", "Amman", arab},
	{"Qatar", "Qatari", "Foreign Minister", "Doha", arab},
	{"Saudi Arabia", "Saudi", "Foreign Minister", "Riyadh", arab},
	{"Egypt", "Egyptian", "Foreign Minister", "Cairo", arab},
	{"France", "French", "Foreign Minister", "Paris", western},
	{"Germany", "German", "Foreign Minister", "Berlin", western},
	{"the United Kingdom", "British", "Foreign Secretary", "London", western},
	{"the United States", "US", "Secretary of State", "Washington", western},
	{"Kazakhstan", "Kazakh", "Foreign Minister", "Astana", russian},
}

// agreementCities are where memoranda and ceasefires are signed.
var agreementCities = []string{"Sochi", "Moscow", "Ankara", "Astana", "Istanbul", "Geneva", "Tehran", "Amman"}

// bodySpec is an organisation that issues communiqués.
type bodySpec struct {
	name       string // "Syrian Coalition"
	short      string // "the Coalition"
	leader     string // the title of its head
	deputy     string // a second office, "" if none
	assembly   string // the sub-body that holds numbered sessions, "" if none
	committee  string // a committee that meets between sessions, "" if none
	dept       string // the department line under the publisher
	home       string // the city where it usually meets
	founded    int    // year
	interval   int    // months between numbered sessions
	people     culture
	opposition bool
}

var bodySpecs = []bodySpec{
	{"Syrian Coalition", "the Coalition", "President", "Vice-President", "General Assembly", "political committee",
		"Media Department", "Istanbul", 2012, 2, arab, true},
	{"Syrian Negotiations Commission", "the Commission", "head", "deputy head", "General Body", "",
		"Media Office", "Riyadh", 2016, 3, arab, true},
	{"Syrian Interim Government", "the Interim Government", "head", "Minister of Local Administration", "", "",
		"Media Office", "Azaz", 2013, 0, arab, true},
	{"League of Arab States", "the League", "Secretary-General", "Assistant Secretary-General", "Council", "",
		"General Secretariat", "Cairo", 2012, 6, arab, false},
	{"Organisation of Islamic Cooperation", "the Organisation", "Secretary-General", "", "Council of Foreign Ministers", "",
		"Information Department", "Jeddah", 2012, 12, arab, false},
	{"Council of Syrian Local Councils", "the Council", "chairman", "deputy chairman", "General Conference", "executive office",
		"Media Office", "Gaziantep", 2014, 4, arab, true},
	{"Syrian Lawyers Forum", "the Forum", "president", "secretary", "General Conference", "legal committee",
		"Media Office", "Gaziantep", 2013, 6, arab, true},
	{"Levant Relief Network", "the Network", "director", "deputy director", "", "",
		"Communications Office", "Amman", 2014, 0, western, false},
}

// perpetrator is a party that communiqués condemn or blame, with the
// weapons the genre attributes to it.
type perpetrator struct {
	name    string
	weapons []string
}

var airForce = []string{"barrel bombs", "airstrikes", "cluster munitions", "guided missiles"}
var artillery = []string{"artillery shells", "surface-to-surface missiles", "rocket launchers", "suicide drones"}
var bombs = []string{"a car bomb", "an explosive device", "a suicide bomber", "mortar shells"}

var perpetrators = []perpetrator{
	{"the Assad regime", append(airForce, artillery...)},
	{"regime forces", artillery},
	{"Iranian-backed militias", artillery},
	{"ISIS", bombs},
	{"Hay'at Tahrir al-Sham", bombs[1:]},
	{"the PYD militia", bombs},
}

var targets = []string{"a crowded market", "a school", "a hospital", "a bakery", "a mosque",
	"a camp for displaced families", "a water station", "a residential neighbourhood"}

var topics = []string{"the detainees file", "the situation of the displaced", "the political process",
	"the protection of civilians", "the return of refugees", "humanitarian access",
	"the governance of the liberated areas", "accountability for war crimes"}
