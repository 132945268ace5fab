// Package buffer implements Node.js v20's `buffer` module for goja: the
// Buffer class (a real Uint8Array subclass), SlowBuffer, atob/btoa,
// transcode, isAscii/isUtf8 and the module constants.
//
// It starts from goja_nodejs's buffer (whose prototype object and Go API it
// keeps, so goja_nodejs code that wraps bytes still produces the same
// Buffers) and replaces every method with one that behaves as Node 20 does,
// down to the codes and messages of the errors it throws.
//
// Go code reaches JS bytes through Wrap and Bytes, which never copy, and
// converts strings with StringToBytes and BytesToString.
package buffer
