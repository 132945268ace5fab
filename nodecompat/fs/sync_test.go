package fs

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadWriteFileSync(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ name, js, want string }{
		{"utf8 round trip", `fs.writeFileSync(dir + '/a', 'héllo'); fs.readFileSync(dir + '/a', 'utf8')`, "héllo"},
		{"buffer by default", `fs.writeFileSync(dir + '/a', 'hi'); const b = fs.readFileSync(dir + '/a'); Buffer.isBuffer(b) + ' ' + b.length`, "true 2"},
		{"encoding option object", `fs.writeFileSync(dir + '/a', 'hi'); fs.readFileSync(dir + '/a', {encoding: 'hex'})`, "6869"},
		{"write with encoding", `fs.writeFileSync(dir + '/a', '616263', 'hex'); fs.readFileSync(dir + '/a', 'latin1')`, "abc"},
		{"write typed array", `fs.writeFileSync(dir + '/a', new Uint8Array([65, 66])); fs.readFileSync(dir + '/a', 'utf8')`, "AB"},
		{"write buffer view", `fs.writeFileSync(dir + '/a', Buffer.from('xabcx').subarray(1, 4)); fs.readFileSync(dir + '/a', 'utf8')`, "abc"},
		{"append", `fs.writeFileSync(dir + '/a', 'x'); fs.appendFileSync(dir + '/a', 'y'); fs.appendFileSync(dir + '/a', 'z', {flag: 'a'}); fs.readFileSync(dir + '/a', 'utf8')`, "xyz"},
		{"append creates", `fs.appendFileSync(dir + '/new', 'q'); fs.readFileSync(dir + '/new', 'utf8')`, "q"},
		{"truncates", `fs.writeFileSync(dir + '/a', 'long'); fs.writeFileSync(dir + '/a', 's'); fs.readFileSync(dir + '/a', 'utf8')`, "s"},
		{"wx refuses existing", `fs.writeFileSync(dir + '/a', 'x'); attempt(() => fs.writeFileSync(dir + '/a', 'y', {flag: 'wx'}))`, "Error|EEXIST|EEXIST: file already exists, open '" + e.dir + "/a'"},
		{"read with r+", `fs.writeFileSync(dir + '/a', 'rw'); fs.readFileSync(dir + '/a', {flag: 'r+', encoding: 'utf8'})`, "rw"},
		{"empty file", `fs.writeFileSync(dir + '/e', ''); fs.readFileSync(dir + '/e').length`, "0"},
		{"url path", `fs.writeFileSync(dir + '/u', 'url'); fs.readFileSync({href: 'file://' + dir + '/u', protocol: 'file:', hostname: '', pathname: dir + '/%75'}, 'utf8')`, "url"},
		{"buffer path", `fs.writeFileSync(dir + '/b', 'buf'); fs.readFileSync(Buffer.from(dir + '/b'), 'utf8')`, "buf"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, e.Eval(tc.js))
		})
	}
}

func TestWriteFileMode(t *testing.T) {
	e := newEnv(t)
	e.Eval(`fs.writeFileSync(dir + '/m', 'x', {mode: 0o600}); fs.writeFileSync(dir + '/s', 'x', {mode: '640'})`)
	for name, want := range map[string]os.FileMode{"m": 0o600, "s": 0o640} {
		fi, err := os.Stat(filepath.Join(e.dir, name))
		require.NoError(t, err)
		assert.Equal(t, want, fi.Mode().Perm(), name)
	}
}

