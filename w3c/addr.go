package w3c

import (
	"net/netip"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/net/idna"
)

// hostPort formats a host and port as the url attributes show them:
// "mail.example.org:993", "127.0.0.1:80", "[::1]:8080".
func hostPort(host string, port int) string {
	if strings.Contains(host, ":") && !strings.HasPrefix(host, "[") {
		host = "[" + host + "]"
	}
	return host + ":" + strconv.Itoa(port)
}

// endpoint is one end of a socket as the attributes show it.
type endpoint struct {
	ap netip.AddrPort // the zero value when unknown
	// name is the local address as the script gave it ("localhost"), which
	// url shows as the proposal's localURL example does; "" to show the
	// address.
	name string
}

// address returns the IP address ("" when unknown); IPv4-mapped addresses
// are shown as IPv4.
func (e endpoint) address() string {
	if !e.ap.IsValid() {
		return ""
	}
	return e.ap.Addr().Unmap().String()
}

// port returns the port (0 when unknown).
func (e endpoint) port() int {
	return int(e.ap.Port())
}

// url returns "name:port" or "address:port", or "" when unknown.
func (e endpoint) url() string {
	if !e.ap.IsValid() {
		return ""
	}
	if e.name != "" {
		return hostPort(e.name, e.port())
	}
	return hostPort(e.address(), e.port())
}

// ipVersion returns 4 or 6 for the address's family, 0 when unknown.
func (e endpoint) ipVersion() int {
	switch {
	case !e.ap.IsValid():
		return 0
	case e.ap.Addr().Unmap().Is4():
		return 4
	}
	return 6
}

// validHost reports whether s can name a peer: an IP literal (IPv6 with
// or without brackets, with a zone) or a host name made of letters,
// digits, '-', '_' and dots once an internationalized name is in its
// ASCII form ("bücher.example" is "xn--bcher-kva.example").
func validHost(s string) bool {
	if _, ok := parseIP(s); ok {
		return true
	}
	s = asciiName(s)
	if s == "" || len(s) > 253 || strings.HasPrefix(s, ".") || strings.Contains(s, "..") {
		return false
	}
	for _, label := range strings.Split(strings.TrimSuffix(s, "."), ".") {
		if label == "" || len(label) > 63 {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}

// parseIP parses an IP literal, IPv6 optionally in brackets.
func parseIP(s string) (netip.Addr, bool) {
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		s = s[1 : len(s)-1]
	}
	ip, err := netip.ParseAddr(s)
	return ip, err == nil
}

// bareHost is the host to resolve or check a certificate against: an IP
// literal without brackets, or a name in its ASCII form.
func bareHost(s string) string {
	if ip, ok := parseIP(s); ok {
		return ip.String()
	}
	return asciiName(s)
}

// asciiName returns an internationalized host name in the ASCII form that
// name resolution and TLS use, and any other string as it is (one that
// cannot be converted fails validHost).
func asciiName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			if a, err := idna.Lookup.ToASCII(s); err == nil {
				return a
			}
			return s
		}
	}
	return s
}

// localHost reads a local address argument: "" when it is absent or empty
// (every interface), else the address as the script gave it and the IP it
// names; anything but an IP literal or "localhost" is a SyntaxError.
func (r *realm) localHost(c ctx, v goja.Value) (name string, ip netip.Addr) {
	if isNullish(v) {
		return "", netip.Addr{}
	}
	name = r.toDOMString(c, v)
	if name == "" {
		return "", netip.Addr{}
	}
	ip, ok := localIP(name)
	if !ok {
		panic(r.domError(c, "SyntaxError", "'"+name+"' is not a valid local address."))
	}
	return name, ip
}

// localIP parses a local address: an IP literal, or "localhost".
func localIP(s string) (netip.Addr, bool) {
	if s == "localhost" {
		return netip.AddrFrom4([4]byte{127, 0, 0, 1}), true
	}
	return parseIP(s)
}
