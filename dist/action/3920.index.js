export const id = 3920;
export const ids = [3920];
export const modules = {

/***/ 3920:
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
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mcpcop/mcpcop/raw/main/schemas/junie.schema.json", "type": "object", "properties": { "$schema": { "type": "string" }, "mcpServers": { "type": "object", "additionalProperties": { "$ref": "#/definitions/server" }, "errorMessage": "Junie reads \"mcpServers\" as an object keyed by server name, e.g. { \"mcpServers\": { \"fetch\": { \"command\": \"uvx\", \"args\": [\"mcp-server-fetch\"] } } }" }, "servers": {} }, "additionalProperties": false, "if": { "not": { "required": ["servers"] } }, "then": { "required": ["mcpServers"], "errorMessage": "Junie reads servers only from the top-level \"mcpServers\" object" }, "definitions": { "stringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "server": { "type": "object", "properties": { "type": { "enum": ["stdio"], "errorMessage": "JetBrains documents only stdio servers for Junie; to reach a remote server, bridge it with \"command\": \"npx\", \"args\": [\"-y\", \"mcp-remote\", \"<url>\"]" }, "command": { "type": "string", "minLength": 1 }, "args": { "type": "array", "items": { "type": "string" } }, "env": { "$ref": "#/definitions/stringMap" } }, "additionalProperties": false, "if": { "required": ["type"], "properties": { "type": { "not": { "const": "stdio" } } } }, "else": { "if": { "required": ["url"] }, "then": { "required": ["command"], "errorMessage": "JetBrains documents only stdio servers for Junie, so an entry with a \"url\" has nothing to start; bridge the remote server with \"command\": \"npx\", \"args\": [\"-y\", \"mcp-remote\", \"<url>\"]" }, "else": { "required": ["command"], "errorMessage": "Junie starts every server as a local process and needs the program to run" } } } } };
const schema12 = { "type": "object", "properties": { "type": { "enum": ["stdio"], "errorMessage": "JetBrains documents only stdio servers for Junie; to reach a remote server, bridge it with \"command\": \"npx\", \"args\": [\"-y\", \"mcp-remote\", \"<url>\"]" }, "command": { "type": "string", "minLength": 1 }, "args": { "type": "array", "items": { "type": "string" } }, "env": { "$ref": "#/definitions/stringMap" } }, "additionalProperties": false, "if": { "required": ["type"], "properties": { "type": { "not": { "const": "stdio" } } } }, "else": { "if": { "required": ["url"] }, "then": { "required": ["command"], "errorMessage": "JetBrains documents only stdio servers for Junie, so an entry with a \"url\" has nothing to start; bridge the remote server with \"command\": \"npx\", \"args\": [\"-y\", \"mcp-remote\", \"<url>\"]" }, "else": { "required": ["command"], "errorMessage": "Junie starts every server as a local process and needs the program to run" } } };
const schema13 = { "type": "object", "additionalProperties": { "type": "string" } };
const func2 = _runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .ucs2length */ .K;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; const _errs1 = errors; let valid0 = true; const _errs2 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
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
            const _errs4 = errors;
            const _errs5 = errors;
            if ("stdio" !== data.type) {
                const err1 = {};
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            var valid2 = _errs5 === errors;
            if (valid2) {
                const err2 = {};
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
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
            }
        }
    }
} var _valid0 = _errs2 === errors; errors = _errs1; if (vErrors !== null) {
    if (_errs1) {
        vErrors.length = _errs1;
    }
    else {
        vErrors = null;
    }
} if (!_valid0) {
    const _errs6 = errors;
    const _errs7 = errors;
    let valid3 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if ((data.url === undefined) && (missing1 = "url")) {
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
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
        if (_errs7) {
            vErrors.length = _errs7;
        }
        else {
            vErrors = null;
        }
    }
    let ifClause0;
    if (_valid1) {
        const _errs9 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.command === undefined) {
                const err4 = { instancePath, schemaPath: "#/else/then/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'", parentSchema: schema12.else.then, data };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        var _valid1 = _errs9 === errors;
        valid3 = _valid1;
        ifClause0 = "then";
    }
    else {
        const _errs11 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.command === undefined) {
                const err5 = { instancePath, schemaPath: "#/else/else/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property '" + "command" + "'", parentSchema: schema12.else.else, data };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        var _valid1 = _errs11 === errors;
        valid3 = _valid1;
        ifClause0 = "else";
    }
    if (!valid3) {
        const err6 = { instancePath, schemaPath: "#/else/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", parentSchema: schema12.else, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
} if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "else" }, message: "must match \"else\" schema", parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((key0 === "type") || (key0 === "command")) || (key0 === "args")) || (key0 === "env"))) {
            const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data1 = data.type;
        if (!(data1 === "stdio")) {
            const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema12.properties.type.enum }, message: "must be equal to one of the allowed values", parentSchema: schema12.properties.type, data: data1 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.command !== undefined) {
        let data2 = data.command;
        if (typeof data2 === "string") {
            if (func2(data2) < 1) {
                const err10 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", parentSchema: schema12.properties.command, data: data2 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema12.properties.command, data: data2 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.args !== undefined) {
        let data3 = data.args;
        if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (typeof data4 !== "string") {
                    const err12 = { instancePath: instancePath + "/args/" + i0, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema12.properties.args.items, data: data4 };
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
            const err13 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", parentSchema: schema12.properties.args, data: data3 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.env !== undefined) {
        let data5 = data.env;
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key1 in data5) {
                let data6 = data5[key1];
                if (typeof data6 !== "string") {
                    const err14 = { instancePath: instancePath + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema13.additionalProperties, data: data6 };
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
            const err15 = { instancePath: instancePath + "/env", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13, data: data5 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
}
else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err16];
    }
    else {
        vErrors.push(err16);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/mcpcop/mcpcop/raw/main/schemas/junie.schema.json" */ ; let vErrors = null; let errors = 0; const _errs1 = errors; let valid0 = true; const _errs2 = errors; const _errs3 = errors; const _errs4 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.servers === undefined) && (missing0 = "servers")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
} var valid1 = _errs4 === errors; if (valid1) {
    const err1 = {};
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
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
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.mcpServers === undefined) {
            const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "mcpServers" }, message: "must have required property '" + "mcpServers" + "'", parentSchema: schema11.then, data };
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
    valid0 = _valid0;
} if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema", parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err3];
    }
    else {
        vErrors.push(err3);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!(((key0 === "$schema") || (key0 === "mcpServers")) || (key0 === "servers"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.mcpServers !== undefined) {
        let data1 = data.mcpServers;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
                if (!(validate11(data1[key1], { instancePath: instancePath + "/mcpServers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data1, parentDataProperty: key1, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/mcpServers", schemaPath: "#/properties/mcpServers/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema11.properties.mcpServers, data: data1 };
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
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err7];
    }
    else {
        vErrors.push(err7);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }


/***/ })

};
