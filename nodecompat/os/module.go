// Package os is Node's "os" module: facts about the machine, the user and
// the network interfaces, read from /proc, sysfs, uname(2) and Go's net
// package.
package os

import (
	"errors"
	"math"
	"runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "os"

// Require fills module.exports for the module.
func Require(vm *goja.Runtime, module *goja.Object) {
	m := &osModule{vm: vm}
	exports := vm.NewObject()
	uname := KernelInfo()
	// A fact is a function of no arguments that also converts to its
	// result, as in Node (`${os.arch}` is "x64").
	fact := func(get func() any) any {
		fn := vm.ToValue(func(goja.FunctionCall) goja.Value { return vm.ToValue(get()) }).(*goja.Object)
		must(fn.SetSymbol(goja.SymToPrimitive, func(goja.FunctionCall) goja.Value { return vm.ToValue(get()) }))
		return fn
	}
	// In Node's key order.
	entries := []struct {
		name  string
		value any
	}{
		{"arch", fact(func() any { return Arch() })},
		{"availableParallelism", fact(func() any { return runtime.NumCPU() })},
		{"cpus", m.cpus},
		{"endianness", fact(func() any { return "LE" })},
		{"freemem", fact(func() any { _, free := m.memory(); return free })},
		{"getPriority", m.getPriority},
		{"homedir", fact(m.homedir)},
		{"hostname", fact(m.hostname)},
		{"loadavg", func() []float64 { l := LoadAvg(); return l[:] }},
		{"networkInterfaces", m.networkInterfaces},
		{"platform", fact(func() any { return runtime.GOOS })},
		{"release", fact(func() any { return uname.Release })},
		{"setPriority", m.setPriority},
		{"tmpdir", fact(func() any { return TmpDir() })},
		{"totalmem", fact(func() any { total, _ := m.memory(); return total })},
		{"type", fact(func() any { return uname.Sysname })},
		{"userInfo", m.userInfo},
		{"uptime", fact(func() any { return Uptime() })},
		{"version", fact(func() any { return uname.Version })},
		{"machine", fact(func() any { return uname.Machine })},
	}
	for _, e := range entries {
		must(exports.Set(e.name, e.value))
	}
	must(exports.Set("constants", m.constants()))
	must(exports.Set("EOL", "\n"))
	must(exports.Set("devNull", "/dev/null"))
	must(module.Set("exports", exports))
}

// must panics on an error from setting a property on an object this
// package just made, which cannot happen.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

// osModule holds the runtime the module's natives work in.
type osModule struct {
	vm *goja.Runtime
}

// systemError builds Node's SystemError (ERR_SYSTEM_ERROR) for a failed
// libuv-style call such as "uv_os_getpriority".
func (m *osModule) systemError(syscall string, err error) *goja.Object {
	var errno unix.Errno
	if !errors.As(err, &errno) {
		errno = unix.EIO
	}
	code := sockerr.CodeOf(errno)
	e := nodeerr.Error(m.vm, "ERR_SYSTEM_ERROR",
		"A system error occurred: "+syscall+" returned "+code+" ("+errno.Error()+")")
	info := m.vm.NewObject()
	must(info.Set("errno", -int(errno)))
	must(info.Set("code", code))
	must(info.Set("message", errno.Error()))
	must(info.Set("syscall", syscall))
	must(e.Set("name", "SystemError"))
	if stack := e.Get("stack"); stack != nil && strings.HasPrefix(stack.String(), "Error ") {
		must(e.DefineDataProperty("stack", m.vm.ToValue("System"+stack.String()), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	must(e.Set("info", info))
	must(e.Set("errno", -int(errno)))
	must(e.Set("syscall", syscall))
	return e
}

func (m *osModule) memory() (total, free uint64) {
	total, free, err := Memory()
	if err != nil {
		panic(m.systemError("uv_get_total_memory", err))
	}
	return total, free
}

func (m *osModule) homedir() any {
	home, err := HomeDir()
	if err != nil {
		panic(m.systemError("uv_os_homedir", err))
	}
	return home
}

func (m *osModule) hostname() any {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		panic(m.systemError("uv_os_gethostname", err))
	}
	return unix.ByteSliceToString(u.Nodename[:])
}

func (m *osModule) cpus(goja.FunctionCall) goja.Value {
	cpus, err := CPUs()
	if err != nil {
		return m.vm.NewArray()
	}
	out := make([]any, len(cpus))
	for i, c := range cpus {
		times := m.vm.NewObject()
		must(times.Set("user", c.User))
		must(times.Set("nice", c.Nice))
		must(times.Set("sys", c.Sys))
		must(times.Set("idle", c.Idle))
		must(times.Set("irq", c.IRQ))
		entry := m.vm.NewObject()
		must(entry.Set("model", c.Model))
		must(entry.Set("speed", c.Speed))
		must(entry.Set("times", times))
		out[i] = entry
	}
	return m.vm.NewArray(out...)
}

func (m *osModule) networkInterfaces(goja.FunctionCall) goja.Value {
	addrs, err := NetworkInterfaces()
	if err != nil {
		panic(m.systemError("uv_interface_addresses", err))
	}
	result := m.vm.NewObject()
	for _, a := range addrs {
		entry := m.vm.NewObject()
		must(entry.Set("address", a.Address))
		must(entry.Set("netmask", a.Netmask))
		must(entry.Set("family", a.Family))
		must(entry.Set("mac", a.MAC))
		must(entry.Set("internal", a.Internal))
		must(entry.Set("cidr", a.CIDR))
		if a.Family == "IPv6" {
			must(entry.Set("scopeid", a.ScopeID))
		}
		list, ok := result.Get(a.Interface).(*goja.Object)
		if !ok {
			list = m.vm.NewArray()
			must(result.Set(a.Interface, list))
		}
		must(list.Set(list.Get("length").String(), entry))
	}
	return result
}

func (m *osModule) userInfo(call goja.FunctionCall) goja.Value {
	u, err := CurrentUser()
	if err != nil {
		panic(m.systemError("uv_os_get_passwd", err))
	}
	text := func(s string) any { return s }
	if opts, ok := call.Argument(0).(*goja.Object); ok {
		if enc := opts.Get("encoding"); enc != nil && enc.String() == "buffer" {
			text = m.toBuffer
		}
	}
	out := m.vm.CreateObject(nil)
	must(out.Set("uid", u.UID))
	must(out.Set("gid", u.GID))
	must(out.Set("username", text(u.Username)))
	must(out.Set("homedir", text(u.Homedir)))
	if u.Shell == "" {
		must(out.Set("shell", goja.Null()))
	} else {
		must(out.Set("shell", text(u.Shell)))
	}
	return out
}

// toBuffer returns s as a Buffer when the runtime has one, else as a
// Uint8Array.
func (m *osModule) toBuffer(s string) any {
	if buffer, ok := m.vm.Get("Buffer").(*goja.Object); ok {
		if from, ok := goja.AssertFunction(buffer.Get("from")); ok {
			if v, err := from(buffer, m.vm.ToValue(s)); err == nil {
				return v
			}
		}
	}
	u8, err := m.vm.New(m.vm.Get("Uint8Array"), m.vm.ToValue(m.vm.NewArrayBuffer([]byte(s))))
	if err != nil {
		panic(err)
	}
	return u8
}

// int32Arg validates a number argument as Node's validateInt32 does.
func (m *osModule) int32Arg(v goja.Value, name string, lo, hi int64) int {
	if !goja.IsNumber(v) {
		panic(nodeerr.InvalidArgType(m.vm, name, "of type number", v))
	}
	f := v.ToFloat()
	if f != math.Trunc(f) || math.IsInf(f, 0) {
		panic(nodeerr.OutOfRange(m.vm, name, "an integer", v))
	}
	if f < float64(lo) || f > float64(hi) {
		panic(nodeerr.OutOfRange(m.vm, name, ">= "+strconv.FormatInt(lo, 10)+" && <= "+strconv.FormatInt(hi, 10), v))
	}
	return int(f)
}

func (m *osModule) getPriority(call goja.FunctionCall) goja.Value {
	pid := 0
	if arg := call.Argument(0); !goja.IsUndefined(arg) {
		pid = m.int32Arg(arg, "pid", math.MinInt32, math.MaxInt32)
	}
	raw, err := unix.Getpriority(unix.PRIO_PROCESS, pid)
	if err != nil {
		panic(m.systemError("uv_os_getpriority", err))
	}
	// The raw system call returns 20 - nice.
	return m.vm.ToValue(20 - raw)
}

func (m *osModule) setPriority(call goja.FunctionCall) goja.Value {
	pidArg, prioArg := call.Argument(0), call.Argument(1)
	if goja.IsUndefined(prioArg) {
		pidArg, prioArg = m.vm.ToValue(0), pidArg
	}
	pid := m.int32Arg(pidArg, "pid", math.MinInt32, math.MaxInt32)
	prio := m.int32Arg(prioArg, "priority", -20, 19)
	if err := unix.Setpriority(unix.PRIO_PROCESS, pid, prio); err != nil {
		panic(m.systemError("uv_os_setpriority", err))
	}
	return goja.Undefined()
}

// constants builds os.constants from null-prototype objects, as Node does.
func (m *osModule) constants() *goja.Object {
	table := func(entries []Named) *goja.Object {
		obj := m.vm.CreateObject(nil)
		for _, e := range entries {
			must(obj.Set(e.Name, e.Value))
		}
		return obj
	}
	c := m.vm.CreateObject(nil)
	must(c.Set("UV_UDP_REUSEADDR", udpReuseAddr))
	must(c.Set("dlopen", table(dlopenFlags)))
	must(c.Set("errno", table(Errnos)))
	must(c.Set("signals", table(Signals)))
	must(c.Set("priority", table(priorities)))
	return c
}
