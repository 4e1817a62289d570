/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of velero.io/v1/Schedule alone.
"use strict";
const {pattern32} = require("./_shared-147f0be6cfe9.js");
const {validate17} = require("./_shared-189cd486ec31.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const schema565 = {"type":"object","properties":{"command":{"type":"array","items":{"type":"string"},"minItems":1},"container":{"type":"string"},"onError":{"type":"string","enum":["Continue","Fail"]},"timeout":{"type":"string","pattern":"^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}},"required":["command"],"k8sClosed":"Velero ExecHook"};
function validate614(data, instancePath=""){
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
let data0 = data.exec;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.command === undefined){
const err1 = {instancePath:instancePath+"/exec",schemaPath:"k8s#/definitions/crd-type Velero ExecHook/required",keyword:"required",params:{missingProperty: "command"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.command !== undefined){
let data1 = data0.command;
if(Array.isArray(data1)){
if(data1.length < 1){
const err2 = {instancePath:instancePath+"/exec/command",schemaPath:"k8s#/definitions/crd-type Velero ExecHook/properties/command/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err3 = {instancePath:instancePath+"/exec/command/" + i0,schemaPath:"k8s#/definitions/crd-type Velero ExecHook/properties/command/items/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/exec/command",schemaPath:"k8s#/definitions/crd-type Velero ExecHook/properties/command/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.container !== undefined){
if(typeof data0.container !== "string"){
const err5 = {instancePath:instancePath+"/exec/container",schemaPath:"k8s#/definitions/crd-type Velero ExecHook/properties/container/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.onError !== undefined){
let data4 = data0.onError;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/exec/onError",schemaPath:"k8s#/definitions/crd-type Velero ExecHook/properties/onError/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data4 === "Continue") || (data4 === "Fail"))){
const err7 = {instancePath:instancePath+"/exec/onError",schemaPath:"k8s#/definitions/crd-type Velero ExecHook/properties/onError/enum",keyword:"enum",params:{allowedValues: schema565.properties.onError.enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.timeout !== undefined){
let data5 = data0.timeout;
if(typeof data5 === "string"){
if(!pattern32.test(data5)){
const err8 = {instancePath:instancePath+"/exec/timeout",schemaPath:"k8s#/definitions/crd-type Velero ExecHook/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
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
const err9 = {instancePath:instancePath+"/exec/timeout",schemaPath:"k8s#/definitions/crd-type Velero ExecHook/properties/timeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data0){
if(!((((key0 === "command") || (key0 === "container")) || (key0 === "onError")) || (key0 === "timeout"))){
const err10 = {instancePath:instancePath+"/exec",schemaPath:"k8s#/definitions/crd-type Velero ExecHook/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Velero ExecHook"}};
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
const err11 = {instancePath:instancePath+"/exec",schemaPath:"k8s#/definitions/crd-type Velero ExecHook/type",keyword:"type",params:{type: "object"}};
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
if(!(key1 === "exec")){
const err12 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Velero BackupResourceHook"}};
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
validate614.errors = vErrors;
return errors === 0;
}
const obj99 = new Set(["excludedNamespaces","excludedResources","includedNamespaces","includedResources","labelSelector","name","post","pre"]);
function validate612(data, instancePath=""){
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
if(!(validate17(data.labelSelector, instancePath+"/labelSelector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
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
if(!(validate614(data10[i4], instancePath+"/post/" + i4))){
vErrors = vErrors === null ? validate614.errors : vErrors.concat(validate614.errors);
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
if(!(validate614(data12[i5], instancePath+"/pre/" + i5))){
vErrors = vErrors === null ? validate614.errors : vErrors.concat(validate614.errors);
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
if(!(obj99.has(key0))){
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
validate612.errors = vErrors;
return errors === 0;
}
function validate611(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resources !== undefined){
let data0 = data.resources;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate612(data0[i0], instancePath+"/resources/" + i0))){
vErrors = vErrors === null ? validate612.errors : vErrors.concat(validate612.errors);
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
validate611.errors = vErrors;
return errors === 0;
}
const obj100 = new Set(["csiSnapshotTimeout","datamover","defaultVolumesToFsBackup","defaultVolumesToRestic","excludedClusterScopedResources","excludedNamespaceScopedResources","excludedNamespaces","excludedResources","hooks","includeClusterResources","includedClusterScopedResources","includedNamespaceScopedResources","includedNamespaces","includedResources","itemOperationTimeout","labelSelector","metadata","orLabelSelectors","orderedResources","resourcePolicy","snapshotMoveData","snapshotVolumes","storageLocation","ttl","uploaderConfig","volumeSnapshotLocations"]);
function validate610(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.csiSnapshotTimeout !== undefined){
let data0 = data.csiSnapshotTimeout;
if(typeof data0 === "string"){
if(!pattern32.test(data0)){
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
if(!(validate611(data.hooks, instancePath+"/hooks"))){
vErrors = vErrors === null ? validate611.errors : vErrors.concat(validate611.errors);
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
if(!pattern32.test(data22)){
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
if(!(validate17(data.labelSelector, instancePath+"/labelSelector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.metadata !== undefined){
let data24 = data.metadata;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.labels !== undefined){
let data25 = data24.labels;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key0 in data25){
if(typeof data25[key0] !== "string"){
const err24 = {instancePath:instancePath+"/metadata/labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Velero Metadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
else {
const err25 = {instancePath:instancePath+"/metadata/labels",schemaPath:"k8s#/definitions/crd-type Velero Metadata/properties/labels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
for(const key1 in data24){
if(!(key1 === "labels")){
const err26 = {instancePath:instancePath+"/metadata",schemaPath:"k8s#/definitions/crd-type Velero Metadata/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Velero Metadata"}};
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
const err27 = {instancePath:instancePath+"/metadata",schemaPath:"k8s#/definitions/crd-type Velero Metadata/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.orLabelSelectors !== undefined){
let data27 = data.orLabelSelectors;
if(Array.isArray(data27)){
const len8 = data27.length;
for(let i8=0; i8<len8; i8++){
if(!(validate17(data27[i8], instancePath+"/orLabelSelectors/" + i8))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath:instancePath+"/orLabelSelectors",schemaPath:"#/properties/orLabelSelectors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.orderedResources !== undefined){
let data29 = data.orderedResources;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key2 in data29){
if(typeof data29[key2] !== "string"){
const err29 = {instancePath:instancePath+"/orderedResources/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/orderedResources/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err30 = {instancePath:instancePath+"/orderedResources",schemaPath:"#/properties/orderedResources/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.resourcePolicy !== undefined){
let data31 = data.resourcePolicy;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.kind === undefined){
const err31 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"k8s#/definitions/crd-type Velero TypedLocalObjectReference/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data31.name === undefined){
const err32 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"k8s#/definitions/crd-type Velero TypedLocalObjectReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data31.apiGroup !== undefined){
if(typeof data31.apiGroup !== "string"){
const err33 = {instancePath:instancePath+"/resourcePolicy/apiGroup",schemaPath:"k8s#/definitions/crd-type Velero TypedLocalObjectReference/properties/apiGroup/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data31.kind !== undefined){
if(typeof data31.kind !== "string"){
const err34 = {instancePath:instancePath+"/resourcePolicy/kind",schemaPath:"k8s#/definitions/crd-type Velero TypedLocalObjectReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data31.name !== undefined){
if(typeof data31.name !== "string"){
const err35 = {instancePath:instancePath+"/resourcePolicy/name",schemaPath:"k8s#/definitions/crd-type Velero TypedLocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
for(const key3 in data31){
if(!(((key3 === "apiGroup") || (key3 === "kind")) || (key3 === "name"))){
const err36 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"k8s#/definitions/crd-type Velero TypedLocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Velero TypedLocalObjectReference"}};
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
const err37 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"k8s#/definitions/crd-type Velero TypedLocalObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.snapshotMoveData !== undefined){
if(typeof data.snapshotMoveData !== "boolean"){
const err38 = {instancePath:instancePath+"/snapshotMoveData",schemaPath:"#/properties/snapshotMoveData/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.snapshotVolumes !== undefined){
if(typeof data.snapshotVolumes !== "boolean"){
const err39 = {instancePath:instancePath+"/snapshotVolumes",schemaPath:"#/properties/snapshotVolumes/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.storageLocation !== undefined){
if(typeof data.storageLocation !== "string"){
const err40 = {instancePath:instancePath+"/storageLocation",schemaPath:"#/properties/storageLocation/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.ttl !== undefined){
let data38 = data.ttl;
if(typeof data38 === "string"){
if(!pattern32.test(data38)){
const err41 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.uploaderConfig !== undefined){
let data39 = data.uploaderConfig;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.parallelFilesUpload !== undefined){
let data40 = data39.parallelFilesUpload;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err43 = {instancePath:instancePath+"/uploaderConfig/parallelFilesUpload",schemaPath:"k8s#/definitions/crd-type Velero UploaderConfigForBackup/properties/parallelFilesUpload/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 > 2147483647 || isNaN(data40)){
const err44 = {instancePath:instancePath+"/uploaderConfig/parallelFilesUpload",schemaPath:"k8s#/definitions/crd-type Velero UploaderConfigForBackup/properties/parallelFilesUpload/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data40 < -2147483648 || isNaN(data40)){
const err45 = {instancePath:instancePath+"/uploaderConfig/parallelFilesUpload",schemaPath:"k8s#/definitions/crd-type Velero UploaderConfigForBackup/properties/parallelFilesUpload/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
for(const key4 in data39){
if(!(key4 === "parallelFilesUpload")){
const err46 = {instancePath:instancePath+"/uploaderConfig",schemaPath:"k8s#/definitions/crd-type Velero UploaderConfigForBackup/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Velero UploaderConfigForBackup"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/uploaderConfig",schemaPath:"k8s#/definitions/crd-type Velero UploaderConfigForBackup/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.volumeSnapshotLocations !== undefined){
let data41 = data.volumeSnapshotLocations;
if(Array.isArray(data41)){
const len9 = data41.length;
for(let i9=0; i9<len9; i9++){
if(typeof data41[i9] !== "string"){
const err48 = {instancePath:instancePath+"/volumeSnapshotLocations/" + i9,schemaPath:"#/properties/volumeSnapshotLocations/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/volumeSnapshotLocations",schemaPath:"#/properties/volumeSnapshotLocations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
for(const key5 in data){
if(!(obj100.has(key5))){
const err50 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key5, type: "Velero BackupSpec"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate610.errors = vErrors;
return errors === 0;
}
function validate609(data, instancePath=""){
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
if(!(validate610(data.template, instancePath+"/template"))){
vErrors = vErrors === null ? validate610.errors : vErrors.concat(validate610.errors);
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
validate609.errors = vErrors;
return errors === 0;
}
function validate607(data, instancePath=""){
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
if(!(validate12(data.metadata, instancePath+"/metadata"))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
if(data.spec !== undefined){
if(!(validate609(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate609.errors : vErrors.concat(validate609.errors);
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
validate607.errors = vErrors;
return errors === 0;
}
module.exports = {validate607};
