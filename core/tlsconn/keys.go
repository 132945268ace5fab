package tlsconn

import (
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"hash"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// OpenSSL's errors for keys, as Node reports them.
var (
	errKeyUnsupported = opensslError("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported")
	errBadDecrypt     = opensslError("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt")
	errNoStartLine    = opensslError("ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line")
	errKeyMismatch    = opensslError("ERR_OSSL_X509_KEY_VALUES_MISMATCH", "error:05800074:x509 certificate routines::key values mismatch")
)

func opensslError(code, msg string) *sockerr.Error {
	return &sockerr.Error{Code: code, Message: msg}
}

// parsePrivateKey reads the first private key of a PEM text: PKCS #8,
// PKCS #1 (RSA) or SEC 1 (EC), encrypted with the passphrase either as
// PKCS #8 PBES2 ("ENCRYPTED PRIVATE KEY") or in the legacy PEM way
// ("Proc-Type: 4,ENCRYPTED"). The errors are OpenSSL's, as Node shows them:
// an encrypted key without a passphrase is a bad decrypt, a wrong passphrase
// leaves nothing decodable.
func parsePrivateKey(text, passphrase string) (crypto.Signer, error) {
	rest := []byte(text)
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			return nil, errKeyUnsupported
		}
		der := block.Bytes
		switch {
		case block.Type == "ENCRYPTED PRIVATE KEY":
			if passphrase == "" {
				return nil, errBadDecrypt
			}
			var err error
			if der, err = decryptPKCS8(der, passphrase); err != nil {
				return nil, errKeyUnsupported
			}
		case x509.IsEncryptedPEMBlock(block): //nolint:staticcheck // legacy keys are still in use
			if passphrase == "" {
				return nil, errBadDecrypt
			}
			var err error
			if der, err = x509.DecryptPEMBlock(block, []byte(passphrase)); err != nil { //nolint:staticcheck // see above
				return nil, errKeyUnsupported
			}
		case block.Type != "PRIVATE KEY" && block.Type != "RSA PRIVATE KEY" && block.Type != "EC PRIVATE KEY":
			continue // a certificate or parameters next to the key
		}
		if key := parseKeyDER(der); key != nil {
			return key, nil
		}
		return nil, errKeyUnsupported
	}
}

// parseKeyDER tries the three unencrypted encodings.
func parseKeyDER(der []byte) crypto.Signer {
	if k, err := x509.ParsePKCS8PrivateKey(der); err == nil {
		if s, ok := k.(crypto.Signer); ok {
			return s
		}
	}
	if k, err := x509.ParsePKCS1PrivateKey(der); err == nil {
		return k
	}
	if k, err := x509.ParseECPrivateKey(der); err == nil {
		return k
	}
	return nil
}

// The PKCS #5 v2 (RFC 8018) structures and identifiers of an encrypted
// PKCS #8 key.
type encryptedPrivateKeyInfo struct {
	Algorithm pkix.AlgorithmIdentifier
	Data      []byte
}

type pbes2Params struct {
	KeyDerivation pkix.AlgorithmIdentifier
	Encryption    pkix.AlgorithmIdentifier
}

type pbkdf2Params struct {
	Salt       []byte
	Iterations int
	KeyLength  int                      `asn1:"optional"`
	PRF        pkix.AlgorithmIdentifier `asn1:"optional"`
}

var (
	oidPBES2  = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2 = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}

	prfs = map[string]func() hash.Hash{
		"":                    sha1.New, // the default, hmacWithSHA1
		"1.2.840.113549.2.7":  sha1.New,
		"1.2.840.113549.2.8":  sha256.New224,
		"1.2.840.113549.2.9":  sha256.New,
		"1.2.840.113549.2.10": sha512.New384,
		"1.2.840.113549.2.11": sha512.New,
		"1.2.840.113549.2.12": sha512.New512_224,
		"1.2.840.113549.2.13": sha512.New512_256,
	}

	// cbcCiphers maps an encryption scheme to its key length and block
	// cipher.
	cbcCiphers = map[string]struct {
		keyLen int
		block  func([]byte) (cipher.Block, error)
	}{
		"2.16.840.1.101.3.4.1.2":  {16, aes.NewCipher},
		"2.16.840.1.101.3.4.1.22": {24, aes.NewCipher},
		"2.16.840.1.101.3.4.1.42": {32, aes.NewCipher},
		"1.2.840.113549.3.7":      {24, des.NewTripleDESCipher},
	}
)

var errDecrypt = errors.New("tlsconn: cannot decrypt the key")

// decryptPKCS8 decrypts an EncryptedPrivateKeyInfo protected with PBES2
// (PBKDF2 and a CBC cipher) and returns the PKCS #8 key inside.
func decryptPKCS8(der []byte, passphrase string) ([]byte, error) {
	var info encryptedPrivateKeyInfo
	if _, err := asn1.Unmarshal(der, &info); err != nil || !info.Algorithm.Algorithm.Equal(oidPBES2) {
		return nil, errDecrypt
	}
	var params pbes2Params
	if _, err := asn1.Unmarshal(info.Algorithm.Parameters.FullBytes, &params); err != nil ||
		!params.KeyDerivation.Algorithm.Equal(oidPBKDF2) {
		return nil, errDecrypt
	}
	var kdf pbkdf2Params
	if _, err := asn1.Unmarshal(params.KeyDerivation.Parameters.FullBytes, &kdf); err != nil {
		return nil, errDecrypt
	}
	prf, ok := prfs[oidString(kdf.PRF.Algorithm)]
	scheme, ok2 := cbcCiphers[params.Encryption.Algorithm.String()]
	var iv []byte
	if _, err := asn1.Unmarshal(params.Encryption.Parameters.FullBytes, &iv); err != nil || !ok || !ok2 {
		return nil, errDecrypt
	}
	keyLen := scheme.keyLen
	if kdf.KeyLength > 0 {
		keyLen = kdf.KeyLength
	}
	key, err := pbkdf2.Key(prf, passphrase, kdf.Salt, kdf.Iterations, keyLen)
	if err != nil {
		return nil, errDecrypt
	}
	block, err := scheme.block(key)
	if err != nil || len(iv) != block.BlockSize() || len(info.Data)%block.BlockSize() != 0 || len(info.Data) == 0 {
		return nil, errDecrypt
	}
	plain := make([]byte, len(info.Data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(plain, info.Data)
	return unpad(plain, block.BlockSize())
}

func oidString(oid asn1.ObjectIdentifier) string {
	if len(oid) == 0 {
		return ""
	}
	return oid.String()
}

// unpad strips PKCS #7 padding, which a wrong passphrase garbles.
func unpad(b []byte, blockSize int) ([]byte, error) {
	n := int(b[len(b)-1])
	if n == 0 || n > blockSize || n > len(b) {
		return nil, errDecrypt
	}
	for _, c := range b[len(b)-n:] {
		if int(c) != n {
			return nil, errDecrypt
		}
	}
	return b[:len(b)-n], nil
}
