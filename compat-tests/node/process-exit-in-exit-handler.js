process.on('exit', (code) => {
  console.log('first exit handler', code);
  process.exitCode = 9;
});
process.on('exit', (code) => console.log('second exit handler', code, process.exitCode));
