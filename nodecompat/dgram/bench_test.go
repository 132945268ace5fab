package dgram

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkFlood measures the façade's cost per datagram: one socket sends
// 512-byte datagrams to another on loopback, keeping 64 in flight as
// bench/node/udp-flood.js does; each 'message' (with its Buffer and rinfo)
// sends the next one, without a callback.
func BenchmarkFlood(b *testing.B) {
	e := newEnv(b)
	b.ReportAllocs()
	b.ResetTimer()
	e.Run(`
		const total = ` + strconv.Itoa(b.N) + `;
		const msg = Buffer.alloc(512, 'x');
		const receiver = dgram.createSocket('udp4');
		const sender = dgram.createSocket('udp4');
		let sent = 0, got = 0;
		const pump = () => {
			while (sent < total && sent - got < 64) { sender.send(msg); sent++; }
		};
		receiver.on('message', () => {
			if (++got === total) { receiver.close(); sender.close(); out('done'); return; }
			pump();
		});
		receiver.bind(0, '127.0.0.1', () => {
			sender.connect(receiver.address().port, '127.0.0.1', pump);
		});
	`)
	b.StopTimer()
	require.Equal(b, []string{"done"}, e.Out)
}
