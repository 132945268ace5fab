package mailserver

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dovecotPath finds the dovecot binary: on PATH, or in /usr/sbin, which a
// user's PATH often lacks.
func dovecotPath() (string, error) {
	if path, err := exec.LookPath("dovecot"); err == nil {
		return path, nil
	}
	const sbin = "/usr/sbin/dovecot"
	if _, err := os.Stat(sbin); err != nil {
		return "", errors.New("dovecot is not installed (apt-get install dovecot-imapd)")
	}
	return sbin, nil
}

// requireDovecot returns the dovecot binary; without one it skips the test,
// or fails it when CI=true, so that CI cannot pass by skipping.
func requireDovecot(t *testing.T) string {
	path, err := dovecotPath()
	if err == nil {
		return path
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%v; CI must run this test", err)
	}
	t.Skip(err)
	return ""
}

// dovecot is a running Dovecot.
type dovecot struct {
	imapPort, imapsPort int
	caFile              string // the PEM of the CA that signed its certificate
}

// Bounds on Dovecot's life: it must answer within readyTimeout of its
// start, and exit within stopTimeout of SIGTERM before it is killed.
const (
	readyTimeout = 15 * time.Second
	stopTimeout  = 10 * time.Second
)

// startAttempts is how many times startDovecot tries: the ports are chosen
// free just before the start, and another process may take one meanwhile.
const startAttempts = 3

// startDovecot starts Dovecot in a fresh directory and stops it when the
// test ends.
func startDovecot(t *testing.T, bin string) *dovecot {
	for attempt := 1; ; attempt++ {
		dir := dovecotDir(t)
		s := newDovecotSetup(t, dir)
		s.IMAPPort, s.IMAPSPort = freePorts(t)
		writeDovecotFiles(t, s)
		err := runDovecot(t, bin, s)
		if err == nil {
			return &dovecot{imapPort: s.IMAPPort, imapsPort: s.IMAPSPort, caFile: filepath.Join(dir, "ca.pem")}
		}
		if attempt == startAttempts || !strings.Contains(err.Error(), "Address already in use") {
			t.Fatal(err)
		}
	}
}

// dovecotDir makes a directory that the test removes when it ends. Not
// t.TempDir(): its directories are private to the test's user, and Dovecot
// run as root reads the passwd file and the mailbox as other users.
func dovecotDir(t *testing.T) string {
	dir, err := os.MkdirTemp("", "nodeshim-dovecot-")
	require.NoError(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })
	require.NoError(t, os.Chmod(dir, 0o755))
	return dir
}

// freePorts returns two TCP ports free on serverHost.
func freePorts(t *testing.T) (int, int) {
	var ports [2]int
	for i := range ports {
		l, err := net.Listen("tcp", net.JoinHostPort(serverHost, "0"))
		require.NoError(t, err)
		defer l.Close()
		ports[i] = l.Addr().(*net.TCPAddr).Port
	}
	return ports[0], ports[1]
}

// process is a started command and, once it has exited, how.
type process struct {
	cmd  *exec.Cmd
	done chan struct{}
	err  error // set before done closes
}

// runDovecot starts Dovecot on the configuration written for s, in the
// foreground, and waits until it greets IMAP clients; on success the test's
// cleanup stops it. The error of a failed start holds Dovecot's logs.
func runDovecot(t *testing.T, bin string, s dovecotSetup) error {
	dir := s.Dir
	out, err := os.Create(filepath.Join(dir, "output.log"))
	if err != nil {
		return err
	}
	defer out.Close()
	p := &process{cmd: exec.Command(bin, "-F", "-c", filepath.Join(dir, "dovecot.conf")), done: make(chan struct{})}
	p.cmd.Stdout, p.cmd.Stderr = out, out
	if err := p.cmd.Start(); err != nil {
		return err
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	if err := waitReady(s, p); err != nil {
		p.stop()
		return fmt.Errorf("%w\n%s", err, dovecotLogs(dir))
	}
	t.Cleanup(func() {
		assert.True(t, p.stop(), "dovecot did not stop within %v of SIGTERM", stopTimeout)
		if t.Failed() {
			t.Log(dovecotLogs(dir))
		}
	})
	return nil
}

// stop ends the process, with SIGTERM, then SIGKILL after stopTimeout; it
// reports whether SIGTERM was enough.
func (p *process) stop() bool {
	select {
	case <-p.done:
		return true
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		return true
	case <-time.After(stopTimeout):
		_ = p.cmd.Process.Kill()
		<-p.done
		return false
	}
}

// waitReady waits until Dovecot greets on the IMAP port, with the greeting
// that follows the readiness of its authentication process, and accepts
// connections on the IMAPS port.
func waitReady(s dovecotSetup, p *process) error {
	deadline := time.Now().Add(readyTimeout)
	for {
		select {
		case <-p.done:
			return fmt.Errorf("dovecot exited before answering: %v", p.err)
		default:
		}
		err := probe(s)
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("dovecot did not answer within %v: %w", readyTimeout, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// probe checks one greeting on the IMAP port and one connection to the
// IMAPS port. While its authentication process starts, Dovecot greets with
// "* OK Waiting for authentication process to respond.." and sends the real
// greeting later.
func probe(s dovecotSetup) error {
	c, err := net.DialTimeout("tcp", net.JoinHostPort(s.Host, strconv.Itoa(s.IMAPPort)), time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.SetDeadline(time.Now().Add(2 * time.Second)); err != nil {
		return err
	}
	greeting, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	if !strings.HasPrefix(greeting, "* OK ") || strings.Contains(greeting, "Waiting for authentication") {
		return fmt.Errorf("greeting %q", greeting)
	}
	tc, err := net.DialTimeout("tcp", net.JoinHostPort(s.Host, strconv.Itoa(s.IMAPSPort)), time.Second)
	if err != nil {
		return err
	}
	return tc.Close()
}

// dovecotLogs returns what Dovecot wrote: its output (errors before its
// log was set up) and its log.
func dovecotLogs(dir string) string {
	var b strings.Builder
	for _, name := range []string{"output.log", "dovecot.log"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			data = []byte(err.Error())
		}
		fmt.Fprintf(&b, "--- dovecot's %s:\n%s", name, data)
	}
	return b.String()
}
