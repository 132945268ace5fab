package emitter

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompatScripts runs compat-tests/node/events-*.js in a goja runtime
// with this module and a process stub and, when node is installed, checks
// that the output is the same as under node. Scripts that need other
// modules are left to the compat-tests harness.
func TestCompatScripts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "compat-tests", "node", "events-*.js"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 20)
	node, nodeErr := exec.LookPath("node")
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			got, err := newScriptRuntime(t, true).run(name, string(src))
			if err != nil && strings.Contains(err.Error(), missingModule) {
				t.Skip("needs another module; compat-tests runs it under nodeshim")
			}
			require.NoError(t, err)
			if nodeErr != nil {
				t.Skip("node not installed")
			}
			want, err := exec.Command(node, file).Output()
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
		})
	}
}
