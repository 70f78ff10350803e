package gql

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/actorgraph/kg/graph"
)

// A data loader gathers the keys that sibling resolvers ask for and reads
// them in one store call. The question is when to read: a timer (wait a
// few milliseconds for the siblings) costs every level of a query that wait,
// and on a busy machine still splits a level whose goroutines start late.
// So an operation's loaders read when no field that could still ask is left
// running: the dispatcher counts the fields of the operation that have been
// scheduled and have not returned, and the ones among them that wait on a
// loader; when the two are equal, every field that could add a key has
// either asked or finished, and the gathered batches are read at once.
//
// gqlgen gives no event for "a field is scheduled": it runs a field's
// resolver, then marshals its value, and only then starts the fields of
// each object in it, in goroutines of their own. So each field, when its
// resolver returns, counts the fields its value will run (for each object
// in it, the fields of the selection that apply to its type, as gqlgen
// collects them), before it counts itself done: between a field and its
// children the count never drops to what waits. A field that errs or is
// null runs no children, and counts none.
//
// If the count is ever wrong, a batch still reads after Options.LoaderWait
// (the fallback): a count too high only delays, a count too low only reads
// a level in two calls; neither changes an answer. The fallbacks taken are
// counted (fallbacks), so that tests can check that none is.

// dispatcher is one operation's count of running and waiting fields, and
// its loaders' batches not yet read.
type dispatcher struct {
	schema   *ast.Schema
	oc       *graphql.OperationContext
	fallback time.Duration

	// budget is the operation's answer budget (withBudget sets it before
	// any field runs); nil outside an operation.
	budget *answerBudget

	mu      sync.Mutex
	pending int // fields scheduled whose resolvers have not returned
	waiting int // fields that wait on a batch
	queued  []*batchRun
	// fields caches, per selection set and object type, how many fields
	// gqlgen runs for one object.
	fields map[fieldsKey]int

	fallbacks atomic.Int64
}

// dispatchStats are a dispatcher's counts once its operation has answered:
// every field counted has returned (pending 0), none waits, and no batch
// was read by the fallback.
type dispatchStats struct {
	pending, waiting int
	fallbacks        int64
}

func (d *dispatcher) stats() dispatchStats {
	d.mu.Lock()
	defer d.mu.Unlock()
	return dispatchStats{pending: d.pending, waiting: d.waiting, fallbacks: d.fallbacks.Load()}
}

type fieldsKey struct {
	sel ast.Selection
	typ string
}

// batchRun is a batch as the dispatcher sees it: something to read once.
type batchRun struct {
	once  sync.Once
	run   func()
	timer *time.Timer
}

func (b *batchRun) send() {
	b.once.Do(func() {
		if b.timer != nil {
			b.timer.Stop()
		}
		b.run()
	})
}

type dispatcherKey struct{}

// newDispatcher counts the root fields of the operation in ctx as
// scheduled; outside an operation it counts none, so that a load reads at
// once.
func newDispatcher(ctx context.Context, schema *ast.Schema, fallback time.Duration) *dispatcher {
	d := &dispatcher{schema: schema, fallback: fallback, fields: map[fieldsKey]int{}}
	if !graphql.HasOperationContext(ctx) || schema == nil {
		return d
	}
	d.oc = graphql.GetOperationContext(ctx)
	// A query's root fields run at once, and are all scheduled now; a
	// mutation's run one after the other, each after the last one's
	// fields have all returned, and each counts itself when it starts.
	if op := d.oc.Operation; op != nil && op.Operation == ast.Query && schema.Query != nil {
		d.pending = d.fieldCount(op.SelectionSet, schema.Query.Name)
	}
	return d
}

// aroundField is the field middleware that keeps the count (see above),
// around boundField: one middleware, not two, since each adds frames to the
// stack of every field's goroutine. It sees the value gqlgen marshals.
func aroundField(ctx context.Context, next graphql.Resolver) (res any, err error) {
	d, _ := ctx.Value(dispatcherKey{}).(*dispatcher)
	if d == nil || d.oc == nil || d.budget == nil {
		return boundField(ctx, next)
	}
	fc := graphql.GetFieldContext(ctx)
	if fc != nil && fc.Object == "Mutation" {
		d.settle(1)
	}
	children := 0
	defer func() {
		// after a panic too, which gqlgen turns into an error: no children
		d.settle(children - 1)
	}()
	res, err = d.budget.bound(ctx, fc, next)
	if err == nil && res != nil && fc != nil && len(fc.Field.Selections) > 0 && fc.Field.Definition != nil {
		children = d.countValue(reflect.ValueOf(res), fc.Field.Definition.Type, fc.Field.Selections)
	}
	return res, err
}

