package main

import (
	"context"
	"sync"
)

// inOrder calls f on every item of in, in up to workers goroutines at a
// time, and then out on each item and its result, in the order of in, from
// the calling goroutine. At most depth items are in flight. It returns the
// first error of out, or ctx.Err() if ctx is done first; when it returns,
// every goroutine it started has finished. On an early return in is not
// drained: its sender must stop when the caller cancels the sender's context.
func inOrder[T, R any](ctx context.Context, in <-chan T, workers, depth int, f func(T) R, out func(T, R) error) error {
	type slot struct {
		item T
		res  R
		done chan struct{}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	work := make(chan *slot, workers)
	ordered := make(chan *slot, max(depth, workers))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // hand out the items
		defer wg.Done()
		defer close(ordered)
		defer close(work)
		for item := range in {
			s := &slot{item: item, done: make(chan struct{})}
			select {
			case ordered <- s:
			case <-ctx.Done():
				return
			}
			select {
			case work <- s:
			case <-ctx.Done():
				close(s.done)
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				if ctx.Err() == nil {
					s.res = f(s.item)
				}
				close(s.done)
			}
		}()
	}
	err := func() error {
		for s := range ordered {
			select {
			case <-s.done:
			case <-ctx.Done():
				return ctx.Err()
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err := out(s.item, s.res); err != nil {
				return err
			}
		}
		return ctx.Err()
	}()
	cancel()
	for range ordered {
	}
	wg.Wait()
	return err
}
