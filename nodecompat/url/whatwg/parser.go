package whatwg

import (
	"strconv"
	"strings"
)

// state is a state of the URL Standard's basic URL parser.
type state int

const (
	stateNone state = iota // no state override
	stateSchemeStart
	stateScheme
	stateNoScheme
	stateSpecialRelativeOrAuthority
	statePathOrAuthority
	stateRelative
	stateRelativeSlash
	stateSpecialAuthoritySlashes
	stateSpecialAuthorityIgnoreSlashes
	stateAuthority
	stateHost
	stateHostname
	statePort
	stateFile
	stateFileSlash
	stateFileHost
	statePathStart
	statePath
	stateOpaquePath
	stateQuery
	stateFragment
)

// eof stands for the end of input.
const eof rune = -1

// parser holds the basic URL parser's variables for one run.
type parser struct {
	u        *URL
	base     *URL
	override state
	input    []rune
	p        int
	buf      strings.Builder
	atSeen   bool // '@' seen in the authority
	inBrackets,
	passwordSeen bool
}

// at returns the code point at i, or eof.
func (ps *parser) at(i int) rune {
	if i >= 0 && i < len(ps.input) {
		return ps.input[i]
	}
	return eof
}

// remainingStartsWith reports whether the input after the pointer starts
// with s.
func (ps *parser) remainingStartsWith(s string) bool {
	i := ps.p + 1
	for _, r := range s {
		if ps.at(i) != r {
			return false
		}
		i++
	}
	return true
}

// preprocess strips leading and trailing C0 controls and spaces (unless a
// setter is parsing) and removes tabs and newlines.
func preprocess(input string, override state) []rune {
	if override == stateNone {
		input = strings.TrimFunc(input, func(r rune) bool { return r <= 0x20 })
	}
	out := make([]rune, 0, len(input))
	for _, r := range input {
		if r != '\t' && r != '\n' && r != '\r' {
			out = append(out, r)
		}
	}
	return out
}

// parse runs the basic URL parser on u, from the scheme start state or
// from the override state given by a setter. A setter's parse may change
// u even when it fails, as the standard's does.
func (u *URL) parse(input string, base *URL, override state) error {
	ps := &parser{u: u, base: base, override: override, input: preprocess(input, override)}
	st := override
	if st == stateNone {
		st = stateSchemeStart
	}
	for ; ; ps.p++ {
		next, done, err := ps.step(st, ps.at(ps.p))
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		st = next
		if ps.p >= len(ps.input) {
			return nil
		}
	}
}

// isSpecialEnd reports whether c ends an authority, host or port.
func (ps *parser) isSpecialEnd(c rune) bool {
	return c == eof || c == '/' || c == '?' || c == '#' || (ps.u.Special() && c == '\\')
}

