package console

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder keeps every Write call separately.
type recorder struct{ writes []string }

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

// newVM returns a runtime with the global console on two recorders.
func newVM(t *testing.T) (*goja.Runtime, *recorder, *recorder) {
	t.Helper()
	vm := goja.New()
	out, errs := &recorder{}, &recorder{}
	Enable(vm, out, errs)
	return vm, out, errs
}

func run(t *testing.T, vm *goja.Runtime, src string) {
	t.Helper()
	_, err := vm.RunString(src)
	require.NoError(t, err, src)
}

func TestOneWritePerCall(t *testing.T) {
	vm, out, errs := newVM(t)
	run(t, vm, `console.log('a\nb', { c: [1, 2] }); console.group('g'); console.info('x\ny'); console.error('e'); console.table([{ a: 1 }])`)
	assert.Equal(t, []string{
		"a\nb { c: [ 1, 2 ] }\n",
		"g\n",
		"  x\n  y\n",
		"  ┌─────────┬───┐\n  │ (index) │ a │\n  ├─────────┼───┤\n  │ 0       │ 1 │\n  └─────────┴───┘\n",
	}, out.writes)
	assert.Equal(t, []string{"  e\n"}, errs.writes)
}

func TestMethods(t *testing.T) {
	cases := []struct{ name, src, out, err string }{
		{"log formats", `console.log('%s=%d', 'x', 5, [1])`, "x=5 [ 1 ]\n", ""},
		{"debug and dirxml log", `console.debug('d'); console.dirxml('x')`, "d\nx\n", ""},
		{"warn to stderr", `console.warn({ w: 1 })`, "", "{ w: 1 }\n"},
		{"dir ignores custom inspect", `console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'C' } }, { breakLength: Infinity })`, "{ [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]] }\n", ""},
		{"dir options", `console.dir({ a: { b: {} } }, { depth: 0 })`, "{ a: [Object] }\n", ""},
		{"assert passes", `console.assert(1, 'no')`, "", ""},
		{"assert fails", `console.assert(0, 'x %s', 'y'); console.assert(false)`, "", "Assertion failed: x y\nAssertion failed\n"},
		{"count", `console.count(); console.count(); console.count('k'); console.countReset(); console.count()`, "default: 1\ndefault: 2\nk: 1\ndefault: 1\n", ""},
		{"countReset unknown", `console.countReset('nope')`, "", "Warning: Count for 'nope' does not exist\n"},
		{"groupEnd below zero", `console.groupEnd(); console.log('x')`, "x\n", ""},
		{"timeEnd unknown", `console.timeEnd('t')`, "", "Warning: No such label 't' for console.timeEnd()\n"},
		{"time twice", `console.time('t'); console.time('t')`, "", "Warning: Label 't' already exists for console.time()\n"},
		{"table of primitive", `console.table(5)`, "5\n", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			vm, out, errs := newVM(t)
			run(t, vm, tc.src)
			assert.Equal(t, tc.out, strings.Join(out.writes, ""))
			assert.Equal(t, tc.err, stripPid(strings.Join(errs.writes, "")))
		})
	}
}

// stripPid drops the "(node:PID) " prefix of warnings.
func stripPid(s string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		if strings.HasPrefix(line, "(node:") {
			_, line, _ = strings.Cut(line, ") ")
		}
		b.WriteString(line)
	}
	return b.String()
}

func TestTimeLogShape(t *testing.T) {
	vm, out, _ := newVM(t)
	run(t, vm, `console.time(); console.timeLog(undefined, 'extra', 1); console.timeEnd(); console.timeEnd()`)
	require.Len(t, out.writes, 2)
	assert.Regexp(t, `^default: \d+(\.\d+)?ms extra 1\n$`, out.writes[0])
	assert.Regexp(t, `^default: \d+(\.\d+)?ms\n$`, out.writes[1])
}

