import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError } from '@hbase-compat/server-config';
import { AppModule } from './app/app.module';
import { readServerConfig } from './app/server-config.provider';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = readServerConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`rpc-gateway: configuration error: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['log', 'warn', 'error'] });
  await app.init();
  // SIGTERM, SIGINT and NodeAdmin's Drain: leave ZooKeeper, finish in-flight calls, exit 0.
  // (Nest's own shutdown hooks re-raise the signal, which would end the process with 143.)
  let closing = false;
  const drainAndExit = (signal: NodeJS.Signals) => {
    const logger = new Logger('rpc-gateway');
    if (closing) return logger.warn(`${signal} while already draining; still finishing in-flight calls`);
    closing = true;
    logger.log(`${signal}: draining`);
    app.close().then(
      () => process.exit(0),
      (e: Error) => {
        logger.error(`shutdown failed: ${e.stack ?? e.message}`);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => drainAndExit(signal));
}

bootstrap().catch((e: Error) => {
  new Logger('rpc-gateway').error(`failed to start: ${e.message}`);
  process.exit(1);
});
