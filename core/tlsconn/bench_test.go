package tlsconn

import (
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/internal/tcptest"
	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/loop/looptest"
	"github.com/nodeshim/nodeshim/core/tcp"
)

// TLS benchmarks against crypto/tls over net.Conn in the same run. Both
// sides use ECDSA P-256 certificates and the X25519 key exchange (the
// baseline is told so; crypto/tls alone would pick X25519MLKEM768); the
// names say what was negotiated.

type benchPKI struct {
	sctx, cctx       *Context
	server, client   *tls.Config
	keyExchangeCheck func(tls.CurveID) bool
}

func newBenchPKI(b *testing.B) *benchPKI {
	ca, leaf := testcert.Localhost(b)
	sctx, err := NewContext(ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}})
	if err != nil {
		b.Fatal(err)
	}
	cctx, err := NewContext(ContextOptions{CA: []string{ca.CertPEM}})
	if err != nil {
		b.Fatal(err)
	}
	x25519 := []tls.CurveID{tls.X25519}
	return &benchPKI{
		sctx: sctx, cctx: cctx,
		server: &tls.Config{Certificates: []tls.Certificate{leaf.TLS()}, CurvePreferences: x25519},
		client: &tls.Config{RootCAs: testcert.Pool(ca), ServerName: "localhost", CurvePreferences: x25519},
	}
}

// BenchmarkTLSHandshake measures full TLS 1.3 handshakes (no resumption),
// connection included: one at a time, and eight at a time. Client and
// server share one loop, as in one nodeshim process.
func BenchmarkTLSHandshake(b *testing.B) {
	pki := newBenchPKI(b)
	for _, inflight := range []int{1, 8} {
		name := fmt.Sprintf("%d-in-flight/X25519", inflight)
		b.Run("core/"+name, func(b *testing.B) { benchCoreHandshakes(b, pki, inflight) })
		b.Run("crypto-tls/"+name, func(b *testing.B) { benchGoHandshakes(b, pki, inflight) })
	}
}

func benchCoreHandshakes(b *testing.B, pki *benchPKI, inflight int) {
	l := looptest.New(b)
	accepted := 0
	var ln *tcp.Listener
	ln, err := tcp.Listen(l, tcp.ListenOptions{Host: "127.0.0.1"}, serverFuncs(func(c *tcp.Conn) {
		if accepted++; accepted == b.N {
			ln.Close()
		}
		var sc *Conn
		sc = Start(c, pki.sctx, ConnOptions{Server: true}, func(err error) {
			if err == nil {
				sc.Close()
			}
		})
	}))
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
		c = Dial(l, tcp.DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, pki.cctx, ConnOptions{Host: "localhost"}, func(err error) {
			if err != nil {
				b.Fatal(err)
			}
			if c.KeyExchange().Name != "X25519" {
				b.Fatalf("negotiated %v", c.KeyExchange())
			}
			c.Destroy()
			next()
		})
	}
	b.ResetTimer()
	for range inflight {
		next()
	}
	looptest.RunAll(b, l)
}

func benchGoHandshakes(b *testing.B, pki *benchPKI, inflight int) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				tc := tls.Server(c, pki.server)
				tc.Handshake()
				tc.Close()
			}()
		}
	}()
	var left atomic.Int64
	left.Store(int64(b.N))
	var clients sync.WaitGroup
	b.ResetTimer()
	for range inflight {
		clients.Add(1)
		go func() {
			defer clients.Done()
			for left.Add(-1) >= 0 {
				c, err := tls.Dial("tcp", ln.Addr().String(), pki.client)
				if err != nil {
					b.Error(err)
					return
				}
				if c.ConnectionState().CurveID != tls.X25519 {
					b.Errorf("negotiated %v", c.ConnectionState().CurveID)
				}
				c.Close()
			}
		}()
	}
	clients.Wait()
	b.StopTimer()
	ln.Close()
	wg.Wait()
}

const benchChunk = 64 << 10

