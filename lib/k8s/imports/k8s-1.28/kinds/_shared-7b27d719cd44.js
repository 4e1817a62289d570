/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 2 kinds share: security.istio.io/v1/PeerAuthentication, security.istio.io/v1beta1/PeerAuthentication.
"use strict";
const schema541 = {"type":"object","properties":{"mode":{"type":"string","enum":["UNSET","DISABLE","PERMISSIVE","STRICT"]}},"k8sClosed":"Istio PeerAuthentication.MutualTLS"};
function validate588(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mtls !== undefined){
let data0 = data.mtls;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.mode !== undefined){
let data1 = data0.mode;
if(typeof data1 !== "string"){
const err0 = {instancePath:instancePath+"/mtls/mode",schemaPath:"k8s#/definitions/crd-type Istio PeerAuthentication.MutualTLS/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data1 === "UNSET") || (data1 === "DISABLE")) || (data1 === "PERMISSIVE")) || (data1 === "STRICT"))){
const err1 = {instancePath:instancePath+"/mtls/mode",schemaPath:"k8s#/definitions/crd-type Istio PeerAuthentication.MutualTLS/properties/mode/enum",keyword:"enum",params:{allowedValues: schema541.properties.mode.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key0 in data0){
if(!(key0 === "mode")){
const err2 = {instancePath:instancePath+"/mtls",schemaPath:"k8s#/definitions/crd-type Istio PeerAuthentication.MutualTLS/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio PeerAuthentication.MutualTLS"}};
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
const err3 = {instancePath:instancePath+"/mtls",schemaPath:"k8s#/definitions/crd-type Istio PeerAuthentication.MutualTLS/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.portLevelMtls !== undefined){
let data2 = data.portLevelMtls;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
let data3 = data2[key1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.mode !== undefined){
let data4 = data3.mode;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/portLevelMtls/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/mode",schemaPath:"k8s#/definitions/crd-type Istio PeerAuthentication.MutualTLS/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data4 === "UNSET") || (data4 === "DISABLE")) || (data4 === "PERMISSIVE")) || (data4 === "STRICT"))){
const err5 = {instancePath:instancePath+"/portLevelMtls/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/mode",schemaPath:"k8s#/definitions/crd-type Istio PeerAuthentication.MutualTLS/properties/mode/enum",keyword:"enum",params:{allowedValues: schema541.properties.mode.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key2 in data3){
if(!(key2 === "mode")){
const err6 = {instancePath:instancePath+"/portLevelMtls/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio PeerAuthentication.MutualTLS/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio PeerAuthentication.MutualTLS"}};
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
const err7 = {instancePath:instancePath+"/portLevelMtls/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio PeerAuthentication.MutualTLS/type",keyword:"type",params:{type: "object"}};
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
const err8 = {instancePath:instancePath+"/portLevelMtls",schemaPath:"#/properties/portLevelMtls/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.selector !== undefined){
let data5 = data.selector;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.matchLabels !== undefined){
let data6 = data5.matchLabels;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(typeof data6[key3] !== "string"){
const err9 = {instancePath:instancePath+"/selector/matchLabels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio WorkloadSelector/properties/matchLabels/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/selector/matchLabels",schemaPath:"k8s#/definitions/crd-type Istio WorkloadSelector/properties/matchLabels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key4 in data5){
if(!(key4 === "matchLabels")){
const err11 = {instancePath:instancePath+"/selector",schemaPath:"k8s#/definitions/crd-type Istio WorkloadSelector/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Istio WorkloadSelector"}};
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
const err12 = {instancePath:instancePath+"/selector",schemaPath:"k8s#/definitions/crd-type Istio WorkloadSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key5 in data){
if(!(((key5 === "mtls") || (key5 === "portLevelMtls")) || (key5 === "selector"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key5, type: "Istio PeerAuthentication"}};
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
validate588.errors = vErrors;
return errors === 0;
}
module.exports = {validate588};
