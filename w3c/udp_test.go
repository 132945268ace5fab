package w3c

import (
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUDPEchoBetweenScriptSockets(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const a = new UDPSocket('127.0.0.1', 0);
		const b = new UDPSocket({localAddress: '127.0.0.1', binaryType: 'string'});
		print('states', a.readyState, b.readyState, a.localAddress, a.localPort > 0, a.ipVersion);
		a.onopen = () => print('a open', a.readyState);
		b.onopen = () => {
			print('b open', b.readyState);
			print('send', a.send('h\u00e9llo', '127.0.0.1', b.localPort));
		};
		b.onmessage = e => {
			print('b got', e.data, e.remoteAddress, e.address, e.remotePort === a.localPort, e.port === e.remotePort,
				e.localAddress, e.interface, e instanceof UDPMessageEvent, e.target === b);
			b.send(new Uint8Array([1, 2, 3]), e.remoteAddress, e.remotePort);
		};
		a.onmessage = e => {
			print('a got', e.data instanceof ArrayBuffer, new Uint8Array(e.data).join());
			a.close();
			print('after close', a.readyState);
			b.close();
		};
		a.onclose = e => print('a close', e.wasClean, e instanceof CloseEvent);
		b.onclose = () => print('b close');
	`)
	assert.Equal(t, []string{
		"states 1 1 127.0.0.1 true 4",
		"a open 1",
		"b open 1",
		"send true",
		"b got héllo 127.0.0.1 127.0.0.1 true true 127.0.0.1 lo true true",
		"a got true 1,2,3",
		"after close 3",
		"a close true true",
		"b close",
	}, out)
}

// TestUDPEchoOfTheArrivedBuffer sends a message's own ArrayBuffer back from
// its listener, which send() reads through the buffer's Go handle: as is,
// after a change through a view, and once structuredClone has transferred
// it (nothing left to send).
func TestUDPEchoOfTheArrivedBuffer(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const a = new UDPSocket('127.0.0.1', 0), b = new UDPSocket('127.0.0.1', 0), got = [];
		b.onopen = () => a.send('abc', '127.0.0.1', b.localPort);
		b.onmessage = (ev) => {
			const d = ev.data;
			b.send(d, '127.0.0.1', a.localPort);
			new Uint8Array(d)[0] = 0x41;
			b.send(d, '127.0.0.1', a.localPort);
			structuredClone(d, {transfer: [d]});
			b.send(d, '127.0.0.1', a.localPort);
			print(d.byteLength);
		};
		a.onmessage = (ev) => {
			got.push(String.fromCharCode(...new Uint8Array(ev.data)));
			if (got.length === 3) { print(got.join()); a.close(); b.close(); }
		};
	`)
	assert.Equal(t, []string{"0", "abc,Abc,"}, out)
}

// goUDPPeer is a UDP socket in Go that echoes what it gets, upper-case
// first letter replaced with '>'.
func goUDPPeer(t *testing.T) *net.UDPConn {
	t.Helper()
	c, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	require.NoError(t, err)
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 65536)
		for {
			n, from, err := c.ReadFromUDP(buf)
			if err != nil {
				return
			}
			_, _ = c.WriteToUDP(append([]byte(">"), buf[:n]...), from)
		}
	}()
	t.Cleanup(func() { c.Close(); <-done })
	return c
}

func TestUDPSetPeerAndBlobSendToGoPeer(t *testing.T) {
	peer := goUDPPeer(t)
	port := strconv.Itoa(peer.LocalAddr().(*net.UDPAddr).Port)
	e := newEnv(t)
	out := e.run(`
		const s = new UDPSocket('127.0.0.1', 0, {binaryType: 'string'});
		s.setPeer('127.0.0.1', ` + port + `);
		print(s.address, s.port === ` + port + `, s.url === '127.0.0.1:` + port + `');
		let n = 0;
		s.onopen = () => {
			s.send(new Blob(['one']));
			s.send('two');
			s.send(new TextEncoder().encode('three'));
		};
		s.onmessage = e => {
			print(e.data, e.remotePort === ` + port + `);
			if (++n === 3) {
				s.setPeer(null);
				print('peer', JSON.stringify(s.address), s.port, JSON.stringify(s.url));
				s.close();
			}
		};
	`)
	assert.Equal(t, []string{"127.0.0.1 true true", ">one true", ">two true", ">three true", `peer "" 0 ""`}, out)
}

func TestUDPSendToHostNameKeepsOrder(t *testing.T) {
	peer := goUDPPeer(t)
	port := strconv.Itoa(peer.LocalAddr().(*net.UDPAddr).Port)
	e := newEnv(t)
	out := e.run(`
		const s = new UDPSocket('127.0.0.1', 0, {binaryType: 'string'});
		const got = [];
		s.onopen = () => {
			s.send('1', 'localhost', ` + port + `);
			s.send('2', '127.0.0.1', ` + port + `);
			s.send('3', 'ip4-localhost.invalid', ` + port + `);
			s.send('4', '127.0.0.1', ` + port + `);
		};
		s.onerror = e => print('error', e.name, e.code);
		s.onmessage = e => { got.push(e.data); if (got.length === 3) { print(got.join()); s.close(); } };
	`)
	assert.Equal(t, []string{"error DomainNotFoundError ENOTFOUND", ">1,>2,>4"}, out)
}

