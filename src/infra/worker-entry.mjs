// Worker threads run the TypeScript sources too (tsx), whether the main thread was started by
// bin/sousei.mjs (tsx) or by vitest. Each task names the module and the function to run.
import { register } from 'tsx/esm/api';

register();

export default async function run({ module, fn, args }) {
  const m = await import(module);
  return m[fn](...args);
}
