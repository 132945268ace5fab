package fs

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCallbacksRunAsLaterTasks(t *testing.T) {
	e := newEnv(t)
	got := e.Run(`
		fs.writeFile(dir + '/a', 'data', function (err) {
			out('write', err, arguments.length);
			fs.readFile(dir + '/a', 'utf8', (err, s) => out('read', err, s));
			fs.readFile(dir + '/none', function (err) { out('missing', err.code, err.syscall, arguments.length); });
		});
		out('sync first');`)
	assert.Equal(t, "sync first", got[0])
	assert.Equal(t, "write null 1", got[1])
	assert.ElementsMatch(t, []string{"read null data", "missing ENOENT open 1"}, got[2:])
}

func TestCallbackArguments(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ name, js, want string }{
		{"mkdir", `fs.mkdir(dir + '/d', function () { out(arguments.length, arguments[0]) })`, "1 null"},
		{"mkdir recursive", `fs.mkdir(dir + '/r/s', {recursive: true}, (e, p) => out(e, p === dir + '/r'))`, "null true"},
		{"stat", `fs.stat(dir, (e, s) => out(e, s.isDirectory(), s instanceof fs.Stats))`, "null true true"},
		{"exists", `fs.exists(dir, function () { out(arguments.length, arguments[0]) })`, "1 true"},
		{"exists missing", `fs.exists(dir + '/none', (b) => out(b))`, "false"},
		{"access", `fs.access(dir, fs.constants.W_OK, function () { out(arguments.length, arguments[0]) })`, "1 null"},
		{"mkdtemp", `fs.mkdtemp(dir + '/t-', (e, p) => out(e, /\/t-[A-Za-z0-9]{6}$/.test(p), fs.statSync(p).mode & 0o777))`, "null true 448"},
		{"rm force", `fs.rm(dir + '/none', {force: true}, (e) => out('rm', e))`, "rm null"},
		{"stat ignores throwIfNoEntry", `fs.stat(dir + '/none', {throwIfNoEntry: false}, (e, s) => out(e.code, s))`, "ENOENT undefined"},
		{"fd io", `fs.open(dir + '/f', 'w+', (e, fd) => fs.write(fd, 'hello', (e, n, s) => {
			const b = Buffer.alloc(8);
			fs.read(fd, b, 0, 8, 1, (e, n2, b2) => fs.close(fd, (e) => out(n, s, n2, b2 === b, b.toString('utf8', 0, n2), e)));
		}))`, "5 hello 4 true ello null"},
		{"appendFile", `fs.appendFile(dir + '/ap', 'a', () => fs.appendFile(dir + '/ap', 'b', () => out(fs.readFileSync(dir + '/ap', 'utf8'))))`, "ab"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e.Out = nil
			assert.Equal(t, []string{tc.want}, e.Run(tc.js))
		})
	}
}

func TestPromises(t *testing.T) {
	e := newEnv(t)
	assert.Equal(t, "true true", e.Eval(`[fs.promises === fsp, fsp.constants === fs.constants].join(' ')`))
	got := e.Run(`(async () => {
		await fsp.writeFile(dir + '/p', 'promised');
		out(await fsp.readFile(dir + '/p', 'utf8'));
		out((await fsp.stat(dir + '/p')).size);
		await fsp.mkdir(dir + '/x/y', {recursive: true});
		out(JSON.stringify(await fsp.readdir(dir)));
		await fsp.rm(dir + '/x', {recursive: true});
		out(await fsp.access(dir + '/x').catch((e) => e.code));
		out(await fsp.readFile(5.5).catch((e) => e.code));
		out(await fsp.readFile(dir + '/p', {encoding: 'bad'}).catch((e) => e.code));
	})()`)
	assert.Equal(t, []string{"promised", "8", `["p","x"]`, "ENOENT", "ERR_INVALID_ARG_TYPE", "ERR_INVALID_ARG_VALUE"}, got)
}

func TestFileHandle(t *testing.T) {
	e := newEnv(t)
	got := e.Run(`(async () => {
		await fsp.writeFile(dir + '/h', 'hello');
		const h = await fsp.open(dir + '/h', 'r+');
		out(typeof h.fd, h.constructor.name);
		const r = await h.read(Buffer.alloc(3), 0, 3, 0);
		out(r.bytesRead, r.buffer.toString(), Object.getPrototypeOf(r));
		out(await h.readFile('utf8'));
		const w = await h.write('XY', 0);
		out(w.bytesWritten, w.buffer);
		out((await h.stat()).size);
		await h.truncate(2);
		await h.close();
		out(h.fd, fs.readFileSync(dir + '/h', 'utf8'));
		out(await h.read().catch((e) => [e.code, e.message, e.syscall].join()));
		await h.close();
		out('closed twice');
	})()`)
	assert.Equal(t, []string{"number FileHandle", "3 hel null", "hello", "2 XY", "5", "-1 XY", "EBADF,file closed,read", "closed twice"}, got)
}
