package util

import (
	"strings"
	"unicode"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// kindOf classifies o as jskind.Of does, then tells errors that goja does
// not mark as such by their prototype, and WeakMaps, WeakSets and DataViews
// by brand checks through the captured intrinsics.
func (s *state) kindOf(o *goja.Object) jskind.Kind {
	k := jskind.Of(o)
	if k != jskind.Object {
		return k
	}
	if s.vm.InstanceOf(o, s.in.errorConstructor) {
		return jskind.Error
	}
	return s.brandKind(o)
}

// brandKind recognises the objects goja does not tell apart by type
// (WeakMap, WeakSet, DataView): their inherited toStringTag names a candidate
// that a brand check through the pristine prototype method confirms.
func (s *state) brandKind(o *goja.Object) jskind.Kind {
	v := o.GetSymbol(goja.SymToStringTag)
	if v == nil || !goja.IsString(v) {
		return jskind.Object
	}
	tag := v.String()
	var check goja.Callable
	var k jskind.Kind
	switch tag {
	case "WeakMap":
		check, k = s.in.weakMapHas, jskind.WeakMap
	case "WeakSet":
		check, k = s.in.weakSetHas, jskind.WeakSet
	case "DataView":
		check, k = s.in.dataViewByteLength, jskind.DataView
	default:
		return jskind.Object
	}
	if _, err := check(o, s.vm.NewObject()); err != nil {
		return jskind.Object
	}
	return k
}

// isGeneratorFunction reports whether f was declared with function*.
func (s *state) isGeneratorFunction(f *goja.Object) bool {
	return hasProto(f, s.in.generatorFunctionPrototype)
}

// isAsyncFunction reports whether f was declared async. goja gives async
// methods (`{ async m() {} }`) Function.prototype, so their source text is
// the fallback.
func (s *state) isAsyncFunction(f *goja.Object) bool {
	if hasProto(f, s.in.asyncFunctionPrototype) {
		return true
	}
	src, err := s.in.functionToString(f)
	if err != nil {
		return false
	}
	text := src.String()
	return len(text) > len("async ") && strings.HasPrefix(text, "async") && unicode.IsSpace(rune(text[len("async")]))
}

// hasProto reports whether proto is on o's prototype chain.
func hasProto(o, proto *goja.Object) bool {
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == proto {
			return true
		}
	}
	return false
}
