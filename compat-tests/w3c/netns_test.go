package w3ctests

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"

	"golang.org/x/sys/unix"
)

// namespace is the private network namespace the suite runs in: its
// loopback interface is up and multicast-capable (the host's is not), with
// a route for multicast through it, so that every datagram and connection
// of the suite, multicast included, stays on loopback and the host's
// network is never touched.
type namespace struct {
	fd int // keeps the namespace alive; setns(2) enters it
}

// newNamespace creates the namespace (root only).
func newNamespace() (*namespace, error) {
	if os.Geteuid() != 0 {
		return nil, fmt.Errorf("not root")
	}
	type result struct {
		ns  *namespace
		err error
	}
	done := make(chan result)
	go func() {
		// The thread is never unlocked: the runtime discards it on exit.
		runtime.LockOSThread()
		ns, err := setUpNamespace()
		done <- result{ns, err}
	}()
	r := <-done
	return r.ns, r.err
}

// setUpNamespace moves the calling (locked) thread into a new namespace
// and configures it.
func setUpNamespace() (*namespace, error) {
	if err := unix.Unshare(unix.CLONE_NEWNET); err != nil {
		return nil, fmt.Errorf("unshare: %w", err)
	}
	fd, err := unix.Open("/proc/thread-self/ns/net", unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	if err := loopbackUp(); err != nil {
		unix.Close(fd)
		return nil, err
	}
	if err := ip(vethSetup); err != nil {
		unix.Close(fd)
		return nil, err
	}
	return &namespace{fd: fd}, nil
}

// vethSetup are the ip commands that finish the namespace. Multicast sent
// without choosing an interface needs a route. Loopback does not deliver
// IPv6 multicast, so a veth pair va <-> vb (fd77::1 and fd77::2, no
// duplicate address detection, so they are usable at once) carries it.
var vethSetup = [][]string{
	{"route", "add", "224.0.0.0/4", "dev", "lo"},
	{"link", "add", "va", "type", "veth", "peer", "name", "vb"},
	{"link", "set", "va", "up"},
	{"link", "set", "vb", "up"},
	{"-6", "addr", "add", "fd77::1/64", "dev", "va", "nodad"},
	{"-6", "addr", "add", "fd77::2/64", "dev", "vb", "nodad"},
}

// ip runs iproute2 commands in this thread's namespace.
func ip(commands [][]string) error {
	for _, args := range commands {
		if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
			return fmt.Errorf("ip %v: %v: %s", args, err, out)
		}
	}
	return nil
}

// loopbackUp brings lo up with the MULTICAST flag.
func loopbackUp() error {
	s, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer unix.Close(s)
	ifr, err := unix.NewIfreq("lo")
	if err != nil {
		return err
	}
	if err := unix.IoctlIfreq(s, unix.SIOCGIFFLAGS, ifr); err != nil {
		return err
	}
	ifr.SetUint16(ifr.Uint16() | unix.IFF_UP | unix.IFF_MULTICAST)
	return unix.IoctlIfreq(s, unix.SIOCSIFFLAGS, ifr)
}

// enter moves the calling goroutine into the namespace for good: it locks
// the goroutine to its thread and never unlocks it, so sockets it creates
// and processes it starts belong to the namespace. A nil namespace (not
// root) leaves the goroutine where it is.
func (ns *namespace) enter() error {
	if ns == nil {
		return nil
	}
	runtime.LockOSThread()
	return unix.Setns(ns.fd, unix.CLONE_NEWNET)
}

// run runs fn on a goroutine inside the namespace and waits for it.
func (ns *namespace) run(fn func() error) error {
	done := make(chan error)
	go func() {
		if err := ns.enter(); err != nil {
			done <- err
			return
		}
		done <- fn()
	}()
	return <-done
}

// close releases the namespace; it goes away with its last socket.
func (ns *namespace) close() {
	if ns != nil {
		unix.Close(ns.fd)
	}
}
