package main

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"math"
	"net"
	"os"
	"path/filepath"
)

// tlsEndpoints builds TLS 1.3 endpoints over TCP with the bench certificates,
// X25519 only, the client verifying the server against the bench CA and
// keeping no session cache (every handshake is a full one).
func tlsEndpoints() (endpoints, error) {
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(certDir, name)) }
	certPEM, err := read("server.pem")
	if err != nil {
		return endpoints{}, err
	}
	keyPEM, err := read("server-key.pem")
	if err != nil {
		return endpoints{}, err
	}
	caPEM, err := read("ca.pem")
	if err != nil {
		return endpoints{}, err
	}
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		return endpoints{}, err
	}
	roots := x509.NewCertPool()
	if !roots.AppendCertsFromPEM(caPEM) {
		return endpoints{}, errors.New("no certificate in ca.pem")
	}
	curves := []tls.CurveID{tls.X25519}
	server := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS13, CurvePreferences: curves}
	client := &tls.Config{RootCAs: roots, ServerName: "localhost", MinVersion: tls.VersionTLS13, CurvePreferences: curves}
	return endpoints{
		listen: func() (net.Listener, error) { return tls.Listen("tcp4", "127.0.0.1:0", server) },
		dial:   func(addr string) (net.Conn, error) { return tls.Dial("tcp4", addr, client) },
	}, nil
}

// tlsThroughput is bench/node/tls-throughput.js.
func tlsThroughput() (figures, error) {
	e, err := tlsEndpoints()
	if err != nil {
		return nil, err
	}
	mbps, c, err := e.throughput()
	if err != nil {
		return nil, err
	}
	return figures{"mb_per_s": mbps, "cipher": tls.CipherSuiteName(c.(*tls.Conn).ConnectionState().CipherSuite)}, nil
}

// tlsHandshake is bench/node/tls-handshake.js.
func tlsHandshake() (figures, error) {
	e, err := tlsEndpoints()
	if err != nil {
		return nil, err
	}
	ln, err := e.listen()
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	go serve(ln, drainAndClose)
	addr := ln.Addr().String()
	first, err := e.dial(addr)
	if err != nil {
		return nil, err
	}
	state := first.(*tls.Conn).ConnectionState()
	if err := finish(first); err != nil {
		return nil, err
	}
	seq, c16, err := e.connRate(addr, 16)
	if err != nil {
		return nil, err
	}
	return figures{
		"seq_handshakes_per_s": math.Round(seq),
		"c16_handshakes_per_s": math.Round(c16),
		"group":                state.CurveID.String(),
		"cipher":               tls.CipherSuiteName(state.CipherSuite),
	}, nil
}
