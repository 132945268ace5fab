package loop

import (
	"io"
	"os"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
	"golang.org/x/sys/unix"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

func newLoop(t *testing.T) *Loop {
	t.Helper()
	l, err := New()
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, l.Close()) })
	return l
}

func TestRunReturnsWhenNothingIsAlive(t *testing.T) {
	l := newLoop(t)
	require.NoError(t, l.Run())
	assert.False(t, l.Alive())
}

func TestTimersRunInDueThenSchedulingOrder(t *testing.T) {
	l := newLoop(t)
	var got []string
	l.NewTimer(2*time.Millisecond, func() { got = append(got, "a2") })
	l.NewTimer(1*time.Millisecond, func() { got = append(got, "b1") })
	l.NewTimer(0, func() { got = append(got, "c0") }) // 0 means 1 ms, after b1
	l.NewTimer(2*time.Millisecond, func() { got = append(got, "d2") })
	require.NoError(t, l.Run())
	assert.Equal(t, []string{"b1", "c0", "a2", "d2"}, got)
}

func TestTimerStopResetAndRefs(t *testing.T) {
	l := newLoop(t)
	fired := 0
	stopped := l.NewTimer(time.Millisecond, func() { t.Error("stopped timer fired") })
	assert.True(t, stopped.Stop())
	assert.False(t, stopped.Stop())

	unrefd := l.NewTimer(time.Hour, func() { t.Error("unref'd timer fired") })
	unrefd.Unref()
	assert.False(t, l.Alive(), "an unref'd timer alone must not keep the loop alive")

	var again *Timer
	again = l.NewTimer(time.Millisecond, func() {
		fired++
		if fired < 3 {
			again.Reset(-1)
		}
	})
	require.NoError(t, l.Run())
	assert.Equal(t, 3, fired)
	assert.True(t, unrefd.Active())
	unrefd.Ref()
	assert.True(t, l.Alive())
	unrefd.Stop()
	assert.False(t, l.Alive())
}

func TestPostFromOtherGoroutinesKeepsOrderAndAlive(t *testing.T) {
	l := newLoop(t)
	var got []int
	release := l.Hold()
	go func() {
		for i := range 100 {
			l.Post(func() { got = append(got, i) })
		}
		release()
		release() // counts once
	}()
	require.NoError(t, l.Run())
	require.Len(t, got, 100)
	for i, v := range got {
		assert.Equal(t, i, v)
	}
	assert.Equal(t, int64(0), l.refs.Load())
}

func TestImmediatesQueuedDuringCheckWaitOneIteration(t *testing.T) {
	l := newLoop(t)
	var got []string
	l.NewImmediate(func() {
		got = append(got, "i1")
		l.NewImmediate(func() { got = append(got, "i3") })
		l.NewTimer(0, func() { got = append(got, "t") })
	})
	l.NewImmediate(func() { got = append(got, "i2") })
	cancelled := l.NewImmediate(func() { got = append(got, "never") })
	assert.True(t, cancelled.Cancel())
	require.NoError(t, l.Run())
	// i3 runs in the next check phase; the timer needs a millisecond, so it
	// may or may not precede i3, but it never precedes i1/i2.
	require.Len(t, got, 4)
	assert.Equal(t, []string{"i1", "i2"}, got[:2])
	assert.ElementsMatch(t, []string{"i3", "t"}, got[2:])
}

func TestUnrefdImmediateDoesNotKeepAlive(t *testing.T) {
	l := newLoop(t)
	im := l.NewImmediate(func() {})
	im.Unref()
	assert.False(t, l.Alive())
	im.Ref()
	assert.True(t, l.Alive())
	require.NoError(t, l.Run())
	assert.False(t, l.Alive())
}

func TestWatchDeliversReadableAndStopsAfterClose(t *testing.T) {
	l := newLoop(t)
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer w.Close()
	fd, err := unix.Dup(int(r.Fd()))
	require.NoError(t, err)
	r.Close()
	require.NoError(t, unix.SetNonblock(fd, true))
	defer unix.Close(fd)

	h := l.NewHandle()
	var got []byte
	var watcher *Watcher
	watcher, err = l.Watch(fd, Readable, func(ev Events) {
		assert.NotZero(t, ev&Readable)
		buf := make([]byte, 16)
		n, _ := unix.Read(fd, buf)
		got = append(got, buf[:n]...)
		require.NoError(t, watcher.Close())
		h.Close()
	})
	require.NoError(t, err)
	go func() { _, _ = w.Write([]byte("ping")) }()
	require.NoError(t, l.Run())
	assert.Equal(t, "ping", string(got))
}

func TestTaskRunnerWrapsEveryCallback(t *testing.T) {
	l := newLoop(t)
	var wrapped, ran atomic.Int32
	l.SetTaskRunner(func(task func()) { wrapped.Add(1); task() })
	l.NewTimer(0, func() { ran.Add(1) })
	l.NewImmediate(func() { ran.Add(1) })
	l.Post(func() { ran.Add(1) })
	require.NoError(t, l.Run())
	assert.Equal(t, int32(3), ran.Load())
	assert.Equal(t, int32(3), wrapped.Load())
}

func TestSessionRunnerWrapsEachRunOnce(t *testing.T) {
	l := newLoop(t)
	var log []string
	inSession := false
	l.SetSessionRunner(func(iterations func()) {
		log = append(log, "session")
		inSession = true
		iterations()
		inSession = false
	})
	l.SetTaskRunner(func(task func()) {
		assert.True(t, inSession, "every callback runs inside the session")
		task()
	})
	l.NewTimer(1, func() { log = append(log, "timer 1") })
	l.NewTimer(2, func() { log = append(log, "timer 2") })
	require.NoError(t, l.Run())
	l.NewTimer(1, func() { log = append(log, "timer 3") })
	require.NoError(t, l.Run())
	assert.Equal(t, []string{"session", "timer 1", "timer 2", "session", "timer 3"}, log)
}

