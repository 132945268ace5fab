package buffer

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
)

// compatDir holds the Node-style scripts shared with the compat harness.
const compatDir = "../compat-tests/node"

// TestCompatScripts runs every compat-tests/node/buffer-*.js under node
// and under a minimal goja runtime with this module, and requires the same
// output. It stands in for the full nodeshim binary: console.log here
// prints primitives only, which is all the scripts print.
func TestCompatScripts(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join(compatDir, "buffer-*.js"))
	require.NoError(t, err)
	require.NotEmpty(t, scripts)
	nodePath, nodeErr := exec.LookPath("node")
	for _, script := range scripts {
		t.Run(filepath.Base(script), func(t *testing.T) {
			src, err := os.ReadFile(script)
			require.NoError(t, err)
			got, runErr := runMini(t, script, string(src))
			require.NoError(t, runErr, "output so far:\n%s", got)
			if nodeErr != nil {
				t.Skip("node is not installed")
			}
			want, err := exec.Command(nodePath, script).Output()
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
		})
	}
}

// runMini runs src in a fresh runtime with Buffer, atob and btoa enabled, a
// require that knows only this module, and a console.log for primitives.
func runMini(t *testing.T, name, src string) (string, error) {
	t.Helper()
	vm := goja.New()
	Enable(vm)
	var out bytes.Buffer
	console := vm.NewObject()
	require.NoError(t, console.Set("log", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = formatPrimitive(a)
		}
		out.WriteString(strings.Join(parts, " ") + "\n")
		return goja.Undefined()
	}))
	require.NoError(t, vm.Set("console", console))
	require.NoError(t, vm.Set("process", vm.NewObject()))
	require.NoError(t, vm.Set("require", func(call goja.FunctionCall) goja.Value {
		switch id := call.Argument(0).String(); id {
		case "buffer", "node:buffer":
			module := vm.NewObject()
			require.NoError(t, module.Set("exports", vm.NewObject()))
			Require(vm, module)
			return module.Get("exports")
		default:
			panic(vm.NewTypeError("Cannot find module '" + id + "'"))
		}
	}))
	_, err := vm.RunScript(name, src)
	return out.String(), err
}

// formatPrimitive prints a value as console.log prints a primitive.
func formatPrimitive(v goja.Value) string {
	if goja.IsBigInt(v) {
		return v.String() + "n"
	}
	return v.String()
}
