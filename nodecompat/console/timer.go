package console

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// time is console.time(label): starts a timer.
func (c *instance) time(call goja.FunctionCall) goja.Value {
	l := label(call.Argument(0))
	if _, ok := c.times[l]; ok {
		c.emitWarning("Label '" + l + "' already exists for console.time()")
		return goja.Undefined()
	}
	c.times[l] = time.Now()
	return goja.Undefined()
}

// timeEnd is console.timeEnd(label): logs "label: 1.234ms" and stops it.
func (c *instance) timeEnd(call goja.FunctionCall) goja.Value {
	l := label(call.Argument(0))
	if c.logTime("timeEnd", l, nil) {
		delete(c.times, l)
	}
	return goja.Undefined()
}

// timeLog is console.timeLog(label, ...data): logs the elapsed time and data.
func (c *instance) timeLog(call goja.FunctionCall) goja.Value {
	var data []goja.Value
	if len(call.Arguments) > 1 {
		data = call.Arguments[1:]
	}
	c.logTime("timeLog", label(call.Argument(0)), data)
	return goja.Undefined()
}

// logTime logs timer l's elapsed time, or warns that there is no such timer.
func (c *instance) logTime(method, l string, data []goja.Value) bool {
	start, ok := c.times[l]
	if !ok {
		c.emitWarning("No such label '" + l + "' for console." + method + "()")
		return false
	}
	ms := float64(time.Since(start).Nanoseconds()) / 1e6
	args := append([]goja.Value{c.vm.ToValue("%s: %s"), c.vm.ToValue(l), c.vm.ToValue(formatTime(ms))}, data...)
	c.print(c.out, args)
	return true
}

// formatTime renders a duration as Node's console timers do: "1.234ms",
// "1.500s", "1:02.500 (m:ss.mmm)" or "1:01:02.500 (h:mm:ss.mmm)".
func formatTime(ms float64) string {
	var hours, minutes float64
	seconds := 0.0
	if ms >= 1000 {
		if ms >= 60000 {
			if ms >= 3600000 {
				hours = math.Floor(ms / 3600000)
				ms = math.Mod(ms, 3600000)
			}
			minutes = math.Floor(ms / 60000)
			ms = math.Mod(ms, 60000)
		}
		seconds = ms / 1000
	}
	if hours != 0 || minutes != 0 {
		sec, frac, _ := strings.Cut(strconv.FormatFloat(seconds, 'f', 3, 64), ".")
		pad := func(s string) string {
			if len(s) < 2 {
				return "0" + s
			}
			return s
		}
		res := strconv.Itoa(int(minutes))
		unit := "m:ss.mmm"
		if hours != 0 {
			res = strconv.Itoa(int(hours)) + ":" + pad(strconv.Itoa(int(minutes)))
			unit = "h:mm:ss.mmm"
		}
		return res + ":" + pad(sec) + "." + frac + " (" + unit + ")"
	}
	if seconds != 0 {
		return strconv.FormatFloat(seconds, 'f', 3, 64) + "s"
	}
	rounded, _ := strconv.ParseFloat(strconv.FormatFloat(ms, 'f', 3, 64), 64)
	return strconv.FormatFloat(rounded, 'f', -1, 64) + "ms"
}
