/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of external-secrets.io/v1beta1/ExternalSecret alone.
"use strict";
const {pattern32} = require("./_shared-147f0be6cfe9.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const schema338 = {"type":"object","properties":{"kind":{"type":"string","enum":["SecretStore","ClusterSecretStore"]},"name":{"type":"string"}},"required":["name"],"k8sClosed":"ExternalSecret SecretStoreRef"};
const schema335 = {"type":"object","properties":{"conversionStrategy":{"type":"string","enum":["Default","Unicode"]},"decodingStrategy":{"type":"string","enum":["Auto","Base64","Base64URL","None"]},"key":{"type":"string"},"metadataPolicy":{"type":"string","enum":["None","Fetch"]},"property":{"type":"string"},"version":{"type":"string"}},"required":["key"],"k8sClosed":"ExternalSecret ExternalSecretDataRemoteRef"};
const obj55 = new Set(["conversionStrategy","decodingStrategy","key","metadataPolicy","property","version"]);
function validate380(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.generatorRef !== undefined){
let data0 = data.generatorRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.kind === undefined){
const err0 = {instancePath:instancePath+"/generatorRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/generatorRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.apiVersion !== undefined){
if(typeof data0.apiVersion !== "string"){
const err2 = {instancePath:instancePath+"/generatorRef/apiVersion",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.kind !== undefined){
if(typeof data0.kind !== "string"){
const err3 = {instancePath:instancePath+"/generatorRef/kind",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/properties/kind/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/generatorRef/name",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/properties/name/type",keyword:"type",params:{type: "string"}};
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
if(!(((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "name"))){
const err5 = {instancePath:instancePath+"/generatorRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret GeneratorRef"}};
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
const err6 = {instancePath:instancePath+"/generatorRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.storeRef !== undefined){
let data4 = data.storeRef;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err7 = {instancePath:instancePath+"/storeRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.kind !== undefined){
let data5 = data4.kind;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/storeRef/kind",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data5 === "SecretStore") || (data5 === "ClusterSecretStore"))){
const err9 = {instancePath:instancePath+"/storeRef/kind",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema338.properties.kind.enum}};
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
const err10 = {instancePath:instancePath+"/storeRef/name",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/properties/name/type",keyword:"type",params:{type: "string"}};
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
if(!((key1 === "kind") || (key1 === "name"))){
const err11 = {instancePath:instancePath+"/storeRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "ExternalSecret SecretStoreRef"}};
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
const err12 = {instancePath:instancePath+"/storeRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data){
if(!((key2 === "generatorRef") || (key2 === "storeRef"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "ExternalSecret StoreSourceRef"}};
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
validate380.errors = vErrors;
return errors === 0;
}
function validate379(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.secretKey === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secretKey"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.remoteRef === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "remoteRef"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.remoteRef !== undefined){
let data0 = data.remoteRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.key === undefined){
const err2 = {instancePath:instancePath+"/remoteRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.conversionStrategy !== undefined){
let data1 = data0.conversionStrategy;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/remoteRef/conversionStrategy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/conversionStrategy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data1 === "Default") || (data1 === "Unicode"))){
const err4 = {instancePath:instancePath+"/remoteRef/conversionStrategy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/conversionStrategy/enum",keyword:"enum",params:{allowedValues: schema335.properties.conversionStrategy.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.decodingStrategy !== undefined){
let data2 = data0.decodingStrategy;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/remoteRef/decodingStrategy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/decodingStrategy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((((data2 === "Auto") || (data2 === "Base64")) || (data2 === "Base64URL")) || (data2 === "None"))){
const err6 = {instancePath:instancePath+"/remoteRef/decodingStrategy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/decodingStrategy/enum",keyword:"enum",params:{allowedValues: schema335.properties.decodingStrategy.enum}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.key !== undefined){
if(typeof data0.key !== "string"){
const err7 = {instancePath:instancePath+"/remoteRef/key",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.metadataPolicy !== undefined){
let data4 = data0.metadataPolicy;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/remoteRef/metadataPolicy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/metadataPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data4 === "None") || (data4 === "Fetch"))){
const err9 = {instancePath:instancePath+"/remoteRef/metadataPolicy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/metadataPolicy/enum",keyword:"enum",params:{allowedValues: schema335.properties.metadataPolicy.enum}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.property !== undefined){
if(typeof data0.property !== "string"){
const err10 = {instancePath:instancePath+"/remoteRef/property",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/property/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.version !== undefined){
if(typeof data0.version !== "string"){
const err11 = {instancePath:instancePath+"/remoteRef/version",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key0 in data0){
if(!(obj55.has(key0))){
const err12 = {instancePath:instancePath+"/remoteRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret ExternalSecretDataRemoteRef"}};
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
const err13 = {instancePath:instancePath+"/remoteRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.secretKey !== undefined){
if(typeof data.secretKey !== "string"){
const err14 = {instancePath:instancePath+"/secretKey",schemaPath:"#/properties/secretKey/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.sourceRef !== undefined){
if(!(validate380(data.sourceRef, instancePath+"/sourceRef"))){
vErrors = vErrors === null ? validate380.errors : vErrors.concat(validate380.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(!(((key1 === "remoteRef") || (key1 === "secretKey")) || (key1 === "sourceRef"))){
const err15 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "ExternalSecret ExternalSecretData"}};
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
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate379.errors = vErrors;
return errors === 0;
}
const obj56 = new Set(["conversionStrategy","decodingStrategy","key","metadataPolicy","property","version"]);
const schema341 = {"type":"object","properties":{"conversionStrategy":{"type":"string","enum":["Default","Unicode"]},"decodingStrategy":{"type":"string","enum":["Auto","Base64","Base64URL","None"]},"name":{"$ref":"k8s#/definitions/crd-type ExternalSecret FindName"},"path":{"type":"string"},"tags":{"type":"object","additionalProperties":{"type":"string"}}},"k8sClosed":"ExternalSecret ExternalSecretFind"};
function validate384(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.conversionStrategy !== undefined){
let data0 = data.conversionStrategy;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/conversionStrategy",schemaPath:"#/properties/conversionStrategy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data0 === "Default") || (data0 === "Unicode"))){
const err1 = {instancePath:instancePath+"/conversionStrategy",schemaPath:"#/properties/conversionStrategy/enum",keyword:"enum",params:{allowedValues: schema341.properties.conversionStrategy.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.decodingStrategy !== undefined){
let data1 = data.decodingStrategy;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/decodingStrategy",schemaPath:"#/properties/decodingStrategy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data1 === "Auto") || (data1 === "Base64")) || (data1 === "Base64URL")) || (data1 === "None"))){
const err3 = {instancePath:instancePath+"/decodingStrategy",schemaPath:"#/properties/decodingStrategy/enum",keyword:"enum",params:{allowedValues: schema341.properties.decodingStrategy.enum}};
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
let data2 = data.name;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.regexp !== undefined){
if(typeof data2.regexp !== "string"){
const err4 = {instancePath:instancePath+"/name/regexp",schemaPath:"k8s#/definitions/crd-type ExternalSecret FindName/properties/regexp/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key0 in data2){
if(!(key0 === "regexp")){
const err5 = {instancePath:instancePath+"/name",schemaPath:"k8s#/definitions/crd-type ExternalSecret FindName/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret FindName"}};
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
const err6 = {instancePath:instancePath+"/name",schemaPath:"k8s#/definitions/crd-type ExternalSecret FindName/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err7 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.tags !== undefined){
let data5 = data.tags;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(typeof data5[key1] !== "string"){
const err8 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key2 in data){
if(!(((((key2 === "conversionStrategy") || (key2 === "decodingStrategy")) || (key2 === "name")) || (key2 === "path")) || (key2 === "tags"))){
const err10 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "ExternalSecret ExternalSecretFind"}};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate384.errors = vErrors;
return errors === 0;
}
function validate386(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.regexp !== undefined){
let data0 = data.regexp;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.source === undefined){
const err0 = {instancePath:instancePath+"/regexp",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretRewriteRegexp/required",keyword:"required",params:{missingProperty: "source"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.target === undefined){
const err1 = {instancePath:instancePath+"/regexp",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretRewriteRegexp/required",keyword:"required",params:{missingProperty: "target"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.source !== undefined){
if(typeof data0.source !== "string"){
const err2 = {instancePath:instancePath+"/regexp/source",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretRewriteRegexp/properties/source/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.target !== undefined){
if(typeof data0.target !== "string"){
const err3 = {instancePath:instancePath+"/regexp/target",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretRewriteRegexp/properties/target/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data0){
if(!((key0 === "source") || (key0 === "target"))){
const err4 = {instancePath:instancePath+"/regexp",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretRewriteRegexp/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret ExternalSecretRewriteRegexp"}};
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
const err5 = {instancePath:instancePath+"/regexp",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretRewriteRegexp/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.transform !== undefined){
let data3 = data.transform;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.template === undefined){
const err6 = {instancePath:instancePath+"/transform",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretRewriteTransform/required",keyword:"required",params:{missingProperty: "template"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.template !== undefined){
if(typeof data3.template !== "string"){
const err7 = {instancePath:instancePath+"/transform/template",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretRewriteTransform/properties/template/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key1 in data3){
if(!(key1 === "template")){
const err8 = {instancePath:instancePath+"/transform",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretRewriteTransform/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "ExternalSecret ExternalSecretRewriteTransform"}};
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
const err9 = {instancePath:instancePath+"/transform",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretRewriteTransform/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key2 in data){
if(!((key2 === "regexp") || (key2 === "transform"))){
const err10 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "ExternalSecret ExternalSecretRewrite"}};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate386.errors = vErrors;
return errors === 0;
}
function validate388(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.generatorRef !== undefined){
let data0 = data.generatorRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.kind === undefined){
const err0 = {instancePath:instancePath+"/generatorRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/generatorRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.apiVersion !== undefined){
if(typeof data0.apiVersion !== "string"){
const err2 = {instancePath:instancePath+"/generatorRef/apiVersion",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.kind !== undefined){
if(typeof data0.kind !== "string"){
const err3 = {instancePath:instancePath+"/generatorRef/kind",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/properties/kind/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/generatorRef/name",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/properties/name/type",keyword:"type",params:{type: "string"}};
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
if(!(((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "name"))){
const err5 = {instancePath:instancePath+"/generatorRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret GeneratorRef"}};
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
const err6 = {instancePath:instancePath+"/generatorRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret GeneratorRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.storeRef !== undefined){
let data4 = data.storeRef;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name === undefined){
const err7 = {instancePath:instancePath+"/storeRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.kind !== undefined){
let data5 = data4.kind;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/storeRef/kind",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data5 === "SecretStore") || (data5 === "ClusterSecretStore"))){
const err9 = {instancePath:instancePath+"/storeRef/kind",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema338.properties.kind.enum}};
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
const err10 = {instancePath:instancePath+"/storeRef/name",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/properties/name/type",keyword:"type",params:{type: "string"}};
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
if(!((key1 === "kind") || (key1 === "name"))){
const err11 = {instancePath:instancePath+"/storeRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "ExternalSecret SecretStoreRef"}};
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
const err12 = {instancePath:instancePath+"/storeRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key2 in data){
if(!((key2 === "generatorRef") || (key2 === "storeRef"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "ExternalSecret StoreGeneratorSourceRef"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if((data["storeRef"] !== undefined) + (data["generatorRef"] !== undefined) > 1){
const err14 = {instancePath,schemaPath:"#/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["storeRef","generatorRef"]}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
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
validate388.errors = vErrors;
return errors === 0;
}
function validate383(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.extract !== undefined){
let data0 = data.extract;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.key === undefined){
const err0 = {instancePath:instancePath+"/extract",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.conversionStrategy !== undefined){
let data1 = data0.conversionStrategy;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/extract/conversionStrategy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/conversionStrategy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data1 === "Default") || (data1 === "Unicode"))){
const err2 = {instancePath:instancePath+"/extract/conversionStrategy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/conversionStrategy/enum",keyword:"enum",params:{allowedValues: schema335.properties.conversionStrategy.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.decodingStrategy !== undefined){
let data2 = data0.decodingStrategy;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/extract/decodingStrategy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/decodingStrategy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((((data2 === "Auto") || (data2 === "Base64")) || (data2 === "Base64URL")) || (data2 === "None"))){
const err4 = {instancePath:instancePath+"/extract/decodingStrategy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/decodingStrategy/enum",keyword:"enum",params:{allowedValues: schema335.properties.decodingStrategy.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.key !== undefined){
if(typeof data0.key !== "string"){
const err5 = {instancePath:instancePath+"/extract/key",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.metadataPolicy !== undefined){
let data4 = data0.metadataPolicy;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/extract/metadataPolicy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/metadataPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data4 === "None") || (data4 === "Fetch"))){
const err7 = {instancePath:instancePath+"/extract/metadataPolicy",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/metadataPolicy/enum",keyword:"enum",params:{allowedValues: schema335.properties.metadataPolicy.enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.property !== undefined){
if(typeof data0.property !== "string"){
const err8 = {instancePath:instancePath+"/extract/property",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/property/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.version !== undefined){
if(typeof data0.version !== "string"){
const err9 = {instancePath:instancePath+"/extract/version",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data0){
if(!(obj56.has(key0))){
const err10 = {instancePath:instancePath+"/extract",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret ExternalSecretDataRemoteRef"}};
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
const err11 = {instancePath:instancePath+"/extract",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretDataRemoteRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.find !== undefined){
if(!(validate384(data.find, instancePath+"/find"))){
vErrors = vErrors === null ? validate384.errors : vErrors.concat(validate384.errors);
errors = vErrors.length;
}
}
if(data.rewrite !== undefined){
let data8 = data.rewrite;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate386(data8[i0], instancePath+"/rewrite/" + i0))){
vErrors = vErrors === null ? validate386.errors : vErrors.concat(validate386.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/rewrite",schemaPath:"#/properties/rewrite/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.sourceRef !== undefined){
if(!(validate388(data.sourceRef, instancePath+"/sourceRef"))){
vErrors = vErrors === null ? validate388.errors : vErrors.concat(validate388.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(!((((key1 === "extract") || (key1 === "find")) || (key1 === "rewrite")) || (key1 === "sourceRef"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "ExternalSecret ExternalSecretDataFromRemoteRef"}};
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
validate383.errors = vErrors;
return errors === 0;
}
const schema350 = {"type":"object","properties":{"creationPolicy":{"type":"string","enum":["Owner","Orphan","Merge","None"]},"deletionPolicy":{"type":"string","enum":["Delete","Merge","Retain"]},"immutable":{"type":"boolean"},"name":{"type":"string"},"template":{"$ref":"k8s#/definitions/crd-type ExternalSecret ExternalSecretTemplate"}},"k8sClosed":"ExternalSecret ExternalSecretTarget"};
const schema351 = {"type":"object","properties":{"data":{"type":"object","additionalProperties":{"type":"string"}},"engineVersion":{"type":"string","enum":["v1","v2"]},"immutable":{"type":"boolean"},"mergePolicy":{"type":"string","enum":["Replace","Merge"]},"metadata":{"$ref":"k8s#/definitions/crd-type ExternalSecret ExternalSecretTemplateMetadata"},"templateFrom":{"type":"array","items":{"$ref":"k8s#/definitions/crd-type ExternalSecret TemplateFrom"}},"type":{"type":"string"}},"k8sClosed":"ExternalSecret ExternalSecretTemplate"};
const schema353 = {"type":"object","properties":{"configMap":{"$ref":"k8s#/definitions/crd-type ExternalSecret TemplateFrom.configMap"},"literal":{"type":"string"},"secret":{"$ref":"k8s#/definitions/crd-type ExternalSecret TemplateFrom.secret"},"target":{"type":"string","enum":["Data","Annotations","Labels"]}},"k8sClosed":"ExternalSecret TemplateFrom"};
const schema355 = {"type":"object","properties":{"key":{"type":"string"},"templateAs":{"type":"string","enum":["Values","KeysAndValues"]}},"required":["key"],"k8sClosed":"ExternalSecret TemplateRefItem"};
function validate394(data, instancePath=""){
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
if(data.items === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.key === undefined){
const err2 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.key !== undefined){
if(typeof data1.key !== "string"){
const err3 = {instancePath:instancePath+"/items/" + i0+"/key",schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.templateAs !== undefined){
let data3 = data1.templateAs;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/items/" + i0+"/templateAs",schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/properties/templateAs/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data3 === "Values") || (data3 === "KeysAndValues"))){
const err5 = {instancePath:instancePath+"/items/" + i0+"/templateAs",schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/properties/templateAs/enum",keyword:"enum",params:{allowedValues: schema355.properties.templateAs.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key0 in data1){
if(!((key0 === "key") || (key0 === "templateAs"))){
const err6 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret TemplateRefItem"}};
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
const err7 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/type",keyword:"type",params:{type: "object"}};
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
const err8 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key1 in data){
if(!((key1 === "items") || (key1 === "name"))){
const err10 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "ExternalSecret TemplateFrom.configMap"}};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate394.errors = vErrors;
return errors === 0;
}
function validate396(data, instancePath=""){
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
if(data.items === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "items"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.key === undefined){
const err2 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.key !== undefined){
if(typeof data1.key !== "string"){
const err3 = {instancePath:instancePath+"/items/" + i0+"/key",schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.templateAs !== undefined){
let data3 = data1.templateAs;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/items/" + i0+"/templateAs",schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/properties/templateAs/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data3 === "Values") || (data3 === "KeysAndValues"))){
const err5 = {instancePath:instancePath+"/items/" + i0+"/templateAs",schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/properties/templateAs/enum",keyword:"enum",params:{allowedValues: schema355.properties.templateAs.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key0 in data1){
if(!((key0 === "key") || (key0 === "templateAs"))){
const err6 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret TemplateRefItem"}};
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
const err7 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/crd-type ExternalSecret TemplateRefItem/type",keyword:"type",params:{type: "object"}};
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
const err8 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key1 in data){
if(!((key1 === "items") || (key1 === "name"))){
const err10 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "ExternalSecret TemplateFrom.secret"}};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate396.errors = vErrors;
return errors === 0;
}
function validate393(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.configMap !== undefined){
if(!(validate394(data.configMap, instancePath+"/configMap"))){
vErrors = vErrors === null ? validate394.errors : vErrors.concat(validate394.errors);
errors = vErrors.length;
}
}
if(data.literal !== undefined){
if(typeof data.literal !== "string"){
const err0 = {instancePath:instancePath+"/literal",schemaPath:"#/properties/literal/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.secret !== undefined){
if(!(validate396(data.secret, instancePath+"/secret"))){
vErrors = vErrors === null ? validate396.errors : vErrors.concat(validate396.errors);
errors = vErrors.length;
}
}
if(data.target !== undefined){
let data3 = data.target;
if(typeof data3 !== "string"){
const err1 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data3 === "Data") || (data3 === "Annotations")) || (data3 === "Labels"))){
const err2 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/enum",keyword:"enum",params:{allowedValues: schema353.properties.target.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key0 in data){
if(!((((key0 === "configMap") || (key0 === "literal")) || (key0 === "secret")) || (key0 === "target"))){
const err3 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret TemplateFrom"}};
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
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate393.errors = vErrors;
return errors === 0;
}
const obj57 = new Set(["data","engineVersion","immutable","mergePolicy","metadata","templateFrom","type"]);
function validate392(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
let data0 = data.data;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
if(typeof data0[key0] !== "string"){
const err0 = {instancePath:instancePath+"/data/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/data/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.engineVersion !== undefined){
let data2 = data.engineVersion;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/engineVersion",schemaPath:"#/properties/engineVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data2 === "v1") || (data2 === "v2"))){
const err3 = {instancePath:instancePath+"/engineVersion",schemaPath:"#/properties/engineVersion/enum",keyword:"enum",params:{allowedValues: schema351.properties.engineVersion.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.immutable !== undefined){
if(typeof data.immutable !== "boolean"){
const err4 = {instancePath:instancePath+"/immutable",schemaPath:"#/properties/immutable/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.mergePolicy !== undefined){
let data4 = data.mergePolicy;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/mergePolicy",schemaPath:"#/properties/mergePolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data4 === "Replace") || (data4 === "Merge"))){
const err6 = {instancePath:instancePath+"/mergePolicy",schemaPath:"#/properties/mergePolicy/enum",keyword:"enum",params:{allowedValues: schema351.properties.mergePolicy.enum}};
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
let data5 = data.metadata;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.annotations !== undefined){
let data6 = data5.annotations;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(typeof data6[key1] !== "string"){
const err7 = {instancePath:instancePath+"/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretTemplateMetadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/metadata/annotations",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretTemplateMetadata/properties/annotations/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.labels !== undefined){
let data8 = data5.labels;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(typeof data8[key2] !== "string"){
const err9 = {instancePath:instancePath+"/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretTemplateMetadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/metadata/labels",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretTemplateMetadata/properties/labels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key3 in data5){
if(!((key3 === "annotations") || (key3 === "labels"))){
const err11 = {instancePath:instancePath+"/metadata",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretTemplateMetadata/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "ExternalSecret ExternalSecretTemplateMetadata"}};
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
const err12 = {instancePath:instancePath+"/metadata",schemaPath:"k8s#/definitions/crd-type ExternalSecret ExternalSecretTemplateMetadata/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.templateFrom !== undefined){
let data10 = data.templateFrom;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate393(data10[i0], instancePath+"/templateFrom/" + i0))){
vErrors = vErrors === null ? validate393.errors : vErrors.concat(validate393.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/templateFrom",schemaPath:"#/properties/templateFrom/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err14 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key4 in data){
if(!(obj57.has(key4))){
const err15 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "ExternalSecret ExternalSecretTemplate"}};
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
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate392.errors = vErrors;
return errors === 0;
}
function validate391(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.creationPolicy !== undefined){
let data0 = data.creationPolicy;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/creationPolicy",schemaPath:"#/properties/creationPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data0 === "Owner") || (data0 === "Orphan")) || (data0 === "Merge")) || (data0 === "None"))){
const err1 = {instancePath:instancePath+"/creationPolicy",schemaPath:"#/properties/creationPolicy/enum",keyword:"enum",params:{allowedValues: schema350.properties.creationPolicy.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.deletionPolicy !== undefined){
let data1 = data.deletionPolicy;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/deletionPolicy",schemaPath:"#/properties/deletionPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(((data1 === "Delete") || (data1 === "Merge")) || (data1 === "Retain"))){
const err3 = {instancePath:instancePath+"/deletionPolicy",schemaPath:"#/properties/deletionPolicy/enum",keyword:"enum",params:{allowedValues: schema350.properties.deletionPolicy.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.immutable !== undefined){
if(typeof data.immutable !== "boolean"){
const err4 = {instancePath:instancePath+"/immutable",schemaPath:"#/properties/immutable/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.template !== undefined){
if(!(validate392(data.template, instancePath+"/template"))){
vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!(((((key0 === "creationPolicy") || (key0 === "deletionPolicy")) || (key0 === "immutable")) || (key0 === "name")) || (key0 === "template"))){
const err6 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret ExternalSecretTarget"}};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate391.errors = vErrors;
return errors === 0;
}
function validate378(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
let data0 = data.data;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate379(data0[i0], instancePath+"/data/" + i0))){
vErrors = vErrors === null ? validate379.errors : vErrors.concat(validate379.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.dataFrom !== undefined){
let data2 = data.dataFrom;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate383(data2[i1], instancePath+"/dataFrom/" + i1))){
vErrors = vErrors === null ? validate383.errors : vErrors.concat(validate383.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/dataFrom",schemaPath:"#/properties/dataFrom/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.refreshInterval !== undefined){
let data4 = data.refreshInterval;
if(typeof data4 === "string"){
if(!pattern32.test(data4)){
const err2 = {instancePath:instancePath+"/refreshInterval",schemaPath:"#/properties/refreshInterval/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/refreshInterval",schemaPath:"#/properties/refreshInterval/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.secretStoreRef !== undefined){
let data5 = data.secretStoreRef;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name === undefined){
const err4 = {instancePath:instancePath+"/secretStoreRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data5.kind !== undefined){
let data6 = data5.kind;
if(typeof data6 !== "string"){
const err5 = {instancePath:instancePath+"/secretStoreRef/kind",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!((data6 === "SecretStore") || (data6 === "ClusterSecretStore"))){
const err6 = {instancePath:instancePath+"/secretStoreRef/kind",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/properties/kind/enum",keyword:"enum",params:{allowedValues: schema338.properties.kind.enum}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err7 = {instancePath:instancePath+"/secretStoreRef/name",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key0 in data5){
if(!((key0 === "kind") || (key0 === "name"))){
const err8 = {instancePath:instancePath+"/secretStoreRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "ExternalSecret SecretStoreRef"}};
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
const err9 = {instancePath:instancePath+"/secretStoreRef",schemaPath:"k8s#/definitions/crd-type ExternalSecret SecretStoreRef/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.target !== undefined){
if(!(validate391(data.target, instancePath+"/target"))){
vErrors = vErrors === null ? validate391.errors : vErrors.concat(validate391.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(!(((((key1 === "data") || (key1 === "dataFrom")) || (key1 === "refreshInterval")) || (key1 === "secretStoreRef")) || (key1 === "target"))){
const err10 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "ExternalSecret ExternalSecretSpec"}};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate378.errors = vErrors;
return errors === 0;
}
function validate376(data, instancePath=""){
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
if("external-secrets.io/v1beta1" !== data0){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "external-secrets.io/v1beta1"}};
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
if("ExternalSecret" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ExternalSecret"}};
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
if(!(validate378(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate378.errors : vErrors.concat(validate378.errors);
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
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "external-secrets.io/v1beta1 ExternalSecret"}};
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
validate376.errors = vErrors;
return errors === 0;
}
module.exports = {validate376};
