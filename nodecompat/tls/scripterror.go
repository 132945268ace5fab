package tls

import "github.com/dop251/goja"

// scriptError carries a value from a script's callback into the core and
// back, so that the socket reports that very value: what checkServerIdentity
// returned (authorizationError, 'error'), what an ALPNCallback threw
// (tlsClientError).
type scriptError struct{ value goja.Value }

// Error implements error.
func (e *scriptError) Error() string { return e.value.String() }
