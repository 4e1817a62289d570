/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of v1/ResourceQuota alone.
"use strict";
const {pattern4} = require("./_shared-36b9c59a91a1.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const schema288 = {"type":"object","properties":{"hard":{"type":"object","additionalProperties":{"type":["string","number"],"pattern":"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}},"scopeSelector":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ScopeSelector"},"scopes":{"type":"array","items":{"type":"string","enum":["BestEffort","CrossNamespacePodAffinity","NotBestEffort","NotTerminating","PriorityClass","Terminating","VolumeAttributesClass"]}}},"k8sClosed":"Kubernetes 1.28 ResourceQuotaSpec"};
const schema290 = {"type":"object","properties":{"operator":{"type":"string","enum":["DoesNotExist","Exists","In","NotIn"]},"scopeName":{"type":"string","enum":["BestEffort","CrossNamespacePodAffinity","NotBestEffort","NotTerminating","PriorityClass","Terminating","VolumeAttributesClass"]},"values":{"type":"array","items":{"type":"string"}}},"required":["operator","scopeName"],"k8sClosed":"Kubernetes 1.28 ScopedResourceSelectorRequirement"};
function validate334(data, instancePath=""){
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
if(data1.operator === undefined){
const err0 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ScopedResourceSelectorRequirement/required",keyword:"required",params:{missingProperty: "operator"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.scopeName === undefined){
const err1 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ScopedResourceSelectorRequirement/required",keyword:"required",params:{missingProperty: "scopeName"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.operator !== undefined){
let data2 = data1.operator;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/matchExpressions/" + i0+"/operator",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ScopedResourceSelectorRequirement/properties/operator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data2 === "DoesNotExist") || (data2 === "Exists")) || (data2 === "In")) || (data2 === "NotIn"))){
const err3 = {instancePath:instancePath+"/matchExpressions/" + i0+"/operator",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ScopedResourceSelectorRequirement/properties/operator/enum",keyword:"enum",params:{allowedValues: schema290.properties.operator.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.scopeName !== undefined){
let data3 = data1.scopeName;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/matchExpressions/" + i0+"/scopeName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ScopedResourceSelectorRequirement/properties/scopeName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((((((data3 === "BestEffort") || (data3 === "CrossNamespacePodAffinity")) || (data3 === "NotBestEffort")) || (data3 === "NotTerminating")) || (data3 === "PriorityClass")) || (data3 === "Terminating")) || (data3 === "VolumeAttributesClass"))){
const err5 = {instancePath:instancePath+"/matchExpressions/" + i0+"/scopeName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ScopedResourceSelectorRequirement/properties/scopeName/enum",keyword:"enum",params:{allowedValues: schema290.properties.scopeName.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
const err6 = {instancePath:instancePath+"/matchExpressions/" + i0+"/values/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ScopedResourceSelectorRequirement/properties/values/items/type",keyword:"type",params:{type: "string"}};
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
const err7 = {instancePath:instancePath+"/matchExpressions/" + i0+"/values",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ScopedResourceSelectorRequirement/properties/values/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key0 in data1){
if(!(((key0 === "operator") || (key0 === "scopeName")) || (key0 === "values"))){
const err8 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ScopedResourceSelectorRequirement/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ScopedResourceSelectorRequirement"}};
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
const err9 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ScopedResourceSelectorRequirement/type",keyword:"type",params:{type: "object"}};
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
const err10 = {instancePath:instancePath+"/matchExpressions",schemaPath:"#/properties/matchExpressions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key1 in data){
if(!(key1 === "matchExpressions")){
const err11 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ScopeSelector"}};
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
validate334.errors = vErrors;
return errors === 0;
}
function validate333(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hard !== undefined){
let data0 = data.hard;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
let data1 = data0[key0];
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
const err0 = {instancePath:instancePath+"/hard/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/hard/additionalProperties/type",keyword:"type",params:{type: schema288.properties.hard.additionalProperties.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err1 = {instancePath:instancePath+"/hard/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/hard/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
}
else {
const err2 = {instancePath:instancePath+"/hard",schemaPath:"#/properties/hard/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.scopeSelector !== undefined){
if(!(validate334(data.scopeSelector, instancePath+"/scopeSelector"))){
vErrors = vErrors === null ? validate334.errors : vErrors.concat(validate334.errors);
errors = vErrors.length;
}
}
if(data.scopes !== undefined){
let data3 = data.scopes;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err3 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((((((data4 === "BestEffort") || (data4 === "CrossNamespacePodAffinity")) || (data4 === "NotBestEffort")) || (data4 === "NotTerminating")) || (data4 === "PriorityClass")) || (data4 === "Terminating")) || (data4 === "VolumeAttributesClass"))){
const err4 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/enum",keyword:"enum",params:{allowedValues: schema288.properties.scopes.items.enum}};
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
const err5 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"}};
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
if(!(((key1 === "hard") || (key1 === "scopeSelector")) || (key1 === "scopes"))){
const err6 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ResourceQuotaSpec"}};
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
validate333.errors = vErrors;
return errors === 0;
}
function validate331(data, instancePath=""){
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
if("ResourceQuota" !== data1){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ResourceQuota"}};
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
if(data.spec !== undefined){
if(!(validate333(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate333.errors : vErrors.concat(validate333.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key0 in data){
if(!(((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec")) || (key0 === "status"))){
const err5 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ResourceQuota"}};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate331.errors = vErrors;
return errors === 0;
}
module.exports = {validate331};
