/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of keda.sh/v1alpha1/TriggerAuthentication alone.
"use strict";
const {validate12} = require("./_shared-3b773811c50a.js");
const schema411 = {"type":"object","properties":{"identityAuthorityHost":{"type":"string"},"identityId":{"type":"string"},"identityOwner":{"type":"string","enum":["keda","workload"]},"identityTenantId":{"type":"string"},"provider":{"type":"string","enum":["none","azure-workload","aws","aws-eks","gcp"]},"roleArn":{"type":"string"}},"required":["provider"],"k8sClosed":"KEDA AuthPodIdentity"};
const obj65 = new Set(["identityAuthorityHost","identityId","identityOwner","identityTenantId","provider","roleArn"]);
const obj66 = new Set(["awsSecretManager","azureAppConfiguration","azureKeyVault","boundServiceAccountToken","configMapTargetRef","env","gcpSecretManager","hashiCorpVault","podIdentity","secretTargetRef"]);
function validate451(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.awsSecretManager !== undefined){
let data0 = data.awsSecretManager;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err0 = {instancePath:instancePath+"/awsSecretManager",schemaPath:"#/properties/awsSecretManager/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.azureAppConfiguration !== undefined){
let data1 = data.azureAppConfiguration;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err1 = {instancePath:instancePath+"/azureAppConfiguration",schemaPath:"#/properties/azureAppConfiguration/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.azureKeyVault !== undefined){
let data2 = data.azureKeyVault;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err2 = {instancePath:instancePath+"/azureKeyVault",schemaPath:"#/properties/azureKeyVault/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.boundServiceAccountToken !== undefined){
let data3 = data.boundServiceAccountToken;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
const err3 = {instancePath:instancePath+"/boundServiceAccountToken/" + i0,schemaPath:"#/properties/boundServiceAccountToken/items/type",keyword:"type",params:{type: "object"}};
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
const err4 = {instancePath:instancePath+"/boundServiceAccountToken",schemaPath:"#/properties/boundServiceAccountToken/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.configMapTargetRef !== undefined){
let data5 = data.configMapTargetRef;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.parameter === undefined){
const err5 = {instancePath:instancePath+"/configMapTargetRef/" + i1,schemaPath:"k8s#/definitions/crd-type KEDA AuthConfigMapTargetRef/required",keyword:"required",params:{missingProperty: "parameter"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data6.name === undefined){
const err6 = {instancePath:instancePath+"/configMapTargetRef/" + i1,schemaPath:"k8s#/definitions/crd-type KEDA AuthConfigMapTargetRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data6.key === undefined){
const err7 = {instancePath:instancePath+"/configMapTargetRef/" + i1,schemaPath:"k8s#/definitions/crd-type KEDA AuthConfigMapTargetRef/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data6.key !== undefined){
if(typeof data6.key !== "string"){
const err8 = {instancePath:instancePath+"/configMapTargetRef/" + i1+"/key",schemaPath:"k8s#/definitions/crd-type KEDA AuthConfigMapTargetRef/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err9 = {instancePath:instancePath+"/configMapTargetRef/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type KEDA AuthConfigMapTargetRef/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.parameter !== undefined){
if(typeof data6.parameter !== "string"){
const err10 = {instancePath:instancePath+"/configMapTargetRef/" + i1+"/parameter",schemaPath:"k8s#/definitions/crd-type KEDA AuthConfigMapTargetRef/properties/parameter/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key0 in data6){
if(!(((key0 === "key") || (key0 === "name")) || (key0 === "parameter"))){
const err11 = {instancePath:instancePath+"/configMapTargetRef/" + i1,schemaPath:"k8s#/definitions/crd-type KEDA AuthConfigMapTargetRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "KEDA AuthConfigMapTargetRef"}};
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
const err12 = {instancePath:instancePath+"/configMapTargetRef/" + i1,schemaPath:"k8s#/definitions/crd-type KEDA AuthConfigMapTargetRef/type",keyword:"type",params:{type: "object"}};
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
const err13 = {instancePath:instancePath+"/configMapTargetRef",schemaPath:"#/properties/configMapTargetRef/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.env !== undefined){
let data10 = data.env;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.parameter === undefined){
const err14 = {instancePath:instancePath+"/env/" + i2,schemaPath:"k8s#/definitions/crd-type KEDA AuthEnvironment/required",keyword:"required",params:{missingProperty: "parameter"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data11.name === undefined){
const err15 = {instancePath:instancePath+"/env/" + i2,schemaPath:"k8s#/definitions/crd-type KEDA AuthEnvironment/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data11.containerName !== undefined){
if(typeof data11.containerName !== "string"){
const err16 = {instancePath:instancePath+"/env/" + i2+"/containerName",schemaPath:"k8s#/definitions/crd-type KEDA AuthEnvironment/properties/containerName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data11.name !== undefined){
if(typeof data11.name !== "string"){
const err17 = {instancePath:instancePath+"/env/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type KEDA AuthEnvironment/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.parameter !== undefined){
if(typeof data11.parameter !== "string"){
const err18 = {instancePath:instancePath+"/env/" + i2+"/parameter",schemaPath:"k8s#/definitions/crd-type KEDA AuthEnvironment/properties/parameter/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key1 in data11){
if(!(((key1 === "containerName") || (key1 === "name")) || (key1 === "parameter"))){
const err19 = {instancePath:instancePath+"/env/" + i2,schemaPath:"k8s#/definitions/crd-type KEDA AuthEnvironment/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "KEDA AuthEnvironment"}};
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
const err20 = {instancePath:instancePath+"/env/" + i2,schemaPath:"k8s#/definitions/crd-type KEDA AuthEnvironment/type",keyword:"type",params:{type: "object"}};
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
const err21 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.gcpSecretManager !== undefined){
let data15 = data.gcpSecretManager;
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
const err22 = {instancePath:instancePath+"/gcpSecretManager",schemaPath:"#/properties/gcpSecretManager/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.hashiCorpVault !== undefined){
let data16 = data.hashiCorpVault;
if(!(data16 && typeof data16 == "object" && !Array.isArray(data16))){
const err23 = {instancePath:instancePath+"/hashiCorpVault",schemaPath:"#/properties/hashiCorpVault/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.podIdentity !== undefined){
let data17 = data.podIdentity;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.provider === undefined){
const err24 = {instancePath:instancePath+"/podIdentity",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/required",keyword:"required",params:{missingProperty: "provider"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data17.identityAuthorityHost !== undefined){
if(typeof data17.identityAuthorityHost !== "string"){
const err25 = {instancePath:instancePath+"/podIdentity/identityAuthorityHost",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/properties/identityAuthorityHost/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data17.identityId !== undefined){
if(typeof data17.identityId !== "string"){
const err26 = {instancePath:instancePath+"/podIdentity/identityId",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/properties/identityId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data17.identityOwner !== undefined){
let data20 = data17.identityOwner;
if(typeof data20 !== "string"){
const err27 = {instancePath:instancePath+"/podIdentity/identityOwner",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/properties/identityOwner/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!((data20 === "keda") || (data20 === "workload"))){
const err28 = {instancePath:instancePath+"/podIdentity/identityOwner",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/properties/identityOwner/enum",keyword:"enum",params:{allowedValues: schema411.properties.identityOwner.enum}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data17.identityTenantId !== undefined){
if(typeof data17.identityTenantId !== "string"){
const err29 = {instancePath:instancePath+"/podIdentity/identityTenantId",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/properties/identityTenantId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data17.provider !== undefined){
let data22 = data17.provider;
if(typeof data22 !== "string"){
const err30 = {instancePath:instancePath+"/podIdentity/provider",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/properties/provider/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!(((((data22 === "none") || (data22 === "azure-workload")) || (data22 === "aws")) || (data22 === "aws-eks")) || (data22 === "gcp"))){
const err31 = {instancePath:instancePath+"/podIdentity/provider",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/properties/provider/enum",keyword:"enum",params:{allowedValues: schema411.properties.provider.enum}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data17.roleArn !== undefined){
if(typeof data17.roleArn !== "string"){
const err32 = {instancePath:instancePath+"/podIdentity/roleArn",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/properties/roleArn/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
for(const key2 in data17){
if(!(obj65.has(key2))){
const err33 = {instancePath:instancePath+"/podIdentity",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "KEDA AuthPodIdentity"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/podIdentity",schemaPath:"k8s#/definitions/crd-type KEDA AuthPodIdentity/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.secretTargetRef !== undefined){
let data24 = data.secretTargetRef;
if(Array.isArray(data24)){
const len3 = data24.length;
for(let i3=0; i3<len3; i3++){
let data25 = data24[i3];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.parameter === undefined){
const err35 = {instancePath:instancePath+"/secretTargetRef/" + i3,schemaPath:"k8s#/definitions/crd-type KEDA AuthSecretTargetRef/required",keyword:"required",params:{missingProperty: "parameter"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data25.name === undefined){
const err36 = {instancePath:instancePath+"/secretTargetRef/" + i3,schemaPath:"k8s#/definitions/crd-type KEDA AuthSecretTargetRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data25.key === undefined){
const err37 = {instancePath:instancePath+"/secretTargetRef/" + i3,schemaPath:"k8s#/definitions/crd-type KEDA AuthSecretTargetRef/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data25.key !== undefined){
if(typeof data25.key !== "string"){
const err38 = {instancePath:instancePath+"/secretTargetRef/" + i3+"/key",schemaPath:"k8s#/definitions/crd-type KEDA AuthSecretTargetRef/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data25.name !== undefined){
if(typeof data25.name !== "string"){
const err39 = {instancePath:instancePath+"/secretTargetRef/" + i3+"/name",schemaPath:"k8s#/definitions/crd-type KEDA AuthSecretTargetRef/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data25.parameter !== undefined){
if(typeof data25.parameter !== "string"){
const err40 = {instancePath:instancePath+"/secretTargetRef/" + i3+"/parameter",schemaPath:"k8s#/definitions/crd-type KEDA AuthSecretTargetRef/properties/parameter/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
for(const key3 in data25){
if(!(((key3 === "key") || (key3 === "name")) || (key3 === "parameter"))){
const err41 = {instancePath:instancePath+"/secretTargetRef/" + i3,schemaPath:"k8s#/definitions/crd-type KEDA AuthSecretTargetRef/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "KEDA AuthSecretTargetRef"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/secretTargetRef/" + i3,schemaPath:"k8s#/definitions/crd-type KEDA AuthSecretTargetRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/secretTargetRef",schemaPath:"#/properties/secretTargetRef/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
for(const key4 in data){
if(!(obj66.has(key4))){
const err44 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "KEDA TriggerAuthenticationSpec"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate451.errors = vErrors;
return errors === 0;
}
function validate449(data, instancePath=""){
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
if("TriggerAuthentication" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "TriggerAuthentication"}};
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
if(!(validate451(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate451.errors : vErrors.concat(validate451.errors);
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
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "keda.sh/v1alpha1 TriggerAuthentication"}};
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
validate449.errors = vErrors;
return errors === 0;
}
module.exports = {validate449};
