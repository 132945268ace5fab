package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/nodecompat/stringdecoder"
)

// dataPath is pushFromGo's common case done in Go: a chunk pushed into a
// flowing byte stream with nothing buffered, 'data' listening and the
// stock push, emit and read, and either no decoder or string_decoder's
// own, which then decodes the chunk here too. Reading the state from Go
// costs less than the same reads in the script (its flags are one number,
// read once), and 'data' goes straight to the emitter. Whenever the case
// does not hold, the script does the push.
type dataPath struct {
	vm         *goja.Runtime
	push, read *goja.Object          // Readable.prototype.push and read
	emitter    *emitter.Emitter      // EventEmitter.prototype.emit
	afterData  goja.Callable         // the script's afterData
	paused     *pausedPath           // the chunks that are buffered, not emitted
	decoders   *stringdecoder.Module // string_decoder's Go side; nil if not nodeshim's
	decoderKey *goja.Symbol          // the state's key of its decoder (kDecoderValue)
	flags      *readableFlags        // reads and writes a state's flags
	zero       goja.Value            // the number 0
	dataName   goja.Value            // the string "data"
	args       [1]goja.Value         // emit's arguments to 'data': the chunk
}

// The masks of the data path's tests, as the script's (readable.js):
// under directMask the flags are direct when a chunk may go straight to
// 'data' (byte mode, flowing, 'data' listening, past the first _read,
// nothing ending or failing; a decoder is tested apart); under idleMask
// they are idle when the read-ahead is settled at once (none scheduled,
// not reading, nothing ending or failing, constructed).
const (
	directMask = rObjectMode | rFlowing | rDataListening | rSync | rEnded | rDestroyed | rErrored
	direct     = rFlowing | rDataListening
	idleMask   = rReadingMore | rReading | rEnded | rDestroyed | rErrored | rConstructed
	idle       = rConstructed
)

// newDataPath returns the data path of a module whose streams extend
// events, or nil when events is not nodeshim's EventEmitter. shared is
// the scripts' internals object, once they have run; decoders is
// require('string_decoder').
func newDataPath(vm *goja.Runtime, events, readable, shared, decoders *goja.Object) *dataPath {
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
	p := &dataPath{
		vm:        vm,
		push:      rproto.Get("push").(*goja.Object),
		read:      rproto.Get("read").(*goja.Object),
		emitter:   em,
		afterData: after,
		flags:     &readableFlags{vm: vm},
		zero:      vm.ToValue(0),
		dataName:  vm.ToValue("data"),
	}
	if key, ok := shared.Get("kDecoderValue").(*goja.Symbol); ok {
		p.decoders, _ = stringdecoder.Of(decoders)
		p.decoderKey = key
	}
	return p
}

// state returns the readable state of stream and its flags when a chunk
// of n bytes is pushed with the stock push into a state of the module's
// (st is nil otherwise), and whether the chunk may go straight to 'data'
// (the decoder aside: rDecoder may be set). The tests of isDirect read
// what pushFromGo's do, and one more: awaitDrainWriters is null (a pipe's
// drain bookkeeping stays with the script).
func (p *dataPath) state(stream *goja.Object, n int) (st *goja.Object, flags int64, isDirect bool) {
	if n == 0 || !sameObject(stream.Get("push"), p.push) {
		return nil, 0, false
	}
	st, ok := stream.Get("_readableState").(*goja.Object)
	if !ok {
		return nil, 0, false
	}
	if flags, ok = p.flags.get(st); !ok {
		return nil, 0, false
	}
	isDirect = flags&directMask == direct && p.isZero(st.Get("length")) &&
		isNull(st.Get("awaitDrainWriters")) && sameObject(stream.Get("emit"), p.emitter.Func())
	return st, flags, isDirect
}

// pushDecoded pushes b into stream, whose state st (with flags) state
// found direct and which has a decoder, when that decoder is
// string_decoder's own: b is decoded in Go, as the decoder's write would
// decode it, and 'data' gets the string unless it is empty (b ended
// inside a character). It returns push's answer; handled is false (and
// nothing done) for any other decoder.
func (p *dataPath) pushDecoded(stream, st *goja.Object, flags int64, b []byte, idleRead goja.Value) (more, handled bool) {
	if p.decoders == nil {
		return false, false
	}
	dec, ok := p.decoders.DecoderOf(st.GetSymbol(p.decoderKey))
	if !ok {
		return false, false
	}
	text := dec.Write(p.vm, b)
	if s, ok := text.(goja.String); ok && s.Length() == 0 {
		// pushBytes: nothing to add, only the read-ahead.
		p.flags.put(st, flags&^rReading)
		return p.readAhead(stream, st, idleRead), true
	}
	return p.emit(stream, st, flags, text, idleRead), true
}

// emit hands chunk to 'data' of stream, whose state st (with flags) state
// found direct, and returns push's answer.
func (p *dataPath) emit(stream, st *goja.Object, flags int64, chunk, idleRead goja.Value) bool {
	p.flags.put(st, flags&^rReading|rDataEmitted)
	p.emitData(stream, chunk)
	return p.readAhead(stream, st, idleRead)
}

// emitData emits 'data' with chunk on stream, the arguments in p.args
// rather than in a slice made per chunk (an allocation per read): a
// listener may use the slice only during its call, as with a script's
// emit, whose arguments are the script's stack, and the slot is put back
// afterwards, as a push may nest in a listener of another.
func (p *dataPath) emitData(stream *goja.Object, chunk goja.Value) {
	saved := p.args[0]
	defer func() { p.args[0] = saved }()
	p.args[0] = chunk
	p.emitter.EmitName(stream, p.dataName, p.args[:]...)
}

// readAhead is the read-ahead a push schedules once its chunk is handed
// on, and push's answer: settled at once when it would only call an idle
// _read, else the script's afterData.
func (p *dataPath) readAhead(stream, st *goja.Object, idleRead goja.Value) bool {
	if flags, ok := p.readAheadIdle(stream, st, idleRead); ok {
		// Nothing is buffered and the stream has not ended: push's answer
		// is yes.
		p.flags.put(st, flags|rReading|rNeedReadable)
		return true
	}
	res, err := p.afterData(goja.Undefined(), stream, st, idleRead)
	if err != nil {
		panic(err)
	}
	return res.ToBoolean()
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
