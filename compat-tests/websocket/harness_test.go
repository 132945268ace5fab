// Package websockettests checks nodeshim's WebSocket against independent
// implementations, with scripts run as processes:
//
//   - client.js, a WHATWG WebSocket client script, runs under nodeshim and
//     under `node --experimental-websocket` (Node 20's own WebSocket) against
//     a Go peer written with github.com/coder/websocket and against the npm
//     ws package's server under node (ws-server.js), over ws: and wss:
//     (with a test CA that node trusts through NODE_EXTRA_CA_CERTS and
//     nodeshim through SSL_CERT_FILE); all four runs must print the same
//     lines, those of client.out.
//   - server.js, a TCPServerSocket({webSocket}) server under nodeshim, serves
//     the npm ws package's client under node (ws-client.js), which also
//     breaks the protocol on purpose; both print what they saw (server.out,
//     ws-client.out).
//   - the chat example of examples/w3c runs with a server and two clients.
//
// The ws package is installed from the npm registry into a temporary
// directory; its tests are skipped, saying why, when npm cannot install it,
// and fail instead when the environment variable CI is "true". Regenerate
// the .out files after reviewing a change with
//
//	go test ./compat-tests/websocket -update
package websockettests

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/compat-tests/internal/nodeshimbin"
)

var update = flag.Bool("update", false, "write the .out files from the scripts' output")

// bin is the nodeshim binary TestMain builds.
var bin string

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	built, dir, err := nodeshimbin.Build("../../cmd/nodeshim", "nodeshim-websocket-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	bin = built
	npm.dir = filepath.Join(dir, "npm")
	return m.Run()
}

// golden compares output with the file name, or writes it with -update.
func golden(t *testing.T, name, output string) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(name, []byte(output), 0o644))
	}
	want, err := os.ReadFile(name)
	require.NoError(t, err, "missing %s (run with -update after checking the output)", name)
	require.Equal(t, string(want), output, "output differs from %s", name)
}
