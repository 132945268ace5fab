package ws

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEcho sends text and binary messages of every length class (7-bit,
// 16-bit and 64-bit lengths, several MiB) from a client to an echoing
// server, both ends ours, and checks each comes back intact and in order,
// then closes from the client.
func TestEcho(t *testing.T) {
	l := newLoop(t)
	url, srv := echoServer(t, l, AcceptOptions{})
	c, cli := dial(t, l, url, DialOptions{})
	var sent []message
	for i, n := range []int{0, 1, 125, 126, 65535, 65536, 100_000, 4 << 20} {
		sent = append(sent, message{Binary, pattern(n, byte(i))})
		sent = append(sent, message{Text, []byte(strings.Repeat("é€😀x", n/10+1)[:n/10*10])})
	}
	// Text lengths above are cut at a multiple of 10 bytes, a whole number
	// of the 10-byte repeated unit, so they stay UTF-8.
	sendAllThenClose(t, c, cli, sent, CloseNormal, "bye")
	run(t, l)
	require.Len(t, cli.msgs, len(sent))
	for i, m := range sent {
		assert.Equal(t, m.kind, cli.msgs[i].kind, "message %d", i)
		assert.True(t, bytes.Equal(m.data, cli.msgs[i].data), "message %d (%d bytes)", i, len(m.data))
	}
	assert.Equal(t, &closeInfo{CloseNormal, "bye", true}, srv.closed)
	assert.Equal(t, &closeInfo{CloseNormal, "bye", true}, cli.closed)
	assert.Empty(t, cli.errs)
	assert.Empty(t, srv.errs)
	assert.Equal(t, "open", cli.events[0])
	assert.Equal(t, "close:1000", cli.events[len(cli.events)-1])
	assert.Equal(t, Closed, c.State())
}

// TestServerSends has the server send first and close with a code and a
// reason; the client answers the close.
func TestServerSends(t *testing.T) {
	l := newLoop(t)
	srv := newRecorder(t, "server")
	url := serve(t, l, AcceptOptions{}, 1, func(c *Conn) {
		srv.onOpen = func() {
			c.SendText("hello", nil)
			c.SendBinary([]byte{1, 2, 3}, nil)
			require.NoError(t, c.Close(4000, "done"))
			assert.Equal(t, Closing, c.State())
		}
		c.SetHandler(srv)
	})
	_, cli := dial(t, l, url, DialOptions{})
	run(t, l)
	assert.Equal(t, []message{{Text, []byte("hello")}, {Binary, []byte{1, 2, 3}}}, cli.msgs)
	assert.Equal(t, &closeInfo{4000, "done", true}, cli.closed)
	assert.Equal(t, &closeInfo{4000, "done", true}, srv.closed)
}
