package w3c

import (
	"bufio"
	"io"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

func TestTCPEchoLifecycle(t *testing.T) {
	port := goTCPServer(t, echo)
	e := newEnv(t)
	out := e.run(`
		const s = new TCPSocket('127.0.0.1', ` + port + `, {binaryType: 'string', noDelay: true});
		print('created', s.readyState, s.url === '127.0.0.1:` + port + `', s.ssl, s.isHalfClosed);
		s.onopen = e => {
			print('open', s.readyState, s.address, s.port === ` + port + `, s.localAddress, s.localPort > 0, s.ipVersion, e.constructor.name);
			print('send', s.send('hello'), s.bufferedAmount);
			s.halfClose();
			print('halfClosed', s.isHalfClosed, s.readyState);
		};
		s.ondata = e => print('message', e.data, e instanceof MessageEvent);
		s.onend = () => print('end', s.readyState);
		s.onclose = e => print('close', e.wasClean, s.readyState);
	`)
	assert.Equal(t, []string{
		"created 0 true false false",
		"open 1 127.0.0.1 true 127.0.0.1 true 4 Event",
		"send true 0",
		"halfClosed true 1",
		"message hello true",
		"end 1",
		"close true 3",
	}, out)
}

func TestTCPPeerEndWithAndWithoutHalfOpen(t *testing.T) {
	port := goTCPServer(t, func(c net.Conn) {
		_, _ = c.Write([]byte("bye"))
		_ = c.(*net.TCPConn).CloseWrite()
		line, _ := bufio.NewReader(c).ReadString('\n')
		_, _ = io.WriteString(io.Discard, line)
	})
	cases := []struct {
		halfOpen string
		want     []string
	}{
		// Without allowHalfOpen the socket closes by itself after end; a
		// send from the end handler still goes out before the FIN.
		{"false", []string{"message bye", "end 1", "send true", "after end 2", "close true"}},
		// With it the socket stays open until the script closes it.
		{"true", []string{"message bye", "end 1", "send true", "after end 1", "close true"}},
	}
	for _, c := range cases {
		t.Run("allowHalfOpen="+c.halfOpen, func(t *testing.T) {
			e := newEnv(t)
			out := e.run(`
				const s = new TCPSocket('127.0.0.1', ` + port + `, {binaryType: 'string', allowHalfOpen: ` + c.halfOpen + `});
				s.onmessage = e => print('message', e.data);
				s.onend = () => {
					print('end', s.readyState);
					print('send', s.send('thanks\n'));
					queueMicrotask(() => { print('after end', s.readyState); if (s.readyState === 1) s.close(); });
				};
				s.onclose = e => print('close', e.wasClean);
			`)
			assert.Equal(t, c.want, out)
		})
	}
}

func TestTCPFailures(t *testing.T) {
	resetPort := goTCPServer(t, func(c net.Conn) {
		_, _ = c.Read(make([]byte, 1))
		_ = c.(*net.TCPConn).SetLinger(0)
	})
	refused := closedPort(t)
	cases := []struct {
		name, script string
		want         []string
	}{
		{"refused", `new TCPSocket('127.0.0.1', ` + refused + `)`,
			[]string{"error ConnectionRefusedError ECONNREFUSED connect ECONNREFUSED 127.0.0.1:" + refused + " | ConnectionRefusedError ECONNREFUSED -111 connect 3", "close false connect ECONNREFUSED 127.0.0.1:" + refused}},
		{"not found", `new TCPSocket('no-such-host.invalid', 80)`,
			[]string{"error DomainNotFoundError ENOTFOUND getaddrinfo ENOTFOUND no-such-host.invalid | DomainNotFoundError ENOTFOUND -3008 getaddrinfo 3", "close false getaddrinfo ENOTFOUND no-such-host.invalid"}},
		{"reset", `(() => { const s = new TCPSocket('127.0.0.1', ` + resetPort + `); s.addEventListener('open', () => s.send('x')); return s; })()`,
			[]string{"error NetworkInterruptError ECONNRESET read ECONNRESET | NetworkInterruptError ECONNRESET -104 read 3", "close false read ECONNRESET"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			out := e.run(`
				const s = ` + c.script + `;
				s.onerror = e => print('error', e.name, e.code, e.message, '|', e.error.name, e.error.code, e.error.errno, e.error.syscall, s.readyState);
				s.onclose = e => print('close', e.wasClean, e.reason);
			`)
			assert.Equal(t, c.want, out)
		})
	}
}

// closedPort returns a port on 127.0.0.1 that nothing listens on.
func closedPort(t *testing.T) string {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	require.NoError(t, err)
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	return strconv.Itoa(port)
}

// blackHole returns a port whose listener never completes another
// handshake: its backlog is full and it never accepts, so SYNs are dropped.
func blackHole(t *testing.T) string {
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	require.NoError(t, err)
	t.Cleanup(func() { unix.Close(fd) })
	require.NoError(t, unix.Bind(fd, &unix.SockaddrInet4{Addr: [4]byte{127, 0, 0, 1}}))
	require.NoError(t, unix.Listen(fd, 0))
	sa, err := unix.Getsockname(fd)
	require.NoError(t, err)
	addr := "127.0.0.1:" + strconv.Itoa(sa.(*unix.SockaddrInet4).Port)
	for {
		c, err := net.DialTimeout("tcp4", addr, 200*time.Millisecond)
		if err != nil {
			break
		}
		t.Cleanup(func() { c.Close() })
	}
	return strconv.Itoa(sa.(*unix.SockaddrInet4).Port)
}

func TestTCPConnectTimeout(t *testing.T) {
	port := blackHole(t)
	e := newEnv(t)
	start := time.Now()
	out := e.run(`
		const s = new TCPSocket('127.0.0.1', ` + port + `, {connectTimeout: 150});
		s.onopen = () => print('open?');
		s.onerror = e => print('error', e.name, e.code);
		s.onclose = e => print('close', e.wasClean);
	`)
	assert.Equal(t, []string{"error NetworkTimeoutError ETIMEDOUT", "close false"}, out)
	assert.Less(t, time.Since(start), 3*time.Second)
}

func TestTCPStringDecodingAcrossPackets(t *testing.T) {
	port := goTCPServer(t, func(c net.Conn) {
		euro := []byte("\u20ac")
		for _, part := range [][]byte{append([]byte("a"), euro[:1]...), euro[1:2], append(euro[2:], 'b'), {0xe2}} {
			_, _ = c.Write(part)
			time.Sleep(20 * time.Millisecond)
		}
	})
	e := newEnv(t)
	out := e.run(`
		const s = new TCPSocket('127.0.0.1', ` + port + `, {binaryType: 'string'});
		const got = [];
		s.onmessage = e => got.push(JSON.stringify(e.data));
		s.onend = () => print(got.join(' '));
	`)
	assert.Equal(t, []string{"\"a\" \"€b\" \"\ufffd\""}, out)
}

func TestTCPBinaryTypes(t *testing.T) {
	port := goTCPServer(t, echo)
	e := newEnv(t)
	out := e.run(`
		const s = new TCPSocket('127.0.0.1', ` + port + `);
		const types = ['arraybuffer', 'blob', 'string'];
		let i = 0;
		s.onopen = () => s.send(new Uint8Array([104, 105]));
		s.onmessage = async e => {
			const d = e.data;
			if (d instanceof ArrayBuffer) print('arraybuffer', new Uint8Array(d).join());
			else if (d instanceof Blob) print('blob', d.size, await d.text());
			else print(typeof d, d);
			if (++i === 3) { s.close(); return; }
			s.binaryType = types[i];
			print('options', s.options.binaryType, s.getOption('binaryType'));
			s.send(new DataView(new Uint8Array([104, 105]).buffer));
		};
	`)
	assert.Equal(t, []string{"arraybuffer 104,105", "options blob blob", "blob 2 hi", "options string string", "string hi"}, out)
}

func TestTCPSendHintDrainAndSuspend(t *testing.T) {
	release := make(chan struct{})
	got := make(chan int, 1)
	port := goTCPServer(t, func(c net.Conn) {
		<-release // read nothing until the script has filled its buffer
		n, _ := io.Copy(io.Discard, c)
		got <- int(n)
	})
	e := newEnv(t)
	require.NoError(t, e.vm.Set("release", func() { close(release) }))
	out := e.run(`
		const s = new TCPSocket('127.0.0.1', ` + port + `, {highWaterMark: 1 << 20});
		let total = 0;
		s.onopen = () => {
			const chunk = new Uint8Array(1 << 16);
			while (s.send(chunk)) total += chunk.length;
			total += chunk.length;
			print('false after', total >= 1 << 20, s.bufferedAmount >= 1 << 20);
			release();
		};
		s.ondrain = () => { print('drain', s.bufferedAmount); s.close(); };
		s.onclose = () => print('closed', total);
	`)
	require.Len(t, out, 3)
	assert.Equal(t, "false after true true", out[0])
	assert.Equal(t, "drain 0", out[1])
	total, err := strconv.Atoi(out[2][len("closed "):])
	require.NoError(t, err)
	assert.Equal(t, total, <-got)
}

func TestTCPSuspendStopsReading(t *testing.T) {
	port := goTCPServer(t, func(c net.Conn) {
		for i := range 5 {
			_, _ = c.Write([]byte{byte('0' + i)})
			time.Sleep(15 * time.Millisecond)
		}
	})
	e := newEnv(t)
	out := e.run(`
		const s = new TCPSocket('127.0.0.1', ` + port + `, {binaryType: 'string'});
		let text = '';
		s.onmessage = e => {
			text += e.data;
			if (text === '0') {
				s.suspend(); s.suspend();
				setTimeout(() => { print('suspended, have', text); s.resume(); s.resume(); }, 150);
			}
		};
		s.onend = () => print('end with', text);
	`)
	assert.Equal(t, []string{"suspended, have 0", "end with 01234"}, out)
}

func TestTCPValidation(t *testing.T) {
	e := newEnv(t)
	cases := []evalCase{
		{"new TCPSocket('localhost')", "TypeError: Failed to construct 'TCPSocket': 2 arguments required, but only 1 present."},
		{"new TCPSocket('bad host', 1)", "SyntaxError: Failed to construct 'TCPSocket': 'bad host' is not a valid host name or address."},
		{"new TCPSocket('', 1)", "SyntaxError: Failed to construct 'TCPSocket': '' is not a valid host name or address."},
		{"new TCPSocket('[::1', 1)", "SyntaxError: Failed to construct 'TCPSocket': '[::1' is not a valid host name or address."},
		{"new TCPSocket('localhost', 65536)", "TypeError: Failed to construct 'TCPSocket': The 'peerPort' value is outside the 'unsigned short' value range."},
		{"new TCPSocket('localhost', Infinity)", "TypeError: Failed to construct 'TCPSocket': The 'peerPort' value is not a finite 'unsigned short'."},
		{"new TCPSocket('localhost', 1, 'not-an-ip')", "SyntaxError: Failed to construct 'TCPSocket': 'not-an-ip' is not a valid local address."},
		{"new TCPSocket('localhost', 1, null, 99999)", "TypeError: Failed to construct 'TCPSocket': The 'localPort' value is outside the 'unsigned short' value range."},
		{"new TCPSocket('localhost', 1, null, null, 7)", "TypeError: Failed to construct 'TCPSocket': The provided value is not of type 'TCPSocketOptions'."},
		{"new TCPSocket('localhost', 1, {ipVersion: 5})", "TypeError: Failed to construct 'TCPSocket': The 'ipVersion' value must be 4 or 6."},
		{"new TCPSocket('localhost', 1, {minVersion: 'SSLv3'})", "TypeError: Failed to construct 'TCPSocket': The provided value 'SSLv3' is not a valid enum value for 'minVersion'."},
		{"new TCPSocket('localhost', 1, {useSecureTransport: true, ca: 'not pem'})", "TypeError: Failed to construct 'TCPSocket': error:0480006C:PEM routines::no start line"},
		{"new TCPSocket('localhost', 1, {connectTimeout: -1})", "TypeError: Failed to construct 'TCPSocket': The 'connectTimeout' value is outside the 'unsigned long' value range."},
		{"s.send('x')", "InvalidStateError: Failed to execute 'send' on 'TCPSocket': The socket is not open."},
		{"s.halfClose()", "InvalidStateError: Failed to execute 'halfClose' on 'TCPSocket': The socket is not open."},
		{"s.upgradeToSSL()", "InvalidStateError: Failed to execute 'upgradeToSSL' on 'TCPSocket': The socket is not open."},
		{"s.setOption('noDelay', 'true')", "TypeError: Failed to execute 'setOption' on 'TCPSocket': The 'noDelay' value must be a boolean."},
		{"s.setOption('connectTimeout', 5)", "NotSupportedError: Failed to execute 'setOption' on 'TCPSocket': The 'connectTimeout' option can only be set when the socket is created."},
		{"s.setOption('userTimeout', -5)", "TypeError: Failed to execute 'setOption' on 'TCPSocket': The 'userTimeout' value is outside the 'unsigned long' value range."},
		{"s.setOption('noDelay', true)", "true"},
		{"s.getOption('noDelay')", "true"},
		{"s.peerCertificate + ':' + s.alpnProtocol + ':' + s.tlsVersion", "null:false:null"},
		{"(u => { try { TCPSocket.prototype.halfClose.call(u) } finally { u.close() } })(new UDPSocket())", "TypeError: Illegal invocation"},
	}
	_, err := e.vm.RunString("var s = new TCPSocket('127.0.0.1', " + closedPort(t) + ")")
	require.NoError(t, err)
	e.expectEach(cases)
	e.run("s.close()")
}

func TestTCPOptionsSnapshot(t *testing.T) {
	port := goTCPServer(t, echo)
	e := newEnv(t)
	out := e.run(`
		const s = new TCPSocket('127.0.0.1', ` + port + `, {keepAlive: true, keepAliveDelay: 2000, allowHalfOpen: true, ipVersion: 4, connectTimeout: 1000});
		const o = s.options;
		print(JSON.stringify(o));
		s.onopen = () => {
			s.setOption('noDelay', true);
			s.setOption('userTimeout', 5000);
			s.setOption('sendBufferSize', 100000);
			print(o.noDelay, s.options.noDelay, s.getOption('userTimeout'), s.getOption('sendBufferSize'), Object.isFrozen(s.options));
			s.close();
		};
	`)
	assert.Equal(t, []string{
		`{"useSecureTransport":false,"servername":"","rejectUnauthorized":true,"alpnProtocols":[],"minVersion":"TLSv1.2","maxVersion":"TLSv1.3","noDelay":false,"keepAlive":true,"keepAliveDelay":2000,"userTimeout":0,"connectTimeout":1000,"allowHalfOpen":true,"ipVersion":4,"receiveBufferSize":0,"sendBufferSize":0,"binaryType":"arraybuffer","highWaterMark":65536}`,
		"false true 5000 100000 true",
	}, out)
}

// TestTCPRelayFromMessageHandler sends, from one socket's message handler,
// on that socket and on another one, and reads a kept event afterwards: each
// call must reach its own socket and the event its own data.
func TestTCPRelayFromMessageHandler(t *testing.T) {
	port := goTCPServer(t, echo)
	e := newEnv(t)
	out := e.run(`
		const a = new TCPSocket('127.0.0.1', ` + port + `, {binaryType: 'string'});
		const b = new TCPSocket('127.0.0.1', ` + port + `, {binaryType: 'string'});
		let opened = 0, kept;
		a.onopen = b.onopen = () => { if (++opened === 2) a.send('x'); };
		a.onmessage = (ev) => {
			kept = ev;
			print('a got', ev.data, b.send('y' + ev.data), a.bufferedAmount, b.readyState);
			a.close();
		};
		b.onmessage = (ev) => {
			print('b got', ev.data, 'kept', kept.data, kept.type);
			b.close();
		};
	`)
	assert.Equal(t, []string{"a got x true 0 1", "b got yx kept x message"}, out)
}
