package tcp

import (
	"bytes"
	"crypto/sha256"
	"crypto/tls"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tlsConfigs returns a server and a client configuration that trust each
// other, with ALPN.
func tlsConfigs(t *testing.T) (server, client *tls.Config) {
	ca, leaf := testcert.Localhost(t)
	server = &tls.Config{Certificates: []tls.Certificate{leaf.TLS()}, NextProtos: []string{"h2", "x"}}
	client = &tls.Config{RootCAs: testcert.Pool(ca), ServerName: "localhost", NextProtos: []string{"x"}}
	return server, client
}

// securePair connects a client and a server on the loop and starts TLS on
// both; ready runs once both handshakes have completed.
func securePair(t *testing.T, l *loop.Loop, host string, ready func(client, server *Conn)) {
	serverCfg, clientCfg := tlsConfigs(t)
	pair(t, l, host, func(client, server *Conn) {
		done := 0
		both := func(err error) {
			require.NoError(t, err)
			if done++; done == 2 {
				ready(client, server)
			}
		}
		server.StartTLS(TLSUpgrade{Config: serverCfg, Server: true}, both)
		client.StartTLS(TLSUpgrade{Config: clientCfg}, both)
	})
}

func TestTLSEchoAndState(t *testing.T) {
	for _, host := range []string{"127.0.0.1", "::1"} {
		t.Run(host, func(t *testing.T) {
			l := newLoop(t)
			data := randomBytes(1 << 20)
			got := newRecorder(t, "client")
			var state tls.ConnectionState
			securePair(t, l, host, func(client, server *Conn) {
				var ok bool
				state, ok = client.TLSState()
				require.True(t, ok)
				assert.True(t, client.Secure())
				echoOn(t, server, "server")
				client.SetHandler(got)
				client.Write(data, nil)
				client.CloseWrite(nil)
			})
			run(t, l)
			assert.Equal(t, sha256.Sum256(data), sha256.Sum256(got.data))
			assert.Equal(t, []string{"end", "close:false"}, got.events)
			assert.Equal(t, uint16(tls.VersionTLS13), state.Version)
			assert.Equal(t, "x", state.NegotiatedProtocol)
			assert.Equal(t, "localhost", state.PeerCertificates[0].Subject.CommonName)
		})
	}
}

func TestTLSLargeTransfer(t *testing.T) {
	for _, reuse := range []bool{false, true} {
		t.Run(map[bool]string{false: "fresh reads", true: "reused reads"}[reuse], func(t *testing.T) {
			testLargeTransfer(t, securePair, transferSize(t)/16, reuse, 9)
		})
	}
}

func TestTLSWritesDuringHandshakeAreHeldAndEncrypted(t *testing.T) {
	l := newLoop(t)
	serverCfg, clientCfg := tlsConfigs(t)
	got := newRecorder(t, "server")
	var order []string
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		server.SetHandler(got)
		got.onEnd = func() { server.CloseWrite(nil) }
		server.StartTLS(TLSUpgrade{Config: serverCfg, Server: true}, func(err error) { require.NoError(t, err) })
		client.StartTLS(TLSUpgrade{Config: clientCfg}, func(err error) {
			require.NoError(t, err)
			order = append(order, "secure")
		})
		client.SetHandler(newRecorder(t, "client"))
		assert.Equal(t, 5, client.Write([]byte("held "), func(err error) {
			require.NoError(t, err)
			order = append(order, "written")
		}), "held bytes count as queued")
		client.Write([]byte("then encrypted"), nil)
		client.CloseWrite(nil) // waits for the handshake too
	})
	run(t, l)
	assert.Equal(t, "held then encrypted", string(got.data))
	assert.Equal(t, []string{"secure", "written"}, order)
	assert.Equal(t, []string{"end", "close:false"}, got.events)
}

func TestTLSPauseHoldsBackTheSender(t *testing.T) {
	l := newLoop(t)
	chunk := make([]byte, 64<<10)
	sent := 0
	receiver := newRecorder(t, "receiver")
	receiver.keep = false
	securePair(t, l, "127.0.0.1", func(client, server *Conn) {
		server.SetHandler(receiver)
		client.SetHandler(newRecorder(t, "sender"))
		server.Pause()
		for client.Queued() < 8<<20 {
			client.Write(chunk, nil)
			sent += len(chunk)
		}
		l.NewTimer(50*time.Millisecond, func() {
			assert.Zero(t, receiver.n, "nothing is delivered while paused")
			assert.Less(t, server.BytesRead(), int64(sent/2), "and little is read from the kernel")
			server.Resume()
		})
		receiver.onData = func([]byte) {
			if receiver.n == sent {
				client.Destroy()
				server.Destroy()
			}
		}
	})
	run(t, l)
	assert.Equal(t, sent, receiver.n)
}

