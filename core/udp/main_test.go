package udp_test

import (
	"fmt"
	"os"
	"testing"

	"go.uber.org/goleak"
)

// TestMain runs the tests, removes the network namespace the multicast tests
// may have created, and checks that no goroutine outlived them.
func TestMain(m *testing.M) {
	code := m.Run()
	if err := removeNetns(); err != nil {
		fmt.Fprintln(os.Stderr, "removing the test network namespace:", err)
		code = 1
	}
	if code == 0 {
		if err := goleak.Find(); err != nil {
			fmt.Fprintln(os.Stderr, "goleak:", err)
			code = 1
		}
	}
	os.Exit(code)
}