// step runs one state on code point c and returns the next state; done
// means a setter's parse returned early.
func (ps *parser) step(st state, c rune) (next state, done bool, err error) {
	u, override := ps.u, ps.override != stateNone
	switch st {
	case stateSchemeStart:
		switch {
		case isAlpha(c):
			ps.buf.WriteRune(toLower(c))
			return stateScheme, false, nil
		case !override:
			ps.p--
			return stateNoScheme, false, nil
		}
		return 0, false, ErrInvalid

	case stateScheme:
		switch {
		case isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.':
			ps.buf.WriteRune(toLower(c))
			return stateScheme, false, nil
		case c == ':':
			return ps.endScheme()
		case !override:
			ps.buf.Reset()
			ps.p = -1
			return stateNoScheme, false, nil
		}
		return 0, false, ErrInvalid

	case stateNoScheme:
		base := ps.base
		switch {
		case base == nil || (base.OpaquePath && c != '#'):
			return 0, false, ErrInvalid
		case base.OpaquePath:
			u.Scheme, u.OpaquePath, u.PathText = base.Scheme, true, base.PathText
			u.Query, u.HasQuery = base.Query, base.HasQuery
			u.Fragment, u.HasFrag = "", true
			return stateFragment, false, nil
		case base.Scheme != "file":
			ps.p--
			return stateRelative, false, nil
		}
		ps.p--
		return stateFile, false, nil

	case stateSpecialRelativeOrAuthority:
		if c == '/' && ps.remainingStartsWith("/") {
			ps.p++
			return stateSpecialAuthorityIgnoreSlashes, false, nil
		}
		ps.p--
		return stateRelative, false, nil

	case statePathOrAuthority:
		if c == '/' {
			return stateAuthority, false, nil
		}
		ps.p--
		return statePath, false, nil

	case stateRelative:
		return ps.relative(c), false, nil

	case stateRelativeSlash:
		switch {
		case u.Special() && (c == '/' || c == '\\'):
			return stateSpecialAuthorityIgnoreSlashes, false, nil
		case c == '/':
			return stateAuthority, false, nil
		}
		ps.copyAuthority(ps.base)
		ps.p--
		return statePath, false, nil

	case stateSpecialAuthoritySlashes:
		if c == '/' && ps.remainingStartsWith("/") {
			ps.p++
		} else {
			ps.p--
		}
		return stateSpecialAuthorityIgnoreSlashes, false, nil

	case stateSpecialAuthorityIgnoreSlashes:
		if c != '/' && c != '\\' {
			ps.p--
			return stateAuthority, false, nil
		}
		return stateSpecialAuthorityIgnoreSlashes, false, nil

	case stateAuthority:
		return ps.authority(c)

	case stateHost, stateHostname:
		return ps.host(st, c)

	case statePort:
		return ps.port(c)

	case stateFile:
		return ps.file(c), false, nil

	case stateFileSlash:
		if c == '/' || c == '\\' {
			return stateFileHost, false, nil
		}
		if base := ps.base; base != nil && base.Scheme == "file" {
			u.Host, u.HasHost = base.Host, base.HasHost
			if !startsWithDriveLetter(ps.input[ps.p:]) && len(base.Path) > 0 && isNormalizedDriveLetter(base.Path[0]) {
				u.Path = append(u.Path, base.Path[0])
			}
		}
		ps.p--
		return statePath, false, nil

	case stateFileHost:
		return ps.fileHost(c)

	case statePathStart:
		return ps.pathStart(c), false, nil

	case statePath:
		return ps.path(c), false, nil

	case stateOpaquePath:
		if next, ok := u.startQueryOrFragment(c); ok {
			return next, false, nil
		}
		if c != eof {
			var sb strings.Builder
			appendEncoded(&sb, c, &C0ControlSet)
			u.PathText += sb.String()
		}
		return stateOpaquePath, false, nil

	case stateQuery:
		if (!override && c == '#') || c == eof {
			set := &QuerySet
			if u.Special() {
				set = &SpecialQuerySet
			}
			u.Query += PercentEncode(ps.buf.String(), set)
			ps.buf.Reset()
			if c == '#' {
				u.Fragment, u.HasFrag = "", true
				return stateFragment, false, nil
			}
		} else {
			ps.buf.WriteRune(c)
		}
		return stateQuery, false, nil

	case stateFragment:
		if c != eof {
			var sb strings.Builder
			appendEncoded(&sb, c, &FragmentSet)
			u.Fragment += sb.String()
		}
		return stateFragment, false, nil
	}
	panic("whatwg: unknown parser state " + strconv.Itoa(int(st)))
}

// endScheme handles the ':' that ends a scheme.
func (ps *parser) endScheme() (state, bool, error) {
	u, scheme := ps.u, ps.buf.String()
	if ps.override != stateNone {
		switch {
		case u.Special() != IsSpecial(scheme),
			(u.hasCredentials() || u.Port >= 0) && scheme == "file",
			u.Scheme == "file" && u.HasHost && u.Host == "":
			return 0, true, nil
		}
	}
	u.Scheme = scheme
	if ps.override != stateNone {
		if u.Port == DefaultPort(scheme) {
			u.Port = -1
		}
		return 0, true, nil
	}
	ps.buf.Reset()
	switch {
	case scheme == "file":
		return stateFile, false, nil
	case u.Special() && ps.base != nil && ps.base.Scheme == scheme:
		return stateSpecialRelativeOrAuthority, false, nil
	case u.Special():
		return stateSpecialAuthoritySlashes, false, nil
	case ps.remainingStartsWith("/"):
		ps.p++
		return statePathOrAuthority, false, nil
	}
	u.OpaquePath, u.PathText = true, ""
	return stateOpaquePath, false, nil
}

// copyAuthority copies credentials, host and port from base.
func (ps *parser) copyAuthority(base *URL) {
	u := ps.u
	u.Username, u.Password = base.Username, base.Password
	u.Host, u.HasHost, u.Port = base.Host, base.HasHost, base.Port
}

func (ps *parser) relative(c rune) state {
	u, base := ps.u, ps.base
	u.Scheme = base.Scheme
	if c == '/' || (u.Special() && c == '\\') {
		return stateRelativeSlash
	}
	ps.copyAuthority(base)
	if next, ok := ps.inheritPathAndQuery(c, stateRelative); ok {
		return next
	}
	u.shortenPath()
	ps.p--
	return statePath
}

