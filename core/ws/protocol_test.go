package ws

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// frames concatenates encoded frames.
func frames(fs ...rawFrame) []byte {
	var b []byte
	for _, f := range fs {
		b = append(b, f.encode()...)
	}
	return b
}

// TestServerProtocolErrors sends a server frames that break RFC 6455 from
// a raw client: the server fails the connection (OnError with the
// violation, then OnClose 1006, not clean) and the raw client gets a close
// frame with the status.
func TestServerProtocolErrors(t *testing.T) {
	ping := func(n int) rawFrame { return rawFrame{0x89, make([]byte, n), true} }
	for _, tc := range []struct {
		name   string
		send   []byte
		status int
		code   string
	}{
		{"unmasked", frames(rawFrame{0x81, []byte("hi"), false}), 1002, "WS_ERR_EXPECTED_MASK"},
		{"bad UTF-8", frames(rawFrame{0x81, []byte("ok\xc3\x28"), true}), 1007, "WS_ERR_INVALID_UTF8"},
		{"bad UTF-8 across fragments", frames(rawFrame{0x01, []byte("ok\xe2\x82"), true},
			rawFrame{0x80, []byte("x"), true}), 1007, "WS_ERR_INVALID_UTF8"},
		{"control frame too long", frames(ping(126)), 1002, "WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH"},
		{"fragmented control frame", frames(rawFrame{0x09, nil, true}), 1002, "WS_ERR_EXPECTED_FIN"},
		{"RSV1 without deflate", frames(rawFrame{0xC1, []byte("x"), true}), 1002, "WS_ERR_UNEXPECTED_RSV_1"},
		{"RSV2", frames(rawFrame{0xA1, []byte("x"), true}), 1002, "WS_ERR_UNEXPECTED_RSV_2_3"},
		{"reserved opcode", frames(rawFrame{0x83, nil, true}), 1002, "WS_ERR_INVALID_OPCODE"},
		{"reserved control opcode", frames(rawFrame{0x8B, nil, true}), 1002, "WS_ERR_INVALID_OPCODE"},
		{"continuation first", frames(rawFrame{0x80, []byte("x"), true}), 1002, "WS_ERR_INVALID_OPCODE"},
		{"new message inside a fragmented one", frames(rawFrame{0x01, []byte("a"), true},
			rawFrame{0x81, []byte("b"), true}), 1002, "WS_ERR_INVALID_OPCODE"},
		{"one-byte close", frames(rawFrame{0x88, []byte{3}, true}), 1002, "WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH"},
		{"close code 1005", frames(rawFrame{0x88, []byte{0x03, 0xED}, true}), 1002, "WS_ERR_INVALID_CLOSE_CODE"},
		{"close code 999", frames(rawFrame{0x88, []byte{0x03, 0xE7}, true}), 1002, "WS_ERR_INVALID_CLOSE_CODE"},
		{"close reason not UTF-8", frames(rawFrame{0x88, []byte{0x03, 0xE8, 0xff}, true}), 1007, "WS_ERR_INVALID_UTF8"},
		{"message too big", frames(rawFrame{0x82, make([]byte, 1001), true}), 1009, "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"},
		{"fragments too big", frames(rawFrame{0x02, make([]byte, 600), true},
			rawFrame{0x80, make([]byte, 401), true}), 1009, "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"},
		{"64-bit length", []byte{0x82, 0xFF, 0x80, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4}, 1009, "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			url, srv := echoServer(t, l, AcceptOptions{Options: Options{MaxMessageSize: 1000}})
			got := make(chan rawFrame, 1)
			go func() {
				defer close(got)
				conn, br, _, err := rawUpgrade(url, "")
				if !assert.NoError(t, err) {
					return
				}
				defer conn.Close()
				// The good message first: the violation must not lose it.
				_, err = conn.Write(append(frames(rawFrame{0x81, []byte("fine"), true}), tc.send...))
				assert.NoError(t, err)
				for {
					f, err := readRawFrame(br)
					if !assert.NoError(t, err) || f.first&0x0F == 0x8 {
						got <- f
						return
					}
				}
			}()
			run(t, l)
			f := <-got
			assert.Equal(t, tc.status, closeCodeOf(f))
			assert.Equal(t, []message{{Text, []byte("fine")}}, srv.msgs)
			require.Len(t, srv.errs, 1)
			var pe *ProtocolError
			require.ErrorAs(t, srv.errs[0], &pe)
			assert.Equal(t, tc.status, pe.Status)
			assert.Equal(t, tc.code, pe.Code)
			assert.Equal(t, &closeInfo{CloseAbnormal, "", false}, srv.closed)
			assert.Equal(t, []string{"open", "message", "error", "close:1006"}, srv.events)
		})
	}
}

