package w3c

import "github.com/nodeshim/nodeshim/internal/webapi"

// hiddenState is the Slot in which this package's objects keep their Go
// state, beside the EventTarget state that webapi keeps in its own.
var hiddenState = webapi.NewSlot("nodeshim.w3c")

// must panics on an error from a goja call that fails only when JavaScript
// throws, so that the exception propagates as goja expects.
func must(err error) {
	if err != nil {
		panic(err)
	}
}
