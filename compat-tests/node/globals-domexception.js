'use strict';
// DOMException: name, message, legacy code, the Error prototype chain.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));

const d = new DOMException('m', 'AbortError');
out('fields', d.name, d.message, d.code, d instanceof DOMException, d instanceof Error, String(d), Object.prototype.toString.call(d));
out('own properties', Object.getOwnPropertyNames(d));
out('stack first line', d.stack.split('\n')[0]);
out('no message stack', new DOMException('', 'DataError').stack.split('\n')[0]);
const e2 = new DOMException();
out('defaults', e2.name, JSON.stringify(e2.message), e2.code);
const e3 = new DOMException('x', { name: 'TimeoutError', cause: { why: 1 } });
out('options object', e3.name, e3.code, e3.cause, Object.getOwnPropertyDescriptor(e3, 'cause').enumerable);
out('options without name', typeof new DOMException('x', {}).name, new DOMException('x', {}).name, 'cause' in new DOMException('x', {}));
const e4 = new DOMException(5, 6);
out('stringified', e4.name, e4.message, e4.code);
out('null name', new DOMException('x', null).name);

const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError', 'InvalidModificationError',
  'NamespaceError', 'InvalidAccessError', 'ValidationError', 'TypeMismatchError', 'SecurityError',
  'NetworkError', 'AbortError', 'URLMismatchError', 'QuotaExceededError', 'TimeoutError',
  'InvalidNodeTypeError', 'DataCloneError', 'EncodingError', 'NotReadableError', 'UnknownError',
  'ConstraintError', 'DataError', 'TransactionInactiveError', 'ReadOnlyError', 'VersionError',
  'OperationError', 'NotAllowedError', 'SomethingElse'];
out('codes', names.map((n) => n + '=' + new DOMException('', n).code).join(' '));
out('constants', Object.getOwnPropertyNames(DOMException).filter((k) => k.endsWith('_ERR')).map((k) => k + '=' + DOMException[k]).join(' '));
out('on the prototype too', DOMException.prototype.ABORT_ERR, d.DATA_CLONE_ERR);
const cd = Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR');
out('constant descriptor', cd.writable, cd.enumerable, cd.configurable);
const nd = Object.getOwnPropertyDescriptor(DOMException.prototype, 'name');
out('name descriptor', typeof nd.get, nd.set, nd.enumerable, nd.configurable);
out('prototype members', Object.getOwnPropertyNames(DOMException.prototype).slice(0, 4));
out('chain', Object.getPrototypeOf(DOMException.prototype) === Error.prototype, Object.getPrototypeOf(DOMException) === Function.prototype, DOMException.length, DOMException.name);

class Mine extends DOMException {
  constructor() { super('sub', 'DataError'); this.extra = true; }
}
const m = new Mine();
out('subclass', m.name, m.code, m.message, m.extra, m instanceof Mine, m instanceof DOMException, m instanceof Error);

function t(label, fn) {
  try { out(label, String(fn())); } catch (e) { out(label, '!!', e.name, e.code, e.message); }
}
t('without new', () => DOMException('x'));
t('name brand check', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}));
t('code brand check', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call(new Error('x')));
t('symbol message', () => new DOMException(Symbol('s')));
t('thrown and caught', () => { try { throw new DOMException('boom', 'InvalidStateError'); } catch (e) { return `${e.name} ${e.code} ${e.message}`; } });