// TestTLSBacklogComesInChunksUpToTheBound lets 8 MiB of records pile up
// while the receiver, allowed 256 KiB chunks, is paused: their plaintext
// arrives in chunks above 64 KiB and within the bound, none holding more
// than twice its bytes, and every chunk kept to the end still holds its own
// bytes (an array lent with a chunk is not read into again).
func TestTLSBacklogComesInChunksUpToTheBound(t *testing.T) {
	l := newLoop(t)
	const total, bound = 8 << 20, 256 << 10
	data := randomBytes(total)
	var chunks [][]byte
	received, largest := 0, 0
	receiver := newRecorder(t, "receiver")
	receiver.keep = false
	securePair(t, l, "127.0.0.1", func(client, server *Conn) {
		server.SetMaxChunk(bound)
		server.SetHandler(receiver)
		client.SetHandler(newRecorder(t, "sender"))
		server.Pause()
		for off := 0; off < total; off += 64 << 10 {
			client.Write(data[off:off+64<<10], nil)
		}
		receiver.onData = func(b []byte) {
			chunks = append(chunks, b)
			received += len(b)
			largest = max(largest, len(b))
			assert.LessOrEqual(t, cap(b), 2*len(b), "a chunk at most twice its bytes")
			if received == total {
				client.Destroy()
				server.Destroy()
			}
		}
		l.NewTimer(50*time.Millisecond, server.Resume)
	})
	run(t, l)
	require.Equal(t, total, received)
	assert.Greater(t, largest, maxChunk, "a backlog is delivered in chunks above 64 KiB")
	assert.LessOrEqual(t, largest, bound)
	assert.True(t, bytes.Equal(data, bytes.Join(chunks, nil)), "the chunks kept hold the bytes sent, in order")
}

func TestTLSInteropWithCryptoTLS(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	serverCfg := &tls.Config{Certificates: []tls.Certificate{leaf.TLS()}}
	clientCfg := &tls.Config{RootCAs: testcert.Pool(ca), ServerName: "localhost"}
	data := randomBytes(3 << 20)
	for _, coreIsServer := range []bool{true, false} {
		name := "core client"
		if coreIsServer {
			name = "core server"
		}
		t.Run(name, func(t *testing.T) {
			l := newLoop(t)
			goLn, err := net.Listen("tcp", "127.0.0.1:0")
			require.NoError(t, err)
			defer goLn.Close()
			var wg sync.WaitGroup
			var peerGot []byte
			var peerErr error
			// The Go peer reads everything, then answers with the same bytes.
			peer := func(conn net.Conn) {
				defer wg.Done()
				defer conn.Close()
				var tc *tls.Conn
				if coreIsServer {
					tc = tls.Client(conn, clientCfg)
				} else {
					tc = tls.Server(conn, serverCfg)
				}
				peerGot, peerErr = io.ReadAll(tc)
				if peerErr == nil {
					_, peerErr = tc.Write(peerGot)
				}
				if peerErr == nil {
					peerErr = tc.CloseWrite()
				}
			}
			got := newRecorder(t, "core")
			start := func(c *Conn, u TLSUpgrade) {
				c.SetHandler(got)
				c.StartTLS(u, func(err error) { require.NoError(t, err) })
				c.Write(data, nil)
				c.CloseWrite(nil)
			}
			wg.Add(1)
			if coreIsServer {
				var ln *Listener
				ln, err = Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
					require.NoError(t, ln.Close())
					start(c, TLSUpgrade{Config: serverCfg, Server: true})
				}})
				require.NoError(t, err)
				go func() {
					conn, err := net.Dial("tcp", ln.Addr().String())
					if err != nil {
						wg.Done()
						return
					}
					peer(conn)
				}()
			} else {
				go func() {
					conn, err := goLn.Accept()
					if err != nil {
						wg.Done()
						return
					}
					peer(conn)
				}()
				var c *Conn
				c = Dial(l, DialOptions{Host: "127.0.0.1", Port: goLn.Addr().(*net.TCPAddr).Port}, func(err error) {
					require.NoError(t, err)
					start(c, TLSUpgrade{Config: clientCfg})
				})
			}
			run(t, l)
			wg.Wait()
			require.NoError(t, peerErr)
			assert.Equal(t, sha256.Sum256(data), sha256.Sum256(peerGot))
			assert.Equal(t, sha256.Sum256(data), sha256.Sum256(got.data))
			assert.Equal(t, []string{"end", "close:false"}, got.events)
		})
	}
}

