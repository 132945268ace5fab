package url

import (
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nodeshim/nodeshim/nodecompat/url/whatwg"
)

// legacyURL holds the fields of Node's legacy url.parse() result; a nil
// field is null in JavaScript.
type legacyURL struct {
	protocol, auth, host, port, hostname, hash, search, query, pathname, path *string
	slashes                                                                   bool
}

// Errors of the legacy parser: an invalid host, and auth that
// decodeURIComponent rejects.
var (
	errLegacyHost   = errors.New("Invalid URL")
	errURIMalformed = errors.New("URI malformed")
)

// Protocol sets of the legacy parser, keyed with the trailing ':'.
var (
	slashedProtocols  = map[string]bool{"http:": true, "https:": true, "ftp:": true, "gopher:": true, "file:": true, "ws:": true, "wss:": true}
	hostlessProtocols = map[string]bool{"javascript:": true}
)

var (
	protocolPrefix = regexp.MustCompile(`^[a-zA-Z0-9.+-]+:`)
	authThenHost   = regexp.MustCompile(`^//[^@/]+@[^@/]+`)
	portSuffix     = regexp.MustCompile(`:[0-9]*$`)
)

func ptr(s string) *string { return &s }

// parseLegacy parses s as Node's legacy url.parse() does. Node's quirks are
// kept: backslashes before the query become slashes, a protocol's case
// decides whether it counts as slashed, characters that cannot be in a host
// end it and start the path.
func parseLegacy(s string, slashesDenoteHost bool) (*legacyURL, error) {
	u := &legacyURL{}
	rest, split := legacyPrepare(s)

	if !slashesDenoteHost && !split && isSimplePath(rest) {
		u.path, u.pathname = ptr(rest), ptr(rest)
		return u, nil
	}

	var proto, lowerProto string
	if m := protocolPrefix.FindString(rest); m != "" {
		proto, lowerProto = m, strings.ToLower(m)
		u.protocol = ptr(lowerProto)
		rest = rest[len(m):]
	}

	slashes := false
	if slashesDenoteHost || proto != "" || authThenHost.MatchString(rest) {
		slashes = strings.HasPrefix(rest, "//")
		if slashes && !(proto != "" && hostlessProtocols[lowerProto]) {
			rest = rest[2:]
			u.slashes = true
		}
	}

	// The case-sensitive lookup of proto is Node's.
	if !hostlessProtocols[lowerProto] && (slashes || (proto != "" && !slashedProtocols[proto])) {
		var err error
		if rest, err = u.parseAuthority(rest); err != nil {
			return nil, err
		}
	}

	if !hostlessProtocols[lowerProto] {
		rest = autoEscape(rest)
	}
	u.splitPath(rest)
	if slashedProtocols[lowerProto] && u.hostname != nil && *u.hostname != "" && u.pathname == nil {
		u.pathname = ptr("/")
	}
	if u.pathname != nil || u.search != nil {
		u.path = ptr(deref(u.pathname) + deref(u.search))
	}
	return u, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// legacyPrepare trims leading and trailing controls and spaces and turns
// backslashes into slashes up to the first '?' or '#'; split tells whether
// there is one.
func legacyPrepare(s string) (rest string, split bool) {
	s = strings.TrimFunc(s, func(r rune) bool { return r < 33 || r == 0xa0 || r == 0xfeff })
	i := strings.IndexAny(s, "?#")
	if i < 0 {
		return strings.ReplaceAll(s, `\`, "/"), false
	}
	return strings.ReplaceAll(s[:i], `\`, "/") + s[i:], true
}

// isSimplePath reports whether rest is a plain absolute path ("/x", not
// "//x") without whitespace, which is taken as is, unescaped.
func isSimplePath(rest string) bool {
	if !strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "//") {
		return false
	}
	return !strings.ContainsFunc(rest, unicode.IsSpace)
}

// parseAuthority takes auth, host and port off the front of rest and
// returns what follows them.
func (u *legacyURL) parseAuthority(rest string) (string, error) {
	hostEnd, at, nonHost := -1, -1, -1
	for i := 0; i < len(rest) && hostEnd == -1; i++ {
		switch rest[i] {
		case '\t', '\n', '\r', ' ', '"', '%', '\'', ';', '<', '>', '\\', '^', '`', '{', '|', '}':
			if nonHost == -1 {
				nonHost = i
			}
		case '#', '/', '?':
			if nonHost == -1 {
				nonHost = i
			}
			hostEnd = i
		case '@':
			at, nonHost = i, -1
		}
	}
	start := 0
	if at != -1 {
		auth, err := decodeURIComponent(rest[:at])
		if err != nil {
			return "", err
		}
		u.auth, start = &auth, at+1
	}
	host, after := rest[start:], ""
	if nonHost != -1 {
		host, after = rest[start:nonHost], rest[nonHost:]
	}
	rest = after
	if m := portSuffix.FindString(host); m != "" {
		if m != ":" {
			u.port = ptr(m[1:])
		}
		host = host[:len(host)-len(m)]
	}
	hostname := host
	ipv6 := strings.HasPrefix(hostname, "[") && strings.HasSuffix(hostname, "]")
	if !ipv6 {
		// A character that cannot be in a host name starts the path.
		if i := strings.IndexAny(hostname, `/\#?:`); i >= 0 {
			rest = "/" + hostname[i:] + rest
			hostname = hostname[:i]
		}
	}
	hostname, err := legacyHostname(hostname, ipv6)
	if err != nil {
		return "", err
	}
	u.hostname = &hostname
	h := hostname
	if u.port != nil {
		h += ":" + *u.port
	}
	u.host = &h
	if ipv6 {
		*u.hostname = hostname[1 : len(hostname)-1]
		if !strings.HasPrefix(rest, "/") {
			rest = "/" + rest
		}
	}
	return rest, nil
}

// legacyHostname lower-cases and IDNA-encodes a host name and rejects one
// with characters no host may hold.
func legacyHostname(hostname string, ipv6 bool) (string, error) {
	if len(hostname) > 255 {
		return "", nil
	}
	hostname = strings.ToLower(hostname)
	if hostname == "" {
		return "", nil
	}
	forbidden := "\x00\t\n\r #%/<>?@\\^|"
	if !ipv6 {
		// Node hands the name to C code, which stops at a NUL.
		hostname, _, _ = strings.Cut(hostname, "\x00")
		ascii, err := whatwg.ToASCII(hostname)
		if err != nil {
			return "", errLegacyHost
		}
		hostname = ascii
		forbidden += ":[]"
	}
	if strings.ContainsAny(hostname, forbidden) {
		return "", errLegacyHost
	}
	return hostname, nil
}

// splitPath sets hash, search, query and pathname from what follows the
// host.
func (u *legacyURL) splitPath(rest string) {
	if i := strings.IndexByte(rest, '#'); i >= 0 {
		u.hash = ptr(rest[i:])
		rest = rest[:i]
	}
	if i := strings.IndexByte(rest, '?'); i >= 0 {
		u.search, u.query = ptr(rest[i:]), ptr(rest[i+1:])
		rest = rest[:i]
	}
	if rest != "" {
		u.pathname = &rest
	}
}

// autoEscape percent-encodes the characters url.parse() always escapes in
// the path, query and fragment.
func autoEscape(s string) string {
	const escaped = "\t\n\r \"'<>\\^`{|}"
	if !strings.ContainsAny(s, escaped) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; strings.IndexByte(escaped, c) >= 0 {
			sb.WriteByte('%')
			sb.WriteByte(upperHexDigits[c>>4])
			sb.WriteByte(upperHexDigits[c&15])
		} else {
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// decodeURIComponent decodes escapes as JavaScript's function does,
// failing on a malformed escape or invalid UTF-8.
func decodeURIComponent(s string) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	for i := strings.IndexByte(s, '%'); i >= 0; i = nextEscape(s, i+3) {
		if i+2 >= len(s) || !isHexDigit(s[i+1]) || !isHexDigit(s[i+2]) {
			return "", errURIMalformed
		}
	}
	b := whatwg.PercentDecode(s)
	if !utf8.Valid(b) {
		return "", errURIMalformed
	}
	return string(b), nil
}

// nextEscape returns the index of the next '%' at or after from, or -1.
func nextEscape(s string, from int) int {
	if from >= len(s) {
		return -1
	}
	if i := strings.IndexByte(s[from:], '%'); i >= 0 {
		return from + i
	}
	return -1
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
