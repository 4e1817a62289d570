/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of kustomize.toolkit.fluxcd.io/v1/Kustomization alone.
"use strict";
const {validate12} = require("./_shared-3b773811c50a.js");
const {pattern67} = require("./_shared-3eb9b0009d36.js");
const {func2} = require("./_shared-f9456b1130e2.js");
const schema427 = {"type":"object","properties":{"apiVersion":{"type":"string"},"kind":{"type":"string","enum":["OCIRepository","GitRepository","Bucket"]},"name":{"type":"string"},"namespace":{"type":"string"}},"required":["kind","name"],"k8sClosed":"Flux CrossNamespaceSourceReference"};
const schema416 = {"type":"object","properties":{"provider":{"type":"string","enum":["sops"]},"secretRef":{"$ref":"k8s#/definitions/crd-type Flux LocalObjectReference"}},"required":["provider"],"k8sClosed":"Flux Decryption"};
function validate456(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.provider !== undefined){
let data0 = data.provider;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(data0 === "sops")){
const err2 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema416.properties.provider.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.secretRef !== undefined){
let data1 = data.secretRef;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.name === undefined){
const err3 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/crd-type Flux LocalObjectReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err4 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/crd-type Flux LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key0 in data1){
if(!(key0 === "name")){
const err5 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/crd-type Flux LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Flux LocalObjectReference"}};
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
const err6 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/crd-type Flux LocalObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key1 in data){
if(!((key1 === "provider") || (key1 === "secretRef"))){
const err7 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Flux Decryption"}};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate456.errors = vErrors;
return errors === 0;
}
function validate458(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.secretRef === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secretRef"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.secretRef !== undefined){
let data0 = data.secretRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err1 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/crd-type Flux SecretKeyReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.key !== undefined){
if(typeof data0.key !== "string"){
const err2 = {instancePath:instancePath+"/secretRef/key",schemaPath:"k8s#/definitions/crd-type Flux SecretKeyReference/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err3 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/crd-type Flux SecretKeyReference/properties/name/type",keyword:"type",params:{type: "string"}};
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
if(!((key0 === "key") || (key0 === "name"))){
const err4 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/crd-type Flux SecretKeyReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Flux SecretKeyReference"}};
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
const err5 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/crd-type Flux SecretKeyReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key1 in data){
if(!(key1 === "secretRef")){
const err6 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Flux KubeConfigReference"}};
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
validate458.errors = vErrors;
return errors === 0;
}
const obj67 = new Set(["annotationSelector","group","kind","labelSelector","name","namespace","version"]);
function validate460(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.patch === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "patch"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.patch !== undefined){
if(typeof data.patch !== "string"){
const err1 = {instancePath:instancePath+"/patch",schemaPath:"#/properties/patch/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.target !== undefined){
let data1 = data.target;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.annotationSelector !== undefined){
if(typeof data1.annotationSelector !== "string"){
const err2 = {instancePath:instancePath+"/target/annotationSelector",schemaPath:"k8s#/definitions/crd-type Flux Selector/properties/annotationSelector/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.group !== undefined){
if(typeof data1.group !== "string"){
const err3 = {instancePath:instancePath+"/target/group",schemaPath:"k8s#/definitions/crd-type Flux Selector/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.kind !== undefined){
if(typeof data1.kind !== "string"){
const err4 = {instancePath:instancePath+"/target/kind",schemaPath:"k8s#/definitions/crd-type Flux Selector/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.labelSelector !== undefined){
if(typeof data1.labelSelector !== "string"){
const err5 = {instancePath:instancePath+"/target/labelSelector",schemaPath:"k8s#/definitions/crd-type Flux Selector/properties/labelSelector/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err6 = {instancePath:instancePath+"/target/name",schemaPath:"k8s#/definitions/crd-type Flux Selector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.namespace !== undefined){
if(typeof data1.namespace !== "string"){
const err7 = {instancePath:instancePath+"/target/namespace",schemaPath:"k8s#/definitions/crd-type Flux Selector/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.version !== undefined){
if(typeof data1.version !== "string"){
const err8 = {instancePath:instancePath+"/target/version",schemaPath:"k8s#/definitions/crd-type Flux Selector/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key0 in data1){
if(!(obj67.has(key0))){
const err9 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/crd-type Flux Selector/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Flux Selector"}};
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
const err10 = {instancePath:instancePath+"/target",schemaPath:"k8s#/definitions/crd-type Flux Selector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key1 in data){
if(!((key1 === "patch") || (key1 === "target"))){
const err11 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Flux Patch"}};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate460.errors = vErrors;
return errors === 0;
}
const schema426 = {"type":"object","properties":{"kind":{"type":"string","enum":["Secret","ConfigMap"]},"name":{"type":"string","minLength":0,"maxLength":253},"optional":{"type":"boolean"}},"required":["kind","name"],"k8sClosed":"Flux SubstituteReference"};
function validate462(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.substitute !== undefined){
let data0 = data.substitute;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
if(typeof data0[key0] !== "string"){
const err0 = {instancePath:instancePath+"/substitute/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/substitute/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err1 = {instancePath:instancePath+"/substitute",schemaPath:"#/properties/substitute/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.substituteFrom !== undefined){
let data2 = data.substituteFrom;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.kind === undefined){
const err2 = {instancePath:instancePath+"/substituteFrom/" + i0,schemaPath:"k8s#/definitions/crd-type Flux SubstituteReference/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data3.name === undefined){
const err3 = {instancePath:instancePath+"/substituteFrom/" + i0,schemaPath:"k8s#/definitions/crd-type Flux SubstituteReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data3.kind !== undefined){
let data4 = data3.kind;
if(typeof data4 !== "string"){
const err4 = {instancePath:instancePath+"/substituteFrom/" + i0+"/kind",schemaPath:"k8s#/definitions/crd-type Flux SubstituteReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data4 === "Secret") || (data4 === "ConfigMap"))){
const err5 = {instancePath:instancePath+"/substituteFrom/" + i0+"/kind",schemaPath:"k8s#/definitions/crd-type Flux SubstituteReference/properties/kind/enum",keyword:"enum",params:{allowedValues: schema426.properties.kind.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data3.name !== undefined){
let data5 = data3.name;
if(typeof data5 === "string"){
if(func2(data5) > 253){
const err6 = {instancePath:instancePath+"/substituteFrom/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Flux SubstituteReference/properties/name/maxLength",keyword:"maxLength",params:{limit: 253}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data5) < 0){
const err7 = {instancePath:instancePath+"/substituteFrom/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Flux SubstituteReference/properties/name/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/substituteFrom/" + i0+"/name",schemaPath:"k8s#/definitions/crd-type Flux SubstituteReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.optional !== undefined){
if(typeof data3.optional !== "boolean"){
const err9 = {instancePath:instancePath+"/substituteFrom/" + i0+"/optional",schemaPath:"k8s#/definitions/crd-type Flux SubstituteReference/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key1 in data3){
if(!(((key1 === "kind") || (key1 === "name")) || (key1 === "optional"))){
const err10 = {instancePath:instancePath+"/substituteFrom/" + i0,schemaPath:"k8s#/definitions/crd-type Flux SubstituteReference/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Flux SubstituteReference"}};
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
const err11 = {instancePath:instancePath+"/substituteFrom/" + i0,schemaPath:"k8s#/definitions/crd-type Flux SubstituteReference/type",keyword:"type",params:{type: "object"}};
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
const err12 = {instancePath:instancePath+"/substituteFrom",schemaPath:"#/properties/substituteFrom/type",keyword:"type",params:{type: "array"}};
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
if(!((key2 === "substitute") || (key2 === "substituteFrom"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Flux PostBuild"}};
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
validate462.errors = vErrors;
return errors === 0;
}
const obj68 = new Set(["commonMetadata","components","decryption","dependsOn","force","healthChecks","images","interval","kubeConfig","patches","path","postBuild","prune","retryInterval","serviceAccountName","sourceRef","suspend","targetNamespace","timeout","wait"]);
function validate455(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.interval === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "interval"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.prune === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prune"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.sourceRef === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sourceRef"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.commonMetadata !== undefined){
let data0 = data.commonMetadata;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.annotations !== undefined){
let data1 = data0.annotations;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
if(typeof data1[key0] !== "string"){
const err3 = {instancePath:instancePath+"/commonMetadata/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Flux CommonMetadata/properties/annotations/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/commonMetadata/annotations",schemaPath:"k8s#/definitions/crd-type Flux CommonMetadata/properties/annotations/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.labels !== undefined){
let data3 = data0.labels;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(typeof data3[key1] !== "string"){
const err5 = {instancePath:instancePath+"/commonMetadata/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Flux CommonMetadata/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/commonMetadata/labels",schemaPath:"k8s#/definitions/crd-type Flux CommonMetadata/properties/labels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key2 in data0){
if(!((key2 === "annotations") || (key2 === "labels"))){
const err7 = {instancePath:instancePath+"/commonMetadata",schemaPath:"k8s#/definitions/crd-type Flux CommonMetadata/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Flux CommonMetadata"}};
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
const err8 = {instancePath:instancePath+"/commonMetadata",schemaPath:"k8s#/definitions/crd-type Flux CommonMetadata/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.components !== undefined){
let data5 = data.components;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(typeof data5[i0] !== "string"){
const err9 = {instancePath:instancePath+"/components/" + i0,schemaPath:"#/properties/components/items/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.decryption !== undefined){
if(!(validate456(data.decryption, instancePath+"/decryption"))){
vErrors = vErrors === null ? validate456.errors : vErrors.concat(validate456.errors);
errors = vErrors.length;
}
}
if(data.dependsOn !== undefined){
let data8 = data.dependsOn;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err11 = {instancePath:instancePath+"/dependsOn/" + i1,schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data9.name !== undefined){
if(typeof data9.name !== "string"){
const err12 = {instancePath:instancePath+"/dependsOn/" + i1+"/name",schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data9.namespace !== undefined){
if(typeof data9.namespace !== "string"){
const err13 = {instancePath:instancePath+"/dependsOn/" + i1+"/namespace",schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key3 in data9){
if(!((key3 === "name") || (key3 === "namespace"))){
const err14 = {instancePath:instancePath+"/dependsOn/" + i1,schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Flux NamespacedObjectReference"}};
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
const err15 = {instancePath:instancePath+"/dependsOn/" + i1,schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectReference/type",keyword:"type",params:{type: "object"}};
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
const err16 = {instancePath:instancePath+"/dependsOn",schemaPath:"#/properties/dependsOn/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.force !== undefined){
if(typeof data.force !== "boolean"){
const err17 = {instancePath:instancePath+"/force",schemaPath:"#/properties/force/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.healthChecks !== undefined){
let data13 = data.healthChecks;
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.kind === undefined){
const err18 = {instancePath:instancePath+"/healthChecks/" + i2,schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectKindReference/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data14.name === undefined){
const err19 = {instancePath:instancePath+"/healthChecks/" + i2,schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectKindReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data14.apiVersion !== undefined){
if(typeof data14.apiVersion !== "string"){
const err20 = {instancePath:instancePath+"/healthChecks/" + i2+"/apiVersion",schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectKindReference/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data14.kind !== undefined){
if(typeof data14.kind !== "string"){
const err21 = {instancePath:instancePath+"/healthChecks/" + i2+"/kind",schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectKindReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data14.name !== undefined){
if(typeof data14.name !== "string"){
const err22 = {instancePath:instancePath+"/healthChecks/" + i2+"/name",schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectKindReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data14.namespace !== undefined){
if(typeof data14.namespace !== "string"){
const err23 = {instancePath:instancePath+"/healthChecks/" + i2+"/namespace",schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectKindReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key4 in data14){
if(!((((key4 === "apiVersion") || (key4 === "kind")) || (key4 === "name")) || (key4 === "namespace"))){
const err24 = {instancePath:instancePath+"/healthChecks/" + i2,schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectKindReference/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Flux NamespacedObjectKindReference"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/healthChecks/" + i2,schemaPath:"k8s#/definitions/crd-type Flux NamespacedObjectKindReference/type",keyword:"type",params:{type: "object"}};
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
const err26 = {instancePath:instancePath+"/healthChecks",schemaPath:"#/properties/healthChecks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.images !== undefined){
let data19 = data.images;
if(Array.isArray(data19)){
const len3 = data19.length;
for(let i3=0; i3<len3; i3++){
let data20 = data19[i3];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.name === undefined){
const err27 = {instancePath:instancePath+"/images/" + i3,schemaPath:"k8s#/definitions/crd-type Flux Image/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data20.digest !== undefined){
if(typeof data20.digest !== "string"){
const err28 = {instancePath:instancePath+"/images/" + i3+"/digest",schemaPath:"k8s#/definitions/crd-type Flux Image/properties/digest/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data20.name !== undefined){
if(typeof data20.name !== "string"){
const err29 = {instancePath:instancePath+"/images/" + i3+"/name",schemaPath:"k8s#/definitions/crd-type Flux Image/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data20.newName !== undefined){
if(typeof data20.newName !== "string"){
const err30 = {instancePath:instancePath+"/images/" + i3+"/newName",schemaPath:"k8s#/definitions/crd-type Flux Image/properties/newName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data20.newTag !== undefined){
if(typeof data20.newTag !== "string"){
const err31 = {instancePath:instancePath+"/images/" + i3+"/newTag",schemaPath:"k8s#/definitions/crd-type Flux Image/properties/newTag/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
for(const key5 in data20){
if(!((((key5 === "digest") || (key5 === "name")) || (key5 === "newName")) || (key5 === "newTag"))){
const err32 = {instancePath:instancePath+"/images/" + i3,schemaPath:"k8s#/definitions/crd-type Flux Image/k8sClosed",keyword:"k8sClosed",params:{field: key5, type: "Flux Image"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/images/" + i3,schemaPath:"k8s#/definitions/crd-type Flux Image/type",keyword:"type",params:{type: "object"}};
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
const err34 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.interval !== undefined){
let data25 = data.interval;
if(typeof data25 === "string"){
if(!pattern67.test(data25)){
const err35 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.kubeConfig !== undefined){
if(!(validate458(data.kubeConfig, instancePath+"/kubeConfig"))){
vErrors = vErrors === null ? validate458.errors : vErrors.concat(validate458.errors);
errors = vErrors.length;
}
}
if(data.patches !== undefined){
let data27 = data.patches;
if(Array.isArray(data27)){
const len4 = data27.length;
for(let i4=0; i4<len4; i4++){
if(!(validate460(data27[i4], instancePath+"/patches/" + i4))){
vErrors = vErrors === null ? validate460.errors : vErrors.concat(validate460.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath:instancePath+"/patches",schemaPath:"#/properties/patches/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err38 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.postBuild !== undefined){
if(!(validate462(data.postBuild, instancePath+"/postBuild"))){
vErrors = vErrors === null ? validate462.errors : vErrors.concat(validate462.errors);
errors = vErrors.length;
}
}
if(data.prune !== undefined){
if(typeof data.prune !== "boolean"){
const err39 = {instancePath:instancePath+"/prune",schemaPath:"#/properties/prune/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.retryInterval !== undefined){
let data32 = data.retryInterval;
if(typeof data32 === "string"){
if(!pattern67.test(data32)){
const err40 = {instancePath:instancePath+"/retryInterval",schemaPath:"#/properties/retryInterval/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/retryInterval",schemaPath:"#/properties/retryInterval/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.serviceAccountName !== undefined){
if(typeof data.serviceAccountName !== "string"){
const err42 = {instancePath:instancePath+"/serviceAccountName",schemaPath:"#/properties/serviceAccountName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.sourceRef !== undefined){
let data34 = data.sourceRef;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.kind === undefined){
const err43 = {instancePath:instancePath+"/sourceRef",schemaPath:"k8s#/definitions/crd-type Flux CrossNamespaceSourceReference/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data34.name === undefined){
const err44 = {instancePath:instancePath+"/sourceRef",schemaPath:"k8s#/definitions/crd-type Flux CrossNamespaceSourceReference/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data34.apiVersion !== undefined){
if(typeof data34.apiVersion !== "string"){
const err45 = {instancePath:instancePath+"/sourceRef/apiVersion",schemaPath:"k8s#/definitions/crd-type Flux CrossNamespaceSourceReference/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data34.kind !== undefined){
let data36 = data34.kind;
if(typeof data36 !== "string"){
const err46 = {instancePath:instancePath+"/sourceRef/kind",schemaPath:"k8s#/definitions/crd-type Flux CrossNamespaceSourceReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!(((data36 === "OCIRepository") || (data36 === "GitRepository")) || (data36 === "Bucket"))){
const err47 = {instancePath:instancePath+"/sourceRef/kind",schemaPath:"k8s#/definitions/crd-type Flux CrossNamespaceSourceReference/properties/kind/enum",keyword:"enum",params:{allowedValues: schema427.properties.kind.enum}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data34.name !== undefined){
if(typeof data34.name !== "string"){
const err48 = {instancePath:instancePath+"/sourceRef/name",schemaPath:"k8s#/definitions/crd-type Flux CrossNamespaceSourceReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data34.namespace !== undefined){
if(typeof data34.namespace !== "string"){
const err49 = {instancePath:instancePath+"/sourceRef/namespace",schemaPath:"k8s#/definitions/crd-type Flux CrossNamespaceSourceReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
for(const key6 in data34){
if(!((((key6 === "apiVersion") || (key6 === "kind")) || (key6 === "name")) || (key6 === "namespace"))){
const err50 = {instancePath:instancePath+"/sourceRef",schemaPath:"k8s#/definitions/crd-type Flux CrossNamespaceSourceReference/k8sClosed",keyword:"k8sClosed",params:{field: key6, type: "Flux CrossNamespaceSourceReference"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/sourceRef",schemaPath:"k8s#/definitions/crd-type Flux CrossNamespaceSourceReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.suspend !== undefined){
if(typeof data.suspend !== "boolean"){
const err52 = {instancePath:instancePath+"/suspend",schemaPath:"#/properties/suspend/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.targetNamespace !== undefined){
let data40 = data.targetNamespace;
if(typeof data40 === "string"){
if(func2(data40) > 63){
const err53 = {instancePath:instancePath+"/targetNamespace",schemaPath:"#/properties/targetNamespace/maxLength",keyword:"maxLength",params:{limit: 63}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(func2(data40) < 1){
const err54 = {instancePath:instancePath+"/targetNamespace",schemaPath:"#/properties/targetNamespace/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/targetNamespace",schemaPath:"#/properties/targetNamespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.timeout !== undefined){
let data41 = data.timeout;
if(typeof data41 === "string"){
if(!pattern67.test(data41)){
const err56 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.wait !== undefined){
if(typeof data.wait !== "boolean"){
const err58 = {instancePath:instancePath+"/wait",schemaPath:"#/properties/wait/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
for(const key7 in data){
if(!(obj68.has(key7))){
const err59 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key7, type: "Flux KustomizationSpec"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate455.errors = vErrors;
return errors === 0;
}
function validate453(data, instancePath=""){
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
if(data.apiVersion !== undefined){
let data0 = data.apiVersion;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if("kustomize.toolkit.fluxcd.io/v1" !== data0){
const err3 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "kustomize.toolkit.fluxcd.io/v1"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if("Kustomization" !== data1){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Kustomization"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(!(validate455(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate455.errors : vErrors.concat(validate455.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key0 in data){
if(!(((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec")) || (key0 === "status"))){
const err7 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "kustomize.toolkit.fluxcd.io/v1 Kustomization"}};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate453.errors = vErrors;
return errors === 0;
}
module.exports = {validate453};
