package ws

import (
	"encoding/binary"
	"errors"
	"unicode/utf8"
)

// Close status codes (RFC 6455, section 7.4, and the IANA registry).
const (
	// CloseNormal is a normal closure.
	CloseNormal = 1000
	// CloseGoingAway: an endpoint is going away (a server shutting down).
	CloseGoingAway = 1001
	// CloseProtocolError: the peer broke the protocol.
	CloseProtocolError = 1002
	// CloseUnsupportedData: a data type the endpoint cannot accept.
	CloseUnsupportedData = 1003
	// CloseNoStatus is reported when a close frame carried no code; it is
	// never sent.
	CloseNoStatus = 1005
	// CloseAbnormal is reported when the connection ended without a close
	// frame; it is never sent.
	CloseAbnormal = 1006
	// CloseInvalidData: a text message was not UTF-8, or compressed data was
	// corrupt.
	CloseInvalidData = 1007
	// ClosePolicyViolation: a message broke the endpoint's policy.
	ClosePolicyViolation = 1008
	// CloseTooBig: a message exceeded the endpoint's size limit.
	CloseTooBig = 1009
	// CloseInternalError: the server met an unexpected condition.
	CloseInternalError = 1011
)

// MaxCloseReason is the longest close reason in bytes: a control frame's
// 125-byte payload less the two-byte code.
const MaxCloseReason = maxControlPayload - 2

var (
	// ErrCloseCode is returned for a close code that may not be sent: the
	// WHATWG API's InvalidAccessError.
	ErrCloseCode = errors.New("ws: the close code must be 1000 or in the range 3000-4999")
	// ErrCloseReason is returned for a close reason longer than
	// MaxCloseReason bytes in UTF-8, or not UTF-8: the WHATWG API's
	// SyntaxError.
	ErrCloseReason = errors.New("ws: the close reason must be at most 123 bytes of UTF-8")
	// ErrCloseReasonWithoutCode is returned for a reason given without a
	// code, which a close frame cannot carry.
	ErrCloseReasonWithoutCode = errors.New("ws: a close reason needs a close code")
)

// CheckUserClose applies the WHATWG WebSocket API's rules to the
// arguments of close(code, reason): code, when given (non-zero), must be
// 1000 or 3000-4999 (ErrCloseCode: throw InvalidAccessError), and reason
// must fit in MaxCloseReason bytes of UTF-8 (ErrCloseReason: throw
// SyntaxError). The script's string must already be converted to UTF-8
// (lone surrogates replaced). The WHATWG API lets a reason go without a
// code; the frame then carries 1000 (see UserCloseCode).
func CheckUserClose(code int, reason string) error {
	if code != 0 && code != CloseNormal && (code < 3000 || code > 4999) {
		return ErrCloseCode
	}
	if len(reason) > MaxCloseReason || !utf8.ValidString(reason) {
		return ErrCloseReason
	}
	return nil
}

// UserCloseCode returns the code to pass to Close for the WHATWG API's
// close(code, reason) once CheckUserClose accepted it: the code, or 1000
// when a reason comes without one, or 0 (no code) when neither is given.
func UserCloseCode(code int, reason string) int {
	if code == 0 && reason != "" {
		return CloseNormal
	}
	return code
}

// checkClose applies RFC 6455's rules to a close frame we are about to
// send: no code (0) and no reason, or a code that may be sent on the wire
// and a reason of at most MaxCloseReason bytes of UTF-8.
func checkClose(code int, reason string) error {
	switch {
	case code == 0 && reason != "":
		return ErrCloseReasonWithoutCode
	case code != 0 && !validWireCode(code):
		return ErrCloseCode
	case len(reason) > MaxCloseReason || !utf8.ValidString(reason):
		return ErrCloseReason
	}
	return nil
}

// validWireCode reports whether a close frame may carry code: the codes
// defined for use on the wire (not 1004-1006 or 1015, which are reserved
// or local), and the ranges for registered (3000-3999) and private
// (4000-4999) use.
func validWireCode(code int) bool {
	switch {
	case code >= 1000 && code <= 1003, code >= 1007 && code <= 1014:
		return true
	case code >= 3000 && code <= 4999:
		return true
	}
	return false
}

// closePayload builds a close frame's payload.
func closePayload(code int, reason string) []byte {
	if code == 0 {
		return nil
	}
	b := make([]byte, 2+len(reason))
	binary.BigEndian.PutUint16(b, uint16(code))
	copy(b[2:], reason)
	return b
}

// parseClose reads a received close frame's payload. An empty payload
// means CloseNoStatus. A one-byte payload or a code not allowed on the wire
// is a protocol error; a reason that is not UTF-8 is invalid data.
func parseClose(p []byte) (code int, reason string, err *ProtocolError) {
	switch {
	case len(p) == 0:
		return CloseNoStatus, "", nil
	case len(p) == 1:
		return 0, "", protocolError(CloseProtocolError, "WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH",
			"invalid payload length 1")
	}
	code = int(binary.BigEndian.Uint16(p))
	if !validWireCode(code) {
		return 0, "", protocolError(CloseProtocolError, "WS_ERR_INVALID_CLOSE_CODE",
			"invalid status code "+itoa(code))
	}
	if !utf8.Valid(p[2:]) {
		return 0, "", protocolError(CloseInvalidData, "WS_ERR_INVALID_UTF8", "invalid UTF-8 sequence")
	}
	return code, string(p[2:]), nil
}
