// Package heaptest measures the live heap for tests that bound the memory a piece of work
// takes. Figures are bytes of /gc/heap/live:bytes after a collection: what was reachable
// when the collection started, without what was allocated while it ran, so they do not
// depend on when the collector runs or how busy other goroutines are.
package heaptest

import (
	"runtime"
	"runtime/metrics"
	"time"
)

// Live runs a collection and returns the bytes it found reachable.
func Live() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// Sustained runs f while sampling Live every interval, and returns the second largest
// sample (the one taken once f has returned included) and that last sample. A heap that f
// holds stays high over many samples; one sample caught at a passing high (a long
// sentence's parse) is left out, so a bound on what f holds does not fail by chance.
func Sustained(every time.Duration, f func()) (peak, after uint64) {
	top, after := sample(every, f)
	return top[1], after
}

// Peak runs f while sampling Live every interval, and returns the largest sample (the one
// taken once f has returned included) and that last sample: the heap f's result keeps.
func Peak(every time.Duration, f func()) (peak, after uint64) {
	top, after := sample(every, f)
	return top[0], after
}

// sample runs f while sampling Live every interval, and returns the largest and the second
// largest sample, the one taken once f has returned included, and that last sample.
func sample(every time.Duration, f func()) (top [2]uint64, after uint64) {
	add := func(v uint64) {
		if v > top[0] {
			top[0], top[1] = v, top[0]
		} else if v > top[1] {
			top[1] = v
		}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				add(Live())
			}
		}
	}()
	f()
	close(done)
	<-finished
	after = Live()
	add(after)
	return top, after
}
