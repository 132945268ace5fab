// Command driver runs nodeshim's benchmark workloads under nodeshim, node and
// the pure-Go reference in alternating rounds and prints a Markdown table of
// medians (with min–max) per figure and engine, and the ratios to node.
// From the repository root:
//
//	go run ./bench/driver [-rounds 5] [-seconds 2] [-only REGEXP] [-engines LIST] [-profile DIR] [-variants]
//
// It builds cmd/nodeshim and bench/goref into a temporary directory, runs
// each workload's bench/node/NAME.js under node and nodeshim, its
// bench/w3c/NAME.js twin (when there is one) under nodeshim, and `goref
// NAME`, records every run's peak RSS from wait4's rusage, and reports a run
// that fails or times out as such (n/a in the table when no run succeeded).
// With -variants it runs bench/variants/NAME.js instead, under node and
// nodeshim only: the same workloads written in other common ways, which
// show whether nodeshim's speed holds off the benchmark's exact paths.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// workloads are the benchmark's workloads, in table order.
var workloads = []string{
	"tcp-throughput", "tcp-pingpong", "tcp-connrate", "tcp-many", "udp-flood",
	"tls-throughput", "tls-handshake",
}

// variants are the workloads of bench/variants, in table order.
var variants = []string{
	"pingpong-string", "pingpong-strwrite", "pingpong-writecb", "pingpong-readable", "pingpong-pipe",
	"throughput-pipe", "throughput-1k", "udp-string", "tls-pingpong",
	"connrate-options", "connrate-request", "connrate-destroy",
}

// config is the driver's command line.
type config struct {
	rounds   int
	seconds  float64
	only     *regexp.Regexp
	engines  []string
	timeout  time.Duration
	profile  string
	variants bool
}

func main() {
	cfg, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "driver:", err)
		os.Exit(2)
	}
	if err := run(cfg); err != nil {
		fmt.Fprintln(os.Stderr, "driver:", err)
		os.Exit(1)
	}
}

// parseFlags reads the command line.
func parseFlags(args []string) (config, error) {
	fs := flag.NewFlagSet("driver", flag.ContinueOnError)
	cfg := config{}
	fs.IntVar(&cfg.rounds, "rounds", 5, "alternating rounds (every engine runs every workload once per round)")
	fs.Float64Var(&cfg.seconds, "seconds", 2, "BENCH_SECONDS: length of each timed phase of a workload")
	only := fs.String("only", "", "run only the workloads matching this regular expression")
	engines := fs.String("engines", strings.Join(engineNames, ","), "engines to run, comma-separated")
	fs.DurationVar(&cfg.timeout, "timeout", 0, "time limit per run (default 30 s + 10 × seconds)")
	fs.StringVar(&cfg.profile, "profile", "", "after the rounds, write a CPU profile of one nodeshim run per workload to this directory")
	fs.BoolVar(&cfg.variants, "variants", false, "run bench/variants (under node and nodeshim) instead of the workloads")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if cfg.rounds < 1 || cfg.seconds <= 0 {
		return cfg, fmt.Errorf("-rounds and -seconds must be positive")
	}
	re, err := regexp.Compile(*only)
	if err != nil {
		return cfg, err
	}
	cfg.only = re
	for _, e := range strings.Split(*engines, ",") {
		if !isEngine(e) {
			return cfg, fmt.Errorf("unknown engine %q (have %s)", e, strings.Join(engineNames, ", "))
		}
		if cfg.variants && e != engineNode && e != engineNodeshim {
			continue // the variants have no W3C twin and no Go reference
		}
		cfg.engines = append(cfg.engines, e)
	}
	if cfg.timeout == 0 {
		cfg.timeout = 30*time.Second + time.Duration(10*cfg.seconds*float64(time.Second))
	}
	return cfg, nil
}

// run builds the programs, runs the rounds and prints the table.
func run(cfg config) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	if err := os.Chdir(root); err != nil {
		return err
	}
	bin, err := os.MkdirTemp("", "nodeshim-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(bin)
	progs := programs{nodeshim: filepath.Join(bin, "nodeshim"), goref: filepath.Join(bin, "goref"), scripts: filepath.Join("bench", "node")}
	names := workloads
	if cfg.variants {
		progs.scripts = filepath.Join("bench", "variants")
		names = variants
	}
	for pkg, out := range map[string]string{"./cmd/nodeshim": progs.nodeshim, "./bench/goref": progs.goref} {
		fmt.Fprintf(os.Stderr, "building %s\n", pkg)
		if err := goCommand("build", "-o", out, pkg).Run(); err != nil {
			return fmt.Errorf("go build %s: %w", pkg, err)
		}
	}
	var selected []string
	for _, w := range names {
		if cfg.only.MatchString(w) {
			selected = append(selected, w)
		}
	}
	header := describeMachine(cfg)
	res := newResults()
	for r := range cfg.rounds {
		for _, w := range selected {
			for _, e := range rotate(cfg.engines, r) {
				argv, ok := progs.command(e, w)
				if !ok {
					continue
				}
				out := runOnce(argv, w, cfg)
				res.add(w, e, out)
				fmt.Fprintf(os.Stderr, "round %d/%d %-14s %-12s %s\n", r+1, cfg.rounds, w, e, out.summary())
			}
		}
	}
	header = append(header, "after the runs: load average "+loadAverage())
	fmt.Println(strings.Join(header, "  \n"))
	fmt.Println()
	fmt.Print(res.table(selected, cfg.engines))
	if cfg.profile != "" {
		return profileRuns(cfg, progs, selected)
	}
	return nil
}

// profileRuns writes one CPU profile per workload and nodeshim façade.
func profileRuns(cfg config, progs programs, selected []string) error {
	if err := os.MkdirAll(cfg.profile, 0o755); err != nil {
		return err
	}
	fmt.Println("\nCPU profiles (one extra run each):")
	for _, w := range selected {
		for _, e := range []string{engineNodeshim, engineW3C} {
			argv, ok := progs.command(e, w)
			if !ok {
				continue
			}
			file := filepath.Join(cfg.profile, e+"-"+w+".pprof")
			argv = append([]string{argv[0], "--cpu-prof", file}, argv[1:]...)
			if out := runOnce(argv, w, cfg); out.err != nil {
				fmt.Printf("- %s, %s: no profile, the run failed (%v)\n", w, e, out.err)
			} else {
				fmt.Printf("- %s, %s: `go tool pprof -top %s` (this run: %s)\n", w, e, file, out.summary())
			}
		}
	}
	return nil
}

// repoRoot is the directory of the main module's go.mod.
func repoRoot() (string, error) {
	out, err := goCommand("env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("run the driver inside the nodeshim module")
	}
	return filepath.Dir(mod), nil
}

// goCommand is the go tool with the driver's stderr.
func goCommand(args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Stderr = os.Stderr
	return cmd
}
