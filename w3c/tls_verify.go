package w3c

import (
	"bytes"
	"crypto/x509"
	"errors"
	"net"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// verifyServer checks a server's certificate chain against roots and then
// its identity against name, as Node does (the chain first, then
// checkServerIdentity), and fails with Node's codes and messages.
func verifyServer(certs []*x509.Certificate, roots *x509.CertPool, name string) error {
	if err := verifyChain(certs, roots, x509.ExtKeyUsageServerAuth); err != nil {
		return err
	}
	return checkIdentity(certs[0], name)
}

// verifyClient checks a client's certificate chain (a server with
// requestCert and rejectUnauthorized).
func verifyClient(certs []*x509.Certificate, roots *x509.CertPool) error {
	if len(certs) == 0 {
		return certError("ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE", "peer did not return a certificate", nil)
	}
	return verifyChain(certs, roots, x509.ExtKeyUsageClientAuth)
}

// certError builds a verification failure.
func certError(code, msg string, cause error) *sockerr.Error {
	return &sockerr.Error{Code: code, Message: msg, Err: cause}
}

// verifyChain verifies the chain as OpenSSL orders its checks: trust
// first (evaluated at a moment the leaf is valid), then the dates.
func verifyChain(certs []*x509.Certificate, roots *x509.CertPool, usage x509.ExtKeyUsage) error {
	if len(certs) == 0 {
		return certError("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate", nil)
	}
	leaf := certs[0]
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	opts := x509.VerifyOptions{
		Roots:         roots,
		Intermediates: inter,
		KeyUsages:     []x509.ExtKeyUsage{usage},
		CurrentTime:   leaf.NotBefore.Add(leaf.NotAfter.Sub(leaf.NotBefore) / 2),
	}
	chains, err := leaf.Verify(opts)
	if err != nil {
		return trustError(err, certs)
	}
	now := time.Now()
	for _, c := range chains[0] {
		switch {
		case now.After(c.NotAfter):
			return certError("CERT_HAS_EXPIRED", "certificate has expired", nil)
		case now.Before(c.NotBefore):
			return certError("CERT_NOT_YET_VALID", "certificate is not yet valid", nil)
		}
	}
	return nil
}

// trustError maps crypto/x509's verification failure to OpenSSL's.
func trustError(err error, certs []*x509.Certificate) error {
	var unknown x509.UnknownAuthorityError
	var invalid x509.CertificateInvalidError
	var system x509.SystemRootsError
	last := certs[len(certs)-1]
	switch {
	case errors.As(err, &unknown) || errors.As(err, &system):
		switch {
		case len(certs) == 1 && selfSigned(last):
			return certError("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate", err)
		case selfSigned(last):
			return certError("SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain", err)
		case len(certs) == 1:
			return certError("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate", err)
		}
		return certError("UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate", err)
	case errors.As(err, &invalid):
		switch invalid.Reason {
		case x509.Expired:
			if time.Now().Before(invalid.Cert.NotBefore) {
				return certError("CERT_NOT_YET_VALID", "certificate is not yet valid", err)
			}
			return certError("CERT_HAS_EXPIRED", "certificate has expired", err)
		case x509.IncompatibleUsage:
			return certError("INVALID_PURPOSE", "unsupported certificate purpose", err)
		}
	}
	return certError("CERT_REJECTED", "certificate rejected: "+err.Error(), err)
}

// selfSigned reports whether c is signed by its own key.
func selfSigned(c *x509.Certificate) bool {
	return bytes.Equal(c.RawIssuer, c.RawSubject) &&
		c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil
}

// checkIdentity is Node's checkServerIdentity: an IP name must be among
// the certificate's IP addresses, a host name must match one of its DNS
// names (or, with none, its common name).
func checkIdentity(cert *x509.Certificate, name string) error {
	if name == "" || cert.VerifyHostname(name) == nil {
		return nil
	}
	var reason string
	switch ip, err := netip.ParseAddr(name); {
	case err == nil:
		ips := make([]string, len(cert.IPAddresses))
		for i, a := range cert.IPAddresses {
			ips[i] = opensslIP(a)
		}
		reason = "IP: " + ip.String() + " is not in the cert's list: " + strings.Join(ips, ", ")
	case len(cert.DNSNames) > 0 || len(cert.IPAddresses) > 0:
		reason = "Host: " + name + ". is not in the cert's altnames: " + altNames(cert)
	default:
		reason = "Host: " + name + ". is not cert's CN: " + cert.Subject.CommonName
	}
	return certError("ERR_TLS_CERT_ALTNAME_INVALID", "Hostname/IP does not match certificate's altnames: "+reason, nil)
}

// altNames formats the subject alternative names as Node's
// subjectaltname: "DNS:localhost, IP Address:127.0.0.1".
func altNames(cert *x509.Certificate) string {
	var parts []string
	for _, d := range cert.DNSNames {
		parts = append(parts, "DNS:"+d)
	}
	for _, ip := range cert.IPAddresses {
		parts = append(parts, "IP Address:"+opensslIP(ip))
	}
	for _, e := range cert.EmailAddresses {
		parts = append(parts, "email:"+e)
	}
	for _, u := range cert.URIs {
		parts = append(parts, "URI:"+u.String())
	}
	return strings.Join(parts, ", ")
}

// opensslIP formats an address as OpenSSL prints it: IPv4 dotted, IPv6 as
// eight groups without compression ("0:0:0:0:0:0:0:1").
func opensslIP(ip net.IP) string {
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	groups := make([]string, 8)
	for i := range groups {
		groups[i] = strconv.FormatUint(uint64(ip[2*i])<<8|uint64(ip[2*i+1]), 16)
	}
	return strings.ToUpper(strings.Join(groups, ":"))
}