// TestServerControlFrames interleaves pings with a fragmented message from
// a raw client: each ping is answered at once with its payload, the
// message arrives whole.
func TestServerControlFrames(t *testing.T) {
	l := newLoop(t)
	url, srv := echoServer(t, l, AcceptOptions{})
	var replies []rawFrame
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		conn, br, _, err := rawUpgrade(url, "")
		if !assert.NoError(t, err) {
			return
		}
		defer conn.Close()
		_, err = conn.Write(frames(
			rawFrame{0x01, []byte("frag"), true},
			rawFrame{0x89, []byte("p1"), true},
			rawFrame{0x00, []byte("men"), true},
			rawFrame{0x8A, []byte("unsolicited pong"), true},
			rawFrame{0x89, nil, true},
			rawFrame{0x80, []byte("ted"), true},
			rawFrame{0x88, []byte{0x0F, 0xA0, 'o', 'k'}, true},
		))
		assert.NoError(t, err)
		for {
			f, err := readRawFrame(br)
			if err != nil {
				assert.ErrorIs(t, err, io.EOF, "the server closes the TCP connection")
				return
			}
			replies = append(replies, f)
		}
	}()
	run(t, l)
	<-finished
	assert.Equal(t, []message{{Text, []byte("fragmented")}}, srv.msgs)
	assert.Equal(t, &closeInfo{4000, "ok", true}, srv.closed)
	require.Len(t, replies, 4)
	assert.Equal(t, rawFrame{0x8A, []byte("p1"), false}, replies[0])
	assert.Equal(t, rawFrame{0x8A, []byte{}, false}, replies[1])
	assert.Equal(t, rawFrame{0x81, []byte("fragmented"), false}, replies[2])
	assert.Equal(t, rawFrame{0x88, []byte{0x0F, 0xA0, 'o', 'k'}, false}, replies[3], "the close frame is echoed")
}

// TestClientProtocolErrors has a raw server break the protocol towards
// our client.
func TestClientProtocolErrors(t *testing.T) {
	for _, tc := range []struct {
		name   string
		send   []byte
		status int
		code   string
	}{
		{"masked", frames(rawFrame{0x81, []byte("hi"), true}), 1002, "WS_ERR_UNEXPECTED_MASK"},
		{"bad UTF-8", frames(rawFrame{0x81, []byte{0xed, 0xa0, 0x80}, false}), 1007, "WS_ERR_INVALID_UTF8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			var got rawFrame
			url, done := rawServer(func(conn net.Conn, br *bufio.Reader, req *http.Request) error {
				_, err := io.WriteString(conn, "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"+
					"Connection: Upgrade\r\nSec-WebSocket-Accept: "+rawAccept(req.Header.Get("Sec-WebSocket-Key"))+
					"\r\n\r\n"+string(tc.send))
				if err == nil {
					got, err = readRawFrame(br)
				}
				return err
			})
			_, cli := dial(t, l, url, DialOptions{})
			run(t, l)
			require.NoError(t, <-done)
			assert.True(t, got.masked, "a client masks its frames")
			assert.Equal(t, tc.status, closeCodeOf(got))
			require.Len(t, cli.errs, 1)
			var pe *ProtocolError
			require.ErrorAs(t, cli.errs[0], &pe)
			assert.Equal(t, tc.code, pe.Code)
			assert.Equal(t, []string{"open", "error", "close:1006"}, cli.events)
		})
	}
}