// settle adds delta to the fields pending, and reads the queued batches if
// every pending field now waits.
func (d *dispatcher) settle(delta int) {
	d.mu.Lock()
	d.pending += delta
	runs := d.readyLocked()
	d.mu.Unlock()
	start(runs)
}

// enqueue queues a new batch, to be read when the fields are all waiting,
// or after the fallback.
func (d *dispatcher) enqueue(b *batchRun) {
	b.timer = time.AfterFunc(d.fallback, func() {
		d.mu.Lock()
		i := indexOf(d.queued, b)
		if i >= 0 {
			d.queued = append(d.queued[:i], d.queued[i+1:]...)
		}
		d.mu.Unlock()
		if i >= 0 {
			d.fallbacks.Add(1)
			b.send()
		}
	})
	d.mu.Lock()
	d.queued = append(d.queued, b)
	d.mu.Unlock()
}

func indexOf(bs []*batchRun, b *batchRun) int {
	for i, x := range bs {
		if x == b {
			return i
		}
	}
	return -1
}

// wait blocks until e is read, counting the caller meanwhile as a field
// that waits. The read, not the caller, stops counting it (see done): the
// callers of one batch wake one by one, and one that wakes and asks again
// must not find the others still counted as waiting.
//
// A caller whose operation ends (timed out, canceled) stops waiting.
func (d *dispatcher) wait(ctx context.Context, e *waitable) error {
	d.mu.Lock()
	if e.ready {
		d.mu.Unlock()
		return nil
	}
	e.waiters++
	d.waiting++
	runs := d.readyLocked()
	d.mu.Unlock()
	start(runs)
	select {
	case <-e.done:
		return nil
	case <-ctx.Done():
		d.mu.Lock()
		if !e.ready {
			e.waiters--
			d.waiting--
		}
		d.mu.Unlock()
		return ctx.Err()
	}
}

// done marks the entries of a batch read: their waiters no longer wait.
// The caller closes their channels after.
func (d *dispatcher) done(es []*waitable) {
	d.mu.Lock()
	for _, e := range es {
		e.ready = true
		d.waiting -= e.waiters
		e.waiters = 0
	}
	d.mu.Unlock()
}

// waitable is what a field waits on: an entry of a batch, ready once read.
type waitable struct {
	done chan struct{}
	// ready and waiters are guarded by the dispatcher's mutex.
	ready   bool
	waiters int
}

// readyLocked takes the queued batches when no pending field is left that
// could still add to them.
func (d *dispatcher) readyLocked() []*batchRun {
	if len(d.queued) == 0 || d.waiting < d.pending {
		return nil
	}
	runs := d.queued
	d.queued = nil
	return runs
}

// start reads the batches, each in its own goroutine, so that the loaders
// of one level read at the same time.
func start(runs []*batchRun) {
	for _, b := range runs {
		go b.send()
	}
}

// countValue is how many fields gqlgen will run for the value v of a field
// of type t with selection sel: for each object in it, the fields of sel
// that apply to the object's type. Nil values run none.
func (d *dispatcher) countValue(v reflect.Value, t *ast.Type, sel ast.SelectionSet) int {
	if t.Elem != nil {
		for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
			if v.IsNil() {
				return 0
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
			return 0
		}
		n := v.Len()
		if n == 0 {
			return 0
		}
		// Objects of one type held by value: the same count for each.
		if def := d.schema.Types[t.Elem.Name()]; t.Elem.Elem == nil && def != nil && def.Kind == ast.Object && v.Type().Elem().Kind() == reflect.Struct {
			return n * d.fieldCount(sel, def.Name)
		}
		total := 0
		for i := range n {
			total += d.countValue(v.Index(i), t.Elem, sel)
		}
		return total
	}
	def := d.schema.Types[t.Name()]
	if def == nil {
		return 0
	}
	switch def.Kind {
	case ast.Object:
		if isNil(v) {
			return 0
		}
		return d.fieldCount(sel, def.Name)
	case ast.Interface, ast.Union:
		if isNil(v) {
			return 0
		}
		for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
			v = v.Elem()
		}
		// The models of the types of an interface are gql types named as
		// the schema names them (see gqlgen.yml).
		if obj := d.schema.Types[v.Type().Name()]; obj != nil && obj.Kind == ast.Object {
			return d.fieldCount(sel, obj.Name)
		}
		return 0
	}
	return 0
}

func isNil(v reflect.Value) bool {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return true
		}
		v = v.Elem()
	}
	return !v.IsValid()
}

