package crlf

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLines(t *testing.T) {
	cases := []struct {
		name   string
		chunks []string
		lines  []string
		rest   string
	}{
		{"one line", []string{"EHLO x\r\n"}, []string{"EHLO x"}, ""},
		{"split terminator", []string{"A\r", "\nB\r\n"}, []string{"A", "B"}, ""},
		{"two in one chunk and a tail", []string{"A\r\nB\r\n\x16\x03"}, []string{"A", "B"}, "\x16\x03"},
		{"bare LF is not a terminator", []string{"A\nB\r\n"}, []string{"A\nB"}, ""},
		{"empty line", []string{"\r\n"}, []string{""}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			l := &Lines{OnLine: func(line string) { got = append(got, line) }}
			for _, chunk := range c.chunks {
				l.Feed([]byte(chunk))
			}
			assert.Equal(t, c.lines, got)
			assert.Equal(t, c.rest, string(l.Rest()))
			assert.Empty(t, l.Rest(), "Rest forgets what it handed over")
		})
	}
}
