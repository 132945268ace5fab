package tcp

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"strings"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// alertReasons maps crypto/tls's alert texts to OpenSSL's reason names,
// from which Node builds its codes (ERR_SSL_<reason>) and messages (the
// reason in lower case with spaces).
var alertReasons = map[string]string{
	"unexpected message":              "SSLV3_ALERT_UNEXPECTED_MESSAGE",
	"bad record MAC":                  "SSLV3_ALERT_BAD_RECORD_MAC",
	"record overflow":                 "TLSV1_ALERT_RECORD_OVERFLOW",
	"handshake failure":               "SSLV3_ALERT_HANDSHAKE_FAILURE",
	"bad certificate":                 "SSLV3_ALERT_BAD_CERTIFICATE",
	"unsupported certificate":         "SSLV3_ALERT_UNSUPPORTED_CERTIFICATE",
	"revoked certificate":             "SSLV3_ALERT_CERTIFICATE_REVOKED",
	"expired certificate":             "SSLV3_ALERT_CERTIFICATE_EXPIRED",
	"unknown certificate":             "SSLV3_ALERT_CERTIFICATE_UNKNOWN",
	"illegal parameter":               "SSLV3_ALERT_ILLEGAL_PARAMETER",
	"unknown certificate authority":   "TLSV1_ALERT_UNKNOWN_CA",
	"access denied":                   "TLSV1_ALERT_ACCESS_DENIED",
	"error decoding message":          "TLSV1_ALERT_DECODE_ERROR",
	"error decrypting message":        "TLSV1_ALERT_DECRYPT_ERROR",
	"protocol version not supported":  "TLSV1_ALERT_PROTOCOL_VERSION",
	"insufficient security level":     "TLSV1_ALERT_INSUFFICIENT_SECURITY",
	"internal error":                  "TLSV1_ALERT_INTERNAL_ERROR",
	"inappropriate fallback":          "TLSV1_ALERT_INAPPROPRIATE_FALLBACK",
	"user canceled":                   "TLSV1_ALERT_USER_CANCELLED",
	"no renegotiation":                "TLSV1_ALERT_NO_RENEGOTIATION",
	"missing extension":               "TLSV13_ALERT_MISSING_EXTENSION",
	"unsupported extension":           "TLSV1_ALERT_UNSUPPORTED_EXTENSION",
	"unrecognized name":               "TLSV1_UNRECOGNIZED_NAME",
	"certificate required":            "TLSV13_ALERT_CERTIFICATE_REQUIRED",
	"no application protocol":         "TLSV1_ALERT_NO_APPLICATION_PROTOCOL",
	"bad certificate status response": "TLSV1_BAD_CERTIFICATE_STATUS_RESPONSE",
	"unknown PSK identity":            "TLSV1_ALERT_UNKNOWN_PSK_IDENTITY",
	"encrypted client hello required": "TLSV1_ALERT_ECH_REQUIRED",
	"bad certificate hash value":      "TLSV1_BAD_CERTIFICATE_HASH_VALUE",
	"certificate unobtainable":        "TLSV1_CERTIFICATE_UNOBTAINABLE",
}

// tlsError turns a crypto/tls failure into the package's error with the
// code Node reports for it. inHandshake tells whether the handshake failed:
// a peer that went away then is Node's ECONNRESET "Client network socket
// disconnected before secure TLS connection was established".
func tlsError(err error, inHandshake bool) *sockerr.Error {
	var se *sockerr.Error
	if errors.As(err, &se) {
		return se
	}
	if inHandshake && (errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed)) {
		return &sockerr.Error{Code: "ECONNRESET", Errno: -104, Syscall: "read", Err: err,
			Message: "Client network socket disconnected before secure TLS connection was established"}
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "remote error" {
		text := strings.TrimPrefix(op.Err.Error(), "tls: ")
		if reason, ok := alertReasons[text]; ok {
			return reasonError(reason, err)
		}
	}
	var rh tls.RecordHeaderError
	if errors.As(err, &rh) {
		return reasonError("WRONG_VERSION_NUMBER", err)
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "unsupported versions"), strings.Contains(msg, "unsupported protocol version"),
		strings.Contains(msg, "protocol version not supported"):
		return reasonError("UNSUPPORTED_PROTOCOL", err)
	case strings.Contains(msg, "no application protocol"), strings.Contains(msg, "unsupported application protocols"):
		return reasonError("NO_APPLICATION_PROTOCOL", err)
	case strings.Contains(msg, "didn't provide a certificate"):
		return reasonError("PEER_DID_NOT_RETURN_A_CERTIFICATE", err)
	}
	return &sockerr.Error{Code: "EPROTO", Errno: -71, Syscall: "write", Message: msg, Err: err}
}

// reasonError builds Node's error for an OpenSSL reason.
func reasonError(reason string, err error) *sockerr.Error {
	return &sockerr.Error{
		Code:    "ERR_SSL_" + reason,
		Message: strings.ToLower(strings.ReplaceAll(reason, "_", " ")),
		Err:     err,
	}
}
