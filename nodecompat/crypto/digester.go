package crypto

import (
	"crypto/sha3"
	"hash"
)

// digester is the running state of a Hash or Hmac.
type digester interface {
	Write(p []byte) (int, error)
	// finish returns the digest; the digester is not used afterwards.
	finish() []byte
	// clone returns an independent copy with outLen bytes of output (only
	// extendable-output functions may change it).
	clone(outLen int) (digester, error)
}

// fixed is a digest of fixed length.
type fixed struct{ hash.Hash }

func (f fixed) finish() []byte { return f.Sum(nil) }

func (f fixed) clone(int) (digester, error) {
	c, err := f.Hash.(hash.Cloner).Clone()
	if err != nil {
		return nil, err
	}
	return fixed{c.(hash.Hash)}, nil
}

// xof is an extendable-output function read for outLen bytes.
type xof struct {
	shake  *sha3.SHAKE
	fresh  func() *sha3.SHAKE
	outLen int
}

func (x *xof) Write(p []byte) (int, error) { return x.shake.Write(p) }

func (x *xof) finish() []byte {
	out := make([]byte, x.outLen)
	_, _ = x.shake.Read(out)
	return out
}

func (x *xof) clone(outLen int) (digester, error) {
	state, err := x.shake.MarshalBinary()
	if err != nil {
		return nil, err
	}
	c := x.fresh()
	if err := c.UnmarshalBinary(state); err != nil {
		return nil, err
	}
	return &xof{shake: c, fresh: x.fresh, outLen: outLen}, nil
}

// newDigester starts a digest of a with outLen bytes of output (-1 for the
// default). ok is false when a has a fixed length other than outLen.
func newDigester(a *algorithm, outLen int) (d digester, ok bool) {
	if outLen < 0 {
		outLen = a.size
	}
	if a.xof != nil {
		return &xof{shake: a.xof(), fresh: a.xof, outLen: outLen}, true
	}
	return fixed{a.new()}, outLen == a.size
}
