package crypto

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"
	"strings"
)

// algorithm is a digest nodeshim implements.
type algorithm struct {
	name string           // canonical name
	new  func() hash.Hash // nil for extendable-output functions
	xof  func() *sha3.SHAKE
	size int // default output length in bytes
}

// algorithms are the supported digests in getHashes order.
var algorithms = []*algorithm{
	{name: "md5", new: md5.New, size: md5.Size},
	{name: "sha1", new: sha1.New, size: sha1.Size},
	{name: "sha224", new: sha256.New224, size: sha256.Size224},
	{name: "sha256", new: sha256.New, size: sha256.Size},
	{name: "sha3-224", new: func() hash.Hash { return sha3.New224() }, size: 28},
	{name: "sha3-256", new: func() hash.Hash { return sha3.New256() }, size: 32},
	{name: "sha3-384", new: func() hash.Hash { return sha3.New384() }, size: 48},
	{name: "sha3-512", new: func() hash.Hash { return sha3.New512() }, size: 64},
	{name: "sha384", new: sha512.New384, size: sha512.Size384},
	{name: "sha512", new: sha512.New, size: sha512.Size},
	{name: "sha512-224", new: sha512.New512_224, size: sha512.Size224},
	{name: "sha512-256", new: sha512.New512_256, size: sha512.Size256},
	{name: "shake128", xof: sha3.NewSHAKE128, size: 16},
	{name: "shake256", xof: sha3.NewSHAKE256, size: 32},
}

// hashNames are the names getHashes lists: the OpenSSL names Node 20
// reports whose digests are implemented here, sorted as Node sorts them.
var hashNames = []string{
	"RSA-MD5", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256",
	"RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512", "RSA-SHA512/224", "RSA-SHA512/256",
	"id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
	"id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512",
	"md5", "md5WithRSAEncryption", "sha1", "sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption",
	"sha256", "sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384",
	"sha384WithRSAEncryption", "sha512", "sha512-224", "sha512-224WithRSAEncryption", "sha512-256",
	"sha512-256WithRSAEncryption", "sha512WithRSAEncryption", "shake128", "shake256", "ssl3-md5", "ssl3-sha1",
}

// aliases maps the other spellings OpenSSL accepts (compared without case)
// to canonical names; init adds the SHA-2 and SHA-3 families.
var aliases = map[string]string{
	"rsa-md5": "md5", "ssl3-md5": "md5", "md5withrsaencryption": "md5",
	"sha-1": "sha1", "rsa-sha1": "sha1", "rsa-sha1-2": "sha1", "ssl3-sha1": "sha1", "sha1withrsaencryption": "sha1",
	"shake-128": "shake128", "shake-256": "shake256",
}

func init() {
	for _, v := range []struct{ dash, slash string }{
		{"224", "224"}, {"256", "256"}, {"384", "384"}, {"512", "512"}, {"512-224", "512/224"}, {"512-256", "512/256"},
	} {
		name := "sha" + v.dash
		aliases["sha-"+v.slash] = name
		aliases["sha2-"+v.slash] = name
		aliases["rsa-sha"+v.slash] = name
		aliases[name+"withrsaencryption"] = name
	}
	for _, bits := range []string{"224", "256", "384", "512"} {
		aliases["rsa-sha3-"+bits] = "sha3-" + bits
		aliases["id-rsassa-pkcs1-v1_5-with-sha3-"+bits] = "sha3-" + bits
	}
}

// lookup finds a digest by any of its names, ignoring case as OpenSSL does.
func lookup(name string) *algorithm {
	n := strings.ToLower(name)
	if canonical, ok := aliases[n]; ok {
		n = canonical
	}
	for _, a := range algorithms {
		if a.name == n {
			return a
		}
	}
	return nil
}
