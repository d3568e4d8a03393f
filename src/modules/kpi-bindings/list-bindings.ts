/** The KPIs of a strategy that are fed by statistics series. */
import type { Database } from '../../db/client.ts';
import { bindingsOfStrategy, type Binding } from './repository.ts';

export async function bindingsOf(db: Database, strategy: string): Promise<Binding[]> {
  return bindingsOfStrategy(db, strategy);
}
