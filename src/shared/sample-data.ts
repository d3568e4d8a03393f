/**
 * The mark of sample (demo) actual values: `sousei demo add` writes it as their source, the web
 * shows such values as サンプル, and `sousei demo remove` deletes exactly the values that carry it.
 * There is no flag for it — flags are the statistics' own (速報値 …) and the engine's vocabulary.
 */
export const SAMPLE_SOURCE = 'サンプル（デモ用の架空の値・実在の統計ではない）';

export const isSampleSource = (source: string | null | undefined): boolean => source === SAMPLE_SOURCE;
