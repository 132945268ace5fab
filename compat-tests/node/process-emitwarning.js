process.on('warning', (w) => {
  console.log('warning event', w.name, w.message, w.code);
});
process.emitWarning('something odd');
process.emitWarning('custom type', 'CustomWarning', 'WARN001');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT1', detail: 'some detail' });
const e = new Error('an error warning');
e.name = 'ErrWarning';
process.emitWarning(e);
console.log('sync part done');
