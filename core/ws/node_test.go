package ws

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The node tests pit our ends against the npm ws package (Node's most used
// WebSocket implementation) running under node, installed from the npm
// registry into a temporary directory. They are skipped, saying why, when
// node or npm is missing or the registry cannot be reached.

// nodeWS installs the ws package and returns the directory to run scripts
// in.
func nodeWS(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("skipped in -short mode: installs the npm ws package")
	}
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed; the npm ws interop tests need it", tool)
		}
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "npm", "install", "--no-audit", "--no-fund", "--no-save", "ws@8")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("npm could not install the ws package (is the registry reachable?): %v\n%s", err, out)
	}
	return dir
}

// node runs script in dir with node's flags and the script's args; lines
// are its stdout lines, and wait returns its exit error.
func node(t *testing.T, dir, script string, flags []string, args ...string) (lines <-chan string, wait func() error) {
	t.Helper()
	path := filepath.Join(dir, "script.js")
	require.NoError(t, os.WriteFile(path, []byte(script), 0o600))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	cmd := exec.CommandContext(ctx, "node", append(append(flags, path), args...)...)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	ch := make(chan string, 16)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			ch <- sc.Text()
		}
	}()
	return ch, func() error {
		defer cancel()
		return cmd.Wait()
	}
}

// nodeServer is a ws server: it pings each client, echoes every message in
// three fragments, and prints what it saw when the client leaves.
const nodeServer = `
const { WebSocketServer } = require('ws');
const [deflate, maxPayload] = [process.argv[2] === 'deflate', Number(process.argv[3])];
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload,
  perMessageDeflate: deflate ? { threshold: 0 } : false,
  handleProtocols: (ps) => ps.has('node') ? 'node' : false });
wss.on('listening', () => console.log('PORT ' + wss.address().port));
wss.on('connection', (ws) => {
  const seen = { protocol: ws.protocol, extensions: ws.extensions, pongs: 0, messages: 0, errors: [] };
  ws.on('pong', (data) => { if (data.toString() === 'hi') seen.pongs++; });
  ws.ping('hi');
  ws.on('error', (err) => seen.errors.push(err.code));
  ws.on('message', (data, isBinary) => {
    seen.messages++;
    const cut = [0, data.length / 3 | 0, 2 * data.length / 3 | 0, data.length];
    for (let i = 0; i < 3; i++) ws.send(data.subarray(cut[i], cut[i + 1]), { binary: isBinary, fin: i === 2 });
  });
  ws.on('close', (code, reason) => {
    console.log(JSON.stringify({ ...seen, code, reason: reason.toString() }));
    wss.close();
  });
});
`

// nodeClient is a ws client: it pings, sends text, binary, fragmented and
// large messages, checks each echo, then closes; it prints what it saw.
const nodeClient = `
const WebSocket = require('ws');
const [url, deflate, big] = [process.argv[2], process.argv[3] === 'deflate', Number(process.argv[4])];
const ws = new WebSocket(url, ['other', 'node'], { perMessageDeflate: deflate });
const seen = { pongs: 0, echoed: 0, mismatches: 0, errors: [] };
const sent = [];
ws.on('open', () => {
  seen.protocol = ws.protocol;
  seen.extensions = ws.extensions;
  ws.ping('x');
  const text = 'grüße '.repeat(20000);
  const bin = Buffer.alloc(big, 0).map((_, i) => (i * 31) & 0xff);
  sent.push(['hello', false], [Buffer.from([1, 2, 3]), true], [text, false], [bin, true], ['', false]);
  for (const [data, binary] of sent) ws.send(data, { binary });
  ws.send('frag', { fin: false });
  ws.send('ment', { fin: false });
  ws.send('ed', { fin: true });
  sent.push(['fragmented', false]);
});
ws.on('pong', (data) => { if (data.toString() === 'x') seen.pongs++; });
ws.on('error', (err) => seen.errors.push(err.code || err.message));
ws.on('message', (data, isBinary) => {
  const [want, binary] = sent[seen.echoed++];
  if (binary !== isBinary || !Buffer.from(want).equals(data)) seen.mismatches++;
  if (seen.echoed === sent.length) ws.close(4200, 'node-bye');
});
ws.on('close', (code, reason) => console.log(JSON.stringify({ ...seen, code, reason: reason.toString() })));
`

type nodeSeen struct {
	Protocol   string   `json:"protocol"`
	Extensions string   `json:"extensions"`
	Pongs      int      `json:"pongs"`
	Messages   int      `json:"messages"`
	Echoed     int      `json:"echoed"`
	Mismatches int      `json:"mismatches"`
	Errors     []string `json:"errors"`
	Code       int      `json:"code"`
	Reason     string   `json:"reason"`
}

func decodeSeen(t *testing.T, lines <-chan string) nodeSeen {
	t.Helper()
	var seen nodeSeen
	line, ok := <-lines
	require.True(t, ok, "node printed no result")
	require.NoError(t, json.Unmarshal([]byte(line), &seen), line)
	return seen
}

