package tls

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/core/tlsconn"
)

// certificate builds getPeerCertificate()'s object, with Node's keys in
// Node's order; with detailed, issuerCertificate links the chain (a
// self-signed root is its own issuer). No certificate gives {}.
func (m *module) certificate(c *tlsconn.Certificate, detailed bool) goja.Value {
	if c == nil {
		return m.vm.NewObject()
	}
	if !detailed {
		return m.certObject(c)
	}
	seen := map[*tlsconn.Certificate]*goja.Object{}
	var build func(c *tlsconn.Certificate) *goja.Object
	build = func(c *tlsconn.Certificate) *goja.Object {
		if o, ok := seen[c]; ok {
			return o
		}
		o := m.certObject(c)
		seen[c] = o
		if c.IssuerCertificate != nil {
			set(o, "issuerCertificate", build(c.IssuerCertificate))
		}
		return o
	}
	return build(c)
}

// certObject describes one certificate.
func (m *module) certObject(c *tlsconn.Certificate) *goja.Object {
	vm := m.vm
	o := vm.NewObject()
	set(o, "subject", m.nameObject(c.Subject))
	set(o, "issuer", m.nameObject(c.Issuer))
	if c.SubjectAltName != "" {
		set(o, "subjectaltname", c.SubjectAltName)
	}
	set(o, "ca", c.CA)
	switch {
	case c.Modulus != "":
		set(o, "modulus", c.Modulus)
		set(o, "bits", c.Bits)
		set(o, "exponent", c.Exponent)
		set(o, "pubkey", buffer.Wrap(vm, append([]byte(nil), c.PubKey...)))
	case c.NISTCurve != "":
		set(o, "bits", c.Bits)
		set(o, "pubkey", buffer.Wrap(vm, append([]byte(nil), c.PubKey...)))
		set(o, "asn1Curve", c.ASN1Curve)
		set(o, "nistCurve", c.NISTCurve)
	case c.PubKey != nil:
		set(o, "pubkey", buffer.Wrap(vm, append([]byte(nil), c.PubKey...)))
	}
	set(o, "valid_from", c.ValidFrom)
	set(o, "valid_to", c.ValidTo)
	set(o, "fingerprint", c.Fingerprint)
	set(o, "fingerprint256", c.Fingerprint256)
	set(o, "fingerprint512", c.Fingerprint512)
	if len(c.ExtKeyUsage) > 0 {
		usages := make([]interface{}, len(c.ExtKeyUsage))
		for i, u := range c.ExtKeyUsage {
			usages[i] = u
		}
		set(o, "ext_key_usage", vm.NewArray(usages...))
	}
	set(o, "serialNumber", c.SerialNumber)
	set(o, "raw", buffer.Wrap(vm, append([]byte(nil), c.Raw...)))
	return o
}

// nameObject is a distinguished name as Node shows it: a null-prototype
// object, a repeated attribute holding an array of its values.
func (m *module) nameObject(n tlsconn.Name) *goja.Object {
	o := m.vm.NewObject()
	_ = o.SetPrototype(nil)
	for _, f := range n {
		prev := o.Get(f.Key)
		switch p := prev.(type) {
		case nil:
			set(o, f.Key, f.Value)
		case *goja.Object:
			arr, _ := p.Export().([]interface{})
			set(o, f.Key, m.vm.NewArray(append(arr, f.Value)...))
		default:
			set(o, f.Key, m.vm.NewArray(prev.String(), f.Value))
		}
	}
	return o
}
