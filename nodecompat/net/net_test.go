package net_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEchoCarriesBytesBothWays(t *testing.T) {
	out, code := run(t, `
		const net = require('net');
		const server = net.createServer((s) => s.pipe(s));
		server.listen(0, '127.0.0.1', () => {
			const c = net.connect(server.address().port, '127.0.0.1', () => c.end('ping'));
			let got = '';
			c.on('data', (d) => { got += d; });
			c.on('close', (hadError) => {
				console.log(got, hadError, c.bytesRead, c.bytesWritten);
				server.close();
			});
		});
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "ping false 4 4\n", out)
}

func TestFullReadableBufferStopsReadingTheConnection(t *testing.T) {
	// A socket nobody reads from stops reading once its readable buffer is
	// full: the handle is no longer reading and the bytes stay in the
	// kernel, so the writer sees backpressure.
	out, code := run(t, `
		const net = require('net');
		const server = net.createServer((s) => {
			s.pause();
			setTimeout(() => {
				console.log(s._handle.reading, s.readableLength >= s.readableHighWaterMark,
					s.bytesRead < 4 * 1024 * 1024);
				s.destroy();
				server.close();
			}, 100);
		});
		server.listen(0, () => {
			const c = net.connect(server.address().port, () => c.write(Buffer.alloc(4 * 1024 * 1024)));
			c.on('error', () => {});
		});
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "false true true\n", out)
}

func TestReadsRefreshTheIdleTimer(t *testing.T) {
	// The peer writes every 20 ms for 300 ms: a 150 ms idle timeout must
	// not fire until the writes stop.
	out, code := run(t, `
		const net = require('net');
		let start;
		const server = net.createServer((s) => {
			s.setNoDelay(true);
			const iv = setInterval(() => s.write('x'), 20);
			setTimeout(() => clearInterval(iv), 300);
			s.on('close', () => clearInterval(iv));
		});
		server.listen(0, () => {
			const c = net.connect(server.address().port, () => {
				start = Date.now();
				c.setTimeout(150, () => {
					console.log('timeout after the writes stopped', Date.now() - start >= 300);
					c.destroy();
					server.close();
				});
			});
			c.on('data', () => {});
		});
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "timeout after the writes stopped true\n", out)
}

func TestHandlesAreNativeClasses(t *testing.T) {
	out, code := run(t, `
		const net = require('net');
		const stream = require('stream');
		class Mine extends net.Socket {}
		const s = new Mine();
		const server = net.createServer();
		server.listen(0, () => {
			s.connect(server.address().port, () => {
				console.log(s instanceof stream.Duplex, s instanceof net.Socket,
					typeof s._handle.getsockname, typeof s._handle.setNoDelay);
				s.destroy();
				server.close();
			});
		});
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "true true function function\n", out)
}
