package process

import (
	"math/big"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// monoStart anchors hrtime to an arbitrary monotonic origin, as Node's is.
var monoStart = time.Now()

// hrtimeNanos returns monotonic nanoseconds.
func hrtimeNanos() int64 {
	return int64(time.Since(monoStart)) + int64(time.Hour)
}

// hrtimeObject builds process.hrtime([previous]) with hrtime.bigint().
func (p *Process) hrtimeObject() *goja.Object {
	vm := p.vm
	fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		now := hrtimeNanos()
		if prev := call.Argument(0); !goja.IsUndefined(prev) {
			obj, ok := prev.(*goja.Object)
			if !ok || obj.ClassName() != "Array" {
				panic(nodeerr.InvalidArgType(vm, "time", "an instance of Array", prev))
			}
			if l := obj.Get("length").ToInteger(); l != 2 {
				panic(nodeerr.RangeError(vm, "ERR_OUT_OF_RANGE",
					"The value of \"time\" is out of range. It must be 2. Received "+strconv.FormatInt(l, 10)))
			}
			now -= obj.Get("0").ToInteger()*1e9 + obj.Get("1").ToInteger()
		}
		return vm.NewArray(vm.ToValue(now/1e9), vm.ToValue(now%1e9))
	}).(*goja.Object)
	// A native of goja's own signature: benchmarks read the clock per
	// message, and a reflection-wrapped func costs twice as much. The
	// reading goes through one big.Int kept for the purpose: goja copies
	// a *big.Int into the BigInt it makes, so a fresh one per call would
	// only double the allocations.
	var now big.Int
	_ = fn.Set("bigint", func(goja.FunctionCall) goja.Value { return vm.ToValue(now.SetInt64(hrtimeNanos())) })
	return fn
}

// memoryUsageObject builds process.memoryUsage() with memoryUsage.rss().
func (p *Process) memoryUsageObject() *goja.Object {
	vm := p.vm
	fn := vm.ToValue(func() goja.Value {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		o := vm.NewObject()
		_ = o.Set("rss", residentSetSize())
		_ = o.Set("heapTotal", ms.HeapSys)
		_ = o.Set("heapUsed", ms.HeapAlloc)
		_ = o.Set("external", 0)
		_ = o.Set("arrayBuffers", 0)
		return o
	}).(*goja.Object)
	_ = fn.Set("rss", residentSetSize)
	return fn
}

// residentSetSize reads the real RSS from /proc/self/statm.
func residentSetSize() int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	fields := strings.Fields(string(data))
	if len(fields) < 2 {
		return 0
	}
	pages, _ := strconv.ParseInt(fields[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// cpuUsage is process.cpuUsage([previous]) in microseconds.
func (p *Process) cpuUsage(call goja.FunctionCall) goja.Value {
	var ru unix.Rusage
	_ = unix.Getrusage(unix.RUSAGE_SELF, &ru)
	user := ru.Utime.Sec*1e6 + ru.Utime.Usec
	system := ru.Stime.Sec*1e6 + ru.Stime.Usec
	if prev, ok := call.Argument(0).(*goja.Object); ok {
		user -= prev.Get("user").ToInteger()
		system -= prev.Get("system").ToInteger()
	}
	o := p.vm.NewObject()
	_ = o.Set("user", user)
	_ = o.Set("system", system)
	return o
}

// resourceUsage is process.resourceUsage().
func (p *Process) resourceUsage() goja.Value {
	var ru unix.Rusage
	_ = unix.Getrusage(unix.RUSAGE_SELF, &ru)
	o := p.vm.NewObject()
	_ = o.Set("userCPUTime", ru.Utime.Sec*1e6+ru.Utime.Usec)
	_ = o.Set("systemCPUTime", ru.Stime.Sec*1e6+ru.Stime.Usec)
	_ = o.Set("maxRSS", ru.Maxrss)
	_ = o.Set("minorPageFault", ru.Minflt)
	_ = o.Set("majorPageFault", ru.Majflt)
	_ = o.Set("voluntaryContextSwitches", ru.Nvcsw)
	_ = o.Set("involuntaryContextSwitches", ru.Nivcsw)
	return o
}
