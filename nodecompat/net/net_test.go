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

func TestWriteCallbacksRunInOrderWhenTheKernelIsFull(t *testing.T) {
	// The reader pauses, so most writes wait in the core's queue; their
	// callbacks must still run once each, in order.
	out, code := run(t, `
		const net = require('net');
		const server = net.createServer((s) => {
			s.pause();
			setTimeout(() => s.resume(), 50);
		});
		server.listen(0, () => {
			const c = net.connect(server.address().port, () => {
				const order = [];
				const chunk = Buffer.alloc(256 * 1024);
				for (let i = 0; i < 32; i++) c.write(chunk, () => order.push(i));
				c.end(() => {
					const inOrder = order.every((v, i) => v === i);
					console.log(order.length, inOrder, c._handle === null || c._handle.writeQueueSize === 0);
					server.close();
				});
			});
			c.resume();
		});
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "32 true true\n", out)
}

func TestDestroyedWritesReportTheirCallbacks(t *testing.T) {
	// Writes still queued when the socket is destroyed get their
	// callbacks (with an error, which the stream swallows), so nothing
	// waits forever and the queue of callbacks empties.
	out, code := run(t, `
		const net = require('net');
		const server = net.createServer((s) => s.pause());
		server.listen(0, () => {
			const c = net.connect(server.address().port, () => {
				const chunk = Buffer.alloc(1024 * 1024);
				let called = 0;
				for (let i = 0; i < 16; i++) c.write(chunk, () => called++);
				const handle = c._handle;
				c.destroy();
				setTimeout(() => {
					console.log(called > 0, handle.writeQueueSize);
					server.close();
					for (const s of [c]) s.destroy();
				}, 50);
			});
		});
		server.on('connection', (s) => setTimeout(() => s.destroy(), 100));
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "true 0\n", out)
}

func TestConnectingSocketsGetTheBindingsHandleClasses(t *testing.T) {
	out, code := run(t, `
		const net = require('net');
		const server = net.createServer((s) => s.destroy());
		server.listen(0, '127.0.0.1', () => {
			const c = net.connect(server.address().port, '127.0.0.1');
			const h = c._handle;
			console.log(h.constructor.name, h instanceof h.constructor, h.reading);
			c.on('close', () => server.close());
		});
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "TCP true false\n", out)
}

func TestHandleReadingFollowsReadStartAndReadStop(t *testing.T) {
	out, code := run(t, `
		const net = require('net');
		const server = net.createServer({ pauseOnConnect: true }, (s) => {
			const r = [s._handle.reading];
			s._handle.readStart();
			r.push(s._handle.reading);
			s._handle.reading = false;
			r.push(s._handle.reading, Object.keys(s._handle).includes('reading'));
			console.log(r.join(' '));
			s.destroy();
			server.close();
		});
		server.listen(0, '127.0.0.1', () => {
			const c = net.connect(server.address().port, '127.0.0.1');
			c.on('error', () => {});
		});
	`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "false true false false\n", out)
}
