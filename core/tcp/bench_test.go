package tcp

import (
	"io"
	"net"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/internal/tcptest"
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/loop/looptest"
)

// The benchmarks compare the loop-driven connections with plain net.Conn in
// goroutines, the Go baseline, in the same run: each has core and netconn
// variants. Both ends run in this process on loopback. "1loop" puts both
// ends on one loop (one goroutine, as DESIGN.md's one-process measurements
// did); "2loops" gives each end a loop of its own, as a nodeshim process
// talking to another would — every message then wakes the other loop's
// thread, which the Go baseline's single netpoller avoids in-process.

// benchPair connects a client on cl to a server on sl (which may be the
// same loop) and calls the setups on their loops; run both loops after.
func benchPair(b *testing.B, cl, sl *loop.Loop, client func(*Conn), server func(*Conn)) {
	b.Helper()
	var ln *Listener
	ln, err := Listen(sl, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
		ln.Close()
		server(c)
	}})
	if err != nil {
		b.Fatal(err)
	}
	var c *Conn
	c = Dial(cl, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) {
		if err != nil {
			b.Fatal(err)
		}
		client(c)
	})
}

func netPair(b *testing.B) (client, server net.Conn) {
	b.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	client, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		b.Fatal(err)
	}
	server, err = ln.Accept()
	if err != nil {
		b.Fatal(err)
	}
	return client, server
}

const benchChunk = 64 << 10

func BenchmarkThroughput64K(b *testing.B) {
	for _, reuse := range []bool{false, true} {
		name := "core/2loops/fresh-reads"
		if reuse {
			name = "core/2loops/reused-reads"
		}
		b.Run(name, func(b *testing.B) { benchCoreThroughput(b, reuse) })
	}
	b.Run("netconn", func(b *testing.B) {
		client, server := netPair(b)
		netThroughput(b, client, server, nil)
	})
}

// netThroughput writes b.N chunks from client to server, which a goroutine
// drains, timing from after start (nil: nothing to wait for) has run.
func netThroughput(b *testing.B, client, server net.Conn, start func() error) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		buf := make([]byte, benchChunk)
		for {
			if _, err := server.Read(buf); err != nil {
				return
			}
		}
	}()
	if start != nil {
		if err := start(); err != nil {
			b.Fatal(err)
		}
	}
	chunk := make([]byte, benchChunk)
	b.SetBytes(benchChunk)
	b.ResetTimer()
	for range b.N {
		if _, err := client.Write(chunk); err != nil {
			b.Fatal(err)
		}
	}
	client.Close()
	wg.Wait()
	server.Close()
}

// chunkPump returns a function that writes chunk to client until n chunks
// are written, keeping about 1 MiB queued, then closes client; call it
// first and on each drain.
func chunkPump(client *Conn, chunk []byte, n int) func() {
	return func() {
		for n > 0 && client.Queued() < 1<<20 {
			client.Write(chunk, nil)
			n--
		}
		if n == 0 {
			client.Close()
		}
	}
}

// benchCoreThroughput sends b.N chunks from one loop to another, keeping
// about 1 MiB queued; the receiver counts bytes.
func benchCoreThroughput(b *testing.B, reuse bool) {
	cl, sl := looptest.New(b), looptest.New(b)
	chunk := make([]byte, benchChunk)
	b.SetBytes(benchChunk)
	benchPair(b, cl, sl, func(client *Conn) {
		pump := chunkPump(client, chunk, b.N)
		client.SetHandler(tcptest.Handler{Drain: pump})
		b.ResetTimer()
		pump()
	}, func(server *Conn) {
		server.SetReadReuse(reuse)
		server.SetHandler(tcptest.Handler{End: server.Close})
	})
	looptest.RunAll(b, cl, sl)
}

func BenchmarkPingPong64(b *testing.B) {
	for _, conns := range []int{1, 50} {
		name := "1conn"
		if conns > 1 {
			name = "50conns"
		}
		b.Run("core/1loop/"+name, func(b *testing.B) { benchCorePingPong(b, conns, false) })
		b.Run("core/2loops/"+name, func(b *testing.B) { benchCorePingPong(b, conns, true) })
		b.Run("netconn/"+name, func(b *testing.B) { benchNetPingPong(b, conns) })
	}
}

