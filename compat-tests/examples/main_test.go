// Package examples runs the Node examples of examples/node under node and
// under nodeshim and requires the same output from both: each example's
// demo mode (no arguments), and the multicast receiver and sender against
// each other in a private network namespace.
package examples

import (
	"fmt"
	"os"
	"testing"

	"github.com/nodeshim/nodeshim/compat-tests/internal/nodeshimbin"
)

// examplesDir is examples/node, relative to this package.
const examplesDir = "../../examples/node"

// nodeshimBin is the nodeshim binary TestMain builds.
var nodeshimBin string

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	bin, dir, err := nodeshimbin.Build("../../cmd/nodeshim", "nodeshim-examples-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	nodeshimBin = bin
	return m.Run()
}
