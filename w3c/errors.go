package w3c

import (
	"errors"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// Mozilla's names for socket failures, which the contract uses as the
// error's name beside Node's code.
const (
	nameRefused     = "ConnectionRefusedError"
	nameTimeout     = "NetworkTimeoutError"
	nameNotFound    = "DomainNotFoundError"
	nameInterrupt   = "NetworkInterruptError"
	nameCertificate = "SecurityCertificateError"
	nameProtocol    = "SecurityProtocolError"
	nameNetwork     = "NetworkError"
)

// certificateCodes are Node's codes for a certificate that failed
// verification.
var certificateCodes = map[string]bool{
	"DEPTH_ZERO_SELF_SIGNED_CERT":               true,
	"SELF_SIGNED_CERT_IN_CHAIN":                 true,
	"UNABLE_TO_VERIFY_LEAF_SIGNATURE":           true,
	"UNABLE_TO_GET_ISSUER_CERT":                 true,
	"UNABLE_TO_GET_ISSUER_CERT_LOCALLY":         true,
	"CERT_HAS_EXPIRED":                          true,
	"CERT_NOT_YET_VALID":                        true,
	"CERT_REVOKED":                              true,
	"CERT_UNTRUSTED":                            true,
	"CERT_REJECTED":                             true,
	"CERT_SIGNATURE_FAILURE":                    true,
	"ERR_TLS_CERT_ALTNAME_INVALID":              true,
	"ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE": true,
}

// mozillaName returns the contract's error name for a Node error code.
func mozillaName(code string) string {
	switch code {
	case "ECONNREFUSED":
		return nameRefused
	case "ETIMEDOUT", "ERR_TLS_HANDSHAKE_TIMEOUT":
		return nameTimeout
	case "ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NODATA", "EAI_NONAME", "ENODATA":
		return nameNotFound
	case "ECONNRESET", "EPIPE", "ECONNABORTED", "ENETRESET", "ENETDOWN":
		return nameInterrupt
	}
	switch {
	case certificateCodes[code], strings.Contains(code, "CERTIFICATE"), strings.HasSuffix(code, "UNKNOWN_CA"):
		return nameCertificate
	case strings.HasPrefix(code, "ERR_SSL_"), code == "EPROTO":
		return nameProtocol
	}
	return nameNetwork
}

// asSockErr returns err as the core's error type.
func asSockErr(err error) *sockerr.Error {
	var se *sockerr.Error
	if errors.As(err, &se) {
		return se
	}
	return &sockerr.Error{Message: err.Error(), Err: err}
}

// jsError builds the Error a failure is reported with: Node's message,
// errno, code and syscall, and Mozilla's name.
func (r *realm) jsError(se *sockerr.Error) *goja.Object {
	obj := nodeerr.FromSocket(r.vm, se)
	must(obj.DefineDataProperty("name", r.vm.ToValue(mozillaName(se.Code)), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	return obj
}

// newErrorEvent builds the ErrorEvent of a failure.
func (r *realm) newErrorEvent(se *sockerr.Error) *goja.Object {
	e := &errorData{
		message: se.Error(),
		err:     r.jsError(se),
		name:    r.vm.ToValue(mozillaName(se.Code)),
		code:    r.vm.ToValue(se.Code),
	}
	return r.newEvent(r.errorEvent, "error", e)
}
