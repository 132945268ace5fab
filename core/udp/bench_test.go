package udp_test

import (
	"net"
	"net/netip"
	"runtime"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/udp"
)

// The benchmarks move 64-byte datagrams over loopback between two sockets of
// one process, a window at a time so that none is lost to a full receive
// buffer: the sender queues a window, the receiver counts it in, the next
// window follows. "core" is this package on one loop goroutine (sendmmsg and
// recvmmsg batches); "net.UDPConn" is the same pattern on plain Go sockets in
// one goroutine, one syscall per datagram.

const (
	benchSize   = 64
	benchWindow = 128
)

func BenchmarkDatagrams(b *testing.B) {
	b.Run("core", benchCoreDatagrams)
	b.Run("net.UDPConn", benchNetDatagrams)
}

func benchCoreDatagrams(b *testing.B) {
	l := newLoop(b)
	var recv, send *udp.Socket
	sent, got := 0, 0
	payload := make([]byte, benchSize)
	var to netip.AddrPort
	sendWindow := func() {
		for range min(benchWindow, b.N-sent) {
			if err := send.Send(payload, to, nil); err != nil {
				b.Fatal(err)
			}
			sent++
		}
	}
	recv, err := udp.Open(l, udp.Config{Address: lo4, RecvBufferSize: 1 << 20}, udp.Handler{
		OnMessage: func(udp.Message) {
			got++
			switch {
			case got == b.N:
				recv.Close()
				send.Close()
			case got == sent:
				sendWindow()
			}
		},
	})
	if err != nil {
		b.Fatal(err)
	}
	send, err = udp.Open(l, udp.Config{Address: lo4}, udp.Handler{})
	if err != nil {
		b.Fatal(err)
	}
	to = localAddr(b, recv)
	b.ReportAllocs()
	b.ResetTimer()
	sendWindow()
	run(b, l)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "datagrams/s")
}

func benchNetDatagrams(b *testing.B) {
	recv, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		b.Fatal(err)
	}
	defer recv.Close()
	if err := recv.SetReadBuffer(1 << 20); err != nil {
		b.Fatal(err)
	}
	send, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		b.Fatal(err)
	}
	defer send.Close()
	to := recv.LocalAddr().(*net.UDPAddr).AddrPort()
	payload := make([]byte, benchSize)
	buf := make([]byte, 65536)
	if err := recv.SetReadDeadline(time.Now().Add(time.Minute)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; {
		n := min(benchWindow, b.N-done)
		for range n {
			if _, err := send.WriteToUDPAddrPort(payload, to); err != nil {
				b.Fatal(err)
			}
		}
		for range n {
			// Node hands each datagram over in memory of its own, as the core does.
			m, _, err := recv.ReadFromUDPAddrPort(buf)
			if err != nil {
				b.Fatal(err)
			}
			_ = append([]byte(nil), buf[:m]...)
		}
		done += n
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "datagrams/s")
}

// BenchmarkRoundTrip measures one 64-byte datagram's trip to an echoing socket
// and back.
func BenchmarkRoundTrip(b *testing.B) {
	b.Run("core", benchCoreRoundTrip)
	b.Run("net.UDPConn", benchNetRoundTrip)
}

func benchCoreRoundTrip(b *testing.B) {
	l := newLoop(b)
	var client, server *udp.Socket
	trips := 0
	var err error
	server, err = udp.Open(l, udp.Config{Address: lo4}, udp.Handler{OnMessage: func(m udp.Message) {
		if err := server.Send(m.Data, m.From, nil); err != nil {
			b.Fatal(err)
		}
	}})
	if err != nil {
		b.Fatal(err)
	}
	to := localAddr(b, server)
	payload := make([]byte, benchSize)
	client, err = udp.Open(l, udp.Config{Address: lo4}, udp.Handler{OnMessage: func(udp.Message) {
		trips++
		if trips == b.N {
			client.Close()
			server.Close()
			return
		}
		if err := client.Send(payload, to, nil); err != nil {
			b.Fatal(err)
		}
	}})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	if err := client.Send(payload, to, nil); err != nil {
		b.Fatal(err)
	}
	run(b, l)
}

func benchNetRoundTrip(b *testing.B) {
	server, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		b.Fatal(err)
	}
	defer server.Close()
	client, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		b.Fatal(err)
	}
	defer client.Close()
	to := server.LocalAddr().(*net.UDPAddr).AddrPort()
	payload := make([]byte, benchSize)
	sbuf, cbuf := make([]byte, 65536), make([]byte, 65536)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := client.WriteToUDPAddrPort(payload, to); err != nil {
			b.Fatal(err)
		}
		n, from, err := server.ReadFromUDPAddrPort(sbuf)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := server.WriteToUDPAddrPort(sbuf[:n], from); err != nil {
			b.Fatal(err)
		}
		if _, _, err := client.ReadFromUDPAddrPort(cbuf); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIdleSocketMemory reports the heap an open, idle socket costs
// (receive buffers are shared, so this is the handle itself).
func BenchmarkIdleSocketMemory(b *testing.B) {
	const n = 500
	l := newLoop(b)
	for range b.N {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		socks := make([]*udp.Socket, n)
		for i := range socks {
			s, err := udp.Open(l, udp.Config{Address: lo4}, udp.Handler{OnMessage: func(udp.Message) {}})
			if err != nil {
				b.Fatal(err)
			}
			socks[i] = s
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "bytes/socket")
		for _, s := range socks {
			s.Close()
		}
		run(b, l)
	}
}
