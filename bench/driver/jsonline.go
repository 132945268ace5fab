package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// field is one member of a JSON object, in document order.
type field struct {
	key   string
	value any
}

// orderedObject decodes a flat JSON object keeping its members' order
// (encoding/json's maps forget it, and the table lists figures in the order
// the workload prints them).
func orderedObject(s string) ([]field, error) {
	dec := json.NewDecoder(strings.NewReader(s))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("not a JSON object: %.40s", s)
	}
	var fields []field
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		fields = append(fields, field{key, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return fields, nil
}
