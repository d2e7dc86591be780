import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace fluss {

    interface IErrorResponse extends fluss.ErrorResponse.$Properties {
    }

    class ErrorResponse {
        constructor(p?: fluss.ErrorResponse.$Properties);
        $unknowns?: Uint8Array[];
        errorCode: number;
        errorMessage: string;
        static create(properties: fluss.ErrorResponse.$Shape): fluss.ErrorResponse & fluss.ErrorResponse.$Shape;
        static create(properties?: fluss.ErrorResponse.$Properties): fluss.ErrorResponse;
        static encode(m: fluss.ErrorResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.ErrorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.ErrorResponse & fluss.ErrorResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.ErrorResponse & fluss.ErrorResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.ErrorResponse;
        static toObject(m: fluss.ErrorResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ErrorResponse {
        interface $Properties {
            errorCode: number;
            errorMessage?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.ErrorResponse.$Properties;
    }

    interface IPbTablePath extends fluss.PbTablePath.$Properties {
    }

    class PbTablePath {
        constructor(p?: fluss.PbTablePath.$Properties);
        $unknowns?: Uint8Array[];
        databaseName: string;
        tableName: string;
        static create(properties: fluss.PbTablePath.$Shape): fluss.PbTablePath & fluss.PbTablePath.$Shape;
        static create(properties?: fluss.PbTablePath.$Properties): fluss.PbTablePath;
        static encode(m: fluss.PbTablePath.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbTablePath.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbTablePath & fluss.PbTablePath.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbTablePath & fluss.PbTablePath.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbTablePath;
        static toObject(m: fluss.PbTablePath, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbTablePath {
        interface $Properties {
            databaseName: string;
            tableName: string;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbTablePath.$Properties;
    }

    interface IPbPhysicalTablePath extends fluss.PbPhysicalTablePath.$Properties {
    }

    class PbPhysicalTablePath {
        constructor(p?: fluss.PbPhysicalTablePath.$Properties);
        $unknowns?: Uint8Array[];
        databaseName: string;
        tableName: string;
        partitionName: string;
        static create(properties: fluss.PbPhysicalTablePath.$Shape): fluss.PbPhysicalTablePath & fluss.PbPhysicalTablePath.$Shape;
        static create(properties?: fluss.PbPhysicalTablePath.$Properties): fluss.PbPhysicalTablePath;
        static encode(m: fluss.PbPhysicalTablePath.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbPhysicalTablePath.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbPhysicalTablePath & fluss.PbPhysicalTablePath.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbPhysicalTablePath & fluss.PbPhysicalTablePath.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbPhysicalTablePath;
        static toObject(m: fluss.PbPhysicalTablePath, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbPhysicalTablePath {
        interface $Properties {
            databaseName: string;
            tableName: string;
            partitionName?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbPhysicalTablePath.$Properties;
    }

    interface IApiVersionsRequest extends fluss.ApiVersionsRequest.$Properties {
    }

    class ApiVersionsRequest {
        constructor(p?: fluss.ApiVersionsRequest.$Properties);
        $unknowns?: Uint8Array[];
        clientSoftwareName: string;
        clientSoftwareVersion: string;
        static create(properties: fluss.ApiVersionsRequest.$Shape): fluss.ApiVersionsRequest & fluss.ApiVersionsRequest.$Shape;
        static create(properties?: fluss.ApiVersionsRequest.$Properties): fluss.ApiVersionsRequest;
        static encode(m: fluss.ApiVersionsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.ApiVersionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.ApiVersionsRequest & fluss.ApiVersionsRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.ApiVersionsRequest & fluss.ApiVersionsRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.ApiVersionsRequest;
        static toObject(m: fluss.ApiVersionsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ApiVersionsRequest {
        interface $Properties {
            clientSoftwareName: string;
            clientSoftwareVersion: string;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.ApiVersionsRequest.$Properties;
    }

    interface IPbApiVersion extends fluss.PbApiVersion.$Properties {
    }

    class PbApiVersion {
        constructor(p?: fluss.PbApiVersion.$Properties);
        $unknowns?: Uint8Array[];
        apiKey: number;
        minVersion: number;
        maxVersion: number;
        static create(properties: fluss.PbApiVersion.$Shape): fluss.PbApiVersion & fluss.PbApiVersion.$Shape;
        static create(properties?: fluss.PbApiVersion.$Properties): fluss.PbApiVersion;
        static encode(m: fluss.PbApiVersion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbApiVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbApiVersion & fluss.PbApiVersion.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbApiVersion & fluss.PbApiVersion.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbApiVersion;
        static toObject(m: fluss.PbApiVersion, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbApiVersion {
        interface $Properties {
            apiKey: number;
            minVersion: number;
            maxVersion: number;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbApiVersion.$Properties;
    }

    interface IApiVersionsResponse extends fluss.ApiVersionsResponse.$Properties {
    }

    class ApiVersionsResponse {
        constructor(p?: fluss.ApiVersionsResponse.$Properties);
        $unknowns?: Uint8Array[];
        apiVersions: fluss.PbApiVersion.$Properties[];
        serverType: number;
        static create(properties: fluss.ApiVersionsResponse.$Shape): fluss.ApiVersionsResponse & fluss.ApiVersionsResponse.$Shape;
        static create(properties?: fluss.ApiVersionsResponse.$Properties): fluss.ApiVersionsResponse;
        static encode(m: fluss.ApiVersionsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.ApiVersionsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.ApiVersionsResponse & fluss.ApiVersionsResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.ApiVersionsResponse & fluss.ApiVersionsResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.ApiVersionsResponse;
        static toObject(m: fluss.ApiVersionsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ApiVersionsResponse {
        interface $Properties {
            apiVersions?: (fluss.PbApiVersion.$Properties[]|null);
            serverType?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.ApiVersionsResponse.$Properties;
    }

    interface IAuthenticateRequest extends fluss.AuthenticateRequest.$Properties {
    }

    class AuthenticateRequest {
        constructor(p?: fluss.AuthenticateRequest.$Properties);
        $unknowns?: Uint8Array[];
        protocol: string;
        token: Uint8Array;
        static create(properties: fluss.AuthenticateRequest.$Shape): fluss.AuthenticateRequest & fluss.AuthenticateRequest.$Shape;
        static create(properties?: fluss.AuthenticateRequest.$Properties): fluss.AuthenticateRequest;
        static encode(m: fluss.AuthenticateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.AuthenticateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.AuthenticateRequest & fluss.AuthenticateRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.AuthenticateRequest & fluss.AuthenticateRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.AuthenticateRequest;
        static toObject(m: fluss.AuthenticateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AuthenticateRequest {
        interface $Properties {
            protocol: string;
            token: Uint8Array;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.AuthenticateRequest.$Properties;
    }

    interface IAuthenticateResponse extends fluss.AuthenticateResponse.$Properties {
    }

    class AuthenticateResponse {
        constructor(p?: fluss.AuthenticateResponse.$Properties);
        $unknowns?: Uint8Array[];
        challenge: Uint8Array;
        static create(properties: fluss.AuthenticateResponse.$Shape): fluss.AuthenticateResponse & fluss.AuthenticateResponse.$Shape;
        static create(properties?: fluss.AuthenticateResponse.$Properties): fluss.AuthenticateResponse;
        static encode(m: fluss.AuthenticateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.AuthenticateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.AuthenticateResponse & fluss.AuthenticateResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.AuthenticateResponse & fluss.AuthenticateResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.AuthenticateResponse;
        static toObject(m: fluss.AuthenticateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace AuthenticateResponse {
        interface $Properties {
            challenge?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.AuthenticateResponse.$Properties;
    }

    interface ICreateDatabaseRequest extends fluss.CreateDatabaseRequest.$Properties {
    }

    class CreateDatabaseRequest {
        constructor(p?: fluss.CreateDatabaseRequest.$Properties);
        $unknowns?: Uint8Array[];
        databaseName: string;
        ignoreIfExists: boolean;
        databaseJson: Uint8Array;
        static create(properties: fluss.CreateDatabaseRequest.$Shape): fluss.CreateDatabaseRequest & fluss.CreateDatabaseRequest.$Shape;
        static create(properties?: fluss.CreateDatabaseRequest.$Properties): fluss.CreateDatabaseRequest;
        static encode(m: fluss.CreateDatabaseRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.CreateDatabaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.CreateDatabaseRequest & fluss.CreateDatabaseRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.CreateDatabaseRequest & fluss.CreateDatabaseRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.CreateDatabaseRequest;
        static toObject(m: fluss.CreateDatabaseRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CreateDatabaseRequest {
        interface $Properties {
            databaseName: string;
            ignoreIfExists: boolean;
            databaseJson?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.CreateDatabaseRequest.$Properties;
    }

    interface ICreateDatabaseResponse extends fluss.CreateDatabaseResponse.$Properties {
    }

    class CreateDatabaseResponse {
        constructor(p?: fluss.CreateDatabaseResponse.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: fluss.CreateDatabaseResponse.$Shape): fluss.CreateDatabaseResponse & fluss.CreateDatabaseResponse.$Shape;
        static create(properties?: fluss.CreateDatabaseResponse.$Properties): fluss.CreateDatabaseResponse;
        static encode(m: fluss.CreateDatabaseResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.CreateDatabaseResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.CreateDatabaseResponse & fluss.CreateDatabaseResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.CreateDatabaseResponse & fluss.CreateDatabaseResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.CreateDatabaseResponse;
        static toObject(m: fluss.CreateDatabaseResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CreateDatabaseResponse {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.CreateDatabaseResponse.$Properties;
    }

    interface IDropDatabaseRequest extends fluss.DropDatabaseRequest.$Properties {
    }

    class DropDatabaseRequest {
        constructor(p?: fluss.DropDatabaseRequest.$Properties);
        $unknowns?: Uint8Array[];
        databaseName: string;
        ignoreIfNotExists: boolean;
        cascade: boolean;
        static create(properties: fluss.DropDatabaseRequest.$Shape): fluss.DropDatabaseRequest & fluss.DropDatabaseRequest.$Shape;
        static create(properties?: fluss.DropDatabaseRequest.$Properties): fluss.DropDatabaseRequest;
        static encode(m: fluss.DropDatabaseRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.DropDatabaseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.DropDatabaseRequest & fluss.DropDatabaseRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.DropDatabaseRequest & fluss.DropDatabaseRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.DropDatabaseRequest;
        static toObject(m: fluss.DropDatabaseRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DropDatabaseRequest {
        interface $Properties {
            databaseName: string;
            ignoreIfNotExists: boolean;
            cascade: boolean;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.DropDatabaseRequest.$Properties;
    }

    interface IDropDatabaseResponse extends fluss.DropDatabaseResponse.$Properties {
    }

    class DropDatabaseResponse {
        constructor(p?: fluss.DropDatabaseResponse.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: fluss.DropDatabaseResponse.$Shape): fluss.DropDatabaseResponse & fluss.DropDatabaseResponse.$Shape;
        static create(properties?: fluss.DropDatabaseResponse.$Properties): fluss.DropDatabaseResponse;
        static encode(m: fluss.DropDatabaseResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.DropDatabaseResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.DropDatabaseResponse & fluss.DropDatabaseResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.DropDatabaseResponse & fluss.DropDatabaseResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.DropDatabaseResponse;
        static toObject(m: fluss.DropDatabaseResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DropDatabaseResponse {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.DropDatabaseResponse.$Properties;
    }

    interface IPbDatabaseSummary extends fluss.PbDatabaseSummary.$Properties {
    }

    class PbDatabaseSummary {
        constructor(p?: fluss.PbDatabaseSummary.$Properties);
        $unknowns?: Uint8Array[];
        databaseName: string;
        createdTime: Long;
        tableCount: number;
        static create(properties: fluss.PbDatabaseSummary.$Shape): fluss.PbDatabaseSummary & fluss.PbDatabaseSummary.$Shape;
        static create(properties?: fluss.PbDatabaseSummary.$Properties): fluss.PbDatabaseSummary;
        static encode(m: fluss.PbDatabaseSummary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbDatabaseSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbDatabaseSummary & fluss.PbDatabaseSummary.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbDatabaseSummary & fluss.PbDatabaseSummary.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbDatabaseSummary;
        static toObject(m: fluss.PbDatabaseSummary, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbDatabaseSummary {
        interface $Properties {
            databaseName: string;
            createdTime: Long;
            tableCount: number;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbDatabaseSummary.$Properties;
    }

    interface IListDatabasesRequest extends fluss.ListDatabasesRequest.$Properties {
    }

    class ListDatabasesRequest {
        constructor(p?: fluss.ListDatabasesRequest.$Properties);
        $unknowns?: Uint8Array[];
        includeSummary: boolean;
        static create(properties: fluss.ListDatabasesRequest.$Shape): fluss.ListDatabasesRequest & fluss.ListDatabasesRequest.$Shape;
        static create(properties?: fluss.ListDatabasesRequest.$Properties): fluss.ListDatabasesRequest;
        static encode(m: fluss.ListDatabasesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.ListDatabasesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.ListDatabasesRequest & fluss.ListDatabasesRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.ListDatabasesRequest & fluss.ListDatabasesRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.ListDatabasesRequest;
        static toObject(m: fluss.ListDatabasesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ListDatabasesRequest {
        interface $Properties {
            includeSummary?: (boolean|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.ListDatabasesRequest.$Properties;
    }

    interface IListDatabasesResponse extends fluss.ListDatabasesResponse.$Properties {
    }

    class ListDatabasesResponse {
        constructor(p?: fluss.ListDatabasesResponse.$Properties);
        $unknowns?: Uint8Array[];
        databaseName: string[];
        databaseSummary: fluss.PbDatabaseSummary.$Properties[];
        static create(properties: fluss.ListDatabasesResponse.$Shape): fluss.ListDatabasesResponse & fluss.ListDatabasesResponse.$Shape;
        static create(properties?: fluss.ListDatabasesResponse.$Properties): fluss.ListDatabasesResponse;
        static encode(m: fluss.ListDatabasesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.ListDatabasesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.ListDatabasesResponse & fluss.ListDatabasesResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.ListDatabasesResponse & fluss.ListDatabasesResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.ListDatabasesResponse;
        static toObject(m: fluss.ListDatabasesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ListDatabasesResponse {
        interface $Properties {
            databaseName?: (string[]|null);
            databaseSummary?: (fluss.PbDatabaseSummary.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.ListDatabasesResponse.$Properties;
    }

    interface IDatabaseExistsRequest extends fluss.DatabaseExistsRequest.$Properties {
    }

    class DatabaseExistsRequest {
        constructor(p?: fluss.DatabaseExistsRequest.$Properties);
        $unknowns?: Uint8Array[];
        databaseName: string;
        static create(properties: fluss.DatabaseExistsRequest.$Shape): fluss.DatabaseExistsRequest & fluss.DatabaseExistsRequest.$Shape;
        static create(properties?: fluss.DatabaseExistsRequest.$Properties): fluss.DatabaseExistsRequest;
        static encode(m: fluss.DatabaseExistsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.DatabaseExistsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.DatabaseExistsRequest & fluss.DatabaseExistsRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.DatabaseExistsRequest & fluss.DatabaseExistsRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.DatabaseExistsRequest;
        static toObject(m: fluss.DatabaseExistsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DatabaseExistsRequest {
        interface $Properties {
            databaseName: string;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.DatabaseExistsRequest.$Properties;
    }

    interface IDatabaseExistsResponse extends fluss.DatabaseExistsResponse.$Properties {
    }

    class DatabaseExistsResponse {
        constructor(p?: fluss.DatabaseExistsResponse.$Properties);
        $unknowns?: Uint8Array[];
        exists: boolean;
        static create(properties: fluss.DatabaseExistsResponse.$Shape): fluss.DatabaseExistsResponse & fluss.DatabaseExistsResponse.$Shape;
        static create(properties?: fluss.DatabaseExistsResponse.$Properties): fluss.DatabaseExistsResponse;
        static encode(m: fluss.DatabaseExistsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.DatabaseExistsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.DatabaseExistsResponse & fluss.DatabaseExistsResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.DatabaseExistsResponse & fluss.DatabaseExistsResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.DatabaseExistsResponse;
        static toObject(m: fluss.DatabaseExistsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DatabaseExistsResponse {
        interface $Properties {
            exists: boolean;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.DatabaseExistsResponse.$Properties;
    }

    interface ICreateTableRequest extends fluss.CreateTableRequest.$Properties {
    }

    class CreateTableRequest {
        constructor(p?: fluss.CreateTableRequest.$Properties);
        $unknowns?: Uint8Array[];
        tablePath: fluss.PbTablePath.$Properties;
        tableJson: Uint8Array;
        ignoreIfExists: boolean;
        static create(properties: fluss.CreateTableRequest.$Shape): fluss.CreateTableRequest & fluss.CreateTableRequest.$Shape;
        static create(properties?: fluss.CreateTableRequest.$Properties): fluss.CreateTableRequest;
        static encode(m: fluss.CreateTableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.CreateTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.CreateTableRequest & fluss.CreateTableRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.CreateTableRequest & fluss.CreateTableRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.CreateTableRequest;
        static toObject(m: fluss.CreateTableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CreateTableRequest {
        interface $Properties {
            tablePath: fluss.PbTablePath.$Properties;
            tableJson: Uint8Array;
            ignoreIfExists: boolean;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.CreateTableRequest.$Properties;
    }

    interface ICreateTableResponse extends fluss.CreateTableResponse.$Properties {
    }

    class CreateTableResponse {
        constructor(p?: fluss.CreateTableResponse.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: fluss.CreateTableResponse.$Shape): fluss.CreateTableResponse & fluss.CreateTableResponse.$Shape;
        static create(properties?: fluss.CreateTableResponse.$Properties): fluss.CreateTableResponse;
        static encode(m: fluss.CreateTableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.CreateTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.CreateTableResponse & fluss.CreateTableResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.CreateTableResponse & fluss.CreateTableResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.CreateTableResponse;
        static toObject(m: fluss.CreateTableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace CreateTableResponse {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.CreateTableResponse.$Properties;
    }

    interface IDropTableRequest extends fluss.DropTableRequest.$Properties {
    }

    class DropTableRequest {
        constructor(p?: fluss.DropTableRequest.$Properties);
        $unknowns?: Uint8Array[];
        tablePath: fluss.PbTablePath.$Properties;
        ignoreIfNotExists: boolean;
        static create(properties: fluss.DropTableRequest.$Shape): fluss.DropTableRequest & fluss.DropTableRequest.$Shape;
        static create(properties?: fluss.DropTableRequest.$Properties): fluss.DropTableRequest;
        static encode(m: fluss.DropTableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.DropTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.DropTableRequest & fluss.DropTableRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.DropTableRequest & fluss.DropTableRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.DropTableRequest;
        static toObject(m: fluss.DropTableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DropTableRequest {
        interface $Properties {
            tablePath: fluss.PbTablePath.$Properties;
            ignoreIfNotExists: boolean;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.DropTableRequest.$Properties;
    }

    interface IDropTableResponse extends fluss.DropTableResponse.$Properties {
    }

    class DropTableResponse {
        constructor(p?: fluss.DropTableResponse.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: fluss.DropTableResponse.$Shape): fluss.DropTableResponse & fluss.DropTableResponse.$Shape;
        static create(properties?: fluss.DropTableResponse.$Properties): fluss.DropTableResponse;
        static encode(m: fluss.DropTableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.DropTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.DropTableResponse & fluss.DropTableResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.DropTableResponse & fluss.DropTableResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.DropTableResponse;
        static toObject(m: fluss.DropTableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace DropTableResponse {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.DropTableResponse.$Properties;
    }

    interface IGetTableInfoRequest extends fluss.GetTableInfoRequest.$Properties {
    }

    class GetTableInfoRequest {
        constructor(p?: fluss.GetTableInfoRequest.$Properties);
        $unknowns?: Uint8Array[];
        tablePath: fluss.PbTablePath.$Properties;
        static create(properties: fluss.GetTableInfoRequest.$Shape): fluss.GetTableInfoRequest & fluss.GetTableInfoRequest.$Shape;
        static create(properties?: fluss.GetTableInfoRequest.$Properties): fluss.GetTableInfoRequest;
        static encode(m: fluss.GetTableInfoRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.GetTableInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.GetTableInfoRequest & fluss.GetTableInfoRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.GetTableInfoRequest & fluss.GetTableInfoRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.GetTableInfoRequest;
        static toObject(m: fluss.GetTableInfoRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetTableInfoRequest {
        interface $Properties {
            tablePath: fluss.PbTablePath.$Properties;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.GetTableInfoRequest.$Properties;
    }

    interface IGetTableInfoResponse extends fluss.GetTableInfoResponse.$Properties {
    }

    class GetTableInfoResponse {
        constructor(p?: fluss.GetTableInfoResponse.$Properties);
        $unknowns?: Uint8Array[];
        tableId: Long;
        schemaId: number;
        tableJson: Uint8Array;
        createdTime: Long;
        modifiedTime: Long;
        static create(properties: fluss.GetTableInfoResponse.$Shape): fluss.GetTableInfoResponse & fluss.GetTableInfoResponse.$Shape;
        static create(properties?: fluss.GetTableInfoResponse.$Properties): fluss.GetTableInfoResponse;
        static encode(m: fluss.GetTableInfoResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.GetTableInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.GetTableInfoResponse & fluss.GetTableInfoResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.GetTableInfoResponse & fluss.GetTableInfoResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.GetTableInfoResponse;
        static toObject(m: fluss.GetTableInfoResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace GetTableInfoResponse {
        interface $Properties {
            tableId: Long;
            schemaId: number;
            tableJson: Uint8Array;
            createdTime: Long;
            modifiedTime: Long;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.GetTableInfoResponse.$Properties;
    }

    interface IListTablesRequest extends fluss.ListTablesRequest.$Properties {
    }

    class ListTablesRequest {
        constructor(p?: fluss.ListTablesRequest.$Properties);
        $unknowns?: Uint8Array[];
        databaseName: string;
        static create(properties: fluss.ListTablesRequest.$Shape): fluss.ListTablesRequest & fluss.ListTablesRequest.$Shape;
        static create(properties?: fluss.ListTablesRequest.$Properties): fluss.ListTablesRequest;
        static encode(m: fluss.ListTablesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.ListTablesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.ListTablesRequest & fluss.ListTablesRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.ListTablesRequest & fluss.ListTablesRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.ListTablesRequest;
        static toObject(m: fluss.ListTablesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ListTablesRequest {
        interface $Properties {
            databaseName: string;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.ListTablesRequest.$Properties;
    }

    interface IListTablesResponse extends fluss.ListTablesResponse.$Properties {
    }

    class ListTablesResponse {
        constructor(p?: fluss.ListTablesResponse.$Properties);
        $unknowns?: Uint8Array[];
        tableName: string[];
        static create(properties: fluss.ListTablesResponse.$Shape): fluss.ListTablesResponse & fluss.ListTablesResponse.$Shape;
        static create(properties?: fluss.ListTablesResponse.$Properties): fluss.ListTablesResponse;
        static encode(m: fluss.ListTablesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.ListTablesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.ListTablesResponse & fluss.ListTablesResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.ListTablesResponse & fluss.ListTablesResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.ListTablesResponse;
        static toObject(m: fluss.ListTablesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ListTablesResponse {
        interface $Properties {
            tableName?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.ListTablesResponse.$Properties;
    }

    interface ITableExistsRequest extends fluss.TableExistsRequest.$Properties {
    }

    class TableExistsRequest {
        constructor(p?: fluss.TableExistsRequest.$Properties);
        $unknowns?: Uint8Array[];
        tablePath: fluss.PbTablePath.$Properties;
        static create(properties: fluss.TableExistsRequest.$Shape): fluss.TableExistsRequest & fluss.TableExistsRequest.$Shape;
        static create(properties?: fluss.TableExistsRequest.$Properties): fluss.TableExistsRequest;
        static encode(m: fluss.TableExistsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.TableExistsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.TableExistsRequest & fluss.TableExistsRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.TableExistsRequest & fluss.TableExistsRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.TableExistsRequest;
        static toObject(m: fluss.TableExistsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TableExistsRequest {
        interface $Properties {
            tablePath: fluss.PbTablePath.$Properties;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.TableExistsRequest.$Properties;
    }

    interface ITableExistsResponse extends fluss.TableExistsResponse.$Properties {
    }

    class TableExistsResponse {
        constructor(p?: fluss.TableExistsResponse.$Properties);
        $unknowns?: Uint8Array[];
        exists: boolean;
        static create(properties: fluss.TableExistsResponse.$Shape): fluss.TableExistsResponse & fluss.TableExistsResponse.$Shape;
        static create(properties?: fluss.TableExistsResponse.$Properties): fluss.TableExistsResponse;
        static encode(m: fluss.TableExistsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.TableExistsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.TableExistsResponse & fluss.TableExistsResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.TableExistsResponse & fluss.TableExistsResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.TableExistsResponse;
        static toObject(m: fluss.TableExistsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace TableExistsResponse {
        interface $Properties {
            exists: boolean;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.TableExistsResponse.$Properties;
    }

    interface IMetadataRequest extends fluss.MetadataRequest.$Properties {
    }

    class MetadataRequest {
        constructor(p?: fluss.MetadataRequest.$Properties);
        $unknowns?: Uint8Array[];
        tablePath: fluss.PbTablePath.$Properties[];
        partitionsPath: fluss.PbPhysicalTablePath.$Properties[];
        partitionsId: Long[];
        static create(properties: fluss.MetadataRequest.$Shape): fluss.MetadataRequest & fluss.MetadataRequest.$Shape;
        static create(properties?: fluss.MetadataRequest.$Properties): fluss.MetadataRequest;
        static encode(m: fluss.MetadataRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.MetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.MetadataRequest & fluss.MetadataRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.MetadataRequest & fluss.MetadataRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.MetadataRequest;
        static toObject(m: fluss.MetadataRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetadataRequest {
        interface $Properties {
            tablePath?: (fluss.PbTablePath.$Properties[]|null);
            partitionsPath?: (fluss.PbPhysicalTablePath.$Properties[]|null);
            partitionsId?: (Long[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.MetadataRequest.$Properties;
    }

    interface IPbServerNode extends fluss.PbServerNode.$Properties {
    }

    class PbServerNode {
        constructor(p?: fluss.PbServerNode.$Properties);
        $unknowns?: Uint8Array[];
        nodeId: number;
        host: string;
        port: number;
        listeners: string;
        rack: string;
        static create(properties: fluss.PbServerNode.$Shape): fluss.PbServerNode & fluss.PbServerNode.$Shape;
        static create(properties?: fluss.PbServerNode.$Properties): fluss.PbServerNode;
        static encode(m: fluss.PbServerNode.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbServerNode.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbServerNode & fluss.PbServerNode.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbServerNode & fluss.PbServerNode.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbServerNode;
        static toObject(m: fluss.PbServerNode, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbServerNode {
        interface $Properties {
            nodeId: number;
            host: string;
            port: number;
            listeners?: (string|null);
            rack?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbServerNode.$Properties;
    }

    interface IPbBucketMetadata extends fluss.PbBucketMetadata.$Properties {
    }

    class PbBucketMetadata {
        constructor(p?: fluss.PbBucketMetadata.$Properties);
        $unknowns?: Uint8Array[];
        bucketId: number;
        leaderId: number;
        replicaId: number[];
        leaderEpoch: number;
        static create(properties: fluss.PbBucketMetadata.$Shape): fluss.PbBucketMetadata & fluss.PbBucketMetadata.$Shape;
        static create(properties?: fluss.PbBucketMetadata.$Properties): fluss.PbBucketMetadata;
        static encode(m: fluss.PbBucketMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbBucketMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbBucketMetadata & fluss.PbBucketMetadata.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbBucketMetadata & fluss.PbBucketMetadata.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbBucketMetadata;
        static toObject(m: fluss.PbBucketMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbBucketMetadata {
        interface $Properties {
            bucketId: number;
            leaderId?: (number|null);
            replicaId?: (number[]|null);
            leaderEpoch?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbBucketMetadata.$Properties;
    }

    interface IPbTableMetadata extends fluss.PbTableMetadata.$Properties {
    }

    class PbTableMetadata {
        constructor(p?: fluss.PbTableMetadata.$Properties);
        $unknowns?: Uint8Array[];
        tablePath: fluss.PbTablePath.$Properties;
        tableId: Long;
        schemaId: number;
        tableJson: Uint8Array;
        bucketMetadata: fluss.PbBucketMetadata.$Properties[];
        createdTime: Long;
        modifiedTime: Long;
        static create(properties: fluss.PbTableMetadata.$Shape): fluss.PbTableMetadata & fluss.PbTableMetadata.$Shape;
        static create(properties?: fluss.PbTableMetadata.$Properties): fluss.PbTableMetadata;
        static encode(m: fluss.PbTableMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbTableMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbTableMetadata & fluss.PbTableMetadata.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbTableMetadata & fluss.PbTableMetadata.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbTableMetadata;
        static toObject(m: fluss.PbTableMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbTableMetadata {
        interface $Properties {
            tablePath: fluss.PbTablePath.$Properties;
            tableId: Long;
            schemaId: number;
            tableJson: Uint8Array;
            bucketMetadata?: (fluss.PbBucketMetadata.$Properties[]|null);
            createdTime: Long;
            modifiedTime: Long;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbTableMetadata.$Properties;
    }

    interface IPbPartitionMetadata extends fluss.PbPartitionMetadata.$Properties {
    }

    class PbPartitionMetadata {
        constructor(p?: fluss.PbPartitionMetadata.$Properties);
        $unknowns?: Uint8Array[];
        tableId: Long;
        partitionName: string;
        partitionId: Long;
        bucketMetadata: fluss.PbBucketMetadata.$Properties[];
        static create(properties: fluss.PbPartitionMetadata.$Shape): fluss.PbPartitionMetadata & fluss.PbPartitionMetadata.$Shape;
        static create(properties?: fluss.PbPartitionMetadata.$Properties): fluss.PbPartitionMetadata;
        static encode(m: fluss.PbPartitionMetadata.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbPartitionMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbPartitionMetadata & fluss.PbPartitionMetadata.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbPartitionMetadata & fluss.PbPartitionMetadata.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbPartitionMetadata;
        static toObject(m: fluss.PbPartitionMetadata, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbPartitionMetadata {
        interface $Properties {
            tableId: Long;
            partitionName: string;
            partitionId: Long;
            bucketMetadata?: (fluss.PbBucketMetadata.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbPartitionMetadata.$Properties;
    }

    interface IMetadataResponse extends fluss.MetadataResponse.$Properties {
    }

    class MetadataResponse {
        constructor(p?: fluss.MetadataResponse.$Properties);
        $unknowns?: Uint8Array[];
        coordinatorServer?: (fluss.PbServerNode.$Properties|null);
        tabletServers: fluss.PbServerNode.$Properties[];
        tableMetadata: fluss.PbTableMetadata.$Properties[];
        partitionMetadata: fluss.PbPartitionMetadata.$Properties[];
        static create(properties: fluss.MetadataResponse.$Shape): fluss.MetadataResponse & fluss.MetadataResponse.$Shape;
        static create(properties?: fluss.MetadataResponse.$Properties): fluss.MetadataResponse;
        static encode(m: fluss.MetadataResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.MetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.MetadataResponse & fluss.MetadataResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.MetadataResponse & fluss.MetadataResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.MetadataResponse;
        static toObject(m: fluss.MetadataResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetadataResponse {
        interface $Properties {
            coordinatorServer?: (fluss.PbServerNode.$Properties|null);
            tabletServers?: (fluss.PbServerNode.$Properties[]|null);
            tableMetadata?: (fluss.PbTableMetadata.$Properties[]|null);
            partitionMetadata?: (fluss.PbPartitionMetadata.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.MetadataResponse.$Properties;
    }

    interface IInitWriterRequest extends fluss.InitWriterRequest.$Properties {
    }

    class InitWriterRequest {
        constructor(p?: fluss.InitWriterRequest.$Properties);
        $unknowns?: Uint8Array[];
        tablePath: fluss.PbTablePath.$Properties[];
        static create(properties: fluss.InitWriterRequest.$Shape): fluss.InitWriterRequest & fluss.InitWriterRequest.$Shape;
        static create(properties?: fluss.InitWriterRequest.$Properties): fluss.InitWriterRequest;
        static encode(m: fluss.InitWriterRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.InitWriterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.InitWriterRequest & fluss.InitWriterRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.InitWriterRequest & fluss.InitWriterRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.InitWriterRequest;
        static toObject(m: fluss.InitWriterRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace InitWriterRequest {
        interface $Properties {
            tablePath?: (fluss.PbTablePath.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.InitWriterRequest.$Properties;
    }

    interface IInitWriterResponse extends fluss.InitWriterResponse.$Properties {
    }

    class InitWriterResponse {
        constructor(p?: fluss.InitWriterResponse.$Properties);
        $unknowns?: Uint8Array[];
        writerId: Long;
        static create(properties: fluss.InitWriterResponse.$Shape): fluss.InitWriterResponse & fluss.InitWriterResponse.$Shape;
        static create(properties?: fluss.InitWriterResponse.$Properties): fluss.InitWriterResponse;
        static encode(m: fluss.InitWriterResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.InitWriterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.InitWriterResponse & fluss.InitWriterResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.InitWriterResponse & fluss.InitWriterResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.InitWriterResponse;
        static toObject(m: fluss.InitWriterResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace InitWriterResponse {
        interface $Properties {
            writerId: Long;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.InitWriterResponse.$Properties;
    }

    interface IPbPutKvReqForBucket extends fluss.PbPutKvReqForBucket.$Properties {
    }

    class PbPutKvReqForBucket {
        constructor(p?: fluss.PbPutKvReqForBucket.$Properties);
        $unknowns?: Uint8Array[];
        partitionId: Long;
        bucketId: number;
        records: Uint8Array;
        static create(properties: fluss.PbPutKvReqForBucket.$Shape): fluss.PbPutKvReqForBucket & fluss.PbPutKvReqForBucket.$Shape;
        static create(properties?: fluss.PbPutKvReqForBucket.$Properties): fluss.PbPutKvReqForBucket;
        static encode(m: fluss.PbPutKvReqForBucket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbPutKvReqForBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbPutKvReqForBucket & fluss.PbPutKvReqForBucket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbPutKvReqForBucket & fluss.PbPutKvReqForBucket.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbPutKvReqForBucket;
        static toObject(m: fluss.PbPutKvReqForBucket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbPutKvReqForBucket {
        interface $Properties {
            partitionId?: (Long|null);
            bucketId: number;
            records: Uint8Array;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbPutKvReqForBucket.$Properties;
    }

    interface IPutKvRequest extends fluss.PutKvRequest.$Properties {
    }

    class PutKvRequest {
        constructor(p?: fluss.PutKvRequest.$Properties);
        $unknowns?: Uint8Array[];
        acks: number;
        tableId: Long;
        timeoutMs: number;
        targetColumns: number[];
        bucketsReq: fluss.PbPutKvReqForBucket.$Properties[];
        aggMode: number;
        static create(properties: fluss.PutKvRequest.$Shape): fluss.PutKvRequest & fluss.PutKvRequest.$Shape;
        static create(properties?: fluss.PutKvRequest.$Properties): fluss.PutKvRequest;
        static encode(m: fluss.PutKvRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PutKvRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PutKvRequest & fluss.PutKvRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PutKvRequest & fluss.PutKvRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PutKvRequest;
        static toObject(m: fluss.PutKvRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PutKvRequest {
        interface $Properties {
            acks: number;
            tableId: Long;
            timeoutMs: number;
            targetColumns?: (number[]|null);
            bucketsReq?: (fluss.PbPutKvReqForBucket.$Properties[]|null);
            aggMode?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PutKvRequest.$Properties;
    }

    interface IPbPutKvRespForBucket extends fluss.PbPutKvRespForBucket.$Properties {
    }

    class PbPutKvRespForBucket {
        constructor(p?: fluss.PbPutKvRespForBucket.$Properties);
        $unknowns?: Uint8Array[];
        partitionId: Long;
        bucketId: number;
        errorCode: number;
        errorMessage: string;
        logEndOffset: Long;
        static create(properties: fluss.PbPutKvRespForBucket.$Shape): fluss.PbPutKvRespForBucket & fluss.PbPutKvRespForBucket.$Shape;
        static create(properties?: fluss.PbPutKvRespForBucket.$Properties): fluss.PbPutKvRespForBucket;
        static encode(m: fluss.PbPutKvRespForBucket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbPutKvRespForBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbPutKvRespForBucket & fluss.PbPutKvRespForBucket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbPutKvRespForBucket & fluss.PbPutKvRespForBucket.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbPutKvRespForBucket;
        static toObject(m: fluss.PbPutKvRespForBucket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbPutKvRespForBucket {
        interface $Properties {
            partitionId?: (Long|null);
            bucketId: number;
            errorCode?: (number|null);
            errorMessage?: (string|null);
            logEndOffset?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbPutKvRespForBucket.$Properties;
    }

    interface IPutKvResponse extends fluss.PutKvResponse.$Properties {
    }

    class PutKvResponse {
        constructor(p?: fluss.PutKvResponse.$Properties);
        $unknowns?: Uint8Array[];
        bucketsResp: fluss.PbPutKvRespForBucket.$Properties[];
        static create(properties: fluss.PutKvResponse.$Shape): fluss.PutKvResponse & fluss.PutKvResponse.$Shape;
        static create(properties?: fluss.PutKvResponse.$Properties): fluss.PutKvResponse;
        static encode(m: fluss.PutKvResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PutKvResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PutKvResponse & fluss.PutKvResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PutKvResponse & fluss.PutKvResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PutKvResponse;
        static toObject(m: fluss.PutKvResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PutKvResponse {
        interface $Properties {
            bucketsResp?: (fluss.PbPutKvRespForBucket.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PutKvResponse.$Properties;
    }

    interface IPbLookupReqForBucket extends fluss.PbLookupReqForBucket.$Properties {
    }

    class PbLookupReqForBucket {
        constructor(p?: fluss.PbLookupReqForBucket.$Properties);
        $unknowns?: Uint8Array[];
        partitionId: Long;
        bucketId: number;
        keys: Uint8Array[];
        static create(properties: fluss.PbLookupReqForBucket.$Shape): fluss.PbLookupReqForBucket & fluss.PbLookupReqForBucket.$Shape;
        static create(properties?: fluss.PbLookupReqForBucket.$Properties): fluss.PbLookupReqForBucket;
        static encode(m: fluss.PbLookupReqForBucket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbLookupReqForBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbLookupReqForBucket & fluss.PbLookupReqForBucket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbLookupReqForBucket & fluss.PbLookupReqForBucket.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbLookupReqForBucket;
        static toObject(m: fluss.PbLookupReqForBucket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbLookupReqForBucket {
        interface $Properties {
            partitionId?: (Long|null);
            bucketId: number;
            keys?: (Uint8Array[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbLookupReqForBucket.$Properties;
    }

    interface ILookupRequest extends fluss.LookupRequest.$Properties {
    }

    class LookupRequest {
        constructor(p?: fluss.LookupRequest.$Properties);
        $unknowns?: Uint8Array[];
        tableId: Long;
        bucketsReq: fluss.PbLookupReqForBucket.$Properties[];
        insertIfNotExists: boolean;
        acks: number;
        timeoutMs: number;
        static create(properties: fluss.LookupRequest.$Shape): fluss.LookupRequest & fluss.LookupRequest.$Shape;
        static create(properties?: fluss.LookupRequest.$Properties): fluss.LookupRequest;
        static encode(m: fluss.LookupRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.LookupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.LookupRequest & fluss.LookupRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.LookupRequest & fluss.LookupRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.LookupRequest;
        static toObject(m: fluss.LookupRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LookupRequest {
        interface $Properties {
            tableId: Long;
            bucketsReq?: (fluss.PbLookupReqForBucket.$Properties[]|null);
            insertIfNotExists?: (boolean|null);
            acks?: (number|null);
            timeoutMs?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.LookupRequest.$Properties;
    }

    interface IPbValue extends fluss.PbValue.$Properties {
    }

    class PbValue {
        constructor(p?: fluss.PbValue.$Properties);
        $unknowns?: Uint8Array[];
        values: Uint8Array;
        static create(properties: fluss.PbValue.$Shape): fluss.PbValue & fluss.PbValue.$Shape;
        static create(properties?: fluss.PbValue.$Properties): fluss.PbValue;
        static encode(m: fluss.PbValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbValue & fluss.PbValue.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbValue & fluss.PbValue.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbValue;
        static toObject(m: fluss.PbValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbValue {
        interface $Properties {
            values?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbValue.$Properties;
    }

    interface IPbLookupRespForBucket extends fluss.PbLookupRespForBucket.$Properties {
    }

    class PbLookupRespForBucket {
        constructor(p?: fluss.PbLookupRespForBucket.$Properties);
        $unknowns?: Uint8Array[];
        partitionId: Long;
        bucketId: number;
        errorCode: number;
        errorMessage: string;
        values: fluss.PbValue.$Properties[];
        static create(properties: fluss.PbLookupRespForBucket.$Shape): fluss.PbLookupRespForBucket & fluss.PbLookupRespForBucket.$Shape;
        static create(properties?: fluss.PbLookupRespForBucket.$Properties): fluss.PbLookupRespForBucket;
        static encode(m: fluss.PbLookupRespForBucket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbLookupRespForBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbLookupRespForBucket & fluss.PbLookupRespForBucket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbLookupRespForBucket & fluss.PbLookupRespForBucket.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbLookupRespForBucket;
        static toObject(m: fluss.PbLookupRespForBucket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbLookupRespForBucket {
        interface $Properties {
            partitionId?: (Long|null);
            bucketId: number;
            errorCode?: (number|null);
            errorMessage?: (string|null);
            values?: (fluss.PbValue.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbLookupRespForBucket.$Properties;
    }

    interface ILookupResponse extends fluss.LookupResponse.$Properties {
    }

    class LookupResponse {
        constructor(p?: fluss.LookupResponse.$Properties);
        $unknowns?: Uint8Array[];
        bucketsResp: fluss.PbLookupRespForBucket.$Properties[];
        static create(properties: fluss.LookupResponse.$Shape): fluss.LookupResponse & fluss.LookupResponse.$Shape;
        static create(properties?: fluss.LookupResponse.$Properties): fluss.LookupResponse;
        static encode(m: fluss.LookupResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.LookupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.LookupResponse & fluss.LookupResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.LookupResponse & fluss.LookupResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.LookupResponse;
        static toObject(m: fluss.LookupResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LookupResponse {
        interface $Properties {
            bucketsResp?: (fluss.PbLookupRespForBucket.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.LookupResponse.$Properties;
    }

    interface IPbPrefixLookupReqForBucket extends fluss.PbPrefixLookupReqForBucket.$Properties {
    }

    class PbPrefixLookupReqForBucket {
        constructor(p?: fluss.PbPrefixLookupReqForBucket.$Properties);
        $unknowns?: Uint8Array[];
        partitionId: Long;
        bucketId: number;
        keys: Uint8Array[];
        static create(properties: fluss.PbPrefixLookupReqForBucket.$Shape): fluss.PbPrefixLookupReqForBucket & fluss.PbPrefixLookupReqForBucket.$Shape;
        static create(properties?: fluss.PbPrefixLookupReqForBucket.$Properties): fluss.PbPrefixLookupReqForBucket;
        static encode(m: fluss.PbPrefixLookupReqForBucket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbPrefixLookupReqForBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbPrefixLookupReqForBucket & fluss.PbPrefixLookupReqForBucket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbPrefixLookupReqForBucket & fluss.PbPrefixLookupReqForBucket.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbPrefixLookupReqForBucket;
        static toObject(m: fluss.PbPrefixLookupReqForBucket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbPrefixLookupReqForBucket {
        interface $Properties {
            partitionId?: (Long|null);
            bucketId: number;
            keys?: (Uint8Array[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbPrefixLookupReqForBucket.$Properties;
    }

    interface IPrefixLookupRequest extends fluss.PrefixLookupRequest.$Properties {
    }

    class PrefixLookupRequest {
        constructor(p?: fluss.PrefixLookupRequest.$Properties);
        $unknowns?: Uint8Array[];
        tableId: Long;
        bucketsReq: fluss.PbPrefixLookupReqForBucket.$Properties[];
        static create(properties: fluss.PrefixLookupRequest.$Shape): fluss.PrefixLookupRequest & fluss.PrefixLookupRequest.$Shape;
        static create(properties?: fluss.PrefixLookupRequest.$Properties): fluss.PrefixLookupRequest;
        static encode(m: fluss.PrefixLookupRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PrefixLookupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PrefixLookupRequest & fluss.PrefixLookupRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PrefixLookupRequest & fluss.PrefixLookupRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PrefixLookupRequest;
        static toObject(m: fluss.PrefixLookupRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PrefixLookupRequest {
        interface $Properties {
            tableId: Long;
            bucketsReq?: (fluss.PbPrefixLookupReqForBucket.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PrefixLookupRequest.$Properties;
    }

    interface IPbValueList extends fluss.PbValueList.$Properties {
    }

    class PbValueList {
        constructor(p?: fluss.PbValueList.$Properties);
        $unknowns?: Uint8Array[];
        values: Uint8Array[];
        static create(properties: fluss.PbValueList.$Shape): fluss.PbValueList & fluss.PbValueList.$Shape;
        static create(properties?: fluss.PbValueList.$Properties): fluss.PbValueList;
        static encode(m: fluss.PbValueList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbValueList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbValueList & fluss.PbValueList.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbValueList & fluss.PbValueList.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbValueList;
        static toObject(m: fluss.PbValueList, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbValueList {
        interface $Properties {
            values?: (Uint8Array[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbValueList.$Properties;
    }

    interface IPbPrefixLookupRespForBucket extends fluss.PbPrefixLookupRespForBucket.$Properties {
    }

    class PbPrefixLookupRespForBucket {
        constructor(p?: fluss.PbPrefixLookupRespForBucket.$Properties);
        $unknowns?: Uint8Array[];
        partitionId: Long;
        bucketId: number;
        errorCode: number;
        errorMessage: string;
        valueLists: fluss.PbValueList.$Properties[];
        static create(properties: fluss.PbPrefixLookupRespForBucket.$Shape): fluss.PbPrefixLookupRespForBucket & fluss.PbPrefixLookupRespForBucket.$Shape;
        static create(properties?: fluss.PbPrefixLookupRespForBucket.$Properties): fluss.PbPrefixLookupRespForBucket;
        static encode(m: fluss.PbPrefixLookupRespForBucket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbPrefixLookupRespForBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbPrefixLookupRespForBucket & fluss.PbPrefixLookupRespForBucket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbPrefixLookupRespForBucket & fluss.PbPrefixLookupRespForBucket.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbPrefixLookupRespForBucket;
        static toObject(m: fluss.PbPrefixLookupRespForBucket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbPrefixLookupRespForBucket {
        interface $Properties {
            partitionId?: (Long|null);
            bucketId: number;
            errorCode?: (number|null);
            errorMessage?: (string|null);
            valueLists?: (fluss.PbValueList.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbPrefixLookupRespForBucket.$Properties;
    }

    interface IPrefixLookupResponse extends fluss.PrefixLookupResponse.$Properties {
    }

    class PrefixLookupResponse {
        constructor(p?: fluss.PrefixLookupResponse.$Properties);
        $unknowns?: Uint8Array[];
        bucketsResp: fluss.PbPrefixLookupRespForBucket.$Properties[];
        static create(properties: fluss.PrefixLookupResponse.$Shape): fluss.PrefixLookupResponse & fluss.PrefixLookupResponse.$Shape;
        static create(properties?: fluss.PrefixLookupResponse.$Properties): fluss.PrefixLookupResponse;
        static encode(m: fluss.PrefixLookupResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PrefixLookupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PrefixLookupResponse & fluss.PrefixLookupResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PrefixLookupResponse & fluss.PrefixLookupResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PrefixLookupResponse;
        static toObject(m: fluss.PrefixLookupResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PrefixLookupResponse {
        interface $Properties {
            bucketsResp?: (fluss.PbPrefixLookupRespForBucket.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PrefixLookupResponse.$Properties;
    }

    interface ILimitScanRequest extends fluss.LimitScanRequest.$Properties {
    }

    class LimitScanRequest {
        constructor(p?: fluss.LimitScanRequest.$Properties);
        $unknowns?: Uint8Array[];
        tableId: Long;
        partitionId: Long;
        bucketId: number;
        limit: number;
        static create(properties: fluss.LimitScanRequest.$Shape): fluss.LimitScanRequest & fluss.LimitScanRequest.$Shape;
        static create(properties?: fluss.LimitScanRequest.$Properties): fluss.LimitScanRequest;
        static encode(m: fluss.LimitScanRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.LimitScanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.LimitScanRequest & fluss.LimitScanRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.LimitScanRequest & fluss.LimitScanRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.LimitScanRequest;
        static toObject(m: fluss.LimitScanRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LimitScanRequest {
        interface $Properties {
            tableId: Long;
            partitionId?: (Long|null);
            bucketId: number;
            limit: number;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.LimitScanRequest.$Properties;
    }

    interface ILimitScanResponse extends fluss.LimitScanResponse.$Properties {
    }

    class LimitScanResponse {
        constructor(p?: fluss.LimitScanResponse.$Properties);
        $unknowns?: Uint8Array[];
        errorCode: number;
        errorMessage: string;
        isLogTable: boolean;
        records: Uint8Array;
        static create(properties: fluss.LimitScanResponse.$Shape): fluss.LimitScanResponse & fluss.LimitScanResponse.$Shape;
        static create(properties?: fluss.LimitScanResponse.$Properties): fluss.LimitScanResponse;
        static encode(m: fluss.LimitScanResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.LimitScanResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.LimitScanResponse & fluss.LimitScanResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.LimitScanResponse & fluss.LimitScanResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.LimitScanResponse;
        static toObject(m: fluss.LimitScanResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace LimitScanResponse {
        interface $Properties {
            errorCode?: (number|null);
            errorMessage?: (string|null);
            isLogTable?: (boolean|null);
            records?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.LimitScanResponse.$Properties;
    }

    interface IListOffsetsRequest extends fluss.ListOffsetsRequest.$Properties {
    }

    class ListOffsetsRequest {
        constructor(p?: fluss.ListOffsetsRequest.$Properties);
        $unknowns?: Uint8Array[];
        followerServerId: number;
        offsetType: number;
        tableId: Long;
        partitionId: Long;
        bucketId: number[];
        startTimestamp: Long;
        static create(properties: fluss.ListOffsetsRequest.$Shape): fluss.ListOffsetsRequest & fluss.ListOffsetsRequest.$Shape;
        static create(properties?: fluss.ListOffsetsRequest.$Properties): fluss.ListOffsetsRequest;
        static encode(m: fluss.ListOffsetsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.ListOffsetsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.ListOffsetsRequest & fluss.ListOffsetsRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.ListOffsetsRequest & fluss.ListOffsetsRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.ListOffsetsRequest;
        static toObject(m: fluss.ListOffsetsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ListOffsetsRequest {
        interface $Properties {
            followerServerId: number;
            offsetType: number;
            tableId: Long;
            partitionId?: (Long|null);
            bucketId?: (number[]|null);
            startTimestamp?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.ListOffsetsRequest.$Properties;
    }

    interface IPbListOffsetsRespForBucket extends fluss.PbListOffsetsRespForBucket.$Properties {
    }

    class PbListOffsetsRespForBucket {
        constructor(p?: fluss.PbListOffsetsRespForBucket.$Properties);
        $unknowns?: Uint8Array[];
        bucketId: number;
        errorCode: number;
        errorMessage: string;
        offset: Long;
        static create(properties: fluss.PbListOffsetsRespForBucket.$Shape): fluss.PbListOffsetsRespForBucket & fluss.PbListOffsetsRespForBucket.$Shape;
        static create(properties?: fluss.PbListOffsetsRespForBucket.$Properties): fluss.PbListOffsetsRespForBucket;
        static encode(m: fluss.PbListOffsetsRespForBucket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbListOffsetsRespForBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbListOffsetsRespForBucket & fluss.PbListOffsetsRespForBucket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbListOffsetsRespForBucket & fluss.PbListOffsetsRespForBucket.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbListOffsetsRespForBucket;
        static toObject(m: fluss.PbListOffsetsRespForBucket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbListOffsetsRespForBucket {
        interface $Properties {
            bucketId: number;
            errorCode?: (number|null);
            errorMessage?: (string|null);
            offset?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbListOffsetsRespForBucket.$Properties;
    }

    interface IListOffsetsResponse extends fluss.ListOffsetsResponse.$Properties {
    }

    class ListOffsetsResponse {
        constructor(p?: fluss.ListOffsetsResponse.$Properties);
        $unknowns?: Uint8Array[];
        bucketsResp: fluss.PbListOffsetsRespForBucket.$Properties[];
        static create(properties: fluss.ListOffsetsResponse.$Shape): fluss.ListOffsetsResponse & fluss.ListOffsetsResponse.$Shape;
        static create(properties?: fluss.ListOffsetsResponse.$Properties): fluss.ListOffsetsResponse;
        static encode(m: fluss.ListOffsetsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.ListOffsetsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.ListOffsetsResponse & fluss.ListOffsetsResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.ListOffsetsResponse & fluss.ListOffsetsResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.ListOffsetsResponse;
        static toObject(m: fluss.ListOffsetsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace ListOffsetsResponse {
        interface $Properties {
            bucketsResp?: (fluss.PbListOffsetsRespForBucket.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.ListOffsetsResponse.$Properties;
    }

    interface IPbFetchLogReqForBucket extends fluss.PbFetchLogReqForBucket.$Properties {
    }

    class PbFetchLogReqForBucket {
        constructor(p?: fluss.PbFetchLogReqForBucket.$Properties);
        $unknowns?: Uint8Array[];
        partitionId: Long;
        bucketId: number;
        fetchOffset: Long;
        maxFetchBytes: number;
        static create(properties: fluss.PbFetchLogReqForBucket.$Shape): fluss.PbFetchLogReqForBucket & fluss.PbFetchLogReqForBucket.$Shape;
        static create(properties?: fluss.PbFetchLogReqForBucket.$Properties): fluss.PbFetchLogReqForBucket;
        static encode(m: fluss.PbFetchLogReqForBucket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbFetchLogReqForBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbFetchLogReqForBucket & fluss.PbFetchLogReqForBucket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbFetchLogReqForBucket & fluss.PbFetchLogReqForBucket.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbFetchLogReqForBucket;
        static toObject(m: fluss.PbFetchLogReqForBucket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbFetchLogReqForBucket {
        interface $Properties {
            partitionId?: (Long|null);
            bucketId: number;
            fetchOffset: Long;
            maxFetchBytes: number;
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbFetchLogReqForBucket.$Properties;
    }

    interface IPbFetchLogReqForTable extends fluss.PbFetchLogReqForTable.$Properties {
    }

    class PbFetchLogReqForTable {
        constructor(p?: fluss.PbFetchLogReqForTable.$Properties);
        $unknowns?: Uint8Array[];
        tableId: Long;
        projectionPushdownEnabled: boolean;
        projectedFields: number[];
        bucketsReq: fluss.PbFetchLogReqForBucket.$Properties[];
        static create(properties: fluss.PbFetchLogReqForTable.$Shape): fluss.PbFetchLogReqForTable & fluss.PbFetchLogReqForTable.$Shape;
        static create(properties?: fluss.PbFetchLogReqForTable.$Properties): fluss.PbFetchLogReqForTable;
        static encode(m: fluss.PbFetchLogReqForTable.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbFetchLogReqForTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbFetchLogReqForTable & fluss.PbFetchLogReqForTable.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbFetchLogReqForTable & fluss.PbFetchLogReqForTable.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbFetchLogReqForTable;
        static toObject(m: fluss.PbFetchLogReqForTable, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbFetchLogReqForTable {
        interface $Properties {
            tableId: Long;
            projectionPushdownEnabled: boolean;
            projectedFields?: (number[]|null);
            bucketsReq?: (fluss.PbFetchLogReqForBucket.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbFetchLogReqForTable.$Properties;
    }

    interface IFetchLogRequest extends fluss.FetchLogRequest.$Properties {
    }

    class FetchLogRequest {
        constructor(p?: fluss.FetchLogRequest.$Properties);
        $unknowns?: Uint8Array[];
        followerServerId: number;
        maxBytes: number;
        tablesReq: fluss.PbFetchLogReqForTable.$Properties[];
        maxWaitMs: number;
        minBytes: number;
        static create(properties: fluss.FetchLogRequest.$Shape): fluss.FetchLogRequest & fluss.FetchLogRequest.$Shape;
        static create(properties?: fluss.FetchLogRequest.$Properties): fluss.FetchLogRequest;
        static encode(m: fluss.FetchLogRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.FetchLogRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.FetchLogRequest & fluss.FetchLogRequest.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.FetchLogRequest & fluss.FetchLogRequest.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.FetchLogRequest;
        static toObject(m: fluss.FetchLogRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace FetchLogRequest {
        interface $Properties {
            followerServerId: number;
            maxBytes: number;
            tablesReq?: (fluss.PbFetchLogReqForTable.$Properties[]|null);
            maxWaitMs?: (number|null);
            minBytes?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.FetchLogRequest.$Properties;
    }

    interface IPbRemoteLogSegment extends fluss.PbRemoteLogSegment.$Properties {
    }

    class PbRemoteLogSegment {
        constructor(p?: fluss.PbRemoteLogSegment.$Properties);
        $unknowns?: Uint8Array[];
        remoteLogSegmentId: string;
        remoteLogStartOffset: Long;
        remoteLogEndOffset: Long;
        segmentSizeInBytes: number;
        maxTimestamp: Long;
        static create(properties: fluss.PbRemoteLogSegment.$Shape): fluss.PbRemoteLogSegment & fluss.PbRemoteLogSegment.$Shape;
        static create(properties?: fluss.PbRemoteLogSegment.$Properties): fluss.PbRemoteLogSegment;
        static encode(m: fluss.PbRemoteLogSegment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbRemoteLogSegment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbRemoteLogSegment & fluss.PbRemoteLogSegment.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbRemoteLogSegment & fluss.PbRemoteLogSegment.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbRemoteLogSegment;
        static toObject(m: fluss.PbRemoteLogSegment, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbRemoteLogSegment {
        interface $Properties {
            remoteLogSegmentId: string;
            remoteLogStartOffset: Long;
            remoteLogEndOffset: Long;
            segmentSizeInBytes: number;
            maxTimestamp?: (Long|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbRemoteLogSegment.$Properties;
    }

    interface IPbRemoteLogFetchInfo extends fluss.PbRemoteLogFetchInfo.$Properties {
    }

    class PbRemoteLogFetchInfo {
        constructor(p?: fluss.PbRemoteLogFetchInfo.$Properties);
        $unknowns?: Uint8Array[];
        remoteLogTabletDir: string;
        partitionName: string;
        remoteLogSegments: fluss.PbRemoteLogSegment.$Properties[];
        firstStartPos: number;
        static create(properties: fluss.PbRemoteLogFetchInfo.$Shape): fluss.PbRemoteLogFetchInfo & fluss.PbRemoteLogFetchInfo.$Shape;
        static create(properties?: fluss.PbRemoteLogFetchInfo.$Properties): fluss.PbRemoteLogFetchInfo;
        static encode(m: fluss.PbRemoteLogFetchInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbRemoteLogFetchInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbRemoteLogFetchInfo & fluss.PbRemoteLogFetchInfo.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbRemoteLogFetchInfo & fluss.PbRemoteLogFetchInfo.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbRemoteLogFetchInfo;
        static toObject(m: fluss.PbRemoteLogFetchInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbRemoteLogFetchInfo {
        interface $Properties {
            remoteLogTabletDir: string;
            partitionName?: (string|null);
            remoteLogSegments?: (fluss.PbRemoteLogSegment.$Properties[]|null);
            firstStartPos?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbRemoteLogFetchInfo.$Properties;
    }

    interface IPbFetchLogRespForBucket extends fluss.PbFetchLogRespForBucket.$Properties {
    }

    class PbFetchLogRespForBucket {
        constructor(p?: fluss.PbFetchLogRespForBucket.$Properties);
        $unknowns?: Uint8Array[];
        partitionId: Long;
        bucketId: number;
        errorCode: number;
        errorMessage: string;
        highWatermark: Long;
        logStartOffset: Long;
        remoteLogFetchInfo?: (fluss.PbRemoteLogFetchInfo.$Properties|null);
        records: Uint8Array;
        static create(properties: fluss.PbFetchLogRespForBucket.$Shape): fluss.PbFetchLogRespForBucket & fluss.PbFetchLogRespForBucket.$Shape;
        static create(properties?: fluss.PbFetchLogRespForBucket.$Properties): fluss.PbFetchLogRespForBucket;
        static encode(m: fluss.PbFetchLogRespForBucket.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbFetchLogRespForBucket.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbFetchLogRespForBucket & fluss.PbFetchLogRespForBucket.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbFetchLogRespForBucket & fluss.PbFetchLogRespForBucket.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbFetchLogRespForBucket;
        static toObject(m: fluss.PbFetchLogRespForBucket, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbFetchLogRespForBucket {
        interface $Properties {
            partitionId?: (Long|null);
            bucketId: number;
            errorCode?: (number|null);
            errorMessage?: (string|null);
            highWatermark?: (Long|null);
            logStartOffset?: (Long|null);
            remoteLogFetchInfo?: (fluss.PbRemoteLogFetchInfo.$Properties|null);
            records?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbFetchLogRespForBucket.$Properties;
    }

    interface IPbFetchLogRespForTable extends fluss.PbFetchLogRespForTable.$Properties {
    }

    class PbFetchLogRespForTable {
        constructor(p?: fluss.PbFetchLogRespForTable.$Properties);
        $unknowns?: Uint8Array[];
        tableId: Long;
        bucketsResp: fluss.PbFetchLogRespForBucket.$Properties[];
        static create(properties: fluss.PbFetchLogRespForTable.$Shape): fluss.PbFetchLogRespForTable & fluss.PbFetchLogRespForTable.$Shape;
        static create(properties?: fluss.PbFetchLogRespForTable.$Properties): fluss.PbFetchLogRespForTable;
        static encode(m: fluss.PbFetchLogRespForTable.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.PbFetchLogRespForTable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.PbFetchLogRespForTable & fluss.PbFetchLogRespForTable.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.PbFetchLogRespForTable & fluss.PbFetchLogRespForTable.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.PbFetchLogRespForTable;
        static toObject(m: fluss.PbFetchLogRespForTable, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace PbFetchLogRespForTable {
        interface $Properties {
            tableId: Long;
            bucketsResp?: (fluss.PbFetchLogRespForBucket.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.PbFetchLogRespForTable.$Properties;
    }

    interface IFetchLogResponse extends fluss.FetchLogResponse.$Properties {
    }

    class FetchLogResponse {
        constructor(p?: fluss.FetchLogResponse.$Properties);
        $unknowns?: Uint8Array[];
        tablesResp: fluss.PbFetchLogRespForTable.$Properties[];
        static create(properties: fluss.FetchLogResponse.$Shape): fluss.FetchLogResponse & fluss.FetchLogResponse.$Shape;
        static create(properties?: fluss.FetchLogResponse.$Properties): fluss.FetchLogResponse;
        static encode(m: fluss.FetchLogResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static encodeDelimited(message: fluss.FetchLogResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): fluss.FetchLogResponse & fluss.FetchLogResponse.$Shape;
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): fluss.FetchLogResponse & fluss.FetchLogResponse.$Shape;
        static fromObject(d: { [k: string]: any }): fluss.FetchLogResponse;
        static toObject(m: fluss.FetchLogResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace FetchLogResponse {
        interface $Properties {
            tablesResp?: (fluss.PbFetchLogRespForTable.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = fluss.FetchLogResponse.$Properties;
    }
}
