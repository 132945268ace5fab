package path

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalize(t *testing.T) {
	cases := map[string]string{
		"":               ".",
		"/":              "/",
		"//":             "/",
		"./":             "./",
		"a/./b/../c/":    "a/c/",
		"../../a":        "../../a",
		"/../../a":       "/a",
		"a/..":           ".",
		"a/../":          "./",
		"/a//b/.":        "/a/b",
		"a/b/../../../c": "../c",
	}
	for in, want := range cases {
		assert.Equal(t, want, Normalize(in), "normalize(%q)", in)
	}
}

func TestJoinResolveRelative(t *testing.T) {
	assert.Equal(t, ".", Join())
	assert.Equal(t, ".", Join("", ""))
	assert.Equal(t, "/a/c", Join("/a", "b", "..", "c"))
	assert.Equal(t, "a/b/", Join("a", "", "b/"))

	assert.Equal(t, "/cwd", Resolve("/cwd"))
	assert.Equal(t, "/cwd/a", Resolve("/cwd", "a", ""))
	assert.Equal(t, "/b/c", Resolve("/cwd", "/a", "/b", "c/"))
	assert.Equal(t, "/", Resolve("/cwd", "/..", ".."))

	tests := []struct{ from, to, want string }{
		{"/a/b", "/a/b", ""},
		{"/a/b", "/a/b/c/d", "c/d"},
		{"/a/b/c", "/a/x", "../../x"},
		{"/", "/a", "a"},
		{"/a", "/", ".."},
		{"x", "/cwd/x/y", "y"},
		{"/ab", "/a", "../a"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Relative("/cwd", tc.from, tc.to), "relative(%q, %q)", tc.from, tc.to)
	}
}

func TestDirnameBasenameExtname(t *testing.T) {
	tests := []struct{ in, dir, base, ext string }{
		{"", ".", "", ""},
		{"/", "/", "", ""},
		{"a", ".", "a", ""},
		{"a/", ".", "a", ""},
		{"/a", "/", "a", ""},
		{"//a", "//", "a", ""},
		{"/a//b", "/a/", "b", ""},
		{"/a/b.txt/", "/a", "b.txt", ".txt"},
		{".bashrc", ".", ".bashrc", ""},
		{"a.", ".", "a.", "."},
		{"..", ".", "..", ""},
		{"...", ".", "...", "."},
		{"x/.a.b", "x", ".a.b", ".b"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.dir, Dirname(tc.in), "dirname(%q)", tc.in)
		assert.Equal(t, tc.base, Basename(tc.in, ""), "basename(%q)", tc.in)
		assert.Equal(t, tc.ext, Extname(tc.in), "extname(%q)", tc.in)
	}
}

func TestBasenameSuffix(t *testing.T) {
	tests := []struct{ p, suffix, want string }{
		{"/a/b.js", ".js", "b"},
		{"/a/b.js/", ".js", "b"},
		{"/a/b.js", "b.js", "b.js"},
		{"b.js", "b.js", ""},
		{"/a/b.js", "x", "b.js"},
		{"/a/b.js", "too long suffix", "b.js"},
		{"///", "a", "///"},
		{"x/ab/", "zab", "ab/"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Basename(tc.p, tc.suffix), "basename(%q, %q)", tc.p, tc.suffix)
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Parsed
	}{
		{"", Parsed{}},
		{"/", Parsed{Root: "/", Dir: "/"}},
		{"/home/u/file.tar.gz", Parsed{Root: "/", Dir: "/home/u", Base: "file.tar.gz", Ext: ".gz", Name: "file.tar"}},
		{"rel/.hidden", Parsed{Dir: "rel", Base: ".hidden", Name: ".hidden"}},
		{"/..", Parsed{Root: "/", Dir: "/", Base: "..", Ext: ".", Name: "."}},
		{"a/..", Parsed{Dir: "a", Base: "..", Name: ".."}},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Parse(tc.in), "parse(%q)", tc.in)
	}

	assert.Equal(t, "/home/u/file.txt", Format(Parsed{Root: "/", Dir: "/home/u", Base: "file.txt"}))
	assert.Equal(t, "/file.txt", Format(Parsed{Root: "/", Name: "file", Ext: "txt"}))
	assert.Equal(t, "file.txt", Format(Parsed{Name: "file", Ext: ".txt"}))
	assert.Equal(t, "d/b", Format(Parsed{Root: "/", Dir: "d", Base: "b", Name: "ignored"}))
}
