// process.stdout, process.stderr and process.stdin as the streams Node
// makes for them, chosen by what the descriptor is: for a file, a
// SyncWriteStream (stdout, stderr) or a ReadStream (stdin); for a pipe or
// socket, a Socket; for a terminal, a WriteStream or ReadStream with
// isTTY. Writes are synchronous, as Node's are for files, pipes and
// terminals, so output keeps its order with console.log. N holds the
// natives: stream (require('stream')), kind(fd), write(fd, chunk,
// encoding), winsize(fd), shut(fd) and reader(fd, done).
(function (N) {
  'use strict';

  const { Writable, Readable, Duplex } = N.stream;

  // dummyDestroy stands in for _destroy on stdout and stderr, which are
  // never closed: the stream comes back to life, and 'close' is still
  // emitted so that finished() and pipeline() see the end.
  function dummyDestroy(err, cb) {
    cb(err);
    this._undestroy();
    if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
  }

  class SyncWriteStream extends Writable {
    constructor(fd) {
      super({ autoDestroy: true });
      this.fd = fd;
      this.readable = false;
      this.autoClose = false;
      this._type = 'fs';
    }

    _write(chunk, encoding, cb) {
      const err = N.write(this.fd, chunk, encoding);
      if (err) throw err;
      cb();
      return true;
    }
  }
  SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

  // Socket is a standard stream over a pipe or socket (and, as WriteStream
  // or ReadStream below, a terminal): one direction only.
  class Socket extends Duplex {
    constructor(fd, readable) {
      super({
        readable, writable: !readable, allowHalfOpen: false, decodeStrings: false,
        emitClose: readable, autoDestroy: true,
      });
      this.fd = fd;
      this._type = 'pipe';
      if (readable) this._reader = new Reader(this, true);
    }

    _write(chunk, encoding, cb) {
      cb(N.write(this.fd, chunk, encoding));
    }

    // _final shuts writing down: later writes, console's too, fail. Like
    // the handle's shutdown, it completes in a later loop iteration.
    _final(cb) {
      N.shut(this.fd);
      setImmediate(cb);
    }

    _read() {
      this._reader.read();
    }

    _destroy(err, cb) {
      if (this._reader) this._reader.close();
      cb(err);
    }
  }

  // Reader feeds a readable standard stream from fd: one read at a time,
  // when the stream asks for data. A pipe or terminal stops holding the
  // process open once the stream is paused, as Node's readStop does.
  class Reader {
    constructor(stream, stopOnPause) {
      this.stream = stream;
      this.native = N.reader(stream.fd, (err, chunk) => this.done(err, chunk));
      if (!stopOnPause) return;
      stream.on('pause', () => process.nextTick(() => {
        if (!stream.readableFlowing) this.native.ref(false);
      }));
      stream.on('resume', () => this.native.ref(true));
    }

    read() {
      this.native.read();
    }

    // close stops reading for good: a destroyed stream holds nothing open.
    close() {
      this.native.close();
    }

    done(err, chunk) {
      const stream = this.stream;
      if (err) {
        stream.destroy(err);
        return;
      }
      if (chunk !== null && stream.bytesRead !== undefined) stream.bytesRead += chunk.length;
      stream.push(chunk);
    }
  }

  function ttyFacts(stream, fd) {
    stream.isTTY = true;
    const size = N.winsize(fd);
    if (size) {
      stream.columns = size[0];
      stream.rows = size[1];
    }
  }

  class WriteStream extends Socket {
    constructor(fd) {
      super(fd, false);
      this._type = 'tty';
      ttyFacts(this, fd);
    }

    getColorDepth() {
      return 1;
    }

    hasColors() {
      return false;
    }

    getWindowSize() {
      return [this.columns, this.rows];
    }
  }

  // ReadStream is stdin over a file (as fs.ReadStream, which does not
  // close the descriptor, so is not destroyed at the end and emits no
  // 'close') or a terminal (as tty.ReadStream).
  class ReadStream extends Readable {
    constructor(fd, tty) {
      super({ highWaterMark: 64 * 1024, autoDestroy: tty });
      this.fd = fd;
      if (!tty) {
        this.start = undefined;
        this.end = Infinity;
        this.pos = undefined;
        this.bytesRead = 0;
      }
      if (tty) {
        ttyFacts(this, fd);
        this.isRaw = false;
      }
      this._reader = new Reader(this, tty);
    }

    _read() {
      this._reader.read();
    }

    _destroy(err, cb) {
      this._reader.close();
      cb(err);
    }

    setRawMode(flag) {
      this.isRaw = Boolean(flag);
      return this;
    }
  }

  function writable(fd) {
    let stream;
    switch (N.kind(fd)) {
      case 'file':
        stream = new SyncWriteStream(fd);
        break;
      case 'tty':
        stream = new WriteStream(fd);
        break;
      default:
        stream = new Socket(fd, false);
    }
    stream.fd = fd;
    stream._isStdio = true;
    stream.destroySoon = stream.destroy;
    stream._destroy = dummyDestroy;
    return stream;
  }

  function readable(fd) {
    switch (N.kind(fd)) {
      case 'file':
        return new ReadStream(fd, false);
      case 'tty':
        return new ReadStream(fd, true);
    }
    return new Socket(fd, true);
  }

  return { writable, readable };
})
