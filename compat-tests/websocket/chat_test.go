package websockettests

import (
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const chatDir = "../../examples/w3c/"

// TestChatExample runs the chat example under nodeshim: its server and two
// clients, alice typing on stdin and bob giving his messages on the
// command line. Each hears the other's messages, joins and leaves, never
// its own.
func TestChatExample(t *testing.T) {
	srv := start(t, nil, bin, chatDir+"chat-server.js", "0")
	url, ok := strings.CutPrefix(srv.next(t), "chat server on ")
	require.True(t, ok, "the server's first line gives its URL")

	alice := start(t, nil, bin, chatDir+"chat-client.js", url, "alice")
	assert.Equal(t, "* welcome, alice (1 here)", alice.next(t))
	assert.Equal(t, "* alice joined", srv.next(t))

	bob := start(t, nil, bin, chatDir+"chat-client.js", url, "bob", "hello from bob", "second line")
	assert.Equal(t, "* welcome, bob (2 here)\n* disconnected (1000 bye)\n", bob.rest(t))
	for _, want := range []string{"* bob joined", "bob: hello from bob", "bob: second line", "* bob left"} {
		assert.Equal(t, want, alice.next(t), "alice hears bob")
		assert.Equal(t, want, srv.next(t), "the server logs what it broadcasts")
	}

	_, err := io.WriteString(alice.stdin, "bye all\n")
	require.NoError(t, err)
	require.NoError(t, alice.stdin.Close())
	assert.Equal(t, "* disconnected (1000 bye)\n", alice.rest(t), "alice hears nothing of her own")
	assert.Equal(t, "alice: bye all", srv.next(t))
	assert.Equal(t, "* alice left", srv.next(t))
}