// fieldCount is how many fields gqlgen runs for an object of type typ
// under sel: the fields it collects (fragments applied, @skip and @include
// taken), less __typename, which runs no resolver.
func (d *dispatcher) fieldCount(sel ast.SelectionSet, typ string) int {
	if len(sel) == 0 {
		return 0
	}
	k := fieldsKey{sel[0], typ}
	d.mu.Lock()
	n, ok := d.fields[k]
	d.mu.Unlock()
	if ok {
		return n
	}
	satisfies := []string{typ}
	if def := d.schema.Types[typ]; def != nil {
		for _, i := range d.schema.GetImplements(def) {
			satisfies = append(satisfies, i.Name)
		}
	}
	for _, f := range graphql.CollectFields(d.oc, sel, satisfies) {
		if f.Name != "__typename" {
			n++
		}
	}
	d.mu.Lock()
	d.fields[k] = n
	d.mu.Unlock()
	return n
}

// loader batches and caches the reads of one kind of value by key, for one
// operation: keys asked for join the current batch, which the dispatcher
// reads in one call to fetch; a key read (or primed) once is not read
// again.
type loader[K comparable, V any] struct {
	d     *dispatcher
	fetch func(context.Context, []K) ([]V, []error)

	mu    sync.Mutex
	cache map[K]*entry[V]
	cur   *batch[K, V]
}

// entry is one key's value, ready when done is closed.
type entry[V any] struct {
	waitable
	v   V
	err error
}

type batch[K comparable, V any] struct {
	ctx     context.Context
	keys    []K
	entries []*entry[V]
}

var closed = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

func newLoader[K comparable, V any](d *dispatcher, fetch func(context.Context, []K) ([]V, []error)) *loader[K, V] {
	return &loader[K, V]{d: d, fetch: fetch, cache: map[K]*entry[V]{}}
}

// Load returns the value of key, read with the other keys of its batch.
func (l *loader[K, V]) Load(ctx context.Context, key K) (V, error) {
	e := l.ask(ctx, key)
	if err := l.d.wait(ctx, &e.waitable); err != nil {
		var zero V
		return zero, err
	}
	return e.v, e.err
}

// ref is Load without a copy of the value: a pointer to the loader's own,
// which the caller must not change.
func (l *loader[K, V]) ref(ctx context.Context, key K) (*V, error) {
	e := l.ask(ctx, key)
	if err := l.d.wait(ctx, &e.waitable); err != nil {
		return nil, err
	}
	return &e.v, e.err
}

// LoadAll returns the values of keys, in their order, read in one batch;
// the error is the first key's error.
func (l *loader[K, V]) LoadAll(ctx context.Context, keys []K) ([]V, error) {
	es := make([]*entry[V], len(keys))
	for i, k := range keys {
		es[i] = l.ask(ctx, k)
	}
	out := make([]V, len(keys))
	var err error
	for i, e := range es {
		if err := l.d.wait(ctx, &e.waitable); err != nil {
			return nil, err
		}
		out[i] = e.v
		if err == nil {
			err = e.err
		}
	}
	return out, err
}

// Prime caches value for key, unless the key is cached or asked for.
func (l *loader[K, V]) Prime(key K, value V) {
	l.mu.Lock()
	if _, ok := l.cache[key]; !ok {
		l.cache[key] = &entry[V]{waitable: waitable{done: closed, ready: true}, v: value}
	}
	l.mu.Unlock()
}

// ask returns the entry of key, adding the key to the current batch (and
// queuing a new batch) when it was never asked for.
func (l *loader[K, V]) ask(ctx context.Context, key K) *entry[V] {
	l.mu.Lock()
	if e, ok := l.cache[key]; ok {
		l.mu.Unlock()
		return e
	}
	e := &entry[V]{waitable: waitable{done: make(chan struct{})}}
	l.cache[key] = e
	b := l.cur
	fresh := b == nil
	if fresh {
		b = &batch[K, V]{ctx: ctx}
		l.cur = b
	}
	b.keys = append(b.keys, key)
	b.entries = append(b.entries, e)
	l.mu.Unlock()
	if fresh {
		l.d.enqueue(&batchRun{run: func() { l.read(b) }})
	}
	return e
}

// read closes batch b to new keys and reads its keys in one call.
func (l *loader[K, V]) read(b *batch[K, V]) {
	l.mu.Lock()
	if l.cur == b {
		l.cur = nil
	}
	keys, entries := b.keys, b.entries
	l.mu.Unlock()
	vs, errs := l.fetch(b.ctx, keys)
	ws := make([]*waitable, len(entries))
	for i, e := range entries {
		switch {
		case len(errs) == 1 && errs[0] != nil:
			e.err = errs[0]
		case i < len(errs) && errs[i] != nil:
			e.err = errs[i]
		case len(vs) != len(keys):
			e.err = graph.Internal("gql", fmt.Errorf("a batch read gave %d values for %d keys", len(vs), len(keys)))
		default:
			e.v = vs[i]
		}
		ws[i] = &e.waitable
	}
	l.d.done(ws)
	for _, e := range entries {
		close(e.done)
	}
}
