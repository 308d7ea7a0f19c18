// One sample of row 9: how long `await import(argv[2])` takes in a fresh Node process, printed
// in ms. Timed inside the process, around the import alone, so Node's own start-up (the same
// for every module) is not counted. A file of the package, so 'hookbridge' resolves to ./dist
// by the package's own name, exactly as an application resolves it from node_modules.
const start = performance.now();
await import(process.argv[2]);
process.stdout.write(String(performance.now() - start));
