/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of admissionregistration.k8s.io/v1/MutatingWebhookConfiguration alone.
"use strict";
const {validate17} = require("./_shared-189cd486ec31.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const {schema22, validate15} = require("./_shared-f8ae77d7ea4e.js");
const schema16 = {"type":"object","properties":{"admissionReviewVersions":{"type":"array","items":{"type":"string"}},"clientConfig":{"$ref":"k8s#/definitions/io.k8s.api.admissionregistration.v1.WebhookClientConfig"},"failurePolicy":{"type":"string","enum":["Fail","Ignore"]},"matchConditions":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.admissionregistration.v1.MatchCondition"}},"matchPolicy":{"type":"string","enum":["Equivalent","Exact"]},"name":{"type":"string"},"namespaceSelector":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"},"objectSelector":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"},"reinvocationPolicy":{"type":"string","enum":["IfNeeded","Never"]},"rules":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations"}},"sideEffects":{"type":"string","enum":["None","NoneOnDryRun","Some","Unknown"]},"timeoutSeconds":{"type":"integer","minimum":-2147483648,"maximum":2147483647}},"required":["admissionReviewVersions","clientConfig","name","sideEffects"],"k8sClosed":"Kubernetes 1.28 MutatingWebhook"};
const obj3 = new Set(["admissionReviewVersions","clientConfig","failurePolicy","matchConditions","matchPolicy","name","namespaceSelector","objectSelector","reinvocationPolicy","rules","sideEffects","timeoutSeconds"]);
function validate14(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.admissionReviewVersions === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "admissionReviewVersions"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.clientConfig === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientConfig"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sideEffects === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sideEffects"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.admissionReviewVersions !== undefined){
let data0 = data.admissionReviewVersions;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err4 = {instancePath:instancePath+"/admissionReviewVersions/" + i0,schemaPath:"#/properties/admissionReviewVersions/items/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/admissionReviewVersions",schemaPath:"#/properties/admissionReviewVersions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.clientConfig !== undefined){
if(!(validate15(data.clientConfig, instancePath+"/clientConfig"))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.failurePolicy !== undefined){
let data3 = data.failurePolicy;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/failurePolicy",schemaPath:"#/properties/failurePolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data3 === "Fail") || (data3 === "Ignore"))){
const err7 = {instancePath:instancePath+"/failurePolicy",schemaPath:"#/properties/failurePolicy/enum",keyword:"enum",params:{allowedValues: schema16.properties.failurePolicy.enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.matchConditions !== undefined){
let data4 = data.matchConditions;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.expression === undefined){
const err8 = {instancePath:instancePath+"/matchConditions/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.MatchCondition/required",keyword:"required",params:{missingProperty: "expression"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5.name === undefined){
const err9 = {instancePath:instancePath+"/matchConditions/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.MatchCondition/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5.expression !== undefined){
if(typeof data5.expression !== "string"){
const err10 = {instancePath:instancePath+"/matchConditions/" + i1+"/expression",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.MatchCondition/properties/expression/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err11 = {instancePath:instancePath+"/matchConditions/" + i1+"/name",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.MatchCondition/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key0 in data5){
if(!((key0 === "expression") || (key0 === "name"))){
const err12 = {instancePath:instancePath+"/matchConditions/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.MatchCondition/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 MatchCondition"}};
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
const err13 = {instancePath:instancePath+"/matchConditions/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.MatchCondition/type",keyword:"type",params:{type: "object"}};
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
const err14 = {instancePath:instancePath+"/matchConditions",schemaPath:"#/properties/matchConditions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.matchPolicy !== undefined){
let data8 = data.matchPolicy;
if(typeof data8 !== "string"){
const err15 = {instancePath:instancePath+"/matchPolicy",schemaPath:"#/properties/matchPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data8 === "Equivalent") || (data8 === "Exact"))){
const err16 = {instancePath:instancePath+"/matchPolicy",schemaPath:"#/properties/matchPolicy/enum",keyword:"enum",params:{allowedValues: schema16.properties.matchPolicy.enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err17 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.namespaceSelector !== undefined){
if(!(validate17(data.namespaceSelector, instancePath+"/namespaceSelector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.objectSelector !== undefined){
if(!(validate17(data.objectSelector, instancePath+"/objectSelector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.reinvocationPolicy !== undefined){
let data12 = data.reinvocationPolicy;
if(typeof data12 !== "string"){
const err18 = {instancePath:instancePath+"/reinvocationPolicy",schemaPath:"#/properties/reinvocationPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data12 === "IfNeeded") || (data12 === "Never"))){
const err19 = {instancePath:instancePath+"/reinvocationPolicy",schemaPath:"#/properties/reinvocationPolicy/enum",keyword:"enum",params:{allowedValues: schema16.properties.reinvocationPolicy.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.rules !== undefined){
let data13 = data.rules;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.apiGroups !== undefined){
let data15 = data14.apiGroups;
if(Array.isArray(data15)){
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
if(typeof data15[i3] !== "string"){
const err20 = {instancePath:instancePath+"/rules/" + i2+"/apiGroups/" + i3,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/properties/apiGroups/items/type",keyword:"type",params:{type: "string"}};
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
const err21 = {instancePath:instancePath+"/rules/" + i2+"/apiGroups",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/properties/apiGroups/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data14.apiVersions !== undefined){
let data17 = data14.apiVersions;
if(Array.isArray(data17)){
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
if(typeof data17[i4] !== "string"){
const err22 = {instancePath:instancePath+"/rules/" + i2+"/apiVersions/" + i4,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/properties/apiVersions/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/rules/" + i2+"/apiVersions",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/properties/apiVersions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data14.operations !== undefined){
let data19 = data14.operations;
if(Array.isArray(data19)){
const len5 = data19.length;
for(let i5=0; i5<len5; i5++){
let data20 = data19[i5];
if(typeof data20 !== "string"){
const err24 = {instancePath:instancePath+"/rules/" + i2+"/operations/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/properties/operations/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((((data20 === "*") || (data20 === "CONNECT")) || (data20 === "CREATE")) || (data20 === "DELETE")) || (data20 === "UPDATE"))){
const err25 = {instancePath:instancePath+"/rules/" + i2+"/operations/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/properties/operations/items/enum",keyword:"enum",params:{allowedValues: schema22.properties.operations.items.enum}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/rules/" + i2+"/operations",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/properties/operations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data14.resources !== undefined){
let data21 = data14.resources;
if(Array.isArray(data21)){
const len6 = data21.length;
for(let i6=0; i6<len6; i6++){
if(typeof data21[i6] !== "string"){
const err27 = {instancePath:instancePath+"/rules/" + i2+"/resources/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/properties/resources/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/rules/" + i2+"/resources",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/properties/resources/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data14.scope !== undefined){
if(typeof data14.scope !== "string"){
const err29 = {instancePath:instancePath+"/rules/" + i2+"/scope",schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/properties/scope/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
for(const key1 in data14){
if(!(((((key1 === "apiGroups") || (key1 === "apiVersions")) || (key1 === "operations")) || (key1 === "resources")) || (key1 === "scope"))){
const err30 = {instancePath:instancePath+"/rules/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 RuleWithOperations"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/rules/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.admissionregistration.v1.RuleWithOperations/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.sideEffects !== undefined){
let data24 = data.sideEffects;
if(typeof data24 !== "string"){
const err33 = {instancePath:instancePath+"/sideEffects",schemaPath:"#/properties/sideEffects/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!((((data24 === "None") || (data24 === "NoneOnDryRun")) || (data24 === "Some")) || (data24 === "Unknown"))){
const err34 = {instancePath:instancePath+"/sideEffects",schemaPath:"#/properties/sideEffects/enum",keyword:"enum",params:{allowedValues: schema16.properties.sideEffects.enum}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.timeoutSeconds !== undefined){
let data25 = data.timeoutSeconds;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err35 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 2147483647 || isNaN(data25)){
const err36 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data25 < -2147483648 || isNaN(data25)){
const err37 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
for(const key2 in data){
if(!(obj3.has(key2))){
const err38 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 MutatingWebhook"}};
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
validate14.errors = vErrors;
return errors === 0;
}
function validate11(data, instancePath=""){
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
if("admissionregistration.k8s.io/v1" !== data0){
const err1 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "admissionregistration.k8s.io/v1"}};
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
if("MutatingWebhookConfiguration" !== data1){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "MutatingWebhookConfiguration"}};
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
if(data.webhooks !== undefined){
let data3 = data.webhooks;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate14(data3[i0], instancePath+"/webhooks/" + i0))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/webhooks",schemaPath:"#/properties/webhooks/type",keyword:"type",params:{type: "array"}};
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
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "webhooks"))){
const err5 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 MutatingWebhookConfiguration"}};
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
validate11.errors = vErrors;
return errors === 0;
}
module.exports = {validate11};
