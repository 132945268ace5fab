package ws

import (
	"bufio"
	"bytes"
	"cmp"
	crand "crypto/rand"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/nodeshim/nodeshim/core/tlsconn"
	"golang.org/x/net/http/httpguts"
)

// DialOptions say how a client connects.
type DialOptions struct {
	Options
	// Protocols are the subprotocols offered, in preference order (see
	// CheckProtocols).
	Protocols []string
	// Header holds extra request headers (Origin, Authorization, Cookie,
	// User-Agent ...). The handshake's own headers (Host, Upgrade,
	// Connection, Sec-WebSocket-*) cannot be replaced and are skipped.
	Header http.Header
	// Compression offers permessage-deflate.
	Compression bool
	// TLS is the context of a wss: connection; nil uses one with the
	// system's roots and Node's defaults.
	TLS *tlsconn.Context
	// ServerName overrides the name sent as SNI and checked against the
	// server's certificate (default: the URL's host, when not an IP).
	ServerName string
	// TCP holds the connection's other settings (Family, LocalAddress,
	// Timeout, Resolve ...); its Host, Port and Path are set from the URL
	// and NoDelay is always set, as WebSocket libraries do.
	TCP tcp.DialOptions
}

// ErrURL is wrapped by the errors ParseURL returns: the WHATWG API's
// SyntaxError.
var ErrURL = errors.New("ws: invalid WebSocket URL")

// ParseURL checks a WebSocket URL as the WHATWG API does: an absolute URL
// whose scheme is ws or wss (http and https are taken as ws and wss), with
// a host and no fragment. The result has the ws or wss scheme.
func ParseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		// Go rejects a '%' that starts no escape ("/%zz"), which the WHATWG
		// parser keeps as it is. Such a URL is checked with those signs
		// escaped; its request target is taken from raw (requestTarget).
		u, err = url.Parse(escapeStrayPercents(raw))
	}
	if err != nil {
		return nil, errors.Join(ErrURL, err)
	}
	switch strings.ToLower(u.Scheme) {
	case "ws", "http":
		u.Scheme = "ws"
	case "wss", "https":
		u.Scheme = "wss"
	default:
		return nil, errors.Join(ErrURL, errors.New("the URL's scheme must be either 'ws' or 'wss'"))
	}
	switch {
	case u.Hostname() == "":
		return nil, errors.Join(ErrURL, errors.New("the URL has no host"))
	case u.Fragment != "" || strings.Contains(raw, "#"):
		return nil, errors.Join(ErrURL, errors.New("the URL contains a fragment identifier"))
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n > 65535 {
			return nil, errors.Join(ErrURL, errors.New("the URL's port is invalid"))
		}
	}
	return u, nil
}

