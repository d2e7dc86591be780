import * as grpc from '@grpc/grpc-js';
import type { NodeAdminClientTls, RpcTlsConfig } from '@hbase-compat/server-config';
import { hbasecompat } from './generated/node_admin';
import { nodeAdminClientCredentials, nodeAdminServerCredentials } from './node-admin-tls';

/**
 * NodeAdmin over @grpc/grpc-js with the protobufjs classes generated from
 * proto/gateway/node_admin.proto (no runtime .proto loading, so bundles need no asset files).
 */
export type NodeStatus = hbasecompat.nodeadmin.v1.INodeStatus;
export type ListTablesResponse = hbasecompat.nodeadmin.v1.IListTablesResponse;
export type MetricsText = hbasecompat.nodeadmin.v1.IMetricsText;
export type DrainResponse = hbasecompat.nodeadmin.v1.IDrainResponse;

interface MessageType<T> {
  encode(m: T): { finish(): Uint8Array };
  decode(b: Uint8Array): T;
}

function method<Req, Res>(name: string, req: MessageType<Req>, res: MessageType<Res>): grpc.MethodDefinition<Req, Res> {
  return {
    path: `/hbasecompat.nodeadmin.v1.NodeAdmin/${name}`,
    requestStream: false,
    responseStream: false,
    requestSerialize: (m: Req) => Buffer.from(req.encode(m).finish()),
    requestDeserialize: (b: Buffer) => req.decode(b),
    responseSerialize: (m: Res) => Buffer.from(res.encode(m).finish()),
    responseDeserialize: (b: Buffer) => res.decode(b),
  };
}

const pbx = hbasecompat.nodeadmin.v1;
export const NodeAdminService = {
  getStatus: method<hbasecompat.nodeadmin.v1.IGetStatusRequest, NodeStatus>('GetStatus', pbx.GetStatusRequest, pbx.NodeStatus),
  getMetrics: method<hbasecompat.nodeadmin.v1.IGetMetricsRequest, MetricsText>('GetMetrics', pbx.GetMetricsRequest, pbx.MetricsText),
  listTables: method<hbasecompat.nodeadmin.v1.IListTablesRequest, ListTablesResponse>('ListTables', pbx.ListTablesRequest, pbx.ListTablesResponse),
  drain: method<hbasecompat.nodeadmin.v1.IDrainRequest, DrainResponse>('Drain', pbx.DrainRequest, pbx.DrainResponse),
} satisfies grpc.ServiceDefinition;

export interface NodeAdminHandlers {
  getStatus(): Promise<NodeStatus> | NodeStatus;
  getMetrics(): Promise<MetricsText> | MetricsText;
  listTables(): Promise<ListTablesResponse> | ListTablesResponse;
  drain(reason: string): Promise<DrainResponse> | DrainResponse;
}

function unary<Res>(handler: () => Promise<Res> | Res): grpc.handleUnaryCall<unknown, Res> {
  return (_call, callback) => {
    Promise.resolve()
      .then(handler)
      .then(
        (r) => callback(null, r),
        (e: Error) => callback({ code: grpc.status.INTERNAL, details: e.message }, null),
      );
  };
}

/** Starts a NodeAdmin server on host:port (port 0 picks one), with TLS when `tls` enables it; resolves with the bound port. */
export async function startNodeAdminServer(
  handlers: NodeAdminHandlers,
  host: string,
  port: number,
  tls?: RpcTlsConfig,
): Promise<{ server: grpc.Server; port: number }> {
  const server = new grpc.Server();
  server.addService(NodeAdminService, {
    getStatus: unary(() => handlers.getStatus()),
    getMetrics: unary(() => handlers.getMetrics()),
    listTables: unary(() => handlers.listTables()),
    drain: (call: grpc.ServerUnaryCall<hbasecompat.nodeadmin.v1.IDrainRequest, DrainResponse>, callback: grpc.sendUnaryData<DrainResponse>) =>
      unary(() => handlers.drain(call.request.reason ?? ''))(call, callback),
  });
  const bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host}:${port}`, nodeAdminServerCredentials(tls), (e, p) => (e ? reject(e) : resolve(p))),
  );
  return { server, port: bound };
}

/** A typed NodeAdmin client with per-call deadlines. */
export class NodeAdminClient {
  private readonly client: grpc.Client;

  constructor(
    readonly address: string,
    private readonly deadlineMs = 2000,
    tls?: NodeAdminClientTls,
  ) {
    // gRPC's reconnect backoff grows to 120 s by default: a sidecar or admin API that started before
    // its gateway would go on reporting it unreachable for minutes after it came up (seen in the
    // compose stack, tools/compose/check.sh). Health answers must follow the node within seconds.
    this.client = new grpc.Client(address, nodeAdminClientCredentials(tls), { 'grpc.max_reconnect_backoff_ms': 2000 });
  }

  private call<Req, Res>(def: grpc.MethodDefinition<Req, Res>, request: Req): Promise<Res> {
    return new Promise((resolve, reject) =>
      this.client.makeUnaryRequest(def.path, def.requestSerialize, def.responseDeserialize, request, { deadline: Date.now() + this.deadlineMs }, (e, r) =>
        e || r === undefined ? reject(e ?? new Error('empty response')) : resolve(r),
      ),
    );
  }

  getStatus(): Promise<NodeStatus> {
    return this.call(NodeAdminService.getStatus, {});
  }

  getMetrics(): Promise<MetricsText> {
    return this.call(NodeAdminService.getMetrics, {});
  }

  listTables(): Promise<ListTablesResponse> {
    return this.call(NodeAdminService.listTables, {});
  }

  drain(reason: string): Promise<DrainResponse> {
    return this.call(NodeAdminService.drain, { reason });
  }

  close(): void {
    this.client.close();
  }
}
