package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/callcache"
	"github.com/nodeshim/nodeshim/internal/host"
)

// pausedPath is paused mode's common case done in Go: a chunk pushed into
// a byte stream that does not flow and holds nothing (a socket read with
// 'readable' listening), the 'readable' and read-ahead ticks that push
// schedules, and read() with no argument taking the one chunk buffered.
// In the script each of them is a few functions whose flag tests allocate
// (see the note on bit operations in readable.js): a 'readable' round trip
// cost three times a 'data' one. The state it leaves at every step is the
// script's; whenever its case does not hold, the script does the work.
type pausedPath struct {
	vm   *goja.Runtime
	host *host.Host
	data *dataPath // the emitter, flags and stock functions; nil without nodeshim's events

	readSlow       goja.Callable // the script's read(n)
	errorOrDestroy goja.Callable // the script's errorOrDestroy(stream, err)
	flow           goja.Callable // the script's flow(stream)
	readableTick   goja.Callable // emitReadable's tick: emitReadableNow(stream)
	readMoreTick   goja.Callable // maybeReadMore's tick: readMore(stream, state)
	bothTicks      goja.Callable // the two, queued together

	idleRead goja.Value                     // a _read that does nothing while idle says so (SetIdleRead)
	idle     func(stream *goja.Object) bool // whether idleRead would do nothing now

	resumeSlow goja.Callable // the script's resumeNow(stream, state)

	readableName goja.Value // the string "readable"
	resumeName   goja.Value // the string "resume"

	calls callcache.Cache // the Callables of the _read functions called last
}

// The masks of the paused path's tests. Under pushMask the flags are
// pushable when a chunk is buffered and may take this path (byte mode,
// not flowing, no decoder, nothing ending or failing); under readMask they
// are readable when read() may take it (byte mode, no decoder, nothing
// ending or failing, constructed).
const (
	pushMask = rObjectMode | rFlowing | rDecoder | rEnded | rDestroyed | rErrored
	pushable = 0
	readMask = rObjectMode | rDecoder | rEnded | rDestroyed | rErrored | rConstructed
	readable = rConstructed
	// Under noReadMask the flags are rConstructed when _read may be called.
	noReadMask = rEnded | rReading | rDestroyed | rErrored | rConstructed
)

// init completes the paused path once the module's scripts have run;
// data may be nil (the path then always hands over to the script).
func (p *pausedPath) init(data *dataPath, shared *goja.Object) {
	p.data = data
	p.readableName = p.vm.ToValue("readable")
	p.resumeName = p.vm.ToValue("resume")
	p.resumeSlow, _ = goja.AssertFunction(shared.Get("resumeNowSlow"))
	p.readSlow, _ = goja.AssertFunction(shared.Get("readSlow"))
	p.errorOrDestroy, _ = goja.AssertFunction(shared.Get("errorOrDestroy"))
	core := shared.Get("readableCore").(*goja.Object)
	p.flow, _ = goja.AssertFunction(core.Get("flow"))
	p.readableTick = p.goTick(p.emitReadableNow)
	p.readMoreTick = p.goTick(p.readMore)
	p.bothTicks = p.readableThenReadMore
	if data != nil {
		data.paused = p
	}
}

// SetIdleRead tells the module that read, a _read function, does nothing
// while idle(stream) is true (a socket whose handle is reading already),
// so that read() on a stream with that _read may skip calling it. One
// function can be registered per runtime; a later call replaces it.
func (m *Module) SetIdleRead(read goja.Value, idle func(stream *goja.Object) bool) {
	m.paused.idleRead = read
	m.paused.idle = idle
}

// pushChunk buffers chunk, of n bytes, in stream when paused mode's common
// case holds, as pushFromGo would (addChunk, emitReadable,
// maybeReadMore), and returns push's answer; handled is false (and nothing
// done) otherwise. stream's push and state were checked by the caller,
// flags are the state's.
func (p *pausedPath) pushChunk(stream, st *goja.Object, flags int64, chunk goja.Value, n int) (more, handled bool) {
	if p.data == nil || flags&pushMask != pushable || !p.data.isZero(st.Get("length")) {
		return false, false
	}
	// (An empty buffer's bufferIndex is 0: taking the last chunk resets
	// both.)
	buf, ok := st.Get("buffer").(*goja.Object)
	if !ok || !p.data.isZero(buf.Get("length")) {
		return false, false
	}
	hwm := st.Get("highWaterMark")
	if hwm == nil || !goja.IsNumber(hwm) {
		return false, false
	}
	flags &^= rReading
	if err := buf.Set("0", chunk); err != nil {
		panic(err)
	}
	if err := st.Set("length", n); err != nil {
		panic(err)
	}
	readableTick := false
	if flags&rNeedReadable != 0 {
		// emitReadable
		flags &^= rNeedReadable
		if flags&rEmittedReadable == 0 {
			flags |= rEmittedReadable
			readableTick = true
		}
	}
	readMoreTick := flags&(rReadingMore|rConstructed) == rConstructed // maybeReadMore
	if readMoreTick {
		flags |= rReadingMore
	}
	p.data.flags.put(st, flags)
	switch {
	case readableTick && readMoreTick:
		p.host.NextTick(p.bothTicks, stream, st)
	case readableTick:
		p.host.NextTick(p.readableTick, stream, st)
	case readMoreTick:
		p.host.NextTick(p.readMoreTick, stream, st)
	}
	// canPushMore: not ended, and a chunk of n bytes is all there is.
	return float64(n) < hwm.ToFloat(), true
}

