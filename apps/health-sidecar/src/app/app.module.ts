import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { GatewayHealthIndicators } from './gateway.health';
import { HealthController } from './health.controller';
import { SIDECAR_CONFIG, type SidecarConfig } from './sidecar.config';

@Module({})
export class AppModule {
  static forRoot(config: SidecarConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty', gracefulShutdownTimeoutMs: 0 })],
      controllers: [HealthController],
      providers: [{ provide: SIDECAR_CONFIG, useValue: config }, GatewayHealthIndicators],
    };
  }
}
