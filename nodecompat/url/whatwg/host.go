package whatwg

import (
	"errors"
	"strconv"
	"strings"

	"golang.org/x/net/idna"

	"github.com/nodeshim/nodeshim/internal/utf8lossy"
)

// errHost is the failure of host parsing.
var errHost = errors.New("invalid host")

// forbiddenHost holds the forbidden host code points below 0x80.
var forbiddenHost = EncodeSet{}.with("\x00\t\n\r #/:<>?@[\\]^|")

// forbiddenDomain adds C0 controls, '%' and DEL to forbiddenHost.
var forbiddenDomain = func() EncodeSet {
	s := forbiddenHost.with("%\x7f")
	for i := 0; i < 0x20; i++ {
		s[i] = true
	}
	return s
}()

// ParseHost parses a host as the URL Standard's host parser does and
// returns its serialization: "[v6]" for IPv6, dotted decimal for IPv4, the
// ASCII domain, or the percent-encoded opaque host of a non-special URL.
func ParseHost(input string, opaque bool) (string, error) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") {
			return "", errHost
		}
		addr, err := parseIPv6(input[1 : len(input)-1])
		if err != nil {
			return "", err
		}
		return "[" + serializeIPv6(addr) + "]", nil
	}
	if opaque {
		for _, r := range input {
			if r < 0x80 && forbiddenHost[r] {
				return "", errHost
			}
		}
		return PercentEncode(input, &C0ControlSet), nil
	}
	ascii, err := DomainToASCII(utf8lossy.String(PercentDecode(input)))
	if err != nil {
		return "", err
	}
	if endsInNumber(ascii) {
		v4, err := parseIPv4(ascii)
		if err != nil {
			return "", err
		}
		return serializeIPv4(v4), nil
	}
	return ascii, nil
}

// lookup is UTS #46 processing with the URL Standard's options:
// non-transitional, no hyphen checks, joiner checks, no STD3 rules, no DNS
// length check. Like Node (whose parser accepts "aא" and "1א"), it skips the
// Bidi rule.
var lookup = idna.New(
	idna.MapForLookup(),
	idna.Transitional(false),
	idna.CheckHyphens(false),
	idna.CheckJoiners(true),
	idna.StrictDomainName(false),
	idna.VerifyDNSLength(false),
)

// DomainToASCII converts a domain to its ASCII (punycode) form, failing
// when UTS #46 does or the result is empty or holds a forbidden domain
// code point.
func DomainToASCII(domain string) (string, error) {
	ascii, err := ToASCII(domain)
	if err != nil || ascii == "" {
		return "", errHost
	}
	for i := 0; i < len(ascii); i++ {
		if c := ascii[i]; c >= 0x80 || forbiddenDomain[c] {
			return "", errHost
		}
	}
	return ascii, nil
}

// ToASCII runs UTS #46 ToASCII with the URL Standard's options, without
// the forbidden code point check; plain ASCII names take a fast path.
func ToASCII(domain string) (string, error) {
	plain := true
	for i := 0; i < len(domain) && plain; i++ {
		c := domain[i]
		plain = c < 0x80 && c != '%'
	}
	if plain && !strings.Contains(strings.ToLower(domain), "xn--") {
		return strings.ToLower(domain), nil
	}
	return lookup.ToASCII(domain)
}

// DomainToUnicode converts a punycode domain to Unicode, returning "" when
// it is not a valid domain.
func DomainToUnicode(domain string) string {
	if _, err := DomainToASCII(domain); err != nil {
		return ""
	}
	u, err := lookup.ToUnicode(domain)
	if err != nil {
		return ""
	}
	return u
}

// endsInNumber reports whether the last label of a domain (ignoring one
// trailing dot) is a number, which makes the domain an IPv4 address.
func endsInNumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, err := parseIPv4Number(last)
	return err == nil
}

