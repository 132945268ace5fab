package tlsconn

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"fmt"
	"math/big"
	"net/netip"
	"strings"
)

// Certificate is a certificate as Node's getPeerCertificate() describes it.
type Certificate struct {
	Subject, Issuer Name
	// SubjectAltName is OpenSSL's text: "DNS:example.com, IP Address:127.0.0.1".
	SubjectAltName string
	CA             bool
	// ValidFrom and ValidTo are OpenSSL's dates: "Dec  1 20:45:26 2026 GMT".
	ValidFrom, ValidTo string
	// Fingerprint (SHA-1), Fingerprint256 and Fingerprint512 are upper-case
	// hex pairs joined by ':'.
	Fingerprint, Fingerprint256, Fingerprint512 string
	// SerialNumber is upper-case hex.
	SerialNumber string
	// ExtKeyUsage lists the extended key usage OIDs, in order.
	ExtKeyUsage []string
	// Bits is the key size; PubKey the public key (an EC point, or the
	// DER of an RSA key); Modulus and Exponent describe RSA keys, ASN1Curve
	// and NISTCurve EC keys.
	Bits                 int
	PubKey               []byte
	Modulus, Exponent    string
	ASN1Curve, NISTCurve string
	// Raw is the DER encoding.
	Raw []byte
	// IssuerCertificate is the next certificate up the chain (nil at its
	// end; a self-signed root is its own issuer, as in Node).
	IssuerCertificate *Certificate
}

// NameField is one attribute of a distinguished name, with OpenSSL's short
// name as key ("CN", "O", "OU", "C", "ST", "L" ...).
type NameField struct {
	Key, Value string
}

// Name is a distinguished name in its order; Node makes an object of it, a
// repeated key holding an array.
type Name []NameField

// shortNames maps attribute OIDs to OpenSSL's short names.
var shortNames = map[string]string{
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
	"2.5.4.97":                   "organizationIdentifier",
	"1.2.840.113549.1.9.1":       "emailAddress",
	"0.9.2342.19200300.100.1.25": "DC",
	"0.9.2342.19200300.100.1.1":  "UID",
}

func nameOf(seq pkix.RDNSequence) Name {
	var n Name
	for _, set := range seq {
		for _, atv := range set {
			key, ok := shortNames[atv.Type.String()]
			if !ok {
				key = atv.Type.String()
			}
			n = append(n, NameField{Key: key, Value: fmt.Sprint(atv.Value)})
		}
	}
	return n
}

// describe builds the description of chain[0], with the rest of the chain
// as its issuers.
func describe(chain []*x509.Certificate) *Certificate {
	if len(chain) == 0 {
		return nil
	}
	var first, prev *Certificate
	for _, c := range chain {
		d := describeOne(c)
		if first == nil {
			first = d
		} else {
			prev.IssuerCertificate = d
		}
		prev = d
	}
	if last := chain[len(chain)-1]; selfSigned(last) {
		prev.IssuerCertificate = prev
	}
	return first
}

const opensslDate = "Jan _2 15:04:05 2006 GMT"

func describeOne(c *x509.Certificate) *Certificate {
	d := &Certificate{
		Subject:        parseName(c.RawSubject),
		Issuer:         parseName(c.RawIssuer),
		SubjectAltName: subjectAltName(c),
		CA:             c.IsCA,
		ValidFrom:      c.NotBefore.UTC().Format(opensslDate),
		ValidTo:        c.NotAfter.UTC().Format(opensslDate),
		Fingerprint:    hexPairs(sha1Sum(c.Raw)),
		Fingerprint256: hexPairs(sha256Sum(c.Raw)),
		Fingerprint512: hexPairs(sha512Sum(c.Raw)),
		SerialNumber:   fmt.Sprintf("%X", c.SerialNumber.Bytes()),
		ExtKeyUsage:    extKeyUsage(c),
		Raw:            c.Raw,
	}
	switch k := c.PublicKey.(type) {
	case *rsa.PublicKey:
		d.Bits = k.N.BitLen()
		d.Modulus = fmt.Sprintf("%X", k.N)
		d.Exponent = "0x" + big.NewInt(int64(k.E)).Text(16)
		d.PubKey, _ = x509.MarshalPKIXPublicKey(k)
	case *ecdsa.PublicKey:
		d.Bits = k.Curve.Params().BitSize
		d.PubKey, _ = k.Bytes()
		d.NISTCurve = k.Curve.Params().Name
		d.ASN1Curve = map[string]string{"P-256": "prime256v1", "P-384": "secp384r1", "P-521": "secp521r1", "P-224": "secp224r1"}[d.NISTCurve]
	case ed25519.PublicKey:
		d.PubKey = k
	}
	return d
}