// TestNodeServer connects our client to a ws server under node: pings
// answered, fragmented echoes reassembled, compression both ways, close
// code and reason; and a message over the server's maxPayload, which ws
// refuses with 1009.
func TestNodeServer(t *testing.T) {
	dir := nodeWS(t)
	for _, tc := range []struct {
		name       string
		compress   bool
		maxPayload string
		tooBig     bool
	}{
		{"plain", false, "104857600", false},
		{"deflate", true, "104857600", false},
		{"too big", false, "1000", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mode := "plain"
			if tc.compress {
				mode = "deflate"
			}
			lines, wait := node(t, dir, nodeServer, nil, mode, tc.maxPayload)
			port := strings.TrimPrefix(<-lines, "PORT ")
			l := newLoop(t)
			c, cli := dial(t, l, "ws://127.0.0.1:"+port+"/", DialOptions{
				Protocols: []string{"x", "node"}, Compression: tc.compress})
			sent := []message{{Text, []byte("hello")}, {Binary, pattern(100_000, 1)},
				{Text, []byte(strings.Repeat("€uro ", 200_000))}, {Binary, pattern(3<<20, 2)}}
			if tc.tooBig {
				sent = []message{{Binary, make([]byte, 1001)}}
			}
			sendAllThenClose(t, c, cli, sent, 4100, "go-bye")
			run(t, l)
			seen := decodeSeen(t, lines)
			require.NoError(t, wait())
			if tc.tooBig {
				assert.Equal(t, &closeInfo{CloseTooBig, "", true}, cli.closed)
				assert.Equal(t, []string{"WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"}, seen.Errors)
				return
			}
			assert.Equal(t, "node", cli.protocol)
			assert.Equal(t, "node", seen.Protocol)
			assert.Equal(t, tc.compress, strings.Contains(cli.extensions, "permessage-deflate"), cli.extensions)
			assert.Equal(t, 1, seen.Pongs, "our client answered the ping")
			assert.Equal(t, len(sent), seen.Messages)
			assert.Equal(t, sent, cli.msgs)
			assert.Equal(t, 4100, seen.Code)
			assert.Equal(t, "go-bye", seen.Reason)
			assert.Equal(t, &closeInfo{4100, "go-bye", true}, cli.closed)
			assert.Empty(t, seen.Errors)
		})
	}
}

// TestNodeClient connects a ws client under node to our server: its
// ping, text, binary, fragmented, empty and large messages, compression,
// its close; and a message over our MaxMessageSize, which we refuse with
// 1009.
func TestNodeClient(t *testing.T) {
	dir := nodeWS(t)
	for _, tc := range []struct {
		name     string
		compress bool
		limit    int64
	}{
		{"plain", false, 0},
		{"deflate", true, 0},
		{"too big", false, 1 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			url, srv := echoServer(t, l, AcceptOptions{Compression: true, Options: Options{MaxMessageSize: tc.limit},
				SelectProtocol: func(_ *http.Request, offered []string) string { return "node" }})
			mode := "plain"
			if tc.compress {
				mode = "deflate"
			}
			lines, wait := node(t, dir, nodeClient, nil, url+"/", mode, "2097152")
			run(t, l)
			seen := decodeSeen(t, lines)
			require.NoError(t, wait())
			if tc.limit > 0 {
				assert.Equal(t, CloseTooBig, seen.Code)
				assert.Equal(t, &closeInfo{CloseAbnormal, "", false}, srv.closed)
				var pe *ProtocolError
				require.ErrorAs(t, srv.errs[0], &pe)
				assert.Equal(t, CloseTooBig, pe.Status)
				return
			}
			assert.Equal(t, "node", seen.Protocol)
			assert.Equal(t, tc.compress, strings.Contains(seen.Extensions, "permessage-deflate"), seen.Extensions)
			assert.Equal(t, 1, seen.Pongs, "our server answered the ping")
			assert.Equal(t, 6, seen.Echoed)
			assert.Zero(t, seen.Mismatches)
			assert.Equal(t, 4200, seen.Code)
			assert.Equal(t, "node-bye", seen.Reason)
			assert.Equal(t, &closeInfo{4200, "node-bye", true}, srv.closed)
			assert.Equal(t, []byte("fragmented"), srv.msgs[5].data)
			assert.Empty(t, seen.Errors)
		})
	}
}

// undiciClient is Node 20's own WebSocket (undici, behind
// --experimental-websocket): it sends text and binary, checks the echoes,
// closes, and prints the events it saw.
const undiciClient = `
const ws = new WebSocket(process.argv[2], ['undici']);
ws.binaryType = 'arraybuffer';
const seen = { events: [] };
ws.onopen = () => {
  seen.protocol = ws.protocol;
  seen.extensions = ws.extensions;
  ws.send('héllo');
  ws.send(new Uint8Array(70000).fill(9));
};
ws.onmessage = (e) => {
  seen.events.push(typeof e.data === 'string' ? 'text:' + e.data : 'binary:' + e.data.byteLength);
  if (seen.events.length === 2) ws.close(3001, 'undici-bye');
};
ws.onerror = () => seen.events.push('error');
ws.onclose = (e) => console.log(JSON.stringify({ ...seen, code: e.code, reason: e.reason, clean: e.wasClean }));
`

// TestNodeUndiciClient connects Node's built-in WebSocket client to our
// server (no npm package needed); it offers permessage-deflate, and our
// server deflates the large echo for it.
func TestNodeUndiciClient(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node is not installed")
	}
	l := newLoop(t)
	url, srv := echoServer(t, l, AcceptOptions{Compression: true,
		SelectProtocol: func(_ *http.Request, offered []string) string { return offered[0] }})
	lines, wait := node(t, t.TempDir(), undiciClient, []string{"--experimental-websocket"}, url+"/")
	run(t, l)
	line := <-lines
	require.NoError(t, wait())
	assert.JSONEq(t, `{"protocol":"undici","extensions":"permessage-deflate","events":["text:héllo","binary:70000"],`+
		`"code":3001,"reason":"undici-bye","clean":true}`, line)
	assert.Equal(t, &closeInfo{3001, "undici-bye", true}, srv.closed)
}
