package main

import (
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// The stream workloads run over any net.Conn pair, so the TCP and TLS
// variants share them: listen gives the server side, dial the client side.

// halfCloser is a connection that can send FIN (or close_notify) and keep
// reading.
type halfCloser interface {
	CloseWrite() error
}

// endpoints creates the server and client sides of a workload.
type endpoints struct {
	listen func() (net.Listener, error)
	dial   func(addr string) (net.Conn, error)
}

// throughput writes 64 KiB chunks for seconds() and returns the MB/s the
// server read, from the client's connection to the server's EOF.
func (e endpoints) throughput() (float64, net.Conn, error) {
	ln, err := e.listen()
	if err != nil {
		return 0, nil, err
	}
	defer ln.Close()
	type result struct {
		n   int64
		end time.Time
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			done <- result{err: err}
			return
		}
		defer c.Close()
		n, err := io.CopyBuffer(io.Discard, c, make([]byte, 64<<10))
		done <- result{n, time.Now(), err}
	}()
	c, err := e.dial(ln.Addr().String())
	if err != nil {
		return 0, nil, err
	}
	defer c.Close()
	chunk := make([]byte, 64<<10)
	t0 := time.Now()
	for deadline := t0.Add(seconds()); time.Now().Before(deadline); {
		if _, err := c.Write(chunk); err != nil {
			return 0, nil, err
		}
	}
	if err := c.(halfCloser).CloseWrite(); err != nil {
		return 0, nil, err
	}
	r := <-done
	if r.err != nil {
		return 0, nil, r.err
	}
	return round(float64(r.n)/r.end.Sub(t0).Seconds()/1e6, 1), c, nil
}

// echo copies what c sends back to it until EOF, then closes c.
func echo(c net.Conn) {
	defer c.Close()
	buf := make([]byte, 64<<10)
	for {
		n, err := c.Read(buf)
		if n > 0 {
			if _, werr := c.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// serve accepts connections until the listener closes, handing each to
// handle in its own goroutine.
func serve(ln net.Listener, handle func(net.Conn)) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go handle(c)
	}
}

// drainAndClose reads c to EOF and closes it: the server side of a
// connection-rate cycle.
func drainAndClose(c net.Conn) {
	_, _ = io.Copy(io.Discard, c)
	_ = c.Close()
}

// finish sends FIN, waits for the peer's, and closes: the client side of a
// connection's end, as Node's end() followed by 'close'.
func finish(c net.Conn) error {
	defer c.Close()
	if err := c.(halfCloser).CloseWrite(); err != nil {
		return err
	}
	_, err := io.Copy(io.Discard, c)
	return err
}

// cycles keeps `concurrency` goroutines opening connections with open (which
// must complete the connection's whole life) for seconds(), and returns the
// connections per second.
func cycles(concurrency int, open func() error) (float64, error) {
	var completed atomic.Int64
	var firstErr error
	var once sync.Once
	var wg sync.WaitGroup
	t0 := time.Now()
	deadline := t0.Add(seconds())
	for range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				if err := open(); err != nil {
					once.Do(func() { firstErr = err })
					return
				}
				completed.Add(1)
				if !time.Now().Before(deadline) {
					return
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return 0, firstErr
	}
	return float64(completed.Load()) / time.Since(t0).Seconds(), nil
}

// connRate dials addr and finishes each connection for seconds() one at a
// time, then again with concurrency goroutines, and returns both rates in
// connections (or handshakes) per second.
func (e endpoints) connRate(addr string, concurrency int) (seq, concurrent float64, err error) {
	open := func() error {
		c, err := e.dial(addr)
		if err != nil {
			return err
		}
		return finish(c)
	}
	if seq, err = cycles(1, open); err != nil {
		return 0, 0, err
	}
	if concurrent, err = cycles(concurrency, open); err != nil {
		return 0, 0, err
	}
	return seq, concurrent, nil
}

// pingPong exchanges size-byte messages on c: one in flight, 1,000 warm-up
// round trips, then seconds() of timed ones.
func pingPong(c net.Conn, size int) (figures, error) {
	msg := make([]byte, size)
	buf := make([]byte, size)
	trip := func() error {
		if _, err := c.Write(msg); err != nil {
			return err
		}
		_, err := io.ReadFull(c, buf)
		return err
	}
	for range 1000 {
		if err := trip(); err != nil {
			return nil, err
		}
	}
	var rtts []float64
	start := time.Now()
	deadline := start.Add(seconds())
	for {
		t := time.Now()
		if err := trip(); err != nil {
			return nil, err
		}
		now := time.Now()
		rtts = append(rtts, float64(now.Sub(t).Nanoseconds())/1e3)
		if !now.Before(deadline) {
			return latencyFigures(rtts, now.Sub(start)), nil
		}
	}
}
