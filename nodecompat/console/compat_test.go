package console_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/nodecompat/console"
	"github.com/nodeshim/nodeshim/nodecompat/util"
)

// compatPrefixes select the compat-tests/node scripts this runner serves.
var compatPrefixes = []string{"util-", "console-"}

// processShim is the part of Node's process object the compat scripts use.
const processShim = `globalThis.process = {
	stdout: { write(s) { __stdout(String(s)); return true; } },
	stderr: { write(s) { __stderr(String(s)); return true; } },
	nextTick(fn, ...args) { Promise.resolve().then(() => fn(...args)); },
	emitWarning(w, type, code) {
		const name = typeof type === 'string' ? type : 'Warning';
		const c = typeof code === 'string' ? '[' + code + '] ' : '';
		__stderr('(node:1) ' + c + name + ': ' + (w && w.message !== undefined ? w.message : w) + '\n');
	},
};`

// runScript runs src in a fresh runtime with require('util'),
// require('console'), the console package's global console and a minimal
// process; it returns stdout and stderr.
func runScript(t *testing.T, name, src string) (string, string) {
	t.Helper()
	vm := goja.New()
	var stdout, stderr bytes.Buffer
	console.Enable(vm, &stdout, &stderr)
	modules := map[string]func(*goja.Runtime, *goja.Object){
		util.ModuleName:    util.Require,
		console.ModuleName: console.Require,
	}
	cache := map[string]goja.Value{}
	require.NoError(t, vm.Set("require", func(id string) goja.Value {
		id = strings.TrimPrefix(id, "node:")
		if v, ok := cache[id]; ok {
			return v
		}
		load, ok := modules[id]
		if !ok {
			panic(vm.NewTypeError("no module " + id))
		}
		module := vm.NewObject()
		require.NoError(t, module.Set("exports", vm.NewObject()))
		load(vm, module)
		cache[id] = module.Get("exports")
		return cache[id]
	}))
	require.NoError(t, vm.Set("__stdout", func(s string) { stdout.WriteString(s) }))
	require.NoError(t, vm.Set("__stderr", func(s string) { stderr.WriteString(s) }))
	_, err := vm.RunString(processShim)
	require.NoError(t, err)
	_, err = vm.RunScript(name, src)
	require.NoError(t, err, name)
	return stdout.String(), stderr.String()
}

// firstLine returns s up to its first newline.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// TestCompatScripts runs the util and console compat scripts in goja and,
// when node is installed, checks stdout and the first line of stderr match.
func TestCompatScripts(t *testing.T) {
	dir := filepath.Join("..", "..", "compat-tests", "node")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	node, nodeErr := exec.LookPath("node")
	ran := 0
	for _, e := range entries {
		if !hasAnyPrefix(e.Name(), compatPrefixes) {
			continue
		}
		file := filepath.Join(dir, e.Name())
		ran++
		t.Run(e.Name(), func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			if strings.Contains(string(src), "Buffer") {
				t.Skip("needs Buffer, which only the full runtime has")
			}
			gotOut, gotErr := runScript(t, e.Name(), string(src))
			if nodeErr != nil {
				t.Skip("node not installed")
			}
			cmd := exec.Command(node, file)
			var wantErr bytes.Buffer
			cmd.Stderr = &wantErr
			wantOut, err := cmd.Output()
			require.NoError(t, err)
			assert.Equal(t, string(wantOut), gotOut)
			assert.Equal(t, firstLine(wantErr.String()), firstLine(gotErr))
		})
	}
	assert.NotZero(t, ran)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
