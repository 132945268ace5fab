package fs

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// job is one file-system operation after its arguments have been checked.
type job struct {
	// run does the blocking work. It must not touch JavaScript values: the
	// asynchronous forms call it on another goroutine.
	run func() (any, error)
	// values turns run's result into the values that follow the error in the
	// callback (none for calls that report only success). The Sync and
	// promise forms return the first one, or undefined.
	values func(result any) []goja.Value
}

// parser checks the arguments of an operation (throwing Node's errors) and
// returns its job. The arguments exclude the callback of the callback form.
type parser func(args []goja.Value) job

// none is the values function of calls whose callback gets only the error.
func none(any) []goja.Value { return nil }

// syncForm returns the fs.xxxSync function of an operation.
func (m *fsModule) syncForm(p parser) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		j := p(call.Arguments)
		res, err := j.run()
		if err != nil {
			panic(toJS(m.vm, err))
		}
		return first(j.values(res))
	}
}

// callbackForm returns the fs.xxx function of an operation whose callback
// is the last argument, at most at position arity-1.
func (m *fsModule) callbackForm(p parser, arity int) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		args, cb := m.splitCallback(call.Arguments, arity)
		j := p(args)
		m.start(j, func(vals []goja.Value, err goja.Value) {
			if err != nil {
				m.host().Call(cb, goja.Undefined(), err)
				return
			}
			m.host().Call(cb, goja.Undefined(), append([]goja.Value{goja.Null()}, vals...)...)
		})
		return goja.Undefined()
	}
}

// promiseForm returns the fs.promises.xxx function of an operation. Bad
// arguments reject the promise, as they do in Node's async functions.
func (m *fsModule) promiseForm(p parser) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		return m.promise(func() job { return p(call.Arguments) }, func(vals []goja.Value) goja.Value { return first(vals) })
	}
}

// promise runs the job that parse returns and settles a promise with
// resolved(values) or the error.
func (m *fsModule) promise(parse func() job, resolved func([]goja.Value) goja.Value) goja.Value {
	promise, resolve, reject := m.vm.NewPromise()
	j, thrown := nodeerr.Catch(parse)
	if thrown != nil {
		_ = reject(thrown)
		return m.vm.ToValue(promise)
	}
	m.start(j, func(vals []goja.Value, err goja.Value) {
		if err != nil {
			_ = reject(err)
			return
		}
		_ = resolve(resolved(vals))
	})
	return m.vm.ToValue(promise)
}

// start runs j on a goroutine that keeps the loop alive, then calls finish
// with its values or its error as a task on the loop's goroutine.
func (m *fsModule) start(j job, finish func(vals []goja.Value, err goja.Value)) {
	l := m.host().Loop()
	release := l.Hold()
	go func() {
		res, err := j.run()
		l.Post(func() {
			if err != nil {
				finish(nil, toJS(m.vm, err))
				return
			}
			finish(j.values(res), nil)
		})
		release()
	}()
}

// host returns the runtime's task runner; the asynchronous forms need one.
func (m *fsModule) host() *host.Host {
	h := host.From(m.vm)
	if h == nil {
		panic(m.vm.NewGoError(errNoLoop))
	}
	return h
}

// splitCallback separates the trailing callback from the other arguments,
// throwing ERR_INVALID_ARG_TYPE when the last argument is not a function.
func (m *fsModule) splitCallback(args []goja.Value, arity int) ([]goja.Value, goja.Callable) {
	if n := len(args); n > 0 {
		if cb, ok := goja.AssertFunction(args[n-1]); ok {
			return args[:n-1], cb
		}
	}
	panic(nodeerr.InvalidArgType(m.vm, "cb", "of type function", arg(args, arity-1)))
}

// first returns vals[0], or undefined.
func first(vals []goja.Value) goja.Value {
	if len(vals) == 0 {
		return goja.Undefined()
	}
	return vals[0]
}

// arg returns args[i], or undefined when it is missing.
func arg(args []goja.Value, i int) goja.Value {
	if i >= 0 && i < len(args) && args[i] != nil {
		return args[i]
	}
	return goja.Undefined()
}
