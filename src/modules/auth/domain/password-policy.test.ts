import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PASSWORD_ADVICE, assertAcceptablePassword, checkPassword, userInputs } from './password-policy.ts';

const user = { email: 'planner@city.sapporo.jp', name: '札幌市 企画課' };
const codes = async (p: string, ctx = user) => (await checkPassword(p, ctx)).map((i) => i.code);
const reason = async (p: string, ctx = user) => (await checkPassword(p, ctx))[0]!.reason;

describe('password policy', () => {
  it('refuses common, repeated and sequential passwords with Japanese guidance on column password', async () => {
    for (const p of ['aaaaaaaaaaaa', '123456789012', 'password1234', 'qwertyuiopas', 'ａａａａａａａａａａａａ', 'p@ssw0rd1234']) {
      const issues = await checkPassword(p, user);
      expect(issues, p).toHaveLength(1);
      expect(issues[0]).toMatchObject({ column: 'password', code: 'weak_password' });
      expect(issues[0]!.reason).toContain(PASSWORD_ADVICE);
    }
    expect(await reason('aaaaaaaaaaaa')).toContain('同じ文字の繰り返しは推測されやすくなります');
    expect(await reason('password1234')).toMatch(/よく使われるパスワード/);
  });

  it("refuses the user's own e-mail or name with digits, and the service's name", async () => {
    expect(await codes('planner@city.sapporo.jp2026')).toEqual(['weak_password']);
    expect(await codes('Planner@City.Sapporo.jp1')).toEqual(['weak_password']);
    expect(await codes('札幌市企画課12345678')).toEqual(['weak_password']);
    expect(await codes('sousei123456')).toEqual(['weak_password']);
    expect(await codes('創生1234567890')).toEqual(['weak_password']);
    expect(await reason('planner@city.sapporo.jp2026')).toContain('メールアドレス');
    // The same text is fine for someone else: it is the user's own data that makes it weak.
    expect(await codes('planner@city.sapporo.jp2026', { email: 'x@example.jp', name: 'x' })).toEqual([]);
  });

  it('accepts long passphrases (also in Japanese and in kana romanisation)', async () => {
    for (const p of ['correct horse battery staple', 'mikan-batake no ue wo tobu karasu', '札幌の雪まつりは二月に開かれる', 'Kinkaku-ji yuki geshiki 2031!']) {
      expect(await checkPassword(p, user), p).toEqual([]);
    }
    await expect(assertAcceptablePassword('correct horse battery staple', user)).resolves.toBeUndefined();
  });

  it(`requires ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters (counted as characters, not UTF-16 units)`, async () => {
    expect(await codes('Zq7#vR2!mK9')).toEqual(['password_too_short']);
    expect(await reason('短い')).toContain('12文字以上');
    expect(await codes('🍣🍣🍣🍣🍣🍣🍣🍣🍣🍣🍣')).toEqual(['password_too_short']); // 11 characters, 22 units
    expect(await codes('x'.repeat(MAX_PASSWORD_LENGTH + 1))).toEqual(['password_too_long']);
    // Long inputs are judged quickly enough for an interactive form.
    const long = Array.from({ length: 120 }, (_, i) => `word${(i * 7919) % 1000}`)
      .join(' ')
      .slice(0, MAX_PASSWORD_LENGTH);
    await codes('warm up the dictionaries');
    const t = Date.now();
    expect(await codes(long)).toEqual([]);
    expect(await codes('a1!'.repeat(300))).toEqual(['weak_password']);
    expect(Date.now() - t).toBeLessThan(3000);
  });

  it('rejects with an InputError naming the column asked for', async () => {
    const e = await assertAcceptablePassword('aaaaaaaaaaaa', user, 'new_password').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).issues[0]).toMatchObject({ column: 'new_password', code: 'weak_password' });
  });

  it('treats the e-mail, its parts, the name and its parts as known words', () => {
    expect(userInputs(user)).toEqual(
      expect.arrayContaining(['planner@city.sapporo.jp', 'planner', 'sapporo', '札幌市 企画課', '札幌市企画課', '札幌市', '企画課', 'sousei', '創生']),
    );
  });
});
