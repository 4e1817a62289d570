/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 8 kinds share: apps/v1/DaemonSet, apps/v1/Deployment, apps/v1/ReplicaSet, apps/v1/StatefulSet, batch/v1/CronJob, batch/v1/Job, v1/PersistentVolumeClaim, v1/Pod.
"use strict";
const {validate17} = require("./_shared-189cd486ec31.js");
const {pattern4} = require("./_shared-36b9c59a91a1.js");
const schema64 = {"type":"object","properties":{"claims":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ResourceClaim"}},"limits":{"type":"object","additionalProperties":{"type":["string","number"],"pattern":"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}},"requests":{"type":"object","additionalProperties":{"type":["string","number"],"pattern":"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}}},"k8sClosed":"Kubernetes 1.28 ResourceRequirements"};
function validate77(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.claims !== undefined){
let data0 = data.claims;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err0 = {instancePath:instancePath+"/claims/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceClaim/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err1 = {instancePath:instancePath+"/claims/" + i0+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceClaim/properties/name/type",keyword:"type",params:{type: "string"}};
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
if(!(key0 === "name")){
const err2 = {instancePath:instancePath+"/claims/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceClaim/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ResourceClaim"}};
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
const err3 = {instancePath:instancePath+"/claims/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceClaim/type",keyword:"type",params:{type: "object"}};
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
const err4 = {instancePath:instancePath+"/claims",schemaPath:"#/properties/claims/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.limits !== undefined){
let data3 = data.limits;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))){
const err5 = {instancePath:instancePath+"/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/additionalProperties/type",keyword:"type",params:{type: schema64.properties.limits.additionalProperties.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err6 = {instancePath:instancePath+"/limits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/limits/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
}
else {
const err7 = {instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.requests !== undefined){
let data5 = data.requests;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
let data6 = data5[key2];
if((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))){
const err8 = {instancePath:instancePath+"/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/requests/additionalProperties/type",keyword:"type",params:{type: schema64.properties.requests.additionalProperties.type}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err9 = {instancePath:instancePath+"/requests/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/requests/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
}
else {
const err10 = {instancePath:instancePath+"/requests",schemaPath:"#/properties/requests/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key3 in data){
if(!(((key3 === "claims") || (key3 === "limits")) || (key3 === "requests"))){
const err11 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Kubernetes 1.28 ResourceRequirements"}};
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
validate77.errors = vErrors;
return errors === 0;
}
const schema113 = {"type":"object","properties":{"accessModes":{"type":"array","items":{"type":"string","enum":["ReadOnlyMany","ReadWriteMany","ReadWriteOnce","ReadWriteOncePod"]}},"dataSource":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference"},"dataSourceRef":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.TypedObjectReference"},"resources":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ResourceRequirements"},"selector":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"},"storageClassName":{"type":"string"},"volumeMode":{"type":"string","enum":["Block","Filesystem"]},"volumeName":{"type":"string"}},"k8sClosed":"Kubernetes 1.28 PersistentVolumeClaimSpec"};
const obj15 = new Set(["accessModes","dataSource","dataSourceRef","resources","selector","storageClassName","volumeMode","volumeName"]);
function validate119(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accessModes !== undefined){
let data0 = data.accessModes;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err0 = {instancePath:instancePath+"/accessModes/" + i0,schemaPath:"#/properties/accessModes/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data1 === "ReadOnlyMany") || (data1 === "ReadWriteMany")) || (data1 === "ReadWriteOnce")) || (data1 === "ReadWriteOncePod"))){
const err1 = {instancePath:instancePath+"/accessModes/" + i0,schemaPath:"#/properties/accessModes/items/enum",keyword:"enum",params:{allowedValues: schema113.properties.accessModes.items.enum}};
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
const err2 = {instancePath:instancePath+"/accessModes",schemaPath:"#/properties/accessModes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.dataSource !== undefined){
let data2 = data.dataSource;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.kind === undefined){
const err3 = {instancePath:instancePath+"/dataSource",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/dataSource",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.apiGroup !== undefined){
if(typeof data2.apiGroup !== "string"){
const err5 = {instancePath:instancePath+"/dataSource/apiGroup",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference/properties/apiGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.kind !== undefined){
if(typeof data2.kind !== "string"){
const err6 = {instancePath:instancePath+"/dataSource/kind",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err7 = {instancePath:instancePath+"/dataSource/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key0 in data2){
if(!(((key0 === "apiGroup") || (key0 === "kind")) || (key0 === "name"))){
const err8 = {instancePath:instancePath+"/dataSource",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 TypedLocalObjectReference"}};
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
const err9 = {instancePath:instancePath+"/dataSource",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedLocalObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.dataSourceRef !== undefined){
let data6 = data.dataSourceRef;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.kind === undefined){
const err10 = {instancePath:instancePath+"/dataSourceRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedObjectReference/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6.name === undefined){
const err11 = {instancePath:instancePath+"/dataSourceRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedObjectReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6.apiGroup !== undefined){
if(typeof data6.apiGroup !== "string"){
const err12 = {instancePath:instancePath+"/dataSourceRef/apiGroup",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedObjectReference/properties/apiGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.kind !== undefined){
if(typeof data6.kind !== "string"){
const err13 = {instancePath:instancePath+"/dataSourceRef/kind",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedObjectReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err14 = {instancePath:instancePath+"/dataSourceRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6.namespace !== undefined){
if(typeof data6.namespace !== "string"){
const err15 = {instancePath:instancePath+"/dataSourceRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedObjectReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key1 in data6){
if(!((((key1 === "apiGroup") || (key1 === "kind")) || (key1 === "name")) || (key1 === "namespace"))){
const err16 = {instancePath:instancePath+"/dataSourceRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 TypedObjectReference"}};
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
const err17 = {instancePath:instancePath+"/dataSourceRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TypedObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.resources !== undefined){
if(!(validate77(data.resources, instancePath+"/resources"))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.selector !== undefined){
if(!(validate17(data.selector, instancePath+"/selector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.storageClassName !== undefined){
if(typeof data.storageClassName !== "string"){
const err18 = {instancePath:instancePath+"/storageClassName",schemaPath:"#/properties/storageClassName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.volumeMode !== undefined){
let data14 = data.volumeMode;
if(typeof data14 !== "string"){
const err19 = {instancePath:instancePath+"/volumeMode",schemaPath:"#/properties/volumeMode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!((data14 === "Block") || (data14 === "Filesystem"))){
const err20 = {instancePath:instancePath+"/volumeMode",schemaPath:"#/properties/volumeMode/enum",keyword:"enum",params:{allowedValues: schema113.properties.volumeMode.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.volumeName !== undefined){
if(typeof data.volumeName !== "string"){
const err21 = {instancePath:instancePath+"/volumeName",schemaPath:"#/properties/volumeName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key2 in data){
if(!(obj15.has(key2))){
const err22 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 PersistentVolumeClaimSpec"}};
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
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate119.errors = vErrors;
return errors === 0;
}
module.exports = {validate77, validate119};
