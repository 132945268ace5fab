package w3c

import (
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"strings"

	"github.com/dop251/goja"
)

// attributeNames are OpenSSL's short names for the distinguished-name
// attributes, which Node uses as the keys of subject and issuer.
var attributeNames = map[string]string{
	"2.5.4.3":                    "CN",
	"2.5.4.4":                    "SN",
	"2.5.4.5":                    "serialNumber",
	"2.5.4.6":                    "C",
	"2.5.4.7":                    "L",
	"2.5.4.8":                    "ST",
	"2.5.4.9":                    "street",
	"2.5.4.10":                   "O",
	"2.5.4.11":                   "OU",
	"2.5.4.12":                   "title",
	"2.5.4.17":                   "postalCode",
	"2.5.4.42":                   "GN",
	"1.2.840.113549.1.9.1":       "emailAddress",
	"0.9.2342.19200300.100.1.25": "DC",
	"0.9.2342.19200300.100.1.1":  "UID",
}

// certObject describes a certificate as the peerCertificate attribute
// shows it: subject and issuer as objects ({CN, O, ...}), subjectaltname,
// validFrom/validTo as Node prints dates (with Node's valid_from/valid_to
// too), fingerprints as upper-case hex pairs joined by ':', serialNumber,
// and raw, an ArrayBuffer of the DER.
func (r *realm) certObject(c *x509.Certificate) *goja.Object {
	vm := r.vm
	o := vm.NewObject()
	must(o.Set("subject", r.distinguishedName(c.Subject)))
	must(o.Set("issuer", r.distinguishedName(c.Issuer)))
	if san := altNames(c); san != "" {
		must(o.Set("subjectaltname", san))
	}
	from := c.NotBefore.UTC().Format("Jan _2 15:04:05 2006 GMT")
	to := c.NotAfter.UTC().Format("Jan _2 15:04:05 2006 GMT")
	must(o.Set("validFrom", from))
	must(o.Set("validTo", to))
	must(o.Set("valid_from", from))
	must(o.Set("valid_to", to))
	sum1 := sha1.Sum(c.Raw)
	sum256 := sha256.Sum256(c.Raw)
	must(o.Set("fingerprint", hexPairs(sum1[:])))
	must(o.Set("fingerprint256", hexPairs(sum256[:])))
	must(o.Set("serialNumber", strings.ToUpper(c.SerialNumber.Text(16))))
	must(o.Set("raw", vm.NewArrayBuffer(clone(c.Raw))))
	return o
}

// distinguishedName returns a name's attributes in order; an attribute
// that appears more than once becomes an array.
func (r *realm) distinguishedName(n pkix.Name) *goja.Object {
	o := r.vm.NewObject()
	values := map[string][]any{}
	var order []string
	for _, atv := range n.Names {
		key := attributeName(atv.Type)
		if _, seen := values[key]; !seen {
			order = append(order, key)
		}
		values[key] = append(values[key], valueString(atv.Value))
	}
	for _, key := range order {
		if vs := values[key]; len(vs) == 1 {
			must(o.Set(key, vs[0]))
		} else {
			must(o.Set(key, r.vm.NewArray(vs...)))
		}
	}
	return o
}

func attributeName(oid asn1.ObjectIdentifier) string {
	if name, ok := attributeNames[oid.String()]; ok {
		return name
	}
	return oid.String()
}

func valueString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// hexPairs formats bytes as "AB:CD:...".
func hexPairs(b []byte) string {
	const digits = "0123456789ABCDEF"
	out := make([]byte, 0, len(b)*3)
	for i, c := range b {
		if i > 0 {
			out = append(out, ':')
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}
