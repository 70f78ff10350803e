package synth

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/actorgraph/kg/graph"
)

// composer writes one document. It keeps what the document has said so far,
// so that a person is introduced with a role once and named shortly after,
// as communiqués do.
type composer struct {
	w     *world
	r     *rand.Rand
	b     *body
	pub   time.Time
	apos  string // the document's apostrophe, ’ or '
	title string
	paras []string
	named map[*person]bool
	// meeting is set for reports of a meeting, whose paragraphs speak of
	// "members"; statements speak in the body's own name.
	meeting bool
	// blameOnly keeps condemn and denounce verbs out of the document.
	blameOnly bool
}

// kinds of document, each a function that sets the title and the main
// paragraphs and returns false when the body cannot issue it on that day.
var kinds = []func(c *composer) bool{
	(*composer).sessionDoc,
	(*composer).sessionDoc,
	(*composer).committeeDoc,
	(*composer).condemnDoc,
	(*composer).condemnDoc,
	(*composer).blameDoc,
	(*composer).meetingDoc,
}

// compose writes a document of a random kind by a body that existed on a
// random day of the span, or returns false to ask for another draw.
func (c *composer) compose() bool {
	c.pub = firstDay.AddDate(0, 0, c.r.Intn(int(lastDay.Sub(firstDay).Hours()/24)+1))
	c.b = pick(c.r, c.w.bodies)
	if c.b.founded > c.pub.Year() {
		return false
	}
	c.apos = "’"
	if c.r.Intn(3) == 0 {
		c.apos = "'"
	}
	c.named = map[*person]bool{}
	c.title, c.paras, c.meeting, c.blameOnly = "", nil, false, false
	return pick(c.r, kinds)(c)
}

// sessionDoc is the final communiqué of a numbered session of the body's
// assembly; the session decides the date.
func (c *composer) sessionDoc() bool {
	if len(c.b.sessions) == 0 {
		return false
	}
	var s *session
	for i := range c.b.sessions {
		if !c.b.sessions[i].end.Before(c.pub) {
			s = &c.b.sessions[i]
			break
		}
	}
	if s == nil || s.end.AddDate(0, 0, 2).After(lastDay) {
		return false
	}
	c.meeting = true
	c.pub = s.end.AddDate(0, 0, 1+c.r.Intn(2))
	leader, previous := c.b.leader.at(s.start)
	asm := c.b.assembly
	if s.elects && previous != nil && c.r.Intn(2) == 0 {
		c.title = fmt.Sprintf("%s %s Elects %s as %s", c.poss(c.b.name), asm, leader.name(), capFirst(c.b.leader.title))
	} else {
		c.title = fmt.Sprintf(pick(c.r, []string{
			"Final Communiqué of the %[1]s Session of the %[2]s %[3]s",
			"Closing Statement of the %[1]s Session of the %[2]s %[3]s",
			"%[2]s %[3]s Concludes Its %[1]s Session in %[4]s",
			"Final Statement of the %[1]s Meeting of the %[2]s %[3]s",
		}), graph.Ordinal(s.n), c.poss(c.b.name), asm, s.city)
	}
	when := c.dateRange(s.start, s.end)
	c.add(pick(c.r, []string{
		fmt.Sprintf("The %s of the %s held its %s session in %s on %s. %s", asm, c.b.name, graph.Ordinal(s.n), s.city, when, c.sessionPurpose()),
		fmt.Sprintf("Meeting in %s on %s, the %s of the %s held its %s session. %s", s.city, when, asm, c.b.name, graph.Ordinal(s.n), c.sessionPurpose()),
		fmt.Sprintf("Members of the %s %s gathered in %s on %s for the %s session of the %s. %s", c.poss(c.b.name), asm, s.city, when, graph.Ordinal(s.n), asm, c.sessionPurpose()),
	}))
	if s.elects && previous != nil {
		c.named[previous] = true
		c.add(fmt.Sprintf("In the vote held on %s, %s was elected %s of the %s, succeeding %s, whose term had ended. %s",
			s.end.Weekday(), leader.name(), c.b.leader.title, c.b.name, previous.name(),
			pick(c.r, []string{
				"The outgoing presidential body was thanked for its work during a difficult year.",
				"Members also voted for the other seats of the presidential body.",
				"The results were announced at the close of the second day.",
			})))
		c.named[leader] = true
		c.add(fmt.Sprintf("In a first address to the %s, %s pledged to %s and to keep %s at the top of the agenda.",
			asm, c.short(leader, c.b.leader), pick(c.r, []string{
				"widen the participation of young people in the work of " + c.b.short,
				"move more of the work of " + c.b.short + " inside Syria",
				"strengthen the ties between " + c.b.short + " and the local councils",
			}), pick(c.r, topics)))
	} else {
		c.add(fmt.Sprintf("%s gave the opening address, reviewing the work done since the %s session and the contacts held with %s.",
			capFirst(c.mention(leader, c.b.leader, c.b.name)), graph.Ordinal(max(s.n-1, 1)), pick(c.r, []string{
				"friendly states", "the United Nations", "the guarantor states", "donor countries",
			})))
	}
	return true
}

