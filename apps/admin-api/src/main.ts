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
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('hbase-compat admin API')
      .setDescription('Servers, health, tables and regions of an hbase-compat cluster')
      .setVersion('0.1.0')
      .addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          description: 'hbase.compat.admin.token: required by state-changing calls (drain); by GETs too when hbase.compat.admin.reads=token',
        },
        'token',
      )
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  await app.listen(config.port, config.address);
  const auth =
    config.token === undefined ? 'no token configured: drain is refused (403)' : `bearer token required for drain${config.readsNeedToken ? ' and reads' : ''}`;
  new Logger('admin-api').log(`${auth}`);
  new Logger('admin-api').log(`REST on http://${config.address}:${config.port}/api (OpenAPI at /api/docs), dashboard at /`);
}

// The same binary is the hbase-compat-admin command line when its first argument is a command
// (or one of its own flags: --url, --token, --json); otherwise it is the server.
const first = process.argv[2];
const cliFlag = (a: string) => /^--(url|token)(=|$)/.test(a) || a === '--json';
if (first !== undefined && (cliFlag(first) || (CLI_COMMANDS as readonly string[]).includes(first))) {
  runCli(process.argv.slice(2), process.env).then((code) => process.exit(code));
} else {
  bootstrap().catch((e: Error) => {
    new Logger('admin-api').error(`failed to start: ${e.message}`);
    process.exit(1);
  });
}
