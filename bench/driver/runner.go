package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// outcome is one run of one workload under one engine.
type outcome struct {
	figures []figure          // in the order the workload printed them
	notes   map[string]string // string fields (cipher, group)
	rssMB   float64           // peak RSS of the process, MB (10^6 bytes)
	elapsed time.Duration
	err     error
}

// figure is one named number a workload reports.
type figure struct {
	name  string
	value float64
}

// runOnce runs argv with the workload parameters and parses its JSON line.
func runOnce(argv []string, workload string, cfg config) outcome {
	ctx, cancel := context.WithTimeout(context.Background(), cfg.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "BENCH_SECONDS="+strconv.FormatFloat(cfg.seconds, 'f', -1, 64))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = time.Second
	start := time.Now()
	err := cmd.Run()
	out := outcome{elapsed: time.Since(start)}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			out.rssMB = float64(ru.Maxrss) * 1024 / 1e6 // Linux reports KiB
		}
	}
	switch {
	case ctx.Err() != nil:
		out.err = fmt.Errorf("timed out after %s", cfg.timeout)
	case err != nil:
		out.err = fmt.Errorf("%v: %s", err, errorLine(stderr.String()))
	default:
		out.figures, out.notes, out.err = parseReport(stdout.String(), workload)
	}
	return out
}

// parseReport finds the workload's JSON line (the last line of output that
// starts with '{') and splits it into numeric figures, in order, and string
// notes.
func parseReport(output, workload string) ([]figure, map[string]string, error) {
	var line string
	for _, l := range strings.Split(output, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "{") {
			line = l
		}
	}
	if line == "" {
		return nil, nil, errors.New("no JSON line in the output")
	}
	fields, err := orderedObject(line)
	if err != nil {
		return nil, nil, err
	}
	var figs []figure
	notes := map[string]string{}
	name := ""
	for _, f := range fields {
		switch v := f.value.(type) {
		case float64:
			figs = append(figs, figure{f.key, v})
		case string:
			if f.key == "workload" {
				name = v
			} else {
				notes[f.key] = v
			}
		}
	}
	if name != workload {
		return nil, nil, fmt.Errorf("the JSON line is for workload %q, not %q", name, workload)
	}
	if len(figs) == 0 {
		return nil, nil, errors.New("the JSON line has no figures")
	}
	return figs, notes, nil
}

// errorLine picks the line of a failed run's stderr that says what went
// wrong: the first that mentions an Error, else the first non-empty one.
func errorLine(stderr string) string {
	first := ""
	for _, l := range strings.Split(stderr, "\n") {
		l = strings.TrimSpace(l)
		if strings.Contains(l, "Error") {
			return l
		}
		if first == "" {
			first = l
		}
	}
	return first
}

// summary is a one-line account of the run for the progress log.
func (o outcome) summary() string {
	if o.err != nil {
		return "FAILED: " + o.err.Error()
	}
	parts := make([]string, 0, len(o.figures)+1)
	for _, f := range o.figures {
		parts = append(parts, fmt.Sprintf("%s=%g", f.name, f.value))
	}
	parts = append(parts, fmt.Sprintf("(%.1f s, peak RSS %.0f MB)", o.elapsed.Seconds(), o.rssMB))
	return strings.Join(parts, " ")
}