func (c *composer) sessionPurpose() string {
	return pick(c.r, []string{
		fmt.Sprintf("The agenda was dominated by %s and by %s.", pick(c.r, topics), pick(c.r, topics)),
		fmt.Sprintf("Members devoted much of the session to %s.", pick(c.r, topics)),
		fmt.Sprintf("The session opened with a minute of silence for the victims of the bombing of %s.", c.town().name),
	})
}

// committeeDoc is the report of a committee meeting between sessions.
func (c *composer) committeeDoc() bool {
	if c.b.committee == "" {
		return false
	}
	c.meeting = true
	met := c.pub.AddDate(0, 0, -c.r.Intn(4))
	city := c.b.home
	if c.r.Intn(3) == 0 {
		city = pick(c.r, meetingCities[:4])
	}
	topic := pick(c.r, topics)
	c.title = fmt.Sprintf("%s %s Discusses %s at Its Meeting in %s", c.b.name, title(c.b.committee), title(topic), city)
	leader, _ := c.b.leader.at(met)
	c.add(fmt.Sprintf("The %s of the %s held its periodic meeting in %s %s, chaired by %s to discuss %s.",
		c.b.committee, c.b.name, city, c.onDay(met), c.mention(leader, c.b.leader, c.b.name), topic))
	if c.b.deputy != nil {
		deputy, _ := c.b.deputy.at(met)
		c.add(fmt.Sprintf("%s presented a report on %s and on the contacts held with %s over the past weeks.",
			capFirst(c.mention(deputy, c.b.deputy, c.b.name)), pick(c.r, topics), pick(c.r, []string{
				"relief organisations", "the local councils", "the guarantor states", "UN agencies",
			})))
	}
	return true
}

