// Package whatwg implements the WHATWG URL Standard's URL records: parsing
// (including the setters' state overrides), serialization and origins, and
// the application/x-www-form-urlencoded format. It is pure Go, so either
// façade can use it.
package whatwg

import (
	"errors"
	"strconv"
	"strings"
)

// ErrInvalid is returned for input that is not a valid URL.
var ErrInvalid = errors.New("Invalid URL")

// URL is a URL record.
type URL struct {
	Scheme   string
	Username string
	Password string
	// Host is the serialized host ("" for the empty host, brackets around
	// IPv6); HasHost tells the empty host from no host.
	Host    string
	HasHost bool
	Port    int // -1 when absent
	// Path holds the segments, unless OpaquePath is set ("mailto:x"), in
	// which case PathText is the whole path.
	Path       []string
	OpaquePath bool
	PathText   string
	Query      string
	HasQuery   bool
	Fragment   string
	HasFrag    bool
}

// defaultPorts maps the special schemes to their default port (-1 for
// file, which has none).
var defaultPorts = map[string]int{"ftp": 21, "file": -1, "http": 80, "https": 443, "ws": 80, "wss": 443}

// IsSpecial reports whether scheme is one of the URL Standard's special
// schemes.
func IsSpecial(scheme string) bool {
	_, ok := defaultPorts[scheme]
	return ok
}

// DefaultPort returns the default port of a scheme, or -1.
func DefaultPort(scheme string) int {
	if p, ok := defaultPorts[scheme]; ok {
		return p
	}
	return -1
}

// Parse parses input against an optional base URL.
func Parse(input string, base *URL) (*URL, error) {
	u := &URL{Port: -1}
	if err := u.parse(input, base, stateNone); err != nil {
		return nil, err
	}
	return u, nil
}

// Special reports whether u's scheme is special.
func (u *URL) Special() bool {
	return IsSpecial(u.Scheme)
}

// hasCredentials reports whether u has a username or password.
func (u *URL) hasCredentials() bool {
	return u.Username != "" || u.Password != ""
}

// cannotHaveCredentialsOrPort is the URL Standard's "cannot have a
// username/password/port".
func (u *URL) cannotHaveCredentialsOrPort() bool {
	return !u.HasHost || u.Host == "" || u.Scheme == "file"
}

// Clone returns a deep copy of u.
func (u *URL) Clone() *URL {
	c := *u
	c.Path = append([]string(nil), u.Path...)
	return &c
}

// Href serializes u.
func (u *URL) Href() string {
	var sb strings.Builder
	sb.WriteString(u.Scheme)
	sb.WriteByte(':')
	if u.HasHost {
		sb.WriteString("//")
		if u.hasCredentials() {
			sb.WriteString(u.Username)
			if u.Password != "" {
				sb.WriteByte(':')
				sb.WriteString(u.Password)
			}
			sb.WriteByte('@')
		}
		sb.WriteString(u.Host)
		if u.Port >= 0 {
			sb.WriteByte(':')
			sb.WriteString(strconv.Itoa(u.Port))
		}
	} else if !u.OpaquePath && len(u.Path) > 1 && u.Path[0] == "" {
		sb.WriteString("/.")
	}
	sb.WriteString(u.Pathname())
	if u.HasQuery {
		sb.WriteByte('?')
		sb.WriteString(u.Query)
	}
	if u.HasFrag {
		sb.WriteByte('#')
		sb.WriteString(u.Fragment)
	}
	return sb.String()
}

// Origin serializes u's origin: "scheme://host[:port]" for the special
// schemes but file, the origin of the inner URL for blob, else "null".
func (u *URL) Origin() string {
	switch u.Scheme {
	case "http", "https", "ws", "wss", "ftp":
		return u.Scheme + "://" + u.HostPort()
	case "blob":
		inner, err := Parse(u.Pathname(), nil)
		if err == nil && (inner.Scheme == "http" || inner.Scheme == "https") {
			return inner.Origin()
		}
	}
	return "null"
}

// Protocol returns the scheme followed by ':'.
func (u *URL) Protocol() string {
	return u.Scheme + ":"
}

// HostPort returns the host with ":port" when there is a port.
func (u *URL) HostPort() string {
	if u.Port < 0 {
		return u.Host
	}
	return u.Host + ":" + strconv.Itoa(u.Port)
}

// PortString returns the port in decimal, or "".
func (u *URL) PortString() string {
	if u.Port < 0 {
		return ""
	}
	return strconv.Itoa(u.Port)
}

// Pathname serializes the path.
func (u *URL) Pathname() string {
	if u.OpaquePath {
		return u.PathText
	}
	var sb strings.Builder
	for _, seg := range u.Path {
		sb.WriteByte('/')
		sb.WriteString(seg)
	}
	return sb.String()
}

// Search returns "?query", or "" for an absent or empty query.
func (u *URL) Search() string {
	if !u.HasQuery || u.Query == "" {
		return ""
	}
	return "?" + u.Query
}

// Hash returns "#fragment", or "" for an absent or empty fragment.
func (u *URL) Hash() string {
	if !u.HasFrag || u.Fragment == "" {
		return ""
	}
	return "#" + u.Fragment
}
