package fs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStats(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, os.WriteFile(filepath.Join(e.dir, "f"), []byte("12345"), 0o640))
	require.NoError(t, os.Symlink("f", filepath.Join(e.dir, "l")))
	tests := []struct{ name, js, want string }{
		{"file", `const s = fs.statSync(dir + '/f'); [s.isFile(), s.isDirectory(), s.size, s.mode & 0o777, s.nlink].join()`, "true,false,5,416,1"},
		{"keys", `Object.keys(fs.statSync(dir)).join()`, "dev,mode,nlink,uid,gid,rdev,blksize,ino,size,blocks,atimeMs,mtimeMs,ctimeMs,birthtimeMs,atime,mtime,ctime,birthtime"},
		{"dates", `const s = fs.statSync(dir + '/f'); [s.mtime instanceof Date, s.mtime.getTime() === Math.round(s.mtimeMs), s.mtimeMs > 1e12].join()`, "true,true,true"},
		{"stat follows", `fs.statSync(dir + '/l').isSymbolicLink()`, "false"},
		{"lstat does not", `const s = fs.lstatSync(dir + '/l'); [s.isSymbolicLink(), s.isFile()].join()`, "true,false"},
		{"fstat", `const fd = fs.openSync(dir + '/f'); const n = fs.fstatSync(fd).size; fs.closeSync(fd); n`, "5"},
		{"throwIfNoEntry", `[fs.statSync(dir + '/none', {throwIfNoEntry: false}), fs.lstatSync(dir + '/none', {throwIfNoEntry: false})].join() + typeof fs.statSync(dir + '/none', {throwIfNoEntry: false})`, ",undefined"},
		{"throwIfNoEntry keeps ENOTDIR", `attempt(() => fs.statSync(dir + '/f/x', {throwIfNoEntry: false}))`, "Error|ENOTDIR|ENOTDIR: not a directory, stat '" + e.dir + "/f/x'"},
		{"constructor", `const s = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 7, 10, 1, 0, 1000, 0, 0); [s.isFile(), s.size, s.mtime.toISOString(), fs.Stats.name, fs.Stats.length].join()`, "true,10,1970-01-01T00:00:01.000Z,Stats,14"},
		{"proto methods", `Object.keys(fs.Stats.prototype).length + ' ' + typeof fs.Stats.prototype.isFIFO`, "0 function"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(tc.js)) })
	}
}

func TestReaddir(t *testing.T) {
	e := newEnv(t)
	for _, d := range []string{"b/c", "a"} {
		require.NoError(t, os.MkdirAll(filepath.Join(e.dir, d), 0o755))
	}
	for _, f := range []string{"z", "b/f", "b/c/g"} {
		require.NoError(t, os.WriteFile(filepath.Join(e.dir, f), nil, 0o644))
	}
	require.NoError(t, os.Symlink("b", filepath.Join(e.dir, "lnk")))
	tests := []struct{ name, js, want string }{
		{"sorted names", `JSON.stringify(fs.readdirSync(dir))`, `["a","b","lnk","z"]`},
		{"recursive", `JSON.stringify(fs.readdirSync(dir, {recursive: true}))`, `["a","b","lnk","z","b/c","b/f","lnk/c","lnk/f","b/c/g","lnk/c/g"]`},
		{"dirents", `fs.readdirSync(dir, {withFileTypes: true}).map((d) => [d.name, d.isDirectory(), d.isSymbolicLink(), d.parentPath === dir, d.path === dir, d instanceof fs.Dirent].join()).join(';')`,
			"a,true,false,true,true,true;b,true,false,true,true,true;lnk,false,true,true,true,true;z,false,false,true,true,true"},
		{"recursive dirents", `fs.readdirSync(dir, {withFileTypes: true, recursive: true}).map((d) => d.parentPath.slice(dir.length) + ':' + d.name).join()`,
			":a,:b,:lnk,:z,/b:c,/b:f,/b/c:g"},
		{"buffer names", `const n = fs.readdirSync(dir, 'buffer'); Buffer.isBuffer(n[0]) + n[0].toString()`, "truea"},
		{"hex names", `fs.readdirSync(dir, {encoding: 'hex'})[0]`, "61"},
		{"dirent keys", `Object.keys(fs.readdirSync(dir, {withFileTypes: true})[0]).join()`, "name,parentPath,path"},
		{"bad option", `attempt(() => fs.readdirSync(dir, {recursive: 'x'}))`, `TypeError|ERR_INVALID_ARG_TYPE|The "options.recursive" property must be of type boolean. Received type string ('x')`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(tc.js)) })
	}
}

