package util

import (
	"strings"

	"github.com/dop251/goja"
)

// isClassSource reports whether src, the text Function.prototype.toString
// gave, is a class declaration.
func isClassSource(src string) bool {
	if !strings.HasPrefix(src, "class") || !strings.HasSuffix(src, "}") {
		return false
	}
	body := src[len("class") : len(src)-1]
	brace := strings.IndexByte(body, '{')
	return brace != -1 && !strings.Contains(body[:brace], "(")
}

// functionBase is Node's getFunctionBase: "[Function: f]",
// "[AsyncFunction (anonymous)]", "[class A extends B]" and so on.
func (c *inspectCtx) functionBase(f *goja.Object, ctor ctorName, tag string) string {
	src := c.call(c.s.in.functionToString, f).String()
	if isClassSource(src) {
		return c.classBase(f, ctor, tag)
	}
	typ := "Function"
	if c.s.isGeneratorFunction(f) {
		typ = "Generator" + typ
	}
	if c.s.isAsyncFunction(f) {
		typ = "Async" + typ
	}
	var b strings.Builder
	b.WriteString("[" + typ)
	if !ctor.ok {
		b.WriteString(" (null prototype)")
	}
	if name := f.Get("name"); !defined(name) || name.String() == "" {
		b.WriteString(" (anonymous)")
	} else {
		b.WriteString(": " + name.String())
	}
	b.WriteString("]")
	// goja's async methods inherit from Function.prototype; V8's do not.
	if ctor.ok && ctor.name != typ && !(ctor.name == "Function" && typ == "AsyncFunction") {
		b.WriteString(" " + ctor.name)
	}
	if tag != "" && (!ctor.ok || ctor.name != tag) {
		b.WriteString(" [" + tag + "]")
	}
	return b.String()
}

// classBase is Node's getClassBase.
func (c *inspectCtx) classBase(f *goja.Object, ctor ctorName, tag string) string {
	name := ""
	if c.call(c.s.in.hasOwnProperty, f, c.vm.ToValue("name")).ToBoolean() {
		if n := f.Get("name"); n != nil && n.ToBoolean() {
			name = n.String()
		}
	}
	if name == "" {
		name = "(anonymous)"
	}
	base := "class " + name
	if ctor.ok && ctor.name != "Function" {
		base += " [" + ctor.name + "]"
	}
	if tag != "" && (!ctor.ok || ctor.name != tag) {
		base += " [" + tag + "]"
	}
	if !ctor.ok {
		base += " extends [null prototype]"
	} else if proto := f.Prototype(); proto != nil {
		if super := proto.Get("name"); super != nil && super.ToBoolean() {
			base += " extends " + super.String()
		}
	}
	return "[" + base + "]"
}
