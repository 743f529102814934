export const id = 4547;
export const ids = [4547];
export const modules = {

/***/ 4547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });

const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mcpcop/mcpcop/raw/main/schemas/claude-settings.schema.json", "type": "object", "properties": { "enableAllProjectMcpServers": { "type": "boolean" }, "enabledMcpjsonServers": { "$ref": "#/definitions/serverNames" }, "disabledMcpjsonServers": { "$ref": "#/definitions/serverNames" }, "allowedMcpServers": { "$ref": "#/definitions/serverMatchers" }, "deniedMcpServers": { "$ref": "#/definitions/serverMatchers" } }, "definitions": { "serverNames": { "type": "array", "items": { "type": "string" } }, "serverMatchers": { "type": "array", "items": { "$ref": "#/definitions/serverMatcher" } }, "serverMatcher": { "type": "object", "properties": { "serverName": { "type": "string", "pattern": "^[a-zA-Z0-9_-]+$", "errorMessage": "a server name holds only letters, digits, \"_\" and \"-\"" }, "serverCommand": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "serverUrl": { "type": "string" } }, "additionalProperties": false, "if": { "anyOf": [{ "required": ["serverName"] }, { "required": ["serverCommand"] }, { "required": ["serverUrl"] }] }, "else": { "required": ["serverName"], "errorMessage": "each entry matches servers by one of \"serverName\", \"serverCommand\" (an array: the command and its arguments) or \"serverUrl\"" } } } };
const schema12 = { "type": "array", "items": { "type": "string" } };
const schema14 = { "type": "array", "items": { "$ref": "#/definitions/serverMatcher" } };
const schema15 = { "type": "object", "properties": { "serverName": { "type": "string", "pattern": "^[a-zA-Z0-9_-]+$", "errorMessage": "a server name holds only letters, digits, \"_\" and \"-\"" }, "serverCommand": { "type": "array", "minItems": 1, "items": { "type": "string" } }, "serverUrl": { "type": "string" } }, "additionalProperties": false, "if": { "anyOf": [{ "required": ["serverName"] }, { "required": ["serverCommand"] }, { "required": ["serverUrl"] }] }, "else": { "required": ["serverName"], "errorMessage": "each entry matches servers by one of \"serverName\", \"serverCommand\" (an array: the command and its arguments) or \"serverUrl\"" } };
const pattern0 = new RegExp("^[a-zA-Z0-9_-]+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs4 = errors;
        let valid3 = true;
        const _errs5 = errors;
        const _errs6 = errors;
        let valid4 = false;
        const _errs7 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            let missing0;
            if ((data0.serverName === undefined) && (missing0 = "serverName")) {
                const err0 = {};
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        var _valid1 = _errs7 === errors;
        valid4 = valid4 || _valid1;
        if (!valid4) {
            const _errs8 = errors;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing1;
                if ((data0.serverCommand === undefined) && (missing1 = "serverCommand")) {
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
            var _valid1 = _errs8 === errors;
            valid4 = valid4 || _valid1;
            if (!valid4) {
                const _errs9 = errors;
                if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                    let missing2;
                    if ((data0.serverUrl === undefined) && (missing2 = "serverUrl")) {
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
                var _valid1 = _errs9 === errors;
                valid4 = valid4 || _valid1;
            }
        }
        if (!valid4) {
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
            errors = _errs6;
            if (vErrors !== null) {
                if (_errs6) {
                    vErrors.length = _errs6;
                }
                else {
                    vErrors = null;
                }
            }
        }
        var _valid0 = _errs5 === errors;
        errors = _errs4;
        if (vErrors !== null) {
            if (_errs4) {
                vErrors.length = _errs4;
            }
            else {
                vErrors = null;
            }
        }
        if (!_valid0) {
            const _errs10 = errors;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                if (data0.serverName === undefined) {
                    const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/serverMatcher/else/required", keyword: "required", params: { missingProperty: "serverName" }, message: "must have required property '" + "serverName" + "'", parentSchema: schema15.else, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            var _valid0 = _errs10 === errors;
            valid3 = _valid0;
        }
        if (!valid3) {
            const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/serverMatcher/if", keyword: "if", params: { failingKeyword: "else" }, message: "must match \"else\" schema", parentSchema: schema15, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key0 in data0) {
                if (!(((key0 === "serverName") || (key0 === "serverCommand")) || (key0 === "serverUrl"))) {
                    const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/serverMatcher/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            if (data0.serverName !== undefined) {
                let data1 = data0.serverName;
                if (typeof data1 === "string") {
                    if (!pattern0.test(data1)) {
                        const err7 = { instancePath: instancePath + "/" + i0 + "/serverName", schemaPath: "#/definitions/serverMatcher/properties/serverName/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9_-]+$" }, message: "must match pattern \"" + "^[a-zA-Z0-9_-]+$" + "\"", parentSchema: schema15.properties.serverName, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                else {
                    const err8 = { instancePath: instancePath + "/" + i0 + "/serverName", schemaPath: "#/definitions/serverMatcher/properties/serverName/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema15.properties.serverName, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            if (data0.serverCommand !== undefined) {
                let data2 = data0.serverCommand;
                if (Array.isArray(data2)) {
                    if (data2.length < 1) {
                        const err9 = { instancePath: instancePath + "/" + i0 + "/serverCommand", schemaPath: "#/definitions/serverMatcher/properties/serverCommand/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", parentSchema: schema15.properties.serverCommand, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    const len1 = data2.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data3 = data2[i1];
                        if (typeof data3 !== "string") {
                            const err10 = { instancePath: instancePath + "/" + i0 + "/serverCommand/" + i1, schemaPath: "#/definitions/serverMatcher/properties/serverCommand/items/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema15.properties.serverCommand.items, data: data3 };
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
                    const err11 = { instancePath: instancePath + "/" + i0 + "/serverCommand", schemaPath: "#/definitions/serverMatcher/properties/serverCommand/type", keyword: "type", params: { type: "array" }, message: "must be array", parentSchema: schema15.properties.serverCommand, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data0.serverUrl !== undefined) {
                let data4 = data0.serverUrl;
                if (typeof data4 !== "string") {
                    const err12 = { instancePath: instancePath + "/" + i0 + "/serverUrl", schemaPath: "#/definitions/serverMatcher/properties/serverUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema15.properties.serverUrl, data: data4 };
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
            const err13 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/serverMatcher/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema15, data: data0 };
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
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", parentSchema: schema14, data };
    if (vErrors === null) {
        vErrors = [err14];
    }
    else {
        vErrors.push(err14);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/mcpcop/mcpcop/raw/main/schemas/claude-settings.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.enableAllProjectMcpServers !== undefined) {
        let data0 = data.enableAllProjectMcpServers;
        if (typeof data0 !== "boolean") {
            const err0 = { instancePath: instancePath + "/enableAllProjectMcpServers", schemaPath: "#/properties/enableAllProjectMcpServers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", parentSchema: schema11.properties.enableAllProjectMcpServers, data: data0 };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.enabledMcpjsonServers !== undefined) {
        let data1 = data.enabledMcpjsonServers;
        if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 !== "string") {
                    const err1 = { instancePath: instancePath + "/enabledMcpjsonServers/" + i0, schemaPath: "#/definitions/serverNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema12.items, data: data2 };
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
            const err2 = { instancePath: instancePath + "/enabledMcpjsonServers", schemaPath: "#/definitions/serverNames/type", keyword: "type", params: { type: "array" }, message: "must be array", parentSchema: schema12, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.disabledMcpjsonServers !== undefined) {
        let data3 = data.disabledMcpjsonServers;
        if (Array.isArray(data3)) {
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data4 = data3[i1];
                if (typeof data4 !== "string") {
                    const err3 = { instancePath: instancePath + "/disabledMcpjsonServers/" + i1, schemaPath: "#/definitions/serverNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema12.items, data: data4 };
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
            const err4 = { instancePath: instancePath + "/disabledMcpjsonServers", schemaPath: "#/definitions/serverNames/type", keyword: "type", params: { type: "array" }, message: "must be array", parentSchema: schema12, data: data3 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.allowedMcpServers !== undefined) {
        if (!(validate11(data.allowedMcpServers, { instancePath: instancePath + "/allowedMcpServers", parentData: data, parentDataProperty: "allowedMcpServers", rootData }))) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
        }
    }
    if (data.deniedMcpServers !== undefined) {
        if (!(validate11(data.deniedMcpServers, { instancePath: instancePath + "/deniedMcpServers", parentData: data, parentDataProperty: "deniedMcpServers", rootData }))) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err5];
    }
    else {
        vErrors.push(err5);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }


/***/ })

};
