package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"slices"
	"sync"
	"time"
)

// result is what one query kind measured.
type result struct {
	kind     string
	requests int // answered, with or without errors
	failures int // answers that were not HTTP 200 with data and no errors
	firstErr string
	elapsed  time.Duration
	latency  []time.Duration // of every answered request, sorted
	bytes    int64           // of every answer
}

func (r result) throughput() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.requests) / r.elapsed.Seconds()
}

// percentile returns the latency that p of the requests took at most
// (nearest rank), 0 when there were none.
func (r result) percentile(p float64) time.Duration {
	if len(r.latency) == 0 {
		return 0
	}
	rank := int(p*float64(len(r.latency))+0.9999999) - 1
	return r.latency[min(max(rank, 0), len(r.latency)-1)]
}

// runKind sends the requests of one kind from `clients` concurrent clients,
// each posting one request at a time, for d after a warm-up during which
// nothing is recorded. A client takes its requests from bodies in a random
// order of its own. After d no request is sent, and those on their way are
// waited for and counted: leaving the slowest out would flatter the p99.
func runKind(ctx context.Context, hc *http.Client, url, kind string, bodies [][]byte, clients int, warmup, d time.Duration) result {
	ask := func(ctx context.Context, i int) (int64, error) { return post(ctx, hc, url, bodies[i]) }
	if warmup > 0 {
		measure(ctx, kind, len(bodies), clients, warmup, ask)
	}
	return measure(ctx, kind, len(bodies), clients, d, ask)
}

// measure has `clients` concurrent clients call ask, each with one call at
// a time and a request i of n taken in a random order of its own, for d.
func measure(ctx context.Context, kind string, n, clients int, d time.Duration, ask func(ctx context.Context, i int) (int64, error)) result {
	parts := make([]result, clients)
	var wg sync.WaitGroup
	start := time.Now()
	deadline := start.Add(d)
	for c := range clients {
		wg.Go(func() {
			res := &parts[c]
			r := rand.New(rand.NewPCG(uint64(c), uint64(n)))
			for ctx.Err() == nil && time.Now().Before(deadline) {
				i := r.IntN(n)
				t0 := time.Now()
				size, err := ask(ctx, i)
				if ctx.Err() != nil {
					return // interrupted: not an answer
				}
				res.latency = append(res.latency, time.Since(t0))
				res.requests++
				res.bytes += size
				if err != nil {
					res.failures++
					if res.firstErr == "" {
						res.firstErr = err.Error()
					}
				}
			}
		})
	}
	wg.Wait()
	total := result{kind: kind, elapsed: time.Since(start)}
	for _, p := range parts {
		total.requests += p.requests
		total.failures += p.failures
		total.bytes += p.bytes
		total.latency = append(total.latency, p.latency...)
		if total.firstErr == "" {
			total.firstErr = p.firstErr
		}
	}
	slices.Sort(total.latency)
	return total
}

// post sends one GraphQL request and checks the answer: HTTP 200, data,
// and no errors. It returns the size of the answer.
func post(ctx context.Context, hc *http.Client, url string, body []byte) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return int64(len(raw)), err
	}
	if resp.StatusCode != http.StatusOK {
		return int64(len(raw)), fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, raw)
	}
	// gqlgen writes "errors" before "data": an answer that starts with an
	// object of data has no errors, and is not parsed, so that the clients,
	// which share the machine with the server, spend little on it. Any
	// other answer is parsed for what went wrong.
	if bytes.HasPrefix(raw, []byte(`{"data":{`)) {
		return int64(len(raw)), nil
	}
	var answer struct {
		Data   json.RawMessage   `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(raw, &answer); err != nil {
		return int64(len(raw)), fmt.Errorf("answer is not JSON: %v", err)
	}
	if len(answer.Errors) > 0 {
		return int64(len(raw)), fmt.Errorf("%d errors, the first: %.300s", len(answer.Errors), answer.Errors[0])
	}
	if len(answer.Data) == 0 || string(answer.Data) == "null" {
		return int64(len(raw)), fmt.Errorf("answer without data: %.200s", raw)
	}
	return int64(len(raw)), nil
}
