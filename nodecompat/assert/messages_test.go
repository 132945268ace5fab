package assert

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func prim(shown string) valueInfo { return valueInfo{shown: shown} }
func obj(shown string) valueInfo  { return valueInfo{shown: shown, isObject: true} }

func TestUnequalMessage(t *testing.T) {
	lines := func(ls ...string) string { return strings.Join(ls, "\n") }
	tests := []struct {
		name             string
		actual, expected valueInfo
		op, custom, want string
	}{
		{"short primitives", prim("1"), prim("2"), "strictEqual", "",
			"Expected values to be strictly equal:\n\n1 !== 2\n"},
		{"custom headline", prim("1"), prim("2"), "strictEqual", "mine", "mine\n\n1 !== 2\n"},
		{"zeros diff", valueInfo{shown: "0", isZero: true}, valueInfo{shown: "-0", isZero: true}, "strictEqual", "",
			"Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0"},
		{"indicator", prim("'hello world'"), prim("'hello there'"), "strictEqual", "",
			"Expected values to be strictly equal:\n+ actual - expected\n\n+ 'hello world'\n- 'hello there'\n         ^"},
		{"no indicator when the difference is early", prim("'abcdefgh'"), prim("'xbcdefgh'"), "strictEqual", "",
			"Expected values to be strictly equal:\n+ actual - expected\n\n+ 'abcdefgh'\n- 'xbcdefgh'"},
		{"objects by reference", obj(lines("[", "  1,", "  3", "]")), obj(lines("[", "  1,", "  4", "]")), "strictEqual", "",
			"Expected \"actual\" to be reference-equal to \"expected\":\n+ actual - expected\n\n  [\n    1,\n+   3\n-   4\n  ]"},
		{"same structure", obj(lines("{", "  a: 1", "}")), obj(lines("{", "  a: 1", "}")), "deepStrictEqual", "ignored",
			"Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n"},
		{"extra expected line and trailing comma", obj(lines("{", "  a: 1", "}")), obj(lines("{", "  a: 1,", "  b: 2", "}")), "deepStrictEqual", "",
			"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n-   b: 2\n  }"},
		{"identical context collapsed", obj(lines("[", "  1,", "  2,", "  3,", "  4,", "  5,", "  6,", "  7,", "  8", "]")),
			obj(lines("[", "  1,", "  2,", "  3,", "  4,", "  5,", "  6,", "  7,", "  9", "]")), "deepStrictEqual", "",
			"Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n    1,\n...\n    6,\n    7,\n+   8\n-   9\n  ]"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, unequalMessage(tc.actual, tc.expected, tc.op, tc.custom), tc.name)
	}
}

func TestUnequalMessageCapsLongDiffs(t *testing.T) {
	var a, e []string
	for i := 0; i < 120; i++ {
		a = append(a, "  a"+strings.Repeat("x", i%7))
		e = append(e, "  b"+strings.Repeat("x", i%7))
	}
	msg := unequalMessage(obj(strings.Join(a, "\n")), obj(strings.Join(e, "\n")), "deepStrictEqual", "")
	assert.True(t, strings.HasPrefix(msg, "Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n"))
	assert.True(t, strings.HasSuffix(msg, "\n..."))
	assert.Less(t, strings.Count(msg, "\n"), 60)
}

func TestOtherMessages(t *testing.T) {
	assert.Equal(t, `Expected "actual" to be strictly unequal to: 1`, notUnequalMessage(prim("1"), "notStrictEqual"))
	assert.Equal(t, "Expected \"actual\" to be strictly unequal to:\n\n'long one'", notUnequalMessage(prim("'long one'"), "notStrictEqual"))
	assert.Equal(t, "Expected \"actual\" not to be reference-equal to \"expected\":\n\n{\n  a: 1\n}\n", notUnequalMessage(obj("{\n  a: 1\n}"), "notStrictEqual"))
	assert.Equal(t, "1 == 2", looseMessage(prim("1"), prim("2"), "=="))
	assert.Equal(t, "Expected values to be loosely deep-equal:\n\n1\n\nshould loosely deep-equal\n\n2", looseMessage(prim("1"), prim("2"), "deepEqual"))
	assert.Equal(t, "Expected \"actual\" not to be loosely deep-equal to:\n\n[]", looseMessage(obj("[]"), obj("[]"), "notDeepEqual"))
	assert.Equal(t, "Expected values not to be loosely deep-equal:\n\n1\n\nshould not loosely deep-equal\n\n'1'", looseMessage(prim("1"), prim("'1'"), "notDeepEqual"))
	long := looseMessage(prim(strings.Repeat("é", 600)), prim("2"), "==")
	assert.Equal(t, strings.Repeat("é", 509)+"... == 2", long, "values cut to 512 characters")
}
