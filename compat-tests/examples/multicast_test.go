package examples

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"
)

// namespaceSetupFailed is the exit status of testdata/multicast-pair.sh when
// ip could not configure the namespace.
const namespaceSetupFailed = 125

// skipWithoutNetns skips the test when a private network namespace cannot
// be made here, unless CI=true, where the test fails instead: CI runs as
// root with iproute2.
func skipWithoutNetns(t *testing.T) {
	t.Helper()
	reason := ""
	if os.Geteuid() != 0 {
		reason = "needs a private network namespace: run as root"
	} else if _, err := exec.LookPath("ip"); err != nil {
		reason = "needs a private network namespace: iproute2's ip is not installed"
	}
	if reason == "" {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatal(reason)
	}
	t.Skip(reason)
}

// runPair runs testdata/multicast-pair.sh with engine in a fresh network
// namespace of its own, which goes away with it.
func runPair(t *testing.T, engine string) run {
	t.Helper()
	examples, err := filepath.Abs(examplesDir)
	require.NoError(t, err)
	r := runCommand(t, "sh", []string{"testdata/multicast-pair.sh", engine, examples, t.TempDir()}, func(cmd *exec.Cmd) {
		cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: syscall.CLONE_NEWNET}
	})
	require.NotEqual(t, namespaceSetupFailed, r.exitCode, "setting up the network namespace failed: %s", r.stderr)
	return r
}

// TestMulticastPair runs multicast-receiver.js for three messages and
// multicast-sender.js sending three, with both engines, and requires that
// the receiver heard every message and that node and nodeshim agree.
func TestMulticastPair(t *testing.T) {
	skipWithoutNetns(t)
	node := nodePath(t)
	want := runPair(t, node)
	got := runPair(t, nodeshimBin)
	requireSameSuccess(t, want, got)
	require.Contains(t, want.stdout, "message 3 of 3\n", "the receiver missed messages")
}
