package module

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// makeRequire builds the require function of module m, with resolve, cache
// and main.
func (l *Loader) makeRequire(m *goja.Object) *goja.Object {
	req := l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		return l.require(m, l.requestArg(call.Argument(0)))
	}).(*goja.Object)
	resolve := l.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		request := l.requestArg(call.Argument(0))
		if _, ok := l.Core(request); ok && l.isCoreName(request) {
			return l.vm.ToValue(request)
		}
		filename, ok := l.resolve(request, m)
		if !ok {
			panic(l.notFound(request, m))
		}
		return l.vm.ToValue(filename)
	}).(*goja.Object)
	_ = resolve.Set("paths", func(request string) goja.Value {
		if l.isCoreName(request) {
			return goja.Null()
		}
		return l.vm.ToValue(m.Get("paths"))
	})
	_ = req.Set("resolve", resolve)
	_ = req.Set("cache", l.cache)
	_ = req.DefineAccessorProperty("main", l.vm.ToValue(func() goja.Value { return l.main }), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return req
}

// requestArg validates require's argument as Node does.
func (l *Loader) requestArg(v goja.Value) string {
	s, ok := v.Export().(string)
	if !ok {
		panic(nodeerr.InvalidArgType(l.vm, "id", "of type string", v))
	}
	if s == "" {
		panic(nodeerr.InvalidArgValue(l.vm, "id", v, "must be a non-empty string"))
	}
	return s
}

// isCoreName reports whether request names a core module.
func (l *Loader) isCoreName(request string) bool {
	name := strings.TrimPrefix(request, "node:")
	_, ok := l.core[name]
	if !ok {
		_, ok = l.core["node:"+name]
	}
	return ok
}

// require loads request on behalf of module from.
func (l *Loader) require(from *goja.Object, request string) goja.Value {
	if l.isCoreName(request) && !isPathRequest(request) {
		exports, _ := l.Core(request)
		return exports
	}
	if strings.HasPrefix(request, "node:") {
		panic(nodeerr.Error(l.vm, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+request))
	}
	filename, ok := l.resolve(request, from)
	if !ok {
		panic(l.notFound(request, from))
	}
	if cached, ok := l.cache.Get(filename).(*goja.Object); ok {
		addChild(from, cached)
		return cached.Get("exports")
	}
	m := l.newModule(filename, from)
	_ = l.cache.Set(filename, m)
	addChild(from, m)
	if err := l.load(m, filename); err != nil {
		_ = l.cache.Delete(filename)
		rethrow(l.vm, err)
	}
	return m.Get("exports")
}

func addChild(parent, child *goja.Object) {
	if parent == nil {
		return
	}
	if children, ok := parent.Get("children").(*goja.Object); ok {
		push, _ := goja.AssertFunction(children.Get("push"))
		if push != nil {
			_, _ = push(children, child)
		}
	}
}

func isPathRequest(request string) bool {
	return strings.HasPrefix(request, "./") || strings.HasPrefix(request, "../") ||
		strings.HasPrefix(request, "/") || request == "." || request == ".."
}

// resolve finds the file request names, relative to module from.
func (l *Loader) resolve(request string, from *goja.Object) (string, bool) {
	base := "."
	if from != nil {
		if f := from.Get("filename"); f != nil && !goja.IsUndefined(f) {
			base = filepath.Dir(f.String())
		}
	}
	if isPathRequest(request) {
		target := request
		if !filepath.IsAbs(target) {
			target = filepath.Join(base, request)
		}
		return l.resolveFileOrDirectory(target, strings.HasSuffix(request, "/"))
	}
	for _, dir := range nodeModulePaths(base) {
		if f, ok := l.resolveFileOrDirectory(filepath.Join(dir, request), false); ok {
			return f, true
		}
	}
	return "", false
}

func (l *Loader) resolveFileOrDirectory(path string, dirOnly bool) (string, bool) {
	if !dirOnly {
		if f, ok := l.resolveFile(path); ok {
			return f, true
		}
	}
	return l.resolveDirectory(path)
}

// resolveFile tries path as is, then with the .js, .json and .node
// extensions.
func (l *Loader) resolveFile(path string) (string, bool) {
	for _, candidate := range []string{path, path + ".js", path + ".json", path + ".node"} {
		if st, err := os.Stat(candidate); err == nil && !st.IsDir() {
			return realPath(candidate), true
		}
	}
	return "", false
}

// resolveDirectory tries package.json's main, then index.js/index.json.
func (l *Loader) resolveDirectory(dir string) (string, bool) {
	if data, err := os.ReadFile(filepath.Join(dir, "package.json")); err == nil {
		var pkg struct {
			Main string `json:"main"`
		}
		if json.Unmarshal(data, &pkg) == nil && pkg.Main != "" {
			main := filepath.Join(dir, pkg.Main)
			if f, ok := l.resolveFile(main); ok {
				return f, true
			}
			if f, ok := l.resolveIndex(main); ok {
				return f, true
			}
		}
	}
	return l.resolveIndex(dir)
}

func (l *Loader) resolveIndex(dir string) (string, bool) {
	for _, name := range []string{"index.js", "index.json", "index.node"} {
		p := filepath.Join(dir, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return realPath(p), true
		}
	}
	return "", false
}

// realPath resolves symlinks, as Node does for module identity.
func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}
