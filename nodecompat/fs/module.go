package fs

import (
	"github.com/dop251/goja"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "fs"

// PromisesModuleName is the name of the promise API module, the same object
// as fs.promises.
const PromisesModuleName = "fs/promises"

// Require fills module.exports for the "fs" module. Every call on the same
// runtime sets the same exports object.
func Require(vm *goja.Runtime, module *goja.Object) {
	_ = module.Set("exports", moduleFor(vm).exports)
}

// RequirePromises fills module.exports for the "fs/promises" module.
func RequirePromises(vm *goja.Runtime, module *goja.Object) {
	_ = module.Set("exports", moduleFor(vm).promises)
}

// fsModule is the per-runtime state of the fs modules.
type fsModule struct {
	vm *goja.Runtime

	exports  *goja.Object // require('fs')
	promises *goja.Object // require('fs/promises')

	stats       *goja.Object // fs.Stats
	dirent      *goja.Object // fs.Dirent
	direntType  *goja.Symbol // the key of a Dirent's hidden type
	fileHandle  *goja.Object // FileHandle.prototype
	handleFdKey *goja.Symbol // the key of a FileHandle's hidden descriptor
	date        *goja.Object // Date
}

// operation is one fs call in the forms Node offers.
type operation struct {
	name  string
	parse func(m *fsModule) parser
	// syncParse, when set, parses the Sync form instead of parse.
	syncParse func(m *fsModule) parser
	arity     int  // arguments of the callback form, callback included
	async     bool // has a callback form
	sync      bool // has a Sync form
	prom      bool // has a form in fs.promises
}

// operations lists the calls built from one parser each.
var operations = []operation{
	{"readFile", (*fsModule).readFile, nil, 3, true, true, true},
	{"writeFile", (*fsModule).writeFile, nil, 4, true, true, true},
	{"appendFile", (*fsModule).appendFile, nil, 4, true, true, true},
	{"stat", (*fsModule).stat, (*fsModule).statSync, 3, true, true, true},
	{"lstat", (*fsModule).lstat, (*fsModule).lstatSync, 3, true, true, true},
	{"fstat", (*fsModule).fstat, nil, 3, true, true, false},
	{"access", (*fsModule).access, nil, 3, true, true, true},
	{"mkdir", (*fsModule).mkdir, nil, 3, true, true, true},
	{"mkdtemp", (*fsModule).mkdtemp, nil, 3, true, true, true},
	{"readdir", (*fsModule).readdir, nil, 3, true, true, true},
	{"rmdir", (*fsModule).rmdir, nil, 3, true, true, true},
	{"rm", (*fsModule).rm, nil, 3, true, true, true},
	{"unlink", (*fsModule).unlink, nil, 2, true, true, true},
	{"rename", (*fsModule).rename, nil, 3, true, true, true},
	{"copyFile", (*fsModule).copyFile, nil, 4, true, true, true},
	{"link", (*fsModule).link, nil, 3, true, true, true},
	{"symlink", (*fsModule).symlink, nil, 4, true, true, true},
	{"readlink", (*fsModule).readlink, nil, 3, true, true, true},
	{"realpath", (*fsModule).realpath, nil, 3, true, true, true},
	{"chmod", (*fsModule).chmod, nil, 3, true, true, true},
	{"truncate", (*fsModule).truncate, (*fsModule).truncateSync, 3, true, true, true},
	{"ftruncate", (*fsModule).ftruncate, nil, 3, true, true, false},
	{"open", (*fsModule).open, nil, 4, true, true, false},
	{"close", (*fsModule).close, nil, 2, true, true, false},
	{"fsync", (*fsModule).fsync, nil, 2, true, true, false},
	{"read", (*fsModule).read, nil, 6, true, true, false},
	{"write", (*fsModule).write, nil, 6, true, true, false},
}

// newModule builds the classes and both export objects on vm.
func newModule(vm *goja.Runtime) *fsModule {
	m := &fsModule{vm: vm, exports: vm.NewObject(), promises: vm.NewObject()}
	m.date, _ = vm.Get("Date").(*goja.Object)
	m.stats = m.statsClass()
	m.dirent = m.direntClass()
	m.fileHandle = m.fileHandleProto()
	for _, op := range operations {
		p := op.parse(m)
		if op.async {
			m.set(m.exports, op.name, m.callbackForm(p, op.arity))
		}
		if op.syncParse != nil {
			m.set(m.exports, op.name+"Sync", m.syncForm(op.syncParse(m)))
		} else if op.sync {
			m.set(m.exports, op.name+"Sync", m.syncForm(p))
		}
		if op.prom {
			m.set(m.promises, op.name, m.promiseForm(p))
		}
	}
	m.set(m.exports, "exists", m.exists)
	m.set(m.exports, "existsSync", m.existsSync)
	m.set(m.promises, "open", m.openHandle)
	m.addNative(m.exports.Get("realpath"), m.callbackForm(m.realpathNative(), 3))
	m.addNative(m.exports.Get("realpathSync"), m.syncForm(m.realpathNative()))

	consts := m.constants()
	_ = m.exports.Set("constants", consts)
	_ = m.promises.Set("constants", consts)
	for _, name := range []string{"F_OK", "R_OK", "W_OK", "X_OK"} {
		_ = m.exports.Set(name, consts.Get(name))
	}
	_ = m.exports.Set("Stats", m.stats)
	_ = m.exports.Set("Dirent", m.dirent)
	_ = m.exports.Set("promises", m.promises)
	return m
}

// set defines a function property named after its key; on fs and
// fs.promises it gets the length Node's function has.
func (m *fsModule) set(obj *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) {
	f := m.function(name, fn)
	var length int
	switch obj {
	case m.exports:
		length = lengths[name]
	case m.promises:
		length = promiseLengths[name]
	}
	_ = f.DefineDataProperty("length", m.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.Set(name, f)
}

// function returns a native function whose name property is name.
func (m *fsModule) function(name string, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := m.vm.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", m.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}

// addNative sets fn.native, as on realpath and realpathSync.
func (m *fsModule) addNative(fn goja.Value, native func(goja.FunctionCall) goja.Value) {
	_ = fn.(*goja.Object).Set("native", m.function("native", native))
}
