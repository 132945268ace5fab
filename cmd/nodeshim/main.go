// Command nodeshim runs a JavaScript program the way `node` does, on
// nodeshim's Node and W3C socket façades.
//
//	nodeshim [options] [script.js | -] [arguments]
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/nodecompat"
	"github.com/nodeshim/nodeshim/w3c"
)

const usage = `Usage: nodeshim [options] [ script.js ] [arguments]
       nodeshim [options] - [arguments]     (script read from stdin)

Options:
  -e, --eval CODE     evaluate CODE
  -p, --print CODE    evaluate CODE and print the result
  -v, --version       print the Node.js version nodeshim is compatible with
  -h, --help          print this help
  --cpu-prof FILE     write a pprof CPU profile of the run (Go functions) to FILE
  --js-prof FILE      write a pprof CPU profile of the script's JavaScript functions to FILE
  --                  end of options

nodeshim runs Node.js programs (and W3C socket API scripts) on a Go runtime.
`

func main() {
	tuneGC()
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, testable without exiting the process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	inv, err := parseArgs(args[1:])
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", filepath.Base(args[0]), err)
		fmt.Fprint(stderr, usage)
		return 9
	}
	switch {
	case inv.help:
		fmt.Fprint(stdout, usage)
		return 0
	case inv.version:
		fmt.Fprintln(stdout, host.NodeVersion)
		return 0
	}
	for _, prof := range []struct {
		path        string
		start       func(io.Writer) error
		stopProfile func()
	}{
		{inv.cpuProf, pprof.StartCPUProfile, pprof.StopCPUProfile},
		{inv.jsProf, goja.StartProfile, goja.StopProfile},
	} {
		if prof.path == "" {
			continue
		}
		stop, err := startProfile(prof.path, prof.start, prof.stopProfile)
		if err != nil {
			fmt.Fprintln(stderr, "nodeshim:", err)
			return 1
		}
		defer stop()
	}
	l, err := loop.New()
	if err != nil {
		fmt.Fprintln(stderr, "nodeshim:", err)
		return 1
	}
	defer l.Close()
	exe, _ := os.Executable()
	argv := append([]string{exe}, inv.scriptArgs...)
	if inv.script != "" && inv.script != "-" {
		if abs, err := filepath.Abs(inv.script); err == nil {
			argv[1] = abs
		}
	}
	vm := goja.New()
	rt := nodecompat.Enable(vm, l, nodecompat.Options{
		Argv: argv, ExecArgv: inv.execArgv,
		Stdin: stdin, Stdout: stdout, Stderr: stderr,
	})
	w3c.Enable(vm, l)
	switch {
	case inv.eval != nil:
		return rt.RunEval(*inv.eval, inv.print)
	case inv.script == "-" || inv.script == "":
		code, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintln(stderr, "nodeshim:", err)
			return 1
		}
		return rt.RunEval(string(code), false)
	default:
		return rt.RunMain(inv.script)
	}
}

// invocation is the parsed command line.
type invocation struct {
	eval       *string
	print      bool
	version    bool
	help       bool
	script     string
	scriptArgs []string // the script (or "-") and its arguments, for argv
	execArgv   []string
	cpuProf    string // --cpu-prof FILE
	jsProf     string // --js-prof FILE
}

// startProfile creates path and starts a profiler writing to it; the
// returned function stops the profiler and closes the file.
func startProfile(path string, start func(io.Writer) error, stopProfile func()) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := start(f); err != nil {
		_ = f.Close()
		return nil, err
	}
	return func() {
		stopProfile()
		_ = f.Close()
	}, nil
}

// parseArgs reads node-style options up to the script name.
func parseArgs(args []string) (invocation, error) {
	var inv invocation
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch a {
		case "-e", "--eval", "-p", "--print":
			if i+1 >= len(args) {
				return inv, fmt.Errorf("%s requires an argument", a)
			}
			code := args[i+1]
			inv.eval = &code
			inv.print = inv.print || a == "-p" || a == "--print"
			inv.execArgv = append(inv.execArgv, a, code)
			i++
		case "--cpu-prof", "--js-prof":
			if i+1 >= len(args) {
				return inv, fmt.Errorf("%s requires an argument", a)
			}
			if a == "--cpu-prof" {
				inv.cpuProf = args[i+1]
			} else {
				inv.jsProf = args[i+1]
			}
			inv.execArgv = append(inv.execArgv, a, args[i+1])
			i++
		case "-v", "--version":
			inv.version = true
		case "-h", "--help":
			inv.help = true
		case "--":
			return finishArgs(inv, args[i+1:]), nil
		case "-":
			return finishArgs(inv, args[i:]), nil
		default:
			if len(a) > 1 && a[0] == '-' {
				return inv, fmt.Errorf("bad option: %s", a)
			}
			return finishArgs(inv, args[i:]), nil
		}
	}
	return inv, nil
}

// finishArgs takes the script and its arguments. With -e/-p every remaining
// argument belongs to the program, as in node.
func finishArgs(inv invocation, rest []string) invocation {
	if len(rest) == 0 {
		return inv
	}
	if inv.eval != nil {
		inv.scriptArgs = rest
		return inv
	}
	inv.script = rest[0]
	inv.scriptArgs = rest
	return inv
}
