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
  'user.create': '利用者の登録',
  'organisation.create': '組織の登録',
  'organisation.member_add': '組織の職員の登録',
  'grant.create': '交付金申請の作成',
  'grant.update': '交付金申請の更新（新しい版）',
  'grant.submit': '交付金申請の提出',
  'grant.return': '交付金申請の差戻し',
  'grant.start_review': '交付金申請の審査開始',
  'grant.decide': '交付決定',
  'grant.start_execution': '交付金事業の実施開始',
  'grant.publish_verification': '効果検証の公表',
  'grant.assign_reviewers': '審査員の割当て',
  'grant.unassign_reviewer': '審査員の割当て解除',
  'grant.review': '審査（評価基準の採点）',
  'grant.record_verification': '効果検証の記録',
  'grant.delete': '交付金申請の削除（サンプル）',
  'verification.create': '戦略の効果検証ラウンドの作成',
  'verification.add_member': '検証委員の追加',
  'verification.update_member': '検証委員の更新',
  'verification.remove_member': '検証委員の解除',
  'verification.open': '効果検証の開始',
  'verification.close': '検証委員の意見の締切',
  'verification.reopen': '検証委員の意見受付の再開',
  'verification.publish': '効果検証の報告の公表',
  'verification.comment': '検証委員の意見',
  'verification.sign_off': '検証委員の確認（サインオフ）',
  'verification.respond': '団体の対応・改善策',
  'plan.create': '計画の作成',
  'plan.update': '計画の更新（新しい版）',
  'plan.comment': '計画へのコメント',
  'plan.judge': '要件確認の判定',
  'plan.assign_reviewers': '審査組織の指定',
  'plan.publish_revision': '改訂版の公表',
  'plan.delete': '計画の削除（サンプル）',
  'plan.submit_precheck': '事前確認への提出',
  'plan.advise': '事前確認での助言・差し戻し',
  'plan.complete_precheck': '事前確認の完了',
  'plan.publish_local': '地方公共団体による公表',
  'plan.submit_formal': '正式な提出',
  'plan.return_formal': '要件確認での差し戻し',
  'plan.open_proposals': '候補プロジェクトの提案受付の開始',
  'plan.formulate': '計画の策定',
  'plan.publish_national': '国による公表',
  'plan.start_execution': '実行の開始',
  'plan.evaluate_final': '最終年度のKGI評価',
  'plan.withdraw': '撤退（計画の終了）',
  'plan.withdrawal_decision': '撤退基準に該当した後の判断',
  'plan_round.open': '進捗確認ラウンドの開始',
  'plan_round.publish': '進捗確認ラウンドの公表',
  'plan_report.save': '進捗報告の保存',
  'plan_report.submit': '進捗報告の提出',
  'plan_report.accept': '進捗報告の受理',
  'plan_report.return': '進捗報告の差し戻し',
  'plan_report.correct': '受理済み進捗報告の訂正',
  'plan_samples.delete': 'サンプルの削除',
  'investment_map.publish_snapshot': '国内投資マップのスナップショットの公表',
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
