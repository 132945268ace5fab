// Package w3ctests runs the W3C socket API scripts of this directory under
// nodeshim against real peers that the harness starts in Go: echo, TLS
// (with certificates made at test time), SMTP- and IMAP-style STARTTLS
// servers, peers that reset, close or never answer, and, through a control
// connection, clients and UDP/multicast senders aimed at the scripts' own
// sockets.
//
// Each script NAME.js prints what it observes and the harness compares its
// stdout with NAME.out; the script must also exit with status 0 (a script
// that detects a failure itself sets process.exitCode). Regenerate the .out
// files after reviewing a change with
//
//	go test ./compat-tests/w3c -run TestScripts -update
//
// Run as root, the suite runs in a private network namespace whose loopback
// carries multicast, so nothing reaches the host's network; without root it
// runs on the host's loopback and skips the scripts marked "// needs: netns".
package w3ctests

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/compat-tests/internal/nodeshimbin"
)

var update = flag.Bool("update", false, "write each script's .out file from its output")

// suite is what TestMain sets up for the scripts.
var suite struct {
	bin   string     // the nodeshim binary
	ns    *namespace // nil without root
	peers *peerSet
}

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(runSuite(m))
}

func runSuite(m *testing.M) int {
	bin, dir, err := nodeshimbin.Build("../../cmd/nodeshim", "nodeshim-w3c-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	suite.bin = bin
	if suite.ns, err = newNamespace(); err != nil {
		fmt.Fprintln(os.Stderr, "w3c suite: no private network namespace, running on the host's loopback:", err)
	}
	defer suite.ns.close()
	err = suite.ns.run(func() (err error) {
		suite.peers, err = startPeers(dir, suite.ns)
		return err
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "starting peers:", err)
		return 1
	}
	defer suite.peers.close()
	return m.Run()
}

// parallelScripts bounds how many scripts run at once (the machine is
// shared).
const parallelScripts = 4

// defaultTimeout bounds one script; "// timeout: N" (seconds) changes it.
const defaultTimeout = 30 * time.Second

var slots = make(chan struct{}, parallelScripts)

func TestScripts(t *testing.T) {
	scripts, err := filepath.Glob("*.js")
	require.NoError(t, err)
	sort.Strings(scripts)
	require.NotEmpty(t, scripts)
	for _, script := range scripts {
		t.Run(script, func(t *testing.T) {
			t.Parallel()
			d := directives(t, script)
			if d.needsNetns && suite.ns == nil {
				t.Skip("needs the private network namespace (run as root)")
			}
			slots <- struct{}{}
			defer func() { <-slots }()
			res := runScript(t, script, d.timeout)
			if d.maxRSS > 0 {
				assert.LessOrEqual(t, res.maxRSS, d.maxRSS, "peak resident memory (bytes)")
			}
			want := strings.TrimSuffix(script, ".js") + ".out"
			if *update {
				require.NoError(t, os.WriteFile(want, []byte(res.stdout), 0o644))
			}
			expected, err := os.ReadFile(want)
			require.NoError(t, err, "missing expected output %s (run with -update after checking the output)", want)
			assert.Equal(t, string(expected), res.stdout, "stdout differs; stderr:\n%s", res.stderr)
			assert.Equal(t, 0, res.exitCode, "exit status; stderr:\n%s", res.stderr)
		})
	}
}

// scriptDirectives are the "// needs: netns", "// timeout: N" (seconds)
// and "// maxrss: N" (MiB, the most resident memory the process may use)
// lines of a script's header.
type scriptDirectives struct {
	needsNetns bool
	timeout    time.Duration
	maxRSS     int64 // bytes; 0 for no limit
}

func directives(t *testing.T, script string) scriptDirectives {
	src, err := os.ReadFile(script)
	require.NoError(t, err)
	d := scriptDirectives{timeout: defaultTimeout}
	for _, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(line, "//") {
			break
		}
		switch k, v, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "//")), ":"); k {
		case "needs":
			d.needsNetns = strings.Contains(v, "netns")
		case "timeout":
			var secs int
			_, err := fmt.Sscan(v, &secs)
			require.NoError(t, err, "bad timeout directive in %s", script)
			d.timeout = time.Duration(secs) * time.Second
		case "maxrss":
			_, err := fmt.Sscan(v, &d.maxRSS)
			require.NoError(t, err, "bad maxrss directive in %s", script)
			d.maxRSS <<= 20
		}
	}
	return d
}

// result is what a script did.
type result struct {
	stdout, stderr string
	exitCode       int
	maxRSS         int64 // peak resident memory, bytes
}

// runScript runs script under nodeshim inside the namespace, with the
// peers' addresses in its environment.
func runScript(t *testing.T, script string, timeout time.Duration) result {
	var res result
	err := suite.ns.run(func() error {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, suite.bin, script)
		cmd.Env = append(os.Environ(), suite.peers.env()...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		res = result{stdout: stdout.String(), stderr: stderr.String()}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			res.maxRSS = ru.Maxrss << 10 // Linux reports KiB
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s timed out after %v; stdout:\n%s\nstderr:\n%s", script, timeout, res.stdout, res.stderr)
		}
		if exitErr, ok := err.(*exec.ExitError); ok {
			res.exitCode = exitErr.ExitCode()
			return nil
		}
		return err
	})
	require.NoError(t, err)
	return res
}
