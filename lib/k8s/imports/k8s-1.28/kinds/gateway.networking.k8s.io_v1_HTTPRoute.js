/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of gateway.networking.k8s.io/v1/HTTPRoute alone.
"use strict";
const {validate12} = require("./_shared-3b773811c50a.js");
const {func2} = require("./_shared-f9456b1130e2.js");
const pattern33 = new RegExp("^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const pattern34 = new RegExp("^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const pattern35 = new RegExp("^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "u");
const pattern36 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
const pattern37 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
const obj58 = new Set(["group","kind","name","namespace","port","sectionName"]);
const schema363 = {"type":"object","properties":{"extensionRef":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef"},"requestHeaderModifier":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier"},"requestMirror":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror"},"requestRedirect":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect"},"responseHeaderModifier":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier"},"type":{"type":"string","enum":["RequestHeaderModifier","ResponseHeaderModifier","RequestMirror","RequestRedirect","URLRewrite","ExtensionRef"]},"urlRewrite":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite"}},"required":["type"],"k8sClosed":"Gateway API HTTPRoute spec.rules[].backendRefs[].filters[]"};
const pattern40 = new RegExp("^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$", "u");
function validate408(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.add !== undefined){
let data0 = data.add;
if(Array.isArray(data0)){
if(data0.length > 16){
const err0 = {instancePath:instancePath+"/add",schemaPath:"#/properties/add/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err1 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.value === undefined){
const err2 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(func2(data2) > 256){
const err3 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern40.test(data2)){
const err5 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.value !== undefined){
let data3 = data1.value;
if(typeof data3 === "string"){
if(func2(data3) > 4096){
const err7 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/properties/value/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data1){
if(!((key0 === "name") || (key0 === "value"))){
const err10 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]"}};
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
const err11 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.add[]/type",keyword:"type",params:{type: "object"}};
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
const err12 = {instancePath:instancePath+"/add",schemaPath:"#/properties/add/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.remove !== undefined){
let data4 = data.remove;
if(Array.isArray(data4)){
if(data4.length > 16){
const err13 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err14 = {instancePath:instancePath+"/remove/" + i1,schemaPath:"#/properties/remove/items/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.set !== undefined){
let data6 = data.set;
if(Array.isArray(data6)){
if(data6.length > 16){
const err16 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err17 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.value === undefined){
const err18 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 === "string"){
if(func2(data8) > 256){
const err19 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data8) < 1){
const err20 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern40.test(data8)){
const err21 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.value !== undefined){
let data9 = data7.value;
if(typeof data9 === "string"){
if(func2(data9) > 4096){
const err23 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data9) < 1){
const err24 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/properties/value/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
for(const key1 in data7){
if(!((key1 === "name") || (key1 === "value"))){
const err26 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]"}};
if(vErrors === null){
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
const err27 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier.set[]/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
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
const err28 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key2 in data){
if(!(((key2 === "add") || (key2 === "remove")) || (key2 === "set"))){
const err29 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestHeaderModifier"}};
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
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate408.errors = vErrors;
return errors === 0;
}
function validate410(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.backendRef === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "backendRef"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.backendRef !== undefined){
let data0 = data.backendRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/backendRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.group !== undefined){
let data1 = data0.group;
if(typeof data1 === "string"){
if(func2(data1) > 253){
const err2 = {instancePath:instancePath+"/backendRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/group/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern34.test(data1)){
const err3 = {instancePath:instancePath+"/backendRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/backendRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.kind !== undefined){
let data2 = data0.kind;
if(typeof data2 === "string"){
if(func2(data2) > 63){
const err5 = {instancePath:instancePath+"/backendRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/backendRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/kind/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern35.test(data2)){
const err7 = {instancePath:instancePath+"/backendRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/backendRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.name !== undefined){
let data3 = data0.name;
if(typeof data3 === "string"){
if(func2(data3) > 253){
const err9 = {instancePath:instancePath+"/backendRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/backendRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/backendRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.namespace !== undefined){
let data4 = data0.namespace;
if(typeof data4 === "string"){
if(func2(data4) > 63){
const err12 = {instancePath:instancePath+"/backendRef/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/backendRef/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/namespace/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern36.test(data4)){
const err14 = {instancePath:instancePath+"/backendRef/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/backendRef/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data0.port !== undefined){
let data5 = data0.port;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/backendRef/port",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 65535 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/backendRef/port",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/backendRef/port",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
for(const key0 in data0){
if(!(((((key0 === "group") || (key0 === "kind")) || (key0 === "name")) || (key0 === "namespace")) || (key0 === "port"))){
const err19 = {instancePath:instancePath+"/backendRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef"}};
if(vErrors === null){
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
const err20 = {instancePath:instancePath+"/backendRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror.backendRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
for(const key1 in data){
if(!(key1 === "backendRef")){
const err21 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestMirror"}};
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
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate410.errors = vErrors;
return errors === 0;
}
const schema370 = {"type":"object","properties":{"hostname":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","minLength":1,"maxLength":253},"path":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path"},"port":{"type":"integer","minimum":1,"maximum":65535},"scheme":{"type":"string","enum":["http","https"]},"statusCode":{"type":"integer","enum":[301,302]}},"k8sClosed":"Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect"};
const schema371 = {"type":"object","properties":{"replaceFullPath":{"type":"string","maxLength":1024},"replacePrefixMatch":{"type":"string","maxLength":1024},"type":{"type":"string","enum":["ReplaceFullPath","ReplacePrefixMatch"]}},"required":["type"],"k8sClosed":"Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path"};
function validate412(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hostname !== undefined){
let data0 = data.hostname;
if(typeof data0 === "string"){
if(func2(data0) > 253){
const err0 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern37.test(data0)){
const err2 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
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
const err3 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err4 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.replaceFullPath !== undefined){
let data2 = data1.replaceFullPath;
if(typeof data2 === "string"){
if(func2(data2) > 1024){
const err5 = {instancePath:instancePath+"/path/replaceFullPath",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path/properties/replaceFullPath/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/replaceFullPath",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path/properties/replaceFullPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.replacePrefixMatch !== undefined){
let data3 = data1.replacePrefixMatch;
if(typeof data3 === "string"){
if(func2(data3) > 1024){
const err7 = {instancePath:instancePath+"/path/replacePrefixMatch",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path/properties/replacePrefixMatch/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path/replacePrefixMatch",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path/properties/replacePrefixMatch/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.type !== undefined){
let data4 = data1.type;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/path/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data4 === "ReplaceFullPath") || (data4 === "ReplacePrefixMatch"))){
const err10 = {instancePath:instancePath+"/path/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path/properties/type/enum",keyword:"enum",params:{allowedValues: schema371.properties.type.enum}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key0 in data1){
if(!(((key0 === "replaceFullPath") || (key0 === "replacePrefixMatch")) || (key0 === "type"))){
const err11 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path"}};
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
const err12 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect.path/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.port !== undefined){
let data5 = data.port;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 65535 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data.scheme !== undefined){
let data6 = data.scheme;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data6 === "http") || (data6 === "https"))){
const err17 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema370.properties.scheme.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data7 = data.statusCode;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data7 === 301) || (data7 === 302))){
const err19 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/enum",keyword:"enum",params:{allowedValues: schema370.properties.statusCode.enum}};
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
if(!(((((key1 === "hostname") || (key1 === "path")) || (key1 === "port")) || (key1 === "scheme")) || (key1 === "statusCode"))){
const err20 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].requestRedirect"}};
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
validate412.errors = vErrors;
return errors === 0;
}
function validate414(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.add !== undefined){
let data0 = data.add;
if(Array.isArray(data0)){
if(data0.length > 16){
const err0 = {instancePath:instancePath+"/add",schemaPath:"#/properties/add/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err1 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.value === undefined){
const err2 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(func2(data2) > 256){
const err3 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern40.test(data2)){
const err5 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.value !== undefined){
let data3 = data1.value;
if(typeof data3 === "string"){
if(func2(data3) > 4096){
const err7 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/properties/value/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data1){
if(!((key0 === "name") || (key0 === "value"))){
const err10 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]"}};
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
const err11 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.add[]/type",keyword:"type",params:{type: "object"}};
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
const err12 = {instancePath:instancePath+"/add",schemaPath:"#/properties/add/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.remove !== undefined){
let data4 = data.remove;
if(Array.isArray(data4)){
if(data4.length > 16){
const err13 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err14 = {instancePath:instancePath+"/remove/" + i1,schemaPath:"#/properties/remove/items/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.set !== undefined){
let data6 = data.set;
if(Array.isArray(data6)){
if(data6.length > 16){
const err16 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err17 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.value === undefined){
const err18 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 === "string"){
if(func2(data8) > 256){
const err19 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data8) < 1){
const err20 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern40.test(data8)){
const err21 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.value !== undefined){
let data9 = data7.value;
if(typeof data9 === "string"){
if(func2(data9) > 4096){
const err23 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data9) < 1){
const err24 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/properties/value/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
for(const key1 in data7){
if(!((key1 === "name") || (key1 === "value"))){
const err26 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]"}};
if(vErrors === null){
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
const err27 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier.set[]/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
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
const err28 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key2 in data){
if(!(((key2 === "add") || (key2 === "remove")) || (key2 === "set"))){
const err29 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].responseHeaderModifier"}};
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
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate414.errors = vErrors;
return errors === 0;
}
const schema376 = {"type":"object","properties":{"replaceFullPath":{"type":"string","maxLength":1024},"replacePrefixMatch":{"type":"string","maxLength":1024},"type":{"type":"string","enum":["ReplaceFullPath","ReplacePrefixMatch"]}},"required":["type"],"k8sClosed":"Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path"};
function validate416(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hostname !== undefined){
let data0 = data.hostname;
if(typeof data0 === "string"){
if(func2(data0) > 253){
const err0 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern37.test(data0)){
const err2 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
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
const err3 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err4 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.replaceFullPath !== undefined){
let data2 = data1.replaceFullPath;
if(typeof data2 === "string"){
if(func2(data2) > 1024){
const err5 = {instancePath:instancePath+"/path/replaceFullPath",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path/properties/replaceFullPath/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/replaceFullPath",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path/properties/replaceFullPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.replacePrefixMatch !== undefined){
let data3 = data1.replacePrefixMatch;
if(typeof data3 === "string"){
if(func2(data3) > 1024){
const err7 = {instancePath:instancePath+"/path/replacePrefixMatch",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path/properties/replacePrefixMatch/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path/replacePrefixMatch",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path/properties/replacePrefixMatch/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.type !== undefined){
let data4 = data1.type;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/path/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data4 === "ReplaceFullPath") || (data4 === "ReplacePrefixMatch"))){
const err10 = {instancePath:instancePath+"/path/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path/properties/type/enum",keyword:"enum",params:{allowedValues: schema376.properties.type.enum}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key0 in data1){
if(!(((key0 === "replaceFullPath") || (key0 === "replacePrefixMatch")) || (key0 === "type"))){
const err11 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path"}};
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
const err12 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite.path/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key1 in data){
if(!((key1 === "hostname") || (key1 === "path"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].urlRewrite"}};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate416.errors = vErrors;
return errors === 0;
}
const obj59 = new Set(["extensionRef","requestHeaderModifier","requestMirror","requestRedirect","responseHeaderModifier","type","urlRewrite"]);
function validate407(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.extensionRef !== undefined){
let data0 = data.extensionRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.group === undefined){
const err1 = {instancePath:instancePath+"/extensionRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/required",keyword:"required",params:{missingProperty: "group"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.kind === undefined){
const err2 = {instancePath:instancePath+"/extensionRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.name === undefined){
const err3 = {instancePath:instancePath+"/extensionRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.group !== undefined){
let data1 = data0.group;
if(typeof data1 === "string"){
if(func2(data1) > 253){
const err4 = {instancePath:instancePath+"/extensionRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/properties/group/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern34.test(data1)){
const err5 = {instancePath:instancePath+"/extensionRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/extensionRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.kind !== undefined){
let data2 = data0.kind;
if(typeof data2 === "string"){
if(func2(data2) > 63){
const err7 = {instancePath:instancePath+"/extensionRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/extensionRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/properties/kind/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern35.test(data2)){
const err9 = {instancePath:instancePath+"/extensionRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"}};
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
const err10 = {instancePath:instancePath+"/extensionRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.name !== undefined){
let data3 = data0.name;
if(typeof data3 === "string"){
if(func2(data3) > 253){
const err11 = {instancePath:instancePath+"/extensionRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/extensionRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err13 = {instancePath:instancePath+"/extensionRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key0 in data0){
if(!(((key0 === "group") || (key0 === "kind")) || (key0 === "name"))){
const err14 = {instancePath:instancePath+"/extensionRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef"}};
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
const err15 = {instancePath:instancePath+"/extensionRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].backendRefs[].filters[].extensionRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.requestHeaderModifier !== undefined){
if(!(validate408(data.requestHeaderModifier, instancePath+"/requestHeaderModifier"))){
vErrors = vErrors === null ? validate408.errors : vErrors.concat(validate408.errors);
errors = vErrors.length;
}
}
if(data.requestMirror !== undefined){
if(!(validate410(data.requestMirror, instancePath+"/requestMirror"))){
vErrors = vErrors === null ? validate410.errors : vErrors.concat(validate410.errors);
errors = vErrors.length;
}
}
if(data.requestRedirect !== undefined){
if(!(validate412(data.requestRedirect, instancePath+"/requestRedirect"))){
vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors);
errors = vErrors.length;
}
}
if(data.responseHeaderModifier !== undefined){
if(!(validate414(data.responseHeaderModifier, instancePath+"/responseHeaderModifier"))){
vErrors = vErrors === null ? validate414.errors : vErrors.concat(validate414.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
let data8 = data.type;
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((((data8 === "RequestHeaderModifier") || (data8 === "ResponseHeaderModifier")) || (data8 === "RequestMirror")) || (data8 === "RequestRedirect")) || (data8 === "URLRewrite")) || (data8 === "ExtensionRef"))){
const err17 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema363.properties.type.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.urlRewrite !== undefined){
if(!(validate416(data.urlRewrite, instancePath+"/urlRewrite"))){
vErrors = vErrors === null ? validate416.errors : vErrors.concat(validate416.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(!(obj59.has(key1))){
const err18 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].backendRefs[].filters[]"}};
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
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate407.errors = vErrors;
return errors === 0;
}
const obj60 = new Set(["filters","group","kind","name","namespace","port","weight"]);
function validate406(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.filters !== undefined){
let data0 = data.filters;
if(Array.isArray(data0)){
if(data0.length > 16){
const err1 = {instancePath:instancePath+"/filters",schemaPath:"#/properties/filters/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate407(data0[i0], instancePath+"/filters/" + i0))){
vErrors = vErrors === null ? validate407.errors : vErrors.concat(validate407.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/filters",schemaPath:"#/properties/filters/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.group !== undefined){
let data2 = data.group;
if(typeof data2 === "string"){
if(func2(data2) > 253){
const err3 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern34.test(data2)){
const err4 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
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
const err5 = {instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 === "string"){
if(func2(data3) > 63){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data3) < 1){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern35.test(data3)){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data4 = data.name;
if(typeof data4 === "string"){
if(func2(data4) > 253){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
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
if(data.namespace !== undefined){
let data5 = data.namespace;
if(typeof data5 === "string"){
if(func2(data5) > 63){
const err13 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data5) < 1){
const err14 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern36.test(data5)){
const err15 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.port !== undefined){
let data6 = data.port;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err17 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 65535 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.weight !== undefined){
let data7 = data.weight;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err20 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000000 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
for(const key0 in data){
if(!(obj60.has(key0))){
const err23 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].backendRefs[]"}};
if(vErrors === null){
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate406.errors = vErrors;
return errors === 0;
}
const schema377 = {"type":"object","properties":{"extensionRef":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef"},"requestHeaderModifier":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier"},"requestMirror":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror"},"requestRedirect":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect"},"responseHeaderModifier":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier"},"type":{"type":"string","enum":["RequestHeaderModifier","ResponseHeaderModifier","RequestMirror","RequestRedirect","URLRewrite","ExtensionRef"]},"urlRewrite":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].urlRewrite"}},"required":["type"],"k8sClosed":"Gateway API HTTPRoute spec.rules[].filters[]"};
function validate421(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.add !== undefined){
let data0 = data.add;
if(Array.isArray(data0)){
if(data0.length > 16){
const err0 = {instancePath:instancePath+"/add",schemaPath:"#/properties/add/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err1 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.value === undefined){
const err2 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(func2(data2) > 256){
const err3 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern40.test(data2)){
const err5 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.value !== undefined){
let data3 = data1.value;
if(typeof data3 === "string"){
if(func2(data3) > 4096){
const err7 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/properties/value/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data1){
if(!((key0 === "name") || (key0 === "value"))){
const err10 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]"}};
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
const err11 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.add[]/type",keyword:"type",params:{type: "object"}};
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
const err12 = {instancePath:instancePath+"/add",schemaPath:"#/properties/add/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.remove !== undefined){
let data4 = data.remove;
if(Array.isArray(data4)){
if(data4.length > 16){
const err13 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err14 = {instancePath:instancePath+"/remove/" + i1,schemaPath:"#/properties/remove/items/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.set !== undefined){
let data6 = data.set;
if(Array.isArray(data6)){
if(data6.length > 16){
const err16 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err17 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.value === undefined){
const err18 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 === "string"){
if(func2(data8) > 256){
const err19 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data8) < 1){
const err20 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern40.test(data8)){
const err21 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.value !== undefined){
let data9 = data7.value;
if(typeof data9 === "string"){
if(func2(data9) > 4096){
const err23 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data9) < 1){
const err24 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/properties/value/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
for(const key1 in data7){
if(!((key1 === "name") || (key1 === "value"))){
const err26 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]"}};
if(vErrors === null){
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
const err27 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier.set[]/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
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
const err28 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key2 in data){
if(!(((key2 === "add") || (key2 === "remove")) || (key2 === "set"))){
const err29 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Gateway API HTTPRoute spec.rules[].filters[].requestHeaderModifier"}};
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
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate421.errors = vErrors;
return errors === 0;
}
function validate423(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.backendRef === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "backendRef"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.backendRef !== undefined){
let data0 = data.backendRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/backendRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.group !== undefined){
let data1 = data0.group;
if(typeof data1 === "string"){
if(func2(data1) > 253){
const err2 = {instancePath:instancePath+"/backendRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/group/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern34.test(data1)){
const err3 = {instancePath:instancePath+"/backendRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/backendRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.kind !== undefined){
let data2 = data0.kind;
if(typeof data2 === "string"){
if(func2(data2) > 63){
const err5 = {instancePath:instancePath+"/backendRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/backendRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/kind/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern35.test(data2)){
const err7 = {instancePath:instancePath+"/backendRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/backendRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.name !== undefined){
let data3 = data0.name;
if(typeof data3 === "string"){
if(func2(data3) > 253){
const err9 = {instancePath:instancePath+"/backendRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/backendRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/backendRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.namespace !== undefined){
let data4 = data0.namespace;
if(typeof data4 === "string"){
if(func2(data4) > 63){
const err12 = {instancePath:instancePath+"/backendRef/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/backendRef/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/namespace/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern36.test(data4)){
const err14 = {instancePath:instancePath+"/backendRef/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/backendRef/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data0.port !== undefined){
let data5 = data0.port;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err16 = {instancePath:instancePath+"/backendRef/port",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 65535 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/backendRef/port",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/backendRef/port",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
for(const key0 in data0){
if(!(((((key0 === "group") || (key0 === "kind")) || (key0 === "name")) || (key0 === "namespace")) || (key0 === "port"))){
const err19 = {instancePath:instancePath+"/backendRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef"}};
if(vErrors === null){
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
const err20 = {instancePath:instancePath+"/backendRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestMirror.backendRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
for(const key1 in data){
if(!(key1 === "backendRef")){
const err21 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].filters[].requestMirror"}};
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
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate423.errors = vErrors;
return errors === 0;
}
const schema384 = {"type":"object","properties":{"hostname":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$","minLength":1,"maxLength":253},"path":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path"},"port":{"type":"integer","minimum":1,"maximum":65535},"scheme":{"type":"string","enum":["http","https"]},"statusCode":{"type":"integer","enum":[301,302]}},"k8sClosed":"Gateway API HTTPRoute spec.rules[].filters[].requestRedirect"};
const schema385 = {"type":"object","properties":{"replaceFullPath":{"type":"string","maxLength":1024},"replacePrefixMatch":{"type":"string","maxLength":1024},"type":{"type":"string","enum":["ReplaceFullPath","ReplacePrefixMatch"]}},"required":["type"],"k8sClosed":"Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path"};
function validate425(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hostname !== undefined){
let data0 = data.hostname;
if(typeof data0 === "string"){
if(func2(data0) > 253){
const err0 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern37.test(data0)){
const err2 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
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
const err3 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err4 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.replaceFullPath !== undefined){
let data2 = data1.replaceFullPath;
if(typeof data2 === "string"){
if(func2(data2) > 1024){
const err5 = {instancePath:instancePath+"/path/replaceFullPath",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path/properties/replaceFullPath/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/replaceFullPath",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path/properties/replaceFullPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.replacePrefixMatch !== undefined){
let data3 = data1.replacePrefixMatch;
if(typeof data3 === "string"){
if(func2(data3) > 1024){
const err7 = {instancePath:instancePath+"/path/replacePrefixMatch",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path/properties/replacePrefixMatch/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path/replacePrefixMatch",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path/properties/replacePrefixMatch/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.type !== undefined){
let data4 = data1.type;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/path/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data4 === "ReplaceFullPath") || (data4 === "ReplacePrefixMatch"))){
const err10 = {instancePath:instancePath+"/path/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path/properties/type/enum",keyword:"enum",params:{allowedValues: schema385.properties.type.enum}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key0 in data1){
if(!(((key0 === "replaceFullPath") || (key0 === "replacePrefixMatch")) || (key0 === "type"))){
const err11 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path"}};
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
const err12 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].requestRedirect.path/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.port !== undefined){
let data5 = data.port;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 65535 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
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
if(data.scheme !== undefined){
let data6 = data.scheme;
if(typeof data6 !== "string"){
const err16 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data6 === "http") || (data6 === "https"))){
const err17 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema384.properties.scheme.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.statusCode !== undefined){
let data7 = data.statusCode;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data7 === 301) || (data7 === 302))){
const err19 = {instancePath:instancePath+"/statusCode",schemaPath:"#/properties/statusCode/enum",keyword:"enum",params:{allowedValues: schema384.properties.statusCode.enum}};
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
if(!(((((key1 === "hostname") || (key1 === "path")) || (key1 === "port")) || (key1 === "scheme")) || (key1 === "statusCode"))){
const err20 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].filters[].requestRedirect"}};
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
validate425.errors = vErrors;
return errors === 0;
}
function validate427(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.add !== undefined){
let data0 = data.add;
if(Array.isArray(data0)){
if(data0.length > 16){
const err0 = {instancePath:instancePath+"/add",schemaPath:"#/properties/add/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err1 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.value === undefined){
const err2 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(func2(data2) > 256){
const err3 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern40.test(data2)){
const err5 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/add/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.value !== undefined){
let data3 = data1.value;
if(typeof data3 === "string"){
if(func2(data3) > 4096){
const err7 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/properties/value/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/add/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data1){
if(!((key0 === "name") || (key0 === "value"))){
const err10 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]"}};
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
const err11 = {instancePath:instancePath+"/add/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.add[]/type",keyword:"type",params:{type: "object"}};
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
const err12 = {instancePath:instancePath+"/add",schemaPath:"#/properties/add/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.remove !== undefined){
let data4 = data.remove;
if(Array.isArray(data4)){
if(data4.length > 16){
const err13 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err14 = {instancePath:instancePath+"/remove/" + i1,schemaPath:"#/properties/remove/items/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.set !== undefined){
let data6 = data.set;
if(Array.isArray(data6)){
if(data6.length > 16){
const err16 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err17 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.value === undefined){
const err18 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 === "string"){
if(func2(data8) > 256){
const err19 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data8) < 1){
const err20 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern40.test(data8)){
const err21 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/set/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.value !== undefined){
let data9 = data7.value;
if(typeof data9 === "string"){
if(func2(data9) > 4096){
const err23 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data9) < 1){
const err24 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/properties/value/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/set/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
for(const key1 in data7){
if(!((key1 === "name") || (key1 === "value"))){
const err26 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]"}};
if(vErrors === null){
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
const err27 = {instancePath:instancePath+"/set/" + i2,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier.set[]/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
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
const err28 = {instancePath:instancePath+"/set",schemaPath:"#/properties/set/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key2 in data){
if(!(((key2 === "add") || (key2 === "remove")) || (key2 === "set"))){
const err29 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Gateway API HTTPRoute spec.rules[].filters[].responseHeaderModifier"}};
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
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate427.errors = vErrors;
return errors === 0;
}
const schema390 = {"type":"object","properties":{"replaceFullPath":{"type":"string","maxLength":1024},"replacePrefixMatch":{"type":"string","maxLength":1024},"type":{"type":"string","enum":["ReplaceFullPath","ReplacePrefixMatch"]}},"required":["type"],"k8sClosed":"Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path"};
function validate429(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hostname !== undefined){
let data0 = data.hostname;
if(typeof data0 === "string"){
if(func2(data0) > 253){
const err0 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern37.test(data0)){
const err2 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
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
const err3 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data1 = data.path;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err4 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.replaceFullPath !== undefined){
let data2 = data1.replaceFullPath;
if(typeof data2 === "string"){
if(func2(data2) > 1024){
const err5 = {instancePath:instancePath+"/path/replaceFullPath",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path/properties/replaceFullPath/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/path/replaceFullPath",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path/properties/replaceFullPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.replacePrefixMatch !== undefined){
let data3 = data1.replacePrefixMatch;
if(typeof data3 === "string"){
if(func2(data3) > 1024){
const err7 = {instancePath:instancePath+"/path/replacePrefixMatch",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path/properties/replacePrefixMatch/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path/replacePrefixMatch",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path/properties/replacePrefixMatch/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.type !== undefined){
let data4 = data1.type;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/path/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data4 === "ReplaceFullPath") || (data4 === "ReplacePrefixMatch"))){
const err10 = {instancePath:instancePath+"/path/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path/properties/type/enum",keyword:"enum",params:{allowedValues: schema390.properties.type.enum}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key0 in data1){
if(!(((key0 === "replaceFullPath") || (key0 === "replacePrefixMatch")) || (key0 === "type"))){
const err11 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path"}};
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
const err12 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].urlRewrite.path/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key1 in data){
if(!((key1 === "hostname") || (key1 === "path"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].filters[].urlRewrite"}};
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
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate429.errors = vErrors;
return errors === 0;
}
const obj61 = new Set(["extensionRef","requestHeaderModifier","requestMirror","requestRedirect","responseHeaderModifier","type","urlRewrite"]);
function validate420(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.extensionRef !== undefined){
let data0 = data.extensionRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.group === undefined){
const err1 = {instancePath:instancePath+"/extensionRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/required",keyword:"required",params:{missingProperty: "group"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.kind === undefined){
const err2 = {instancePath:instancePath+"/extensionRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.name === undefined){
const err3 = {instancePath:instancePath+"/extensionRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.group !== undefined){
let data1 = data0.group;
if(typeof data1 === "string"){
if(func2(data1) > 253){
const err4 = {instancePath:instancePath+"/extensionRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/properties/group/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern34.test(data1)){
const err5 = {instancePath:instancePath+"/extensionRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/extensionRef/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.kind !== undefined){
let data2 = data0.kind;
if(typeof data2 === "string"){
if(func2(data2) > 63){
const err7 = {instancePath:instancePath+"/extensionRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/extensionRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/properties/kind/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern35.test(data2)){
const err9 = {instancePath:instancePath+"/extensionRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"}};
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
const err10 = {instancePath:instancePath+"/extensionRef/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.name !== undefined){
let data3 = data0.name;
if(typeof data3 === "string"){
if(func2(data3) > 253){
const err11 = {instancePath:instancePath+"/extensionRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/properties/name/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/extensionRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err13 = {instancePath:instancePath+"/extensionRef/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key0 in data0){
if(!(((key0 === "group") || (key0 === "kind")) || (key0 === "name"))){
const err14 = {instancePath:instancePath+"/extensionRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].filters[].extensionRef"}};
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
const err15 = {instancePath:instancePath+"/extensionRef",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].filters[].extensionRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.requestHeaderModifier !== undefined){
if(!(validate421(data.requestHeaderModifier, instancePath+"/requestHeaderModifier"))){
vErrors = vErrors === null ? validate421.errors : vErrors.concat(validate421.errors);
errors = vErrors.length;
}
}
if(data.requestMirror !== undefined){
if(!(validate423(data.requestMirror, instancePath+"/requestMirror"))){
vErrors = vErrors === null ? validate423.errors : vErrors.concat(validate423.errors);
errors = vErrors.length;
}
}
if(data.requestRedirect !== undefined){
if(!(validate425(data.requestRedirect, instancePath+"/requestRedirect"))){
vErrors = vErrors === null ? validate425.errors : vErrors.concat(validate425.errors);
errors = vErrors.length;
}
}
if(data.responseHeaderModifier !== undefined){
if(!(validate427(data.responseHeaderModifier, instancePath+"/responseHeaderModifier"))){
vErrors = vErrors === null ? validate427.errors : vErrors.concat(validate427.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
let data8 = data.type;
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((((data8 === "RequestHeaderModifier") || (data8 === "ResponseHeaderModifier")) || (data8 === "RequestMirror")) || (data8 === "RequestRedirect")) || (data8 === "URLRewrite")) || (data8 === "ExtensionRef"))){
const err17 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema377.properties.type.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.urlRewrite !== undefined){
if(!(validate429(data.urlRewrite, instancePath+"/urlRewrite"))){
vErrors = vErrors === null ? validate429.errors : vErrors.concat(validate429.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(!(obj61.has(key1))){
const err18 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].filters[]"}};
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
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate420.errors = vErrors;
return errors === 0;
}
const schema391 = {"type":"object","properties":{"headers":{"type":"array","items":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]"},"maxItems":16},"method":{"type":"string","enum":["GET","HEAD","POST","PUT","DELETE","CONNECT","OPTIONS","TRACE","PATCH"]},"path":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].path"},"queryParams":{"type":"array","items":{"$ref":"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]"},"maxItems":16}},"k8sClosed":"Gateway API HTTPRoute spec.rules[].matches[]"};
const schema392 = {"type":"object","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","minLength":1,"maxLength":256},"type":{"type":"string","enum":["Exact","RegularExpression"]},"value":{"type":"string","minLength":1,"maxLength":4096}},"required":["name","value"],"k8sClosed":"Gateway API HTTPRoute spec.rules[].matches[].headers[]"};
const schema393 = {"type":"object","properties":{"type":{"type":"string","enum":["Exact","PathPrefix","RegularExpression"]},"value":{"type":"string","maxLength":1024}},"k8sClosed":"Gateway API HTTPRoute spec.rules[].matches[].path"};
const schema394 = {"type":"object","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$","minLength":1,"maxLength":256},"type":{"type":"string","enum":["Exact","RegularExpression"]},"value":{"type":"string","minLength":1,"maxLength":1024}},"required":["name","value"],"k8sClosed":"Gateway API HTTPRoute spec.rules[].matches[].queryParams[]"};
function validate432(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.headers !== undefined){
let data0 = data.headers;
if(Array.isArray(data0)){
if(data0.length > 16){
const err0 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err1 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.value === undefined){
const err2 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(func2(data2) > 256){
const err3 = {instancePath:instancePath+"/headers/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/headers/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern40.test(data2)){
const err5 = {instancePath:instancePath+"/headers/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/headers/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.type !== undefined){
let data3 = data1.type;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/headers/" + i0+"/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data3 === "Exact") || (data3 === "RegularExpression"))){
const err8 = {instancePath:instancePath+"/headers/" + i0+"/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/properties/type/enum",keyword:"enum",params:{allowedValues: schema392.properties.type.enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.value !== undefined){
let data4 = data1.value;
if(typeof data4 === "string"){
if(func2(data4) > 4096){
const err9 = {instancePath:instancePath+"/headers/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/properties/value/maxLength",keyword:"maxLength",params:{limit: 4096}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data4) < 1){
const err10 = {instancePath:instancePath+"/headers/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/properties/value/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/headers/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key0 in data1){
if(!(((key0 === "name") || (key0 === "type")) || (key0 === "value"))){
const err12 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].matches[].headers[]"}};
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
const err13 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].headers[]/type",keyword:"type",params:{type: "object"}};
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
const err14 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.method !== undefined){
let data5 = data.method;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((((((data5 === "GET") || (data5 === "HEAD")) || (data5 === "POST")) || (data5 === "PUT")) || (data5 === "DELETE")) || (data5 === "CONNECT")) || (data5 === "OPTIONS")) || (data5 === "TRACE")) || (data5 === "PATCH"))){
const err16 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema391.properties.method.enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.path !== undefined){
let data6 = data.path;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.type !== undefined){
let data7 = data6.type;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/path/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].path/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((data7 === "Exact") || (data7 === "PathPrefix")) || (data7 === "RegularExpression"))){
const err18 = {instancePath:instancePath+"/path/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].path/properties/type/enum",keyword:"enum",params:{allowedValues: schema393.properties.type.enum}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.value !== undefined){
let data8 = data6.value;
if(typeof data8 === "string"){
if(func2(data8) > 1024){
const err19 = {instancePath:instancePath+"/path/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].path/properties/value/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/path/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].path/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
for(const key1 in data6){
if(!((key1 === "type") || (key1 === "value"))){
const err21 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].path/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[].matches[].path"}};
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
else {
const err22 = {instancePath:instancePath+"/path",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].path/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.queryParams !== undefined){
let data9 = data.queryParams;
if(Array.isArray(data9)){
if(data9.length > 16){
const err23 = {instancePath:instancePath+"/queryParams",schemaPath:"#/properties/queryParams/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err24 = {instancePath:instancePath+"/queryParams/" + i1,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data10.value === undefined){
const err25 = {instancePath:instancePath+"/queryParams/" + i1,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10.name !== undefined){
let data11 = data10.name;
if(typeof data11 === "string"){
if(func2(data11) > 256){
const err26 = {instancePath:instancePath+"/queryParams/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data11) < 1){
const err27 = {instancePath:instancePath+"/queryParams/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern40.test(data11)){
const err28 = {instancePath:instancePath+"/queryParams/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/queryParams/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.type !== undefined){
let data12 = data10.type;
if(typeof data12 !== "string"){
const err30 = {instancePath:instancePath+"/queryParams/" + i1+"/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((data12 === "Exact") || (data12 === "RegularExpression"))){
const err31 = {instancePath:instancePath+"/queryParams/" + i1+"/type",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/properties/type/enum",keyword:"enum",params:{allowedValues: schema394.properties.type.enum}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.value !== undefined){
let data13 = data10.value;
if(typeof data13 === "string"){
if(func2(data13) > 1024){
const err32 = {instancePath:instancePath+"/queryParams/" + i1+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/properties/value/maxLength",keyword:"maxLength",params:{limit: 1024}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func2(data13) < 1){
const err33 = {instancePath:instancePath+"/queryParams/" + i1+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/properties/value/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/queryParams/" + i1+"/value",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
for(const key2 in data10){
if(!(((key2 === "name") || (key2 === "type")) || (key2 === "value"))){
const err35 = {instancePath:instancePath+"/queryParams/" + i1,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Gateway API HTTPRoute spec.rules[].matches[].queryParams[]"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/queryParams/" + i1,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].matches[].queryParams[]/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
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
const err37 = {instancePath:instancePath+"/queryParams",schemaPath:"#/properties/queryParams/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
for(const key3 in data){
if(!((((key3 === "headers") || (key3 === "method")) || (key3 === "path")) || (key3 === "queryParams"))){
const err38 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Gateway API HTTPRoute spec.rules[].matches[]"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate432.errors = vErrors;
return errors === 0;
}
const pattern65 = new RegExp("^([0-9]{1,5}(h|m|s|ms)){1,4}$", "u");
function validate405(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.backendRefs !== undefined){
let data0 = data.backendRefs;
if(Array.isArray(data0)){
if(data0.length > 16){
const err0 = {instancePath:instancePath+"/backendRefs",schemaPath:"#/properties/backendRefs/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate406(data0[i0], instancePath+"/backendRefs/" + i0))){
vErrors = vErrors === null ? validate406.errors : vErrors.concat(validate406.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/backendRefs",schemaPath:"#/properties/backendRefs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.filters !== undefined){
let data2 = data.filters;
if(Array.isArray(data2)){
if(data2.length > 16){
const err2 = {instancePath:instancePath+"/filters",schemaPath:"#/properties/filters/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate420(data2[i1], instancePath+"/filters/" + i1))){
vErrors = vErrors === null ? validate420.errors : vErrors.concat(validate420.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/filters",schemaPath:"#/properties/filters/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.matches !== undefined){
let data4 = data.matches;
if(Array.isArray(data4)){
if(data4.length > 8){
const err4 = {instancePath:instancePath+"/matches",schemaPath:"#/properties/matches/maxItems",keyword:"maxItems",params:{limit: 8}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate432(data4[i2], instancePath+"/matches/" + i2))){
vErrors = vErrors === null ? validate432.errors : vErrors.concat(validate432.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/matches",schemaPath:"#/properties/matches/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.timeouts !== undefined){
let data6 = data.timeouts;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.backendRequest !== undefined){
let data7 = data6.backendRequest;
if(typeof data7 === "string"){
if(!pattern65.test(data7)){
const err6 = {instancePath:instancePath+"/timeouts/backendRequest",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].timeouts/properties/backendRequest/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,5}(h|m|s|ms)){1,4}$"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/timeouts/backendRequest",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].timeouts/properties/backendRequest/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data6.request !== undefined){
let data8 = data6.request;
if(typeof data8 === "string"){
if(!pattern65.test(data8)){
const err8 = {instancePath:instancePath+"/timeouts/request",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].timeouts/properties/request/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,5}(h|m|s|ms)){1,4}$"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/timeouts/request",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].timeouts/properties/request/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data6){
if(!((key0 === "backendRequest") || (key0 === "request"))){
const err10 = {instancePath:instancePath+"/timeouts",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].timeouts/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.rules[].timeouts"}};
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
const err11 = {instancePath:instancePath+"/timeouts",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.rules[].timeouts/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key1 in data){
if(!((((key1 === "backendRefs") || (key1 === "filters")) || (key1 === "matches")) || (key1 === "timeouts"))){
const err12 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec.rules[]"}};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate405.errors = vErrors;
return errors === 0;
}
function validate404(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hostnames !== undefined){
let data0 = data.hostnames;
if(Array.isArray(data0)){
if(data0.length > 16){
const err0 = {instancePath:instancePath+"/hostnames",schemaPath:"#/properties/hostnames/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) > 253){
const err1 = {instancePath:instancePath+"/hostnames/" + i0,schemaPath:"#/properties/hostnames/items/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data1) < 1){
const err2 = {instancePath:instancePath+"/hostnames/" + i0,schemaPath:"#/properties/hostnames/items/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern33.test(data1)){
const err3 = {instancePath:instancePath+"/hostnames/" + i0,schemaPath:"#/properties/hostnames/items/pattern",keyword:"pattern",params:{pattern: "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/hostnames/" + i0,schemaPath:"#/properties/hostnames/items/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/hostnames",schemaPath:"#/properties/hostnames/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.parentRefs !== undefined){
let data2 = data.parentRefs;
if(Array.isArray(data2)){
if(data2.length > 32){
const err6 = {instancePath:instancePath+"/parentRefs",schemaPath:"#/properties/parentRefs/maxItems",keyword:"maxItems",params:{limit: 32}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name === undefined){
const err7 = {instancePath:instancePath+"/parentRefs/" + i1,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.group !== undefined){
let data4 = data3.group;
if(typeof data4 === "string"){
if(func2(data4) > 253){
const err8 = {instancePath:instancePath+"/parentRefs/" + i1+"/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/group/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern34.test(data4)){
const err9 = {instancePath:instancePath+"/parentRefs/" + i1+"/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/group/pattern",keyword:"pattern",params:{pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
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
const err10 = {instancePath:instancePath+"/parentRefs/" + i1+"/group",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.kind !== undefined){
let data5 = data3.kind;
if(typeof data5 === "string"){
if(func2(data5) > 63){
const err11 = {instancePath:instancePath+"/parentRefs/" + i1+"/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/kind/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data5) < 1){
const err12 = {instancePath:instancePath+"/parentRefs/" + i1+"/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/kind/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern35.test(data5)){
const err13 = {instancePath:instancePath+"/parentRefs/" + i1+"/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/parentRefs/" + i1+"/kind",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.name !== undefined){
let data6 = data3.name;
if(typeof data6 === "string"){
if(func2(data6) > 253){
const err15 = {instancePath:instancePath+"/parentRefs/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/name/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data6) < 1){
const err16 = {instancePath:instancePath+"/parentRefs/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/name/minLength",keyword:"minLength",params:{limit: 1}};
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
const err17 = {instancePath:instancePath+"/parentRefs/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.namespace !== undefined){
let data7 = data3.namespace;
if(typeof data7 === "string"){
if(func2(data7) > 63){
const err18 = {instancePath:instancePath+"/parentRefs/" + i1+"/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data7) < 1){
const err19 = {instancePath:instancePath+"/parentRefs/" + i1+"/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/namespace/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern36.test(data7)){
const err20 = {instancePath:instancePath+"/parentRefs/" + i1+"/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/namespace/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"}};
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
const err21 = {instancePath:instancePath+"/parentRefs/" + i1+"/namespace",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.port !== undefined){
let data8 = data3.port;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err22 = {instancePath:instancePath+"/parentRefs/" + i1+"/port",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 65535 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/parentRefs/" + i1+"/port",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/parentRefs/" + i1+"/port",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data3.sectionName !== undefined){
let data9 = data3.sectionName;
if(typeof data9 === "string"){
if(func2(data9) > 253){
const err25 = {instancePath:instancePath+"/parentRefs/" + i1+"/sectionName",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/sectionName/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data9) < 1){
const err26 = {instancePath:instancePath+"/parentRefs/" + i1+"/sectionName",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/sectionName/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern37.test(data9)){
const err27 = {instancePath:instancePath+"/parentRefs/" + i1+"/sectionName",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/sectionName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/parentRefs/" + i1+"/sectionName",schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/properties/sectionName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key0 in data3){
if(!(obj58.has(key0))){
const err29 = {instancePath:instancePath+"/parentRefs/" + i1,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Gateway API HTTPRoute spec.parentRefs[]"}};
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
else {
const err30 = {instancePath:instancePath+"/parentRefs/" + i1,schemaPath:"k8s#/definitions/crd-type Gateway API HTTPRoute spec.parentRefs[]/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
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
const err31 = {instancePath:instancePath+"/parentRefs",schemaPath:"#/properties/parentRefs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.rules !== undefined){
let data10 = data.rules;
if(Array.isArray(data10)){
if(data10.length > 16){
const err32 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/maxItems",keyword:"maxItems",params:{limit: 16}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(!(validate405(data10[i2], instancePath+"/rules/" + i2))){
vErrors = vErrors === null ? validate405.errors : vErrors.concat(validate405.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
for(const key1 in data){
if(!(((key1 === "hostnames") || (key1 === "parentRefs")) || (key1 === "rules"))){
const err34 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Gateway API HTTPRoute spec"}};
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
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate404.errors = vErrors;
return errors === 0;
}
function validate402(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.spec === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("gateway.networking.k8s.io/v1" !== data0){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "gateway.networking.k8s.io/v1"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("HTTPRoute" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "HTTPRoute"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.metadata !== undefined){
if(!(validate12(data.metadata, instancePath+"/metadata"))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
if(!(validate404(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate404.errors : vErrors.concat(validate404.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key0 in data){
if(!(((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec")) || (key0 === "status"))){
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "gateway.networking.k8s.io/v1 HTTPRoute"}};
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
validate402.errors = vErrors;
return errors === 0;
}
module.exports = {validate402};
