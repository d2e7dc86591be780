import { type DynamicModule, Module } from '@nestjs/common';
import type { ServerConfig } from '@hbase-compat/server-config';
import { GatewayRuntime } from './gateway.runtime';
import { SERVER_CONFIG } from './server-config.provider';

@Module({})
export class AppModule {
  static forRoot(config: ServerConfig): DynamicModule {
    return { module: AppModule, providers: [{ provide: SERVER_CONFIG, useValue: config }, GatewayRuntime], exports: [GatewayRuntime] };
  }
}