// goTick makes work a tick's function: called with a stream and its
// state, it runs work on them and returns what work throws.
func (p *pausedPath) goTick(work func(stream, st *goja.Object)) goja.Callable {
	return func(_ goja.Value, args ...goja.Value) (goja.Value, error) {
		stream, st := tickArgs(args)
		if ex := p.vm.Try(func() { work(stream, st) }); ex != nil {
			return nil, ex
		}
		return goja.Undefined(), nil
	}
}

// tickArgs returns the stream and state a tick was queued with.
func tickArgs(args []goja.Value) (stream, st *goja.Object) {
	if len(args) == 2 {
		stream, _ = args[0].(*goja.Object)
		st, _ = args[1].(*goja.Object)
	}
	return stream, st
}

// readMore is the script's readMore(stream, state), the read-ahead's tick:
// it reads with read(0) while that makes the buffer grow below the high
// water mark, unless a read is under way or the stream has ended.
func (p *pausedPath) readMore(stream, st *goja.Object) {
	if stream == nil || st == nil {
		return
	}
	for {
		flags, ok := p.data.flags.get(st)
		if !ok || flags&(rReading|rEnded) != 0 {
			break
		}
		before := st.Get("length")
		hwm := st.Get("highWaterMark")
		if !lessThan(before, hwm) && !(p.data.isZero(before) && flags&rFlowing != 0) {
			break
		}
		p.callRead(stream, p.data.zero)
		if after := st.Get("length"); after == nil || before == nil || after.StrictEquals(before) {
			break
		}
	}
	if flags, ok := p.data.flags.get(st); ok {
		p.data.flags.put(st, flags&^rReadingMore)
	}
}

// callRead calls stream.read(n) as JavaScript would.
func (p *pausedPath) callRead(stream *goja.Object, n goja.Value) {
	fn := stream.Get("read")
	var err error
	if sameObject(fn, p.data.read) {
		if p.data.isZero(n) && p.readZero(stream) {
			return
		}
		_, err = p.readSlow(stream, n)
	} else if f, ok := goja.AssertFunction(fn); ok {
		_, err = f(stream, n)
	} else {
		panic(p.vm.NewTypeError("stream.read is not a function"))
	}
	if err != nil {
		panic(err)
	}
}

// readableThenReadMore is the two ticks a push schedules, 'readable' and
// the read-ahead, run as one: queued together, they are next to each other
// in the queue, and every tick the first one queues comes after the
// second. Should the 'readable' listener throw, the read-ahead goes back
// to the head of the queue, where it was, as the exception is reported.
func (p *pausedPath) readableThenReadMore(_ goja.Value, args ...goja.Value) (goja.Value, error) {
	stream, st := tickArgs(args)
	if ex := p.vm.Try(func() { p.emitReadableNow(stream, st) }); ex != nil {
		p.host.NextTickFirst(p.readMoreTick, args...)
		return nil, ex
	}
	if ex := p.vm.Try(func() { p.readMore(stream, st) }); ex != nil {
		return nil, ex
	}
	return goja.Undefined(), nil
}

// emitReadableNow is the script's emitReadableNow(stream), the tick that
// emits 'readable'. (Like the script's, it reads the stream's state anew
// rather than use the one it was queued with.)
func (p *pausedPath) emitReadableNow(stream, _ *goja.Object) {
	if stream == nil {
		return
	}
	st, ok := stream.Get("_readableState").(*goja.Object)
	if !ok {
		return
	}
	flags, ok := p.data.flags.get(st)
	if !ok {
		return
	}
	emitted := flags&(rDestroyed|rErrored) == 0 && (truthy(st.Get("length")) || flags&rEnded != 0)
	if emitted {
		p.emit(stream, p.readableName)
		if flags, ok = p.data.flags.get(st); !ok {
			return
		}
	}
	// Once emitted, no 'readable' is pending. Ask for another while paused
	// below the mark; otherwise leave needReadable as it was.
	next := flags
	if emitted {
		next &^= rEmittedReadable
	}
	if flags&(rFlowing|rEnded) == 0 && lessOrEqual(st.Get("length"), st.Get("highWaterMark")) {
		next |= rNeedReadable
	}
	if next != flags {
		p.data.flags.put(st, next)
	}
	if flags&rFlowing != 0 {
		mustCall(p.flow, goja.Undefined(), stream)
	}
}