func (ps *parser) authority(c rune) (state, bool, error) {
	u := ps.u
	if c == '@' {
		if ps.atSeen {
			rest := ps.buf.String()
			ps.buf.Reset()
			ps.buf.WriteString("%40" + rest)
		}
		ps.atSeen = true
		for _, r := range ps.buf.String() {
			if r == ':' && !ps.passwordSeen {
				ps.passwordSeen = true
				continue
			}
			encoded := PercentEncode(string(r), &UserinfoSet)
			if ps.passwordSeen {
				u.Password += encoded
			} else {
				u.Username += encoded
			}
		}
		ps.buf.Reset()
		return stateAuthority, false, nil
	}
	if ps.isSpecialEnd(c) {
		if ps.atSeen && ps.buf.Len() == 0 {
			return 0, false, ErrInvalid
		}
		ps.p -= len([]rune(ps.buf.String())) + 1
		ps.buf.Reset()
		return stateHost, false, nil
	}
	ps.buf.WriteRune(c)
	return stateAuthority, false, nil
}

func (ps *parser) host(st state, c rune) (state, bool, error) {
	u, override := ps.u, ps.override != stateNone
	switch {
	case override && u.Scheme == "file":
		ps.p--
		return stateFileHost, false, nil
	case c == ':' && !ps.inBrackets:
		if ps.buf.Len() == 0 {
			return 0, false, ErrInvalid
		}
		if ps.override == stateHostname {
			return 0, true, nil
		}
		if err := ps.takeHost(); err != nil {
			return 0, false, err
		}
		return statePort, false, nil
	case ps.isSpecialEnd(c):
		ps.p--
		if u.Special() && ps.buf.Len() == 0 {
			return 0, false, ErrInvalid
		}
		if override && ps.buf.Len() == 0 && (u.hasCredentials() || u.Port >= 0) {
			return 0, true, nil
		}
		if err := ps.takeHost(); err != nil {
			return 0, false, err
		}
		if override {
			return 0, true, nil
		}
		return statePathStart, false, nil
	}
	if c == '[' {
		ps.inBrackets = true
	} else if c == ']' {
		ps.inBrackets = false
	}
	ps.buf.WriteRune(c)
	return st, false, nil
}

// takeHost host-parses the buffer into the URL's host and empties the
// buffer, as the host state does wherever the host ends.
func (ps *parser) takeHost() error {
	host, err := ParseHost(ps.buf.String(), !ps.u.Special())
	if err != nil {
		return ErrInvalid
	}
	ps.u.Host, ps.u.HasHost = host, true
	ps.buf.Reset()
	return nil
}

func (ps *parser) port(c rune) (state, bool, error) {
	u, override := ps.u, ps.override != stateNone
	if isDigit(c) {
		ps.buf.WriteRune(c)
		return statePort, false, nil
	}
	if !ps.isSpecialEnd(c) && !override {
		return 0, false, ErrInvalid
	}
	if ps.buf.Len() > 0 {
		digits := strings.TrimLeft(ps.buf.String(), "0")
		port := 0
		if digits != "" {
			n, err := strconv.Atoi(digits)
			if err != nil || n > 65535 || len(digits) > 5 {
				return 0, false, ErrInvalid
			}
			port = n
		}
		u.Port = port
		if port == DefaultPort(u.Scheme) {
			u.Port = -1
		}
		ps.buf.Reset()
		if override {
			return 0, true, nil
		}
	}
	if override {
		return 0, false, ErrInvalid
	}
	ps.p--
	return statePathStart, false, nil
}

func (ps *parser) file(c rune) state {
	u, base := ps.u, ps.base
	u.Scheme = "file"
	u.Host, u.HasHost = "", true
	if c == '/' || c == '\\' {
		return stateFileSlash
	}
	if base == nil || base.Scheme != "file" {
		ps.p--
		return statePath
	}
	u.Host, u.HasHost = base.Host, base.HasHost
	if next, ok := ps.inheritPathAndQuery(c, stateFile); ok {
		return next
	}
	if !startsWithDriveLetter(ps.input[ps.p:]) {
		u.shortenPath()
	} else {
		u.Path = nil
	}
	ps.p--
	return statePath
}

