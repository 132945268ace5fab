package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// describeMachine is the table's header: when, where and with what it ran.
func describeMachine(cfg config) []string {
	node, _ := exec.Command("node", "--version").Output()
	commit, _ := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	dirty, _ := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output()
	rev := strings.TrimSpace(string(commit))
	if len(dirty) > 0 {
		rev += " with uncommitted changes"
	}
	return []string{
		fmt.Sprintf("%s, %d CPUs, node %s, %s, nodeshim %s",
			time.Now().Format("2006-01-02 15:04"), runtime.NumCPU(), strings.TrimSpace(string(node)), runtime.Version(), rev),
		fmt.Sprintf("%d rounds, BENCH_SECONDS=%g; before the runs: load average %s", cfg.rounds, cfg.seconds, loadAverage()),
	}
}

// loadAverage is the 1, 5 and 15 minute load averages.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
