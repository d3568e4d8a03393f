import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, loadConfig } from './config.ts';

const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
const entries = example
  .split('\n')
  .filter((l) => /^[A-Z_]+=/.test(l))
  .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const);

describe('.env.example', () => {
  it('lists every setting, and nothing else', () => {
    expect(entries.map(([k]) => k).sort()).toEqual([...CONFIG_KEYS].sort());
  });

  it('gives the defaults: reading it changes nothing against an empty environment', () => {
    expect(loadConfig(Object.fromEntries(entries))).toEqual(loadConfig({}));
  });
});