func TestUDPValidation(t *testing.T) {
	e := newEnv(t)
	cases := []evalCase{
		{"new UDPSocket('nope!', 0)", "SyntaxError: Failed to construct 'UDPSocket': 'nope!' is not a valid local address."},
		{"new UDPSocket('127.0.0.1', -1)", "TypeError: Failed to construct 'UDPSocket': The 'localPort' value is outside the 'unsigned short' value range."},
		{"new UDPSocket('127.0.0.1', NaN)", "TypeError: Failed to construct 'UDPSocket': The 'localPort' value is not a finite 'unsigned short'."},
		{"new UDPSocket('127.0.0.1', 0, 5)", "TypeError: Failed to construct 'UDPSocket': The provided value is not of type 'UDPSocketOptions'."},
		{"new UDPSocket('127.0.0.1', 0, {binaryType: 'text'})", "TypeError: Failed to construct 'UDPSocket': The provided value 'text' is not a valid enum value for 'BinaryType'."},
		{"new UDPSocket('127.0.0.1', 0, {ttl: 256})", "TypeError: Failed to construct 'UDPSocket': The 'ttl' value is outside the 'octet' value range."},
		{"new UDPSocket({localAddress: '127.0.0.1', remoteAddress: 'a b', remotePort: 1})", "SyntaxError: Failed to construct 'UDPSocket': 'a b' is not a valid address."},
		{"const c = new UDPSocket('127.0.0.1', 0); c.close(); c.send('x', '127.0.0.1', 9)", "InvalidStateError: Failed to execute 'send' on 'UDPSocket': The socket is not open."},
		{"s.send()", "TypeError: Failed to execute 'send' on 'UDPSocket': 1 argument required, but only 0 present."},
		{"s.addMulticastMembership('10.0.0.1')", "InvalidAccessError: Failed to execute 'addMulticastMembership' on 'UDPSocket': '10.0.0.1' is not a multicast group address."},
		{"s.addMulticastMembership('x.y')", "SyntaxError: Failed to execute 'addMulticastMembership' on 'UDPSocket': 'x.y' is not a valid multicast group address."},
		{"s.addMulticastMembership('239.1.1.1', {source: 'bad'})", "SyntaxError: Failed to execute 'addMulticastMembership' on 'UDPSocket': 'bad' is not a valid source address."},
		{"s.addMulticastMembership()", "TypeError: Failed to execute 'addMulticastMembership' on 'UDPSocket': 1 argument required, but only 0 present."},
		{"s.setPeer('a b', 1)", "SyntaxError: Failed to execute 'setPeer' on 'UDPSocket': 'a b' is not a valid address."},
		{"s.setPeer('127.0.0.1')", "TypeError: Failed to execute 'setPeer' on 'UDPSocket': A remote port is required with a remote address."},
		{"s.setOption('ttl', 0)", "TypeError: Failed to execute 'setOption' on 'UDPSocket': The 'ttl' value is outside the 'octet' value range."},
		{"s.setOption('broadcast', 'yes')", "TypeError: Failed to execute 'setOption' on 'UDPSocket': The 'broadcast' value must be a boolean."},
		{"s.setOption('addressReuse', true)", "NotSupportedError: Failed to execute 'setOption' on 'UDPSocket': The 'addressReuse' option can only be set when the socket is created."},
		{"s.setOption('nonsense', 1)", "NotSupportedError: Failed to execute 'setOption' on 'UDPSocket': Unknown option 'nonsense'."},
		{"s.setOption('ttl')", "TypeError: Failed to execute 'setOption' on 'UDPSocket': 2 arguments required, but only 1 present."},
		{"s.getOption('nonsense')", "NotSupportedError: Failed to execute 'getOption' on 'UDPSocket': Unknown option 'nonsense'."},
		{"s.resume()", "InvalidStateError: Failed to execute 'resume' on 'UDPSocket': The socket is not suspended."},
		{"s.binaryType = 'bogus'; s.binaryType", "arraybuffer"},
		{"s.binaryType = 'blob'; s.binaryType", "blob"},
		{"s.setOption('binaryType', 'bogus')", "TypeError: Failed to execute 'setOption' on 'UDPSocket': The provided value 'bogus' is not a valid enum value for 'BinaryType'."},
		{"Object.getOwnPropertyDescriptor(Socket.prototype, 'readyState').get.call({})", "TypeError: Illegal invocation"},
		{"UDPSocket.prototype.setPeer.call(new EventTarget(), null)", "TypeError: Illegal invocation"},
	}
	_, err := e.vm.RunString("var s = new UDPSocket('127.0.0.1', 0)")
	require.NoError(t, err)
	e.expectEach(cases)
	e.run("s.close()")
}