// benchCorePingPong runs b.N 64-byte round trips spread over conns
// connections, client and echo server on one loop or on two. Reads are
// fresh slices, as the façades get them.
func benchCorePingPong(b *testing.B, conns int, twoLoops bool) {
	cl, sl := looptest.New(b), looptest.New(b)
	if !twoLoops {
		sl = cl
	}
	msg := make([]byte, 64)
	left := b.N
	ready := 0
	var starts []func()
	for range conns {
		benchPair(b, cl, sl, func(client *Conn) {
			got := 0
			client.SetHandler(tcptest.Handler{Data: func(p []byte) {
				got += len(p)
				if got < len(msg) {
					return
				}
				got = 0
				if left > 0 {
					left--
					client.Write(msg, nil)
					return
				}
				client.Close()
			}})
			starts = append(starts, func() {
				left--
				client.Write(msg, nil)
			})
			ready++
			if ready == conns {
				b.ResetTimer()
				for _, start := range starts {
					start()
				}
			}
		}, func(server *Conn) {
			server.SetHandler(tcptest.Handler{
				Data: func(p []byte) { server.Write(p, nil) },
				End:  server.Close,
			})
		})
	}
	if twoLoops {
		looptest.RunAll(b, cl, sl)
	} else {
		looptest.RunAll(b, cl)
	}
}

func benchNetPingPong(b *testing.B, conns int) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	left := b.N
	take := func() bool {
		mu.Lock()
		defer mu.Unlock()
		left--
		return left >= 0
	}
	pairs := make([][2]net.Conn, conns)
	for i := range pairs {
		c, s := netPair(b)
		pairs[i] = [2]net.Conn{c, s}
		go func() {
			buf := make([]byte, 64)
			for {
				n, err := s.Read(buf)
				if err != nil {
					return
				}
				if _, err := s.Write(buf[:n]); err != nil {
					return
				}
			}
		}()
	}
	b.ResetTimer()
	for _, p := range pairs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			msg := make([]byte, 64)
			for take() {
				if _, err := p[0].Write(msg); err != nil {
					b.Error(err)
					return
				}
				if _, err := io.ReadFull(p[0], msg); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	b.StopTimer()
	for _, p := range pairs {
		p[0].Close()
		p[1].Close()
	}
}

func BenchmarkConnect(b *testing.B) {
	b.Run("core", func(b *testing.B) {
		cl, sl := looptest.New(b), looptest.New(b)
		accepted := 0
		var ln *Listener
		ln, err := Listen(sl, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
			c.Destroy()
			if accepted++; accepted == b.N {
				ln.Close()
			}
		}})
		if err != nil {
			b.Fatal(err)
		}
		left := b.N
		var next func()
		next = func() {
			if left == 0 {
				return
			}
			left--
			var c *Conn
			c = Dial(cl, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) {
				if err != nil {
					b.Fatal(err)
				}
				c.Destroy()
				next()
			})
		}
		b.ResetTimer()
		next()
		looptest.RunAll(b, cl, sl)
	})
	b.Run("netconn", func(b *testing.B) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		go func() {
			for {
				c, err := ln.Accept()
				if err != nil {
					return
				}
				c.Close()
			}
		}()
		b.ResetTimer()
		for range b.N {
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				b.Fatal(err)
			}
			c.Close()
		}
		b.StopTimer()
		ln.Close()
	})
}

// heapInUse returns the live heap plus goroutine stacks after a GC.
func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc + m.StackInuse
}

const idlePairs = 1000

// BenchmarkIdleMemory reports the Go memory (heap and stacks) that one idle
// connection pair costs, both ends in this process: B/pair. b.N is ignored
// beyond repeating the measurement.
func BenchmarkIdleMemory(b *testing.B) {
	b.Run("core", func(b *testing.B) {
		for range b.N {
			l := looptest.New(b)
			var conns []*Conn
			before := heapInUse()
			add := func(c *Conn) {
				c.Write([]byte("hi"), nil) // each has seen some traffic
				conns = append(conns, c)
				if len(conns) == 2*idlePairs {
					l.NewTimer(20*time.Millisecond, l.Stop)
				}
			}
			for range idlePairs {
				benchPair(b, l, l, add, add)
			}
			if err := l.Run(); err != nil {
				b.Fatal(err)
			}
			after := heapInUse()
			b.ReportMetric(float64(after-before)/idlePairs, "B/pair")
			for _, c := range conns {
				c.Destroy()
			}
			l.Run()
		}
	})
	b.Run("netconn", func(b *testing.B) {
		for range b.N {
			var pairs [][2]net.Conn
			var wg sync.WaitGroup
			before := heapInUse()
			for range idlePairs {
				c, s := netPair(b)
				pairs = append(pairs, [2]net.Conn{c, s})
				for _, conn := range []net.Conn{c, s} {
					wg.Add(1)
					go func() { // a reader per connection, as Go servers have
						defer wg.Done()
						buf := make([]byte, 4096)
						for {
							if _, err := conn.Read(buf); err != nil {
								return
							}
						}
					}()
					conn.Write([]byte("hi"))
				}
			}
			after := heapInUse()
			b.ReportMetric(float64(after-before)/idlePairs, "B/pair")
			for _, p := range pairs {
				p[0].Close()
				p[1].Close()
			}
			wg.Wait()
		}
	})
}
