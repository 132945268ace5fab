package examples

import (
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

// multicastPair names the examples that only work together, which
// TestMulticastPair runs instead of their demo modes.
var multicastPair = map[string]bool{
	"multicast-receiver.js": true,
	"multicast-sender.js":   true,
}

// TestDemos runs every other example without arguments, its demo mode, under
// both engines.
func TestDemos(t *testing.T) {
	node := nodePath(t)
	scripts, err := filepath.Glob(filepath.Join(examplesDir, "*.js"))
	require.NoError(t, err)
	sort.Strings(scripts)
	demos := 0
	for _, script := range scripts {
		name := filepath.Base(script)
		if multicastPair[name] {
			continue
		}
		demos++
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want := runCommand(t, node, []string{script}, nil)
			got := runCommand(t, nodeshimBin, []string{script}, nil)
			requireSameSuccess(t, want, got)
		})
	}
	require.GreaterOrEqual(t, demos, 4, "examples/node lost its demos")
}
