import { ConflictException, Controller, Get, HttpCode, NotFoundException, Param, Post, ServiceUnavailableException } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClusterService } from './cluster.service';

const printable = (b: Uint8Array | null | undefined) =>
  [...(b ?? [])].map((x) => (x >= 0x20 && x < 0x7f && x !== 0x5c ? String.fromCharCode(x) : `\\x${x.toString(16).padStart(2, '0').toUpperCase()}`)).join('');

@ApiTags('cluster')
@Controller('api')
export class ClusterController {
  constructor(private readonly cluster: ClusterService) {}

  @Get('servers')
  @ApiOperation({ summary: 'Live gateway servers (from ZooKeeper when configured) with their status' })
  @ApiOkResponse({ description: 'One entry per server' })
  async servers() {
    return (await this.cluster.servers()).map((s) => ({
      serverName: s.serverName,
      source: s.source,
      state: s.status?.state ?? 'unknown',
      activeMaster: s.status?.activeMaster ?? false,
      openConnections: s.status?.openConnections ?? 0,
      inflightCalls: s.status?.inflightCalls ?? 0,
      storageEngine: s.status?.storageEngine ?? '',
      zookeeperState: s.status?.zookeeperState ?? '',
      error: s.error,
    }));
  }

  @Post('servers/:serverName/drain')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Drain one server as SIGTERM would',
    description: 'The node leaves ZooKeeper (its regions move to the other nodes), refuses new calls, finishes in-flight ones within hbase.compat.shutdown.timeout.ms and exits 0. Answers once the node has accepted; poll /api/servers to see it leave.',
  })
  @ApiAcceptedResponse({ description: 'The node accepted and is draining' })
  @ApiNotFoundResponse({ description: 'No configured NodeAdmin address serves this server name' })
  @ApiConflictResponse({ description: 'The node is already stopping' })
  async drain(@Param('serverName') serverName: string) {
    let answer;
    try {
      answer = await this.cluster.drain(serverName, 'requested through admin-api');
    } catch (e) {
      throw new ServiceUnavailableException(`${serverName} did not answer: ${(e as Error).message}`);
    }
    if (answer === undefined) throw new NotFoundException(`no reachable NodeAdmin serves ${serverName}`);
    if (!answer.accepted) throw new ConflictException(`${serverName} is already ${answer.state}`);
    return { serverName: answer.serverName, draining: true, stateBefore: answer.state };
  }

  @Get('health')
  @ApiOperation({ summary: 'Cluster health: every known node serving with healthy dependencies' })
  async health() {
    const statuses = await this.cluster.statuses();
    const nodes = statuses.map((s) => ({
      address: s.address,
      healthy: !!s.status && s.status.state === 'serving' && s.status.storageOk === true && (!s.status.zookeeperConfigured || s.status.zookeeperState === 'connected'),
      state: s.status?.state ?? 'unreachable',
      error: s.error,
    }));
    const healthy = nodes.length > 0 && nodes.every((n) => n.healthy);
    return { status: healthy ? 'ok' : 'degraded', nodes };
  }

  @Get('tables')
  @ApiOperation({ summary: 'Tables with state, families and region count' })
  async tables() {
    const t = await this.tablesOrUnavailable();
    return (t.tables ?? []).map((x) => ({ name: x.name, state: x.state, families: x.families, regions: x.regions?.length ?? 0 }));
  }

  @Get('tables/:name/regions')
  @ApiOperation({ summary: 'Regions of one table with their key ranges and owning server' })
  async regions(@Param('name') name: string) {
    const t = await this.tablesOrUnavailable();
    const table = (t.tables ?? []).find((x) => x.name === name);
    if (!table) throw new NotFoundException(`table ${name} not found`);
    return (table.regions ?? []).map((r) => ({ name: r.name, encodedName: r.encodedName, startKey: printable(r.startKey), endKey: printable(r.endKey), server: r.server }));
  }

  private async tablesOrUnavailable() {
    try {
      return await this.cluster.tables();
    } catch (e) {
      throw new ServiceUnavailableException(`no gateway reachable: ${(e as Error).message}`);
    }
  }
}
