/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of v1/PersistentVolume alone.
"use strict";
const {pattern4} = require("./_shared-36b9c59a91a1.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const {schema123, schema96, validate41} = require("./_shared-76ac4efc7f78.js");
const schema248 = {"type":"object","properties":{"accessModes":{"type":"array","items":{"type":"string","enum":["ReadOnlyMany","ReadWriteMany","ReadWriteOnce","ReadWriteOncePod"]}},"awsElasticBlockStore":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource"},"azureDisk":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource"},"azureFile":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.AzureFilePersistentVolumeSource"},"capacity":{"type":"object","additionalProperties":{"type":["string","number"],"pattern":"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}},"cephfs":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.CephFSPersistentVolumeSource"},"cinder":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.CinderPersistentVolumeSource"},"claimRef":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ObjectReference"},"csi":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.CSIPersistentVolumeSource"},"fc":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource"},"flexVolume":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.FlexPersistentVolumeSource"},"flocker":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.FlockerVolumeSource"},"gcePersistentDisk":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource"},"glusterfs":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.GlusterfsPersistentVolumeSource"},"hostPath":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource"},"iscsi":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ISCSIPersistentVolumeSource"},"local":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.LocalVolumeSource"},"mountOptions":{"type":"array","items":{"type":"string"}},"nfs":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource"},"nodeAffinity":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.VolumeNodeAffinity"},"persistentVolumeReclaimPolicy":{"type":"string","enum":["Delete","Recycle","Retain"]},"photonPersistentDisk":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource"},"portworxVolume":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource"},"quobyte":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource"},"rbd":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.RBDPersistentVolumeSource"},"scaleIO":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ScaleIOPersistentVolumeSource"},"storageClassName":{"type":"string"},"storageos":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.StorageOSPersistentVolumeSource"},"volumeMode":{"type":"string","enum":["Block","Filesystem"]},"vsphereVolume":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource"}},"k8sClosed":"Kubernetes 1.28 PersistentVolumeSpec"};
const obj33 = new Set(["cachingMode","diskName","diskURI","fsType","kind","readOnly"]);
const obj35 = new Set(["apiVersion","fieldPath","kind","name","namespace","resourceVersion","uid"]);
const obj38 = new Set(["group","readOnly","registry","tenant","user","volume"]);
const obj42 = new Set(["accessModes","awsElasticBlockStore","azureDisk","azureFile","capacity","cephfs","cinder","claimRef","csi","fc","flexVolume","flocker","gcePersistentDisk","glusterfs","hostPath","iscsi","local","mountOptions","nfs","nodeAffinity","persistentVolumeReclaimPolicy","photonPersistentDisk","portworxVolume","quobyte","rbd","scaleIO","storageClassName","storageos","volumeMode","vsphereVolume"]);
const obj34 = new Set(["monitors","path","readOnly","secretFile","secretRef","user"]);
function validate305(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.monitors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "monitors"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.monitors !== undefined){
let data0 = data.monitors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/monitors/" + i0,schemaPath:"#/properties/monitors/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/monitors",schemaPath:"#/properties/monitors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err4 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.secretFile !== undefined){
if(typeof data.secretFile !== "string"){
const err5 = {instancePath:instancePath+"/secretFile",schemaPath:"#/properties/secretFile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.secretRef !== undefined){
let data5 = data.secretRef;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err6 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data5.namespace !== undefined){
if(typeof data5.namespace !== "string"){
const err7 = {instancePath:instancePath+"/secretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
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
if(!((key0 === "name") || (key0 === "namespace"))){
const err8 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 SecretReference"}};
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
const err9 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err10 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"}};
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
if(!(obj34.has(key1))){
const err11 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 CephFSPersistentVolumeSource"}};
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
validate305.errors = vErrors;
return errors === 0;
}
function validate307(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.volumeID === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volumeID"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.fsType !== undefined){
if(typeof data.fsType !== "string"){
const err1 = {instancePath:instancePath+"/fsType",schemaPath:"#/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err2 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
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
let data2 = data.secretRef;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err3 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.namespace !== undefined){
if(typeof data2.namespace !== "string"){
const err4 = {instancePath:instancePath+"/secretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
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
if(!((key0 === "name") || (key0 === "namespace"))){
const err5 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 SecretReference"}};
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
const err6 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.volumeID !== undefined){
if(typeof data.volumeID !== "string"){
const err7 = {instancePath:instancePath+"/volumeID",schemaPath:"#/properties/volumeID/type",keyword:"type",params:{type: "string"}};
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
if(!((((key1 === "fsType") || (key1 === "readOnly")) || (key1 === "secretRef")) || (key1 === "volumeID"))){
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 CinderPersistentVolumeSource"}};
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
validate307.errors = vErrors;
return errors === 0;
}
const obj36 = new Set(["controllerExpandSecretRef","controllerPublishSecretRef","driver","fsType","nodeExpandSecretRef","nodePublishSecretRef","nodeStageSecretRef","readOnly","volumeAttributes","volumeHandle"]);
function validate309(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.driver === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "driver"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.volumeHandle === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "volumeHandle"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.controllerExpandSecretRef !== undefined){
let data0 = data.controllerExpandSecretRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err2 = {instancePath:instancePath+"/controllerExpandSecretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.namespace !== undefined){
if(typeof data0.namespace !== "string"){
const err3 = {instancePath:instancePath+"/controllerExpandSecretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
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
if(!((key0 === "name") || (key0 === "namespace"))){
const err4 = {instancePath:instancePath+"/controllerExpandSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 SecretReference"}};
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
const err5 = {instancePath:instancePath+"/controllerExpandSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.controllerPublishSecretRef !== undefined){
let data3 = data.controllerPublishSecretRef;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name !== undefined){
if(typeof data3.name !== "string"){
const err6 = {instancePath:instancePath+"/controllerPublishSecretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.namespace !== undefined){
if(typeof data3.namespace !== "string"){
const err7 = {instancePath:instancePath+"/controllerPublishSecretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
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
if(!((key1 === "name") || (key1 === "namespace"))){
const err8 = {instancePath:instancePath+"/controllerPublishSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 SecretReference"}};
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
const err9 = {instancePath:instancePath+"/controllerPublishSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.driver !== undefined){
if(typeof data.driver !== "string"){
const err10 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.fsType !== undefined){
if(typeof data.fsType !== "string"){
const err11 = {instancePath:instancePath+"/fsType",schemaPath:"#/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.nodeExpandSecretRef !== undefined){
let data8 = data.nodeExpandSecretRef;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name !== undefined){
if(typeof data8.name !== "string"){
const err12 = {instancePath:instancePath+"/nodeExpandSecretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data8.namespace !== undefined){
if(typeof data8.namespace !== "string"){
const err13 = {instancePath:instancePath+"/nodeExpandSecretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key2 in data8){
if(!((key2 === "name") || (key2 === "namespace"))){
const err14 = {instancePath:instancePath+"/nodeExpandSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 SecretReference"}};
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
const err15 = {instancePath:instancePath+"/nodeExpandSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.nodePublishSecretRef !== undefined){
let data11 = data.nodePublishSecretRef;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.name !== undefined){
if(typeof data11.name !== "string"){
const err16 = {instancePath:instancePath+"/nodePublishSecretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data11.namespace !== undefined){
if(typeof data11.namespace !== "string"){
const err17 = {instancePath:instancePath+"/nodePublishSecretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key3 in data11){
if(!((key3 === "name") || (key3 === "namespace"))){
const err18 = {instancePath:instancePath+"/nodePublishSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Kubernetes 1.28 SecretReference"}};
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
const err19 = {instancePath:instancePath+"/nodePublishSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.nodeStageSecretRef !== undefined){
let data14 = data.nodeStageSecretRef;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.name !== undefined){
if(typeof data14.name !== "string"){
const err20 = {instancePath:instancePath+"/nodeStageSecretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data14.namespace !== undefined){
if(typeof data14.namespace !== "string"){
const err21 = {instancePath:instancePath+"/nodeStageSecretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key4 in data14){
if(!((key4 === "name") || (key4 === "namespace"))){
const err22 = {instancePath:instancePath+"/nodeStageSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Kubernetes 1.28 SecretReference"}};
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
const err23 = {instancePath:instancePath+"/nodeStageSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err24 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.volumeAttributes !== undefined){
let data18 = data.volumeAttributes;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key5 in data18){
if(typeof data18[key5] !== "string"){
const err25 = {instancePath:instancePath+"/volumeAttributes/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/volumeAttributes/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/volumeAttributes",schemaPath:"#/properties/volumeAttributes/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.volumeHandle !== undefined){
if(typeof data.volumeHandle !== "string"){
const err27 = {instancePath:instancePath+"/volumeHandle",schemaPath:"#/properties/volumeHandle/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
for(const key6 in data){
if(!(obj36.has(key6))){
const err28 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key6, type: "Kubernetes 1.28 CSIPersistentVolumeSource"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate309.errors = vErrors;
return errors === 0;
}
function validate311(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.driver === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "driver"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.driver !== undefined){
if(typeof data.driver !== "string"){
const err1 = {instancePath:instancePath+"/driver",schemaPath:"#/properties/driver/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.fsType !== undefined){
if(typeof data.fsType !== "string"){
const err2 = {instancePath:instancePath+"/fsType",schemaPath:"#/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.options !== undefined){
let data2 = data.options;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(typeof data2[key0] !== "string"){
const err3 = {instancePath:instancePath+"/options/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/options/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err5 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.secretRef !== undefined){
let data5 = data.secretRef;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name !== undefined){
if(typeof data5.name !== "string"){
const err6 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data5.namespace !== undefined){
if(typeof data5.namespace !== "string"){
const err7 = {instancePath:instancePath+"/secretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key1 in data5){
if(!((key1 === "name") || (key1 === "namespace"))){
const err8 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 SecretReference"}};
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
const err9 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
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
if(!(((((key2 === "driver") || (key2 === "fsType")) || (key2 === "options")) || (key2 === "readOnly")) || (key2 === "secretRef"))){
const err10 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 FlexPersistentVolumeSource"}};
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
validate311.errors = vErrors;
return errors === 0;
}
const obj37 = new Set(["chapAuthDiscovery","chapAuthSession","fsType","initiatorName","iqn","iscsiInterface","lun","portals","readOnly","secretRef","targetPortal"]);
function validate313(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.iqn === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "iqn"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.lun === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lun"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.targetPortal === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targetPortal"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.chapAuthDiscovery !== undefined){
if(typeof data.chapAuthDiscovery !== "boolean"){
const err3 = {instancePath:instancePath+"/chapAuthDiscovery",schemaPath:"#/properties/chapAuthDiscovery/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.chapAuthSession !== undefined){
if(typeof data.chapAuthSession !== "boolean"){
const err4 = {instancePath:instancePath+"/chapAuthSession",schemaPath:"#/properties/chapAuthSession/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.fsType !== undefined){
if(typeof data.fsType !== "string"){
const err5 = {instancePath:instancePath+"/fsType",schemaPath:"#/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.initiatorName !== undefined){
if(typeof data.initiatorName !== "string"){
const err6 = {instancePath:instancePath+"/initiatorName",schemaPath:"#/properties/initiatorName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.iqn !== undefined){
if(typeof data.iqn !== "string"){
const err7 = {instancePath:instancePath+"/iqn",schemaPath:"#/properties/iqn/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.iscsiInterface !== undefined){
if(typeof data.iscsiInterface !== "string"){
const err8 = {instancePath:instancePath+"/iscsiInterface",schemaPath:"#/properties/iscsiInterface/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.lun !== undefined){
let data6 = data.lun;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err9 = {instancePath:instancePath+"/lun",schemaPath:"#/properties/lun/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2147483647 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/lun",schemaPath:"#/properties/lun/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6 < -2147483648 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/lun",schemaPath:"#/properties/lun/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.portals !== undefined){
let data7 = data.portals;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err12 = {instancePath:instancePath+"/portals/" + i0,schemaPath:"#/properties/portals/items/type",keyword:"type",params:{type: "string"}};
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
const err13 = {instancePath:instancePath+"/portals",schemaPath:"#/properties/portals/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err14 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.secretRef !== undefined){
let data10 = data.secretRef;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.name !== undefined){
if(typeof data10.name !== "string"){
const err15 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data10.namespace !== undefined){
if(typeof data10.namespace !== "string"){
const err16 = {instancePath:instancePath+"/secretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key0 in data10){
if(!((key0 === "name") || (key0 === "namespace"))){
const err17 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 SecretReference"}};
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
const err18 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.targetPortal !== undefined){
if(typeof data.targetPortal !== "string"){
const err19 = {instancePath:instancePath+"/targetPortal",schemaPath:"#/properties/targetPortal/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key1 in data){
if(!(obj37.has(key1))){
const err20 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ISCSIPersistentVolumeSource"}};
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
validate313.errors = vErrors;
return errors === 0;
}
function validate315(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.required !== undefined){
if(!(validate41(data.required, instancePath+"/required"))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!(key0 === "required")){
const err0 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 VolumeNodeAffinity"}};
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
validate315.errors = vErrors;
return errors === 0;
}
const obj39 = new Set(["fsType","image","keyring","monitors","pool","readOnly","secretRef","user"]);
function validate318(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.image === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.monitors === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "monitors"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fsType !== undefined){
if(typeof data.fsType !== "string"){
const err2 = {instancePath:instancePath+"/fsType",schemaPath:"#/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.image !== undefined){
if(typeof data.image !== "string"){
const err3 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.keyring !== undefined){
if(typeof data.keyring !== "string"){
const err4 = {instancePath:instancePath+"/keyring",schemaPath:"#/properties/keyring/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.monitors !== undefined){
let data3 = data.monitors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err5 = {instancePath:instancePath+"/monitors/" + i0,schemaPath:"#/properties/monitors/items/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/monitors",schemaPath:"#/properties/monitors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.pool !== undefined){
if(typeof data.pool !== "string"){
const err7 = {instancePath:instancePath+"/pool",schemaPath:"#/properties/pool/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err8 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.secretRef !== undefined){
let data7 = data.secretRef;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name !== undefined){
if(typeof data7.name !== "string"){
const err9 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.namespace !== undefined){
if(typeof data7.namespace !== "string"){
const err10 = {instancePath:instancePath+"/secretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key0 in data7){
if(!((key0 === "name") || (key0 === "namespace"))){
const err11 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 SecretReference"}};
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
const err12 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err13 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"}};
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
if(!(obj39.has(key1))){
const err14 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 RBDPersistentVolumeSource"}};
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
validate318.errors = vErrors;
return errors === 0;
}
const obj40 = new Set(["fsType","gateway","protectionDomain","readOnly","secretRef","sslEnabled","storageMode","storagePool","system","volumeName"]);
function validate320(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.gateway === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gateway"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.secretRef === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "secretRef"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.system === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "system"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.fsType !== undefined){
if(typeof data.fsType !== "string"){
const err3 = {instancePath:instancePath+"/fsType",schemaPath:"#/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.gateway !== undefined){
if(typeof data.gateway !== "string"){
const err4 = {instancePath:instancePath+"/gateway",schemaPath:"#/properties/gateway/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.protectionDomain !== undefined){
if(typeof data.protectionDomain !== "string"){
const err5 = {instancePath:instancePath+"/protectionDomain",schemaPath:"#/properties/protectionDomain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err6 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.secretRef !== undefined){
let data4 = data.secretRef;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err7 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.namespace !== undefined){
if(typeof data4.namespace !== "string"){
const err8 = {instancePath:instancePath+"/secretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key0 in data4){
if(!((key0 === "name") || (key0 === "namespace"))){
const err9 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 SecretReference"}};
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
const err10 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sslEnabled !== undefined){
if(typeof data.sslEnabled !== "boolean"){
const err11 = {instancePath:instancePath+"/sslEnabled",schemaPath:"#/properties/sslEnabled/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.storageMode !== undefined){
if(typeof data.storageMode !== "string"){
const err12 = {instancePath:instancePath+"/storageMode",schemaPath:"#/properties/storageMode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.storagePool !== undefined){
if(typeof data.storagePool !== "string"){
const err13 = {instancePath:instancePath+"/storagePool",schemaPath:"#/properties/storagePool/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.system !== undefined){
if(typeof data.system !== "string"){
const err14 = {instancePath:instancePath+"/system",schemaPath:"#/properties/system/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.volumeName !== undefined){
if(typeof data.volumeName !== "string"){
const err15 = {instancePath:instancePath+"/volumeName",schemaPath:"#/properties/volumeName/type",keyword:"type",params:{type: "string"}};
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
if(!(obj40.has(key1))){
const err16 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ScaleIOPersistentVolumeSource"}};
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
validate320.errors = vErrors;
return errors === 0;
}
const obj41 = new Set(["apiVersion","fieldPath","kind","name","namespace","resourceVersion","uid"]);
function validate322(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fsType !== undefined){
if(typeof data.fsType !== "string"){
const err0 = {instancePath:instancePath+"/fsType",schemaPath:"#/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.readOnly !== undefined){
if(typeof data.readOnly !== "boolean"){
const err1 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.secretRef !== undefined){
let data2 = data.secretRef;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.apiVersion !== undefined){
if(typeof data2.apiVersion !== "string"){
const err2 = {instancePath:instancePath+"/secretRef/apiVersion",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.fieldPath !== undefined){
if(typeof data2.fieldPath !== "string"){
const err3 = {instancePath:instancePath+"/secretRef/fieldPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/fieldPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.kind !== undefined){
if(typeof data2.kind !== "string"){
const err4 = {instancePath:instancePath+"/secretRef/kind",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err5 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.namespace !== undefined){
if(typeof data2.namespace !== "string"){
const err6 = {instancePath:instancePath+"/secretRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.resourceVersion !== undefined){
if(typeof data2.resourceVersion !== "string"){
const err7 = {instancePath:instancePath+"/secretRef/resourceVersion",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/resourceVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.uid !== undefined){
if(typeof data2.uid !== "string"){
const err8 = {instancePath:instancePath+"/secretRef/uid",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/uid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key0 in data2){
if(!(obj41.has(key0))){
const err9 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ObjectReference"}};
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
const err10 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.volumeName !== undefined){
if(typeof data.volumeName !== "string"){
const err11 = {instancePath:instancePath+"/volumeName",schemaPath:"#/properties/volumeName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.volumeNamespace !== undefined){
if(typeof data.volumeNamespace !== "string"){
const err12 = {instancePath:instancePath+"/volumeNamespace",schemaPath:"#/properties/volumeNamespace/type",keyword:"type",params:{type: "string"}};
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
if(!(((((key1 === "fsType") || (key1 === "readOnly")) || (key1 === "secretRef")) || (key1 === "volumeName")) || (key1 === "volumeNamespace"))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 StorageOSPersistentVolumeSource"}};
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
validate322.errors = vErrors;
return errors === 0;
}
function validate304(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accessModes !== undefined){
let data0 = data.accessModes;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err0 = {instancePath:instancePath+"/accessModes/" + i0,schemaPath:"#/properties/accessModes/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data1 === "ReadOnlyMany") || (data1 === "ReadWriteMany")) || (data1 === "ReadWriteOnce")) || (data1 === "ReadWriteOncePod"))){
const err1 = {instancePath:instancePath+"/accessModes/" + i0,schemaPath:"#/properties/accessModes/items/enum",keyword:"enum",params:{allowedValues: schema248.properties.accessModes.items.enum}};
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
const err2 = {instancePath:instancePath+"/accessModes",schemaPath:"#/properties/accessModes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.awsElasticBlockStore !== undefined){
let data2 = data.awsElasticBlockStore;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.volumeID === undefined){
const err3 = {instancePath:instancePath+"/awsElasticBlockStore",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/required",keyword:"required",params:{missingProperty: "volumeID"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.fsType !== undefined){
if(typeof data2.fsType !== "string"){
const err4 = {instancePath:instancePath+"/awsElasticBlockStore/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.partition !== undefined){
let data4 = data2.partition;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err5 = {instancePath:instancePath+"/awsElasticBlockStore/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/partition/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err6 = {instancePath:instancePath+"/awsElasticBlockStore/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/partition/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4 < -2147483648 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/awsElasticBlockStore/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/partition/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.readOnly !== undefined){
if(typeof data2.readOnly !== "boolean"){
const err8 = {instancePath:instancePath+"/awsElasticBlockStore/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.volumeID !== undefined){
if(typeof data2.volumeID !== "string"){
const err9 = {instancePath:instancePath+"/awsElasticBlockStore/volumeID",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/volumeID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data2){
if(!((((key0 === "fsType") || (key0 === "partition")) || (key0 === "readOnly")) || (key0 === "volumeID"))){
const err10 = {instancePath:instancePath+"/awsElasticBlockStore",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 AWSElasticBlockStoreVolumeSource"}};
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
const err11 = {instancePath:instancePath+"/awsElasticBlockStore",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.azureDisk !== undefined){
let data7 = data.azureDisk;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.diskName === undefined){
const err12 = {instancePath:instancePath+"/azureDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/required",keyword:"required",params:{missingProperty: "diskName"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7.diskURI === undefined){
const err13 = {instancePath:instancePath+"/azureDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/required",keyword:"required",params:{missingProperty: "diskURI"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7.cachingMode !== undefined){
let data8 = data7.cachingMode;
if(typeof data8 !== "string"){
const err14 = {instancePath:instancePath+"/azureDisk/cachingMode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/cachingMode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((data8 === "None") || (data8 === "ReadOnly")) || (data8 === "ReadWrite"))){
const err15 = {instancePath:instancePath+"/azureDisk/cachingMode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/cachingMode/enum",keyword:"enum",params:{allowedValues: schema96.properties.cachingMode.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.diskName !== undefined){
if(typeof data7.diskName !== "string"){
const err16 = {instancePath:instancePath+"/azureDisk/diskName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/diskName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.diskURI !== undefined){
if(typeof data7.diskURI !== "string"){
const err17 = {instancePath:instancePath+"/azureDisk/diskURI",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/diskURI/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.fsType !== undefined){
if(typeof data7.fsType !== "string"){
const err18 = {instancePath:instancePath+"/azureDisk/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.kind !== undefined){
let data12 = data7.kind;
if(typeof data12 !== "string"){
const err19 = {instancePath:instancePath+"/azureDisk/kind",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((data12 === "Dedicated") || (data12 === "Managed")) || (data12 === "Shared"))){
const err20 = {instancePath:instancePath+"/azureDisk/kind",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/kind/enum",keyword:"enum",params:{allowedValues: schema96.properties.kind.enum}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.readOnly !== undefined){
if(typeof data7.readOnly !== "boolean"){
const err21 = {instancePath:instancePath+"/azureDisk/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key1 in data7){
if(!(obj33.has(key1))){
const err22 = {instancePath:instancePath+"/azureDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 AzureDiskVolumeSource"}};
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
const err23 = {instancePath:instancePath+"/azureDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.azureFile !== undefined){
let data14 = data.azureFile;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.secretName === undefined){
const err24 = {instancePath:instancePath+"/azureFile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFilePersistentVolumeSource/required",keyword:"required",params:{missingProperty: "secretName"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data14.shareName === undefined){
const err25 = {instancePath:instancePath+"/azureFile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFilePersistentVolumeSource/required",keyword:"required",params:{missingProperty: "shareName"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data14.readOnly !== undefined){
if(typeof data14.readOnly !== "boolean"){
const err26 = {instancePath:instancePath+"/azureFile/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFilePersistentVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data14.secretName !== undefined){
if(typeof data14.secretName !== "string"){
const err27 = {instancePath:instancePath+"/azureFile/secretName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFilePersistentVolumeSource/properties/secretName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.secretNamespace !== undefined){
if(typeof data14.secretNamespace !== "string"){
const err28 = {instancePath:instancePath+"/azureFile/secretNamespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFilePersistentVolumeSource/properties/secretNamespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data14.shareName !== undefined){
if(typeof data14.shareName !== "string"){
const err29 = {instancePath:instancePath+"/azureFile/shareName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFilePersistentVolumeSource/properties/shareName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
for(const key2 in data14){
if(!((((key2 === "readOnly") || (key2 === "secretName")) || (key2 === "secretNamespace")) || (key2 === "shareName"))){
const err30 = {instancePath:instancePath+"/azureFile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFilePersistentVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 AzureFilePersistentVolumeSource"}};
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
const err31 = {instancePath:instancePath+"/azureFile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFilePersistentVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.capacity !== undefined){
let data19 = data.capacity;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key3 in data19){
let data20 = data19[key3];
if((typeof data20 !== "string") && (!((typeof data20 == "number") && (isFinite(data20))))){
const err32 = {instancePath:instancePath+"/capacity/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/capacity/additionalProperties/type",keyword:"type",params:{type: schema248.properties.capacity.additionalProperties.type}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(typeof data20 === "string"){
if(!pattern4.test(data20)){
const err33 = {instancePath:instancePath+"/capacity/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/capacity/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
}
else {
const err34 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.cephfs !== undefined){
if(!(validate305(data.cephfs, instancePath+"/cephfs"))){
vErrors = vErrors === null ? validate305.errors : vErrors.concat(validate305.errors);
errors = vErrors.length;
}
}
if(data.cinder !== undefined){
if(!(validate307(data.cinder, instancePath+"/cinder"))){
vErrors = vErrors === null ? validate307.errors : vErrors.concat(validate307.errors);
errors = vErrors.length;
}
}
if(data.claimRef !== undefined){
let data23 = data.claimRef;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.apiVersion !== undefined){
if(typeof data23.apiVersion !== "string"){
const err35 = {instancePath:instancePath+"/claimRef/apiVersion",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data23.fieldPath !== undefined){
if(typeof data23.fieldPath !== "string"){
const err36 = {instancePath:instancePath+"/claimRef/fieldPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/fieldPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data23.kind !== undefined){
if(typeof data23.kind !== "string"){
const err37 = {instancePath:instancePath+"/claimRef/kind",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data23.name !== undefined){
if(typeof data23.name !== "string"){
const err38 = {instancePath:instancePath+"/claimRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data23.namespace !== undefined){
if(typeof data23.namespace !== "string"){
const err39 = {instancePath:instancePath+"/claimRef/namespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data23.resourceVersion !== undefined){
if(typeof data23.resourceVersion !== "string"){
const err40 = {instancePath:instancePath+"/claimRef/resourceVersion",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/resourceVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data23.uid !== undefined){
if(typeof data23.uid !== "string"){
const err41 = {instancePath:instancePath+"/claimRef/uid",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/properties/uid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
for(const key4 in data23){
if(!(obj35.has(key4))){
const err42 = {instancePath:instancePath+"/claimRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Kubernetes 1.28 ObjectReference"}};
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
const err43 = {instancePath:instancePath+"/claimRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.csi !== undefined){
if(!(validate309(data.csi, instancePath+"/csi"))){
vErrors = vErrors === null ? validate309.errors : vErrors.concat(validate309.errors);
errors = vErrors.length;
}
}
if(data.fc !== undefined){
let data32 = data.fc;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.fsType !== undefined){
if(typeof data32.fsType !== "string"){
const err44 = {instancePath:instancePath+"/fc/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data32.lun !== undefined){
let data34 = data32.lun;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err45 = {instancePath:instancePath+"/fc/lun",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/lun/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 2147483647 || isNaN(data34)){
const err46 = {instancePath:instancePath+"/fc/lun",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/lun/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data34 < -2147483648 || isNaN(data34)){
const err47 = {instancePath:instancePath+"/fc/lun",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/lun/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data32.readOnly !== undefined){
if(typeof data32.readOnly !== "boolean"){
const err48 = {instancePath:instancePath+"/fc/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data32.targetWWNs !== undefined){
let data36 = data32.targetWWNs;
if(Array.isArray(data36)){
const len1 = data36.length;
for(let i1=0; i1<len1; i1++){
if(typeof data36[i1] !== "string"){
const err49 = {instancePath:instancePath+"/fc/targetWWNs/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/targetWWNs/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/fc/targetWWNs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/targetWWNs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data32.wwids !== undefined){
let data38 = data32.wwids;
if(Array.isArray(data38)){
const len2 = data38.length;
for(let i2=0; i2<len2; i2++){
if(typeof data38[i2] !== "string"){
const err51 = {instancePath:instancePath+"/fc/wwids/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/wwids/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/fc/wwids",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/wwids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
for(const key5 in data32){
if(!(((((key5 === "fsType") || (key5 === "lun")) || (key5 === "readOnly")) || (key5 === "targetWWNs")) || (key5 === "wwids"))){
const err53 = {instancePath:instancePath+"/fc",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key5, type: "Kubernetes 1.28 FCVolumeSource"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/fc",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.flexVolume !== undefined){
if(!(validate311(data.flexVolume, instancePath+"/flexVolume"))){
vErrors = vErrors === null ? validate311.errors : vErrors.concat(validate311.errors);
errors = vErrors.length;
}
}
if(data.flocker !== undefined){
let data41 = data.flocker;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.datasetName !== undefined){
if(typeof data41.datasetName !== "string"){
const err55 = {instancePath:instancePath+"/flocker/datasetName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FlockerVolumeSource/properties/datasetName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data41.datasetUUID !== undefined){
if(typeof data41.datasetUUID !== "string"){
const err56 = {instancePath:instancePath+"/flocker/datasetUUID",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FlockerVolumeSource/properties/datasetUUID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
for(const key6 in data41){
if(!((key6 === "datasetName") || (key6 === "datasetUUID"))){
const err57 = {instancePath:instancePath+"/flocker",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FlockerVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key6, type: "Kubernetes 1.28 FlockerVolumeSource"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/flocker",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FlockerVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.gcePersistentDisk !== undefined){
let data44 = data.gcePersistentDisk;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.pdName === undefined){
const err59 = {instancePath:instancePath+"/gcePersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/required",keyword:"required",params:{missingProperty: "pdName"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data44.fsType !== undefined){
if(typeof data44.fsType !== "string"){
const err60 = {instancePath:instancePath+"/gcePersistentDisk/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data44.partition !== undefined){
let data46 = data44.partition;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err61 = {instancePath:instancePath+"/gcePersistentDisk/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/partition/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 2147483647 || isNaN(data46)){
const err62 = {instancePath:instancePath+"/gcePersistentDisk/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/partition/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data46 < -2147483648 || isNaN(data46)){
const err63 = {instancePath:instancePath+"/gcePersistentDisk/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/partition/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data44.pdName !== undefined){
if(typeof data44.pdName !== "string"){
const err64 = {instancePath:instancePath+"/gcePersistentDisk/pdName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/pdName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data44.readOnly !== undefined){
if(typeof data44.readOnly !== "boolean"){
const err65 = {instancePath:instancePath+"/gcePersistentDisk/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
for(const key7 in data44){
if(!((((key7 === "fsType") || (key7 === "partition")) || (key7 === "pdName")) || (key7 === "readOnly"))){
const err66 = {instancePath:instancePath+"/gcePersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key7, type: "Kubernetes 1.28 GCEPersistentDiskVolumeSource"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/gcePersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.glusterfs !== undefined){
let data49 = data.glusterfs;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.endpoints === undefined){
const err68 = {instancePath:instancePath+"/glusterfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsPersistentVolumeSource/required",keyword:"required",params:{missingProperty: "endpoints"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data49.path === undefined){
const err69 = {instancePath:instancePath+"/glusterfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsPersistentVolumeSource/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data49.endpoints !== undefined){
if(typeof data49.endpoints !== "string"){
const err70 = {instancePath:instancePath+"/glusterfs/endpoints",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsPersistentVolumeSource/properties/endpoints/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data49.endpointsNamespace !== undefined){
if(typeof data49.endpointsNamespace !== "string"){
const err71 = {instancePath:instancePath+"/glusterfs/endpointsNamespace",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsPersistentVolumeSource/properties/endpointsNamespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data49.path !== undefined){
if(typeof data49.path !== "string"){
const err72 = {instancePath:instancePath+"/glusterfs/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsPersistentVolumeSource/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data49.readOnly !== undefined){
if(typeof data49.readOnly !== "boolean"){
const err73 = {instancePath:instancePath+"/glusterfs/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsPersistentVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
for(const key8 in data49){
if(!((((key8 === "endpoints") || (key8 === "endpointsNamespace")) || (key8 === "path")) || (key8 === "readOnly"))){
const err74 = {instancePath:instancePath+"/glusterfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsPersistentVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key8, type: "Kubernetes 1.28 GlusterfsPersistentVolumeSource"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/glusterfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsPersistentVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.hostPath !== undefined){
let data54 = data.hostPath;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.path === undefined){
const err76 = {instancePath:instancePath+"/hostPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data54.path !== undefined){
if(typeof data54.path !== "string"){
const err77 = {instancePath:instancePath+"/hostPath/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data54.type !== undefined){
let data56 = data54.type;
if(typeof data56 !== "string"){
const err78 = {instancePath:instancePath+"/hostPath/type",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(!((((((((data56 === "") || (data56 === "BlockDevice")) || (data56 === "CharDevice")) || (data56 === "Directory")) || (data56 === "DirectoryOrCreate")) || (data56 === "File")) || (data56 === "FileOrCreate")) || (data56 === "Socket"))){
const err79 = {instancePath:instancePath+"/hostPath/type",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/properties/type/enum",keyword:"enum",params:{allowedValues: schema123.properties.type.enum}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
for(const key9 in data54){
if(!((key9 === "path") || (key9 === "type"))){
const err80 = {instancePath:instancePath+"/hostPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key9, type: "Kubernetes 1.28 HostPathVolumeSource"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/hostPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.iscsi !== undefined){
if(!(validate313(data.iscsi, instancePath+"/iscsi"))){
vErrors = vErrors === null ? validate313.errors : vErrors.concat(validate313.errors);
errors = vErrors.length;
}
}
if(data.local !== undefined){
let data58 = data.local;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.path === undefined){
const err82 = {instancePath:instancePath+"/local",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalVolumeSource/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data58.fsType !== undefined){
if(typeof data58.fsType !== "string"){
const err83 = {instancePath:instancePath+"/local/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data58.path !== undefined){
if(typeof data58.path !== "string"){
const err84 = {instancePath:instancePath+"/local/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalVolumeSource/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
for(const key10 in data58){
if(!((key10 === "fsType") || (key10 === "path"))){
const err85 = {instancePath:instancePath+"/local",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key10, type: "Kubernetes 1.28 LocalVolumeSource"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/local",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.mountOptions !== undefined){
let data61 = data.mountOptions;
if(Array.isArray(data61)){
const len3 = data61.length;
for(let i3=0; i3<len3; i3++){
if(typeof data61[i3] !== "string"){
const err87 = {instancePath:instancePath+"/mountOptions/" + i3,schemaPath:"#/properties/mountOptions/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/mountOptions",schemaPath:"#/properties/mountOptions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.nfs !== undefined){
let data63 = data.nfs;
if(data63 && typeof data63 == "object" && !Array.isArray(data63)){
if(data63.path === undefined){
const err89 = {instancePath:instancePath+"/nfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data63.server === undefined){
const err90 = {instancePath:instancePath+"/nfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/required",keyword:"required",params:{missingProperty: "server"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data63.path !== undefined){
if(typeof data63.path !== "string"){
const err91 = {instancePath:instancePath+"/nfs/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data63.readOnly !== undefined){
if(typeof data63.readOnly !== "boolean"){
const err92 = {instancePath:instancePath+"/nfs/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data63.server !== undefined){
if(typeof data63.server !== "string"){
const err93 = {instancePath:instancePath+"/nfs/server",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/properties/server/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
for(const key11 in data63){
if(!(((key11 === "path") || (key11 === "readOnly")) || (key11 === "server"))){
const err94 = {instancePath:instancePath+"/nfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key11, type: "Kubernetes 1.28 NFSVolumeSource"}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/nfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.nodeAffinity !== undefined){
if(!(validate315(data.nodeAffinity, instancePath+"/nodeAffinity"))){
vErrors = vErrors === null ? validate315.errors : vErrors.concat(validate315.errors);
errors = vErrors.length;
}
}
if(data.persistentVolumeReclaimPolicy !== undefined){
let data68 = data.persistentVolumeReclaimPolicy;
if(typeof data68 !== "string"){
const err96 = {instancePath:instancePath+"/persistentVolumeReclaimPolicy",schemaPath:"#/properties/persistentVolumeReclaimPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(!(((data68 === "Delete") || (data68 === "Recycle")) || (data68 === "Retain"))){
const err97 = {instancePath:instancePath+"/persistentVolumeReclaimPolicy",schemaPath:"#/properties/persistentVolumeReclaimPolicy/enum",keyword:"enum",params:{allowedValues: schema248.properties.persistentVolumeReclaimPolicy.enum}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.photonPersistentDisk !== undefined){
let data69 = data.photonPersistentDisk;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
if(data69.pdID === undefined){
const err98 = {instancePath:instancePath+"/photonPersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource/required",keyword:"required",params:{missingProperty: "pdID"}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data69.fsType !== undefined){
if(typeof data69.fsType !== "string"){
const err99 = {instancePath:instancePath+"/photonPersistentDisk/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data69.pdID !== undefined){
if(typeof data69.pdID !== "string"){
const err100 = {instancePath:instancePath+"/photonPersistentDisk/pdID",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource/properties/pdID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
for(const key12 in data69){
if(!((key12 === "fsType") || (key12 === "pdID"))){
const err101 = {instancePath:instancePath+"/photonPersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key12, type: "Kubernetes 1.28 PhotonPersistentDiskVolumeSource"}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/photonPersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.portworxVolume !== undefined){
let data72 = data.portworxVolume;
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.volumeID === undefined){
const err103 = {instancePath:instancePath+"/portworxVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/required",keyword:"required",params:{missingProperty: "volumeID"}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data72.fsType !== undefined){
if(typeof data72.fsType !== "string"){
const err104 = {instancePath:instancePath+"/portworxVolume/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data72.readOnly !== undefined){
if(typeof data72.readOnly !== "boolean"){
const err105 = {instancePath:instancePath+"/portworxVolume/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data72.volumeID !== undefined){
if(typeof data72.volumeID !== "string"){
const err106 = {instancePath:instancePath+"/portworxVolume/volumeID",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/properties/volumeID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
for(const key13 in data72){
if(!(((key13 === "fsType") || (key13 === "readOnly")) || (key13 === "volumeID"))){
const err107 = {instancePath:instancePath+"/portworxVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key13, type: "Kubernetes 1.28 PortworxVolumeSource"}};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/portworxVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.quobyte !== undefined){
let data76 = data.quobyte;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.registry === undefined){
const err109 = {instancePath:instancePath+"/quobyte",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/required",keyword:"required",params:{missingProperty: "registry"}};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data76.volume === undefined){
const err110 = {instancePath:instancePath+"/quobyte",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/required",keyword:"required",params:{missingProperty: "volume"}};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data76.group !== undefined){
if(typeof data76.group !== "string"){
const err111 = {instancePath:instancePath+"/quobyte/group",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data76.readOnly !== undefined){
if(typeof data76.readOnly !== "boolean"){
const err112 = {instancePath:instancePath+"/quobyte/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data76.registry !== undefined){
if(typeof data76.registry !== "string"){
const err113 = {instancePath:instancePath+"/quobyte/registry",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/registry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data76.tenant !== undefined){
if(typeof data76.tenant !== "string"){
const err114 = {instancePath:instancePath+"/quobyte/tenant",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/tenant/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data76.user !== undefined){
if(typeof data76.user !== "string"){
const err115 = {instancePath:instancePath+"/quobyte/user",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/user/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data76.volume !== undefined){
if(typeof data76.volume !== "string"){
const err116 = {instancePath:instancePath+"/quobyte/volume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/volume/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
for(const key14 in data76){
if(!(obj38.has(key14))){
const err117 = {instancePath:instancePath+"/quobyte",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key14, type: "Kubernetes 1.28 QuobyteVolumeSource"}};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/quobyte",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.rbd !== undefined){
if(!(validate318(data.rbd, instancePath+"/rbd"))){
vErrors = vErrors === null ? validate318.errors : vErrors.concat(validate318.errors);
errors = vErrors.length;
}
}
if(data.scaleIO !== undefined){
if(!(validate320(data.scaleIO, instancePath+"/scaleIO"))){
vErrors = vErrors === null ? validate320.errors : vErrors.concat(validate320.errors);
errors = vErrors.length;
}
}
if(data.storageClassName !== undefined){
if(typeof data.storageClassName !== "string"){
const err119 = {instancePath:instancePath+"/storageClassName",schemaPath:"#/properties/storageClassName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.storageos !== undefined){
if(!(validate322(data.storageos, instancePath+"/storageos"))){
vErrors = vErrors === null ? validate322.errors : vErrors.concat(validate322.errors);
errors = vErrors.length;
}
}
if(data.volumeMode !== undefined){
let data87 = data.volumeMode;
if(typeof data87 !== "string"){
const err120 = {instancePath:instancePath+"/volumeMode",schemaPath:"#/properties/volumeMode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(!((data87 === "Block") || (data87 === "Filesystem"))){
const err121 = {instancePath:instancePath+"/volumeMode",schemaPath:"#/properties/volumeMode/enum",keyword:"enum",params:{allowedValues: schema248.properties.volumeMode.enum}};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data.vsphereVolume !== undefined){
let data88 = data.vsphereVolume;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.volumePath === undefined){
const err122 = {instancePath:instancePath+"/vsphereVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/required",keyword:"required",params:{missingProperty: "volumePath"}};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data88.fsType !== undefined){
if(typeof data88.fsType !== "string"){
const err123 = {instancePath:instancePath+"/vsphereVolume/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data88.storagePolicyID !== undefined){
if(typeof data88.storagePolicyID !== "string"){
const err124 = {instancePath:instancePath+"/vsphereVolume/storagePolicyID",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/properties/storagePolicyID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data88.storagePolicyName !== undefined){
if(typeof data88.storagePolicyName !== "string"){
const err125 = {instancePath:instancePath+"/vsphereVolume/storagePolicyName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/properties/storagePolicyName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data88.volumePath !== undefined){
if(typeof data88.volumePath !== "string"){
const err126 = {instancePath:instancePath+"/vsphereVolume/volumePath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/properties/volumePath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
for(const key15 in data88){
if(!((((key15 === "fsType") || (key15 === "storagePolicyID")) || (key15 === "storagePolicyName")) || (key15 === "volumePath"))){
const err127 = {instancePath:instancePath+"/vsphereVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key15, type: "Kubernetes 1.28 VsphereVirtualDiskVolumeSource"}};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/vsphereVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
for(const key16 in data){
if(!(obj42.has(key16))){
const err129 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key16, type: "Kubernetes 1.28 PersistentVolumeSpec"}};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
validate304.errors = vErrors;
return errors === 0;
}
function validate302(data, instancePath=""){
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
if("PersistentVolume" !== data1){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "PersistentVolume"}};
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
if(!(validate304(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate304.errors : vErrors.concat(validate304.errors);
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
const err5 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 PersistentVolume"}};
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
validate302.errors = vErrors;
return errors === 0;
}
module.exports = {validate302};
