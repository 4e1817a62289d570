/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of velero.io/v1/Schedule alone.
"use strict";
const {pattern23} = require("./_shared-147f0be6cfe9.js");
const {validate36} = require("./_shared-189cd486ec31.js");
const {validate23} = require("./_shared-3b773811c50a.js");
const {validate1089} = require("./_shared-c53d188f97b9.js");
const schema462 = {"type":"object","properties":{"command":{"type":"array","items":{"type":"string"},"minItems":1},"container":{"type":"string"},"onError":{"type":"string","enum":["Continue","Fail"]},"timeout":{"type":"string","pattern":"^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}},"required":["command"],"k8sClosed":"Velero ExecHook"};
function validate1104(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.command === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.command !== undefined){
let data0 = data.command;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/minItems",keyword:"minItems",params:{limit: 1}};
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
if(typeof data0[i0] !== "string"){
const err2 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"}};
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
const err3 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.container !== undefined){
if(typeof data.container !== "string"){
const err4 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.onError !== undefined){
let data3 = data.onError;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/onError",schemaPath:"#/properties/onError/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data3 === "Continue") || (data3 === "Fail"))){
const err6 = {instancePath:instancePath+"/onError",schemaPath:"#/properties/onError/enum",keyword:"enum",params:{allowedValues: schema462.properties.onError.enum}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.timeout !== undefined){
let data4 = data.timeout;
if(typeof data4 === "string"){
if(!pattern23.test(data4)){
const err7 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
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
const err8 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"}};
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
if(!((((key0 === "command") || (key0 === "container")) || (key0 === "onError")) || (key0 === "timeout"))){
const err9 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Velero ExecHook"}};
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
validate1104.errors = vErrors;
return errors === 0;
}
function validate1103(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exec === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "exec"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.exec !== undefined){
if(!(validate1104(data.exec, instancePath+"/exec"))){
vErrors = vErrors === null ? validate1104.errors : vErrors.concat(validate1104.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!(key0 === "exec")){
const err1 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Velero BackupResourceHook"}};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate1103.errors = vErrors;
return errors === 0;
}
const obj89 = new Set(["excludedNamespaces","excludedResources","includedNamespaces","includedResources","labelSelector","name","post","pre"]);
function validate1101(data, instancePath=""){
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
if(data.excludedNamespaces !== undefined){
let data0 = data.excludedNamespaces;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
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
let data2 = data.excludedResources;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
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
if(data.includedNamespaces !== undefined){
let data4 = data.includedNamespaces;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(typeof data4[i2] !== "string"){
const err5 = {instancePath:instancePath+"/includedNamespaces/" + i2,schemaPath:"#/properties/includedNamespaces/items/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/includedNamespaces",schemaPath:"#/properties/includedNamespaces/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.includedResources !== undefined){
let data6 = data.includedResources;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(typeof data6[i3] !== "string"){
const err7 = {instancePath:instancePath+"/includedResources/" + i3,schemaPath:"#/properties/includedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/includedResources",schemaPath:"#/properties/includedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.post !== undefined){
let data10 = data.post;
if(Array.isArray(data10)){
const len4 = data10.length;
for(let i4=0; i4<len4; i4++){
if(!(validate1103(data10[i4], instancePath+"/post/" + i4))){
vErrors = vErrors === null ? validate1103.errors : vErrors.concat(validate1103.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/post",schemaPath:"#/properties/post/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.pre !== undefined){
let data12 = data.pre;
if(Array.isArray(data12)){
const len5 = data12.length;
for(let i5=0; i5<len5; i5++){
if(!(validate1103(data12[i5], instancePath+"/pre/" + i5))){
vErrors = vErrors === null ? validate1103.errors : vErrors.concat(validate1103.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/pre",schemaPath:"#/properties/pre/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key0 in data){
if(!(obj89.has(key0))){
const err12 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Velero BackupResourceHookSpec"}};
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
validate1101.errors = vErrors;
return errors === 0;
}
function validate1100(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resources !== undefined){
let data0 = data.resources;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate1101(data0[i0], instancePath+"/resources/" + i0))){
vErrors = vErrors === null ? validate1101.errors : vErrors.concat(validate1101.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/resources",schemaPath:"#/properties/resources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(key0 === "resources")){
const err1 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Velero BackupHooks"}};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate1100.errors = vErrors;
return errors === 0;
}
function validate1111(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.labels !== undefined){
let data0 = data.labels;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
if(typeof data0[key0] !== "string"){
const err0 = {instancePath:instancePath+"/labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err1 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
if(!(key1 === "labels")){
const err2 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Velero Metadata"}};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate1111.errors = vErrors;
return errors === 0;
}
function validate1115(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.parallelFilesUpload !== undefined){
let data0 = data.parallelFilesUpload;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/parallelFilesUpload",schemaPath:"#/properties/parallelFilesUpload/type",keyword:"type",params:{type: "integer"}};
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
const err1 = {instancePath:instancePath+"/parallelFilesUpload",schemaPath:"#/properties/parallelFilesUpload/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < -2147483648 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/parallelFilesUpload",schemaPath:"#/properties/parallelFilesUpload/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key0 in data){
if(!(key0 === "parallelFilesUpload")){
const err3 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Velero UploaderConfigForBackup"}};
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
validate1115.errors = vErrors;
return errors === 0;
}
const obj90 = new Set(["csiSnapshotTimeout","datamover","defaultVolumesToFsBackup","defaultVolumesToRestic","excludedClusterScopedResources","excludedNamespaceScopedResources","excludedNamespaces","excludedResources","hooks","includeClusterResources","includedClusterScopedResources","includedNamespaceScopedResources","includedNamespaces","includedResources","itemOperationTimeout","labelSelector","metadata","orLabelSelectors","orderedResources","resourcePolicy","snapshotMoveData","snapshotVolumes","storageLocation","ttl","uploaderConfig","volumeSnapshotLocations"]);
function validate1099(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.csiSnapshotTimeout !== undefined){
let data0 = data.csiSnapshotTimeout;
if(typeof data0 === "string"){
if(!pattern23.test(data0)){
const err0 = {instancePath:instancePath+"/csiSnapshotTimeout",schemaPath:"#/properties/csiSnapshotTimeout/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
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
const err1 = {instancePath:instancePath+"/csiSnapshotTimeout",schemaPath:"#/properties/csiSnapshotTimeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.datamover !== undefined){
if(typeof data.datamover !== "string"){
const err2 = {instancePath:instancePath+"/datamover",schemaPath:"#/properties/datamover/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.defaultVolumesToFsBackup !== undefined){
if(typeof data.defaultVolumesToFsBackup !== "boolean"){
const err3 = {instancePath:instancePath+"/defaultVolumesToFsBackup",schemaPath:"#/properties/defaultVolumesToFsBackup/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.defaultVolumesToRestic !== undefined){
if(typeof data.defaultVolumesToRestic !== "boolean"){
const err4 = {instancePath:instancePath+"/defaultVolumesToRestic",schemaPath:"#/properties/defaultVolumesToRestic/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.excludedClusterScopedResources !== undefined){
let data4 = data.excludedClusterScopedResources;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(typeof data4[i0] !== "string"){
const err5 = {instancePath:instancePath+"/excludedClusterScopedResources/" + i0,schemaPath:"#/properties/excludedClusterScopedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/excludedClusterScopedResources",schemaPath:"#/properties/excludedClusterScopedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.excludedNamespaceScopedResources !== undefined){
let data6 = data.excludedNamespaceScopedResources;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(typeof data6[i1] !== "string"){
const err7 = {instancePath:instancePath+"/excludedNamespaceScopedResources/" + i1,schemaPath:"#/properties/excludedNamespaceScopedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/excludedNamespaceScopedResources",schemaPath:"#/properties/excludedNamespaceScopedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.excludedNamespaces !== undefined){
let data8 = data.excludedNamespaces;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(typeof data8[i2] !== "string"){
const err9 = {instancePath:instancePath+"/excludedNamespaces/" + i2,schemaPath:"#/properties/excludedNamespaces/items/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/excludedNamespaces",schemaPath:"#/properties/excludedNamespaces/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.excludedResources !== undefined){
let data10 = data.excludedResources;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(typeof data10[i3] !== "string"){
const err11 = {instancePath:instancePath+"/excludedResources/" + i3,schemaPath:"#/properties/excludedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/excludedResources",schemaPath:"#/properties/excludedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.hooks !== undefined){
if(!(validate1100(data.hooks, instancePath+"/hooks"))){
vErrors = vErrors === null ? validate1100.errors : vErrors.concat(validate1100.errors);
errors = vErrors.length;
}
}
if(data.includeClusterResources !== undefined){
if(typeof data.includeClusterResources !== "boolean"){
const err13 = {instancePath:instancePath+"/includeClusterResources",schemaPath:"#/properties/includeClusterResources/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.includedClusterScopedResources !== undefined){
let data14 = data.includedClusterScopedResources;
if(Array.isArray(data14)){
const len4 = data14.length;
for(let i4=0; i4<len4; i4++){
if(typeof data14[i4] !== "string"){
const err14 = {instancePath:instancePath+"/includedClusterScopedResources/" + i4,schemaPath:"#/properties/includedClusterScopedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/includedClusterScopedResources",schemaPath:"#/properties/includedClusterScopedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.includedNamespaceScopedResources !== undefined){
let data16 = data.includedNamespaceScopedResources;
if(Array.isArray(data16)){
const len5 = data16.length;
for(let i5=0; i5<len5; i5++){
if(typeof data16[i5] !== "string"){
const err16 = {instancePath:instancePath+"/includedNamespaceScopedResources/" + i5,schemaPath:"#/properties/includedNamespaceScopedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err17 = {instancePath:instancePath+"/includedNamespaceScopedResources",schemaPath:"#/properties/includedNamespaceScopedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.includedNamespaces !== undefined){
let data18 = data.includedNamespaces;
if(Array.isArray(data18)){
const len6 = data18.length;
for(let i6=0; i6<len6; i6++){
if(typeof data18[i6] !== "string"){
const err18 = {instancePath:instancePath+"/includedNamespaces/" + i6,schemaPath:"#/properties/includedNamespaces/items/type",keyword:"type",params:{type: "string"}};
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
const err19 = {instancePath:instancePath+"/includedNamespaces",schemaPath:"#/properties/includedNamespaces/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.includedResources !== undefined){
let data20 = data.includedResources;
if(Array.isArray(data20)){
const len7 = data20.length;
for(let i7=0; i7<len7; i7++){
if(typeof data20[i7] !== "string"){
const err20 = {instancePath:instancePath+"/includedResources/" + i7,schemaPath:"#/properties/includedResources/items/type",keyword:"type",params:{type: "string"}};
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
const err21 = {instancePath:instancePath+"/includedResources",schemaPath:"#/properties/includedResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.itemOperationTimeout !== undefined){
let data22 = data.itemOperationTimeout;
if(typeof data22 === "string"){
if(!pattern23.test(data22)){
const err22 = {instancePath:instancePath+"/itemOperationTimeout",schemaPath:"#/properties/itemOperationTimeout/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/itemOperationTimeout",schemaPath:"#/properties/itemOperationTimeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
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
if(data.metadata !== undefined){
if(!(validate1111(data.metadata, instancePath+"/metadata"))){
vErrors = vErrors === null ? validate1111.errors : vErrors.concat(validate1111.errors);
errors = vErrors.length;
}
}
if(data.orLabelSelectors !== undefined){
let data25 = data.orLabelSelectors;
if(Array.isArray(data25)){
const len8 = data25.length;
for(let i8=0; i8<len8; i8++){
if(!(validate36(data25[i8], instancePath+"/orLabelSelectors/" + i8))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/orLabelSelectors",schemaPath:"#/properties/orLabelSelectors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.orderedResources !== undefined){
let data27 = data.orderedResources;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key0 in data27){
if(typeof data27[key0] !== "string"){
const err25 = {instancePath:instancePath+"/orderedResources/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/orderedResources/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/orderedResources",schemaPath:"#/properties/orderedResources/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.resourcePolicy !== undefined){
if(!(validate1089(data.resourcePolicy, instancePath+"/resourcePolicy"))){
vErrors = vErrors === null ? validate1089.errors : vErrors.concat(validate1089.errors);
errors = vErrors.length;
}
}
if(data.snapshotMoveData !== undefined){
if(typeof data.snapshotMoveData !== "boolean"){
const err27 = {instancePath:instancePath+"/snapshotMoveData",schemaPath:"#/properties/snapshotMoveData/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.snapshotVolumes !== undefined){
if(typeof data.snapshotVolumes !== "boolean"){
const err28 = {instancePath:instancePath+"/snapshotVolumes",schemaPath:"#/properties/snapshotVolumes/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.storageLocation !== undefined){
if(typeof data.storageLocation !== "string"){
const err29 = {instancePath:instancePath+"/storageLocation",schemaPath:"#/properties/storageLocation/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.ttl !== undefined){
let data33 = data.ttl;
if(typeof data33 === "string"){
if(!pattern23.test(data33)){
const err30 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
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
const err31 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.uploaderConfig !== undefined){
if(!(validate1115(data.uploaderConfig, instancePath+"/uploaderConfig"))){
vErrors = vErrors === null ? validate1115.errors : vErrors.concat(validate1115.errors);
errors = vErrors.length;
}
}
if(data.volumeSnapshotLocations !== undefined){
let data35 = data.volumeSnapshotLocations;
if(Array.isArray(data35)){
const len9 = data35.length;
for(let i9=0; i9<len9; i9++){
if(typeof data35[i9] !== "string"){
const err32 = {instancePath:instancePath+"/volumeSnapshotLocations/" + i9,schemaPath:"#/properties/volumeSnapshotLocations/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/volumeSnapshotLocations",schemaPath:"#/properties/volumeSnapshotLocations/type",keyword:"type",params:{type: "array"}};
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
if(!(obj90.has(key1))){
const err34 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Velero BackupSpec"}};
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
validate1099.errors = vErrors;
return errors === 0;
}
function validate1098(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schedule === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schedule"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.template === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "template"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.paused !== undefined){
if(typeof data.paused !== "boolean"){
const err2 = {instancePath:instancePath+"/paused",schemaPath:"#/properties/paused/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schedule !== undefined){
if(typeof data.schedule !== "string"){
const err3 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.skipImmediately !== undefined){
if(typeof data.skipImmediately !== "boolean"){
const err4 = {instancePath:instancePath+"/skipImmediately",schemaPath:"#/properties/skipImmediately/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.template !== undefined){
if(!(validate1099(data.template, instancePath+"/template"))){
vErrors = vErrors === null ? validate1099.errors : vErrors.concat(validate1099.errors);
errors = vErrors.length;
}
}
if(data.useOwnerReferencesInBackup !== undefined){
if(typeof data.useOwnerReferencesInBackup !== "boolean"){
const err5 = {instancePath:instancePath+"/useOwnerReferencesInBackup",schemaPath:"#/properties/useOwnerReferencesInBackup/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key0 in data){
if(!(((((key0 === "paused") || (key0 === "schedule")) || (key0 === "skipImmediately")) || (key0 === "template")) || (key0 === "useOwnerReferencesInBackup"))){
const err6 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Velero ScheduleSpec"}};
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
validate1098.errors = vErrors;
return errors === 0;
}
function validate1096(data, instancePath=""){
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
if("Schedule" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Schedule"}};
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
if(!(validate1098(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate1098.errors : vErrors.concat(validate1098.errors);
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
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "velero.io/v1 Schedule"}};
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
validate1096.errors = vErrors;
return errors === 0;
}
module.exports = {validate1096};
