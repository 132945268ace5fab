package stream_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPipelineEndFalseSettlesWhenTheSourceEnds(t *testing.T) {
	cases := []struct {
		name, options string
	}{
		{"end false", `{ end: false }`},
		{"end false with a signal", `{ end: false, signal: new AbortController().signal }`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			e.run(t, `
				var log = [];
				var dst = new stream.Writable({ write(c, enc, cb) { log.push('w:' + c); cb(); } });
				stream.promises.pipeline(stream.Readable.from(['a', 'b']), dst, `+tc.options+`)
					.then(() => log.push('resolved, dst ended ' + dst.writableEnded));
			`)
			assert.Equal(t, "w:a w:b resolved, dst ended false", e.log(t),
				"the destination stays open and the pipeline still completes")
		})
	}
}
