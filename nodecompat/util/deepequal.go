package util

import (
	"github.com/dop251/goja"
)

// addDeepEqual sets util.isDeepStrictEqual.
// TODO: wire to nodecompat/internal/deepequal.Equal(vm, a, b, true) once that
// package exists; until then util.isDeepStrictEqual is not exported.
func addDeepEqual(s *state, exports *goja.Object) {}
