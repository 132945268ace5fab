// Package crypto is Node's "crypto" module for nodeshim, limited to what
// network protocols need: random bytes, integers and UUIDs, message digests
// (createHash) and HMACs (createHmac) over MD5, SHA-1, SHA-2 and SHA-3,
// constant-time comparison, and the Web Crypto object (crypto.webcrypto,
// also the global `crypto`) with getRandomValues, randomUUID and a
// SubtleCrypto whose only method is digest.
//
// Arguments are checked and errors thrown as Node 20 does. Hash and Hmac
// are not streams here (no write, end, pipe or 'readable' events); ciphers,
// signatures, key objects, key derivation and the rest of SubtleCrypto are
// not implemented.
package crypto
