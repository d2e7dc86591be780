/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $Number = $util.global.Number, $BigInt = $util.global.BigInt;

// Exported root namespace
var $root = $protobuf.roots["fluss"] || ($protobuf.roots["fluss"] = {});

$root.fluss = (function() {

    /**
     * Namespace fluss.
     * @exports fluss
     * @namespace
     */
    var fluss = {};

    fluss.ErrorResponse = (function() {

        /**
         * Properties of an ErrorResponse.
         * @typedef {Object} fluss.ErrorResponse.$Properties
         * @property {number} errorCode ErrorResponse errorCode
         * @property {string|null} [errorMessage] ErrorResponse errorMessage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ErrorResponse.
         * @memberof fluss
         * @interface IErrorResponse
         * @augments fluss.ErrorResponse.$Properties
         * @deprecated Use fluss.ErrorResponse.$Properties instead.
         */

        /**
         * Shape of an ErrorResponse.
         * @typedef {fluss.ErrorResponse.$Properties} fluss.ErrorResponse.$Shape
         */

        /**
         * Constructs a new ErrorResponse.
         * @memberof fluss
         * @classdesc Represents an ErrorResponse.
         * @constructor
         * @param {fluss.ErrorResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ErrorResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ErrorResponse errorCode.
         * @member {number} errorCode
         * @memberof fluss.ErrorResponse
         * @instance
         */
        ErrorResponse.prototype.errorCode = 0;

        /**
         * ErrorResponse errorMessage.
         * @member {string} errorMessage
         * @memberof fluss.ErrorResponse
         * @instance
         */
        ErrorResponse.prototype.errorMessage = "";

        /**
         * Creates a new ErrorResponse instance using the specified properties.
         * @function create
         * @memberof fluss.ErrorResponse
         * @static
         * @param {fluss.ErrorResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.ErrorResponse} ErrorResponse instance
         * @type {{
         *   (properties: fluss.ErrorResponse.$Shape): fluss.ErrorResponse & fluss.ErrorResponse.$Shape;
         *   (properties?: fluss.ErrorResponse.$Properties): fluss.ErrorResponse;
         * }}
         */
        ErrorResponse.create = function(properties) {
            return new ErrorResponse(properties);
        };

        /**
         * Encodes the specified ErrorResponse message. Does not implicitly {@link fluss.ErrorResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.ErrorResponse
         * @static
         * @param {fluss.ErrorResponse.$Properties} m ErrorResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.errorCode);
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.errorMessage);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ErrorResponse message, length delimited. Does not implicitly {@link fluss.ErrorResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.ErrorResponse
         * @static
         * @param {fluss.ErrorResponse.$Properties} message ErrorResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ErrorResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.ErrorResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.ErrorResponse & fluss.ErrorResponse.$Shape} ErrorResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.ErrorResponse();
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
                        m.errorCode = r.int32();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.errorMessage = r.string();
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
            if (!$Object.hasOwnProperty.call(m, "errorCode"))
                throw $util.ProtocolError("missing required 'errorCode'", { instance: m });
            return m;
        };

        /**
         * Decodes an ErrorResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.ErrorResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.ErrorResponse & fluss.ErrorResponse.$Shape} ErrorResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates an ErrorResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.ErrorResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.ErrorResponse} ErrorResponse
         */
        ErrorResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.ErrorResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.ErrorResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.ErrorResponse();
            if (d.errorCode != null) {
                m.errorCode = d.errorCode | 0;
            }
            if (d.errorMessage != null) {
                m.errorMessage = $String(d.errorMessage);
            }
            return m;
        };

        /**
         * Creates a plain object from an ErrorResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.ErrorResponse
         * @static
         * @param {fluss.ErrorResponse} m ErrorResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ErrorResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.errorCode = 0;
                d.errorMessage = "";
            }
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                d.errorCode = m.errorCode;
            }
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                d.errorMessage = m.errorMessage;
            }
            return d;
        };

        /**
         * Converts this ErrorResponse to JSON.
         * @function toJSON
         * @memberof fluss.ErrorResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ErrorResponse.prototype.toJSON = function() {
            return ErrorResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ErrorResponse
         * @function getTypeUrl
         * @memberof fluss.ErrorResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ErrorResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.ErrorResponse";
        };

        return ErrorResponse;
    })();

    fluss.PbTablePath = (function() {

        /**
         * Properties of a PbTablePath.
         * @typedef {Object} fluss.PbTablePath.$Properties
         * @property {string} databaseName PbTablePath databaseName
         * @property {string} tableName PbTablePath tableName
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbTablePath.
         * @memberof fluss
         * @interface IPbTablePath
         * @augments fluss.PbTablePath.$Properties
         * @deprecated Use fluss.PbTablePath.$Properties instead.
         */

        /**
         * Shape of a PbTablePath.
         * @typedef {fluss.PbTablePath.$Properties} fluss.PbTablePath.$Shape
         */

        /**
         * Constructs a new PbTablePath.
         * @memberof fluss
         * @classdesc Represents a PbTablePath.
         * @constructor
         * @param {fluss.PbTablePath.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbTablePath = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbTablePath databaseName.
         * @member {string} databaseName
         * @memberof fluss.PbTablePath
         * @instance
         */
        PbTablePath.prototype.databaseName = "";

        /**
         * PbTablePath tableName.
         * @member {string} tableName
         * @memberof fluss.PbTablePath
         * @instance
         */
        PbTablePath.prototype.tableName = "";

        /**
         * Creates a new PbTablePath instance using the specified properties.
         * @function create
         * @memberof fluss.PbTablePath
         * @static
         * @param {fluss.PbTablePath.$Properties=} [properties] Properties to set
         * @returns {fluss.PbTablePath} PbTablePath instance
         * @type {{
         *   (properties: fluss.PbTablePath.$Shape): fluss.PbTablePath & fluss.PbTablePath.$Shape;
         *   (properties?: fluss.PbTablePath.$Properties): fluss.PbTablePath;
         * }}
         */
        PbTablePath.create = function(properties) {
            return new PbTablePath(properties);
        };

        /**
         * Encodes the specified PbTablePath message. Does not implicitly {@link fluss.PbTablePath.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbTablePath
         * @static
         * @param {fluss.PbTablePath.$Properties} m PbTablePath message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbTablePath.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.databaseName);
            w.uint32(/* id 2, wireType 2 =*/18).string(m.tableName);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbTablePath message, length delimited. Does not implicitly {@link fluss.PbTablePath.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbTablePath
         * @static
         * @param {fluss.PbTablePath.$Properties} message PbTablePath message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbTablePath.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbTablePath message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbTablePath
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbTablePath & fluss.PbTablePath.$Shape} PbTablePath
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbTablePath.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbTablePath();
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
                        m.databaseName = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.tableName = r.string();
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
            if (!$Object.hasOwnProperty.call(m, "databaseName"))
                throw $util.ProtocolError("missing required 'databaseName'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "tableName"))
                throw $util.ProtocolError("missing required 'tableName'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbTablePath message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbTablePath
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbTablePath & fluss.PbTablePath.$Shape} PbTablePath
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbTablePath.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbTablePath message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbTablePath
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbTablePath} PbTablePath
         */
        PbTablePath.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbTablePath)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbTablePath: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbTablePath();
            if (d.databaseName != null) {
                m.databaseName = $String(d.databaseName);
            }
            if (d.tableName != null) {
                m.tableName = $String(d.tableName);
            }
            return m;
        };

        /**
         * Creates a plain object from a PbTablePath message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbTablePath
         * @static
         * @param {fluss.PbTablePath} m PbTablePath
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbTablePath.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.databaseName = "";
                d.tableName = "";
            }
            if (m.databaseName != null && $Object.hasOwnProperty.call(m, "databaseName")) {
                d.databaseName = m.databaseName;
            }
            if (m.tableName != null && $Object.hasOwnProperty.call(m, "tableName")) {
                d.tableName = m.tableName;
            }
            return d;
        };

        /**
         * Converts this PbTablePath to JSON.
         * @function toJSON
         * @memberof fluss.PbTablePath
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbTablePath.prototype.toJSON = function() {
            return PbTablePath.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbTablePath
         * @function getTypeUrl
         * @memberof fluss.PbTablePath
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbTablePath.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbTablePath";
        };

        return PbTablePath;
    })();

    fluss.PbPhysicalTablePath = (function() {

        /**
         * Properties of a PbPhysicalTablePath.
         * @typedef {Object} fluss.PbPhysicalTablePath.$Properties
         * @property {string} databaseName PbPhysicalTablePath databaseName
         * @property {string} tableName PbPhysicalTablePath tableName
         * @property {string|null} [partitionName] PbPhysicalTablePath partitionName
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbPhysicalTablePath.
         * @memberof fluss
         * @interface IPbPhysicalTablePath
         * @augments fluss.PbPhysicalTablePath.$Properties
         * @deprecated Use fluss.PbPhysicalTablePath.$Properties instead.
         */

        /**
         * Shape of a PbPhysicalTablePath.
         * @typedef {fluss.PbPhysicalTablePath.$Properties} fluss.PbPhysicalTablePath.$Shape
         */

        /**
         * Constructs a new PbPhysicalTablePath.
         * @memberof fluss
         * @classdesc Represents a PbPhysicalTablePath.
         * @constructor
         * @param {fluss.PbPhysicalTablePath.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbPhysicalTablePath = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbPhysicalTablePath databaseName.
         * @member {string} databaseName
         * @memberof fluss.PbPhysicalTablePath
         * @instance
         */
        PbPhysicalTablePath.prototype.databaseName = "";

        /**
         * PbPhysicalTablePath tableName.
         * @member {string} tableName
         * @memberof fluss.PbPhysicalTablePath
         * @instance
         */
        PbPhysicalTablePath.prototype.tableName = "";

        /**
         * PbPhysicalTablePath partitionName.
         * @member {string} partitionName
         * @memberof fluss.PbPhysicalTablePath
         * @instance
         */
        PbPhysicalTablePath.prototype.partitionName = "";

        /**
         * Creates a new PbPhysicalTablePath instance using the specified properties.
         * @function create
         * @memberof fluss.PbPhysicalTablePath
         * @static
         * @param {fluss.PbPhysicalTablePath.$Properties=} [properties] Properties to set
         * @returns {fluss.PbPhysicalTablePath} PbPhysicalTablePath instance
         * @type {{
         *   (properties: fluss.PbPhysicalTablePath.$Shape): fluss.PbPhysicalTablePath & fluss.PbPhysicalTablePath.$Shape;
         *   (properties?: fluss.PbPhysicalTablePath.$Properties): fluss.PbPhysicalTablePath;
         * }}
         */
        PbPhysicalTablePath.create = function(properties) {
            return new PbPhysicalTablePath(properties);
        };

        /**
         * Encodes the specified PbPhysicalTablePath message. Does not implicitly {@link fluss.PbPhysicalTablePath.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbPhysicalTablePath
         * @static
         * @param {fluss.PbPhysicalTablePath.$Properties} m PbPhysicalTablePath message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPhysicalTablePath.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.databaseName);
            w.uint32(/* id 2, wireType 2 =*/18).string(m.tableName);
            if (m.partitionName != null && $Object.hasOwnProperty.call(m, "partitionName"))
                w.uint32(/* id 3, wireType 2 =*/26).string(m.partitionName);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbPhysicalTablePath message, length delimited. Does not implicitly {@link fluss.PbPhysicalTablePath.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbPhysicalTablePath
         * @static
         * @param {fluss.PbPhysicalTablePath.$Properties} message PbPhysicalTablePath message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPhysicalTablePath.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbPhysicalTablePath message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbPhysicalTablePath
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbPhysicalTablePath & fluss.PbPhysicalTablePath.$Shape} PbPhysicalTablePath
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPhysicalTablePath.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbPhysicalTablePath();
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
                        m.databaseName = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.tableName = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.partitionName = r.string();
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
            if (!$Object.hasOwnProperty.call(m, "databaseName"))
                throw $util.ProtocolError("missing required 'databaseName'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "tableName"))
                throw $util.ProtocolError("missing required 'tableName'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbPhysicalTablePath message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbPhysicalTablePath
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbPhysicalTablePath & fluss.PbPhysicalTablePath.$Shape} PbPhysicalTablePath
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPhysicalTablePath.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbPhysicalTablePath message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbPhysicalTablePath
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbPhysicalTablePath} PbPhysicalTablePath
         */
        PbPhysicalTablePath.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbPhysicalTablePath)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbPhysicalTablePath: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbPhysicalTablePath();
            if (d.databaseName != null) {
                m.databaseName = $String(d.databaseName);
            }
            if (d.tableName != null) {
                m.tableName = $String(d.tableName);
            }
            if (d.partitionName != null) {
                m.partitionName = $String(d.partitionName);
            }
            return m;
        };

        /**
         * Creates a plain object from a PbPhysicalTablePath message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbPhysicalTablePath
         * @static
         * @param {fluss.PbPhysicalTablePath} m PbPhysicalTablePath
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbPhysicalTablePath.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.databaseName = "";
                d.tableName = "";
                d.partitionName = "";
            }
            if (m.databaseName != null && $Object.hasOwnProperty.call(m, "databaseName")) {
                d.databaseName = m.databaseName;
            }
            if (m.tableName != null && $Object.hasOwnProperty.call(m, "tableName")) {
                d.tableName = m.tableName;
            }
            if (m.partitionName != null && $Object.hasOwnProperty.call(m, "partitionName")) {
                d.partitionName = m.partitionName;
            }
            return d;
        };

        /**
         * Converts this PbPhysicalTablePath to JSON.
         * @function toJSON
         * @memberof fluss.PbPhysicalTablePath
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbPhysicalTablePath.prototype.toJSON = function() {
            return PbPhysicalTablePath.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbPhysicalTablePath
         * @function getTypeUrl
         * @memberof fluss.PbPhysicalTablePath
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbPhysicalTablePath.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbPhysicalTablePath";
        };

        return PbPhysicalTablePath;
    })();

    fluss.ApiVersionsRequest = (function() {

        /**
         * Properties of an ApiVersionsRequest.
         * @typedef {Object} fluss.ApiVersionsRequest.$Properties
         * @property {string} clientSoftwareName ApiVersionsRequest clientSoftwareName
         * @property {string} clientSoftwareVersion ApiVersionsRequest clientSoftwareVersion
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ApiVersionsRequest.
         * @memberof fluss
         * @interface IApiVersionsRequest
         * @augments fluss.ApiVersionsRequest.$Properties
         * @deprecated Use fluss.ApiVersionsRequest.$Properties instead.
         */

        /**
         * Shape of an ApiVersionsRequest.
         * @typedef {fluss.ApiVersionsRequest.$Properties} fluss.ApiVersionsRequest.$Shape
         */

        /**
         * Constructs a new ApiVersionsRequest.
         * @memberof fluss
         * @classdesc Represents an ApiVersionsRequest.
         * @constructor
         * @param {fluss.ApiVersionsRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ApiVersionsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ApiVersionsRequest clientSoftwareName.
         * @member {string} clientSoftwareName
         * @memberof fluss.ApiVersionsRequest
         * @instance
         */
        ApiVersionsRequest.prototype.clientSoftwareName = "";

        /**
         * ApiVersionsRequest clientSoftwareVersion.
         * @member {string} clientSoftwareVersion
         * @memberof fluss.ApiVersionsRequest
         * @instance
         */
        ApiVersionsRequest.prototype.clientSoftwareVersion = "";

        /**
         * Creates a new ApiVersionsRequest instance using the specified properties.
         * @function create
         * @memberof fluss.ApiVersionsRequest
         * @static
         * @param {fluss.ApiVersionsRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.ApiVersionsRequest} ApiVersionsRequest instance
         * @type {{
         *   (properties: fluss.ApiVersionsRequest.$Shape): fluss.ApiVersionsRequest & fluss.ApiVersionsRequest.$Shape;
         *   (properties?: fluss.ApiVersionsRequest.$Properties): fluss.ApiVersionsRequest;
         * }}
         */
        ApiVersionsRequest.create = function(properties) {
            return new ApiVersionsRequest(properties);
        };

        /**
         * Encodes the specified ApiVersionsRequest message. Does not implicitly {@link fluss.ApiVersionsRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.ApiVersionsRequest
         * @static
         * @param {fluss.ApiVersionsRequest.$Properties} m ApiVersionsRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ApiVersionsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.clientSoftwareName);
            w.uint32(/* id 2, wireType 2 =*/18).string(m.clientSoftwareVersion);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ApiVersionsRequest message, length delimited. Does not implicitly {@link fluss.ApiVersionsRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.ApiVersionsRequest
         * @static
         * @param {fluss.ApiVersionsRequest.$Properties} message ApiVersionsRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ApiVersionsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ApiVersionsRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.ApiVersionsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.ApiVersionsRequest & fluss.ApiVersionsRequest.$Shape} ApiVersionsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ApiVersionsRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.ApiVersionsRequest();
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
                        m.clientSoftwareName = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.clientSoftwareVersion = r.string();
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
            if (!$Object.hasOwnProperty.call(m, "clientSoftwareName"))
                throw $util.ProtocolError("missing required 'clientSoftwareName'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "clientSoftwareVersion"))
                throw $util.ProtocolError("missing required 'clientSoftwareVersion'", { instance: m });
            return m;
        };

        /**
         * Decodes an ApiVersionsRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.ApiVersionsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.ApiVersionsRequest & fluss.ApiVersionsRequest.$Shape} ApiVersionsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ApiVersionsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates an ApiVersionsRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.ApiVersionsRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.ApiVersionsRequest} ApiVersionsRequest
         */
        ApiVersionsRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.ApiVersionsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.ApiVersionsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.ApiVersionsRequest();
            if (d.clientSoftwareName != null) {
                m.clientSoftwareName = $String(d.clientSoftwareName);
            }
            if (d.clientSoftwareVersion != null) {
                m.clientSoftwareVersion = $String(d.clientSoftwareVersion);
            }
            return m;
        };

        /**
         * Creates a plain object from an ApiVersionsRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.ApiVersionsRequest
         * @static
         * @param {fluss.ApiVersionsRequest} m ApiVersionsRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ApiVersionsRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.clientSoftwareName = "";
                d.clientSoftwareVersion = "";
            }
            if (m.clientSoftwareName != null && $Object.hasOwnProperty.call(m, "clientSoftwareName")) {
                d.clientSoftwareName = m.clientSoftwareName;
            }
            if (m.clientSoftwareVersion != null && $Object.hasOwnProperty.call(m, "clientSoftwareVersion")) {
                d.clientSoftwareVersion = m.clientSoftwareVersion;
            }
            return d;
        };

        /**
         * Converts this ApiVersionsRequest to JSON.
         * @function toJSON
         * @memberof fluss.ApiVersionsRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ApiVersionsRequest.prototype.toJSON = function() {
            return ApiVersionsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ApiVersionsRequest
         * @function getTypeUrl
         * @memberof fluss.ApiVersionsRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ApiVersionsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.ApiVersionsRequest";
        };

        return ApiVersionsRequest;
    })();

    fluss.PbApiVersion = (function() {

        /**
         * Properties of a PbApiVersion.
         * @typedef {Object} fluss.PbApiVersion.$Properties
         * @property {number} apiKey PbApiVersion apiKey
         * @property {number} minVersion PbApiVersion minVersion
         * @property {number} maxVersion PbApiVersion maxVersion
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbApiVersion.
         * @memberof fluss
         * @interface IPbApiVersion
         * @augments fluss.PbApiVersion.$Properties
         * @deprecated Use fluss.PbApiVersion.$Properties instead.
         */

        /**
         * Shape of a PbApiVersion.
         * @typedef {fluss.PbApiVersion.$Properties} fluss.PbApiVersion.$Shape
         */

        /**
         * Constructs a new PbApiVersion.
         * @memberof fluss
         * @classdesc Represents a PbApiVersion.
         * @constructor
         * @param {fluss.PbApiVersion.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbApiVersion = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbApiVersion apiKey.
         * @member {number} apiKey
         * @memberof fluss.PbApiVersion
         * @instance
         */
        PbApiVersion.prototype.apiKey = 0;

        /**
         * PbApiVersion minVersion.
         * @member {number} minVersion
         * @memberof fluss.PbApiVersion
         * @instance
         */
        PbApiVersion.prototype.minVersion = 0;

        /**
         * PbApiVersion maxVersion.
         * @member {number} maxVersion
         * @memberof fluss.PbApiVersion
         * @instance
         */
        PbApiVersion.prototype.maxVersion = 0;

        /**
         * Creates a new PbApiVersion instance using the specified properties.
         * @function create
         * @memberof fluss.PbApiVersion
         * @static
         * @param {fluss.PbApiVersion.$Properties=} [properties] Properties to set
         * @returns {fluss.PbApiVersion} PbApiVersion instance
         * @type {{
         *   (properties: fluss.PbApiVersion.$Shape): fluss.PbApiVersion & fluss.PbApiVersion.$Shape;
         *   (properties?: fluss.PbApiVersion.$Properties): fluss.PbApiVersion;
         * }}
         */
        PbApiVersion.create = function(properties) {
            return new PbApiVersion(properties);
        };

        /**
         * Encodes the specified PbApiVersion message. Does not implicitly {@link fluss.PbApiVersion.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbApiVersion
         * @static
         * @param {fluss.PbApiVersion.$Properties} m PbApiVersion message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbApiVersion.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.apiKey);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.minVersion);
            w.uint32(/* id 3, wireType 0 =*/24).int32(m.maxVersion);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbApiVersion message, length delimited. Does not implicitly {@link fluss.PbApiVersion.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbApiVersion
         * @static
         * @param {fluss.PbApiVersion.$Properties} message PbApiVersion message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbApiVersion.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbApiVersion message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbApiVersion
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbApiVersion & fluss.PbApiVersion.$Shape} PbApiVersion
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbApiVersion.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbApiVersion();
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
                        m.apiKey = r.int32();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.minVersion = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.maxVersion = r.int32();
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
            if (!$Object.hasOwnProperty.call(m, "apiKey"))
                throw $util.ProtocolError("missing required 'apiKey'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "minVersion"))
                throw $util.ProtocolError("missing required 'minVersion'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "maxVersion"))
                throw $util.ProtocolError("missing required 'maxVersion'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbApiVersion message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbApiVersion
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbApiVersion & fluss.PbApiVersion.$Shape} PbApiVersion
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbApiVersion.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbApiVersion message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbApiVersion
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbApiVersion} PbApiVersion
         */
        PbApiVersion.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbApiVersion)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbApiVersion: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbApiVersion();
            if (d.apiKey != null) {
                m.apiKey = d.apiKey | 0;
            }
            if (d.minVersion != null) {
                m.minVersion = d.minVersion | 0;
            }
            if (d.maxVersion != null) {
                m.maxVersion = d.maxVersion | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a PbApiVersion message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbApiVersion
         * @static
         * @param {fluss.PbApiVersion} m PbApiVersion
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbApiVersion.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.apiKey = 0;
                d.minVersion = 0;
                d.maxVersion = 0;
            }
            if (m.apiKey != null && $Object.hasOwnProperty.call(m, "apiKey")) {
                d.apiKey = m.apiKey;
            }
            if (m.minVersion != null && $Object.hasOwnProperty.call(m, "minVersion")) {
                d.minVersion = m.minVersion;
            }
            if (m.maxVersion != null && $Object.hasOwnProperty.call(m, "maxVersion")) {
                d.maxVersion = m.maxVersion;
            }
            return d;
        };

        /**
         * Converts this PbApiVersion to JSON.
         * @function toJSON
         * @memberof fluss.PbApiVersion
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbApiVersion.prototype.toJSON = function() {
            return PbApiVersion.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbApiVersion
         * @function getTypeUrl
         * @memberof fluss.PbApiVersion
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbApiVersion.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbApiVersion";
        };

        return PbApiVersion;
    })();

    fluss.ApiVersionsResponse = (function() {

        /**
         * Properties of an ApiVersionsResponse.
         * @typedef {Object} fluss.ApiVersionsResponse.$Properties
         * @property {Array.<fluss.PbApiVersion.$Properties>|null} [apiVersions] ApiVersionsResponse apiVersions
         * @property {number|null} [serverType] ApiVersionsResponse serverType
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ApiVersionsResponse.
         * @memberof fluss
         * @interface IApiVersionsResponse
         * @augments fluss.ApiVersionsResponse.$Properties
         * @deprecated Use fluss.ApiVersionsResponse.$Properties instead.
         */

        /**
         * Shape of an ApiVersionsResponse.
         * @typedef {fluss.ApiVersionsResponse.$Properties} fluss.ApiVersionsResponse.$Shape
         */

        /**
         * Constructs a new ApiVersionsResponse.
         * @memberof fluss
         * @classdesc Represents an ApiVersionsResponse.
         * @constructor
         * @param {fluss.ApiVersionsResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ApiVersionsResponse = function (p) {
            this.apiVersions = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ApiVersionsResponse apiVersions.
         * @member {Array.<fluss.PbApiVersion.$Properties>} apiVersions
         * @memberof fluss.ApiVersionsResponse
         * @instance
         */
        ApiVersionsResponse.prototype.apiVersions = $util.emptyArray;

        /**
         * ApiVersionsResponse serverType.
         * @member {number} serverType
         * @memberof fluss.ApiVersionsResponse
         * @instance
         */
        ApiVersionsResponse.prototype.serverType = 0;

        /**
         * Creates a new ApiVersionsResponse instance using the specified properties.
         * @function create
         * @memberof fluss.ApiVersionsResponse
         * @static
         * @param {fluss.ApiVersionsResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.ApiVersionsResponse} ApiVersionsResponse instance
         * @type {{
         *   (properties: fluss.ApiVersionsResponse.$Shape): fluss.ApiVersionsResponse & fluss.ApiVersionsResponse.$Shape;
         *   (properties?: fluss.ApiVersionsResponse.$Properties): fluss.ApiVersionsResponse;
         * }}
         */
        ApiVersionsResponse.create = function(properties) {
            return new ApiVersionsResponse(properties);
        };

        /**
         * Encodes the specified ApiVersionsResponse message. Does not implicitly {@link fluss.ApiVersionsResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.ApiVersionsResponse
         * @static
         * @param {fluss.ApiVersionsResponse.$Properties} m ApiVersionsResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ApiVersionsResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.apiVersions != null && m.apiVersions.length) {
                for (var i = 0; i < m.apiVersions.length; ++i)
                    $root.fluss.PbApiVersion.encode(m.apiVersions[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.serverType != null && $Object.hasOwnProperty.call(m, "serverType"))
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.serverType);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ApiVersionsResponse message, length delimited. Does not implicitly {@link fluss.ApiVersionsResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.ApiVersionsResponse
         * @static
         * @param {fluss.ApiVersionsResponse.$Properties} message ApiVersionsResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ApiVersionsResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ApiVersionsResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.ApiVersionsResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.ApiVersionsResponse & fluss.ApiVersionsResponse.$Shape} ApiVersionsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ApiVersionsResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.ApiVersionsResponse();
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
                        if (!(m.apiVersions && m.apiVersions.length))
                            m.apiVersions = [];
                        m.apiVersions.push($root.fluss.PbApiVersion.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.serverType = r.int32();
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
         * Decodes an ApiVersionsResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.ApiVersionsResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.ApiVersionsResponse & fluss.ApiVersionsResponse.$Shape} ApiVersionsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ApiVersionsResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates an ApiVersionsResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.ApiVersionsResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.ApiVersionsResponse} ApiVersionsResponse
         */
        ApiVersionsResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.ApiVersionsResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.ApiVersionsResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.ApiVersionsResponse();
            if (d.apiVersions) {
                if (!$Array.isArray(d.apiVersions))
                    throw $TypeError(".fluss.ApiVersionsResponse.apiVersions: array expected");
                m.apiVersions = $Array(d.apiVersions.length);
                for (var i = 0; i < d.apiVersions.length; ++i) {
                    if (!$util.isObject(d.apiVersions[i]))
                        throw $TypeError(".fluss.ApiVersionsResponse.apiVersions: object expected");
                    m.apiVersions[i] = $root.fluss.PbApiVersion.fromObject(d.apiVersions[i], q + 1);
                }
            }
            if (d.serverType != null) {
                m.serverType = d.serverType | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from an ApiVersionsResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.ApiVersionsResponse
         * @static
         * @param {fluss.ApiVersionsResponse} m ApiVersionsResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ApiVersionsResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.apiVersions = [];
            }
            if (o.defaults) {
                d.serverType = 0;
            }
            if (m.apiVersions && m.apiVersions.length) {
                d.apiVersions = $Array(m.apiVersions.length);
                for (var j = 0; j < m.apiVersions.length; ++j) {
                    d.apiVersions[j] = $root.fluss.PbApiVersion.toObject(m.apiVersions[j], o, q + 1);
                }
            }
            if (m.serverType != null && $Object.hasOwnProperty.call(m, "serverType")) {
                d.serverType = m.serverType;
            }
            return d;
        };

        /**
         * Converts this ApiVersionsResponse to JSON.
         * @function toJSON
         * @memberof fluss.ApiVersionsResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ApiVersionsResponse.prototype.toJSON = function() {
            return ApiVersionsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ApiVersionsResponse
         * @function getTypeUrl
         * @memberof fluss.ApiVersionsResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ApiVersionsResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.ApiVersionsResponse";
        };

        return ApiVersionsResponse;
    })();

    fluss.AuthenticateRequest = (function() {

        /**
         * Properties of an AuthenticateRequest.
         * @typedef {Object} fluss.AuthenticateRequest.$Properties
         * @property {string} protocol AuthenticateRequest protocol
         * @property {Uint8Array} token AuthenticateRequest token
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AuthenticateRequest.
         * @memberof fluss
         * @interface IAuthenticateRequest
         * @augments fluss.AuthenticateRequest.$Properties
         * @deprecated Use fluss.AuthenticateRequest.$Properties instead.
         */

        /**
         * Shape of an AuthenticateRequest.
         * @typedef {fluss.AuthenticateRequest.$Properties} fluss.AuthenticateRequest.$Shape
         */

        /**
         * Constructs a new AuthenticateRequest.
         * @memberof fluss
         * @classdesc Represents an AuthenticateRequest.
         * @constructor
         * @param {fluss.AuthenticateRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var AuthenticateRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AuthenticateRequest protocol.
         * @member {string} protocol
         * @memberof fluss.AuthenticateRequest
         * @instance
         */
        AuthenticateRequest.prototype.protocol = "";

        /**
         * AuthenticateRequest token.
         * @member {Uint8Array} token
         * @memberof fluss.AuthenticateRequest
         * @instance
         */
        AuthenticateRequest.prototype.token = $util.newBuffer([]);

        /**
         * Creates a new AuthenticateRequest instance using the specified properties.
         * @function create
         * @memberof fluss.AuthenticateRequest
         * @static
         * @param {fluss.AuthenticateRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.AuthenticateRequest} AuthenticateRequest instance
         * @type {{
         *   (properties: fluss.AuthenticateRequest.$Shape): fluss.AuthenticateRequest & fluss.AuthenticateRequest.$Shape;
         *   (properties?: fluss.AuthenticateRequest.$Properties): fluss.AuthenticateRequest;
         * }}
         */
        AuthenticateRequest.create = function(properties) {
            return new AuthenticateRequest(properties);
        };

        /**
         * Encodes the specified AuthenticateRequest message. Does not implicitly {@link fluss.AuthenticateRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.AuthenticateRequest
         * @static
         * @param {fluss.AuthenticateRequest.$Properties} m AuthenticateRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthenticateRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.protocol);
            w.uint32(/* id 2, wireType 2 =*/18).bytes(m.token);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AuthenticateRequest message, length delimited. Does not implicitly {@link fluss.AuthenticateRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.AuthenticateRequest
         * @static
         * @param {fluss.AuthenticateRequest.$Properties} message AuthenticateRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthenticateRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AuthenticateRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.AuthenticateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.AuthenticateRequest & fluss.AuthenticateRequest.$Shape} AuthenticateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthenticateRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.AuthenticateRequest();
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
                        m.protocol = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.token = r.bytes();
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
            if (!$Object.hasOwnProperty.call(m, "protocol"))
                throw $util.ProtocolError("missing required 'protocol'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "token"))
                throw $util.ProtocolError("missing required 'token'", { instance: m });
            return m;
        };

        /**
         * Decodes an AuthenticateRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.AuthenticateRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.AuthenticateRequest & fluss.AuthenticateRequest.$Shape} AuthenticateRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthenticateRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates an AuthenticateRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.AuthenticateRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.AuthenticateRequest} AuthenticateRequest
         */
        AuthenticateRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.AuthenticateRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.AuthenticateRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.AuthenticateRequest();
            if (d.protocol != null) {
                m.protocol = $String(d.protocol);
            }
            if (d.token != null) {
                if (typeof d.token === "string")
                    $util.base64.decode(d.token, m.token = $util.newBuffer($util.base64.length(d.token)), 0);
                else if (d.token.length >= 0)
                    m.token = d.token;
            }
            return m;
        };

        /**
         * Creates a plain object from an AuthenticateRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.AuthenticateRequest
         * @static
         * @param {fluss.AuthenticateRequest} m AuthenticateRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AuthenticateRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.protocol = "";
                if (o.bytes === $String)
                    d.token = "";
                else {
                    d.token = [];
                    if (o.bytes !== $Array)
                        d.token = $util.newBuffer(d.token);
                }
            }
            if (m.protocol != null && $Object.hasOwnProperty.call(m, "protocol")) {
                d.protocol = m.protocol;
            }
            if (m.token != null && $Object.hasOwnProperty.call(m, "token")) {
                d.token = o.bytes === $String ? $util.base64.encode(m.token, 0, m.token.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.token) : m.token;
            }
            return d;
        };

        /**
         * Converts this AuthenticateRequest to JSON.
         * @function toJSON
         * @memberof fluss.AuthenticateRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AuthenticateRequest.prototype.toJSON = function() {
            return AuthenticateRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AuthenticateRequest
         * @function getTypeUrl
         * @memberof fluss.AuthenticateRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AuthenticateRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.AuthenticateRequest";
        };

        return AuthenticateRequest;
    })();

    fluss.AuthenticateResponse = (function() {

        /**
         * Properties of an AuthenticateResponse.
         * @typedef {Object} fluss.AuthenticateResponse.$Properties
         * @property {Uint8Array|null} [challenge] AuthenticateResponse challenge
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AuthenticateResponse.
         * @memberof fluss
         * @interface IAuthenticateResponse
         * @augments fluss.AuthenticateResponse.$Properties
         * @deprecated Use fluss.AuthenticateResponse.$Properties instead.
         */

        /**
         * Shape of an AuthenticateResponse.
         * @typedef {fluss.AuthenticateResponse.$Properties} fluss.AuthenticateResponse.$Shape
         */

        /**
         * Constructs a new AuthenticateResponse.
         * @memberof fluss
         * @classdesc Represents an AuthenticateResponse.
         * @constructor
         * @param {fluss.AuthenticateResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var AuthenticateResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AuthenticateResponse challenge.
         * @member {Uint8Array} challenge
         * @memberof fluss.AuthenticateResponse
         * @instance
         */
        AuthenticateResponse.prototype.challenge = $util.newBuffer([]);

        /**
         * Creates a new AuthenticateResponse instance using the specified properties.
         * @function create
         * @memberof fluss.AuthenticateResponse
         * @static
         * @param {fluss.AuthenticateResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.AuthenticateResponse} AuthenticateResponse instance
         * @type {{
         *   (properties: fluss.AuthenticateResponse.$Shape): fluss.AuthenticateResponse & fluss.AuthenticateResponse.$Shape;
         *   (properties?: fluss.AuthenticateResponse.$Properties): fluss.AuthenticateResponse;
         * }}
         */
        AuthenticateResponse.create = function(properties) {
            return new AuthenticateResponse(properties);
        };

        /**
         * Encodes the specified AuthenticateResponse message. Does not implicitly {@link fluss.AuthenticateResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.AuthenticateResponse
         * @static
         * @param {fluss.AuthenticateResponse.$Properties} m AuthenticateResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthenticateResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.challenge != null && $Object.hasOwnProperty.call(m, "challenge"))
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.challenge);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified AuthenticateResponse message, length delimited. Does not implicitly {@link fluss.AuthenticateResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.AuthenticateResponse
         * @static
         * @param {fluss.AuthenticateResponse.$Properties} message AuthenticateResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AuthenticateResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AuthenticateResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.AuthenticateResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.AuthenticateResponse & fluss.AuthenticateResponse.$Shape} AuthenticateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthenticateResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.AuthenticateResponse();
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
                        m.challenge = r.bytes();
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
         * Decodes an AuthenticateResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.AuthenticateResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.AuthenticateResponse & fluss.AuthenticateResponse.$Shape} AuthenticateResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AuthenticateResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates an AuthenticateResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.AuthenticateResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.AuthenticateResponse} AuthenticateResponse
         */
        AuthenticateResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.AuthenticateResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.AuthenticateResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.AuthenticateResponse();
            if (d.challenge != null) {
                if (typeof d.challenge === "string")
                    $util.base64.decode(d.challenge, m.challenge = $util.newBuffer($util.base64.length(d.challenge)), 0);
                else if (d.challenge.length >= 0)
                    m.challenge = d.challenge;
            }
            return m;
        };

        /**
         * Creates a plain object from an AuthenticateResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.AuthenticateResponse
         * @static
         * @param {fluss.AuthenticateResponse} m AuthenticateResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AuthenticateResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.challenge = "";
                else {
                    d.challenge = [];
                    if (o.bytes !== $Array)
                        d.challenge = $util.newBuffer(d.challenge);
                }
            }
            if (m.challenge != null && $Object.hasOwnProperty.call(m, "challenge")) {
                d.challenge = o.bytes === $String ? $util.base64.encode(m.challenge, 0, m.challenge.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.challenge) : m.challenge;
            }
            return d;
        };

        /**
         * Converts this AuthenticateResponse to JSON.
         * @function toJSON
         * @memberof fluss.AuthenticateResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AuthenticateResponse.prototype.toJSON = function() {
            return AuthenticateResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AuthenticateResponse
         * @function getTypeUrl
         * @memberof fluss.AuthenticateResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AuthenticateResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.AuthenticateResponse";
        };

        return AuthenticateResponse;
    })();

    fluss.CreateDatabaseRequest = (function() {

        /**
         * Properties of a CreateDatabaseRequest.
         * @typedef {Object} fluss.CreateDatabaseRequest.$Properties
         * @property {string} databaseName CreateDatabaseRequest databaseName
         * @property {boolean} ignoreIfExists CreateDatabaseRequest ignoreIfExists
         * @property {Uint8Array|null} [databaseJson] CreateDatabaseRequest databaseJson
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CreateDatabaseRequest.
         * @memberof fluss
         * @interface ICreateDatabaseRequest
         * @augments fluss.CreateDatabaseRequest.$Properties
         * @deprecated Use fluss.CreateDatabaseRequest.$Properties instead.
         */

        /**
         * Shape of a CreateDatabaseRequest.
         * @typedef {fluss.CreateDatabaseRequest.$Properties} fluss.CreateDatabaseRequest.$Shape
         */

        /**
         * Constructs a new CreateDatabaseRequest.
         * @memberof fluss
         * @classdesc Represents a CreateDatabaseRequest.
         * @constructor
         * @param {fluss.CreateDatabaseRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var CreateDatabaseRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CreateDatabaseRequest databaseName.
         * @member {string} databaseName
         * @memberof fluss.CreateDatabaseRequest
         * @instance
         */
        CreateDatabaseRequest.prototype.databaseName = "";

        /**
         * CreateDatabaseRequest ignoreIfExists.
         * @member {boolean} ignoreIfExists
         * @memberof fluss.CreateDatabaseRequest
         * @instance
         */
        CreateDatabaseRequest.prototype.ignoreIfExists = false;

        /**
         * CreateDatabaseRequest databaseJson.
         * @member {Uint8Array} databaseJson
         * @memberof fluss.CreateDatabaseRequest
         * @instance
         */
        CreateDatabaseRequest.prototype.databaseJson = $util.newBuffer([]);

        /**
         * Creates a new CreateDatabaseRequest instance using the specified properties.
         * @function create
         * @memberof fluss.CreateDatabaseRequest
         * @static
         * @param {fluss.CreateDatabaseRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.CreateDatabaseRequest} CreateDatabaseRequest instance
         * @type {{
         *   (properties: fluss.CreateDatabaseRequest.$Shape): fluss.CreateDatabaseRequest & fluss.CreateDatabaseRequest.$Shape;
         *   (properties?: fluss.CreateDatabaseRequest.$Properties): fluss.CreateDatabaseRequest;
         * }}
         */
        CreateDatabaseRequest.create = function(properties) {
            return new CreateDatabaseRequest(properties);
        };

        /**
         * Encodes the specified CreateDatabaseRequest message. Does not implicitly {@link fluss.CreateDatabaseRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.CreateDatabaseRequest
         * @static
         * @param {fluss.CreateDatabaseRequest.$Properties} m CreateDatabaseRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateDatabaseRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.databaseName);
            w.uint32(/* id 2, wireType 0 =*/16).bool(m.ignoreIfExists);
            if (m.databaseJson != null && $Object.hasOwnProperty.call(m, "databaseJson"))
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.databaseJson);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CreateDatabaseRequest message, length delimited. Does not implicitly {@link fluss.CreateDatabaseRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.CreateDatabaseRequest
         * @static
         * @param {fluss.CreateDatabaseRequest.$Properties} message CreateDatabaseRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateDatabaseRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CreateDatabaseRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.CreateDatabaseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.CreateDatabaseRequest & fluss.CreateDatabaseRequest.$Shape} CreateDatabaseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateDatabaseRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.CreateDatabaseRequest();
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
                        m.databaseName = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.ignoreIfExists = r.bool();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.databaseJson = r.bytes();
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
            if (!$Object.hasOwnProperty.call(m, "databaseName"))
                throw $util.ProtocolError("missing required 'databaseName'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "ignoreIfExists"))
                throw $util.ProtocolError("missing required 'ignoreIfExists'", { instance: m });
            return m;
        };

        /**
         * Decodes a CreateDatabaseRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.CreateDatabaseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.CreateDatabaseRequest & fluss.CreateDatabaseRequest.$Shape} CreateDatabaseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateDatabaseRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a CreateDatabaseRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.CreateDatabaseRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.CreateDatabaseRequest} CreateDatabaseRequest
         */
        CreateDatabaseRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.CreateDatabaseRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.CreateDatabaseRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.CreateDatabaseRequest();
            if (d.databaseName != null) {
                m.databaseName = $String(d.databaseName);
            }
            if (d.ignoreIfExists != null) {
                m.ignoreIfExists = $Boolean(d.ignoreIfExists);
            }
            if (d.databaseJson != null) {
                if (typeof d.databaseJson === "string")
                    $util.base64.decode(d.databaseJson, m.databaseJson = $util.newBuffer($util.base64.length(d.databaseJson)), 0);
                else if (d.databaseJson.length >= 0)
                    m.databaseJson = d.databaseJson;
            }
            return m;
        };

        /**
         * Creates a plain object from a CreateDatabaseRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.CreateDatabaseRequest
         * @static
         * @param {fluss.CreateDatabaseRequest} m CreateDatabaseRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CreateDatabaseRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.databaseName = "";
                d.ignoreIfExists = false;
                if (o.bytes === $String)
                    d.databaseJson = "";
                else {
                    d.databaseJson = [];
                    if (o.bytes !== $Array)
                        d.databaseJson = $util.newBuffer(d.databaseJson);
                }
            }
            if (m.databaseName != null && $Object.hasOwnProperty.call(m, "databaseName")) {
                d.databaseName = m.databaseName;
            }
            if (m.ignoreIfExists != null && $Object.hasOwnProperty.call(m, "ignoreIfExists")) {
                d.ignoreIfExists = m.ignoreIfExists;
            }
            if (m.databaseJson != null && $Object.hasOwnProperty.call(m, "databaseJson")) {
                d.databaseJson = o.bytes === $String ? $util.base64.encode(m.databaseJson, 0, m.databaseJson.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.databaseJson) : m.databaseJson;
            }
            return d;
        };

        /**
         * Converts this CreateDatabaseRequest to JSON.
         * @function toJSON
         * @memberof fluss.CreateDatabaseRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CreateDatabaseRequest.prototype.toJSON = function() {
            return CreateDatabaseRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CreateDatabaseRequest
         * @function getTypeUrl
         * @memberof fluss.CreateDatabaseRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CreateDatabaseRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.CreateDatabaseRequest";
        };

        return CreateDatabaseRequest;
    })();

    fluss.CreateDatabaseResponse = (function() {

        /**
         * Properties of a CreateDatabaseResponse.
         * @typedef {Object} fluss.CreateDatabaseResponse.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CreateDatabaseResponse.
         * @memberof fluss
         * @interface ICreateDatabaseResponse
         * @augments fluss.CreateDatabaseResponse.$Properties
         * @deprecated Use fluss.CreateDatabaseResponse.$Properties instead.
         */

        /**
         * Shape of a CreateDatabaseResponse.
         * @typedef {fluss.CreateDatabaseResponse.$Properties} fluss.CreateDatabaseResponse.$Shape
         */

        /**
         * Constructs a new CreateDatabaseResponse.
         * @memberof fluss
         * @classdesc Represents a CreateDatabaseResponse.
         * @constructor
         * @param {fluss.CreateDatabaseResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var CreateDatabaseResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new CreateDatabaseResponse instance using the specified properties.
         * @function create
         * @memberof fluss.CreateDatabaseResponse
         * @static
         * @param {fluss.CreateDatabaseResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.CreateDatabaseResponse} CreateDatabaseResponse instance
         * @type {{
         *   (properties: fluss.CreateDatabaseResponse.$Shape): fluss.CreateDatabaseResponse & fluss.CreateDatabaseResponse.$Shape;
         *   (properties?: fluss.CreateDatabaseResponse.$Properties): fluss.CreateDatabaseResponse;
         * }}
         */
        CreateDatabaseResponse.create = function(properties) {
            return new CreateDatabaseResponse(properties);
        };

        /**
         * Encodes the specified CreateDatabaseResponse message. Does not implicitly {@link fluss.CreateDatabaseResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.CreateDatabaseResponse
         * @static
         * @param {fluss.CreateDatabaseResponse.$Properties} m CreateDatabaseResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateDatabaseResponse.encode = function (m, w, q) {
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
         * Encodes the specified CreateDatabaseResponse message, length delimited. Does not implicitly {@link fluss.CreateDatabaseResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.CreateDatabaseResponse
         * @static
         * @param {fluss.CreateDatabaseResponse.$Properties} message CreateDatabaseResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateDatabaseResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CreateDatabaseResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.CreateDatabaseResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.CreateDatabaseResponse & fluss.CreateDatabaseResponse.$Shape} CreateDatabaseResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateDatabaseResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.CreateDatabaseResponse();
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
         * Decodes a CreateDatabaseResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.CreateDatabaseResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.CreateDatabaseResponse & fluss.CreateDatabaseResponse.$Shape} CreateDatabaseResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateDatabaseResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a CreateDatabaseResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.CreateDatabaseResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.CreateDatabaseResponse} CreateDatabaseResponse
         */
        CreateDatabaseResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.CreateDatabaseResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.CreateDatabaseResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.fluss.CreateDatabaseResponse();
        };

        /**
         * Creates a plain object from a CreateDatabaseResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.CreateDatabaseResponse
         * @static
         * @param {fluss.CreateDatabaseResponse} m CreateDatabaseResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CreateDatabaseResponse.toObject = function () {
            return {};
        };

        /**
         * Converts this CreateDatabaseResponse to JSON.
         * @function toJSON
         * @memberof fluss.CreateDatabaseResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CreateDatabaseResponse.prototype.toJSON = function() {
            return CreateDatabaseResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CreateDatabaseResponse
         * @function getTypeUrl
         * @memberof fluss.CreateDatabaseResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CreateDatabaseResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.CreateDatabaseResponse";
        };

        return CreateDatabaseResponse;
    })();

    fluss.DropDatabaseRequest = (function() {

        /**
         * Properties of a DropDatabaseRequest.
         * @typedef {Object} fluss.DropDatabaseRequest.$Properties
         * @property {string} databaseName DropDatabaseRequest databaseName
         * @property {boolean} ignoreIfNotExists DropDatabaseRequest ignoreIfNotExists
         * @property {boolean} cascade DropDatabaseRequest cascade
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DropDatabaseRequest.
         * @memberof fluss
         * @interface IDropDatabaseRequest
         * @augments fluss.DropDatabaseRequest.$Properties
         * @deprecated Use fluss.DropDatabaseRequest.$Properties instead.
         */

        /**
         * Shape of a DropDatabaseRequest.
         * @typedef {fluss.DropDatabaseRequest.$Properties} fluss.DropDatabaseRequest.$Shape
         */

        /**
         * Constructs a new DropDatabaseRequest.
         * @memberof fluss
         * @classdesc Represents a DropDatabaseRequest.
         * @constructor
         * @param {fluss.DropDatabaseRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var DropDatabaseRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DropDatabaseRequest databaseName.
         * @member {string} databaseName
         * @memberof fluss.DropDatabaseRequest
         * @instance
         */
        DropDatabaseRequest.prototype.databaseName = "";

        /**
         * DropDatabaseRequest ignoreIfNotExists.
         * @member {boolean} ignoreIfNotExists
         * @memberof fluss.DropDatabaseRequest
         * @instance
         */
        DropDatabaseRequest.prototype.ignoreIfNotExists = false;

        /**
         * DropDatabaseRequest cascade.
         * @member {boolean} cascade
         * @memberof fluss.DropDatabaseRequest
         * @instance
         */
        DropDatabaseRequest.prototype.cascade = false;

        /**
         * Creates a new DropDatabaseRequest instance using the specified properties.
         * @function create
         * @memberof fluss.DropDatabaseRequest
         * @static
         * @param {fluss.DropDatabaseRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.DropDatabaseRequest} DropDatabaseRequest instance
         * @type {{
         *   (properties: fluss.DropDatabaseRequest.$Shape): fluss.DropDatabaseRequest & fluss.DropDatabaseRequest.$Shape;
         *   (properties?: fluss.DropDatabaseRequest.$Properties): fluss.DropDatabaseRequest;
         * }}
         */
        DropDatabaseRequest.create = function(properties) {
            return new DropDatabaseRequest(properties);
        };

        /**
         * Encodes the specified DropDatabaseRequest message. Does not implicitly {@link fluss.DropDatabaseRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.DropDatabaseRequest
         * @static
         * @param {fluss.DropDatabaseRequest.$Properties} m DropDatabaseRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DropDatabaseRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.databaseName);
            w.uint32(/* id 2, wireType 0 =*/16).bool(m.ignoreIfNotExists);
            w.uint32(/* id 3, wireType 0 =*/24).bool(m.cascade);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DropDatabaseRequest message, length delimited. Does not implicitly {@link fluss.DropDatabaseRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.DropDatabaseRequest
         * @static
         * @param {fluss.DropDatabaseRequest.$Properties} message DropDatabaseRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DropDatabaseRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DropDatabaseRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.DropDatabaseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.DropDatabaseRequest & fluss.DropDatabaseRequest.$Shape} DropDatabaseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DropDatabaseRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.DropDatabaseRequest();
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
                        m.databaseName = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.ignoreIfNotExists = r.bool();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.cascade = r.bool();
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
            if (!$Object.hasOwnProperty.call(m, "databaseName"))
                throw $util.ProtocolError("missing required 'databaseName'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "ignoreIfNotExists"))
                throw $util.ProtocolError("missing required 'ignoreIfNotExists'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "cascade"))
                throw $util.ProtocolError("missing required 'cascade'", { instance: m });
            return m;
        };

        /**
         * Decodes a DropDatabaseRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.DropDatabaseRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.DropDatabaseRequest & fluss.DropDatabaseRequest.$Shape} DropDatabaseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DropDatabaseRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a DropDatabaseRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.DropDatabaseRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.DropDatabaseRequest} DropDatabaseRequest
         */
        DropDatabaseRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.DropDatabaseRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.DropDatabaseRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.DropDatabaseRequest();
            if (d.databaseName != null) {
                m.databaseName = $String(d.databaseName);
            }
            if (d.ignoreIfNotExists != null) {
                m.ignoreIfNotExists = $Boolean(d.ignoreIfNotExists);
            }
            if (d.cascade != null) {
                m.cascade = $Boolean(d.cascade);
            }
            return m;
        };

        /**
         * Creates a plain object from a DropDatabaseRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.DropDatabaseRequest
         * @static
         * @param {fluss.DropDatabaseRequest} m DropDatabaseRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DropDatabaseRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.databaseName = "";
                d.ignoreIfNotExists = false;
                d.cascade = false;
            }
            if (m.databaseName != null && $Object.hasOwnProperty.call(m, "databaseName")) {
                d.databaseName = m.databaseName;
            }
            if (m.ignoreIfNotExists != null && $Object.hasOwnProperty.call(m, "ignoreIfNotExists")) {
                d.ignoreIfNotExists = m.ignoreIfNotExists;
            }
            if (m.cascade != null && $Object.hasOwnProperty.call(m, "cascade")) {
                d.cascade = m.cascade;
            }
            return d;
        };

        /**
         * Converts this DropDatabaseRequest to JSON.
         * @function toJSON
         * @memberof fluss.DropDatabaseRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DropDatabaseRequest.prototype.toJSON = function() {
            return DropDatabaseRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DropDatabaseRequest
         * @function getTypeUrl
         * @memberof fluss.DropDatabaseRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DropDatabaseRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.DropDatabaseRequest";
        };

        return DropDatabaseRequest;
    })();

    fluss.DropDatabaseResponse = (function() {

        /**
         * Properties of a DropDatabaseResponse.
         * @typedef {Object} fluss.DropDatabaseResponse.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DropDatabaseResponse.
         * @memberof fluss
         * @interface IDropDatabaseResponse
         * @augments fluss.DropDatabaseResponse.$Properties
         * @deprecated Use fluss.DropDatabaseResponse.$Properties instead.
         */

        /**
         * Shape of a DropDatabaseResponse.
         * @typedef {fluss.DropDatabaseResponse.$Properties} fluss.DropDatabaseResponse.$Shape
         */

        /**
         * Constructs a new DropDatabaseResponse.
         * @memberof fluss
         * @classdesc Represents a DropDatabaseResponse.
         * @constructor
         * @param {fluss.DropDatabaseResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var DropDatabaseResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new DropDatabaseResponse instance using the specified properties.
         * @function create
         * @memberof fluss.DropDatabaseResponse
         * @static
         * @param {fluss.DropDatabaseResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.DropDatabaseResponse} DropDatabaseResponse instance
         * @type {{
         *   (properties: fluss.DropDatabaseResponse.$Shape): fluss.DropDatabaseResponse & fluss.DropDatabaseResponse.$Shape;
         *   (properties?: fluss.DropDatabaseResponse.$Properties): fluss.DropDatabaseResponse;
         * }}
         */
        DropDatabaseResponse.create = function(properties) {
            return new DropDatabaseResponse(properties);
        };

        /**
         * Encodes the specified DropDatabaseResponse message. Does not implicitly {@link fluss.DropDatabaseResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.DropDatabaseResponse
         * @static
         * @param {fluss.DropDatabaseResponse.$Properties} m DropDatabaseResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DropDatabaseResponse.encode = function (m, w, q) {
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
         * Encodes the specified DropDatabaseResponse message, length delimited. Does not implicitly {@link fluss.DropDatabaseResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.DropDatabaseResponse
         * @static
         * @param {fluss.DropDatabaseResponse.$Properties} message DropDatabaseResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DropDatabaseResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DropDatabaseResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.DropDatabaseResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.DropDatabaseResponse & fluss.DropDatabaseResponse.$Shape} DropDatabaseResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DropDatabaseResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.DropDatabaseResponse();
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
         * Decodes a DropDatabaseResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.DropDatabaseResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.DropDatabaseResponse & fluss.DropDatabaseResponse.$Shape} DropDatabaseResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DropDatabaseResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a DropDatabaseResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.DropDatabaseResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.DropDatabaseResponse} DropDatabaseResponse
         */
        DropDatabaseResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.DropDatabaseResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.DropDatabaseResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.fluss.DropDatabaseResponse();
        };

        /**
         * Creates a plain object from a DropDatabaseResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.DropDatabaseResponse
         * @static
         * @param {fluss.DropDatabaseResponse} m DropDatabaseResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DropDatabaseResponse.toObject = function () {
            return {};
        };

        /**
         * Converts this DropDatabaseResponse to JSON.
         * @function toJSON
         * @memberof fluss.DropDatabaseResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DropDatabaseResponse.prototype.toJSON = function() {
            return DropDatabaseResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DropDatabaseResponse
         * @function getTypeUrl
         * @memberof fluss.DropDatabaseResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DropDatabaseResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.DropDatabaseResponse";
        };

        return DropDatabaseResponse;
    })();

    fluss.PbDatabaseSummary = (function() {

        /**
         * Properties of a PbDatabaseSummary.
         * @typedef {Object} fluss.PbDatabaseSummary.$Properties
         * @property {string} databaseName PbDatabaseSummary databaseName
         * @property {Long} createdTime PbDatabaseSummary createdTime
         * @property {number} tableCount PbDatabaseSummary tableCount
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbDatabaseSummary.
         * @memberof fluss
         * @interface IPbDatabaseSummary
         * @augments fluss.PbDatabaseSummary.$Properties
         * @deprecated Use fluss.PbDatabaseSummary.$Properties instead.
         */

        /**
         * Shape of a PbDatabaseSummary.
         * @typedef {fluss.PbDatabaseSummary.$Properties} fluss.PbDatabaseSummary.$Shape
         */

        /**
         * Constructs a new PbDatabaseSummary.
         * @memberof fluss
         * @classdesc Represents a PbDatabaseSummary.
         * @constructor
         * @param {fluss.PbDatabaseSummary.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbDatabaseSummary = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbDatabaseSummary databaseName.
         * @member {string} databaseName
         * @memberof fluss.PbDatabaseSummary
         * @instance
         */
        PbDatabaseSummary.prototype.databaseName = "";

        /**
         * PbDatabaseSummary createdTime.
         * @member {Long} createdTime
         * @memberof fluss.PbDatabaseSummary
         * @instance
         */
        PbDatabaseSummary.prototype.createdTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbDatabaseSummary tableCount.
         * @member {number} tableCount
         * @memberof fluss.PbDatabaseSummary
         * @instance
         */
        PbDatabaseSummary.prototype.tableCount = 0;

        /**
         * Creates a new PbDatabaseSummary instance using the specified properties.
         * @function create
         * @memberof fluss.PbDatabaseSummary
         * @static
         * @param {fluss.PbDatabaseSummary.$Properties=} [properties] Properties to set
         * @returns {fluss.PbDatabaseSummary} PbDatabaseSummary instance
         * @type {{
         *   (properties: fluss.PbDatabaseSummary.$Shape): fluss.PbDatabaseSummary & fluss.PbDatabaseSummary.$Shape;
         *   (properties?: fluss.PbDatabaseSummary.$Properties): fluss.PbDatabaseSummary;
         * }}
         */
        PbDatabaseSummary.create = function(properties) {
            return new PbDatabaseSummary(properties);
        };

        /**
         * Encodes the specified PbDatabaseSummary message. Does not implicitly {@link fluss.PbDatabaseSummary.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbDatabaseSummary
         * @static
         * @param {fluss.PbDatabaseSummary.$Properties} m PbDatabaseSummary message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbDatabaseSummary.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.databaseName);
            w.uint32(/* id 2, wireType 0 =*/16).int64(m.createdTime);
            w.uint32(/* id 3, wireType 0 =*/24).int32(m.tableCount);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbDatabaseSummary message, length delimited. Does not implicitly {@link fluss.PbDatabaseSummary.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbDatabaseSummary
         * @static
         * @param {fluss.PbDatabaseSummary.$Properties} message PbDatabaseSummary message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbDatabaseSummary.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbDatabaseSummary message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbDatabaseSummary
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbDatabaseSummary & fluss.PbDatabaseSummary.$Shape} PbDatabaseSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbDatabaseSummary.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbDatabaseSummary();
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
                        m.databaseName = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.createdTime = r.int64();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.tableCount = r.int32();
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
            if (!$Object.hasOwnProperty.call(m, "databaseName"))
                throw $util.ProtocolError("missing required 'databaseName'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "createdTime"))
                throw $util.ProtocolError("missing required 'createdTime'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "tableCount"))
                throw $util.ProtocolError("missing required 'tableCount'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbDatabaseSummary message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbDatabaseSummary
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbDatabaseSummary & fluss.PbDatabaseSummary.$Shape} PbDatabaseSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbDatabaseSummary.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbDatabaseSummary message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbDatabaseSummary
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbDatabaseSummary} PbDatabaseSummary
         */
        PbDatabaseSummary.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbDatabaseSummary)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbDatabaseSummary: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbDatabaseSummary();
            if (d.databaseName != null) {
                m.databaseName = $String(d.databaseName);
            }
            if (d.createdTime != null) {
                if ($util.Long)
                    m.createdTime = $util.Long.fromValue(d.createdTime, false);
                else if (typeof d.createdTime === "string")
                    m.createdTime = $parseInt(d.createdTime, 10);
                else if (typeof d.createdTime === "number")
                    m.createdTime = d.createdTime;
                else if (typeof d.createdTime === "object")
                    m.createdTime = new $util.LongBits(d.createdTime.low >>> 0, d.createdTime.high >>> 0).toNumber();
            }
            if (d.tableCount != null) {
                m.tableCount = d.tableCount | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a PbDatabaseSummary message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbDatabaseSummary
         * @static
         * @param {fluss.PbDatabaseSummary} m PbDatabaseSummary
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbDatabaseSummary.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.databaseName = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.createdTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.tableCount = 0;
            }
            if (m.databaseName != null && $Object.hasOwnProperty.call(m, "databaseName")) {
                d.databaseName = m.databaseName;
            }
            if (m.createdTime != null && $Object.hasOwnProperty.call(m, "createdTime")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdTime = typeof m.createdTime === "number" ? $BigInt(m.createdTime) : $util.Long.fromBits(m.createdTime.low >>> 0, m.createdTime.high >>> 0, false).toBigInt();
                else if (typeof m.createdTime === "number")
                    d.createdTime = o.longs === $String ? $String(m.createdTime) : m.createdTime;
                else
                    d.createdTime = o.longs === $String ? $util.Long.prototype.toString.call(m.createdTime) : o.longs === $Number ? new $util.LongBits(m.createdTime.low >>> 0, m.createdTime.high >>> 0).toNumber() : m.createdTime;
            }
            if (m.tableCount != null && $Object.hasOwnProperty.call(m, "tableCount")) {
                d.tableCount = m.tableCount;
            }
            return d;
        };

        /**
         * Converts this PbDatabaseSummary to JSON.
         * @function toJSON
         * @memberof fluss.PbDatabaseSummary
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbDatabaseSummary.prototype.toJSON = function() {
            return PbDatabaseSummary.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbDatabaseSummary
         * @function getTypeUrl
         * @memberof fluss.PbDatabaseSummary
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbDatabaseSummary.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbDatabaseSummary";
        };

        return PbDatabaseSummary;
    })();

    fluss.ListDatabasesRequest = (function() {

        /**
         * Properties of a ListDatabasesRequest.
         * @typedef {Object} fluss.ListDatabasesRequest.$Properties
         * @property {boolean|null} [includeSummary] ListDatabasesRequest includeSummary
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ListDatabasesRequest.
         * @memberof fluss
         * @interface IListDatabasesRequest
         * @augments fluss.ListDatabasesRequest.$Properties
         * @deprecated Use fluss.ListDatabasesRequest.$Properties instead.
         */

        /**
         * Shape of a ListDatabasesRequest.
         * @typedef {fluss.ListDatabasesRequest.$Properties} fluss.ListDatabasesRequest.$Shape
         */

        /**
         * Constructs a new ListDatabasesRequest.
         * @memberof fluss
         * @classdesc Represents a ListDatabasesRequest.
         * @constructor
         * @param {fluss.ListDatabasesRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ListDatabasesRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ListDatabasesRequest includeSummary.
         * @member {boolean} includeSummary
         * @memberof fluss.ListDatabasesRequest
         * @instance
         */
        ListDatabasesRequest.prototype.includeSummary = false;

        /**
         * Creates a new ListDatabasesRequest instance using the specified properties.
         * @function create
         * @memberof fluss.ListDatabasesRequest
         * @static
         * @param {fluss.ListDatabasesRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.ListDatabasesRequest} ListDatabasesRequest instance
         * @type {{
         *   (properties: fluss.ListDatabasesRequest.$Shape): fluss.ListDatabasesRequest & fluss.ListDatabasesRequest.$Shape;
         *   (properties?: fluss.ListDatabasesRequest.$Properties): fluss.ListDatabasesRequest;
         * }}
         */
        ListDatabasesRequest.create = function(properties) {
            return new ListDatabasesRequest(properties);
        };

        /**
         * Encodes the specified ListDatabasesRequest message. Does not implicitly {@link fluss.ListDatabasesRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.ListDatabasesRequest
         * @static
         * @param {fluss.ListDatabasesRequest.$Properties} m ListDatabasesRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListDatabasesRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.includeSummary != null && $Object.hasOwnProperty.call(m, "includeSummary"))
                w.uint32(/* id 1, wireType 0 =*/8).bool(m.includeSummary);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ListDatabasesRequest message, length delimited. Does not implicitly {@link fluss.ListDatabasesRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.ListDatabasesRequest
         * @static
         * @param {fluss.ListDatabasesRequest.$Properties} message ListDatabasesRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListDatabasesRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ListDatabasesRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.ListDatabasesRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.ListDatabasesRequest & fluss.ListDatabasesRequest.$Shape} ListDatabasesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListDatabasesRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.ListDatabasesRequest();
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
                        m.includeSummary = r.bool();
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
         * Decodes a ListDatabasesRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.ListDatabasesRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.ListDatabasesRequest & fluss.ListDatabasesRequest.$Shape} ListDatabasesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListDatabasesRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a ListDatabasesRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.ListDatabasesRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.ListDatabasesRequest} ListDatabasesRequest
         */
        ListDatabasesRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.ListDatabasesRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.ListDatabasesRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.ListDatabasesRequest();
            if (d.includeSummary != null) {
                m.includeSummary = $Boolean(d.includeSummary);
            }
            return m;
        };

        /**
         * Creates a plain object from a ListDatabasesRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.ListDatabasesRequest
         * @static
         * @param {fluss.ListDatabasesRequest} m ListDatabasesRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ListDatabasesRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.includeSummary = false;
            }
            if (m.includeSummary != null && $Object.hasOwnProperty.call(m, "includeSummary")) {
                d.includeSummary = m.includeSummary;
            }
            return d;
        };

        /**
         * Converts this ListDatabasesRequest to JSON.
         * @function toJSON
         * @memberof fluss.ListDatabasesRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ListDatabasesRequest.prototype.toJSON = function() {
            return ListDatabasesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ListDatabasesRequest
         * @function getTypeUrl
         * @memberof fluss.ListDatabasesRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ListDatabasesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.ListDatabasesRequest";
        };

        return ListDatabasesRequest;
    })();

    fluss.ListDatabasesResponse = (function() {

        /**
         * Properties of a ListDatabasesResponse.
         * @typedef {Object} fluss.ListDatabasesResponse.$Properties
         * @property {Array.<string>|null} [databaseName] ListDatabasesResponse databaseName
         * @property {Array.<fluss.PbDatabaseSummary.$Properties>|null} [databaseSummary] ListDatabasesResponse databaseSummary
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ListDatabasesResponse.
         * @memberof fluss
         * @interface IListDatabasesResponse
         * @augments fluss.ListDatabasesResponse.$Properties
         * @deprecated Use fluss.ListDatabasesResponse.$Properties instead.
         */

        /**
         * Shape of a ListDatabasesResponse.
         * @typedef {fluss.ListDatabasesResponse.$Properties} fluss.ListDatabasesResponse.$Shape
         */

        /**
         * Constructs a new ListDatabasesResponse.
         * @memberof fluss
         * @classdesc Represents a ListDatabasesResponse.
         * @constructor
         * @param {fluss.ListDatabasesResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ListDatabasesResponse = function (p) {
            this.databaseName = [];
            this.databaseSummary = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ListDatabasesResponse databaseName.
         * @member {Array.<string>} databaseName
         * @memberof fluss.ListDatabasesResponse
         * @instance
         */
        ListDatabasesResponse.prototype.databaseName = $util.emptyArray;

        /**
         * ListDatabasesResponse databaseSummary.
         * @member {Array.<fluss.PbDatabaseSummary.$Properties>} databaseSummary
         * @memberof fluss.ListDatabasesResponse
         * @instance
         */
        ListDatabasesResponse.prototype.databaseSummary = $util.emptyArray;

        /**
         * Creates a new ListDatabasesResponse instance using the specified properties.
         * @function create
         * @memberof fluss.ListDatabasesResponse
         * @static
         * @param {fluss.ListDatabasesResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.ListDatabasesResponse} ListDatabasesResponse instance
         * @type {{
         *   (properties: fluss.ListDatabasesResponse.$Shape): fluss.ListDatabasesResponse & fluss.ListDatabasesResponse.$Shape;
         *   (properties?: fluss.ListDatabasesResponse.$Properties): fluss.ListDatabasesResponse;
         * }}
         */
        ListDatabasesResponse.create = function(properties) {
            return new ListDatabasesResponse(properties);
        };

        /**
         * Encodes the specified ListDatabasesResponse message. Does not implicitly {@link fluss.ListDatabasesResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.ListDatabasesResponse
         * @static
         * @param {fluss.ListDatabasesResponse.$Properties} m ListDatabasesResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListDatabasesResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.databaseName != null && m.databaseName.length) {
                for (var i = 0; i < m.databaseName.length; ++i)
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.databaseName[i]);
            }
            if (m.databaseSummary != null && m.databaseSummary.length) {
                for (var i = 0; i < m.databaseSummary.length; ++i)
                    $root.fluss.PbDatabaseSummary.encode(m.databaseSummary[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ListDatabasesResponse message, length delimited. Does not implicitly {@link fluss.ListDatabasesResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.ListDatabasesResponse
         * @static
         * @param {fluss.ListDatabasesResponse.$Properties} message ListDatabasesResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListDatabasesResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ListDatabasesResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.ListDatabasesResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.ListDatabasesResponse & fluss.ListDatabasesResponse.$Shape} ListDatabasesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListDatabasesResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.ListDatabasesResponse();
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
                        if (!(m.databaseName && m.databaseName.length))
                            m.databaseName = [];
                        m.databaseName.push(r.string());
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.databaseSummary && m.databaseSummary.length))
                            m.databaseSummary = [];
                        m.databaseSummary.push($root.fluss.PbDatabaseSummary.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a ListDatabasesResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.ListDatabasesResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.ListDatabasesResponse & fluss.ListDatabasesResponse.$Shape} ListDatabasesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListDatabasesResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a ListDatabasesResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.ListDatabasesResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.ListDatabasesResponse} ListDatabasesResponse
         */
        ListDatabasesResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.ListDatabasesResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.ListDatabasesResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.ListDatabasesResponse();
            if (d.databaseName) {
                if (!$Array.isArray(d.databaseName))
                    throw $TypeError(".fluss.ListDatabasesResponse.databaseName: array expected");
                m.databaseName = $Array(d.databaseName.length);
                for (var i = 0; i < d.databaseName.length; ++i) {
                    m.databaseName[i] = $String(d.databaseName[i]);
                }
            }
            if (d.databaseSummary) {
                if (!$Array.isArray(d.databaseSummary))
                    throw $TypeError(".fluss.ListDatabasesResponse.databaseSummary: array expected");
                m.databaseSummary = $Array(d.databaseSummary.length);
                for (var i = 0; i < d.databaseSummary.length; ++i) {
                    if (!$util.isObject(d.databaseSummary[i]))
                        throw $TypeError(".fluss.ListDatabasesResponse.databaseSummary: object expected");
                    m.databaseSummary[i] = $root.fluss.PbDatabaseSummary.fromObject(d.databaseSummary[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ListDatabasesResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.ListDatabasesResponse
         * @static
         * @param {fluss.ListDatabasesResponse} m ListDatabasesResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ListDatabasesResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.databaseName = [];
                d.databaseSummary = [];
            }
            if (m.databaseName && m.databaseName.length) {
                d.databaseName = $Array(m.databaseName.length);
                for (var j = 0; j < m.databaseName.length; ++j) {
                    d.databaseName[j] = m.databaseName[j];
                }
            }
            if (m.databaseSummary && m.databaseSummary.length) {
                d.databaseSummary = $Array(m.databaseSummary.length);
                for (var j = 0; j < m.databaseSummary.length; ++j) {
                    d.databaseSummary[j] = $root.fluss.PbDatabaseSummary.toObject(m.databaseSummary[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this ListDatabasesResponse to JSON.
         * @function toJSON
         * @memberof fluss.ListDatabasesResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ListDatabasesResponse.prototype.toJSON = function() {
            return ListDatabasesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ListDatabasesResponse
         * @function getTypeUrl
         * @memberof fluss.ListDatabasesResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ListDatabasesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.ListDatabasesResponse";
        };

        return ListDatabasesResponse;
    })();

    fluss.DatabaseExistsRequest = (function() {

        /**
         * Properties of a DatabaseExistsRequest.
         * @typedef {Object} fluss.DatabaseExistsRequest.$Properties
         * @property {string} databaseName DatabaseExistsRequest databaseName
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DatabaseExistsRequest.
         * @memberof fluss
         * @interface IDatabaseExistsRequest
         * @augments fluss.DatabaseExistsRequest.$Properties
         * @deprecated Use fluss.DatabaseExistsRequest.$Properties instead.
         */

        /**
         * Shape of a DatabaseExistsRequest.
         * @typedef {fluss.DatabaseExistsRequest.$Properties} fluss.DatabaseExistsRequest.$Shape
         */

        /**
         * Constructs a new DatabaseExistsRequest.
         * @memberof fluss
         * @classdesc Represents a DatabaseExistsRequest.
         * @constructor
         * @param {fluss.DatabaseExistsRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var DatabaseExistsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DatabaseExistsRequest databaseName.
         * @member {string} databaseName
         * @memberof fluss.DatabaseExistsRequest
         * @instance
         */
        DatabaseExistsRequest.prototype.databaseName = "";

        /**
         * Creates a new DatabaseExistsRequest instance using the specified properties.
         * @function create
         * @memberof fluss.DatabaseExistsRequest
         * @static
         * @param {fluss.DatabaseExistsRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.DatabaseExistsRequest} DatabaseExistsRequest instance
         * @type {{
         *   (properties: fluss.DatabaseExistsRequest.$Shape): fluss.DatabaseExistsRequest & fluss.DatabaseExistsRequest.$Shape;
         *   (properties?: fluss.DatabaseExistsRequest.$Properties): fluss.DatabaseExistsRequest;
         * }}
         */
        DatabaseExistsRequest.create = function(properties) {
            return new DatabaseExistsRequest(properties);
        };

        /**
         * Encodes the specified DatabaseExistsRequest message. Does not implicitly {@link fluss.DatabaseExistsRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.DatabaseExistsRequest
         * @static
         * @param {fluss.DatabaseExistsRequest.$Properties} m DatabaseExistsRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DatabaseExistsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.databaseName);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DatabaseExistsRequest message, length delimited. Does not implicitly {@link fluss.DatabaseExistsRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.DatabaseExistsRequest
         * @static
         * @param {fluss.DatabaseExistsRequest.$Properties} message DatabaseExistsRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DatabaseExistsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DatabaseExistsRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.DatabaseExistsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.DatabaseExistsRequest & fluss.DatabaseExistsRequest.$Shape} DatabaseExistsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DatabaseExistsRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.DatabaseExistsRequest();
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
                        m.databaseName = r.string();
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
            if (!$Object.hasOwnProperty.call(m, "databaseName"))
                throw $util.ProtocolError("missing required 'databaseName'", { instance: m });
            return m;
        };

        /**
         * Decodes a DatabaseExistsRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.DatabaseExistsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.DatabaseExistsRequest & fluss.DatabaseExistsRequest.$Shape} DatabaseExistsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DatabaseExistsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a DatabaseExistsRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.DatabaseExistsRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.DatabaseExistsRequest} DatabaseExistsRequest
         */
        DatabaseExistsRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.DatabaseExistsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.DatabaseExistsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.DatabaseExistsRequest();
            if (d.databaseName != null) {
                m.databaseName = $String(d.databaseName);
            }
            return m;
        };

        /**
         * Creates a plain object from a DatabaseExistsRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.DatabaseExistsRequest
         * @static
         * @param {fluss.DatabaseExistsRequest} m DatabaseExistsRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DatabaseExistsRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.databaseName = "";
            }
            if (m.databaseName != null && $Object.hasOwnProperty.call(m, "databaseName")) {
                d.databaseName = m.databaseName;
            }
            return d;
        };

        /**
         * Converts this DatabaseExistsRequest to JSON.
         * @function toJSON
         * @memberof fluss.DatabaseExistsRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DatabaseExistsRequest.prototype.toJSON = function() {
            return DatabaseExistsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DatabaseExistsRequest
         * @function getTypeUrl
         * @memberof fluss.DatabaseExistsRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DatabaseExistsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.DatabaseExistsRequest";
        };

        return DatabaseExistsRequest;
    })();

    fluss.DatabaseExistsResponse = (function() {

        /**
         * Properties of a DatabaseExistsResponse.
         * @typedef {Object} fluss.DatabaseExistsResponse.$Properties
         * @property {boolean} exists DatabaseExistsResponse exists
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DatabaseExistsResponse.
         * @memberof fluss
         * @interface IDatabaseExistsResponse
         * @augments fluss.DatabaseExistsResponse.$Properties
         * @deprecated Use fluss.DatabaseExistsResponse.$Properties instead.
         */

        /**
         * Shape of a DatabaseExistsResponse.
         * @typedef {fluss.DatabaseExistsResponse.$Properties} fluss.DatabaseExistsResponse.$Shape
         */

        /**
         * Constructs a new DatabaseExistsResponse.
         * @memberof fluss
         * @classdesc Represents a DatabaseExistsResponse.
         * @constructor
         * @param {fluss.DatabaseExistsResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var DatabaseExistsResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DatabaseExistsResponse exists.
         * @member {boolean} exists
         * @memberof fluss.DatabaseExistsResponse
         * @instance
         */
        DatabaseExistsResponse.prototype.exists = false;

        /**
         * Creates a new DatabaseExistsResponse instance using the specified properties.
         * @function create
         * @memberof fluss.DatabaseExistsResponse
         * @static
         * @param {fluss.DatabaseExistsResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.DatabaseExistsResponse} DatabaseExistsResponse instance
         * @type {{
         *   (properties: fluss.DatabaseExistsResponse.$Shape): fluss.DatabaseExistsResponse & fluss.DatabaseExistsResponse.$Shape;
         *   (properties?: fluss.DatabaseExistsResponse.$Properties): fluss.DatabaseExistsResponse;
         * }}
         */
        DatabaseExistsResponse.create = function(properties) {
            return new DatabaseExistsResponse(properties);
        };

        /**
         * Encodes the specified DatabaseExistsResponse message. Does not implicitly {@link fluss.DatabaseExistsResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.DatabaseExistsResponse
         * @static
         * @param {fluss.DatabaseExistsResponse.$Properties} m DatabaseExistsResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DatabaseExistsResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).bool(m.exists);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DatabaseExistsResponse message, length delimited. Does not implicitly {@link fluss.DatabaseExistsResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.DatabaseExistsResponse
         * @static
         * @param {fluss.DatabaseExistsResponse.$Properties} message DatabaseExistsResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DatabaseExistsResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DatabaseExistsResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.DatabaseExistsResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.DatabaseExistsResponse & fluss.DatabaseExistsResponse.$Shape} DatabaseExistsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DatabaseExistsResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.DatabaseExistsResponse();
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
                        m.exists = r.bool();
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
            if (!$Object.hasOwnProperty.call(m, "exists"))
                throw $util.ProtocolError("missing required 'exists'", { instance: m });
            return m;
        };

        /**
         * Decodes a DatabaseExistsResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.DatabaseExistsResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.DatabaseExistsResponse & fluss.DatabaseExistsResponse.$Shape} DatabaseExistsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DatabaseExistsResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a DatabaseExistsResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.DatabaseExistsResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.DatabaseExistsResponse} DatabaseExistsResponse
         */
        DatabaseExistsResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.DatabaseExistsResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.DatabaseExistsResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.DatabaseExistsResponse();
            if (d.exists != null) {
                m.exists = $Boolean(d.exists);
            }
            return m;
        };

        /**
         * Creates a plain object from a DatabaseExistsResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.DatabaseExistsResponse
         * @static
         * @param {fluss.DatabaseExistsResponse} m DatabaseExistsResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DatabaseExistsResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.exists = false;
            }
            if (m.exists != null && $Object.hasOwnProperty.call(m, "exists")) {
                d.exists = m.exists;
            }
            return d;
        };

        /**
         * Converts this DatabaseExistsResponse to JSON.
         * @function toJSON
         * @memberof fluss.DatabaseExistsResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DatabaseExistsResponse.prototype.toJSON = function() {
            return DatabaseExistsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DatabaseExistsResponse
         * @function getTypeUrl
         * @memberof fluss.DatabaseExistsResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DatabaseExistsResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.DatabaseExistsResponse";
        };

        return DatabaseExistsResponse;
    })();

    fluss.CreateTableRequest = (function() {

        /**
         * Properties of a CreateTableRequest.
         * @typedef {Object} fluss.CreateTableRequest.$Properties
         * @property {fluss.PbTablePath.$Properties} tablePath CreateTableRequest tablePath
         * @property {Uint8Array} tableJson CreateTableRequest tableJson
         * @property {boolean} ignoreIfExists CreateTableRequest ignoreIfExists
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CreateTableRequest.
         * @memberof fluss
         * @interface ICreateTableRequest
         * @augments fluss.CreateTableRequest.$Properties
         * @deprecated Use fluss.CreateTableRequest.$Properties instead.
         */

        /**
         * Shape of a CreateTableRequest.
         * @typedef {fluss.CreateTableRequest.$Properties} fluss.CreateTableRequest.$Shape
         */

        /**
         * Constructs a new CreateTableRequest.
         * @memberof fluss
         * @classdesc Represents a CreateTableRequest.
         * @constructor
         * @param {fluss.CreateTableRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var CreateTableRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CreateTableRequest tablePath.
         * @member {fluss.PbTablePath.$Properties} tablePath
         * @memberof fluss.CreateTableRequest
         * @instance
         */
        CreateTableRequest.prototype.tablePath = null;

        /**
         * CreateTableRequest tableJson.
         * @member {Uint8Array} tableJson
         * @memberof fluss.CreateTableRequest
         * @instance
         */
        CreateTableRequest.prototype.tableJson = $util.newBuffer([]);

        /**
         * CreateTableRequest ignoreIfExists.
         * @member {boolean} ignoreIfExists
         * @memberof fluss.CreateTableRequest
         * @instance
         */
        CreateTableRequest.prototype.ignoreIfExists = false;

        /**
         * Creates a new CreateTableRequest instance using the specified properties.
         * @function create
         * @memberof fluss.CreateTableRequest
         * @static
         * @param {fluss.CreateTableRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.CreateTableRequest} CreateTableRequest instance
         * @type {{
         *   (properties: fluss.CreateTableRequest.$Shape): fluss.CreateTableRequest & fluss.CreateTableRequest.$Shape;
         *   (properties?: fluss.CreateTableRequest.$Properties): fluss.CreateTableRequest;
         * }}
         */
        CreateTableRequest.create = function(properties) {
            return new CreateTableRequest(properties);
        };

        /**
         * Encodes the specified CreateTableRequest message. Does not implicitly {@link fluss.CreateTableRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.CreateTableRequest
         * @static
         * @param {fluss.CreateTableRequest.$Properties} m CreateTableRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateTableRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            $root.fluss.PbTablePath.encode(m.tablePath, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            w.uint32(/* id 2, wireType 2 =*/18).bytes(m.tableJson);
            w.uint32(/* id 3, wireType 0 =*/24).bool(m.ignoreIfExists);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified CreateTableRequest message, length delimited. Does not implicitly {@link fluss.CreateTableRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.CreateTableRequest
         * @static
         * @param {fluss.CreateTableRequest.$Properties} message CreateTableRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateTableRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CreateTableRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.CreateTableRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.CreateTableRequest & fluss.CreateTableRequest.$Shape} CreateTableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateTableRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.CreateTableRequest();
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
                        m.tablePath = $root.fluss.PbTablePath.decode(r, r.size(), $undefined, q + 1, m.tablePath);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.tableJson = r.bytes();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.ignoreIfExists = r.bool();
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
            if (!$Object.hasOwnProperty.call(m, "tablePath"))
                throw $util.ProtocolError("missing required 'tablePath'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "tableJson"))
                throw $util.ProtocolError("missing required 'tableJson'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "ignoreIfExists"))
                throw $util.ProtocolError("missing required 'ignoreIfExists'", { instance: m });
            return m;
        };

        /**
         * Decodes a CreateTableRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.CreateTableRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.CreateTableRequest & fluss.CreateTableRequest.$Shape} CreateTableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateTableRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a CreateTableRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.CreateTableRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.CreateTableRequest} CreateTableRequest
         */
        CreateTableRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.CreateTableRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.CreateTableRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.CreateTableRequest();
            if (d.tablePath != null) {
                if (!$util.isObject(d.tablePath))
                    throw $TypeError(".fluss.CreateTableRequest.tablePath: object expected");
                m.tablePath = $root.fluss.PbTablePath.fromObject(d.tablePath, q + 1);
            }
            if (d.tableJson != null) {
                if (typeof d.tableJson === "string")
                    $util.base64.decode(d.tableJson, m.tableJson = $util.newBuffer($util.base64.length(d.tableJson)), 0);
                else if (d.tableJson.length >= 0)
                    m.tableJson = d.tableJson;
            }
            if (d.ignoreIfExists != null) {
                m.ignoreIfExists = $Boolean(d.ignoreIfExists);
            }
            return m;
        };

        /**
         * Creates a plain object from a CreateTableRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.CreateTableRequest
         * @static
         * @param {fluss.CreateTableRequest} m CreateTableRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CreateTableRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.tablePath = null;
                if (o.bytes === $String)
                    d.tableJson = "";
                else {
                    d.tableJson = [];
                    if (o.bytes !== $Array)
                        d.tableJson = $util.newBuffer(d.tableJson);
                }
                d.ignoreIfExists = false;
            }
            if (m.tablePath != null && $Object.hasOwnProperty.call(m, "tablePath")) {
                d.tablePath = $root.fluss.PbTablePath.toObject(m.tablePath, o, q + 1);
            }
            if (m.tableJson != null && $Object.hasOwnProperty.call(m, "tableJson")) {
                d.tableJson = o.bytes === $String ? $util.base64.encode(m.tableJson, 0, m.tableJson.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.tableJson) : m.tableJson;
            }
            if (m.ignoreIfExists != null && $Object.hasOwnProperty.call(m, "ignoreIfExists")) {
                d.ignoreIfExists = m.ignoreIfExists;
            }
            return d;
        };

        /**
         * Converts this CreateTableRequest to JSON.
         * @function toJSON
         * @memberof fluss.CreateTableRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CreateTableRequest.prototype.toJSON = function() {
            return CreateTableRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CreateTableRequest
         * @function getTypeUrl
         * @memberof fluss.CreateTableRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CreateTableRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.CreateTableRequest";
        };

        return CreateTableRequest;
    })();

    fluss.CreateTableResponse = (function() {

        /**
         * Properties of a CreateTableResponse.
         * @typedef {Object} fluss.CreateTableResponse.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CreateTableResponse.
         * @memberof fluss
         * @interface ICreateTableResponse
         * @augments fluss.CreateTableResponse.$Properties
         * @deprecated Use fluss.CreateTableResponse.$Properties instead.
         */

        /**
         * Shape of a CreateTableResponse.
         * @typedef {fluss.CreateTableResponse.$Properties} fluss.CreateTableResponse.$Shape
         */

        /**
         * Constructs a new CreateTableResponse.
         * @memberof fluss
         * @classdesc Represents a CreateTableResponse.
         * @constructor
         * @param {fluss.CreateTableResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var CreateTableResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new CreateTableResponse instance using the specified properties.
         * @function create
         * @memberof fluss.CreateTableResponse
         * @static
         * @param {fluss.CreateTableResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.CreateTableResponse} CreateTableResponse instance
         * @type {{
         *   (properties: fluss.CreateTableResponse.$Shape): fluss.CreateTableResponse & fluss.CreateTableResponse.$Shape;
         *   (properties?: fluss.CreateTableResponse.$Properties): fluss.CreateTableResponse;
         * }}
         */
        CreateTableResponse.create = function(properties) {
            return new CreateTableResponse(properties);
        };

        /**
         * Encodes the specified CreateTableResponse message. Does not implicitly {@link fluss.CreateTableResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.CreateTableResponse
         * @static
         * @param {fluss.CreateTableResponse.$Properties} m CreateTableResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateTableResponse.encode = function (m, w, q) {
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
         * Encodes the specified CreateTableResponse message, length delimited. Does not implicitly {@link fluss.CreateTableResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.CreateTableResponse
         * @static
         * @param {fluss.CreateTableResponse.$Properties} message CreateTableResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CreateTableResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CreateTableResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.CreateTableResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.CreateTableResponse & fluss.CreateTableResponse.$Shape} CreateTableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateTableResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.CreateTableResponse();
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
         * Decodes a CreateTableResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.CreateTableResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.CreateTableResponse & fluss.CreateTableResponse.$Shape} CreateTableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CreateTableResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a CreateTableResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.CreateTableResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.CreateTableResponse} CreateTableResponse
         */
        CreateTableResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.CreateTableResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.CreateTableResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.fluss.CreateTableResponse();
        };

        /**
         * Creates a plain object from a CreateTableResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.CreateTableResponse
         * @static
         * @param {fluss.CreateTableResponse} m CreateTableResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CreateTableResponse.toObject = function () {
            return {};
        };

        /**
         * Converts this CreateTableResponse to JSON.
         * @function toJSON
         * @memberof fluss.CreateTableResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CreateTableResponse.prototype.toJSON = function() {
            return CreateTableResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CreateTableResponse
         * @function getTypeUrl
         * @memberof fluss.CreateTableResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CreateTableResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.CreateTableResponse";
        };

        return CreateTableResponse;
    })();

    fluss.DropTableRequest = (function() {

        /**
         * Properties of a DropTableRequest.
         * @typedef {Object} fluss.DropTableRequest.$Properties
         * @property {fluss.PbTablePath.$Properties} tablePath DropTableRequest tablePath
         * @property {boolean} ignoreIfNotExists DropTableRequest ignoreIfNotExists
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DropTableRequest.
         * @memberof fluss
         * @interface IDropTableRequest
         * @augments fluss.DropTableRequest.$Properties
         * @deprecated Use fluss.DropTableRequest.$Properties instead.
         */

        /**
         * Shape of a DropTableRequest.
         * @typedef {fluss.DropTableRequest.$Properties} fluss.DropTableRequest.$Shape
         */

        /**
         * Constructs a new DropTableRequest.
         * @memberof fluss
         * @classdesc Represents a DropTableRequest.
         * @constructor
         * @param {fluss.DropTableRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var DropTableRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DropTableRequest tablePath.
         * @member {fluss.PbTablePath.$Properties} tablePath
         * @memberof fluss.DropTableRequest
         * @instance
         */
        DropTableRequest.prototype.tablePath = null;

        /**
         * DropTableRequest ignoreIfNotExists.
         * @member {boolean} ignoreIfNotExists
         * @memberof fluss.DropTableRequest
         * @instance
         */
        DropTableRequest.prototype.ignoreIfNotExists = false;

        /**
         * Creates a new DropTableRequest instance using the specified properties.
         * @function create
         * @memberof fluss.DropTableRequest
         * @static
         * @param {fluss.DropTableRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.DropTableRequest} DropTableRequest instance
         * @type {{
         *   (properties: fluss.DropTableRequest.$Shape): fluss.DropTableRequest & fluss.DropTableRequest.$Shape;
         *   (properties?: fluss.DropTableRequest.$Properties): fluss.DropTableRequest;
         * }}
         */
        DropTableRequest.create = function(properties) {
            return new DropTableRequest(properties);
        };

        /**
         * Encodes the specified DropTableRequest message. Does not implicitly {@link fluss.DropTableRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.DropTableRequest
         * @static
         * @param {fluss.DropTableRequest.$Properties} m DropTableRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DropTableRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            $root.fluss.PbTablePath.encode(m.tablePath, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            w.uint32(/* id 2, wireType 0 =*/16).bool(m.ignoreIfNotExists);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified DropTableRequest message, length delimited. Does not implicitly {@link fluss.DropTableRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.DropTableRequest
         * @static
         * @param {fluss.DropTableRequest.$Properties} message DropTableRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DropTableRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DropTableRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.DropTableRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.DropTableRequest & fluss.DropTableRequest.$Shape} DropTableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DropTableRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.DropTableRequest();
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
                        m.tablePath = $root.fluss.PbTablePath.decode(r, r.size(), $undefined, q + 1, m.tablePath);
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.ignoreIfNotExists = r.bool();
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
            if (!$Object.hasOwnProperty.call(m, "tablePath"))
                throw $util.ProtocolError("missing required 'tablePath'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "ignoreIfNotExists"))
                throw $util.ProtocolError("missing required 'ignoreIfNotExists'", { instance: m });
            return m;
        };

        /**
         * Decodes a DropTableRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.DropTableRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.DropTableRequest & fluss.DropTableRequest.$Shape} DropTableRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DropTableRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a DropTableRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.DropTableRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.DropTableRequest} DropTableRequest
         */
        DropTableRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.DropTableRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.DropTableRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.DropTableRequest();
            if (d.tablePath != null) {
                if (!$util.isObject(d.tablePath))
                    throw $TypeError(".fluss.DropTableRequest.tablePath: object expected");
                m.tablePath = $root.fluss.PbTablePath.fromObject(d.tablePath, q + 1);
            }
            if (d.ignoreIfNotExists != null) {
                m.ignoreIfNotExists = $Boolean(d.ignoreIfNotExists);
            }
            return m;
        };

        /**
         * Creates a plain object from a DropTableRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.DropTableRequest
         * @static
         * @param {fluss.DropTableRequest} m DropTableRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DropTableRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.tablePath = null;
                d.ignoreIfNotExists = false;
            }
            if (m.tablePath != null && $Object.hasOwnProperty.call(m, "tablePath")) {
                d.tablePath = $root.fluss.PbTablePath.toObject(m.tablePath, o, q + 1);
            }
            if (m.ignoreIfNotExists != null && $Object.hasOwnProperty.call(m, "ignoreIfNotExists")) {
                d.ignoreIfNotExists = m.ignoreIfNotExists;
            }
            return d;
        };

        /**
         * Converts this DropTableRequest to JSON.
         * @function toJSON
         * @memberof fluss.DropTableRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DropTableRequest.prototype.toJSON = function() {
            return DropTableRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DropTableRequest
         * @function getTypeUrl
         * @memberof fluss.DropTableRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DropTableRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.DropTableRequest";
        };

        return DropTableRequest;
    })();

    fluss.DropTableResponse = (function() {

        /**
         * Properties of a DropTableResponse.
         * @typedef {Object} fluss.DropTableResponse.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DropTableResponse.
         * @memberof fluss
         * @interface IDropTableResponse
         * @augments fluss.DropTableResponse.$Properties
         * @deprecated Use fluss.DropTableResponse.$Properties instead.
         */

        /**
         * Shape of a DropTableResponse.
         * @typedef {fluss.DropTableResponse.$Properties} fluss.DropTableResponse.$Shape
         */

        /**
         * Constructs a new DropTableResponse.
         * @memberof fluss
         * @classdesc Represents a DropTableResponse.
         * @constructor
         * @param {fluss.DropTableResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var DropTableResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new DropTableResponse instance using the specified properties.
         * @function create
         * @memberof fluss.DropTableResponse
         * @static
         * @param {fluss.DropTableResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.DropTableResponse} DropTableResponse instance
         * @type {{
         *   (properties: fluss.DropTableResponse.$Shape): fluss.DropTableResponse & fluss.DropTableResponse.$Shape;
         *   (properties?: fluss.DropTableResponse.$Properties): fluss.DropTableResponse;
         * }}
         */
        DropTableResponse.create = function(properties) {
            return new DropTableResponse(properties);
        };

        /**
         * Encodes the specified DropTableResponse message. Does not implicitly {@link fluss.DropTableResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.DropTableResponse
         * @static
         * @param {fluss.DropTableResponse.$Properties} m DropTableResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DropTableResponse.encode = function (m, w, q) {
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
         * Encodes the specified DropTableResponse message, length delimited. Does not implicitly {@link fluss.DropTableResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.DropTableResponse
         * @static
         * @param {fluss.DropTableResponse.$Properties} message DropTableResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DropTableResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a DropTableResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.DropTableResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.DropTableResponse & fluss.DropTableResponse.$Shape} DropTableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DropTableResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.DropTableResponse();
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
         * Decodes a DropTableResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.DropTableResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.DropTableResponse & fluss.DropTableResponse.$Shape} DropTableResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DropTableResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a DropTableResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.DropTableResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.DropTableResponse} DropTableResponse
         */
        DropTableResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.DropTableResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.DropTableResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.fluss.DropTableResponse();
        };

        /**
         * Creates a plain object from a DropTableResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.DropTableResponse
         * @static
         * @param {fluss.DropTableResponse} m DropTableResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        DropTableResponse.toObject = function () {
            return {};
        };

        /**
         * Converts this DropTableResponse to JSON.
         * @function toJSON
         * @memberof fluss.DropTableResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        DropTableResponse.prototype.toJSON = function() {
            return DropTableResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for DropTableResponse
         * @function getTypeUrl
         * @memberof fluss.DropTableResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DropTableResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.DropTableResponse";
        };

        return DropTableResponse;
    })();

    fluss.GetTableInfoRequest = (function() {

        /**
         * Properties of a GetTableInfoRequest.
         * @typedef {Object} fluss.GetTableInfoRequest.$Properties
         * @property {fluss.PbTablePath.$Properties} tablePath GetTableInfoRequest tablePath
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetTableInfoRequest.
         * @memberof fluss
         * @interface IGetTableInfoRequest
         * @augments fluss.GetTableInfoRequest.$Properties
         * @deprecated Use fluss.GetTableInfoRequest.$Properties instead.
         */

        /**
         * Shape of a GetTableInfoRequest.
         * @typedef {fluss.GetTableInfoRequest.$Properties} fluss.GetTableInfoRequest.$Shape
         */

        /**
         * Constructs a new GetTableInfoRequest.
         * @memberof fluss
         * @classdesc Represents a GetTableInfoRequest.
         * @constructor
         * @param {fluss.GetTableInfoRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GetTableInfoRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GetTableInfoRequest tablePath.
         * @member {fluss.PbTablePath.$Properties} tablePath
         * @memberof fluss.GetTableInfoRequest
         * @instance
         */
        GetTableInfoRequest.prototype.tablePath = null;

        /**
         * Creates a new GetTableInfoRequest instance using the specified properties.
         * @function create
         * @memberof fluss.GetTableInfoRequest
         * @static
         * @param {fluss.GetTableInfoRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.GetTableInfoRequest} GetTableInfoRequest instance
         * @type {{
         *   (properties: fluss.GetTableInfoRequest.$Shape): fluss.GetTableInfoRequest & fluss.GetTableInfoRequest.$Shape;
         *   (properties?: fluss.GetTableInfoRequest.$Properties): fluss.GetTableInfoRequest;
         * }}
         */
        GetTableInfoRequest.create = function(properties) {
            return new GetTableInfoRequest(properties);
        };

        /**
         * Encodes the specified GetTableInfoRequest message. Does not implicitly {@link fluss.GetTableInfoRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.GetTableInfoRequest
         * @static
         * @param {fluss.GetTableInfoRequest.$Properties} m GetTableInfoRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetTableInfoRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            $root.fluss.PbTablePath.encode(m.tablePath, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified GetTableInfoRequest message, length delimited. Does not implicitly {@link fluss.GetTableInfoRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.GetTableInfoRequest
         * @static
         * @param {fluss.GetTableInfoRequest.$Properties} message GetTableInfoRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetTableInfoRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GetTableInfoRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.GetTableInfoRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.GetTableInfoRequest & fluss.GetTableInfoRequest.$Shape} GetTableInfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetTableInfoRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.GetTableInfoRequest();
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
                        m.tablePath = $root.fluss.PbTablePath.decode(r, r.size(), $undefined, q + 1, m.tablePath);
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
            if (!$Object.hasOwnProperty.call(m, "tablePath"))
                throw $util.ProtocolError("missing required 'tablePath'", { instance: m });
            return m;
        };

        /**
         * Decodes a GetTableInfoRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.GetTableInfoRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.GetTableInfoRequest & fluss.GetTableInfoRequest.$Shape} GetTableInfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetTableInfoRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a GetTableInfoRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.GetTableInfoRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.GetTableInfoRequest} GetTableInfoRequest
         */
        GetTableInfoRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.GetTableInfoRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.GetTableInfoRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.GetTableInfoRequest();
            if (d.tablePath != null) {
                if (!$util.isObject(d.tablePath))
                    throw $TypeError(".fluss.GetTableInfoRequest.tablePath: object expected");
                m.tablePath = $root.fluss.PbTablePath.fromObject(d.tablePath, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a GetTableInfoRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.GetTableInfoRequest
         * @static
         * @param {fluss.GetTableInfoRequest} m GetTableInfoRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetTableInfoRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.tablePath = null;
            }
            if (m.tablePath != null && $Object.hasOwnProperty.call(m, "tablePath")) {
                d.tablePath = $root.fluss.PbTablePath.toObject(m.tablePath, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this GetTableInfoRequest to JSON.
         * @function toJSON
         * @memberof fluss.GetTableInfoRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetTableInfoRequest.prototype.toJSON = function() {
            return GetTableInfoRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for GetTableInfoRequest
         * @function getTypeUrl
         * @memberof fluss.GetTableInfoRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GetTableInfoRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.GetTableInfoRequest";
        };

        return GetTableInfoRequest;
    })();

    fluss.GetTableInfoResponse = (function() {

        /**
         * Properties of a GetTableInfoResponse.
         * @typedef {Object} fluss.GetTableInfoResponse.$Properties
         * @property {Long} tableId GetTableInfoResponse tableId
         * @property {number} schemaId GetTableInfoResponse schemaId
         * @property {Uint8Array} tableJson GetTableInfoResponse tableJson
         * @property {Long} createdTime GetTableInfoResponse createdTime
         * @property {Long} modifiedTime GetTableInfoResponse modifiedTime
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GetTableInfoResponse.
         * @memberof fluss
         * @interface IGetTableInfoResponse
         * @augments fluss.GetTableInfoResponse.$Properties
         * @deprecated Use fluss.GetTableInfoResponse.$Properties instead.
         */

        /**
         * Shape of a GetTableInfoResponse.
         * @typedef {fluss.GetTableInfoResponse.$Properties} fluss.GetTableInfoResponse.$Shape
         */

        /**
         * Constructs a new GetTableInfoResponse.
         * @memberof fluss
         * @classdesc Represents a GetTableInfoResponse.
         * @constructor
         * @param {fluss.GetTableInfoResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var GetTableInfoResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GetTableInfoResponse tableId.
         * @member {Long} tableId
         * @memberof fluss.GetTableInfoResponse
         * @instance
         */
        GetTableInfoResponse.prototype.tableId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * GetTableInfoResponse schemaId.
         * @member {number} schemaId
         * @memberof fluss.GetTableInfoResponse
         * @instance
         */
        GetTableInfoResponse.prototype.schemaId = 0;

        /**
         * GetTableInfoResponse tableJson.
         * @member {Uint8Array} tableJson
         * @memberof fluss.GetTableInfoResponse
         * @instance
         */
        GetTableInfoResponse.prototype.tableJson = $util.newBuffer([]);

        /**
         * GetTableInfoResponse createdTime.
         * @member {Long} createdTime
         * @memberof fluss.GetTableInfoResponse
         * @instance
         */
        GetTableInfoResponse.prototype.createdTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * GetTableInfoResponse modifiedTime.
         * @member {Long} modifiedTime
         * @memberof fluss.GetTableInfoResponse
         * @instance
         */
        GetTableInfoResponse.prototype.modifiedTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new GetTableInfoResponse instance using the specified properties.
         * @function create
         * @memberof fluss.GetTableInfoResponse
         * @static
         * @param {fluss.GetTableInfoResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.GetTableInfoResponse} GetTableInfoResponse instance
         * @type {{
         *   (properties: fluss.GetTableInfoResponse.$Shape): fluss.GetTableInfoResponse & fluss.GetTableInfoResponse.$Shape;
         *   (properties?: fluss.GetTableInfoResponse.$Properties): fluss.GetTableInfoResponse;
         * }}
         */
        GetTableInfoResponse.create = function(properties) {
            return new GetTableInfoResponse(properties);
        };

        /**
         * Encodes the specified GetTableInfoResponse message. Does not implicitly {@link fluss.GetTableInfoResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.GetTableInfoResponse
         * @static
         * @param {fluss.GetTableInfoResponse.$Properties} m GetTableInfoResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetTableInfoResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int64(m.tableId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.schemaId);
            w.uint32(/* id 3, wireType 2 =*/26).bytes(m.tableJson);
            w.uint32(/* id 4, wireType 0 =*/32).int64(m.createdTime);
            w.uint32(/* id 5, wireType 0 =*/40).int64(m.modifiedTime);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified GetTableInfoResponse message, length delimited. Does not implicitly {@link fluss.GetTableInfoResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.GetTableInfoResponse
         * @static
         * @param {fluss.GetTableInfoResponse.$Properties} message GetTableInfoResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GetTableInfoResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a GetTableInfoResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.GetTableInfoResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.GetTableInfoResponse & fluss.GetTableInfoResponse.$Shape} GetTableInfoResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetTableInfoResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.GetTableInfoResponse();
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
                        m.tableId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.schemaId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.tableJson = r.bytes();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.createdTime = r.int64();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.modifiedTime = r.int64();
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
            if (!$Object.hasOwnProperty.call(m, "tableId"))
                throw $util.ProtocolError("missing required 'tableId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "schemaId"))
                throw $util.ProtocolError("missing required 'schemaId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "tableJson"))
                throw $util.ProtocolError("missing required 'tableJson'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "createdTime"))
                throw $util.ProtocolError("missing required 'createdTime'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "modifiedTime"))
                throw $util.ProtocolError("missing required 'modifiedTime'", { instance: m });
            return m;
        };

        /**
         * Decodes a GetTableInfoResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.GetTableInfoResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.GetTableInfoResponse & fluss.GetTableInfoResponse.$Shape} GetTableInfoResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GetTableInfoResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a GetTableInfoResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.GetTableInfoResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.GetTableInfoResponse} GetTableInfoResponse
         */
        GetTableInfoResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.GetTableInfoResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.GetTableInfoResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.GetTableInfoResponse();
            if (d.tableId != null) {
                if ($util.Long)
                    m.tableId = $util.Long.fromValue(d.tableId, false);
                else if (typeof d.tableId === "string")
                    m.tableId = $parseInt(d.tableId, 10);
                else if (typeof d.tableId === "number")
                    m.tableId = d.tableId;
                else if (typeof d.tableId === "object")
                    m.tableId = new $util.LongBits(d.tableId.low >>> 0, d.tableId.high >>> 0).toNumber();
            }
            if (d.schemaId != null) {
                m.schemaId = d.schemaId | 0;
            }
            if (d.tableJson != null) {
                if (typeof d.tableJson === "string")
                    $util.base64.decode(d.tableJson, m.tableJson = $util.newBuffer($util.base64.length(d.tableJson)), 0);
                else if (d.tableJson.length >= 0)
                    m.tableJson = d.tableJson;
            }
            if (d.createdTime != null) {
                if ($util.Long)
                    m.createdTime = $util.Long.fromValue(d.createdTime, false);
                else if (typeof d.createdTime === "string")
                    m.createdTime = $parseInt(d.createdTime, 10);
                else if (typeof d.createdTime === "number")
                    m.createdTime = d.createdTime;
                else if (typeof d.createdTime === "object")
                    m.createdTime = new $util.LongBits(d.createdTime.low >>> 0, d.createdTime.high >>> 0).toNumber();
            }
            if (d.modifiedTime != null) {
                if ($util.Long)
                    m.modifiedTime = $util.Long.fromValue(d.modifiedTime, false);
                else if (typeof d.modifiedTime === "string")
                    m.modifiedTime = $parseInt(d.modifiedTime, 10);
                else if (typeof d.modifiedTime === "number")
                    m.modifiedTime = d.modifiedTime;
                else if (typeof d.modifiedTime === "object")
                    m.modifiedTime = new $util.LongBits(d.modifiedTime.low >>> 0, d.modifiedTime.high >>> 0).toNumber();
            }
            return m;
        };

        /**
         * Creates a plain object from a GetTableInfoResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.GetTableInfoResponse
         * @static
         * @param {fluss.GetTableInfoResponse} m GetTableInfoResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        GetTableInfoResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.tableId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tableId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.schemaId = 0;
                if (o.bytes === $String)
                    d.tableJson = "";
                else {
                    d.tableJson = [];
                    if (o.bytes !== $Array)
                        d.tableJson = $util.newBuffer(d.tableJson);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.createdTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.modifiedTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.modifiedTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.tableId != null && $Object.hasOwnProperty.call(m, "tableId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tableId = typeof m.tableId === "number" ? $BigInt(m.tableId) : $util.Long.fromBits(m.tableId.low >>> 0, m.tableId.high >>> 0, false).toBigInt();
                else if (typeof m.tableId === "number")
                    d.tableId = o.longs === $String ? $String(m.tableId) : m.tableId;
                else
                    d.tableId = o.longs === $String ? $util.Long.prototype.toString.call(m.tableId) : o.longs === $Number ? new $util.LongBits(m.tableId.low >>> 0, m.tableId.high >>> 0).toNumber() : m.tableId;
            }
            if (m.schemaId != null && $Object.hasOwnProperty.call(m, "schemaId")) {
                d.schemaId = m.schemaId;
            }
            if (m.tableJson != null && $Object.hasOwnProperty.call(m, "tableJson")) {
                d.tableJson = o.bytes === $String ? $util.base64.encode(m.tableJson, 0, m.tableJson.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.tableJson) : m.tableJson;
            }
            if (m.createdTime != null && $Object.hasOwnProperty.call(m, "createdTime")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdTime = typeof m.createdTime === "number" ? $BigInt(m.createdTime) : $util.Long.fromBits(m.createdTime.low >>> 0, m.createdTime.high >>> 0, false).toBigInt();
                else if (typeof m.createdTime === "number")
                    d.createdTime = o.longs === $String ? $String(m.createdTime) : m.createdTime;
                else
                    d.createdTime = o.longs === $String ? $util.Long.prototype.toString.call(m.createdTime) : o.longs === $Number ? new $util.LongBits(m.createdTime.low >>> 0, m.createdTime.high >>> 0).toNumber() : m.createdTime;
            }
            if (m.modifiedTime != null && $Object.hasOwnProperty.call(m, "modifiedTime")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.modifiedTime = typeof m.modifiedTime === "number" ? $BigInt(m.modifiedTime) : $util.Long.fromBits(m.modifiedTime.low >>> 0, m.modifiedTime.high >>> 0, false).toBigInt();
                else if (typeof m.modifiedTime === "number")
                    d.modifiedTime = o.longs === $String ? $String(m.modifiedTime) : m.modifiedTime;
                else
                    d.modifiedTime = o.longs === $String ? $util.Long.prototype.toString.call(m.modifiedTime) : o.longs === $Number ? new $util.LongBits(m.modifiedTime.low >>> 0, m.modifiedTime.high >>> 0).toNumber() : m.modifiedTime;
            }
            return d;
        };

        /**
         * Converts this GetTableInfoResponse to JSON.
         * @function toJSON
         * @memberof fluss.GetTableInfoResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        GetTableInfoResponse.prototype.toJSON = function() {
            return GetTableInfoResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for GetTableInfoResponse
         * @function getTypeUrl
         * @memberof fluss.GetTableInfoResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GetTableInfoResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.GetTableInfoResponse";
        };

        return GetTableInfoResponse;
    })();

    fluss.ListTablesRequest = (function() {

        /**
         * Properties of a ListTablesRequest.
         * @typedef {Object} fluss.ListTablesRequest.$Properties
         * @property {string} databaseName ListTablesRequest databaseName
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ListTablesRequest.
         * @memberof fluss
         * @interface IListTablesRequest
         * @augments fluss.ListTablesRequest.$Properties
         * @deprecated Use fluss.ListTablesRequest.$Properties instead.
         */

        /**
         * Shape of a ListTablesRequest.
         * @typedef {fluss.ListTablesRequest.$Properties} fluss.ListTablesRequest.$Shape
         */

        /**
         * Constructs a new ListTablesRequest.
         * @memberof fluss
         * @classdesc Represents a ListTablesRequest.
         * @constructor
         * @param {fluss.ListTablesRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ListTablesRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ListTablesRequest databaseName.
         * @member {string} databaseName
         * @memberof fluss.ListTablesRequest
         * @instance
         */
        ListTablesRequest.prototype.databaseName = "";

        /**
         * Creates a new ListTablesRequest instance using the specified properties.
         * @function create
         * @memberof fluss.ListTablesRequest
         * @static
         * @param {fluss.ListTablesRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.ListTablesRequest} ListTablesRequest instance
         * @type {{
         *   (properties: fluss.ListTablesRequest.$Shape): fluss.ListTablesRequest & fluss.ListTablesRequest.$Shape;
         *   (properties?: fluss.ListTablesRequest.$Properties): fluss.ListTablesRequest;
         * }}
         */
        ListTablesRequest.create = function(properties) {
            return new ListTablesRequest(properties);
        };

        /**
         * Encodes the specified ListTablesRequest message. Does not implicitly {@link fluss.ListTablesRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.ListTablesRequest
         * @static
         * @param {fluss.ListTablesRequest.$Properties} m ListTablesRequest message or plain object to encode
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
            w.uint32(/* id 1, wireType 2 =*/10).string(m.databaseName);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ListTablesRequest message, length delimited. Does not implicitly {@link fluss.ListTablesRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.ListTablesRequest
         * @static
         * @param {fluss.ListTablesRequest.$Properties} message ListTablesRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListTablesRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ListTablesRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.ListTablesRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.ListTablesRequest & fluss.ListTablesRequest.$Shape} ListTablesRequest
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
            m = g || new $root.fluss.ListTablesRequest();
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
                        m.databaseName = r.string();
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
            if (!$Object.hasOwnProperty.call(m, "databaseName"))
                throw $util.ProtocolError("missing required 'databaseName'", { instance: m });
            return m;
        };

        /**
         * Decodes a ListTablesRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.ListTablesRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.ListTablesRequest & fluss.ListTablesRequest.$Shape} ListTablesRequest
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
         * @memberof fluss.ListTablesRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.ListTablesRequest} ListTablesRequest
         */
        ListTablesRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.ListTablesRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.ListTablesRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.ListTablesRequest();
            if (d.databaseName != null) {
                m.databaseName = $String(d.databaseName);
            }
            return m;
        };

        /**
         * Creates a plain object from a ListTablesRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.ListTablesRequest
         * @static
         * @param {fluss.ListTablesRequest} m ListTablesRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ListTablesRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.databaseName = "";
            }
            if (m.databaseName != null && $Object.hasOwnProperty.call(m, "databaseName")) {
                d.databaseName = m.databaseName;
            }
            return d;
        };

        /**
         * Converts this ListTablesRequest to JSON.
         * @function toJSON
         * @memberof fluss.ListTablesRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ListTablesRequest.prototype.toJSON = function() {
            return ListTablesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ListTablesRequest
         * @function getTypeUrl
         * @memberof fluss.ListTablesRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ListTablesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.ListTablesRequest";
        };

        return ListTablesRequest;
    })();

    fluss.ListTablesResponse = (function() {

        /**
         * Properties of a ListTablesResponse.
         * @typedef {Object} fluss.ListTablesResponse.$Properties
         * @property {Array.<string>|null} [tableName] ListTablesResponse tableName
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ListTablesResponse.
         * @memberof fluss
         * @interface IListTablesResponse
         * @augments fluss.ListTablesResponse.$Properties
         * @deprecated Use fluss.ListTablesResponse.$Properties instead.
         */

        /**
         * Shape of a ListTablesResponse.
         * @typedef {fluss.ListTablesResponse.$Properties} fluss.ListTablesResponse.$Shape
         */

        /**
         * Constructs a new ListTablesResponse.
         * @memberof fluss
         * @classdesc Represents a ListTablesResponse.
         * @constructor
         * @param {fluss.ListTablesResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ListTablesResponse = function (p) {
            this.tableName = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ListTablesResponse tableName.
         * @member {Array.<string>} tableName
         * @memberof fluss.ListTablesResponse
         * @instance
         */
        ListTablesResponse.prototype.tableName = $util.emptyArray;

        /**
         * Creates a new ListTablesResponse instance using the specified properties.
         * @function create
         * @memberof fluss.ListTablesResponse
         * @static
         * @param {fluss.ListTablesResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.ListTablesResponse} ListTablesResponse instance
         * @type {{
         *   (properties: fluss.ListTablesResponse.$Shape): fluss.ListTablesResponse & fluss.ListTablesResponse.$Shape;
         *   (properties?: fluss.ListTablesResponse.$Properties): fluss.ListTablesResponse;
         * }}
         */
        ListTablesResponse.create = function(properties) {
            return new ListTablesResponse(properties);
        };

        /**
         * Encodes the specified ListTablesResponse message. Does not implicitly {@link fluss.ListTablesResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.ListTablesResponse
         * @static
         * @param {fluss.ListTablesResponse.$Properties} m ListTablesResponse message or plain object to encode
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
            if (m.tableName != null && m.tableName.length) {
                for (var i = 0; i < m.tableName.length; ++i)
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.tableName[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ListTablesResponse message, length delimited. Does not implicitly {@link fluss.ListTablesResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.ListTablesResponse
         * @static
         * @param {fluss.ListTablesResponse.$Properties} message ListTablesResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListTablesResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ListTablesResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.ListTablesResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.ListTablesResponse & fluss.ListTablesResponse.$Shape} ListTablesResponse
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
            m = g || new $root.fluss.ListTablesResponse();
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
                        if (!(m.tableName && m.tableName.length))
                            m.tableName = [];
                        m.tableName.push(r.string());
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
         * @memberof fluss.ListTablesResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.ListTablesResponse & fluss.ListTablesResponse.$Shape} ListTablesResponse
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
         * @memberof fluss.ListTablesResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.ListTablesResponse} ListTablesResponse
         */
        ListTablesResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.ListTablesResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.ListTablesResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.ListTablesResponse();
            if (d.tableName) {
                if (!$Array.isArray(d.tableName))
                    throw $TypeError(".fluss.ListTablesResponse.tableName: array expected");
                m.tableName = $Array(d.tableName.length);
                for (var i = 0; i < d.tableName.length; ++i) {
                    m.tableName[i] = $String(d.tableName[i]);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ListTablesResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.ListTablesResponse
         * @static
         * @param {fluss.ListTablesResponse} m ListTablesResponse
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
                d.tableName = [];
            }
            if (m.tableName && m.tableName.length) {
                d.tableName = $Array(m.tableName.length);
                for (var j = 0; j < m.tableName.length; ++j) {
                    d.tableName[j] = m.tableName[j];
                }
            }
            return d;
        };

        /**
         * Converts this ListTablesResponse to JSON.
         * @function toJSON
         * @memberof fluss.ListTablesResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ListTablesResponse.prototype.toJSON = function() {
            return ListTablesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ListTablesResponse
         * @function getTypeUrl
         * @memberof fluss.ListTablesResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ListTablesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.ListTablesResponse";
        };

        return ListTablesResponse;
    })();

    fluss.TableExistsRequest = (function() {

        /**
         * Properties of a TableExistsRequest.
         * @typedef {Object} fluss.TableExistsRequest.$Properties
         * @property {fluss.PbTablePath.$Properties} tablePath TableExistsRequest tablePath
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TableExistsRequest.
         * @memberof fluss
         * @interface ITableExistsRequest
         * @augments fluss.TableExistsRequest.$Properties
         * @deprecated Use fluss.TableExistsRequest.$Properties instead.
         */

        /**
         * Shape of a TableExistsRequest.
         * @typedef {fluss.TableExistsRequest.$Properties} fluss.TableExistsRequest.$Shape
         */

        /**
         * Constructs a new TableExistsRequest.
         * @memberof fluss
         * @classdesc Represents a TableExistsRequest.
         * @constructor
         * @param {fluss.TableExistsRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var TableExistsRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TableExistsRequest tablePath.
         * @member {fluss.PbTablePath.$Properties} tablePath
         * @memberof fluss.TableExistsRequest
         * @instance
         */
        TableExistsRequest.prototype.tablePath = null;

        /**
         * Creates a new TableExistsRequest instance using the specified properties.
         * @function create
         * @memberof fluss.TableExistsRequest
         * @static
         * @param {fluss.TableExistsRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.TableExistsRequest} TableExistsRequest instance
         * @type {{
         *   (properties: fluss.TableExistsRequest.$Shape): fluss.TableExistsRequest & fluss.TableExistsRequest.$Shape;
         *   (properties?: fluss.TableExistsRequest.$Properties): fluss.TableExistsRequest;
         * }}
         */
        TableExistsRequest.create = function(properties) {
            return new TableExistsRequest(properties);
        };

        /**
         * Encodes the specified TableExistsRequest message. Does not implicitly {@link fluss.TableExistsRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.TableExistsRequest
         * @static
         * @param {fluss.TableExistsRequest.$Properties} m TableExistsRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TableExistsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            $root.fluss.PbTablePath.encode(m.tablePath, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TableExistsRequest message, length delimited. Does not implicitly {@link fluss.TableExistsRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.TableExistsRequest
         * @static
         * @param {fluss.TableExistsRequest.$Properties} message TableExistsRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TableExistsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TableExistsRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.TableExistsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.TableExistsRequest & fluss.TableExistsRequest.$Shape} TableExistsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TableExistsRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.TableExistsRequest();
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
                        m.tablePath = $root.fluss.PbTablePath.decode(r, r.size(), $undefined, q + 1, m.tablePath);
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
            if (!$Object.hasOwnProperty.call(m, "tablePath"))
                throw $util.ProtocolError("missing required 'tablePath'", { instance: m });
            return m;
        };

        /**
         * Decodes a TableExistsRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.TableExistsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.TableExistsRequest & fluss.TableExistsRequest.$Shape} TableExistsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TableExistsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a TableExistsRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.TableExistsRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.TableExistsRequest} TableExistsRequest
         */
        TableExistsRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.TableExistsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.TableExistsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.TableExistsRequest();
            if (d.tablePath != null) {
                if (!$util.isObject(d.tablePath))
                    throw $TypeError(".fluss.TableExistsRequest.tablePath: object expected");
                m.tablePath = $root.fluss.PbTablePath.fromObject(d.tablePath, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a TableExistsRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.TableExistsRequest
         * @static
         * @param {fluss.TableExistsRequest} m TableExistsRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TableExistsRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.tablePath = null;
            }
            if (m.tablePath != null && $Object.hasOwnProperty.call(m, "tablePath")) {
                d.tablePath = $root.fluss.PbTablePath.toObject(m.tablePath, o, q + 1);
            }
            return d;
        };

        /**
         * Converts this TableExistsRequest to JSON.
         * @function toJSON
         * @memberof fluss.TableExistsRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TableExistsRequest.prototype.toJSON = function() {
            return TableExistsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TableExistsRequest
         * @function getTypeUrl
         * @memberof fluss.TableExistsRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TableExistsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.TableExistsRequest";
        };

        return TableExistsRequest;
    })();

    fluss.TableExistsResponse = (function() {

        /**
         * Properties of a TableExistsResponse.
         * @typedef {Object} fluss.TableExistsResponse.$Properties
         * @property {boolean} exists TableExistsResponse exists
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TableExistsResponse.
         * @memberof fluss
         * @interface ITableExistsResponse
         * @augments fluss.TableExistsResponse.$Properties
         * @deprecated Use fluss.TableExistsResponse.$Properties instead.
         */

        /**
         * Shape of a TableExistsResponse.
         * @typedef {fluss.TableExistsResponse.$Properties} fluss.TableExistsResponse.$Shape
         */

        /**
         * Constructs a new TableExistsResponse.
         * @memberof fluss
         * @classdesc Represents a TableExistsResponse.
         * @constructor
         * @param {fluss.TableExistsResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var TableExistsResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TableExistsResponse exists.
         * @member {boolean} exists
         * @memberof fluss.TableExistsResponse
         * @instance
         */
        TableExistsResponse.prototype.exists = false;

        /**
         * Creates a new TableExistsResponse instance using the specified properties.
         * @function create
         * @memberof fluss.TableExistsResponse
         * @static
         * @param {fluss.TableExistsResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.TableExistsResponse} TableExistsResponse instance
         * @type {{
         *   (properties: fluss.TableExistsResponse.$Shape): fluss.TableExistsResponse & fluss.TableExistsResponse.$Shape;
         *   (properties?: fluss.TableExistsResponse.$Properties): fluss.TableExistsResponse;
         * }}
         */
        TableExistsResponse.create = function(properties) {
            return new TableExistsResponse(properties);
        };

        /**
         * Encodes the specified TableExistsResponse message. Does not implicitly {@link fluss.TableExistsResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.TableExistsResponse
         * @static
         * @param {fluss.TableExistsResponse.$Properties} m TableExistsResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TableExistsResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).bool(m.exists);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified TableExistsResponse message, length delimited. Does not implicitly {@link fluss.TableExistsResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.TableExistsResponse
         * @static
         * @param {fluss.TableExistsResponse.$Properties} message TableExistsResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TableExistsResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TableExistsResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.TableExistsResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.TableExistsResponse & fluss.TableExistsResponse.$Shape} TableExistsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TableExistsResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.TableExistsResponse();
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
                        m.exists = r.bool();
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
            if (!$Object.hasOwnProperty.call(m, "exists"))
                throw $util.ProtocolError("missing required 'exists'", { instance: m });
            return m;
        };

        /**
         * Decodes a TableExistsResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.TableExistsResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.TableExistsResponse & fluss.TableExistsResponse.$Shape} TableExistsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TableExistsResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a TableExistsResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.TableExistsResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.TableExistsResponse} TableExistsResponse
         */
        TableExistsResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.TableExistsResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.TableExistsResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.TableExistsResponse();
            if (d.exists != null) {
                m.exists = $Boolean(d.exists);
            }
            return m;
        };

        /**
         * Creates a plain object from a TableExistsResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.TableExistsResponse
         * @static
         * @param {fluss.TableExistsResponse} m TableExistsResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TableExistsResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.exists = false;
            }
            if (m.exists != null && $Object.hasOwnProperty.call(m, "exists")) {
                d.exists = m.exists;
            }
            return d;
        };

        /**
         * Converts this TableExistsResponse to JSON.
         * @function toJSON
         * @memberof fluss.TableExistsResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TableExistsResponse.prototype.toJSON = function() {
            return TableExistsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TableExistsResponse
         * @function getTypeUrl
         * @memberof fluss.TableExistsResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TableExistsResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.TableExistsResponse";
        };

        return TableExistsResponse;
    })();

    fluss.MetadataRequest = (function() {

        /**
         * Properties of a MetadataRequest.
         * @typedef {Object} fluss.MetadataRequest.$Properties
         * @property {Array.<fluss.PbTablePath.$Properties>|null} [tablePath] MetadataRequest tablePath
         * @property {Array.<fluss.PbPhysicalTablePath.$Properties>|null} [partitionsPath] MetadataRequest partitionsPath
         * @property {Array.<Long>|null} [partitionsId] MetadataRequest partitionsId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MetadataRequest.
         * @memberof fluss
         * @interface IMetadataRequest
         * @augments fluss.MetadataRequest.$Properties
         * @deprecated Use fluss.MetadataRequest.$Properties instead.
         */

        /**
         * Shape of a MetadataRequest.
         * @typedef {fluss.MetadataRequest.$Properties} fluss.MetadataRequest.$Shape
         */

        /**
         * Constructs a new MetadataRequest.
         * @memberof fluss
         * @classdesc Represents a MetadataRequest.
         * @constructor
         * @param {fluss.MetadataRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var MetadataRequest = function (p) {
            this.tablePath = [];
            this.partitionsPath = [];
            this.partitionsId = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MetadataRequest tablePath.
         * @member {Array.<fluss.PbTablePath.$Properties>} tablePath
         * @memberof fluss.MetadataRequest
         * @instance
         */
        MetadataRequest.prototype.tablePath = $util.emptyArray;

        /**
         * MetadataRequest partitionsPath.
         * @member {Array.<fluss.PbPhysicalTablePath.$Properties>} partitionsPath
         * @memberof fluss.MetadataRequest
         * @instance
         */
        MetadataRequest.prototype.partitionsPath = $util.emptyArray;

        /**
         * MetadataRequest partitionsId.
         * @member {Array.<Long>} partitionsId
         * @memberof fluss.MetadataRequest
         * @instance
         */
        MetadataRequest.prototype.partitionsId = $util.emptyArray;

        /**
         * Creates a new MetadataRequest instance using the specified properties.
         * @function create
         * @memberof fluss.MetadataRequest
         * @static
         * @param {fluss.MetadataRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.MetadataRequest} MetadataRequest instance
         * @type {{
         *   (properties: fluss.MetadataRequest.$Shape): fluss.MetadataRequest & fluss.MetadataRequest.$Shape;
         *   (properties?: fluss.MetadataRequest.$Properties): fluss.MetadataRequest;
         * }}
         */
        MetadataRequest.create = function(properties) {
            return new MetadataRequest(properties);
        };

        /**
         * Encodes the specified MetadataRequest message. Does not implicitly {@link fluss.MetadataRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.MetadataRequest
         * @static
         * @param {fluss.MetadataRequest.$Properties} m MetadataRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetadataRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tablePath != null && m.tablePath.length) {
                for (var i = 0; i < m.tablePath.length; ++i)
                    $root.fluss.PbTablePath.encode(m.tablePath[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.partitionsPath != null && m.partitionsPath.length) {
                for (var i = 0; i < m.partitionsPath.length; ++i)
                    $root.fluss.PbPhysicalTablePath.encode(m.partitionsPath[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.partitionsId != null && m.partitionsId.length) {
                w.uint32(/* id 3, wireType 2 =*/26).int64s(m.partitionsId);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MetadataRequest message, length delimited. Does not implicitly {@link fluss.MetadataRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.MetadataRequest
         * @static
         * @param {fluss.MetadataRequest.$Properties} message MetadataRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetadataRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MetadataRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.MetadataRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.MetadataRequest & fluss.MetadataRequest.$Shape} MetadataRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetadataRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.MetadataRequest();
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
                        if (!(m.tablePath && m.tablePath.length))
                            m.tablePath = [];
                        m.tablePath.push($root.fluss.PbTablePath.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.partitionsPath && m.partitionsPath.length))
                            m.partitionsPath = [];
                        m.partitionsPath.push($root.fluss.PbPhysicalTablePath.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u === 2) {
                            if (!(m.partitionsId && m.partitionsId.length))
                                m.partitionsId = [];
                            r.int64s(m.partitionsId);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.partitionsId && m.partitionsId.length))
                            m.partitionsId = [];
                        m.partitionsId.push(r.int64());
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
         * Decodes a MetadataRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.MetadataRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.MetadataRequest & fluss.MetadataRequest.$Shape} MetadataRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetadataRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a MetadataRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.MetadataRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.MetadataRequest} MetadataRequest
         */
        MetadataRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.MetadataRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.MetadataRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.MetadataRequest();
            if (d.tablePath) {
                if (!$Array.isArray(d.tablePath))
                    throw $TypeError(".fluss.MetadataRequest.tablePath: array expected");
                m.tablePath = $Array(d.tablePath.length);
                for (var i = 0; i < d.tablePath.length; ++i) {
                    if (!$util.isObject(d.tablePath[i]))
                        throw $TypeError(".fluss.MetadataRequest.tablePath: object expected");
                    m.tablePath[i] = $root.fluss.PbTablePath.fromObject(d.tablePath[i], q + 1);
                }
            }
            if (d.partitionsPath) {
                if (!$Array.isArray(d.partitionsPath))
                    throw $TypeError(".fluss.MetadataRequest.partitionsPath: array expected");
                m.partitionsPath = $Array(d.partitionsPath.length);
                for (var i = 0; i < d.partitionsPath.length; ++i) {
                    if (!$util.isObject(d.partitionsPath[i]))
                        throw $TypeError(".fluss.MetadataRequest.partitionsPath: object expected");
                    m.partitionsPath[i] = $root.fluss.PbPhysicalTablePath.fromObject(d.partitionsPath[i], q + 1);
                }
            }
            if (d.partitionsId) {
                if (!$Array.isArray(d.partitionsId))
                    throw $TypeError(".fluss.MetadataRequest.partitionsId: array expected");
                m.partitionsId = $Array(d.partitionsId.length);
                for (var i = 0; i < d.partitionsId.length; ++i) {
                    if ($util.Long)
                        m.partitionsId[i] = $util.Long.fromValue(d.partitionsId[i], false);
                    else if (typeof d.partitionsId[i] === "string")
                        m.partitionsId[i] = $parseInt(d.partitionsId[i], 10);
                    else if (typeof d.partitionsId[i] === "number")
                        m.partitionsId[i] = d.partitionsId[i];
                    else if (typeof d.partitionsId[i] === "object")
                        m.partitionsId[i] = new $util.LongBits(d.partitionsId[i].low >>> 0, d.partitionsId[i].high >>> 0).toNumber();
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MetadataRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.MetadataRequest
         * @static
         * @param {fluss.MetadataRequest} m MetadataRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MetadataRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.tablePath = [];
                d.partitionsPath = [];
                d.partitionsId = [];
            }
            if (m.tablePath && m.tablePath.length) {
                d.tablePath = $Array(m.tablePath.length);
                for (var j = 0; j < m.tablePath.length; ++j) {
                    d.tablePath[j] = $root.fluss.PbTablePath.toObject(m.tablePath[j], o, q + 1);
                }
            }
            if (m.partitionsPath && m.partitionsPath.length) {
                d.partitionsPath = $Array(m.partitionsPath.length);
                for (var j = 0; j < m.partitionsPath.length; ++j) {
                    d.partitionsPath[j] = $root.fluss.PbPhysicalTablePath.toObject(m.partitionsPath[j], o, q + 1);
                }
            }
            if (m.partitionsId && m.partitionsId.length) {
                d.partitionsId = $Array(m.partitionsId.length);
                for (var j = 0; j < m.partitionsId.length; ++j) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.partitionsId[j] = typeof m.partitionsId[j] === "number" ? $BigInt(m.partitionsId[j]) : $util.Long.fromBits(m.partitionsId[j].low >>> 0, m.partitionsId[j].high >>> 0, false).toBigInt();
                    else if (typeof m.partitionsId[j] === "number")
                        d.partitionsId[j] = o.longs === $String ? $String(m.partitionsId[j]) : m.partitionsId[j];
                    else
                        d.partitionsId[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionsId[j]) : o.longs === $Number ? new $util.LongBits(m.partitionsId[j].low >>> 0, m.partitionsId[j].high >>> 0).toNumber() : m.partitionsId[j];
                }
            }
            return d;
        };

        /**
         * Converts this MetadataRequest to JSON.
         * @function toJSON
         * @memberof fluss.MetadataRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MetadataRequest.prototype.toJSON = function() {
            return MetadataRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MetadataRequest
         * @function getTypeUrl
         * @memberof fluss.MetadataRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MetadataRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.MetadataRequest";
        };

        return MetadataRequest;
    })();

    fluss.PbServerNode = (function() {

        /**
         * Properties of a PbServerNode.
         * @typedef {Object} fluss.PbServerNode.$Properties
         * @property {number} nodeId PbServerNode nodeId
         * @property {string} host PbServerNode host
         * @property {number} port PbServerNode port
         * @property {string|null} [listeners] PbServerNode listeners
         * @property {string|null} [rack] PbServerNode rack
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbServerNode.
         * @memberof fluss
         * @interface IPbServerNode
         * @augments fluss.PbServerNode.$Properties
         * @deprecated Use fluss.PbServerNode.$Properties instead.
         */

        /**
         * Shape of a PbServerNode.
         * @typedef {fluss.PbServerNode.$Properties} fluss.PbServerNode.$Shape
         */

        /**
         * Constructs a new PbServerNode.
         * @memberof fluss
         * @classdesc Represents a PbServerNode.
         * @constructor
         * @param {fluss.PbServerNode.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbServerNode = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbServerNode nodeId.
         * @member {number} nodeId
         * @memberof fluss.PbServerNode
         * @instance
         */
        PbServerNode.prototype.nodeId = 0;

        /**
         * PbServerNode host.
         * @member {string} host
         * @memberof fluss.PbServerNode
         * @instance
         */
        PbServerNode.prototype.host = "";

        /**
         * PbServerNode port.
         * @member {number} port
         * @memberof fluss.PbServerNode
         * @instance
         */
        PbServerNode.prototype.port = 0;

        /**
         * PbServerNode listeners.
         * @member {string} listeners
         * @memberof fluss.PbServerNode
         * @instance
         */
        PbServerNode.prototype.listeners = "";

        /**
         * PbServerNode rack.
         * @member {string} rack
         * @memberof fluss.PbServerNode
         * @instance
         */
        PbServerNode.prototype.rack = "";

        /**
         * Creates a new PbServerNode instance using the specified properties.
         * @function create
         * @memberof fluss.PbServerNode
         * @static
         * @param {fluss.PbServerNode.$Properties=} [properties] Properties to set
         * @returns {fluss.PbServerNode} PbServerNode instance
         * @type {{
         *   (properties: fluss.PbServerNode.$Shape): fluss.PbServerNode & fluss.PbServerNode.$Shape;
         *   (properties?: fluss.PbServerNode.$Properties): fluss.PbServerNode;
         * }}
         */
        PbServerNode.create = function(properties) {
            return new PbServerNode(properties);
        };

        /**
         * Encodes the specified PbServerNode message. Does not implicitly {@link fluss.PbServerNode.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbServerNode
         * @static
         * @param {fluss.PbServerNode.$Properties} m PbServerNode message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbServerNode.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.nodeId);
            w.uint32(/* id 2, wireType 2 =*/18).string(m.host);
            w.uint32(/* id 3, wireType 0 =*/24).int32(m.port);
            if (m.listeners != null && $Object.hasOwnProperty.call(m, "listeners"))
                w.uint32(/* id 4, wireType 2 =*/34).string(m.listeners);
            if (m.rack != null && $Object.hasOwnProperty.call(m, "rack"))
                w.uint32(/* id 5, wireType 2 =*/42).string(m.rack);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbServerNode message, length delimited. Does not implicitly {@link fluss.PbServerNode.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbServerNode
         * @static
         * @param {fluss.PbServerNode.$Properties} message PbServerNode message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbServerNode.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbServerNode message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbServerNode
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbServerNode & fluss.PbServerNode.$Shape} PbServerNode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbServerNode.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbServerNode();
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
                        m.nodeId = r.int32();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.host = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.port = r.int32();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.listeners = r.string();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.rack = r.string();
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
            if (!$Object.hasOwnProperty.call(m, "nodeId"))
                throw $util.ProtocolError("missing required 'nodeId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "host"))
                throw $util.ProtocolError("missing required 'host'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "port"))
                throw $util.ProtocolError("missing required 'port'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbServerNode message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbServerNode
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbServerNode & fluss.PbServerNode.$Shape} PbServerNode
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbServerNode.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbServerNode message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbServerNode
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbServerNode} PbServerNode
         */
        PbServerNode.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbServerNode)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbServerNode: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbServerNode();
            if (d.nodeId != null) {
                m.nodeId = d.nodeId | 0;
            }
            if (d.host != null) {
                m.host = $String(d.host);
            }
            if (d.port != null) {
                m.port = d.port | 0;
            }
            if (d.listeners != null) {
                m.listeners = $String(d.listeners);
            }
            if (d.rack != null) {
                m.rack = $String(d.rack);
            }
            return m;
        };

        /**
         * Creates a plain object from a PbServerNode message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbServerNode
         * @static
         * @param {fluss.PbServerNode} m PbServerNode
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbServerNode.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.nodeId = 0;
                d.host = "";
                d.port = 0;
                d.listeners = "";
                d.rack = "";
            }
            if (m.nodeId != null && $Object.hasOwnProperty.call(m, "nodeId")) {
                d.nodeId = m.nodeId;
            }
            if (m.host != null && $Object.hasOwnProperty.call(m, "host")) {
                d.host = m.host;
            }
            if (m.port != null && $Object.hasOwnProperty.call(m, "port")) {
                d.port = m.port;
            }
            if (m.listeners != null && $Object.hasOwnProperty.call(m, "listeners")) {
                d.listeners = m.listeners;
            }
            if (m.rack != null && $Object.hasOwnProperty.call(m, "rack")) {
                d.rack = m.rack;
            }
            return d;
        };

        /**
         * Converts this PbServerNode to JSON.
         * @function toJSON
         * @memberof fluss.PbServerNode
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbServerNode.prototype.toJSON = function() {
            return PbServerNode.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbServerNode
         * @function getTypeUrl
         * @memberof fluss.PbServerNode
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbServerNode.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbServerNode";
        };

        return PbServerNode;
    })();

    fluss.PbBucketMetadata = (function() {

        /**
         * Properties of a PbBucketMetadata.
         * @typedef {Object} fluss.PbBucketMetadata.$Properties
         * @property {number} bucketId PbBucketMetadata bucketId
         * @property {number|null} [leaderId] PbBucketMetadata leaderId
         * @property {Array.<number>|null} [replicaId] PbBucketMetadata replicaId
         * @property {number|null} [leaderEpoch] PbBucketMetadata leaderEpoch
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbBucketMetadata.
         * @memberof fluss
         * @interface IPbBucketMetadata
         * @augments fluss.PbBucketMetadata.$Properties
         * @deprecated Use fluss.PbBucketMetadata.$Properties instead.
         */

        /**
         * Shape of a PbBucketMetadata.
         * @typedef {fluss.PbBucketMetadata.$Properties} fluss.PbBucketMetadata.$Shape
         */

        /**
         * Constructs a new PbBucketMetadata.
         * @memberof fluss
         * @classdesc Represents a PbBucketMetadata.
         * @constructor
         * @param {fluss.PbBucketMetadata.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbBucketMetadata = function (p) {
            this.replicaId = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbBucketMetadata bucketId.
         * @member {number} bucketId
         * @memberof fluss.PbBucketMetadata
         * @instance
         */
        PbBucketMetadata.prototype.bucketId = 0;

        /**
         * PbBucketMetadata leaderId.
         * @member {number} leaderId
         * @memberof fluss.PbBucketMetadata
         * @instance
         */
        PbBucketMetadata.prototype.leaderId = 0;

        /**
         * PbBucketMetadata replicaId.
         * @member {Array.<number>} replicaId
         * @memberof fluss.PbBucketMetadata
         * @instance
         */
        PbBucketMetadata.prototype.replicaId = $util.emptyArray;

        /**
         * PbBucketMetadata leaderEpoch.
         * @member {number} leaderEpoch
         * @memberof fluss.PbBucketMetadata
         * @instance
         */
        PbBucketMetadata.prototype.leaderEpoch = 0;

        /**
         * Creates a new PbBucketMetadata instance using the specified properties.
         * @function create
         * @memberof fluss.PbBucketMetadata
         * @static
         * @param {fluss.PbBucketMetadata.$Properties=} [properties] Properties to set
         * @returns {fluss.PbBucketMetadata} PbBucketMetadata instance
         * @type {{
         *   (properties: fluss.PbBucketMetadata.$Shape): fluss.PbBucketMetadata & fluss.PbBucketMetadata.$Shape;
         *   (properties?: fluss.PbBucketMetadata.$Properties): fluss.PbBucketMetadata;
         * }}
         */
        PbBucketMetadata.create = function(properties) {
            return new PbBucketMetadata(properties);
        };

        /**
         * Encodes the specified PbBucketMetadata message. Does not implicitly {@link fluss.PbBucketMetadata.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbBucketMetadata
         * @static
         * @param {fluss.PbBucketMetadata.$Properties} m PbBucketMetadata message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbBucketMetadata.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.bucketId);
            if (m.leaderId != null && $Object.hasOwnProperty.call(m, "leaderId"))
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.leaderId);
            if (m.replicaId != null && m.replicaId.length) {
                w.uint32(/* id 3, wireType 2 =*/26).int32s(m.replicaId);
            }
            if (m.leaderEpoch != null && $Object.hasOwnProperty.call(m, "leaderEpoch"))
                w.uint32(/* id 4, wireType 0 =*/32).int32(m.leaderEpoch);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbBucketMetadata message, length delimited. Does not implicitly {@link fluss.PbBucketMetadata.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbBucketMetadata
         * @static
         * @param {fluss.PbBucketMetadata.$Properties} message PbBucketMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbBucketMetadata.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbBucketMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbBucketMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbBucketMetadata & fluss.PbBucketMetadata.$Shape} PbBucketMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbBucketMetadata.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbBucketMetadata();
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
                        m.bucketId = r.int32();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.leaderId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u === 2) {
                            if (!(m.replicaId && m.replicaId.length))
                                m.replicaId = [];
                            r.int32s(m.replicaId);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.replicaId && m.replicaId.length))
                            m.replicaId = [];
                        m.replicaId.push(r.int32());
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.leaderEpoch = r.int32();
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
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbBucketMetadata message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbBucketMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbBucketMetadata & fluss.PbBucketMetadata.$Shape} PbBucketMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbBucketMetadata.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbBucketMetadata message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbBucketMetadata
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbBucketMetadata} PbBucketMetadata
         */
        PbBucketMetadata.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbBucketMetadata)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbBucketMetadata: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbBucketMetadata();
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.leaderId != null) {
                m.leaderId = d.leaderId | 0;
            }
            if (d.replicaId) {
                if (!$Array.isArray(d.replicaId))
                    throw $TypeError(".fluss.PbBucketMetadata.replicaId: array expected");
                m.replicaId = $Array(d.replicaId.length);
                for (var i = 0; i < d.replicaId.length; ++i) {
                    m.replicaId[i] = d.replicaId[i] | 0;
                }
            }
            if (d.leaderEpoch != null) {
                m.leaderEpoch = d.leaderEpoch | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a PbBucketMetadata message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbBucketMetadata
         * @static
         * @param {fluss.PbBucketMetadata} m PbBucketMetadata
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbBucketMetadata.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.replicaId = [];
            }
            if (o.defaults) {
                d.bucketId = 0;
                d.leaderId = 0;
                d.leaderEpoch = 0;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.leaderId != null && $Object.hasOwnProperty.call(m, "leaderId")) {
                d.leaderId = m.leaderId;
            }
            if (m.replicaId && m.replicaId.length) {
                d.replicaId = $Array(m.replicaId.length);
                for (var j = 0; j < m.replicaId.length; ++j) {
                    d.replicaId[j] = m.replicaId[j];
                }
            }
            if (m.leaderEpoch != null && $Object.hasOwnProperty.call(m, "leaderEpoch")) {
                d.leaderEpoch = m.leaderEpoch;
            }
            return d;
        };

        /**
         * Converts this PbBucketMetadata to JSON.
         * @function toJSON
         * @memberof fluss.PbBucketMetadata
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbBucketMetadata.prototype.toJSON = function() {
            return PbBucketMetadata.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbBucketMetadata
         * @function getTypeUrl
         * @memberof fluss.PbBucketMetadata
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbBucketMetadata.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbBucketMetadata";
        };

        return PbBucketMetadata;
    })();

    fluss.PbTableMetadata = (function() {

        /**
         * Properties of a PbTableMetadata.
         * @typedef {Object} fluss.PbTableMetadata.$Properties
         * @property {fluss.PbTablePath.$Properties} tablePath PbTableMetadata tablePath
         * @property {Long} tableId PbTableMetadata tableId
         * @property {number} schemaId PbTableMetadata schemaId
         * @property {Uint8Array} tableJson PbTableMetadata tableJson
         * @property {Array.<fluss.PbBucketMetadata.$Properties>|null} [bucketMetadata] PbTableMetadata bucketMetadata
         * @property {Long} createdTime PbTableMetadata createdTime
         * @property {Long} modifiedTime PbTableMetadata modifiedTime
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbTableMetadata.
         * @memberof fluss
         * @interface IPbTableMetadata
         * @augments fluss.PbTableMetadata.$Properties
         * @deprecated Use fluss.PbTableMetadata.$Properties instead.
         */

        /**
         * Shape of a PbTableMetadata.
         * @typedef {fluss.PbTableMetadata.$Properties} fluss.PbTableMetadata.$Shape
         */

        /**
         * Constructs a new PbTableMetadata.
         * @memberof fluss
         * @classdesc Represents a PbTableMetadata.
         * @constructor
         * @param {fluss.PbTableMetadata.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbTableMetadata = function (p) {
            this.bucketMetadata = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbTableMetadata tablePath.
         * @member {fluss.PbTablePath.$Properties} tablePath
         * @memberof fluss.PbTableMetadata
         * @instance
         */
        PbTableMetadata.prototype.tablePath = null;

        /**
         * PbTableMetadata tableId.
         * @member {Long} tableId
         * @memberof fluss.PbTableMetadata
         * @instance
         */
        PbTableMetadata.prototype.tableId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbTableMetadata schemaId.
         * @member {number} schemaId
         * @memberof fluss.PbTableMetadata
         * @instance
         */
        PbTableMetadata.prototype.schemaId = 0;

        /**
         * PbTableMetadata tableJson.
         * @member {Uint8Array} tableJson
         * @memberof fluss.PbTableMetadata
         * @instance
         */
        PbTableMetadata.prototype.tableJson = $util.newBuffer([]);

        /**
         * PbTableMetadata bucketMetadata.
         * @member {Array.<fluss.PbBucketMetadata.$Properties>} bucketMetadata
         * @memberof fluss.PbTableMetadata
         * @instance
         */
        PbTableMetadata.prototype.bucketMetadata = $util.emptyArray;

        /**
         * PbTableMetadata createdTime.
         * @member {Long} createdTime
         * @memberof fluss.PbTableMetadata
         * @instance
         */
        PbTableMetadata.prototype.createdTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbTableMetadata modifiedTime.
         * @member {Long} modifiedTime
         * @memberof fluss.PbTableMetadata
         * @instance
         */
        PbTableMetadata.prototype.modifiedTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new PbTableMetadata instance using the specified properties.
         * @function create
         * @memberof fluss.PbTableMetadata
         * @static
         * @param {fluss.PbTableMetadata.$Properties=} [properties] Properties to set
         * @returns {fluss.PbTableMetadata} PbTableMetadata instance
         * @type {{
         *   (properties: fluss.PbTableMetadata.$Shape): fluss.PbTableMetadata & fluss.PbTableMetadata.$Shape;
         *   (properties?: fluss.PbTableMetadata.$Properties): fluss.PbTableMetadata;
         * }}
         */
        PbTableMetadata.create = function(properties) {
            return new PbTableMetadata(properties);
        };

        /**
         * Encodes the specified PbTableMetadata message. Does not implicitly {@link fluss.PbTableMetadata.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbTableMetadata
         * @static
         * @param {fluss.PbTableMetadata.$Properties} m PbTableMetadata message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbTableMetadata.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            $root.fluss.PbTablePath.encode(m.tablePath, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            w.uint32(/* id 2, wireType 0 =*/16).int64(m.tableId);
            w.uint32(/* id 3, wireType 0 =*/24).int32(m.schemaId);
            w.uint32(/* id 4, wireType 2 =*/34).bytes(m.tableJson);
            if (m.bucketMetadata != null && m.bucketMetadata.length) {
                for (var i = 0; i < m.bucketMetadata.length; ++i)
                    $root.fluss.PbBucketMetadata.encode(m.bucketMetadata[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            w.uint32(/* id 6, wireType 0 =*/48).int64(m.createdTime);
            w.uint32(/* id 7, wireType 0 =*/56).int64(m.modifiedTime);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbTableMetadata message, length delimited. Does not implicitly {@link fluss.PbTableMetadata.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbTableMetadata
         * @static
         * @param {fluss.PbTableMetadata.$Properties} message PbTableMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbTableMetadata.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbTableMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbTableMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbTableMetadata & fluss.PbTableMetadata.$Shape} PbTableMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbTableMetadata.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbTableMetadata();
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
                        m.tablePath = $root.fluss.PbTablePath.decode(r, r.size(), $undefined, q + 1, m.tablePath);
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.tableId = r.int64();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.schemaId = r.int32();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.tableJson = r.bytes();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.bucketMetadata && m.bucketMetadata.length))
                            m.bucketMetadata = [];
                        m.bucketMetadata.push($root.fluss.PbBucketMetadata.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        m.createdTime = r.int64();
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        m.modifiedTime = r.int64();
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
            if (!$Object.hasOwnProperty.call(m, "tablePath"))
                throw $util.ProtocolError("missing required 'tablePath'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "tableId"))
                throw $util.ProtocolError("missing required 'tableId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "schemaId"))
                throw $util.ProtocolError("missing required 'schemaId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "tableJson"))
                throw $util.ProtocolError("missing required 'tableJson'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "createdTime"))
                throw $util.ProtocolError("missing required 'createdTime'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "modifiedTime"))
                throw $util.ProtocolError("missing required 'modifiedTime'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbTableMetadata message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbTableMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbTableMetadata & fluss.PbTableMetadata.$Shape} PbTableMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbTableMetadata.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbTableMetadata message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbTableMetadata
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbTableMetadata} PbTableMetadata
         */
        PbTableMetadata.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbTableMetadata)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbTableMetadata: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbTableMetadata();
            if (d.tablePath != null) {
                if (!$util.isObject(d.tablePath))
                    throw $TypeError(".fluss.PbTableMetadata.tablePath: object expected");
                m.tablePath = $root.fluss.PbTablePath.fromObject(d.tablePath, q + 1);
            }
            if (d.tableId != null) {
                if ($util.Long)
                    m.tableId = $util.Long.fromValue(d.tableId, false);
                else if (typeof d.tableId === "string")
                    m.tableId = $parseInt(d.tableId, 10);
                else if (typeof d.tableId === "number")
                    m.tableId = d.tableId;
                else if (typeof d.tableId === "object")
                    m.tableId = new $util.LongBits(d.tableId.low >>> 0, d.tableId.high >>> 0).toNumber();
            }
            if (d.schemaId != null) {
                m.schemaId = d.schemaId | 0;
            }
            if (d.tableJson != null) {
                if (typeof d.tableJson === "string")
                    $util.base64.decode(d.tableJson, m.tableJson = $util.newBuffer($util.base64.length(d.tableJson)), 0);
                else if (d.tableJson.length >= 0)
                    m.tableJson = d.tableJson;
            }
            if (d.bucketMetadata) {
                if (!$Array.isArray(d.bucketMetadata))
                    throw $TypeError(".fluss.PbTableMetadata.bucketMetadata: array expected");
                m.bucketMetadata = $Array(d.bucketMetadata.length);
                for (var i = 0; i < d.bucketMetadata.length; ++i) {
                    if (!$util.isObject(d.bucketMetadata[i]))
                        throw $TypeError(".fluss.PbTableMetadata.bucketMetadata: object expected");
                    m.bucketMetadata[i] = $root.fluss.PbBucketMetadata.fromObject(d.bucketMetadata[i], q + 1);
                }
            }
            if (d.createdTime != null) {
                if ($util.Long)
                    m.createdTime = $util.Long.fromValue(d.createdTime, false);
                else if (typeof d.createdTime === "string")
                    m.createdTime = $parseInt(d.createdTime, 10);
                else if (typeof d.createdTime === "number")
                    m.createdTime = d.createdTime;
                else if (typeof d.createdTime === "object")
                    m.createdTime = new $util.LongBits(d.createdTime.low >>> 0, d.createdTime.high >>> 0).toNumber();
            }
            if (d.modifiedTime != null) {
                if ($util.Long)
                    m.modifiedTime = $util.Long.fromValue(d.modifiedTime, false);
                else if (typeof d.modifiedTime === "string")
                    m.modifiedTime = $parseInt(d.modifiedTime, 10);
                else if (typeof d.modifiedTime === "number")
                    m.modifiedTime = d.modifiedTime;
                else if (typeof d.modifiedTime === "object")
                    m.modifiedTime = new $util.LongBits(d.modifiedTime.low >>> 0, d.modifiedTime.high >>> 0).toNumber();
            }
            return m;
        };

        /**
         * Creates a plain object from a PbTableMetadata message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbTableMetadata
         * @static
         * @param {fluss.PbTableMetadata} m PbTableMetadata
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbTableMetadata.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.bucketMetadata = [];
            }
            if (o.defaults) {
                d.tablePath = null;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.tableId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tableId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.schemaId = 0;
                if (o.bytes === $String)
                    d.tableJson = "";
                else {
                    d.tableJson = [];
                    if (o.bytes !== $Array)
                        d.tableJson = $util.newBuffer(d.tableJson);
                }
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.createdTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.createdTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.modifiedTime = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.modifiedTime = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.tablePath != null && $Object.hasOwnProperty.call(m, "tablePath")) {
                d.tablePath = $root.fluss.PbTablePath.toObject(m.tablePath, o, q + 1);
            }
            if (m.tableId != null && $Object.hasOwnProperty.call(m, "tableId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tableId = typeof m.tableId === "number" ? $BigInt(m.tableId) : $util.Long.fromBits(m.tableId.low >>> 0, m.tableId.high >>> 0, false).toBigInt();
                else if (typeof m.tableId === "number")
                    d.tableId = o.longs === $String ? $String(m.tableId) : m.tableId;
                else
                    d.tableId = o.longs === $String ? $util.Long.prototype.toString.call(m.tableId) : o.longs === $Number ? new $util.LongBits(m.tableId.low >>> 0, m.tableId.high >>> 0).toNumber() : m.tableId;
            }
            if (m.schemaId != null && $Object.hasOwnProperty.call(m, "schemaId")) {
                d.schemaId = m.schemaId;
            }
            if (m.tableJson != null && $Object.hasOwnProperty.call(m, "tableJson")) {
                d.tableJson = o.bytes === $String ? $util.base64.encode(m.tableJson, 0, m.tableJson.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.tableJson) : m.tableJson;
            }
            if (m.bucketMetadata && m.bucketMetadata.length) {
                d.bucketMetadata = $Array(m.bucketMetadata.length);
                for (var j = 0; j < m.bucketMetadata.length; ++j) {
                    d.bucketMetadata[j] = $root.fluss.PbBucketMetadata.toObject(m.bucketMetadata[j], o, q + 1);
                }
            }
            if (m.createdTime != null && $Object.hasOwnProperty.call(m, "createdTime")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.createdTime = typeof m.createdTime === "number" ? $BigInt(m.createdTime) : $util.Long.fromBits(m.createdTime.low >>> 0, m.createdTime.high >>> 0, false).toBigInt();
                else if (typeof m.createdTime === "number")
                    d.createdTime = o.longs === $String ? $String(m.createdTime) : m.createdTime;
                else
                    d.createdTime = o.longs === $String ? $util.Long.prototype.toString.call(m.createdTime) : o.longs === $Number ? new $util.LongBits(m.createdTime.low >>> 0, m.createdTime.high >>> 0).toNumber() : m.createdTime;
            }
            if (m.modifiedTime != null && $Object.hasOwnProperty.call(m, "modifiedTime")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.modifiedTime = typeof m.modifiedTime === "number" ? $BigInt(m.modifiedTime) : $util.Long.fromBits(m.modifiedTime.low >>> 0, m.modifiedTime.high >>> 0, false).toBigInt();
                else if (typeof m.modifiedTime === "number")
                    d.modifiedTime = o.longs === $String ? $String(m.modifiedTime) : m.modifiedTime;
                else
                    d.modifiedTime = o.longs === $String ? $util.Long.prototype.toString.call(m.modifiedTime) : o.longs === $Number ? new $util.LongBits(m.modifiedTime.low >>> 0, m.modifiedTime.high >>> 0).toNumber() : m.modifiedTime;
            }
            return d;
        };

        /**
         * Converts this PbTableMetadata to JSON.
         * @function toJSON
         * @memberof fluss.PbTableMetadata
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbTableMetadata.prototype.toJSON = function() {
            return PbTableMetadata.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbTableMetadata
         * @function getTypeUrl
         * @memberof fluss.PbTableMetadata
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbTableMetadata.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbTableMetadata";
        };

        return PbTableMetadata;
    })();

    fluss.PbPartitionMetadata = (function() {

        /**
         * Properties of a PbPartitionMetadata.
         * @typedef {Object} fluss.PbPartitionMetadata.$Properties
         * @property {Long} tableId PbPartitionMetadata tableId
         * @property {string} partitionName PbPartitionMetadata partitionName
         * @property {Long} partitionId PbPartitionMetadata partitionId
         * @property {Array.<fluss.PbBucketMetadata.$Properties>|null} [bucketMetadata] PbPartitionMetadata bucketMetadata
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbPartitionMetadata.
         * @memberof fluss
         * @interface IPbPartitionMetadata
         * @augments fluss.PbPartitionMetadata.$Properties
         * @deprecated Use fluss.PbPartitionMetadata.$Properties instead.
         */

        /**
         * Shape of a PbPartitionMetadata.
         * @typedef {fluss.PbPartitionMetadata.$Properties} fluss.PbPartitionMetadata.$Shape
         */

        /**
         * Constructs a new PbPartitionMetadata.
         * @memberof fluss
         * @classdesc Represents a PbPartitionMetadata.
         * @constructor
         * @param {fluss.PbPartitionMetadata.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbPartitionMetadata = function (p) {
            this.bucketMetadata = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbPartitionMetadata tableId.
         * @member {Long} tableId
         * @memberof fluss.PbPartitionMetadata
         * @instance
         */
        PbPartitionMetadata.prototype.tableId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbPartitionMetadata partitionName.
         * @member {string} partitionName
         * @memberof fluss.PbPartitionMetadata
         * @instance
         */
        PbPartitionMetadata.prototype.partitionName = "";

        /**
         * PbPartitionMetadata partitionId.
         * @member {Long} partitionId
         * @memberof fluss.PbPartitionMetadata
         * @instance
         */
        PbPartitionMetadata.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbPartitionMetadata bucketMetadata.
         * @member {Array.<fluss.PbBucketMetadata.$Properties>} bucketMetadata
         * @memberof fluss.PbPartitionMetadata
         * @instance
         */
        PbPartitionMetadata.prototype.bucketMetadata = $util.emptyArray;

        /**
         * Creates a new PbPartitionMetadata instance using the specified properties.
         * @function create
         * @memberof fluss.PbPartitionMetadata
         * @static
         * @param {fluss.PbPartitionMetadata.$Properties=} [properties] Properties to set
         * @returns {fluss.PbPartitionMetadata} PbPartitionMetadata instance
         * @type {{
         *   (properties: fluss.PbPartitionMetadata.$Shape): fluss.PbPartitionMetadata & fluss.PbPartitionMetadata.$Shape;
         *   (properties?: fluss.PbPartitionMetadata.$Properties): fluss.PbPartitionMetadata;
         * }}
         */
        PbPartitionMetadata.create = function(properties) {
            return new PbPartitionMetadata(properties);
        };

        /**
         * Encodes the specified PbPartitionMetadata message. Does not implicitly {@link fluss.PbPartitionMetadata.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbPartitionMetadata
         * @static
         * @param {fluss.PbPartitionMetadata.$Properties} m PbPartitionMetadata message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPartitionMetadata.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int64(m.tableId);
            w.uint32(/* id 2, wireType 2 =*/18).string(m.partitionName);
            w.uint32(/* id 3, wireType 0 =*/24).int64(m.partitionId);
            if (m.bucketMetadata != null && m.bucketMetadata.length) {
                for (var i = 0; i < m.bucketMetadata.length; ++i)
                    $root.fluss.PbBucketMetadata.encode(m.bucketMetadata[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbPartitionMetadata message, length delimited. Does not implicitly {@link fluss.PbPartitionMetadata.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbPartitionMetadata
         * @static
         * @param {fluss.PbPartitionMetadata.$Properties} message PbPartitionMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPartitionMetadata.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbPartitionMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbPartitionMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbPartitionMetadata & fluss.PbPartitionMetadata.$Shape} PbPartitionMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPartitionMetadata.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbPartitionMetadata();
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
                        m.tableId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.partitionName = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.partitionId = r.int64();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.bucketMetadata && m.bucketMetadata.length))
                            m.bucketMetadata = [];
                        m.bucketMetadata.push($root.fluss.PbBucketMetadata.decode(r, r.size(), $undefined, q + 1));
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
            if (!$Object.hasOwnProperty.call(m, "tableId"))
                throw $util.ProtocolError("missing required 'tableId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "partitionName"))
                throw $util.ProtocolError("missing required 'partitionName'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "partitionId"))
                throw $util.ProtocolError("missing required 'partitionId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbPartitionMetadata message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbPartitionMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbPartitionMetadata & fluss.PbPartitionMetadata.$Shape} PbPartitionMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPartitionMetadata.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbPartitionMetadata message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbPartitionMetadata
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbPartitionMetadata} PbPartitionMetadata
         */
        PbPartitionMetadata.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbPartitionMetadata)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbPartitionMetadata: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbPartitionMetadata();
            if (d.tableId != null) {
                if ($util.Long)
                    m.tableId = $util.Long.fromValue(d.tableId, false);
                else if (typeof d.tableId === "string")
                    m.tableId = $parseInt(d.tableId, 10);
                else if (typeof d.tableId === "number")
                    m.tableId = d.tableId;
                else if (typeof d.tableId === "object")
                    m.tableId = new $util.LongBits(d.tableId.low >>> 0, d.tableId.high >>> 0).toNumber();
            }
            if (d.partitionName != null) {
                m.partitionName = $String(d.partitionName);
            }
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketMetadata) {
                if (!$Array.isArray(d.bucketMetadata))
                    throw $TypeError(".fluss.PbPartitionMetadata.bucketMetadata: array expected");
                m.bucketMetadata = $Array(d.bucketMetadata.length);
                for (var i = 0; i < d.bucketMetadata.length; ++i) {
                    if (!$util.isObject(d.bucketMetadata[i]))
                        throw $TypeError(".fluss.PbPartitionMetadata.bucketMetadata: object expected");
                    m.bucketMetadata[i] = $root.fluss.PbBucketMetadata.fromObject(d.bucketMetadata[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PbPartitionMetadata message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbPartitionMetadata
         * @static
         * @param {fluss.PbPartitionMetadata} m PbPartitionMetadata
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbPartitionMetadata.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.bucketMetadata = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.tableId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tableId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.partitionName = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.tableId != null && $Object.hasOwnProperty.call(m, "tableId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tableId = typeof m.tableId === "number" ? $BigInt(m.tableId) : $util.Long.fromBits(m.tableId.low >>> 0, m.tableId.high >>> 0, false).toBigInt();
                else if (typeof m.tableId === "number")
                    d.tableId = o.longs === $String ? $String(m.tableId) : m.tableId;
                else
                    d.tableId = o.longs === $String ? $util.Long.prototype.toString.call(m.tableId) : o.longs === $Number ? new $util.LongBits(m.tableId.low >>> 0, m.tableId.high >>> 0).toNumber() : m.tableId;
            }
            if (m.partitionName != null && $Object.hasOwnProperty.call(m, "partitionName")) {
                d.partitionName = m.partitionName;
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketMetadata && m.bucketMetadata.length) {
                d.bucketMetadata = $Array(m.bucketMetadata.length);
                for (var j = 0; j < m.bucketMetadata.length; ++j) {
                    d.bucketMetadata[j] = $root.fluss.PbBucketMetadata.toObject(m.bucketMetadata[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this PbPartitionMetadata to JSON.
         * @function toJSON
         * @memberof fluss.PbPartitionMetadata
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbPartitionMetadata.prototype.toJSON = function() {
            return PbPartitionMetadata.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbPartitionMetadata
         * @function getTypeUrl
         * @memberof fluss.PbPartitionMetadata
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbPartitionMetadata.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbPartitionMetadata";
        };

        return PbPartitionMetadata;
    })();

    fluss.MetadataResponse = (function() {

        /**
         * Properties of a MetadataResponse.
         * @typedef {Object} fluss.MetadataResponse.$Properties
         * @property {fluss.PbServerNode.$Properties|null} [coordinatorServer] MetadataResponse coordinatorServer
         * @property {Array.<fluss.PbServerNode.$Properties>|null} [tabletServers] MetadataResponse tabletServers
         * @property {Array.<fluss.PbTableMetadata.$Properties>|null} [tableMetadata] MetadataResponse tableMetadata
         * @property {Array.<fluss.PbPartitionMetadata.$Properties>|null} [partitionMetadata] MetadataResponse partitionMetadata
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MetadataResponse.
         * @memberof fluss
         * @interface IMetadataResponse
         * @augments fluss.MetadataResponse.$Properties
         * @deprecated Use fluss.MetadataResponse.$Properties instead.
         */

        /**
         * Shape of a MetadataResponse.
         * @typedef {fluss.MetadataResponse.$Properties} fluss.MetadataResponse.$Shape
         */

        /**
         * Constructs a new MetadataResponse.
         * @memberof fluss
         * @classdesc Represents a MetadataResponse.
         * @constructor
         * @param {fluss.MetadataResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var MetadataResponse = function (p) {
            this.tabletServers = [];
            this.tableMetadata = [];
            this.partitionMetadata = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MetadataResponse coordinatorServer.
         * @member {fluss.PbServerNode.$Properties|null|undefined} coordinatorServer
         * @memberof fluss.MetadataResponse
         * @instance
         */
        MetadataResponse.prototype.coordinatorServer = null;

        /**
         * MetadataResponse tabletServers.
         * @member {Array.<fluss.PbServerNode.$Properties>} tabletServers
         * @memberof fluss.MetadataResponse
         * @instance
         */
        MetadataResponse.prototype.tabletServers = $util.emptyArray;

        /**
         * MetadataResponse tableMetadata.
         * @member {Array.<fluss.PbTableMetadata.$Properties>} tableMetadata
         * @memberof fluss.MetadataResponse
         * @instance
         */
        MetadataResponse.prototype.tableMetadata = $util.emptyArray;

        /**
         * MetadataResponse partitionMetadata.
         * @member {Array.<fluss.PbPartitionMetadata.$Properties>} partitionMetadata
         * @memberof fluss.MetadataResponse
         * @instance
         */
        MetadataResponse.prototype.partitionMetadata = $util.emptyArray;

        /**
         * Creates a new MetadataResponse instance using the specified properties.
         * @function create
         * @memberof fluss.MetadataResponse
         * @static
         * @param {fluss.MetadataResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.MetadataResponse} MetadataResponse instance
         * @type {{
         *   (properties: fluss.MetadataResponse.$Shape): fluss.MetadataResponse & fluss.MetadataResponse.$Shape;
         *   (properties?: fluss.MetadataResponse.$Properties): fluss.MetadataResponse;
         * }}
         */
        MetadataResponse.create = function(properties) {
            return new MetadataResponse(properties);
        };

        /**
         * Encodes the specified MetadataResponse message. Does not implicitly {@link fluss.MetadataResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.MetadataResponse
         * @static
         * @param {fluss.MetadataResponse.$Properties} m MetadataResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetadataResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.coordinatorServer != null && $Object.hasOwnProperty.call(m, "coordinatorServer"))
                $root.fluss.PbServerNode.encode(m.coordinatorServer, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.tabletServers != null && m.tabletServers.length) {
                for (var i = 0; i < m.tabletServers.length; ++i)
                    $root.fluss.PbServerNode.encode(m.tabletServers[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.tableMetadata != null && m.tableMetadata.length) {
                for (var i = 0; i < m.tableMetadata.length; ++i)
                    $root.fluss.PbTableMetadata.encode(m.tableMetadata[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.partitionMetadata != null && m.partitionMetadata.length) {
                for (var i = 0; i < m.partitionMetadata.length; ++i)
                    $root.fluss.PbPartitionMetadata.encode(m.partitionMetadata[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified MetadataResponse message, length delimited. Does not implicitly {@link fluss.MetadataResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.MetadataResponse
         * @static
         * @param {fluss.MetadataResponse.$Properties} message MetadataResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MetadataResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MetadataResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.MetadataResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.MetadataResponse & fluss.MetadataResponse.$Shape} MetadataResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetadataResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.MetadataResponse();
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
                        m.coordinatorServer = $root.fluss.PbServerNode.decode(r, r.size(), $undefined, q + 1, m.coordinatorServer);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.tabletServers && m.tabletServers.length))
                            m.tabletServers = [];
                        m.tabletServers.push($root.fluss.PbServerNode.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.tableMetadata && m.tableMetadata.length))
                            m.tableMetadata = [];
                        m.tableMetadata.push($root.fluss.PbTableMetadata.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.partitionMetadata && m.partitionMetadata.length))
                            m.partitionMetadata = [];
                        m.partitionMetadata.push($root.fluss.PbPartitionMetadata.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a MetadataResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.MetadataResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.MetadataResponse & fluss.MetadataResponse.$Shape} MetadataResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MetadataResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a MetadataResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.MetadataResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.MetadataResponse} MetadataResponse
         */
        MetadataResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.MetadataResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.MetadataResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.MetadataResponse();
            if (d.coordinatorServer != null) {
                if (!$util.isObject(d.coordinatorServer))
                    throw $TypeError(".fluss.MetadataResponse.coordinatorServer: object expected");
                m.coordinatorServer = $root.fluss.PbServerNode.fromObject(d.coordinatorServer, q + 1);
            }
            if (d.tabletServers) {
                if (!$Array.isArray(d.tabletServers))
                    throw $TypeError(".fluss.MetadataResponse.tabletServers: array expected");
                m.tabletServers = $Array(d.tabletServers.length);
                for (var i = 0; i < d.tabletServers.length; ++i) {
                    if (!$util.isObject(d.tabletServers[i]))
                        throw $TypeError(".fluss.MetadataResponse.tabletServers: object expected");
                    m.tabletServers[i] = $root.fluss.PbServerNode.fromObject(d.tabletServers[i], q + 1);
                }
            }
            if (d.tableMetadata) {
                if (!$Array.isArray(d.tableMetadata))
                    throw $TypeError(".fluss.MetadataResponse.tableMetadata: array expected");
                m.tableMetadata = $Array(d.tableMetadata.length);
                for (var i = 0; i < d.tableMetadata.length; ++i) {
                    if (!$util.isObject(d.tableMetadata[i]))
                        throw $TypeError(".fluss.MetadataResponse.tableMetadata: object expected");
                    m.tableMetadata[i] = $root.fluss.PbTableMetadata.fromObject(d.tableMetadata[i], q + 1);
                }
            }
            if (d.partitionMetadata) {
                if (!$Array.isArray(d.partitionMetadata))
                    throw $TypeError(".fluss.MetadataResponse.partitionMetadata: array expected");
                m.partitionMetadata = $Array(d.partitionMetadata.length);
                for (var i = 0; i < d.partitionMetadata.length; ++i) {
                    if (!$util.isObject(d.partitionMetadata[i]))
                        throw $TypeError(".fluss.MetadataResponse.partitionMetadata: object expected");
                    m.partitionMetadata[i] = $root.fluss.PbPartitionMetadata.fromObject(d.partitionMetadata[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MetadataResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.MetadataResponse
         * @static
         * @param {fluss.MetadataResponse} m MetadataResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MetadataResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.tabletServers = [];
                d.tableMetadata = [];
                d.partitionMetadata = [];
            }
            if (o.defaults) {
                d.coordinatorServer = null;
            }
            if (m.coordinatorServer != null && $Object.hasOwnProperty.call(m, "coordinatorServer")) {
                d.coordinatorServer = $root.fluss.PbServerNode.toObject(m.coordinatorServer, o, q + 1);
            }
            if (m.tabletServers && m.tabletServers.length) {
                d.tabletServers = $Array(m.tabletServers.length);
                for (var j = 0; j < m.tabletServers.length; ++j) {
                    d.tabletServers[j] = $root.fluss.PbServerNode.toObject(m.tabletServers[j], o, q + 1);
                }
            }
            if (m.tableMetadata && m.tableMetadata.length) {
                d.tableMetadata = $Array(m.tableMetadata.length);
                for (var j = 0; j < m.tableMetadata.length; ++j) {
                    d.tableMetadata[j] = $root.fluss.PbTableMetadata.toObject(m.tableMetadata[j], o, q + 1);
                }
            }
            if (m.partitionMetadata && m.partitionMetadata.length) {
                d.partitionMetadata = $Array(m.partitionMetadata.length);
                for (var j = 0; j < m.partitionMetadata.length; ++j) {
                    d.partitionMetadata[j] = $root.fluss.PbPartitionMetadata.toObject(m.partitionMetadata[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this MetadataResponse to JSON.
         * @function toJSON
         * @memberof fluss.MetadataResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MetadataResponse.prototype.toJSON = function() {
            return MetadataResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MetadataResponse
         * @function getTypeUrl
         * @memberof fluss.MetadataResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MetadataResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.MetadataResponse";
        };

        return MetadataResponse;
    })();

    fluss.InitWriterRequest = (function() {

        /**
         * Properties of an InitWriterRequest.
         * @typedef {Object} fluss.InitWriterRequest.$Properties
         * @property {Array.<fluss.PbTablePath.$Properties>|null} [tablePath] InitWriterRequest tablePath
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InitWriterRequest.
         * @memberof fluss
         * @interface IInitWriterRequest
         * @augments fluss.InitWriterRequest.$Properties
         * @deprecated Use fluss.InitWriterRequest.$Properties instead.
         */

        /**
         * Shape of an InitWriterRequest.
         * @typedef {fluss.InitWriterRequest.$Properties} fluss.InitWriterRequest.$Shape
         */

        /**
         * Constructs a new InitWriterRequest.
         * @memberof fluss
         * @classdesc Represents an InitWriterRequest.
         * @constructor
         * @param {fluss.InitWriterRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var InitWriterRequest = function (p) {
            this.tablePath = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * InitWriterRequest tablePath.
         * @member {Array.<fluss.PbTablePath.$Properties>} tablePath
         * @memberof fluss.InitWriterRequest
         * @instance
         */
        InitWriterRequest.prototype.tablePath = $util.emptyArray;

        /**
         * Creates a new InitWriterRequest instance using the specified properties.
         * @function create
         * @memberof fluss.InitWriterRequest
         * @static
         * @param {fluss.InitWriterRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.InitWriterRequest} InitWriterRequest instance
         * @type {{
         *   (properties: fluss.InitWriterRequest.$Shape): fluss.InitWriterRequest & fluss.InitWriterRequest.$Shape;
         *   (properties?: fluss.InitWriterRequest.$Properties): fluss.InitWriterRequest;
         * }}
         */
        InitWriterRequest.create = function(properties) {
            return new InitWriterRequest(properties);
        };

        /**
         * Encodes the specified InitWriterRequest message. Does not implicitly {@link fluss.InitWriterRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.InitWriterRequest
         * @static
         * @param {fluss.InitWriterRequest.$Properties} m InitWriterRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InitWriterRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tablePath != null && m.tablePath.length) {
                for (var i = 0; i < m.tablePath.length; ++i)
                    $root.fluss.PbTablePath.encode(m.tablePath[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified InitWriterRequest message, length delimited. Does not implicitly {@link fluss.InitWriterRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.InitWriterRequest
         * @static
         * @param {fluss.InitWriterRequest.$Properties} message InitWriterRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InitWriterRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InitWriterRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.InitWriterRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.InitWriterRequest & fluss.InitWriterRequest.$Shape} InitWriterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InitWriterRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.InitWriterRequest();
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
                        if (!(m.tablePath && m.tablePath.length))
                            m.tablePath = [];
                        m.tablePath.push($root.fluss.PbTablePath.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes an InitWriterRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.InitWriterRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.InitWriterRequest & fluss.InitWriterRequest.$Shape} InitWriterRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InitWriterRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates an InitWriterRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.InitWriterRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.InitWriterRequest} InitWriterRequest
         */
        InitWriterRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.InitWriterRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.InitWriterRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.InitWriterRequest();
            if (d.tablePath) {
                if (!$Array.isArray(d.tablePath))
                    throw $TypeError(".fluss.InitWriterRequest.tablePath: array expected");
                m.tablePath = $Array(d.tablePath.length);
                for (var i = 0; i < d.tablePath.length; ++i) {
                    if (!$util.isObject(d.tablePath[i]))
                        throw $TypeError(".fluss.InitWriterRequest.tablePath: object expected");
                    m.tablePath[i] = $root.fluss.PbTablePath.fromObject(d.tablePath[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an InitWriterRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.InitWriterRequest
         * @static
         * @param {fluss.InitWriterRequest} m InitWriterRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InitWriterRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.tablePath = [];
            }
            if (m.tablePath && m.tablePath.length) {
                d.tablePath = $Array(m.tablePath.length);
                for (var j = 0; j < m.tablePath.length; ++j) {
                    d.tablePath[j] = $root.fluss.PbTablePath.toObject(m.tablePath[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this InitWriterRequest to JSON.
         * @function toJSON
         * @memberof fluss.InitWriterRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InitWriterRequest.prototype.toJSON = function() {
            return InitWriterRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InitWriterRequest
         * @function getTypeUrl
         * @memberof fluss.InitWriterRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InitWriterRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.InitWriterRequest";
        };

        return InitWriterRequest;
    })();

    fluss.InitWriterResponse = (function() {

        /**
         * Properties of an InitWriterResponse.
         * @typedef {Object} fluss.InitWriterResponse.$Properties
         * @property {Long} writerId InitWriterResponse writerId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InitWriterResponse.
         * @memberof fluss
         * @interface IInitWriterResponse
         * @augments fluss.InitWriterResponse.$Properties
         * @deprecated Use fluss.InitWriterResponse.$Properties instead.
         */

        /**
         * Shape of an InitWriterResponse.
         * @typedef {fluss.InitWriterResponse.$Properties} fluss.InitWriterResponse.$Shape
         */

        /**
         * Constructs a new InitWriterResponse.
         * @memberof fluss
         * @classdesc Represents an InitWriterResponse.
         * @constructor
         * @param {fluss.InitWriterResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var InitWriterResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * InitWriterResponse writerId.
         * @member {Long} writerId
         * @memberof fluss.InitWriterResponse
         * @instance
         */
        InitWriterResponse.prototype.writerId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new InitWriterResponse instance using the specified properties.
         * @function create
         * @memberof fluss.InitWriterResponse
         * @static
         * @param {fluss.InitWriterResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.InitWriterResponse} InitWriterResponse instance
         * @type {{
         *   (properties: fluss.InitWriterResponse.$Shape): fluss.InitWriterResponse & fluss.InitWriterResponse.$Shape;
         *   (properties?: fluss.InitWriterResponse.$Properties): fluss.InitWriterResponse;
         * }}
         */
        InitWriterResponse.create = function(properties) {
            return new InitWriterResponse(properties);
        };

        /**
         * Encodes the specified InitWriterResponse message. Does not implicitly {@link fluss.InitWriterResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.InitWriterResponse
         * @static
         * @param {fluss.InitWriterResponse.$Properties} m InitWriterResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InitWriterResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int64(m.writerId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified InitWriterResponse message, length delimited. Does not implicitly {@link fluss.InitWriterResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.InitWriterResponse
         * @static
         * @param {fluss.InitWriterResponse.$Properties} message InitWriterResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InitWriterResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InitWriterResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.InitWriterResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.InitWriterResponse & fluss.InitWriterResponse.$Shape} InitWriterResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InitWriterResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.InitWriterResponse();
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
                        m.writerId = r.int64();
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
            if (!$Object.hasOwnProperty.call(m, "writerId"))
                throw $util.ProtocolError("missing required 'writerId'", { instance: m });
            return m;
        };

        /**
         * Decodes an InitWriterResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.InitWriterResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.InitWriterResponse & fluss.InitWriterResponse.$Shape} InitWriterResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InitWriterResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates an InitWriterResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.InitWriterResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.InitWriterResponse} InitWriterResponse
         */
        InitWriterResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.InitWriterResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.InitWriterResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.InitWriterResponse();
            if (d.writerId != null) {
                if ($util.Long)
                    m.writerId = $util.Long.fromValue(d.writerId, false);
                else if (typeof d.writerId === "string")
                    m.writerId = $parseInt(d.writerId, 10);
                else if (typeof d.writerId === "number")
                    m.writerId = d.writerId;
                else if (typeof d.writerId === "object")
                    m.writerId = new $util.LongBits(d.writerId.low >>> 0, d.writerId.high >>> 0).toNumber();
            }
            return m;
        };

        /**
         * Creates a plain object from an InitWriterResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.InitWriterResponse
         * @static
         * @param {fluss.InitWriterResponse} m InitWriterResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InitWriterResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.writerId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.writerId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.writerId != null && $Object.hasOwnProperty.call(m, "writerId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.writerId = typeof m.writerId === "number" ? $BigInt(m.writerId) : $util.Long.fromBits(m.writerId.low >>> 0, m.writerId.high >>> 0, false).toBigInt();
                else if (typeof m.writerId === "number")
                    d.writerId = o.longs === $String ? $String(m.writerId) : m.writerId;
                else
                    d.writerId = o.longs === $String ? $util.Long.prototype.toString.call(m.writerId) : o.longs === $Number ? new $util.LongBits(m.writerId.low >>> 0, m.writerId.high >>> 0).toNumber() : m.writerId;
            }
            return d;
        };

        /**
         * Converts this InitWriterResponse to JSON.
         * @function toJSON
         * @memberof fluss.InitWriterResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InitWriterResponse.prototype.toJSON = function() {
            return InitWriterResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InitWriterResponse
         * @function getTypeUrl
         * @memberof fluss.InitWriterResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InitWriterResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.InitWriterResponse";
        };

        return InitWriterResponse;
    })();

    fluss.PbPutKvReqForBucket = (function() {

        /**
         * Properties of a PbPutKvReqForBucket.
         * @typedef {Object} fluss.PbPutKvReqForBucket.$Properties
         * @property {Long|null} [partitionId] PbPutKvReqForBucket partitionId
         * @property {number} bucketId PbPutKvReqForBucket bucketId
         * @property {Uint8Array} records PbPutKvReqForBucket records
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbPutKvReqForBucket.
         * @memberof fluss
         * @interface IPbPutKvReqForBucket
         * @augments fluss.PbPutKvReqForBucket.$Properties
         * @deprecated Use fluss.PbPutKvReqForBucket.$Properties instead.
         */

        /**
         * Shape of a PbPutKvReqForBucket.
         * @typedef {fluss.PbPutKvReqForBucket.$Properties} fluss.PbPutKvReqForBucket.$Shape
         */

        /**
         * Constructs a new PbPutKvReqForBucket.
         * @memberof fluss
         * @classdesc Represents a PbPutKvReqForBucket.
         * @constructor
         * @param {fluss.PbPutKvReqForBucket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbPutKvReqForBucket = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbPutKvReqForBucket partitionId.
         * @member {Long} partitionId
         * @memberof fluss.PbPutKvReqForBucket
         * @instance
         */
        PbPutKvReqForBucket.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbPutKvReqForBucket bucketId.
         * @member {number} bucketId
         * @memberof fluss.PbPutKvReqForBucket
         * @instance
         */
        PbPutKvReqForBucket.prototype.bucketId = 0;

        /**
         * PbPutKvReqForBucket records.
         * @member {Uint8Array} records
         * @memberof fluss.PbPutKvReqForBucket
         * @instance
         */
        PbPutKvReqForBucket.prototype.records = $util.newBuffer([]);

        /**
         * Creates a new PbPutKvReqForBucket instance using the specified properties.
         * @function create
         * @memberof fluss.PbPutKvReqForBucket
         * @static
         * @param {fluss.PbPutKvReqForBucket.$Properties=} [properties] Properties to set
         * @returns {fluss.PbPutKvReqForBucket} PbPutKvReqForBucket instance
         * @type {{
         *   (properties: fluss.PbPutKvReqForBucket.$Shape): fluss.PbPutKvReqForBucket & fluss.PbPutKvReqForBucket.$Shape;
         *   (properties?: fluss.PbPutKvReqForBucket.$Properties): fluss.PbPutKvReqForBucket;
         * }}
         */
        PbPutKvReqForBucket.create = function(properties) {
            return new PbPutKvReqForBucket(properties);
        };

        /**
         * Encodes the specified PbPutKvReqForBucket message. Does not implicitly {@link fluss.PbPutKvReqForBucket.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbPutKvReqForBucket
         * @static
         * @param {fluss.PbPutKvReqForBucket.$Properties} m PbPutKvReqForBucket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPutKvReqForBucket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId"))
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.partitionId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.bucketId);
            w.uint32(/* id 3, wireType 2 =*/26).bytes(m.records);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbPutKvReqForBucket message, length delimited. Does not implicitly {@link fluss.PbPutKvReqForBucket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbPutKvReqForBucket
         * @static
         * @param {fluss.PbPutKvReqForBucket.$Properties} message PbPutKvReqForBucket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPutKvReqForBucket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbPutKvReqForBucket message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbPutKvReqForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbPutKvReqForBucket & fluss.PbPutKvReqForBucket.$Shape} PbPutKvReqForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPutKvReqForBucket.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbPutKvReqForBucket();
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
                        m.partitionId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.bucketId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.records = r.bytes();
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
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "records"))
                throw $util.ProtocolError("missing required 'records'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbPutKvReqForBucket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbPutKvReqForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbPutKvReqForBucket & fluss.PbPutKvReqForBucket.$Shape} PbPutKvReqForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPutKvReqForBucket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbPutKvReqForBucket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbPutKvReqForBucket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbPutKvReqForBucket} PbPutKvReqForBucket
         */
        PbPutKvReqForBucket.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbPutKvReqForBucket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbPutKvReqForBucket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbPutKvReqForBucket();
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.records != null) {
                if (typeof d.records === "string")
                    $util.base64.decode(d.records, m.records = $util.newBuffer($util.base64.length(d.records)), 0);
                else if (d.records.length >= 0)
                    m.records = d.records;
            }
            return m;
        };

        /**
         * Creates a plain object from a PbPutKvReqForBucket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbPutKvReqForBucket
         * @static
         * @param {fluss.PbPutKvReqForBucket} m PbPutKvReqForBucket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbPutKvReqForBucket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.bucketId = 0;
                if (o.bytes === $String)
                    d.records = "";
                else {
                    d.records = [];
                    if (o.bytes !== $Array)
                        d.records = $util.newBuffer(d.records);
                }
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.records != null && $Object.hasOwnProperty.call(m, "records")) {
                d.records = o.bytes === $String ? $util.base64.encode(m.records, 0, m.records.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.records) : m.records;
            }
            return d;
        };

        /**
         * Converts this PbPutKvReqForBucket to JSON.
         * @function toJSON
         * @memberof fluss.PbPutKvReqForBucket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbPutKvReqForBucket.prototype.toJSON = function() {
            return PbPutKvReqForBucket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbPutKvReqForBucket
         * @function getTypeUrl
         * @memberof fluss.PbPutKvReqForBucket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbPutKvReqForBucket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbPutKvReqForBucket";
        };

        return PbPutKvReqForBucket;
    })();

    fluss.PutKvRequest = (function() {

        /**
         * Properties of a PutKvRequest.
         * @typedef {Object} fluss.PutKvRequest.$Properties
         * @property {number} acks PutKvRequest acks
         * @property {Long} tableId PutKvRequest tableId
         * @property {number} timeoutMs PutKvRequest timeoutMs
         * @property {Array.<number>|null} [targetColumns] PutKvRequest targetColumns
         * @property {Array.<fluss.PbPutKvReqForBucket.$Properties>|null} [bucketsReq] PutKvRequest bucketsReq
         * @property {number|null} [aggMode] PutKvRequest aggMode
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PutKvRequest.
         * @memberof fluss
         * @interface IPutKvRequest
         * @augments fluss.PutKvRequest.$Properties
         * @deprecated Use fluss.PutKvRequest.$Properties instead.
         */

        /**
         * Shape of a PutKvRequest.
         * @typedef {fluss.PutKvRequest.$Properties} fluss.PutKvRequest.$Shape
         */

        /**
         * Constructs a new PutKvRequest.
         * @memberof fluss
         * @classdesc Represents a PutKvRequest.
         * @constructor
         * @param {fluss.PutKvRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PutKvRequest = function (p) {
            this.targetColumns = [];
            this.bucketsReq = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PutKvRequest acks.
         * @member {number} acks
         * @memberof fluss.PutKvRequest
         * @instance
         */
        PutKvRequest.prototype.acks = 0;

        /**
         * PutKvRequest tableId.
         * @member {Long} tableId
         * @memberof fluss.PutKvRequest
         * @instance
         */
        PutKvRequest.prototype.tableId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PutKvRequest timeoutMs.
         * @member {number} timeoutMs
         * @memberof fluss.PutKvRequest
         * @instance
         */
        PutKvRequest.prototype.timeoutMs = 0;

        /**
         * PutKvRequest targetColumns.
         * @member {Array.<number>} targetColumns
         * @memberof fluss.PutKvRequest
         * @instance
         */
        PutKvRequest.prototype.targetColumns = $util.emptyArray;

        /**
         * PutKvRequest bucketsReq.
         * @member {Array.<fluss.PbPutKvReqForBucket.$Properties>} bucketsReq
         * @memberof fluss.PutKvRequest
         * @instance
         */
        PutKvRequest.prototype.bucketsReq = $util.emptyArray;

        /**
         * PutKvRequest aggMode.
         * @member {number} aggMode
         * @memberof fluss.PutKvRequest
         * @instance
         */
        PutKvRequest.prototype.aggMode = 0;

        /**
         * Creates a new PutKvRequest instance using the specified properties.
         * @function create
         * @memberof fluss.PutKvRequest
         * @static
         * @param {fluss.PutKvRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.PutKvRequest} PutKvRequest instance
         * @type {{
         *   (properties: fluss.PutKvRequest.$Shape): fluss.PutKvRequest & fluss.PutKvRequest.$Shape;
         *   (properties?: fluss.PutKvRequest.$Properties): fluss.PutKvRequest;
         * }}
         */
        PutKvRequest.create = function(properties) {
            return new PutKvRequest(properties);
        };

        /**
         * Encodes the specified PutKvRequest message. Does not implicitly {@link fluss.PutKvRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.PutKvRequest
         * @static
         * @param {fluss.PutKvRequest.$Properties} m PutKvRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PutKvRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.acks);
            w.uint32(/* id 2, wireType 0 =*/16).int64(m.tableId);
            w.uint32(/* id 3, wireType 0 =*/24).int32(m.timeoutMs);
            if (m.targetColumns != null && m.targetColumns.length) {
                w.uint32(/* id 4, wireType 2 =*/34).int32s(m.targetColumns);
            }
            if (m.bucketsReq != null && m.bucketsReq.length) {
                for (var i = 0; i < m.bucketsReq.length; ++i)
                    $root.fluss.PbPutKvReqForBucket.encode(m.bucketsReq[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            if (m.aggMode != null && $Object.hasOwnProperty.call(m, "aggMode"))
                w.uint32(/* id 6, wireType 0 =*/48).int32(m.aggMode);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PutKvRequest message, length delimited. Does not implicitly {@link fluss.PutKvRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PutKvRequest
         * @static
         * @param {fluss.PutKvRequest.$Properties} message PutKvRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PutKvRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PutKvRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PutKvRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PutKvRequest & fluss.PutKvRequest.$Shape} PutKvRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PutKvRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PutKvRequest();
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
                        m.acks = r.int32();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.tableId = r.int64();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.timeoutMs = r.int32();
                        continue;
                    }
                case 4: {
                        if (u === 2) {
                            if (!(m.targetColumns && m.targetColumns.length))
                                m.targetColumns = [];
                            r.int32s(m.targetColumns);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.targetColumns && m.targetColumns.length))
                            m.targetColumns = [];
                        m.targetColumns.push(r.int32());
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.bucketsReq && m.bucketsReq.length))
                            m.bucketsReq = [];
                        m.bucketsReq.push($root.fluss.PbPutKvReqForBucket.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        m.aggMode = r.int32();
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
            if (!$Object.hasOwnProperty.call(m, "acks"))
                throw $util.ProtocolError("missing required 'acks'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "tableId"))
                throw $util.ProtocolError("missing required 'tableId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "timeoutMs"))
                throw $util.ProtocolError("missing required 'timeoutMs'", { instance: m });
            return m;
        };

        /**
         * Decodes a PutKvRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PutKvRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PutKvRequest & fluss.PutKvRequest.$Shape} PutKvRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PutKvRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PutKvRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PutKvRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PutKvRequest} PutKvRequest
         */
        PutKvRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PutKvRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PutKvRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PutKvRequest();
            if (d.acks != null) {
                m.acks = d.acks | 0;
            }
            if (d.tableId != null) {
                if ($util.Long)
                    m.tableId = $util.Long.fromValue(d.tableId, false);
                else if (typeof d.tableId === "string")
                    m.tableId = $parseInt(d.tableId, 10);
                else if (typeof d.tableId === "number")
                    m.tableId = d.tableId;
                else if (typeof d.tableId === "object")
                    m.tableId = new $util.LongBits(d.tableId.low >>> 0, d.tableId.high >>> 0).toNumber();
            }
            if (d.timeoutMs != null) {
                m.timeoutMs = d.timeoutMs | 0;
            }
            if (d.targetColumns) {
                if (!$Array.isArray(d.targetColumns))
                    throw $TypeError(".fluss.PutKvRequest.targetColumns: array expected");
                m.targetColumns = $Array(d.targetColumns.length);
                for (var i = 0; i < d.targetColumns.length; ++i) {
                    m.targetColumns[i] = d.targetColumns[i] | 0;
                }
            }
            if (d.bucketsReq) {
                if (!$Array.isArray(d.bucketsReq))
                    throw $TypeError(".fluss.PutKvRequest.bucketsReq: array expected");
                m.bucketsReq = $Array(d.bucketsReq.length);
                for (var i = 0; i < d.bucketsReq.length; ++i) {
                    if (!$util.isObject(d.bucketsReq[i]))
                        throw $TypeError(".fluss.PutKvRequest.bucketsReq: object expected");
                    m.bucketsReq[i] = $root.fluss.PbPutKvReqForBucket.fromObject(d.bucketsReq[i], q + 1);
                }
            }
            if (d.aggMode != null) {
                m.aggMode = d.aggMode | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a PutKvRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PutKvRequest
         * @static
         * @param {fluss.PutKvRequest} m PutKvRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PutKvRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.targetColumns = [];
                d.bucketsReq = [];
            }
            if (o.defaults) {
                d.acks = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.tableId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tableId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.timeoutMs = 0;
                d.aggMode = 0;
            }
            if (m.acks != null && $Object.hasOwnProperty.call(m, "acks")) {
                d.acks = m.acks;
            }
            if (m.tableId != null && $Object.hasOwnProperty.call(m, "tableId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tableId = typeof m.tableId === "number" ? $BigInt(m.tableId) : $util.Long.fromBits(m.tableId.low >>> 0, m.tableId.high >>> 0, false).toBigInt();
                else if (typeof m.tableId === "number")
                    d.tableId = o.longs === $String ? $String(m.tableId) : m.tableId;
                else
                    d.tableId = o.longs === $String ? $util.Long.prototype.toString.call(m.tableId) : o.longs === $Number ? new $util.LongBits(m.tableId.low >>> 0, m.tableId.high >>> 0).toNumber() : m.tableId;
            }
            if (m.timeoutMs != null && $Object.hasOwnProperty.call(m, "timeoutMs")) {
                d.timeoutMs = m.timeoutMs;
            }
            if (m.targetColumns && m.targetColumns.length) {
                d.targetColumns = $Array(m.targetColumns.length);
                for (var j = 0; j < m.targetColumns.length; ++j) {
                    d.targetColumns[j] = m.targetColumns[j];
                }
            }
            if (m.bucketsReq && m.bucketsReq.length) {
                d.bucketsReq = $Array(m.bucketsReq.length);
                for (var j = 0; j < m.bucketsReq.length; ++j) {
                    d.bucketsReq[j] = $root.fluss.PbPutKvReqForBucket.toObject(m.bucketsReq[j], o, q + 1);
                }
            }
            if (m.aggMode != null && $Object.hasOwnProperty.call(m, "aggMode")) {
                d.aggMode = m.aggMode;
            }
            return d;
        };

        /**
         * Converts this PutKvRequest to JSON.
         * @function toJSON
         * @memberof fluss.PutKvRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PutKvRequest.prototype.toJSON = function() {
            return PutKvRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PutKvRequest
         * @function getTypeUrl
         * @memberof fluss.PutKvRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PutKvRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PutKvRequest";
        };

        return PutKvRequest;
    })();

    fluss.PbPutKvRespForBucket = (function() {

        /**
         * Properties of a PbPutKvRespForBucket.
         * @typedef {Object} fluss.PbPutKvRespForBucket.$Properties
         * @property {Long|null} [partitionId] PbPutKvRespForBucket partitionId
         * @property {number} bucketId PbPutKvRespForBucket bucketId
         * @property {number|null} [errorCode] PbPutKvRespForBucket errorCode
         * @property {string|null} [errorMessage] PbPutKvRespForBucket errorMessage
         * @property {Long|null} [logEndOffset] PbPutKvRespForBucket logEndOffset
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbPutKvRespForBucket.
         * @memberof fluss
         * @interface IPbPutKvRespForBucket
         * @augments fluss.PbPutKvRespForBucket.$Properties
         * @deprecated Use fluss.PbPutKvRespForBucket.$Properties instead.
         */

        /**
         * Shape of a PbPutKvRespForBucket.
         * @typedef {fluss.PbPutKvRespForBucket.$Properties} fluss.PbPutKvRespForBucket.$Shape
         */

        /**
         * Constructs a new PbPutKvRespForBucket.
         * @memberof fluss
         * @classdesc Represents a PbPutKvRespForBucket.
         * @constructor
         * @param {fluss.PbPutKvRespForBucket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbPutKvRespForBucket = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbPutKvRespForBucket partitionId.
         * @member {Long} partitionId
         * @memberof fluss.PbPutKvRespForBucket
         * @instance
         */
        PbPutKvRespForBucket.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbPutKvRespForBucket bucketId.
         * @member {number} bucketId
         * @memberof fluss.PbPutKvRespForBucket
         * @instance
         */
        PbPutKvRespForBucket.prototype.bucketId = 0;

        /**
         * PbPutKvRespForBucket errorCode.
         * @member {number} errorCode
         * @memberof fluss.PbPutKvRespForBucket
         * @instance
         */
        PbPutKvRespForBucket.prototype.errorCode = 0;

        /**
         * PbPutKvRespForBucket errorMessage.
         * @member {string} errorMessage
         * @memberof fluss.PbPutKvRespForBucket
         * @instance
         */
        PbPutKvRespForBucket.prototype.errorMessage = "";

        /**
         * PbPutKvRespForBucket logEndOffset.
         * @member {Long} logEndOffset
         * @memberof fluss.PbPutKvRespForBucket
         * @instance
         */
        PbPutKvRespForBucket.prototype.logEndOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new PbPutKvRespForBucket instance using the specified properties.
         * @function create
         * @memberof fluss.PbPutKvRespForBucket
         * @static
         * @param {fluss.PbPutKvRespForBucket.$Properties=} [properties] Properties to set
         * @returns {fluss.PbPutKvRespForBucket} PbPutKvRespForBucket instance
         * @type {{
         *   (properties: fluss.PbPutKvRespForBucket.$Shape): fluss.PbPutKvRespForBucket & fluss.PbPutKvRespForBucket.$Shape;
         *   (properties?: fluss.PbPutKvRespForBucket.$Properties): fluss.PbPutKvRespForBucket;
         * }}
         */
        PbPutKvRespForBucket.create = function(properties) {
            return new PbPutKvRespForBucket(properties);
        };

        /**
         * Encodes the specified PbPutKvRespForBucket message. Does not implicitly {@link fluss.PbPutKvRespForBucket.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbPutKvRespForBucket
         * @static
         * @param {fluss.PbPutKvRespForBucket.$Properties} m PbPutKvRespForBucket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPutKvRespForBucket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId"))
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.partitionId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.bucketId);
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode"))
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.errorCode);
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage"))
                w.uint32(/* id 4, wireType 2 =*/34).string(m.errorMessage);
            if (m.logEndOffset != null && $Object.hasOwnProperty.call(m, "logEndOffset"))
                w.uint32(/* id 5, wireType 0 =*/40).int64(m.logEndOffset);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbPutKvRespForBucket message, length delimited. Does not implicitly {@link fluss.PbPutKvRespForBucket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbPutKvRespForBucket
         * @static
         * @param {fluss.PbPutKvRespForBucket.$Properties} message PbPutKvRespForBucket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPutKvRespForBucket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbPutKvRespForBucket message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbPutKvRespForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbPutKvRespForBucket & fluss.PbPutKvRespForBucket.$Shape} PbPutKvRespForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPutKvRespForBucket.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbPutKvRespForBucket();
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
                        m.partitionId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.bucketId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.errorCode = r.int32();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.errorMessage = r.string();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.logEndOffset = r.int64();
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
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbPutKvRespForBucket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbPutKvRespForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbPutKvRespForBucket & fluss.PbPutKvRespForBucket.$Shape} PbPutKvRespForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPutKvRespForBucket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbPutKvRespForBucket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbPutKvRespForBucket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbPutKvRespForBucket} PbPutKvRespForBucket
         */
        PbPutKvRespForBucket.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbPutKvRespForBucket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbPutKvRespForBucket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbPutKvRespForBucket();
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.errorCode != null) {
                m.errorCode = d.errorCode | 0;
            }
            if (d.errorMessage != null) {
                m.errorMessage = $String(d.errorMessage);
            }
            if (d.logEndOffset != null) {
                if ($util.Long)
                    m.logEndOffset = $util.Long.fromValue(d.logEndOffset, false);
                else if (typeof d.logEndOffset === "string")
                    m.logEndOffset = $parseInt(d.logEndOffset, 10);
                else if (typeof d.logEndOffset === "number")
                    m.logEndOffset = d.logEndOffset;
                else if (typeof d.logEndOffset === "object")
                    m.logEndOffset = new $util.LongBits(d.logEndOffset.low >>> 0, d.logEndOffset.high >>> 0).toNumber();
            }
            return m;
        };

        /**
         * Creates a plain object from a PbPutKvRespForBucket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbPutKvRespForBucket
         * @static
         * @param {fluss.PbPutKvRespForBucket} m PbPutKvRespForBucket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbPutKvRespForBucket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.bucketId = 0;
                d.errorCode = 0;
                d.errorMessage = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.logEndOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.logEndOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                d.errorCode = m.errorCode;
            }
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                d.errorMessage = m.errorMessage;
            }
            if (m.logEndOffset != null && $Object.hasOwnProperty.call(m, "logEndOffset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.logEndOffset = typeof m.logEndOffset === "number" ? $BigInt(m.logEndOffset) : $util.Long.fromBits(m.logEndOffset.low >>> 0, m.logEndOffset.high >>> 0, false).toBigInt();
                else if (typeof m.logEndOffset === "number")
                    d.logEndOffset = o.longs === $String ? $String(m.logEndOffset) : m.logEndOffset;
                else
                    d.logEndOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.logEndOffset) : o.longs === $Number ? new $util.LongBits(m.logEndOffset.low >>> 0, m.logEndOffset.high >>> 0).toNumber() : m.logEndOffset;
            }
            return d;
        };

        /**
         * Converts this PbPutKvRespForBucket to JSON.
         * @function toJSON
         * @memberof fluss.PbPutKvRespForBucket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbPutKvRespForBucket.prototype.toJSON = function() {
            return PbPutKvRespForBucket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbPutKvRespForBucket
         * @function getTypeUrl
         * @memberof fluss.PbPutKvRespForBucket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbPutKvRespForBucket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbPutKvRespForBucket";
        };

        return PbPutKvRespForBucket;
    })();

    fluss.PutKvResponse = (function() {

        /**
         * Properties of a PutKvResponse.
         * @typedef {Object} fluss.PutKvResponse.$Properties
         * @property {Array.<fluss.PbPutKvRespForBucket.$Properties>|null} [bucketsResp] PutKvResponse bucketsResp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PutKvResponse.
         * @memberof fluss
         * @interface IPutKvResponse
         * @augments fluss.PutKvResponse.$Properties
         * @deprecated Use fluss.PutKvResponse.$Properties instead.
         */

        /**
         * Shape of a PutKvResponse.
         * @typedef {fluss.PutKvResponse.$Properties} fluss.PutKvResponse.$Shape
         */

        /**
         * Constructs a new PutKvResponse.
         * @memberof fluss
         * @classdesc Represents a PutKvResponse.
         * @constructor
         * @param {fluss.PutKvResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PutKvResponse = function (p) {
            this.bucketsResp = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PutKvResponse bucketsResp.
         * @member {Array.<fluss.PbPutKvRespForBucket.$Properties>} bucketsResp
         * @memberof fluss.PutKvResponse
         * @instance
         */
        PutKvResponse.prototype.bucketsResp = $util.emptyArray;

        /**
         * Creates a new PutKvResponse instance using the specified properties.
         * @function create
         * @memberof fluss.PutKvResponse
         * @static
         * @param {fluss.PutKvResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.PutKvResponse} PutKvResponse instance
         * @type {{
         *   (properties: fluss.PutKvResponse.$Shape): fluss.PutKvResponse & fluss.PutKvResponse.$Shape;
         *   (properties?: fluss.PutKvResponse.$Properties): fluss.PutKvResponse;
         * }}
         */
        PutKvResponse.create = function(properties) {
            return new PutKvResponse(properties);
        };

        /**
         * Encodes the specified PutKvResponse message. Does not implicitly {@link fluss.PutKvResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.PutKvResponse
         * @static
         * @param {fluss.PutKvResponse.$Properties} m PutKvResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PutKvResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.bucketsResp != null && m.bucketsResp.length) {
                for (var i = 0; i < m.bucketsResp.length; ++i)
                    $root.fluss.PbPutKvRespForBucket.encode(m.bucketsResp[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PutKvResponse message, length delimited. Does not implicitly {@link fluss.PutKvResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PutKvResponse
         * @static
         * @param {fluss.PutKvResponse.$Properties} message PutKvResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PutKvResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PutKvResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PutKvResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PutKvResponse & fluss.PutKvResponse.$Shape} PutKvResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PutKvResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PutKvResponse();
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
                        if (!(m.bucketsResp && m.bucketsResp.length))
                            m.bucketsResp = [];
                        m.bucketsResp.push($root.fluss.PbPutKvRespForBucket.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a PutKvResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PutKvResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PutKvResponse & fluss.PutKvResponse.$Shape} PutKvResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PutKvResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PutKvResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PutKvResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PutKvResponse} PutKvResponse
         */
        PutKvResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PutKvResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PutKvResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PutKvResponse();
            if (d.bucketsResp) {
                if (!$Array.isArray(d.bucketsResp))
                    throw $TypeError(".fluss.PutKvResponse.bucketsResp: array expected");
                m.bucketsResp = $Array(d.bucketsResp.length);
                for (var i = 0; i < d.bucketsResp.length; ++i) {
                    if (!$util.isObject(d.bucketsResp[i]))
                        throw $TypeError(".fluss.PutKvResponse.bucketsResp: object expected");
                    m.bucketsResp[i] = $root.fluss.PbPutKvRespForBucket.fromObject(d.bucketsResp[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PutKvResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PutKvResponse
         * @static
         * @param {fluss.PutKvResponse} m PutKvResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PutKvResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.bucketsResp = [];
            }
            if (m.bucketsResp && m.bucketsResp.length) {
                d.bucketsResp = $Array(m.bucketsResp.length);
                for (var j = 0; j < m.bucketsResp.length; ++j) {
                    d.bucketsResp[j] = $root.fluss.PbPutKvRespForBucket.toObject(m.bucketsResp[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this PutKvResponse to JSON.
         * @function toJSON
         * @memberof fluss.PutKvResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PutKvResponse.prototype.toJSON = function() {
            return PutKvResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PutKvResponse
         * @function getTypeUrl
         * @memberof fluss.PutKvResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PutKvResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PutKvResponse";
        };

        return PutKvResponse;
    })();

    fluss.PbLookupReqForBucket = (function() {

        /**
         * Properties of a PbLookupReqForBucket.
         * @typedef {Object} fluss.PbLookupReqForBucket.$Properties
         * @property {Long|null} [partitionId] PbLookupReqForBucket partitionId
         * @property {number} bucketId PbLookupReqForBucket bucketId
         * @property {Array.<Uint8Array>|null} [keys] PbLookupReqForBucket keys
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbLookupReqForBucket.
         * @memberof fluss
         * @interface IPbLookupReqForBucket
         * @augments fluss.PbLookupReqForBucket.$Properties
         * @deprecated Use fluss.PbLookupReqForBucket.$Properties instead.
         */

        /**
         * Shape of a PbLookupReqForBucket.
         * @typedef {fluss.PbLookupReqForBucket.$Properties} fluss.PbLookupReqForBucket.$Shape
         */

        /**
         * Constructs a new PbLookupReqForBucket.
         * @memberof fluss
         * @classdesc Represents a PbLookupReqForBucket.
         * @constructor
         * @param {fluss.PbLookupReqForBucket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbLookupReqForBucket = function (p) {
            this.keys = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbLookupReqForBucket partitionId.
         * @member {Long} partitionId
         * @memberof fluss.PbLookupReqForBucket
         * @instance
         */
        PbLookupReqForBucket.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbLookupReqForBucket bucketId.
         * @member {number} bucketId
         * @memberof fluss.PbLookupReqForBucket
         * @instance
         */
        PbLookupReqForBucket.prototype.bucketId = 0;

        /**
         * PbLookupReqForBucket keys.
         * @member {Array.<Uint8Array>} keys
         * @memberof fluss.PbLookupReqForBucket
         * @instance
         */
        PbLookupReqForBucket.prototype.keys = $util.emptyArray;

        /**
         * Creates a new PbLookupReqForBucket instance using the specified properties.
         * @function create
         * @memberof fluss.PbLookupReqForBucket
         * @static
         * @param {fluss.PbLookupReqForBucket.$Properties=} [properties] Properties to set
         * @returns {fluss.PbLookupReqForBucket} PbLookupReqForBucket instance
         * @type {{
         *   (properties: fluss.PbLookupReqForBucket.$Shape): fluss.PbLookupReqForBucket & fluss.PbLookupReqForBucket.$Shape;
         *   (properties?: fluss.PbLookupReqForBucket.$Properties): fluss.PbLookupReqForBucket;
         * }}
         */
        PbLookupReqForBucket.create = function(properties) {
            return new PbLookupReqForBucket(properties);
        };

        /**
         * Encodes the specified PbLookupReqForBucket message. Does not implicitly {@link fluss.PbLookupReqForBucket.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbLookupReqForBucket
         * @static
         * @param {fluss.PbLookupReqForBucket.$Properties} m PbLookupReqForBucket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbLookupReqForBucket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId"))
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.partitionId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.bucketId);
            if (m.keys != null && m.keys.length) {
                for (var i = 0; i < m.keys.length; ++i)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.keys[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbLookupReqForBucket message, length delimited. Does not implicitly {@link fluss.PbLookupReqForBucket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbLookupReqForBucket
         * @static
         * @param {fluss.PbLookupReqForBucket.$Properties} message PbLookupReqForBucket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbLookupReqForBucket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbLookupReqForBucket message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbLookupReqForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbLookupReqForBucket & fluss.PbLookupReqForBucket.$Shape} PbLookupReqForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbLookupReqForBucket.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbLookupReqForBucket();
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
                        m.partitionId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.bucketId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.keys && m.keys.length))
                            m.keys = [];
                        m.keys.push(r.bytes());
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
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbLookupReqForBucket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbLookupReqForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbLookupReqForBucket & fluss.PbLookupReqForBucket.$Shape} PbLookupReqForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbLookupReqForBucket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbLookupReqForBucket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbLookupReqForBucket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbLookupReqForBucket} PbLookupReqForBucket
         */
        PbLookupReqForBucket.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbLookupReqForBucket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbLookupReqForBucket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbLookupReqForBucket();
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.keys) {
                if (!$Array.isArray(d.keys))
                    throw $TypeError(".fluss.PbLookupReqForBucket.keys: array expected");
                m.keys = $Array(d.keys.length);
                for (var i = 0; i < d.keys.length; ++i) {
                    if (typeof d.keys[i] === "string")
                        $util.base64.decode(d.keys[i], m.keys[i] = $util.newBuffer($util.base64.length(d.keys[i])), 0);
                    else if (d.keys[i].length >= 0)
                        m.keys[i] = d.keys[i];
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PbLookupReqForBucket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbLookupReqForBucket
         * @static
         * @param {fluss.PbLookupReqForBucket} m PbLookupReqForBucket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbLookupReqForBucket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.keys = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.bucketId = 0;
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.keys && m.keys.length) {
                d.keys = $Array(m.keys.length);
                for (var j = 0; j < m.keys.length; ++j) {
                    d.keys[j] = o.bytes === $String ? $util.base64.encode(m.keys[j], 0, m.keys[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.keys[j]) : m.keys[j];
                }
            }
            return d;
        };

        /**
         * Converts this PbLookupReqForBucket to JSON.
         * @function toJSON
         * @memberof fluss.PbLookupReqForBucket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbLookupReqForBucket.prototype.toJSON = function() {
            return PbLookupReqForBucket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbLookupReqForBucket
         * @function getTypeUrl
         * @memberof fluss.PbLookupReqForBucket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbLookupReqForBucket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbLookupReqForBucket";
        };

        return PbLookupReqForBucket;
    })();

    fluss.LookupRequest = (function() {

        /**
         * Properties of a LookupRequest.
         * @typedef {Object} fluss.LookupRequest.$Properties
         * @property {Long} tableId LookupRequest tableId
         * @property {Array.<fluss.PbLookupReqForBucket.$Properties>|null} [bucketsReq] LookupRequest bucketsReq
         * @property {boolean|null} [insertIfNotExists] LookupRequest insertIfNotExists
         * @property {number|null} [acks] LookupRequest acks
         * @property {number|null} [timeoutMs] LookupRequest timeoutMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LookupRequest.
         * @memberof fluss
         * @interface ILookupRequest
         * @augments fluss.LookupRequest.$Properties
         * @deprecated Use fluss.LookupRequest.$Properties instead.
         */

        /**
         * Shape of a LookupRequest.
         * @typedef {fluss.LookupRequest.$Properties} fluss.LookupRequest.$Shape
         */

        /**
         * Constructs a new LookupRequest.
         * @memberof fluss
         * @classdesc Represents a LookupRequest.
         * @constructor
         * @param {fluss.LookupRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var LookupRequest = function (p) {
            this.bucketsReq = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LookupRequest tableId.
         * @member {Long} tableId
         * @memberof fluss.LookupRequest
         * @instance
         */
        LookupRequest.prototype.tableId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LookupRequest bucketsReq.
         * @member {Array.<fluss.PbLookupReqForBucket.$Properties>} bucketsReq
         * @memberof fluss.LookupRequest
         * @instance
         */
        LookupRequest.prototype.bucketsReq = $util.emptyArray;

        /**
         * LookupRequest insertIfNotExists.
         * @member {boolean} insertIfNotExists
         * @memberof fluss.LookupRequest
         * @instance
         */
        LookupRequest.prototype.insertIfNotExists = false;

        /**
         * LookupRequest acks.
         * @member {number} acks
         * @memberof fluss.LookupRequest
         * @instance
         */
        LookupRequest.prototype.acks = 0;

        /**
         * LookupRequest timeoutMs.
         * @member {number} timeoutMs
         * @memberof fluss.LookupRequest
         * @instance
         */
        LookupRequest.prototype.timeoutMs = 0;

        /**
         * Creates a new LookupRequest instance using the specified properties.
         * @function create
         * @memberof fluss.LookupRequest
         * @static
         * @param {fluss.LookupRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.LookupRequest} LookupRequest instance
         * @type {{
         *   (properties: fluss.LookupRequest.$Shape): fluss.LookupRequest & fluss.LookupRequest.$Shape;
         *   (properties?: fluss.LookupRequest.$Properties): fluss.LookupRequest;
         * }}
         */
        LookupRequest.create = function(properties) {
            return new LookupRequest(properties);
        };

        /**
         * Encodes the specified LookupRequest message. Does not implicitly {@link fluss.LookupRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.LookupRequest
         * @static
         * @param {fluss.LookupRequest.$Properties} m LookupRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LookupRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int64(m.tableId);
            if (m.bucketsReq != null && m.bucketsReq.length) {
                for (var i = 0; i < m.bucketsReq.length; ++i)
                    $root.fluss.PbLookupReqForBucket.encode(m.bucketsReq[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.insertIfNotExists != null && $Object.hasOwnProperty.call(m, "insertIfNotExists"))
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.insertIfNotExists);
            if (m.acks != null && $Object.hasOwnProperty.call(m, "acks"))
                w.uint32(/* id 4, wireType 0 =*/32).int32(m.acks);
            if (m.timeoutMs != null && $Object.hasOwnProperty.call(m, "timeoutMs"))
                w.uint32(/* id 5, wireType 0 =*/40).int32(m.timeoutMs);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LookupRequest message, length delimited. Does not implicitly {@link fluss.LookupRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.LookupRequest
         * @static
         * @param {fluss.LookupRequest.$Properties} message LookupRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LookupRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LookupRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.LookupRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.LookupRequest & fluss.LookupRequest.$Shape} LookupRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LookupRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.LookupRequest();
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
                        m.tableId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.bucketsReq && m.bucketsReq.length))
                            m.bucketsReq = [];
                        m.bucketsReq.push($root.fluss.PbLookupReqForBucket.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.insertIfNotExists = r.bool();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.acks = r.int32();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.timeoutMs = r.int32();
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
            if (!$Object.hasOwnProperty.call(m, "tableId"))
                throw $util.ProtocolError("missing required 'tableId'", { instance: m });
            return m;
        };

        /**
         * Decodes a LookupRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.LookupRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.LookupRequest & fluss.LookupRequest.$Shape} LookupRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LookupRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a LookupRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.LookupRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.LookupRequest} LookupRequest
         */
        LookupRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.LookupRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.LookupRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.LookupRequest();
            if (d.tableId != null) {
                if ($util.Long)
                    m.tableId = $util.Long.fromValue(d.tableId, false);
                else if (typeof d.tableId === "string")
                    m.tableId = $parseInt(d.tableId, 10);
                else if (typeof d.tableId === "number")
                    m.tableId = d.tableId;
                else if (typeof d.tableId === "object")
                    m.tableId = new $util.LongBits(d.tableId.low >>> 0, d.tableId.high >>> 0).toNumber();
            }
            if (d.bucketsReq) {
                if (!$Array.isArray(d.bucketsReq))
                    throw $TypeError(".fluss.LookupRequest.bucketsReq: array expected");
                m.bucketsReq = $Array(d.bucketsReq.length);
                for (var i = 0; i < d.bucketsReq.length; ++i) {
                    if (!$util.isObject(d.bucketsReq[i]))
                        throw $TypeError(".fluss.LookupRequest.bucketsReq: object expected");
                    m.bucketsReq[i] = $root.fluss.PbLookupReqForBucket.fromObject(d.bucketsReq[i], q + 1);
                }
            }
            if (d.insertIfNotExists != null) {
                m.insertIfNotExists = $Boolean(d.insertIfNotExists);
            }
            if (d.acks != null) {
                m.acks = d.acks | 0;
            }
            if (d.timeoutMs != null) {
                m.timeoutMs = d.timeoutMs | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a LookupRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.LookupRequest
         * @static
         * @param {fluss.LookupRequest} m LookupRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LookupRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.bucketsReq = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.tableId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tableId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.insertIfNotExists = false;
                d.acks = 0;
                d.timeoutMs = 0;
            }
            if (m.tableId != null && $Object.hasOwnProperty.call(m, "tableId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tableId = typeof m.tableId === "number" ? $BigInt(m.tableId) : $util.Long.fromBits(m.tableId.low >>> 0, m.tableId.high >>> 0, false).toBigInt();
                else if (typeof m.tableId === "number")
                    d.tableId = o.longs === $String ? $String(m.tableId) : m.tableId;
                else
                    d.tableId = o.longs === $String ? $util.Long.prototype.toString.call(m.tableId) : o.longs === $Number ? new $util.LongBits(m.tableId.low >>> 0, m.tableId.high >>> 0).toNumber() : m.tableId;
            }
            if (m.bucketsReq && m.bucketsReq.length) {
                d.bucketsReq = $Array(m.bucketsReq.length);
                for (var j = 0; j < m.bucketsReq.length; ++j) {
                    d.bucketsReq[j] = $root.fluss.PbLookupReqForBucket.toObject(m.bucketsReq[j], o, q + 1);
                }
            }
            if (m.insertIfNotExists != null && $Object.hasOwnProperty.call(m, "insertIfNotExists")) {
                d.insertIfNotExists = m.insertIfNotExists;
            }
            if (m.acks != null && $Object.hasOwnProperty.call(m, "acks")) {
                d.acks = m.acks;
            }
            if (m.timeoutMs != null && $Object.hasOwnProperty.call(m, "timeoutMs")) {
                d.timeoutMs = m.timeoutMs;
            }
            return d;
        };

        /**
         * Converts this LookupRequest to JSON.
         * @function toJSON
         * @memberof fluss.LookupRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LookupRequest.prototype.toJSON = function() {
            return LookupRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LookupRequest
         * @function getTypeUrl
         * @memberof fluss.LookupRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LookupRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.LookupRequest";
        };

        return LookupRequest;
    })();

    fluss.PbValue = (function() {

        /**
         * Properties of a PbValue.
         * @typedef {Object} fluss.PbValue.$Properties
         * @property {Uint8Array|null} [values] PbValue values
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbValue.
         * @memberof fluss
         * @interface IPbValue
         * @augments fluss.PbValue.$Properties
         * @deprecated Use fluss.PbValue.$Properties instead.
         */

        /**
         * Shape of a PbValue.
         * @typedef {fluss.PbValue.$Properties} fluss.PbValue.$Shape
         */

        /**
         * Constructs a new PbValue.
         * @memberof fluss
         * @classdesc Represents a PbValue.
         * @constructor
         * @param {fluss.PbValue.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbValue = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbValue values.
         * @member {Uint8Array} values
         * @memberof fluss.PbValue
         * @instance
         */
        PbValue.prototype.values = $util.newBuffer([]);

        /**
         * Creates a new PbValue instance using the specified properties.
         * @function create
         * @memberof fluss.PbValue
         * @static
         * @param {fluss.PbValue.$Properties=} [properties] Properties to set
         * @returns {fluss.PbValue} PbValue instance
         * @type {{
         *   (properties: fluss.PbValue.$Shape): fluss.PbValue & fluss.PbValue.$Shape;
         *   (properties?: fluss.PbValue.$Properties): fluss.PbValue;
         * }}
         */
        PbValue.create = function(properties) {
            return new PbValue(properties);
        };

        /**
         * Encodes the specified PbValue message. Does not implicitly {@link fluss.PbValue.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbValue
         * @static
         * @param {fluss.PbValue.$Properties} m PbValue message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbValue.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.values != null && $Object.hasOwnProperty.call(m, "values"))
                w.uint32(/* id 1, wireType 2 =*/10).bytes(m.values);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbValue message, length delimited. Does not implicitly {@link fluss.PbValue.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbValue
         * @static
         * @param {fluss.PbValue.$Properties} message PbValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbValue.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbValue message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbValue & fluss.PbValue.$Shape} PbValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbValue.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbValue();
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
                        m.values = r.bytes();
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
         * Decodes a PbValue message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbValue & fluss.PbValue.$Shape} PbValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbValue.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbValue message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbValue
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbValue} PbValue
         */
        PbValue.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbValue)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbValue: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbValue();
            if (d.values != null) {
                if (typeof d.values === "string")
                    $util.base64.decode(d.values, m.values = $util.newBuffer($util.base64.length(d.values)), 0);
                else if (d.values.length >= 0)
                    m.values = d.values;
            }
            return m;
        };

        /**
         * Creates a plain object from a PbValue message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbValue
         * @static
         * @param {fluss.PbValue} m PbValue
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbValue.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === $String)
                    d.values = "";
                else {
                    d.values = [];
                    if (o.bytes !== $Array)
                        d.values = $util.newBuffer(d.values);
                }
            }
            if (m.values != null && $Object.hasOwnProperty.call(m, "values")) {
                d.values = o.bytes === $String ? $util.base64.encode(m.values, 0, m.values.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.values) : m.values;
            }
            return d;
        };

        /**
         * Converts this PbValue to JSON.
         * @function toJSON
         * @memberof fluss.PbValue
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbValue.prototype.toJSON = function() {
            return PbValue.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbValue
         * @function getTypeUrl
         * @memberof fluss.PbValue
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbValue.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbValue";
        };

        return PbValue;
    })();

    fluss.PbLookupRespForBucket = (function() {

        /**
         * Properties of a PbLookupRespForBucket.
         * @typedef {Object} fluss.PbLookupRespForBucket.$Properties
         * @property {Long|null} [partitionId] PbLookupRespForBucket partitionId
         * @property {number} bucketId PbLookupRespForBucket bucketId
         * @property {number|null} [errorCode] PbLookupRespForBucket errorCode
         * @property {string|null} [errorMessage] PbLookupRespForBucket errorMessage
         * @property {Array.<fluss.PbValue.$Properties>|null} [values] PbLookupRespForBucket values
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbLookupRespForBucket.
         * @memberof fluss
         * @interface IPbLookupRespForBucket
         * @augments fluss.PbLookupRespForBucket.$Properties
         * @deprecated Use fluss.PbLookupRespForBucket.$Properties instead.
         */

        /**
         * Shape of a PbLookupRespForBucket.
         * @typedef {fluss.PbLookupRespForBucket.$Properties} fluss.PbLookupRespForBucket.$Shape
         */

        /**
         * Constructs a new PbLookupRespForBucket.
         * @memberof fluss
         * @classdesc Represents a PbLookupRespForBucket.
         * @constructor
         * @param {fluss.PbLookupRespForBucket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbLookupRespForBucket = function (p) {
            this.values = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbLookupRespForBucket partitionId.
         * @member {Long} partitionId
         * @memberof fluss.PbLookupRespForBucket
         * @instance
         */
        PbLookupRespForBucket.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbLookupRespForBucket bucketId.
         * @member {number} bucketId
         * @memberof fluss.PbLookupRespForBucket
         * @instance
         */
        PbLookupRespForBucket.prototype.bucketId = 0;

        /**
         * PbLookupRespForBucket errorCode.
         * @member {number} errorCode
         * @memberof fluss.PbLookupRespForBucket
         * @instance
         */
        PbLookupRespForBucket.prototype.errorCode = 0;

        /**
         * PbLookupRespForBucket errorMessage.
         * @member {string} errorMessage
         * @memberof fluss.PbLookupRespForBucket
         * @instance
         */
        PbLookupRespForBucket.prototype.errorMessage = "";

        /**
         * PbLookupRespForBucket values.
         * @member {Array.<fluss.PbValue.$Properties>} values
         * @memberof fluss.PbLookupRespForBucket
         * @instance
         */
        PbLookupRespForBucket.prototype.values = $util.emptyArray;

        /**
         * Creates a new PbLookupRespForBucket instance using the specified properties.
         * @function create
         * @memberof fluss.PbLookupRespForBucket
         * @static
         * @param {fluss.PbLookupRespForBucket.$Properties=} [properties] Properties to set
         * @returns {fluss.PbLookupRespForBucket} PbLookupRespForBucket instance
         * @type {{
         *   (properties: fluss.PbLookupRespForBucket.$Shape): fluss.PbLookupRespForBucket & fluss.PbLookupRespForBucket.$Shape;
         *   (properties?: fluss.PbLookupRespForBucket.$Properties): fluss.PbLookupRespForBucket;
         * }}
         */
        PbLookupRespForBucket.create = function(properties) {
            return new PbLookupRespForBucket(properties);
        };

        /**
         * Encodes the specified PbLookupRespForBucket message. Does not implicitly {@link fluss.PbLookupRespForBucket.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbLookupRespForBucket
         * @static
         * @param {fluss.PbLookupRespForBucket.$Properties} m PbLookupRespForBucket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbLookupRespForBucket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId"))
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.partitionId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.bucketId);
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode"))
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.errorCode);
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage"))
                w.uint32(/* id 4, wireType 2 =*/34).string(m.errorMessage);
            if (m.values != null && m.values.length) {
                for (var i = 0; i < m.values.length; ++i)
                    $root.fluss.PbValue.encode(m.values[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbLookupRespForBucket message, length delimited. Does not implicitly {@link fluss.PbLookupRespForBucket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbLookupRespForBucket
         * @static
         * @param {fluss.PbLookupRespForBucket.$Properties} message PbLookupRespForBucket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbLookupRespForBucket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbLookupRespForBucket message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbLookupRespForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbLookupRespForBucket & fluss.PbLookupRespForBucket.$Shape} PbLookupRespForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbLookupRespForBucket.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbLookupRespForBucket();
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
                        m.partitionId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.bucketId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.errorCode = r.int32();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.errorMessage = r.string();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.values && m.values.length))
                            m.values = [];
                        m.values.push($root.fluss.PbValue.decode(r, r.size(), $undefined, q + 1));
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
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbLookupRespForBucket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbLookupRespForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbLookupRespForBucket & fluss.PbLookupRespForBucket.$Shape} PbLookupRespForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbLookupRespForBucket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbLookupRespForBucket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbLookupRespForBucket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbLookupRespForBucket} PbLookupRespForBucket
         */
        PbLookupRespForBucket.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbLookupRespForBucket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbLookupRespForBucket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbLookupRespForBucket();
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.errorCode != null) {
                m.errorCode = d.errorCode | 0;
            }
            if (d.errorMessage != null) {
                m.errorMessage = $String(d.errorMessage);
            }
            if (d.values) {
                if (!$Array.isArray(d.values))
                    throw $TypeError(".fluss.PbLookupRespForBucket.values: array expected");
                m.values = $Array(d.values.length);
                for (var i = 0; i < d.values.length; ++i) {
                    if (!$util.isObject(d.values[i]))
                        throw $TypeError(".fluss.PbLookupRespForBucket.values: object expected");
                    m.values[i] = $root.fluss.PbValue.fromObject(d.values[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PbLookupRespForBucket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbLookupRespForBucket
         * @static
         * @param {fluss.PbLookupRespForBucket} m PbLookupRespForBucket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbLookupRespForBucket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.values = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.bucketId = 0;
                d.errorCode = 0;
                d.errorMessage = "";
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                d.errorCode = m.errorCode;
            }
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                d.errorMessage = m.errorMessage;
            }
            if (m.values && m.values.length) {
                d.values = $Array(m.values.length);
                for (var j = 0; j < m.values.length; ++j) {
                    d.values[j] = $root.fluss.PbValue.toObject(m.values[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this PbLookupRespForBucket to JSON.
         * @function toJSON
         * @memberof fluss.PbLookupRespForBucket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbLookupRespForBucket.prototype.toJSON = function() {
            return PbLookupRespForBucket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbLookupRespForBucket
         * @function getTypeUrl
         * @memberof fluss.PbLookupRespForBucket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbLookupRespForBucket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbLookupRespForBucket";
        };

        return PbLookupRespForBucket;
    })();

    fluss.LookupResponse = (function() {

        /**
         * Properties of a LookupResponse.
         * @typedef {Object} fluss.LookupResponse.$Properties
         * @property {Array.<fluss.PbLookupRespForBucket.$Properties>|null} [bucketsResp] LookupResponse bucketsResp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LookupResponse.
         * @memberof fluss
         * @interface ILookupResponse
         * @augments fluss.LookupResponse.$Properties
         * @deprecated Use fluss.LookupResponse.$Properties instead.
         */

        /**
         * Shape of a LookupResponse.
         * @typedef {fluss.LookupResponse.$Properties} fluss.LookupResponse.$Shape
         */

        /**
         * Constructs a new LookupResponse.
         * @memberof fluss
         * @classdesc Represents a LookupResponse.
         * @constructor
         * @param {fluss.LookupResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var LookupResponse = function (p) {
            this.bucketsResp = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LookupResponse bucketsResp.
         * @member {Array.<fluss.PbLookupRespForBucket.$Properties>} bucketsResp
         * @memberof fluss.LookupResponse
         * @instance
         */
        LookupResponse.prototype.bucketsResp = $util.emptyArray;

        /**
         * Creates a new LookupResponse instance using the specified properties.
         * @function create
         * @memberof fluss.LookupResponse
         * @static
         * @param {fluss.LookupResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.LookupResponse} LookupResponse instance
         * @type {{
         *   (properties: fluss.LookupResponse.$Shape): fluss.LookupResponse & fluss.LookupResponse.$Shape;
         *   (properties?: fluss.LookupResponse.$Properties): fluss.LookupResponse;
         * }}
         */
        LookupResponse.create = function(properties) {
            return new LookupResponse(properties);
        };

        /**
         * Encodes the specified LookupResponse message. Does not implicitly {@link fluss.LookupResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.LookupResponse
         * @static
         * @param {fluss.LookupResponse.$Properties} m LookupResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LookupResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.bucketsResp != null && m.bucketsResp.length) {
                for (var i = 0; i < m.bucketsResp.length; ++i)
                    $root.fluss.PbLookupRespForBucket.encode(m.bucketsResp[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LookupResponse message, length delimited. Does not implicitly {@link fluss.LookupResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.LookupResponse
         * @static
         * @param {fluss.LookupResponse.$Properties} message LookupResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LookupResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LookupResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.LookupResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.LookupResponse & fluss.LookupResponse.$Shape} LookupResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LookupResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.LookupResponse();
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
                        if (!(m.bucketsResp && m.bucketsResp.length))
                            m.bucketsResp = [];
                        m.bucketsResp.push($root.fluss.PbLookupRespForBucket.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a LookupResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.LookupResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.LookupResponse & fluss.LookupResponse.$Shape} LookupResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LookupResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a LookupResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.LookupResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.LookupResponse} LookupResponse
         */
        LookupResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.LookupResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.LookupResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.LookupResponse();
            if (d.bucketsResp) {
                if (!$Array.isArray(d.bucketsResp))
                    throw $TypeError(".fluss.LookupResponse.bucketsResp: array expected");
                m.bucketsResp = $Array(d.bucketsResp.length);
                for (var i = 0; i < d.bucketsResp.length; ++i) {
                    if (!$util.isObject(d.bucketsResp[i]))
                        throw $TypeError(".fluss.LookupResponse.bucketsResp: object expected");
                    m.bucketsResp[i] = $root.fluss.PbLookupRespForBucket.fromObject(d.bucketsResp[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a LookupResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.LookupResponse
         * @static
         * @param {fluss.LookupResponse} m LookupResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LookupResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.bucketsResp = [];
            }
            if (m.bucketsResp && m.bucketsResp.length) {
                d.bucketsResp = $Array(m.bucketsResp.length);
                for (var j = 0; j < m.bucketsResp.length; ++j) {
                    d.bucketsResp[j] = $root.fluss.PbLookupRespForBucket.toObject(m.bucketsResp[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this LookupResponse to JSON.
         * @function toJSON
         * @memberof fluss.LookupResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LookupResponse.prototype.toJSON = function() {
            return LookupResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LookupResponse
         * @function getTypeUrl
         * @memberof fluss.LookupResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LookupResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.LookupResponse";
        };

        return LookupResponse;
    })();

    fluss.PbPrefixLookupReqForBucket = (function() {

        /**
         * Properties of a PbPrefixLookupReqForBucket.
         * @typedef {Object} fluss.PbPrefixLookupReqForBucket.$Properties
         * @property {Long|null} [partitionId] PbPrefixLookupReqForBucket partitionId
         * @property {number} bucketId PbPrefixLookupReqForBucket bucketId
         * @property {Array.<Uint8Array>|null} [keys] PbPrefixLookupReqForBucket keys
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbPrefixLookupReqForBucket.
         * @memberof fluss
         * @interface IPbPrefixLookupReqForBucket
         * @augments fluss.PbPrefixLookupReqForBucket.$Properties
         * @deprecated Use fluss.PbPrefixLookupReqForBucket.$Properties instead.
         */

        /**
         * Shape of a PbPrefixLookupReqForBucket.
         * @typedef {fluss.PbPrefixLookupReqForBucket.$Properties} fluss.PbPrefixLookupReqForBucket.$Shape
         */

        /**
         * Constructs a new PbPrefixLookupReqForBucket.
         * @memberof fluss
         * @classdesc Represents a PbPrefixLookupReqForBucket.
         * @constructor
         * @param {fluss.PbPrefixLookupReqForBucket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbPrefixLookupReqForBucket = function (p) {
            this.keys = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbPrefixLookupReqForBucket partitionId.
         * @member {Long} partitionId
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @instance
         */
        PbPrefixLookupReqForBucket.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbPrefixLookupReqForBucket bucketId.
         * @member {number} bucketId
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @instance
         */
        PbPrefixLookupReqForBucket.prototype.bucketId = 0;

        /**
         * PbPrefixLookupReqForBucket keys.
         * @member {Array.<Uint8Array>} keys
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @instance
         */
        PbPrefixLookupReqForBucket.prototype.keys = $util.emptyArray;

        /**
         * Creates a new PbPrefixLookupReqForBucket instance using the specified properties.
         * @function create
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @static
         * @param {fluss.PbPrefixLookupReqForBucket.$Properties=} [properties] Properties to set
         * @returns {fluss.PbPrefixLookupReqForBucket} PbPrefixLookupReqForBucket instance
         * @type {{
         *   (properties: fluss.PbPrefixLookupReqForBucket.$Shape): fluss.PbPrefixLookupReqForBucket & fluss.PbPrefixLookupReqForBucket.$Shape;
         *   (properties?: fluss.PbPrefixLookupReqForBucket.$Properties): fluss.PbPrefixLookupReqForBucket;
         * }}
         */
        PbPrefixLookupReqForBucket.create = function(properties) {
            return new PbPrefixLookupReqForBucket(properties);
        };

        /**
         * Encodes the specified PbPrefixLookupReqForBucket message. Does not implicitly {@link fluss.PbPrefixLookupReqForBucket.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @static
         * @param {fluss.PbPrefixLookupReqForBucket.$Properties} m PbPrefixLookupReqForBucket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPrefixLookupReqForBucket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId"))
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.partitionId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.bucketId);
            if (m.keys != null && m.keys.length) {
                for (var i = 0; i < m.keys.length; ++i)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.keys[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbPrefixLookupReqForBucket message, length delimited. Does not implicitly {@link fluss.PbPrefixLookupReqForBucket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @static
         * @param {fluss.PbPrefixLookupReqForBucket.$Properties} message PbPrefixLookupReqForBucket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPrefixLookupReqForBucket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbPrefixLookupReqForBucket message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbPrefixLookupReqForBucket & fluss.PbPrefixLookupReqForBucket.$Shape} PbPrefixLookupReqForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPrefixLookupReqForBucket.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbPrefixLookupReqForBucket();
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
                        m.partitionId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.bucketId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.keys && m.keys.length))
                            m.keys = [];
                        m.keys.push(r.bytes());
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
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbPrefixLookupReqForBucket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbPrefixLookupReqForBucket & fluss.PbPrefixLookupReqForBucket.$Shape} PbPrefixLookupReqForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPrefixLookupReqForBucket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbPrefixLookupReqForBucket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbPrefixLookupReqForBucket} PbPrefixLookupReqForBucket
         */
        PbPrefixLookupReqForBucket.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbPrefixLookupReqForBucket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbPrefixLookupReqForBucket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbPrefixLookupReqForBucket();
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.keys) {
                if (!$Array.isArray(d.keys))
                    throw $TypeError(".fluss.PbPrefixLookupReqForBucket.keys: array expected");
                m.keys = $Array(d.keys.length);
                for (var i = 0; i < d.keys.length; ++i) {
                    if (typeof d.keys[i] === "string")
                        $util.base64.decode(d.keys[i], m.keys[i] = $util.newBuffer($util.base64.length(d.keys[i])), 0);
                    else if (d.keys[i].length >= 0)
                        m.keys[i] = d.keys[i];
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PbPrefixLookupReqForBucket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @static
         * @param {fluss.PbPrefixLookupReqForBucket} m PbPrefixLookupReqForBucket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbPrefixLookupReqForBucket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.keys = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.bucketId = 0;
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.keys && m.keys.length) {
                d.keys = $Array(m.keys.length);
                for (var j = 0; j < m.keys.length; ++j) {
                    d.keys[j] = o.bytes === $String ? $util.base64.encode(m.keys[j], 0, m.keys[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.keys[j]) : m.keys[j];
                }
            }
            return d;
        };

        /**
         * Converts this PbPrefixLookupReqForBucket to JSON.
         * @function toJSON
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbPrefixLookupReqForBucket.prototype.toJSON = function() {
            return PbPrefixLookupReqForBucket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbPrefixLookupReqForBucket
         * @function getTypeUrl
         * @memberof fluss.PbPrefixLookupReqForBucket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbPrefixLookupReqForBucket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbPrefixLookupReqForBucket";
        };

        return PbPrefixLookupReqForBucket;
    })();

    fluss.PrefixLookupRequest = (function() {

        /**
         * Properties of a PrefixLookupRequest.
         * @typedef {Object} fluss.PrefixLookupRequest.$Properties
         * @property {Long} tableId PrefixLookupRequest tableId
         * @property {Array.<fluss.PbPrefixLookupReqForBucket.$Properties>|null} [bucketsReq] PrefixLookupRequest bucketsReq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PrefixLookupRequest.
         * @memberof fluss
         * @interface IPrefixLookupRequest
         * @augments fluss.PrefixLookupRequest.$Properties
         * @deprecated Use fluss.PrefixLookupRequest.$Properties instead.
         */

        /**
         * Shape of a PrefixLookupRequest.
         * @typedef {fluss.PrefixLookupRequest.$Properties} fluss.PrefixLookupRequest.$Shape
         */

        /**
         * Constructs a new PrefixLookupRequest.
         * @memberof fluss
         * @classdesc Represents a PrefixLookupRequest.
         * @constructor
         * @param {fluss.PrefixLookupRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PrefixLookupRequest = function (p) {
            this.bucketsReq = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PrefixLookupRequest tableId.
         * @member {Long} tableId
         * @memberof fluss.PrefixLookupRequest
         * @instance
         */
        PrefixLookupRequest.prototype.tableId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PrefixLookupRequest bucketsReq.
         * @member {Array.<fluss.PbPrefixLookupReqForBucket.$Properties>} bucketsReq
         * @memberof fluss.PrefixLookupRequest
         * @instance
         */
        PrefixLookupRequest.prototype.bucketsReq = $util.emptyArray;

        /**
         * Creates a new PrefixLookupRequest instance using the specified properties.
         * @function create
         * @memberof fluss.PrefixLookupRequest
         * @static
         * @param {fluss.PrefixLookupRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.PrefixLookupRequest} PrefixLookupRequest instance
         * @type {{
         *   (properties: fluss.PrefixLookupRequest.$Shape): fluss.PrefixLookupRequest & fluss.PrefixLookupRequest.$Shape;
         *   (properties?: fluss.PrefixLookupRequest.$Properties): fluss.PrefixLookupRequest;
         * }}
         */
        PrefixLookupRequest.create = function(properties) {
            return new PrefixLookupRequest(properties);
        };

        /**
         * Encodes the specified PrefixLookupRequest message. Does not implicitly {@link fluss.PrefixLookupRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.PrefixLookupRequest
         * @static
         * @param {fluss.PrefixLookupRequest.$Properties} m PrefixLookupRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PrefixLookupRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int64(m.tableId);
            if (m.bucketsReq != null && m.bucketsReq.length) {
                for (var i = 0; i < m.bucketsReq.length; ++i)
                    $root.fluss.PbPrefixLookupReqForBucket.encode(m.bucketsReq[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PrefixLookupRequest message, length delimited. Does not implicitly {@link fluss.PrefixLookupRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PrefixLookupRequest
         * @static
         * @param {fluss.PrefixLookupRequest.$Properties} message PrefixLookupRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PrefixLookupRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PrefixLookupRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PrefixLookupRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PrefixLookupRequest & fluss.PrefixLookupRequest.$Shape} PrefixLookupRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PrefixLookupRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PrefixLookupRequest();
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
                        m.tableId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.bucketsReq && m.bucketsReq.length))
                            m.bucketsReq = [];
                        m.bucketsReq.push($root.fluss.PbPrefixLookupReqForBucket.decode(r, r.size(), $undefined, q + 1));
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
            if (!$Object.hasOwnProperty.call(m, "tableId"))
                throw $util.ProtocolError("missing required 'tableId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PrefixLookupRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PrefixLookupRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PrefixLookupRequest & fluss.PrefixLookupRequest.$Shape} PrefixLookupRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PrefixLookupRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PrefixLookupRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PrefixLookupRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PrefixLookupRequest} PrefixLookupRequest
         */
        PrefixLookupRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PrefixLookupRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PrefixLookupRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PrefixLookupRequest();
            if (d.tableId != null) {
                if ($util.Long)
                    m.tableId = $util.Long.fromValue(d.tableId, false);
                else if (typeof d.tableId === "string")
                    m.tableId = $parseInt(d.tableId, 10);
                else if (typeof d.tableId === "number")
                    m.tableId = d.tableId;
                else if (typeof d.tableId === "object")
                    m.tableId = new $util.LongBits(d.tableId.low >>> 0, d.tableId.high >>> 0).toNumber();
            }
            if (d.bucketsReq) {
                if (!$Array.isArray(d.bucketsReq))
                    throw $TypeError(".fluss.PrefixLookupRequest.bucketsReq: array expected");
                m.bucketsReq = $Array(d.bucketsReq.length);
                for (var i = 0; i < d.bucketsReq.length; ++i) {
                    if (!$util.isObject(d.bucketsReq[i]))
                        throw $TypeError(".fluss.PrefixLookupRequest.bucketsReq: object expected");
                    m.bucketsReq[i] = $root.fluss.PbPrefixLookupReqForBucket.fromObject(d.bucketsReq[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PrefixLookupRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PrefixLookupRequest
         * @static
         * @param {fluss.PrefixLookupRequest} m PrefixLookupRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PrefixLookupRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.bucketsReq = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.tableId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tableId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.tableId != null && $Object.hasOwnProperty.call(m, "tableId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tableId = typeof m.tableId === "number" ? $BigInt(m.tableId) : $util.Long.fromBits(m.tableId.low >>> 0, m.tableId.high >>> 0, false).toBigInt();
                else if (typeof m.tableId === "number")
                    d.tableId = o.longs === $String ? $String(m.tableId) : m.tableId;
                else
                    d.tableId = o.longs === $String ? $util.Long.prototype.toString.call(m.tableId) : o.longs === $Number ? new $util.LongBits(m.tableId.low >>> 0, m.tableId.high >>> 0).toNumber() : m.tableId;
            }
            if (m.bucketsReq && m.bucketsReq.length) {
                d.bucketsReq = $Array(m.bucketsReq.length);
                for (var j = 0; j < m.bucketsReq.length; ++j) {
                    d.bucketsReq[j] = $root.fluss.PbPrefixLookupReqForBucket.toObject(m.bucketsReq[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this PrefixLookupRequest to JSON.
         * @function toJSON
         * @memberof fluss.PrefixLookupRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PrefixLookupRequest.prototype.toJSON = function() {
            return PrefixLookupRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PrefixLookupRequest
         * @function getTypeUrl
         * @memberof fluss.PrefixLookupRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PrefixLookupRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PrefixLookupRequest";
        };

        return PrefixLookupRequest;
    })();

    fluss.PbValueList = (function() {

        /**
         * Properties of a PbValueList.
         * @typedef {Object} fluss.PbValueList.$Properties
         * @property {Array.<Uint8Array>|null} [values] PbValueList values
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbValueList.
         * @memberof fluss
         * @interface IPbValueList
         * @augments fluss.PbValueList.$Properties
         * @deprecated Use fluss.PbValueList.$Properties instead.
         */

        /**
         * Shape of a PbValueList.
         * @typedef {fluss.PbValueList.$Properties} fluss.PbValueList.$Shape
         */

        /**
         * Constructs a new PbValueList.
         * @memberof fluss
         * @classdesc Represents a PbValueList.
         * @constructor
         * @param {fluss.PbValueList.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbValueList = function (p) {
            this.values = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbValueList values.
         * @member {Array.<Uint8Array>} values
         * @memberof fluss.PbValueList
         * @instance
         */
        PbValueList.prototype.values = $util.emptyArray;

        /**
         * Creates a new PbValueList instance using the specified properties.
         * @function create
         * @memberof fluss.PbValueList
         * @static
         * @param {fluss.PbValueList.$Properties=} [properties] Properties to set
         * @returns {fluss.PbValueList} PbValueList instance
         * @type {{
         *   (properties: fluss.PbValueList.$Shape): fluss.PbValueList & fluss.PbValueList.$Shape;
         *   (properties?: fluss.PbValueList.$Properties): fluss.PbValueList;
         * }}
         */
        PbValueList.create = function(properties) {
            return new PbValueList(properties);
        };

        /**
         * Encodes the specified PbValueList message. Does not implicitly {@link fluss.PbValueList.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbValueList
         * @static
         * @param {fluss.PbValueList.$Properties} m PbValueList message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbValueList.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.values != null && m.values.length) {
                for (var i = 0; i < m.values.length; ++i)
                    w.uint32(/* id 1, wireType 2 =*/10).bytes(m.values[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbValueList message, length delimited. Does not implicitly {@link fluss.PbValueList.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbValueList
         * @static
         * @param {fluss.PbValueList.$Properties} message PbValueList message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbValueList.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbValueList message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbValueList
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbValueList & fluss.PbValueList.$Shape} PbValueList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbValueList.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbValueList();
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
                        if (!(m.values && m.values.length))
                            m.values = [];
                        m.values.push(r.bytes());
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
         * Decodes a PbValueList message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbValueList
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbValueList & fluss.PbValueList.$Shape} PbValueList
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbValueList.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbValueList message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbValueList
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbValueList} PbValueList
         */
        PbValueList.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbValueList)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbValueList: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbValueList();
            if (d.values) {
                if (!$Array.isArray(d.values))
                    throw $TypeError(".fluss.PbValueList.values: array expected");
                m.values = $Array(d.values.length);
                for (var i = 0; i < d.values.length; ++i) {
                    if (typeof d.values[i] === "string")
                        $util.base64.decode(d.values[i], m.values[i] = $util.newBuffer($util.base64.length(d.values[i])), 0);
                    else if (d.values[i].length >= 0)
                        m.values[i] = d.values[i];
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PbValueList message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbValueList
         * @static
         * @param {fluss.PbValueList} m PbValueList
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbValueList.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.values = [];
            }
            if (m.values && m.values.length) {
                d.values = $Array(m.values.length);
                for (var j = 0; j < m.values.length; ++j) {
                    d.values[j] = o.bytes === $String ? $util.base64.encode(m.values[j], 0, m.values[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.values[j]) : m.values[j];
                }
            }
            return d;
        };

        /**
         * Converts this PbValueList to JSON.
         * @function toJSON
         * @memberof fluss.PbValueList
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbValueList.prototype.toJSON = function() {
            return PbValueList.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbValueList
         * @function getTypeUrl
         * @memberof fluss.PbValueList
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbValueList.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbValueList";
        };

        return PbValueList;
    })();

    fluss.PbPrefixLookupRespForBucket = (function() {

        /**
         * Properties of a PbPrefixLookupRespForBucket.
         * @typedef {Object} fluss.PbPrefixLookupRespForBucket.$Properties
         * @property {Long|null} [partitionId] PbPrefixLookupRespForBucket partitionId
         * @property {number} bucketId PbPrefixLookupRespForBucket bucketId
         * @property {number|null} [errorCode] PbPrefixLookupRespForBucket errorCode
         * @property {string|null} [errorMessage] PbPrefixLookupRespForBucket errorMessage
         * @property {Array.<fluss.PbValueList.$Properties>|null} [valueLists] PbPrefixLookupRespForBucket valueLists
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbPrefixLookupRespForBucket.
         * @memberof fluss
         * @interface IPbPrefixLookupRespForBucket
         * @augments fluss.PbPrefixLookupRespForBucket.$Properties
         * @deprecated Use fluss.PbPrefixLookupRespForBucket.$Properties instead.
         */

        /**
         * Shape of a PbPrefixLookupRespForBucket.
         * @typedef {fluss.PbPrefixLookupRespForBucket.$Properties} fluss.PbPrefixLookupRespForBucket.$Shape
         */

        /**
         * Constructs a new PbPrefixLookupRespForBucket.
         * @memberof fluss
         * @classdesc Represents a PbPrefixLookupRespForBucket.
         * @constructor
         * @param {fluss.PbPrefixLookupRespForBucket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbPrefixLookupRespForBucket = function (p) {
            this.valueLists = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbPrefixLookupRespForBucket partitionId.
         * @member {Long} partitionId
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @instance
         */
        PbPrefixLookupRespForBucket.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbPrefixLookupRespForBucket bucketId.
         * @member {number} bucketId
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @instance
         */
        PbPrefixLookupRespForBucket.prototype.bucketId = 0;

        /**
         * PbPrefixLookupRespForBucket errorCode.
         * @member {number} errorCode
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @instance
         */
        PbPrefixLookupRespForBucket.prototype.errorCode = 0;

        /**
         * PbPrefixLookupRespForBucket errorMessage.
         * @member {string} errorMessage
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @instance
         */
        PbPrefixLookupRespForBucket.prototype.errorMessage = "";

        /**
         * PbPrefixLookupRespForBucket valueLists.
         * @member {Array.<fluss.PbValueList.$Properties>} valueLists
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @instance
         */
        PbPrefixLookupRespForBucket.prototype.valueLists = $util.emptyArray;

        /**
         * Creates a new PbPrefixLookupRespForBucket instance using the specified properties.
         * @function create
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @static
         * @param {fluss.PbPrefixLookupRespForBucket.$Properties=} [properties] Properties to set
         * @returns {fluss.PbPrefixLookupRespForBucket} PbPrefixLookupRespForBucket instance
         * @type {{
         *   (properties: fluss.PbPrefixLookupRespForBucket.$Shape): fluss.PbPrefixLookupRespForBucket & fluss.PbPrefixLookupRespForBucket.$Shape;
         *   (properties?: fluss.PbPrefixLookupRespForBucket.$Properties): fluss.PbPrefixLookupRespForBucket;
         * }}
         */
        PbPrefixLookupRespForBucket.create = function(properties) {
            return new PbPrefixLookupRespForBucket(properties);
        };

        /**
         * Encodes the specified PbPrefixLookupRespForBucket message. Does not implicitly {@link fluss.PbPrefixLookupRespForBucket.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @static
         * @param {fluss.PbPrefixLookupRespForBucket.$Properties} m PbPrefixLookupRespForBucket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPrefixLookupRespForBucket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId"))
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.partitionId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.bucketId);
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode"))
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.errorCode);
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage"))
                w.uint32(/* id 4, wireType 2 =*/34).string(m.errorMessage);
            if (m.valueLists != null && m.valueLists.length) {
                for (var i = 0; i < m.valueLists.length; ++i)
                    $root.fluss.PbValueList.encode(m.valueLists[i], w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbPrefixLookupRespForBucket message, length delimited. Does not implicitly {@link fluss.PbPrefixLookupRespForBucket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @static
         * @param {fluss.PbPrefixLookupRespForBucket.$Properties} message PbPrefixLookupRespForBucket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbPrefixLookupRespForBucket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbPrefixLookupRespForBucket message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbPrefixLookupRespForBucket & fluss.PbPrefixLookupRespForBucket.$Shape} PbPrefixLookupRespForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPrefixLookupRespForBucket.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbPrefixLookupRespForBucket();
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
                        m.partitionId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.bucketId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.errorCode = r.int32();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.errorMessage = r.string();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.valueLists && m.valueLists.length))
                            m.valueLists = [];
                        m.valueLists.push($root.fluss.PbValueList.decode(r, r.size(), $undefined, q + 1));
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
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbPrefixLookupRespForBucket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbPrefixLookupRespForBucket & fluss.PbPrefixLookupRespForBucket.$Shape} PbPrefixLookupRespForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbPrefixLookupRespForBucket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbPrefixLookupRespForBucket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbPrefixLookupRespForBucket} PbPrefixLookupRespForBucket
         */
        PbPrefixLookupRespForBucket.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbPrefixLookupRespForBucket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbPrefixLookupRespForBucket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbPrefixLookupRespForBucket();
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.errorCode != null) {
                m.errorCode = d.errorCode | 0;
            }
            if (d.errorMessage != null) {
                m.errorMessage = $String(d.errorMessage);
            }
            if (d.valueLists) {
                if (!$Array.isArray(d.valueLists))
                    throw $TypeError(".fluss.PbPrefixLookupRespForBucket.valueLists: array expected");
                m.valueLists = $Array(d.valueLists.length);
                for (var i = 0; i < d.valueLists.length; ++i) {
                    if (!$util.isObject(d.valueLists[i]))
                        throw $TypeError(".fluss.PbPrefixLookupRespForBucket.valueLists: object expected");
                    m.valueLists[i] = $root.fluss.PbValueList.fromObject(d.valueLists[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PbPrefixLookupRespForBucket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @static
         * @param {fluss.PbPrefixLookupRespForBucket} m PbPrefixLookupRespForBucket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbPrefixLookupRespForBucket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.valueLists = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.bucketId = 0;
                d.errorCode = 0;
                d.errorMessage = "";
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                d.errorCode = m.errorCode;
            }
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                d.errorMessage = m.errorMessage;
            }
            if (m.valueLists && m.valueLists.length) {
                d.valueLists = $Array(m.valueLists.length);
                for (var j = 0; j < m.valueLists.length; ++j) {
                    d.valueLists[j] = $root.fluss.PbValueList.toObject(m.valueLists[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this PbPrefixLookupRespForBucket to JSON.
         * @function toJSON
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbPrefixLookupRespForBucket.prototype.toJSON = function() {
            return PbPrefixLookupRespForBucket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbPrefixLookupRespForBucket
         * @function getTypeUrl
         * @memberof fluss.PbPrefixLookupRespForBucket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbPrefixLookupRespForBucket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbPrefixLookupRespForBucket";
        };

        return PbPrefixLookupRespForBucket;
    })();

    fluss.PrefixLookupResponse = (function() {

        /**
         * Properties of a PrefixLookupResponse.
         * @typedef {Object} fluss.PrefixLookupResponse.$Properties
         * @property {Array.<fluss.PbPrefixLookupRespForBucket.$Properties>|null} [bucketsResp] PrefixLookupResponse bucketsResp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PrefixLookupResponse.
         * @memberof fluss
         * @interface IPrefixLookupResponse
         * @augments fluss.PrefixLookupResponse.$Properties
         * @deprecated Use fluss.PrefixLookupResponse.$Properties instead.
         */

        /**
         * Shape of a PrefixLookupResponse.
         * @typedef {fluss.PrefixLookupResponse.$Properties} fluss.PrefixLookupResponse.$Shape
         */

        /**
         * Constructs a new PrefixLookupResponse.
         * @memberof fluss
         * @classdesc Represents a PrefixLookupResponse.
         * @constructor
         * @param {fluss.PrefixLookupResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PrefixLookupResponse = function (p) {
            this.bucketsResp = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PrefixLookupResponse bucketsResp.
         * @member {Array.<fluss.PbPrefixLookupRespForBucket.$Properties>} bucketsResp
         * @memberof fluss.PrefixLookupResponse
         * @instance
         */
        PrefixLookupResponse.prototype.bucketsResp = $util.emptyArray;

        /**
         * Creates a new PrefixLookupResponse instance using the specified properties.
         * @function create
         * @memberof fluss.PrefixLookupResponse
         * @static
         * @param {fluss.PrefixLookupResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.PrefixLookupResponse} PrefixLookupResponse instance
         * @type {{
         *   (properties: fluss.PrefixLookupResponse.$Shape): fluss.PrefixLookupResponse & fluss.PrefixLookupResponse.$Shape;
         *   (properties?: fluss.PrefixLookupResponse.$Properties): fluss.PrefixLookupResponse;
         * }}
         */
        PrefixLookupResponse.create = function(properties) {
            return new PrefixLookupResponse(properties);
        };

        /**
         * Encodes the specified PrefixLookupResponse message. Does not implicitly {@link fluss.PrefixLookupResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.PrefixLookupResponse
         * @static
         * @param {fluss.PrefixLookupResponse.$Properties} m PrefixLookupResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PrefixLookupResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.bucketsResp != null && m.bucketsResp.length) {
                for (var i = 0; i < m.bucketsResp.length; ++i)
                    $root.fluss.PbPrefixLookupRespForBucket.encode(m.bucketsResp[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PrefixLookupResponse message, length delimited. Does not implicitly {@link fluss.PrefixLookupResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PrefixLookupResponse
         * @static
         * @param {fluss.PrefixLookupResponse.$Properties} message PrefixLookupResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PrefixLookupResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PrefixLookupResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PrefixLookupResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PrefixLookupResponse & fluss.PrefixLookupResponse.$Shape} PrefixLookupResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PrefixLookupResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PrefixLookupResponse();
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
                        if (!(m.bucketsResp && m.bucketsResp.length))
                            m.bucketsResp = [];
                        m.bucketsResp.push($root.fluss.PbPrefixLookupRespForBucket.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a PrefixLookupResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PrefixLookupResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PrefixLookupResponse & fluss.PrefixLookupResponse.$Shape} PrefixLookupResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PrefixLookupResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PrefixLookupResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PrefixLookupResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PrefixLookupResponse} PrefixLookupResponse
         */
        PrefixLookupResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PrefixLookupResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PrefixLookupResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PrefixLookupResponse();
            if (d.bucketsResp) {
                if (!$Array.isArray(d.bucketsResp))
                    throw $TypeError(".fluss.PrefixLookupResponse.bucketsResp: array expected");
                m.bucketsResp = $Array(d.bucketsResp.length);
                for (var i = 0; i < d.bucketsResp.length; ++i) {
                    if (!$util.isObject(d.bucketsResp[i]))
                        throw $TypeError(".fluss.PrefixLookupResponse.bucketsResp: object expected");
                    m.bucketsResp[i] = $root.fluss.PbPrefixLookupRespForBucket.fromObject(d.bucketsResp[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PrefixLookupResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PrefixLookupResponse
         * @static
         * @param {fluss.PrefixLookupResponse} m PrefixLookupResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PrefixLookupResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.bucketsResp = [];
            }
            if (m.bucketsResp && m.bucketsResp.length) {
                d.bucketsResp = $Array(m.bucketsResp.length);
                for (var j = 0; j < m.bucketsResp.length; ++j) {
                    d.bucketsResp[j] = $root.fluss.PbPrefixLookupRespForBucket.toObject(m.bucketsResp[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this PrefixLookupResponse to JSON.
         * @function toJSON
         * @memberof fluss.PrefixLookupResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PrefixLookupResponse.prototype.toJSON = function() {
            return PrefixLookupResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PrefixLookupResponse
         * @function getTypeUrl
         * @memberof fluss.PrefixLookupResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PrefixLookupResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PrefixLookupResponse";
        };

        return PrefixLookupResponse;
    })();

    fluss.LimitScanRequest = (function() {

        /**
         * Properties of a LimitScanRequest.
         * @typedef {Object} fluss.LimitScanRequest.$Properties
         * @property {Long} tableId LimitScanRequest tableId
         * @property {Long|null} [partitionId] LimitScanRequest partitionId
         * @property {number} bucketId LimitScanRequest bucketId
         * @property {number} limit LimitScanRequest limit
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LimitScanRequest.
         * @memberof fluss
         * @interface ILimitScanRequest
         * @augments fluss.LimitScanRequest.$Properties
         * @deprecated Use fluss.LimitScanRequest.$Properties instead.
         */

        /**
         * Shape of a LimitScanRequest.
         * @typedef {fluss.LimitScanRequest.$Properties} fluss.LimitScanRequest.$Shape
         */

        /**
         * Constructs a new LimitScanRequest.
         * @memberof fluss
         * @classdesc Represents a LimitScanRequest.
         * @constructor
         * @param {fluss.LimitScanRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var LimitScanRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LimitScanRequest tableId.
         * @member {Long} tableId
         * @memberof fluss.LimitScanRequest
         * @instance
         */
        LimitScanRequest.prototype.tableId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LimitScanRequest partitionId.
         * @member {Long} partitionId
         * @memberof fluss.LimitScanRequest
         * @instance
         */
        LimitScanRequest.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * LimitScanRequest bucketId.
         * @member {number} bucketId
         * @memberof fluss.LimitScanRequest
         * @instance
         */
        LimitScanRequest.prototype.bucketId = 0;

        /**
         * LimitScanRequest limit.
         * @member {number} limit
         * @memberof fluss.LimitScanRequest
         * @instance
         */
        LimitScanRequest.prototype.limit = 0;

        /**
         * Creates a new LimitScanRequest instance using the specified properties.
         * @function create
         * @memberof fluss.LimitScanRequest
         * @static
         * @param {fluss.LimitScanRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.LimitScanRequest} LimitScanRequest instance
         * @type {{
         *   (properties: fluss.LimitScanRequest.$Shape): fluss.LimitScanRequest & fluss.LimitScanRequest.$Shape;
         *   (properties?: fluss.LimitScanRequest.$Properties): fluss.LimitScanRequest;
         * }}
         */
        LimitScanRequest.create = function(properties) {
            return new LimitScanRequest(properties);
        };

        /**
         * Encodes the specified LimitScanRequest message. Does not implicitly {@link fluss.LimitScanRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.LimitScanRequest
         * @static
         * @param {fluss.LimitScanRequest.$Properties} m LimitScanRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LimitScanRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 2, wireType 0 =*/16).int64(m.tableId);
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId"))
                w.uint32(/* id 3, wireType 0 =*/24).int64(m.partitionId);
            w.uint32(/* id 4, wireType 0 =*/32).int32(m.bucketId);
            w.uint32(/* id 5, wireType 0 =*/40).int32(m.limit);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LimitScanRequest message, length delimited. Does not implicitly {@link fluss.LimitScanRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.LimitScanRequest
         * @static
         * @param {fluss.LimitScanRequest.$Properties} message LimitScanRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LimitScanRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LimitScanRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.LimitScanRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.LimitScanRequest & fluss.LimitScanRequest.$Shape} LimitScanRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LimitScanRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.LimitScanRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 2: {
                        if (u !== 0)
                            break;
                        m.tableId = r.int64();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.partitionId = r.int64();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.bucketId = r.int32();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.limit = r.int32();
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
            if (!$Object.hasOwnProperty.call(m, "tableId"))
                throw $util.ProtocolError("missing required 'tableId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "limit"))
                throw $util.ProtocolError("missing required 'limit'", { instance: m });
            return m;
        };

        /**
         * Decodes a LimitScanRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.LimitScanRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.LimitScanRequest & fluss.LimitScanRequest.$Shape} LimitScanRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LimitScanRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a LimitScanRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.LimitScanRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.LimitScanRequest} LimitScanRequest
         */
        LimitScanRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.LimitScanRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.LimitScanRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.LimitScanRequest();
            if (d.tableId != null) {
                if ($util.Long)
                    m.tableId = $util.Long.fromValue(d.tableId, false);
                else if (typeof d.tableId === "string")
                    m.tableId = $parseInt(d.tableId, 10);
                else if (typeof d.tableId === "number")
                    m.tableId = d.tableId;
                else if (typeof d.tableId === "object")
                    m.tableId = new $util.LongBits(d.tableId.low >>> 0, d.tableId.high >>> 0).toNumber();
            }
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.limit != null) {
                m.limit = d.limit | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a LimitScanRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.LimitScanRequest
         * @static
         * @param {fluss.LimitScanRequest} m LimitScanRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LimitScanRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.tableId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tableId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.bucketId = 0;
                d.limit = 0;
            }
            if (m.tableId != null && $Object.hasOwnProperty.call(m, "tableId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tableId = typeof m.tableId === "number" ? $BigInt(m.tableId) : $util.Long.fromBits(m.tableId.low >>> 0, m.tableId.high >>> 0, false).toBigInt();
                else if (typeof m.tableId === "number")
                    d.tableId = o.longs === $String ? $String(m.tableId) : m.tableId;
                else
                    d.tableId = o.longs === $String ? $util.Long.prototype.toString.call(m.tableId) : o.longs === $Number ? new $util.LongBits(m.tableId.low >>> 0, m.tableId.high >>> 0).toNumber() : m.tableId;
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                d.limit = m.limit;
            }
            return d;
        };

        /**
         * Converts this LimitScanRequest to JSON.
         * @function toJSON
         * @memberof fluss.LimitScanRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LimitScanRequest.prototype.toJSON = function() {
            return LimitScanRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LimitScanRequest
         * @function getTypeUrl
         * @memberof fluss.LimitScanRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LimitScanRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.LimitScanRequest";
        };

        return LimitScanRequest;
    })();

    fluss.LimitScanResponse = (function() {

        /**
         * Properties of a LimitScanResponse.
         * @typedef {Object} fluss.LimitScanResponse.$Properties
         * @property {number|null} [errorCode] LimitScanResponse errorCode
         * @property {string|null} [errorMessage] LimitScanResponse errorMessage
         * @property {boolean|null} [isLogTable] LimitScanResponse isLogTable
         * @property {Uint8Array|null} [records] LimitScanResponse records
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LimitScanResponse.
         * @memberof fluss
         * @interface ILimitScanResponse
         * @augments fluss.LimitScanResponse.$Properties
         * @deprecated Use fluss.LimitScanResponse.$Properties instead.
         */

        /**
         * Shape of a LimitScanResponse.
         * @typedef {fluss.LimitScanResponse.$Properties} fluss.LimitScanResponse.$Shape
         */

        /**
         * Constructs a new LimitScanResponse.
         * @memberof fluss
         * @classdesc Represents a LimitScanResponse.
         * @constructor
         * @param {fluss.LimitScanResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var LimitScanResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LimitScanResponse errorCode.
         * @member {number} errorCode
         * @memberof fluss.LimitScanResponse
         * @instance
         */
        LimitScanResponse.prototype.errorCode = 0;

        /**
         * LimitScanResponse errorMessage.
         * @member {string} errorMessage
         * @memberof fluss.LimitScanResponse
         * @instance
         */
        LimitScanResponse.prototype.errorMessage = "";

        /**
         * LimitScanResponse isLogTable.
         * @member {boolean} isLogTable
         * @memberof fluss.LimitScanResponse
         * @instance
         */
        LimitScanResponse.prototype.isLogTable = false;

        /**
         * LimitScanResponse records.
         * @member {Uint8Array} records
         * @memberof fluss.LimitScanResponse
         * @instance
         */
        LimitScanResponse.prototype.records = $util.newBuffer([]);

        /**
         * Creates a new LimitScanResponse instance using the specified properties.
         * @function create
         * @memberof fluss.LimitScanResponse
         * @static
         * @param {fluss.LimitScanResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.LimitScanResponse} LimitScanResponse instance
         * @type {{
         *   (properties: fluss.LimitScanResponse.$Shape): fluss.LimitScanResponse & fluss.LimitScanResponse.$Shape;
         *   (properties?: fluss.LimitScanResponse.$Properties): fluss.LimitScanResponse;
         * }}
         */
        LimitScanResponse.create = function(properties) {
            return new LimitScanResponse(properties);
        };

        /**
         * Encodes the specified LimitScanResponse message. Does not implicitly {@link fluss.LimitScanResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.LimitScanResponse
         * @static
         * @param {fluss.LimitScanResponse.$Properties} m LimitScanResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LimitScanResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode"))
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.errorCode);
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.errorMessage);
            if (m.isLogTable != null && $Object.hasOwnProperty.call(m, "isLogTable"))
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.isLogTable);
            if (m.records != null && $Object.hasOwnProperty.call(m, "records"))
                w.uint32(/* id 4, wireType 2 =*/34).bytes(m.records);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified LimitScanResponse message, length delimited. Does not implicitly {@link fluss.LimitScanResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.LimitScanResponse
         * @static
         * @param {fluss.LimitScanResponse.$Properties} message LimitScanResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LimitScanResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a LimitScanResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.LimitScanResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.LimitScanResponse & fluss.LimitScanResponse.$Shape} LimitScanResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LimitScanResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.LimitScanResponse();
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
                        m.errorCode = r.int32();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.errorMessage = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.isLogTable = r.bool();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.records = r.bytes();
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
         * Decodes a LimitScanResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.LimitScanResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.LimitScanResponse & fluss.LimitScanResponse.$Shape} LimitScanResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LimitScanResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a LimitScanResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.LimitScanResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.LimitScanResponse} LimitScanResponse
         */
        LimitScanResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.LimitScanResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.LimitScanResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.LimitScanResponse();
            if (d.errorCode != null) {
                m.errorCode = d.errorCode | 0;
            }
            if (d.errorMessage != null) {
                m.errorMessage = $String(d.errorMessage);
            }
            if (d.isLogTable != null) {
                m.isLogTable = $Boolean(d.isLogTable);
            }
            if (d.records != null) {
                if (typeof d.records === "string")
                    $util.base64.decode(d.records, m.records = $util.newBuffer($util.base64.length(d.records)), 0);
                else if (d.records.length >= 0)
                    m.records = d.records;
            }
            return m;
        };

        /**
         * Creates a plain object from a LimitScanResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.LimitScanResponse
         * @static
         * @param {fluss.LimitScanResponse} m LimitScanResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        LimitScanResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.errorCode = 0;
                d.errorMessage = "";
                d.isLogTable = false;
                if (o.bytes === $String)
                    d.records = "";
                else {
                    d.records = [];
                    if (o.bytes !== $Array)
                        d.records = $util.newBuffer(d.records);
                }
            }
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                d.errorCode = m.errorCode;
            }
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                d.errorMessage = m.errorMessage;
            }
            if (m.isLogTable != null && $Object.hasOwnProperty.call(m, "isLogTable")) {
                d.isLogTable = m.isLogTable;
            }
            if (m.records != null && $Object.hasOwnProperty.call(m, "records")) {
                d.records = o.bytes === $String ? $util.base64.encode(m.records, 0, m.records.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.records) : m.records;
            }
            return d;
        };

        /**
         * Converts this LimitScanResponse to JSON.
         * @function toJSON
         * @memberof fluss.LimitScanResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        LimitScanResponse.prototype.toJSON = function() {
            return LimitScanResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for LimitScanResponse
         * @function getTypeUrl
         * @memberof fluss.LimitScanResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        LimitScanResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.LimitScanResponse";
        };

        return LimitScanResponse;
    })();

    fluss.ListOffsetsRequest = (function() {

        /**
         * Properties of a ListOffsetsRequest.
         * @typedef {Object} fluss.ListOffsetsRequest.$Properties
         * @property {number} followerServerId ListOffsetsRequest followerServerId
         * @property {number} offsetType ListOffsetsRequest offsetType
         * @property {Long} tableId ListOffsetsRequest tableId
         * @property {Long|null} [partitionId] ListOffsetsRequest partitionId
         * @property {Array.<number>|null} [bucketId] ListOffsetsRequest bucketId
         * @property {Long|null} [startTimestamp] ListOffsetsRequest startTimestamp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ListOffsetsRequest.
         * @memberof fluss
         * @interface IListOffsetsRequest
         * @augments fluss.ListOffsetsRequest.$Properties
         * @deprecated Use fluss.ListOffsetsRequest.$Properties instead.
         */

        /**
         * Shape of a ListOffsetsRequest.
         * @typedef {fluss.ListOffsetsRequest.$Properties} fluss.ListOffsetsRequest.$Shape
         */

        /**
         * Constructs a new ListOffsetsRequest.
         * @memberof fluss
         * @classdesc Represents a ListOffsetsRequest.
         * @constructor
         * @param {fluss.ListOffsetsRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ListOffsetsRequest = function (p) {
            this.bucketId = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ListOffsetsRequest followerServerId.
         * @member {number} followerServerId
         * @memberof fluss.ListOffsetsRequest
         * @instance
         */
        ListOffsetsRequest.prototype.followerServerId = 0;

        /**
         * ListOffsetsRequest offsetType.
         * @member {number} offsetType
         * @memberof fluss.ListOffsetsRequest
         * @instance
         */
        ListOffsetsRequest.prototype.offsetType = 0;

        /**
         * ListOffsetsRequest tableId.
         * @member {Long} tableId
         * @memberof fluss.ListOffsetsRequest
         * @instance
         */
        ListOffsetsRequest.prototype.tableId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ListOffsetsRequest partitionId.
         * @member {Long} partitionId
         * @memberof fluss.ListOffsetsRequest
         * @instance
         */
        ListOffsetsRequest.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ListOffsetsRequest bucketId.
         * @member {Array.<number>} bucketId
         * @memberof fluss.ListOffsetsRequest
         * @instance
         */
        ListOffsetsRequest.prototype.bucketId = $util.emptyArray;

        /**
         * ListOffsetsRequest startTimestamp.
         * @member {Long} startTimestamp
         * @memberof fluss.ListOffsetsRequest
         * @instance
         */
        ListOffsetsRequest.prototype.startTimestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new ListOffsetsRequest instance using the specified properties.
         * @function create
         * @memberof fluss.ListOffsetsRequest
         * @static
         * @param {fluss.ListOffsetsRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.ListOffsetsRequest} ListOffsetsRequest instance
         * @type {{
         *   (properties: fluss.ListOffsetsRequest.$Shape): fluss.ListOffsetsRequest & fluss.ListOffsetsRequest.$Shape;
         *   (properties?: fluss.ListOffsetsRequest.$Properties): fluss.ListOffsetsRequest;
         * }}
         */
        ListOffsetsRequest.create = function(properties) {
            return new ListOffsetsRequest(properties);
        };

        /**
         * Encodes the specified ListOffsetsRequest message. Does not implicitly {@link fluss.ListOffsetsRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.ListOffsetsRequest
         * @static
         * @param {fluss.ListOffsetsRequest.$Properties} m ListOffsetsRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListOffsetsRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.followerServerId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.offsetType);
            w.uint32(/* id 3, wireType 0 =*/24).int64(m.tableId);
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId"))
                w.uint32(/* id 4, wireType 0 =*/32).int64(m.partitionId);
            if (m.bucketId != null && m.bucketId.length) {
                w.uint32(/* id 5, wireType 2 =*/42).int32s(m.bucketId);
            }
            if (m.startTimestamp != null && $Object.hasOwnProperty.call(m, "startTimestamp"))
                w.uint32(/* id 6, wireType 0 =*/48).int64(m.startTimestamp);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ListOffsetsRequest message, length delimited. Does not implicitly {@link fluss.ListOffsetsRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.ListOffsetsRequest
         * @static
         * @param {fluss.ListOffsetsRequest.$Properties} message ListOffsetsRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListOffsetsRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ListOffsetsRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.ListOffsetsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.ListOffsetsRequest & fluss.ListOffsetsRequest.$Shape} ListOffsetsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListOffsetsRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.ListOffsetsRequest();
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
                        m.followerServerId = r.int32();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.offsetType = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.tableId = r.int64();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.partitionId = r.int64();
                        continue;
                    }
                case 5: {
                        if (u === 2) {
                            if (!(m.bucketId && m.bucketId.length))
                                m.bucketId = [];
                            r.int32s(m.bucketId);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.bucketId && m.bucketId.length))
                            m.bucketId = [];
                        m.bucketId.push(r.int32());
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        m.startTimestamp = r.int64();
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
            if (!$Object.hasOwnProperty.call(m, "followerServerId"))
                throw $util.ProtocolError("missing required 'followerServerId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "offsetType"))
                throw $util.ProtocolError("missing required 'offsetType'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "tableId"))
                throw $util.ProtocolError("missing required 'tableId'", { instance: m });
            return m;
        };

        /**
         * Decodes a ListOffsetsRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.ListOffsetsRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.ListOffsetsRequest & fluss.ListOffsetsRequest.$Shape} ListOffsetsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListOffsetsRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a ListOffsetsRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.ListOffsetsRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.ListOffsetsRequest} ListOffsetsRequest
         */
        ListOffsetsRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.ListOffsetsRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.ListOffsetsRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.ListOffsetsRequest();
            if (d.followerServerId != null) {
                m.followerServerId = d.followerServerId | 0;
            }
            if (d.offsetType != null) {
                m.offsetType = d.offsetType | 0;
            }
            if (d.tableId != null) {
                if ($util.Long)
                    m.tableId = $util.Long.fromValue(d.tableId, false);
                else if (typeof d.tableId === "string")
                    m.tableId = $parseInt(d.tableId, 10);
                else if (typeof d.tableId === "number")
                    m.tableId = d.tableId;
                else if (typeof d.tableId === "object")
                    m.tableId = new $util.LongBits(d.tableId.low >>> 0, d.tableId.high >>> 0).toNumber();
            }
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketId) {
                if (!$Array.isArray(d.bucketId))
                    throw $TypeError(".fluss.ListOffsetsRequest.bucketId: array expected");
                m.bucketId = $Array(d.bucketId.length);
                for (var i = 0; i < d.bucketId.length; ++i) {
                    m.bucketId[i] = d.bucketId[i] | 0;
                }
            }
            if (d.startTimestamp != null) {
                if ($util.Long)
                    m.startTimestamp = $util.Long.fromValue(d.startTimestamp, false);
                else if (typeof d.startTimestamp === "string")
                    m.startTimestamp = $parseInt(d.startTimestamp, 10);
                else if (typeof d.startTimestamp === "number")
                    m.startTimestamp = d.startTimestamp;
                else if (typeof d.startTimestamp === "object")
                    m.startTimestamp = new $util.LongBits(d.startTimestamp.low >>> 0, d.startTimestamp.high >>> 0).toNumber();
            }
            return m;
        };

        /**
         * Creates a plain object from a ListOffsetsRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.ListOffsetsRequest
         * @static
         * @param {fluss.ListOffsetsRequest} m ListOffsetsRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ListOffsetsRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.bucketId = [];
            }
            if (o.defaults) {
                d.followerServerId = 0;
                d.offsetType = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.tableId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tableId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.startTimestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.startTimestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.followerServerId != null && $Object.hasOwnProperty.call(m, "followerServerId")) {
                d.followerServerId = m.followerServerId;
            }
            if (m.offsetType != null && $Object.hasOwnProperty.call(m, "offsetType")) {
                d.offsetType = m.offsetType;
            }
            if (m.tableId != null && $Object.hasOwnProperty.call(m, "tableId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tableId = typeof m.tableId === "number" ? $BigInt(m.tableId) : $util.Long.fromBits(m.tableId.low >>> 0, m.tableId.high >>> 0, false).toBigInt();
                else if (typeof m.tableId === "number")
                    d.tableId = o.longs === $String ? $String(m.tableId) : m.tableId;
                else
                    d.tableId = o.longs === $String ? $util.Long.prototype.toString.call(m.tableId) : o.longs === $Number ? new $util.LongBits(m.tableId.low >>> 0, m.tableId.high >>> 0).toNumber() : m.tableId;
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketId && m.bucketId.length) {
                d.bucketId = $Array(m.bucketId.length);
                for (var j = 0; j < m.bucketId.length; ++j) {
                    d.bucketId[j] = m.bucketId[j];
                }
            }
            if (m.startTimestamp != null && $Object.hasOwnProperty.call(m, "startTimestamp")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.startTimestamp = typeof m.startTimestamp === "number" ? $BigInt(m.startTimestamp) : $util.Long.fromBits(m.startTimestamp.low >>> 0, m.startTimestamp.high >>> 0, false).toBigInt();
                else if (typeof m.startTimestamp === "number")
                    d.startTimestamp = o.longs === $String ? $String(m.startTimestamp) : m.startTimestamp;
                else
                    d.startTimestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.startTimestamp) : o.longs === $Number ? new $util.LongBits(m.startTimestamp.low >>> 0, m.startTimestamp.high >>> 0).toNumber() : m.startTimestamp;
            }
            return d;
        };

        /**
         * Converts this ListOffsetsRequest to JSON.
         * @function toJSON
         * @memberof fluss.ListOffsetsRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ListOffsetsRequest.prototype.toJSON = function() {
            return ListOffsetsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ListOffsetsRequest
         * @function getTypeUrl
         * @memberof fluss.ListOffsetsRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ListOffsetsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.ListOffsetsRequest";
        };

        return ListOffsetsRequest;
    })();

    fluss.PbListOffsetsRespForBucket = (function() {

        /**
         * Properties of a PbListOffsetsRespForBucket.
         * @typedef {Object} fluss.PbListOffsetsRespForBucket.$Properties
         * @property {number} bucketId PbListOffsetsRespForBucket bucketId
         * @property {number|null} [errorCode] PbListOffsetsRespForBucket errorCode
         * @property {string|null} [errorMessage] PbListOffsetsRespForBucket errorMessage
         * @property {Long|null} [offset] PbListOffsetsRespForBucket offset
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbListOffsetsRespForBucket.
         * @memberof fluss
         * @interface IPbListOffsetsRespForBucket
         * @augments fluss.PbListOffsetsRespForBucket.$Properties
         * @deprecated Use fluss.PbListOffsetsRespForBucket.$Properties instead.
         */

        /**
         * Shape of a PbListOffsetsRespForBucket.
         * @typedef {fluss.PbListOffsetsRespForBucket.$Properties} fluss.PbListOffsetsRespForBucket.$Shape
         */

        /**
         * Constructs a new PbListOffsetsRespForBucket.
         * @memberof fluss
         * @classdesc Represents a PbListOffsetsRespForBucket.
         * @constructor
         * @param {fluss.PbListOffsetsRespForBucket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbListOffsetsRespForBucket = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbListOffsetsRespForBucket bucketId.
         * @member {number} bucketId
         * @memberof fluss.PbListOffsetsRespForBucket
         * @instance
         */
        PbListOffsetsRespForBucket.prototype.bucketId = 0;

        /**
         * PbListOffsetsRespForBucket errorCode.
         * @member {number} errorCode
         * @memberof fluss.PbListOffsetsRespForBucket
         * @instance
         */
        PbListOffsetsRespForBucket.prototype.errorCode = 0;

        /**
         * PbListOffsetsRespForBucket errorMessage.
         * @member {string} errorMessage
         * @memberof fluss.PbListOffsetsRespForBucket
         * @instance
         */
        PbListOffsetsRespForBucket.prototype.errorMessage = "";

        /**
         * PbListOffsetsRespForBucket offset.
         * @member {Long} offset
         * @memberof fluss.PbListOffsetsRespForBucket
         * @instance
         */
        PbListOffsetsRespForBucket.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new PbListOffsetsRespForBucket instance using the specified properties.
         * @function create
         * @memberof fluss.PbListOffsetsRespForBucket
         * @static
         * @param {fluss.PbListOffsetsRespForBucket.$Properties=} [properties] Properties to set
         * @returns {fluss.PbListOffsetsRespForBucket} PbListOffsetsRespForBucket instance
         * @type {{
         *   (properties: fluss.PbListOffsetsRespForBucket.$Shape): fluss.PbListOffsetsRespForBucket & fluss.PbListOffsetsRespForBucket.$Shape;
         *   (properties?: fluss.PbListOffsetsRespForBucket.$Properties): fluss.PbListOffsetsRespForBucket;
         * }}
         */
        PbListOffsetsRespForBucket.create = function(properties) {
            return new PbListOffsetsRespForBucket(properties);
        };

        /**
         * Encodes the specified PbListOffsetsRespForBucket message. Does not implicitly {@link fluss.PbListOffsetsRespForBucket.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbListOffsetsRespForBucket
         * @static
         * @param {fluss.PbListOffsetsRespForBucket.$Properties} m PbListOffsetsRespForBucket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbListOffsetsRespForBucket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.bucketId);
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode"))
                w.uint32(/* id 2, wireType 0 =*/16).int32(m.errorCode);
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage"))
                w.uint32(/* id 3, wireType 2 =*/26).string(m.errorMessage);
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset"))
                w.uint32(/* id 4, wireType 0 =*/32).int64(m.offset);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbListOffsetsRespForBucket message, length delimited. Does not implicitly {@link fluss.PbListOffsetsRespForBucket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbListOffsetsRespForBucket
         * @static
         * @param {fluss.PbListOffsetsRespForBucket.$Properties} message PbListOffsetsRespForBucket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbListOffsetsRespForBucket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbListOffsetsRespForBucket message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbListOffsetsRespForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbListOffsetsRespForBucket & fluss.PbListOffsetsRespForBucket.$Shape} PbListOffsetsRespForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbListOffsetsRespForBucket.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbListOffsetsRespForBucket();
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
                        m.bucketId = r.int32();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.errorCode = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.errorMessage = r.string();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.offset = r.int64();
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
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbListOffsetsRespForBucket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbListOffsetsRespForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbListOffsetsRespForBucket & fluss.PbListOffsetsRespForBucket.$Shape} PbListOffsetsRespForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbListOffsetsRespForBucket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbListOffsetsRespForBucket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbListOffsetsRespForBucket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbListOffsetsRespForBucket} PbListOffsetsRespForBucket
         */
        PbListOffsetsRespForBucket.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbListOffsetsRespForBucket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbListOffsetsRespForBucket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbListOffsetsRespForBucket();
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.errorCode != null) {
                m.errorCode = d.errorCode | 0;
            }
            if (d.errorMessage != null) {
                m.errorMessage = $String(d.errorMessage);
            }
            if (d.offset != null) {
                if ($util.Long)
                    m.offset = $util.Long.fromValue(d.offset, false);
                else if (typeof d.offset === "string")
                    m.offset = $parseInt(d.offset, 10);
                else if (typeof d.offset === "number")
                    m.offset = d.offset;
                else if (typeof d.offset === "object")
                    m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber();
            }
            return m;
        };

        /**
         * Creates a plain object from a PbListOffsetsRespForBucket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbListOffsetsRespForBucket
         * @static
         * @param {fluss.PbListOffsetsRespForBucket} m PbListOffsetsRespForBucket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbListOffsetsRespForBucket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.bucketId = 0;
                d.errorCode = 0;
                d.errorMessage = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                d.errorCode = m.errorCode;
            }
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                d.errorMessage = m.errorMessage;
            }
            if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, false).toBigInt();
                else if (typeof m.offset === "number")
                    d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                else
                    d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber() : m.offset;
            }
            return d;
        };

        /**
         * Converts this PbListOffsetsRespForBucket to JSON.
         * @function toJSON
         * @memberof fluss.PbListOffsetsRespForBucket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbListOffsetsRespForBucket.prototype.toJSON = function() {
            return PbListOffsetsRespForBucket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbListOffsetsRespForBucket
         * @function getTypeUrl
         * @memberof fluss.PbListOffsetsRespForBucket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbListOffsetsRespForBucket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbListOffsetsRespForBucket";
        };

        return PbListOffsetsRespForBucket;
    })();

    fluss.ListOffsetsResponse = (function() {

        /**
         * Properties of a ListOffsetsResponse.
         * @typedef {Object} fluss.ListOffsetsResponse.$Properties
         * @property {Array.<fluss.PbListOffsetsRespForBucket.$Properties>|null} [bucketsResp] ListOffsetsResponse bucketsResp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ListOffsetsResponse.
         * @memberof fluss
         * @interface IListOffsetsResponse
         * @augments fluss.ListOffsetsResponse.$Properties
         * @deprecated Use fluss.ListOffsetsResponse.$Properties instead.
         */

        /**
         * Shape of a ListOffsetsResponse.
         * @typedef {fluss.ListOffsetsResponse.$Properties} fluss.ListOffsetsResponse.$Shape
         */

        /**
         * Constructs a new ListOffsetsResponse.
         * @memberof fluss
         * @classdesc Represents a ListOffsetsResponse.
         * @constructor
         * @param {fluss.ListOffsetsResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var ListOffsetsResponse = function (p) {
            this.bucketsResp = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ListOffsetsResponse bucketsResp.
         * @member {Array.<fluss.PbListOffsetsRespForBucket.$Properties>} bucketsResp
         * @memberof fluss.ListOffsetsResponse
         * @instance
         */
        ListOffsetsResponse.prototype.bucketsResp = $util.emptyArray;

        /**
         * Creates a new ListOffsetsResponse instance using the specified properties.
         * @function create
         * @memberof fluss.ListOffsetsResponse
         * @static
         * @param {fluss.ListOffsetsResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.ListOffsetsResponse} ListOffsetsResponse instance
         * @type {{
         *   (properties: fluss.ListOffsetsResponse.$Shape): fluss.ListOffsetsResponse & fluss.ListOffsetsResponse.$Shape;
         *   (properties?: fluss.ListOffsetsResponse.$Properties): fluss.ListOffsetsResponse;
         * }}
         */
        ListOffsetsResponse.create = function(properties) {
            return new ListOffsetsResponse(properties);
        };

        /**
         * Encodes the specified ListOffsetsResponse message. Does not implicitly {@link fluss.ListOffsetsResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.ListOffsetsResponse
         * @static
         * @param {fluss.ListOffsetsResponse.$Properties} m ListOffsetsResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListOffsetsResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.bucketsResp != null && m.bucketsResp.length) {
                for (var i = 0; i < m.bucketsResp.length; ++i)
                    $root.fluss.PbListOffsetsRespForBucket.encode(m.bucketsResp[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified ListOffsetsResponse message, length delimited. Does not implicitly {@link fluss.ListOffsetsResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.ListOffsetsResponse
         * @static
         * @param {fluss.ListOffsetsResponse.$Properties} message ListOffsetsResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ListOffsetsResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ListOffsetsResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.ListOffsetsResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.ListOffsetsResponse & fluss.ListOffsetsResponse.$Shape} ListOffsetsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListOffsetsResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.ListOffsetsResponse();
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
                        if (!(m.bucketsResp && m.bucketsResp.length))
                            m.bucketsResp = [];
                        m.bucketsResp.push($root.fluss.PbListOffsetsRespForBucket.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a ListOffsetsResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.ListOffsetsResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.ListOffsetsResponse & fluss.ListOffsetsResponse.$Shape} ListOffsetsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ListOffsetsResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a ListOffsetsResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.ListOffsetsResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.ListOffsetsResponse} ListOffsetsResponse
         */
        ListOffsetsResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.ListOffsetsResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.ListOffsetsResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.ListOffsetsResponse();
            if (d.bucketsResp) {
                if (!$Array.isArray(d.bucketsResp))
                    throw $TypeError(".fluss.ListOffsetsResponse.bucketsResp: array expected");
                m.bucketsResp = $Array(d.bucketsResp.length);
                for (var i = 0; i < d.bucketsResp.length; ++i) {
                    if (!$util.isObject(d.bucketsResp[i]))
                        throw $TypeError(".fluss.ListOffsetsResponse.bucketsResp: object expected");
                    m.bucketsResp[i] = $root.fluss.PbListOffsetsRespForBucket.fromObject(d.bucketsResp[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a ListOffsetsResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.ListOffsetsResponse
         * @static
         * @param {fluss.ListOffsetsResponse} m ListOffsetsResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ListOffsetsResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.bucketsResp = [];
            }
            if (m.bucketsResp && m.bucketsResp.length) {
                d.bucketsResp = $Array(m.bucketsResp.length);
                for (var j = 0; j < m.bucketsResp.length; ++j) {
                    d.bucketsResp[j] = $root.fluss.PbListOffsetsRespForBucket.toObject(m.bucketsResp[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this ListOffsetsResponse to JSON.
         * @function toJSON
         * @memberof fluss.ListOffsetsResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ListOffsetsResponse.prototype.toJSON = function() {
            return ListOffsetsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ListOffsetsResponse
         * @function getTypeUrl
         * @memberof fluss.ListOffsetsResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ListOffsetsResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.ListOffsetsResponse";
        };

        return ListOffsetsResponse;
    })();

    fluss.PbFetchLogReqForBucket = (function() {

        /**
         * Properties of a PbFetchLogReqForBucket.
         * @typedef {Object} fluss.PbFetchLogReqForBucket.$Properties
         * @property {Long|null} [partitionId] PbFetchLogReqForBucket partitionId
         * @property {number} bucketId PbFetchLogReqForBucket bucketId
         * @property {Long} fetchOffset PbFetchLogReqForBucket fetchOffset
         * @property {number} maxFetchBytes PbFetchLogReqForBucket maxFetchBytes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbFetchLogReqForBucket.
         * @memberof fluss
         * @interface IPbFetchLogReqForBucket
         * @augments fluss.PbFetchLogReqForBucket.$Properties
         * @deprecated Use fluss.PbFetchLogReqForBucket.$Properties instead.
         */

        /**
         * Shape of a PbFetchLogReqForBucket.
         * @typedef {fluss.PbFetchLogReqForBucket.$Properties} fluss.PbFetchLogReqForBucket.$Shape
         */

        /**
         * Constructs a new PbFetchLogReqForBucket.
         * @memberof fluss
         * @classdesc Represents a PbFetchLogReqForBucket.
         * @constructor
         * @param {fluss.PbFetchLogReqForBucket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbFetchLogReqForBucket = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbFetchLogReqForBucket partitionId.
         * @member {Long} partitionId
         * @memberof fluss.PbFetchLogReqForBucket
         * @instance
         */
        PbFetchLogReqForBucket.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbFetchLogReqForBucket bucketId.
         * @member {number} bucketId
         * @memberof fluss.PbFetchLogReqForBucket
         * @instance
         */
        PbFetchLogReqForBucket.prototype.bucketId = 0;

        /**
         * PbFetchLogReqForBucket fetchOffset.
         * @member {Long} fetchOffset
         * @memberof fluss.PbFetchLogReqForBucket
         * @instance
         */
        PbFetchLogReqForBucket.prototype.fetchOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbFetchLogReqForBucket maxFetchBytes.
         * @member {number} maxFetchBytes
         * @memberof fluss.PbFetchLogReqForBucket
         * @instance
         */
        PbFetchLogReqForBucket.prototype.maxFetchBytes = 0;

        /**
         * Creates a new PbFetchLogReqForBucket instance using the specified properties.
         * @function create
         * @memberof fluss.PbFetchLogReqForBucket
         * @static
         * @param {fluss.PbFetchLogReqForBucket.$Properties=} [properties] Properties to set
         * @returns {fluss.PbFetchLogReqForBucket} PbFetchLogReqForBucket instance
         * @type {{
         *   (properties: fluss.PbFetchLogReqForBucket.$Shape): fluss.PbFetchLogReqForBucket & fluss.PbFetchLogReqForBucket.$Shape;
         *   (properties?: fluss.PbFetchLogReqForBucket.$Properties): fluss.PbFetchLogReqForBucket;
         * }}
         */
        PbFetchLogReqForBucket.create = function(properties) {
            return new PbFetchLogReqForBucket(properties);
        };

        /**
         * Encodes the specified PbFetchLogReqForBucket message. Does not implicitly {@link fluss.PbFetchLogReqForBucket.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbFetchLogReqForBucket
         * @static
         * @param {fluss.PbFetchLogReqForBucket.$Properties} m PbFetchLogReqForBucket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbFetchLogReqForBucket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId"))
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.partitionId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.bucketId);
            w.uint32(/* id 3, wireType 0 =*/24).int64(m.fetchOffset);
            w.uint32(/* id 4, wireType 0 =*/32).int32(m.maxFetchBytes);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbFetchLogReqForBucket message, length delimited. Does not implicitly {@link fluss.PbFetchLogReqForBucket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbFetchLogReqForBucket
         * @static
         * @param {fluss.PbFetchLogReqForBucket.$Properties} message PbFetchLogReqForBucket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbFetchLogReqForBucket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbFetchLogReqForBucket message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbFetchLogReqForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbFetchLogReqForBucket & fluss.PbFetchLogReqForBucket.$Shape} PbFetchLogReqForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbFetchLogReqForBucket.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbFetchLogReqForBucket();
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
                        m.partitionId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.bucketId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.fetchOffset = r.int64();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.maxFetchBytes = r.int32();
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
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "fetchOffset"))
                throw $util.ProtocolError("missing required 'fetchOffset'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "maxFetchBytes"))
                throw $util.ProtocolError("missing required 'maxFetchBytes'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbFetchLogReqForBucket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbFetchLogReqForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbFetchLogReqForBucket & fluss.PbFetchLogReqForBucket.$Shape} PbFetchLogReqForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbFetchLogReqForBucket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbFetchLogReqForBucket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbFetchLogReqForBucket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbFetchLogReqForBucket} PbFetchLogReqForBucket
         */
        PbFetchLogReqForBucket.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbFetchLogReqForBucket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbFetchLogReqForBucket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbFetchLogReqForBucket();
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.fetchOffset != null) {
                if ($util.Long)
                    m.fetchOffset = $util.Long.fromValue(d.fetchOffset, false);
                else if (typeof d.fetchOffset === "string")
                    m.fetchOffset = $parseInt(d.fetchOffset, 10);
                else if (typeof d.fetchOffset === "number")
                    m.fetchOffset = d.fetchOffset;
                else if (typeof d.fetchOffset === "object")
                    m.fetchOffset = new $util.LongBits(d.fetchOffset.low >>> 0, d.fetchOffset.high >>> 0).toNumber();
            }
            if (d.maxFetchBytes != null) {
                m.maxFetchBytes = d.maxFetchBytes | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a PbFetchLogReqForBucket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbFetchLogReqForBucket
         * @static
         * @param {fluss.PbFetchLogReqForBucket} m PbFetchLogReqForBucket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbFetchLogReqForBucket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.bucketId = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.fetchOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.fetchOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.maxFetchBytes = 0;
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.fetchOffset != null && $Object.hasOwnProperty.call(m, "fetchOffset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.fetchOffset = typeof m.fetchOffset === "number" ? $BigInt(m.fetchOffset) : $util.Long.fromBits(m.fetchOffset.low >>> 0, m.fetchOffset.high >>> 0, false).toBigInt();
                else if (typeof m.fetchOffset === "number")
                    d.fetchOffset = o.longs === $String ? $String(m.fetchOffset) : m.fetchOffset;
                else
                    d.fetchOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.fetchOffset) : o.longs === $Number ? new $util.LongBits(m.fetchOffset.low >>> 0, m.fetchOffset.high >>> 0).toNumber() : m.fetchOffset;
            }
            if (m.maxFetchBytes != null && $Object.hasOwnProperty.call(m, "maxFetchBytes")) {
                d.maxFetchBytes = m.maxFetchBytes;
            }
            return d;
        };

        /**
         * Converts this PbFetchLogReqForBucket to JSON.
         * @function toJSON
         * @memberof fluss.PbFetchLogReqForBucket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbFetchLogReqForBucket.prototype.toJSON = function() {
            return PbFetchLogReqForBucket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbFetchLogReqForBucket
         * @function getTypeUrl
         * @memberof fluss.PbFetchLogReqForBucket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbFetchLogReqForBucket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbFetchLogReqForBucket";
        };

        return PbFetchLogReqForBucket;
    })();

    fluss.PbFetchLogReqForTable = (function() {

        /**
         * Properties of a PbFetchLogReqForTable.
         * @typedef {Object} fluss.PbFetchLogReqForTable.$Properties
         * @property {Long} tableId PbFetchLogReqForTable tableId
         * @property {boolean} projectionPushdownEnabled PbFetchLogReqForTable projectionPushdownEnabled
         * @property {Array.<number>|null} [projectedFields] PbFetchLogReqForTable projectedFields
         * @property {Array.<fluss.PbFetchLogReqForBucket.$Properties>|null} [bucketsReq] PbFetchLogReqForTable bucketsReq
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbFetchLogReqForTable.
         * @memberof fluss
         * @interface IPbFetchLogReqForTable
         * @augments fluss.PbFetchLogReqForTable.$Properties
         * @deprecated Use fluss.PbFetchLogReqForTable.$Properties instead.
         */

        /**
         * Shape of a PbFetchLogReqForTable.
         * @typedef {fluss.PbFetchLogReqForTable.$Properties} fluss.PbFetchLogReqForTable.$Shape
         */

        /**
         * Constructs a new PbFetchLogReqForTable.
         * @memberof fluss
         * @classdesc Represents a PbFetchLogReqForTable.
         * @constructor
         * @param {fluss.PbFetchLogReqForTable.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbFetchLogReqForTable = function (p) {
            this.projectedFields = [];
            this.bucketsReq = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbFetchLogReqForTable tableId.
         * @member {Long} tableId
         * @memberof fluss.PbFetchLogReqForTable
         * @instance
         */
        PbFetchLogReqForTable.prototype.tableId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbFetchLogReqForTable projectionPushdownEnabled.
         * @member {boolean} projectionPushdownEnabled
         * @memberof fluss.PbFetchLogReqForTable
         * @instance
         */
        PbFetchLogReqForTable.prototype.projectionPushdownEnabled = false;

        /**
         * PbFetchLogReqForTable projectedFields.
         * @member {Array.<number>} projectedFields
         * @memberof fluss.PbFetchLogReqForTable
         * @instance
         */
        PbFetchLogReqForTable.prototype.projectedFields = $util.emptyArray;

        /**
         * PbFetchLogReqForTable bucketsReq.
         * @member {Array.<fluss.PbFetchLogReqForBucket.$Properties>} bucketsReq
         * @memberof fluss.PbFetchLogReqForTable
         * @instance
         */
        PbFetchLogReqForTable.prototype.bucketsReq = $util.emptyArray;

        /**
         * Creates a new PbFetchLogReqForTable instance using the specified properties.
         * @function create
         * @memberof fluss.PbFetchLogReqForTable
         * @static
         * @param {fluss.PbFetchLogReqForTable.$Properties=} [properties] Properties to set
         * @returns {fluss.PbFetchLogReqForTable} PbFetchLogReqForTable instance
         * @type {{
         *   (properties: fluss.PbFetchLogReqForTable.$Shape): fluss.PbFetchLogReqForTable & fluss.PbFetchLogReqForTable.$Shape;
         *   (properties?: fluss.PbFetchLogReqForTable.$Properties): fluss.PbFetchLogReqForTable;
         * }}
         */
        PbFetchLogReqForTable.create = function(properties) {
            return new PbFetchLogReqForTable(properties);
        };

        /**
         * Encodes the specified PbFetchLogReqForTable message. Does not implicitly {@link fluss.PbFetchLogReqForTable.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbFetchLogReqForTable
         * @static
         * @param {fluss.PbFetchLogReqForTable.$Properties} m PbFetchLogReqForTable message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbFetchLogReqForTable.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int64(m.tableId);
            w.uint32(/* id 2, wireType 0 =*/16).bool(m.projectionPushdownEnabled);
            if (m.projectedFields != null && m.projectedFields.length) {
                w.uint32(/* id 3, wireType 2 =*/26).int32s(m.projectedFields);
            }
            if (m.bucketsReq != null && m.bucketsReq.length) {
                for (var i = 0; i < m.bucketsReq.length; ++i)
                    $root.fluss.PbFetchLogReqForBucket.encode(m.bucketsReq[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbFetchLogReqForTable message, length delimited. Does not implicitly {@link fluss.PbFetchLogReqForTable.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbFetchLogReqForTable
         * @static
         * @param {fluss.PbFetchLogReqForTable.$Properties} message PbFetchLogReqForTable message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbFetchLogReqForTable.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbFetchLogReqForTable message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbFetchLogReqForTable
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbFetchLogReqForTable & fluss.PbFetchLogReqForTable.$Shape} PbFetchLogReqForTable
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbFetchLogReqForTable.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbFetchLogReqForTable();
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
                        m.tableId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.projectionPushdownEnabled = r.bool();
                        continue;
                    }
                case 3: {
                        if (u === 2) {
                            if (!(m.projectedFields && m.projectedFields.length))
                                m.projectedFields = [];
                            r.int32s(m.projectedFields);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.projectedFields && m.projectedFields.length))
                            m.projectedFields = [];
                        m.projectedFields.push(r.int32());
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.bucketsReq && m.bucketsReq.length))
                            m.bucketsReq = [];
                        m.bucketsReq.push($root.fluss.PbFetchLogReqForBucket.decode(r, r.size(), $undefined, q + 1));
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
            if (!$Object.hasOwnProperty.call(m, "tableId"))
                throw $util.ProtocolError("missing required 'tableId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "projectionPushdownEnabled"))
                throw $util.ProtocolError("missing required 'projectionPushdownEnabled'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbFetchLogReqForTable message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbFetchLogReqForTable
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbFetchLogReqForTable & fluss.PbFetchLogReqForTable.$Shape} PbFetchLogReqForTable
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbFetchLogReqForTable.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbFetchLogReqForTable message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbFetchLogReqForTable
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbFetchLogReqForTable} PbFetchLogReqForTable
         */
        PbFetchLogReqForTable.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbFetchLogReqForTable)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbFetchLogReqForTable: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbFetchLogReqForTable();
            if (d.tableId != null) {
                if ($util.Long)
                    m.tableId = $util.Long.fromValue(d.tableId, false);
                else if (typeof d.tableId === "string")
                    m.tableId = $parseInt(d.tableId, 10);
                else if (typeof d.tableId === "number")
                    m.tableId = d.tableId;
                else if (typeof d.tableId === "object")
                    m.tableId = new $util.LongBits(d.tableId.low >>> 0, d.tableId.high >>> 0).toNumber();
            }
            if (d.projectionPushdownEnabled != null) {
                m.projectionPushdownEnabled = $Boolean(d.projectionPushdownEnabled);
            }
            if (d.projectedFields) {
                if (!$Array.isArray(d.projectedFields))
                    throw $TypeError(".fluss.PbFetchLogReqForTable.projectedFields: array expected");
                m.projectedFields = $Array(d.projectedFields.length);
                for (var i = 0; i < d.projectedFields.length; ++i) {
                    m.projectedFields[i] = d.projectedFields[i] | 0;
                }
            }
            if (d.bucketsReq) {
                if (!$Array.isArray(d.bucketsReq))
                    throw $TypeError(".fluss.PbFetchLogReqForTable.bucketsReq: array expected");
                m.bucketsReq = $Array(d.bucketsReq.length);
                for (var i = 0; i < d.bucketsReq.length; ++i) {
                    if (!$util.isObject(d.bucketsReq[i]))
                        throw $TypeError(".fluss.PbFetchLogReqForTable.bucketsReq: object expected");
                    m.bucketsReq[i] = $root.fluss.PbFetchLogReqForBucket.fromObject(d.bucketsReq[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PbFetchLogReqForTable message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbFetchLogReqForTable
         * @static
         * @param {fluss.PbFetchLogReqForTable} m PbFetchLogReqForTable
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbFetchLogReqForTable.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.projectedFields = [];
                d.bucketsReq = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.tableId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tableId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.projectionPushdownEnabled = false;
            }
            if (m.tableId != null && $Object.hasOwnProperty.call(m, "tableId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tableId = typeof m.tableId === "number" ? $BigInt(m.tableId) : $util.Long.fromBits(m.tableId.low >>> 0, m.tableId.high >>> 0, false).toBigInt();
                else if (typeof m.tableId === "number")
                    d.tableId = o.longs === $String ? $String(m.tableId) : m.tableId;
                else
                    d.tableId = o.longs === $String ? $util.Long.prototype.toString.call(m.tableId) : o.longs === $Number ? new $util.LongBits(m.tableId.low >>> 0, m.tableId.high >>> 0).toNumber() : m.tableId;
            }
            if (m.projectionPushdownEnabled != null && $Object.hasOwnProperty.call(m, "projectionPushdownEnabled")) {
                d.projectionPushdownEnabled = m.projectionPushdownEnabled;
            }
            if (m.projectedFields && m.projectedFields.length) {
                d.projectedFields = $Array(m.projectedFields.length);
                for (var j = 0; j < m.projectedFields.length; ++j) {
                    d.projectedFields[j] = m.projectedFields[j];
                }
            }
            if (m.bucketsReq && m.bucketsReq.length) {
                d.bucketsReq = $Array(m.bucketsReq.length);
                for (var j = 0; j < m.bucketsReq.length; ++j) {
                    d.bucketsReq[j] = $root.fluss.PbFetchLogReqForBucket.toObject(m.bucketsReq[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this PbFetchLogReqForTable to JSON.
         * @function toJSON
         * @memberof fluss.PbFetchLogReqForTable
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbFetchLogReqForTable.prototype.toJSON = function() {
            return PbFetchLogReqForTable.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbFetchLogReqForTable
         * @function getTypeUrl
         * @memberof fluss.PbFetchLogReqForTable
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbFetchLogReqForTable.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbFetchLogReqForTable";
        };

        return PbFetchLogReqForTable;
    })();

    fluss.FetchLogRequest = (function() {

        /**
         * Properties of a FetchLogRequest.
         * @typedef {Object} fluss.FetchLogRequest.$Properties
         * @property {number} followerServerId FetchLogRequest followerServerId
         * @property {number} maxBytes FetchLogRequest maxBytes
         * @property {Array.<fluss.PbFetchLogReqForTable.$Properties>|null} [tablesReq] FetchLogRequest tablesReq
         * @property {number|null} [maxWaitMs] FetchLogRequest maxWaitMs
         * @property {number|null} [minBytes] FetchLogRequest minBytes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FetchLogRequest.
         * @memberof fluss
         * @interface IFetchLogRequest
         * @augments fluss.FetchLogRequest.$Properties
         * @deprecated Use fluss.FetchLogRequest.$Properties instead.
         */

        /**
         * Shape of a FetchLogRequest.
         * @typedef {fluss.FetchLogRequest.$Properties} fluss.FetchLogRequest.$Shape
         */

        /**
         * Constructs a new FetchLogRequest.
         * @memberof fluss
         * @classdesc Represents a FetchLogRequest.
         * @constructor
         * @param {fluss.FetchLogRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var FetchLogRequest = function (p) {
            this.tablesReq = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * FetchLogRequest followerServerId.
         * @member {number} followerServerId
         * @memberof fluss.FetchLogRequest
         * @instance
         */
        FetchLogRequest.prototype.followerServerId = 0;

        /**
         * FetchLogRequest maxBytes.
         * @member {number} maxBytes
         * @memberof fluss.FetchLogRequest
         * @instance
         */
        FetchLogRequest.prototype.maxBytes = 0;

        /**
         * FetchLogRequest tablesReq.
         * @member {Array.<fluss.PbFetchLogReqForTable.$Properties>} tablesReq
         * @memberof fluss.FetchLogRequest
         * @instance
         */
        FetchLogRequest.prototype.tablesReq = $util.emptyArray;

        /**
         * FetchLogRequest maxWaitMs.
         * @member {number} maxWaitMs
         * @memberof fluss.FetchLogRequest
         * @instance
         */
        FetchLogRequest.prototype.maxWaitMs = 0;

        /**
         * FetchLogRequest minBytes.
         * @member {number} minBytes
         * @memberof fluss.FetchLogRequest
         * @instance
         */
        FetchLogRequest.prototype.minBytes = 0;

        /**
         * Creates a new FetchLogRequest instance using the specified properties.
         * @function create
         * @memberof fluss.FetchLogRequest
         * @static
         * @param {fluss.FetchLogRequest.$Properties=} [properties] Properties to set
         * @returns {fluss.FetchLogRequest} FetchLogRequest instance
         * @type {{
         *   (properties: fluss.FetchLogRequest.$Shape): fluss.FetchLogRequest & fluss.FetchLogRequest.$Shape;
         *   (properties?: fluss.FetchLogRequest.$Properties): fluss.FetchLogRequest;
         * }}
         */
        FetchLogRequest.create = function(properties) {
            return new FetchLogRequest(properties);
        };

        /**
         * Encodes the specified FetchLogRequest message. Does not implicitly {@link fluss.FetchLogRequest.verify|verify} messages.
         * @function encode
         * @memberof fluss.FetchLogRequest
         * @static
         * @param {fluss.FetchLogRequest.$Properties} m FetchLogRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FetchLogRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.followerServerId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.maxBytes);
            if (m.tablesReq != null && m.tablesReq.length) {
                for (var i = 0; i < m.tablesReq.length; ++i)
                    $root.fluss.PbFetchLogReqForTable.encode(m.tablesReq[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.maxWaitMs != null && $Object.hasOwnProperty.call(m, "maxWaitMs"))
                w.uint32(/* id 4, wireType 0 =*/32).int32(m.maxWaitMs);
            if (m.minBytes != null && $Object.hasOwnProperty.call(m, "minBytes"))
                w.uint32(/* id 5, wireType 0 =*/40).int32(m.minBytes);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified FetchLogRequest message, length delimited. Does not implicitly {@link fluss.FetchLogRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.FetchLogRequest
         * @static
         * @param {fluss.FetchLogRequest.$Properties} message FetchLogRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FetchLogRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a FetchLogRequest message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.FetchLogRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.FetchLogRequest & fluss.FetchLogRequest.$Shape} FetchLogRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FetchLogRequest.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.FetchLogRequest();
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
                        m.followerServerId = r.int32();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.maxBytes = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.tablesReq && m.tablesReq.length))
                            m.tablesReq = [];
                        m.tablesReq.push($root.fluss.PbFetchLogReqForTable.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.maxWaitMs = r.int32();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.minBytes = r.int32();
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
            if (!$Object.hasOwnProperty.call(m, "followerServerId"))
                throw $util.ProtocolError("missing required 'followerServerId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "maxBytes"))
                throw $util.ProtocolError("missing required 'maxBytes'", { instance: m });
            return m;
        };

        /**
         * Decodes a FetchLogRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.FetchLogRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.FetchLogRequest & fluss.FetchLogRequest.$Shape} FetchLogRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FetchLogRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a FetchLogRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.FetchLogRequest
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.FetchLogRequest} FetchLogRequest
         */
        FetchLogRequest.fromObject = function (d, q) {
            if (d instanceof $root.fluss.FetchLogRequest)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.FetchLogRequest: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.FetchLogRequest();
            if (d.followerServerId != null) {
                m.followerServerId = d.followerServerId | 0;
            }
            if (d.maxBytes != null) {
                m.maxBytes = d.maxBytes | 0;
            }
            if (d.tablesReq) {
                if (!$Array.isArray(d.tablesReq))
                    throw $TypeError(".fluss.FetchLogRequest.tablesReq: array expected");
                m.tablesReq = $Array(d.tablesReq.length);
                for (var i = 0; i < d.tablesReq.length; ++i) {
                    if (!$util.isObject(d.tablesReq[i]))
                        throw $TypeError(".fluss.FetchLogRequest.tablesReq: object expected");
                    m.tablesReq[i] = $root.fluss.PbFetchLogReqForTable.fromObject(d.tablesReq[i], q + 1);
                }
            }
            if (d.maxWaitMs != null) {
                m.maxWaitMs = d.maxWaitMs | 0;
            }
            if (d.minBytes != null) {
                m.minBytes = d.minBytes | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a FetchLogRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.FetchLogRequest
         * @static
         * @param {fluss.FetchLogRequest} m FetchLogRequest
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FetchLogRequest.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.tablesReq = [];
            }
            if (o.defaults) {
                d.followerServerId = 0;
                d.maxBytes = 0;
                d.maxWaitMs = 0;
                d.minBytes = 0;
            }
            if (m.followerServerId != null && $Object.hasOwnProperty.call(m, "followerServerId")) {
                d.followerServerId = m.followerServerId;
            }
            if (m.maxBytes != null && $Object.hasOwnProperty.call(m, "maxBytes")) {
                d.maxBytes = m.maxBytes;
            }
            if (m.tablesReq && m.tablesReq.length) {
                d.tablesReq = $Array(m.tablesReq.length);
                for (var j = 0; j < m.tablesReq.length; ++j) {
                    d.tablesReq[j] = $root.fluss.PbFetchLogReqForTable.toObject(m.tablesReq[j], o, q + 1);
                }
            }
            if (m.maxWaitMs != null && $Object.hasOwnProperty.call(m, "maxWaitMs")) {
                d.maxWaitMs = m.maxWaitMs;
            }
            if (m.minBytes != null && $Object.hasOwnProperty.call(m, "minBytes")) {
                d.minBytes = m.minBytes;
            }
            return d;
        };

        /**
         * Converts this FetchLogRequest to JSON.
         * @function toJSON
         * @memberof fluss.FetchLogRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FetchLogRequest.prototype.toJSON = function() {
            return FetchLogRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for FetchLogRequest
         * @function getTypeUrl
         * @memberof fluss.FetchLogRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FetchLogRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.FetchLogRequest";
        };

        return FetchLogRequest;
    })();

    fluss.PbRemoteLogSegment = (function() {

        /**
         * Properties of a PbRemoteLogSegment.
         * @typedef {Object} fluss.PbRemoteLogSegment.$Properties
         * @property {string} remoteLogSegmentId PbRemoteLogSegment remoteLogSegmentId
         * @property {Long} remoteLogStartOffset PbRemoteLogSegment remoteLogStartOffset
         * @property {Long} remoteLogEndOffset PbRemoteLogSegment remoteLogEndOffset
         * @property {number} segmentSizeInBytes PbRemoteLogSegment segmentSizeInBytes
         * @property {Long|null} [maxTimestamp] PbRemoteLogSegment maxTimestamp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbRemoteLogSegment.
         * @memberof fluss
         * @interface IPbRemoteLogSegment
         * @augments fluss.PbRemoteLogSegment.$Properties
         * @deprecated Use fluss.PbRemoteLogSegment.$Properties instead.
         */

        /**
         * Shape of a PbRemoteLogSegment.
         * @typedef {fluss.PbRemoteLogSegment.$Properties} fluss.PbRemoteLogSegment.$Shape
         */

        /**
         * Constructs a new PbRemoteLogSegment.
         * @memberof fluss
         * @classdesc Represents a PbRemoteLogSegment.
         * @constructor
         * @param {fluss.PbRemoteLogSegment.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbRemoteLogSegment = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbRemoteLogSegment remoteLogSegmentId.
         * @member {string} remoteLogSegmentId
         * @memberof fluss.PbRemoteLogSegment
         * @instance
         */
        PbRemoteLogSegment.prototype.remoteLogSegmentId = "";

        /**
         * PbRemoteLogSegment remoteLogStartOffset.
         * @member {Long} remoteLogStartOffset
         * @memberof fluss.PbRemoteLogSegment
         * @instance
         */
        PbRemoteLogSegment.prototype.remoteLogStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbRemoteLogSegment remoteLogEndOffset.
         * @member {Long} remoteLogEndOffset
         * @memberof fluss.PbRemoteLogSegment
         * @instance
         */
        PbRemoteLogSegment.prototype.remoteLogEndOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbRemoteLogSegment segmentSizeInBytes.
         * @member {number} segmentSizeInBytes
         * @memberof fluss.PbRemoteLogSegment
         * @instance
         */
        PbRemoteLogSegment.prototype.segmentSizeInBytes = 0;

        /**
         * PbRemoteLogSegment maxTimestamp.
         * @member {Long} maxTimestamp
         * @memberof fluss.PbRemoteLogSegment
         * @instance
         */
        PbRemoteLogSegment.prototype.maxTimestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new PbRemoteLogSegment instance using the specified properties.
         * @function create
         * @memberof fluss.PbRemoteLogSegment
         * @static
         * @param {fluss.PbRemoteLogSegment.$Properties=} [properties] Properties to set
         * @returns {fluss.PbRemoteLogSegment} PbRemoteLogSegment instance
         * @type {{
         *   (properties: fluss.PbRemoteLogSegment.$Shape): fluss.PbRemoteLogSegment & fluss.PbRemoteLogSegment.$Shape;
         *   (properties?: fluss.PbRemoteLogSegment.$Properties): fluss.PbRemoteLogSegment;
         * }}
         */
        PbRemoteLogSegment.create = function(properties) {
            return new PbRemoteLogSegment(properties);
        };

        /**
         * Encodes the specified PbRemoteLogSegment message. Does not implicitly {@link fluss.PbRemoteLogSegment.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbRemoteLogSegment
         * @static
         * @param {fluss.PbRemoteLogSegment.$Properties} m PbRemoteLogSegment message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbRemoteLogSegment.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.remoteLogSegmentId);
            w.uint32(/* id 2, wireType 0 =*/16).int64(m.remoteLogStartOffset);
            w.uint32(/* id 3, wireType 0 =*/24).int64(m.remoteLogEndOffset);
            w.uint32(/* id 4, wireType 0 =*/32).int32(m.segmentSizeInBytes);
            if (m.maxTimestamp != null && $Object.hasOwnProperty.call(m, "maxTimestamp"))
                w.uint32(/* id 5, wireType 0 =*/40).int64(m.maxTimestamp);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbRemoteLogSegment message, length delimited. Does not implicitly {@link fluss.PbRemoteLogSegment.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbRemoteLogSegment
         * @static
         * @param {fluss.PbRemoteLogSegment.$Properties} message PbRemoteLogSegment message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbRemoteLogSegment.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbRemoteLogSegment message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbRemoteLogSegment
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbRemoteLogSegment & fluss.PbRemoteLogSegment.$Shape} PbRemoteLogSegment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbRemoteLogSegment.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbRemoteLogSegment();
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
                        m.remoteLogSegmentId = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.remoteLogStartOffset = r.int64();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.remoteLogEndOffset = r.int64();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.segmentSizeInBytes = r.int32();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.maxTimestamp = r.int64();
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
            if (!$Object.hasOwnProperty.call(m, "remoteLogSegmentId"))
                throw $util.ProtocolError("missing required 'remoteLogSegmentId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "remoteLogStartOffset"))
                throw $util.ProtocolError("missing required 'remoteLogStartOffset'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "remoteLogEndOffset"))
                throw $util.ProtocolError("missing required 'remoteLogEndOffset'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "segmentSizeInBytes"))
                throw $util.ProtocolError("missing required 'segmentSizeInBytes'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbRemoteLogSegment message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbRemoteLogSegment
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbRemoteLogSegment & fluss.PbRemoteLogSegment.$Shape} PbRemoteLogSegment
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbRemoteLogSegment.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbRemoteLogSegment message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbRemoteLogSegment
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbRemoteLogSegment} PbRemoteLogSegment
         */
        PbRemoteLogSegment.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbRemoteLogSegment)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbRemoteLogSegment: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbRemoteLogSegment();
            if (d.remoteLogSegmentId != null) {
                m.remoteLogSegmentId = $String(d.remoteLogSegmentId);
            }
            if (d.remoteLogStartOffset != null) {
                if ($util.Long)
                    m.remoteLogStartOffset = $util.Long.fromValue(d.remoteLogStartOffset, false);
                else if (typeof d.remoteLogStartOffset === "string")
                    m.remoteLogStartOffset = $parseInt(d.remoteLogStartOffset, 10);
                else if (typeof d.remoteLogStartOffset === "number")
                    m.remoteLogStartOffset = d.remoteLogStartOffset;
                else if (typeof d.remoteLogStartOffset === "object")
                    m.remoteLogStartOffset = new $util.LongBits(d.remoteLogStartOffset.low >>> 0, d.remoteLogStartOffset.high >>> 0).toNumber();
            }
            if (d.remoteLogEndOffset != null) {
                if ($util.Long)
                    m.remoteLogEndOffset = $util.Long.fromValue(d.remoteLogEndOffset, false);
                else if (typeof d.remoteLogEndOffset === "string")
                    m.remoteLogEndOffset = $parseInt(d.remoteLogEndOffset, 10);
                else if (typeof d.remoteLogEndOffset === "number")
                    m.remoteLogEndOffset = d.remoteLogEndOffset;
                else if (typeof d.remoteLogEndOffset === "object")
                    m.remoteLogEndOffset = new $util.LongBits(d.remoteLogEndOffset.low >>> 0, d.remoteLogEndOffset.high >>> 0).toNumber();
            }
            if (d.segmentSizeInBytes != null) {
                m.segmentSizeInBytes = d.segmentSizeInBytes | 0;
            }
            if (d.maxTimestamp != null) {
                if ($util.Long)
                    m.maxTimestamp = $util.Long.fromValue(d.maxTimestamp, false);
                else if (typeof d.maxTimestamp === "string")
                    m.maxTimestamp = $parseInt(d.maxTimestamp, 10);
                else if (typeof d.maxTimestamp === "number")
                    m.maxTimestamp = d.maxTimestamp;
                else if (typeof d.maxTimestamp === "object")
                    m.maxTimestamp = new $util.LongBits(d.maxTimestamp.low >>> 0, d.maxTimestamp.high >>> 0).toNumber();
            }
            return m;
        };

        /**
         * Creates a plain object from a PbRemoteLogSegment message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbRemoteLogSegment
         * @static
         * @param {fluss.PbRemoteLogSegment} m PbRemoteLogSegment
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbRemoteLogSegment.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.remoteLogSegmentId = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.remoteLogStartOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.remoteLogStartOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.remoteLogEndOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.remoteLogEndOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.segmentSizeInBytes = 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.maxTimestamp = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.maxTimestamp = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.remoteLogSegmentId != null && $Object.hasOwnProperty.call(m, "remoteLogSegmentId")) {
                d.remoteLogSegmentId = m.remoteLogSegmentId;
            }
            if (m.remoteLogStartOffset != null && $Object.hasOwnProperty.call(m, "remoteLogStartOffset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.remoteLogStartOffset = typeof m.remoteLogStartOffset === "number" ? $BigInt(m.remoteLogStartOffset) : $util.Long.fromBits(m.remoteLogStartOffset.low >>> 0, m.remoteLogStartOffset.high >>> 0, false).toBigInt();
                else if (typeof m.remoteLogStartOffset === "number")
                    d.remoteLogStartOffset = o.longs === $String ? $String(m.remoteLogStartOffset) : m.remoteLogStartOffset;
                else
                    d.remoteLogStartOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.remoteLogStartOffset) : o.longs === $Number ? new $util.LongBits(m.remoteLogStartOffset.low >>> 0, m.remoteLogStartOffset.high >>> 0).toNumber() : m.remoteLogStartOffset;
            }
            if (m.remoteLogEndOffset != null && $Object.hasOwnProperty.call(m, "remoteLogEndOffset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.remoteLogEndOffset = typeof m.remoteLogEndOffset === "number" ? $BigInt(m.remoteLogEndOffset) : $util.Long.fromBits(m.remoteLogEndOffset.low >>> 0, m.remoteLogEndOffset.high >>> 0, false).toBigInt();
                else if (typeof m.remoteLogEndOffset === "number")
                    d.remoteLogEndOffset = o.longs === $String ? $String(m.remoteLogEndOffset) : m.remoteLogEndOffset;
                else
                    d.remoteLogEndOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.remoteLogEndOffset) : o.longs === $Number ? new $util.LongBits(m.remoteLogEndOffset.low >>> 0, m.remoteLogEndOffset.high >>> 0).toNumber() : m.remoteLogEndOffset;
            }
            if (m.segmentSizeInBytes != null && $Object.hasOwnProperty.call(m, "segmentSizeInBytes")) {
                d.segmentSizeInBytes = m.segmentSizeInBytes;
            }
            if (m.maxTimestamp != null && $Object.hasOwnProperty.call(m, "maxTimestamp")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.maxTimestamp = typeof m.maxTimestamp === "number" ? $BigInt(m.maxTimestamp) : $util.Long.fromBits(m.maxTimestamp.low >>> 0, m.maxTimestamp.high >>> 0, false).toBigInt();
                else if (typeof m.maxTimestamp === "number")
                    d.maxTimestamp = o.longs === $String ? $String(m.maxTimestamp) : m.maxTimestamp;
                else
                    d.maxTimestamp = o.longs === $String ? $util.Long.prototype.toString.call(m.maxTimestamp) : o.longs === $Number ? new $util.LongBits(m.maxTimestamp.low >>> 0, m.maxTimestamp.high >>> 0).toNumber() : m.maxTimestamp;
            }
            return d;
        };

        /**
         * Converts this PbRemoteLogSegment to JSON.
         * @function toJSON
         * @memberof fluss.PbRemoteLogSegment
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbRemoteLogSegment.prototype.toJSON = function() {
            return PbRemoteLogSegment.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbRemoteLogSegment
         * @function getTypeUrl
         * @memberof fluss.PbRemoteLogSegment
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbRemoteLogSegment.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbRemoteLogSegment";
        };

        return PbRemoteLogSegment;
    })();

    fluss.PbRemoteLogFetchInfo = (function() {

        /**
         * Properties of a PbRemoteLogFetchInfo.
         * @typedef {Object} fluss.PbRemoteLogFetchInfo.$Properties
         * @property {string} remoteLogTabletDir PbRemoteLogFetchInfo remoteLogTabletDir
         * @property {string|null} [partitionName] PbRemoteLogFetchInfo partitionName
         * @property {Array.<fluss.PbRemoteLogSegment.$Properties>|null} [remoteLogSegments] PbRemoteLogFetchInfo remoteLogSegments
         * @property {number|null} [firstStartPos] PbRemoteLogFetchInfo firstStartPos
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbRemoteLogFetchInfo.
         * @memberof fluss
         * @interface IPbRemoteLogFetchInfo
         * @augments fluss.PbRemoteLogFetchInfo.$Properties
         * @deprecated Use fluss.PbRemoteLogFetchInfo.$Properties instead.
         */

        /**
         * Shape of a PbRemoteLogFetchInfo.
         * @typedef {fluss.PbRemoteLogFetchInfo.$Properties} fluss.PbRemoteLogFetchInfo.$Shape
         */

        /**
         * Constructs a new PbRemoteLogFetchInfo.
         * @memberof fluss
         * @classdesc Represents a PbRemoteLogFetchInfo.
         * @constructor
         * @param {fluss.PbRemoteLogFetchInfo.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbRemoteLogFetchInfo = function (p) {
            this.remoteLogSegments = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbRemoteLogFetchInfo remoteLogTabletDir.
         * @member {string} remoteLogTabletDir
         * @memberof fluss.PbRemoteLogFetchInfo
         * @instance
         */
        PbRemoteLogFetchInfo.prototype.remoteLogTabletDir = "";

        /**
         * PbRemoteLogFetchInfo partitionName.
         * @member {string} partitionName
         * @memberof fluss.PbRemoteLogFetchInfo
         * @instance
         */
        PbRemoteLogFetchInfo.prototype.partitionName = "";

        /**
         * PbRemoteLogFetchInfo remoteLogSegments.
         * @member {Array.<fluss.PbRemoteLogSegment.$Properties>} remoteLogSegments
         * @memberof fluss.PbRemoteLogFetchInfo
         * @instance
         */
        PbRemoteLogFetchInfo.prototype.remoteLogSegments = $util.emptyArray;

        /**
         * PbRemoteLogFetchInfo firstStartPos.
         * @member {number} firstStartPos
         * @memberof fluss.PbRemoteLogFetchInfo
         * @instance
         */
        PbRemoteLogFetchInfo.prototype.firstStartPos = 0;

        /**
         * Creates a new PbRemoteLogFetchInfo instance using the specified properties.
         * @function create
         * @memberof fluss.PbRemoteLogFetchInfo
         * @static
         * @param {fluss.PbRemoteLogFetchInfo.$Properties=} [properties] Properties to set
         * @returns {fluss.PbRemoteLogFetchInfo} PbRemoteLogFetchInfo instance
         * @type {{
         *   (properties: fluss.PbRemoteLogFetchInfo.$Shape): fluss.PbRemoteLogFetchInfo & fluss.PbRemoteLogFetchInfo.$Shape;
         *   (properties?: fluss.PbRemoteLogFetchInfo.$Properties): fluss.PbRemoteLogFetchInfo;
         * }}
         */
        PbRemoteLogFetchInfo.create = function(properties) {
            return new PbRemoteLogFetchInfo(properties);
        };

        /**
         * Encodes the specified PbRemoteLogFetchInfo message. Does not implicitly {@link fluss.PbRemoteLogFetchInfo.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbRemoteLogFetchInfo
         * @static
         * @param {fluss.PbRemoteLogFetchInfo.$Properties} m PbRemoteLogFetchInfo message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbRemoteLogFetchInfo.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.remoteLogTabletDir);
            if (m.partitionName != null && $Object.hasOwnProperty.call(m, "partitionName"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.partitionName);
            if (m.remoteLogSegments != null && m.remoteLogSegments.length) {
                for (var i = 0; i < m.remoteLogSegments.length; ++i)
                    $root.fluss.PbRemoteLogSegment.encode(m.remoteLogSegments[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.firstStartPos != null && $Object.hasOwnProperty.call(m, "firstStartPos"))
                w.uint32(/* id 4, wireType 0 =*/32).int32(m.firstStartPos);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbRemoteLogFetchInfo message, length delimited. Does not implicitly {@link fluss.PbRemoteLogFetchInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbRemoteLogFetchInfo
         * @static
         * @param {fluss.PbRemoteLogFetchInfo.$Properties} message PbRemoteLogFetchInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbRemoteLogFetchInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbRemoteLogFetchInfo message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbRemoteLogFetchInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbRemoteLogFetchInfo & fluss.PbRemoteLogFetchInfo.$Shape} PbRemoteLogFetchInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbRemoteLogFetchInfo.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbRemoteLogFetchInfo();
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
                        m.remoteLogTabletDir = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.partitionName = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.remoteLogSegments && m.remoteLogSegments.length))
                            m.remoteLogSegments = [];
                        m.remoteLogSegments.push($root.fluss.PbRemoteLogSegment.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.firstStartPos = r.int32();
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
            if (!$Object.hasOwnProperty.call(m, "remoteLogTabletDir"))
                throw $util.ProtocolError("missing required 'remoteLogTabletDir'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbRemoteLogFetchInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbRemoteLogFetchInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbRemoteLogFetchInfo & fluss.PbRemoteLogFetchInfo.$Shape} PbRemoteLogFetchInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbRemoteLogFetchInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbRemoteLogFetchInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbRemoteLogFetchInfo
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbRemoteLogFetchInfo} PbRemoteLogFetchInfo
         */
        PbRemoteLogFetchInfo.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbRemoteLogFetchInfo)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbRemoteLogFetchInfo: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbRemoteLogFetchInfo();
            if (d.remoteLogTabletDir != null) {
                m.remoteLogTabletDir = $String(d.remoteLogTabletDir);
            }
            if (d.partitionName != null) {
                m.partitionName = $String(d.partitionName);
            }
            if (d.remoteLogSegments) {
                if (!$Array.isArray(d.remoteLogSegments))
                    throw $TypeError(".fluss.PbRemoteLogFetchInfo.remoteLogSegments: array expected");
                m.remoteLogSegments = $Array(d.remoteLogSegments.length);
                for (var i = 0; i < d.remoteLogSegments.length; ++i) {
                    if (!$util.isObject(d.remoteLogSegments[i]))
                        throw $TypeError(".fluss.PbRemoteLogFetchInfo.remoteLogSegments: object expected");
                    m.remoteLogSegments[i] = $root.fluss.PbRemoteLogSegment.fromObject(d.remoteLogSegments[i], q + 1);
                }
            }
            if (d.firstStartPos != null) {
                m.firstStartPos = d.firstStartPos | 0;
            }
            return m;
        };

        /**
         * Creates a plain object from a PbRemoteLogFetchInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbRemoteLogFetchInfo
         * @static
         * @param {fluss.PbRemoteLogFetchInfo} m PbRemoteLogFetchInfo
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbRemoteLogFetchInfo.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.remoteLogSegments = [];
            }
            if (o.defaults) {
                d.remoteLogTabletDir = "";
                d.partitionName = "";
                d.firstStartPos = 0;
            }
            if (m.remoteLogTabletDir != null && $Object.hasOwnProperty.call(m, "remoteLogTabletDir")) {
                d.remoteLogTabletDir = m.remoteLogTabletDir;
            }
            if (m.partitionName != null && $Object.hasOwnProperty.call(m, "partitionName")) {
                d.partitionName = m.partitionName;
            }
            if (m.remoteLogSegments && m.remoteLogSegments.length) {
                d.remoteLogSegments = $Array(m.remoteLogSegments.length);
                for (var j = 0; j < m.remoteLogSegments.length; ++j) {
                    d.remoteLogSegments[j] = $root.fluss.PbRemoteLogSegment.toObject(m.remoteLogSegments[j], o, q + 1);
                }
            }
            if (m.firstStartPos != null && $Object.hasOwnProperty.call(m, "firstStartPos")) {
                d.firstStartPos = m.firstStartPos;
            }
            return d;
        };

        /**
         * Converts this PbRemoteLogFetchInfo to JSON.
         * @function toJSON
         * @memberof fluss.PbRemoteLogFetchInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbRemoteLogFetchInfo.prototype.toJSON = function() {
            return PbRemoteLogFetchInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbRemoteLogFetchInfo
         * @function getTypeUrl
         * @memberof fluss.PbRemoteLogFetchInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbRemoteLogFetchInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbRemoteLogFetchInfo";
        };

        return PbRemoteLogFetchInfo;
    })();

    fluss.PbFetchLogRespForBucket = (function() {

        /**
         * Properties of a PbFetchLogRespForBucket.
         * @typedef {Object} fluss.PbFetchLogRespForBucket.$Properties
         * @property {Long|null} [partitionId] PbFetchLogRespForBucket partitionId
         * @property {number} bucketId PbFetchLogRespForBucket bucketId
         * @property {number|null} [errorCode] PbFetchLogRespForBucket errorCode
         * @property {string|null} [errorMessage] PbFetchLogRespForBucket errorMessage
         * @property {Long|null} [highWatermark] PbFetchLogRespForBucket highWatermark
         * @property {Long|null} [logStartOffset] PbFetchLogRespForBucket logStartOffset
         * @property {fluss.PbRemoteLogFetchInfo.$Properties|null} [remoteLogFetchInfo] PbFetchLogRespForBucket remoteLogFetchInfo
         * @property {Uint8Array|null} [records] PbFetchLogRespForBucket records
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbFetchLogRespForBucket.
         * @memberof fluss
         * @interface IPbFetchLogRespForBucket
         * @augments fluss.PbFetchLogRespForBucket.$Properties
         * @deprecated Use fluss.PbFetchLogRespForBucket.$Properties instead.
         */

        /**
         * Shape of a PbFetchLogRespForBucket.
         * @typedef {fluss.PbFetchLogRespForBucket.$Properties} fluss.PbFetchLogRespForBucket.$Shape
         */

        /**
         * Constructs a new PbFetchLogRespForBucket.
         * @memberof fluss
         * @classdesc Represents a PbFetchLogRespForBucket.
         * @constructor
         * @param {fluss.PbFetchLogRespForBucket.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbFetchLogRespForBucket = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbFetchLogRespForBucket partitionId.
         * @member {Long} partitionId
         * @memberof fluss.PbFetchLogRespForBucket
         * @instance
         */
        PbFetchLogRespForBucket.prototype.partitionId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbFetchLogRespForBucket bucketId.
         * @member {number} bucketId
         * @memberof fluss.PbFetchLogRespForBucket
         * @instance
         */
        PbFetchLogRespForBucket.prototype.bucketId = 0;

        /**
         * PbFetchLogRespForBucket errorCode.
         * @member {number} errorCode
         * @memberof fluss.PbFetchLogRespForBucket
         * @instance
         */
        PbFetchLogRespForBucket.prototype.errorCode = 0;

        /**
         * PbFetchLogRespForBucket errorMessage.
         * @member {string} errorMessage
         * @memberof fluss.PbFetchLogRespForBucket
         * @instance
         */
        PbFetchLogRespForBucket.prototype.errorMessage = "";

        /**
         * PbFetchLogRespForBucket highWatermark.
         * @member {Long} highWatermark
         * @memberof fluss.PbFetchLogRespForBucket
         * @instance
         */
        PbFetchLogRespForBucket.prototype.highWatermark = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbFetchLogRespForBucket logStartOffset.
         * @member {Long} logStartOffset
         * @memberof fluss.PbFetchLogRespForBucket
         * @instance
         */
        PbFetchLogRespForBucket.prototype.logStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbFetchLogRespForBucket remoteLogFetchInfo.
         * @member {fluss.PbRemoteLogFetchInfo.$Properties|null|undefined} remoteLogFetchInfo
         * @memberof fluss.PbFetchLogRespForBucket
         * @instance
         */
        PbFetchLogRespForBucket.prototype.remoteLogFetchInfo = null;

        /**
         * PbFetchLogRespForBucket records.
         * @member {Uint8Array} records
         * @memberof fluss.PbFetchLogRespForBucket
         * @instance
         */
        PbFetchLogRespForBucket.prototype.records = $util.newBuffer([]);

        /**
         * Creates a new PbFetchLogRespForBucket instance using the specified properties.
         * @function create
         * @memberof fluss.PbFetchLogRespForBucket
         * @static
         * @param {fluss.PbFetchLogRespForBucket.$Properties=} [properties] Properties to set
         * @returns {fluss.PbFetchLogRespForBucket} PbFetchLogRespForBucket instance
         * @type {{
         *   (properties: fluss.PbFetchLogRespForBucket.$Shape): fluss.PbFetchLogRespForBucket & fluss.PbFetchLogRespForBucket.$Shape;
         *   (properties?: fluss.PbFetchLogRespForBucket.$Properties): fluss.PbFetchLogRespForBucket;
         * }}
         */
        PbFetchLogRespForBucket.create = function(properties) {
            return new PbFetchLogRespForBucket(properties);
        };

        /**
         * Encodes the specified PbFetchLogRespForBucket message. Does not implicitly {@link fluss.PbFetchLogRespForBucket.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbFetchLogRespForBucket
         * @static
         * @param {fluss.PbFetchLogRespForBucket.$Properties} m PbFetchLogRespForBucket message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbFetchLogRespForBucket.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId"))
                w.uint32(/* id 1, wireType 0 =*/8).int64(m.partitionId);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.bucketId);
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode"))
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.errorCode);
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage"))
                w.uint32(/* id 4, wireType 2 =*/34).string(m.errorMessage);
            if (m.highWatermark != null && $Object.hasOwnProperty.call(m, "highWatermark"))
                w.uint32(/* id 5, wireType 0 =*/40).int64(m.highWatermark);
            if (m.logStartOffset != null && $Object.hasOwnProperty.call(m, "logStartOffset"))
                w.uint32(/* id 6, wireType 0 =*/48).int64(m.logStartOffset);
            if (m.remoteLogFetchInfo != null && $Object.hasOwnProperty.call(m, "remoteLogFetchInfo"))
                $root.fluss.PbRemoteLogFetchInfo.encode(m.remoteLogFetchInfo, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (m.records != null && $Object.hasOwnProperty.call(m, "records"))
                w.uint32(/* id 8, wireType 2 =*/66).bytes(m.records);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbFetchLogRespForBucket message, length delimited. Does not implicitly {@link fluss.PbFetchLogRespForBucket.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbFetchLogRespForBucket
         * @static
         * @param {fluss.PbFetchLogRespForBucket.$Properties} message PbFetchLogRespForBucket message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbFetchLogRespForBucket.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbFetchLogRespForBucket message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbFetchLogRespForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbFetchLogRespForBucket & fluss.PbFetchLogRespForBucket.$Shape} PbFetchLogRespForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbFetchLogRespForBucket.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbFetchLogRespForBucket();
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
                        m.partitionId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.bucketId = r.int32();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.errorCode = r.int32();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.errorMessage = r.string();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.highWatermark = r.int64();
                        continue;
                    }
                case 6: {
                        if (u !== 0)
                            break;
                        m.logStartOffset = r.int64();
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.remoteLogFetchInfo = $root.fluss.PbRemoteLogFetchInfo.decode(r, r.size(), $undefined, q + 1, m.remoteLogFetchInfo);
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.records = r.bytes();
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
            if (!$Object.hasOwnProperty.call(m, "bucketId"))
                throw $util.ProtocolError("missing required 'bucketId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbFetchLogRespForBucket message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbFetchLogRespForBucket
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbFetchLogRespForBucket & fluss.PbFetchLogRespForBucket.$Shape} PbFetchLogRespForBucket
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbFetchLogRespForBucket.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbFetchLogRespForBucket message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbFetchLogRespForBucket
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbFetchLogRespForBucket} PbFetchLogRespForBucket
         */
        PbFetchLogRespForBucket.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbFetchLogRespForBucket)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbFetchLogRespForBucket: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbFetchLogRespForBucket();
            if (d.partitionId != null) {
                if ($util.Long)
                    m.partitionId = $util.Long.fromValue(d.partitionId, false);
                else if (typeof d.partitionId === "string")
                    m.partitionId = $parseInt(d.partitionId, 10);
                else if (typeof d.partitionId === "number")
                    m.partitionId = d.partitionId;
                else if (typeof d.partitionId === "object")
                    m.partitionId = new $util.LongBits(d.partitionId.low >>> 0, d.partitionId.high >>> 0).toNumber();
            }
            if (d.bucketId != null) {
                m.bucketId = d.bucketId | 0;
            }
            if (d.errorCode != null) {
                m.errorCode = d.errorCode | 0;
            }
            if (d.errorMessage != null) {
                m.errorMessage = $String(d.errorMessage);
            }
            if (d.highWatermark != null) {
                if ($util.Long)
                    m.highWatermark = $util.Long.fromValue(d.highWatermark, false);
                else if (typeof d.highWatermark === "string")
                    m.highWatermark = $parseInt(d.highWatermark, 10);
                else if (typeof d.highWatermark === "number")
                    m.highWatermark = d.highWatermark;
                else if (typeof d.highWatermark === "object")
                    m.highWatermark = new $util.LongBits(d.highWatermark.low >>> 0, d.highWatermark.high >>> 0).toNumber();
            }
            if (d.logStartOffset != null) {
                if ($util.Long)
                    m.logStartOffset = $util.Long.fromValue(d.logStartOffset, false);
                else if (typeof d.logStartOffset === "string")
                    m.logStartOffset = $parseInt(d.logStartOffset, 10);
                else if (typeof d.logStartOffset === "number")
                    m.logStartOffset = d.logStartOffset;
                else if (typeof d.logStartOffset === "object")
                    m.logStartOffset = new $util.LongBits(d.logStartOffset.low >>> 0, d.logStartOffset.high >>> 0).toNumber();
            }
            if (d.remoteLogFetchInfo != null) {
                if (!$util.isObject(d.remoteLogFetchInfo))
                    throw $TypeError(".fluss.PbFetchLogRespForBucket.remoteLogFetchInfo: object expected");
                m.remoteLogFetchInfo = $root.fluss.PbRemoteLogFetchInfo.fromObject(d.remoteLogFetchInfo, q + 1);
            }
            if (d.records != null) {
                if (typeof d.records === "string")
                    $util.base64.decode(d.records, m.records = $util.newBuffer($util.base64.length(d.records)), 0);
                else if (d.records.length >= 0)
                    m.records = d.records;
            }
            return m;
        };

        /**
         * Creates a plain object from a PbFetchLogRespForBucket message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbFetchLogRespForBucket
         * @static
         * @param {fluss.PbFetchLogRespForBucket} m PbFetchLogRespForBucket
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbFetchLogRespForBucket.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.partitionId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.partitionId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.bucketId = 0;
                d.errorCode = 0;
                d.errorMessage = "";
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.highWatermark = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.highWatermark = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.logStartOffset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.logStartOffset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                d.remoteLogFetchInfo = null;
                if (o.bytes === $String)
                    d.records = "";
                else {
                    d.records = [];
                    if (o.bytes !== $Array)
                        d.records = $util.newBuffer(d.records);
                }
            }
            if (m.partitionId != null && $Object.hasOwnProperty.call(m, "partitionId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.partitionId = typeof m.partitionId === "number" ? $BigInt(m.partitionId) : $util.Long.fromBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0, false).toBigInt();
                else if (typeof m.partitionId === "number")
                    d.partitionId = o.longs === $String ? $String(m.partitionId) : m.partitionId;
                else
                    d.partitionId = o.longs === $String ? $util.Long.prototype.toString.call(m.partitionId) : o.longs === $Number ? new $util.LongBits(m.partitionId.low >>> 0, m.partitionId.high >>> 0).toNumber() : m.partitionId;
            }
            if (m.bucketId != null && $Object.hasOwnProperty.call(m, "bucketId")) {
                d.bucketId = m.bucketId;
            }
            if (m.errorCode != null && $Object.hasOwnProperty.call(m, "errorCode")) {
                d.errorCode = m.errorCode;
            }
            if (m.errorMessage != null && $Object.hasOwnProperty.call(m, "errorMessage")) {
                d.errorMessage = m.errorMessage;
            }
            if (m.highWatermark != null && $Object.hasOwnProperty.call(m, "highWatermark")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.highWatermark = typeof m.highWatermark === "number" ? $BigInt(m.highWatermark) : $util.Long.fromBits(m.highWatermark.low >>> 0, m.highWatermark.high >>> 0, false).toBigInt();
                else if (typeof m.highWatermark === "number")
                    d.highWatermark = o.longs === $String ? $String(m.highWatermark) : m.highWatermark;
                else
                    d.highWatermark = o.longs === $String ? $util.Long.prototype.toString.call(m.highWatermark) : o.longs === $Number ? new $util.LongBits(m.highWatermark.low >>> 0, m.highWatermark.high >>> 0).toNumber() : m.highWatermark;
            }
            if (m.logStartOffset != null && $Object.hasOwnProperty.call(m, "logStartOffset")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.logStartOffset = typeof m.logStartOffset === "number" ? $BigInt(m.logStartOffset) : $util.Long.fromBits(m.logStartOffset.low >>> 0, m.logStartOffset.high >>> 0, false).toBigInt();
                else if (typeof m.logStartOffset === "number")
                    d.logStartOffset = o.longs === $String ? $String(m.logStartOffset) : m.logStartOffset;
                else
                    d.logStartOffset = o.longs === $String ? $util.Long.prototype.toString.call(m.logStartOffset) : o.longs === $Number ? new $util.LongBits(m.logStartOffset.low >>> 0, m.logStartOffset.high >>> 0).toNumber() : m.logStartOffset;
            }
            if (m.remoteLogFetchInfo != null && $Object.hasOwnProperty.call(m, "remoteLogFetchInfo")) {
                d.remoteLogFetchInfo = $root.fluss.PbRemoteLogFetchInfo.toObject(m.remoteLogFetchInfo, o, q + 1);
            }
            if (m.records != null && $Object.hasOwnProperty.call(m, "records")) {
                d.records = o.bytes === $String ? $util.base64.encode(m.records, 0, m.records.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.records) : m.records;
            }
            return d;
        };

        /**
         * Converts this PbFetchLogRespForBucket to JSON.
         * @function toJSON
         * @memberof fluss.PbFetchLogRespForBucket
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbFetchLogRespForBucket.prototype.toJSON = function() {
            return PbFetchLogRespForBucket.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbFetchLogRespForBucket
         * @function getTypeUrl
         * @memberof fluss.PbFetchLogRespForBucket
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbFetchLogRespForBucket.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbFetchLogRespForBucket";
        };

        return PbFetchLogRespForBucket;
    })();

    fluss.PbFetchLogRespForTable = (function() {

        /**
         * Properties of a PbFetchLogRespForTable.
         * @typedef {Object} fluss.PbFetchLogRespForTable.$Properties
         * @property {Long} tableId PbFetchLogRespForTable tableId
         * @property {Array.<fluss.PbFetchLogRespForBucket.$Properties>|null} [bucketsResp] PbFetchLogRespForTable bucketsResp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PbFetchLogRespForTable.
         * @memberof fluss
         * @interface IPbFetchLogRespForTable
         * @augments fluss.PbFetchLogRespForTable.$Properties
         * @deprecated Use fluss.PbFetchLogRespForTable.$Properties instead.
         */

        /**
         * Shape of a PbFetchLogRespForTable.
         * @typedef {fluss.PbFetchLogRespForTable.$Properties} fluss.PbFetchLogRespForTable.$Shape
         */

        /**
         * Constructs a new PbFetchLogRespForTable.
         * @memberof fluss
         * @classdesc Represents a PbFetchLogRespForTable.
         * @constructor
         * @param {fluss.PbFetchLogRespForTable.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var PbFetchLogRespForTable = function (p) {
            this.bucketsResp = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * PbFetchLogRespForTable tableId.
         * @member {Long} tableId
         * @memberof fluss.PbFetchLogRespForTable
         * @instance
         */
        PbFetchLogRespForTable.prototype.tableId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * PbFetchLogRespForTable bucketsResp.
         * @member {Array.<fluss.PbFetchLogRespForBucket.$Properties>} bucketsResp
         * @memberof fluss.PbFetchLogRespForTable
         * @instance
         */
        PbFetchLogRespForTable.prototype.bucketsResp = $util.emptyArray;

        /**
         * Creates a new PbFetchLogRespForTable instance using the specified properties.
         * @function create
         * @memberof fluss.PbFetchLogRespForTable
         * @static
         * @param {fluss.PbFetchLogRespForTable.$Properties=} [properties] Properties to set
         * @returns {fluss.PbFetchLogRespForTable} PbFetchLogRespForTable instance
         * @type {{
         *   (properties: fluss.PbFetchLogRespForTable.$Shape): fluss.PbFetchLogRespForTable & fluss.PbFetchLogRespForTable.$Shape;
         *   (properties?: fluss.PbFetchLogRespForTable.$Properties): fluss.PbFetchLogRespForTable;
         * }}
         */
        PbFetchLogRespForTable.create = function(properties) {
            return new PbFetchLogRespForTable(properties);
        };

        /**
         * Encodes the specified PbFetchLogRespForTable message. Does not implicitly {@link fluss.PbFetchLogRespForTable.verify|verify} messages.
         * @function encode
         * @memberof fluss.PbFetchLogRespForTable
         * @static
         * @param {fluss.PbFetchLogRespForTable.$Properties} m PbFetchLogRespForTable message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbFetchLogRespForTable.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int64(m.tableId);
            if (m.bucketsResp != null && m.bucketsResp.length) {
                for (var i = 0; i < m.bucketsResp.length; ++i)
                    $root.fluss.PbFetchLogRespForBucket.encode(m.bucketsResp[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified PbFetchLogRespForTable message, length delimited. Does not implicitly {@link fluss.PbFetchLogRespForTable.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.PbFetchLogRespForTable
         * @static
         * @param {fluss.PbFetchLogRespForTable.$Properties} message PbFetchLogRespForTable message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PbFetchLogRespForTable.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PbFetchLogRespForTable message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.PbFetchLogRespForTable
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.PbFetchLogRespForTable & fluss.PbFetchLogRespForTable.$Shape} PbFetchLogRespForTable
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbFetchLogRespForTable.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.PbFetchLogRespForTable();
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
                        m.tableId = r.int64();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.bucketsResp && m.bucketsResp.length))
                            m.bucketsResp = [];
                        m.bucketsResp.push($root.fluss.PbFetchLogRespForBucket.decode(r, r.size(), $undefined, q + 1));
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
            if (!$Object.hasOwnProperty.call(m, "tableId"))
                throw $util.ProtocolError("missing required 'tableId'", { instance: m });
            return m;
        };

        /**
         * Decodes a PbFetchLogRespForTable message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.PbFetchLogRespForTable
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.PbFetchLogRespForTable & fluss.PbFetchLogRespForTable.$Shape} PbFetchLogRespForTable
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PbFetchLogRespForTable.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a PbFetchLogRespForTable message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.PbFetchLogRespForTable
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.PbFetchLogRespForTable} PbFetchLogRespForTable
         */
        PbFetchLogRespForTable.fromObject = function (d, q) {
            if (d instanceof $root.fluss.PbFetchLogRespForTable)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.PbFetchLogRespForTable: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.PbFetchLogRespForTable();
            if (d.tableId != null) {
                if ($util.Long)
                    m.tableId = $util.Long.fromValue(d.tableId, false);
                else if (typeof d.tableId === "string")
                    m.tableId = $parseInt(d.tableId, 10);
                else if (typeof d.tableId === "number")
                    m.tableId = d.tableId;
                else if (typeof d.tableId === "object")
                    m.tableId = new $util.LongBits(d.tableId.low >>> 0, d.tableId.high >>> 0).toNumber();
            }
            if (d.bucketsResp) {
                if (!$Array.isArray(d.bucketsResp))
                    throw $TypeError(".fluss.PbFetchLogRespForTable.bucketsResp: array expected");
                m.bucketsResp = $Array(d.bucketsResp.length);
                for (var i = 0; i < d.bucketsResp.length; ++i) {
                    if (!$util.isObject(d.bucketsResp[i]))
                        throw $TypeError(".fluss.PbFetchLogRespForTable.bucketsResp: object expected");
                    m.bucketsResp[i] = $root.fluss.PbFetchLogRespForBucket.fromObject(d.bucketsResp[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a PbFetchLogRespForTable message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.PbFetchLogRespForTable
         * @static
         * @param {fluss.PbFetchLogRespForTable} m PbFetchLogRespForTable
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        PbFetchLogRespForTable.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.bucketsResp = [];
            }
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.tableId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                } else
                    d.tableId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (m.tableId != null && $Object.hasOwnProperty.call(m, "tableId")) {
                if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                    d.tableId = typeof m.tableId === "number" ? $BigInt(m.tableId) : $util.Long.fromBits(m.tableId.low >>> 0, m.tableId.high >>> 0, false).toBigInt();
                else if (typeof m.tableId === "number")
                    d.tableId = o.longs === $String ? $String(m.tableId) : m.tableId;
                else
                    d.tableId = o.longs === $String ? $util.Long.prototype.toString.call(m.tableId) : o.longs === $Number ? new $util.LongBits(m.tableId.low >>> 0, m.tableId.high >>> 0).toNumber() : m.tableId;
            }
            if (m.bucketsResp && m.bucketsResp.length) {
                d.bucketsResp = $Array(m.bucketsResp.length);
                for (var j = 0; j < m.bucketsResp.length; ++j) {
                    d.bucketsResp[j] = $root.fluss.PbFetchLogRespForBucket.toObject(m.bucketsResp[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this PbFetchLogRespForTable to JSON.
         * @function toJSON
         * @memberof fluss.PbFetchLogRespForTable
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        PbFetchLogRespForTable.prototype.toJSON = function() {
            return PbFetchLogRespForTable.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for PbFetchLogRespForTable
         * @function getTypeUrl
         * @memberof fluss.PbFetchLogRespForTable
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        PbFetchLogRespForTable.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.PbFetchLogRespForTable";
        };

        return PbFetchLogRespForTable;
    })();

    fluss.FetchLogResponse = (function() {

        /**
         * Properties of a FetchLogResponse.
         * @typedef {Object} fluss.FetchLogResponse.$Properties
         * @property {Array.<fluss.PbFetchLogRespForTable.$Properties>|null} [tablesResp] FetchLogResponse tablesResp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FetchLogResponse.
         * @memberof fluss
         * @interface IFetchLogResponse
         * @augments fluss.FetchLogResponse.$Properties
         * @deprecated Use fluss.FetchLogResponse.$Properties instead.
         */

        /**
         * Shape of a FetchLogResponse.
         * @typedef {fluss.FetchLogResponse.$Properties} fluss.FetchLogResponse.$Shape
         */

        /**
         * Constructs a new FetchLogResponse.
         * @memberof fluss
         * @classdesc Represents a FetchLogResponse.
         * @constructor
         * @param {fluss.FetchLogResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        var FetchLogResponse = function (p) {
            this.tablesResp = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * FetchLogResponse tablesResp.
         * @member {Array.<fluss.PbFetchLogRespForTable.$Properties>} tablesResp
         * @memberof fluss.FetchLogResponse
         * @instance
         */
        FetchLogResponse.prototype.tablesResp = $util.emptyArray;

        /**
         * Creates a new FetchLogResponse instance using the specified properties.
         * @function create
         * @memberof fluss.FetchLogResponse
         * @static
         * @param {fluss.FetchLogResponse.$Properties=} [properties] Properties to set
         * @returns {fluss.FetchLogResponse} FetchLogResponse instance
         * @type {{
         *   (properties: fluss.FetchLogResponse.$Shape): fluss.FetchLogResponse & fluss.FetchLogResponse.$Shape;
         *   (properties?: fluss.FetchLogResponse.$Properties): fluss.FetchLogResponse;
         * }}
         */
        FetchLogResponse.create = function(properties) {
            return new FetchLogResponse(properties);
        };

        /**
         * Encodes the specified FetchLogResponse message. Does not implicitly {@link fluss.FetchLogResponse.verify|verify} messages.
         * @function encode
         * @memberof fluss.FetchLogResponse
         * @static
         * @param {fluss.FetchLogResponse.$Properties} m FetchLogResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FetchLogResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tablesResp != null && m.tablesResp.length) {
                for (var i = 0; i < m.tablesResp.length; ++i)
                    $root.fluss.PbFetchLogRespForTable.encode(m.tablesResp[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Encodes the specified FetchLogResponse message, length delimited. Does not implicitly {@link fluss.FetchLogResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof fluss.FetchLogResponse
         * @static
         * @param {fluss.FetchLogResponse.$Properties} message FetchLogResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FetchLogResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a FetchLogResponse message from the specified reader or buffer.
         * @function decode
         * @memberof fluss.FetchLogResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {fluss.FetchLogResponse & fluss.FetchLogResponse.$Shape} FetchLogResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FetchLogResponse.decode = function (r, l, z, q, g) {
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
            m = g || new $root.fluss.FetchLogResponse();
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
                        if (!(m.tablesResp && m.tablesResp.length))
                            m.tablesResp = [];
                        m.tablesResp.push($root.fluss.PbFetchLogRespForTable.decode(r, r.size(), $undefined, q + 1));
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
         * Decodes a FetchLogResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof fluss.FetchLogResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {fluss.FetchLogResponse & fluss.FetchLogResponse.$Shape} FetchLogResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FetchLogResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Creates a FetchLogResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof fluss.FetchLogResponse
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {fluss.FetchLogResponse} FetchLogResponse
         */
        FetchLogResponse.fromObject = function (d, q) {
            if (d instanceof $root.fluss.FetchLogResponse)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".fluss.FetchLogResponse: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.fluss.FetchLogResponse();
            if (d.tablesResp) {
                if (!$Array.isArray(d.tablesResp))
                    throw $TypeError(".fluss.FetchLogResponse.tablesResp: array expected");
                m.tablesResp = $Array(d.tablesResp.length);
                for (var i = 0; i < d.tablesResp.length; ++i) {
                    if (!$util.isObject(d.tablesResp[i]))
                        throw $TypeError(".fluss.FetchLogResponse.tablesResp: object expected");
                    m.tablesResp[i] = $root.fluss.PbFetchLogRespForTable.fromObject(d.tablesResp[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a FetchLogResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof fluss.FetchLogResponse
         * @static
         * @param {fluss.FetchLogResponse} m FetchLogResponse
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        FetchLogResponse.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.tablesResp = [];
            }
            if (m.tablesResp && m.tablesResp.length) {
                d.tablesResp = $Array(m.tablesResp.length);
                for (var j = 0; j < m.tablesResp.length; ++j) {
                    d.tablesResp[j] = $root.fluss.PbFetchLogRespForTable.toObject(m.tablesResp[j], o, q + 1);
                }
            }
            return d;
        };

        /**
         * Converts this FetchLogResponse to JSON.
         * @function toJSON
         * @memberof fluss.FetchLogResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        FetchLogResponse.prototype.toJSON = function() {
            return FetchLogResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for FetchLogResponse
         * @function getTypeUrl
         * @memberof fluss.FetchLogResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FetchLogResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/fluss.FetchLogResponse";
        };

        return FetchLogResponse;
    })();

    return fluss;
})();

module.exports = $root;
