import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../../http/app.ts';
import { createLogger } from '../../logger.ts';
import { openPlatform } from '../../platform/open-platform.ts';
import { configFrom, type GlobalOptions } from '../context.ts';
import { progressReporter } from '../terminal.ts';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('サーバーを起動する / start the platform (HTTP API)')
    .option('-p, --port <port>', 'port (default: PORT or 3000)')
    .option('--host <host>', 'interface to listen on (default: HOST or 127.0.0.1)')
    .action(async (opts: { port?: string; host?: string }, cmd: Command) => {
      const config = configFrom(cmd.optsWithGlobals<GlobalOptions>());
      const port = opts.port !== undefined ? Number(opts.port) : config.PORT;
      const host = opts.host ?? config.HOST;
      const logger = createLogger(config.LOG_LEVEL);
      const progress = progressReporter();
      const handle = await openPlatform(config, logger, progress.update);
      progress.stop();
      const app = createApp({ db: handle.db, logger, version: process.env.npm_package_version, secureCookies: config.SOUSEI_SECURE_COOKIES });
      const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
        process.stdout.write(`Sousei is running at http://${shownHost}:${info.port}/  (database: ${handle.kind} ${handle.location})\n`);
      });
      const shutdown = () => {
        server.close(() => void handle.close().then(() => process.exit(0)));
        setTimeout(() => process.exit(0), 3000).unref();
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
    });
}