func TestTLSHandshakeFailures(t *testing.T) {
	serverCfg, clientCfg := tlsConfigs(t)
	untrusting := clientCfg.Clone()
	untrusting.RootCAs = nil // the system's roots, which do not know the test CA
	cases := []struct {
		name string
		// setup starts (or does not start) TLS on both ends.
		setup      func(t *testing.T, client, server *Conn, clientDone, serverDone func(error))
		clientCode string
		serverCode string
	}{
		{"unknown CA", func(t *testing.T, client, server *Conn, cd, sd func(error)) {
			server.StartTLS(TLSUpgrade{Config: serverCfg, Server: true}, sd)
			client.StartTLS(TLSUpgrade{Config: untrusting}, cd)
		}, "EPROTO", "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE"},
		{"peer speaks no TLS", func(t *testing.T, client, server *Conn, cd, sd func(error)) {
			server.StartTLS(TLSUpgrade{Config: serverCfg, Server: true}, sd)
			client.Write([]byte("HELLO, this is not TLS at all\r\n"), nil)
			cd(nil)
		}, "", "ERR_SSL_WRONG_VERSION_NUMBER"},
		{"peer closes", func(t *testing.T, client, server *Conn, cd, sd func(error)) {
			server.StartTLS(TLSUpgrade{Config: serverCfg, Server: true}, sd)
			client.CloseWrite(nil)
			cd(nil)
		}, "", "ECONNRESET"},
		{"handshake timeout", func(t *testing.T, client, server *Conn, cd, sd func(error)) {
			server.StartTLS(TLSUpgrade{Config: serverCfg, Server: true, Timeout: 50 * time.Millisecond}, sd)
			cd(nil)
		}, "", "ERR_TLS_HANDSHAKE_TIMEOUT"},
		{"no common version", func(t *testing.T, client, server *Conn, cd, sd func(error)) {
			old := clientCfg.Clone()
			old.MaxVersion = tls.VersionTLS12
			strict := serverCfg.Clone()
			strict.MinVersion = tls.VersionTLS13
			server.StartTLS(TLSUpgrade{Config: strict, Server: true}, sd)
			client.StartTLS(TLSUpgrade{Config: old}, cd)
		}, "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION", "ERR_SSL_UNSUPPORTED_PROTOCOL"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			var clientErr, serverErr error
			serverRec := newRecorder(t, "server")
			clientRec := newRecorder(t, "client")
			pair(t, l, "127.0.0.1", func(client, server *Conn) {
				client.SetHandler(clientRec)
				server.SetHandler(serverRec)
				// The side without an expected failure closes once the other
				// side's failure is in.
				tc.setup(t, client, server, func(err error) {
					clientErr = err
					if tc.clientCode == "" {
						serverRec.onClose = func(bool) { client.Destroy() }
					}
				}, func(err error) { serverErr = err })
			})
			run(t, l)
			for _, side := range []struct {
				code string
				err  error
				rec  *recorder
			}{{tc.clientCode, clientErr, clientRec}, {tc.serverCode, serverErr, serverRec}} {
				if side.code == "" {
					continue
				}
				var se *sockerr.Error
				require.ErrorAs(t, side.err, &se, "%s", side.rec.name)
				assert.Equal(t, side.code, se.Code, "%s: %v", side.rec.name, se)
				assert.Equal(t, []string{"close:true"}, side.rec.events, "%s: no OnError for a failed handshake", side.rec.name)
			}
		})
	}
}

func TestTLSDestroyDuringHandshakeLeavesNoGoroutine(t *testing.T) {
	l := newLoop(t)
	serverCfg, _ := tlsConfigs(t)
	called := false
	r := newRecorder(t, "server")
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		server.SetHandler(r)
		server.StartTLS(TLSUpgrade{Config: serverCfg, Server: true}, func(error) { called = true })
		server.Write([]byte("held"), func(err error) { assert.ErrorContains(t, err, "ECANCELED") })
		l.NewTimer(10*time.Millisecond, func() {
			server.Destroy()
			client.Destroy()
		})
	})
	run(t, l)
	assert.False(t, called, "a destroyed connection never completes its handshake callback")
	assert.Equal(t, []string{"close:false"}, r.events)
	// goleak in TestMain checks that the handshake goroutine ended.
}
