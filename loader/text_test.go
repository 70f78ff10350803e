package loader

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/actorgraph/kg/graph"
)

func TestParseHeader(t *testing.T) {
	tests := []struct {
		name, text                 string
		title, publisher, unit     string
		place, byline              string
		published                  graph.Date
		bodyStartsWith, footerLine string
	}{
		{
			name:      "a body's head noun and what it is of, inside a letterhead's first line, make it the issuer's",
			text:      "Prime Minister's Office of Lesotho\nHome > Media > Statements\n\nSTATEMENT BY THE PRIME MINISTER ON THE FLOODS\n\nMaseru, 5 March 2013\n\nThe Prime Minister announced that the army and the police had opened the roads to the villages cut off by the floods.\n",
			title:     "STATEMENT BY THE PRIME MINISTER ON THE FLOODS",
			publisher: "Prime Minister's Office of Lesotho", place: "Maseru", published: "2013-03-05", bodyStartsWith: "The Prime Minister announced",
		},
		{
			name:      "a web page's labelled date line under the headline is the date, not the headline",
			text:      "Ministry of Water Resources\nHome » News » Press Release\n\nJoint Rivers Commission meets in Dhaka\n\nDate: 25-08-2022\n\nThe Commission met in Dhaka after a gap of twelve years and agreed on the sharing of the waters of the Kushiyara.\n",
			title:     "Joint Rivers Commission meets in Dhaka",
			publisher: "Ministry of Water Resources", published: "2022-08-25", bodyStartsWith: "The Commission met",
		},
		{
			name:      "a date line with its time of day, and a headline given as a letter's subject",
			text:      "Centre for the Resolution of the Emergency\nStatement No. 52\n\nSubject: End of the operation at the market\n\nThursday, 20 May 2010 - 11:45 a.m.\n\nThe Centre met at its headquarters this morning under the chairmanship of the Deputy Prime Minister and reviewed the operation.\n",
			title:     "End of the operation at the market",
			publisher: "Centre for the Resolution of the Emergency", published: "2010-05-20", bodyStartsWith: "The Centre met",
		},
		{
			name:      "a headline that reads as who speaks ('Statement by the Speaker …') is the title when there is no other",
			text:      "Republic of Kiribati\nHouse of Assembly\nOffice of the Speaker\n\nStatement by the Speaker of the House of Assembly on the events in Betio\n\nTarawa, 16 April 2012\n\nThe House of Assembly met today in an emergency sitting at its seat under the chairmanship of the Speaker and condemned the attack.\n",
			title:     "Statement by the Speaker of the House of Assembly on the events in Betio",
			publisher: "Republic of Kiribati", unit: "House of Assembly", place: "Tarawa", published: "2012-04-16", bodyStartsWith: "The House of Assembly met",
		},
		{
			name:      "an issuer's name over a breadcrumb, a headline and a labelled date is the publisher, not the title",
			text:      "Commission on Human Rights and Administrative Justice\nHome / Media Centre / Press Statements\n\nSTATEMENT ON THE PROTESTS IN ACCRA\n\nDate: 26th June 2024\n\nThe Commission is deeply concerned by the deaths of protesters in Accra and calls for an independent investigation into the use of force by the police.\n",
			title:     "STATEMENT ON THE PROTESTS IN ACCRA",
			publisher: "Commission on Human Rights and Administrative Justice", unit: "Home / Media Centre / Press Statements", published: "2024-06-26", bodyStartsWith: "The Commission is deeply",
		},
		{
			name:      "a dateline in another calendar gives the Gregorian date it corresponds to, after it or in brackets",
			text:      "Ministry of Interior\nKingdom of Saudi Arabia\n\nSecurity forces end the siege of the mosque\n\nMecca, 15 Muharram 1400 H, corresponding to 4 December 1979\n\nThe Ministry of Interior announces that the security forces have ended the siege of the Grand Mosque and arrested the last of the gunmen.\n",
			title:     "Security forces end the siege of the mosque",
			publisher: "Ministry of Interior", unit: "Kingdom of Saudi Arabia", place: "Mecca", published: "1979-12-04", bodyStartsWith: "The Ministry of Interior announces",
		},
		{
			name:      "a Gregorian date in brackets after another calendar's",
			text:      "Ministry of Foreign Affairs\nDemocratic Republic of Afghanistan\n\nStatement No. 19\n\nKabul, 25 Hamal 1367 (14 April 1988)\n\nThe Ministry of Foreign Affairs welcomes the signing today in Geneva of the agreements on the settlement of the situation.\n",
			title:     "Statement No. 19",
			publisher: "Ministry of Foreign Affairs", unit: "Democratic Republic of Afghanistan", place: "Kabul", published: "1988-04-14", bodyStartsWith: "The Ministry of Foreign Affairs welcomes",
		},
		{
			name:      "a letterhead in the state's own script over the English one: the English names the issuer",
			text:      "ᏣᎳᎩ ᎠᏰᏟ ᎤᏬᏚᎯ\nTRIBAL COUNCIL OF THE NATION\nOffice of the Speaker\n\nCOUNCIL ADJOURNS\n\nTahlequah, 2 May 1975\n\nThe Council adjourned its session after two days.\n",
			title:     "COUNCIL ADJOURNS",
			publisher: "TRIBAL COUNCIL OF THE NATION", unit: "Office of the Speaker", place: "Tahlequah", published: "1975-05-02", bodyStartsWith: "The Council adjourned",
		},
		{
			name:      "a dateline in Spanish under a genre label in Spanish",
			text:      "FIVE PEOPLE ARRESTED\n\nNota de prensa\nMinisterio del Interior\nGabinete de Prensa\nMadrid, 13 de marzo de 2004\n\nThe police arrested five people in Madrid.\n",
			title:     "FIVE PEOPLE ARRESTED",
			publisher: "Ministerio del Interior", unit: "Gabinete de Prensa", place: "Madrid", published: "2004-03-13", bodyStartsWith: "The police arrested",
		},
		{
			name:  "site stamp then release date",
			text:  "Monday, 12 November 2018 21:07\n\nFinal Communiqué of the Session\n\nPress release\nSyrian Coalition\nGeneral Assembly\nNovember 12, 2018\n\nThe Assembly met.\n\n\nHome press releases Final Communiqué of the Session\n",
			title: "Final Communiqué of the Session", publisher: "Syrian Coalition", unit: "General Assembly",
			published: "2018-11-12", bodyStartsWith: "The Assembly met.", footerLine: "Home press releases",
		},
		{
			name:  "place before the date",
			text:  "Council Condemns the Operation\n\nStatement\nLeague of Arab States\nGeneral Secretariat\nCairo, 12 October 2019\n\nThe Council met.\n",
			title: "Council Condemns the Operation", publisher: "League of Arab States", unit: "General Secretariat",
			published: "2019-10-12", bodyStartsWith: "The Council met.", place: "Cairo",
		},
		{
			name:  "place line in the block",
			text:  "Closing Statement\n\nPress Release\nSyrian Coalition\nGeneral Assembly\nIstanbul\nMarch 11, 2019\n\nMeeting in Istanbul, members spoke.\n\n(Source: Syrian Coalition – Media Department)\n",
			title: "Closing Statement", publisher: "Syrian Coalition", unit: "General Assembly",
			published: "2019-03-11", bodyStartsWith: "Meeting in Istanbul", footerLine: "(Source:",
		},
		{
			name:  "numeric date after the place",
			text:  "Council of Foreign Ministers Concludes Its Meeting\n\nIstanbul, 22/07/2019\n\nThe Council met.\n",
			title: "Council of Foreign Ministers Concludes Its Meeting", published: "2019-07-22", bodyStartsWith: "The Council met.", place: "Istanbul",
		},
		{
			name:  "dateline opening the first paragraph",
			text:  "Summit Ends in Maputo\n\nMAPUTO, 23 June 2021 – The Summit of Heads of State ended today.\n",
			title: "Summit Ends in Maputo", published: "2021-06-23", bodyStartsWith: "MAPUTO, 23 June 2021", place: "Maputo",
		},
		{
			name:  "a byline is no department",
			text:  "Statement on the Incident\n\nUnited Nations\nNew York, 18 August 2023\nStatement issued by Ana Ruiz, the Secretary-General's Spokesperson\n\nThe Secretary-General condemns the assault.\n",
			title: "Statement on the Incident", publisher: "United Nations", place: "New York", published: "2023-08-18",
			byline: "Statement issued by Ana Ruiz, the Secretary-General's Spokesperson", bodyStartsWith: "The Secretary-General",
		},
		{
			name:  "a desk's line with a date names no place",
			text:  "Statement on the Ceasefire\n\nOffice of the Spokesperson, 5 May 2020\n\nThe Secretary-General welcomed the ceasefire.\n",
			title: "Statement on the Ceasefire", published: "2020-05-05", bodyStartsWith: "The Secretary-General",
		},
		{
			name:  "letterhead: issuer and department, number, dateline, then the headline",
			text:  "LAKE BASIN COMMISSION\nExecutive Secretariat\n\nPRESS RELEASE No. 12/24\n\nN'Djamena, 5 August 2024\n\nCOMMISSION WELCOMES THE CEASEFIRE\n\nThe Executive Secretary of the Commission has warmly welcomed the ceasefire agreed yesterday by the parties.\n",
			title: "COMMISSION WELCOMES THE CEASEFIRE", publisher: "LAKE BASIN COMMISSION", unit: "Executive Secretariat",
			published: "2024-08-05", place: "N'Djamena", bodyStartsWith: "The Executive Secretary",
		},
		{
			name:  "a letterhead's address line places a release with no dateline",
			text:  "MINISTRY OF FOREIGN AFFAIRS\nPhra Nakhon Palace, Bangkok\n\nPRESS RELEASE No. 7/2511\n\nTALKS CONCLUDE\n\nThe talks between the two delegations concluded this evening.\n",
			title: "TALKS CONCLUDE", publisher: "MINISTRY OF FOREIGN AFFAIRS", unit: "Phra Nakhon Palace, Bangkok",
			place: "Bangkok", bodyStartsWith: "The talks",
		},
		{
			name:  "a department's name with a comma is no address",
			text:  "MINISTRY OF FOREIGN AFFAIRS\nTrade, Commerce and Integration\n\nPRESS RELEASE No. 7/2511\n\nTALKS CONCLUDE\n\nThe talks between the two delegations concluded this evening.\n",
			title: "TALKS CONCLUDE", publisher: "MINISTRY OF FOREIGN AFFAIRS", unit: "Trade, Commerce and Integration",
			bodyStartsWith: "The talks",
		},
		{
			name:  "letterhead whose first paragraph holds the issuer, its meeting and the dateline",
			text:  "Union of Lake States (ULS)\nExtraordinary Meeting of Heads of State\nKigoma, 15 September 2024\n\nDECLARATION OF KIGOMA\n\nThe Heads of State of the Union of Lake States, meeting in extraordinary session, declare the following.\n",
			title: "DECLARATION OF KIGOMA", publisher: "Union of Lake States (ULS)", unit: "Extraordinary Meeting of Heads of State",
			published: "2024-09-15", place: "Kigoma", bodyStartsWith: "The Heads of State",
		},
		{
			name:  "letterhead with a genre label only, the date in the first paragraph after a slash",
			text:  "Rally for the Republic (RPR)\nPress Release\n\nACCRA, Ghana, 18 August 2003/ The Rally welcomes the agreement signed in Accra today by the parties to the conflict.\n",
			title: "Press Release", publisher: "Rally for the Republic (RPR)",
			published: "2003-08-18", place: "Accra", bodyStartsWith: "ACCRA, Ghana",
		},
		{
			name:  "a dated line first, then the issuer in capitals and the headline",
			text:  "Wednesday, July 15, 2009\n\nMOVEMENT FOR THE RIVER DELTA (MRD)\n\nMRD DECLARES 60-DAY CEASEFIRE\n\nFollowing the release of our leader from detention on Monday, the Movement declares a ceasefire.\n",
			title: "MRD DECLARES 60-DAY CEASEFIRE", publisher: "MOVEMENT FOR THE RIVER DELTA (MRD)",
			published: "2009-07-15", bodyStartsWith: "Following the release",
		},
		{
			name:      "a reference line, a genre label with its date, a long headline in capitals and a salutation",
			text:      "REPUBLIC OF NAMIBIA\nOFFICE OF THE PRESIDENT\n\nRef. OP/99/112\n\nPRESS RELEASE – 3 August 1999\n\nSTATEMENT BY THE PRESIDENT OF THE REPUBLIC OF NAMIBIA ON THE STATE OF EMERGENCY DECLARED IN THE CAPRIVI REGION\n\nTo the people of Namibia:\n\nArmed men attacked the police station at Katima Mulilo yesterday.\n",
			title:     "STATEMENT BY THE PRESIDENT OF THE REPUBLIC OF NAMIBIA ON THE STATE OF EMERGENCY DECLARED IN THE CAPRIVI REGION",
			publisher: "REPUBLIC OF NAMIBIA", unit: "OFFICE OF THE PRESIDENT", published: "1999-08-03", bodyStartsWith: "To the people",
		},
		{
			name:  "a headline over an undated block keeps its title; the letterhead reading gives the date",
			text:  "Council Welcomes the Ceasefire in the North\n\nLagos\n\n4 May 2016\n\nThe Council welcomed the ceasefire agreed yesterday by the parties in Maiduguri.\n",
			title: "Council Welcomes the Ceasefire in the North", published: "2016-05-04", bodyStartsWith: "The Council",
		},
		{
			name:  "a site's name with its office, a breadcrumb and a genre line over the headline",
			text:  "Ministerio de Defensa | Gabinete de Prensa\nInicio > Sala de prensa > Notas\n\nPress Release 12/2004\n\nSpain and Portugal hold talks in Évora\n\n14/03/2004\n\nThe two ministers of defence met today in Évora to review the joint exercises.\n",
			title: "Spain and Portugal hold talks in Évora", publisher: "Ministerio de Defensa", unit: "Gabinete de Prensa",
			published: "2004-03-14", bodyStartsWith: "The two ministers",
		},
		{
			name:  "a breadcrumb under the ministry's name and a date with its time",
			text:  "Ministry of Foreign Affairs of Estonia\nMain > Press centre > News\n\nSTATEMENT of the Ministry of Foreign Affairs of Estonia\n\n03 May 2007, 11:45\n\nThe Ministry condemns the siege of the Embassy of Estonia in Moscow by a crowd.\n",
			title: "STATEMENT of the Ministry of Foreign Affairs of Estonia", publisher: "Ministry of Foreign Affairs of Estonia",
			published: "2007-05-03", bodyStartsWith: "The Ministry condemns",
		},
		{
			name:  "no header block",
			text:  "A Title Alone\n\nThe first paragraph runs on for a while and ends with a full stop.\n",
			title: "A Title Alone", bodyStartsWith: "The first paragraph",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := parseHeader(tt.text)
			if h.title != tt.title || h.publisher != tt.publisher || h.unit != tt.unit || h.published != tt.published || h.place != tt.place {
				t.Errorf("got title %q publisher %q unit %q published %q place %q", h.title, h.publisher, h.unit, h.published, h.place)
			}
			if got := tt.text[h.byline.start:h.byline.end]; got != tt.byline {
				t.Errorf("byline %q, want %q", got, tt.byline)
			}
			if body := strings.TrimSpace(tt.text[h.body:]); !strings.HasPrefix(body, tt.bodyStartsWith) {
				t.Errorf("body starts %q, want %q", body[:min(len(body), 30)], tt.bodyStartsWith)
			}
			footer := strings.TrimSpace(tt.text[h.footer:])
			if tt.footerLine == "" && footer != "" || !strings.HasPrefix(footer, tt.footerLine) {
				t.Errorf("footer %q, want it to start %q", footer, tt.footerLine)
			}
		})
	}
}

