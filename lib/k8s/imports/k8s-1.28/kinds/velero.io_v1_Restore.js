/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of velero.io/v1/Restore alone.
"use strict";
const {pattern23} = require("./_shared-147f0be6cfe9.js");
const {validate36} = require("./_shared-189cd486ec31.js");
const {validate23} = require("./_shared-3b773811c50a.js");
const {validate1089} = require("./_shared-c53d188f97b9.js");
const schema452 = {"type":"object","properties":{"backupName":{"type":"string"},"excludedNamespaces":{"type":"array","items":{"type":"string"}},"excludedResources":{"type":"array","items":{"type":"string"}},"existingResourcePolicy":{"type":"string","enum":["none","update"]},"includeClusterResources":{"type":"boolean"},"includedNamespaces":{"type":"array","items":{"type":"string"}},"includedResources":{"type":"array","items":{"type":"string"}},"itemOperationTimeout":{"type":"string","pattern":"^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"},"labelSelector":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"},"namespaceMapping":{"type":"object","additionalProperties":{"type":"string"}},"orLabelSelectors":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"}},"preserveNodePorts":{"type":"boolean"},"resourceModifier":{"$ref":"k8s#/definitions/crd-type Velero TypedLocalObjectReference"},"restorePVs":{"type":"boolean"},"restoreStatus":{"$ref":"k8s#/definitions/crd-type Velero RestoreStatusSpec"},"scheduleName":{"type":"string"},"uploaderConfig":{"$ref":"k8s#/definitions/crd-type Velero UploaderConfigForRestore"}},"k8sClosed":"Velero RestoreSpec"};
function validate1091(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.excludedResources !== undefined){
let data0 = data.excludedResources;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/excludedResources/" + i0,schemaPath:"#/properties/excludedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err1 = {instancePath:instancePath+"/excludedResources",schemaPath:"#/properties/excludedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.includedResources !== undefined){
let data2 = data.includedResources;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err2 = {instancePath:instancePath+"/includedResources/" + i1,schemaPath:"#/properties/includedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err3 = {instancePath:instancePath+"/includedResources",schemaPath:"#/properties/includedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data){
if(!((key0 === "excludedResources") || (key0 === "includedResources"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Velero RestoreStatusSpec"}};
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
validate1091.errors = vErrors;
return errors === 0;
}
function validate1093(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.parallelFilesDownload !== undefined){
let data0 = data.parallelFilesDownload;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/parallelFilesDownload",schemaPath:"#/properties/parallelFilesDownload/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2147483647 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/parallelFilesDownload",schemaPath:"#/properties/parallelFilesDownload/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < -2147483648 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/parallelFilesDownload",schemaPath:"#/properties/parallelFilesDownload/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.writeSparseFiles !== undefined){
if(typeof data.writeSparseFiles !== "boolean"){
const err3 = {instancePath:instancePath+"/writeSparseFiles",schemaPath:"#/properties/writeSparseFiles/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data){
if(!((key0 === "parallelFilesDownload") || (key0 === "writeSparseFiles"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Velero UploaderConfigForRestore"}};
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
validate1093.errors = vErrors;
return errors === 0;
}
const obj88 = new Set(["backupName","excludedNamespaces","excludedResources","existingResourcePolicy","includeClusterResources","includedNamespaces","includedResources","itemOperationTimeout","labelSelector","namespaceMapping","orLabelSelectors","preserveNodePorts","resourceModifier","restorePVs","restoreStatus","scheduleName","uploaderConfig"]);
function validate1086(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.backupName !== undefined){
if(typeof data.backupName !== "string"){
const err0 = {instancePath:instancePath+"/backupName",schemaPath:"#/properties/backupName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.excludedNamespaces !== undefined){
let data1 = data.excludedNamespaces;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err1 = {instancePath:instancePath+"/excludedNamespaces/" + i0,schemaPath:"#/properties/excludedNamespaces/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/excludedNamespaces",schemaPath:"#/properties/excludedNamespaces/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.excludedResources !== undefined){
let data3 = data.excludedResources;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err3 = {instancePath:instancePath+"/excludedResources/" + i1,schemaPath:"#/properties/excludedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/excludedResources",schemaPath:"#/properties/excludedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.existingResourcePolicy !== undefined){
let data5 = data.existingResourcePolicy;
if(typeof data5 !== "string"){
const err5 = {instancePath:instancePath+"/existingResourcePolicy",schemaPath:"#/properties/existingResourcePolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data5 === "none") || (data5 === "update"))){
const err6 = {instancePath:instancePath+"/existingResourcePolicy",schemaPath:"#/properties/existingResourcePolicy/enum",keyword:"enum",params:{allowedValues: schema452.properties.existingResourcePolicy.enum}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.includeClusterResources !== undefined){
if(typeof data.includeClusterResources !== "boolean"){
const err7 = {instancePath:instancePath+"/includeClusterResources",schemaPath:"#/properties/includeClusterResources/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.includedNamespaces !== undefined){
let data7 = data.includedNamespaces;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(typeof data7[i2] !== "string"){
const err8 = {instancePath:instancePath+"/includedNamespaces/" + i2,schemaPath:"#/properties/includedNamespaces/items/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/includedNamespaces",schemaPath:"#/properties/includedNamespaces/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.includedResources !== undefined){
let data9 = data.includedResources;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
if(typeof data9[i3] !== "string"){
const err10 = {instancePath:instancePath+"/includedResources/" + i3,schemaPath:"#/properties/includedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err11 = {instancePath:instancePath+"/includedResources",schemaPath:"#/properties/includedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.itemOperationTimeout !== undefined){
let data11 = data.itemOperationTimeout;
if(typeof data11 === "string"){
if(!pattern23.test(data11)){
const err12 = {instancePath:instancePath+"/itemOperationTimeout",schemaPath:"#/properties/itemOperationTimeout/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
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
const err13 = {instancePath:instancePath+"/itemOperationTimeout",schemaPath:"#/properties/itemOperationTimeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.labelSelector !== undefined){
if(!(validate36(data.labelSelector, instancePath+"/labelSelector"))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.namespaceMapping !== undefined){
let data13 = data.namespaceMapping;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key0 in data13){
if(typeof data13[key0] !== "string"){
const err14 = {instancePath:instancePath+"/namespaceMapping/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/namespaceMapping/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/namespaceMapping",schemaPath:"#/properties/namespaceMapping/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.orLabelSelectors !== undefined){
let data15 = data.orLabelSelectors;
if(Array.isArray(data15)){
const len4 = data15.length;
for(let i4=0; i4<len4; i4++){
if(!(validate36(data15[i4], instancePath+"/orLabelSelectors/" + i4))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/orLabelSelectors",schemaPath:"#/properties/orLabelSelectors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.preserveNodePorts !== undefined){
if(typeof data.preserveNodePorts !== "boolean"){
const err17 = {instancePath:instancePath+"/preserveNodePorts",schemaPath:"#/properties/preserveNodePorts/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.resourceModifier !== undefined){
if(!(validate1089(data.resourceModifier, instancePath+"/resourceModifier"))){
vErrors = vErrors === null ? validate1089.errors : vErrors.concat(validate1089.errors);
errors = vErrors.length;
}
}
if(data.restorePVs !== undefined){
if(typeof data.restorePVs !== "boolean"){
const err18 = {instancePath:instancePath+"/restorePVs",schemaPath:"#/properties/restorePVs/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.restoreStatus !== undefined){
if(!(validate1091(data.restoreStatus, instancePath+"/restoreStatus"))){
vErrors = vErrors === null ? validate1091.errors : vErrors.concat(validate1091.errors);
errors = vErrors.length;
}
}
if(data.scheduleName !== undefined){
if(typeof data.scheduleName !== "string"){
const err19 = {instancePath:instancePath+"/scheduleName",schemaPath:"#/properties/scheduleName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.uploaderConfig !== undefined){
if(!(validate1093(data.uploaderConfig, instancePath+"/uploaderConfig"))){
vErrors = vErrors === null ? validate1093.errors : vErrors.concat(validate1093.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(!(obj88.has(key1))){
const err20 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Velero RestoreSpec"}};
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
validate1086.errors = vErrors;
return errors === 0;
}
function validate1084(data, instancePath=""){
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
if("velero.io/v1" !== data0){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "velero.io/v1"}};
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
if("Restore" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Restore"}};
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
if(!(validate23(data.metadata, instancePath+"/metadata"))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
if(!(validate1086(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate1086.errors : vErrors.concat(validate1086.errors);
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
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "velero.io/v1 Restore"}};
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
validate1084.errors = vErrors;
return errors === 0;
}
module.exports = {validate1084};
