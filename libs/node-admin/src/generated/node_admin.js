/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $BigInt = $util.global.BigInt;

// Exported root namespace
var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.hbasecompat = (function() {

    /**
     * Namespace hbasecompat.
     * @exports hbasecompat
     * @namespace
     */
    var hbasecompat = {};

    hbasecompat.nodeadmin = (function() {

        /**
         * Namespace nodeadmin.
         * @memberof hbasecompat
         * @namespace
         */
        var nodeadmin = {};

        nodeadmin.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof hbasecompat.nodeadmin
             * @namespace
             */
            var v1 = {};

            v1.NodeAdmin = (function() {

                /**
                 * Constructs a new NodeAdmin service.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a NodeAdmin
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                var NodeAdmin = function(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                };

                $Object.defineProperty(NodeAdmin.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: NodeAdmin, writable: true, enumerable: false, configurable: true });

                /**
                 * Creates new NodeAdmin service using the specified rpc implementation.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.NodeAdmin
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {NodeAdmin} RPC service. Useful where requests and/or responses are streamed.
                 */
                NodeAdmin.create = function(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link hbasecompat.nodeadmin.v1.NodeAdmin#getStatus}.
                 * @memberof hbasecompat.nodeadmin.v1.NodeAdmin
                 * @typedef GetStatusCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {hbasecompat.nodeadmin.v1.NodeStatus} [response] NodeStatus
                 */

                /**
                 * Calls GetStatus.
                 * @memberof hbasecompat.nodeadmin.v1.NodeAdmin
                 * @typedef GetStatus
                 * @type {{
                 *   (request: hbasecompat.nodeadmin.v1.IGetStatusRequest, callback: hbasecompat.nodeadmin.v1.NodeAdmin.GetStatusCallback): void;
                 *   (request: hbasecompat.nodeadmin.v1.IGetStatusRequest): Promise<hbasecompat.nodeadmin.v1.NodeStatus>;
                 *   readonly name: "GetStatus";
                 *   readonly path: "/hbasecompat.nodeadmin.v1.NodeAdmin/GetStatus";
                 *   readonly requestType: "GetStatusRequest";
                 *   readonly responseType: "NodeStatus";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls GetStatus.
                 * @name hbasecompat.nodeadmin.v1.NodeAdmin#getStatus
                 * @type {hbasecompat.nodeadmin.v1.NodeAdmin.GetStatus}
                 */
                $Object.defineProperties(NodeAdmin.prototype.getStatus = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, NodeAdmin.prototype.getStatus, $root.hbasecompat.nodeadmin.v1.GetStatusRequest, $root.hbasecompat.nodeadmin.v1.NodeStatus, request, callback);
                }, {
                    name: { value: "GetStatus" },
                    path: { value: "/hbasecompat.nodeadmin.v1.NodeAdmin/GetStatus" },
                    requestType: { value: "GetStatusRequest" },
                    responseType: { value: "NodeStatus" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link hbasecompat.nodeadmin.v1.NodeAdmin#getMetrics}.
                 * @memberof hbasecompat.nodeadmin.v1.NodeAdmin
                 * @typedef GetMetricsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {hbasecompat.nodeadmin.v1.MetricsText} [response] MetricsText
                 */

                /**
                 * Calls GetMetrics.
                 * @memberof hbasecompat.nodeadmin.v1.NodeAdmin
                 * @typedef GetMetrics
                 * @type {{
                 *   (request: hbasecompat.nodeadmin.v1.IGetMetricsRequest, callback: hbasecompat.nodeadmin.v1.NodeAdmin.GetMetricsCallback): void;
                 *   (request: hbasecompat.nodeadmin.v1.IGetMetricsRequest): Promise<hbasecompat.nodeadmin.v1.MetricsText>;
                 *   readonly name: "GetMetrics";
                 *   readonly path: "/hbasecompat.nodeadmin.v1.NodeAdmin/GetMetrics";
                 *   readonly requestType: "GetMetricsRequest";
                 *   readonly responseType: "MetricsText";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls GetMetrics.
                 * @name hbasecompat.nodeadmin.v1.NodeAdmin#getMetrics
                 * @type {hbasecompat.nodeadmin.v1.NodeAdmin.GetMetrics}
                 */
                $Object.defineProperties(NodeAdmin.prototype.getMetrics = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, NodeAdmin.prototype.getMetrics, $root.hbasecompat.nodeadmin.v1.GetMetricsRequest, $root.hbasecompat.nodeadmin.v1.MetricsText, request, callback);
                }, {
                    name: { value: "GetMetrics" },
                    path: { value: "/hbasecompat.nodeadmin.v1.NodeAdmin/GetMetrics" },
                    requestType: { value: "GetMetricsRequest" },
                    responseType: { value: "MetricsText" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link hbasecompat.nodeadmin.v1.NodeAdmin#listTables}.
                 * @memberof hbasecompat.nodeadmin.v1.NodeAdmin
                 * @typedef ListTablesCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {hbasecompat.nodeadmin.v1.ListTablesResponse} [response] ListTablesResponse
                 */

                /**
                 * Calls ListTables.
                 * @memberof hbasecompat.nodeadmin.v1.NodeAdmin
                 * @typedef ListTables
                 * @type {{
                 *   (request: hbasecompat.nodeadmin.v1.IListTablesRequest, callback: hbasecompat.nodeadmin.v1.NodeAdmin.ListTablesCallback): void;
                 *   (request: hbasecompat.nodeadmin.v1.IListTablesRequest): Promise<hbasecompat.nodeadmin.v1.ListTablesResponse>;
                 *   readonly name: "ListTables";
                 *   readonly path: "/hbasecompat.nodeadmin.v1.NodeAdmin/ListTables";
                 *   readonly requestType: "ListTablesRequest";
                 *   readonly responseType: "ListTablesResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls ListTables.
                 * @name hbasecompat.nodeadmin.v1.NodeAdmin#listTables
                 * @type {hbasecompat.nodeadmin.v1.NodeAdmin.ListTables}
                 */
                $Object.defineProperties(NodeAdmin.prototype.listTables = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, NodeAdmin.prototype.listTables, $root.hbasecompat.nodeadmin.v1.ListTablesRequest, $root.hbasecompat.nodeadmin.v1.ListTablesResponse, request, callback);
                }, {
                    name: { value: "ListTables" },
                    path: { value: "/hbasecompat.nodeadmin.v1.NodeAdmin/ListTables" },
                    requestType: { value: "ListTablesRequest" },
                    responseType: { value: "ListTablesResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                /**
                 * Callback as used by {@link hbasecompat.nodeadmin.v1.NodeAdmin#drain}.
                 * @memberof hbasecompat.nodeadmin.v1.NodeAdmin
                 * @typedef DrainCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {hbasecompat.nodeadmin.v1.DrainResponse} [response] DrainResponse
                 */

                /**
                 * Calls Drain.
                 * @memberof hbasecompat.nodeadmin.v1.NodeAdmin
                 * @typedef Drain
                 * @type {{
                 *   (request: hbasecompat.nodeadmin.v1.IDrainRequest, callback: hbasecompat.nodeadmin.v1.NodeAdmin.DrainCallback): void;
                 *   (request: hbasecompat.nodeadmin.v1.IDrainRequest): Promise<hbasecompat.nodeadmin.v1.DrainResponse>;
                 *   readonly name: "Drain";
                 *   readonly path: "/hbasecompat.nodeadmin.v1.NodeAdmin/Drain";
                 *   readonly requestType: "DrainRequest";
                 *   readonly responseType: "DrainResponse";
                 *   readonly requestStream: undefined;
                 *   readonly responseStream: undefined;
                 * }}
                 */

                /**
                 * Calls Drain.
                 * @name hbasecompat.nodeadmin.v1.NodeAdmin#drain
                 * @type {hbasecompat.nodeadmin.v1.NodeAdmin.Drain}
                 */
                $Object.defineProperties(NodeAdmin.prototype.drain = function(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, NodeAdmin.prototype.drain, $root.hbasecompat.nodeadmin.v1.DrainRequest, $root.hbasecompat.nodeadmin.v1.DrainResponse, request, callback);
                }, {
                    name: { value: "Drain" },
                    path: { value: "/hbasecompat.nodeadmin.v1.NodeAdmin/Drain" },
                    requestType: { value: "DrainRequest" },
                    responseType: { value: "DrainResponse" },
                    requestStream: { value: $undefined },
                    responseStream: { value: $undefined }
                });

                return NodeAdmin;
            })();

            v1.GetStatusRequest = (function() {

                /**
                 * Properties of a GetStatusRequest.
                 * @typedef {Object} hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetStatusRequest.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @interface IGetStatusRequest
                 * @augments hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties
                 * @deprecated Use hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetStatusRequest.
                 * @typedef {hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties} hbasecompat.nodeadmin.v1.GetStatusRequest.$Shape
                 */

                /**
                 * Constructs a new GetStatusRequest.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a GetStatusRequest.
                 * @constructor
                 * @param {hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var GetStatusRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Creates a new GetStatusRequest instance using the specified properties.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.GetStatusRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties=} [properties] Properties to set
                 * @returns {hbasecompat.nodeadmin.v1.GetStatusRequest} GetStatusRequest instance
                 * @type {{
                 *   (properties: hbasecompat.nodeadmin.v1.GetStatusRequest.$Shape): hbasecompat.nodeadmin.v1.GetStatusRequest & hbasecompat.nodeadmin.v1.GetStatusRequest.$Shape;
                 *   (properties?: hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties): hbasecompat.nodeadmin.v1.GetStatusRequest;
                 * }}
                 */
                GetStatusRequest.create = function(properties) {
                    return new GetStatusRequest(properties);
                };

                /**
                 * Encodes the specified GetStatusRequest message. Does not implicitly {@link hbasecompat.nodeadmin.v1.GetStatusRequest.verify|verify} messages.
                 * @function encode
                 * @memberof hbasecompat.nodeadmin.v1.GetStatusRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties} m GetStatusRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetStatusRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified GetStatusRequest message, length delimited. Does not implicitly {@link hbasecompat.nodeadmin.v1.GetStatusRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.GetStatusRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.GetStatusRequest.$Properties} message GetStatusRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetStatusRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetStatusRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof hbasecompat.nodeadmin.v1.GetStatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {hbasecompat.nodeadmin.v1.GetStatusRequest & hbasecompat.nodeadmin.v1.GetStatusRequest.$Shape} GetStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetStatusRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.hbasecompat.nodeadmin.v1.GetStatusRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a GetStatusRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.GetStatusRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hbasecompat.nodeadmin.v1.GetStatusRequest & hbasecompat.nodeadmin.v1.GetStatusRequest.$Shape} GetStatusRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetStatusRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Creates a GetStatusRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hbasecompat.nodeadmin.v1.GetStatusRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {hbasecompat.nodeadmin.v1.GetStatusRequest} GetStatusRequest
                 */
                GetStatusRequest.fromObject = function (d, q) {
                    if (d instanceof $root.hbasecompat.nodeadmin.v1.GetStatusRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".hbasecompat.nodeadmin.v1.GetStatusRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hbasecompat.nodeadmin.v1.GetStatusRequest();
                };

                /**
                 * Creates a plain object from a GetStatusRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hbasecompat.nodeadmin.v1.GetStatusRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.GetStatusRequest} m GetStatusRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetStatusRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this GetStatusRequest to JSON.
                 * @function toJSON
                 * @memberof hbasecompat.nodeadmin.v1.GetStatusRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetStatusRequest.prototype.toJSON = function() {
                    return GetStatusRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetStatusRequest
                 * @function getTypeUrl
                 * @memberof hbasecompat.nodeadmin.v1.GetStatusRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetStatusRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hbasecompat.nodeadmin.v1.GetStatusRequest";
                };

                return GetStatusRequest;
            })();

            v1.NodeStatus = (function() {

                /**
                 * Properties of a NodeStatus.
                 * @typedef {Object} hbasecompat.nodeadmin.v1.NodeStatus.$Properties
                 * @property {string|null} [serverName] NodeStatus serverName
                 * @property {string|null} [host] NodeStatus host
                 * @property {number|null} [port] NodeStatus port
                 * @property {Long|null} [startCode] NodeStatus startCode
                 * @property {string|null} [state] NodeStatus state
                 * @property {string|null} [clusterId] NodeStatus clusterId
                 * @property {string|null} [storageEngine] NodeStatus storageEngine
                 * @property {boolean|null} [storageOk] NodeStatus storageOk
                 * @property {string|null} [storageError] NodeStatus storageError
                 * @property {boolean|null} [zookeeperConfigured] NodeStatus zookeeperConfigured
                 * @property {string|null} [zookeeperState] NodeStatus zookeeperState
                 * @property {boolean|null} [activeMaster] NodeStatus activeMaster
                 * @property {number|null} [openConnections] NodeStatus openConnections
                 * @property {number|null} [inflightCalls] NodeStatus inflightCalls
                 * @property {number|null} [openScanners] NodeStatus openScanners
                 * @property {Array.<string>|null} [liveServers] NodeStatus liveServers
                 * @property {string|null} [version] NodeStatus version
                 * @property {Long|null} [uptimeMs] NodeStatus uptimeMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a NodeStatus.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @interface INodeStatus
                 * @augments hbasecompat.nodeadmin.v1.NodeStatus.$Properties
                 * @deprecated Use hbasecompat.nodeadmin.v1.NodeStatus.$Properties instead.
                 */

                /**
                 * Shape of a NodeStatus.
                 * @typedef {hbasecompat.nodeadmin.v1.NodeStatus.$Properties} hbasecompat.nodeadmin.v1.NodeStatus.$Shape
                 */

                /**
                 * Constructs a new NodeStatus.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a NodeStatus.
                 * @constructor
                 * @param {hbasecompat.nodeadmin.v1.NodeStatus.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var NodeStatus = function (p) {
                    this.liveServers = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * NodeStatus serverName.
                 * @member {string} serverName
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.serverName = "";

                /**
                 * NodeStatus host.
                 * @member {string} host
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.host = "";

                /**
                 * NodeStatus port.
                 * @member {number} port
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.port = 0;

                /**
                 * NodeStatus startCode.
                 * @member {Long} startCode
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.startCode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * NodeStatus state.
                 * @member {string} state
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.state = "";

                /**
                 * NodeStatus clusterId.
                 * @member {string} clusterId
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.clusterId = "";

                /**
                 * NodeStatus storageEngine.
                 * @member {string} storageEngine
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.storageEngine = "";

                /**
                 * NodeStatus storageOk.
                 * @member {boolean} storageOk
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.storageOk = false;

                /**
                 * NodeStatus storageError.
                 * @member {string} storageError
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.storageError = "";

                /**
                 * NodeStatus zookeeperConfigured.
                 * @member {boolean} zookeeperConfigured
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.zookeeperConfigured = false;

                /**
                 * NodeStatus zookeeperState.
                 * @member {string} zookeeperState
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.zookeeperState = "";

                /**
                 * NodeStatus activeMaster.
                 * @member {boolean} activeMaster
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.activeMaster = false;

                /**
                 * NodeStatus openConnections.
                 * @member {number} openConnections
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.openConnections = 0;

                /**
                 * NodeStatus inflightCalls.
                 * @member {number} inflightCalls
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.inflightCalls = 0;

                /**
                 * NodeStatus openScanners.
                 * @member {number} openScanners
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.openScanners = 0;

                /**
                 * NodeStatus liveServers.
                 * @member {Array.<string>} liveServers
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.liveServers = $util.emptyArray;

                /**
                 * NodeStatus version.
                 * @member {string} version
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.version = "";

                /**
                 * NodeStatus uptimeMs.
                 * @member {Long} uptimeMs
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 */
                NodeStatus.prototype.uptimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new NodeStatus instance using the specified properties.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.NodeStatus.$Properties=} [properties] Properties to set
                 * @returns {hbasecompat.nodeadmin.v1.NodeStatus} NodeStatus instance
                 * @type {{
                 *   (properties: hbasecompat.nodeadmin.v1.NodeStatus.$Shape): hbasecompat.nodeadmin.v1.NodeStatus & hbasecompat.nodeadmin.v1.NodeStatus.$Shape;
                 *   (properties?: hbasecompat.nodeadmin.v1.NodeStatus.$Properties): hbasecompat.nodeadmin.v1.NodeStatus;
                 * }}
                 */
                NodeStatus.create = function(properties) {
                    return new NodeStatus(properties);
                };

                /**
                 * Encodes the specified NodeStatus message. Does not implicitly {@link hbasecompat.nodeadmin.v1.NodeStatus.verify|verify} messages.
                 * @function encode
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.NodeStatus.$Properties} m NodeStatus message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NodeStatus.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.serverName != null && $Object.hasOwnProperty.call(m, "serverName") && m.serverName !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.serverName);
                    if (m.host != null && $Object.hasOwnProperty.call(m, "host") && m.host !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.host);
                    if (m.port != null && $Object.hasOwnProperty.call(m, "port") && m.port !== 0)
                        w.uint32(/* id 3, wireType 0 =*/24).uint32(m.port);
                    if (m.startCode != null && $Object.hasOwnProperty.call(m, "startCode") && (typeof m.startCode === "object" ? m.startCode.low || m.startCode.high : m.startCode !== 0))
                        w.uint32(/* id 4, wireType 0 =*/32).uint64(m.startCode);
                    if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.state);
                    if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.clusterId);
                    if (m.storageEngine != null && $Object.hasOwnProperty.call(m, "storageEngine") && m.storageEngine !== "")
                        w.uint32(/* id 7, wireType 2 =*/58).string(m.storageEngine);
                    if (m.storageOk != null && $Object.hasOwnProperty.call(m, "storageOk") && m.storageOk !== false)
                        w.uint32(/* id 8, wireType 0 =*/64).bool(m.storageOk);
                    if (m.storageError != null && $Object.hasOwnProperty.call(m, "storageError") && m.storageError !== "")
                        w.uint32(/* id 9, wireType 2 =*/74).string(m.storageError);
                    if (m.zookeeperConfigured != null && $Object.hasOwnProperty.call(m, "zookeeperConfigured") && m.zookeeperConfigured !== false)
                        w.uint32(/* id 10, wireType 0 =*/80).bool(m.zookeeperConfigured);
                    if (m.zookeeperState != null && $Object.hasOwnProperty.call(m, "zookeeperState") && m.zookeeperState !== "")
                        w.uint32(/* id 11, wireType 2 =*/90).string(m.zookeeperState);
                    if (m.activeMaster != null && $Object.hasOwnProperty.call(m, "activeMaster") && m.activeMaster !== false)
                        w.uint32(/* id 12, wireType 0 =*/96).bool(m.activeMaster);
                    if (m.openConnections != null && $Object.hasOwnProperty.call(m, "openConnections") && m.openConnections !== 0)
                        w.uint32(/* id 13, wireType 0 =*/104).uint32(m.openConnections);
                    if (m.inflightCalls != null && $Object.hasOwnProperty.call(m, "inflightCalls") && m.inflightCalls !== 0)
                        w.uint32(/* id 14, wireType 0 =*/112).uint32(m.inflightCalls);
                    if (m.openScanners != null && $Object.hasOwnProperty.call(m, "openScanners") && m.openScanners !== 0)
                        w.uint32(/* id 15, wireType 0 =*/120).uint32(m.openScanners);
                    if (m.liveServers != null && m.liveServers.length) {
                        for (var i = 0; i < m.liveServers.length; ++i)
                            w.uint32(/* id 16, wireType 2 =*/130).string(m.liveServers[i]);
                    }
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== "")
                        w.uint32(/* id 17, wireType 2 =*/138).string(m.version);
                    if (m.uptimeMs != null && $Object.hasOwnProperty.call(m, "uptimeMs") && (typeof m.uptimeMs === "object" ? m.uptimeMs.low || m.uptimeMs.high : m.uptimeMs !== 0))
                        w.uint32(/* id 18, wireType 0 =*/144).uint64(m.uptimeMs);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified NodeStatus message, length delimited. Does not implicitly {@link hbasecompat.nodeadmin.v1.NodeStatus.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.NodeStatus.$Properties} message NodeStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                NodeStatus.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a NodeStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {hbasecompat.nodeadmin.v1.NodeStatus & hbasecompat.nodeadmin.v1.NodeStatus.$Shape} NodeStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NodeStatus.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.hbasecompat.nodeadmin.v1.NodeStatus();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.serverName = v;
                                else
                                    delete m.serverName;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.host = v;
                                else
                                    delete m.host;
                                continue;
                            }
                        case 3: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.port = v;
                                else
                                    delete m.port;
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.startCode = v;
                                else
                                    delete m.startCode;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.state = v;
                                else
                                    delete m.state;
                                continue;
                            }
                        case 6: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.clusterId = v;
                                else
                                    delete m.clusterId;
                                continue;
                            }
                        case 7: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.storageEngine = v;
                                else
                                    delete m.storageEngine;
                                continue;
                            }
                        case 8: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.storageOk = v;
                                else
                                    delete m.storageOk;
                                continue;
                            }
                        case 9: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.storageError = v;
                                else
                                    delete m.storageError;
                                continue;
                            }
                        case 10: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.zookeeperConfigured = v;
                                else
                                    delete m.zookeeperConfigured;
                                continue;
                            }
                        case 11: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.zookeeperState = v;
                                else
                                    delete m.zookeeperState;
                                continue;
                            }
                        case 12: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.activeMaster = v;
                                else
                                    delete m.activeMaster;
                                continue;
                            }
                        case 13: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.openConnections = v;
                                else
                                    delete m.openConnections;
                                continue;
                            }
                        case 14: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.inflightCalls = v;
                                else
                                    delete m.inflightCalls;
                                continue;
                            }
                        case 15: {
                                if (u !== 0)
                                    break;
                                if (v = r.uint32())
                                    m.openScanners = v;
                                else
                                    delete m.openScanners;
                                continue;
                            }
                        case 16: {
                                if (u !== 2)
                                    break;
                                if (!(m.liveServers && m.liveServers.length))
                                    m.liveServers = [];
                                m.liveServers.push(r.stringVerify());
                                continue;
                            }
                        case 17: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.version = v;
                                else
                                    delete m.version;
                                continue;
                            }
                        case 18: {
                                if (u !== 0)
                                    break;
                                if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                    m.uptimeMs = v;
                                else
                                    delete m.uptimeMs;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a NodeStatus message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hbasecompat.nodeadmin.v1.NodeStatus & hbasecompat.nodeadmin.v1.NodeStatus.$Shape} NodeStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                NodeStatus.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Creates a NodeStatus message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {hbasecompat.nodeadmin.v1.NodeStatus} NodeStatus
                 */
                NodeStatus.fromObject = function (d, q) {
                    if (d instanceof $root.hbasecompat.nodeadmin.v1.NodeStatus)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".hbasecompat.nodeadmin.v1.NodeStatus: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.hbasecompat.nodeadmin.v1.NodeStatus();
                    if (d.serverName != null) {
                        if (typeof d.serverName !== "string" || d.serverName.length) {
                            m.serverName = $String(d.serverName);
                        }
                    }
                    if (d.host != null) {
                        if (typeof d.host !== "string" || d.host.length) {
                            m.host = $String(d.host);
                        }
                    }
                    if (d.port != null) {
                        if ($Number(d.port) !== 0) {
                            m.port = d.port >>> 0;
                        }
                    }
                    if (d.startCode != null) {
                        if (typeof d.startCode === "object" ? d.startCode.low || d.startCode.high : $Number(d.startCode) !== 0) {
                            if ($util.Long)
                                m.startCode = $util.Long.fromValue(d.startCode, true);
                            else if (typeof d.startCode === "string")
                                m.startCode = $parseInt(d.startCode, 10);
                            else if (typeof d.startCode === "number")
                                m.startCode = d.startCode;
                            else if (typeof d.startCode === "object")
                                m.startCode = new $util.LongBits(d.startCode.low >>> 0, d.startCode.high >>> 0).toNumber(true);
                        }
                    }
                    if (d.state != null) {
                        if (typeof d.state !== "string" || d.state.length) {
                            m.state = $String(d.state);
                        }
                    }
                    if (d.clusterId != null) {
                        if (typeof d.clusterId !== "string" || d.clusterId.length) {
                            m.clusterId = $String(d.clusterId);
                        }
                    }
                    if (d.storageEngine != null) {
                        if (typeof d.storageEngine !== "string" || d.storageEngine.length) {
                            m.storageEngine = $String(d.storageEngine);
                        }
                    }
                    if (d.storageOk != null) {
                        if (d.storageOk) {
                            m.storageOk = $Boolean(d.storageOk);
                        }
                    }
                    if (d.storageError != null) {
                        if (typeof d.storageError !== "string" || d.storageError.length) {
                            m.storageError = $String(d.storageError);
                        }
                    }
                    if (d.zookeeperConfigured != null) {
                        if (d.zookeeperConfigured) {
                            m.zookeeperConfigured = $Boolean(d.zookeeperConfigured);
                        }
                    }
                    if (d.zookeeperState != null) {
                        if (typeof d.zookeeperState !== "string" || d.zookeeperState.length) {
                            m.zookeeperState = $String(d.zookeeperState);
                        }
                    }
                    if (d.activeMaster != null) {
                        if (d.activeMaster) {
                            m.activeMaster = $Boolean(d.activeMaster);
                        }
                    }
                    if (d.openConnections != null) {
                        if ($Number(d.openConnections) !== 0) {
                            m.openConnections = d.openConnections >>> 0;
                        }
                    }
                    if (d.inflightCalls != null) {
                        if ($Number(d.inflightCalls) !== 0) {
                            m.inflightCalls = d.inflightCalls >>> 0;
                        }
                    }
                    if (d.openScanners != null) {
                        if ($Number(d.openScanners) !== 0) {
                            m.openScanners = d.openScanners >>> 0;
                        }
                    }
                    if (d.liveServers) {
                        if (!$Array.isArray(d.liveServers))
                            throw $TypeError(".hbasecompat.nodeadmin.v1.NodeStatus.liveServers: array expected");
                        m.liveServers = $Array(d.liveServers.length);
                        for (var i = 0; i < d.liveServers.length; ++i) {
                            m.liveServers[i] = $String(d.liveServers[i]);
                        }
                    }
                    if (d.version != null) {
                        if (typeof d.version !== "string" || d.version.length) {
                            m.version = $String(d.version);
                        }
                    }
                    if (d.uptimeMs != null) {
                        if (typeof d.uptimeMs === "object" ? d.uptimeMs.low || d.uptimeMs.high : $Number(d.uptimeMs) !== 0) {
                            if ($util.Long)
                                m.uptimeMs = $util.Long.fromValue(d.uptimeMs, true);
                            else if (typeof d.uptimeMs === "string")
                                m.uptimeMs = $parseInt(d.uptimeMs, 10);
                            else if (typeof d.uptimeMs === "number")
                                m.uptimeMs = d.uptimeMs;
                            else if (typeof d.uptimeMs === "object")
                                m.uptimeMs = new $util.LongBits(d.uptimeMs.low >>> 0, d.uptimeMs.high >>> 0).toNumber(true);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a NodeStatus message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.NodeStatus} m NodeStatus
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                NodeStatus.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.liveServers = [];
                    }
                    if (o.defaults) {
                        d.serverName = "";
                        d.host = "";
                        d.port = 0;
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.startCode = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.startCode = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                        d.state = "";
                        d.clusterId = "";
                        d.storageEngine = "";
                        d.storageOk = false;
                        d.storageError = "";
                        d.zookeeperConfigured = false;
                        d.zookeeperState = "";
                        d.activeMaster = false;
                        d.openConnections = 0;
                        d.inflightCalls = 0;
                        d.openScanners = 0;
                        d.version = "";
                        if ($util.Long) {
                            var n = new $util.Long(0, 0, true);
                            d.uptimeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                        } else
                            d.uptimeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    }
                    if (m.serverName != null && $Object.hasOwnProperty.call(m, "serverName")) {
                        d.serverName = m.serverName;
                    }
                    if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                        d.host = m.host;
                    }
                    if (m.port != null && $Object.hasOwnProperty.call(m, "port")) {
                        d.port = m.port;
                    }
                    if (m.startCode != null && $Object.hasOwnProperty.call(m, "startCode")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.startCode = typeof m.startCode === "number" ? $BigInt(m.startCode) : $util.Long.fromBits(m.startCode.low >>> 0, m.startCode.high >>> 0, true).toBigInt();
                        else if (typeof m.startCode === "number")
                            d.startCode = o.longs === $String ? $String(m.startCode) : m.startCode;
                        else
                            d.startCode = o.longs === $String ? $util.Long.prototype.toString.call(m.startCode) : o.longs === $Number ? new $util.LongBits(m.startCode.low >>> 0, m.startCode.high >>> 0).toNumber(true) : m.startCode;
                    }
                    if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                        d.state = m.state;
                    }
                    if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                        d.clusterId = m.clusterId;
                    }
                    if (m.storageEngine != null && $Object.hasOwnProperty.call(m, "storageEngine")) {
                        d.storageEngine = m.storageEngine;
                    }
                    if (m.storageOk != null && $Object.hasOwnProperty.call(m, "storageOk")) {
                        d.storageOk = m.storageOk;
                    }
                    if (m.storageError != null && $Object.hasOwnProperty.call(m, "storageError")) {
                        d.storageError = m.storageError;
                    }
                    if (m.zookeeperConfigured != null && $Object.hasOwnProperty.call(m, "zookeeperConfigured")) {
                        d.zookeeperConfigured = m.zookeeperConfigured;
                    }
                    if (m.zookeeperState != null && $Object.hasOwnProperty.call(m, "zookeeperState")) {
                        d.zookeeperState = m.zookeeperState;
                    }
                    if (m.activeMaster != null && $Object.hasOwnProperty.call(m, "activeMaster")) {
                        d.activeMaster = m.activeMaster;
                    }
                    if (m.openConnections != null && $Object.hasOwnProperty.call(m, "openConnections")) {
                        d.openConnections = m.openConnections;
                    }
                    if (m.inflightCalls != null && $Object.hasOwnProperty.call(m, "inflightCalls")) {
                        d.inflightCalls = m.inflightCalls;
                    }
                    if (m.openScanners != null && $Object.hasOwnProperty.call(m, "openScanners")) {
                        d.openScanners = m.openScanners;
                    }
                    if (m.liveServers && m.liveServers.length) {
                        d.liveServers = $Array(m.liveServers.length);
                        for (var j = 0; j < m.liveServers.length; ++j) {
                            d.liveServers[j] = m.liveServers[j];
                        }
                    }
                    if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                        d.version = m.version;
                    }
                    if (m.uptimeMs != null && $Object.hasOwnProperty.call(m, "uptimeMs")) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.uptimeMs = typeof m.uptimeMs === "number" ? $BigInt(m.uptimeMs) : $util.Long.fromBits(m.uptimeMs.low >>> 0, m.uptimeMs.high >>> 0, true).toBigInt();
                        else if (typeof m.uptimeMs === "number")
                            d.uptimeMs = o.longs === $String ? $String(m.uptimeMs) : m.uptimeMs;
                        else
                            d.uptimeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.uptimeMs) : o.longs === $Number ? new $util.LongBits(m.uptimeMs.low >>> 0, m.uptimeMs.high >>> 0).toNumber(true) : m.uptimeMs;
                    }
                    return d;
                };

                /**
                 * Converts this NodeStatus to JSON.
                 * @function toJSON
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                NodeStatus.prototype.toJSON = function() {
                    return NodeStatus.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for NodeStatus
                 * @function getTypeUrl
                 * @memberof hbasecompat.nodeadmin.v1.NodeStatus
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                NodeStatus.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hbasecompat.nodeadmin.v1.NodeStatus";
                };

                return NodeStatus;
            })();

            v1.GetMetricsRequest = (function() {

                /**
                 * Properties of a GetMetricsRequest.
                 * @typedef {Object} hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GetMetricsRequest.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @interface IGetMetricsRequest
                 * @augments hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties
                 * @deprecated Use hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties instead.
                 */

                /**
                 * Shape of a GetMetricsRequest.
                 * @typedef {hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties} hbasecompat.nodeadmin.v1.GetMetricsRequest.$Shape
                 */

                /**
                 * Constructs a new GetMetricsRequest.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a GetMetricsRequest.
                 * @constructor
                 * @param {hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var GetMetricsRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Creates a new GetMetricsRequest instance using the specified properties.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.GetMetricsRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties=} [properties] Properties to set
                 * @returns {hbasecompat.nodeadmin.v1.GetMetricsRequest} GetMetricsRequest instance
                 * @type {{
                 *   (properties: hbasecompat.nodeadmin.v1.GetMetricsRequest.$Shape): hbasecompat.nodeadmin.v1.GetMetricsRequest & hbasecompat.nodeadmin.v1.GetMetricsRequest.$Shape;
                 *   (properties?: hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties): hbasecompat.nodeadmin.v1.GetMetricsRequest;
                 * }}
                 */
                GetMetricsRequest.create = function(properties) {
                    return new GetMetricsRequest(properties);
                };

                /**
                 * Encodes the specified GetMetricsRequest message. Does not implicitly {@link hbasecompat.nodeadmin.v1.GetMetricsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof hbasecompat.nodeadmin.v1.GetMetricsRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties} m GetMetricsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetMetricsRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified GetMetricsRequest message, length delimited. Does not implicitly {@link hbasecompat.nodeadmin.v1.GetMetricsRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.GetMetricsRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.GetMetricsRequest.$Properties} message GetMetricsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GetMetricsRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a GetMetricsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof hbasecompat.nodeadmin.v1.GetMetricsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {hbasecompat.nodeadmin.v1.GetMetricsRequest & hbasecompat.nodeadmin.v1.GetMetricsRequest.$Shape} GetMetricsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetMetricsRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.hbasecompat.nodeadmin.v1.GetMetricsRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a GetMetricsRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.GetMetricsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hbasecompat.nodeadmin.v1.GetMetricsRequest & hbasecompat.nodeadmin.v1.GetMetricsRequest.$Shape} GetMetricsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GetMetricsRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Creates a GetMetricsRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hbasecompat.nodeadmin.v1.GetMetricsRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {hbasecompat.nodeadmin.v1.GetMetricsRequest} GetMetricsRequest
                 */
                GetMetricsRequest.fromObject = function (d, q) {
                    if (d instanceof $root.hbasecompat.nodeadmin.v1.GetMetricsRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".hbasecompat.nodeadmin.v1.GetMetricsRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hbasecompat.nodeadmin.v1.GetMetricsRequest();
                };

                /**
                 * Creates a plain object from a GetMetricsRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hbasecompat.nodeadmin.v1.GetMetricsRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.GetMetricsRequest} m GetMetricsRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                GetMetricsRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this GetMetricsRequest to JSON.
                 * @function toJSON
                 * @memberof hbasecompat.nodeadmin.v1.GetMetricsRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                GetMetricsRequest.prototype.toJSON = function() {
                    return GetMetricsRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for GetMetricsRequest
                 * @function getTypeUrl
                 * @memberof hbasecompat.nodeadmin.v1.GetMetricsRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GetMetricsRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hbasecompat.nodeadmin.v1.GetMetricsRequest";
                };

                return GetMetricsRequest;
            })();

            v1.MetricsText = (function() {

                /**
                 * Properties of a MetricsText.
                 * @typedef {Object} hbasecompat.nodeadmin.v1.MetricsText.$Properties
                 * @property {string|null} [contentType] MetricsText contentType
                 * @property {string|null} [text] MetricsText text
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MetricsText.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @interface IMetricsText
                 * @augments hbasecompat.nodeadmin.v1.MetricsText.$Properties
                 * @deprecated Use hbasecompat.nodeadmin.v1.MetricsText.$Properties instead.
                 */

                /**
                 * Shape of a MetricsText.
                 * @typedef {hbasecompat.nodeadmin.v1.MetricsText.$Properties} hbasecompat.nodeadmin.v1.MetricsText.$Shape
                 */

                /**
                 * Constructs a new MetricsText.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a MetricsText.
                 * @constructor
                 * @param {hbasecompat.nodeadmin.v1.MetricsText.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var MetricsText = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * MetricsText contentType.
                 * @member {string} contentType
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @instance
                 */
                MetricsText.prototype.contentType = "";

                /**
                 * MetricsText text.
                 * @member {string} text
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @instance
                 */
                MetricsText.prototype.text = "";

                /**
                 * Creates a new MetricsText instance using the specified properties.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.MetricsText.$Properties=} [properties] Properties to set
                 * @returns {hbasecompat.nodeadmin.v1.MetricsText} MetricsText instance
                 * @type {{
                 *   (properties: hbasecompat.nodeadmin.v1.MetricsText.$Shape): hbasecompat.nodeadmin.v1.MetricsText & hbasecompat.nodeadmin.v1.MetricsText.$Shape;
                 *   (properties?: hbasecompat.nodeadmin.v1.MetricsText.$Properties): hbasecompat.nodeadmin.v1.MetricsText;
                 * }}
                 */
                MetricsText.create = function(properties) {
                    return new MetricsText(properties);
                };

                /**
                 * Encodes the specified MetricsText message. Does not implicitly {@link hbasecompat.nodeadmin.v1.MetricsText.verify|verify} messages.
                 * @function encode
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.MetricsText.$Properties} m MetricsText message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MetricsText.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.contentType != null && $Object.hasOwnProperty.call(m, "contentType") && m.contentType !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.contentType);
                    if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.text);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified MetricsText message, length delimited. Does not implicitly {@link hbasecompat.nodeadmin.v1.MetricsText.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.MetricsText.$Properties} message MetricsText message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MetricsText.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a MetricsText message from the specified reader or buffer.
                 * @function decode
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {hbasecompat.nodeadmin.v1.MetricsText & hbasecompat.nodeadmin.v1.MetricsText.$Shape} MetricsText
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MetricsText.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.hbasecompat.nodeadmin.v1.MetricsText();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.contentType = v;
                                else
                                    delete m.contentType;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.text = v;
                                else
                                    delete m.text;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a MetricsText message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hbasecompat.nodeadmin.v1.MetricsText & hbasecompat.nodeadmin.v1.MetricsText.$Shape} MetricsText
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MetricsText.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Creates a MetricsText message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {hbasecompat.nodeadmin.v1.MetricsText} MetricsText
                 */
                MetricsText.fromObject = function (d, q) {
                    if (d instanceof $root.hbasecompat.nodeadmin.v1.MetricsText)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".hbasecompat.nodeadmin.v1.MetricsText: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.hbasecompat.nodeadmin.v1.MetricsText();
                    if (d.contentType != null) {
                        if (typeof d.contentType !== "string" || d.contentType.length) {
                            m.contentType = $String(d.contentType);
                        }
                    }
                    if (d.text != null) {
                        if (typeof d.text !== "string" || d.text.length) {
                            m.text = $String(d.text);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a MetricsText message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.MetricsText} m MetricsText
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                MetricsText.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.contentType = "";
                        d.text = "";
                    }
                    if (m.contentType != null && $Object.hasOwnProperty.call(m, "contentType")) {
                        d.contentType = m.contentType;
                    }
                    if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                        d.text = m.text;
                    }
                    return d;
                };

                /**
                 * Converts this MetricsText to JSON.
                 * @function toJSON
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                MetricsText.prototype.toJSON = function() {
                    return MetricsText.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for MetricsText
                 * @function getTypeUrl
                 * @memberof hbasecompat.nodeadmin.v1.MetricsText
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                MetricsText.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hbasecompat.nodeadmin.v1.MetricsText";
                };

                return MetricsText;
            })();

            v1.ListTablesRequest = (function() {

                /**
                 * Properties of a ListTablesRequest.
                 * @typedef {Object} hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListTablesRequest.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @interface IListTablesRequest
                 * @augments hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties
                 * @deprecated Use hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties instead.
                 */

                /**
                 * Shape of a ListTablesRequest.
                 * @typedef {hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties} hbasecompat.nodeadmin.v1.ListTablesRequest.$Shape
                 */

                /**
                 * Constructs a new ListTablesRequest.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a ListTablesRequest.
                 * @constructor
                 * @param {hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ListTablesRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * Creates a new ListTablesRequest instance using the specified properties.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties=} [properties] Properties to set
                 * @returns {hbasecompat.nodeadmin.v1.ListTablesRequest} ListTablesRequest instance
                 * @type {{
                 *   (properties: hbasecompat.nodeadmin.v1.ListTablesRequest.$Shape): hbasecompat.nodeadmin.v1.ListTablesRequest & hbasecompat.nodeadmin.v1.ListTablesRequest.$Shape;
                 *   (properties?: hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties): hbasecompat.nodeadmin.v1.ListTablesRequest;
                 * }}
                 */
                ListTablesRequest.create = function(properties) {
                    return new ListTablesRequest(properties);
                };

                /**
                 * Encodes the specified ListTablesRequest message. Does not implicitly {@link hbasecompat.nodeadmin.v1.ListTablesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties} m ListTablesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListTablesRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ListTablesRequest message, length delimited. Does not implicitly {@link hbasecompat.nodeadmin.v1.ListTablesRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.ListTablesRequest.$Properties} message ListTablesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListTablesRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ListTablesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {hbasecompat.nodeadmin.v1.ListTablesRequest & hbasecompat.nodeadmin.v1.ListTablesRequest.$Shape} ListTablesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListTablesRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.hbasecompat.nodeadmin.v1.ListTablesRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        r.skipType(t & 7, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a ListTablesRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hbasecompat.nodeadmin.v1.ListTablesRequest & hbasecompat.nodeadmin.v1.ListTablesRequest.$Shape} ListTablesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListTablesRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Creates a ListTablesRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {hbasecompat.nodeadmin.v1.ListTablesRequest} ListTablesRequest
                 */
                ListTablesRequest.fromObject = function (d, q) {
                    if (d instanceof $root.hbasecompat.nodeadmin.v1.ListTablesRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".hbasecompat.nodeadmin.v1.ListTablesRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    return new $root.hbasecompat.nodeadmin.v1.ListTablesRequest();
                };

                /**
                 * Creates a plain object from a ListTablesRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.ListTablesRequest} m ListTablesRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListTablesRequest.toObject = function () {
                    return {};
                };

                /**
                 * Converts this ListTablesRequest to JSON.
                 * @function toJSON
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListTablesRequest.prototype.toJSON = function() {
                    return ListTablesRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListTablesRequest
                 * @function getTypeUrl
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListTablesRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hbasecompat.nodeadmin.v1.ListTablesRequest";
                };

                return ListTablesRequest;
            })();

            v1.RegionEntry = (function() {

                /**
                 * Properties of a RegionEntry.
                 * @typedef {Object} hbasecompat.nodeadmin.v1.RegionEntry.$Properties
                 * @property {string|null} [name] RegionEntry name
                 * @property {string|null} [encodedName] RegionEntry encodedName
                 * @property {Uint8Array|null} [startKey] RegionEntry startKey
                 * @property {Uint8Array|null} [endKey] RegionEntry endKey
                 * @property {string|null} [server] RegionEntry server
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RegionEntry.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @interface IRegionEntry
                 * @augments hbasecompat.nodeadmin.v1.RegionEntry.$Properties
                 * @deprecated Use hbasecompat.nodeadmin.v1.RegionEntry.$Properties instead.
                 */

                /**
                 * Shape of a RegionEntry.
                 * @typedef {hbasecompat.nodeadmin.v1.RegionEntry.$Properties} hbasecompat.nodeadmin.v1.RegionEntry.$Shape
                 */

                /**
                 * Constructs a new RegionEntry.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a RegionEntry.
                 * @constructor
                 * @param {hbasecompat.nodeadmin.v1.RegionEntry.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var RegionEntry = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * RegionEntry name.
                 * @member {string} name
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @instance
                 */
                RegionEntry.prototype.name = "";

                /**
                 * RegionEntry encodedName.
                 * @member {string} encodedName
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @instance
                 */
                RegionEntry.prototype.encodedName = "";

                /**
                 * RegionEntry startKey.
                 * @member {Uint8Array} startKey
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @instance
                 */
                RegionEntry.prototype.startKey = $util.newBuffer([]);

                /**
                 * RegionEntry endKey.
                 * @member {Uint8Array} endKey
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @instance
                 */
                RegionEntry.prototype.endKey = $util.newBuffer([]);

                /**
                 * RegionEntry server.
                 * @member {string} server
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @instance
                 */
                RegionEntry.prototype.server = "";

                /**
                 * Creates a new RegionEntry instance using the specified properties.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.RegionEntry.$Properties=} [properties] Properties to set
                 * @returns {hbasecompat.nodeadmin.v1.RegionEntry} RegionEntry instance
                 * @type {{
                 *   (properties: hbasecompat.nodeadmin.v1.RegionEntry.$Shape): hbasecompat.nodeadmin.v1.RegionEntry & hbasecompat.nodeadmin.v1.RegionEntry.$Shape;
                 *   (properties?: hbasecompat.nodeadmin.v1.RegionEntry.$Properties): hbasecompat.nodeadmin.v1.RegionEntry;
                 * }}
                 */
                RegionEntry.create = function(properties) {
                    return new RegionEntry(properties);
                };

                /**
                 * Encodes the specified RegionEntry message. Does not implicitly {@link hbasecompat.nodeadmin.v1.RegionEntry.verify|verify} messages.
                 * @function encode
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.RegionEntry.$Properties} m RegionEntry message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RegionEntry.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                    if (m.encodedName != null && $Object.hasOwnProperty.call(m, "encodedName") && m.encodedName !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.encodedName);
                    if (m.startKey != null && $Object.hasOwnProperty.call(m, "startKey") && m.startKey.length)
                        w.uint32(/* id 3, wireType 2 =*/26).bytes(m.startKey);
                    if (m.endKey != null && $Object.hasOwnProperty.call(m, "endKey") && m.endKey.length)
                        w.uint32(/* id 4, wireType 2 =*/34).bytes(m.endKey);
                    if (m.server != null && $Object.hasOwnProperty.call(m, "server") && m.server !== "")
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.server);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified RegionEntry message, length delimited. Does not implicitly {@link hbasecompat.nodeadmin.v1.RegionEntry.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.RegionEntry.$Properties} message RegionEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RegionEntry.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a RegionEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {hbasecompat.nodeadmin.v1.RegionEntry & hbasecompat.nodeadmin.v1.RegionEntry.$Shape} RegionEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RegionEntry.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.hbasecompat.nodeadmin.v1.RegionEntry();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.encodedName = v;
                                else
                                    delete m.encodedName;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.startKey = v;
                                else
                                    delete m.startKey;
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if ((v = r.bytes()).length)
                                    m.endKey = v;
                                else
                                    delete m.endKey;
                                continue;
                            }
                        case 5: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.server = v;
                                else
                                    delete m.server;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a RegionEntry message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hbasecompat.nodeadmin.v1.RegionEntry & hbasecompat.nodeadmin.v1.RegionEntry.$Shape} RegionEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RegionEntry.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Creates a RegionEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {hbasecompat.nodeadmin.v1.RegionEntry} RegionEntry
                 */
                RegionEntry.fromObject = function (d, q) {
                    if (d instanceof $root.hbasecompat.nodeadmin.v1.RegionEntry)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".hbasecompat.nodeadmin.v1.RegionEntry: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.hbasecompat.nodeadmin.v1.RegionEntry();
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.encodedName != null) {
                        if (typeof d.encodedName !== "string" || d.encodedName.length) {
                            m.encodedName = $String(d.encodedName);
                        }
                    }
                    if (d.startKey != null) {
                        if (d.startKey.length) {
                            if (typeof d.startKey === "string")
                                $util.base64.decode(d.startKey, m.startKey = $util.newBuffer($util.base64.length(d.startKey)), 0);
                            else if (d.startKey.length >= 0)
                                m.startKey = d.startKey;
                        }
                    }
                    if (d.endKey != null) {
                        if (d.endKey.length) {
                            if (typeof d.endKey === "string")
                                $util.base64.decode(d.endKey, m.endKey = $util.newBuffer($util.base64.length(d.endKey)), 0);
                            else if (d.endKey.length >= 0)
                                m.endKey = d.endKey;
                        }
                    }
                    if (d.server != null) {
                        if (typeof d.server !== "string" || d.server.length) {
                            m.server = $String(d.server);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a RegionEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.RegionEntry} m RegionEntry
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                RegionEntry.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.name = "";
                        d.encodedName = "";
                        if (o.bytes === $String)
                            d.startKey = "";
                        else {
                            d.startKey = [];
                            if (o.bytes !== $Array)
                                d.startKey = $util.newBuffer(d.startKey);
                        }
                        if (o.bytes === $String)
                            d.endKey = "";
                        else {
                            d.endKey = [];
                            if (o.bytes !== $Array)
                                d.endKey = $util.newBuffer(d.endKey);
                        }
                        d.server = "";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.encodedName != null && $Object.hasOwnProperty.call(m, "encodedName")) {
                        d.encodedName = m.encodedName;
                    }
                    if (m.startKey != null && $Object.hasOwnProperty.call(m, "startKey")) {
                        d.startKey = o.bytes === $String ? $util.base64.encode(m.startKey, 0, m.startKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.startKey) : m.startKey;
                    }
                    if (m.endKey != null && $Object.hasOwnProperty.call(m, "endKey")) {
                        d.endKey = o.bytes === $String ? $util.base64.encode(m.endKey, 0, m.endKey.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.endKey) : m.endKey;
                    }
                    if (m.server != null && $Object.hasOwnProperty.call(m, "server")) {
                        d.server = m.server;
                    }
                    return d;
                };

                /**
                 * Converts this RegionEntry to JSON.
                 * @function toJSON
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                RegionEntry.prototype.toJSON = function() {
                    return RegionEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for RegionEntry
                 * @function getTypeUrl
                 * @memberof hbasecompat.nodeadmin.v1.RegionEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RegionEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hbasecompat.nodeadmin.v1.RegionEntry";
                };

                return RegionEntry;
            })();

            v1.TableEntry = (function() {

                /**
                 * Properties of a TableEntry.
                 * @typedef {Object} hbasecompat.nodeadmin.v1.TableEntry.$Properties
                 * @property {string|null} [name] TableEntry name
                 * @property {string|null} [state] TableEntry state
                 * @property {Array.<string>|null} [families] TableEntry families
                 * @property {Array.<hbasecompat.nodeadmin.v1.RegionEntry.$Properties>|null} [regions] TableEntry regions
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TableEntry.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @interface ITableEntry
                 * @augments hbasecompat.nodeadmin.v1.TableEntry.$Properties
                 * @deprecated Use hbasecompat.nodeadmin.v1.TableEntry.$Properties instead.
                 */

                /**
                 * Shape of a TableEntry.
                 * @typedef {hbasecompat.nodeadmin.v1.TableEntry.$Properties} hbasecompat.nodeadmin.v1.TableEntry.$Shape
                 */

                /**
                 * Constructs a new TableEntry.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a TableEntry.
                 * @constructor
                 * @param {hbasecompat.nodeadmin.v1.TableEntry.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var TableEntry = function (p) {
                    this.families = [];
                    this.regions = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * TableEntry name.
                 * @member {string} name
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @instance
                 */
                TableEntry.prototype.name = "";

                /**
                 * TableEntry state.
                 * @member {string} state
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @instance
                 */
                TableEntry.prototype.state = "";

                /**
                 * TableEntry families.
                 * @member {Array.<string>} families
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @instance
                 */
                TableEntry.prototype.families = $util.emptyArray;

                /**
                 * TableEntry regions.
                 * @member {Array.<hbasecompat.nodeadmin.v1.RegionEntry.$Properties>} regions
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @instance
                 */
                TableEntry.prototype.regions = $util.emptyArray;

                /**
                 * Creates a new TableEntry instance using the specified properties.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.TableEntry.$Properties=} [properties] Properties to set
                 * @returns {hbasecompat.nodeadmin.v1.TableEntry} TableEntry instance
                 * @type {{
                 *   (properties: hbasecompat.nodeadmin.v1.TableEntry.$Shape): hbasecompat.nodeadmin.v1.TableEntry & hbasecompat.nodeadmin.v1.TableEntry.$Shape;
                 *   (properties?: hbasecompat.nodeadmin.v1.TableEntry.$Properties): hbasecompat.nodeadmin.v1.TableEntry;
                 * }}
                 */
                TableEntry.create = function(properties) {
                    return new TableEntry(properties);
                };

                /**
                 * Encodes the specified TableEntry message. Does not implicitly {@link hbasecompat.nodeadmin.v1.TableEntry.verify|verify} messages.
                 * @function encode
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.TableEntry.$Properties} m TableEntry message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TableEntry.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                    if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.state);
                    if (m.families != null && m.families.length) {
                        for (var i = 0; i < m.families.length; ++i)
                            w.uint32(/* id 3, wireType 2 =*/26).string(m.families[i]);
                    }
                    if (m.regions != null && m.regions.length) {
                        for (var i = 0; i < m.regions.length; ++i)
                            $root.hbasecompat.nodeadmin.v1.RegionEntry.encode(m.regions[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified TableEntry message, length delimited. Does not implicitly {@link hbasecompat.nodeadmin.v1.TableEntry.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.TableEntry.$Properties} message TableEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TableEntry.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a TableEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {hbasecompat.nodeadmin.v1.TableEntry & hbasecompat.nodeadmin.v1.TableEntry.$Shape} TableEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TableEntry.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.hbasecompat.nodeadmin.v1.TableEntry();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.name = v;
                                else
                                    delete m.name;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.state = v;
                                else
                                    delete m.state;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if (!(m.families && m.families.length))
                                    m.families = [];
                                m.families.push(r.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (u !== 2)
                                    break;
                                if (!(m.regions && m.regions.length))
                                    m.regions = [];
                                m.regions.push($root.hbasecompat.nodeadmin.v1.RegionEntry.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a TableEntry message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hbasecompat.nodeadmin.v1.TableEntry & hbasecompat.nodeadmin.v1.TableEntry.$Shape} TableEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TableEntry.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Creates a TableEntry message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {hbasecompat.nodeadmin.v1.TableEntry} TableEntry
                 */
                TableEntry.fromObject = function (d, q) {
                    if (d instanceof $root.hbasecompat.nodeadmin.v1.TableEntry)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".hbasecompat.nodeadmin.v1.TableEntry: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.hbasecompat.nodeadmin.v1.TableEntry();
                    if (d.name != null) {
                        if (typeof d.name !== "string" || d.name.length) {
                            m.name = $String(d.name);
                        }
                    }
                    if (d.state != null) {
                        if (typeof d.state !== "string" || d.state.length) {
                            m.state = $String(d.state);
                        }
                    }
                    if (d.families) {
                        if (!$Array.isArray(d.families))
                            throw $TypeError(".hbasecompat.nodeadmin.v1.TableEntry.families: array expected");
                        m.families = $Array(d.families.length);
                        for (var i = 0; i < d.families.length; ++i) {
                            m.families[i] = $String(d.families[i]);
                        }
                    }
                    if (d.regions) {
                        if (!$Array.isArray(d.regions))
                            throw $TypeError(".hbasecompat.nodeadmin.v1.TableEntry.regions: array expected");
                        m.regions = $Array(d.regions.length);
                        for (var i = 0; i < d.regions.length; ++i) {
                            if (!$util.isObject(d.regions[i]))
                                throw $TypeError(".hbasecompat.nodeadmin.v1.TableEntry.regions: object expected");
                            m.regions[i] = $root.hbasecompat.nodeadmin.v1.RegionEntry.fromObject(d.regions[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a TableEntry message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.TableEntry} m TableEntry
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                TableEntry.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.families = [];
                        d.regions = [];
                    }
                    if (o.defaults) {
                        d.name = "";
                        d.state = "";
                    }
                    if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                        d.name = m.name;
                    }
                    if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                        d.state = m.state;
                    }
                    if (m.families && m.families.length) {
                        d.families = $Array(m.families.length);
                        for (var j = 0; j < m.families.length; ++j) {
                            d.families[j] = m.families[j];
                        }
                    }
                    if (m.regions && m.regions.length) {
                        d.regions = $Array(m.regions.length);
                        for (var j = 0; j < m.regions.length; ++j) {
                            d.regions[j] = $root.hbasecompat.nodeadmin.v1.RegionEntry.toObject(m.regions[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this TableEntry to JSON.
                 * @function toJSON
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                TableEntry.prototype.toJSON = function() {
                    return TableEntry.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for TableEntry
                 * @function getTypeUrl
                 * @memberof hbasecompat.nodeadmin.v1.TableEntry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                TableEntry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hbasecompat.nodeadmin.v1.TableEntry";
                };

                return TableEntry;
            })();

            v1.ListTablesResponse = (function() {

                /**
                 * Properties of a ListTablesResponse.
                 * @typedef {Object} hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties
                 * @property {Array.<hbasecompat.nodeadmin.v1.TableEntry.$Properties>|null} [tables] ListTablesResponse tables
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ListTablesResponse.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @interface IListTablesResponse
                 * @augments hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties
                 * @deprecated Use hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties instead.
                 */

                /**
                 * Shape of a ListTablesResponse.
                 * @typedef {hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties} hbasecompat.nodeadmin.v1.ListTablesResponse.$Shape
                 */

                /**
                 * Constructs a new ListTablesResponse.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a ListTablesResponse.
                 * @constructor
                 * @param {hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var ListTablesResponse = function (p) {
                    this.tables = [];
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * ListTablesResponse tables.
                 * @member {Array.<hbasecompat.nodeadmin.v1.TableEntry.$Properties>} tables
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesResponse
                 * @instance
                 */
                ListTablesResponse.prototype.tables = $util.emptyArray;

                /**
                 * Creates a new ListTablesResponse instance using the specified properties.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesResponse
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties=} [properties] Properties to set
                 * @returns {hbasecompat.nodeadmin.v1.ListTablesResponse} ListTablesResponse instance
                 * @type {{
                 *   (properties: hbasecompat.nodeadmin.v1.ListTablesResponse.$Shape): hbasecompat.nodeadmin.v1.ListTablesResponse & hbasecompat.nodeadmin.v1.ListTablesResponse.$Shape;
                 *   (properties?: hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties): hbasecompat.nodeadmin.v1.ListTablesResponse;
                 * }}
                 */
                ListTablesResponse.create = function(properties) {
                    return new ListTablesResponse(properties);
                };

                /**
                 * Encodes the specified ListTablesResponse message. Does not implicitly {@link hbasecompat.nodeadmin.v1.ListTablesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesResponse
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties} m ListTablesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListTablesResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.tables != null && m.tables.length) {
                        for (var i = 0; i < m.tables.length; ++i)
                            $root.hbasecompat.nodeadmin.v1.TableEntry.encode(m.tables[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    }
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified ListTablesResponse message, length delimited. Does not implicitly {@link hbasecompat.nodeadmin.v1.ListTablesResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesResponse
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.ListTablesResponse.$Properties} message ListTablesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ListTablesResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a ListTablesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {hbasecompat.nodeadmin.v1.ListTablesResponse & hbasecompat.nodeadmin.v1.ListTablesResponse.$Shape} ListTablesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListTablesResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.hbasecompat.nodeadmin.v1.ListTablesResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if (!(m.tables && m.tables.length))
                                    m.tables = [];
                                m.tables.push($root.hbasecompat.nodeadmin.v1.TableEntry.decode(r, r.size(), $undefined, q + 1));
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a ListTablesResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hbasecompat.nodeadmin.v1.ListTablesResponse & hbasecompat.nodeadmin.v1.ListTablesResponse.$Shape} ListTablesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ListTablesResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Creates a ListTablesResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {hbasecompat.nodeadmin.v1.ListTablesResponse} ListTablesResponse
                 */
                ListTablesResponse.fromObject = function (d, q) {
                    if (d instanceof $root.hbasecompat.nodeadmin.v1.ListTablesResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".hbasecompat.nodeadmin.v1.ListTablesResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.hbasecompat.nodeadmin.v1.ListTablesResponse();
                    if (d.tables) {
                        if (!$Array.isArray(d.tables))
                            throw $TypeError(".hbasecompat.nodeadmin.v1.ListTablesResponse.tables: array expected");
                        m.tables = $Array(d.tables.length);
                        for (var i = 0; i < d.tables.length; ++i) {
                            if (!$util.isObject(d.tables[i]))
                                throw $TypeError(".hbasecompat.nodeadmin.v1.ListTablesResponse.tables: object expected");
                            m.tables[i] = $root.hbasecompat.nodeadmin.v1.TableEntry.fromObject(d.tables[i], q + 1);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a ListTablesResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesResponse
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.ListTablesResponse} m ListTablesResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                ListTablesResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.arrays || o.defaults) {
                        d.tables = [];
                    }
                    if (m.tables && m.tables.length) {
                        d.tables = $Array(m.tables.length);
                        for (var j = 0; j < m.tables.length; ++j) {
                            d.tables[j] = $root.hbasecompat.nodeadmin.v1.TableEntry.toObject(m.tables[j], o, q + 1);
                        }
                    }
                    return d;
                };

                /**
                 * Converts this ListTablesResponse to JSON.
                 * @function toJSON
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                ListTablesResponse.prototype.toJSON = function() {
                    return ListTablesResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for ListTablesResponse
                 * @function getTypeUrl
                 * @memberof hbasecompat.nodeadmin.v1.ListTablesResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ListTablesResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hbasecompat.nodeadmin.v1.ListTablesResponse";
                };

                return ListTablesResponse;
            })();

            v1.DrainRequest = (function() {

                /**
                 * Properties of a DrainRequest.
                 * @typedef {Object} hbasecompat.nodeadmin.v1.DrainRequest.$Properties
                 * @property {string|null} [reason] DrainRequest reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DrainRequest.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @interface IDrainRequest
                 * @augments hbasecompat.nodeadmin.v1.DrainRequest.$Properties
                 * @deprecated Use hbasecompat.nodeadmin.v1.DrainRequest.$Properties instead.
                 */

                /**
                 * Shape of a DrainRequest.
                 * @typedef {hbasecompat.nodeadmin.v1.DrainRequest.$Properties} hbasecompat.nodeadmin.v1.DrainRequest.$Shape
                 */

                /**
                 * Constructs a new DrainRequest.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a DrainRequest.
                 * @constructor
                 * @param {hbasecompat.nodeadmin.v1.DrainRequest.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var DrainRequest = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * DrainRequest reason.
                 * @member {string} reason
                 * @memberof hbasecompat.nodeadmin.v1.DrainRequest
                 * @instance
                 */
                DrainRequest.prototype.reason = "";

                /**
                 * Creates a new DrainRequest instance using the specified properties.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.DrainRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.DrainRequest.$Properties=} [properties] Properties to set
                 * @returns {hbasecompat.nodeadmin.v1.DrainRequest} DrainRequest instance
                 * @type {{
                 *   (properties: hbasecompat.nodeadmin.v1.DrainRequest.$Shape): hbasecompat.nodeadmin.v1.DrainRequest & hbasecompat.nodeadmin.v1.DrainRequest.$Shape;
                 *   (properties?: hbasecompat.nodeadmin.v1.DrainRequest.$Properties): hbasecompat.nodeadmin.v1.DrainRequest;
                 * }}
                 */
                DrainRequest.create = function(properties) {
                    return new DrainRequest(properties);
                };

                /**
                 * Encodes the specified DrainRequest message. Does not implicitly {@link hbasecompat.nodeadmin.v1.DrainRequest.verify|verify} messages.
                 * @function encode
                 * @memberof hbasecompat.nodeadmin.v1.DrainRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.DrainRequest.$Properties} m DrainRequest message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DrainRequest.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.reason);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified DrainRequest message, length delimited. Does not implicitly {@link hbasecompat.nodeadmin.v1.DrainRequest.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.DrainRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.DrainRequest.$Properties} message DrainRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DrainRequest.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DrainRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof hbasecompat.nodeadmin.v1.DrainRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {hbasecompat.nodeadmin.v1.DrainRequest & hbasecompat.nodeadmin.v1.DrainRequest.$Shape} DrainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DrainRequest.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.hbasecompat.nodeadmin.v1.DrainRequest();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.reason = v;
                                else
                                    delete m.reason;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a DrainRequest message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.DrainRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hbasecompat.nodeadmin.v1.DrainRequest & hbasecompat.nodeadmin.v1.DrainRequest.$Shape} DrainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DrainRequest.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Creates a DrainRequest message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hbasecompat.nodeadmin.v1.DrainRequest
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {hbasecompat.nodeadmin.v1.DrainRequest} DrainRequest
                 */
                DrainRequest.fromObject = function (d, q) {
                    if (d instanceof $root.hbasecompat.nodeadmin.v1.DrainRequest)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".hbasecompat.nodeadmin.v1.DrainRequest: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.hbasecompat.nodeadmin.v1.DrainRequest();
                    if (d.reason != null) {
                        if (typeof d.reason !== "string" || d.reason.length) {
                            m.reason = $String(d.reason);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DrainRequest message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hbasecompat.nodeadmin.v1.DrainRequest
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.DrainRequest} m DrainRequest
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DrainRequest.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.reason = "";
                    }
                    if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                        d.reason = m.reason;
                    }
                    return d;
                };

                /**
                 * Converts this DrainRequest to JSON.
                 * @function toJSON
                 * @memberof hbasecompat.nodeadmin.v1.DrainRequest
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DrainRequest.prototype.toJSON = function() {
                    return DrainRequest.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DrainRequest
                 * @function getTypeUrl
                 * @memberof hbasecompat.nodeadmin.v1.DrainRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DrainRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hbasecompat.nodeadmin.v1.DrainRequest";
                };

                return DrainRequest;
            })();

            v1.DrainResponse = (function() {

                /**
                 * Properties of a DrainResponse.
                 * @typedef {Object} hbasecompat.nodeadmin.v1.DrainResponse.$Properties
                 * @property {boolean|null} [accepted] DrainResponse accepted
                 * @property {string|null} [serverName] DrainResponse serverName
                 * @property {string|null} [state] DrainResponse state
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DrainResponse.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @interface IDrainResponse
                 * @augments hbasecompat.nodeadmin.v1.DrainResponse.$Properties
                 * @deprecated Use hbasecompat.nodeadmin.v1.DrainResponse.$Properties instead.
                 */

                /**
                 * Shape of a DrainResponse.
                 * @typedef {hbasecompat.nodeadmin.v1.DrainResponse.$Properties} hbasecompat.nodeadmin.v1.DrainResponse.$Shape
                 */

                /**
                 * Constructs a new DrainResponse.
                 * @memberof hbasecompat.nodeadmin.v1
                 * @classdesc Represents a DrainResponse.
                 * @constructor
                 * @param {hbasecompat.nodeadmin.v1.DrainResponse.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                var DrainResponse = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * DrainResponse accepted.
                 * @member {boolean} accepted
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @instance
                 */
                DrainResponse.prototype.accepted = false;

                /**
                 * DrainResponse serverName.
                 * @member {string} serverName
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @instance
                 */
                DrainResponse.prototype.serverName = "";

                /**
                 * DrainResponse state.
                 * @member {string} state
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @instance
                 */
                DrainResponse.prototype.state = "";

                /**
                 * Creates a new DrainResponse instance using the specified properties.
                 * @function create
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.DrainResponse.$Properties=} [properties] Properties to set
                 * @returns {hbasecompat.nodeadmin.v1.DrainResponse} DrainResponse instance
                 * @type {{
                 *   (properties: hbasecompat.nodeadmin.v1.DrainResponse.$Shape): hbasecompat.nodeadmin.v1.DrainResponse & hbasecompat.nodeadmin.v1.DrainResponse.$Shape;
                 *   (properties?: hbasecompat.nodeadmin.v1.DrainResponse.$Properties): hbasecompat.nodeadmin.v1.DrainResponse;
                 * }}
                 */
                DrainResponse.create = function(properties) {
                    return new DrainResponse(properties);
                };

                /**
                 * Encodes the specified DrainResponse message. Does not implicitly {@link hbasecompat.nodeadmin.v1.DrainResponse.verify|verify} messages.
                 * @function encode
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.DrainResponse.$Properties} m DrainResponse message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DrainResponse.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted") && m.accepted !== false)
                        w.uint32(/* id 1, wireType 0 =*/8).bool(m.accepted);
                    if (m.serverName != null && $Object.hasOwnProperty.call(m, "serverName") && m.serverName !== "")
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.serverName);
                    if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                        w.uint32(/* id 3, wireType 2 =*/26).string(m.state);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Encodes the specified DrainResponse message, length delimited. Does not implicitly {@link hbasecompat.nodeadmin.v1.DrainResponse.verify|verify} messages.
                 * @function encodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.DrainResponse.$Properties} message DrainResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DrainResponse.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                /**
                 * Decodes a DrainResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {hbasecompat.nodeadmin.v1.DrainResponse & hbasecompat.nodeadmin.v1.DrainResponse.$Shape} DrainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DrainResponse.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m, v;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.hbasecompat.nodeadmin.v1.DrainResponse();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 0)
                                    break;
                                if (v = r.bool())
                                    m.accepted = v;
                                else
                                    delete m.accepted;
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.serverName = v;
                                else
                                    delete m.serverName;
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                if ((v = r.stringVerify()).length)
                                    m.state = v;
                                else
                                    delete m.state;
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Decodes a DrainResponse message from the specified reader or buffer, length delimited.
                 * @function decodeDelimited
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @returns {hbasecompat.nodeadmin.v1.DrainResponse & hbasecompat.nodeadmin.v1.DrainResponse.$Shape} DrainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DrainResponse.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                /**
                 * Creates a DrainResponse message from a plain object. Also converts values to their respective internal types.
                 * @function fromObject
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @static
                 * @param {Object.<string,*>} d Plain object
                 * @returns {hbasecompat.nodeadmin.v1.DrainResponse} DrainResponse
                 */
                DrainResponse.fromObject = function (d, q) {
                    if (d instanceof $root.hbasecompat.nodeadmin.v1.DrainResponse)
                        return d;
                    if (!$util.isObject(d))
                        throw $TypeError(".hbasecompat.nodeadmin.v1.DrainResponse: object expected");
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var m = new $root.hbasecompat.nodeadmin.v1.DrainResponse();
                    if (d.accepted != null) {
                        if (d.accepted) {
                            m.accepted = $Boolean(d.accepted);
                        }
                    }
                    if (d.serverName != null) {
                        if (typeof d.serverName !== "string" || d.serverName.length) {
                            m.serverName = $String(d.serverName);
                        }
                    }
                    if (d.state != null) {
                        if (typeof d.state !== "string" || d.state.length) {
                            m.state = $String(d.state);
                        }
                    }
                    return m;
                };

                /**
                 * Creates a plain object from a DrainResponse message. Also converts values to other types if specified.
                 * @function toObject
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @static
                 * @param {hbasecompat.nodeadmin.v1.DrainResponse} m DrainResponse
                 * @param {$protobuf.IConversionOptions} [o] Conversion options
                 * @returns {Object.<string,*>} Plain object
                 */
                DrainResponse.toObject = function (m, o, q) {
                    if (!o)
                        o = {};
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    var d = {};
                    if (o.defaults) {
                        d.accepted = false;
                        d.serverName = "";
                        d.state = "";
                    }
                    if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                        d.accepted = m.accepted;
                    }
                    if (m.serverName != null && $Object.hasOwnProperty.call(m, "serverName")) {
                        d.serverName = m.serverName;
                    }
                    if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                        d.state = m.state;
                    }
                    return d;
                };

                /**
                 * Converts this DrainResponse to JSON.
                 * @function toJSON
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @instance
                 * @returns {Object.<string,*>} JSON object
                 */
                DrainResponse.prototype.toJSON = function() {
                    return DrainResponse.toObject(this, $protobuf.util.toJSONOptions);
                };

                /**
                 * Gets the type url for DrainResponse
                 * @function getTypeUrl
                 * @memberof hbasecompat.nodeadmin.v1.DrainResponse
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                DrainResponse.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/hbasecompat.nodeadmin.v1.DrainResponse";
                };

                return DrainResponse;
            })();

            return v1;
        })();

        return nodeadmin;
    })();

    return hbasecompat;
})();

module.exports = $root;
