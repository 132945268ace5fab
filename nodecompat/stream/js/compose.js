// Duplex.from and compose: a Duplex whose writes go into one stream (the
// head) and whose reads come from another (the tail), made from a pair of
// streams, a stream chain, an iterable, a promise or an async function of
// the written chunks.
(function (S) {
  'use strict';

  const Duplex = S.Duplex;

  // bridge wires d to head and tail. It returns the function to call when
  // the underlying streams are done (with their error, if any).
  function bridge(d, head, finishSource, tail, destroyUnderlying) {
    let ondrain = null;
    let onfinish = null;
    let onreadable = null;
    let onclose; // undefined while open; null once done
    const take = (fn) => { if (fn) fn(); };

    if (head) {
      d._write = function (chunk, encoding, callback) {
        if (head.write(chunk, encoding)) callback();
        else ondrain = callback;
      };
      d._final = function (callback) {
        head.end();
        onfinish = callback;
      };
      head.on('drain', () => { const cb = ondrain; ondrain = null; take(cb); });
      finishSource.on('finish', () => { const cb = onfinish; onfinish = null; take(cb); });
    }
    if (tail) {
      tail.on('readable', () => { const cb = onreadable; onreadable = null; take(cb); });
      tail.on('end', () => { d.push(null); });
      d._read = function () {
        for (;;) {
          const buf = tail.read();
          if (buf === null) {
            onreadable = d._read;
            return;
          }
          if (!d.push(buf)) return;
        }
      };
    }
    d._destroy = function (err, callback) {
      if (!err && onclose !== null) err = new S.AbortError();
      onreadable = null;
      ondrain = null;
      onfinish = null;
      if (onclose === null) {
        callback(err);
      } else {
        onclose = callback;
        destroyUnderlying(err);
      }
    };
    return function onfinished(err, allDone) {
      const cb = onclose;
      onclose = null;
      if (cb) cb(err);
      else if (err) d.destroy(err);
      else if (allDone) d.destroy();
    };
  }

  // combine makes a Duplex over an optional readable and writable.
  function combine(readable, writable) {
    const d = new Duplex({
      readableObjectMode: !!(readable && readable.readableObjectMode),
      writableObjectMode: !!(writable && writable.writableObjectMode),
      readable: !!readable,
      writable: !!writable,
    });
    let readOpen = !!readable;
    let writeOpen = !!writable;
    const onfinished = bridge(d, writable, writable, readable, (err) => {
      S.destroyer(writable, err);
      S.destroyer(readable, err);
    });
    if (writable) {
      S.eos(writable, (err) => {
        writeOpen = false;
        if (err) S.destroyer(readable, err);
        onfinished(err, !readOpen && !writeOpen);
      });
    }
    if (readable) {
      S.eos(readable, (err) => {
        readOpen = false;
        if (err) S.destroyer(readable, err);
        onfinished(err, !readOpen && !writeOpen);
      });
    }
    return d;
  }

  // chunksOf returns an async iterable of the chunks written to a Duplex
  // made from an async function, and the write/final hooks that feed it.
  function chunksOf(signal) {
    let waiting = null;
    const ready = [];
    function deliver(item) {
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve(item);
      } else {
        ready.push(item);
      }
    }
    const iterable = {
      [Symbol.asyncIterator]() { return this; },
      async next() {
        const item = ready.length ? ready.shift() : await new Promise((resolve) => { waiting = resolve; });
        S.nextTick(item.cb);
        if (item.done) return { value: undefined, done: true };
        if (signal.aborted) throw S.abortErrorFor(signal);
        return { value: item.chunk, done: false };
      },
      async return() { return { value: undefined, done: true }; },
    };
    return {
      iterable,
      write(chunk, encoding, cb) { deliver({ chunk, done: false, cb }); },
      final(cb) { deliver({ done: true, cb }); },
    };
  }

  function fromFunction(fn) {
    const controller = S.internalSignal();
    const feed = chunksOf(controller.signal);
    const value = fn(feed.iterable, { signal: controller.signal });
    const destroy = (err, cb) => {
      controller.abort();
      cb(err);
    };
    if (S.isIterable(value)) {
      return S.from(value, { objectMode: true, write: feed.write, final: feed.final, destroy }, Duplex);
    }
    if (value && typeof value.then === 'function') {
      return new Duplex({
        objectMode: true,
        readable: false,
        write: feed.write,
        final(cb) {
          feed.final(async () => {
            try {
              await value;
              S.nextTick(cb, null);
            } catch (err) {
              S.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
    }
    throw S.invalidReturnValue('Iterable, AsyncIterable or AsyncFunction', 'body', value);
  }

  function duplexFrom(body) {
    if (S.isDuplexNodeStream(body)) return body;
    if (S.isReadableNodeStream(body)) return combine(body, null);
    if (S.isWritableNodeStream(body)) return combine(null, body);
    if (S.isNodeStream(body)) return combine(null, null);
    if (typeof body === 'function') return fromFunction(body);
    if (S.isIterable(body)) return S.from(body, { objectMode: true, writable: false }, Duplex);
    if (body && typeof body.then === 'function') {
      const d = new Duplex({ objectMode: true, writable: false, read() {} });
      body.then((val) => {
        if (val != null) d.push(val);
        d.push(null);
      }, (err) => S.destroyer(d, err));
      return d;
    }
    if (body && typeof body === 'object' && ('readable' in body || 'writable' in body)) {
      const r = S.isReadableNodeStream(body.readable) ? body.readable :
        body.readable != null ? duplexFrom(body.readable) : null;
      const w = S.isWritableNodeStream(body.writable) ? body.writable :
        body.writable != null ? duplexFrom(body.writable) : null;
      return combine(r, w);
    }
    // Node lists the expected kinds through its ERR_INVALID_ARG_TYPE
    // formatter: 'Function' counts as a type, the pair as an "other".
    throw S.invalidArgType('body',
      'of type function or an instance of Blob, ReadableStream, WritableStream, Stream, Iterable, ' +
      'AsyncIterable, or Promise or { readable, writable } pair', body);
  }

  function compose(...streams) {
    if (streams.length === 0) throw S.codedError('ERR_MISSING_ARGS', 'streams');
    if (streams.length === 1) return duplexFrom(streams[0]);
    const given = streams.slice();
    for (let n = 0; n < streams.length; n++) {
      if (!S.isNodeStream(streams[n])) streams[n] = duplexFrom(streams[n]);
    }
    for (let n = 0; n < streams.length; n++) {
      if (n < streams.length - 1 && !S.isReadableNodeStream(streams[n])) {
        throw S.invalidArgValue('streams[' + n + ']', given[n], 'must be readable');
      }
      if (n > 0 && !S.isWritableNodeStream(streams[n])) {
        throw S.invalidArgValue('streams[' + n + ']', given[n], 'must be writable');
      }
    }
    const head = streams[0];
    let onfinished;
    const tail = S.pipelineImpl(streams, (err) => onfinished(err, true));
    const writable = !!S.isWritable(head);
    const readable = !!S.isReadable(tail);
    const d = new Duplex({
      writableObjectMode: !!(head && head.writableObjectMode),
      readableObjectMode: !!(tail && tail.readableObjectMode),
      writable,
      readable,
    });
    onfinished = bridge(d, writable ? head : null, tail, readable ? tail : null, (err) => {
      if (S.isNodeStream(tail)) S.destroyer(tail, err);
    });
    return d;
  }

  Duplex.from = duplexFrom;
  S.compose = compose;
})