func TestSystemErrors(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, os.WriteFile(filepath.Join(e.dir, "f"), []byte("x"), 0o644))
	const shape = `(() => { try { %s; return 'no error'; } catch (e) {
		return [e.message, e.code, e.errno, e.syscall, e.path, e.dest, Object.keys(e).join(), e.stack.split('\n')[0]].join('|'); } })()`
	tests := []struct{ name, js, want string }{
		{"ENOENT open", `fs.readFileSync('/nope/x')`,
			"ENOENT: no such file or directory, open '/nope/x'|ENOENT|-2|open|/nope/x||errno,code,syscall,path|Error: ENOENT: no such file or directory, open '/nope/x'"},
		{"EISDIR read", `fs.readFileSync(dir)`,
			"EISDIR: illegal operation on a directory, read|EISDIR|-21|read|||errno,code,syscall|Error: EISDIR: illegal operation on a directory, read"},
		{"EEXIST mkdir", `fs.mkdirSync(dir)`,
			"EEXIST: file already exists, mkdir '" + e.dir + "'|EEXIST|-17|mkdir|" + e.dir + "||errno,code,syscall,path|Error: EEXIST: file already exists, mkdir '" + e.dir + "'"},
		{"rename dest", `fs.renameSync('/nope', '/nope2')`,
			"ENOENT: no such file or directory, rename '/nope' -> '/nope2'|ENOENT|-2|rename|/nope|/nope2|errno,code,syscall,path,dest|Error: ENOENT: no such file or directory, rename '/nope' -> '/nope2'"},
		{"EACCES access", `fs.accessSync(dir + '/f', fs.constants.X_OK)`,
			"EACCES: permission denied, access '" + e.dir + "/f'|EACCES|-13|access|" + e.dir + "/f||errno,code,syscall,path|Error: EACCES: permission denied, access '" + e.dir + "/f'"},
		{"ENOTDIR scandir", `fs.readdirSync(dir + '/f')`,
			"ENOTDIR: not a directory, scandir '" + e.dir + "/f'|ENOTDIR|-20|scandir|" + e.dir + "/f||errno,code,syscall,path|Error: ENOTDIR: not a directory, scandir '" + e.dir + "/f'"},
		{"EBADF close", `fs.closeSync(99999)`,
			"EBADF: bad file descriptor, close|EBADF|-9|close|||errno,code,syscall|Error: EBADF: bad file descriptor, close"},
		{"copyfile", `fs.copyFileSync('/nope', dir + '/c')`,
			"ENOENT: no such file or directory, copyfile '/nope' -> '" + e.dir + "/c'|ENOENT|-2|copyfile|/nope|" + e.dir + "/c|errno,code,syscall,path,dest|Error: ENOENT: no such file or directory, copyfile '/nope' -> '" + e.dir + "/c'"},
		{"realpath names element", `fs.realpathSync('/nope/x')`,
			"ENOENT: no such file or directory, lstat '/nope'|ENOENT|-2|lstat|/nope||errno,code,syscall,path|Error: ENOENT: no such file or directory, lstat '/nope'"},
		{"realpath native", `fs.realpathSync.native('/nope/x')`,
			"ENOENT: no such file or directory, realpath '/nope/x'|ENOENT|-2|realpath|/nope/x||errno,code,syscall,path|Error: ENOENT: no such file or directory, realpath '/nope/x'"},
		{"mkdtemp", `fs.mkdtempSync('/nope/x-')`,
			"ENOENT: no such file or directory, mkdtemp '/nope/x-XXXXXX'|ENOENT|-2|mkdtemp|/nope/x-XXXXXX||errno,code,syscall,path|Error: ENOENT: no such file or directory, mkdtemp '/nope/x-XXXXXX'"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "EACCES access" && os.Geteuid() != 0 {
				require.NoError(t, os.Chmod(filepath.Join(e.dir, "f"), 0o644))
			}
			assert.Equal(t, tc.want, e.Eval(fmt.Sprintf(shape, tc.js)))
		})
	}
}

func TestRmDirectoryIsSystemError(t *testing.T) {
	e := newEnv(t)
	got := e.Eval(`(() => { try { fs.rmSync(dir) } catch (e) {
		return [e.name, e.code, e.message, String(e), e.stack.split('\n')[0], e.info.code, e.info.syscall, e.errno, e.path === dir, e instanceof Error].join('|') } })()`)
	msg := "Path is a directory: rm returned EISDIR (is a directory) " + e.dir
	assert.Equal(t, "SystemError|ERR_FS_EISDIR|"+msg+"|SystemError [ERR_FS_EISDIR]: "+msg+"|SystemError [ERR_FS_EISDIR]: "+msg+"|EISDIR|rm|21|true|true", got)
}

