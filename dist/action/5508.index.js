export const id = 5508;
export const ids = [5508];
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

/***/ 5508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4603);
// Generated by scripts/compile-schemas.ts (npm run schemas) from the schema "mcpb-0.2" (src/schema/sources.ts): do not edit.
// A test fails when this file is not what that script writes today.
// @ts-nocheck

"use strict";
const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "type": "object", "properties": { "$schema": { "type": "string" }, "dxt_version": { "type": "string", "const": "0.2", "description": "@deprecated Use manifest_version instead" }, "manifest_version": { "type": "string", "const": "0.2" }, "name": { "type": "string" }, "display_name": { "type": "string" }, "version": { "type": "string" }, "description": { "type": "string" }, "long_description": { "type": "string" }, "author": { "type": "object", "properties": { "name": { "type": "string" }, "email": { "type": "string", "format": "email" }, "url": { "type": "string", "format": "uri" } }, "required": ["name"], "additionalProperties": false }, "repository": { "type": "object", "properties": { "type": { "type": "string" }, "url": { "type": "string", "format": "uri" } }, "required": ["type", "url"], "additionalProperties": false }, "homepage": { "type": "string", "format": "uri" }, "documentation": { "type": "string", "format": "uri" }, "support": { "type": "string", "format": "uri" }, "icon": { "type": "string" }, "screenshots": { "type": "array", "items": { "type": "string" } }, "server": { "type": "object", "properties": { "type": { "type": "string", "enum": ["python", "node", "binary"], "errorMessage": "the \"uv\" server type needs \"manifest_version\": \"0.4\"" }, "entry_point": { "type": "string" }, "mcp_config": { "type": "object", "properties": { "command": { "type": "string" }, "args": { "type": "array", "items": { "type": "string" } }, "env": { "type": "object", "additionalProperties": { "type": "string" } }, "platform_overrides": { "type": "object", "additionalProperties": { "type": "object", "properties": { "command": { "$ref": "#/properties/server/properties/mcp_config/properties/command" }, "args": { "$ref": "#/properties/server/properties/mcp_config/properties/args" }, "env": { "$ref": "#/properties/server/properties/mcp_config/properties/env" } }, "additionalProperties": false } } }, "required": ["command"], "additionalProperties": false } }, "required": ["type", "entry_point", "mcp_config"], "additionalProperties": false }, "tools": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "description": { "type": "string" } }, "required": ["name"], "additionalProperties": false } }, "tools_generated": { "type": "boolean" }, "prompts": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "description": { "type": "string" }, "arguments": { "type": "array", "items": { "type": "string" } }, "text": { "type": "string" } }, "required": ["name", "text"], "additionalProperties": false } }, "prompts_generated": { "type": "boolean" }, "keywords": { "type": "array", "items": { "type": "string" } }, "license": { "type": "string" }, "privacy_policies": { "type": "array", "items": { "type": "string", "format": "uri" } }, "compatibility": { "type": "object", "properties": { "claude_desktop": { "type": "string" }, "platforms": { "type": "array", "items": { "type": "string", "enum": ["darwin", "win32", "linux"] } }, "runtimes": { "type": "object", "properties": { "python": { "type": "string" }, "node": { "type": "string" } }, "additionalProperties": false } }, "additionalProperties": false }, "user_config": { "type": "object", "additionalProperties": { "type": "object", "properties": { "type": { "type": "string", "enum": ["string", "number", "boolean", "directory", "file"], "errorMessage": "for a secret use \"type\": \"string\" with \"sensitive\": true" }, "title": { "type": "string" }, "description": { "type": "string" }, "required": { "type": "boolean" }, "default": { "anyOf": [{ "type": "string" }, { "type": "number" }, { "type": "boolean" }, { "type": "array", "items": { "type": "string" } }] }, "multiple": { "type": "boolean" }, "sensitive": { "type": "boolean" }, "min": { "type": "number" }, "max": { "type": "number" } }, "required": ["type", "title", "description"], "additionalProperties": false } } }, "required": ["name", "version", "description", "author", "server"], "additionalProperties": false, "$schema": "http://json-schema.org/draft-07/schema#" };
const schema12 = { "type": "string" };
const schema13 = { "type": "array", "items": { "type": "string" } };
const schema14 = { "type": "object", "additionalProperties": { "type": "string" } };
const func2 = Object.prototype.hasOwnProperty;
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats2 = _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .h.uri;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.version === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.description === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.author === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "author" }, message: "must have required property '" + "author" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.server === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property '" + "server" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema11.properties, key0))) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err6 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.dxt_version !== undefined) {
        let data1 = data.dxt_version;
        if (typeof data1 !== "string") {
            const err7 = { instancePath: instancePath + "/dxt_version", schemaPath: "#/properties/dxt_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.dxt_version.type, parentSchema: schema11.properties.dxt_version, data: data1 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if ("0.2" !== data1) {
            const err8 = { instancePath: instancePath + "/dxt_version", schemaPath: "#/properties/dxt_version/const", keyword: "const", params: { allowedValue: "0.2" }, message: "must be equal to constant", schema: "0.2", parentSchema: schema11.properties.dxt_version, data: data1 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.manifest_version !== undefined) {
        let data2 = data.manifest_version;
        if (typeof data2 !== "string") {
            const err9 = { instancePath: instancePath + "/manifest_version", schemaPath: "#/properties/manifest_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.manifest_version.type, parentSchema: schema11.properties.manifest_version, data: data2 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if ("0.2" !== data2) {
            const err10 = { instancePath: instancePath + "/manifest_version", schemaPath: "#/properties/manifest_version/const", keyword: "const", params: { allowedValue: "0.2" }, message: "must be equal to constant", schema: "0.2", parentSchema: schema11.properties.manifest_version, data: data2 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data3 = data.name;
        if (typeof data3 !== "string") {
            const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.display_name !== undefined) {
        let data4 = data.display_name;
        if (typeof data4 !== "string") {
            const err12 = { instancePath: instancePath + "/display_name", schemaPath: "#/properties/display_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.display_name.type, parentSchema: schema11.properties.display_name, data: data4 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data5 = data.version;
        if (typeof data5 !== "string") {
            const err13 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data5 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data6 = data.description;
        if (typeof data6 !== "string") {
            const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data6 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.long_description !== undefined) {
        let data7 = data.long_description;
        if (typeof data7 !== "string") {
            const err15 = { instancePath: instancePath + "/long_description", schemaPath: "#/properties/long_description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.long_description.type, parentSchema: schema11.properties.long_description, data: data7 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.author !== undefined) {
        let data8 = data.author;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.name === undefined) {
                const err16 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.author.required, parentSchema: schema11.properties.author, data: data8 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            for (const key1 in data8) {
                if (!(((key1 === "name") || (key1 === "email")) || (key1 === "url"))) {
                    const err17 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.author, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
            }
            if (data8.name !== undefined) {
                let data9 = data8.name;
                if (typeof data9 !== "string") {
                    const err18 = { instancePath: instancePath + "/author/name", schemaPath: "#/properties/author/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.author.properties.name.type, parentSchema: schema11.properties.author.properties.name, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
            if (data8.email !== undefined) {
                let data10 = data8.email;
                if (typeof data10 === "string") {
                    if (!(formats0.test(data10))) {
                        const err19 = { instancePath: instancePath + "/author/email", schemaPath: "#/properties/author/properties/email/format", keyword: "format", params: { format: "email" }, message: "must match format \"" + "email" + "\"", schema: "email", parentSchema: schema11.properties.author.properties.email, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                else {
                    const err20 = { instancePath: instancePath + "/author/email", schemaPath: "#/properties/author/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.author.properties.email.type, parentSchema: schema11.properties.author.properties.email, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (data8.url !== undefined) {
                let data11 = data8.url;
                if (typeof data11 === "string") {
                    if (!(formats2(data11))) {
                        const err21 = { instancePath: instancePath + "/author/url", schemaPath: "#/properties/author/properties/url/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema11.properties.author.properties.url, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                else {
                    const err22 = { instancePath: instancePath + "/author/url", schemaPath: "#/properties/author/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.author.properties.url.type, parentSchema: schema11.properties.author.properties.url, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
        }
        else {
            const err23 = { instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.author.type, parentSchema: schema11.properties.author, data: data8 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.repository !== undefined) {
        let data12 = data.repository;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.type === undefined) {
                const err24 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.repository.required, parentSchema: schema11.properties.repository, data: data12 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            if (data12.url === undefined) {
                const err25 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.properties.repository.required, parentSchema: schema11.properties.repository, data: data12 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
            for (const key2 in data12) {
                if (!((key2 === "type") || (key2 === "url"))) {
                    const err26 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.repository, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            if (data12.type !== undefined) {
                let data13 = data12.type;
                if (typeof data13 !== "string") {
                    const err27 = { instancePath: instancePath + "/repository/type", schemaPath: "#/properties/repository/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repository.properties.type.type, parentSchema: schema11.properties.repository.properties.type, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
            }
            if (data12.url !== undefined) {
                let data14 = data12.url;
                if (typeof data14 === "string") {
                    if (!(formats2(data14))) {
                        const err28 = { instancePath: instancePath + "/repository/url", schemaPath: "#/properties/repository/properties/url/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema11.properties.repository.properties.url, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
                else {
                    const err29 = { instancePath: instancePath + "/repository/url", schemaPath: "#/properties/repository/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repository.properties.url.type, parentSchema: schema11.properties.repository.properties.url, data: data14 };
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
            const err30 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.repository.type, parentSchema: schema11.properties.repository, data: data12 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.homepage !== undefined) {
        let data15 = data.homepage;
        if (typeof data15 === "string") {
            if (!(formats2(data15))) {
                const err31 = { instancePath: instancePath + "/homepage", schemaPath: "#/properties/homepage/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema11.properties.homepage, data: data15 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        else {
            const err32 = { instancePath: instancePath + "/homepage", schemaPath: "#/properties/homepage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.homepage.type, parentSchema: schema11.properties.homepage, data: data15 };
            if (vErrors === null) {
                vErrors = [err32];
            }
            else {
                vErrors.push(err32);
            }
            errors++;
        }
    }
    if (data.documentation !== undefined) {
        let data16 = data.documentation;
        if (typeof data16 === "string") {
            if (!(formats2(data16))) {
                const err33 = { instancePath: instancePath + "/documentation", schemaPath: "#/properties/documentation/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema11.properties.documentation, data: data16 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        else {
            const err34 = { instancePath: instancePath + "/documentation", schemaPath: "#/properties/documentation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.documentation.type, parentSchema: schema11.properties.documentation, data: data16 };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
    }
    if (data.support !== undefined) {
        let data17 = data.support;
        if (typeof data17 === "string") {
            if (!(formats2(data17))) {
                const err35 = { instancePath: instancePath + "/support", schemaPath: "#/properties/support/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema11.properties.support, data: data17 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        else {
            const err36 = { instancePath: instancePath + "/support", schemaPath: "#/properties/support/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.support.type, parentSchema: schema11.properties.support, data: data17 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
    if (data.icon !== undefined) {
        let data18 = data.icon;
        if (typeof data18 !== "string") {
            const err37 = { instancePath: instancePath + "/icon", schemaPath: "#/properties/icon/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.icon.type, parentSchema: schema11.properties.icon, data: data18 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.screenshots !== undefined) {
        let data19 = data.screenshots;
        if (Array.isArray(data19)) {
            const len0 = data19.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data20 = data19[i0];
                if (typeof data20 !== "string") {
                    const err38 = { instancePath: instancePath + "/screenshots/" + i0, schemaPath: "#/properties/screenshots/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.screenshots.items.type, parentSchema: schema11.properties.screenshots.items, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
        }
        else {
            const err39 = { instancePath: instancePath + "/screenshots", schemaPath: "#/properties/screenshots/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.screenshots.type, parentSchema: schema11.properties.screenshots, data: data19 };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
    }
    if (data.server !== undefined) {
        let data21 = data.server;
        if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.type === undefined) {
                const err40 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.server.required, parentSchema: schema11.properties.server, data: data21 };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
            if (data21.entry_point === undefined) {
                const err41 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/required", keyword: "required", params: { missingProperty: "entry_point" }, message: "must have required property '" + "entry_point" + "'", schema: schema11.properties.server.required, parentSchema: schema11.properties.server, data: data21 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            if (data21.mcp_config === undefined) {
                const err42 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/required", keyword: "required", params: { missingProperty: "mcp_config" }, message: "must have required property '" + "mcp_config" + "'", schema: schema11.properties.server.required, parentSchema: schema11.properties.server, data: data21 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            for (const key3 in data21) {
                if (!(((key3 === "type") || (key3 === "entry_point")) || (key3 === "mcp_config"))) {
                    const err43 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.server, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
            if (data21.type !== undefined) {
                let data22 = data21.type;
                if (typeof data22 !== "string") {
                    const err44 = { instancePath: instancePath + "/server/type", schemaPath: "#/properties/server/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.server.properties.type.type, parentSchema: schema11.properties.server.properties.type, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
                if (!(((data22 === "python") || (data22 === "node")) || (data22 === "binary"))) {
                    const err45 = { instancePath: instancePath + "/server/type", schemaPath: "#/properties/server/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.server.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.server.properties.type.enum, parentSchema: schema11.properties.server.properties.type, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
            }
            if (data21.entry_point !== undefined) {
                let data23 = data21.entry_point;
                if (typeof data23 !== "string") {
                    const err46 = { instancePath: instancePath + "/server/entry_point", schemaPath: "#/properties/server/properties/entry_point/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.server.properties.entry_point.type, parentSchema: schema11.properties.server.properties.entry_point, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
            }
            if (data21.mcp_config !== undefined) {
                let data24 = data21.mcp_config;
                if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                    if (data24.command === undefined) {
                        const err47 = { instancePath: instancePath + "/server/mcp_config", schemaPath: "#/properties/server/properties/mcp_config/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'", schema: schema11.properties.server.properties.mcp_config.required, parentSchema: schema11.properties.server.properties.mcp_config, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                    for (const key4 in data24) {
                        if (!((((key4 === "command") || (key4 === "args")) || (key4 === "env")) || (key4 === "platform_overrides"))) {
                            const err48 = { instancePath: instancePath + "/server/mcp_config", schemaPath: "#/properties/server/properties/mcp_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.server.properties.mcp_config, data: data24 };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                    if (data24.command !== undefined) {
                        let data25 = data24.command;
                        if (typeof data25 !== "string") {
                            const err49 = { instancePath: instancePath + "/server/mcp_config/command", schemaPath: "#/properties/server/properties/mcp_config/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.server.properties.mcp_config.properties.command.type, parentSchema: schema11.properties.server.properties.mcp_config.properties.command, data: data25 };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    if (data24.args !== undefined) {
                        let data26 = data24.args;
                        if (Array.isArray(data26)) {
                            const len1 = data26.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data27 = data26[i1];
                                if (typeof data27 !== "string") {
                                    const err50 = { instancePath: instancePath + "/server/mcp_config/args/" + i1, schemaPath: "#/properties/server/properties/mcp_config/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.server.properties.mcp_config.properties.args.items.type, parentSchema: schema11.properties.server.properties.mcp_config.properties.args.items, data: data27 };
                                    if (vErrors === null) {
                                        vErrors = [err50];
                                    }
                                    else {
                                        vErrors.push(err50);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err51 = { instancePath: instancePath + "/server/mcp_config/args", schemaPath: "#/properties/server/properties/mcp_config/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.server.properties.mcp_config.properties.args.type, parentSchema: schema11.properties.server.properties.mcp_config.properties.args, data: data26 };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                    }
                    if (data24.env !== undefined) {
                        let data28 = data24.env;
                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                            for (const key5 in data28) {
                                let data29 = data28[key5];
                                if (typeof data29 !== "string") {
                                    const err52 = { instancePath: instancePath + "/server/mcp_config/env/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/server/properties/mcp_config/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.server.properties.mcp_config.properties.env.additionalProperties.type, parentSchema: schema11.properties.server.properties.mcp_config.properties.env.additionalProperties, data: data29 };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err53 = { instancePath: instancePath + "/server/mcp_config/env", schemaPath: "#/properties/server/properties/mcp_config/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.server.properties.mcp_config.properties.env.type, parentSchema: schema11.properties.server.properties.mcp_config.properties.env, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err53];
                            }
                            else {
                                vErrors.push(err53);
                            }
                            errors++;
                        }
                    }
                    if (data24.platform_overrides !== undefined) {
                        let data30 = data24.platform_overrides;
                        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                            for (const key6 in data30) {
                                let data31 = data30[key6];
                                if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                                    for (const key7 in data31) {
                                        if (!(((key7 === "command") || (key7 === "args")) || (key7 === "env"))) {
                                            const err54 = { instancePath: instancePath + "/server/mcp_config/platform_overrides/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/server/properties/mcp_config/properties/platform_overrides/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.server.properties.mcp_config.properties.platform_overrides.additionalProperties, data: data31 };
                                            if (vErrors === null) {
                                                vErrors = [err54];
                                            }
                                            else {
                                                vErrors.push(err54);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data31.command !== undefined) {
                                        let data32 = data31.command;
                                        if (typeof data32 !== "string") {
                                            const err55 = { instancePath: instancePath + "/server/mcp_config/platform_overrides/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/properties/server/properties/mcp_config/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data32 };
                                            if (vErrors === null) {
                                                vErrors = [err55];
                                            }
                                            else {
                                                vErrors.push(err55);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data31.args !== undefined) {
                                        let data33 = data31.args;
                                        if (Array.isArray(data33)) {
                                            const len2 = data33.length;
                                            for (let i2 = 0; i2 < len2; i2++) {
                                                let data34 = data33[i2];
                                                if (typeof data34 !== "string") {
                                                    const err56 = { instancePath: instancePath + "/server/mcp_config/platform_overrides/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i2, schemaPath: "#/properties/server/properties/mcp_config/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.type, parentSchema: schema13.items, data: data34 };
                                                    if (vErrors === null) {
                                                        vErrors = [err56];
                                                    }
                                                    else {
                                                        vErrors.push(err56);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err57 = { instancePath: instancePath + "/server/mcp_config/platform_overrides/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/args", schemaPath: "#/properties/server/properties/mcp_config/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data33 };
                                            if (vErrors === null) {
                                                vErrors = [err57];
                                            }
                                            else {
                                                vErrors.push(err57);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data31.env !== undefined) {
                                        let data35 = data31.env;
                                        if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                            for (const key8 in data35) {
                                                let data36 = data35[key8];
                                                if (typeof data36 !== "string") {
                                                    const err58 = { instancePath: instancePath + "/server/mcp_config/platform_overrides/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/server/properties/mcp_config/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.additionalProperties.type, parentSchema: schema14.additionalProperties, data: data36 };
                                                    if (vErrors === null) {
                                                        vErrors = [err58];
                                                    }
                                                    else {
                                                        vErrors.push(err58);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err59 = { instancePath: instancePath + "/server/mcp_config/platform_overrides/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/server/properties/mcp_config/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data35 };
                                            if (vErrors === null) {
                                                vErrors = [err59];
                                            }
                                            else {
                                                vErrors.push(err59);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err60 = { instancePath: instancePath + "/server/mcp_config/platform_overrides/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/server/properties/mcp_config/properties/platform_overrides/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.server.properties.mcp_config.properties.platform_overrides.additionalProperties.type, parentSchema: schema11.properties.server.properties.mcp_config.properties.platform_overrides.additionalProperties, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err60];
                                    }
                                    else {
                                        vErrors.push(err60);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err61 = { instancePath: instancePath + "/server/mcp_config/platform_overrides", schemaPath: "#/properties/server/properties/mcp_config/properties/platform_overrides/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.server.properties.mcp_config.properties.platform_overrides.type, parentSchema: schema11.properties.server.properties.mcp_config.properties.platform_overrides, data: data30 };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err62 = { instancePath: instancePath + "/server/mcp_config", schemaPath: "#/properties/server/properties/mcp_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.server.properties.mcp_config.type, parentSchema: schema11.properties.server.properties.mcp_config, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err62];
                    }
                    else {
                        vErrors.push(err62);
                    }
                    errors++;
                }
            }
        }
        else {
            const err63 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.server.type, parentSchema: schema11.properties.server, data: data21 };
            if (vErrors === null) {
                vErrors = [err63];
            }
            else {
                vErrors.push(err63);
            }
            errors++;
        }
    }
    if (data.tools !== undefined) {
        let data37 = data.tools;
        if (Array.isArray(data37)) {
            const len3 = data37.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data38 = data37[i3];
                if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                    if (data38.name === undefined) {
                        const err64 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.tools.items.required, parentSchema: schema11.properties.tools.items, data: data38 };
                        if (vErrors === null) {
                            vErrors = [err64];
                        }
                        else {
                            vErrors.push(err64);
                        }
                        errors++;
                    }
                    for (const key9 in data38) {
                        if (!((key9 === "name") || (key9 === "description"))) {
                            const err65 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.tools.items, data: data38 };
                            if (vErrors === null) {
                                vErrors = [err65];
                            }
                            else {
                                vErrors.push(err65);
                            }
                            errors++;
                        }
                    }
                    if (data38.name !== undefined) {
                        let data39 = data38.name;
                        if (typeof data39 !== "string") {
                            const err66 = { instancePath: instancePath + "/tools/" + i3 + "/name", schemaPath: "#/properties/tools/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tools.items.properties.name.type, parentSchema: schema11.properties.tools.items.properties.name, data: data39 };
                            if (vErrors === null) {
                                vErrors = [err66];
                            }
                            else {
                                vErrors.push(err66);
                            }
                            errors++;
                        }
                    }
                    if (data38.description !== undefined) {
                        let data40 = data38.description;
                        if (typeof data40 !== "string") {
                            const err67 = { instancePath: instancePath + "/tools/" + i3 + "/description", schemaPath: "#/properties/tools/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.tools.items.properties.description.type, parentSchema: schema11.properties.tools.items.properties.description, data: data40 };
                            if (vErrors === null) {
                                vErrors = [err67];
                            }
                            else {
                                vErrors.push(err67);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err68 = { instancePath: instancePath + "/tools/" + i3, schemaPath: "#/properties/tools/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tools.items.type, parentSchema: schema11.properties.tools.items, data: data38 };
                    if (vErrors === null) {
                        vErrors = [err68];
                    }
                    else {
                        vErrors.push(err68);
                    }
                    errors++;
                }
            }
        }
        else {
            const err69 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.tools.type, parentSchema: schema11.properties.tools, data: data37 };
            if (vErrors === null) {
                vErrors = [err69];
            }
            else {
                vErrors.push(err69);
            }
            errors++;
        }
    }
    if (data.tools_generated !== undefined) {
        let data41 = data.tools_generated;
        if (typeof data41 !== "boolean") {
            const err70 = { instancePath: instancePath + "/tools_generated", schemaPath: "#/properties/tools_generated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.tools_generated.type, parentSchema: schema11.properties.tools_generated, data: data41 };
            if (vErrors === null) {
                vErrors = [err70];
            }
            else {
                vErrors.push(err70);
            }
            errors++;
        }
    }
    if (data.prompts !== undefined) {
        let data42 = data.prompts;
        if (Array.isArray(data42)) {
            const len4 = data42.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data43 = data42[i4];
                if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                    if (data43.name === undefined) {
                        const err71 = { instancePath: instancePath + "/prompts/" + i4, schemaPath: "#/properties/prompts/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.prompts.items.required, parentSchema: schema11.properties.prompts.items, data: data43 };
                        if (vErrors === null) {
                            vErrors = [err71];
                        }
                        else {
                            vErrors.push(err71);
                        }
                        errors++;
                    }
                    if (data43.text === undefined) {
                        const err72 = { instancePath: instancePath + "/prompts/" + i4, schemaPath: "#/properties/prompts/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property '" + "text" + "'", schema: schema11.properties.prompts.items.required, parentSchema: schema11.properties.prompts.items, data: data43 };
                        if (vErrors === null) {
                            vErrors = [err72];
                        }
                        else {
                            vErrors.push(err72);
                        }
                        errors++;
                    }
                    for (const key10 in data43) {
                        if (!((((key10 === "name") || (key10 === "description")) || (key10 === "arguments")) || (key10 === "text"))) {
                            const err73 = { instancePath: instancePath + "/prompts/" + i4, schemaPath: "#/properties/prompts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.prompts.items, data: data43 };
                            if (vErrors === null) {
                                vErrors = [err73];
                            }
                            else {
                                vErrors.push(err73);
                            }
                            errors++;
                        }
                    }
                    if (data43.name !== undefined) {
                        let data44 = data43.name;
                        if (typeof data44 !== "string") {
                            const err74 = { instancePath: instancePath + "/prompts/" + i4 + "/name", schemaPath: "#/properties/prompts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.prompts.items.properties.name.type, parentSchema: schema11.properties.prompts.items.properties.name, data: data44 };
                            if (vErrors === null) {
                                vErrors = [err74];
                            }
                            else {
                                vErrors.push(err74);
                            }
                            errors++;
                        }
                    }
                    if (data43.description !== undefined) {
                        let data45 = data43.description;
                        if (typeof data45 !== "string") {
                            const err75 = { instancePath: instancePath + "/prompts/" + i4 + "/description", schemaPath: "#/properties/prompts/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.prompts.items.properties.description.type, parentSchema: schema11.properties.prompts.items.properties.description, data: data45 };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                    }
                    if (data43.arguments !== undefined) {
                        let data46 = data43.arguments;
                        if (Array.isArray(data46)) {
                            const len5 = data46.length;
                            for (let i5 = 0; i5 < len5; i5++) {
                                let data47 = data46[i5];
                                if (typeof data47 !== "string") {
                                    const err76 = { instancePath: instancePath + "/prompts/" + i4 + "/arguments/" + i5, schemaPath: "#/properties/prompts/items/properties/arguments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.prompts.items.properties.arguments.items.type, parentSchema: schema11.properties.prompts.items.properties.arguments.items, data: data47 };
                                    if (vErrors === null) {
                                        vErrors = [err76];
                                    }
                                    else {
                                        vErrors.push(err76);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err77 = { instancePath: instancePath + "/prompts/" + i4 + "/arguments", schemaPath: "#/properties/prompts/items/properties/arguments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.prompts.items.properties.arguments.type, parentSchema: schema11.properties.prompts.items.properties.arguments, data: data46 };
                            if (vErrors === null) {
                                vErrors = [err77];
                            }
                            else {
                                vErrors.push(err77);
                            }
                            errors++;
                        }
                    }
                    if (data43.text !== undefined) {
                        let data48 = data43.text;
                        if (typeof data48 !== "string") {
                            const err78 = { instancePath: instancePath + "/prompts/" + i4 + "/text", schemaPath: "#/properties/prompts/items/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.prompts.items.properties.text.type, parentSchema: schema11.properties.prompts.items.properties.text, data: data48 };
                            if (vErrors === null) {
                                vErrors = [err78];
                            }
                            else {
                                vErrors.push(err78);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err79 = { instancePath: instancePath + "/prompts/" + i4, schemaPath: "#/properties/prompts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.prompts.items.type, parentSchema: schema11.properties.prompts.items, data: data43 };
                    if (vErrors === null) {
                        vErrors = [err79];
                    }
                    else {
                        vErrors.push(err79);
                    }
                    errors++;
                }
            }
        }
        else {
            const err80 = { instancePath: instancePath + "/prompts", schemaPath: "#/properties/prompts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.prompts.type, parentSchema: schema11.properties.prompts, data: data42 };
            if (vErrors === null) {
                vErrors = [err80];
            }
            else {
                vErrors.push(err80);
            }
            errors++;
        }
    }
    if (data.prompts_generated !== undefined) {
        let data49 = data.prompts_generated;
        if (typeof data49 !== "boolean") {
            const err81 = { instancePath: instancePath + "/prompts_generated", schemaPath: "#/properties/prompts_generated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.prompts_generated.type, parentSchema: schema11.properties.prompts_generated, data: data49 };
            if (vErrors === null) {
                vErrors = [err81];
            }
            else {
                vErrors.push(err81);
            }
            errors++;
        }
    }
    if (data.keywords !== undefined) {
        let data50 = data.keywords;
        if (Array.isArray(data50)) {
            const len6 = data50.length;
            for (let i6 = 0; i6 < len6; i6++) {
                let data51 = data50[i6];
                if (typeof data51 !== "string") {
                    const err82 = { instancePath: instancePath + "/keywords/" + i6, schemaPath: "#/properties/keywords/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.keywords.items.type, parentSchema: schema11.properties.keywords.items, data: data51 };
                    if (vErrors === null) {
                        vErrors = [err82];
                    }
                    else {
                        vErrors.push(err82);
                    }
                    errors++;
                }
            }
        }
        else {
            const err83 = { instancePath: instancePath + "/keywords", schemaPath: "#/properties/keywords/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.keywords.type, parentSchema: schema11.properties.keywords, data: data50 };
            if (vErrors === null) {
                vErrors = [err83];
            }
            else {
                vErrors.push(err83);
            }
            errors++;
        }
    }
    if (data.license !== undefined) {
        let data52 = data.license;
        if (typeof data52 !== "string") {
            const err84 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.license.type, parentSchema: schema11.properties.license, data: data52 };
            if (vErrors === null) {
                vErrors = [err84];
            }
            else {
                vErrors.push(err84);
            }
            errors++;
        }
    }
    if (data.privacy_policies !== undefined) {
        let data53 = data.privacy_policies;
        if (Array.isArray(data53)) {
            const len7 = data53.length;
            for (let i7 = 0; i7 < len7; i7++) {
                let data54 = data53[i7];
                if (typeof data54 === "string") {
                    if (!(formats2(data54))) {
                        const err85 = { instancePath: instancePath + "/privacy_policies/" + i7, schemaPath: "#/properties/privacy_policies/items/format", keyword: "format", params: { format: "uri" }, message: "must match format \"" + "uri" + "\"", schema: "uri", parentSchema: schema11.properties.privacy_policies.items, data: data54 };
                        if (vErrors === null) {
                            vErrors = [err85];
                        }
                        else {
                            vErrors.push(err85);
                        }
                        errors++;
                    }
                }
                else {
                    const err86 = { instancePath: instancePath + "/privacy_policies/" + i7, schemaPath: "#/properties/privacy_policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.privacy_policies.items.type, parentSchema: schema11.properties.privacy_policies.items, data: data54 };
                    if (vErrors === null) {
                        vErrors = [err86];
                    }
                    else {
                        vErrors.push(err86);
                    }
                    errors++;
                }
            }
        }
        else {
            const err87 = { instancePath: instancePath + "/privacy_policies", schemaPath: "#/properties/privacy_policies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.privacy_policies.type, parentSchema: schema11.properties.privacy_policies, data: data53 };
            if (vErrors === null) {
                vErrors = [err87];
            }
            else {
                vErrors.push(err87);
            }
            errors++;
        }
    }
    if (data.compatibility !== undefined) {
        let data55 = data.compatibility;
        if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            for (const key11 in data55) {
                if (!(((key11 === "claude_desktop") || (key11 === "platforms")) || (key11 === "runtimes"))) {
                    const err88 = { instancePath: instancePath + "/compatibility", schemaPath: "#/properties/compatibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.compatibility, data: data55 };
                    if (vErrors === null) {
                        vErrors = [err88];
                    }
                    else {
                        vErrors.push(err88);
                    }
                    errors++;
                }
            }
            if (data55.claude_desktop !== undefined) {
                let data56 = data55.claude_desktop;
                if (typeof data56 !== "string") {
                    const err89 = { instancePath: instancePath + "/compatibility/claude_desktop", schemaPath: "#/properties/compatibility/properties/claude_desktop/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.claude_desktop.type, parentSchema: schema11.properties.compatibility.properties.claude_desktop, data: data56 };
                    if (vErrors === null) {
                        vErrors = [err89];
                    }
                    else {
                        vErrors.push(err89);
                    }
                    errors++;
                }
            }
            if (data55.platforms !== undefined) {
                let data57 = data55.platforms;
                if (Array.isArray(data57)) {
                    const len8 = data57.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                        let data58 = data57[i8];
                        if (typeof data58 !== "string") {
                            const err90 = { instancePath: instancePath + "/compatibility/platforms/" + i8, schemaPath: "#/properties/compatibility/properties/platforms/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.platforms.items.type, parentSchema: schema11.properties.compatibility.properties.platforms.items, data: data58 };
                            if (vErrors === null) {
                                vErrors = [err90];
                            }
                            else {
                                vErrors.push(err90);
                            }
                            errors++;
                        }
                        if (!(((data58 === "darwin") || (data58 === "win32")) || (data58 === "linux"))) {
                            const err91 = { instancePath: instancePath + "/compatibility/platforms/" + i8, schemaPath: "#/properties/compatibility/properties/platforms/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.compatibility.properties.platforms.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.compatibility.properties.platforms.items.enum, parentSchema: schema11.properties.compatibility.properties.platforms.items, data: data58 };
                            if (vErrors === null) {
                                vErrors = [err91];
                            }
                            else {
                                vErrors.push(err91);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err92 = { instancePath: instancePath + "/compatibility/platforms", schemaPath: "#/properties/compatibility/properties/platforms/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.compatibility.properties.platforms.type, parentSchema: schema11.properties.compatibility.properties.platforms, data: data57 };
                    if (vErrors === null) {
                        vErrors = [err92];
                    }
                    else {
                        vErrors.push(err92);
                    }
                    errors++;
                }
            }
            if (data55.runtimes !== undefined) {
                let data59 = data55.runtimes;
                if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                    for (const key12 in data59) {
                        if (!((key12 === "python") || (key12 === "node"))) {
                            const err93 = { instancePath: instancePath + "/compatibility/runtimes", schemaPath: "#/properties/compatibility/properties/runtimes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.compatibility.properties.runtimes, data: data59 };
                            if (vErrors === null) {
                                vErrors = [err93];
                            }
                            else {
                                vErrors.push(err93);
                            }
                            errors++;
                        }
                    }
                    if (data59.python !== undefined) {
                        let data60 = data59.python;
                        if (typeof data60 !== "string") {
                            const err94 = { instancePath: instancePath + "/compatibility/runtimes/python", schemaPath: "#/properties/compatibility/properties/runtimes/properties/python/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.runtimes.properties.python.type, parentSchema: schema11.properties.compatibility.properties.runtimes.properties.python, data: data60 };
                            if (vErrors === null) {
                                vErrors = [err94];
                            }
                            else {
                                vErrors.push(err94);
                            }
                            errors++;
                        }
                    }
                    if (data59.node !== undefined) {
                        let data61 = data59.node;
                        if (typeof data61 !== "string") {
                            const err95 = { instancePath: instancePath + "/compatibility/runtimes/node", schemaPath: "#/properties/compatibility/properties/runtimes/properties/node/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.compatibility.properties.runtimes.properties.node.type, parentSchema: schema11.properties.compatibility.properties.runtimes.properties.node, data: data61 };
                            if (vErrors === null) {
                                vErrors = [err95];
                            }
                            else {
                                vErrors.push(err95);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err96 = { instancePath: instancePath + "/compatibility/runtimes", schemaPath: "#/properties/compatibility/properties/runtimes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.compatibility.properties.runtimes.type, parentSchema: schema11.properties.compatibility.properties.runtimes, data: data59 };
                    if (vErrors === null) {
                        vErrors = [err96];
                    }
                    else {
                        vErrors.push(err96);
                    }
                    errors++;
                }
            }
        }
        else {
            const err97 = { instancePath: instancePath + "/compatibility", schemaPath: "#/properties/compatibility/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.compatibility.type, parentSchema: schema11.properties.compatibility, data: data55 };
            if (vErrors === null) {
                vErrors = [err97];
            }
            else {
                vErrors.push(err97);
            }
            errors++;
        }
    }
    if (data.user_config !== undefined) {
        let data62 = data.user_config;
        if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
            for (const key13 in data62) {
                let data63 = data62[key13];
                if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                    if (data63.type === undefined) {
                        const err98 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_config/additionalProperties/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.user_config.additionalProperties.required, parentSchema: schema11.properties.user_config.additionalProperties, data: data63 };
                        if (vErrors === null) {
                            vErrors = [err98];
                        }
                        else {
                            vErrors.push(err98);
                        }
                        errors++;
                    }
                    if (data63.title === undefined) {
                        const err99 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_config/additionalProperties/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'", schema: schema11.properties.user_config.additionalProperties.required, parentSchema: schema11.properties.user_config.additionalProperties, data: data63 };
                        if (vErrors === null) {
                            vErrors = [err99];
                        }
                        else {
                            vErrors.push(err99);
                        }
                        errors++;
                    }
                    if (data63.description === undefined) {
                        const err100 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_config/additionalProperties/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'", schema: schema11.properties.user_config.additionalProperties.required, parentSchema: schema11.properties.user_config.additionalProperties, data: data63 };
                        if (vErrors === null) {
                            vErrors = [err100];
                        }
                        else {
                            vErrors.push(err100);
                        }
                        errors++;
                    }
                    for (const key14 in data63) {
                        if (!(func2.call(schema11.properties.user_config.additionalProperties.properties, key14))) {
                            const err101 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_config/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.user_config.additionalProperties, data: data63 };
                            if (vErrors === null) {
                                vErrors = [err101];
                            }
                            else {
                                vErrors.push(err101);
                            }
                            errors++;
                        }
                    }
                    if (data63.type !== undefined) {
                        let data64 = data63.type;
                        if (typeof data64 !== "string") {
                            const err102 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/user_config/additionalProperties/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.user_config.additionalProperties.properties.type.type, parentSchema: schema11.properties.user_config.additionalProperties.properties.type, data: data64 };
                            if (vErrors === null) {
                                vErrors = [err102];
                            }
                            else {
                                vErrors.push(err102);
                            }
                            errors++;
                        }
                        if (!(((((data64 === "string") || (data64 === "number")) || (data64 === "boolean")) || (data64 === "directory")) || (data64 === "file"))) {
                            const err103 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/user_config/additionalProperties/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.user_config.additionalProperties.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.user_config.additionalProperties.properties.type.enum, parentSchema: schema11.properties.user_config.additionalProperties.properties.type, data: data64 };
                            if (vErrors === null) {
                                vErrors = [err103];
                            }
                            else {
                                vErrors.push(err103);
                            }
                            errors++;
                        }
                    }
                    if (data63.title !== undefined) {
                        let data65 = data63.title;
                        if (typeof data65 !== "string") {
                            const err104 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/properties/user_config/additionalProperties/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.user_config.additionalProperties.properties.title.type, parentSchema: schema11.properties.user_config.additionalProperties.properties.title, data: data65 };
                            if (vErrors === null) {
                                vErrors = [err104];
                            }
                            else {
                                vErrors.push(err104);
                            }
                            errors++;
                        }
                    }
                    if (data63.description !== undefined) {
                        let data66 = data63.description;
                        if (typeof data66 !== "string") {
                            const err105 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/user_config/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.user_config.additionalProperties.properties.description.type, parentSchema: schema11.properties.user_config.additionalProperties.properties.description, data: data66 };
                            if (vErrors === null) {
                                vErrors = [err105];
                            }
                            else {
                                vErrors.push(err105);
                            }
                            errors++;
                        }
                    }
                    if (data63.required !== undefined) {
                        let data67 = data63.required;
                        if (typeof data67 !== "boolean") {
                            const err106 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/user_config/additionalProperties/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.user_config.additionalProperties.properties.required.type, parentSchema: schema11.properties.user_config.additionalProperties.properties.required, data: data67 };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                        }
                    }
                    if (data63.default !== undefined) {
                        let data68 = data63.default;
                        const _errs158 = errors;
                        let valid36 = false;
                        const _errs159 = errors;
                        if (typeof data68 !== "string") {
                            const err107 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/user_config/additionalProperties/properties/default/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.user_config.additionalProperties.properties.default.anyOf[0].type, parentSchema: schema11.properties.user_config.additionalProperties.properties.default.anyOf[0], data: data68 };
                            if (vErrors === null) {
                                vErrors = [err107];
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                        }
                        var _valid0 = _errs159 === errors;
                        valid36 = valid36 || _valid0;
                        if (!valid36) {
                            const _errs161 = errors;
                            if (!((typeof data68 == "number") && (isFinite(data68)))) {
                                const err108 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/user_config/additionalProperties/properties/default/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.user_config.additionalProperties.properties.default.anyOf[1].type, parentSchema: schema11.properties.user_config.additionalProperties.properties.default.anyOf[1], data: data68 };
                                if (vErrors === null) {
                                    vErrors = [err108];
                                }
                                else {
                                    vErrors.push(err108);
                                }
                                errors++;
                            }
                            var _valid0 = _errs161 === errors;
                            valid36 = valid36 || _valid0;
                            if (!valid36) {
                                const _errs163 = errors;
                                if (typeof data68 !== "boolean") {
                                    const err109 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/user_config/additionalProperties/properties/default/anyOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.user_config.additionalProperties.properties.default.anyOf[2].type, parentSchema: schema11.properties.user_config.additionalProperties.properties.default.anyOf[2], data: data68 };
                                    if (vErrors === null) {
                                        vErrors = [err109];
                                    }
                                    else {
                                        vErrors.push(err109);
                                    }
                                    errors++;
                                }
                                var _valid0 = _errs163 === errors;
                                valid36 = valid36 || _valid0;
                                if (!valid36) {
                                    const _errs165 = errors;
                                    if (Array.isArray(data68)) {
                                        const len9 = data68.length;
                                        for (let i9 = 0; i9 < len9; i9++) {
                                            let data69 = data68[i9];
                                            if (typeof data69 !== "string") {
                                                const err110 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/default/" + i9, schemaPath: "#/properties/user_config/additionalProperties/properties/default/anyOf/3/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.user_config.additionalProperties.properties.default.anyOf[3].items.type, parentSchema: schema11.properties.user_config.additionalProperties.properties.default.anyOf[3].items, data: data69 };
                                                if (vErrors === null) {
                                                    vErrors = [err110];
                                                }
                                                else {
                                                    vErrors.push(err110);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err111 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/user_config/additionalProperties/properties/default/anyOf/3/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.user_config.additionalProperties.properties.default.anyOf[3].type, parentSchema: schema11.properties.user_config.additionalProperties.properties.default.anyOf[3], data: data68 };
                                        if (vErrors === null) {
                                            vErrors = [err111];
                                        }
                                        else {
                                            vErrors.push(err111);
                                        }
                                        errors++;
                                    }
                                    var _valid0 = _errs165 === errors;
                                    valid36 = valid36 || _valid0;
                                }
                            }
                        }
                        if (!valid36) {
                            const err112 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/user_config/additionalProperties/properties/default/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.user_config.additionalProperties.properties.default.anyOf, parentSchema: schema11.properties.user_config.additionalProperties.properties.default, data: data68 };
                            if (vErrors === null) {
                                vErrors = [err112];
                            }
                            else {
                                vErrors.push(err112);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs158;
                            if (vErrors !== null) {
                                if (_errs158) {
                                    vErrors.length = _errs158;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                    }
                    if (data63.multiple !== undefined) {
                        let data70 = data63.multiple;
                        if (typeof data70 !== "boolean") {
                            const err113 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/multiple", schemaPath: "#/properties/user_config/additionalProperties/properties/multiple/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.user_config.additionalProperties.properties.multiple.type, parentSchema: schema11.properties.user_config.additionalProperties.properties.multiple, data: data70 };
                            if (vErrors === null) {
                                vErrors = [err113];
                            }
                            else {
                                vErrors.push(err113);
                            }
                            errors++;
                        }
                    }
                    if (data63.sensitive !== undefined) {
                        let data71 = data63.sensitive;
                        if (typeof data71 !== "boolean") {
                            const err114 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/sensitive", schemaPath: "#/properties/user_config/additionalProperties/properties/sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.user_config.additionalProperties.properties.sensitive.type, parentSchema: schema11.properties.user_config.additionalProperties.properties.sensitive, data: data71 };
                            if (vErrors === null) {
                                vErrors = [err114];
                            }
                            else {
                                vErrors.push(err114);
                            }
                            errors++;
                        }
                    }
                    if (data63.min !== undefined) {
                        let data72 = data63.min;
                        if (!((typeof data72 == "number") && (isFinite(data72)))) {
                            const err115 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", schemaPath: "#/properties/user_config/additionalProperties/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.user_config.additionalProperties.properties.min.type, parentSchema: schema11.properties.user_config.additionalProperties.properties.min, data: data72 };
                            if (vErrors === null) {
                                vErrors = [err115];
                            }
                            else {
                                vErrors.push(err115);
                            }
                            errors++;
                        }
                    }
                    if (data63.max !== undefined) {
                        let data73 = data63.max;
                        if (!((typeof data73 == "number") && (isFinite(data73)))) {
                            const err116 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", schemaPath: "#/properties/user_config/additionalProperties/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.user_config.additionalProperties.properties.max.type, parentSchema: schema11.properties.user_config.additionalProperties.properties.max, data: data73 };
                            if (vErrors === null) {
                                vErrors = [err116];
                            }
                            else {
                                vErrors.push(err116);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err117 = { instancePath: instancePath + "/user_config/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_config/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.user_config.additionalProperties.type, parentSchema: schema11.properties.user_config.additionalProperties, data: data63 };
                    if (vErrors === null) {
                        vErrors = [err117];
                    }
                    else {
                        vErrors.push(err117);
                    }
                    errors++;
                }
            }
        }
        else {
            const err118 = { instancePath: instancePath + "/user_config", schemaPath: "#/properties/user_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.user_config.type, parentSchema: schema11.properties.user_config, data: data62 };
            if (vErrors === null) {
                vErrors = [err118];
            }
            else {
                vErrors.push(err118);
            }
            errors++;
        }
    }
}
else {
    const err119 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err119];
    }
    else {
        vErrors.push(err119);
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
