package ws

import (
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
