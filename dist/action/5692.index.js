export const id = 5692;
export const ids = [5692];
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

/***/ 3311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4603);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8039);
// Generated by scripts/compile-schemas.ts (npm run schemas) from the schema "codex" (src/schema/sources.ts): do not edit.
// A test fails when this file is not what that script writes today.
// @ts-nocheck


"use strict";
const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mcpcop/mcpcop/raw/main/schemas/codex.schema.json", "title": "OpenAI Codex MCP servers (.codex/config.toml)", "description": "The [mcp_servers.<name>] tables of a Codex config.toml, written as JSON. Only the MCP part is described: every other config.toml key is allowed. A server with \"command\" is started over stdio, one with \"url\" is reached over Streamable HTTP. See https://developers.openai.com/codex/mcp and https://developers.openai.com/codex/config-schema.json", "type": "object", "properties": { "mcp_servers": { "type": "object", "description": "Servers by name, one [mcp_servers.<name>] table each.", "additionalProperties": { "$ref": "#/definitions/server" } }, "mcp_oauth_callback_port": { "type": "integer", "minimum": 0, "maximum": 65535, "description": "Fixed local port for the MCP OAuth callback." }, "mcp_oauth_callback_url": { "type": "string", "description": "Redirect URL to register for the MCP OAuth flow." }, "mcp_oauth_credentials_store": { "enum": ["auto", "file", "keyring"], "description": "Where Codex keeps MCP OAuth credentials." } }, "definitions": { "stringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "stringList": { "type": "array", "items": { "type": "string" } }, "approvalMode": { "enum": ["auto", "prompt", "approve", "writes"], "description": "When Codex asks before calling a tool: \"writes\" asks only for tools not marked read-only." }, "envVar": { "description": "A host variable to forward: its name, or { name, source } where source says which machine it comes from.", "anyOf": [{ "type": "string" }, { "type": "object", "properties": { "name": { "type": "string" }, "source": { "type": "string" } }, "required": ["name"], "additionalProperties": false }] }, "tool": { "type": "object", "description": "Per-tool settings, [mcp_servers.<name>.tools.<tool>].", "properties": { "approval_mode": { "$ref": "#/definitions/approvalMode" } }, "additionalProperties": false }, "server": { "type": "object", "description": "One MCP server. Which transport fields may appear together is checked by the Codex adapter, as Codex itself does after reading the table.", "properties": { "command": { "type": "string", "minLength": 1, "description": "Program to start; its presence makes the server stdio." }, "args": { "$ref": "#/definitions/stringList" }, "env": { "$ref": "#/definitions/stringMap", "description": "Variables set for the server process (stdio). Values must be strings: quote numbers." }, "env_vars": { "type": "array", "items": { "$ref": "#/definitions/envVar" }, "description": "Names of host variables forwarded to the server process (stdio)." }, "cwd": { "type": "string", "description": "Working directory of the server process (stdio)." }, "experimental_environment": { "type": "string" }, "environment_id": { "type": "string" }, "url": { "type": "string", "format": "mcp-http-url", "errorMessage": "Codex connects to it over Streamable HTTP and expands no placeholders, so it must be an http:// or https:// URL", "description": "Streamable HTTP endpoint; its presence makes the server remote." }, "bearer_token_env_var": { "type": "string", "description": "Name of the environment variable holding the bearer token (HTTP)." }, "bearer_token": { "type": "string", "description": "Refused by Codex: use bearer_token_env_var." }, "http_headers": { "$ref": "#/definitions/stringMap", "description": "Static HTTP headers (HTTP)." }, "env_http_headers": { "$ref": "#/definitions/stringMap", "description": "HTTP header name to the environment variable holding its value (HTTP)." }, "scopes": { "$ref": "#/definitions/stringList", "description": "OAuth scopes to request (HTTP)." }, "oauth_resource": { "type": "string", "description": "OAuth resource parameter, RFC 8707 (HTTP)." }, "oauth": { "type": "object", "properties": { "client_id": { "type": "string" } }, "additionalProperties": false }, "startup_timeout_sec": { "type": "number", "minimum": 0, "description": "Seconds to wait for the server to start and list its tools (default 10)." }, "startup_timeout_ms": { "type": "integer", "minimum": 0, "description": "Legacy form of startup_timeout_sec, in milliseconds." }, "tool_timeout_sec": { "type": "number", "minimum": 0, "description": "Seconds a tool call may take (default 60)." }, "enabled": { "type": "boolean", "description": "false skips the server (default true)." }, "required": { "type": "boolean", "description": "true makes Codex fail when the server cannot start." }, "supports_parallel_tool_calls": { "type": "boolean" }, "default_tools_approval_mode": { "$ref": "#/definitions/approvalMode" }, "enabled_tools": { "$ref": "#/definitions/stringList", "description": "Allow-list of tool names." }, "disabled_tools": { "$ref": "#/definitions/stringList", "description": "Deny-list of tool names, applied after enabled_tools." }, "tools": { "type": "object", "additionalProperties": { "$ref": "#/definitions/tool" } }, "name": { "type": "string", "description": "Legacy display name, accepted and ignored." } }, "additionalProperties": false } } };
const schema12 = { "type": "object", "description": "One MCP server. Which transport fields may appear together is checked by the Codex adapter, as Codex itself does after reading the table.", "properties": { "command": { "type": "string", "minLength": 1, "description": "Program to start; its presence makes the server stdio." }, "args": { "$ref": "#/definitions/stringList" }, "env": { "$ref": "#/definitions/stringMap", "description": "Variables set for the server process (stdio). Values must be strings: quote numbers." }, "env_vars": { "type": "array", "items": { "$ref": "#/definitions/envVar" }, "description": "Names of host variables forwarded to the server process (stdio)." }, "cwd": { "type": "string", "description": "Working directory of the server process (stdio)." }, "experimental_environment": { "type": "string" }, "environment_id": { "type": "string" }, "url": { "type": "string", "format": "mcp-http-url", "errorMessage": "Codex connects to it over Streamable HTTP and expands no placeholders, so it must be an http:// or https:// URL", "description": "Streamable HTTP endpoint; its presence makes the server remote." }, "bearer_token_env_var": { "type": "string", "description": "Name of the environment variable holding the bearer token (HTTP)." }, "bearer_token": { "type": "string", "description": "Refused by Codex: use bearer_token_env_var." }, "http_headers": { "$ref": "#/definitions/stringMap", "description": "Static HTTP headers (HTTP)." }, "env_http_headers": { "$ref": "#/definitions/stringMap", "description": "HTTP header name to the environment variable holding its value (HTTP)." }, "scopes": { "$ref": "#/definitions/stringList", "description": "OAuth scopes to request (HTTP)." }, "oauth_resource": { "type": "string", "description": "OAuth resource parameter, RFC 8707 (HTTP)." }, "oauth": { "type": "object", "properties": { "client_id": { "type": "string" } }, "additionalProperties": false }, "startup_timeout_sec": { "type": "number", "minimum": 0, "description": "Seconds to wait for the server to start and list its tools (default 10)." }, "startup_timeout_ms": { "type": "integer", "minimum": 0, "description": "Legacy form of startup_timeout_sec, in milliseconds." }, "tool_timeout_sec": { "type": "number", "minimum": 0, "description": "Seconds a tool call may take (default 60)." }, "enabled": { "type": "boolean", "description": "false skips the server (default true)." }, "required": { "type": "boolean", "description": "true makes Codex fail when the server cannot start." }, "supports_parallel_tool_calls": { "type": "boolean" }, "default_tools_approval_mode": { "$ref": "#/definitions/approvalMode" }, "enabled_tools": { "$ref": "#/definitions/stringList", "description": "Allow-list of tool names." }, "disabled_tools": { "$ref": "#/definitions/stringList", "description": "Deny-list of tool names, applied after enabled_tools." }, "tools": { "type": "object", "additionalProperties": { "$ref": "#/definitions/tool" } }, "name": { "type": "string", "description": "Legacy display name, accepted and ignored." } }, "additionalProperties": false };
const schema13 = { "type": "array", "items": { "type": "string" } };
const schema14 = { "type": "object", "additionalProperties": { "type": "string" } };
const schema15 = { "description": "A host variable to forward: its name, or { name, source } where source says which machine it comes from.", "anyOf": [{ "type": "string" }, { "type": "object", "properties": { "name": { "type": "string" }, "source": { "type": "string" } }, "required": ["name"], "additionalProperties": false }] };
const schema19 = { "enum": ["auto", "prompt", "approve", "writes"], "description": "When Codex asks before calling a tool: \"writes\" asks only for tools not marked read-only." };
const func2 = Object.prototype.hasOwnProperty;
const func3 = _runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .ucs2length */ .K;
const formats0 = _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .h["mcp-http-url"];
const schema22 = { "type": "object", "description": "Per-tool settings, [mcp_servers.<name>.tools.<tool>].", "properties": { "approval_mode": { "$ref": "#/definitions/approvalMode" } }, "additionalProperties": false };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(key0 === "approval_mode")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.approval_mode !== undefined) {
        let data0 = data.approval_mode;
        if (!((((data0 === "auto") || (data0 === "prompt")) || (data0 === "approve")) || (data0 === "writes"))) {
            const err1 = { instancePath: instancePath + "/approval_mode", schemaPath: "#/definitions/approvalMode/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data0 };
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
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
        vErrors = [err2];
    }
    else {
        vErrors.push(err2);
    }
    errors++;
} validate12.errors = vErrors; return errors === 0; }
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema12.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.command !== undefined) {
        let data0 = data.command;
        if (typeof data0 === "string") {
            if (func3(data0) < 1) {
                const err1 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.properties.command, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.command.type, parentSchema: schema12.properties.command, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
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
                    const err3 = { instancePath: instancePath + "/args/" + i0, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.type, parentSchema: schema13.items, data: data2 };
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
            const err4 = { instancePath: instancePath + "/args", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
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
                    const err5 = { instancePath: instancePath + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.additionalProperties.type, parentSchema: schema14.additionalProperties, data: data4 };
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
            const err6 = { instancePath: instancePath + "/env", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data3 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.env_vars !== undefined) {
        let data5 = data.env_vars;
        if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data6 = data5[i1];
                const _errs19 = errors;
                let valid9 = false;
                const _errs20 = errors;
                if (typeof data6 !== "string") {
                    const err7 = { instancePath: instancePath + "/env_vars/" + i1, schemaPath: "#/definitions/envVar/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[0].type, parentSchema: schema15.anyOf[0], data: data6 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                var _valid0 = _errs20 === errors;
                valid9 = valid9 || _valid0;
                if (!valid9) {
                    const _errs22 = errors;
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        if (data6.name === undefined) {
                            const err8 = { instancePath: instancePath + "/env_vars/" + i1, schemaPath: "#/definitions/envVar/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema15.anyOf[1].required, parentSchema: schema15.anyOf[1], data: data6 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                        for (const key2 in data6) {
                            if (!((key2 === "name") || (key2 === "source"))) {
                                const err9 = { instancePath: instancePath + "/env_vars/" + i1, schemaPath: "#/definitions/envVar/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.anyOf[1], data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        if (data6.name !== undefined) {
                            let data7 = data6.name;
                            if (typeof data7 !== "string") {
                                const err10 = { instancePath: instancePath + "/env_vars/" + i1 + "/name", schemaPath: "#/definitions/envVar/anyOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.name.type, parentSchema: schema15.anyOf[1].properties.name, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        if (data6.source !== undefined) {
                            let data8 = data6.source;
                            if (typeof data8 !== "string") {
                                const err11 = { instancePath: instancePath + "/env_vars/" + i1 + "/source", schemaPath: "#/definitions/envVar/anyOf/1/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.anyOf[1].properties.source.type, parentSchema: schema15.anyOf[1].properties.source, data: data8 };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/env_vars/" + i1, schemaPath: "#/definitions/envVar/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data6 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    var _valid0 = _errs22 === errors;
                    valid9 = valid9 || _valid0;
                }
                if (!valid9) {
                    const err13 = { instancePath: instancePath + "/env_vars/" + i1, schemaPath: "#/definitions/envVar/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                else {
                    errors = _errs19;
                    if (vErrors !== null) {
                        if (_errs19) {
                            vErrors.length = _errs19;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/env_vars", schemaPath: "#/properties/env_vars/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.env_vars.type, parentSchema: schema12.properties.env_vars, data: data5 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.cwd !== undefined) {
        let data9 = data.cwd;
        if (typeof data9 !== "string") {
            const err15 = { instancePath: instancePath + "/cwd", schemaPath: "#/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.cwd.type, parentSchema: schema12.properties.cwd, data: data9 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.experimental_environment !== undefined) {
        let data10 = data.experimental_environment;
        if (typeof data10 !== "string") {
            const err16 = { instancePath: instancePath + "/experimental_environment", schemaPath: "#/properties/experimental_environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.experimental_environment.type, parentSchema: schema12.properties.experimental_environment, data: data10 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.environment_id !== undefined) {
        let data11 = data.environment_id;
        if (typeof data11 !== "string") {
            const err17 = { instancePath: instancePath + "/environment_id", schemaPath: "#/properties/environment_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.environment_id.type, parentSchema: schema12.properties.environment_id, data: data11 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.url !== undefined) {
        let data12 = data.url;
        if (typeof data12 === "string") {
            if (!(formats0.validate(data12))) {
                const err18 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "mcp-http-url" }, message: "must match format \"" + "mcp-http-url" + "\"", schema: "mcp-http-url", parentSchema: schema12.properties.url, data: data12 };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        else {
            const err19 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.url.type, parentSchema: schema12.properties.url, data: data12 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.bearer_token_env_var !== undefined) {
        let data13 = data.bearer_token_env_var;
        if (typeof data13 !== "string") {
            const err20 = { instancePath: instancePath + "/bearer_token_env_var", schemaPath: "#/properties/bearer_token_env_var/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.bearer_token_env_var.type, parentSchema: schema12.properties.bearer_token_env_var, data: data13 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.bearer_token !== undefined) {
        let data14 = data.bearer_token;
        if (typeof data14 !== "string") {
            const err21 = { instancePath: instancePath + "/bearer_token", schemaPath: "#/properties/bearer_token/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.bearer_token.type, parentSchema: schema12.properties.bearer_token, data: data14 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.http_headers !== undefined) {
        let data15 = data.http_headers;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key3 in data15) {
                let data16 = data15[key3];
                if (typeof data16 !== "string") {
                    const err22 = { instancePath: instancePath + "/http_headers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.additionalProperties.type, parentSchema: schema14.additionalProperties, data: data16 };
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
            const err23 = { instancePath: instancePath + "/http_headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data15 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.env_http_headers !== undefined) {
        let data17 = data.env_http_headers;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key4 in data17) {
                let data18 = data17[key4];
                if (typeof data18 !== "string") {
                    const err24 = { instancePath: instancePath + "/env_http_headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.additionalProperties.type, parentSchema: schema14.additionalProperties, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
        }
        else {
            const err25 = { instancePath: instancePath + "/env_http_headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data17 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.scopes !== undefined) {
        let data19 = data.scopes;
        if (Array.isArray(data19)) {
            const len2 = data19.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data20 = data19[i2];
                if (typeof data20 !== "string") {
                    const err26 = { instancePath: instancePath + "/scopes/" + i2, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.type, parentSchema: schema13.items, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/scopes", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data19 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.oauth_resource !== undefined) {
        let data21 = data.oauth_resource;
        if (typeof data21 !== "string") {
            const err28 = { instancePath: instancePath + "/oauth_resource", schemaPath: "#/properties/oauth_resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.oauth_resource.type, parentSchema: schema12.properties.oauth_resource, data: data21 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
    }
    if (data.oauth !== undefined) {
        let data22 = data.oauth;
        if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key5 in data22) {
                if (!(key5 === "client_id")) {
                    const err29 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.oauth, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            if (data22.client_id !== undefined) {
                let data23 = data22.client_id;
                if (typeof data23 !== "string") {
                    const err30 = { instancePath: instancePath + "/oauth/client_id", schemaPath: "#/properties/oauth/properties/client_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.oauth.properties.client_id.type, parentSchema: schema12.properties.oauth.properties.client_id, data: data23 };
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
            const err31 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.oauth.type, parentSchema: schema12.properties.oauth, data: data22 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
    if (data.startup_timeout_sec !== undefined) {
        let data24 = data.startup_timeout_sec;
        if ((typeof data24 == "number") && (isFinite(data24))) {
            if (data24 < 0 || isNaN(data24)) {
                const err32 = { instancePath: instancePath + "/startup_timeout_sec", schemaPath: "#/properties/startup_timeout_sec/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.startup_timeout_sec, data: data24 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        else {
            const err33 = { instancePath: instancePath + "/startup_timeout_sec", schemaPath: "#/properties/startup_timeout_sec/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.startup_timeout_sec.type, parentSchema: schema12.properties.startup_timeout_sec, data: data24 };
            if (vErrors === null) {
                vErrors = [err33];
            }
            else {
                vErrors.push(err33);
            }
            errors++;
        }
    }
    if (data.startup_timeout_ms !== undefined) {
        let data25 = data.startup_timeout_ms;
        if (!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) {
            const err34 = { instancePath: instancePath + "/startup_timeout_ms", schemaPath: "#/properties/startup_timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.startup_timeout_ms.type, parentSchema: schema12.properties.startup_timeout_ms, data: data25 };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
        if ((typeof data25 == "number") && (isFinite(data25))) {
            if (data25 < 0 || isNaN(data25)) {
                const err35 = { instancePath: instancePath + "/startup_timeout_ms", schemaPath: "#/properties/startup_timeout_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.startup_timeout_ms, data: data25 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
    }
    if (data.tool_timeout_sec !== undefined) {
        let data26 = data.tool_timeout_sec;
        if ((typeof data26 == "number") && (isFinite(data26))) {
            if (data26 < 0 || isNaN(data26)) {
                const err36 = { instancePath: instancePath + "/tool_timeout_sec", schemaPath: "#/properties/tool_timeout_sec/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.tool_timeout_sec, data: data26 };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/tool_timeout_sec", schemaPath: "#/properties/tool_timeout_sec/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.tool_timeout_sec.type, parentSchema: schema12.properties.tool_timeout_sec, data: data26 };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.enabled !== undefined) {
        let data27 = data.enabled;
        if (typeof data27 !== "boolean") {
            const err38 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.enabled.type, parentSchema: schema12.properties.enabled, data: data27 };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
    }
    if (data.required !== undefined) {
        let data28 = data.required;
        if (typeof data28 !== "boolean") {
            const err39 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.required.type, parentSchema: schema12.properties.required, data: data28 };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
    }
    if (data.supports_parallel_tool_calls !== undefined) {
        let data29 = data.supports_parallel_tool_calls;
        if (typeof data29 !== "boolean") {
            const err40 = { instancePath: instancePath + "/supports_parallel_tool_calls", schemaPath: "#/properties/supports_parallel_tool_calls/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.supports_parallel_tool_calls.type, parentSchema: schema12.properties.supports_parallel_tool_calls, data: data29 };
            if (vErrors === null) {
                vErrors = [err40];
            }
            else {
                vErrors.push(err40);
            }
            errors++;
        }
    }
    if (data.default_tools_approval_mode !== undefined) {
        let data30 = data.default_tools_approval_mode;
        if (!((((data30 === "auto") || (data30 === "prompt")) || (data30 === "approve")) || (data30 === "writes"))) {
            const err41 = { instancePath: instancePath + "/default_tools_approval_mode", schemaPath: "#/definitions/approvalMode/enum", keyword: "enum", params: { allowedValues: schema19.enum }, message: "must be equal to one of the allowed values", schema: schema19.enum, parentSchema: schema19, data: data30 };
            if (vErrors === null) {
                vErrors = [err41];
            }
            else {
                vErrors.push(err41);
            }
            errors++;
        }
    }
    if (data.enabled_tools !== undefined) {
        let data31 = data.enabled_tools;
        if (Array.isArray(data31)) {
            const len3 = data31.length;
            for (let i3 = 0; i3 < len3; i3++) {
                let data32 = data31[i3];
                if (typeof data32 !== "string") {
                    const err42 = { instancePath: instancePath + "/enabled_tools/" + i3, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.type, parentSchema: schema13.items, data: data32 };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
            }
        }
        else {
            const err43 = { instancePath: instancePath + "/enabled_tools", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data31 };
            if (vErrors === null) {
                vErrors = [err43];
            }
            else {
                vErrors.push(err43);
            }
            errors++;
        }
    }
    if (data.disabled_tools !== undefined) {
        let data33 = data.disabled_tools;
        if (Array.isArray(data33)) {
            const len4 = data33.length;
            for (let i4 = 0; i4 < len4; i4++) {
                let data34 = data33[i4];
                if (typeof data34 !== "string") {
                    const err44 = { instancePath: instancePath + "/disabled_tools/" + i4, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.items.type, parentSchema: schema13.items, data: data34 };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
        }
        else {
            const err45 = { instancePath: instancePath + "/disabled_tools", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data: data33 };
            if (vErrors === null) {
                vErrors = [err45];
            }
            else {
                vErrors.push(err45);
            }
            errors++;
        }
    }
    if (data.tools !== undefined) {
        let data35 = data.tools;
        if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            for (const key6 in data35) {
                if (!(validate12(data35[key6], { instancePath: instancePath + "/tools/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data35, parentDataProperty: key6, rootData }))) {
                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err46 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.tools.type, parentSchema: schema12.properties.tools, data: data35 };
            if (vErrors === null) {
                vErrors = [err46];
            }
            else {
                vErrors.push(err46);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data37 = data.name;
        if (typeof data37 !== "string") {
            const err47 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.name.type, parentSchema: schema12.properties.name, data: data37 };
            if (vErrors === null) {
                vErrors = [err47];
            }
            else {
                vErrors.push(err47);
            }
            errors++;
        }
    }
}
else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err48];
    }
    else {
        vErrors.push(err48);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/mcpcop/mcpcop/raw/main/schemas/codex.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.mcp_servers !== undefined) {
        let data0 = data.mcp_servers;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key0 in data0) {
                if (!(validate11(data0[key0], { instancePath: instancePath + "/mcp_servers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key0, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err0 = { instancePath: instancePath + "/mcp_servers", schemaPath: "#/properties/mcp_servers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.mcp_servers.type, parentSchema: schema11.properties.mcp_servers, data: data0 };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.mcp_oauth_callback_port !== undefined) {
        let data2 = data.mcp_oauth_callback_port;
        if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
            const err1 = { instancePath: instancePath + "/mcp_oauth_callback_port", schemaPath: "#/properties/mcp_oauth_callback_port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.mcp_oauth_callback_port.type, parentSchema: schema11.properties.mcp_oauth_callback_port, data: data2 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if ((typeof data2 == "number") && (isFinite(data2))) {
            if (data2 > 65535 || isNaN(data2)) {
                const err2 = { instancePath: instancePath + "/mcp_oauth_callback_port", schemaPath: "#/properties/mcp_oauth_callback_port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema11.properties.mcp_oauth_callback_port, data: data2 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            if (data2 < 0 || isNaN(data2)) {
                const err3 = { instancePath: instancePath + "/mcp_oauth_callback_port", schemaPath: "#/properties/mcp_oauth_callback_port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.mcp_oauth_callback_port, data: data2 };
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
    if (data.mcp_oauth_callback_url !== undefined) {
        let data3 = data.mcp_oauth_callback_url;
        if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/mcp_oauth_callback_url", schemaPath: "#/properties/mcp_oauth_callback_url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.mcp_oauth_callback_url.type, parentSchema: schema11.properties.mcp_oauth_callback_url, data: data3 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.mcp_oauth_credentials_store !== undefined) {
        let data4 = data.mcp_oauth_credentials_store;
        if (!(((data4 === "auto") || (data4 === "file")) || (data4 === "keyring"))) {
            const err5 = { instancePath: instancePath + "/mcp_oauth_credentials_store", schemaPath: "#/properties/mcp_oauth_credentials_store/enum", keyword: "enum", params: { allowedValues: schema11.properties.mcp_oauth_credentials_store.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.mcp_oauth_credentials_store.enum, parentSchema: schema11.properties.mcp_oauth_credentials_store, data: data4 };
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
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err6];
    }
    else {
        vErrors.push(err6);
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
