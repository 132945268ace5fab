package os

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"

	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
)

// newVM returns a runtime with the module's exports as the global `os`.
func newVM(t *testing.T) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	modtest.Load(t, vm, "os", Require)
	return vm
}

func TestModuleJS(t *testing.T) {
	vm := newVM(t)
	tests := []struct{ js, want string }{
		{`os.EOL + os.platform() + os.endianness() + os.devNull`, "\nlinuxLE/dev/null"},
		{"`${os.platform}|${os.type}`", "linux|Linux"},
		{`Object.keys(os).join()`, "arch,availableParallelism,cpus,endianness,freemem,getPriority,homedir,hostname,loadavg,networkInterfaces,platform,release,setPriority,tmpdir,totalmem,type,userInfo,uptime,version,machine,constants,EOL,devNull"},
		{`Object.keys(os.cpus()[0].times).join()`, "user,nice,sys,idle,irq"},
		{`os.networkInterfaces().lo[0].cidr`, "127.0.0.1/8"},
		{`Object.getPrototypeOf(os.constants.signals) === null && os.constants.signals.SIGINT`, "2"},
		{`os.constants.errno.ECONNREFUSED`, "111"},
		{`typeof os.getPriority()`, "number"},
		{`os.loadavg().length`, "3"},
		{`Object.keys(os.userInfo()).join()`, "uid,gid,username,homedir,shell"},
		{`os.userInfo({encoding: 'buffer'}).username instanceof Uint8Array`, "true"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, modtest.Eval(t, vm, tc.js), tc.js)
	}
}

func TestModuleErrors(t *testing.T) {
	vm := newVM(t)
	tests := []struct{ js, want string }{
		{`os.setPriority(100)`, `RangeError ERR_OUT_OF_RANGE The value of "priority" is out of range. It must be >= -20 && <= 19. Received 100`},
		{`os.getPriority('1')`, `TypeError ERR_INVALID_ARG_TYPE The "pid" argument must be of type number. Received type string ('1')`},
		{`os.getPriority(0.5)`, `RangeError ERR_OUT_OF_RANGE The value of "pid" is out of range. It must be an integer. Received 0.5`},
		{`os.getPriority(2147483646)`, `SystemError ERR_SYSTEM_ERROR A system error occurred: uv_os_getpriority returned ESRCH (no such process)`},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, modtest.Eval(t, vm, `try { `+tc.js+`; 'no throw' } catch (e) { e.name + ' ' + e.code + ' ' + e.message }`), tc.js)
	}
	assert.Equal(t, "-3|uv_os_getpriority|ESRCH|SystemError [ERR_SYSTEM_ERROR]: A system error occurred: uv_os_getpriority returned ESRCH (no such process)", modtest.Eval(t, vm, `try { os.getPriority(2147483646) } catch (e) { [e.errno, e.syscall, e.info.code, e.stack.split('\n')[0]].join('|') }`))
}
