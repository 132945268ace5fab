package webapi

import (
	"github.com/dop251/goja"
)

// targetState is the Go side of an EventTarget: its listeners by event type.
type targetState struct {
	Opaque
	r        *realm
	lists    map[string]*listenerList
	handlers map[string]*listener // the on<type> handler entries
	abort    *abortState          // set when the target is an AbortSignal
}

// listenerKind says how a listener is invoked.
type listenerKind uint8

const (
	kindFunction listenerKind = iota // a function, called with this = target
	kindObject                       // an object whose handleEvent is called
	kindHandler                      // an on<type> event handler attribute
	kindGo                           // a Go function
)

// listener is one entry of a listener list. Lists are doubly linked and a
// removed entry keeps its next pointer, so a dispatch in progress goes on
// from it: exactly Node's iteration, in which a listener appended during
// dispatch runs if the dispatch had not yet reached the end of the list.
type listener struct {
	prev, next *listener
	kind       listenerKind
	callback   *goja.Object  // the function or EventListener object given
	fn         goja.Callable // callback or value as a function, else nil
	value      goja.Value    // the handler attribute's value (kindHandler)
	goFn       func(ev *eventState)
	capture    bool
	once       bool
	passive    bool
	resist     bool // still runs after stopImmediatePropagation
	removed    bool
	unhook     func() // undoes the {signal} subscription
}

// listenerList holds one event type's listeners after a sentinel head.
type listenerList struct {
	head   listener
	resist int        // listeners with resist set
	live   int        // listeners not removed
	typ    goja.Value // the type as a JavaScript string, for the events fired at the list
}

// same reports whether l was registered with this callback and capture flag.
func (l *listener) same(callback *goja.Object, capture bool) bool {
	return l.callback == callback && l.capture == capture && callback != nil
}

// list returns the listener list of typ, creating it if create is set.
func (ts *targetState) list(typ string, create bool) *listenerList {
	if l := ts.lists[typ]; l != nil || !create {
		return l
	}
	if ts.lists == nil {
		ts.lists = map[string]*listenerList{}
	}
	l := &listenerList{typ: ts.r.vm.ToValue(typ)}
	ts.lists[typ] = l
	return l
}

// add appends l to typ's list unless an equal listener is there already. It
// reports whether l was added.
func (ts *targetState) add(typ string, l *listener) bool {
	list := ts.list(typ, true)
	last := &list.head
	for h := list.head.next; h != nil; h = h.next {
		if h.same(l.callback, l.capture) {
			return false
		}
		last = h
	}
	last.next, l.prev = l, last
	list.live++
	if l.resist {
		list.resist++
	}
	if ts.abort != nil && typ == "abort" {
		ts.abort.listenersChanged(list.live)
	}
	return true
}

// find returns the live listener of typ registered with callback and capture.
func (ts *targetState) find(typ string, callback *goja.Object, capture bool) *listener {
	list := ts.lists[typ]
	if list == nil {
		return nil
	}
	for h := list.head.next; h != nil; h = h.next {
		if h.same(callback, capture) {
			return h
		}
	}
	return nil
}

// remove unlinks l from typ's list. l keeps its next pointer for a dispatch
// that is positioned on it.
func (ts *targetState) remove(typ string, l *listener) {
	if l.removed {
		return
	}
	list := ts.lists[typ]
	l.removed = true
	l.prev.next = l.next
	if l.next != nil {
		l.next.prev = l.prev
	}
	list.live--
	if l.resist {
		list.resist--
	}
	if l.unhook != nil {
		l.unhook()
		l.unhook = nil
	}
	if ts.abort != nil && typ == "abort" {
		ts.abort.listenersChanged(list.live)
	}
}

// hasListeners reports whether typ has any listener.
func (ts *targetState) hasListeners(typ string) bool {
	return ts.listened(typ) != nil
}

// listened returns typ's listener list if it has any listener, else nil.
func (ts *targetState) listened(typ string) *listenerList {
	if list := ts.lists[typ]; list != nil && list.live > 0 {
		return list
	}
	return nil
}

// callbacks returns the callbacks of typ's listeners, for
// events.getEventListeners.
func (ts *targetState) callbacks(typ string) []goja.Value {
	var out []goja.Value
	if list := ts.lists[typ]; list != nil {
		for h := list.head.next; h != nil; h = h.next {
			switch {
			case h.callback != nil:
				out = append(out, h.callback)
			case h.kind == kindHandler && isObject(h.value):
				out = append(out, h.value)
			}
		}
	}
	return out
}
