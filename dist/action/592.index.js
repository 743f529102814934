export const id = 592;
export const ids = [592];
export const modules = {

/***/ 592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });

const validate = validate10;
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (validate10);
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mcpcop/mcpcop/raw/main/schemas/mcp-servers-lock.schema.json", "type": "object", "required": ["lockfileVersion", "servers"], "properties": { "$schema": { "type": "string" }, "lockfileVersion": { "const": 1 }, "servers": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": { "$ref": "#/definitions/server" } } } }, "additionalProperties": false, "definitions": { "server": { "type": "object", "required": ["tools", "prompts", "resources", "resourceTemplates"], "properties": { "serverInfo": { "type": "object", "required": ["name", "version"], "properties": { "name": { "type": "string" }, "version": { "type": "string" } }, "additionalProperties": false }, "protocolVersion": { "type": "string" }, "tools": { "$ref": "#/definitions/items" }, "prompts": { "$ref": "#/definitions/items" }, "resources": { "$ref": "#/definitions/items" }, "resourceTemplates": { "$ref": "#/definitions/items" } }, "additionalProperties": false }, "items": { "type": "object", "additionalProperties": { "type": "object", "required": ["sha256", "definition"], "properties": { "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "definition": { "type": "object" } }, "additionalProperties": false } } } };
const schema12 = { "type": "object", "required": ["tools", "prompts", "resources", "resourceTemplates"], "properties": { "serverInfo": { "type": "object", "required": ["name", "version"], "properties": { "name": { "type": "string" }, "version": { "type": "string" } }, "additionalProperties": false }, "protocolVersion": { "type": "string" }, "tools": { "$ref": "#/definitions/items" }, "prompts": { "$ref": "#/definitions/items" }, "resources": { "$ref": "#/definitions/items" }, "resourceTemplates": { "$ref": "#/definitions/items" } }, "additionalProperties": false };
const schema13 = { "type": "object", "additionalProperties": { "type": "object", "required": ["sha256", "definition"], "properties": { "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "definition": { "type": "object" } }, "additionalProperties": false } };
const pattern0 = new RegExp("^[0-9a-f]{64}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tools === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property '" + "tools" + "'", parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.prompts === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prompts" }, message: "must have required property '" + "prompts" + "'", parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.resources === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property '" + "resources" + "'", parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.resourceTemplates === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resourceTemplates" }, message: "must have required property '" + "resourceTemplates" + "'", parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "serverInfo") || (key0 === "protocolVersion")) || (key0 === "tools")) || (key0 === "prompts")) || (key0 === "resources")) || (key0 === "resourceTemplates"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.serverInfo !== undefined) {
        let data0 = data.serverInfo;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.name === undefined) {
                const err5 = { instancePath: instancePath + "/serverInfo", schemaPath: "#/properties/serverInfo/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", parentSchema: schema12.properties.serverInfo, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (data0.version === undefined) {
                const err6 = { instancePath: instancePath + "/serverInfo", schemaPath: "#/properties/serverInfo/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", parentSchema: schema12.properties.serverInfo, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            for (const key1 in data0) {
                if (!((key1 === "name") || (key1 === "version"))) {
                    const err7 = { instancePath: instancePath + "/serverInfo", schemaPath: "#/properties/serverInfo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", parentSchema: schema12.properties.serverInfo, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data0.name !== undefined) {
                let data1 = data0.name;
                if (typeof data1 !== "string") {
                    const err8 = { instancePath: instancePath + "/serverInfo/name", schemaPath: "#/properties/serverInfo/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema12.properties.serverInfo.properties.name, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            if (data0.version !== undefined) {
                let data2 = data0.version;
                if (typeof data2 !== "string") {
                    const err9 = { instancePath: instancePath + "/serverInfo/version", schemaPath: "#/properties/serverInfo/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema12.properties.serverInfo.properties.version, data: data2 };
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
            const err10 = { instancePath: instancePath + "/serverInfo", schemaPath: "#/properties/serverInfo/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema12.properties.serverInfo, data: data0 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.protocolVersion !== undefined) {
        let data3 = data.protocolVersion;
        if (typeof data3 !== "string") {
            const err11 = { instancePath: instancePath + "/protocolVersion", schemaPath: "#/properties/protocolVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema12.properties.protocolVersion, data: data3 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.tools !== undefined) {
        let data4 = data.tools;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
                let data5 = data4[key2];
                if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                    if (data5.sha256 === undefined) {
                        const err12 = { instancePath: instancePath + "/tools/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'", parentSchema: schema13.additionalProperties, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    if (data5.definition === undefined) {
                        const err13 = { instancePath: instancePath + "/tools/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/required", keyword: "required", params: { missingProperty: "definition" }, message: "must have required property '" + "definition" + "'", parentSchema: schema13.additionalProperties, data: data5 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    for (const key3 in data5) {
                        if (!((key3 === "sha256") || (key3 === "definition"))) {
                            const err14 = { instancePath: instancePath + "/tools/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", parentSchema: schema13.additionalProperties, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    if (data5.sha256 !== undefined) {
                        let data6 = data5.sha256;
                        if (typeof data6 === "string") {
                            if (!pattern0.test(data6)) {
                                const err15 = { instancePath: instancePath + "/tools/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/definitions/items/additionalProperties/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", parentSchema: schema13.additionalProperties.properties.sha256, data: data6 };
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
                            const err16 = { instancePath: instancePath + "/tools/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/definitions/items/additionalProperties/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema13.additionalProperties.properties.sha256, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data5.definition !== undefined) {
                        let data7 = data5.definition;
                        if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
                            const err17 = { instancePath: instancePath + "/tools/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/definition", schemaPath: "#/definitions/items/additionalProperties/properties/definition/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13.additionalProperties.properties.definition, data: data7 };
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
                    const err18 = { instancePath: instancePath + "/tools/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13.additionalProperties, data: data5 };
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
            const err19 = { instancePath: instancePath + "/tools", schemaPath: "#/definitions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13, data: data4 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.prompts !== undefined) {
        let data8 = data.prompts;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key4 in data8) {
                let data9 = data8[key4];
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    if (data9.sha256 === undefined) {
                        const err20 = { instancePath: instancePath + "/prompts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'", parentSchema: schema13.additionalProperties, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                    if (data9.definition === undefined) {
                        const err21 = { instancePath: instancePath + "/prompts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/required", keyword: "required", params: { missingProperty: "definition" }, message: "must have required property '" + "definition" + "'", parentSchema: schema13.additionalProperties, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    for (const key5 in data9) {
                        if (!((key5 === "sha256") || (key5 === "definition"))) {
                            const err22 = { instancePath: instancePath + "/prompts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", parentSchema: schema13.additionalProperties, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    if (data9.sha256 !== undefined) {
                        let data10 = data9.sha256;
                        if (typeof data10 === "string") {
                            if (!pattern0.test(data10)) {
                                const err23 = { instancePath: instancePath + "/prompts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/definitions/items/additionalProperties/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", parentSchema: schema13.additionalProperties.properties.sha256, data: data10 };
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
                            const err24 = { instancePath: instancePath + "/prompts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/definitions/items/additionalProperties/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema13.additionalProperties.properties.sha256, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                    if (data9.definition !== undefined) {
                        let data11 = data9.definition;
                        if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                            const err25 = { instancePath: instancePath + "/prompts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/definition", schemaPath: "#/definitions/items/additionalProperties/properties/definition/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13.additionalProperties.properties.definition, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err26 = { instancePath: instancePath + "/prompts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13.additionalProperties, data: data9 };
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
            const err27 = { instancePath: instancePath + "/prompts", schemaPath: "#/definitions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13, data: data8 };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.resources !== undefined) {
        let data12 = data.resources;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key6 in data12) {
                let data13 = data12[key6];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.sha256 === undefined) {
                        const err28 = { instancePath: instancePath + "/resources/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'", parentSchema: schema13.additionalProperties, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    if (data13.definition === undefined) {
                        const err29 = { instancePath: instancePath + "/resources/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/required", keyword: "required", params: { missingProperty: "definition" }, message: "must have required property '" + "definition" + "'", parentSchema: schema13.additionalProperties, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    for (const key7 in data13) {
                        if (!((key7 === "sha256") || (key7 === "definition"))) {
                            const err30 = { instancePath: instancePath + "/resources/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", parentSchema: schema13.additionalProperties, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data13.sha256 !== undefined) {
                        let data14 = data13.sha256;
                        if (typeof data14 === "string") {
                            if (!pattern0.test(data14)) {
                                const err31 = { instancePath: instancePath + "/resources/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/definitions/items/additionalProperties/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", parentSchema: schema13.additionalProperties.properties.sha256, data: data14 };
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
                            const err32 = { instancePath: instancePath + "/resources/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/definitions/items/additionalProperties/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema13.additionalProperties.properties.sha256, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data13.definition !== undefined) {
                        let data15 = data13.definition;
                        if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
                            const err33 = { instancePath: instancePath + "/resources/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/definition", schemaPath: "#/definitions/items/additionalProperties/properties/definition/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13.additionalProperties.properties.definition, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err34 = { instancePath: instancePath + "/resources/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13.additionalProperties, data: data13 };
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
            const err35 = { instancePath: instancePath + "/resources", schemaPath: "#/definitions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13, data: data12 };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
    if (data.resourceTemplates !== undefined) {
        let data16 = data.resourceTemplates;
        if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key8 in data16) {
                let data17 = data16[key8];
                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    if (data17.sha256 === undefined) {
                        const err36 = { instancePath: instancePath + "/resourceTemplates/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'", parentSchema: schema13.additionalProperties, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                    if (data17.definition === undefined) {
                        const err37 = { instancePath: instancePath + "/resourceTemplates/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/required", keyword: "required", params: { missingProperty: "definition" }, message: "must have required property '" + "definition" + "'", parentSchema: schema13.additionalProperties, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                    for (const key9 in data17) {
                        if (!((key9 === "sha256") || (key9 === "definition"))) {
                            const err38 = { instancePath: instancePath + "/resourceTemplates/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", parentSchema: schema13.additionalProperties, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                    }
                    if (data17.sha256 !== undefined) {
                        let data18 = data17.sha256;
                        if (typeof data18 === "string") {
                            if (!pattern0.test(data18)) {
                                const err39 = { instancePath: instancePath + "/resourceTemplates/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/definitions/items/additionalProperties/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"", parentSchema: schema13.additionalProperties.properties.sha256, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err40 = { instancePath: instancePath + "/resourceTemplates/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha256", schemaPath: "#/definitions/items/additionalProperties/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema13.additionalProperties.properties.sha256, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    if (data17.definition !== undefined) {
                        let data19 = data17.definition;
                        if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
                            const err41 = { instancePath: instancePath + "/resourceTemplates/" + key8.replace(/~/g, "~0").replace(/\//g, "~1") + "/definition", schemaPath: "#/definitions/items/additionalProperties/properties/definition/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13.additionalProperties.properties.definition, data: data19 };
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
                    const err42 = { instancePath: instancePath + "/resourceTemplates/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/items/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13.additionalProperties, data: data17 };
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
            const err43 = { instancePath: instancePath + "/resourceTemplates", schemaPath: "#/definitions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema13, data: data16 };
            if (vErrors === null) {
                vErrors = [err43];
            }
            else {
                vErrors.push(err43);
            }
            errors++;
        }
    }
}
else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err44];
    }
    else {
        vErrors.push(err44);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://github.com/mcpcop/mcpcop/raw/main/schemas/mcp-servers-lock.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.lockfileVersion === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lockfileVersion" }, message: "must have required property '" + "lockfileVersion" + "'", parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.servers === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "servers" }, message: "must have required property '" + "servers" + "'", parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "$schema") || (key0 === "lockfileVersion")) || (key0 === "servers"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        let data0 = data.$schema;
        if (typeof data0 !== "string") {
            const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", parentSchema: schema11.properties.$schema, data: data0 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.lockfileVersion !== undefined) {
        let data1 = data.lockfileVersion;
        if (1 !== data1) {
            const err4 = { instancePath: instancePath + "/lockfileVersion", schemaPath: "#/properties/lockfileVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", parentSchema: schema11.properties.lockfileVersion, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.servers !== undefined) {
        let data2 = data.servers;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                let data3 = data2[key1];
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key2 in data3) {
                        if (!(validate11(data3[key2], { instancePath: instancePath + "/servers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key2, rootData }))) {
                            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/servers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/servers/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema11.properties.servers.additionalProperties, data: data3 };
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
            const err6 = { instancePath: instancePath + "/servers", schemaPath: "#/properties/servers/type", keyword: "type", params: { type: "object" }, message: "must be object", parentSchema: schema11.properties.servers, data: data2 };
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
