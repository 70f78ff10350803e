package main

import (
	"io"
	"strings"
	"testing"
)

// TestCanon reads one answer of each question as each system words it:
// the same facts in other orders and shapes must give one canonical form,
// and another role must not.
func TestCanon(t *testing.T) {
	cases := []struct {
		q       string
		answers map[string]string // system kind → raw answer
		other   string            // a kg answer that differs
	}{
		{"Q1", map[string]string{
			"kg": `{"data":{"person":{"name":"Lina Haddad","roles":[{"role":"Chair","organization":{"name":"Harbour League"}},
				{"role":"Envoy","organization":{"name":"Northland"}}]}}}`,
			"peer": `{"data":{"people":[{"name":"Lina Haddad","rolesConnection":{"edges":[
				{"properties":{"role":"Envoy"},"node":{"at":[{"name":"Northland"}]}},
				{"properties":{"role":"Chair"},"node":{"at":[{"name":"Harbour League"}]}}]}}]}}`,
			"cypher": `[{"name":"Lina Haddad","roles":[{"role":"Envoy","organization":"Northland"},{"role":"Chair","organization":"Harbour League"}]}]`,
		}, `{"data":{"person":{"name":"Lina Haddad","roles":[{"role":"Vice-Chair","organization":{"name":"Harbour League"}},
				{"role":"Envoy","organization":{"name":"Northland"}}]}}}`},
		{"Q2", map[string]string{
			"kg": `{"data":{"organization":{"meetings":[{"session":3,"start":"2020-01-02","attendees":[
				{"name":"Northland"},{"name":"Lina Haddad","roles":[{"role":"Chair","organization":{"name":"Harbour League"}}]}]},
				{"session":null,"start":null,"attendees":[]}]}}}`,
			"peer": `{"data":{"organizations":[{"meetings":[{"session":null,"start":null,"attendees":[]},
				{"session":3,"start":"2020-01-02","attendees":[{"name":"Lina Haddad","rolesConnection":{"edges":[
				{"properties":{"role":"Chair"},"node":{"at":[{"name":"Harbour League"}]}}]}},{"name":"Northland"}]}]}]}}`,
			"cypher": `[{"meetings":[{"session":3,"start":"2020-01-02","attendees":[{"name":"Lina Haddad","roles":[
				{"role":"Chair","organization":"Harbour League"}]},{"name":"Northland","roles":[]}]},{"session":null,"start":null,"attendees":[]}]}]`,
		}, `{"data":{"organization":{"meetings":[{"session":4,"start":"2020-01-02","attendees":[{"name":"Northland"}]}]}}}`},
		{"Q3", map[string]string{
			"kg":     `{"data":{"people":[{"name":"Amal Kassem","roles":[]},{"name":"Lina Haddad","roles":[{"role":"Chair","organization":{"name":"Harbour League"}}]}]}}`,
			"peer":   `{"data":{"people":[{"name":"Lina Haddad","rolesConnection":{"edges":[{"properties":{"role":"Chair"},"node":{"at":[{"name":"Harbour League"}]}}]}},{"name":"Amal Kassem","rolesConnection":{"edges":[]}}]}}`,
			"cypher": `[{"people":[{"name":"Amal Kassem","roles":[]},{"name":"Lina Haddad","roles":[{"role":"Chair","organization":"Harbour League"}]}]}]`,
		}, `{"data":{"people":[{"name":"Amal Kassem","roles":[]}]}}`},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			want, err := canon("kg", c.q, []byte(c.answers["kg"]))
			if err != nil {
				t.Fatal(err)
			}
			for _, sys := range []string{"peer", "cypher"} {
				got, err := canon(sys, c.q, []byte(c.answers[sys]))
				if err != nil || got != want {
					t.Errorf("%s's answer reads as %s, %v; kg's as %s", sys, got, err, want)
				}
			}
			if other, err := canon("kg", c.q, []byte(c.other)); err != nil || other == want {
				t.Errorf("a different answer reads as %s, %v: the same as %s", other, err, want)
			}
		})
	}
	if _, err := canon("kg", "Q1", []byte(`{"errors":[{"message":"no person named \"X\""}],"data":{"person":null}}`)); err == nil ||
		!strings.Contains(err.Error(), "no person named") {
		t.Errorf("an answer with errors reads without the error: %v", err)
	}
}

func TestParsePeerFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--clients", "1,x"}, `--clients: "x" is not a positive count`},
		{[]string{"--docs", "0"}, "must be positive"},
		{[]string{"extra"}, "unexpected arguments"},
	} {
		if _, err := parsePeerFlags(c.args, io.Discard); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("parsePeerFlags(%q) = %v, want an error with %q", c.args, err, c.want)
		}
	}
	c, err := parsePeerFlags(nil, io.Discard)
	if err != nil || c.docs != 3000 || len(c.clients) != 2 || c.clients[1] != 8 {
		t.Errorf("defaults: %+v, %v; want 3000 communiqués and clients 1 and 8", c, err)
	}
}
