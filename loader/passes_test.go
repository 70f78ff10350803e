package loader

import (
	"os"
	"strings"
	"testing"
)

// TestMain checks, in every test of the package, that each pass reads and
// writes only the slots it declares.
func TestMain(m *testing.M) {
	checkSlots = true
	os.Exit(m.Run())
}

// TestPasses_SlotsWrittenBeforeRead: a pass reads only what it or an
// earlier pass writes, so the table's order is the order of the data.
func TestPasses_SlotsWrittenBeforeRead(t *testing.T) {
	var written slot
	for _, p := range passes {
		written |= p.writes
		for k := slot(1); k < 1<<slotCount; k <<= 1 {
			if p.reads&k != 0 && written&k == 0 {
				t.Errorf("pass %q reads the %s, which no pass before it writes", p.name, k)
			}
		}
		if (p.once == nil) == (len(p.each) == 0) {
			t.Errorf("pass %q: want either a document step or sentence steps", p.name)
		}
	}
}

// TestPasses_UndeclaredSlotPanics: the check that keeps the table honest
// does fire.
func TestPasses_UndeclaredSlotPanics(t *testing.T) {
	d := &doc{pass: &pass{name: "test", reads: slotIssuer}}
	d.issuer() // declared: fine
	for name, f := range map[string]func(){
		"read":  func() { d.mainMeeting() },
		"write": func() { d.setSlot(slotIssuer, nil) },
	} {
		func() {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(r.(string), `pass "test"`) {
					t.Errorf("%s of an undeclared slot: recovered %v, want a panic naming the pass", name, r)
				}
			}()
			f()
		}()
	}
}
