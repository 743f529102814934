export const id = 6862;
export const ids = [6862];
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

/***/ 4481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4603);
// Generated by scripts/compile-schemas.ts (npm run schemas) from the schema "opencode" (src/schema/sources.ts): do not edit.
// A test fails when this file is not what that script writes today.
// @ts-nocheck

"use strict";
const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mcpcop/mcpcop/raw/main/schemas/opencode.schema.json", "title": "opencode project config (opencode.json / opencode.jsonc): MCP servers", "description": "The \"mcp\" map of opencode's config, which opencode reads as JSON with comments and trailing commas whatever the extension. Every other opencode setting is left alone. Server entries are closed shapes (McpLocalConfig / McpRemoteConfig, strict in opencode's own schema https://opencode.ai/config.json); see https://opencode.ai/docs/mcp-servers/", "type": "object", "properties": { "$schema": { "type": "string" }, "mcp": { "type": "object", "description": "Servers by name.", "additionalProperties": { "$ref": "#/definitions/server" }, "errorMessage": "opencode reads \"mcp\" as an object keyed by server name" } }, "definitions": { "stringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "timeout": { "type": "integer", "exclusiveMinimum": 0, "description": "Request timeout in milliseconds (default 5000)." }, "server": { "type": "object", "properties": { "type": { "enum": ["local", "remote"], "errorMessage": "opencode knows \"local\" (a command it starts) and \"remote\" (a URL it connects to)" } }, "allOf": [{ "if": { "required": ["type"], "properties": { "type": { "const": "local" } } }, "then": { "allOf": [{ "$ref": "#/definitions/localServer" }, { "required": ["command"], "errorMessage": "a local server needs \"command\": one array with the program and its arguments, e.g. [\"npx\", \"-y\", \"@playwright/mcp\"]" }] } }, { "if": { "required": ["type"], "properties": { "type": { "const": "remote" } } }, "then": { "allOf": [{ "$ref": "#/definitions/remoteServer" }, { "required": ["url"], "errorMessage": "a remote server needs the \"url\" opencode connects to" }] } }, { "if": { "not": { "required": ["type"] } }, "then": { "if": { "required": ["enabled"], "propertyNames": { "const": "enabled" } }, "then": { "$ref": "#/definitions/override" }, "else": { "required": ["type"], "errorMessage": "opencode needs \"type\": \"local\" (with a \"command\" array) or \"remote\" (with a \"url\"); an entry without a type may hold only \"enabled\", to switch a server defined elsewhere on or off" } } }] }, "localServer": { "type": "object", "properties": { "type": { "const": "local" }, "command": { "type": "array", "minItems": 1, "items": { "type": "string" }, "errorMessage": "opencode's \"command\" is one array holding the program and its arguments, e.g. [\"npx\", \"-y\", \"@playwright/mcp\"]" }, "environment": { "$ref": "#/definitions/stringMap", "description": "Environment variables of the process (not \"env\")." }, "cwd": { "type": "string" }, "enabled": { "type": "boolean" }, "timeout": { "$ref": "#/definitions/timeout" }, "env": { "description": "Not an opencode key (it is \"environment\"); reported by the adapter with the fix." }, "args": { "description": "Not an opencode key (arguments go into the \"command\" array); reported by the adapter with the fix." } }, "additionalProperties": false }, "remoteServer": { "type": "object", "properties": { "type": { "const": "remote" }, "url": { "type": "string", "format": "mcp-url" }, "enabled": { "type": "boolean" }, "headers": { "$ref": "#/definitions/stringMap" }, "oauth": { "anyOf": [{ "type": "object", "properties": { "clientId": { "type": "string" }, "clientSecret": { "type": "string" }, "scope": { "type": "string" }, "callbackPort": { "type": "integer" }, "redirectUri": { "type": "string" }, "authorizationEndpoint": { "type": "string" }, "tokenEndpoint": { "type": "string" } }, "additionalProperties": false }, { "const": false }], "errorMessage": "\"oauth\" is an object ({ \"clientId\", \"clientSecret\", \"scope\", ... }), or false to turn OAuth detection off" }, "timeout": { "$ref": "#/definitions/timeout" } }, "additionalProperties": false }, "override": { "type": "object", "properties": { "enabled": { "type": "boolean" } } } } };
const schema12 = { "type": "object", "properties": { "type": { "enum": ["local", "remote"], "errorMessage": "opencode knows \"local\" (a command it starts) and \"remote\" (a URL it connects to)" } }, "allOf": [{ "if": { "required": ["type"], "properties": { "type": { "const": "local" } } }, "then": { "allOf": [{ "$ref": "#/definitions/localServer" }, { "required": ["command"], "errorMessage": "a local server needs \"command\": one array with the program and its arguments, e.g. [\"npx\", \"-y\", \"@playwright/mcp\"]" }] } }, { "if": { "required": ["type"], "properties": { "type": { "const": "remote" } } }, "then": { "allOf": [{ "$ref": "#/definitions/remoteServer" }, { "required": ["url"], "errorMessage": "a remote server needs the \"url\" opencode connects to" }] } }, { "if": { "not": { "required": ["type"] } }, "then": { "if": { "required": ["enabled"], "propertyNames": { "const": "enabled" } }, "then": { "$ref": "#/definitions/override" }, "else": { "required": ["type"], "errorMessage": "opencode needs \"type\": \"local\" (with a \"command\" array) or \"remote\" (with a \"url\"); an entry without a type may hold only \"enabled\", to switch a server defined elsewhere on or off" } } }] };
const schema19 = { "type": "object", "properties": { "enabled": { "type": "boolean" } } };
const schema13 = { "type": "object", "properties": { "type": { "const": "local" }, "command": { "type": "array", "minItems": 1, "items": { "type": "string" }, "errorMessage": "opencode's \"command\" is one array holding the program and its arguments, e.g. [\"npx\", \"-y\", \"@playwright/mcp\"]" }, "environment": { "$ref": "#/definitions/stringMap", "description": "Environment variables of the process (not \"env\")." }, "cwd": { "type": "string" }, "enabled": { "type": "boolean" }, "timeout": { "$ref": "#/definitions/timeout" }, "env": { "description": "Not an opencode key (it is \"environment\"); reported by the adapter with the fix." }, "args": { "description": "Not an opencode key (arguments go into the \"command\" array); reported by the adapter with the fix." } }, "additionalProperties": false };
const schema14 = { "type": "object", "additionalProperties": { "type": "string" } };
const schema15 = { "type": "integer", "exclusiveMinimum": 0, "description": "Request timeout in milliseconds (default 5000)." };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((((((key0 === "type") || (key0 === "command")) || (key0 === "environment")) || (key0 === "cwd")) || (key0 === "enabled")) || (key0 === "timeout")) || (key0 === "env")) || (key0 === "args"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("local" !== data0) {
            const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "local" }, message: "must be equal to constant", schema: "local", parentSchema: schema13.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.command !== undefined) {
        let data1 = data.command;
        if (Array.isArray(data1)) {
            if (data1.length < 1) {
                const err2 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.command, data: data1 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 !== "string") {
                    const err3 = { instancePath: instancePath + "/command/" + i0, schemaPath: "#/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.command.items.type, parentSchema: schema13.properties.command.items, data: data2 };
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
            const err4 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.command.type, parentSchema: schema13.properties.command, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.environment !== undefined) {
        let data3 = data.environment;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
                let data4 = data3[key1];
                if (typeof data4 !== "string") {
                    const err5 = { instancePath: instancePath + "/environment/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.additionalProperties.type, parentSchema: schema14.additionalProperties, data: data4 };
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
            const err6 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.cwd !== undefined) {
        let data5 = data.cwd;
        if (typeof data5 !== "string") {
            const err7 = { instancePath: instancePath + "/cwd", schemaPath: "#/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.cwd.type, parentSchema: schema13.properties.cwd, data: data5 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.enabled !== undefined) {
        let data6 = data.enabled;
        if (typeof data6 !== "boolean") {
            const err8 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.enabled.type, parentSchema: schema13.properties.enabled, data: data6 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.timeout !== undefined) {
        let data7 = data.timeout;
        if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
            const err9 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data7 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if ((typeof data7 == "number") && (isFinite(data7))) {
            if (data7 <= 0 || isNaN(data7)) {
                const err10 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/timeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema15, data: data7 };
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
}
else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate12.errors = vErrors; return errors === 0; }
const schema16 = { "type": "object", "properties": { "type": { "const": "remote" }, "url": { "type": "string", "format": "mcp-url" }, "enabled": { "type": "boolean" }, "headers": { "$ref": "#/definitions/stringMap" }, "oauth": { "anyOf": [{ "type": "object", "properties": { "clientId": { "type": "string" }, "clientSecret": { "type": "string" }, "scope": { "type": "string" }, "callbackPort": { "type": "integer" }, "redirectUri": { "type": "string" }, "authorizationEndpoint": { "type": "string" }, "tokenEndpoint": { "type": "string" } }, "additionalProperties": false }, { "const": false }], "errorMessage": "\"oauth\" is an object ({ \"clientId\", \"clientSecret\", \"scope\", ... }), or false to turn OAuth detection off" }, "timeout": { "$ref": "#/definitions/timeout" } }, "additionalProperties": false };
const formats0 = _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .h["mcp-url"];
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((((key0 === "type") || (key0 === "url")) || (key0 === "enabled")) || (key0 === "headers")) || (key0 === "oauth")) || (key0 === "timeout"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data0 = data.type;
        if ("remote" !== data0) {
            const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "remote" }, message: "must be equal to constant", schema: "remote", parentSchema: schema16.properties.type, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.url !== undefined) {
        let data1 = data.url;
        if (typeof data1 === "string") {
            if (!(formats0.validate(data1))) {
                const err2 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema16.properties.url, data: data1 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.url.type, parentSchema: schema16.properties.url, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.enabled !== undefined) {
        let data2 = data.enabled;
        if (typeof data2 !== "boolean") {
            const err4 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.enabled.type, parentSchema: schema16.properties.enabled, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.headers !== undefined) {
        let data3 = data.headers;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
                let data4 = data3[key1];
                if (typeof data4 !== "string") {
                    const err5 = { instancePath: instancePath + "/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.additionalProperties.type, parentSchema: schema14.additionalProperties, data: data4 };
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
            const err6 = { instancePath: instancePath + "/headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.oauth !== undefined) {
        let data5 = data.oauth;
        const _errs14 = errors;
        let valid3 = false;
        const _errs15 = errors;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
                if (!(((((((key2 === "clientId") || (key2 === "clientSecret")) || (key2 === "scope")) || (key2 === "callbackPort")) || (key2 === "redirectUri")) || (key2 === "authorizationEndpoint")) || (key2 === "tokenEndpoint"))) {
                    const err7 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.oauth.anyOf[0], data: data5 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data5.clientId !== undefined) {
                let data6 = data5.clientId;
                if (typeof data6 !== "string") {
                    const err8 = { instancePath: instancePath + "/oauth/clientId", schemaPath: "#/properties/oauth/anyOf/0/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.oauth.anyOf[0].properties.clientId.type, parentSchema: schema16.properties.oauth.anyOf[0].properties.clientId, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            if (data5.clientSecret !== undefined) {
                let data7 = data5.clientSecret;
                if (typeof data7 !== "string") {
                    const err9 = { instancePath: instancePath + "/oauth/clientSecret", schemaPath: "#/properties/oauth/anyOf/0/properties/clientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.oauth.anyOf[0].properties.clientSecret.type, parentSchema: schema16.properties.oauth.anyOf[0].properties.clientSecret, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data5.scope !== undefined) {
                let data8 = data5.scope;
                if (typeof data8 !== "string") {
                    const err10 = { instancePath: instancePath + "/oauth/scope", schemaPath: "#/properties/oauth/anyOf/0/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.oauth.anyOf[0].properties.scope.type, parentSchema: schema16.properties.oauth.anyOf[0].properties.scope, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data5.callbackPort !== undefined) {
                let data9 = data5.callbackPort;
                if (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) {
                    const err11 = { instancePath: instancePath + "/oauth/callbackPort", schemaPath: "#/properties/oauth/anyOf/0/properties/callbackPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.oauth.anyOf[0].properties.callbackPort.type, parentSchema: schema16.properties.oauth.anyOf[0].properties.callbackPort, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data5.redirectUri !== undefined) {
                let data10 = data5.redirectUri;
                if (typeof data10 !== "string") {
                    const err12 = { instancePath: instancePath + "/oauth/redirectUri", schemaPath: "#/properties/oauth/anyOf/0/properties/redirectUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.oauth.anyOf[0].properties.redirectUri.type, parentSchema: schema16.properties.oauth.anyOf[0].properties.redirectUri, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            if (data5.authorizationEndpoint !== undefined) {
                let data11 = data5.authorizationEndpoint;
                if (typeof data11 !== "string") {
                    const err13 = { instancePath: instancePath + "/oauth/authorizationEndpoint", schemaPath: "#/properties/oauth/anyOf/0/properties/authorizationEndpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.oauth.anyOf[0].properties.authorizationEndpoint.type, parentSchema: schema16.properties.oauth.anyOf[0].properties.authorizationEndpoint, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            if (data5.tokenEndpoint !== undefined) {
                let data12 = data5.tokenEndpoint;
                if (typeof data12 !== "string") {
                    const err14 = { instancePath: instancePath + "/oauth/tokenEndpoint", schemaPath: "#/properties/oauth/anyOf/0/properties/tokenEndpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.oauth.anyOf[0].properties.tokenEndpoint.type, parentSchema: schema16.properties.oauth.anyOf[0].properties.tokenEndpoint, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.oauth.anyOf[0].type, parentSchema: schema16.properties.oauth.anyOf[0], data: data5 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
        var _valid0 = _errs15 === errors;
        valid3 = valid3 || _valid0;
        if (!valid3) {
            const _errs32 = errors;
            if (false !== data5) {
                const err16 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/anyOf/1/const", keyword: "const", params: { allowedValue: false }, message: "must be equal to constant", schema: false, parentSchema: schema16.properties.oauth.anyOf[1], data: data5 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            var _valid0 = _errs32 === errors;
            valid3 = valid3 || _valid0;
        }
        if (!valid3) {
            const err17 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.properties.oauth.anyOf, parentSchema: schema16.properties.oauth, data: data5 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        else {
            errors = _errs14;
            if (vErrors !== null) {
                if (_errs14) {
                    vErrors.length = _errs14;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    if (data.timeout !== undefined) {
        let data13 = data.timeout;
        if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
            const err18 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data13 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        if ((typeof data13 == "number") && (isFinite(data13))) {
            if (data13 <= 0 || isNaN(data13)) {
                const err19 = { instancePath: instancePath + "/timeout", schemaPath: "#/definitions/timeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema15, data: data13 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
    }
}
else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
        vErrors = [err20];
    }
    else {
        vErrors.push(err20);
    }
    errors++;
} validate14.errors = vErrors; return errors === 0; }
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs2 = errors; let valid1 = true; const _errs3 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.type === undefined) && (missing0 = "type")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        if (data.type !== undefined) {
            if ("local" !== data.type) {
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
    }
} var _valid0 = _errs3 === errors; errors = _errs2; if (vErrors !== null) {
    if (_errs2) {
        vErrors.length = _errs2;
    }
    else {
        vErrors = null;
    }
} if (_valid0) {
    const _errs5 = errors;
    if (!(validate12(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.command === undefined) {
            const err2 = { instancePath, schemaPath: "#/allOf/0/then/allOf/1/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'", schema: schema12.allOf[0].then.allOf[1].required, parentSchema: schema12.allOf[0].then.allOf[1], data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
} if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema12.allOf[0].if, parentSchema: schema12.allOf[0], data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} const _errs10 = errors; let valid4 = true; const _errs11 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if ((data.type === undefined) && (missing1 = "type")) {
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
        if (data.type !== undefined) {
            if ("remote" !== data.type) {
                const err5 = {};
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
} var _valid1 = _errs11 === errors; errors = _errs10; if (vErrors !== null) {
    if (_errs10) {
        vErrors.length = _errs10;
    }
    else {
        vErrors = null;
    }
} if (_valid1) {
    const _errs13 = errors;
    if (!(validate14(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.url === undefined) {
            const err6 = { instancePath, schemaPath: "#/allOf/1/then/allOf/1/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema12.allOf[1].then.allOf[1].required, parentSchema: schema12.allOf[1].then.allOf[1], data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    var _valid1 = _errs13 === errors;
    valid4 = _valid1;
} if (!valid4) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema12.allOf[1].if, parentSchema: schema12.allOf[1], data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} const _errs18 = errors; let valid7 = true; const _errs19 = errors; const _errs20 = errors; const _errs21 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if ((data.type === undefined) && (missing2 = "type")) {
        const err8 = {};
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
} var valid8 = _errs21 === errors; if (valid8) {
    const err9 = {};
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
}
else {
    errors = _errs20;
    if (vErrors !== null) {
        if (_errs20) {
            vErrors.length = _errs20;
        }
        else {
            vErrors = null;
        }
    }
} var _valid2 = _errs19 === errors; errors = _errs18; if (vErrors !== null) {
    if (_errs18) {
        vErrors.length = _errs18;
    }
    else {
        vErrors = null;
    }
} if (_valid2) {
    const _errs22 = errors;
    const _errs23 = errors;
    let valid9 = true;
    const _errs24 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing3;
        if ((data.enabled === undefined) && (missing3 = "enabled")) {
            const err10 = {};
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        else {
            for (const key0 in data) {
                const _errs25 = errors;
                if ("enabled" !== key0) {
                    const err11 = {};
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                var valid10 = _errs25 === errors;
                if (!valid10) {
                    const err12 = {};
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                    break;
                }
            }
        }
    }
    var _valid3 = _errs24 === errors;
    errors = _errs23;
    if (vErrors !== null) {
        if (_errs23) {
            vErrors.length = _errs23;
        }
        else {
            vErrors = null;
        }
    }
    let ifClause0;
    if (_valid3) {
        const _errs26 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.enabled !== undefined) {
                let data2 = data.enabled;
                if (typeof data2 !== "boolean") {
                    const err13 = { instancePath: instancePath + "/enabled", schemaPath: "#/definitions/override/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.enabled.type, parentSchema: schema19.properties.enabled, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
        }
        else {
            const err14 = { instancePath, schemaPath: "#/definitions/override/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
        var _valid3 = _errs26 === errors;
        valid9 = _valid3;
        ifClause0 = "then";
    }
    else {
        const _errs31 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.type === undefined) {
                const err15 = { instancePath, schemaPath: "#/allOf/2/then/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema12.allOf[2].then.else.required, parentSchema: schema12.allOf[2].then.else, data };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        var _valid3 = _errs31 === errors;
        valid9 = _valid3;
        ifClause0 = "else";
    }
    if (!valid9) {
        const err16 = { instancePath, schemaPath: "#/allOf/2/then/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema12.allOf[2].then.if, parentSchema: schema12.allOf[2].then, data };
        if (vErrors === null) {
            vErrors = [err16];
        }
        else {
            vErrors.push(err16);
        }
        errors++;
    }
    var _valid2 = _errs22 === errors;
    valid7 = _valid2;
} if (!valid7) {
    const err17 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema12.allOf[2].if, parentSchema: schema12.allOf[2], data };
    if (vErrors === null) {
        vErrors = [err17];
    }
    else {
        vErrors.push(err17);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== undefined) {
        let data3 = data.type;
        if (!((data3 === "local") || (data3 === "remote"))) {
            const err18 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.type.enum, parentSchema: schema12.properties.type, data: data3 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
}
else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err19];
    }
    else {
        vErrors.push(err19);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/mcpcop/mcpcop/raw/main/schemas/opencode.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
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
    if (data.mcp !== undefined) {
        let data1 = data.mcp;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key0 in data1) {
                if (!(validate11(data1[key0], { instancePath: instancePath + "/mcp/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key0, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err1 = { instancePath: instancePath + "/mcp", schemaPath: "#/properties/mcp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mcp.type, parentSchema: schema11.properties.mcp, data: data1 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
}
else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
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
