package ws

import (
	"bytes"
	"crypto/sha1"
	"encoding/base64"
	"errors"
	"net/http"
	"strings"
)

// handshake is the state of an opening handshake: the HTTP head received
// so far, and what the end offered or accepts.
type handshake struct {
	head []byte

	// Client: the key sent, the subprotocols and extension offered, and
	// the request to write once connected.
	key          string
	protocols    []string
	offerDeflate bool
	request      []byte

	// Server: the acceptor's settings.
	accept *AcceptOptions
}

// maxHead bounds an HTTP head, as Node's default maxHeaderSize does.
const maxHead = 16 << 10

var headEnd = []byte("\r\n\r\n")

// onData gathers the HTTP head; once it is complete the handshake is
// checked and, when it succeeds, the bytes after the head are the first of
// the frames.
func (hs *handshake) onData(c *Conn, b []byte) {
	from := max(len(hs.head)-3, 0)
	hs.head = append(hs.head, b...)
	i := bytes.Index(hs.head[from:], headEnd)
	end := from + i + len(headEnd)
	switch {
	case i < 0 && len(hs.head) <= maxHead:
		return
	case i < 0 || end > maxHead:
		c.refuse(http.StatusRequestHeaderFieldsTooLarge, "The HTTP head is too large")
		return
	}
	head, rest := hs.head[:end], hs.head[end:]
	if c.client {
		c.finishClientHandshake(head)
	} else {
		c.finishServerHandshake(head)
	}
	if c.state != Connecting && len(rest) > 0 {
		c.receive(rest)
	}
}

// open completes the opening handshake.
func (c *Conn) open(protocol, extensions string) {
	c.hs = nil
	c.state = Open
	if c.handshakeTimer != nil {
		c.handshakeTimer.Stop()
	}
	c.protocol, c.extensions = protocol, extensions
	if c.paused {
		c.tc.Pause()
	}
	c.h.OnOpen(protocol, extensions)
}

// refuse fails the opening handshake. A server answers with the HTTP
// status first.
func (c *Conn) refuse(status int, msg string) {
	if c.client {
		c.failHandshake(&HandshakeError{Message: msg})
		return
	}
	c.tc.Write(refusal(status, msg), nil)
	c.failHandshake(&HandshakeError{StatusCode: status, Message: msg})
}

// refusal is the HTTP response a server refuses an upgrade with.
func refusal(status int, msg string) []byte {
	var b strings.Builder
	b.WriteString("HTTP/1.1 " + itoa(status) + " " + http.StatusText(status) + "\r\n")
	if status == http.StatusUpgradeRequired {
		b.WriteString("Sec-WebSocket-Version: 13\r\n")
	}
	b.WriteString("Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n")
	b.WriteString("Content-Length: " + itoa(len(msg)) + "\r\n\r\n" + msg)
	return []byte(b.String())
}

// keyGUID is the GUID RFC 6455 appends to the key.
const keyGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

// acceptKey returns the Sec-WebSocket-Accept value for a key.
func acceptKey(key string) string {
	sum := sha1.Sum([]byte(key + keyGUID))
	return base64.StdEncoding.EncodeToString(sum[:])
}

// listValues splits a header's comma-separated values, trimmed, dropping
// empty elements.
func listValues(h http.Header, name string) []string {
	var out []string
	for _, v := range h.Values(name) {
		for _, e := range strings.Split(v, ",") {
			if e = strings.TrimSpace(e); e != "" {
				out = append(out, e)
			}
		}
	}
	return out
}

// hasToken reports whether a header's comma-separated values include
// token, case-insensitively.
func hasToken(h http.Header, name, token string) bool {
	for _, v := range listValues(h, name) {
		if strings.EqualFold(v, token) {
			return true
		}
	}
	return false
}

// ErrProtocols is returned for subprotocols that are not HTTP tokens or
// that repeat: the WHATWG API's SyntaxError.
var ErrProtocols = errors.New("ws: subprotocols must be distinct HTTP tokens")

// CheckProtocols applies the WHATWG API's rules to the subprotocols a
// client offers: each an HTTP token, none twice, compared ignoring ASCII
// case as browsers and the web-platform tests do.
func CheckProtocols(protocols []string) error {
	seen := make(map[string]bool, len(protocols))
	for _, p := range protocols {
		key := strings.ToLower(p)
		if !isToken(p) || seen[key] {
			return ErrProtocols
		}
		seen[key] = true
	}
	return nil
}

// isToken reports whether s is an HTTP token (RFC 7230, section 3.2.6).
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch <= ' ' || ch >= 0x7F || strings.IndexByte(`()<>@,;:\"/[]?={}`, ch) >= 0 {
			return false
		}
	}
	return true
}
