package looptest

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestRunReturnsWhenTheLoopIsDone(t *testing.T) {
	l := New(t)
	fired := false
	l.NewTimer(time.Millisecond, func() { fired = true })
	Run(t, l, time.Second)
	assert.True(t, fired)
}

func TestRunStopsALoopThatWouldRunForever(t *testing.T) {
	l := New(t)
	h := l.NewHandle()
	defer h.Close()
	inner := &testing.T{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		Run(inner, l, 20*time.Millisecond)
	}()
	<-done
	assert.True(t, inner.Failed(), "a loop kept alive past the limit fails the test")
}

func TestRunAllReturnsOnceEveryLoopIsDone(t *testing.T) {
	a, b := New(t), New(t)
	var fired atomic.Int32 // the loops run on goroutines of their own
	a.NewTimer(time.Millisecond, func() { fired.Add(1) })
	b.NewTimer(2*time.Millisecond, func() { fired.Add(1) })
	RunAll(t, a, b)
	assert.Equal(t, int32(2), fired.Load())
}