func TestMkdirAndRemove(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, os.WriteFile(filepath.Join(e.dir, "file"), nil, 0o644))
	tests := []struct{ name, js, want string }{
		{"plain", `String(fs.mkdirSync(dir + '/p')) + fs.statSync(dir + '/p').isDirectory()`, "undefinedtrue"},
		{"recursive first created", `fs.mkdirSync(dir + '/r/s/t', {recursive: true}) === dir + '/r'`, "true"},
		{"recursive existing", `String(fs.mkdirSync(dir + '/r/s', {recursive: true}))`, "undefined"},
		{"recursive not cleaned", `fs.mkdirSync(dir + '/m1/../m2/x', {recursive: true}) === dir + '/m1'`, "true"},
		{"recursive over file", `attempt(() => fs.mkdirSync(dir + '/file', {recursive: true}))`, "Error|EEXIST|EEXIST: file already exists, mkdir '" + e.dir + "/file'"},
		{"recursive under file", `attempt(() => fs.mkdirSync(dir + '/file/x/y', {recursive: true}))`, "Error|ENOTDIR|ENOTDIR: not a directory, mkdir '" + e.dir + "/file/x/y'"},
		{"mode", `fs.mkdirSync(dir + '/md', 0o700); fs.statSync(dir + '/md').mode & 0o777`, "448"},
		{"octal string mode", `fs.mkdirSync(dir + '/ms', '750'); fs.statSync(dir + '/ms').mode & 0o777`, "488"},
		{"rmdir not empty", `attempt(() => fs.rmdirSync(dir + '/r'))`, "Error|ENOTEMPTY|ENOTEMPTY: directory not empty, rmdir '" + e.dir + "/r'"},
		{"rm recursive", `fs.rmSync(dir + '/r', {recursive: true}); fs.existsSync(dir + '/r')`, "false"},
		{"rm missing", `attempt(() => fs.rmSync(dir + '/r'))`, "Error|ENOENT|ENOENT: no such file or directory, lstat '" + e.dir + "/r'"},
		{"rm force", `attempt(() => fs.rmSync(dir + '/r', {force: true, recursive: true}))`, "ok undefined"},
		{"rm file", `fs.rmSync(dir + '/file'); fs.existsSync(dir + '/file')`, "false"},
		{"rmdir", `fs.rmdirSync(dir + '/p'); fs.existsSync(dir + '/p')`, "false"},
		{"unlink dir", `attempt(() => fs.unlinkSync(dir))`, "Error|EISDIR|EISDIR: illegal operation on a directory, unlink '" + e.dir + "'"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(tc.js)) })
	}
}

func TestLinksCopiesRenames(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, os.WriteFile(filepath.Join(e.dir, "src"), []byte("content"), 0o604))
	tests := []struct{ name, js, want string }{
		{"copy keeps mode", `fs.copyFileSync(dir + '/src', dir + '/dst'); fs.readFileSync(dir + '/dst', 'utf8') + (fs.statSync(dir + '/dst').mode & 0o777)`, "content388"},
		{"copy excl", `attempt(() => fs.copyFileSync(dir + '/src', dir + '/dst', fs.constants.COPYFILE_EXCL))`,
			"Error|EEXIST|EEXIST: file already exists, copyfile '" + e.dir + "/src' -> '" + e.dir + "/dst'"},
		{"copy onto itself", `fs.copyFileSync(dir + '/src', dir + '/src'); fs.readFileSync(dir + '/src', 'utf8')`, "content"},
		{"copy bad mode", `attempt(() => fs.copyFileSync(dir + '/src', dir + '/dst', 9))`, "RangeError|ERR_OUT_OF_RANGE|mode is out of range: >= 0 && <= 7"},
		{"rename", `fs.renameSync(dir + '/dst', dir + '/moved'); [fs.existsSync(dir + '/dst'), fs.readFileSync(dir + '/moved', 'utf8')].join()`, "false,content"},
		{"symlink and readlink", `fs.symlinkSync('src', dir + '/sl'); fs.readlinkSync(dir + '/sl')`, "src"},
		{"symlink exists", `attempt(() => fs.symlinkSync('src', dir + '/sl'))`, "Error|EEXIST|EEXIST: file already exists, symlink 'src' -> '" + e.dir + "/sl'"},
		{"readlink non-link", `attempt(() => fs.readlinkSync(dir))`, "Error|EINVAL|EINVAL: invalid argument, readlink '" + e.dir + "'"},
		{"realpath", `fs.realpathSync(dir + '/./sl') === fs.realpathSync.native(dir + '/src')`, "true"},
		{"link", `fs.linkSync(dir + '/src', dir + '/hard'); fs.statSync(dir + '/src').nlink`, "2"},
		{"chmod", `fs.chmodSync(dir + '/src', '600'); fs.statSync(dir + '/src').mode & 0o777`, "384"},
		{"truncate", `fs.truncateSync(dir + '/moved', 3); fs.readFileSync(dir + '/moved', 'utf8')`, "con"},
		{"unlink", `fs.unlinkSync(dir + '/hard'); fs.existsSync(dir + '/hard')`, "false"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(tc.js)) })
	}
}