func (ps *parser) fileHost(c rune) (state, bool, error) {
	u, override := ps.u, ps.override != stateNone
	if c != eof && c != '/' && c != '\\' && c != '?' && c != '#' {
		ps.buf.WriteRune(c)
		return stateFileHost, false, nil
	}
	ps.p--
	buf := ps.buf.String()
	if !override && isDriveLetter(buf) {
		// The buffer is kept: it becomes the first path segment.
		return statePath, false, nil
	}
	if buf == "" {
		u.Host, u.HasHost = "", true
		if override {
			return 0, true, nil
		}
		return statePathStart, false, nil
	}
	host, err := ParseHost(buf, !u.Special())
	if err != nil {
		return 0, false, ErrInvalid
	}
	if host == "localhost" {
		host = ""
	}
	u.Host, u.HasHost = host, true
	if override {
		return 0, true, nil
	}
	ps.buf.Reset()
	return statePathStart, false, nil
}

func (ps *parser) pathStart(c rune) state {
	u, override := ps.u, ps.override != stateNone
	switch {
	case u.Special():
		if c != '/' && c != '\\' {
			ps.p--
		}
		return statePath
	case !override && (c == '?' || c == '#'):
		next, _ := u.startQueryOrFragment(c)
		return next
	case c != eof:
		if c != '/' {
			ps.p--
		}
		return statePath
	case override && !u.HasHost:
		u.Path = append(u.Path, "")
	}
	return statePathStart
}

func (ps *parser) path(c rune) state {
	u, override := ps.u, ps.override != stateNone
	slash := c == '/' || (u.Special() && c == '\\')
	if !(c == eof || slash || (!override && (c == '?' || c == '#'))) {
		var sb strings.Builder
		appendEncoded(&sb, c, &PathSet)
		ps.buf.WriteString(sb.String())
		return statePath
	}
	seg := ps.buf.String()
	switch {
	case isDoubleDot(seg):
		u.shortenPath()
		if !slash {
			u.Path = append(u.Path, "")
		}
	case isSingleDot(seg):
		if !slash {
			u.Path = append(u.Path, "")
		}
	default:
		if u.Scheme == "file" && len(u.Path) == 0 && isDriveLetter(seg) {
			seg = seg[:1] + ":" + seg[2:]
		}
		u.Path = append(u.Path, seg)
	}
	ps.buf.Reset()
	if next, ok := u.startQueryOrFragment(c); ok {
		return next
	}
	return statePath
}

// inheritPathAndQuery gives the URL base's path and query, as the relative
// and file states both do before they look at c: '?' or '#' then starts an
// empty query or fragment and the end of input leaves the URL in state
// end, with ok true; any other c drops the query and leaves ok false for the
// caller to go on with its own path rules.
func (ps *parser) inheritPathAndQuery(c rune, end state) (next state, ok bool) {
	u, base := ps.u, ps.base
	u.Path = append([]string(nil), base.Path...)
	u.Query, u.HasQuery = base.Query, base.HasQuery
	if next, ok := u.startQueryOrFragment(c); ok {
		return next, true
	}
	if c == eof {
		return end, true
	}
	u.Query, u.HasQuery = "", false
	return stateNone, false
}

// startQueryOrFragment starts an empty query for '?' or an empty fragment
// for '#' and returns the state that reads it, as every state that a query
// or fragment may follow does; ok is false for any other c.
func (u *URL) startQueryOrFragment(c rune) (next state, ok bool) {
	switch c {
	case '?':
		u.Query, u.HasQuery = "", true
		return stateQuery, true
	case '#':
		u.Fragment, u.HasFrag = "", true
		return stateFragment, true
	}
	return stateNone, false
}

// shortenPath removes the last path segment, except a file URL's lone
// normalized drive letter.
func (u *URL) shortenPath() {
	if u.Scheme == "file" && len(u.Path) == 1 && isNormalizedDriveLetter(u.Path[0]) {
		return
	}
	if len(u.Path) > 0 {
		u.Path = u.Path[:len(u.Path)-1]
	}
}

func isAlpha(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c rune) bool { return c >= '0' && c <= '9' }

func toLower(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isSingleDot(s string) bool {
	return s == "." || strings.EqualFold(s, "%2e")
}

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

// isDriveLetter reports whether s is a Windows drive letter ("C:" or "C|").
func isDriveLetter(s string) bool {
	return len(s) == 2 && isAlpha(rune(s[0])) && (s[1] == ':' || s[1] == '|')
}

// isNormalizedDriveLetter reports whether s is a drive letter with ':'.
func isNormalizedDriveLetter(s string) bool {
	return isDriveLetter(s) && s[1] == ':'
}

// startsWithDriveLetter reports whether rs starts with a drive letter that
// ends there or is followed by '/', '\\', '?' or '#'.
func startsWithDriveLetter(rs []rune) bool {
	if len(rs) < 2 || !isDriveLetter(string(rs[:2])) {
		return false
	}
	if len(rs) == 2 {
		return true
	}
	switch rs[2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}
