import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app/app.module';
import { readAdminConfig } from './app/admin.config';
import { CLI_COMMANDS, runCli } from './cli';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = readAdminConfig(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`admin-api: configuration error: ${(e as Error).message}`);
    process.exit(2);
  }
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['log', 'warn', 'error'] });
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('hbase-compat admin API').setDescription('Servers, health, tables and regions of an hbase-compat cluster').setVersion('0.1.0').build());
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  await app.listen(config.port, config.address);
  new Logger('admin-api').log(`REST on http://${config.address}:${config.port}/api (OpenAPI at /api/docs), dashboard at /`);
}

// The same binary is the hbase-compat-admin command line when its first argument is a command
// (or --url); otherwise it is the server.
const first = process.argv[2];
if (first !== undefined && (first.startsWith('--url') || (CLI_COMMANDS as readonly string[]).includes(first))) {
  runCli(process.argv.slice(2), process.env).then((code) => process.exit(code));
} else {
  bootstrap().catch((e: Error) => {
    new Logger('admin-api').error(`failed to start: ${e.message}`);
    process.exit(1);
  });
}
