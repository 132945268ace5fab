// The global performance object and require('perf_hooks'): the clock, marks
// and measures, the entry lists, and the errors of bad arguments.
'use strict';
const t = performance.now();
console.log(typeof t, t > 0, t < 60000, typeof performance.timeOrigin, Math.abs(performance.timeOrigin + t - Date.now()) < 1000);
console.log(performance === require('perf_hooks').performance, performance instanceof EventTarget);
const a = performance.mark('a');
console.log(a.name, a.entryType, typeof a.startTime, a.duration, a.detail, Object.keys(a.toJSON()).join());
const b = performance.mark('b', { detail: { x: 1 }, startTime: a.startTime + 5 });
console.log(b.detail.x, Math.round(b.startTime - a.startTime));
const m = performance.measure('a-b', 'a', 'b');
console.log(m.name, m.entryType, m.startTime === a.startTime, Math.round(m.duration));
const m2 = performance.measure('from-origin');
console.log(m2.startTime, m2.duration > 0);
const m3 = performance.measure('opts', { start: 'a', duration: 3, detail: 'd' });
// (end - start in floating point: 3 up to rounding, under node too)
console.log(m3.startTime === a.startTime, Math.round(m3.duration * 1e6) / 1e6, m3.detail);
const m4 = performance.measure('a-now', 'a');
console.log(m4.startTime === a.startTime, m4.duration >= 0);
try { performance.measure('x', 'nope'); } catch (e) { console.log(e.name, e.message, e instanceof DOMException); }
try { performance.mark(); } catch (e) { console.log('mark()', e.name, e.code, e.message); }
try { performance.mark('z', { startTime: -1 }); } catch (e) { console.log('neg', e.name, e.code, e.message); }
try { performance.mark('z', 5); } catch (e) { console.log('opts', e.name, e.code); }
console.log(performance.getEntries().map((e) => e.name + ':' + e.entryType).join());
console.log(performance.getEntriesByType('mark').map((e) => e.name).join(), performance.getEntriesByName('a').length, performance.getEntriesByName('a', 'measure').length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name).join());
performance.clearMarks();
performance.clearMeasures('a-b');
console.log(performance.getEntriesByType('mark').length, performance.getEntriesByType('measure').map((e) => e.name).join());
performance.clearMeasures();
console.log(performance.getEntries().length, String(performance.mark(42).name));
