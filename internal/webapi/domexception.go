package webapi

import (
	"bytes"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// domExceptionState is the Go side of a DOMException.
type domExceptionState struct {
	Opaque
	name, message goja.Value
	code          int
}

// legacyCodes are the WebIDL legacy code constants, in code order; their
// names map to the error names that carry a code.
var legacyCodes = []struct{ constant, name string }{
	{"INDEX_SIZE_ERR", "IndexSizeError"},
	{"DOMSTRING_SIZE_ERR", "DOMStringSizeError"},
	{"HIERARCHY_REQUEST_ERR", "HierarchyRequestError"},
	{"WRONG_DOCUMENT_ERR", "WrongDocumentError"},
	{"INVALID_CHARACTER_ERR", "InvalidCharacterError"},
	{"NO_DATA_ALLOWED_ERR", "NoDataAllowedError"},
	{"NO_MODIFICATION_ALLOWED_ERR", "NoModificationAllowedError"},
	{"NOT_FOUND_ERR", "NotFoundError"},
	{"NOT_SUPPORTED_ERR", "NotSupportedError"},
	{"INUSE_ATTRIBUTE_ERR", "InUseAttributeError"},
	{"INVALID_STATE_ERR", "InvalidStateError"},
	{"SYNTAX_ERR", "SyntaxError"},
	{"INVALID_MODIFICATION_ERR", "InvalidModificationError"},
	{"NAMESPACE_ERR", "NamespaceError"},
	{"INVALID_ACCESS_ERR", "InvalidAccessError"},
	{"VALIDATION_ERR", "ValidationError"},
	{"TYPE_MISMATCH_ERR", "TypeMismatchError"},
	{"SECURITY_ERR", "SecurityError"},
	{"NETWORK_ERR", "NetworkError"},
	{"ABORT_ERR", "AbortError"},
	{"URL_MISMATCH_ERR", "URLMismatchError"},
	{"QUOTA_EXCEEDED_ERR", "QuotaExceededError"},
	{"TIMEOUT_ERR", "TimeoutError"},
	{"INVALID_NODE_TYPE_ERR", "InvalidNodeTypeError"},
	{"DATA_CLONE_ERR", "DataCloneError"},
}

// codeByName maps an error name to its legacy code. Node gives 0 to the
// three names whose constants are historical (DOMStringSizeError,
// NoDataAllowedError, ValidationError), so they are left out.
var codeByName = func() map[string]int {
	m := map[string]int{}
	for i, c := range legacyCodes {
		switch c.name {
		case "DOMStringSizeError", "NoDataAllowedError", "ValidationError":
			continue
		}
		m[c.name] = i + 1
	}
	return m
}()

// DOMExceptionCode returns the legacy code of a DOMException name, 0 for
// names without one.
func DOMExceptionCode(name string) int {
	return codeByName[name]
}

// newDOMExceptionClass builds DOMException: an Error subclass whose name,
// message and code are prototype getters and whose stack is its own
// property, as in Node.
func (r *realm) newDOMExceptionClass() *Class {
	vm := r.vm
	c := r.newClass("DOMException", 0, nil, func(this *goja.Object, args []goja.Value) {
		message := ""
		if m := argOrUndefined(args, 0); !goja.IsUndefined(m) {
			message = toDOMString(vm, m).String()
		}
		name := "Error"
		switch opts := argOrUndefined(args, 1); {
		case isObject(opts):
			o := opts.(*goja.Object)
			// Node stringifies a missing name too: "undefined".
			name = toDOMString(vm, nilSafe(o.Get("name"))).String()
			if cause := o.Get("cause"); cause != nil {
				must(this.DefineDataProperty("cause", cause, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
			}
		case !goja.IsUndefined(opts):
			name = toDOMString(vm, opts).String()
		}
		r.initDOMException(this, message, name)
	})
	errorCtor := r.in.ctors["Error"]
	must(c.Proto.SetPrototype(errorCtor.Get("prototype").(*goja.Object)))
	get := func(f func(st *domExceptionState) goja.Value) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			st, ok := StateOf[*domExceptionState](hiddenState, call.This)
			if !ok {
				panic(nodeerr.TypeError(vm, "ERR_INVALID_THIS", `Value of "this" must be of DOMException`))
			}
			return f(st)
		}
	}
	c.Accessor("name", get(func(st *domExceptionState) goja.Value { return st.name }), nil)
	c.Accessor("message", get(func(st *domExceptionState) goja.Value { return st.message }), nil)
	c.Accessor("code", get(func(st *domExceptionState) goja.Value { return vm.ToValue(st.code) }), nil)
	for i, lc := range legacyCodes {
		c.Constant(lc.constant, i+1, true)
	}
	return c
}

// initDOMException makes obj a DOMException with an own stack property
// whose first line is "name: message".
func (r *realm) initDOMException(obj *goja.Object, message, name string) {
	hiddenState.Attach(r.vm, obj, &domExceptionState{name: r.vm.ToValue(name), message: r.vm.ToValue(message), code: codeByName[name]})
	must(obj.DefineDataProperty("stack", r.vm.ToValue(r.stackTrace(name, message)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

// stackTrace formats the current JavaScript stack below a "name: message"
// header, the way goja renders an Error's stack. The frames on top that are
// the constructor's own (native code and the class shim) are left out.
func (r *realm) stackTrace(name, message string) string {
	var b bytes.Buffer
	b.WriteString(name)
	if message != "" {
		b.WriteString(": " + message)
	}
	b.WriteByte('\n')
	frames := r.vm.CaptureCallStack(0, nil)
	for len(frames) > 0 && (frames[0].SrcName() == "<native>" || frames[0].SrcName() == classSource) {
		frames = frames[1:]
	}
	for _, f := range frames {
		b.WriteString("\tat ")
		f.Write(&b)
		b.WriteByte('\n')
	}
	return b.String()
}

// newDOMException returns a DOMException with message and name.
func (r *realm) newDOMException(message, name string) *goja.Object {
	obj := r.vm.CreateObject(r.domException.Proto)
	r.initDOMException(obj, message, name)
	return obj
}
