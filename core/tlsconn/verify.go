package tlsconn

import (
	"bytes"
	"crypto/x509"
	"errors"
	"net/netip"
	"strings"
	"time"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// Certificate verification with Node's (OpenSSL's) verdicts. OpenSSL goes on
// after a failure and reports the last one it met, so a validity-period
// error outranks a purpose or CA error, which outranks a missing issuer;
// the host name is checked only when the chain is good.

// verifyError is one of OpenSSL's verification failures.
func verifyError(code, msg string) *sockerr.Error {
	return &sockerr.Error{Code: code, Message: msg}
}

// verifyChain checks the peer's certificates (leaf first) against roots
// (nil: the system's) for the given use and returns Node's error, or nil,
// and the chain to report (verified if possible, as presented otherwise).
func verifyChain(certs []*x509.Certificate, roots *x509.CertPool, usage x509.ExtKeyUsage, now time.Time) (*sockerr.Error, []*x509.Certificate) {
	if len(certs) == 0 {
		return verifyError("UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"), nil
	}
	leaf := certs[0]
	inter := x509.NewCertPool()
	for _, c := range certs[1:] {
		inter.AddCert(c)
	}
	opts := x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: now, KeyUsages: []x509.ExtKeyUsage{usage}}
	if chains, err := leaf.Verify(opts); err == nil {
		return nil, chains[0]
	}

	// Judge the chain at a moment when the leaf is valid, so that the
	// validity period does not hide the other failures.
	opts.CurrentTime = midpoint(leaf)
	opts.KeyUsages = []x509.ExtKeyUsage{x509.ExtKeyUsageAny}
	chains, err := leaf.Verify(opts)
	chain := presentedChain(certs)
	var caErr, issuerErr *sockerr.Error
	var unknown x509.UnknownAuthorityError
	switch {
	case err == nil:
		chain = chains[0]
	case errors.As(err, &unknown):
		// crypto/x509 does not build through a certificate that may not
		// sign; OpenSSL does, and then complains about that certificate.
		caErr = notACA(chain)
		var trusted bool
		chain, trusted = extendToRoot(chain, roots)
		if !trusted {
			issuerErr = missingIssuer(chain)
		}
	default:
		caErr = invalidCA(err)
	}
	for _, e := range []*sockerr.Error{timeError(chain, now), purposeError(leaf, usage), caErr, issuerErr} {
		if e != nil {
			return e, chain
		}
	}
	return verifyError("UNSPECIFIED", "unspecified certificate verification error"), chain
}

