package fs

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// Flags of copyFile's mode argument.
const (
	copyExcl         = 1
	copyFiClone      = 2
	copyFiCloneForce = 4
)

// Types of directory entries, as libuv numbers them.
const (
	direntUnknown = iota
	direntFile
	direntDir
	direntLink
	direntFIFO
	direntSocket
	direntChar
	direntBlock
)

// constant is one entry of fs.constants.
type constant struct {
	name  string
	value int
}

// constantList is fs.constants in Node's order, with Linux's values.
var constantList = []constant{
	{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
	{"O_RDONLY", unix.O_RDONLY}, {"O_WRONLY", unix.O_WRONLY}, {"O_RDWR", unix.O_RDWR},
	{"UV_DIRENT_UNKNOWN", direntUnknown}, {"UV_DIRENT_FILE", direntFile}, {"UV_DIRENT_DIR", direntDir},
	{"UV_DIRENT_LINK", direntLink}, {"UV_DIRENT_FIFO", direntFIFO}, {"UV_DIRENT_SOCKET", direntSocket},
	{"UV_DIRENT_CHAR", direntChar}, {"UV_DIRENT_BLOCK", direntBlock},
	{"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0}, {"EXTENSIONLESS_FORMAT_WASM", 1},
	{"S_IFMT", unix.S_IFMT}, {"S_IFREG", unix.S_IFREG}, {"S_IFDIR", unix.S_IFDIR}, {"S_IFCHR", unix.S_IFCHR},
	{"S_IFBLK", unix.S_IFBLK}, {"S_IFIFO", unix.S_IFIFO}, {"S_IFLNK", unix.S_IFLNK}, {"S_IFSOCK", unix.S_IFSOCK},
	{"O_CREAT", unix.O_CREAT}, {"O_EXCL", unix.O_EXCL}, {"UV_FS_O_FILEMAP", 0}, {"O_NOCTTY", unix.O_NOCTTY},
	{"O_TRUNC", unix.O_TRUNC}, {"O_APPEND", unix.O_APPEND}, {"O_DIRECTORY", unix.O_DIRECTORY},
	{"O_NOATIME", unix.O_NOATIME}, {"O_NOFOLLOW", unix.O_NOFOLLOW}, {"O_SYNC", unix.O_SYNC},
	{"O_DSYNC", unix.O_DSYNC}, {"O_DIRECT", unix.O_DIRECT}, {"O_NONBLOCK", unix.O_NONBLOCK},
	{"S_IRWXU", unix.S_IRWXU}, {"S_IRUSR", unix.S_IRUSR}, {"S_IWUSR", unix.S_IWUSR}, {"S_IXUSR", unix.S_IXUSR},
	{"S_IRWXG", unix.S_IRWXG}, {"S_IRGRP", unix.S_IRGRP}, {"S_IWGRP", unix.S_IWGRP}, {"S_IXGRP", unix.S_IXGRP},
	{"S_IRWXO", unix.S_IRWXO}, {"S_IROTH", unix.S_IROTH}, {"S_IWOTH", unix.S_IWOTH}, {"S_IXOTH", unix.S_IXOTH},
	{"F_OK", unix.F_OK}, {"R_OK", unix.R_OK}, {"W_OK", unix.W_OK}, {"X_OK", unix.X_OK},
	{"UV_FS_COPYFILE_EXCL", copyExcl}, {"COPYFILE_EXCL", copyExcl},
	{"UV_FS_COPYFILE_FICLONE", copyFiClone}, {"COPYFILE_FICLONE", copyFiClone},
	{"UV_FS_COPYFILE_FICLONE_FORCE", copyFiCloneForce}, {"COPYFILE_FICLONE_FORCE", copyFiCloneForce},
}

// constants builds fs.constants, an object with a null prototype.
func (m *fsModule) constants() *goja.Object {
	o := m.vm.NewObject()
	_ = o.SetPrototype(nil)
	for _, c := range constantList {
		_ = o.Set(c.name, c.value)
	}
	return o
}
