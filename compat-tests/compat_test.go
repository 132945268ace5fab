// Package compattests runs every script under compat-tests/node with `node`
// and with nodeshim and requires the same stdout, the same exit status and
// the same first line of stderr. Node.js v20 is the reference; without it the
// suite fails rather than skips.
//
// A script whose header comment has the line "// needs: netns" runs, under
// both engines, in a fresh network namespace of its own (root and
// iproute2's ip needed, else the test is skipped): loopback is up and
// multicast-capable, 10.77.0.1/24 is a local subnet with broadcast address
// 10.77.0.255, and 224.0.0.0/4 is routed through loopback, so multicast and
// broadcast stay inside the namespace.
//
// Run one script under both engines:
//
//	go test ./compat-tests -run 'TestNodeCompat/events-once.js' -v
package compattests

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/compat-tests/internal/nodeshimbin"
)

// nodeshimBin is the nodeshim binary built once for the whole suite.
var nodeshimBin string

func TestMain(m *testing.M) {
	bin, dir, err := nodeshimbin.Build("../cmd/nodeshim", "nodeshim-compat-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	nodeshimBin = bin
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one engine did with one script.
type result struct {
	stdout   string
	stderr   string
	exitCode int
}

// scriptTimeout bounds one run; a script that hangs fails instead of stalling
// the suite.
const scriptTimeout = 60 * time.Second

// netnsDirective is the header line of a script that needs multicast and
// broadcast: the host's loopback has no multicast route, and a script must
// never send to the host's real network.
const netnsDirective = "// needs: netns"

// netnsSetup configures a fresh network namespace before the engine starts
// in it: loopback up and multicast-capable, an extra 10.77.0.1/24 address
// whose broadcast address 10.77.0.255 reaches the namespace's own sockets,
// a route for 224.0.0.0/4 through loopback, and for IPv6 multicast (which
// loopback does not deliver) a veth pair va <-> vb with fd77::1 and fd77::2,
// usable at once (no duplicate address detection). A failed step exits with
// netnsSetupFailed, which no script uses.
const netnsSetup = `{ ip link set lo up multicast on &&
ip addr add 10.77.0.1/24 broadcast 10.77.0.255 dev lo &&
ip route add 224.0.0.0/4 dev lo &&
ip link add va type veth peer name vb && ip link set va up && ip link set vb up &&
ip -6 addr add fd77::1/64 dev va nodad && ip -6 addr add fd77::2/64 dev vb nodad; } || exit 125
exec "$@"`

// netnsSetupFailed is the exit status of netnsSetup when ip fails.
const netnsSetupFailed = 125

// needsNetns reports whether script's leading comment lines hold the
// netns directive.
func needsNetns(t *testing.T, script string) bool {
	src, err := os.ReadFile(script)
	require.NoError(t, err)
	for _, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(line, "//") {
			return false
		}
		if strings.TrimSpace(line) == netnsDirective {
			return true
		}
	}
	return false
}

// skipWithoutNetns skips the test when a private network namespace cannot
// be made here.
func skipWithoutNetns(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs a private network namespace: run as root")
	}
	if _, err := exec.LookPath("ip"); err != nil {
		t.Skip("needs a private network namespace: iproute2's ip is not installed")
	}
}

// engineCommand is the command that runs script with engine, in a fresh
// network namespace of its own when netns is set (the process is cloned
// into it and the namespace goes away with it).
func engineCommand(ctx context.Context, engine, script string, netns bool) *exec.Cmd {
	if !netns {
		return exec.CommandContext(ctx, engine, script)
	}
	cmd := exec.CommandContext(ctx, "sh", "-c", netnsSetup, "sh", engine, script)
	cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: syscall.CLONE_NEWNET}
	return cmd
}

// runScript runs script (relative to dir) with the given engine, inside a
// fresh network namespace when netns is set.
func runScript(t *testing.T, engine, dir, script string, netns bool) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
	defer cancel()
	cmd := engineCommand(ctx, engine, script, netns)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "NODE_DISABLE_COLORS=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	require.NoError(t, ctx.Err(), "%s %s timed out", engine, script)
	code := 0
	if exitErr, ok := err.(*exec.ExitError); ok {
		code = exitErr.ExitCode()
	} else {
		require.NoError(t, err, "running %s %s", engine, script)
	}
	require.False(t, netns && code == netnsSetupFailed, "setting up the network namespace failed: %s", stderr.String())
	return result{stdout: stdout.String(), stderr: stderr.String(), exitCode: code}
}

// pidPattern matches the process id in Node's warning prefix.
var pidPattern = regexp.MustCompile(`\(node:\d+\)`)

// firstLine is the first line of stderr with the pid normalised.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return pidPattern.ReplaceAllString(line, "(node:PID)")
}

// nodeScripts lists compat-tests/node/*.js.
func nodeScripts(t *testing.T) []string {
	scripts, err := filepath.Glob("node/*.js")
	require.NoError(t, err)
	sort.Strings(scripts)
	return scripts
}

func TestNodeCompat(t *testing.T) {
	nodeBin, err := exec.LookPath("node")
	require.NoError(t, err, "Node.js v20 must be installed: the compat suite compares nodeshim with node")
	scripts := nodeScripts(t)
	require.NotEmpty(t, scripts)
	for _, script := range scripts {
		name := filepath.Base(script)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			netns := needsNetns(t, script)
			if netns {
				skipWithoutNetns(t)
			}
			want := runScript(t, nodeBin, "node", name, netns)
			got := runScript(t, nodeshimBin, "node", name, netns)
			assert.Equal(t, want.stdout, got.stdout, "stdout differs")
			assert.Equal(t, want.exitCode, got.exitCode, "exit status differs; nodeshim stderr:\n%s", got.stderr)
			assert.Equal(t, firstLine(want.stderr), firstLine(got.stderr), "first line of stderr differs; nodeshim stderr:\n%s", got.stderr)
		})
	}
}
