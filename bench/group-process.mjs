// Runs one bench group in a process of its own (argv[2] is its module, e.g. verify.mjs), so no group
// measures another's heap, sockets or JIT state. Prints each row as it is measured and sends
// them all to the parent over IPC; run alone, it only prints.
import { rowLine } from './report.mjs';

const group = process.argv[2];
const rows = [];
const record = (row) => {
  rows.push(row);
  console.log(rowLine(row));
};
const note = (line) => console.log(`  ${line}`);

const { measure } = await import(`./${group}`);
await measure({ record, note });
if (process.send) process.send({ rows }, () => process.exit(0));
else process.exit(0);