// extendToRoot completes a presented chain with a trusted path from its top
// certificate, if there is one.
func extendToRoot(chain []*x509.Certificate, roots *x509.CertPool) ([]*x509.Certificate, bool) {
	if len(chain) == 1 {
		return chain, false // the leaf alone was judged already
	}
	top := chain[len(chain)-1]
	chains, err := top.Verify(x509.VerifyOptions{Roots: roots, CurrentTime: midpoint(top),
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	if err != nil {
		return chain, false
	}
	return append(chain, chains[0][1:]...), true
}

func midpoint(c *x509.Certificate) time.Time {
	return c.NotBefore.Add(c.NotAfter.Sub(c.NotBefore) / 2)
}

// notACA reports the first issuer in the chain that may not sign
// certificates.
func notACA(chain []*x509.Certificate) *sockerr.Error {
	for _, c := range chain[1:] {
		switch {
		case c.KeyUsage != 0 && c.KeyUsage&x509.KeyUsageCertSign == 0:
			return verifyError("UNSPECIFIED", "key usage does not include certificate signing")
		case !c.IsCA:
			return verifyError("INVALID_CA", "invalid CA certificate")
		}
	}
	return nil
}

// presentedChain follows issuers through the certificates the peer sent,
// starting at the leaf.
func presentedChain(certs []*x509.Certificate) []*x509.Certificate {
	chain := []*x509.Certificate{certs[0]}
	for {
		cur := chain[len(chain)-1]
		if selfSigned(cur) {
			return chain
		}
		next := issuerAmong(cur, certs[1:], chain)
		if next == nil {
			return chain
		}
		chain = append(chain, next)
	}
}

func issuerAmong(c *x509.Certificate, candidates, used []*x509.Certificate) *x509.Certificate {
	for _, cand := range candidates {
		if contains(used, cand) || !bytes.Equal(c.RawIssuer, cand.RawSubject) {
			continue
		}
		// The signature alone: whether cand may sign is judged later.
		if cand.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil {
			return cand
		}
	}
	return nil
}

func contains(list []*x509.Certificate, c *x509.Certificate) bool {
	for _, x := range list {
		if x.Equal(c) {
			return true
		}
	}
	return false
}

func selfSigned(c *x509.Certificate) bool {
	return bytes.Equal(c.RawIssuer, c.RawSubject) && c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil
}

// missingIssuer names what is wrong with a chain that reaches no trusted
// root.
func missingIssuer(chain []*x509.Certificate) *sockerr.Error {
	top := chain[len(chain)-1]
	switch {
	case selfSigned(top) && len(chain) == 1:
		return verifyError("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate")
	case selfSigned(top):
		return verifyError("SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain")
	case len(chain) == 1:
		return verifyError("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate")
	}
	return verifyError("UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate")
}

// invalidCA names a failure of crypto/x509 other than an unknown authority.
func invalidCA(err error) *sockerr.Error {
	var inv x509.CertificateInvalidError
	if errors.As(err, &inv) {
		switch inv.Reason {
		case x509.NotAuthorizedToSign:
			if inv.Cert != nil && inv.Cert.KeyUsage != 0 && inv.Cert.KeyUsage&x509.KeyUsageCertSign == 0 {
				return verifyError("UNSPECIFIED", "key usage does not include certificate signing")
			}
			return verifyError("INVALID_CA", "invalid CA certificate")
		case x509.TooManyIntermediates:
			return verifyError("CERT_CHAIN_TOO_LONG", "certificate chain too long")
		case x509.IncompatibleUsage:
			return verifyError("INVALID_PURPOSE", "unsupported certificate purpose")
		}
	}
	var sig x509.InsecureAlgorithmError
	if errors.As(err, &sig) {
		return verifyError("CERT_SIGNATURE_FAILURE", "certificate signature failure")
	}
	return verifyError("UNSPECIFIED", "unspecified certificate verification error")
}

// timeError reports the certificate nearest the leaf that is not valid now.
func timeError(chain []*x509.Certificate, now time.Time) *sockerr.Error {
	for _, c := range chain {
		switch {
		case now.After(c.NotAfter):
			return verifyError("CERT_HAS_EXPIRED", "certificate has expired")
		case now.Before(c.NotBefore):
			return verifyError("CERT_NOT_YET_VALID", "certificate is not yet valid")
		}
	}
	return nil
}

// purposeError reports a leaf whose extended key usage excludes usage.
func purposeError(c *x509.Certificate, usage x509.ExtKeyUsage) *sockerr.Error {
	if len(c.ExtKeyUsage) == 0 && len(c.UnknownExtKeyUsage) == 0 {
		return nil
	}
	for _, u := range c.ExtKeyUsage {
		if u == usage || u == x509.ExtKeyUsageAny {
			return nil
		}
	}
	return verifyError("INVALID_PURPOSE", "unsupported certificate purpose")
}

// CheckServerIdentity checks a server's certificate against the host the
// client asked for, with the rules and messages of Node's
// tls.checkServerIdentity: an IP address must be among the IP SANs; a name
// must match a DNS SAN (a wildcard standing for one whole or partial
// leftmost label), or the common name when there are no DNS SANs. It
// returns nil or an ERR_TLS_CERT_ALTNAME_INVALID error.
func CheckServerIdentity(host string, c *x509.Certificate) *sockerr.Error {
	fail := func(reason string) *sockerr.Error {
		return &sockerr.Error{Code: "ERR_TLS_CERT_ALTNAME_INVALID", Hostname: host,
			Message: "Hostname/IP does not match certificate's altnames: " + reason}
	}
	if ip, err := netip.ParseAddr(host); err == nil {
		var ips []string
		for _, a := range c.IPAddresses {
			if addr, ok := netip.AddrFromSlice(a); ok {
				if addr.Unmap() == ip.Unmap() {
					return nil
				}
				ips = append(ips, addr.Unmap().String())
			}
		}
		return fail("IP: " + host + " is not in the cert's list: " + strings.Join(ips, ", "))
	}
	hostParts := splitHost(host)
	switch {
	case len(c.DNSNames) > 0:
		for _, name := range c.DNSNames {
			if matchHost(hostParts, name) {
				return nil
			}
		}
		return fail("Host: " + host + ". is not in the cert's altnames: " + subjectAltName(c))
	case c.Subject.CommonName != "":
		if matchHost(hostParts, c.Subject.CommonName) {
			return nil
		}
		return fail("Host: " + host + ". is not cert's CN: " + c.Subject.CommonName)
	}
	return fail("Cert does not contain a DNS name")
}

// splitHost lower-cases a name without its final dot and splits it into
// labels.
func splitHost(host string) []string {
	return strings.Split(strings.ToLower(strings.TrimSuffix(host, ".")), ".")
}

// matchHost matches a host's labels against a certificate name.
func matchHost(host []string, pattern string) bool {
	if pattern == "" {
		return false
	}
	pat := splitHost(pattern)
	if len(pat) != len(host) {
		return false
	}
	for i := len(pat) - 1; i > 0; i-- {
		if pat[i] == "" || pat[i] != host[i] {
			return false
		}
	}
	first := strings.Split(pat[0], "*")
	if len(first) == 1 || strings.Contains(pat[0], "xn--") {
		return pat[0] == host[0]
	}
	if len(first) > 2 || len(pat) <= 2 {
		return false // more than one wildcard, or *.tld
	}
	prefix, suffix := first[0], first[1]
	return len(prefix)+len(suffix) <= len(host[0]) &&
		strings.HasPrefix(host[0], prefix) && strings.HasSuffix(host[0], suffix)
}
