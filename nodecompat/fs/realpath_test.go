package fs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func TestRealpathLikeNode(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, os.MkdirAll(filepath.Join(e.dir, "d", "e"), 0o755))
	links := map[string]string{"l1": "d", "l2": "l1/e", "loop1": "loop2", "loop2": "loop1", "dangle": "none", "d/e/up": "../d"}
	for name, target := range links {
		require.NoError(t, os.Symlink(target, filepath.Join(e.dir, name)))
	}
	require.NoError(t, os.Symlink(filepath.Join(e.dir, "d", "e"), filepath.Join(e.dir, "abs")))
	real, err := filepath.EvalSymlinks(e.dir)
	require.NoError(t, err)
	tests := []struct{ path, want string }{
		{"l1", real + "/d"},
		{"l2", real + "/d/e"},
		{"l2/..", real},
		{"abs", real + "/d/e"},
		{"d/./e/../e", real + "/d/e"},
		{"loop1", "ELOOP: too many symbolic links encountered, stat '" + e.dir + "/loop1'"},
		{"loop1/x", "ELOOP: too many symbolic links encountered, stat '" + e.dir + "/loop1'"},
		{"dangle", "ENOENT: no such file or directory, stat '" + e.dir + "/dangle'"},
		{"abs/up/e", "ENOENT: no such file or directory, stat '" + e.dir + "/d/e/up'"},
		{"nope/x", "ENOENT: no such file or directory, lstat '" + e.dir + "/nope'"},
		{"l1/nope", "ENOENT: no such file or directory, lstat '" + real + "/d/nope'"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			assert.Equal(t, tc.want, e.Eval(`try { fs.realpathSync(dir + '/`+tc.path+`') } catch (e) { e.message }`))
		})
	}
	assert.Equal(t, "/", e.Eval(`fs.realpathSync('/')`))
}

func TestTruncateSyncOpensBeforeCheckingLength(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, os.WriteFile(filepath.Join(e.dir, "f"), []byte("abc"), 0o644))
	assert.Equal(t, "Error|ENOENT|ENOENT: no such file or directory, open '"+e.dir+"/none'", e.Eval(`attempt(() => fs.truncateSync(dir + '/none', 'x'))`))
	assert.Equal(t, `TypeError|ERR_INVALID_ARG_TYPE|The "len" argument must be of type number. Received type string ('x')`, e.Eval(`attempt(() => fs.truncateSync(dir + '/f', 'x'))`))
	assert.Equal(t, `TypeError|ERR_INVALID_ARG_TYPE|The "len" argument must be of type number. Received type string ('x')`, e.Eval(`attempt(() => fs.truncate(dir + '/none', 'x', () => {}))`))
	assert.Equal(t, "3", e.Eval(`fs.statSync(dir + '/f').size`))
}

func TestAsyncFormsLeaveNoGoroutines(t *testing.T) {
	defer goleak.VerifyNone(t)
	e := newEnv(t)
	got := e.Run(`let n = 0;
		for (let i = 0; i < 20; i++) fs.writeFile(dir + '/f' + i, 'x', () => { if (++n === 20) out('written'); });
		fsp.readdir(dir).then((l) => out('listed'));`)
	assert.ElementsMatch(t, []string{"written", "listed"}, got)
}
