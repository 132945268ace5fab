package dns

import (
	"github.com/dop251/goja"
)

// request is an asynchronous dns call whose arguments have been checked.
type request struct {
	// start begins the work; finish runs on the loop, inside a task, with
	// the values that follow the error in the callback form, or the error.
	start func(finish func(vals []goja.Value, err goja.Value))
	// promised turns those values into the promise form's value; nil means
	// the first value.
	promised func(vals []goja.Value) goja.Value
}

// withCallback runs r and calls cb Node's way: cb(err) or cb(null, ...vals).
func (s *state) withCallback(r request, cb goja.Callable) {
	r.start(func(vals []goja.Value, err goja.Value) {
		if err != nil {
			s.host().Call(cb, goja.Undefined(), err)
			return
		}
		s.host().Call(cb, goja.Undefined(), append([]goja.Value{goja.Null()}, vals...)...)
	})
}

// withPromise runs r and returns a promise of its outcome.
func (s *state) withPromise(r request) goja.Value {
	p, resolve, reject := s.vm.NewPromise()
	r.start(func(vals []goja.Value, err goja.Value) {
		if err != nil {
			_ = reject(err)
			return
		}
		switch {
		case r.promised != nil:
			_ = resolve(r.promised(vals))
		case len(vals) > 0:
			_ = resolve(vals[0])
		default:
			_ = resolve(goja.Undefined())
		}
	})
	return s.vm.ToValue(p)
}
