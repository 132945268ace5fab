package tcp

import (
	"crypto/sha256"
	"hash"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// pair connects a client to a server on the loop and calls ready with both
// ends once the server end is accepted and the client connected.
func pair(t *testing.T, l *loop.Loop, host string, ready func(client, server *Conn)) {
	t.Helper()
	var ln *Listener
	var client, server *Conn
	connected := false
	maybeReady := func() {
		if connected && server != nil {
			ready(client, server)
		}
	}
	ln, err := Listen(l, ListenOptions{Host: host}, listenerFuncs{conn: func(c *Conn) {
		server = c
		require.NoError(t, ln.Close())
		maybeReady()
	}})
	require.NoError(t, err)
	client = Dial(l, DialOptions{Host: host, Port: ln.Addr().Port()}, func(err error) {
		require.NoError(t, err)
		connected = true
		maybeReady()
	})
}

func TestPauseHoldsBackAFastSender(t *testing.T) {
	l := newLoop(t)
	chunk := make([]byte, 64<<10)
	const target = 16 << 20 // bytes the sender tries to queue
	sent := 0
	receiver := newRecorder(t, "receiver")
	receiver.keep = false
	sender := newRecorder(t, "sender")
	drained := false
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		server.SetHandler(receiver)
		server.Pause()
		client.SetHandler(sender)
		for client.Queued() < target {
			client.Write(chunk, nil)
			sent += len(chunk)
		}
		l.NewTimer(100*time.Millisecond, func() {
			assert.Zero(t, server.BytesRead(), "nothing is read while paused")
			assert.Zero(t, receiver.n)
			assert.GreaterOrEqual(t, client.Queued(), target, "the sender's queue keeps what the kernel refuses")
			assert.Less(t, client.BytesWritten(), int64(sent), "the kernel's buffers are bounded")
			server.Resume()
		})
		receiver.onData = func([]byte) {
			if receiver.n == sent {
				client.Close()
				server.Close()
			}
		}
		sender.onDrain = func() { drained = true }
	})
	run(t, l)
	assert.Equal(t, sent, receiver.n)
	assert.True(t, drained)
}

func TestPauseAndResumeOftenLosesNothing(t *testing.T) {
	l := newLoop(t)
	data := randomBytes(4 << 20)
	receiver := newRecorder(t, "receiver")
	pair(t, l, "::1", func(client, server *Conn) {
		server.SetHandler(receiver)
		client.SetHandler(newRecorder(t, "sender"))
		for i := 0; i < len(data); i += 100 << 10 {
			client.Write(data[i:min(i+100<<10, len(data))], nil)
		}
		client.CloseWrite(nil)
		reads := 0
		receiver.onData = func([]byte) {
			reads++
			switch reads % 3 {
			case 0:
				server.Pause()
				server.Resume() // undone within the task
			case 1:
				server.Pause()
				l.NewTimer(time.Millisecond, server.Resume)
			}
		}
		receiver.onEnd = func() { server.CloseWrite(nil) }
	})
	run(t, l)
	assert.Equal(t, sha256.Sum256(data), sha256.Sum256(receiver.data))
	assert.Equal(t, []string{"end", "close:false"}, receiver.events)
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	rng := rand.NewChaCha8([32]byte{1, 2, 3})
	_, _ = rng.Read(b)
	return b
}

// transferSize is 1 GiB (about 4 s here, 9 s with -race), 64 MiB with
// -short, or as many MiB as NODESHIM_TRANSFER_MIB says.
func transferSize(t *testing.T) int {
	if v := os.Getenv("NODESHIM_TRANSFER_MIB"); v != "" {
		mib, err := strconv.Atoi(v)
		require.NoError(t, err)
		return mib << 20
	}
	if testing.Short() {
		return 64 << 20
	}
	return 1 << 30
}

// pump writes total bytes of a deterministic random stream to c, keeping
// about high bytes queued, hashing what it writes into h, and ends.
type pump struct {
	c       *Conn
	rng     *rand.ChaCha8
	h       hash.Hash
	left    int
	high    int
	free    [][]byte
	written int
}

