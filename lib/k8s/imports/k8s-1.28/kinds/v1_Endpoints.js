/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of v1/Endpoints alone.
"use strict";
const {validate12} = require("./_shared-3b773811c50a.js");
const schema241 = {"type":"object","properties":{"appProtocol":{"type":"string"},"name":{"type":"string"},"port":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"protocol":{"type":"string","enum":["SCTP","TCP","UDP"]}},"required":["port"],"k8sClosed":"Kubernetes 1.28 EndpointPort"};
const obj31 = new Set(["apiVersion","fieldPath","kind","name","namespace","resourceVersion","uid"]);
function validate292(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ip === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ip"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.hostname !== undefined){
if(typeof data.hostname !== "string"){
const err1 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ip !== undefined){
if(typeof data.ip !== "string"){
const err2 = {instancePath:instancePath+"/ip",schemaPath:"#/properties/ip/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.nodeName !== undefined){
if(typeof data.nodeName !== "string"){
const err3 = {instancePath:instancePath+"/nodeName",schemaPath:"#/properties/nodeName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.targetRef !== undefined){
let data3 = data.targetRef;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.apiVersion !== undefined){
if(typeof data3.apiVersion !== "string"){
const err4 = {instancePath:instancePath+"/targetRef/apiVersion",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data3.fieldPath !== undefined){
if(typeof data3.fieldPath !== "string"){
const err5 = {instancePath:instancePath+"/targetRef/fieldPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/fieldPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data3.kind !== undefined){
if(typeof data3.kind !== "string"){
const err6 = {instancePath:instancePath+"/targetRef/kind",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.name !== undefined){
if(typeof data3.name !== "string"){
const err7 = {instancePath:instancePath+"/targetRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.namespace !== undefined){
if(typeof data3.namespace !== "string"){
const err8 = {instancePath:instancePath+"/targetRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.resourceVersion !== undefined){
if(typeof data3.resourceVersion !== "string"){
const err9 = {instancePath:instancePath+"/targetRef/resourceVersion",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/resourceVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.uid !== undefined){
if(typeof data3.uid !== "string"){
const err10 = {instancePath:instancePath+"/targetRef/uid",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/uid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key0 in data3){
if(!(obj31.has(key0))){
const err11 = {instancePath:instancePath+"/targetRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ObjectReference"}};
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
const err12 = {instancePath:instancePath+"/targetRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/type",keyword:"type",params:{type: "object"}};
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
if(!((((key1 === "hostname") || (key1 === "ip")) || (key1 === "nodeName")) || (key1 === "targetRef"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 EndpointAddress"}};
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
validate292.errors = vErrors;
return errors === 0;
}
function validate291(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.addresses !== undefined){
let data0 = data.addresses;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate292(data0[i0], instancePath+"/addresses/" + i0))){
vErrors = vErrors === null ? validate292.errors : vErrors.concat(validate292.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/addresses",schemaPath:"#/properties/addresses/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.notReadyAddresses !== undefined){
let data2 = data.notReadyAddresses;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate292(data2[i1], instancePath+"/notReadyAddresses/" + i1))){
vErrors = vErrors === null ? validate292.errors : vErrors.concat(validate292.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/notReadyAddresses",schemaPath:"#/properties/notReadyAddresses/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ports !== undefined){
let data4 = data.ports;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.port === undefined){
const err2 = {instancePath:instancePath+"/ports/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EndpointPort/required",keyword:"required",params:{missingProperty: "port"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data5.appProtocol !== undefined){
if(typeof data5.appProtocol !== "string"){
const err3 = {instancePath:instancePath+"/ports/" + i2+"/appProtocol",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EndpointPort/properties/appProtocol/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err4 = {instancePath:instancePath+"/ports/" + i2+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EndpointPort/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data5.port !== undefined){
let data8 = data5.port;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err5 = {instancePath:instancePath+"/ports/" + i2+"/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EndpointPort/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 2147483647 || isNaN(data8)){
const err6 = {instancePath:instancePath+"/ports/" + i2+"/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EndpointPort/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data8 < -2147483648 || isNaN(data8)){
const err7 = {instancePath:instancePath+"/ports/" + i2+"/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EndpointPort/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data5.protocol !== undefined){
let data9 = data5.protocol;
if(typeof data9 !== "string"){
const err8 = {instancePath:instancePath+"/ports/" + i2+"/protocol",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EndpointPort/properties/protocol/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data9 === "SCTP") || (data9 === "TCP")) || (data9 === "UDP"))){
const err9 = {instancePath:instancePath+"/ports/" + i2+"/protocol",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EndpointPort/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema241.properties.protocol.enum}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data5){
if(!((((key0 === "appProtocol") || (key0 === "name")) || (key0 === "port")) || (key0 === "protocol"))){
const err10 = {instancePath:instancePath+"/ports/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EndpointPort/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 EndpointPort"}};
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
const err11 = {instancePath:instancePath+"/ports/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EndpointPort/type",keyword:"type",params:{type: "object"}};
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
const err12 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"}};
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
if(!(((key1 === "addresses") || (key1 === "notReadyAddresses")) || (key1 === "ports"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 EndpointSubset"}};
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
validate291.errors = vErrors;
return errors === 0;
}
function validate289(data, instancePath=""){
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
if("Endpoints" !== data1){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Endpoints"}};
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
if(data.subsets !== undefined){
let data3 = data.subsets;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate291(data3[i0], instancePath+"/subsets/" + i0))){
vErrors = vErrors === null ? validate291.errors : vErrors.concat(validate291.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/subsets",schemaPath:"#/properties/subsets/type",keyword:"type",params:{type: "array"}};
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
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "subsets"))){
const err5 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 Endpoints"}};
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
validate289.errors = vErrors;
return errors === 0;
}
module.exports = {validate289};
