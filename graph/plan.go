package graph

// A Plan describes, in the terms of the graph and not of any query
// language, the reads a request needs: the entities it starts from and, from
// each, the facts of some relation types at one of its ends, then from the
// entity at the other end of each fact the next steps, and so on. A store
// answers it in one round trip (one statement on a server, one read
// transaction on disk), where the same answer through Entities and Facts
// would take one call per level.
//
// The answer is defined by those calls, so a caller may use each part of it
// in place of the call it stands for:
//   - Roots is Entities(Roots), with WithoutDocuments as the filter says;
//   - each PlanFacts is Facts(FactFilter{Types: {Type}, From or To: {Entity},
//     WithoutObservations: !Observations}) for one entity a step starts from,
//     or, for a step that asks only for the ends, Edges of that filter: the
//     facts with their ids, type and ends alone;
//   - Entities holds, without their documents, every entity at the other end
//     of those facts, each once, as Entities(IDs) gives them.
type Plan struct {
	Roots EntityFilter
	Steps []PlanStep
}

// PlanEnd says at which end of the facts of a step the entity it starts from
// stands.
type PlanEnd uint8

// The ends of PlanStep.
const (
	// FromEnd follows the facts from the entity (their From), to their To.
	FromEnd PlanEnd = iota
	// ToEnd follows the facts to the entity (their To), back to their From.
	ToEnd
)

// PlanStep follows the facts of one relation type from each entity of the
// level before it.
type PlanStep struct {
	Type RelationType
	End  PlanEnd
	// Observations reads the facts whole; without it they are read as
	// FactFilter.WithoutObservations reads them.
	Observations bool
	// EndsOnly says that the caller needs only what an Edge holds of each
	// fact (its id, type and ends): a field that lists the entities at the
	// other end, not the facts. The store then leaves out the summaries,
	// which cost a read of each fact's record (embedded) or five properties
	// a fact (Neo4j). Observations takes precedence.
	EndsOnly bool
	// Next are the steps from the entity at the other end of each fact.
	Next []PlanStep
}

// ReadsEdges reports whether the step's facts are read as Edges: with
// EndsOnly and without Observations.
func (s *PlanStep) ReadsEdges() bool { return s.EndsOnly && !s.Observations }

// PlanResult is a store's answer to a Plan.
type PlanResult struct {
	Roots    []Entity
	Entities []Entity
	Facts    []PlanFacts
}

// PlanFacts are the facts of one type at one end of one entity, as Facts
// orders them (by id). An entity a step started from that has no such fact
// has a PlanFacts with none, so that a caller knows it was read.
type PlanFacts struct {
	Type         RelationType
	End          PlanEnd
	Entity       string
	Observations bool
	// EndsOnly says that the facts hold only their ids, type and ends (a
	// step with EndsOnly and without Observations).
	EndsOnly bool
	Facts    []Fact
}

// Other is the id at the other end of fact f from an entity at end e.
func (e PlanEnd) Other(f *Fact) string {
	if e == FromEnd {
		return f.To
	}
	return f.From
}

// Valid checks a plan before a store compiles it: relation types from the
// closed set, ends that exist, and a bounded depth.
func (p *Plan) Valid() error {
	var check func(steps []PlanStep, depth int) error
	check = func(steps []PlanStep, depth int) error {
		if depth > MaxPlanDepth {
			return Errorf(EINVALID, "plan deeper than %d steps", MaxPlanDepth)
		}
		for _, s := range steps {
			if !s.Type.Valid() {
				return Errorf(EINVALID, "plan: unknown relation type %q", s.Type)
			}
			if s.End != FromEnd && s.End != ToEnd {
				return Errorf(EINVALID, "plan: unknown end %d", s.End)
			}
			if err := check(s.Next, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	return check(p.Steps, 1)
}

// MaxPlanDepth bounds how many steps deep a plan may go.
const MaxPlanDepth = 8
