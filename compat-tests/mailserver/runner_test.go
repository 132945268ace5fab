package mailserver

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// scriptTimeout bounds one script; a session with a local Dovecot takes
// well under a second.
const scriptTimeout = 15 * time.Second

// outcome is what a script did.
type outcome struct {
	stdout, stderr string
	code           int
}

// runScript runs engine (the nodeshim binary or node) on script with args,
// from this folder.
func runScript(t *testing.T, engine, script string, args ...string) outcome {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, engine, append([]string{script}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	out := outcome{stdout: stdout.String(), stderr: stderr.String()}
	require.NoError(t, ctx.Err(), "%s %s timed out; stdout:\n%s\nstderr:\n%s", engine, script, out.stdout, out.stderr)
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		out.code = exitErr.ExitCode()
		return out
	}
	require.NoError(t, err, "running %s %s", engine, script)
	return out
}
