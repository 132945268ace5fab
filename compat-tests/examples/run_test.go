package examples

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// runTimeout bounds one run of an example; one that hangs fails instead of
// stalling the suite.
const runTimeout = 60 * time.Second

// run is one finished run of an example.
type run struct {
	stdout   string
	stderr   string
	exitCode int
}

// runCommand runs cmd to completion within runTimeout (prepare may adjust
// it first, e.g. to clone it into a namespace) and returns its output and
// exit status.
func runCommand(t *testing.T, name string, args []string, prepare func(*exec.Cmd)) run {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	if prepare != nil {
		prepare(cmd)
	}
	// A child left behind by a killed shell may hold the pipes open.
	cmd.WaitDelay = time.Second
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "NODE_DISABLE_COLORS=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	require.NoError(t, ctx.Err(), "%s %v timed out", name, args)
	code := 0
	if exitErr, ok := err.(*exec.ExitError); ok {
		code = exitErr.ExitCode()
	} else {
		require.NoError(t, err, "running %s %v", name, args)
	}
	return run{stdout: stdout.String(), stderr: stderr.String(), exitCode: code}
}

// nodePath is the path of node, the reference engine.
func nodePath(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("node")
	require.NoError(t, err, "Node.js v20 must be installed: the examples are compared with node")
	return path
}

// requireSameSuccess asserts that both runs exited with status 0 and printed
// the same stdout.
func requireSameSuccess(t *testing.T, node, nodeshim run) {
	t.Helper()
	require.Equal(t, 0, node.exitCode, "node failed:\n%s", node.stderr)
	require.Equal(t, 0, nodeshim.exitCode, "nodeshim failed:\n%s", nodeshim.stderr)
	require.NotEmpty(t, node.stdout, "the example printed nothing")
	require.Equal(t, node.stdout, nodeshim.stdout, "stdout differs; nodeshim stderr:\n%s", nodeshim.stderr)
}