func TestPostsRacingThePollNeverStrandTheLoop(t *testing.T) {
	// Posters skip the wake-up unless the loop is polling; each post and
	// release must still be seen, however it interleaves with the loop
	// deciding to block. A lost wake-up hangs here (the test binary's
	// timeout catches it).
	l := newLoop(t)
	const goroutines, posts = 4, 2000
	var ran atomic.Int64
	for range goroutines {
		release := l.Hold()
		go func() {
			for i := range posts {
				l.Post(func() { ran.Add(1) })
				if i%100 == 0 {
					runtime.Gosched()
				}
			}
			release()
		}()
	}
	l.Post(func() { l.Post(func() { ran.Add(1) }) }) // a post from the loop itself
	require.NoError(t, l.Run())
	assert.Equal(t, int64(goroutines*posts+1), ran.Load())
}

func TestPostPingPongNeverStrandsTheLoop(t *testing.T) {
	// Each post lands while the loop is between choosing its poll timeout
	// and blocking, the window where a consumed wake-up once left posted
	// work waiting forever.
	l := newLoop(t)
	const rounds = 20000
	ran := make(chan struct{})
	release := l.Hold()
	go func() {
		defer release()
		for range rounds {
			l.Post(func() { ran <- struct{}{} })
			<-ran
		}
	}()
	finished := make(chan error, 1)
	go func() { finished <- l.Run() }()
	select {
	case err := <-finished:
		require.NoError(t, err)
	case <-time.After(20 * time.Second):
		l.Stop()
		t.Fatal("the loop blocked with posted work queued")
	}
}

func TestStopFromAnotherGoroutine(t *testing.T) {
	l := newLoop(t)
	h := l.NewHandle()
	go func() {
		time.Sleep(5 * time.Millisecond)
		l.Stop()
	}()
	require.NoError(t, l.Run())
	assert.True(t, l.Alive(), "the handle is still open; Run returned because of Stop")
	h.Close()
}

func TestHandleRefUnref(t *testing.T) {
	l := newLoop(t)
	h := l.NewHandle()
	assert.True(t, h.HasRef())
	h.Unref()
	h.Unref()
	assert.False(t, l.Alive())
	h.Ref()
	assert.True(t, l.Alive())
	h.Close()
	h.Ref()
	assert.False(t, l.Alive(), "a closed handle cannot be referenced again")
}

func TestWakeAfterCloseWritesNothing(t *testing.T) {
	l, err := New()
	require.NoError(t, err)
	wakefd := l.poller.wakefd
	require.NoError(t, l.Close())
	// Reuse the number, as the next open file would.
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	if int(w.Fd()) != wakefd && int(r.Fd()) != wakefd {
		t.Skip("the closed eventfd's number was not reused")
	}
	l.Post(func() {})
	l.Stop()
	require.NoError(t, w.Close())
	rest, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.Empty(t, rest, "a wake after Close must not write into a reused fd")
}

func TestLagIsTheClockAheadOfTheCachedTime(t *testing.T) {
	l := newLoop(t)
	l.UpdateTime()
	time.Sleep(30 * time.Millisecond)
	assert.GreaterOrEqual(t, l.Lag(), 30*time.Millisecond, "the cached time stays put until the loop refreshes it")
	refreshed := time.Now()
	l.UpdateTime()
	// The cached time is whole milliseconds, so it may trail the refresh by one.
	assert.LessOrEqual(t, l.Lag(), time.Since(refreshed)+time.Millisecond)
}

// TestStaleEventOfAClosedWatcherReachesNoNewcomer closes, in the callback of
// one of two watchers made ready in the same batch, the other one and
// registers a new watcher, which takes the closed one's slot: the event
// already collected for the closed watcher must reach neither it nor the
// newcomer, whose pipe never becomes readable.
func TestStaleEventOfAClosedWatcherReachesNoNewcomer(t *testing.T) {
	l := newLoop(t)
	pipe := func(ready bool) int {
		var p [2]int
		require.NoError(t, unix.Pipe2(p[:], unix.O_NONBLOCK|unix.O_CLOEXEC))
		t.Cleanup(func() { unix.Close(p[0]); unix.Close(p[1]) })
		if ready {
			_, err := unix.Write(p[1], []byte("x"))
			require.NoError(t, err)
		}
		return p[0]
	}
	ready := [2]int{pipe(true), pipe(true)}
	quiet := pipe(false)

	h := l.NewHandle()
	var watchers [2]*Watcher
	calls, newcomerCalls := 0, 0
	for i := range watchers {
		var err error
		watchers[i], err = l.Watch(ready[i], Readable, func(Events) {
			calls++
			closed := watchers[1-i]
			require.NoError(t, closed.Close())
			newcomer, err := l.Watch(quiet, Readable, func(Events) { newcomerCalls++ })
			require.NoError(t, err)
			assert.Equal(t, closed.key.slot, newcomer.key.slot, "the freed slot is reused")
			l.Post(func() {
				require.NoError(t, watchers[i].Close())
				require.NoError(t, newcomer.Close())
				h.Close()
			})
		})
		require.NoError(t, err)
	}
	require.NoError(t, l.Run())
	assert.Equal(t, 1, calls, "the watcher closed in the batch got its event")
	assert.Zero(t, newcomerCalls, "the newcomer got a stale event")
}
