package tls

import (
	"encoding/pem"
	"os"
	"sync"
)

// rootFiles are where Linux distributions keep the system's trusted CA
// bundle; the first that exists is used.
var rootFiles = []string{
	"/etc/ssl/certs/ca-certificates.crt",
	"/etc/pki/tls/certs/ca-bundle.crt",
	"/etc/ssl/ca-bundle.pem",
	"/etc/ssl/cert.pem",
	"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
}

// rootPEMs returns the system's trusted root certificates as PEM texts,
// read once per process: tls.rootCertificates. Node ships Mozilla's store;
// nodeshim verifies against the system's, so it lists that.
var rootPEMs = sync.OnceValue(func() []string {
	for _, f := range rootFiles {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		var out []string
		for {
			var block *pem.Block
			block, data = pem.Decode(data)
			if block == nil {
				break
			}
			if block.Type == "CERTIFICATE" {
				out = append(out, string(pem.EncodeToMemory(block)))
			}
		}
		return out
	}
	return nil
})
