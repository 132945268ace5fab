package tlsconn

import "crypto/tls"

// Cipher describes a negotiated cipher suite as Node's getCipher() does.
type Cipher struct {
	// Name is OpenSSL's name ("ECDHE-RSA-AES128-GCM-SHA256"), StandardName
	// the IANA name ("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), Version the
	// first protocol version that has the suite ("TLSv1.2", "TLSv1.3").
	Name, StandardName, Version string
}

// opensslNames maps crypto/tls's suites to OpenSSL's names; TLS 1.3 suites
// are named alike in both.
var opensslNames = map[uint16]string{
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256:       "ECDHE-ECDSA-AES128-GCM-SHA256",
	tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:         "ECDHE-RSA-AES128-GCM-SHA256",
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384:       "ECDHE-ECDSA-AES256-GCM-SHA384",
	tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384:         "ECDHE-RSA-AES256-GCM-SHA384",
	tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: "ECDHE-ECDSA-CHACHA20-POLY1305",
	tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256:   "ECDHE-RSA-CHACHA20-POLY1305",
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA:          "ECDHE-ECDSA-AES128-SHA",
	tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA:            "ECDHE-RSA-AES128-SHA",
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA:          "ECDHE-ECDSA-AES256-SHA",
	tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA:            "ECDHE-RSA-AES256-SHA",
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256:       "ECDHE-ECDSA-AES128-SHA256",
	tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256:         "ECDHE-RSA-AES128-SHA256",
	tls.TLS_RSA_WITH_AES_128_GCM_SHA256:               "AES128-GCM-SHA256",
	tls.TLS_RSA_WITH_AES_256_GCM_SHA384:               "AES256-GCM-SHA384",
	tls.TLS_RSA_WITH_AES_128_CBC_SHA:                  "AES128-SHA",
	tls.TLS_RSA_WITH_AES_256_CBC_SHA:                  "AES256-SHA",
	tls.TLS_RSA_WITH_AES_128_CBC_SHA256:               "AES128-SHA256",
	tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA:           "ECDHE-RSA-DES-CBC3-SHA",
	tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA:                 "DES-CBC3-SHA",
}

// cipherOf describes a suite.
func cipherOf(id uint16) Cipher {
	std := tls.CipherSuiteName(id)
	c := Cipher{Name: std, StandardName: std, Version: "TLSv1.3"}
	if name, ok := opensslNames[id]; ok {
		c.Name, c.Version = name, "TLSv1.2"
		switch id {
		case tls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
			tls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, tls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA,
			tls.TLS_RSA_WITH_AES_128_CBC_SHA, tls.TLS_RSA_WITH_AES_256_CBC_SHA,
			tls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, tls.TLS_RSA_WITH_3DES_EDE_CBC_SHA:
			c.Version = "TLSv1" // OpenSSL reports where the suite first appeared
		}
	}
	return c
}

// KeyExchange describes the ephemeral key exchange as Node's
// getEphemeralKeyInfo() does: {Type: "ECDH", Name: "X25519", Size: 253}.
type KeyExchange struct {
	Type, Name string
	Size       int
}

func keyExchangeOf(id tls.CurveID) KeyExchange {
	switch id {
	case tls.X25519:
		return KeyExchange{"ECDH", "X25519", 253}
	case tls.CurveP256:
		return KeyExchange{"ECDH", "prime256v1", 256}
	case tls.CurveP384:
		return KeyExchange{"ECDH", "secp384r1", 384}
	case tls.CurveP521:
		return KeyExchange{"ECDH", "secp521r1", 521}
	case 0:
		return KeyExchange{}
	}
	return KeyExchange{Type: "KEM", Name: id.String()}
}
