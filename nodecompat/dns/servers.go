package dns

import (
	"bufio"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"
)

// dnsPort is the port servers listen on unless they say otherwise.
const dnsPort = 53

// Defaults when /etc/resolv.conf does not set them: c-ares's.
const (
	defaultTimeout = 5 * time.Second
	defaultTries   = 4
)

// resolvConf is what the system's resolver configuration says.
type resolvConf struct {
	servers []netip.AddrPort
	timeout time.Duration
	tries   int
}

// resolvConfPath is the file readResolvConf reads.
const resolvConfPath = "/etc/resolv.conf"

// readResolvConf reads the name servers and the timeout and attempts
// options from path. Without a nameserver line the local host serves, as in
// c-ares.
func readResolvConf(path string) resolvConf {
	conf := resolvConf{timeout: defaultTimeout, tries: defaultTries}
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 2 {
				continue
			}
			switch fields[0] {
			case "nameserver":
				if addr, err := netip.ParseAddr(fields[1]); err == nil {
					conf.servers = append(conf.servers, netip.AddrPortFrom(addr, dnsPort))
				}
			case "options":
				conf.applyOptions(fields[1:])
			}
		}
	}
	if len(conf.servers) == 0 {
		conf.servers = []netip.AddrPort{netip.AddrPortFrom(netip.MustParseAddr("127.0.0.1"), dnsPort)}
	}
	return conf
}

// applyOptions reads "timeout:n" and "attempts:n".
func (c *resolvConf) applyOptions(opts []string) {
	for _, o := range opts {
		name, value, _ := strings.Cut(o, ":")
		n, err := strconv.Atoi(value)
		if err != nil || n <= 0 {
			continue
		}
		switch name {
		case "timeout":
			c.timeout = time.Duration(n) * time.Second
		case "attempts":
			c.tries = n
		}
	}
}

// parseServer reads a server as setServers takes it: "1.2.3.4",
// "1.2.3.4:5353", "::1" or "[::1]:5353".
func parseServer(s string) (netip.AddrPort, bool) {
	if addr, err := netip.ParseAddr(s); err == nil && addr.Zone() == "" {
		return netip.AddrPortFrom(addr, dnsPort), true
	}
	ap, err := netip.ParseAddrPort(s)
	if err != nil || ap.Addr().Zone() != "" {
		return netip.AddrPort{}, false
	}
	return ap, true
}

// formatServer writes a server as getServers shows it: the port only when
// it is not 53, IPv6 addresses bracketed then.
func formatServer(ap netip.AddrPort) string {
	if ap.Port() == dnsPort {
		return ap.Addr().String()
	}
	return ap.String()
}
