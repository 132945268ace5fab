package stream_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/nodecompat"
)

// fuzzSeeds is how many seeds each differential script runs by default;
// NODESHIM_STREAM_FUZZ_SEEDS raises it for a longer campaign.
const fuzzSeeds = 6

// TestDifferentialFuzz runs the fuzz scripts in testdata for a range of
// seeds under node and under nodeshim (in process) and requires the same
// output: random operation sequences find event-order differences that
// hand-written scripts miss.
func TestDifferentialFuzz(t *testing.T) {
	if testing.Short() {
		t.Skip("differential fuzzing runs node")
	}
	nodeBin, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	seeds := fuzzSeeds
	if v, err := strconv.Atoi(os.Getenv("NODESHIM_STREAM_FUZZ_SEEDS")); err == nil && v > 0 {
		seeds = v
	}
	for _, script := range []string{"fuzz_single.js", "fuzz_chain.js"} {
		path, err := filepath.Abs(filepath.Join("testdata", script))
		require.NoError(t, err)
		for seed := 1; seed <= seeds; seed++ {
			arg := strconv.Itoa(seed)
			t.Run(fmt.Sprintf("%s/%s", script, arg), func(t *testing.T) {
				want, err := exec.Command(nodeBin, path, arg).CombinedOutput()
				require.NoError(t, err, "node: %s", want)
				assert.Equal(t, string(want), runInProcess(t, path, arg))
			})
		}
	}
}

// runInProcess runs a script with one argument on a fresh Node façade and
// returns what it printed.
func runInProcess(t *testing.T, path, arg string) string {
	l, err := loop.New()
	require.NoError(t, err)
	defer l.Close()
	var out bytes.Buffer
	rt := nodecompat.Enable(goja.New(), l, nodecompat.Options{
		Argv:   []string{"nodeshim", path, arg},
		Stdout: &out, Stderr: &out,
	})
	require.Equal(t, 0, rt.RunMain(path), "exit code; output: %s", out.String())
	return out.String()
}
