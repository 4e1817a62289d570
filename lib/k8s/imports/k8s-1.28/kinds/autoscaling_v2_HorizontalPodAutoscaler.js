/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of autoscaling/v2/HorizontalPodAutoscaler alone.
"use strict";
const {validate17} = require("./_shared-189cd486ec31.js");
const {pattern4} = require("./_shared-36b9c59a91a1.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const {validate187} = require("./_shared-5b56cfce74f6.js");
const schema173 = {"type":"object","properties":{"averageUtilization":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"averageValue":{"type":["string","number"],"pattern":"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"},"type":{"type":"string"},"value":{"type":["string","number"],"pattern":"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}},"required":["type"],"k8sClosed":"Kubernetes 1.28 MetricTarget"};
function validate193(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.container === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "container"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.target === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.container !== undefined){
if(typeof data.container !== "string"){
const err3 = {instancePath:instancePath+"/container",schemaPath:"#/properties/container/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.target !== undefined){
let data2 = data.target;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type === undefined){
const err5 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.averageUtilization !== undefined){
let data3 = data2.averageUtilization;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.averageValue !== undefined){
let data4 = data2.averageValue;
if((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))){
const err9 = {instancePath:instancePath+"/target/averageValue",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageValue/type",keyword:"type",params:{type: schema173.properties.averageValue.type}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err10 = {instancePath:instancePath+"/target/averageValue",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageValue/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
if(data2.type !== undefined){
if(typeof data2.type !== "string"){
const err11 = {instancePath:instancePath+"/target/type",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.value !== undefined){
let data6 = data2.value;
if((typeof data6 !== "string") && (!((typeof data6 == "number") && (isFinite(data6))))){
const err12 = {instancePath:instancePath+"/target/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/value/type",keyword:"type",params:{type: schema173.properties.value.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err13 = {instancePath:instancePath+"/target/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/value/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
for(const key0 in data2){
if(!((((key0 === "averageUtilization") || (key0 === "averageValue")) || (key0 === "type")) || (key0 === "value"))){
const err14 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 MetricTarget"}};
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
const err15 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key1 in data){
if(!(((key1 === "container") || (key1 === "name")) || (key1 === "target"))){
const err16 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ContainerResourceMetricSource"}};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate193.errors = vErrors;
return errors === 0;
}
function validate196(data, instancePath=""){
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.selector !== undefined){
if(!(validate17(data.selector, instancePath+"/selector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "selector"))){
const err2 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 MetricIdentifier"}};
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
validate196.errors = vErrors;
return errors === 0;
}
function validate195(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metric === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.target === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metric !== undefined){
if(!(validate196(data.metric, instancePath+"/metric"))){
vErrors = vErrors === null ? validate196.errors : vErrors.concat(validate196.errors);
errors = vErrors.length;
}
}
if(data.target !== undefined){
let data1 = data.target;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err2 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.averageUtilization !== undefined){
let data2 = data1.averageUtilization;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data1.averageValue !== undefined){
let data3 = data1.averageValue;
if((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))){
const err6 = {instancePath:instancePath+"/target/averageValue",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageValue/type",keyword:"type",params:{type: schema173.properties.averageValue.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err7 = {instancePath:instancePath+"/target/averageValue",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageValue/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
if(data1.type !== undefined){
if(typeof data1.type !== "string"){
const err8 = {instancePath:instancePath+"/target/type",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.value !== undefined){
let data5 = data1.value;
if((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))){
const err9 = {instancePath:instancePath+"/target/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/value/type",keyword:"type",params:{type: schema173.properties.value.type}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err10 = {instancePath:instancePath+"/target/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/value/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
for(const key0 in data1){
if(!((((key0 === "averageUtilization") || (key0 === "averageValue")) || (key0 === "type")) || (key0 === "value"))){
const err11 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 MetricTarget"}};
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
const err12 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/type",keyword:"type",params:{type: "object"}};
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
if(!((key1 === "metric") || (key1 === "target"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ExternalMetricSource"}};
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
validate195.errors = vErrors;
return errors === 0;
}
function validate200(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.describedObject === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "describedObject"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.metric === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.target === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.describedObject !== undefined){
let data0 = data.describedObject;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.kind === undefined){
const err3 = {instancePath:instancePath+"/describedObject",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.name === undefined){
const err4 = {instancePath:instancePath+"/describedObject",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.apiVersion !== undefined){
if(typeof data0.apiVersion !== "string"){
const err5 = {instancePath:instancePath+"/describedObject/apiVersion",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.kind !== undefined){
if(typeof data0.kind !== "string"){
const err6 = {instancePath:instancePath+"/describedObject/kind",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err7 = {instancePath:instancePath+"/describedObject/name",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key0 in data0){
if(!(((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "name"))){
const err8 = {instancePath:instancePath+"/describedObject",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 CrossVersionObjectReference"}};
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
const err9 = {instancePath:instancePath+"/describedObject",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.metric !== undefined){
if(!(validate196(data.metric, instancePath+"/metric"))){
vErrors = vErrors === null ? validate196.errors : vErrors.concat(validate196.errors);
errors = vErrors.length;
}
}
if(data.target !== undefined){
let data5 = data.target;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.type === undefined){
const err10 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.averageUtilization !== undefined){
let data6 = data5.averageUtilization;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2147483647 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < -2147483648 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data5.averageValue !== undefined){
let data7 = data5.averageValue;
if((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))){
const err14 = {instancePath:instancePath+"/target/averageValue",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageValue/type",keyword:"type",params:{type: schema173.properties.averageValue.type}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err15 = {instancePath:instancePath+"/target/averageValue",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageValue/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
if(data5.type !== undefined){
if(typeof data5.type !== "string"){
const err16 = {instancePath:instancePath+"/target/type",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.value !== undefined){
let data9 = data5.value;
if((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))){
const err17 = {instancePath:instancePath+"/target/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/value/type",keyword:"type",params:{type: schema173.properties.value.type}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
const err18 = {instancePath:instancePath+"/target/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/value/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
for(const key1 in data5){
if(!((((key1 === "averageUtilization") || (key1 === "averageValue")) || (key1 === "type")) || (key1 === "value"))){
const err19 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 MetricTarget"}};
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
const err20 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
for(const key2 in data){
if(!(((key2 === "describedObject") || (key2 === "metric")) || (key2 === "target"))){
const err21 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 ObjectMetricSource"}};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate200.errors = vErrors;
return errors === 0;
}
function validate203(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metric === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.target === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metric !== undefined){
if(!(validate196(data.metric, instancePath+"/metric"))){
vErrors = vErrors === null ? validate196.errors : vErrors.concat(validate196.errors);
errors = vErrors.length;
}
}
if(data.target !== undefined){
let data1 = data.target;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err2 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.averageUtilization !== undefined){
let data2 = data1.averageUtilization;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data1.averageValue !== undefined){
let data3 = data1.averageValue;
if((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))){
const err6 = {instancePath:instancePath+"/target/averageValue",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageValue/type",keyword:"type",params:{type: schema173.properties.averageValue.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err7 = {instancePath:instancePath+"/target/averageValue",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageValue/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
if(data1.type !== undefined){
if(typeof data1.type !== "string"){
const err8 = {instancePath:instancePath+"/target/type",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.value !== undefined){
let data5 = data1.value;
if((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))){
const err9 = {instancePath:instancePath+"/target/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/value/type",keyword:"type",params:{type: schema173.properties.value.type}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err10 = {instancePath:instancePath+"/target/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/value/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
for(const key0 in data1){
if(!((((key0 === "averageUtilization") || (key0 === "averageValue")) || (key0 === "type")) || (key0 === "value"))){
const err11 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 MetricTarget"}};
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
const err12 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/type",keyword:"type",params:{type: "object"}};
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
if(!((key1 === "metric") || (key1 === "target"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 PodsMetricSource"}};
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
validate203.errors = vErrors;
return errors === 0;
}
function validate206(data, instancePath=""){
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
if(data.target === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
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
if(data.target !== undefined){
let data1 = data.target;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err3 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.averageUtilization !== undefined){
let data2 = data1.averageUtilization;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/target/averageUtilization",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageUtilization/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data1.averageValue !== undefined){
let data3 = data1.averageValue;
if((typeof data3 !== "string") && (!((typeof data3 == "number") && (isFinite(data3))))){
const err7 = {instancePath:instancePath+"/target/averageValue",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageValue/type",keyword:"type",params:{type: schema173.properties.averageValue.type}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err8 = {instancePath:instancePath+"/target/averageValue",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/averageValue/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
if(data1.type !== undefined){
if(typeof data1.type !== "string"){
const err9 = {instancePath:instancePath+"/target/type",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.value !== undefined){
let data5 = data1.value;
if((typeof data5 !== "string") && (!((typeof data5 == "number") && (isFinite(data5))))){
const err10 = {instancePath:instancePath+"/target/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/value/type",keyword:"type",params:{type: schema173.properties.value.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err11 = {instancePath:instancePath+"/target/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/properties/value/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
for(const key0 in data1){
if(!((((key0 === "averageUtilization") || (key0 === "averageValue")) || (key0 === "type")) || (key0 === "value"))){
const err12 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 MetricTarget"}};
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
const err13 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.MetricTarget/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key1 in data){
if(!((key1 === "name") || (key1 === "target"))){
const err14 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ResourceMetricSource"}};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate206.errors = vErrors;
return errors === 0;
}
const obj24 = new Set(["containerResource","external","object","pods","resource","type"]);
function validate192(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.containerResource !== undefined){
if(!(validate193(data.containerResource, instancePath+"/containerResource"))){
vErrors = vErrors === null ? validate193.errors : vErrors.concat(validate193.errors);
errors = vErrors.length;
}
}
if(data.external !== undefined){
if(!(validate195(data.external, instancePath+"/external"))){
vErrors = vErrors === null ? validate195.errors : vErrors.concat(validate195.errors);
errors = vErrors.length;
}
}
if(data.object !== undefined){
if(!(validate200(data.object, instancePath+"/object"))){
vErrors = vErrors === null ? validate200.errors : vErrors.concat(validate200.errors);
errors = vErrors.length;
}
}
if(data.pods !== undefined){
if(!(validate203(data.pods, instancePath+"/pods"))){
vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
errors = vErrors.length;
}
}
if(data.resource !== undefined){
if(!(validate206(data.resource, instancePath+"/resource"))){
vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
errors = vErrors.length;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
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
if(!(obj24.has(key0))){
const err2 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 MetricSpec"}};
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
validate192.errors = vErrors;
return errors === 0;
}
function validate186(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxReplicas === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxReplicas"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scaleTargetRef === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scaleTargetRef"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.behavior !== undefined){
if(!(validate187(data.behavior, instancePath+"/behavior"))){
vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
errors = vErrors.length;
}
}
if(data.maxReplicas !== undefined){
let data1 = data.maxReplicas;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/maxReplicas",schemaPath:"#/properties/maxReplicas/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/maxReplicas",schemaPath:"#/properties/maxReplicas/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < -2147483648 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/maxReplicas",schemaPath:"#/properties/maxReplicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.metrics !== undefined){
let data2 = data.metrics;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate192(data2[i0], instancePath+"/metrics/" + i0))){
vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.minReplicas !== undefined){
let data4 = data.minReplicas;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/minReplicas",schemaPath:"#/properties/minReplicas/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/minReplicas",schemaPath:"#/properties/minReplicas/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4 < -2147483648 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/minReplicas",schemaPath:"#/properties/minReplicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.scaleTargetRef !== undefined){
let data5 = data.scaleTargetRef;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.kind === undefined){
const err9 = {instancePath:instancePath+"/scaleTargetRef",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5.name === undefined){
const err10 = {instancePath:instancePath+"/scaleTargetRef",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.apiVersion !== undefined){
if(typeof data5.apiVersion !== "string"){
const err11 = {instancePath:instancePath+"/scaleTargetRef/apiVersion",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.kind !== undefined){
if(typeof data5.kind !== "string"){
const err12 = {instancePath:instancePath+"/scaleTargetRef/kind",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err13 = {instancePath:instancePath+"/scaleTargetRef/name",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key0 in data5){
if(!(((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "name"))){
const err14 = {instancePath:instancePath+"/scaleTargetRef",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 CrossVersionObjectReference"}};
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
const err15 = {instancePath:instancePath+"/scaleTargetRef",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.CrossVersionObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key1 in data){
if(!(((((key1 === "behavior") || (key1 === "maxReplicas")) || (key1 === "metrics")) || (key1 === "minReplicas")) || (key1 === "scaleTargetRef"))){
const err16 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 HorizontalPodAutoscalerSpec"}};
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
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate186.errors = vErrors;
return errors === 0;
}
function validate184(data, instancePath=""){
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
if("autoscaling/v2" !== data0){
const err1 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "autoscaling/v2"}};
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
if("HorizontalPodAutoscaler" !== data1){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "HorizontalPodAutoscaler"}};
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
if(!(validate186(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate186.errors : vErrors.concat(validate186.errors);
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
const err5 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 HorizontalPodAutoscaler"}};
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
validate184.errors = vErrors;
return errors === 0;
}
module.exports = {validate184};
