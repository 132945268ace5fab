package url

import (
	"errors"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/url/whatwg"
)

// legacyFieldNames are the properties of a legacy Url object, in order.
var legacyFieldNames = []string{"protocol", "slashes", "auth", "host", "port", "hostname", "hash", "search", "query", "pathname", "path", "href"}

// legacy holds the Url class and querystring functions the legacy API
// uses.
type legacy struct {
	vm      *goja.Runtime
	ctor    *goja.Object
	qs      *qsModule
	classes *classes
}

func newLegacy(vm *goja.Runtime, c *classes) *legacy {
	l := &legacy{vm: vm, qs: &qsModule{vm: vm}, classes: c}
	l.ctor = vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		for _, name := range legacyFieldNames {
			must(call.This.Set(name, goja.Null()))
		}
		return nil
	}).(*goja.Object)
	setNameLength(vm, l.ctor, "Url", 0)
	proto := l.ctor.Get("prototype").(*goja.Object)
	method(vm, proto, "parse", func(call goja.FunctionCall) goja.Value {
		l.parseInto(call.This.ToObject(vm), call.Argument(0), call.Argument(1).ToBoolean(), call.Argument(2).ToBoolean())
		return call.This
	})
	method(vm, proto, "format", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(l.format(call.This.ToObject(vm)))
	})
	method(vm, proto, "resolve", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(l.resolve(l.format(call.This.ToObject(vm)), call.Argument(0).String()))
	})
	method(vm, proto, "resolveObject", func(call goja.FunctionCall) goja.Value {
		return l.parse(vm.ToValue(l.resolve(l.format(call.This.ToObject(vm)), l.hrefOf(call.Argument(0)))), false, false)
	})
	return l
}

// hrefOf returns a URL string, or the href of a URL object.
func (l *legacy) hrefOf(v goja.Value) string {
	if obj, ok := v.(*goja.Object); ok {
		return l.format(obj)
	}
	return v.String()
}

// parse is url.parse(): a new Url filled from s.
func (l *legacy) parse(s goja.Value, parseQuery, slashesDenoteHost bool) goja.Value {
	obj, err := l.vm.New(l.ctor)
	if err != nil {
		panic(err)
	}
	l.parseInto(obj, s, parseQuery, slashesDenoteHost)
	return obj
}

// parseInto fills a Url object from s.
func (l *legacy) parseInto(obj *goja.Object, s goja.Value, parseQuery, slashesDenoteHost bool) {
	vm := l.vm
	if !goja.IsString(s) {
		panic(nodeerr.InvalidArgType(vm, "url", "of type string", s))
	}
	u, err := parseLegacy(s.String(), slashesDenoteHost)
	switch {
	case errors.Is(err, errURIMalformed):
		panic(l.uriError())
	case err != nil:
		e := nodeerr.TypeError(vm, "ERR_INVALID_URL", "Invalid URL")
		must(e.Set("input", s))
		panic(e)
	}
	set := func(name string, v *string) {
		if v == nil {
			must(obj.Set(name, goja.Null()))
		} else {
			must(obj.Set(name, *v))
		}
	}
	set("protocol", u.protocol)
	if u.slashes {
		must(obj.Set("slashes", true))
	}
	set("auth", u.auth)
	set("host", u.host)
	set("port", u.port)
	set("hostname", u.hostname)
	set("hash", u.hash)
	set("search", u.search)
	set("query", u.query)
	set("pathname", u.pathname)
	set("path", u.path)
	if parseQuery {
		if u.query != nil {
			must(obj.Set("query", l.qs.parse(goja.FunctionCall{Arguments: []goja.Value{vm.ToValue(*u.query)}})))
		} else {
			must(obj.Set("search", goja.Null()))
			must(obj.Set("query", vm.CreateObject(nil)))
		}
	}
	must(obj.Set("href", l.format(obj)))
}

// uriError returns the URIError decodeURIComponent throws.
func (l *legacy) uriError() *goja.Object {
	ctor, _ := l.vm.Get("URIError").(*goja.Object)
	e, err := l.vm.New(ctor, l.vm.ToValue("URI malformed"))
	if err != nil {
		panic(err)
	}
	return e
}

// format is Url.prototype.format applied to any object.
func (l *legacy) format(obj *goja.Object) string {
	str := func(name string) string {
		v := obj.Get(name)
		if v == nil || !v.ToBoolean() {
			return ""
		}
		return v.String()
	}
	f := formatFields{
		auth: str("auth"), protocol: str("protocol"), pathname: str("pathname"), hash: str("hash"),
		host: str("host"), hostname: str("hostname"), port: str("port"), search: str("search"),
		slashes: obj.Get("slashes") != nil && obj.Get("slashes").ToBoolean(),
	}
	if q, ok := obj.Get("query").(*goja.Object); ok {
		f.query = l.qs.stringify(goja.FunctionCall{Arguments: []goja.Value{q}}).String()
	}
	return formatLegacy(f)
}

// formatAny is url.format(urlObject, options).
func (l *legacy) formatAny(call goja.FunctionCall) goja.Value {
	vm := l.vm
	arg := call.Argument(0)
	if goja.IsString(arg) {
		return l.parse(arg, false, false).ToObject(vm).Get("href")
	}
	obj, ok := arg.(*goja.Object)
	if !ok {
		panic(nodeerr.InvalidArgType(vm, "urlObject", "one of type object or string", arg))
	}
	if u := l.classes.recordOf(obj); u != nil {
		return vm.ToValue(formatWHATWG(u, call.Argument(1)))
	}
	return vm.ToValue(l.format(obj))
}

// formatWHATWG is url.format(URL, {auth, fragment, search, unicode}).
func formatWHATWG(u *whatwg.URL, options goja.Value) string {
	flag := func(name string, def bool) bool {
		if obj, ok := options.(*goja.Object); ok {
			if v := obj.Get(name); v != nil && !goja.IsUndefined(v) {
				return v.ToBoolean()
			}
		}
		return def
	}
	c := u.Clone()
	if !flag("auth", true) {
		c.Username, c.Password = "", ""
	}
	if !flag("fragment", true) {
		c.Fragment, c.HasFrag = "", false
	}
	if !flag("search", true) {
		c.Query, c.HasQuery = "", false
	}
	if flag("unicode", false) {
		if host := whatwg.DomainToUnicode(c.Host); host != "" {
			c.Host = host
		}
	}
	return c.Href()
}

// resolve is url.resolve(from, to), done with the WHATWG parser as Node's
// documentation suggests: a relative from is resolved against a dummy
// scheme and comes back as a path.
func (l *legacy) resolve(from, to string) string {
	dummy, _ := whatwg.Parse("resolve://", nil)
	base, err := whatwg.Parse(from, dummy)
	if err != nil {
		return to
	}
	u, err := whatwg.Parse(to, base)
	if err != nil {
		return to
	}
	if u.Scheme == "resolve" {
		return u.Pathname() + u.Search() + u.Hash()
	}
	return u.Href()
}