func (p *pump) run() {
	for p.left > 0 && p.c.Queued() < p.high {
		var b []byte
		if n := len(p.free); n > 0 {
			b, p.free = p.free[n-1], p.free[:n-1]
		} else {
			b = make([]byte, 256<<10)
		}
		b = b[:min(cap(b), p.left)]
		_, _ = p.rng.Read(b)
		p.h.Write(b)
		p.left -= len(b)
		p.c.Write(b, func(err error) {
			if err == nil {
				p.written += len(b)
				p.free = append(p.free, b[:cap(b)]) // reused only once written
			}
		})
	}
	if p.left == 0 {
		p.c.CloseWrite(nil)
	}
}

func TestLargeTransferKeepsEveryByte(t *testing.T) {
	t.Run("fresh reads", func(t *testing.T) { testLargeTransfer(t, pair, transferSize(t), false, 7) })
	t.Run("reused reads", func(t *testing.T) { testLargeTransfer(t, pair, 64<<20, true, 7) })
}

// testLargeTransfer sends size bytes of seeded random data from the client
// of a connection that connect makes (plain or TLS) to its server, pumping
// under a 1 MiB high-water mark, and checks that every byte arrived in order
// and that every write's callback ran; reuse has the server reuse its read
// buffer.
func testLargeTransfer(t *testing.T, connect func(*testing.T, *loop.Loop, string, func(client, server *Conn)), size int, reuse bool, seed byte) {
	l := newLoop(t)
	sentHash, gotHash := sha256.New(), sha256.New()
	var p *pump
	received := 0
	start := time.Now()
	connect(t, l, "127.0.0.1", func(client, server *Conn) {
		r := newRecorder(t, "receiver")
		r.keep = false
		r.onData = func(b []byte) {
			gotHash.Write(b)
			received += len(b)
		}
		r.onEnd = func() { server.CloseWrite(nil) }
		server.SetHandler(r)
		server.SetReadReuse(reuse)
		p = &pump{c: client, rng: rand.NewChaCha8([32]byte{seed}), h: sentHash, left: size, high: 1 << 20}
		s := newRecorder(t, "sender")
		s.onDrain = p.run
		client.SetHandler(s)
		p.run()
	})
	run(t, l)
	t.Logf("%d MiB in %v", size>>20, time.Since(start))
	assert.Equal(t, size, received)
	assert.Equal(t, size, p.written, "every write's callback ran")
	assert.Equal(t, sentHash.Sum(nil), gotHash.Sum(nil))
}

func TestThousandConcurrentConnections(t *testing.T) {
	const n = 1000
	raiseFileLimit(t, 4*n)
	l := newLoop(t)
	ln := echo(t, l, ListenOptions{Host: "127.0.0.1"}, n)
	maxOpen := 0
	ok := 0
	for i := range n {
		msg := []byte("connection " + strconv.Itoa(i) + " says hello")
		r := newRecorder(t, "client")
		c := Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) {
			require.NoError(t, err)
			maxOpen = max(maxOpen, ln.ConnectionCount())
		})
		c.SetHandler(r)
		c.Write(msg, nil)
		c.CloseWrite(nil)
		r.onClose = func(hadError bool) {
			if !hadError && string(r.data) == string(msg) {
				ok++
			}
		}
	}
	run(t, l)
	assert.Equal(t, n, ok)
	assert.Greater(t, maxOpen, 1, "connections were open at the same time")
	assert.Zero(t, ln.ConnectionCount())
}

// raiseFileLimit makes sure the process may open n descriptors.
func raiseFileLimit(t *testing.T, n uint64) {
	var lim unix.Rlimit
	require.NoError(t, unix.Getrlimit(unix.RLIMIT_NOFILE, &lim))
	if lim.Cur >= n {
		return
	}
	old := lim
	lim.Cur = min(max(n, lim.Cur), lim.Max)
	require.NoError(t, unix.Setrlimit(unix.RLIMIT_NOFILE, &lim))
	t.Cleanup(func() { _ = unix.Setrlimit(unix.RLIMIT_NOFILE, &old) })
	if lim.Cur < n {
		t.Skipf("the file limit is %d, below %d", lim.Cur, n)
	}
}

