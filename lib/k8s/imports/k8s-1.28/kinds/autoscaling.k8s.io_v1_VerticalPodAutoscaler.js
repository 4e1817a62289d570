/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of autoscaling.k8s.io/v1/VerticalPodAutoscaler alone.
"use strict";
const {validate12} = require("./_shared-3b773811c50a.js");
const schema331 = {"type":"object","properties":{"minReplicas":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"updateMode":{"type":"string","enum":["Off","Initial","Recreate","Auto"]}},"k8sClosed":"VPA VerticalPodAutoscaler spec.updatePolicy"};
const schema329 = {"type":"object","properties":{"containerName":{"type":"string"},"controlledResources":{"type":"array","items":{"type":"string"}},"controlledValues":{"type":"string","enum":["RequestsAndLimits","RequestsOnly"]},"maxAllowed":{"type":"object","additionalProperties":{"type":["integer","string"],"minimum":-2147483648,"maximum":2147483647,"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}},"minAllowed":{"type":"object","additionalProperties":{"type":["integer","string"],"minimum":-2147483648,"maximum":2147483647,"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}},"mode":{"type":"string","enum":["Auto","Off"]}},"k8sClosed":"VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]"};
const pattern30 = new RegExp("^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$", "u");
const obj54 = new Set(["containerName","controlledResources","controlledValues","maxAllowed","minAllowed","mode"]);
function validate373(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.containerPolicies !== undefined){
let data0 = data.containerPolicies;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.containerName !== undefined){
if(typeof data1.containerName !== "string"){
const err0 = {instancePath:instancePath+"/containerPolicies/" + i0+"/containerName",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/containerName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.controlledResources !== undefined){
let data3 = data1.controlledResources;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(typeof data3[i1] !== "string"){
const err1 = {instancePath:instancePath+"/containerPolicies/" + i0+"/controlledResources/" + i1,schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/controlledResources/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/containerPolicies/" + i0+"/controlledResources",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/controlledResources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.controlledValues !== undefined){
let data5 = data1.controlledValues;
if(typeof data5 !== "string"){
const err3 = {instancePath:instancePath+"/containerPolicies/" + i0+"/controlledValues",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/controlledValues/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data5 === "RequestsAndLimits") || (data5 === "RequestsOnly"))){
const err4 = {instancePath:instancePath+"/containerPolicies/" + i0+"/controlledValues",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/controlledValues/enum",keyword:"enum",params:{allowedValues: schema329.properties.controlledValues.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.maxAllowed !== undefined){
let data6 = data1.maxAllowed;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
let data7 = data6[key0];
if((!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) && (typeof data7 !== "string")){
const err5 = {instancePath:instancePath+"/containerPolicies/" + i0+"/maxAllowed/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/maxAllowed/additionalProperties/type",keyword:"type",params:{type: schema329.properties.maxAllowed.additionalProperties.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 2147483647 || isNaN(data7)){
const err6 = {instancePath:instancePath+"/containerPolicies/" + i0+"/maxAllowed/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/maxAllowed/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data7 < -2147483648 || isNaN(data7)){
const err7 = {instancePath:instancePath+"/containerPolicies/" + i0+"/maxAllowed/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/maxAllowed/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(typeof data7 === "string"){
if(!pattern30.test(data7)){
const err8 = {instancePath:instancePath+"/containerPolicies/" + i0+"/maxAllowed/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/maxAllowed/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}};
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
}
else {
const err9 = {instancePath:instancePath+"/containerPolicies/" + i0+"/maxAllowed",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/maxAllowed/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.minAllowed !== undefined){
let data8 = data1.minAllowed;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
let data9 = data8[key1];
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (typeof data9 !== "string")){
const err10 = {instancePath:instancePath+"/containerPolicies/" + i0+"/minAllowed/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/minAllowed/additionalProperties/type",keyword:"type",params:{type: schema329.properties.minAllowed.additionalProperties.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 2147483647 || isNaN(data9)){
const err11 = {instancePath:instancePath+"/containerPolicies/" + i0+"/minAllowed/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/minAllowed/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data9 < -2147483648 || isNaN(data9)){
const err12 = {instancePath:instancePath+"/containerPolicies/" + i0+"/minAllowed/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/minAllowed/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(typeof data9 === "string"){
if(!pattern30.test(data9)){
const err13 = {instancePath:instancePath+"/containerPolicies/" + i0+"/minAllowed/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/minAllowed/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}};
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
}
else {
const err14 = {instancePath:instancePath+"/containerPolicies/" + i0+"/minAllowed",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/minAllowed/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.mode !== undefined){
let data10 = data1.mode;
if(typeof data10 !== "string"){
const err15 = {instancePath:instancePath+"/containerPolicies/" + i0+"/mode",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data10 === "Auto") || (data10 === "Off"))){
const err16 = {instancePath:instancePath+"/containerPolicies/" + i0+"/mode",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/properties/mode/enum",keyword:"enum",params:{allowedValues: schema329.properties.mode.enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key2 in data1){
if(!(obj54.has(key2))){
const err17 = {instancePath:instancePath+"/containerPolicies/" + i0,schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]"}};
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
const err18 = {instancePath:instancePath+"/containerPolicies/" + i0,schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]/type",keyword:"type",params:{type: "object"}};
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
const err19 = {instancePath:instancePath+"/containerPolicies",schemaPath:"#/properties/containerPolicies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key3 in data){
if(!(key3 === "containerPolicies")){
const err20 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "VPA VerticalPodAutoscaler spec.resourcePolicy"}};
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
validate373.errors = vErrors;
return errors === 0;
}
function validate372(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.targetRef === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targetRef"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.recommenders !== undefined){
let data0 = data.recommenders;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err1 = {instancePath:instancePath+"/recommenders/" + i0,schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.recommenders[]/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err2 = {instancePath:instancePath+"/recommenders/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.recommenders[]/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key0 in data1){
if(!(key0 === "name")){
const err3 = {instancePath:instancePath+"/recommenders/" + i0,schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.recommenders[]/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "VPA VerticalPodAutoscaler spec.recommenders[]"}};
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
const err4 = {instancePath:instancePath+"/recommenders/" + i0,schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.recommenders[]/type",keyword:"type",params:{type: "object"}};
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
const err5 = {instancePath:instancePath+"/recommenders",schemaPath:"#/properties/recommenders/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.resourcePolicy !== undefined){
if(!(validate373(data.resourcePolicy, instancePath+"/resourcePolicy"))){
vErrors = vErrors === null ? validate373.errors : vErrors.concat(validate373.errors);
errors = vErrors.length;
}
}
if(data.targetRef !== undefined){
let data4 = data.targetRef;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.kind === undefined){
const err6 = {instancePath:instancePath+"/targetRef",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.targetRef/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4.name === undefined){
const err7 = {instancePath:instancePath+"/targetRef",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.targetRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.apiVersion !== undefined){
if(typeof data4.apiVersion !== "string"){
const err8 = {instancePath:instancePath+"/targetRef/apiVersion",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.targetRef/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.kind !== undefined){
if(typeof data4.kind !== "string"){
const err9 = {instancePath:instancePath+"/targetRef/kind",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.targetRef/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err10 = {instancePath:instancePath+"/targetRef/name",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.targetRef/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key1 in data4){
if(!(((key1 === "apiVersion") || (key1 === "kind")) || (key1 === "name"))){
const err11 = {instancePath:instancePath+"/targetRef",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.targetRef/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "VPA VerticalPodAutoscaler spec.targetRef"}};
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
const err12 = {instancePath:instancePath+"/targetRef",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.targetRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.updatePolicy !== undefined){
let data8 = data.updatePolicy;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.minReplicas !== undefined){
let data9 = data8.minReplicas;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err13 = {instancePath:instancePath+"/updatePolicy/minReplicas",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.updatePolicy/properties/minReplicas/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 2147483647 || isNaN(data9)){
const err14 = {instancePath:instancePath+"/updatePolicy/minReplicas",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.updatePolicy/properties/minReplicas/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data9 < -2147483648 || isNaN(data9)){
const err15 = {instancePath:instancePath+"/updatePolicy/minReplicas",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.updatePolicy/properties/minReplicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data8.updateMode !== undefined){
let data10 = data8.updateMode;
if(typeof data10 !== "string"){
const err16 = {instancePath:instancePath+"/updatePolicy/updateMode",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.updatePolicy/properties/updateMode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((data10 === "Off") || (data10 === "Initial")) || (data10 === "Recreate")) || (data10 === "Auto"))){
const err17 = {instancePath:instancePath+"/updatePolicy/updateMode",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.updatePolicy/properties/updateMode/enum",keyword:"enum",params:{allowedValues: schema331.properties.updateMode.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key2 in data8){
if(!((key2 === "minReplicas") || (key2 === "updateMode"))){
const err18 = {instancePath:instancePath+"/updatePolicy",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.updatePolicy/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "VPA VerticalPodAutoscaler spec.updatePolicy"}};
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
const err19 = {instancePath:instancePath+"/updatePolicy",schemaPath:"k8s#/definitions/crd-type VPA VerticalPodAutoscaler spec.updatePolicy/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key3 in data){
if(!((((key3 === "recommenders") || (key3 === "resourcePolicy")) || (key3 === "targetRef")) || (key3 === "updatePolicy"))){
const err20 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "VPA VerticalPodAutoscaler spec"}};
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
validate372.errors = vErrors;
return errors === 0;
}
function validate370(data, instancePath=""){
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
if("autoscaling.k8s.io/v1" !== data0){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "autoscaling.k8s.io/v1"}};
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
if("VerticalPodAutoscaler" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "VerticalPodAutoscaler"}};
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
if(!(validate372(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate372.errors : vErrors.concat(validate372.errors);
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
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "autoscaling.k8s.io/v1 VerticalPodAutoscaler"}};
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
validate370.errors = vErrors;
return errors === 0;
}
module.exports = {validate370};
