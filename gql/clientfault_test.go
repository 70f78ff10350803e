package gql_test

import (
	"strings"
	"testing"

	"github.com/actorgraph/kg/gql"
)

// TestMutation_ClientFaults checks that texts whose faults are the
// client's (issue 12) are stored after their line endings and stray control
// characters are cleaned, or failed as BAD_USER_INPUT with the reason,
// never INTERNAL.
func TestMutation_ClientFaults(t *testing.T) {
	srv := MustServe(t, MustOpenStore(t), gql.Options{APIToken: apiToken, Extractor: mustExtractor(t)})
	body := "The Test Council condemns the Assad regime. Its president, Amal Haddad, spoke in Gaziantep."
	lines := []string{"Monday, 23 November 2020", "", councilTitle, "", body, ""}
	for _, tc := range []struct {
		name, text string
		// code is the ingest result's errorCode, "" for a stored document;
		// message what its error says.
		code, message string
	}{
		{"CR", strings.Join(lines, "\r"), "", ""},
		{"CRLF", strings.Join(lines, "\r\n"), "", ""},
		{"LineSeparator", strings.Join(lines, "\u2028"), "", ""},
		{"ParagraphSeparator", strings.Join(lines, "\u2029"), "", ""},
		{"FormFeed", strings.Join(lines, "\f\n"), "", ""},
		{"ControlInName", strings.Join([]string{lines[0], "", councilTitle, "", strings.Replace(body, "Amal Haddad", "Amal\x0bHaddad", 1), ""}, "\n"), "", ""},
		{"TitleTooLong", "Monday, 23 November 2020\n\n" + strings.Repeat("A very long title ", 200) + "\n\n" + body + "\n", "BAD_USER_INPUT", "title line is 3599 bytes long"},
		{"NoLineBreaks", strings.Repeat("The Test Council condemns the Assad regime. ", 100), "BAD_USER_INPUT", "title line is"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := postAuth(t, srv, "Bearer "+apiToken, ingestMutation, map[string]any{"docs": []any{map[string]any{"text": tc.text}}})
			res := ingestResults(t, r)
			if len(res) != 1 {
				t.Fatalf("results %+v", res)
			}
			got := res[0]
			if tc.code == "" {
				if got.Status == "FAILED" {
					t.Fatalf("failed: %s (%s), want stored", *got.Error, *got.ErrorCode)
				}
				// The cleaned text gives the same document and facts as
				// the plain one.
				if *got.DocumentID != "document:2020-11-23-a-statement-of-the-test-council-on-the-ceasefire" || *got.RelationCount == 0 {
					t.Errorf("stored %s with %d relations", *got.DocumentID, *got.RelationCount)
				}
				return
			}
			if got.Status != "FAILED" || *got.ErrorCode != tc.code || !contains(*got.Error, tc.message) {
				t.Errorf("result %s %v %v, want %s saying %q", got.Status, deref(got.ErrorCode), deref(got.Error), tc.code, tc.message)
			}
		})
	}
}
