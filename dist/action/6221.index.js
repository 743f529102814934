export const id = 6221;
export const ids = [6221];
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

/***/ 6221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4603);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8039);
// Generated by scripts/compile-schemas.ts (npm run schemas) from the schema "devcontainer" (src/schema/sources.ts): do not edit.
// A test fails when this file is not what that script writes today.
// @ts-nocheck


"use strict";
const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mcpcop/mcpcop/raw/main/schemas/devcontainer.schema.json", "title": "Dev container (devcontainer.json) with VS Code MCP servers", "description": "The \"customizations.vscode.mcp\" part of a devcontainer.json ({ \"servers\", \"inputs\" }, the shape of .vscode/mcp.json). When VS Code creates the container it writes these servers into the container's user mcp.json, so they run inside the container: their commands must exist in the image. Only this part is checked; the rest of the file is the dev container's. See https://code.visualstudio.com/docs/copilot/customization/mcp-servers", "type": "object", "properties": { "customizations": { "type": "object", "properties": { "vscode": { "type": "object", "properties": { "mcp": { "type": "object", "properties": { "servers": { "$ref": "https://github.com/mcpcop/mcpcop/raw/main/schemas/vscode.schema.json#/definitions/servers" }, "inputs": { "$ref": "https://github.com/mcpcop/mcpcop/raw/main/schemas/vscode.schema.json#/definitions/inputs" }, "mcpServers": { "description": "Not read by VS Code; reported by the adapter with the fix (rename to \"servers\")." } }, "additionalProperties": false } } } } } } };
const schema13 = { "type": "object", "description": "Servers by name.", "additionalProperties": { "$ref": "#/definitions/server" }, "errorMessage": "VS Code reads \"servers\" as an object keyed by server name, e.g. { \"servers\": { \"github\": { \"type\": \"http\", \"url\": \"...\" } } }" };
const schema14 = { "type": "object", "description": "A server entry. Without \"type\", an entry with \"command\" is started over stdio and an entry with only \"url\" is a remote (HTTP) server.", "properties": { "type": { "enum": ["stdio", "http", "sse"], "description": "stdio starts a process; http tries Streamable HTTP and falls back to SSE; sse is the legacy transport.", "errorMessage": "\"stdio\" starts a command, \"http\" connects with Streamable HTTP (falling back to SSE), \"sse\" uses the legacy SSE transport" } }, "allOf": [{ "if": { "anyOf": [{ "required": ["type"], "properties": { "type": { "enum": ["http", "sse"] } } }, { "required": ["url"], "not": { "anyOf": [{ "required": ["type"] }, { "required": ["command"] }] } }] }, "then": { "allOf": [{ "$ref": "#/definitions/remoteServer" }, { "required": ["url"], "errorMessage": "a remote server (\"type\": \"http\" or \"sse\") needs the \"url\" VS Code connects to" }] } }, { "if": { "anyOf": [{ "required": ["type"], "properties": { "type": { "const": "stdio" } } }, { "not": { "required": ["type"] }, "anyOf": [{ "required": ["command"] }, { "not": { "required": ["url"] } }] }] }, "then": { "allOf": [{ "$ref": "#/definitions/stdioServer" }, { "required": ["command"], "errorMessage": "VS Code starts this server as a stdio process and needs the program to run; for a remote server give its \"url\" (and \"type\": \"http\")" }] } }] };
const schema15 = { "type": "object", "properties": { "type": { "enum": ["http", "sse"] }, "url": { "type": "string", "format": "mcp-url", "description": "Endpoint: http(s)://, or unix:///path.sock#/path and pipe:///name for local sockets and pipes." }, "headers": { "$ref": "#/definitions/stringMap" }, "oauth": { "type": "object", "properties": { "clientId": { "type": "string" } }, "additionalProperties": false }, "dev": { "$ref": "#/definitions/remoteDev" }, "version": { "type": "string" }, "gallery": { "type": ["boolean", "string"] } }, "additionalProperties": false };
const schema16 = { "type": "object", "additionalProperties": { "type": "string" } };
const formats0 = _formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .h["mcp-url"];
const schema17 = { "type": "object", "properties": { "watch": { "$ref": "#/definitions/watch" } }, "additionalProperties": false };
const schema18 = { "type": ["string", "array"], "items": { "type": "string" }, "description": "Glob pattern(s) relative to the workspace folder; the server restarts when they change." };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(key0 === "watch")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.watch !== undefined) {
        let data0 = data.watch;
        if ((typeof data0 !== "string") && (!(Array.isArray(data0)))) {
            const err1 = { instancePath: instancePath + "/watch", schemaPath: "#/definitions/watch/type", keyword: "type", params: { type: schema18.type }, message: "must be string,array", schema: schema18.type, parentSchema: schema18, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 !== "string") {
                    const err2 = { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/definitions/watch/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.items.type, parentSchema: schema18.items, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
        }
    }
}
else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} validate15.errors = vErrors; return errors === 0; }
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((((((key0 === "type") || (key0 === "url")) || (key0 === "headers")) || (key0 === "oauth")) || (key0 === "dev")) || (key0 === "version")) || (key0 === "gallery"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
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
        if (!((data0 === "http") || (data0 === "sse"))) {
            const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema15.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.type.enum, parentSchema: schema15.properties.type, data: data0 };
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
                const err2 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "mcp-url" }, message: "must match format \"" + "mcp-url" + "\"", schema: "mcp-url", parentSchema: schema15.properties.url, data: data1 };
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
            const err3 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.url.type, parentSchema: schema15.properties.url, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.headers !== undefined) {
        let data2 = data.headers;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                let data3 = data2[key1];
                if (typeof data3 !== "string") {
                    const err4 = { instancePath: instancePath + "/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.additionalProperties.type, parentSchema: schema16.additionalProperties, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/headers", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.oauth !== undefined) {
        let data4 = data.oauth;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
                if (!(key2 === "clientId")) {
                    const err6 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.oauth, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            if (data4.clientId !== undefined) {
                let data5 = data4.clientId;
                if (typeof data5 !== "string") {
                    const err7 = { instancePath: instancePath + "/oauth/clientId", schemaPath: "#/properties/oauth/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.oauth.properties.clientId.type, parentSchema: schema15.properties.oauth.properties.clientId, data: data5 };
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
            const err8 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.oauth.type, parentSchema: schema15.properties.oauth, data: data4 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.dev !== undefined) {
        if (!(validate15(data.dev, { instancePath: instancePath + "/dev", parentData: data, parentDataProperty: "dev", rootData }))) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
        }
    }
    if (data.version !== undefined) {
        let data7 = data.version;
        if (typeof data7 !== "string") {
            const err9 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.version.type, parentSchema: schema15.properties.version, data: data7 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.gallery !== undefined) {
        let data8 = data.gallery;
        if ((typeof data8 !== "boolean") && (typeof data8 !== "string")) {
            const err10 = { instancePath: instancePath + "/gallery", schemaPath: "#/properties/gallery/type", keyword: "type", params: { type: schema15.properties.gallery.type }, message: "must be boolean,string", schema: schema15.properties.gallery.type, parentSchema: schema15.properties.gallery, data: data8 };
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
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate14.errors = vErrors; return errors === 0; }
const schema19 = { "type": "object", "properties": { "type": { "const": "stdio" }, "command": { "type": "string", "minLength": 1, "description": "Program to start." }, "args": { "$ref": "#/definitions/stringList" }, "env": { "type": "object", "description": "Environment variables; null unsets one.", "additionalProperties": { "type": ["string", "number", "null"] } }, "envFile": { "type": "string", "description": "File of environment variables, e.g. ${workspaceFolder}/.env." }, "cwd": { "type": "string", "description": "Working directory; defaults to the workspace folder." }, "sandboxEnabled": { "type": "boolean", "description": "Run the server in a sandbox (macOS and Linux)." }, "sandbox": { "$ref": "#/definitions/sandbox" }, "dev": { "$ref": "#/definitions/stdioDev" }, "version": { "type": "string", "description": "Written by gallery installs." }, "gallery": { "type": ["boolean", "string"], "description": "Written by gallery installs." } }, "additionalProperties": false };
const schema20 = { "type": "array", "items": { "type": "string" } };
const func2 = Object.prototype.hasOwnProperty;
const func3 = _runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .ucs2length */ .K;
const schema21 = { "type": "object", "properties": { "filesystem": { "type": "object", "properties": { "allowWrite": { "$ref": "#/definitions/stringList" }, "denyRead": { "$ref": "#/definitions/stringList" }, "denyWrite": { "$ref": "#/definitions/stringList" } }, "additionalProperties": false }, "network": { "type": "object", "properties": { "allowedDomains": { "$ref": "#/definitions/stringList" }, "deniedDomains": { "$ref": "#/definitions/stringList" } }, "additionalProperties": false } }, "additionalProperties": false };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((key0 === "filesystem") || (key0 === "network"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.filesystem !== undefined) {
        let data0 = data.filesystem;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
                if (!(((key1 === "allowWrite") || (key1 === "denyRead")) || (key1 === "denyWrite"))) {
                    const err1 = { instancePath: instancePath + "/filesystem", schemaPath: "#/properties/filesystem/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21.properties.filesystem, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
            if (data0.allowWrite !== undefined) {
                let data1 = data0.allowWrite;
                if (Array.isArray(data1)) {
                    const len0 = data1.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data2 = data1[i0];
                        if (typeof data2 !== "string") {
                            const err2 = { instancePath: instancePath + "/filesystem/allowWrite/" + i0, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.items.type, parentSchema: schema20.items, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err3 = { instancePath: instancePath + "/filesystem/allowWrite", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.type, parentSchema: schema20, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data0.denyRead !== undefined) {
                let data3 = data0.denyRead;
                if (Array.isArray(data3)) {
                    const len1 = data3.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data4 = data3[i1];
                        if (typeof data4 !== "string") {
                            const err4 = { instancePath: instancePath + "/filesystem/denyRead/" + i1, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.items.type, parentSchema: schema20.items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/filesystem/denyRead", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.type, parentSchema: schema20, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            if (data0.denyWrite !== undefined) {
                let data5 = data0.denyWrite;
                if (Array.isArray(data5)) {
                    const len2 = data5.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data6 = data5[i2];
                        if (typeof data6 !== "string") {
                            const err6 = { instancePath: instancePath + "/filesystem/denyWrite/" + i2, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.items.type, parentSchema: schema20.items, data: data6 };
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
                    const err7 = { instancePath: instancePath + "/filesystem/denyWrite", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.type, parentSchema: schema20, data: data5 };
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
            const err8 = { instancePath: instancePath + "/filesystem", schemaPath: "#/properties/filesystem/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.filesystem.type, parentSchema: schema21.properties.filesystem, data: data0 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.network !== undefined) {
        let data7 = data.network;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key2 in data7) {
                if (!((key2 === "allowedDomains") || (key2 === "deniedDomains"))) {
                    const err9 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21.properties.network, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data7.allowedDomains !== undefined) {
                let data8 = data7.allowedDomains;
                if (Array.isArray(data8)) {
                    const len3 = data8.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                        let data9 = data8[i3];
                        if (typeof data9 !== "string") {
                            const err10 = { instancePath: instancePath + "/network/allowedDomains/" + i3, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.items.type, parentSchema: schema20.items, data: data9 };
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
                    const err11 = { instancePath: instancePath + "/network/allowedDomains", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.type, parentSchema: schema20, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data7.deniedDomains !== undefined) {
                let data10 = data7.deniedDomains;
                if (Array.isArray(data10)) {
                    const len4 = data10.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                        let data11 = data10[i4];
                        if (typeof data11 !== "string") {
                            const err12 = { instancePath: instancePath + "/network/deniedDomains/" + i4, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.items.type, parentSchema: schema20.items, data: data11 };
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
                    const err13 = { instancePath: instancePath + "/network/deniedDomains", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.type, parentSchema: schema20, data: data10 };
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
            const err14 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.properties.network.type, parentSchema: schema21.properties.network, data: data7 };
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
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
        vErrors = [err15];
    }
    else {
        vErrors.push(err15);
    }
    errors++;
} validate19.errors = vErrors; return errors === 0; }
const schema27 = { "type": "object", "properties": { "watch": { "$ref": "#/definitions/watch" }, "debug": { "type": "object", "properties": { "type": { "enum": ["node", "debugpy"] }, "debugpyPath": { "type": "string" } }, "required": ["type"], "additionalProperties": false } }, "additionalProperties": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((key0 === "watch") || (key0 === "debug"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.watch !== undefined) {
        let data0 = data.watch;
        if ((typeof data0 !== "string") && (!(Array.isArray(data0)))) {
            const err1 = { instancePath: instancePath + "/watch", schemaPath: "#/definitions/watch/type", keyword: "type", params: { type: schema18.type }, message: "must be string,array", schema: schema18.type, parentSchema: schema18, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (Array.isArray(data0)) {
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                if (typeof data1 !== "string") {
                    const err2 = { instancePath: instancePath + "/watch/" + i0, schemaPath: "#/definitions/watch/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.items.type, parentSchema: schema18.items, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.debug !== undefined) {
        let data2 = data.debug;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.type === undefined) {
                const err3 = { instancePath: instancePath + "/debug", schemaPath: "#/properties/debug/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema27.properties.debug.required, parentSchema: schema27.properties.debug, data: data2 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            for (const key1 in data2) {
                if (!((key1 === "type") || (key1 === "debugpyPath"))) {
                    const err4 = { instancePath: instancePath + "/debug", schemaPath: "#/properties/debug/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.debug, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            if (data2.type !== undefined) {
                let data3 = data2.type;
                if (!((data3 === "node") || (data3 === "debugpy"))) {
                    const err5 = { instancePath: instancePath + "/debug/type", schemaPath: "#/properties/debug/properties/type/enum", keyword: "enum", params: { allowedValues: schema27.properties.debug.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.debug.properties.type.enum, parentSchema: schema27.properties.debug.properties.type, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            if (data2.debugpyPath !== undefined) {
                let data4 = data2.debugpyPath;
                if (typeof data4 !== "string") {
                    const err6 = { instancePath: instancePath + "/debug/debugpyPath", schemaPath: "#/properties/debug/properties/debugpyPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.debug.properties.debugpyPath.type, parentSchema: schema27.properties.debug.properties.debugpyPath, data: data4 };
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
            const err7 = { instancePath: instancePath + "/debug", schemaPath: "#/properties/debug/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.debug.type, parentSchema: schema27.properties.debug, data: data2 };
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
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
        vErrors = [err8];
    }
    else {
        vErrors.push(err8);
    }
    errors++;
} validate21.errors = vErrors; return errors === 0; }
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(func2.call(schema19.properties, key0))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
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
        if ("stdio" !== data0) {
            const err1 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "stdio" }, message: "must be equal to constant", schema: "stdio", parentSchema: schema19.properties.type, data: data0 };
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
        if (typeof data1 === "string") {
            if (func3(data1) < 1) {
                const err2 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.command, data: data1 };
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
            const err3 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.command.type, parentSchema: schema19.properties.command, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.args !== undefined) {
        let data2 = data.args;
        if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data3 = data2[i0];
                if (typeof data3 !== "string") {
                    const err4 = { instancePath: instancePath + "/args/" + i0, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.items.type, parentSchema: schema20.items, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        else {
            const err5 = { instancePath: instancePath + "/args", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema20.type, parentSchema: schema20, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.env !== undefined) {
        let data4 = data.env;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key1 in data4) {
                let data5 = data4[key1];
                if (((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))) && (data5 !== null)) {
                    const err6 = { instancePath: instancePath + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/env/additionalProperties/type", keyword: "type", params: { type: schema19.properties.env.additionalProperties.type }, message: "must be string,number,null", schema: schema19.properties.env.additionalProperties.type, parentSchema: schema19.properties.env.additionalProperties, data: data5 };
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
            const err7 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.env.type, parentSchema: schema19.properties.env, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.envFile !== undefined) {
        let data6 = data.envFile;
        if (typeof data6 !== "string") {
            const err8 = { instancePath: instancePath + "/envFile", schemaPath: "#/properties/envFile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.envFile.type, parentSchema: schema19.properties.envFile, data: data6 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.cwd !== undefined) {
        let data7 = data.cwd;
        if (typeof data7 !== "string") {
            const err9 = { instancePath: instancePath + "/cwd", schemaPath: "#/properties/cwd/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.cwd.type, parentSchema: schema19.properties.cwd, data: data7 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.sandboxEnabled !== undefined) {
        let data8 = data.sandboxEnabled;
        if (typeof data8 !== "boolean") {
            const err10 = { instancePath: instancePath + "/sandboxEnabled", schemaPath: "#/properties/sandboxEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.sandboxEnabled.type, parentSchema: schema19.properties.sandboxEnabled, data: data8 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.sandbox !== undefined) {
        if (!(validate19(data.sandbox, { instancePath: instancePath + "/sandbox", parentData: data, parentDataProperty: "sandbox", rootData }))) {
            vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
            errors = vErrors.length;
        }
    }
    if (data.dev !== undefined) {
        if (!(validate21(data.dev, { instancePath: instancePath + "/dev", parentData: data, parentDataProperty: "dev", rootData }))) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
        }
    }
    if (data.version !== undefined) {
        let data11 = data.version;
        if (typeof data11 !== "string") {
            const err11 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.version.type, parentSchema: schema19.properties.version, data: data11 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.gallery !== undefined) {
        let data12 = data.gallery;
        if ((typeof data12 !== "boolean") && (typeof data12 !== "string")) {
            const err12 = { instancePath: instancePath + "/gallery", schemaPath: "#/properties/gallery/type", keyword: "type", params: { type: schema19.properties.gallery.type }, message: "must be boolean,string", schema: schema19.properties.gallery.type, parentSchema: schema19.properties.gallery, data: data12 };
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
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
        vErrors = [err13];
    }
    else {
        vErrors.push(err13);
    }
    errors++;
} validate18.errors = vErrors; return errors === 0; }
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs2 = errors; let valid1 = true; const _errs3 = errors; const _errs4 = errors; let valid2 = false; const _errs5 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
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
            let data0 = data.type;
            if (!((data0 === "http") || (data0 === "sse"))) {
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
} var _valid1 = _errs5 === errors; valid2 = valid2 || _valid1; if (!valid2) {
    const _errs7 = errors;
    const _errs8 = errors;
    const _errs9 = errors;
    const _errs10 = errors;
    let valid5 = false;
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.type === undefined) && (missing1 = "type")) {
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
    var _valid2 = _errs11 === errors;
    valid5 = valid5 || _valid2;
    if (!valid5) {
        const _errs12 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing2;
            if ((data.command === undefined) && (missing2 = "command")) {
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
        var _valid2 = _errs12 === errors;
        valid5 = valid5 || _valid2;
    }
    if (!valid5) {
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
        errors = _errs10;
        if (vErrors !== null) {
            if (_errs10) {
                vErrors.length = _errs10;
            }
            else {
                vErrors = null;
            }
        }
    }
    var valid4 = _errs9 === errors;
    if (valid4) {
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
        errors = _errs8;
        if (vErrors !== null) {
            if (_errs8) {
                vErrors.length = _errs8;
            }
            else {
                vErrors = null;
            }
        }
    }
    if (errors === _errs7) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing3;
            if ((data.url === undefined) && (missing3 = "url")) {
                const err6 = {};
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
    var _valid1 = _errs7 === errors;
    valid2 = valid2 || _valid1;
} if (!valid2) {
    const err7 = {};
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
}
else {
    errors = _errs4;
    if (vErrors !== null) {
        if (_errs4) {
            vErrors.length = _errs4;
        }
        else {
            vErrors = null;
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
    const _errs13 = errors;
    if (!(validate14(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.url === undefined) {
            const err8 = { instancePath, schemaPath: "#/allOf/0/then/allOf/1/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property '" + "url" + "'", schema: schema14.allOf[0].then.allOf[1].required, parentSchema: schema14.allOf[0].then.allOf[1], data };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    var _valid0 = _errs13 === errors;
    valid1 = _valid0;
} if (!valid1) {
    const err9 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema14.allOf[0].if, parentSchema: schema14.allOf[0], data };
    if (vErrors === null) {
        vErrors = [err9];
    }
    else {
        vErrors.push(err9);
    }
    errors++;
} const _errs18 = errors; let valid7 = true; const _errs19 = errors; const _errs20 = errors; let valid8 = false; const _errs21 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing4;
    if ((data.type === undefined) && (missing4 = "type")) {
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
        if (data.type !== undefined) {
            if ("stdio" !== data.type) {
                const err11 = {};
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
} var _valid4 = _errs21 === errors; valid8 = valid8 || _valid4; if (!valid8) {
    const _errs23 = errors;
    const _errs24 = errors;
    const _errs25 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing5;
        if ((data.type === undefined) && (missing5 = "type")) {
            const err12 = {};
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    var valid10 = _errs25 === errors;
    if (valid10) {
        const err13 = {};
        if (vErrors === null) {
            vErrors = [err13];
        }
        else {
            vErrors.push(err13);
        }
        errors++;
    }
    else {
        errors = _errs24;
        if (vErrors !== null) {
            if (_errs24) {
                vErrors.length = _errs24;
            }
            else {
                vErrors = null;
            }
        }
        const _errs26 = errors;
        let valid11 = false;
        const _errs27 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing6;
            if ((data.command === undefined) && (missing6 = "command")) {
                const err14 = {};
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        var _valid5 = _errs27 === errors;
        valid11 = valid11 || _valid5;
        if (!valid11) {
            const _errs28 = errors;
            const _errs29 = errors;
            const _errs30 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing7;
                if ((data.url === undefined) && (missing7 = "url")) {
                    const err15 = {};
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            var valid12 = _errs30 === errors;
            if (valid12) {
                const err16 = {};
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            else {
                errors = _errs29;
                if (vErrors !== null) {
                    if (_errs29) {
                        vErrors.length = _errs29;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
            var _valid5 = _errs28 === errors;
            valid11 = valid11 || _valid5;
        }
        if (!valid11) {
            const err17 = {};
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        else {
            errors = _errs26;
            if (vErrors !== null) {
                if (_errs26) {
                    vErrors.length = _errs26;
                }
                else {
                    vErrors = null;
                }
            }
        }
    }
    var _valid4 = _errs23 === errors;
    valid8 = valid8 || _valid4;
} if (!valid8) {
    const err18 = {};
    if (vErrors === null) {
        vErrors = [err18];
    }
    else {
        vErrors.push(err18);
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
} var _valid3 = _errs19 === errors; errors = _errs18; if (vErrors !== null) {
    if (_errs18) {
        vErrors.length = _errs18;
    }
    else {
        vErrors = null;
    }
} if (_valid3) {
    const _errs31 = errors;
    if (!(validate18(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.command === undefined) {
            const err19 = { instancePath, schemaPath: "#/allOf/1/then/allOf/1/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'", schema: schema14.allOf[1].then.allOf[1].required, parentSchema: schema14.allOf[1].then.allOf[1], data };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    var _valid3 = _errs31 === errors;
    valid7 = _valid3;
} if (!valid7) {
    const err20 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema14.allOf[1].if, parentSchema: schema14.allOf[1], data };
    if (vErrors === null) {
        vErrors = [err20];
    }
    else {
        vErrors.push(err20);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== undefined) {
        let data2 = data.type;
        if (!(((data2 === "stdio") || (data2 === "http")) || (data2 === "sse"))) {
            const err21 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema14.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.type.enum, parentSchema: schema14.properties.type, data: data2 };
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
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
        vErrors = [err22];
    }
    else {
        vErrors.push(err22);
    }
    errors++;
} validate13.errors = vErrors; return errors === 0; }
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
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
} validate30.errors = vErrors; return errors === 0; }
const schema29 = { "type": "array", "description": "Values VS Code asks for when a server starts, referenced as ${input:id}.", "items": { "$ref": "#/definitions/input" } };
const schema30 = { "type": "object", "properties": { "type": { "enum": ["promptString", "pickString", "command"] } }, "required": ["id", "type"], "errorMessage": "an input needs an \"id\" (used as ${input:id}) and a \"type\"", "allOf": [{ "if": { "properties": { "type": { "const": "promptString" } }, "required": ["type"] }, "then": { "allOf": [{ "$ref": "#/definitions/promptStringInput" }, { "required": ["description"], "errorMessage": "VS Code refuses to prompt for a \"promptString\" input without a \"description\"" }] } }, { "if": { "properties": { "type": { "const": "pickString" } }, "required": ["type"] }, "then": { "allOf": [{ "$ref": "#/definitions/pickStringInput" }, { "required": ["description", "options"], "errorMessage": "a \"pickString\" input needs a \"description\" and the \"options\" to pick from" }] } }, { "if": { "properties": { "type": { "const": "command" } }, "required": ["type"] }, "then": { "allOf": [{ "$ref": "#/definitions/commandInput" }, { "required": ["command"], "errorMessage": "a \"command\" input needs the id of the VS Code \"command\" to run" }] } }] };
const schema31 = { "type": "object", "properties": { "id": { "type": "string" }, "type": { "const": "promptString" }, "description": { "type": "string" }, "default": { "type": "string" }, "password": { "type": "boolean", "description": "Hide what is typed; use it for secrets." } }, "additionalProperties": false };
const schema32 = { "type": "object", "properties": { "id": { "type": "string" }, "type": { "const": "pickString" }, "description": { "type": "string" }, "default": { "type": "string" }, "options": { "type": "array", "items": { "type": ["string", "object"], "properties": { "label": { "type": "string" }, "value": { "type": "string" } }, "required": ["value"], "additionalProperties": false } } }, "additionalProperties": false };
const schema33 = { "type": "object", "properties": { "id": { "type": "string" }, "type": { "const": "command" }, "command": { "type": "string" }, "args": { "type": ["object", "array", "string"] } }, "additionalProperties": false };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs2 = errors; let valid1 = true; const _errs3 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
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
            if ("promptString" !== data.type) {
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
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(((((key0 === "id") || (key0 === "type")) || (key0 === "description")) || (key0 === "default")) || (key0 === "password"))) {
                const err2 = { instancePath, schemaPath: "#/definitions/promptStringInput/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data1 = data.id;
            if (typeof data1 !== "string") {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/promptStringInput/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.id.type, parentSchema: schema31.properties.id, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data2 = data.type;
            if ("promptString" !== data2) {
                const err4 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/promptStringInput/properties/type/const", keyword: "const", params: { allowedValue: "promptString" }, message: "must be equal to constant", schema: "promptString", parentSchema: schema31.properties.type, data: data2 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data3 = data.description;
            if (typeof data3 !== "string") {
                const err5 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/promptStringInput/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data3 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.default !== undefined) {
            let data4 = data.default;
            if (typeof data4 !== "string") {
                const err6 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/promptStringInput/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.default.type, parentSchema: schema31.properties.default, data: data4 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.password !== undefined) {
            let data5 = data.password;
            if (typeof data5 !== "boolean") {
                const err7 = { instancePath: instancePath + "/password", schemaPath: "#/definitions/promptStringInput/properties/password/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.password.type, parentSchema: schema31.properties.password, data: data5 };
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
        const err8 = { instancePath, schemaPath: "#/definitions/promptStringInput/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.description === undefined) {
            const err9 = { instancePath, schemaPath: "#/allOf/0/then/allOf/1/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'", schema: schema30.allOf[0].then.allOf[1].required, parentSchema: schema30.allOf[0].then.allOf[1], data };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
} if (!valid1) {
    const err10 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema30.allOf[0].if, parentSchema: schema30.allOf[0], data };
    if (vErrors === null) {
        vErrors = [err10];
    }
    else {
        vErrors.push(err10);
    }
    errors++;
} const _errs22 = errors; let valid6 = true; const _errs23 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if ((data.type === undefined) && (missing1 = "type")) {
        const err11 = {};
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    else {
        if (data.type !== undefined) {
            if ("pickString" !== data.type) {
                const err12 = {};
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
} var _valid1 = _errs23 === errors; errors = _errs22; if (vErrors !== null) {
    if (_errs22) {
        vErrors.length = _errs22;
    }
    else {
        vErrors = null;
    }
} if (_valid1) {
    const _errs25 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key1 in data) {
            if (!(((((key1 === "id") || (key1 === "type")) || (key1 === "description")) || (key1 === "default")) || (key1 === "options"))) {
                const err13 = { instancePath, schemaPath: "#/definitions/pickStringInput/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data7 = data.id;
            if (typeof data7 !== "string") {
                const err14 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/pickStringInput/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.id.type, parentSchema: schema32.properties.id, data: data7 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data8 = data.type;
            if ("pickString" !== data8) {
                const err15 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/pickStringInput/properties/type/const", keyword: "const", params: { allowedValue: "pickString" }, message: "must be equal to constant", schema: "pickString", parentSchema: schema32.properties.type, data: data8 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data9 = data.description;
            if (typeof data9 !== "string") {
                const err16 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/pickStringInput/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.description.type, parentSchema: schema32.properties.description, data: data9 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.default !== undefined) {
            let data10 = data.default;
            if (typeof data10 !== "string") {
                const err17 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/pickStringInput/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.default.type, parentSchema: schema32.properties.default, data: data10 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.options !== undefined) {
            let data11 = data.options;
            if (Array.isArray(data11)) {
                const len0 = data11.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data12 = data11[i0];
                    if ((typeof data12 !== "string") && (!(data12 && typeof data12 == "object" && !Array.isArray(data12)))) {
                        const err18 = { instancePath: instancePath + "/options/" + i0, schemaPath: "#/definitions/pickStringInput/properties/options/items/type", keyword: "type", params: { type: schema32.properties.options.items.type }, message: "must be string,object", schema: schema32.properties.options.items.type, parentSchema: schema32.properties.options.items, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                        if (data12.value === undefined) {
                            const err19 = { instancePath: instancePath + "/options/" + i0, schemaPath: "#/definitions/pickStringInput/properties/options/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'", schema: schema32.properties.options.items.required, parentSchema: schema32.properties.options.items, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                        for (const key2 in data12) {
                            if (!((key2 === "label") || (key2 === "value"))) {
                                const err20 = { instancePath: instancePath + "/options/" + i0, schemaPath: "#/definitions/pickStringInput/properties/options/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.properties.options.items, data: data12 };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        if (data12.label !== undefined) {
                            let data13 = data12.label;
                            if (typeof data13 !== "string") {
                                const err21 = { instancePath: instancePath + "/options/" + i0 + "/label", schemaPath: "#/definitions/pickStringInput/properties/options/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.options.items.properties.label.type, parentSchema: schema32.properties.options.items.properties.label, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                        }
                        if (data12.value !== undefined) {
                            let data14 = data12.value;
                            if (typeof data14 !== "string") {
                                const err22 = { instancePath: instancePath + "/options/" + i0 + "/value", schemaPath: "#/definitions/pickStringInput/properties/options/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.options.items.properties.value.type, parentSchema: schema32.properties.options.items.properties.value, data: data14 };
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
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/options", schemaPath: "#/definitions/pickStringInput/properties/options/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.properties.options.type, parentSchema: schema32.properties.options, data: data11 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    else {
        const err24 = { instancePath, schemaPath: "#/definitions/pickStringInput/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
            vErrors = [err24];
        }
        else {
            vErrors.push(err24);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.description === undefined) {
            const err25 = { instancePath, schemaPath: "#/allOf/1/then/allOf/1/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property '" + "description" + "'", schema: schema30.allOf[1].then.allOf[1].required, parentSchema: schema30.allOf[1].then.allOf[1], data };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
        if (data.options === undefined) {
            const err26 = { instancePath, schemaPath: "#/allOf/1/then/allOf/1/required", keyword: "required", params: { missingProperty: "options" }, message: "must have required property '" + "options" + "'", schema: schema30.allOf[1].then.allOf[1].required, parentSchema: schema30.allOf[1].then.allOf[1], data };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    var _valid1 = _errs25 === errors;
    valid6 = _valid1;
} if (!valid6) {
    const err27 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema30.allOf[1].if, parentSchema: schema30.allOf[1], data };
    if (vErrors === null) {
        vErrors = [err27];
    }
    else {
        vErrors.push(err27);
    }
    errors++;
} const _errs49 = errors; let valid14 = true; const _errs50 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if ((data.type === undefined) && (missing2 = "type")) {
        const err28 = {};
        if (vErrors === null) {
            vErrors = [err28];
        }
        else {
            vErrors.push(err28);
        }
        errors++;
    }
    else {
        if (data.type !== undefined) {
            if ("command" !== data.type) {
                const err29 = {};
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
} var _valid2 = _errs50 === errors; errors = _errs49; if (vErrors !== null) {
    if (_errs49) {
        vErrors.length = _errs49;
    }
    else {
        vErrors = null;
    }
} if (_valid2) {
    const _errs52 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key3 in data) {
            if (!((((key3 === "id") || (key3 === "type")) || (key3 === "command")) || (key3 === "args"))) {
                const err30 = { instancePath, schemaPath: "#/definitions/commandInput/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data16 = data.id;
            if (typeof data16 !== "string") {
                const err31 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/commandInput/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.id.type, parentSchema: schema33.properties.id, data: data16 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data17 = data.type;
            if ("command" !== data17) {
                const err32 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/commandInput/properties/type/const", keyword: "const", params: { allowedValue: "command" }, message: "must be equal to constant", schema: "command", parentSchema: schema33.properties.type, data: data17 };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.command !== undefined) {
            let data18 = data.command;
            if (typeof data18 !== "string") {
                const err33 = { instancePath: instancePath + "/command", schemaPath: "#/definitions/commandInput/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.command.type, parentSchema: schema33.properties.command, data: data18 };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.args !== undefined) {
            let data19 = data.args;
            if ((!data19 || typeof data19 != "object") && (typeof data19 !== "string")) {
                const err34 = { instancePath: instancePath + "/args", schemaPath: "#/definitions/commandInput/properties/args/type", keyword: "type", params: { type: schema33.properties.args.type }, message: "must be object,array,string", schema: schema33.properties.args.type, parentSchema: schema33.properties.args, data: data19 };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
    }
    else {
        const err35 = { instancePath, schemaPath: "#/definitions/commandInput/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
        if (vErrors === null) {
            vErrors = [err35];
        }
        else {
            vErrors.push(err35);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.command === undefined) {
            const err36 = { instancePath, schemaPath: "#/allOf/2/then/allOf/1/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'", schema: schema30.allOf[2].then.allOf[1].required, parentSchema: schema30.allOf[2].then.allOf[1], data };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
    var _valid2 = _errs52 === errors;
    valid14 = _valid2;
} if (!valid14) {
    const err37 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", schema: schema30.allOf[2].if, parentSchema: schema30.allOf[2], data };
    if (vErrors === null) {
        vErrors = [err37];
    }
    else {
        vErrors.push(err37);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
        const err38 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema30.required, parentSchema: schema30, data };
        if (vErrors === null) {
            vErrors = [err38];
        }
        else {
            vErrors.push(err38);
        }
        errors++;
    }
    if (data.type === undefined) {
        const err39 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'", schema: schema30.required, parentSchema: schema30, data };
        if (vErrors === null) {
            vErrors = [err39];
        }
        else {
            vErrors.push(err39);
        }
        errors++;
    }
    if (data.type !== undefined) {
        let data20 = data.type;
        if (!(((data20 === "promptString") || (data20 === "pickString")) || (data20 === "command"))) {
            const err40 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema30.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema30.properties.type.enum, parentSchema: schema30.properties.type, data: data20 };
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
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
        vErrors = [err41];
    }
    else {
        vErrors.push(err41);
    }
    errors++;
} validate27.errors = vErrors; return errors === 0; }
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        if (!(validate27(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
            vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} validate33.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/mcpcop/mcpcop/raw/main/schemas/devcontainer.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.customizations !== undefined) {
        let data0 = data.customizations;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.vscode !== undefined) {
                let data1 = data0.vscode;
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    if (data1.mcp !== undefined) {
                        let data2 = data1.mcp;
                        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                            for (const key0 in data2) {
                                if (!(((key0 === "servers") || (key0 === "inputs")) || (key0 === "mcpServers"))) {
                                    const err0 = { instancePath: instancePath + "/customizations/vscode/mcp", schemaPath: "#/properties/customizations/properties/vscode/properties/mcp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.customizations.properties.vscode.properties.mcp, data: data2 };
                                    if (vErrors === null) {
                                        vErrors = [err0];
                                    }
                                    else {
                                        vErrors.push(err0);
                                    }
                                    errors++;
                                }
                            }
                            if (data2.servers !== undefined) {
                                if (!(validate30(data2.servers, { instancePath: instancePath + "/customizations/vscode/mcp/servers", parentData: data2, parentDataProperty: "servers", rootData }))) {
                                    vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                    errors = vErrors.length;
                                }
                            }
                            if (data2.inputs !== undefined) {
                                if (!(validate33(data2.inputs, { instancePath: instancePath + "/customizations/vscode/mcp/inputs", parentData: data2, parentDataProperty: "inputs", rootData }))) {
                                    vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
                                    errors = vErrors.length;
                                }
                            }
                        }
                        else {
                            const err1 = { instancePath: instancePath + "/customizations/vscode/mcp", schemaPath: "#/properties/customizations/properties/vscode/properties/mcp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.customizations.properties.vscode.properties.mcp.type, parentSchema: schema11.properties.customizations.properties.vscode.properties.mcp, data: data2 };
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
                    const err2 = { instancePath: instancePath + "/customizations/vscode", schemaPath: "#/properties/customizations/properties/vscode/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.customizations.properties.vscode.type, parentSchema: schema11.properties.customizations.properties.vscode, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
        }
        else {
            const err3 = { instancePath: instancePath + "/customizations", schemaPath: "#/properties/customizations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.customizations.type, parentSchema: schema11.properties.customizations, data: data0 };
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
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
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
