package loader

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
)

// sentenceCases are sentences and the facts a careful reader takes from
// them: one row each. A row's text is the body of a short release by its
// publisher (the Hauran Civic Council unless it says otherwise), dated 4
// June 2024; want is every relation the extraction must give, written
// "TYPE from -> to" with the entities' names (": role" for HOLDS_ROLE), and
// nothing else may come out. Add a row when you teach the loader a phrasing.
var sentenceCases = []struct {
	name      string
	publisher string
	town      string // the dateline's, when the row needs one
	text      string
	want      []string
}{
	{
		name: "two spaces inside a name, as typed or left by a wrapped line's indentation, are one",
		text: "The Minister of Foreign Affairs of Ghana, Mr Kofi  Mensah, arrived in Accra on 3 May.",
		want: []string{
			"HOLDS_ROLE Kofi Mensah -> Ghana : Minister of Foreign Affairs",
		},
	},
	{
		name: "the last line of an indented list of delegates that a full stop ends is an item too",
		text: "A meeting was held at Bayan Palace on 28 March between Mr Karim Nasser and Mr Omar Saleh.\nThe delegation of Mr Nasser included:\n   Mr Adel Fahmi, Prime Minister;\n   Colonel Tariq Haddad, Chief of the General Staff.",
		want: []string{
			"ATTENDED Adel Fahmi -> meeting in Bayan Palace",
			"ATTENDED Karim Nasser -> meeting in Bayan Palace",
			"ATTENDED Omar Saleh -> meeting in Bayan Palace",
			"ATTENDED Tariq Haddad -> meeting in Bayan Palace",
			"OCCURRED_IN meeting in Bayan Palace -> Bayan Palace",
		},
	},
	{
		name:      "a list of condemned parties goes on past each one's relative clause",
		publisher: "Commission for Peace",
		text:      "The Commission condemns the Northern Volunteer Force, whose gunmen murdered two shopkeepers, and the Free Coast Army (FCA), whose members threatened the judges.",
		want: []string{
			"CONDEMNED Commission for Peace -> Free Coast Army",
			"CONDEMNED Commission for Peace -> Northern Volunteer Force",
		},
	},
	{
		name:      "a legislature named by its noun alone, with or without the article, is a body",
		publisher: "Office of the President",
		text:      "The Speaker of Parliament, Mr Ivo Tanaka, and the President of the Senate, Mrs Rosa Vidal, witnessed the signing.",
		want: []string{
			"HOLDS_ROLE Ivo Tanaka -> Parliament : Speaker",
			"HOLDS_ROLE Rosa Vidal -> Senate : President",
		},
	},
	{
		name: "a state's service named by its noun alone is a body, or the one of that noun the text named before",
		text: "General Tomás Ibarra, Commander in Chief of the Army, and Admiral Luis Peña, Commander in Chief of the Navy, signed the order. Units of the Ruritanian Police entered Vadno. Colonel Ana Ruiz, Director of the Police, said so.",
		want: []string{
			"HOLDS_ROLE Ana Ruiz -> Ruritanian Police : Director",
			"HOLDS_ROLE Luis Peña -> Navy : Commander in Chief",
			"HOLDS_ROLE Tomás Ibarra -> Army : Commander in Chief",
		},
	},
	{
		name: "a state's adjective that opens a name a title governs is the body's, not a person's",
		text: "Present were Mr Karim Haddad, head of the Iraqi National List, and others.",
		want: []string{
			"HOLDS_ROLE Karim Haddad -> Iraqi National List : head",
		},
	},
	{
		name: "a state's official form after another capitalised word heads a body's name: the body, not the state",
		text: "Taking part was Mr Somchai Rattanakul, Secretary-General of the Student Federation of Thailand.",
		want: []string{
			"HOLDS_ROLE Somchai Rattanakul -> Student Federation of Thailand : Secretary-General",
		},
	},
	{
		name: "a name of two words or more that a title governs is a body, unless the title governs places or portfolios",
		text: "The investigation was led by Inspector Made Wirawan, Head of the Joint Investigation Team, with Major Lukas Bera, commander of the Rapid Reaction Battalion.",
		want: []string{
			"HOLDS_ROLE Lukas Bera -> Rapid Reaction Battalion : commander",
			"HOLDS_ROLE Made Wirawan -> Joint Investigation Team : Head",
		},
	},
	{
		name:      "a body the sentence does not name met a titled person at a venue in a town: the person met there, and those also present",
		publisher: "Human Rights Commission of Malawi",
		town:      "Lilongwe",
		text:      "On 3 May the same team met the Minister of Justice of the Republic of Malawi, Dr Kalonga Phiri, at the Ministry of Justice in Lilongwe. The Inspector-General of Police, Mr Tendai Banda, was also present.",
		want: []string{
			"ATTENDED Kalonga Phiri -> meeting of Kalonga Phiri in Lilongwe",
			"ATTENDED Tendai Banda -> meeting of Kalonga Phiri in Lilongwe",
			"HOLDS_ROLE Kalonga Phiri -> Malawi : Minister of Justice",
			"HOLDS_ROLE Tendai Banda -> Malawi : Inspector-General of Police",
			"OCCURRED_IN meeting of Kalonga Phiri in Lilongwe -> Lilongwe",
		},
	},
	{
		name: "an office named alone met someone at a venue: its holder named before met them there; whom it met elsewhere, or held talks with after, went to other meetings",
		text: "The Special Rapporteur of the Council of Europe, Ms Anja Lindqvist, arrived in Chisinau on 12 March. The Special Rapporteur met the President of Moldova, Mr Petru Lazar, at the Presidential Palace on 13 March, and the Prime Minister, Mr Ion Rusu, at Government House on 14 March. She also held talks with the Ombudsman, Mr Vasile Cebotari.",
		want: []string{
			"ATTENDED Anja Lindqvist -> meeting of Petru Lazar with Anja Lindqvist in Presidential Palace",
			"ATTENDED Petru Lazar -> meeting of Petru Lazar with Anja Lindqvist in Presidential Palace",
			"HOLDS_ROLE Anja Lindqvist -> Council of Europe : Special Rapporteur",
			"HOLDS_ROLE Ion Rusu -> Moldova : Prime Minister",
			"HOLDS_ROLE Petru Lazar -> Moldova : President",
			"OCCURRED_IN meeting of Petru Lazar with Anja Lindqvist in Presidential Palace -> Presidential Palace",
		},
	},
	{
		name: "an office named alone 'met with' people somewhere: those it met, there",
		text: "On Tuesday the Ombudsman met at the Ombudsman's Office in Bujumbura with Bishop Simon Ntamwana and with the President of the Bar Association, Ms Aline Kaneza, to ask for calm.",
		want: []string{
			"ATTENDED Aline Kaneza -> meeting of Simon Ntamwana with Aline Kaneza in Ombudsman's Office",
			"ATTENDED Simon Ntamwana -> meeting of Simon Ntamwana with Aline Kaneza in Ombudsman's Office",
			"HOLDS_ROLE Aline Kaneza -> Bar Association : President",
			"OCCURRED_IN meeting of Simon Ntamwana with Aline Kaneza in Ombudsman's Office -> Ombudsman's Office",
		},
	},
	{
		name:      "an office named alone met people it does not name at a venue: the meeting there, which those 'present' in the next sentence attended",
		publisher: "Parliament of Sri Lanka",
		text:      "On 15 November the Speaker met the party leaders at the Parliament Building in Kotte. Present were the Leader of the House, Mr Dilan Wickrama; the Leader of the Opposition, Mr Ruwan Senanayaka; and the Chief Government Whip, Mr Kamal Jayasuriya.",
		want: []string{
			"ATTENDED Dilan Wickrama -> meeting in Parliament Building",
			"ATTENDED Kamal Jayasuriya -> meeting in Parliament Building",
			"ATTENDED Ruwan Senanayaka -> meeting in Parliament Building",
			"HOLDS_ROLE Ruwan Senanayaka -> Sri Lanka : Leader of the Opposition",
			"OCCURRED_IN meeting in Parliament Building -> Parliament Building",
		},
	},
	{
		name: "a person who met people the text does not name at a venue attended a meeting there; a police rank is an honorific",
		text: "The District Commander, Superintendent Aroha Ngata, met elders of the iwi at Rangiora Marae this afternoon to explain the operation.",
		want: []string{
			"ATTENDED Aroha Ngata -> meeting in Rangiora Marae",
			"OCCURRED_IN meeting in Rangiora Marae -> Rangiora Marae",
		},
	},
	{
		name: "a meeting 'under' an instrument that took place at a venue is no one body's; those who led the delegations attended",
		text: "The first meeting under the Lisbon Agreement took place on 5 February at the Palais des Nations in Geneva. The delegations were led by Mr Joao Mendes and Mr Carlos Ruiz.",
		want: []string{
			"ATTENDED Carlos Ruiz -> meeting in Palais des Nations",
			"ATTENDED Joao Mendes -> meeting in Palais des Nations",
			"OCCURRED_IN meeting in Palais des Nations -> Palais des Nations",
			"REFERENCES meeting in Palais des Nations -> Lisbon Agreement",
		},
	},
	{
		name:      "words of time and place, with their commas, may stand between 'signed' and the instrument it names; a clause after a comma is not the instrument signed",
		publisher: "Union for National Renewal",
		text:      "The Union for National Renewal signed yesterday, Thursday 4 June 2009, in Kayes, the Framework Agreement of Bamako. Under the agreement signed today, the ceasefire will be prepared by both sides.",
		want: []string{
			"OCCURRED_IN Framework Agreement of Bamako -> Kayes",
			"PARTY_TO Union for National Renewal -> Framework Agreement of Bamako",
		},
	},
	{
		name:      "a bare minister's title held by someone who accompanied a state's President is that state's office, not the issuer's",
		publisher: "Presidency of the Republic of Mali",
		town:      "Bamako",
		text:      "The President of Algeria, Ahmed Karim, arrived in Bamako on 29 October. President Karim was accompanied by Mr Yacine Belaid, Minister of Foreign Affairs.",
		want: []string{
			"HOLDS_ROLE Ahmed Karim -> Algeria : President",
			"HOLDS_ROLE Yacine Belaid -> Algeria : Minister of Foreign Affairs",
		},
	},
	{
		name: "an ordinal before a body whose name ends in a meeting's noun numbers that body's meeting",
		text: "The leaders met at the 33rd Pacific Islands Forum in Suva on 14 August.",
		want: []string{
			"HELD Pacific Islands Forum -> 33rd session of the Pacific Islands Forum",
			"OCCURRED_IN 33rd session of the Pacific Islands Forum -> Suva",
		},
	},
	{
		name: "a meeting of people the text does not name, at a place, is a meeting there, and those told in the next sentence took part",
		text: "On 4 May there was a meeting of senior officials at Tashichho Dzong in Thimphu. Those present included the Home Minister, Dasho Tandin Wangdi, and the Chief of Army Staff, Major General Karma Penjor.",
		want: []string{
			"ATTENDED Karma Penjor -> meeting in Tashichho Dzong",
			"ATTENDED Tandin Wangdi -> meeting in Tashichho Dzong",
			"OCCURRED_IN meeting in Tashichho Dzong -> Tashichho Dzong",
		},
	},
	{
		name:      "the acronym the header gives a lexicon's body speaks for it in the text",
		publisher: "Movement for the Emancipation of the Niger Delta (MEND)",
		text:      "MEND condemns the Joint Task Force, whose gunboats bombed the communities.",
		want: []string{
			"CONDEMNED Movement for the Emancipation of the Niger Delta -> Joint Task Force",
		},
	},
	{
		name: "a lexicon name with a comma in it matches the text's whole name, so the relative clause after it binds its party",
		text: "The Commission recalls the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, which Peru ratified in 1988.",
		want: []string{"PARTY_TO Peru -> Convention against Torture"},
	},
	{
		name:      "a title joined by 'and' to a minister's is the state's, not the issuing church's",
		publisher: "HOUSE OF BISHOPS",
		town:      "Kampala",
		text:      "The bishops prayed for the people of the Republic of Uganda. The Vice-President and Minister of Defence, General Mustafa Adrisi, addressed the soldiers.",
		want: []string{
			"HOLDS_ROLE Mustafa Adrisi -> Uganda : Minister of Defence",
			"HOLDS_ROLE Mustafa Adrisi -> Uganda : Vice-President",
		},
	},
	{
		name: "people counted who 'were held' somewhere were detained there; talks held are not",
		text: "Twenty-three of our supporters were held overnight at the Brickdam Police Station. Talks were held at the Pegasus Hotel.",
		want: []string{
			"OCCURRED_IN held in Brickdam Police Station -> Brickdam Police Station",
		},
	},
	{
		name:      "a bare 'Prosecutor General' in a ministry's release is the office of the ministry's state",
		publisher: "Ministry of Internal Affairs of the Republic of Uzbekistan",
		town:      "Tashkent",
		text:      "The Prosecutor General, Mr Buritosh Mustafoyev, reported to the Council.",
		want: []string{
			"HOLDS_ROLE Buritosh Mustafoyev -> Uzbekistan : Prosecutor General",
		},
	},
	{
		name: "a body 'chaired by' a person has them as its Chair; a meeting chaired by one does not",
		text: "The Border Commission, chaired by Mr Abdou Diouf, met the Council on 2 June. The meeting, chaired by Mr Yusuf Ali, lasted four hours.",
		want: []string{
			"HOLDS_ROLE Abdou Diouf -> Border Commission : Chair",
		},
	},
	{
		name: "a plural title with its portfolio, 'of the five States', shared out over 'A of X, B of Y'",
		text: "The Council welcomed the Ministers of Foreign Affairs of the three States: Mr Nasser Judeh of Jordan, Mr Gebran Bassil of Lebanon and Mr Ibrahim al-Jaafari of Iraq. It thanked the Ministers of Defence, Mr Ali Shamkhani of Iran and Mr Sergei Shoigu of Russia.",
		want: []string{
			"HOLDS_ROLE Gebran Bassil -> Lebanon : Minister of Foreign Affairs",
			"HOLDS_ROLE Ibrahim al-Jaafari -> Iraq : Minister of Foreign Affairs",
			"HOLDS_ROLE Nasser Judeh -> Jordan : Minister of Foreign Affairs",
			"HOLDS_ROLE Ali Shamkhani -> Iran : Minister of Defence",
			"HOLDS_ROLE Sergei Shoigu -> Russia : Minister of Defence",
		},
	},
	{
		name:      "an unnamed instrument signed at a venue on a day is named by its day, one signed in a town by the town",
		publisher: "Government of Cameroon",
		town:      "Yaoundé",
		text:      "The Government and the opposition signed the roadmap at the Palais des Congrès on 3 May 2024. The two sides signed the protocol in Garoua.",
		want: []string{
			"OCCURRED_IN roadmap of 3 May 2024 -> Palais des Congrès",
			"PARTY_TO Government of Cameroon -> roadmap of 3 May 2024",
			"OCCURRED_IN Garoua protocol -> Garoua",
			"OCCURRED_IN signing ceremony of roadmap of 3 May 2024 -> Palais des Congrès",
			"REFERENCES signing ceremony of roadmap of 3 May 2024 -> roadmap of 3 May 2024",
		},
	},
	{
		name: "a session refers to the instruments it took up, not to those cited for who ratified them or what went against them",
		text: "The Hauran Civic Council held its 12th session in Daraa on 3 June 2024. The Council reviewed the implementation of the Astana Memorandum. It recalled that Jordan ratified the Convention against Torture in 1991, and that the closure of the crossing was contrary to the Geneva Communiqué.",
		want: []string{
			"HELD Hauran Civic Council -> 12th session of the Hauran Civic Council",
			"OCCURRED_IN 12th session of the Hauran Civic Council -> Daraa",
			"PARTY_TO Jordan -> Convention against Torture",
			"REFERENCES 12th session of the Hauran Civic Council -> Astana Memorandum",
		},
	},
	{
		name: "a state's agency named 'State Committee for …' and its state is part of that state; a movement 'for …' of a state is not",
		text: "The State Committee for National Security of the Kyrgyz Republic arrested two men. The National Front for the Liberation of Angola denied it.",
		want: []string{
			"PART_OF State Committee for National Security of the Kyrgyz Republic -> Kyrgyzstan",
		},
	},
	{
		name: "police who fired at a crowd, or fired tear gas at it, attacked it there; a minister fired is no event",
		text: "On 12 June the police fired tear gas and rubber bullets at students in Zomba. Soldiers fired at a minibus near Balaka. The President fired the Minister of Health.",
		want: []string{
			"OCCURRED_IN fired in Balaka -> Balaka",
			"OCCURRED_IN fired in Zomba -> Zomba",
		},
	},
	{
		name: "crowds that marched, gathered or assembled somewhere are an event there, and so is an arrest whose object follows the place; a body that gathered views and a participle are not",
		text: "On 3 May, some two thousand teachers marched through Lilongwe. Hundreds of traders gathered at Limbe market. Students assembled outside Chancellor College in Zomba. The Council gathered the views of its members. The police arrested in Mangochi eleven fishermen. It mourns the teachers killed in Blantyre, south of Zomba.",
		want: []string{
			"OCCURRED_IN arrested in Mangochi -> Mangochi",
			"OCCURRED_IN assembled in Zomba -> Zomba",
			"OCCURRED_IN gathered in Limbe market -> Limbe market",
			"OCCURRED_IN marched in Lilongwe -> Lilongwe",
		},
	},
	{
		name: "more words of violence and detention: 'clashed', 'a firefight', 'were jailed'",
		text: "On 28 March, supporters of rival candidates clashed at Parakou. A firefight broke out near Natitingou. Two journalists were jailed in Cotonou.",
		want: []string{
			"OCCURRED_IN clashed in Parakou -> Parakou",
			"OCCURRED_IN firefight in Natitingou -> Natitingou",
			"OCCURRED_IN jailed in Cotonou -> Cotonou",
		},
	},
	{
		name: "an event 'there' is at the place named last before it",
		text: "On 16 August the police opened fire on strikers gathered on a hill near Marikana. Thirty-four mineworkers were killed there that afternoon.",
		want: []string{
			"OCCURRED_IN fire in Marikana -> Marikana",
			"OCCURRED_IN killed in Marikana -> Marikana",
		},
	},
	{
		name: "'House of' a chamber's members is a body, a house of anything else a building",
		text: "The House of Bishops met in extraordinary session at Namirembe Cathedral in Kampala. The talks were held at the House of Culture in Handlova.",
		want: []string{
			"HELD House of Bishops -> House of Bishops meeting in Namirembe Cathedral",
			"OCCURRED_IN House of Bishops meeting in Namirembe Cathedral -> Namirembe Cathedral",
			"OCCURRED_IN talks in House of Culture -> House of Culture",
		},
	},
	{
		name: "an instrument 'which they signed': the parties are the group the sentence's subject stands for",
		text: "The delegations of Iran, Russia and Turkey, the guarantors of the ceasefire, met in Astana. The guarantors welcomed progress in implementing the Memorandum on the creation of de-escalation areas in the Syrian Arab Republic, which they signed in Astana on 4 May 2017.",
		want: []string{
			"OCCURRED_IN Astana memorandum on de-escalation zones -> Astana",
			"OCCURRED_IN meeting of Iran, Russia and Turkey in Astana -> Astana",
			"PARTY_TO Iran -> Astana memorandum on de-escalation zones",
			"PARTY_TO Russia -> Astana memorandum on de-escalation zones",
			"PARTY_TO Turkey -> Astana memorandum on de-escalation zones",
			"REFERENCES meeting of Iran, Russia and Turkey in Astana -> Astana memorandum on de-escalation zones",
		},
	},
	{
		name: "a place told in an opening adverbial, before the host who received a guest: the meeting there",
		text: "On 19 May, at the Château of Val Duchesse, the Prime Minister of Belgium, Mr Leo Tindemans, received the Ambassador of France, Mr Jean Dupont.",
		want: []string{
			"ATTENDED Jean Dupont -> meeting of Leo Tindemans with Jean Dupont in Château of Val Duchesse",
			"ATTENDED Leo Tindemans -> meeting of Leo Tindemans with Jean Dupont in Château of Val Duchesse",
			"HOLDS_ROLE Jean Dupont -> France : Ambassador",
			"HOLDS_ROLE Leo Tindemans -> Belgium : Prime Minister",
			"OCCURRED_IN meeting of Leo Tindemans with Jean Dupont in Château of Val Duchesse -> Château of Val Duchesse",
		},
	},
	{
		name: "a named host received people the text does not name at a venue or in a town told before them",
		text: "On 2 March the President of Kenya, Mr Daniel arap Moi, received at State House the members of the diplomatic corps. On 3 March the Foreign Minister, Mr Robert Ouko, received in Nairobi the heads of the diplomatic missions.",
		want: []string{
			"ATTENDED Daniel arap Moi -> meeting of Daniel arap Moi in State House",
			"ATTENDED Robert Ouko -> meeting of Robert Ouko in Nairobi",
			"HOLDS_ROLE Daniel arap Moi -> Kenya : President",
			"OCCURRED_IN meeting of Daniel arap Moi in State House -> State House",
			"OCCURRED_IN meeting of Robert Ouko in Nairobi -> Nairobi",
		},
	},
	{
		name:      "a bare title's holder, named earlier with the title alone, received people the text does not name at a place: a meeting of the holder there",
		publisher: "MINISTRY OF INTERNAL AFFAIRS",
		town:      "Tashkent",
		text:      "The Minister of Internal Affairs, Mr Zokirjon Almatov, reported to the Council. On 18 February the Minister of Internal Affairs received the heads of the diplomatic missions at the Ministry in Tashkent.",
		want: []string{
			"ATTENDED Zokirjon Almatov -> meeting of Zokirjon Almatov in Tashkent",
			"HOLDS_ROLE Zokirjon Almatov -> Uzbekistan : Minister of Internal Affairs",
			"OCCURRED_IN meeting of Zokirjon Almatov in Tashkent -> Tashkent",
		},
	},
	{
		name:      "the venue between 'received' and the guests: 'received at the Palais du Gouvernement the ambassadors of …'",
		publisher: "Services of the Prime Minister",
		town:      "Algiers",
		text:      "The Prime Minister, Mr Abdelmalek Sellal, spoke to the press. On Sunday the Prime Minister received at the Palais du Gouvernement the ambassadors of Japan and Norway.",
		want: []string{
			"ATTENDED Abdelmalek Sellal -> meeting of Abdelmalek Sellal in Palais du Gouvernement",
			"OCCURRED_IN meeting of Abdelmalek Sellal in Palais du Gouvernement -> Palais du Gouvernement",
		},
	},
	{
		name: "an international organ's short name, then 'of' and a state, is that state's own organ",
		text: "The President chaired a meeting of the Security Council of the Republic of Kenya at State House in Nairobi. The Human Rights Council of the United Nations met in Geneva.",
		want: []string{
			"HELD Security Council of the Republic of Kenya -> meeting in State House",
			"HELD UN Human Rights Council -> UN Human Rights Council meeting in Geneva",
			"OCCURRED_IN UN Human Rights Council meeting in Geneva -> Geneva",
			"OCCURRED_IN meeting in State House -> State House",
			"PART_OF Security Council of the Republic of Kenya -> Kenya",
			"PART_OF UN Human Rights Council -> United Nations",
		},
	},
	{
		name:      "a publisher line that gives the acronym before the name with a colon: the body the text names by its acronym speaks",
		publisher: "HART: NEW ZEALAND ANTI-APARTHEID MOVEMENT",
		text:      "HART condemns the New Zealand Police, whose Red Squad struck the marchers.",
		want:      []string{"CONDEMNED New Zealand Anti-apartheid Movement -> New Zealand Police"},
	},
	{
		name: "an honorific between 'for SIDE by' and the title: the side's office still",
		text: "The Agreement was signed for the Republic of Kenya by His Excellency the President, Daniel T. arap Moi, and for the Republic of Uganda by His Excellency the President, Dr A. Milton Obote.",
		want: []string{
			"HOLDS_ROLE A. Milton Obote -> Uganda : President",
			"HOLDS_ROLE Daniel T. arap Moi -> Kenya : President",
		},
	},
	{
		name:      "a title's holder named nowhere received guests unnamed at a venue: the meeting still, with who was present",
		publisher: "Services of the Prime Minister",
		town:      "Algiers",
		text:      "This morning the Prime Minister received the ambassadors of the European Union at the Palais du Gouvernement, in the presence of the Minister of Foreign Affairs, Mr Mourad Medelci.",
		want: []string{
			"ATTENDED Mourad Medelci -> meeting in Palais du Gouvernement",
			"OCCURRED_IN meeting in Palais du Gouvernement -> Palais du Gouvernement",
		},
	},
	{
		name: "a state that ratified or subscribed to an instrument, told in a relative clause after where the instrument was made, is its party",
		text: "The talks took account of the Harare Commonwealth Declaration, adopted in Harare in October 1991, to which Malawi subscribed. The Commission recalls the African Charter on Human and Peoples' Rights, adopted in Nairobi in June 1981, which Zambia ratified.",
		want: []string{
			"OCCURRED_IN African Charter on Human and Peoples' Rights -> Nairobi",
			"OCCURRED_IN Harare Commonwealth Declaration -> Harare",
			"PARTY_TO Malawi -> Harare Commonwealth Declaration",
			"PARTY_TO Zambia -> African Charter on Human and Peoples' Rights",
		},
	},
	{
		name: "a body's meeting told by an indefinite noun phrase, at a place the sentence names, with who presided over it",
		town: "Usumbura",
		text: "On Saturday the Prime Minister, Mr Pierre Ngenda, presided at the Royal Palace in Usumbura over an extraordinary meeting of the Council of Ministers.",
		want: []string{
			"ATTENDED Pierre Ngenda -> Council of Ministers meeting in Royal Palace",
			"HELD Council of Ministers -> Council of Ministers meeting in Royal Palace",
			"OCCURRED_IN Council of Ministers meeting in Royal Palace -> Royal Palace",
		},
	},
	{
		name: "a body's meeting told in passing is where the words after it say it was held, not at the place the sentence names first",
		town: "Sofia",
		text: "The Minister of Interior, Mr Tsvetan Petrov, presented the results of the investigation of the attack at Burgas Airport, after a meeting of the Consultative Council for National Security held at the Presidency in Sofia.",
		want: []string{
			"ATTENDED Tsvetan Petrov -> meeting in Presidency",
			"HELD Consultative Council for National Security -> meeting in Presidency",
			"HOLDS_ROLE Tsvetan Petrov -> Bulgaria : Minister of Interior",
			"OCCURRED_IN meeting in Presidency -> Presidency",
			"OCCURRED_IN attack in Burgas Airport -> Burgas Airport",
		},
	},
	{
		name:      "a body names itself by its head noun alone: 'the Panel', 'the Confederation', 'the Board'",
		publisher: "Judicial Panel of Inquiry on the Toll Gate Shooting",
		text:      "The Panel condemns the Nigerian Army, whose soldiers fired on unarmed protesters.",
		want:      []string{"CONDEMNED Judicial Panel of Inquiry on the Toll Gate Shooting -> Nigerian Army"},
	},
	{
		name:      "a publisher line that gives the acronym after the name with a dash",
		publisher: "UNITED FRONT OF THE HIGHLAND PEOPLES – UFHP",
		text:      "The UFHP condemns the Border Police, whose men burned the villages.",
		want:      []string{"CONDEMNED United Front of the Highland Peoples -> Border Police"},
	},
	{
		name: "a Burmese \"U\" or a Swahili \"Mwalimu\" before a name is a form of address, a capital \"U\" inside a name is not",
		text: "The Council welcomed U Aung Min, Minister of Information of Myanmar, and Mwalimu Julius Nyerere, President of Tanzania. It thanked General Moeen U Ahmed, Chief of Army Staff of Bangladesh.",
		want: []string{
			"HOLDS_ROLE Aung Min -> Myanmar : Minister of Information",
			"HOLDS_ROLE Julius Nyerere -> Tanzania : President",
			"HOLDS_ROLE Moeen U Ahmed -> Bangladesh : Chief of Army Staff",
		},
	},
	{
		name:      "Malay honours before a name (\"Tan Sri\", \"Dato' Seri\") are no part of it, nor is a father's \"Tun\" inside one a break",
		publisher: "Prime Minister's Office of Malaysia",
		text: "The meeting was attended by the Deputy Prime Minister, Tan Sri Muhyiddin Yassin; the Minister of Defence, Dato' Seri Dr Ahmad Zahid Hamidi; " +
			"and the Minister of Home Affairs, Dato’ Seri Hishammuddin Tun Hussein.",
		want: []string{
			"HOLDS_ROLE Muhyiddin Yassin -> Malaysia : Deputy Prime Minister",
			"HOLDS_ROLE Ahmad Zahid Hamidi -> Malaysia : Minister of Defence",
			"HOLDS_ROLE Hishammuddin Tun Hussein -> Malaysia : Minister of Home Affairs",
		},
	},
	{
		name: "a delegation a sentence of its own lists after the talks the text reported attended them",
		text: "The talks between the two delegations were held at the State House in Entebbe on 28 December. " +
			"The delegation of Uganda consisted of Mr Tarsis Kabwegyere and Mr Paulo Muwanga.",
		want: []string{
			"ATTENDED Tarsis Kabwegyere -> talks in State House",
			"ATTENDED Paulo Muwanga -> talks in State House",
			"OCCURRED_IN talks in State House -> State House",
		},
	},
	{
		name: "who accompanied someone, said in a sentence of its own, attended the meeting that person attended",
		text: "The Minister of Foreign Affairs of Spain, Ana Palacio, met the Minister of Foreign Affairs of Morocco, Mohamed Benaissa, at the Ministry in Rabat. " +
			"Ms Palacio was accompanied by the Secretary of State for Foreign Affairs, Mr Miguel Nadal, and by the Ambassador of Spain to Morocco, Mr Fernando Arias-Salgado.",
		want: []string{
			"HOLDS_ROLE Ana Palacio -> Spain : Minister of Foreign Affairs",
			"HOLDS_ROLE Mohamed Benaissa -> Morocco : Minister of Foreign Affairs",
			"HOLDS_ROLE Fernando Arias-Salgado -> Spain : Ambassador",
			"HOLDS_ROLE Miguel Nadal -> Spain : Secretary of State",
			"ATTENDED Ana Palacio -> meeting of Ana Palacio with Mohamed Benaissa in Rabat",
			"ATTENDED Mohamed Benaissa -> meeting of Ana Palacio with Mohamed Benaissa in Rabat",
			"ATTENDED Miguel Nadal -> meeting of Ana Palacio with Mohamed Benaissa in Rabat",
			"ATTENDED Fernando Arias-Salgado -> meeting of Ana Palacio with Mohamed Benaissa in Rabat",
			"OCCURRED_IN meeting of Ana Palacio with Mohamed Benaissa in Rabat -> Rabat",
		},
	},
	{
		name:      "a leader's office speaks for the state a line of its letterhead names: its ministers, bare, are that state's",
		publisher: "The President's Office\nRepublic of Nauru",
		text:      "The Minister for Justice, Mr Kieren Keke, and the Minister of Finance, Mr Ludwig Scotty, briefed the diplomatic corps on the unrest.",
		want: []string{
			"HOLDS_ROLE Kieren Keke -> Nauru : Minister for Justice",
			"HOLDS_ROLE Ludwig Scotty -> Nauru : Minister of Finance",
		},
	},
	{
		name: "someone met named people at a place the sentence names: a meeting there",
		text: "The Prime Minister, Mr Ibrahim Nasir, met the Speaker, Mr Ahmed Zaki, at the Prime Minister's Office in Male on Tuesday.",
		want: []string{
			"ATTENDED Ibrahim Nasir -> meeting of Ibrahim Nasir with Ahmed Zaki in Prime Minister's Office",
			"ATTENDED Ahmed Zaki -> meeting of Ibrahim Nasir with Ahmed Zaki in Prime Minister's Office",
			"OCCURRED_IN meeting of Ibrahim Nasir with Ahmed Zaki in Prime Minister's Office -> Prime Minister's Office",
		},
	},
	{
		name: "a list goes on from a town it names: every name in it is a town, with no word of place of its own",
		text: "Thousands of people fled from Moengo, Albina and Apoera in the night. The talks were held in Washington, D.C., on Monday.",
		want: []string{
			"OCCURRED_IN fled in Moengo -> Moengo",
			"OCCURRED_IN fled in Moengo -> Albina",
			"OCCURRED_IN fled in Moengo -> Apoera",
			"OCCURRED_IN talks in Washington -> Washington",
		},
	},
	{
		name:      "a secretary's title the lexicon does not know, before its holder and naming no body, is the issuer's; a minister's is not",
		publisher: "Zimbabwe African National Union",
		text:      "The statement was read by the Secretary for Information and Publicity, Comrade Nathan Shamuyarira, in the presence of the Minister for Local Government, Mr Enos Chikowore.",
		want: []string{
			"HOLDS_ROLE Nathan Shamuyarira -> Zimbabwe African National Union : Secretary for Information and Publicity",
		},
	},
	{
		name: "titles before the one side the sentence names after them: \"took part on the Chinese side\"",
		text: "Foreign Minister Qian Qichen and Vice-Premier Wu Xueqian took part on the Chinese side.",
		want: []string{
			"HOLDS_ROLE Qian Qichen -> China : Foreign Minister",
			"HOLDS_ROLE Wu Xueqian -> China : Vice-Premier",
		},
	},
	{
		name:      "a national body datelined its capital speaks of that state's ministers bare, when the text names the state",
		publisher: "Coordinadora Nacional de Derechos Humanos",
		town:      "Lima",
		text:      "The Coordinadora asks the Minister of the Interior, General Juan Briones, to explain the killings. It recalls that Peru is bound by the American Convention.",
		want: []string{
			"HOLDS_ROLE Juan Briones -> Peru : Minister of the Interior",
		},
	},
	{
		name:      "a movement datelined a capital whose state the text never names is in exile there: no minister of that state",
		publisher: "Ogaden National Liberation Front",
		town:      "London",
		text:      "The Front met the Prime Minister, Mr Meles Zenawi, in Addis Ababa last week.",
		want: []string{
			"ATTENDED Meles Zenawi -> meeting of Meles Zenawi in Addis Ababa",
			"OCCURRED_IN meeting of Meles Zenawi in Addis Ababa -> Addis Ababa",
		},
	},
	{
		name:      "a national institution whose name names its state: a bare President and a minister in its release are the state's",
		publisher: "Uganda Human Rights Commission",
		text:      "The Commission welcomes the decision of President Yoweri Museveni to lift the curfew. It urges the Minister of Internal Affairs, Mr Jeje Odongo, to release those held without charge.",
		want: []string{
			"HOLDS_ROLE Jeje Odongo -> Uganda : Minister of Internal Affairs",
			"HOLDS_ROLE Yoweri Museveni -> Uganda : President",
		},
	},
	{
		name: "a hyphenated meeting noun after its article, and a body named after its members (\"of Heads of State of\")",
		text: "At the invitation of its Chairman, a mini-summit of Heads of State of the Economic Community of Central African States was held in Libreville on 3 May 2004 to examine the dispute between Gabon and Equatorial Guinea.",
		want: []string{
			"OCCURRED_IN summit in Libreville -> Libreville",
			"HELD ECCAS -> summit in Libreville",
		},
	},
	{
		name: "a meeting whose \"with\" comes after the day and the venue, a list of titled guests, and a reception \"in TOWN\" of a guest titled by a long state name",
		text: "The President of the Republic, Mr Tomas Varga, met this Tuesday, 3 June, at the Palacio Azul, with the President of the Supreme Court, Justice Ana Ruiz, the President of the Chamber of Deputies, Mr Pablo Ortiz, and the President of the Federal Senate, Senator Luis Mena. " +
			"On 2 June, Mr Varga received in Tarija the President of the Democratic and Popular Republic of Algeria, Mr Ali Benkhedda.",
		want: []string{
			"HOLDS_ROLE Ana Ruiz -> Supreme Court : President",
			"HOLDS_ROLE Pablo Ortiz -> Chamber of Deputies : President",
			"HOLDS_ROLE Luis Mena -> Federal Senate : President",
			"HOLDS_ROLE Ali Benkhedda -> Algeria : President",
			"ATTENDED Tomas Varga -> meeting of Tomas Varga with Ana Ruiz in Palacio Azul",
			"ATTENDED Ana Ruiz -> meeting of Tomas Varga with Ana Ruiz in Palacio Azul",
			"ATTENDED Pablo Ortiz -> meeting of Tomas Varga with Ana Ruiz in Palacio Azul",
			"ATTENDED Luis Mena -> meeting of Tomas Varga with Ana Ruiz in Palacio Azul",
			"OCCURRED_IN meeting of Tomas Varga with Ana Ruiz in Palacio Azul -> Palacio Azul",
			"ATTENDED Tomas Varga -> meeting of Tomas Varga with Ali Benkhedda in Tarija",
			"ATTENDED Ali Benkhedda -> meeting of Tomas Varga with Ali Benkhedda in Tarija",
			"OCCURRED_IN meeting of Tomas Varga with Ali Benkhedda in Tarija -> Tarija",
		},
	},
	{
		name: "a venue that opens with its noun and goes on with a known name or an \"of\" phrase; a chamber of a legislature is no venue",
		text: "The Council of Ministers met this morning at Villa Somalia. The Supreme Council met in the House of Soviets on 2 June. The Speaker spoke in the House of Commons.",
		want: []string{
			"HELD Council of Ministers -> Council of Ministers meeting in Villa Somalia",
			"OCCURRED_IN Council of Ministers meeting in Villa Somalia -> Villa Somalia",
			"HELD Supreme Council -> Supreme Council meeting in House of Soviets",
			"OCCURRED_IN Supreme Council meeting in House of Soviets -> House of Soviets",
		},
	},
	{
		name: "a visit to a country that names no town is the country's; hostages taken at a place are a detention there",
		text: "The President had returned a few hours earlier from an official visit to Switzerland. Gunmen seized the school at Bovensmilde and took eleven pupils hostage at Bovensmilde.",
		want: []string{
			"OCCURRED_IN visit in Switzerland -> Switzerland",
			"OCCURRED_IN hostage in Bovensmilde -> Bovensmilde",
		},
	},
	{
		name:      "an organ that names no state (in any language) is its capital's state when the dateline names the capital",
		publisher: "Bundesministerium für Auswärtige Angelegenheiten",
		town:      "Vienna",
		text:      "Present were the Federal Minister for Foreign Affairs, Dr Lujo Tončić-Sorinj, and the Federal Minister of Defence, Dr Georg Prader.",
		want: []string{
			"HOLDS_ROLE Lujo Tončić-Sorinj -> Austria : Federal Minister for Foreign Affairs",
			"HOLDS_ROLE Georg Prader -> Austria : Federal Minister of Defence",
		},
	},
	{
		name:      "a monarch after \"His Majesty\" and a Chancellor, bare, in a state organ's release are its own",
		publisher: "Ministry of Foreign Affairs of Thailand",
		text:      "The delegation leaders were received in audience by His Majesty King Bhumibol Adulyadej. The Vice-Chancellor, Dr Fritz Bock, was present.",
		want: []string{
			"HOLDS_ROLE Bhumibol Adulyadej -> Thailand : King",
			"HOLDS_ROLE Fritz Bock -> Thailand : Vice-Chancellor",
		},
	},
	{
		name: "a list item's title followed by its state after a comma, items under a line that names only a state, and states that no longer exist",
		text: "Among the heads of delegation present were:\n\n• H.E. Dr Valentín Hernández Acosta, Minister of Mines and Hydrocarbons, Republic of Venezuela;\n• H.E. Boris Yeltsin, President, RSFSR.\n\n" +
			"United States\n- President Ronald Reagan\n- George P. Shultz, Secretary of State\n",
		want: []string{
			"HOLDS_ROLE Valentín Hernández Acosta -> Venezuela : Minister of Mines and Hydrocarbons",
			"HOLDS_ROLE Boris Yeltsin -> Russian Soviet Federative Socialist Republic : President",
			"HOLDS_ROLE Ronald Reagan -> United States : President",
			"HOLDS_ROLE George P. Shultz -> United States : Secretary of State",
		},
	},
	{
		name: "\"The meeting was held at VENUE\" right after a meeting gives that meeting its venue too",
		text: "The Foreign Minister of Chad, Mr Ali Mahamat, met today in Beijing Mr Hassan Idriss, Minister of Foreign Affairs of Niger. The meeting was held at the Diaoyutai State Guesthouse.",
		want: []string{
			"HOLDS_ROLE Ali Mahamat -> Chad : Foreign Minister",
			"HOLDS_ROLE Hassan Idriss -> Niger : Minister of Foreign Affairs",
			"ATTENDED Ali Mahamat -> meeting of Ali Mahamat with Hassan Idriss in Beijing",
			"ATTENDED Hassan Idriss -> meeting of Ali Mahamat with Hassan Idriss in Beijing",
			"OCCURRED_IN meeting of Ali Mahamat with Hassan Idriss in Beijing -> Beijing",
			"OCCURRED_IN meeting of Ali Mahamat with Hassan Idriss in Beijing -> Diaoyutai State Guesthouse",
		},
	},
	{
		name: "\"the two Presidents met at X\": the two persons the text titled President attended",
		text: "The President of Argentina, Ms Ana Vidal, and the President of Uruguay, Mr Pablo Sosa, spoke today. The two Presidents had first met at the Estancia Anchorena.",
		want: []string{
			"HOLDS_ROLE Ana Vidal -> Argentina : President",
			"HOLDS_ROLE Pablo Sosa -> Uruguay : President",
			"OCCURRED_IN talks in Estancia Anchorena -> Estancia Anchorena",
			"ATTENDED Ana Vidal -> talks in Estancia Anchorena",
			"ATTENDED Pablo Sosa -> talks in Estancia Anchorena",
		},
	},
	{
		name: "talks no body held reference an instrument only where the text speaks of them, their people or their venue",
		text: "The Minister of Foreign Affairs of Chad, Mr Ali Mahamat, held talks in Niamey with Mr Hassan Idriss, Minister of Foreign Affairs of Niger. " +
			"The two ministers reviewed the Lomé Agreement. Niger is a party to the Convention against Torture.",
		want: []string{
			"HOLDS_ROLE Ali Mahamat -> Chad : Minister of Foreign Affairs",
			"HOLDS_ROLE Hassan Idriss -> Niger : Minister of Foreign Affairs",
			"ATTENDED Ali Mahamat -> meeting of Ali Mahamat with Hassan Idriss in Niamey",
			"ATTENDED Hassan Idriss -> meeting of Ali Mahamat with Hassan Idriss in Niamey",
			"OCCURRED_IN meeting of Ali Mahamat with Hassan Idriss in Niamey -> Niamey",
			"REFERENCES meeting of Ali Mahamat with Hassan Idriss in Niamey -> Lomé Peace Agreement",
			"PARTY_TO Niger -> Convention against Torture",
		},
	},
	{
		name: "signers named as a group (\"the two Governments\", \"the two Kingdoms\") and sides before a capitalised instrument they signed",
		text: "The Governments of Chad and Libya agreed on the withdrawal. On 30 May, a Joint Declaration was signed by representatives of the two Governments. " +
			"Yesterday, in New York, the delegations of the Republic of Cuba and of the United States of America signed a Joint Communiqué on migration. " +
			"The Governments of Spain and Morocco met in Rabat. They recalled the Treaty of Good-Neighbourliness signed by the two Kingdoms on 4 July 1991.",
		want: []string{
			"PARTY_TO Chad -> Joint Declaration",
			"PARTY_TO Libya -> Joint Declaration",
			"PARTY_TO Cuba -> Joint Communiqué",
			"PARTY_TO United States -> Joint Communiqué",
			"PARTY_TO Spain -> Treaty of Good-Neighbourliness",
			"PARTY_TO Morocco -> Treaty of Good-Neighbourliness",
			"OCCURRED_IN meeting of Spain and Morocco in Rabat -> Rabat",
		},
	},
	{
		name: "parties by a relative clause (\"which X has ratified\", \"of DATE to which A and B are both parties\") and by \"a party to A and to B\"",
		text: "The Congress recalled the International Covenant on Civil and Political Rights, which the Union of Soviet Socialist Republics has ratified. " +
			"The attack violates the Geneva Conventions of 12 August 1949 to which Belgium and Zaire are both parties. " +
			"Jamaica is a State Party to the Convention against Torture and to the Convention on the Rights of the Child.",
		want: []string{
			"PARTY_TO Soviet Union -> International Covenant on Civil and Political Rights",
			"PARTY_TO Belgium -> Geneva Conventions",
			"PARTY_TO Zaire -> Geneva Conventions",
			"PARTY_TO Jamaica -> Convention against Torture",
			"PARTY_TO Jamaica -> Convention on the Rights of the Child",
		},
	},
	{
		name:      "a line of an attendance list that opens with a state gives the title on it that state, not the issuer's",
		publisher: "Office of the Prime Minister of the Cook Islands",
		text:      "The Forum was attended by:\n\nFiji – Ratu Sir Kamisese Mara, Prime Minister\nFor Tuvalu: the Hon. Tomasi Puapua, Prime Minister\n",
		want: []string{
			"HOLDS_ROLE Kamisese Mara -> Fiji : Prime Minister",
			"HOLDS_ROLE Tomasi Puapua -> Tuvalu : Prime Minister",
		},
	},
	{
		name:      "an envoy received at a ministry unnamed, in a release with no dateline town: the capital of the ministry's state",
		publisher: "Ministry of Foreign Affairs of Turkmenistan",
		text:      "On 18 December 2002 the Minister of Foreign Affairs of Turkmenistan, Mr Ata Berdiev, received at the Ministry the Chargé d'affaires of the Republic of Uzbekistan and handed him a note.",
		want: []string{
			"HOLDS_ROLE Ata Berdiev -> Turkmenistan : Minister of Foreign Affairs",
			"ATTENDED Ata Berdiev -> meeting of Ata Berdiev in Ashgabat",
			"OCCURRED_IN meeting of Ata Berdiev in Ashgabat -> Ashgabat",
		},
	},
	{
		name:      "a host named only by title receives a guest at a venue, and one present in the next sentence attended; the guest's envoy in a relative clause is not the guest",
		publisher: "Government of Australia",
		text: "The Governor-General received Mr Gough Whitman at Government House, Yarralumla, at 1 p.m. Papua New Guinea's Attorney-General, Mr Bernard Narokobi, was present. " +
			"Earlier this morning, the Prime Minister received at the Primature the Ambassador of Angola, who conveyed the condolences of the Angolan President, Jose Eduardo dos Santos.",
		want: []string{
			"ATTENDED Bernard Narokobi -> meeting of Gough Whitman in Government House",
			"ATTENDED Gough Whitman -> meeting of Gough Whitman in Government House",
			"HOLDS_ROLE Bernard Narokobi -> Papua New Guinea : Attorney-General",
			"HOLDS_ROLE José Eduardo dos Santos -> Angola : President",
			"OCCURRED_IN meeting of Gough Whitman in Government House -> Government House",
		},
	},
	{
		name:      "a town's name that opens a venue's is the venue's",
		publisher: "Ministry of Foreign Affairs of Malawi",
		text:      "The two delegations paid a courtesy call on President Joyce Banda at the Mzuzu State Lodge.",
		want: []string{
			"ATTENDED Joyce Banda -> meeting of Joyce Banda in Mzuzu State Lodge",
			"OCCURRED_IN meeting of Joyce Banda in Mzuzu State Lodge -> Mzuzu State Lodge",
		},
	},
	{
		name: "a call on someone somewhere is a meeting; a call on someone to act is none",
		text: "Lord Caradon called on the Premier, Robert Bradshaw, in Basseterre. The Council called on the President to release the detainees held in Bamako.",
		want: []string{
			"ATTENDED Robert Bradshaw -> meeting of Robert Bradshaw in Basseterre",
			"OCCURRED_IN meeting of Robert Bradshaw in Basseterre -> Basseterre",
		},
	},
	{
		name: "a numbered round of talks the sentence does not place is placed by the next (\"The talks were held at\")",
		text: "The delegations of Malawi and Tanzania yesterday concluded the first round of talks on the boundary. The talks were held at the Sunbird Mzuzu Hotel.",
		want: []string{
			"OCCURRED_IN first round of talks -> Sunbird Mzuzu Hotel",
		},
	},
	{
		name: "\"A signed for STATE, B for STATE2\": the ceremony's signers, each for a party",
		text: "The leaders of Ethiopia, Egypt and Sudan signed the Declaration of Principles at the Republican Palace in Khartoum on 23 March 2015. " +
			"Prime Minister Hailemariam Dessalegn signed for Ethiopia, President Abdel Fattah el-Sisi for Egypt and President Omar al-Bashir for the Sudan.",
		want: []string{
			"OCCURRED_IN Declaration of Principles -> Republican Palace",
			"PARTY_TO Egypt -> Declaration of Principles",
			"PARTY_TO Sudan -> Declaration of Principles",
			"PARTY_TO Ethiopia -> Declaration of Principles",
			"OCCURRED_IN signing ceremony of Declaration of Principles -> Republican Palace",
			"REFERENCES signing ceremony of Declaration of Principles -> Declaration of Principles",
			"ATTENDED Hailemariam Desalegn -> signing ceremony of Declaration of Principles",
			"ATTENDED Abdel Fattah el-Sisi -> signing ceremony of Declaration of Principles",
			"ATTENDED Omar al-Bashir -> signing ceremony of Declaration of Principles",
		},
	},
	{
		name: "a meeting between two people on the margins of a summit: they met where it was held, and attended it",
		text: "The talks followed the meeting between Mrs Joyce Banda, President of Malawi, and Dr Jakaya Kikwete, President of Tanzania, on the margins of the 32nd Ordinary Summit of SADC in Maputo on 17 August 2012.",
		want: []string{
			"HOLDS_ROLE Joyce Banda -> Malawi : President",
			"HOLDS_ROLE Jakaya Kikwete -> Tanzania : President",
			"HELD SADC -> 32nd session of the SADC",
			"OCCURRED_IN 32nd session of the SADC -> Maputo",
			"ATTENDED Joyce Banda -> 32nd session of the SADC",
			"ATTENDED Jakaya Kikwete -> 32nd session of the SADC",
			"ATTENDED Joyce Banda -> meeting of Joyce Banda with Jakaya Kikwete in Maputo",
			"ATTENDED Jakaya Kikwete -> meeting of Joyce Banda with Jakaya Kikwete in Maputo",
			"OCCURRED_IN meeting of Joyce Banda with Jakaya Kikwete in Maputo -> Maputo",
		},
	},
	{
		name: "streets of other languages are places; people arrested somewhere is a detention there",
		text: "The Red Brigades kidnapped Aldo Moro in Via Mario Fani. Fifteen persons were arrested at Wounded Knee on 8 May.",
		want: []string{
			"OCCURRED_IN kidnapped in Via Mario Fani -> Via Mario Fani",
			"OCCURRED_IN arrested in Wounded Knee -> Wounded Knee",
		},
	},
	{
		name: "a surname that is also a country's other name, dotted honours, a peer's title and Spanish Don",
		text: "The Ambassador of the United States to Mexico, Thomas C. Mann, spoke. The Chief Justice of Australia, Sir Garfield Barwick, G.C.M.G., spoke. " +
			"The Permanent Representative of the United Kingdom, Lord Caradon, spoke. Don Adolfo Suárez, Prime Minister of Spain, spoke.",
		want: []string{
			"HOLDS_ROLE Thomas C. Mann -> United States : Ambassador",
			"HOLDS_ROLE Garfield Barwick -> Australia : Chief Justice",
			"HOLDS_ROLE Lord Caradon -> United Kingdom : Permanent Representative",
			"HOLDS_ROLE Adolfo Suárez -> Spain : Prime Minister",
		},
	},
	{
		name: "a portfolio listed with commas is the whole title's",
		text: "Sam Kutesa, Minister of Foreign Affairs, Trade and Tourism of Uganda, met Alemayehu Tegenu, Minister of Water, Irrigation and Energy of Ethiopia, in Kampala.",
		want: []string{
			"HOLDS_ROLE Sam Kutesa -> Uganda : Minister of Foreign Affairs, Trade and Tourism",
			"HOLDS_ROLE Alemayehu Tegenu -> Ethiopia : Minister of Water, Irrigation and Energy",
			"ATTENDED Sam Kutesa -> meeting of Sam Kutesa with Alemayehu Tegenu in Kampala",
			"ATTENDED Alemayehu Tegenu -> meeting of Sam Kutesa with Alemayehu Tegenu in Kampala",
			"OCCURRED_IN meeting of Sam Kutesa with Alemayehu Tegenu in Kampala -> Kampala",
		},
	},
	{
		name: "bare government titles on a state's side, in its delegation or representing it are that state's",
		text: "On the Senegalese side, the Prime Minister, Monsieur Habib Thiam, and the Minister of Foreign Affairs, Monsieur Moustapha Niasse, were present. " +
			"Ethiopia was represented there by Dr Tedros Adhanom, Minister of Foreign Affairs.",
		want: []string{
			"HOLDS_ROLE Habib Thiam -> Senegal : Prime Minister",
			"HOLDS_ROLE Moustapha Niasse -> Senegal : Minister of Foreign Affairs",
			"HOLDS_ROLE Tedros Adhanom Ghebreyesus -> Ethiopia : Minister of Foreign Affairs",
		},
	},
	{
		name: "a person named host holds the meeting for the state whose office they hold",
		text: "At the invitation of His Excellency Modibo Keïta, President of the Republic of Mali, the King of Morocco, Hassan II, and the President of Algeria, Ahmed Ben Bella, met at the Koulouba Palace in Bamako.",
		want: []string{
			"HOLDS_ROLE Modibo Keïta -> Mali : President",
			"HOLDS_ROLE Hassan II -> Morocco : King",
			"HOLDS_ROLE Ahmed Ben Bella -> Algeria : President",
			"ATTENDED Modibo Keïta -> meeting of Mali, Morocco and Algeria in Koulouba Palace",
			"ATTENDED Hassan II -> meeting of Mali, Morocco and Algeria in Koulouba Palace",
			"ATTENDED Ahmed Ben Bella -> meeting of Mali, Morocco and Algeria in Koulouba Palace",
			"OCCURRED_IN meeting of Mali, Morocco and Algeria in Koulouba Palace -> Koulouba Palace",
			"HELD Mali -> meeting of Mali, Morocco and Algeria in Koulouba Palace",
		},
	},
	{
		name: "a state thanked for hosting the session holds it",
		text: "The Authority of Heads of State and Government held its Fiftieth Ordinary Session in Abuja on 17 December 2016. " +
			"The Authority expressed its gratitude to the Government and people of Nigeria for hosting the session.",
		want: []string{
			"HELD ECOWAS Authority of Heads of State and Government -> 50th session of the ECOWAS Authority of Heads of State and Government",
			"HELD Nigeria -> 50th session of the ECOWAS Authority of Heads of State and Government",
			"OCCURRED_IN 50th session of the ECOWAS Authority of Heads of State and Government -> Abuja",
		},
	},
	{
		name: "talks convened or organised by a body are the talks it held",
		text: "The consultations, convened by the Gulf Cooperation Council, took place in Riyadh.",
		want: []string{
			"HELD Gulf Cooperation Council -> talks in Riyadh",
			"OCCURRED_IN talks in Riyadh -> Riyadh",
		},
	},
	{
		name: "\"a meeting of the leaders of A, B and C took place at\" a residence: the states' meeting there; a person's residence is no place's name",
		text: "A meeting of the leaders of Belarus, Russia and Ukraine took place at the Viskuli government residence on 8 December 1991. " +
			"The Council met at the residence of Nawabzada Nasrullah Khan.",
		want: []string{
			"OCCURRED_IN meeting of Belarus, Russia and Ukraine in Viskuli -> Viskuli", // the lexicon's name for the residence
		},
	},
	{
		name: "a meeting named by its town that the verb says ended at a venue is placed at the venue",
		text: "The meeting in Reykjavík between the President of the United States, Ronald Reagan, and the General Secretary of the Communist Party of the Soviet Union, Mikhail Gorbachev, ended yesterday evening at Höfði House.",
		want: []string{
			"HOLDS_ROLE Ronald Reagan -> United States : President",
			"HOLDS_ROLE Mikhail Gorbachev -> Communist Party of the Soviet Union : General Secretary",
			"ATTENDED Ronald Reagan -> meeting in Höfði House",
			"ATTENDED Mikhail Gorbachev -> meeting in Höfði House",
			"OCCURRED_IN meeting in Höfði House -> Höfði House",
		},
	},
	{
		name: "\"the thirteenth and final round\"; \"A and B had held their eleventh sitting at\": numbered, placed, and they sat",
		text: "The thirteenth and final round was held at Clarence House in Port Louis. " +
			"Mr Abdul Hafeez Pirzada and Maulana Kausar Niazi had held their eleventh sitting at the Prime Minister's House in Rawalpindi on 15 June.",
		want: []string{
			"OCCURRED_IN thirteenth and final round in Clarence House -> Clarence House",
			"OCCURRED_IN eleventh sitting in Prime Minister's House -> Prime Minister's House",
			"ATTENDED Abdul Hafeez Pirzada -> eleventh sitting in Prime Minister's House",
			"ATTENDED Kausar Niazi -> eleventh sitting in Prime Minister's House",
		},
	},
	{
		name: "officials who signed bind the states whose offices they hold",
		text: "The President of Mali, Moussa Traoré, and the President of Burkina Faso, Thomas Sankara, met in Yamoussoukro. " +
			"At the end of the day, President Sankara and President Traoré signed a Protocol of Agreement on the withdrawal of their forces.",
		want: []string{
			"HOLDS_ROLE Moussa Traoré -> Mali : President",
			"HOLDS_ROLE Thomas Sankara -> Burkina Faso : President",
			"ATTENDED Moussa Traoré -> meeting of Mali and Burkina Faso in Yamoussoukro",
			"ATTENDED Thomas Sankara -> meeting of Mali and Burkina Faso in Yamoussoukro",
			"OCCURRED_IN meeting of Mali and Burkina Faso in Yamoussoukro -> Yamoussoukro",
			"REFERENCES meeting of Mali and Burkina Faso in Yamoussoukro -> Protocol of Agreement",
			"PARTY_TO Mali -> Protocol of Agreement",
			"PARTY_TO Burkina Faso -> Protocol of Agreement",
		},
	},
	{
		name: "forms of address of other languages and British honours are no part of a name",
		text: "Sir William Whitelaw CH MC, Home Secretary of the United Kingdom, met Señor Fernando Morán, Minister of Foreign Affairs of Spain, in London, " +
			"in the presence of Field Marshal Thanom Kittikachorn, Prime Minister of Thailand.",
		want: []string{
			"HOLDS_ROLE William Whitelaw -> United Kingdom : Home Secretary",
			"HOLDS_ROLE Fernando Morán -> Spain : Minister of Foreign Affairs",
			"HOLDS_ROLE Thanom Kittikachorn -> Thailand : Prime Minister",
			"ATTENDED William Whitelaw -> meeting of William Whitelaw with Fernando Morán in London",
			"ATTENDED Fernando Morán -> meeting of William Whitelaw with Fernando Morán in London",
			"ATTENDED Thanom Kittikachorn -> meeting of William Whitelaw with Fernando Morán in London",
			"OCCURRED_IN meeting of William Whitelaw with Fernando Morán in London -> London",
		},
	},
	{
		name: "a state's name that opens a body's is the body's; \"the Iraq Government\" stays the state's",
		text: "The Orange Democratic Movement condemned the Kenya Police. The Government of Guyana condemned the Suriname Navy.",
		want: []string{
			"CONDEMNED Orange Democratic Movement -> Kenya Police",
			"CONDEMNED Government of Guyana -> Suriname Navy",
		},
	},
	{
		name: "\"That meeting took place\" where the text says, and the list grouped by party that \"It was attended by\" opens is its attendance",
		text: "The Presidium met in Prague and heard a report. The Soviet side proposed a wider meeting of the parties. " +
			"That meeting took place yesterday, 3 August, in the Hall of Mirrors in Bratislava. It was attended by the delegations of two parties, headed as follows:\n" +
			"For the Communist Party of Czechoslovakia:\n   Alexander Dubček, First Secretary\n" +
			"For the Communist Party of the Soviet Union:\n   Leonid Brezhnev, General Secretary\n",
		want: []string{
			"HELD Presidium -> Presidium meeting in Prague",
			"OCCURRED_IN Presidium meeting in Prague -> Prague",
			"OCCURRED_IN meeting in Hall of Mirrors -> Hall of Mirrors",
			"ATTENDED Alexander Dubček -> meeting in Hall of Mirrors",
			"ATTENDED Leonid Brezhnev -> meeting in Hall of Mirrors",
			"HOLDS_ROLE Alexander Dubček -> Communist Party of Czechoslovakia : First Secretary",
			"HOLDS_ROLE Leonid Brezhnev -> Communist Party of the Soviet Union : General Secretary",
		},
	},
	{
		name: "a joint statement two sides signed is an instrument they are parties to; one only asked for is none",
		text: "Saudi Arabia and Iran signed a joint statement in Beijing on 10 March 2023. " +
			"Oman called on Qatar and Bahrain to issue a joint declaration.",
		want: []string{
			"PARTY_TO Saudi Arabia -> joint statement",
			"PARTY_TO Iran -> joint statement",
			"OCCURRED_IN joint statement -> Beijing",
		},
	},
	{
		name: "a known person's name that opens a venue's name is the venue's",
		text: "Kenyan President Mwai Kibaki met Ugandan President Yoweri Museveni at Jomo Kenyatta International Airport.",
		want: []string{
			"HOLDS_ROLE Mwai Kibaki -> Kenya : President",
			"HOLDS_ROLE Yoweri Museveni -> Uganda : President",
			"ATTENDED Mwai Kibaki -> meeting of Mwai Kibaki with Yoweri Museveni in Jomo Kenyatta International Airport",
			"ATTENDED Yoweri Museveni -> meeting of Mwai Kibaki with Yoweri Museveni in Jomo Kenyatta International Airport",
			"OCCURRED_IN meeting of Mwai Kibaki with Yoweri Museveni in Jomo Kenyatta International Airport -> Jomo Kenyatta International Airport",
		},
	},
	{
		name: "the same party's organ named after two states: each its own, and nothing left of the shorter name",
		text: "The visit was made by Mikhail Gorbachev, General Secretary of the Central Committee of the Communist Party of the Soviet Union. " +
			"Gorbachev held talks with Zhao Ziyang, General Secretary of the Central Committee of the Communist Party of China.",
		want: []string{
			"HOLDS_ROLE Mikhail Gorbachev -> Central Committee of the Communist Party of the Soviet Union : General Secretary",
			"HOLDS_ROLE Zhao Ziyang -> Central Committee of the Communist Party of China : General Secretary",
			"ATTENDED Mikhail Gorbachev -> meeting of Mikhail Gorbachev with Zhao Ziyang",
			"ATTENDED Zhao Ziyang -> meeting of Mikhail Gorbachev with Zhao Ziyang",
		},
	},
	{
		name: "a lone initial before a full name is a rank's",
		text: "The President of the Shiromani Akali Dal, S. Sukhbir Singh Badal, spoke.",
		want: []string{"HOLDS_ROLE Sukhbir Singh Badal -> Shiromani Akali Dal : President"},
	},
	{
		name: "names that open with initials or with a given name's abbreviation",
		text: "The Minister of Foreign Affairs of Bangladesh, Md. Touhid Hossain, met the Prime Minister of Jamaica, A. J. Nicholson, in Dhaka.",
		want: []string{
			"HOLDS_ROLE Md. Touhid Hossain -> Bangladesh : Minister of Foreign Affairs",
			"HOLDS_ROLE A. J. Nicholson -> Jamaica : Prime Minister",
			"ATTENDED Md. Touhid Hossain -> meeting of Md. Touhid Hossain with A. J. Nicholson in Dhaka",
			"ATTENDED A. J. Nicholson -> meeting of Md. Touhid Hossain with A. J. Nicholson in Dhaka",
			"OCCURRED_IN meeting of Md. Touhid Hossain with A. J. Nicholson in Dhaka -> Dhaka",
		},
	},
	{
		name: "a body that meets another body: a meeting of the two, not one the first held",
		text: "The Civic Forum met the Federal Government yesterday at the Municipal House in Prague.",
		want: []string{
			"ATTENDED Civic Forum -> meeting of Civic Forum with Federal Government in Municipal House",
			"ATTENDED Federal Government -> meeting of Civic Forum with Federal Government in Municipal House",
			"OCCURRED_IN meeting of Civic Forum with Federal Government in Municipal House -> Municipal House",
		},
	},
	{
		name: "a forum that condemns is a body; a body that met somewhere before a comma held the meeting",
		text: "The Pacific Democracy Forum condemned the Banque Centrale Corporation. " +
			"Following the conclusions of the European Council that met in Brussels on 24 March, the Council adopted sanctions.",
		want: []string{
			"CONDEMNED Pacific Democracy Forum -> Banque Centrale Corporation",
			"HELD European Council -> European Council meeting in Brussels",
			"OCCURRED_IN European Council meeting in Brussels -> Brussels",
		},
	},
	{
		name: "a session numbered by a bare Roman numeral",
		text: "The report was presented at the XXIV Meeting of the Common Market Council, held in Asunción on 20 June 2003.",
		want: []string{
			"HELD Common Market Council -> 24th session of the Common Market Council",
			"OCCURRED_IN 24th session of the Common Market Council -> Asunción",
		},
	},
	{
		name: "a reception in the passive, its host after a long title",
		text: "At noon, Mr Pieter Stam was received at the seat of the Court in Gitega by the President of the Constitutional Court (CC), Dr Jean Ndikumana.",
		want: []string{
			"HOLDS_ROLE Jean Ndikumana -> Constitutional Court : President",
			"ATTENDED Pieter Stam -> meeting of Pieter Stam with Jean Ndikumana in Gitega",
			"ATTENDED Jean Ndikumana -> meeting of Pieter Stam with Jean Ndikumana in Gitega",
			"OCCURRED_IN meeting of Pieter Stam with Jean Ndikumana in Gitega -> Gitega",
		},
	},
	{
		name: "a reception of several guests, one named by rank alone",
		text: "The Prime Minister, Mr Amadou Sall, received General Kamougue, Mr Tombalbaye and Mr Lol at Government House, Kano.",
		want: []string{
			"ATTENDED Amadou Sall -> meeting of Amadou Sall with Kamougue in Government House",
			"ATTENDED Kamougue -> meeting of Amadou Sall with Kamougue in Government House",
			"ATTENDED Tombalbaye -> meeting of Amadou Sall with Kamougue in Government House",
			"ATTENDED Lol -> meeting of Amadou Sall with Kamougue in Government House",
			"OCCURRED_IN meeting of Amadou Sall with Kamougue in Government House -> Government House",
		},
	},
	{
		name: "an instrument named by its sides and its date",
		text: "The Council recalls the Agreement between Mali and Niger of 4 March 1974.",
		want: []string{
			"PARTY_TO Mali -> Agreement between Mali and Niger of 4 March 1974",
			"PARTY_TO Niger -> Agreement between Mali and Niger of 4 March 1974",
		},
	},
	{
		name: "\"General\" opens an instrument's name, not a rank",
		text: "The Council welcomes the General Peace Treaty between Belize and Guatemala.",
		want: []string{
			"PARTY_TO Belize -> General Peace Treaty",
			"PARTY_TO Guatemala -> General Peace Treaty",
		},
	},
	{
		name: "a place's name joined by a particle is one name, not the city its last word is",
		text: "Police killed two farmers near San José de Ocoa on Friday. The mission then went to Lanao del Sur.",
		want: []string{"OCCURRED_IN killed in San José de Ocoa -> San José de Ocoa"},
	},
	{
		name: "a numbered meeting of a body's heads of state, the body named last",
		text: "The Fourth Meeting of the Heads of State or Government of the Member States of the Intergovernmental Authority on Development was held in Nairobi on 2 June 2024.",
		want: []string{
			"HELD IGAD -> 4th session of the IGAD",
			"OCCURRED_IN 4th session of the IGAD -> Nairobi",
		},
	},
	{
		name: "a summit a state offers to host has not taken place",
		text: "The Council accepted the offer of Ghana to host the Fifth Summit in Accra.",
		want: nil,
	},
	{
		name: "talks between titled people that ended in a city-state",
		text: "The talks between Mr Lim Boon Heng, Chairman of the Harbour Board (HB), and Mr Tan Wee Kiat, President of the Association for Trade Across the Taiwan Straits (ATATS), ended in Singapore this afternoon.",
		want: []string{
			"HOLDS_ROLE Lim Boon Heng -> Harbour Board : Chairman",
			"HOLDS_ROLE Tan Wee Kiat -> Association for Trade Across the Taiwan Straits : President",
			"ATTENDED Lim Boon Heng -> talks in Singapore",
			"ATTENDED Tan Wee Kiat -> talks in Singapore",
			"OCCURRED_IN talks in Singapore -> Singapore",
		},
	},
	{
		name: "a regime named by its state's adjective",
		text: "The Council condemns the Ethiopian regime for the attack on Obole.",
		want: []string{
			"CONDEMNED Hauran Civic Council -> Ethiopian regime",
			"OCCURRED_IN attack in Obole -> Obole",
		},
	},
	{
		name:      "\"the regime\" of a text that never names Syria is not Syria's",
		publisher: "Ogaden National Liberation Front",
		text:      "The Front condemns the regime for the burning of Dhagahbur.",
		want:      []string{"OCCURRED_IN burning in Dhagahbur -> Dhagahbur"},
	},
	{
		name: "a street is where the shooting was, not part of the body's name before it",
		text: "Snipers fired on demonstrators near the Parliament on Hrushevsky Street on Tuesday, killing twelve people.",
		want: []string{"OCCURRED_IN fired in Hrushevsky Street -> Hrushevsky Street"},
	},
	{
		name: "a base named with its lower-case nouns",
		text: "Aircraft raided the Wadi Qena air base on Friday.",
		want: []string{"OCCURRED_IN raided in Wadi Qena air base -> Wadi Qena air base"},
	},
	{
		name: "a street address keeps its number",
		text: "The Framework Agreement was signed at 10 Downing Street on 3 May 2024.",
		want: []string{
			"OCCURRED_IN Framework Agreement -> 10 Downing Street",
			"OCCURRED_IN signing ceremony of Framework Agreement -> 10 Downing Street",
			"REFERENCES signing ceremony of Framework Agreement -> Framework Agreement",
		},
	},
	{
		name: "an event that did not happen",
		text: "The Assembly adjourned without a vote, and the crowd gathered on Taufa Road.",
		want: nil,
	},
	{
		name: "a venue named ahead of the signers, in their clause, past the first dozen words",
		text: "The Council informs the public that last night, 6 June 2024, in the Great Hall of the People in Beijing, the Foreign Ministers of China and Nepal signed the Treaty of Friendship.",
		want: []string{
			"PARTY_TO China -> Treaty of Friendship",
			"PARTY_TO Nepal -> Treaty of Friendship",
			"OCCURRED_IN Treaty of Friendship -> Great Hall of the People",
			"OCCURRED_IN signing ceremony of Treaty of Friendship -> Great Hall of the People",
			"REFERENCES signing ceremony of Treaty of Friendship -> Treaty of Friendship",
		},
	},
	{
		name: "an instrument whose name holds a dated instrument",
		text: "The Council welcomes the Final Agreement on the Implementation of the 1991 Paris Agreement between Cambodia and Thailand.",
		want: []string{
			"PARTY_TO Cambodia -> Final Agreement on the Implementation of the 1991 Paris Agreement",
			"PARTY_TO Thailand -> Final Agreement on the Implementation of the 1991 Paris Agreement",
		},
	},
	{
		name: "a meeting at a station named after its place, not in the department around it",
		text: "On Saturday, the President of Peru, General Juan Velasco, met the President of Ecuador, General Guillermo Rodríguez, at the railway station of Huaquillas, on the frontier, in the Department of Tumbes.",
		want: []string{
			"HOLDS_ROLE Juan Velasco -> Peru : President",
			"HOLDS_ROLE Guillermo Rodríguez -> Ecuador : President",
			"ATTENDED Juan Velasco -> meeting of Juan Velasco with Guillermo Rodríguez in Huaquillas",
			"ATTENDED Guillermo Rodríguez -> meeting of Juan Velasco with Guillermo Rodríguez in Huaquillas",
			"OCCURRED_IN meeting of Juan Velasco with Guillermo Rodríguez in Huaquillas -> Huaquillas",
		},
	},
	{
		name: "a welcome at the airport is an arrival, not a meeting",
		text: "Earlier, Prime Minister Tanaka was received at Capital International Airport by Premier Zhou Enlai.",
		want: nil,
	},
	{
		name: "a session a government presented to, named in passing with its place after a comma",
		text: "The dispute began when the Government presented to an extraordinary session of the Hauran Relief Committee, in Amman on 2 June, a report on the camps.",
		want: []string{
			"HELD Hauran Relief Committee -> session in Amman",
			"OCCURRED_IN session in Amman -> Amman",
		},
	},
	{
		name:      "a minister in apposition in his ministry's release is his state's",
		publisher: "Ministry of Foreign Affairs of the Republic of Hungary",
		text:      "Dr Janos Kovacs, Minister of Foreign Affairs, informed the ambassadors of the steps taken.",
		want:      []string{"HOLDS_ROLE Janos Kovacs -> Hungary : Minister of Foreign Affairs"},
	},
	{
		name:      "a minister in another body's delegation is not the issuing state's",
		publisher: "Ministry of Foreign Affairs of the Republic of Hungary",
		text:      "The delegation was led by Mr Ion Popa, Vice-Chairman of the Military Council, and included Mr Dan Radu, Minister of Internal Affairs.",
		want:      []string{"HOLDS_ROLE Ion Popa -> Military Council : Vice-Chairman"},
	},
	{
		name: "a ceremony at a venue named after the ministry that houses it",
		text: "The two Ministers signed the Special Agreement in Putrajaya yesterday. The signing ceremony was held at the Ministry of Foreign Affairs of Malaysia at Seri Perdana, in the presence of senior officials.",
		want: []string{
			"OCCURRED_IN Special Agreement -> Putrajaya",
			"OCCURRED_IN signing ceremony of Special Agreement -> Seri Perdana",
			"PART_OF Ministry of Foreign Affairs -> Malaysia",
			"REFERENCES signing ceremony of Special Agreement -> Special Agreement",
		},
	},
	{
		name: "a meeting with neither a place nor a number is not kept",
		text: "The Council took part in the High-Level Meeting, where its President, Rami Khoury, spoke.",
		want: []string{"HOLDS_ROLE Rami Khoury -> Hauran Civic Council : President"},
	},
	{
		name: "a name after a title whose portfolio goes on with \"and\"",
		text: "Ms Sara Odeh met in Rabat with the Minister of Foreign Affairs and Cooperation of the Kingdom of Morocco, Karim Alaoui, on Monday.",
		want: []string{
			"HOLDS_ROLE Karim Alaoui -> Morocco : Minister of Foreign Affairs and Cooperation",
			"ATTENDED Sara Odeh -> meeting of Sara Odeh with Karim Alaoui in Rabat",
			"ATTENDED Karim Alaoui -> meeting of Sara Odeh with Karim Alaoui in Rabat",
			"OCCURRED_IN meeting of Sara Odeh with Karim Alaoui in Rabat -> Rabat",
		},
	},
	{
		name:      "an ambassador summoned to the ministry",
		publisher: "Ministry of Foreign Affairs of the Arab Republic of Egypt",
		text:      "Earlier today the Minister of State, Mr Omar Nasser, summoned the Ambassador of Israel in Cairo, Mr Dan Levi, to the Ministry of Foreign Affairs at Tahrir Square and conveyed to him a strong protest.",
		want: []string{
			"HOLDS_ROLE Dan Levi -> Israel : Ambassador",
			"HOLDS_ROLE Omar Nasser -> Egypt : Minister of State", // the issuer's own: the other state is the ambassador's
			"ATTENDED Omar Nasser -> meeting of Omar Nasser with Dan Levi in Tahrir Square",
			"ATTENDED Dan Levi -> meeting of Omar Nasser with Dan Levi in Tahrir Square",
			"HELD Ministry of Foreign Affairs of the Arab Republic of Egypt -> meeting of Omar Nasser with Dan Levi in Tahrir Square",
			"OCCURRED_IN meeting of Omar Nasser with Dan Levi in Tahrir Square -> Tahrir Square",
		},
	},
	{
		name: "a joint communiqué named by the governments that issued it",
		text: "The two Prime Ministers signed the Joint Communiqué of the Government of Laos and the Government of the Kingdom of Thailand on 3 June.",
		want: []string{
			"PARTY_TO Laos -> Joint Communiqué of the Government of Laos and the Government of the Kingdom of Thailand",
			"PARTY_TO Thailand -> Joint Communiqué of the Government of Laos and the Government of the Kingdom of Thailand",
		},
	},
	{
		name: "an agreement between two governments binds them as named (a treaty binds their states); one with a movement binds the government",
		text: "The Council recalls the Agreement between the Government of the Republic of Ghana and the Government of the Republic of Togo concerning the Border, and the agreement between the Government of Nepal and the Communist Party of Nepal (Maoist) of 8 November 2006.",
		want: []string{
			"PARTY_TO Government of Ghana -> Agreement between the Government of the Republic of Ghana and the Government of the Republic of Togo concerning the Border",
			"PARTY_TO Government of Togo -> Agreement between the Government of the Republic of Ghana and the Government of the Republic of Togo concerning the Border",
			"PARTY_TO Government of Nepal -> agreement between the Government of Nepal and the Communist Party of Nepal (Maoist) of 8 November 2006",
			"PARTY_TO Communist Party of Nepal (Maoist) -> agreement between the Government of Nepal and the Communist Party of Nepal (Maoist) of 8 November 2006",
		},
	},
	{
		name: "the two heads of state who signed an instrument named after a town bind their states",
		text: "The President of Peru, Juan Velasco, met the President of Ecuador, Guillermo Rodríguez, at Huaquillas. After a private conversation, the two Heads of State signed the Declaration of Huaquillas.",
		want: []string{
			"OCCURRED_IN Declaration of Huaquillas -> Huaquillas",
			"HOLDS_ROLE Juan Velasco -> Peru : President",
			"HOLDS_ROLE Guillermo Rodríguez -> Ecuador : President",
			"ATTENDED Juan Velasco -> meeting of Juan Velasco with Guillermo Rodríguez in Huaquillas",
			"ATTENDED Guillermo Rodríguez -> meeting of Juan Velasco with Guillermo Rodríguez in Huaquillas",
			"OCCURRED_IN meeting of Juan Velasco with Guillermo Rodríguez in Huaquillas -> Huaquillas",
			"PARTY_TO Peru -> Declaration of Huaquillas",
			"PARTY_TO Ecuador -> Declaration of Huaquillas",
			"REFERENCES meeting of Juan Velasco with Guillermo Rodríguez in Huaquillas -> Declaration of Huaquillas",
		},
	},
	{
		name: "a state's adjective inside a venue's name",
		text: "The talks were held at the Royal Thai Army Headquarters on 3 June.",
		want: []string{"OCCURRED_IN talks in Royal Thai Army Headquarters -> Royal Thai Army Headquarters"},
	},
	{
		name: "signatories listed after \"by the leaders of the following organizations\"",
		text: "The Peace Accord was signed on 3 June by the leaders of the following three organizations:\n\n1. General Soe Win, Chairman, Karenni Liberation Front (KLF)\n2. Dr Saw Bwe, Chairman, Mon Unity Party (MUP)\n3. Khun Htay, Chairman, Shan Freedom Council (SFC)\n",
		want: []string{
			"HOLDS_ROLE Soe Win -> Karenni Liberation Front : Chairman",
			"HOLDS_ROLE Saw Bwe -> Mon Unity Party : Chairman",
			"HOLDS_ROLE Khun Htay -> Shan Freedom Council : Chairman",
			"PARTY_TO Karenni Liberation Front -> Peace Accord",
			"PARTY_TO Mon Unity Party -> Peace Accord",
			"PARTY_TO Shan Freedom Council -> Peace Accord",
		},
	},
	{
		name: "officials named by their titles' bodies who met: their meeting, no body's",
		text: "Earlier in the day the Secretary of the Democratic Labour Party, Ion Popescu, and the Chairman of the Peasant Party, Vasile Marin, had met at the Victoria Palace.",
		want: []string{
			"HOLDS_ROLE Ion Popescu -> Democratic Labour Party : Secretary",
			"HOLDS_ROLE Vasile Marin -> Peasant Party : Chairman",
			"ATTENDED Ion Popescu -> meeting in Victoria Palace",
			"ATTENDED Vasile Marin -> meeting in Victoria Palace",
			"OCCURRED_IN meeting in Victoria Palace -> Victoria Palace",
		},
	},
	{
		name: "an instrument only asked for has no parties",
		text: "The Council calls for a ceasefire between Chad and Libya.",
		want: nil,
	},
	{
		name: "a venue named by its town and a common noun",
		text: "The talks were held at the Lira town hall from 3 to 5 June.",
		want: []string{"OCCURRED_IN talks in Lira town hall -> Lira town hall"},
	},
	{
		name: "a body's session that someone chaired, with its place",
		text: "Before leaving for Kandahar, the President chaired a session of the National Security Council in Herat.",
		want: []string{
			"HELD National Security Council -> session in Herat",
			"OCCURRED_IN session in Herat -> Herat",
		},
	},
	{
		name: "an attack verb's object is where it struck",
		text: "The Air Force bombed Mullaiyawalai on Sunday.",
		want: []string{"OCCURRED_IN bombed in Mullaiyawalai -> Mullaiyawalai"},
	},
	{
		name: "a list of unknown places after an event's preposition",
		text: "Troops have burned villages around Dhagaxley and Bookhmadow since January.",
		want: []string{
			"OCCURRED_IN burned in Dhagaxley -> Dhagaxley",
			"OCCURRED_IN burned in Dhagaxley -> Bookhmadow",
		},
	},
	{
		name: "an unknown name placed in a known region is a place",
		text: "Gunmen killed three guards at Wardogle, in the Korahe region, on Friday.",
		want: []string{"OCCURRED_IN killed in Wardogle -> Wardogle"},
	},
	{
		name: "a movement's name runs on through the state it frees",
		text: "The Council condemns the Movement for the Liberation of Chad for the attack.",
		want: []string{"CONDEMNED Hauran Civic Council -> Movement for the Liberation of Chad"},
	},
	{
		name: "a department named for a state",
		text: "Mr Tran Van Long, Director of the Department of Laos Affairs, spoke to the press.",
		want: []string{"HOLDS_ROLE Tran Van Long -> Department of Laos Affairs : Director"},
	},
	{
		name: "title before a name, with its body after",
		text: "President of the Hauran Civic Council Tarek Wahbi met the press.",
		want: []string{"HOLDS_ROLE Tarek Wahbi -> Hauran Civic Council : President"},
	},
	{
		name: "title after a name, between commas",
		text: "Salma Haddad, head of the Hauran Relief Committee, visited the camp.",
		want: []string{"HOLDS_ROLE Salma Haddad -> Hauran Relief Committee : head"},
	},
	{
		name: "nationality adjective gives a government title its state",
		text: "The delegation met Jordanian Foreign Minister Ayman Safadi in Amman on Monday.",
		want: []string{
			"HOLDS_ROLE Ayman Safadi -> Jordan : Foreign Minister",
			"ATTENDED Ayman Safadi -> meeting of Ayman Safadi in Amman",
			"OCCURRED_IN meeting of Ayman Safadi in Amman -> Amman",
		},
	},
	{
		name: "a bare internal title is the issuer's",
		text: "Vice-President Rami Khoury presented the report.",
		want: []string{"HOLDS_ROLE Rami Khoury -> Hauran Civic Council : Vice-President"},
	},
	{
		name: "the issuer condemns a party",
		text: "The Council condemns the Assad regime for the shelling of Busra al-Sham.",
		want: []string{
			"CONDEMNED Hauran Civic Council -> Assad regime",
			"OCCURRED_IN shelling in Busra al-Sham -> Busra al-Sham",
		},
	},
	{
		name: "a call on others to condemn is not a condemnation",
		text: "The Council urges the Security Council to condemn the Assad regime.",
		want: nil,
	},
	{
		name: "a numbered session with its place and days",
		text: "The Hauran Civic Council held its 7th session in Amman on 1-2 June.",
		want: []string{
			"HELD Hauran Civic Council -> 7th session of the Hauran Civic Council",
			"OCCURRED_IN 7th session of the Hauran Civic Council -> Amman",
		},
	},
	{
		name: "an instrument made at a place by two states",
		text: "The Council recalls the memorandum that Turkey and Russia signed in Sochi on 17 September 2018.",
		want: []string{
			"OCCURRED_IN Sochi memorandum -> Sochi",
			"PARTY_TO Russia -> Sochi memorandum",
			"PARTY_TO Turkey -> Sochi memorandum",
		},
	},
	{
		name: "a sub-body named after its body's possessive",
		text: "The Council's Legal Committee met on Sunday.",
		want: []string{"PART_OF Hauran Civic Council Legal Committee -> Hauran Civic Council"},
	},
	{
		name: "official name of a state after an honorific and a name",
		text: "The Council received H.E. Nursultan Nazarbayev, President of the Republic of Kazakhstan.",
		want: []string{"HOLDS_ROLE Nursultan Nazarbayev -> Kazakhstan : President"},
	},
	{
		name: "two titles joined by and, one holder",
		text: "Dr. Amal Haddad, President of the Hauran Civic Council and Chair of the Hauran Relief Committee, spoke.",
		want: []string{
			"HOLDS_ROLE Amal Haddad -> Hauran Civic Council : President",
			"HOLDS_ROLE Amal Haddad -> Hauran Relief Committee : Chair",
		},
	},
	{
		name: "a body's name with of and and inside",
		text: "The Assembly of Heads of State and Government condemns the Assad regime.",
		want: []string{"CONDEMNED Assembly of Heads of State and Government -> Assad regime"},
	},
	{
		name: "attendees listed after the session",
		text: "The Hauran Civic Council held its 8th session in Amman on 1 June. The session was chaired by H.E. Amal Haddad. " +
			"Also present were Sami Nasr, Chair of the Hauran Relief Committee, and Dr. Lina Qassem.",
		want: []string{
			"ATTENDED Amal Haddad -> 8th session of the Hauran Civic Council",
			"ATTENDED Lina Qassem -> 8th session of the Hauran Civic Council",
			"ATTENDED Sami Nasr -> 8th session of the Hauran Civic Council",
			"HELD Hauran Civic Council -> 8th session of the Hauran Civic Council",
			"HOLDS_ROLE Sami Nasr -> Hauran Relief Committee : Chair",
			"OCCURRED_IN 8th session of the Hauran Civic Council -> Amman",
		},
	},
	{
		name: "an organ of the body named after it with of",
		text: "The Council of Elders of the Hauran Relief Committee held its 3rd session in Daraa on 1 March 2019.",
		want: []string{
			"HELD Council of Elders -> 3rd session of the Council of Elders",
			"OCCURRED_IN 3rd session of the Council of Elders -> Daraa",
			"PART_OF Council of Elders -> Hauran Relief Committee",
		},
	},
	{
		name: "a gazetteer's demonym gives a title its state",
		text: "Also present were Senegalese President Macky Sall and Sierra Leone's President Julius Maada Bio.",
		want: []string{
			"HOLDS_ROLE Julius Maada Bio -> Sierra Leone : President",
			"HOLDS_ROLE Macky Sall -> Senegal : President",
		},
	},
	{
		name: "a gazetteer's town after a preposition, with its region after a comma",
		text: "The Council condemns the killing of civilians in El Geneina, West Darfur.",
		want: []string{"OCCURRED_IN killing in El Geneina -> El Geneina"},
	},
	{
		name: "a place name that is also a word needs a preposition of place",
		text: "The Council discussed the Mobile health units that Victoria Haddad runs.",
		want: nil,
	},
	{
		name: "the body's members listed after it",
		text: "The talks were facilitated by the Hauran Mediation Committee (members: H.E. Rami Khoury, Dr Salma Haddad and Tarek Wahbi).",
		want: []string{
			"HOLDS_ROLE Rami Khoury -> Hauran Mediation Committee : member",
			"HOLDS_ROLE Salma Haddad -> Hauran Mediation Committee : member",
			"HOLDS_ROLE Tarek Wahbi -> Hauran Mediation Committee : member",
		},
	},
	{
		name:      "a bare President in an organisation of states' release is a state's",
		publisher: "African Union",
		text:      "The Commission welcomed the release of President Mohamed Bazoum.",
		want:      nil,
	},
	{
		name: "a title of a title is one title",
		text: "The Council thanked Stephanie Williams, Acting Special Representative of the Secretary-General.",
		want: nil,
	},
	{
		name: "instruments by their head noun and by the place they are named after",
		text: "The Council recalls the Revitalized Agreement on the Resolution of the Conflict and the Riyadh Agreement, signed in Riyadh on 5 November 2019 by the Yemeni government and the Southern Transitional Council.",
		want: []string{
			"OCCURRED_IN Riyadh Agreement -> Riyadh",
			"PARTY_TO Southern Transitional Council -> Riyadh Agreement",
			"PARTY_TO Yemeni government -> Riyadh Agreement",
		},
	},
	{
		name: "an operative paragraph speaks for the body whose session is reported",
		text: "The Hauran Civic Council held its 9th session in Amman on 1 June.\n\n1. Strongly condemns the shelling carried out by the Assad regime;",
		want: []string{
			"CONDEMNED Hauran Civic Council -> Assad regime",
			"HELD Hauran Civic Council -> 9th session of the Hauran Civic Council",
			"OCCURRED_IN 9th session of the Hauran Civic Council -> Amman",
		},
	},
	{
		name: "a title as the subject is the person the document gives it",
		text: "Secretary-General Amal Haddad opened the meeting. The Secretary-General condemned the Israeli occupation forces' attacks.",
		want: []string{
			"CONDEMNED Amal Haddad -> Israel",
			"HOLDS_ROLE Amal Haddad -> Hauran Civic Council : Secretary-General",
		},
	},
	{
		name: "a state's adjective opens a body's name",
		text: "The Council condemns the Sudanese Armed Forces.",
		want: []string{"CONDEMNED Hauran Civic Council -> Sudanese Armed Forces"},
	},
	{
		name: "plural anaphora stands for the list of parties named before",
		text: "The Council condemns the fighting between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF). " +
			"It welcomes the declaration which the two warring parties signed in Jeddah on 11 May 2023.",
		want: []string{
			"CONDEMNED Hauran Civic Council -> Rapid Support Forces",
			"CONDEMNED Hauran Civic Council -> Sudanese Armed Forces",
			"OCCURRED_IN Jeddah Declaration of Commitment to Protect the Civilians of Sudan -> Jeddah",
			"PARTY_TO Rapid Support Forces -> Jeddah Declaration of Commitment to Protect the Civilians of Sudan",
			"PARTY_TO Sudanese Armed Forces -> Jeddah Declaration of Commitment to Protect the Civilians of Sudan",
		},
	},
	{
		name: "a body renamed by a later sentence keeps its relations",
		text: "The Council of Foreign Ministers of the Organisation of Islamic Cooperation met in Jeddah on 3 June. " +
			"The OIC Council of Foreign Ministers condemned the Assad regime.",
		want: []string{
			"CONDEMNED Organisation of Islamic Cooperation Council of Foreign Ministers -> Assad regime",
			"HELD Organisation of Islamic Cooperation Council of Foreign Ministers -> Organisation of Islamic Cooperation Council of Foreign Ministers meeting in Jeddah",
			"OCCURRED_IN Organisation of Islamic Cooperation Council of Foreign Ministers meeting in Jeddah -> Jeddah",
			"PART_OF Organisation of Islamic Cooperation Council of Foreign Ministers -> Organisation of Islamic Cooperation",
		},
	},
	{
		name: "meetings the text names, with their host and their place",
		text: "The Council recalled the Rome Conference on Somalia, which Italy hosted on 19 January 2020. " +
			"It recalled the Conference on Cyprus, hosted by Switzerland at Crans-Montana in July 2017.",
		want: []string{
			"HELD Italy -> Rome Conference on Somalia",
			"HELD Switzerland -> Conference on Cyprus",
			"OCCURRED_IN Conference on Cyprus -> Crans-Montana",
			"OCCURRED_IN Rome Conference on Somalia -> Rome",
		},
	},
	{
		name: "a meeting ahead is not a meeting",
		text: "The Council met the Special Envoy ahead of the fifth Brussels Conference.",
		want: nil,
	},
	{
		name: "regions by direction, a city named after its state, regions listed before their noun",
		text: "The Council condemns the displacement of families from southern Lebanon. It deplores the shelling of Mexico City. " +
			"It notes the crisis in the Afar and Amhara regions.",
		want: []string{
			"OCCURRED_IN displacement in southern Lebanon -> southern Lebanon",
			"OCCURRED_IN crisis in Afar -> Afar",
			"OCCURRED_IN crisis in Afar -> Amhara",
			"OCCURRED_IN shelling in Mexico City -> Mexico City",
		},
	},
	{
		name: "a title's body with its acronym in brackets, and a state represented by its minister",
		text: "Also present was the Executive Secretary of the Intergovernmental Authority on Development (IGAD), Workneh Gebeyehu. " +
			"Kenya was represented by its Cabinet Secretary for Foreign Affairs, H.E. Amb. Dr. Monica Juma.",
		want: []string{
			"HOLDS_ROLE Monica Juma -> Kenya : Cabinet Secretary for Foreign Affairs",
			"HOLDS_ROLE Workneh Gebeyehu -> IGAD : Executive Secretary",
		},
	},
	{
		name: "an instrument adopted in an operative paragraph, and one signed by persons for their bodies",
		text: "The Hauran Civic Council held its 9th session in Amman on 1 June.\n\n2. Adopts the Hauran Relief Committee Roadmap for the Return of the Displaced in Daraa;\n\n" +
			"3. Welcomes the Nawa Agreement, signed by Sami Nasr, commander of the Southern Front, and by Dr Lina Qassem, head of the Daraa Civil Council.",
		want: []string{
			"HELD Hauran Civic Council -> 9th session of the Hauran Civic Council",
			"OCCURRED_IN 9th session of the Hauran Civic Council -> Amman",
			"PARTY_TO Daraa Civil Council -> Nawa Agreement",
			"PARTY_TO Hauran Civic Council -> Hauran Relief Committee Roadmap for the Return of the Displaced in Daraa",
			"PARTY_TO Southern Front -> Nawa Agreement",
			"HOLDS_ROLE Lina Qassem -> Daraa Civil Council : head",
			"HOLDS_ROLE Sami Nasr -> Southern Front : commander",
			"REFERENCES 9th session of the Hauran Civic Council -> Hauran Relief Committee Roadmap for the Return of the Displaced in Daraa",
			"REFERENCES 9th session of the Hauran Civic Council -> Nawa Agreement",
		},
	},
	{
		name: "an instrument made in the same city as the talks before it",
		text: "The Council thanks Sudan for the talks held in Khartoum, and for the Agreement on Outstanding Issues of Governance concluded in the same city on 5 August 2018.",
		want: []string{
			"OCCURRED_IN Agreement on Outstanding Issues of Governance -> Khartoum",
			"OCCURRED_IN talks in Khartoum -> Khartoum",
			"REFERENCES talks in Khartoum -> Agreement on Outstanding Issues of Governance",
		},
	},
	{
		name: "talks mentioned in passing, with where they were held",
		text: "Since the consultations held under the auspices of the League at its headquarters in Tunis, calm has returned.",
		want: []string{"OCCURRED_IN consultations in Tunis -> Tunis"},
	},
	{
		name: "talks in passing, with their host",
		text: "The Council recalls the talks in Doha, hosted by Qatar, that ended the fighting.",
		want: []string{"OCCURRED_IN talks in Doha -> Doha", "HELD Qatar -> talks in Doha"},
	},
	{
		name:      "a numbered session with the year before its ordinal",
		publisher: "ECOWAS Parliament",
		text:      "The ECOWAS Parliament opened its 2022 Second Extraordinary Session in Lomé on 3 October 2022.",
		want: []string{
			"HELD Parliament of the Economic Community of West African States -> 2nd session of the Parliament of the Economic Community of West African States",
			"OCCURRED_IN 2nd session of the Parliament of the Economic Community of West African States -> Lomé",
		},
	},
	{
		name: "those who were present or in attendance attended, with those \"together with\" them",
		text: "The Council held its 12th session in Daraa on 2 June 2024. The Executive Secretary of the Council, Lina Saad, was in attendance. " +
			"Vice-President Tarek Wahbi and Dr. Salma Haddad were present, together with Dr. Sami Nour.",
		want: []string{
			"HELD Hauran Civic Council -> 12th session of the Hauran Civic Council",
			"OCCURRED_IN 12th session of the Hauran Civic Council -> Daraa",
			"HOLDS_ROLE Lina Saad -> Hauran Civic Council : Executive Secretary",
			"ATTENDED Lina Saad -> 12th session of the Hauran Civic Council",
			"ATTENDED Tarek Wahbi -> 12th session of the Hauran Civic Council",
			"ATTENDED Salma Haddad -> 12th session of the Hauran Civic Council",
			"ATTENDED Sami Nour -> 12th session of the Hauran Civic Council",
			"HOLDS_ROLE Tarek Wahbi -> Hauran Civic Council : Vice-President",
		},
	},
	{
		name: "an instrument named by its head and its day, with the parties that signed it",
		text: "The ballot was organised under the Agreements of 5 May 1999, which Indonesia and Portugal signed in New York.",
		want: []string{
			"OCCURRED_IN Agreements of 5 May 1999 -> New York",
			"PARTY_TO Indonesia -> Agreements of 5 May 1999",
			"PARTY_TO Portugal -> Agreements of 5 May 1999",
		},
	},
	{
		name: "an instrument named after its city, and the parties that negotiated it",
		text: "The parties met in Lomé in May. The Council welcomes the Lomé Peace Agreement, which the Government of Sierra Leone and the Revolutionary United Front negotiated there.",
		want: []string{
			"OCCURRED_IN Lomé Peace Agreement -> Lomé",
			"PARTY_TO Government of Sierra Leone -> Lomé Peace Agreement",
			"PARTY_TO Revolutionary United Front -> Lomé Peace Agreement",
			// the parties who met in Lomé held talks there, which
			// produced the agreement
			"OCCURRED_IN talks in Lomé -> Lomé",
			"REFERENCES talks in Lomé -> Lomé Peace Agreement",
		},
	},
	{
		name: "talks in passing, with who talked between the noun and the place",
		text: "The Council welcomes the outcome of the talks of the senior commanders in Nairobi.",
		want: []string{"OCCURRED_IN talks in Nairobi -> Nairobi"},
	},
	{
		name: "talks in passing reference the instrument the sentence says they produced",
		text: "The Council recalls the direct dialogue in Ouagadougou that produced the Ouagadougou Political Agreement.",
		want: []string{
			"OCCURRED_IN Ouagadougou Political Agreement -> Ouagadougou",
			"OCCURRED_IN dialogue in Ouagadougou -> Ouagadougou",
			"REFERENCES dialogue in Ouagadougou -> Ouagadougou Political Agreement",
		},
	},
	{
		name: "talks named after their city",
		text: "The Council recalls the commitments the parties made during the Arusha peace talks.",
		want: []string{"OCCURRED_IN talks in Arusha -> Arusha"},
	},
	{
		name: "a shooting, a burning and a blockade are events where they happened",
		text: "The Council deplores the shooting of demonstrators in Kisumu, the burning of homes in Eldoret and the blockade of Djibo.",
		want: []string{
			"OCCURRED_IN shooting in Kisumu -> Kisumu",
			"OCCURRED_IN burning in Eldoret -> Eldoret",
			"OCCURRED_IN blockade in Djibo -> Djibo",
		},
	},
	{
		name: "the head of a party's delegation, between commas",
		text: "Also present was the head of the Syrian Coalition delegation, Hadi al-Bahra.",
		want: []string{"HOLDS_ROLE Hadi al-Bahra -> Syrian Coalition : head"},
	},
	{
		name: "an event told by its verb: active with its object, or passive",
		text: "The Council condemns the Tala militia, whose gunmen raided the town of Ipil on 4 April. A convoy was ambushed near Gaskindé on 26 September.",
		want: []string{
			"CONDEMNED Hauran Civic Council -> Tala militia",
			"OCCURRED_IN raided in Ipil -> Ipil",
			"OCCURRED_IN ambushed in Gaskindé -> Gaskindé",
		},
	},
	{
		name: "a verb that tells what an event did, or a participle, is no new event",
		text: "The Council recalls the attack on Douma, which killed dozens of people. It mourns the civilians killed in Aleppo, north of Hama.",
		want: []string{"OCCURRED_IN attack in Douma -> Douma"},
	},
	{
		name: "a town and the region it lies in are one event's place, not two; \"Beirut's suburbs\" are not Beirut",
		text: "The Council condemns the killing of civilians in El Geneina, West Darfur. It deplores the displacement of families from the Bekaa and Beirut's southern suburbs.",
		want: []string{
			"OCCURRED_IN killing in El Geneina -> El Geneina",
			"OCCURRED_IN displacement in Bekaa -> Bekaa",
		},
	},
	{
		name:      "condemned in the passive, by the body the communiqué speaks for, of the one who led the act",
		publisher: "East African Community",
		text:      "The attempted coup of 13 May, led by Major General Godefroid Niyombare, former head of the National Intelligence Service, was condemned by the Summit.",
		want: []string{
			"CONDEMNED East African Community -> Godefroid Niyombare",
			"HOLDS_ROLE Godefroid Niyombare -> National Intelligence Service : former head",
		},
	},
	{
		name: "a dated election is the state's the sentence names before it",
		text: "The Council examined the situation in Kenya after the presidential election of 27 December 2007. It also called for early elections.",
		want: []string{"OCCURRED_IN election in Kenya -> Kenya"},
	},
	{
		name: "the humanitarian situation in a country is a crisis there; a crisis alone is the conflict's frame",
		text: "The Council is alarmed at the humanitarian situation in South Sudan and at the political crisis in Georgia.",
		want: []string{"OCCURRED_IN situation in South Sudan -> South Sudan"},
	},
	{
		name:      "an election held on a day, in the state of the people who voted",
		publisher: "Economic Community of West African States",
		text:      "President Bazoum was chosen by the people of Niger in the second round of the presidential election held on 21 February 2021.",
		want:      []string{"OCCURRED_IN election in Niger -> Niger"},
	},
	{
		name:      "a title that is a family name after given names",
		publisher: "United Nations Security Council",
		text:      "Council President Inga Rhonda King (Saint Vincent and the Grenadines) issued the following statement.",
		want:      []string{"HOLDS_ROLE Inga Rhonda King -> UN Security Council : President"},
	},
	{
		name: "a town's region after a comma; talks in a city where a numbered session met are another meeting",
		text: "The 12th session of the Council, held in Riyadh, welcomed the consultations held in Riyadh in April and condemned the attack on a unit in El Carmen, Norte de Santander.",
		want: []string{
			"HELD Hauran Civic Council -> 12th session of the Hauran Civic Council",
			"OCCURRED_IN 12th session of the Hauran Civic Council -> Riyadh",
			"OCCURRED_IN consultations in Riyadh -> Riyadh",
			"OCCURRED_IN attack in El Carmen -> El Carmen",
		},
	},
	{
		name: "an instrument named after a meeting names the meeting, its city and its host",
		text: "The Council reaffirmed its support for the conclusions of the Berlin Conference on Libya, which Germany hosted on 19 January 2020.",
		want: []string{
			"OCCURRED_IN Conclusions of the Berlin Conference on Libya -> Berlin",
			"OCCURRED_IN Berlin Conference on Libya -> Berlin",
			"HELD Germany -> Berlin Conference on Libya",
			"REFERENCES Berlin Conference on Libya -> Conclusions of the Berlin Conference on Libya",
		},
	},
	{
		name: "an instrument's short name is its long one",
		text: "The Council welcomes the Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan, which the parties signed in Addis Ababa. The Revitalized Agreement was signed by the South Sudan Opposition Alliance.",
		want: []string{
			"OCCURRED_IN Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan -> Addis Ababa",
			"PARTY_TO South Sudan Opposition Alliance -> Revitalized Agreement on the Resolution of the Conflict in the Republic of South Sudan",
		},
	},
	{
		name:      "a state's ministry names its own head of government bare; a portfolio's list of fields is no one's name",
		publisher: "Ministry of Foreign Affairs of the State of Qatar",
		text: "The ceremony in Doha on the Chad talks was chaired by His Excellency Sheikh Mohammed bin Abdulrahman Al Thani, Deputy Prime Minister and Minister of Foreign Affairs. " +
			"Chad, Chad and Chad were named, and Mr Mahamat Zene Cherif, Chad's Minister of Foreign Affairs, African Integration and Chadians Abroad, attended.",
		want: []string{
			"HOLDS_ROLE Mohammed bin Abdulrahman Al Thani -> Qatar : Deputy Prime Minister",
			"HOLDS_ROLE Mahamat Zene Cherif -> Chad : Minister of Foreign Affairs, African Integration and Chadians Abroad",
		},
	},
	{
		name: "a place's name with a particle opens an instrument's",
		text: "The Council recalls the Rio de Janeiro Protocol, signed in Rio de Janeiro on 29 January 1942.",
		want: []string{"OCCURRED_IN Rio de Janeiro Protocol -> Rio de Janeiro"},
	},
	{
		name:      "a publisher line that names its body's parent ties them; one that opens with it is a name",
		publisher: "Council of the European Union",
		text:      "The Council met.",
		want:      []string{"PART_OF Council of the European Union -> European Union"},
	},
	{
		name:      "a publisher line that opens with its parent's name is only a name",
		publisher: "United Nations Security Council",
		text:      "The Council met.",
		want:      nil,
	},
	{
		name: "talks to come, asked for, or followed by another clause's place are no meeting",
		text: "The Council calls for talks in Geneva, and will host a conference in Vienna. The talks covered the situation in Kassala.",
		want: nil,
	},
	{
		name: "a visit is where the visitor went",
		text: "Prime Minister Hun Sen paid a visit to Nay Pyi Taw on 7 January 2022.",
		want: []string{"OCCURRED_IN visit in Nay Pyi Taw -> Nay Pyi Taw"},
	},
	{
		name: "a passive condemnation runs from the one after by",
		text: "The Rapid Support Forces were condemned by the African Union and the League of Arab States on Monday. " +
			"The attack on the convoy was condemned in the strongest terms.",
		want: []string{
			"CONDEMNED African Union -> Rapid Support Forces",
			"CONDEMNED League of Arab States -> Rapid Support Forces",
		},
	},
	{
		name: "two titles joined by and share the state named after the second",
		text: "Leila Mansour, Deputy Prime Minister and Minister of Foreign Affairs of the State of Qatar, opened the meeting.",
		want: []string{
			"HOLDS_ROLE Leila Mansour -> Qatar : Deputy Prime Minister",
			"HOLDS_ROLE Leila Mansour -> Qatar : Minister of Foreign Affairs",
		},
	},
	{
		name: "a state's possessive title after a name",
		text: "The talks were opened by Omar Farouk Haddad, Jordan's Minister of Foreign Affairs.",
		want: []string{"HOLDS_ROLE Omar Farouk Haddad -> Jordan : Minister of Foreign Affairs"},
	},
	{
		name:      "a title held under a bare Secretary-General is the issuer's parent body's",
		publisher: "United Nations Security Council",
		text:      "The members of the Council thanked Marta Kovacs, the Secretary-General's Special Envoy for the Great Lakes, for her briefing.",
		want:      []string{"HOLDS_ROLE Marta Kovacs -> United Nations : Special Envoy"},
	},
	{
		name: "the chair of a session chairs the body that holds it",
		text: "The meeting was chaired by Sami Nasser, Minister of Foreign Affairs of Bahrain and Chairman of the current session of the Council of the Arab League.",
		want: []string{
			"HOLDS_ROLE Sami Nasser -> Bahrain : Minister of Foreign Affairs",
			"HOLDS_ROLE Sami Nasser -> Council of the League of Arab States : Chairman",
			"PART_OF Council of the League of Arab States -> League of Arab States",
		},
	},
	{
		name: "a holder named with \"as\" the title",
		text: "The Council welcomed the new Regional Salvation Council, with Dr Amal Rahimi as its Chairperson. " +
			"The appeal came from Karim Osei, who spoke in his capacity as ECOWAS Chairman.",
		want: []string{
			"HOLDS_ROLE Amal Rahimi -> Regional Salvation Council : Chairperson",
			"HOLDS_ROLE Karim Osei -> ECOWAS : Chairman",
		},
	},
	{
		name: "their plural title pairs the holders with the states in order",
		text: "Ghana and Senegal were represented by their foreign ministers, Dr Kwame Asante and Ms Awa Diop.",
		want: []string{
			"HOLDS_ROLE Kwame Asante -> Ghana : foreign minister",
			"HOLDS_ROLE Awa Diop -> Senegal : foreign minister",
		},
	},
	{
		name: "\"the strongest possible terms\" does not make the strike a possible one",
		text: "The Council condemns in the strongest possible terms the drone strike on the market in Kharkiv.",
		want: []string{"OCCURRED_IN strike in Kharkiv -> Kharkiv"},
	},
	{
		name: "an election or a displacement takes the country it happened in; an attack does not",
		text: "The Council recalls the presidential election held in Malawi on 16 May. " +
			"It deplores the displacement of thousands of families inside Chad. " +
			"It deplores the attacks in Sudan.",
		want: []string{
			"OCCURRED_IN election in Malawi -> Malawi",
			"OCCURRED_IN displacement in Chad -> Chad",
		},
	},
	{
		name: "a detention needs a named detainee",
		text: "The militia has detained journalists in Goma. Soldiers detained Mayor Jean Kabila in Bukavu on 3 May.",
		want: []string{"OCCURRED_IN detained in Bukavu -> Bukavu"},
	},
	{
		name: "a city named before \", where\" or after an attack noun and \"of\"",
		text: "The Council mourns the victims in Kherson, where the bombardment went on for days. " +
			"It condemns the shelling of Zaporizhzhia.",
		want: []string{
			"OCCURRED_IN bombardment in Kherson -> Kherson",
			"OCCURRED_IN shelling in Zaporizhzhya -> Zaporizhzhya",
		},
	},
	{
		name:      "numbered cycles of one body, a short form of its name, and a cycle still to come",
		publisher: "Guarantor Countries",
		text: "The guarantors welcome the close in Quito of the third cycle of the National Dialogue Table. " +
			"The parties signed the Lima Accord in Lima at the close of the second cycle. " +
			"The fourth cycle of the Dialogue Table is due to open in Bogotá on 14 August.",
		want: []string{
			"HELD National Dialogue Table -> 3rd session of the National Dialogue Table",
			"OCCURRED_IN 3rd session of the National Dialogue Table -> Quito",
			"HELD National Dialogue Table -> 2nd session of the National Dialogue Table",
			"OCCURRED_IN 2nd session of the National Dialogue Table -> Lima",
			"OCCURRED_IN Lima Accord -> Lima",
			"REFERENCES 2nd session of the National Dialogue Table -> Lima Accord",
		},
	},
	{
		name:      "talks that parties held at a place, and the delegations that took part",
		publisher: "Ministry of Reconciliation",
		text: "The East and the West held high-level talks on 2 March 2024 at the Unity Hall on the border, to carry out the Lakeside Declaration. " +
			"The Eastern delegation was headed by Ana Mbeki, Vice Minister of Planning, and included Joseph Tall, Deputy Minister of Finance. " +
			"Also present on the Western side were Carlos Dube, Vice Minister of Transport. " +
			"Sports talks will be held at the Unity Hall on 18 March.",
		want: []string{
			"OCCURRED_IN talks in Unity Hall -> Unity Hall",
			"REFERENCES talks in Unity Hall -> Lakeside Declaration",
			"ATTENDED Ana Mbeki -> talks in Unity Hall",
			"ATTENDED Joseph Tall -> talks in Unity Hall",
			"ATTENDED Carlos Dube -> talks in Unity Hall",
		},
	},
	{
		name: "an instrument signed today, whose parties are named far from its noun, and a host who is no party",
		text: "The Council welcomes the Agreement that the Government of the Republic of Mozambique and the Mozambique National Resistance Movement (RENAMO) signed in Maputo today, after a month of talks hosted by Botswana.",
		want: []string{
			"OCCURRED_IN Maputo agreement -> Maputo",
			"PARTY_TO Government of Mozambique -> Maputo agreement",
			"PARTY_TO RENAMO -> Maputo agreement", // the lexicon knows "Mozambique National Resistance Movement"
		},
	},
	{
		name:      "the people a closing ceremony opens with attended the reported meeting",
		publisher: "National Dialogue Table",
		text: "The guarantors welcome the close in Quito of the third cycle of the National Dialogue Table. " +
			"At the closing ceremony, the President of the Republic of Ecuador, Daniel Noboa, and the First Commander of the Patriotic Front, Rafael Ortiz, signed the protocol.",
		want: []string{
			"HELD National Dialogue Table -> 3rd session of the National Dialogue Table",
			"OCCURRED_IN 3rd session of the National Dialogue Table -> Quito",
			"HOLDS_ROLE Daniel Noboa -> Ecuador : President",
			"HOLDS_ROLE Rafael Ortiz -> Patriotic Front : First Commander",
			"ATTENDED Daniel Noboa -> 3rd session of the National Dialogue Table",
			"ATTENDED Rafael Ortiz -> 3rd session of the National Dialogue Table",
		},
	},
	{
		name:      "the signing of an instrument by parties listed after each \"by\"",
		publisher: "Intergovernmental Authority on Development",
		text:      "The Council welcomes the signing, in its presence, of the Comprehensive Agreement on the Settlement of the Conflict in the Republic of Chad (CASCC) by the Transitional Government of Chad, represented by President Mahamat Idriss Déby, by the Front for Change and Concord under the leadership of Dr. Mahamat Mahdi Ali, and by the Union of Resistance Forces and the National Salvation Council;",
		want: []string{
			"HOLDS_ROLE Mahamat Idriss Déby -> Chad : President",
			"PARTY_TO Transitional Government of Chad -> Comprehensive Agreement on the Settlement of the Conflict in the Republic of Chad",
			"PARTY_TO Front for Change and Concord -> Comprehensive Agreement on the Settlement of the Conflict in the Republic of Chad",
			"PARTY_TO Union of Resistance Forces -> Comprehensive Agreement on the Settlement of the Conflict in the Republic of Chad",
			"PARTY_TO National Salvation Council -> Comprehensive Agreement on the Settlement of the Conflict in the Republic of Chad",
		},
	},
	{
		name: "an instrument's name goes on over \"to\" and \"the\" between capitalised words, and takes the state it ends with",
		text: "The Council recalls the Declaration of Principles to Protect the Displaced of Mali, which the two parties signed in Algiers on 3 March 2024.",
		want: []string{"OCCURRED_IN Declaration of Principles to Protect the Displaced of Mali -> Algiers"},
	},
	{
		name: "the \"Accord\" in a body's name is no instrument, and a described instrument's parties may stand far before its verb",
		text: "The Council welcomed the permanent ceasefire agreement that the delegations of the Government of National Accord and of the Libyan National Army to the Joint Military Commission signed in Geneva on 23 October 2020.",
		want: []string{
			"OCCURRED_IN Agreement for a Complete and Permanent Ceasefire in Libya -> Geneva",
			"PARTY_TO Government of National Accord -> Agreement for a Complete and Permanent Ceasefire in Libya",
			"PARTY_TO Libyan National Army -> Agreement for a Complete and Permanent Ceasefire in Libya",
		},
	},
	{
		name: "ranks of two words and Arabic and Khmer honorifics are not names",
		text: "Taking part were HE Sayyid Badr Hamad, Foreign Minister of Oman, and Lieutenant General Tadesse Gebre, commander of the Tigray Defence Forces.",
		want: []string{
			"HOLDS_ROLE Badr Hamad -> Oman : Foreign Minister",
			"HOLDS_ROLE Tadesse Gebre -> Tigray Defense Forces : commander",
		},
	},
	{
		name:      "a title whose words name its body",
		publisher: "Council of the European Union",
		text:      "The High Representative of the Union for Foreign Affairs and Security Policy, Kaja Kallas, travelled to Kyiv on Monday.",
		want: []string{
			"PART_OF Council of the European Union -> European Union",
			"HOLDS_ROLE Kaja Kallas -> European Union : High Representative of the Union for Foreign Affairs and Security Policy",
			"OCCURRED_IN travelled in Kyiv -> Kyiv",
		},
	},
	{
		name:      "talks with one host and a reception by another, both with the sentence's subject",
		publisher: "League of Arab States",
		text:      "In Amman, Aboul Gheit held talks at the Raghadan Palace with Prime Minister Bisher Khasawneh, and was later received at the Basman Palace by the Speaker of Parliament, Ahmed Safadi.",
		want: []string{
			"ATTENDED Ahmed Aboul Gheit -> meeting of Ahmed Aboul Gheit with Bisher Khasawneh in Raghadan Palace",
			"ATTENDED Bisher Khasawneh -> meeting of Ahmed Aboul Gheit with Bisher Khasawneh in Raghadan Palace",
			"OCCURRED_IN meeting of Ahmed Aboul Gheit with Bisher Khasawneh in Raghadan Palace -> Raghadan Palace",
			"ATTENDED Ahmed Aboul Gheit -> meeting of Ahmed Aboul Gheit with Ahmed Safadi in Basman Palace",
			"ATTENDED Ahmed Safadi -> meeting of Ahmed Aboul Gheit with Ahmed Safadi in Basman Palace",
			"HOLDS_ROLE Ahmed Safadi -> Parliament : Speaker",
			"OCCURRED_IN meeting of Ahmed Aboul Gheit with Ahmed Safadi in Basman Palace -> Basman Palace",
		},
	},
	{
		name:      "a post in a country, joined to a second title",
		publisher: "United Nations",
		text:      "The Secretary-General's Special Representative in Haiti and Head of BINUH, Maria Salvador, briefed the parties.",
		want: []string{
			"HOLDS_ROLE Maria Salvador -> United Nations : Special Representative",
			"HOLDS_ROLE Maria Salvador -> BINUH : Head",
		},
	},
	{
		name:      "a bare head-of-state title in another body's communiqué is the state the text is about",
		publisher: "African Union Commission",
		text: "The Chairperson is following the situation in Guinea closely. He calls for the release of President Alpha Condé, detained in Conakry on 5 September. " +
			"He urges Guinea's defence forces to return to barracks and reaffirms the solidarity of the Union with the people of Guinea, and with Senegal.",
		want: []string{
			"HOLDS_ROLE Alpha Condé -> Guinea : President",
			"OCCURRED_IN detained in Conakry -> Conakry",
		},
	},
	{
		name:      "a collective noun stands for the last list of states, and a title after a name may open with a state's adjective",
		publisher: "Ministry of Foreign Affairs of Qatar",
		text: "Egypt, Qatar and the United States met in Doha on 2 May 2024. " +
			"The talks were opened by Omar Farouk Haddad, Egyptian Deputy Foreign Minister. " +
			"The mediators condemned Hamas for the attack.",
		want: []string{
			"OCCURRED_IN meeting of Egypt, Qatar and United States in Doha -> Doha",
			"ATTENDED Omar Farouk Haddad -> meeting of Egypt, Qatar and United States in Doha",
			"HOLDS_ROLE Omar Farouk Haddad -> Egypt : Deputy Foreign Minister",
			"CONDEMNED Egypt -> Hamas",
			"CONDEMNED Qatar -> Hamas",
			"CONDEMNED United States -> Hamas",
		},
	},
	{
		name:      "a summit named with its body, chaired and attended as SADC writes, and its bare \"Summit condemned\"",
		publisher: "Southern African Development Community",
		text: "The Extraordinary Summit of the Organ Troika of the Southern African Development Community was held in Windhoek on 12 May 2024, under the chairmanship of H.E. Nangolo Mbumba, President of the Republic of Namibia. " +
			"The Summit was attended by Hon. Amb. Naledi Pandor, Minister of International Relations and Cooperation of South Africa. " +
			"Summit strongly condemned the Allied Democratic Forces.",
		want: []string{
			"HELD SADC -> Extraordinary Summit of the Organ Troika",
			"OCCURRED_IN Extraordinary Summit of the Organ Troika -> Windhoek",
			"HOLDS_ROLE Nangolo Mbumba -> Namibia : President",
			"HOLDS_ROLE Naledi Pandor -> South Africa : Minister of International Relations and Cooperation",
			"ATTENDED Nangolo Mbumba -> Extraordinary Summit of the Organ Troika",
			"ATTENDED Naledi Pandor -> Extraordinary Summit of the Organ Troika",
			"CONDEMNED SADC -> Allied Democratic Forces",
		},
	},
	{
		name:      "a title whose words name the office it serves, and a holder after \"for COUNTRY,\"",
		publisher: "United Nations Security Council",
		text:      "The members of the Security Council reaffirmed their full support for the Special Representative of the Secretary-General for Mali, Amadou Diallo.",
		want:      []string{"HOLDS_ROLE Amadou Diallo -> United Nations : Special Representative of the Secretary-General"},
	},
	{
		name:      "an event's places are one list: a place in another clause, or where the town lies, is not the event's",
		publisher: "Organization for Security and Co-operation in Europe",
		text: "Participants discussed the detentions of residents near the boundary line at Khurvaleti, and the situation of displaced persons in Tskhinvali. " +
			"They condemned the missile strike on the station in Kramatorsk, in the Donetsk oblast. " +
			"They condemned the shelling of Irpin, Bucha and the town of Hostomel.",
		want: []string{
			"OCCURRED_IN detentions in Khurvaleti -> Khurvaleti",
			"OCCURRED_IN strike in Kramatorsk -> Kramatorsk",
			"OCCURRED_IN shelling in Irpin -> Irpin",
			"OCCURRED_IN shelling in Irpin -> Bucha",
			"OCCURRED_IN shelling in Irpin -> Hostomel",
		},
	},
	{
		name:      "a name before \", BODY TITLE\" is a person's",
		publisher: "Organization for Security and Co-operation in Europe",
		text:      "The talks were led by Ambassador Viorel Mosanu, Special Representative of the OSCE Chairperson-in-Office, and Toivo Klaar, EU Special Representative for the South Caucasus.",
		want: []string{
			"HOLDS_ROLE Viorel Mosanu -> OSCE : Special Representative",
			"HOLDS_ROLE Toivo Klaar -> European Union : Special Representative",
		},
	},
	{
		name:      "\"Present at the session were\", a name with a particle, and event words that are not events",
		publisher: "Economic Community of West African States",
		text: "The Authority of Heads of State and Government of ECOWAS held its Fiftieth Ordinary Session in Abuja on 17 December 2016. " +
			"Present at the session were H.E. Marcel Alain de Souza, President of the ECOWAS Commission, and H.E. Macky Sall, President of the Republic of Senegal. " +
			"The Authority upholds the results of the election and recalls the African Charter on Democracy, Elections and Governance.",
		want: []string{
			"HELD ECOWAS Authority of Heads of State and Government -> 50th session of the ECOWAS Authority of Heads of State and Government",
			"PART_OF ECOWAS Authority of Heads of State and Government -> ECOWAS",
			"OCCURRED_IN 50th session of the ECOWAS Authority of Heads of State and Government -> Abuja",
			"HOLDS_ROLE Marcel Alain de Souza -> ECOWAS Commission : President",
			"HOLDS_ROLE Macky Sall -> Senegal : President",
			"ATTENDED Marcel Alain de Souza -> 50th session of the ECOWAS Authority of Heads of State and Government",
			"ATTENDED Macky Sall -> 50th session of the ECOWAS Authority of Heads of State and Government",
			"REFERENCES 50th session of the ECOWAS Authority of Heads of State and Government -> African Charter on Democracy, Elections and Governance",
		},
	},
	{
		name:      "an acronym the text defines names its body after, and a title with its portfolio before a name",
		publisher: "Ministry for Foreign Affairs of Finland",
		text: "The Government of the Republic of Indonesia and the Patani Liberation Front (PLF) signed a memorandum in Helsinki today. " +
			"Indonesia's Minister of Law and Human Rights, Hamid Awaludin, signed for the Government, and PLF's Prime Minister, Malik Rahman, signed for the movement.",
		want: []string{
			"HOLDS_ROLE Hamid Awaludin -> Indonesia : Minister of Law and Human Rights",
			"HOLDS_ROLE Malik Rahman -> Patani Liberation Front : Prime Minister",
			"OCCURRED_IN Helsinki memorandum -> Helsinki",
			"PARTY_TO Government of Indonesia -> Helsinki memorandum",
			"PARTY_TO Patani Liberation Front -> Helsinki memorandum",
		},
	},
	{
		name:      "a round table is a meeting, not a body; \"Discussions\" heads a body",
		publisher: "United Nations",
		text: "The Personal Envoy convened the first round-table meeting in Geneva in Geneva on 5 December 2018. " +
			"The co-chairs held the 50th round of the Geneva International Discussions in Geneva on 11 December 2019.",
		want: []string{
			"HELD Geneva International Discussions -> 50th session of the Geneva International Discussions",
			"OCCURRED_IN 50th session of the Geneva International Discussions -> Geneva",
		},
	},
	{
		name:      "a briefing, and a person \"also present\" at the end of the sentence, attended the reported meeting",
		publisher: "East African Community",
		text: "The Summit of the East African Community held its second emergency meeting in Dar es Salaam on 31 May 2015. " +
			"The Summit took note of the briefing by the Deputy Secretary General, Amb. Jean Claude Nsengiyumva. " +
			"The Community's Secretary General, Amb. Dr Richard Sezibera, was also present.",
		want: []string{
			"PART_OF Summit of the East African Community -> East African Community",
			"HELD Summit of the East African Community -> 2nd session of the Summit of the East African Community",
			"OCCURRED_IN 2nd session of the Summit of the East African Community -> Dar es Salaam",
			"HOLDS_ROLE Jean Claude Nsengiyumva -> East African Community : Deputy Secretary General",
			"HOLDS_ROLE Richard Sezibera -> East African Community : Secretary General",
			"ATTENDED Jean Claude Nsengiyumva -> 2nd session of the Summit of the East African Community",
			"ATTENDED Richard Sezibera -> 2nd session of the Summit of the East African Community",
		},
	},
	{
		name:      "an organ of a body named only by the text is the body's organ, and its numbered session is found",
		publisher: "Northern Union",
		text: "The 14th Ordinary Session of the Council of the Northern Union was held in Lusaka on 3 June 2024. " +
			"The Assembly of the Sahel Alliance also met in Lusaka.",
		want: []string{
			"PART_OF Council of the Northern Union -> Northern Union",
			"HELD Council of the Northern Union -> 14th session of the Council of the Northern Union",
			"OCCURRED_IN 14th session of the Council of the Northern Union -> Lusaka",
			"PART_OF Assembly of the Sahel Alliance -> Sahel Alliance",
			"HELD Assembly of the Sahel Alliance -> Assembly of the Sahel Alliance meeting in Lusaka",
			"OCCURRED_IN Assembly of the Sahel Alliance meeting in Lusaka -> Lusaka",
		},
	},
	{
		name:      "a meeting named first and then said to be held somewhere is the issuer's, and those who attended it are listed after",
		publisher: "Northern Union",
		text: "The Summit was held in Maputo on 3 June 2024. " +
			"It was attended by the Heads of State and Government of Malawi and Zambia, and by the Prime Minister of Eswatini, Russell Dlamini.",
		want: []string{
			"HELD Northern Union -> Northern Union summit in Maputo",
			"OCCURRED_IN Northern Union summit in Maputo -> Maputo",
			"HOLDS_ROLE Russell Dlamini -> Eswatini : Prime Minister",
			"ATTENDED Malawi -> Northern Union summit in Maputo",
			"ATTENDED Zambia -> Northern Union summit in Maputo",
			"ATTENDED Russell Dlamini -> Northern Union summit in Maputo",
		},
	},
	{
		name:      "a meeting hosted by a government is the host's; one convened after another does not take the other's place",
		publisher: "Northern Union",
		text: "Ministers from Chad and Mali took part in the meeting, which was hosted by the Government of Niger in Niamey. " +
			"The conference was convened after the summit held in Abuja.",
		want: []string{
			"HELD Government of Niger -> Government of Niger meeting in Niamey",
			"OCCURRED_IN Government of Niger meeting in Niamey -> Niamey",
			// "the summit held in Abuja" is the issuer's, in Abuja; the
			// conference convened after it is not
			"HELD Northern Union -> Northern Union summit in Abuja",
			"OCCURRED_IN Northern Union summit in Abuja -> Abuja",
		},
	},
	{
		name:      "heads of state who meet make a meeting of their states, and a plural title before names is each one's",
		publisher: "Northern Union",
		text: "The Heads of State of Kenya, Uganda and Tanzania met in Nairobi on 2 June 2024. " +
			"Attending the meeting were Foreign Ministers Naledi Pandor of South Africa and Lemogang Kwape of Botswana.",
		want: []string{
			"OCCURRED_IN meeting of Kenya, Uganda and Tanzania in Nairobi -> Nairobi",
			"HOLDS_ROLE Naledi Pandor -> South Africa : Foreign Minister",
			"HOLDS_ROLE Lemogang Kwape -> Botswana : Foreign Minister",
			"ATTENDED Naledi Pandor -> meeting of Kenya, Uganda and Tanzania in Nairobi",
			"ATTENDED Lemogang Kwape -> meeting of Kenya, Uganda and Tanzania in Nairobi",
		},
	},
	{
		name:      "leaders who gather for a numbered summit gather for their body's",
		publisher: "Northern Union",
		text: "Leaders of the Northern Union gathered in Kampala for the second extraordinary summit. " +
			"Present were President Yoweri Museveni of Uganda and President William Ruto of Kenya.",
		want: []string{
			"HELD Northern Union -> 2nd session of the Northern Union",
			"OCCURRED_IN 2nd session of the Northern Union -> Kampala",
			"HOLDS_ROLE Yoweri Museveni -> Uganda : President",
			"HOLDS_ROLE William Ruto -> Kenya : President",
			"ATTENDED Yoweri Museveni -> 2nd session of the Northern Union",
			"ATTENDED William Ruto -> 2nd session of the Northern Union",
		},
	},
	{
		name:      "sides that meet somewhere hold talks there, under the auspices of a body that holds them; two named people who meet hold a meeting of their own",
		publisher: "Ministry of Foreign Affairs",
		text: "The two sides met in Pretoria from 25 October to 2 November 2022 under the auspices of the African Union. " +
			"Foreign Minister Ararat Mirzoyan and Foreign Minister Jeyhun Bayramov met in Washington on 4 May 2023.",
		want: []string{
			"OCCURRED_IN talks in Pretoria -> Pretoria",
			"HELD African Union -> talks in Pretoria",
			"ATTENDED Ararat Mirzoyan -> meeting of Ararat Mirzoyan with Jeyhun Bayramov in Washington",
			"ATTENDED Jeyhun Bayramov -> meeting of Ararat Mirzoyan with Jeyhun Bayramov in Washington",
			"OCCURRED_IN meeting of Ararat Mirzoyan with Jeyhun Bayramov in Washington -> Washington",
		},
	},
	{
		name:      "a numbered round of talks is placed where the text says it took place or where the parties concluded it",
		publisher: "Ministry of Foreign Affairs",
		text: "The third round of the intra-Sudanese talks took place in Geneva on 3 June 2024. " +
			"Delegations of the Government of Colombia and the ELN concluded the fifth cycle of talks in Mexico City on 6 March 2023. " +
			"The talks, which were held in Jeddah, were facilitated by Saudi Arabia.",
		want: []string{
			"OCCURRED_IN third round in Geneva -> Geneva",
			"OCCURRED_IN fifth cycle in Mexico City -> Mexico City",
			"OCCURRED_IN talks in Jeddah -> Jeddah",
			"ATTENDED Saudi Arabia -> talks in Jeddah",
		},
	},
	{
		name:      "a person who hosts another somewhere meets them there",
		publisher: "Ministry of Foreign Affairs",
		text:      "President Cyril Ramaphosa hosted President Volodymyr Zelenskyy in Cape Town on 3 June 2024.",
		want: []string{
			"ATTENDED Cyril Ramaphosa -> meeting of Cyril Ramaphosa with Volodymyr Zelenskyy in Cape Town",
			"ATTENDED Volodymyr Zelenskyy -> meeting of Cyril Ramaphosa with Volodymyr Zelenskyy in Cape Town",
			"OCCURRED_IN meeting of Cyril Ramaphosa with Volodymyr Zelenskyy in Cape Town -> Cape Town",
		},
	},
	{
		name:      "the items of a list that a sentence says attended, one per line, with or without bullets",
		publisher: "Lake Basin Commission",
		text: "The 7th Ordinary Meeting of the Council of Ministers of the Lake Basin Commission was held in N'Djamena on 11 March 2024.\n" +
			"The following Ministers attended the meeting:\n" +
			"- H.E. Mahamat Saleh Annadif, Minister of Foreign Affairs of Chad;\n" +
			"- H.E. Lejeune Mbella Mbella, Minister of External Relations of Cameroon.\n" +
			"Also attending were:\n" +
			"H.E. Bola Ahmed Tinubu, President of the Federal Republic of Nigeria\n" +
			"The meeting adopted its agenda.",
		want: []string{
			"PART_OF Council of Ministers -> Lake Basin Commission",
			"HELD Council of Ministers -> 7th session of the Council of Ministers",
			"OCCURRED_IN 7th session of the Council of Ministers -> N'Djamena",
			"HOLDS_ROLE Mahamat Saleh Annadif -> Chad : Minister of Foreign Affairs",
			"HOLDS_ROLE Lejeune Mbella Mbella -> Cameroon : Minister of External Relations",
			"HOLDS_ROLE Bola Tinubu -> Nigeria : President",
			"ATTENDED Mahamat Saleh Annadif -> 7th session of the Council of Ministers",
			"ATTENDED Lejeune Mbella Mbella -> 7th session of the Council of Ministers",
			"ATTENDED Bola Tinubu -> 7th session of the Council of Ministers",
		},
	},
	{
		name:      "talks the text reports first are its subject; a delegation led by someone, and a facilitator, attend them",
		publisher: "Office of the Facilitator",
		text: "The Government of Zambia and the Patriotic Front held talks in Lusaka from 1 to 3 June 2024 under the facilitation of Mr Edgar Lungu. " +
			"The Government delegation was led by Minister of Justice Paul Kamanga. " +
			"The delegation of the Front was led by its Secretary-General, Moses Tembo.",
		want: []string{
			"HELD Government of Zambia -> Government of Zambia talks in Lusaka",
			"OCCURRED_IN Government of Zambia talks in Lusaka -> Lusaka",
			"ATTENDED Edgar Lungu -> Government of Zambia talks in Lusaka",
			"ATTENDED Paul Kamanga -> Government of Zambia talks in Lusaka",
			"ATTENDED Moses Tembo -> Government of Zambia talks in Lusaka",
			"HOLDS_ROLE Paul Kamanga -> Government of Zambia : Minister of Justice",
			"HOLDS_ROLE Moses Tembo -> Patriotic Front : Secretary-General",
		},
	},
	{
		name:      "the parties an instrument's sentence names: its signatories namely A and B, those to which it binds, where it was signed",
		publisher: "Intergovernmental Authority on Development",
		text: "The signatories of the Juba Peace Agreement, namely the Transitional Government and the Sudan Revolutionary Front, reaffirmed their commitment. " +
			"The Authority urged the M23 to respect the Luanda Roadmap, to which the Democratic Republic of the Congo and Rwanda are parties. " +
			"The Government of Ethiopia and the Tigray People's Liberation Front signed the Agreement for Lasting Peace in Pretoria on 2 November 2022.",
		want: []string{
			"PARTY_TO Transitional Government -> Juba Peace Agreement",
			"PARTY_TO Sudan Revolutionary Front -> Juba Peace Agreement",
			"PARTY_TO DR Congo -> Luanda Roadmap",
			"PARTY_TO Rwanda -> Luanda Roadmap",
			"PARTY_TO Government of Ethiopia -> Agreement for Lasting Peace",
			"PARTY_TO Tigray People's Liberation Front -> Agreement for Lasting Peace",
			"OCCURRED_IN Agreement for Lasting Peace -> Pretoria",
		},
	},
	{
		name:      "events at places the gazetteer knows only in context: taken from a town, the areas of a city, a place stormed",
		publisher: "African Union Commission",
		text: "The Commission recalls the abduction of 276 schoolgirls from Chibok in April 2014. " +
			"The Secretary-General deplores the shelling of residential areas of Donetsk. " +
			"Gunmen stormed a church in Owo on 5 June 2022, killing at least forty worshippers.",
		want: []string{
			"OCCURRED_IN abduction in Chibok -> Chibok",
			"OCCURRED_IN shelling in Donetsk -> Donetsk",
			"OCCURRED_IN stormed in Owo -> Owo",
		},
	},
	{
		name:      "a title for a region names the person after it; a visit to a capital is there; a state's opposition leader is not the issuer's",
		publisher: "European External Action Service",
		text: "The EU Special Representative for the Sahel, João Cravinho, visited Niamey. " +
			"Kenyan opposition leader Raila Odinga welcomed the agreement.",
		want: []string{
			"HOLDS_ROLE João Cravinho -> European Union : Special Representative",
			"HOLDS_ROLE Raila Odinga -> Kenya : opposition leader", // the Westminster office, of the state its adjective names
			"OCCURRED_IN visited in Niamey -> Niamey",
		},
	},
	{
		name:      "instruments whose head ends their name or governs a clause, and a capital named with \"City\"",
		publisher: "Intergovernmental Authority on Development",
		text: "The Council of Ministers of IGAD held its 12th Ordinary Session in Djibouti City on 11 March 2024. " +
			"The Council recalled the Jeddah Declaration of Commitment to Protect the Civilians of Sudan. " +
			"The Council called on the parties to abide by the Cessation of Hostilities Agreement signed in Pretoria on 2 November 2022.",
		want: []string{
			"PART_OF IGAD Council of Ministers -> IGAD",
			"HELD IGAD Council of Ministers -> 12th session of the IGAD Council of Ministers",
			"OCCURRED_IN 12th session of the IGAD Council of Ministers -> Djibouti",
			"REFERENCES 12th session of the IGAD Council of Ministers -> Jeddah Declaration of Commitment to Protect the Civilians of Sudan",
			"REFERENCES 12th session of the IGAD Council of Ministers -> Cessation of Hostilities Agreement",
			"OCCURRED_IN Cessation of Hostilities Agreement -> Pretoria",
		},
	},
	{
		name:      "a title with a long complement before its holder, and one appointed to head the one mission named",
		publisher: "Ministry for Foreign Affairs of Finland",
		text: "The talks were co-chaired by the European Union Special Representative for the Horn of Africa and the crisis in Sudan, Annette Weber. " +
			"The European Union will deploy the Aceh Monitoring Mission. Pieter Feith has been appointed Head of Mission.",
		want: []string{
			"HOLDS_ROLE Annette Weber -> European Union : Special Representative",
			"HOLDS_ROLE Pieter Feith -> Aceh Monitoring Mission : Head of Mission",
		},
	},
	{
		name:      "a signing ceremony is a meeting of its own, where the instrument was signed, attended by its signers and those the text places there",
		publisher: "Ministry of Foreign Affairs of the State of Qatar",
		text: "The Transitional Military Council and the Union of Resistance Forces signed the Doha Peace Agreement in Doha on 8 August 2022. " +
			"The signing ceremony, held at the Sheraton Hotel in Doha, was chaired by Sheikh Mohammed bin Abdulrahman Al Thani, Minister of Foreign Affairs. " +
			"Among those present at the ceremony were Mahamat Zene Cherif and Mutlaq bin Majed Al-Qahtani.",
		want: []string{
			"PARTY_TO Transitional Military Council -> Doha Peace Agreement",
			"PARTY_TO Union of Resistance Forces -> Doha Peace Agreement",
			"OCCURRED_IN Doha Peace Agreement -> Doha",
			"OCCURRED_IN signing ceremony of Doha Peace Agreement -> Sheraton Hotel",
			"REFERENCES signing ceremony of Doha Peace Agreement -> Doha Peace Agreement",
			"ATTENDED Mohammed bin Abdulrahman Al Thani -> signing ceremony of Doha Peace Agreement",
			"ATTENDED Mahamat Zene Cherif -> signing ceremony of Doha Peace Agreement",
			"ATTENDED Mutlaq bin Majed Al-Qahtani -> signing ceremony of Doha Peace Agreement",
			"HOLDS_ROLE Mohammed bin Abdulrahman Al Thani -> Qatar : Minister of Foreign Affairs", // the issuing ministry's own minister
		},
	},
	{
		name:      "an unconstitutional change of government, a disaster and an epidemic happen where the text places them",
		publisher: "African Union Commission",
		text: "The Council condemned the unconstitutional change of government in Conakry on 5 September 2021. " +
			"The earthquake in Herat left thousands homeless, and the cholera epidemic in Beira spread.",
		want: []string{
			"OCCURRED_IN change in Conakry -> Conakry",
			"OCCURRED_IN earthquake in Herat -> Herat",
			"OCCURRED_IN epidemic in Beira -> Beira",
		},
	},
	{
		name:      "a session numbered in Roman numerals, recalled from long before the text, is not the meeting the text reports",
		publisher: "Organisation internationale de la Francophonie",
		text: "The Secretary General welcomes the signing of the Roadmap for Ending the Crisis in Madagascar. " +
			"At the XIIIth Summit of La Francophonie, held in Montreux in October 2010, the Heads of State called for dialogue.",
		want: []string{
			"HELD Organisation internationale de la Francophonie -> 13th session of the Organisation internationale de la Francophonie",
			"OCCURRED_IN 13th session of the Organisation internationale de la Francophonie -> Montreux",
		},
	},
	{
		name:      "an instrument signed at a venue: its signing is a ceremony there, attended by its signers and by the list that follows",
		publisher: "Civic United Front",
		text: "Yesterday our party and Chama cha Mapinduzi signed the Zanzibar Accord at the Bwawani Hotel in Zanzibar Town.\n" +
			"The Zanzibar Accord was signed on behalf of our party by our Secretary General, Seif Sharif Hamad. The ceremony was attended by:\n" +
			"H.E. Benjamin William Mkapa, President of the United Republic of Tanzania\n" +
			"The Accord ends the crisis.",
		want: []string{
			"OCCURRED_IN Zanzibar Accord -> Bwawani Hotel",
			"HOLDS_ROLE Seif Sharif Hamad -> Civic United Front : Secretary General",
			"OCCURRED_IN signing ceremony of Zanzibar Accord -> Bwawani Hotel",
			"REFERENCES signing ceremony of Zanzibar Accord -> Zanzibar Accord",
			"ATTENDED Seif Sharif Hamad -> signing ceremony of Zanzibar Accord",
			"ATTENDED Benjamin Mkapa -> signing ceremony of Zanzibar Accord",
			"HOLDS_ROLE Benjamin Mkapa -> Tanzania : President",
			"PARTY_TO Chama Cha Mapinduzi -> Zanzibar Accord",
		},
	},
	{
		name:      "an instrument named in lower case after its head, and \"the Agreement\" that refers back to it",
		publisher: "Presidency of the Gabonese Republic",
		text: "The Mediator welcomes the signing yesterday of the Agreement on the cessation of hostilities and the end of the armed conflict in the Republic of Congo. " +
			"The Agreement was signed at the Palais du Peuple in the presence of H.E. General Denis Sassou Nguesso, President of the Republic of Congo.",
		want: []string{
			"OCCURRED_IN Agreement on the cessation of hostilities and the end of the armed conflict in the Republic of Congo -> Palais du Peuple",
			"OCCURRED_IN signing ceremony of Agreement on the cessation of hostilities and the end of the armed conflict in the Republic of Congo -> Palais du Peuple",
			"REFERENCES signing ceremony of Agreement on the cessation of hostilities and the end of the armed conflict in the Republic of Congo -> Agreement on the cessation of hostilities and the end of the armed conflict in the Republic of Congo",
			"ATTENDED Denis Sassou Nguesso -> signing ceremony of Agreement on the cessation of hostilities and the end of the armed conflict in the Republic of Congo",
			"HOLDS_ROLE Denis Sassou Nguesso -> Republic of the Congo : President",
		},
	},
	{
		name:      "heads of state \"meeting in extraordinary session\" at a venue, and those taking part listed with their states",
		publisher: "Union of South American Nations",
		text: "The Heads of State and Government of the Union of South American Nations, meeting in extraordinary session at the Palacio de La Moneda in Santiago de Chile on 15 September 2008, declare the following. " +
			"Taking part in the meeting were the Presidents Evo Morales of Bolivia, Rafael Correa Delgado of Ecuador and Fernando Lugo Méndez of Paraguay.",
		want: []string{
			"HELD Union of South American Nations -> Union of South American Nations meeting in Palacio de La Moneda",
			"OCCURRED_IN Union of South American Nations meeting in Palacio de La Moneda -> Palacio de La Moneda",
			"ATTENDED Evo Morales -> Union of South American Nations meeting in Palacio de La Moneda",
			"ATTENDED Rafael Correa Delgado -> Union of South American Nations meeting in Palacio de La Moneda",
			"ATTENDED Fernando Lugo Méndez -> Union of South American Nations meeting in Palacio de La Moneda",
			"HOLDS_ROLE Evo Morales -> Bolivia : President",
			"HOLDS_ROLE Rafael Correa Delgado -> Ecuador : President",
			"HOLDS_ROLE Fernando Lugo Méndez -> Paraguay : President",
		},
	},
	{
		name:      "a conference named with a purpose, held at a venue the verb names rather than a place in its name",
		publisher: "Lokarri",
		text:      "The International Conference to Promote the Resolution of the Conflict in the Basque Country was held today at the Aiete Palace in Donostia-San Sebastián.",
		want: []string{
			"OCCURRED_IN International Conference to Promote the Resolution of the Conflict -> Aiete Palace",
		},
	},
	{
		name:      "names with Portuguese particles after a rank, an acronym a title governs, Indian honorifics, and \"Our Chairman\" as the issuer's",
		publisher: "NATIONAL SOCIALIST COUNCIL OF NAGALIM (NSCN)",
		text: "The Memorandum was signed by General Armando da Cruz Neto and by Mr Paulo Lukamba, Secretary-General of UNITA. " +
			"The ceremony was hosted by the Prime Minister of India, Shri Narendra Modi. " +
			"Our Chairman, Isak Chishi Swu, could not attend.",
		want: []string{
			"HOLDS_ROLE Paulo Lukamba -> UNITA : Secretary-General",
			"HOLDS_ROLE Narendra Modi -> India : Prime Minister",
			"HOLDS_ROLE Isak Chishi Swu -> National Socialist Council of Nagalim : Chairman",
		},
	},
	{
		name:      "fighting that breached a ceasefire is a violation of it, fighting around a junction is there, and a political crisis is no event",
		publisher: "International Contact Group on Liberia",
		text: "The Agreement on Ceasefire and Cessation of Hostilities, which the parties signed in Accra on 17 June 2003, was breached within days by renewed fighting around Klay Junction. " +
			"The crisis that followed the elections paralysed Monrovia.",
		want: []string{
			"OCCURRED_IN Agreement on Ceasefire and Cessation of Hostilities -> Accra",
			"OCCURRED_IN fighting in Klay Junction -> Klay Junction",
			"REFERENCES fighting in Klay Junction -> Agreement on Ceasefire and Cessation of Hostilities",
		},
	},
	{
		name:      "a movement the lexicon knows by another form of its name, a list that goes on after a bracketed acronym and \"and of\", and an instrument after a colon",
		publisher: "National Intermediation Commission",
		text:      "The delegations of the Federal Government and of the Zapatista National Liberation Army (EZLN) signed the first agreements of the dialogue: the Agreements on Indigenous Rights and Culture.",
		want: []string{
			"PARTY_TO Federal Government -> Agreements on Indigenous Rights and Culture",
			"PARTY_TO Zapatista Army of National Liberation -> Agreements on Indigenous Rights and Culture",
		},
	},
	{
		name:      "a longer name than the lexicon's: the lexicon's \"National Liberation Army\" (the ELN) inside it is not that body",
		publisher: "National Reconciliation and Peace Centre",
		text:      "The delegations of the Union Government and of the Pa-O National Liberation Army signed the first agreements of the dialogue: the Agreements on Security Reintegration.",
		want: []string{
			"PARTY_TO Union Government -> Agreements on Security Reintegration",
			"PARTY_TO Pa-O National Liberation Army -> Agreements on Security Reintegration",
		},
	},
	{
		name:      "a title the lexicon does not know, read from where it stands between a person and a body",
		publisher: "Parbatya Chattagram Jana Samhati Samiti",
		text: "The Accord was signed by Mr Abul Hasanat Abdullah, Chief Whip of the National Assembly, on behalf of the Government. " +
			"Convener of the Peace Committee, Mr Rajesh Ravi, spoke.",
		want: []string{
			"HOLDS_ROLE Abul Hasanat Abdullah -> National Assembly : Chief Whip",
			"HOLDS_ROLE Rajesh Ravi -> Peace Committee : Convener",
		},
	},
	{
		name:      "names their bracketed acronyms spell, a body named with the place it serves, places a town list after \"took\", and prefectures",
		publisher: "International Contact Group on Liberia",
		text: "The International Contact Group on Liberia (ICGL) welcomes the Comprehensive Peace Agreement signed in Accra today by the Government of Liberia and Liberians United for Reconciliation and Democracy (LURD). " +
			"In 1994 the rebels took Ocosingo and Altamirano. The offensive in the prefectures of Ruhengeri and Byumba drove thousands from their homes.",
		want: []string{
			"OCCURRED_IN Comprehensive Peace Agreement -> Accra",
			"PARTY_TO Government of Liberia -> Comprehensive Peace Agreement",
			"PARTY_TO Liberians United for Reconciliation and Democracy -> Comprehensive Peace Agreement",
			"OCCURRED_IN offensive in Ruhengeri -> Byumba",
			"OCCURRED_IN offensive in Ruhengeri -> Ruhengeri",
			"OCCURRED_IN drove in Ruhengeri -> Byumba",
			"OCCURRED_IN drove in Ruhengeri -> Ruhengeri", // the people it drove out
		},
	},
	{
		name:      "talks a state hosted at a venue between two people, and the first talks between two sides held in a city",
		publisher: "Ministry of Foreign Affairs",
		text: "On 29 November, New Zealand hosted talks at Government House in Wellington between Mr Laisenia Qarase and Commodore Frank Bainimarama. " +
			"The first talks between Prime Minister Narendra Modi and the NSCN leaders were held in Paris in June 1995.",
		want: []string{
			"OCCURRED_IN talks in Government House -> Government House",
			"HELD New Zealand -> talks in Government House",
			"ATTENDED Laisenia Qarase -> talks in Government House",
			"ATTENDED Frank Bainimarama -> talks in Government House",
			"OCCURRED_IN first talks in Paris -> Paris",
			"ATTENDED Narendra Modi -> first talks in Paris",
		},
	},
	{
		name:      "the issuer named by one word or its acronym condemns a group named by an acronym, by \"known as\", or by a government",
		publisher: "National Intermediation Commission (CONAI)",
		text: "CONAI condemns the group known as Paz y Justicia, whose armed members have attacked families in Tila. " +
			"It condemns ETA, whose members shot dead a police officer. It condemns the Government of Liberia.",
		want: []string{
			"CONDEMNED National Intermediation Commission -> Paz y Justicia",
			"OCCURRED_IN attacked in Tila -> Tila",
			"CONDEMNED National Intermediation Commission -> ETA",
			"CONDEMNED National Intermediation Commission -> Government of Liberia",
		},
	},
	{
		name:      "a person named after \"said\" that closes a quotation, and sites named by a square, a base or a border post",
		publisher: "Human Rights Watch",
		text: "\"The government is trying to hide a massacre,\" said Holly Cartner, director at Human Rights Watch. " +
			"Troops attacked a crowd in Bobur Square. Armed men raided the Mpacha base.",
		want: []string{
			"HOLDS_ROLE Holly Cartner -> Human Rights Watch : director",
			"OCCURRED_IN attacked in Bobur Square -> Bobur Square",
			"OCCURRED_IN raided in Mpacha base -> Mpacha base",
		},
	},
	{
		name:      "talks on a topic held on an island, a delegation headed and joined by named people, and a crisis that is no event",
		publisher: "Republic Secretariat for Information",
		text: "The talks on the Yugoslav crisis held yesterday on the island of Veliki Brijun ended with a Joint Declaration. " +
			"The Slovenian delegation was headed by Mr Milan Kučan and included Mr Lojze Peterle.",
		want: []string{
			"OCCURRED_IN talks in Veliki Brijun -> Veliki Brijun",
			"REFERENCES talks in Veliki Brijun -> Joint Declaration",
			"ATTENDED Milan Kučan -> talks in Veliki Brijun",
			"ATTENDED Lojze Peterle -> talks in Veliki Brijun",
		},
	},
	{
		name:      "a venue named with a possessive after \"at\"",
		publisher: "Ministry of Foreign Affairs",
		text:      "The two Prime Ministers held restricted talks at the Governor's House in Lahore on 21 February 1999.",
		want: []string{
			"OCCURRED_IN talks in Governor's House -> Governor's House",
		},
	},
	{
		name:      "a plebiscite is an election, police firing on people an attack, the storming of a building an attack",
		publisher: "All Assam Students' Union",
		text: "The plebiscite in Ljubljana was held on 23 December 1990. " +
			"The Union condemns the police firing on satyagrahis in Guwahati. Gunmen led the storming of the parliament in Port of Spain.",
		want: []string{
			"OCCURRED_IN plebiscite in Ljubljana -> Ljubljana",
			"OCCURRED_IN firing in Guwahati -> Guwahati",
			"OCCURRED_IN storming in Port of Spain -> Port of Spain",
		},
	},
	{
		name:      "bare government titles in a state's delegation are that state's, and \"the party's President\" is the party's",
		publisher: "Awami National Party",
		text: "The Slovenian delegation included Prime Minister Lojze Peterle and Foreign Minister Dimitrij Rupel. " +
			"The Committee of the Awami National Party met under the chairmanship of the party's President, Asfandyar Wali Khan.",
		want: []string{
			"HOLDS_ROLE Lojze Peterle -> Slovenia : Prime Minister",
			"HOLDS_ROLE Dimitrij Rupel -> Slovenia : Foreign Minister",
			"PART_OF Committee of the Awami National Party -> Awami National Party",
			"HOLDS_ROLE Asfandyar Wali Khan -> Awami National Party : President",
		},
	},
	{
		name:      "officials named by their states' titles sign for their states",
		publisher: "Ministry of Foreign Affairs of Pakistan",
		text:      "The Prime Minister of Pakistan, Mian Muhammad Nawaz Sharif, and the Prime Minister of India, Mr Atal Bihari Vajpayee, signed the Lahore Declaration this afternoon.",
		want: []string{
			"HOLDS_ROLE Nawaz Sharif -> Pakistan : Prime Minister",
			"HOLDS_ROLE Atal Bihari Vajpayee -> India : Prime Minister",
			"PARTY_TO Pakistan -> Lahore Declaration",
			"PARTY_TO India -> Lahore Declaration",
		},
	},
	{
		name:      "a place of four words where people were killed, and the blowing up of schools",
		publisher: "Ministry of Information",
		text: "Six officers of the National Guard were killed at Sidi Ali Ben Aoun on 23 October. " +
			"The Committee condemns the blowing up of schools in the Swat valley.",
		want: []string{
			"OCCURRED_IN killed in Sidi Ali Ben Aoun -> Sidi Ali Ben Aoun",
			"OCCURRED_IN blowing in Swat -> Swat",
		},
	},
	{
		name:      "a council's communiqué names its organisation's Secretary-General bare",
		publisher: "UN Security Council",
		text:      "The members of the Security Council welcomed the efforts of Secretary-General António Guterres.",
		want: []string{
			"HOLDS_ROLE António Guterres -> United Nations : Secretary-General",
		},
	},
	{
		name:      "an agreement named with its parties between its head and its subject, signed at a venue; an acronym every word spells",
		publisher: "Ministry of Information",
		text: "Yesterday the Union of Free Farmers (UFF) and Partido de Unidade Nacional (PUN) signed the Agreement between UFF and PUN " +
			"on the Return of the Displaced to Their Lands at the Polana Hotel in Maputo.",
		want: []string{
			"PARTY_TO Union of Free Farmers -> Agreement between UFF and PUN on the Return of the Displaced to Their Lands",
			"PARTY_TO Partido de Unidade Nacional -> Agreement between UFF and PUN on the Return of the Displaced to Their Lands",
			"OCCURRED_IN Agreement between UFF and PUN on the Return of the Displaced to Their Lands -> Polana Hotel",
			"OCCURRED_IN signing ceremony of Agreement between UFF and PUN on the Return of the Displaced to Their Lands -> Polana Hotel",
			"REFERENCES signing ceremony of Agreement between UFF and PUN on the Return of the Displaced to Their Lands -> Agreement between UFF and PUN on the Return of the Displaced to Their Lands",
		},
	},
	{
		name:      "an instrument named by its date alone, breached",
		publisher: "Ministry of Information",
		text:      "The shelling of Fier on 2 May breached the truce of 3 March 1991.",
		want: []string{
			"OCCURRED_IN shelling in Fier -> Fier",
			"REFERENCES shelling in Fier -> truce of 3 March 1991",
		},
	},
	{
		name:      "an agreement between parties, one of them named by an adjective: only a title after it signs for a state",
		publisher: "Ministry of Defence",
		text:      "The Government was formed under the agreement of 9 March 1997 between President Berisha and the Albanian political parties.",
		want:      nil,
	},
	{
		name:      "shootings: \"fired on\", \"opened fire on\"; \"displaced\" as a verb with a number after it; a place joined by a particle",
		publisher: "Ministry of Information",
		text: "Police fired on peaceful demonstrators in Kisumu on 27 January 2001. " +
			"Soldiers opened fire on protesters in Mombasa on 3 May. " +
			"The fighting displaced more than 5,000 people from Eldoret. " +
			"Fighters attacked a passenger train near Zenza do Itombe on 10 August 2001.",
		want: []string{
			"OCCURRED_IN fired in Kisumu -> Kisumu",
			"OCCURRED_IN fire in Mombasa -> Mombasa",
			"OCCURRED_IN displaced in Eldoret -> Eldoret",
			"OCCURRED_IN attacked in Zenza do Itombe -> Zenza do Itombe",
		},
	},
	{
		name:      "an instrument described, then \"known as\" its name, between the parties; a body named by two states joined; a title given before holds its body when repeated bare",
		publisher: "Presidency of the Republic",
		text: "Paul Biya, President of the Republic of Cameroon, and Olusegun Obasanjo, President of the Federal Republic of Nigeria, signed " +
			"the Agreement between the Republic of Cameroon and the Federal Republic of Nigeria concerning the modalities of withdrawal " +
			"from the Bakassi Peninsula, known as the Greentree Agreement. " +
			"The Cameroon-Nigeria Mixed Commission held its first session in Yaoundé on 1 December 2002. " +
			"President Biya paid tribute to President Obasanjo.",
		want: []string{
			"HOLDS_ROLE Paul Biya -> Cameroon : President",
			"HOLDS_ROLE Olusegun Obasanjo -> Nigeria : President",
			"PARTY_TO Nigeria -> Greentree Agreement",
			"PARTY_TO Cameroon -> Greentree Agreement",
			"HELD Cameroon-Nigeria Mixed Commission -> 1st session of the Cameroon-Nigeria Mixed Commission",
			"OCCURRED_IN 1st session of the Cameroon-Nigeria Mixed Commission -> Yaoundé",
		},
	},
	{
		name:      "a signing at a venue that opens the sentence is a ceremony there",
		publisher: "Ministry of Foreign Affairs",
		text: "On Monday 12 June 2006, at the Greentree Estate in Manhasset, New York, the Prime Minister of Fiji, Ivo Marek, " +
			"and the Prime Minister of Tonga, Anton Kral, signed the Greentree Agreement.",
		want: []string{
			"HOLDS_ROLE Ivo Marek -> Fiji : Prime Minister",
			"HOLDS_ROLE Anton Kral -> Tonga : Prime Minister",
			"PARTY_TO Fiji -> Greentree Agreement",
			"PARTY_TO Tonga -> Greentree Agreement",
			"OCCURRED_IN Greentree Agreement -> Greentree Estate",
			"OCCURRED_IN signing ceremony of Greentree Agreement -> Greentree Estate",
			"REFERENCES signing ceremony of Greentree Agreement -> Greentree Agreement",
			"ATTENDED Ivo Marek -> signing ceremony of Greentree Agreement",
			"ATTENDED Anton Kral -> signing ceremony of Greentree Agreement",
		},
	},
	{
		name:      "a meeting whose time and place stand between the verb and the people met, named by their titles first",
		publisher: "Ministry of Defence",
		text: "The Minister of Defence, Professor Lamberto Dini, met yesterday in Tirana the Prime Minister of the Government of " +
			"National Reconciliation, Mr Arben Fino, and the President of the Republic of Albania, Mr Sali Berisha.",
		want: []string{
			"HOLDS_ROLE Arben Fino -> Government of National Reconciliation : Prime Minister",
			"HOLDS_ROLE Sali Berisha -> Albania : President",
			"ATTENDED Lamberto Dini -> meeting of Lamberto Dini with Arben Fino in Tirana",
			"ATTENDED Arben Fino -> meeting of Lamberto Dini with Arben Fino in Tirana",
			"ATTENDED Sali Berisha -> meeting of Lamberto Dini with Arben Fino in Tirana",
			"OCCURRED_IN meeting of Lamberto Dini with Arben Fino in Tirana -> Tirana",
		},
	},
	{
		name:      "talks a host held, named between commas before where they took place; a round a state hosted",
		publisher: "Ministry of Foreign Affairs",
		text: "The talks, hosted by the Government of Kenya, took place in Nairobi on 12 November. " +
			"Norway hosted the third round of talks in Oslo on 4 May.",
		want: []string{
			"OCCURRED_IN talks in Nairobi -> Nairobi",
			"HELD Government of Kenya -> talks in Nairobi",
			"HELD Norway -> 3rd round hosted by Norway",
			"OCCURRED_IN 3rd round hosted by Norway -> Oslo",
		},
	},
	{
		name:      "honorifics between a title and its holder: \"His Excellency\", a profession, a rank, \"Justice\"",
		publisher: "Ministry of Information",
		text: "The President of the Republic of Cameroon, His Excellency Paul Biya, closed the dialogue. " +
			"The President of the Republic of Ecuador, Economist Rafael Correa Delgado, spoke. " +
			"The Chairperson of the Electoral Commission, Justice Dr Chifundo Kachale, read the results. " +
			"The Commander of the Turkish Armed Forces, General Hulusi Akar, was freed.",
		want: []string{
			"HOLDS_ROLE Paul Biya -> Cameroon : President",
			"HOLDS_ROLE Rafael Correa Delgado -> Ecuador : President",
			"HOLDS_ROLE Chifundo Kachale -> Electoral Commission : Chairperson",
			"HOLDS_ROLE Hulusi Akar -> Turkish Armed Forces : Commander",
		},
	},
	{
		name:      "a state \"was represented by\" a holder whose titles follow, and another \"by\" its own; a title no one's name ends",
		publisher: "Ministry of Foreign Affairs of the Republic of Indonesia",
		text: "Cambodia was represented by H.E. Hor Namhong, Deputy Prime Minister and Minister of Foreign Affairs, " +
			"and Thailand by H.E. Kasit Piromya, Minister of Foreign Affairs. " +
			"The results were read in the presence of the Chief Elections Officer, Mr Sam Alfandika.",
		want: []string{
			"HOLDS_ROLE Hor Namhong -> Cambodia : Deputy Prime Minister",
			"HOLDS_ROLE Hor Namhong -> Cambodia : Minister of Foreign Affairs",
			"HOLDS_ROLE Kasit Piromya -> Thailand : Minister of Foreign Affairs",
		},
	},
	{
		name:      "a meeting \"held … between\" two delegations, at a venue; a delegation's members listed one per line hold their titles at its state and attend",
		publisher: "Royal Court",
		text: "A meeting was held in Jeddah yesterday evening between a delegation of the Republic of Iraq and a delegation of " +
			"the State of Kuwait, at the Conference Palace.\n\n" +
			"The delegation of the Republic of Iraq was headed by Mr Izzat Ibrahim, Vice-Chairman of the Revolutionary Command Council, and included:\n" +
			"- Dr Saadoun Hammadi, Deputy Prime Minister;\n" +
			"- Mr Ali Hassan Al-Majid, Minister of Local Government.",
		want: []string{
			"OCCURRED_IN meeting in Conference Palace -> Conference Palace",
			"HOLDS_ROLE Izzat Ibrahim -> Revolutionary Command Council : Vice-Chairman",
			"HOLDS_ROLE Saadoun Hammadi -> Iraq : Deputy Prime Minister",
			"HOLDS_ROLE Ali Hassan Al-Majid -> Iraq : Minister of Local Government",
			"ATTENDED Izzat Ibrahim -> meeting in Conference Palace",
			"ATTENDED Saadoun Hammadi -> meeting in Conference Palace",
			"ATTENDED Ali Hassan Al-Majid -> meeting in Conference Palace",
		},
	},
	{
		name:      "a meeting sits at the venue named after its town; \"by courtesy of\" a host; a portfolio joined to a known title",
		publisher: "Ministry of Foreign Affairs",
		text: "The delegations of the Argentine Republic and of the United Kingdom met in Madrid on 14 and 15 February 1990 " +
			"at the Palacio de Viana, by courtesy of the Government of Spain. " +
			"The Minister of Foreign Affairs and Worship of the Argentine Republic, Dr Domingo Cavallo, welcomed the results.",
		want: []string{
			"OCCURRED_IN meeting of Argentina and United Kingdom in Palacio de Viana -> Palacio de Viana",
			"HELD Government of Spain -> meeting of Argentina and United Kingdom in Palacio de Viana",
			"HOLDS_ROLE Domingo Cavallo -> Argentina : Minister of Foreign Affairs and Worship",
		},
	},
	{
		name: "a process \"under the auspices of\" a body is no meeting it holds",
		text: "The Council met in Daraa on 3 June and called for a political process under the auspices of the United Nations.",
		want: []string{
			"OCCURRED_IN Hauran Civic Council meeting in Daraa -> Daraa",
			"HELD Hauran Civic Council -> Hauran Civic Council meeting in Daraa",
		},
	},
	{
		name:      "a \"Conference of Heads of State\" is an organ that meets, not a meeting",
		publisher: "Economic Community of Central African States",
		text:      "The Conference of Heads of State and Government of the Economic Community of Central African States (ECCAS) met in extraordinary session in Djibloho on 4 September 2023.",
		want: []string{
			"PART_OF Conference of Heads of State and Government -> ECCAS",
			"HELD Conference of Heads of State and Government -> Conference of Heads of State and Government meeting in Djibloho",
			"OCCURRED_IN Conference of Heads of State and Government meeting in Djibloho -> Djibloho",
		},
	},
	{
		name:      "an exchange of fire that broke a truce, near a place no gazetteer knows; a massacre where people were killed; a seizure of power also called a coup is one event",
		publisher: "Ministry of Information",
		text: "An exchange of fire near Dionouga on 25 December 1985 broke the truce. " +
			"The massacre at Moiwana on 29 November 1986, where thirty villagers were killed, remains unpunished. " +
			"The Speaker condemned the seizure of power in Ouagadougou on 30 September 2022, the second coup in eight months.",
		want: []string{
			"OCCURRED_IN exchange in Dionouga -> Dionouga",
			"OCCURRED_IN massacre in Moiwana -> Moiwana",
			"OCCURRED_IN seizure in Ouagadougou -> Ouagadougou",
		},
	},
	{
		name:      "an instrument signed at the end of a meeting held at a venue (a \"Centre\" after \"at the\") is that meeting's, not a ceremony of its own",
		publisher: "African National Congress",
		text:      "Mr Nelson Mandela and Mr Frederik de Klerk today signed a Record of Understanding at the end of a summit meeting held at the World Trade Centre.",
		want: []string{
			"OCCURRED_IN meeting in World Trade Centre -> World Trade Centre",
			"OCCURRED_IN Record of Understanding -> World Trade Centre",
			"REFERENCES meeting in World Trade Centre -> Record of Understanding",
			"ATTENDED Nelson Mandela -> meeting in World Trade Centre",
			"ATTENDED Frederik de Klerk -> meeting in World Trade Centre",
		},
	},
	{
		name:      "a killing \"in fighting\" is one killing where it happened; people \"driven from their homes\" are displaced",
		publisher: "Ministry of Information",
		text: "Dr Jonas Savimbi, President of UNITA, who was killed in fighting with government troops near Lucusse on 22 February 2002, was buried today. " +
			"We stand with the 300,000 people driven from their homes in the Rift Valley. " +
			"The Ministry condemns ETA, whose members shot dead a police officer at Dammarie-les-Lys on 16 March 2010.",
		want: []string{
			"CONDEMNED Ministry of Information -> ETA",
			"OCCURRED_IN shot in Dammarie-les-Lys -> Dammarie-les-Lys",
			"HOLDS_ROLE Jonas Savimbi -> UNITA : President",
			"OCCURRED_IN killed in Lucusse -> Lucusse",
			"OCCURRED_IN driven in Rift Valley -> Rift Valley",
		},
	},
	{
		name:      "parties that concluded a numbered round of talks held somewhere; \"the talks\" that took place at a venue are the same talks",
		publisher: "Ministry of Foreign Affairs",
		text: "The Government of the Philippines and the National Democratic Front today concluded the first round of formal peace talks " +
			"since 2011, held in Oslo from 22 to 26 August. " +
			"The talks took place at the Holmenkollen Park Hotel. " +
			"Among the NDFP consultants present were Benito Tiamzon and Wilma Austria-Tiamzon.",
		want: []string{
			"OCCURRED_IN first round in Oslo -> Oslo",
			"OCCURRED_IN first round in Oslo -> Holmenkollen Park Hotel",
			"ATTENDED Benito Tiamzon -> first round in Oslo",
			"ATTENDED Wilma Austria-Tiamzon -> first round in Oslo",
		},
	},
	{
		name:      "all who \"took the floor\" at the reported sitting attended it; a \"People's\" party",
		publisher: "Grand National Assembly of Turkey",
		text: "The Assembly met in extraordinary sitting in Ankara on 16 July 2016. " +
			"Mr Kemal Kılıçdaroğlu, Chairman of the Republican People's Party, and Mr Devlet Bahçeli, Chairman of the Nationalist Movement Party, took the floor.",
		want: []string{
			"HELD Grand National Assembly of Turkey -> Grand National Assembly of Turkey meeting in Ankara",
			"OCCURRED_IN Grand National Assembly of Turkey meeting in Ankara -> Ankara",
			"HOLDS_ROLE Kemal Kılıçdaroğlu -> Republican People's Party : Chairman",
			"HOLDS_ROLE Devlet Bahçeli -> Nationalist Movement Party : Chairman",
			"ATTENDED Kemal Kılıçdaroğlu -> Grand National Assembly of Turkey meeting in Ankara",
			"ATTENDED Devlet Bahçeli -> Grand National Assembly of Turkey meeting in Ankara",
		},
	},
	{
		name:      "titles the lexicon knows in part: a deputy's office, portfolios joined by \"and\" or after \"of\"; a particle after an initial",
		publisher: "Ministry of Foreign Affairs",
		text: "The Deputy Secretary of State of the United States, Warren Christopher, signed. " +
			"The Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom, Douglas Hurd, welcomed the results. " +
			"The Minister of Fisheries of Iceland, Matthias Bjarnason, attended. " +
			"President Daniel T. arap Moi of the Republic of Kenya chaired the talks.",
		want: []string{
			"HOLDS_ROLE Warren Christopher -> United States : Deputy Secretary of State",
			"HOLDS_ROLE Douglas Hurd -> United Kingdom : Secretary of State for Foreign and Commonwealth Affairs",
			"HOLDS_ROLE Matthias Bjarnason -> Iceland : Minister of Fisheries",
			"HOLDS_ROLE Daniel T. arap Moi -> Kenya : President",
		},
	},
	{
		name:      "a plural title of the speaker's (\"Our Co-Chairs\") over the names after it; a body named \"General Council of\" a place; a Mizo honorific",
		publisher: "Peoples' Democratic Party",
		text: "Our Co-Chairs, Selahattin Demirtaş and Figen Yüksekdağ, welcomed the declaration. " +
			"The delegation included Paul Giacobbi, President of the General Council of Haute-Corse. " +
			"Pu Lalkhama signed on behalf of the Government of Mizoram.",
		want: []string{
			"HOLDS_ROLE Selahattin Demirtaş -> Peoples' Democratic Party : Co-Chairs",
			"HOLDS_ROLE Figen Yüksekdağ -> Peoples' Democratic Party : Co-Chairs",
			"HOLDS_ROLE Paul Giacobbi -> General Council of Haute-Corse : President",
		},
	},
	{
		name:      "a body's delegation named by its possessive: the ministers it included are the body's",
		publisher: "African National Congress",
		text:      "The South African Government's delegation included the Minister of Justice, Mr Kobie Coetsee.",
		want: []string{
			"HOLDS_ROLE Kobie Coetsee -> South African Government : Minister of Justice",
		},
	},
	{
		name:      "titles no lexicon knows, ending in an office noun, after a body's possessive or \"its\"",
		publisher: "League of Arab States",
		text: "Ahmed Hassan Ali, the League's Chief Political Consultant, spoke. " +
			"The Arab League welcomed the talks, and Omar Said Nour, its Senior Legal Counsellor, spoke too.",
		want: []string{
			"HOLDS_ROLE Ahmed Hassan Ali -> League of Arab States : Chief Political Consultant",
			"HOLDS_ROLE Omar Said Nour -> League of Arab States : Senior Legal Counsellor",
		},
	},
	{
		name:      "an ordinal conference named \"on\" its subject is no session of the body in its name",
		publisher: "Ministry of Foreign Affairs",
		text:      "The Ministers took note of the work of the Third United Nations Conference on the Law of the Sea.",
		want:      nil,
	},
	{
		name:      "initials with dots open a name and end no sentence; comrades and alhajis are honorifics",
		publisher: "Mizo National Front",
		text: "The talks were presided over by the Home Minister of India, Shri S.B. Chavan. " +
			"The President of the African National Congress, Comrade Nelson Mandela, and the Inspector-General of Police of Nigeria, Alhaji Kam Salem, attended.",
		want: []string{
			"HOLDS_ROLE S.B. Chavan -> India : Home Minister",
			"HOLDS_ROLE Nelson Mandela -> African National Congress : President",
			"HOLDS_ROLE Kam Salem -> Nigeria : Inspector-General of Police",
		},
	},
	{
		name:      "names joined by two particles (\"van den\", \"de la\")",
		publisher: "Ministry of Information",
		text: "The Troika was made up of Hans van den Broek, Minister for Foreign Affairs of the Netherlands. " +
			"The Minister of the Interior of Spain, Juan de la Cruz, attended.",
		want: []string{
			"HOLDS_ROLE Hans van den Broek -> Netherlands : Minister for Foreign Affairs",
			"HOLDS_ROLE Juan de la Cruz -> Spain : Minister of the Interior",
		},
	},
	{
		name:      "a rank's word that ends a name is a surname (\"Maurice Bishop\", \"Marcel Major\")",
		publisher: "Ministry of Information",
		text:      "Dr Kofi Annan met Ambassador Marcel Major in Geneva. The Authority mourns the killing of Maurice Bishop at Fort Rupert.",
		want: []string{
			"ATTENDED Kofi Annan -> meeting of Kofi Annan with Marcel Major in Geneva",
			"ATTENDED Marcel Major -> meeting of Kofi Annan with Marcel Major in Geneva",
			"OCCURRED_IN meeting of Kofi Annan with Marcel Major in Geneva -> Geneva",
			"OCCURRED_IN killing in Fort Rupert -> Fort Rupert",
		},
	},
	{
		name:      "a text's own acronym beats the lexicon's; \"National Chairman\"; \"Chief Dr\" is a courtesy, not an office; an emeritus is no one",
		publisher: "Prime Minister's Office",
		text: "The Dialogue was chaired by the Head of Government of the Republic of Cameroon, Chief Dr Joseph Dion Ngute. " +
			"Among the personalities present were the Archbishop Emeritus of Douala and Mr Ni John Fru Ndi, National Chairman of the Social Democratic Front (SDF). " +
			"The Prime Minister's Office condemns the SDF for the boycott.",
		want: []string{
			"HOLDS_ROLE Joseph Dion Ngute -> Cameroon : Head of Government",
			"HOLDS_ROLE Ni John Fru Ndi -> Social Democratic Front : National Chairman",
			"CONDEMNED Prime Minister's Office -> Social Democratic Front", // not the Syrian Democratic Forces
		},
	},
	{
		name:      "\"Taking part in the Conference were:\" and every item of its list, in a text whose meeting is named",
		publisher: "Ministry of Information",
		text: "The Conference of Arab Kings and Heads of State met at the Nile Hilton in Cairo from 22 to 27 September 1970.\n\n" +
			"Taking part in the Conference were:\n\n" +
			"- His Majesty King Hussein Ibn Talal, King of the Hashemite Kingdom of Jordan;\n" +
			"- Mr Charles Helou, President of the Lebanese Republic;\n" +
			"- Mr Bahi Ladgham, Prime Minister, for the Republic of Tunisia.",
		want: []string{
			"OCCURRED_IN Conference of Arab Kings and Heads of State -> Nile Hilton",
			"HOLDS_ROLE Hussein Ibn Talal -> Jordan : King",
			"HOLDS_ROLE Charles Helou -> Lebanon : President",
			"ATTENDED Hussein Ibn Talal -> Conference of Arab Kings and Heads of State",
			"ATTENDED Charles Helou -> Conference of Arab Kings and Heads of State",
			"ATTENDED Bahi Ladgham -> Conference of Arab Kings and Heads of State",
		},
	},
	{
		name:      "two titles joined by \"and\", the second of a body of a state, before the holder's name",
		publisher: "Supreme Headquarters",
		text:      "The Head of the Federal Military Government and Commander-in-Chief of the Armed Forces of the Federal Republic of Nigeria, Major-General Yakubu Gowon, received the delegation.",
		want: []string{
			"HOLDS_ROLE Yakubu Gowon -> Federal Military Government : Head",
			"HOLDS_ROLE Yakubu Gowon -> Armed Forces of the Federal Republic of Nigeria : Commander-in-Chief",
		},
	},
	{
		name:      "a rear-admiral's rank is no part of his name",
		publisher: "Supreme Headquarters",
		text:      "Rear-Admiral J.E.A. Wey, Commander of the Joint Task Force, attended.",
		want: []string{
			"HOLDS_ROLE J.E.A. Wey -> Joint Task Force : Commander",
		},
	},
	{
		name:      "bodies that \"are parties to\" an instrument, and states that \"agreed to\" one",
		publisher: "Ministry of Foreign Affairs",
		text: "The Government of the Philippines and the Moro Islamic Liberation Front are parties to the Comprehensive Agreement on the Bangsamoro. " +
			"Kosovo and Serbia agreed to the Ohrid Agreement.",
		want: []string{
			"PARTY_TO Government of Philippines -> Comprehensive Agreement on the Bangsamoro",
			"PARTY_TO Moro Islamic Liberation Front -> Comprehensive Agreement on the Bangsamoro",
			"PARTY_TO Kosovo -> Ohrid Agreement",
			"PARTY_TO Serbia -> Ohrid Agreement",
		},
	},
	{
		name:      "only a party ends an instrument or withdraws from it",
		publisher: "Ministry of Foreign Affairs",
		text: "The Transitional Government of Mali announced today that it was ending, with immediate effect, the Algiers Agreement. " +
			"The United States withdrew from the Joint Comprehensive Plan of Action in May 2018.",
		want: []string{
			"PARTY_TO Transitional Government of Mali -> Algiers Agreement",
			"PARTY_TO United States -> Joint Comprehensive Plan of Action",
		},
	},
	{
		name:      "heads of state who met somewhere hold talks there; a meeting that \"brought together\" people; all who \"participated\"; \"in attendance was\"",
		publisher: "Ministry of Foreign Affairs",
		text: "The Heads of State met in Luanda on 23 November 2022. " +
			"The meeting brought together President João Lourenço of Angola and President Évariste Ndayishimiye of Burundi. " +
			"President Félix Tshisekedi of the Democratic Republic of the Congo and President Paul Kagame of Rwanda participated in the meeting. " +
			"Also in attendance was Mr Moussa Faki Mahamat, Chairperson of the African Union Commission.",
		want: []string{
			"OCCURRED_IN talks in Luanda -> Luanda",
			"ATTENDED João Lourenço -> talks in Luanda",
			"ATTENDED Evariste Ndayishimiye -> talks in Luanda", // the lexicon's spelling
			"ATTENDED Félix Tshisekedi -> talks in Luanda",
			"ATTENDED Paul Kagame -> talks in Luanda",
			"ATTENDED Moussa Faki Mahamat -> talks in Luanda",
			"HOLDS_ROLE João Lourenço -> Angola : President",
			"HOLDS_ROLE Evariste Ndayishimiye -> Burundi : President",
			"HOLDS_ROLE Félix Tshisekedi -> DR Congo : President",
			"HOLDS_ROLE Paul Kagame -> Rwanda : President",
			"HOLDS_ROLE Moussa Faki Mahamat -> African Union Commission : Chairperson",
			"PART_OF African Union Commission -> African Union",
		},
	},
	{
		name:      "the states' officials who met attend the states' meeting",
		publisher: "Office of the Prime Minister",
		text: "The President of the Co-operative Republic of Guyana, His Excellency Dr. Mohamed Irfaan Ali, and the President of the " +
			"Bolivarian Republic of Venezuela, His Excellency Nicolás Maduro Moros, met today at Argyle International Airport.",
		want: []string{
			"HOLDS_ROLE Mohamed Irfaan Ali -> Guyana : President",
			"HOLDS_ROLE Nicolás Maduro -> Venezuela : President",
			"OCCURRED_IN meeting of Guyana and Venezuela in Argyle International Airport -> Argyle International Airport",
			"ATTENDED Mohamed Irfaan Ali -> meeting of Guyana and Venezuela in Argyle International Airport",
			"ATTENDED Nicolás Maduro -> meeting of Guyana and Venezuela in Argyle International Airport",
		},
	},
	{
		name:      "\"the Honourable\" and \"Dr. the Honourable\" between a title and its holder",
		publisher: "Office of the Prime Minister",
		text: "Also present were the Prime Minister of Barbados, the Honourable Mia Amor Mottley; and the Prime Minister of " +
			"Trinidad and Tobago, Dr. the Honourable Keith Rowley.",
		want: []string{
			"HOLDS_ROLE Mia Amor Mottley -> Barbados : Prime Minister",
			"HOLDS_ROLE Keith Rowley -> Trinidad and Tobago : Prime Minister",
		},
	},
	{
		name:      "a \"Chief\" title, and a title no lexicon knows that serves another's (\"Chief Adviser to the President of Brazil, X\")",
		publisher: "Office of the Prime Minister",
		text: "Brazil was represented by Ambassador Celso Amorim, Chief Adviser to the President of Brazil, Luiz Inácio Lula da Silva, " +
			"who followed the talks.",
		want: []string{
			"HOLDS_ROLE Celso Amorim -> Brazil : Chief Adviser to the President",
			"HOLDS_ROLE Luiz Inácio Lula da Silva -> Brazil : President",
		},
	},
	{
		name:      "\"and the Republic of Angola by H.E. Y, Minister\" after a state \"was represented by\"; \"Pro Tempore President\"",
		publisher: "Economic Community of Central African States",
		text: "The Republic of Cameroon was represented by H.E. Lejeune Mbella Mbella, Minister of External Relations, and the Republic " +
			"of Angola by H.E. Téte António, Minister of External Relations. The Pro Tempore President of CELAC, Dr Ralph Gonsalves, spoke.",
		want: []string{
			"HOLDS_ROLE Lejeune Mbella Mbella -> Cameroon : Minister of External Relations",
			"HOLDS_ROLE Téte António -> Angola : Minister of External Relations",
			"HOLDS_ROLE Ralph Gonsalves -> Community of Latin American and Caribbean States : Pro Tempore President",
		},
	},
	{
		name:      "\"the President of the Republic, Mr X\" in a state organ's release is its state's",
		publisher: "Grand National Assembly of Turkey",
		text:      "The President of the Republic, Mr Recep Tayyip Erdoğan, in a message read to the General Assembly, thanked the deputies.",
		want: []string{
			"HOLDS_ROLE Recep Tayyip Erdoğan -> Turkey : President",
		},
	},
	{
		name:      "a meeting in passing \"between\" two titled people, then its place; \"Ing.\" ends no sentence",
		publisher: "Commission of Guarantors",
		text: "The Commission was set up following the meeting between the President of the Republic of Peru, Ing. Alberto Fujimori, " +
			"and the Prime Minister of Japan, Mr Ryutaro Hashimoto, in Toronto on 1 February 1997.",
		want: []string{
			"HOLDS_ROLE Alberto Fujimori -> Peru : President",
			"HOLDS_ROLE Ryutaro Hashimoto -> Japan : Prime Minister",
			"OCCURRED_IN meeting in Toronto -> Toronto",
			"ATTENDED Alberto Fujimori -> meeting in Toronto",
			"ATTENDED Ryutaro Hashimoto -> meeting in Toronto",
		},
	},
	{
		name:      "a numbered list of signatories (\"was signed by:\"): the bodies each item names are parties",
		publisher: "Front of Socialist Forces",
		text: "The Rome Accord was signed in Rome on 13 January 1995.\n\nThe Accord was signed by:\n" +
			"1. Hocine Aït Ahmed, President of the Front of Socialist Forces;\n" +
			"2. Abdelhamid Mehri, Secretary General of the National Liberation Front (FLN);\n" +
			"3. Rabah Kebir and Anouar Haddam, for the Islamic Salvation Front (FIS).",
		want: []string{
			"OCCURRED_IN Rome Accord -> Rome",
			"PARTY_TO Front of Socialist Forces -> Rome Accord",
			"PARTY_TO National Liberation Front -> Rome Accord",
			"PARTY_TO Islamic Salvation Front -> Rome Accord",
			"HOLDS_ROLE Hocine Aït Ahmed -> Front of Socialist Forces : President",
			"HOLDS_ROLE Abdelhamid Mehri -> National Liberation Front : Secretary General",
		},
	},
	{
		name:      "a numbered session \"which took place\" days ago at a venue; \"Brother\" as an honorific",
		publisher: "Tunisian General Labour Union",
		text: "The Bureau examined the first session of the National Dialogue, which took place yesterday, 3 June 2024, at the Palais des Congrès in Tunis. " +
			"Brother Houcine Abassi, Secretary General of the Union, chaired the session.",
		want: []string{
			"OCCURRED_IN first session in Palais des Congrès -> Palais des Congrès",
			"OCCURRED_IN National Dialogue -> Palais des Congrès", // the dialogue whose session it was
			"HOLDS_ROLE Houcine Abassi -> Tunisian General Labour Union : Secretary General",
			"ATTENDED Houcine Abassi -> first session in Palais des Congrès",
		},
	},
	{
		name:      "a square named \"Place …\" is a venue",
		publisher: "Tunisian General Labour Union",
		text:      "Police fired on protesters at Place Mohamed Ali on 3 May.",
		want: []string{
			"OCCURRED_IN fired in Place Mohamed Ali -> Place Mohamed Ali",
		},
	},
	{
		name:      "temples, universities and prisons are venues",
		publisher: "Ministry of Foreign Affairs",
		text: "The Ministers expressed concern at the armed clashes near the Temple of Preah Vihear. " +
			"A student was shot dead by police outside Begum Rokeya University on 16 July. Billy Wright was shot dead inside the Maze Prison.",
		want: []string{
			"OCCURRED_IN clashes in Temple of Preah Vihear -> Temple of Preah Vihear",
			"OCCURRED_IN shot in Begum Rokeya University -> Begum Rokeya University",
			"OCCURRED_IN shot in Maze Prison -> Maze Prison",
		},
	},
	{
		name:      "\"The session, named …, was held at\" a venue is the numbered session named before, not a summit of its own",
		publisher: "Ministry of Foreign Affairs",
		text: "The Ministry welcomes the signing today of the Al-Ula Declaration at the 41st session of the Supreme Council of the Gulf Cooperation Council. " +
			"The session, named the \"Sultan Qaboos and Sheikh Sabah Summit\", was held at the Maraya Hall in Al-Ula.",
		want: []string{
			"OCCURRED_IN Al-Ula Declaration -> Al-Ula",
			"HELD Gulf Cooperation Council Supreme Council -> 41st session of the Gulf Cooperation Council Supreme Council",
			"OCCURRED_IN 41st session of the Gulf Cooperation Council Supreme Council -> Maraya Hall",
			"PART_OF Gulf Cooperation Council Supreme Council -> Gulf Cooperation Council",
			"REFERENCES 41st session of the Gulf Cooperation Council Supreme Council -> Al-Ula Declaration",
		},
	},
	{
		name:      "titles listed with commas and a last \"and\" share their body; \"chaired, on behalf of …, by\" someone",
		publisher: "Ministry of Foreign Affairs",
		text: "The Supreme Council of the Gulf Cooperation Council held its 41st session in Al-Ula on 5 January 2021. " +
			"The session was chaired, on behalf of the King, by His Royal Highness Prince Mohammed bin Salman, Crown Prince, " +
			"Deputy Prime Minister and Minister of Defence of the Kingdom of Saudi Arabia.",
		want: []string{
			"PART_OF Gulf Cooperation Council Supreme Council -> Gulf Cooperation Council",
			"HELD Gulf Cooperation Council Supreme Council -> 41st session of the Gulf Cooperation Council Supreme Council",
			"OCCURRED_IN 41st session of the Gulf Cooperation Council Supreme Council -> Al-Ula",
			"HOLDS_ROLE Mohammed bin Salman -> Saudi Arabia : Crown Prince",
			"HOLDS_ROLE Mohammed bin Salman -> Saudi Arabia : Deputy Prime Minister",
			"HOLDS_ROLE Mohammed bin Salman -> Saudi Arabia : Minister of Defence",
			"ATTENDED Mohammed bin Salman -> 41st session of the Gulf Cooperation Council Supreme Council",
		},
	},
	{
		name:      "letters after a name are no part of it; the host whose invitation opens the sentence holds the meeting, and is no body that met",
		publisher: "Ministry for Foreign Affairs",
		text: "At the invitation of the Government of Norway, the Minister for Foreign Affairs of Iceland, Mr Einar Ágústsson, and the " +
			"Secretary of State for Foreign and Commonwealth Affairs of the United Kingdom, the Rt Hon Anthony Crosland MP, met in Oslo on 31 May 1976.",
		want: []string{
			"HOLDS_ROLE Einar Ágústsson -> Iceland : Minister for Foreign Affairs",
			"HOLDS_ROLE Anthony Crosland -> United Kingdom : Secretary of State for Foreign and Commonwealth Affairs",
			"OCCURRED_IN meeting of Iceland and United Kingdom in Oslo -> Oslo",
			"ATTENDED Einar Ágústsson -> meeting of Iceland and United Kingdom in Oslo",
			"ATTENDED Anthony Crosland -> meeting of Iceland and United Kingdom in Oslo",
			"HELD Government of Norway -> meeting of Iceland and United Kingdom in Oslo",
		},
	},
	{
		name:      "a state's armed forces are one body, not the state",
		publisher: "Organisation of the Armed Resistance",
		text:      "The Organisation condemns the Armed Forces of Niger, whose units massacred civilians at Tchin-Tabaraden in May 1990.",
		want: []string{
			"CONDEMNED Organisation of the Armed Resistance -> Armed Forces of Niger",
			"OCCURRED_IN massacred in Tchin-Tabaraden -> Tchin-Tabaraden",
			"PART_OF Armed Forces of Niger -> Niger",
		},
	},
	{
		name:      "\"an Accord establishing …\": an instrument named by what it does, signed between two parties",
		publisher: "Organisation of the Armed Resistance",
		text: "The Organisation informs the people that an Accord establishing a definitive peace was signed yesterday in Ouagadougou " +
			"between the Government of the Republic of Niger and the Organisation of the Armed Resistance.",
		want: []string{
			"OCCURRED_IN Accord establishing a definitive peace -> Ouagadougou",
			"PARTY_TO Government of Niger -> Accord establishing a definitive peace",
			"PARTY_TO Organisation of the Armed Resistance -> Accord establishing a definitive peace",
		},
	},
	{
		name:      "an instrument \"signed for\" each body by its signer",
		publisher: "Organisation of the Armed Resistance",
		text: "The Ouagadougou Accord was signed yesterday in Ouagadougou. " +
			"The Accord was signed for the Organisation of the Armed Resistance by its President, Rhissa Ag Boula, " +
			"and for the Government of Niger by Mr Mai Manga Boukar.",
		want: []string{
			"OCCURRED_IN Ouagadougou Accord -> Ouagadougou",
			"PARTY_TO Organisation of the Armed Resistance -> Ouagadougou Accord",
			"PARTY_TO Government of Niger -> Ouagadougou Accord",
			"HOLDS_ROLE Rhissa Ag Boula -> Organisation of the Armed Resistance : President",
		},
	},
	{
		name:      "a condemned act done \"by\" someone condemns its doer, not the one it was done to; a second \"and condemns\" keeps its speaker",
		publisher: "Economic Community of West African States",
		text: "ECOWAS condemns the rejection of the election results by President Yahya Jammeh, and condemns equally the occupation of the offices of the Independent Electoral Commission by security forces. " +
			"It condemns the fighting waged by the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF).",
		want: []string{
			"CONDEMNED ECOWAS -> Yahya Jammeh",
			"CONDEMNED ECOWAS -> Sudanese Armed Forces",
			"CONDEMNED ECOWAS -> Rapid Support Forces",
		},
	},
	{
		name:      "people displaced from a country; displaced people are no event; an election in a country before a town of another clause",
		publisher: "African Union Commission",
		text: "More than 100,000 people have been displaced from Burundi to neighbouring countries. " +
			"Aid reached displaced families in Kirundo. " +
			"The Chairperson recalls the presidential election of 18 October 2020 in Guinea, and the deaths of protesters in Conakry.",
		want: []string{
			"OCCURRED_IN displaced in Burundi -> Burundi",
			"OCCURRED_IN election in Guinea -> Guinea",
			"OCCURRED_IN deaths in Conakry -> Conakry",
		},
	},
	{
		name:      "parties named like instruments or meetings after \"leader of\", and an instrument whose name holds a list",
		publisher: "Southern African Development Community",
		text: "Hon. Thomas Thabane, leader of the All Basotho Convention (ABC), and Hon. Mothetjoa Metsing, leader of the Lesotho Congress for Democracy (LCD), met the facilitator. " +
			"The Summit urged the ABC and the LCD to honour the Coalition Agreement that they signed in Maseru in June 2012, and recalled the SADC Protocol on Politics, Defence and Security Cooperation, signed in Blantyre on 14 August 2001.",
		want: []string{
			"HOLDS_ROLE Thomas Thabane -> All Basotho Convention : leader",
			"HOLDS_ROLE Mothetjoa Metsing -> Lesotho Congress for Democracy : leader",
			"OCCURRED_IN Coalition Agreement -> Maseru",
			"OCCURRED_IN SADC Protocol on Politics, Defence and Security Cooperation -> Blantyre",
			"PARTY_TO All Basotho Convention -> Coalition Agreement", // "that they signed": the ABC and the LCD
			"PARTY_TO Lesotho Congress for Democracy -> Coalition Agreement",
		},
	},
	{
		name:      "an instrument named by a head the agreements rule does not read, adopted at a place; new event words",
		publisher: "African Union Peace and Security Council",
		text: "Recalling the Constitutive Act of the African Union, adopted in Lomé on 11 July 2000; " +
			"Strongly condemns the coup carried out in Conakry on 5 September 2021, and the bombings in the Karrada district of Baghdad.",
		want: []string{
			"OCCURRED_IN Constitutive Act of the African Union -> Lomé",
			"OCCURRED_IN coup in Conakry -> Conakry",
			"OCCURRED_IN bombings in Karrada -> Karrada",
		},
	},
	{
		name:      "signers on behalf of their bodies, a party named after its state, a one-word name after its title, and a compound modifier",
		publisher: "Council of the European Union",
		text: "The European Union welcomes the Comprehensive Peace Agreement signed in Kathmandu on 21 November 2006 by the Prime Minister of Nepal, Girija Prasad Koirala, on behalf of the Government of Nepal, and by the Chairman of the Communist Party of Nepal (Maoist), Prachanda. " +
			"It recalls the twelve-point understanding that the Seven Party Alliance reached in New Delhi in November 2005.",
		want: []string{
			"PART_OF Council of the European Union -> European Union",
			"HOLDS_ROLE Girija Prasad Koirala -> Nepal : Prime Minister",
			"HOLDS_ROLE Prachanda -> Communist Party of Nepal (Maoist) : Chairman",
			"OCCURRED_IN Comprehensive Peace Agreement -> Kathmandu",
			"PARTY_TO Government of Nepal -> Comprehensive Peace Agreement",
			"PARTY_TO Communist Party of Nepal (Maoist) -> Comprehensive Peace Agreement",
			"OCCURRED_IN New Delhi understanding -> New Delhi",
			"PARTY_TO Seven Party Alliance -> New Delhi understanding",
		},
	},
	{
		name:      "\"whose chairman, X\" is the chairman of the body before; a title whose portfolio goes on after \"and\"",
		publisher: "Orange Democratic Movement",
		text: "The results announced by the Electoral Commission of Kenya (ECK), whose chairman, Samuel Kivuitu, later admitted doubts, plunged the country into crisis. " +
			"The delegation of the Kingdom of Morocco was headed by its Minister of Foreign Affairs and International Cooperation, Nasser Bourita.",
		want: []string{
			"HOLDS_ROLE Samuel Kivuitu -> Electoral Commission : chairman",
			"PART_OF Electoral Commission -> Kenya",
			"HOLDS_ROLE Nasser Bourita -> Morocco : Minister of Foreign Affairs",
		},
	},
	{
		name:      "a person who \"met\" another directly, and none when the subject is a pronoun",
		publisher: "Syrian Coalition",
		text: "At the Kafr Lusin camp, al-Bahra met Sheikh Khaled al-Mousa, head of the Kafr Lusin Camps Council. " +
			"Accompanied by Slovak Prime Minister Eduard Heger, they met Volodymyr Zelenskyy in the capital.",
		want: []string{
			"HOLDS_ROLE Khaled al-Mousa -> Kafr Lusin Camps Council : head",
			"HOLDS_ROLE Eduard Heger -> Slovakia : Prime Minister",
			"ATTENDED al-Bahra -> meeting of al-Bahra with Khaled al-Mousa in Kafr Lusin camp",
			"ATTENDED Khaled al-Mousa -> meeting of al-Bahra with Khaled al-Mousa in Kafr Lusin camp",
			"OCCURRED_IN meeting of al-Bahra with Khaled al-Mousa in Kafr Lusin camp -> Kafr Lusin camp",
		},
	},
	{
		name:      "a plural title shared out over its holders, the meeting their states held, one held in passing with its participants, and an agreement signed between two parties",
		publisher: "Ministry of Foreign Affairs of Jordan",
		text: "The Foreign Ministers of the Arab Republic of Egypt, Sameh Shoukry, of the Hashemite Kingdom of Jordan, Ayman Safadi, and of the Republic of Iraq, Fuad Hussein, held their fourth trilateral meeting in Amman on 9 March 2024. " +
			"The ministers recalled the third trilateral summit, held in Baghdad on 27 June 2021 with the participation of King Abdullah II and President Abdel Fattah al-Sisi. " +
			"They welcomed the agreement signed between the Government of Iraq and the Kurdistan Regional Government in Erbil on 2 April 2023.",
		want: []string{
			"HOLDS_ROLE Sameh Shoukry -> Egypt : Foreign Minister",
			"HOLDS_ROLE Ayman Safadi -> Jordan : Foreign Minister",
			"HOLDS_ROLE Fuad Hussein -> Iraq : Foreign Minister",
			"HELD Egypt -> 4th trilateral meeting of Egypt, Jordan and Iraq",
			"HELD Jordan -> 4th trilateral meeting of Egypt, Jordan and Iraq",
			"HELD Iraq -> 4th trilateral meeting of Egypt, Jordan and Iraq",
			"OCCURRED_IN 4th trilateral meeting of Egypt, Jordan and Iraq -> Amman",
			"OCCURRED_IN third trilateral summit in Baghdad -> Baghdad",
			"ATTENDED Abdullah II -> third trilateral summit in Baghdad",
			"ATTENDED Abdel Fattah el-Sisi -> third trilateral summit in Baghdad",
			"OCCURRED_IN Erbil agreement -> Erbil",
			"PARTY_TO Government of Iraq -> Erbil agreement",
			"PARTY_TO Kurdistan Regional Government -> Erbil agreement",
			"REFERENCES 4th trilateral meeting of Egypt, Jordan and Iraq -> Erbil agreement",
		},
	},
	{
		name:      "the opening and briefing of an AU Council meeting, courtesy titles, accreditation, a portfolio with a list, and a place-named instrument with a qualifier",
		publisher: "African Union Peace and Security Council",
		text: "The Peace and Security Council of the African Union, at its 1,102nd meeting held on 22 August 2022, on the situation in Chad, " +
			"taking note of the opening remarks of H.E. Ambassador Churchill Ewumbue-Monono, Permanent Representative of the Republic of Cameroon to the AU and Chairperson of the PSC for August 2022, " +
			"and the presentation by the AU Commissioner for Political Affairs, Peace and Security, H.E. Ambassador Bankole Adeoye, welcomes the Doha Peace Agreement.",
		want: []string{
			"PART_OF Peace and Security Council -> African Union",
			"HELD Peace and Security Council -> 1102nd session of the Peace and Security Council",
			"HOLDS_ROLE Churchill Ewumbue-Monono -> Cameroon : Permanent Representative",
			"HOLDS_ROLE Churchill Ewumbue-Monono -> Peace and Security Council : Chairperson",
			"HOLDS_ROLE Bankole Adeoye -> African Union : Commissioner",
			"ATTENDED Churchill Ewumbue-Monono -> 1102nd session of the Peace and Security Council",
			"ATTENDED Bankole Adeoye -> 1102nd session of the Peace and Security Council",
			"REFERENCES 1102nd session of the Peace and Security Council -> Doha Peace Agreement",
		},
	},
	{
		name:      "resolutions numbered by session, whose adoption makes no party; a federal minister",
		publisher: "Global Affairs Canada",
		text: "We welcome the adoption today by the Human Rights Council of resolution 52/26 on Eritrea. " +
			"Annalena Baerbock, Federal Minister for Foreign Affairs of Germany, signed the statement.",
		want: []string{
			"HOLDS_ROLE Annalena Baerbock -> Germany : Federal Minister for Foreign Affairs",
		},
	},
	{
		name:      "a chair's statement: the chair's second title, a numbered forum between two parties held at a place, its co-chairs and facilitator, a referendum",
		publisher: "Pacific Islands Forum Secretariat",
		text: "The Chair of the Pacific Islands Forum, Prime Minister Kausea Natano of Tuvalu, welcomes the outcome of the second Joint Consultation Forum between the National Government of Papua New Guinea and the Autonomous Bougainville Government, held in Port Moresby on 9 and 10 March 2021. " +
			"Prime Minister James Marape of Papua New Guinea and President Ishmael Toroama of the Autonomous Bougainville Government co-chaired the talks, which were facilitated by Sir Jerry Mateparae. " +
			"In the 2019 referendum in Bougainville, voters chose independence.",
		want: []string{
			"HOLDS_ROLE Kausea Natano -> Pacific Islands Forum : Chair",
			"HOLDS_ROLE Kausea Natano -> Tuvalu : Prime Minister",
			"HOLDS_ROLE James Marape -> Papua New Guinea : Prime Minister",
			"HOLDS_ROLE Ishmael Toroama -> Autonomous Bougainville Government : President",
			"OCCURRED_IN second joint consultation forum in Port Moresby -> Port Moresby",
			"ATTENDED James Marape -> second joint consultation forum in Port Moresby",
			"ATTENDED Ishmael Toroama -> second joint consultation forum in Port Moresby",
			"ATTENDED Jerry Mateparae -> second joint consultation forum in Port Moresby",
			"OCCURRED_IN referendum in Bougainville -> Bougainville",
		},
	},
	{
		name:      "a government's own statement: its name from the publisher line, an instrument signed with a party, an attack verb, the leader of a party named by its acronym",
		publisher: "Government of the Republic of Chad",
		text: "The Government of the Republic of Chad announces the termination of the N'Djamena Accord for Peace and Reconciliation, signed on 14 May 2019 with the Union of Resistance Forces (UFR). " +
			"The UFR violated the Accord by attacking the garrison of Bardai, in the Tibesti province, on 28 January 2025. " +
			"It holds the leader of the UFR, Timan Erdimi, personally responsible.",
		want: []string{
			"PARTY_TO Government of Chad -> N'Djamena Accord for Peace and Reconciliation",
			"PARTY_TO Union of Resistance Forces -> N'Djamena Accord for Peace and Reconciliation",
			"OCCURRED_IN attacking in Tibesti -> Tibesti",
			"HOLDS_ROLE Timan Erdimi -> Union of Resistance Forces : leader",
		},
	},
	{
		name:      "an envoy who concluded the meeting he convened; \"Among those present … were\"; co-chairs listed after \"by\", one of them accredited \"to\" a body",
		publisher: "United Nations",
		text: "The Personal Envoy for Western Sahara, Horst Köhler, today concluded the first round-table meeting on Western Sahara, which he convened in Geneva on 6 December 2018. " +
			"Among those present at the closing in the Palais des Nations were Nasser Bourita, Minister of Foreign Affairs of Morocco, and Khatri Addouh, head of the Polisario Front delegation. " +
			"The meeting was co-chaired by Ambassador Rudolf Michalka and by the UN Representative to the talks, Dr Cihan Sultanoglu.",
		want: []string{
			"HOLDS_ROLE Nasser Bourita -> Morocco : Minister of Foreign Affairs",
			"HOLDS_ROLE Khatri Addouh -> Polisario Front : head",
			"OCCURRED_IN first round-table meeting in Geneva -> Geneva",
			"ATTENDED Horst Köhler -> first round-table meeting in Geneva",
			"ATTENDED Nasser Bourita -> first round-table meeting in Geneva",
			"ATTENDED Khatri Addouh -> first round-table meeting in Geneva",
			"ATTENDED Rudolf Michalka -> first round-table meeting in Geneva",
			"ATTENDED Cihan Sultanoglu -> first round-table meeting in Geneva",
		},
	},
	{
		name:      "titles between commas in a list of leaders, middle initials, ranks of two words, a Nigerian honour, \"its\" for the nearest body, and a portfolio that goes on after \"and\"",
		publisher: "Commonwealth Secretariat",
		text: "The ceremony was attended by H.E. Gen. (rtd) Olusegun Obasanjo, President of the Federal Republic of Nigeria, H.E. Flt Lt (rtd) Jerry John Rawlings, President of the Republic of Ghana, and Fidel V. Ramos, President of the Philippines. " +
			"Chief Emeka Anyaoku welcomed the Social Democratic and Labour Party, represented by its leader, John Hume. " +
			"Phil Goff, Minister of Foreign Affairs and Trade of New Zealand, also spoke.",
		want: []string{
			"HOLDS_ROLE Olusegun Obasanjo -> Nigeria : President",
			"HOLDS_ROLE Jerry John Rawlings -> Ghana : President",
			"HOLDS_ROLE Fidel V. Ramos -> Philippines : President",
			"HOLDS_ROLE John Hume -> Social Democratic and Labour Party : leader",
			"HOLDS_ROLE Phil Goff -> New Zealand : Minister of Foreign Affairs and Trade",
		},
	},
	{
		name:      "a state's own ministry gives a bare head-of-state title its state; an acronym between a title and its holder; a corporal; \"was in attendance\"",
		publisher: "Ministry of Foreign Affairs of the State of Qatar",
		text: "Under the patronage of His Highness the Amir Sheikh Tamim bin Hamad Al Thani, the parties signed the agreement in Doha today. " +
			"The Secretary General of the Organization of American States (OAS), César Gaviria Trujillo, welcomed it, and the leader of the Revolutionary United Front (RUF), Corporal Foday Sankoh, was in attendance.",
		want: []string{
			"HOLDS_ROLE Tamim bin Hamad Al Thani -> Qatar : Amir",
			"HOLDS_ROLE César Gaviria -> OAS : Secretary General",
			"HOLDS_ROLE Foday Sankoh -> Revolutionary United Front : leader",
			"OCCURRED_IN Doha agreement -> Doha",
		},
	},
	{
		name:      "a secretariat publishes for its body; \"Ministers condemned\"; a group \"led by\" someone is the one condemned; \"the Aitarak militia\"",
		publisher: "Pacific Islands Forum Secretariat",
		text: "Ministers condemned the Guadalcanal Liberation Front (GLF) led by Harold Keke. " +
			"Ministers also condemned the Aitarak militia.",
		want: []string{
			"CONDEMNED Pacific Islands Forum -> Guadalcanal Liberation Front",
			"CONDEMNED Pacific Islands Forum -> Aitarak militia",
		},
	},
	{
		name:      "an issuer's delegation listed one per line: the items attend the talks and hold its titles",
		publisher: "Northern Front",
		text: "The negotiations were held at the Hotel Intercontinental in Lusaka from 1 to 3 March 2024.\n\n" +
			"Our delegation to the negotiations was made up of:\n" +
			"   Peter Banda, President\n" +
			"   Mary Tembo, Secretary for External Relations\n",
		want: []string{
			"OCCURRED_IN talks in Hotel Intercontinental -> Hotel Intercontinental",
			"ATTENDED Peter Banda -> talks in Hotel Intercontinental",
			"ATTENDED Mary Tembo -> talks in Hotel Intercontinental",
			"HOLDS_ROLE Peter Banda -> Northern Front : President",
			"HOLDS_ROLE Mary Tembo -> Northern Front : Secretary for External Relations",
		},
	},
	{
		name:      "an instrument signed where the talks were held: its signers attended them, and the talks reference it",
		publisher: "Northern Front",
		text: "The talks were held at the Hotel Intercontinental in Lusaka from 1 to 3 March 2024. " +
			"The Lusaka Accord was signed in Lusaka for the Northern Front by its President, Peter Banda, and for the Government of Malawi by Mr James Chirwa, Minister of State.",
		want: []string{
			"OCCURRED_IN talks in Hotel Intercontinental -> Hotel Intercontinental",
			"OCCURRED_IN Lusaka Accord -> Lusaka",
			"REFERENCES talks in Hotel Intercontinental -> Lusaka Accord",
			"PARTY_TO Northern Front -> Lusaka Accord",
			"PARTY_TO Government of Malawi -> Lusaka Accord",
			"ATTENDED Peter Banda -> talks in Hotel Intercontinental",
			"ATTENDED James Chirwa -> talks in Hotel Intercontinental",
			"HOLDS_ROLE Peter Banda -> Northern Front : President",
			"HOLDS_ROLE James Chirwa -> Government of Malawi : Minister of State",
		},
	},
	{
		name:      "what a party title governs is a body, even when no body noun ends it",
		publisher: "Ministry of Information",
		text:      "The Minister received Aoife Brennan, President of Clann Nua, and Tomás Gill, spokesman of Fianna Óg, in Dublin.",
		want: []string{
			"HOLDS_ROLE Aoife Brennan -> Clann Nua : President",
			"HOLDS_ROLE Tomás Gill -> Fianna Óg : spokesman",
		},
	},
	{
		name:      "a bare minister in a state organ's release is its state's",
		publisher: "Presidency of the Republic of Ghana",
		text:      "The President was accompanied by the Minister of Foreign Affairs, Mr Kwame Mensah.",
		want: []string{
			"HOLDS_ROLE Kwame Mensah -> Ghana : Minister of Foreign Affairs",
		},
	},
	{
		name:      "a list item's body after its title, with no \"of\"",
		publisher: "Ministry of Information",
		text:      "The Accord was signed by:\n(i) Shri Anil Bora, President, All Bodo Students' Union;\n(ii) Shri K. Menon, Chief Secretary, Government of Assam.\n",
		want: []string{
			"HOLDS_ROLE Anil Bora -> All Bodo Students' Union : President",
			"HOLDS_ROLE K. Menon -> Government of Assam : Chief Secretary",
		},
	},
	{
		name:      "a delegation received at a venue: its leader and its host met there, and its list attended",
		publisher: "Ministry of Information",
		text: "President Amadou Sow this afternoon received at the Presidential Palace, Dakar, the delegation of the Northern Front, led by Mr Ibou Ndiaye.\n\n" +
			"The delegation led by Mr Ndiaye comprised:\n Colonel Moussa Fall\n Mr Cheikh Diop\n",
		want: []string{
			"ATTENDED Amadou Sow -> meeting of Amadou Sow with Ibou Ndiaye in Presidential Palace",
			"ATTENDED Ibou Ndiaye -> meeting of Amadou Sow with Ibou Ndiaye in Presidential Palace",
			"ATTENDED Moussa Fall -> meeting of Amadou Sow with Ibou Ndiaye in Presidential Palace",
			"ATTENDED Cheikh Diop -> meeting of Amadou Sow with Ibou Ndiaye in Presidential Palace",
			"OCCURRED_IN meeting of Amadou Sow with Ibou Ndiaye in Presidential Palace -> Presidential Palace",
		},
	},
	{
		name:      "a report handed over at a venue is the meeting the text reports, and the sentence after it tells who came",
		publisher: "Commission of Inquiry",
		text: "Today, at the Palacio de Gobierno, the Commission of Inquiry delivered its Report to the President of the Republic, Mr Julio Ramos. " +
			"The President received the full Commission, led by its Chairman, Mr Pedro Vidal, and accompanied by its Secretary, Ms Ana Ruiz.",
		want: []string{
			"OCCURRED_IN presentation of the report -> Palacio de Gobierno",
			"ATTENDED Julio Ramos -> presentation of the report",
			"ATTENDED Pedro Vidal -> presentation of the report",
			"ATTENDED Ana Ruiz -> presentation of the report",
			"HOLDS_ROLE Pedro Vidal -> Commission of Inquiry : Chairman",
			"HOLDS_ROLE Ana Ruiz -> Commission of Inquiry : Secretary",
		},
	},
	{
		name:      "received in audience by a host at a venue: a meeting there, whoever the guest",
		publisher: "Ministry of Information",
		text:      "On 26 May the Special Envoy was received in audience by King Letsie III at the Royal Palace in Maseru.",
		want: []string{
			"ATTENDED Letsie III -> meeting of Letsie III in Royal Palace",
			"OCCURRED_IN meeting of Letsie III in Royal Palace -> Royal Palace",
		},
	},
	{
		name:      "a plural title the lexicon knows in the singular, shared over \"A of X, B of Y\"",
		publisher: "Ministry of Information",
		text:      "The two Prime Ministers, Mr Lars Dahl of Norway and Mrs Anna Berg of Sweden, took part in the debate.",
		want: []string{
			"HOLDS_ROLE Lars Dahl -> Norway : Prime Minister",
			"HOLDS_ROLE Anna Berg -> Sweden : Prime Minister",
		},
	},
	{
		name:      "a signature line gives its state to the titles after it; a post-nominal between a name and its title",
		publisher: "Ministry of Information",
		text: "For the Argentine Republic: Pablo Ortiz, Minister of External Relations\n\n" +
			"The members present were:\n - Hon. Dr Rahim Uddin, MP, Minister of Foreign Affairs, Bangladesh\n",
		want: []string{
			"HOLDS_ROLE Pablo Ortiz -> Argentina : Minister of External Relations",
			"HOLDS_ROLE Rahim Uddin -> Bangladesh : Minister of Foreign Affairs",
		},
	},
	{
		name:      "an embassy is a site named with its state; signers of the meeting's declaration attended it",
		publisher: "Rio Group",
		text: "The Ministers of Foreign Affairs of the Rio Group met today in Washington, at the Embassy of Chile, to consider the situation in Panama.\n\n" +
			"For the Republic of Peru: Luis Vega, Minister of Foreign Affairs\n",
		want: []string{
			"HELD Rio Group -> Rio Group meeting in Embassy of Chile",
			"OCCURRED_IN Rio Group meeting in Embassy of Chile -> Embassy of Chile",
			"ATTENDED Luis Vega -> Rio Group meeting in Embassy of Chile",
			"HOLDS_ROLE Luis Vega -> Peru : Minister of Foreign Affairs",
		},
	},
	{
		name:      "elections held in a state are there; the observers in whose presence they took place did not attend a meeting",
		publisher: "Rio Group",
		text: "The Ministers of Foreign Affairs of the Rio Group met today in Caracas. The general elections held in Panama on 7 May took place in the presence of observers, among them Mr Jimmy Carter. " +
			"Governments should issue from free and periodic elections.",
		want: []string{
			"HELD Rio Group -> Rio Group meeting in Caracas",
			"OCCURRED_IN Rio Group meeting in Caracas -> Caracas",
			"OCCURRED_IN elections in Panama -> Panama",
		},
	},
	{
		name:      "a Joint Statement the parties issued is their instrument; a list of instruments shares the parties its verb gives",
		publisher: "Ministry of Information",
		text: "The Ministers recalled the Joint Statement issued by Chile and Peru in Lima on 3 March 2001. " +
			"They reviewed the Arica Minute of 4 May 1990 and the Tacna Accord of 6 August 1990, both agreed between Chile and Peru.",
		want: []string{
			"OCCURRED_IN Joint Statement -> Lima",
			"PARTY_TO Chile -> Joint Statement",
			"PARTY_TO Peru -> Joint Statement",
			"PARTY_TO Chile -> Arica Minute",
			"PARTY_TO Peru -> Arica Minute",
			"PARTY_TO Chile -> Tacna Accord",
			"PARTY_TO Peru -> Tacna Accord",
		},
	},
	{
		name:      "\"At its sitting at X, the Committee …\": the body's meeting there; subjects joined by \"and\" who briefed it attended",
		publisher: "Foreign Affairs Committee",
		text: "At its extraordinary sitting at Toompea Castle today, the Foreign Affairs Committee discussed the events. " +
			"The Minister of Foreign Affairs of Estonia, Urmas Paet, and the Ambassador of Estonia to Russia, Marina Kaljurand, briefed the members.",
		want: []string{
			"HELD Foreign Affairs Committee -> Foreign Affairs Committee sitting in Toompea Castle",
			"OCCURRED_IN Foreign Affairs Committee sitting in Toompea Castle -> Toompea Castle",
			"ATTENDED Urmas Paet -> Foreign Affairs Committee sitting in Toompea Castle",
			"ATTENDED Marina Kaljurand -> Foreign Affairs Committee sitting in Toompea Castle",
			"HOLDS_ROLE Urmas Paet -> Estonia : Minister of Foreign Affairs",
			"HOLDS_ROLE Marina Kaljurand -> Estonia : Ambassador",
		},
	},
	{
		name:      "a delegation \"led by:\" one list \"and included:\" another: all attended, titles of its state",
		publisher: "Ministry of Foreign Affairs",
		text: "The Fifth Meeting of the Joint Committee was held in Kathmandu on 2 June 2024. The talks were opened on Monday by the Minister, Mr Ram Karki.\n\n" +
			"The Nepalese delegation was led by:\n - Hon. Hari Sharma, Minister for Foreign Affairs of Nepal\n and included:\n - Mr Gopal Rai, Foreign Secretary\n",
		want: []string{
			"OCCURRED_IN fifth meeting in Kathmandu -> Kathmandu",
			"ATTENDED Ram Karki -> fifth meeting in Kathmandu",
			"ATTENDED Hari Sharma -> fifth meeting in Kathmandu",
			"ATTENDED Gopal Rai -> fifth meeting in Kathmandu",
			"HOLDS_ROLE Hari Sharma -> Nepal : Minister for Foreign Affairs",
			"HOLDS_ROLE Gopal Rai -> Nepal : Foreign Secretary",
		},
	},
	{
		name:      "a meeting \"of the BODY\" is the body's; a presidium is an organ its members belong to",
		publisher: "Coordination Council",
		text: "The President convened an emergency meeting of the Security Cabinet at the Carondelet Palace on Sunday. " +
			"The Presidium of the Coordination Council held an extraordinary meeting in Minsk this morning. It was attended by Maxim Znak, member of the Presidium.",
		want: []string{
			"OCCURRED_IN meeting in Palacio de Carondelet -> Palacio de Carondelet", // the lexicon's name for the venue
			"HELD Security Cabinet -> meeting in Palacio de Carondelet",
			"PART_OF Presidium of the Coordination Council -> Coordination Council",
			"HELD Presidium of the Coordination Council -> Presidium of the Coordination Council meeting in Minsk",
			"OCCURRED_IN Presidium of the Coordination Council meeting in Minsk -> Minsk",
			"ATTENDED Maxim Znak -> Presidium of the Coordination Council meeting in Minsk",
			"HOLDS_ROLE Maxim Znak -> Presidium of the Coordination Council : member",
		},
	},
	{
		name:      "a condemned party no lexicon knows, named before a relative clause; a ranked person condemned; \"Our party\" condemns",
		publisher: "Rally of Democratic Forces",
		text: "Our party condemns the terrorist organisation Ansar al-Tahrir, whose members attacked a police post. " +
			"It also condemns Lieutenant-Colonel Desi Marten, who commands the soldiers. " +
			"It recalls its condemnation of the Military Junta of National Renewal, whose soldiers seized power.",
		want: []string{
			"CONDEMNED Rally of Democratic Forces -> Ansar al-Tahrir",
			"CONDEMNED Rally of Democratic Forces -> Desi Marten",
			"CONDEMNED Rally of Democratic Forces -> Military Junta of National Renewal",
		},
	},
	{
		name:      "\"He condemned\": the person the sentence before is about",
		publisher: "Ministry of Information",
		text:      "The meeting was opened by the Coordinating Minister, Mr Budi Santoso, in Makassar. He condemned Laskar Merah, whose fighters have attacked villages.",
		want: []string{
			"CONDEMNED Budi Santoso -> Laskar Merah",
		},
	},
	{
		name:      "a title no lexicon knows, an office noun and its portfolio after \"of\", makes a name a person's",
		publisher: "Rio Group",
		text:      "For the United Mexican States: Fernando Solano, Secretary of Foreign Relations\n",
		want: []string{
			"HOLDS_ROLE Fernando Solano -> Mexico : Secretary of Foreign Relations",
		},
	},
	{
		name:      "who met before \", meeting in\" is what stands right before it; \"appointed by\" names the appointer; Ethiopian honorifics",
		publisher: "Monitoring Mission",
		text: "The Mission recalls that both parties, meeting in Geneva on 22 February, pledged to respect the Ceasefire Agreement. " +
			"Mr Bruce Gale was appointed by the OSCE Chairman-in-Office as Special Co-ordinator. " +
			"The delegation of the Oromo Liberation Front was led by Ato Lencho Bati, Deputy Secretary General.",
		want: []string{
			"OCCURRED_IN talks in Geneva -> Geneva",
			"REFERENCES talks in Geneva -> Ceasefire Agreement",
			"HOLDS_ROLE Lencho Bati -> Oromo Liberation Front : Deputy Secretary General",
			"ATTENDED Lencho Bati -> talks in Geneva", // a delegation is taken to be one to the talks told last
		},
	},
	{
		name:      "\"The conference met at\" a venue: the reported meeting, there too; a château's name goes on past \"de\"",
		publisher: "Ministry of External Affairs",
		text: "The conference on national reconciliation, which the Federal Government convened in Kano on 10 March, ended yesterday. " +
			"The conference met at Government House, Kano. It recalled the talks held at the Château de Bossey in 2005.",
		want: []string{
			"HELD Federal Government -> Federal Government meeting in Kano",
			"OCCURRED_IN Federal Government meeting in Kano -> Kano",
			"OCCURRED_IN Federal Government meeting in Kano -> Government House",
			"OCCURRED_IN talks in Château de Bossey -> Château de Bossey",
		},
	},
	{
		name:      "\"in village X\": a place, where the event happened",
		publisher: "Ministry of Information",
		text:      "Gunmen shot dead the headman yesterday in village Kotbari, in Sangrur district.",
		want: []string{
			"OCCURRED_IN shot in Kotbari -> Kotbari",
		},
	},
	{
		name:      "a town's name opening a venue's (\"Lancaster House\"), \"in the same building\", a delegation that met someone at an embassy",
		publisher: "Patriotic Front",
		text: "Today, at Lancaster House in London, the Front signed the Agreement. The agreement was reached at the Constitutional Conference that opened in the same building on 10 September. " +
			"On 29 May the Front delegation met Mr Hank Cole again, at the United States Embassy in London.",
		want: []string{
			"OCCURRED_IN Constitutional Conference -> Lancaster House",
			"OCCURRED_IN meeting of Hank Cole in United States Embassy -> United States Embassy",
			"ATTENDED Hank Cole -> meeting of Hank Cole in United States Embassy",
		},
	},
	{
		name:      "\"The Cabinet met …\": a body known by its noun alone; \"Present were\" the next sentence attended",
		publisher: "National Communication Secretariat",
		text: "The Cabinet met in emergency session this morning at the Palacio de Carondelet. " +
			"Present were the Minister of Government, Gustavo Jalil; and the Minister of Defence, Javier Prado.",
		want: []string{
			"HELD Cabinet -> Cabinet meeting in Palacio de Carondelet",
			"OCCURRED_IN Cabinet meeting in Palacio de Carondelet -> Palacio de Carondelet",
			"ATTENDED Gustavo Jalil -> Cabinet meeting in Palacio de Carondelet",
			"ATTENDED Javier Prado -> Cabinet meeting in Palacio de Carondelet",
		},
	},
	{
		name:      "a leader with an apposition met a titled official at a venue",
		publisher: "Landless Workers' Movement",
		text:      "This morning a commission led by João Stein, member of the National Coordination, met the Chief of Staff of the Presidency of the Republic, Minister Carlos Matos, at the Palácio do Planalto in Brasília.",
		want: []string{
			"ATTENDED João Stein -> meeting of João Stein with Carlos Matos in Palácio do Planalto",
			"ATTENDED Carlos Matos -> meeting of João Stein with Carlos Matos in Palácio do Planalto",
			"HOLDS_ROLE João Stein -> National Coordination : member",
			"OCCURRED_IN meeting of João Stein with Carlos Matos in Palácio do Planalto -> Palácio do Planalto",
		},
	},
	{
		name:      "a state that issues the communiqué gives \"the President of the Republic\" and its ministers their state",
		publisher: "Togolese Republic",
		text:      "The Council of Ministers met this morning in Lomé, under the chairmanship of the President of the Republic, His Excellency Faure Gnassingbé. The Prime Minister, Mr Gilbert Houngbo, reported.",
		want: []string{
			"HOLDS_ROLE Faure Gnassingbé -> Togo : President",
			"HOLDS_ROLE Gilbert Houngbo -> Togo : Prime Minister",
			"HELD Council of Ministers -> Council of Ministers meeting in Lomé",
			"OCCURRED_IN Council of Ministers meeting in Lomé -> Lomé",
			"ATTENDED Faure Gnassingbé -> Council of Ministers meeting in Lomé",
			"ATTENDED Gilbert Houngbo -> Council of Ministers meeting in Lomé",
		},
	},
	{
		name:      "\"The Foreign Ministers of A and B, X and Y, signed … the P and the Q\": titles paired in order, both instruments the states'",
		publisher: "Federal Department of Foreign Affairs",
		text:      "The Foreign Ministers of Armenia and Turkey, Edgar Nalban and Ahmet Davut, this evening signed the Protocol on Trade and the Protocol on Borders between the Republic of Armenia and the Republic of Turkey.",
		want: []string{
			"HOLDS_ROLE Edgar Nalban -> Armenia : Foreign Minister",
			"HOLDS_ROLE Ahmet Davut -> Turkey : Foreign Minister",
			"PARTY_TO Armenia -> Protocol on Borders",
			"PARTY_TO Turkey -> Protocol on Borders",
			"PARTY_TO Armenia -> Protocol on Trade",
			"PARTY_TO Turkey -> Protocol on Trade",
		},
	},
	{
		name:      "\"the Special Agreement they signed\": the sentence's subjects are its parties",
		publisher: "Ministry of Information",
		text:      "Burkina Faso and Mali, by the Special Agreement they signed on 16 September 1983, submitted their dispute to the Court.",
		want: []string{
			"PARTY_TO Burkina Faso -> Special Agreement",
			"PARTY_TO Mali -> Special Agreement",
		},
	},
	{
		name:      "a body \"headed by\" or \"commanded by\" someone: its head; not a delegation's",
		publisher: "All Assam Students' Union",
		text: "The Union condemns the Government of Assam headed by Shri Hari Saikia, whose police opened fire on satyagrahis. " +
			"The Commonwealth Monitoring Force, commanded by Major-General John Ackland, will watch the assembly places. " +
			"The delegation of the Government of Nepal, headed by Ram Thapa, arrived.",
		want: []string{
			"CONDEMNED All Assam Students' Union -> Government of Assam",
			"HOLDS_ROLE Hari Saikia -> Government of Assam : Head",
			"HOLDS_ROLE John Ackland -> Commonwealth Monitoring Force : commander",
		},
	},
	{
		name:      "\"our President and the Prime Minister of India, X\": X is India's; a state's office and a body's shared by one holder; a signature line",
		publisher: "Truth Commission",
		text: "The settlement was agreed at the meeting between our President and the Prime Minister of India, Shri Rajan Gupta, in New Delhi. " +
			"The session was chaired by the Deputy Prime Minister and Director of the Truth Commission, Mr Suthep Thong.\n\n" +
			"Raúl Retting Gil, President\n",
		want: []string{
			"HOLDS_ROLE Rajan Gupta -> India : Prime Minister",
			"HOLDS_ROLE Suthep Thong -> Truth Commission : Director",
			"HOLDS_ROLE Raúl Retting Gil -> Truth Commission : President",
		},
	},
	{
		name:      "\"the UDD core leaders Mr A\": the body before a modifier and a title",
		publisher: "Emergency Centre",
		text:      "The United Front for Democracy Against Dictatorship (UDD) held a rally. Among those present was the UDD core leader Mr Jatuporn Prompan.",
		want: []string{
			"HOLDS_ROLE Jatuporn Prompan -> United Front for Democracy Against Dictatorship : leader",
		},
	},
	{
		name:      "a signature block \"For BODY:\" over a signer's line: the body a party, its signer attending and holding the title for it",
		publisher: "Ministry of External Affairs",
		text: "The conference on national reconciliation, which the Federal Government convened in Kano on 10 March, ended yesterday. The Kano Accord was signed as follows:\n\n" +
			"For the Government of the Republic of Chad:\n    General Felix Mallum, Head of State\n\n" +
			"For the Armed Forces of the North (FAN):\n    Mr Hissein Habra\n",
		want: []string{
			"OCCURRED_IN Kano Accord -> Kano",
			"HELD Federal Government -> Federal Government meeting in Kano",
			"OCCURRED_IN Federal Government meeting in Kano -> Kano",
			"PARTY_TO Government of Chad -> Kano Accord",
			"PARTY_TO Armed Forces of the North -> Kano Accord",
			"ATTENDED Felix Mallum -> Federal Government meeting in Kano",
			"ATTENDED Hissein Habra -> Federal Government meeting in Kano",
			"HOLDS_ROLE Felix Mallum -> Government of Chad : Head of State",
			"REFERENCES Federal Government meeting in Kano -> Kano Accord",
		},
	},
	{
		name:      "\"The signing was witnessed by:\" a list: the signing ceremony's attendees",
		publisher: "Federal Department of Foreign Affairs",
		text: "The Foreign Ministers signed the Zurich Protocol at the University of Zurich today.\n\n" +
			"The signing was witnessed by:\n• Hilary Rodman, Secretary of State of the United States of America\n",
		want: []string{
			"OCCURRED_IN Zurich Protocol -> University of Zurich",
			"OCCURRED_IN signing ceremony of Zurich Protocol -> University of Zurich",
			"REFERENCES signing ceremony of Zurich Protocol -> Zurich Protocol",
			"ATTENDED Hilary Rodman -> signing ceremony of Zurich Protocol",
			"HOLDS_ROLE Hilary Rodman -> United States : Secretary of State",
		},
	},
	{
		name:      "\"The international panel was made up of:\" a list, and \"Among those who attended … were\": all attended",
		publisher: "Lokarri",
		text: "The International Conference on Peace was held today at the Aiete Palace in San Sebastián.\n\n" +
			"The international panel was made up of:\nKofi Anan, former Secretary-General of the United Nations;\nBertie Ahearn, former Taoiseach of Ireland.\n\n" +
			"Among those who attended on behalf of the parties were Iñigo Urkiza, President of the Basque Nationalist Party; and Rufi Etxarri.", // a bare name after "; and" is no one's yet
		want: []string{
			"OCCURRED_IN International Conference on Peace -> Aiete Palace",
			"ATTENDED Kofi Anan -> International Conference on Peace",
			"ATTENDED Bertie Ahearn -> International Conference on Peace",
			"ATTENDED Iñigo Urkiza -> International Conference on Peace",
			"HOLDS_ROLE Kofi Anan -> United Nations : former Secretary-General",
			"HOLDS_ROLE Bertie Ahearn -> Ireland : former Taoiseach",
			"HOLDS_ROLE Iñigo Urkiza -> Basque Nationalist Party : President",
		},
	},
	{
		name:      "\"X, whose good offices …, was present at its opening\": X attended",
		publisher: "Ministry of Foreign Affairs",
		text: "The talks were held in Oslo on 1 June 1976. " +
			"The Secretary General of the North Atlantic Treaty Organisation, Dr Josef Lunts, whose good offices had prepared the ground for the meeting, was present at its opening.",
		want: []string{
			"OCCURRED_IN talks in Oslo -> Oslo",
			"ATTENDED Josef Lunts -> talks in Oslo",
			"HOLDS_ROLE Josef Lunts -> NATO : Secretary General",
		},
	},
	{
		name:      "\"at NATO Headquarters in Brussels\": a site named by the body it houses",
		publisher: "Ministry of Foreign Affairs",
		text:      "The North Atlantic Council held an extraordinary meeting at NATO Headquarters in Brussels on 1 June 2010.",
		want: []string{
			"HELD North Atlantic Council -> North Atlantic Council meeting in NATO Headquarters",
			"OCCURRED_IN North Atlantic Council meeting in NATO Headquarters -> NATO Headquarters",
		},
	},
	{
		name:      "\"An emergency meeting of the BODY was held at\"; \", meeting today in\"",
		publisher: "Ministry of Foreign Affairs",
		text: "An emergency meeting of the Government Council for Defence was held this morning at the Maximos Mansion. " +
			"The National Assembly, meeting today in an emergency sitting at its seat in Omdurman, adopted a resolution.",
		want: []string{
			"HELD Government Council for Defence -> Government Council for Defence meeting in Maximos Mansion",
			"OCCURRED_IN Government Council for Defence meeting in Maximos Mansion -> Maximos Mansion",
			"HELD National Assembly -> National Assembly meeting in Omdurman",
			"OCCURRED_IN National Assembly meeting in Omdurman -> Omdurman",
		},
	},
	{
		name:      "a state organ's release datelined a town of its state (not its capital) speaks of that state's ministers, in a sentence naming that state too",
		publisher: "Ministerie van Justitie",
		town:      "The Hague",
		text: "The Minister of Justice, Mr A.B. Kruis, announced that the siege was over. " +
			"The Minister of Defence, Mr C. Vaart, returned to the Netherlands. " +
			"The Minister-President, Dr J. Hoek, chaired the crisis centre. " +
			"The delegation was led by Ir. J. Pattinama, President of the Republic of the South Moluccas.",
		want: []string{
			"HOLDS_ROLE A.B. Kruis -> Netherlands : Minister of Justice",
			"HOLDS_ROLE C. Vaart -> Netherlands : Minister of Defence",
			"HOLDS_ROLE J. Hoek -> Netherlands : Minister-President",
		},
	},
	{
		name:      "an office no one word of whose name marks it a state organ, its capital on the letterhead's address line above the date",
		publisher: "Foreign and Commonwealth Office\nDowning Street, London SW1",
		text:      "The Parliamentary Under-Secretary of State, Mr Ian Rowe, left the island. Mr Tom Reed, MP, Leader of the Opposition, welcomed his return.",
		want: []string{
			"HOLDS_ROLE Ian Rowe -> United Kingdom : Parliamentary Under-Secretary of State",
			"HOLDS_ROLE Tom Reed -> United Kingdom : Leader of the Opposition",
		},
	},
	{
		name:      "a provincial government's release, datelined a city of its country, does not speak for the country",
		publisher: "Gouvernement du Québec",
		town:      "Montreal",
		text:      "The Minister of Justice, Mr Paul Roy, announced the release of the hostage.",
	},
	{
		name:      "a town never seen, after the people met and their titles in apposition, or after \"her residence in\"",
		publisher: "Ministry of Foreign Affairs",
		text: "The Minister of Foreign Affairs, Reza Tahmasbi, met the Prime Minister of Pakistan, Imran Qadir, in Kalabsha on 17 January. " +
			"On 5 August the Vice-Chairman of the Commission, Rahmat Darsono, met Mrs. Sari Wulandari at her residence in Kebagusan.",
		want: []string{
			"HOLDS_ROLE Imran Qadir -> Pakistan : Prime Minister",
			"ATTENDED Reza Tahmasbi -> meeting of Reza Tahmasbi with Imran Qadir in Kalabsha",
			"ATTENDED Imran Qadir -> meeting of Reza Tahmasbi with Imran Qadir in Kalabsha",
			"OCCURRED_IN meeting of Reza Tahmasbi with Imran Qadir in Kalabsha -> Kalabsha",
			"ATTENDED Rahmat Darsono -> meeting of Rahmat Darsono with Sari Wulandari in Kebagusan",
			"ATTENDED Sari Wulandari -> meeting of Rahmat Darsono with Sari Wulandari in Kebagusan",
			"OCCURRED_IN meeting of Rahmat Darsono with Sari Wulandari in Kebagusan -> Kebagusan",
		},
	},
	{
		name:      "\"the Council\" is the council the letterhead names, when the text names another council too",
		publisher: "REPUBLIC OF IRAQ\nREVOLUTIONARY COMMAND COUNCIL",
		text: "The Revolutionary Command Council welcomed the agreement, which the President of the Iraqi Peace Council, Aziz Sharif, had urged. " +
			"The Council met in extraordinary session in Baghdad last night.",
		want: []string{
			"HOLDS_ROLE Aziz Sharif -> Iraqi Peace Council : President",
			"HELD Revolutionary Command Council -> Revolutionary Command Council meeting in Baghdad",
			"OCCURRED_IN Revolutionary Command Council meeting in Baghdad -> Baghdad",
		},
	},
	{
		name:      "one given name, a particle and two surnames: \"Antonio de Almeida Santos\" is one name",
		publisher: "Ministry of Foreign Affairs",
		town:      "Lisbon",
		text:      "The agreement was signed by Antonio de Almeida Santos, Minister of Justice.",
		want: []string{
			"HOLDS_ROLE Antonio de Almeida Santos -> Portugal : Minister of Justice",
		},
	},
	{
		name:      "\"Secretary for Foreign Affairs\" is a foreign minister's title",
		publisher: "Ministry of Foreign Affairs",
		text:      "The Federal Secretary for Foreign Affairs of Yugoslavia, Milan Drobac, arrived in Rome.",
		want: []string{
			"HOLDS_ROLE Milan Drobac -> Yugoslavia : Federal Secretary for Foreign Affairs",
		},
	},
	{
		name:      "a name's suffix keeps its full stop: \"William R. Tolbert Jr.\"",
		publisher: "Ministry of Foreign Affairs",
		town:      "Monrovia",
		text:      "The declaration was signed by President William R. Tolbert Jr. of Liberia and President Siaka Stevens of Sierra Leone.",
		want: []string{
			"HOLDS_ROLE William R. Tolbert Jr. -> Liberia : President",
			"HOLDS_ROLE Siaka Stevens -> Sierra Leone : President",
		},
	},
	{
		name:      "a congress with an acronym is a party, not a meeting: \"the All People's Congress (APC)\"",
		publisher: "Ministry of Foreign Affairs",
		town:      "Freetown",
		text:      "The Council recalled the Agreement for National Unity signed in Freetown on 18 October 2023 by the Government of Sierra Leone and the All People's Congress (APC).",
		want: []string{
			"OCCURRED_IN Agreement for National Unity -> Freetown",
			"PARTY_TO All People's Congress -> Agreement for National Unity",
			"PARTY_TO Government of Sierra Leone -> Agreement for National Unity",
		},
	},
	{
		name:      "a rank before a name is skipped with its bracket: \"General (Retd) Pervez Musharraf\"",
		publisher: "Pakistan Peoples Party",
		town:      "Karachi",
		text:      "The party holds the President of Pakistan, General (Retd) Pervez Musharraf, responsible for her security.",
		want: []string{
			"HOLDS_ROLE Pervez Musharraf -> Pakistan : President",
		},
	},
	{
		name:      "a title the lexicon knows by its last word only: \"former Majority Leader of the United States Senate\"",
		publisher: "Independent Chairmen",
		town:      "Belfast",
		text:      "The Chairmen, Senator George J. Mitchell, former Majority Leader of the United States Senate, General John de Chastelain, former Chief of the Defence Staff of Canada, and Harri Holkeri, former Prime Minister of Finland, welcomed the Agreement.",
		want: []string{
			"HOLDS_ROLE George J. Mitchell -> United States Senate : former Majority Leader",
			"HOLDS_ROLE John de Chastelain -> Canada : former Chief of the Defence Staff",
			"HOLDS_ROLE Harri Holkeri -> Finland : former Prime Minister",
		},
	},
	{
		name:      "a title after \"who is also\" is the name's before it",
		publisher: "Office of the Prime Minister",
		town:      "Lusaka",
		text:      "The Prime Minister, Kenneth Kaunda, who is also President of the United National Independence Party, flew to Chinsali on 31 July.",
		want: []string{
			"HOLDS_ROLE Kenneth Kaunda -> United National Independence Party : President",
			"HOLDS_ROLE Kenneth Kaunda -> Zambia : Prime Minister",
		},
	},
	{
		name:      "a title after \"attended as\" is the verb's subject's",
		publisher: "Office of the Prime Minister",
		town:      "Kuala Lumpur",
		text:      "Tun Tan Siew Sin attended as President of the Malayan Chinese Association.",
		want: []string{
			"HOLDS_ROLE Tan Siew Sin -> Malayan Chinese Association : President",
		},
	},
	{
		name:      "\"Sen.\" before a name is an honorific, so the title before it is that name's",
		publisher: "Ministero degli Affari Esteri",
		town:      "Rome",
		text:      "The Minister of Foreign Affairs, the Hon. Giulio Andreotti, the Minister of Defence, Sen. Giovanni Spadolini, and the Minister of the Interior reported on the events of the night.",
		want: []string{
			"HOLDS_ROLE Giovanni Spadolini -> Italy : Minister of Defence",
			"HOLDS_ROLE Giulio Andreotti -> Italy : Minister of Foreign Affairs",
		},
	},
	{
		name:      "a portfolio's last items after a comma are the title's, not a body: \"Minister of Police, National Security and Correctional Services\"",
		publisher: "Office of the Prime Minister",
		town:      "Honiara",
		text:      "The meeting was attended by the Deputy Prime Minister, Hon. Manasseh Maelanga, and the Minister of Police, National Security and Correctional Services, Hon. Anthony Veke.",
		want: []string{
			"HOLDS_ROLE Anthony Veke -> Solomon Islands : Minister of Police, National Security and Correctional Services",
			"HOLDS_ROLE Manasseh Maelanga -> Solomon Islands : Deputy Prime Minister",
		},
	},
	{
		name:      "a state another title names does not stop a bare minister from being the issuer's own",
		publisher: "MINISTRY OF THE INTERIOR",
		town:      "Montevideo",
		text:      "The Minister of the Interior, Antonio Francese, received the Ambassador of the United States, Charles Adair, at the Ministry.",
		want: []string{
			"ATTENDED Antonio Francese -> meeting of Antonio Francese with Charles Adair in Montevideo", // a call at the issuer's office, in its town
			"ATTENDED Charles Adair -> meeting of Antonio Francese with Charles Adair in Montevideo",
			"OCCURRED_IN meeting of Antonio Francese with Charles Adair in Montevideo -> Montevideo",
			"HOLDS_ROLE Antonio Francese -> Uruguay : Minister of the Interior",
			"HOLDS_ROLE Charles Adair -> United States : Ambassador",
		},
	},
	{
		name:      "a perfect passive reports an event: \"have been killed in Lhasa\"",
		publisher: "Central Tibetan Administration",
		town:      "Dharamsala",
		text:      "More than two hundred Tibetans have been killed in Lhasa since 10 March.",
		want: []string{
			"OCCURRED_IN killed in Lhasa -> Lhasa",
		},
	},
	{
		name:      "the issuer's act \"at a session held in\" a place is its meeting there",
		publisher: "Lebanese Parliament",
		town:      "Beirut",
		text:      "The Lebanese Parliament today elected General Michel Sleiman as President of the Republic at a session held in the Parliament building in Nejmeh Square, Beirut.",
		want: []string{
			"HELD Lebanese Parliament -> Lebanese Parliament session in Nejmeh Square",
			"OCCURRED_IN Lebanese Parliament session in Nejmeh Square -> Nejmeh Square",
			"HOLDS_ROLE Michel Suleiman -> Lebanon : President",
		},
	},
	{
		name:      "after \"Mr\" a title's word opens the name: \"Mr Amir Hossain Amu\"",
		publisher: "Ministry of Foreign Affairs",
		town:      "Dhaka",
		text:      "The Bangladesh side included Mr Amir Hossain Amu, MP, Minister for Commerce.",
		want: []string{
			"HOLDS_ROLE Amir Hossain Amu -> Bangladesh : Minister for Commerce",
		},
	},
	{
		name:      "a title known by its last word only may open the sentence",
		publisher: "United States Senate",
		town:      "Washington",
		text:      "Majority Leader of the United States Senate, George Mitchell, welcomed the agreement.",
		want: []string{
			"HOLDS_ROLE George Mitchell -> United States Senate : Majority Leader",
		},
	},
	{
		name:      "a passive detention with a counted subject is an event",
		publisher: "Ministry of Internal Affairs",
		town:      "Kampala",
		text:      "Under the Emergency Regulations some 260 persons have been detained in Kampala and Mengo, and a curfew is in force.",
		want: []string{
			"OCCURRED_IN detained in Kampala -> Kampala",
			"OCCURRED_IN detained in Kampala -> Mengo",
		},
	},
	{
		name:      "people counted as dead are a killing",
		publisher: "Ministry of Internal Affairs",
		town:      "Kampala",
		text:      "Forty-seven persons are so far known to have died at Entebbe, among them four soldiers.",
		want: []string{
			"OCCURRED_IN deaths in Entebbe -> Entebbe",
		},
	},
	{
		name:      "an active detention of counted people is an event; a toll since a date is none",
		publisher: "National Operations Council",
		town:      "Kuala Lumpur",
		text:      "Since 13 May the security forces have detained 2,968 persons in Kuala Lumpur for curfew offences. Since April the regime has killed hundreds of civilians in Idlib.",
		want: []string{
			"OCCURRED_IN detained in Kuala Lumpur -> Kuala Lumpur",
		},
	},
	{
		name:      "killed after and with counted victims is a second event, but not in a relative clause",
		publisher: "Provisional Government",
		text:      "The army attacked the university and killed more than sixty students in Jagannath Hall. The airstrikes on Idlib city, which hit a crowded market and killed at least eighteen civilians, were condemned. He recalled the shooting in the Plaza Francia in Altamira, in which three people died.",
		want: []string{
			"OCCURRED_IN attacked in Jagannath Hall -> Jagannath Hall",
			"OCCURRED_IN killed in Jagannath Hall -> Jagannath Hall",
			"OCCURRED_IN airstrikes in Idlib city -> Idlib city",
			"OCCURRED_IN shooting in Plaza Francia -> Plaza Francia",
		},
	},
	{
		name:      "killed in the fighting is one killing where the fighting was; killed in the assault on a place is two events",
		publisher: "Ministry of Internal Affairs",
		text:      "Hundreds of people were killed in the fighting in Banjul and Serrekunda. Nineteen people lost their lives in the fighting in Malé. Lieutenant-Colonel Ababou was killed in the assault on the headquarters of the General Staff in Rabat. Many of them lost their lives in the Straits of Florida.",
		want: []string{
			"OCCURRED_IN killed in Banjul -> Banjul",
			"OCCURRED_IN killed in Banjul -> Serrekunda",
			"OCCURRED_IN deaths in Malé -> Malé",
			"OCCURRED_IN killed in Rabat -> Rabat",
			"OCCURRED_IN assault in Rabat -> Rabat",
		},
	},
	{
		name:      "setting something on fire is an attack where it stands",
		publisher: "Ministry of Internal Affairs",
		text:      "In the night of 31 August, part of the building of the National Assembly in Libreville was set on fire. They burned the offices of the party and set fire to the power station at Tumbo. A crowd besieged the Madımak Hotel in the centre of Sivas and set it on fire. He set out his plans in Quetta.",
		want: []string{
			"OCCURRED_IN arson in Libreville -> Libreville",
			"OCCURRED_IN arson in Sivas -> Sivas",
			"OCCURRED_IN burned in Tumbo -> Tumbo", // Tumbo, unknown, is a place after "set fire to … at"
		},
	},
	{
		name:      "a known place before a site noun names the site",
		publisher: "Ministry of Internal Affairs",
		text:      "Kryuchkov and Yazov were arrested at Vnukovo airport during the night.",
		want: []string{
			"OCCURRED_IN arrested in Vnukovo airport -> Vnukovo airport",
		},
	},
	{
		name:      "a reception at a lower-case venue, and a titled guest before the place",
		publisher: "Ministry of Foreign Affairs",
		town:      "Skopje",
		text:      "President Zoran Zaev received at the party headquarters the Head of the EU Delegation, Ambassador Samuel Žbogar. The Commander-in-Chief, General Charles Bonesteel, received the Minister of National Defense of the Republic of Korea, Kim Sung Eun, at Command headquarters in Seoul.",
		want: []string{
			"HOLDS_ROLE Samuel Žbogar -> European Union : Head",
			"ATTENDED Zoran Zaev -> meeting of Zoran Zaev with Samuel Žbogar in Skopje",
			"ATTENDED Samuel Žbogar -> meeting of Zoran Zaev with Samuel Žbogar in Skopje",
			"OCCURRED_IN meeting of Zoran Zaev with Samuel Žbogar in Skopje -> Skopje",
			"HOLDS_ROLE Zoran Zaev -> North Macedonia : President",
			"HOLDS_ROLE Kim Sung Eun -> South Korea : Minister of National Defense",
			"ATTENDED Charles Bonesteel -> meeting of Charles Bonesteel with Kim Sung Eun in Seoul",
			"ATTENDED Kim Sung Eun -> meeting of Charles Bonesteel with Kim Sung Eun in Seoul",
			"OCCURRED_IN meeting of Charles Bonesteel with Kim Sung Eun in Seoul -> Seoul",
		},
	},
	{
		name:      "a body's name followed by a venue noun is the venue",
		publisher: "Ministry of Foreign Affairs",
		town:      "Nairobi",
		text:      "The talks between the two ministers were held at the Pearl Assembly Building in Nairobi on 3 June. The meeting of the State Council was held at the Central Government Building in Seoul.",
		want: []string{
			"OCCURRED_IN talks in Pearl Assembly Building -> Pearl Assembly Building",
			"HELD State Council -> State Council meeting in Central Government Building",
			"OCCURRED_IN State Council meeting in Central Government Building -> Central Government Building",
		},
	},
	{
		name:      "a Spanish or Portuguese surname joined by y or e stays whole",
		publisher: "Ministry of Foreign Relations",
		town:      "San Salvador",
		text:      "The President of the Episcopal Conference, Monsignor Miguel Obando y Bravo, received the Minister of Foreign Affairs of El Salvador, Fidel Chávez Mena, at the Nunciature in Managua.",
		want: []string{
			"HOLDS_ROLE Miguel Obando y Bravo -> Episcopal Conference : President",
			"HOLDS_ROLE Fidel Chávez Mena -> El Salvador : Minister of Foreign Affairs",
			"ATTENDED Miguel Obando y Bravo -> meeting of Miguel Obando y Bravo with Fidel Chávez Mena in Nunciature",
			"ATTENDED Fidel Chávez Mena -> meeting of Miguel Obando y Bravo with Fidel Chávez Mena in Nunciature",
			"OCCURRED_IN meeting of Miguel Obando y Bravo with Fidel Chávez Mena in Nunciature -> Nunciature",
		},
	},
	{
		name:      "a body holds the session its possessive names",
		publisher: "Council of Ministers",
		town:      "Berlin",
		text:      "The measures rest on the resolution adopted by the Volkskammer at its session in Berlin on 11 August 1961.",
		want: []string{
			"OCCURRED_IN session in Berlin -> Berlin",
			"HELD Volkskammer -> session in Berlin",
		},
	},
	{
		name:      "the Cabinet alone is a body that holds its meetings",
		publisher: "Office of the Prime Minister",
		town:      "Lusaka",
		text:      "The order was made at an emergency meeting of the Cabinet held in Lusaka yesterday. The Cabinet Office and the Cabinet of Ministers of Ukraine were not involved.",
		want: []string{
			"OCCURRED_IN meeting in Lusaka -> Lusaka",
			"HELD Cabinet -> meeting in Lusaka",
			"PART_OF Cabinet of Ministers -> Ukraine",
		},
	},
	{
		name:      "a head of state's title before a name in an NGO's release is not the NGO's",
		publisher: "Memorial Human Rights Centre",
		town:      "Moscow",
		text:      "On 4 October army units of the Russian Federation, on the orders of President Boris Yeltsin, shelled the House of Soviets in Moscow.",
		want:      []string{},
	},
	{
		name:      "'It was signed on behalf of' names the parties of the instrument named before",
		publisher: "Presidency of Faso",
		town:      "Ouagadougou",
		text:      "The Facilitator welcomes the signing in Lomé of the Global Political Agreement. It was signed on behalf of the Rally of the Togolese People (RPT), the Union of Forces for Change (UFC), the Action Committee for Renewal (CAR) and the Patriotic Pan-African Convergence (CPP), as well as by the Government of Togo.",
		want: []string{
			"PARTY_TO Rally of the Togolese People -> Global Political Agreement",
			"PARTY_TO Union of Forces for Change -> Global Political Agreement",
			"PARTY_TO Action Committee for Renewal -> Global Political Agreement",
			"PARTY_TO Government of Togo -> Global Political Agreement",
		},
	},
	{
		name:      "an instrument named after a town the text names was made there, unless it is a body of law",
		publisher: "Commonwealth Secretariat",
		town:      "London",
		text:      "The Secretary-General, speaking in Lomé, welcomed the Lomé Peace Agreement. He recalled the Geneva Conventions during his visit to Geneva.",
		want: []string{
			"OCCURRED_IN visit in Geneva -> Geneva",
			"OCCURRED_IN Lomé Peace Agreement -> Lomé",
		},
	},
	{
		name:      "the leader of a delegation received by someone met him",
		publisher: "Vanuatu Christian Council",
		town:      "Port Vila",
		text:      "The delegation of the Council, led by Pastor Willie Kaltapas, was received by the Prime Minister, Donald Kalpokas, at his office in Port Vila.",
		want: []string{
			"ATTENDED Donald Kalpokas -> meeting of Donald Kalpokas with Willie Kaltapas in Port Vila",
			"ATTENDED Willie Kaltapas -> meeting of Donald Kalpokas with Willie Kaltapas in Port Vila",
			"OCCURRED_IN meeting of Donald Kalpokas with Willie Kaltapas in Port Vila -> Port Vila",
			"HOLDS_ROLE Donald Kalpokas -> Vanuatu : Prime Minister",
		},
	},
	{
		name:      "a government's own Council of Ministers, named without its state, is not another body whose minister the sentence lists",
		publisher: "Ministry of the Interior of Thailand",
		town:      "Bangkok",
		text:      "The dead included Mr Somchai Wongsawat, President of the Council of Ministers, and Mr Prasert Chaiyo, Minister of Commerce.",
		want: []string{
			"HOLDS_ROLE Prasert Chaiyo -> Thailand : Minister of Commerce",
			"HOLDS_ROLE Somchai Wongsawat -> Council of Ministers : President",
		},
	},
	{
		name:      "'whose leader is X': the holder after the verb, the body before its bracketed acronym",
		publisher: "Federation of Trade Unions",
		town:      "Lusaka",
		text:      "The strike was called by the National Union of Miners (NUM-Z), whose leader is Mr Chanda Mwale, and by the Teachers' Council, whose Chairperson was Mrs Beatrice Lungu.",
		want: []string{
			"HOLDS_ROLE Chanda Mwale -> National Union of Miners : leader",
			"HOLDS_ROLE Beatrice Lungu -> Teachers' Council : Chairperson",
		},
	},
	{
		name:      "a name with its bracketed nickname before a title between commas holds it",
		publisher: "Central Committee of the Workers' Party",
		town:      "Maputo",
		text:      "Present were Comrade Alberto Nhaca (Zé), member of the Central Committee, who spoke on the harvest.",
		want: []string{
			"HOLDS_ROLE Alberto Nhaca -> Central Committee : member",
		},
	},
	{
		name:      "'INSTRUMENT, which STATE ratified' and 'to which STATE acceded' bind the state; 'has ratified A and B' binds it to both",
		publisher: "Human Rights Ombudsman",
		town:      "Asunción",
		text:      "The detentions breach the American Convention on Human Rights (Pact of San José), which Paraguay ratified in 1989, and the International Covenant on Civil and Political Rights, to which Uruguay and Bolivia acceded. Brazil has ratified the Convention against Torture and the Convention on the Rights of the Child.",
		want: []string{
			"PARTY_TO Paraguay -> American Convention on Human Rights",
			"PARTY_TO Uruguay -> International Covenant on Civil and Political Rights",
			"PARTY_TO Bolivia -> International Covenant on Civil and Political Rights",
			"PARTY_TO Brazil -> Convention against Torture",
			"PARTY_TO Brazil -> Convention on the Rights of the Child",
		},
	},
	{
		name:      "a state's name opening a conference centre's name makes a venue, where the signing took place",
		publisher: "Office of the President",
		town:      "Accra",
		text:      "The Peace Accord was signed yesterday at the Ghana International Conference Centre in Accra.",
		want: []string{
			"OCCURRED_IN Peace Accord -> Ghana International Conference Centre",
			"OCCURRED_IN signing ceremony of Peace Accord -> Ghana International Conference Centre",
			"REFERENCES signing ceremony of Peace Accord -> Peace Accord",
		},
	},
	{
		name:      "an unknown name after 'in' is a place when an arson or a firing stands before it, across a list of common nouns",
		publisher: "Office of the Minister-President",
		town:      "Willemstad",
		text:      "Rioters set fire to shops, offices and vehicles in Punda. The police fired on the marchers in Otrobanda.",
		want: []string{
			"OCCURRED_IN arson in Punda -> Punda",
			"OCCURRED_IN fired in Otrobanda -> Otrobanda",
		},
	},
	{
		name:      "people seized or captured are a detention where it happened; power, towns and camps taken are not",
		publisher: "Legislative Assembly",
		town:      "Bishkek",
		text:      "A larger group seized four citizens of Japan near the village of Kara-Teyit. Ten soldiers were captured at Nkoranza. The rebels seized power in Bangui. The army captured the town of Gao. All thirty camps had been captured, among them the camp at Phukatong.",
		want: []string{
			"OCCURRED_IN seized in Kara-Teyit -> Kara-Teyit",
			"OCCURRED_IN captured in Nkoranza -> Nkoranza",
		},
	},
	{
		name:      "a state organ's bare minister is its state's whatever state the holder's deeds name after; a title joined by 'and' to a definite one is definite; the last field of a portfolio after 'and'; the short title of a longer one is not another",
		publisher: "Ministry of Foreign Affairs of Jordan",
		town:      "Amman",
		text:      "The Minister of Interior, Mr. Salim Haddad, announced that the police had arrested an Iraqi woman. The Deputy Prime Minister and Minister of Sports and Leisure, Mr. Omar Khatib, spoke. Minister of Foreign Affairs Nabil Saleh thanked the Egyptian government. Minister Saleh left for Cairo. Mr Karim Nasser, Minister of State and head of the Iranian committee, signed.",
		want: []string{
			"HOLDS_ROLE Karim Nasser -> Iran : Minister of State",
			"HOLDS_ROLE Karim Nasser -> Iran : head",
			"HOLDS_ROLE Salim Haddad -> Jordan : Minister of Interior",
			"HOLDS_ROLE Omar Khatib -> Jordan : Deputy Prime Minister",
			"HOLDS_ROLE Omar Khatib -> Jordan : Minister of Sports and Leisure",
			"HOLDS_ROLE Nabil Saleh -> Jordan : Minister of Foreign Affairs",
		},
	},
	{
		name:      "a letterhead whose first word is a one-word name of a known body opens a longer name, not that body",
		publisher: "MAJLIS AMANAH RAKYAT",
		town:      "Kuala Lumpur",
		text:      "The Chairman, Mr Ali Rahman, opened the session.",
		want: []string{
			"HOLDS_ROLE Ali Rahman -> Majlis Amanah Rakyat : Chairman",
		},
	},
	{
		name:      "the items of a list 'present at the meeting were:' attend the meeting told of before, however far back",
		publisher: "National Operations Council",
		town:      "Kuala Lumpur",
		text:      "1. The National Operations Council held its first meeting at the Operations Room on Saturday. It discussed the situation in the capital.\n\n2. The members of the Council present at the meeting were:\n- Tun Tan Siew Sin, Minister of Finance;\n- Mr Mohamed Salleh, a member of the Council.",
		want: []string{
			"ATTENDED Tan Siew Sin -> 1st session of the National Operations Council",
			"ATTENDED Mohamed Salleh -> 1st session of the National Operations Council",
			"HELD National Operations Council -> 1st session of the National Operations Council",
			"HOLDS_ROLE Mohamed Salleh -> National Operations Council : member",
		},
	},
	{
		name:      "'the Document' stands for the instrument named before with that word; signed at a venue by A and by B is a ceremony there; those who sign as witnesses are not parties",
		publisher: "Joint Mediation",
		town:      "Doha",
		text:      "Both delegations initialled the Doha Document for Peace in Darfur on Thursday. The Document was signed at the Ritz-Carlton Hotel by Mr Ahmed Idris and by Mr Musa Adam. Qatar and Chad signed the Document as witnesses.",
		want: []string{
			"OCCURRED_IN Doha Document for Peace in Darfur -> Ritz-Carlton Hotel",
			"OCCURRED_IN signing ceremony of Doha Document for Peace in Darfur -> Ritz-Carlton Hotel",
			"REFERENCES signing ceremony of Doha Document for Peace in Darfur -> Doha Document for Peace in Darfur",
			"ATTENDED Ahmed Idris -> signing ceremony of Doha Document for Peace in Darfur",
			"ATTENDED Musa Adam -> signing ceremony of Doha Document for Peace in Darfur",
		},
	},
	{
		name:      "an unnamed instrument named by its count of points; its place and its sides farther in the clause of 'signed'",
		publisher: "Office of the Prime Minister",
		town:      "Kathmandu",
		text:      "An eight-point agreement was signed this afternoon at the official residence of the Governor in Pokhara between the Government of Nepal and the Madhesi People's Front.",
		want: []string{
			"OCCURRED_IN eight-point agreement -> Pokhara",
			"PARTY_TO Government of Nepal -> eight-point agreement",
			"PARTY_TO Madhesi People's Front -> eight-point agreement",
		},
	},
	{
		name:      "an unnamed instrument signed somewhere on a date is not the lexicon's instrument of that date made elsewhere",
		publisher: "Office of the Prime Minister",
		town:      "Kathmandu",
		text:      "An agreement was signed in Kathmandu on 28 February 2008 between the Government of Nepal and the Madhesi People's Front.",
		want: []string{
			"OCCURRED_IN Kathmandu agreement -> Kathmandu",
			"PARTY_TO Government of Nepal -> Kathmandu agreement",
			"PARTY_TO Madhesi People's Front -> Kathmandu agreement",
		},
	},
	{
		name:      "'by which A and B agree' binds them to the instrument; a state's official name opening with its adjective ('the Libyan Arab Republic') is the state",
		publisher: "Presidency of the Republic",
		town:      "Djerba",
		text:      "At noon today the two Presidents signed at the Hotel Ulysse the Djerba Declaration, by which the Republic of Tunisia and the Libyan Arab Republic agree to unite in a single Republic.",
		want: []string{
			"PARTY_TO Tunisia -> Djerba Declaration",
			"PARTY_TO Libya -> Djerba Declaration",
			"OCCURRED_IN Djerba Declaration -> Hotel Ulysse",
			"OCCURRED_IN signing ceremony of Djerba Declaration -> Hotel Ulysse",
			"REFERENCES signing ceremony of Djerba Declaration -> Djerba Declaration",
		},
	},
	{
		name:      "a name after 'The President of the Republic,' is a person's: a title whose body is no name",
		publisher: "Ministry of Foreign Affairs of Tunisia",
		town:      "Tunis",
		text:      "The President of the Republic, Ahmed Salem, met the press.",
		want: []string{
			"HOLDS_ROLE Ahmed Salem -> Tunisia : President",
		},
	},
	{
		name:      "a one-word town the dateline names is a place after 'in'; a reception after a weekday's date is at the venue before its town",
		publisher: "Ministry of Foreign Affairs of Tunisia",
		town:      "Zitoun",
		text:      "The Prime Minister, Ali Mansour, received yesterday, Friday 11 January 1974, at the Hotel Ulysse in Zitoun, the Minister of Foreign Affairs of Algeria, Abdelaziz Bouteflika.",
		want: []string{
			"ATTENDED Abdelaziz Bouteflika -> meeting of Ali Mansour with Abdelaziz Bouteflika in Hotel Ulysse",
			"ATTENDED Ali Mansour -> meeting of Ali Mansour with Abdelaziz Bouteflika in Hotel Ulysse",
			"HOLDS_ROLE Abdelaziz Bouteflika -> Algeria : Minister of Foreign Affairs",
			"HOLDS_ROLE Ali Mansour -> Tunisia : Prime Minister",
			"OCCURRED_IN meeting of Ali Mansour with Abdelaziz Bouteflika in Hotel Ulysse -> Hotel Ulysse",
		},
	},
	{
		name:      "the initials of the issuer's name, without its particles, are its acronym in the text",
		publisher: "CONFÉDÉRATION GÉNÉRALE DU TRAVAIL",
		town:      "Paris",
		text:      "The CGT delegation was led by its Secretary-General, Georges Séguy.",
		want: []string{
			"HOLDS_ROLE Georges Séguy -> Confédération Générale du Travail : Secretary-General",
		},
	},
	{
		name:      "a letterhead in capitals keeps the joiners of its language in lower case",
		publisher: "CONFEDERACIÓN NACIONAL DEL TRABAJO",
		town:      "Madrid",
		text:      "The Secretary-General of the CNT, Mr Juan Pérez, spoke.",
		want: []string{
			"HOLDS_ROLE Juan Pérez -> Confederación Nacional del Trabajo : Secretary-General",
		},
	},
	{
		name:      "an agreement named by its sides, signed for each side",
		publisher: "MINISTRY OF HOME AFFAIRS",
		town:      "Kuala Lumpur",
		text:      "The Agreement between the Government of Malaysia and the Communist Party of Malaya (CPM) was signed for the Government of Malaysia by Dato' Wan Sidek, Secretary-General of the Ministry of Home Affairs. The Agreement between the Royal Thai Government and the CPM was signed for the Thai side by Lieutenant-General Kitti Ratanachaya, Commander of the Fourth Army Region. It was signed for the CPM by its Chairman, Abdullah C.D., and by Rashid Maidin, member of its Central Committee.",
		want: []string{
			"HOLDS_ROLE Abdullah C.D. -> Communist Party of Malaya : Chairman",
			"HOLDS_ROLE Kitti Ratanachaya -> Fourth Army : Commander",
			"HOLDS_ROLE Wan Sidek -> Ministry of Home Affairs : Secretary-General",
			"PARTY_TO Government of Malaysia -> Agreement between the Government of Malaysia and the Communist Party of Malaya",
			"PARTY_TO Communist Party of Malaya -> Agreement between the Government of Malaysia and the Communist Party of Malaya",
			"PARTY_TO Royal Thai Government -> Agreement between the Royal Thai Government and the CPM",
			"PARTY_TO Communist Party of Malaya -> Agreement between the Royal Thai Government and the CPM",
		},
	},
	{
		name:      "signed for a government by its head of state binds the government, not the state again",
		publisher: "Office of the President",
		town:      "Nairobi",
		text:      "The Peace Agreement was signed in Nairobi on 17 December 1985 for the Government of Uganda by General Tito Okello, Head of State of the Republic of Uganda, and for the National Resistance Movement by Mr Yoweri Museveni, its Chairman.",
		want: []string{
			"PARTY_TO Government of Uganda -> Peace Agreement",
			"PARTY_TO National Resistance Movement -> Peace Agreement",
			"OCCURRED_IN Peace Agreement -> Nairobi",
			"HOLDS_ROLE Tito Okello -> Uganda : Head of State",
			"HOLDS_ROLE Yoweri Museveni -> National Resistance Movement : Chairman",
		},
	},
	{
		name:      "the two leaders who sign bind the bodies they lead, named two sentences before",
		publisher: "KURDISTAN DEMOCRATIC PARTY",
		town:      "Salahaddin",
		text:      "Masoud Barzani, President of the Kurdistan Democratic Party, and Jalal Talabani, Secretary-General of the Patriotic Union of Kurdistan, met in Washington on 17 September 1998. The talks built on the Ankara process. The two leaders signed the Washington Agreement at the Department of State.",
		want: []string{
			"ATTENDED Jalal Talabani -> meeting in Washington",
			"ATTENDED Masoud Barzani -> meeting in Washington",
			"HOLDS_ROLE Jalal Talabani -> Patriotic Union of Kurdistan : Secretary-General",
			"HOLDS_ROLE Masoud Barzani -> Kurdistan Democratic Party : President",
			"OCCURRED_IN Washington Agreement -> Washington",
			"OCCURRED_IN meeting in Washington -> Washington",
			"PARTY_TO Kurdistan Democratic Party -> Washington Agreement",
			"PARTY_TO Patriotic Union of Kurdistan -> Washington Agreement",
		},
	},
	{
		name:      "attendees named after the relative clause of 'attended by' ('…, among them A and B'), and 'took part, together with B'",
		publisher: "UGTT",
		town:      "Tunis",
		text:      "The first session of the National Dialogue was held at the Palace of Congresses in Tunis on 25 October 2013. The session was attended by the leaders of the parties that signed the Roadmap, among them Sheikh Rached Ghannouchi, President of the Ennahda Movement, and Mr Béji Caïd Essebsi, President of Nidaa Tounes. Mr Hamma Hammami, spokesman of the Popular Front, also took part, together with Mr Mustapha Ben Jaafar.",
		want: []string{
			"ATTENDED Béji Caïd Essebsi -> first session in Palace of Congresses",
			"ATTENDED Hamma Hammami -> first session in Palace of Congresses",
			"ATTENDED Mustapha Ben Jaafar -> first session in Palace of Congresses",
			"ATTENDED Rached Ghannouchi -> first session in Palace of Congresses",
			"HOLDS_ROLE Béji Caïd Essebsi -> Nidaa Tounes : President",
			"HOLDS_ROLE Hamma Hammami -> Popular Front : spokesman",
			"HOLDS_ROLE Rached Ghannouchi -> Ennahda : President",
			"OCCURRED_IN National Dialogue -> Palace of Congresses",
			"OCCURRED_IN first session in Palace of Congresses -> Palace of Congresses",
		},
	},
	{
		name:      "a title as the subject of 'was accompanied by' is its one holder",
		publisher: "PRESIDENCY",
		town:      "Bamako",
		text:      "The Bamako Conference opened at the Koulouba Palace in Bamako on 29 October 1963. His Majesty Hassan II, King of Morocco, and President Ahmed Ben Bella of Algeria took part. The King of Morocco was accompanied by Mr Ahmed Reda Guedira, Minister of Foreign Affairs.",
		want: []string{
			"ATTENDED Ahmed Ben Bella -> Bamako Conference",
			"ATTENDED Ahmed Reda Guedira -> Bamako Conference",
			"ATTENDED Hassan II -> Bamako Conference",
			"HOLDS_ROLE Ahmed Ben Bella -> Algeria : President",
			"HOLDS_ROLE Ahmed Reda Guedira -> Morocco : Minister of Foreign Affairs",
			"HOLDS_ROLE Hassan II -> Morocco : King",
			"OCCURRED_IN Bamako Conference -> Koulouba Palace",
		},
	},
	{
		name:      "a meeting 'at X, in the district of Y, where A met B' is at X",
		publisher: "REVOLUTIONARY COMMAND COUNCIL",
		town:      "Baghdad",
		text:      "An agreement was reached yesterday at Nawperdan, in the district of Rawanduz, where the Vice-Chairman of the Council, Comrade Saddam Hussein, met the President of the Kurdish Democratic Party, Mulla Mustafa Barzani.",
		want: []string{
			"ATTENDED Mulla Mustafa Barzani -> meeting of Saddam Hussein with Mulla Mustafa Barzani in Nawperdan",
			"ATTENDED Saddam Hussein -> meeting of Saddam Hussein with Mulla Mustafa Barzani in Nawperdan",
			"HOLDS_ROLE Mulla Mustafa Barzani -> Kurdish Democratic Party : President",
			"HOLDS_ROLE Saddam Hussein -> Revolutionary Command Council : Vice-Chairman",
			"OCCURRED_IN Nawperdan agreement -> Nawperdan",
			"OCCURRED_IN meeting of Saddam Hussein with Mulla Mustafa Barzani in Nawperdan -> Nawperdan",
			"REFERENCES meeting of Saddam Hussein with Mulla Mustafa Barzani in Nawperdan -> Nawperdan agreement",
		},
	},
	{
		name:      "a guest named by title, body and name ('the Ambassador of the United States, Mr X') is the one received, and the place may follow the apposition",
		publisher: "MINISTRY OF THE INTERIOR",
		town:      "Montevideo",
		text:      "The Minister of the Interior, Mr Antonio Francese, received the Ambassador of the United States, Mr Charles W. Adair, at the Ministry this afternoon. The Commander-in-Chief, General Bonesteel, also received the Minister of National Defense of the Republic of Korea, Kim Sung Eun, at Command headquarters in Seoul this morning.",
		want: []string{
			"ATTENDED Antonio Francese -> meeting of Antonio Francese with Charles W. Adair in Montevideo",
			"ATTENDED Bonesteel -> meeting of Bonesteel with Kim Sung Eun in Seoul",
			"ATTENDED Charles W. Adair -> meeting of Antonio Francese with Charles W. Adair in Montevideo",
			"ATTENDED Kim Sung Eun -> meeting of Bonesteel with Kim Sung Eun in Seoul",
			"HOLDS_ROLE Antonio Francese -> Uruguay : Minister of the Interior",
			"HOLDS_ROLE Charles W. Adair -> United States : Ambassador",
			"HOLDS_ROLE Kim Sung Eun -> South Korea : Minister of National Defense",
			"OCCURRED_IN meeting of Antonio Francese with Charles W. Adair in Montevideo -> Montevideo",
			"OCCURRED_IN meeting of Bonesteel with Kim Sung Eun in Seoul -> Seoul",
		},
	},
	{
		name:      "every member of a delegation listed in its apposition attends the reception it was received at",
		publisher: "UDMR",
		town:      "Bucharest",
		text:      "Later today a delegation of the Alliance — Géza Domokos, Géza Szőcs and Károly Király, Vice-President of the Provisional Council — was received at the Victoria Palace by the Prime Minister, Petre Roman, in the presence of the Minister of the Interior, Mihai Chiţac.",
		want: []string{
			"ATTENDED Géza Domokos -> meeting of Géza Domokos with Petre Roman in Victoria Palace",
			"ATTENDED Géza Szőcs -> meeting of Géza Domokos with Petre Roman in Victoria Palace",
			"ATTENDED Károly Király -> meeting of Géza Domokos with Petre Roman in Victoria Palace",
			"ATTENDED Mihai Chiţac -> meeting of Géza Domokos with Petre Roman in Victoria Palace",
			"ATTENDED Petre Roman -> meeting of Géza Domokos with Petre Roman in Victoria Palace",
			"HOLDS_ROLE Károly Király -> Provisional Council : Vice-President",
			"OCCURRED_IN meeting of Géza Domokos with Petre Roman in Victoria Palace -> Victoria Palace",
		},
	},
	{
		name:      "a numbered meeting named at length ('the Twelfth Meeting of Consultation of Ministers of Foreign Affairs of the OAS, held in Washington') is placed past its name",
		publisher: "FUERZAS ARMADAS",
		town:      "La Paz",
		text:      "The Armed Forces recall that the Twelfth Meeting of Consultation of Ministers of Foreign Affairs of the Organization of American States, held in Washington in September 1967, heard the evidence.",
		want: []string{
			"OCCURRED_IN twelfth meeting in Washington -> Washington",
		},
	},
	{
		name:      "'The signing took place at VENUE' makes a ceremony there of the instrument signed just before, with its signers",
		publisher: "OFFICE OF THE PRESIDENT",
		town:      "Banjul",
		text:      "His Excellency the President of the Republic of The Gambia, Alhaji Sir Dawda Kairaba Jawara, returned to Banjul yesterday from Dakar, where on Saturday 12th December 1981 he and His Excellency Monsieur Abdou Diouf, President of the Republic of Senegal, signed the Agreement concerning the Establishment of a Senegambia Confederation.\n\nThe signing took place at the Palace of the Republic in Dakar before members of the two Governments.",
		want: []string{
			"ATTENDED Abdou Diouf -> signing ceremony of Agreement concerning the Establishment of a Senegambia Confederation",
			"ATTENDED Dawda Kairaba Jawara -> signing ceremony of Agreement concerning the Establishment of a Senegambia Confederation",
			"HOLDS_ROLE Abdou Diouf -> Senegal : President",
			"HOLDS_ROLE Dawda Kairaba Jawara -> Gambia : President",
			"OCCURRED_IN Agreement concerning the Establishment of a Senegambia Confederation -> Palace of the Republic",
			"OCCURRED_IN signing ceremony of Agreement concerning the Establishment of a Senegambia Confederation -> Palace of the Republic",
			"PARTY_TO Gambia -> Agreement concerning the Establishment of a Senegambia Confederation",
			"PARTY_TO Senegal -> Agreement concerning the Establishment of a Senegambia Confederation",
			"REFERENCES signing ceremony of Agreement concerning the Establishment of a Senegambia Confederation -> Agreement concerning the Establishment of a Senegambia Confederation",
		},
	},
	{
		name:      "a city named with its country's name after a word ('Port Sudan'), and an official name's adjectives before a known form ('the Democratic Republic of the Sudan')",
		publisher: "PRESIDENCY OF THE REPUBLIC",
		town:      "Khartoum",
		text:      "The President arrived in Port Sudan on 6 July 1977. The Port Sudan Agreement was signed there on 7 July 1977 by the Government of the Democratic Republic of the Sudan and the National Front.",
		want: []string{
			"OCCURRED_IN Port Sudan Agreement -> Port Sudan",
			"PARTY_TO Government of Sudan -> Port Sudan Agreement",
			"PARTY_TO National Front -> Port Sudan Agreement",
		},
	},
	{
		name:      "'the Convention establishing …' is a name, not the convention named before; a well-known treaty by its full name with commas",
		publisher: "MINISTRY OF EXTERNAL RELATIONS",
		town:      "Bujumbura",
		text:      "The Minister recalled that Burundi and Rwanda are both parties to the Convention Governing the Specific Aspects of Refugee Problems in Africa. He also invoked the Convention establishing the Economic Community of the Great Lakes Countries (CEPGL), signed at Gisenyi on 20 September 1976 by Burundi, Rwanda and Zaire. The meeting recalled the Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and under Water, signed in Moscow on 5 August 1963 by the Union of Soviet Socialist Republics, the United States of America and the United Kingdom.",
		want: []string{
			"OCCURRED_IN Convention establishing the Economic Community of the Great Lakes Countries -> Gisenyi",
			"OCCURRED_IN Partial Nuclear Test Ban Treaty -> Moscow",
			"PARTY_TO Burundi -> Convention establishing the Economic Community of the Great Lakes Countries",
			"PARTY_TO Burundi -> OAU Convention Governing the Specific Aspects of Refugee Problems in Africa",
			"PARTY_TO Rwanda -> Convention establishing the Economic Community of the Great Lakes Countries",
			"PARTY_TO Rwanda -> OAU Convention Governing the Specific Aspects of Refugee Problems in Africa",
			"PARTY_TO Soviet Union -> Partial Nuclear Test Ban Treaty",
			"PARTY_TO United Kingdom -> Partial Nuclear Test Ban Treaty",
			"PARTY_TO United States -> Partial Nuclear Test Ban Treaty",
			"PARTY_TO Zaire -> Convention establishing the Economic Community of the Great Lakes Countries",
		},
	},
	{
		name:      "an instrument with a long name signed on a dated day at a ministry in a town, by each government's signer; its signing 'took place in the presence of' a witness; a list of three after a title is no apposition",
		publisher: "MINISTRY OF COMMONWEALTH AND FOREIGN AFFAIRS",
		town:      "Valletta",
		text:      "The Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland with respect to the Use of Military Facilities in Malta was signed yesterday, Sunday 26th March 1972, at the Foreign and Commonwealth Office in London. The Agreement was signed for the Government of Malta by the Honourable Dom Mintoff, Prime Minister, and for the Government of the United Kingdom by Lord Carrington, Secretary of State for Defence. The signing took place in the presence of Dr Joseph Luns, Secretary-General of the North Atlantic Treaty Organization. The final round was held in Rome. The Prime Minister, Lord Carrington and Dr Luns took part.",
		want: []string{
			"ATTENDED Dom Mintoff -> signing ceremony of Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland",
			"ATTENDED Joseph Luns -> signing ceremony of Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland",
			"ATTENDED Lord Carrington -> signing ceremony of Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland",
			"HOLDS_ROLE Dom Mintoff -> Government of Malta : Prime Minister",
			"HOLDS_ROLE Joseph Luns -> NATO : Secretary-General",
			"HOLDS_ROLE Lord Carrington -> Government of United Kingdom : Secretary of State",
			"OCCURRED_IN Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland -> London",
			"OCCURRED_IN signing ceremony of Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland -> London",
			"PARTY_TO Government of Malta -> Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland",
			"PARTY_TO Government of United Kingdom -> Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland",
			"REFERENCES signing ceremony of Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland -> Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland",
		},
	},
	{
		name:      "a treaty between two governments binds their states",
		publisher: "MINISTRY OF WATER RESOURCES",
		town:      "Dhaka",
		text:      "The meeting reviewed the Treaty between the Government of the People's Republic of Bangladesh and the Government of the Republic of India on Sharing of the Ganga Waters.",
		want: []string{
			"PARTY_TO Bangladesh -> Treaty between the Government of the People's Republic of Bangladesh and the Government of the Republic of India on Sharing of the Ganga Waters",
			"PARTY_TO India -> Treaty between the Government of the People's Republic of Bangladesh and the Government of the Republic of India on Sharing of the Ganga Waters",
		},
	},
	{
		name:      "Khmer titles of honour before a name are no part of it",
		publisher: "NATIONAL ASSEMBLY OF CAMBODIA",
		town:      "Phnom Penh",
		text:      "The members took the oath before His Majesty Preah Bat Samdech Preah Boromneath Norodom Sihamoni, King of Cambodia. The ceremony was attended by Samdech Akka Moha Ponhea Chakrei Heng Samrin, President of the National Assembly.",
		want: []string{
			"HOLDS_ROLE Heng Samrin -> National Assembly : President",
			"HOLDS_ROLE Norodom Sihamoni -> Cambodia : King",
		},
	},
	{
		name:      "'the ceremony' after a signing is that signing's, and those present in the sentences after it attended it, not the issuer's own meeting",
		publisher: "NATIONAL PEACE COMMITTEE",
		town:      "Abuja",
		text:      "This afternoon General Muhammadu Buhari and Dr Goodluck Jonathan signed the Declaration of Recommitment at the Transcorp Hilton Hotel in Abuja.\n\nThe ceremony was presided over by the Chairman of the Committee, General Abdulsalami Abubakar.\n\nAlso present were Professor Attahiru Jega, Chairman of the Independent National Electoral Commission, and Dr Mohamed Ibn Chambas.\n\nThe Committee met at the Kukah Centre in Abuja on 24 March to prepare the ceremony.",
		want: []string{
			"ATTENDED Abdulsalami Abubakar -> signing ceremony of Declaration of Recommitment",
			"ATTENDED Attahiru Jega -> signing ceremony of Declaration of Recommitment",
			"ATTENDED Goodluck Jonathan -> signing ceremony of Declaration of Recommitment",
			"ATTENDED Mohamed Ibn Chambas -> signing ceremony of Declaration of Recommitment",
			"ATTENDED Muhammadu Buhari -> signing ceremony of Declaration of Recommitment",
			"HELD National Peace Committee -> National Peace Committee meeting in Kukah Centre",
			"HOLDS_ROLE Abdulsalami Abubakar -> National Peace Committee : Chairman",
			"HOLDS_ROLE Attahiru Jega -> Independent National Electoral Commission : Chairman",
			"OCCURRED_IN Declaration of Recommitment -> Transcorp Hilton Hotel",
			"OCCURRED_IN National Peace Committee meeting in Kukah Centre -> Kukah Centre",
			"OCCURRED_IN signing ceremony of Declaration of Recommitment -> Transcorp Hilton Hotel",
			"REFERENCES National Peace Committee meeting in Kukah Centre -> Declaration of Recommitment",
			"REFERENCES signing ceremony of Declaration of Recommitment -> Declaration of Recommitment",
		},
	},
	{
		name:      "'Cardinal' between a given name and a surname is part of the name",
		publisher: "NATIONAL PEACE COMMITTEE",
		town:      "Abuja",
		text:      "His Eminence John Cardinal Onaiyekan, Chairman of the Christian Association of Nigeria, met the President of Nigeria, Goodluck Jonathan, at the Presidential Villa in Abuja.",
		want: []string{
			"ATTENDED Goodluck Jonathan -> meeting of John Cardinal Onaiyekan with Goodluck Jonathan in Presidential Villa",
			"ATTENDED John Cardinal Onaiyekan -> meeting of John Cardinal Onaiyekan with Goodluck Jonathan in Presidential Villa",
			"HOLDS_ROLE Goodluck Jonathan -> Nigeria : President",
			"HOLDS_ROLE John Cardinal Onaiyekan -> Christian Association of Nigeria : Chairman",
			"OCCURRED_IN meeting of John Cardinal Onaiyekan with Goodluck Jonathan in Presidential Villa -> Presidential Villa",
		},
	},
	{
		name:      "a state's organ or force named with its state ('the Gendarmerie of Senegal', 'the Supreme Soviet of the USSR') is part of it; a movement's name is not ('the Democratic Forces of Guinea')",
		publisher: "PRESIDENCE DU CONSEIL",
		town:      "Dakar",
		text:      "Units of the Gendarmerie of Senegal and of the Armed Forces of Senegal took control of the radio station. The Democratic Forces of Guinea protested.",
		want: []string{
			"PART_OF Armed Forces of Senegal -> Senegal",
			"PART_OF Gendarmerie of Senegal -> Senegal",
		},
	},
	{
		name:      "a numbered meeting whose name holds a plural title ('the Fifty-Second Pacific Islands Forum Leaders Meeting')",
		publisher: "OFFICE OF THE PRIME MINISTER",
		town:      "Vaiaku",
		text:      "The signing took place on the margins of the Fifty-Second Pacific Islands Forum Leaders Meeting, which the Cook Islands hosted in Rarotonga and Aitutaki from 6 to 10 November 2023.",
		want: []string{
			"HELD Pacific Islands Forum -> 52nd session of the Pacific Islands Forum",
			"OCCURRED_IN 52nd session of the Pacific Islands Forum -> Rarotonga",
		},
	},
	{
		name:      "a session named with adjectives before its noun and held on a dated day at a hall 'of the Parliament', which is that hall; the conclave of a body the text does not know is a meeting at its venue too",
		publisher: "NATIONAL ROUND TABLE",
		town:      "Budapest",
		text:      "The closing plenary session of the National Round Table negotiations was held today, Monday 18 September 1989, in the Hunting Hall of the Parliament building in Budapest. The conclave of the Interwilaya Coordination was held yesterday, Monday 11 June 2001, at the Youth Centre of El Kseur.",
		want: []string{
			"HELD National Round Table -> National Round Table session in Hunting Hall of the Parliament",
			"OCCURRED_IN National Round Table session in Hunting Hall of the Parliament -> Hunting Hall of the Parliament",
			"OCCURRED_IN conclave in Youth Centre -> Youth Centre",
		},
	},
	{
		name:      "a condemnation of persons in a list, and of a person named after the title the object opens with",
		publisher: "GOVERNMENT OF ETHIOPIA",
		town:      "Addis Ababa",
		text:      "The Imperial Ethiopian Government condemns Mengistu Neway and Germame Neway, who repaid the bounty of their Sovereign with treachery. The Popular Front denounces the former President of the CNR, Thomas Sankara, whose personal power had betrayed the Revolution.",
		want: []string{
			"CONDEMNED Ethiopian Government -> Germame Neway",
			"CONDEMNED Ethiopian Government -> Mengistu Neway",
			"CONDEMNED Popular Front -> Thomas Sankara",
			"HOLDS_ROLE Thomas Sankara -> CNR : former President",
		},
	},
	{
		name:      "'and its leader, X' after the relative clause of a condemned body: the leader is condemned too",
		publisher: "MINISTRY OF FOREIGN AFFAIRS",
		town:      "Amman",
		text:      "The Ministry condemns the terrorist organisation of al-Qaeda in the Land of the Two Rivers, which has claimed the crime, and its leader, the Jordanian-born Abu Musab al-Zarqawi, whose followers have killed innocent Muslims.",
		want: []string{
			"CONDEMNED Ministry of Foreign Affairs -> Abu Musab al-Zarqawi",
			"CONDEMNED Ministry of Foreign Affairs -> Al-Qaida",
		},
	},
	{
		name:      "a condemnation of 'the actions of' a person, past adverbs, and not of the body in the title apposed to that person",
		publisher: "MINISTRY OF FOREIGN AFFAIRS",
		town:      "Wellington",
		text:      "Foreign Affairs Minister Winston Peters condemned without reservation the actions of Commodore Frank Bainimarama, the Commander of the Fiji military.",
		want: []string{
			"CONDEMNED Winston Peters -> Frank Bainimarama",
			"HOLDS_ROLE Frank Bainimarama -> Fiji : Commander",
		},
	},
	{
		name:      "a coup in a country takes place in that country",
		publisher: "CPLP",
		town:      "Lisbon",
		text:      "The Council condemns the military coup in Guinea-Bissau on 12 April 2012.",
		want: []string{
			"OCCURRED_IN coup in Guinea-Bissau -> Guinea-Bissau",
		},
	},
	{
		name:      "talks named with a hyphened or state adjective ('the inter-Tajik talks were held in Moscow'), attended by the delegations' leaders and their chair",
		publisher: "UNMOT",
		town:      "Dushanbe",
		text:      "The inter-Tajik talks were held in Moscow from 20 to 27 June 1997. The Government delegation was led by Mr Talbak Nazarov, Minister of Foreign Affairs of Tajikistan, and the UTO delegation by Mr Akbar Turajonzoda, First Deputy Chairman of the United Tajik Opposition. The Special Representative of the Secretary-General, Mr Gerd Merrem, chaired the talks.",
		want: []string{
			"ATTENDED Akbar Turajonzoda -> talks in Moscow",
			"ATTENDED Gerd Merrem -> talks in Moscow",
			"ATTENDED Talbak Nazarov -> talks in Moscow",
			"HOLDS_ROLE Akbar Turajonzoda -> United Tajik Opposition : First Deputy Chairman",
			"HOLDS_ROLE Gerd Merrem -> UNMOT : Special Representative of the Secretary-General",
			"HOLDS_ROLE Talbak Nazarov -> Tajikistan : Minister of Foreign Affairs",
			"OCCURRED_IN talks in Moscow -> Moscow",
		},
	},
	{
		name:      "signatories go on 'together with' further states, not with the resolutions named after them",
		publisher: "SENATE",
		town:      "Asunción",
		text:      "It recalled the Ushuaia Protocol on Democratic Commitment, signed at Ushuaia on 24 July 1998 by Argentina, Brazil, Paraguay and Uruguay together with Bolivia and Chile. Its basis remains the Paris Agreement of 5 September 1946, concluded by Austria and Italy, together with resolution 1497 (XV) of the General Assembly.",
		want: []string{
			"OCCURRED_IN Ushuaia Protocol on Democratic Commitment -> Ushuaia",
			"PARTY_TO Argentina -> Ushuaia Protocol on Democratic Commitment",
			"PARTY_TO Austria -> Paris Agreement",
			"PARTY_TO Bolivia -> Ushuaia Protocol on Democratic Commitment",
			"PARTY_TO Brazil -> Ushuaia Protocol on Democratic Commitment",
			"PARTY_TO Chile -> Ushuaia Protocol on Democratic Commitment",
			"PARTY_TO Italy -> Paris Agreement",
			"PARTY_TO Paraguay -> Ushuaia Protocol on Democratic Commitment",
			"PARTY_TO Uruguay -> Ushuaia Protocol on Democratic Commitment",
		},
	},
	{
		name:      "'Dom' before one name is a given name, before two an honorific",
		publisher: "MINISTRY OF FOREIGN AFFAIRS",
		town:      "Valletta",
		text:      "The Prime Minister, Dom Mintoff, received Dom Helder Câmara, Archbishop of Olinda and Recife, at the Auberge de Castille.",
		want: []string{
			"HOLDS_ROLE Dom Mintoff -> Malta : Prime Minister",
		},
	},
	{
		name:      "a venue whose name opens with a state's, right after a verb ('attacked Seychelles International Airport'), is the site, and names no state; a depot is a venue ('the Field Force Depot')",
		publisher: "STATE HOUSE",
		town:      "Victoria",
		text:      "Mercenaries attacked Seychelles International Airport on 25 November 1981 and took hostages. On 30 July rebels attacked the Field Force Depot at Bakau.",
		want: []string{
			"OCCURRED_IN attacked in Field Force Depot -> Field Force Depot",
			"OCCURRED_IN attacked in Seychelles International Airport -> Seychelles International Airport",
			"OCCURRED_IN hostages in Seychelles International Airport -> Seychelles International Airport",
		},
	},
	{
		name:      "a place no list knows, after 'opened fire on … at', is where the shooting happened",
		publisher: "PRIME MINISTER'S OFFICE",
		town:      "Putrajaya",
		text:      "On 1 March the intruders opened fire on members of the security forces at Kampung Tanduo, killing two commandos.",
		want: []string{
			"OCCURRED_IN fire in Kampung Tanduo -> Kampung Tanduo",
		},
	},
	{
		name:      "a meeting after a journey is placed where the journey went: 'travelled to Harare, where he was received by', 'left Beijing for Shanghai this afternoon, where', 'flew to Vallegrande and held a meeting'",
		publisher: "MINISTRY OF INFORMATION",
		town:      "Malabo",
		text:      "On 11 March the Minister of Foreign Affairs, Santiago Nsobeya Efuman, travelled to Harare, where he was received by Zimbabwe's Minister of Home Affairs, Kembo Mohadi. Mikhail Gorbachev left Beijing for Shanghai this afternoon, where he was received by Jiang Zemin. On 9 October General Juan José Torres flew to Vallegrande and held a meeting at the command post with Colonel Joaquín Zenteno Anaya.",
		want: []string{
			"ATTENDED Jiang Zemin -> meeting of Mikhail Gorbachev with Jiang Zemin in Shanghai",
			"ATTENDED Joaquín Zenteno Anaya -> meeting of Juan José Torres with Joaquín Zenteno Anaya in Vallegrande",
			"ATTENDED Juan José Torres -> meeting of Juan José Torres with Joaquín Zenteno Anaya in Vallegrande",
			"ATTENDED Kembo Mohadi -> meeting of Santiago Nsobeya Efuman with Kembo Mohadi in Harare",
			"ATTENDED Mikhail Gorbachev -> meeting of Mikhail Gorbachev with Jiang Zemin in Shanghai",
			"ATTENDED Santiago Nsobeya Efuman -> meeting of Santiago Nsobeya Efuman with Kembo Mohadi in Harare",
			"HOLDS_ROLE Kembo Mohadi -> Zimbabwe : Minister of Home Affairs",
			"HOLDS_ROLE Santiago Nsobeya Efuman -> Equatorial Guinea : Minister of Foreign Affairs",
			"OCCURRED_IN meeting of Juan José Torres with Joaquín Zenteno Anaya in Vallegrande -> Vallegrande",
			"OCCURRED_IN meeting of Mikhail Gorbachev with Jiang Zemin in Shanghai -> Shanghai",
			"OCCURRED_IN meeting of Santiago Nsobeya Efuman with Kembo Mohadi in Harare -> Harare",
		},
	},
	{
		name:      "'A, accompanied by B, flew to X and held a meeting with C': A met C, and B was there",
		publisher: "ARMED FORCES HIGH COMMAND",
		town:      "La Paz",
		text:      "On Monday 9 October General Alfredo Ovando Candia, accompanied by General Juan José Torres, flew to Vallegrande and held a meeting with Colonel Joaquín Zenteno Anaya.",
		want: []string{
			"ATTENDED Alfredo Ovando Candia -> meeting of Alfredo Ovando Candia with Joaquín Zenteno Anaya in Vallegrande",
			"ATTENDED Joaquín Zenteno Anaya -> meeting of Alfredo Ovando Candia with Joaquín Zenteno Anaya in Vallegrande",
			"ATTENDED Juan José Torres -> meeting of Alfredo Ovando Candia with Joaquín Zenteno Anaya in Vallegrande",
			"OCCURRED_IN meeting of Alfredo Ovando Candia with Joaquín Zenteno Anaya in Vallegrande -> Vallegrande",
		},
	},
	{
		name:      "a body of the people keeps its state in its name ('the National Union of Workers of Mali', 'the Methodist Church in Kenya'); an organ of the state does not",
		publisher: "PRESS OFFICE",
		town:      "Bamako",
		text:      "Mr Bakary Karambé, Secretary-General of the National Union of Workers of Mali, spoke. Bishop Lawi Imathiu, Presiding Bishop of the Methodist Church in Kenya, led the prayer. The Christian Association of Nigeria condemned the attack. Mr Amadou Traoré, Minister of Defence of Mali, was present.",
		want: []string{
			"HOLDS_ROLE Amadou Traoré -> Mali : Minister of Defence",
			"HOLDS_ROLE Bakary Karambé -> National Union of Workers of Mali : Secretary-General",
			"HOLDS_ROLE Lawi Imathiu -> Methodist Church in Kenya : Presiding Bishop",
		},
	},
	{
		name:      "a government title after 'in the presence of' takes no state from the titles listed before it",
		publisher: "OFFICE OF THE PRIME MINISTER OF NORWAY",
		town:      "Murmansk",
		text:      "It was signed by the Minister of Foreign Affairs of Norway, Jonas Gahr Støre, and the Minister of Foreign Affairs of the Russian Federation, Sergey Lavrov, in the presence of Prime Minister Jens Stoltenberg and the President of the Russian Federation, Dmitry Medvedev.",
		want: []string{
			"HOLDS_ROLE Dmitry Medvedev -> Russia : President",
			"HOLDS_ROLE Jens Stoltenberg -> Norway : Prime Minister",
			"HOLDS_ROLE Jonas Gahr Støre -> Norway : Minister of Foreign Affairs",
			"HOLDS_ROLE Sergei Lavrov -> Russia : Minister of Foreign Affairs",
		},
	},
	{
		name:      "a general strike, demonstrations, protests, disturbances and a surrender are 'other' events where they happened",
		publisher: "CONFEDERATION OF LABOUR",
		town:      "Buenos Aires",
		text:      "On 29 May the general strike in Córdoba paralysed the city. Demonstrations took place in Kerben on 17 March. On 19 December the surrender of the garrison at Panjim ended the fighting.",
		want: []string{
			"OCCURRED_IN Demonstrations in Kerben -> Kerben",
			"OCCURRED_IN fighting in Panjim -> Panjim",
			"OCCURRED_IN strike in Córdoba -> Córdoba",
			"OCCURRED_IN surrender in Panjim -> Panjim",
		},
	},
	{
		name:      "'At its 988th meeting' after a sentence saying which body met is that body's meeting, not the issuer's",
		publisher: "LOK SABHA SECRETARIAT",
		town:      "New Delhi",
		text:      "The Prime Minister then referred to the proceedings in the Security Council of the United Nations, which met in New York on December 18 at the request of Portugal. At its 988th meeting a draft resolution was not adopted.",
		want: []string{
			"HELD UN Security Council -> 988th session of the UN Security Council",
			"HELD UN Security Council -> UN Security Council meeting in New York",
			"OCCURRED_IN UN Security Council meeting in New York -> New York",
			"PART_OF UN Security Council -> United Nations",
		},
	},
	{
		name:      "'His Excellency the President, X' in a church council's release is the state's President; a delegation led by A and including B called on him: all of it met him",
		publisher: "NATIONAL CHRISTIAN COUNCIL OF KENYA",
		town:      "Nairobi",
		text:      "In the afternoon of 3rd August a delegation of the Committee, led by Bishop Lawi Imathiu and including Archbishop Manasses Kuria and the Rev. John Kamau, called on His Excellency the President, Daniel arap Moi, at State House, Nairobi, and conveyed to him the message of the churches.",
		want: []string{
			"ATTENDED Daniel arap Moi -> meeting of John Kamau with Daniel arap Moi in State House",
			"ATTENDED John Kamau -> meeting of John Kamau with Daniel arap Moi in State House",
			"ATTENDED Lawi Imathiu -> meeting of John Kamau with Daniel arap Moi in State House",
			"ATTENDED Manasses Kuria -> meeting of John Kamau with Daniel arap Moi in State House",
			"HOLDS_ROLE Daniel arap Moi -> Kenya : President",
			"OCCURRED_IN meeting of John Kamau with Daniel arap Moi in State House -> State House",
		},
	},
	{
		name:      "a title's holder named before received people at a place: 'the Speaker received the delegations at his residence in Ain al-Tineh'",
		publisher: "PARLIAMENT OF LEBANON",
		town:      "Beirut",
		text:      "The Speaker of Parliament, Nabih Berri, opened the session on 25 May. On the eve of the session, the Speaker received the delegations at his residence in Ain al-Tineh.",
		want: []string{
			"ATTENDED Nabih Berri -> meeting of Nabih Berri in Ain el-Tineh",
			"HOLDS_ROLE Nabih Berri -> Parliament of Lebanon : Speaker",
			"OCCURRED_IN meeting of Nabih Berri in Ain el-Tineh -> Ain el-Tineh",
		},
	},
	{
		name:      "a venue named in its own language, its noun first: 'the Hôtel de l'Amitié', 'the Palais du Peuple', 'the Palacio de la Zarzuela'",
		publisher: "CTSP",
		town:      "Bamako",
		text:      "The Committee held its first plenary session on 4 April 1991 at the Hôtel de l'Amitié in Bamako. The talks took place at the Palais du Peuple in Conakry.",
		want: []string{
			"HELD CTSP -> 1st session of the CTSP",
			"OCCURRED_IN 1st session of the CTSP -> Hôtel de l'Amitié",
			"OCCURRED_IN talks in Palais du Peuple -> Palais du Peuple",
		},
	},
	{
		name:      "'under the chairmanship of the Prime Minister': the one the text named with that title attends",
		publisher: "OFFICE OF THE PRIME MINISTER",
		town:      "Bangkok",
		text:      "The Prime Minister, Professor Sanya Dharmasakti, spoke on television. The Council of Ministers held its first meeting at Government House this morning under the chairmanship of the Prime Minister.",
		want: []string{
			"ATTENDED Sanya Dharmasakti -> 1st session of the Council of Ministers",
			"HELD Council of Ministers -> 1st session of the Council of Ministers",
			"HOLDS_ROLE Sanya Dharmasakti -> Thailand : Prime Minister",
			"OCCURRED_IN 1st session of the Council of Ministers -> Government House",
		},
	},
	{
		name:      "', and condemns A and B' after a first condemnation has the first one's subject, not the body named between",
		publisher: "48 CANTONES OF TOTONICAPÁN",
		town:      "Totonicapán",
		text:      "The Junta Directiva condemns the Public Ministry, whose prosecutors are seeking to overturn the will of the people, and condemns María Consuelo Porras and Rafael Curruchiche, who lead that attempt.",
		want: []string{
			"CONDEMNED Junta Directiva -> María Consuelo Porras",
			"CONDEMNED Junta Directiva -> Public Ministry",
			"CONDEMNED Junta Directiva -> Rafael Curruchiche",
		},
	},
	{
		name:      "an event verb takes its victim past an honorific, a participle its place after 'from', and a passive verb a country",
		publisher: "GENERAL UNION OF WORKERS",
		town:      "Tunis",
		text:      "Gunmen of the Front murdered Father John Gege at Marasa on 20 August 2002. The students were among 276 pupils abducted from Dapchi on 19 February. Mr Okah was arrested in Angola in September 2007.",
		want: []string{
			"OCCURRED_IN abducted in Dapchi -> Dapchi",
			"OCCURRED_IN arrested in Angola -> Angola",
			"OCCURRED_IN murdered in Marasa -> Marasa",
		},
	},
	{
		name:      "a title's holder, named before, who 'met' people is the meeting's subject",
		publisher: "FEDERATION OF INDIGENOUS NATIONS",
		town:      "Wellington",
		text:      "National Chief Aroha Tane said today that the talks would go on. On Friday the National Chief met in Wellington with the Minister of Maori Affairs, Koro Wetere.",
		want: []string{
			"ATTENDED Aroha Tane -> meeting of Aroha Tane with Koro Wetere in Wellington",
			"ATTENDED Koro Wetere -> meeting of Aroha Tane with Koro Wetere in Wellington",
			"HOLDS_ROLE Aroha Tane -> Federation of Indigenous Nations : National Chief",
			"HOLDS_ROLE Koro Wetere -> New Zealand : Minister", // the dateline's state's minister
			"OCCURRED_IN meeting of Aroha Tane with Koro Wetere in Wellington -> Wellington",
		},
	},
	{
		name:      "a letterhead naming the state in its own language ('ROYAUME DU MAROC') is that state: its ministers are its own",
		publisher: "ROYAUME DU MAROC",
		town:      "Rabat",
		text:      "The Prime Minister, Ahmed Laraki, informed the Council of the measures taken. The Minister of the Interior, Mohamed Oufkir, said that order had been restored.",
		want: []string{
			"HOLDS_ROLE Ahmed Laraki -> Morocco : Prime Minister",
			"HOLDS_ROLE Mohamed Oufkir -> Morocco : Minister of the Interior",
		},
	},
	{
		name:      "a state 'bound by' an instrument, 'to which' it 'is a party' or that acts 'as a party to' it is a party; 'signed a Treaty … and an Agreement' signs both",
		publisher: "INTERNATIONAL COMMITTEE OF THE RED CROSS",
		town:      "Geneva",
		text:      "The Committee recalled that Kenya is bound by the African Charter on Democracy, Elections and Governance and that the protocol applies, like the Geneva Conventions, to which Yemen is a party. Morocco, as a party to the Vienna Convention on Diplomatic Relations, owes protection to envoys. Ecuador and Peru signed a Comprehensive Treaty on Trade and Navigation and an Agreement on Border Integration.",
		want: []string{
			"PARTY_TO Ecuador -> Agreement on Border Integration",
			"PARTY_TO Ecuador -> Comprehensive Treaty on Trade and Navigation",
			"PARTY_TO Kenya -> African Charter on Democracy, Elections and Governance",
			"PARTY_TO Morocco -> Vienna Convention on Diplomatic Relations",
			"PARTY_TO Peru -> Agreement on Border Integration",
			"PARTY_TO Peru -> Comprehensive Treaty on Trade and Navigation",
			"PARTY_TO Yemen -> Geneva Conventions",
		},
	},
	{
		name:      "'Joint' before a known title is another office of it ('the Joint Special Representative of the United Nations')",
		publisher: "NORTH ATLANTIC COUNCIL",
		town:      "Brussels",
		text:      "The Council heard Lakhdar Brahimi, the Joint Special Representative of the United Nations for Syria.",
		want: []string{
			"HOLDS_ROLE Lakhdar Brahimi -> United Nations : Joint Special Representative",
		},
	},
	{
		name:      "troops that 'landed' at a place or 'occupied' it are an 'other' event there",
		publisher: "REVOLUTIONARY COMMITTEE",
		town:      "Libreville",
		text:      "At dawn French paratroopers landed at Libreville airport. Soldiers of the Committee occupied the radio station in Port-Gentil.",
		want: []string{
			"OCCURRED_IN landed in Libreville airport -> Libreville airport",
			"OCCURRED_IN occupied in Port-Gentil -> Port-Gentil",
		},
	},
	{
		name:      "a meeting 'at' a venue with no name 'in' a town is in that town",
		publisher: "OCHA",
		town:      "Jakarta",
		text:      "On 2 March the Coordinating Minister, Susilo Bambang Yudhoyono, chaired a meeting at the Governor's office in Palangkaraya.",
		want: []string{
			"ATTENDED Susilo Bambang Yudhoyono -> meeting in Palangkaraya",
			"OCCURRED_IN meeting in Palangkaraya -> Palangkaraya",
		},
	},
	{
		name:      "a delegation or a body that 'met' a titled person 'at' a place met that person there",
		publisher: "SOUTH AFRICAN COUNCIL OF CHURCHES",
		town:      "Johannesburg",
		text:      "A delegation of the Council met the President of the Republic of South Africa, Mr Cyril Ramaphosa, at the Union Buildings in Pretoria yesterday.",
		want: []string{
			"ATTENDED Cyril Ramaphosa -> meeting of Cyril Ramaphosa in Union Buildings",
			"HOLDS_ROLE Cyril Ramaphosa -> South Africa : President",
			"OCCURRED_IN meeting of Cyril Ramaphosa in Union Buildings -> Union Buildings",
		},
	},
	{
		name:      "a Prosecutor General and a Convener are titles the lexicon knows",
		publisher: "HUMAN RIGHTS WATCH",
		town:      "New York",
		text:      "The Prosecutor General of Uzbekistan, Rashid Kadyrov, refused to meet the mission. Mr Abul Hasanat Abdullah, Convener of the National Committee on Land Rights, signed for the Committee.",
		want: []string{
			"HOLDS_ROLE Abul Hasanat Abdullah -> National Committee on Land Rights : Convener",
			"HOLDS_ROLE Rashid Kadyrov -> Uzbekistan : Prosecutor General",
		},
	},
	{
		name:      "a hyphenated name's lower-case end is no preposition, and a signing's agent comes after where and when it was signed: the signers' states are parties, not the organ of a state named in a title",
		publisher: "MINISTRY OF UNIFICATION",
		town:      "Seoul",
		text:      "The Declaration of Panmunjom was signed at the same venue on 27 April 2018 by President Moon Jae-in of the Republic of Korea and Chairman Kim Jong Un of the State Affairs Commission of the Democratic People's Republic of Korea.",
		want: []string{
			"HOLDS_ROLE Kim Jong Un -> State Affairs Commission : Chairman",
			"HOLDS_ROLE Moon Jae-in -> South Korea : President",
			"PARTY_TO North Korea -> Declaration of Panmunjom",
			"PARTY_TO South Korea -> Declaration of Panmunjom",
			"PART_OF State Affairs Commission -> North Korea",
		},
	},
	{
		name:      "a known body's name followed by a body's head noun is a longer name (\"the United Nations Command\"); its commanders sign for it, in a title with a hyphenated office",
		publisher: "PRESS OFFICE",
		town:      "Seoul",
		text:      "The Military Armistice Agreement was signed in Kaesong on 2 May by the Commander-in-Chief of the United Nations Command and the Supreme Commander of the Korean People's Army.",
		want: []string{
			"OCCURRED_IN Military Armistice Agreement -> Kaesong",
			"PARTY_TO Korean People's Army -> Military Armistice Agreement",
			"PARTY_TO United Nations Command -> Military Armistice Agreement",
		},
	},
	{
		name:      "the signers of an instrument signed at the close of a meeting the sentence names took part in the meeting",
		publisher: "MINISTRY OF FOREIGN AFFAIRS",
		town:      "Hanoi",
		text:      "The two ministers recalled the Treaty of Amity, which Foreign Minister Nguyen Co Thach of Vietnam and Foreign Minister Hun Sen of Cambodia signed in Hanoi on 18 February 1979, at the close of the first Indochinese summit, held in that city.",
		want: []string{
			"ATTENDED Hun Sen -> first Indochinese summit in Hanoi",
			"ATTENDED Nguyen Co Thach -> first Indochinese summit in Hanoi",
			"HOLDS_ROLE Hun Sen -> Cambodia : Foreign Minister",
			"HOLDS_ROLE Nguyen Co Thach -> Vietnam : Foreign Minister",
			"OCCURRED_IN Treaty of Amity -> Hanoi",
			"OCCURRED_IN first Indochinese summit in Hanoi -> Hanoi",
			"PARTY_TO Cambodia -> Treaty of Amity",
			"PARTY_TO Vietnam -> Treaty of Amity",
			"REFERENCES first Indochinese summit in Hanoi -> Treaty of Amity",
		},
	},
	{
		name:      "a host named before 'received' who receives people the sentence does not name at a venue met there; a monarch's title before a known name is no one's name; the Saudi king's own title",
		publisher: "ROYAL COURT",
		town:      "Riyadh",
		text:      "The Custodian of the Two Holy Mosques, King Abdullah bin Abdulaziz, received the heads of the visiting delegations at Al-Yamamah Palace. His Majesty Sultan Qaboos bin Said had received them at the Al Alam Palace the day before.",
		want: []string{
			"ATTENDED Abdullah bin Abdulaziz Al Saud -> meeting of Abdullah bin Abdulaziz Al Saud in Al-Yamamah Palace",
			"ATTENDED Qaboos bin Said -> meeting of Qaboos bin Said in Al Alam Palace",
			"HOLDS_ROLE Abdullah bin Abdulaziz Al Saud -> Saudi Arabia : Custodian of the Two Holy Mosques",
			"OCCURRED_IN meeting of Abdullah bin Abdulaziz Al Saud in Al-Yamamah Palace -> Al-Yamamah Palace",
			"OCCURRED_IN meeting of Qaboos bin Said in Al Alam Palace -> Al Alam Palace",
		},
	},
	{
		name:      "an accession verb is found past where and when it was done ('signed at Itamaraty today a Treaty … and an Agreement …'): both instruments bind the signers",
		publisher: "MINISTRY OF FOREIGN AFFAIRS",
		town:      "Lima",
		text:      "Chile and Peru also signed in Lima yesterday a Treaty of Peace and Friendship and an Agreement on Fisheries.",
		want: []string{
			"OCCURRED_IN Treaty of Peace and Friendship -> Lima",
			"PARTY_TO Chile -> Agreement on Fisheries",
			"PARTY_TO Chile -> Treaty of Peace and Friendship",
			"PARTY_TO Peru -> Agreement on Fisheries",
			"PARTY_TO Peru -> Treaty of Peace and Friendship",
		},
	},
	{
		name:      "a body named inside an instrument's name did not sign it ('the Treaty establishing the Organisation of Eastern Caribbean States, signed in Basseterre'), nor does its topic",
		publisher: "SECRETARIAT",
		town:      "Castries",
		text:      "The Authority invoked Article 8 of the Treaty establishing the Caribbean Community, signed in Chaguaramas on 4 July 1973.",
		want: []string{
			"OCCURRED_IN Treaty establishing the Caribbean Community -> Chaguaramas",
		},
	},
	{
		name:      "'the President of the Republic' in a text whose issuer is no state organ is the president of the state the issuer's name names, else of the state the text is clearly about",
		publisher: "SOCIAL DEMOCRATIC UNION OF MACEDONIA",
		town:      "Skopje",
		text:      "The Executive Board called on the President of the Republic, Gjorge Ivanov, to refuse the mandate.",
		want: []string{
			"HOLDS_ROLE Gjorge Ivanov -> North Macedonia : President",
		},
	},
	{
		name:      "a state's adjective before a capitalised head of its forces names the forces ('the Italian Army', 'the Namibian Police')",
		publisher: "STATE HOUSE",
		town:      "Windhoek",
		text:      "The Inspector-General of the Namibian Police, Sebastian Ndeitunga, said that officers of the Zambian Army had crossed the border.",
		want: []string{
			"HOLDS_ROLE Sebastian Ndeitunga -> Namibian Police : Inspector-General",
		},
	},
	{
		name:      "a state's name before a capitalised 'Government' names that government ('the Fiji Government')",
		publisher: "MINISTRY OF FOREIGN AFFAIRS",
		town:      "Wellington",
		text:      "Mr Ratu Tevita Momoedonu, a spokesman of the Fiji Government, said the Cabinet would meet.",
		want: []string{
			"HOLDS_ROLE Ratu Tevita Momoedonu -> Fiji Government : spokesman",
		},
	},
	{
		name:      "an office named after its holder's title is a body where it acts ('the Public Prosecutor's Office opened an inquiry') and a venue after 'at'",
		publisher: "MINISTRY OF THE INTERIOR",
		town:      "Sofia",
		text:      "The Specialised Prosecutor's Office of the Republic of Bulgaria charged two men, who were questioned at the Prime Minister's Office in Sofia.",
		want: []string{
			"PART_OF Specialised Prosecutor's Office -> Bulgaria",
		},
	},
	{
		name:      "two-letter initials of Russian transliteration are initials inside a name, and their full stop ends no sentence ('G. Kh. Kadyrov', 'Sh. R. Rashidov')",
		publisher: "COUNCIL OF MINISTERS",
		town:      "Tashkent",
		text:      "Taking part were G. Kh. Kadyrov, Chairman of the Council of Ministers, and Sh. R. Rashidov, First Secretary of the Central Committee.",
		want: []string{
			"HOLDS_ROLE G. Kh. Kadyrov -> Council of Ministers : Chairman",
			"HOLDS_ROLE Sh. R. Rashidov -> Central Committee : First Secretary",
		},
	},
	{
		name:      "'Secretary' is a title: its body is the one named after it ('Secretary of the Central Committee')",
		publisher: "PRESS SERVICE",
		town:      "Kabul",
		text:      "Babrak Karmal, Secretary of the Central Committee of the People's Democratic Party of Afghanistan, addressed the plenum.",
		want: []string{
			"HOLDS_ROLE Babrak Karmal -> Central Committee : Secretary",
			"PART_OF Central Committee -> People's Democratic Party of Afghanistan",
		},
	},
	{
		name:      "'He had been received by X at a venue' after a sentence naming a person: that person met X there",
		publisher: "MILITARY COMMITTEE OF THE PARTY",
		town:      "Brazzaville",
		text:      "The Committee mourns Cardinal Emile Biayenda. He had been received by Major Marien Ngouabi at the Etat-Major on the morning of 18 March.",
		want: []string{
			"ATTENDED Emile Biayenda -> meeting of Marien Ngouabi with Emile Biayenda in Etat-Major",
			"ATTENDED Marien Ngouabi -> meeting of Marien Ngouabi with Emile Biayenda in Etat-Major",
			"OCCURRED_IN meeting of Marien Ngouabi with Emile Biayenda in Etat-Major -> Etat-Major",
		},
	},
	{
		name:      "French military ranks before a name are ranks ('Commandant Marien Ngouabi', 'Capitaine X')",
		publisher: "MILITARY COMMITTEE OF THE PARTY",
		town:      "Brazzaville",
		text:      "Commandant Marien Ngouabi, President of the Republic, received Capitaine Alfred Raoul at the Etat-Major.",
		want: []string{
			"ATTENDED Alfred Raoul -> meeting of Marien Ngouabi with Alfred Raoul in Etat-Major",
			"ATTENDED Marien Ngouabi -> meeting of Marien Ngouabi with Alfred Raoul in Etat-Major",
			"HOLDS_ROLE Marien Ngouabi -> Republic of the Congo : President", // of the Republic of the dateline
			"OCCURRED_IN meeting of Marien Ngouabi with Alfred Raoul in Etat-Major -> Etat-Major",
		},
	},
	{
		name:      "a title right after 'for SIDE by the' is the side's: 'signed for Barbados by the Prime Minister, the Honourable X'; a government's minister is its state's",
		publisher: "MINISTRY OF HOME AFFAIRS",
		town:      "Roseau",
		text:      "The Memorandum was signed for Grenada by the Prime Minister, the Honourable Maurice Bishop, and for the Government of Guyana by the Minister of Foreign Affairs, the Honourable Rashleigh Jackson.",
		want: []string{
			"HOLDS_ROLE Maurice Bishop -> Grenada : Prime Minister",
			"HOLDS_ROLE Rashleigh Jackson -> Guyana : Minister of Foreign Affairs",
		},
	},
	{
		name:      "a Title Case headline's verb before an instrument's head (\"Australia Sign Treaty\") is no part of a name",
		publisher: "Permanent Court of Arbitration",
		town:      "The Hague",
		text:      "Timor-Leste and Australia Sign Treaty Establishing Their Maritime Boundaries in the Timor Sea\n\nThe Treaty was signed in New York by the Minister for Foreign Affairs of Australia, Julie Bishop, and by the Prime Minister of Timor-Leste, Rui Maria de Araújo.",
		want: []string{
			"HOLDS_ROLE Julie Bishop -> Australia : Minister for Foreign Affairs",
			"HOLDS_ROLE Rui Maria de Araújo -> Timor-Leste : Prime Minister",
			"OCCURRED_IN New York treaty -> New York",
			"PARTY_TO Australia -> New York treaty",
			"PARTY_TO Timor-Leste -> New York treaty",
		},
	},
	{
		name:      "a portfolio the lexicon does not know, with \"of\" inside, runs on to the comma before its holder",
		publisher: "Ministry of Foreign Affairs of Senegal",
		town:      "Dakar",
		text:      "The Minister of Promotion of Women, Aminata Touré, and the Minister for Delimitation of Borders, Hermenegildo Pereira, spoke.",
		want: []string{
			"HOLDS_ROLE Aminata Touré -> Senegal : Minister",
			"HOLDS_ROLE Hermenegildo Pereira -> Senegal : Minister",
		},
	},
	{
		name:      "people listed after \"were present:\" attended the meeting the text just told of",
		publisher: "Conciliation Commission",
		town:      "New York",
		text:      "Today, at United Nations Headquarters in New York, Timor-Leste and Australia signed the Treaty on Maritime Boundaries.\n\nAll five members of the Commission were present: Ambassador Peter Taksøe-Jensen, Chairman; Dr Rosalie Balkin; Judge Abdul G. Koroma; Professor Donald McRae; and Judge Rüdiger Wolfrum.",
		want: []string{
			"ATTENDED Abdul G. Koroma -> signing ceremony of Treaty on Maritime Boundaries",
			"ATTENDED Donald McRae -> signing ceremony of Treaty on Maritime Boundaries",
			"ATTENDED Peter Taksøe-Jensen -> signing ceremony of Treaty on Maritime Boundaries",
			"ATTENDED Rosalie Balkin -> signing ceremony of Treaty on Maritime Boundaries",
			"ATTENDED Rüdiger Wolfrum -> signing ceremony of Treaty on Maritime Boundaries",
			"HOLDS_ROLE Peter Taksøe-Jensen -> Conciliation Commission : Chairman",
			"OCCURRED_IN Treaty on Maritime Boundaries -> United Nations Headquarters",
			"OCCURRED_IN signing ceremony of Treaty on Maritime Boundaries -> United Nations Headquarters",
			"PARTY_TO Australia -> Treaty on Maritime Boundaries",
			"PARTY_TO Timor-Leste -> Treaty on Maritime Boundaries",
			"REFERENCES signing ceremony of Treaty on Maritime Boundaries -> Treaty on Maritime Boundaries",
		},
	},
	{
		name:      "a delegation listed after the talks went to those talks, not to a call the text tells of later",
		publisher: "Ministry of Foreign Affairs of Malawi",
		town:      "Lilongwe",
		text:      "The first round of talks on the boundary was held at the Sunbird Hotel in Mzuzu on 20 August 2012.\n\nThe Tanzanian delegation was led by the Minister of Foreign Affairs, Bernard Membe, and included the Attorney General, Frederick Werema.\n\nOn 22 August President Joyce Banda received President Jakaya Kikwete at the Kamuzu Palace in Lilongwe.",
		want: []string{
			"ATTENDED Bernard Membe -> first round in Sunbird Hotel",
			"ATTENDED Frederick Werema -> first round in Sunbird Hotel",
			"ATTENDED Jakaya Kikwete -> meeting of Joyce Banda with Jakaya Kikwete in Kamuzu Palace",
			"ATTENDED Joyce Banda -> meeting of Joyce Banda with Jakaya Kikwete in Kamuzu Palace",
			"HOLDS_ROLE Bernard Membe -> Tanzania : Minister of Foreign Affairs",
			"HOLDS_ROLE Frederick Werema -> Tanzania : Attorney General",
			"OCCURRED_IN first round in Sunbird Hotel -> Sunbird Hotel",
			"OCCURRED_IN meeting of Joyce Banda with Jakaya Kikwete in Kamuzu Palace -> Kamuzu Palace",
		},
	},
	{
		name:      "a letterhead in the issuer's own language over an English organ's name gives the organ's titles its state",
		publisher: "STATSMINISTERENS KONTOR\nOffice of the Prime Minister",
		town:      "Oslo",
		text:      "The treaty was signed in the presence of Prime Minister Jens Stoltenberg and the President of the Russian Federation, Dmitry Medvedev.",
		want: []string{
			"HOLDS_ROLE Dmitry Medvedev -> Russia : President",
			"HOLDS_ROLE Jens Stoltenberg -> Norway : Prime Minister",
		},
	},
	{
		name:      "Burkina Faso's own short name in its president's title",
		publisher: "Presidency of Faso",
		town:      "Ouagadougou",
		text:      "The Facilitator, His Excellency Blaise Compaoré, President of Faso, welcomed the agreement.",
		want: []string{
			"HOLDS_ROLE Blaise Compaoré -> Burkina Faso : President",
		},
	},
	{
		name:      "an auditorium and a marae are venues; a deed is an instrument; a state joined by a dash opens an instrument's name",
		publisher: "Office of the Prime Minister of Tuvalu",
		town:      "Funafuti",
		text:      "The Prime Minister of Tuvalu, Kausea Natano, and the Prime Minister of Australia, Anthony Albanese, signed the Australia–Tuvalu Falepili Union Treaty at the National Auditorium in Avarua.\n\nThe Deed of Settlement of the Waikato Raupatu Claim was signed today at Tūrangawaewae Marae by the Prime Minister of New Zealand, Jim Bolger.",
		want: []string{
			"ATTENDED Anthony Albanese -> signing ceremony of Australia–Tuvalu Falepili Union Treaty",
			"ATTENDED Jim Bolger -> signing ceremony of Deed of Settlement of the Waikato Raupatu Claim",
			"ATTENDED Kausea Natano -> signing ceremony of Australia–Tuvalu Falepili Union Treaty",
			"HOLDS_ROLE Anthony Albanese -> Australia : Prime Minister",
			"HOLDS_ROLE Jim Bolger -> New Zealand : Prime Minister",
			"HOLDS_ROLE Kausea Natano -> Tuvalu : Prime Minister",
			"OCCURRED_IN Australia–Tuvalu Falepili Union Treaty -> National Auditorium",
			"OCCURRED_IN Deed of Settlement of the Waikato Raupatu Claim -> Tūrangawaewae Marae",
			"OCCURRED_IN signing ceremony of Australia–Tuvalu Falepili Union Treaty -> National Auditorium",
			"OCCURRED_IN signing ceremony of Deed of Settlement of the Waikato Raupatu Claim -> Tūrangawaewae Marae",
			"PARTY_TO Australia -> Australia–Tuvalu Falepili Union Treaty",
			"PARTY_TO New Zealand -> Deed of Settlement of the Waikato Raupatu Claim",
			"PARTY_TO Tuvalu -> Australia–Tuvalu Falepili Union Treaty",
			"REFERENCES signing ceremony of Australia–Tuvalu Falepili Union Treaty -> Australia–Tuvalu Falepili Union Treaty",
			"REFERENCES signing ceremony of Deed of Settlement of the Waikato Raupatu Claim -> Deed of Settlement of the Waikato Raupatu Claim",
		},
	},
	{
		name:      "a numbered forum named by its own name is that forum's session; its chairman is no body's",
		publisher: "Office of the Prime Minister\nCook Islands",
		town:      "Rarotonga",
		text:      "Sir Thomas Davis, as Chairman of the Sixteenth South Pacific Forum, announced that the Treaty of Rarotonga was opened for signature at the Rarotongan Resort Hotel yesterday.",
		want: []string{
			"ATTENDED Thomas Davis -> 16th session of the South Pacific Forum",
			"HELD South Pacific Forum -> 16th session of the South Pacific Forum",
			"OCCURRED_IN 16th session of the South Pacific Forum -> Rarotongan Resort Hotel",
			"OCCURRED_IN South Pacific Nuclear Free Zone Treaty -> Rarotongan Resort Hotel",
			"REFERENCES 16th session of the South Pacific Forum -> South Pacific Nuclear Free Zone Treaty",
		},
	},
	{
		name:      "a passive reception placed past the host's title; Jr. stays with its name; Rt. ends no sentence; the delegation went to the call the sentence before told of",
		publisher: "Liberian Council of Churches",
		town:      "Monrovia",
		text:      "The Council met in emergency session at the Providence Baptist Church on April 16.\n\nOn Tuesday, April 17, a delegation of the Council was received by His Excellency Dr. William R. Tolbert, Jr., President of the Republic of Liberia, at the Executive Mansion. The delegation was led by the President of the Council, the Rt. Rev. George D. Browne, and included the Most Rev. Michael K. Francis, Bishop of Monrovia.",
		want: []string{
			"ATTENDED George D. Browne -> meeting of William R. Tolbert in Executive Mansion",
			"ATTENDED Michael K. Francis -> meeting of William R. Tolbert in Executive Mansion",
			"ATTENDED William R. Tolbert -> meeting of William R. Tolbert in Executive Mansion",
			"HOLDS_ROLE George D. Browne -> Liberian Council of Churches : President",
			"HOLDS_ROLE William R. Tolbert -> Liberia : President",
			"OCCURRED_IN meeting of William R. Tolbert in Executive Mansion -> Executive Mansion",
		},
	},
	{
		name:      "a numbered meeting that a government hosted, told in a relative clause after its long name",
		publisher: "Pan American Union",
		town:      "Washington",
		text:      "The Sixth Meeting of Consultation of Ministers of Foreign Affairs, which the Government of Costa Rica hosted at the National Theatre in San José from August 16 to 20, 1960, closed last night.",
		want: []string{
			"OCCURRED_IN sixth meeting in National Theatre -> National Theatre",
		},
	},
	{
		name:      "a title whose portfolio opens with Foreign is the whole title, not its last word",
		publisher: "Pan American Union",
		town:      "Washington",
		text:      "The Secretary of Foreign Relations of Mexico, Manuel Tello, and the Secretary of State for Foreign Relations of the Dominican Republic, Porfirio Herrera Báez, spoke.",
		want: []string{
			"HOLDS_ROLE Manuel Tello -> Mexico : Secretary",
			"HOLDS_ROLE Porfirio Herrera Báez -> Dominican Republic : Secretary of State",
		},
	},
	{
		name:      "initials before a surname that opens with a particle are one name",
		publisher: "Ministry of Foreign Affairs of the Netherlands",
		town:      "The Hague",
		text:      "The Minister for Foreign Affairs, Mr H. van den Broek, received the Ambassador in Paramaribo, Mr F. van der Want, and the Prime Minister, Mr P. J. S. de Jong.",
		want: []string{
			"HOLDS_ROLE F. van der Want -> Netherlands : Ambassador",
			"HOLDS_ROLE H. van den Broek -> Netherlands : Minister for Foreign Affairs",
			"HOLDS_ROLE P. J. S. de Jong -> Netherlands : Prime Minister",
		},
	},
	{
		name:      "the one appointed 'as' a title holds it, not the one who appointed; a portfolio goes on over its nouns",
		publisher: "Parliament of Sri Lanka",
		town:      "Colombo",
		text:      "On 26 October 2018 His Excellency Maithripala Sirisena, President of the Democratic Socialist Republic of Sri Lanka, appointed Mr Mahinda Rajapaksa as Prime Minister. A crowd tried to stop the former Minister of Petroleum Resources Development, Mr Arjuna Ranatunga, from entering the building.",
		want: []string{
			"HOLDS_ROLE Arjuna Ranatunga -> Sri Lanka : former Minister of Petroleum Resources Development",
			"HOLDS_ROLE Mahinda Rajapaksa -> Sri Lanka : Prime Minister",
			"HOLDS_ROLE Maithripala Sirisena -> Sri Lanka : President",
		},
	},
	{
		name:      "a signature block: a name on one line and its title on the next hold it, of the body the title or the line under it names, else of the issuer",
		publisher: "Parliament of Sri Lanka",
		town:      "Colombo",
		text:      "The Speaker condemns every act of violence committed in the Chamber.\n\nKaru Jayasuriya\nSpeaker",
		want: []string{
			"HOLDS_ROLE Karu Jayasuriya -> Parliament of Sri Lanka : Speaker",
		},
	},
	{
		name:      "a signature block whose title line is followed by its body's line",
		publisher: "Pakistan National Alliance",
		town:      "Rawalpindi",
		text:      "The Central Council condemns the arrests of its members.\n\nRafiq Ahmad Bajwa\nCentral Information Secretary\nPakistan Peoples Party",
		want: []string{
			"HOLDS_ROLE Rafiq Ahmad Bajwa -> Pakistan Peoples Party : Central Information Secretary",
		},
	},
	{
		name:      "a minister's title that falls to the issuing ministry is its state's",
		publisher: "MINISTERIO DEL INTERIOR\nOficina de Prensa",
		town:      "Madrid",
		text:      "The Minister of the Interior, Ángel Acebes, announced the arrests.",
		want: []string{
			"HOLDS_ROLE Ángel Acebes -> Spain : Minister of the Interior",
		},
	},
	{
		name:      "names that open the items of a list of people under its intro line are persons",
		publisher: "Workers' Defence Committee",
		town:      "Warsaw",
		text:      "The Committee was formed at a meeting held on 23 September 1976 in Warsaw.\n\nSigned by the members of the Committee, who took part in the meeting of 23 September:\nJerzy Andrzejewski, writer;\nStanisław Barańczak, poet;\nLudwik Cohn, advocate.",
		want: []string{
			"ATTENDED Jerzy Andrzejewski -> meeting in Warsaw",
			"ATTENDED Ludwik Cohn -> meeting in Warsaw",
			"ATTENDED Stanisław Barańczak -> meeting in Warsaw",
			"OCCURRED_IN meeting in Warsaw -> Warsaw",
		},
	},
	{
		name:      "people named around the table in the sentence after the one meeting told of attended it",
		publisher: "Southern Lakes Commission",
		town:      "Lusaka",
		text:      "The Southern Lakes Commission held its 40th session in Lusaka on 3 May 2021. Around the table were Amara Tembo, Minister of Water of Malawi, and Dr Chikondi Banda of the Secretariat.",
		want: []string{
			"ATTENDED Amara Tembo -> 40th session of the Southern Lakes Commission",
			"ATTENDED Chikondi Banda -> 40th session of the Southern Lakes Commission",
			"HELD Southern Lakes Commission -> 40th session of the Southern Lakes Commission",
			"HOLDS_ROLE Amara Tembo -> Malawi : Minister of Water",
			"OCCURRED_IN 40th session of the Southern Lakes Commission -> Lusaka",
		},
	},
	{
		name:      "one met in exchanges apart from the talks a sentence tells of did not attend them",
		publisher: "League of Arab States",
		town:      "Cairo",
		text:      "The Council of the League held its 160th session in Cairo on 5 March 2023. The Secretary-General, Ahmed Aboul Gheit, described his talks in Doha with Foreign Minister Mohammed Al Thani, and his exchanges with Martin Griffiths, the UN Under-Secretary-General, on the Yemen file.",
		want: []string{
			"ATTENDED Ahmed Aboul Gheit -> meeting of Ahmed Aboul Gheit with Mohammed Al Thani in Doha",
			"ATTENDED Mohammed Al Thani -> meeting of Ahmed Aboul Gheit with Mohammed Al Thani in Doha",
			"HELD Council of the League -> 160th session of the Council of the League",
			"HOLDS_ROLE Ahmed Aboul Gheit -> League of Arab States : Secretary-General",
			"HOLDS_ROLE Martin Griffiths -> United Nations : Under-Secretary-General",
			"OCCURRED_IN 160th session of the Council of the League -> Cairo",
			"OCCURRED_IN meeting of Ahmed Aboul Gheit with Mohammed Al Thani in Doha -> Doha",
		},
	},
	{
		name:      "the lines of a body's composition under 'composed as follows:' give their titles of that body, or of the one named before 'It is composed'",
		publisher: "Revolutionary Council of the Republic",
		town:      "Port-Louis",
		text:      "The Revolutionary Council of the Republic is composed as follows:\nChairman: Colonel Amadou Bekele\nFirst Vice-Chairman, in charge of Defence: Commandant Idriss Kanté\nMembers: Captain Moussa Diallo, Captain Ali Traoré and two other officers.\n\nThe Government of National Unity took the oath this morning at the Palace of the Republic. It is composed as follows:\nPrime Minister: Sidi Ould Hamadi\nMinister of Foreign Affairs: Fatimata Sow\n",
		want: []string{
			"HOLDS_ROLE Ali Traoré -> Revolutionary Council of the Republic : Member",
			"HOLDS_ROLE Amadou Bekele -> Revolutionary Council of the Republic : Chairman",
			"HOLDS_ROLE Fatimata Sow -> Government of National Unity : Minister of Foreign Affairs",
			"HOLDS_ROLE Idriss Kanté -> Revolutionary Council of the Republic : First Vice-Chairman",
			"HOLDS_ROLE Moussa Diallo -> Revolutionary Council of the Republic : Member",
			"HOLDS_ROLE Sidi Ould Hamadi -> Government of National Unity : Prime Minister",
		},
	},
	{
		name:      "an embassy's release whose name gives its state's adjective speaks of that state's ministers; those a side is told to include are the side's",
		publisher: "ROYAL DANISH EMBASSY",
		town:      "Nairobi",
		text:      "The Prime Minister of Denmark, Poul Schlüter, concluded today a visit to Kenya.\n\nThe Prime Minister was accompanied by a delegation which included:\n  Mr. Anders Holm, Minister for Trade\n  Mr. Jens Lund, Permanent Secretary\n\nTalks were held at State House. The Kenyan side included Mr. Daniel Kiprop, Minister of Finance, and Mr. Peter Otieno, Permanent Secretary.",
		want: []string{
			"HOLDS_ROLE Anders Holm -> Denmark : Minister for Trade",
			"HOLDS_ROLE Daniel Kiprop -> Kenya : Minister of Finance",
			"HOLDS_ROLE Jens Lund -> Denmark : Permanent Secretary",
			"HOLDS_ROLE Peter Otieno -> Kenya : Permanent Secretary",
			"HOLDS_ROLE Poul Schlüter -> Denmark : Prime Minister",
			"OCCURRED_IN visit in Kenya -> Kenya",
		},
	},
	{
		name:      "confederation and regiment are heads of bodies' names",
		publisher: "National Human Rights Commission",
		town:      "Ouagadougou",
		text:      "Mr Tolé Sagnon, Secretary-General of the General Confederation of Labour of Burkina, spoke first. The Commission condemns the Presidential Security Regiment, whose men tortured a detainee.",
		want: []string{
			"CONDEMNED National Human Rights Commission -> Presidential Security Regiment",
			"HOLDS_ROLE Tolé Sagnon -> General Confederation of Labour of Burkina : Secretary-General",
		},
	},
	{
		name:      "judicial titles: an Advocate-General at a court, a Director of Public Prosecutions of a state",
		publisher: "African Mission of Inquiry",
		town:      "Bangui",
		text:      "Mr Lucien Kablan, Advocate-General at the Supreme Court of Côte d'Ivoire, joined the mission. Mr Paul Mensah, Director of Public Prosecutions of Ghana, spoke.",
		want: []string{
			"HOLDS_ROLE Lucien Kablan -> Supreme Court : Advocate-General",
			"HOLDS_ROLE Paul Mensah -> Ghana : Director of Public Prosecutions",
			"PART_OF Supreme Court -> Ivory Coast",
		},
	},
	{
		name:      "a surname with an elided particle ('Giscard d'Estaing') or with 'wa' ('Kamanda wa Kamanda') is one name",
		publisher: "Office of the President",
		town:      "Paris",
		text:      "President Valéry Giscard d'Estaing received Mr Kamanda wa Kamanda, Secretary-General of the OAU, at the Élysée Palace.",
		want: []string{
			"ATTENDED Kamanda wa Kamanda -> meeting of Valéry Giscard d'Estaing with Kamanda wa Kamanda in Élysée Palace",
			"ATTENDED Valéry Giscard d'Estaing -> meeting of Valéry Giscard d'Estaing with Kamanda wa Kamanda in Élysée Palace",
			"HOLDS_ROLE Kamanda wa Kamanda -> Organisation of African Unity : Secretary-General",
			"HOLDS_ROLE Valéry Giscard d'Estaing -> France : President",
			"OCCURRED_IN meeting of Valéry Giscard d'Estaing with Kamanda wa Kamanda in Élysée Palace -> Élysée Palace",
		},
	},
	{
		name:      "a name matched only once its accents go is another name, as 'Herrera Jordán' names no Jordan",
		publisher: "International Boundary and Water Commission",
		town:      "El Paso",
		text:      "They were received by the Mexican Commissioner, David Herrera Jordán, who explained the plans. The leaders met at the Dolmabahçe Palace in Istanbul.",
		want: []string{
			"HOLDS_ROLE David Herrera Jordán -> Mexico : Commissioner",
			"OCCURRED_IN talks in Dolmabahçe Palace -> Dolmabahçe Palace",
		},
	},
	{
		name:      "a minister's one-word portfolio after 'of the' ends the title before the name",
		publisher: "Ministry of Foreign Affairs of Bolivia",
		town:      "La Paz",
		text:      "The Minister of the Presidency, Jerjes Justiniano, met the Minister of Finance, Luis Arce, at the Palacio Quemado.",
		want: []string{
			"ATTENDED Jerjes Justiniano -> meeting of Jerjes Justiniano with Luis Arce in Palacio Quemado",
			"ATTENDED Luis Arce -> meeting of Jerjes Justiniano with Luis Arce in Palacio Quemado",
			"HOLDS_ROLE Jerjes Justiniano -> Bolivia : Minister",
			"HOLDS_ROLE Luis Arce -> Bolivia : Minister of Finance",
			"OCCURRED_IN meeting of Jerjes Justiniano with Luis Arce in Palacio Quemado -> Palacio Quemado",
		},
	},
}

func TestSentences(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractRelease(t, x, tc.publisher, tc.town, tc.text)
			got := facts(ex)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\n got: %s\nwant: %s", tc.text, strings.Join(got, "\n      "), strings.Join(want, "\n      "))
			}
		})
	}
}

// extractRelease extracts body as the text of a short release by publisher
// (the Hauran Civic Council when empty), dated 4 June 2024 in town (no
// town when empty): the frame of every sentence row.
func extractRelease(t *testing.T, x *Extractor, publisher, town, body string) *graph.Extraction {
	t.Helper()
	if publisher == "" {
		publisher = "Hauran Civic Council"
	}
	dateline := "4 June 2024"
	if town != "" {
		dateline = town + ", " + dateline
	}
	text := "Statement\n\nPress release\n" + publisher + "\n" + dateline + "\n\n" + body + "\n"
	ex, err := x.Extract("sentence.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// facts renders an extraction's relations as sentenceCases writes them,
// sorted.
func facts(ex *graph.Extraction) []string {
	byID := names(ex)
	var out []string
	for _, r := range ex.Relations {
		f := fmt.Sprintf("%s %s -> %s", r.Type, byID[r.From].Name, byID[r.To].Name)
		if r.Role != "" {
			f += " : " + r.Role
		}
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// instrumentNameCases are sentences and the names (or aliases) their
// instruments must be known by, which no relation of a sentence row shows;
// not lists names that would be a misreading.
var instrumentNameCases = []struct {
	name string
	text string
	want []string
	not  []string
}{
	{
		name: "a name runs on over 'in Matters of …' after its subject",
		text: "France invoked the Agreement on Cooperation in Matters of Defence, which the two Governments signed in Libreville.",
		want: []string{"Agreement on Cooperation in Matters of Defence"},
		not:  []string{"Agreement on Cooperation in Matters of Defence, which the two Governments signed in Libreville"},
	},
	{
		name: "a name runs on past its sides over 'Establishing …'",
		text: "Today Timor-Leste and Australia signed the Treaty between Australia and the Democratic Republic of Timor-Leste Establishing Their Maritime Boundaries in the Timor Sea.",
		want: []string{"Treaty between Australia and the Democratic Republic of Timor-Leste Establishing Their Maritime Boundaries in the Timor Sea"},
	},
	{
		name: "sides joined by a hyphen or a dash open the name",
		text: "The Soviet-German Non-Aggression Treaty of 1939 was condemned. The two ministers reviewed the Cañas–Jerez Treaty of 1858. " +
			"The Australia–Tuvalu Falepili Union Treaty was signed in Rarotonga.",
		want: []string{"Soviet-German Non-Aggression Treaty", "Cañas–Jerez Treaty", "Australia–Tuvalu Falepili Union Treaty"},
	},
	{
		name: "a name goes on past a place inside its capitalised words, past its last preposition, and over 'and a'",
		text: "The Ministers recalled the ASEAN Declaration on the South China Sea of 1992. The two parties recalled the Statute of the River Uruguay, signed in 1975. " +
			"The Agreement on the Use and Verification of Certificates of Authentication Across the Taiwan Straits was signed in Singapore. " +
			"The Agreement for Social Peace and a New Constitution was signed on 15 November.",
		want: []string{"ASEAN Declaration on the South China Sea", "Statute of the River Uruguay",
			"Agreement on the Use and Verification of Certificates of Authentication Across the Taiwan Straits", "Agreement for Social Peace and a New Constitution"},
	},
	{
		name: "resolutions in lists and by the General Assembly's Roman-numbered sessions",
		text: "The sanctions imposed by resolutions 748 (1992) and 883 (1993) were lifted. " +
			"The parties recalled resolutions 1497 (XV) and 1661 (XVI) of the General Assembly, and General Assembly resolution 1514 (XV).",
		want: []string{"resolution 748 (1992)", "resolution 883 (1993)", "resolution 1497 (XV)", "resolution 1661 (XVI)", "resolution 1514 (XV)"},
		not:  []string{"UN Security Council Resolution 1497", "UN Security Council Resolution 1514"},
	},
	{
		name: "resolutions numbered by session, the Council's keeping its body",
		text: "The Council welcomes resolution 52/26 on Eritrea and recalls Human Rights Council resolution 46/1 and resolution ES-11/1.",
		want: []string{"resolution 52/26", "resolution 46/1", "resolution ES-11/1", "UN Human Rights Council resolution 46/1"},
	},
	{
		name: "instruments named after the body they founded, which the lexicon need not know",
		text: "The leaders acted in the spirit of the Charter of the Caribbean Community and of the Statute of the Council of Europe.",
		want: []string{"Charter of the Caribbean Community", "Statute of the Council of Europe"},
	},
	{
		name: "the full official name the text gives past where the capitalised name stops",
		text: "The Ministry recalls the Declaration on the Principles of Relations between the Kyrgyz Republic and the Republic of Tajikistan. " +
			"Both sides respect the Agreement on the System for Contacts and Meetings between the African Union and the United Nations.",
		want: []string{
			"Declaration on the Principles of Relations between the Kyrgyz Republic and the Republic of Tajikistan",
			"Agreement on the System for Contacts and Meetings between the African Union and the United Nations",
		},
	},
	{
		name: "a full name that goes on with \"among\" or a region after \"in\", not with the town it was made in; a date of the nineteenth century",
		text: "The Assembly urged ratification of the Treaty on Cooperation among the States Members of the Commonwealth of Independent States. " +
			"The attack violates the Convention for the Elimination of Mercenarism in Africa. The parties signed the Agreement on Fisheries in Maputo. " +
			"The border was fixed by the Convention of 20 June 1895.",
		want: []string{
			"Treaty on Cooperation among the States Members of the Commonwealth of Independent States",
			"Convention for the Elimination of Mercenarism in Africa",
			"Agreement on Fisheries",
			"Convention of 20 June 1895",
		},
		not: []string{"Agreement on Fisheries in Maputo", "Convention of 20 June"},
	},
	{
		name: "a full name runs on over \"with respect to\", \"and the …\" and \"in the State of …\" once it has its subject",
		text: "The Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland with respect to the Use of Military Facilities in Malta was signed in London. " +
			"Malta welcomed the Pacific Islands Forum Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise. " +
			"The Agreement for the Return to Classes in the State of Oaxaca guides the talks.",
		want: []string{
			"Agreement between the Government of Malta and the Government of the United Kingdom of Great Britain and Northern Ireland with respect to the Use of Military Facilities in Malta",
			"Pacific Islands Forum Declaration on the Continuity of Statehood and the Protection of Persons in the Face of Climate Change-Related Sea-Level Rise",
			"Agreement for the Return to Classes in the State of Oaxaca",
		},
	},
	{
		name: "a name that goes on to the instrument it serves, and an unnamed instrument's adjective with its sides",
		text: "The two candidates signed the Declaration of Recommitment to the Abuja Accord at the Transcorp Hilton Hotel in Abuja. " +
			"The oath follows the political agreement between the Cambodian People's Party and the Cambodia National Rescue Party, signed on 22 July 2014 in Phnom Penh.",
		want: []string{
			"Declaration of Recommitment to the Abuja Accord",
			"political agreement between the Cambodian People's Party and the Cambodia National Rescue Party",
		},
	},
	{
		name: "a named instrument with its date after \"of\" is known by both forms",
		text: "The delegations recalled the Karonga Accord of 14 March 1981 and the Boundary Treaty of 1891.",
		want: []string{"Karonga Accord", "Karonga Accord of 14 March 1981", "Boundary Treaty", "Boundary Treaty of 1891"},
		not:  []string{"Boundary Treaty of 18"},
	},
	{
		name: "a name's complement runs on over a hyphenated word in lower case",
		text: "Grenada and Barbados signed the Memorandum of Understanding relating to Security and Military Co-operation in Roseau.",
		want: []string{"Memorandum of Understanding relating to Security and Military Co-operation"},
		not:  []string{"Memorandum of Understanding relating to Security and Military Co"},
	},
}

func TestInstrumentNames(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range instrumentNameCases {
		t.Run(tc.name, func(t *testing.T) { checkNames(t, x, graph.Agreement, tc.text, tc.want, tc.not) })
	}
}

// checkNames extracts text and checks that an entity of type typ is named
// or known as each of want, and none as any of not.
func checkNames(t *testing.T, x *Extractor, typ graph.EntityType, text string, want, not []string) {
	t.Helper()
	ex := extractRelease(t, x, "", "", text)
	for _, w := range want {
		if e := entityNamed(ex, typ, w); e == nil {
			t.Errorf("no %s named or known as %q in %v", typ, w, names(ex))
		}
	}
	for _, wrong := range not {
		if e := entityNamed(ex, typ, wrong); e != nil {
			t.Errorf("a %s misread as %q", typ, wrong)
		}
	}
}

// entityNameCases are sentences and the names (or aliases) their bodies
// and places must be known by, which no relation of a sentence row shows.
var entityNameCases = []struct {
	name string
	typ  graph.EntityType
	text string
	want []string
	not  []string // names no entity of the type may have
}{
	{
		name: "the capitalised field after an office's 'for' is no one's name, even before a verb people do",
		typ:  graph.Person,
		text: "The Commissioner for Human Rights met the Ombudsman on 3 May.",
		not:  []string{"Human Rights"},
	},
	{
		name: "a clause after a comma is not the instrument a verb before it signed: 'the agreement signed today, the ceasefire will …'",
		typ:  graph.Agreement,
		text: "Under the agreement signed today, the ceasefire will enter into force on 3 August.",
		not:  []string{"ceasefire of 4 June 2024"},
	},
	{
		name: "a lexicon's town before a site's noun names the site, as a gazetteer's does",
		typ:  graph.Place,
		text: "Gunmen attacked a bus near In Amenas airport on 16 January.",
		want: []string{"In Amenas airport"},
	},
	{
		name: "'Chief' before an office ending in 'Observer' is the office's word, not an honorific before a name",
		typ:  graph.Person,
		text: "The Chief Military Observer, Colonel Ahmad Rashidi, visited the line of control on 3 May.",
		want: []string{"Ahmad Rashidi"},
		not:  []string{"Military Observer"},
	},
	{
		name: "a lower-case word of use between a name and its place noun keeps them one site: bus station, shopping centre, polling station",
		typ:  graph.Place,
		text: "A bomb exploded at the Kencom bus station in Nairobi. The crowd gathered at the Sarit shopping centre.",
		want: []string{"Kencom bus station", "Sarit shopping centre"},
	},
	{
		name: "a given name after any preposition of place opens no person's name",
		typ:  graph.Person,
		text: "Six persons died inside Wat Pathum Wanaram, where they had taken refuge.",
		not:  []string{"Wat Pathum Wanaram"},
	},
	{
		name: "'Executive' heads a body's name: a party's or a union's national executive, a city's",
		typ:  graph.Organization,
		text: "The National Executive of the People's Union for Civil Liberties met in emergency session. The City Executive of Bologna declared a day of mourning.",
		want: []string{"National Executive", "City Executive of Bologna"},
	},
	{
		name: "'Agreed Minutes' and a 'Commitment' are instruments by their head noun",
		typ:  graph.Agreement,
		text: "The two delegations signed the Agreed Minutes on the Restoration of Normal Relations in Phnom Penh. The ministers recalled the Acapulco Commitment to Peace, Development and Democracy.",
		want: []string{"Agreed Minutes on the Restoration of Normal Relations", "Acapulco Commitment to Peace, Development and Democracy"},
	},
	{
		name: "a Thai lineage's 'na' joins the two parts of a name",
		typ:  graph.Person,
		text: "The Minister of Foreign Affairs, Mr Charoonphan Isarangkun na Ayuthaya, took the oath of office.",
		want: []string{"Charoonphan Isarangkun na Ayuthaya"},
		not:  []string{"Charoonphan Isarangkun"},
	},
	{
		name: "an office holder's venue may have more than one word ('the Prime Minister's Official Residence')",
		typ:  graph.Place,
		text: "The two leaders met at the Prime Minister's Official Residence in Tokyo. The envoy was received at the President's Guest House.",
		want: []string{"Prime Minister's Official Residence", "President's Guest House"},
		not:  []string{"Official Residence", "Guest House"},
	},
	{
		name: "a short number after a road's name is the road's ('National Road 2', 'Jalan Diponegoro 58'), a day or a count of people after a venue's is not",
		typ:  graph.Place,
		text: "Troops attacked the party office at Jalan Diponegoro 58. A mine exploded on National Road 2 near Kampot. The talks at the Palacio Quemado 3 May ended. On the Plaza de Mayo 25 people were arrested.",
		want: []string{"Jalan Diponegoro 58", "National Road 2", "Palacio Quemado", "Plaza de Mayo"},
		not:  []string{"Jalan Diponegoro", "National Road", "Palacio Quemado 3", "Plaza de Mayo 25"},
	},
	{
		name: "'los' and 'las' join a name's parts like 'de' ('the Avenida de los Maestros', 'Juan de los Santos')",
		typ:  graph.Place,
		text: "Police fired on teachers on the Avenida de los Maestros, and Juan de los Santos was arrested.",
		want: []string{"Avenida de los Maestros"},
		not:  []string{"Avenida de"},
	},
	{
		name: "a venue named after someone keeps the honorific that opens its name ('the Princess Marina Hospital')",
		typ:  graph.Place,
		text: "The wounded were taken to the Princess Marina Hospital and to the Sri Jayewardenepura General Hospital.",
		want: []string{"Princess Marina Hospital", "Sri Jayewardenepura General Hospital"},
		not:  []string{"Marina Hospital", "Jayewardenepura General Hospital"},
	},
	{
		name: "a place the gazetteer knows with 'and' or a particle inside its name is read whole",
		typ:  graph.Place,
		text: "Two border guards died in Sistan and Baluchestan. Troops moved into San Cristóbal de las Casas.",
		want: []string{"Sistan and Baluchestan", "San Cristóbal de las Casas"},
		not:  []string{"Sistan", "Baluchestan", "San Cristóbal"},
	},
	{
		name: "the capitalised words before a known place and its site noun are the site's name ('the Atlas Cove jetty')",
		typ:  graph.Place,
		text: "Militants attacked the Atlas Cove jetty and the Forcados Bonny terminal. Two men died near Kabul airport.",
		want: []string{"Atlas Cove jetty", "Forcados Bonny terminal", "Kabul airport"},
		not:  []string{"Cove jetty", "Bonny terminal", "Forcados"},
	},
	{
		name: "an armed unit's number opens its name ('the Second Infantry Brigade', 'the 101st Airborne Division'); a committee's does not",
		typ:  graph.Organization,
		text: "Troops of the Second Infantry Brigade and the 101st Airborne Division entered the town. The Second Committee of the Assembly met later.",
		want: []string{"Second Infantry Brigade", "101st Airborne Division"},
		not:  []string{"Infantry Brigade", "Airborne Division", "Second Committee of the Assembly", "Second Committee"},
	},
	{
		name: "a venue's name opened by a room or house of another language keeps its particles ('Sala del Trono', 'Palazzo della Consulta')",
		typ:  graph.Place,
		text: "The Council met in the Sala del Trono of the Palazzo della Consulta in Rome. The ministers then dined at the Villa Madama and at the Casa de Nariño.",
		want: []string{"Sala del Trono", "Palazzo della Consulta", "Villa Madama", "Casa de Nariño"},
		not:  []string{"Sala", "Palazzo"},
	},
	{
		name: "a name before 'campus', 'stadium', 'cemetery' or 'mine', or before 'central prison', is a site's",
		typ:  graph.Place,
		text: "Soldiers beat students on the Kabale campus. Detainees were taken from the Mbarara central prison to the Nakivubo stadium, and the dead were buried at the Kololo cemetery, far from the Kilembe mine.",
		want: []string{"Kabale", "Mbarara", "Nakivubo", "Kololo", "Kilembe"},
	},
	{
		name: "a name before 'informal settlement' or 'squatter settlement' is a town's",
		typ:  graph.Place,
		text: "The police opened fire on strikers near the Nkaneng informal settlement and at the Kibera squatter settlement.",
		want: []string{"Nkaneng", "Kibera"},
	},
	{
		name: "a given name opens a person's name that no title or verb tells",
		typ:  graph.Person,
		text: "Gunmen shot dead two friends, Damien Trainor and Philip Allen, outside a bar; Thomas Mirow spoke to the press.",
		want: []string{"Damien Trainor", "Philip Allen", "Thomas Mirow"},
	},
	{
		name: "a body's head noun in the plural ends no one's name",
		typ:  graph.Person,
		text: "The Collective of Democratic Mass Organisations met in general assembly in Ouagadougou.",
		not:  []string{"Democratic Mass Organisations"},
	},
	{
		name: "a given name opens no name of a thing, a place or a body",
		typ:  graph.Person,
		text: "The gunmen attacked the Leopold Cafe and Nariman House while the Marcos Administration sent troops to El Alto and to Diego Garcia.",
		not:  []string{"Leopold Cafe", "Nariman House", "Marcos Administration", "El Alto", "Diego Garcia"},
	},
	{
		name: "a body's name before a person apposed to its officer is no person",
		typ:  graph.Person,
		text: "The President appointed the Executive Secretary of the Ministry of Justice and Public Security, Ricardo Cappelli, as intervenor.",
		want: []string{"Ricardo Cappelli"},
		not:  []string{"Public Security"},
	},
	{
		name: "a place named with the noun of its kind after it is known by both names",
		typ:  graph.Place,
		text: "Troops fired on strikers in Zhanaozen, in the Mangystau region, and detained forty in Kohlu district.",
		want: []string{"Mangystau", "Mangystau region", "Kohlu", "Kohlu district"},
	},
	{
		name: "a given name before a surname the lexicon knows of another names another of the family",
		typ:  graph.Person,
		text: "The commander of the assault unit, Lieutenant Colonel Yonatan Netanyahu, fell at the terminal building.",
		want: []string{"Yonatan Netanyahu"},
	},
	{
		name: "a body named with its place is known by both names",
		typ:  graph.Organization,
		text: "Mr Lucien Kablan, Advocate-General at the Supreme Court of Côte d'Ivoire, and Mr Jean Habimana, President of the Court of Appeal of Kigali, joined the mission.",
		want: []string{"Supreme Court of Côte d'Ivoire", "Court of Appeal of Kigali"},
	},
	{
		name: "a body named with the body it belongs to is also known by its own name",
		typ:  graph.Organization,
		text: "The Presidium of the Democratic Alliance of Hungarians in Romania met in Târgu Mureș and heard the Politburo of the Central Committee.",
		want: []string{"Presidium of the Democratic Alliance of Hungarians", "Presidium", "Politburo of the Central Committee", "Politburo"},
	},
}

// TestIssuerAcronym checks that a shouted place after a dash in the
// publisher line ("NACIONES UNIDAS – ECUADOR") is read as no acronym of the
// issuer, while a body's acronym there is.
func TestIssuerAcronym(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range []struct{ publisher, acronym string }{
		{"UNITED FRONT OF THE HIGHLAND PEOPLES – UFHP", "UFHP"},
		{"NACIONES UNIDAS – ECUADOR", ""},
	} {
		ex := extractRelease(t, x, tc.publisher, "", "The Border Police burned the villages.")
		var aliases []string
		for _, e := range ex.Entities {
			if e.Type == graph.Organization && strings.HasPrefix(strings.ToUpper(e.Name), tc.publisher[:8]) {
				aliases = e.Aliases
			}
		}
		if got := slices.Contains(aliases, "ECUADOR") || slices.Contains(aliases, "Ecuador"); got {
			t.Errorf("%q: the issuer is known as Ecuador: %v", tc.publisher, aliases)
		}
		if tc.acronym != "" && !slices.Contains(aliases, tc.acronym) {
			t.Errorf("%q: the issuer is not known as %s: %v", tc.publisher, tc.acronym, aliases)
		}
	}
}

func TestEntityNames(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range entityNameCases {
		t.Run(tc.name, func(t *testing.T) { checkNames(t, x, tc.typ, tc.text, tc.want, tc.not) })
	}
}

// documentCases are short releases with a header, and facts their
// extraction must give; noPrefix starts a fact it must not give.
// eventTypeCases are sentences and the eventType of each event they give,
// by the event's name: one row each, where the word that names an event
// has more than one sense.
var eventTypeCases = []struct {
	name string
	text string
	want map[string]string // event name -> eventType
}{
	{
		name: "a strike is the workers' unless a weapon or a target names a blow",
		text: "The dockers began a strike at Mombasa on 3 May. A missile strike hit a school in Kharkiv. The strike of 14 October on a building in Aitou killed nine.",
		want: map[string]string{"strike in Mombasa": "other", "strike in Kharkiv": "attack", "strike in Aitou": "attack"},
	},
	{
		name: "a strike no worker, union or stoppage is told of is a blow",
		text: "Renewed strikes in Ariha killed seven civilians.",
		want: map[string]string{"strikes in Ariha": "attack"},
	},
}

// TestEventTypes checks the eventType of the events of eventTypeCases.
func TestEventTypes(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range eventTypeCases {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractRelease(t, x, "", "", tc.text)
			got := map[string]string{}
			for _, e := range ex.Entities {
				if e.Type == graph.Event {
					got[e.Name] = e.EventType
				}
			}
			for name, typ := range tc.want {
				if got[name] != typ {
					t.Errorf("%s: event %q is %q, want %q (events: %v)", tc.text, name, got[name], typ, got)
				}
			}
		})
	}
}

var documentCases = []struct {
	name     string
	text     string
	want     []string
	noPrefix string
}{
	{
		// "the Minister of the Interior, X" in a human-rights body's text
		// that names no state: the state of its dateline; a province's
		// body's minister is no state's
		name: "a bare minister in a text no state's organ issued is the dateline's state's",
		text: "NATIONAL COORDINATOR FOR HUMAN RIGHTS\n\nLima, 4 November 1991\n\nSTATEMENT\n\n" +
			"The Coordinator asks the Minister of the Interior, General Ruben Castillo, to explain who gave the order to fire.\n",
		want: []string{"HOLDS_ROLE Ruben Castillo -> Peru : Minister of the Interior"},
	},
	{
		name: "a bare minister in a province's body's text is not the state's",
		text: "Government of Quebec\nMinistry of Justice\n\nMontreal, 3 December 1970\n\nSTATEMENT\n\n" +
			"The Minister of Justice, Mr Paul Lanctot, announced that the hostage had been freed.\n",
		noPrefix: "HOLDS_ROLE Paul Lanctot -> Canada",
	},
	{
		// "The Government condemns" under a state's letterhead, in a text
		// that names another government too: the issuer's state's own
		name: "the Government is the issuer's state's government",
		text: "REPUBLIC OF GHANA\n\nGOVERNMENT STATEMENT\n\nAccra, 9 January 2010\n\n" +
			"The Government of the Republic of Ghana informs the nation of the attack suffered yesterday by the national team near Bawku. The Government of Togo has offered its help.\n\n" +
			"The Government condemns the Northern Liberation Front, which has claimed responsibility for this act.\n",
		want: []string{"CONDEMNED Government of Ghana -> Northern Liberation Front"},
	},
	{
		// "the President of the Republic" in a text that names no state:
		// the republic of its dateline
		name: "the President of the Republic is the dateline's state's",
		text: "COORDINATION OF THE VILLAGE COMMITTEES\n\nAlgiers, 3 June 2001\n\nSTATEMENT\n\n" +
			"The conclave rejects the commission of inquiry set up by the President of the Republic, Mr Karim Ferhat, and refuses all dialogue.\n",
		want: []string{"HOLDS_ROLE Karim Ferhat -> Algeria : President"},
	},
	{
		// a call received at a ministry is placed in the town of the
		// release's dateline, and it is not the meeting the release reports
		name: "a call received at the Ministry",
		text: "HELLENIC REPUBLIC\nMINISTRY OF FOREIGN AFFAIRS\nOffice of the Spokesman\n\nAthens, 1 February 1996\n\nANNOUNCEMENT ON THE TALKS\n\n" +
			"The Government Council for Foreign Affairs met at the Maximos Mansion under the chairmanship of the Prime Minister, Mr Kostas Simeon.\n\n" +
			"The Ministry of Foreign Affairs states once again that the islets belong to Greece.\n\n" +
			"The Minister of Foreign Affairs, Mr Theo Pangas, yesterday received at the Ministry the Ambassador of the United States in Athens, Mr Tom Nile.\n",
		want: []string{
			"ATTENDED Theo Pangas -> meeting of Theo Pangas with Tom Nile in Athens",
			"ATTENDED Tom Nile -> meeting of Theo Pangas with Tom Nile in Athens",
			"OCCURRED_IN meeting of Theo Pangas with Tom Nile in Athens -> Athens",
		},
		noPrefix: "ATTENDED Kostas Simeon -> meeting of Theo Pangas", // the call took the reported meeting's attendee
	},
	{
		// a delegation received at a ministry the text names by one word:
		// the call is placed in the dateline's town, with the host and the
		// delegation's leader
		name: "a delegation received at the Ministry",
		text: "MINISTRY OF THE INTERIOR\n\nNouakchott, 28 April 1989\n\nPRESS RELEASE\n\n" +
			"On 27 April 1989, the Minister of the Interior, Colonel Sidi Ould Baba, received at the Ministry a Malian delegation led by " +
			"Mr Oumar Traoré, Minister of Territorial Administration of the Republic of Mali.\n",
		want: []string{
			"ATTENDED Sidi Ould Baba -> meeting of Sidi Ould Baba with Oumar Traoré in Nouakchott",
			"ATTENDED Oumar Traoré -> meeting of Sidi Ould Baba with Oumar Traoré in Nouakchott",
			"OCCURRED_IN meeting of Sidi Ould Baba with Oumar Traoré in Nouakchott -> Nouakchott",
		},
	},
	{
		// a letterhead that puts the state over its ministry: the ministry
		// speaks, for its state, whose president a bare "President X" is
		name: "a state over its ministry in the letterhead",
		text: "REPUBLIC OF TUNISIA\nMINISTRY OF FOREIGN AFFAIRS\nInformation Department\n\nTunis, 2 October 1985\n\nSTATEMENT\n\n" +
			"The Ministry condemns in the strongest terms the Israeli enemy, whose aircraft bombed Hammam Chott on 1 October 1985.\n\n" +
			"The Ministry recalls that President Habib Bourguiba received the Ambassador of the United States the same evening.\n",
		want: []string{
			"CONDEMNED Ministry of Foreign Affairs -> Israel",
			"HOLDS_ROLE Habib Bourguiba -> Tunisia : President",
		},
		noPrefix: "CONDEMNED Tunisia", // the state spoke instead of its ministry
	},
}

func TestDocuments(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range documentCases {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := x.Extract("document.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			got := facts(ex)
			for _, want := range tc.want {
				if !slices.Contains(got, want) {
					t.Errorf("missing %q in:\n%s", want, strings.Join(got, "\n"))
				}
			}
			for _, f := range got {
				if tc.noPrefix != "" && strings.HasPrefix(f, tc.noPrefix) {
					t.Errorf("unwanted fact %q", f)
				}
			}
		})
	}
}

// Talks held by telephone, with no place, are no meeting: no one met. The
// release is a tuning text whose President also met people in Nukus.
func TestRemoteTalksAreNoMeeting(t *testing.T) {
	x := mustExtractor(t)
	b, err := os.ReadFile("testdata/corpus-world-21/14-uzbekistan-president-press-service-nukus-events.txt")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := x.Extract("nukus.txt", b)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range facts(ex) {
		if strings.Contains(f, "with Kassym-Jomart Tokayev") {
			t.Errorf("a telephone call made a meeting: %q", f)
		}
	}
}
