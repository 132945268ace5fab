package loop

import (
	"testing"
)

// BenchmarkPostThroughput measures posting work from another goroutine when
// the loop is busy draining: the cost per task of the queue and wake-ups.
func BenchmarkPostThroughput(b *testing.B) {
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	ran := 0
	release := l.Hold()
	b.ResetTimer()
	go func() {
		for range b.N {
			l.Post(func() { ran++ })
		}
		release()
	}()
	if err := l.Run(); err != nil {
		b.Fatal(err)
	}
	if ran != b.N {
		b.Fatalf("ran %d of %d", ran, b.N)
	}
}

// BenchmarkPostRoundTrip measures the latency of a hand-off: a goroutine posts
// one task and waits until the loop has run it, the pattern of a blocking
// lookup delivering its result.
func BenchmarkPostRoundTrip(b *testing.B) {
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	done := make(chan struct{})
	release := l.Hold()
	b.ResetTimer()
	go func() {
		for range b.N {
			l.Post(func() { done <- struct{}{} })
			<-done
		}
		release()
	}()
	if err := l.Run(); err != nil {
		b.Fatal(err)
	}
}
