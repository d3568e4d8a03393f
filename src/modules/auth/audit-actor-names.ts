/**
 * Display names for the actors of audit entries, joined at read time: entries name a user as
 * 'user:<id>' (older ones 'user:<e-mail>'). Both resolve to the user's current name, and the
 * e-mail form is given back as 'user:<id>', so no reader sees an e-mail address.
 */
import { actionLabel, actorLabel } from '../audit/index.ts';
import type { Queryable } from './repository.ts';
import { findUsersByIdOrEmail } from './repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuditActorName {
  /** the actor as readers see it ('user:<id>' for users) */
  actor: string;
  /** the user's display name; null for operators, the platform and users no longer there */
  name: string | null;
}

export async function auditActorNames(db: Queryable, actors: readonly string[]): Promise<Map<string, AuditActorName>> {
  const refs = [...new Set(actors)].filter((a) => a.startsWith('user:')).map((a) => a.slice(5));
  const ids = refs.filter((r) => UUID.test(r));
  const emails = refs.filter((r) => !UUID.test(r));
  const found = await findUsersByIdOrEmail(db, ids, emails);
  const out = new Map<string, AuditActorName>();
  // An e-mail of a user no longer there is not shown either.
  for (const a of new Set(actors)) out.set(a, { actor: a.startsWith('user:') && a.includes('@') ? 'user' : a, name: null });
  for (const u of found) {
    for (const key of [`user:${u.id}`, `user:${u.email}`]) if (out.has(key)) out.set(key, { actor: `user:${u.id}`, name: u.name });
  }
  return out;
}

/** How readers see each actor: 'user:<id>' and the display name, CLI（…）, システム（…）. One query for all. */
export async function actorLabeller(db: Queryable, actors: readonly string[]): Promise<(actor: string) => { actor: string; label: string }> {
  const names = await auditActorNames(db, actors);
  return (actor) => {
    const who = names.get(actor) ?? { actor, name: null };
    return { actor: who.actor, label: actorLabel(who.actor === 'user' ? 'user:' : who.actor, who.name) };
  };
}

/** Audit entries as readers see them: the actor as above, its label, and the action's Japanese name. */
export async function labelAuditEntries<E extends { actor: string; action: string }>(db: Queryable, entries: readonly E[]) {
  const label = await actorLabeller(
    db,
    entries.map((e) => e.actor),
  );
  return entries.map((e) => {
    const who = label(e.actor);
    return { ...e, actor: who.actor, actor_label: who.label, action_label: actionLabel(e.action) };
  });
}
