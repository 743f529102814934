export const id = 3808;
export const ids = [3808];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 3808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4603);
// Generated by scripts/compile-schemas.ts (npm run schemas) from the schema "qwen" (src/schema/sources.ts): do not edit.
// A test fails when this file is not what that script writes today.
// @ts-nocheck

"use strict";
const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mcpcop/mcpcop/raw/main/schemas/qwen.schema.json", "title": "Qwen Code settings (.qwen/settings.json): MCP servers", "description": "The \"mcpServers\" map (and the \"mcp\" policy) of Qwen Code's settings, read as JSON with comments. Qwen Code is a Gemini CLI fork, but a \"url\" means SSE; Streamable HTTP is \"httpUrl\"; \"command\" starts a stdio server in its \"cwd\"; \"tcp\" is a WebSocket address. Other settings are left alone. See QwenLM/qwen-code docs/users/features/mcp.md and packages/core/src/config/mcp-server-config.ts", "type": "object", "properties": { "$schema": { "type": "string" }, "mcpServers": { "type": "object", "description": "Servers by name.", "additionalProperties": { "$ref": "#/definitions/server" }, "errorMessage": "Qwen Code reads \"mcpServers\" as an object keyed by server name" }, "mcp": { "type": "object", "properties": { "serverCommand": { "type": "string" }, "allowed": { "$ref": "#/definitions/stringList" }, "excluded": { "$ref": "#/definitions/stringList" } } } }, "definitions": { "stringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "stringList": { "type": "array", "items": { "type": "string" } }, "server": { "type": "object", "properties": { "command": { "type": "string", "description": "Program to start (stdio)." }, "args": { "$ref": "#/definitions/stringList" }, "env": { "$ref": "#/definitions/stringMap" }, "cwd": { "type": "string", "description": "Working directory of a stdio server." }, "url": { "type": "string", "format": "mcp-url", "description": "An SSE endpoint: Qwen Code connects to \"url\" with the SSE transport. Use \"httpUrl\" for Streamable HTTP." }, "httpUrl": { "type": "string", "format": "mcp-url", "description": "A Streamable HTTP endpoint." }, "tcp": { "type": "string", "description": "A WebSocket address (host:port)." }, "type": { "enum": ["sdk"], "description": "Set only for servers an SDK embeds; the transport comes from the field present.", "errorMessage": "Qwen Code picks the transport from the field present (\"httpUrl\" for Streamable HTTP, \"url\" for SSE, \"command\" for stdio); \"type\" is only \"sdk\", for servers an SDK embeds" }, "headers": { "$ref": "#/definitions/stringMap" }, "timeout": { "type": "number", "exclusiveMinimum": 0, "description": "Milliseconds per tool call (default 600000)." }, "discoveryTimeoutMs": { "type": "number", "exclusiveMinimum": 0 }, "trust": { "type": "boolean", "description": "Skip the confirmation of every tool call." }, "description": { "type": "string" }, "includeTools": { "$ref": "#/definitions/stringList" }, "excludeTools": { "$ref": "#/definitions/stringList" }, "oauth": { "type": "object" }, "authProviderType": { "type": "string" }, "targetAudience": { "type": "string" }, "targetServiceAccount": { "type": "string" }, "versionNegotiation": {} }, "additionalProperties": false, "if": { "not": { "anyOf": [{ "required": ["url"] }, { "required": ["httpUrl"] }, { "required": ["tcp"] }, { "required": ["type"] }] } }, "then": { "required": ["command"], "errorMessage": "Qwen Code starts a server from \"command\" (stdio), or connects to \"httpUrl\" (Streamable HTTP), \"url\" (SSE) or \"tcp\" (WebSocket), and this entry has none of them" } } } };
const schema13 = { "type": "array", "items": { "type": "string" } };
const schema12 = { "type": "object", "properties": { "command": { "type": "string", "description": "Program to start (stdio)." }, "args": { "$ref": "#/definitions/stringList" }, "env": { "$ref": "#/definitions/stringMap" }, "cwd": { "type": "string", "description": "Working directory of a stdio server." }, "url": { "type": "string", "format": "mcp-url", "description": "An SSE endpoint: Qwen Code connects to \"url\" with the SSE transport. Use \"httpUrl\" for Streamable HTTP." }, "httpUrl": { "type": "string", "format": "mcp-url", "description": "A Streamable HTTP endpoint." }, "tcp": { "type": "string", "description": "A WebSocket address (host:port)." }, "type": { "enum": ["sdk"], "description": "Set only for servers an SDK embeds; the transport comes from the field present.", "errorMessage": "Qwen Code picks the transport from the field present (\"httpUrl\" for Streamable HTTP, \"url\" for SSE, \"command\" for stdio); \"type\" is only \"sdk\", for servers an SDK embeds" }, "headers": { "$ref": "#/definitions/stringMap" }, "timeout": { "type": "number", "exclusiveMinimum": 0, "description": "Milliseconds per tool call (default 600000)." }, "discoveryTimeoutMs": { "type": "number", "exclusiveMinimum": 0 }, "trust": { "type": "boolean", "description": "Skip the confirmation of every tool call." }, "description": { "type": "string" }, "includeTools": { "$ref": "#/definitions/stringList" }, "excludeTools": { "$ref": "#/definitions/stringList" }, "oauth": { "type": "object" }, "authProviderType": { "type": "string" }, "targetAudience": { "type": "string" }, "targetServiceAccount": { "type": "string" }, "versionNegotiation": {} }, "additionalProperties": false, "if": { "not": { "anyOf": [{ "required": ["url"] }, { "required": ["httpUrl"] }, { "required": ["tcp"] }, { "required": ["type"] }] } }, "then": { "required": ["command"], "errorMessage": "Qwen Code starts a server from \"command\" (stdio), or connects to \"httpUrl\" (Streamable HTTP), \"url\" (SSE) or \"tcp\" (WebSocket), and this entry has none of them" } };
const schema14 = { "type": "object", "additionalProperties": { "type": "string" } };
const func2 = Object.prototype.hasOwnProperty;
const formats0 = _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .h["mcp-url"];
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs1 = errors; let valid0 = true; const _errs2 = errors; const _errs3 = errors; const _errs4 = errors; const _errs5 = errors; let valid2 = false; const _errs6 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.url === undefined) && (missing0 = "url")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
} var _valid1 = _errs6 === errors; valid2 = valid2 || _valid1; if (!valid2) {
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.httpUrl === undefined) && (missing1 = "httpUrl")) {
            const err1 = {};
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    var _valid1 = _errs7 === errors;
    valid2 = valid2 || _valid1;
    if (!valid2) {
        const _errs8 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing2;
            if ((data.tcp === undefined) && (missing2 = "tcp")) {
                const err2 = {};
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        var _valid1 = _errs8 === errors;
        valid2 = valid2 || _valid1;
        if (!valid2) {
            const _errs9 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing3;
                if ((data.type === undefined) && (missing3 = "type")) {
                    const err3 = {};
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            var _valid1 = _errs9 === errors;
            valid2 = valid2 || _valid1;
        }
    }
} if (!valid2) {
    const err4 = {};
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
}
else {
    errors = _errs5;
    if (vErrors !== null) {
        if (_errs5) {
            vErrors.length = _errs5;
        }
        else {
            vErrors = null;
        }
    }
} var valid1 = _errs4 === errors; if (valid1) {
    const err5 = {};
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
}
else {
    errors = _errs3;
    if (vErrors !== null) {
        if (_errs3) {
            vErrors.length = _errs3;
        }
        else {
            vErrors = null;
        }
    }
} var _valid0 = _errs2 === errors; errors = _errs1; if (vErrors !== null) {
    if (_errs1) {
        vErrors.length = _errs1;
    }
    else {
        vErrors = null;
    }
} if (_valid0) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.command === undefined) {
            const err6 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'", schema: schema12.then.required, parentSchema: schema12.then, data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    var _valid0 = _errs10 === errors;
    valid0 = _valid0;
} if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema12.if, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema12.properties, key0))) {
            const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.command !== undefined) {
        let data0 = data.command;
        if (typeof data0 !== "string") {
            const err9 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.command.type, parentSchema: schema12.properties.command, data: data0 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.args !== undefined) {
        let data1 = data.args;
        if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 !== "string") {
                    const err10 = { instancePath: instancePath + "/args/" + i0, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.type, parentSchema: schema13.items, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/args", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data1 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.env !== undefined) {
        let data3 = data.env;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
                let data4 = data3[key1];
                if (typeof data4 !== "string") {
                    const err12 = { instancePath: instancePath + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.additionalProperties.type, parentSchema: schema14.additionalProperties, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/env", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data3 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.cwd !== undefined) {
        let data5 = data.cwd;
        if (typeof data5 !== "string") {
            const err14 = { instancePath: instancePath + "/cwd", schemaPath: "#/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.cwd.type, parentSchema: schema12.properties.cwd, data: data5 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.url !== undefined) {
        let data6 = data.url;
        if (typeof data6 === "string") {
            if (!(formats0.validate(data6))) {
                const err15 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema12.properties.url, data: data6 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.url.type, parentSchema: schema12.properties.url, data: data6 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.httpUrl !== undefined) {
        let data7 = data.httpUrl;
        if (typeof data7 === "string") {
            if (!(formats0.validate(data7))) {
                const err17 = { instancePath: instancePath + "/httpUrl", schemaPath: "#/properties/httpUrl/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema12.properties.httpUrl, data: data7 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/httpUrl", schemaPath: "#/properties/httpUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.httpUrl.type, parentSchema: schema12.properties.httpUrl, data: data7 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.tcp !== undefined) {
        let data8 = data.tcp;
        if (typeof data8 !== "string") {
            const err19 = { instancePath: instancePath + "/tcp", schemaPath: "#/properties/tcp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.tcp.type, parentSchema: schema12.properties.tcp, data: data8 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data9 = data.type;
        if (!(data9 === "sdk")) {
            const err20 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.type.enum, parentSchema: schema12.properties.type, data: data9 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.headers !== undefined) {
        let data10 = data.headers;
        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key2 in data10) {
                let data11 = data10[key2];
                if (typeof data11 !== "string") {
                    const err21 = { instancePath: instancePath + "/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.additionalProperties.type, parentSchema: schema14.additionalProperties, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data10 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data12 = data.timeout;
        if ((typeof data12 == "number") && (isFinite(data12))) {
            if (data12 <= 0 || isNaN(data12)) {
                const err23 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.timeout, data: data12 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.timeout.type, parentSchema: schema12.properties.timeout, data: data12 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.discoveryTimeoutMs !== undefined) {
        let data13 = data.discoveryTimeoutMs;
        if ((typeof data13 == "number") && (isFinite(data13))) {
            if (data13 <= 0 || isNaN(data13)) {
                const err25 = { instancePath: instancePath + "/discoveryTimeoutMs", schemaPath: "#/properties/discoveryTimeoutMs/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.discoveryTimeoutMs, data: data13 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/discoveryTimeoutMs", schemaPath: "#/properties/discoveryTimeoutMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.discoveryTimeoutMs.type, parentSchema: schema12.properties.discoveryTimeoutMs, data: data13 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.trust !== undefined) {
        let data14 = data.trust;
        if (typeof data14 !== "boolean") {
            const err27 = { instancePath: instancePath + "/trust", schemaPath: "#/properties/trust/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.trust.type, parentSchema: schema12.properties.trust, data: data14 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data15 = data.description;
        if (typeof data15 !== "string") {
            const err28 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data15 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data.includeTools !== undefined) {
        let data16 = data.includeTools;
        if (Array.isArray(data16)) {
            const len1 = data16.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data17 = data16[i1];
                if (typeof data17 !== "string") {
                    const err29 = { instancePath: instancePath + "/includeTools/" + i1, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.type, parentSchema: schema13.items, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
        }
        else {
            const err30 = { instancePath: instancePath + "/includeTools", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data16 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.excludeTools !== undefined) {
        let data18 = data.excludeTools;
        if (Array.isArray(data18)) {
            const len2 = data18.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data19 = data18[i2];
                if (typeof data19 !== "string") {
                    const err31 = { instancePath: instancePath + "/excludeTools/" + i2, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.type, parentSchema: schema13.items, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
        }
        else {
            const err32 = { instancePath: instancePath + "/excludeTools", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data18 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
    }
    if (data.oauth !== undefined) {
        let data20 = data.oauth;
        if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
            const err33 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.oauth.type, parentSchema: schema12.properties.oauth, data: data20 };
            if (vErrors === null) {
                vErrors = [err33];
            }
            else {
                vErrors.push(err33);
            }
            errors++;
        }
    }
    if (data.authProviderType !== undefined) {
        let data21 = data.authProviderType;
        if (typeof data21 !== "string") {
            const err34 = { instancePath: instancePath + "/authProviderType", schemaPath: "#/properties/authProviderType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.authProviderType.type, parentSchema: schema12.properties.authProviderType, data: data21 };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
    }
    if (data.targetAudience !== undefined) {
        let data22 = data.targetAudience;
        if (typeof data22 !== "string") {
            const err35 = { instancePath: instancePath + "/targetAudience", schemaPath: "#/properties/targetAudience/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.targetAudience.type, parentSchema: schema12.properties.targetAudience, data: data22 };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
    if (data.targetServiceAccount !== undefined) {
        let data23 = data.targetServiceAccount;
        if (typeof data23 !== "string") {
            const err36 = { instancePath: instancePath + "/targetServiceAccount", schemaPath: "#/properties/targetServiceAccount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.targetServiceAccount.type, parentSchema: schema12.properties.targetServiceAccount, data: data23 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
}
else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err37];
    }
    else {
        vErrors.push(err37);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/mcpcop/mcpcop/raw/main/schemas/qwen.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err0 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.mcpServers !== undefined) {
        let data1 = data.mcpServers;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key0 in data1) {
                if (!(validate11(data1[key0], { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key0, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err1 = { instancePath: instancePath + "/mcpServers", schemaPath: "#/properties/mcpServers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mcpServers.type, parentSchema: schema11.properties.mcpServers, data: data1 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.mcp !== undefined) {
        let data3 = data.mcp;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.serverCommand !== undefined) {
                let data4 = data3.serverCommand;
                if (typeof data4 !== "string") {
                    const err2 = { instancePath: instancePath + "/mcp/serverCommand", schemaPath: "#/properties/mcp/properties/serverCommand/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mcp.properties.serverCommand.type, parentSchema: schema11.properties.mcp.properties.serverCommand, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            if (data3.allowed !== undefined) {
                let data5 = data3.allowed;
                if (Array.isArray(data5)) {
                    const len0 = data5.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data6 = data5[i0];
                        if (typeof data6 !== "string") {
                            const err3 = { instancePath: instancePath + "/mcp/allowed/" + i0, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.type, parentSchema: schema13.items, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err4 = { instancePath: instancePath + "/mcp/allowed", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            if (data3.excluded !== undefined) {
                let data7 = data3.excluded;
                if (Array.isArray(data7)) {
                    const len1 = data7.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data8 = data7[i1];
                        if (typeof data8 !== "string") {
                            const err5 = { instancePath: instancePath + "/mcp/excluded/" + i1, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.type, parentSchema: schema13.items, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err6 = { instancePath: instancePath + "/mcp/excluded", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/mcp", schemaPath: "#/properties/mcp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mcp.type, parentSchema: schema11.properties.mcp, data: data3 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
}
else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }


/***/ }),

/***/ 4603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ FORMATS)
/* harmony export */ });
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(779);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4429);


/**
 * The string formats our schemas use: ajv-formats' full set, and two placeholder-aware URL formats.
 * The precompiled validators (src/schema/compiled/) refer to this object by name, so the formats the
 * build compiled against and the ones that run are the same code.
 */
const FORMATS = {
    ...ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_0__.fullFormats,
    // A URL in an MCP config may hold placeholders (`https://${input:host}/mcp`): judge the shape around them.
    'mcp-url': {
        type: 'string',
        validate: (value) => {
            if (value === '')
                return true;
            try {
                // A leading placeholder may supply the scheme itself (`${BASE_URL}/mcp`).
                const masked = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .maskPlaceholders */ .jw)(value);
                return new URL(masked.startsWith('placeholder') ? `https://${masked}` : masked).protocol.length > 1;
            }
            catch {
                return false;
            }
        }
    },
    'mcp-http-url': {
        type: 'string',
        validate: (value) => /^(https?:\/\/|\$\{|\{)/i.test(value) && URL.canParse((0,_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .maskPlaceholders */ .jw)(value))
    }
};


/***/ })

};
