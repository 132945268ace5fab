package process

import (
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// signalWatcher delivers OS signals to process signal listeners. A signal is
// caught only while process has a listener for it, so without one the OS
// default applies (SIGINT and SIGTERM end the process), as in Node. Signal
// watching does not keep the loop alive.
type signalWatcher struct {
	p      *Process
	active map[string]chan os.Signal
}

func newSignalWatcher(p *Process) *signalWatcher {
	w := &signalWatcher{p: p, active: map[string]chan os.Signal{}}
	on, _ := goja.AssertFunction(p.obj.Get("on"))
	_, _ = on(p.obj, p.vm.ToValue("newListener"), p.vm.ToValue(func(name goja.Value) { w.listenerAdded(name.String()) }))
	_, _ = on(p.obj, p.vm.ToValue("removeListener"), p.vm.ToValue(func(name goja.Value) { w.listenerRemoved(name.String()) }))
	return w
}

func (w *signalWatcher) listenerAdded(name string) {
	sig, ok := signalByName(name)
	if !ok || w.active[name] != nil {
		return
	}
	ch := make(chan os.Signal, 4)
	signal.Notify(ch, sig)
	w.active[name] = ch
	l := w.p.host.Loop()
	go func() {
		for range ch {
			l.Post(func() { w.p.Emit(name, w.p.vm.ToValue(name), w.p.vm.ToValue(int(sig))) })
		}
	}()
}

func (w *signalWatcher) listenerRemoved(name string) {
	ch := w.active[name]
	if ch == nil || w.p.ListenerCount(name) > 0 {
		return
	}
	sig, _ := signalByName(name)
	signal.Reset(sig)
	signal.Stop(ch)
	close(ch)
	delete(w.active, name)
}

// signalByName maps "SIGINT" to the signal, for the signals a script may
// listen to.
func signalByName(name string) (syscall.Signal, bool) {
	if !strings.HasPrefix(name, "SIG") {
		return 0, false
	}
	sig := unix.SignalNum(name)
	if sig == 0 || sig == unix.SIGKILL || sig == unix.SIGSTOP {
		return 0, false
	}
	return sig, true
}

// signalNumber converts process.kill's signal argument (name or number,
// default SIGTERM).
func signalNumber(v goja.Value) syscall.Signal {
	if goja.IsUndefined(v) {
		return unix.SIGTERM
	}
	if s, ok := v.Export().(string); ok {
		if sig, ok := signalByName(s); ok {
			return sig
		}
		return unix.SIGTERM
	}
	return syscall.Signal(v.ToInteger())
}

func killPid(pid int, sig syscall.Signal) error {
	return unix.Kill(pid, sig)
}