// condemnDoc is a statement that condemns a party for an attack on a town.
func (c *composer) condemnDoc() bool {
	t := c.town()
	when := c.pub.AddDate(0, 0, -c.r.Intn(4))
	perp, weapons := c.perpetrator()
	noun, adj := perpTitles(perp)
	weapon, target := pick(c.r, weapons), pick(c.r, targets)
	verb := pick(c.r, []string{"condemns", "strongly condemns", "denounces", "firmly condemns"})
	c.title = fmt.Sprintf(pick(c.r, []string{
		"%[1]s Condemns %[2]s for Massacre in %[4]s",
		"%[1]s Denounces %[3]s Attack on %[4]s",
		"%[1]s Condemns the Bombing of %[4]s by %[2]s",
	}), c.b.name, noun, adj, t.name)
	c.add(fmt.Sprintf("The %s %s %s for the attack with %s that struck %s in the town of %s, in the %s countryside of %s, %s, killing %d civilians and wounding %s more.",
		c.b.name, verb, perp, weapon, target, t.name, pick(c.r, []string{"northern", "southern", "eastern", "western"}), t.province,
		c.onDay(when), 3+c.r.Intn(40), pick(c.r, []string{"dozens", "scores", "many"})))
	c.add(fmt.Sprintf("According to the civil defence teams who worked through the night, %s The toll is expected to rise, as several of the wounded are in a critical condition and families are still searching for the missing.",
		pick(c.r, []string{
			"most of the victims were women and children.",
			"the strike came at the busiest hour of the day.",
			"a second strike hit the rescuers who arrived at the scene.",
			"the attack destroyed the only medical point in the area.",
		})))
	if a := c.w.recent(when, "memorandum", 1); len(a) > 0 {
		c.add(fmt.Sprintf("%s considers the attack a flagrant breach of %s, and calls on the guarantors to put an end to these violations.",
			capFirst(c.b.short), c.describe(a[0])))
	}
	if c.r.Intn(2) == 0 {
		other, _ := c.perpetrator()
		c.add(fmt.Sprintf("%s reiterates its condemnation of %s, whose crimes against civilians have gone unpunished for years.",
			capFirst(c.b.short), other))
	}
	return true
}

// blameDoc holds a party responsible without any condemn verb, the case the
// extraction must not read as a condemnation.
func (c *composer) blameDoc() bool {
	c.blameOnly = true
	t := c.town()
	perp, _ := c.perpetrator()
	noun, _ := perpTitles(perp)
	what := pick(c.r, []struct{ noun, prep string }{
		{"Shelling", "of"}, {"Displacement", "from"}, {"Siege", "of"}, {"Bombardment", "of"},
	})
	c.title = fmt.Sprintf("%s Holds %s Responsible for the %s %s %s", c.b.name, noun, what.noun, what.prep, t.name)
	c.add(fmt.Sprintf("The %s holds %s fully responsible for the %s %s %s, in the countryside of %s, which has gone on %s and has forced hundreds of families to leave their homes.",
		c.b.name, perp, strings.ToLower(what.noun), what.prep, t.name, t.province, pick(c.r, []string{
			"for more than a week", "since the start of the month", "for several days", "without pause",
		})))
	c.add(fmt.Sprintf("%s calls on the international community to act before the situation in %s deteriorates further, and warns that silence only encourages %s to continue.",
		capFirst(c.b.short), t.name, perp))
	return true
}

// meetingDoc reports the body's head meeting a foreign minister.
func (c *composer) meetingDoc() bool {
	st := pick(c.r, c.w.states)
	city := pick(c.r, []string{st.capital, c.b.home, "Istanbul", "Geneva"})
	met := c.pub.AddDate(0, 0, -c.r.Intn(3))
	leader, _ := c.b.leader.at(met)
	fm, _ := st.foreignMinister.at(met)
	c.title = fmt.Sprintf("%s %s Meets %s %s %s in %s", c.b.name, capFirst(c.b.leader.title), st.adjective, st.fmTitle, fm.family, city)
	c.add(fmt.Sprintf("%s met %s in %s with %s to discuss %s and %s.",
		capFirst(c.mention(leader, c.b.leader, c.b.name)), c.onDay(met), city, c.stateMention(fm, st, st.foreignMinister),
		pick(c.r, topics), pick(c.r, topics)))
	c.add(fmt.Sprintf("%s reaffirmed %s support for a political solution and said that %s would keep working with its partners to %s.",
		capFirst(c.short(fm, st.foreignMinister)), c.poss(st.name), st.name, pick(c.r, []string{
			"protect civilians", "secure the release of detainees", "keep humanitarian aid flowing", "revive the negotiations",
		})))
	return true
}

