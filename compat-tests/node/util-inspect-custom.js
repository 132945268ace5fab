'use strict';
const util = require('util');
const custom = util.inspect.custom;
console.log(custom === Symbol.for('nodejs.util.inspect.custom'));
console.log({ a: 1, [custom]() { return 'CUSTOM'; } });
console.log({ inner: { [custom]() { return { replaced: true }; } } });
console.log({ inner: { [custom](depth, opts) { return `depth=${depth} breakLength=${opts.breakLength} compact=${opts.compact}`; } } });
console.log({ inner: { [custom]() { return 'multi\nline'; } } });
console.log([{ [custom]: () => 'arrow' }, { [custom]() { return this; } }]);
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  [custom](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Point]', 'special');
    return `Point<${inspect(this.x, options)}, ${inspect(this.y, options)}>`;
  }
}
console.log(new Point(1, 2), [new Point('a', [3])]);
console.log(util.inspect({ a: { b: new Point(1, 2) } }, { depth: 0 }));
console.log(util.inspect(new Point(1, 2), { customInspect: false }));
console.log(util.inspect({ p: new Point(1, 2) }, { colors: true }));
class WithProtoCustom {}
WithProtoCustom.prototype[custom] = function () { return 'from proto'; };
console.log(new WithProtoCustom(), WithProtoCustom.prototype);
console.log({ n: { [custom]: () => 42 } }, { u: { [custom]: () => undefined } });
console.log(util.inspect({ k: { [custom](d, o) { return Object.keys(o).sort().join(','); } } }, { extra: 'kept' }));
console.log(util.format('%s', { [custom]() { return 'via format'; } }));
