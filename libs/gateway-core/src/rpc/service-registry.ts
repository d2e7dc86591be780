import { type Cell, type HBaseRemoteError, hbaseError } from '@hbase-compat/hbase-codec';

/**
 * What a service method sees and returns. Handlers decode their own param (each knows its
 * message type) and return the encoded response message plus any cells for the cell block.
 */
export interface CallContext {
  readonly serviceName: string;
  readonly methodName: string;
  readonly callId: number;
  /** The connection negotiated a cell codec: data goes in cell blocks, not inline protobuf. */
  readonly cellBlocks: boolean;
  readonly withTags: boolean;
  readonly remoteAddress: string;
  readonly user: string;
  /** Request cell block (undefined when the request carried none). */
  readonly cellBlock: Buffer | undefined;
  readonly timeoutMs: number;
  readonly priority: number;
}

export interface MethodResult {
  message: Uint8Array;
  cells?: readonly Cell[];
}

export type MethodHandler = (ctx: CallContext, param: Buffer) => Promise<MethodResult> | MethodResult;

export interface ServiceDefinition {
  name: string;
  methods: Record<string, MethodHandler>;
}

export class ServiceRegistry {
  private readonly services = new Map<string, ServiceDefinition>();

  register(service: ServiceDefinition): this {
    this.services.set(service.name, service);
    return this;
  }

  has(serviceName: string): boolean {
    return this.services.has(serviceName);
  }

  find(serviceName: string, methodName: string): MethodHandler | undefined {
    const service = this.services.get(serviceName);
    if (service === undefined || !Object.prototype.hasOwnProperty.call(service.methods, methodName)) return undefined;
    return service.methods[methodName];
  }
}

export type ErrorMapper = (error: unknown) => HBaseRemoteError;

/** Decodes a call's parameter; bytes that are not that message become DoNotRetryIOException, as in HBase. */
export function decodeParam<T>(type: { decode(bytes: Uint8Array): T; name?: string }, param: Buffer): T {
  try {
    return type.decode(param);
  } catch (e) {
    throw hbaseError('DoNotRetryIOException', `Unable to read call parameter: ${(e as Error).message}`);
  }
}