// fillers are the paragraphs that bring a document to its length: the
// reviews, briefings and appeals that fill the middle of a communiqué. A
// filler returns "" when it has nothing to say for the document.
var fillers = []func(c *composer) string{
	func(c *composer) string {
		k := pick(c.r, c.w.camps)
		return fmt.Sprintf("%s reviewed the situation in %s, in %s province, where %s families %s. %s called on %s to increase their support before %s.",
			c.who(), k.name, k.province, thousands(300+c.r.Intn(4000)), pick(c.r, []string{
				"live in worn-out tents", "lack clean water and heating", "have received no aid for weeks", "face the winter without fuel",
			}), c.they(), pick(c.r, []string{"donor countries", "UN agencies", "relief organisations", "friendly states"}),
			pick(c.r, []string{"the winter sets in", "the rains begin", "the summer heat arrives", "disease spreads"}))
	},
	func(c *composer) string {
		return fmt.Sprintf("%s renewed its call for the release of the detainees held in the regime%s prisons, and asked the United Nations to secure at least the disclosure of the fate of the missing. It stressed that %s cannot be postponed until the end of the negotiations.",
			capFirst(c.b.short), c.apos+"s", pick(c.r, []string{"this humanitarian file", "the detainees file", "the fate of the disappeared"}))
	},
	func(c *composer) string {
		rs := c.w.recent(c.pub, "resolution", 2)
		if len(rs) == 0 {
			return ""
		}
		envoy, _ := c.w.envoy.at(c.pub)
		return fmt.Sprintf("On the political track, %s stressed that any settlement must be based on %s, and reviewed the latest contacts with %s on the next round of talks. %s",
			c.whoLower(), c.describe(rs[0]), c.envoyMention(envoy), pick(c.r, []string{
				c.they() + " rejected any process that would bypass the United Nations.",
				c.they() + " insisted on a clear timetable for the negotiations.",
				c.they() + " warned against attempts to reduce the process to a constitutional exercise.",
			}))
	},
	func(c *composer) string {
		as := c.w.recent(c.pub, "ceasefire", 1)
		if len(as) == 0 {
			return ""
		}
		return fmt.Sprintf("%s noted that %s has been violated repeatedly, and that the shelling of %s and %s has not stopped. %s called on the guarantors to establish a mechanism to monitor violations and to hold those responsible to account.",
			c.who(), c.describe(as[0]), c.town().name, c.town().name, c.they())
	},
	func(c *composer) string {
		st := pick(c.r, c.w.states)
		fm, _ := st.foreignMinister.at(c.pub)
		leader, _ := c.b.leader.at(c.pub)
		if c.meeting {
			return fmt.Sprintf("%s briefed members on the talks held in %s with %s about %s.",
				capFirst(c.mention(leader, c.b.leader, c.b.name)), st.capital, c.stateMention(fm, st, st.foreignMinister), pick(c.r, topics))
		}
		return fmt.Sprintf("%s raised the matter in %s with %s and asked for %s to be put on the agenda of the next international meeting on Syria.",
			capFirst(c.mention(leader, c.b.leader, c.b.name)), st.capital, c.stateMention(fm, st, st.foreignMinister), pick(c.r, topics))
	},
	func(c *composer) string {
		t := c.town()
		return fmt.Sprintf("According to local councils, more than %s people have fled %s and the surrounding villages in %s province since the start of %s, most of them towards the camps in the north. %s called for an urgent response to their needs.",
			thousands(1000*(2+c.r.Intn(90))), t.name, t.province, c.pub.AddDate(0, -1-c.r.Intn(3), 0).Format("January"), c.who())
	},
	func(c *composer) string {
		if c.blameOnly {
			return ""
		}
		perp, _ := c.perpetrator()
		return fmt.Sprintf("%s condemns %s for the continued targeting of %s, which it regards as a war crime that must not go unpunished.",
			capFirst(c.b.short), perp, pick(c.r, []string{"hospitals and medical staff", "schools", "markets", "civil defence teams", "displacement camps"}))
	},
	func(c *composer) string {
		perp, _ := c.perpetrator()
		return fmt.Sprintf("%s holds %s responsible for %s, and warns that the policy of collective punishment will not break the will of the Syrian people.",
			capFirst(c.b.short), perp, pick(c.r, []string{
				"the collapse of services in the areas it controls", "the deaths of civilians in the recent attacks",
				"the obstruction of humanitarian convoys", "the forced displacement of whole villages",
			}))
	},
	func(c *composer) string {
		return fmt.Sprintf("%s thanked %s for hosting refugees and called for their return to be voluntary, safe and dignified, in line with international law. %s rejected any attempt to force refugees back to areas controlled by the regime.",
			c.who(), pick(c.r, []string{"Turkey", "Jordan", "Lebanon", "Iraq", "Germany"}), c.they())
	},
	func(c *composer) string {
		return fmt.Sprintf("%s welcomed the progress made in the cases brought before courts in %s against officers accused of torture, and urged other states to use universal jurisdiction to bring the perpetrators of crimes against humanity to justice.",
			c.who(), pick(c.r, []string{"Germany", "France", "Sweden", "the Netherlands"}))
	},
	func(c *composer) string {
		if c.b.deputy == nil {
			return ""
		}
		deputy, _ := c.b.deputy.at(c.pub)
		return fmt.Sprintf("%s reported on the work of the offices of %s in %s and on the plans for the coming months, including %s.",
			capFirst(c.mention(deputy, c.b.deputy, c.b.name)), c.b.short, pick(c.r, meetingCities[:4]), pick(c.r, topics))
	},
	func(c *composer) string {
		p := c.w.recent(c.pub, "memorandum", 1)
		if len(p) == 0 {
			return ""
		}
		return fmt.Sprintf("%s reviewed the implementation of %s, and stressed that %s province must not become the target of a new offensive. %s called on the guarantors to honour the commitments they made.",
			c.who(), c.describe(p[0]), p[0].province, c.they())
	},
	func(c *composer) string {
		return fmt.Sprintf("Turning to services, %s discussed the supply of electricity, water and bread in %s province and the support needed by the local councils, and asked for a plan to be presented %s.",
			c.whoLower(), pick(c.r, provinces[:3]), pick(c.r, []string{"at the next meeting", "within a month", "before the winter"}))
	},
	func(c *composer) string {
		p := pick(c.r, provinces)
		return fmt.Sprintf("Reports from the health directorate in %s show that %d hospitals and medical points have been put out of service since the start of the year. %s appealed to %s to fund the repair of the damaged facilities and to supply %s.",
			p, 2+c.r.Intn(25), c.who(), pick(c.r, []string{"the World Health Organization", "donor countries", "medical relief organisations"}),
			pick(c.r, []string{"vaccines", "fuel for generators", "dialysis machines", "ambulances"}))
	},
	func(c *composer) string {
		return fmt.Sprintf("On education, %s noted that more than %s children in %s province are out of school, and that many schools are being used as shelters for displaced families. %s called for support to pay teachers%s salaries and to rebuild classrooms.",
			c.whoLower(), thousands(10000*(1+c.r.Intn(30))), pick(c.r, provinces[:4]), c.they(), c.apos)
	},
	func(c *composer) string {
		return fmt.Sprintf("%s praised the work of the civil defence volunteers, the medical teams and the civil society organisations who %s, and paid tribute to those among them who lost their lives.",
			c.who(), pick(c.r, []string{
				"keep working under bombardment", "document violations at great risk", "run the services in the camps", "respond first after every strike",
			}))
	},
	func(c *composer) string {
		return fmt.Sprintf("%s also examined the economic situation in the areas controlled by the regime, where the collapse of the Syrian pound has pushed %d per cent of families below the poverty line, and noted that the regime spends its resources on the war instead of on bread and fuel.",
			c.who(), 70+c.r.Intn(25))
	},
	func(c *composer) string {
		envoy, _ := c.w.envoy.at(c.pub)
		return fmt.Sprintf("%s welcomed the intention of %s to visit %s in the coming weeks, and said that %s was ready to cooperate with every effort that serves a political transition.",
			c.who(), c.envoyMention(envoy), pick(c.r, []string{"Istanbul", "Gaziantep", "Riyadh", "Amman", "Ankara"}), c.b.short)
	},
	func(c *composer) string {
		if !c.b.opposition {
			return ""
		}
		return pick(c.r, []string{
			c.who() + " affirmed that the revolution will continue until the Syrian people achieve their goals of freedom, dignity and justice.",
			c.who() + " stressed that there can be no lasting peace without accountability and the release of all detainees.",
			"Glory to the martyrs, freedom for the detainees, and a safe return for the displaced.",
		})
	},
}

