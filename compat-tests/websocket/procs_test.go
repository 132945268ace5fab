package websockettests

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// scriptTimeout bounds every process a test starts.
const scriptTimeout = time.Minute

// npm is the npm ws package, installed once into npm.dir.
var npm struct {
	dir  string
	once sync.Once
	err  error
	out  []byte
}

// needWS installs the ws package on first use and returns the NODE_PATH
// setting that lets node scripts require it. Without node or npm, or when
// the registry cannot be reached, it skips the test — or fails it under
// CI, where the peer must not silently go missing.
func needWS(t *testing.T) string {
	t.Helper()
	npm.once.Do(func() {
		for _, tool := range []string{"node", "npm"} {
			if _, npm.err = exec.LookPath(tool); npm.err != nil {
				return
			}
		}
		if npm.err = os.MkdirAll(npm.dir, 0o755); npm.err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "npm", "install", "--no-audit", "--no-fund", "--no-save", "ws@8")
		cmd.Dir = npm.dir
		npm.out, npm.err = cmd.CombinedOutput()
	})
	if npm.err != nil {
		msg := "the npm ws package could not be installed (are node, npm and the registry reachable?)"
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s: %v\n%s", msg, npm.err, npm.out)
		}
		t.Skipf("%s: %v\n%s", msg, npm.err, npm.out)
	}
	return "NODE_PATH=" + filepath.Join(npm.dir, "node_modules")
}

// needNode skips the test when node is missing (or fails it under CI).
func needNode(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("node is not installed")
		}
		t.Skip("node is not installed; it is the reference these tests compare with")
	}
}

// proc is a process a test started: its stdout lines arrive on lines.
type proc struct {
	cmd    *exec.Cmd
	lines  chan string
	stdin  io.WriteCloser
	stderr *syncBuffer
	done   chan struct{}
	err    error
}

// start runs argv with env added to the environment, in the test's
// directory; the process is killed at cleanup if still running.
func start(t *testing.T, env []string, argv ...string) *proc {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), scriptTimeout)
	p := &proc{cmd: exec.CommandContext(ctx, argv[0], argv[1:]...), lines: make(chan string, 1024),
		stderr: &syncBuffer{}, done: make(chan struct{})}
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Stderr = p.stderr
	stdin, err := p.cmd.StdinPipe()
	require.NoError(t, err)
	p.stdin = stdin
	stdout, err := p.cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, p.cmd.Start())
	go func() {
		defer close(p.done)
		defer cancel()
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			p.lines <- sc.Text()
		}
		close(p.lines)
		p.err = p.cmd.Wait()
	}()
	t.Cleanup(func() {
		cancel()
		<-p.done
	})
	return p
}

// next returns the next stdout line, failing the test if the process
// ends or stays silent first.
func (p *proc) next(t *testing.T) string {
	t.Helper()
	select {
	case line, ok := <-p.lines:
		require.True(t, ok, "the process ended without printing the line awaited; stderr:\n%s", p.stderr)
		return line
	case <-time.After(scriptTimeout):
		require.FailNow(t, "no line from the process", "stderr:\n%s", p.stderr)
		return ""
	}
}

// field reads the next line, "NAME VALUE" (the server scripts print
// "port N" when listening), and returns VALUE.
func (p *proc) field(t *testing.T, name string) string {
	t.Helper()
	line := p.next(t)
	value, ok := strings.CutPrefix(line, name+" ")
	require.True(t, ok, "expected %s, got %q; stderr:\n%s", name, line, p.stderr)
	return value
}

// rest waits for the process to exit with status 0 and returns the rest
// of its stdout.
func (p *proc) rest(t *testing.T) string {
	t.Helper()
	var out strings.Builder
	for line := range p.lines {
		out.WriteString(line + "\n")
	}
	<-p.done
	require.NoError(t, p.err, "%s failed; stdout:\n%s\nstderr:\n%s", p.cmd.Args, out.String(), p.stderr)
	return out.String()
}

// syncBuffer is a bytes.Buffer that a process writes while a test may
// read it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns what was written so far.
func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
