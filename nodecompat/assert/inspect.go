package assert

import (
	"math"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/util"
)

// show is util.inspect with the options assert uses for its messages: one
// property per line, keys sorted, getters read, no custom inspection.
func show(vm *goja.Runtime, v goja.Value) string {
	opts := util.DefaultOptions(vm)
	opts.Compact = 0
	opts.CustomInspect = false
	opts.Depth = 1000
	opts.MaxArrayLength = math.Inf(1)
	opts.ShowHidden = false
	opts.ShowProxy = false
	opts.Sorted = true
	opts.Getters = util.GettersAll
	return util.Inspect(vm, v, opts)
}

// inspect is plain util.inspect, used where Node's messages use it.
func inspect(vm *goja.Runtime, v goja.Value) string {
	return util.Inspect(vm, v, util.DefaultOptions(vm))
}

// describe gathers what the message builders need to know about v.
func describe(vm *goja.Runtime, v goja.Value) valueInfo {
	info := valueInfo{shown: show(vm, v)}
	if o, ok := v.(*goja.Object); ok {
		_, info.isFunc = goja.AssertFunction(o)
		info.isObject = !info.isFunc
	} else if goja.IsNumber(v) {
		info.isZero = v.ToFloat() == 0
	}
	return info
}
