/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 2 kinds share: networking.istio.io/v1/VirtualService, networking.istio.io/v1beta1/VirtualService.
"use strict";
const {pattern32} = require("./_shared-147f0be6cfe9.js");
const schema527 = {"type":"object","properties":{"authority":{"type":"string"},"derivePort":{"type":"string","enum":["FROM_PROTOCOL_DEFAULT","FROM_REQUEST_PORT"]},"port":{"type":"integer","minimum":0,"maximum":4294967295},"redirectCode":{"type":"integer","minimum":0,"maximum":4294967295},"scheme":{"type":"string"},"uri":{"type":"string"}},"k8sClosed":"Istio HTTPRedirect","k8sExclusive":[["port","derivePort"]]};
const schema501 = {"type":"object","properties":{"allowCredentials":{"type":"boolean"},"allowHeaders":{"type":"array","items":{"type":"string"}},"allowMethods":{"type":"array","items":{"type":"string"}},"allowOrigin":{"type":"array","items":{"type":"string"}},"allowOrigins":{"type":"array","items":{"$ref":"k8s#/definitions/crd-type Istio StringMatch"}},"exposeHeaders":{"type":"array","items":{"type":"string"}},"maxAge":{"type":"string","pattern":"^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"},"unmatchedPreflights":{"type":"string","enum":["UNSPECIFIED","FORWARD","IGNORE"]}},"k8sClosed":"Istio CorsPolicy"};
const obj90 = new Set(["allowCredentials","allowHeaders","allowMethods","allowOrigin","allowOrigins","exposeHeaders","maxAge","unmatchedPreflights"]);
function validate545(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.allowCredentials !== undefined){
if(typeof data.allowCredentials !== "boolean"){
const err0 = {instancePath:instancePath+"/allowCredentials",schemaPath:"#/properties/allowCredentials/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.allowHeaders !== undefined){
let data1 = data.allowHeaders;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err1 = {instancePath:instancePath+"/allowHeaders/" + i0,schemaPath:"#/properties/allowHeaders/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err2 = {instancePath:instancePath+"/allowHeaders",schemaPath:"#/properties/allowHeaders/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.allowMethods !== undefined){
let data3 = data.allowMethods;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err3 = {instancePath:instancePath+"/allowMethods/" + i1,schemaPath:"#/properties/allowMethods/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err4 = {instancePath:instancePath+"/allowMethods",schemaPath:"#/properties/allowMethods/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.allowOrigin !== undefined){
let data5 = data.allowOrigin;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
if(typeof data5[i2] !== "string"){
const err5 = {instancePath:instancePath+"/allowOrigin/" + i2,schemaPath:"#/properties/allowOrigin/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err6 = {instancePath:instancePath+"/allowOrigin",schemaPath:"#/properties/allowOrigin/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.allowOrigins !== undefined){
let data7 = data.allowOrigins;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i3=0; i3<len3; i3++){
let data8 = data7[i3];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.exact !== undefined){
if(typeof data8.exact !== "string"){
const err7 = {instancePath:instancePath+"/allowOrigins/" + i3+"/exact",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/exact/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data8.prefix !== undefined){
if(typeof data8.prefix !== "string"){
const err8 = {instancePath:instancePath+"/allowOrigins/" + i3+"/prefix",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data8.regex !== undefined){
if(typeof data8.regex !== "string"){
const err9 = {instancePath:instancePath+"/allowOrigins/" + i3+"/regex",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/regex/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data8){
if(!(((key0 === "exact") || (key0 === "prefix")) || (key0 === "regex"))){
const err10 = {instancePath:instancePath+"/allowOrigins/" + i3,schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio StringMatch"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if((data8["exact"] !== undefined) + (data8["prefix"] !== undefined) + (data8["regex"] !== undefined) > 1){
const err11 = {instancePath:instancePath+"/allowOrigins/" + i3,schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["exact","prefix","regex"]}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/allowOrigins/" + i3,schemaPath:"k8s#/definitions/crd-type Istio StringMatch/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
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
const err13 = {instancePath:instancePath+"/allowOrigins",schemaPath:"#/properties/allowOrigins/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.exposeHeaders !== undefined){
let data12 = data.exposeHeaders;
if(Array.isArray(data12)){
const len4 = data12.length;
for(let i4=0; i4<len4; i4++){
if(typeof data12[i4] !== "string"){
const err14 = {instancePath:instancePath+"/exposeHeaders/" + i4,schemaPath:"#/properties/exposeHeaders/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err15 = {instancePath:instancePath+"/exposeHeaders",schemaPath:"#/properties/exposeHeaders/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.maxAge !== undefined){
let data14 = data.maxAge;
if(typeof data14 === "string"){
if(!pattern32.test(data14)){
const err16 = {instancePath:instancePath+"/maxAge",schemaPath:"#/properties/maxAge/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/maxAge",schemaPath:"#/properties/maxAge/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.unmatchedPreflights !== undefined){
let data15 = data.unmatchedPreflights;
if(typeof data15 !== "string"){
const err18 = {instancePath:instancePath+"/unmatchedPreflights",schemaPath:"#/properties/unmatchedPreflights/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data15 === "UNSPECIFIED") || (data15 === "FORWARD")) || (data15 === "IGNORE"))){
const err19 = {instancePath:instancePath+"/unmatchedPreflights",schemaPath:"#/properties/unmatchedPreflights/enum",keyword:"enum",params:{allowedValues: schema501.properties.unmatchedPreflights.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key1 in data){
if(!(obj90.has(key1))){
const err20 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio CorsPolicy"}};
if(vErrors === null){
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
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate545.errors = vErrors;
return errors === 0;
}
function validate547(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.body !== undefined){
let data0 = data.body;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.bytes !== undefined){
if(typeof data0.bytes !== "string"){
const err1 = {instancePath:instancePath+"/body/bytes",schemaPath:"k8s#/definitions/crd-type Istio HTTPBody/properties/bytes/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.string !== undefined){
if(typeof data0.string !== "string"){
const err2 = {instancePath:instancePath+"/body/string",schemaPath:"k8s#/definitions/crd-type Istio HTTPBody/properties/string/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key0 in data0){
if(!((key0 === "bytes") || (key0 === "string"))){
const err3 = {instancePath:instancePath+"/body",schemaPath:"k8s#/definitions/crd-type Istio HTTPBody/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio HTTPBody"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if((data0["string"] !== undefined) + (data0["bytes"] !== undefined) > 1){
const err4 = {instancePath:instancePath+"/body",schemaPath:"k8s#/definitions/crd-type Istio HTTPBody/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["string","bytes"]}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/body",schemaPath:"k8s#/definitions/crd-type Istio HTTPBody/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.status !== undefined){
let data3 = data.status;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
for(const key1 in data){
if(!((key1 === "body") || (key1 === "status"))){
const err9 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio HTTPDirectResponse"}};
if(vErrors === null){
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate547.errors = vErrors;
return errors === 0;
}
function validate550(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.grpcStatus !== undefined){
if(typeof data.grpcStatus !== "string"){
const err0 = {instancePath:instancePath+"/grpcStatus",schemaPath:"#/properties/grpcStatus/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.http2Error !== undefined){
if(typeof data.http2Error !== "string"){
const err1 = {instancePath:instancePath+"/http2Error",schemaPath:"#/properties/http2Error/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.httpStatus !== undefined){
let data2 = data.httpStatus;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.percentage !== undefined){
let data3 = data.percentage;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err5 = {instancePath:instancePath+"/percentage/value",schemaPath:"k8s#/definitions/crd-type Istio Percent/properties/value/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key0 in data3){
if(!(key0 === "value")){
const err6 = {instancePath:instancePath+"/percentage",schemaPath:"k8s#/definitions/crd-type Istio Percent/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio Percent"}};
if(vErrors === null){
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
const err7 = {instancePath:instancePath+"/percentage",schemaPath:"k8s#/definitions/crd-type Istio Percent/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key1 in data){
if(!((((key1 === "grpcStatus") || (key1 === "http2Error")) || (key1 === "httpStatus")) || (key1 === "percentage"))){
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio HTTPFaultInjection.Abort"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if((data["httpStatus"] !== undefined) + (data["grpcStatus"] !== undefined) + (data["http2Error"] !== undefined) > 1){
const err9 = {instancePath,schemaPath:"#/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["httpStatus","grpcStatus","http2Error"]}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate550.errors = vErrors;
return errors === 0;
}
function validate552(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exponentialDelay !== undefined){
let data0 = data.exponentialDelay;
if(typeof data0 === "string"){
if(!pattern32.test(data0)){
const err0 = {instancePath:instancePath+"/exponentialDelay",schemaPath:"#/properties/exponentialDelay/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/exponentialDelay",schemaPath:"#/properties/exponentialDelay/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.fixedDelay !== undefined){
let data1 = data.fixedDelay;
if(typeof data1 === "string"){
if(!pattern32.test(data1)){
const err2 = {instancePath:instancePath+"/fixedDelay",schemaPath:"#/properties/fixedDelay/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/fixedDelay",schemaPath:"#/properties/fixedDelay/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.percent !== undefined){
let data2 = data.percent;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/percent",schemaPath:"#/properties/percent/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/percent",schemaPath:"#/properties/percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/percent",schemaPath:"#/properties/percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.percentage !== undefined){
let data3 = data.percentage;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(!((typeof data4 == "number") && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/percentage/value",schemaPath:"k8s#/definitions/crd-type Istio Percent/properties/value/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key0 in data3){
if(!(key0 === "value")){
const err8 = {instancePath:instancePath+"/percentage",schemaPath:"k8s#/definitions/crd-type Istio Percent/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio Percent"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/percentage",schemaPath:"k8s#/definitions/crd-type Istio Percent/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key1 in data){
if(!((((key1 === "exponentialDelay") || (key1 === "fixedDelay")) || (key1 === "percent")) || (key1 === "percentage"))){
const err10 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio HTTPFaultInjection.Delay"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if((data["fixedDelay"] !== undefined) + (data["exponentialDelay"] !== undefined) > 1){
const err11 = {instancePath,schemaPath:"#/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["fixedDelay","exponentialDelay"]}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate552.errors = vErrors;
return errors === 0;
}
function validate549(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.abort !== undefined){
if(!(validate550(data.abort, instancePath+"/abort"))){
vErrors = vErrors === null ? validate550.errors : vErrors.concat(validate550.errors);
errors = vErrors.length;
}
}
if(data.delay !== undefined){
if(!(validate552(data.delay, instancePath+"/delay"))){
vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!((key0 === "abort") || (key0 === "delay"))){
const err0 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio HTTPFaultInjection"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate549.errors = vErrors;
return errors === 0;
}
function validate555(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.request !== undefined){
let data0 = data.request;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.add !== undefined){
let data1 = data0.add;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(typeof data1[key0] !== "string"){
const err0 = {instancePath:instancePath+"/request/add/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/add/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/request/add",schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/add/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.remove !== undefined){
let data3 = data0.remove;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err2 = {instancePath:instancePath+"/request/remove/" + i0,schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/remove/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err3 = {instancePath:instancePath+"/request/remove",schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/remove/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.set !== undefined){
let data5 = data0.set;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(typeof data5[key1] !== "string"){
const err4 = {instancePath:instancePath+"/request/set/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/set/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err5 = {instancePath:instancePath+"/request/set",schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/set/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key2 in data0){
if(!(((key2 === "add") || (key2 === "remove")) || (key2 === "set"))){
const err6 = {instancePath:instancePath+"/request",schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio Headers.HeaderOperations"}};
if(vErrors === null){
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
const err7 = {instancePath:instancePath+"/request",schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.response !== undefined){
let data7 = data.response;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.add !== undefined){
let data8 = data7.add;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
if(typeof data8[key3] !== "string"){
const err8 = {instancePath:instancePath+"/response/add/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/add/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/response/add",schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/add/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.remove !== undefined){
let data10 = data7.remove;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(typeof data10[i1] !== "string"){
const err10 = {instancePath:instancePath+"/response/remove/" + i1,schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/remove/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err11 = {instancePath:instancePath+"/response/remove",schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/remove/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data7.set !== undefined){
let data12 = data7.set;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
if(typeof data12[key4] !== "string"){
const err12 = {instancePath:instancePath+"/response/set/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/set/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err13 = {instancePath:instancePath+"/response/set",schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/properties/set/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key5 in data7){
if(!(((key5 === "add") || (key5 === "remove")) || (key5 === "set"))){
const err14 = {instancePath:instancePath+"/response",schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/k8sClosed",keyword:"k8sClosed",params:{field: key5, type: "Istio Headers.HeaderOperations"}};
if(vErrors === null){
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
const err15 = {instancePath:instancePath+"/response",schemaPath:"k8s#/definitions/crd-type Istio Headers.HeaderOperations/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key6 in data){
if(!((key6 === "request") || (key6 === "response"))){
const err16 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key6, type: "Istio Headers"}};
if(vErrors === null){
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate555.errors = vErrors;
return errors === 0;
}
const obj91 = new Set(["authority","gateways","headers","ignoreUriCase","method","name","port","queryParams","scheme","sourceLabels","sourceNamespace","statPrefix","uri","withoutHeaders"]);
function validate557(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authority !== undefined){
let data0 = data.authority;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.exact !== undefined){
if(typeof data0.exact !== "string"){
const err0 = {instancePath:instancePath+"/authority/exact",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/exact/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.prefix !== undefined){
if(typeof data0.prefix !== "string"){
const err1 = {instancePath:instancePath+"/authority/prefix",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.regex !== undefined){
if(typeof data0.regex !== "string"){
const err2 = {instancePath:instancePath+"/authority/regex",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/regex/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key0 in data0){
if(!(((key0 === "exact") || (key0 === "prefix")) || (key0 === "regex"))){
const err3 = {instancePath:instancePath+"/authority",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio StringMatch"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if((data0["exact"] !== undefined) + (data0["prefix"] !== undefined) + (data0["regex"] !== undefined) > 1){
const err4 = {instancePath:instancePath+"/authority",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["exact","prefix","regex"]}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/authority",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.gateways !== undefined){
let data4 = data.gateways;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(typeof data4[i0] !== "string"){
const err6 = {instancePath:instancePath+"/gateways/" + i0,schemaPath:"#/properties/gateways/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err7 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.headers !== undefined){
let data6 = data.headers;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
let data7 = data6[key1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.exact !== undefined){
if(typeof data7.exact !== "string"){
const err8 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/exact",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/exact/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data7.prefix !== undefined){
if(typeof data7.prefix !== "string"){
const err9 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/prefix",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.regex !== undefined){
if(typeof data7.regex !== "string"){
const err10 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/regex",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/regex/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data7){
if(!(((key2 === "exact") || (key2 === "prefix")) || (key2 === "regex"))){
const err11 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio StringMatch"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if((data7["exact"] !== undefined) + (data7["prefix"] !== undefined) + (data7["regex"] !== undefined) > 1){
const err12 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["exact","prefix","regex"]}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio StringMatch/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
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
const err14 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.ignoreUriCase !== undefined){
if(typeof data.ignoreUriCase !== "boolean"){
const err15 = {instancePath:instancePath+"/ignoreUriCase",schemaPath:"#/properties/ignoreUriCase/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.method !== undefined){
let data12 = data.method;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.exact !== undefined){
if(typeof data12.exact !== "string"){
const err16 = {instancePath:instancePath+"/method/exact",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/exact/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data12.prefix !== undefined){
if(typeof data12.prefix !== "string"){
const err17 = {instancePath:instancePath+"/method/prefix",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data12.regex !== undefined){
if(typeof data12.regex !== "string"){
const err18 = {instancePath:instancePath+"/method/regex",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/regex/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key3 in data12){
if(!(((key3 === "exact") || (key3 === "prefix")) || (key3 === "regex"))){
const err19 = {instancePath:instancePath+"/method",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Istio StringMatch"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if((data12["exact"] !== undefined) + (data12["prefix"] !== undefined) + (data12["regex"] !== undefined) > 1){
const err20 = {instancePath:instancePath+"/method",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["exact","prefix","regex"]}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/method",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err22 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.port !== undefined){
let data17 = data.port;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err23 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 4294967295 || isNaN(data17)){
const err24 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err25 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.queryParams !== undefined){
let data18 = data.queryParams;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key4 in data18){
let data19 = data18[key4];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.exact !== undefined){
if(typeof data19.exact !== "string"){
const err26 = {instancePath:instancePath+"/queryParams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/exact",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/exact/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data19.prefix !== undefined){
if(typeof data19.prefix !== "string"){
const err27 = {instancePath:instancePath+"/queryParams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/prefix",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data19.regex !== undefined){
if(typeof data19.regex !== "string"){
const err28 = {instancePath:instancePath+"/queryParams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/regex",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/regex/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key5 in data19){
if(!(((key5 === "exact") || (key5 === "prefix")) || (key5 === "regex"))){
const err29 = {instancePath:instancePath+"/queryParams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sClosed",keyword:"k8sClosed",params:{field: key5, type: "Istio StringMatch"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if((data19["exact"] !== undefined) + (data19["prefix"] !== undefined) + (data19["regex"] !== undefined) > 1){
const err30 = {instancePath:instancePath+"/queryParams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["exact","prefix","regex"]}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/queryParams/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio StringMatch/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/queryParams",schemaPath:"#/properties/queryParams/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.scheme !== undefined){
let data23 = data.scheme;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.exact !== undefined){
if(typeof data23.exact !== "string"){
const err33 = {instancePath:instancePath+"/scheme/exact",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/exact/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data23.prefix !== undefined){
if(typeof data23.prefix !== "string"){
const err34 = {instancePath:instancePath+"/scheme/prefix",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data23.regex !== undefined){
if(typeof data23.regex !== "string"){
const err35 = {instancePath:instancePath+"/scheme/regex",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/regex/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
for(const key6 in data23){
if(!(((key6 === "exact") || (key6 === "prefix")) || (key6 === "regex"))){
const err36 = {instancePath:instancePath+"/scheme",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sClosed",keyword:"k8sClosed",params:{field: key6, type: "Istio StringMatch"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if((data23["exact"] !== undefined) + (data23["prefix"] !== undefined) + (data23["regex"] !== undefined) > 1){
const err37 = {instancePath:instancePath+"/scheme",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["exact","prefix","regex"]}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/scheme",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.sourceLabels !== undefined){
let data27 = data.sourceLabels;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key7 in data27){
if(typeof data27[key7] !== "string"){
const err39 = {instancePath:instancePath+"/sourceLabels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sourceLabels/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err40 = {instancePath:instancePath+"/sourceLabels",schemaPath:"#/properties/sourceLabels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.sourceNamespace !== undefined){
if(typeof data.sourceNamespace !== "string"){
const err41 = {instancePath:instancePath+"/sourceNamespace",schemaPath:"#/properties/sourceNamespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.statPrefix !== undefined){
if(typeof data.statPrefix !== "string"){
const err42 = {instancePath:instancePath+"/statPrefix",schemaPath:"#/properties/statPrefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.uri !== undefined){
let data31 = data.uri;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.exact !== undefined){
if(typeof data31.exact !== "string"){
const err43 = {instancePath:instancePath+"/uri/exact",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/exact/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data31.prefix !== undefined){
if(typeof data31.prefix !== "string"){
const err44 = {instancePath:instancePath+"/uri/prefix",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data31.regex !== undefined){
if(typeof data31.regex !== "string"){
const err45 = {instancePath:instancePath+"/uri/regex",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/regex/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
for(const key8 in data31){
if(!(((key8 === "exact") || (key8 === "prefix")) || (key8 === "regex"))){
const err46 = {instancePath:instancePath+"/uri",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sClosed",keyword:"k8sClosed",params:{field: key8, type: "Istio StringMatch"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if((data31["exact"] !== undefined) + (data31["prefix"] !== undefined) + (data31["regex"] !== undefined) > 1){
const err47 = {instancePath:instancePath+"/uri",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["exact","prefix","regex"]}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/uri",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.withoutHeaders !== undefined){
let data35 = data.withoutHeaders;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key9 in data35){
let data36 = data35[key9];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.exact !== undefined){
if(typeof data36.exact !== "string"){
const err49 = {instancePath:instancePath+"/withoutHeaders/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/exact",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/exact/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data36.prefix !== undefined){
if(typeof data36.prefix !== "string"){
const err50 = {instancePath:instancePath+"/withoutHeaders/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/prefix",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data36.regex !== undefined){
if(typeof data36.regex !== "string"){
const err51 = {instancePath:instancePath+"/withoutHeaders/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/regex",schemaPath:"k8s#/definitions/crd-type Istio StringMatch/properties/regex/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
for(const key10 in data36){
if(!(((key10 === "exact") || (key10 === "prefix")) || (key10 === "regex"))){
const err52 = {instancePath:instancePath+"/withoutHeaders/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sClosed",keyword:"k8sClosed",params:{field: key10, type: "Istio StringMatch"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if((data36["exact"] !== undefined) + (data36["prefix"] !== undefined) + (data36["regex"] !== undefined) > 1){
const err53 = {instancePath:instancePath+"/withoutHeaders/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio StringMatch/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["exact","prefix","regex"]}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/withoutHeaders/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio StringMatch/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/withoutHeaders",schemaPath:"#/properties/withoutHeaders/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
for(const key11 in data){
if(!(obj91.has(key11))){
const err56 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key11, type: "Istio HTTPMatchRequest"}};
if(vErrors === null){
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
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate557.errors = vErrors;
return errors === 0;
}
function validate559(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.host === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.host !== undefined){
if(typeof data.host !== "string"){
const err1 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.port !== undefined){
let data1 = data.port;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.number !== undefined){
let data2 = data1.number;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/port/number",schemaPath:"k8s#/definitions/crd-type Istio PortSelector/properties/number/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/port/number",schemaPath:"k8s#/definitions/crd-type Istio PortSelector/properties/number/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/port/number",schemaPath:"k8s#/definitions/crd-type Istio PortSelector/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
for(const key0 in data1){
if(!(key0 === "number")){
const err5 = {instancePath:instancePath+"/port",schemaPath:"k8s#/definitions/crd-type Istio PortSelector/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio PortSelector"}};
if(vErrors === null){
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
const err6 = {instancePath:instancePath+"/port",schemaPath:"k8s#/definitions/crd-type Istio PortSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.subset !== undefined){
if(typeof data.subset !== "string"){
const err7 = {instancePath:instancePath+"/subset",schemaPath:"#/properties/subset/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key1 in data){
if(!(((key1 === "host") || (key1 === "port")) || (key1 === "subset"))){
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio Destination"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate559.errors = vErrors;
return errors === 0;
}
function validate561(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.destination === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "destination"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.destination !== undefined){
if(!(validate559(data.destination, instancePath+"/destination"))){
vErrors = vErrors === null ? validate559.errors : vErrors.concat(validate559.errors);
errors = vErrors.length;
}
}
if(data.percentage !== undefined){
let data1 = data.percentage;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.value !== undefined){
let data2 = data1.value;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err1 = {instancePath:instancePath+"/percentage/value",schemaPath:"k8s#/definitions/crd-type Istio Percent/properties/value/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key0 in data1){
if(!(key0 === "value")){
const err2 = {instancePath:instancePath+"/percentage",schemaPath:"k8s#/definitions/crd-type Istio Percent/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio Percent"}};
if(vErrors === null){
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
const err3 = {instancePath:instancePath+"/percentage",schemaPath:"k8s#/definitions/crd-type Istio Percent/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key1 in data){
if(!((key1 === "destination") || (key1 === "percentage"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio HTTPMirrorPolicy"}};
if(vErrors === null){
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate561.errors = vErrors;
return errors === 0;
}
function validate564(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authority !== undefined){
if(typeof data.authority !== "string"){
const err0 = {instancePath:instancePath+"/authority",schemaPath:"#/properties/authority/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.uri !== undefined){
if(typeof data.uri !== "string"){
const err1 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.uriRegexRewrite !== undefined){
let data2 = data.uriRegexRewrite;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.match !== undefined){
if(typeof data2.match !== "string"){
const err2 = {instancePath:instancePath+"/uriRegexRewrite/match",schemaPath:"k8s#/definitions/crd-type Istio RegexRewrite/properties/match/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.rewrite !== undefined){
if(typeof data2.rewrite !== "string"){
const err3 = {instancePath:instancePath+"/uriRegexRewrite/rewrite",schemaPath:"k8s#/definitions/crd-type Istio RegexRewrite/properties/rewrite/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data2){
if(!((key0 === "match") || (key0 === "rewrite"))){
const err4 = {instancePath:instancePath+"/uriRegexRewrite",schemaPath:"k8s#/definitions/crd-type Istio RegexRewrite/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio RegexRewrite"}};
if(vErrors === null){
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
const err5 = {instancePath:instancePath+"/uriRegexRewrite",schemaPath:"k8s#/definitions/crd-type Istio RegexRewrite/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key1 in data){
if(!(((key1 === "authority") || (key1 === "uri")) || (key1 === "uriRegexRewrite"))){
const err6 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio HTTPRewrite"}};
if(vErrors === null){
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate564.errors = vErrors;
return errors === 0;
}
function validate566(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.destination === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "destination"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.destination !== undefined){
if(!(validate559(data.destination, instancePath+"/destination"))){
vErrors = vErrors === null ? validate559.errors : vErrors.concat(validate559.errors);
errors = vErrors.length;
}
}
if(data.headers !== undefined){
if(!(validate555(data.headers, instancePath+"/headers"))){
vErrors = vErrors === null ? validate555.errors : vErrors.concat(validate555.errors);
errors = vErrors.length;
}
}
if(data.weight !== undefined){
let data2 = data.weight;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err1 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
for(const key0 in data){
if(!(((key0 === "destination") || (key0 === "headers")) || (key0 === "weight"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio HTTPRouteDestination"}};
if(vErrors === null){
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate566.errors = vErrors;
return errors === 0;
}
const obj92 = new Set(["authority","derivePort","port","redirectCode","scheme","uri"]);
const obj93 = new Set(["corsPolicy","delegate","directResponse","fault","headers","match","mirror","mirrorPercent","mirrorPercentage","mirrors","name","redirect","retries","rewrite","route","timeout"]);
function validate544(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.corsPolicy !== undefined){
if(!(validate545(data.corsPolicy, instancePath+"/corsPolicy"))){
vErrors = vErrors === null ? validate545.errors : vErrors.concat(validate545.errors);
errors = vErrors.length;
}
}
if(data.delegate !== undefined){
let data1 = data.delegate;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err0 = {instancePath:instancePath+"/delegate/name",schemaPath:"k8s#/definitions/crd-type Istio Delegate/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.namespace !== undefined){
if(typeof data1.namespace !== "string"){
const err1 = {instancePath:instancePath+"/delegate/namespace",schemaPath:"k8s#/definitions/crd-type Istio Delegate/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key0 in data1){
if(!((key0 === "name") || (key0 === "namespace"))){
const err2 = {instancePath:instancePath+"/delegate",schemaPath:"k8s#/definitions/crd-type Istio Delegate/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio Delegate"}};
if(vErrors === null){
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
const err3 = {instancePath:instancePath+"/delegate",schemaPath:"k8s#/definitions/crd-type Istio Delegate/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.directResponse !== undefined){
if(!(validate547(data.directResponse, instancePath+"/directResponse"))){
vErrors = vErrors === null ? validate547.errors : vErrors.concat(validate547.errors);
errors = vErrors.length;
}
}
if(data.fault !== undefined){
if(!(validate549(data.fault, instancePath+"/fault"))){
vErrors = vErrors === null ? validate549.errors : vErrors.concat(validate549.errors);
errors = vErrors.length;
}
}
if(data.headers !== undefined){
if(!(validate555(data.headers, instancePath+"/headers"))){
vErrors = vErrors === null ? validate555.errors : vErrors.concat(validate555.errors);
errors = vErrors.length;
}
}
if(data.match !== undefined){
let data7 = data.match;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(!(validate557(data7[i0], instancePath+"/match/" + i0))){
vErrors = vErrors === null ? validate557.errors : vErrors.concat(validate557.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mirror !== undefined){
if(!(validate559(data.mirror, instancePath+"/mirror"))){
vErrors = vErrors === null ? validate559.errors : vErrors.concat(validate559.errors);
errors = vErrors.length;
}
}
if(data.mirrorPercent !== undefined){
let data10 = data.mirrorPercent;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err5 = {instancePath:instancePath+"/mirrorPercent",schemaPath:"#/properties/mirrorPercent/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 4294967295 || isNaN(data10)){
const err6 = {instancePath:instancePath+"/mirrorPercent",schemaPath:"#/properties/mirrorPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err7 = {instancePath:instancePath+"/mirrorPercent",schemaPath:"#/properties/mirrorPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.mirrorPercentage !== undefined){
let data11 = data.mirrorPercentage;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.value !== undefined){
let data12 = data11.value;
if(!((typeof data12 == "number") && (isFinite(data12)))){
const err8 = {instancePath:instancePath+"/mirrorPercentage/value",schemaPath:"k8s#/definitions/crd-type Istio Percent/properties/value/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key1 in data11){
if(!(key1 === "value")){
const err9 = {instancePath:instancePath+"/mirrorPercentage",schemaPath:"k8s#/definitions/crd-type Istio Percent/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio Percent"}};
if(vErrors === null){
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
const err10 = {instancePath:instancePath+"/mirrorPercentage",schemaPath:"k8s#/definitions/crd-type Istio Percent/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.mirrors !== undefined){
let data13 = data.mirrors;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
if(!(validate561(data13[i1], instancePath+"/mirrors/" + i1))){
vErrors = vErrors === null ? validate561.errors : vErrors.concat(validate561.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/mirrors",schemaPath:"#/properties/mirrors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.redirect !== undefined){
let data16 = data.redirect;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.authority !== undefined){
if(typeof data16.authority !== "string"){
const err13 = {instancePath:instancePath+"/redirect/authority",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/authority/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data16.derivePort !== undefined){
let data18 = data16.derivePort;
if(typeof data18 !== "string"){
const err14 = {instancePath:instancePath+"/redirect/derivePort",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/derivePort/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data18 === "FROM_PROTOCOL_DEFAULT") || (data18 === "FROM_REQUEST_PORT"))){
const err15 = {instancePath:instancePath+"/redirect/derivePort",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/derivePort/enum",keyword:"enum",params:{allowedValues: schema527.properties.derivePort.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data16.port !== undefined){
let data19 = data16.port;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err16 = {instancePath:instancePath+"/redirect/port",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 4294967295 || isNaN(data19)){
const err17 = {instancePath:instancePath+"/redirect/port",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err18 = {instancePath:instancePath+"/redirect/port",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data16.redirectCode !== undefined){
let data20 = data16.redirectCode;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err19 = {instancePath:instancePath+"/redirect/redirectCode",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/redirectCode/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 4294967295 || isNaN(data20)){
const err20 = {instancePath:instancePath+"/redirect/redirectCode",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/redirectCode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err21 = {instancePath:instancePath+"/redirect/redirectCode",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/redirectCode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data16.scheme !== undefined){
if(typeof data16.scheme !== "string"){
const err22 = {instancePath:instancePath+"/redirect/scheme",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/scheme/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data16.uri !== undefined){
if(typeof data16.uri !== "string"){
const err23 = {instancePath:instancePath+"/redirect/uri",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/properties/uri/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key2 in data16){
if(!(obj92.has(key2))){
const err24 = {instancePath:instancePath+"/redirect",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio HTTPRedirect"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if((data16["port"] !== undefined) + (data16["derivePort"] !== undefined) > 1){
const err25 = {instancePath:instancePath+"/redirect",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["port","derivePort"]}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/redirect",schemaPath:"k8s#/definitions/crd-type Istio HTTPRedirect/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.retries !== undefined){
let data23 = data.retries;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.attempts !== undefined){
let data24 = data23.attempts;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err27 = {instancePath:instancePath+"/retries/attempts",schemaPath:"k8s#/definitions/crd-type Istio HTTPRetry/properties/attempts/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 2147483647 || isNaN(data24)){
const err28 = {instancePath:instancePath+"/retries/attempts",schemaPath:"k8s#/definitions/crd-type Istio HTTPRetry/properties/attempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data24 < -2147483648 || isNaN(data24)){
const err29 = {instancePath:instancePath+"/retries/attempts",schemaPath:"k8s#/definitions/crd-type Istio HTTPRetry/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data23.perTryTimeout !== undefined){
let data25 = data23.perTryTimeout;
if(typeof data25 === "string"){
if(!pattern32.test(data25)){
const err30 = {instancePath:instancePath+"/retries/perTryTimeout",schemaPath:"k8s#/definitions/crd-type Istio HTTPRetry/properties/perTryTimeout/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/retries/perTryTimeout",schemaPath:"k8s#/definitions/crd-type Istio HTTPRetry/properties/perTryTimeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data23.retryOn !== undefined){
if(typeof data23.retryOn !== "string"){
const err32 = {instancePath:instancePath+"/retries/retryOn",schemaPath:"k8s#/definitions/crd-type Istio HTTPRetry/properties/retryOn/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data23.retryRemoteLocalities !== undefined){
if(typeof data23.retryRemoteLocalities !== "boolean"){
const err33 = {instancePath:instancePath+"/retries/retryRemoteLocalities",schemaPath:"k8s#/definitions/crd-type Istio HTTPRetry/properties/retryRemoteLocalities/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
for(const key3 in data23){
if(!((((key3 === "attempts") || (key3 === "perTryTimeout")) || (key3 === "retryOn")) || (key3 === "retryRemoteLocalities"))){
const err34 = {instancePath:instancePath+"/retries",schemaPath:"k8s#/definitions/crd-type Istio HTTPRetry/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Istio HTTPRetry"}};
if(vErrors === null){
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
const err35 = {instancePath:instancePath+"/retries",schemaPath:"k8s#/definitions/crd-type Istio HTTPRetry/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.rewrite !== undefined){
if(!(validate564(data.rewrite, instancePath+"/rewrite"))){
vErrors = vErrors === null ? validate564.errors : vErrors.concat(validate564.errors);
errors = vErrors.length;
}
}
if(data.route !== undefined){
let data29 = data.route;
if(Array.isArray(data29)){
const len2 = data29.length;
for(let i2=0; i2<len2; i2++){
if(!(validate566(data29[i2], instancePath+"/route/" + i2))){
vErrors = vErrors === null ? validate566.errors : vErrors.concat(validate566.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/route",schemaPath:"#/properties/route/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.timeout !== undefined){
let data31 = data.timeout;
if(typeof data31 === "string"){
if(!pattern32.test(data31)){
const err37 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
for(const key4 in data){
if(!(obj93.has(key4))){
const err39 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Istio HTTPRoute"}};
if(vErrors === null){
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
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate544.errors = vErrors;
return errors === 0;
}
const obj94 = new Set(["destinationSubnets","gateways","port","sourceLabels","sourceNamespace","sourceSubnet"]);
function validate572(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.destination === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "destination"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.destination !== undefined){
if(!(validate559(data.destination, instancePath+"/destination"))){
vErrors = vErrors === null ? validate559.errors : vErrors.concat(validate559.errors);
errors = vErrors.length;
}
}
if(data.weight !== undefined){
let data1 = data.weight;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1 < -2147483648 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
for(const key0 in data){
if(!((key0 === "destination") || (key0 === "weight"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio RouteDestination"}};
if(vErrors === null){
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate572.errors = vErrors;
return errors === 0;
}
function validate571(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.match !== undefined){
let data0 = data.match;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.destinationSubnets !== undefined){
let data2 = data1.destinationSubnets;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err0 = {instancePath:instancePath+"/match/" + i0+"/destinationSubnets/" + i1,schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/destinationSubnets/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/match/" + i0+"/destinationSubnets",schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/destinationSubnets/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data1.gateways !== undefined){
let data4 = data1.gateways;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(typeof data4[i2] !== "string"){
const err2 = {instancePath:instancePath+"/match/" + i0+"/gateways/" + i2,schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/gateways/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err3 = {instancePath:instancePath+"/match/" + i0+"/gateways",schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/gateways/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.port !== undefined){
let data6 = data1.port;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err4 = {instancePath:instancePath+"/match/" + i0+"/port",schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4294967295 || isNaN(data6)){
const err5 = {instancePath:instancePath+"/match/" + i0+"/port",schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err6 = {instancePath:instancePath+"/match/" + i0+"/port",schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data1.sourceLabels !== undefined){
let data7 = data1.sourceLabels;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(typeof data7[key0] !== "string"){
const err7 = {instancePath:instancePath+"/match/" + i0+"/sourceLabels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/sourceLabels/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err8 = {instancePath:instancePath+"/match/" + i0+"/sourceLabels",schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/sourceLabels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.sourceNamespace !== undefined){
if(typeof data1.sourceNamespace !== "string"){
const err9 = {instancePath:instancePath+"/match/" + i0+"/sourceNamespace",schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/sourceNamespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.sourceSubnet !== undefined){
if(typeof data1.sourceSubnet !== "string"){
const err10 = {instancePath:instancePath+"/match/" + i0+"/sourceSubnet",schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/properties/sourceSubnet/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key1 in data1){
if(!(obj94.has(key1))){
const err11 = {instancePath:instancePath+"/match/" + i0,schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio L4MatchAttributes"}};
if(vErrors === null){
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
const err12 = {instancePath:instancePath+"/match/" + i0,schemaPath:"k8s#/definitions/crd-type Istio L4MatchAttributes/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
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
const err13 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.route !== undefined){
let data11 = data.route;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
if(!(validate572(data11[i3], instancePath+"/route/" + i3))){
vErrors = vErrors === null ? validate572.errors : vErrors.concat(validate572.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/route",schemaPath:"#/properties/route/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key2 in data){
if(!((key2 === "match") || (key2 === "route"))){
const err15 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio TCPRoute"}};
if(vErrors === null){
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
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate571.errors = vErrors;
return errors === 0;
}
const obj95 = new Set(["destinationSubnets","gateways","port","sniHosts","sourceLabels","sourceNamespace"]);
function validate576(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.match !== undefined){
let data0 = data.match;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.sniHosts === undefined){
const err0 = {instancePath:instancePath+"/match/" + i0,schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/required",keyword:"required",params:{missingProperty: "sniHosts"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.destinationSubnets !== undefined){
let data2 = data1.destinationSubnets;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err1 = {instancePath:instancePath+"/match/" + i0+"/destinationSubnets/" + i1,schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/destinationSubnets/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err2 = {instancePath:instancePath+"/match/" + i0+"/destinationSubnets",schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/destinationSubnets/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.gateways !== undefined){
let data4 = data1.gateways;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(typeof data4[i2] !== "string"){
const err3 = {instancePath:instancePath+"/match/" + i0+"/gateways/" + i2,schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/gateways/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err4 = {instancePath:instancePath+"/match/" + i0+"/gateways",schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/gateways/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.port !== undefined){
let data6 = data1.port;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err5 = {instancePath:instancePath+"/match/" + i0+"/port",schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4294967295 || isNaN(data6)){
const err6 = {instancePath:instancePath+"/match/" + i0+"/port",schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err7 = {instancePath:instancePath+"/match/" + i0+"/port",schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data1.sniHosts !== undefined){
let data7 = data1.sniHosts;
if(Array.isArray(data7)){
const len3 = data7.length;
for(let i3=0; i3<len3; i3++){
if(typeof data7[i3] !== "string"){
const err8 = {instancePath:instancePath+"/match/" + i0+"/sniHosts/" + i3,schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/sniHosts/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/match/" + i0+"/sniHosts",schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/sniHosts/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.sourceLabels !== undefined){
let data9 = data1.sourceLabels;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key0 in data9){
if(typeof data9[key0] !== "string"){
const err10 = {instancePath:instancePath+"/match/" + i0+"/sourceLabels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/sourceLabels/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err11 = {instancePath:instancePath+"/match/" + i0+"/sourceLabels",schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/sourceLabels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.sourceNamespace !== undefined){
if(typeof data1.sourceNamespace !== "string"){
const err12 = {instancePath:instancePath+"/match/" + i0+"/sourceNamespace",schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/properties/sourceNamespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key1 in data1){
if(!(obj95.has(key1))){
const err13 = {instancePath:instancePath+"/match/" + i0,schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio TLSMatchAttributes"}};
if(vErrors === null){
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
const err14 = {instancePath:instancePath+"/match/" + i0,schemaPath:"k8s#/definitions/crd-type Istio TLSMatchAttributes/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
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
const err15 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.route !== undefined){
let data12 = data.route;
if(Array.isArray(data12)){
const len4 = data12.length;
for(let i4=0; i4<len4; i4++){
if(!(validate572(data12[i4], instancePath+"/route/" + i4))){
vErrors = vErrors === null ? validate572.errors : vErrors.concat(validate572.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/route",schemaPath:"#/properties/route/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key2 in data){
if(!((key2 === "match") || (key2 === "route"))){
const err17 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio TLSRoute"}};
if(vErrors === null){
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate576.errors = vErrors;
return errors === 0;
}
const obj96 = new Set(["exportTo","gateways","hosts","http","tcp","tls"]);
function validate543(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exportTo !== undefined){
let data0 = data.exportTo;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/exportTo/" + i0,schemaPath:"#/properties/exportTo/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/exportTo",schemaPath:"#/properties/exportTo/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.gateways !== undefined){
let data2 = data.gateways;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err2 = {instancePath:instancePath+"/gateways/" + i1,schemaPath:"#/properties/gateways/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err3 = {instancePath:instancePath+"/gateways",schemaPath:"#/properties/gateways/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.hosts !== undefined){
let data4 = data.hosts;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(typeof data4[i2] !== "string"){
const err4 = {instancePath:instancePath+"/hosts/" + i2,schemaPath:"#/properties/hosts/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
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
const err5 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.http !== undefined){
let data6 = data.http;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(!(validate544(data6[i3], instancePath+"/http/" + i3))){
vErrors = vErrors === null ? validate544.errors : vErrors.concat(validate544.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.tcp !== undefined){
let data8 = data.tcp;
if(Array.isArray(data8)){
const len4 = data8.length;
for(let i4=0; i4<len4; i4++){
if(!(validate571(data8[i4], instancePath+"/tcp/" + i4))){
vErrors = vErrors === null ? validate571.errors : vErrors.concat(validate571.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/tcp",schemaPath:"#/properties/tcp/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.tls !== undefined){
let data10 = data.tls;
if(Array.isArray(data10)){
const len5 = data10.length;
for(let i5=0; i5<len5; i5++){
if(!(validate576(data10[i5], instancePath+"/tls/" + i5))){
vErrors = vErrors === null ? validate576.errors : vErrors.concat(validate576.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key0 in data){
if(!(obj96.has(key0))){
const err9 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio VirtualService"}};
if(vErrors === null){
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate543.errors = vErrors;
return errors === 0;
}
module.exports = {validate543};