// addFillers adds fillers, each at most once, until the text reaches target
// bytes, never going past MaxBytes. Only a text still short of MinBytes
// after every filler has been used (none is in practice) gets a second pass.
func (c *composer) addFillers(fixed, target int) {
	size := func() int {
		n := fixed
		for _, p := range c.paras {
			n += len(p) + 2
		}
		return n
	}
	for round := 0; size() < target && (round == 0 || size() < MinBytes) && round < 10; round++ {
		for _, i := range c.r.Perm(len(fillers)) {
			if size() >= target {
				break
			}
			p := fillers[i](c)
			if p == "" || size()+len(p)+2 > MaxBytes {
				continue
			}
			c.add(p)
		}
	}
}

func (c *composer) add(p string) { c.paras = append(c.paras, p) }

// who is the subject of a filler sentence: the members of a meeting, or the
// body itself in a statement.
func (c *composer) who() string {
	if c.meeting {
		if c.r.Intn(3) == 0 {
			return "Participants"
		}
		return "Members"
	}
	return capFirst(c.b.short)
}

// whoLower is who in the middle of a sentence: "members", "the Coalition".
func (c *composer) whoLower() string {
	w := c.who()
	if c.meeting {
		return strings.ToLower(w)
	}
	return c.b.short
}

func (c *composer) they() string {
	if c.meeting {
		return "They"
	}
	return "It"
}

