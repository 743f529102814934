export const id = 2794;
export const ids = [2794];
export const modules = {

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatJson: () => (/* binding */ formatJson)
/* harmony export */ });
/** The machine-readable report (version 1), exactly as documented in the README. */
function formatJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}


/***/ })

};
