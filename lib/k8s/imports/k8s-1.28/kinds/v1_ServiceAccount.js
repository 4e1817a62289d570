/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of v1/ServiceAccount alone.
"use strict";
const {validate12} = require("./_shared-3b773811c50a.js");
const obj46 = new Set(["apiVersion","fieldPath","kind","name","namespace","resourceVersion","uid"]);
const obj47 = new Set(["apiVersion","automountServiceAccountToken","imagePullSecrets","kind","metadata","secrets"]);
function validate345(data, instancePath=""){
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
if("v1" !== data0){
const err1 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "v1"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.automountServiceAccountToken !== undefined){
if(typeof data.automountServiceAccountToken !== "boolean"){
const err2 = {instancePath:instancePath+"/automountServiceAccountToken",schemaPath:"#/properties/automountServiceAccountToken/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.imagePullSecrets !== undefined){
let data2 = data.imagePullSecrets;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name !== undefined){
if(typeof data3.name !== "string"){
const err3 = {instancePath:instancePath+"/imagePullSecrets/" + i0+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data3){
if(!(key0 === "name")){
const err4 = {instancePath:instancePath+"/imagePullSecrets/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 LocalObjectReference"}};
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
const err5 = {instancePath:instancePath+"/imagePullSecrets/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/type",keyword:"type",params:{type: "object"}};
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
const err6 = {instancePath:instancePath+"/imagePullSecrets",schemaPath:"#/properties/imagePullSecrets/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.kind !== undefined){
let data5 = data.kind;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("ServiceAccount" !== data5){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ServiceAccount"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.secrets !== undefined){
let data7 = data.secrets;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.apiVersion !== undefined){
if(typeof data8.apiVersion !== "string"){
const err9 = {instancePath:instancePath+"/secrets/" + i1+"/apiVersion",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data8.fieldPath !== undefined){
if(typeof data8.fieldPath !== "string"){
const err10 = {instancePath:instancePath+"/secrets/" + i1+"/fieldPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/fieldPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data8.kind !== undefined){
if(typeof data8.kind !== "string"){
const err11 = {instancePath:instancePath+"/secrets/" + i1+"/kind",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data8.name !== undefined){
if(typeof data8.name !== "string"){
const err12 = {instancePath:instancePath+"/secrets/" + i1+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.namespace !== undefined){
if(typeof data8.namespace !== "string"){
const err13 = {instancePath:instancePath+"/secrets/" + i1+"/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.resourceVersion !== undefined){
if(typeof data8.resourceVersion !== "string"){
const err14 = {instancePath:instancePath+"/secrets/" + i1+"/resourceVersion",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/resourceVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.uid !== undefined){
if(typeof data8.uid !== "string"){
const err15 = {instancePath:instancePath+"/secrets/" + i1+"/uid",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/uid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key1 in data8){
if(!(obj46.has(key1))){
const err16 = {instancePath:instancePath+"/secrets/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ObjectReference"}};
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
const err17 = {instancePath:instancePath+"/secrets/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/type",keyword:"type",params:{type: "object"}};
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
const err18 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key2 in data){
if(!(obj47.has(key2))){
const err19 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 ServiceAccount"}};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate345.errors = vErrors;
return errors === 0;
}
module.exports = {validate345};
