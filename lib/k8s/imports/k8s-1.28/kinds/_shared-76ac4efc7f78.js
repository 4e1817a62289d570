/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 8 kinds share: apps/v1/DaemonSet, apps/v1/Deployment, apps/v1/ReplicaSet, apps/v1/StatefulSet, batch/v1/CronJob, batch/v1/Job, v1/PersistentVolume, v1/Pod.
"use strict";
const schema35 = {"type":"object","properties":{"key":{"type":"string"},"operator":{"type":"string","enum":["DoesNotExist","Exists","Gt","In","Lt","NotIn"]},"values":{"type":"array","items":{"type":"string"}}},"required":["key","operator"],"k8sClosed":"Kubernetes 1.28 NodeSelectorRequirement"};
function validate38(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.matchExpressions !== undefined){
let data0 = data.matchExpressions;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.key === undefined){
const err0 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.operator === undefined){
const err1 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/required",keyword:"required",params:{missingProperty: "operator"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.key !== undefined){
if(typeof data1.key !== "string"){
const err2 = {instancePath:instancePath+"/matchExpressions/" + i0+"/key",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.operator !== undefined){
let data3 = data1.operator;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/matchExpressions/" + i0+"/operator",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/properties/operator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((((data3 === "DoesNotExist") || (data3 === "Exists")) || (data3 === "Gt")) || (data3 === "In")) || (data3 === "Lt")) || (data3 === "NotIn"))){
const err4 = {instancePath:instancePath+"/matchExpressions/" + i0+"/operator",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/properties/operator/enum",keyword:"enum",params:{allowedValues: schema35.properties.operator.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.values !== undefined){
let data4 = data1.values;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err5 = {instancePath:instancePath+"/matchExpressions/" + i0+"/values/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/properties/values/items/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/matchExpressions/" + i0+"/values",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/properties/values/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key0 in data1){
if(!(((key0 === "key") || (key0 === "operator")) || (key0 === "values"))){
const err7 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 NodeSelectorRequirement"}};
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
const err8 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/type",keyword:"type",params:{type: "object"}};
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
const err9 = {instancePath:instancePath+"/matchExpressions",schemaPath:"#/properties/matchExpressions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.matchFields !== undefined){
let data6 = data.matchFields;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.key === undefined){
const err10 = {instancePath:instancePath+"/matchFields/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data7.operator === undefined){
const err11 = {instancePath:instancePath+"/matchFields/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/required",keyword:"required",params:{missingProperty: "operator"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data7.key !== undefined){
if(typeof data7.key !== "string"){
const err12 = {instancePath:instancePath+"/matchFields/" + i2+"/key",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data7.operator !== undefined){
let data9 = data7.operator;
if(typeof data9 !== "string"){
const err13 = {instancePath:instancePath+"/matchFields/" + i2+"/operator",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/properties/operator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((((data9 === "DoesNotExist") || (data9 === "Exists")) || (data9 === "Gt")) || (data9 === "In")) || (data9 === "Lt")) || (data9 === "NotIn"))){
const err14 = {instancePath:instancePath+"/matchFields/" + i2+"/operator",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/properties/operator/enum",keyword:"enum",params:{allowedValues: schema35.properties.operator.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.values !== undefined){
let data10 = data7.values;
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(typeof data10[i3] !== "string"){
const err15 = {instancePath:instancePath+"/matchFields/" + i2+"/values/" + i3,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/properties/values/items/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/matchFields/" + i2+"/values",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/properties/values/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key1 in data7){
if(!(((key1 === "key") || (key1 === "operator")) || (key1 === "values"))){
const err17 = {instancePath:instancePath+"/matchFields/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 NodeSelectorRequirement"}};
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
const err18 = {instancePath:instancePath+"/matchFields/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NodeSelectorRequirement/type",keyword:"type",params:{type: "object"}};
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
const err19 = {instancePath:instancePath+"/matchFields",schemaPath:"#/properties/matchFields/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key2 in data){
if(!((key2 === "matchExpressions") || (key2 === "matchFields"))){
const err20 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 NodeSelectorTerm"}};
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
validate38.errors = vErrors;
return errors === 0;
}
function validate41(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nodeSelectorTerms === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodeSelectorTerms"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.nodeSelectorTerms !== undefined){
let data0 = data.nodeSelectorTerms;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate38(data0[i0], instancePath+"/nodeSelectorTerms/" + i0))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/nodeSelectorTerms",schemaPath:"#/properties/nodeSelectorTerms/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key0 in data){
if(!(key0 === "nodeSelectorTerms")){
const err2 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 NodeSelector"}};
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
validate41.errors = vErrors;
return errors === 0;
}
const schema96 = {"type":"object","properties":{"cachingMode":{"type":"string","enum":["None","ReadOnly","ReadWrite"]},"diskName":{"type":"string"},"diskURI":{"type":"string"},"fsType":{"type":"string"},"kind":{"type":"string","enum":["Dedicated","Managed","Shared"]},"readOnly":{"type":"boolean"}},"required":["diskName","diskURI"],"k8sClosed":"Kubernetes 1.28 AzureDiskVolumeSource"};
const schema123 = {"type":"object","properties":{"path":{"type":"string"},"type":{"type":"string","enum":["","BlockDevice","CharDevice","Directory","DirectoryOrCreate","File","FileOrCreate","Socket"]}},"required":["path"],"k8sClosed":"Kubernetes 1.28 HostPathVolumeSource"};
module.exports = {validate38, validate41, schema96, schema123};