func TestTrace(t *testing.T) {
	vm, _, errs := newVM(t)
	_, err := vm.RunScript("app.js", "function inner() { console.trace('here %d', 1); }\ninner();")
	require.NoError(t, err)
	require.Len(t, errs.writes, 1)
	lines := strings.Split(errs.writes[0], "\n")
	assert.Equal(t, "Trace: here 1", lines[0])
	assert.Equal(t, "    at inner (app.js:1:33)", lines[1])
	assert.Equal(t, "    at app.js:2:6", lines[2])
}

func TestDetachedAndRequire(t *testing.T) {
	vm, out, _ := newVM(t)
	run(t, vm, `const log = console.log; log('detached'); [1].forEach(console.log)`)
	assert.Equal(t, "detached\n1 0 [ 1 ]\n", strings.Join(out.writes, ""))
	module := vm.NewObject()
	Require(vm, module)
	assert.True(t, module.Get("exports").SameAs(vm.Get("console")))
	run(t, vm, `globalThis.ok = console instanceof console.Console && !({} instanceof console.Console)`)
	assert.True(t, vm.Get("ok").ToBoolean())
}

func TestConsoleClass(t *testing.T) {
	vm, _, _ := newVM(t)
	run(t, vm, `
		globalThis.got = [];
		// An error-ignoring console (the default) needs the stream's
		// listener methods, as Node's does.
		const stream = (tag) => ({
			write(s) { got.push(tag + s) }, listenerCount() { return 0 }, once() {}, removeListener() {},
		});
		const out = stream('o:');
		const err = stream('e:');
		const c = new console.Console(out, err);
		c.log('x'); c.error('y');
		const g = new console.Console({ stdout: out, groupIndentation: 4, inspectOptions: { depth: 0 } }); g.group(); g.log({ a: { b: 1 } });
		console.Console.prototype.log.call(c, 'via prototype');
	`)
	got := vm.Get("got").Export()
	assert.Equal(t, []interface{}{"o:x\n", "e:y\n", "o:    { a: [Object] }\n", "o:via prototype\n"}, got)
	_, err := vm.RunString(`new console.Console({})`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Console expects a writable stream instance for stdout")
}

func TestStreamErrors(t *testing.T) {
	vm, _, _ := newVM(t)
	run(t, vm, `new console.Console({
		write() { throw new Error('ignored') }, listenerCount() { return 0 }, once() {}, removeListener() {},
	}).log('x')`)
	_, err := vm.RunString(`new console.Console({ write() {} }).log('x')`)
	require.Error(t, err, "Node's error-ignoring console needs removeListener")
	assert.Contains(t, err.Error(), "stream.removeListener is not a function")
	_, err = vm.RunString(`new console.Console({ stdout: { write() { throw new Error('surfaced') } }, ignoreErrors: false }).log('x')`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "surfaced")
}

func TestColors(t *testing.T) {
	t.Setenv("FORCE_COLOR", "1")
	vm := goja.New()
	var out bytes.Buffer
	Enable(vm, &out, &out)
	run(t, vm, `console.log({ n: 1 }, 'plain')`)
	assert.Equal(t, "{ n: \x1b[33m1\x1b[39m } plain\n", out.String())
	t.Setenv("FORCE_COLOR", "0")
	out.Reset()
	run(t, vm, `console.log({ n: 1 })`)
	assert.Equal(t, "{ n: 1 }\n", out.String())
}

func TestFormatTime(t *testing.T) {
	for ms, want := range map[float64]string{
		0.0004: "0ms", 1.2346: "1.235ms", 999.9: "999.9ms", 1500: "1.500s",
		62500: "1:02.500 (m:ss.mmm)", 3723004: "1:02:03.004 (h:mm:ss.mmm)",
	} {
		assert.Equal(t, want, formatTime(ms), "%v", ms)
	}
}

func TestRenderTable(t *testing.T) {
	got := renderTable([]string{"(index)", "日本"}, [][]string{{"0", "1"}, {"'x'"}})
	assert.Equal(t, strings.Join([]string{
		"┌─────────┬──────┐",
		"│ (index) │ 日本 │",
		"├─────────┼──────┤",
		"│ 0       │ 'x'  │",
		"│ 1       │      │",
		"└─────────┴──────┘",
	}, "\n"), got)
}
