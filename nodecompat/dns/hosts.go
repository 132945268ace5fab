package dns

import (
	"bufio"
	"net/netip"
	"os"
	"strconv"
	"strings"
)

// hostsPath is the hosts file reverse consults.
const hostsPath = "/etc/hosts"

// hostsAliases returns the names the hosts file at path gives ip, except
// the first (c-ares reports a hosts-file answer's aliases only), or nil when
// the file does not list ip at all.
func hostsAliases(path string, ip netip.Addr) []string {
	var names []string
	scanTable(path, func(fields []string) {
		if addr, err := netip.ParseAddr(fields[0]); err == nil && addr.Unmap() == ip.Unmap() {
			names = append(names, fields[1:]...)
		}
	})
	if names == nil {
		return nil
	}
	return names[1:]
}

// scanTable calls fn with the fields of each line of the file at path that
// has two or more once a '#' comment is cut off, the format /etc/hosts and
// /etc/services share; a file that cannot be opened has no lines.
func scanTable(path string, fn func(fields []string)) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if fields := strings.Fields(line); len(fields) >= 2 {
			fn(fields)
		}
	}
}

// reverseName is the PTR query name of ip: "4.3.2.1.in-addr.arpa" or the
// nibbles of an IPv6 address under ip6.arpa.
func reverseName(ip netip.Addr) string {
	ip = ip.Unmap()
	var b strings.Builder
	if ip.Is4() {
		a := ip.As4()
		for i := 3; i >= 0; i-- {
			b.WriteString(strconv.Itoa(int(a[i])))
			b.WriteByte('.')
		}
		b.WriteString("in-addr.arpa")
		return b.String()
	}
	const hex = "0123456789abcdef"
	a := ip.As16()
	for i := 15; i >= 0; i-- {
		b.WriteByte(hex[a[i]&0xf])
		b.WriteByte('.')
		b.WriteByte(hex[a[i]>>4])
		b.WriteByte('.')
	}
	b.WriteString("ip6.arpa")
	return b.String()
}
