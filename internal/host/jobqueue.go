package host

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// jobQueue reaches a runtime's queue of promise jobs, which goja runs only
// when the outermost call from Go returns and offers no API to run
// otherwise. A Host that keeps one call open for a whole run of the loop
// (see runSession) runs the jobs after each macrotask itself.
//
// The queue is found by reflection, once, as vmstack finds the value
// stack; if the goja in use is laid out differently, jobs is nil and the
// Host enters JavaScript once per macrotask instead. The package's tests
// fail on such a goja, so an upgrade that moves the field is noticed.
type jobQueue struct {
	jobs *[]func() // the runtime's queue, or nil if not found
}

// newJobQueue returns the jobQueue of vm.
func newJobQueue(vm *goja.Runtime) jobQueue {
	rt := reflect.ValueOf(vm).Elem()
	f := rt.FieldByName("jobQueue")
	if !f.IsValid() || f.Type() != reflect.TypeFor[[]func()]() {
		return jobQueue{}
	}
	return jobQueue{jobs: (*[]func())(unsafe.Pointer(f.UnsafeAddr()))}
}

// active reports whether the queue was found.
func (q jobQueue) active() bool { return q.jobs != nil }

// run runs the queued jobs, and those they queue, until none is left or
// stop reports true (the program is exiting: the rest are dropped).
func (q jobQueue) run(stop func() bool) {
	for len(*q.jobs) > 0 {
		jobs := *q.jobs
		*q.jobs = nil
		for i, job := range jobs {
			if stop() {
				q.drop()
				return
			}
			job()
			jobs[i] = nil
		}
	}
}

// drop forgets the queued jobs.
func (q jobQueue) drop() {
	*q.jobs = nil
}
