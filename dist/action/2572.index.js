export const id = 2572;
export const ids = [2572];
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

/***/ 2572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4603);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8039);
// Generated by scripts/compile-schemas.ts (npm run schemas) from the schema "registry-2025-09-29" (src/schema/sources.ts): do not edit.
// A test fails when this file is not what that script writes today.
// @ts-nocheck


"use strict";
const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "description": "Schema for a static representation of an MCP server. Used in various contexts related to discovery, installation, and configuration.", "allOf": [{ "type": "object", "required": ["name", "description", "version"], "properties": { "name": { "type": "string", "description": "Server name in reverse-DNS format. Must contain exactly one forward slash separating namespace from server name.", "pattern": "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", "minLength": 3, "maxLength": 200, "errorMessage": "the MCP Registry needs a reverse-DNS namespace and a server name separated by one slash, e.g. \"io.github.owner/server\", and the namespace must be one the publisher can prove (io.github.<user> by GitHub login, or a domain they control)" }, "description": { "type": "string", "description": "Clear human-readable explanation of server functionality. Should focus on capabilities, not implementation details.", "minLength": 1, "maxLength": 100, "errorMessage": "the MCP Registry rejects a longer description when publishing; keep it to one short sentence and put the details in the README" }, "repository": { "type": "object", "description": "Optional repository metadata for the MCP server source code. Recommended for transparency and security inspection.", "required": ["url", "source"], "properties": { "url": { "type": "string", "format": "mcp-url", "description": "Repository URL for browsing source code. Should support both web browsing and git clone operations." }, "source": { "type": "string", "description": "Repository hosting service identifier. Used by registries to determine validation and API access methods." }, "id": { "type": "string", "description": "Repository identifier from the hosting service (e.g., GitHub repo ID). Owned and determined by the source forge. Should remain stable across repository renames and may be used to detect repository resurrection attacks - if a repository is deleted and recreated, the ID should change. For GitHub, use: gh api repos/<owner>/<repo> --jq '.id'" }, "subfolder": { "type": "string", "description": "Optional relative path from repository root to the server location within a monorepo or nested package structure. Must be a clean relative path." } } }, "version": { "type": "string", "maxLength": 255, "description": "Version string for this server. SHOULD follow semantic versioning (e.g., '1.0.2', '2.1.0-alpha'). Equivalent of Implementation.version in MCP specification. Non-semantic versions are allowed but may not sort predictably. Version ranges are rejected (e.g., '^1.2.3', '~1.2.3', '>=1.2.3', '1.x', '1.*')." }, "websiteUrl": { "type": "string", "format": "mcp-url", "description": "Optional URL to the server's homepage, documentation, or project website. This provides a central link for users to learn more about the server. Particularly useful when the server has custom installation instructions or setup requirements." } } }, { "type": "object", "properties": { "$schema": { "type": "string", "format": "mcp-url", "description": "JSON Schema URI for this server.json format" }, "packages": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["registryType", "identifier", "version", "transport"], "properties": { "registryType": { "type": "string", "description": "Registry type indicating how to download packages (e.g., 'npm', 'pypi', 'oci', 'nuget', 'mcpb')", "examples": ["npm", "pypi", "oci", "nuget", "mcpb"] }, "registryBaseUrl": { "type": "string", "format": "mcp-url", "description": "Base URL of the package registry", "examples": ["https://registry.npmjs.org", "https://pypi.org", "https://docker.io", "https://api.nuget.org", "https://github.com", "https://gitlab.com"] }, "identifier": { "type": "string", "description": "Package identifier - either a package name (for registries) or URL (for direct downloads)", "examples": ["@modelcontextprotocol/server-brave-search", "https://github.com/example/releases/download/v1.0.0/package.mcpb"] }, "version": { "type": "string", "description": "Package version. Must be a specific version. Version ranges are rejected (e.g., '^1.2.3', '~1.2.3', '>=1.2.3', '1.x', '1.*').", "not": { "const": "latest" }, "minLength": 1, "errorMessage": "\"latest\" is not allowed: the registry needs the exact version the package was published as, e.g. \"1.2.3\"" }, "fileSha256": { "type": "string", "pattern": "^[a-f0-9]{64}$", "description": "SHA-256 hash of the package file for integrity verification. Required for MCPB packages and optional for other package types. Authors are responsible for generating correct SHA-256 hashes when creating server.json. If present, MCP clients must validate the downloaded file matches the hash before running packages to ensure file integrity." }, "runtimeHint": { "type": "string", "description": "A hint to help clients determine the appropriate runtime for the package. This field should be provided when `runtimeArguments` are present.", "examples": ["npx", "uvx", "docker", "dnx"] }, "transport": { "description": "Transport protocol configuration for the package", "if": { "required": ["type"], "properties": { "type": { "const": "stdio" } } }, "then": { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["stdio"], "description": "Transport type" } } }, "else": { "if": { "required": ["type"], "properties": { "type": { "const": "streamable-http" } } }, "then": { "type": "object", "required": ["type", "url"], "properties": { "type": { "type": "string", "enum": ["streamable-http"], "description": "Transport type" }, "url": { "type": "string", "description": "URL template for the streamable-http transport. Variables in {curly_braces} reference argument valueHints, argument names, or environment variable names. After variable substitution, this should produce a valid URI." }, "headers": { "type": "array", "description": "HTTP headers to include", "items": { "allOf": [{ "allOf": [{ "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } }, { "type": "object", "properties": { "variables": { "type": "object", "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "additionalProperties": { "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } } } } }] }, { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "description": "Name of the header or environment variable." } } }] } } } }, "else": { "if": { "required": ["type"], "properties": { "type": { "const": "sse" } } }, "then": { "type": "object", "required": ["type", "url"], "properties": { "type": { "type": "string", "enum": ["sse"], "description": "Transport type" }, "url": { "type": "string", "format": "mcp-url", "description": "Server-Sent Events endpoint URL" }, "headers": { "type": "array", "description": "HTTP headers to include", "items": { "allOf": [{ "allOf": [{ "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } }, { "type": "object", "properties": { "variables": { "type": "object", "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "additionalProperties": { "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } } } } }] }, { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "description": "Name of the header or environment variable." } } }] } } } }, "else": { "required": ["type"], "properties": { "type": { "enum": ["stdio", "streamable-http", "sse"], "errorMessage": "the MCP Registry calls the Streamable HTTP transport \"streamable-http\" (not \"http\")" } } } } } }, "runtimeArguments": { "type": "array", "description": "A list of arguments to be passed to the package's runtime command (such as docker or npx). The `runtimeHint` field should be provided when `runtimeArguments` are present.", "items": { "description": "Warning: Arguments construct command-line parameters that may contain user-provided input. This creates potential command injection risks if clients execute commands in a shell environment. For example, a malicious argument value like ';rm -rf ~/Development' could execute dangerous commands. Clients should prefer non-shell execution methods (e.g., posix_spawn) when possible to eliminate injection risks entirely. Where not possible, clients should obtain consent from users or agents to run the resolved command before execution.", "if": { "required": ["type"], "properties": { "type": { "const": "positional" } } }, "then": { "description": "A positional input is a value inserted verbatim into the command line.", "allOf": [{ "allOf": [{ "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } }, { "type": "object", "properties": { "variables": { "type": "object", "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "additionalProperties": { "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } } } } }] }, { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["positional"] }, "valueHint": { "type": "string", "description": "An identifier for the positional argument. It is not part of the command line. It may be used by client configuration as a label identifying the argument. It is also used to identify the value in transport URL variable substitution." }, "isRepeated": { "type": "boolean", "description": "Whether the argument can be repeated multiple times in the command line.", "default": false } }, "anyOf": [{ "required": ["valueHint"], "errorMessage": "a positional argument needs a \"value\" (passed as it is) or a \"valueHint\" (a label for the value the user supplies)" }, { "required": ["value"], "errorMessage": "a positional argument needs a \"value\" (passed as it is) or a \"valueHint\" (a label for the value the user supplies)" }] }] }, "else": { "if": { "required": ["type"], "properties": { "type": { "const": "named" } } }, "then": { "description": "A command-line `--flag {value}`.", "allOf": [{ "allOf": [{ "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } }, { "type": "object", "properties": { "variables": { "type": "object", "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "additionalProperties": { "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } } } } }] }, { "type": "object", "required": ["type", "name"], "properties": { "type": { "type": "string", "enum": ["named"] }, "name": { "type": "string", "description": "The flag name, including any leading dashes." }, "isRepeated": { "type": "boolean", "description": "Whether the argument can be repeated multiple times.", "default": false } } }] }, "else": { "required": ["type"], "properties": { "type": { "enum": ["positional", "named"] } } } } } }, "packageArguments": { "type": "array", "description": "A list of arguments to be passed to the package's binary.", "items": { "description": "Warning: Arguments construct command-line parameters that may contain user-provided input. This creates potential command injection risks if clients execute commands in a shell environment. For example, a malicious argument value like ';rm -rf ~/Development' could execute dangerous commands. Clients should prefer non-shell execution methods (e.g., posix_spawn) when possible to eliminate injection risks entirely. Where not possible, clients should obtain consent from users or agents to run the resolved command before execution.", "if": { "required": ["type"], "properties": { "type": { "const": "positional" } } }, "then": { "description": "A positional input is a value inserted verbatim into the command line.", "allOf": [{ "allOf": [{ "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } }, { "type": "object", "properties": { "variables": { "type": "object", "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "additionalProperties": { "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } } } } }] }, { "type": "object", "required": ["type"], "properties": { "type": { "type": "string", "enum": ["positional"] }, "valueHint": { "type": "string", "description": "An identifier for the positional argument. It is not part of the command line. It may be used by client configuration as a label identifying the argument. It is also used to identify the value in transport URL variable substitution." }, "isRepeated": { "type": "boolean", "description": "Whether the argument can be repeated multiple times in the command line.", "default": false } }, "anyOf": [{ "required": ["valueHint"], "errorMessage": "a positional argument needs a \"value\" (passed as it is) or a \"valueHint\" (a label for the value the user supplies)" }, { "required": ["value"], "errorMessage": "a positional argument needs a \"value\" (passed as it is) or a \"valueHint\" (a label for the value the user supplies)" }] }] }, "else": { "if": { "required": ["type"], "properties": { "type": { "const": "named" } } }, "then": { "description": "A command-line `--flag {value}`.", "allOf": [{ "allOf": [{ "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } }, { "type": "object", "properties": { "variables": { "type": "object", "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "additionalProperties": { "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } } } } }] }, { "type": "object", "required": ["type", "name"], "properties": { "type": { "type": "string", "enum": ["named"] }, "name": { "type": "string", "description": "The flag name, including any leading dashes." }, "isRepeated": { "type": "boolean", "description": "Whether the argument can be repeated multiple times.", "default": false } } }] }, "else": { "required": ["type"], "properties": { "type": { "enum": ["positional", "named"] } } } } } }, "environmentVariables": { "type": "array", "description": "A mapping of environment variables to be set when running the package.", "items": { "allOf": [{ "allOf": [{ "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } }, { "type": "object", "properties": { "variables": { "type": "object", "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "additionalProperties": { "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } } } } }] }, { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "description": "Name of the header or environment variable." } } }] } } } } }, "remotes": { "type": "array", "items": { "if": { "required": ["type"], "properties": { "type": { "const": "streamable-http" } } }, "then": { "type": "object", "required": ["type", "url"], "properties": { "type": { "type": "string", "enum": ["streamable-http"], "description": "Transport type" }, "url": { "type": "string", "description": "URL template for the streamable-http transport. Variables in {curly_braces} reference argument valueHints, argument names, or environment variable names. After variable substitution, this should produce a valid URI." }, "headers": { "type": "array", "description": "HTTP headers to include", "items": { "allOf": [{ "allOf": [{ "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } }, { "type": "object", "properties": { "variables": { "type": "object", "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "additionalProperties": { "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } } } } }] }, { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "description": "Name of the header or environment variable." } } }] } } } }, "else": { "if": { "required": ["type"], "properties": { "type": { "const": "sse" } } }, "then": { "type": "object", "required": ["type", "url"], "properties": { "type": { "type": "string", "enum": ["sse"], "description": "Transport type" }, "url": { "type": "string", "format": "mcp-url", "description": "Server-Sent Events endpoint URL" }, "headers": { "type": "array", "description": "HTTP headers to include", "items": { "allOf": [{ "allOf": [{ "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } }, { "type": "object", "properties": { "variables": { "type": "object", "description": "A map of variable names to their values. Keys in the input `value` that are wrapped in `{curly_braces}` will be replaced with the corresponding variable values.", "additionalProperties": { "type": "object", "properties": { "description": { "description": "A description of the input, which clients can use to provide context to the user.", "type": "string" }, "isRequired": { "type": "boolean", "default": false }, "format": { "type": "string", "description": "Specifies the input format. Supported values include `filepath`, which should be interpreted as a file on the user's filesystem.\n\nWhen the input is converted to a string, booleans should be represented by the strings \"true\" and \"false\", and numbers should be represented as decimal values.", "enum": ["string", "number", "boolean", "filepath"], "default": "string" }, "value": { "type": "string", "description": "The value for the input. If this is not set, the user may be prompted to provide a value. If a value is set, it should not be configurable by end users.\n\nIdentifiers wrapped in `{curly_braces}` will be replaced with the corresponding properties from the input `variables` map. If an identifier in braces is not found in `variables`, or if `variables` is not provided, the `{curly_braces}` substring should remain unchanged.\n" }, "isSecret": { "type": "boolean", "description": "Indicates whether the input is a secret value (e.g., password, token). If true, clients should handle the value securely.", "default": false }, "default": { "type": "string", "description": "The default value for the input.  This should be a valid value for the input.  If you want to provide input examples or guidance, use the `placeholder` field instead." }, "placeholder": { "type": "string", "description": "A placeholder for the input to be displaying during configuration. This is used to provide examples or guidance about the expected form or content of the input." }, "choices": { "type": "array", "description": "A list of possible values for the input. If provided, the user must select one of these values.", "items": { "type": "string" } } } } } } }] }, { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "description": "Name of the header or environment variable." } } }] } } } }, "else": { "required": ["type"], "properties": { "type": { "enum": ["streamable-http", "sse"], "errorMessage": "the MCP Registry calls the Streamable HTTP transport \"streamable-http\" (not \"http\")" } } } } } }, "_meta": { "type": "object", "description": "Extension metadata using reverse DNS namespacing for vendor-specific data", "additionalProperties": true, "properties": { "io.modelcontextprotocol.registry/publisher-provided": { "type": "object", "description": "Publisher-provided metadata for downstream registries", "additionalProperties": true } } } } }], "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://static.modelcontextprotocol.io/schemas/2025-09-29/server.schema.json", "title": "MCP Server Detail" };
const func2 = _runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .ucs2length */ .K;
const func7 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", "u");
const pattern1 = new RegExp("^[a-f0-9]{64}$", "u");
const formats0 = _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .h["mcp-url"];
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://static.modelcontextprotocol.io/schemas/2025-09-29/server.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/allOf/0/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.allOf[0].required, parentSchema: schema11.allOf[0], data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.description === undefined) {
        const err1 = { instancePath, schemaPath: "#/allOf/0/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'", schema: schema11.allOf[0].required, parentSchema: schema11.allOf[0], data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.version === undefined) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.allOf[0].required, parentSchema: schema11.allOf[0], data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (func2(data0) > 200) {
                const err3 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/0/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema11.allOf[0].properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (func2(data0) < 3) {
                const err4 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/0/properties/name/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema11.allOf[0].properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            if (!pattern0.test(data0)) {
                const err5 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/0/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$" + "\"", schema: "^[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+$", parentSchema: schema11.allOf[0].properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/0/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[0].properties.name.type, parentSchema: schema11.allOf[0].properties.name, data: data0 };
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
        let data1 = data.description;
        if (typeof data1 === "string") {
            if (func2(data1) > 100) {
                const err7 = { instancePath: instancePath + "/description", schemaPath: "#/allOf/0/properties/description/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema11.allOf[0].properties.description, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (func2(data1) < 1) {
                const err8 = { instancePath: instancePath + "/description", schemaPath: "#/allOf/0/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.allOf[0].properties.description, data: data1 };
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
            const err9 = { instancePath: instancePath + "/description", schemaPath: "#/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[0].properties.description.type, parentSchema: schema11.allOf[0].properties.description, data: data1 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.repository !== undefined) {
        let data2 = data.repository;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.url === undefined) {
                const err10 = { instancePath: instancePath + "/repository", schemaPath: "#/allOf/0/properties/repository/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.allOf[0].properties.repository.required, parentSchema: schema11.allOf[0].properties.repository, data: data2 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (data2.source === undefined) {
                const err11 = { instancePath: instancePath + "/repository", schemaPath: "#/allOf/0/properties/repository/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property '" + "source" + "'", schema: schema11.allOf[0].properties.repository.required, parentSchema: schema11.allOf[0].properties.repository, data: data2 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (data2.url !== undefined) {
                let data3 = data2.url;
                if (typeof data3 === "string") {
                    if (!(formats0.validate(data3))) {
                        const err12 = { instancePath: instancePath + "/repository/url", schemaPath: "#/allOf/0/properties/repository/properties/url/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.allOf[0].properties.repository.properties.url, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                else {
                    const err13 = { instancePath: instancePath + "/repository/url", schemaPath: "#/allOf/0/properties/repository/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[0].properties.repository.properties.url.type, parentSchema: schema11.allOf[0].properties.repository.properties.url, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            if (data2.source !== undefined) {
                let data4 = data2.source;
                if (typeof data4 !== "string") {
                    const err14 = { instancePath: instancePath + "/repository/source", schemaPath: "#/allOf/0/properties/repository/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[0].properties.repository.properties.source.type, parentSchema: schema11.allOf[0].properties.repository.properties.source, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            if (data2.id !== undefined) {
                let data5 = data2.id;
                if (typeof data5 !== "string") {
                    const err15 = { instancePath: instancePath + "/repository/id", schemaPath: "#/allOf/0/properties/repository/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[0].properties.repository.properties.id.type, parentSchema: schema11.allOf[0].properties.repository.properties.id, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            if (data2.subfolder !== undefined) {
                let data6 = data2.subfolder;
                if (typeof data6 !== "string") {
                    const err16 = { instancePath: instancePath + "/repository/subfolder", schemaPath: "#/allOf/0/properties/repository/properties/subfolder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[0].properties.repository.properties.subfolder.type, parentSchema: schema11.allOf[0].properties.repository.properties.subfolder, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/repository", schemaPath: "#/allOf/0/properties/repository/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[0].properties.repository.type, parentSchema: schema11.allOf[0].properties.repository, data: data2 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data7 = data.version;
        if (typeof data7 === "string") {
            if (func2(data7) > 255) {
                const err18 = { instancePath: instancePath + "/version", schemaPath: "#/allOf/0/properties/version/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema11.allOf[0].properties.version, data: data7 };
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
            const err19 = { instancePath: instancePath + "/version", schemaPath: "#/allOf/0/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[0].properties.version.type, parentSchema: schema11.allOf[0].properties.version, data: data7 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.websiteUrl !== undefined) {
        let data8 = data.websiteUrl;
        if (typeof data8 === "string") {
            if (!(formats0.validate(data8))) {
                const err20 = { instancePath: instancePath + "/websiteUrl", schemaPath: "#/allOf/0/properties/websiteUrl/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.allOf[0].properties.websiteUrl, data: data8 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/websiteUrl", schemaPath: "#/allOf/0/properties/websiteUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[0].properties.websiteUrl.type, parentSchema: schema11.allOf[0].properties.websiteUrl, data: data8 };
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
    const err22 = { instancePath, schemaPath: "#/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[0].type, parentSchema: schema11.allOf[0], data };
    if (vErrors === null) {
        vErrors = [err22];
    }
    else {
        vErrors.push(err22);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.$schema !== undefined) {
        let data9 = data.$schema;
        if (typeof data9 === "string") {
            if (!(formats0.validate(data9))) {
                const err23 = { instancePath: instancePath + "/$schema", schemaPath: "#/allOf/1/properties/%24schema/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.allOf[1].properties.$schema, data: data9 };
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
            const err24 = { instancePath: instancePath + "/$schema", schemaPath: "#/allOf/1/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.$schema.type, parentSchema: schema11.allOf[1].properties.$schema, data: data9 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.packages !== undefined) {
        let data10 = data.packages;
        if (Array.isArray(data10)) {
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data11 = data10[i0];
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    if (data11.registryType === undefined) {
                        const err25 = { instancePath: instancePath + "/packages/" + i0, schemaPath: "#/allOf/1/properties/packages/items/required", keyword: "required", params: { missingProperty: "registryType" }, message: "must have required property '" + "registryType" + "'", schema: schema11.allOf[1].properties.packages.items.required, parentSchema: schema11.allOf[1].properties.packages.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    if (data11.identifier === undefined) {
                        const err26 = { instancePath: instancePath + "/packages/" + i0, schemaPath: "#/allOf/1/properties/packages/items/required", keyword: "required", params: { missingProperty: "identifier" }, message: "must have required property '" + "identifier" + "'", schema: schema11.allOf[1].properties.packages.items.required, parentSchema: schema11.allOf[1].properties.packages.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                    if (data11.version === undefined) {
                        const err27 = { instancePath: instancePath + "/packages/" + i0, schemaPath: "#/allOf/1/properties/packages/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.allOf[1].properties.packages.items.required, parentSchema: schema11.allOf[1].properties.packages.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    if (data11.transport === undefined) {
                        const err28 = { instancePath: instancePath + "/packages/" + i0, schemaPath: "#/allOf/1/properties/packages/items/required", keyword: "required", params: { missingProperty: "transport" }, message: "must have required property '" + "transport" + "'", schema: schema11.allOf[1].properties.packages.items.required, parentSchema: schema11.allOf[1].properties.packages.items, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    for (const key0 in data11) {
                        if (!(func7.call(schema11.allOf[1].properties.packages.items.properties, key0))) {
                            const err29 = { instancePath: instancePath + "/packages/" + i0, schemaPath: "#/allOf/1/properties/packages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.allOf[1].properties.packages.items, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                    }
                    if (data11.registryType !== undefined) {
                        let data12 = data11.registryType;
                        if (typeof data12 !== "string") {
                            const err30 = { instancePath: instancePath + "/packages/" + i0 + "/registryType", schemaPath: "#/allOf/1/properties/packages/items/properties/registryType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.registryType.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.registryType, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data11.registryBaseUrl !== undefined) {
                        let data13 = data11.registryBaseUrl;
                        if (typeof data13 === "string") {
                            if (!(formats0.validate(data13))) {
                                const err31 = { instancePath: instancePath + "/packages/" + i0 + "/registryBaseUrl", schemaPath: "#/allOf/1/properties/packages/items/properties/registryBaseUrl/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.allOf[1].properties.packages.items.properties.registryBaseUrl, data: data13 };
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
                            const err32 = { instancePath: instancePath + "/packages/" + i0 + "/registryBaseUrl", schemaPath: "#/allOf/1/properties/packages/items/properties/registryBaseUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.registryBaseUrl.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.registryBaseUrl, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data11.identifier !== undefined) {
                        let data14 = data11.identifier;
                        if (typeof data14 !== "string") {
                            const err33 = { instancePath: instancePath + "/packages/" + i0 + "/identifier", schemaPath: "#/allOf/1/properties/packages/items/properties/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.identifier.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.identifier, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                    if (data11.version !== undefined) {
                        let data15 = data11.version;
                        const _errs39 = errors;
                        const _errs40 = errors;
                        if ("latest" !== data15) {
                            const err34 = {};
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                        var valid7 = _errs40 === errors;
                        if (valid7) {
                            const err35 = { instancePath: instancePath + "/packages/" + i0 + "/version", schemaPath: "#/allOf/1/properties/packages/items/properties/version/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.allOf[1].properties.packages.items.properties.version.not, parentSchema: schema11.allOf[1].properties.packages.items.properties.version, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                        else {
                            errors = _errs39;
                            if (vErrors !== null) {
                                if (_errs39) {
                                    vErrors.length = _errs39;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        if (typeof data15 === "string") {
                            if (func2(data15) < 1) {
                                const err36 = { instancePath: instancePath + "/packages/" + i0 + "/version", schemaPath: "#/allOf/1/properties/packages/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.allOf[1].properties.packages.items.properties.version, data: data15 };
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
                            const err37 = { instancePath: instancePath + "/packages/" + i0 + "/version", schemaPath: "#/allOf/1/properties/packages/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.version.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.version, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    if (data11.fileSha256 !== undefined) {
                        let data16 = data11.fileSha256;
                        if (typeof data16 === "string") {
                            if (!pattern1.test(data16)) {
                                const err38 = { instancePath: instancePath + "/packages/" + i0 + "/fileSha256", schemaPath: "#/allOf/1/properties/packages/items/properties/fileSha256/pattern", keyword: "pattern", params: { pattern: "^[a-f0-9]{64}$" }, message: "must match pattern \"" + "^[a-f0-9]{64}$" + "\"", schema: "^[a-f0-9]{64}$", parentSchema: schema11.allOf[1].properties.packages.items.properties.fileSha256, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err38];
                                }
                                else {
                                    vErrors.push(err38);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err39 = { instancePath: instancePath + "/packages/" + i0 + "/fileSha256", schemaPath: "#/allOf/1/properties/packages/items/properties/fileSha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.fileSha256.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.fileSha256, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                    if (data11.runtimeHint !== undefined) {
                        let data17 = data11.runtimeHint;
                        if (typeof data17 !== "string") {
                            const err40 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeHint", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeHint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeHint.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeHint, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    if (data11.transport !== undefined) {
                        let data18 = data11.transport;
                        const _errs47 = errors;
                        let valid8 = true;
                        const _errs48 = errors;
                        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                            let missing0;
                            if ((data18.type === undefined) && (missing0 = "type")) {
                                const err41 = {};
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                            else {
                                if (data18.type !== undefined) {
                                    if ("stdio" !== data18.type) {
                                        const err42 = {};
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
                        }
                        var _valid0 = _errs48 === errors;
                        errors = _errs47;
                        if (vErrors !== null) {
                            if (_errs47) {
                                vErrors.length = _errs47;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                        let ifClause0;
                        if (_valid0) {
                            const _errs50 = errors;
                            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                if (data18.type === undefined) {
                                    const err43 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/then/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.packages.items.properties.transport.then.required, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.then, data: data18 };
                                    if (vErrors === null) {
                                        vErrors = [err43];
                                    }
                                    else {
                                        vErrors.push(err43);
                                    }
                                    errors++;
                                }
                                if (data18.type !== undefined) {
                                    let data20 = data18.type;
                                    if (typeof data20 !== "string") {
                                        const err44 = { instancePath: instancePath + "/packages/" + i0 + "/transport/type", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/then/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.then.properties.type.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.then.properties.type, data: data20 };
                                        if (vErrors === null) {
                                            vErrors = [err44];
                                        }
                                        else {
                                            vErrors.push(err44);
                                        }
                                        errors++;
                                    }
                                    if (!(data20 === "stdio")) {
                                        const err45 = { instancePath: instancePath + "/packages/" + i0 + "/transport/type", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/then/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.transport.then.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.transport.then.properties.type.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.then.properties.type, data: data20 };
                                        if (vErrors === null) {
                                            vErrors = [err45];
                                        }
                                        else {
                                            vErrors.push(err45);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err46 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.then.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.then, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                            var _valid0 = _errs50 === errors;
                            valid8 = _valid0;
                            ifClause0 = "then";
                        }
                        else {
                            const _errs54 = errors;
                            const _errs55 = errors;
                            let valid11 = true;
                            const _errs56 = errors;
                            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                let missing1;
                                if ((data18.type === undefined) && (missing1 = "type")) {
                                    const err47 = {};
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                }
                                else {
                                    if (data18.type !== undefined) {
                                        if ("streamable-http" !== data18.type) {
                                            const err48 = {};
                                            if (vErrors === null) {
                                                vErrors = [err48];
                                            }
                                            else {
                                                vErrors.push(err48);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            var _valid1 = _errs56 === errors;
                            errors = _errs55;
                            if (vErrors !== null) {
                                if (_errs55) {
                                    vErrors.length = _errs55;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                            let ifClause1;
                            if (_valid1) {
                                const _errs58 = errors;
                                if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                    if (data18.type === undefined) {
                                        const err49 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.required, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then, data: data18 };
                                        if (vErrors === null) {
                                            vErrors = [err49];
                                        }
                                        else {
                                            vErrors.push(err49);
                                        }
                                        errors++;
                                    }
                                    if (data18.url === undefined) {
                                        const err50 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.required, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then, data: data18 };
                                        if (vErrors === null) {
                                            vErrors = [err50];
                                        }
                                        else {
                                            vErrors.push(err50);
                                        }
                                        errors++;
                                    }
                                    if (data18.type !== undefined) {
                                        let data22 = data18.type;
                                        if (typeof data22 !== "string") {
                                            const err51 = { instancePath: instancePath + "/packages/" + i0 + "/transport/type", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.type.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.type, data: data22 };
                                            if (vErrors === null) {
                                                vErrors = [err51];
                                            }
                                            else {
                                                vErrors.push(err51);
                                            }
                                            errors++;
                                        }
                                        if (!(data22 === "streamable-http")) {
                                            const err52 = { instancePath: instancePath + "/packages/" + i0 + "/transport/type", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.type.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.type, data: data22 };
                                            if (vErrors === null) {
                                                vErrors = [err52];
                                            }
                                            else {
                                                vErrors.push(err52);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data18.url !== undefined) {
                                        let data23 = data18.url;
                                        if (typeof data23 !== "string") {
                                            const err53 = { instancePath: instancePath + "/packages/" + i0 + "/transport/url", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.url.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.url, data: data23 };
                                            if (vErrors === null) {
                                                vErrors = [err53];
                                            }
                                            else {
                                                vErrors.push(err53);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data18.headers !== undefined) {
                                        let data24 = data18.headers;
                                        if (Array.isArray(data24)) {
                                            const len1 = data24.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                                let data25 = data24[i1];
                                                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                    if (data25.description !== undefined) {
                                                        let data26 = data25.description;
                                                        if (typeof data26 !== "string") {
                                                            const err54 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.description, data: data26 };
                                                            if (vErrors === null) {
                                                                vErrors = [err54];
                                                            }
                                                            else {
                                                                vErrors.push(err54);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data25.isRequired !== undefined) {
                                                        let data27 = data25.isRequired;
                                                        if (typeof data27 !== "boolean") {
                                                            const err55 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired, data: data27 };
                                                            if (vErrors === null) {
                                                                vErrors = [err55];
                                                            }
                                                            else {
                                                                vErrors.push(err55);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data25.format !== undefined) {
                                                        let data28 = data25.format;
                                                        if (typeof data28 !== "string") {
                                                            const err56 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data28 };
                                                            if (vErrors === null) {
                                                                vErrors = [err56];
                                                            }
                                                            else {
                                                                vErrors.push(err56);
                                                            }
                                                            errors++;
                                                        }
                                                        if (!((((data28 === "string") || (data28 === "number")) || (data28 === "boolean")) || (data28 === "filepath"))) {
                                                            const err57 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data28 };
                                                            if (vErrors === null) {
                                                                vErrors = [err57];
                                                            }
                                                            else {
                                                                vErrors.push(err57);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data25.value !== undefined) {
                                                        let data29 = data25.value;
                                                        if (typeof data29 !== "string") {
                                                            const err58 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.value, data: data29 };
                                                            if (vErrors === null) {
                                                                vErrors = [err58];
                                                            }
                                                            else {
                                                                vErrors.push(err58);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data25.isSecret !== undefined) {
                                                        let data30 = data25.isSecret;
                                                        if (typeof data30 !== "boolean") {
                                                            const err59 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret, data: data30 };
                                                            if (vErrors === null) {
                                                                vErrors = [err59];
                                                            }
                                                            else {
                                                                vErrors.push(err59);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data25.default !== undefined) {
                                                        let data31 = data25.default;
                                                        if (typeof data31 !== "string") {
                                                            const err60 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.default, data: data31 };
                                                            if (vErrors === null) {
                                                                vErrors = [err60];
                                                            }
                                                            else {
                                                                vErrors.push(err60);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data25.placeholder !== undefined) {
                                                        let data32 = data25.placeholder;
                                                        if (typeof data32 !== "string") {
                                                            const err61 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder, data: data32 };
                                                            if (vErrors === null) {
                                                                vErrors = [err61];
                                                            }
                                                            else {
                                                                vErrors.push(err61);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data25.choices !== undefined) {
                                                        let data33 = data25.choices;
                                                        if (Array.isArray(data33)) {
                                                            const len2 = data33.length;
                                                            for (let i2 = 0; i2 < len2; i2++) {
                                                                let data34 = data33[i2];
                                                                if (typeof data34 !== "string") {
                                                                    const err62 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/choices/" + i2, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items, data: data34 };
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
                                                            const err63 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices, data: data33 };
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
                                                    const err64 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[0], data: data25 };
                                                    if (vErrors === null) {
                                                        vErrors = [err64];
                                                    }
                                                    else {
                                                        vErrors.push(err64);
                                                    }
                                                    errors++;
                                                }
                                                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                    if (data25.variables !== undefined) {
                                                        let data35 = data25.variables;
                                                        if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                                            for (const key1 in data35) {
                                                                let data36 = data35[key1];
                                                                if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                                                    if (data36.description !== undefined) {
                                                                        let data37 = data36.description;
                                                                        if (typeof data37 !== "string") {
                                                                            const err65 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data37 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err65];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err65);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data36.isRequired !== undefined) {
                                                                        let data38 = data36.isRequired;
                                                                        if (typeof data38 !== "boolean") {
                                                                            const err66 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data38 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err66];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err66);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data36.format !== undefined) {
                                                                        let data39 = data36.format;
                                                                        if (typeof data39 !== "string") {
                                                                            const err67 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data39 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err67];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err67);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                        if (!((((data39 === "string") || (data39 === "number")) || (data39 === "boolean")) || (data39 === "filepath"))) {
                                                                            const err68 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data39 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err68];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err68);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data36.value !== undefined) {
                                                                        let data40 = data36.value;
                                                                        if (typeof data40 !== "string") {
                                                                            const err69 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data40 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err69];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err69);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data36.isSecret !== undefined) {
                                                                        let data41 = data36.isSecret;
                                                                        if (typeof data41 !== "boolean") {
                                                                            const err70 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data41 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err70];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err70);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data36.default !== undefined) {
                                                                        let data42 = data36.default;
                                                                        if (typeof data42 !== "string") {
                                                                            const err71 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data42 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err71];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err71);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data36.placeholder !== undefined) {
                                                                        let data43 = data36.placeholder;
                                                                        if (typeof data43 !== "string") {
                                                                            const err72 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data43 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err72];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err72);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                    if (data36.choices !== undefined) {
                                                                        let data44 = data36.choices;
                                                                        if (Array.isArray(data44)) {
                                                                            const len3 = data44.length;
                                                                            for (let i3 = 0; i3 < len3; i3++) {
                                                                                let data45 = data44[i3];
                                                                                if (typeof data45 !== "string") {
                                                                                    const err73 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i3, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data45 };
                                                                                    if (vErrors === null) {
                                                                                        vErrors = [err73];
                                                                                    }
                                                                                    else {
                                                                                        vErrors.push(err73);
                                                                                    }
                                                                                    errors++;
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            const err74 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data44 };
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
                                                                    const err75 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties, data: data36 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err75];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err75);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err76 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/variables", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables, data: data35 };
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
                                                    const err77 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[0].allOf[1], data: data25 };
                                                    if (vErrors === null) {
                                                        vErrors = [err77];
                                                    }
                                                    else {
                                                        vErrors.push(err77);
                                                    }
                                                    errors++;
                                                }
                                                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                    if (data25.name === undefined) {
                                                        const err78 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1], data: data25 };
                                                        if (vErrors === null) {
                                                            vErrors = [err78];
                                                        }
                                                        else {
                                                            vErrors.push(err78);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data25.name !== undefined) {
                                                        let data46 = data25.name;
                                                        if (typeof data46 !== "string") {
                                                            const err79 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1 + "/name", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1].properties.name.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1].properties.name, data: data46 };
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
                                                    const err80 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i1, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.items.allOf[1], data: data25 };
                                                    if (vErrors === null) {
                                                        vErrors = [err80];
                                                    }
                                                    else {
                                                        vErrors.push(err80);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err81 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.properties.headers, data: data24 };
                                            if (vErrors === null) {
                                                vErrors = [err81];
                                            }
                                            else {
                                                vErrors.push(err81);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err82 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.then.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.then, data: data18 };
                                    if (vErrors === null) {
                                        vErrors = [err82];
                                    }
                                    else {
                                        vErrors.push(err82);
                                    }
                                    errors++;
                                }
                                var _valid1 = _errs58 === errors;
                                valid11 = _valid1;
                                ifClause1 = "then";
                            }
                            else {
                                const _errs117 = errors;
                                const _errs118 = errors;
                                let valid27 = true;
                                const _errs119 = errors;
                                if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                    let missing2;
                                    if ((data18.type === undefined) && (missing2 = "type")) {
                                        const err83 = {};
                                        if (vErrors === null) {
                                            vErrors = [err83];
                                        }
                                        else {
                                            vErrors.push(err83);
                                        }
                                        errors++;
                                    }
                                    else {
                                        if (data18.type !== undefined) {
                                            if ("sse" !== data18.type) {
                                                const err84 = {};
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
                                }
                                var _valid2 = _errs119 === errors;
                                errors = _errs118;
                                if (vErrors !== null) {
                                    if (_errs118) {
                                        vErrors.length = _errs118;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                                let ifClause2;
                                if (_valid2) {
                                    const _errs121 = errors;
                                    if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                        if (data18.type === undefined) {
                                            const err85 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.required, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then, data: data18 };
                                            if (vErrors === null) {
                                                vErrors = [err85];
                                            }
                                            else {
                                                vErrors.push(err85);
                                            }
                                            errors++;
                                        }
                                        if (data18.url === undefined) {
                                            const err86 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.required, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then, data: data18 };
                                            if (vErrors === null) {
                                                vErrors = [err86];
                                            }
                                            else {
                                                vErrors.push(err86);
                                            }
                                            errors++;
                                        }
                                        if (data18.type !== undefined) {
                                            let data48 = data18.type;
                                            if (typeof data48 !== "string") {
                                                const err87 = { instancePath: instancePath + "/packages/" + i0 + "/transport/type", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.type.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.type, data: data48 };
                                                if (vErrors === null) {
                                                    vErrors = [err87];
                                                }
                                                else {
                                                    vErrors.push(err87);
                                                }
                                                errors++;
                                            }
                                            if (!(data48 === "sse")) {
                                                const err88 = { instancePath: instancePath + "/packages/" + i0 + "/transport/type", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.type.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.type, data: data48 };
                                                if (vErrors === null) {
                                                    vErrors = [err88];
                                                }
                                                else {
                                                    vErrors.push(err88);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data18.url !== undefined) {
                                            let data49 = data18.url;
                                            if (typeof data49 === "string") {
                                                if (!(formats0.validate(data49))) {
                                                    const err89 = { instancePath: instancePath + "/packages/" + i0 + "/transport/url", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/url/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.url, data: data49 };
                                                    if (vErrors === null) {
                                                        vErrors = [err89];
                                                    }
                                                    else {
                                                        vErrors.push(err89);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err90 = { instancePath: instancePath + "/packages/" + i0 + "/transport/url", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.url.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.url, data: data49 };
                                                if (vErrors === null) {
                                                    vErrors = [err90];
                                                }
                                                else {
                                                    vErrors.push(err90);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data18.headers !== undefined) {
                                            let data50 = data18.headers;
                                            if (Array.isArray(data50)) {
                                                const len4 = data50.length;
                                                for (let i4 = 0; i4 < len4; i4++) {
                                                    let data51 = data50[i4];
                                                    if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                                        if (data51.description !== undefined) {
                                                            let data52 = data51.description;
                                                            if (typeof data52 !== "string") {
                                                                const err91 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.description, data: data52 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err91];
                                                                }
                                                                else {
                                                                    vErrors.push(err91);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data51.isRequired !== undefined) {
                                                            let data53 = data51.isRequired;
                                                            if (typeof data53 !== "boolean") {
                                                                const err92 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired, data: data53 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err92];
                                                                }
                                                                else {
                                                                    vErrors.push(err92);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data51.format !== undefined) {
                                                            let data54 = data51.format;
                                                            if (typeof data54 !== "string") {
                                                                const err93 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data54 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err93];
                                                                }
                                                                else {
                                                                    vErrors.push(err93);
                                                                }
                                                                errors++;
                                                            }
                                                            if (!((((data54 === "string") || (data54 === "number")) || (data54 === "boolean")) || (data54 === "filepath"))) {
                                                                const err94 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data54 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err94];
                                                                }
                                                                else {
                                                                    vErrors.push(err94);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data51.value !== undefined) {
                                                            let data55 = data51.value;
                                                            if (typeof data55 !== "string") {
                                                                const err95 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.value, data: data55 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err95];
                                                                }
                                                                else {
                                                                    vErrors.push(err95);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data51.isSecret !== undefined) {
                                                            let data56 = data51.isSecret;
                                                            if (typeof data56 !== "boolean") {
                                                                const err96 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret, data: data56 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err96];
                                                                }
                                                                else {
                                                                    vErrors.push(err96);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data51.default !== undefined) {
                                                            let data57 = data51.default;
                                                            if (typeof data57 !== "string") {
                                                                const err97 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.default, data: data57 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err97];
                                                                }
                                                                else {
                                                                    vErrors.push(err97);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data51.placeholder !== undefined) {
                                                            let data58 = data51.placeholder;
                                                            if (typeof data58 !== "string") {
                                                                const err98 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder, data: data58 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err98];
                                                                }
                                                                else {
                                                                    vErrors.push(err98);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data51.choices !== undefined) {
                                                            let data59 = data51.choices;
                                                            if (Array.isArray(data59)) {
                                                                const len5 = data59.length;
                                                                for (let i5 = 0; i5 < len5; i5++) {
                                                                    let data60 = data59[i5];
                                                                    if (typeof data60 !== "string") {
                                                                        const err99 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/choices/" + i5, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items, data: data60 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err99];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err99);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err100 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices, data: data59 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err100];
                                                                }
                                                                else {
                                                                    vErrors.push(err100);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err101 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[0], data: data51 };
                                                        if (vErrors === null) {
                                                            vErrors = [err101];
                                                        }
                                                        else {
                                                            vErrors.push(err101);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                                        if (data51.variables !== undefined) {
                                                            let data61 = data51.variables;
                                                            if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                                                                for (const key2 in data61) {
                                                                    let data62 = data61[key2];
                                                                    if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                                                                        if (data62.description !== undefined) {
                                                                            let data63 = data62.description;
                                                                            if (typeof data63 !== "string") {
                                                                                const err102 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data63 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err102];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err102);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data62.isRequired !== undefined) {
                                                                            let data64 = data62.isRequired;
                                                                            if (typeof data64 !== "boolean") {
                                                                                const err103 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data64 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err103];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err103);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data62.format !== undefined) {
                                                                            let data65 = data62.format;
                                                                            if (typeof data65 !== "string") {
                                                                                const err104 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data65 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err104];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err104);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                            if (!((((data65 === "string") || (data65 === "number")) || (data65 === "boolean")) || (data65 === "filepath"))) {
                                                                                const err105 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data65 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err105];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err105);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data62.value !== undefined) {
                                                                            let data66 = data62.value;
                                                                            if (typeof data66 !== "string") {
                                                                                const err106 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data66 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err106];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err106);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data62.isSecret !== undefined) {
                                                                            let data67 = data62.isSecret;
                                                                            if (typeof data67 !== "boolean") {
                                                                                const err107 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data67 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err107];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err107);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data62.default !== undefined) {
                                                                            let data68 = data62.default;
                                                                            if (typeof data68 !== "string") {
                                                                                const err108 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data68 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err108];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err108);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data62.placeholder !== undefined) {
                                                                            let data69 = data62.placeholder;
                                                                            if (typeof data69 !== "string") {
                                                                                const err109 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data69 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err109];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err109);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                        if (data62.choices !== undefined) {
                                                                            let data70 = data62.choices;
                                                                            if (Array.isArray(data70)) {
                                                                                const len6 = data70.length;
                                                                                for (let i6 = 0; i6 < len6; i6++) {
                                                                                    let data71 = data70[i6];
                                                                                    if (typeof data71 !== "string") {
                                                                                        const err110 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i6, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data71 };
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
                                                                                const err111 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data70 };
                                                                                if (vErrors === null) {
                                                                                    vErrors = [err111];
                                                                                }
                                                                                else {
                                                                                    vErrors.push(err111);
                                                                                }
                                                                                errors++;
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        const err112 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties, data: data62 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err112];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err112);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err113 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/variables", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables, data: data61 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err113];
                                                                }
                                                                else {
                                                                    vErrors.push(err113);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err114 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[0].allOf[1], data: data51 };
                                                        if (vErrors === null) {
                                                            vErrors = [err114];
                                                        }
                                                        else {
                                                            vErrors.push(err114);
                                                        }
                                                        errors++;
                                                    }
                                                    if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                                        if (data51.name === undefined) {
                                                            const err115 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1], data: data51 };
                                                            if (vErrors === null) {
                                                                vErrors = [err115];
                                                            }
                                                            else {
                                                                vErrors.push(err115);
                                                            }
                                                            errors++;
                                                        }
                                                        if (data51.name !== undefined) {
                                                            let data72 = data51.name;
                                                            if (typeof data72 !== "string") {
                                                                const err116 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4 + "/name", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1].properties.name.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1].properties.name, data: data72 };
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
                                                        const err117 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers/" + i4, schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.items.allOf[1], data: data51 };
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
                                                const err118 = { instancePath: instancePath + "/packages/" + i0 + "/transport/headers", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.properties.headers, data: data50 };
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
                                        const err119 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.then, data: data18 };
                                        if (vErrors === null) {
                                            vErrors = [err119];
                                        }
                                        else {
                                            vErrors.push(err119);
                                        }
                                        errors++;
                                    }
                                    var _valid2 = _errs121 === errors;
                                    valid27 = _valid2;
                                    ifClause2 = "then";
                                }
                                else {
                                    const _errs180 = errors;
                                    if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                        if (data18.type === undefined) {
                                            const err120 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.else.required, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.else, data: data18 };
                                            if (vErrors === null) {
                                                vErrors = [err120];
                                            }
                                            else {
                                                vErrors.push(err120);
                                            }
                                            errors++;
                                        }
                                        if (data18.type !== undefined) {
                                            let data73 = data18.type;
                                            if (!(((data73 === "stdio") || (data73 === "streamable-http")) || (data73 === "sse"))) {
                                                const err121 = { instancePath: instancePath + "/packages/" + i0 + "/transport/type", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/else/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.transport.else.else.else.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.else.properties.type.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.else.properties.type, data: data73 };
                                                if (vErrors === null) {
                                                    vErrors = [err121];
                                                }
                                                else {
                                                    vErrors.push(err121);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    var _valid2 = _errs180 === errors;
                                    valid27 = _valid2;
                                    ifClause2 = "else";
                                }
                                if (!valid27) {
                                    const err122 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/else/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: "must match \"" + ifClause2 + "\" schema", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.else.if, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else.else, data: data18 };
                                    if (vErrors === null) {
                                        vErrors = [err122];
                                    }
                                    else {
                                        vErrors.push(err122);
                                    }
                                    errors++;
                                }
                                var _valid1 = _errs117 === errors;
                                valid11 = _valid1;
                                ifClause1 = "else";
                            }
                            if (!valid11) {
                                const err123 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: "must match \"" + ifClause1 + "\" schema", schema: schema11.allOf[1].properties.packages.items.properties.transport.else.if, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport.else, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err123];
                                }
                                else {
                                    vErrors.push(err123);
                                }
                                errors++;
                            }
                            var _valid0 = _errs54 === errors;
                            valid8 = _valid0;
                            ifClause0 = "else";
                        }
                        if (!valid8) {
                            const err124 = { instancePath: instancePath + "/packages/" + i0 + "/transport", schemaPath: "#/allOf/1/properties/packages/items/properties/transport/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema11.allOf[1].properties.packages.items.properties.transport.if, parentSchema: schema11.allOf[1].properties.packages.items.properties.transport, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err124];
                            }
                            else {
                                vErrors.push(err124);
                            }
                            errors++;
                        }
                    }
                    if (data11.runtimeArguments !== undefined) {
                        let data74 = data11.runtimeArguments;
                        if (Array.isArray(data74)) {
                            const len7 = data74.length;
                            for (let i7 = 0; i7 < len7; i7++) {
                                let data75 = data74[i7];
                                const _errs186 = errors;
                                let valid46 = true;
                                const _errs187 = errors;
                                if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                    let missing3;
                                    if ((data75.type === undefined) && (missing3 = "type")) {
                                        const err125 = {};
                                        if (vErrors === null) {
                                            vErrors = [err125];
                                        }
                                        else {
                                            vErrors.push(err125);
                                        }
                                        errors++;
                                    }
                                    else {
                                        if (data75.type !== undefined) {
                                            if ("positional" !== data75.type) {
                                                const err126 = {};
                                                if (vErrors === null) {
                                                    vErrors = [err126];
                                                }
                                                else {
                                                    vErrors.push(err126);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                var _valid3 = _errs187 === errors;
                                errors = _errs186;
                                if (vErrors !== null) {
                                    if (_errs186) {
                                        vErrors.length = _errs186;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                                let ifClause3;
                                if (_valid3) {
                                    const _errs189 = errors;
                                    if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                        if (data75.description !== undefined) {
                                            let data77 = data75.description;
                                            if (typeof data77 !== "string") {
                                                const err127 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.description, data: data77 };
                                                if (vErrors === null) {
                                                    vErrors = [err127];
                                                }
                                                else {
                                                    vErrors.push(err127);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data75.isRequired !== undefined) {
                                            let data78 = data75.isRequired;
                                            if (typeof data78 !== "boolean") {
                                                const err128 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.isRequired, data: data78 };
                                                if (vErrors === null) {
                                                    vErrors = [err128];
                                                }
                                                else {
                                                    vErrors.push(err128);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data75.format !== undefined) {
                                            let data79 = data75.format;
                                            if (typeof data79 !== "string") {
                                                const err129 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.format, data: data79 };
                                                if (vErrors === null) {
                                                    vErrors = [err129];
                                                }
                                                else {
                                                    vErrors.push(err129);
                                                }
                                                errors++;
                                            }
                                            if (!((((data79 === "string") || (data79 === "number")) || (data79 === "boolean")) || (data79 === "filepath"))) {
                                                const err130 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.format, data: data79 };
                                                if (vErrors === null) {
                                                    vErrors = [err130];
                                                }
                                                else {
                                                    vErrors.push(err130);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data75.value !== undefined) {
                                            let data80 = data75.value;
                                            if (typeof data80 !== "string") {
                                                const err131 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.value, data: data80 };
                                                if (vErrors === null) {
                                                    vErrors = [err131];
                                                }
                                                else {
                                                    vErrors.push(err131);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data75.isSecret !== undefined) {
                                            let data81 = data75.isSecret;
                                            if (typeof data81 !== "boolean") {
                                                const err132 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.isSecret, data: data81 };
                                                if (vErrors === null) {
                                                    vErrors = [err132];
                                                }
                                                else {
                                                    vErrors.push(err132);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data75.default !== undefined) {
                                            let data82 = data75.default;
                                            if (typeof data82 !== "string") {
                                                const err133 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.default, data: data82 };
                                                if (vErrors === null) {
                                                    vErrors = [err133];
                                                }
                                                else {
                                                    vErrors.push(err133);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data75.placeholder !== undefined) {
                                            let data83 = data75.placeholder;
                                            if (typeof data83 !== "string") {
                                                const err134 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.placeholder, data: data83 };
                                                if (vErrors === null) {
                                                    vErrors = [err134];
                                                }
                                                else {
                                                    vErrors.push(err134);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data75.choices !== undefined) {
                                            let data84 = data75.choices;
                                            if (Array.isArray(data84)) {
                                                const len8 = data84.length;
                                                for (let i8 = 0; i8 < len8; i8++) {
                                                    let data85 = data84[i8];
                                                    if (typeof data85 !== "string") {
                                                        const err135 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/choices/" + i8, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.choices.items, data: data85 };
                                                        if (vErrors === null) {
                                                            vErrors = [err135];
                                                        }
                                                        else {
                                                            vErrors.push(err135);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err136 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].properties.choices, data: data84 };
                                                if (vErrors === null) {
                                                    vErrors = [err136];
                                                }
                                                else {
                                                    vErrors.push(err136);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err137 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[0], data: data75 };
                                        if (vErrors === null) {
                                            vErrors = [err137];
                                        }
                                        else {
                                            vErrors.push(err137);
                                        }
                                        errors++;
                                    }
                                    if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                        if (data75.variables !== undefined) {
                                            let data86 = data75.variables;
                                            if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                                                for (const key3 in data86) {
                                                    let data87 = data86[key3];
                                                    if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                                                        if (data87.description !== undefined) {
                                                            let data88 = data87.description;
                                                            if (typeof data88 !== "string") {
                                                                const err138 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data88 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err138];
                                                                }
                                                                else {
                                                                    vErrors.push(err138);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data87.isRequired !== undefined) {
                                                            let data89 = data87.isRequired;
                                                            if (typeof data89 !== "boolean") {
                                                                const err139 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data89 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err139];
                                                                }
                                                                else {
                                                                    vErrors.push(err139);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data87.format !== undefined) {
                                                            let data90 = data87.format;
                                                            if (typeof data90 !== "string") {
                                                                const err140 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data90 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err140];
                                                                }
                                                                else {
                                                                    vErrors.push(err140);
                                                                }
                                                                errors++;
                                                            }
                                                            if (!((((data90 === "string") || (data90 === "number")) || (data90 === "boolean")) || (data90 === "filepath"))) {
                                                                const err141 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data90 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err141];
                                                                }
                                                                else {
                                                                    vErrors.push(err141);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data87.value !== undefined) {
                                                            let data91 = data87.value;
                                                            if (typeof data91 !== "string") {
                                                                const err142 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data91 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err142];
                                                                }
                                                                else {
                                                                    vErrors.push(err142);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data87.isSecret !== undefined) {
                                                            let data92 = data87.isSecret;
                                                            if (typeof data92 !== "boolean") {
                                                                const err143 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data92 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err143];
                                                                }
                                                                else {
                                                                    vErrors.push(err143);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data87.default !== undefined) {
                                                            let data93 = data87.default;
                                                            if (typeof data93 !== "string") {
                                                                const err144 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data93 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err144];
                                                                }
                                                                else {
                                                                    vErrors.push(err144);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data87.placeholder !== undefined) {
                                                            let data94 = data87.placeholder;
                                                            if (typeof data94 !== "string") {
                                                                const err145 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data94 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err145];
                                                                }
                                                                else {
                                                                    vErrors.push(err145);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data87.choices !== undefined) {
                                                            let data95 = data87.choices;
                                                            if (Array.isArray(data95)) {
                                                                const len9 = data95.length;
                                                                for (let i9 = 0; i9 < len9; i9++) {
                                                                    let data96 = data95[i9];
                                                                    if (typeof data96 !== "string") {
                                                                        const err146 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i9, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data96 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err146];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err146);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err147 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data95 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err147];
                                                                }
                                                                else {
                                                                    vErrors.push(err147);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err148 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties, data: data87 };
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
                                                const err149 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].properties.variables, data: data86 };
                                                if (vErrors === null) {
                                                    vErrors = [err149];
                                                }
                                                else {
                                                    vErrors.push(err149);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err150 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[0].allOf[1], data: data75 };
                                        if (vErrors === null) {
                                            vErrors = [err150];
                                        }
                                        else {
                                            vErrors.push(err150);
                                        }
                                        errors++;
                                    }
                                    const _errs238 = errors;
                                    let valid58 = false;
                                    const _errs239 = errors;
                                    if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                        if (data75.valueHint === undefined) {
                                            const err151 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/anyOf/0/required", keyword: "required", params: { missingProperty: "valueHint" }, message: "must have required property '" + "valueHint" + "'", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].anyOf[0].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].anyOf[0], data: data75 };
                                            if (vErrors === null) {
                                                vErrors = [err151];
                                            }
                                            else {
                                                vErrors.push(err151);
                                            }
                                            errors++;
                                        }
                                    }
                                    var _valid4 = _errs239 === errors;
                                    valid58 = valid58 || _valid4;
                                    if (!valid58) {
                                        const _errs241 = errors;
                                        if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                            if (data75.value === undefined) {
                                                const err152 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].anyOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].anyOf[1], data: data75 };
                                                if (vErrors === null) {
                                                    vErrors = [err152];
                                                }
                                                else {
                                                    vErrors.push(err152);
                                                }
                                                errors++;
                                            }
                                        }
                                        var _valid4 = _errs241 === errors;
                                        valid58 = valid58 || _valid4;
                                    }
                                    if (!valid58) {
                                        const err153 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].anyOf, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1], data: data75 };
                                        if (vErrors === null) {
                                            vErrors = [err153];
                                        }
                                        else {
                                            vErrors.push(err153);
                                        }
                                        errors++;
                                    }
                                    else {
                                        errors = _errs238;
                                        if (vErrors !== null) {
                                            if (_errs238) {
                                                vErrors.length = _errs238;
                                            }
                                            else {
                                                vErrors = null;
                                            }
                                        }
                                    }
                                    if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                        if (data75.type === undefined) {
                                            const err154 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1], data: data75 };
                                            if (vErrors === null) {
                                                vErrors = [err154];
                                            }
                                            else {
                                                vErrors.push(err154);
                                            }
                                            errors++;
                                        }
                                        if (data75.type !== undefined) {
                                            let data97 = data75.type;
                                            if (typeof data97 !== "string") {
                                                const err155 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/type", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.type.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.type, data: data97 };
                                                if (vErrors === null) {
                                                    vErrors = [err155];
                                                }
                                                else {
                                                    vErrors.push(err155);
                                                }
                                                errors++;
                                            }
                                            if (!(data97 === "positional")) {
                                                const err156 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/type", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.type.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.type, data: data97 };
                                                if (vErrors === null) {
                                                    vErrors = [err156];
                                                }
                                                else {
                                                    vErrors.push(err156);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data75.valueHint !== undefined) {
                                            let data98 = data75.valueHint;
                                            if (typeof data98 !== "string") {
                                                const err157 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/valueHint", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/properties/valueHint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.valueHint.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.valueHint, data: data98 };
                                                if (vErrors === null) {
                                                    vErrors = [err157];
                                                }
                                                else {
                                                    vErrors.push(err157);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data75.isRepeated !== undefined) {
                                            let data99 = data75.isRepeated;
                                            if (typeof data99 !== "boolean") {
                                                const err158 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/isRepeated", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.isRepeated.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].properties.isRepeated, data: data99 };
                                                if (vErrors === null) {
                                                    vErrors = [err158];
                                                }
                                                else {
                                                    vErrors.push(err158);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err159 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/then/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.then.allOf[1], data: data75 };
                                        if (vErrors === null) {
                                            vErrors = [err159];
                                        }
                                        else {
                                            vErrors.push(err159);
                                        }
                                        errors++;
                                    }
                                    var _valid3 = _errs189 === errors;
                                    valid46 = _valid3;
                                    ifClause3 = "then";
                                }
                                else {
                                    const _errs249 = errors;
                                    const _errs250 = errors;
                                    let valid60 = true;
                                    const _errs251 = errors;
                                    if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                        let missing4;
                                        if ((data75.type === undefined) && (missing4 = "type")) {
                                            const err160 = {};
                                            if (vErrors === null) {
                                                vErrors = [err160];
                                            }
                                            else {
                                                vErrors.push(err160);
                                            }
                                            errors++;
                                        }
                                        else {
                                            if (data75.type !== undefined) {
                                                if ("named" !== data75.type) {
                                                    const err161 = {};
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
                                    }
                                    var _valid5 = _errs251 === errors;
                                    errors = _errs250;
                                    if (vErrors !== null) {
                                        if (_errs250) {
                                            vErrors.length = _errs250;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                    let ifClause4;
                                    if (_valid5) {
                                        const _errs253 = errors;
                                        if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                            if (data75.description !== undefined) {
                                                let data101 = data75.description;
                                                if (typeof data101 !== "string") {
                                                    const err162 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.description, data: data101 };
                                                    if (vErrors === null) {
                                                        vErrors = [err162];
                                                    }
                                                    else {
                                                        vErrors.push(err162);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data75.isRequired !== undefined) {
                                                let data102 = data75.isRequired;
                                                if (typeof data102 !== "boolean") {
                                                    const err163 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.isRequired, data: data102 };
                                                    if (vErrors === null) {
                                                        vErrors = [err163];
                                                    }
                                                    else {
                                                        vErrors.push(err163);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data75.format !== undefined) {
                                                let data103 = data75.format;
                                                if (typeof data103 !== "string") {
                                                    const err164 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.format, data: data103 };
                                                    if (vErrors === null) {
                                                        vErrors = [err164];
                                                    }
                                                    else {
                                                        vErrors.push(err164);
                                                    }
                                                    errors++;
                                                }
                                                if (!((((data103 === "string") || (data103 === "number")) || (data103 === "boolean")) || (data103 === "filepath"))) {
                                                    const err165 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.format, data: data103 };
                                                    if (vErrors === null) {
                                                        vErrors = [err165];
                                                    }
                                                    else {
                                                        vErrors.push(err165);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data75.value !== undefined) {
                                                let data104 = data75.value;
                                                if (typeof data104 !== "string") {
                                                    const err166 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.value, data: data104 };
                                                    if (vErrors === null) {
                                                        vErrors = [err166];
                                                    }
                                                    else {
                                                        vErrors.push(err166);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data75.isSecret !== undefined) {
                                                let data105 = data75.isSecret;
                                                if (typeof data105 !== "boolean") {
                                                    const err167 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.isSecret, data: data105 };
                                                    if (vErrors === null) {
                                                        vErrors = [err167];
                                                    }
                                                    else {
                                                        vErrors.push(err167);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data75.default !== undefined) {
                                                let data106 = data75.default;
                                                if (typeof data106 !== "string") {
                                                    const err168 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.default, data: data106 };
                                                    if (vErrors === null) {
                                                        vErrors = [err168];
                                                    }
                                                    else {
                                                        vErrors.push(err168);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data75.placeholder !== undefined) {
                                                let data107 = data75.placeholder;
                                                if (typeof data107 !== "string") {
                                                    const err169 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.placeholder, data: data107 };
                                                    if (vErrors === null) {
                                                        vErrors = [err169];
                                                    }
                                                    else {
                                                        vErrors.push(err169);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data75.choices !== undefined) {
                                                let data108 = data75.choices;
                                                if (Array.isArray(data108)) {
                                                    const len10 = data108.length;
                                                    for (let i10 = 0; i10 < len10; i10++) {
                                                        let data109 = data108[i10];
                                                        if (typeof data109 !== "string") {
                                                            const err170 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/choices/" + i10, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.choices.items, data: data109 };
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
                                                    const err171 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].properties.choices, data: data108 };
                                                    if (vErrors === null) {
                                                        vErrors = [err171];
                                                    }
                                                    else {
                                                        vErrors.push(err171);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err172 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[0], data: data75 };
                                            if (vErrors === null) {
                                                vErrors = [err172];
                                            }
                                            else {
                                                vErrors.push(err172);
                                            }
                                            errors++;
                                        }
                                        if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                            if (data75.variables !== undefined) {
                                                let data110 = data75.variables;
                                                if (data110 && typeof data110 == "object" && !Array.isArray(data110)) {
                                                    for (const key4 in data110) {
                                                        let data111 = data110[key4];
                                                        if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                                                            if (data111.description !== undefined) {
                                                                let data112 = data111.description;
                                                                if (typeof data112 !== "string") {
                                                                    const err173 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data112 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err173];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err173);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data111.isRequired !== undefined) {
                                                                let data113 = data111.isRequired;
                                                                if (typeof data113 !== "boolean") {
                                                                    const err174 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data113 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err174];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err174);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data111.format !== undefined) {
                                                                let data114 = data111.format;
                                                                if (typeof data114 !== "string") {
                                                                    const err175 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data114 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err175];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err175);
                                                                    }
                                                                    errors++;
                                                                }
                                                                if (!((((data114 === "string") || (data114 === "number")) || (data114 === "boolean")) || (data114 === "filepath"))) {
                                                                    const err176 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data114 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err176];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err176);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data111.value !== undefined) {
                                                                let data115 = data111.value;
                                                                if (typeof data115 !== "string") {
                                                                    const err177 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data115 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err177];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err177);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data111.isSecret !== undefined) {
                                                                let data116 = data111.isSecret;
                                                                if (typeof data116 !== "boolean") {
                                                                    const err178 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data116 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err178];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err178);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data111.default !== undefined) {
                                                                let data117 = data111.default;
                                                                if (typeof data117 !== "string") {
                                                                    const err179 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data117 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err179];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err179);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data111.placeholder !== undefined) {
                                                                let data118 = data111.placeholder;
                                                                if (typeof data118 !== "string") {
                                                                    const err180 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data118 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err180];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err180);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data111.choices !== undefined) {
                                                                let data119 = data111.choices;
                                                                if (Array.isArray(data119)) {
                                                                    const len11 = data119.length;
                                                                    for (let i11 = 0; i11 < len11; i11++) {
                                                                        let data120 = data119[i11];
                                                                        if (typeof data120 !== "string") {
                                                                            const err181 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i11, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data120 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err181];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err181);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    const err182 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data119 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err182];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err182);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err183 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties, data: data111 };
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
                                                    const err184 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/variables", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].properties.variables, data: data110 };
                                                    if (vErrors === null) {
                                                        vErrors = [err184];
                                                    }
                                                    else {
                                                        vErrors.push(err184);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err185 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[0].allOf[1], data: data75 };
                                            if (vErrors === null) {
                                                vErrors = [err185];
                                            }
                                            else {
                                                vErrors.push(err185);
                                            }
                                            errors++;
                                        }
                                        if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                            if (data75.type === undefined) {
                                                const err186 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1], data: data75 };
                                                if (vErrors === null) {
                                                    vErrors = [err186];
                                                }
                                                else {
                                                    vErrors.push(err186);
                                                }
                                                errors++;
                                            }
                                            if (data75.name === undefined) {
                                                const err187 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1], data: data75 };
                                                if (vErrors === null) {
                                                    vErrors = [err187];
                                                }
                                                else {
                                                    vErrors.push(err187);
                                                }
                                                errors++;
                                            }
                                            if (data75.type !== undefined) {
                                                let data121 = data75.type;
                                                if (typeof data121 !== "string") {
                                                    const err188 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/type", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.type.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.type, data: data121 };
                                                    if (vErrors === null) {
                                                        vErrors = [err188];
                                                    }
                                                    else {
                                                        vErrors.push(err188);
                                                    }
                                                    errors++;
                                                }
                                                if (!(data121 === "named")) {
                                                    const err189 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/type", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.type.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.type, data: data121 };
                                                    if (vErrors === null) {
                                                        vErrors = [err189];
                                                    }
                                                    else {
                                                        vErrors.push(err189);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data75.name !== undefined) {
                                                let data122 = data75.name;
                                                if (typeof data122 !== "string") {
                                                    const err190 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/name", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.name.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.name, data: data122 };
                                                    if (vErrors === null) {
                                                        vErrors = [err190];
                                                    }
                                                    else {
                                                        vErrors.push(err190);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data75.isRepeated !== undefined) {
                                                let data123 = data75.isRepeated;
                                                if (typeof data123 !== "boolean") {
                                                    const err191 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/isRepeated", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.isRepeated.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].properties.isRepeated, data: data123 };
                                                    if (vErrors === null) {
                                                        vErrors = [err191];
                                                    }
                                                    else {
                                                        vErrors.push(err191);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err192 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/then/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.then.allOf[1], data: data75 };
                                            if (vErrors === null) {
                                                vErrors = [err192];
                                            }
                                            else {
                                                vErrors.push(err192);
                                            }
                                            errors++;
                                        }
                                        var _valid5 = _errs253 === errors;
                                        valid60 = _valid5;
                                        ifClause4 = "then";
                                    }
                                    else {
                                        const _errs308 = errors;
                                        if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                            if (data75.type === undefined) {
                                                const err193 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.else.required, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.else, data: data75 };
                                                if (vErrors === null) {
                                                    vErrors = [err193];
                                                }
                                                else {
                                                    vErrors.push(err193);
                                                }
                                                errors++;
                                            }
                                            if (data75.type !== undefined) {
                                                let data124 = data75.type;
                                                if (!((data124 === "positional") || (data124 === "named"))) {
                                                    const err194 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7 + "/type", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/else/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.else.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.else.properties.type.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.else.properties.type, data: data124 };
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
                                        var _valid5 = _errs308 === errors;
                                        valid60 = _valid5;
                                        ifClause4 = "else";
                                    }
                                    if (!valid60) {
                                        const err195 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/else/if", keyword: "if", params: { failingKeyword: ifClause4 }, message: "must match \"" + ifClause4 + "\" schema", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else.if, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.else, data: data75 };
                                        if (vErrors === null) {
                                            vErrors = [err195];
                                        }
                                        else {
                                            vErrors.push(err195);
                                        }
                                        errors++;
                                    }
                                    var _valid3 = _errs249 === errors;
                                    valid46 = _valid3;
                                    ifClause3 = "else";
                                }
                                if (!valid46) {
                                    const err196 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments/" + i7, schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/items/if", keyword: "if", params: { failingKeyword: ifClause3 }, message: "must match \"" + ifClause3 + "\" schema", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items.if, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.items, data: data75 };
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
                            const err197 = { instancePath: instancePath + "/packages/" + i0 + "/runtimeArguments", schemaPath: "#/allOf/1/properties/packages/items/properties/runtimeArguments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.runtimeArguments, data: data74 };
                            if (vErrors === null) {
                                vErrors = [err197];
                            }
                            else {
                                vErrors.push(err197);
                            }
                            errors++;
                        }
                    }
                    if (data11.packageArguments !== undefined) {
                        let data125 = data11.packageArguments;
                        if (Array.isArray(data125)) {
                            const len12 = data125.length;
                            for (let i12 = 0; i12 < len12; i12++) {
                                let data126 = data125[i12];
                                const _errs313 = errors;
                                let valid76 = true;
                                const _errs314 = errors;
                                if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                    let missing5;
                                    if ((data126.type === undefined) && (missing5 = "type")) {
                                        const err198 = {};
                                        if (vErrors === null) {
                                            vErrors = [err198];
                                        }
                                        else {
                                            vErrors.push(err198);
                                        }
                                        errors++;
                                    }
                                    else {
                                        if (data126.type !== undefined) {
                                            if ("positional" !== data126.type) {
                                                const err199 = {};
                                                if (vErrors === null) {
                                                    vErrors = [err199];
                                                }
                                                else {
                                                    vErrors.push(err199);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                }
                                var _valid6 = _errs314 === errors;
                                errors = _errs313;
                                if (vErrors !== null) {
                                    if (_errs313) {
                                        vErrors.length = _errs313;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                                let ifClause5;
                                if (_valid6) {
                                    const _errs316 = errors;
                                    if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                        if (data126.description !== undefined) {
                                            let data128 = data126.description;
                                            if (typeof data128 !== "string") {
                                                const err200 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.description, data: data128 };
                                                if (vErrors === null) {
                                                    vErrors = [err200];
                                                }
                                                else {
                                                    vErrors.push(err200);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data126.isRequired !== undefined) {
                                            let data129 = data126.isRequired;
                                            if (typeof data129 !== "boolean") {
                                                const err201 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.isRequired, data: data129 };
                                                if (vErrors === null) {
                                                    vErrors = [err201];
                                                }
                                                else {
                                                    vErrors.push(err201);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data126.format !== undefined) {
                                            let data130 = data126.format;
                                            if (typeof data130 !== "string") {
                                                const err202 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.format, data: data130 };
                                                if (vErrors === null) {
                                                    vErrors = [err202];
                                                }
                                                else {
                                                    vErrors.push(err202);
                                                }
                                                errors++;
                                            }
                                            if (!((((data130 === "string") || (data130 === "number")) || (data130 === "boolean")) || (data130 === "filepath"))) {
                                                const err203 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.format, data: data130 };
                                                if (vErrors === null) {
                                                    vErrors = [err203];
                                                }
                                                else {
                                                    vErrors.push(err203);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data126.value !== undefined) {
                                            let data131 = data126.value;
                                            if (typeof data131 !== "string") {
                                                const err204 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.value, data: data131 };
                                                if (vErrors === null) {
                                                    vErrors = [err204];
                                                }
                                                else {
                                                    vErrors.push(err204);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data126.isSecret !== undefined) {
                                            let data132 = data126.isSecret;
                                            if (typeof data132 !== "boolean") {
                                                const err205 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.isSecret, data: data132 };
                                                if (vErrors === null) {
                                                    vErrors = [err205];
                                                }
                                                else {
                                                    vErrors.push(err205);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data126.default !== undefined) {
                                            let data133 = data126.default;
                                            if (typeof data133 !== "string") {
                                                const err206 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.default, data: data133 };
                                                if (vErrors === null) {
                                                    vErrors = [err206];
                                                }
                                                else {
                                                    vErrors.push(err206);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data126.placeholder !== undefined) {
                                            let data134 = data126.placeholder;
                                            if (typeof data134 !== "string") {
                                                const err207 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.placeholder, data: data134 };
                                                if (vErrors === null) {
                                                    vErrors = [err207];
                                                }
                                                else {
                                                    vErrors.push(err207);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data126.choices !== undefined) {
                                            let data135 = data126.choices;
                                            if (Array.isArray(data135)) {
                                                const len13 = data135.length;
                                                for (let i13 = 0; i13 < len13; i13++) {
                                                    let data136 = data135[i13];
                                                    if (typeof data136 !== "string") {
                                                        const err208 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/choices/" + i13, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.choices.items, data: data136 };
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
                                                const err209 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].properties.choices, data: data135 };
                                                if (vErrors === null) {
                                                    vErrors = [err209];
                                                }
                                                else {
                                                    vErrors.push(err209);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err210 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[0], data: data126 };
                                        if (vErrors === null) {
                                            vErrors = [err210];
                                        }
                                        else {
                                            vErrors.push(err210);
                                        }
                                        errors++;
                                    }
                                    if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                        if (data126.variables !== undefined) {
                                            let data137 = data126.variables;
                                            if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
                                                for (const key5 in data137) {
                                                    let data138 = data137[key5];
                                                    if (data138 && typeof data138 == "object" && !Array.isArray(data138)) {
                                                        if (data138.description !== undefined) {
                                                            let data139 = data138.description;
                                                            if (typeof data139 !== "string") {
                                                                const err211 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data139 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err211];
                                                                }
                                                                else {
                                                                    vErrors.push(err211);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data138.isRequired !== undefined) {
                                                            let data140 = data138.isRequired;
                                                            if (typeof data140 !== "boolean") {
                                                                const err212 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data140 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err212];
                                                                }
                                                                else {
                                                                    vErrors.push(err212);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data138.format !== undefined) {
                                                            let data141 = data138.format;
                                                            if (typeof data141 !== "string") {
                                                                const err213 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data141 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err213];
                                                                }
                                                                else {
                                                                    vErrors.push(err213);
                                                                }
                                                                errors++;
                                                            }
                                                            if (!((((data141 === "string") || (data141 === "number")) || (data141 === "boolean")) || (data141 === "filepath"))) {
                                                                const err214 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data141 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err214];
                                                                }
                                                                else {
                                                                    vErrors.push(err214);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data138.value !== undefined) {
                                                            let data142 = data138.value;
                                                            if (typeof data142 !== "string") {
                                                                const err215 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data142 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err215];
                                                                }
                                                                else {
                                                                    vErrors.push(err215);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data138.isSecret !== undefined) {
                                                            let data143 = data138.isSecret;
                                                            if (typeof data143 !== "boolean") {
                                                                const err216 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data143 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err216];
                                                                }
                                                                else {
                                                                    vErrors.push(err216);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data138.default !== undefined) {
                                                            let data144 = data138.default;
                                                            if (typeof data144 !== "string") {
                                                                const err217 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data144 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err217];
                                                                }
                                                                else {
                                                                    vErrors.push(err217);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data138.placeholder !== undefined) {
                                                            let data145 = data138.placeholder;
                                                            if (typeof data145 !== "string") {
                                                                const err218 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data145 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err218];
                                                                }
                                                                else {
                                                                    vErrors.push(err218);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data138.choices !== undefined) {
                                                            let data146 = data138.choices;
                                                            if (Array.isArray(data146)) {
                                                                const len14 = data146.length;
                                                                for (let i14 = 0; i14 < len14; i14++) {
                                                                    let data147 = data146[i14];
                                                                    if (typeof data147 !== "string") {
                                                                        const err219 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i14, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data147 };
                                                                        if (vErrors === null) {
                                                                            vErrors = [err219];
                                                                        }
                                                                        else {
                                                                            vErrors.push(err219);
                                                                        }
                                                                        errors++;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                const err220 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data146 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err220];
                                                                }
                                                                else {
                                                                    vErrors.push(err220);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        const err221 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.additionalProperties, data: data138 };
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
                                                const err222 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].properties.variables, data: data137 };
                                                if (vErrors === null) {
                                                    vErrors = [err222];
                                                }
                                                else {
                                                    vErrors.push(err222);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err223 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[0].allOf[1], data: data126 };
                                        if (vErrors === null) {
                                            vErrors = [err223];
                                        }
                                        else {
                                            vErrors.push(err223);
                                        }
                                        errors++;
                                    }
                                    const _errs365 = errors;
                                    let valid88 = false;
                                    const _errs366 = errors;
                                    if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                        if (data126.valueHint === undefined) {
                                            const err224 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/1/anyOf/0/required", keyword: "required", params: { missingProperty: "valueHint" }, message: "must have required property '" + "valueHint" + "'", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].anyOf[0].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].anyOf[0], data: data126 };
                                            if (vErrors === null) {
                                                vErrors = [err224];
                                            }
                                            else {
                                                vErrors.push(err224);
                                            }
                                            errors++;
                                        }
                                    }
                                    var _valid7 = _errs366 === errors;
                                    valid88 = valid88 || _valid7;
                                    if (!valid88) {
                                        const _errs368 = errors;
                                        if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                            if (data126.value === undefined) {
                                                const err225 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/1/anyOf/1/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].anyOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].anyOf[1], data: data126 };
                                                if (vErrors === null) {
                                                    vErrors = [err225];
                                                }
                                                else {
                                                    vErrors.push(err225);
                                                }
                                                errors++;
                                            }
                                        }
                                        var _valid7 = _errs368 === errors;
                                        valid88 = valid88 || _valid7;
                                    }
                                    if (!valid88) {
                                        const err226 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/1/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].anyOf, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1], data: data126 };
                                        if (vErrors === null) {
                                            vErrors = [err226];
                                        }
                                        else {
                                            vErrors.push(err226);
                                        }
                                        errors++;
                                    }
                                    else {
                                        errors = _errs365;
                                        if (vErrors !== null) {
                                            if (_errs365) {
                                                vErrors.length = _errs365;
                                            }
                                            else {
                                                vErrors = null;
                                            }
                                        }
                                    }
                                    if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                        if (data126.type === undefined) {
                                            const err227 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1], data: data126 };
                                            if (vErrors === null) {
                                                vErrors = [err227];
                                            }
                                            else {
                                                vErrors.push(err227);
                                            }
                                            errors++;
                                        }
                                        if (data126.type !== undefined) {
                                            let data148 = data126.type;
                                            if (typeof data148 !== "string") {
                                                const err228 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/type", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.type.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.type, data: data148 };
                                                if (vErrors === null) {
                                                    vErrors = [err228];
                                                }
                                                else {
                                                    vErrors.push(err228);
                                                }
                                                errors++;
                                            }
                                            if (!(data148 === "positional")) {
                                                const err229 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/type", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.type.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.type, data: data148 };
                                                if (vErrors === null) {
                                                    vErrors = [err229];
                                                }
                                                else {
                                                    vErrors.push(err229);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data126.valueHint !== undefined) {
                                            let data149 = data126.valueHint;
                                            if (typeof data149 !== "string") {
                                                const err230 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/valueHint", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/1/properties/valueHint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.valueHint.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.valueHint, data: data149 };
                                                if (vErrors === null) {
                                                    vErrors = [err230];
                                                }
                                                else {
                                                    vErrors.push(err230);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data126.isRepeated !== undefined) {
                                            let data150 = data126.isRepeated;
                                            if (typeof data150 !== "boolean") {
                                                const err231 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/isRepeated", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/1/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.isRepeated.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].properties.isRepeated, data: data150 };
                                                if (vErrors === null) {
                                                    vErrors = [err231];
                                                }
                                                else {
                                                    vErrors.push(err231);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err232 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/then/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.then.allOf[1], data: data126 };
                                        if (vErrors === null) {
                                            vErrors = [err232];
                                        }
                                        else {
                                            vErrors.push(err232);
                                        }
                                        errors++;
                                    }
                                    var _valid6 = _errs316 === errors;
                                    valid76 = _valid6;
                                    ifClause5 = "then";
                                }
                                else {
                                    const _errs376 = errors;
                                    const _errs377 = errors;
                                    let valid90 = true;
                                    const _errs378 = errors;
                                    if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                        let missing6;
                                        if ((data126.type === undefined) && (missing6 = "type")) {
                                            const err233 = {};
                                            if (vErrors === null) {
                                                vErrors = [err233];
                                            }
                                            else {
                                                vErrors.push(err233);
                                            }
                                            errors++;
                                        }
                                        else {
                                            if (data126.type !== undefined) {
                                                if ("named" !== data126.type) {
                                                    const err234 = {};
                                                    if (vErrors === null) {
                                                        vErrors = [err234];
                                                    }
                                                    else {
                                                        vErrors.push(err234);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    var _valid8 = _errs378 === errors;
                                    errors = _errs377;
                                    if (vErrors !== null) {
                                        if (_errs377) {
                                            vErrors.length = _errs377;
                                        }
                                        else {
                                            vErrors = null;
                                        }
                                    }
                                    let ifClause6;
                                    if (_valid8) {
                                        const _errs380 = errors;
                                        if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                            if (data126.description !== undefined) {
                                                let data152 = data126.description;
                                                if (typeof data152 !== "string") {
                                                    const err235 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.description, data: data152 };
                                                    if (vErrors === null) {
                                                        vErrors = [err235];
                                                    }
                                                    else {
                                                        vErrors.push(err235);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data126.isRequired !== undefined) {
                                                let data153 = data126.isRequired;
                                                if (typeof data153 !== "boolean") {
                                                    const err236 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.isRequired, data: data153 };
                                                    if (vErrors === null) {
                                                        vErrors = [err236];
                                                    }
                                                    else {
                                                        vErrors.push(err236);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data126.format !== undefined) {
                                                let data154 = data126.format;
                                                if (typeof data154 !== "string") {
                                                    const err237 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.format, data: data154 };
                                                    if (vErrors === null) {
                                                        vErrors = [err237];
                                                    }
                                                    else {
                                                        vErrors.push(err237);
                                                    }
                                                    errors++;
                                                }
                                                if (!((((data154 === "string") || (data154 === "number")) || (data154 === "boolean")) || (data154 === "filepath"))) {
                                                    const err238 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.format, data: data154 };
                                                    if (vErrors === null) {
                                                        vErrors = [err238];
                                                    }
                                                    else {
                                                        vErrors.push(err238);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data126.value !== undefined) {
                                                let data155 = data126.value;
                                                if (typeof data155 !== "string") {
                                                    const err239 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.value, data: data155 };
                                                    if (vErrors === null) {
                                                        vErrors = [err239];
                                                    }
                                                    else {
                                                        vErrors.push(err239);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data126.isSecret !== undefined) {
                                                let data156 = data126.isSecret;
                                                if (typeof data156 !== "boolean") {
                                                    const err240 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.isSecret, data: data156 };
                                                    if (vErrors === null) {
                                                        vErrors = [err240];
                                                    }
                                                    else {
                                                        vErrors.push(err240);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data126.default !== undefined) {
                                                let data157 = data126.default;
                                                if (typeof data157 !== "string") {
                                                    const err241 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.default, data: data157 };
                                                    if (vErrors === null) {
                                                        vErrors = [err241];
                                                    }
                                                    else {
                                                        vErrors.push(err241);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data126.placeholder !== undefined) {
                                                let data158 = data126.placeholder;
                                                if (typeof data158 !== "string") {
                                                    const err242 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.placeholder, data: data158 };
                                                    if (vErrors === null) {
                                                        vErrors = [err242];
                                                    }
                                                    else {
                                                        vErrors.push(err242);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data126.choices !== undefined) {
                                                let data159 = data126.choices;
                                                if (Array.isArray(data159)) {
                                                    const len15 = data159.length;
                                                    for (let i15 = 0; i15 < len15; i15++) {
                                                        let data160 = data159[i15];
                                                        if (typeof data160 !== "string") {
                                                            const err243 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/choices/" + i15, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.choices.items, data: data160 };
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
                                                    const err244 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].properties.choices, data: data159 };
                                                    if (vErrors === null) {
                                                        vErrors = [err244];
                                                    }
                                                    else {
                                                        vErrors.push(err244);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err245 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[0], data: data126 };
                                            if (vErrors === null) {
                                                vErrors = [err245];
                                            }
                                            else {
                                                vErrors.push(err245);
                                            }
                                            errors++;
                                        }
                                        if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                            if (data126.variables !== undefined) {
                                                let data161 = data126.variables;
                                                if (data161 && typeof data161 == "object" && !Array.isArray(data161)) {
                                                    for (const key6 in data161) {
                                                        let data162 = data161[key6];
                                                        if (data162 && typeof data162 == "object" && !Array.isArray(data162)) {
                                                            if (data162.description !== undefined) {
                                                                let data163 = data162.description;
                                                                if (typeof data163 !== "string") {
                                                                    const err246 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data163 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err246];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err246);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data162.isRequired !== undefined) {
                                                                let data164 = data162.isRequired;
                                                                if (typeof data164 !== "boolean") {
                                                                    const err247 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data164 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err247];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err247);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data162.format !== undefined) {
                                                                let data165 = data162.format;
                                                                if (typeof data165 !== "string") {
                                                                    const err248 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data165 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err248];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err248);
                                                                    }
                                                                    errors++;
                                                                }
                                                                if (!((((data165 === "string") || (data165 === "number")) || (data165 === "boolean")) || (data165 === "filepath"))) {
                                                                    const err249 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data165 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err249];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err249);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data162.value !== undefined) {
                                                                let data166 = data162.value;
                                                                if (typeof data166 !== "string") {
                                                                    const err250 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data166 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err250];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err250);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data162.isSecret !== undefined) {
                                                                let data167 = data162.isSecret;
                                                                if (typeof data167 !== "boolean") {
                                                                    const err251 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data167 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err251];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err251);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data162.default !== undefined) {
                                                                let data168 = data162.default;
                                                                if (typeof data168 !== "string") {
                                                                    const err252 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data168 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err252];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err252);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data162.placeholder !== undefined) {
                                                                let data169 = data162.placeholder;
                                                                if (typeof data169 !== "string") {
                                                                    const err253 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data169 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err253];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err253);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data162.choices !== undefined) {
                                                                let data170 = data162.choices;
                                                                if (Array.isArray(data170)) {
                                                                    const len16 = data170.length;
                                                                    for (let i16 = 0; i16 < len16; i16++) {
                                                                        let data171 = data170[i16];
                                                                        if (typeof data171 !== "string") {
                                                                            const err254 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i16, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data171 };
                                                                            if (vErrors === null) {
                                                                                vErrors = [err254];
                                                                            }
                                                                            else {
                                                                                vErrors.push(err254);
                                                                            }
                                                                            errors++;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    const err255 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data170 };
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
                                                        else {
                                                            const err256 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.additionalProperties, data: data162 };
                                                            if (vErrors === null) {
                                                                vErrors = [err256];
                                                            }
                                                            else {
                                                                vErrors.push(err256);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err257 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/variables", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].properties.variables, data: data161 };
                                                    if (vErrors === null) {
                                                        vErrors = [err257];
                                                    }
                                                    else {
                                                        vErrors.push(err257);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err258 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[0].allOf[1], data: data126 };
                                            if (vErrors === null) {
                                                vErrors = [err258];
                                            }
                                            else {
                                                vErrors.push(err258);
                                            }
                                            errors++;
                                        }
                                        if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                            if (data126.type === undefined) {
                                                const err259 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1], data: data126 };
                                                if (vErrors === null) {
                                                    vErrors = [err259];
                                                }
                                                else {
                                                    vErrors.push(err259);
                                                }
                                                errors++;
                                            }
                                            if (data126.name === undefined) {
                                                const err260 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1], data: data126 };
                                                if (vErrors === null) {
                                                    vErrors = [err260];
                                                }
                                                else {
                                                    vErrors.push(err260);
                                                }
                                                errors++;
                                            }
                                            if (data126.type !== undefined) {
                                                let data172 = data126.type;
                                                if (typeof data172 !== "string") {
                                                    const err261 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/type", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.type.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.type, data: data172 };
                                                    if (vErrors === null) {
                                                        vErrors = [err261];
                                                    }
                                                    else {
                                                        vErrors.push(err261);
                                                    }
                                                    errors++;
                                                }
                                                if (!(data172 === "named")) {
                                                    const err262 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/type", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.type.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.type, data: data172 };
                                                    if (vErrors === null) {
                                                        vErrors = [err262];
                                                    }
                                                    else {
                                                        vErrors.push(err262);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data126.name !== undefined) {
                                                let data173 = data126.name;
                                                if (typeof data173 !== "string") {
                                                    const err263 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/name", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.name.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.name, data: data173 };
                                                    if (vErrors === null) {
                                                        vErrors = [err263];
                                                    }
                                                    else {
                                                        vErrors.push(err263);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data126.isRepeated !== undefined) {
                                                let data174 = data126.isRepeated;
                                                if (typeof data174 !== "boolean") {
                                                    const err264 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/isRepeated", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/properties/isRepeated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.isRepeated.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].properties.isRepeated, data: data174 };
                                                    if (vErrors === null) {
                                                        vErrors = [err264];
                                                    }
                                                    else {
                                                        vErrors.push(err264);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err265 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/then/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.then.allOf[1], data: data126 };
                                            if (vErrors === null) {
                                                vErrors = [err265];
                                            }
                                            else {
                                                vErrors.push(err265);
                                            }
                                            errors++;
                                        }
                                        var _valid8 = _errs380 === errors;
                                        valid90 = _valid8;
                                        ifClause6 = "then";
                                    }
                                    else {
                                        const _errs435 = errors;
                                        if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                            if (data126.type === undefined) {
                                                const err266 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.else.required, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.else, data: data126 };
                                                if (vErrors === null) {
                                                    vErrors = [err266];
                                                }
                                                else {
                                                    vErrors.push(err266);
                                                }
                                                errors++;
                                            }
                                            if (data126.type !== undefined) {
                                                let data175 = data126.type;
                                                if (!((data175 === "positional") || (data175 === "named"))) {
                                                    const err267 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12 + "/type", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/else/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.else.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.else.properties.type.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.else.properties.type, data: data175 };
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
                                        var _valid8 = _errs435 === errors;
                                        valid90 = _valid8;
                                        ifClause6 = "else";
                                    }
                                    if (!valid90) {
                                        const err268 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/else/if", keyword: "if", params: { failingKeyword: ifClause6 }, message: "must match \"" + ifClause6 + "\" schema", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else.if, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.else, data: data126 };
                                        if (vErrors === null) {
                                            vErrors = [err268];
                                        }
                                        else {
                                            vErrors.push(err268);
                                        }
                                        errors++;
                                    }
                                    var _valid6 = _errs376 === errors;
                                    valid76 = _valid6;
                                    ifClause5 = "else";
                                }
                                if (!valid76) {
                                    const err269 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments/" + i12, schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/items/if", keyword: "if", params: { failingKeyword: ifClause5 }, message: "must match \"" + ifClause5 + "\" schema", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items.if, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments.items, data: data126 };
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
                            const err270 = { instancePath: instancePath + "/packages/" + i0 + "/packageArguments", schemaPath: "#/allOf/1/properties/packages/items/properties/packageArguments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.packageArguments.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.packageArguments, data: data125 };
                            if (vErrors === null) {
                                vErrors = [err270];
                            }
                            else {
                                vErrors.push(err270);
                            }
                            errors++;
                        }
                    }
                    if (data11.environmentVariables !== undefined) {
                        let data176 = data11.environmentVariables;
                        if (Array.isArray(data176)) {
                            const len17 = data176.length;
                            for (let i17 = 0; i17 < len17; i17++) {
                                let data177 = data176[i17];
                                if (data177 && typeof data177 == "object" && !Array.isArray(data177)) {
                                    if (data177.description !== undefined) {
                                        let data178 = data177.description;
                                        if (typeof data178 !== "string") {
                                            const err271 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.description, data: data178 };
                                            if (vErrors === null) {
                                                vErrors = [err271];
                                            }
                                            else {
                                                vErrors.push(err271);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data177.isRequired !== undefined) {
                                        let data179 = data177.isRequired;
                                        if (typeof data179 !== "boolean") {
                                            const err272 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.isRequired, data: data179 };
                                            if (vErrors === null) {
                                                vErrors = [err272];
                                            }
                                            else {
                                                vErrors.push(err272);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data177.format !== undefined) {
                                        let data180 = data177.format;
                                        if (typeof data180 !== "string") {
                                            const err273 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.format, data: data180 };
                                            if (vErrors === null) {
                                                vErrors = [err273];
                                            }
                                            else {
                                                vErrors.push(err273);
                                            }
                                            errors++;
                                        }
                                        if (!((((data180 === "string") || (data180 === "number")) || (data180 === "boolean")) || (data180 === "filepath"))) {
                                            const err274 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.format, data: data180 };
                                            if (vErrors === null) {
                                                vErrors = [err274];
                                            }
                                            else {
                                                vErrors.push(err274);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data177.value !== undefined) {
                                        let data181 = data177.value;
                                        if (typeof data181 !== "string") {
                                            const err275 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.value, data: data181 };
                                            if (vErrors === null) {
                                                vErrors = [err275];
                                            }
                                            else {
                                                vErrors.push(err275);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data177.isSecret !== undefined) {
                                        let data182 = data177.isSecret;
                                        if (typeof data182 !== "boolean") {
                                            const err276 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.isSecret, data: data182 };
                                            if (vErrors === null) {
                                                vErrors = [err276];
                                            }
                                            else {
                                                vErrors.push(err276);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data177.default !== undefined) {
                                        let data183 = data177.default;
                                        if (typeof data183 !== "string") {
                                            const err277 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.default, data: data183 };
                                            if (vErrors === null) {
                                                vErrors = [err277];
                                            }
                                            else {
                                                vErrors.push(err277);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data177.placeholder !== undefined) {
                                        let data184 = data177.placeholder;
                                        if (typeof data184 !== "string") {
                                            const err278 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.placeholder, data: data184 };
                                            if (vErrors === null) {
                                                vErrors = [err278];
                                            }
                                            else {
                                                vErrors.push(err278);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data177.choices !== undefined) {
                                        let data185 = data177.choices;
                                        if (Array.isArray(data185)) {
                                            const len18 = data185.length;
                                            for (let i18 = 0; i18 < len18; i18++) {
                                                let data186 = data185[i18];
                                                if (typeof data186 !== "string") {
                                                    const err279 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/choices/" + i18, schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.choices.items, data: data186 };
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
                                            const err280 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].properties.choices, data: data185 };
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
                                    const err281 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17, schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[0], data: data177 };
                                    if (vErrors === null) {
                                        vErrors = [err281];
                                    }
                                    else {
                                        vErrors.push(err281);
                                    }
                                    errors++;
                                }
                                if (data177 && typeof data177 == "object" && !Array.isArray(data177)) {
                                    if (data177.variables !== undefined) {
                                        let data187 = data177.variables;
                                        if (data187 && typeof data187 == "object" && !Array.isArray(data187)) {
                                            for (const key7 in data187) {
                                                let data188 = data187[key7];
                                                if (data188 && typeof data188 == "object" && !Array.isArray(data188)) {
                                                    if (data188.description !== undefined) {
                                                        let data189 = data188.description;
                                                        if (typeof data189 !== "string") {
                                                            const err282 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data189 };
                                                            if (vErrors === null) {
                                                                vErrors = [err282];
                                                            }
                                                            else {
                                                                vErrors.push(err282);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data188.isRequired !== undefined) {
                                                        let data190 = data188.isRequired;
                                                        if (typeof data190 !== "boolean") {
                                                            const err283 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data190 };
                                                            if (vErrors === null) {
                                                                vErrors = [err283];
                                                            }
                                                            else {
                                                                vErrors.push(err283);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data188.format !== undefined) {
                                                        let data191 = data188.format;
                                                        if (typeof data191 !== "string") {
                                                            const err284 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data191 };
                                                            if (vErrors === null) {
                                                                vErrors = [err284];
                                                            }
                                                            else {
                                                                vErrors.push(err284);
                                                            }
                                                            errors++;
                                                        }
                                                        if (!((((data191 === "string") || (data191 === "number")) || (data191 === "boolean")) || (data191 === "filepath"))) {
                                                            const err285 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data191 };
                                                            if (vErrors === null) {
                                                                vErrors = [err285];
                                                            }
                                                            else {
                                                                vErrors.push(err285);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data188.value !== undefined) {
                                                        let data192 = data188.value;
                                                        if (typeof data192 !== "string") {
                                                            const err286 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data192 };
                                                            if (vErrors === null) {
                                                                vErrors = [err286];
                                                            }
                                                            else {
                                                                vErrors.push(err286);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data188.isSecret !== undefined) {
                                                        let data193 = data188.isSecret;
                                                        if (typeof data193 !== "boolean") {
                                                            const err287 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data193 };
                                                            if (vErrors === null) {
                                                                vErrors = [err287];
                                                            }
                                                            else {
                                                                vErrors.push(err287);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data188.default !== undefined) {
                                                        let data194 = data188.default;
                                                        if (typeof data194 !== "string") {
                                                            const err288 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data194 };
                                                            if (vErrors === null) {
                                                                vErrors = [err288];
                                                            }
                                                            else {
                                                                vErrors.push(err288);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data188.placeholder !== undefined) {
                                                        let data195 = data188.placeholder;
                                                        if (typeof data195 !== "string") {
                                                            const err289 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data195 };
                                                            if (vErrors === null) {
                                                                vErrors = [err289];
                                                            }
                                                            else {
                                                                vErrors.push(err289);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    if (data188.choices !== undefined) {
                                                        let data196 = data188.choices;
                                                        if (Array.isArray(data196)) {
                                                            const len19 = data196.length;
                                                            for (let i19 = 0; i19 < len19; i19++) {
                                                                let data197 = data196[i19];
                                                                if (typeof data197 !== "string") {
                                                                    const err290 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i19, schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data197 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err290];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err290);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            const err291 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data196 };
                                                            if (vErrors === null) {
                                                                vErrors = [err291];
                                                            }
                                                            else {
                                                                vErrors.push(err291);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err292 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.additionalProperties, data: data188 };
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
                                        else {
                                            const err293 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/variables", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].properties.variables, data: data187 };
                                            if (vErrors === null) {
                                                vErrors = [err293];
                                            }
                                            else {
                                                vErrors.push(err293);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err294 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17, schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[0].allOf[1], data: data177 };
                                    if (vErrors === null) {
                                        vErrors = [err294];
                                    }
                                    else {
                                        vErrors.push(err294);
                                    }
                                    errors++;
                                }
                                if (data177 && typeof data177 == "object" && !Array.isArray(data177)) {
                                    if (data177.name === undefined) {
                                        const err295 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17, schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[1].required, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[1], data: data177 };
                                        if (vErrors === null) {
                                            vErrors = [err295];
                                        }
                                        else {
                                            vErrors.push(err295);
                                        }
                                        errors++;
                                    }
                                    if (data177.name !== undefined) {
                                        let data198 = data177.name;
                                        if (typeof data198 !== "string") {
                                            const err296 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17 + "/name", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[1].properties.name.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[1].properties.name, data: data198 };
                                            if (vErrors === null) {
                                                vErrors = [err296];
                                            }
                                            else {
                                                vErrors.push(err296);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err297 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables/" + i17, schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[1].type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.items.allOf[1], data: data177 };
                                    if (vErrors === null) {
                                        vErrors = [err297];
                                    }
                                    else {
                                        vErrors.push(err297);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err298 = { instancePath: instancePath + "/packages/" + i0 + "/environmentVariables", schemaPath: "#/allOf/1/properties/packages/items/properties/environmentVariables/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.items.properties.environmentVariables.type, parentSchema: schema11.allOf[1].properties.packages.items.properties.environmentVariables, data: data176 };
                            if (vErrors === null) {
                                vErrors = [err298];
                            }
                            else {
                                vErrors.push(err298);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err299 = { instancePath: instancePath + "/packages/" + i0, schemaPath: "#/allOf/1/properties/packages/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.packages.items.type, parentSchema: schema11.allOf[1].properties.packages.items, data: data11 };
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
            const err300 = { instancePath: instancePath + "/packages", schemaPath: "#/allOf/1/properties/packages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.packages.type, parentSchema: schema11.allOf[1].properties.packages, data: data10 };
            if (vErrors === null) {
                vErrors = [err300];
            }
            else {
                vErrors.push(err300);
            }
            errors++;
        }
    }
    if (data.remotes !== undefined) {
        let data199 = data.remotes;
        if (Array.isArray(data199)) {
            const len20 = data199.length;
            for (let i20 = 0; i20 < len20; i20++) {
                let data200 = data199[i20];
                const _errs493 = errors;
                let valid119 = true;
                const _errs494 = errors;
                if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                    let missing7;
                    if ((data200.type === undefined) && (missing7 = "type")) {
                        const err301 = {};
                        if (vErrors === null) {
                            vErrors = [err301];
                        }
                        else {
                            vErrors.push(err301);
                        }
                        errors++;
                    }
                    else {
                        if (data200.type !== undefined) {
                            if ("streamable-http" !== data200.type) {
                                const err302 = {};
                                if (vErrors === null) {
                                    vErrors = [err302];
                                }
                                else {
                                    vErrors.push(err302);
                                }
                                errors++;
                            }
                        }
                    }
                }
                var _valid9 = _errs494 === errors;
                errors = _errs493;
                if (vErrors !== null) {
                    if (_errs493) {
                        vErrors.length = _errs493;
                    }
                    else {
                        vErrors = null;
                    }
                }
                let ifClause7;
                if (_valid9) {
                    const _errs496 = errors;
                    if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                        if (data200.type === undefined) {
                            const err303 = { instancePath: instancePath + "/remotes/" + i20, schemaPath: "#/allOf/1/properties/remotes/items/then/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.remotes.items.then.required, parentSchema: schema11.allOf[1].properties.remotes.items.then, data: data200 };
                            if (vErrors === null) {
                                vErrors = [err303];
                            }
                            else {
                                vErrors.push(err303);
                            }
                            errors++;
                        }
                        if (data200.url === undefined) {
                            const err304 = { instancePath: instancePath + "/remotes/" + i20, schemaPath: "#/allOf/1/properties/remotes/items/then/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.allOf[1].properties.remotes.items.then.required, parentSchema: schema11.allOf[1].properties.remotes.items.then, data: data200 };
                            if (vErrors === null) {
                                vErrors = [err304];
                            }
                            else {
                                vErrors.push(err304);
                            }
                            errors++;
                        }
                        if (data200.type !== undefined) {
                            let data202 = data200.type;
                            if (typeof data202 !== "string") {
                                const err305 = { instancePath: instancePath + "/remotes/" + i20 + "/type", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.type.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.type, data: data202 };
                                if (vErrors === null) {
                                    vErrors = [err305];
                                }
                                else {
                                    vErrors.push(err305);
                                }
                                errors++;
                            }
                            if (!(data202 === "streamable-http")) {
                                const err306 = { instancePath: instancePath + "/remotes/" + i20 + "/type", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.remotes.items.then.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.remotes.items.then.properties.type.enum, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.type, data: data202 };
                                if (vErrors === null) {
                                    vErrors = [err306];
                                }
                                else {
                                    vErrors.push(err306);
                                }
                                errors++;
                            }
                        }
                        if (data200.url !== undefined) {
                            let data203 = data200.url;
                            if (typeof data203 !== "string") {
                                const err307 = { instancePath: instancePath + "/remotes/" + i20 + "/url", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.url.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.url, data: data203 };
                                if (vErrors === null) {
                                    vErrors = [err307];
                                }
                                else {
                                    vErrors.push(err307);
                                }
                                errors++;
                            }
                        }
                        if (data200.headers !== undefined) {
                            let data204 = data200.headers;
                            if (Array.isArray(data204)) {
                                const len21 = data204.length;
                                for (let i21 = 0; i21 < len21; i21++) {
                                    let data205 = data204[i21];
                                    if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
                                        if (data205.description !== undefined) {
                                            let data206 = data205.description;
                                            if (typeof data206 !== "string") {
                                                const err308 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/description", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.description, data: data206 };
                                                if (vErrors === null) {
                                                    vErrors = [err308];
                                                }
                                                else {
                                                    vErrors.push(err308);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.isRequired !== undefined) {
                                            let data207 = data205.isRequired;
                                            if (typeof data207 !== "boolean") {
                                                const err309 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/isRequired", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired, data: data207 };
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
                                            let data208 = data205.format;
                                            if (typeof data208 !== "string") {
                                                const err310 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/format", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data208 };
                                                if (vErrors === null) {
                                                    vErrors = [err310];
                                                }
                                                else {
                                                    vErrors.push(err310);
                                                }
                                                errors++;
                                            }
                                            if (!((((data208 === "string") || (data208 === "number")) || (data208 === "boolean")) || (data208 === "filepath"))) {
                                                const err311 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/format", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data208 };
                                                if (vErrors === null) {
                                                    vErrors = [err311];
                                                }
                                                else {
                                                    vErrors.push(err311);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.value !== undefined) {
                                            let data209 = data205.value;
                                            if (typeof data209 !== "string") {
                                                const err312 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/value", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.value, data: data209 };
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
                                            let data210 = data205.isSecret;
                                            if (typeof data210 !== "boolean") {
                                                const err313 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/isSecret", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret, data: data210 };
                                                if (vErrors === null) {
                                                    vErrors = [err313];
                                                }
                                                else {
                                                    vErrors.push(err313);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.default !== undefined) {
                                            let data211 = data205.default;
                                            if (typeof data211 !== "string") {
                                                const err314 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/default", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.default, data: data211 };
                                                if (vErrors === null) {
                                                    vErrors = [err314];
                                                }
                                                else {
                                                    vErrors.push(err314);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.placeholder !== undefined) {
                                            let data212 = data205.placeholder;
                                            if (typeof data212 !== "string") {
                                                const err315 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/placeholder", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder, data: data212 };
                                                if (vErrors === null) {
                                                    vErrors = [err315];
                                                }
                                                else {
                                                    vErrors.push(err315);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data205.choices !== undefined) {
                                            let data213 = data205.choices;
                                            if (Array.isArray(data213)) {
                                                const len22 = data213.length;
                                                for (let i22 = 0; i22 < len22; i22++) {
                                                    let data214 = data213[i22];
                                                    if (typeof data214 !== "string") {
                                                        const err316 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/choices/" + i22, schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items, data: data214 };
                                                        if (vErrors === null) {
                                                            vErrors = [err316];
                                                        }
                                                        else {
                                                            vErrors.push(err316);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err317 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/choices", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].properties.choices, data: data213 };
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
                                        const err318 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21, schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0].type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[0], data: data205 };
                                        if (vErrors === null) {
                                            vErrors = [err318];
                                        }
                                        else {
                                            vErrors.push(err318);
                                        }
                                        errors++;
                                    }
                                    if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
                                        if (data205.variables !== undefined) {
                                            let data215 = data205.variables;
                                            if (data215 && typeof data215 == "object" && !Array.isArray(data215)) {
                                                for (const key8 in data215) {
                                                    let data216 = data215[key8];
                                                    if (data216 && typeof data216 == "object" && !Array.isArray(data216)) {
                                                        if (data216.description !== undefined) {
                                                            let data217 = data216.description;
                                                            if (typeof data217 !== "string") {
                                                                const err319 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data217 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err319];
                                                                }
                                                                else {
                                                                    vErrors.push(err319);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.isRequired !== undefined) {
                                                            let data218 = data216.isRequired;
                                                            if (typeof data218 !== "boolean") {
                                                                const err320 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data218 };
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
                                                            let data219 = data216.format;
                                                            if (typeof data219 !== "string") {
                                                                const err321 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data219 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err321];
                                                                }
                                                                else {
                                                                    vErrors.push(err321);
                                                                }
                                                                errors++;
                                                            }
                                                            if (!((((data219 === "string") || (data219 === "number")) || (data219 === "boolean")) || (data219 === "filepath"))) {
                                                                const err322 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data219 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err322];
                                                                }
                                                                else {
                                                                    vErrors.push(err322);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.value !== undefined) {
                                                            let data220 = data216.value;
                                                            if (typeof data220 !== "string") {
                                                                const err323 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data220 };
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
                                                            let data221 = data216.isSecret;
                                                            if (typeof data221 !== "boolean") {
                                                                const err324 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data221 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err324];
                                                                }
                                                                else {
                                                                    vErrors.push(err324);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.default !== undefined) {
                                                            let data222 = data216.default;
                                                            if (typeof data222 !== "string") {
                                                                const err325 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data222 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err325];
                                                                }
                                                                else {
                                                                    vErrors.push(err325);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.placeholder !== undefined) {
                                                            let data223 = data216.placeholder;
                                                            if (typeof data223 !== "string") {
                                                                const err326 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data223 };
                                                                if (vErrors === null) {
                                                                    vErrors = [err326];
                                                                }
                                                                else {
                                                                    vErrors.push(err326);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        if (data216.choices !== undefined) {
                                                            let data224 = data216.choices;
                                                            if (Array.isArray(data224)) {
                                                                const len23 = data224.length;
                                                                for (let i23 = 0; i23 < len23; i23++) {
                                                                    let data225 = data224[i23];
                                                                    if (typeof data225 !== "string") {
                                                                        const err327 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i23, schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data225 };
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
                                                                const err328 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data224 };
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
                                                        const err329 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties, data: data216 };
                                                        if (vErrors === null) {
                                                            vErrors = [err329];
                                                        }
                                                        else {
                                                            vErrors.push(err329);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                            }
                                            else {
                                                const err330 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/variables", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].properties.variables, data: data215 };
                                                if (vErrors === null) {
                                                    vErrors = [err330];
                                                }
                                                else {
                                                    vErrors.push(err330);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err331 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21, schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1].type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[0].allOf[1], data: data205 };
                                        if (vErrors === null) {
                                            vErrors = [err331];
                                        }
                                        else {
                                            vErrors.push(err331);
                                        }
                                        errors++;
                                    }
                                    if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
                                        if (data205.name === undefined) {
                                            const err332 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21, schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[1].required, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[1], data: data205 };
                                            if (vErrors === null) {
                                                vErrors = [err332];
                                            }
                                            else {
                                                vErrors.push(err332);
                                            }
                                            errors++;
                                        }
                                        if (data205.name !== undefined) {
                                            let data226 = data205.name;
                                            if (typeof data226 !== "string") {
                                                const err333 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21 + "/name", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[1].properties.name.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[1].properties.name, data: data226 };
                                                if (vErrors === null) {
                                                    vErrors = [err333];
                                                }
                                                else {
                                                    vErrors.push(err333);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err334 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i21, schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[1].type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers.items.allOf[1], data: data205 };
                                        if (vErrors === null) {
                                            vErrors = [err334];
                                        }
                                        else {
                                            vErrors.push(err334);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err335 = { instancePath: instancePath + "/remotes/" + i20 + "/headers", schemaPath: "#/allOf/1/properties/remotes/items/then/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.remotes.items.then.properties.headers.type, parentSchema: schema11.allOf[1].properties.remotes.items.then.properties.headers, data: data204 };
                                if (vErrors === null) {
                                    vErrors = [err335];
                                }
                                else {
                                    vErrors.push(err335);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err336 = { instancePath: instancePath + "/remotes/" + i20, schemaPath: "#/allOf/1/properties/remotes/items/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.then.type, parentSchema: schema11.allOf[1].properties.remotes.items.then, data: data200 };
                        if (vErrors === null) {
                            vErrors = [err336];
                        }
                        else {
                            vErrors.push(err336);
                        }
                        errors++;
                    }
                    var _valid9 = _errs496 === errors;
                    valid119 = _valid9;
                    ifClause7 = "then";
                }
                else {
                    const _errs555 = errors;
                    const _errs556 = errors;
                    let valid135 = true;
                    const _errs557 = errors;
                    if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                        let missing8;
                        if ((data200.type === undefined) && (missing8 = "type")) {
                            const err337 = {};
                            if (vErrors === null) {
                                vErrors = [err337];
                            }
                            else {
                                vErrors.push(err337);
                            }
                            errors++;
                        }
                        else {
                            if (data200.type !== undefined) {
                                if ("sse" !== data200.type) {
                                    const err338 = {};
                                    if (vErrors === null) {
                                        vErrors = [err338];
                                    }
                                    else {
                                        vErrors.push(err338);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    var _valid10 = _errs557 === errors;
                    errors = _errs556;
                    if (vErrors !== null) {
                        if (_errs556) {
                            vErrors.length = _errs556;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    let ifClause8;
                    if (_valid10) {
                        const _errs559 = errors;
                        if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                            if (data200.type === undefined) {
                                const err339 = { instancePath: instancePath + "/remotes/" + i20, schemaPath: "#/allOf/1/properties/remotes/items/else/then/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.remotes.items.else.then.required, parentSchema: schema11.allOf[1].properties.remotes.items.else.then, data: data200 };
                                if (vErrors === null) {
                                    vErrors = [err339];
                                }
                                else {
                                    vErrors.push(err339);
                                }
                                errors++;
                            }
                            if (data200.url === undefined) {
                                const err340 = { instancePath: instancePath + "/remotes/" + i20, schemaPath: "#/allOf/1/properties/remotes/items/else/then/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema11.allOf[1].properties.remotes.items.else.then.required, parentSchema: schema11.allOf[1].properties.remotes.items.else.then, data: data200 };
                                if (vErrors === null) {
                                    vErrors = [err340];
                                }
                                else {
                                    vErrors.push(err340);
                                }
                                errors++;
                            }
                            if (data200.type !== undefined) {
                                let data228 = data200.type;
                                if (typeof data228 !== "string") {
                                    const err341 = { instancePath: instancePath + "/remotes/" + i20 + "/type", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.type.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.type, data: data228 };
                                    if (vErrors === null) {
                                        vErrors = [err341];
                                    }
                                    else {
                                        vErrors.push(err341);
                                    }
                                    errors++;
                                }
                                if (!(data228 === "sse")) {
                                    const err342 = { instancePath: instancePath + "/remotes/" + i20 + "/type", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.remotes.items.else.then.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.type.enum, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.type, data: data228 };
                                    if (vErrors === null) {
                                        vErrors = [err342];
                                    }
                                    else {
                                        vErrors.push(err342);
                                    }
                                    errors++;
                                }
                            }
                            if (data200.url !== undefined) {
                                let data229 = data200.url;
                                if (typeof data229 === "string") {
                                    if (!(formats0.validate(data229))) {
                                        const err343 = { instancePath: instancePath + "/remotes/" + i20 + "/url", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/url/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.url, data: data229 };
                                        if (vErrors === null) {
                                            vErrors = [err343];
                                        }
                                        else {
                                            vErrors.push(err343);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err344 = { instancePath: instancePath + "/remotes/" + i20 + "/url", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.url.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.url, data: data229 };
                                    if (vErrors === null) {
                                        vErrors = [err344];
                                    }
                                    else {
                                        vErrors.push(err344);
                                    }
                                    errors++;
                                }
                            }
                            if (data200.headers !== undefined) {
                                let data230 = data200.headers;
                                if (Array.isArray(data230)) {
                                    const len24 = data230.length;
                                    for (let i24 = 0; i24 < len24; i24++) {
                                        let data231 = data230[i24];
                                        if (data231 && typeof data231 == "object" && !Array.isArray(data231)) {
                                            if (data231.description !== undefined) {
                                                let data232 = data231.description;
                                                if (typeof data232 !== "string") {
                                                    const err345 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/description", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.description.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.description, data: data232 };
                                                    if (vErrors === null) {
                                                        vErrors = [err345];
                                                    }
                                                    else {
                                                        vErrors.push(err345);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.isRequired !== undefined) {
                                                let data233 = data231.isRequired;
                                                if (typeof data233 !== "boolean") {
                                                    const err346 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/isRequired", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.isRequired, data: data233 };
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
                                                let data234 = data231.format;
                                                if (typeof data234 !== "string") {
                                                    const err347 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/format", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data234 };
                                                    if (vErrors === null) {
                                                        vErrors = [err347];
                                                    }
                                                    else {
                                                        vErrors.push(err347);
                                                    }
                                                    errors++;
                                                }
                                                if (!((((data234 === "string") || (data234 === "number")) || (data234 === "boolean")) || (data234 === "filepath"))) {
                                                    const err348 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/format", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.format.enum, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.format, data: data234 };
                                                    if (vErrors === null) {
                                                        vErrors = [err348];
                                                    }
                                                    else {
                                                        vErrors.push(err348);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.value !== undefined) {
                                                let data235 = data231.value;
                                                if (typeof data235 !== "string") {
                                                    const err349 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/value", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.value.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.value, data: data235 };
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
                                                let data236 = data231.isSecret;
                                                if (typeof data236 !== "boolean") {
                                                    const err350 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/isSecret", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.isSecret, data: data236 };
                                                    if (vErrors === null) {
                                                        vErrors = [err350];
                                                    }
                                                    else {
                                                        vErrors.push(err350);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.default !== undefined) {
                                                let data237 = data231.default;
                                                if (typeof data237 !== "string") {
                                                    const err351 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/default", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.default.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.default, data: data237 };
                                                    if (vErrors === null) {
                                                        vErrors = [err351];
                                                    }
                                                    else {
                                                        vErrors.push(err351);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.placeholder !== undefined) {
                                                let data238 = data231.placeholder;
                                                if (typeof data238 !== "string") {
                                                    const err352 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/placeholder", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.placeholder, data: data238 };
                                                    if (vErrors === null) {
                                                        vErrors = [err352];
                                                    }
                                                    else {
                                                        vErrors.push(err352);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            if (data231.choices !== undefined) {
                                                let data239 = data231.choices;
                                                if (Array.isArray(data239)) {
                                                    const len25 = data239.length;
                                                    for (let i25 = 0; i25 < len25; i25++) {
                                                        let data240 = data239[i25];
                                                        if (typeof data240 !== "string") {
                                                            const err353 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/choices/" + i25, schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.items, data: data240 };
                                                            if (vErrors === null) {
                                                                vErrors = [err353];
                                                            }
                                                            else {
                                                                vErrors.push(err353);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err354 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/choices", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].properties.choices, data: data239 };
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
                                            const err355 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24, schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0].type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[0], data: data231 };
                                            if (vErrors === null) {
                                                vErrors = [err355];
                                            }
                                            else {
                                                vErrors.push(err355);
                                            }
                                            errors++;
                                        }
                                        if (data231 && typeof data231 == "object" && !Array.isArray(data231)) {
                                            if (data231.variables !== undefined) {
                                                let data241 = data231.variables;
                                                if (data241 && typeof data241 == "object" && !Array.isArray(data241)) {
                                                    for (const key9 in data241) {
                                                        let data242 = data241[key9];
                                                        if (data242 && typeof data242 == "object" && !Array.isArray(data242)) {
                                                            if (data242.description !== undefined) {
                                                                let data243 = data242.description;
                                                                if (typeof data243 !== "string") {
                                                                    const err356 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.description, data: data243 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err356];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err356);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.isRequired !== undefined) {
                                                                let data244 = data242.isRequired;
                                                                if (typeof data244 !== "boolean") {
                                                                    const err357 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/isRequired", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isRequired, data: data244 };
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
                                                                let data245 = data242.format;
                                                                if (typeof data245 !== "string") {
                                                                    const err358 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data245 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err358];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err358);
                                                                    }
                                                                    errors++;
                                                                }
                                                                if (!((((data245 === "string") || (data245 === "number")) || (data245 === "boolean")) || (data245 === "filepath"))) {
                                                                    const err359 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/format", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/format/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format.enum, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.format, data: data245 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err359];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err359);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.value !== undefined) {
                                                                let data246 = data242.value;
                                                                if (typeof data246 !== "string") {
                                                                    const err360 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.value, data: data246 };
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
                                                                let data247 = data242.isSecret;
                                                                if (typeof data247 !== "boolean") {
                                                                    const err361 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/isSecret", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/isSecret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.isSecret, data: data247 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err361];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err361);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.default !== undefined) {
                                                                let data248 = data242.default;
                                                                if (typeof data248 !== "string") {
                                                                    const err362 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.default, data: data248 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err362];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err362);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.placeholder !== undefined) {
                                                                let data249 = data242.placeholder;
                                                                if (typeof data249 !== "string") {
                                                                    const err363 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/placeholder", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/placeholder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.placeholder, data: data249 };
                                                                    if (vErrors === null) {
                                                                        vErrors = [err363];
                                                                    }
                                                                    else {
                                                                        vErrors.push(err363);
                                                                    }
                                                                    errors++;
                                                                }
                                                            }
                                                            if (data242.choices !== undefined) {
                                                                let data250 = data242.choices;
                                                                if (Array.isArray(data250)) {
                                                                    const len26 = data250.length;
                                                                    for (let i26 = 0; i26 < len26; i26++) {
                                                                        let data251 = data250[i26];
                                                                        if (typeof data251 !== "string") {
                                                                            const err364 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices/" + i26, schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.items, data: data251 };
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
                                                                    const err365 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/choices", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/properties/choices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.properties.choices, data: data250 };
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
                                                            const err366 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.additionalProperties, data: data242 };
                                                            if (vErrors === null) {
                                                                vErrors = [err366];
                                                            }
                                                            else {
                                                                vErrors.push(err366);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                }
                                                else {
                                                    const err367 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/variables", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].properties.variables, data: data241 };
                                                    if (vErrors === null) {
                                                        vErrors = [err367];
                                                    }
                                                    else {
                                                        vErrors.push(err367);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err368 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24, schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/0/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1].type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[0].allOf[1], data: data231 };
                                            if (vErrors === null) {
                                                vErrors = [err368];
                                            }
                                            else {
                                                vErrors.push(err368);
                                            }
                                            errors++;
                                        }
                                        if (data231 && typeof data231 == "object" && !Array.isArray(data231)) {
                                            if (data231.name === undefined) {
                                                const err369 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24, schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[1].required, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[1], data: data231 };
                                                if (vErrors === null) {
                                                    vErrors = [err369];
                                                }
                                                else {
                                                    vErrors.push(err369);
                                                }
                                                errors++;
                                            }
                                            if (data231.name !== undefined) {
                                                let data252 = data231.name;
                                                if (typeof data252 !== "string") {
                                                    const err370 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24 + "/name", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/1/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[1].properties.name.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[1].properties.name, data: data252 };
                                                    if (vErrors === null) {
                                                        vErrors = [err370];
                                                    }
                                                    else {
                                                        vErrors.push(err370);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                        else {
                                            const err371 = { instancePath: instancePath + "/remotes/" + i20 + "/headers/" + i24, schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/items/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[1].type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.items.allOf[1], data: data231 };
                                            if (vErrors === null) {
                                                vErrors = [err371];
                                            }
                                            else {
                                                vErrors.push(err371);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                else {
                                    const err372 = { instancePath: instancePath + "/remotes/" + i20 + "/headers", schemaPath: "#/allOf/1/properties/remotes/items/else/then/properties/headers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then.properties.headers, data: data230 };
                                    if (vErrors === null) {
                                        vErrors = [err372];
                                    }
                                    else {
                                        vErrors.push(err372);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err373 = { instancePath: instancePath + "/remotes/" + i20, schemaPath: "#/allOf/1/properties/remotes/items/else/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties.remotes.items.else.then.type, parentSchema: schema11.allOf[1].properties.remotes.items.else.then, data: data200 };
                            if (vErrors === null) {
                                vErrors = [err373];
                            }
                            else {
                                vErrors.push(err373);
                            }
                            errors++;
                        }
                        var _valid10 = _errs559 === errors;
                        valid135 = _valid10;
                        ifClause8 = "then";
                    }
                    else {
                        const _errs618 = errors;
                        if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                            if (data200.type === undefined) {
                                const err374 = { instancePath: instancePath + "/remotes/" + i20, schemaPath: "#/allOf/1/properties/remotes/items/else/else/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema11.allOf[1].properties.remotes.items.else.else.required, parentSchema: schema11.allOf[1].properties.remotes.items.else.else, data: data200 };
                                if (vErrors === null) {
                                    vErrors = [err374];
                                }
                                else {
                                    vErrors.push(err374);
                                }
                                errors++;
                            }
                            if (data200.type !== undefined) {
                                let data253 = data200.type;
                                if (!((data253 === "streamable-http") || (data253 === "sse"))) {
                                    const err375 = { instancePath: instancePath + "/remotes/" + i20 + "/type", schemaPath: "#/allOf/1/properties/remotes/items/else/else/properties/type/enum", keyword: "enum", params: { allowedValues: schema11.allOf[1].properties.remotes.items.else.else.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema11.allOf[1].properties.remotes.items.else.else.properties.type.enum, parentSchema: schema11.allOf[1].properties.remotes.items.else.else.properties.type, data: data253 };
                                    if (vErrors === null) {
                                        vErrors = [err375];
                                    }
                                    else {
                                        vErrors.push(err375);
                                    }
                                    errors++;
                                }
                            }
                        }
                        var _valid10 = _errs618 === errors;
                        valid135 = _valid10;
                        ifClause8 = "else";
                    }
                    if (!valid135) {
                        const err376 = { instancePath: instancePath + "/remotes/" + i20, schemaPath: "#/allOf/1/properties/remotes/items/else/if", keyword: "if", params: { failingKeyword: ifClause8 }, message: "must match \"" + ifClause8 + "\" schema", schema: schema11.allOf[1].properties.remotes.items.else.if, parentSchema: schema11.allOf[1].properties.remotes.items.else, data: data200 };
                        if (vErrors === null) {
                            vErrors = [err376];
                        }
                        else {
                            vErrors.push(err376);
                        }
                        errors++;
                    }
                    var _valid9 = _errs555 === errors;
                    valid119 = _valid9;
                    ifClause7 = "else";
                }
                if (!valid119) {
                    const err377 = { instancePath: instancePath + "/remotes/" + i20, schemaPath: "#/allOf/1/properties/remotes/items/if", keyword: "if", params: { failingKeyword: ifClause7 }, message: "must match \"" + ifClause7 + "\" schema", schema: schema11.allOf[1].properties.remotes.items.if, parentSchema: schema11.allOf[1].properties.remotes.items, data: data200 };
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
        else {
            const err378 = { instancePath: instancePath + "/remotes", schemaPath: "#/allOf/1/properties/remotes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.allOf[1].properties.remotes.type, parentSchema: schema11.allOf[1].properties.remotes, data: data199 };
            if (vErrors === null) {
                vErrors = [err378];
            }
            else {
                vErrors.push(err378);
            }
            errors++;
        }
    }
    if (data._meta !== undefined) {
        let data254 = data._meta;
        if (data254 && typeof data254 == "object" && !Array.isArray(data254)) {
            if (data254["io.modelcontextprotocol.registry/publisher-provided"] !== undefined) {
                let data255 = data254["io.modelcontextprotocol.registry/publisher-provided"];
                if (data255 && typeof data255 == "object" && !Array.isArray(data255)) { }
                else {
                    const err379 = { instancePath: instancePath + "/_meta/io.modelcontextprotocol.registry~1publisher-provided", schemaPath: "#/allOf/1/properties/_meta/properties/io.modelcontextprotocol.registry~1publisher-provided/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties._meta.properties["io.modelcontextprotocol.registry/publisher-provided"].type, parentSchema: schema11.allOf[1].properties._meta.properties["io.modelcontextprotocol.registry/publisher-provided"], data: data255 };
                    if (vErrors === null) {
                        vErrors = [err379];
                    }
                    else {
                        vErrors.push(err379);
                    }
                    errors++;
                }
            }
        }
        else {
            const err380 = { instancePath: instancePath + "/_meta", schemaPath: "#/allOf/1/properties/_meta/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].properties._meta.type, parentSchema: schema11.allOf[1].properties._meta, data: data254 };
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
    const err381 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.allOf[1].type, parentSchema: schema11.allOf[1], data };
    if (vErrors === null) {
        vErrors = [err381];
    }
    else {
        vErrors.push(err381);
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
