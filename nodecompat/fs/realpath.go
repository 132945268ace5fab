package fs

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// realpathJS resolves path as Node's JavaScript fs.realpath does: element
// by element with lstat; at a link it stats the link (so a dangling link or
// a loop fails with syscall stat on the link), reads it and starts again
// from the link's target. Errors name the element being examined.
func realpathJS(path string) (string, error) {
	p, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	known := map[string]bool{} // elements already found not to be links
	for {
		resolved, restart, err := resolveElements(p, known)
		if err != nil || restart == "" {
			return resolved, err
		}
		p = restart
	}
}

// resolveElements walks the absolute, clean path p. It returns p if none of
// its elements is a link, or else the path to resolve next, with the first
// link replaced by its target.
func resolveElements(p string, known map[string]bool) (resolved, restart string, err error) {
	parts := strings.Split(strings.TrimPrefix(p, "/"), "/")
	cur := ""
	for i, part := range parts {
		if part == "" {
			continue
		}
		next := cur + "/" + part
		if known[next] {
			cur = next
			continue
		}
		fi, err := os.Lstat(next)
		if err != nil {
			return "", "", onPath(err, "lstat", next)
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			known[next] = true
			cur = next
			continue
		}
		if _, err := os.Stat(next); err != nil {
			return "", "", onPath(err, "stat", next)
		}
		target, err := os.Readlink(next)
		if err != nil {
			return "", "", onPath(err, "readlink", next)
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join("/"+strings.TrimPrefix(cur, "/"), target)
		}
		return "", filepath.Join(target, strings.Join(parts[i+1:], "/")), nil
	}
	if cur == "" {
		cur = "/"
	}
	return cur, "", nil
}
