export const id = 6964;
export const ids = [6964];
export const modules = {

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8039);

"use strict";
const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mcpcop/mcpcop/raw/main/schemas/mcpcop-config.schema.json", "type": "object", "properties": { "$schema": { "type": "string" }, "preset": { "enum": ["recommended", "strict"] }, "rules": { "type": "object", "additionalProperties": { "enum": ["off", "error", "warning", "notice"] } }, "ignore": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "ignoreServers": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "suppressions": { "type": "array", "items": { "type": "object", "properties": { "rule": { "type": "string", "minLength": 1 }, "file": { "type": "string", "minLength": 1 }, "server": { "type": "string", "minLength": 1 }, "reason": { "type": "string", "minLength": 1, "pattern": "\\S" }, "until": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } }, "required": ["rule", "reason"], "anyOf": [{ "required": ["file"] }, { "required": ["server"] }], "additionalProperties": false } }, "lock": { "type": "object", "properties": { "path": { "type": "string", "minLength": 1 }, "changes": { "type": "object", "properties": { "added": { "enum": ["off", "error", "warning", "notice"] }, "removed": { "enum": ["off", "error", "warning", "notice"] }, "changed": { "enum": ["off", "error", "warning", "notice"] }, "new-server": { "enum": ["off", "error", "warning", "notice"] }, "stale-server": { "enum": ["off", "error", "warning", "notice"] }, "unverified": { "enum": ["off", "error", "warning", "notice"] }, "server-version": { "enum": ["off", "error", "warning", "notice"] } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false };
const func2 = _runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .ucs2length */ .K;
const pattern0 = new RegExp("\\S", "u");
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/mcpcop/mcpcop/raw/main/schemas/mcpcop-config.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((((((key0 === "$schema") || (key0 === "preset")) || (key0 === "rules")) || (key0 === "ignore")) || (key0 === "ignoreServers")) || (key0 === "suppressions")) || (key0 === "lock"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.preset !== undefined) {
        let data1 = data.preset;
        if (!((data1 === "recommended") || (data1 === "strict"))) {
            const err2 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema11.properties.preset.enum }, message: "must be equal to one of the allowed values", parentSchema: schema11.properties.preset, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.rules !== undefined) {
        let data2 = data.rules;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                let data3 = data2[key1];
                if (!((((data3 === "off") || (data3 === "error")) || (data3 === "warning")) || (data3 === "notice"))) {
                    const err3 = { instancePath: instancePath + "/rules/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", parentSchema: schema11.properties.rules.additionalProperties, data: data3 };
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
            const err4 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema11.properties.rules, data: data2 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.ignore !== undefined) {
        let data4 = data.ignore;
        if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data5 = data4[i0];
                if (typeof data5 === "string") {
                    if (func2(data5) < 1) {
                        const err5 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", parentSchema: schema11.properties.ignore.items, data: data5 };
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
                    const err6 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.ignore.items, data: data5 };
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
            const err7 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", parentSchema: schema11.properties.ignore, data: data4 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.ignoreServers !== undefined) {
        let data6 = data.ignoreServers;
        if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data7 = data6[i1];
                if (typeof data7 === "string") {
                    if (func2(data7) < 1) {
                        const err8 = { instancePath: instancePath + "/ignoreServers/" + i1, schemaPath: "#/properties/ignoreServers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", parentSchema: schema11.properties.ignoreServers.items, data: data7 };
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
                    const err9 = { instancePath: instancePath + "/ignoreServers/" + i1, schemaPath: "#/properties/ignoreServers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.ignoreServers.items, data: data7 };
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
        else {
            const err10 = { instancePath: instancePath + "/ignoreServers", schemaPath: "#/properties/ignoreServers/type", keyword: "type", params: { type: "array" }, message: "must be array", parentSchema: schema11.properties.ignoreServers, data: data6 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.suppressions !== undefined) {
        let data8 = data.suppressions;
        if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data9 = data8[i2];
                const _errs21 = errors;
                let valid8 = false;
                const _errs22 = errors;
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.file === undefined) {
                        const err11 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/properties/suppressions/items/anyOf/0/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property '" + "file" + "'", parentSchema: schema11.properties.suppressions.items.anyOf[0], data: data9 };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                var _valid0 = _errs22 === errors;
                valid8 = valid8 || _valid0;
                if (!valid8) {
                    const _errs23 = errors;
                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                        if (data9.server === undefined) {
                            const err12 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/properties/suppressions/items/anyOf/1/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property '" + "server" + "'", parentSchema: schema11.properties.suppressions.items.anyOf[1], data: data9 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs23 === errors;
                    valid8 = valid8 || _valid0;
                }
                if (!valid8) {
                    const err13 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/properties/suppressions/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", parentSchema: schema11.properties.suppressions.items, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
                else {
                    errors = _errs21;
                    if (vErrors !== null) {
                        if (_errs21) {
                            vErrors.length = _errs21;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.rule === undefined) {
                        const err14 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'", parentSchema: schema11.properties.suppressions.items, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    if (data9.reason === undefined) {
                        const err15 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", parentSchema: schema11.properties.suppressions.items, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    for (const key2 in data9) {
                        if (!(((((key2 === "rule") || (key2 === "file")) || (key2 === "server")) || (key2 === "reason")) || (key2 === "until"))) {
                            const err16 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/properties/suppressions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", parentSchema: schema11.properties.suppressions.items, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data9.rule !== undefined) {
                        let data10 = data9.rule;
                        if (typeof data10 === "string") {
                            if (func2(data10) < 1) {
                                const err17 = { instancePath: instancePath + "/suppressions/" + i2 + "/rule", schemaPath: "#/properties/suppressions/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", parentSchema: schema11.properties.suppressions.items.properties.rule, data: data10 };
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
                            const err18 = { instancePath: instancePath + "/suppressions/" + i2 + "/rule", schemaPath: "#/properties/suppressions/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.suppressions.items.properties.rule, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data9.file !== undefined) {
                        let data11 = data9.file;
                        if (typeof data11 === "string") {
                            if (func2(data11) < 1) {
                                const err19 = { instancePath: instancePath + "/suppressions/" + i2 + "/file", schemaPath: "#/properties/suppressions/items/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", parentSchema: schema11.properties.suppressions.items.properties.file, data: data11 };
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
                            const err20 = { instancePath: instancePath + "/suppressions/" + i2 + "/file", schemaPath: "#/properties/suppressions/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.suppressions.items.properties.file, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    if (data9.server !== undefined) {
                        let data12 = data9.server;
                        if (typeof data12 === "string") {
                            if (func2(data12) < 1) {
                                const err21 = { instancePath: instancePath + "/suppressions/" + i2 + "/server", schemaPath: "#/properties/suppressions/items/properties/server/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", parentSchema: schema11.properties.suppressions.items.properties.server, data: data12 };
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
                            const err22 = { instancePath: instancePath + "/suppressions/" + i2 + "/server", schemaPath: "#/properties/suppressions/items/properties/server/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.suppressions.items.properties.server, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    if (data9.reason !== undefined) {
                        let data13 = data9.reason;
                        if (typeof data13 === "string") {
                            if (func2(data13) < 1) {
                                const err23 = { instancePath: instancePath + "/suppressions/" + i2 + "/reason", schemaPath: "#/properties/suppressions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", parentSchema: schema11.properties.suppressions.items.properties.reason, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                            if (!pattern0.test(data13)) {
                                const err24 = { instancePath: instancePath + "/suppressions/" + i2 + "/reason", schemaPath: "#/properties/suppressions/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", parentSchema: schema11.properties.suppressions.items.properties.reason, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err25 = { instancePath: instancePath + "/suppressions/" + i2 + "/reason", schemaPath: "#/properties/suppressions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.suppressions.items.properties.reason, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                    if (data9.until !== undefined) {
                        let data14 = data9.until;
                        if (typeof data14 === "string") {
                            if (!pattern1.test(data14)) {
                                const err26 = { instancePath: instancePath + "/suppressions/" + i2 + "/until", schemaPath: "#/properties/suppressions/items/properties/until/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: "must match pattern \"" + "^\\d{4}-\\d{2}-\\d{2}$" + "\"", parentSchema: schema11.properties.suppressions.items.properties.until, data: data14 };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err27 = { instancePath: instancePath + "/suppressions/" + i2 + "/until", schemaPath: "#/properties/suppressions/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.suppressions.items.properties.until, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err28 = { instancePath: instancePath + "/suppressions/" + i2, schemaPath: "#/properties/suppressions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema11.properties.suppressions.items, data: data9 };
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
            const err29 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/type", keyword: "type", params: { type: "array" }, message: "must be array", parentSchema: schema11.properties.suppressions, data: data8 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
    }
    if (data.lock !== undefined) {
        let data15 = data.lock;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key3 in data15) {
                if (!((key3 === "path") || (key3 === "changes"))) {
                    const err30 = { instancePath: instancePath + "/lock", schemaPath: "#/properties/lock/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", parentSchema: schema11.properties.lock, data: data15 };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
            if (data15.path !== undefined) {
                let data16 = data15.path;
                if (typeof data16 === "string") {
                    if (func2(data16) < 1) {
                        const err31 = { instancePath: instancePath + "/lock/path", schemaPath: "#/properties/lock/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", parentSchema: schema11.properties.lock.properties.path, data: data16 };
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
                    const err32 = { instancePath: instancePath + "/lock/path", schemaPath: "#/properties/lock/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.lock.properties.path, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            if (data15.changes !== undefined) {
                let data17 = data15.changes;
                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    for (const key4 in data17) {
                        if (!(((((((key4 === "added") || (key4 === "removed")) || (key4 === "changed")) || (key4 === "new-server")) || (key4 === "stale-server")) || (key4 === "unverified")) || (key4 === "server-version"))) {
                            const err33 = { instancePath: instancePath + "/lock/changes", schemaPath: "#/properties/lock/properties/changes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", parentSchema: schema11.properties.lock.properties.changes, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                    if (data17.added !== undefined) {
                        let data18 = data17.added;
                        if (!((((data18 === "off") || (data18 === "error")) || (data18 === "warning")) || (data18 === "notice"))) {
                            const err34 = { instancePath: instancePath + "/lock/changes/added", schemaPath: "#/properties/lock/properties/changes/properties/added/enum", keyword: "enum", params: { allowedValues: schema11.properties.lock.properties.changes.properties.added.enum }, message: "must be equal to one of the allowed values", parentSchema: schema11.properties.lock.properties.changes.properties.added, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    if (data17.removed !== undefined) {
                        let data19 = data17.removed;
                        if (!((((data19 === "off") || (data19 === "error")) || (data19 === "warning")) || (data19 === "notice"))) {
                            const err35 = { instancePath: instancePath + "/lock/changes/removed", schemaPath: "#/properties/lock/properties/changes/properties/removed/enum", keyword: "enum", params: { allowedValues: schema11.properties.lock.properties.changes.properties.removed.enum }, message: "must be equal to one of the allowed values", parentSchema: schema11.properties.lock.properties.changes.properties.removed, data: data19 };
                            if (vErrors === null) {
                                vErrors = [err35];
                            }
                            else {
                                vErrors.push(err35);
                            }
                            errors++;
                        }
                    }
                    if (data17.changed !== undefined) {
                        let data20 = data17.changed;
                        if (!((((data20 === "off") || (data20 === "error")) || (data20 === "warning")) || (data20 === "notice"))) {
                            const err36 = { instancePath: instancePath + "/lock/changes/changed", schemaPath: "#/properties/lock/properties/changes/properties/changed/enum", keyword: "enum", params: { allowedValues: schema11.properties.lock.properties.changes.properties.changed.enum }, message: "must be equal to one of the allowed values", parentSchema: schema11.properties.lock.properties.changes.properties.changed, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                        }
                    }
                    if (data17["new-server"] !== undefined) {
                        let data21 = data17["new-server"];
                        if (!((((data21 === "off") || (data21 === "error")) || (data21 === "warning")) || (data21 === "notice"))) {
                            const err37 = { instancePath: instancePath + "/lock/changes/new-server", schemaPath: "#/properties/lock/properties/changes/properties/new-server/enum", keyword: "enum", params: { allowedValues: schema11.properties.lock.properties.changes.properties["new-server"].enum }, message: "must be equal to one of the allowed values", parentSchema: schema11.properties.lock.properties.changes.properties["new-server"], data: data21 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                    if (data17["stale-server"] !== undefined) {
                        let data22 = data17["stale-server"];
                        if (!((((data22 === "off") || (data22 === "error")) || (data22 === "warning")) || (data22 === "notice"))) {
                            const err38 = { instancePath: instancePath + "/lock/changes/stale-server", schemaPath: "#/properties/lock/properties/changes/properties/stale-server/enum", keyword: "enum", params: { allowedValues: schema11.properties.lock.properties.changes.properties["stale-server"].enum }, message: "must be equal to one of the allowed values", parentSchema: schema11.properties.lock.properties.changes.properties["stale-server"], data: data22 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                    if (data17.unverified !== undefined) {
                        let data23 = data17.unverified;
                        if (!((((data23 === "off") || (data23 === "error")) || (data23 === "warning")) || (data23 === "notice"))) {
                            const err39 = { instancePath: instancePath + "/lock/changes/unverified", schemaPath: "#/properties/lock/properties/changes/properties/unverified/enum", keyword: "enum", params: { allowedValues: schema11.properties.lock.properties.changes.properties.unverified.enum }, message: "must be equal to one of the allowed values", parentSchema: schema11.properties.lock.properties.changes.properties.unverified, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                    }
                    if (data17["server-version"] !== undefined) {
                        let data24 = data17["server-version"];
                        if (!((((data24 === "off") || (data24 === "error")) || (data24 === "warning")) || (data24 === "notice"))) {
                            const err40 = { instancePath: instancePath + "/lock/changes/server-version", schemaPath: "#/properties/lock/properties/changes/properties/server-version/enum", keyword: "enum", params: { allowedValues: schema11.properties.lock.properties.changes.properties["server-version"].enum }, message: "must be equal to one of the allowed values", parentSchema: schema11.properties.lock.properties.changes.properties["server-version"], data: data24 };
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
                    const err41 = { instancePath: instancePath + "/lock/changes", schemaPath: "#/properties/lock/properties/changes/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema11.properties.lock.properties.changes, data: data17 };
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
            const err42 = { instancePath: instancePath + "/lock", schemaPath: "#/properties/lock/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema11.properties.lock, data: data15 };
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
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err43];
    }
    else {
        vErrors.push(err43);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }


/***/ })

};