func TestDescriptorIO(t *testing.T) {
	e := newEnv(t)
	e.Eval(`var fd = fs.openSync(dir + '/io', 'w+')`)
	tests := []struct{ name, js, want string }{
		{"write string", `fs.writeSync(fd, 'hello')`, "5"},
		{"write buffer range", `fs.writeSync(fd, Buffer.from('abcdef'), 1, 3)`, "3"},
		{"write at position", `fs.writeSync(fd, 'Z', 0)`, "1"},
		{"write options", `fs.writeSync(fd, Buffer.from('xyz'), {offset: 2, position: 1})`, "1"},
		{"read positional", `const b = Buffer.alloc(4); fs.readSync(fd, b, 0, 4, 0) + b.toString()`, "4Zzll"},
		{"read options", `const b = Buffer.alloc(3); fs.readSync(fd, b, {position: 5, length: 3}) + b.toString()`, "3bcd"},
		{"read at end", `fs.readSync(fd, Buffer.alloc(3), 0, 3, 100)`, "0"},
		{"read zero length", `fs.readSync(fd, Buffer.alloc(0), 0, 0, 0)`, "0"},
		{"whole file", `fs.readFileSync(dir + '/io', 'utf8')`, "Zzllobcd"},
		{"read not buffer", `attempt(() => fs.readSync(fd, 'x'))`, `TypeError|ERR_INVALID_ARG_TYPE|The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type string ('x')`},
		{"read length past end", `attempt(() => fs.readSync(fd, Buffer.alloc(4), 1, 4))`, `RangeError|ERR_OUT_OF_RANGE|The value of "length" is out of range. It must be <= 3. Received 4`},
		{"read negative offset", `attempt(() => fs.readSync(fd, Buffer.alloc(4), -1, 1))`, `RangeError|ERR_OUT_OF_RANGE|The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1`},
		{"read bad position", `attempt(() => fs.readSync(fd, Buffer.alloc(4), 0, 2, -2))`, `RangeError|ERR_OUT_OF_RANGE|The value of "position" is out of range. It must be >= -1 && <= 9007199254740991. Received -2`},
		{"read string position", `attempt(() => fs.readSync(fd, Buffer.alloc(4), 0, 2, 'x'))`, `TypeError|ERR_INVALID_ARG_TYPE|The "position" argument must be of type bigint or integer. Received type string ('x')`},
		{"read empty buffer", `attempt(() => fs.readSync(fd, Buffer.alloc(0), 0, 1)).split('. Received')[0]`, `TypeError|ERR_INVALID_ARG_VALUE|The argument 'buffer' is empty and cannot be written`},
		{"write number", `attempt(() => fs.writeSync(fd, 5))`, `TypeError|ERR_INVALID_ARG_TYPE|The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)`},
		{"write offset past end", `attempt(() => fs.writeSync(fd, Buffer.alloc(4), 5))`, `RangeError|ERR_OUT_OF_RANGE|The value of "offset" is out of range. It must be <= 4. Received 5`},
		{"write length past end", `attempt(() => fs.writeSync(fd, Buffer.alloc(4), 1, 4))`, `RangeError|ERR_OUT_OF_RANGE|The value of "length" is out of range. It must be <= 3. Received 4`},
		{"write fractional offset", `attempt(() => fs.writeSync(fd, Buffer.alloc(4), 1.5))`, `RangeError|ERR_OUT_OF_RANGE|The value of "offset" is out of range. It must be an integer. Received 1.5`},
		{"write odd hex", `attempt(() => fs.writeSync(fd, 'abc', 0, 'hex'))`, `TypeError|ERR_INVALID_ARG_VALUE|The argument 'encoding' is invalid for data of length 3. Received 'hex'`},
		{"close", `fs.closeSync(fd); attempt(() => fs.closeSync(fd))`, "Error|EBADF|EBADF: bad file descriptor, close"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(tc.js)) })
	}
}

func TestConstants(t *testing.T) {
	e := newEnv(t)
	assert.Equal(t, "0,4,2,1,1,true,32768,61440,0,true", e.Eval(`const c = fs.constants;
		[c.F_OK, c.R_OK, c.W_OK, c.X_OK, c.COPYFILE_EXCL, Object.getPrototypeOf(c) === null, c.S_IFREG, c.S_IFMT, fs.F_OK, fs.R_OK === c.R_OK].join()`))
}
