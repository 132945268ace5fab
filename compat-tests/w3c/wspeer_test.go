package w3ctests

import (
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"strconv"
	"strings"

	"github.com/coder/websocket"
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
		srv := &http.Server{Handler: http.HandlerFunc(wsEcho)}
		p.closers = append(p.closers, srv)
		p.goRun(func() { _ = srv.Serve(ln) })
	}
	return nil
}

// wsEcho serves one WebSocket connection of the WS peer.
func wsEcho(w http.ResponseWriter, r *http.Request) {
	c, err := websocket.Accept(w, r, &websocket.AcceptOptions{
		Subprotocols:    []string{"chat", "superchat"},
		CompressionMode: websocket.CompressionContextTakeover,
	})
	if err != nil {
		return
	}
	defer c.CloseNow()
	c.SetReadLimit(64 << 20)
	ctx := context.Background()
	for {
		typ, data, err := c.Read(ctx)
		if err != nil {
			return
		}
		if typ == websocket.MessageText {
			cmd, arg, _ := strings.Cut(string(data), " ")
			switch cmd {
			case "close":
				codeText, reason, _ := strings.Cut(arg, " ")
				code, _ := strconv.Atoi(codeText)
				_ = c.Close(websocket.StatusCode(code), reason)
				return
			case "header":
				data = []byte(r.Header.Get(arg))
			case "protocol":
				data = []byte(c.Subprotocol())
			}
		}
		if c.Write(ctx, typ, data) != nil {
			return
		}
	}
}
