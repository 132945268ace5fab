package ws

import (
	"bufio"
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseURL applies the WHATWG rules for WebSocket URLs.
func TestParseURL(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"ws://example.org/chat?x=1", "ws://example.org/chat?x=1"},
		{"WSS://example.org", "wss://example.org"},
		{"http://example.org:8080/", "ws://example.org:8080/"},
		{"https://[::1]/", "wss://[::1]/"},
		{"ftp://example.org/", ""},
		{"example.org", ""},
		{"ws:///path", ""},
		{"ws://example.org/#frag", ""},
		{"ws://example.org/#", ""},
		{"ws://example.org:70000/", ""},
		{"ws://exa mple.org/", ""},
		// Kept by the WHATWG parser; Go's URL holds them escaped.
		{"ws://example.org/%zz?q=%y", "ws://example.org/%25zz?q=%25y"},
	} {
		u, err := ParseURL(tc.in)
		if tc.want == "" {
			assert.ErrorIs(t, err, ErrURL, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, u.String())
	}
}

// TestRequestTarget sends the path and query as the WHATWG URL holds
// them: '%' that starts no escape stays, what a request line cannot carry
// is escaped.
func TestRequestTarget(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ws://example.org", "/"},
		{"ws://example.org?x=1", "/?x=1"},
		{"ws://user:pw@example.org:81/chat?x=1", "/chat?x=1"},
		{"ws://example.org/%zz/a%2?q=%y", "/%zz/a%2?q=%y"},
		{"ws://example.org/a%2Fb", "/a%2Fb"},
		{"ws://example.org/a b?c d", "/a%20b?c%20d"},
		{"ws://example.org/\u00e9{}", "/%C3%A9%7B%7D"},
	} {
		assert.Equal(t, tc.want, requestTarget(tc.in), tc.in)
	}
}

// TestDialSendsTheTargetAsWritten reads the request line a Dial sends for
// a path Go's URL parser would have refused.
func TestDialSendsTheTargetAsWritten(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { _ = ln.Close() })
	line := make(chan string, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			line <- err.Error()
			return
		}
		defer c.Close()
		s, err := bufio.NewReader(c).ReadString('\n')
		if err != nil {
			s = err.Error()
		}
		line <- s
	}()
	l := newLoop(t)
	c, rec := dial(t, l, "ws://"+ln.Addr().String()+"/%zz?q=%y", DialOptions{})
	require.NotNil(t, c)
	run(t, l)
	assert.Equal(t, "GET /%zz?q=%y HTTP/1.1\r\n", <-line)
	require.NotNil(t, rec.closed)
	assert.Equal(t, 1006, rec.closed.code, "the peer closed without answering")
}

// TestCheckProtocols applies the WHATWG rules for subprotocols.
func TestCheckProtocols(t *testing.T) {
	for _, tc := range []struct {
		in []string
		ok bool
	}{
		{nil, true},
		{[]string{"chat", "v2.chat", "a!#$%&'*+-.^_`|~z"}, true},
		{[]string{"chat", "Chat"}, false},
		{[]string{"chat", "chat"}, false},
		{[]string{""}, false},
		{[]string{"a b"}, false},
		{[]string{"a,b"}, false},
		{[]string{"é"}, false},
		{[]string{"a/b"}, false},
	} {
		if tc.ok {
			assert.NoError(t, CheckProtocols(tc.in), "%q", tc.in)
		} else {
			assert.ErrorIs(t, CheckProtocols(tc.in), ErrProtocols, "%q", tc.in)
		}
	}
}

// TestDialArguments fails Dial at once for what the WHATWG constructor
// throws on, and for headers that could not be sent.
func TestDialArguments(t *testing.T) {
	l := newLoop(t)
	for _, tc := range []struct {
		url  string
		opts DialOptions
	}{
		{"ftp://x/", DialOptions{}},
		{"ws://x/", DialOptions{Protocols: []string{"a", "a"}}},
		{"ws://x/", DialOptions{Header: map[string][]string{"Bad Name": {"v"}}}},
		{"ws://x/", DialOptions{Header: map[string][]string{"X": {"line\r\nbreak"}}}},
	} {
		c, err := Dial(l, tc.url, tc.opts)
		assert.Error(t, err, "%s %+v", tc.url, tc.opts)
		assert.Nil(t, c)
	}
	assert.False(t, l.Alive(), "a failed Dial leaves nothing behind")
}

// TestBufferPool hands out buffers of the size asked, recycled by class.
func TestBufferPool(t *testing.T) {
	for _, n := range []int{2, 14, 270, 271, 65536 + 14, 65536 + 15, 1<<20 + 14, 1<<20 + 15, 3 << 20} {
		p := getBuffer(n)
		assert.Len(t, *p, n)
		if class := sizeClass(n); class >= 0 {
			assert.Equal(t, 1<<(class+minClassBits)+maxHeader, cap(*p), "%d bytes", n)
		} else {
			assert.Equal(t, n, cap(*p))
		}
		putBuffer(p)
	}
}
