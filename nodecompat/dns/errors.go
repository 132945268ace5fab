package dns

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// errorCodes are the dns module's error-code constants, in Node's order.
var errorCodes = [][2]string{
	{"NODATA", codeNoData}, {"FORMERR", codeFormErr}, {"SERVFAIL", codeServFail}, {"NOTFOUND", codeNotFound},
	{"NOTIMP", codeNotImp}, {"REFUSED", codeRefused}, {"BADQUERY", "EBADQUERY"}, {"BADNAME", codeBadName},
	{"BADFAMILY", "EBADFAMILY"}, {"BADRESP", codeBadResp}, {"CONNREFUSED", codeConnRefused},
	{"TIMEOUT", codeTimeout}, {"EOF", "EOF"}, {"FILE", "EFILE"}, {"NOMEM", "ENOMEM"},
	{"DESTRUCTION", "EDESTRUCTION"}, {"BADSTR", "EBADSTR"}, {"BADFLAGS", "EBADFLAGS"}, {"NONAME", "ENONAME"},
	{"BADHINTS", "EBADHINTS"}, {"NOTINITIALIZED", "ENOTINITIALIZED"}, {"LOADIPHLPAPI", "ELOADIPHLPAPI"},
	{"ADDRGETNETWORKPARAMS", "EADDRGETNETWORKPARAMS"}, {"CANCELLED", codeCancelled},
}

// dnsError is Node's error for a failed query: "queryMx ENOTFOUND host",
// with errno (undefined unless the OS gave one), code, syscall and hostname.
func dnsError(vm *goja.Runtime, syscall, code, hostname string, errno int) *goja.Object {
	return nodeerr.FromSocket(vm, &sockerr.Error{
		Code: code, Errno: errno, Syscall: syscall, Hostname: hostname,
		Message: syscall + " " + code + " " + hostname,
	})
}