// emit calls stream.emit(name, args...), directly when emit is the stock
// one.
func (p *pausedPath) emit(stream *goja.Object, name goja.Value, args ...goja.Value) {
	fn := stream.Get("emit")
	if sameObject(fn, p.data.emitter.Func()) {
		p.data.emitter.EmitName(stream, name, args...)
		return
	}
	f, ok := goja.AssertFunction(fn)
	if !ok {
		panic(p.vm.NewTypeError("stream.emit is not a function"))
	}
	if _, err := f(stream, append([]goja.Value{name}, args...)...); err != nil {
		panic(err)
	}
}

// read is Readable.prototype.read(n), a Go function so that read() with
// no argument on a byte stream with a read under way costs one native
// call: then read() takes the whole buffer when it holds one chunk (or
// returns null when it holds none) and calls no _read. Every other read
// goes to the script's read.
func (p *pausedPath) read(call goja.FunctionCall) goja.Value {
	if p.data != nil && isMissing(call.Argument(0)) {
		if stream, ok := call.This.(*goja.Object); ok {
			if ret := p.readAll(stream); ret != nil {
				return ret
			}
		}
	}
	if p.data != nil && p.data.isZero(call.Argument(0)) {
		if stream, ok := call.This.(*goja.Object); ok && p.readZero(stream) {
			return goja.Null()
		}
	}
	return mustCall(p.readSlow, call.This, call.Arguments...)
}

// readZero is read(0) on a byte or object stream with nothing buffered
// that has not ended, the refill request a socket makes when it starts
// and when it connects. When the stream may call _read (constructed, not
// reading or failed), _read(highWaterMark) is called with a read under
// way and 'readable' asked for, then, as read() does once _read returns,
// sync is cleared and needReadable says whether the buffer is at most at
// the mark; otherwise 'readable' is only asked for. It returns false,
// doing nothing, when the case does not hold.
func (p *pausedPath) readZero(stream *goja.Object) bool {
	st, ok := stream.Get("_readableState").(*goja.Object)
	if !ok {
		return false
	}
	hwm := st.Get("highWaterMark")
	if hwm == nil || !goja.IsNumber(hwm) || !(hwm.ToFloat() >= 0) {
		return false
	}
	flags, ok := p.data.flags.get(st)
	if !ok || !p.data.isZero(st.Get("length")) {
		return false
	}
	if flags&noReadMask != rConstructed {
		if flags&rEnded != 0 {
			return false
		}
		// No _read (one under way, or failed): read(0) only asks for
		// 'readable'.
		if flags&rNeedReadable == 0 {
			p.data.flags.put(st, flags|rNeedReadable)
		}
		return true
	}
	read, ok := p.calls.Callable(stream.Get("_read"))
	if !ok {
		return false
	}
	p.data.flags.put(st, flags|rReading|rSync|rNeedReadable)
	if _, err := read(stream, st.Get("highWaterMark")); err != nil {
		ex, isException := err.(*goja.Exception)
		if !isException {
			panic(err)
		}
		mustCall(p.errorOrDestroy, goja.Undefined(), stream, ex.Value())
	}
	flags, _ = p.data.flags.get(st)
	flags &^= rSync
	// (read(0) returns nothing: needReadable is whether the buffer is at
	// most at the mark.)
	next := flags &^ rNeedReadable
	if lessOrEqual(st.Get("length"), st.Get("highWaterMark")) {
		next |= rNeedReadable
	}
	p.data.flags.put(st, next)
	return true
}

