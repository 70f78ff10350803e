package loader

import "testing"

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"Plain", "Title\n\nBody.\n", "Title\n\nBody.\n"},
		{"Tab", "Title\n\n\tBody.\n", "Title\n\n\tBody.\n"},
		{"CRLF", "Title\r\n\r\nBody.\r\n", "Title\n\nBody.\n"},
		{"CR", "Title\r\rBody.\r", "Title\n\nBody.\n"},
		{"LineSeparator", "Title\u2028\u2028Body.", "Title\n\nBody."},
		{"ParagraphSeparator", "Title\u2029Body.", "Title\n\nBody."},
		{"FormFeed", "Title\n\fBody.", "Title\n\nBody."},
		{"ControlInName", "Amal\vHaddad and Ali\x1bHassan\x7f", "Amal Haddad and Ali Hassan "},
		{"OtherNonASCII", "Çavuşoğlu – “Geneva”", "Çavuşoğlu – “Geneva”"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := normalize(tc.in); got != tc.want {
				t.Errorf("normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
