export const id = 7496;
export const ids = [7496];
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

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4603);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8039);
// Generated by scripts/compile-schemas.ts (npm run schemas) from the schema "gemini-extension" (src/schema/sources.ts): do not edit.
// A test fails when this file is not what that script writes today.
// @ts-nocheck


"use strict";
const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mcpcop/mcpcop/raw/main/schemas/gemini-extension.schema.json", "title": "Gemini CLI extension manifest (gemini-extension.json)", "description": "The manifest at the root of a Gemini CLI extension, read with JSON.parse (strict JSON). Gemini skips the whole extension when \"name\" or \"version\" is missing or the name has characters other than letters, digits and dashes. Its \"mcpServers\" use the same entries as settings.json. See https://github.com/google-gemini/gemini-cli/blob/main/docs/extensions/index.md", "type": "object", "properties": { "$schema": { "type": "string" }, "name": { "type": "string", "pattern": "^[a-zA-Z0-9-]+$", "errorMessage": "Gemini CLI accepts only letters, digits and dashes in an extension name and skips the extension otherwise" }, "version": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "mcpServers": { "$ref": "https://github.com/mcpcop/mcpcop/raw/main/schemas/gemini.schema.json#/definitions/servers" }, "contextFileName": { "type": ["string", "array"], "items": { "type": "string" }, "description": "Context file(s) appended to the model's context; default GEMINI.md." }, "excludeTools": { "type": "array", "items": { "type": "string" } }, "settings": { "type": "array", "description": "Values the user is asked for at install time, passed to servers as environment variables.", "items": { "type": "object", "properties": { "name": { "type": "string" }, "description": { "type": "string" }, "envVar": { "type": "string" }, "sensitive": { "type": "boolean" } }, "required": ["name", "envVar"] } } }, "required": ["name", "version"], "errorMessage": "Gemini CLI skips an extension whose manifest lacks a \"name\" or a \"version\"" };
const pattern0 = new RegExp("^[a-zA-Z0-9-]+$", "u");
const func2 = _runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .ucs2length */ .K;
const schema13 = { "type": "object", "description": "Servers by name.", "additionalProperties": { "$ref": "#/definitions/server" }, "errorMessage": "Gemini CLI reads \"mcpServers\" as an object keyed by server name" };
const schema14 = { "type": "object", "description": "One server. Gemini picks the transport from the keys: \"httpUrl\" (Streamable HTTP, deprecated), then \"url\" (\"type\": \"sse\" for SSE, otherwise Streamable HTTP), then \"command\" (stdio), then \"tcp\" (WebSocket).", "properties": { "command": { "type": "string", "minLength": 1, "description": "Program started for the stdio transport." }, "args": { "$ref": "#/definitions/stringList" }, "env": { "$ref": "#/definitions/stringMap" }, "cwd": { "type": "string" }, "url": { "type": "string", "format": "mcp-url", "description": "Remote endpoint; Streamable HTTP unless \"type\": \"sse\"." }, "httpUrl": { "type": "string", "format": "mcp-url", "description": "Streamable HTTP endpoint (deprecated in favour of \"url\"); wins over \"url\"." }, "headers": { "$ref": "#/definitions/stringMap" }, "tcp": { "type": "string", "description": "host:port of a WebSocket server." }, "type": { "enum": ["stdio", "sse", "http"], "description": "Transport for \"url\": \"sse\" or \"http\" (Streamable HTTP).", "errorMessage": "\"type\" chooses how Gemini CLI talks to a \"url\": \"http\" (Streamable HTTP, also the default) or \"sse\"" }, "timeout": { "type": "number", "description": "Request timeout in milliseconds (default 600000)." }, "trust": { "type": "boolean", "description": "Skip every tool-call confirmation for this server." }, "description": { "type": "string" }, "includeTools": { "$ref": "#/definitions/stringList" }, "excludeTools": { "$ref": "#/definitions/stringList" }, "extension": { "type": "object", "description": "Set by Gemini CLI for servers that come from an extension." }, "oauth": { "type": "object", "properties": { "enabled": { "type": "boolean" }, "clientId": { "type": "string" }, "clientSecret": { "type": "string" }, "authorizationUrl": { "type": "string" }, "tokenUrl": { "type": "string" }, "scopes": { "$ref": "#/definitions/stringList" }, "redirectUri": { "type": "string" }, "tokenParamName": { "type": "string" }, "audiences": { "$ref": "#/definitions/stringList" } } }, "authProviderType": { "enum": ["dynamic_discovery", "google_credentials", "service_account_impersonation"] }, "targetAudience": { "type": "string" }, "targetServiceAccount": { "type": "string" } }, "additionalProperties": false, "if": { "not": { "anyOf": [{ "required": ["url"] }, { "required": ["httpUrl"] }, { "required": ["tcp"] }] } }, "then": { "required": ["command"], "errorMessage": "Gemini CLI needs a \"command\" (stdio), a \"url\" or \"httpUrl\" (HTTP/SSE) or a \"tcp\" address to reach a server, and cannot start this one" } };
const schema15 = { "type": "array", "items": { "type": "string" } };
const schema16 = { "type": "object", "additionalProperties": { "type": "string" } };
const func3 = Object.prototype.hasOwnProperty;
const formats0 = _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .h["mcp-url"];
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs1 = errors; let valid0 = true; const _errs2 = errors; const _errs3 = errors; const _errs4 = errors; const _errs5 = errors; let valid2 = false; const _errs6 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
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
    }
} if (!valid2) {
    const err3 = {};
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
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
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.command === undefined) {
            const err5 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'", schema: schema14.then.required, parentSchema: schema14.then, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    var _valid0 = _errs9 === errors;
    valid0 = _valid0;
} if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema14.if, parentSchema: schema14, data };
    if (vErrors === null) {
        vErrors = [err6];
    }
    else {
        vErrors.push(err6);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func3.call(schema14.properties, key0))) {
            const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.command !== undefined) {
        let data0 = data.command;
        if (typeof data0 === "string") {
            if (func2(data0) < 1) {
                const err8 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.command, data: data0 };
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
            const err9 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.command.type, parentSchema: schema14.properties.command, data: data0 };
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
                    const err10 = { instancePath: instancePath + "/args/" + i0, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.items.type, parentSchema: schema15.items, data: data2 };
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
            const err11 = { instancePath: instancePath + "/args", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.type, parentSchema: schema15, data: data1 };
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
                    const err12 = { instancePath: instancePath + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.additionalProperties.type, parentSchema: schema16.additionalProperties, data: data4 };
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
            const err13 = { instancePath: instancePath + "/env", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data3 };
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
            const err14 = { instancePath: instancePath + "/cwd", schemaPath: "#/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.cwd.type, parentSchema: schema14.properties.cwd, data: data5 };
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
                const err15 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema14.properties.url, data: data6 };
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
            const err16 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.url.type, parentSchema: schema14.properties.url, data: data6 };
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
                const err17 = { instancePath: instancePath + "/httpUrl", schemaPath: "#/properties/httpUrl/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema14.properties.httpUrl, data: data7 };
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
            const err18 = { instancePath: instancePath + "/httpUrl", schemaPath: "#/properties/httpUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.httpUrl.type, parentSchema: schema14.properties.httpUrl, data: data7 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.headers !== undefined) {
        let data8 = data.headers;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
                let data9 = data8[key2];
                if (typeof data9 !== "string") {
                    const err19 = { instancePath: instancePath + "/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.additionalProperties.type, parentSchema: schema16.additionalProperties, data: data9 };
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
        else {
            const err20 = { instancePath: instancePath + "/headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data8 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.tcp !== undefined) {
        let data10 = data.tcp;
        if (typeof data10 !== "string") {
            const err21 = { instancePath: instancePath + "/tcp", schemaPath: "#/properties/tcp/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.tcp.type, parentSchema: schema14.properties.tcp, data: data10 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data11 = data.type;
        if (!(((data11 === "stdio") || (data11 === "sse")) || (data11 === "http"))) {
            const err22 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema14.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.type.enum, parentSchema: schema14.properties.type, data: data11 };
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
        if (!((typeof data12 == "number") && (isFinite(data12)))) {
            const err23 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema14.properties.timeout.type, parentSchema: schema14.properties.timeout, data: data12 };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.trust !== undefined) {
        let data13 = data.trust;
        if (typeof data13 !== "boolean") {
            const err24 = { instancePath: instancePath + "/trust", schemaPath: "#/properties/trust/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.trust.type, parentSchema: schema14.properties.trust, data: data13 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.description !== undefined) {
        let data14 = data.description;
        if (typeof data14 !== "string") {
            const err25 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.description.type, parentSchema: schema14.properties.description, data: data14 };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.includeTools !== undefined) {
        let data15 = data.includeTools;
        if (Array.isArray(data15)) {
            const len1 = data15.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data16 = data15[i1];
                if (typeof data16 !== "string") {
                    const err26 = { instancePath: instancePath + "/includeTools/" + i1, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.items.type, parentSchema: schema15.items, data: data16 };
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
            const err27 = { instancePath: instancePath + "/includeTools", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.type, parentSchema: schema15, data: data15 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.excludeTools !== undefined) {
        let data17 = data.excludeTools;
        if (Array.isArray(data17)) {
            const len2 = data17.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data18 = data17[i2];
                if (typeof data18 !== "string") {
                    const err28 = { instancePath: instancePath + "/excludeTools/" + i2, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.items.type, parentSchema: schema15.items, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
        }
        else {
            const err29 = { instancePath: instancePath + "/excludeTools", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.type, parentSchema: schema15, data: data17 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
    }
    if (data.extension !== undefined) {
        let data19 = data.extension;
        if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
            const err30 = { instancePath: instancePath + "/extension", schemaPath: "#/properties/extension/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.extension.type, parentSchema: schema14.properties.extension, data: data19 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.oauth !== undefined) {
        let data20 = data.oauth;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.enabled !== undefined) {
                let data21 = data20.enabled;
                if (typeof data21 !== "boolean") {
                    const err31 = { instancePath: instancePath + "/oauth/enabled", schemaPath: "#/properties/oauth/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.oauth.properties.enabled.type, parentSchema: schema14.properties.oauth.properties.enabled, data: data21 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            if (data20.clientId !== undefined) {
                let data22 = data20.clientId;
                if (typeof data22 !== "string") {
                    const err32 = { instancePath: instancePath + "/oauth/clientId", schemaPath: "#/properties/oauth/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.oauth.properties.clientId.type, parentSchema: schema14.properties.oauth.properties.clientId, data: data22 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            if (data20.clientSecret !== undefined) {
                let data23 = data20.clientSecret;
                if (typeof data23 !== "string") {
                    const err33 = { instancePath: instancePath + "/oauth/clientSecret", schemaPath: "#/properties/oauth/properties/clientSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.oauth.properties.clientSecret.type, parentSchema: schema14.properties.oauth.properties.clientSecret, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err33];
                    }
                    else {
                        vErrors.push(err33);
                    }
                    errors++;
                }
            }
            if (data20.authorizationUrl !== undefined) {
                let data24 = data20.authorizationUrl;
                if (typeof data24 !== "string") {
                    const err34 = { instancePath: instancePath + "/oauth/authorizationUrl", schemaPath: "#/properties/oauth/properties/authorizationUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.oauth.properties.authorizationUrl.type, parentSchema: schema14.properties.oauth.properties.authorizationUrl, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            if (data20.tokenUrl !== undefined) {
                let data25 = data20.tokenUrl;
                if (typeof data25 !== "string") {
                    const err35 = { instancePath: instancePath + "/oauth/tokenUrl", schemaPath: "#/properties/oauth/properties/tokenUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.oauth.properties.tokenUrl.type, parentSchema: schema14.properties.oauth.properties.tokenUrl, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
            if (data20.scopes !== undefined) {
                let data26 = data20.scopes;
                if (Array.isArray(data26)) {
                    const len3 = data26.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data27 = data26[i3];
                        if (typeof data27 !== "string") {
                            const err36 = { instancePath: instancePath + "/oauth/scopes/" + i3, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.items.type, parentSchema: schema15.items, data: data27 };
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
                    const err37 = { instancePath: instancePath + "/oauth/scopes", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.type, parentSchema: schema15, data: data26 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
            if (data20.redirectUri !== undefined) {
                let data28 = data20.redirectUri;
                if (typeof data28 !== "string") {
                    const err38 = { instancePath: instancePath + "/oauth/redirectUri", schemaPath: "#/properties/oauth/properties/redirectUri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.oauth.properties.redirectUri.type, parentSchema: schema14.properties.oauth.properties.redirectUri, data: data28 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
            if (data20.tokenParamName !== undefined) {
                let data29 = data20.tokenParamName;
                if (typeof data29 !== "string") {
                    const err39 = { instancePath: instancePath + "/oauth/tokenParamName", schemaPath: "#/properties/oauth/properties/tokenParamName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.oauth.properties.tokenParamName.type, parentSchema: schema14.properties.oauth.properties.tokenParamName, data: data29 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            if (data20.audiences !== undefined) {
                let data30 = data20.audiences;
                if (Array.isArray(data30)) {
                    const len4 = data30.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data31 = data30[i4];
                        if (typeof data31 !== "string") {
                            const err40 = { instancePath: instancePath + "/oauth/audiences/" + i4, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.items.type, parentSchema: schema15.items, data: data31 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err41 = { instancePath: instancePath + "/oauth/audiences", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.type, parentSchema: schema15, data: data30 };
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
            const err42 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.oauth.type, parentSchema: schema14.properties.oauth, data: data20 };
            if (vErrors === null) {
                vErrors = [err42];
            }
            else {
                vErrors.push(err42);
            }
            errors++;
        }
    }
    if (data.authProviderType !== undefined) {
        let data32 = data.authProviderType;
        if (!(((data32 === "dynamic_discovery") || (data32 === "google_credentials")) || (data32 === "service_account_impersonation"))) {
            const err43 = { instancePath: instancePath + "/authProviderType", schemaPath: "#/properties/authProviderType/enum", keyword: "enum", params: { allowedValues: schema14.properties.authProviderType.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.authProviderType.enum, parentSchema: schema14.properties.authProviderType, data: data32 };
            if (vErrors === null) {
                vErrors = [err43];
            }
            else {
                vErrors.push(err43);
            }
            errors++;
        }
    }
    if (data.targetAudience !== undefined) {
        let data33 = data.targetAudience;
        if (typeof data33 !== "string") {
            const err44 = { instancePath: instancePath + "/targetAudience", schemaPath: "#/properties/targetAudience/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.targetAudience.type, parentSchema: schema14.properties.targetAudience, data: data33 };
            if (vErrors === null) {
                vErrors = [err44];
            }
            else {
                vErrors.push(err44);
            }
            errors++;
        }
    }
    if (data.targetServiceAccount !== undefined) {
        let data34 = data.targetServiceAccount;
        if (typeof data34 !== "string") {
            const err45 = { instancePath: instancePath + "/targetServiceAccount", schemaPath: "#/properties/targetServiceAccount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.targetServiceAccount.type, parentSchema: schema14.properties.targetServiceAccount, data: data34 };
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
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
        vErrors = [err46];
    }
    else {
        vErrors.push(err46);
    }
    errors++;
} validate13.errors = vErrors; return errors === 0; }
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(validate13(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData }))) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} validate16.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/mcpcop/mcpcop/raw/main/schemas/gemini-extension.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
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
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data1 = data.name;
        if (typeof data1 === "string") {
            if (!pattern0.test(data1)) {
                const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9-]+$" + "\"", schema: "^[a-zA-Z0-9-]+$", parentSchema: schema11.properties.name, data: data1 };
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
            const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.name.type, parentSchema: schema11.properties.name, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data2 = data.version;
        if (typeof data2 === "string") {
            if (func2(data2) < 1) {
                const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.version, data: data2 };
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
            const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data2 };
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
        if (typeof data3 !== "string") {
            const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.description.type, parentSchema: schema11.properties.description, data: data3 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.mcpServers !== undefined) {
        if (!(validate16(data.mcpServers, { instancePath: instancePath + "/mcpServers", parentData: data, parentDataProperty: "mcpServers", rootData }))) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
        }
    }
    if (data.contextFileName !== undefined) {
        let data5 = data.contextFileName;
        if ((typeof data5 !== "string") && (!(Array.isArray(data5)))) {
            const err8 = { instancePath: instancePath + "/contextFileName", schemaPath: "#/properties/contextFileName/type", keyword: "type", params: { type: schema11.properties.contextFileName.type }, message: "must be string,array", schema: schema11.properties.contextFileName.type, parentSchema: schema11.properties.contextFileName, data: data5 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data6 = data5[i0];
                if (typeof data6 !== "string") {
                    const err9 = { instancePath: instancePath + "/contextFileName/" + i0, schemaPath: "#/properties/contextFileName/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.contextFileName.items.type, parentSchema: schema11.properties.contextFileName.items, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.excludeTools !== undefined) {
        let data7 = data.excludeTools;
        if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data8 = data7[i1];
                if (typeof data8 !== "string") {
                    const err10 = { instancePath: instancePath + "/excludeTools/" + i1, schemaPath: "#/properties/excludeTools/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.excludeTools.items.type, parentSchema: schema11.properties.excludeTools.items, data: data8 };
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
            const err11 = { instancePath: instancePath + "/excludeTools", schemaPath: "#/properties/excludeTools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.excludeTools.type, parentSchema: schema11.properties.excludeTools, data: data7 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.settings !== undefined) {
        let data9 = data.settings;
        if (Array.isArray(data9)) {
            const len2 = data9.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data10 = data9[i2];
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.name === undefined) {
                        const err12 = { instancePath: instancePath + "/settings/" + i2, schemaPath: "#/properties/settings/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema11.properties.settings.items.required, parentSchema: schema11.properties.settings.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    if (data10.envVar === undefined) {
                        const err13 = { instancePath: instancePath + "/settings/" + i2, schemaPath: "#/properties/settings/items/required", keyword: "required", params: { missingProperty: "envVar" }, message: "must have required property '" + "envVar" + "'", schema: schema11.properties.settings.items.required, parentSchema: schema11.properties.settings.items, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    if (data10.name !== undefined) {
                        let data11 = data10.name;
                        if (typeof data11 !== "string") {
                            const err14 = { instancePath: instancePath + "/settings/" + i2 + "/name", schemaPath: "#/properties/settings/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.settings.items.properties.name.type, parentSchema: schema11.properties.settings.items.properties.name, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    if (data10.description !== undefined) {
                        let data12 = data10.description;
                        if (typeof data12 !== "string") {
                            const err15 = { instancePath: instancePath + "/settings/" + i2 + "/description", schemaPath: "#/properties/settings/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.settings.items.properties.description.type, parentSchema: schema11.properties.settings.items.properties.description, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data10.envVar !== undefined) {
                        let data13 = data10.envVar;
                        if (typeof data13 !== "string") {
                            const err16 = { instancePath: instancePath + "/settings/" + i2 + "/envVar", schemaPath: "#/properties/settings/items/properties/envVar/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.settings.items.properties.envVar.type, parentSchema: schema11.properties.settings.items.properties.envVar, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data10.sensitive !== undefined) {
                        let data14 = data10.sensitive;
                        if (typeof data14 !== "boolean") {
                            const err17 = { instancePath: instancePath + "/settings/" + i2 + "/sensitive", schemaPath: "#/properties/settings/items/properties/sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.settings.items.properties.sensitive.type, parentSchema: schema11.properties.settings.items.properties.sensitive, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err18 = { instancePath: instancePath + "/settings/" + i2, schemaPath: "#/properties/settings/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.settings.items.type, parentSchema: schema11.properties.settings.items, data: data10 };
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
            const err19 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.settings.type, parentSchema: schema11.properties.settings, data: data9 };
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
else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err20];
    }
    else {
        vErrors.push(err20);
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
