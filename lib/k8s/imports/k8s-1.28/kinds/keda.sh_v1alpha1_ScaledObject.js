/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of keda.sh/v1alpha1/ScaledObject alone.
"use strict";
const {validate12} = require("./_shared-3b773811c50a.js");
const {validate187} = require("./_shared-5b56cfce74f6.js");
const schema402 = {"type":"object","properties":{"activationTarget":{"type":"string"},"formula":{"type":"string"},"metricType":{"type":"string","enum":["AverageValue","Value","Utilization"]},"target":{"type":"string"}},"k8sClosed":"KEDA ScalingModifiers"};
function validate442(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.behavior !== undefined){
if(!(validate187(data.behavior, instancePath+"/behavior"))){
vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err0 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
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
if(!((key0 === "behavior") || (key0 === "name"))){
const err1 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "KEDA HorizontalPodAutoscalerConfig"}};
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
validate442.errors = vErrors;
return errors === 0;
}
function validate441(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.horizontalPodAutoscalerConfig !== undefined){
if(!(validate442(data.horizontalPodAutoscalerConfig, instancePath+"/horizontalPodAutoscalerConfig"))){
vErrors = vErrors === null ? validate442.errors : vErrors.concat(validate442.errors);
errors = vErrors.length;
}
}
if(data.restoreToOriginalReplicaCount !== undefined){
if(typeof data.restoreToOriginalReplicaCount !== "boolean"){
const err0 = {instancePath:instancePath+"/restoreToOriginalReplicaCount",schemaPath:"#/properties/restoreToOriginalReplicaCount/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.scalingModifiers !== undefined){
let data2 = data.scalingModifiers;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.activationTarget !== undefined){
if(typeof data2.activationTarget !== "string"){
const err1 = {instancePath:instancePath+"/scalingModifiers/activationTarget",schemaPath:"k8s#/definitions/crd-type KEDA ScalingModifiers/properties/activationTarget/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data2.formula !== undefined){
if(typeof data2.formula !== "string"){
const err2 = {instancePath:instancePath+"/scalingModifiers/formula",schemaPath:"k8s#/definitions/crd-type KEDA ScalingModifiers/properties/formula/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.metricType !== undefined){
let data5 = data2.metricType;
if(typeof data5 !== "string"){
const err3 = {instancePath:instancePath+"/scalingModifiers/metricType",schemaPath:"k8s#/definitions/crd-type KEDA ScalingModifiers/properties/metricType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(((data5 === "AverageValue") || (data5 === "Value")) || (data5 === "Utilization"))){
const err4 = {instancePath:instancePath+"/scalingModifiers/metricType",schemaPath:"k8s#/definitions/crd-type KEDA ScalingModifiers/properties/metricType/enum",keyword:"enum",params:{allowedValues: schema402.properties.metricType.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.target !== undefined){
if(typeof data2.target !== "string"){
const err5 = {instancePath:instancePath+"/scalingModifiers/target",schemaPath:"k8s#/definitions/crd-type KEDA ScalingModifiers/properties/target/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key0 in data2){
if(!((((key0 === "activationTarget") || (key0 === "formula")) || (key0 === "metricType")) || (key0 === "target"))){
const err6 = {instancePath:instancePath+"/scalingModifiers",schemaPath:"k8s#/definitions/crd-type KEDA ScalingModifiers/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "KEDA ScalingModifiers"}};
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
const err7 = {instancePath:instancePath+"/scalingModifiers",schemaPath:"k8s#/definitions/crd-type KEDA ScalingModifiers/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key1 in data){
if(!(((key1 === "horizontalPodAutoscalerConfig") || (key1 === "restoreToOriginalReplicaCount")) || (key1 === "scalingModifiers"))){
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "KEDA AdvancedConfig"}};
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
validate441.errors = vErrors;
return errors === 0;
}
const schema405 = {"type":"object","properties":{"authenticationRef":{"$ref":"k8s#/definitions/crd-type KEDA AuthenticationRef"},"metadata":{"type":"object","additionalProperties":{"type":"string"}},"metricType":{"type":"string","enum":["AverageValue","Value","Utilization"]},"name":{"type":"string"},"type":{"type":"string"},"useCachedMetrics":{"type":"boolean"}},"required":["type","metadata"],"k8sClosed":"KEDA ScaleTriggers"};
const obj63 = new Set(["authenticationRef","metadata","metricType","name","type","useCachedMetrics"]);
function validate446(data, instancePath=""){
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
if(data.metadata === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authenticationRef !== undefined){
let data0 = data.authenticationRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err2 = {instancePath:instancePath+"/authenticationRef",schemaPath:"k8s#/definitions/crd-type KEDA AuthenticationRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.kind !== undefined){
if(typeof data0.kind !== "string"){
const err3 = {instancePath:instancePath+"/authenticationRef/kind",schemaPath:"k8s#/definitions/crd-type KEDA AuthenticationRef/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err4 = {instancePath:instancePath+"/authenticationRef/name",schemaPath:"k8s#/definitions/crd-type KEDA AuthenticationRef/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key0 in data0){
if(!((key0 === "kind") || (key0 === "name"))){
const err5 = {instancePath:instancePath+"/authenticationRef",schemaPath:"k8s#/definitions/crd-type KEDA AuthenticationRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "KEDA AuthenticationRef"}};
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
const err6 = {instancePath:instancePath+"/authenticationRef",schemaPath:"k8s#/definitions/crd-type KEDA AuthenticationRef/type",keyword:"type",params:{type: "object"}};
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
let data3 = data.metadata;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(typeof data3[key1] !== "string"){
const err7 = {instancePath:instancePath+"/metadata/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metadata/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.metricType !== undefined){
let data5 = data.metricType;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/metricType",schemaPath:"#/properties/metricType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data5 === "AverageValue") || (data5 === "Value")) || (data5 === "Utilization"))){
const err10 = {instancePath:instancePath+"/metricType",schemaPath:"#/properties/metricType/enum",keyword:"enum",params:{allowedValues: schema405.properties.metricType.enum}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.useCachedMetrics !== undefined){
if(typeof data.useCachedMetrics !== "boolean"){
const err13 = {instancePath:instancePath+"/useCachedMetrics",schemaPath:"#/properties/useCachedMetrics/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key2 in data){
if(!(obj63.has(key2))){
const err14 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "KEDA ScaleTriggers"}};
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
validate446.errors = vErrors;
return errors === 0;
}
const obj64 = new Set(["advanced","cooldownPeriod","fallback","idleReplicaCount","initialCooldownPeriod","maxReplicaCount","minReplicaCount","pollingInterval","scaleTargetRef","triggers"]);
function validate440(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scaleTargetRef === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scaleTargetRef"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.triggers === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "triggers"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.advanced !== undefined){
if(!(validate441(data.advanced, instancePath+"/advanced"))){
vErrors = vErrors === null ? validate441.errors : vErrors.concat(validate441.errors);
errors = vErrors.length;
}
}
if(data.cooldownPeriod !== undefined){
let data1 = data.cooldownPeriod;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/cooldownPeriod",schemaPath:"#/properties/cooldownPeriod/type",keyword:"type",params:{type: "integer"}};
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
const err3 = {instancePath:instancePath+"/cooldownPeriod",schemaPath:"#/properties/cooldownPeriod/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < -2147483648 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/cooldownPeriod",schemaPath:"#/properties/cooldownPeriod/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.fallback !== undefined){
let data2 = data.fallback;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.failureThreshold === undefined){
const err5 = {instancePath:instancePath+"/fallback",schemaPath:"k8s#/definitions/crd-type KEDA Fallback/required",keyword:"required",params:{missingProperty: "failureThreshold"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.replicas === undefined){
const err6 = {instancePath:instancePath+"/fallback",schemaPath:"k8s#/definitions/crd-type KEDA Fallback/required",keyword:"required",params:{missingProperty: "replicas"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.failureThreshold !== undefined){
let data3 = data2.failureThreshold;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/fallback/failureThreshold",schemaPath:"k8s#/definitions/crd-type KEDA Fallback/properties/failureThreshold/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/fallback/failureThreshold",schemaPath:"k8s#/definitions/crd-type KEDA Fallback/properties/failureThreshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/fallback/failureThreshold",schemaPath:"k8s#/definitions/crd-type KEDA Fallback/properties/failureThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.replicas !== undefined){
let data4 = data2.replicas;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/fallback/replicas",schemaPath:"k8s#/definitions/crd-type KEDA Fallback/properties/replicas/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/fallback/replicas",schemaPath:"k8s#/definitions/crd-type KEDA Fallback/properties/replicas/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < -2147483648 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/fallback/replicas",schemaPath:"k8s#/definitions/crd-type KEDA Fallback/properties/replicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key0 in data2){
if(!((key0 === "failureThreshold") || (key0 === "replicas"))){
const err13 = {instancePath:instancePath+"/fallback",schemaPath:"k8s#/definitions/crd-type KEDA Fallback/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "KEDA Fallback"}};
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
const err14 = {instancePath:instancePath+"/fallback",schemaPath:"k8s#/definitions/crd-type KEDA Fallback/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.idleReplicaCount !== undefined){
let data5 = data.idleReplicaCount;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/idleReplicaCount",schemaPath:"#/properties/idleReplicaCount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2147483647 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/idleReplicaCount",schemaPath:"#/properties/idleReplicaCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < -2147483648 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/idleReplicaCount",schemaPath:"#/properties/idleReplicaCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.initialCooldownPeriod !== undefined){
let data6 = data.initialCooldownPeriod;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err18 = {instancePath:instancePath+"/initialCooldownPeriod",schemaPath:"#/properties/initialCooldownPeriod/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2147483647 || isNaN(data6)){
const err19 = {instancePath:instancePath+"/initialCooldownPeriod",schemaPath:"#/properties/initialCooldownPeriod/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6 < -2147483648 || isNaN(data6)){
const err20 = {instancePath:instancePath+"/initialCooldownPeriod",schemaPath:"#/properties/initialCooldownPeriod/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.maxReplicaCount !== undefined){
let data7 = data.maxReplicaCount;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err21 = {instancePath:instancePath+"/maxReplicaCount",schemaPath:"#/properties/maxReplicaCount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 2147483647 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/maxReplicaCount",schemaPath:"#/properties/maxReplicaCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7 < -2147483648 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/maxReplicaCount",schemaPath:"#/properties/maxReplicaCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.minReplicaCount !== undefined){
let data8 = data.minReplicaCount;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err24 = {instancePath:instancePath+"/minReplicaCount",schemaPath:"#/properties/minReplicaCount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 2147483647 || isNaN(data8)){
const err25 = {instancePath:instancePath+"/minReplicaCount",schemaPath:"#/properties/minReplicaCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data8 < -2147483648 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/minReplicaCount",schemaPath:"#/properties/minReplicaCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.pollingInterval !== undefined){
let data9 = data.pollingInterval;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err27 = {instancePath:instancePath+"/pollingInterval",schemaPath:"#/properties/pollingInterval/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 2147483647 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/pollingInterval",schemaPath:"#/properties/pollingInterval/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9 < -2147483648 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/pollingInterval",schemaPath:"#/properties/pollingInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.scaleTargetRef !== undefined){
let data10 = data.scaleTargetRef;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name === undefined){
const err30 = {instancePath:instancePath+"/scaleTargetRef",schemaPath:"k8s#/definitions/crd-type KEDA ScaleTarget/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.apiVersion !== undefined){
if(typeof data10.apiVersion !== "string"){
const err31 = {instancePath:instancePath+"/scaleTargetRef/apiVersion",schemaPath:"k8s#/definitions/crd-type KEDA ScaleTarget/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.envSourceContainerName !== undefined){
if(typeof data10.envSourceContainerName !== "string"){
const err32 = {instancePath:instancePath+"/scaleTargetRef/envSourceContainerName",schemaPath:"k8s#/definitions/crd-type KEDA ScaleTarget/properties/envSourceContainerName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.kind !== undefined){
if(typeof data10.kind !== "string"){
const err33 = {instancePath:instancePath+"/scaleTargetRef/kind",schemaPath:"k8s#/definitions/crd-type KEDA ScaleTarget/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.name !== undefined){
if(typeof data10.name !== "string"){
const err34 = {instancePath:instancePath+"/scaleTargetRef/name",schemaPath:"k8s#/definitions/crd-type KEDA ScaleTarget/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
for(const key1 in data10){
if(!((((key1 === "apiVersion") || (key1 === "envSourceContainerName")) || (key1 === "kind")) || (key1 === "name"))){
const err35 = {instancePath:instancePath+"/scaleTargetRef",schemaPath:"k8s#/definitions/crd-type KEDA ScaleTarget/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "KEDA ScaleTarget"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/scaleTargetRef",schemaPath:"k8s#/definitions/crd-type KEDA ScaleTarget/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.triggers !== undefined){
let data15 = data.triggers;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
if(!(validate446(data15[i0], instancePath+"/triggers/" + i0))){
vErrors = vErrors === null ? validate446.errors : vErrors.concat(validate446.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/triggers",schemaPath:"#/properties/triggers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
for(const key2 in data){
if(!(obj64.has(key2))){
const err38 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "KEDA ScaledObjectSpec"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate440.errors = vErrors;
return errors === 0;
}
function validate438(data, instancePath=""){
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
if("keda.sh/v1alpha1" !== data0){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "keda.sh/v1alpha1"}};
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
if("ScaledObject" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ScaledObject"}};
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
if(!(validate440(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate440.errors : vErrors.concat(validate440.errors);
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
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "keda.sh/v1alpha1 ScaledObject"}};
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
validate438.errors = vErrors;
return errors === 0;
}
module.exports = {validate438};
