package crypto

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Digests of "abc" as Node 20 computes them.
var abcDigests = map[string]string{
	"md5":        "900150983cd24fb0d6963f7d28e17f72",
	"sha1":       "a9993e364706816aba3e25717850c26c9cd0d89d",
	"sha224":     "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
	"sha256":     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
	"sha384":     "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
	"sha512":     "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
	"sha512-224": "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa",
	"sha512-256": "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23",
	"sha3-224":   "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf",
	"sha3-256":   "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
	"sha3-384":   "ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25",
	"sha3-512":   "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0",
	"shake128":   "5881092dd818bf5cf8a3ddb793fbcba7",
	"shake256":   "483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739",
}

func TestDigestsOfKnownInput(t *testing.T) {
	e := newEnv(t)
	for alg, want := range abcDigests {
		t.Run(alg, func(t *testing.T) {
			assert.Equal(t, want, e.Eval(`c.createHash('`+alg+`').update('a').update('bc').digest('hex')`))
		})
	}
}

func TestAlgorithmNames(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ name, want string }{
		{"SHA256", "sha256"}, {"sha-256", "sha256"}, {"SHA2-256", "sha256"}, {"RSA-SHA256", "sha256"},
		{"sha256WithRSAEncryption", "sha256"}, {"sha2-512/256", "sha512-256"}, {"RSA-SHA512/224", "sha512-224"},
		{"sha-512/224", "sha512-224"}, {"SHA-1", "sha1"}, {"ssl3-md5", "md5"}, {"RSA-SHA1-2", "sha1"},
		{"SHAKE-128", "shake128"}, {"RSA-SHA3-256", "sha3-256"}, {"id-rsassa-pkcs1-v1_5-with-sha3-512", "sha3-512"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, abcDigests[tc.want], e.Eval(`c.createHash('`+tc.name+`').update('abc').digest('hex')`))
		})
	}
	for _, bad := range []string{"sha512/224", "SHA512/256", "sha", "ripemd160", "sha-512-224"} {
		assert.Equal(t, "Error||Digest method not supported", e.Eval(`attempt(() => c.createHash('`+bad+`'))`), bad)
	}
}

func TestDigestEncodings(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ js, want string }{
		{`c.createHash('sha1').update('abc').digest('base64')`, "qZk+NkcGgWq6PiVxeFDCbJzQ2J0="},
		{`c.createHash('sha1').update('abc').digest('base64url')`, "qZk-NkcGgWq6PiVxeFDCbJzQ2J0"},
		{`Buffer.from(c.createHash('md5').update('abc').digest('latin1'), 'latin1').toString('hex')`, abcDigests["md5"]},
		{`c.createHash('md5').update('abc').digest('binary') === c.createHash('md5').update('abc').digest('latin1')`, "true"},
		{`const b = c.createHash('md5').update('abc').digest(); Buffer.isBuffer(b) + ' ' + b.toString('hex')`, "true " + abcDigests["md5"]},
		{`Buffer.isBuffer(c.createHash('md5').digest('buffer')) + ' ' + Buffer.isBuffer(c.createHash('md5').digest('bogus'))`, "true true"},
		{`c.createHash('md5').update('héllo').digest('hex')`, "be50e8478cf24ff3595bc7307fb91b50"},
		{`c.createHash('md5').update('héllo', 'latin1').digest('hex')`, "1a722f7e6c801d9e470a10cb91ba406d"},
		{`c.createHash('md5').update('aGk=', 'base64').digest('hex')`, "49f68a5c8493ec2c0bf489821c21fc3b"},
		{`c.createHash('md5').update('ff', 'bogus').digest('hex')`, "633de4b0c14ca52ea2432a3c8a5c4c31"},
		{`c.createHash('md5').update(new Uint16Array([1, 2])).digest('hex')`, "99ffb3d9eeadc24aa4f9b13530176bf8"},
		{`c.createHash('md5').update(new DataView(new ArrayBuffer(1))).digest('hex')`, "93b885adfe0da089cdf634904fd59f71"},
	}
	for _, tc := range tests {
		t.Run(tc.js, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(tc.js)) })
	}
}

