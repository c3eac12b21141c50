package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestLoad is a bounded load test of the service on loopback: a few
// concurrent clients send every endpoint's valid and invalid requests (the
// traffic the OpenAPI test checks) for a while. Valid requests must never
// get an error response, invalid ones always their own error; goroutines
// and the heap must not grow; it reports the latency percentiles.
//
//	HR14_LOAD=20s go test -run TestLoad -v ./examples/service
//
// HR14_LOAD sets the duration (CI runs it for 3 s; without it the test is
// skipped); HR14_LOAD_CLIENTS the clients (default 4).
func TestLoad(t *testing.T) {
	d, err := time.ParseDuration(os.Getenv("HR14_LOAD"))
	if err != nil || d <= 0 {
		t.Skip("set HR14_LOAD (e.g. 20s) to run the load test")
	}
	clients := 4
	if n, err := fmt.Sscan(os.Getenv("HR14_LOAD_CLIENTS"), &clients); n != 1 || err != nil || clients < 1 {
		clients = 4
	}
	url, stop := startService(t, Config{MaxBytes: 64 << 10})
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	xs := traffic(t)

	send := func(x exchange) (int, time.Duration, error) {
		req, err := http.NewRequest(x.method, url+x.path, strings.NewReader(x.body))
		if err != nil {
			return 0, 0, err
		}
		if x.contentType != "" {
			req.Header.Set("Content-Type", x.contentType)
		}
		if x.accept != "" {
			req.Header.Set("Accept", x.accept)
		}
		start := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			return 0, 0, err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return resp.StatusCode, time.Since(start), err
	}
	// The answer each request gets on its own: a valid request's 200, an
	// invalid one's error. Under load every answer must be the same.
	want := make([]int, len(xs))
	for i, x := range xs {
		status, _, err := send(x)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = status
	}
	// Warm up, then measure the goroutines and the heap to compare with.
	for range 3 {
		for _, x := range xs {
			_, _, _ = send(x)
		}
	}
	tr.CloseIdleConnections()
	goroutines0, heap0 := settle()

	type sample struct {
		route   string
		latency time.Duration
	}
	var (
		mu       sync.Mutex
		samples  []sample
		failures []string
		wg       sync.WaitGroup
	)
	deadline := time.Now().Add(d)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []sample
			for i := c; time.Now().Before(deadline); i++ {
				k := i % len(xs)
				x := xs[k]
				status, lat, err := send(x)
				path, _, _ := strings.Cut(x.path, "?")
				if err != nil || status != want[k] {
					mu.Lock()
					failures = append(failures, fmt.Sprintf("%s %s: %d (want %d) %v", x.method, x.path, status, want[k], err))
					mu.Unlock()
					continue
				}
				if want[k] == http.StatusOK {
					path = "ok " + x.method + " " + path
				} else {
					path = "error " + x.method + " " + path
				}
				mine = append(mine, sample{path, lat})
			}
			mu.Lock()
			samples = append(samples, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	tr.CloseIdleConnections()
	goroutines1, heap1 := settle()
	if err := stop(); err != nil {
		t.Errorf("shutdown: %v", err)
	}

	if len(failures) > 0 {
		t.Errorf("%d of %d requests did not get their answer; the first: %s", len(failures), len(failures)+len(samples), failures[0])
	}
	if goroutines1 > goroutines0+2 {
		t.Errorf("goroutines grew from %d to %d", goroutines0, goroutines1)
	}
	if heap1 > heap0+16<<20 {
		t.Errorf("the heap grew from %d to %d KiB", heap0>>10, heap1>>10)
	}
	byRoute := map[string][]time.Duration{}
	var valid []time.Duration
	for _, s := range samples {
		byRoute[s.route] = append(byRoute[s.route], s.latency)
		if strings.HasPrefix(s.route, "ok ") {
			valid = append(valid, s.latency)
		}
	}
	t.Logf("%d clients for %s: %d requests (%.0f/s), %d valid; goroutines %d → %d, heap %d → %d KiB",
		clients, d, len(samples), float64(len(samples))/d.Seconds(), len(valid), goroutines0, goroutines1, heap0>>10, heap1>>10)
	t.Logf("valid requests: %s", percentiles(valid))
	routes := make([]string, 0, len(byRoute))
	for r := range byRoute {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	for _, r := range routes {
		t.Logf("  %-48s %s", r, percentiles(byRoute[r]))
	}
}

// settle collects garbage and lets goroutines that are finishing finish,
// then returns the goroutines and the live heap.
func settle() (int, uint64) {
	var m runtime.MemStats
	n := runtime.NumGoroutine()
	for range 20 {
		runtime.GC()
		time.Sleep(50 * time.Millisecond)
		if k := runtime.NumGoroutine(); k == n {
			break
		} else {
			n = k
		}
	}
	runtime.ReadMemStats(&m)
	return n, m.HeapAlloc
}

// percentiles writes the count, median, p90, p99 and maximum of ds.
func percentiles(ds []time.Duration) string {
	if len(ds) == 0 {
		return "none"
	}
	slices.Sort(ds)
	at := func(p float64) time.Duration { return ds[min(len(ds)-1, int(p*float64(len(ds))))] }
	r := func(d time.Duration) string { return d.Round(10 * time.Microsecond).String() }
	return fmt.Sprintf("n=%d p50=%s p90=%s p99=%s max=%s", len(ds), r(at(0.50)), r(at(0.90)), r(at(0.99)), r(ds[len(ds)-1]))
}
