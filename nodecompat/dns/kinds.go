package dns

import (
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/net/dns/dnsmessage"
)

// kind is one resolve method: resolve4, resolveMx, ...
type kind struct {
	method  string          // the method's name
	rrtype  string          // its name for resolve(name, rrtype)
	qtype   dnsmessage.Type // the question's type
	syscall string          // the syscall its errors name
	ttl     bool            // takes { ttl } options
	// convert turns the records of the answer into the callback's value;
	// ok false means there were none of interest (ENODATA).
	convert func(vm *goja.Runtime, recs []record, ttl bool) (v goja.Value, ok bool)
}

// kinds lists the resolve methods in the order Node's Resolver defines them.
var kinds = []*kind{
	{"resolveAny", "ANY", dnsmessage.TypeALL, "queryAny", false, anyRecords},
	{"resolve4", "A", dnsmessage.TypeA, "queryA", true, addresses},
	{"resolve6", "AAAA", dnsmessage.TypeAAAA, "queryAaaa", true, addresses},
	{"resolveCaa", "CAA", typeCAA, "queryCaa", false, each(caaObject)},
	{"resolveCname", "CNAME", dnsmessage.TypeCNAME, "queryCname", false, each(targetName)},
	{"resolveMx", "MX", dnsmessage.TypeMX, "queryMx", false, each(mxObject)},
	{"resolveNs", "NS", dnsmessage.TypeNS, "queryNs", false, each(targetName)},
	{"resolveTxt", "TXT", dnsmessage.TypeTXT, "queryTxt", false, each(txtChunks)},
	{"resolveSrv", "SRV", dnsmessage.TypeSRV, "querySrv", false, each(srvObject)},
	{"resolvePtr", "PTR", dnsmessage.TypePTR, "queryPtr", false, each(targetName)},
	{"resolveNaptr", "NAPTR", typeNAPTR, "queryNaptr", false, each(naptrObject)},
	{"resolveSoa", "SOA", dnsmessage.TypeSOA, "querySoa", false, firstSOA},
}

// kindByType finds the kind resolve(name, rrtype) uses.
func kindByType(rrtype string) *kind {
	for _, k := range kinds {
		if k.rrtype == rrtype {
			return k
		}
	}
	return nil
}

// object builds a plain object with the given properties in order.
func object(vm *goja.Runtime, kv ...any) *goja.Object {
	o := vm.NewObject()
	for i := 0; i+1 < len(kv); i += 2 {
		_ = o.Set(kv[i].(string), kv[i+1])
	}
	return o
}

// each converts every record with one function into an array.
func each[T goja.Value](conv func(vm *goja.Runtime, r record) T) func(*goja.Runtime, []record, bool) (goja.Value, bool) {
	return func(vm *goja.Runtime, recs []record, _ bool) (goja.Value, bool) {
		vals := make([]any, len(recs))
		for i, r := range recs {
			vals[i] = conv(vm, r)
		}
		return vm.NewArray(vals...), len(recs) > 0
	}
}

// addresses converts A or AAAA records: strings, or { address, ttl }.
func addresses(vm *goja.Runtime, recs []record, ttl bool) (goja.Value, bool) {
	vals := make([]any, len(recs))
	for i, r := range recs {
		if ttl {
			vals[i] = object(vm, "address", r.addr.String(), "ttl", r.ttl)
		} else {
			vals[i] = r.addr.String()
		}
	}
	return vm.NewArray(vals...), len(recs) > 0
}

func targetName(vm *goja.Runtime, r record) goja.Value { return vm.ToValue(r.name) }

func mxObject(vm *goja.Runtime, r record) *goja.Object {
	return object(vm, "exchange", r.name, "priority", r.priority)
}

func txtChunks(vm *goja.Runtime, r record) *goja.Object {
	chunks := make([]any, len(r.txt))
	for i, c := range r.txt {
		chunks[i] = c
	}
	return vm.NewArray(chunks...)
}

func srvObject(vm *goja.Runtime, r record) *goja.Object {
	return object(vm, "name", r.name, "port", r.port, "priority", r.priority, "weight", r.weight)
}

func naptrObject(vm *goja.Runtime, r record) *goja.Object {
	n := r.naptr
	return object(vm, "flags", n.flags, "service", n.service, "regexp", n.regexp,
		"replacement", r.name, "order", n.order, "preference", n.preference)
}

func caaObject(vm *goja.Runtime, r record) *goja.Object {
	return object(vm, "critical", r.caa.flags, r.caa.tag, r.caa.value)
}

func soaObject(vm *goja.Runtime, r record) *goja.Object {
	s := r.soa
	return object(vm, "nsname", hostName(s.NS), "hostmaster", hostName(s.MBox), "serial", s.Serial,
		"refresh", s.Refresh, "retry", s.Retry, "expire", s.Expire, "minttl", s.MinTTL)
}

// firstSOA converts the answer's first SOA record into one object.
func firstSOA(vm *goja.Runtime, recs []record, _ bool) (goja.Value, bool) {
	if len(recs) == 0 {
		return nil, false
	}
	return soaObject(vm, recs[0]), true
}

// anyOrder is the order in which Node groups resolveAny's records.
var anyOrder = []dnsmessage.Type{
	dnsmessage.TypeA, dnsmessage.TypeCNAME, dnsmessage.TypeAAAA, dnsmessage.TypeMX, dnsmessage.TypeNS,
	dnsmessage.TypeTXT, dnsmessage.TypeSRV, dnsmessage.TypePTR, typeNAPTR, dnsmessage.TypeSOA, typeCAA,
}

// anyRecords converts an ANY answer: objects with a type property, grouped
// by type in Node's order, one SOA at most.
func anyRecords(vm *goja.Runtime, recs []record, _ bool) (goja.Value, bool) {
	var vals []any
	for _, t := range anyOrder {
		for _, r := range recs {
			if r.typ != t {
				continue
			}
			vals = append(vals, anyObject(vm, r))
			if t == dnsmessage.TypeSOA {
				break
			}
		}
	}
	return vm.NewArray(vals...), len(vals) > 0
}

// anyObject is one record of resolveAny.
func anyObject(vm *goja.Runtime, r record) *goja.Object {
	var o *goja.Object
	switch r.typ {
	case dnsmessage.TypeA, dnsmessage.TypeAAAA:
		o = object(vm, "address", r.addr.String(), "ttl", r.ttl)
	case dnsmessage.TypeCNAME, dnsmessage.TypeNS, dnsmessage.TypePTR:
		o = object(vm, "value", r.name)
	case dnsmessage.TypeTXT:
		o = object(vm, "entries", txtChunks(vm, r))
	case dnsmessage.TypeSOA:
		o = soaObject(vm, r)
	case dnsmessage.TypeMX:
		o = mxObject(vm, r)
	case dnsmessage.TypeSRV:
		o = srvObject(vm, r)
	case typeNAPTR:
		o = naptrObject(vm, r)
	default:
		o = caaObject(vm, r)
	}
	_ = o.Set("type", typeName(r.typ))
	return o
}

// typeName is a record type's name in resolveAny's results.
func typeName(t dnsmessage.Type) string {
	switch t {
	case typeNAPTR:
		return "NAPTR"
	case typeCAA:
		return "CAA"
	}
	return strings.TrimPrefix(t.String(), "Type")
}
