package w3c

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWebSocketURL(t *testing.T) {
	for _, tc := range []struct{ in, href, origin, dial string }{
		{"ws://Example.ORG", "ws://example.org/", "ws://example.org", "ws://example.org/"},
		{"ws://example.org:80/chat?x=1", "ws://example.org/chat?x=1", "ws://example.org", "ws://example.org/chat?x=1"},
		{"wss://example.org:443", "wss://example.org/", "wss://example.org", "wss://example.org/"},
		{"wss://example.org:80", "wss://example.org:80/", "wss://example.org:80", "wss://example.org:80/"},
		{"http://[::1]:8080/a", "ws://[::1]:8080/a", "ws://[::1]:8080", "ws://[::1]:8080/a"},
		{"HTTPS://h:443/", "wss://h/", "wss://h", "wss://h/"},
		{"ws://[::1]:80", "ws://[::1]/", "ws://[::1]", "ws://[::1]/"},
		{"WS://127.0.0.1:9/a/../b/./c?q", "ws://127.0.0.1:9/b/c?q", "ws://127.0.0.1:9", "ws://127.0.0.1:9/b/c?q"},
		{"ws://0x7f.1:9/ x", "ws://127.0.0.1:9/%20x", "ws://127.0.0.1:9", "ws://127.0.0.1:9/%20x"},
		{"ws://u:p@bücher.example/", "ws://u:p@xn--bcher-kva.example/", "ws://xn--bcher-kva.example",
			"ws://u:p@xn--bcher-kva.example/"},
	} {
		u, href, origin, err := webSocketURL(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.href, href, tc.in)
		assert.Equal(t, tc.origin, origin, tc.in)
		assert.Equal(t, tc.dial, u.String(), tc.in)
	}
	for _, in := range []string{"/relative", "ftp://h/", "ws://h/#", "ws://h:99999/", "ws://", "not a url"} {
		_, _, _, err := webSocketURL(in)
		assert.Error(t, err, in)
	}
}

func TestClampUnsignedShort(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want int
	}{
		{math.NaN(), 0}, {-5, 0}, {1000, 1000}, {2.5, 2}, {3.5, 4}, {1e9, 65535}, {math.Inf(1), 65535},
	} {
		assert.Equal(t, tc.want, clampUnsignedShort(tc.in), "%v", tc.in)
	}
}

func TestWebSocketArgumentErrors(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const tries = [
			() => new WebSocket(),
			() => new WebSocket('ftp://example.org'),
			() => new WebSocket('ws://example.org/#frag'),
			() => new WebSocket('not a url'),
			() => new WebSocket('ws://127.0.0.1:1', ['a', 'a']),
			() => new WebSocket('ws://127.0.0.1:1', 'bad token'),
			() => WebSocket('ws://127.0.0.1:1'),
			() => WebSocket.prototype.send.call({}, 'x'),
		];
		for (const f of tries) {
			try { f(); print('no throw'); } catch (err) { print(err.name); }
		}
		print(Object.getPrototypeOf(WebSocket.prototype) === Socket.prototype);
	`)
	assert.Equal(t, []string{
		"TypeError", "SyntaxError", "SyntaxError", "SyntaxError", "SyntaxError", "SyntaxError",
		"TypeError", "TypeError", "true",
	}, out)
}

func TestWebSocketServerRejectsPlainRequest(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const srv = new TCPServerSocket('127.0.0.1', 0, {webSocket: true});
		srv.onconnect = () => print('connect: never');
		srv.onopen = () => {
			const s = new TCPSocket('127.0.0.1', srv.localPort, {binaryType: 'string'});
			let reply = '';
			s.onopen = () => s.send('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
			s.onmessage = m => { reply += m.data; };
			s.onclose = () => {
				print(reply.split('\r\n')[0], srv.connections);
				srv.close();
			};
		};
	`)
	assert.Equal(t, []string{"HTTP/1.1 400 Bad Request 0"}, out)
}

// TestWebSocketMessageRules checks two WHATWG rules: send() sends any
// value that is not a Blob or buffer as text, converted to a string, and
// messages arriving once close() was called are dropped.
func TestWebSocketMessageRules(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const srv = new TCPServerSocket('127.0.0.1', 0, {webSocket: true});
		srv.onconnect = ({socket}) => { socket.onmessage = m => socket.send(m.data); };
		srv.onopen = () => {
			const ws = new WebSocket('ws://127.0.0.1:' + srv.localPort);
			const got = [];
			ws.onopen = () => {
				for (const v of [undefined, null, 12, {}, [1, 2], true, new Uint8Array([7]), 'end']) ws.send(v);
			};
			ws.onmessage = m => {
				got.push(typeof m.data === 'string' ? m.data : 'binary ' + m.data.size);
				if (m.data !== 'end') return;
				ws.send('dropped');
				ws.close();
			};
			ws.onclose = e => {
				print(got.join('|'), e.code);
				srv.close();
			};
		};
	`)
	assert.Equal(t, []string{"undefined|null|12|[object Object]|1,2|true|binary 1|end 1005"}, out)
}

// TestWebSocketBufferedAmountUntilLaterTask checks that bufferedAmount
// counts what send() was given until a later task, even though the
// kernel takes small messages at once, and that a zero highWaterMark's
// drain still follows.
func TestWebSocketBufferedAmountUntilLaterTask(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const srv = new TCPServerSocket('127.0.0.1', 0, {webSocket: true});
		srv.onopen = () => {
			const ws = new WebSocket('ws://127.0.0.1:' + srv.localPort);
			ws.onopen = () => {
				const seen = [ws.bufferedAmount];
				ws.send('héllo');
				seen.push(ws.bufferedAmount);
				ws.send(new Uint8Array(10));
				seen.push(ws.bufferedAmount);
				setTimeout(() => {
					seen.push(ws.bufferedAmount);
					ws.setOption('highWaterMark', 0);
					seen.push(ws.send('x'), ws.bufferedAmount);
					ws.ondrain = () => {
						print(seen.join(' '), ws.bufferedAmount);
						ws.close();
						srv.close();
					};
				}, 20);
			};
		};
	`)
	assert.Equal(t, []string{"0 6 16 0 false 1 0"}, out)
}

// TestWebSocketTextAndProtocolConversions checks that a text message loses
// one leading byte order mark, as UTF-8 decode does, and that the protocols
// argument takes any iterable of strings, as a WebIDL sequence does.
func TestWebSocketTextAndProtocolConversions(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const srv = new TCPServerSocket('127.0.0.1', 0, {webSocket: {protocols: new Set(['b'])}});
		srv.onconnect = ({socket}) => { socket.send('\ufeff\ufeffx'); };
		srv.onopen = () => {
			const ws = new WebSocket('ws://127.0.0.1:' + srv.localPort, new Set(['a', 'b']));
			ws.onmessage = m => {
				print(ws.protocol, m.data.length, m.data.charCodeAt(0).toString(16));
				ws.close();
				srv.close();
			};
		};
	`)
	assert.Equal(t, []string{"b 2 feff"}, out)
}
