package w3c

import (
	"os"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// enterPrivateNetwork moves the test's goroutine, for good, into a network
// namespace of its own whose loopback interface is up and multicast-capable
// (the host's loopback is not), so multicast stays on loopback. The thread
// is never unlocked, so the runtime discards it when the test ends. Tests
// that need it skip without root.
func enterPrivateNetwork(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("multicast tests need root for a private network namespace")
	}
	runtime.LockOSThread()
	require.NoError(t, unix.Unshare(unix.CLONE_NEWNET))
	fd, err := unix.Socket(unix.AF_INET, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC, 0)
	require.NoError(t, err)
	defer unix.Close(fd)
	ifr, err := unix.NewIfreq("lo")
	require.NoError(t, err)
	require.NoError(t, unix.IoctlIfreq(fd, unix.SIOCGIFFLAGS, ifr))
	ifr.SetUint16(ifr.Uint16() | unix.IFF_UP | unix.IFF_MULTICAST)
	require.NoError(t, unix.IoctlIfreq(fd, unix.SIOCSIFFLAGS, ifr))
}

func TestMulticastJoinReceiveLeaveAndSourceSpecific(t *testing.T) {
	enterPrivateNetwork(t)
	e := newEnv(t)
	out := e.run(`
		const group = '239.7.7.7';
		const rx = new UDPSocket('0.0.0.0', 0, {binaryType: 'string', addressReuse: true});
		const tx1 = new UDPSocket('127.0.0.1', 0, {multicastInterface: '127.0.0.1'});
		const tx2 = new UDPSocket('127.0.0.2', 0, {multicastInterface: 'lo'});
		rx.addMulticastMembership(group, {interface: 'lo'});
		print('joined', JSON.stringify(rx.joinedGroups));
		const steps = [
			() => tx1.send('any-source', group, rx.localPort),
			() => {
				rx.dropMulticastMembership(group, {interface: 'lo'});
				print('left', JSON.stringify(rx.joinedGroups));
				rx.joinMulticastGroup(group, {interface: 'lo', source: '127.0.0.2'});
				tx1.send('from .1 (filtered)', group, rx.localPort);
				tx2.send('from .2', group, rx.localPort);
			},
			() => { rx.close(); tx1.close(); tx2.close(); },
		];
		let i = 0;
		tx2.onopen = () => steps[i++]();
		rx.onmessage = e => {
			print('got', e.data, 'to', e.localAddress, 'from', e.remoteAddress, 'on', e.interface);
			steps[i++]();
		};
	`)
	assert.Equal(t, []string{
		`joined ["239.7.7.7"]`,
		"got any-source to 239.7.7.7 from 127.0.0.1 on lo",
		"left []",
		"got from .2 to 239.7.7.7 from 127.0.0.2 on lo",
	}, out)
}
