package udp

import (
	"golang.org/x/sys/unix"
)

// Interface names and indexes are looked up with ioctls on the socket itself,
// so they are those of the socket's network namespace, whatever thread asks.

// ifName returns the name of the interface with the given index, "" if there
// is none. Names are cached per socket: a datagram's interface costs a map
// lookup.
func (s *Socket) ifName(index int) string {
	if name, ok := s.ifNames[index]; ok {
		return name
	}
	name := ""
	if ifr, err := unix.NewIfreq(""); err == nil {
		ifr.SetUint32(uint32(index))
		if unix.IoctlIfreq(s.fd, unix.SIOCGIFNAME, ifr) == nil {
			name = ifr.Name()
		}
	}
	if s.ifNames == nil {
		s.ifNames = make(map[int]string)
	}
	s.ifNames[index] = name
	return name
}

// ifIndexByName returns the index of the named interface (ENODEV if none).
func (s *Socket) ifIndexByName(name string) (int, error) {
	ifr, err := unix.NewIfreq(name)
	if err != nil {
		return 0, unix.ENODEV
	}
	if err := unix.IoctlIfreq(s.fd, unix.SIOCGIFINDEX, ifr); err != nil {
		return 0, err
	}
	return int(ifr.Uint32()), nil
}

// ifIndex resolves an Interface's index or name; 0 when neither is set.
func (s *Socket) ifIndex(ifc Interface) (int, error) {
	switch {
	case ifc.Index != 0:
		return ifc.Index, nil
	case ifc.Name != "":
		return s.ifIndexByName(ifc.Name)
	default:
		return 0, nil
	}
}
