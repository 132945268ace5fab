package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// invoke runs the command in-process and returns its exit code and output.
func invoke(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"nodeshim"}, args...), strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeScript(t *testing.T, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "script.js")
	require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	return path
}

func TestCommandLine(t *testing.T) {
	profile := filepath.Join(t.TempDir(), "cpu.pprof")
	cases := []struct {
		name       string
		stdin      string
		args       []string
		wantCode   int
		wantStdout string
		wantStderr string // a substring
	}{
		{"eval", "", []string{"-e", "console.log(1 + 1)"}, 0, "2\n", ""},
		{"eval long flag and argv", "", []string{"--eval", "console.log(process.argv.slice(1).join())", "a", "b"}, 0, "a,b\n", ""},
		{"print", "", []string{"-p", "6 * 7"}, 0, "42\n", ""},
		{"print string", "", []string{"--print", "'hi'"}, 0, "hi\n", ""},
		{"stdin script", "console.log('from stdin')", []string{"-"}, 0, "from stdin\n", ""},
		{"version", "", []string{"--version"}, 0, "v20.20.2\n", ""},
		{"help", "", []string{"-h"}, 0, "", ""},
		{"unknown flag exits 9", "", []string{"--no-such-flag"}, 9, "", "bad option: --no-such-flag"},
		{"eval without code", "", []string{"-e"}, 9, "", "requires an argument"},
		{"exit code", "", []string{"-e", "process.exit(42)"}, 42, "", ""},
		{"exitCode", "", []string{"-e", "process.exitCode = 3"}, 3, "", ""},
		{"uncaught exits 1", "", []string{"-e", "throw new Error('bad')"}, 1, "", "Error: bad"},
		{"rejection exits 1", "", []string{"-e", "Promise.reject(new Error('nope'))"}, 1, "", "Error: nope"},
		{"cpu profile", "", []string{"--cpu-prof", profile, "-e", "console.log(process.execArgv[0])"}, 0, "--cpu-prof\n", ""},
		{"cpu profile without file", "", []string{"--cpu-prof"}, 9, "", "--cpu-prof requires an argument"},
		{"cpu profile unwritable", "", []string{"--cpu-prof", "/no/such/dir/cpu.pprof", "-e", "1"}, 1, "", "no such file or directory"},
		{"missing script", "", []string{"/no/such/script.js"}, 1, "", "Cannot find module '/no/such/script.js'"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := invoke(t, tc.stdin, tc.args...)
			assert.Equal(t, tc.wantCode, code, "stderr: %s", stderr)
			if tc.name == "help" {
				assert.Contains(t, stdout, "Usage: nodeshim")
			} else {
				assert.Equal(t, tc.wantStdout, stdout)
			}
			assert.Contains(t, stderr, tc.wantStderr)
		})
	}
}

func TestProfilesAreGzippedPprofFiles(t *testing.T) {
	for _, flag := range []string{"--cpu-prof", "--js-prof"} {
		t.Run(flag, func(t *testing.T) {
			profile := filepath.Join(t.TempDir(), "cpu.pprof")
			code, _, stderr := invoke(t, "", flag, profile, "-e", "let x = 0; for (let i = 0; i < 3e5; i++) x += i")
			require.Equal(t, 0, code, stderr)
			data, err := os.ReadFile(profile)
			require.NoError(t, err)
			require.Greater(t, len(data), 2)
			assert.Equal(t, []byte{0x1f, 0x8b}, data[:2], "pprof profiles are gzip-compressed protobuf")
		})
	}
}

func TestUnrefdTimerExitsAtOnceAndRefdTimerWaits(t *testing.T) {
	unrefd := writeScript(t, "setTimeout(() => console.log('late'), 60000).unref(); console.log('done')")
	code, stdout, _ := invoke(t, "", unrefd)
	assert.Equal(t, 0, code)
	assert.Equal(t, "done\n", stdout)

	refd := writeScript(t, "setTimeout(() => console.log('fired'), 30); console.log('waiting')")
	code, stdout, _ = invoke(t, "", refd)
	assert.Equal(t, 0, code)
	assert.Equal(t, "waiting\nfired\n", stdout)
}

func TestExceptionInTimerNamesScriptFileAndLine(t *testing.T) {
	script := writeScript(t, "const x = 1;\nsetTimeout(() => {\n  throw new Error('timer failed');\n}, 1);\n")
	code, _, stderr := invoke(t, "", script)
	assert.Equal(t, 1, code)
	lines := strings.Split(stderr, "\n")
	assert.Equal(t, script+":3", lines[0], "first line names file and line as node does")
	assert.Contains(t, stderr, "Error: timer failed")
	assert.Contains(t, stderr, script+":3:9", "the stack names file:line:column")
}
