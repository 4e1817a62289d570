/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of argoproj.io/v1alpha1/Application alone.
"use strict";
const {validate12} = require("./_shared-3b773811c50a.js");
const obj48 = new Set(["group","jqPathExpressions","jsonPointers","kind","managedFieldsManagers","name","namespace"]);
const obj53 = new Set(["destination","ignoreDifferences","info","project","revisionHistoryLimit","source","sources","syncPolicy"]);
function validate352(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.extVars !== undefined){
let data0 = data.extVars;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err0 = {instancePath:instancePath+"/extVars/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.value === undefined){
const err1 = {instancePath:instancePath+"/extVars/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.code !== undefined){
if(typeof data1.code !== "boolean"){
const err2 = {instancePath:instancePath+"/extVars/" + i0+"/code",schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/properties/code/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err3 = {instancePath:instancePath+"/extVars/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.value !== undefined){
if(typeof data1.value !== "string"){
const err4 = {instancePath:instancePath+"/extVars/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key0 in data1){
if(!(((key0 === "code") || (key0 === "name")) || (key0 === "value"))){
const err5 = {instancePath:instancePath+"/extVars/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Argo CD JsonnetVar"}};
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
const err6 = {instancePath:instancePath+"/extVars/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/type",keyword:"type",params:{type: "object"}};
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
const err7 = {instancePath:instancePath+"/extVars",schemaPath:"#/properties/extVars/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.libs !== undefined){
let data5 = data.libs;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(typeof data5[i1] !== "string"){
const err8 = {instancePath:instancePath+"/libs/" + i1,schemaPath:"#/properties/libs/items/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/libs",schemaPath:"#/properties/libs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tlas !== undefined){
let data7 = data.tlas;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err10 = {instancePath:instancePath+"/tlas/" + i2,schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data8.value === undefined){
const err11 = {instancePath:instancePath+"/tlas/" + i2,schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data8.code !== undefined){
if(typeof data8.code !== "boolean"){
const err12 = {instancePath:instancePath+"/tlas/" + i2+"/code",schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/properties/code/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.name !== undefined){
if(typeof data8.name !== "string"){
const err13 = {instancePath:instancePath+"/tlas/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.value !== undefined){
if(typeof data8.value !== "string"){
const err14 = {instancePath:instancePath+"/tlas/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key1 in data8){
if(!(((key1 === "code") || (key1 === "name")) || (key1 === "value"))){
const err15 = {instancePath:instancePath+"/tlas/" + i2,schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Argo CD JsonnetVar"}};
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
const err16 = {instancePath:instancePath+"/tlas/" + i2,schemaPath:"k8s#/definitions/crd-type Argo CD JsonnetVar/type",keyword:"type",params:{type: "object"}};
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
const err17 = {instancePath:instancePath+"/tlas",schemaPath:"#/properties/tlas/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key2 in data){
if(!(((key2 === "extVars") || (key2 === "libs")) || (key2 === "tlas"))){
const err18 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Argo CD ApplicationSourceJsonnet"}};
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
validate352.errors = vErrors;
return errors === 0;
}
function validate351(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exclude !== undefined){
if(typeof data.exclude !== "string"){
const err0 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.include !== undefined){
if(typeof data.include !== "string"){
const err1 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.jsonnet !== undefined){
if(!(validate352(data.jsonnet, instancePath+"/jsonnet"))){
vErrors = vErrors === null ? validate352.errors : vErrors.concat(validate352.errors);
errors = vErrors.length;
}
}
if(data.recurse !== undefined){
if(typeof data.recurse !== "boolean"){
const err2 = {instancePath:instancePath+"/recurse",schemaPath:"#/properties/recurse/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key0 in data){
if(!((((key0 === "exclude") || (key0 === "include")) || (key0 === "jsonnet")) || (key0 === "recurse"))){
const err3 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Argo CD ApplicationSourceDirectory"}};
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
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate351.errors = vErrors;
return errors === 0;
}
const obj49 = new Set(["apiVersions","fileParameters","ignoreMissingValueFiles","kubeVersion","namespace","parameters","passCredentials","releaseName","skipCrds","skipSchemaValidation","skipTests","valueFiles","values","valuesObject","version"]);
function validate355(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersions !== undefined){
let data0 = data.apiVersions;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/apiVersions/" + i0,schemaPath:"#/properties/apiVersions/items/type",keyword:"type",params:{type: "string"}};
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
const err1 = {instancePath:instancePath+"/apiVersions",schemaPath:"#/properties/apiVersions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.fileParameters !== undefined){
let data2 = data.fileParameters;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name !== undefined){
if(typeof data3.name !== "string"){
const err2 = {instancePath:instancePath+"/fileParameters/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type Argo CD HelmFileParameter/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data3.path !== undefined){
if(typeof data3.path !== "string"){
const err3 = {instancePath:instancePath+"/fileParameters/" + i1+"/path",schemaPath:"k8s#/definitions/crd-type Argo CD HelmFileParameter/properties/path/type",keyword:"type",params:{type: "string"}};
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
if(!((key0 === "name") || (key0 === "path"))){
const err4 = {instancePath:instancePath+"/fileParameters/" + i1,schemaPath:"k8s#/definitions/crd-type Argo CD HelmFileParameter/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Argo CD HelmFileParameter"}};
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
const err5 = {instancePath:instancePath+"/fileParameters/" + i1,schemaPath:"k8s#/definitions/crd-type Argo CD HelmFileParameter/type",keyword:"type",params:{type: "object"}};
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
const err6 = {instancePath:instancePath+"/fileParameters",schemaPath:"#/properties/fileParameters/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ignoreMissingValueFiles !== undefined){
if(typeof data.ignoreMissingValueFiles !== "boolean"){
const err7 = {instancePath:instancePath+"/ignoreMissingValueFiles",schemaPath:"#/properties/ignoreMissingValueFiles/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kubeVersion !== undefined){
if(typeof data.kubeVersion !== "string"){
const err8 = {instancePath:instancePath+"/kubeVersion",schemaPath:"#/properties/kubeVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err9 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.parameters !== undefined){
let data9 = data.parameters;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.forceString !== undefined){
if(typeof data10.forceString !== "boolean"){
const err10 = {instancePath:instancePath+"/parameters/" + i2+"/forceString",schemaPath:"k8s#/definitions/crd-type Argo CD HelmParameter/properties/forceString/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data10.name !== undefined){
if(typeof data10.name !== "string"){
const err11 = {instancePath:instancePath+"/parameters/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Argo CD HelmParameter/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data10.value !== undefined){
if(typeof data10.value !== "string"){
const err12 = {instancePath:instancePath+"/parameters/" + i2+"/value",schemaPath:"k8s#/definitions/crd-type Argo CD HelmParameter/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key1 in data10){
if(!(((key1 === "forceString") || (key1 === "name")) || (key1 === "value"))){
const err13 = {instancePath:instancePath+"/parameters/" + i2,schemaPath:"k8s#/definitions/crd-type Argo CD HelmParameter/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Argo CD HelmParameter"}};
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
const err14 = {instancePath:instancePath+"/parameters/" + i2,schemaPath:"k8s#/definitions/crd-type Argo CD HelmParameter/type",keyword:"type",params:{type: "object"}};
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
const err15 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.passCredentials !== undefined){
if(typeof data.passCredentials !== "boolean"){
const err16 = {instancePath:instancePath+"/passCredentials",schemaPath:"#/properties/passCredentials/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.releaseName !== undefined){
if(typeof data.releaseName !== "string"){
const err17 = {instancePath:instancePath+"/releaseName",schemaPath:"#/properties/releaseName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.skipCrds !== undefined){
if(typeof data.skipCrds !== "boolean"){
const err18 = {instancePath:instancePath+"/skipCrds",schemaPath:"#/properties/skipCrds/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.skipSchemaValidation !== undefined){
if(typeof data.skipSchemaValidation !== "boolean"){
const err19 = {instancePath:instancePath+"/skipSchemaValidation",schemaPath:"#/properties/skipSchemaValidation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.skipTests !== undefined){
if(typeof data.skipTests !== "boolean"){
const err20 = {instancePath:instancePath+"/skipTests",schemaPath:"#/properties/skipTests/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.valueFiles !== undefined){
let data19 = data.valueFiles;
if(Array.isArray(data19)){
const len3 = data19.length;
for(let i3=0; i3<len3; i3++){
if(typeof data19[i3] !== "string"){
const err21 = {instancePath:instancePath+"/valueFiles/" + i3,schemaPath:"#/properties/valueFiles/items/type",keyword:"type",params:{type: "string"}};
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
const err22 = {instancePath:instancePath+"/valueFiles",schemaPath:"#/properties/valueFiles/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.values !== undefined){
if(typeof data.values !== "string"){
const err23 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err24 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key2 in data){
if(!(obj49.has(key2))){
const err25 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Argo CD ApplicationSourceHelm"}};
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
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate355.errors = vErrors;
return errors === 0;
}
const schema316 = {"type":"object","properties":{"count":{"type":["integer","string"],"minimum":-2147483648,"maximum":2147483647},"name":{"type":"string"}},"required":["count","name"],"k8sClosed":"Argo CD KustomizeReplica"};
const obj50 = new Set(["annotationSelector","group","kind","labelSelector","name","namespace","version"]);
function validate358(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.options !== undefined){
let data0 = data.options;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
if(typeof data0[key0] !== "boolean"){
const err0 = {instancePath:instancePath+"/options/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/options/additionalProperties/type",keyword:"type",params:{type: "boolean"}};
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
const err1 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.patch !== undefined){
if(typeof data.patch !== "string"){
const err2 = {instancePath:instancePath+"/patch",schemaPath:"#/properties/patch/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.target !== undefined){
let data4 = data.target;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.annotationSelector !== undefined){
if(typeof data4.annotationSelector !== "string"){
const err4 = {instancePath:instancePath+"/target/annotationSelector",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeSelector/properties/annotationSelector/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data4.group !== undefined){
if(typeof data4.group !== "string"){
const err5 = {instancePath:instancePath+"/target/group",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeSelector/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.kind !== undefined){
if(typeof data4.kind !== "string"){
const err6 = {instancePath:instancePath+"/target/kind",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeSelector/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.labelSelector !== undefined){
if(typeof data4.labelSelector !== "string"){
const err7 = {instancePath:instancePath+"/target/labelSelector",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeSelector/properties/labelSelector/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err8 = {instancePath:instancePath+"/target/name",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeSelector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.namespace !== undefined){
if(typeof data4.namespace !== "string"){
const err9 = {instancePath:instancePath+"/target/namespace",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeSelector/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.version !== undefined){
if(typeof data4.version !== "string"){
const err10 = {instancePath:instancePath+"/target/version",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeSelector/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key1 in data4){
if(!(obj50.has(key1))){
const err11 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeSelector/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Argo CD KustomizeSelector"}};
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
const err12 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data){
if(!((((key2 === "options") || (key2 === "patch")) || (key2 === "path")) || (key2 === "target"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Argo CD KustomizePatch"}};
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
validate358.errors = vErrors;
return errors === 0;
}
const obj51 = new Set(["apiVersions","commonAnnotations","commonAnnotationsEnvsubst","commonLabels","components","forceCommonAnnotations","forceCommonLabels","images","kubeVersion","labelWithoutSelector","namePrefix","nameSuffix","namespace","patches","replicas","version"]);
function validate357(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersions !== undefined){
let data0 = data.apiVersions;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/apiVersions/" + i0,schemaPath:"#/properties/apiVersions/items/type",keyword:"type",params:{type: "string"}};
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
const err1 = {instancePath:instancePath+"/apiVersions",schemaPath:"#/properties/apiVersions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.commonAnnotations !== undefined){
let data2 = data.commonAnnotations;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(typeof data2[key0] !== "string"){
const err2 = {instancePath:instancePath+"/commonAnnotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/commonAnnotations/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err3 = {instancePath:instancePath+"/commonAnnotations",schemaPath:"#/properties/commonAnnotations/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.commonAnnotationsEnvsubst !== undefined){
if(typeof data.commonAnnotationsEnvsubst !== "boolean"){
const err4 = {instancePath:instancePath+"/commonAnnotationsEnvsubst",schemaPath:"#/properties/commonAnnotationsEnvsubst/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.commonLabels !== undefined){
let data5 = data.commonLabels;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(typeof data5[key1] !== "string"){
const err5 = {instancePath:instancePath+"/commonLabels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/commonLabels/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/commonLabels",schemaPath:"#/properties/commonLabels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.components !== undefined){
let data7 = data.components;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(typeof data7[i1] !== "string"){
const err7 = {instancePath:instancePath+"/components/" + i1,schemaPath:"#/properties/components/items/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.forceCommonAnnotations !== undefined){
if(typeof data.forceCommonAnnotations !== "boolean"){
const err9 = {instancePath:instancePath+"/forceCommonAnnotations",schemaPath:"#/properties/forceCommonAnnotations/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.forceCommonLabels !== undefined){
if(typeof data.forceCommonLabels !== "boolean"){
const err10 = {instancePath:instancePath+"/forceCommonLabels",schemaPath:"#/properties/forceCommonLabels/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.images !== undefined){
let data11 = data.images;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
if(typeof data11[i2] !== "string"){
const err11 = {instancePath:instancePath+"/images/" + i2,schemaPath:"#/properties/images/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.kubeVersion !== undefined){
if(typeof data.kubeVersion !== "string"){
const err13 = {instancePath:instancePath+"/kubeVersion",schemaPath:"#/properties/kubeVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.labelWithoutSelector !== undefined){
if(typeof data.labelWithoutSelector !== "boolean"){
const err14 = {instancePath:instancePath+"/labelWithoutSelector",schemaPath:"#/properties/labelWithoutSelector/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.namePrefix !== undefined){
if(typeof data.namePrefix !== "string"){
const err15 = {instancePath:instancePath+"/namePrefix",schemaPath:"#/properties/namePrefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.nameSuffix !== undefined){
if(typeof data.nameSuffix !== "string"){
const err16 = {instancePath:instancePath+"/nameSuffix",schemaPath:"#/properties/nameSuffix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.namespace !== undefined){
if(typeof data.namespace !== "string"){
const err17 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.patches !== undefined){
let data18 = data.patches;
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
if(!(validate358(data18[i3], instancePath+"/patches/" + i3))){
vErrors = vErrors === null ? validate358.errors : vErrors.concat(validate358.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/patches",schemaPath:"#/properties/patches/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.replicas !== undefined){
let data20 = data.replicas;
if(Array.isArray(data20)){
const len4 = data20.length;
for(let i4=0; i4<len4; i4++){
let data21 = data20[i4];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.count === undefined){
const err19 = {instancePath:instancePath+"/replicas/" + i4,schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeReplica/required",keyword:"required",params:{missingProperty: "count"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data21.name === undefined){
const err20 = {instancePath:instancePath+"/replicas/" + i4,schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeReplica/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data21.count !== undefined){
let data22 = data21.count;
if((!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) && (typeof data22 !== "string")){
const err21 = {instancePath:instancePath+"/replicas/" + i4+"/count",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeReplica/properties/count/type",keyword:"type",params:{type: schema316.properties.count.type}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 2147483647 || isNaN(data22)){
const err22 = {instancePath:instancePath+"/replicas/" + i4+"/count",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeReplica/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data22 < -2147483648 || isNaN(data22)){
const err23 = {instancePath:instancePath+"/replicas/" + i4+"/count",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeReplica/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data21.name !== undefined){
if(typeof data21.name !== "string"){
const err24 = {instancePath:instancePath+"/replicas/" + i4+"/name",schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeReplica/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key2 in data21){
if(!((key2 === "count") || (key2 === "name"))){
const err25 = {instancePath:instancePath+"/replicas/" + i4,schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeReplica/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Argo CD KustomizeReplica"}};
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
else {
const err26 = {instancePath:instancePath+"/replicas/" + i4,schemaPath:"k8s#/definitions/crd-type Argo CD KustomizeReplica/type",keyword:"type",params:{type: "object"}};
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
const err27 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.version !== undefined){
if(typeof data.version !== "string"){
const err28 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key3 in data){
if(!(obj51.has(key3))){
const err29 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Argo CD ApplicationSourceKustomize"}};
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
validate357.errors = vErrors;
return errors === 0;
}
function validate361(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.env !== undefined){
let data0 = data.env;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err0 = {instancePath:instancePath+"/env/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD EnvEntry/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.value === undefined){
const err1 = {instancePath:instancePath+"/env/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD EnvEntry/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err2 = {instancePath:instancePath+"/env/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Argo CD EnvEntry/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.value !== undefined){
if(typeof data1.value !== "string"){
const err3 = {instancePath:instancePath+"/env/" + i0+"/value",schemaPath:"k8s#/definitions/crd-type Argo CD EnvEntry/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data1){
if(!((key0 === "name") || (key0 === "value"))){
const err4 = {instancePath:instancePath+"/env/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD EnvEntry/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Argo CD EnvEntry"}};
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
const err5 = {instancePath:instancePath+"/env/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD EnvEntry/type",keyword:"type",params:{type: "object"}};
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
const err6 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.parameters !== undefined){
let data5 = data.parameters;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.array !== undefined){
let data7 = data6.array;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(typeof data7[i2] !== "string"){
const err8 = {instancePath:instancePath+"/parameters/" + i1+"/array/" + i2,schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationSourcePluginParameter/properties/array/items/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/parameters/" + i1+"/array",schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationSourcePluginParameter/properties/array/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.map !== undefined){
let data9 = data6.map;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
if(typeof data9[key1] !== "string"){
const err10 = {instancePath:instancePath+"/parameters/" + i1+"/map/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationSourcePluginParameter/properties/map/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err11 = {instancePath:instancePath+"/parameters/" + i1+"/map",schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationSourcePluginParameter/properties/map/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err12 = {instancePath:instancePath+"/parameters/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationSourcePluginParameter/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data6.string !== undefined){
if(typeof data6.string !== "string"){
const err13 = {instancePath:instancePath+"/parameters/" + i1+"/string",schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationSourcePluginParameter/properties/string/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key2 in data6){
if(!((((key2 === "array") || (key2 === "map")) || (key2 === "name")) || (key2 === "string"))){
const err14 = {instancePath:instancePath+"/parameters/" + i1,schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationSourcePluginParameter/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Argo CD ApplicationSourcePluginParameter"}};
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
const err15 = {instancePath:instancePath+"/parameters/" + i1,schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationSourcePluginParameter/type",keyword:"type",params:{type: "object"}};
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
const err16 = {instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key3 in data){
if(!(((key3 === "env") || (key3 === "name")) || (key3 === "parameters"))){
const err17 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Argo CD ApplicationSourcePlugin"}};
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
validate361.errors = vErrors;
return errors === 0;
}
const obj52 = new Set(["chart","directory","helm","kustomize","name","path","plugin","ref","repoURL","targetRevision"]);
function validate350(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.repoURL === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repoURL"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.chart !== undefined){
if(typeof data.chart !== "string"){
const err1 = {instancePath:instancePath+"/chart",schemaPath:"#/properties/chart/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.directory !== undefined){
if(!(validate351(data.directory, instancePath+"/directory"))){
vErrors = vErrors === null ? validate351.errors : vErrors.concat(validate351.errors);
errors = vErrors.length;
}
}
if(data.helm !== undefined){
if(!(validate355(data.helm, instancePath+"/helm"))){
vErrors = vErrors === null ? validate355.errors : vErrors.concat(validate355.errors);
errors = vErrors.length;
}
}
if(data.kustomize !== undefined){
if(!(validate357(data.kustomize, instancePath+"/kustomize"))){
vErrors = vErrors === null ? validate357.errors : vErrors.concat(validate357.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.plugin !== undefined){
if(!(validate361(data.plugin, instancePath+"/plugin"))){
vErrors = vErrors === null ? validate361.errors : vErrors.concat(validate361.errors);
errors = vErrors.length;
}
}
if(data.ref !== undefined){
if(typeof data.ref !== "string"){
const err4 = {instancePath:instancePath+"/ref",schemaPath:"#/properties/ref/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.repoURL !== undefined){
if(typeof data.repoURL !== "string"){
const err5 = {instancePath:instancePath+"/repoURL",schemaPath:"#/properties/repoURL/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.targetRevision !== undefined){
if(typeof data.targetRevision !== "string"){
const err6 = {instancePath:instancePath+"/targetRevision",schemaPath:"#/properties/targetRevision/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key0 in data){
if(!(obj52.has(key0))){
const err7 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Argo CD ApplicationSource"}};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate350.errors = vErrors;
return errors === 0;
}
function validate366(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.backoff !== undefined){
let data0 = data.backoff;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.duration !== undefined){
if(typeof data0.duration !== "string"){
const err0 = {instancePath:instancePath+"/backoff/duration",schemaPath:"k8s#/definitions/crd-type Argo CD Backoff/properties/duration/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.factor !== undefined){
let data2 = data0.factor;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err1 = {instancePath:instancePath+"/backoff/factor",schemaPath:"k8s#/definitions/crd-type Argo CD Backoff/properties/factor/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.maxDuration !== undefined){
if(typeof data0.maxDuration !== "string"){
const err2 = {instancePath:instancePath+"/backoff/maxDuration",schemaPath:"k8s#/definitions/crd-type Argo CD Backoff/properties/maxDuration/type",keyword:"type",params:{type: "string"}};
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
if(!(((key0 === "duration") || (key0 === "factor")) || (key0 === "maxDuration"))){
const err3 = {instancePath:instancePath+"/backoff",schemaPath:"k8s#/definitions/crd-type Argo CD Backoff/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Argo CD Backoff"}};
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
const err4 = {instancePath:instancePath+"/backoff",schemaPath:"k8s#/definitions/crd-type Argo CD Backoff/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.limit !== undefined){
let data4 = data.limit;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err5 = {instancePath:instancePath+"/limit",schemaPath:"#/properties/limit/type",keyword:"type",params:{type: "integer"}};
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
if(!((key1 === "backoff") || (key1 === "limit"))){
const err6 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Argo CD RetryStrategy"}};
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
validate366.errors = vErrors;
return errors === 0;
}
function validate365(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.automated !== undefined){
let data0 = data.automated;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.allowEmpty !== undefined){
if(typeof data0.allowEmpty !== "boolean"){
const err0 = {instancePath:instancePath+"/automated/allowEmpty",schemaPath:"k8s#/definitions/crd-type Argo CD SyncPolicyAutomated/properties/allowEmpty/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.prune !== undefined){
if(typeof data0.prune !== "boolean"){
const err1 = {instancePath:instancePath+"/automated/prune",schemaPath:"k8s#/definitions/crd-type Argo CD SyncPolicyAutomated/properties/prune/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.selfHeal !== undefined){
if(typeof data0.selfHeal !== "boolean"){
const err2 = {instancePath:instancePath+"/automated/selfHeal",schemaPath:"k8s#/definitions/crd-type Argo CD SyncPolicyAutomated/properties/selfHeal/type",keyword:"type",params:{type: "boolean"}};
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
if(!(((key0 === "allowEmpty") || (key0 === "prune")) || (key0 === "selfHeal"))){
const err3 = {instancePath:instancePath+"/automated",schemaPath:"k8s#/definitions/crd-type Argo CD SyncPolicyAutomated/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Argo CD SyncPolicyAutomated"}};
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
const err4 = {instancePath:instancePath+"/automated",schemaPath:"k8s#/definitions/crd-type Argo CD SyncPolicyAutomated/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.managedNamespaceMetadata !== undefined){
let data4 = data.managedNamespaceMetadata;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.annotations !== undefined){
let data5 = data4.annotations;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(typeof data5[key1] !== "string"){
const err5 = {instancePath:instancePath+"/managedNamespaceMetadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Argo CD ManagedNamespaceMetadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/managedNamespaceMetadata/annotations",schemaPath:"k8s#/definitions/crd-type Argo CD ManagedNamespaceMetadata/properties/annotations/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.labels !== undefined){
let data7 = data4.labels;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(typeof data7[key2] !== "string"){
const err7 = {instancePath:instancePath+"/managedNamespaceMetadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Argo CD ManagedNamespaceMetadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/managedNamespaceMetadata/labels",schemaPath:"k8s#/definitions/crd-type Argo CD ManagedNamespaceMetadata/properties/labels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key3 in data4){
if(!((key3 === "annotations") || (key3 === "labels"))){
const err9 = {instancePath:instancePath+"/managedNamespaceMetadata",schemaPath:"k8s#/definitions/crd-type Argo CD ManagedNamespaceMetadata/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Argo CD ManagedNamespaceMetadata"}};
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
const err10 = {instancePath:instancePath+"/managedNamespaceMetadata",schemaPath:"k8s#/definitions/crd-type Argo CD ManagedNamespaceMetadata/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.retry !== undefined){
if(!(validate366(data.retry, instancePath+"/retry"))){
vErrors = vErrors === null ? validate366.errors : vErrors.concat(validate366.errors);
errors = vErrors.length;
}
}
if(data.syncOptions !== undefined){
let data10 = data.syncOptions;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(typeof data10[i0] !== "string"){
const err11 = {instancePath:instancePath+"/syncOptions/" + i0,schemaPath:"#/properties/syncOptions/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/syncOptions",schemaPath:"#/properties/syncOptions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key4 in data){
if(!((((key4 === "automated") || (key4 === "managedNamespaceMetadata")) || (key4 === "retry")) || (key4 === "syncOptions"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Argo CD SyncPolicy"}};
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
validate365.errors = vErrors;
return errors === 0;
}
function validate349(data, instancePath=""){
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
if(data.project === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.destination !== undefined){
let data0 = data.destination;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err2 = {instancePath:instancePath+"/destination/name",schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationDestination/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.namespace !== undefined){
if(typeof data0.namespace !== "string"){
const err3 = {instancePath:instancePath+"/destination/namespace",schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationDestination/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.server !== undefined){
if(typeof data0.server !== "string"){
const err4 = {instancePath:instancePath+"/destination/server",schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationDestination/properties/server/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key0 in data0){
if(!(((key0 === "name") || (key0 === "namespace")) || (key0 === "server"))){
const err5 = {instancePath:instancePath+"/destination",schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationDestination/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Argo CD ApplicationDestination"}};
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
const err6 = {instancePath:instancePath+"/destination",schemaPath:"k8s#/definitions/crd-type Argo CD ApplicationDestination/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ignoreDifferences !== undefined){
let data4 = data.ignoreDifferences;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.kind === undefined){
const err7 = {instancePath:instancePath+"/ignoreDifferences/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data5.group !== undefined){
if(typeof data5.group !== "string"){
const err8 = {instancePath:instancePath+"/ignoreDifferences/" + i0+"/group",schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.jqPathExpressions !== undefined){
let data7 = data5.jqPathExpressions;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(typeof data7[i1] !== "string"){
const err9 = {instancePath:instancePath+"/ignoreDifferences/" + i0+"/jqPathExpressions/" + i1,schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/properties/jqPathExpressions/items/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/ignoreDifferences/" + i0+"/jqPathExpressions",schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/properties/jqPathExpressions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.jsonPointers !== undefined){
let data9 = data5.jsonPointers;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(typeof data9[i2] !== "string"){
const err11 = {instancePath:instancePath+"/ignoreDifferences/" + i0+"/jsonPointers/" + i2,schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/properties/jsonPointers/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/ignoreDifferences/" + i0+"/jsonPointers",schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/properties/jsonPointers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.kind !== undefined){
if(typeof data5.kind !== "string"){
const err13 = {instancePath:instancePath+"/ignoreDifferences/" + i0+"/kind",schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.managedFieldsManagers !== undefined){
let data12 = data5.managedFieldsManagers;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
if(typeof data12[i3] !== "string"){
const err14 = {instancePath:instancePath+"/ignoreDifferences/" + i0+"/managedFieldsManagers/" + i3,schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/properties/managedFieldsManagers/items/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/ignoreDifferences/" + i0+"/managedFieldsManagers",schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/properties/managedFieldsManagers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err16 = {instancePath:instancePath+"/ignoreDifferences/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.namespace !== undefined){
if(typeof data5.namespace !== "string"){
const err17 = {instancePath:instancePath+"/ignoreDifferences/" + i0+"/namespace",schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key1 in data5){
if(!(obj48.has(key1))){
const err18 = {instancePath:instancePath+"/ignoreDifferences/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Argo CD ResourceIgnoreDifferences"}};
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
const err19 = {instancePath:instancePath+"/ignoreDifferences/" + i0,schemaPath:"k8s#/definitions/crd-type Argo CD ResourceIgnoreDifferences/type",keyword:"type",params:{type: "object"}};
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
const err20 = {instancePath:instancePath+"/ignoreDifferences",schemaPath:"#/properties/ignoreDifferences/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.info !== undefined){
let data16 = data.info;
if(Array.isArray(data16)){
const len4 = data16.length;
for(let i4=0; i4<len4; i4++){
let data17 = data16[i4];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.name === undefined){
const err21 = {instancePath:instancePath+"/info/" + i4,schemaPath:"k8s#/definitions/crd-type Argo CD Info/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data17.value === undefined){
const err22 = {instancePath:instancePath+"/info/" + i4,schemaPath:"k8s#/definitions/crd-type Argo CD Info/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data17.name !== undefined){
if(typeof data17.name !== "string"){
const err23 = {instancePath:instancePath+"/info/" + i4+"/name",schemaPath:"k8s#/definitions/crd-type Argo CD Info/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data17.value !== undefined){
if(typeof data17.value !== "string"){
const err24 = {instancePath:instancePath+"/info/" + i4+"/value",schemaPath:"k8s#/definitions/crd-type Argo CD Info/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key2 in data17){
if(!((key2 === "name") || (key2 === "value"))){
const err25 = {instancePath:instancePath+"/info/" + i4,schemaPath:"k8s#/definitions/crd-type Argo CD Info/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Argo CD Info"}};
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
else {
const err26 = {instancePath:instancePath+"/info/" + i4,schemaPath:"k8s#/definitions/crd-type Argo CD Info/type",keyword:"type",params:{type: "object"}};
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
const err27 = {instancePath:instancePath+"/info",schemaPath:"#/properties/info/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.project !== undefined){
if(typeof data.project !== "string"){
const err28 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.revisionHistoryLimit !== undefined){
let data21 = data.revisionHistoryLimit;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err29 = {instancePath:instancePath+"/revisionHistoryLimit",schemaPath:"#/properties/revisionHistoryLimit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.source !== undefined){
if(!(validate350(data.source, instancePath+"/source"))){
vErrors = vErrors === null ? validate350.errors : vErrors.concat(validate350.errors);
errors = vErrors.length;
}
}
if(data.sources !== undefined){
let data23 = data.sources;
if(Array.isArray(data23)){
const len5 = data23.length;
for(let i5=0; i5<len5; i5++){
if(!(validate350(data23[i5], instancePath+"/sources/" + i5))){
vErrors = vErrors === null ? validate350.errors : vErrors.concat(validate350.errors);
errors = vErrors.length;
}
}
}
else {
const err30 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.syncPolicy !== undefined){
if(!(validate365(data.syncPolicy, instancePath+"/syncPolicy"))){
vErrors = vErrors === null ? validate365.errors : vErrors.concat(validate365.errors);
errors = vErrors.length;
}
}
for(const key3 in data){
if(!(obj53.has(key3))){
const err31 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Argo CD ApplicationSpec"}};
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
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate349.errors = vErrors;
return errors === 0;
}
function validate347(data, instancePath=""){
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
if("argoproj.io/v1alpha1" !== data0){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "argoproj.io/v1alpha1"}};
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
if("Application" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Application"}};
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
if(!(validate349(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate349.errors : vErrors.concat(validate349.errors);
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
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "argoproj.io/v1alpha1 Application"}};
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
validate347.errors = vErrors;
return errors === 0;
}
module.exports = {validate347};