func TestPeerResetMidTransfer(t *testing.T) {
	cases := []struct {
		name string
		// resetWhileReading: the victim has unread bytes from the resetting
		// side; otherwise the victim is writing.
		resetWhileReading bool
		codes             []string
	}{
		{"victim writing", false, []string{"ECONNRESET", "EPIPE"}},
		{"victim reading", true, []string{"ECONNRESET"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			victim := newRecorder(t, "victim")
			victim.keep = false
			writeErrs := 0
			pair(t, l, "127.0.0.1", func(client, server *Conn) {
				client.SetHandler(victim)
				resetter := newRecorder(t, "resetter")
				resetter.keep = false
				server.SetHandler(resetter)
				chunk := make([]byte, 64<<10)
				if tc.resetWhileReading {
					client.Pause()
					for range 8 {
						server.Write(chunk, nil)
					}
					l.NewTimer(20*time.Millisecond, func() {
						server.Reset()
						l.NewTimer(20*time.Millisecond, client.Resume)
					})
					return
				}
				for range 256 {
					client.Write(chunk, func(err error) {
						if err != nil {
							writeErrs++
						}
					})
				}
				resetter.onData = func([]byte) {
					if resetter.n > 1<<20 {
						server.Reset()
					}
				}
			})
			run(t, l)
			require.Equal(t, []string{"error", "close:true"}, victim.events)
			var se *sockerr.Error
			require.ErrorAs(t, victim.err, &se)
			assert.Contains(t, tc.codes, se.Code)
			if !tc.resetWhileReading {
				assert.Positive(t, writeErrs, "queued writes hear of the failure")
			}
		})
	}
}

func TestDestroyDropsTheQueue(t *testing.T) {
	l := newLoop(t)
	var errs []error
	r := newRecorder(t, "client")
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		server.Pause()
		client.SetHandler(r)
		chunk := make([]byte, 1<<20)
		for range 32 {
			client.Write(chunk, func(err error) {
				if err != nil {
					errs = append(errs, err)
				}
			})
		}
		require.Positive(t, client.Queued())
		client.Destroy()
		assert.False(t, r.closed, "close is reported from a later task")
		assert.Equal(t, 0, client.Queued())
		client.Destroy() // twice is harmless
		server.Destroy()
	})
	run(t, l)
	require.NotEmpty(t, errs)
	for _, err := range errs {
		assert.ErrorContains(t, err, "ECANCELED")
	}
	assert.Equal(t, []string{"close:false"}, r.events)
}

func TestCloseFlushesThenCloses(t *testing.T) {
	l := newLoop(t)
	data := randomBytes(8 << 20)
	receiver := newRecorder(t, "receiver")
	sender := newRecorder(t, "sender")
	var writeErr, lateErr error
	pair(t, l, "::1", func(client, server *Conn) {
		server.SetHandler(receiver)
		server.Pause()
		client.SetHandler(sender)
		client.Write(data, func(err error) { writeErr = err })
		client.Close()
		assert.Greater(t, client.Queued(), 0)
		client.Write([]byte("late"), func(err error) { lateErr = err })
		l.NewTimer(20*time.Millisecond, server.Resume)
		receiver.onEnd = func() { server.Close() }
	})
	run(t, l)
	require.NoError(t, writeErr)
	assert.ErrorContains(t, lateErr, "write EPIPE")
	assert.Equal(t, sha256.Sum256(data), sha256.Sum256(receiver.data))
	assert.Equal(t, []string{"close:false"}, sender.events)
	assert.Equal(t, []string{"end", "close:false"}, receiver.events)
}

// A sender that writes its next chunk from the previous one's callback (as
// Node's write-then-'drain' does) keeps going when a write made inside a
// flush comes back short: the flush leaves the rest to the next EPOLLOUT.
func TestWritesFromCallbacksSurviveAFullSocket(t *testing.T) {
	l := newLoop(t)
	data := randomBytes(32 << 20)
	receiver := newRecorder(t, "receiver")
	receiver.keep = false
	got := sha256.New()
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		client.SetHandler(newRecorder(t, "sender"))
		server.SetHandler(receiver)
		server.Pause() // the kernel's buffers fill at once
		l.NewTimer(20*time.Millisecond, server.Resume)
		var next func(off int)
		next = func(off int) {
			if off == len(data) {
				client.CloseWrite(nil)
				return
			}
			end := min(off+64<<10, len(data))
			client.Write(data[off:end], func(err error) {
				if assert.NoError(t, err) {
					next(end)
				}
			})
		}
		next(0)
		receiver.onData = func(b []byte) { got.Write(b) }
		receiver.onEnd = func() { server.CloseWrite(nil) }
	})
	run(t, l)
	assert.Equal(t, len(data), receiver.n)
	want := sha256.Sum256(data)
	assert.Equal(t, want[:], got.Sum(nil))
	assert.Equal(t, []string{"end", "close:false"}, receiver.events)
}
