package nodeerr

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

func TestFromSocketMatchesNode(t *testing.T) {
	cases := []struct {
		name     string
		err      *sockerr.Error
		message  string
		keys     string
		errno    string
		stackTop string
	}{
		{"host and port", sockerr.FromErrno("connect", unix.ECONNREFUSED, "127.0.0.1", 9),
			"connect ECONNREFUSED 127.0.0.1:9", "errno,code,syscall,address,port", "-111",
			"Error: connect ECONNREFUSED 127.0.0.1:9"},
		{"address without port", sockerr.FromErrno("bind", unix.EINVAL, "::1", 0),
			"bind EINVAL ::1", "errno,code,syscall,address", "-22", "Error: bind EINVAL ::1"},
		{"no endpoint", sockerr.FromErrno("setTTL", unix.EBADF, "", 0),
			"setTTL EBADF", "errno,code,syscall", "-9", "Error: setTTL EBADF"},
		{"lookup", &sockerr.Error{Code: "ENOTFOUND", Errno: -3008, Syscall: "getaddrinfo", Hostname: "x.invalid",
			Message: "getaddrinfo ENOTFOUND x.invalid"},
			"getaddrinfo ENOTFOUND x.invalid", "errno,code,syscall,hostname", "-3008", "Error: getaddrinfo ENOTFOUND x.invalid"},
		{"resolver without errno", &sockerr.Error{Code: "ENOTFOUND", Syscall: "queryA", Hostname: "x.invalid",
			Message: "queryA ENOTFOUND x.invalid"},
			"queryA ENOTFOUND x.invalid", "errno,code,syscall,hostname", "undefined", "Error: queryA ENOTFOUND x.invalid"},
		{"tls", &sockerr.Error{Code: "DEPTH_ZERO_SELF_SIGNED_CERT", Message: "self-signed certificate"},
			"self-signed certificate", "code", "undefined", "Error: self-signed certificate"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			vm := goja.New()
			require.NoError(t, vm.Set("e", FromSocket(vm, tc.err)))
			v, err := vm.RunString(`[e instanceof Error, e.message, Object.keys(e).join(), String(e.errno), e.stack.split('\n')[0], e.code]`)
			require.NoError(t, err)
			got := v.Export().([]any)
			assert.Equal(t, true, got[0])
			assert.Equal(t, tc.message, got[1])
			assert.Equal(t, tc.keys, got[2])
			assert.Equal(t, tc.errno, got[3])
			assert.Equal(t, tc.stackTop, got[4])
			assert.Equal(t, tc.err.Code, got[5])
		})
	}
	assert.Nil(t, FromSocket(goja.New(), nil))
}

func TestValidatePort(t *testing.T) {
	cases := []struct {
		js        string
		allowZero bool
		want      int
		err       string
	}{
		{"80", false, 80, ""},
		{"'443'", false, 443, ""},
		{"' 22 '", false, 22, ""},
		{"0", true, 0, ""},
		{"'0'", false, 0, ""}, // only the number 0 counts as zero, as in Node
		{"65535", true, 65535, ""},
		{"0", false, 0, "Port should be > 0 and < 65536. Received type number (0)."},
		{"-0", false, 0, "Port should be > 0 and < 65536. Received type number (-0)."},
		{"65536", true, 0, "Port should be >= 0 and < 65536. Received type number (65536)."},
		{"1.5", true, 0, "Port should be >= 0 and < 65536. Received type number (1.5)."},
		{"-1", true, 0, "Port should be >= 0 and < 65536. Received type number (-1)."},
		{"''", true, 0, "Port should be >= 0 and < 65536. Received type string ('')."},
		{"'x'", true, 0, "Port should be >= 0 and < 65536. Received type string ('x')."},
		{"null", true, 0, "Port should be >= 0 and < 65536. Received null."},
		{"undefined", true, 0, "Port should be >= 0 and < 65536. Received undefined."},
		{"true", true, 0, "Port should be >= 0 and < 65536. Received type boolean (true)."},
		{"NaN", true, 0, "Port should be >= 0 and < 65536. Received type number (NaN)."},
	}
	for _, tc := range cases {
		t.Run(tc.js, func(t *testing.T) {
			vm := goja.New()
			v, err := vm.RunString(tc.js)
			require.NoError(t, err)
			var got int
			var thrown any
			func() {
				defer func() { thrown = recover() }()
				got = ValidatePort(vm, v, "Port", tc.allowZero)
			}()
			if tc.err == "" {
				assert.Nil(t, thrown)
				assert.Equal(t, tc.want, got)
				return
			}
			obj, ok := thrown.(*goja.Object)
			require.True(t, ok, "throws a JS error")
			assert.Equal(t, "ERR_SOCKET_BAD_PORT", obj.Get("code").String())
			assert.Equal(t, "RangeError", obj.Get("name").String())
			assert.Equal(t, tc.err, obj.Get("message").String())
		})
	}
}
