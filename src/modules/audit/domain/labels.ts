/**
 * How people read an audit entry (pure): Japanese names of the actions beside the stored action
 * names (which stay as they are: they are hashed into the chain and read by programs), and who
 * acted — a user by display name, an operator as CLI（…）, the platform as システム（…）.
 */

export const ACTION_LABELS: Readonly<Record<string, string>> = Object.freeze({
  'catalog.create': '戦略の登録',
  'catalog.replace': '戦略の置き換え',
  'observations.upsert': '実績値の登録・更新',
  'kpis.upsert': 'KPI定義の登録・更新',
  'kpi.bind': 'KPIと統計の連動',
  'kpi.unbind': 'KPIと統計の連動の解除',
  'statistics.import': '統計データの取り込み',
  'user.password_change': 'パスワードの変更',
  'user.password_reset': 'パスワードの再設定',
  'user.sessions_revoke': 'ログインの一括終了',
  'user.sessions_revoke_others': '他の端末のログインの終了',
});

/** The action's Japanese name; an action without one is shown as stored. */
export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action;

/**
 * Who acted, for people: `name` is the user's display name joined at read time (entries keep
 * only 'user:<id>'); an unknown user shows as 利用者（削除済み）.
 */
export function actorLabel(actor: string, name: string | null): string {
  const i = actor.indexOf(':');
  const kind = i < 0 ? '' : actor.slice(0, i);
  const who = actor.slice(i + 1);
  if (kind === 'user') return name ?? '利用者（削除済み）';
  if (kind === 'cli') return `CLI（${who}）`;
  if (kind === 'system') return `システム（${who}）`;
  return actor;
}
