package loop_test

import (
	"fmt"
	"time"

	"github.com/nodeshim/nodeshim/core/loop"
)

// A goroutine doing blocking work holds the loop alive, posts its result back
// to the loop's goroutine, and releases its hold.
func Example() {
	l, err := loop.New()
	if err != nil {
		panic(err)
	}
	defer l.Close()

	release := l.Hold()
	go func() {
		result := "looked up" // blocking work would happen here
		l.Post(func() { fmt.Println("on the loop:", result) })
		release()
	}()

	t := l.NewTimer(10*time.Millisecond, func() { fmt.Println("timer") })
	t.Unref() // does not keep the loop alive

	h := l.NewHandle() // a socket would hold one of these while open
	l.NewImmediate(func() {
		fmt.Println("immediate")
		h.Close()
	})

	if err := l.Run(); err != nil {
		panic(err)
	}
	fmt.Println("loop done")
	// Unordered output:
	// on the loop: looked up
	// immediate
	// loop done
}
