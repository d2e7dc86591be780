import { BadRequestException, ConflictException, Controller, Get, HttpCode, NotFoundException, Param, Post, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ClusterService } from './cluster.service';
import { MetricsService } from './metrics.service';

/** HBase's ServerName string form: hostname,port,startcode (ServerName.parseServerName). */
const SERVER_NAME = /^[^,\s/]+,(\d{1,5}),\d+$/;
/**
 * A table name as HBase accepts it (TableName.isLegalNamespaceName / isLegalTableQualifierName):
 * an optional `namespace:` of word characters, then a qualifier of word characters, '-' and '.'
 * that does not begin with '-' or '.'.
 */
const TABLE_NAME = /^(?:[A-Za-z0-9_]+:)?[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

function serverNameOrBadRequest(serverName: string): string {
  const m = SERVER_NAME.exec(serverName);
  if (!m || Number(m[1]) > 65535) throw new BadRequestException(`malformed server name '${serverName}': expected host,port,startcode`);
  return serverName;
}

const printable = (b: Uint8Array | null | undefined) =>
  [...(b ?? [])].map((x) => (x >= 0x20 && x < 0x7f && x !== 0x5c ? String.fromCharCode(x) : `\\x${x.toString(16).padStart(2, '0').toUpperCase()}`)).join('');

@ApiTags('cluster')
@Controller('api')
export class ClusterController {
  constructor(
    private readonly cluster: ClusterService,
    private readonly metrics: MetricsService,
  ) {}

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
    description:
      'The node leaves ZooKeeper (its regions move to the other nodes), refuses new calls, finishes in-flight ones within hbase.compat.shutdown.timeout.ms and exits 0. Answers once the node has accepted; poll /api/servers to see it leave.',
  })
  @ApiBearerAuth('token')
  @ApiAcceptedResponse({ description: 'The node accepted and is draining' })
  @ApiBadRequestResponse({ description: 'The server name is not host,port,startcode' })
  @ApiUnauthorizedResponse({ description: 'Missing or wrong bearer token' })
  @ApiForbiddenResponse({ description: 'No admin token is configured, so state-changing calls are disabled' })
  @ApiNotFoundResponse({ description: 'No configured NodeAdmin address serves this server name' })
  @ApiConflictResponse({ description: 'The node is already stopping' })
  async drain(@Param('serverName') serverName: string) {
    serverNameOrBadRequest(serverName);
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
      healthy:
        !!s.status && s.status.state === 'serving' && s.status.storageOk === true && (!s.status.zookeeperConfigured || s.status.zookeeperState === 'connected'),
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

  @Get('metrics')
  @ApiOperation({
    summary: 'Per-node request rate, error rate, p50/p99 latency, in-flight calls and scan-index lag',
    description:
      'Rates come from two successive scrapes of each node (NodeAdmin GetMetrics), at most two scrapes per node per second however often this is polled; the first call waits about a second for its second scrape.',
  })
  async metricsView() {
    return { servers: await this.metrics.current() };
  }

  @Get('tables/:name/regions')
  @ApiOperation({ summary: 'Regions of one table with their key ranges and owning server' })
  @ApiBadRequestResponse({ description: 'Not a legal HBase table name' })
  @ApiNotFoundResponse({ description: 'No such table' })
  async regions(@Param('name') name: string) {
    if (!TABLE_NAME.test(name)) throw new BadRequestException(`illegal table name '${name}'`);
    const t = await this.tablesOrUnavailable();
    const table = (t.tables ?? []).find((x) => x.name === name);
    if (!table) throw new NotFoundException(`table ${name} not found`);
    return (table.regions ?? []).map((r) => ({
      name: r.name,
      encodedName: r.encodedName,
      startKey: printable(r.startKey),
      endKey: printable(r.endKey),
      server: r.server,
    }));
  }

  private async tablesOrUnavailable() {
    try {
      return await this.cluster.tables();
    } catch (e) {
      throw new ServiceUnavailableException(`no gateway reachable: ${(e as Error).message}`);
    }
  }
}
