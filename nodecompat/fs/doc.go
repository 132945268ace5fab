// Package fs is Node's "fs" and "fs/promises" modules for nodeshim: the file
// system calls that networking programs use (reading and writing whole
// files, stat, directories, renames, permissions, temporary directories and
// basic file-descriptor I/O), in their synchronous, callback and promise
// forms, with Node 20's argument checks and error shapes.
//
// Every operation is written once, as a parser that validates the JavaScript
// arguments on the loop's goroutine and returns a job: blocking Go work that
// touches no JavaScript, plus a conversion of its result into a JavaScript
// value. The Sync form runs the job inline; the callback and promise forms
// run it on a goroutine that holds the event loop open and post the result
// back as a macrotask, as libuv's thread pool does for Node.
//
// Streams (createReadStream, createWriteStream), watchers and fs.cp are not
// implemented.
package fs