func TestUDPOptions(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const s = new UDPSocket('127.0.0.1', 0, {ttl: 9, multicastTimeToLive: 3, loopback: false, addressReuse: true, highWaterMark: 10});
		print(JSON.stringify(Object.keys(s.options)));
		const o = s.options;
		print(Object.isFrozen(o), o === s.options, o.ttl, o.multicastTimeToLive, o.multicastLoopback, o.addressReuse, o.highWaterMark);
		print(s.ttl, s.getOption('reuseAddress'), s.getOption('loopback'), s.options.receiveBufferSize > 0);
		print(s.setOption('ttl', 100), s.ttl, o.ttl, s.options.ttl, s.options !== o);
		print(s.setOption('multicastLoopback', true), s.getOption('loopback'));
		print(s.setOption('receiveBufferSize', 65536), s.getOption('receiveBufferSize'));
		print(s.setOption('multicastInterface', '127.0.0.1'), s.getOption('multicastInterface'));
		print(s.setOption('highWaterMark', 1), s.send === Socket.prototype.send);
		s.onopen = () => { print(s.send('too big for 1', '127.0.0.1', 9)); };
		s.ondrain = () => { print('drain', s.bufferedAmount); s.close(); };
	`)
	assert.Equal(t, []string{
		`["addressReuse","reusePort","ipv6Only","broadcast","ttl","multicastTimeToLive","multicastLoopback","multicastInterface","receiveBufferSize","sendBufferSize","binaryType","highWaterMark"]`,
		"true true 9 3 false true 10",
		"9 true false true",
		"true 100 9 100 true",
		"true true",
		"true 65536",
		"true 127.0.0.1",
		"true true",
		"false",
		"drain 0",
	}, out)
}

func TestUDPSuspendNestsAndHoldsDatagrams(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const a = new UDPSocket('127.0.0.1', 0, {binaryType: 'string'});
		const b = new UDPSocket('127.0.0.1', 0);
		a.suspend(); a.suspend();
		print(a.isSuspended);
		a.onmessage = e => { print('got', e.data); a.close(); b.close(); };
		b.onopen = () => {
			b.send('x', '127.0.0.1', a.localPort);
			setTimeout(() => { a.resume(); print('one resume', a.isSuspended); }, 20);
			setTimeout(() => { a.resume(); print('two resumes', a.isSuspended); }, 40);
		};
	`)
	assert.Equal(t, []string{"true", "one resume true", "two resumes false", "got x"}, out)
}

func TestUDPBindFailureIsErrorThenClose(t *testing.T) {
	c, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	require.NoError(t, err)
	defer c.Close()
	port := strconv.Itoa(c.LocalAddr().(*net.UDPAddr).Port)
	e := newEnv(t)
	out := e.run(`
		const s = new UDPSocket('127.0.0.1', ` + port + `);
		print('state', s.readyState);
		s.onopen = () => print('open?');
		s.onerror = e => print('error', e.name, e.code, e.error.syscall, s.readyState);
		s.onclose = e => print('close', e.wasClean, s.readyState);
	`)
	assert.Equal(t, []string{"state 3", "error NetworkError EADDRINUSE bind 3", "close false 3"}, out)
}

func TestUDPOversizeDatagramLeavesSocketOpen(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const s = new UDPSocket('127.0.0.1', 0);
		s.onopen = () => s.send(new Uint8Array(70000), '127.0.0.1', s.localPort);
		s.onerror = e => {
			print('error', e.code, e.name, s.readyState);
			s.send('small', '127.0.0.1', s.localPort);
		};
		s.onmessage = e => { print('message', e.data.byteLength); s.close(); };
	`)
	assert.Equal(t, []string{"error EMSGSIZE NetworkError 1", "message 5"}, out)
}

func TestUDPDrainAfterFalse(t *testing.T) {
	e := newEnv(t)
	out := e.run(`
		const s = new UDPSocket('127.0.0.1', 0, {highWaterMark: 1000});
		let sent = 0;
		s.onopen = () => {
			let ok = true;
			while (ok) { ok = s.send(new Uint8Array(100), '127.0.0.1', s.localPort); sent++; }
			print('sent', sent, s.bufferedAmount);
		};
		s.ondrain = () => { print('drain', s.bufferedAmount); s.close(); };
	`)
	assert.Equal(t, []string{"sent 10 1000", "drain 0"}, out)
}

func TestUDPReceiveDeadlineGuard(t *testing.T) {
	// A socket that nobody closes keeps the loop alive: run stops it at its
	// deadline; here the script closes it from a timer instead.
	e := newEnv(t)
	start := time.Now()
	out := e.run(`const s = new UDPSocket(); setTimeout(() => { print(s.localAddress, s.readyState); s.close(); }, 30);`)
	assert.Equal(t, []string{"0.0.0.0 1"}, out)
	assert.Less(t, time.Since(start), 5*time.Second)
}
