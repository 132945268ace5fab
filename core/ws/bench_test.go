package ws

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/coder/websocket"
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/loop/looptest"
	"github.com/nodeshim/nodeshim/core/tcp"
)

// The benchmarks compare our loop-driven connections ("core") with
// github.com/coder/websocket on goroutines over Go's netpoller ("coder",
// the plain Go baseline) and with coder/websocket handing every message to
// a loop and taking every send from it ("coder-via-loop": what wrapping the
// library for the loop would cost at best — a reader and a writer
// goroutine per connection, posting to the loop and fed by a channel).
// Both ends run in this process on loopback.

// funcs is a Handler made of optional functions, for benchmarks.
type funcs struct {
	open    func()
	message func(MessageType, []byte)
	drain   func()
	closed  func()
}

func (f funcs) OnOpen(string, string) {
	if f.open != nil {
		f.open()
	}
}

func (f funcs) OnMessage(kind MessageType, b []byte) {
	if f.message != nil {
		f.message(kind, b)
	}
}

func (f funcs) OnDrain() {
	if f.drain != nil {
		f.drain()
	}
}

func (funcs) OnError(error) {}

func (f funcs) OnClose(int, string, bool) {
	if f.closed != nil {
		f.closed()
	}
}

// benchPair connects a client on cl to a server on sl (which may be the
// same loop) and gives each end its handler; run both loops after.
func benchPair(b *testing.B, cl, sl *loop.Loop, client func(*Conn) Handler, server func(*Conn) Handler) {
	b.Helper()
	var ln *tcp.Listener
	ln, err := tcp.Listen(sl, tcp.ListenOptions{Host: "127.0.0.1"}, listenerFuncs(func(tc *tcp.Conn) {
		ln.Close()
		c := Accept(tc, AcceptOptions{})
		c.SetHandler(server(c))
	}))
	if err != nil {
		b.Fatal(err)
	}
	c, err := Dial(cl, fmt.Sprintf("ws://127.0.0.1:%d", ln.Addr().Port()), DialOptions{})
	if err != nil {
		b.Fatal(err)
	}
	c.SetHandler(client(c))
}

// coderPair runs a coder/websocket server with serve and dials it.
func coderPair(b *testing.B, serve func(c *websocket.Conn)) (client *websocket.Conn, stop func()) {
	b.Helper()
	var wg sync.WaitGroup
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := websocket.Accept(w, r, nil)
		if err != nil {
			b.Error(err)
			return
		}
		c.SetReadLimit(1 << 20)
		wg.Add(1)
		defer wg.Done()
		serve(c)
		c.CloseNow()
	}))
	c, _, err := websocket.Dial(context.Background(), "ws"+strings.TrimPrefix(hs.URL, "http"), nil)
	if err != nil {
		b.Fatal(err)
	}
	c.SetReadLimit(1 << 20)
	return c, func() {
		c.CloseNow()
		wg.Wait()
		hs.Close()
	}
}

// coderEcho serves by writing every message back.
func coderEcho(c *websocket.Conn) {
	ctx := context.Background()
	for {
		typ, data, err := c.Read(ctx)
		if err != nil || c.Write(ctx, typ, data) != nil {
			return
		}
	}
}

// viaLoop drives a coder/websocket connection from a loop: a reader
// goroutine posts each message to the loop, and the loop's sends go to a
// writer goroutine, which posts each completion back (the loop needs them
// for bufferedAmount and drain).
type viaLoop struct {
	out  chan []byte
	sent func()
	done chan struct{} // closed when the reader ends
}

func newViaLoop(l *loop.Loop, c *websocket.Conn, onMessage func([]byte), sent func()) *viaLoop {
	v := &viaLoop{out: make(chan []byte, 64), sent: sent, done: make(chan struct{})}
	ctx := context.Background()
	go func() {
		defer close(v.done)
		for {
			_, data, err := c.Read(ctx)
			if err != nil {
				return
			}
			l.Post(func() { onMessage(data) })
		}
	}()
	go func() {
		for data := range v.out {
			if c.Write(ctx, websocket.MessageBinary, data) != nil {
				return
			}
			if v.sent != nil {
				l.Post(v.sent)
			}
		}
	}()
	return v
}

