package fs

import (
	"math"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// Open flags of Node's flag strings ('r', 'w+', 'ax', ...).
const (
	flagRead   = unix.O_RDONLY
	flagWrite  = unix.O_TRUNC | unix.O_CREAT | unix.O_WRONLY
	flagAppend = unix.O_APPEND | unix.O_CREAT | unix.O_WRONLY
)

// flagStrings maps each of Node's flag strings to open(2) flags.
var flagStrings = map[string]int{
	"r":   flagRead,
	"rs":  flagRead | unix.O_SYNC,
	"sr":  flagRead | unix.O_SYNC,
	"r+":  unix.O_RDWR,
	"rs+": unix.O_RDWR | unix.O_SYNC,
	"sr+": unix.O_RDWR | unix.O_SYNC,
	"w":   flagWrite,
	"wx":  flagWrite | unix.O_EXCL,
	"xw":  flagWrite | unix.O_EXCL,
	"w+":  unix.O_TRUNC | unix.O_CREAT | unix.O_RDWR,
	"wx+": unix.O_TRUNC | unix.O_CREAT | unix.O_RDWR | unix.O_EXCL,
	"xw+": unix.O_TRUNC | unix.O_CREAT | unix.O_RDWR | unix.O_EXCL,
	"a":   flagAppend,
	"ax":  flagAppend | unix.O_EXCL,
	"xa":  flagAppend | unix.O_EXCL,
	"as":  flagAppend | unix.O_SYNC,
	"sa":  flagAppend | unix.O_SYNC,
	"a+":  unix.O_APPEND | unix.O_CREAT | unix.O_RDWR,
	"ax+": unix.O_APPEND | unix.O_CREAT | unix.O_RDWR | unix.O_EXCL,
	"xa+": unix.O_APPEND | unix.O_CREAT | unix.O_RDWR | unix.O_EXCL,
	"as+": unix.O_APPEND | unix.O_CREAT | unix.O_RDWR | unix.O_SYNC,
	"sa+": unix.O_APPEND | unix.O_CREAT | unix.O_RDWR | unix.O_SYNC,
}

// flags checks a flags argument: one of Node's flag strings or an integer;
// undefined and null give def.
func (m *fsModule) flags(v goja.Value, def int) int {
	if isUndefined(v) {
		return def
	}
	if jsarg.IsString(v) {
		if f, ok := flagStrings[v.String()]; ok {
			return f
		}
	} else if _, ok := jsarg.Number(v); ok {
		return int(jsarg.Integer(m.vm, v, "flags", math.MinInt32, math.MaxInt32))
	}
	panic(nodeerr.InvalidArgValue(m.vm, "flags", v, ""))
}