// When no header layout dates a text, the date comes from any header line
// other than the title, or from a short line near the end.
func TestLooseDate(t *testing.T) {
	tests := []struct {
		name, text string
		published  graph.Date
	}{
		{"a date inside a line of labels", "Talks resume in Oslo\n\nPress release | Date: 26/08/2016 | No: 097/16\nMinistry of Foreign Affairs\n\nThe talks resumed today in Oslo, with both panels present, and closed late.\n", "2016-08-26"},
		{"day, month and year joined by dashes", "Nigeria: release of the schoolgirls\n\nAbuja/Geneva (ICRC) – 07-05-2017\n\nEighty-two schoolgirls were released yesterday and handed over to the authorities.\n", "2017-05-07"},
		{"a summit of two days is dated by its last", "MERCOSUR\nXLIII Summit — Mendoza, 28 and 29 June 2012\n\nJOINT COMMUNIQUÉ\n\nThe Presidents of the States Parties met in Mendoza and adopted this communiqué.\n", "2012-06-29"},
		{"the date in the title is the event's, the one at the end the release's", "ELECTORAL COMMISSION\n\nRESULTS OF THE ELECTION HELD ON 23 JUNE 2020\n\nThe Commission declared the results of the election this evening at the tally centre.\n\nDone at Blantyre, 27 June 2020\nThe Commission\n", "2020-06-27"},
		{"no date anywhere", "A Title Alone\n\nThe first paragraph runs on for a while and ends with a full stop.\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := parseHeader(tt.text).published; got != tt.published {
				t.Errorf("published %q, want %q", got, tt.published)
			}
		})
	}
}

