/** The organisation a principal acts for (organisations' resolver), typed as the plan permissions take it. */
import type { Database } from '../../db/client.ts';
import type { Principal } from '../auth/index.ts';
import { organisationActorOf } from '../organisations/index.ts';
import type { PlanActor } from './permissions.ts';

export const planActorOf = (db: Pick<Database, 'select'>, p: Principal): Promise<PlanActor | null> => organisationActorOf(db, p);