// parseIPv4Number parses one part of an IPv4 address: decimal, octal with
// a leading 0, or hexadecimal with 0x. Values beyond uint32 saturate.
func parseIPv4Number(s string) (uint64, error) {
	if s == "" {
		return 0, errHost
	}
	base := 10
	switch {
	case len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X"):
		s, base = s[2:], 16
	case len(s) >= 2 && s[0] == '0':
		s, base = s[1:], 8
	}
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseUint(s, base, 64)
	if err != nil {
		var numErr *strconv.NumError
		if errors.As(err, &numErr) && errors.Is(numErr.Err, strconv.ErrRange) {
			return 1 << 40, nil
		}
		return 0, errHost
	}
	return min(n, 1<<40), nil
}

// parseIPv4 parses an address of one to four parts, the last filling the
// remaining bytes.
func parseIPv4(s string) (uint32, error) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, errHost
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, err := parseIPv4Number(p)
		if err != nil {
			return 0, err
		}
		if n > 255 && i < len(parts)-1 {
			return 0, errHost
		}
		nums[i] = n
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return 0, errHost
	}
	v := last
	for i, n := range nums[:len(nums)-1] {
		v += n << (8 * (3 - i))
	}
	return uint32(v), nil
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." +
		strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

// parseIPv6 parses the text between the brackets of an IPv6 host.
func parseIPv6(s string) ([8]uint16, error) {
	var addr [8]uint16
	piece, compress := 0, -1
	p := 0
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	if at(0) == ':' {
		if at(1) != ':' {
			return addr, errHost
		}
		p += 2
		piece++
		compress = piece
	}
	for p < len(s) {
		if piece == 8 {
			return addr, errHost
		}
		if s[p] == ':' {
			if compress != -1 {
				return addr, errHost
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && p < len(s) && isHex(s[p]) {
			value = value<<4 | int(unhex(s[p]))
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return addr, errHost
			}
			p -= length
			if piece > 6 {
				return addr, errHost
			}
			if err := parseEmbeddedIPv4(s[p:], &addr, &piece); err != nil {
				return addr, err
			}
			p = len(s)
			break
		}
		if at(p) == ':' {
			p++
			if p == len(s) {
				return addr, errHost
			}
		} else if p < len(s) {
			return addr, errHost
		}
		addr[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			addr[piece], addr[compress+swaps-1] = addr[compress+swaps-1], addr[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return addr, errHost
	}
	return addr, nil
}

// parseEmbeddedIPv4 parses the dotted IPv4 tail of an IPv6 address into
// two pieces.
func parseEmbeddedIPv4(s string, addr *[8]uint16, piece *int) error {
	seen := 0
	for p := 0; p < len(s); {
		value := -1
		if seen > 0 {
			if s[p] != '.' || seen >= 4 {
				return errHost
			}
			p++
		}
		if p >= len(s) || s[p] < '0' || s[p] > '9' {
			return errHost
		}
		for p < len(s) && s[p] >= '0' && s[p] <= '9' {
			n := int(s[p] - '0')
			switch {
			case value == -1:
				value = n
			case value == 0:
				return errHost // no leading zeros
			default:
				value = value*10 + n
			}
			if value > 255 {
				return errHost
			}
			p++
		}
		addr[*piece] = addr[*piece]<<8 | uint16(value)
		seen++
		if seen == 2 || seen == 4 {
			*piece++
		}
	}
	if seen != 4 {
		return errHost
	}
	return nil
}

// serializeIPv6 writes the address in lower-case hex, the first longest run
// of two or more zero pieces compressed to "::".
func serializeIPv6(addr [8]uint16) string {
	start, length := -1, 1
	for i := 0; i < 8; {
		if addr[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && addr[j] == 0 {
			j++
		}
		if j-i > length {
			start, length = i, j-i
		}
		i = j
	}
	var sb strings.Builder
	for i := 0; i < 8; i++ {
		if i == start {
			if i == 0 {
				sb.WriteString("::")
			} else {
				sb.WriteByte(':')
			}
			i += length - 1
			continue
		}
		sb.WriteString(strconv.FormatUint(uint64(addr[i]), 16))
		if i < 7 {
			sb.WriteByte(':')
		}
	}
	return sb.String()
}