// mention names a body's office holder: with the role on first mention, in
// one of the forms communiqués use, and shortly after that.
func (c *composer) mention(p *person, o *office, bodyName string) string {
	if c.named[p] {
		return c.short(p, o)
	}
	c.named[p] = true
	n := c.styled(p)
	switch c.r.Intn(4) {
	case 0:
		return fmt.Sprintf("%s of the %s %s", capFirst(o.title), bodyName, n)
	case 1:
		return fmt.Sprintf("%s, %s of the %s,", n, o.title, bodyName)
	case 2:
		return fmt.Sprintf("the %s %s, %s,", c.poss(bodyName), o.title, n)
	default:
		return fmt.Sprintf("%s %s %s", bodyName, capFirst(o.title), n)
	}
}

// stateMention names a state's office holder, mostly through the state's
// adjective ("Turkish Foreign Minister ...").
func (c *composer) stateMention(p *person, st *state, o *office) string {
	if c.named[p] {
		return c.short(p, o)
	}
	c.named[p] = true
	switch c.r.Intn(3) {
	case 0:
		return fmt.Sprintf("%s, the %s %s,", p.name(), st.adjective, o.title)
	case 1:
		return fmt.Sprintf("the %s of %s, %s,", o.title, st.name, p.name())
	default:
		return fmt.Sprintf("%s %s %s", st.adjective, o.title, p.name())
	}
}

func (c *composer) envoyMention(p *person) string {
	if c.named[p] {
		return p.family
	}
	c.named[p] = true
	if c.r.Intn(2) == 0 {
		return "UN Special Envoy for Syria " + p.name()
	}
	return p.name() + ", the UN Special Envoy for Syria,"
}

// short is a later mention: "President al-Hamwi", "Dr. Haddad" or the family
// name alone.
func (c *composer) short(p *person, o *office) string {
	switch {
	case p.honorific == "Dr." || p.honorific == "Sheikh":
		return p.honorific + " " + p.family
	case o.title == "President" && c.r.Intn(2) == 0:
		return "President " + p.family
	}
	return p.family
}

