package process_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/nodecompat"
)

// run runs a script with stdin read from in (a pipe, for the runtime) and
// returns its exit code, stdout and stderr.
func run(t *testing.T, in io.Reader, script string) (int, string, string) {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	defer l.Close()
	var stdout, stderr bytes.Buffer
	rt := nodecompat.Enable(goja.New(), l, nodecompat.Options{Argv: []string{"nodeshim", "-"},
		Stdin: in, Stdout: &stdout, Stderr: &stderr})
	code := rt.RunEval(script, false)
	return code, stdout.String(), stderr.String()
}

// slowReader hands out its chunks one read at a time.
type slowReader struct{ chunks []string }

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.chunks) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.chunks[0])
	r.chunks = r.chunks[1:]
	return n, nil
}

// The expected outputs are node's, with the same input piped to stdin.
func TestStdinIsAReadableSocket(t *testing.T) {
	cases := []struct {
		name, script, want string
	}{
		{"flowing with an encoding, paused and resumed", `
			const si = process.stdin;
			console.log(si.constructor.name, si.fd, si.readable, si.writable, si.readableFlowing, si instanceof require('stream').Readable);
			si.setEncoding('utf8');
			si.on('data', (d) => {
				console.log('data', typeof d, JSON.stringify(d));
				si.pause();
				setTimeout(() => si.resume(), 5);
			});
			si.on('end', () => console.log('end'));
			si.on('close', () => console.log('close'));`,
			"Socket 0 true false null true\ndata string \"hello \"\ndata string \"world\\n\"\nend\nclose\n"},
		{"paused mode with read()", `
			process.stdin.on('readable', () => {
				let c;
				while ((c = process.stdin.read()) !== null) console.log('read', c.toString());
			});
			process.stdin.on('end', () => console.log('end'));`,
			"read hello \nread world\n\nend\n"},
		{"piped into a socket", `
			const net = require('net');
			const server = net.createServer((s) => {
				let got = '';
				s.on('data', (d) => { got += d; });
				s.on('end', () => { console.log('server got', JSON.stringify(got)); s.end(); server.close(); });
			});
			server.listen(0, '127.0.0.1', () => {
				const c = net.connect(server.address().port, '127.0.0.1', () => process.stdin.pipe(c));
				c.on('close', () => console.log('client closed'));
				c.resume();
			});`,
			"server got \"hello world\\n\"\nclient closed\n"},
		{"never read: the process exits", `console.log('done');`, "done\n"},
		{"paused: the process exits", `
			process.stdin.once('data', (d) => { console.log('first', d.toString()); process.stdin.pause(); });`,
			"first hello \n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := &slowReader{chunks: []string{"hello ", "world\n"}}
			code, stdout, stderr := run(t, in, tc.script)
			assert.Equal(t, 0, code, stderr)
			assert.Equal(t, tc.want, stdout)
		})
	}
}

func TestStdinThatNeverEndsDoesNotHoldAPausedProcess(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	go func() { _, _ = w.Write([]byte("only chunk")) }()
	code, stdout, _ := run(t, r, `
		process.stdin.on('data', (d) => { console.log('data', d.length); process.stdin.pause(); });`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "data 10\n", stdout)
}

func TestStdoutIsAWritableSocket(t *testing.T) {
	code, stdout, stderr := run(t, strings.NewReader(""), `
		const { pipeline, Readable, Writable } = require('stream');
		const so = process.stdout;
		console.log(so.constructor.name, so instanceof Writable, so.fd, so._isStdio, so.writableHighWaterMark);
		so.write('written\n', () => console.log('write callback'));
		console.log('logged');
		process.stderr.write('to stderr\n');
		so.on('finish', () => process.stderr.write('finish\n'));
		pipeline(Readable.from(['x\n', 'y\n']), so, (err) => {
			process.stderr.write('pipeline done ' + err + ' ' + so.writableEnded + '\n');
			console.log('lost: stdout was shut down');
			so.write('lost too\n', (e) => process.stderr.write('write after end: ' + e.code + '\n'));
		});`)
	assert.Equal(t, 0, code, stderr)
	assert.Equal(t, "Socket true 1 true 16384\nwritten\nlogged\nwrite callback\nx\ny\n", stdout)
	assert.Equal(t, "to stderr\nfinish\npipeline done undefined false\nwrite after end: EPIPE\n", stderr)
}

func TestDestroyedStdinDoesNotHoldTheProcess(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	go func() { _, _ = w.Write([]byte("only chunk")) }()
	code, stdout, _ := run(t, r, `
		process.stdin.on('data', (d) => { console.log('data', d.length); process.stdin.destroy(); });
		process.stdin.on('close', () => console.log('close'));`)
	assert.Equal(t, 0, code)
	assert.Equal(t, "data 10\nclose\n", stdout)
}
