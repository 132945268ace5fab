package w3c

import (
	"net/http"
	"slices"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/nodeshim/nodeshim/core/ws"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

// wsServerOptions are a TCPServerSocket's webSocket option: the server
// accepts WebSocket upgrades and hands out WebSocket objects through
// connect. It is true, or a dictionary with protocols (the subprotocols
// the server speaks, in its order of preference) and compression
// (permessage-deflate, default true).
type wsServerOptions struct {
	protocols   []string
	compression bool
}

// parseWSServerOptions reads the webSocket member of a server's options;
// nil when absent or false.
func (r *realm) parseWSServerOptions(c ctx, d *goja.Object) *wsServerOptions {
	v := member(d, "webSocket")
	if v == nil || !v.ToBoolean() {
		return nil
	}
	o := &wsServerOptions{compression: true}
	if wd, ok := v.(*goja.Object); ok {
		if p := member(wd, "protocols"); p != nil {
			o.protocols = r.stringList(c, "protocols", p)
			if ws.CheckProtocols(o.protocols) != nil {
				panic(r.domError(c, "SyntaxError", "The subprotocols must be distinct tokens."))
			}
		}
		if cv := member(wd, "compression"); cv != nil {
			o.compression = cv.ToBoolean()
		}
	}
	return o
}

// selectProtocol picks the first of the server's subprotocols that the
// client offered.
func (o *wsServerOptions) selectProtocol(_ *http.Request, offered []string) string {
	for _, p := range o.protocols {
		if slices.Contains(offered, p) {
			return p
		}
	}
	return ""
}

// acceptWebSocket runs the opening handshake on an accepted connection;
// once it completes the server fires connect with an open WebSocket. A
// connection whose handshake fails closes without any event and is not
// counted in connections.
func (s *serverSock) acceptWebSocket(conn *tcp.Conn) {
	r := s.r
	obj := webapi.NewEventTarget(r.vm, r.webSocket.Proto)
	t := &wsSock{r: r, server: s}
	t.conn = ws.Accept(conn, ws.AcceptOptions{
		SelectProtocol: s.ws.selectProtocol,
		Compression:    s.ws.compression,
		TLS:            s.tlsCtx,
	})
	sk := r.newSock(obj, "WebSocket", t)
	sk.binary, sk.hwm = binaryBlob, s.op.hwm
	t.s = sk
	t.conn.SetHandler(t)
}
