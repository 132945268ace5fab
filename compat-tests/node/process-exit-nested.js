function deep(n) {
  if (n === 0) {
    process.exit(4);
  }
  try {
    deep(n - 1);
  } finally {
    // Node does not run JS after process.exit() returns control; nothing printed.
  }
}
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { console.log('in timer'); deep(5); console.log('unreachable'); }, 1);