// escapeStrayPercents escapes each '%' of s that two hex digits do not
// follow.
func escapeStrayPercents(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && (i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2])) {
			b.WriteString("%25")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// requestTarget is the path and query of raw, a URL ParseURL accepted, as
// the WHATWG URL serializer writes them: what raw holds after its
// authority, up to a fragment, with the bytes a request line cannot carry
// (controls, space, non-ASCII and the few the path set adds) escaped and
// everything else, '%' included, as written. "/" when raw has no path.
func requestTarget(raw string) string {
	rest := raw
	if i := strings.Index(rest, "://"); i >= 0 {
		rest = rest[i+3:]
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[i:]
	} else {
		rest = ""
	}
	rest, _, _ = strings.Cut(rest, "#")
	var b strings.Builder
	if !strings.HasPrefix(rest, "/") {
		b.WriteByte('/')
	}
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"<>`{}", c) >= 0 {
			const hex = "0123456789ABCDEF"
			b.Write([]byte{'%', hex[c>>4], hex[c&0xF]})
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Dial starts connecting to a ws: or wss: URL and returns the connection
// at once, in the Connecting state: set its handler before returning to
// the loop. OnOpen follows the opening handshake; a failure (name
// resolution, connecting, TLS, a response that is not a valid upgrade) is
// reported by OnError, then OnClose with CloseAbnormal, as the WHATWG API
// does. Dial itself fails only for an invalid URL (ErrURL), subprotocols
// (ErrProtocols) or header, or TLS context.
func Dial(l *loop.Loop, rawURL string, o DialOptions) (*Conn, error) {
	u, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if err := CheckProtocols(o.Protocols); err != nil {
		return nil, err
	}
	hs := &handshake{key: newKey(), protocols: o.Protocols, offerDeflate: o.Compression}
	if hs.request, err = buildRequest(u, requestTarget(rawURL), hs, o.Header); err != nil {
		return nil, err
	}
	d := o.TCP
	d.Host, d.Path, d.NoDelay = u.Hostname(), "", true
	d.Port = defaultPort(u)
	var c *Conn
	onConnect := func(err error) {
		if err != nil {
			c.report(err)
			return
		}
		c.tc.Write(hs.request, nil)
	}
	if u.Scheme == "wss" {
		ctx := o.TLS
		if ctx == nil {
			if ctx, err = tlsconn.NewContext(tlsconn.ContextOptions{}); err != nil {
				return nil, err
			}
		}
		sc := tlsconn.Dial(l, d, ctx, tlsconn.ConnOptions{ServerName: o.ServerName}, onConnect)
		c = newConn(sc.Conn, sc, o.Options, true)
	} else {
		c = newConn(tcp.Dial(l, d, onConnect), nil, o.Options, true)
	}
	c.hs = hs
	return c, nil
}

func defaultPort(u *url.URL) int {
	if p, err := strconv.Atoi(u.Port()); err == nil {
		return p
	}
	if u.Scheme == "wss" {
		return 443
	}
	return 80
}

// newKey makes a Sec-WebSocket-Key: 16 random bytes in base64.
func newKey() string {
	var k [16]byte
	_, _ = crand.Read(k[:]) // never fails on Linux
	return base64.StdEncoding.EncodeToString(k[:])
}

// reservedHeaders are the headers the handshake owns.
var reservedHeaders = []string{"Host", "Upgrade", "Connection", "Sec-Websocket-Key",
	"Sec-Websocket-Version", "Sec-Websocket-Protocol", "Sec-Websocket-Extensions",
	"Sec-Websocket-Accept", "Content-Length", "Transfer-Encoding"}

// buildRequest writes the upgrade request.
func buildRequest(u *url.URL, target string, hs *handshake, extra http.Header) ([]byte, error) {
	var b strings.Builder
	b.WriteString("GET " + target + " HTTP/1.1\r\nHost: " + u.Host + "\r\n")
	b.WriteString("Upgrade: websocket\r\nConnection: Upgrade\r\n")
	b.WriteString("Sec-WebSocket-Key: " + hs.key + "\r\nSec-WebSocket-Version: 13\r\n")
	if len(hs.protocols) > 0 {
		b.WriteString("Sec-WebSocket-Protocol: " + strings.Join(hs.protocols, ", ") + "\r\n")
	}
	if hs.offerDeflate {
		b.WriteString("Sec-WebSocket-Extensions: " + clientOffer + "\r\n")
	}
	if err := writeHeaders(&b, extra); err != nil {
		return nil, err
	}
	b.WriteString("\r\n")
	return []byte(b.String()), nil
}

// writeHeaders writes extra headers, leaving out the handshake's own, and
// reports the first invalid name or value (which it leaves out too).
func writeHeaders(b *strings.Builder, extra http.Header) error {
	var err error
	for name, values := range extra {
		switch {
		case !httpguts.ValidHeaderFieldName(name):
			err = cmp.Or(err, errors.New("ws: invalid header name "+strconv.Quote(name)))
			continue
		case slices.Contains(reservedHeaders, http.CanonicalHeaderKey(name)):
			continue
		}
		for _, v := range values {
			if !httpguts.ValidHeaderFieldValue(v) {
				err = cmp.Or(err, errors.New("ws: invalid value for header "+strconv.Quote(name)))
				continue
			}
			b.WriteString(name + ": " + v + "\r\n")
		}
	}
	return err
}

// finishClientHandshake checks the server's response and opens the
// connection, or fails it.
func (c *Conn) finishClientHandshake(head []byte) {
	hs := c.hs
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(head)), nil)
	if err != nil {
		c.refuse(0, "Invalid HTTP response: "+err.Error())
		return
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		c.failHandshake(&HandshakeError{StatusCode: resp.StatusCode,
			Message: "Unexpected server response: " + strconv.Itoa(resp.StatusCode)})
		return
	}
	h := resp.Header
	switch {
	case !hasToken(h, "Upgrade", "websocket"):
		c.refuse(0, "Invalid Upgrade header")
		return
	case !hasToken(h, "Connection", "upgrade"):
		c.refuse(0, "Invalid Connection header")
		return
	case h.Get("Sec-WebSocket-Accept") != acceptKey(hs.key):
		c.refuse(0, "Invalid Sec-WebSocket-Accept header")
		return
	}
	protocol, ok := chosenProtocol(h, hs.protocols)
	if !ok {
		c.refuse(0, "Server sent an invalid subprotocol")
		return
	}
	exts := parseExtensions(h)
	if len(exts) > 0 {
		if !hs.offerDeflate || len(exts) > 1 || exts[0].name != deflateName {
			c.refuse(0, "Server indicated an extension that was not requested")
			return
		}
		p, ok := parseDeflate(exts[0].params, true)
		if !ok {
			c.refuse(0, "Invalid Sec-WebSocket-Extensions header")
			return
		}
		c.defl = clientDeflate(p)
	}
	c.open(protocol, strings.Join(h.Values("Sec-WebSocket-Extensions"), ", "))
}

// chosenProtocol reads the subprotocol the server chose: one of those
// offered, and one when any was offered (as browsers require).
func chosenProtocol(h http.Header, offered []string) (string, bool) {
	values := listValues(h, "Sec-WebSocket-Protocol")
	switch {
	case len(values) == 0:
		return "", len(offered) == 0
	case len(values) > 1:
		return "", false
	}
	return values[0], slices.Contains(offered, values[0])
}
