'use strict';
// Only the first stderr line ("Trace: ...") is compared; frames differ.
console.log('before trace');
function inner() {
  console.trace('traced %s', 'here', { a: 1 });
}
inner();
console.log('after trace');
