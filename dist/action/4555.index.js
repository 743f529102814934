export const id = 4555;
export const ids = [4555];
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

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4603);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8039);
// Generated by scripts/compile-schemas.ts (npm run schemas) from the schema "registry-2025-12-11" (src/schema/sources.ts): do not edit.
// A test fails when this file is not what that script writes today.
// @ts-nocheck


"use strict";
const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "description": "Schema for a static representation of an MCP server. Used in various contexts related to discovery, installation, and configuration.", "properties": { "$schema": { "description": "JSON Schema URI for this server.json format", "format": "mcp-url", "type": "string" }, "_meta": { "description": "Extension metadata using reverse DNS namespacing for vendor-specific data", "properties": { "io.modelcontextprotocol.registry/publisher-provided": { "additionalProperties": true, "description": "Publisher-provided metadata for downstream registries", "type": "object" } }, "type": "object" }, "description": { "description": "Clear human-readable explanation of server functionality. Should focus on capabilities, not implementation details.", "maxLength": 100, "minLength": 1, "type": "string", "errorMessage": "the MCP Registry rejects a longer description when publishing; keep it to one short sentence and put the details in the README" }, "icons": { "description": "Optional set of sized icons that the client can display in a user interface. Clients that support rendering icons MUST support at least the following MIME types: image/png and image/jpeg (safe, universal compatibility). Clients SHOULD also support: image/svg+xml (scalable but requires security precautions) and image/webp (modern, efficient format).", "items": { "description": "An optionally-sized icon that can be displayed in a user interface.", "properties": { "mimeType": { "description": "Optional MIME type override if the source MIME type is missing or generic. Must be one of: image/png, image/jpeg, image/jpg, image/svg+xml, image/webp.", "enum": ["image/png", "image/jpeg", "image/jpg", "image/svg+xml", "image/webp"], "type": "string" }, "sizes": { "description": "Optional array of strings that specify sizes at which the icon can be used. Each string should be in WxH format (e.g., '48x48', '96x96') or 'any' for scalable formats like SVG. If not provided, the client should assume that the icon can be used at any size.", "examples": [["48x48", "96x96"], ["any"]], "items": { "pattern": "^(\\d+x\\d+|any)$", "type": "string" }, "type": "array" }, "src": { "description": "A standard URI pointing to an icon resource. Must be an HTTPS URL. Consumers SHOULD take steps to ensure URLs serving icons are from the same domain as the server or a trusted domain. Consumers SHOULD take appropriate precautions when consuming SVGs as they can contain executable JavaScript.", "format": "mcp-url", "maxLength": 255, "type": "string" }, "theme": { "description": "Optional specifier for the theme this icon is designed for. 'light' indicates the icon is designed to be used with a light background, and 'dark' indicates the icon is designed to be used with a dark background. If not provided, the client should assume the icon can be used with any theme.", "enum": ["light", "dark"], "type": "string" } }, "required": ["src"], "type": "object" }, "type": "array" }, "name": { "description": "Server name in reverse-DNS format. Must contain exactly one forward slash separating namespace from server name.", "maxLength": 200, "minLength": 3, "pattern": "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", "type": "string", "errorMessage": "the MCP Registry needs a reverse-DNS namespace and a server name separated by one slash, e.g. \"io.github.owner/server\", and the namespace must be one the publisher can prove (io.github.<user> by GitHub login, or a domain they control)" }, "packages": { "items": { "properties": { "environmentVariables": { "description": "A mapping of environment variables to be set when running the package.", "items": { "allOf": [{ "allOf": [{ "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, { "properties": { "variables": { "additionalProperties": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] }, { "properties": { "name": { "description": "Name of the header or environment variable.", "type": "string" } }, "required": ["name"], "type": "object" }] }, "type": "array" }, "fileSha256": { "description": "SHA-256 hash of the package file for integrity verification. Required for MCPB packages and optional for other package types. Authors are responsible for generating correct SHA-256 hashes when creating server.json. If present, MCP clients must validate the downloaded file matches the hash before running packages to ensure file integrity.", "pattern": "^[a-f0-9]{64}$", "type": "string" }, "identifier": { "description": "Package identifier - either a package name (for registries) or URL (for direct downloads)", "examples": ["@modelcontextprotocol/server-brave-search", "https://github.com/example/releases/download/v1.0.0/package.mcpb"], "type": "string" }, "packageArguments": { "description": "A list of arguments to be passed to the package's binary.", "items": { "description": "Warning: Arguments construct command-line parameters that may contain user-provided input. This creates potential command injection risks if clients execute commands in a shell environment. For example, a malicious argument value like ';rm -rf ~/Development' could execute dangerous commands. Clients should prefer non-shell execution methods (e.g., posix_spawn) when possible to eliminate injection risks entirely. Where not possible, clients should obtain consent from users or agents to run the resolved command before execution.", "if": { "required": ["type"], "properties": { "type": { "const": "positional" } } }, "then": { "allOf": [{ "allOf": [{ "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, { "properties": { "variables": { "additionalProperties": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] }, { "anyOf": [{ "required": ["valueHint"], "errorMessage": "a positional argument needs a \"value\" (passed as it is) or a \"valueHint\" (a label for the value the user supplies)" }, { "required": ["value"], "errorMessage": "a positional argument needs a \"value\" (passed as it is) or a \"valueHint\" (a label for the value the user supplies)" }], "properties": { "isRepeated": { "default": false, "description": "Whether the argument can be repeated multiple times in the command line.", "type": "boolean" }, "type": { "enum": ["positional"], "type": "string" }, "valueHint": { "description": "An identifier for the positional argument. It is not part of the command line. It may be used by client configuration as a label identifying the argument. It is also used to identify the value in transport URL variable substitution.", "type": "string" } }, "required": ["type"], "type": "object" }], "description": "A positional input is a value inserted verbatim into the command line." }, "else": { "if": { "required": ["type"], "properties": { "type": { "const": "named" } } }, "then": { "allOf": [{ "allOf": [{ "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, { "properties": { "variables": { "additionalProperties": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] }, { "properties": { "isRepeated": { "default": false, "description": "Whether the argument can be repeated multiple times.", "type": "boolean" }, "name": { "description": "The flag name, including any leading dashes.", "type": "string" }, "type": { "enum": ["named"], "type": "string" } }, "required": ["type", "name"], "type": "object" }], "description": "A command-line `--flag={value}`." }, "else": { "required": ["type"], "properties": { "type": { "enum": ["positional", "named"] } } } } }, "type": "array" }, "registryBaseUrl": { "description": "Base URL of the package registry", "examples": ["https://registry.npmjs.org", "https://pypi.org", "https://docker.io", "https://api.nuget.org/v3/index.json", "https://github.com", "https://gitlab.com"], "format": "mcp-url", "type": "string" }, "registryType": { "description": "Registry type indicating how to download packages (e.g., 'npm', 'pypi', 'oci', 'nuget', 'mcpb')", "examples": ["npm", "pypi", "oci", "nuget", "mcpb"], "type": "string" }, "runtimeArguments": { "description": "A list of arguments to be passed to the package's runtime command (such as docker or npx). The `runtimeHint` field should be provided when `runtimeArguments` are present.", "items": { "description": "Warning: Arguments construct command-line parameters that may contain user-provided input. This creates potential command injection risks if clients execute commands in a shell environment. For example, a malicious argument value like ';rm -rf ~/Development' could execute dangerous commands. Clients should prefer non-shell execution methods (e.g., posix_spawn) when possible to eliminate injection risks entirely. Where not possible, clients should obtain consent from users or agents to run the resolved command before execution.", "if": { "required": ["type"], "properties": { "type": { "const": "positional" } } }, "then": { "allOf": [{ "allOf": [{ "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, { "properties": { "variables": { "additionalProperties": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] }, { "anyOf": [{ "required": ["valueHint"], "errorMessage": "a positional argument needs a \"value\" (passed as it is) or a \"valueHint\" (a label for the value the user supplies)" }, { "required": ["value"], "errorMessage": "a positional argument needs a \"value\" (passed as it is) or a \"valueHint\" (a label for the value the user supplies)" }], "properties": { "isRepeated": { "default": false, "description": "Whether the argument can be repeated multiple times in the command line.", "type": "boolean" }, "type": { "enum": ["positional"], "type": "string" }, "valueHint": { "description": "An identifier for the positional argument. It is not part of the command line. It may be used by client configuration as a label identifying the argument. It is also used to identify the value in transport URL variable substitution.", "type": "string" } }, "required": ["type"], "type": "object" }], "description": "A positional input is a value inserted verbatim into the command line." }, "else": { "if": { "required": ["type"], "properties": { "type": { "const": "named" } } }, "then": { "allOf": [{ "allOf": [{ "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, { "properties": { "variables": { "additionalProperties": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] }, { "properties": { "isRepeated": { "default": false, "description": "Whether the argument can be repeated multiple times.", "type": "boolean" }, "name": { "description": "The flag name, including any leading dashes.", "type": "string" }, "type": { "enum": ["named"], "type": "string" } }, "required": ["type", "name"], "type": "object" }], "description": "A command-line `--flag={value}`." }, "else": { "required": ["type"], "properties": { "type": { "enum": ["positional", "named"] } } } } }, "type": "array" }, "runtimeHint": { "description": "A hint to help clients determine the appropriate runtime for the package. This field should be provided when `runtimeArguments` are present.", "examples": ["npx", "uvx", "docker", "dnx"], "type": "string" }, "transport": { "description": "Transport protocol configuration for the package", "if": { "required": ["type"], "properties": { "type": { "const": "stdio" } } }, "then": { "properties": { "type": { "description": "Transport type", "enum": ["stdio"], "type": "string" } }, "required": ["type"], "type": "object" }, "else": { "if": { "required": ["type"], "properties": { "type": { "const": "streamable-http" } } }, "then": { "properties": { "headers": { "description": "HTTP headers to include", "items": { "allOf": [{ "allOf": [{ "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, { "properties": { "variables": { "additionalProperties": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] }, { "properties": { "name": { "description": "Name of the header or environment variable.", "type": "string" } }, "required": ["name"], "type": "object" }] }, "type": "array" }, "type": { "description": "Transport type", "enum": ["streamable-http"], "type": "string" }, "url": { "description": "URL template for the streamable-http transport. Variables in {curly_braces} are resolved based on context: In Package context, they reference argument valueHints, argument names, or environment variable names from the parent Package. In Remote context, they reference variables from the transport's 'variables' object. After variable substitution, this should produce a valid URI.", "format": "uri-template", "type": "string" } }, "required": ["type", "url"], "type": "object" }, "else": { "if": { "required": ["type"], "properties": { "type": { "const": "sse" } } }, "then": { "properties": { "headers": { "description": "HTTP headers to include", "items": { "allOf": [{ "allOf": [{ "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, { "properties": { "variables": { "additionalProperties": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] }, { "properties": { "name": { "description": "Name of the header or environment variable.", "type": "string" } }, "required": ["name"], "type": "object" }] }, "type": "array" }, "type": { "description": "Transport type", "enum": ["sse"], "type": "string" }, "url": { "description": "Server-Sent Events endpoint URL template. Variables in {curly_braces} are resolved based on context: In Package context, they reference argument valueHints, argument names, or environment variable names from the parent Package. In Remote context, they reference variables from the transport's 'variables' object. After variable substitution, this should produce a valid URI.", "format": "uri-template", "type": "string" } }, "required": ["type", "url"], "type": "object" }, "else": { "required": ["type"], "properties": { "type": { "enum": ["stdio", "streamable-http", "sse"], "errorMessage": "the MCP Registry calls the Streamable HTTP transport \"streamable-http\" (not \"http\")" } } } } } }, "version": { "description": "Package version. Must be a specific version. Version ranges are rejected (e.g., '^1.2.3', '~1.2.3', '>=1.2.3', '1.x', '1.*').", "minLength": 1, "not": { "const": "latest" }, "type": "string", "errorMessage": "\"latest\" is not allowed: the registry needs the exact version the package was published as, e.g. \"1.2.3\"" } }, "required": ["registryType", "identifier", "transport"], "type": "object" }, "type": "array" }, "remotes": { "items": { "allOf": [{ "if": { "required": ["type"], "properties": { "type": { "const": "streamable-http" } } }, "then": { "properties": { "headers": { "description": "HTTP headers to include", "items": { "allOf": [{ "allOf": [{ "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, { "properties": { "variables": { "additionalProperties": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] }, { "properties": { "name": { "description": "Name of the header or environment variable.", "type": "string" } }, "required": ["name"], "type": "object" }] }, "type": "array" }, "type": { "description": "Transport type", "enum": ["streamable-http"], "type": "string" }, "url": { "description": "URL template for the streamable-http transport. Variables in {curly_braces} are resolved based on context: In Package context, they reference argument valueHints, argument names, or environment variable names from the parent Package. In Remote context, they reference variables from the transport's 'variables' object. After variable substitution, this should produce a valid URI.", "format": "uri-template", "type": "string" } }, "required": ["type", "url"], "type": "object" }, "else": { "if": { "required": ["type"], "properties": { "type": { "const": "sse" } } }, "then": { "properties": { "headers": { "description": "HTTP headers to include", "items": { "allOf": [{ "allOf": [{ "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, { "properties": { "variables": { "additionalProperties": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "type": "object" } }, "type": "object" }] }, { "properties": { "name": { "description": "Name of the header or environment variable.", "type": "string" } }, "required": ["name"], "type": "object" }] }, "type": "array" }, "type": { "description": "Transport type", "enum": ["sse"], "type": "string" }, "url": { "description": "Server-Sent Events endpoint URL template. Variables in {curly_braces} are resolved based on context: In Package context, they reference argument valueHints, argument names, or environment variable names from the parent Package. In Remote context, they reference variables from the transport's 'variables' object. After variable substitution, this should produce a valid URI.", "format": "uri-template", "type": "string" } }, "required": ["type", "url"], "type": "object" }, "else": { "required": ["type"], "properties": { "type": { "enum": ["streamable-http", "sse"], "errorMessage": "the MCP Registry calls the Streamable HTTP transport \"streamable-http\" (not \"http\")" } } } } }, { "properties": { "variables": { "additionalProperties": { "properties": { "choices": { "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" }, "type": "array" }, "default": { "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead.", "type": "string" }, "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "format": { "default": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "type": "string" }, "isRequired": { "default": false, "type": "boolean" }, "isSecret": { "default": false, "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "type": "boolean" }, "placeholder": { "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input.", "type": "string" }, "value": { "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n", "type": "string" } }, "type": "object" }, "description": "Configuration variables that can be referenced in URL template {curly_braces}. The key is the variable name, and the value defines the variable properties.", "type": "object" } }, "type": "object" }], "description": "Transport protocol configuration for remote context - extends StreamableHttpTransport or SseTransport with variables" }, "type": "array" }, "repository": { "description": "Optional repository metadata for the MCP server source code. Recommended for transparency and security inspection.", "properties": { "id": { "description": "Repository identifier from the hosting service (e.g., GitHub repo ID). Owned and determined by the source forge. Should remain stable across repository renames and may be used to detect repository resurrection attacks - if a repository is deleted and recreated, the ID should change. For GitHub, use: gh api repos/<owner>/<repo> --jq '.id'", "type": "string" }, "source": { "description": "Repository hosting service identifier. Used by registries to determine validation and API access methods.", "type": "string" }, "subfolder": { "description": "Optional relative path from repository root to the server location within a monorepo or nested package structure. Must be a clean relative path.", "type": "string" }, "url": { "description": "Repository URL for browsing source code. Should support both web browsing and git clone operations.", "format": "mcp-url", "type": "string" } }, "required": ["url", "source"], "type": "object" }, "title": { "description": "Optional human-readable title or display name for the MCP server. MCP subregistries or clients MAY choose to use this for display purposes.", "maxLength": 100, "minLength": 1, "type": "string" }, "version": { "description": "Version string for this server. SHOULD follow semantic versioning (e.g., '1.0.2', '2.1.0-alpha'). Equivalent of Implementation.version in MCP specification. Non-semantic versions are allowed but may not sort predictably. Version ranges are rejected (e.g., '^1.2.3', '~1.2.3', '>=1.2.3', '1.x', '1.*').", "maxLength": 255, "type": "string" }, "websiteUrl": { "description": "Optional URL to the server's homepage, documentation, or project website. This provides a central link for users to learn more about the server. Particularly useful when the server has custom installation instructions or setup requirements.", "format": "mcp-url", "type": "string" } }, "required": ["name", "description", "version"], "type": "object", "$comment": "This file is auto-generated from docs/reference/api/openapi.yaml. Do not edit manually. Run 'make generate-schema' to update.", "$id": "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json", "$schema": "http://json-schema.org/draft-07/schema#", "title": "server.json defining a Model Context Protocol (MCP) server" };
const formats0 = _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .h["mcp-url"];
const formats6 = /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i;
const func2 = _runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .ucs2length */ .K;
const pattern0 = new RegExp("^(\\d+x\\d+|any)$", "u");
const pattern1 = new RegExp("^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", "u");
const pattern2 = new RegExp("^[a-f0-9]{64}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
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
    if (data.description === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.version === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 === "string") {
            if (!(formats0.validate(data0))) {
                const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.properties.$schema, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data._meta !== undefined) {
        let data1 = data._meta;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1["io.modelcontextprotocol.registry/publisher-provided"] !== undefined) {
                let data2 = data1["io.modelcontextprotocol.registry/publisher-provided"];
                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) { }
                else {
                    const err5 = { instancePath: instancePath + "/_meta/io.modelcontextprotocol.registry~1publisher-provided", schemaPath: "#/properties/_meta/properties/io.modelcontextprotocol.registry~1publisher-provided/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties._meta.properties["io.modelcontextprotocol.registry/publisher-provided"].type, parentSchema: schema11.properties._meta.properties["io.modelcontextprotocol.registry/publisher-provided"], data: data2 };
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
            const err6 = { instancePath: instancePath + "/_meta", schemaPath: "#/properties/_meta/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties._meta.type, parentSchema: schema11.properties._meta, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data3 = data.description;
        if (typeof data3 === "string") {
            if (func2(data3) > 100) {
                const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.description, data: data3 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (func2(data3) < 1) {
                const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.description, data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data3 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.icons !== undefined) {
        let data4 = data.icons;
        if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data5 = data4[i0];
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    if (data5.src === undefined) {
                        const err10 = { instancePath: instancePath + "/icons/" + i0, schemaPath: "#/properties/icons/items/required", keyword: "required", params: { missingProperty: "src" }, message: "must have required property '" + "src" + "'", schema: schema11.properties.icons.items.required, parentSchema: schema11.properties.icons.items, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if (data5.mimeType !== undefined) {
                        let data6 = data5.mimeType;
                        if (typeof data6 !== "string") {
                            const err11 = { instancePath: instancePath + "/icons/" + i0 + "/mimeType", schemaPath: "#/properties/icons/items/properties/mimeType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.icons.items.properties.mimeType.type, parentSchema: schema11.properties.icons.items.properties.mimeType, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (!(((((data6 === "image/png") || (data6 === "image/jpeg")) || (data6 === "image/jpg")) || (data6 === "image/svg+xml")) || (data6 === "image/webp"))) {
                            const err12 = { instancePath: instancePath + "/icons/" + i0 + "/mimeType", schemaPath: "#/properties/icons/items/properties/mimeType/enum", keyword: "enum", params: { allowedValues: schema11.properties.icons.items.properties.mimeType.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.icons.items.properties.mimeType.enum, parentSchema: schema11.properties.icons.items.properties.mimeType, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    if (data5.sizes !== undefined) {
                        let data7 = data5.sizes;
                        if (Array.isArray(data7)) {
                            const len1 = data7.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data8 = data7[i1];
                                if (typeof data8 === "string") {
                                    if (!pattern0.test(data8)) {
                                        const err13 = { instancePath: instancePath + "/icons/" + i0 + "/sizes/" + i1, schemaPath: "#/properties/icons/items/properties/sizes/items/pattern", keyword: "pattern", params: { pattern: "^(\\d+x\\d+|any)$" }, message: "must match pattern \"" + "^(\\d+x\\d+|any)$" + "\"", schema: "^(\\d+x\\d+|any)$", parentSchema: schema11.properties.icons.items.properties.sizes.items, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err13];
                                        }
                                        else {
                                            vErrors.push(err13);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err14 = { instancePath: instancePath + "/icons/" + i0 + "/sizes/" + i1, schemaPath: "#/properties/icons/items/properties/sizes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.icons.items.properties.sizes.items.type, parentSchema: schema11.properties.icons.items.properties.sizes.items, data: data8 };
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
                            const err15 = { instancePath: instancePath + "/icons/" + i0 + "/sizes", schemaPath: "#/properties/icons/items/properties/sizes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.icons.items.properties.sizes.type, parentSchema: schema11.properties.icons.items.properties.sizes, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data5.src !== undefined) {
                        let data9 = data5.src;
                        if (typeof data9 === "string") {
                            if (func2(data9) > 255) {
                                const err16 = { instancePath: instancePath + "/icons/" + i0 + "/src", schemaPath: "#/properties/icons/items/properties/src/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema11.properties.icons.items.properties.src, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                            if (!(formats0.validate(data9))) {
                                const err17 = { instancePath: instancePath + "/icons/" + i0 + "/src", schemaPath: "#/properties/icons/items/properties/src/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.properties.icons.items.properties.src, data: data9 };
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
                            const err18 = { instancePath: instancePath + "/icons/" + i0 + "/src", schemaPath: "#/properties/icons/items/properties/src/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.icons.items.properties.src.type, parentSchema: schema11.properties.icons.items.properties.src, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data5.theme !== undefined) {
                        let data10 = data5.theme;
                        if (typeof data10 !== "string") {
                            const err19 = { instancePath: instancePath + "/icons/" + i0 + "/theme", schemaPath: "#/properties/icons/items/properties/theme/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.icons.items.properties.theme.type, parentSchema: schema11.properties.icons.items.properties.theme, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        if (!((data10 === "light") || (data10 === "dark"))) {
                            const err20 = { instancePath: instancePath + "/icons/" + i0 + "/theme", schemaPath: "#/properties/icons/items/properties/theme/enum", keyword: "enum", params: { allowedValues: schema11.properties.icons.items.properties.theme.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.icons.items.properties.theme.enum, parentSchema: schema11.properties.icons.items.properties.theme, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err21 = { instancePath: instancePath + "/icons/" + i0, schemaPath: "#/properties/icons/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.icons.items.type, parentSchema: schema11.properties.icons.items, data: data5 };
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
            const err22 = { instancePath: instancePath + "/icons", schemaPath: "#/properties/icons/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.icons.type, parentSchema: schema11.properties.icons, data: data4 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data11 = data.name;
        if (typeof data11 === "string") {
            if (func2(data11) > 200) {
                const err23 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema11.properties.name, data: data11 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            if (func2(data11) < 3) {
                const err24 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema11.properties.name, data: data11 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            if (!pattern1.test(data11)) {
                const err25 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$" + "\"", schema: "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", parentSchema: schema11.properties.name, data: data11 };
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
            const err26 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data11 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.packages !== undefined) {
        let data12 = data.packages;
        if (Array.isArray(data12)) {
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data13 = data12[i2];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.registryType === undefined) {
                        const err27 = { instancePath: instancePath + "/packages/" + i2, schemaPath: "#/properties/packages/items/required", keyword: "required", params: { missingProperty: "registryType" }, message: "must have required property '" + "registryType" + "'", schema: schema11.properties.packages.items.required, parentSchema: schema11.properties.packages.items, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    if (data13.identifier === undefined) {
                        const err28 = { instancePath: instancePath + "/packages/" + i2, schemaPath: "#/properties/packages/items/required", keyword: "required", params: { missingProperty: "identifier" }, message: "must have required property '" + "identifier" + "'", schema: schema11.properties.packages.items.required, parentSchema: schema11.properties.packages.items, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    if (data13.transport === undefined) {
                        const err29 = { instancePath: instancePath + "/packages/" + i2, schemaPath: "#/properties/packages/items/required", keyword: "required", params: { missingProperty: "transport" }, message: "must have required property '" + "transport" + "'", schema: schema11.properties.packages.items.required, parentSchema: schema11.properties.packages.items, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (data13.environmentVariables !== undefined) {
                        let data14 = data13.environmentVariables;
                        if (Array.isArray(data14)) {
                            const len3 = data14.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                                let data15 = data14[i3];
                                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                    if (data15.choices !== undefined) {
                                        let data16 = data15.choices;
                                        if (Array.isArray(data16)) {
                                            const len4 = data16.length;
                                            for (let i4 = 0; i4 < len4; i4++) {
                                                let data17 = data16[i4];
                                                if (typeof data17 !== "string") {
                                                    const err30 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/choices/" + i4, schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.choices.items, data: data17 };
                                                    if (vErrors === null) {
                                                        vErrors = [err30];
                                                    }
                                                    else {
                                                        vErrors.push(err30);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err31 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/choices", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.choices, data: data16 };
                                            if (vErrors === null) {
                                                vErrors = [err31];
                                            }
                                            else {
                                                vErrors.push(err31);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data15.default !== undefined) {
                                        let data18 = data15.default;
                                        if (typeof data18 !== "string") {
                                            const err32 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/default", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.default, data: data18 };
                                            if (vErrors === null) {
                                                vErrors = [err32];
                                            }
                                            else {
                                                vErrors.push(err32);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data15.description !== undefined) {
                                        let data19 = data15.description;
                                        if (typeof data19 !== "string") {
                                            const err33 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/description", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.description, data: data19 };
                                            if (vErrors === null) {
                                                vErrors = [err33];
                                            }
                                            else {
                                                vErrors.push(err33);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data15.format !== undefined) {
                                        let data20 = data15.format;
                                        if (typeof data20 !== "string") {
                                            const err34 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/format", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.format, data: data20 };
                                            if (vErrors === null) {
                                                vErrors = [err34];
                                            }
                                            else {
                                                vErrors.push(err34);
                                            }
                                            errors++;
                                        }
                                        if (!((((data20 === "string") || (data20 === "number")) || (data20 === "boolean")) || (data20 === "filepath"))) {
                                            const err35 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/format", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.format, data: data20 };
                                            if (vErrors === null) {
                                                vErrors = [err35];
                                            }
                                            else {
                                                vErrors.push(err35);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data15.isRequired !== undefined) {
                                        let data21 = data15.isRequired;
                                        if (typeof data21 !== "boolean") {
                                            const err36 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/isRequired", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.isRequired, data: data21 };
                                            if (vErrors === null) {
                                                vErrors = [err36];
                                            }
                                            else {
                                                vErrors.push(err36);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data15.isSecret !== undefined) {
                                        let data22 = data15.isSecret;
                                        if (typeof data22 !== "boolean") {
                                            const err37 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/isSecret", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.isSecret, data: data22 };
                                            if (vErrors === null) {
                                                vErrors = [err37];
                                            }
                                            else {
                                                vErrors.push(err37);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data15.placeholder !== undefined) {
                                        let data23 = data15.placeholder;
                                        if (typeof data23 !== "string") {
                                            const err38 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/placeholder", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.placeholder, data: data23 };
                                            if (vErrors === null) {
                                                vErrors = [err38];
                                            }
                                            else {
                                                vErrors.push(err38);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data15.value !== undefined) {
                                        let data24 = data15.value;
                                        if (typeof data24 !== "string") {
                                            const err39 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/value", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.value, data: data24 };
                                            if (vErrors === null) {
                                                vErrors = [err39];
                                            }
                                            else {
                                                vErrors.push(err39);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err40 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3, schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0], data: data15 };
                                    if (vErrors === null) {
                                        vErrors = [err40];
                                    }
                                    else {
                                        vErrors.push(err40);
                                    }
                                    errors++;
                                }
                                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                    if (data15.variables !== undefined) {
                                        let data25 = data15.variables;
                                        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                            for (const key0 in data25) {
                                                let data26 = data25[key0];
                                                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                                    if (data26.choices !== undefined) {
                                                        let data27 = data26.choices;
                                                        if (Array.isArray(data27)) {
                                                            const len5 = data27.length;
                                                            for (let i5 = 0; i5 < len5; i5++) {
                                                                let data28 = data27[i5];
                                                                if (typeof data28 !== "string") {
                                                                    const err41 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i5, schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data28 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err41];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err41);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err42 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data27 };
                                                            if (vErrors === null) {
                                                                vErrors = [err42];
                                                            }
                                                            else {
                                                                vErrors.push(err42);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data26.default !== undefined) {
                                                        let data29 = data26.default;
                                                        if (typeof data29 !== "string") {
                                                            const err43 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data29 };
                                                            if (vErrors === null) {
                                                                vErrors = [err43];
                                                            }
                                                            else {
                                                                vErrors.push(err43);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data26.description !== undefined) {
                                                        let data30 = data26.description;
                                                        if (typeof data30 !== "string") {
                                                            const err44 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data30 };
                                                            if (vErrors === null) {
                                                                vErrors = [err44];
                                                            }
                                                            else {
                                                                vErrors.push(err44);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data26.format !== undefined) {
                                                        let data31 = data26.format;
                                                        if (typeof data31 !== "string") {
                                                            const err45 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data31 };
                                                            if (vErrors === null) {
                                                                vErrors = [err45];
                                                            }
                                                            else {
                                                                vErrors.push(err45);
                                                            }
                                                            errors++;
                                                        }
                                                        if (!((((data31 === "string") || (data31 === "number")) || (data31 === "boolean")) || (data31 === "filepath"))) {
                                                            const err46 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data31 };
                                                            if (vErrors === null) {
                                                                vErrors = [err46];
                                                            }
                                                            else {
                                                                vErrors.push(err46);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data26.isRequired !== undefined) {
                                                        let data32 = data26.isRequired;
                                                        if (typeof data32 !== "boolean") {
                                                            const err47 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data32 };
                                                            if (vErrors === null) {
                                                                vErrors = [err47];
                                                            }
                                                            else {
                                                                vErrors.push(err47);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data26.isSecret !== undefined) {
                                                        let data33 = data26.isSecret;
                                                        if (typeof data33 !== "boolean") {
                                                            const err48 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data33 };
                                                            if (vErrors === null) {
                                                                vErrors = [err48];
                                                            }
                                                            else {
                                                                vErrors.push(err48);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data26.placeholder !== undefined) {
                                                        let data34 = data26.placeholder;
                                                        if (typeof data34 !== "string") {
                                                            const err49 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data34 };
                                                            if (vErrors === null) {
                                                                vErrors = [err49];
                                                            }
                                                            else {
                                                                vErrors.push(err49);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data26.value !== undefined) {
                                                        let data35 = data26.value;
                                                        if (typeof data35 !== "string") {
                                                            const err50 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data35 };
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
                                                    const err51 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties, data: data26 };
                                                    if (vErrors === null) {
                                                        vErrors = [err51];
                                                    }
                                                    else {
                                                        vErrors.push(err51);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err52 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/variables", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables, data: data25 };
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
                                    const err53 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3, schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1], data: data15 };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                    if (data15.name === undefined) {
                                        const err54 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3, schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[1].required, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[1], data: data15 };
                                        if (vErrors === null) {
                                            vErrors = [err54];
                                        }
                                        else {
                                            vErrors.push(err54);
                                        }
                                        errors++;
                                    }
                                    if (data15.name !== undefined) {
                                        let data36 = data15.name;
                                        if (typeof data36 !== "string") {
                                            const err55 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3 + "/name", schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[1].properties.name.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[1].properties.name, data: data36 };
                                            if (vErrors === null) {
                                                vErrors = [err55];
                                            }
                                            else {
                                                vErrors.push(err55);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err56 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables/" + i3, schemaPath: "#/properties/packages/items/properties/environmentVariables/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[1].type, parentSchema: schema11.properties.packages.items.properties.environmentVariables.items.allOf[1], data: data15 };
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
                            const err57 = { instancePath: instancePath + "/packages/" + i2 + "/environmentVariables", schemaPath: "#/properties/packages/items/properties/environmentVariables/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.environmentVariables.type, parentSchema: schema11.properties.packages.items.properties.environmentVariables, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err57];
                            }
                            else {
                                vErrors.push(err57);
                            }
                            errors++;
                        }
                    }
                    if (data13.fileSha256 !== undefined) {
                        let data37 = data13.fileSha256;
                        if (typeof data37 === "string") {
                            if (!pattern2.test(data37)) {
                                const err58 = { instancePath: instancePath + "/packages/" + i2 + "/fileSha256", schemaPath: "#/properties/packages/items/properties/fileSha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: "must match pattern \"" + "^[a-f0-9]{64}$" + "\"", schema: "^[a-f0-9]{64}$", parentSchema: schema11.properties.packages.items.properties.fileSha256, data: data37 };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err59 = { instancePath: instancePath + "/packages/" + i2 + "/fileSha256", schemaPath: "#/properties/packages/items/properties/fileSha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.fileSha256.type, parentSchema: schema11.properties.packages.items.properties.fileSha256, data: data37 };
                            if (vErrors === null) {
                                vErrors = [err59];
                            }
                            else {
                                vErrors.push(err59);
                            }
                            errors++;
                        }
                    }
                    if (data13.identifier !== undefined) {
                        let data38 = data13.identifier;
                        if (typeof data38 !== "string") {
                            const err60 = { instancePath: instancePath + "/packages/" + i2 + "/identifier", schemaPath: "#/properties/packages/items/properties/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.identifier.type, parentSchema: schema11.properties.packages.items.properties.identifier, data: data38 };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                    }
                    if (data13.packageArguments !== undefined) {
                        let data39 = data13.packageArguments;
                        if (Array.isArray(data39)) {
                            const len6 = data39.length;
                            for (let i6 = 0; i6 < len6; i6++) {
                                let data40 = data39[i6];
                                const _errs93 = errors;
                                let valid25 = true;
                                const _errs94 = errors;
                                if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                    let missing0;
                                    if ((data40.type === undefined) && (missing0 = "type")) {
                                        const err61 = {};
                                        if (vErrors === null) {
                                            vErrors = [err61];
                                        }
                                        else {
                                            vErrors.push(err61);
                                        }
                                        errors++;
                                    }
                                    else {
                                        if (data40.type !== undefined) {
                                            if ("positional" !== data40.type) {
                                                const err62 = {};
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
                                }
                                var _valid0 = _errs94 === errors;
                                errors = _errs93;
                                if (vErrors !== null) {
                                    if (_errs93) {
                                        vErrors.length = _errs93;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                                let ifClause0;
                                if (_valid0) {
                                    const _errs96 = errors;
                                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                        if (data40.choices !== undefined) {
                                            let data42 = data40.choices;
                                            if (Array.isArray(data42)) {
                                                const len7 = data42.length;
                                                for (let i7 = 0; i7 < len7; i7++) {
                                                    let data43 = data42[i7];
                                                    if (typeof data43 !== "string") {
                                                        const err63 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/choices/" + i7, schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.choices.items, data: data43 };
                                                        if (vErrors === null) {
                                                            vErrors = [err63];
                                                        }
                                                        else {
                                                            vErrors.push(err63);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err64 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/choices", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.choices, data: data42 };
                                                if (vErrors === null) {
                                                    vErrors = [err64];
                                                }
                                                else {
                                                    vErrors.push(err64);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.default !== undefined) {
                                            let data44 = data40.default;
                                            if (typeof data44 !== "string") {
                                                const err65 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/default", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.default, data: data44 };
                                                if (vErrors === null) {
                                                    vErrors = [err65];
                                                }
                                                else {
                                                    vErrors.push(err65);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.description !== undefined) {
                                            let data45 = data40.description;
                                            if (typeof data45 !== "string") {
                                                const err66 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/description", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.description, data: data45 };
                                                if (vErrors === null) {
                                                    vErrors = [err66];
                                                }
                                                else {
                                                    vErrors.push(err66);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.format !== undefined) {
                                            let data46 = data40.format;
                                            if (typeof data46 !== "string") {
                                                const err67 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/format", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.format, data: data46 };
                                                if (vErrors === null) {
                                                    vErrors = [err67];
                                                }
                                                else {
                                                    vErrors.push(err67);
                                                }
                                                errors++;
                                            }
                                            if (!((((data46 === "string") || (data46 === "number")) || (data46 === "boolean")) || (data46 === "filepath"))) {
                                                const err68 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/format", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.format, data: data46 };
                                                if (vErrors === null) {
                                                    vErrors = [err68];
                                                }
                                                else {
                                                    vErrors.push(err68);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.isRequired !== undefined) {
                                            let data47 = data40.isRequired;
                                            if (typeof data47 !== "boolean") {
                                                const err69 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/isRequired", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.isRequired, data: data47 };
                                                if (vErrors === null) {
                                                    vErrors = [err69];
                                                }
                                                else {
                                                    vErrors.push(err69);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.isSecret !== undefined) {
                                            let data48 = data40.isSecret;
                                            if (typeof data48 !== "boolean") {
                                                const err70 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/isSecret", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.isSecret, data: data48 };
                                                if (vErrors === null) {
                                                    vErrors = [err70];
                                                }
                                                else {
                                                    vErrors.push(err70);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.placeholder !== undefined) {
                                            let data49 = data40.placeholder;
                                            if (typeof data49 !== "string") {
                                                const err71 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/placeholder", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.placeholder, data: data49 };
                                                if (vErrors === null) {
                                                    vErrors = [err71];
                                                }
                                                else {
                                                    vErrors.push(err71);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.value !== undefined) {
                                            let data50 = data40.value;
                                            if (typeof data50 !== "string") {
                                                const err72 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/value", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.value, data: data50 };
                                                if (vErrors === null) {
                                                    vErrors = [err72];
                                                }
                                                else {
                                                    vErrors.push(err72);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err73 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0], data: data40 };
                                        if (vErrors === null) {
                                            vErrors = [err73];
                                        }
                                        else {
                                            vErrors.push(err73);
                                        }
                                        errors++;
                                    }
                                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                        if (data40.variables !== undefined) {
                                            let data51 = data40.variables;
                                            if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                                for (const key1 in data51) {
                                                    let data52 = data51[key1];
                                                    if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                                                        if (data52.choices !== undefined) {
                                                            let data53 = data52.choices;
                                                            if (Array.isArray(data53)) {
                                                                const len8 = data53.length;
                                                                for (let i8 = 0; i8 < len8; i8++) {
                                                                    let data54 = data53[i8];
                                                                    if (typeof data54 !== "string") {
                                                                        const err74 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i8, schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data54 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err74];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err74);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err75 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data53 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err75];
                                                                }
                                                                else {
                                                                    vErrors.push(err75);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data52.default !== undefined) {
                                                            let data55 = data52.default;
                                                            if (typeof data55 !== "string") {
                                                                const err76 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data55 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err76];
                                                                }
                                                                else {
                                                                    vErrors.push(err76);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data52.description !== undefined) {
                                                            let data56 = data52.description;
                                                            if (typeof data56 !== "string") {
                                                                const err77 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data56 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err77];
                                                                }
                                                                else {
                                                                    vErrors.push(err77);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data52.format !== undefined) {
                                                            let data57 = data52.format;
                                                            if (typeof data57 !== "string") {
                                                                const err78 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data57 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err78];
                                                                }
                                                                else {
                                                                    vErrors.push(err78);
                                                                }
                                                                errors++;
                                                            }
                                                            if (!((((data57 === "string") || (data57 === "number")) || (data57 === "boolean")) || (data57 === "filepath"))) {
                                                                const err79 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data57 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err79];
                                                                }
                                                                else {
                                                                    vErrors.push(err79);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data52.isRequired !== undefined) {
                                                            let data58 = data52.isRequired;
                                                            if (typeof data58 !== "boolean") {
                                                                const err80 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data58 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err80];
                                                                }
                                                                else {
                                                                    vErrors.push(err80);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data52.isSecret !== undefined) {
                                                            let data59 = data52.isSecret;
                                                            if (typeof data59 !== "boolean") {
                                                                const err81 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data59 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err81];
                                                                }
                                                                else {
                                                                    vErrors.push(err81);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data52.placeholder !== undefined) {
                                                            let data60 = data52.placeholder;
                                                            if (typeof data60 !== "string") {
                                                                const err82 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data60 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err82];
                                                                }
                                                                else {
                                                                    vErrors.push(err82);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data52.value !== undefined) {
                                                            let data61 = data52.value;
                                                            if (typeof data61 !== "string") {
                                                                const err83 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data61 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err83];
                                                                }
                                                                else {
                                                                    vErrors.push(err83);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err84 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties, data: data52 };
                                                        if (vErrors === null) {
                                                            vErrors = [err84];
                                                        }
                                                        else {
                                                            vErrors.push(err84);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err85 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables, data: data51 };
                                                if (vErrors === null) {
                                                    vErrors = [err85];
                                                }
                                                else {
                                                    vErrors.push(err85);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err86 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1], data: data40 };
                                        if (vErrors === null) {
                                            vErrors = [err86];
                                        }
                                        else {
                                            vErrors.push(err86);
                                        }
                                        errors++;
                                    }
                                    const _errs145 = errors;
                                    let valid37 = false;
                                    const _errs146 = errors;
                                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                        if (data40.valueHint === undefined) {
                                            const err87 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/1/anyOf/0/required", keyword: "required", params: { missingProperty: "valueHint" }, message: "must have required property '" + "valueHint" + "'", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].anyOf[0].required, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].anyOf[0], data: data40 };
                                            if (vErrors === null) {
                                                vErrors = [err87];
                                            }
                                            else {
                                                vErrors.push(err87);
                                            }
                                            errors++;
                                        }
                                    }
                                    var _valid1 = _errs146 === errors;
                                    valid37 = valid37 || _valid1;
                                    if (!valid37) {
                                        const _errs148 = errors;
                                        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                            if (data40.value === undefined) {
                                                const err88 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/1/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].anyOf[1].required, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].anyOf[1], data: data40 };
                                                if (vErrors === null) {
                                                    vErrors = [err88];
                                                }
                                                else {
                                                    vErrors.push(err88);
                                                }
                                                errors++;
                                            }
                                        }
                                        var _valid1 = _errs148 === errors;
                                        valid37 = valid37 || _valid1;
                                    }
                                    if (!valid37) {
                                        const err89 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/1/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].anyOf, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1], data: data40 };
                                        if (vErrors === null) {
                                            vErrors = [err89];
                                        }
                                        else {
                                            vErrors.push(err89);
                                        }
                                        errors++;
                                    }
                                    else {
                                        errors = _errs145;
                                        if (vErrors !== null) {
                                            if (_errs145) {
                                                vErrors.length = _errs145;
                                            }
                                            else {
                                                vErrors = null;
                                            }
                                        }
                                    }
                                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                        if (data40.type === undefined) {
                                            const err90 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].required, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1], data: data40 };
                                            if (vErrors === null) {
                                                vErrors = [err90];
                                            }
                                            else {
                                                vErrors.push(err90);
                                            }
                                            errors++;
                                        }
                                        if (data40.isRepeated !== undefined) {
                                            let data62 = data40.isRepeated;
                                            if (typeof data62 !== "boolean") {
                                                const err91 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/isRepeated", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/1/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.isRepeated.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.isRepeated, data: data62 };
                                                if (vErrors === null) {
                                                    vErrors = [err91];
                                                }
                                                else {
                                                    vErrors.push(err91);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.type !== undefined) {
                                            let data63 = data40.type;
                                            if (typeof data63 !== "string") {
                                                const err92 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/type", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.type.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.type, data: data63 };
                                                if (vErrors === null) {
                                                    vErrors = [err92];
                                                }
                                                else {
                                                    vErrors.push(err92);
                                                }
                                                errors++;
                                            }
                                            if (!(data63 === "positional")) {
                                                const err93 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/type", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.type.enum, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.type, data: data63 };
                                                if (vErrors === null) {
                                                    vErrors = [err93];
                                                }
                                                else {
                                                    vErrors.push(err93);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data40.valueHint !== undefined) {
                                            let data64 = data40.valueHint;
                                            if (typeof data64 !== "string") {
                                                const err94 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/valueHint", schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/1/properties/valueHint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.valueHint.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.valueHint, data: data64 };
                                                if (vErrors === null) {
                                                    vErrors = [err94];
                                                }
                                                else {
                                                    vErrors.push(err94);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err95 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/then/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1].type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.then.allOf[1], data: data40 };
                                        if (vErrors === null) {
                                            vErrors = [err95];
                                        }
                                        else {
                                            vErrors.push(err95);
                                        }
                                        errors++;
                                    }
                                    var _valid0 = _errs96 === errors;
                                    valid25 = _valid0;
                                    ifClause0 = "then";
                                }
                                else {
                                    const _errs156 = errors;
                                    const _errs157 = errors;
                                    let valid39 = true;
                                    const _errs158 = errors;
                                    if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                        let missing1;
                                        if ((data40.type === undefined) && (missing1 = "type")) {
                                            const err96 = {};
                                            if (vErrors === null) {
                                                vErrors = [err96];
                                            }
                                            else {
                                                vErrors.push(err96);
                                            }
                                            errors++;
                                        }
                                        else {
                                            if (data40.type !== undefined) {
                                                if ("named" !== data40.type) {
                                                    const err97 = {};
                                                    if (vErrors === null) {
                                                        vErrors = [err97];
                                                    }
                                                    else {
                                                        vErrors.push(err97);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    var _valid2 = _errs158 === errors;
                                    errors = _errs157;
                                    if (vErrors !== null) {
                                        if (_errs157) {
                                            vErrors.length = _errs157;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                    let ifClause1;
                                    if (_valid2) {
                                        const _errs160 = errors;
                                        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                            if (data40.choices !== undefined) {
                                                let data66 = data40.choices;
                                                if (Array.isArray(data66)) {
                                                    const len9 = data66.length;
                                                    for (let i9 = 0; i9 < len9; i9++) {
                                                        let data67 = data66[i9];
                                                        if (typeof data67 !== "string") {
                                                            const err98 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/choices/" + i9, schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.choices.items, data: data67 };
                                                            if (vErrors === null) {
                                                                vErrors = [err98];
                                                            }
                                                            else {
                                                                vErrors.push(err98);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err99 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/choices", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.choices, data: data66 };
                                                    if (vErrors === null) {
                                                        vErrors = [err99];
                                                    }
                                                    else {
                                                        vErrors.push(err99);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data40.default !== undefined) {
                                                let data68 = data40.default;
                                                if (typeof data68 !== "string") {
                                                    const err100 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/default", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.default, data: data68 };
                                                    if (vErrors === null) {
                                                        vErrors = [err100];
                                                    }
                                                    else {
                                                        vErrors.push(err100);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data40.description !== undefined) {
                                                let data69 = data40.description;
                                                if (typeof data69 !== "string") {
                                                    const err101 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/description", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.description, data: data69 };
                                                    if (vErrors === null) {
                                                        vErrors = [err101];
                                                    }
                                                    else {
                                                        vErrors.push(err101);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data40.format !== undefined) {
                                                let data70 = data40.format;
                                                if (typeof data70 !== "string") {
                                                    const err102 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/format", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.format, data: data70 };
                                                    if (vErrors === null) {
                                                        vErrors = [err102];
                                                    }
                                                    else {
                                                        vErrors.push(err102);
                                                    }
                                                    errors++;
                                                }
                                                if (!((((data70 === "string") || (data70 === "number")) || (data70 === "boolean")) || (data70 === "filepath"))) {
                                                    const err103 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/format", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.format, data: data70 };
                                                    if (vErrors === null) {
                                                        vErrors = [err103];
                                                    }
                                                    else {
                                                        vErrors.push(err103);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data40.isRequired !== undefined) {
                                                let data71 = data40.isRequired;
                                                if (typeof data71 !== "boolean") {
                                                    const err104 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/isRequired", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.isRequired, data: data71 };
                                                    if (vErrors === null) {
                                                        vErrors = [err104];
                                                    }
                                                    else {
                                                        vErrors.push(err104);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data40.isSecret !== undefined) {
                                                let data72 = data40.isSecret;
                                                if (typeof data72 !== "boolean") {
                                                    const err105 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/isSecret", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.isSecret, data: data72 };
                                                    if (vErrors === null) {
                                                        vErrors = [err105];
                                                    }
                                                    else {
                                                        vErrors.push(err105);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data40.placeholder !== undefined) {
                                                let data73 = data40.placeholder;
                                                if (typeof data73 !== "string") {
                                                    const err106 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/placeholder", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.placeholder, data: data73 };
                                                    if (vErrors === null) {
                                                        vErrors = [err106];
                                                    }
                                                    else {
                                                        vErrors.push(err106);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data40.value !== undefined) {
                                                let data74 = data40.value;
                                                if (typeof data74 !== "string") {
                                                    const err107 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/value", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.value, data: data74 };
                                                    if (vErrors === null) {
                                                        vErrors = [err107];
                                                    }
                                                    else {
                                                        vErrors.push(err107);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err108 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0], data: data40 };
                                            if (vErrors === null) {
                                                vErrors = [err108];
                                            }
                                            else {
                                                vErrors.push(err108);
                                            }
                                            errors++;
                                        }
                                        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                            if (data40.variables !== undefined) {
                                                let data75 = data40.variables;
                                                if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                                    for (const key2 in data75) {
                                                        let data76 = data75[key2];
                                                        if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                                                            if (data76.choices !== undefined) {
                                                                let data77 = data76.choices;
                                                                if (Array.isArray(data77)) {
                                                                    const len10 = data77.length;
                                                                    for (let i10 = 0; i10 < len10; i10++) {
                                                                        let data78 = data77[i10];
                                                                        if (typeof data78 !== "string") {
                                                                            const err109 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i10, schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data78 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err109];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err109);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    const err110 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data77 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err110];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err110);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data76.default !== undefined) {
                                                                let data79 = data76.default;
                                                                if (typeof data79 !== "string") {
                                                                    const err111 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data79 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err111];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err111);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data76.description !== undefined) {
                                                                let data80 = data76.description;
                                                                if (typeof data80 !== "string") {
                                                                    const err112 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data80 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err112];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err112);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data76.format !== undefined) {
                                                                let data81 = data76.format;
                                                                if (typeof data81 !== "string") {
                                                                    const err113 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data81 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err113];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err113);
                                                                    }
                                                                    errors++;
                                                                }
                                                                if (!((((data81 === "string") || (data81 === "number")) || (data81 === "boolean")) || (data81 === "filepath"))) {
                                                                    const err114 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data81 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err114];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err114);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data76.isRequired !== undefined) {
                                                                let data82 = data76.isRequired;
                                                                if (typeof data82 !== "boolean") {
                                                                    const err115 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data82 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err115];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err115);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data76.isSecret !== undefined) {
                                                                let data83 = data76.isSecret;
                                                                if (typeof data83 !== "boolean") {
                                                                    const err116 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data83 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err116];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err116);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data76.placeholder !== undefined) {
                                                                let data84 = data76.placeholder;
                                                                if (typeof data84 !== "string") {
                                                                    const err117 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data84 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err117];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err117);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data76.value !== undefined) {
                                                                let data85 = data76.value;
                                                                if (typeof data85 !== "string") {
                                                                    const err118 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data85 };
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
                                                            const err119 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties, data: data76 };
                                                            if (vErrors === null) {
                                                                vErrors = [err119];
                                                            }
                                                            else {
                                                                vErrors.push(err119);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err120 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/variables", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables, data: data75 };
                                                    if (vErrors === null) {
                                                        vErrors = [err120];
                                                    }
                                                    else {
                                                        vErrors.push(err120);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err121 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1], data: data40 };
                                            if (vErrors === null) {
                                                vErrors = [err121];
                                            }
                                            else {
                                                vErrors.push(err121);
                                            }
                                            errors++;
                                        }
                                        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                            if (data40.type === undefined) {
                                                const err122 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].required, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1], data: data40 };
                                                if (vErrors === null) {
                                                    vErrors = [err122];
                                                }
                                                else {
                                                    vErrors.push(err122);
                                                }
                                                errors++;
                                            }
                                            if (data40.name === undefined) {
                                                const err123 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].required, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1], data: data40 };
                                                if (vErrors === null) {
                                                    vErrors = [err123];
                                                }
                                                else {
                                                    vErrors.push(err123);
                                                }
                                                errors++;
                                            }
                                            if (data40.isRepeated !== undefined) {
                                                let data86 = data40.isRepeated;
                                                if (typeof data86 !== "boolean") {
                                                    const err124 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/isRepeated", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.isRepeated.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.isRepeated, data: data86 };
                                                    if (vErrors === null) {
                                                        vErrors = [err124];
                                                    }
                                                    else {
                                                        vErrors.push(err124);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data40.name !== undefined) {
                                                let data87 = data40.name;
                                                if (typeof data87 !== "string") {
                                                    const err125 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/name", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.name.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.name, data: data87 };
                                                    if (vErrors === null) {
                                                        vErrors = [err125];
                                                    }
                                                    else {
                                                        vErrors.push(err125);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data40.type !== undefined) {
                                                let data88 = data40.type;
                                                if (typeof data88 !== "string") {
                                                    const err126 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/type", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.type.type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.type, data: data88 };
                                                    if (vErrors === null) {
                                                        vErrors = [err126];
                                                    }
                                                    else {
                                                        vErrors.push(err126);
                                                    }
                                                    errors++;
                                                }
                                                if (!(data88 === "named")) {
                                                    const err127 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/type", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.type.enum, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.type, data: data88 };
                                                    if (vErrors === null) {
                                                        vErrors = [err127];
                                                    }
                                                    else {
                                                        vErrors.push(err127);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err128 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1].type, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.then.allOf[1], data: data40 };
                                            if (vErrors === null) {
                                                vErrors = [err128];
                                            }
                                            else {
                                                vErrors.push(err128);
                                            }
                                            errors++;
                                        }
                                        var _valid2 = _errs160 === errors;
                                        valid39 = _valid2;
                                        ifClause1 = "then";
                                    }
                                    else {
                                        const _errs215 = errors;
                                        if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                            if (data40.type === undefined) {
                                                const err129 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.packages.items.properties.packageArguments.items.else.else.required, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.else, data: data40 };
                                                if (vErrors === null) {
                                                    vErrors = [err129];
                                                }
                                                else {
                                                    vErrors.push(err129);
                                                }
                                                errors++;
                                            }
                                            if (data40.type !== undefined) {
                                                let data89 = data40.type;
                                                if (!((data89 === "positional") || (data89 === "named"))) {
                                                    const err130 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6 + "/type", schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/else/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.packageArguments.items.else.else.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.packageArguments.items.else.else.properties.type.enum, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else.else.properties.type, data: data89 };
                                                    if (vErrors === null) {
                                                        vErrors = [err130];
                                                    }
                                                    else {
                                                        vErrors.push(err130);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        var _valid2 = _errs215 === errors;
                                        valid39 = _valid2;
                                        ifClause1 = "else";
                                    }
                                    if (!valid39) {
                                        const err131 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: "must match \"" + ifClause1 + "\" schema", schema: schema11.properties.packages.items.properties.packageArguments.items.else.if, parentSchema: schema11.properties.packages.items.properties.packageArguments.items.else, data: data40 };
                                        if (vErrors === null) {
                                            vErrors = [err131];
                                        }
                                        else {
                                            vErrors.push(err131);
                                        }
                                        errors++;
                                    }
                                    var _valid0 = _errs156 === errors;
                                    valid25 = _valid0;
                                    ifClause0 = "else";
                                }
                                if (!valid25) {
                                    const err132 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments/" + i6, schemaPath: "#/properties/packages/items/properties/packageArguments/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema11.properties.packages.items.properties.packageArguments.items.if, parentSchema: schema11.properties.packages.items.properties.packageArguments.items, data: data40 };
                                    if (vErrors === null) {
                                        vErrors = [err132];
                                    }
                                    else {
                                        vErrors.push(err132);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err133 = { instancePath: instancePath + "/packages/" + i2 + "/packageArguments", schemaPath: "#/properties/packages/items/properties/packageArguments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.packageArguments.type, parentSchema: schema11.properties.packages.items.properties.packageArguments, data: data39 };
                            if (vErrors === null) {
                                vErrors = [err133];
                            }
                            else {
                                vErrors.push(err133);
                            }
                            errors++;
                        }
                    }
                    if (data13.registryBaseUrl !== undefined) {
                        let data90 = data13.registryBaseUrl;
                        if (typeof data90 === "string") {
                            if (!(formats0.validate(data90))) {
                                const err134 = { instancePath: instancePath + "/packages/" + i2 + "/registryBaseUrl", schemaPath: "#/properties/packages/items/properties/registryBaseUrl/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.properties.packages.items.properties.registryBaseUrl, data: data90 };
                                if (vErrors === null) {
                                    vErrors = [err134];
                                }
                                else {
                                    vErrors.push(err134);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err135 = { instancePath: instancePath + "/packages/" + i2 + "/registryBaseUrl", schemaPath: "#/properties/packages/items/properties/registryBaseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.registryBaseUrl.type, parentSchema: schema11.properties.packages.items.properties.registryBaseUrl, data: data90 };
                            if (vErrors === null) {
                                vErrors = [err135];
                            }
                            else {
                                vErrors.push(err135);
                            }
                            errors++;
                        }
                    }
                    if (data13.registryType !== undefined) {
                        let data91 = data13.registryType;
                        if (typeof data91 !== "string") {
                            const err136 = { instancePath: instancePath + "/packages/" + i2 + "/registryType", schemaPath: "#/properties/packages/items/properties/registryType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.registryType.type, parentSchema: schema11.properties.packages.items.properties.registryType, data: data91 };
                            if (vErrors === null) {
                                vErrors = [err136];
                            }
                            else {
                                vErrors.push(err136);
                            }
                            errors++;
                        }
                    }
                    if (data13.runtimeArguments !== undefined) {
                        let data92 = data13.runtimeArguments;
                        if (Array.isArray(data92)) {
                            const len11 = data92.length;
                            for (let i11 = 0; i11 < len11; i11++) {
                                let data93 = data92[i11];
                                const _errs224 = errors;
                                let valid55 = true;
                                const _errs225 = errors;
                                if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                    let missing2;
                                    if ((data93.type === undefined) && (missing2 = "type")) {
                                        const err137 = {};
                                        if (vErrors === null) {
                                            vErrors = [err137];
                                        }
                                        else {
                                            vErrors.push(err137);
                                        }
                                        errors++;
                                    }
                                    else {
                                        if (data93.type !== undefined) {
                                            if ("positional" !== data93.type) {
                                                const err138 = {};
                                                if (vErrors === null) {
                                                    vErrors = [err138];
                                                }
                                                else {
                                                    vErrors.push(err138);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                var _valid3 = _errs225 === errors;
                                errors = _errs224;
                                if (vErrors !== null) {
                                    if (_errs224) {
                                        vErrors.length = _errs224;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                                let ifClause2;
                                if (_valid3) {
                                    const _errs227 = errors;
                                    if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                        if (data93.choices !== undefined) {
                                            let data95 = data93.choices;
                                            if (Array.isArray(data95)) {
                                                const len12 = data95.length;
                                                for (let i12 = 0; i12 < len12; i12++) {
                                                    let data96 = data95[i12];
                                                    if (typeof data96 !== "string") {
                                                        const err139 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/choices/" + i12, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.choices.items, data: data96 };
                                                        if (vErrors === null) {
                                                            vErrors = [err139];
                                                        }
                                                        else {
                                                            vErrors.push(err139);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err140 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/choices", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.choices, data: data95 };
                                                if (vErrors === null) {
                                                    vErrors = [err140];
                                                }
                                                else {
                                                    vErrors.push(err140);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data93.default !== undefined) {
                                            let data97 = data93.default;
                                            if (typeof data97 !== "string") {
                                                const err141 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/default", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.default, data: data97 };
                                                if (vErrors === null) {
                                                    vErrors = [err141];
                                                }
                                                else {
                                                    vErrors.push(err141);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data93.description !== undefined) {
                                            let data98 = data93.description;
                                            if (typeof data98 !== "string") {
                                                const err142 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/description", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.description, data: data98 };
                                                if (vErrors === null) {
                                                    vErrors = [err142];
                                                }
                                                else {
                                                    vErrors.push(err142);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data93.format !== undefined) {
                                            let data99 = data93.format;
                                            if (typeof data99 !== "string") {
                                                const err143 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/format", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.format, data: data99 };
                                                if (vErrors === null) {
                                                    vErrors = [err143];
                                                }
                                                else {
                                                    vErrors.push(err143);
                                                }
                                                errors++;
                                            }
                                            if (!((((data99 === "string") || (data99 === "number")) || (data99 === "boolean")) || (data99 === "filepath"))) {
                                                const err144 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/format", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.format, data: data99 };
                                                if (vErrors === null) {
                                                    vErrors = [err144];
                                                }
                                                else {
                                                    vErrors.push(err144);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data93.isRequired !== undefined) {
                                            let data100 = data93.isRequired;
                                            if (typeof data100 !== "boolean") {
                                                const err145 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/isRequired", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.isRequired, data: data100 };
                                                if (vErrors === null) {
                                                    vErrors = [err145];
                                                }
                                                else {
                                                    vErrors.push(err145);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data93.isSecret !== undefined) {
                                            let data101 = data93.isSecret;
                                            if (typeof data101 !== "boolean") {
                                                const err146 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/isSecret", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.isSecret, data: data101 };
                                                if (vErrors === null) {
                                                    vErrors = [err146];
                                                }
                                                else {
                                                    vErrors.push(err146);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data93.placeholder !== undefined) {
                                            let data102 = data93.placeholder;
                                            if (typeof data102 !== "string") {
                                                const err147 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/placeholder", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.placeholder, data: data102 };
                                                if (vErrors === null) {
                                                    vErrors = [err147];
                                                }
                                                else {
                                                    vErrors.push(err147);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data93.value !== undefined) {
                                            let data103 = data93.value;
                                            if (typeof data103 !== "string") {
                                                const err148 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/value", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.value, data: data103 };
                                                if (vErrors === null) {
                                                    vErrors = [err148];
                                                }
                                                else {
                                                    vErrors.push(err148);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err149 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0], data: data93 };
                                        if (vErrors === null) {
                                            vErrors = [err149];
                                        }
                                        else {
                                            vErrors.push(err149);
                                        }
                                        errors++;
                                    }
                                    if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                        if (data93.variables !== undefined) {
                                            let data104 = data93.variables;
                                            if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
                                                for (const key3 in data104) {
                                                    let data105 = data104[key3];
                                                    if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                                                        if (data105.choices !== undefined) {
                                                            let data106 = data105.choices;
                                                            if (Array.isArray(data106)) {
                                                                const len13 = data106.length;
                                                                for (let i13 = 0; i13 < len13; i13++) {
                                                                    let data107 = data106[i13];
                                                                    if (typeof data107 !== "string") {
                                                                        const err150 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i13, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data107 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err150];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err150);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err151 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data106 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err151];
                                                                }
                                                                else {
                                                                    vErrors.push(err151);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data105.default !== undefined) {
                                                            let data108 = data105.default;
                                                            if (typeof data108 !== "string") {
                                                                const err152 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data108 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err152];
                                                                }
                                                                else {
                                                                    vErrors.push(err152);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data105.description !== undefined) {
                                                            let data109 = data105.description;
                                                            if (typeof data109 !== "string") {
                                                                const err153 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data109 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err153];
                                                                }
                                                                else {
                                                                    vErrors.push(err153);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data105.format !== undefined) {
                                                            let data110 = data105.format;
                                                            if (typeof data110 !== "string") {
                                                                const err154 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data110 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err154];
                                                                }
                                                                else {
                                                                    vErrors.push(err154);
                                                                }
                                                                errors++;
                                                            }
                                                            if (!((((data110 === "string") || (data110 === "number")) || (data110 === "boolean")) || (data110 === "filepath"))) {
                                                                const err155 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data110 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err155];
                                                                }
                                                                else {
                                                                    vErrors.push(err155);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data105.isRequired !== undefined) {
                                                            let data111 = data105.isRequired;
                                                            if (typeof data111 !== "boolean") {
                                                                const err156 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data111 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err156];
                                                                }
                                                                else {
                                                                    vErrors.push(err156);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data105.isSecret !== undefined) {
                                                            let data112 = data105.isSecret;
                                                            if (typeof data112 !== "boolean") {
                                                                const err157 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data112 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err157];
                                                                }
                                                                else {
                                                                    vErrors.push(err157);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data105.placeholder !== undefined) {
                                                            let data113 = data105.placeholder;
                                                            if (typeof data113 !== "string") {
                                                                const err158 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data113 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err158];
                                                                }
                                                                else {
                                                                    vErrors.push(err158);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data105.value !== undefined) {
                                                            let data114 = data105.value;
                                                            if (typeof data114 !== "string") {
                                                                const err159 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data114 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err159];
                                                                }
                                                                else {
                                                                    vErrors.push(err159);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err160 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties, data: data105 };
                                                        if (vErrors === null) {
                                                            vErrors = [err160];
                                                        }
                                                        else {
                                                            vErrors.push(err160);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err161 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables, data: data104 };
                                                if (vErrors === null) {
                                                    vErrors = [err161];
                                                }
                                                else {
                                                    vErrors.push(err161);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err162 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1], data: data93 };
                                        if (vErrors === null) {
                                            vErrors = [err162];
                                        }
                                        else {
                                            vErrors.push(err162);
                                        }
                                        errors++;
                                    }
                                    const _errs276 = errors;
                                    let valid67 = false;
                                    const _errs277 = errors;
                                    if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                        if (data93.valueHint === undefined) {
                                            const err163 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/anyOf/0/required", keyword: "required", params: { missingProperty: "valueHint" }, message: "must have required property '" + "valueHint" + "'", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].anyOf[0].required, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].anyOf[0], data: data93 };
                                            if (vErrors === null) {
                                                vErrors = [err163];
                                            }
                                            else {
                                                vErrors.push(err163);
                                            }
                                            errors++;
                                        }
                                    }
                                    var _valid4 = _errs277 === errors;
                                    valid67 = valid67 || _valid4;
                                    if (!valid67) {
                                        const _errs279 = errors;
                                        if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                            if (data93.value === undefined) {
                                                const err164 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].anyOf[1].required, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].anyOf[1], data: data93 };
                                                if (vErrors === null) {
                                                    vErrors = [err164];
                                                }
                                                else {
                                                    vErrors.push(err164);
                                                }
                                                errors++;
                                            }
                                        }
                                        var _valid4 = _errs279 === errors;
                                        valid67 = valid67 || _valid4;
                                    }
                                    if (!valid67) {
                                        const err165 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].anyOf, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1], data: data93 };
                                        if (vErrors === null) {
                                            vErrors = [err165];
                                        }
                                        else {
                                            vErrors.push(err165);
                                        }
                                        errors++;
                                    }
                                    else {
                                        errors = _errs276;
                                        if (vErrors !== null) {
                                            if (_errs276) {
                                                vErrors.length = _errs276;
                                            }
                                            else {
                                                vErrors = null;
                                            }
                                        }
                                    }
                                    if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                        if (data93.type === undefined) {
                                            const err166 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].required, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1], data: data93 };
                                            if (vErrors === null) {
                                                vErrors = [err166];
                                            }
                                            else {
                                                vErrors.push(err166);
                                            }
                                            errors++;
                                        }
                                        if (data93.isRepeated !== undefined) {
                                            let data115 = data93.isRepeated;
                                            if (typeof data115 !== "boolean") {
                                                const err167 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/isRepeated", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.isRepeated.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.isRepeated, data: data115 };
                                                if (vErrors === null) {
                                                    vErrors = [err167];
                                                }
                                                else {
                                                    vErrors.push(err167);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data93.type !== undefined) {
                                            let data116 = data93.type;
                                            if (typeof data116 !== "string") {
                                                const err168 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/type", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.type.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.type, data: data116 };
                                                if (vErrors === null) {
                                                    vErrors = [err168];
                                                }
                                                else {
                                                    vErrors.push(err168);
                                                }
                                                errors++;
                                            }
                                            if (!(data116 === "positional")) {
                                                const err169 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/type", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.type.enum, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.type, data: data116 };
                                                if (vErrors === null) {
                                                    vErrors = [err169];
                                                }
                                                else {
                                                    vErrors.push(err169);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data93.valueHint !== undefined) {
                                            let data117 = data93.valueHint;
                                            if (typeof data117 !== "string") {
                                                const err170 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/valueHint", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/properties/valueHint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.valueHint.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.valueHint, data: data117 };
                                                if (vErrors === null) {
                                                    vErrors = [err170];
                                                }
                                                else {
                                                    vErrors.push(err170);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err171 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1].type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.then.allOf[1], data: data93 };
                                        if (vErrors === null) {
                                            vErrors = [err171];
                                        }
                                        else {
                                            vErrors.push(err171);
                                        }
                                        errors++;
                                    }
                                    var _valid3 = _errs227 === errors;
                                    valid55 = _valid3;
                                    ifClause2 = "then";
                                }
                                else {
                                    const _errs287 = errors;
                                    const _errs288 = errors;
                                    let valid69 = true;
                                    const _errs289 = errors;
                                    if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                        let missing3;
                                        if ((data93.type === undefined) && (missing3 = "type")) {
                                            const err172 = {};
                                            if (vErrors === null) {
                                                vErrors = [err172];
                                            }
                                            else {
                                                vErrors.push(err172);
                                            }
                                            errors++;
                                        }
                                        else {
                                            if (data93.type !== undefined) {
                                                if ("named" !== data93.type) {
                                                    const err173 = {};
                                                    if (vErrors === null) {
                                                        vErrors = [err173];
                                                    }
                                                    else {
                                                        vErrors.push(err173);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    var _valid5 = _errs289 === errors;
                                    errors = _errs288;
                                    if (vErrors !== null) {
                                        if (_errs288) {
                                            vErrors.length = _errs288;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                    let ifClause3;
                                    if (_valid5) {
                                        const _errs291 = errors;
                                        if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                            if (data93.choices !== undefined) {
                                                let data119 = data93.choices;
                                                if (Array.isArray(data119)) {
                                                    const len14 = data119.length;
                                                    for (let i14 = 0; i14 < len14; i14++) {
                                                        let data120 = data119[i14];
                                                        if (typeof data120 !== "string") {
                                                            const err174 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/choices/" + i14, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.choices.items, data: data120 };
                                                            if (vErrors === null) {
                                                                vErrors = [err174];
                                                            }
                                                            else {
                                                                vErrors.push(err174);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err175 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/choices", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.choices, data: data119 };
                                                    if (vErrors === null) {
                                                        vErrors = [err175];
                                                    }
                                                    else {
                                                        vErrors.push(err175);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data93.default !== undefined) {
                                                let data121 = data93.default;
                                                if (typeof data121 !== "string") {
                                                    const err176 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/default", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.default, data: data121 };
                                                    if (vErrors === null) {
                                                        vErrors = [err176];
                                                    }
                                                    else {
                                                        vErrors.push(err176);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data93.description !== undefined) {
                                                let data122 = data93.description;
                                                if (typeof data122 !== "string") {
                                                    const err177 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/description", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.description, data: data122 };
                                                    if (vErrors === null) {
                                                        vErrors = [err177];
                                                    }
                                                    else {
                                                        vErrors.push(err177);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data93.format !== undefined) {
                                                let data123 = data93.format;
                                                if (typeof data123 !== "string") {
                                                    const err178 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/format", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.format, data: data123 };
                                                    if (vErrors === null) {
                                                        vErrors = [err178];
                                                    }
                                                    else {
                                                        vErrors.push(err178);
                                                    }
                                                    errors++;
                                                }
                                                if (!((((data123 === "string") || (data123 === "number")) || (data123 === "boolean")) || (data123 === "filepath"))) {
                                                    const err179 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/format", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.format, data: data123 };
                                                    if (vErrors === null) {
                                                        vErrors = [err179];
                                                    }
                                                    else {
                                                        vErrors.push(err179);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data93.isRequired !== undefined) {
                                                let data124 = data93.isRequired;
                                                if (typeof data124 !== "boolean") {
                                                    const err180 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/isRequired", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.isRequired, data: data124 };
                                                    if (vErrors === null) {
                                                        vErrors = [err180];
                                                    }
                                                    else {
                                                        vErrors.push(err180);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data93.isSecret !== undefined) {
                                                let data125 = data93.isSecret;
                                                if (typeof data125 !== "boolean") {
                                                    const err181 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/isSecret", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.isSecret, data: data125 };
                                                    if (vErrors === null) {
                                                        vErrors = [err181];
                                                    }
                                                    else {
                                                        vErrors.push(err181);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data93.placeholder !== undefined) {
                                                let data126 = data93.placeholder;
                                                if (typeof data126 !== "string") {
                                                    const err182 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/placeholder", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.placeholder, data: data126 };
                                                    if (vErrors === null) {
                                                        vErrors = [err182];
                                                    }
                                                    else {
                                                        vErrors.push(err182);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data93.value !== undefined) {
                                                let data127 = data93.value;
                                                if (typeof data127 !== "string") {
                                                    const err183 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/value", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.value, data: data127 };
                                                    if (vErrors === null) {
                                                        vErrors = [err183];
                                                    }
                                                    else {
                                                        vErrors.push(err183);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err184 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0], data: data93 };
                                            if (vErrors === null) {
                                                vErrors = [err184];
                                            }
                                            else {
                                                vErrors.push(err184);
                                            }
                                            errors++;
                                        }
                                        if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                            if (data93.variables !== undefined) {
                                                let data128 = data93.variables;
                                                if (data128 && typeof data128 == "object" && !Array.isArray(data128)) {
                                                    for (const key4 in data128) {
                                                        let data129 = data128[key4];
                                                        if (data129 && typeof data129 == "object" && !Array.isArray(data129)) {
                                                            if (data129.choices !== undefined) {
                                                                let data130 = data129.choices;
                                                                if (Array.isArray(data130)) {
                                                                    const len15 = data130.length;
                                                                    for (let i15 = 0; i15 < len15; i15++) {
                                                                        let data131 = data130[i15];
                                                                        if (typeof data131 !== "string") {
                                                                            const err185 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i15, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data131 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err185];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err185);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    const err186 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data130 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err186];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err186);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data129.default !== undefined) {
                                                                let data132 = data129.default;
                                                                if (typeof data132 !== "string") {
                                                                    const err187 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data132 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err187];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err187);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data129.description !== undefined) {
                                                                let data133 = data129.description;
                                                                if (typeof data133 !== "string") {
                                                                    const err188 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data133 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err188];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err188);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data129.format !== undefined) {
                                                                let data134 = data129.format;
                                                                if (typeof data134 !== "string") {
                                                                    const err189 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data134 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err189];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err189);
                                                                    }
                                                                    errors++;
                                                                }
                                                                if (!((((data134 === "string") || (data134 === "number")) || (data134 === "boolean")) || (data134 === "filepath"))) {
                                                                    const err190 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data134 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err190];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err190);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data129.isRequired !== undefined) {
                                                                let data135 = data129.isRequired;
                                                                if (typeof data135 !== "boolean") {
                                                                    const err191 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data135 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err191];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err191);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data129.isSecret !== undefined) {
                                                                let data136 = data129.isSecret;
                                                                if (typeof data136 !== "boolean") {
                                                                    const err192 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data136 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err192];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err192);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data129.placeholder !== undefined) {
                                                                let data137 = data129.placeholder;
                                                                if (typeof data137 !== "string") {
                                                                    const err193 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data137 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err193];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err193);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data129.value !== undefined) {
                                                                let data138 = data129.value;
                                                                if (typeof data138 !== "string") {
                                                                    const err194 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data138 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err194];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err194);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err195 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties, data: data129 };
                                                            if (vErrors === null) {
                                                                vErrors = [err195];
                                                            }
                                                            else {
                                                                vErrors.push(err195);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err196 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/variables", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables, data: data128 };
                                                    if (vErrors === null) {
                                                        vErrors = [err196];
                                                    }
                                                    else {
                                                        vErrors.push(err196);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err197 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1], data: data93 };
                                            if (vErrors === null) {
                                                vErrors = [err197];
                                            }
                                            else {
                                                vErrors.push(err197);
                                            }
                                            errors++;
                                        }
                                        if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                            if (data93.type === undefined) {
                                                const err198 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].required, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1], data: data93 };
                                                if (vErrors === null) {
                                                    vErrors = [err198];
                                                }
                                                else {
                                                    vErrors.push(err198);
                                                }
                                                errors++;
                                            }
                                            if (data93.name === undefined) {
                                                const err199 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].required, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1], data: data93 };
                                                if (vErrors === null) {
                                                    vErrors = [err199];
                                                }
                                                else {
                                                    vErrors.push(err199);
                                                }
                                                errors++;
                                            }
                                            if (data93.isRepeated !== undefined) {
                                                let data139 = data93.isRepeated;
                                                if (typeof data139 !== "boolean") {
                                                    const err200 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/isRepeated", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.isRepeated.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.isRepeated, data: data139 };
                                                    if (vErrors === null) {
                                                        vErrors = [err200];
                                                    }
                                                    else {
                                                        vErrors.push(err200);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data93.name !== undefined) {
                                                let data140 = data93.name;
                                                if (typeof data140 !== "string") {
                                                    const err201 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/name", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.name.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.name, data: data140 };
                                                    if (vErrors === null) {
                                                        vErrors = [err201];
                                                    }
                                                    else {
                                                        vErrors.push(err201);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data93.type !== undefined) {
                                                let data141 = data93.type;
                                                if (typeof data141 !== "string") {
                                                    const err202 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/type", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.type.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.type, data: data141 };
                                                    if (vErrors === null) {
                                                        vErrors = [err202];
                                                    }
                                                    else {
                                                        vErrors.push(err202);
                                                    }
                                                    errors++;
                                                }
                                                if (!(data141 === "named")) {
                                                    const err203 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/type", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.type.enum, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.type, data: data141 };
                                                    if (vErrors === null) {
                                                        vErrors = [err203];
                                                    }
                                                    else {
                                                        vErrors.push(err203);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err204 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1], data: data93 };
                                            if (vErrors === null) {
                                                vErrors = [err204];
                                            }
                                            else {
                                                vErrors.push(err204);
                                            }
                                            errors++;
                                        }
                                        var _valid5 = _errs291 === errors;
                                        valid69 = _valid5;
                                        ifClause3 = "then";
                                    }
                                    else {
                                        const _errs346 = errors;
                                        if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                                            if (data93.type === undefined) {
                                                const err205 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.else.required, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.else, data: data93 };
                                                if (vErrors === null) {
                                                    vErrors = [err205];
                                                }
                                                else {
                                                    vErrors.push(err205);
                                                }
                                                errors++;
                                            }
                                            if (data93.type !== undefined) {
                                                let data142 = data93.type;
                                                if (!((data142 === "positional") || (data142 === "named"))) {
                                                    const err206 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11 + "/type", schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/else/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.runtimeArguments.items.else.else.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.else.properties.type.enum, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else.else.properties.type, data: data142 };
                                                    if (vErrors === null) {
                                                        vErrors = [err206];
                                                    }
                                                    else {
                                                        vErrors.push(err206);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        var _valid5 = _errs346 === errors;
                                        valid69 = _valid5;
                                        ifClause3 = "else";
                                    }
                                    if (!valid69) {
                                        const err207 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/else/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: "must match \"" + ifClause3 + "\" schema", schema: schema11.properties.packages.items.properties.runtimeArguments.items.else.if, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items.else, data: data93 };
                                        if (vErrors === null) {
                                            vErrors = [err207];
                                        }
                                        else {
                                            vErrors.push(err207);
                                        }
                                        errors++;
                                    }
                                    var _valid3 = _errs287 === errors;
                                    valid55 = _valid3;
                                    ifClause2 = "else";
                                }
                                if (!valid55) {
                                    const err208 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments/" + i11, schemaPath: "#/properties/packages/items/properties/runtimeArguments/items/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: "must match \"" + ifClause2 + "\" schema", schema: schema11.properties.packages.items.properties.runtimeArguments.items.if, parentSchema: schema11.properties.packages.items.properties.runtimeArguments.items, data: data93 };
                                    if (vErrors === null) {
                                        vErrors = [err208];
                                    }
                                    else {
                                        vErrors.push(err208);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err209 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeArguments", schemaPath: "#/properties/packages/items/properties/runtimeArguments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.runtimeArguments.type, parentSchema: schema11.properties.packages.items.properties.runtimeArguments, data: data92 };
                            if (vErrors === null) {
                                vErrors = [err209];
                            }
                            else {
                                vErrors.push(err209);
                            }
                            errors++;
                        }
                    }
                    if (data13.runtimeHint !== undefined) {
                        let data143 = data13.runtimeHint;
                        if (typeof data143 !== "string") {
                            const err210 = { instancePath: instancePath + "/packages/" + i2 + "/runtimeHint", schemaPath: "#/properties/packages/items/properties/runtimeHint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.runtimeHint.type, parentSchema: schema11.properties.packages.items.properties.runtimeHint, data: data143 };
                            if (vErrors === null) {
                                vErrors = [err210];
                            }
                            else {
                                vErrors.push(err210);
                            }
                            errors++;
                        }
                    }
                    if (data13.transport !== undefined) {
                        let data144 = data13.transport;
                        const _errs351 = errors;
                        let valid83 = true;
                        const _errs352 = errors;
                        if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                            let missing4;
                            if ((data144.type === undefined) && (missing4 = "type")) {
                                const err211 = {};
                                if (vErrors === null) {
                                    vErrors = [err211];
                                }
                                else {
                                    vErrors.push(err211);
                                }
                                errors++;
                            }
                            else {
                                if (data144.type !== undefined) {
                                    if ("stdio" !== data144.type) {
                                        const err212 = {};
                                        if (vErrors === null) {
                                            vErrors = [err212];
                                        }
                                        else {
                                            vErrors.push(err212);
                                        }
                                        errors++;
                                    }
                                }
                            }
                        }
                        var _valid6 = _errs352 === errors;
                        errors = _errs351;
                        if (vErrors !== null) {
                            if (_errs351) {
                                vErrors.length = _errs351;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        let ifClause4;
                        if (_valid6) {
                            const _errs354 = errors;
                            if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                                if (data144.type === undefined) {
                                    const err213 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/then/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.packages.items.properties.transport.then.required, parentSchema: schema11.properties.packages.items.properties.transport.then, data: data144 };
                                    if (vErrors === null) {
                                        vErrors = [err213];
                                    }
                                    else {
                                        vErrors.push(err213);
                                    }
                                    errors++;
                                }
                                if (data144.type !== undefined) {
                                    let data146 = data144.type;
                                    if (typeof data146 !== "string") {
                                        const err214 = { instancePath: instancePath + "/packages/" + i2 + "/transport/type", schemaPath: "#/properties/packages/items/properties/transport/then/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.then.properties.type.type, parentSchema: schema11.properties.packages.items.properties.transport.then.properties.type, data: data146 };
                                        if (vErrors === null) {
                                            vErrors = [err214];
                                        }
                                        else {
                                            vErrors.push(err214);
                                        }
                                        errors++;
                                    }
                                    if (!(data146 === "stdio")) {
                                        const err215 = { instancePath: instancePath + "/packages/" + i2 + "/transport/type", schemaPath: "#/properties/packages/items/properties/transport/then/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.transport.then.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.transport.then.properties.type.enum, parentSchema: schema11.properties.packages.items.properties.transport.then.properties.type, data: data146 };
                                        if (vErrors === null) {
                                            vErrors = [err215];
                                        }
                                        else {
                                            vErrors.push(err215);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err216 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.then.type, parentSchema: schema11.properties.packages.items.properties.transport.then, data: data144 };
                                if (vErrors === null) {
                                    vErrors = [err216];
                                }
                                else {
                                    vErrors.push(err216);
                                }
                                errors++;
                            }
                            var _valid6 = _errs354 === errors;
                            valid83 = _valid6;
                            ifClause4 = "then";
                        }
                        else {
                            const _errs358 = errors;
                            const _errs359 = errors;
                            let valid86 = true;
                            const _errs360 = errors;
                            if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                                let missing5;
                                if ((data144.type === undefined) && (missing5 = "type")) {
                                    const err217 = {};
                                    if (vErrors === null) {
                                        vErrors = [err217];
                                    }
                                    else {
                                        vErrors.push(err217);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data144.type !== undefined) {
                                        if ("streamable-http" !== data144.type) {
                                            const err218 = {};
                                            if (vErrors === null) {
                                                vErrors = [err218];
                                            }
                                            else {
                                                vErrors.push(err218);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            var _valid7 = _errs360 === errors;
                            errors = _errs359;
                            if (vErrors !== null) {
                                if (_errs359) {
                                    vErrors.length = _errs359;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                            let ifClause5;
                            if (_valid7) {
                                const _errs362 = errors;
                                if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                                    if (data144.type === undefined) {
                                        const err219 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/else/then/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.packages.items.properties.transport.else.then.required, parentSchema: schema11.properties.packages.items.properties.transport.else.then, data: data144 };
                                        if (vErrors === null) {
                                            vErrors = [err219];
                                        }
                                        else {
                                            vErrors.push(err219);
                                        }
                                        errors++;
                                    }
                                    if (data144.url === undefined) {
                                        const err220 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/else/then/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.properties.packages.items.properties.transport.else.then.required, parentSchema: schema11.properties.packages.items.properties.transport.else.then, data: data144 };
                                        if (vErrors === null) {
                                            vErrors = [err220];
                                        }
                                        else {
                                            vErrors.push(err220);
                                        }
                                        errors++;
                                    }
                                    if (data144.headers !== undefined) {
                                        let data148 = data144.headers;
                                        if (Array.isArray(data148)) {
                                            const len16 = data148.length;
                                            for (let i16 = 0; i16 < len16; i16++) {
                                                let data149 = data148[i16];
                                                if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                                                    if (data149.choices !== undefined) {
                                                        let data150 = data149.choices;
                                                        if (Array.isArray(data150)) {
                                                            const len17 = data150.length;
                                                            for (let i17 = 0; i17 < len17; i17++) {
                                                                let data151 = data150[i17];
                                                                if (typeof data151 !== "string") {
                                                                    const err221 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/choices/" + i17, schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items, data: data151 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err221];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err221);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err222 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/choices", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices, data: data150 };
                                                            if (vErrors === null) {
                                                                vErrors = [err222];
                                                            }
                                                            else {
                                                                vErrors.push(err222);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data149.default !== undefined) {
                                                        let data152 = data149.default;
                                                        if (typeof data152 !== "string") {
                                                            const err223 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/default", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.default, data: data152 };
                                                            if (vErrors === null) {
                                                                vErrors = [err223];
                                                            }
                                                            else {
                                                                vErrors.push(err223);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data149.description !== undefined) {
                                                        let data153 = data149.description;
                                                        if (typeof data153 !== "string") {
                                                            const err224 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/description", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.description, data: data153 };
                                                            if (vErrors === null) {
                                                                vErrors = [err224];
                                                            }
                                                            else {
                                                                vErrors.push(err224);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data149.format !== undefined) {
                                                        let data154 = data149.format;
                                                        if (typeof data154 !== "string") {
                                                            const err225 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/format", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data154 };
                                                            if (vErrors === null) {
                                                                vErrors = [err225];
                                                            }
                                                            else {
                                                                vErrors.push(err225);
                                                            }
                                                            errors++;
                                                        }
                                                        if (!((((data154 === "string") || (data154 === "number")) || (data154 === "boolean")) || (data154 === "filepath"))) {
                                                            const err226 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/format", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data154 };
                                                            if (vErrors === null) {
                                                                vErrors = [err226];
                                                            }
                                                            else {
                                                                vErrors.push(err226);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data149.isRequired !== undefined) {
                                                        let data155 = data149.isRequired;
                                                        if (typeof data155 !== "boolean") {
                                                            const err227 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/isRequired", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired, data: data155 };
                                                            if (vErrors === null) {
                                                                vErrors = [err227];
                                                            }
                                                            else {
                                                                vErrors.push(err227);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data149.isSecret !== undefined) {
                                                        let data156 = data149.isSecret;
                                                        if (typeof data156 !== "boolean") {
                                                            const err228 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/isSecret", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret, data: data156 };
                                                            if (vErrors === null) {
                                                                vErrors = [err228];
                                                            }
                                                            else {
                                                                vErrors.push(err228);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data149.placeholder !== undefined) {
                                                        let data157 = data149.placeholder;
                                                        if (typeof data157 !== "string") {
                                                            const err229 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/placeholder", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder, data: data157 };
                                                            if (vErrors === null) {
                                                                vErrors = [err229];
                                                            }
                                                            else {
                                                                vErrors.push(err229);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data149.value !== undefined) {
                                                        let data158 = data149.value;
                                                        if (typeof data158 !== "string") {
                                                            const err230 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/value", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.value, data: data158 };
                                                            if (vErrors === null) {
                                                                vErrors = [err230];
                                                            }
                                                            else {
                                                                vErrors.push(err230);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err231 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16, schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0], data: data149 };
                                                    if (vErrors === null) {
                                                        vErrors = [err231];
                                                    }
                                                    else {
                                                        vErrors.push(err231);
                                                    }
                                                    errors++;
                                                }
                                                if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                                                    if (data149.variables !== undefined) {
                                                        let data159 = data149.variables;
                                                        if (data159 && typeof data159 == "object" && !Array.isArray(data159)) {
                                                            for (const key5 in data159) {
                                                                let data160 = data159[key5];
                                                                if (data160 && typeof data160 == "object" && !Array.isArray(data160)) {
                                                                    if (data160.choices !== undefined) {
                                                                        let data161 = data160.choices;
                                                                        if (Array.isArray(data161)) {
                                                                            const len18 = data161.length;
                                                                            for (let i18 = 0; i18 < len18; i18++) {
                                                                                let data162 = data161[i18];
                                                                                if (typeof data162 !== "string") {
                                                                                    const err232 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i18, schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data162 };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err232];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err232);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            const err233 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data161 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err233];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err233);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data160.default !== undefined) {
                                                                        let data163 = data160.default;
                                                                        if (typeof data163 !== "string") {
                                                                            const err234 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data163 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err234];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err234);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data160.description !== undefined) {
                                                                        let data164 = data160.description;
                                                                        if (typeof data164 !== "string") {
                                                                            const err235 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data164 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err235];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err235);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data160.format !== undefined) {
                                                                        let data165 = data160.format;
                                                                        if (typeof data165 !== "string") {
                                                                            const err236 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data165 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err236];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err236);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                        if (!((((data165 === "string") || (data165 === "number")) || (data165 === "boolean")) || (data165 === "filepath"))) {
                                                                            const err237 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data165 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err237];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err237);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data160.isRequired !== undefined) {
                                                                        let data166 = data160.isRequired;
                                                                        if (typeof data166 !== "boolean") {
                                                                            const err238 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data166 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err238];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err238);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data160.isSecret !== undefined) {
                                                                        let data167 = data160.isSecret;
                                                                        if (typeof data167 !== "boolean") {
                                                                            const err239 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data167 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err239];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err239);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data160.placeholder !== undefined) {
                                                                        let data168 = data160.placeholder;
                                                                        if (typeof data168 !== "string") {
                                                                            const err240 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data168 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err240];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err240);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data160.value !== undefined) {
                                                                        let data169 = data160.value;
                                                                        if (typeof data169 !== "string") {
                                                                            const err241 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data169 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err241];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err241);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    const err242 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties, data: data160 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err242];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err242);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err243 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/variables", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables, data: data159 };
                                                            if (vErrors === null) {
                                                                vErrors = [err243];
                                                            }
                                                            else {
                                                                vErrors.push(err243);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err244 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16, schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1], data: data149 };
                                                    if (vErrors === null) {
                                                        vErrors = [err244];
                                                    }
                                                    else {
                                                        vErrors.push(err244);
                                                    }
                                                    errors++;
                                                }
                                                if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                                                    if (data149.name === undefined) {
                                                        const err245 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16, schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1].required, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1], data: data149 };
                                                        if (vErrors === null) {
                                                            vErrors = [err245];
                                                        }
                                                        else {
                                                            vErrors.push(err245);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data149.name !== undefined) {
                                                        let data170 = data149.name;
                                                        if (typeof data170 !== "string") {
                                                            const err246 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16 + "/name", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1].properties.name.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1].properties.name, data: data170 };
                                                            if (vErrors === null) {
                                                                vErrors = [err246];
                                                            }
                                                            else {
                                                                vErrors.push(err246);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err247 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i16, schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1].type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1], data: data149 };
                                                    if (vErrors === null) {
                                                        vErrors = [err247];
                                                    }
                                                    else {
                                                        vErrors.push(err247);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err248 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.transport.else.then.properties.headers.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.headers, data: data148 };
                                            if (vErrors === null) {
                                                vErrors = [err248];
                                            }
                                            else {
                                                vErrors.push(err248);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data144.type !== undefined) {
                                        let data171 = data144.type;
                                        if (typeof data171 !== "string") {
                                            const err249 = { instancePath: instancePath + "/packages/" + i2 + "/transport/type", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.type.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.type, data: data171 };
                                            if (vErrors === null) {
                                                vErrors = [err249];
                                            }
                                            else {
                                                vErrors.push(err249);
                                            }
                                            errors++;
                                        }
                                        if (!(data171 === "streamable-http")) {
                                            const err250 = { instancePath: instancePath + "/packages/" + i2 + "/transport/type", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.transport.else.then.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.transport.else.then.properties.type.enum, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.type, data: data171 };
                                            if (vErrors === null) {
                                                vErrors = [err250];
                                            }
                                            else {
                                                vErrors.push(err250);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data144.url !== undefined) {
                                        let data172 = data144.url;
                                        if (typeof data172 === "string") {
                                            if (!(formats6.test(data172))) {
                                                const err251 = { instancePath: instancePath + "/packages/" + i2 + "/transport/url", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/url/format", keyword: "format", params: { format: "uri-template" }, message: "must match format \"" + "uri-template" + "\"", schema: "uri-template", parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.url, data: data172 };
                                                if (vErrors === null) {
                                                    vErrors = [err251];
                                                }
                                                else {
                                                    vErrors.push(err251);
                                                }
                                                errors++;
                                            }
                                        }
                                        else {
                                            const err252 = { instancePath: instancePath + "/packages/" + i2 + "/transport/url", schemaPath: "#/properties/packages/items/properties/transport/else/then/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.then.properties.url.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then.properties.url, data: data172 };
                                            if (vErrors === null) {
                                                vErrors = [err252];
                                            }
                                            else {
                                                vErrors.push(err252);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err253 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/else/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.then.type, parentSchema: schema11.properties.packages.items.properties.transport.else.then, data: data144 };
                                    if (vErrors === null) {
                                        vErrors = [err253];
                                    }
                                    else {
                                        vErrors.push(err253);
                                    }
                                    errors++;
                                }
                                var _valid7 = _errs362 === errors;
                                valid86 = _valid7;
                                ifClause5 = "then";
                            }
                            else {
                                const _errs421 = errors;
                                const _errs422 = errors;
                                let valid102 = true;
                                const _errs423 = errors;
                                if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                                    let missing6;
                                    if ((data144.type === undefined) && (missing6 = "type")) {
                                        const err254 = {};
                                        if (vErrors === null) {
                                            vErrors = [err254];
                                        }
                                        else {
                                            vErrors.push(err254);
                                        }
                                        errors++;
                                    }
                                    else {
                                        if (data144.type !== undefined) {
                                            if ("sse" !== data144.type) {
                                                const err255 = {};
                                                if (vErrors === null) {
                                                    vErrors = [err255];
                                                }
                                                else {
                                                    vErrors.push(err255);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                var _valid8 = _errs423 === errors;
                                errors = _errs422;
                                if (vErrors !== null) {
                                    if (_errs422) {
                                        vErrors.length = _errs422;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                                let ifClause6;
                                if (_valid8) {
                                    const _errs425 = errors;
                                    if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                                        if (data144.type === undefined) {
                                            const err256 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.packages.items.properties.transport.else.else.then.required, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then, data: data144 };
                                            if (vErrors === null) {
                                                vErrors = [err256];
                                            }
                                            else {
                                                vErrors.push(err256);
                                            }
                                            errors++;
                                        }
                                        if (data144.url === undefined) {
                                            const err257 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.properties.packages.items.properties.transport.else.else.then.required, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then, data: data144 };
                                            if (vErrors === null) {
                                                vErrors = [err257];
                                            }
                                            else {
                                                vErrors.push(err257);
                                            }
                                            errors++;
                                        }
                                        if (data144.headers !== undefined) {
                                            let data174 = data144.headers;
                                            if (Array.isArray(data174)) {
                                                const len19 = data174.length;
                                                for (let i19 = 0; i19 < len19; i19++) {
                                                    let data175 = data174[i19];
                                                    if (data175 && typeof data175 == "object" && !Array.isArray(data175)) {
                                                        if (data175.choices !== undefined) {
                                                            let data176 = data175.choices;
                                                            if (Array.isArray(data176)) {
                                                                const len20 = data176.length;
                                                                for (let i20 = 0; i20 < len20; i20++) {
                                                                    let data177 = data176[i20];
                                                                    if (typeof data177 !== "string") {
                                                                        const err258 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/choices/" + i20, schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items, data: data177 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err258];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err258);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err259 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/choices", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices, data: data176 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err259];
                                                                }
                                                                else {
                                                                    vErrors.push(err259);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data175.default !== undefined) {
                                                            let data178 = data175.default;
                                                            if (typeof data178 !== "string") {
                                                                const err260 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/default", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.default, data: data178 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err260];
                                                                }
                                                                else {
                                                                    vErrors.push(err260);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data175.description !== undefined) {
                                                            let data179 = data175.description;
                                                            if (typeof data179 !== "string") {
                                                                const err261 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/description", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.description, data: data179 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err261];
                                                                }
                                                                else {
                                                                    vErrors.push(err261);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data175.format !== undefined) {
                                                            let data180 = data175.format;
                                                            if (typeof data180 !== "string") {
                                                                const err262 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/format", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data180 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err262];
                                                                }
                                                                else {
                                                                    vErrors.push(err262);
                                                                }
                                                                errors++;
                                                            }
                                                            if (!((((data180 === "string") || (data180 === "number")) || (data180 === "boolean")) || (data180 === "filepath"))) {
                                                                const err263 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/format", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data180 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err263];
                                                                }
                                                                else {
                                                                    vErrors.push(err263);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data175.isRequired !== undefined) {
                                                            let data181 = data175.isRequired;
                                                            if (typeof data181 !== "boolean") {
                                                                const err264 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/isRequired", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired, data: data181 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err264];
                                                                }
                                                                else {
                                                                    vErrors.push(err264);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data175.isSecret !== undefined) {
                                                            let data182 = data175.isSecret;
                                                            if (typeof data182 !== "boolean") {
                                                                const err265 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/isSecret", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret, data: data182 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err265];
                                                                }
                                                                else {
                                                                    vErrors.push(err265);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data175.placeholder !== undefined) {
                                                            let data183 = data175.placeholder;
                                                            if (typeof data183 !== "string") {
                                                                const err266 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/placeholder", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder, data: data183 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err266];
                                                                }
                                                                else {
                                                                    vErrors.push(err266);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data175.value !== undefined) {
                                                            let data184 = data175.value;
                                                            if (typeof data184 !== "string") {
                                                                const err267 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/value", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.value, data: data184 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err267];
                                                                }
                                                                else {
                                                                    vErrors.push(err267);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err268 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19, schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0], data: data175 };
                                                        if (vErrors === null) {
                                                            vErrors = [err268];
                                                        }
                                                        else {
                                                            vErrors.push(err268);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data175 && typeof data175 == "object" && !Array.isArray(data175)) {
                                                        if (data175.variables !== undefined) {
                                                            let data185 = data175.variables;
                                                            if (data185 && typeof data185 == "object" && !Array.isArray(data185)) {
                                                                for (const key6 in data185) {
                                                                    let data186 = data185[key6];
                                                                    if (data186 && typeof data186 == "object" && !Array.isArray(data186)) {
                                                                        if (data186.choices !== undefined) {
                                                                            let data187 = data186.choices;
                                                                            if (Array.isArray(data187)) {
                                                                                const len21 = data187.length;
                                                                                for (let i21 = 0; i21 < len21; i21++) {
                                                                                    let data188 = data187[i21];
                                                                                    if (typeof data188 !== "string") {
                                                                                        const err269 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i21, schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data188 };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err269];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err269);
                                                                                        }
                                                                                        errors++;
                                                                                    }
                                                                                }
                                                                            }
                                                                            else {
                                                                                const err270 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data187 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err270];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err270);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data186.default !== undefined) {
                                                                            let data189 = data186.default;
                                                                            if (typeof data189 !== "string") {
                                                                                const err271 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data189 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err271];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err271);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data186.description !== undefined) {
                                                                            let data190 = data186.description;
                                                                            if (typeof data190 !== "string") {
                                                                                const err272 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data190 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err272];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err272);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data186.format !== undefined) {
                                                                            let data191 = data186.format;
                                                                            if (typeof data191 !== "string") {
                                                                                const err273 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data191 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err273];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err273);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                            if (!((((data191 === "string") || (data191 === "number")) || (data191 === "boolean")) || (data191 === "filepath"))) {
                                                                                const err274 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data191 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err274];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err274);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data186.isRequired !== undefined) {
                                                                            let data192 = data186.isRequired;
                                                                            if (typeof data192 !== "boolean") {
                                                                                const err275 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data192 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err275];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err275);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data186.isSecret !== undefined) {
                                                                            let data193 = data186.isSecret;
                                                                            if (typeof data193 !== "boolean") {
                                                                                const err276 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data193 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err276];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err276);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data186.placeholder !== undefined) {
                                                                            let data194 = data186.placeholder;
                                                                            if (typeof data194 !== "string") {
                                                                                const err277 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data194 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err277];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err277);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data186.value !== undefined) {
                                                                            let data195 = data186.value;
                                                                            if (typeof data195 !== "string") {
                                                                                const err278 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data195 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err278];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err278);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        const err279 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties, data: data186 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err279];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err279);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err280 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/variables", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables, data: data185 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err280];
                                                                }
                                                                else {
                                                                    vErrors.push(err280);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err281 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19, schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1], data: data175 };
                                                        if (vErrors === null) {
                                                            vErrors = [err281];
                                                        }
                                                        else {
                                                            vErrors.push(err281);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data175 && typeof data175 == "object" && !Array.isArray(data175)) {
                                                        if (data175.name === undefined) {
                                                            const err282 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19, schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1].required, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1], data: data175 };
                                                            if (vErrors === null) {
                                                                vErrors = [err282];
                                                            }
                                                            else {
                                                                vErrors.push(err282);
                                                            }
                                                            errors++;
                                                        }
                                                        if (data175.name !== undefined) {
                                                            let data196 = data175.name;
                                                            if (typeof data196 !== "string") {
                                                                const err283 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19 + "/name", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1].properties.name.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1].properties.name, data: data196 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err283];
                                                                }
                                                                else {
                                                                    vErrors.push(err283);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err284 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers/" + i19, schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1].type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1], data: data175 };
                                                        if (vErrors === null) {
                                                            vErrors = [err284];
                                                        }
                                                        else {
                                                            vErrors.push(err284);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err285 = { instancePath: instancePath + "/packages/" + i2 + "/transport/headers", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.headers, data: data174 };
                                                if (vErrors === null) {
                                                    vErrors = [err285];
                                                }
                                                else {
                                                    vErrors.push(err285);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data144.type !== undefined) {
                                            let data197 = data144.type;
                                            if (typeof data197 !== "string") {
                                                const err286 = { instancePath: instancePath + "/packages/" + i2 + "/transport/type", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.type.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.type, data: data197 };
                                                if (vErrors === null) {
                                                    vErrors = [err286];
                                                }
                                                else {
                                                    vErrors.push(err286);
                                                }
                                                errors++;
                                            }
                                            if (!(data197 === "sse")) {
                                                const err287 = { instancePath: instancePath + "/packages/" + i2 + "/transport/type", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.transport.else.else.then.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.type.enum, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.type, data: data197 };
                                                if (vErrors === null) {
                                                    vErrors = [err287];
                                                }
                                                else {
                                                    vErrors.push(err287);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data144.url !== undefined) {
                                            let data198 = data144.url;
                                            if (typeof data198 === "string") {
                                                if (!(formats6.test(data198))) {
                                                    const err288 = { instancePath: instancePath + "/packages/" + i2 + "/transport/url", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/url/format", keyword: "format", params: { format: "uri-template" }, message: "must match format \"" + "uri-template" + "\"", schema: "uri-template", parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.url, data: data198 };
                                                    if (vErrors === null) {
                                                        vErrors = [err288];
                                                    }
                                                    else {
                                                        vErrors.push(err288);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err289 = { instancePath: instancePath + "/packages/" + i2 + "/transport/url", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.transport.else.else.then.properties.url.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then.properties.url, data: data198 };
                                                if (vErrors === null) {
                                                    vErrors = [err289];
                                                }
                                                else {
                                                    vErrors.push(err289);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err290 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/else/else/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.properties.transport.else.else.then.type, parentSchema: schema11.properties.packages.items.properties.transport.else.else.then, data: data144 };
                                        if (vErrors === null) {
                                            vErrors = [err290];
                                        }
                                        else {
                                            vErrors.push(err290);
                                        }
                                        errors++;
                                    }
                                    var _valid8 = _errs425 === errors;
                                    valid102 = _valid8;
                                    ifClause6 = "then";
                                }
                                else {
                                    const _errs484 = errors;
                                    if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
                                        if (data144.type === undefined) {
                                            const err291 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/else/else/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.packages.items.properties.transport.else.else.else.required, parentSchema: schema11.properties.packages.items.properties.transport.else.else.else, data: data144 };
                                            if (vErrors === null) {
                                                vErrors = [err291];
                                            }
                                            else {
                                                vErrors.push(err291);
                                            }
                                            errors++;
                                        }
                                        if (data144.type !== undefined) {
                                            let data199 = data144.type;
                                            if (!(((data199 === "stdio") || (data199 === "streamable-http")) || (data199 === "sse"))) {
                                                const err292 = { instancePath: instancePath + "/packages/" + i2 + "/transport/type", schemaPath: "#/properties/packages/items/properties/transport/else/else/else/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.packages.items.properties.transport.else.else.else.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.packages.items.properties.transport.else.else.else.properties.type.enum, parentSchema: schema11.properties.packages.items.properties.transport.else.else.else.properties.type, data: data199 };
                                                if (vErrors === null) {
                                                    vErrors = [err292];
                                                }
                                                else {
                                                    vErrors.push(err292);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    var _valid8 = _errs484 === errors;
                                    valid102 = _valid8;
                                    ifClause6 = "else";
                                }
                                if (!valid102) {
                                    const err293 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/else/else/if", keyword: "if", params: { failingKeyword: ifClause6 }, message: "must match \"" + ifClause6 + "\" schema", schema: schema11.properties.packages.items.properties.transport.else.else.if, parentSchema: schema11.properties.packages.items.properties.transport.else.else, data: data144 };
                                    if (vErrors === null) {
                                        vErrors = [err293];
                                    }
                                    else {
                                        vErrors.push(err293);
                                    }
                                    errors++;
                                }
                                var _valid7 = _errs421 === errors;
                                valid86 = _valid7;
                                ifClause5 = "else";
                            }
                            if (!valid86) {
                                const err294 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/else/if", keyword: "if", params: { failingKeyword: ifClause5 }, message: "must match \"" + ifClause5 + "\" schema", schema: schema11.properties.packages.items.properties.transport.else.if, parentSchema: schema11.properties.packages.items.properties.transport.else, data: data144 };
                                if (vErrors === null) {
                                    vErrors = [err294];
                                }
                                else {
                                    vErrors.push(err294);
                                }
                                errors++;
                            }
                            var _valid6 = _errs358 === errors;
                            valid83 = _valid6;
                            ifClause4 = "else";
                        }
                        if (!valid83) {
                            const err295 = { instancePath: instancePath + "/packages/" + i2 + "/transport", schemaPath: "#/properties/packages/items/properties/transport/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: "must match \"" + ifClause4 + "\" schema", schema: schema11.properties.packages.items.properties.transport.if, parentSchema: schema11.properties.packages.items.properties.transport, data: data144 };
                            if (vErrors === null) {
                                vErrors = [err295];
                            }
                            else {
                                vErrors.push(err295);
                            }
                            errors++;
                        }
                    }
                    if (data13.version !== undefined) {
                        let data200 = data13.version;
                        const _errs489 = errors;
                        const _errs490 = errors;
                        if ("latest" !== data200) {
                            const err296 = {};
                            if (vErrors === null) {
                                vErrors = [err296];
                            }
                            else {
                                vErrors.push(err296);
                            }
                            errors++;
                        }
                        var valid119 = _errs490 === errors;
                        if (valid119) {
                            const err297 = { instancePath: instancePath + "/packages/" + i2 + "/version", schemaPath: "#/properties/packages/items/properties/version/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.properties.packages.items.properties.version.not, parentSchema: schema11.properties.packages.items.properties.version, data: data200 };
                            if (vErrors === null) {
                                vErrors = [err297];
                            }
                            else {
                                vErrors.push(err297);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs489;
                            if (vErrors !== null) {
                                if (_errs489) {
                                    vErrors.length = _errs489;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        if (typeof data200 === "string") {
                            if (func2(data200) < 1) {
                                const err298 = { instancePath: instancePath + "/packages/" + i2 + "/version", schemaPath: "#/properties/packages/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.packages.items.properties.version, data: data200 };
                                if (vErrors === null) {
                                    vErrors = [err298];
                                }
                                else {
                                    vErrors.push(err298);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err299 = { instancePath: instancePath + "/packages/" + i2 + "/version", schemaPath: "#/properties/packages/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.packages.items.properties.version.type, parentSchema: schema11.properties.packages.items.properties.version, data: data200 };
                            if (vErrors === null) {
                                vErrors = [err299];
                            }
                            else {
                                vErrors.push(err299);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err300 = { instancePath: instancePath + "/packages/" + i2, schemaPath: "#/properties/packages/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.packages.items.type, parentSchema: schema11.properties.packages.items, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err300];
                    }
                    else {
                        vErrors.push(err300);
                    }
                    errors++;
                }
            }
        }
        else {
            const err301 = { instancePath: instancePath + "/packages", schemaPath: "#/properties/packages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.packages.type, parentSchema: schema11.properties.packages, data: data12 };
            if (vErrors === null) {
                vErrors = [err301];
            }
            else {
                vErrors.push(err301);
            }
            errors++;
        }
    }
    if (data.remotes !== undefined) {
        let data201 = data.remotes;
        if (Array.isArray(data201)) {
            const len22 = data201.length;
            for (let i22 = 0; i22 < len22; i22++) {
                let data202 = data201[i22];
                const _errs496 = errors;
                let valid123 = true;
                const _errs497 = errors;
                if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
                    let missing7;
                    if ((data202.type === undefined) && (missing7 = "type")) {
                        const err302 = {};
                        if (vErrors === null) {
                            vErrors = [err302];
                        }
                        else {
                            vErrors.push(err302);
                        }
                        errors++;
                    }
                    else {
                        if (data202.type !== undefined) {
                            if ("streamable-http" !== data202.type) {
                                const err303 = {};
                                if (vErrors === null) {
                                    vErrors = [err303];
                                }
                                else {
                                    vErrors.push(err303);
                                }
                                errors++;
                            }
                        }
                    }
                }
                var _valid9 = _errs497 === errors;
                errors = _errs496;
                if (vErrors !== null) {
                    if (_errs496) {
                        vErrors.length = _errs496;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause7;
                if (_valid9) {
                    const _errs499 = errors;
                    if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
                        if (data202.type === undefined) {
                            const err304 = { instancePath: instancePath + "/remotes/" + i22, schemaPath: "#/properties/remotes/items/allOf/0/then/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.remotes.items.allOf[0].then.required, parentSchema: schema11.properties.remotes.items.allOf[0].then, data: data202 };
                            if (vErrors === null) {
                                vErrors = [err304];
                            }
                            else {
                                vErrors.push(err304);
                            }
                            errors++;
                        }
                        if (data202.url === undefined) {
                            const err305 = { instancePath: instancePath + "/remotes/" + i22, schemaPath: "#/properties/remotes/items/allOf/0/then/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.properties.remotes.items.allOf[0].then.required, parentSchema: schema11.properties.remotes.items.allOf[0].then, data: data202 };
                            if (vErrors === null) {
                                vErrors = [err305];
                            }
                            else {
                                vErrors.push(err305);
                            }
                            errors++;
                        }
                        if (data202.headers !== undefined) {
                            let data204 = data202.headers;
                            if (Array.isArray(data204)) {
                                const len23 = data204.length;
                                for (let i23 = 0; i23 < len23; i23++) {
                                    let data205 = data204[i23];
                                    if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
                                        if (data205.choices !== undefined) {
                                            let data206 = data205.choices;
                                            if (Array.isArray(data206)) {
                                                const len24 = data206.length;
                                                for (let i24 = 0; i24 < len24; i24++) {
                                                    let data207 = data206[i24];
                                                    if (typeof data207 !== "string") {
                                                        const err306 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/choices/" + i24, schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.choices.items, data: data207 };
                                                        if (vErrors === null) {
                                                            vErrors = [err306];
                                                        }
                                                        else {
                                                            vErrors.push(err306);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err307 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/choices", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.choices, data: data206 };
                                                if (vErrors === null) {
                                                    vErrors = [err307];
                                                }
                                                else {
                                                    vErrors.push(err307);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.default !== undefined) {
                                            let data208 = data205.default;
                                            if (typeof data208 !== "string") {
                                                const err308 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/default", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.default, data: data208 };
                                                if (vErrors === null) {
                                                    vErrors = [err308];
                                                }
                                                else {
                                                    vErrors.push(err308);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.description !== undefined) {
                                            let data209 = data205.description;
                                            if (typeof data209 !== "string") {
                                                const err309 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/description", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.description, data: data209 };
                                                if (vErrors === null) {
                                                    vErrors = [err309];
                                                }
                                                else {
                                                    vErrors.push(err309);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.format !== undefined) {
                                            let data210 = data205.format;
                                            if (typeof data210 !== "string") {
                                                const err310 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/format", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data210 };
                                                if (vErrors === null) {
                                                    vErrors = [err310];
                                                }
                                                else {
                                                    vErrors.push(err310);
                                                }
                                                errors++;
                                            }
                                            if (!((((data210 === "string") || (data210 === "number")) || (data210 === "boolean")) || (data210 === "filepath"))) {
                                                const err311 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/format", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data210 };
                                                if (vErrors === null) {
                                                    vErrors = [err311];
                                                }
                                                else {
                                                    vErrors.push(err311);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.isRequired !== undefined) {
                                            let data211 = data205.isRequired;
                                            if (typeof data211 !== "boolean") {
                                                const err312 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/isRequired", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.isRequired, data: data211 };
                                                if (vErrors === null) {
                                                    vErrors = [err312];
                                                }
                                                else {
                                                    vErrors.push(err312);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.isSecret !== undefined) {
                                            let data212 = data205.isSecret;
                                            if (typeof data212 !== "boolean") {
                                                const err313 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/isSecret", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.isSecret, data: data212 };
                                                if (vErrors === null) {
                                                    vErrors = [err313];
                                                }
                                                else {
                                                    vErrors.push(err313);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.placeholder !== undefined) {
                                            let data213 = data205.placeholder;
                                            if (typeof data213 !== "string") {
                                                const err314 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/placeholder", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.placeholder, data: data213 };
                                                if (vErrors === null) {
                                                    vErrors = [err314];
                                                }
                                                else {
                                                    vErrors.push(err314);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.value !== undefined) {
                                            let data214 = data205.value;
                                            if (typeof data214 !== "string") {
                                                const err315 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/value", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].properties.value, data: data214 };
                                                if (vErrors === null) {
                                                    vErrors = [err315];
                                                }
                                                else {
                                                    vErrors.push(err315);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err316 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23, schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0].type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[0], data: data205 };
                                        if (vErrors === null) {
                                            vErrors = [err316];
                                        }
                                        else {
                                            vErrors.push(err316);
                                        }
                                        errors++;
                                    }
                                    if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
                                        if (data205.variables !== undefined) {
                                            let data215 = data205.variables;
                                            if (data215 && typeof data215 == "object" && !Array.isArray(data215)) {
                                                for (const key7 in data215) {
                                                    let data216 = data215[key7];
                                                    if (data216 && typeof data216 == "object" && !Array.isArray(data216)) {
                                                        if (data216.choices !== undefined) {
                                                            let data217 = data216.choices;
                                                            if (Array.isArray(data217)) {
                                                                const len25 = data217.length;
                                                                for (let i25 = 0; i25 < len25; i25++) {
                                                                    let data218 = data217[i25];
                                                                    if (typeof data218 !== "string") {
                                                                        const err317 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i25, schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data218 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err317];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err317);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err318 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data217 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err318];
                                                                }
                                                                else {
                                                                    vErrors.push(err318);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.default !== undefined) {
                                                            let data219 = data216.default;
                                                            if (typeof data219 !== "string") {
                                                                const err319 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data219 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err319];
                                                                }
                                                                else {
                                                                    vErrors.push(err319);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.description !== undefined) {
                                                            let data220 = data216.description;
                                                            if (typeof data220 !== "string") {
                                                                const err320 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data220 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err320];
                                                                }
                                                                else {
                                                                    vErrors.push(err320);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.format !== undefined) {
                                                            let data221 = data216.format;
                                                            if (typeof data221 !== "string") {
                                                                const err321 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data221 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err321];
                                                                }
                                                                else {
                                                                    vErrors.push(err321);
                                                                }
                                                                errors++;
                                                            }
                                                            if (!((((data221 === "string") || (data221 === "number")) || (data221 === "boolean")) || (data221 === "filepath"))) {
                                                                const err322 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data221 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err322];
                                                                }
                                                                else {
                                                                    vErrors.push(err322);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.isRequired !== undefined) {
                                                            let data222 = data216.isRequired;
                                                            if (typeof data222 !== "boolean") {
                                                                const err323 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data222 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err323];
                                                                }
                                                                else {
                                                                    vErrors.push(err323);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.isSecret !== undefined) {
                                                            let data223 = data216.isSecret;
                                                            if (typeof data223 !== "boolean") {
                                                                const err324 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data223 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err324];
                                                                }
                                                                else {
                                                                    vErrors.push(err324);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.placeholder !== undefined) {
                                                            let data224 = data216.placeholder;
                                                            if (typeof data224 !== "string") {
                                                                const err325 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data224 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err325];
                                                                }
                                                                else {
                                                                    vErrors.push(err325);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.value !== undefined) {
                                                            let data225 = data216.value;
                                                            if (typeof data225 !== "string") {
                                                                const err326 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data225 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err326];
                                                                }
                                                                else {
                                                                    vErrors.push(err326);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err327 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties, data: data216 };
                                                        if (vErrors === null) {
                                                            vErrors = [err327];
                                                        }
                                                        else {
                                                            vErrors.push(err327);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err328 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/variables", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].properties.variables, data: data215 };
                                                if (vErrors === null) {
                                                    vErrors = [err328];
                                                }
                                                else {
                                                    vErrors.push(err328);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err329 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23, schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1].type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[0].allOf[1], data: data205 };
                                        if (vErrors === null) {
                                            vErrors = [err329];
                                        }
                                        else {
                                            vErrors.push(err329);
                                        }
                                        errors++;
                                    }
                                    if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
                                        if (data205.name === undefined) {
                                            const err330 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23, schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[1].required, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[1], data: data205 };
                                            if (vErrors === null) {
                                                vErrors = [err330];
                                            }
                                            else {
                                                vErrors.push(err330);
                                            }
                                            errors++;
                                        }
                                        if (data205.name !== undefined) {
                                            let data226 = data205.name;
                                            if (typeof data226 !== "string") {
                                                const err331 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23 + "/name", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[1].properties.name.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[1].properties.name, data: data226 };
                                                if (vErrors === null) {
                                                    vErrors = [err331];
                                                }
                                                else {
                                                    vErrors.push(err331);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err332 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i23, schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[1].type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers.items.allOf[1], data: data205 };
                                        if (vErrors === null) {
                                            vErrors = [err332];
                                        }
                                        else {
                                            vErrors.push(err332);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err333 = { instancePath: instancePath + "/remotes/" + i22 + "/headers", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.remotes.items.allOf[0].then.properties.headers.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.headers, data: data204 };
                                if (vErrors === null) {
                                    vErrors = [err333];
                                }
                                else {
                                    vErrors.push(err333);
                                }
                                errors++;
                            }
                        }
                        if (data202.type !== undefined) {
                            let data227 = data202.type;
                            if (typeof data227 !== "string") {
                                const err334 = { instancePath: instancePath + "/remotes/" + i22 + "/type", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.type.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.type, data: data227 };
                                if (vErrors === null) {
                                    vErrors = [err334];
                                }
                                else {
                                    vErrors.push(err334);
                                }
                                errors++;
                            }
                            if (!(data227 === "streamable-http")) {
                                const err335 = { instancePath: instancePath + "/remotes/" + i22 + "/type", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.remotes.items.allOf[0].then.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.remotes.items.allOf[0].then.properties.type.enum, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.type, data: data227 };
                                if (vErrors === null) {
                                    vErrors = [err335];
                                }
                                else {
                                    vErrors.push(err335);
                                }
                                errors++;
                            }
                        }
                        if (data202.url !== undefined) {
                            let data228 = data202.url;
                            if (typeof data228 === "string") {
                                if (!(formats6.test(data228))) {
                                    const err336 = { instancePath: instancePath + "/remotes/" + i22 + "/url", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/url/format", keyword: "format", params: { format: "uri-template" }, message: "must match format \"" + "uri-template" + "\"", schema: "uri-template", parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.url, data: data228 };
                                    if (vErrors === null) {
                                        vErrors = [err336];
                                    }
                                    else {
                                        vErrors.push(err336);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err337 = { instancePath: instancePath + "/remotes/" + i22 + "/url", schemaPath: "#/properties/remotes/items/allOf/0/then/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].then.properties.url.type, parentSchema: schema11.properties.remotes.items.allOf[0].then.properties.url, data: data228 };
                                if (vErrors === null) {
                                    vErrors = [err337];
                                }
                                else {
                                    vErrors.push(err337);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err338 = { instancePath: instancePath + "/remotes/" + i22, schemaPath: "#/properties/remotes/items/allOf/0/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].then.type, parentSchema: schema11.properties.remotes.items.allOf[0].then, data: data202 };
                        if (vErrors === null) {
                            vErrors = [err338];
                        }
                        else {
                            vErrors.push(err338);
                        }
                        errors++;
                    }
                    var _valid9 = _errs499 === errors;
                    valid123 = _valid9;
                    ifClause7 = "then";
                }
                else {
                    const _errs558 = errors;
                    const _errs559 = errors;
                    let valid139 = true;
                    const _errs560 = errors;
                    if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
                        let missing8;
                        if ((data202.type === undefined) && (missing8 = "type")) {
                            const err339 = {};
                            if (vErrors === null) {
                                vErrors = [err339];
                            }
                            else {
                                vErrors.push(err339);
                            }
                            errors++;
                        }
                        else {
                            if (data202.type !== undefined) {
                                if ("sse" !== data202.type) {
                                    const err340 = {};
                                    if (vErrors === null) {
                                        vErrors = [err340];
                                    }
                                    else {
                                        vErrors.push(err340);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    var _valid10 = _errs560 === errors;
                    errors = _errs559;
                    if (vErrors !== null) {
                        if (_errs559) {
                            vErrors.length = _errs559;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause8;
                    if (_valid10) {
                        const _errs562 = errors;
                        if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
                            if (data202.type === undefined) {
                                const err341 = { instancePath: instancePath + "/remotes/" + i22, schemaPath: "#/properties/remotes/items/allOf/0/else/then/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.remotes.items.allOf[0].else.then.required, parentSchema: schema11.properties.remotes.items.allOf[0].else.then, data: data202 };
                                if (vErrors === null) {
                                    vErrors = [err341];
                                }
                                else {
                                    vErrors.push(err341);
                                }
                                errors++;
                            }
                            if (data202.url === undefined) {
                                const err342 = { instancePath: instancePath + "/remotes/" + i22, schemaPath: "#/properties/remotes/items/allOf/0/else/then/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.properties.remotes.items.allOf[0].else.then.required, parentSchema: schema11.properties.remotes.items.allOf[0].else.then, data: data202 };
                                if (vErrors === null) {
                                    vErrors = [err342];
                                }
                                else {
                                    vErrors.push(err342);
                                }
                                errors++;
                            }
                            if (data202.headers !== undefined) {
                                let data230 = data202.headers;
                                if (Array.isArray(data230)) {
                                    const len26 = data230.length;
                                    for (let i26 = 0; i26 < len26; i26++) {
                                        let data231 = data230[i26];
                                        if (data231 && typeof data231 == "object" && !Array.isArray(data231)) {
                                            if (data231.choices !== undefined) {
                                                let data232 = data231.choices;
                                                if (Array.isArray(data232)) {
                                                    const len27 = data232.length;
                                                    for (let i27 = 0; i27 < len27; i27++) {
                                                        let data233 = data232[i27];
                                                        if (typeof data233 !== "string") {
                                                            const err343 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/choices/" + i27, schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items, data: data233 };
                                                            if (vErrors === null) {
                                                                vErrors = [err343];
                                                            }
                                                            else {
                                                                vErrors.push(err343);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err344 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/choices", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.choices, data: data232 };
                                                    if (vErrors === null) {
                                                        vErrors = [err344];
                                                    }
                                                    else {
                                                        vErrors.push(err344);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.default !== undefined) {
                                                let data234 = data231.default;
                                                if (typeof data234 !== "string") {
                                                    const err345 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/default", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.default, data: data234 };
                                                    if (vErrors === null) {
                                                        vErrors = [err345];
                                                    }
                                                    else {
                                                        vErrors.push(err345);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.description !== undefined) {
                                                let data235 = data231.description;
                                                if (typeof data235 !== "string") {
                                                    const err346 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/description", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.description, data: data235 };
                                                    if (vErrors === null) {
                                                        vErrors = [err346];
                                                    }
                                                    else {
                                                        vErrors.push(err346);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.format !== undefined) {
                                                let data236 = data231.format;
                                                if (typeof data236 !== "string") {
                                                    const err347 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/format", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data236 };
                                                    if (vErrors === null) {
                                                        vErrors = [err347];
                                                    }
                                                    else {
                                                        vErrors.push(err347);
                                                    }
                                                    errors++;
                                                }
                                                if (!((((data236 === "string") || (data236 === "number")) || (data236 === "boolean")) || (data236 === "filepath"))) {
                                                    const err348 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/format", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data236 };
                                                    if (vErrors === null) {
                                                        vErrors = [err348];
                                                    }
                                                    else {
                                                        vErrors.push(err348);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.isRequired !== undefined) {
                                                let data237 = data231.isRequired;
                                                if (typeof data237 !== "boolean") {
                                                    const err349 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/isRequired", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired, data: data237 };
                                                    if (vErrors === null) {
                                                        vErrors = [err349];
                                                    }
                                                    else {
                                                        vErrors.push(err349);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.isSecret !== undefined) {
                                                let data238 = data231.isSecret;
                                                if (typeof data238 !== "boolean") {
                                                    const err350 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/isSecret", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret, data: data238 };
                                                    if (vErrors === null) {
                                                        vErrors = [err350];
                                                    }
                                                    else {
                                                        vErrors.push(err350);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.placeholder !== undefined) {
                                                let data239 = data231.placeholder;
                                                if (typeof data239 !== "string") {
                                                    const err351 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/placeholder", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder, data: data239 };
                                                    if (vErrors === null) {
                                                        vErrors = [err351];
                                                    }
                                                    else {
                                                        vErrors.push(err351);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.value !== undefined) {
                                                let data240 = data231.value;
                                                if (typeof data240 !== "string") {
                                                    const err352 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/value", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].properties.value, data: data240 };
                                                    if (vErrors === null) {
                                                        vErrors = [err352];
                                                    }
                                                    else {
                                                        vErrors.push(err352);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err353 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26, schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0].type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[0], data: data231 };
                                            if (vErrors === null) {
                                                vErrors = [err353];
                                            }
                                            else {
                                                vErrors.push(err353);
                                            }
                                            errors++;
                                        }
                                        if (data231 && typeof data231 == "object" && !Array.isArray(data231)) {
                                            if (data231.variables !== undefined) {
                                                let data241 = data231.variables;
                                                if (data241 && typeof data241 == "object" && !Array.isArray(data241)) {
                                                    for (const key8 in data241) {
                                                        let data242 = data241[key8];
                                                        if (data242 && typeof data242 == "object" && !Array.isArray(data242)) {
                                                            if (data242.choices !== undefined) {
                                                                let data243 = data242.choices;
                                                                if (Array.isArray(data243)) {
                                                                    const len28 = data243.length;
                                                                    for (let i28 = 0; i28 < len28; i28++) {
                                                                        let data244 = data243[i28];
                                                                        if (typeof data244 !== "string") {
                                                                            const err354 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i28, schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data244 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err354];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err354);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    const err355 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data243 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err355];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err355);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.default !== undefined) {
                                                                let data245 = data242.default;
                                                                if (typeof data245 !== "string") {
                                                                    const err356 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data245 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err356];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err356);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.description !== undefined) {
                                                                let data246 = data242.description;
                                                                if (typeof data246 !== "string") {
                                                                    const err357 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data246 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err357];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err357);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.format !== undefined) {
                                                                let data247 = data242.format;
                                                                if (typeof data247 !== "string") {
                                                                    const err358 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data247 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err358];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err358);
                                                                    }
                                                                    errors++;
                                                                }
                                                                if (!((((data247 === "string") || (data247 === "number")) || (data247 === "boolean")) || (data247 === "filepath"))) {
                                                                    const err359 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data247 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err359];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err359);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.isRequired !== undefined) {
                                                                let data248 = data242.isRequired;
                                                                if (typeof data248 !== "boolean") {
                                                                    const err360 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data248 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err360];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err360);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.isSecret !== undefined) {
                                                                let data249 = data242.isSecret;
                                                                if (typeof data249 !== "boolean") {
                                                                    const err361 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data249 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err361];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err361);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.placeholder !== undefined) {
                                                                let data250 = data242.placeholder;
                                                                if (typeof data250 !== "string") {
                                                                    const err362 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data250 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err362];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err362);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.value !== undefined) {
                                                                let data251 = data242.value;
                                                                if (typeof data251 !== "string") {
                                                                    const err363 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data251 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err363];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err363);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err364 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties, data: data242 };
                                                            if (vErrors === null) {
                                                                vErrors = [err364];
                                                            }
                                                            else {
                                                                vErrors.push(err364);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err365 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/variables", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].properties.variables, data: data241 };
                                                    if (vErrors === null) {
                                                        vErrors = [err365];
                                                    }
                                                    else {
                                                        vErrors.push(err365);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err366 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26, schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1].type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[0].allOf[1], data: data231 };
                                            if (vErrors === null) {
                                                vErrors = [err366];
                                            }
                                            else {
                                                vErrors.push(err366);
                                            }
                                            errors++;
                                        }
                                        if (data231 && typeof data231 == "object" && !Array.isArray(data231)) {
                                            if (data231.name === undefined) {
                                                const err367 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26, schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[1].required, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[1], data: data231 };
                                                if (vErrors === null) {
                                                    vErrors = [err367];
                                                }
                                                else {
                                                    vErrors.push(err367);
                                                }
                                                errors++;
                                            }
                                            if (data231.name !== undefined) {
                                                let data252 = data231.name;
                                                if (typeof data252 !== "string") {
                                                    const err368 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26 + "/name", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[1].properties.name.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[1].properties.name, data: data252 };
                                                    if (vErrors === null) {
                                                        vErrors = [err368];
                                                    }
                                                    else {
                                                        vErrors.push(err368);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err369 = { instancePath: instancePath + "/remotes/" + i22 + "/headers/" + i26, schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[1].type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.items.allOf[1], data: data231 };
                                            if (vErrors === null) {
                                                vErrors = [err369];
                                            }
                                            else {
                                                vErrors.push(err369);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err370 = { instancePath: instancePath + "/remotes/" + i22 + "/headers", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.headers, data: data230 };
                                    if (vErrors === null) {
                                        vErrors = [err370];
                                    }
                                    else {
                                        vErrors.push(err370);
                                    }
                                    errors++;
                                }
                            }
                            if (data202.type !== undefined) {
                                let data253 = data202.type;
                                if (typeof data253 !== "string") {
                                    const err371 = { instancePath: instancePath + "/remotes/" + i22 + "/type", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.type.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.type, data: data253 };
                                    if (vErrors === null) {
                                        vErrors = [err371];
                                    }
                                    else {
                                        vErrors.push(err371);
                                    }
                                    errors++;
                                }
                                if (!(data253 === "sse")) {
                                    const err372 = { instancePath: instancePath + "/remotes/" + i22 + "/type", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.remotes.items.allOf[0].else.then.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.type.enum, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.type, data: data253 };
                                    if (vErrors === null) {
                                        vErrors = [err372];
                                    }
                                    else {
                                        vErrors.push(err372);
                                    }
                                    errors++;
                                }
                            }
                            if (data202.url !== undefined) {
                                let data254 = data202.url;
                                if (typeof data254 === "string") {
                                    if (!(formats6.test(data254))) {
                                        const err373 = { instancePath: instancePath + "/remotes/" + i22 + "/url", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/url/format", keyword: "format", params: { format: "uri-template" }, message: "must match format \"" + "uri-template" + "\"", schema: "uri-template", parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.url, data: data254 };
                                        if (vErrors === null) {
                                            vErrors = [err373];
                                        }
                                        else {
                                            vErrors.push(err373);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err374 = { instancePath: instancePath + "/remotes/" + i22 + "/url", schemaPath: "#/properties/remotes/items/allOf/0/else/then/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[0].else.then.properties.url.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then.properties.url, data: data254 };
                                    if (vErrors === null) {
                                        vErrors = [err374];
                                    }
                                    else {
                                        vErrors.push(err374);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err375 = { instancePath: instancePath + "/remotes/" + i22, schemaPath: "#/properties/remotes/items/allOf/0/else/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[0].else.then.type, parentSchema: schema11.properties.remotes.items.allOf[0].else.then, data: data202 };
                            if (vErrors === null) {
                                vErrors = [err375];
                            }
                            else {
                                vErrors.push(err375);
                            }
                            errors++;
                        }
                        var _valid10 = _errs562 === errors;
                        valid139 = _valid10;
                        ifClause8 = "then";
                    }
                    else {
                        const _errs621 = errors;
                        if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
                            if (data202.type === undefined) {
                                const err376 = { instancePath: instancePath + "/remotes/" + i22, schemaPath: "#/properties/remotes/items/allOf/0/else/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.properties.remotes.items.allOf[0].else.else.required, parentSchema: schema11.properties.remotes.items.allOf[0].else.else, data: data202 };
                                if (vErrors === null) {
                                    vErrors = [err376];
                                }
                                else {
                                    vErrors.push(err376);
                                }
                                errors++;
                            }
                            if (data202.type !== undefined) {
                                let data255 = data202.type;
                                if (!((data255 === "streamable-http") || (data255 === "sse"))) {
                                    const err377 = { instancePath: instancePath + "/remotes/" + i22 + "/type", schemaPath: "#/properties/remotes/items/allOf/0/else/else/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.properties.remotes.items.allOf[0].else.else.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.remotes.items.allOf[0].else.else.properties.type.enum, parentSchema: schema11.properties.remotes.items.allOf[0].else.else.properties.type, data: data255 };
                                    if (vErrors === null) {
                                        vErrors = [err377];
                                    }
                                    else {
                                        vErrors.push(err377);
                                    }
                                    errors++;
                                }
                            }
                        }
                        var _valid10 = _errs621 === errors;
                        valid139 = _valid10;
                        ifClause8 = "else";
                    }
                    if (!valid139) {
                        const err378 = { instancePath: instancePath + "/remotes/" + i22, schemaPath: "#/properties/remotes/items/allOf/0/else/if", keyword: "if", params: { failingKeyword: ifClause8 }, message: "must match \"" + ifClause8 + "\" schema", schema: schema11.properties.remotes.items.allOf[0].else.if, parentSchema: schema11.properties.remotes.items.allOf[0].else, data: data202 };
                        if (vErrors === null) {
                            vErrors = [err378];
                        }
                        else {
                            vErrors.push(err378);
                        }
                        errors++;
                    }
                    var _valid9 = _errs558 === errors;
                    valid123 = _valid9;
                    ifClause7 = "else";
                }
                if (!valid123) {
                    const err379 = { instancePath: instancePath + "/remotes/" + i22, schemaPath: "#/properties/remotes/items/allOf/0/if", keyword: "if", params: { failingKeyword: ifClause7 }, message: "must match \"" + ifClause7 + "\" schema", schema: schema11.properties.remotes.items.allOf[0].if, parentSchema: schema11.properties.remotes.items.allOf[0], data: data202 };
                    if (vErrors === null) {
                        vErrors = [err379];
                    }
                    else {
                        vErrors.push(err379);
                    }
                    errors++;
                }
                if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
                    if (data202.variables !== undefined) {
                        let data256 = data202.variables;
                        if (data256 && typeof data256 == "object" && !Array.isArray(data256)) {
                            for (const key9 in data256) {
                                let data257 = data256[key9];
                                if (data257 && typeof data257 == "object" && !Array.isArray(data257)) {
                                    if (data257.choices !== undefined) {
                                        let data258 = data257.choices;
                                        if (Array.isArray(data258)) {
                                            const len29 = data258.length;
                                            for (let i29 = 0; i29 < len29; i29++) {
                                                let data259 = data258[i29];
                                                if (typeof data259 !== "string") {
                                                    const err380 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i29, schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data259 };
                                                    if (vErrors === null) {
                                                        vErrors = [err380];
                                                    }
                                                    else {
                                                        vErrors.push(err380);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err381 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.choices, data: data258 };
                                            if (vErrors === null) {
                                                vErrors = [err381];
                                            }
                                            else {
                                                vErrors.push(err381);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.default !== undefined) {
                                        let data260 = data257.default;
                                        if (typeof data260 !== "string") {
                                            const err382 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.default, data: data260 };
                                            if (vErrors === null) {
                                                vErrors = [err382];
                                            }
                                            else {
                                                vErrors.push(err382);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.description !== undefined) {
                                        let data261 = data257.description;
                                        if (typeof data261 !== "string") {
                                            const err383 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.description, data: data261 };
                                            if (vErrors === null) {
                                                vErrors = [err383];
                                            }
                                            else {
                                                vErrors.push(err383);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.format !== undefined) {
                                        let data262 = data257.format;
                                        if (typeof data262 !== "string") {
                                            const err384 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.format, data: data262 };
                                            if (vErrors === null) {
                                                vErrors = [err384];
                                            }
                                            else {
                                                vErrors.push(err384);
                                            }
                                            errors++;
                                        }
                                        if (!((((data262 === "string") || (data262 === "number")) || (data262 === "boolean")) || (data262 === "filepath"))) {
                                            const err385 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.format, data: data262 };
                                            if (vErrors === null) {
                                                vErrors = [err385];
                                            }
                                            else {
                                                vErrors.push(err385);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.isRequired !== undefined) {
                                        let data263 = data257.isRequired;
                                        if (typeof data263 !== "boolean") {
                                            const err386 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data263 };
                                            if (vErrors === null) {
                                                vErrors = [err386];
                                            }
                                            else {
                                                vErrors.push(err386);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.isSecret !== undefined) {
                                        let data264 = data257.isSecret;
                                        if (typeof data264 !== "boolean") {
                                            const err387 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data264 };
                                            if (vErrors === null) {
                                                vErrors = [err387];
                                            }
                                            else {
                                                vErrors.push(err387);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.placeholder !== undefined) {
                                        let data265 = data257.placeholder;
                                        if (typeof data265 !== "string") {
                                            const err388 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data265 };
                                            if (vErrors === null) {
                                                vErrors = [err388];
                                            }
                                            else {
                                                vErrors.push(err388);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data257.value !== undefined) {
                                        let data266 = data257.value;
                                        if (typeof data266 !== "string") {
                                            const err389 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.properties.value, data: data266 };
                                            if (vErrors === null) {
                                                vErrors = [err389];
                                            }
                                            else {
                                                vErrors.push(err389);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err390 = { instancePath: instancePath + "/remotes/" + i22 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables.additionalProperties, data: data257 };
                                    if (vErrors === null) {
                                        vErrors = [err390];
                                    }
                                    else {
                                        vErrors.push(err390);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err391 = { instancePath: instancePath + "/remotes/" + i22 + "/variables", schemaPath: "#/properties/remotes/items/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[1].properties.variables.type, parentSchema: schema11.properties.remotes.items.allOf[1].properties.variables, data: data256 };
                            if (vErrors === null) {
                                vErrors = [err391];
                            }
                            else {
                                vErrors.push(err391);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err392 = { instancePath: instancePath + "/remotes/" + i22, schemaPath: "#/properties/remotes/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.remotes.items.allOf[1].type, parentSchema: schema11.properties.remotes.items.allOf[1], data: data202 };
                    if (vErrors === null) {
                        vErrors = [err392];
                    }
                    else {
                        vErrors.push(err392);
                    }
                    errors++;
                }
            }
        }
        else {
            const err393 = { instancePath: instancePath + "/remotes", schemaPath: "#/properties/remotes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.remotes.type, parentSchema: schema11.properties.remotes, data: data201 };
            if (vErrors === null) {
                vErrors = [err393];
            }
            else {
                vErrors.push(err393);
            }
            errors++;
        }
    }
    if (data.repository !== undefined) {
        let data267 = data.repository;
        if (data267 && typeof data267 == "object" && !Array.isArray(data267)) {
            if (data267.url === undefined) {
                const err394 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.properties.repository.required, parentSchema: schema11.properties.repository, data: data267 };
                if (vErrors === null) {
                    vErrors = [err394];
                }
                else {
                    vErrors.push(err394);
                }
                errors++;
            }
            if (data267.source === undefined) {
                const err395 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'", schema: schema11.properties.repository.required, parentSchema: schema11.properties.repository, data: data267 };
                if (vErrors === null) {
                    vErrors = [err395];
                }
                else {
                    vErrors.push(err395);
                }
                errors++;
            }
            if (data267.id !== undefined) {
                let data268 = data267.id;
                if (typeof data268 !== "string") {
                    const err396 = { instancePath: instancePath + "/repository/id", schemaPath: "#/properties/repository/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repository.properties.id.type, parentSchema: schema11.properties.repository.properties.id, data: data268 };
                    if (vErrors === null) {
                        vErrors = [err396];
                    }
                    else {
                        vErrors.push(err396);
                    }
                    errors++;
                }
            }
            if (data267.source !== undefined) {
                let data269 = data267.source;
                if (typeof data269 !== "string") {
                    const err397 = { instancePath: instancePath + "/repository/source", schemaPath: "#/properties/repository/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repository.properties.source.type, parentSchema: schema11.properties.repository.properties.source, data: data269 };
                    if (vErrors === null) {
                        vErrors = [err397];
                    }
                    else {
                        vErrors.push(err397);
                    }
                    errors++;
                }
            }
            if (data267.subfolder !== undefined) {
                let data270 = data267.subfolder;
                if (typeof data270 !== "string") {
                    const err398 = { instancePath: instancePath + "/repository/subfolder", schemaPath: "#/properties/repository/properties/subfolder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repository.properties.subfolder.type, parentSchema: schema11.properties.repository.properties.subfolder, data: data270 };
                    if (vErrors === null) {
                        vErrors = [err398];
                    }
                    else {
                        vErrors.push(err398);
                    }
                    errors++;
                }
            }
            if (data267.url !== undefined) {
                let data271 = data267.url;
                if (typeof data271 === "string") {
                    if (!(formats0.validate(data271))) {
                        const err399 = { instancePath: instancePath + "/repository/url", schemaPath: "#/properties/repository/properties/url/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.properties.repository.properties.url, data: data271 };
                        if (vErrors === null) {
                            vErrors = [err399];
                        }
                        else {
                            vErrors.push(err399);
                        }
                        errors++;
                    }
                }
                else {
                    const err400 = { instancePath: instancePath + "/repository/url", schemaPath: "#/properties/repository/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.repository.properties.url.type, parentSchema: schema11.properties.repository.properties.url, data: data271 };
                    if (vErrors === null) {
                        vErrors = [err400];
                    }
                    else {
                        vErrors.push(err400);
                    }
                    errors++;
                }
            }
        }
        else {
            const err401 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.repository.type, parentSchema: schema11.properties.repository, data: data267 };
            if (vErrors === null) {
                vErrors = [err401];
            }
            else {
                vErrors.push(err401);
            }
            errors++;
        }
    }
    if (data.title !== undefined) {
        let data272 = data.title;
        if (typeof data272 === "string") {
            if (func2(data272) > 100) {
                const err402 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.properties.title, data: data272 };
                if (vErrors === null) {
                    vErrors = [err402];
                }
                else {
                    vErrors.push(err402);
                }
                errors++;
            }
            if (func2(data272) < 1) {
                const err403 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.title, data: data272 };
                if (vErrors === null) {
                    vErrors = [err403];
                }
                else {
                    vErrors.push(err403);
                }
                errors++;
            }
        }
        else {
            const err404 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.title.type, parentSchema: schema11.properties.title, data: data272 };
            if (vErrors === null) {
                vErrors = [err404];
            }
            else {
                vErrors.push(err404);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data273 = data.version;
        if (typeof data273 === "string") {
            if (func2(data273) > 255) {
                const err405 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema11.properties.version, data: data273 };
                if (vErrors === null) {
                    vErrors = [err405];
                }
                else {
                    vErrors.push(err405);
                }
                errors++;
            }
        }
        else {
            const err406 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data273 };
            if (vErrors === null) {
                vErrors = [err406];
            }
            else {
                vErrors.push(err406);
            }
            errors++;
        }
    }
    if (data.websiteUrl !== undefined) {
        let data274 = data.websiteUrl;
        if (typeof data274 === "string") {
            if (!(formats0.validate(data274))) {
                const err407 = { instancePath: instancePath + "/websiteUrl", schemaPath: "#/properties/websiteUrl/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.properties.websiteUrl, data: data274 };
                if (vErrors === null) {
                    vErrors = [err407];
                }
                else {
                    vErrors.push(err407);
                }
                errors++;
            }
        }
        else {
            const err408 = { instancePath: instancePath + "/websiteUrl", schemaPath: "#/properties/websiteUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.websiteUrl.type, parentSchema: schema11.properties.websiteUrl, data: data274 };
            if (vErrors === null) {
                vErrors = [err408];
            }
            else {
                vErrors.push(err408);
            }
            errors++;
        }
    }
}
else {
    const err409 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err409];
    }
    else {
        vErrors.push(err409);
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


/***/ }),

/***/ 8039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ucs2length)
/* harmony export */ });
/* unused harmony export equal */
/* harmony import */ var ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4951);
/* harmony import */ var ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6214);


// The helpers ajv's generated code calls, for the precompiled validators. They are CommonJS with an
// `exports.default`: Node hands the module object to a default import, a bundler the function itself.
const own = (module) => (module.default ?? module);
/** Length of a string in code points, as JSON Schema's minLength and maxLength count it. */
const ucs2length = own(ajv_dist_runtime_ucs2length_js__WEBPACK_IMPORTED_MODULE_0__["default"]);
/** Deep equality, for enum, const and uniqueItems over objects. */
const equal = own(ajv_dist_runtime_equal_js__WEBPACK_IMPORTED_MODULE_1__["default"]);


/***/ })

};
