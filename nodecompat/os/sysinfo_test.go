package os

import (
	"net"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseStat(t *testing.T) {
	stat := `cpu  33822 0 10645 84458 774 0 169 3189 0 0
cpu0 16642 1 5303 42763 125 7 22 1634 0 0
cpu1 17179 0 5342 41695 648 0 146 1554 0 0
intr 1234
`
	cpus, err := parseStat(strings.NewReader(stat))
	require.NoError(t, err)
	require.Len(t, cpus, 2)
	assert.Equal(t, CPU{User: 166420, Nice: 10, Sys: 53030, Idle: 427630, IRQ: 70}, cpus[0])
	assert.Equal(t, int64(171790), cpus[1].User)

	_, err = parseStat(strings.NewReader("cpu0 x 1 2 3 4 5 6\n"))
	assert.Error(t, err)
}

func TestParseModelsAndMeminfo(t *testing.T) {
	info := "processor\t: 0\nmodel name\t: AMD EPYC\n\nprocessor\t: 1\nmodel name\t: AMD EPYC 2\n"
	assert.Equal(t, []string{"AMD EPYC", "AMD EPYC 2"}, parseModels(strings.NewReader(info)))

	total, free := parseMeminfo(strings.NewReader("MemTotal:  1000 kB\nMemFree:  100 kB\nMemAvailable:  600 kB\n"))
	assert.Equal(t, uint64(1024000), total)
	assert.Equal(t, uint64(614400), free)
	_, free = parseMeminfo(strings.NewReader("MemTotal:  1000 kB\nMemFree:  100 kB\n"))
	assert.Equal(t, uint64(102400), free, "old kernels have no MemAvailable")
}

func TestFindPasswd(t *testing.T) {
	passwd := "root:x:0:0:root:/root:/bin/bash\nbroken\nme:x:1000:100:Me:/home/me:/bin/zsh\n"
	u, ok := findPasswd(strings.NewReader(passwd), 1000)
	require.True(t, ok)
	assert.Equal(t, UserInfo{UID: 1000, GID: 100, Username: "me", Homedir: "/home/me", Shell: "/bin/zsh"}, u)
	_, ok = findPasswd(strings.NewReader(passwd), 42)
	assert.False(t, ok)
}

func TestTmpDir(t *testing.T) {
	for _, tc := range []struct{ tmpdir, tmp, want string }{
		{"", "", "/tmp"},
		{"/var/tmp/", "", "/var/tmp"},
		{"", "/x", "/x"},
		{"/", "", "/"},
	} {
		t.Setenv("TMPDIR", tc.tmpdir)
		t.Setenv("TMP", tc.tmp)
		t.Setenv("TEMP", "")
		assert.Equal(t, tc.want, TmpDir())
	}
}

func TestLiveFacts(t *testing.T) {
	cpus, err := CPUs()
	require.NoError(t, err)
	require.NotEmpty(t, cpus)
	assert.NotEmpty(t, cpus[0].Model)
	total, free, err := Memory()
	require.NoError(t, err)
	assert.Greater(t, total, free)
	assert.Greater(t, Uptime(), 0.0)
	assert.Equal(t, "Linux", KernelInfo().Sysname)
	n, ok := SignalNumber("SIGTERM")
	assert.True(t, ok)
	assert.Equal(t, 15, n)
	_, ok = SignalNumber("SIGNOPE")
	assert.False(t, ok)
}

func TestNetworkInterfacesLoopback(t *testing.T) {
	addrs, err := NetworkInterfaces()
	require.NoError(t, err)
	var lo *Address
	seenV6 := false
	for i, a := range addrs {
		if a.Family == "IPv6" {
			seenV6 = true
		} else {
			assert.False(t, seenV6, "IPv4 entries come first")
		}
		if a.Interface == "lo" && a.Family == "IPv4" {
			lo = &addrs[i]
		}
	}
	require.NotNil(t, lo)
	assert.Equal(t, Address{Interface: "lo", Address: "127.0.0.1", Netmask: "255.0.0.0", Family: "IPv4",
		MAC: "00:00:00:00:00:00", Internal: true, CIDR: "127.0.0.1/8"}, *lo)
}

func TestNewAddressIPv6ScopeID(t *testing.T) {
	ifc := net.Interface{Index: 4, Name: "eth0", HardwareAddr: net.HardwareAddr{2, 0xfc, 0, 0, 0, 1}, Flags: net.FlagUp}
	_, global, _ := net.ParseCIDR("fd00::2/64")
	global.IP = net.ParseIP("fd00::2")
	a := newAddress(ifc, global)
	assert.Equal(t, Address{Interface: "eth0", Address: "fd00::2", Netmask: "ffff:ffff:ffff:ffff::", Family: "IPv6",
		MAC: "02:fc:00:00:00:01", CIDR: "fd00::2/64"}, a)
	link := &net.IPNet{IP: net.ParseIP("fe80::1"), Mask: net.CIDRMask(64, 128)}
	assert.Equal(t, 4, newAddress(ifc, link).ScopeID)
}
