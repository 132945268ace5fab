// Package tls is Node.js v20's "tls" module for nodeshim: TLSSocket (a
// net.Socket), Server (a net.Server), connect, createServer,
// createSecureContext, checkServerIdentity, rootCertificates and the
// defaults, over the socket core's TLS (package core/tlsconn, whose
// records are read and written on the loop by core/tcp).
//
// The classes are JavaScript, extending the net module's through the Go
// API of package net: a TLSSocket takes over the core connection of the
// socket it wraps (STARTTLS, on either side) or of the handle it connects
// itself, and starts TLS on it. The handshake runs in the core; its
// outcome, the peer's certificate, the protocol, cipher, ALPN result and
// sessions reach JavaScript through the natives in this package.
//
// Verification is Node's and on by default: a client checks the server's
// chain and host name (failing the handshake with Node's codes, such as
// DEPTH_ZERO_SELF_SIGNED_CERT or ERR_TLS_CERT_ALTNAME_INVALID) unless
// rejectUnauthorized is false, in which case authorized and
// authorizationError tell the outcome; a custom checkServerIdentity runs
// after the handshake, as in Node.
package tls
