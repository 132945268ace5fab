package util

import (
	"strconv"

	"github.com/dop251/goja"
)

// styleColors are util.inspect.styles' defaults: style type → color name.
var styleColors = [][2]string{
	{"special", "cyan"}, {"number", "yellow"}, {"bigint", "yellow"}, {"boolean", "yellow"},
	{"undefined", "grey"}, {"null", "bold"}, {"string", "green"}, {"symbol", "green"},
	{"date", "magenta"}, {"regexp", "red"}, {"module", "underline"},
}

// colorCodes are util.inspect.colors: name → SGR start and end codes.
var colorCodes = []struct {
	name       string
	start, end int
}{
	{"reset", 0, 0}, {"bold", 1, 22}, {"dim", 2, 22}, {"italic", 3, 23}, {"underline", 4, 24},
	{"blink", 5, 25}, {"inverse", 7, 27}, {"hidden", 8, 28}, {"strikethrough", 9, 29},
	{"doubleunderline", 21, 24}, {"black", 30, 39}, {"red", 31, 39}, {"green", 32, 39},
	{"yellow", 33, 39}, {"blue", 34, 39}, {"magenta", 35, 39}, {"cyan", 36, 39},
	{"white", 37, 39}, {"bgBlack", 40, 49}, {"bgRed", 41, 49}, {"bgGreen", 42, 49},
	{"bgYellow", 43, 49}, {"bgBlue", 44, 49}, {"bgMagenta", 45, 49}, {"bgCyan", 46, 49},
	{"bgWhite", 47, 49}, {"framed", 51, 54}, {"overlined", 53, 55}, {"gray", 90, 39},
	{"redBright", 91, 39}, {"greenBright", 92, 39}, {"yellowBright", 93, 39},
	{"blueBright", 94, 39}, {"magentaBright", 95, 39}, {"cyanBright", 96, 39},
	{"whiteBright", 97, 39}, {"bgGray", 100, 49}, {"bgRedBright", 101, 49},
	{"bgGreenBright", 102, 49}, {"bgYellowBright", 103, 49}, {"bgBlueBright", 104, 49},
	{"bgMagentaBright", 105, 49}, {"bgCyanBright", 106, 49}, {"bgWhiteBright", 107, 49},
}

// colorAliases are the non-enumerable alternative names Node defines.
var colorAliases = [][2]string{
	{"gray", "grey"}, {"black", "blackBright"}, {"bgGray", "bgGrey"}, {"bgBlack", "bgBlackBright"},
	{"dim", "faint"}, {"strikethrough", "crossedout"}, {"strikethrough", "strikeThrough"},
	{"strikethrough", "crossedOut"}, {"hidden", "conceal"}, {"inverse", "swapColors"},
	{"inverse", "swapcolors"}, {"doubleunderline", "doubleUnderline"},
}

// newColorTables builds the null-prototype objects util.inspect.styles and
// util.inspect.colors; scripts may change them to restyle colored output.
func newColorTables(vm *goja.Runtime) (styles, colors *goja.Object) {
	styles = vm.CreateObject(nil)
	for _, sc := range styleColors {
		_ = styles.Set(sc[0], sc[1])
	}
	colors = vm.CreateObject(nil)
	for _, cc := range colorCodes {
		_ = colors.Set(cc.name, vm.NewArray(cc.start, cc.end))
	}
	for _, a := range colorAliases {
		_ = colors.DefineDataProperty(a[1], colors.Get(a[0]), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return styles, colors
}

// stylize wraps text in the SGR codes for styleType when colors are on.
func (c *inspectCtx) stylize(text, styleType string) string {
	if !c.opts.Colors {
		return text
	}
	name := c.s.styles.Get(styleType)
	if !defined(name) {
		return text
	}
	codes, ok := c.s.colors.Get(name.String()).(*goja.Object)
	if !ok {
		return text
	}
	start := strconv.FormatInt(prop(codes, "0").ToInteger(), 10)
	end := strconv.FormatInt(prop(codes, "1").ToInteger(), 10)
	return "\x1b[" + start + "m" + text + "\x1b[" + end + "m"
}