// styled is a person's name as first written, with an honorific if the
// person has one and the document uses it.
func (c *composer) styled(p *person) string {
	if p.honorific != "" && c.r.Intn(4) != 0 {
		return p.honorific + " " + p.name()
	}
	return p.name()
}

// perpetrator returns a party to condemn or blame, as written in a
// sentence, and the weapons it uses.
func (c *composer) perpetrator() (string, []string) {
	if c.r.Intn(4) == 0 {
		return c.w.states[1+c.r.Intn(2)].name, airForce // Russia or Iran
	}
	p := pick(c.r, perpetrators)
	return p.name, p.weapons
}

// perpTitles returns a party as a noun in a title ("the Assad Regime",
// "Russia") and as a modifier ("Assad Regime Attack", "Russian Attack").
func perpTitles(p string) (noun, adj string) {
	for _, s := range stateSpecs {
		if s.name == p {
			return s.name, s.adjective
		}
	}
	bare := strings.TrimPrefix(p, "the ")
	noun = title(bare)
	if bare != p {
		noun = "the " + noun
	}
	return noun, title(bare)
}

// describe names an agreement the way a communiqué refers to it.
func (c *composer) describe(a agreement) string {
	switch a.kind {
	case "resolution":
		if c.r.Intn(2) == 0 {
			return fmt.Sprintf("UN Security Council Resolution %d", a.number)
		}
		return fmt.Sprintf("Security Council Resolution %d of %s", a.number, longDate(a.date))
	case "memorandum":
		return fmt.Sprintf("the memorandum on %s that %s and %s signed in %s on %s",
			a.province, a.parties[0].name, a.parties[1].name, a.city, longDate(a.date))
	}
	return fmt.Sprintf("the ceasefire that %s and %s agreed in %s on %s", a.parties[0].name, a.parties[1].name, a.city, longDate(a.date))
}

func (c *composer) town() town { return pick(c.r, c.w.towns) }

// onDay says when something happened relative to the publication date:
// "on Thursday" within the week, a year-less or a full date otherwise.
func (c *composer) onDay(t time.Time) string {
	switch d := int(c.pub.Sub(t).Hours() / 24); {
	case d == 0 && c.r.Intn(2) == 0:
		return "today"
	case d < 7 && c.r.Intn(3) != 0:
		return "on " + t.Weekday().String()
	case t.Year() == c.pub.Year() && c.r.Intn(2) == 0:
		return "on " + t.Format("2 January")
	}
	return "on " + longDate(t)
}

// dateRange writes a two-day session in the forms of the genre:
// "10-11 November", "10-11 November 2018", "Saturday 9 and Sunday 10 March 2019".
func (c *composer) dateRange(a, b time.Time) string {
	year := " " + b.Format("2006")
	if c.r.Intn(3) == 0 {
		year = ""
	}
	switch {
	case a.Month() != b.Month():
		return a.Format("2 January") + "-" + b.Format("2 January") + year
	case c.r.Intn(4) == 0:
		return fmt.Sprintf("%s %d and %s %d %s%s", a.Weekday(), a.Day(), b.Weekday(), b.Day(), b.Format("January"), year)
	}
	return fmt.Sprintf("%d-%d %s%s", a.Day(), b.Day(), b.Format("January"), year)
}

// poss is the possessive of a name in the document's apostrophe.
func (c *composer) poss(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + c.apos
	}
	return name + c.apos + "s"
}

func longDate(t time.Time) string { return t.Format("2 January 2006") }

// thousands writes a count the way the genre does: 3,500.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// capFirst capitalises the first letter, which may be any rune ("Çelik").
func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// title capitalises the words of a phrase for a headline, leaving the small
// words and particles ("of", "al-") in lower case.
func title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		switch w {
		case "of", "the", "for", "and", "in", "on", "to":
			continue
		}
		if strings.HasPrefix(w, "al-") {
			continue
		}
		words[i] = capFirst(w)
	}
	return strings.Join(words, " ")
}
