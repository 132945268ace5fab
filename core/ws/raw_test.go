package ws

import (
	"bufio"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
)

// A raw peer speaks WebSocket with code written for the tests alone, so
// that it can break the protocol on purpose. It runs on goroutines of its
// own with blocking net.Conns.

// rawFrame is a frame to send or one received.
type rawFrame struct {
	first   byte // FIN, RSV and opcode bits
	payload []byte
	masked  bool
}

// encode builds the frame's bytes, masking with a fixed key when masked.
func (f rawFrame) encode() []byte {
	n := len(f.payload)
	b := []byte{f.first, 0}
	switch {
	case n < 126:
		b[1] = byte(n)
	case n < 1<<16:
		b[1] = 126
		b = binary.BigEndian.AppendUint16(b, uint16(n))
	default:
		b[1] = 127
		b = binary.BigEndian.AppendUint64(b, uint64(n))
	}
	if !f.masked {
		return append(b, f.payload...)
	}
	b[1] |= 0x80
	key := []byte{0x12, 0x34, 0x56, 0x78}
	b = append(b, key...)
	for i, c := range f.payload {
		b = append(b, c^key[i%4])
	}
	return b
}

// readRawFrame reads one frame (unmasking it).
func readRawFrame(r *bufio.Reader) (rawFrame, error) {
	var h [2]byte
	if _, err := io.ReadFull(r, h[:]); err != nil {
		return rawFrame{}, err
	}
	n := uint64(h[1] & 0x7F)
	switch n {
	case 126:
		var e [2]byte
		if _, err := io.ReadFull(r, e[:]); err != nil {
			return rawFrame{}, err
		}
		n = uint64(binary.BigEndian.Uint16(e[:]))
	case 127:
		var e [8]byte
		if _, err := io.ReadFull(r, e[:]); err != nil {
			return rawFrame{}, err
		}
		n = binary.BigEndian.Uint64(e[:])
	}
	var key [4]byte
	masked := h[1]&0x80 != 0
	if masked {
		if _, err := io.ReadFull(r, key[:]); err != nil {
			return rawFrame{}, err
		}
	}
	p := make([]byte, n)
	if _, err := io.ReadFull(r, p); err != nil {
		return rawFrame{}, err
	}
	if masked {
		for i := range p {
			p[i] ^= key[i%4]
		}
	}
	return rawFrame{first: h[0], payload: p, masked: masked}, nil
}

// closeCodeOf returns the code of a close frame, 0 for another frame.
func closeCodeOf(f rawFrame) int {
	if f.first&0x0F != 0x8 || len(f.payload) < 2 {
		return 0
	}
	return int(binary.BigEndian.Uint16(f.payload))
}

// rawAccept computes Sec-WebSocket-Accept for the raw peers.
func rawAccept(key string) string {
	sum := sha1.Sum([]byte(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
	return base64.StdEncoding.EncodeToString(sum[:])
}

// rawUpgrade connects to a ws:// URL's host and performs the client's
// opening handshake with extra request header lines.
func rawUpgrade(url, extra string) (net.Conn, *bufio.Reader, *http.Response, error) {
	conn, err := net.Dial("tcp", strings.TrimPrefix(url, "ws://"))
	if err != nil {
		return nil, nil, nil, err
	}
	const key = "dGhlIHNhbXBsZSBub25jZQ=="
	_, err = io.WriteString(conn, "GET /chat HTTP/1.1\r\nHost: example\r\nUpgrade: websocket\r\n"+
		"Connection: Upgrade\r\nSec-WebSocket-Key: "+key+"\r\nSec-WebSocket-Version: 13\r\n"+extra+"\r\n")
	if err != nil {
		conn.Close()
		return nil, nil, nil, err
	}
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err == nil && resp.StatusCode == http.StatusSwitchingProtocols &&
		resp.Header.Get("Sec-WebSocket-Accept") != rawAccept(key) {
		err = errors.New("wrong Sec-WebSocket-Accept")
	}
	if err != nil {
		conn.Close()
		return nil, nil, nil, err
	}
	return conn, br, resp, nil
}

// rawServer listens on loopback and serves one connection with serve on a
// goroutine; the returned channel yields serve's error when it is done.
func rawServer(serve func(conn net.Conn, br *bufio.Reader, req *http.Request) error) (string, <-chan error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	done := make(chan error, 1)
	if err != nil {
		done <- err
		return "ws://127.0.0.1:1", done
	}
	go func() {
		defer ln.Close()
		conn, err := ln.Accept()
		if err != nil {
			done <- err
			return
		}
		defer conn.Close()
		br := bufio.NewReader(conn)
		req, err := http.ReadRequest(br)
		if err != nil {
			done <- err
			return
		}
		done <- serve(conn, br, req)
	}()
	return "ws://" + ln.Addr().String() + "/", done
}

// ignoreEOF treats the end of the stream as success.
func ignoreEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return nil
	}
	return err
}
