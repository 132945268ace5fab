package w3c

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEventClassesFromScripts(t *testing.T) {
	e := newEnv(t)
	cases := []struct{ expr, want string }{
		{"new MessageEvent('message').data", "null"},
		{"new MessageEvent('message', {data: 5, origin: 'o', lastEventId: 'l'}).data", "5"},
		{"const m = new MessageEvent('x', {origin: 'o', lastEventId: 'l'}); m.origin + m.lastEventId + m.type", "olx"},
		{"new MessageEvent('m').ports.length + ':' + Object.isFrozen(new MessageEvent('m').ports)", "0:true"},
		{"new MessageEvent('m').source", "null"},
		{"new MessageEvent()", "TypeError: Failed to construct 'MessageEvent': 1 argument required, but only 0 present."},
		{"new MessageEvent('m', 5)", "TypeError: The \"options\" argument must be of type object. Received type number (5)"},
		{"new MessageEvent('m', {cancelable: true}).cancelable", "true"},
		{"new MessageEvent('m') instanceof Event", "true"},
		{"const u = new UDPMessageEvent('message', {data: 'd', remoteAddress: '1.2.3.4', remotePort: 9, localAddress: '224.0.0.1', interface: 'eth0'}); [u.data, u.remoteAddress, u.address, u.remotePort, u.port, u.localAddress, u.interface].join()", "d,1.2.3.4,1.2.3.4,9,9,224.0.0.1,eth0"},
		{"new UDPMessageEvent('m', {remotePort: 70000})", "TypeError: Failed to construct 'UDPMessageEvent': The 'remotePort' value is outside the 'unsigned short' value range."},
		{"new UDPMessageEvent('m') instanceof MessageEvent", "true"},
		{"Object.getOwnPropertyDescriptor(UDPMessageEvent.prototype, 'remoteAddress').get.call(new MessageEvent('m'))", "TypeError: Illegal invocation"},
		{"const er = new ErrorEvent('error', {message: 'm', error: 1, filename: 'f', lineno: 2, colno: 3, name: 'N', code: 'C'}); [er.message, er.error, er.filename, er.lineno, er.colno, er.name, er.code].join()", "m,1,f,2,3,N,C"},
		{"const e0 = new ErrorEvent('error'); [e0.message, e0.error, e0.name, e0.code].join()", ",,,"},
		{"const c = new CloseEvent('close', {wasClean: true, code: 1000, reason: 'bye'}); [c.wasClean, c.code, c.reason].join()", "true,1000,bye"},
		{"const c0 = new CloseEvent('close'); [c0.wasClean, c0.code, c0.reason].join()", "false,0,"},
		{"const s = {}; new ConnectEvent('connect', {socket: s}).socket === s", "true"},
		{"new ConnectEvent('connect').socket", "null"},
		{"class Mine extends MessageEvent { get extra() { return this.data + 1 } }; new Mine('x', {data: 1}).extra", "2"},
		{"const t = new EventTarget(); let got; t.addEventListener('message', ev => got = ev.data); t.dispatchEvent(new MessageEvent('message', {data: 'hi'})); got", "hi"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, e.eval("{"+c.expr+"}"), c.expr)
	}
}

func TestBlob(t *testing.T) {
	e := newEnv(t)
	cases := []evalCase{
		{"new Blob().size + new Blob().type", "0"},
		{"new Blob(['ab', new Uint8Array([99, 100]), new Uint8Array([101]).buffer, new Blob(['f'])]).size", "6"},
		{"new Blob([], {type: 'Text/Plain'}).type", "text/plain"},
		{"new Blob([], {type: 'a\\u00e9'}).type", ""},
		{"new Blob(['\\u20ac']).size", "3"},
		{"new Blob(['\\ud800']).size", "3"},
		{"new Blob('abc')", "TypeError: Failed to construct 'Blob': The provided value cannot be converted to a sequence."},
		{"new Blob([1, null, {}]).size", "20"},
		{"new Blob([], {endings: 'weird'})", "TypeError: Failed to construct 'Blob': The provided value 'weird' is not a valid enum value for 'EndingType'."},
		{"new Blob(new Set(['a', 'b'])).size", "2"},
		{"new Blob({})", "TypeError: Failed to construct 'Blob': The object must have a callable @@iterator property."},
		{"new Blob(['hello']).slice(1, -1).size", "3"},
		{"new Blob(['hello']).slice(-2).size", "2"},
		{"new Blob(['hello']).slice(4, 2).size", "0"},
		{"new Blob(['hello']).slice(0, 5, 'X/Y').type", "x/y"},
		{"new Blob(['x']) instanceof Blob", "true"},
		{"Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({})", "TypeError: Illegal invocation"},
	}
	e.expectEach(cases)
	out := e.run(`
		const b = new Blob(['h\u00e9', new Uint8Array([0x6c, 0x6c, 0x6f])]);
		b.text().then(s => print('text', s));
		b.arrayBuffer().then(ab => print('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength));
		b.bytes().then(u => print('bytes', u instanceof Uint8Array, u[0], u.length));
		b.slice(1, 3).text().then(s => print('slice', s));
	`)
	assert.Equal(t, []string{"text héllo", "arrayBuffer true 6", "bytes true 104 6", "slice é"}, out)
}
