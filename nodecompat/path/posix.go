package path

import "strings"

// Sep is the POSIX path segment separator.
const Sep = "/"

// Delimiter is the POSIX PATH list delimiter.
const Delimiter = ":"

// IsAbsolute reports whether p starts at the root.
func IsAbsolute(p string) bool {
	return strings.HasPrefix(p, "/")
}

// collapse resolves "." and ".." segments of p, dropping empty segments.
// When aboveRoot is true, leading ".." segments that cannot be cancelled
// are kept; otherwise they are dropped (a rooted path cannot climb higher).
func collapse(p string, aboveRoot bool) string {
	var kept []string
	for _, seg := range strings.Split(p, "/") {
		switch seg {
		case "", ".":
		case "..":
			if len(kept) > 0 && kept[len(kept)-1] != ".." {
				kept = kept[:len(kept)-1]
			} else if aboveRoot {
				kept = append(kept, "..")
			}
		default:
			kept = append(kept, seg)
		}
	}
	return strings.Join(kept, "/")
}

// Normalize resolves "." and ".." segments and repeated separators in p,
// keeping a trailing separator, as Node's path.normalize does.
func Normalize(p string) string {
	if p == "" {
		return "."
	}
	abs := IsAbsolute(p)
	trailing := strings.HasSuffix(p, "/")
	out := collapse(p, !abs)
	switch {
	case out == "" && abs:
		return "/"
	case out == "" && trailing:
		return "./"
	case out == "":
		return "."
	}
	if trailing {
		out += "/"
	}
	if abs {
		return "/" + out
	}
	return out
}

// Join concatenates the non-empty parts with the separator and normalizes
// the result; with no non-empty part it returns ".".
func Join(parts ...string) string {
	var nonEmpty []string
	for _, part := range parts {
		if part != "" {
			nonEmpty = append(nonEmpty, part)
		}
	}
	if len(nonEmpty) == 0 {
		return "."
	}
	return Normalize(strings.Join(nonEmpty, "/"))
}

// Resolve turns parts, read right to left until one is absolute, into an
// absolute normalized path without a trailing separator; cwd is used when no
// part is absolute.
func Resolve(cwd string, parts ...string) string {
	resolved := ""
	abs := false
	for i := len(parts) - 1; i >= -1 && !abs; i-- {
		part := cwd
		if i >= 0 {
			part = parts[i]
		}
		if part == "" {
			continue
		}
		resolved = part + "/" + resolved
		abs = IsAbsolute(part)
	}
	out := collapse(resolved, !abs)
	if abs {
		return "/" + out
	}
	if out == "" {
		return "."
	}
	return out
}

// Relative returns the path that leads from the resolved from to the
// resolved to, or "" when both resolve to the same path.
func Relative(cwd, from, to string) string {
	if from == to {
		return ""
	}
	fromSegs := segments(Resolve(cwd, from))
	toSegs := segments(Resolve(cwd, to))
	common := 0
	for common < len(fromSegs) && common < len(toSegs) && fromSegs[common] == toSegs[common] {
		common++
	}
	var out []string
	for range fromSegs[common:] {
		out = append(out, "..")
	}
	return strings.Join(append(out, toSegs[common:]...), "/")
}

// segments splits an absolute normalized path into its names.
func segments(abs string) []string {
	if abs == "/" {
		return nil
	}
	return strings.Split(abs[1:], "/")
}

// lastName locates the last name of p, ignoring trailing separators and,
// when skipFirst is set, the byte at index 0. It returns the name's bounds
// [start, end); end is -1 when p holds no name.
func lastName(p string, skipFirst bool) (start, end int) {
	floor := 0
	if skipFirst {
		floor = 1
	}
	end = -1
	for i := len(p) - 1; i >= floor; i-- {
		if p[i] != '/' {
			if end == -1 {
				end = i + 1
			}
			continue
		}
		if end != -1 {
			return i + 1, end
		}
	}
	return 0, end
}

// Dirname returns p without its last name and the separator before it.
// Like Node, it never treats the byte at index 0 as a separator that ends
// the directory, so "//a" gives "//".
func Dirname(p string) string {
	if p == "" {
		return "."
	}
	abs := IsAbsolute(p)
	start, _ := lastName(p, true)
	switch {
	case start == 0 && abs:
		return "/"
	case start == 0:
		return "."
	case abs && start == 2:
		return "//"
	}
	return p[:start-1]
}

// Basename returns the last name of p. A non-empty suffix is removed from
// a name that ends with it and is longer than it. Node's quirks are kept:
// a suffix equal to all of p gives "", and when a suffix no longer than p
// is given, a p without names, or a name that is the tail of the suffix,
// gives p from the name's start on, trailing separators included.
func Basename(p, suffix string) string {
	if suffix != "" && suffix == p {
		return ""
	}
	start, end := lastName(p, false)
	if suffix == "" || len(suffix) > len(p) {
		if end == -1 {
			return ""
		}
		return p[start:end]
	}
	if end == -1 {
		return p
	}
	name := p[start:end]
	switch {
	case len(name) > len(suffix) && strings.HasSuffix(name, suffix):
		return strings.TrimSuffix(name, suffix)
	case len(name) < len(suffix) && strings.HasSuffix(suffix, name):
		return p[start:]
	}
	return name
}

// extStart returns the index in name where its extension begins, or
// len(name) when it has none: a leading dot and the name ".." do not count.
func extStart(name string) int {
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 || name == ".." {
		return len(name)
	}
	return dot
}

// Extname returns the extension of the last name of p, from its last dot.
func Extname(p string) string {
	start, end := lastName(p, false)
	if end == -1 {
		return ""
	}
	name := p[start:end]
	return name[extStart(name):]
}

// Parsed holds the parts of a path as path.parse reports them.
type Parsed struct {
	Root, Dir, Base, Ext, Name string
}

// Parse splits p into root, directory, base name, extension and name.
func Parse(p string) Parsed {
	var out Parsed
	if p == "" {
		return out
	}
	abs := IsAbsolute(p)
	if abs {
		out.Root = "/"
	}
	start, end := lastName(p, abs)
	if end != -1 {
		nameStart := start
		if nameStart == 0 && abs {
			nameStart = 1
		}
		out.Base = p[nameStart:end]
		e := extStart(out.Base)
		if start == 0 && abs && out.Base == ".." {
			// Node misses its ".." rule when the name follows the root
			// directly, so "/.." parses as name "." and ext ".".
			e = 1
		}
		out.Name, out.Ext = out.Base[:e], out.Base[e:]
	}
	switch {
	case start > 0:
		out.Dir = p[:start-1]
	case abs:
		out.Dir = "/"
	}
	return out
}

// Format joins the parts of p back into a path: Dir (or Root when Dir is
// empty) and Base (or Name and Ext, a dot added to Ext when missing).
func Format(p Parsed) string {
	dir := p.Dir
	if dir == "" {
		dir = p.Root
	}
	base := p.Base
	if base == "" {
		base = p.Name
		if p.Ext != "" && !strings.HasPrefix(p.Ext, ".") {
			base += "."
		}
		base += p.Ext
	}
	switch {
	case dir == "":
		return base
	case dir == p.Root:
		return dir + base
	}
	return dir + "/" + base
}
