import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace hbasecompat {

    namespace nodeadmin {

        namespace v1 {

            class NodeAdmin extends $protobuf.rpc.Service {
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): NodeAdmin;
                getStatus: hbasecompat.nodeadmin.v1.NodeAdmin.GetStatus;
                getMetrics: hbasecompat.nodeadmin.v1.NodeAdmin.GetMetrics;
                listTables: hbasecompat.nodeadmin.v1.NodeAdmin.ListTables;
                drain: hbasecompat.nodeadmin.v1.NodeAdmin.Drain;
            }

            namespace NodeAdmin {
                type GetStatusCallback = (error: (Error|null), response?: hbasecompat.nodeadmin.v1.NodeStatus) => void;
                type GetStatus = {
                  (request: hbasecompat.nodeadmin.v1.IGetStatusRequest, callback: hbasecompat.nodeadmin.v1.NodeAdmin.GetStatusCallback): void;
                  (request: hbasecompat.nodeadmin.v1.IGetStatusRequest): Promise<hbasecompat.nodeadmin.v1.NodeStatus>;
                  readonly name: "GetStatus";
                  readonly path: "/hbasecompat.nodeadmin.v1.NodeAdmin/GetStatus";
                  readonly requestType: "GetStatusRequest";
                  readonly responseType: "NodeStatus";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type GetMetricsCallback = (error: (Error|null), response?: hbasecompat.nodeadmin.v1.MetricsText) => void;
                type GetMetrics = {
                  (request: hbasecompat.nodeadmin.v1.IGetMetricsRequest, callback: hbasecompat.nodeadmin.v1.NodeAdmin.GetMetricsCallback): void;
                  (request: hbasecompat.nodeadmin.v1.IGetMetricsRequest): Promise<hbasecompat.nodeadmin.v1.MetricsText>;
                  readonly name: "GetMetrics";
                  readonly path: "/hbasecompat.nodeadmin.v1.NodeAdmin/GetMetrics";
                  readonly requestType: "GetMetricsRequest";
                  readonly responseType: "MetricsText";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type ListTablesCallback = (error: (Error|null), response?: hbasecompat.nodeadmin.v1.ListTablesResponse) => void;
                type ListTables = {
                  (request: hbasecompat.nodeadmin.v1.IListTablesRequest, callback: hbasecompat.nodeadmin.v1.NodeAdmin.ListTablesCallback): void;
                  (request: hbasecompat.nodeadmin.v1.IListTablesRequest): Promise<hbasecompat.nodeadmin.v1.ListTablesResponse>;
                  readonly name: "ListTables";
                  readonly path: "/hbasecompat.nodeadmin.v1.NodeAdmin/ListTables";
                  readonly requestType: "ListTablesRequest";
                  readonly responseType: "ListTablesResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
                type DrainCallback = (error: (Error|null), response?: hbasecompat.nodeadmin.v1.DrainResponse) => void;
                type Drain = {
                  (request: hbasecompat.nodeadmin.v1.IDrainRequest, callback: hbasecompat.nodeadmin.v1.NodeAdmin.DrainCallback): void;
                  (request: hbasecompat.nodeadmin.v1.IDrainRequest): Promise<hbasecompat.nodeadmin.v1.DrainResponse>;
                  readonly name: "Drain";
                  readonly path: "/hbasecompat.nodeadmin.v1.NodeAdmin/Drain";
                  readonly requestType: "DrainRequest";
                  readonly responseType: "DrainResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            interface IGetStatusRequest extends hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties {
            }

            class GetStatusRequest {
                constructor(p?: hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: hbasecompat.nodeadmin.v1.GetStatusRequest.$Shape): hbasecompat.nodeadmin.v1.GetStatusRequest & hbasecompat.nodeadmin.v1.GetStatusRequest.$Shape;
                static create(properties?: hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties): hbasecompat.nodeadmin.v1.GetStatusRequest;
                static encode(m: hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbasecompat.nodeadmin.v1.GetStatusRequest & hbasecompat.nodeadmin.v1.GetStatusRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbasecompat.nodeadmin.v1.GetStatusRequest & hbasecompat.nodeadmin.v1.GetStatusRequest.$Shape;
                static fromObject(d: { [k: string]: any }): hbasecompat.nodeadmin.v1.GetStatusRequest;
                static toObject(m: hbasecompat.nodeadmin.v1.GetStatusRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetStatusRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties;
            }

            interface INodeStatus extends hbasecompat.nodeadmin.v1.NodeStatus.$Properties {
            }

            class NodeStatus {
                constructor(p?: hbasecompat.nodeadmin.v1.NodeStatus.$Properties);
                $unknowns?: Uint8Array[];
                serverName: string;
                host: string;
                port: number;
                startCode: Long;
                state: string;
                clusterId: string;
                storageEngine: string;
                storageOk: boolean;
                storageError: string;
                zookeeperConfigured: boolean;
                zookeeperState: string;
                activeMaster: boolean;
                openConnections: number;
                inflightCalls: number;
                openScanners: number;
                liveServers: string[];
                version: string;
                uptimeMs: Long;
                static create(properties: hbasecompat.nodeadmin.v1.NodeStatus.$Shape): hbasecompat.nodeadmin.v1.NodeStatus & hbasecompat.nodeadmin.v1.NodeStatus.$Shape;
                static create(properties?: hbasecompat.nodeadmin.v1.NodeStatus.$Properties): hbasecompat.nodeadmin.v1.NodeStatus;
                static encode(m: hbasecompat.nodeadmin.v1.NodeStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbasecompat.nodeadmin.v1.NodeStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbasecompat.nodeadmin.v1.NodeStatus & hbasecompat.nodeadmin.v1.NodeStatus.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbasecompat.nodeadmin.v1.NodeStatus & hbasecompat.nodeadmin.v1.NodeStatus.$Shape;
                static fromObject(d: { [k: string]: any }): hbasecompat.nodeadmin.v1.NodeStatus;
                static toObject(m: hbasecompat.nodeadmin.v1.NodeStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace NodeStatus {
                interface $Properties {
                    serverName?: (string|null);
                    host?: (string|null);
                    port?: (number|null);
                    startCode?: (Long|null);
                    state?: (string|null);
                    clusterId?: (string|null);
                    storageEngine?: (string|null);
                    storageOk?: (boolean|null);
                    storageError?: (string|null);
                    zookeeperConfigured?: (boolean|null);
                    zookeeperState?: (string|null);
                    activeMaster?: (boolean|null);
                    openConnections?: (number|null);
                    inflightCalls?: (number|null);
                    openScanners?: (number|null);
                    liveServers?: (string[]|null);
                    version?: (string|null);
                    uptimeMs?: (Long|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbasecompat.nodeadmin.v1.NodeStatus.$Properties;
            }

            interface IGetMetricsRequest extends hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties {
            }

            class GetMetricsRequest {
                constructor(p?: hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: hbasecompat.nodeadmin.v1.GetMetricsRequest.$Shape): hbasecompat.nodeadmin.v1.GetMetricsRequest & hbasecompat.nodeadmin.v1.GetMetricsRequest.$Shape;
                static create(properties?: hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties): hbasecompat.nodeadmin.v1.GetMetricsRequest;
                static encode(m: hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbasecompat.nodeadmin.v1.GetMetricsRequest & hbasecompat.nodeadmin.v1.GetMetricsRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbasecompat.nodeadmin.v1.GetMetricsRequest & hbasecompat.nodeadmin.v1.GetMetricsRequest.$Shape;
                static fromObject(d: { [k: string]: any }): hbasecompat.nodeadmin.v1.GetMetricsRequest;
                static toObject(m: hbasecompat.nodeadmin.v1.GetMetricsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace GetMetricsRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties;
            }

            interface IMetricsText extends hbasecompat.nodeadmin.v1.MetricsText.$Properties {
            }

            class MetricsText {
                constructor(p?: hbasecompat.nodeadmin.v1.MetricsText.$Properties);
                $unknowns?: Uint8Array[];
                contentType: string;
                text: string;
                static create(properties: hbasecompat.nodeadmin.v1.MetricsText.$Shape): hbasecompat.nodeadmin.v1.MetricsText & hbasecompat.nodeadmin.v1.MetricsText.$Shape;
                static create(properties?: hbasecompat.nodeadmin.v1.MetricsText.$Properties): hbasecompat.nodeadmin.v1.MetricsText;
                static encode(m: hbasecompat.nodeadmin.v1.MetricsText.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbasecompat.nodeadmin.v1.MetricsText.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbasecompat.nodeadmin.v1.MetricsText & hbasecompat.nodeadmin.v1.MetricsText.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbasecompat.nodeadmin.v1.MetricsText & hbasecompat.nodeadmin.v1.MetricsText.$Shape;
                static fromObject(d: { [k: string]: any }): hbasecompat.nodeadmin.v1.MetricsText;
                static toObject(m: hbasecompat.nodeadmin.v1.MetricsText, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace MetricsText {
                interface $Properties {
                    contentType?: (string|null);
                    text?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbasecompat.nodeadmin.v1.MetricsText.$Properties;
            }

            interface IListTablesRequest extends hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties {
            }

            class ListTablesRequest {
                constructor(p?: hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: hbasecompat.nodeadmin.v1.ListTablesRequest.$Shape): hbasecompat.nodeadmin.v1.ListTablesRequest & hbasecompat.nodeadmin.v1.ListTablesRequest.$Shape;
                static create(properties?: hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties): hbasecompat.nodeadmin.v1.ListTablesRequest;
                static encode(m: hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbasecompat.nodeadmin.v1.ListTablesRequest & hbasecompat.nodeadmin.v1.ListTablesRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbasecompat.nodeadmin.v1.ListTablesRequest & hbasecompat.nodeadmin.v1.ListTablesRequest.$Shape;
                static fromObject(d: { [k: string]: any }): hbasecompat.nodeadmin.v1.ListTablesRequest;
                static toObject(m: hbasecompat.nodeadmin.v1.ListTablesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListTablesRequest {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties;
            }

            interface IRegionEntry extends hbasecompat.nodeadmin.v1.RegionEntry.$Properties {
            }

            class RegionEntry {
                constructor(p?: hbasecompat.nodeadmin.v1.RegionEntry.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                encodedName: string;
                startKey: Uint8Array;
                endKey: Uint8Array;
                server: string;
                static create(properties: hbasecompat.nodeadmin.v1.RegionEntry.$Shape): hbasecompat.nodeadmin.v1.RegionEntry & hbasecompat.nodeadmin.v1.RegionEntry.$Shape;
                static create(properties?: hbasecompat.nodeadmin.v1.RegionEntry.$Properties): hbasecompat.nodeadmin.v1.RegionEntry;
                static encode(m: hbasecompat.nodeadmin.v1.RegionEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbasecompat.nodeadmin.v1.RegionEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbasecompat.nodeadmin.v1.RegionEntry & hbasecompat.nodeadmin.v1.RegionEntry.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbasecompat.nodeadmin.v1.RegionEntry & hbasecompat.nodeadmin.v1.RegionEntry.$Shape;
                static fromObject(d: { [k: string]: any }): hbasecompat.nodeadmin.v1.RegionEntry;
                static toObject(m: hbasecompat.nodeadmin.v1.RegionEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RegionEntry {
                interface $Properties {
                    name?: (string|null);
                    encodedName?: (string|null);
                    startKey?: (Uint8Array|null);
                    endKey?: (Uint8Array|null);
                    server?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbasecompat.nodeadmin.v1.RegionEntry.$Properties;
            }

            interface ITableEntry extends hbasecompat.nodeadmin.v1.TableEntry.$Properties {
            }

            class TableEntry {
                constructor(p?: hbasecompat.nodeadmin.v1.TableEntry.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                state: string;
                families: string[];
                regions: hbasecompat.nodeadmin.v1.RegionEntry.$Properties[];
                static create(properties: hbasecompat.nodeadmin.v1.TableEntry.$Shape): hbasecompat.nodeadmin.v1.TableEntry & hbasecompat.nodeadmin.v1.TableEntry.$Shape;
                static create(properties?: hbasecompat.nodeadmin.v1.TableEntry.$Properties): hbasecompat.nodeadmin.v1.TableEntry;
                static encode(m: hbasecompat.nodeadmin.v1.TableEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbasecompat.nodeadmin.v1.TableEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbasecompat.nodeadmin.v1.TableEntry & hbasecompat.nodeadmin.v1.TableEntry.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbasecompat.nodeadmin.v1.TableEntry & hbasecompat.nodeadmin.v1.TableEntry.$Shape;
                static fromObject(d: { [k: string]: any }): hbasecompat.nodeadmin.v1.TableEntry;
                static toObject(m: hbasecompat.nodeadmin.v1.TableEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace TableEntry {
                interface $Properties {
                    name?: (string|null);
                    state?: (string|null);
                    families?: (string[]|null);
                    regions?: (hbasecompat.nodeadmin.v1.RegionEntry.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbasecompat.nodeadmin.v1.TableEntry.$Properties;
            }

            interface IListTablesResponse extends hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties {
            }

            class ListTablesResponse {
                constructor(p?: hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties);
                $unknowns?: Uint8Array[];
                tables: hbasecompat.nodeadmin.v1.TableEntry.$Properties[];
                static create(properties: hbasecompat.nodeadmin.v1.ListTablesResponse.$Shape): hbasecompat.nodeadmin.v1.ListTablesResponse & hbasecompat.nodeadmin.v1.ListTablesResponse.$Shape;
                static create(properties?: hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties): hbasecompat.nodeadmin.v1.ListTablesResponse;
                static encode(m: hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbasecompat.nodeadmin.v1.ListTablesResponse & hbasecompat.nodeadmin.v1.ListTablesResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbasecompat.nodeadmin.v1.ListTablesResponse & hbasecompat.nodeadmin.v1.ListTablesResponse.$Shape;
                static fromObject(d: { [k: string]: any }): hbasecompat.nodeadmin.v1.ListTablesResponse;
                static toObject(m: hbasecompat.nodeadmin.v1.ListTablesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ListTablesResponse {
                interface $Properties {
                    tables?: (hbasecompat.nodeadmin.v1.TableEntry.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties;
            }

            interface IDrainRequest extends hbasecompat.nodeadmin.v1.DrainRequest.$Properties {
            }

            class DrainRequest {
                constructor(p?: hbasecompat.nodeadmin.v1.DrainRequest.$Properties);
                $unknowns?: Uint8Array[];
                reason: string;
                static create(properties: hbasecompat.nodeadmin.v1.DrainRequest.$Shape): hbasecompat.nodeadmin.v1.DrainRequest & hbasecompat.nodeadmin.v1.DrainRequest.$Shape;
                static create(properties?: hbasecompat.nodeadmin.v1.DrainRequest.$Properties): hbasecompat.nodeadmin.v1.DrainRequest;
                static encode(m: hbasecompat.nodeadmin.v1.DrainRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbasecompat.nodeadmin.v1.DrainRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbasecompat.nodeadmin.v1.DrainRequest & hbasecompat.nodeadmin.v1.DrainRequest.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbasecompat.nodeadmin.v1.DrainRequest & hbasecompat.nodeadmin.v1.DrainRequest.$Shape;
                static fromObject(d: { [k: string]: any }): hbasecompat.nodeadmin.v1.DrainRequest;
                static toObject(m: hbasecompat.nodeadmin.v1.DrainRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DrainRequest {
                interface $Properties {
                    reason?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbasecompat.nodeadmin.v1.DrainRequest.$Properties;
            }

            interface IDrainResponse extends hbasecompat.nodeadmin.v1.DrainResponse.$Properties {
            }

            class DrainResponse {
                constructor(p?: hbasecompat.nodeadmin.v1.DrainResponse.$Properties);
                $unknowns?: Uint8Array[];
                accepted: boolean;
                serverName: string;
                state: string;
                static create(properties: hbasecompat.nodeadmin.v1.DrainResponse.$Shape): hbasecompat.nodeadmin.v1.DrainResponse & hbasecompat.nodeadmin.v1.DrainResponse.$Shape;
                static create(properties?: hbasecompat.nodeadmin.v1.DrainResponse.$Properties): hbasecompat.nodeadmin.v1.DrainResponse;
                static encode(m: hbasecompat.nodeadmin.v1.DrainResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbasecompat.nodeadmin.v1.DrainResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbasecompat.nodeadmin.v1.DrainResponse & hbasecompat.nodeadmin.v1.DrainResponse.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbasecompat.nodeadmin.v1.DrainResponse & hbasecompat.nodeadmin.v1.DrainResponse.$Shape;
                static fromObject(d: { [k: string]: any }): hbasecompat.nodeadmin.v1.DrainResponse;
                static toObject(m: hbasecompat.nodeadmin.v1.DrainResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DrainResponse {
                interface $Properties {
                    accepted?: (boolean|null);
                    serverName?: (string|null);
                    state?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbasecompat.nodeadmin.v1.DrainResponse.$Properties;
            }
        }
    }
}