// readAll is read() in its common case, or nil (with nothing done) when
// the case does not hold: a read under way, or a _read that would do
// nothing (SetIdleRead), and the buffer holding one chunk or none.
func (p *pausedPath) readAll(stream *goja.Object) goja.Value {
	st, ok := stream.Get("_readableState").(*goja.Object)
	if !ok {
		return nil
	}
	flags, ok := p.data.flags.get(st)
	if !ok || flags&readMask != readable {
		return nil
	}
	length := st.Get("length")
	empty := p.data.isZero(length)
	var buf *goja.Object
	if !empty {
		// One chunk in the array is the one chunk buffered, at bufferIndex
		// 0: a bufferIndex of 1 would mean an empty buffer, which taking
		// the last chunk leaves as an empty array.
		if buf, ok = st.Get("buffer").(*goja.Object); !ok || !isOne(buf.Get("length")) {
			return nil
		}
		if flags&rMultiAwaitDrain != 0 && !isNull(st.Get("awaitDrainWriters")) {
			return nil
		}
		if !sameObject(stream.Get("emit"), p.data.emitter.Func()) {
			return nil
		}
	}
	before := flags
	flags &^= rEmittedReadable
	if flags&rReading == 0 {
		// read() would call _read: only one that does nothing is skipped.
		if p.idle == nil || !sameObject(stream.Get("_read"), p.idleRead) || !p.idle(stream) {
			return nil
		}
		// _read(highWaterMark) is called when nothing is buffered, when
		// taking the buffer leaves it below the mark, or when 'readable'
		// was asked for; it leaves a read under way. (The needReadable
		// that a call on an empty buffer sets is set below anyway.)
		if empty || flags&rNeedReadable != 0 || lessThan(p.data.zero, st.Get("highWaterMark")) {
			flags |= rReading
		}
	}
	if empty {
		// Nothing to return: ask for 'readable' (the buffer is below any
		// mark).
		if flags |= rNeedReadable; flags != before {
			p.data.flags.put(st, flags)
		}
		return goja.Null()
	}
	chunk := buf.Get("0")
	if chunk == nil {
		return nil
	}
	// takeFromBuffer, then read's bookkeeping: the buffer is empty, a
	// pipe's drain wait is over, and an empty buffer asks for 'readable'.
	if err := buf.Set("length", p.data.zero); err != nil {
		panic(err)
	}
	if err := st.Set("length", p.data.zero); err != nil {
		panic(err)
	}
	if !isNull(st.Get("awaitDrainWriters")) {
		if err := st.Set("awaitDrainWriters", goja.Null()); err != nil {
			panic(err)
		}
	}
	flags |= rNeedReadable
	if flags&(rErrorEmitted|rCloseEmitted) != 0 {
		p.data.flags.put(st, flags)
		return chunk
	}
	p.data.flags.put(st, flags|rDataEmitted)
	p.data.emitter.EmitName(stream, p.data.dataName, chunk)
	return chunk
}

// isOne tells whether v === 1.
func isOne(v goja.Value) bool {
	return v != nil && goja.IsNumber(v) && v.ToFloat() == 1
}

// lessThan is a < b for two numbers; anything else is false.
func lessThan(a, b goja.Value) bool {
	return a != nil && b != nil && goja.IsNumber(a) && goja.IsNumber(b) && a.ToFloat() < b.ToFloat()
}

// lessOrEqual is a <= b for two numbers; anything else is false.
func lessOrEqual(a, b goja.Value) bool {
	return a != nil && b != nil && goja.IsNumber(a) && goja.IsNumber(b) && a.ToFloat() <= b.ToFloat()
}

// resumeTick is the script's resumeNow(stream, state), the tick resume()
// schedules: read(0) unless a read is under way, 'resume', the flow (in
// Go when it would find nothing to read, see flowIdle), and read(0) again
// when flowing with no read under way. Streams of a module without
// nodeshim's events go to the script's.
func (p *pausedPath) resumeTick(call goja.FunctionCall) goja.Value {
	stream, st := tickArgs(call.Arguments)
	if p.data == nil || stream == nil || st == nil {
		mustCall(p.resumeSlow, goja.Undefined(), call.Arguments...)
		return goja.Undefined()
	}
	if flags, _ := p.data.flags.get(st); flags&rReading == 0 {
		p.callRead(stream, p.data.zero)
	}
	flags, _ := p.data.flags.get(st)
	p.data.flags.put(st, flags&^rResumeScheduled)
	p.emit(stream, p.resumeName)
	if !p.flowIdle(stream) {
		mustCall(p.flow, goja.Undefined(), stream)
	}
	if flags, _ := p.data.flags.get(st); flags&(rFlowing|rReading) == rFlowing {
		p.callRead(stream, p.data.zero)
	}
	return goja.Undefined()
}

// flowIdle is the script's flow(stream) when the stream flows with a read
// under way, nothing buffered, not ended and the stock read: what read()
// would do then (clear emittedReadable, ask for 'readable') is done here,
// and it returns true; it returns false, doing nothing, otherwise.
func (p *pausedPath) flowIdle(stream *goja.Object) bool {
	st, ok := stream.Get("_readableState").(*goja.Object)
	if !ok {
		return false
	}
	flags, ok := p.data.flags.get(st)
	if !ok || flags&(rFlowing|rReading|rEnded) != rFlowing|rReading || !p.data.isZero(st.Get("length")) ||
		!sameObject(stream.Get("read"), p.data.read) {
		return false
	}
	p.data.flags.put(st, flags&^rEmittedReadable|rNeedReadable)
	return true
}
