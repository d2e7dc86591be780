import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace hbase {

    namespace pb {

        interface IPermission extends hbase.pb.Permission.$Properties {
        }

        class Permission {
            constructor(p?: hbase.pb.Permission.$Properties);
            $unknowns?: Uint8Array[];
            type: hbase.pb.Permission.Type;
            globalPermission?: (hbase.pb.GlobalPermission.$Properties|null);
            namespacePermission?: (hbase.pb.NamespacePermission.$Properties|null);
            tablePermission?: (hbase.pb.TablePermission.$Properties|null);
            static create(properties: hbase.pb.Permission.$Shape): hbase.pb.Permission & hbase.pb.Permission.$Shape;
            static create(properties?: hbase.pb.Permission.$Properties): hbase.pb.Permission;
            static encode(m: hbase.pb.Permission.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Permission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Permission & hbase.pb.Permission.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Permission & hbase.pb.Permission.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Permission;
            static toObject(m: hbase.pb.Permission, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Permission {
            interface $Properties {
                type: hbase.pb.Permission.Type;
                globalPermission?: (hbase.pb.GlobalPermission.$Properties|null);
                namespacePermission?: (hbase.pb.NamespacePermission.$Properties|null);
                tablePermission?: (hbase.pb.TablePermission.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Permission.$Properties;

            enum Action {
                READ = 0,
                WRITE = 1,
                EXEC = 2,
                CREATE = 3,
                ADMIN = 4
            }

            enum Type {
                Global = 1,
                Namespace = 2,
                Table = 3
            }
        }

        interface ITablePermission extends hbase.pb.TablePermission.$Properties {
        }

        class TablePermission {
            constructor(p?: hbase.pb.TablePermission.$Properties);
            $unknowns?: Uint8Array[];
            tableName?: (hbase.pb.TableName.$Properties|null);
            family: Uint8Array;
            qualifier: Uint8Array;
            action: hbase.pb.Permission.Action[];
            static create(properties: hbase.pb.TablePermission.$Shape): hbase.pb.TablePermission & hbase.pb.TablePermission.$Shape;
            static create(properties?: hbase.pb.TablePermission.$Properties): hbase.pb.TablePermission;
            static encode(m: hbase.pb.TablePermission.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.TablePermission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.TablePermission & hbase.pb.TablePermission.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.TablePermission & hbase.pb.TablePermission.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.TablePermission;
            static toObject(m: hbase.pb.TablePermission, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TablePermission {
            interface $Properties {
                tableName?: (hbase.pb.TableName.$Properties|null);
                family?: (Uint8Array|null);
                qualifier?: (Uint8Array|null);
                action?: (hbase.pb.Permission.Action[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.TablePermission.$Properties;
        }

        interface INamespacePermission extends hbase.pb.NamespacePermission.$Properties {
        }

        class NamespacePermission {
            constructor(p?: hbase.pb.NamespacePermission.$Properties);
            $unknowns?: Uint8Array[];
            namespaceName: Uint8Array;
            action: hbase.pb.Permission.Action[];
            static create(properties: hbase.pb.NamespacePermission.$Shape): hbase.pb.NamespacePermission & hbase.pb.NamespacePermission.$Shape;
            static create(properties?: hbase.pb.NamespacePermission.$Properties): hbase.pb.NamespacePermission;
            static encode(m: hbase.pb.NamespacePermission.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.NamespacePermission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.NamespacePermission & hbase.pb.NamespacePermission.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.NamespacePermission & hbase.pb.NamespacePermission.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.NamespacePermission;
            static toObject(m: hbase.pb.NamespacePermission, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NamespacePermission {
            interface $Properties {
                namespaceName?: (Uint8Array|null);
                action?: (hbase.pb.Permission.Action[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.NamespacePermission.$Properties;
        }

        interface IGlobalPermission extends hbase.pb.GlobalPermission.$Properties {
        }

        class GlobalPermission {
            constructor(p?: hbase.pb.GlobalPermission.$Properties);
            $unknowns?: Uint8Array[];
            action: hbase.pb.Permission.Action[];
            static create(properties: hbase.pb.GlobalPermission.$Shape): hbase.pb.GlobalPermission & hbase.pb.GlobalPermission.$Shape;
            static create(properties?: hbase.pb.GlobalPermission.$Properties): hbase.pb.GlobalPermission;
            static encode(m: hbase.pb.GlobalPermission.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GlobalPermission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GlobalPermission & hbase.pb.GlobalPermission.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GlobalPermission & hbase.pb.GlobalPermission.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GlobalPermission;
            static toObject(m: hbase.pb.GlobalPermission, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GlobalPermission {
            interface $Properties {
                action?: (hbase.pb.Permission.Action[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GlobalPermission.$Properties;
        }

        interface IUserPermission extends hbase.pb.UserPermission.$Properties {
        }

        class UserPermission {
            constructor(p?: hbase.pb.UserPermission.$Properties);
            $unknowns?: Uint8Array[];
            user: Uint8Array;
            permission: hbase.pb.Permission.$Properties;
            static create(properties: hbase.pb.UserPermission.$Shape): hbase.pb.UserPermission & hbase.pb.UserPermission.$Shape;
            static create(properties?: hbase.pb.UserPermission.$Properties): hbase.pb.UserPermission;
            static encode(m: hbase.pb.UserPermission.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.UserPermission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.UserPermission & hbase.pb.UserPermission.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.UserPermission & hbase.pb.UserPermission.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.UserPermission;
            static toObject(m: hbase.pb.UserPermission, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserPermission {
            interface $Properties {
                user: Uint8Array;
                permission: hbase.pb.Permission.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.UserPermission.$Properties;
        }

        interface IGrantRequest extends hbase.pb.GrantRequest.$Properties {
        }

        class GrantRequest {
            constructor(p?: hbase.pb.GrantRequest.$Properties);
            $unknowns?: Uint8Array[];
            userPermission: hbase.pb.UserPermission.$Properties;
            mergeExistingPermissions: boolean;
            static create(properties: hbase.pb.GrantRequest.$Shape): hbase.pb.GrantRequest & hbase.pb.GrantRequest.$Shape;
            static create(properties?: hbase.pb.GrantRequest.$Properties): hbase.pb.GrantRequest;
            static encode(m: hbase.pb.GrantRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GrantRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GrantRequest & hbase.pb.GrantRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GrantRequest & hbase.pb.GrantRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GrantRequest;
            static toObject(m: hbase.pb.GrantRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GrantRequest {
            interface $Properties {
                userPermission: hbase.pb.UserPermission.$Properties;
                mergeExistingPermissions?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GrantRequest.$Properties;
        }

        interface IGrantResponse extends hbase.pb.GrantResponse.$Properties {
        }

        class GrantResponse {
            constructor(p?: hbase.pb.GrantResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.GrantResponse.$Shape): hbase.pb.GrantResponse & hbase.pb.GrantResponse.$Shape;
            static create(properties?: hbase.pb.GrantResponse.$Properties): hbase.pb.GrantResponse;
            static encode(m: hbase.pb.GrantResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GrantResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GrantResponse & hbase.pb.GrantResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GrantResponse & hbase.pb.GrantResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GrantResponse;
            static toObject(m: hbase.pb.GrantResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GrantResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GrantResponse.$Properties;
        }

        interface IRevokeRequest extends hbase.pb.RevokeRequest.$Properties {
        }

        class RevokeRequest {
            constructor(p?: hbase.pb.RevokeRequest.$Properties);
            $unknowns?: Uint8Array[];
            userPermission: hbase.pb.UserPermission.$Properties;
            static create(properties: hbase.pb.RevokeRequest.$Shape): hbase.pb.RevokeRequest & hbase.pb.RevokeRequest.$Shape;
            static create(properties?: hbase.pb.RevokeRequest.$Properties): hbase.pb.RevokeRequest;
            static encode(m: hbase.pb.RevokeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RevokeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RevokeRequest & hbase.pb.RevokeRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RevokeRequest & hbase.pb.RevokeRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RevokeRequest;
            static toObject(m: hbase.pb.RevokeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RevokeRequest {
            interface $Properties {
                userPermission: hbase.pb.UserPermission.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RevokeRequest.$Properties;
        }

        interface IRevokeResponse extends hbase.pb.RevokeResponse.$Properties {
        }

        class RevokeResponse {
            constructor(p?: hbase.pb.RevokeResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.RevokeResponse.$Shape): hbase.pb.RevokeResponse & hbase.pb.RevokeResponse.$Shape;
            static create(properties?: hbase.pb.RevokeResponse.$Properties): hbase.pb.RevokeResponse;
            static encode(m: hbase.pb.RevokeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RevokeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RevokeResponse & hbase.pb.RevokeResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RevokeResponse & hbase.pb.RevokeResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RevokeResponse;
            static toObject(m: hbase.pb.RevokeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RevokeResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RevokeResponse.$Properties;
        }

        interface IGetUserPermissionsRequest extends hbase.pb.GetUserPermissionsRequest.$Properties {
        }

        class GetUserPermissionsRequest {
            constructor(p?: hbase.pb.GetUserPermissionsRequest.$Properties);
            $unknowns?: Uint8Array[];
            type: hbase.pb.Permission.Type;
            tableName?: (hbase.pb.TableName.$Properties|null);
            namespaceName: Uint8Array;
            columnFamily: Uint8Array;
            columnQualifier: Uint8Array;
            userName: Uint8Array;
            static create(properties: hbase.pb.GetUserPermissionsRequest.$Shape): hbase.pb.GetUserPermissionsRequest & hbase.pb.GetUserPermissionsRequest.$Shape;
            static create(properties?: hbase.pb.GetUserPermissionsRequest.$Properties): hbase.pb.GetUserPermissionsRequest;
            static encode(m: hbase.pb.GetUserPermissionsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetUserPermissionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetUserPermissionsRequest & hbase.pb.GetUserPermissionsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetUserPermissionsRequest & hbase.pb.GetUserPermissionsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetUserPermissionsRequest;
            static toObject(m: hbase.pb.GetUserPermissionsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetUserPermissionsRequest {
            interface $Properties {
                type?: (hbase.pb.Permission.Type|null);
                tableName?: (hbase.pb.TableName.$Properties|null);
                namespaceName?: (Uint8Array|null);
                columnFamily?: (Uint8Array|null);
                columnQualifier?: (Uint8Array|null);
                userName?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetUserPermissionsRequest.$Properties;
        }

        interface IGetUserPermissionsResponse extends hbase.pb.GetUserPermissionsResponse.$Properties {
        }

        class GetUserPermissionsResponse {
            constructor(p?: hbase.pb.GetUserPermissionsResponse.$Properties);
            $unknowns?: Uint8Array[];
            userPermission: hbase.pb.UserPermission.$Properties[];
            static create(properties: hbase.pb.GetUserPermissionsResponse.$Shape): hbase.pb.GetUserPermissionsResponse & hbase.pb.GetUserPermissionsResponse.$Shape;
            static create(properties?: hbase.pb.GetUserPermissionsResponse.$Properties): hbase.pb.GetUserPermissionsResponse;
            static encode(m: hbase.pb.GetUserPermissionsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetUserPermissionsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetUserPermissionsResponse & hbase.pb.GetUserPermissionsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetUserPermissionsResponse & hbase.pb.GetUserPermissionsResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetUserPermissionsResponse;
            static toObject(m: hbase.pb.GetUserPermissionsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetUserPermissionsResponse {
            interface $Properties {
                userPermission?: (hbase.pb.UserPermission.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetUserPermissionsResponse.$Properties;
        }

        interface IHasUserPermissionsRequest extends hbase.pb.HasUserPermissionsRequest.$Properties {
        }

        class HasUserPermissionsRequest {
            constructor(p?: hbase.pb.HasUserPermissionsRequest.$Properties);
            $unknowns?: Uint8Array[];
            userName: Uint8Array;
            permission: hbase.pb.Permission.$Properties[];
            static create(properties: hbase.pb.HasUserPermissionsRequest.$Shape): hbase.pb.HasUserPermissionsRequest & hbase.pb.HasUserPermissionsRequest.$Shape;
            static create(properties?: hbase.pb.HasUserPermissionsRequest.$Properties): hbase.pb.HasUserPermissionsRequest;
            static encode(m: hbase.pb.HasUserPermissionsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.HasUserPermissionsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.HasUserPermissionsRequest & hbase.pb.HasUserPermissionsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.HasUserPermissionsRequest & hbase.pb.HasUserPermissionsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.HasUserPermissionsRequest;
            static toObject(m: hbase.pb.HasUserPermissionsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HasUserPermissionsRequest {
            interface $Properties {
                userName?: (Uint8Array|null);
                permission?: (hbase.pb.Permission.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.HasUserPermissionsRequest.$Properties;
        }

        interface IHasUserPermissionsResponse extends hbase.pb.HasUserPermissionsResponse.$Properties {
        }

        class HasUserPermissionsResponse {
            constructor(p?: hbase.pb.HasUserPermissionsResponse.$Properties);
            $unknowns?: Uint8Array[];
            hasUserPermission: boolean[];
            static create(properties: hbase.pb.HasUserPermissionsResponse.$Shape): hbase.pb.HasUserPermissionsResponse & hbase.pb.HasUserPermissionsResponse.$Shape;
            static create(properties?: hbase.pb.HasUserPermissionsResponse.$Properties): hbase.pb.HasUserPermissionsResponse;
            static encode(m: hbase.pb.HasUserPermissionsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.HasUserPermissionsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.HasUserPermissionsResponse & hbase.pb.HasUserPermissionsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.HasUserPermissionsResponse & hbase.pb.HasUserPermissionsResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.HasUserPermissionsResponse;
            static toObject(m: hbase.pb.HasUserPermissionsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HasUserPermissionsResponse {
            interface $Properties {
                hasUserPermission?: (boolean[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.HasUserPermissionsResponse.$Properties;
        }

        interface ITableName extends hbase.pb.TableName.$Properties {
        }

        class TableName {
            constructor(p?: hbase.pb.TableName.$Properties);
            $unknowns?: Uint8Array[];
            namespace: Uint8Array;
            qualifier: Uint8Array;
            static create(properties: hbase.pb.TableName.$Shape): hbase.pb.TableName & hbase.pb.TableName.$Shape;
            static create(properties?: hbase.pb.TableName.$Properties): hbase.pb.TableName;
            static encode(m: hbase.pb.TableName.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.TableName.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.TableName & hbase.pb.TableName.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.TableName & hbase.pb.TableName.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.TableName;
            static toObject(m: hbase.pb.TableName, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TableName {
            interface $Properties {
                namespace: Uint8Array;
                qualifier: Uint8Array;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.TableName.$Properties;
        }

        interface ITableSchema extends hbase.pb.TableSchema.$Properties {
        }

        class TableSchema {
            constructor(p?: hbase.pb.TableSchema.$Properties);
            $unknowns?: Uint8Array[];
            tableName?: (hbase.pb.TableName.$Properties|null);
            attributes: hbase.pb.BytesBytesPair.$Properties[];
            columnFamilies: hbase.pb.ColumnFamilySchema.$Properties[];
            configuration: hbase.pb.NameStringPair.$Properties[];
            static create(properties: hbase.pb.TableSchema.$Shape): hbase.pb.TableSchema & hbase.pb.TableSchema.$Shape;
            static create(properties?: hbase.pb.TableSchema.$Properties): hbase.pb.TableSchema;
            static encode(m: hbase.pb.TableSchema.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.TableSchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.TableSchema & hbase.pb.TableSchema.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.TableSchema & hbase.pb.TableSchema.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.TableSchema;
            static toObject(m: hbase.pb.TableSchema, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TableSchema {
            interface $Properties {
                tableName?: (hbase.pb.TableName.$Properties|null);
                attributes?: (hbase.pb.BytesBytesPair.$Properties[]|null);
                columnFamilies?: (hbase.pb.ColumnFamilySchema.$Properties[]|null);
                configuration?: (hbase.pb.NameStringPair.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.TableSchema.$Properties;
        }

        interface ITableState extends hbase.pb.TableState.$Properties {
        }

        class TableState {
            constructor(p?: hbase.pb.TableState.$Properties);
            $unknowns?: Uint8Array[];
            state: hbase.pb.TableState.State;
            static create(properties: hbase.pb.TableState.$Shape): hbase.pb.TableState & hbase.pb.TableState.$Shape;
            static create(properties?: hbase.pb.TableState.$Properties): hbase.pb.TableState;
            static encode(m: hbase.pb.TableState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.TableState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.TableState & hbase.pb.TableState.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.TableState & hbase.pb.TableState.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.TableState;
            static toObject(m: hbase.pb.TableState, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TableState {
            interface $Properties {
                state: hbase.pb.TableState.State;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.TableState.$Properties;

            enum State {
                ENABLED = 0,
                DISABLED = 1,
                DISABLING = 2,
                ENABLING = 3
            }
        }

        interface IColumnFamilySchema extends hbase.pb.ColumnFamilySchema.$Properties {
        }

        class ColumnFamilySchema {
            constructor(p?: hbase.pb.ColumnFamilySchema.$Properties);
            $unknowns?: Uint8Array[];
            name: Uint8Array;
            attributes: hbase.pb.BytesBytesPair.$Properties[];
            configuration: hbase.pb.NameStringPair.$Properties[];
            static create(properties: hbase.pb.ColumnFamilySchema.$Shape): hbase.pb.ColumnFamilySchema & hbase.pb.ColumnFamilySchema.$Shape;
            static create(properties?: hbase.pb.ColumnFamilySchema.$Properties): hbase.pb.ColumnFamilySchema;
            static encode(m: hbase.pb.ColumnFamilySchema.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ColumnFamilySchema.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ColumnFamilySchema & hbase.pb.ColumnFamilySchema.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ColumnFamilySchema & hbase.pb.ColumnFamilySchema.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ColumnFamilySchema;
            static toObject(m: hbase.pb.ColumnFamilySchema, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ColumnFamilySchema {
            interface $Properties {
                name: Uint8Array;
                attributes?: (hbase.pb.BytesBytesPair.$Properties[]|null);
                configuration?: (hbase.pb.NameStringPair.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ColumnFamilySchema.$Properties;
        }

        interface IRegionInfo extends hbase.pb.RegionInfo.$Properties {
        }

        class RegionInfo {
            constructor(p?: hbase.pb.RegionInfo.$Properties);
            $unknowns?: Uint8Array[];
            regionId: Long;
            tableName: hbase.pb.TableName.$Properties;
            startKey: Uint8Array;
            endKey: Uint8Array;
            offline: boolean;
            split: boolean;
            replicaId: number;
            static create(properties: hbase.pb.RegionInfo.$Shape): hbase.pb.RegionInfo & hbase.pb.RegionInfo.$Shape;
            static create(properties?: hbase.pb.RegionInfo.$Properties): hbase.pb.RegionInfo;
            static encode(m: hbase.pb.RegionInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionInfo & hbase.pb.RegionInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionInfo & hbase.pb.RegionInfo.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionInfo;
            static toObject(m: hbase.pb.RegionInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionInfo {
            interface $Properties {
                regionId: Long;
                tableName: hbase.pb.TableName.$Properties;
                startKey?: (Uint8Array|null);
                endKey?: (Uint8Array|null);
                offline?: (boolean|null);
                split?: (boolean|null);
                replicaId?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionInfo.$Properties;
        }

        interface IRegionSpecifier extends hbase.pb.RegionSpecifier.$Properties {
        }

        class RegionSpecifier {
            constructor(p?: hbase.pb.RegionSpecifier.$Properties);
            $unknowns?: Uint8Array[];
            type: hbase.pb.RegionSpecifier.RegionSpecifierType;
            value: Uint8Array;
            static create(properties: hbase.pb.RegionSpecifier.$Shape): hbase.pb.RegionSpecifier & hbase.pb.RegionSpecifier.$Shape;
            static create(properties?: hbase.pb.RegionSpecifier.$Properties): hbase.pb.RegionSpecifier;
            static encode(m: hbase.pb.RegionSpecifier.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionSpecifier.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionSpecifier & hbase.pb.RegionSpecifier.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionSpecifier & hbase.pb.RegionSpecifier.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionSpecifier;
            static toObject(m: hbase.pb.RegionSpecifier, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionSpecifier {
            interface $Properties {
                type: hbase.pb.RegionSpecifier.RegionSpecifierType;
                value: Uint8Array;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionSpecifier.$Properties;

            enum RegionSpecifierType {
                REGION_NAME = 1,
                ENCODED_REGION_NAME = 2
            }
        }

        interface ITimeRange extends hbase.pb.TimeRange.$Properties {
        }

        class TimeRange {
            constructor(p?: hbase.pb.TimeRange.$Properties);
            $unknowns?: Uint8Array[];
            from: Long;
            to: Long;
            static create(properties: hbase.pb.TimeRange.$Shape): hbase.pb.TimeRange & hbase.pb.TimeRange.$Shape;
            static create(properties?: hbase.pb.TimeRange.$Properties): hbase.pb.TimeRange;
            static encode(m: hbase.pb.TimeRange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.TimeRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.TimeRange & hbase.pb.TimeRange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.TimeRange & hbase.pb.TimeRange.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.TimeRange;
            static toObject(m: hbase.pb.TimeRange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimeRange {
            interface $Properties {
                from?: (Long|null);
                to?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.TimeRange.$Properties;
        }

        interface IColumnFamilyTimeRange extends hbase.pb.ColumnFamilyTimeRange.$Properties {
        }

        class ColumnFamilyTimeRange {
            constructor(p?: hbase.pb.ColumnFamilyTimeRange.$Properties);
            $unknowns?: Uint8Array[];
            columnFamily: Uint8Array;
            timeRange: hbase.pb.TimeRange.$Properties;
            static create(properties: hbase.pb.ColumnFamilyTimeRange.$Shape): hbase.pb.ColumnFamilyTimeRange & hbase.pb.ColumnFamilyTimeRange.$Shape;
            static create(properties?: hbase.pb.ColumnFamilyTimeRange.$Properties): hbase.pb.ColumnFamilyTimeRange;
            static encode(m: hbase.pb.ColumnFamilyTimeRange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ColumnFamilyTimeRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ColumnFamilyTimeRange & hbase.pb.ColumnFamilyTimeRange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ColumnFamilyTimeRange & hbase.pb.ColumnFamilyTimeRange.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ColumnFamilyTimeRange;
            static toObject(m: hbase.pb.ColumnFamilyTimeRange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ColumnFamilyTimeRange {
            interface $Properties {
                columnFamily: Uint8Array;
                timeRange: hbase.pb.TimeRange.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ColumnFamilyTimeRange.$Properties;
        }

        enum CompareType {
            LESS = 0,
            LESS_OR_EQUAL = 1,
            EQUAL = 2,
            NOT_EQUAL = 3,
            GREATER_OR_EQUAL = 4,
            GREATER = 5,
            NO_OP = 6
        }

        interface IServerName extends hbase.pb.ServerName.$Properties {
        }

        class ServerName {
            constructor(p?: hbase.pb.ServerName.$Properties);
            $unknowns?: Uint8Array[];
            hostName: string;
            port: number;
            startCode: Long;
            static create(properties: hbase.pb.ServerName.$Shape): hbase.pb.ServerName & hbase.pb.ServerName.$Shape;
            static create(properties?: hbase.pb.ServerName.$Properties): hbase.pb.ServerName;
            static encode(m: hbase.pb.ServerName.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ServerName.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ServerName & hbase.pb.ServerName.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ServerName & hbase.pb.ServerName.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ServerName;
            static toObject(m: hbase.pb.ServerName, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerName {
            interface $Properties {
                hostName: string;
                port?: (number|null);
                startCode?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ServerName.$Properties;
        }

        interface ICoprocessor extends hbase.pb.Coprocessor.$Properties {
        }

        class Coprocessor {
            constructor(p?: hbase.pb.Coprocessor.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            static create(properties: hbase.pb.Coprocessor.$Shape): hbase.pb.Coprocessor & hbase.pb.Coprocessor.$Shape;
            static create(properties?: hbase.pb.Coprocessor.$Properties): hbase.pb.Coprocessor;
            static encode(m: hbase.pb.Coprocessor.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Coprocessor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Coprocessor & hbase.pb.Coprocessor.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Coprocessor & hbase.pb.Coprocessor.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Coprocessor;
            static toObject(m: hbase.pb.Coprocessor, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Coprocessor {
            interface $Properties {
                name: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Coprocessor.$Properties;
        }

        interface INameStringPair extends hbase.pb.NameStringPair.$Properties {
        }

        class NameStringPair {
            constructor(p?: hbase.pb.NameStringPair.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            value: string;
            static create(properties: hbase.pb.NameStringPair.$Shape): hbase.pb.NameStringPair & hbase.pb.NameStringPair.$Shape;
            static create(properties?: hbase.pb.NameStringPair.$Properties): hbase.pb.NameStringPair;
            static encode(m: hbase.pb.NameStringPair.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.NameStringPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.NameStringPair & hbase.pb.NameStringPair.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.NameStringPair & hbase.pb.NameStringPair.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.NameStringPair;
            static toObject(m: hbase.pb.NameStringPair, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NameStringPair {
            interface $Properties {
                name: string;
                value: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.NameStringPair.$Properties;
        }

        interface INameBytesPair extends hbase.pb.NameBytesPair.$Properties {
        }

        class NameBytesPair {
            constructor(p?: hbase.pb.NameBytesPair.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            value: Uint8Array;
            static create(properties: hbase.pb.NameBytesPair.$Shape): hbase.pb.NameBytesPair & hbase.pb.NameBytesPair.$Shape;
            static create(properties?: hbase.pb.NameBytesPair.$Properties): hbase.pb.NameBytesPair;
            static encode(m: hbase.pb.NameBytesPair.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.NameBytesPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.NameBytesPair & hbase.pb.NameBytesPair.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.NameBytesPair & hbase.pb.NameBytesPair.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.NameBytesPair;
            static toObject(m: hbase.pb.NameBytesPair, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NameBytesPair {
            interface $Properties {
                name: string;
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.NameBytesPair.$Properties;
        }

        interface IBytesBytesPair extends hbase.pb.BytesBytesPair.$Properties {
        }

        class BytesBytesPair {
            constructor(p?: hbase.pb.BytesBytesPair.$Properties);
            $unknowns?: Uint8Array[];
            first: Uint8Array;
            second: Uint8Array;
            static create(properties: hbase.pb.BytesBytesPair.$Shape): hbase.pb.BytesBytesPair & hbase.pb.BytesBytesPair.$Shape;
            static create(properties?: hbase.pb.BytesBytesPair.$Properties): hbase.pb.BytesBytesPair;
            static encode(m: hbase.pb.BytesBytesPair.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.BytesBytesPair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.BytesBytesPair & hbase.pb.BytesBytesPair.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.BytesBytesPair & hbase.pb.BytesBytesPair.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.BytesBytesPair;
            static toObject(m: hbase.pb.BytesBytesPair, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BytesBytesPair {
            interface $Properties {
                first: Uint8Array;
                second: Uint8Array;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.BytesBytesPair.$Properties;
        }

        interface INameInt64Pair extends hbase.pb.NameInt64Pair.$Properties {
        }

        class NameInt64Pair {
            constructor(p?: hbase.pb.NameInt64Pair.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            value: Long;
            static create(properties: hbase.pb.NameInt64Pair.$Shape): hbase.pb.NameInt64Pair & hbase.pb.NameInt64Pair.$Shape;
            static create(properties?: hbase.pb.NameInt64Pair.$Properties): hbase.pb.NameInt64Pair;
            static encode(m: hbase.pb.NameInt64Pair.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.NameInt64Pair.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.NameInt64Pair & hbase.pb.NameInt64Pair.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.NameInt64Pair & hbase.pb.NameInt64Pair.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.NameInt64Pair;
            static toObject(m: hbase.pb.NameInt64Pair, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NameInt64Pair {
            interface $Properties {
                name?: (string|null);
                value?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.NameInt64Pair.$Properties;
        }

        interface IProcedureDescription extends hbase.pb.ProcedureDescription.$Properties {
        }

        class ProcedureDescription {
            constructor(p?: hbase.pb.ProcedureDescription.$Properties);
            $unknowns?: Uint8Array[];
            signature: string;
            instance: string;
            creationTime: Long;
            configuration: hbase.pb.NameStringPair.$Properties[];
            static create(properties: hbase.pb.ProcedureDescription.$Shape): hbase.pb.ProcedureDescription & hbase.pb.ProcedureDescription.$Shape;
            static create(properties?: hbase.pb.ProcedureDescription.$Properties): hbase.pb.ProcedureDescription;
            static encode(m: hbase.pb.ProcedureDescription.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ProcedureDescription.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ProcedureDescription & hbase.pb.ProcedureDescription.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ProcedureDescription & hbase.pb.ProcedureDescription.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ProcedureDescription;
            static toObject(m: hbase.pb.ProcedureDescription, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcedureDescription {
            interface $Properties {
                signature: string;
                instance?: (string|null);
                creationTime?: (Long|null);
                configuration?: (hbase.pb.NameStringPair.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ProcedureDescription.$Properties;
        }

        interface INamespaceDescriptor extends hbase.pb.NamespaceDescriptor.$Properties {
        }

        class NamespaceDescriptor {
            constructor(p?: hbase.pb.NamespaceDescriptor.$Properties);
            $unknowns?: Uint8Array[];
            name: Uint8Array;
            configuration: hbase.pb.NameStringPair.$Properties[];
            static create(properties: hbase.pb.NamespaceDescriptor.$Shape): hbase.pb.NamespaceDescriptor & hbase.pb.NamespaceDescriptor.$Shape;
            static create(properties?: hbase.pb.NamespaceDescriptor.$Properties): hbase.pb.NamespaceDescriptor;
            static encode(m: hbase.pb.NamespaceDescriptor.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.NamespaceDescriptor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.NamespaceDescriptor & hbase.pb.NamespaceDescriptor.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.NamespaceDescriptor & hbase.pb.NamespaceDescriptor.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.NamespaceDescriptor;
            static toObject(m: hbase.pb.NamespaceDescriptor, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NamespaceDescriptor {
            interface $Properties {
                name: Uint8Array;
                configuration?: (hbase.pb.NameStringPair.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.NamespaceDescriptor.$Properties;
        }

        interface IVersionInfo extends hbase.pb.VersionInfo.$Properties {
        }

        class VersionInfo {
            constructor(p?: hbase.pb.VersionInfo.$Properties);
            $unknowns?: Uint8Array[];
            version: string;
            url: string;
            revision: string;
            user: string;
            date: string;
            srcChecksum: string;
            versionMajor: number;
            versionMinor: number;
            static create(properties: hbase.pb.VersionInfo.$Shape): hbase.pb.VersionInfo & hbase.pb.VersionInfo.$Shape;
            static create(properties?: hbase.pb.VersionInfo.$Properties): hbase.pb.VersionInfo;
            static encode(m: hbase.pb.VersionInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.VersionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.VersionInfo & hbase.pb.VersionInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.VersionInfo & hbase.pb.VersionInfo.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.VersionInfo;
            static toObject(m: hbase.pb.VersionInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionInfo {
            interface $Properties {
                version: string;
                url: string;
                revision: string;
                user: string;
                date: string;
                srcChecksum: string;
                versionMajor?: (number|null);
                versionMinor?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.VersionInfo.$Properties;
        }

        interface IRegionServerInfo extends hbase.pb.RegionServerInfo.$Properties {
        }

        class RegionServerInfo {
            constructor(p?: hbase.pb.RegionServerInfo.$Properties);
            $unknowns?: Uint8Array[];
            infoPort: number;
            versionInfo?: (hbase.pb.VersionInfo.$Properties|null);
            static create(properties: hbase.pb.RegionServerInfo.$Shape): hbase.pb.RegionServerInfo & hbase.pb.RegionServerInfo.$Shape;
            static create(properties?: hbase.pb.RegionServerInfo.$Properties): hbase.pb.RegionServerInfo;
            static encode(m: hbase.pb.RegionServerInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionServerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionServerInfo & hbase.pb.RegionServerInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionServerInfo & hbase.pb.RegionServerInfo.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionServerInfo;
            static toObject(m: hbase.pb.RegionServerInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionServerInfo {
            interface $Properties {
                infoPort?: (number|null);
                versionInfo?: (hbase.pb.VersionInfo.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionServerInfo.$Properties;
        }

        interface IRegionLocation extends hbase.pb.RegionLocation.$Properties {
        }

        class RegionLocation {
            constructor(p?: hbase.pb.RegionLocation.$Properties);
            $unknowns?: Uint8Array[];
            regionInfo: hbase.pb.RegionInfo.$Properties;
            serverName?: (hbase.pb.ServerName.$Properties|null);
            seqNum: Long;
            static create(properties: hbase.pb.RegionLocation.$Shape): hbase.pb.RegionLocation & hbase.pb.RegionLocation.$Shape;
            static create(properties?: hbase.pb.RegionLocation.$Properties): hbase.pb.RegionLocation;
            static encode(m: hbase.pb.RegionLocation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionLocation & hbase.pb.RegionLocation.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionLocation & hbase.pb.RegionLocation.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionLocation;
            static toObject(m: hbase.pb.RegionLocation, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionLocation {
            interface $Properties {
                regionInfo: hbase.pb.RegionInfo.$Properties;
                serverName?: (hbase.pb.ServerName.$Properties|null);
                seqNum: Long;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionLocation.$Properties;
        }

        interface IGetRegionInfoRequest extends hbase.pb.GetRegionInfoRequest.$Properties {
        }

        class GetRegionInfoRequest {
            constructor(p?: hbase.pb.GetRegionInfoRequest.$Properties);
            $unknowns?: Uint8Array[];
            region: hbase.pb.RegionSpecifier.$Properties;
            compactionState: boolean;
            bestSplitRow: boolean;
            static create(properties: hbase.pb.GetRegionInfoRequest.$Shape): hbase.pb.GetRegionInfoRequest & hbase.pb.GetRegionInfoRequest.$Shape;
            static create(properties?: hbase.pb.GetRegionInfoRequest.$Properties): hbase.pb.GetRegionInfoRequest;
            static encode(m: hbase.pb.GetRegionInfoRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetRegionInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetRegionInfoRequest & hbase.pb.GetRegionInfoRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetRegionInfoRequest & hbase.pb.GetRegionInfoRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetRegionInfoRequest;
            static toObject(m: hbase.pb.GetRegionInfoRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRegionInfoRequest {
            interface $Properties {
                region: hbase.pb.RegionSpecifier.$Properties;
                compactionState?: (boolean|null);
                bestSplitRow?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetRegionInfoRequest.$Properties;
        }

        interface IGetRegionInfoResponse extends hbase.pb.GetRegionInfoResponse.$Properties {
        }

        class GetRegionInfoResponse {
            constructor(p?: hbase.pb.GetRegionInfoResponse.$Properties);
            $unknowns?: Uint8Array[];
            regionInfo: hbase.pb.RegionInfo.$Properties;
            compactionState: hbase.pb.GetRegionInfoResponse.CompactionState;
            splittable: boolean;
            mergeable: boolean;
            bestSplitRow: Uint8Array;
            static create(properties: hbase.pb.GetRegionInfoResponse.$Shape): hbase.pb.GetRegionInfoResponse & hbase.pb.GetRegionInfoResponse.$Shape;
            static create(properties?: hbase.pb.GetRegionInfoResponse.$Properties): hbase.pb.GetRegionInfoResponse;
            static encode(m: hbase.pb.GetRegionInfoResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetRegionInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetRegionInfoResponse & hbase.pb.GetRegionInfoResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetRegionInfoResponse & hbase.pb.GetRegionInfoResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetRegionInfoResponse;
            static toObject(m: hbase.pb.GetRegionInfoResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRegionInfoResponse {
            interface $Properties {
                regionInfo: hbase.pb.RegionInfo.$Properties;
                compactionState?: (hbase.pb.GetRegionInfoResponse.CompactionState|null);
                splittable?: (boolean|null);
                mergeable?: (boolean|null);
                bestSplitRow?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetRegionInfoResponse.$Properties;

            enum CompactionState {
                NONE = 0,
                MINOR = 1,
                MAJOR = 2,
                MAJOR_AND_MINOR = 3
            }
        }

        interface IGetOnlineRegionRequest extends hbase.pb.GetOnlineRegionRequest.$Properties {
        }

        class GetOnlineRegionRequest {
            constructor(p?: hbase.pb.GetOnlineRegionRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.GetOnlineRegionRequest.$Shape): hbase.pb.GetOnlineRegionRequest & hbase.pb.GetOnlineRegionRequest.$Shape;
            static create(properties?: hbase.pb.GetOnlineRegionRequest.$Properties): hbase.pb.GetOnlineRegionRequest;
            static encode(m: hbase.pb.GetOnlineRegionRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetOnlineRegionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetOnlineRegionRequest & hbase.pb.GetOnlineRegionRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetOnlineRegionRequest & hbase.pb.GetOnlineRegionRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetOnlineRegionRequest;
            static toObject(m: hbase.pb.GetOnlineRegionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetOnlineRegionRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetOnlineRegionRequest.$Properties;
        }

        interface IGetOnlineRegionResponse extends hbase.pb.GetOnlineRegionResponse.$Properties {
        }

        class GetOnlineRegionResponse {
            constructor(p?: hbase.pb.GetOnlineRegionResponse.$Properties);
            $unknowns?: Uint8Array[];
            regionInfo: hbase.pb.RegionInfo.$Properties[];
            static create(properties: hbase.pb.GetOnlineRegionResponse.$Shape): hbase.pb.GetOnlineRegionResponse & hbase.pb.GetOnlineRegionResponse.$Shape;
            static create(properties?: hbase.pb.GetOnlineRegionResponse.$Properties): hbase.pb.GetOnlineRegionResponse;
            static encode(m: hbase.pb.GetOnlineRegionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetOnlineRegionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetOnlineRegionResponse & hbase.pb.GetOnlineRegionResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetOnlineRegionResponse & hbase.pb.GetOnlineRegionResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetOnlineRegionResponse;
            static toObject(m: hbase.pb.GetOnlineRegionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetOnlineRegionResponse {
            interface $Properties {
                regionInfo?: (hbase.pb.RegionInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetOnlineRegionResponse.$Properties;
        }

        interface IGetServerInfoRequest extends hbase.pb.GetServerInfoRequest.$Properties {
        }

        class GetServerInfoRequest {
            constructor(p?: hbase.pb.GetServerInfoRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.GetServerInfoRequest.$Shape): hbase.pb.GetServerInfoRequest & hbase.pb.GetServerInfoRequest.$Shape;
            static create(properties?: hbase.pb.GetServerInfoRequest.$Properties): hbase.pb.GetServerInfoRequest;
            static encode(m: hbase.pb.GetServerInfoRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetServerInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetServerInfoRequest & hbase.pb.GetServerInfoRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetServerInfoRequest & hbase.pb.GetServerInfoRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetServerInfoRequest;
            static toObject(m: hbase.pb.GetServerInfoRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetServerInfoRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetServerInfoRequest.$Properties;
        }

        interface IServerInfo extends hbase.pb.ServerInfo.$Properties {
        }

        class ServerInfo {
            constructor(p?: hbase.pb.ServerInfo.$Properties);
            $unknowns?: Uint8Array[];
            serverName: hbase.pb.ServerName.$Properties;
            webuiPort: number;
            static create(properties: hbase.pb.ServerInfo.$Shape): hbase.pb.ServerInfo & hbase.pb.ServerInfo.$Shape;
            static create(properties?: hbase.pb.ServerInfo.$Properties): hbase.pb.ServerInfo;
            static encode(m: hbase.pb.ServerInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ServerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ServerInfo & hbase.pb.ServerInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ServerInfo & hbase.pb.ServerInfo.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ServerInfo;
            static toObject(m: hbase.pb.ServerInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerInfo {
            interface $Properties {
                serverName: hbase.pb.ServerName.$Properties;
                webuiPort?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ServerInfo.$Properties;
        }

        interface IGetServerInfoResponse extends hbase.pb.GetServerInfoResponse.$Properties {
        }

        class GetServerInfoResponse {
            constructor(p?: hbase.pb.GetServerInfoResponse.$Properties);
            $unknowns?: Uint8Array[];
            serverInfo: hbase.pb.ServerInfo.$Properties;
            static create(properties: hbase.pb.GetServerInfoResponse.$Shape): hbase.pb.GetServerInfoResponse & hbase.pb.GetServerInfoResponse.$Shape;
            static create(properties?: hbase.pb.GetServerInfoResponse.$Properties): hbase.pb.GetServerInfoResponse;
            static encode(m: hbase.pb.GetServerInfoResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetServerInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetServerInfoResponse & hbase.pb.GetServerInfoResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetServerInfoResponse & hbase.pb.GetServerInfoResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetServerInfoResponse;
            static toObject(m: hbase.pb.GetServerInfoResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetServerInfoResponse {
            interface $Properties {
                serverInfo: hbase.pb.ServerInfo.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetServerInfoResponse.$Properties;
        }

        interface ICompactRegionRequest extends hbase.pb.CompactRegionRequest.$Properties {
        }

        class CompactRegionRequest {
            constructor(p?: hbase.pb.CompactRegionRequest.$Properties);
            $unknowns?: Uint8Array[];
            region: hbase.pb.RegionSpecifier.$Properties;
            major: boolean;
            family: Uint8Array;
            static create(properties: hbase.pb.CompactRegionRequest.$Shape): hbase.pb.CompactRegionRequest & hbase.pb.CompactRegionRequest.$Shape;
            static create(properties?: hbase.pb.CompactRegionRequest.$Properties): hbase.pb.CompactRegionRequest;
            static encode(m: hbase.pb.CompactRegionRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CompactRegionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CompactRegionRequest & hbase.pb.CompactRegionRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CompactRegionRequest & hbase.pb.CompactRegionRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CompactRegionRequest;
            static toObject(m: hbase.pb.CompactRegionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompactRegionRequest {
            interface $Properties {
                region: hbase.pb.RegionSpecifier.$Properties;
                major?: (boolean|null);
                family?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CompactRegionRequest.$Properties;
        }

        interface ICompactRegionResponse extends hbase.pb.CompactRegionResponse.$Properties {
        }

        class CompactRegionResponse {
            constructor(p?: hbase.pb.CompactRegionResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.CompactRegionResponse.$Shape): hbase.pb.CompactRegionResponse & hbase.pb.CompactRegionResponse.$Shape;
            static create(properties?: hbase.pb.CompactRegionResponse.$Properties): hbase.pb.CompactRegionResponse;
            static encode(m: hbase.pb.CompactRegionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CompactRegionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CompactRegionResponse & hbase.pb.CompactRegionResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CompactRegionResponse & hbase.pb.CompactRegionResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CompactRegionResponse;
            static toObject(m: hbase.pb.CompactRegionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompactRegionResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CompactRegionResponse.$Properties;
        }

        interface IFlushRegionRequest extends hbase.pb.FlushRegionRequest.$Properties {
        }

        class FlushRegionRequest {
            constructor(p?: hbase.pb.FlushRegionRequest.$Properties);
            $unknowns?: Uint8Array[];
            region: hbase.pb.RegionSpecifier.$Properties;
            ifOlderThanTs: Long;
            writeFlushWalMarker: boolean;
            family: Uint8Array;
            static create(properties: hbase.pb.FlushRegionRequest.$Shape): hbase.pb.FlushRegionRequest & hbase.pb.FlushRegionRequest.$Shape;
            static create(properties?: hbase.pb.FlushRegionRequest.$Properties): hbase.pb.FlushRegionRequest;
            static encode(m: hbase.pb.FlushRegionRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.FlushRegionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.FlushRegionRequest & hbase.pb.FlushRegionRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.FlushRegionRequest & hbase.pb.FlushRegionRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.FlushRegionRequest;
            static toObject(m: hbase.pb.FlushRegionRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlushRegionRequest {
            interface $Properties {
                region: hbase.pb.RegionSpecifier.$Properties;
                ifOlderThanTs?: (Long|null);
                writeFlushWalMarker?: (boolean|null);
                family?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.FlushRegionRequest.$Properties;
        }

        interface IFlushRegionResponse extends hbase.pb.FlushRegionResponse.$Properties {
        }

        class FlushRegionResponse {
            constructor(p?: hbase.pb.FlushRegionResponse.$Properties);
            $unknowns?: Uint8Array[];
            lastFlushTime: Long;
            flushed: boolean;
            wroteFlushWalMarker: boolean;
            static create(properties: hbase.pb.FlushRegionResponse.$Shape): hbase.pb.FlushRegionResponse & hbase.pb.FlushRegionResponse.$Shape;
            static create(properties?: hbase.pb.FlushRegionResponse.$Properties): hbase.pb.FlushRegionResponse;
            static encode(m: hbase.pb.FlushRegionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.FlushRegionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.FlushRegionResponse & hbase.pb.FlushRegionResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.FlushRegionResponse & hbase.pb.FlushRegionResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.FlushRegionResponse;
            static toObject(m: hbase.pb.FlushRegionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FlushRegionResponse {
            interface $Properties {
                lastFlushTime: Long;
                flushed?: (boolean|null);
                wroteFlushWalMarker?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.FlushRegionResponse.$Properties;
        }

        interface ICompactionSwitchRequest extends hbase.pb.CompactionSwitchRequest.$Properties {
        }

        class CompactionSwitchRequest {
            constructor(p?: hbase.pb.CompactionSwitchRequest.$Properties);
            $unknowns?: Uint8Array[];
            enabled: boolean;
            static create(properties: hbase.pb.CompactionSwitchRequest.$Shape): hbase.pb.CompactionSwitchRequest & hbase.pb.CompactionSwitchRequest.$Shape;
            static create(properties?: hbase.pb.CompactionSwitchRequest.$Properties): hbase.pb.CompactionSwitchRequest;
            static encode(m: hbase.pb.CompactionSwitchRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CompactionSwitchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CompactionSwitchRequest & hbase.pb.CompactionSwitchRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CompactionSwitchRequest & hbase.pb.CompactionSwitchRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CompactionSwitchRequest;
            static toObject(m: hbase.pb.CompactionSwitchRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompactionSwitchRequest {
            interface $Properties {
                enabled: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CompactionSwitchRequest.$Properties;
        }

        interface ICompactionSwitchResponse extends hbase.pb.CompactionSwitchResponse.$Properties {
        }

        class CompactionSwitchResponse {
            constructor(p?: hbase.pb.CompactionSwitchResponse.$Properties);
            $unknowns?: Uint8Array[];
            prevState: boolean;
            static create(properties: hbase.pb.CompactionSwitchResponse.$Shape): hbase.pb.CompactionSwitchResponse & hbase.pb.CompactionSwitchResponse.$Shape;
            static create(properties?: hbase.pb.CompactionSwitchResponse.$Properties): hbase.pb.CompactionSwitchResponse;
            static encode(m: hbase.pb.CompactionSwitchResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CompactionSwitchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CompactionSwitchResponse & hbase.pb.CompactionSwitchResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CompactionSwitchResponse & hbase.pb.CompactionSwitchResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CompactionSwitchResponse;
            static toObject(m: hbase.pb.CompactionSwitchResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompactionSwitchResponse {
            interface $Properties {
                prevState: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CompactionSwitchResponse.$Properties;
        }

        interface IGetRegionLoadRequest extends hbase.pb.GetRegionLoadRequest.$Properties {
        }

        class GetRegionLoadRequest {
            constructor(p?: hbase.pb.GetRegionLoadRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName?: (hbase.pb.TableName.$Properties|null);
            static create(properties: hbase.pb.GetRegionLoadRequest.$Shape): hbase.pb.GetRegionLoadRequest & hbase.pb.GetRegionLoadRequest.$Shape;
            static create(properties?: hbase.pb.GetRegionLoadRequest.$Properties): hbase.pb.GetRegionLoadRequest;
            static encode(m: hbase.pb.GetRegionLoadRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetRegionLoadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetRegionLoadRequest & hbase.pb.GetRegionLoadRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetRegionLoadRequest & hbase.pb.GetRegionLoadRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetRegionLoadRequest;
            static toObject(m: hbase.pb.GetRegionLoadRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRegionLoadRequest {
            interface $Properties {
                tableName?: (hbase.pb.TableName.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetRegionLoadRequest.$Properties;
        }

        interface IGetRegionLoadResponse extends hbase.pb.GetRegionLoadResponse.$Properties {
        }

        class GetRegionLoadResponse {
            constructor(p?: hbase.pb.GetRegionLoadResponse.$Properties);
            $unknowns?: Uint8Array[];
            regionLoads: hbase.pb.RegionLoad.$Properties[];
            static create(properties: hbase.pb.GetRegionLoadResponse.$Shape): hbase.pb.GetRegionLoadResponse & hbase.pb.GetRegionLoadResponse.$Shape;
            static create(properties?: hbase.pb.GetRegionLoadResponse.$Properties): hbase.pb.GetRegionLoadResponse;
            static encode(m: hbase.pb.GetRegionLoadResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetRegionLoadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetRegionLoadResponse & hbase.pb.GetRegionLoadResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetRegionLoadResponse & hbase.pb.GetRegionLoadResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetRegionLoadResponse;
            static toObject(m: hbase.pb.GetRegionLoadResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRegionLoadResponse {
            interface $Properties {
                regionLoads?: (hbase.pb.RegionLoad.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetRegionLoadResponse.$Properties;
        }

        class AdminService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): AdminService;
            getRegionInfo: hbase.pb.AdminService.GetRegionInfo;
            getOnlineRegion: hbase.pb.AdminService.GetOnlineRegion;
            getServerInfo: hbase.pb.AdminService.GetServerInfo;
            flushRegion: hbase.pb.AdminService.FlushRegion;
            compactionSwitch: hbase.pb.AdminService.CompactionSwitch;
            compactRegion: hbase.pb.AdminService.CompactRegion;
            getRegionLoad: hbase.pb.AdminService.GetRegionLoad;
        }

        namespace AdminService {
            type GetRegionInfoCallback = (error: (Error|null), response?: hbase.pb.GetRegionInfoResponse) => void;
            type GetRegionInfo = {
              (request: hbase.pb.IGetRegionInfoRequest, callback: hbase.pb.AdminService.GetRegionInfoCallback): void;
              (request: hbase.pb.IGetRegionInfoRequest): Promise<hbase.pb.GetRegionInfoResponse>;
              readonly name: "GetRegionInfo";
              readonly path: "/hbase.pb.AdminService/GetRegionInfo";
              readonly requestType: "GetRegionInfoRequest";
              readonly responseType: "GetRegionInfoResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetOnlineRegionCallback = (error: (Error|null), response?: hbase.pb.GetOnlineRegionResponse) => void;
            type GetOnlineRegion = {
              (request: hbase.pb.IGetOnlineRegionRequest, callback: hbase.pb.AdminService.GetOnlineRegionCallback): void;
              (request: hbase.pb.IGetOnlineRegionRequest): Promise<hbase.pb.GetOnlineRegionResponse>;
              readonly name: "GetOnlineRegion";
              readonly path: "/hbase.pb.AdminService/GetOnlineRegion";
              readonly requestType: "GetOnlineRegionRequest";
              readonly responseType: "GetOnlineRegionResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetServerInfoCallback = (error: (Error|null), response?: hbase.pb.GetServerInfoResponse) => void;
            type GetServerInfo = {
              (request: hbase.pb.IGetServerInfoRequest, callback: hbase.pb.AdminService.GetServerInfoCallback): void;
              (request: hbase.pb.IGetServerInfoRequest): Promise<hbase.pb.GetServerInfoResponse>;
              readonly name: "GetServerInfo";
              readonly path: "/hbase.pb.AdminService/GetServerInfo";
              readonly requestType: "GetServerInfoRequest";
              readonly responseType: "GetServerInfoResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type FlushRegionCallback = (error: (Error|null), response?: hbase.pb.FlushRegionResponse) => void;
            type FlushRegion = {
              (request: hbase.pb.IFlushRegionRequest, callback: hbase.pb.AdminService.FlushRegionCallback): void;
              (request: hbase.pb.IFlushRegionRequest): Promise<hbase.pb.FlushRegionResponse>;
              readonly name: "FlushRegion";
              readonly path: "/hbase.pb.AdminService/FlushRegion";
              readonly requestType: "FlushRegionRequest";
              readonly responseType: "FlushRegionResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CompactionSwitchCallback = (error: (Error|null), response?: hbase.pb.CompactionSwitchResponse) => void;
            type CompactionSwitch = {
              (request: hbase.pb.ICompactionSwitchRequest, callback: hbase.pb.AdminService.CompactionSwitchCallback): void;
              (request: hbase.pb.ICompactionSwitchRequest): Promise<hbase.pb.CompactionSwitchResponse>;
              readonly name: "CompactionSwitch";
              readonly path: "/hbase.pb.AdminService/CompactionSwitch";
              readonly requestType: "CompactionSwitchRequest";
              readonly responseType: "CompactionSwitchResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CompactRegionCallback = (error: (Error|null), response?: hbase.pb.CompactRegionResponse) => void;
            type CompactRegion = {
              (request: hbase.pb.ICompactRegionRequest, callback: hbase.pb.AdminService.CompactRegionCallback): void;
              (request: hbase.pb.ICompactRegionRequest): Promise<hbase.pb.CompactRegionResponse>;
              readonly name: "CompactRegion";
              readonly path: "/hbase.pb.AdminService/CompactRegion";
              readonly requestType: "CompactRegionRequest";
              readonly responseType: "CompactRegionResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetRegionLoadCallback = (error: (Error|null), response?: hbase.pb.GetRegionLoadResponse) => void;
            type GetRegionLoad = {
              (request: hbase.pb.IGetRegionLoadRequest, callback: hbase.pb.AdminService.GetRegionLoadCallback): void;
              (request: hbase.pb.IGetRegionLoadRequest): Promise<hbase.pb.GetRegionLoadResponse>;
              readonly name: "GetRegionLoad";
              readonly path: "/hbase.pb.AdminService/GetRegionLoad";
              readonly requestType: "GetRegionLoadRequest";
              readonly responseType: "GetRegionLoadResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IRegionState extends hbase.pb.RegionState.$Properties {
        }

        class RegionState {
            constructor(p?: hbase.pb.RegionState.$Properties);
            $unknowns?: Uint8Array[];
            regionInfo: hbase.pb.RegionInfo.$Properties;
            state: hbase.pb.RegionState.State;
            stamp: Long;
            static create(properties: hbase.pb.RegionState.$Shape): hbase.pb.RegionState & hbase.pb.RegionState.$Shape;
            static create(properties?: hbase.pb.RegionState.$Properties): hbase.pb.RegionState;
            static encode(m: hbase.pb.RegionState.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionState & hbase.pb.RegionState.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionState & hbase.pb.RegionState.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionState;
            static toObject(m: hbase.pb.RegionState, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionState {
            interface $Properties {
                regionInfo: hbase.pb.RegionInfo.$Properties;
                state: hbase.pb.RegionState.State;
                stamp?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionState.$Properties;

            enum State {
                OFFLINE = 0,
                PENDING_OPEN = 1,
                OPENING = 2,
                OPEN = 3,
                PENDING_CLOSE = 4,
                CLOSING = 5,
                CLOSED = 6,
                SPLITTING = 7,
                SPLIT = 8,
                FAILED_OPEN = 9,
                FAILED_CLOSE = 10,
                MERGING = 11,
                MERGED = 12,
                SPLITTING_NEW = 13,
                MERGING_NEW = 14,
                ABNORMALLY_CLOSED = 15
            }
        }

        interface IRegionInTransition extends hbase.pb.RegionInTransition.$Properties {
        }

        class RegionInTransition {
            constructor(p?: hbase.pb.RegionInTransition.$Properties);
            $unknowns?: Uint8Array[];
            spec: hbase.pb.RegionSpecifier.$Properties;
            regionState: hbase.pb.RegionState.$Properties;
            static create(properties: hbase.pb.RegionInTransition.$Shape): hbase.pb.RegionInTransition & hbase.pb.RegionInTransition.$Shape;
            static create(properties?: hbase.pb.RegionInTransition.$Properties): hbase.pb.RegionInTransition;
            static encode(m: hbase.pb.RegionInTransition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionInTransition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionInTransition & hbase.pb.RegionInTransition.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionInTransition & hbase.pb.RegionInTransition.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionInTransition;
            static toObject(m: hbase.pb.RegionInTransition, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionInTransition {
            interface $Properties {
                spec: hbase.pb.RegionSpecifier.$Properties;
                regionState: hbase.pb.RegionState.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionInTransition.$Properties;
        }

        interface IStoreSequenceId extends hbase.pb.StoreSequenceId.$Properties {
        }

        class StoreSequenceId {
            constructor(p?: hbase.pb.StoreSequenceId.$Properties);
            $unknowns?: Uint8Array[];
            familyName: Uint8Array;
            sequenceId: Long;
            static create(properties: hbase.pb.StoreSequenceId.$Shape): hbase.pb.StoreSequenceId & hbase.pb.StoreSequenceId.$Shape;
            static create(properties?: hbase.pb.StoreSequenceId.$Properties): hbase.pb.StoreSequenceId;
            static encode(m: hbase.pb.StoreSequenceId.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.StoreSequenceId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.StoreSequenceId & hbase.pb.StoreSequenceId.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.StoreSequenceId & hbase.pb.StoreSequenceId.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.StoreSequenceId;
            static toObject(m: hbase.pb.StoreSequenceId, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StoreSequenceId {
            interface $Properties {
                familyName: Uint8Array;
                sequenceId: Long;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.StoreSequenceId.$Properties;
        }

        interface IRegionLoad extends hbase.pb.RegionLoad.$Properties {
        }

        class RegionLoad {
            constructor(p?: hbase.pb.RegionLoad.$Properties);
            $unknowns?: Uint8Array[];
            regionSpecifier: hbase.pb.RegionSpecifier.$Properties;
            stores: number;
            storefiles: number;
            storeUncompressedSize_MB: number;
            storefileSize_MB: number;
            memStoreSize_MB: number;
            storefileIndexSize_KB: Long;
            readRequestsCount: Long;
            writeRequestsCount: Long;
            totalCompacting_KVs: Long;
            currentCompacted_KVs: Long;
            rootIndexSize_KB: number;
            totalStaticIndexSize_KB: number;
            totalStaticBloomSize_KB: number;
            completeSequenceId: Long;
            dataLocality: number;
            lastMajorCompactionTs: Long;
            storeCompleteSequenceId: hbase.pb.StoreSequenceId.$Properties[];
            filteredReadRequestsCount: Long;
            storeRefCount: number;
            maxCompactedStoreFileRefCount: number;
            dataLocalityForSsd: number;
            blocksLocalWeight: Long;
            blocksLocalWithSsdWeight: Long;
            blocksTotalWeight: Long;
            compactionState: hbase.pb.RegionLoad.CompactionState;
            regionSize_MB: number;
            currentRegionCachedRatio: number;
            currentRegionColdDataRatio: number;
            static create(properties: hbase.pb.RegionLoad.$Shape): hbase.pb.RegionLoad & hbase.pb.RegionLoad.$Shape;
            static create(properties?: hbase.pb.RegionLoad.$Properties): hbase.pb.RegionLoad;
            static encode(m: hbase.pb.RegionLoad.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionLoad & hbase.pb.RegionLoad.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionLoad & hbase.pb.RegionLoad.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionLoad;
            static toObject(m: hbase.pb.RegionLoad, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionLoad {
            interface $Properties {
                regionSpecifier: hbase.pb.RegionSpecifier.$Properties;
                stores?: (number|null);
                storefiles?: (number|null);
                storeUncompressedSize_MB?: (number|null);
                storefileSize_MB?: (number|null);
                memStoreSize_MB?: (number|null);
                storefileIndexSize_KB?: (Long|null);
                readRequestsCount?: (Long|null);
                writeRequestsCount?: (Long|null);
                totalCompacting_KVs?: (Long|null);
                currentCompacted_KVs?: (Long|null);
                rootIndexSize_KB?: (number|null);
                totalStaticIndexSize_KB?: (number|null);
                totalStaticBloomSize_KB?: (number|null);
                completeSequenceId?: (Long|null);
                dataLocality?: (number|null);
                lastMajorCompactionTs?: (Long|null);
                storeCompleteSequenceId?: (hbase.pb.StoreSequenceId.$Properties[]|null);
                filteredReadRequestsCount?: (Long|null);
                storeRefCount?: (number|null);
                maxCompactedStoreFileRefCount?: (number|null);
                dataLocalityForSsd?: (number|null);
                blocksLocalWeight?: (Long|null);
                blocksLocalWithSsdWeight?: (Long|null);
                blocksTotalWeight?: (Long|null);
                compactionState?: (hbase.pb.RegionLoad.CompactionState|null);
                regionSize_MB?: (number|null);
                currentRegionCachedRatio?: (number|null);
                currentRegionColdDataRatio?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionLoad.$Properties;

            enum CompactionState {
                NONE = 0,
                MINOR = 1,
                MAJOR = 2,
                MAJOR_AND_MINOR = 3
            }
        }

        interface IUserLoad extends hbase.pb.UserLoad.$Properties {
        }

        class UserLoad {
            constructor(p?: hbase.pb.UserLoad.$Properties);
            $unknowns?: Uint8Array[];
            userName: string;
            clientMetrics: hbase.pb.ClientMetrics.$Properties[];
            static create(properties: hbase.pb.UserLoad.$Shape): hbase.pb.UserLoad & hbase.pb.UserLoad.$Shape;
            static create(properties?: hbase.pb.UserLoad.$Properties): hbase.pb.UserLoad;
            static encode(m: hbase.pb.UserLoad.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.UserLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.UserLoad & hbase.pb.UserLoad.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.UserLoad & hbase.pb.UserLoad.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.UserLoad;
            static toObject(m: hbase.pb.UserLoad, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserLoad {
            interface $Properties {
                userName: string;
                clientMetrics?: (hbase.pb.ClientMetrics.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.UserLoad.$Properties;
        }

        interface IClientMetrics extends hbase.pb.ClientMetrics.$Properties {
        }

        class ClientMetrics {
            constructor(p?: hbase.pb.ClientMetrics.$Properties);
            $unknowns?: Uint8Array[];
            hostName: string;
            readRequestsCount: Long;
            writeRequestsCount: Long;
            filteredRequestsCount: Long;
            hostAddress: string;
            userName: string;
            clientVersion: string;
            serviceName: string;
            static create(properties: hbase.pb.ClientMetrics.$Shape): hbase.pb.ClientMetrics & hbase.pb.ClientMetrics.$Shape;
            static create(properties?: hbase.pb.ClientMetrics.$Properties): hbase.pb.ClientMetrics;
            static encode(m: hbase.pb.ClientMetrics.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ClientMetrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ClientMetrics & hbase.pb.ClientMetrics.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ClientMetrics & hbase.pb.ClientMetrics.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ClientMetrics;
            static toObject(m: hbase.pb.ClientMetrics, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientMetrics {
            interface $Properties {
                hostName: string;
                readRequestsCount?: (Long|null);
                writeRequestsCount?: (Long|null);
                filteredRequestsCount?: (Long|null);
                hostAddress?: (string|null);
                userName?: (string|null);
                clientVersion?: (string|null);
                serviceName?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ClientMetrics.$Properties;
        }

        interface IReplicationLoadSink extends hbase.pb.ReplicationLoadSink.$Properties {
        }

        class ReplicationLoadSink {
            constructor(p?: hbase.pb.ReplicationLoadSink.$Properties);
            $unknowns?: Uint8Array[];
            ageOfLastAppliedOp: Long;
            timeStampsOfLastAppliedOp: Long;
            timestampStarted: Long;
            totalOpsProcessed: Long;
            static create(properties: hbase.pb.ReplicationLoadSink.$Shape): hbase.pb.ReplicationLoadSink & hbase.pb.ReplicationLoadSink.$Shape;
            static create(properties?: hbase.pb.ReplicationLoadSink.$Properties): hbase.pb.ReplicationLoadSink;
            static encode(m: hbase.pb.ReplicationLoadSink.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ReplicationLoadSink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ReplicationLoadSink & hbase.pb.ReplicationLoadSink.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ReplicationLoadSink & hbase.pb.ReplicationLoadSink.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ReplicationLoadSink;
            static toObject(m: hbase.pb.ReplicationLoadSink, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicationLoadSink {
            interface $Properties {
                ageOfLastAppliedOp: Long;
                timeStampsOfLastAppliedOp: Long;
                timestampStarted?: (Long|null);
                totalOpsProcessed?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ReplicationLoadSink.$Properties;
        }

        interface IReplicationLoadSource extends hbase.pb.ReplicationLoadSource.$Properties {
        }

        class ReplicationLoadSource {
            constructor(p?: hbase.pb.ReplicationLoadSource.$Properties);
            $unknowns?: Uint8Array[];
            peerID: string;
            ageOfLastShippedOp: Long;
            sizeOfLogQueue: number;
            timeStampOfLastShippedOp: Long;
            replicationLag: Long;
            timeStampOfNextToReplicate: Long;
            queueId: string;
            recovered: boolean;
            running: boolean;
            editsSinceRestart: boolean;
            editsRead: Long;
            oPsShipped: Long;
            static create(properties: hbase.pb.ReplicationLoadSource.$Shape): hbase.pb.ReplicationLoadSource & hbase.pb.ReplicationLoadSource.$Shape;
            static create(properties?: hbase.pb.ReplicationLoadSource.$Properties): hbase.pb.ReplicationLoadSource;
            static encode(m: hbase.pb.ReplicationLoadSource.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ReplicationLoadSource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ReplicationLoadSource & hbase.pb.ReplicationLoadSource.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ReplicationLoadSource & hbase.pb.ReplicationLoadSource.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ReplicationLoadSource;
            static toObject(m: hbase.pb.ReplicationLoadSource, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicationLoadSource {
            interface $Properties {
                peerID: string;
                ageOfLastShippedOp: Long;
                sizeOfLogQueue: number;
                timeStampOfLastShippedOp: Long;
                replicationLag: Long;
                timeStampOfNextToReplicate?: (Long|null);
                queueId?: (string|null);
                recovered?: (boolean|null);
                running?: (boolean|null);
                editsSinceRestart?: (boolean|null);
                editsRead?: (Long|null);
                oPsShipped?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ReplicationLoadSource.$Properties;
        }

        interface IServerTask extends hbase.pb.ServerTask.$Properties {
        }

        class ServerTask {
            constructor(p?: hbase.pb.ServerTask.$Properties);
            $unknowns?: Uint8Array[];
            description: string;
            status: string;
            state: hbase.pb.ServerTask.State;
            startTime: Long;
            completionTime: Long;
            static create(properties: hbase.pb.ServerTask.$Shape): hbase.pb.ServerTask & hbase.pb.ServerTask.$Shape;
            static create(properties?: hbase.pb.ServerTask.$Properties): hbase.pb.ServerTask;
            static encode(m: hbase.pb.ServerTask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ServerTask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ServerTask & hbase.pb.ServerTask.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ServerTask & hbase.pb.ServerTask.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ServerTask;
            static toObject(m: hbase.pb.ServerTask, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerTask {
            interface $Properties {
                description: string;
                status: string;
                state: hbase.pb.ServerTask.State;
                startTime?: (Long|null);
                completionTime?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ServerTask.$Properties;

            enum State {
                RUNNING = 0,
                WAITING = 1,
                COMPLETE = 2,
                ABORTED = 3
            }
        }

        interface IServerLoad extends hbase.pb.ServerLoad.$Properties {
        }

        class ServerLoad {
            constructor(p?: hbase.pb.ServerLoad.$Properties);
            $unknowns?: Uint8Array[];
            numberOfRequests: Long;
            totalNumberOfRequests: Long;
            usedHeap_MB: number;
            maxHeap_MB: number;
            regionLoads: hbase.pb.RegionLoad.$Properties[];
            coprocessors: hbase.pb.Coprocessor.$Properties[];
            reportStartTime: Long;
            reportEndTime: Long;
            infoServerPort: number;
            replLoadSource: hbase.pb.ReplicationLoadSource.$Properties[];
            replLoadSink?: (hbase.pb.ReplicationLoadSink.$Properties|null);
            userLoads: hbase.pb.UserLoad.$Properties[];
            tasks: hbase.pb.ServerTask.$Properties[];
            regionCachedInfo: { [k: string]: number };
            cacheFreeSize: Long;
            regionColdData: { [k: string]: number };
            static create(properties: hbase.pb.ServerLoad.$Shape): hbase.pb.ServerLoad & hbase.pb.ServerLoad.$Shape;
            static create(properties?: hbase.pb.ServerLoad.$Properties): hbase.pb.ServerLoad;
            static encode(m: hbase.pb.ServerLoad.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ServerLoad.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ServerLoad & hbase.pb.ServerLoad.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ServerLoad & hbase.pb.ServerLoad.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ServerLoad;
            static toObject(m: hbase.pb.ServerLoad, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerLoad {
            interface $Properties {
                numberOfRequests?: (Long|null);
                totalNumberOfRequests?: (Long|null);
                usedHeap_MB?: (number|null);
                maxHeap_MB?: (number|null);
                regionLoads?: (hbase.pb.RegionLoad.$Properties[]|null);
                coprocessors?: (hbase.pb.Coprocessor.$Properties[]|null);
                reportStartTime?: (Long|null);
                reportEndTime?: (Long|null);
                infoServerPort?: (number|null);
                replLoadSource?: (hbase.pb.ReplicationLoadSource.$Properties[]|null);
                replLoadSink?: (hbase.pb.ReplicationLoadSink.$Properties|null);
                userLoads?: (hbase.pb.UserLoad.$Properties[]|null);
                tasks?: (hbase.pb.ServerTask.$Properties[]|null);
                regionCachedInfo?: ({ [k: string]: number }|null);
                cacheFreeSize?: (Long|null);
                regionColdData?: ({ [k: string]: number }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ServerLoad.$Properties;
        }

        interface ILiveServerInfo extends hbase.pb.LiveServerInfo.$Properties {
        }

        class LiveServerInfo {
            constructor(p?: hbase.pb.LiveServerInfo.$Properties);
            $unknowns?: Uint8Array[];
            server: hbase.pb.ServerName.$Properties;
            serverLoad: hbase.pb.ServerLoad.$Properties;
            static create(properties: hbase.pb.LiveServerInfo.$Shape): hbase.pb.LiveServerInfo & hbase.pb.LiveServerInfo.$Shape;
            static create(properties?: hbase.pb.LiveServerInfo.$Properties): hbase.pb.LiveServerInfo;
            static encode(m: hbase.pb.LiveServerInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.LiveServerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.LiveServerInfo & hbase.pb.LiveServerInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.LiveServerInfo & hbase.pb.LiveServerInfo.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.LiveServerInfo;
            static toObject(m: hbase.pb.LiveServerInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LiveServerInfo {
            interface $Properties {
                server: hbase.pb.ServerName.$Properties;
                serverLoad: hbase.pb.ServerLoad.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.LiveServerInfo.$Properties;
        }

        interface IRegionStatesCount extends hbase.pb.RegionStatesCount.$Properties {
        }

        class RegionStatesCount {
            constructor(p?: hbase.pb.RegionStatesCount.$Properties);
            $unknowns?: Uint8Array[];
            openRegions: number;
            splitRegions: number;
            closedRegions: number;
            regionsInTransition: number;
            totalRegions: number;
            static create(properties: hbase.pb.RegionStatesCount.$Shape): hbase.pb.RegionStatesCount & hbase.pb.RegionStatesCount.$Shape;
            static create(properties?: hbase.pb.RegionStatesCount.$Properties): hbase.pb.RegionStatesCount;
            static encode(m: hbase.pb.RegionStatesCount.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionStatesCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionStatesCount & hbase.pb.RegionStatesCount.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionStatesCount & hbase.pb.RegionStatesCount.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionStatesCount;
            static toObject(m: hbase.pb.RegionStatesCount, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionStatesCount {
            interface $Properties {
                openRegions: number;
                splitRegions: number;
                closedRegions: number;
                regionsInTransition: number;
                totalRegions: number;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionStatesCount.$Properties;
        }

        interface ITableRegionStatesCount extends hbase.pb.TableRegionStatesCount.$Properties {
        }

        class TableRegionStatesCount {
            constructor(p?: hbase.pb.TableRegionStatesCount.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            regionStatesCount: hbase.pb.RegionStatesCount.$Properties;
            static create(properties: hbase.pb.TableRegionStatesCount.$Shape): hbase.pb.TableRegionStatesCount & hbase.pb.TableRegionStatesCount.$Shape;
            static create(properties?: hbase.pb.TableRegionStatesCount.$Properties): hbase.pb.TableRegionStatesCount;
            static encode(m: hbase.pb.TableRegionStatesCount.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.TableRegionStatesCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.TableRegionStatesCount & hbase.pb.TableRegionStatesCount.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.TableRegionStatesCount & hbase.pb.TableRegionStatesCount.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.TableRegionStatesCount;
            static toObject(m: hbase.pb.TableRegionStatesCount, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TableRegionStatesCount {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                regionStatesCount: hbase.pb.RegionStatesCount.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.TableRegionStatesCount.$Properties;
        }

        interface IClusterStatus extends hbase.pb.ClusterStatus.$Properties {
        }

        class ClusterStatus {
            constructor(p?: hbase.pb.ClusterStatus.$Properties);
            $unknowns?: Uint8Array[];
            hbaseVersion?: (hbase.pb.HBaseVersionFileContent.$Properties|null);
            liveServers: hbase.pb.LiveServerInfo.$Properties[];
            deadServers: hbase.pb.ServerName.$Properties[];
            regionsInTransition: hbase.pb.RegionInTransition.$Properties[];
            clusterId?: (hbase.pb.ClusterId.$Properties|null);
            masterCoprocessors: hbase.pb.Coprocessor.$Properties[];
            master?: (hbase.pb.ServerName.$Properties|null);
            backupMasters: hbase.pb.ServerName.$Properties[];
            balancerOn: boolean;
            masterInfoPort: number;
            serversName: hbase.pb.ServerName.$Properties[];
            tableRegionStatesCount: hbase.pb.TableRegionStatesCount.$Properties[];
            masterTasks: hbase.pb.ServerTask.$Properties[];
            unknownServers: hbase.pb.ServerName.$Properties[];
            static create(properties: hbase.pb.ClusterStatus.$Shape): hbase.pb.ClusterStatus & hbase.pb.ClusterStatus.$Shape;
            static create(properties?: hbase.pb.ClusterStatus.$Properties): hbase.pb.ClusterStatus;
            static encode(m: hbase.pb.ClusterStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ClusterStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ClusterStatus & hbase.pb.ClusterStatus.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ClusterStatus & hbase.pb.ClusterStatus.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ClusterStatus;
            static toObject(m: hbase.pb.ClusterStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterStatus {
            interface $Properties {
                hbaseVersion?: (hbase.pb.HBaseVersionFileContent.$Properties|null);
                liveServers?: (hbase.pb.LiveServerInfo.$Properties[]|null);
                deadServers?: (hbase.pb.ServerName.$Properties[]|null);
                regionsInTransition?: (hbase.pb.RegionInTransition.$Properties[]|null);
                clusterId?: (hbase.pb.ClusterId.$Properties|null);
                masterCoprocessors?: (hbase.pb.Coprocessor.$Properties[]|null);
                master?: (hbase.pb.ServerName.$Properties|null);
                backupMasters?: (hbase.pb.ServerName.$Properties[]|null);
                balancerOn?: (boolean|null);
                masterInfoPort?: (number|null);
                serversName?: (hbase.pb.ServerName.$Properties[]|null);
                tableRegionStatesCount?: (hbase.pb.TableRegionStatesCount.$Properties[]|null);
                masterTasks?: (hbase.pb.ServerTask.$Properties[]|null);
                unknownServers?: (hbase.pb.ServerName.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ClusterStatus.$Properties;
        }

        enum Option {
            HBASE_VERSION = 0,
            CLUSTER_ID = 1,
            LIVE_SERVERS = 2,
            DEAD_SERVERS = 3,
            MASTER = 4,
            BACKUP_MASTERS = 5,
            MASTER_COPROCESSORS = 6,
            REGIONS_IN_TRANSITION = 7,
            BALANCER_ON = 8,
            MASTER_INFO_PORT = 9,
            SERVERS_NAME = 10,
            TABLE_TO_REGIONS_COUNT = 11,
            TASKS = 12,
            UNKNOWN_SERVERS = 13
        }

        interface IClusterId extends hbase.pb.ClusterId.$Properties {
        }

        class ClusterId {
            constructor(p?: hbase.pb.ClusterId.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            static create(properties: hbase.pb.ClusterId.$Shape): hbase.pb.ClusterId & hbase.pb.ClusterId.$Shape;
            static create(properties?: hbase.pb.ClusterId.$Properties): hbase.pb.ClusterId;
            static encode(m: hbase.pb.ClusterId.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ClusterId.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ClusterId & hbase.pb.ClusterId.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ClusterId & hbase.pb.ClusterId.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ClusterId;
            static toObject(m: hbase.pb.ClusterId, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterId {
            interface $Properties {
                clusterId: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ClusterId.$Properties;
        }

        interface IHBaseVersionFileContent extends hbase.pb.HBaseVersionFileContent.$Properties {
        }

        class HBaseVersionFileContent {
            constructor(p?: hbase.pb.HBaseVersionFileContent.$Properties);
            $unknowns?: Uint8Array[];
            version: string;
            static create(properties: hbase.pb.HBaseVersionFileContent.$Shape): hbase.pb.HBaseVersionFileContent & hbase.pb.HBaseVersionFileContent.$Shape;
            static create(properties?: hbase.pb.HBaseVersionFileContent.$Properties): hbase.pb.HBaseVersionFileContent;
            static encode(m: hbase.pb.HBaseVersionFileContent.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.HBaseVersionFileContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.HBaseVersionFileContent & hbase.pb.HBaseVersionFileContent.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.HBaseVersionFileContent & hbase.pb.HBaseVersionFileContent.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.HBaseVersionFileContent;
            static toObject(m: hbase.pb.HBaseVersionFileContent, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HBaseVersionFileContent {
            interface $Properties {
                version: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.HBaseVersionFileContent.$Properties;
        }

        enum CellType {
            MINIMUM = 0,
            PUT = 4,
            DELETE = 8,
            DELETE_FAMILY_VERSION = 10,
            DELETE_COLUMN = 12,
            DELETE_FAMILY = 14,
            MAXIMUM = 255
        }

        interface ICell extends hbase.pb.Cell.$Properties {
        }

        class Cell {
            constructor(p?: hbase.pb.Cell.$Properties);
            $unknowns?: Uint8Array[];
            row: Uint8Array;
            family: Uint8Array;
            qualifier: Uint8Array;
            timestamp: Long;
            cellType: hbase.pb.CellType;
            value: Uint8Array;
            tags: Uint8Array;
            static create(properties: hbase.pb.Cell.$Shape): hbase.pb.Cell & hbase.pb.Cell.$Shape;
            static create(properties?: hbase.pb.Cell.$Properties): hbase.pb.Cell;
            static encode(m: hbase.pb.Cell.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Cell.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Cell & hbase.pb.Cell.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Cell & hbase.pb.Cell.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Cell;
            static toObject(m: hbase.pb.Cell, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Cell {
            interface $Properties {
                row?: (Uint8Array|null);
                family?: (Uint8Array|null);
                qualifier?: (Uint8Array|null);
                timestamp?: (Long|null);
                cellType?: (hbase.pb.CellType|null);
                value?: (Uint8Array|null);
                tags?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Cell.$Properties;
        }

        interface IKeyValue extends hbase.pb.KeyValue.$Properties {
        }

        class KeyValue {
            constructor(p?: hbase.pb.KeyValue.$Properties);
            $unknowns?: Uint8Array[];
            row: Uint8Array;
            family: Uint8Array;
            qualifier: Uint8Array;
            timestamp: Long;
            keyType: hbase.pb.CellType;
            value: Uint8Array;
            tags: Uint8Array;
            static create(properties: hbase.pb.KeyValue.$Shape): hbase.pb.KeyValue & hbase.pb.KeyValue.$Shape;
            static create(properties?: hbase.pb.KeyValue.$Properties): hbase.pb.KeyValue;
            static encode(m: hbase.pb.KeyValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.KeyValue & hbase.pb.KeyValue.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.KeyValue & hbase.pb.KeyValue.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.KeyValue;
            static toObject(m: hbase.pb.KeyValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyValue {
            interface $Properties {
                row: Uint8Array;
                family: Uint8Array;
                qualifier: Uint8Array;
                timestamp?: (Long|null);
                keyType?: (hbase.pb.CellType|null);
                value?: (Uint8Array|null);
                tags?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.KeyValue.$Properties;
        }

        interface IAuthorizations extends hbase.pb.Authorizations.$Properties {
        }

        class Authorizations {
            constructor(p?: hbase.pb.Authorizations.$Properties);
            $unknowns?: Uint8Array[];
            label: string[];
            static create(properties: hbase.pb.Authorizations.$Shape): hbase.pb.Authorizations & hbase.pb.Authorizations.$Shape;
            static create(properties?: hbase.pb.Authorizations.$Properties): hbase.pb.Authorizations;
            static encode(m: hbase.pb.Authorizations.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Authorizations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Authorizations & hbase.pb.Authorizations.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Authorizations & hbase.pb.Authorizations.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Authorizations;
            static toObject(m: hbase.pb.Authorizations, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Authorizations {
            interface $Properties {
                label?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Authorizations.$Properties;
        }

        interface ICellVisibility extends hbase.pb.CellVisibility.$Properties {
        }

        class CellVisibility {
            constructor(p?: hbase.pb.CellVisibility.$Properties);
            $unknowns?: Uint8Array[];
            expression: string;
            static create(properties: hbase.pb.CellVisibility.$Shape): hbase.pb.CellVisibility & hbase.pb.CellVisibility.$Shape;
            static create(properties?: hbase.pb.CellVisibility.$Properties): hbase.pb.CellVisibility;
            static encode(m: hbase.pb.CellVisibility.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CellVisibility.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CellVisibility & hbase.pb.CellVisibility.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CellVisibility & hbase.pb.CellVisibility.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CellVisibility;
            static toObject(m: hbase.pb.CellVisibility, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CellVisibility {
            interface $Properties {
                expression: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CellVisibility.$Properties;
        }

        interface IColumn extends hbase.pb.Column.$Properties {
        }

        class Column {
            constructor(p?: hbase.pb.Column.$Properties);
            $unknowns?: Uint8Array[];
            family: Uint8Array;
            qualifier: Uint8Array[];
            static create(properties: hbase.pb.Column.$Shape): hbase.pb.Column & hbase.pb.Column.$Shape;
            static create(properties?: hbase.pb.Column.$Properties): hbase.pb.Column;
            static encode(m: hbase.pb.Column.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Column.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Column & hbase.pb.Column.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Column & hbase.pb.Column.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Column;
            static toObject(m: hbase.pb.Column, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Column {
            interface $Properties {
                family: Uint8Array;
                qualifier?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Column.$Properties;
        }

        enum Consistency {
            STRONG = 0,
            TIMELINE = 1
        }

        interface IGet extends hbase.pb.Get.$Properties {
        }

        class Get {
            constructor(p?: hbase.pb.Get.$Properties);
            $unknowns?: Uint8Array[];
            row: Uint8Array;
            column: hbase.pb.Column.$Properties[];
            attribute: hbase.pb.NameBytesPair.$Properties[];
            filter?: (hbase.pb.Filter.$Properties|null);
            timeRange?: (hbase.pb.TimeRange.$Properties|null);
            maxVersions: number;
            cacheBlocks: boolean;
            storeLimit: number;
            storeOffset: number;
            existenceOnly: boolean;
            closestRowBefore: boolean;
            consistency: hbase.pb.Consistency;
            cfTimeRange: hbase.pb.ColumnFamilyTimeRange.$Properties[];
            loadColumnFamiliesOnDemand: boolean;
            queryMetricsEnabled: boolean;
            static create(properties: hbase.pb.Get.$Shape): hbase.pb.Get & hbase.pb.Get.$Shape;
            static create(properties?: hbase.pb.Get.$Properties): hbase.pb.Get;
            static encode(m: hbase.pb.Get.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Get.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Get & hbase.pb.Get.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Get & hbase.pb.Get.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Get;
            static toObject(m: hbase.pb.Get, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Get {
            interface $Properties {
                row: Uint8Array;
                column?: (hbase.pb.Column.$Properties[]|null);
                attribute?: (hbase.pb.NameBytesPair.$Properties[]|null);
                filter?: (hbase.pb.Filter.$Properties|null);
                timeRange?: (hbase.pb.TimeRange.$Properties|null);
                maxVersions?: (number|null);
                cacheBlocks?: (boolean|null);
                storeLimit?: (number|null);
                storeOffset?: (number|null);
                existenceOnly?: (boolean|null);
                closestRowBefore?: (boolean|null);
                consistency?: (hbase.pb.Consistency|null);
                cfTimeRange?: (hbase.pb.ColumnFamilyTimeRange.$Properties[]|null);
                loadColumnFamiliesOnDemand?: (boolean|null);
                queryMetricsEnabled?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Get.$Properties;
        }

        interface IResult extends hbase.pb.Result.$Properties {
        }

        class Result {
            constructor(p?: hbase.pb.Result.$Properties);
            $unknowns?: Uint8Array[];
            cell: hbase.pb.Cell.$Properties[];
            associatedCellCount: number;
            exists: boolean;
            stale: boolean;
            partial: boolean;
            metrics?: (hbase.pb.QueryMetrics.$Properties|null);
            static create(properties: hbase.pb.Result.$Shape): hbase.pb.Result & hbase.pb.Result.$Shape;
            static create(properties?: hbase.pb.Result.$Properties): hbase.pb.Result;
            static encode(m: hbase.pb.Result.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Result.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Result & hbase.pb.Result.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Result & hbase.pb.Result.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Result;
            static toObject(m: hbase.pb.Result, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Result {
            interface $Properties {
                cell?: (hbase.pb.Cell.$Properties[]|null);
                associatedCellCount?: (number|null);
                exists?: (boolean|null);
                stale?: (boolean|null);
                partial?: (boolean|null);
                metrics?: (hbase.pb.QueryMetrics.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Result.$Properties;
        }

        interface IGetRequest extends hbase.pb.GetRequest.$Properties {
        }

        class GetRequest {
            constructor(p?: hbase.pb.GetRequest.$Properties);
            $unknowns?: Uint8Array[];
            region: hbase.pb.RegionSpecifier.$Properties;
            get: hbase.pb.Get.$Properties;
            static create(properties: hbase.pb.GetRequest.$Shape): hbase.pb.GetRequest & hbase.pb.GetRequest.$Shape;
            static create(properties?: hbase.pb.GetRequest.$Properties): hbase.pb.GetRequest;
            static encode(m: hbase.pb.GetRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetRequest & hbase.pb.GetRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetRequest & hbase.pb.GetRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetRequest;
            static toObject(m: hbase.pb.GetRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRequest {
            interface $Properties {
                region: hbase.pb.RegionSpecifier.$Properties;
                get: hbase.pb.Get.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetRequest.$Properties;
        }

        interface IGetResponse extends hbase.pb.GetResponse.$Properties {
        }

        class GetResponse {
            constructor(p?: hbase.pb.GetResponse.$Properties);
            $unknowns?: Uint8Array[];
            result?: (hbase.pb.Result.$Properties|null);
            static create(properties: hbase.pb.GetResponse.$Shape): hbase.pb.GetResponse & hbase.pb.GetResponse.$Shape;
            static create(properties?: hbase.pb.GetResponse.$Properties): hbase.pb.GetResponse;
            static encode(m: hbase.pb.GetResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetResponse & hbase.pb.GetResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetResponse & hbase.pb.GetResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetResponse;
            static toObject(m: hbase.pb.GetResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetResponse {
            interface $Properties {
                result?: (hbase.pb.Result.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetResponse.$Properties;
        }

        interface ICondition extends hbase.pb.Condition.$Properties {
        }

        class Condition {
            constructor(p?: hbase.pb.Condition.$Properties);
            $unknowns?: Uint8Array[];
            row: Uint8Array;
            family: Uint8Array;
            qualifier: Uint8Array;
            compareType: hbase.pb.CompareType;
            comparator?: (hbase.pb.Comparator.$Properties|null);
            timeRange?: (hbase.pb.TimeRange.$Properties|null);
            filter?: (hbase.pb.Filter.$Properties|null);
            queryMetricsEnabled: boolean;
            static create(properties: hbase.pb.Condition.$Shape): hbase.pb.Condition & hbase.pb.Condition.$Shape;
            static create(properties?: hbase.pb.Condition.$Properties): hbase.pb.Condition;
            static encode(m: hbase.pb.Condition.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Condition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Condition & hbase.pb.Condition.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Condition & hbase.pb.Condition.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Condition;
            static toObject(m: hbase.pb.Condition, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Condition {
            interface $Properties {
                row: Uint8Array;
                family?: (Uint8Array|null);
                qualifier?: (Uint8Array|null);
                compareType?: (hbase.pb.CompareType|null);
                comparator?: (hbase.pb.Comparator.$Properties|null);
                timeRange?: (hbase.pb.TimeRange.$Properties|null);
                filter?: (hbase.pb.Filter.$Properties|null);
                queryMetricsEnabled?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Condition.$Properties;
        }

        interface IMutationProto extends hbase.pb.MutationProto.$Properties {
        }

        class MutationProto {
            constructor(p?: hbase.pb.MutationProto.$Properties);
            $unknowns?: Uint8Array[];
            row: Uint8Array;
            mutateType: hbase.pb.MutationProto.MutationType;
            columnValue: hbase.pb.MutationProto.ColumnValue.$Properties[];
            timestamp: Long;
            attribute: hbase.pb.NameBytesPair.$Properties[];
            durability: hbase.pb.MutationProto.Durability;
            timeRange?: (hbase.pb.TimeRange.$Properties|null);
            associatedCellCount: number;
            nonce: Long;
            static create(properties: hbase.pb.MutationProto.$Shape): hbase.pb.MutationProto & hbase.pb.MutationProto.$Shape;
            static create(properties?: hbase.pb.MutationProto.$Properties): hbase.pb.MutationProto;
            static encode(m: hbase.pb.MutationProto.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.MutationProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MutationProto & hbase.pb.MutationProto.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MutationProto & hbase.pb.MutationProto.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.MutationProto;
            static toObject(m: hbase.pb.MutationProto, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MutationProto {
            interface $Properties {
                row?: (Uint8Array|null);
                mutateType?: (hbase.pb.MutationProto.MutationType|null);
                columnValue?: (hbase.pb.MutationProto.ColumnValue.$Properties[]|null);
                timestamp?: (Long|null);
                attribute?: (hbase.pb.NameBytesPair.$Properties[]|null);
                durability?: (hbase.pb.MutationProto.Durability|null);
                timeRange?: (hbase.pb.TimeRange.$Properties|null);
                associatedCellCount?: (number|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.MutationProto.$Properties;

            enum Durability {
                USE_DEFAULT = 0,
                SKIP_WAL = 1,
                ASYNC_WAL = 2,
                SYNC_WAL = 3,
                FSYNC_WAL = 4
            }

            enum MutationType {
                APPEND = 0,
                INCREMENT = 1,
                PUT = 2,
                DELETE = 3
            }

            enum DeleteType {
                DELETE_ONE_VERSION = 0,
                DELETE_MULTIPLE_VERSIONS = 1,
                DELETE_FAMILY = 2,
                DELETE_FAMILY_VERSION = 3
            }

            interface IColumnValue extends hbase.pb.MutationProto.ColumnValue.$Properties {
            }

            class ColumnValue {
                constructor(p?: hbase.pb.MutationProto.ColumnValue.$Properties);
                $unknowns?: Uint8Array[];
                family: Uint8Array;
                qualifierValue: hbase.pb.MutationProto.ColumnValue.QualifierValue.$Properties[];
                static create(properties: hbase.pb.MutationProto.ColumnValue.$Shape): hbase.pb.MutationProto.ColumnValue & hbase.pb.MutationProto.ColumnValue.$Shape;
                static create(properties?: hbase.pb.MutationProto.ColumnValue.$Properties): hbase.pb.MutationProto.ColumnValue;
                static encode(m: hbase.pb.MutationProto.ColumnValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static encodeDelimited(message: hbase.pb.MutationProto.ColumnValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MutationProto.ColumnValue & hbase.pb.MutationProto.ColumnValue.$Shape;
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MutationProto.ColumnValue & hbase.pb.MutationProto.ColumnValue.$Shape;
                static fromObject(d: { [k: string]: any }): hbase.pb.MutationProto.ColumnValue;
                static toObject(m: hbase.pb.MutationProto.ColumnValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ColumnValue {
                interface $Properties {
                    family: Uint8Array;
                    qualifierValue?: (hbase.pb.MutationProto.ColumnValue.QualifierValue.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = hbase.pb.MutationProto.ColumnValue.$Properties;

                interface IQualifierValue extends hbase.pb.MutationProto.ColumnValue.QualifierValue.$Properties {
                }

                class QualifierValue {
                    constructor(p?: hbase.pb.MutationProto.ColumnValue.QualifierValue.$Properties);
                    $unknowns?: Uint8Array[];
                    qualifier: Uint8Array;
                    value: Uint8Array;
                    timestamp: Long;
                    deleteType: hbase.pb.MutationProto.DeleteType;
                    tags: Uint8Array;
                    static create(properties: hbase.pb.MutationProto.ColumnValue.QualifierValue.$Shape): hbase.pb.MutationProto.ColumnValue.QualifierValue & hbase.pb.MutationProto.ColumnValue.QualifierValue.$Shape;
                    static create(properties?: hbase.pb.MutationProto.ColumnValue.QualifierValue.$Properties): hbase.pb.MutationProto.ColumnValue.QualifierValue;
                    static encode(m: hbase.pb.MutationProto.ColumnValue.QualifierValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                    static encodeDelimited(message: hbase.pb.MutationProto.ColumnValue.QualifierValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MutationProto.ColumnValue.QualifierValue & hbase.pb.MutationProto.ColumnValue.QualifierValue.$Shape;
                    static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MutationProto.ColumnValue.QualifierValue & hbase.pb.MutationProto.ColumnValue.QualifierValue.$Shape;
                    static fromObject(d: { [k: string]: any }): hbase.pb.MutationProto.ColumnValue.QualifierValue;
                    static toObject(m: hbase.pb.MutationProto.ColumnValue.QualifierValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace QualifierValue {
                    interface $Properties {
                        qualifier?: (Uint8Array|null);
                        value?: (Uint8Array|null);
                        timestamp?: (Long|null);
                        deleteType?: (hbase.pb.MutationProto.DeleteType|null);
                        tags?: (Uint8Array|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = hbase.pb.MutationProto.ColumnValue.QualifierValue.$Properties;
                }
            }
        }

        interface IMutateRequest extends hbase.pb.MutateRequest.$Properties {
        }

        class MutateRequest {
            constructor(p?: hbase.pb.MutateRequest.$Properties);
            $unknowns?: Uint8Array[];
            region: hbase.pb.RegionSpecifier.$Properties;
            mutation: hbase.pb.MutationProto.$Properties;
            condition?: (hbase.pb.Condition.$Properties|null);
            nonceGroup: Long;
            static create(properties: hbase.pb.MutateRequest.$Shape): hbase.pb.MutateRequest & hbase.pb.MutateRequest.$Shape;
            static create(properties?: hbase.pb.MutateRequest.$Properties): hbase.pb.MutateRequest;
            static encode(m: hbase.pb.MutateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.MutateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MutateRequest & hbase.pb.MutateRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MutateRequest & hbase.pb.MutateRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.MutateRequest;
            static toObject(m: hbase.pb.MutateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MutateRequest {
            interface $Properties {
                region: hbase.pb.RegionSpecifier.$Properties;
                mutation: hbase.pb.MutationProto.$Properties;
                condition?: (hbase.pb.Condition.$Properties|null);
                nonceGroup?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.MutateRequest.$Properties;
        }

        interface IMutateResponse extends hbase.pb.MutateResponse.$Properties {
        }

        class MutateResponse {
            constructor(p?: hbase.pb.MutateResponse.$Properties);
            $unknowns?: Uint8Array[];
            result?: (hbase.pb.Result.$Properties|null);
            processed: boolean;
            metrics?: (hbase.pb.QueryMetrics.$Properties|null);
            static create(properties: hbase.pb.MutateResponse.$Shape): hbase.pb.MutateResponse & hbase.pb.MutateResponse.$Shape;
            static create(properties?: hbase.pb.MutateResponse.$Properties): hbase.pb.MutateResponse;
            static encode(m: hbase.pb.MutateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.MutateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MutateResponse & hbase.pb.MutateResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MutateResponse & hbase.pb.MutateResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.MutateResponse;
            static toObject(m: hbase.pb.MutateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MutateResponse {
            interface $Properties {
                result?: (hbase.pb.Result.$Properties|null);
                processed?: (boolean|null);
                metrics?: (hbase.pb.QueryMetrics.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.MutateResponse.$Properties;
        }

        interface IScan extends hbase.pb.Scan.$Properties {
        }

        class Scan {
            constructor(p?: hbase.pb.Scan.$Properties);
            $unknowns?: Uint8Array[];
            column: hbase.pb.Column.$Properties[];
            attribute: hbase.pb.NameBytesPair.$Properties[];
            startRow: Uint8Array;
            stopRow: Uint8Array;
            filter?: (hbase.pb.Filter.$Properties|null);
            timeRange?: (hbase.pb.TimeRange.$Properties|null);
            maxVersions: number;
            cacheBlocks: boolean;
            batchSize: number;
            maxResultSize: Long;
            storeLimit: number;
            storeOffset: number;
            loadColumnFamiliesOnDemand: boolean;
            small: boolean;
            reversed: boolean;
            consistency: hbase.pb.Consistency;
            caching: number;
            allowPartialResults: boolean;
            cfTimeRange: hbase.pb.ColumnFamilyTimeRange.$Properties[];
            mvccReadPoint: Long;
            includeStartRow: boolean;
            includeStopRow: boolean;
            readType: hbase.pb.Scan.ReadType;
            needCursorResult: boolean;
            queryMetricsEnabled: boolean;
            static create(properties: hbase.pb.Scan.$Shape): hbase.pb.Scan & hbase.pb.Scan.$Shape;
            static create(properties?: hbase.pb.Scan.$Properties): hbase.pb.Scan;
            static encode(m: hbase.pb.Scan.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Scan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Scan & hbase.pb.Scan.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Scan & hbase.pb.Scan.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Scan;
            static toObject(m: hbase.pb.Scan, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Scan {
            interface $Properties {
                column?: (hbase.pb.Column.$Properties[]|null);
                attribute?: (hbase.pb.NameBytesPair.$Properties[]|null);
                startRow?: (Uint8Array|null);
                stopRow?: (Uint8Array|null);
                filter?: (hbase.pb.Filter.$Properties|null);
                timeRange?: (hbase.pb.TimeRange.$Properties|null);
                maxVersions?: (number|null);
                cacheBlocks?: (boolean|null);
                batchSize?: (number|null);
                maxResultSize?: (Long|null);
                storeLimit?: (number|null);
                storeOffset?: (number|null);
                loadColumnFamiliesOnDemand?: (boolean|null);
                small?: (boolean|null);
                reversed?: (boolean|null);
                consistency?: (hbase.pb.Consistency|null);
                caching?: (number|null);
                allowPartialResults?: (boolean|null);
                cfTimeRange?: (hbase.pb.ColumnFamilyTimeRange.$Properties[]|null);
                mvccReadPoint?: (Long|null);
                includeStartRow?: (boolean|null);
                includeStopRow?: (boolean|null);
                readType?: (hbase.pb.Scan.ReadType|null);
                needCursorResult?: (boolean|null);
                queryMetricsEnabled?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Scan.$Properties;

            enum ReadType {
                DEFAULT = 0,
                STREAM = 1,
                PREAD = 2
            }
        }

        interface IScanRequest extends hbase.pb.ScanRequest.$Properties {
        }

        class ScanRequest {
            constructor(p?: hbase.pb.ScanRequest.$Properties);
            $unknowns?: Uint8Array[];
            region?: (hbase.pb.RegionSpecifier.$Properties|null);
            scan?: (hbase.pb.Scan.$Properties|null);
            scannerId: Long;
            numberOfRows: number;
            closeScanner: boolean;
            nextCallSeq: Long;
            clientHandlesPartials: boolean;
            clientHandlesHeartbeats: boolean;
            trackScanMetrics: boolean;
            renew: boolean;
            limitOfRows: number;
            static create(properties: hbase.pb.ScanRequest.$Shape): hbase.pb.ScanRequest & hbase.pb.ScanRequest.$Shape;
            static create(properties?: hbase.pb.ScanRequest.$Properties): hbase.pb.ScanRequest;
            static encode(m: hbase.pb.ScanRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ScanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ScanRequest & hbase.pb.ScanRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ScanRequest & hbase.pb.ScanRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ScanRequest;
            static toObject(m: hbase.pb.ScanRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ScanRequest {
            interface $Properties {
                region?: (hbase.pb.RegionSpecifier.$Properties|null);
                scan?: (hbase.pb.Scan.$Properties|null);
                scannerId?: (Long|null);
                numberOfRows?: (number|null);
                closeScanner?: (boolean|null);
                nextCallSeq?: (Long|null);
                clientHandlesPartials?: (boolean|null);
                clientHandlesHeartbeats?: (boolean|null);
                trackScanMetrics?: (boolean|null);
                renew?: (boolean|null);
                limitOfRows?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ScanRequest.$Properties;
        }

        interface ICursor extends hbase.pb.Cursor.$Properties {
        }

        class Cursor {
            constructor(p?: hbase.pb.Cursor.$Properties);
            $unknowns?: Uint8Array[];
            row: Uint8Array;
            static create(properties: hbase.pb.Cursor.$Shape): hbase.pb.Cursor & hbase.pb.Cursor.$Shape;
            static create(properties?: hbase.pb.Cursor.$Properties): hbase.pb.Cursor;
            static encode(m: hbase.pb.Cursor.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Cursor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Cursor & hbase.pb.Cursor.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Cursor & hbase.pb.Cursor.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Cursor;
            static toObject(m: hbase.pb.Cursor, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Cursor {
            interface $Properties {
                row?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Cursor.$Properties;
        }

        interface IScanResponse extends hbase.pb.ScanResponse.$Properties {
        }

        class ScanResponse {
            constructor(p?: hbase.pb.ScanResponse.$Properties);
            $unknowns?: Uint8Array[];
            cellsPerResult: number[];
            scannerId: Long;
            moreResults: boolean;
            ttl: number;
            results: hbase.pb.Result.$Properties[];
            stale: boolean;
            partialFlagPerResult: boolean[];
            moreResultsInRegion: boolean;
            heartbeatMessage: boolean;
            scanMetrics?: (hbase.pb.ScanMetrics.$Properties|null);
            mvccReadPoint: Long;
            cursor?: (hbase.pb.Cursor.$Properties|null);
            queryMetrics: hbase.pb.QueryMetrics.$Properties[];
            static create(properties: hbase.pb.ScanResponse.$Shape): hbase.pb.ScanResponse & hbase.pb.ScanResponse.$Shape;
            static create(properties?: hbase.pb.ScanResponse.$Properties): hbase.pb.ScanResponse;
            static encode(m: hbase.pb.ScanResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ScanResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ScanResponse & hbase.pb.ScanResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ScanResponse & hbase.pb.ScanResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ScanResponse;
            static toObject(m: hbase.pb.ScanResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ScanResponse {
            interface $Properties {
                cellsPerResult?: (number[]|null);
                scannerId?: (Long|null);
                moreResults?: (boolean|null);
                ttl?: (number|null);
                results?: (hbase.pb.Result.$Properties[]|null);
                stale?: (boolean|null);
                partialFlagPerResult?: (boolean[]|null);
                moreResultsInRegion?: (boolean|null);
                heartbeatMessage?: (boolean|null);
                scanMetrics?: (hbase.pb.ScanMetrics.$Properties|null);
                mvccReadPoint?: (Long|null);
                cursor?: (hbase.pb.Cursor.$Properties|null);
                queryMetrics?: (hbase.pb.QueryMetrics.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ScanResponse.$Properties;
        }

        interface ICoprocessorServiceCall extends hbase.pb.CoprocessorServiceCall.$Properties {
        }

        class CoprocessorServiceCall {
            constructor(p?: hbase.pb.CoprocessorServiceCall.$Properties);
            $unknowns?: Uint8Array[];
            row: Uint8Array;
            serviceName: string;
            methodName: string;
            request: Uint8Array;
            static create(properties: hbase.pb.CoprocessorServiceCall.$Shape): hbase.pb.CoprocessorServiceCall & hbase.pb.CoprocessorServiceCall.$Shape;
            static create(properties?: hbase.pb.CoprocessorServiceCall.$Properties): hbase.pb.CoprocessorServiceCall;
            static encode(m: hbase.pb.CoprocessorServiceCall.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CoprocessorServiceCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CoprocessorServiceCall & hbase.pb.CoprocessorServiceCall.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CoprocessorServiceCall & hbase.pb.CoprocessorServiceCall.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CoprocessorServiceCall;
            static toObject(m: hbase.pb.CoprocessorServiceCall, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CoprocessorServiceCall {
            interface $Properties {
                row: Uint8Array;
                serviceName: string;
                methodName: string;
                request: Uint8Array;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CoprocessorServiceCall.$Properties;
        }

        interface ICoprocessorServiceResult extends hbase.pb.CoprocessorServiceResult.$Properties {
        }

        class CoprocessorServiceResult {
            constructor(p?: hbase.pb.CoprocessorServiceResult.$Properties);
            $unknowns?: Uint8Array[];
            value?: (hbase.pb.NameBytesPair.$Properties|null);
            static create(properties: hbase.pb.CoprocessorServiceResult.$Shape): hbase.pb.CoprocessorServiceResult & hbase.pb.CoprocessorServiceResult.$Shape;
            static create(properties?: hbase.pb.CoprocessorServiceResult.$Properties): hbase.pb.CoprocessorServiceResult;
            static encode(m: hbase.pb.CoprocessorServiceResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CoprocessorServiceResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CoprocessorServiceResult & hbase.pb.CoprocessorServiceResult.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CoprocessorServiceResult & hbase.pb.CoprocessorServiceResult.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CoprocessorServiceResult;
            static toObject(m: hbase.pb.CoprocessorServiceResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CoprocessorServiceResult {
            interface $Properties {
                value?: (hbase.pb.NameBytesPair.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CoprocessorServiceResult.$Properties;
        }

        interface ICoprocessorServiceRequest extends hbase.pb.CoprocessorServiceRequest.$Properties {
        }

        class CoprocessorServiceRequest {
            constructor(p?: hbase.pb.CoprocessorServiceRequest.$Properties);
            $unknowns?: Uint8Array[];
            region: hbase.pb.RegionSpecifier.$Properties;
            call: hbase.pb.CoprocessorServiceCall.$Properties;
            static create(properties: hbase.pb.CoprocessorServiceRequest.$Shape): hbase.pb.CoprocessorServiceRequest & hbase.pb.CoprocessorServiceRequest.$Shape;
            static create(properties?: hbase.pb.CoprocessorServiceRequest.$Properties): hbase.pb.CoprocessorServiceRequest;
            static encode(m: hbase.pb.CoprocessorServiceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CoprocessorServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CoprocessorServiceRequest & hbase.pb.CoprocessorServiceRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CoprocessorServiceRequest & hbase.pb.CoprocessorServiceRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CoprocessorServiceRequest;
            static toObject(m: hbase.pb.CoprocessorServiceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CoprocessorServiceRequest {
            interface $Properties {
                region: hbase.pb.RegionSpecifier.$Properties;
                call: hbase.pb.CoprocessorServiceCall.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CoprocessorServiceRequest.$Properties;
        }

        interface ICoprocessorServiceResponse extends hbase.pb.CoprocessorServiceResponse.$Properties {
        }

        class CoprocessorServiceResponse {
            constructor(p?: hbase.pb.CoprocessorServiceResponse.$Properties);
            $unknowns?: Uint8Array[];
            region: hbase.pb.RegionSpecifier.$Properties;
            value: hbase.pb.NameBytesPair.$Properties;
            static create(properties: hbase.pb.CoprocessorServiceResponse.$Shape): hbase.pb.CoprocessorServiceResponse & hbase.pb.CoprocessorServiceResponse.$Shape;
            static create(properties?: hbase.pb.CoprocessorServiceResponse.$Properties): hbase.pb.CoprocessorServiceResponse;
            static encode(m: hbase.pb.CoprocessorServiceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CoprocessorServiceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CoprocessorServiceResponse & hbase.pb.CoprocessorServiceResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CoprocessorServiceResponse & hbase.pb.CoprocessorServiceResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CoprocessorServiceResponse;
            static toObject(m: hbase.pb.CoprocessorServiceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CoprocessorServiceResponse {
            interface $Properties {
                region: hbase.pb.RegionSpecifier.$Properties;
                value: hbase.pb.NameBytesPair.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CoprocessorServiceResponse.$Properties;
        }

        interface IAction extends hbase.pb.Action.$Properties {
        }

        class Action {
            constructor(p?: hbase.pb.Action.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            mutation?: (hbase.pb.MutationProto.$Properties|null);
            get?: (hbase.pb.Get.$Properties|null);
            serviceCall?: (hbase.pb.CoprocessorServiceCall.$Properties|null);
            static create(properties: hbase.pb.Action.$Shape): hbase.pb.Action & hbase.pb.Action.$Shape;
            static create(properties?: hbase.pb.Action.$Properties): hbase.pb.Action;
            static encode(m: hbase.pb.Action.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Action.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Action & hbase.pb.Action.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Action & hbase.pb.Action.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Action;
            static toObject(m: hbase.pb.Action, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Action {
            interface $Properties {
                index?: (number|null);
                mutation?: (hbase.pb.MutationProto.$Properties|null);
                get?: (hbase.pb.Get.$Properties|null);
                serviceCall?: (hbase.pb.CoprocessorServiceCall.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Action.$Properties;
        }

        interface IRegionAction extends hbase.pb.RegionAction.$Properties {
        }

        class RegionAction {
            constructor(p?: hbase.pb.RegionAction.$Properties);
            $unknowns?: Uint8Array[];
            region: hbase.pb.RegionSpecifier.$Properties;
            atomic: boolean;
            action: hbase.pb.Action.$Properties[];
            condition?: (hbase.pb.Condition.$Properties|null);
            static create(properties: hbase.pb.RegionAction.$Shape): hbase.pb.RegionAction & hbase.pb.RegionAction.$Shape;
            static create(properties?: hbase.pb.RegionAction.$Properties): hbase.pb.RegionAction;
            static encode(m: hbase.pb.RegionAction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionAction & hbase.pb.RegionAction.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionAction & hbase.pb.RegionAction.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionAction;
            static toObject(m: hbase.pb.RegionAction, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionAction {
            interface $Properties {
                region: hbase.pb.RegionSpecifier.$Properties;
                atomic?: (boolean|null);
                action?: (hbase.pb.Action.$Properties[]|null);
                condition?: (hbase.pb.Condition.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionAction.$Properties;
        }

        interface IQueryMetrics extends hbase.pb.QueryMetrics.$Properties {
        }

        class QueryMetrics {
            constructor(p?: hbase.pb.QueryMetrics.$Properties);
            $unknowns?: Uint8Array[];
            blockBytesScanned: Long;
            static create(properties: hbase.pb.QueryMetrics.$Shape): hbase.pb.QueryMetrics & hbase.pb.QueryMetrics.$Shape;
            static create(properties?: hbase.pb.QueryMetrics.$Properties): hbase.pb.QueryMetrics;
            static encode(m: hbase.pb.QueryMetrics.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.QueryMetrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.QueryMetrics & hbase.pb.QueryMetrics.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.QueryMetrics & hbase.pb.QueryMetrics.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.QueryMetrics;
            static toObject(m: hbase.pb.QueryMetrics, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryMetrics {
            interface $Properties {
                blockBytesScanned?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.QueryMetrics.$Properties;
        }

        interface IRegionLoadStats extends hbase.pb.RegionLoadStats.$Properties {
        }

        class RegionLoadStats {
            constructor(p?: hbase.pb.RegionLoadStats.$Properties);
            $unknowns?: Uint8Array[];
            memStoreLoad: number;
            heapOccupancy: number;
            compactionPressure: number;
            static create(properties: hbase.pb.RegionLoadStats.$Shape): hbase.pb.RegionLoadStats & hbase.pb.RegionLoadStats.$Shape;
            static create(properties?: hbase.pb.RegionLoadStats.$Properties): hbase.pb.RegionLoadStats;
            static encode(m: hbase.pb.RegionLoadStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionLoadStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionLoadStats & hbase.pb.RegionLoadStats.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionLoadStats & hbase.pb.RegionLoadStats.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionLoadStats;
            static toObject(m: hbase.pb.RegionLoadStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionLoadStats {
            interface $Properties {
                memStoreLoad?: (number|null);
                heapOccupancy?: (number|null);
                compactionPressure?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionLoadStats.$Properties;
        }

        interface IMultiRegionLoadStats extends hbase.pb.MultiRegionLoadStats.$Properties {
        }

        class MultiRegionLoadStats {
            constructor(p?: hbase.pb.MultiRegionLoadStats.$Properties);
            $unknowns?: Uint8Array[];
            region: hbase.pb.RegionSpecifier.$Properties[];
            stat: hbase.pb.RegionLoadStats.$Properties[];
            static create(properties: hbase.pb.MultiRegionLoadStats.$Shape): hbase.pb.MultiRegionLoadStats & hbase.pb.MultiRegionLoadStats.$Shape;
            static create(properties?: hbase.pb.MultiRegionLoadStats.$Properties): hbase.pb.MultiRegionLoadStats;
            static encode(m: hbase.pb.MultiRegionLoadStats.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.MultiRegionLoadStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MultiRegionLoadStats & hbase.pb.MultiRegionLoadStats.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MultiRegionLoadStats & hbase.pb.MultiRegionLoadStats.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.MultiRegionLoadStats;
            static toObject(m: hbase.pb.MultiRegionLoadStats, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MultiRegionLoadStats {
            interface $Properties {
                region?: (hbase.pb.RegionSpecifier.$Properties[]|null);
                stat?: (hbase.pb.RegionLoadStats.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.MultiRegionLoadStats.$Properties;
        }

        interface IResultOrException extends hbase.pb.ResultOrException.$Properties {
        }

        class ResultOrException {
            constructor(p?: hbase.pb.ResultOrException.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            result?: (hbase.pb.Result.$Properties|null);
            exception?: (hbase.pb.NameBytesPair.$Properties|null);
            serviceResult?: (hbase.pb.CoprocessorServiceResult.$Properties|null);
            loadStats?: (hbase.pb.RegionLoadStats.$Properties|null);
            metrics?: (hbase.pb.QueryMetrics.$Properties|null);
            static create(properties: hbase.pb.ResultOrException.$Shape): hbase.pb.ResultOrException & hbase.pb.ResultOrException.$Shape;
            static create(properties?: hbase.pb.ResultOrException.$Properties): hbase.pb.ResultOrException;
            static encode(m: hbase.pb.ResultOrException.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ResultOrException.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ResultOrException & hbase.pb.ResultOrException.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ResultOrException & hbase.pb.ResultOrException.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ResultOrException;
            static toObject(m: hbase.pb.ResultOrException, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResultOrException {
            interface $Properties {
                index?: (number|null);
                result?: (hbase.pb.Result.$Properties|null);
                exception?: (hbase.pb.NameBytesPair.$Properties|null);
                serviceResult?: (hbase.pb.CoprocessorServiceResult.$Properties|null);
                loadStats?: (hbase.pb.RegionLoadStats.$Properties|null);
                metrics?: (hbase.pb.QueryMetrics.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ResultOrException.$Properties;
        }

        interface IRegionActionResult extends hbase.pb.RegionActionResult.$Properties {
        }

        class RegionActionResult {
            constructor(p?: hbase.pb.RegionActionResult.$Properties);
            $unknowns?: Uint8Array[];
            resultOrException: hbase.pb.ResultOrException.$Properties[];
            exception?: (hbase.pb.NameBytesPair.$Properties|null);
            processed: boolean;
            static create(properties: hbase.pb.RegionActionResult.$Shape): hbase.pb.RegionActionResult & hbase.pb.RegionActionResult.$Shape;
            static create(properties?: hbase.pb.RegionActionResult.$Properties): hbase.pb.RegionActionResult;
            static encode(m: hbase.pb.RegionActionResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegionActionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegionActionResult & hbase.pb.RegionActionResult.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegionActionResult & hbase.pb.RegionActionResult.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegionActionResult;
            static toObject(m: hbase.pb.RegionActionResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegionActionResult {
            interface $Properties {
                resultOrException?: (hbase.pb.ResultOrException.$Properties[]|null);
                exception?: (hbase.pb.NameBytesPair.$Properties|null);
                processed?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegionActionResult.$Properties;
        }

        interface IMultiRequest extends hbase.pb.MultiRequest.$Properties {
        }

        class MultiRequest {
            constructor(p?: hbase.pb.MultiRequest.$Properties);
            $unknowns?: Uint8Array[];
            regionAction: hbase.pb.RegionAction.$Properties[];
            nonceGroup: Long;
            condition?: (hbase.pb.Condition.$Properties|null);
            static create(properties: hbase.pb.MultiRequest.$Shape): hbase.pb.MultiRequest & hbase.pb.MultiRequest.$Shape;
            static create(properties?: hbase.pb.MultiRequest.$Properties): hbase.pb.MultiRequest;
            static encode(m: hbase.pb.MultiRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.MultiRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MultiRequest & hbase.pb.MultiRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MultiRequest & hbase.pb.MultiRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.MultiRequest;
            static toObject(m: hbase.pb.MultiRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MultiRequest {
            interface $Properties {
                regionAction?: (hbase.pb.RegionAction.$Properties[]|null);
                nonceGroup?: (Long|null);
                condition?: (hbase.pb.Condition.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.MultiRequest.$Properties;
        }

        interface IMultiResponse extends hbase.pb.MultiResponse.$Properties {
        }

        class MultiResponse {
            constructor(p?: hbase.pb.MultiResponse.$Properties);
            $unknowns?: Uint8Array[];
            regionActionResult: hbase.pb.RegionActionResult.$Properties[];
            processed: boolean;
            regionStatistics?: (hbase.pb.MultiRegionLoadStats.$Properties|null);
            static create(properties: hbase.pb.MultiResponse.$Shape): hbase.pb.MultiResponse & hbase.pb.MultiResponse.$Shape;
            static create(properties?: hbase.pb.MultiResponse.$Properties): hbase.pb.MultiResponse;
            static encode(m: hbase.pb.MultiResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.MultiResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MultiResponse & hbase.pb.MultiResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MultiResponse & hbase.pb.MultiResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.MultiResponse;
            static toObject(m: hbase.pb.MultiResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MultiResponse {
            interface $Properties {
                regionActionResult?: (hbase.pb.RegionActionResult.$Properties[]|null);
                processed?: (boolean|null);
                regionStatistics?: (hbase.pb.MultiRegionLoadStats.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.MultiResponse.$Properties;
        }

        class ClientService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): ClientService;
            get: hbase.pb.ClientService.Get;
            mutate: hbase.pb.ClientService.Mutate;
            scan: hbase.pb.ClientService.Scan;
            execService: hbase.pb.ClientService.ExecService;
            execRegionServerService: hbase.pb.ClientService.ExecRegionServerService;
            multi: hbase.pb.ClientService.Multi;
        }

        namespace ClientService {
            type GetCallback = (error: (Error|null), response?: hbase.pb.GetResponse) => void;
            type Get = {
              (request: hbase.pb.IGetRequest, callback: hbase.pb.ClientService.GetCallback): void;
              (request: hbase.pb.IGetRequest): Promise<hbase.pb.GetResponse>;
              readonly name: "Get";
              readonly path: "/hbase.pb.ClientService/Get";
              readonly requestType: "GetRequest";
              readonly responseType: "GetResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type MutateCallback = (error: (Error|null), response?: hbase.pb.MutateResponse) => void;
            type Mutate = {
              (request: hbase.pb.IMutateRequest, callback: hbase.pb.ClientService.MutateCallback): void;
              (request: hbase.pb.IMutateRequest): Promise<hbase.pb.MutateResponse>;
              readonly name: "Mutate";
              readonly path: "/hbase.pb.ClientService/Mutate";
              readonly requestType: "MutateRequest";
              readonly responseType: "MutateResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ScanCallback = (error: (Error|null), response?: hbase.pb.ScanResponse) => void;
            type Scan = {
              (request: hbase.pb.IScanRequest, callback: hbase.pb.ClientService.ScanCallback): void;
              (request: hbase.pb.IScanRequest): Promise<hbase.pb.ScanResponse>;
              readonly name: "Scan";
              readonly path: "/hbase.pb.ClientService/Scan";
              readonly requestType: "ScanRequest";
              readonly responseType: "ScanResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ExecServiceCallback = (error: (Error|null), response?: hbase.pb.CoprocessorServiceResponse) => void;
            type ExecService = {
              (request: hbase.pb.ICoprocessorServiceRequest, callback: hbase.pb.ClientService.ExecServiceCallback): void;
              (request: hbase.pb.ICoprocessorServiceRequest): Promise<hbase.pb.CoprocessorServiceResponse>;
              readonly name: "ExecService";
              readonly path: "/hbase.pb.ClientService/ExecService";
              readonly requestType: "CoprocessorServiceRequest";
              readonly responseType: "CoprocessorServiceResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ExecRegionServerServiceCallback = (error: (Error|null), response?: hbase.pb.CoprocessorServiceResponse) => void;
            type ExecRegionServerService = {
              (request: hbase.pb.ICoprocessorServiceRequest, callback: hbase.pb.ClientService.ExecRegionServerServiceCallback): void;
              (request: hbase.pb.ICoprocessorServiceRequest): Promise<hbase.pb.CoprocessorServiceResponse>;
              readonly name: "ExecRegionServerService";
              readonly path: "/hbase.pb.ClientService/ExecRegionServerService";
              readonly requestType: "CoprocessorServiceRequest";
              readonly responseType: "CoprocessorServiceResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type MultiCallback = (error: (Error|null), response?: hbase.pb.MultiResponse) => void;
            type Multi = {
              (request: hbase.pb.IMultiRequest, callback: hbase.pb.ClientService.MultiCallback): void;
              (request: hbase.pb.IMultiRequest): Promise<hbase.pb.MultiResponse>;
              readonly name: "Multi";
              readonly path: "/hbase.pb.ClientService/Multi";
              readonly requestType: "MultiRequest";
              readonly responseType: "MultiResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IFilter extends hbase.pb.Filter.$Properties {
        }

        class Filter {
            constructor(p?: hbase.pb.Filter.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            serializedFilter: Uint8Array;
            static create(properties: hbase.pb.Filter.$Shape): hbase.pb.Filter & hbase.pb.Filter.$Shape;
            static create(properties?: hbase.pb.Filter.$Properties): hbase.pb.Filter;
            static encode(m: hbase.pb.Filter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Filter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Filter & hbase.pb.Filter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Filter & hbase.pb.Filter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Filter;
            static toObject(m: hbase.pb.Filter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Filter {
            interface $Properties {
                name: string;
                serializedFilter?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Filter.$Properties;
        }

        interface IColumnCountGetFilter extends hbase.pb.ColumnCountGetFilter.$Properties {
        }

        class ColumnCountGetFilter {
            constructor(p?: hbase.pb.ColumnCountGetFilter.$Properties);
            $unknowns?: Uint8Array[];
            limit: number;
            static create(properties: hbase.pb.ColumnCountGetFilter.$Shape): hbase.pb.ColumnCountGetFilter & hbase.pb.ColumnCountGetFilter.$Shape;
            static create(properties?: hbase.pb.ColumnCountGetFilter.$Properties): hbase.pb.ColumnCountGetFilter;
            static encode(m: hbase.pb.ColumnCountGetFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ColumnCountGetFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ColumnCountGetFilter & hbase.pb.ColumnCountGetFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ColumnCountGetFilter & hbase.pb.ColumnCountGetFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ColumnCountGetFilter;
            static toObject(m: hbase.pb.ColumnCountGetFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ColumnCountGetFilter {
            interface $Properties {
                limit: number;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ColumnCountGetFilter.$Properties;
        }

        interface IColumnPaginationFilter extends hbase.pb.ColumnPaginationFilter.$Properties {
        }

        class ColumnPaginationFilter {
            constructor(p?: hbase.pb.ColumnPaginationFilter.$Properties);
            $unknowns?: Uint8Array[];
            limit: number;
            offset: number;
            columnOffset: Uint8Array;
            static create(properties: hbase.pb.ColumnPaginationFilter.$Shape): hbase.pb.ColumnPaginationFilter & hbase.pb.ColumnPaginationFilter.$Shape;
            static create(properties?: hbase.pb.ColumnPaginationFilter.$Properties): hbase.pb.ColumnPaginationFilter;
            static encode(m: hbase.pb.ColumnPaginationFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ColumnPaginationFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ColumnPaginationFilter & hbase.pb.ColumnPaginationFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ColumnPaginationFilter & hbase.pb.ColumnPaginationFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ColumnPaginationFilter;
            static toObject(m: hbase.pb.ColumnPaginationFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ColumnPaginationFilter {
            interface $Properties {
                limit: number;
                offset?: (number|null);
                columnOffset?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ColumnPaginationFilter.$Properties;
        }

        interface IColumnPrefixFilter extends hbase.pb.ColumnPrefixFilter.$Properties {
        }

        class ColumnPrefixFilter {
            constructor(p?: hbase.pb.ColumnPrefixFilter.$Properties);
            $unknowns?: Uint8Array[];
            prefix: Uint8Array;
            static create(properties: hbase.pb.ColumnPrefixFilter.$Shape): hbase.pb.ColumnPrefixFilter & hbase.pb.ColumnPrefixFilter.$Shape;
            static create(properties?: hbase.pb.ColumnPrefixFilter.$Properties): hbase.pb.ColumnPrefixFilter;
            static encode(m: hbase.pb.ColumnPrefixFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ColumnPrefixFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ColumnPrefixFilter & hbase.pb.ColumnPrefixFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ColumnPrefixFilter & hbase.pb.ColumnPrefixFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ColumnPrefixFilter;
            static toObject(m: hbase.pb.ColumnPrefixFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ColumnPrefixFilter {
            interface $Properties {
                prefix: Uint8Array;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ColumnPrefixFilter.$Properties;
        }

        interface IColumnRangeFilter extends hbase.pb.ColumnRangeFilter.$Properties {
        }

        class ColumnRangeFilter {
            constructor(p?: hbase.pb.ColumnRangeFilter.$Properties);
            $unknowns?: Uint8Array[];
            minColumn: Uint8Array;
            minColumnInclusive: boolean;
            maxColumn: Uint8Array;
            maxColumnInclusive: boolean;
            static create(properties: hbase.pb.ColumnRangeFilter.$Shape): hbase.pb.ColumnRangeFilter & hbase.pb.ColumnRangeFilter.$Shape;
            static create(properties?: hbase.pb.ColumnRangeFilter.$Properties): hbase.pb.ColumnRangeFilter;
            static encode(m: hbase.pb.ColumnRangeFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ColumnRangeFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ColumnRangeFilter & hbase.pb.ColumnRangeFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ColumnRangeFilter & hbase.pb.ColumnRangeFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ColumnRangeFilter;
            static toObject(m: hbase.pb.ColumnRangeFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ColumnRangeFilter {
            interface $Properties {
                minColumn?: (Uint8Array|null);
                minColumnInclusive?: (boolean|null);
                maxColumn?: (Uint8Array|null);
                maxColumnInclusive?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ColumnRangeFilter.$Properties;
        }

        interface ICompareFilter extends hbase.pb.CompareFilter.$Properties {
        }

        class CompareFilter {
            constructor(p?: hbase.pb.CompareFilter.$Properties);
            $unknowns?: Uint8Array[];
            compareOp: hbase.pb.CompareType;
            comparator?: (hbase.pb.Comparator.$Properties|null);
            static create(properties: hbase.pb.CompareFilter.$Shape): hbase.pb.CompareFilter & hbase.pb.CompareFilter.$Shape;
            static create(properties?: hbase.pb.CompareFilter.$Properties): hbase.pb.CompareFilter;
            static encode(m: hbase.pb.CompareFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CompareFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CompareFilter & hbase.pb.CompareFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CompareFilter & hbase.pb.CompareFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CompareFilter;
            static toObject(m: hbase.pb.CompareFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CompareFilter {
            interface $Properties {
                compareOp: hbase.pb.CompareType;
                comparator?: (hbase.pb.Comparator.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CompareFilter.$Properties;
        }

        interface IDependentColumnFilter extends hbase.pb.DependentColumnFilter.$Properties {
        }

        class DependentColumnFilter {
            constructor(p?: hbase.pb.DependentColumnFilter.$Properties);
            $unknowns?: Uint8Array[];
            compareFilter: hbase.pb.CompareFilter.$Properties;
            columnFamily: Uint8Array;
            columnQualifier: Uint8Array;
            dropDependentColumn: boolean;
            static create(properties: hbase.pb.DependentColumnFilter.$Shape): hbase.pb.DependentColumnFilter & hbase.pb.DependentColumnFilter.$Shape;
            static create(properties?: hbase.pb.DependentColumnFilter.$Properties): hbase.pb.DependentColumnFilter;
            static encode(m: hbase.pb.DependentColumnFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.DependentColumnFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.DependentColumnFilter & hbase.pb.DependentColumnFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.DependentColumnFilter & hbase.pb.DependentColumnFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.DependentColumnFilter;
            static toObject(m: hbase.pb.DependentColumnFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DependentColumnFilter {
            interface $Properties {
                compareFilter: hbase.pb.CompareFilter.$Properties;
                columnFamily?: (Uint8Array|null);
                columnQualifier?: (Uint8Array|null);
                dropDependentColumn?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.DependentColumnFilter.$Properties;
        }

        interface IFamilyFilter extends hbase.pb.FamilyFilter.$Properties {
        }

        class FamilyFilter {
            constructor(p?: hbase.pb.FamilyFilter.$Properties);
            $unknowns?: Uint8Array[];
            compareFilter: hbase.pb.CompareFilter.$Properties;
            static create(properties: hbase.pb.FamilyFilter.$Shape): hbase.pb.FamilyFilter & hbase.pb.FamilyFilter.$Shape;
            static create(properties?: hbase.pb.FamilyFilter.$Properties): hbase.pb.FamilyFilter;
            static encode(m: hbase.pb.FamilyFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.FamilyFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.FamilyFilter & hbase.pb.FamilyFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.FamilyFilter & hbase.pb.FamilyFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.FamilyFilter;
            static toObject(m: hbase.pb.FamilyFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FamilyFilter {
            interface $Properties {
                compareFilter: hbase.pb.CompareFilter.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.FamilyFilter.$Properties;
        }

        interface IFilterList extends hbase.pb.FilterList.$Properties {
        }

        class FilterList {
            constructor(p?: hbase.pb.FilterList.$Properties);
            $unknowns?: Uint8Array[];
            operator: hbase.pb.FilterList.Operator;
            filters: hbase.pb.Filter.$Properties[];
            static create(properties: hbase.pb.FilterList.$Shape): hbase.pb.FilterList & hbase.pb.FilterList.$Shape;
            static create(properties?: hbase.pb.FilterList.$Properties): hbase.pb.FilterList;
            static encode(m: hbase.pb.FilterList.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.FilterList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.FilterList & hbase.pb.FilterList.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.FilterList & hbase.pb.FilterList.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.FilterList;
            static toObject(m: hbase.pb.FilterList, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FilterList {
            interface $Properties {
                operator: hbase.pb.FilterList.Operator;
                filters?: (hbase.pb.Filter.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.FilterList.$Properties;

            enum Operator {
                MUST_PASS_ALL = 1,
                MUST_PASS_ONE = 2
            }
        }

        interface IFilterWrapper extends hbase.pb.FilterWrapper.$Properties {
        }

        class FilterWrapper {
            constructor(p?: hbase.pb.FilterWrapper.$Properties);
            $unknowns?: Uint8Array[];
            filter: hbase.pb.Filter.$Properties;
            static create(properties: hbase.pb.FilterWrapper.$Shape): hbase.pb.FilterWrapper & hbase.pb.FilterWrapper.$Shape;
            static create(properties?: hbase.pb.FilterWrapper.$Properties): hbase.pb.FilterWrapper;
            static encode(m: hbase.pb.FilterWrapper.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.FilterWrapper.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.FilterWrapper & hbase.pb.FilterWrapper.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.FilterWrapper & hbase.pb.FilterWrapper.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.FilterWrapper;
            static toObject(m: hbase.pb.FilterWrapper, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FilterWrapper {
            interface $Properties {
                filter: hbase.pb.Filter.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.FilterWrapper.$Properties;
        }

        interface IFirstKeyOnlyFilter extends hbase.pb.FirstKeyOnlyFilter.$Properties {
        }

        class FirstKeyOnlyFilter {
            constructor(p?: hbase.pb.FirstKeyOnlyFilter.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.FirstKeyOnlyFilter.$Shape): hbase.pb.FirstKeyOnlyFilter & hbase.pb.FirstKeyOnlyFilter.$Shape;
            static create(properties?: hbase.pb.FirstKeyOnlyFilter.$Properties): hbase.pb.FirstKeyOnlyFilter;
            static encode(m: hbase.pb.FirstKeyOnlyFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.FirstKeyOnlyFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.FirstKeyOnlyFilter & hbase.pb.FirstKeyOnlyFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.FirstKeyOnlyFilter & hbase.pb.FirstKeyOnlyFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.FirstKeyOnlyFilter;
            static toObject(m: hbase.pb.FirstKeyOnlyFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FirstKeyOnlyFilter {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.FirstKeyOnlyFilter.$Properties;
        }

        interface IFirstKeyValueMatchingQualifiersFilter extends hbase.pb.FirstKeyValueMatchingQualifiersFilter.$Properties {
        }

        class FirstKeyValueMatchingQualifiersFilter {
            constructor(p?: hbase.pb.FirstKeyValueMatchingQualifiersFilter.$Properties);
            $unknowns?: Uint8Array[];
            qualifiers: Uint8Array[];
            static create(properties: hbase.pb.FirstKeyValueMatchingQualifiersFilter.$Shape): hbase.pb.FirstKeyValueMatchingQualifiersFilter & hbase.pb.FirstKeyValueMatchingQualifiersFilter.$Shape;
            static create(properties?: hbase.pb.FirstKeyValueMatchingQualifiersFilter.$Properties): hbase.pb.FirstKeyValueMatchingQualifiersFilter;
            static encode(m: hbase.pb.FirstKeyValueMatchingQualifiersFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.FirstKeyValueMatchingQualifiersFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.FirstKeyValueMatchingQualifiersFilter & hbase.pb.FirstKeyValueMatchingQualifiersFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.FirstKeyValueMatchingQualifiersFilter & hbase.pb.FirstKeyValueMatchingQualifiersFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.FirstKeyValueMatchingQualifiersFilter;
            static toObject(m: hbase.pb.FirstKeyValueMatchingQualifiersFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FirstKeyValueMatchingQualifiersFilter {
            interface $Properties {
                qualifiers?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.FirstKeyValueMatchingQualifiersFilter.$Properties;
        }

        interface IFuzzyRowFilter extends hbase.pb.FuzzyRowFilter.$Properties {
        }

        class FuzzyRowFilter {
            constructor(p?: hbase.pb.FuzzyRowFilter.$Properties);
            $unknowns?: Uint8Array[];
            fuzzyKeysData: hbase.pb.BytesBytesPair.$Properties[];
            isMaskV2: boolean;
            static create(properties: hbase.pb.FuzzyRowFilter.$Shape): hbase.pb.FuzzyRowFilter & hbase.pb.FuzzyRowFilter.$Shape;
            static create(properties?: hbase.pb.FuzzyRowFilter.$Properties): hbase.pb.FuzzyRowFilter;
            static encode(m: hbase.pb.FuzzyRowFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.FuzzyRowFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.FuzzyRowFilter & hbase.pb.FuzzyRowFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.FuzzyRowFilter & hbase.pb.FuzzyRowFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.FuzzyRowFilter;
            static toObject(m: hbase.pb.FuzzyRowFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FuzzyRowFilter {
            interface $Properties {
                fuzzyKeysData?: (hbase.pb.BytesBytesPair.$Properties[]|null);
                isMaskV2?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.FuzzyRowFilter.$Properties;
        }

        interface IInclusiveStopFilter extends hbase.pb.InclusiveStopFilter.$Properties {
        }

        class InclusiveStopFilter {
            constructor(p?: hbase.pb.InclusiveStopFilter.$Properties);
            $unknowns?: Uint8Array[];
            stopRowKey: Uint8Array;
            static create(properties: hbase.pb.InclusiveStopFilter.$Shape): hbase.pb.InclusiveStopFilter & hbase.pb.InclusiveStopFilter.$Shape;
            static create(properties?: hbase.pb.InclusiveStopFilter.$Properties): hbase.pb.InclusiveStopFilter;
            static encode(m: hbase.pb.InclusiveStopFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.InclusiveStopFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.InclusiveStopFilter & hbase.pb.InclusiveStopFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.InclusiveStopFilter & hbase.pb.InclusiveStopFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.InclusiveStopFilter;
            static toObject(m: hbase.pb.InclusiveStopFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InclusiveStopFilter {
            interface $Properties {
                stopRowKey?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.InclusiveStopFilter.$Properties;
        }

        interface IKeyOnlyFilter extends hbase.pb.KeyOnlyFilter.$Properties {
        }

        class KeyOnlyFilter {
            constructor(p?: hbase.pb.KeyOnlyFilter.$Properties);
            $unknowns?: Uint8Array[];
            lenAsVal: boolean;
            static create(properties: hbase.pb.KeyOnlyFilter.$Shape): hbase.pb.KeyOnlyFilter & hbase.pb.KeyOnlyFilter.$Shape;
            static create(properties?: hbase.pb.KeyOnlyFilter.$Properties): hbase.pb.KeyOnlyFilter;
            static encode(m: hbase.pb.KeyOnlyFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.KeyOnlyFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.KeyOnlyFilter & hbase.pb.KeyOnlyFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.KeyOnlyFilter & hbase.pb.KeyOnlyFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.KeyOnlyFilter;
            static toObject(m: hbase.pb.KeyOnlyFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyOnlyFilter {
            interface $Properties {
                lenAsVal: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.KeyOnlyFilter.$Properties;
        }

        interface IMultipleColumnPrefixFilter extends hbase.pb.MultipleColumnPrefixFilter.$Properties {
        }

        class MultipleColumnPrefixFilter {
            constructor(p?: hbase.pb.MultipleColumnPrefixFilter.$Properties);
            $unknowns?: Uint8Array[];
            sortedPrefixes: Uint8Array[];
            static create(properties: hbase.pb.MultipleColumnPrefixFilter.$Shape): hbase.pb.MultipleColumnPrefixFilter & hbase.pb.MultipleColumnPrefixFilter.$Shape;
            static create(properties?: hbase.pb.MultipleColumnPrefixFilter.$Properties): hbase.pb.MultipleColumnPrefixFilter;
            static encode(m: hbase.pb.MultipleColumnPrefixFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.MultipleColumnPrefixFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MultipleColumnPrefixFilter & hbase.pb.MultipleColumnPrefixFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MultipleColumnPrefixFilter & hbase.pb.MultipleColumnPrefixFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.MultipleColumnPrefixFilter;
            static toObject(m: hbase.pb.MultipleColumnPrefixFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MultipleColumnPrefixFilter {
            interface $Properties {
                sortedPrefixes?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.MultipleColumnPrefixFilter.$Properties;
        }

        interface IPageFilter extends hbase.pb.PageFilter.$Properties {
        }

        class PageFilter {
            constructor(p?: hbase.pb.PageFilter.$Properties);
            $unknowns?: Uint8Array[];
            pageSize: Long;
            static create(properties: hbase.pb.PageFilter.$Shape): hbase.pb.PageFilter & hbase.pb.PageFilter.$Shape;
            static create(properties?: hbase.pb.PageFilter.$Properties): hbase.pb.PageFilter;
            static encode(m: hbase.pb.PageFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.PageFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.PageFilter & hbase.pb.PageFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.PageFilter & hbase.pb.PageFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.PageFilter;
            static toObject(m: hbase.pb.PageFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PageFilter {
            interface $Properties {
                pageSize: Long;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.PageFilter.$Properties;
        }

        interface IPrefixFilter extends hbase.pb.PrefixFilter.$Properties {
        }

        class PrefixFilter {
            constructor(p?: hbase.pb.PrefixFilter.$Properties);
            $unknowns?: Uint8Array[];
            prefix: Uint8Array;
            static create(properties: hbase.pb.PrefixFilter.$Shape): hbase.pb.PrefixFilter & hbase.pb.PrefixFilter.$Shape;
            static create(properties?: hbase.pb.PrefixFilter.$Properties): hbase.pb.PrefixFilter;
            static encode(m: hbase.pb.PrefixFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.PrefixFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.PrefixFilter & hbase.pb.PrefixFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.PrefixFilter & hbase.pb.PrefixFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.PrefixFilter;
            static toObject(m: hbase.pb.PrefixFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PrefixFilter {
            interface $Properties {
                prefix?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.PrefixFilter.$Properties;
        }

        interface IQualifierFilter extends hbase.pb.QualifierFilter.$Properties {
        }

        class QualifierFilter {
            constructor(p?: hbase.pb.QualifierFilter.$Properties);
            $unknowns?: Uint8Array[];
            compareFilter: hbase.pb.CompareFilter.$Properties;
            static create(properties: hbase.pb.QualifierFilter.$Shape): hbase.pb.QualifierFilter & hbase.pb.QualifierFilter.$Shape;
            static create(properties?: hbase.pb.QualifierFilter.$Properties): hbase.pb.QualifierFilter;
            static encode(m: hbase.pb.QualifierFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.QualifierFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.QualifierFilter & hbase.pb.QualifierFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.QualifierFilter & hbase.pb.QualifierFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.QualifierFilter;
            static toObject(m: hbase.pb.QualifierFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace QualifierFilter {
            interface $Properties {
                compareFilter: hbase.pb.CompareFilter.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.QualifierFilter.$Properties;
        }

        interface IRandomRowFilter extends hbase.pb.RandomRowFilter.$Properties {
        }

        class RandomRowFilter {
            constructor(p?: hbase.pb.RandomRowFilter.$Properties);
            $unknowns?: Uint8Array[];
            chance: number;
            static create(properties: hbase.pb.RandomRowFilter.$Shape): hbase.pb.RandomRowFilter & hbase.pb.RandomRowFilter.$Shape;
            static create(properties?: hbase.pb.RandomRowFilter.$Properties): hbase.pb.RandomRowFilter;
            static encode(m: hbase.pb.RandomRowFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RandomRowFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RandomRowFilter & hbase.pb.RandomRowFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RandomRowFilter & hbase.pb.RandomRowFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RandomRowFilter;
            static toObject(m: hbase.pb.RandomRowFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RandomRowFilter {
            interface $Properties {
                chance: number;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RandomRowFilter.$Properties;
        }

        interface IRowFilter extends hbase.pb.RowFilter.$Properties {
        }

        class RowFilter {
            constructor(p?: hbase.pb.RowFilter.$Properties);
            $unknowns?: Uint8Array[];
            compareFilter: hbase.pb.CompareFilter.$Properties;
            static create(properties: hbase.pb.RowFilter.$Shape): hbase.pb.RowFilter & hbase.pb.RowFilter.$Shape;
            static create(properties?: hbase.pb.RowFilter.$Properties): hbase.pb.RowFilter;
            static encode(m: hbase.pb.RowFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RowFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RowFilter & hbase.pb.RowFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RowFilter & hbase.pb.RowFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RowFilter;
            static toObject(m: hbase.pb.RowFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RowFilter {
            interface $Properties {
                compareFilter: hbase.pb.CompareFilter.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RowFilter.$Properties;
        }

        interface ISingleColumnValueExcludeFilter extends hbase.pb.SingleColumnValueExcludeFilter.$Properties {
        }

        class SingleColumnValueExcludeFilter {
            constructor(p?: hbase.pb.SingleColumnValueExcludeFilter.$Properties);
            $unknowns?: Uint8Array[];
            singleColumnValueFilter: hbase.pb.SingleColumnValueFilter.$Properties;
            static create(properties: hbase.pb.SingleColumnValueExcludeFilter.$Shape): hbase.pb.SingleColumnValueExcludeFilter & hbase.pb.SingleColumnValueExcludeFilter.$Shape;
            static create(properties?: hbase.pb.SingleColumnValueExcludeFilter.$Properties): hbase.pb.SingleColumnValueExcludeFilter;
            static encode(m: hbase.pb.SingleColumnValueExcludeFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SingleColumnValueExcludeFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SingleColumnValueExcludeFilter & hbase.pb.SingleColumnValueExcludeFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SingleColumnValueExcludeFilter & hbase.pb.SingleColumnValueExcludeFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SingleColumnValueExcludeFilter;
            static toObject(m: hbase.pb.SingleColumnValueExcludeFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SingleColumnValueExcludeFilter {
            interface $Properties {
                singleColumnValueFilter: hbase.pb.SingleColumnValueFilter.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SingleColumnValueExcludeFilter.$Properties;
        }

        interface ISingleColumnValueFilter extends hbase.pb.SingleColumnValueFilter.$Properties {
        }

        class SingleColumnValueFilter {
            constructor(p?: hbase.pb.SingleColumnValueFilter.$Properties);
            $unknowns?: Uint8Array[];
            columnFamily: Uint8Array;
            columnQualifier: Uint8Array;
            compareOp: hbase.pb.CompareType;
            comparator: hbase.pb.Comparator.$Properties;
            filterIfMissing: boolean;
            latestVersionOnly: boolean;
            static create(properties: hbase.pb.SingleColumnValueFilter.$Shape): hbase.pb.SingleColumnValueFilter & hbase.pb.SingleColumnValueFilter.$Shape;
            static create(properties?: hbase.pb.SingleColumnValueFilter.$Properties): hbase.pb.SingleColumnValueFilter;
            static encode(m: hbase.pb.SingleColumnValueFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SingleColumnValueFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SingleColumnValueFilter & hbase.pb.SingleColumnValueFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SingleColumnValueFilter & hbase.pb.SingleColumnValueFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SingleColumnValueFilter;
            static toObject(m: hbase.pb.SingleColumnValueFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SingleColumnValueFilter {
            interface $Properties {
                columnFamily?: (Uint8Array|null);
                columnQualifier?: (Uint8Array|null);
                compareOp: hbase.pb.CompareType;
                comparator: hbase.pb.Comparator.$Properties;
                filterIfMissing?: (boolean|null);
                latestVersionOnly?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SingleColumnValueFilter.$Properties;
        }

        interface ISkipFilter extends hbase.pb.SkipFilter.$Properties {
        }

        class SkipFilter {
            constructor(p?: hbase.pb.SkipFilter.$Properties);
            $unknowns?: Uint8Array[];
            filter: hbase.pb.Filter.$Properties;
            static create(properties: hbase.pb.SkipFilter.$Shape): hbase.pb.SkipFilter & hbase.pb.SkipFilter.$Shape;
            static create(properties?: hbase.pb.SkipFilter.$Properties): hbase.pb.SkipFilter;
            static encode(m: hbase.pb.SkipFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SkipFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SkipFilter & hbase.pb.SkipFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SkipFilter & hbase.pb.SkipFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SkipFilter;
            static toObject(m: hbase.pb.SkipFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SkipFilter {
            interface $Properties {
                filter: hbase.pb.Filter.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SkipFilter.$Properties;
        }

        interface ITimestampsFilter extends hbase.pb.TimestampsFilter.$Properties {
        }

        class TimestampsFilter {
            constructor(p?: hbase.pb.TimestampsFilter.$Properties);
            $unknowns?: Uint8Array[];
            timestamps: Long[];
            canHint: boolean;
            static create(properties: hbase.pb.TimestampsFilter.$Shape): hbase.pb.TimestampsFilter & hbase.pb.TimestampsFilter.$Shape;
            static create(properties?: hbase.pb.TimestampsFilter.$Properties): hbase.pb.TimestampsFilter;
            static encode(m: hbase.pb.TimestampsFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.TimestampsFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.TimestampsFilter & hbase.pb.TimestampsFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.TimestampsFilter & hbase.pb.TimestampsFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.TimestampsFilter;
            static toObject(m: hbase.pb.TimestampsFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimestampsFilter {
            interface $Properties {
                timestamps?: (Long[]|null);
                canHint?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.TimestampsFilter.$Properties;
        }

        interface IValueFilter extends hbase.pb.ValueFilter.$Properties {
        }

        class ValueFilter {
            constructor(p?: hbase.pb.ValueFilter.$Properties);
            $unknowns?: Uint8Array[];
            compareFilter: hbase.pb.CompareFilter.$Properties;
            static create(properties: hbase.pb.ValueFilter.$Shape): hbase.pb.ValueFilter & hbase.pb.ValueFilter.$Shape;
            static create(properties?: hbase.pb.ValueFilter.$Properties): hbase.pb.ValueFilter;
            static encode(m: hbase.pb.ValueFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ValueFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ValueFilter & hbase.pb.ValueFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ValueFilter & hbase.pb.ValueFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ValueFilter;
            static toObject(m: hbase.pb.ValueFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ValueFilter {
            interface $Properties {
                compareFilter: hbase.pb.CompareFilter.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ValueFilter.$Properties;
        }

        interface IWhileMatchFilter extends hbase.pb.WhileMatchFilter.$Properties {
        }

        class WhileMatchFilter {
            constructor(p?: hbase.pb.WhileMatchFilter.$Properties);
            $unknowns?: Uint8Array[];
            filter: hbase.pb.Filter.$Properties;
            static create(properties: hbase.pb.WhileMatchFilter.$Shape): hbase.pb.WhileMatchFilter & hbase.pb.WhileMatchFilter.$Shape;
            static create(properties?: hbase.pb.WhileMatchFilter.$Properties): hbase.pb.WhileMatchFilter;
            static encode(m: hbase.pb.WhileMatchFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.WhileMatchFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.WhileMatchFilter & hbase.pb.WhileMatchFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.WhileMatchFilter & hbase.pb.WhileMatchFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.WhileMatchFilter;
            static toObject(m: hbase.pb.WhileMatchFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WhileMatchFilter {
            interface $Properties {
                filter: hbase.pb.Filter.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.WhileMatchFilter.$Properties;
        }

        interface IFilterAllFilter extends hbase.pb.FilterAllFilter.$Properties {
        }

        class FilterAllFilter {
            constructor(p?: hbase.pb.FilterAllFilter.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.FilterAllFilter.$Shape): hbase.pb.FilterAllFilter & hbase.pb.FilterAllFilter.$Shape;
            static create(properties?: hbase.pb.FilterAllFilter.$Properties): hbase.pb.FilterAllFilter;
            static encode(m: hbase.pb.FilterAllFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.FilterAllFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.FilterAllFilter & hbase.pb.FilterAllFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.FilterAllFilter & hbase.pb.FilterAllFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.FilterAllFilter;
            static toObject(m: hbase.pb.FilterAllFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FilterAllFilter {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.FilterAllFilter.$Properties;
        }

        interface IRowRange extends hbase.pb.RowRange.$Properties {
        }

        class RowRange {
            constructor(p?: hbase.pb.RowRange.$Properties);
            $unknowns?: Uint8Array[];
            startRow: Uint8Array;
            startRowInclusive: boolean;
            stopRow: Uint8Array;
            stopRowInclusive: boolean;
            static create(properties: hbase.pb.RowRange.$Shape): hbase.pb.RowRange & hbase.pb.RowRange.$Shape;
            static create(properties?: hbase.pb.RowRange.$Properties): hbase.pb.RowRange;
            static encode(m: hbase.pb.RowRange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RowRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RowRange & hbase.pb.RowRange.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RowRange & hbase.pb.RowRange.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RowRange;
            static toObject(m: hbase.pb.RowRange, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RowRange {
            interface $Properties {
                startRow?: (Uint8Array|null);
                startRowInclusive?: (boolean|null);
                stopRow?: (Uint8Array|null);
                stopRowInclusive?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RowRange.$Properties;
        }

        interface IMultiRowRangeFilter extends hbase.pb.MultiRowRangeFilter.$Properties {
        }

        class MultiRowRangeFilter {
            constructor(p?: hbase.pb.MultiRowRangeFilter.$Properties);
            $unknowns?: Uint8Array[];
            rowRangeList: hbase.pb.RowRange.$Properties[];
            static create(properties: hbase.pb.MultiRowRangeFilter.$Shape): hbase.pb.MultiRowRangeFilter & hbase.pb.MultiRowRangeFilter.$Shape;
            static create(properties?: hbase.pb.MultiRowRangeFilter.$Properties): hbase.pb.MultiRowRangeFilter;
            static encode(m: hbase.pb.MultiRowRangeFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.MultiRowRangeFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MultiRowRangeFilter & hbase.pb.MultiRowRangeFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MultiRowRangeFilter & hbase.pb.MultiRowRangeFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.MultiRowRangeFilter;
            static toObject(m: hbase.pb.MultiRowRangeFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MultiRowRangeFilter {
            interface $Properties {
                rowRangeList?: (hbase.pb.RowRange.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.MultiRowRangeFilter.$Properties;
        }

        interface IColumnValueFilter extends hbase.pb.ColumnValueFilter.$Properties {
        }

        class ColumnValueFilter {
            constructor(p?: hbase.pb.ColumnValueFilter.$Properties);
            $unknowns?: Uint8Array[];
            family: Uint8Array;
            qualifier: Uint8Array;
            compareOp: hbase.pb.CompareType;
            comparator: hbase.pb.Comparator.$Properties;
            static create(properties: hbase.pb.ColumnValueFilter.$Shape): hbase.pb.ColumnValueFilter & hbase.pb.ColumnValueFilter.$Shape;
            static create(properties?: hbase.pb.ColumnValueFilter.$Properties): hbase.pb.ColumnValueFilter;
            static encode(m: hbase.pb.ColumnValueFilter.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ColumnValueFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ColumnValueFilter & hbase.pb.ColumnValueFilter.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ColumnValueFilter & hbase.pb.ColumnValueFilter.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ColumnValueFilter;
            static toObject(m: hbase.pb.ColumnValueFilter, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ColumnValueFilter {
            interface $Properties {
                family: Uint8Array;
                qualifier: Uint8Array;
                compareOp: hbase.pb.CompareType;
                comparator: hbase.pb.Comparator.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ColumnValueFilter.$Properties;
        }

        interface IComparator extends hbase.pb.Comparator.$Properties {
        }

        class Comparator {
            constructor(p?: hbase.pb.Comparator.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            serializedComparator: Uint8Array;
            static create(properties: hbase.pb.Comparator.$Shape): hbase.pb.Comparator & hbase.pb.Comparator.$Shape;
            static create(properties?: hbase.pb.Comparator.$Properties): hbase.pb.Comparator;
            static encode(m: hbase.pb.Comparator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Comparator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Comparator & hbase.pb.Comparator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Comparator & hbase.pb.Comparator.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Comparator;
            static toObject(m: hbase.pb.Comparator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Comparator {
            interface $Properties {
                name: string;
                serializedComparator?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Comparator.$Properties;
        }

        interface IByteArrayComparable extends hbase.pb.ByteArrayComparable.$Properties {
        }

        class ByteArrayComparable {
            constructor(p?: hbase.pb.ByteArrayComparable.$Properties);
            $unknowns?: Uint8Array[];
            value: Uint8Array;
            static create(properties: hbase.pb.ByteArrayComparable.$Shape): hbase.pb.ByteArrayComparable & hbase.pb.ByteArrayComparable.$Shape;
            static create(properties?: hbase.pb.ByteArrayComparable.$Properties): hbase.pb.ByteArrayComparable;
            static encode(m: hbase.pb.ByteArrayComparable.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ByteArrayComparable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ByteArrayComparable & hbase.pb.ByteArrayComparable.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ByteArrayComparable & hbase.pb.ByteArrayComparable.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ByteArrayComparable;
            static toObject(m: hbase.pb.ByteArrayComparable, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ByteArrayComparable {
            interface $Properties {
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ByteArrayComparable.$Properties;
        }

        interface IBinaryComparator extends hbase.pb.BinaryComparator.$Properties {
        }

        class BinaryComparator {
            constructor(p?: hbase.pb.BinaryComparator.$Properties);
            $unknowns?: Uint8Array[];
            comparable: hbase.pb.ByteArrayComparable.$Properties;
            static create(properties: hbase.pb.BinaryComparator.$Shape): hbase.pb.BinaryComparator & hbase.pb.BinaryComparator.$Shape;
            static create(properties?: hbase.pb.BinaryComparator.$Properties): hbase.pb.BinaryComparator;
            static encode(m: hbase.pb.BinaryComparator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.BinaryComparator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.BinaryComparator & hbase.pb.BinaryComparator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.BinaryComparator & hbase.pb.BinaryComparator.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.BinaryComparator;
            static toObject(m: hbase.pb.BinaryComparator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BinaryComparator {
            interface $Properties {
                comparable: hbase.pb.ByteArrayComparable.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.BinaryComparator.$Properties;
        }

        interface ILongComparator extends hbase.pb.LongComparator.$Properties {
        }

        class LongComparator {
            constructor(p?: hbase.pb.LongComparator.$Properties);
            $unknowns?: Uint8Array[];
            comparable: hbase.pb.ByteArrayComparable.$Properties;
            static create(properties: hbase.pb.LongComparator.$Shape): hbase.pb.LongComparator & hbase.pb.LongComparator.$Shape;
            static create(properties?: hbase.pb.LongComparator.$Properties): hbase.pb.LongComparator;
            static encode(m: hbase.pb.LongComparator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.LongComparator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.LongComparator & hbase.pb.LongComparator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.LongComparator & hbase.pb.LongComparator.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.LongComparator;
            static toObject(m: hbase.pb.LongComparator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LongComparator {
            interface $Properties {
                comparable: hbase.pb.ByteArrayComparable.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.LongComparator.$Properties;
        }

        interface IBinaryPrefixComparator extends hbase.pb.BinaryPrefixComparator.$Properties {
        }

        class BinaryPrefixComparator {
            constructor(p?: hbase.pb.BinaryPrefixComparator.$Properties);
            $unknowns?: Uint8Array[];
            comparable: hbase.pb.ByteArrayComparable.$Properties;
            static create(properties: hbase.pb.BinaryPrefixComparator.$Shape): hbase.pb.BinaryPrefixComparator & hbase.pb.BinaryPrefixComparator.$Shape;
            static create(properties?: hbase.pb.BinaryPrefixComparator.$Properties): hbase.pb.BinaryPrefixComparator;
            static encode(m: hbase.pb.BinaryPrefixComparator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.BinaryPrefixComparator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.BinaryPrefixComparator & hbase.pb.BinaryPrefixComparator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.BinaryPrefixComparator & hbase.pb.BinaryPrefixComparator.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.BinaryPrefixComparator;
            static toObject(m: hbase.pb.BinaryPrefixComparator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BinaryPrefixComparator {
            interface $Properties {
                comparable: hbase.pb.ByteArrayComparable.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.BinaryPrefixComparator.$Properties;
        }

        interface IBitComparator extends hbase.pb.BitComparator.$Properties {
        }

        class BitComparator {
            constructor(p?: hbase.pb.BitComparator.$Properties);
            $unknowns?: Uint8Array[];
            comparable: hbase.pb.ByteArrayComparable.$Properties;
            bitwiseOp: hbase.pb.BitComparator.BitwiseOp;
            static create(properties: hbase.pb.BitComparator.$Shape): hbase.pb.BitComparator & hbase.pb.BitComparator.$Shape;
            static create(properties?: hbase.pb.BitComparator.$Properties): hbase.pb.BitComparator;
            static encode(m: hbase.pb.BitComparator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.BitComparator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.BitComparator & hbase.pb.BitComparator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.BitComparator & hbase.pb.BitComparator.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.BitComparator;
            static toObject(m: hbase.pb.BitComparator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BitComparator {
            interface $Properties {
                comparable: hbase.pb.ByteArrayComparable.$Properties;
                bitwiseOp: hbase.pb.BitComparator.BitwiseOp;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.BitComparator.$Properties;

            enum BitwiseOp {
                AND = 1,
                OR = 2,
                XOR = 3
            }
        }

        interface INullComparator extends hbase.pb.NullComparator.$Properties {
        }

        class NullComparator {
            constructor(p?: hbase.pb.NullComparator.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.NullComparator.$Shape): hbase.pb.NullComparator & hbase.pb.NullComparator.$Shape;
            static create(properties?: hbase.pb.NullComparator.$Properties): hbase.pb.NullComparator;
            static encode(m: hbase.pb.NullComparator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.NullComparator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.NullComparator & hbase.pb.NullComparator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.NullComparator & hbase.pb.NullComparator.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.NullComparator;
            static toObject(m: hbase.pb.NullComparator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NullComparator {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.NullComparator.$Properties;
        }

        interface IRegexStringComparator extends hbase.pb.RegexStringComparator.$Properties {
        }

        class RegexStringComparator {
            constructor(p?: hbase.pb.RegexStringComparator.$Properties);
            $unknowns?: Uint8Array[];
            pattern: string;
            patternFlags: number;
            charset: string;
            engine: string;
            static create(properties: hbase.pb.RegexStringComparator.$Shape): hbase.pb.RegexStringComparator & hbase.pb.RegexStringComparator.$Shape;
            static create(properties?: hbase.pb.RegexStringComparator.$Properties): hbase.pb.RegexStringComparator;
            static encode(m: hbase.pb.RegexStringComparator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RegexStringComparator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RegexStringComparator & hbase.pb.RegexStringComparator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RegexStringComparator & hbase.pb.RegexStringComparator.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RegexStringComparator;
            static toObject(m: hbase.pb.RegexStringComparator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegexStringComparator {
            interface $Properties {
                pattern: string;
                patternFlags: number;
                charset: string;
                engine?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RegexStringComparator.$Properties;
        }

        interface ISubstringComparator extends hbase.pb.SubstringComparator.$Properties {
        }

        class SubstringComparator {
            constructor(p?: hbase.pb.SubstringComparator.$Properties);
            $unknowns?: Uint8Array[];
            substr: string;
            static create(properties: hbase.pb.SubstringComparator.$Shape): hbase.pb.SubstringComparator & hbase.pb.SubstringComparator.$Shape;
            static create(properties?: hbase.pb.SubstringComparator.$Properties): hbase.pb.SubstringComparator;
            static encode(m: hbase.pb.SubstringComparator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SubstringComparator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SubstringComparator & hbase.pb.SubstringComparator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SubstringComparator & hbase.pb.SubstringComparator.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SubstringComparator;
            static toObject(m: hbase.pb.SubstringComparator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubstringComparator {
            interface $Properties {
                substr: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SubstringComparator.$Properties;
        }

        interface IBigDecimalComparator extends hbase.pb.BigDecimalComparator.$Properties {
        }

        class BigDecimalComparator {
            constructor(p?: hbase.pb.BigDecimalComparator.$Properties);
            $unknowns?: Uint8Array[];
            comparable: hbase.pb.ByteArrayComparable.$Properties;
            static create(properties: hbase.pb.BigDecimalComparator.$Shape): hbase.pb.BigDecimalComparator & hbase.pb.BigDecimalComparator.$Shape;
            static create(properties?: hbase.pb.BigDecimalComparator.$Properties): hbase.pb.BigDecimalComparator;
            static encode(m: hbase.pb.BigDecimalComparator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.BigDecimalComparator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.BigDecimalComparator & hbase.pb.BigDecimalComparator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.BigDecimalComparator & hbase.pb.BigDecimalComparator.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.BigDecimalComparator;
            static toObject(m: hbase.pb.BigDecimalComparator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BigDecimalComparator {
            interface $Properties {
                comparable: hbase.pb.ByteArrayComparable.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.BigDecimalComparator.$Properties;
        }

        interface IBinaryComponentComparator extends hbase.pb.BinaryComponentComparator.$Properties {
        }

        class BinaryComponentComparator {
            constructor(p?: hbase.pb.BinaryComponentComparator.$Properties);
            $unknowns?: Uint8Array[];
            value: Uint8Array;
            offset: number;
            static create(properties: hbase.pb.BinaryComponentComparator.$Shape): hbase.pb.BinaryComponentComparator & hbase.pb.BinaryComponentComparator.$Shape;
            static create(properties?: hbase.pb.BinaryComponentComparator.$Properties): hbase.pb.BinaryComponentComparator;
            static encode(m: hbase.pb.BinaryComponentComparator.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.BinaryComponentComparator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.BinaryComponentComparator & hbase.pb.BinaryComponentComparator.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.BinaryComponentComparator & hbase.pb.BinaryComponentComparator.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.BinaryComponentComparator;
            static toObject(m: hbase.pb.BinaryComponentComparator, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BinaryComponentComparator {
            interface $Properties {
                value: Uint8Array;
                offset: number;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.BinaryComponentComparator.$Properties;
        }

        interface IScanMetrics extends hbase.pb.ScanMetrics.$Properties {
        }

        class ScanMetrics {
            constructor(p?: hbase.pb.ScanMetrics.$Properties);
            $unknowns?: Uint8Array[];
            metrics: hbase.pb.NameInt64Pair.$Properties[];
            static create(properties: hbase.pb.ScanMetrics.$Shape): hbase.pb.ScanMetrics & hbase.pb.ScanMetrics.$Shape;
            static create(properties?: hbase.pb.ScanMetrics.$Properties): hbase.pb.ScanMetrics;
            static encode(m: hbase.pb.ScanMetrics.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ScanMetrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ScanMetrics & hbase.pb.ScanMetrics.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ScanMetrics & hbase.pb.ScanMetrics.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ScanMetrics;
            static toObject(m: hbase.pb.ScanMetrics, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ScanMetrics {
            interface $Properties {
                metrics?: (hbase.pb.NameInt64Pair.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ScanMetrics.$Properties;
        }

        interface IStackTraceElementMessage extends hbase.pb.StackTraceElementMessage.$Properties {
        }

        class StackTraceElementMessage {
            constructor(p?: hbase.pb.StackTraceElementMessage.$Properties);
            $unknowns?: Uint8Array[];
            declaringClass: string;
            methodName: string;
            fileName: string;
            lineNumber: number;
            static create(properties: hbase.pb.StackTraceElementMessage.$Shape): hbase.pb.StackTraceElementMessage & hbase.pb.StackTraceElementMessage.$Shape;
            static create(properties?: hbase.pb.StackTraceElementMessage.$Properties): hbase.pb.StackTraceElementMessage;
            static encode(m: hbase.pb.StackTraceElementMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.StackTraceElementMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.StackTraceElementMessage & hbase.pb.StackTraceElementMessage.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.StackTraceElementMessage & hbase.pb.StackTraceElementMessage.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.StackTraceElementMessage;
            static toObject(m: hbase.pb.StackTraceElementMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StackTraceElementMessage {
            interface $Properties {
                declaringClass?: (string|null);
                methodName?: (string|null);
                fileName?: (string|null);
                lineNumber?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.StackTraceElementMessage.$Properties;
        }

        interface IGenericExceptionMessage extends hbase.pb.GenericExceptionMessage.$Properties {
        }

        class GenericExceptionMessage {
            constructor(p?: hbase.pb.GenericExceptionMessage.$Properties);
            $unknowns?: Uint8Array[];
            className: string;
            message: string;
            errorInfo: Uint8Array;
            trace: hbase.pb.StackTraceElementMessage.$Properties[];
            static create(properties: hbase.pb.GenericExceptionMessage.$Shape): hbase.pb.GenericExceptionMessage & hbase.pb.GenericExceptionMessage.$Shape;
            static create(properties?: hbase.pb.GenericExceptionMessage.$Properties): hbase.pb.GenericExceptionMessage;
            static encode(m: hbase.pb.GenericExceptionMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GenericExceptionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GenericExceptionMessage & hbase.pb.GenericExceptionMessage.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GenericExceptionMessage & hbase.pb.GenericExceptionMessage.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GenericExceptionMessage;
            static toObject(m: hbase.pb.GenericExceptionMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GenericExceptionMessage {
            interface $Properties {
                className?: (string|null);
                message?: (string|null);
                errorInfo?: (Uint8Array|null);
                trace?: (hbase.pb.StackTraceElementMessage.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GenericExceptionMessage.$Properties;
        }

        interface IForeignExceptionMessage extends hbase.pb.ForeignExceptionMessage.$Properties {
        }

        class ForeignExceptionMessage {
            constructor(p?: hbase.pb.ForeignExceptionMessage.$Properties);
            $unknowns?: Uint8Array[];
            source: string;
            genericException?: (hbase.pb.GenericExceptionMessage.$Properties|null);
            static create(properties: hbase.pb.ForeignExceptionMessage.$Shape): hbase.pb.ForeignExceptionMessage & hbase.pb.ForeignExceptionMessage.$Shape;
            static create(properties?: hbase.pb.ForeignExceptionMessage.$Properties): hbase.pb.ForeignExceptionMessage;
            static encode(m: hbase.pb.ForeignExceptionMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ForeignExceptionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ForeignExceptionMessage & hbase.pb.ForeignExceptionMessage.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ForeignExceptionMessage & hbase.pb.ForeignExceptionMessage.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ForeignExceptionMessage;
            static toObject(m: hbase.pb.ForeignExceptionMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ForeignExceptionMessage {
            interface $Properties {
                source?: (string|null);
                genericException?: (hbase.pb.GenericExceptionMessage.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ForeignExceptionMessage.$Properties;
        }

        interface IAddColumnRequest extends hbase.pb.AddColumnRequest.$Properties {
        }

        class AddColumnRequest {
            constructor(p?: hbase.pb.AddColumnRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            columnFamilies: hbase.pb.ColumnFamilySchema.$Properties;
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.AddColumnRequest.$Shape): hbase.pb.AddColumnRequest & hbase.pb.AddColumnRequest.$Shape;
            static create(properties?: hbase.pb.AddColumnRequest.$Properties): hbase.pb.AddColumnRequest;
            static encode(m: hbase.pb.AddColumnRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.AddColumnRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.AddColumnRequest & hbase.pb.AddColumnRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.AddColumnRequest & hbase.pb.AddColumnRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.AddColumnRequest;
            static toObject(m: hbase.pb.AddColumnRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddColumnRequest {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                columnFamilies: hbase.pb.ColumnFamilySchema.$Properties;
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.AddColumnRequest.$Properties;
        }

        interface IAddColumnResponse extends hbase.pb.AddColumnResponse.$Properties {
        }

        class AddColumnResponse {
            constructor(p?: hbase.pb.AddColumnResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.AddColumnResponse.$Shape): hbase.pb.AddColumnResponse & hbase.pb.AddColumnResponse.$Shape;
            static create(properties?: hbase.pb.AddColumnResponse.$Properties): hbase.pb.AddColumnResponse;
            static encode(m: hbase.pb.AddColumnResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.AddColumnResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.AddColumnResponse & hbase.pb.AddColumnResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.AddColumnResponse & hbase.pb.AddColumnResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.AddColumnResponse;
            static toObject(m: hbase.pb.AddColumnResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AddColumnResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.AddColumnResponse.$Properties;
        }

        interface IDeleteColumnRequest extends hbase.pb.DeleteColumnRequest.$Properties {
        }

        class DeleteColumnRequest {
            constructor(p?: hbase.pb.DeleteColumnRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            columnName: Uint8Array;
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.DeleteColumnRequest.$Shape): hbase.pb.DeleteColumnRequest & hbase.pb.DeleteColumnRequest.$Shape;
            static create(properties?: hbase.pb.DeleteColumnRequest.$Properties): hbase.pb.DeleteColumnRequest;
            static encode(m: hbase.pb.DeleteColumnRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.DeleteColumnRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.DeleteColumnRequest & hbase.pb.DeleteColumnRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.DeleteColumnRequest & hbase.pb.DeleteColumnRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.DeleteColumnRequest;
            static toObject(m: hbase.pb.DeleteColumnRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteColumnRequest {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                columnName: Uint8Array;
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.DeleteColumnRequest.$Properties;
        }

        interface IDeleteColumnResponse extends hbase.pb.DeleteColumnResponse.$Properties {
        }

        class DeleteColumnResponse {
            constructor(p?: hbase.pb.DeleteColumnResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.DeleteColumnResponse.$Shape): hbase.pb.DeleteColumnResponse & hbase.pb.DeleteColumnResponse.$Shape;
            static create(properties?: hbase.pb.DeleteColumnResponse.$Properties): hbase.pb.DeleteColumnResponse;
            static encode(m: hbase.pb.DeleteColumnResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.DeleteColumnResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.DeleteColumnResponse & hbase.pb.DeleteColumnResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.DeleteColumnResponse & hbase.pb.DeleteColumnResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.DeleteColumnResponse;
            static toObject(m: hbase.pb.DeleteColumnResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteColumnResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.DeleteColumnResponse.$Properties;
        }

        interface IModifyColumnRequest extends hbase.pb.ModifyColumnRequest.$Properties {
        }

        class ModifyColumnRequest {
            constructor(p?: hbase.pb.ModifyColumnRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            columnFamilies: hbase.pb.ColumnFamilySchema.$Properties;
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.ModifyColumnRequest.$Shape): hbase.pb.ModifyColumnRequest & hbase.pb.ModifyColumnRequest.$Shape;
            static create(properties?: hbase.pb.ModifyColumnRequest.$Properties): hbase.pb.ModifyColumnRequest;
            static encode(m: hbase.pb.ModifyColumnRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ModifyColumnRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ModifyColumnRequest & hbase.pb.ModifyColumnRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ModifyColumnRequest & hbase.pb.ModifyColumnRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ModifyColumnRequest;
            static toObject(m: hbase.pb.ModifyColumnRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModifyColumnRequest {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                columnFamilies: hbase.pb.ColumnFamilySchema.$Properties;
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ModifyColumnRequest.$Properties;
        }

        interface IModifyColumnResponse extends hbase.pb.ModifyColumnResponse.$Properties {
        }

        class ModifyColumnResponse {
            constructor(p?: hbase.pb.ModifyColumnResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.ModifyColumnResponse.$Shape): hbase.pb.ModifyColumnResponse & hbase.pb.ModifyColumnResponse.$Shape;
            static create(properties?: hbase.pb.ModifyColumnResponse.$Properties): hbase.pb.ModifyColumnResponse;
            static encode(m: hbase.pb.ModifyColumnResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ModifyColumnResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ModifyColumnResponse & hbase.pb.ModifyColumnResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ModifyColumnResponse & hbase.pb.ModifyColumnResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ModifyColumnResponse;
            static toObject(m: hbase.pb.ModifyColumnResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModifyColumnResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ModifyColumnResponse.$Properties;
        }

        interface ICreateTableRequest extends hbase.pb.CreateTableRequest.$Properties {
        }

        class CreateTableRequest {
            constructor(p?: hbase.pb.CreateTableRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableSchema: hbase.pb.TableSchema.$Properties;
            splitKeys: Uint8Array[];
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.CreateTableRequest.$Shape): hbase.pb.CreateTableRequest & hbase.pb.CreateTableRequest.$Shape;
            static create(properties?: hbase.pb.CreateTableRequest.$Properties): hbase.pb.CreateTableRequest;
            static encode(m: hbase.pb.CreateTableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CreateTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CreateTableRequest & hbase.pb.CreateTableRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CreateTableRequest & hbase.pb.CreateTableRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CreateTableRequest;
            static toObject(m: hbase.pb.CreateTableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateTableRequest {
            interface $Properties {
                tableSchema: hbase.pb.TableSchema.$Properties;
                splitKeys?: (Uint8Array[]|null);
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CreateTableRequest.$Properties;
        }

        interface ICreateTableResponse extends hbase.pb.CreateTableResponse.$Properties {
        }

        class CreateTableResponse {
            constructor(p?: hbase.pb.CreateTableResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.CreateTableResponse.$Shape): hbase.pb.CreateTableResponse & hbase.pb.CreateTableResponse.$Shape;
            static create(properties?: hbase.pb.CreateTableResponse.$Properties): hbase.pb.CreateTableResponse;
            static encode(m: hbase.pb.CreateTableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CreateTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CreateTableResponse & hbase.pb.CreateTableResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CreateTableResponse & hbase.pb.CreateTableResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CreateTableResponse;
            static toObject(m: hbase.pb.CreateTableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateTableResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CreateTableResponse.$Properties;
        }

        interface IDeleteTableRequest extends hbase.pb.DeleteTableRequest.$Properties {
        }

        class DeleteTableRequest {
            constructor(p?: hbase.pb.DeleteTableRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.DeleteTableRequest.$Shape): hbase.pb.DeleteTableRequest & hbase.pb.DeleteTableRequest.$Shape;
            static create(properties?: hbase.pb.DeleteTableRequest.$Properties): hbase.pb.DeleteTableRequest;
            static encode(m: hbase.pb.DeleteTableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.DeleteTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.DeleteTableRequest & hbase.pb.DeleteTableRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.DeleteTableRequest & hbase.pb.DeleteTableRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.DeleteTableRequest;
            static toObject(m: hbase.pb.DeleteTableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteTableRequest {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.DeleteTableRequest.$Properties;
        }

        interface IDeleteTableResponse extends hbase.pb.DeleteTableResponse.$Properties {
        }

        class DeleteTableResponse {
            constructor(p?: hbase.pb.DeleteTableResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.DeleteTableResponse.$Shape): hbase.pb.DeleteTableResponse & hbase.pb.DeleteTableResponse.$Shape;
            static create(properties?: hbase.pb.DeleteTableResponse.$Properties): hbase.pb.DeleteTableResponse;
            static encode(m: hbase.pb.DeleteTableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.DeleteTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.DeleteTableResponse & hbase.pb.DeleteTableResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.DeleteTableResponse & hbase.pb.DeleteTableResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.DeleteTableResponse;
            static toObject(m: hbase.pb.DeleteTableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteTableResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.DeleteTableResponse.$Properties;
        }

        interface ITruncateTableRequest extends hbase.pb.TruncateTableRequest.$Properties {
        }

        class TruncateTableRequest {
            constructor(p?: hbase.pb.TruncateTableRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            preserveSplits: boolean;
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.TruncateTableRequest.$Shape): hbase.pb.TruncateTableRequest & hbase.pb.TruncateTableRequest.$Shape;
            static create(properties?: hbase.pb.TruncateTableRequest.$Properties): hbase.pb.TruncateTableRequest;
            static encode(m: hbase.pb.TruncateTableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.TruncateTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.TruncateTableRequest & hbase.pb.TruncateTableRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.TruncateTableRequest & hbase.pb.TruncateTableRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.TruncateTableRequest;
            static toObject(m: hbase.pb.TruncateTableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TruncateTableRequest {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                preserveSplits?: (boolean|null);
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.TruncateTableRequest.$Properties;
        }

        interface ITruncateTableResponse extends hbase.pb.TruncateTableResponse.$Properties {
        }

        class TruncateTableResponse {
            constructor(p?: hbase.pb.TruncateTableResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.TruncateTableResponse.$Shape): hbase.pb.TruncateTableResponse & hbase.pb.TruncateTableResponse.$Shape;
            static create(properties?: hbase.pb.TruncateTableResponse.$Properties): hbase.pb.TruncateTableResponse;
            static encode(m: hbase.pb.TruncateTableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.TruncateTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.TruncateTableResponse & hbase.pb.TruncateTableResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.TruncateTableResponse & hbase.pb.TruncateTableResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.TruncateTableResponse;
            static toObject(m: hbase.pb.TruncateTableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TruncateTableResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.TruncateTableResponse.$Properties;
        }

        interface IEnableTableRequest extends hbase.pb.EnableTableRequest.$Properties {
        }

        class EnableTableRequest {
            constructor(p?: hbase.pb.EnableTableRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.EnableTableRequest.$Shape): hbase.pb.EnableTableRequest & hbase.pb.EnableTableRequest.$Shape;
            static create(properties?: hbase.pb.EnableTableRequest.$Properties): hbase.pb.EnableTableRequest;
            static encode(m: hbase.pb.EnableTableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.EnableTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.EnableTableRequest & hbase.pb.EnableTableRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.EnableTableRequest & hbase.pb.EnableTableRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.EnableTableRequest;
            static toObject(m: hbase.pb.EnableTableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnableTableRequest {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.EnableTableRequest.$Properties;
        }

        interface IEnableTableResponse extends hbase.pb.EnableTableResponse.$Properties {
        }

        class EnableTableResponse {
            constructor(p?: hbase.pb.EnableTableResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.EnableTableResponse.$Shape): hbase.pb.EnableTableResponse & hbase.pb.EnableTableResponse.$Shape;
            static create(properties?: hbase.pb.EnableTableResponse.$Properties): hbase.pb.EnableTableResponse;
            static encode(m: hbase.pb.EnableTableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.EnableTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.EnableTableResponse & hbase.pb.EnableTableResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.EnableTableResponse & hbase.pb.EnableTableResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.EnableTableResponse;
            static toObject(m: hbase.pb.EnableTableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnableTableResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.EnableTableResponse.$Properties;
        }

        interface IDisableTableRequest extends hbase.pb.DisableTableRequest.$Properties {
        }

        class DisableTableRequest {
            constructor(p?: hbase.pb.DisableTableRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.DisableTableRequest.$Shape): hbase.pb.DisableTableRequest & hbase.pb.DisableTableRequest.$Shape;
            static create(properties?: hbase.pb.DisableTableRequest.$Properties): hbase.pb.DisableTableRequest;
            static encode(m: hbase.pb.DisableTableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.DisableTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.DisableTableRequest & hbase.pb.DisableTableRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.DisableTableRequest & hbase.pb.DisableTableRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.DisableTableRequest;
            static toObject(m: hbase.pb.DisableTableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DisableTableRequest {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.DisableTableRequest.$Properties;
        }

        interface IDisableTableResponse extends hbase.pb.DisableTableResponse.$Properties {
        }

        class DisableTableResponse {
            constructor(p?: hbase.pb.DisableTableResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.DisableTableResponse.$Shape): hbase.pb.DisableTableResponse & hbase.pb.DisableTableResponse.$Shape;
            static create(properties?: hbase.pb.DisableTableResponse.$Properties): hbase.pb.DisableTableResponse;
            static encode(m: hbase.pb.DisableTableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.DisableTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.DisableTableResponse & hbase.pb.DisableTableResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.DisableTableResponse & hbase.pb.DisableTableResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.DisableTableResponse;
            static toObject(m: hbase.pb.DisableTableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DisableTableResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.DisableTableResponse.$Properties;
        }

        interface IModifyTableRequest extends hbase.pb.ModifyTableRequest.$Properties {
        }

        class ModifyTableRequest {
            constructor(p?: hbase.pb.ModifyTableRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            tableSchema: hbase.pb.TableSchema.$Properties;
            nonceGroup: Long;
            nonce: Long;
            reopenRegions: boolean;
            static create(properties: hbase.pb.ModifyTableRequest.$Shape): hbase.pb.ModifyTableRequest & hbase.pb.ModifyTableRequest.$Shape;
            static create(properties?: hbase.pb.ModifyTableRequest.$Properties): hbase.pb.ModifyTableRequest;
            static encode(m: hbase.pb.ModifyTableRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ModifyTableRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ModifyTableRequest & hbase.pb.ModifyTableRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ModifyTableRequest & hbase.pb.ModifyTableRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ModifyTableRequest;
            static toObject(m: hbase.pb.ModifyTableRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModifyTableRequest {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                tableSchema: hbase.pb.TableSchema.$Properties;
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                reopenRegions?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ModifyTableRequest.$Properties;
        }

        interface IModifyTableResponse extends hbase.pb.ModifyTableResponse.$Properties {
        }

        class ModifyTableResponse {
            constructor(p?: hbase.pb.ModifyTableResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.ModifyTableResponse.$Shape): hbase.pb.ModifyTableResponse & hbase.pb.ModifyTableResponse.$Shape;
            static create(properties?: hbase.pb.ModifyTableResponse.$Properties): hbase.pb.ModifyTableResponse;
            static encode(m: hbase.pb.ModifyTableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ModifyTableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ModifyTableResponse & hbase.pb.ModifyTableResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ModifyTableResponse & hbase.pb.ModifyTableResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ModifyTableResponse;
            static toObject(m: hbase.pb.ModifyTableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModifyTableResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ModifyTableResponse.$Properties;
        }

        interface ICreateNamespaceRequest extends hbase.pb.CreateNamespaceRequest.$Properties {
        }

        class CreateNamespaceRequest {
            constructor(p?: hbase.pb.CreateNamespaceRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespaceDescriptor: hbase.pb.NamespaceDescriptor.$Properties;
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.CreateNamespaceRequest.$Shape): hbase.pb.CreateNamespaceRequest & hbase.pb.CreateNamespaceRequest.$Shape;
            static create(properties?: hbase.pb.CreateNamespaceRequest.$Properties): hbase.pb.CreateNamespaceRequest;
            static encode(m: hbase.pb.CreateNamespaceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CreateNamespaceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CreateNamespaceRequest & hbase.pb.CreateNamespaceRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CreateNamespaceRequest & hbase.pb.CreateNamespaceRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CreateNamespaceRequest;
            static toObject(m: hbase.pb.CreateNamespaceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateNamespaceRequest {
            interface $Properties {
                namespaceDescriptor: hbase.pb.NamespaceDescriptor.$Properties;
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CreateNamespaceRequest.$Properties;
        }

        interface ICreateNamespaceResponse extends hbase.pb.CreateNamespaceResponse.$Properties {
        }

        class CreateNamespaceResponse {
            constructor(p?: hbase.pb.CreateNamespaceResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.CreateNamespaceResponse.$Shape): hbase.pb.CreateNamespaceResponse & hbase.pb.CreateNamespaceResponse.$Shape;
            static create(properties?: hbase.pb.CreateNamespaceResponse.$Properties): hbase.pb.CreateNamespaceResponse;
            static encode(m: hbase.pb.CreateNamespaceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CreateNamespaceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CreateNamespaceResponse & hbase.pb.CreateNamespaceResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CreateNamespaceResponse & hbase.pb.CreateNamespaceResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CreateNamespaceResponse;
            static toObject(m: hbase.pb.CreateNamespaceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateNamespaceResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CreateNamespaceResponse.$Properties;
        }

        interface IDeleteNamespaceRequest extends hbase.pb.DeleteNamespaceRequest.$Properties {
        }

        class DeleteNamespaceRequest {
            constructor(p?: hbase.pb.DeleteNamespaceRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespaceName: string;
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.DeleteNamespaceRequest.$Shape): hbase.pb.DeleteNamespaceRequest & hbase.pb.DeleteNamespaceRequest.$Shape;
            static create(properties?: hbase.pb.DeleteNamespaceRequest.$Properties): hbase.pb.DeleteNamespaceRequest;
            static encode(m: hbase.pb.DeleteNamespaceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.DeleteNamespaceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.DeleteNamespaceRequest & hbase.pb.DeleteNamespaceRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.DeleteNamespaceRequest & hbase.pb.DeleteNamespaceRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.DeleteNamespaceRequest;
            static toObject(m: hbase.pb.DeleteNamespaceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteNamespaceRequest {
            interface $Properties {
                namespaceName: string;
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.DeleteNamespaceRequest.$Properties;
        }

        interface IDeleteNamespaceResponse extends hbase.pb.DeleteNamespaceResponse.$Properties {
        }

        class DeleteNamespaceResponse {
            constructor(p?: hbase.pb.DeleteNamespaceResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.DeleteNamespaceResponse.$Shape): hbase.pb.DeleteNamespaceResponse & hbase.pb.DeleteNamespaceResponse.$Shape;
            static create(properties?: hbase.pb.DeleteNamespaceResponse.$Properties): hbase.pb.DeleteNamespaceResponse;
            static encode(m: hbase.pb.DeleteNamespaceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.DeleteNamespaceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.DeleteNamespaceResponse & hbase.pb.DeleteNamespaceResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.DeleteNamespaceResponse & hbase.pb.DeleteNamespaceResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.DeleteNamespaceResponse;
            static toObject(m: hbase.pb.DeleteNamespaceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteNamespaceResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.DeleteNamespaceResponse.$Properties;
        }

        interface IModifyNamespaceRequest extends hbase.pb.ModifyNamespaceRequest.$Properties {
        }

        class ModifyNamespaceRequest {
            constructor(p?: hbase.pb.ModifyNamespaceRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespaceDescriptor: hbase.pb.NamespaceDescriptor.$Properties;
            nonceGroup: Long;
            nonce: Long;
            static create(properties: hbase.pb.ModifyNamespaceRequest.$Shape): hbase.pb.ModifyNamespaceRequest & hbase.pb.ModifyNamespaceRequest.$Shape;
            static create(properties?: hbase.pb.ModifyNamespaceRequest.$Properties): hbase.pb.ModifyNamespaceRequest;
            static encode(m: hbase.pb.ModifyNamespaceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ModifyNamespaceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ModifyNamespaceRequest & hbase.pb.ModifyNamespaceRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ModifyNamespaceRequest & hbase.pb.ModifyNamespaceRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ModifyNamespaceRequest;
            static toObject(m: hbase.pb.ModifyNamespaceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModifyNamespaceRequest {
            interface $Properties {
                namespaceDescriptor: hbase.pb.NamespaceDescriptor.$Properties;
                nonceGroup?: (Long|null);
                nonce?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ModifyNamespaceRequest.$Properties;
        }

        interface IModifyNamespaceResponse extends hbase.pb.ModifyNamespaceResponse.$Properties {
        }

        class ModifyNamespaceResponse {
            constructor(p?: hbase.pb.ModifyNamespaceResponse.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.ModifyNamespaceResponse.$Shape): hbase.pb.ModifyNamespaceResponse & hbase.pb.ModifyNamespaceResponse.$Shape;
            static create(properties?: hbase.pb.ModifyNamespaceResponse.$Properties): hbase.pb.ModifyNamespaceResponse;
            static encode(m: hbase.pb.ModifyNamespaceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ModifyNamespaceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ModifyNamespaceResponse & hbase.pb.ModifyNamespaceResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ModifyNamespaceResponse & hbase.pb.ModifyNamespaceResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ModifyNamespaceResponse;
            static toObject(m: hbase.pb.ModifyNamespaceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ModifyNamespaceResponse {
            interface $Properties {
                procId?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ModifyNamespaceResponse.$Properties;
        }

        interface IGetNamespaceDescriptorRequest extends hbase.pb.GetNamespaceDescriptorRequest.$Properties {
        }

        class GetNamespaceDescriptorRequest {
            constructor(p?: hbase.pb.GetNamespaceDescriptorRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespaceName: string;
            static create(properties: hbase.pb.GetNamespaceDescriptorRequest.$Shape): hbase.pb.GetNamespaceDescriptorRequest & hbase.pb.GetNamespaceDescriptorRequest.$Shape;
            static create(properties?: hbase.pb.GetNamespaceDescriptorRequest.$Properties): hbase.pb.GetNamespaceDescriptorRequest;
            static encode(m: hbase.pb.GetNamespaceDescriptorRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetNamespaceDescriptorRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetNamespaceDescriptorRequest & hbase.pb.GetNamespaceDescriptorRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetNamespaceDescriptorRequest & hbase.pb.GetNamespaceDescriptorRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetNamespaceDescriptorRequest;
            static toObject(m: hbase.pb.GetNamespaceDescriptorRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetNamespaceDescriptorRequest {
            interface $Properties {
                namespaceName: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetNamespaceDescriptorRequest.$Properties;
        }

        interface IGetNamespaceDescriptorResponse extends hbase.pb.GetNamespaceDescriptorResponse.$Properties {
        }

        class GetNamespaceDescriptorResponse {
            constructor(p?: hbase.pb.GetNamespaceDescriptorResponse.$Properties);
            $unknowns?: Uint8Array[];
            namespaceDescriptor: hbase.pb.NamespaceDescriptor.$Properties;
            static create(properties: hbase.pb.GetNamespaceDescriptorResponse.$Shape): hbase.pb.GetNamespaceDescriptorResponse & hbase.pb.GetNamespaceDescriptorResponse.$Shape;
            static create(properties?: hbase.pb.GetNamespaceDescriptorResponse.$Properties): hbase.pb.GetNamespaceDescriptorResponse;
            static encode(m: hbase.pb.GetNamespaceDescriptorResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetNamespaceDescriptorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetNamespaceDescriptorResponse & hbase.pb.GetNamespaceDescriptorResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetNamespaceDescriptorResponse & hbase.pb.GetNamespaceDescriptorResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetNamespaceDescriptorResponse;
            static toObject(m: hbase.pb.GetNamespaceDescriptorResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetNamespaceDescriptorResponse {
            interface $Properties {
                namespaceDescriptor: hbase.pb.NamespaceDescriptor.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetNamespaceDescriptorResponse.$Properties;
        }

        interface IListNamespacesRequest extends hbase.pb.ListNamespacesRequest.$Properties {
        }

        class ListNamespacesRequest {
            constructor(p?: hbase.pb.ListNamespacesRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.ListNamespacesRequest.$Shape): hbase.pb.ListNamespacesRequest & hbase.pb.ListNamespacesRequest.$Shape;
            static create(properties?: hbase.pb.ListNamespacesRequest.$Properties): hbase.pb.ListNamespacesRequest;
            static encode(m: hbase.pb.ListNamespacesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListNamespacesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListNamespacesRequest & hbase.pb.ListNamespacesRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListNamespacesRequest & hbase.pb.ListNamespacesRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListNamespacesRequest;
            static toObject(m: hbase.pb.ListNamespacesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListNamespacesRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListNamespacesRequest.$Properties;
        }

        interface IListNamespacesResponse extends hbase.pb.ListNamespacesResponse.$Properties {
        }

        class ListNamespacesResponse {
            constructor(p?: hbase.pb.ListNamespacesResponse.$Properties);
            $unknowns?: Uint8Array[];
            namespaceName: string[];
            static create(properties: hbase.pb.ListNamespacesResponse.$Shape): hbase.pb.ListNamespacesResponse & hbase.pb.ListNamespacesResponse.$Shape;
            static create(properties?: hbase.pb.ListNamespacesResponse.$Properties): hbase.pb.ListNamespacesResponse;
            static encode(m: hbase.pb.ListNamespacesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListNamespacesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListNamespacesResponse & hbase.pb.ListNamespacesResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListNamespacesResponse & hbase.pb.ListNamespacesResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListNamespacesResponse;
            static toObject(m: hbase.pb.ListNamespacesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListNamespacesResponse {
            interface $Properties {
                namespaceName?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListNamespacesResponse.$Properties;
        }

        interface IListNamespaceDescriptorsRequest extends hbase.pb.ListNamespaceDescriptorsRequest.$Properties {
        }

        class ListNamespaceDescriptorsRequest {
            constructor(p?: hbase.pb.ListNamespaceDescriptorsRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.ListNamespaceDescriptorsRequest.$Shape): hbase.pb.ListNamespaceDescriptorsRequest & hbase.pb.ListNamespaceDescriptorsRequest.$Shape;
            static create(properties?: hbase.pb.ListNamespaceDescriptorsRequest.$Properties): hbase.pb.ListNamespaceDescriptorsRequest;
            static encode(m: hbase.pb.ListNamespaceDescriptorsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListNamespaceDescriptorsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListNamespaceDescriptorsRequest & hbase.pb.ListNamespaceDescriptorsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListNamespaceDescriptorsRequest & hbase.pb.ListNamespaceDescriptorsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListNamespaceDescriptorsRequest;
            static toObject(m: hbase.pb.ListNamespaceDescriptorsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListNamespaceDescriptorsRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListNamespaceDescriptorsRequest.$Properties;
        }

        interface IListNamespaceDescriptorsResponse extends hbase.pb.ListNamespaceDescriptorsResponse.$Properties {
        }

        class ListNamespaceDescriptorsResponse {
            constructor(p?: hbase.pb.ListNamespaceDescriptorsResponse.$Properties);
            $unknowns?: Uint8Array[];
            namespaceDescriptor: hbase.pb.NamespaceDescriptor.$Properties[];
            static create(properties: hbase.pb.ListNamespaceDescriptorsResponse.$Shape): hbase.pb.ListNamespaceDescriptorsResponse & hbase.pb.ListNamespaceDescriptorsResponse.$Shape;
            static create(properties?: hbase.pb.ListNamespaceDescriptorsResponse.$Properties): hbase.pb.ListNamespaceDescriptorsResponse;
            static encode(m: hbase.pb.ListNamespaceDescriptorsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListNamespaceDescriptorsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListNamespaceDescriptorsResponse & hbase.pb.ListNamespaceDescriptorsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListNamespaceDescriptorsResponse & hbase.pb.ListNamespaceDescriptorsResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListNamespaceDescriptorsResponse;
            static toObject(m: hbase.pb.ListNamespaceDescriptorsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListNamespaceDescriptorsResponse {
            interface $Properties {
                namespaceDescriptor?: (hbase.pb.NamespaceDescriptor.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListNamespaceDescriptorsResponse.$Properties;
        }

        interface IListTableDescriptorsByNamespaceRequest extends hbase.pb.ListTableDescriptorsByNamespaceRequest.$Properties {
        }

        class ListTableDescriptorsByNamespaceRequest {
            constructor(p?: hbase.pb.ListTableDescriptorsByNamespaceRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespaceName: string;
            static create(properties: hbase.pb.ListTableDescriptorsByNamespaceRequest.$Shape): hbase.pb.ListTableDescriptorsByNamespaceRequest & hbase.pb.ListTableDescriptorsByNamespaceRequest.$Shape;
            static create(properties?: hbase.pb.ListTableDescriptorsByNamespaceRequest.$Properties): hbase.pb.ListTableDescriptorsByNamespaceRequest;
            static encode(m: hbase.pb.ListTableDescriptorsByNamespaceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListTableDescriptorsByNamespaceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListTableDescriptorsByNamespaceRequest & hbase.pb.ListTableDescriptorsByNamespaceRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListTableDescriptorsByNamespaceRequest & hbase.pb.ListTableDescriptorsByNamespaceRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListTableDescriptorsByNamespaceRequest;
            static toObject(m: hbase.pb.ListTableDescriptorsByNamespaceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTableDescriptorsByNamespaceRequest {
            interface $Properties {
                namespaceName: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListTableDescriptorsByNamespaceRequest.$Properties;
        }

        interface IListTableDescriptorsByNamespaceResponse extends hbase.pb.ListTableDescriptorsByNamespaceResponse.$Properties {
        }

        class ListTableDescriptorsByNamespaceResponse {
            constructor(p?: hbase.pb.ListTableDescriptorsByNamespaceResponse.$Properties);
            $unknowns?: Uint8Array[];
            tableSchema: hbase.pb.TableSchema.$Properties[];
            static create(properties: hbase.pb.ListTableDescriptorsByNamespaceResponse.$Shape): hbase.pb.ListTableDescriptorsByNamespaceResponse & hbase.pb.ListTableDescriptorsByNamespaceResponse.$Shape;
            static create(properties?: hbase.pb.ListTableDescriptorsByNamespaceResponse.$Properties): hbase.pb.ListTableDescriptorsByNamespaceResponse;
            static encode(m: hbase.pb.ListTableDescriptorsByNamespaceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListTableDescriptorsByNamespaceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListTableDescriptorsByNamespaceResponse & hbase.pb.ListTableDescriptorsByNamespaceResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListTableDescriptorsByNamespaceResponse & hbase.pb.ListTableDescriptorsByNamespaceResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListTableDescriptorsByNamespaceResponse;
            static toObject(m: hbase.pb.ListTableDescriptorsByNamespaceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTableDescriptorsByNamespaceResponse {
            interface $Properties {
                tableSchema?: (hbase.pb.TableSchema.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListTableDescriptorsByNamespaceResponse.$Properties;
        }

        interface IListTableNamesByNamespaceRequest extends hbase.pb.ListTableNamesByNamespaceRequest.$Properties {
        }

        class ListTableNamesByNamespaceRequest {
            constructor(p?: hbase.pb.ListTableNamesByNamespaceRequest.$Properties);
            $unknowns?: Uint8Array[];
            namespaceName: string;
            static create(properties: hbase.pb.ListTableNamesByNamespaceRequest.$Shape): hbase.pb.ListTableNamesByNamespaceRequest & hbase.pb.ListTableNamesByNamespaceRequest.$Shape;
            static create(properties?: hbase.pb.ListTableNamesByNamespaceRequest.$Properties): hbase.pb.ListTableNamesByNamespaceRequest;
            static encode(m: hbase.pb.ListTableNamesByNamespaceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListTableNamesByNamespaceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListTableNamesByNamespaceRequest & hbase.pb.ListTableNamesByNamespaceRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListTableNamesByNamespaceRequest & hbase.pb.ListTableNamesByNamespaceRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListTableNamesByNamespaceRequest;
            static toObject(m: hbase.pb.ListTableNamesByNamespaceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTableNamesByNamespaceRequest {
            interface $Properties {
                namespaceName: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListTableNamesByNamespaceRequest.$Properties;
        }

        interface IListTableNamesByNamespaceResponse extends hbase.pb.ListTableNamesByNamespaceResponse.$Properties {
        }

        class ListTableNamesByNamespaceResponse {
            constructor(p?: hbase.pb.ListTableNamesByNamespaceResponse.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties[];
            static create(properties: hbase.pb.ListTableNamesByNamespaceResponse.$Shape): hbase.pb.ListTableNamesByNamespaceResponse & hbase.pb.ListTableNamesByNamespaceResponse.$Shape;
            static create(properties?: hbase.pb.ListTableNamesByNamespaceResponse.$Properties): hbase.pb.ListTableNamesByNamespaceResponse;
            static encode(m: hbase.pb.ListTableNamesByNamespaceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListTableNamesByNamespaceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListTableNamesByNamespaceResponse & hbase.pb.ListTableNamesByNamespaceResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListTableNamesByNamespaceResponse & hbase.pb.ListTableNamesByNamespaceResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListTableNamesByNamespaceResponse;
            static toObject(m: hbase.pb.ListTableNamesByNamespaceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTableNamesByNamespaceResponse {
            interface $Properties {
                tableName?: (hbase.pb.TableName.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListTableNamesByNamespaceResponse.$Properties;
        }

        interface IBalanceRequest extends hbase.pb.BalanceRequest.$Properties {
        }

        class BalanceRequest {
            constructor(p?: hbase.pb.BalanceRequest.$Properties);
            $unknowns?: Uint8Array[];
            ignoreRit: boolean;
            dryRun: boolean;
            static create(properties: hbase.pb.BalanceRequest.$Shape): hbase.pb.BalanceRequest & hbase.pb.BalanceRequest.$Shape;
            static create(properties?: hbase.pb.BalanceRequest.$Properties): hbase.pb.BalanceRequest;
            static encode(m: hbase.pb.BalanceRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.BalanceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.BalanceRequest & hbase.pb.BalanceRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.BalanceRequest & hbase.pb.BalanceRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.BalanceRequest;
            static toObject(m: hbase.pb.BalanceRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BalanceRequest {
            interface $Properties {
                ignoreRit?: (boolean|null);
                dryRun?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.BalanceRequest.$Properties;
        }

        interface IBalanceResponse extends hbase.pb.BalanceResponse.$Properties {
        }

        class BalanceResponse {
            constructor(p?: hbase.pb.BalanceResponse.$Properties);
            $unknowns?: Uint8Array[];
            balancerRan: boolean;
            movesCalculated: number;
            movesExecuted: number;
            static create(properties: hbase.pb.BalanceResponse.$Shape): hbase.pb.BalanceResponse & hbase.pb.BalanceResponse.$Shape;
            static create(properties?: hbase.pb.BalanceResponse.$Properties): hbase.pb.BalanceResponse;
            static encode(m: hbase.pb.BalanceResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.BalanceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.BalanceResponse & hbase.pb.BalanceResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.BalanceResponse & hbase.pb.BalanceResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.BalanceResponse;
            static toObject(m: hbase.pb.BalanceResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BalanceResponse {
            interface $Properties {
                balancerRan: boolean;
                movesCalculated?: (number|null);
                movesExecuted?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.BalanceResponse.$Properties;
        }

        interface ISetBalancerRunningRequest extends hbase.pb.SetBalancerRunningRequest.$Properties {
        }

        class SetBalancerRunningRequest {
            constructor(p?: hbase.pb.SetBalancerRunningRequest.$Properties);
            $unknowns?: Uint8Array[];
            on: boolean;
            synchronous: boolean;
            static create(properties: hbase.pb.SetBalancerRunningRequest.$Shape): hbase.pb.SetBalancerRunningRequest & hbase.pb.SetBalancerRunningRequest.$Shape;
            static create(properties?: hbase.pb.SetBalancerRunningRequest.$Properties): hbase.pb.SetBalancerRunningRequest;
            static encode(m: hbase.pb.SetBalancerRunningRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SetBalancerRunningRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SetBalancerRunningRequest & hbase.pb.SetBalancerRunningRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SetBalancerRunningRequest & hbase.pb.SetBalancerRunningRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SetBalancerRunningRequest;
            static toObject(m: hbase.pb.SetBalancerRunningRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetBalancerRunningRequest {
            interface $Properties {
                on: boolean;
                synchronous?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SetBalancerRunningRequest.$Properties;
        }

        interface ISetBalancerRunningResponse extends hbase.pb.SetBalancerRunningResponse.$Properties {
        }

        class SetBalancerRunningResponse {
            constructor(p?: hbase.pb.SetBalancerRunningResponse.$Properties);
            $unknowns?: Uint8Array[];
            prevBalanceValue: boolean;
            static create(properties: hbase.pb.SetBalancerRunningResponse.$Shape): hbase.pb.SetBalancerRunningResponse & hbase.pb.SetBalancerRunningResponse.$Shape;
            static create(properties?: hbase.pb.SetBalancerRunningResponse.$Properties): hbase.pb.SetBalancerRunningResponse;
            static encode(m: hbase.pb.SetBalancerRunningResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SetBalancerRunningResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SetBalancerRunningResponse & hbase.pb.SetBalancerRunningResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SetBalancerRunningResponse & hbase.pb.SetBalancerRunningResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SetBalancerRunningResponse;
            static toObject(m: hbase.pb.SetBalancerRunningResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetBalancerRunningResponse {
            interface $Properties {
                prevBalanceValue?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SetBalancerRunningResponse.$Properties;
        }

        interface IIsBalancerEnabledRequest extends hbase.pb.IsBalancerEnabledRequest.$Properties {
        }

        class IsBalancerEnabledRequest {
            constructor(p?: hbase.pb.IsBalancerEnabledRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.IsBalancerEnabledRequest.$Shape): hbase.pb.IsBalancerEnabledRequest & hbase.pb.IsBalancerEnabledRequest.$Shape;
            static create(properties?: hbase.pb.IsBalancerEnabledRequest.$Properties): hbase.pb.IsBalancerEnabledRequest;
            static encode(m: hbase.pb.IsBalancerEnabledRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsBalancerEnabledRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsBalancerEnabledRequest & hbase.pb.IsBalancerEnabledRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsBalancerEnabledRequest & hbase.pb.IsBalancerEnabledRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsBalancerEnabledRequest;
            static toObject(m: hbase.pb.IsBalancerEnabledRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsBalancerEnabledRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsBalancerEnabledRequest.$Properties;
        }

        interface IIsBalancerEnabledResponse extends hbase.pb.IsBalancerEnabledResponse.$Properties {
        }

        class IsBalancerEnabledResponse {
            constructor(p?: hbase.pb.IsBalancerEnabledResponse.$Properties);
            $unknowns?: Uint8Array[];
            enabled: boolean;
            static create(properties: hbase.pb.IsBalancerEnabledResponse.$Shape): hbase.pb.IsBalancerEnabledResponse & hbase.pb.IsBalancerEnabledResponse.$Shape;
            static create(properties?: hbase.pb.IsBalancerEnabledResponse.$Properties): hbase.pb.IsBalancerEnabledResponse;
            static encode(m: hbase.pb.IsBalancerEnabledResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsBalancerEnabledResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsBalancerEnabledResponse & hbase.pb.IsBalancerEnabledResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsBalancerEnabledResponse & hbase.pb.IsBalancerEnabledResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsBalancerEnabledResponse;
            static toObject(m: hbase.pb.IsBalancerEnabledResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsBalancerEnabledResponse {
            interface $Properties {
                enabled: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsBalancerEnabledResponse.$Properties;
        }

        interface IGetSchemaAlterStatusRequest extends hbase.pb.GetSchemaAlterStatusRequest.$Properties {
        }

        class GetSchemaAlterStatusRequest {
            constructor(p?: hbase.pb.GetSchemaAlterStatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            static create(properties: hbase.pb.GetSchemaAlterStatusRequest.$Shape): hbase.pb.GetSchemaAlterStatusRequest & hbase.pb.GetSchemaAlterStatusRequest.$Shape;
            static create(properties?: hbase.pb.GetSchemaAlterStatusRequest.$Properties): hbase.pb.GetSchemaAlterStatusRequest;
            static encode(m: hbase.pb.GetSchemaAlterStatusRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetSchemaAlterStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetSchemaAlterStatusRequest & hbase.pb.GetSchemaAlterStatusRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetSchemaAlterStatusRequest & hbase.pb.GetSchemaAlterStatusRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetSchemaAlterStatusRequest;
            static toObject(m: hbase.pb.GetSchemaAlterStatusRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetSchemaAlterStatusRequest {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetSchemaAlterStatusRequest.$Properties;
        }

        interface IGetSchemaAlterStatusResponse extends hbase.pb.GetSchemaAlterStatusResponse.$Properties {
        }

        class GetSchemaAlterStatusResponse {
            constructor(p?: hbase.pb.GetSchemaAlterStatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            yetToUpdateRegions: number;
            totalRegions: number;
            static create(properties: hbase.pb.GetSchemaAlterStatusResponse.$Shape): hbase.pb.GetSchemaAlterStatusResponse & hbase.pb.GetSchemaAlterStatusResponse.$Shape;
            static create(properties?: hbase.pb.GetSchemaAlterStatusResponse.$Properties): hbase.pb.GetSchemaAlterStatusResponse;
            static encode(m: hbase.pb.GetSchemaAlterStatusResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetSchemaAlterStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetSchemaAlterStatusResponse & hbase.pb.GetSchemaAlterStatusResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetSchemaAlterStatusResponse & hbase.pb.GetSchemaAlterStatusResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetSchemaAlterStatusResponse;
            static toObject(m: hbase.pb.GetSchemaAlterStatusResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetSchemaAlterStatusResponse {
            interface $Properties {
                yetToUpdateRegions?: (number|null);
                totalRegions?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetSchemaAlterStatusResponse.$Properties;
        }

        interface IGetTableDescriptorsRequest extends hbase.pb.GetTableDescriptorsRequest.$Properties {
        }

        class GetTableDescriptorsRequest {
            constructor(p?: hbase.pb.GetTableDescriptorsRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableNames: hbase.pb.TableName.$Properties[];
            regex: string;
            includeSysTables: boolean;
            namespace: string;
            static create(properties: hbase.pb.GetTableDescriptorsRequest.$Shape): hbase.pb.GetTableDescriptorsRequest & hbase.pb.GetTableDescriptorsRequest.$Shape;
            static create(properties?: hbase.pb.GetTableDescriptorsRequest.$Properties): hbase.pb.GetTableDescriptorsRequest;
            static encode(m: hbase.pb.GetTableDescriptorsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetTableDescriptorsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetTableDescriptorsRequest & hbase.pb.GetTableDescriptorsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetTableDescriptorsRequest & hbase.pb.GetTableDescriptorsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetTableDescriptorsRequest;
            static toObject(m: hbase.pb.GetTableDescriptorsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetTableDescriptorsRequest {
            interface $Properties {
                tableNames?: (hbase.pb.TableName.$Properties[]|null);
                regex?: (string|null);
                includeSysTables?: (boolean|null);
                namespace?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetTableDescriptorsRequest.$Properties;
        }

        interface IGetTableDescriptorsResponse extends hbase.pb.GetTableDescriptorsResponse.$Properties {
        }

        class GetTableDescriptorsResponse {
            constructor(p?: hbase.pb.GetTableDescriptorsResponse.$Properties);
            $unknowns?: Uint8Array[];
            tableSchema: hbase.pb.TableSchema.$Properties[];
            static create(properties: hbase.pb.GetTableDescriptorsResponse.$Shape): hbase.pb.GetTableDescriptorsResponse & hbase.pb.GetTableDescriptorsResponse.$Shape;
            static create(properties?: hbase.pb.GetTableDescriptorsResponse.$Properties): hbase.pb.GetTableDescriptorsResponse;
            static encode(m: hbase.pb.GetTableDescriptorsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetTableDescriptorsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetTableDescriptorsResponse & hbase.pb.GetTableDescriptorsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetTableDescriptorsResponse & hbase.pb.GetTableDescriptorsResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetTableDescriptorsResponse;
            static toObject(m: hbase.pb.GetTableDescriptorsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetTableDescriptorsResponse {
            interface $Properties {
                tableSchema?: (hbase.pb.TableSchema.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetTableDescriptorsResponse.$Properties;
        }

        interface IGetTableNamesRequest extends hbase.pb.GetTableNamesRequest.$Properties {
        }

        class GetTableNamesRequest {
            constructor(p?: hbase.pb.GetTableNamesRequest.$Properties);
            $unknowns?: Uint8Array[];
            regex: string;
            includeSysTables: boolean;
            namespace: string;
            static create(properties: hbase.pb.GetTableNamesRequest.$Shape): hbase.pb.GetTableNamesRequest & hbase.pb.GetTableNamesRequest.$Shape;
            static create(properties?: hbase.pb.GetTableNamesRequest.$Properties): hbase.pb.GetTableNamesRequest;
            static encode(m: hbase.pb.GetTableNamesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetTableNamesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetTableNamesRequest & hbase.pb.GetTableNamesRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetTableNamesRequest & hbase.pb.GetTableNamesRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetTableNamesRequest;
            static toObject(m: hbase.pb.GetTableNamesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetTableNamesRequest {
            interface $Properties {
                regex?: (string|null);
                includeSysTables?: (boolean|null);
                namespace?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetTableNamesRequest.$Properties;
        }

        interface IGetTableNamesResponse extends hbase.pb.GetTableNamesResponse.$Properties {
        }

        class GetTableNamesResponse {
            constructor(p?: hbase.pb.GetTableNamesResponse.$Properties);
            $unknowns?: Uint8Array[];
            tableNames: hbase.pb.TableName.$Properties[];
            static create(properties: hbase.pb.GetTableNamesResponse.$Shape): hbase.pb.GetTableNamesResponse & hbase.pb.GetTableNamesResponse.$Shape;
            static create(properties?: hbase.pb.GetTableNamesResponse.$Properties): hbase.pb.GetTableNamesResponse;
            static encode(m: hbase.pb.GetTableNamesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetTableNamesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetTableNamesResponse & hbase.pb.GetTableNamesResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetTableNamesResponse & hbase.pb.GetTableNamesResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetTableNamesResponse;
            static toObject(m: hbase.pb.GetTableNamesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetTableNamesResponse {
            interface $Properties {
                tableNames?: (hbase.pb.TableName.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetTableNamesResponse.$Properties;
        }

        interface IGetTableStateRequest extends hbase.pb.GetTableStateRequest.$Properties {
        }

        class GetTableStateRequest {
            constructor(p?: hbase.pb.GetTableStateRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableName: hbase.pb.TableName.$Properties;
            static create(properties: hbase.pb.GetTableStateRequest.$Shape): hbase.pb.GetTableStateRequest & hbase.pb.GetTableStateRequest.$Shape;
            static create(properties?: hbase.pb.GetTableStateRequest.$Properties): hbase.pb.GetTableStateRequest;
            static encode(m: hbase.pb.GetTableStateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetTableStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetTableStateRequest & hbase.pb.GetTableStateRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetTableStateRequest & hbase.pb.GetTableStateRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetTableStateRequest;
            static toObject(m: hbase.pb.GetTableStateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetTableStateRequest {
            interface $Properties {
                tableName: hbase.pb.TableName.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetTableStateRequest.$Properties;
        }

        interface IGetTableStateResponse extends hbase.pb.GetTableStateResponse.$Properties {
        }

        class GetTableStateResponse {
            constructor(p?: hbase.pb.GetTableStateResponse.$Properties);
            $unknowns?: Uint8Array[];
            tableState: hbase.pb.TableState.$Properties;
            static create(properties: hbase.pb.GetTableStateResponse.$Shape): hbase.pb.GetTableStateResponse & hbase.pb.GetTableStateResponse.$Shape;
            static create(properties?: hbase.pb.GetTableStateResponse.$Properties): hbase.pb.GetTableStateResponse;
            static encode(m: hbase.pb.GetTableStateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetTableStateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetTableStateResponse & hbase.pb.GetTableStateResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetTableStateResponse & hbase.pb.GetTableStateResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetTableStateResponse;
            static toObject(m: hbase.pb.GetTableStateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetTableStateResponse {
            interface $Properties {
                tableState: hbase.pb.TableState.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetTableStateResponse.$Properties;
        }

        interface IGetClusterStatusRequest extends hbase.pb.GetClusterStatusRequest.$Properties {
        }

        class GetClusterStatusRequest {
            constructor(p?: hbase.pb.GetClusterStatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            options: hbase.pb.Option[];
            static create(properties: hbase.pb.GetClusterStatusRequest.$Shape): hbase.pb.GetClusterStatusRequest & hbase.pb.GetClusterStatusRequest.$Shape;
            static create(properties?: hbase.pb.GetClusterStatusRequest.$Properties): hbase.pb.GetClusterStatusRequest;
            static encode(m: hbase.pb.GetClusterStatusRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetClusterStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetClusterStatusRequest & hbase.pb.GetClusterStatusRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetClusterStatusRequest & hbase.pb.GetClusterStatusRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetClusterStatusRequest;
            static toObject(m: hbase.pb.GetClusterStatusRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetClusterStatusRequest {
            interface $Properties {
                options?: (hbase.pb.Option[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetClusterStatusRequest.$Properties;
        }

        interface IGetClusterStatusResponse extends hbase.pb.GetClusterStatusResponse.$Properties {
        }

        class GetClusterStatusResponse {
            constructor(p?: hbase.pb.GetClusterStatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            clusterStatus: hbase.pb.ClusterStatus.$Properties;
            static create(properties: hbase.pb.GetClusterStatusResponse.$Shape): hbase.pb.GetClusterStatusResponse & hbase.pb.GetClusterStatusResponse.$Shape;
            static create(properties?: hbase.pb.GetClusterStatusResponse.$Properties): hbase.pb.GetClusterStatusResponse;
            static encode(m: hbase.pb.GetClusterStatusResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetClusterStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetClusterStatusResponse & hbase.pb.GetClusterStatusResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetClusterStatusResponse & hbase.pb.GetClusterStatusResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetClusterStatusResponse;
            static toObject(m: hbase.pb.GetClusterStatusResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetClusterStatusResponse {
            interface $Properties {
                clusterStatus: hbase.pb.ClusterStatus.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetClusterStatusResponse.$Properties;
        }

        interface IIsMasterRunningRequest extends hbase.pb.IsMasterRunningRequest.$Properties {
        }

        class IsMasterRunningRequest {
            constructor(p?: hbase.pb.IsMasterRunningRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.IsMasterRunningRequest.$Shape): hbase.pb.IsMasterRunningRequest & hbase.pb.IsMasterRunningRequest.$Shape;
            static create(properties?: hbase.pb.IsMasterRunningRequest.$Properties): hbase.pb.IsMasterRunningRequest;
            static encode(m: hbase.pb.IsMasterRunningRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsMasterRunningRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsMasterRunningRequest & hbase.pb.IsMasterRunningRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsMasterRunningRequest & hbase.pb.IsMasterRunningRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsMasterRunningRequest;
            static toObject(m: hbase.pb.IsMasterRunningRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsMasterRunningRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsMasterRunningRequest.$Properties;
        }

        interface IIsMasterRunningResponse extends hbase.pb.IsMasterRunningResponse.$Properties {
        }

        class IsMasterRunningResponse {
            constructor(p?: hbase.pb.IsMasterRunningResponse.$Properties);
            $unknowns?: Uint8Array[];
            isMasterRunning: boolean;
            static create(properties: hbase.pb.IsMasterRunningResponse.$Shape): hbase.pb.IsMasterRunningResponse & hbase.pb.IsMasterRunningResponse.$Shape;
            static create(properties?: hbase.pb.IsMasterRunningResponse.$Properties): hbase.pb.IsMasterRunningResponse;
            static encode(m: hbase.pb.IsMasterRunningResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsMasterRunningResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsMasterRunningResponse & hbase.pb.IsMasterRunningResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsMasterRunningResponse & hbase.pb.IsMasterRunningResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsMasterRunningResponse;
            static toObject(m: hbase.pb.IsMasterRunningResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsMasterRunningResponse {
            interface $Properties {
                isMasterRunning: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsMasterRunningResponse.$Properties;
        }

        interface IExecProcedureRequest extends hbase.pb.ExecProcedureRequest.$Properties {
        }

        class ExecProcedureRequest {
            constructor(p?: hbase.pb.ExecProcedureRequest.$Properties);
            $unknowns?: Uint8Array[];
            procedure: hbase.pb.ProcedureDescription.$Properties;
            static create(properties: hbase.pb.ExecProcedureRequest.$Shape): hbase.pb.ExecProcedureRequest & hbase.pb.ExecProcedureRequest.$Shape;
            static create(properties?: hbase.pb.ExecProcedureRequest.$Properties): hbase.pb.ExecProcedureRequest;
            static encode(m: hbase.pb.ExecProcedureRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ExecProcedureRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ExecProcedureRequest & hbase.pb.ExecProcedureRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ExecProcedureRequest & hbase.pb.ExecProcedureRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ExecProcedureRequest;
            static toObject(m: hbase.pb.ExecProcedureRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecProcedureRequest {
            interface $Properties {
                procedure: hbase.pb.ProcedureDescription.$Properties;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ExecProcedureRequest.$Properties;
        }

        interface IExecProcedureResponse extends hbase.pb.ExecProcedureResponse.$Properties {
        }

        class ExecProcedureResponse {
            constructor(p?: hbase.pb.ExecProcedureResponse.$Properties);
            $unknowns?: Uint8Array[];
            expectedTimeout: Long;
            returnData: Uint8Array;
            static create(properties: hbase.pb.ExecProcedureResponse.$Shape): hbase.pb.ExecProcedureResponse & hbase.pb.ExecProcedureResponse.$Shape;
            static create(properties?: hbase.pb.ExecProcedureResponse.$Properties): hbase.pb.ExecProcedureResponse;
            static encode(m: hbase.pb.ExecProcedureResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ExecProcedureResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ExecProcedureResponse & hbase.pb.ExecProcedureResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ExecProcedureResponse & hbase.pb.ExecProcedureResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ExecProcedureResponse;
            static toObject(m: hbase.pb.ExecProcedureResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecProcedureResponse {
            interface $Properties {
                expectedTimeout?: (Long|null);
                returnData?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ExecProcedureResponse.$Properties;
        }

        interface IIsProcedureDoneRequest extends hbase.pb.IsProcedureDoneRequest.$Properties {
        }

        class IsProcedureDoneRequest {
            constructor(p?: hbase.pb.IsProcedureDoneRequest.$Properties);
            $unknowns?: Uint8Array[];
            procedure?: (hbase.pb.ProcedureDescription.$Properties|null);
            static create(properties: hbase.pb.IsProcedureDoneRequest.$Shape): hbase.pb.IsProcedureDoneRequest & hbase.pb.IsProcedureDoneRequest.$Shape;
            static create(properties?: hbase.pb.IsProcedureDoneRequest.$Properties): hbase.pb.IsProcedureDoneRequest;
            static encode(m: hbase.pb.IsProcedureDoneRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsProcedureDoneRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsProcedureDoneRequest & hbase.pb.IsProcedureDoneRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsProcedureDoneRequest & hbase.pb.IsProcedureDoneRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsProcedureDoneRequest;
            static toObject(m: hbase.pb.IsProcedureDoneRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsProcedureDoneRequest {
            interface $Properties {
                procedure?: (hbase.pb.ProcedureDescription.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsProcedureDoneRequest.$Properties;
        }

        interface IIsProcedureDoneResponse extends hbase.pb.IsProcedureDoneResponse.$Properties {
        }

        class IsProcedureDoneResponse {
            constructor(p?: hbase.pb.IsProcedureDoneResponse.$Properties);
            $unknowns?: Uint8Array[];
            done: boolean;
            snapshot?: (hbase.pb.ProcedureDescription.$Properties|null);
            static create(properties: hbase.pb.IsProcedureDoneResponse.$Shape): hbase.pb.IsProcedureDoneResponse & hbase.pb.IsProcedureDoneResponse.$Shape;
            static create(properties?: hbase.pb.IsProcedureDoneResponse.$Properties): hbase.pb.IsProcedureDoneResponse;
            static encode(m: hbase.pb.IsProcedureDoneResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsProcedureDoneResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsProcedureDoneResponse & hbase.pb.IsProcedureDoneResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsProcedureDoneResponse & hbase.pb.IsProcedureDoneResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsProcedureDoneResponse;
            static toObject(m: hbase.pb.IsProcedureDoneResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsProcedureDoneResponse {
            interface $Properties {
                done?: (boolean|null);
                snapshot?: (hbase.pb.ProcedureDescription.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsProcedureDoneResponse.$Properties;
        }

        interface IGetProcedureResultRequest extends hbase.pb.GetProcedureResultRequest.$Properties {
        }

        class GetProcedureResultRequest {
            constructor(p?: hbase.pb.GetProcedureResultRequest.$Properties);
            $unknowns?: Uint8Array[];
            procId: Long;
            static create(properties: hbase.pb.GetProcedureResultRequest.$Shape): hbase.pb.GetProcedureResultRequest & hbase.pb.GetProcedureResultRequest.$Shape;
            static create(properties?: hbase.pb.GetProcedureResultRequest.$Properties): hbase.pb.GetProcedureResultRequest;
            static encode(m: hbase.pb.GetProcedureResultRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetProcedureResultRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetProcedureResultRequest & hbase.pb.GetProcedureResultRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetProcedureResultRequest & hbase.pb.GetProcedureResultRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetProcedureResultRequest;
            static toObject(m: hbase.pb.GetProcedureResultRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetProcedureResultRequest {
            interface $Properties {
                procId: Long;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetProcedureResultRequest.$Properties;
        }

        interface IGetProcedureResultResponse extends hbase.pb.GetProcedureResultResponse.$Properties {
        }

        class GetProcedureResultResponse {
            constructor(p?: hbase.pb.GetProcedureResultResponse.$Properties);
            $unknowns?: Uint8Array[];
            state: hbase.pb.GetProcedureResultResponse.State;
            submittedTime: Long;
            lastUpdate: Long;
            result: Uint8Array;
            exception?: (hbase.pb.ForeignExceptionMessage.$Properties|null);
            static create(properties: hbase.pb.GetProcedureResultResponse.$Shape): hbase.pb.GetProcedureResultResponse & hbase.pb.GetProcedureResultResponse.$Shape;
            static create(properties?: hbase.pb.GetProcedureResultResponse.$Properties): hbase.pb.GetProcedureResultResponse;
            static encode(m: hbase.pb.GetProcedureResultResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetProcedureResultResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetProcedureResultResponse & hbase.pb.GetProcedureResultResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetProcedureResultResponse & hbase.pb.GetProcedureResultResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetProcedureResultResponse;
            static toObject(m: hbase.pb.GetProcedureResultResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetProcedureResultResponse {
            interface $Properties {
                state: hbase.pb.GetProcedureResultResponse.State;
                submittedTime?: (Long|null);
                lastUpdate?: (Long|null);
                result?: (Uint8Array|null);
                exception?: (hbase.pb.ForeignExceptionMessage.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetProcedureResultResponse.$Properties;

            enum State {
                NOT_FOUND = 0,
                RUNNING = 1,
                FINISHED = 2
            }
        }

        interface IListTableDescriptorsByStateRequest extends hbase.pb.ListTableDescriptorsByStateRequest.$Properties {
        }

        class ListTableDescriptorsByStateRequest {
            constructor(p?: hbase.pb.ListTableDescriptorsByStateRequest.$Properties);
            $unknowns?: Uint8Array[];
            isEnabled: boolean;
            static create(properties: hbase.pb.ListTableDescriptorsByStateRequest.$Shape): hbase.pb.ListTableDescriptorsByStateRequest & hbase.pb.ListTableDescriptorsByStateRequest.$Shape;
            static create(properties?: hbase.pb.ListTableDescriptorsByStateRequest.$Properties): hbase.pb.ListTableDescriptorsByStateRequest;
            static encode(m: hbase.pb.ListTableDescriptorsByStateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListTableDescriptorsByStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListTableDescriptorsByStateRequest & hbase.pb.ListTableDescriptorsByStateRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListTableDescriptorsByStateRequest & hbase.pb.ListTableDescriptorsByStateRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListTableDescriptorsByStateRequest;
            static toObject(m: hbase.pb.ListTableDescriptorsByStateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTableDescriptorsByStateRequest {
            interface $Properties {
                isEnabled: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListTableDescriptorsByStateRequest.$Properties;
        }

        interface IListTableDescriptorsByStateResponse extends hbase.pb.ListTableDescriptorsByStateResponse.$Properties {
        }

        class ListTableDescriptorsByStateResponse {
            constructor(p?: hbase.pb.ListTableDescriptorsByStateResponse.$Properties);
            $unknowns?: Uint8Array[];
            tableSchema: hbase.pb.TableSchema.$Properties[];
            static create(properties: hbase.pb.ListTableDescriptorsByStateResponse.$Shape): hbase.pb.ListTableDescriptorsByStateResponse & hbase.pb.ListTableDescriptorsByStateResponse.$Shape;
            static create(properties?: hbase.pb.ListTableDescriptorsByStateResponse.$Properties): hbase.pb.ListTableDescriptorsByStateResponse;
            static encode(m: hbase.pb.ListTableDescriptorsByStateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListTableDescriptorsByStateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListTableDescriptorsByStateResponse & hbase.pb.ListTableDescriptorsByStateResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListTableDescriptorsByStateResponse & hbase.pb.ListTableDescriptorsByStateResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListTableDescriptorsByStateResponse;
            static toObject(m: hbase.pb.ListTableDescriptorsByStateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTableDescriptorsByStateResponse {
            interface $Properties {
                tableSchema?: (hbase.pb.TableSchema.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListTableDescriptorsByStateResponse.$Properties;
        }

        interface IListTableNamesByStateRequest extends hbase.pb.ListTableNamesByStateRequest.$Properties {
        }

        class ListTableNamesByStateRequest {
            constructor(p?: hbase.pb.ListTableNamesByStateRequest.$Properties);
            $unknowns?: Uint8Array[];
            isEnabled: boolean;
            static create(properties: hbase.pb.ListTableNamesByStateRequest.$Shape): hbase.pb.ListTableNamesByStateRequest & hbase.pb.ListTableNamesByStateRequest.$Shape;
            static create(properties?: hbase.pb.ListTableNamesByStateRequest.$Properties): hbase.pb.ListTableNamesByStateRequest;
            static encode(m: hbase.pb.ListTableNamesByStateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListTableNamesByStateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListTableNamesByStateRequest & hbase.pb.ListTableNamesByStateRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListTableNamesByStateRequest & hbase.pb.ListTableNamesByStateRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListTableNamesByStateRequest;
            static toObject(m: hbase.pb.ListTableNamesByStateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTableNamesByStateRequest {
            interface $Properties {
                isEnabled: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListTableNamesByStateRequest.$Properties;
        }

        interface IListTableNamesByStateResponse extends hbase.pb.ListTableNamesByStateResponse.$Properties {
        }

        class ListTableNamesByStateResponse {
            constructor(p?: hbase.pb.ListTableNamesByStateResponse.$Properties);
            $unknowns?: Uint8Array[];
            tableNames: hbase.pb.TableName.$Properties[];
            static create(properties: hbase.pb.ListTableNamesByStateResponse.$Shape): hbase.pb.ListTableNamesByStateResponse & hbase.pb.ListTableNamesByStateResponse.$Shape;
            static create(properties?: hbase.pb.ListTableNamesByStateResponse.$Properties): hbase.pb.ListTableNamesByStateResponse;
            static encode(m: hbase.pb.ListTableNamesByStateResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ListTableNamesByStateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ListTableNamesByStateResponse & hbase.pb.ListTableNamesByStateResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ListTableNamesByStateResponse & hbase.pb.ListTableNamesByStateResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ListTableNamesByStateResponse;
            static toObject(m: hbase.pb.ListTableNamesByStateResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTableNamesByStateResponse {
            interface $Properties {
                tableNames?: (hbase.pb.TableName.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ListTableNamesByStateResponse.$Properties;
        }

        interface IIsNormalizerEnabledRequest extends hbase.pb.IsNormalizerEnabledRequest.$Properties {
        }

        class IsNormalizerEnabledRequest {
            constructor(p?: hbase.pb.IsNormalizerEnabledRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.IsNormalizerEnabledRequest.$Shape): hbase.pb.IsNormalizerEnabledRequest & hbase.pb.IsNormalizerEnabledRequest.$Shape;
            static create(properties?: hbase.pb.IsNormalizerEnabledRequest.$Properties): hbase.pb.IsNormalizerEnabledRequest;
            static encode(m: hbase.pb.IsNormalizerEnabledRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsNormalizerEnabledRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsNormalizerEnabledRequest & hbase.pb.IsNormalizerEnabledRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsNormalizerEnabledRequest & hbase.pb.IsNormalizerEnabledRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsNormalizerEnabledRequest;
            static toObject(m: hbase.pb.IsNormalizerEnabledRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsNormalizerEnabledRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsNormalizerEnabledRequest.$Properties;
        }

        interface IIsNormalizerEnabledResponse extends hbase.pb.IsNormalizerEnabledResponse.$Properties {
        }

        class IsNormalizerEnabledResponse {
            constructor(p?: hbase.pb.IsNormalizerEnabledResponse.$Properties);
            $unknowns?: Uint8Array[];
            enabled: boolean;
            static create(properties: hbase.pb.IsNormalizerEnabledResponse.$Shape): hbase.pb.IsNormalizerEnabledResponse & hbase.pb.IsNormalizerEnabledResponse.$Shape;
            static create(properties?: hbase.pb.IsNormalizerEnabledResponse.$Properties): hbase.pb.IsNormalizerEnabledResponse;
            static encode(m: hbase.pb.IsNormalizerEnabledResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsNormalizerEnabledResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsNormalizerEnabledResponse & hbase.pb.IsNormalizerEnabledResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsNormalizerEnabledResponse & hbase.pb.IsNormalizerEnabledResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsNormalizerEnabledResponse;
            static toObject(m: hbase.pb.IsNormalizerEnabledResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsNormalizerEnabledResponse {
            interface $Properties {
                enabled: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsNormalizerEnabledResponse.$Properties;
        }

        interface ISetNormalizerRunningRequest extends hbase.pb.SetNormalizerRunningRequest.$Properties {
        }

        class SetNormalizerRunningRequest {
            constructor(p?: hbase.pb.SetNormalizerRunningRequest.$Properties);
            $unknowns?: Uint8Array[];
            on: boolean;
            static create(properties: hbase.pb.SetNormalizerRunningRequest.$Shape): hbase.pb.SetNormalizerRunningRequest & hbase.pb.SetNormalizerRunningRequest.$Shape;
            static create(properties?: hbase.pb.SetNormalizerRunningRequest.$Properties): hbase.pb.SetNormalizerRunningRequest;
            static encode(m: hbase.pb.SetNormalizerRunningRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SetNormalizerRunningRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SetNormalizerRunningRequest & hbase.pb.SetNormalizerRunningRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SetNormalizerRunningRequest & hbase.pb.SetNormalizerRunningRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SetNormalizerRunningRequest;
            static toObject(m: hbase.pb.SetNormalizerRunningRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetNormalizerRunningRequest {
            interface $Properties {
                on: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SetNormalizerRunningRequest.$Properties;
        }

        interface ISetNormalizerRunningResponse extends hbase.pb.SetNormalizerRunningResponse.$Properties {
        }

        class SetNormalizerRunningResponse {
            constructor(p?: hbase.pb.SetNormalizerRunningResponse.$Properties);
            $unknowns?: Uint8Array[];
            prevNormalizerValue: boolean;
            static create(properties: hbase.pb.SetNormalizerRunningResponse.$Shape): hbase.pb.SetNormalizerRunningResponse & hbase.pb.SetNormalizerRunningResponse.$Shape;
            static create(properties?: hbase.pb.SetNormalizerRunningResponse.$Properties): hbase.pb.SetNormalizerRunningResponse;
            static encode(m: hbase.pb.SetNormalizerRunningResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SetNormalizerRunningResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SetNormalizerRunningResponse & hbase.pb.SetNormalizerRunningResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SetNormalizerRunningResponse & hbase.pb.SetNormalizerRunningResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SetNormalizerRunningResponse;
            static toObject(m: hbase.pb.SetNormalizerRunningResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetNormalizerRunningResponse {
            interface $Properties {
                prevNormalizerValue?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SetNormalizerRunningResponse.$Properties;
        }

        interface INormalizeRequest extends hbase.pb.NormalizeRequest.$Properties {
        }

        class NormalizeRequest {
            constructor(p?: hbase.pb.NormalizeRequest.$Properties);
            $unknowns?: Uint8Array[];
            tableNames: hbase.pb.TableName.$Properties[];
            regex: string;
            namespace: string;
            static create(properties: hbase.pb.NormalizeRequest.$Shape): hbase.pb.NormalizeRequest & hbase.pb.NormalizeRequest.$Shape;
            static create(properties?: hbase.pb.NormalizeRequest.$Properties): hbase.pb.NormalizeRequest;
            static encode(m: hbase.pb.NormalizeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.NormalizeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.NormalizeRequest & hbase.pb.NormalizeRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.NormalizeRequest & hbase.pb.NormalizeRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.NormalizeRequest;
            static toObject(m: hbase.pb.NormalizeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NormalizeRequest {
            interface $Properties {
                tableNames?: (hbase.pb.TableName.$Properties[]|null);
                regex?: (string|null);
                namespace?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.NormalizeRequest.$Properties;
        }

        interface INormalizeResponse extends hbase.pb.NormalizeResponse.$Properties {
        }

        class NormalizeResponse {
            constructor(p?: hbase.pb.NormalizeResponse.$Properties);
            $unknowns?: Uint8Array[];
            normalizerRan: boolean;
            static create(properties: hbase.pb.NormalizeResponse.$Shape): hbase.pb.NormalizeResponse & hbase.pb.NormalizeResponse.$Shape;
            static create(properties?: hbase.pb.NormalizeResponse.$Properties): hbase.pb.NormalizeResponse;
            static encode(m: hbase.pb.NormalizeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.NormalizeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.NormalizeResponse & hbase.pb.NormalizeResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.NormalizeResponse & hbase.pb.NormalizeResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.NormalizeResponse;
            static toObject(m: hbase.pb.NormalizeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NormalizeResponse {
            interface $Properties {
                normalizerRan: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.NormalizeResponse.$Properties;
        }

        interface IEnableCatalogJanitorRequest extends hbase.pb.EnableCatalogJanitorRequest.$Properties {
        }

        class EnableCatalogJanitorRequest {
            constructor(p?: hbase.pb.EnableCatalogJanitorRequest.$Properties);
            $unknowns?: Uint8Array[];
            enable: boolean;
            static create(properties: hbase.pb.EnableCatalogJanitorRequest.$Shape): hbase.pb.EnableCatalogJanitorRequest & hbase.pb.EnableCatalogJanitorRequest.$Shape;
            static create(properties?: hbase.pb.EnableCatalogJanitorRequest.$Properties): hbase.pb.EnableCatalogJanitorRequest;
            static encode(m: hbase.pb.EnableCatalogJanitorRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.EnableCatalogJanitorRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.EnableCatalogJanitorRequest & hbase.pb.EnableCatalogJanitorRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.EnableCatalogJanitorRequest & hbase.pb.EnableCatalogJanitorRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.EnableCatalogJanitorRequest;
            static toObject(m: hbase.pb.EnableCatalogJanitorRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnableCatalogJanitorRequest {
            interface $Properties {
                enable: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.EnableCatalogJanitorRequest.$Properties;
        }

        interface IEnableCatalogJanitorResponse extends hbase.pb.EnableCatalogJanitorResponse.$Properties {
        }

        class EnableCatalogJanitorResponse {
            constructor(p?: hbase.pb.EnableCatalogJanitorResponse.$Properties);
            $unknowns?: Uint8Array[];
            prevValue: boolean;
            static create(properties: hbase.pb.EnableCatalogJanitorResponse.$Shape): hbase.pb.EnableCatalogJanitorResponse & hbase.pb.EnableCatalogJanitorResponse.$Shape;
            static create(properties?: hbase.pb.EnableCatalogJanitorResponse.$Properties): hbase.pb.EnableCatalogJanitorResponse;
            static encode(m: hbase.pb.EnableCatalogJanitorResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.EnableCatalogJanitorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.EnableCatalogJanitorResponse & hbase.pb.EnableCatalogJanitorResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.EnableCatalogJanitorResponse & hbase.pb.EnableCatalogJanitorResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.EnableCatalogJanitorResponse;
            static toObject(m: hbase.pb.EnableCatalogJanitorResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnableCatalogJanitorResponse {
            interface $Properties {
                prevValue?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.EnableCatalogJanitorResponse.$Properties;
        }

        interface IIsCatalogJanitorEnabledRequest extends hbase.pb.IsCatalogJanitorEnabledRequest.$Properties {
        }

        class IsCatalogJanitorEnabledRequest {
            constructor(p?: hbase.pb.IsCatalogJanitorEnabledRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.IsCatalogJanitorEnabledRequest.$Shape): hbase.pb.IsCatalogJanitorEnabledRequest & hbase.pb.IsCatalogJanitorEnabledRequest.$Shape;
            static create(properties?: hbase.pb.IsCatalogJanitorEnabledRequest.$Properties): hbase.pb.IsCatalogJanitorEnabledRequest;
            static encode(m: hbase.pb.IsCatalogJanitorEnabledRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsCatalogJanitorEnabledRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsCatalogJanitorEnabledRequest & hbase.pb.IsCatalogJanitorEnabledRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsCatalogJanitorEnabledRequest & hbase.pb.IsCatalogJanitorEnabledRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsCatalogJanitorEnabledRequest;
            static toObject(m: hbase.pb.IsCatalogJanitorEnabledRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsCatalogJanitorEnabledRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsCatalogJanitorEnabledRequest.$Properties;
        }

        interface IIsCatalogJanitorEnabledResponse extends hbase.pb.IsCatalogJanitorEnabledResponse.$Properties {
        }

        class IsCatalogJanitorEnabledResponse {
            constructor(p?: hbase.pb.IsCatalogJanitorEnabledResponse.$Properties);
            $unknowns?: Uint8Array[];
            value: boolean;
            static create(properties: hbase.pb.IsCatalogJanitorEnabledResponse.$Shape): hbase.pb.IsCatalogJanitorEnabledResponse & hbase.pb.IsCatalogJanitorEnabledResponse.$Shape;
            static create(properties?: hbase.pb.IsCatalogJanitorEnabledResponse.$Properties): hbase.pb.IsCatalogJanitorEnabledResponse;
            static encode(m: hbase.pb.IsCatalogJanitorEnabledResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsCatalogJanitorEnabledResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsCatalogJanitorEnabledResponse & hbase.pb.IsCatalogJanitorEnabledResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsCatalogJanitorEnabledResponse & hbase.pb.IsCatalogJanitorEnabledResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsCatalogJanitorEnabledResponse;
            static toObject(m: hbase.pb.IsCatalogJanitorEnabledResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsCatalogJanitorEnabledResponse {
            interface $Properties {
                value: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsCatalogJanitorEnabledResponse.$Properties;
        }

        interface IRunCatalogScanRequest extends hbase.pb.RunCatalogScanRequest.$Properties {
        }

        class RunCatalogScanRequest {
            constructor(p?: hbase.pb.RunCatalogScanRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.RunCatalogScanRequest.$Shape): hbase.pb.RunCatalogScanRequest & hbase.pb.RunCatalogScanRequest.$Shape;
            static create(properties?: hbase.pb.RunCatalogScanRequest.$Properties): hbase.pb.RunCatalogScanRequest;
            static encode(m: hbase.pb.RunCatalogScanRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RunCatalogScanRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RunCatalogScanRequest & hbase.pb.RunCatalogScanRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RunCatalogScanRequest & hbase.pb.RunCatalogScanRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RunCatalogScanRequest;
            static toObject(m: hbase.pb.RunCatalogScanRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunCatalogScanRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RunCatalogScanRequest.$Properties;
        }

        interface IRunCatalogScanResponse extends hbase.pb.RunCatalogScanResponse.$Properties {
        }

        class RunCatalogScanResponse {
            constructor(p?: hbase.pb.RunCatalogScanResponse.$Properties);
            $unknowns?: Uint8Array[];
            scanResult: number;
            static create(properties: hbase.pb.RunCatalogScanResponse.$Shape): hbase.pb.RunCatalogScanResponse & hbase.pb.RunCatalogScanResponse.$Shape;
            static create(properties?: hbase.pb.RunCatalogScanResponse.$Properties): hbase.pb.RunCatalogScanResponse;
            static encode(m: hbase.pb.RunCatalogScanResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RunCatalogScanResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RunCatalogScanResponse & hbase.pb.RunCatalogScanResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RunCatalogScanResponse & hbase.pb.RunCatalogScanResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RunCatalogScanResponse;
            static toObject(m: hbase.pb.RunCatalogScanResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunCatalogScanResponse {
            interface $Properties {
                scanResult?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RunCatalogScanResponse.$Properties;
        }

        interface ISetCleanerChoreRunningRequest extends hbase.pb.SetCleanerChoreRunningRequest.$Properties {
        }

        class SetCleanerChoreRunningRequest {
            constructor(p?: hbase.pb.SetCleanerChoreRunningRequest.$Properties);
            $unknowns?: Uint8Array[];
            on: boolean;
            static create(properties: hbase.pb.SetCleanerChoreRunningRequest.$Shape): hbase.pb.SetCleanerChoreRunningRequest & hbase.pb.SetCleanerChoreRunningRequest.$Shape;
            static create(properties?: hbase.pb.SetCleanerChoreRunningRequest.$Properties): hbase.pb.SetCleanerChoreRunningRequest;
            static encode(m: hbase.pb.SetCleanerChoreRunningRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SetCleanerChoreRunningRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SetCleanerChoreRunningRequest & hbase.pb.SetCleanerChoreRunningRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SetCleanerChoreRunningRequest & hbase.pb.SetCleanerChoreRunningRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SetCleanerChoreRunningRequest;
            static toObject(m: hbase.pb.SetCleanerChoreRunningRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetCleanerChoreRunningRequest {
            interface $Properties {
                on: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SetCleanerChoreRunningRequest.$Properties;
        }

        interface ISetCleanerChoreRunningResponse extends hbase.pb.SetCleanerChoreRunningResponse.$Properties {
        }

        class SetCleanerChoreRunningResponse {
            constructor(p?: hbase.pb.SetCleanerChoreRunningResponse.$Properties);
            $unknowns?: Uint8Array[];
            prevValue: boolean;
            static create(properties: hbase.pb.SetCleanerChoreRunningResponse.$Shape): hbase.pb.SetCleanerChoreRunningResponse & hbase.pb.SetCleanerChoreRunningResponse.$Shape;
            static create(properties?: hbase.pb.SetCleanerChoreRunningResponse.$Properties): hbase.pb.SetCleanerChoreRunningResponse;
            static encode(m: hbase.pb.SetCleanerChoreRunningResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SetCleanerChoreRunningResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SetCleanerChoreRunningResponse & hbase.pb.SetCleanerChoreRunningResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SetCleanerChoreRunningResponse & hbase.pb.SetCleanerChoreRunningResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SetCleanerChoreRunningResponse;
            static toObject(m: hbase.pb.SetCleanerChoreRunningResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetCleanerChoreRunningResponse {
            interface $Properties {
                prevValue?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SetCleanerChoreRunningResponse.$Properties;
        }

        interface IIsCleanerChoreEnabledRequest extends hbase.pb.IsCleanerChoreEnabledRequest.$Properties {
        }

        class IsCleanerChoreEnabledRequest {
            constructor(p?: hbase.pb.IsCleanerChoreEnabledRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.IsCleanerChoreEnabledRequest.$Shape): hbase.pb.IsCleanerChoreEnabledRequest & hbase.pb.IsCleanerChoreEnabledRequest.$Shape;
            static create(properties?: hbase.pb.IsCleanerChoreEnabledRequest.$Properties): hbase.pb.IsCleanerChoreEnabledRequest;
            static encode(m: hbase.pb.IsCleanerChoreEnabledRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsCleanerChoreEnabledRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsCleanerChoreEnabledRequest & hbase.pb.IsCleanerChoreEnabledRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsCleanerChoreEnabledRequest & hbase.pb.IsCleanerChoreEnabledRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsCleanerChoreEnabledRequest;
            static toObject(m: hbase.pb.IsCleanerChoreEnabledRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsCleanerChoreEnabledRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsCleanerChoreEnabledRequest.$Properties;
        }

        interface IIsCleanerChoreEnabledResponse extends hbase.pb.IsCleanerChoreEnabledResponse.$Properties {
        }

        class IsCleanerChoreEnabledResponse {
            constructor(p?: hbase.pb.IsCleanerChoreEnabledResponse.$Properties);
            $unknowns?: Uint8Array[];
            value: boolean;
            static create(properties: hbase.pb.IsCleanerChoreEnabledResponse.$Shape): hbase.pb.IsCleanerChoreEnabledResponse & hbase.pb.IsCleanerChoreEnabledResponse.$Shape;
            static create(properties?: hbase.pb.IsCleanerChoreEnabledResponse.$Properties): hbase.pb.IsCleanerChoreEnabledResponse;
            static encode(m: hbase.pb.IsCleanerChoreEnabledResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsCleanerChoreEnabledResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsCleanerChoreEnabledResponse & hbase.pb.IsCleanerChoreEnabledResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsCleanerChoreEnabledResponse & hbase.pb.IsCleanerChoreEnabledResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsCleanerChoreEnabledResponse;
            static toObject(m: hbase.pb.IsCleanerChoreEnabledResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsCleanerChoreEnabledResponse {
            interface $Properties {
                value: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsCleanerChoreEnabledResponse.$Properties;
        }

        interface IRunCleanerChoreRequest extends hbase.pb.RunCleanerChoreRequest.$Properties {
        }

        class RunCleanerChoreRequest {
            constructor(p?: hbase.pb.RunCleanerChoreRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.RunCleanerChoreRequest.$Shape): hbase.pb.RunCleanerChoreRequest & hbase.pb.RunCleanerChoreRequest.$Shape;
            static create(properties?: hbase.pb.RunCleanerChoreRequest.$Properties): hbase.pb.RunCleanerChoreRequest;
            static encode(m: hbase.pb.RunCleanerChoreRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RunCleanerChoreRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RunCleanerChoreRequest & hbase.pb.RunCleanerChoreRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RunCleanerChoreRequest & hbase.pb.RunCleanerChoreRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RunCleanerChoreRequest;
            static toObject(m: hbase.pb.RunCleanerChoreRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunCleanerChoreRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RunCleanerChoreRequest.$Properties;
        }

        interface IRunCleanerChoreResponse extends hbase.pb.RunCleanerChoreResponse.$Properties {
        }

        class RunCleanerChoreResponse {
            constructor(p?: hbase.pb.RunCleanerChoreResponse.$Properties);
            $unknowns?: Uint8Array[];
            cleanerChoreRan: boolean;
            static create(properties: hbase.pb.RunCleanerChoreResponse.$Shape): hbase.pb.RunCleanerChoreResponse & hbase.pb.RunCleanerChoreResponse.$Shape;
            static create(properties?: hbase.pb.RunCleanerChoreResponse.$Properties): hbase.pb.RunCleanerChoreResponse;
            static encode(m: hbase.pb.RunCleanerChoreResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RunCleanerChoreResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RunCleanerChoreResponse & hbase.pb.RunCleanerChoreResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RunCleanerChoreResponse & hbase.pb.RunCleanerChoreResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RunCleanerChoreResponse;
            static toObject(m: hbase.pb.RunCleanerChoreResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunCleanerChoreResponse {
            interface $Properties {
                cleanerChoreRan: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RunCleanerChoreResponse.$Properties;
        }

        enum MasterSwitchType {
            SPLIT = 0,
            MERGE = 1
        }

        interface ISetSplitOrMergeEnabledRequest extends hbase.pb.SetSplitOrMergeEnabledRequest.$Properties {
        }

        class SetSplitOrMergeEnabledRequest {
            constructor(p?: hbase.pb.SetSplitOrMergeEnabledRequest.$Properties);
            $unknowns?: Uint8Array[];
            enabled: boolean;
            synchronous: boolean;
            switchTypes: hbase.pb.MasterSwitchType[];
            static create(properties: hbase.pb.SetSplitOrMergeEnabledRequest.$Shape): hbase.pb.SetSplitOrMergeEnabledRequest & hbase.pb.SetSplitOrMergeEnabledRequest.$Shape;
            static create(properties?: hbase.pb.SetSplitOrMergeEnabledRequest.$Properties): hbase.pb.SetSplitOrMergeEnabledRequest;
            static encode(m: hbase.pb.SetSplitOrMergeEnabledRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SetSplitOrMergeEnabledRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SetSplitOrMergeEnabledRequest & hbase.pb.SetSplitOrMergeEnabledRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SetSplitOrMergeEnabledRequest & hbase.pb.SetSplitOrMergeEnabledRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SetSplitOrMergeEnabledRequest;
            static toObject(m: hbase.pb.SetSplitOrMergeEnabledRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetSplitOrMergeEnabledRequest {
            interface $Properties {
                enabled: boolean;
                synchronous?: (boolean|null);
                switchTypes?: (hbase.pb.MasterSwitchType[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SetSplitOrMergeEnabledRequest.$Properties;
        }

        interface ISetSplitOrMergeEnabledResponse extends hbase.pb.SetSplitOrMergeEnabledResponse.$Properties {
        }

        class SetSplitOrMergeEnabledResponse {
            constructor(p?: hbase.pb.SetSplitOrMergeEnabledResponse.$Properties);
            $unknowns?: Uint8Array[];
            prevValue: boolean[];
            static create(properties: hbase.pb.SetSplitOrMergeEnabledResponse.$Shape): hbase.pb.SetSplitOrMergeEnabledResponse & hbase.pb.SetSplitOrMergeEnabledResponse.$Shape;
            static create(properties?: hbase.pb.SetSplitOrMergeEnabledResponse.$Properties): hbase.pb.SetSplitOrMergeEnabledResponse;
            static encode(m: hbase.pb.SetSplitOrMergeEnabledResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SetSplitOrMergeEnabledResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SetSplitOrMergeEnabledResponse & hbase.pb.SetSplitOrMergeEnabledResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SetSplitOrMergeEnabledResponse & hbase.pb.SetSplitOrMergeEnabledResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SetSplitOrMergeEnabledResponse;
            static toObject(m: hbase.pb.SetSplitOrMergeEnabledResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetSplitOrMergeEnabledResponse {
            interface $Properties {
                prevValue?: (boolean[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SetSplitOrMergeEnabledResponse.$Properties;
        }

        interface IIsSplitOrMergeEnabledRequest extends hbase.pb.IsSplitOrMergeEnabledRequest.$Properties {
        }

        class IsSplitOrMergeEnabledRequest {
            constructor(p?: hbase.pb.IsSplitOrMergeEnabledRequest.$Properties);
            $unknowns?: Uint8Array[];
            switchType: hbase.pb.MasterSwitchType;
            static create(properties: hbase.pb.IsSplitOrMergeEnabledRequest.$Shape): hbase.pb.IsSplitOrMergeEnabledRequest & hbase.pb.IsSplitOrMergeEnabledRequest.$Shape;
            static create(properties?: hbase.pb.IsSplitOrMergeEnabledRequest.$Properties): hbase.pb.IsSplitOrMergeEnabledRequest;
            static encode(m: hbase.pb.IsSplitOrMergeEnabledRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsSplitOrMergeEnabledRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsSplitOrMergeEnabledRequest & hbase.pb.IsSplitOrMergeEnabledRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsSplitOrMergeEnabledRequest & hbase.pb.IsSplitOrMergeEnabledRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsSplitOrMergeEnabledRequest;
            static toObject(m: hbase.pb.IsSplitOrMergeEnabledRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsSplitOrMergeEnabledRequest {
            interface $Properties {
                switchType: hbase.pb.MasterSwitchType;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsSplitOrMergeEnabledRequest.$Properties;
        }

        interface IIsSplitOrMergeEnabledResponse extends hbase.pb.IsSplitOrMergeEnabledResponse.$Properties {
        }

        class IsSplitOrMergeEnabledResponse {
            constructor(p?: hbase.pb.IsSplitOrMergeEnabledResponse.$Properties);
            $unknowns?: Uint8Array[];
            enabled: boolean;
            static create(properties: hbase.pb.IsSplitOrMergeEnabledResponse.$Shape): hbase.pb.IsSplitOrMergeEnabledResponse & hbase.pb.IsSplitOrMergeEnabledResponse.$Shape;
            static create(properties?: hbase.pb.IsSplitOrMergeEnabledResponse.$Properties): hbase.pb.IsSplitOrMergeEnabledResponse;
            static encode(m: hbase.pb.IsSplitOrMergeEnabledResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsSplitOrMergeEnabledResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsSplitOrMergeEnabledResponse & hbase.pb.IsSplitOrMergeEnabledResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsSplitOrMergeEnabledResponse & hbase.pb.IsSplitOrMergeEnabledResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsSplitOrMergeEnabledResponse;
            static toObject(m: hbase.pb.IsSplitOrMergeEnabledResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsSplitOrMergeEnabledResponse {
            interface $Properties {
                enabled: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsSplitOrMergeEnabledResponse.$Properties;
        }

        interface IIsInMaintenanceModeRequest extends hbase.pb.IsInMaintenanceModeRequest.$Properties {
        }

        class IsInMaintenanceModeRequest {
            constructor(p?: hbase.pb.IsInMaintenanceModeRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.IsInMaintenanceModeRequest.$Shape): hbase.pb.IsInMaintenanceModeRequest & hbase.pb.IsInMaintenanceModeRequest.$Shape;
            static create(properties?: hbase.pb.IsInMaintenanceModeRequest.$Properties): hbase.pb.IsInMaintenanceModeRequest;
            static encode(m: hbase.pb.IsInMaintenanceModeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsInMaintenanceModeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsInMaintenanceModeRequest & hbase.pb.IsInMaintenanceModeRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsInMaintenanceModeRequest & hbase.pb.IsInMaintenanceModeRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsInMaintenanceModeRequest;
            static toObject(m: hbase.pb.IsInMaintenanceModeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsInMaintenanceModeRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsInMaintenanceModeRequest.$Properties;
        }

        interface IIsInMaintenanceModeResponse extends hbase.pb.IsInMaintenanceModeResponse.$Properties {
        }

        class IsInMaintenanceModeResponse {
            constructor(p?: hbase.pb.IsInMaintenanceModeResponse.$Properties);
            $unknowns?: Uint8Array[];
            inMaintenanceMode: boolean;
            static create(properties: hbase.pb.IsInMaintenanceModeResponse.$Shape): hbase.pb.IsInMaintenanceModeResponse & hbase.pb.IsInMaintenanceModeResponse.$Shape;
            static create(properties?: hbase.pb.IsInMaintenanceModeResponse.$Properties): hbase.pb.IsInMaintenanceModeResponse;
            static encode(m: hbase.pb.IsInMaintenanceModeResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsInMaintenanceModeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsInMaintenanceModeResponse & hbase.pb.IsInMaintenanceModeResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsInMaintenanceModeResponse & hbase.pb.IsInMaintenanceModeResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsInMaintenanceModeResponse;
            static toObject(m: hbase.pb.IsInMaintenanceModeResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsInMaintenanceModeResponse {
            interface $Properties {
                inMaintenanceMode: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsInMaintenanceModeResponse.$Properties;
        }

        interface IIsSnapshotCleanupEnabledRequest extends hbase.pb.IsSnapshotCleanupEnabledRequest.$Properties {
        }

        class IsSnapshotCleanupEnabledRequest {
            constructor(p?: hbase.pb.IsSnapshotCleanupEnabledRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.IsSnapshotCleanupEnabledRequest.$Shape): hbase.pb.IsSnapshotCleanupEnabledRequest & hbase.pb.IsSnapshotCleanupEnabledRequest.$Shape;
            static create(properties?: hbase.pb.IsSnapshotCleanupEnabledRequest.$Properties): hbase.pb.IsSnapshotCleanupEnabledRequest;
            static encode(m: hbase.pb.IsSnapshotCleanupEnabledRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsSnapshotCleanupEnabledRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsSnapshotCleanupEnabledRequest & hbase.pb.IsSnapshotCleanupEnabledRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsSnapshotCleanupEnabledRequest & hbase.pb.IsSnapshotCleanupEnabledRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsSnapshotCleanupEnabledRequest;
            static toObject(m: hbase.pb.IsSnapshotCleanupEnabledRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsSnapshotCleanupEnabledRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsSnapshotCleanupEnabledRequest.$Properties;
        }

        interface IIsSnapshotCleanupEnabledResponse extends hbase.pb.IsSnapshotCleanupEnabledResponse.$Properties {
        }

        class IsSnapshotCleanupEnabledResponse {
            constructor(p?: hbase.pb.IsSnapshotCleanupEnabledResponse.$Properties);
            $unknowns?: Uint8Array[];
            enabled: boolean;
            static create(properties: hbase.pb.IsSnapshotCleanupEnabledResponse.$Shape): hbase.pb.IsSnapshotCleanupEnabledResponse & hbase.pb.IsSnapshotCleanupEnabledResponse.$Shape;
            static create(properties?: hbase.pb.IsSnapshotCleanupEnabledResponse.$Properties): hbase.pb.IsSnapshotCleanupEnabledResponse;
            static encode(m: hbase.pb.IsSnapshotCleanupEnabledResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsSnapshotCleanupEnabledResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsSnapshotCleanupEnabledResponse & hbase.pb.IsSnapshotCleanupEnabledResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsSnapshotCleanupEnabledResponse & hbase.pb.IsSnapshotCleanupEnabledResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsSnapshotCleanupEnabledResponse;
            static toObject(m: hbase.pb.IsSnapshotCleanupEnabledResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsSnapshotCleanupEnabledResponse {
            interface $Properties {
                enabled: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsSnapshotCleanupEnabledResponse.$Properties;
        }

        interface ISetSnapshotCleanupRequest extends hbase.pb.SetSnapshotCleanupRequest.$Properties {
        }

        class SetSnapshotCleanupRequest {
            constructor(p?: hbase.pb.SetSnapshotCleanupRequest.$Properties);
            $unknowns?: Uint8Array[];
            enabled: boolean;
            synchronous: boolean;
            static create(properties: hbase.pb.SetSnapshotCleanupRequest.$Shape): hbase.pb.SetSnapshotCleanupRequest & hbase.pb.SetSnapshotCleanupRequest.$Shape;
            static create(properties?: hbase.pb.SetSnapshotCleanupRequest.$Properties): hbase.pb.SetSnapshotCleanupRequest;
            static encode(m: hbase.pb.SetSnapshotCleanupRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SetSnapshotCleanupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SetSnapshotCleanupRequest & hbase.pb.SetSnapshotCleanupRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SetSnapshotCleanupRequest & hbase.pb.SetSnapshotCleanupRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SetSnapshotCleanupRequest;
            static toObject(m: hbase.pb.SetSnapshotCleanupRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetSnapshotCleanupRequest {
            interface $Properties {
                enabled: boolean;
                synchronous?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SetSnapshotCleanupRequest.$Properties;
        }

        interface ISetSnapshotCleanupResponse extends hbase.pb.SetSnapshotCleanupResponse.$Properties {
        }

        class SetSnapshotCleanupResponse {
            constructor(p?: hbase.pb.SetSnapshotCleanupResponse.$Properties);
            $unknowns?: Uint8Array[];
            prevSnapshotCleanup: boolean;
            static create(properties: hbase.pb.SetSnapshotCleanupResponse.$Shape): hbase.pb.SetSnapshotCleanupResponse & hbase.pb.SetSnapshotCleanupResponse.$Shape;
            static create(properties?: hbase.pb.SetSnapshotCleanupResponse.$Properties): hbase.pb.SetSnapshotCleanupResponse;
            static encode(m: hbase.pb.SetSnapshotCleanupResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SetSnapshotCleanupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SetSnapshotCleanupResponse & hbase.pb.SetSnapshotCleanupResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SetSnapshotCleanupResponse & hbase.pb.SetSnapshotCleanupResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SetSnapshotCleanupResponse;
            static toObject(m: hbase.pb.SetSnapshotCleanupResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetSnapshotCleanupResponse {
            interface $Properties {
                prevSnapshotCleanup: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SetSnapshotCleanupResponse.$Properties;
        }

        interface IIsRpcThrottleEnabledRequest extends hbase.pb.IsRpcThrottleEnabledRequest.$Properties {
        }

        class IsRpcThrottleEnabledRequest {
            constructor(p?: hbase.pb.IsRpcThrottleEnabledRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.IsRpcThrottleEnabledRequest.$Shape): hbase.pb.IsRpcThrottleEnabledRequest & hbase.pb.IsRpcThrottleEnabledRequest.$Shape;
            static create(properties?: hbase.pb.IsRpcThrottleEnabledRequest.$Properties): hbase.pb.IsRpcThrottleEnabledRequest;
            static encode(m: hbase.pb.IsRpcThrottleEnabledRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsRpcThrottleEnabledRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsRpcThrottleEnabledRequest & hbase.pb.IsRpcThrottleEnabledRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsRpcThrottleEnabledRequest & hbase.pb.IsRpcThrottleEnabledRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsRpcThrottleEnabledRequest;
            static toObject(m: hbase.pb.IsRpcThrottleEnabledRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsRpcThrottleEnabledRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsRpcThrottleEnabledRequest.$Properties;
        }

        interface IIsRpcThrottleEnabledResponse extends hbase.pb.IsRpcThrottleEnabledResponse.$Properties {
        }

        class IsRpcThrottleEnabledResponse {
            constructor(p?: hbase.pb.IsRpcThrottleEnabledResponse.$Properties);
            $unknowns?: Uint8Array[];
            rpcThrottleEnabled: boolean;
            static create(properties: hbase.pb.IsRpcThrottleEnabledResponse.$Shape): hbase.pb.IsRpcThrottleEnabledResponse & hbase.pb.IsRpcThrottleEnabledResponse.$Shape;
            static create(properties?: hbase.pb.IsRpcThrottleEnabledResponse.$Properties): hbase.pb.IsRpcThrottleEnabledResponse;
            static encode(m: hbase.pb.IsRpcThrottleEnabledResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.IsRpcThrottleEnabledResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.IsRpcThrottleEnabledResponse & hbase.pb.IsRpcThrottleEnabledResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.IsRpcThrottleEnabledResponse & hbase.pb.IsRpcThrottleEnabledResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.IsRpcThrottleEnabledResponse;
            static toObject(m: hbase.pb.IsRpcThrottleEnabledResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace IsRpcThrottleEnabledResponse {
            interface $Properties {
                rpcThrottleEnabled: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.IsRpcThrottleEnabledResponse.$Properties;
        }

        interface ISwitchRpcThrottleRequest extends hbase.pb.SwitchRpcThrottleRequest.$Properties {
        }

        class SwitchRpcThrottleRequest {
            constructor(p?: hbase.pb.SwitchRpcThrottleRequest.$Properties);
            $unknowns?: Uint8Array[];
            rpcThrottleEnabled: boolean;
            static create(properties: hbase.pb.SwitchRpcThrottleRequest.$Shape): hbase.pb.SwitchRpcThrottleRequest & hbase.pb.SwitchRpcThrottleRequest.$Shape;
            static create(properties?: hbase.pb.SwitchRpcThrottleRequest.$Properties): hbase.pb.SwitchRpcThrottleRequest;
            static encode(m: hbase.pb.SwitchRpcThrottleRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SwitchRpcThrottleRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SwitchRpcThrottleRequest & hbase.pb.SwitchRpcThrottleRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SwitchRpcThrottleRequest & hbase.pb.SwitchRpcThrottleRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SwitchRpcThrottleRequest;
            static toObject(m: hbase.pb.SwitchRpcThrottleRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SwitchRpcThrottleRequest {
            interface $Properties {
                rpcThrottleEnabled: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SwitchRpcThrottleRequest.$Properties;
        }

        interface ISwitchRpcThrottleResponse extends hbase.pb.SwitchRpcThrottleResponse.$Properties {
        }

        class SwitchRpcThrottleResponse {
            constructor(p?: hbase.pb.SwitchRpcThrottleResponse.$Properties);
            $unknowns?: Uint8Array[];
            previousRpcThrottleEnabled: boolean;
            static create(properties: hbase.pb.SwitchRpcThrottleResponse.$Shape): hbase.pb.SwitchRpcThrottleResponse & hbase.pb.SwitchRpcThrottleResponse.$Shape;
            static create(properties?: hbase.pb.SwitchRpcThrottleResponse.$Properties): hbase.pb.SwitchRpcThrottleResponse;
            static encode(m: hbase.pb.SwitchRpcThrottleResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SwitchRpcThrottleResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SwitchRpcThrottleResponse & hbase.pb.SwitchRpcThrottleResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SwitchRpcThrottleResponse & hbase.pb.SwitchRpcThrottleResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SwitchRpcThrottleResponse;
            static toObject(m: hbase.pb.SwitchRpcThrottleResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SwitchRpcThrottleResponse {
            interface $Properties {
                previousRpcThrottleEnabled: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SwitchRpcThrottleResponse.$Properties;
        }

        interface ISecurityCapabilitiesRequest extends hbase.pb.SecurityCapabilitiesRequest.$Properties {
        }

        class SecurityCapabilitiesRequest {
            constructor(p?: hbase.pb.SecurityCapabilitiesRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.SecurityCapabilitiesRequest.$Shape): hbase.pb.SecurityCapabilitiesRequest & hbase.pb.SecurityCapabilitiesRequest.$Shape;
            static create(properties?: hbase.pb.SecurityCapabilitiesRequest.$Properties): hbase.pb.SecurityCapabilitiesRequest;
            static encode(m: hbase.pb.SecurityCapabilitiesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SecurityCapabilitiesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SecurityCapabilitiesRequest & hbase.pb.SecurityCapabilitiesRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SecurityCapabilitiesRequest & hbase.pb.SecurityCapabilitiesRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SecurityCapabilitiesRequest;
            static toObject(m: hbase.pb.SecurityCapabilitiesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecurityCapabilitiesRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SecurityCapabilitiesRequest.$Properties;
        }

        interface ISecurityCapabilitiesResponse extends hbase.pb.SecurityCapabilitiesResponse.$Properties {
        }

        class SecurityCapabilitiesResponse {
            constructor(p?: hbase.pb.SecurityCapabilitiesResponse.$Properties);
            $unknowns?: Uint8Array[];
            capabilities: hbase.pb.SecurityCapabilitiesResponse.Capability[];
            static create(properties: hbase.pb.SecurityCapabilitiesResponse.$Shape): hbase.pb.SecurityCapabilitiesResponse & hbase.pb.SecurityCapabilitiesResponse.$Shape;
            static create(properties?: hbase.pb.SecurityCapabilitiesResponse.$Properties): hbase.pb.SecurityCapabilitiesResponse;
            static encode(m: hbase.pb.SecurityCapabilitiesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SecurityCapabilitiesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SecurityCapabilitiesResponse & hbase.pb.SecurityCapabilitiesResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SecurityCapabilitiesResponse & hbase.pb.SecurityCapabilitiesResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SecurityCapabilitiesResponse;
            static toObject(m: hbase.pb.SecurityCapabilitiesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecurityCapabilitiesResponse {
            interface $Properties {
                capabilities?: (hbase.pb.SecurityCapabilitiesResponse.Capability[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SecurityCapabilitiesResponse.$Properties;

            enum Capability {
                SIMPLE_AUTHENTICATION = 0,
                SECURE_AUTHENTICATION = 1,
                AUTHORIZATION = 2,
                CELL_AUTHORIZATION = 3,
                CELL_VISIBILITY = 4
            }
        }

        class MasterService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): MasterService;
            getSchemaAlterStatus: hbase.pb.MasterService.GetSchemaAlterStatus;
            getTableDescriptors: hbase.pb.MasterService.GetTableDescriptors;
            getTableNames: hbase.pb.MasterService.GetTableNames;
            getClusterStatus: hbase.pb.MasterService.GetClusterStatus;
            isMasterRunning: hbase.pb.MasterService.IsMasterRunning;
            addColumn: hbase.pb.MasterService.AddColumn;
            deleteColumn: hbase.pb.MasterService.DeleteColumn;
            modifyColumn: hbase.pb.MasterService.ModifyColumn;
            deleteTable: hbase.pb.MasterService.DeleteTable;
            truncateTable: hbase.pb.MasterService.truncateTable;
            enableTable: hbase.pb.MasterService.EnableTable;
            disableTable: hbase.pb.MasterService.DisableTable;
            modifyTable: hbase.pb.MasterService.ModifyTable;
            createTable: hbase.pb.MasterService.CreateTable;
            balance: hbase.pb.MasterService.Balance;
            setBalancerRunning: hbase.pb.MasterService.SetBalancerRunning;
            isBalancerEnabled: hbase.pb.MasterService.IsBalancerEnabled;
            execProcedure: hbase.pb.MasterService.ExecProcedure;
            isProcedureDone: hbase.pb.MasterService.IsProcedureDone;
            modifyNamespace: hbase.pb.MasterService.ModifyNamespace;
            createNamespace: hbase.pb.MasterService.CreateNamespace;
            deleteNamespace: hbase.pb.MasterService.DeleteNamespace;
            getNamespaceDescriptor: hbase.pb.MasterService.GetNamespaceDescriptor;
            listNamespaceDescriptors: hbase.pb.MasterService.ListNamespaceDescriptors;
            listTableDescriptorsByNamespace: hbase.pb.MasterService.ListTableDescriptorsByNamespace;
            listTableNamesByNamespace: hbase.pb.MasterService.ListTableNamesByNamespace;
            getTableState: hbase.pb.MasterService.GetTableState;
            getProcedureResult: hbase.pb.MasterService.getProcedureResult;
            listNamespaces: hbase.pb.MasterService.ListNamespaces;
            listTableDescriptorsByState: hbase.pb.MasterService.ListTableDescriptorsByState;
            listTableNamesByState: hbase.pb.MasterService.ListTableNamesByState;
            isMasterInMaintenanceMode: hbase.pb.MasterService.IsMasterInMaintenanceMode;
            setSplitOrMergeEnabled: hbase.pb.MasterService.SetSplitOrMergeEnabled;
            isSplitOrMergeEnabled: hbase.pb.MasterService.IsSplitOrMergeEnabled;
            normalize: hbase.pb.MasterService.Normalize;
            setNormalizerRunning: hbase.pb.MasterService.SetNormalizerRunning;
            isNormalizerEnabled: hbase.pb.MasterService.IsNormalizerEnabled;
            runCatalogScan: hbase.pb.MasterService.RunCatalogScan;
            enableCatalogJanitor: hbase.pb.MasterService.EnableCatalogJanitor;
            isCatalogJanitorEnabled: hbase.pb.MasterService.IsCatalogJanitorEnabled;
            runCleanerChore: hbase.pb.MasterService.RunCleanerChore;
            setCleanerChoreRunning: hbase.pb.MasterService.SetCleanerChoreRunning;
            isCleanerChoreEnabled: hbase.pb.MasterService.IsCleanerChoreEnabled;
            switchSnapshotCleanup: hbase.pb.MasterService.SwitchSnapshotCleanup;
            isSnapshotCleanupEnabled: hbase.pb.MasterService.IsSnapshotCleanupEnabled;
            switchRpcThrottle: hbase.pb.MasterService.SwitchRpcThrottle;
            isRpcThrottleEnabled: hbase.pb.MasterService.IsRpcThrottleEnabled;
            getSecurityCapabilities: hbase.pb.MasterService.getSecurityCapabilities;
            grant: hbase.pb.MasterService.Grant;
            revoke: hbase.pb.MasterService.Revoke;
            getUserPermissions: hbase.pb.MasterService.GetUserPermissions;
            hasUserPermissions: hbase.pb.MasterService.HasUserPermissions;
        }

        namespace MasterService {
            type GetSchemaAlterStatusCallback = (error: (Error|null), response?: hbase.pb.GetSchemaAlterStatusResponse) => void;
            type GetSchemaAlterStatus = {
              (request: hbase.pb.IGetSchemaAlterStatusRequest, callback: hbase.pb.MasterService.GetSchemaAlterStatusCallback): void;
              (request: hbase.pb.IGetSchemaAlterStatusRequest): Promise<hbase.pb.GetSchemaAlterStatusResponse>;
              readonly name: "GetSchemaAlterStatus";
              readonly path: "/hbase.pb.MasterService/GetSchemaAlterStatus";
              readonly requestType: "GetSchemaAlterStatusRequest";
              readonly responseType: "GetSchemaAlterStatusResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetTableDescriptorsCallback = (error: (Error|null), response?: hbase.pb.GetTableDescriptorsResponse) => void;
            type GetTableDescriptors = {
              (request: hbase.pb.IGetTableDescriptorsRequest, callback: hbase.pb.MasterService.GetTableDescriptorsCallback): void;
              (request: hbase.pb.IGetTableDescriptorsRequest): Promise<hbase.pb.GetTableDescriptorsResponse>;
              readonly name: "GetTableDescriptors";
              readonly path: "/hbase.pb.MasterService/GetTableDescriptors";
              readonly requestType: "GetTableDescriptorsRequest";
              readonly responseType: "GetTableDescriptorsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetTableNamesCallback = (error: (Error|null), response?: hbase.pb.GetTableNamesResponse) => void;
            type GetTableNames = {
              (request: hbase.pb.IGetTableNamesRequest, callback: hbase.pb.MasterService.GetTableNamesCallback): void;
              (request: hbase.pb.IGetTableNamesRequest): Promise<hbase.pb.GetTableNamesResponse>;
              readonly name: "GetTableNames";
              readonly path: "/hbase.pb.MasterService/GetTableNames";
              readonly requestType: "GetTableNamesRequest";
              readonly responseType: "GetTableNamesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetClusterStatusCallback = (error: (Error|null), response?: hbase.pb.GetClusterStatusResponse) => void;
            type GetClusterStatus = {
              (request: hbase.pb.IGetClusterStatusRequest, callback: hbase.pb.MasterService.GetClusterStatusCallback): void;
              (request: hbase.pb.IGetClusterStatusRequest): Promise<hbase.pb.GetClusterStatusResponse>;
              readonly name: "GetClusterStatus";
              readonly path: "/hbase.pb.MasterService/GetClusterStatus";
              readonly requestType: "GetClusterStatusRequest";
              readonly responseType: "GetClusterStatusResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsMasterRunningCallback = (error: (Error|null), response?: hbase.pb.IsMasterRunningResponse) => void;
            type IsMasterRunning = {
              (request: hbase.pb.IIsMasterRunningRequest, callback: hbase.pb.MasterService.IsMasterRunningCallback): void;
              (request: hbase.pb.IIsMasterRunningRequest): Promise<hbase.pb.IsMasterRunningResponse>;
              readonly name: "IsMasterRunning";
              readonly path: "/hbase.pb.MasterService/IsMasterRunning";
              readonly requestType: "IsMasterRunningRequest";
              readonly responseType: "IsMasterRunningResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type AddColumnCallback = (error: (Error|null), response?: hbase.pb.AddColumnResponse) => void;
            type AddColumn = {
              (request: hbase.pb.IAddColumnRequest, callback: hbase.pb.MasterService.AddColumnCallback): void;
              (request: hbase.pb.IAddColumnRequest): Promise<hbase.pb.AddColumnResponse>;
              readonly name: "AddColumn";
              readonly path: "/hbase.pb.MasterService/AddColumn";
              readonly requestType: "AddColumnRequest";
              readonly responseType: "AddColumnResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DeleteColumnCallback = (error: (Error|null), response?: hbase.pb.DeleteColumnResponse) => void;
            type DeleteColumn = {
              (request: hbase.pb.IDeleteColumnRequest, callback: hbase.pb.MasterService.DeleteColumnCallback): void;
              (request: hbase.pb.IDeleteColumnRequest): Promise<hbase.pb.DeleteColumnResponse>;
              readonly name: "DeleteColumn";
              readonly path: "/hbase.pb.MasterService/DeleteColumn";
              readonly requestType: "DeleteColumnRequest";
              readonly responseType: "DeleteColumnResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ModifyColumnCallback = (error: (Error|null), response?: hbase.pb.ModifyColumnResponse) => void;
            type ModifyColumn = {
              (request: hbase.pb.IModifyColumnRequest, callback: hbase.pb.MasterService.ModifyColumnCallback): void;
              (request: hbase.pb.IModifyColumnRequest): Promise<hbase.pb.ModifyColumnResponse>;
              readonly name: "ModifyColumn";
              readonly path: "/hbase.pb.MasterService/ModifyColumn";
              readonly requestType: "ModifyColumnRequest";
              readonly responseType: "ModifyColumnResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DeleteTableCallback = (error: (Error|null), response?: hbase.pb.DeleteTableResponse) => void;
            type DeleteTable = {
              (request: hbase.pb.IDeleteTableRequest, callback: hbase.pb.MasterService.DeleteTableCallback): void;
              (request: hbase.pb.IDeleteTableRequest): Promise<hbase.pb.DeleteTableResponse>;
              readonly name: "DeleteTable";
              readonly path: "/hbase.pb.MasterService/DeleteTable";
              readonly requestType: "DeleteTableRequest";
              readonly responseType: "DeleteTableResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type truncateTableCallback = (error: (Error|null), response?: hbase.pb.TruncateTableResponse) => void;
            type truncateTable = {
              (request: hbase.pb.ITruncateTableRequest, callback: hbase.pb.MasterService.truncateTableCallback): void;
              (request: hbase.pb.ITruncateTableRequest): Promise<hbase.pb.TruncateTableResponse>;
              readonly name: "truncateTable";
              readonly path: "/hbase.pb.MasterService/truncateTable";
              readonly requestType: "TruncateTableRequest";
              readonly responseType: "TruncateTableResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type EnableTableCallback = (error: (Error|null), response?: hbase.pb.EnableTableResponse) => void;
            type EnableTable = {
              (request: hbase.pb.IEnableTableRequest, callback: hbase.pb.MasterService.EnableTableCallback): void;
              (request: hbase.pb.IEnableTableRequest): Promise<hbase.pb.EnableTableResponse>;
              readonly name: "EnableTable";
              readonly path: "/hbase.pb.MasterService/EnableTable";
              readonly requestType: "EnableTableRequest";
              readonly responseType: "EnableTableResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DisableTableCallback = (error: (Error|null), response?: hbase.pb.DisableTableResponse) => void;
            type DisableTable = {
              (request: hbase.pb.IDisableTableRequest, callback: hbase.pb.MasterService.DisableTableCallback): void;
              (request: hbase.pb.IDisableTableRequest): Promise<hbase.pb.DisableTableResponse>;
              readonly name: "DisableTable";
              readonly path: "/hbase.pb.MasterService/DisableTable";
              readonly requestType: "DisableTableRequest";
              readonly responseType: "DisableTableResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ModifyTableCallback = (error: (Error|null), response?: hbase.pb.ModifyTableResponse) => void;
            type ModifyTable = {
              (request: hbase.pb.IModifyTableRequest, callback: hbase.pb.MasterService.ModifyTableCallback): void;
              (request: hbase.pb.IModifyTableRequest): Promise<hbase.pb.ModifyTableResponse>;
              readonly name: "ModifyTable";
              readonly path: "/hbase.pb.MasterService/ModifyTable";
              readonly requestType: "ModifyTableRequest";
              readonly responseType: "ModifyTableResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CreateTableCallback = (error: (Error|null), response?: hbase.pb.CreateTableResponse) => void;
            type CreateTable = {
              (request: hbase.pb.ICreateTableRequest, callback: hbase.pb.MasterService.CreateTableCallback): void;
              (request: hbase.pb.ICreateTableRequest): Promise<hbase.pb.CreateTableResponse>;
              readonly name: "CreateTable";
              readonly path: "/hbase.pb.MasterService/CreateTable";
              readonly requestType: "CreateTableRequest";
              readonly responseType: "CreateTableResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type BalanceCallback = (error: (Error|null), response?: hbase.pb.BalanceResponse) => void;
            type Balance = {
              (request: hbase.pb.IBalanceRequest, callback: hbase.pb.MasterService.BalanceCallback): void;
              (request: hbase.pb.IBalanceRequest): Promise<hbase.pb.BalanceResponse>;
              readonly name: "Balance";
              readonly path: "/hbase.pb.MasterService/Balance";
              readonly requestType: "BalanceRequest";
              readonly responseType: "BalanceResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SetBalancerRunningCallback = (error: (Error|null), response?: hbase.pb.SetBalancerRunningResponse) => void;
            type SetBalancerRunning = {
              (request: hbase.pb.ISetBalancerRunningRequest, callback: hbase.pb.MasterService.SetBalancerRunningCallback): void;
              (request: hbase.pb.ISetBalancerRunningRequest): Promise<hbase.pb.SetBalancerRunningResponse>;
              readonly name: "SetBalancerRunning";
              readonly path: "/hbase.pb.MasterService/SetBalancerRunning";
              readonly requestType: "SetBalancerRunningRequest";
              readonly responseType: "SetBalancerRunningResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsBalancerEnabledCallback = (error: (Error|null), response?: hbase.pb.IsBalancerEnabledResponse) => void;
            type IsBalancerEnabled = {
              (request: hbase.pb.IIsBalancerEnabledRequest, callback: hbase.pb.MasterService.IsBalancerEnabledCallback): void;
              (request: hbase.pb.IIsBalancerEnabledRequest): Promise<hbase.pb.IsBalancerEnabledResponse>;
              readonly name: "IsBalancerEnabled";
              readonly path: "/hbase.pb.MasterService/IsBalancerEnabled";
              readonly requestType: "IsBalancerEnabledRequest";
              readonly responseType: "IsBalancerEnabledResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ExecProcedureCallback = (error: (Error|null), response?: hbase.pb.ExecProcedureResponse) => void;
            type ExecProcedure = {
              (request: hbase.pb.IExecProcedureRequest, callback: hbase.pb.MasterService.ExecProcedureCallback): void;
              (request: hbase.pb.IExecProcedureRequest): Promise<hbase.pb.ExecProcedureResponse>;
              readonly name: "ExecProcedure";
              readonly path: "/hbase.pb.MasterService/ExecProcedure";
              readonly requestType: "ExecProcedureRequest";
              readonly responseType: "ExecProcedureResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsProcedureDoneCallback = (error: (Error|null), response?: hbase.pb.IsProcedureDoneResponse) => void;
            type IsProcedureDone = {
              (request: hbase.pb.IIsProcedureDoneRequest, callback: hbase.pb.MasterService.IsProcedureDoneCallback): void;
              (request: hbase.pb.IIsProcedureDoneRequest): Promise<hbase.pb.IsProcedureDoneResponse>;
              readonly name: "IsProcedureDone";
              readonly path: "/hbase.pb.MasterService/IsProcedureDone";
              readonly requestType: "IsProcedureDoneRequest";
              readonly responseType: "IsProcedureDoneResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ModifyNamespaceCallback = (error: (Error|null), response?: hbase.pb.ModifyNamespaceResponse) => void;
            type ModifyNamespace = {
              (request: hbase.pb.IModifyNamespaceRequest, callback: hbase.pb.MasterService.ModifyNamespaceCallback): void;
              (request: hbase.pb.IModifyNamespaceRequest): Promise<hbase.pb.ModifyNamespaceResponse>;
              readonly name: "ModifyNamespace";
              readonly path: "/hbase.pb.MasterService/ModifyNamespace";
              readonly requestType: "ModifyNamespaceRequest";
              readonly responseType: "ModifyNamespaceResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type CreateNamespaceCallback = (error: (Error|null), response?: hbase.pb.CreateNamespaceResponse) => void;
            type CreateNamespace = {
              (request: hbase.pb.ICreateNamespaceRequest, callback: hbase.pb.MasterService.CreateNamespaceCallback): void;
              (request: hbase.pb.ICreateNamespaceRequest): Promise<hbase.pb.CreateNamespaceResponse>;
              readonly name: "CreateNamespace";
              readonly path: "/hbase.pb.MasterService/CreateNamespace";
              readonly requestType: "CreateNamespaceRequest";
              readonly responseType: "CreateNamespaceResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type DeleteNamespaceCallback = (error: (Error|null), response?: hbase.pb.DeleteNamespaceResponse) => void;
            type DeleteNamespace = {
              (request: hbase.pb.IDeleteNamespaceRequest, callback: hbase.pb.MasterService.DeleteNamespaceCallback): void;
              (request: hbase.pb.IDeleteNamespaceRequest): Promise<hbase.pb.DeleteNamespaceResponse>;
              readonly name: "DeleteNamespace";
              readonly path: "/hbase.pb.MasterService/DeleteNamespace";
              readonly requestType: "DeleteNamespaceRequest";
              readonly responseType: "DeleteNamespaceResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetNamespaceDescriptorCallback = (error: (Error|null), response?: hbase.pb.GetNamespaceDescriptorResponse) => void;
            type GetNamespaceDescriptor = {
              (request: hbase.pb.IGetNamespaceDescriptorRequest, callback: hbase.pb.MasterService.GetNamespaceDescriptorCallback): void;
              (request: hbase.pb.IGetNamespaceDescriptorRequest): Promise<hbase.pb.GetNamespaceDescriptorResponse>;
              readonly name: "GetNamespaceDescriptor";
              readonly path: "/hbase.pb.MasterService/GetNamespaceDescriptor";
              readonly requestType: "GetNamespaceDescriptorRequest";
              readonly responseType: "GetNamespaceDescriptorResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListNamespaceDescriptorsCallback = (error: (Error|null), response?: hbase.pb.ListNamespaceDescriptorsResponse) => void;
            type ListNamespaceDescriptors = {
              (request: hbase.pb.IListNamespaceDescriptorsRequest, callback: hbase.pb.MasterService.ListNamespaceDescriptorsCallback): void;
              (request: hbase.pb.IListNamespaceDescriptorsRequest): Promise<hbase.pb.ListNamespaceDescriptorsResponse>;
              readonly name: "ListNamespaceDescriptors";
              readonly path: "/hbase.pb.MasterService/ListNamespaceDescriptors";
              readonly requestType: "ListNamespaceDescriptorsRequest";
              readonly responseType: "ListNamespaceDescriptorsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListTableDescriptorsByNamespaceCallback = (error: (Error|null), response?: hbase.pb.ListTableDescriptorsByNamespaceResponse) => void;
            type ListTableDescriptorsByNamespace = {
              (request: hbase.pb.IListTableDescriptorsByNamespaceRequest, callback: hbase.pb.MasterService.ListTableDescriptorsByNamespaceCallback): void;
              (request: hbase.pb.IListTableDescriptorsByNamespaceRequest): Promise<hbase.pb.ListTableDescriptorsByNamespaceResponse>;
              readonly name: "ListTableDescriptorsByNamespace";
              readonly path: "/hbase.pb.MasterService/ListTableDescriptorsByNamespace";
              readonly requestType: "ListTableDescriptorsByNamespaceRequest";
              readonly responseType: "ListTableDescriptorsByNamespaceResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListTableNamesByNamespaceCallback = (error: (Error|null), response?: hbase.pb.ListTableNamesByNamespaceResponse) => void;
            type ListTableNamesByNamespace = {
              (request: hbase.pb.IListTableNamesByNamespaceRequest, callback: hbase.pb.MasterService.ListTableNamesByNamespaceCallback): void;
              (request: hbase.pb.IListTableNamesByNamespaceRequest): Promise<hbase.pb.ListTableNamesByNamespaceResponse>;
              readonly name: "ListTableNamesByNamespace";
              readonly path: "/hbase.pb.MasterService/ListTableNamesByNamespace";
              readonly requestType: "ListTableNamesByNamespaceRequest";
              readonly responseType: "ListTableNamesByNamespaceResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetTableStateCallback = (error: (Error|null), response?: hbase.pb.GetTableStateResponse) => void;
            type GetTableState = {
              (request: hbase.pb.IGetTableStateRequest, callback: hbase.pb.MasterService.GetTableStateCallback): void;
              (request: hbase.pb.IGetTableStateRequest): Promise<hbase.pb.GetTableStateResponse>;
              readonly name: "GetTableState";
              readonly path: "/hbase.pb.MasterService/GetTableState";
              readonly requestType: "GetTableStateRequest";
              readonly responseType: "GetTableStateResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type getProcedureResultCallback = (error: (Error|null), response?: hbase.pb.GetProcedureResultResponse) => void;
            type getProcedureResult = {
              (request: hbase.pb.IGetProcedureResultRequest, callback: hbase.pb.MasterService.getProcedureResultCallback): void;
              (request: hbase.pb.IGetProcedureResultRequest): Promise<hbase.pb.GetProcedureResultResponse>;
              readonly name: "getProcedureResult";
              readonly path: "/hbase.pb.MasterService/getProcedureResult";
              readonly requestType: "GetProcedureResultRequest";
              readonly responseType: "GetProcedureResultResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListNamespacesCallback = (error: (Error|null), response?: hbase.pb.ListNamespacesResponse) => void;
            type ListNamespaces = {
              (request: hbase.pb.IListNamespacesRequest, callback: hbase.pb.MasterService.ListNamespacesCallback): void;
              (request: hbase.pb.IListNamespacesRequest): Promise<hbase.pb.ListNamespacesResponse>;
              readonly name: "ListNamespaces";
              readonly path: "/hbase.pb.MasterService/ListNamespaces";
              readonly requestType: "ListNamespacesRequest";
              readonly responseType: "ListNamespacesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListTableDescriptorsByStateCallback = (error: (Error|null), response?: hbase.pb.ListTableDescriptorsByStateResponse) => void;
            type ListTableDescriptorsByState = {
              (request: hbase.pb.IListTableDescriptorsByStateRequest, callback: hbase.pb.MasterService.ListTableDescriptorsByStateCallback): void;
              (request: hbase.pb.IListTableDescriptorsByStateRequest): Promise<hbase.pb.ListTableDescriptorsByStateResponse>;
              readonly name: "ListTableDescriptorsByState";
              readonly path: "/hbase.pb.MasterService/ListTableDescriptorsByState";
              readonly requestType: "ListTableDescriptorsByStateRequest";
              readonly responseType: "ListTableDescriptorsByStateResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type ListTableNamesByStateCallback = (error: (Error|null), response?: hbase.pb.ListTableNamesByStateResponse) => void;
            type ListTableNamesByState = {
              (request: hbase.pb.IListTableNamesByStateRequest, callback: hbase.pb.MasterService.ListTableNamesByStateCallback): void;
              (request: hbase.pb.IListTableNamesByStateRequest): Promise<hbase.pb.ListTableNamesByStateResponse>;
              readonly name: "ListTableNamesByState";
              readonly path: "/hbase.pb.MasterService/ListTableNamesByState";
              readonly requestType: "ListTableNamesByStateRequest";
              readonly responseType: "ListTableNamesByStateResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsMasterInMaintenanceModeCallback = (error: (Error|null), response?: hbase.pb.IsInMaintenanceModeResponse) => void;
            type IsMasterInMaintenanceMode = {
              (request: hbase.pb.IIsInMaintenanceModeRequest, callback: hbase.pb.MasterService.IsMasterInMaintenanceModeCallback): void;
              (request: hbase.pb.IIsInMaintenanceModeRequest): Promise<hbase.pb.IsInMaintenanceModeResponse>;
              readonly name: "IsMasterInMaintenanceMode";
              readonly path: "/hbase.pb.MasterService/IsMasterInMaintenanceMode";
              readonly requestType: "IsInMaintenanceModeRequest";
              readonly responseType: "IsInMaintenanceModeResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SetSplitOrMergeEnabledCallback = (error: (Error|null), response?: hbase.pb.SetSplitOrMergeEnabledResponse) => void;
            type SetSplitOrMergeEnabled = {
              (request: hbase.pb.ISetSplitOrMergeEnabledRequest, callback: hbase.pb.MasterService.SetSplitOrMergeEnabledCallback): void;
              (request: hbase.pb.ISetSplitOrMergeEnabledRequest): Promise<hbase.pb.SetSplitOrMergeEnabledResponse>;
              readonly name: "SetSplitOrMergeEnabled";
              readonly path: "/hbase.pb.MasterService/SetSplitOrMergeEnabled";
              readonly requestType: "SetSplitOrMergeEnabledRequest";
              readonly responseType: "SetSplitOrMergeEnabledResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsSplitOrMergeEnabledCallback = (error: (Error|null), response?: hbase.pb.IsSplitOrMergeEnabledResponse) => void;
            type IsSplitOrMergeEnabled = {
              (request: hbase.pb.IIsSplitOrMergeEnabledRequest, callback: hbase.pb.MasterService.IsSplitOrMergeEnabledCallback): void;
              (request: hbase.pb.IIsSplitOrMergeEnabledRequest): Promise<hbase.pb.IsSplitOrMergeEnabledResponse>;
              readonly name: "IsSplitOrMergeEnabled";
              readonly path: "/hbase.pb.MasterService/IsSplitOrMergeEnabled";
              readonly requestType: "IsSplitOrMergeEnabledRequest";
              readonly responseType: "IsSplitOrMergeEnabledResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type NormalizeCallback = (error: (Error|null), response?: hbase.pb.NormalizeResponse) => void;
            type Normalize = {
              (request: hbase.pb.INormalizeRequest, callback: hbase.pb.MasterService.NormalizeCallback): void;
              (request: hbase.pb.INormalizeRequest): Promise<hbase.pb.NormalizeResponse>;
              readonly name: "Normalize";
              readonly path: "/hbase.pb.MasterService/Normalize";
              readonly requestType: "NormalizeRequest";
              readonly responseType: "NormalizeResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SetNormalizerRunningCallback = (error: (Error|null), response?: hbase.pb.SetNormalizerRunningResponse) => void;
            type SetNormalizerRunning = {
              (request: hbase.pb.ISetNormalizerRunningRequest, callback: hbase.pb.MasterService.SetNormalizerRunningCallback): void;
              (request: hbase.pb.ISetNormalizerRunningRequest): Promise<hbase.pb.SetNormalizerRunningResponse>;
              readonly name: "SetNormalizerRunning";
              readonly path: "/hbase.pb.MasterService/SetNormalizerRunning";
              readonly requestType: "SetNormalizerRunningRequest";
              readonly responseType: "SetNormalizerRunningResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsNormalizerEnabledCallback = (error: (Error|null), response?: hbase.pb.IsNormalizerEnabledResponse) => void;
            type IsNormalizerEnabled = {
              (request: hbase.pb.IIsNormalizerEnabledRequest, callback: hbase.pb.MasterService.IsNormalizerEnabledCallback): void;
              (request: hbase.pb.IIsNormalizerEnabledRequest): Promise<hbase.pb.IsNormalizerEnabledResponse>;
              readonly name: "IsNormalizerEnabled";
              readonly path: "/hbase.pb.MasterService/IsNormalizerEnabled";
              readonly requestType: "IsNormalizerEnabledRequest";
              readonly responseType: "IsNormalizerEnabledResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type RunCatalogScanCallback = (error: (Error|null), response?: hbase.pb.RunCatalogScanResponse) => void;
            type RunCatalogScan = {
              (request: hbase.pb.IRunCatalogScanRequest, callback: hbase.pb.MasterService.RunCatalogScanCallback): void;
              (request: hbase.pb.IRunCatalogScanRequest): Promise<hbase.pb.RunCatalogScanResponse>;
              readonly name: "RunCatalogScan";
              readonly path: "/hbase.pb.MasterService/RunCatalogScan";
              readonly requestType: "RunCatalogScanRequest";
              readonly responseType: "RunCatalogScanResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type EnableCatalogJanitorCallback = (error: (Error|null), response?: hbase.pb.EnableCatalogJanitorResponse) => void;
            type EnableCatalogJanitor = {
              (request: hbase.pb.IEnableCatalogJanitorRequest, callback: hbase.pb.MasterService.EnableCatalogJanitorCallback): void;
              (request: hbase.pb.IEnableCatalogJanitorRequest): Promise<hbase.pb.EnableCatalogJanitorResponse>;
              readonly name: "EnableCatalogJanitor";
              readonly path: "/hbase.pb.MasterService/EnableCatalogJanitor";
              readonly requestType: "EnableCatalogJanitorRequest";
              readonly responseType: "EnableCatalogJanitorResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsCatalogJanitorEnabledCallback = (error: (Error|null), response?: hbase.pb.IsCatalogJanitorEnabledResponse) => void;
            type IsCatalogJanitorEnabled = {
              (request: hbase.pb.IIsCatalogJanitorEnabledRequest, callback: hbase.pb.MasterService.IsCatalogJanitorEnabledCallback): void;
              (request: hbase.pb.IIsCatalogJanitorEnabledRequest): Promise<hbase.pb.IsCatalogJanitorEnabledResponse>;
              readonly name: "IsCatalogJanitorEnabled";
              readonly path: "/hbase.pb.MasterService/IsCatalogJanitorEnabled";
              readonly requestType: "IsCatalogJanitorEnabledRequest";
              readonly responseType: "IsCatalogJanitorEnabledResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type RunCleanerChoreCallback = (error: (Error|null), response?: hbase.pb.RunCleanerChoreResponse) => void;
            type RunCleanerChore = {
              (request: hbase.pb.IRunCleanerChoreRequest, callback: hbase.pb.MasterService.RunCleanerChoreCallback): void;
              (request: hbase.pb.IRunCleanerChoreRequest): Promise<hbase.pb.RunCleanerChoreResponse>;
              readonly name: "RunCleanerChore";
              readonly path: "/hbase.pb.MasterService/RunCleanerChore";
              readonly requestType: "RunCleanerChoreRequest";
              readonly responseType: "RunCleanerChoreResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SetCleanerChoreRunningCallback = (error: (Error|null), response?: hbase.pb.SetCleanerChoreRunningResponse) => void;
            type SetCleanerChoreRunning = {
              (request: hbase.pb.ISetCleanerChoreRunningRequest, callback: hbase.pb.MasterService.SetCleanerChoreRunningCallback): void;
              (request: hbase.pb.ISetCleanerChoreRunningRequest): Promise<hbase.pb.SetCleanerChoreRunningResponse>;
              readonly name: "SetCleanerChoreRunning";
              readonly path: "/hbase.pb.MasterService/SetCleanerChoreRunning";
              readonly requestType: "SetCleanerChoreRunningRequest";
              readonly responseType: "SetCleanerChoreRunningResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsCleanerChoreEnabledCallback = (error: (Error|null), response?: hbase.pb.IsCleanerChoreEnabledResponse) => void;
            type IsCleanerChoreEnabled = {
              (request: hbase.pb.IIsCleanerChoreEnabledRequest, callback: hbase.pb.MasterService.IsCleanerChoreEnabledCallback): void;
              (request: hbase.pb.IIsCleanerChoreEnabledRequest): Promise<hbase.pb.IsCleanerChoreEnabledResponse>;
              readonly name: "IsCleanerChoreEnabled";
              readonly path: "/hbase.pb.MasterService/IsCleanerChoreEnabled";
              readonly requestType: "IsCleanerChoreEnabledRequest";
              readonly responseType: "IsCleanerChoreEnabledResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SwitchSnapshotCleanupCallback = (error: (Error|null), response?: hbase.pb.SetSnapshotCleanupResponse) => void;
            type SwitchSnapshotCleanup = {
              (request: hbase.pb.ISetSnapshotCleanupRequest, callback: hbase.pb.MasterService.SwitchSnapshotCleanupCallback): void;
              (request: hbase.pb.ISetSnapshotCleanupRequest): Promise<hbase.pb.SetSnapshotCleanupResponse>;
              readonly name: "SwitchSnapshotCleanup";
              readonly path: "/hbase.pb.MasterService/SwitchSnapshotCleanup";
              readonly requestType: "SetSnapshotCleanupRequest";
              readonly responseType: "SetSnapshotCleanupResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsSnapshotCleanupEnabledCallback = (error: (Error|null), response?: hbase.pb.IsSnapshotCleanupEnabledResponse) => void;
            type IsSnapshotCleanupEnabled = {
              (request: hbase.pb.IIsSnapshotCleanupEnabledRequest, callback: hbase.pb.MasterService.IsSnapshotCleanupEnabledCallback): void;
              (request: hbase.pb.IIsSnapshotCleanupEnabledRequest): Promise<hbase.pb.IsSnapshotCleanupEnabledResponse>;
              readonly name: "IsSnapshotCleanupEnabled";
              readonly path: "/hbase.pb.MasterService/IsSnapshotCleanupEnabled";
              readonly requestType: "IsSnapshotCleanupEnabledRequest";
              readonly responseType: "IsSnapshotCleanupEnabledResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type SwitchRpcThrottleCallback = (error: (Error|null), response?: hbase.pb.SwitchRpcThrottleResponse) => void;
            type SwitchRpcThrottle = {
              (request: hbase.pb.ISwitchRpcThrottleRequest, callback: hbase.pb.MasterService.SwitchRpcThrottleCallback): void;
              (request: hbase.pb.ISwitchRpcThrottleRequest): Promise<hbase.pb.SwitchRpcThrottleResponse>;
              readonly name: "SwitchRpcThrottle";
              readonly path: "/hbase.pb.MasterService/SwitchRpcThrottle";
              readonly requestType: "SwitchRpcThrottleRequest";
              readonly responseType: "SwitchRpcThrottleResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type IsRpcThrottleEnabledCallback = (error: (Error|null), response?: hbase.pb.IsRpcThrottleEnabledResponse) => void;
            type IsRpcThrottleEnabled = {
              (request: hbase.pb.IIsRpcThrottleEnabledRequest, callback: hbase.pb.MasterService.IsRpcThrottleEnabledCallback): void;
              (request: hbase.pb.IIsRpcThrottleEnabledRequest): Promise<hbase.pb.IsRpcThrottleEnabledResponse>;
              readonly name: "IsRpcThrottleEnabled";
              readonly path: "/hbase.pb.MasterService/IsRpcThrottleEnabled";
              readonly requestType: "IsRpcThrottleEnabledRequest";
              readonly responseType: "IsRpcThrottleEnabledResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type getSecurityCapabilitiesCallback = (error: (Error|null), response?: hbase.pb.SecurityCapabilitiesResponse) => void;
            type getSecurityCapabilities = {
              (request: hbase.pb.ISecurityCapabilitiesRequest, callback: hbase.pb.MasterService.getSecurityCapabilitiesCallback): void;
              (request: hbase.pb.ISecurityCapabilitiesRequest): Promise<hbase.pb.SecurityCapabilitiesResponse>;
              readonly name: "getSecurityCapabilities";
              readonly path: "/hbase.pb.MasterService/getSecurityCapabilities";
              readonly requestType: "SecurityCapabilitiesRequest";
              readonly responseType: "SecurityCapabilitiesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GrantCallback = (error: (Error|null), response?: hbase.pb.GrantResponse) => void;
            type Grant = {
              (request: hbase.pb.IGrantRequest, callback: hbase.pb.MasterService.GrantCallback): void;
              (request: hbase.pb.IGrantRequest): Promise<hbase.pb.GrantResponse>;
              readonly name: "Grant";
              readonly path: "/hbase.pb.MasterService/Grant";
              readonly requestType: "GrantRequest";
              readonly responseType: "GrantResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type RevokeCallback = (error: (Error|null), response?: hbase.pb.RevokeResponse) => void;
            type Revoke = {
              (request: hbase.pb.IRevokeRequest, callback: hbase.pb.MasterService.RevokeCallback): void;
              (request: hbase.pb.IRevokeRequest): Promise<hbase.pb.RevokeResponse>;
              readonly name: "Revoke";
              readonly path: "/hbase.pb.MasterService/Revoke";
              readonly requestType: "RevokeRequest";
              readonly responseType: "RevokeResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetUserPermissionsCallback = (error: (Error|null), response?: hbase.pb.GetUserPermissionsResponse) => void;
            type GetUserPermissions = {
              (request: hbase.pb.IGetUserPermissionsRequest, callback: hbase.pb.MasterService.GetUserPermissionsCallback): void;
              (request: hbase.pb.IGetUserPermissionsRequest): Promise<hbase.pb.GetUserPermissionsResponse>;
              readonly name: "GetUserPermissions";
              readonly path: "/hbase.pb.MasterService/GetUserPermissions";
              readonly requestType: "GetUserPermissionsRequest";
              readonly responseType: "GetUserPermissionsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type HasUserPermissionsCallback = (error: (Error|null), response?: hbase.pb.HasUserPermissionsResponse) => void;
            type HasUserPermissions = {
              (request: hbase.pb.IHasUserPermissionsRequest, callback: hbase.pb.MasterService.HasUserPermissionsCallback): void;
              (request: hbase.pb.IHasUserPermissionsRequest): Promise<hbase.pb.HasUserPermissionsResponse>;
              readonly name: "HasUserPermissions";
              readonly path: "/hbase.pb.MasterService/HasUserPermissions";
              readonly requestType: "HasUserPermissionsRequest";
              readonly responseType: "HasUserPermissionsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IUserInformation extends hbase.pb.UserInformation.$Properties {
        }

        class UserInformation {
            constructor(p?: hbase.pb.UserInformation.$Properties);
            $unknowns?: Uint8Array[];
            effectiveUser: string;
            realUser: string;
            static create(properties: hbase.pb.UserInformation.$Shape): hbase.pb.UserInformation & hbase.pb.UserInformation.$Shape;
            static create(properties?: hbase.pb.UserInformation.$Properties): hbase.pb.UserInformation;
            static encode(m: hbase.pb.UserInformation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.UserInformation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.UserInformation & hbase.pb.UserInformation.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.UserInformation & hbase.pb.UserInformation.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.UserInformation;
            static toObject(m: hbase.pb.UserInformation, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserInformation {
            interface $Properties {
                effectiveUser: string;
                realUser?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.UserInformation.$Properties;
        }

        interface IConnectionHeader extends hbase.pb.ConnectionHeader.$Properties {
        }

        class ConnectionHeader {
            constructor(p?: hbase.pb.ConnectionHeader.$Properties);
            $unknowns?: Uint8Array[];
            userInfo?: (hbase.pb.UserInformation.$Properties|null);
            serviceName: string;
            cellBlockCodecClass: string;
            cellBlockCompressorClass: string;
            versionInfo?: (hbase.pb.VersionInfo.$Properties|null);
            rpcCryptoCipherTransformation: string;
            attribute: hbase.pb.NameBytesPair.$Properties[];
            static create(properties: hbase.pb.ConnectionHeader.$Shape): hbase.pb.ConnectionHeader & hbase.pb.ConnectionHeader.$Shape;
            static create(properties?: hbase.pb.ConnectionHeader.$Properties): hbase.pb.ConnectionHeader;
            static encode(m: hbase.pb.ConnectionHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ConnectionHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ConnectionHeader & hbase.pb.ConnectionHeader.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ConnectionHeader & hbase.pb.ConnectionHeader.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ConnectionHeader;
            static toObject(m: hbase.pb.ConnectionHeader, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConnectionHeader {
            interface $Properties {
                userInfo?: (hbase.pb.UserInformation.$Properties|null);
                serviceName?: (string|null);
                cellBlockCodecClass?: (string|null);
                cellBlockCompressorClass?: (string|null);
                versionInfo?: (hbase.pb.VersionInfo.$Properties|null);
                rpcCryptoCipherTransformation?: (string|null);
                attribute?: (hbase.pb.NameBytesPair.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ConnectionHeader.$Properties;
        }

        interface IConnectionHeaderResponse extends hbase.pb.ConnectionHeaderResponse.$Properties {
        }

        class ConnectionHeaderResponse {
            constructor(p?: hbase.pb.ConnectionHeaderResponse.$Properties);
            $unknowns?: Uint8Array[];
            cryptoCipherMeta?: (hbase.pb.CryptoCipherMeta.$Properties|null);
            static create(properties: hbase.pb.ConnectionHeaderResponse.$Shape): hbase.pb.ConnectionHeaderResponse & hbase.pb.ConnectionHeaderResponse.$Shape;
            static create(properties?: hbase.pb.ConnectionHeaderResponse.$Properties): hbase.pb.ConnectionHeaderResponse;
            static encode(m: hbase.pb.ConnectionHeaderResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ConnectionHeaderResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ConnectionHeaderResponse & hbase.pb.ConnectionHeaderResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ConnectionHeaderResponse & hbase.pb.ConnectionHeaderResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ConnectionHeaderResponse;
            static toObject(m: hbase.pb.ConnectionHeaderResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConnectionHeaderResponse {
            interface $Properties {
                cryptoCipherMeta?: (hbase.pb.CryptoCipherMeta.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ConnectionHeaderResponse.$Properties;
        }

        interface ICellBlockMeta extends hbase.pb.CellBlockMeta.$Properties {
        }

        class CellBlockMeta {
            constructor(p?: hbase.pb.CellBlockMeta.$Properties);
            $unknowns?: Uint8Array[];
            length: number;
            static create(properties: hbase.pb.CellBlockMeta.$Shape): hbase.pb.CellBlockMeta & hbase.pb.CellBlockMeta.$Shape;
            static create(properties?: hbase.pb.CellBlockMeta.$Properties): hbase.pb.CellBlockMeta;
            static encode(m: hbase.pb.CellBlockMeta.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CellBlockMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CellBlockMeta & hbase.pb.CellBlockMeta.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CellBlockMeta & hbase.pb.CellBlockMeta.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CellBlockMeta;
            static toObject(m: hbase.pb.CellBlockMeta, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CellBlockMeta {
            interface $Properties {
                length?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CellBlockMeta.$Properties;
        }

        interface IExceptionResponse extends hbase.pb.ExceptionResponse.$Properties {
        }

        class ExceptionResponse {
            constructor(p?: hbase.pb.ExceptionResponse.$Properties);
            $unknowns?: Uint8Array[];
            exceptionClassName: string;
            stackTrace: string;
            hostname: string;
            port: number;
            doNotRetry: boolean;
            serverOverloaded: boolean;
            static create(properties: hbase.pb.ExceptionResponse.$Shape): hbase.pb.ExceptionResponse & hbase.pb.ExceptionResponse.$Shape;
            static create(properties?: hbase.pb.ExceptionResponse.$Properties): hbase.pb.ExceptionResponse;
            static encode(m: hbase.pb.ExceptionResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ExceptionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ExceptionResponse & hbase.pb.ExceptionResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ExceptionResponse & hbase.pb.ExceptionResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ExceptionResponse;
            static toObject(m: hbase.pb.ExceptionResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExceptionResponse {
            interface $Properties {
                exceptionClassName?: (string|null);
                stackTrace?: (string|null);
                hostname?: (string|null);
                port?: (number|null);
                doNotRetry?: (boolean|null);
                serverOverloaded?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ExceptionResponse.$Properties;
        }

        interface ICryptoCipherMeta extends hbase.pb.CryptoCipherMeta.$Properties {
        }

        class CryptoCipherMeta {
            constructor(p?: hbase.pb.CryptoCipherMeta.$Properties);
            $unknowns?: Uint8Array[];
            transformation: string;
            inKey: Uint8Array;
            inIv: Uint8Array;
            outKey: Uint8Array;
            outIv: Uint8Array;
            static create(properties: hbase.pb.CryptoCipherMeta.$Shape): hbase.pb.CryptoCipherMeta & hbase.pb.CryptoCipherMeta.$Shape;
            static create(properties?: hbase.pb.CryptoCipherMeta.$Properties): hbase.pb.CryptoCipherMeta;
            static encode(m: hbase.pb.CryptoCipherMeta.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.CryptoCipherMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.CryptoCipherMeta & hbase.pb.CryptoCipherMeta.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.CryptoCipherMeta & hbase.pb.CryptoCipherMeta.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.CryptoCipherMeta;
            static toObject(m: hbase.pb.CryptoCipherMeta, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CryptoCipherMeta {
            interface $Properties {
                transformation: string;
                inKey?: (Uint8Array|null);
                inIv?: (Uint8Array|null);
                outKey?: (Uint8Array|null);
                outIv?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.CryptoCipherMeta.$Properties;
        }

        interface IRequestHeader extends hbase.pb.RequestHeader.$Properties {
        }

        class RequestHeader {
            constructor(p?: hbase.pb.RequestHeader.$Properties);
            $unknowns?: Uint8Array[];
            callId: number;
            traceInfo?: (hbase.pb.RPCTInfo.$Properties|null);
            methodName: string;
            requestParam: boolean;
            cellBlockMeta?: (hbase.pb.CellBlockMeta.$Properties|null);
            priority: number;
            timeout: number;
            attribute: hbase.pb.NameBytesPair.$Properties[];
            static create(properties: hbase.pb.RequestHeader.$Shape): hbase.pb.RequestHeader & hbase.pb.RequestHeader.$Shape;
            static create(properties?: hbase.pb.RequestHeader.$Properties): hbase.pb.RequestHeader;
            static encode(m: hbase.pb.RequestHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RequestHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RequestHeader & hbase.pb.RequestHeader.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RequestHeader & hbase.pb.RequestHeader.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RequestHeader;
            static toObject(m: hbase.pb.RequestHeader, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestHeader {
            interface $Properties {
                callId?: (number|null);
                traceInfo?: (hbase.pb.RPCTInfo.$Properties|null);
                methodName?: (string|null);
                requestParam?: (boolean|null);
                cellBlockMeta?: (hbase.pb.CellBlockMeta.$Properties|null);
                priority?: (number|null);
                timeout?: (number|null);
                attribute?: (hbase.pb.NameBytesPair.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RequestHeader.$Properties;
        }

        interface IResponseHeader extends hbase.pb.ResponseHeader.$Properties {
        }

        class ResponseHeader {
            constructor(p?: hbase.pb.ResponseHeader.$Properties);
            $unknowns?: Uint8Array[];
            callId: number;
            exception?: (hbase.pb.ExceptionResponse.$Properties|null);
            cellBlockMeta?: (hbase.pb.CellBlockMeta.$Properties|null);
            static create(properties: hbase.pb.ResponseHeader.$Shape): hbase.pb.ResponseHeader & hbase.pb.ResponseHeader.$Shape;
            static create(properties?: hbase.pb.ResponseHeader.$Properties): hbase.pb.ResponseHeader;
            static encode(m: hbase.pb.ResponseHeader.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ResponseHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ResponseHeader & hbase.pb.ResponseHeader.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ResponseHeader & hbase.pb.ResponseHeader.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ResponseHeader;
            static toObject(m: hbase.pb.ResponseHeader, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseHeader {
            interface $Properties {
                callId?: (number|null);
                exception?: (hbase.pb.ExceptionResponse.$Properties|null);
                cellBlockMeta?: (hbase.pb.CellBlockMeta.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ResponseHeader.$Properties;
        }

        interface ISecurityPreamableResponse extends hbase.pb.SecurityPreamableResponse.$Properties {
        }

        class SecurityPreamableResponse {
            constructor(p?: hbase.pb.SecurityPreamableResponse.$Properties);
            $unknowns?: Uint8Array[];
            serverPrincipal: string;
            static create(properties: hbase.pb.SecurityPreamableResponse.$Shape): hbase.pb.SecurityPreamableResponse & hbase.pb.SecurityPreamableResponse.$Shape;
            static create(properties?: hbase.pb.SecurityPreamableResponse.$Properties): hbase.pb.SecurityPreamableResponse;
            static encode(m: hbase.pb.SecurityPreamableResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.SecurityPreamableResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.SecurityPreamableResponse & hbase.pb.SecurityPreamableResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.SecurityPreamableResponse & hbase.pb.SecurityPreamableResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.SecurityPreamableResponse;
            static toObject(m: hbase.pb.SecurityPreamableResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecurityPreamableResponse {
            interface $Properties {
                serverPrincipal: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.SecurityPreamableResponse.$Properties;
        }

        interface IRPCTInfo extends hbase.pb.RPCTInfo.$Properties {
        }

        class RPCTInfo {
            constructor(p?: hbase.pb.RPCTInfo.$Properties);
            $unknowns?: Uint8Array[];
            traceId: Long;
            parentId: Long;
            headers: { [k: string]: string };
            static create(properties: hbase.pb.RPCTInfo.$Shape): hbase.pb.RPCTInfo & hbase.pb.RPCTInfo.$Shape;
            static create(properties?: hbase.pb.RPCTInfo.$Properties): hbase.pb.RPCTInfo;
            static encode(m: hbase.pb.RPCTInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.RPCTInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.RPCTInfo & hbase.pb.RPCTInfo.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.RPCTInfo & hbase.pb.RPCTInfo.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.RPCTInfo;
            static toObject(m: hbase.pb.RPCTInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RPCTInfo {
            interface $Properties {
                traceId?: (Long|null);
                parentId?: (Long|null);
                headers?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.RPCTInfo.$Properties;
        }

        interface IGetClusterIdRequest extends hbase.pb.GetClusterIdRequest.$Properties {
        }

        class GetClusterIdRequest {
            constructor(p?: hbase.pb.GetClusterIdRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.GetClusterIdRequest.$Shape): hbase.pb.GetClusterIdRequest & hbase.pb.GetClusterIdRequest.$Shape;
            static create(properties?: hbase.pb.GetClusterIdRequest.$Properties): hbase.pb.GetClusterIdRequest;
            static encode(m: hbase.pb.GetClusterIdRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetClusterIdRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetClusterIdRequest & hbase.pb.GetClusterIdRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetClusterIdRequest & hbase.pb.GetClusterIdRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetClusterIdRequest;
            static toObject(m: hbase.pb.GetClusterIdRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetClusterIdRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetClusterIdRequest.$Properties;
        }

        interface IGetClusterIdResponse extends hbase.pb.GetClusterIdResponse.$Properties {
        }

        class GetClusterIdResponse {
            constructor(p?: hbase.pb.GetClusterIdResponse.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            static create(properties: hbase.pb.GetClusterIdResponse.$Shape): hbase.pb.GetClusterIdResponse & hbase.pb.GetClusterIdResponse.$Shape;
            static create(properties?: hbase.pb.GetClusterIdResponse.$Properties): hbase.pb.GetClusterIdResponse;
            static encode(m: hbase.pb.GetClusterIdResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetClusterIdResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetClusterIdResponse & hbase.pb.GetClusterIdResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetClusterIdResponse & hbase.pb.GetClusterIdResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetClusterIdResponse;
            static toObject(m: hbase.pb.GetClusterIdResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetClusterIdResponse {
            interface $Properties {
                clusterId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetClusterIdResponse.$Properties;
        }

        interface IGetActiveMasterRequest extends hbase.pb.GetActiveMasterRequest.$Properties {
        }

        class GetActiveMasterRequest {
            constructor(p?: hbase.pb.GetActiveMasterRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.GetActiveMasterRequest.$Shape): hbase.pb.GetActiveMasterRequest & hbase.pb.GetActiveMasterRequest.$Shape;
            static create(properties?: hbase.pb.GetActiveMasterRequest.$Properties): hbase.pb.GetActiveMasterRequest;
            static encode(m: hbase.pb.GetActiveMasterRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetActiveMasterRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetActiveMasterRequest & hbase.pb.GetActiveMasterRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetActiveMasterRequest & hbase.pb.GetActiveMasterRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetActiveMasterRequest;
            static toObject(m: hbase.pb.GetActiveMasterRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetActiveMasterRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetActiveMasterRequest.$Properties;
        }

        interface IGetActiveMasterResponse extends hbase.pb.GetActiveMasterResponse.$Properties {
        }

        class GetActiveMasterResponse {
            constructor(p?: hbase.pb.GetActiveMasterResponse.$Properties);
            $unknowns?: Uint8Array[];
            serverName?: (hbase.pb.ServerName.$Properties|null);
            static create(properties: hbase.pb.GetActiveMasterResponse.$Shape): hbase.pb.GetActiveMasterResponse & hbase.pb.GetActiveMasterResponse.$Shape;
            static create(properties?: hbase.pb.GetActiveMasterResponse.$Properties): hbase.pb.GetActiveMasterResponse;
            static encode(m: hbase.pb.GetActiveMasterResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetActiveMasterResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetActiveMasterResponse & hbase.pb.GetActiveMasterResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetActiveMasterResponse & hbase.pb.GetActiveMasterResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetActiveMasterResponse;
            static toObject(m: hbase.pb.GetActiveMasterResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetActiveMasterResponse {
            interface $Properties {
                serverName?: (hbase.pb.ServerName.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetActiveMasterResponse.$Properties;
        }

        interface IGetMastersRequest extends hbase.pb.GetMastersRequest.$Properties {
        }

        class GetMastersRequest {
            constructor(p?: hbase.pb.GetMastersRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.GetMastersRequest.$Shape): hbase.pb.GetMastersRequest & hbase.pb.GetMastersRequest.$Shape;
            static create(properties?: hbase.pb.GetMastersRequest.$Properties): hbase.pb.GetMastersRequest;
            static encode(m: hbase.pb.GetMastersRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetMastersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetMastersRequest & hbase.pb.GetMastersRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetMastersRequest & hbase.pb.GetMastersRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetMastersRequest;
            static toObject(m: hbase.pb.GetMastersRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetMastersRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetMastersRequest.$Properties;
        }

        interface IGetMastersResponseEntry extends hbase.pb.GetMastersResponseEntry.$Properties {
        }

        class GetMastersResponseEntry {
            constructor(p?: hbase.pb.GetMastersResponseEntry.$Properties);
            $unknowns?: Uint8Array[];
            serverName: hbase.pb.ServerName.$Properties;
            isActive: boolean;
            static create(properties: hbase.pb.GetMastersResponseEntry.$Shape): hbase.pb.GetMastersResponseEntry & hbase.pb.GetMastersResponseEntry.$Shape;
            static create(properties?: hbase.pb.GetMastersResponseEntry.$Properties): hbase.pb.GetMastersResponseEntry;
            static encode(m: hbase.pb.GetMastersResponseEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetMastersResponseEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetMastersResponseEntry & hbase.pb.GetMastersResponseEntry.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetMastersResponseEntry & hbase.pb.GetMastersResponseEntry.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetMastersResponseEntry;
            static toObject(m: hbase.pb.GetMastersResponseEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetMastersResponseEntry {
            interface $Properties {
                serverName: hbase.pb.ServerName.$Properties;
                isActive: boolean;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetMastersResponseEntry.$Properties;
        }

        interface IGetMastersResponse extends hbase.pb.GetMastersResponse.$Properties {
        }

        class GetMastersResponse {
            constructor(p?: hbase.pb.GetMastersResponse.$Properties);
            $unknowns?: Uint8Array[];
            masterServers: hbase.pb.GetMastersResponseEntry.$Properties[];
            static create(properties: hbase.pb.GetMastersResponse.$Shape): hbase.pb.GetMastersResponse & hbase.pb.GetMastersResponse.$Shape;
            static create(properties?: hbase.pb.GetMastersResponse.$Properties): hbase.pb.GetMastersResponse;
            static encode(m: hbase.pb.GetMastersResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetMastersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetMastersResponse & hbase.pb.GetMastersResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetMastersResponse & hbase.pb.GetMastersResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetMastersResponse;
            static toObject(m: hbase.pb.GetMastersResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetMastersResponse {
            interface $Properties {
                masterServers?: (hbase.pb.GetMastersResponseEntry.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetMastersResponse.$Properties;
        }

        interface IGetMetaRegionLocationsRequest extends hbase.pb.GetMetaRegionLocationsRequest.$Properties {
        }

        class GetMetaRegionLocationsRequest {
            constructor(p?: hbase.pb.GetMetaRegionLocationsRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.GetMetaRegionLocationsRequest.$Shape): hbase.pb.GetMetaRegionLocationsRequest & hbase.pb.GetMetaRegionLocationsRequest.$Shape;
            static create(properties?: hbase.pb.GetMetaRegionLocationsRequest.$Properties): hbase.pb.GetMetaRegionLocationsRequest;
            static encode(m: hbase.pb.GetMetaRegionLocationsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetMetaRegionLocationsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetMetaRegionLocationsRequest & hbase.pb.GetMetaRegionLocationsRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetMetaRegionLocationsRequest & hbase.pb.GetMetaRegionLocationsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetMetaRegionLocationsRequest;
            static toObject(m: hbase.pb.GetMetaRegionLocationsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetMetaRegionLocationsRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetMetaRegionLocationsRequest.$Properties;
        }

        interface IGetMetaRegionLocationsResponse extends hbase.pb.GetMetaRegionLocationsResponse.$Properties {
        }

        class GetMetaRegionLocationsResponse {
            constructor(p?: hbase.pb.GetMetaRegionLocationsResponse.$Properties);
            $unknowns?: Uint8Array[];
            metaLocations: hbase.pb.RegionLocation.$Properties[];
            static create(properties: hbase.pb.GetMetaRegionLocationsResponse.$Shape): hbase.pb.GetMetaRegionLocationsResponse & hbase.pb.GetMetaRegionLocationsResponse.$Shape;
            static create(properties?: hbase.pb.GetMetaRegionLocationsResponse.$Properties): hbase.pb.GetMetaRegionLocationsResponse;
            static encode(m: hbase.pb.GetMetaRegionLocationsResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetMetaRegionLocationsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetMetaRegionLocationsResponse & hbase.pb.GetMetaRegionLocationsResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetMetaRegionLocationsResponse & hbase.pb.GetMetaRegionLocationsResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetMetaRegionLocationsResponse;
            static toObject(m: hbase.pb.GetMetaRegionLocationsResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetMetaRegionLocationsResponse {
            interface $Properties {
                metaLocations?: (hbase.pb.RegionLocation.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetMetaRegionLocationsResponse.$Properties;
        }

        interface IGetBootstrapNodesRequest extends hbase.pb.GetBootstrapNodesRequest.$Properties {
        }

        class GetBootstrapNodesRequest {
            constructor(p?: hbase.pb.GetBootstrapNodesRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.GetBootstrapNodesRequest.$Shape): hbase.pb.GetBootstrapNodesRequest & hbase.pb.GetBootstrapNodesRequest.$Shape;
            static create(properties?: hbase.pb.GetBootstrapNodesRequest.$Properties): hbase.pb.GetBootstrapNodesRequest;
            static encode(m: hbase.pb.GetBootstrapNodesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetBootstrapNodesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetBootstrapNodesRequest & hbase.pb.GetBootstrapNodesRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetBootstrapNodesRequest & hbase.pb.GetBootstrapNodesRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetBootstrapNodesRequest;
            static toObject(m: hbase.pb.GetBootstrapNodesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetBootstrapNodesRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetBootstrapNodesRequest.$Properties;
        }

        interface IGetBootstrapNodesResponse extends hbase.pb.GetBootstrapNodesResponse.$Properties {
        }

        class GetBootstrapNodesResponse {
            constructor(p?: hbase.pb.GetBootstrapNodesResponse.$Properties);
            $unknowns?: Uint8Array[];
            serverName: hbase.pb.ServerName.$Properties[];
            static create(properties: hbase.pb.GetBootstrapNodesResponse.$Shape): hbase.pb.GetBootstrapNodesResponse & hbase.pb.GetBootstrapNodesResponse.$Shape;
            static create(properties?: hbase.pb.GetBootstrapNodesResponse.$Properties): hbase.pb.GetBootstrapNodesResponse;
            static encode(m: hbase.pb.GetBootstrapNodesResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetBootstrapNodesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetBootstrapNodesResponse & hbase.pb.GetBootstrapNodesResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetBootstrapNodesResponse & hbase.pb.GetBootstrapNodesResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetBootstrapNodesResponse;
            static toObject(m: hbase.pb.GetBootstrapNodesResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetBootstrapNodesResponse {
            interface $Properties {
                serverName?: (hbase.pb.ServerName.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetBootstrapNodesResponse.$Properties;
        }

        class ClientMetaService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): ClientMetaService;
            getClusterId: hbase.pb.ClientMetaService.GetClusterId;
            getActiveMaster: hbase.pb.ClientMetaService.GetActiveMaster;
            getMasters: hbase.pb.ClientMetaService.GetMasters;
            getMetaRegionLocations: hbase.pb.ClientMetaService.GetMetaRegionLocations;
            getBootstrapNodes: hbase.pb.ClientMetaService.GetBootstrapNodes;
        }

        namespace ClientMetaService {
            type GetClusterIdCallback = (error: (Error|null), response?: hbase.pb.GetClusterIdResponse) => void;
            type GetClusterId = {
              (request: hbase.pb.IGetClusterIdRequest, callback: hbase.pb.ClientMetaService.GetClusterIdCallback): void;
              (request: hbase.pb.IGetClusterIdRequest): Promise<hbase.pb.GetClusterIdResponse>;
              readonly name: "GetClusterId";
              readonly path: "/hbase.pb.ClientMetaService/GetClusterId";
              readonly requestType: "GetClusterIdRequest";
              readonly responseType: "GetClusterIdResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetActiveMasterCallback = (error: (Error|null), response?: hbase.pb.GetActiveMasterResponse) => void;
            type GetActiveMaster = {
              (request: hbase.pb.IGetActiveMasterRequest, callback: hbase.pb.ClientMetaService.GetActiveMasterCallback): void;
              (request: hbase.pb.IGetActiveMasterRequest): Promise<hbase.pb.GetActiveMasterResponse>;
              readonly name: "GetActiveMaster";
              readonly path: "/hbase.pb.ClientMetaService/GetActiveMaster";
              readonly requestType: "GetActiveMasterRequest";
              readonly responseType: "GetActiveMasterResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetMastersCallback = (error: (Error|null), response?: hbase.pb.GetMastersResponse) => void;
            type GetMasters = {
              (request: hbase.pb.IGetMastersRequest, callback: hbase.pb.ClientMetaService.GetMastersCallback): void;
              (request: hbase.pb.IGetMastersRequest): Promise<hbase.pb.GetMastersResponse>;
              readonly name: "GetMasters";
              readonly path: "/hbase.pb.ClientMetaService/GetMasters";
              readonly requestType: "GetMastersRequest";
              readonly responseType: "GetMastersResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetMetaRegionLocationsCallback = (error: (Error|null), response?: hbase.pb.GetMetaRegionLocationsResponse) => void;
            type GetMetaRegionLocations = {
              (request: hbase.pb.IGetMetaRegionLocationsRequest, callback: hbase.pb.ClientMetaService.GetMetaRegionLocationsCallback): void;
              (request: hbase.pb.IGetMetaRegionLocationsRequest): Promise<hbase.pb.GetMetaRegionLocationsResponse>;
              readonly name: "GetMetaRegionLocations";
              readonly path: "/hbase.pb.ClientMetaService/GetMetaRegionLocations";
              readonly requestType: "GetMetaRegionLocationsRequest";
              readonly responseType: "GetMetaRegionLocationsResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
            type GetBootstrapNodesCallback = (error: (Error|null), response?: hbase.pb.GetBootstrapNodesResponse) => void;
            type GetBootstrapNodes = {
              (request: hbase.pb.IGetBootstrapNodesRequest, callback: hbase.pb.ClientMetaService.GetBootstrapNodesCallback): void;
              (request: hbase.pb.IGetBootstrapNodesRequest): Promise<hbase.pb.GetBootstrapNodesResponse>;
              readonly name: "GetBootstrapNodes";
              readonly path: "/hbase.pb.ClientMetaService/GetBootstrapNodes";
              readonly requestType: "GetBootstrapNodesRequest";
              readonly responseType: "GetBootstrapNodesResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IGetConnectionRegistryRequest extends hbase.pb.GetConnectionRegistryRequest.$Properties {
        }

        class GetConnectionRegistryRequest {
            constructor(p?: hbase.pb.GetConnectionRegistryRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: hbase.pb.GetConnectionRegistryRequest.$Shape): hbase.pb.GetConnectionRegistryRequest & hbase.pb.GetConnectionRegistryRequest.$Shape;
            static create(properties?: hbase.pb.GetConnectionRegistryRequest.$Properties): hbase.pb.GetConnectionRegistryRequest;
            static encode(m: hbase.pb.GetConnectionRegistryRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetConnectionRegistryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetConnectionRegistryRequest & hbase.pb.GetConnectionRegistryRequest.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetConnectionRegistryRequest & hbase.pb.GetConnectionRegistryRequest.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetConnectionRegistryRequest;
            static toObject(m: hbase.pb.GetConnectionRegistryRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetConnectionRegistryRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetConnectionRegistryRequest.$Properties;
        }

        interface IGetConnectionRegistryResponse extends hbase.pb.GetConnectionRegistryResponse.$Properties {
        }

        class GetConnectionRegistryResponse {
            constructor(p?: hbase.pb.GetConnectionRegistryResponse.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            static create(properties: hbase.pb.GetConnectionRegistryResponse.$Shape): hbase.pb.GetConnectionRegistryResponse & hbase.pb.GetConnectionRegistryResponse.$Shape;
            static create(properties?: hbase.pb.GetConnectionRegistryResponse.$Properties): hbase.pb.GetConnectionRegistryResponse;
            static encode(m: hbase.pb.GetConnectionRegistryResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.GetConnectionRegistryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.GetConnectionRegistryResponse & hbase.pb.GetConnectionRegistryResponse.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.GetConnectionRegistryResponse & hbase.pb.GetConnectionRegistryResponse.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.GetConnectionRegistryResponse;
            static toObject(m: hbase.pb.GetConnectionRegistryResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetConnectionRegistryResponse {
            interface $Properties {
                clusterId: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.GetConnectionRegistryResponse.$Properties;
        }

        class ConnectionRegistryService extends $protobuf.rpc.Service {
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): ConnectionRegistryService;
            getConnectionRegistry: hbase.pb.ConnectionRegistryService.GetConnectionRegistry;
        }

        namespace ConnectionRegistryService {
            type GetConnectionRegistryCallback = (error: (Error|null), response?: hbase.pb.GetConnectionRegistryResponse) => void;
            type GetConnectionRegistry = {
              (request: hbase.pb.IGetConnectionRegistryRequest, callback: hbase.pb.ConnectionRegistryService.GetConnectionRegistryCallback): void;
              (request: hbase.pb.IGetConnectionRegistryRequest): Promise<hbase.pb.GetConnectionRegistryResponse>;
              readonly name: "GetConnectionRegistry";
              readonly path: "/hbase.pb.ConnectionRegistryService/GetConnectionRegistry";
              readonly requestType: "GetConnectionRegistryRequest";
              readonly responseType: "GetConnectionRegistryResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        interface IMetaRegionServer extends hbase.pb.MetaRegionServer.$Properties {
        }

        class MetaRegionServer {
            constructor(p?: hbase.pb.MetaRegionServer.$Properties);
            $unknowns?: Uint8Array[];
            server: hbase.pb.ServerName.$Properties;
            rpcVersion: number;
            state: hbase.pb.RegionState.State;
            static create(properties: hbase.pb.MetaRegionServer.$Shape): hbase.pb.MetaRegionServer & hbase.pb.MetaRegionServer.$Shape;
            static create(properties?: hbase.pb.MetaRegionServer.$Properties): hbase.pb.MetaRegionServer;
            static encode(m: hbase.pb.MetaRegionServer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.MetaRegionServer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.MetaRegionServer & hbase.pb.MetaRegionServer.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.MetaRegionServer & hbase.pb.MetaRegionServer.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.MetaRegionServer;
            static toObject(m: hbase.pb.MetaRegionServer, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetaRegionServer {
            interface $Properties {
                server: hbase.pb.ServerName.$Properties;
                rpcVersion?: (number|null);
                state?: (hbase.pb.RegionState.State|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.MetaRegionServer.$Properties;
        }

        interface IMaster extends hbase.pb.Master.$Properties {
        }

        class Master {
            constructor(p?: hbase.pb.Master.$Properties);
            $unknowns?: Uint8Array[];
            master: hbase.pb.ServerName.$Properties;
            rpcVersion: number;
            infoPort: number;
            static create(properties: hbase.pb.Master.$Shape): hbase.pb.Master & hbase.pb.Master.$Shape;
            static create(properties?: hbase.pb.Master.$Properties): hbase.pb.Master;
            static encode(m: hbase.pb.Master.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.Master.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.Master & hbase.pb.Master.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.Master & hbase.pb.Master.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.Master;
            static toObject(m: hbase.pb.Master, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Master {
            interface $Properties {
                master: hbase.pb.ServerName.$Properties;
                rpcVersion?: (number|null);
                infoPort?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.Master.$Properties;
        }

        interface IClusterUp extends hbase.pb.ClusterUp.$Properties {
        }

        class ClusterUp {
            constructor(p?: hbase.pb.ClusterUp.$Properties);
            $unknowns?: Uint8Array[];
            startDate: string;
            static create(properties: hbase.pb.ClusterUp.$Shape): hbase.pb.ClusterUp & hbase.pb.ClusterUp.$Shape;
            static create(properties?: hbase.pb.ClusterUp.$Properties): hbase.pb.ClusterUp;
            static encode(m: hbase.pb.ClusterUp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static encodeDelimited(message: hbase.pb.ClusterUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): hbase.pb.ClusterUp & hbase.pb.ClusterUp.$Shape;
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): hbase.pb.ClusterUp & hbase.pb.ClusterUp.$Shape;
            static fromObject(d: { [k: string]: any }): hbase.pb.ClusterUp;
            static toObject(m: hbase.pb.ClusterUp, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClusterUp {
            interface $Properties {
                startDate: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = hbase.pb.ClusterUp.$Properties;
        }
    }
}
