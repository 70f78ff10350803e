package gql

import (
	"context"

	"github.com/actorgraph/kg/graph"
)

// Evidence is the GraphQL type Evidence: one document's observation of a
// fact. Its Document field is resolved through the request's cache, since
// many observations cite the same document.
type Evidence struct {
	obs graph.Observation
}

// evidenceOf lists a fact's observations, in the store's order (earliest
// first).
func evidenceOf(f *graph.Fact) []Evidence {
	out := make([]Evidence, len(f.Observations))
	for i, o := range f.Observations {
		out[i] = Evidence{obs: o}
	}
	return out
}

// evidence lists a fact's observations. A fact read without them (a list
// whose field did not ask for evidence, shared through the loaders with
// one that does) is read again whole, by id: every stored fact has at least
// one observation.
func (r *Resolver) evidence(ctx context.Context, f *graph.Fact) ([]Evidence, error) {
	if len(f.Observations) == 0 && f.DocumentCount > 0 {
		whole, err := readsFrom(ctx, r.store).factByID.Load(ctx, f.ID)
		if err != nil {
			return nil, err
		}
		f = &whole
	}
	return evidenceOf(f), nil
}

// Text is the sentence that states the fact, or nil when none was kept.
func (e Evidence) Text() *string {
	if e.obs.Evidence == nil {
		return nil
	}
	return &e.obs.Evidence.Text
}

// Start is the sentence's first character offset, or nil without a sentence.
func (e Evidence) Start() *int {
	if e.obs.Evidence == nil {
		return nil
	}
	return &e.obs.Evidence.Start
}

// End is the offset just past the sentence, or nil without a sentence.
func (e Evidence) End() *int {
	if e.obs.Evidence == nil {
		return nil
	}
	return &e.obs.Evidence.End
}

// Confidence is the observation's confidence, or nil when none was given.
func (e Evidence) Confidence() *float64 { return optionalFloat(e.obs.Confidence) }
