// Package url is Node's "url" module: the WHATWG URL and URLSearchParams
// classes (over the pure-Go parser in the whatwg subpackage), the legacy
// url.parse/format/resolve API, file URL helpers, and, as a second module,
// "querystring".
package url

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/internal/perruntime"
	"github.com/nodeshim/nodeshim/internal/utf8lossy"
	nodepath "github.com/nodeshim/nodeshim/nodecompat/path"
	"github.com/nodeshim/nodeshim/nodecompat/url/whatwg"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "url"

// registry holds each runtime's classes, so that the URL global and
// require('url').URL are one constructor; their natives keep them alive.
var registry perruntime.Registry[classes]

// classesOf returns the runtime's URL classes, making them on first use.
func classesOf(vm *goja.Runtime) *classes {
	return registry.Get(vm, newClasses)
}

// Enable installs the URL and URLSearchParams globals on vm.
func Enable(vm *goja.Runtime) {
	c := classesOf(vm)
	global := vm.GlobalObject()
	must(global.DefineDataProperty("URL", c.url, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(global.DefineDataProperty("URLSearchParams", c.params, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

// Require fills module.exports for the module.
func Require(vm *goja.Runtime, module *goja.Object) {
	c := classesOf(vm)
	l := newLegacy(vm, c)
	exports := vm.NewObject()
	must(exports.Set("Url", l.ctor))
	must(exports.Set("parse", func(call goja.FunctionCall) goja.Value {
		return l.parse(call.Argument(0), call.Argument(1).ToBoolean(), call.Argument(2).ToBoolean())
	}))
	must(exports.Set("resolve", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(l.resolve(call.Argument(0).String(), call.Argument(1).String()))
	}))
	must(exports.Set("resolveObject", func(call goja.FunctionCall) goja.Value {
		return l.parse(vm.ToValue(l.resolve(l.hrefOf(call.Argument(0)), l.hrefOf(call.Argument(1)))), false, false)
	}))
	must(exports.Set("format", l.formatAny))
	must(exports.Set("URL", c.url))
	must(exports.Set("URLSearchParams", c.params))
	must(exports.Set("domainToASCII", func(call goja.FunctionCall) goja.Value {
		host, err := whatwg.ParseHost(domainArg(vm, call), false)
		if err != nil {
			return vm.ToValue("")
		}
		return vm.ToValue(host)
	}))
	must(exports.Set("domainToUnicode", func(call goja.FunctionCall) goja.Value {
		host, err := whatwg.ParseHost(domainArg(vm, call), false)
		if err != nil {
			return vm.ToValue("")
		}
		return vm.ToValue(whatwg.DomainToUnicode(host))
	}))
	must(exports.Set("pathToFileURL", c.pathToFileURL))
	must(exports.Set("fileURLToPath", c.fileURLToPath))
	must(exports.Set("urlToHttpOptions", c.urlToHttpOptions))
	must(module.Set("exports", exports))
}

// domainArg returns String(domain), which must be given.
func domainArg(vm *goja.Runtime, call goja.FunctionCall) string {
	if len(call.Arguments) == 0 {
		panic(nodeerr.TypeError(vm, "ERR_MISSING_ARGS", `The "domain" argument must be specified`))
	}
	return call.Arguments[0].String()
}

// pathToFileURL is url.pathToFileURL(path): the absolute file: URL of a
// path, with the characters that would end the path escaped.
func (c *classes) pathToFileURL(call goja.FunctionCall) goja.Value {
	vm := c.vm
	arg := call.Argument(0)
	if !goja.IsString(arg) {
		panic(nodeerr.InvalidArgType(vm, "path", "of type string", arg))
	}
	p := arg.String()
	resolved := nodepath.ResolveFromCwd(p)
	if strings.HasSuffix(p, "/") && !strings.HasSuffix(resolved, "/") {
		resolved += "/"
	}
	resolved = strings.NewReplacer("%", "%25", `\`, "%5C", "\n", "%0A", "\r", "%0D", "\t", "%09", "#", "%23", "?", "%3F").Replace(resolved)
	obj, err := vm.New(c.url, vm.ToValue("file://"))
	if err != nil {
		panic(err)
	}
	u := c.recordOf(obj)
	u.SetPathname(resolved)
	return obj
}

// fileURLToPath is url.fileURLToPath(url): the path of a file: URL given as
// a string or URL object.
func (c *classes) fileURLToPath(call goja.FunctionCall) goja.Value {
	vm := c.vm
	arg := call.Argument(0)
	var u *whatwg.URL
	if goja.IsString(arg) {
		var err error
		if u, err = whatwg.Parse(arg.String(), nil); err != nil {
			panic(c.invalidURL(arg.String(), nil))
		}
	} else if obj, ok := arg.(*goja.Object); ok {
		u = c.recordOf(obj)
	}
	if u == nil {
		panic(nodeerr.InvalidArgType(vm, "path", "of type string or an instance of URL", arg))
	}
	if u.Scheme != "file" {
		panic(nodeerr.TypeError(vm, "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file"))
	}
	if u.Host != "" {
		panic(nodeerr.TypeError(vm, "ERR_INVALID_FILE_URL_HOST", `File URL host must be "localhost" or empty on linux`))
	}
	pathname := u.Pathname()
	if strings.Contains(strings.ToLower(pathname), "%2f") {
		panic(nodeerr.TypeError(vm, "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters"))
	}
	return vm.ToValue(utf8lossy.String(whatwg.PercentDecode(pathname)))
}

// urlToHttpOptions is url.urlToHttpOptions(url): the options object
// http.request() takes, from a URL.
func (c *classes) urlToHttpOptions(call goja.FunctionCall) goja.Value {
	vm := c.vm
	obj := call.Argument(0).ToObject(vm)
	get := func(name string) string { return obj.Get(name).String() }
	out := vm.CreateObject(nil)
	for _, k := range obj.Keys() {
		must(out.Set(k, obj.Get(k)))
	}
	hostname := get("hostname")
	if strings.HasPrefix(hostname, "[") {
		hostname = strings.TrimSuffix(hostname[1:], "]")
	}
	pathname, search := get("pathname"), get("search")
	for _, kv := range [][2]string{{"protocol", get("protocol")}, {"hostname", hostname}, {"hash", get("hash")},
		{"search", search}, {"pathname", pathname}, {"path", pathname + search}, {"href", get("href")}} {
		must(out.Set(kv[0], kv[1]))
	}
	if port := get("port"); port != "" {
		must(out.Set("port", vm.ToValue(port).ToNumber()))
	}
	if user, pass := get("username"), get("password"); user != "" || pass != "" {
		must(out.Set("auth", Unescape(user)+":"+Unescape(pass)))
	}
	return out
}
