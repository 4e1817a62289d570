/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of rbac.authorization.k8s.io/v1/RoleBinding alone.
"use strict";
const {validate12} = require("./_shared-3b773811c50a.js");
function validate279(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.roleRef === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "roleRef"}};
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
if("rbac.authorization.k8s.io/v1" !== data0){
const err2 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "rbac.authorization.k8s.io/v1"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if("RoleBinding" !== data1){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "RoleBinding"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.roleRef !== undefined){
let data3 = data.roleRef;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.apiGroup === undefined){
const err5 = {instancePath:instancePath+"/roleRef",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.RoleRef/required",keyword:"required",params:{missingProperty: "apiGroup"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.kind === undefined){
const err6 = {instancePath:instancePath+"/roleRef",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.RoleRef/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.name === undefined){
const err7 = {instancePath:instancePath+"/roleRef",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.RoleRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.apiGroup !== undefined){
if(typeof data3.apiGroup !== "string"){
const err8 = {instancePath:instancePath+"/roleRef/apiGroup",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.RoleRef/properties/apiGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.kind !== undefined){
if(typeof data3.kind !== "string"){
const err9 = {instancePath:instancePath+"/roleRef/kind",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.RoleRef/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.name !== undefined){
if(typeof data3.name !== "string"){
const err10 = {instancePath:instancePath+"/roleRef/name",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.RoleRef/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key0 in data3){
if(!(((key0 === "apiGroup") || (key0 === "kind")) || (key0 === "name"))){
const err11 = {instancePath:instancePath+"/roleRef",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.RoleRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 RoleRef"}};
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
const err12 = {instancePath:instancePath+"/roleRef",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.RoleRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.subjects !== undefined){
let data7 = data.subjects;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.kind === undefined){
const err13 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.Subject/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data8.name === undefined){
const err14 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.Subject/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data8.apiGroup !== undefined){
if(typeof data8.apiGroup !== "string"){
const err15 = {instancePath:instancePath+"/subjects/" + i0+"/apiGroup",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.Subject/properties/apiGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.kind !== undefined){
if(typeof data8.kind !== "string"){
const err16 = {instancePath:instancePath+"/subjects/" + i0+"/kind",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.Subject/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.name !== undefined){
if(typeof data8.name !== "string"){
const err17 = {instancePath:instancePath+"/subjects/" + i0+"/name",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.Subject/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.namespace !== undefined){
if(typeof data8.namespace !== "string"){
const err18 = {instancePath:instancePath+"/subjects/" + i0+"/namespace",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.Subject/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key1 in data8){
if(!((((key1 === "apiGroup") || (key1 === "kind")) || (key1 === "name")) || (key1 === "namespace"))){
const err19 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.Subject/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 Subject"}};
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
const err20 = {instancePath:instancePath+"/subjects/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.Subject/type",keyword:"type",params:{type: "object"}};
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
const err21 = {instancePath:instancePath+"/subjects",schemaPath:"#/properties/subjects/type",keyword:"type",params:{type: "array"}};
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
if(!(((((key2 === "apiVersion") || (key2 === "kind")) || (key2 === "metadata")) || (key2 === "roleRef")) || (key2 === "subjects"))){
const err22 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 RoleBinding"}};
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
validate279.errors = vErrors;
return errors === 0;
}
module.exports = {validate279};