// BenchmarkTLSThroughput64K sends 64 KiB writes through TLS 1.3 from one
// loop to another (the receiver reuses its read buffer).
func BenchmarkTLSThroughput64K(b *testing.B) {
	pki := newBenchPKI(b)
	b.Run("core/2loops", func(b *testing.B) {
		cl, sl := looptest.New(b), looptest.New(b)
		chunk := make([]byte, benchChunk)
		b.SetBytes(benchChunk)
		var ln *tcp.Listener
		ln, err := tcp.Listen(sl, tcp.ListenOptions{Host: "127.0.0.1"}, serverFuncs(func(c *tcp.Conn) {
			ln.Close()
			c.SetReadReuse(true)
			c.SetHandler(tcptest.Handler{End: c.Close})
			Start(c, pki.sctx, ConnOptions{Server: true}, func(err error) {
				if err != nil {
					b.Error(err)
				}
			})
		}))
		if err != nil {
			b.Fatal(err)
		}
		left := b.N
		var c *Conn
		pump := func() {
			for left > 0 && c.Queued() < 1<<20 {
				c.Write(chunk, nil)
				left--
			}
			if left == 0 {
				c.Close()
			}
		}
		c = Dial(cl, tcp.DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, pki.cctx, ConnOptions{Host: "localhost"}, func(err error) {
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			pump()
		})
		c.SetHandler(tcptest.Handler{Drain: pump})
		looptest.RunAll(b, cl, sl)
	})
	b.Run("crypto-tls", func(b *testing.B) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		defer ln.Close()
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := ln.Accept()
			if err != nil {
				return
			}
			tc := tls.Server(c, pki.server)
			io.Copy(io.Discard, tc)
			tc.Close()
		}()
		c, err := tls.Dial("tcp", ln.Addr().String(), pki.client)
		if err != nil {
			b.Fatal(err)
		}
		chunk := make([]byte, benchChunk)
		b.SetBytes(benchChunk)
		b.ResetTimer()
		for range b.N {
			if _, err := c.Write(chunk); err != nil {
				b.Fatal(err)
			}
		}
		c.Close()
		wg.Wait()
	})
}

const idlePairs = 500

func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc + m.StackInuse
}

// BenchmarkTLSIdleMemory reports the Go memory one idle TLS connection pair
// holds after a handshake and one small message each way: B/pair.
func BenchmarkTLSIdleMemory(b *testing.B) {
	pki := newBenchPKI(b)
	b.Run("core", func(b *testing.B) {
		for range b.N {
			l := looptest.New(b)
			var conns []*Conn
			before := heapInUse()
			ln, err := tcp.Listen(l, tcp.ListenOptions{Host: "127.0.0.1"}, serverFuncs(func(c *tcp.Conn) {
				sc := Start(c, pki.sctx, ConnOptions{Server: true}, func(error) {})
				sc.Write([]byte("hi"), nil)
				conns = append(conns, sc)
			}))
			if err != nil {
				b.Fatal(err)
			}
			for range idlePairs {
				var c *Conn
				c = Dial(l, tcp.DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, pki.cctx, ConnOptions{Host: "localhost"}, func(err error) {
					if err != nil {
						b.Fatal(err)
					}
					c.Write([]byte("hi"), nil)
				})
				conns = append(conns, c)
			}
			stop := l.NewTimer(2*time.Second, l.Stop)
			stop.Unref()
			l.Run()
			ln.Close()
			after := heapInUse()
			b.ReportMetric(float64(after-before)/idlePairs, "B/pair")
			for _, c := range conns {
				c.Destroy()
			}
			l.Run()
		}
	})
	b.Run("crypto-tls", func(b *testing.B) {
		for range b.N {
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				b.Fatal(err)
			}
			var conns []net.Conn
			var mu sync.Mutex
			var wg sync.WaitGroup
			before := heapInUse()
			serve := func(c net.Conn) { // a reader per connection, as Go servers have
				defer wg.Done()
				buf := make([]byte, 4096)
				for {
					if _, err := c.Read(buf); err != nil {
						return
					}
				}
			}
			for range idlePairs {
				wg.Add(2)
				go func() {
					c, err := ln.Accept()
					if err != nil {
						wg.Done()
						return
					}
					tc := tls.Server(c, pki.server)
					mu.Lock()
					conns = append(conns, tc)
					mu.Unlock()
					tc.Write([]byte("hi"))
					serve(tc)
				}()
				c, err := tls.Dial("tcp", ln.Addr().String(), pki.client)
				if err != nil {
					b.Fatal(err)
				}
				c.Write([]byte("hi"))
				mu.Lock()
				conns = append(conns, c)
				mu.Unlock()
				go serve(c)
			}
			time.Sleep(200 * time.Millisecond)
			after := heapInUse()
			b.ReportMetric(float64(after-before)/idlePairs, "B/pair")
			mu.Lock()
			for _, c := range conns {
				c.Close()
			}
			mu.Unlock()
			ln.Close()
			wg.Wait()
		}
	})
}
