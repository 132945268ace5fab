package tcp

import (
	"crypto/tls"
	"testing"

	"github.com/nodeshim/nodeshim/core/internal/tcptest"
	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/loop/looptest"
)

// benchTLSConfigs returns a TLS 1.3 server and client configuration that
// trust each other.
func benchTLSConfigs(b *testing.B) (server, client *tls.Config) {
	ca, leaf := testcert.Localhost(b)
	server = &tls.Config{Certificates: []tls.Certificate{leaf.TLS()}, MinVersion: tls.VersionTLS13}
	client = &tls.Config{RootCAs: testcert.Pool(ca), ServerName: "localhost"}
	return server, client
}

// BenchmarkTLSThroughput64K sends 64 KiB writes over TLS 1.3 on loopback,
// both ends on one loop as in a nodeshim process holding both, the reader
// getting fresh slices as the façades do or a reused buffer; crypto/tls
// over net.Conn in
// goroutines is the Go baseline.
func BenchmarkTLSThroughput64K(b *testing.B) {
	b.Run("core/1loop/fresh-reads", func(b *testing.B) { benchCoreTLSThroughput(b, false) })
	b.Run("core/1loop/reused-reads", func(b *testing.B) { benchCoreTLSThroughput(b, true) })
	b.Run("netconn", benchNetTLSThroughput)
}

func benchCoreTLSThroughput(b *testing.B, reuse bool) {
	serverCfg, clientCfg := benchTLSConfigs(b)
	l := looptest.New(b)
	chunk := make([]byte, benchChunk)
	b.SetBytes(benchChunk)
	benchPair(b, l, l, func(client *Conn) {
		pump := chunkPump(client, chunk, b.N)
		client.SetHandler(tcptest.Handler{Drain: pump})
		client.StartTLS(TLSUpgrade{Config: clientCfg}, func(err error) {
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			pump()
		})
	}, func(server *Conn) {
		server.SetReadReuse(reuse)
		server.SetHandler(tcptest.Handler{End: server.Close})
		server.StartTLS(TLSUpgrade{Config: serverCfg, Server: true}, func(err error) {
			if err != nil {
				b.Fatal(err)
			}
		})
	})
	looptest.RunAll(b, l)
}

func benchNetTLSThroughput(b *testing.B) {
	serverCfg, clientCfg := benchTLSConfigs(b)
	c, s := netPair(b)
	client, server := tls.Client(c, clientCfg), tls.Server(s, serverCfg)
	netThroughput(b, client, server, client.Handshake)
}
