/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of apps/v1/StatefulSet alone.
"use strict";
const {validate17} = require("./_shared-189cd486ec31.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const {validate119} = require("./_shared-ef83c6f45ca3.js");
const {validate32} = require("./_shared-efae9c1ce5df.js");
const schema157 = {"type":"object","properties":{"minReadySeconds":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"ordinals":{"$ref":"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetOrdinals"},"persistentVolumeClaimRetentionPolicy":{"$ref":"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy"},"podManagementPolicy":{"type":"string","enum":["OrderedReady","Parallel"]},"replicas":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"revisionHistoryLimit":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"selector":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"},"serviceName":{"type":"string"},"template":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.PodTemplateSpec"},"updateStrategy":{"$ref":"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetUpdateStrategy"},"volumeClaimTemplates":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.PersistentVolumeClaim"}}},"required":["selector","serviceName","template"],"k8sClosed":"Kubernetes 1.28 StatefulSetSpec"};
const schema160 = {"type":"object","properties":{"rollingUpdate":{"$ref":"k8s#/definitions/io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy"},"type":{"type":"string","enum":["OnDelete","RollingUpdate"]}},"k8sClosed":"Kubernetes 1.28 StatefulSetUpdateStrategy"};
const schema161 = {"type":"object","properties":{"maxUnavailable":{"type":["integer","string"],"minimum":-2147483648,"maximum":2147483647},"partition":{"type":"integer","minimum":-2147483648,"maximum":2147483647}},"k8sClosed":"Kubernetes 1.28 RollingUpdateStatefulSetStrategy"};
function validate173(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rollingUpdate !== undefined){
let data0 = data.rollingUpdate;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.maxUnavailable !== undefined){
let data1 = data0.maxUnavailable;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
const err0 = {instancePath:instancePath+"/rollingUpdate/maxUnavailable",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy/properties/maxUnavailable/type",keyword:"type",params:{type: schema161.properties.maxUnavailable.type}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
const err1 = {instancePath:instancePath+"/rollingUpdate/maxUnavailable",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy/properties/maxUnavailable/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1 < -2147483648 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/rollingUpdate/maxUnavailable",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy/properties/maxUnavailable/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data0.partition !== undefined){
let data2 = data0.partition;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/rollingUpdate/partition",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy/properties/partition/type",keyword:"type",params:{type: "integer"}};
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
const err4 = {instancePath:instancePath+"/rollingUpdate/partition",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy/properties/partition/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/rollingUpdate/partition",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy/properties/partition/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key0 in data0){
if(!((key0 === "maxUnavailable") || (key0 === "partition"))){
const err6 = {instancePath:instancePath+"/rollingUpdate",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 RollingUpdateStatefulSetStrategy"}};
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
const err7 = {instancePath:instancePath+"/rollingUpdate",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.RollingUpdateStatefulSetStrategy/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data3 === "OnDelete") || (data3 === "RollingUpdate"))){
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema160.properties.type.enum}};
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
if(!((key1 === "rollingUpdate") || (key1 === "type"))){
const err10 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 StatefulSetUpdateStrategy"}};
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
validate173.errors = vErrors;
return errors === 0;
}
function validate175(data, instancePath=""){
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
if("PersistentVolumeClaim" !== data1){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "PersistentVolumeClaim"}};
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
if(!(validate119(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
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
const err5 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 PersistentVolumeClaim"}};
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
validate175.errors = vErrors;
return errors === 0;
}
const obj23 = new Set(["minReadySeconds","ordinals","persistentVolumeClaimRetentionPolicy","podManagementPolicy","replicas","revisionHistoryLimit","selector","serviceName","template","updateStrategy","volumeClaimTemplates"]);
function validate170(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.selector === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "selector"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.serviceName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serviceName"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.template === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "template"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.minReadySeconds !== undefined){
let data0 = data.minReadySeconds;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/minReadySeconds",schemaPath:"#/properties/minReadySeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2147483647 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/minReadySeconds",schemaPath:"#/properties/minReadySeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < -2147483648 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/minReadySeconds",schemaPath:"#/properties/minReadySeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.ordinals !== undefined){
let data1 = data.ordinals;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.start !== undefined){
let data2 = data1.start;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/ordinals/start",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetOrdinals/properties/start/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/ordinals/start",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetOrdinals/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/ordinals/start",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetOrdinals/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key0 in data1){
if(!(key0 === "start")){
const err9 = {instancePath:instancePath+"/ordinals",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetOrdinals/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 StatefulSetOrdinals"}};
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
const err10 = {instancePath:instancePath+"/ordinals",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetOrdinals/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.persistentVolumeClaimRetentionPolicy !== undefined){
let data3 = data.persistentVolumeClaimRetentionPolicy;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.whenDeleted !== undefined){
if(typeof data3.whenDeleted !== "string"){
const err11 = {instancePath:instancePath+"/persistentVolumeClaimRetentionPolicy/whenDeleted",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy/properties/whenDeleted/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.whenScaled !== undefined){
if(typeof data3.whenScaled !== "string"){
const err12 = {instancePath:instancePath+"/persistentVolumeClaimRetentionPolicy/whenScaled",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy/properties/whenScaled/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key1 in data3){
if(!((key1 === "whenDeleted") || (key1 === "whenScaled"))){
const err13 = {instancePath:instancePath+"/persistentVolumeClaimRetentionPolicy",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 StatefulSetPersistentVolumeClaimRetentionPolicy"}};
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
const err14 = {instancePath:instancePath+"/persistentVolumeClaimRetentionPolicy",schemaPath:"k8s#/definitions/io.k8s.api.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.podManagementPolicy !== undefined){
let data6 = data.podManagementPolicy;
if(typeof data6 !== "string"){
const err15 = {instancePath:instancePath+"/podManagementPolicy",schemaPath:"#/properties/podManagementPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data6 === "OrderedReady") || (data6 === "Parallel"))){
const err16 = {instancePath:instancePath+"/podManagementPolicy",schemaPath:"#/properties/podManagementPolicy/enum",keyword:"enum",params:{allowedValues: schema157.properties.podManagementPolicy.enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.replicas !== undefined){
let data7 = data.replicas;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 2147483647 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7 < -2147483648 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.revisionHistoryLimit !== undefined){
let data8 = data.revisionHistoryLimit;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err20 = {instancePath:instancePath+"/revisionHistoryLimit",schemaPath:"#/properties/revisionHistoryLimit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 2147483647 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/revisionHistoryLimit",schemaPath:"#/properties/revisionHistoryLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8 < -2147483648 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/revisionHistoryLimit",schemaPath:"#/properties/revisionHistoryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.selector !== undefined){
if(!(validate17(data.selector, instancePath+"/selector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.serviceName !== undefined){
if(typeof data.serviceName !== "string"){
const err23 = {instancePath:instancePath+"/serviceName",schemaPath:"#/properties/serviceName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.template !== undefined){
if(!(validate32(data.template, instancePath+"/template"))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.updateStrategy !== undefined){
if(!(validate173(data.updateStrategy, instancePath+"/updateStrategy"))){
vErrors = vErrors === null ? validate173.errors : vErrors.concat(validate173.errors);
errors = vErrors.length;
}
}
if(data.volumeClaimTemplates !== undefined){
let data13 = data.volumeClaimTemplates;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
if(!(validate175(data13[i0], instancePath+"/volumeClaimTemplates/" + i0))){
vErrors = vErrors === null ? validate175.errors : vErrors.concat(validate175.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/volumeClaimTemplates",schemaPath:"#/properties/volumeClaimTemplates/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key2 in data){
if(!(obj23.has(key2))){
const err25 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 StatefulSetSpec"}};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate170.errors = vErrors;
return errors === 0;
}
function validate168(data, instancePath=""){
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
if("apps/v1" !== data0){
const err1 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "apps/v1"}};
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
if("StatefulSet" !== data1){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "StatefulSet"}};
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
if(!(validate170(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
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
const err5 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 StatefulSet"}};
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
validate168.errors = vErrors;
return errors === 0;
}
module.exports = {validate168};
