import { describe, expect, it } from 'vitest';
import { dictionaries, MESSAGE_FILES } from './dictionaries.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries merged from the message files', () => {
  it('define every key in one file only', () => {
    const owner = new Map<string, string>();
    for (const [file, messages] of Object.entries(MESSAGE_FILES)) {
      for (const key of Object.keys(messages.ja)) {
        expect(owner.get(key), `${key} is in ${owner.get(key)} and ${file}`).toBeUndefined();
        owner.set(key, file);
      }
    }
    expect(owner.size).toBe(Object.keys(dictionaries.ja).length);
  });

  it('have the same keys in Japanese and English, with the same placeholders, none empty', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.ja).sort());
    for (const [key, ja] of Object.entries(dictionaries.ja)) {
      const en = dictionaries.en[key as keyof typeof dictionaries.en];
      expect(ja.length > 0 && en.length > 0, key).toBe(true);
      expect(placeholders(en), key).toEqual(placeholders(ja));
    }
  });
});