func sha1Sum(b []byte) []byte   { s := sha1.Sum(b); return s[:] }
func sha256Sum(b []byte) []byte { s := sha256.Sum256(b); return s[:] }
func sha512Sum(b []byte) []byte { s := sha512.Sum512(b); return s[:] }

func hexPairs(b []byte) string {
	parts := make([]string, len(b))
	for i, x := range b {
		parts[i] = fmt.Sprintf("%02X", x)
	}
	return strings.Join(parts, ":")
}

// parseName reads a DER distinguished name in order.
func parseName(der []byte) Name {
	var seq pkix.RDNSequence
	if _, err := asn1.Unmarshal(der, &seq); err != nil {
		return nil
	}
	return nameOf(seq)
}

var (
	oidSAN = asn1.ObjectIdentifier{2, 5, 29, 17}
	oidEKU = asn1.ObjectIdentifier{2, 5, 29, 37}
)

func extension(c *x509.Certificate, oid asn1.ObjectIdentifier) []byte {
	for _, e := range c.Extensions {
		if e.Id.Equal(oid) {
			return e.Value
		}
	}
	return nil
}

// subjectAltName prints the SAN extension in its order, as OpenSSL does.
func subjectAltName(c *x509.Certificate) string {
	raw := extension(c, oidSAN)
	var seq asn1.RawValue
	if raw == nil {
		return ""
	}
	if _, err := asn1.Unmarshal(raw, &seq); err != nil {
		return ""
	}
	var parts []string
	for rest := seq.Bytes; len(rest) > 0; {
		var v asn1.RawValue
		var err error
		if rest, err = asn1.Unmarshal(rest, &v); err != nil {
			break
		}
		if v.Class != asn1.ClassContextSpecific {
			continue
		}
		switch v.Tag {
		case 1:
			parts = append(parts, "email:"+string(v.Bytes))
		case 2:
			parts = append(parts, "DNS:"+string(v.Bytes))
		case 6:
			parts = append(parts, "URI:"+string(v.Bytes))
		case 7:
			parts = append(parts, "IP Address:"+ipText(v.Bytes))
		default:
			parts = append(parts, "othername:<unsupported>")
		}
	}
	return strings.Join(parts, ", ")
}

// ipText prints an IP SAN as OpenSSL does: IPv6 as eight groups without
// compression.
func ipText(b []byte) string {
	ip, ok := netip.AddrFromSlice(b)
	switch {
	case !ok:
		return "<invalid>"
	case ip.Is4():
		return ip.String()
	}
	a := ip.As16()
	groups := make([]string, 8)
	for i := range groups {
		groups[i] = fmt.Sprintf("%X", uint16(a[2*i])<<8|uint16(a[2*i+1]))
	}
	return strings.Join(groups, ":")
}

// extKeyUsage lists the extended key usage OIDs in their order.
func extKeyUsage(c *x509.Certificate) []string {
	raw := extension(c, oidEKU)
	if raw == nil {
		return nil
	}
	var oids []asn1.ObjectIdentifier
	if _, err := asn1.Unmarshal(raw, &oids); err != nil {
		return nil
	}
	out := make([]string, len(oids))
	for i, o := range oids {
		out[i] = o.String()
	}
	return out
}
