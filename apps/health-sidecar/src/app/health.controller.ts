import { Controller, Get, Header, Res } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import type { Response } from 'express';
import { GatewayHealthIndicators } from './gateway.health';

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly gateway: GatewayHealthIndicators,
  ) {}

  /** Liveness: the gateway process answers. */
  @Get('health')
  @HealthCheck()
  live() {
    return this.health.check([() => this.gateway.alive()]);
  }

  /** Readiness: listener serving, RPC port open, ZooKeeper session live, store reachable. */
  @Get('ready')
  @HealthCheck()
  async ready() {
    const status = await this.gateway.status();
    return this.health.check([
      () => this.gateway.serving(status),
      () => this.gateway.rpcPort(),
      () => this.gateway.zookeeper(status),
      () => this.gateway.storage(status),
    ]);
  }

  /** The gateway's Prometheus metrics, relayed from its NodeAdmin service. */
  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async metrics(@Res() res: Response): Promise<void> {
    try {
      const m = await this.gateway.client.getMetrics();
      res
        .status(200)
        .type(m.contentType ?? 'text/plain; version=0.0.4')
        .send(m.text ?? '');
    } catch (e) {
      res
        .status(503)
        .type('text/plain')
        .send(`# gateway unreachable: ${(e as Error).message}\n`);
    }
  }
}
