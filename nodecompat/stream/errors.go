package stream

// errorKind is how Node builds the error with one code.
type errorKind struct {
	ctor     string // Error, TypeError or RangeError
	message  string // with one %s when takesArg
	takesArg bool
}

// streamErrors are the coded errors the stream scripts raise by code.
var streamErrors = map[string]errorKind{
	"ERR_STREAM_WRITE_AFTER_END":         {"Error", "write after end", false},
	"ERR_STREAM_NULL_VALUES":             {"TypeError", "May not write null values to stream", false},
	"ERR_STREAM_PUSH_AFTER_EOF":          {"Error", "stream.push() after EOF", false},
	"ERR_STREAM_UNSHIFT_AFTER_END_EVENT": {"Error", "stream.unshift() after end event", false},
	"ERR_METHOD_NOT_IMPLEMENTED":         {"Error", "The %s method is not implemented", true},
	"ERR_STREAM_DESTROYED":               {"Error", "Cannot call %s after a stream was destroyed", true},
	"ERR_STREAM_PREMATURE_CLOSE":         {"Error", "Premature close", false},
	"ERR_MULTIPLE_CALLBACK":              {"Error", "Callback called multiple times", false},
	"ERR_STREAM_ALREADY_FINISHED":        {"Error", "Cannot call %s after a stream was finished", true},
	"ERR_STREAM_CANNOT_PIPE":             {"Error", "Cannot pipe, not readable", false},
	"ERR_MISSING_ARGS":                   {"TypeError", `The "%s" argument must be specified`, true},
	"ERR_UNKNOWN_ENCODING":               {"TypeError", "Unknown encoding: %s", true},
}
