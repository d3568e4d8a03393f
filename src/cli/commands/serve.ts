import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../../http/app.ts';
import { createLogger } from '../../infra/logger.ts';
import { closeWorkerPool } from '../../infra/worker-pool.ts';
import { pruneJobs } from '../../modules/jobs/index.ts';
import { watchAuditChain } from '../../platform/audit-watch.ts';
import { openPlatform } from '../../platform/open-platform.ts';
import { exclusiveCommand } from '../../infra/cli/command-kinds.ts';
import { UsageError } from '../../infra/cli/exit-codes.ts';
import { startOperatorSocket } from '../operator/server.ts';
import { configFrom, type CliRuntime, type GlobalOptions } from '../runtime.ts';

export function registerServe(program: Command, rt: CliRuntime, buildProgram: (rt: CliRuntime) => Command) {
  exclusiveCommand(program.command('serve'))
    .description('サーバーを起動する / start the platform (HTTP API)')
    .option('-p, --port <port>', 'port (default: PORT or 3000)')
    .option('--host <host>', 'interface to listen on (default: HOST or 127.0.0.1)')
    .action(async (opts: { port?: string; host?: string }, cmd: Command) => {
      const config = configFrom(cmd.optsWithGlobals<GlobalOptions>());
      const port = opts.port !== undefined ? Number(opts.port) : config.PORT;
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port は 0〜65535 の整数です: ${opts.port}`);
      const host = opts.host ?? config.HOST;
      const logger = createLogger(config.LOG_LEVEL);
      const progress = rt.progress();
      const handle = await openPlatform(config, logger, progress.update, 'serve');
      progress.stop();
      const audit = watchAuditChain(handle.db, logger);
      await pruneJobs(handle.db);
      const app = createApp({ db: handle.db, logger, version: process.env.npm_package_version, secureCookies: config.SOUSEI_SECURE_COOKIES, auditStatus: audit.status });
      // CLI commands run while the server holds the embedded database come in through this socket.
      const operator = handle.lock ? await startOperatorSocket({ handle, logger, buildProgram }) : null;
      const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
        const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
        const url = `http://${shownHost}:${info.port}/`;
        handle.lock?.update({ socket: operator?.path, url });
        rt.io.stdout.write(`Sousei is running at ${url}  (database: ${handle.kind} ${handle.location})\n`);
      });
      const shutdown = () => {
        audit.stop();
        server.close(() => void Promise.all([operator?.close(), closeWorkerPool(), handle.close()]).then(() => process.exit(0)));
        setTimeout(() => process.exit(0), 3000).unref();
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
      // serve runs until stopped
      await new Promise(() => {});
    });
}
