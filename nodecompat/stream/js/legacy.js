// Stream: the legacy base class (an EventEmitter) and its simple pipe,
// which old-style streams that only emit 'data' and 'end' still use.
(function (S) {
  'use strict';

  const EE = S.EventEmitter;

  function Stream(opts) {
    EE.call(this, opts);
  }
  Object.setPrototypeOf(Stream.prototype, EE.prototype);
  Object.setPrototypeOf(Stream, EE);

  // eventNames lists only events with listeners: streams start with the
  // common events' keys present but empty.
  Stream.prototype.eventNames = function eventNames() {
    const events = this._events;
    const names = [];
    if (events == null) return names;
    for (const key of Reflect.ownKeys(events)) {
      const entry = events[key];
      if (typeof entry === 'function' || (Array.isArray(entry) && entry.length > 0)) names.push(key);
    }
    return names;
  };

  // prependListener puts fn before the listeners already registered, also
  // on emitters too old to have prependListener.
  function prependListener(emitter, event, fn) {
    if (typeof emitter.prependListener === 'function') {
      emitter.prependListener(event, fn);
      return;
    }
    const events = emitter._events;
    if (!events || !events[event]) emitter.on(event, fn);
    else if (Array.isArray(events[event])) events[event].unshift(fn);
    else events[event] = [fn, events[event]];
  }

  Stream.prototype.pipe = function pipe(dest, options) {
    const source = this;
    let ended = false;

    function ondata(chunk) {
      if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
    }
    function ondrain() {
      if (source.readable && source.resume) source.resume();
    }
    function onend() {
      if (ended) return;
      ended = true;
      dest.end();
    }
    function onclose() {
      if (ended) return;
      ended = true;
      if (typeof dest.destroy === 'function') dest.destroy();
    }
    function onerror(err) {
      cleanup();
      if (EE.listenerCount(this, 'error') === 0) this.emit('error', err);
    }
    function cleanup() {
      source.removeListener('data', ondata);
      dest.removeListener('drain', ondrain);
      source.removeListener('end', onend);
      source.removeListener('close', onclose);
      source.removeListener('error', onerror);
      dest.removeListener('error', onerror);
      source.removeListener('end', cleanup);
      source.removeListener('close', cleanup);
      dest.removeListener('close', cleanup);
    }

    source.on('data', ondata);
    dest.on('drain', ondrain);
    if (!dest._isStdio && (!options || options.end !== false)) {
      source.on('end', onend);
      source.on('close', onclose);
    }
    prependListener(source, 'error', onerror);
    prependListener(dest, 'error', onerror);
    source.on('end', cleanup);
    source.on('close', cleanup);
    dest.on('close', cleanup);
    dest.emit('pipe', source);
    return dest;
  };

  S.Stream = Stream;
  S.prependListener = prependListener;
})
