package dns

import (
	"encoding/binary"
	"net/netip"
	"strings"

	"golang.org/x/net/dns/dnsmessage"
)

// Record types dnsmessage has no constant for.
const (
	typeNAPTR dnsmessage.Type = 35
	typeCAA   dnsmessage.Type = 257
)

// record is one answer record, in the fields its type uses.
type record struct {
	typ  dnsmessage.Type
	ttl  uint32
	addr netip.Addr // A, AAAA
	// name is the target of CNAME, NS and PTR, the exchange of MX, the
	// target of SRV and the replacement of NAPTR.
	name     string
	priority uint16 // MX preference, SRV priority
	weight   uint16 // SRV
	port     uint16 // SRV
	txt      []string
	soa      *dnsmessage.SOAResource
	naptr    *naptr
	caa      *caa
}

// naptr is the body of a NAPTR record (RFC 3403).
type naptr struct {
	order, preference      uint16
	flags, service, regexp string
}

// caa is the body of a CAA record (RFC 8659).
type caa struct {
	flags      uint8
	tag, value string
}

// answers returns the records of msg's answer section whose type is want,
// or every record when want is dnsmessage.TypeALL. Records that do not
// parse are skipped.
func answers(msg *dnsmessage.Message, want dnsmessage.Type) []record {
	var out []record
	for _, rr := range msg.Answers {
		if want != dnsmessage.TypeALL && rr.Header.Type != want {
			continue
		}
		if r, ok := toRecord(rr); ok {
			out = append(out, r)
		}
	}
	return out
}

// toRecord converts a parsed resource into a record.
func toRecord(rr dnsmessage.Resource) (record, bool) {
	r := record{typ: rr.Header.Type, ttl: rr.Header.TTL}
	switch b := rr.Body.(type) {
	case *dnsmessage.AResource:
		r.addr = netip.AddrFrom4(b.A)
	case *dnsmessage.AAAAResource:
		r.addr = netip.AddrFrom16(b.AAAA)
	case *dnsmessage.CNAMEResource:
		r.name = hostName(b.CNAME)
	case *dnsmessage.NSResource:
		r.name = hostName(b.NS)
	case *dnsmessage.PTRResource:
		r.name = hostName(b.PTR)
	case *dnsmessage.MXResource:
		r.name, r.priority = hostName(b.MX), b.Pref
	case *dnsmessage.SRVResource:
		r.name, r.priority, r.weight, r.port = hostName(b.Target), b.Priority, b.Weight, b.Port
	case *dnsmessage.TXTResource:
		r.txt = b.TXT
	case *dnsmessage.SOAResource:
		r.soa = b
	case *dnsmessage.UnknownResource:
		return unknownRecord(r, b)
	default:
		return r, false
	}
	return r, true
}

// unknownRecord parses the types dnsmessage leaves raw.
func unknownRecord(r record, b *dnsmessage.UnknownResource) (record, bool) {
	var ok bool
	switch r.typ {
	case typeNAPTR:
		r.naptr, r.name, ok = parseNAPTR(b.Data)
	case typeCAA:
		r.caa, ok = parseCAA(b.Data)
	}
	return r, ok
}

// hostName is a domain name as Node shows it: without the final dot.
func hostName(n dnsmessage.Name) string {
	s := n.String()
	if len(s) > 1 {
		s = strings.TrimSuffix(s, ".")
	}
	return s
}

// parseNAPTR reads a NAPTR body: order, preference, three character
// strings and an uncompressed replacement name.
func parseNAPTR(b []byte) (*naptr, string, bool) {
	if len(b) < 4 {
		return nil, "", false
	}
	n := &naptr{order: binary.BigEndian.Uint16(b), preference: binary.BigEndian.Uint16(b[2:])}
	b = b[4:]
	for _, dst := range []*string{&n.flags, &n.service, &n.regexp} {
		if len(b) < 1 || len(b) < 1+int(b[0]) {
			return nil, "", false
		}
		*dst, b = string(b[1:1+int(b[0])]), b[1+int(b[0]):]
	}
	var labels []string
	for {
		if len(b) < 1 || len(b) < 1+int(b[0]) {
			return nil, "", false
		}
		size := int(b[0])
		if size == 0 {
			break
		}
		labels = append(labels, string(b[1:1+size]))
		b = b[1+size:]
	}
	return n, strings.Join(labels, "."), true
}

// parseCAA reads a CAA body: flags, tag length, tag, value.
func parseCAA(b []byte) (*caa, bool) {
	if len(b) < 2 || len(b) < 2+int(b[1]) {
		return nil, false
	}
	return &caa{flags: b[0], tag: string(b[2 : 2+int(b[1])]), value: string(b[2+int(b[1]):])}, true
}