func TestHashObject(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ name, js, want string }{
		{"copy is independent", `const h = c.createHash('sha256').update('a'); const k = h.copy(); h.update('bc'); k.update('bc'); h.digest('hex') === k.digest('hex')`, "true"},
		{"copy mid-way", `const h = c.createHash('md5').update('ab'); const k = h.copy(); h.update('x'); k.update('c').digest('hex')`, abcDigests["md5"]},
		{"xof copy length", `const h = c.createHash('shake128').update('a'); h.copy({outputLength: 4}).digest('hex') + ' ' + h.digest('hex')`, "85c8de88 85c8de88d28866bf0868090b3961162b"},
		{"xof output length", `c.createHash('shake256', {outputLength: 5}).update('x').digest('hex').length`, "10"},
		{"fixed output length", `c.createHash('sha256', {outputLength: 32}).digest().length`, "32"},
		{"digest twice", `const h = c.createHash('md5'); h.digest(); attempt(() => h.digest())`, "Error|ERR_CRYPTO_HASH_FINALIZED|Digest already called"},
		{"update after digest", `const h = c.createHash('md5'); h.digest(); attempt(() => h.update('x'))`, "Error|ERR_CRYPTO_HASH_FINALIZED|Digest already called"},
		{"copy after digest", `const h = c.createHash('md5'); h.digest(); attempt(() => h.copy())`, "Error|ERR_CRYPTO_HASH_FINALIZED|Digest already called"},
		{"update chains", `const h = c.createHash('md5'); h.update('x') === h`, "true"},
		{"instanceof", `[c.createHash('md5') instanceof c.Hash, c.Hash('md5') instanceof c.Hash, c.Hash.name, c.Hash.length, c.Hmac.length].join()`, "true,true,Hash,2,3"},
		{"own keys", `Object.keys(c.createHash('md5')).join() + ' ' + Object.keys(c.createHmac('md5', 'k')).join()`, "_options _options"},
		{"getHashes", `const l = c.getHashes(); [l.includes('sha256'), l.includes('RSA-SHA256'), l.includes('ripemd160'), l.every((n) => { c.createHash(n); return true; })].join()`, "true,true,false,true"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(tc.js)) })
	}
}

func TestHmac(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ name, js, want string }{
		{"sha256", `c.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex')`, "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8"},
		{"md5", `c.createHmac('md5', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex')`, "80070713463e7749b90c2dc24911e275"},
		{"empty", `c.createHmac('sha1', '').update('').digest('hex')`, "fbdb1d1b18aa6c08324b7d64b71fb76370690e1d"},
		{"base64url", `c.createHmac('sha512', 'k').update('x').digest('base64url')`, "OPvLCUuZ-ac9hi0MsrAfmIIlnFYvuufz45_gXr8dy3pnWA2Moj3SoN5xDDVj2YgBiuFCTlstLeNN1PTt48f8TA"},
		{"buffer key", `c.createHmac('md5', Buffer.from('k')).digest('hex')`, "cd32bedd46aa63cffa3023f050fc78e3"},
		{"key encoding", `c.createHmac('md5', 'k', {encoding: 'hex'}).digest('hex')`, "74e6f7298a9c2d168935f58c001bad88"},
		{"arraybuffer key", `c.createHmac('md5', new Uint8Array([107]).buffer).digest('hex')`, "cd32bedd46aa63cffa3023f050fc78e3"},
		{"digest twice is empty", `const h = c.createHmac('md5', 'k'); h.digest(); JSON.stringify(h.digest('hex')) + h.digest().length`, `""0`},
		{"update after digest", `const h = c.createHmac('md5', 'k'); h.digest(); attempt(() => h.update('x'))`, "Error|ERR_CRYPTO_HASH_FINALIZED|Digest already called"},
		{"bad digest", `attempt(() => c.createHmac('nope', 'k'))`, "TypeError|ERR_CRYPTO_INVALID_DIGEST|Invalid digest: nope"},
		{"bad key", `attempt(() => c.createHmac('md5', 5))`, `TypeError|ERR_INVALID_ARG_TYPE|The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (5)`},
		{"bad name", `attempt(() => c.createHmac(undefined, 'k'))`, `TypeError|ERR_INVALID_ARG_TYPE|The "hmac" argument must be of type string. Received undefined`},
		{"no copy", `typeof c.createHmac('md5', 'k').copy`, "undefined"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(tc.js)) })
	}
}

func TestHashArgumentErrors(t *testing.T) {
	e := newEnv(t)
	tests := []struct{ js, want string }{
		{`c.createHash()`, `TypeError|ERR_INVALID_ARG_TYPE|The "algorithm" argument must be of type string. Received undefined`},
		{`c.createHash(5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "algorithm" argument must be of type string. Received type number (5)`},
		{`c.createHash('md5').update(5)`, `TypeError|ERR_INVALID_ARG_TYPE|The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)`},
		{`c.createHash('md5').update(new ArrayBuffer(1))`, `TypeError|ERR_INVALID_ARG_TYPE|The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an instance of ArrayBuffer`},
		{`c.createHash('md5').update('abc', 'hex')`, `TypeError|ERR_INVALID_ARG_VALUE|The argument 'encoding' is invalid for data of length 3. Received 'hex'`},
		{`c.createHash('sha256', {outputLength: 5})`, `Error|ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH|error:030000B2:digital envelope routines::not XOF or invalid length`},
		{`c.createHash('sha256', {outputLength: -1})`, `RangeError|ERR_OUT_OF_RANGE|The value of "options.outputLength" is out of range. It must be >= 0 && <= 4294967295. Received -1`},
		{`c.Hash.prototype.digest.call({})`, `TypeError|ERR_INVALID_THIS|Value of "this" must be of type Hash`},
	}
	for _, tc := range tests {
		t.Run(tc.js, func(t *testing.T) { assert.Equal(t, tc.want, e.Eval(`attempt(() => `+tc.js+`)`)) })
	}
}
