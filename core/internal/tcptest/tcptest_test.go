package tcptest

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHandlerCallsWhatIsSetAndIgnoresTheRest(t *testing.T) {
	var got []string
	h := Handler{
		Data:  func(b []byte) { got = append(got, "data "+string(b)) },
		End:   func() { got = append(got, "end") },
		Drain: func() { got = append(got, "drain") },
		Err:   func(err error) { got = append(got, "error "+err.Error()) },
		Close: func(hadError bool) { got = append(got, "close") },
	}
	h.OnData([]byte("x"))
	h.OnEnd()
	h.OnDrain()
	h.OnError(errors.New("e"))
	h.OnClose(true)
	assert.Equal(t, []string{"data x", "end", "drain", "error e", "close"}, got)
	assert.NotPanics(t, func() {
		var none Handler
		none.OnData(nil)
		none.OnEnd()
		none.OnDrain()
		none.OnError(nil)
		none.OnClose(false)
	})
}
