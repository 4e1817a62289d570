/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of rbac.authorization.k8s.io/v1/Role alone.
"use strict";
const {validate12} = require("./_shared-3b773811c50a.js");
function validate277(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if("rbac.authorization.k8s.io/v1" !== data0){
const err1 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "rbac.authorization.k8s.io/v1"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("Role" !== data1){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Role"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
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
if(data.rules !== undefined){
let data3 = data.rules;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.verbs === undefined){
const err4 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/required",keyword:"required",params:{missingProperty: "verbs"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data4.apiGroups !== undefined){
let data5 = data4.apiGroups;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(typeof data5[i1] !== "string"){
const err5 = {instancePath:instancePath+"/rules/" + i0+"/apiGroups/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/properties/apiGroups/items/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/rules/" + i0+"/apiGroups",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/properties/apiGroups/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.nonResourceURLs !== undefined){
let data7 = data4.nonResourceURLs;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(typeof data7[i2] !== "string"){
const err7 = {instancePath:instancePath+"/rules/" + i0+"/nonResourceURLs/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/properties/nonResourceURLs/items/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/rules/" + i0+"/nonResourceURLs",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/properties/nonResourceURLs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.resourceNames !== undefined){
let data9 = data4.resourceNames;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
if(typeof data9[i3] !== "string"){
const err9 = {instancePath:instancePath+"/rules/" + i0+"/resourceNames/" + i3,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/properties/resourceNames/items/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/rules/" + i0+"/resourceNames",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/properties/resourceNames/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.resources !== undefined){
let data11 = data4.resources;
if(Array.isArray(data11)){
const len4 = data11.length;
for(let i4=0; i4<len4; i4++){
if(typeof data11[i4] !== "string"){
const err11 = {instancePath:instancePath+"/rules/" + i0+"/resources/" + i4,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/properties/resources/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/rules/" + i0+"/resources",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/properties/resources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.verbs !== undefined){
let data13 = data4.verbs;
if(Array.isArray(data13)){
const len5 = data13.length;
for(let i5=0; i5<len5; i5++){
if(typeof data13[i5] !== "string"){
const err13 = {instancePath:instancePath+"/rules/" + i0+"/verbs/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/properties/verbs/items/type",keyword:"type",params:{type: "string"}};
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
const err14 = {instancePath:instancePath+"/rules/" + i0+"/verbs",schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/properties/verbs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key0 in data4){
if(!(((((key0 === "apiGroups") || (key0 === "nonResourceURLs")) || (key0 === "resourceNames")) || (key0 === "resources")) || (key0 === "verbs"))){
const err15 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 PolicyRule"}};
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
const err16 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.rbac.v1.PolicyRule/type",keyword:"type",params:{type: "object"}};
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
const err17 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key1 in data){
if(!((((key1 === "apiVersion") || (key1 === "kind")) || (key1 === "metadata")) || (key1 === "rules"))){
const err18 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 Role"}};
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
validate277.errors = vErrors;
return errors === 0;
}
module.exports = {validate277};
