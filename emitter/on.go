package emitter

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// onIterator is the state behind the async iterator of events.on.
type onIterator struct {
	e       *events
	emitter goja.Value

	events   [][]goja.Value // events not yet consumed, each its argument list
	waiting  []pendingPromise
	err      goja.Value // error to deliver on the next next(), or nil
	finished bool
	paused   bool
	high     int64
	low      int64

	subscriptions []subscription
	disposeAbort  func()
}

// pendingPromise is a next() call waiting for an event.
type pendingPromise struct {
	resolve, reject func(interface{}) error
}

// subscription is a listener the iterator added and removes on close.
type subscription struct {
	name, listener goja.Value
}

// onStatic is events.on(emitter, name[, options]): an async iterator over
// name events, each value the event's argument list. 'error' rejects it,
// options.close names events that end it, options.signal aborts it and
// highWaterMark/lowWaterMark pause and resume the emitter.
func (e *events) onStatic(c goja.FunctionCall) goja.Value {
	emitter, name, options := c.Argument(0), c.Argument(1), c.Argument(2)
	opts := e.vm.NewObject()
	if !isUndefined(options) {
		opts = options.ToObject(e.vm) // null throws, as reading options.signal does
	}
	signal := nilSafe(opts.Get("signal"))
	e.validateAbortSignal(signal, "options.signal")
	if isAborted(signal) {
		panic(e.abortError(signal))
	}
	it := &onIterator{e: e, emitter: emitter, disposeAbort: func() {}}
	it.high = e.validateWatermark(e.firstDefined(opts, maxSafeInteger, "highWaterMark", "highWatermark"), "options.highWaterMark")
	it.low = e.validateWatermark(e.firstDefined(opts, 1, "lowWaterMark", "lowWatermark"), "options.lowWaterMark")

	it.subscribe(name, e.newFunction("", 0, func(c goja.FunctionCall) goja.Value {
		it.onEvent(append([]goja.Value(nil), c.Arguments...))
		return goja.Undefined()
	}))
	if !name.StrictEquals(e.errorName) && isObjectWith(emitter, "on") {
		it.subscribe(e.errorName, e.newFunction("errorHandler", 1, func(c goja.FunctionCall) goja.Value {
			it.fail(c.Argument(0))
			return goja.Undefined()
		}))
	}
	if closeNames, ok := opts.Get("close").(*goja.Object); ok {
		closer := e.newFunction("closeHandler", 0, func(goja.FunctionCall) goja.Value {
			it.close()
			return goja.Undefined()
		})
		for _, n := range arrayValues(closeNames) {
			it.subscribe(n, closer)
		}
	}
	if !isUndefined(signal) {
		disposable := e.addAbortListener(goja.FunctionCall{Arguments: []goja.Value{signal,
			e.newFunction("abortListener", 0, func(goja.FunctionCall) goja.Value {
				it.fail(e.abortError(signal))
				return goja.Undefined()
			})}}).(*goja.Object)
		it.disposeAbort = func() { e.call(disposable.GetSymbol(e.dispose), disposable) }
	}
	return it.object()
}

// firstDefined returns the first of o's named properties that is neither
// undefined nor null, or def.
func (e *events) firstDefined(o *goja.Object, def int64, names ...string) goja.Value {
	for _, n := range names {
		if v := o.Get(n); !isNullish(v) {
			return v
		}
	}
	return e.vm.ToValue(def)
}

// subscribe adds listener for name and remembers it for close.
func (it *onIterator) subscribe(name, listener goja.Value) {
	it.e.addAgnostic(it.emitter, name, listener, false)
	it.subscriptions = append(it.subscriptions, subscription{name, listener})
}

// onEvent hands an event to a waiting next() or queues it, pausing the
// emitter above the high water mark.
func (it *onIterator) onEvent(args []goja.Value) {
	if len(it.waiting) > 0 {
		p := it.waiting[0]
		it.waiting = it.waiting[1:]
		must(p.resolve(it.e.iterResult(it.e.argsArray(args), false)))
		return
	}
	it.events = append(it.events, args)
	if !it.paused && int64(len(it.events)) > it.high {
		it.paused = true
		it.e.callMethod(it.emitter.ToObject(it.e.vm), "pause")
	}
}

// fail rejects the first waiting next() with err, or keeps err for the
// next call, and ends the iteration.
func (it *onIterator) fail(err goja.Value) {
	if len(it.waiting) > 0 {
		p := it.waiting[0]
		it.waiting = it.waiting[1:]
		must(p.reject(err))
	} else {
		it.err = err
	}
	it.close()
}

