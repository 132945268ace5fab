package w3ctests

import (
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"strings"

	"github.com/coder/websocket"

	"github.com/nodeshim/nodeshim/compat-tests/internal/wsecho"
)

// startWebSocketPeers starts WS, a WebSocket server written with
// github.com/coder/websocket (an implementation independent of ours) that
// negotiates the subprotocols "chat" and "superchat" and permessage-deflate,
// and echoes each message with its type. Text commands change that:
// "close CODE REASON" closes with that code and reason, "header NAME"
// answers with the request's header NAME, "protocol" with the subprotocol.
// WSS is the same server behind TLS with the harness's leaf certificate.
func (p *peerSet) startWebSocketPeers() error {
	for name, cfg := range map[string]*tls.Config{"WS": nil, "WSS": {Certificates: []tls.Certificate{p.pki.Leaf.TLS}}} {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		p.ports[name] = ln.Addr().(*net.TCPAddr).Port
		if cfg != nil {
			ln = tls.NewListener(ln, cfg)
		}
		srv := &http.Server{Handler: wsecho.Handler(wsCommand)}
		p.closers = append(p.closers, srv)
		p.goRun(func() { _ = srv.Serve(ln) })
	}
	return nil
}

// wsCommand answers "header NAME" with the request's header NAME and
// "protocol" with the negotiated subprotocol.
func wsCommand(ctx context.Context, c *websocket.Conn, r *http.Request, text string) (bool, error) {
	var answer string
	switch name, arg, _ := strings.Cut(text, " "); name {
	case "header":
		answer = r.Header.Get(arg)
	case "protocol":
		answer = c.Subprotocol()
	default:
		return false, nil
	}
	return true, c.Write(ctx, websocket.MessageText, []byte(answer))
}
