package nodecompat_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/nodecompat"
)

// A Go program that embeds goja enables the Node façade on its runtime and
// runs a script to completion, event loop included.
func Example() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "app.js")
	_ = os.WriteFile(script, []byte(`
		setTimeout(() => console.log('timer fired'), 5);
		process.on('exit', (code) => console.log('exit', code));
		console.log('started');
	`), 0o644)

	l, err := loop.New()
	if err != nil {
		panic(err)
	}
	defer l.Close()
	vm := goja.New()
	rt := nodecompat.Enable(vm, l, nodecompat.Options{Argv: []string{"app", script}})
	code := rt.RunMain(script)
	fmt.Println("exit code", code)
	// Output:
	// started
	// timer fired
	// exit 0
	// exit code 0
}