func TestArgumentValidation(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ js, want string }{
		{`fs.readFile(dir)`, `TypeError|ERR_INVALID_ARG_TYPE|The "cb" argument must be of type function. Received undefined`},
		{`fs.readFile(undefined, () => {})`, `TypeError|ERR_INVALID_ARG_TYPE|The "path" argument must be of type string or an instance of Buffer or URL. Received undefined`},
		{`fs.readFileSync(5.5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "path" argument must be of type string or an instance of Buffer or URL. Received type number (5.5)`},
		{`fs.readFileSync(-1)`, `RangeError|ERR_OUT_OF_RANGE|The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1`},
		{`fs.readFileSync('/a\0b')`, `TypeError|ERR_INVALID_ARG_VALUE|The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received '/a\x00b'`},
		{`fs.readFileSync(dir, 'nope')`, `TypeError|ERR_INVALID_ARG_VALUE|The argument 'encoding' is invalid encoding. Received 'nope'`},
		{`fs.readFileSync(dir, 5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "options" argument must be one of type string or object. Received type number (5)`},
		{`fs.readFileSync(dir, {flag: 'zz'})`, `TypeError|ERR_INVALID_ARG_VALUE|The argument 'flags' is invalid. Received 'zz'`},
		{`fs.writeFileSync(dir + '/x', 5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)`},
		{`fs.writeFileSync(dir + '/x', new ArrayBuffer(2))`, `TypeError|ERR_INVALID_ARG_TYPE|The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of ArrayBuffer`},
		{`fs.writeFileSync(dir + '/x', 'x', {mode: 'abc'})`, `TypeError|ERR_INVALID_ARG_VALUE|The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'`},
		{`fs.writeFileSync(dir + '/x', 'x', {mode: -1})`, `RangeError|ERR_OUT_OF_RANGE|The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received -1`},
		{`fs.writeFileSync(dir + '/x', 'x', {mode: 1.5})`, `RangeError|ERR_OUT_OF_RANGE|The value of "mode" is out of range. It must be an integer. Received 1.5`},
		{`fs.mkdirSync(dir + '/q', {recursive: 'x'})`, `TypeError|ERR_INVALID_ARG_TYPE|The "options.recursive" property must be of type boolean. Received type string ('x')`},
		{`fs.rmSync(dir, 5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "options" argument must be of type object. Received type number (5)`},
		{`fs.rmSync(dir, {maxRetries: -1})`, `RangeError|ERR_OUT_OF_RANGE|The value of "options.maxRetries" is out of range. It must be >= 0 && <= 4294967295. Received -1`},
		{`fs.accessSync(dir, -1)`, `RangeError|ERR_OUT_OF_RANGE|mode is out of range: >= 0 && <= 7`},
		{`fs.accessSync(dir, '1')`, `TypeError|ERR_INVALID_ARG_TYPE|mode must be int32 or null/undefined`},
		{`fs.closeSync('x')`, `TypeError|ERR_INVALID_ARG_TYPE|The "fd" argument must be of type number. Received type string ('x')`},
		{`fs.mkdtempSync(5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "prefix" argument must be of type string or an instance of Buffer or URL. Received type number (5)`},
		{`fs.renameSync(dir, 1)`, `TypeError|ERR_INVALID_ARG_TYPE|The "newPath" argument must be of type string or an instance of Buffer or URL. Received type number (1)`},
		{`fs.chmodSync(dir)`, `TypeError|ERR_INVALID_ARG_TYPE|The "mode" argument must be of type number. Received undefined`},
		{`fs.readFileSync({href: 'http://x/', protocol: 'http:'})`, `TypeError|ERR_INVALID_URL_SCHEME|The URL must be of scheme file`},
		{`fs.readFileSync({href: 'file://h/x', protocol: 'file:', hostname: 'h', pathname: '/x'})`, `TypeError|ERR_INVALID_FILE_URL_HOST|File URL host must be "localhost" or empty on linux`},
		{`fs.readFileSync({href: 'file:///a%2fb', protocol: 'file:', hostname: '', pathname: '/a%2fb'})`, `TypeError|ERR_INVALID_FILE_URL_PATH|File URL path must not include encoded / characters`},
		{`fs.openSync(dir, 3.5)`, `RangeError|ERR_OUT_OF_RANGE|The value of "flags" is out of range. It must be an integer. Received 3.5`},
	}
	for _, tc := range tests {
		t.Run(tc.js, func(t *testing.T) {
			assert.Equal(t, tc.want, e.Eval(`attempt(() => `+tc.js+`)`))
		})
	}
}

func TestExistsSync(t *testing.T) {
	e := newEnv(t)
	assert.Equal(t, "true false false false", e.Eval(`[fs.existsSync(dir), fs.existsSync(dir + '/none'), fs.existsSync(), fs.existsSync({})].join(' ')`))
}

func TestFunctionShapes(t *testing.T) {
	e := newEnv(t)
	assert.Equal(t, "readFile 3,readFileSync 2,stat 1,write 6,writeSync 5,exists 2,existsSync 1",
		e.Eval(`['readFile', 'readFileSync', 'stat', 'write', 'writeSync', 'exists', 'existsSync'].map((n) => fs[n].name + ' ' + fs[n].length).join()`))
	assert.Equal(t, "readFile 2,open 3,rm 2", e.Eval(`['readFile', 'open', 'rm'].map((n) => fsp[n].name + ' ' + fsp[n].length).join()`))
}
