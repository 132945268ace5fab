package assert_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	nodeassert "github.com/nodeshim/nodeshim/nodecompat/assert"
	nodeos "github.com/nodeshim/nodeshim/nodecompat/os"
	nodepath "github.com/nodeshim/nodeshim/nodecompat/path"
	"github.com/nodeshim/nodeshim/nodecompat/stringdecoder"
	nodeurl "github.com/nodeshim/nodeshim/nodecompat/url"
)

// modules are the loaders the compat runner's require() serves.
var modules = map[string]func(*goja.Runtime, *goja.Object){
	nodeassert.ModuleName:         nodeassert.Require,
	nodeassert.StrictModuleName:   nodeassert.RequireStrict,
	nodeos.ModuleName:             nodeos.Require,
	nodepath.ModuleName:           nodepath.Require,
	stringdecoder.ModuleName:      stringdecoder.Require,
	nodeurl.ModuleName:            nodeurl.Require,
	nodeurl.QuerystringModuleName: nodeurl.RequireQuerystring,
}

// compatPrefixes select the compat-tests/node scripts whose modules this
// package's runner serves.
var compatPrefixes = []string{"path-", "string_decoder-", "os-", "url-", "assert-"}

// runScript runs src in a fresh runtime with the URL globals, a require()
// serving modules,
// a console.log that joins String(arg) with spaces, and process.cwd() and
// process.arch; it
// returns what was logged.
func runScript(t *testing.T, name, src string) string {
	t.Helper()
	vm := goja.New()
	nodeurl.Enable(vm)
	var out strings.Builder
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
	console := vm.NewObject()
	require.NoError(t, console.Set("log", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		out.WriteString(strings.Join(parts, " ") + "\n")
		return goja.Undefined()
	}))
	require.NoError(t, vm.Set("console", console))
	process := vm.NewObject()
	require.NoError(t, process.Set("cwd", func() string {
		wd, err := os.Getwd()
		require.NoError(t, err)
		return wd
	}))
	require.NoError(t, process.Set("arch", nodeos.Arch()))
	require.NoError(t, vm.Set("process", process))
	_, err := vm.RunScript(name, src)
	require.NoError(t, err, name)
	return out.String()
}

// TestCompatScripts runs this package's compat scripts in goja and, when
// node is installed, checks the output is the same as under node.
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
		t.Run(e.Name(), func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			got := runScript(t, file, string(src))
			if nodeErr != nil {
				t.Skip("node not installed")
			}
			want, err := exec.Command(node, file).Output()
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
		})
		ran++
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
