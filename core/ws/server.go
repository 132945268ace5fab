package ws

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"net/http"
	"slices"
	"strings"

	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/nodeshim/nodeshim/core/tlsconn"
)

// AcceptOptions say how a server end accepts an upgrade.
type AcceptOptions struct {
	Options
	// SelectProtocol chooses the subprotocol among those the client
	// offered (called only when it offered some), on the loop; "" (or a
	// name not offered) chooses none. Nil chooses none.
	SelectProtocol func(req *http.Request, offered []string) string
	// Compression accepts permessage-deflate when the client offers it.
	Compression bool
	// Header holds extra response headers; invalid ones and the
	// handshake's own are left out.
	Header http.Header
	// TLS, when set, makes the connection a TLS server first (wss).
	TLS *tlsconn.Context
	// Pending holds bytes already read from the connection: the start of
	// the TLS handshake, or of the upgrade request without TLS.
	Pending []byte
}

// Accept makes a server end of an open connection, typically just
// accepted by a tcp.Listener, and returns it at once in the Connecting
// state: set its handler before returning to the loop. The upgrade
// request is read and checked (Request then returns it), the subprotocol
// chosen and the response written; OnOpen follows. A request that is not
// a valid upgrade gets an HTTP error response (400, or 426 for another
// protocol version), then OnError(*HandshakeError) and OnClose with
// CloseAbnormal; so does a failed TLS handshake (with its error).
func Accept(tc *tcp.Conn, o AcceptOptions) *Conn {
	var c *Conn
	var sc *tlsconn.Conn
	pending := o.Pending
	if o.TLS != nil {
		sc = tlsconn.Start(tc, o.TLS, tlsconn.ConnOptions{Server: true, Pending: pending}, func(err error) {
			if err != nil {
				c.report(err)
			}
		})
		pending = nil
	}
	_ = tc.SetNoDelay(true)
	c = newConn(tc, sc, o.Options, false)
	c.hs = &handshake{accept: &o}
	if len(pending) > 0 {
		pending = bytes.Clone(pending)
		tc.Loop().Post(func() {
			if c.state == Connecting && c.hs != nil {
				c.hs.onData(c, pending)
			}
		})
	}
	return c
}

// finishServerHandshake checks the upgrade request and answers it.
func (c *Conn) finishServerHandshake(head []byte) {
	o := c.hs.accept
	req, err := http.ReadRequest(bufio.NewReader(bytes.NewReader(head)))
	if err != nil {
		c.refuse(http.StatusBadRequest, "Invalid HTTP request")
		return
	}
	h := req.Header
	key := h.Get("Sec-WebSocket-Key")
	switch {
	case req.Method != http.MethodGet:
		c.refuse(http.StatusMethodNotAllowed, "Invalid HTTP method")
		return
	case !req.ProtoAtLeast(1, 1):
		c.refuse(http.StatusBadRequest, "Invalid HTTP version")
		return
	case !hasToken(h, "Upgrade", "websocket"):
		c.refuse(http.StatusBadRequest, "Invalid Upgrade header")
		return
	case !hasToken(h, "Connection", "upgrade"):
		c.refuse(http.StatusBadRequest, "Invalid Connection header")
		return
	case !validKey(key):
		c.refuse(http.StatusBadRequest, "Missing or invalid Sec-WebSocket-Key header")
		return
	case h.Get("Sec-WebSocket-Version") != "13":
		c.refuse(http.StatusUpgradeRequired, "Missing or invalid Sec-WebSocket-Version header")
		return
	}
	offered := listValues(h, "Sec-WebSocket-Protocol")
	if CheckProtocols(offered) != nil {
		c.refuse(http.StatusBadRequest, "Invalid Sec-WebSocket-Protocol header")
		return
	}
	var protocol string
	if o.SelectProtocol != nil && len(offered) > 0 {
		if p := o.SelectProtocol(req, offered); slices.Contains(offered, p) {
			protocol = p
		}
		if c.state != Connecting {
			return // closed by the callback
		}
	}
	var ext string
	if o.Compression {
		c.defl, ext = acceptDeflate(parseExtensions(h))
	}
	c.req = req
	c.tc.Write(switching(key, protocol, ext, o.Header), nil)
	c.open(protocol, ext)
}

// validKey reports whether a Sec-WebSocket-Key is 16 bytes in base64.
func validKey(key string) bool {
	b, err := base64.StdEncoding.DecodeString(key)
	return err == nil && len(b) == 16
}

// switching builds the 101 response.
func switching(key, protocol, ext string, extra http.Header) []byte {
	var b strings.Builder
	b.WriteString("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n")
	b.WriteString("Sec-WebSocket-Accept: " + acceptKey(key) + "\r\n")
	if protocol != "" {
		b.WriteString("Sec-WebSocket-Protocol: " + protocol + "\r\n")
	}
	if ext != "" {
		b.WriteString("Sec-WebSocket-Extensions: " + ext + "\r\n")
	}
	_ = writeHeaders(&b, extra) // invalid headers are left out
	b.WriteString("\r\n")
	return []byte(b.String())
}
