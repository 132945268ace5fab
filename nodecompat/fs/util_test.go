package fs

import "fmt"

var sprintf = fmt.Sprintf
