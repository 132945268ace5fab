// Package nodeshimbin builds the nodeshim command for the test suites that
// run scripts under it, once per test binary.
package nodeshimbin

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// Build compiles the command in cmdDir (the path of cmd/nodeshim relative
// to the calling package) into a new temporary directory named after
// prefix, and returns the binary's path and that directory, which the
// caller removes when its tests end. The compiler's output goes to stderr.
func Build(cmdDir, prefix string) (bin, dir string, err error) {
	dir, err = os.MkdirTemp("", prefix)
	if err != nil {
		return "", "", err
	}
	bin = filepath.Join(dir, "nodeshim")
	build := exec.Command("go", "build", "-o", bin, cmdDir)
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		_ = os.RemoveAll(dir)
		return "", "", fmt.Errorf("building nodeshim: %w", err)
	}
	return bin, dir, nil
}
