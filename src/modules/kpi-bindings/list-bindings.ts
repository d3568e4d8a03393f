/** The KPIs of a strategy that are fed by statistics series. */
import type { Database } from '../../db/client.ts';
import { bindingsOfStrategy, referenceBindingsOfStrategy, type Binding } from './repository.ts';

export async function bindingsOf(db: Database, strategy: string): Promise<Binding[]> {
  return bindingsOfStrategy(db, strategy);
}

/** The KPIs of a strategy whose relative targets have a reference series bound. */
export async function referenceBindingsOf(db: Database, strategy: string): Promise<Binding[]> {
  return referenceBindingsOfStrategy(db, strategy);
}
