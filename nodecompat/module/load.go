package module

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
)

// load reads, compiles and runs the module file into m.
func (l *Loader) load(m *goja.Object, filename string) error {
	src, err := os.ReadFile(filename)
	if err != nil {
		return err
	}
	switch filepath.Ext(filename) {
	case ".json":
		return l.loadJSON(m, filename, src)
	case ".node":
		return errors.New(filename + ": native addons are not supported")
	}
	return l.loadJS(m, filename, string(src))
}

func (l *Loader) loadJSON(m *goja.Object, filename string, src []byte) error {
	parse, _ := goja.AssertFunction(l.vm.Get("JSON").(*goja.Object).Get("parse"))
	v, err := parse(goja.Undefined(), l.vm.ToValue(stripBOM(string(src))))
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if obj, ok := ex.Value().(*goja.Object); ok {
				_ = obj.Set("message", filename+": "+obj.Get("message").String())
			}
		}
		return err
	}
	_ = m.Set("exports", v)
	_ = m.Set("loaded", true)
	return nil
}

// wrapperHead keeps the module's first line on line 1 so stack traces point
// at the user's lines.
const wrapperHead = "(function (exports, require, module, __filename, __dirname) { "

func (l *Loader) loadJS(m *goja.Object, filename, src string) error {
	src = stripBOM(src)
	if strings.HasPrefix(src, "#!") {
		src = "//" + src[2:]
	}
	prg, err := goja.Compile(filename, wrapperHead+src+"\n})", false)
	if err != nil {
		return err
	}
	fnVal, err := l.vm.RunProgram(prg)
	if err != nil {
		return err
	}
	fn, _ := goja.AssertFunction(fnVal)
	exports := m.Get("exports")
	_, err = fn(exports, exports, m.Get("require"), m, l.vm.ToValue(filename), l.vm.ToValue(filepath.Dir(filename)))
	if err != nil {
		return err
	}
	_ = m.Set("loaded", true)
	return nil
}

func stripBOM(s string) string {
	return strings.TrimPrefix(s, "\uFEFF")
}
