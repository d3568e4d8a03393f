/**
 * A command group several modules add to (`sousei kpi evaluate` from the KPI module, `sousei kpi
 * bind` from the bindings module): the first caller creates it, the others get the same one.
 */
import type { Command } from 'commander';

export function commandGroup(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
}
