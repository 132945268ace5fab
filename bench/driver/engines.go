package main

import (
	"os"
	"path/filepath"
	"slices"
)

// The engines a workload runs under.
const (
	engineNode     = "node"         // node v20 running bench/node/NAME.js
	engineNodeshim = "nodeshim"     // nodeshim running bench/node/NAME.js
	engineW3C      = "nodeshim-w3c" // nodeshim running bench/w3c/NAME.js
	engineGo       = "go"           // bench/goref NAME
)

// engineNames lists the engines in table order.
var engineNames = []string{engineNode, engineNodeshim, engineW3C, engineGo}

// isEngine reports whether name is an engine.
func isEngine(name string) bool {
	return slices.Contains(engineNames, name)
}

// programs are the binaries the driver built and the directory of the
// Node-style scripts they run (bench/node, or bench/variants).
type programs struct {
	nodeshim, goref string
	scripts         string
}

// command is the argv that runs workload w under engine e; ok is false when
// the engine has no such workload (no W3C twin).
func (p programs) command(e, w string) (argv []string, ok bool) {
	nodeScript := filepath.Join(p.scripts, w+".js")
	switch e {
	case engineNode:
		return []string{"node", nodeScript}, true
	case engineNodeshim:
		return []string{p.nodeshim, nodeScript}, true
	case engineW3C:
		twin := filepath.Join("bench", "w3c", w+".js")
		if _, err := os.Stat(twin); err != nil {
			return nil, false
		}
		return []string{p.nodeshim, twin}, true
	case engineGo:
		return []string{p.goref, w}, true
	}
	return nil, false
}

// rotate starts the engine order at a different engine each round, so no
// engine always runs right after another on a shared machine.
func rotate(engines []string, round int) []string {
	if len(engines) == 0 {
		return nil
	}
	k := round % len(engines)
	return append(slices.Clone(engines[k:]), engines[:k]...)
}
