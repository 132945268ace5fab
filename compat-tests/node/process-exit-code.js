process.on('exit', (code) => {
  console.log('exit event', code, process.exitCode);
});
process.exitCode = 5;
console.log('set exitCode', process.exitCode);
