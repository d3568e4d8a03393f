import { defineConfig } from 'drizzle-kit';

// Every module's tables (src/modules/<name>/schema.ts) and the platform's own: a new module's
// schema is picked up without editing this file.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/modules/*/schema.ts', './src/db/reference-data-loads.ts'],
  out: './drizzle',
});
