package ws

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The interop tests pit our ends against github.com/coder/websocket, an
// independent implementation that passes the Autobahn suite, running on
// goroutines of its own in this process.

var compressionModes = map[string]websocket.CompressionMode{
	"plain":               websocket.CompressionDisabled,
	"context takeover":    websocket.CompressionContextTakeover,
	"no context takeover": websocket.CompressionNoContextTakeover,
}

// interopMessages are sent both ways: text and binary, empty, small,
// compressible and large.
func interopMessages() []message {
	return []message{
		{Text, []byte("hello")},
		{Binary, []byte{}},
		{Text, []byte(strings.Repeat("répétition ", 3000))},
		{Binary, pattern(300_000, 1)},
		{Text, []byte(strings.Repeat("répétition ", 3000))},
		{Binary, pattern(2<<20, 9)},
	}
}

// writeFragmented sends a message with coder/websocket's streaming writer,
// one frame per 4 KiB write.
func writeFragmented(ctx context.Context, c *websocket.Conn, m message) error {
	typ := websocket.MessageBinary
	if m.kind == Text {
		typ = websocket.MessageText
	}
	w, err := c.Writer(ctx, typ)
	if err != nil {
		return err
	}
	for data := m.data; len(data) > 0; {
		n := min(len(data), 4096)
		if _, err := w.Write(data[:n]); err != nil {
			return err
		}
		data = data[n:]
	}
	return w.Close()
}

func kindOf(typ websocket.MessageType) MessageType {
	if typ == websocket.MessageText {
		return Text
	}
	return Binary
}

// TestInteropClient connects our client to a coder/websocket echo server
// that answers in fragments and pings us; our client closes with a code
// and a reason that the server sees.
func TestInteropClient(t *testing.T) {
	for name, mode := range compressionModes {
		t.Run(name, func(t *testing.T) {
			type result struct {
				code   websocket.StatusCode
				reason string
				ping   error
			}
			results := make(chan result, 1)
			hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				c, err := websocket.Accept(w, r, &websocket.AcceptOptions{
					Subprotocols: []string{"echo"}, CompressionMode: mode})
				if !assert.NoError(t, err) {
					return
				}
				c.SetReadLimit(64 << 20)
				ctx := context.Background()
				ping := make(chan error, 1)
				go func() {
					ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
					defer cancel()
					ping <- c.Ping(ctx)
				}()
				for {
					typ, data, err := c.Read(ctx)
					if err != nil {
						var ce websocket.CloseError
						errors.As(err, &ce)
						results <- result{ce.Code, ce.Reason, <-ping}
						return
					}
					if err := writeFragmented(ctx, c, message{kindOf(typ), data}); err != nil {
						results <- result{ping: err}
						return
					}
				}
			}))
			defer hs.Close()
			l := newLoop(t)
			c, cli := dial(t, l, "ws"+strings.TrimPrefix(hs.URL, "http"),
				DialOptions{Protocols: []string{"other", "echo"}, Compression: true})
			sent := interopMessages()
			sendAllThenClose(t, c, cli, sent, 4001, "bye")
			run(t, l)
			res := <-results
			assert.NoError(t, res.ping, "our end answers pings")
			assert.Equal(t, websocket.StatusCode(4001), res.code)
			assert.Equal(t, "bye", res.reason)
			assert.Equal(t, "echo", cli.protocol)
			if mode == websocket.CompressionDisabled {
				assert.Empty(t, cli.extensions)
			} else {
				assert.Contains(t, cli.extensions, "permessage-deflate")
				assert.Less(t, c.TCP().BytesWritten(), int64(2<<20), "our messages went compressed")
				assert.Less(t, c.TCP().BytesRead(), int64(2<<20), "coder's came compressed")
			}
			require.Equal(t, len(sent), len(cli.msgs))
			for i, m := range sent {
				assert.Equal(t, m.kind, cli.msgs[i].kind, "message %d", i)
				assert.True(t, bytes.Equal(m.data, cli.msgs[i].data), "message %d", i)
			}
			assert.Equal(t, &closeInfo{4001, "bye", true}, cli.closed)
		})
	}
}

// TestInteropServer connects a coder/websocket client to our echo server:
// fragmented messages in, a ping answered, a close from the client.
func TestInteropServer(t *testing.T) {
	for name, mode := range compressionModes {
		t.Run(name, func(t *testing.T) {
			l := newLoop(t)
			url, srv := echoServer(t, l, AcceptOptions{Compression: true,
				SelectProtocol: func(_ *http.Request, offered []string) string { return offered[len(offered)-1] }})
			sent := interopMessages()
			var got []message
			var protocol string
			done := make(chan error, 1)
			go func() {
				done <- func() error {
					ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
					defer cancel()
					c, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{
						Subprotocols: []string{"a", "b"}, CompressionMode: mode})
					if err != nil {
						return err
					}
					defer c.CloseNow()
					protocol = c.Subprotocol()
					c.SetReadLimit(64 << 20)
					pinged := make(chan error, 1)
					go func() { pinged <- c.Ping(ctx) }() // answered while the reads below run
					for _, m := range sent {
						if err := writeFragmented(ctx, c, m); err != nil {
							return err
						}
					}
					for range sent {
						typ, data, err := c.Read(ctx)
						if err != nil {
							return err
						}
						got = append(got, message{kindOf(typ), data})
					}
					// The pong may come after the last echo; coder/websocket sees
					// it only while something reads, so keep reading control frames.
					c.CloseRead(ctx)
					if err := <-pinged; err != nil {
						return err
					}
					return c.Close(4002, "done")
				}()
			}()
			run(t, l)
			require.NoError(t, <-done)
			assert.Equal(t, "b", protocol)
			assert.Equal(t, "b", srv.protocol)
			if mode == websocket.CompressionDisabled {
				assert.Empty(t, srv.extensions)
			} else {
				assert.Contains(t, srv.extensions, "permessage-deflate")
				assert.Equal(t, mode == websocket.CompressionNoContextTakeover,
					strings.Contains(srv.extensions, "no_context_takeover"), srv.extensions)
				assert.Less(t, srv.conn.TCP().BytesRead(), int64(2<<20), "the messages came compressed")
			}
			require.Equal(t, len(sent), len(got))
			for i, m := range sent {
				assert.Equal(t, m.kind, got[i].kind, "message %d", i)
				assert.True(t, bytes.Equal(m.data, got[i].data), "message %d", i)
				assert.True(t, bytes.Equal(m.data, srv.msgs[i].data), "message %d", i)
			}
			assert.Equal(t, &closeInfo{4002, "done", true}, srv.closed)
			assert.Empty(t, srv.errs)
		})
	}
}
