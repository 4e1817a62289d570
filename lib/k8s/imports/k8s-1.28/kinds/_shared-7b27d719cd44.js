/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 2 kinds share: security.istio.io/v1/PeerAuthentication, security.istio.io/v1beta1/PeerAuthentication.
"use strict";
const {validate979} = require("./_shared-94bc6aa7dd4e.js");
const schema444 = {"type":"object","properties":{"mode":{"type":"string","enum":["UNSET","DISABLE","PERMISSIVE","STRICT"]}},"k8sClosed":"Istio PeerAuthentication.MutualTLS"};
function validate1062(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode !== undefined){
let data0 = data.mode;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data0 === "UNSET") || (data0 === "DISABLE")) || (data0 === "PERMISSIVE")) || (data0 === "STRICT"))){
const err1 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema444.properties.mode.enum}};
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
if(!(key0 === "mode")){
const err2 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio PeerAuthentication.MutualTLS"}};
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
validate1062.errors = vErrors;
return errors === 0;
}
function validate1061(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mtls !== undefined){
if(!(validate1062(data.mtls, instancePath+"/mtls"))){
vErrors = vErrors === null ? validate1062.errors : vErrors.concat(validate1062.errors);
errors = vErrors.length;
}
}
if(data.portLevelMtls !== undefined){
let data1 = data.portLevelMtls;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(!(validate1062(data1[key0], instancePath+"/portLevelMtls/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")))){
vErrors = vErrors === null ? validate1062.errors : vErrors.concat(validate1062.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/portLevelMtls",schemaPath:"#/properties/portLevelMtls/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.selector !== undefined){
if(!(validate979(data.selector, instancePath+"/selector"))){
vErrors = vErrors === null ? validate979.errors : vErrors.concat(validate979.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(!(((key1 === "mtls") || (key1 === "portLevelMtls")) || (key1 === "selector"))){
const err1 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio PeerAuthentication"}};
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
validate1061.errors = vErrors;
return errors === 0;
}
module.exports = {validate1061};
