package looptest

import (
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
