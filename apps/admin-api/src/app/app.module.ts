import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ADMIN_CONFIG, type AdminConfig } from './admin.config';
import { ClusterController } from './cluster.controller';
import { ClusterService } from './cluster.service';
import { AuthGuard } from './auth.guard';
import { DashboardController } from './dashboard.controller';
import { JsonExceptionFilter } from './json-exception.filter';
import { MetricsService } from './metrics.service';

@Module({})
export class AppModule {
  static forRoot(config: AdminConfig): DynamicModule {
    return {
      module: AppModule,
      controllers: [ClusterController, DashboardController],
      providers: [
        { provide: ADMIN_CONFIG, useValue: config },
        ClusterService,
        MetricsService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: JsonExceptionFilter },
      ],
    };
  }
}
