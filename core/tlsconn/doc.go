// Package tlsconn gives the socket core's TLS Node's shape: contexts built
// from PEM options (CA, certificate chains, keys encrypted with a
// passphrase, protocol versions, ALPN, mutual TLS, a server's SNI
// callback), certificate verification with OpenSSL's verdicts and Node's
// codes (DEPTH_ZERO_SELF_SIGNED_CERT, SELF_SIGNED_CERT_IN_CHAIN,
// UNABLE_TO_VERIFY_LEAF_SIGNATURE, CERT_HAS_EXPIRED,
// ERR_TLS_CERT_ALTNAME_INVALID ...) and Node's host name rules, client
// session resumption, and what a connection reports after its handshake:
// protocol, cipher, ALPN result, the peer's certificate as
// getPeerCertificate() describes it, whether the session was reused.
//
// The TLS record layer itself runs on the loop in package tcp (see
// tcp.Conn.StartTLS); a Conn here is a tcp.Conn with the handshake's
// results. Start secures an open connection — freshly connected or
// accepted, or a STARTTLS upgrade — and Dial connects and secures.
//
// Like Node, and unlike crypto/tls's defaults, connections offer X25519
// first and no post-quantum hybrid key exchange.
package tlsconn
