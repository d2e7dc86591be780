import { type DynamicModule, Module } from '@nestjs/common';
import { ADMIN_CONFIG, type AdminConfig } from './admin.config';
import { ClusterController } from './cluster.controller';
import { ClusterService } from './cluster.service';
import { DashboardController } from './dashboard.controller';

@Module({})
export class AppModule {
  static forRoot(config: AdminConfig): DynamicModule {
    return {
      module: AppModule,
      controllers: [ClusterController, DashboardController],
      providers: [{ provide: ADMIN_CONFIG, useValue: config }, ClusterService],
    };
  }
}
