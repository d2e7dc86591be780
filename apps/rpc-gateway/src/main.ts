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
  app.enableShutdownHooks();
  await app.init();
}

bootstrap().catch((e: Error) => {
  new Logger('rpc-gateway').error(`failed to start: ${e.message}`);
  process.exit(1);
});
