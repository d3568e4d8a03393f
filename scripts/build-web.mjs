#!/usr/bin/env node
// Builds the web application (web/ → web/dist) when it is missing or older than its sources —
// web/ and src/shared/, whose parsers and formats the web imports — so `npm start` on a fresh
// clone serves it without a separate build step.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const built = join(web, 'dist', 'index.html');

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const e of readdirSync(path)) if (e !== 'dist' && e !== 'node_modules') m = Math.max(m, newest(join(path, e)));
  return m;
}

if (!existsSync(join(web, 'index.html'))) process.exit(0);
const sources = Math.max(newest(web), newest(join(root, 'src', 'shared')));
if (existsSync(built) && statSync(built).mtimeMs >= sources && process.argv[2] !== '--force') process.exit(0);
process.stderr.write('Building the web application (vite)…\n');
execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'], {
  stdio: 'inherit',
  cwd: root,
});