// close removes the iterator's listeners, settles waiting next() calls as
// done, and returns a promise of the done result.
func (it *onIterator) close() goja.Value {
	it.disposeAbort()
	for len(it.subscriptions) > 0 {
		s := it.subscriptions[len(it.subscriptions)-1]
		it.subscriptions = it.subscriptions[:len(it.subscriptions)-1]
		it.e.removeAgnostic(it.emitter, s.name, s.listener)
	}
	it.finished = true
	done := it.e.iterResult(goja.Undefined(), true)
	waiting := it.waiting
	it.waiting = nil
	for _, p := range waiting {
		must(p.resolve(done))
	}
	return it.e.settled(done, false)
}

// next is the iterator's next(): a queued event, then a kept error, then
// done once finished; otherwise a promise for the next event.
func (it *onIterator) next() goja.Value {
	if len(it.events) > 0 {
		args := it.events[0]
		it.events = it.events[1:]
		if it.paused && int64(len(it.events)) < it.low {
			it.e.callMethod(it.emitter.ToObject(it.e.vm), "resume")
			it.paused = false
		}
		return it.e.settled(it.e.iterResult(it.e.argsArray(args), false), false)
	}
	if it.err != nil && it.err.ToBoolean() {
		err := it.err
		it.err = nil
		return it.e.settled(err, true)
	}
	if it.finished {
		return it.close()
	}
	promise, resolve, reject := it.e.vm.NewPromise()
	it.waiting = append(it.waiting, pendingPromise{resolve, reject})
	return it.e.vm.ToValue(promise)
}

// object builds the JavaScript iterator.
func (it *onIterator) object() *goja.Object {
	e := it.e
	o := e.vm.NewObject()
	must(o.Set("next", e.newFunction("next", 0, func(goja.FunctionCall) goja.Value { return it.next() })))
	must(o.Set("return", e.newFunction("return", 0, func(goja.FunctionCall) goja.Value { return it.close() })))
	must(o.Set("throw", e.newFunction("throw", 1, func(c goja.FunctionCall) goja.Value {
		err := c.Argument(0)
		if errObj, ok := err.(*goja.Object); !ok || !e.vm.InstanceOf(errObj, e.errorCtor) {
			panic(nodeerr.InvalidArgType(e.vm, "EventEmitter.AsyncIterator", "an instance of Error", err))
		}
		it.fail(err)
		return goja.Undefined()
	})))
	must(o.SetSymbol(e.asyncIteratorSymbol(), e.newFunction("[Symbol.asyncIterator]", 0,
		func(c goja.FunctionCall) goja.Value { return c.This })))
	must(o.SetSymbol(e.watermark, it.watermarkData()))
	return o
}

// watermarkData is the object under Symbol.for('nodejs.watermarkData'):
// live size, low, high and isPaused getters.
func (it *onIterator) watermarkData() *goja.Object {
	e := it.e
	o := e.vm.NewObject()
	getters := []struct {
		name string
		get  func() interface{}
	}{
		{"size", func() interface{} { return len(it.events) }},
		{"low", func() interface{} { return it.low }},
		{"high", func() interface{} { return it.high }},
		{"isPaused", func() interface{} { return it.paused }},
	}
	for _, g := range getters {
		get := g.get
		must(o.DefineAccessorProperty(g.name, e.newFunction("get "+g.name, 0, func(goja.FunctionCall) goja.Value {
			return e.vm.ToValue(get())
		}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
	return o
}

// asyncIteratorSymbol returns Symbol.asyncIterator when the runtime defines
// one (goja does not), else a symbol standing in for it.
func (e *events) asyncIteratorSymbol() *goja.Symbol {
	if s, ok := e.vm.Get("Symbol").(*goja.Object).Get("asyncIterator").(*goja.Symbol); ok {
		return s
	}
	return e.asyncIterator
}

// iterResult returns {value, done}.
func (e *events) iterResult(value goja.Value, done bool) *goja.Object {
	o := e.vm.NewObject()
	must(o.Set("value", value))
	must(o.Set("done", done))
	return o
}

// argsArray returns a new JavaScript array of args.
func (e *events) argsArray(args []goja.Value) *goja.Object {
	items := make([]interface{}, len(args))
	for i, a := range args {
		items[i] = a
	}
	return e.vm.NewArray(items...)
}

// settled returns a promise already resolved with v, or rejected with it.
func (e *events) settled(v goja.Value, rejected bool) goja.Value {
	promise, resolve, reject := e.vm.NewPromise()
	if rejected {
		must(reject(v))
	} else {
		must(resolve(v))
	}
	return e.vm.ToValue(promise)
}
