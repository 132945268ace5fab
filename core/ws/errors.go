package ws

import (
	"errors"
	"strconv"
)

// ProtocolError reports that the peer broke the WebSocket protocol (or a
// limit such as the maximum message size): the connection fails, the peer
// gets a close frame with Status, and the close is reported as abnormal
// (CloseAbnormal, not clean), as the WHATWG API requires.
type ProtocolError struct {
	// Status is the close code sent to the peer: CloseProtocolError,
	// CloseInvalidData or CloseTooBig.
	Status int
	// Code names the violation as the npm ws package does
	// ("WS_ERR_INVALID_UTF8", "WS_ERR_EXPECTED_MASK" ...).
	Code string
	// Message describes it.
	Message string
}

func (e *ProtocolError) Error() string {
	return "Invalid WebSocket frame: " + e.Message
}

func protocolError(status int, code, msg string) *ProtocolError {
	return &ProtocolError{Status: status, Code: code, Message: msg}
}

// HandshakeError reports a failed opening handshake: a response that is
// not a valid WebSocket upgrade (client), a request that is not one
// (server), a connection that ended before the handshake did, or its
// timeout.
type HandshakeError struct {
	// StatusCode is the HTTP status the server answered (client side) or
	// the one this end answered with (server side); 0 when there was none.
	StatusCode int
	// Message describes the failure.
	Message string
}

func (e *HandshakeError) Error() string { return e.Message }

var (
	// ErrNotOpen is what a send's callback gets when the connection is not
	// open (still connecting, closing or closed).
	ErrNotOpen = errors.New("ws: the connection is not open")
	// ErrClosedBeforeOpen is reported by OnError when Close or Destroy
	// ends a connection still in its opening handshake.
	ErrClosedBeforeOpen = &HandshakeError{Message: "WebSocket was closed before the connection was established"}
)

func itoa(n int) string { return strconv.Itoa(n) }
