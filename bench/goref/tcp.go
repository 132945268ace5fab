package main

import (
	"bufio"
	"io"
	"math"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// tcpEndpoints are plain TCP on 127.0.0.1 with Go's defaults (TCP_NODELAY
// on).
var tcpEndpoints = endpoints{
	listen: func() (net.Listener, error) { return net.Listen("tcp4", "127.0.0.1:0") },
	dial:   func(addr string) (net.Conn, error) { return net.Dial("tcp4", addr) },
}

// tcpThroughput is bench/node/tcp-throughput.js.
func tcpThroughput() (figures, error) {
	mbps, _, err := tcpEndpoints.throughput()
	if err != nil {
		return nil, err
	}
	return figures{"mb_per_s": mbps}, nil
}

// tcpPingPong is bench/node/tcp-pingpong.js.
func tcpPingPong() (figures, error) {
	ln, err := tcpEndpoints.listen()
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	go serve(ln, echo)
	c, err := tcpEndpoints.dial(ln.Addr().String())
	if err != nil {
		return nil, err
	}
	defer c.Close()
	return pingPong(c, 64)
}

// tcpConnRate is bench/node/tcp-connrate.js.
func tcpConnRate() (figures, error) {
	ln, err := tcpEndpoints.listen()
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	go serve(ln, drainAndClose)
	seq, c50, err := tcpEndpoints.connRate(ln.Addr().String(), 50)
	if err != nil {
		return nil, err
	}
	return figures{"seq_conn_per_s": math.Round(seq), "c50_conn_per_s": math.Round(c50)}, nil
}

// tcpMany is bench/node/tcp-many.js: every connection is up at both ends
// before the ping-pongs start.
func tcpMany() (figures, error) {
	conns, rounds := count("BENCH_CONNS", 1000), count("BENCH_PINGPONGS", 10)
	ln, err := tcpEndpoints.listen()
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	var accepted sync.WaitGroup
	accepted.Add(conns)
	go serve(ln, func(c net.Conn) {
		accepted.Done()
		echo(c)
	})
	addr := ln.Addr().String()
	t0 := time.Now()
	clients := make([]net.Conn, conns)
	errs := make(chan error, conns)
	var dialed sync.WaitGroup
	for i := range clients {
		dialed.Add(1)
		go func() {
			defer dialed.Done()
			c, err := tcpEndpoints.dial(addr)
			clients[i] = c
			if err != nil {
				errs <- err
			}
		}()
	}
	dialed.Wait()
	select {
	case err := <-errs:
		return nil, err
	default:
	}
	accepted.Wait()
	rss := rssMB()
	var done sync.WaitGroup
	for _, c := range clients {
		done.Add(1)
		go func() {
			defer done.Done()
			if err := exchange(c, rounds); err != nil {
				errs <- err
			}
		}()
	}
	done.Wait()
	select {
	case err := <-errs:
		return nil, err
	default:
	}
	return figures{"seconds": round(time.Since(t0).Seconds(), 3), "rss_mb": rss}, nil
}

// exchange does rounds 64-byte ping-pongs on c and then ends it.
func exchange(c net.Conn, rounds int) error {
	msg := make([]byte, 64)
	buf := make([]byte, 64)
	for range rounds {
		if _, err := c.Write(msg); err != nil {
			return err
		}
		if _, err := io.ReadFull(c, buf); err != nil {
			return err
		}
	}
	return finish(c)
}

// rssMB is the process's resident set size now, in MB (10^6 bytes).
func rssMB() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return round(float64(kb)*1024/1e6, 1)
		}
	}
	return 0
}
