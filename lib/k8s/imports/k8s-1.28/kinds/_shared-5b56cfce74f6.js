/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 2 kinds share: autoscaling/v2/HorizontalPodAutoscaler, keda.sh/v1alpha1/ScaledObject.
"use strict";
function validate188(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.policies !== undefined){
let data0 = data.policies;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.periodSeconds === undefined){
const err0 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/required",keyword:"required",params:{missingProperty: "periodSeconds"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.type === undefined){
const err1 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.value === undefined){
const err2 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.periodSeconds !== undefined){
let data2 = data1.periodSeconds;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/policies/" + i0+"/periodSeconds",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/properties/periodSeconds/type",keyword:"type",params:{type: "integer"}};
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
const err4 = {instancePath:instancePath+"/policies/" + i0+"/periodSeconds",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/properties/periodSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/policies/" + i0+"/periodSeconds",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/properties/periodSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data1.type !== undefined){
if(typeof data1.type !== "string"){
const err6 = {instancePath:instancePath+"/policies/" + i0+"/type",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.value !== undefined){
let data4 = data1.value;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/policies/" + i0+"/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/properties/value/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/policies/" + i0+"/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < -2147483648 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/policies/" + i0+"/value",schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(!(((key0 === "periodSeconds") || (key0 === "type")) || (key0 === "value"))){
const err10 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 HPAScalingPolicy"}};
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
const err11 = {instancePath:instancePath+"/policies/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.autoscaling.v2.HPAScalingPolicy/type",keyword:"type",params:{type: "object"}};
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
const err12 = {instancePath:instancePath+"/policies",schemaPath:"#/properties/policies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.selectPolicy !== undefined){
if(typeof data.selectPolicy !== "string"){
const err13 = {instancePath:instancePath+"/selectPolicy",schemaPath:"#/properties/selectPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.stabilizationWindowSeconds !== undefined){
let data6 = data.stabilizationWindowSeconds;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err14 = {instancePath:instancePath+"/stabilizationWindowSeconds",schemaPath:"#/properties/stabilizationWindowSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2147483647 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/stabilizationWindowSeconds",schemaPath:"#/properties/stabilizationWindowSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6 < -2147483648 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/stabilizationWindowSeconds",schemaPath:"#/properties/stabilizationWindowSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key1 in data){
if(!(((key1 === "policies") || (key1 === "selectPolicy")) || (key1 === "stabilizationWindowSeconds"))){
const err17 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 HPAScalingRules"}};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate188.errors = vErrors;
return errors === 0;
}
function validate187(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scaleDown !== undefined){
if(!(validate188(data.scaleDown, instancePath+"/scaleDown"))){
vErrors = vErrors === null ? validate188.errors : vErrors.concat(validate188.errors);
errors = vErrors.length;
}
}
if(data.scaleUp !== undefined){
if(!(validate188(data.scaleUp, instancePath+"/scaleUp"))){
vErrors = vErrors === null ? validate188.errors : vErrors.concat(validate188.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!((key0 === "scaleDown") || (key0 === "scaleUp"))){
const err0 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 HorizontalPodAutoscalerBehavior"}};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate187.errors = vErrors;
return errors === 0;
}
module.exports = {validate187};
