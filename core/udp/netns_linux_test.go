package udp_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// The multicast tests need interfaces with the MULTICAST flag, which the host's
// loopback lacks, and must not touch the host's network configuration. So they
// run in a network namespace of their own, created once per test binary with
// iproute2 and removed by TestMain:
//
//	va (10.77.0.1, 10.77.0.3, fd77::1, fd77::3) <-veth-> vb (10.77.0.2, fd77::2)
//	vc (10.78.0.1, rate-limited by tbf)          <-veth-> vd (10.78.0.2)
//
// Multicast sent out of va arrives on vb; the second address on va is a second
// source for source-specific membership; vc's slow queue makes the kernel's
// send buffer fill up, which loopback never does.

var netns struct {
	once sync.Once
	name string
	err  error
}

// netnsSetup lists the iproute2 commands that build the namespace, after
// `ip netns add`. Sysctls that must hold before the interfaces exist are
// written by setSysctls.
var netnsSetup = []string{
	"link set lo up",
	"link add va type veth peer name vb",
	"link add vc type veth peer name vd",
	"addr add 10.77.0.1/24 dev va",
	"addr add 10.77.0.3/24 dev va",
	"addr add fd77::1/64 dev va nodad",
	"addr add fd77::3/64 dev va nodad",
	"addr add 10.77.0.2/24 dev vb",
	"addr add fd77::2/64 dev vb nodad",
	"addr add 10.78.0.1/24 dev vc",
	"addr add 10.78.0.2/24 dev vd",
	"link set va up",
	"link set vb up",
	"link set vc up",
	"link set vd up",
	"route add 224.0.0.0/4 dev va",
}

// netnsSysctls let a host receive, on one interface, datagrams that it sent
// from another (both veth ends live in the namespace) and skip duplicate
// address detection so that IPv6 addresses are usable at once.
var netnsSysctls = map[string]string{
	"net/ipv4/conf/all/rp_filter":        "0",
	"net/ipv4/conf/default/rp_filter":    "0",
	"net/ipv4/conf/all/accept_local":     "1",
	"net/ipv4/conf/default/accept_local": "1",
	"net/ipv6/conf/all/accept_dad":       "0",
	"net/ipv6/conf/default/accept_dad":   "0",
}

// enterNetns moves the calling test's goroutine into the test namespace for
// good: it locks the goroutine to its OS thread and never unlocks it, so the
// runtime discards the thread when the test ends. Sockets created afterwards
// belong to the namespace whatever thread later uses them. It skips the test
// when not run as root and fails it when the namespace cannot be built.
func enterNetns(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("multicast tests need root to build a network namespace")
	}
	netns.once.Do(func() { netns.err = createNetns() })
	require.NoError(t, netns.err, "building the test network namespace (needs iproute2: ip, tc)")
	runtime.LockOSThread()
	require.NoError(t, setns(netns.name))
}

// setns switches the calling thread to the named namespace.
func setns(name string) error {
	fd, err := unix.Open(filepath.Join("/run/netns", name), unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer unix.Close(fd)
	return unix.Setns(fd, unix.CLONE_NEWNET)
}

const netnsPrefix = "nodeshim-udp-"

// createNetns builds the namespace described above, first removing any that
// a crashed test binary left behind.
func createNetns() error {
	removeStaleNetns()
	name := fmt.Sprintf("%s%d", netnsPrefix, os.Getpid())
	if out, err := exec.Command("ip", "netns", "add", name).CombinedOutput(); err != nil {
		return fmt.Errorf("ip netns add: %v: %s", err, out)
	}
	netns.name = name
	if err := setSysctls(name); err != nil {
		return err
	}
	for _, cmd := range netnsSetup {
		args := append([]string{"-n", name}, strings.Fields(cmd)...)
		if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
			return fmt.Errorf("ip %s: %v: %s", cmd, err, out)
		}
	}
	tbf := []string{"-n", name, "qdisc", "add", "dev", "vc", "root", "tbf", "rate", "20mbit", "burst", "4kb", "latency", "1s"}
	if out, err := exec.Command("tc", tbf...).CombinedOutput(); err != nil {
		return fmt.Errorf("tc %s: %v: %s", strings.Join(tbf, " "), err, out)
	}
	return nil
}

// setSysctls writes netnsSysctls from a thread inside the namespace (the
// files under /proc/sys/net belong to the namespace of the opening thread).
func setSysctls(name string) error {
	errc := make(chan error)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread dies with the goroutine
		errc <- func() error {
			if err := setns(name); err != nil {
				return err
			}
			for key, value := range netnsSysctls {
				if err := os.WriteFile("/proc/sys/"+key, []byte(value), 0); err != nil {
					return err
				}
			}
			return nil
		}()
	}()
	return <-errc
}

// removeStaleNetns deletes test namespaces whose process no longer exists.
func removeStaleNetns() {
	entries, _ := os.ReadDir("/run/netns")
	for _, e := range entries {
		pid, ok := strings.CutPrefix(e.Name(), netnsPrefix)
		if !ok {
			continue
		}
		if _, err := os.Stat("/proc/" + pid); os.IsNotExist(err) {
			_ = exec.Command("ip", "netns", "del", e.Name()).Run()
		}
	}
}

// removeNetns deletes the namespace if the tests created it.
func removeNetns() error {
	if netns.name == "" {
		return nil
	}
	if out, err := exec.Command("ip", "netns", "del", netns.name).CombinedOutput(); err != nil {
		return fmt.Errorf("ip netns del: %v: %s", err, out)
	}
	return nil
}
