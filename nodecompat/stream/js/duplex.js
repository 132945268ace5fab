// Duplex: a Readable that is also a Writable (instanceof both), with
// allowHalfOpen deciding whether the end of the readable side ends the
// writable side too.
(function (S) {
  'use strict';

  const Readable = S.Readable;
  const Writable = S.Writable;
  const EventEmitter = S.EventEmitter;
  const kWState = S.kState;
  const { kDestroyed: kWDestroyed, kHasWritable: kWHasWritable } = S.writableBits;
  // A writable side made with writable: false starts ended and finished.
  const wb = S.writableBits;
  const kWUnwritable = kWHasWritable | wb.kEnding | wb.kEnded | wb.kFinished;

  const { readableConstructed } = S.readableCore;
  const readableStateProto = S.ReadableState.prototype;
  const kState = S.kState;
  const { kEnded: kREnded, kEndEmitted: kREndEmitted } = S.readableBits;
  const { writableConstructed, kBufferedValue, onwrite } = S.writableCore;
  const writableStateProto = S.WritableState.prototype;
  const kPreset = S.kPreset;

  // Duplex sets up both sides itself (as Node does, rather than calling
  // both constructors), so the instance's own keys come in Node's order.
  function Duplex(options) {
    if (!(this instanceof Duplex)) return new Duplex(options);
    if (this._events == null) {
      this._events = {
        close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
        data: undefined, end: undefined, readable: undefined,
      };
    }
    // Preset options (presetOptions) set nothing but the states and
    // allowHalfOpen, which presetStates gives the stream at once.
    if (options == null || !presetStates(this, options)) {
      this._readableState = new S.ReadableState(options, this, true);
      this._writableState = new S.WritableState(options, this, true);
      this.allowHalfOpen = !options || options.allowHalfOpen !== false;
      if (options) {
        if (options.readable === false) {
          const r = this._readableState;
          r.readable = false;
          r[kState] |= kREnded | kREndEmitted;
        }
        if (options.writable === false) {
          const w = this._writableState;
          w[kWState] = (w[kWState] & ~wb.kWritable) | kWUnwritable;
        }
        if (typeof options.read === 'function') this._read = options.read;
        if (typeof options.write === 'function') this._write = options.write;
        if (typeof options.writev === 'function') this._writev = options.writev;
        if (typeof options.destroy === 'function') this._destroy = options.destroy;
        if (typeof options.final === 'function') this._final = options.final;
        if (typeof options.construct === 'function') this._construct = options.construct;
        if (options.signal) S.addAbortSignal(options.signal, this);
      }
    }
    EventEmitter.call(this, options);
    if (typeof this._construct === 'function') {
      S.construct(this, () => {
        readableConstructed(this);
        writableConstructed(this);
      });
    }
  }

  // presetOptions marks options, an object a module makes once for many
  // duplex streams and freezes after this call, with what it means for a
  // new stream's states (kPreset), so that each stream skips reading it.
  // Options that set anything beyond the marks, allowHalfOpen, emitClose,
  // autoDestroy and decodeStrings are left as they are, as are options
  // that would throw (they throw when a stream is made, as before).
  function presetOptions(options) {
    for (const key of Object.keys(options)) {
      if (!presetKeys.has(key)) return options;
    }
    let r;
    let w;
    try {
      r = new S.ReadableState(options, null, true);
      w = new S.WritableState(options, null, true);
    } catch {
      return options;
    }
    options[kPreset] = {
      readableHighWaterMark: r.highWaterMark, readableBits: r[kState],
      writableHighWaterMark: w.highWaterMark, writableBits: w[kWState],
      allowHalfOpen: options.allowHalfOpen !== false,
    };
    return options;
  }
  const presetKeys = new Set([
    'highWaterMark', 'readableHighWaterMark', 'writableHighWaterMark', 'allowHalfOpen', 'emitClose',
    'autoDestroy', 'decodeStrings',
  ]);

  // presetStates gives stream, a new object that is to become a Duplex
  // made with options, the states and allowHalfOpen that the Duplex
  // constructor would give it, when options are preset (presetOptions);
  // it returns false, and does nothing, when they are not. A module that
  // builds its streams' other properties itself (net's sockets) calls it.
  function presetStates(stream, options) {
    const preset = options[kPreset];
    if (preset === void 0) return false;
    // Each state is what its constructor makes of the options, as one
    // literal, whose properties are created without a look up the
    // prototype chain for a setter of their name (both written out here:
    // a call per state costs more than the rest of a literal's fields).
    // The prototype comes last: goja creates a computed key's property as
    // an assignment, which looks up the prototypes for a setter.
    stream._readableState = {
      highWaterMark: preset.readableHighWaterMark,
      buffer: [],
      bufferIndex: 0,
      length: 0,
      pipes: [],
      awaitDrainWriters: null,
      [kState]: preset.readableBits,
      __proto__: readableStateProto,
    };
    stream._writableState = {
      highWaterMark: preset.writableHighWaterMark,
      length: 0,
      corked: 0,
      onwrite: onwrite.bind(void 0, stream),
      writelen: 0,
      bufferedIndex: 0,
      pendingcb: 0,
      [kState]: preset.writableBits,
      [kBufferedValue]: null,
      __proto__: writableStateProto,
    };
    stream.allowHalfOpen = preset.allowHalfOpen;
    return true;
  }

  Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
  Object.setPrototypeOf(Duplex, Readable);

  // The writable half: methods and state getters (Readable's own
  // closed, errored and _destroy serve both sides).
  for (const key of ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write', '_writev', 'end', 'destroy',
    'writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer', 'writableLength',
    'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
    Object.defineProperty(Duplex.prototype, key, Object.getOwnPropertyDescriptor(Writable.prototype, key));
  }

  Object.defineProperty(Duplex.prototype, 'destroyed', {
    __proto__: null,
    // False unless both states exist, then whether both sides are
    // destroyed: a native (see getters.go).
    get: S.duplexDestroyedGetter,
    set(value) {
      const r = this._readableState;
      const w = this._writableState;
      if (r && w) {
        r.destroyed = value;
        if (value) w[kWState] |= kWDestroyed;
        else w[kWState] &= ~kWDestroyed;
      }
    },
  });

  S.Duplex = Duplex;
  S.presetOptions = presetOptions;
  S.presetStates = presetStates;
})
