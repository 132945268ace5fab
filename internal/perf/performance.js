// The methods of the global performance object but now(), which is Go's:
// marks and measures (the User Timing API) over the clock N.now(), in
// milliseconds from the process's start. N holds the natives: now,
// timeOrigin, markNotSet(name) and invalidArgType(name, expected, value),
// which throw.
(function (proto, N) {
  'use strict';

  // entries holds the marks and measures, in the order they were made.
  let entries = [];

  const entryProto = {
    toJSON() {
      return {
        name: this.name, entryType: this.entryType, startTime: this.startTime,
        duration: this.duration, detail: this.detail,
      };
    },
  };

  function entry(name, entryType, startTime, duration, detail) {
    const e = Object.create(entryProto);
    e.name = name;
    e.entryType = entryType;
    e.startTime = startTime;
    e.duration = duration;
    e.detail = detail === undefined ? null : detail;
    entries.push(e);
    return e;
  }

  function missingName() {
    const err = new TypeError('The "name" argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }

  function validTimestamp(t) {
    if (typeof t !== 'number' || !(t >= 0)) {
      const err = new TypeError(String(t) + ' is not a valid timestamp');
      err.code = 'ERR_PERFORMANCE_INVALID_TIMESTAMP';
      throw err;
    }
    return t;
  }

  // timeOf is a measure's start or end: a timestamp, or the start time of
  // the latest mark of that name.
  function timeOf(v) {
    if (typeof v === 'number') return validTimestamp(v);
    const name = String(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
    }
    N.markNotSet(name);
  }

  function byStartTime(list) {
    return list.map((e, i) => [e, i])
      .sort((x, y) => x[0].startTime - y[0].startTime || x[1] - y[1])
      .map((p) => p[0]);
  }

  function clear(type, name) {
    entries = entries.filter((e) => e.entryType !== type || (name !== undefined && e.name !== String(name)));
  }

  Object.assign(proto, {
    mark(name, options) {
      if (arguments.length === 0) missingName();
      if (options !== undefined && (options === null || typeof options !== 'object')) {
        N.invalidArgType('options', 'of type object', options);
      }
      const startTime = options && options.startTime !== undefined ? validTimestamp(options.startTime) : N.now();
      return entry(String(name), 'mark', startTime, 0, options ? options.detail : undefined);
    },

    measure(name, startOrOptions, endMark) {
      if (arguments.length === 0) missingName();
      let start = 0;
      let end;
      let detail;
      if (startOrOptions !== null && typeof startOrOptions === 'object') {
        const o = startOrOptions;
        if (o.start !== undefined) start = timeOf(o.start);
        if (o.end !== undefined) end = timeOf(o.end);
        else if (o.duration !== undefined) end = start + validTimestamp(o.duration);
        detail = o.detail;
      } else if (startOrOptions !== undefined) {
        start = timeOf(startOrOptions);
      }
      if (endMark !== undefined) end = timeOf(endMark);
      if (end === undefined) end = N.now();
      return entry(String(name), 'measure', start, end - start, detail);
    },

    getEntries() { return byStartTime(entries); },

    getEntriesByName(name, type) {
      const n = String(name);
      return byStartTime(entries.filter((e) => e.name === n && (type === undefined || e.entryType === type)));
    },

    getEntriesByType(type) { return byStartTime(entries.filter((e) => e.entryType === type)); },

    clearMarks(name) { clear('mark', name); },

    clearMeasures(name) { clear('measure', name); },

    toJSON() { return { timeOrigin: N.timeOrigin }; },
  });

  Object.defineProperty(proto, 'timeOrigin', {
    __proto__: null, configurable: true, enumerable: true, get() { return N.timeOrigin; },
  });
  Object.defineProperty(proto, Symbol.toStringTag, { __proto__: null, configurable: true, value: 'Performance' });
})
