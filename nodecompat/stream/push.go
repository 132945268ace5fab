package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/emitter"
)

// dataPath is pushFromGo's common case done in Go: a chunk pushed into a
// flowing byte stream with nothing buffered, 'data' listening, no decoder
// and the stock push, emit and read. Reading the state from Go costs less
// than the same reads in the script (its flags are one number, read
// once), and 'data' goes straight to the emitter. Whenever the case does
// not hold, the script does the push.
type dataPath struct {
	push, read *goja.Object     // Readable.prototype.push and read
	emitter    *emitter.Emitter // EventEmitter.prototype.emit
	afterData  goja.Callable    // the script's afterData
	flags      *readableFlags   // reads and writes a state's flags
	zero       goja.Value       // the number 0
	dataName   goja.Value       // the string "data"
}

// The masks of pushChunk's tests, as the script's (readable.js): under
// directMask the flags are direct when a chunk may go straight to 'data'
// (byte mode, flowing, 'data' listening, past the first _read, no
// decoder, nothing ending or failing); under idleMask they are idle when the read-ahead is
// settled at once (none scheduled, not reading, nothing ending or
// failing, constructed).
const (
	directMask = rObjectMode | rFlowing | rDataListening | rSync | rDecoder | rEnded | rDestroyed | rErrored
	direct     = rFlowing | rDataListening
	idleMask   = rReadingMore | rReading | rEnded | rDestroyed | rErrored | rConstructed
	idle       = rConstructed
)

// newDataPath returns the data path of a module whose streams extend
// events, or nil when events is not nodeshim's EventEmitter. shared is
// the scripts' internals object, once they have run.
func newDataPath(vm *goja.Runtime, events, readable, shared *goja.Object) *dataPath {
	proto, ok := events.Get("prototype").(*goja.Object)
	if !ok {
		return nil
	}
	em, ok := emitter.EmitterOf(vm, proto.Get("emit"))
	if !ok {
		return nil
	}
	after, _ := goja.AssertFunction(shared.Get("afterData"))
	rproto := readable.Get("prototype").(*goja.Object)
	return &dataPath{
		push:      rproto.Get("push").(*goja.Object),
		read:      rproto.Get("read").(*goja.Object),
		emitter:   em,
		afterData: after,
		flags:     &readableFlags{vm: vm},
		zero:      vm.ToValue(0),
		dataName:  vm.ToValue("data"),
	}
}

// pushChunk pushes chunk, of n bytes, into stream when the common case
// holds, and returns push's answer; handled is false (and nothing done)
// otherwise. Its tests read what pushFromGo's do, and one more:
// awaitDrainWriters is null (a pipe's drain bookkeeping stays with the
// script).
func (p *dataPath) pushChunk(stream *goja.Object, chunk goja.Value, n int, idleRead goja.Value) (more, handled bool) {
	if n == 0 || !sameObject(stream.Get("push"), p.push) {
		return false, false
	}
	st, ok := stream.Get("_readableState").(*goja.Object)
	if !ok {
		return false, false
	}
	flags, ok := p.flags.get(st)
	if !ok || flags&directMask != direct || !p.isZero(st.Get("length")) {
		return false, false
	}
	if !isNull(st.Get("awaitDrainWriters")) || !sameObject(stream.Get("emit"), p.emitter.Func()) {
		return false, false
	}
	p.flags.put(st, flags&^rReading|rDataEmitted)
	p.emitter.EmitName(stream, p.dataName, chunk)
	if flags, ok := p.readAheadIdle(stream, st, idleRead); ok {
		// Nothing is buffered and the stream has not ended: push's answer
		// is yes.
		p.flags.put(st, flags|rReading|rNeedReadable)
		return true, true
	}
	res, err := p.afterData(goja.Undefined(), stream, st, idleRead)
	if err != nil {
		panic(err)
	}
	return res.ToBoolean(), true
}

// readAheadIdle is a narrower form of afterData's test that the read-ahead
// would only call an idle _read (afterData repeats the full test when this
// one fails): the flags are idle, nothing is buffered, the stream flows or
// has a positive high water mark, and neither _read nor read is replaced.
// It returns the flags it read.
func (p *dataPath) readAheadIdle(stream, st *goja.Object, idleRead goja.Value) (flags int64, ok bool) {
	if isMissing(idleRead) {
		return 0, false
	}
	flags, ok = p.flags.get(st)
	if !ok || flags&idleMask != idle || !p.isZero(st.Get("length")) {
		return flags, false
	}
	if flags&rFlowing == 0 {
		hwm := st.Get("highWaterMark")
		if hwm == nil || !goja.IsNumber(hwm) || !(hwm.ToFloat() > 0) {
			return flags, false
		}
	}
	return flags, sameObject(stream.Get("_read"), idleRead) && sameObject(stream.Get("read"), p.read)
}

// isZero tells whether v === 0.
func (p *dataPath) isZero(v goja.Value) bool {
	return v != nil && v.StrictEquals(p.zero)
}

// truthy is JavaScript's ToBoolean, a missing property being undefined.
func truthy(v goja.Value) bool {
	return v != nil && v.ToBoolean()
}

// isNull tells whether v === null.
func isNull(v goja.Value) bool {
	return v != nil && goja.IsNull(v)
}

// isMissing tells whether v is undefined (or a missing property).
func isMissing(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v)
}

// sameObject tells whether v is the object o (v === o for an object o).
func sameObject(v goja.Value, o goja.Value) bool {
	ov, ok := v.(*goja.Object)
	return ok && o != nil && ov == o
}
