/**
 * The password policy (pure), used wherever a password is set: user creation, a password
 * change, an operator's reset. A password must have MIN_PASSWORD_LENGTH..MAX_PASSWORD_LENGTH
 * characters and be hard to guess: zxcvbn-ts (common passwords; English and Japanese words and
 * names; keyboard patterns, repeats, sequences, dates) must score it at least MIN_PASSWORD_SCORE
 * of 4, knowing the user's e-mail and name and the service's name as words an attacker would
 * try. Refusals explain, in Japanese, what is weak and what to do instead.
 *
 * The strength is judged on the NFKC form (full-width ａａａ is as weak as aaa) of the first
 * STRENGTH_CHECK_LENGTH characters: zxcvbn's cost grows steeply with length and a password
 * change is reachable by any signed-in user, so very long inputs must not cost seconds of CPU.
 * (Characters beyond that only add strength.)
 */
import type { TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { InputError, type InputIssue } from '../../../shared/errors.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;
/** zxcvbn score 0–4; 3 = "safely unguessable: moderate protection from offline slow-hash attacks" */
export const MIN_PASSWORD_SCORE = 3;
export const STRENGTH_CHECK_LENGTH = 100;
/** Words an attacker of this service tries first. */
export const SERVICE_WORDS = ['sousei', '創生'] as const;

export interface PasswordContext {
  email?: string;
  name?: string;
}

/** The general advice that ends every refusal for weakness. */
export const PASSWORD_ADVICE = '長い文や複数の単語を組み合わせてください';

// zxcvbn's feedback keys in Japanese, worded for this service (language-ja's own wording is
// partly machine-like; its dictionaries are used as they are).
const JA: Omit<TranslationKeys, 'timeEstimation'> = {
  warnings: {
    straightRow: 'キーボードの横一列に並んだキーは推測されやすくなります',
    keyPattern: 'キーボード上で隣り合うキーの並びは推測されやすくなります',
    simpleRepeat: '同じ文字の繰り返しは推測されやすくなります',
    extendedRepeat: '同じ文字列の繰り返し（abcabc など）は推測されやすくなります',
    sequences: '連続した文字や数字（abc、123 など）は推測されやすくなります',
    recentYears: '最近の西暦は推測されやすくなります',
    dates: '日付は推測されやすくなります',
    topTen: '非常によく使われるパスワードです',
    topHundred: 'よく使われるパスワードです',
    common: 'よく使われるパスワードです',
    similarToCommon: 'よく使われるパスワードに似ています',
    wordByItself: '単語ひとつだけでは推測されやすくなります',
    namesByThemselves: '名前や名字だけでは推測されやすくなります',
    commonNames: 'よくある名前や名字は推測されやすくなります',
    userInputs: 'メールアドレス・氏名やサービスの名前（sousei、創生）は推測されやすくなります',
    pwned: '過去に漏えいしたことが知られているパスワードです',
  },
  suggestions: {
    l33t: '「a」を「@」にするような予測しやすい置き換えは避けてください',
    reverseWords: '単語を逆から綴っても推測されにくくはなりません',
    allUppercase: 'すべてではなく、一部の文字だけを大文字にしてください',
    capitalization: '先頭以外の文字も大文字にしてください',
    dates: 'ご自身に関係する日付や西暦は避けてください',
    recentYears: '最近の西暦は避けてください',
    associatedYears: 'ご自身に関係する西暦は避けてください',
    sequences: '連続した文字や数字は避けてください',
    repeated: '単語や文字の繰り返しは避けてください',
    longerKeyboardPattern: 'キーボードの並びは避けてください',
    anotherWord: '推測されにくい単語を加えてください',
    useWords: 'よくある言い回しは避けてください',
    noNeed: '記号・数字・大文字がなくても、長ければ強いパスワードになります',
    pwned: '同じパスワードを他のサービスで使っている場合は、そちらも変更してください',
  },
};

let factory: Promise<ZxcvbnFactory> | null = null;
/**
 * Loaded on first use: the dictionaries take most of a second to load and rank, which neither
 * the server's start nor CLI commands that set no password should pay. Once per process.
 */
function zxcvbn(): Promise<ZxcvbnFactory> {
  factory ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, ja] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-ja'),
    ]);
    return new ZxcvbnFactory({
      translations: { ...JA, timeEstimation: ja.translations.timeEstimation },
      graphs: common.adjacencyGraphs,
      dictionary: {
        ...common.dictionary,
        ...en.dictionary,
        // language-ja 3.x names its lists without a suffix; core 4 wants unique names.
        ...Object.fromEntries(Object.entries(ja.dictionary).map(([name, words]) => [`${name}-ja`, words])),
      },
      maxLength: STRENGTH_CHECK_LENGTH,
      // The l33t matcher dominates the cost of long inputs; a few substitutions catch p@ssw0rd.
      l33tMaxSubstitutions: 8,
    });
  })();
  factory.catch(() => {
    factory = null;
  });
  return factory;
}

/** The words zxcvbn treats as known to an attacker: the e-mail and its parts, the name and its parts, the service. */
export function userInputs(ctx: PasswordContext): string[] {
  const words = new Set<string>(SERVICE_WORDS);
  const email = ctx.email?.trim().toLowerCase();
  if (email) {
    words.add(email);
    const [local, domain] = email.split('@');
    for (const part of [local, ...(domain?.split('.') ?? []), ...(local?.split(/[._+-]/) ?? [])]) if (part && part.length >= 3) words.add(part);
  }
  const name = ctx.name?.trim().normalize('NFKC');
  if (name) {
    words.add(name);
    words.add(name.replace(/\s+/g, ''));
    for (const part of name.split(/\s+/)) if (part.length >= 2) words.add(part);
  }
  return [...words];
}

const sentence = (s: string) => (/[。！？]$/.test(s) ? s : `${s}。`);

/** Every reason the password is refused ([] = acceptable), as issues on `column`. */
export async function checkPassword(password: string, ctx: PasswordContext = {}, column = 'password'): Promise<InputIssue[]> {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return [{ column, code: 'password_too_short', reason: `パスワードは${MIN_PASSWORD_LENGTH}文字以上にしてください（いまは${length}文字）。${sentence(PASSWORD_ADVICE)}` }];
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return [
      {
        column,
        code: 'password_too_long',
        reason: `パスワードは${MAX_PASSWORD_LENGTH.toLocaleString('ja-JP')}文字以内にしてください（いまは${length.toLocaleString('ja-JP')}文字）`,
      },
    ];
  }
  const result = (await zxcvbn()).check(password.normalize('NFKC'), userInputs(ctx));
  if (result.score >= MIN_PASSWORD_SCORE) return [];
  const parts = [result.feedback.warning ?? 'このパスワードは推測されやすいです', ...result.feedback.suggestions];
  if (!parts.includes(PASSWORD_ADVICE)) parts.push(PASSWORD_ADVICE);
  return [{ column, code: 'weak_password', reason: parts.map(sentence).join('') }];
}

/** Throws an InputError with the reasons when the password is not acceptable. */
export async function assertAcceptablePassword(password: string, ctx: PasswordContext = {}, column = 'password'): Promise<void> {
  const issues = await checkPassword(password, ctx, column);
  if (issues.length > 0) throw new InputError(issues);
}
