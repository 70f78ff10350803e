package loader

import "testing"

func TestDisplayTitle(t *testing.T) {
	for _, tc := range []struct {
		name, title, body, want string
	}{
		{"small words go lower case, the rest capitalised, accents kept",
			"FINAL COMMUNIQUÉ OF THE EXTRAORDINARY SUMMIT", "The Summit met in Maputo.",
			"Final Communiqué of the Extraordinary Summit"},
		{"a word the body writes in capitals is an acronym and keeps them",
			"COMMUNIQUÉ OF THE SUMMIT OF SADC HEADS OF STATE", "The SADC Summit met in Maputo.",
			"Communiqué of the Summit of SADC Heads of State"},
		{"a word in capitals only on a capitals line of the body (a letterhead) is no acronym",
			"STATEMENT OF THE MINISTRY", "MINISTRY OF FOREIGN AFFAIRS\nThe Ministry condemns the attack.",
			"Statement of the Ministry"},
		{"'No.' and a number stay; a Roman numeral keeps its capitals",
			"COMMUNIQUÉ NO. 6 ON THE XLIII MEETING", "The Council met.",
			"Communiqué No. 6 on the XLIII Meeting"},
		{"the word after a colon opens a title of its own",
			"TO THE PEOPLE OF THE SUDAN: THE NATIONAL CHARTER HAS BEEN SIGNED", "It was signed.",
			"To the People of the Sudan: The National Charter Has Been Signed"},
		{"hyphenated words: each part capitalised, but not after 'co-'",
			"INTER-TOGOLESE DIALOGUE ON MILITARY CO-OPERATION", "The dialogue ended.",
			"Inter-Togolese Dialogue on Military Co-operation"},
		{"a number with letters goes lower case; an apostrophe's s too",
			"THE PEOPLE'S 10TH CONGRESS", "The congress opened.",
			"The People's 10th Congress"},
		{"initials with full stops keep their capitals; a prefix other than co-, re- and pre- opens a name",
			"U.S.-CHINA TALKS AT THE NON-ALIGNED SUMMIT", "The talks ended.",
			"U.S.-China Talks at the Non-Aligned Summit"},
		{"letters before a digit keep their capitals; an ordinal's suffix after one goes lower case; a word after a number's dash is a word",
			"THE G7 DECLARES A 60-DAY TRUCE AT ITS 21ST SUMMIT", "The summit met.",
			"The G7 Declares a 60-Day Truce at its 21st Summit"},
		{"a headline with any lower-case letter is left as written",
			"Statement of the OAU on the Events of 10 June", "The OAU condemns.",
			"Statement of the OAU on the Events of 10 June"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := displayTitle(tc.title, tc.body); got != tc.want {
				t.Errorf("displayTitle(%q) = %q, want %q", tc.title, got, tc.want)
			}
		})
	}
}
