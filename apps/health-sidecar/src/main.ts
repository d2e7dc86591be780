import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app/app.module';
import { readSidecarConfig } from './app/sidecar.config';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = readSidecarConfig(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`health-sidecar: configuration error: ${(e as Error).message}`);
    process.exit(2);
  }
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['log', 'warn', 'error'] });
  app.enableShutdownHooks();
  await app.listen(config.port, config.address);
  new Logger('health-sidecar').log(`/health /ready /metrics on http://${config.address}:${config.port} for gateway NodeAdmin ${config.nodeAdminAddress}`);
}

bootstrap().catch((e: Error) => {
  new Logger('health-sidecar').error(`failed to start: ${e.message}`);
  process.exit(1);
});