func TestFindDates(t *testing.T) {
	const pub = graph.Date("2019-03-11") // a Monday
	tests := []struct {
		text     string
		from, to graph.Date
	}{
		{"held its 42nd session in Istanbul on 10-11 November, 2018.", "2018-11-10", "2018-11-11"},
		{"met in Istanbul on 10-11 March for its 38th session", "2019-03-10", "2019-03-11"},
		{"over the weekend of Saturday 9 and Sunday 10 March 2019, the Assembly", "2019-03-09", "2019-03-10"},
		{"reached in Sochi on September 17, 2018 by Turkey", "2018-09-17", "2018-09-17"},
		{"the Geneva Communiqué of 30 June 2012", "2012-06-30", "2012-06-30"},
		{"signed in Sochi on 17 September by", "2019-09-17", "2019-09-17"},
		{"the members met on Wednesday", "2019-03-06", "2019-03-06"},
		{"the airstrike on Monday morning", "2019-03-11", "2019-03-11"},
		{"went to the ballot box on Saturday and Sunday", "2019-03-09", "2019-03-10"},
		{"held on November 10-11, 2018 in Istanbul", "2018-11-10", "2018-11-11"},
		{"Istanbul, 22/07/2019", "2019-07-22", "2019-07-22"},
		{"dated 04.06.2024 in Geneva", "2024-06-04", "2024-06-04"},
		{"issued 07/22/2019 (US order, the day cannot be a month)", "2019-07-22", "2019-07-22"},
		{"on 2023-05-27 the Council", "2023-05-27", "2023-05-27"},
	}
	for _, tt := range tests {
		ds := findDates(tt.text, pub)
		if len(ds) != 1 || ds[0].from != tt.from || ds[0].to != tt.to {
			t.Errorf("findDates(%q) = %+v, want %s..%s", tt.text, ds, tt.from, tt.to)
		}
	}
	for _, text := range []string{"since March 2011", "31 June 2019", "in 2019", "this Wednesday"} {
		if ds := findDates(text, pub); len(ds) != 0 {
			t.Errorf("findDates(%q) = %+v, want none", text, ds)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	text := "Dr. Lina Qassem met Geir O. Pedersen in Geneva. Maj. Gen. Salim Idris spoke at 5 p.m. today! Did he? Yes.\nA line without a stop\nThe U.S. delegation left. The Council adopted resolution CP/RES. 978 (1777/10) today."
	var got []string
	for _, sp := range splitSentences(text, 0, len(text)) {
		got = append(got, text[sp.start:sp.end])
	}
	want := []string{
		"Dr. Lina Qassem met Geir O. Pedersen in Geneva.",
		"Maj. Gen. Salim Idris spoke at 5 p.m. today!",
		"Did he?", "Yes.", "A line without a stop", "The U.S. delegation left.",
		"The Council adopted resolution CP/RES. 978 (1777/10) today.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestTokenize(t *testing.T) {
	text := "The Coalition’s President, Nasr al-Hariri, met Hay'at Tahrir al-Sham in Ma'arat al-Nu'man (U.S. view)."
	var got []string
	for _, tk := range tokenize(text, 0, len(text)) {
		got = append(got, tk.norm)
	}
	want := strings.Fields("the coalition 's president , nasr al hariri , met hayat tahrir al sham in maarat al numan ( us view ) .")
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// The dateline's place is a place of the document even when no sentence
// names it; a name no gazetteer knows is a city, and a state's name is left
// to the sentences.
func TestDatelinePlace(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		dateline  string
		name, typ string // the Place expected, "" for none
	}{
		{"ADDIS ABABA, 10 September 2021", "Addis Ababa", "city"},
		{"Qaryat Zubaydah, 2 March 2021", "Qaryat Zubaydah", "city"},
		{"Kuwait, 5 May 2020", "", ""},
		{"Tuesday, 5 May 2020", "", ""},
		{"The Hague, Saturday 11 June 1977", "The Hague", "city"}, // the weekday after the place
		{"Madrid, 13 de marzo de 2004", "Madrid", "city"},         // a date in Spanish
		{"Paris, le 12 mai 1968", "Paris", "city"},                // in French
	}
	for _, tt := range tests {
		t.Run(tt.dateline, func(t *testing.T) {
			text := "Statement on the Talks\n\nPress release\nHauran Civic Council\n" + tt.dateline + "\n\nThe Council welcomed the talks.\n"
			ex, err := x.Extract("dateline.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			var places []string
			for _, e := range ex.Entities {
				if e.Type == graph.Place {
					places = append(places, e.Name+" "+e.PlaceType)
				}
			}
			var want []string
			if tt.name != "" {
				want = []string{tt.name + " " + tt.typ}
			}
			if !reflect.DeepEqual(places, want) {
				t.Errorf("places %q, want %q", places, want)
			}
		})
	}
}

// A bare head-of-state title takes the state the headline names when the
// text names that state more than any other, even if not three times.
func TestBareTitleTakesTheHeadlineState(t *testing.T) {
	x := mustExtractor(t)
	body := "\n\nCommuniqué\nEast African Community\n14 May 2015\n\n" +
		"The Summit met in Dar es Salaam, Tanzania, on the crisis in Burundi. " +
		"It noted the protests against the candidacy of President Pierre Nkurunziza. " +
		"It urged all parties to exercise restraint.\n"
	tests := []struct{ title, want string }{
		{"Emergency Summit on the Situation in Burundi", "HOLDS_ROLE Pierre Nkurunziza -> Burundi : President"},
		{"Emergency Summit on Burundi and Tanzania", ""},
		{"Emergency Summit of the Community", ""},
	}
	for _, tt := range tests {
		ex, err := x.Extract("summit.txt", []byte(tt.title+body))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range facts(ex) {
			if strings.HasPrefix(f, "HOLDS_ROLE Pierre Nkurunziza") {
				got = f
			}
		}
		if got != tt.want {
			t.Errorf("title %q: got %q, want %q", tt.title, got, tt.want)
		}
	}
}

// A region the lexicon knows, inside a longer capitalised name, is that
// name's word: "Darfur Regional Authority" is a body, not Darfur; "North
// Kivu" is the gazetteer's province, not Kivu.
func TestRegionInsideLongerName(t *testing.T) {
	x := mustExtractor(t)
	ex := extractRelease(t, x, "", "", "The Council thanks the Darfur Regional Authority and the displaced in North Kivu, and recalls the crisis in Darfur.")
	got := typedNames(ex, graph.Place, graph.Organization)
	want := []string{"Organization Darfur Regional Authority", "Organization Hauran Civic Council", "Place Darfur", "Place North Kivu"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestPlainPhraseAgreesWithTokenizing checks normPhrase's short way against
// the tokenizer's, which stays the definition of a name's key.
func TestPlainPhraseAgreesWithTokenizing(t *testing.T) {
	for _, s := range []string{
		"", " ", "UN", "united nations", "United  Nations ", " Security Council", "G7 Summit 2019",
		"the 1,156th meeting", "Côte d'Ivoire", "U.N. Mission", "Al-Shabaab", "Sudan’s Army", "A&B",
	} {
		toks := tokenize(s, 0, len(s))
		var parts []string
		for _, t := range toks {
			if t.word || t.norm == "'s" || t.norm == "&" {
				parts = append(parts, t.norm)
			}
		}
		want := strings.Join(parts, " ")
		if got := normPhrase(s); got != want {
			t.Errorf("normPhrase(%q) = %q, tokenizing gives %q", s, got, want)
		}
		if _, ok := plainPhrase(s); ok != !strings.ContainsAny(s, ",'’.-&") {
			t.Errorf("plainPhrase(%q) took the short way: %v", s, ok)
		}
	}
}

// A city named with its country's name ("Port of Spain", "Panama City")
// names no state: the state read first inside it is dropped, unless another
// mention names it.
func TestCityNamedWithCountryNamesNoState(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The Prime Minister arrived in Port of Spain and then in Panama City.", []string{"Place Panama City", "Place Port of Spain"}},
		{"The Prime Minister arrived in Panama City and thanked the people of Panama.", []string{"Place Panama City", "State Panama"}},
	} {
		got := typedNames(extractRelease(t, x, "", "", tc.text), graph.Place, graph.State)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s\ngot  %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// A calling before an unknown name makes it a person's and is not part of
// it: "the French citizen Jules Régis Debray", "the nun Dorothy Stang".
func TestCallingBeforeNameMakesPerson(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range []struct{ text, want string }{
		{"The French citizen Jules Régis Debray was tried at Camiri.", "Person Jules Régis Debray"},
		{"The nun Dorothy Stang was shot dead in Anapu.", "Person Dorothy Stang"},
		{"The Council mourned the priest Rutilio Grande.", "Person Rutilio Grande"},
	} {
		got := typedNames(extractRelease(t, x, "", "", tc.text), graph.Person)
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%s\ngot persons %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A body's name in another language opens with its head noun, the
// adjectives after it: "Partido Liberal Radical Auténtico", "Junta
// Directiva". No list knows these.
func TestLeadingHeadNounMakesBody(t *testing.T) {
	x := mustExtractor(t)
	ex := extractRelease(t, x, "", "", "The Partido Liberal Radical Auténtico and the Unión Cívica Radical met the Junta Directiva. The Movimiento Semilla and the Coordinadora Democrática spoke.")
	got := typedNames(ex, graph.Organization)
	want := []string{"Organization Coordinadora Democrática", "Organization Hauran Civic Council", "Organization Junta Directiva", // and the release's issuer
		"Organization Movimiento Semilla", "Organization Partido Liberal Radical Auténtico", "Organization Unión Cívica Radical"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// typedNames is "Type Name" of each entity of the given types, sorted.
func typedNames(ex *graph.Extraction, types ...graph.EntityType) []string {
	var got []string
	for _, e := range ex.Entities {
		if slices.Contains(types, e.Type) {
			got = append(got, string(e.Type)+" "+e.Name)
		}
	}
	slices.Sort(got)
	return got
}
