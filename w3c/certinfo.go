package w3c

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/tlsconn"
)

// certObject shows core/tlsconn's description of a certificate as the
// peerCertificate attribute does: subject and issuer as objects ({CN, O,
// ...}), subjectaltname, validFrom/validTo as Node prints dates (with
// Node's valid_from/valid_to too), fingerprints as upper-case hex pairs
// joined by ':', serialNumber, and raw, an ArrayBuffer of the DER.
func (r *realm) certObject(c *tlsconn.Certificate) *goja.Object {
	o := r.vm.NewObject()
	must(o.Set("subject", r.distinguishedName(c.Subject)))
	must(o.Set("issuer", r.distinguishedName(c.Issuer)))
	if c.SubjectAltName != "" {
		must(o.Set("subjectaltname", c.SubjectAltName))
	}
	must(o.Set("validFrom", c.ValidFrom))
	must(o.Set("validTo", c.ValidTo))
	must(o.Set("valid_from", c.ValidFrom))
	must(o.Set("valid_to", c.ValidTo))
	must(o.Set("fingerprint", c.Fingerprint))
	must(o.Set("fingerprint256", c.Fingerprint256))
	must(o.Set("serialNumber", c.SerialNumber))
	must(o.Set("raw", r.vm.NewArrayBuffer(clone(c.Raw))))
	return o
}

// distinguishedName returns a name's attributes in order; an attribute
// that appears more than once becomes an array, as in Node.
func (r *realm) distinguishedName(n tlsconn.Name) *goja.Object {
	o := r.vm.NewObject()
	values := map[string][]any{}
	var order []string
	for _, f := range n {
		if _, seen := values[f.Key]; !seen {
			order = append(order, f.Key)
		}
		values[f.Key] = append(values[f.Key], f.Value)
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
