import { runCli } from './cli';

/*
 * `tsx src/main.ts [--reset]`, configured by environment variables (see the
 * README). Stops cleanly on SIGINT and SIGTERM.
 */
runCli(process.argv.slice(2), process.env)
  .then(({ server }) => {
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    console.error('[fiko-server] could not start:', error);
    process.exit(1);
  });
