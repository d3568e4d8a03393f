/**
 * The search key of Japanese text (pure): NFKC (full/half width, compatibility forms), lower
 * case, katakana → hiragana, then character bigrams within runs of letters and digits (spaces
 * and punctuation end a run). The same function makes the index and the query, so 「ｺﾐｭﾆﾃｨ」,
 * 「コミュニティ」 and 「こみゅにてぃ」 meet, and any two adjacent characters of a word find it.
 * A run of one character is kept as a unigram so 1-character words (「町」「県」) are searchable.
 * NFKC is right here, unlike for stored text (shared/normalize-text.ts): the key is never shown.
 */

/** ァ (U+30A1) … ヶ (U+30F6) → ぁ … ゖ; ー and ・ stay. */
function toHiragana(s: string): string {
  return s.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** The normalised form of text as the index sees it. */
export function searchKey(input: string): string {
  return toHiragana(input.normalize('NFKC').toLowerCase());
}

const RUN = /[\p{L}\p{N}\p{M}ー々〆ヶ]+/gu;

/** The runs of letters and digits of normalised text. */
export function searchRuns(input: string): string[] {
  return searchKey(input).match(RUN) ?? [];
}

/** Bigrams of every run, with how often each occurs (unigrams for 1-character runs). */
export function gramCounts(input: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const run of searchRuns(input)) {
    const chars = [...run];
    if (chars.length === 1) out.set(chars[0]!, (out.get(chars[0]!) ?? 0) + 1);
    for (let i = 0; i + 1 < chars.length; i++) {
      const g = chars[i]! + chars[i + 1]!;
      out.set(g, (out.get(g) ?? 0) + 1);
    }
  }
  return out;
}

/** The distinct grams of a query, in order of first appearance (at most `max`, so a pasted page cannot make a huge query). */
export function queryGrams(query: string, max = 32): string[] {
  return [...gramCounts(query).keys()].slice(0, max);
}

/** The parts of a case that are indexed, with their weight in the ranking. */
export const SEARCH_PARTS = { title: 5, tags: 4, problem: 3, actions: 2, other: 1 } as const;
export type SearchPart = keyof typeof SEARCH_PARTS;

/**
 * How many of the query's grams a case must have: all of a short query (up to 3 grams, e.g. a
 * 2–4 character word), at least 60 % of a longer one, so one mistyped character still finds it.
 */
export function gramsRequired(queryGramCount: number): number {
  return queryGramCount <= 3 ? queryGramCount : Math.ceil(queryGramCount * 0.6);
}
