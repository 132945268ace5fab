'use strict';
// AbortSignal.timeout: aborts with a DOMException TimeoutError, and its timer
// does not keep the process alive. Timers fire in order of their due time,
// so this is deterministic however slow the machine is.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));

const fast = AbortSignal.timeout(10);
const viaAny = AbortSignal.any([fast]);
const never = AbortSignal.timeout(60 * 60 * 1000);
never.addEventListener('abort', () => out('the hour-long timeout fired'));
out('at start', fast.aborted, never.aborted);

fast.addEventListener('abort', (e) => {
  const r = fast.reason;
  out('fast aborted', e.isTrusted, r instanceof DOMException, r.name, r.code, r.message);
});
viaAny.onabort = () => out('any follows the timeout', viaAny.reason === fast.reason);

setTimeout(() => out('the 200 ms timer, fast aborted:', fast.aborted, 'never aborted:', never.aborted), 200);
process.on('exit', (code) => out('exit', code, 'never aborted:', never.aborted));

function t(label, fn) {
  try { out(label, String(fn())); } catch (e) { out(label, '!!', e.name, e.code, e.message); }
}
t('no delay', () => AbortSignal.timeout());
t('string', () => AbortSignal.timeout('5'));
t('negative', () => AbortSignal.timeout(-1));
t('fraction', () => AbortSignal.timeout(1.5));
t('NaN', () => AbortSignal.timeout(NaN));
t('Infinity', () => AbortSignal.timeout(Infinity));
t('too big', () => AbortSignal.timeout(2 ** 32));
t('2**53', () => AbortSignal.timeout(2 ** 53));
t('largest that needs no warning', () => AbortSignal.timeout(2 ** 31 - 1).aborted);