func BenchmarkEcho64(b *testing.B) {
	b.Run("core/1loop", func(b *testing.B) { benchCoreEcho(b, false) })
	b.Run("core/2loops", func(b *testing.B) { benchCoreEcho(b, true) })
	b.Run("coder", func(b *testing.B) {
		client, stop := coderPair(b, coderEcho)
		defer stop()
		ctx := context.Background()
		msg := make([]byte, 64)
		b.ResetTimer()
		for range b.N {
			if err := client.Write(ctx, websocket.MessageBinary, msg); err != nil {
				b.Fatal(err)
			}
			if _, _, err := client.Read(ctx); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		reportRate(b)
	})
	b.Run("coder-via-loop", func(b *testing.B) {
		l := looptest.New(b)
		release := l.Hold()
		var server *viaLoop
		client, stop := coderPair(b, func(c *websocket.Conn) {
			server = newViaLoop(l, c, func(data []byte) { server.out <- data }, nil)
			<-server.done
			close(server.out)
		})
		left := b.N
		var cv *viaLoop
		cv = newViaLoop(l, client, func(data []byte) {
			if left--; left > 0 {
				cv.out <- data
				return
			}
			release()
		}, nil)
		b.ResetTimer()
		cv.out <- make([]byte, 64)
		if err := l.Run(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		reportRate(b)
		close(cv.out)
		stop()
	})
}

// benchCoreEcho runs b.N 64-byte round trips between our ends.
func benchCoreEcho(b *testing.B, twoLoops bool) {
	cl, sl := looptest.New(b), looptest.New(b)
	if !twoLoops {
		sl = cl
	}
	msg := make([]byte, 64)
	left := b.N
	benchPair(b, cl, sl, func(c *Conn) Handler {
		return funcs{
			open: func() {
				b.ResetTimer()
				c.SendBinary(msg, nil)
			},
			message: func(_ MessageType, data []byte) {
				if left--; left > 0 {
					c.SendBinary(data, nil)
					return
				}
				b.StopTimer()
				c.Close(CloseNormal, "")
			},
		}
	}, func(c *Conn) Handler {
		return funcs{message: func(_ MessageType, data []byte) { c.SendBinary(data, nil) }}
	})
	if twoLoops {
		looptest.RunAll(b, cl, sl)
	} else {
		looptest.RunAll(b, cl)
	}
	reportRate(b)
}

// reportRate reports round trips (or messages) per second.
func reportRate(b *testing.B) {
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(b.N)/s, "msgs/s")
	}
}

const benchChunk = 64 << 10

func BenchmarkThroughput64K(b *testing.B) {
	b.Run("core/2loops", benchCoreThroughput)
	b.Run("coder", func(b *testing.B) {
		got := make(chan int, 1)
		client, stop := coderPair(b, func(c *websocket.Conn) {
			n := 0
			for n < b.N {
				if _, _, err := c.Read(context.Background()); err != nil {
					break
				}
				n++
			}
			got <- n
		})
		defer stop()
		chunk := make([]byte, benchChunk)
		b.SetBytes(benchChunk)
		b.ResetTimer()
		for range b.N {
			if err := client.Write(context.Background(), websocket.MessageBinary, chunk); err != nil {
				b.Fatal(err)
			}
		}
		<-got
	})
	b.Run("coder-via-loop", func(b *testing.B) {
		cl, sl := looptest.New(b), looptest.New(b)
		releaseServer := sl.Hold()
		client, stop := coderPair(b, func(c *websocket.Conn) {
			n := 0
			v := newViaLoop(sl, c, func([]byte) {
				if n++; n == b.N {
					releaseServer()
				}
			}, nil)
			<-v.done
			close(v.out)
		})
		chunk := make([]byte, benchChunk)
		b.SetBytes(benchChunk)
		releaseClient := cl.Hold()
		left, inFlight := b.N, 0
		var cv *viaLoop
		pump := func() {
			for left > 0 && inFlight < 16 { // 1 MiB queued, as core keeps
				cv.out <- chunk
				left--
				inFlight++
			}
			if left == 0 && inFlight == 0 {
				releaseClient()
			}
		}
		cv = newViaLoop(cl, client, func([]byte) {}, func() { inFlight--; pump() })
		b.ResetTimer()
		cl.Post(pump)
		looptest.RunAll(b, cl, sl)
		b.StopTimer()
		close(cv.out)
		stop()
	})
}

// benchCoreThroughput sends b.N 64 KiB messages from one loop to another,
// keeping about 1 MiB buffered.
func benchCoreThroughput(b *testing.B) {
	cl, sl := looptest.New(b), looptest.New(b)
	chunk := make([]byte, benchChunk)
	b.SetBytes(benchChunk)
	left, got := b.N, 0
	benchPair(b, cl, sl, func(c *Conn) Handler {
		pump := func() {
			for left > 0 && c.Buffered() < 1<<20 {
				c.SendBinary(chunk, nil)
				left--
			}
		}
		return funcs{open: func() { b.ResetTimer(); pump() }, drain: pump}
	}, func(c *Conn) Handler {
		return funcs{message: func(MessageType, []byte) {
			if got++; got == b.N {
				b.StopTimer()
				c.Close(CloseNormal, "")
			}
		}}
	})
	looptest.RunAll(b, cl, sl)
}
