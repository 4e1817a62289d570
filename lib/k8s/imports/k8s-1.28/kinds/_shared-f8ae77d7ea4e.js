/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 2 kinds share: admissionregistration.k8s.io/v1/MutatingWebhookConfiguration, admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration.
"use strict";
const {pattern3} = require("./_shared-78457870bcdb.js");
const schema22 = {"type":"object","properties":{"apiGroups":{"type":"array","items":{"type":"string"}},"apiVersions":{"type":"array","items":{"type":"string"}},"operations":{"type":"array","items":{"type":"string","enum":["*","CONNECT","CREATE","DELETE","UPDATE"]}},"resources":{"type":"array","items":{"type":"string"}},"scope":{"type":"string"}},"k8sClosed":"Kubernetes 1.28 RuleWithOperations"};
function validate15(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.caBundle !== undefined){
let data0 = data.caBundle;
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err0 = {instancePath:instancePath+"/caBundle",schemaPath:"#/properties/caBundle/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"}};
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
const err1 = {instancePath:instancePath+"/caBundle",schemaPath:"#/properties/caBundle/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.service !== undefined){
let data1 = data.service;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err2 = {instancePath:instancePath+"/service",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.namespace === undefined){
const err3 = {instancePath:instancePath+"/service",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference/required",keyword:"required",params:{missingProperty: "namespace"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err4 = {instancePath:instancePath+"/service/name",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.namespace !== undefined){
if(typeof data1.namespace !== "string"){
const err5 = {instancePath:instancePath+"/service/namespace",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.path !== undefined){
if(typeof data1.path !== "string"){
const err6 = {instancePath:instancePath+"/service/path",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.port !== undefined){
let data5 = data1.port;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err7 = {instancePath:instancePath+"/service/port",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2147483647 || isNaN(data5)){
const err8 = {instancePath:instancePath+"/service/port",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5 < -2147483648 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/service/port",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key0 in data1){
if(!((((key0 === "name") || (key0 === "namespace")) || (key0 === "path")) || (key0 === "port"))){
const err10 = {instancePath:instancePath+"/service",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ServiceReference"}};
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
const err11 = {instancePath:instancePath+"/service",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.ServiceReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.url !== undefined){
if(typeof data.url !== "string"){
const err12 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key1 in data){
if(!(((key1 === "caBundle") || (key1 === "service")) || (key1 === "url"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 WebhookClientConfig"}};
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
validate15.errors = vErrors;
return errors === 0;
}
module.exports = {schema22, validate15};
