/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of node.k8s.io/v1/RuntimeClass alone.
"use strict";
const {schema92} = require("./_shared-2d45fd122197.js");
const {pattern4} = require("./_shared-36b9c59a91a1.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const schema216 = {"type":"object","properties":{"podFixed":{"type":"object","additionalProperties":{"type":["string","number"],"pattern":"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}}},"k8sClosed":"Kubernetes 1.28 Overhead"};
function validate263(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nodeSelector !== undefined){
let data0 = data.nodeSelector;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
if(typeof data0[key0] !== "string"){
const err0 = {instancePath:instancePath+"/nodeSelector/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodeSelector/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err1 = {instancePath:instancePath+"/nodeSelector",schemaPath:"#/properties/nodeSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.tolerations !== undefined){
let data2 = data.tolerations;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.effect !== undefined){
let data4 = data3.effect;
if(typeof data4 !== "string"){
const err2 = {instancePath:instancePath+"/tolerations/" + i0+"/effect",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/effect/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data4 === "NoExecute") || (data4 === "NoSchedule")) || (data4 === "PreferNoSchedule"))){
const err3 = {instancePath:instancePath+"/tolerations/" + i0+"/effect",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/effect/enum",keyword:"enum",params:{allowedValues: schema92.properties.effect.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data3.key !== undefined){
if(typeof data3.key !== "string"){
const err4 = {instancePath:instancePath+"/tolerations/" + i0+"/key",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data3.operator !== undefined){
let data6 = data3.operator;
if(typeof data6 !== "string"){
const err5 = {instancePath:instancePath+"/tolerations/" + i0+"/operator",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/operator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data6 === "Equal") || (data6 === "Exists"))){
const err6 = {instancePath:instancePath+"/tolerations/" + i0+"/operator",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/operator/enum",keyword:"enum",params:{allowedValues: schema92.properties.operator.enum}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.tolerationSeconds !== undefined){
let data7 = data3.tolerationSeconds;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err7 = {instancePath:instancePath+"/tolerations/" + i0+"/tolerationSeconds",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/tolerationSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.value !== undefined){
if(typeof data3.value !== "string"){
const err8 = {instancePath:instancePath+"/tolerations/" + i0+"/value",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key1 in data3){
if(!(((((key1 === "effect") || (key1 === "key")) || (key1 === "operator")) || (key1 === "tolerationSeconds")) || (key1 === "value"))){
const err9 = {instancePath:instancePath+"/tolerations/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 Toleration"}};
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
const err10 = {instancePath:instancePath+"/tolerations/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/type",keyword:"type",params:{type: "object"}};
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
const err11 = {instancePath:instancePath+"/tolerations",schemaPath:"#/properties/tolerations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data){
if(!((key2 === "nodeSelector") || (key2 === "tolerations"))){
const err12 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 Scheduling"}};
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
validate263.errors = vErrors;
return errors === 0;
}
const obj27 = new Set(["apiVersion","handler","kind","metadata","overhead","scheduling"]);
function validate261(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.handler === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handler"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if("node.k8s.io/v1" !== data0){
const err2 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "node.k8s.io/v1"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.handler !== undefined){
if(typeof data.handler !== "string"){
const err3 = {instancePath:instancePath+"/handler",schemaPath:"#/properties/handler/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("RuntimeClass" !== data2){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "RuntimeClass"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(data.overhead !== undefined){
let data4 = data.overhead;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.podFixed !== undefined){
let data5 = data4.podFixed;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key0 in data5){
let data6 = data5[key0];
if((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))){
const err6 = {instancePath:instancePath+"/overhead/podFixed/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/io.k8s.api.node.v1.Overhead/properties/podFixed/additionalProperties/type",keyword:"type",params:{type: schema216.properties.podFixed.additionalProperties.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err7 = {instancePath:instancePath+"/overhead/podFixed/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/io.k8s.api.node.v1.Overhead/properties/podFixed/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
}
else {
const err8 = {instancePath:instancePath+"/overhead/podFixed",schemaPath:"k8s#/definitions/io.k8s.api.node.v1.Overhead/properties/podFixed/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key1 in data4){
if(!(key1 === "podFixed")){
const err9 = {instancePath:instancePath+"/overhead",schemaPath:"k8s#/definitions/io.k8s.api.node.v1.Overhead/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 Overhead"}};
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
const err10 = {instancePath:instancePath+"/overhead",schemaPath:"k8s#/definitions/io.k8s.api.node.v1.Overhead/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.scheduling !== undefined){
if(!(validate263(data.scheduling, instancePath+"/scheduling"))){
vErrors = vErrors === null ? validate263.errors : vErrors.concat(validate263.errors);
errors = vErrors.length;
}
}
for(const key2 in data){
if(!(obj27.has(key2))){
const err11 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 RuntimeClass"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate261.errors = vErrors;
return errors === 0;
}
module.exports = {validate261};
