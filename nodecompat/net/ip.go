package net

import (
	"net/netip"

	"github.com/dop251/goja"
)

// ipBytes(address, family) returns the 16 bytes of an IP address of the
// given family (4 or 6) as an array, IPv4 mapped into IPv6, or undefined
// when address is not one. BlockList compares these.
func ipBytes(call goja.FunctionCall, vm *goja.Runtime) goja.Value {
	ip, err := netip.ParseAddr(call.Argument(0).String())
	if err != nil || (call.Argument(1).ToInteger() == 4) != ip.Is4() {
		return goja.Undefined()
	}
	b := ip.As16()
	out := make([]interface{}, len(b))
	for i, x := range b {
		out[i] = int(x)
	}
	return vm.NewArray(out...)
}

// canonicalIP(address) returns an IP address in its canonical text form
// ("::1" for "0:0::1"), as Node prints a parsed address.
func canonicalIP(call goja.FunctionCall, vm *goja.Runtime) goja.Value {
	ip, err := netip.ParseAddr(call.Argument(0).String())
	if err != nil {
		return call.Argument(0)
	}
	return vm.ToValue(ip.String())
}