// TestClientHandshakeFailures answers a client's upgrade badly: each is an
// error, then close 1006, and never open.
func TestClientHandshakeFailures(t *testing.T) {
	good := func(req *http.Request) string {
		return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
			"Sec-WebSocket-Accept: " + rawAccept(req.Header.Get("Sec-WebSocket-Key")) + "\r\n"
	}
	for _, tc := range []struct {
		name     string
		opts     DialOptions
		response func(req *http.Request) string
		status   int
		message  string
	}{
		{"not found", DialOptions{}, func(*http.Request) string {
			return "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
		}, 404, "Unexpected server response: 404"},
		{"no upgrade", DialOptions{}, func(req *http.Request) string {
			return strings.Replace(good(req), "Upgrade: websocket\r\n", "", 1)
		}, 0, "Invalid Upgrade header"},
		{"wrong accept", DialOptions{}, func(*http.Request) string {
			return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
				"Sec-WebSocket-Accept: " + rawAccept("other") + "\r\n"
		}, 0, "Invalid Sec-WebSocket-Accept header"},
		{"protocol not offered", DialOptions{}, func(req *http.Request) string {
			return good(req) + "Sec-WebSocket-Protocol: chat\r\n"
		}, 0, "Server sent an invalid subprotocol"},
		{"no protocol chosen", DialOptions{Protocols: []string{"chat"}}, good, 0, "Server sent an invalid subprotocol"},
		{"extension not offered", DialOptions{}, func(req *http.Request) string {
			return good(req) + "Sec-WebSocket-Extensions: permessage-deflate\r\n"
		}, 0, "Server indicated an extension that was not requested"},
		{"bad deflate parameter", DialOptions{Compression: true}, func(req *http.Request) string {
			return good(req) + "Sec-WebSocket-Extensions: permessage-deflate; server_max_window_bits=16\r\n"
		}, 0, "Invalid Sec-WebSocket-Extensions header"},
		{"closed early", DialOptions{}, nil, 0, "Connection closed before the opening handshake completed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			url, done := rawServer(func(conn net.Conn, br *bufio.Reader, req *http.Request) error {
				if tc.response == nil {
					return nil
				}
				_, err := io.WriteString(conn, tc.response(req)+"\r\n")
				return err
			})
			_, cli := dial(t, l, url, tc.opts)
			run(t, l)
			require.NoError(t, <-done)
			assert.Equal(t, []string{"error", "close:1006"}, cli.events)
			require.Len(t, cli.errs, 1)
			var he *HandshakeError
			require.ErrorAs(t, cli.errs[0], &he)
			assert.Equal(t, tc.status, he.StatusCode)
			assert.Equal(t, tc.message, he.Message)
		})
	}
}

// TestServerRefusals sends requests that are not valid upgrades: the
// server answers with an HTTP error and reports a HandshakeError.
func TestServerRefusals(t *testing.T) {
	const valid = "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
	for _, tc := range []struct {
		name    string
		request string
		status  int
	}{
		{"garbage", "HELLO\r\n\r\n", 400},
		{"POST", strings.Replace(valid, "GET", "POST", 1) + "\r\n", 405},
		{"HTTP/1.0", strings.Replace(valid, "HTTP/1.1", "HTTP/1.0", 1) + "\r\n", 400},
		{"no upgrade", strings.Replace(valid, "Upgrade: websocket\r\n", "", 1) + "\r\n", 400},
		{"no connection", strings.Replace(valid, "Connection: Upgrade\r\n", "Connection: keep-alive\r\n", 1) + "\r\n", 400},
		{"short key", strings.Replace(valid, "dGhlIHNhbXBsZSBub25jZQ==", "c2hvcnQ=", 1) + "\r\n", 400},
		{"version 8", strings.Replace(valid, "Version: 13", "Version: 8", 1) + "\r\n", 426},
		{"duplicate protocols", valid + "Sec-WebSocket-Protocol: a, a\r\n\r\n", 400},
		{"head too large", valid + "X: " + strings.Repeat("x", maxHead) + "\r\n\r\n", 431},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			srv := newRecorder(t, "server")
			url := serve(t, l, AcceptOptions{}, 1, func(c *Conn) { c.SetHandler(srv) })
			status := make(chan int, 1)
			go func() {
				defer close(status)
				conn, err := net.Dial("tcp", strings.TrimPrefix(url, "ws://"))
				if !assert.NoError(t, err) {
					return
				}
				defer conn.Close()
				go io.WriteString(conn, tc.request) //nolint:errcheck // the server may close before reading all
				resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
				if assert.NoError(t, err) {
					status <- resp.StatusCode
					if tc.status == 426 {
						assert.Equal(t, "13", resp.Header.Get("Sec-WebSocket-Version"))
					}
				}
			}()
			run(t, l)
			assert.Equal(t, tc.status, <-status)
			assert.Equal(t, []string{"error", "close:1006"}, srv.events)
			var he *HandshakeError
			require.ErrorAs(t, srv.errs[0], &he)
			assert.Equal(t, tc.status, he.StatusCode, fmt.Sprint(he))
		})
	}
}
