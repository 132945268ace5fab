package websockettests

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha1"
	"crypto/tls"
	"encoding/base64"
	"encoding/hex"
	"io"
	"net"
	"net/http"
	"testing"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/compat-tests/internal/wsecho"
)

// startGoServer starts the Go peer of client.js, written with
// github.com/coder/websocket (independent of our core/ws), and returns
// its ws:// base URL and its wss:// one, with the certificates of certs.
// Paths:
//
//   - /echo is the suites' echo peer (wsecho), with the commands of
//     goCommand.
//   - /raw?frame=HEX completes the opening handshake by hand, then writes
//     the frame bytes HEX as they are (for frames no library sends) and
//     closes the connection after the client's close frame.
func startGoServer(t *testing.T, certs *testCerts) (string, string) {
	mux := http.NewServeMux()
	mux.Handle("/echo", wsecho.Handler(goCommand))
	mux.HandleFunc("/raw", goRaw)
	plain := serve(t, mux, nil)
	secure := serve(t, mux, &tls.Config{Certificates: []tls.Certificate{certs.pki.Leaf.TLS}})
	return "ws://" + plain, "wss://" + secure
}

// serve serves h on a loopback port, over TLS if cfg is not nil, until
// the test ends, and returns the address.
func serve(t *testing.T, h http.Handler, cfg *tls.Config) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	if cfg != nil {
		ln = tls.NewListener(ln, cfg)
	}
	srv := &http.Server{Handler: h}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln)
	}()
	t.Cleanup(func() {
		_ = srv.Close()
		<-done
	})
	return addr
}

// goCommand runs the suite's text commands: "drop" closes the TCP
// connection without a close frame, "burst" sends burst().
func goCommand(ctx context.Context, c *websocket.Conn, _ *http.Request, cmd string) (bool, error) {
	switch cmd {
	case "drop":
		_ = c.CloseNow()
		return true, wsecho.ErrEnded
	case "burst":
		for _, m := range burst() {
			if err := goSend(ctx, c, m); err != nil {
				return true, err
			}
		}
		return true, nil
	}
	return false, nil
}

// goSend sends m, one frame per part.
func goSend(ctx context.Context, c *websocket.Conn, m burstMessage) error {
	typ := websocket.MessageText
	if m.binary {
		typ = websocket.MessageBinary
	}
	w, err := c.Writer(ctx, typ)
	if err != nil {
		return err
	}
	for _, part := range m.parts {
		if _, err := w.Write(part); err != nil {
			return err
		}
	}
	return w.Close()
}

// goRaw serves /raw: a hand-made handshake, then the frame in the query.
func goRaw(w http.ResponseWriter, r *http.Request) {
	frame, err := hex.DecodeString(r.URL.Query().Get("frame"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	conn, rw, err := http.NewResponseController(w).Hijack()
	if err != nil {
		return
	}
	defer conn.Close()
	sum := sha1.Sum([]byte(r.Header.Get("Sec-WebSocket-Key") + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
	var out bytes.Buffer
	out.WriteString("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n")
	out.WriteString("Sec-WebSocket-Accept: " + base64.StdEncoding.EncodeToString(sum[:]) + "\r\n\r\n")
	out.Write(frame)
	if _, err := conn.Write(out.Bytes()); err != nil {
		return
	}
	awaitClose(rw.Reader)
}

// awaitClose reads the client's frames until its close frame or the end
// of the connection; the server closes the connection then, as RFC 6455
// has servers do.
func awaitClose(r *bufio.Reader) {
	for {
		var h [2]byte
		if _, err := io.ReadFull(r, h[:]); err != nil {
			return
		}
		n := uint64(h[1] & 0x7f)
		if n >= 126 {
			ext := make([]byte, map[uint64]int{126: 2, 127: 8}[n])
			if _, err := io.ReadFull(r, ext); err != nil {
				return
			}
			n = 0
			for _, b := range ext {
				n = n<<8 | uint64(b)
			}
		}
		if h[1]&0x80 != 0 {
			n += 4 // the masking key
		}
		if _, err := r.Discard(int(n)); err != nil || h[0]&0x0f == 0x8 {
			return
		}
	}
}
