/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of monitoring.coreos.com/v1/ServiceMonitor alone.
"use strict";
const {pattern70} = require("./_shared-2e71f67be29d.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const {func2} = require("./_shared-f9456b1130e2.js");
const schema454 = {"type":"object","properties":{"authorization":{"$ref":"k8s#/definitions/crd-type prometheus-operator SafeAuthorization"},"basicAuth":{"$ref":"k8s#/definitions/crd-type prometheus-operator BasicAuth"},"bearerTokenFile":{"type":"string"},"bearerTokenSecret":{"$ref":"k8s#/definitions/crd-type prometheus-operator SecretKeySelector"},"enableHttp2":{"type":"boolean"},"filterRunning":{"type":"boolean"},"followRedirects":{"type":"boolean"},"honorLabels":{"type":"boolean"},"honorTimestamps":{"type":"boolean"},"interval":{"type":"string","pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},"metricRelabelings":{"type":"array","items":{"$ref":"k8s#/definitions/crd-type prometheus-operator RelabelConfig"}},"oauth2":{"$ref":"k8s#/definitions/crd-type prometheus-operator OAuth2"},"params":{"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}},"path":{"type":"string"},"port":{"type":"string"},"proxyUrl":{"type":"string"},"relabelings":{"type":"array","items":{"$ref":"k8s#/definitions/crd-type prometheus-operator RelabelConfig"}},"scheme":{"type":"string","enum":["http","https"]},"scrapeTimeout":{"type":"string","pattern":"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"},"targetPort":{"type":["integer","string"],"minimum":-2147483648,"maximum":2147483647},"tlsConfig":{"$ref":"k8s#/definitions/crd-type prometheus-operator TLSConfig"}},"k8sClosed":"prometheus-operator Endpoint"};
const schema461 = {"type":"object","properties":{"action":{"type":"string","enum":["replace","Replace","keep","Keep","drop","Drop","hashmod","HashMod","labelmap","LabelMap","labeldrop","LabelDrop","labelkeep","LabelKeep","lowercase","Lowercase","uppercase","Uppercase","keepequal","KeepEqual","dropequal","DropEqual"]},"modulus":{"type":"integer"},"regex":{"type":"string"},"replacement":{"type":"string"},"separator":{"type":"string"},"sourceLabels":{"type":"array","items":{"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$"}},"targetLabel":{"type":"string"}},"k8sClosed":"prometheus-operator RelabelConfig"};
function validate502(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.credentials !== undefined){
let data0 = data.credentials;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.key === undefined){
const err0 = {instancePath:instancePath+"/credentials",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.key !== undefined){
if(typeof data0.key !== "string"){
const err1 = {instancePath:instancePath+"/credentials/key",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err2 = {instancePath:instancePath+"/credentials/name",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.optional !== undefined){
if(typeof data0.optional !== "boolean"){
const err3 = {instancePath:instancePath+"/credentials/optional",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/optional/type",keyword:"type",params:{type: "boolean"}};
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
if(!(((key0 === "key") || (key0 === "name")) || (key0 === "optional"))){
const err4 = {instancePath:instancePath+"/credentials",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "prometheus-operator SecretKeySelector"}};
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
const err5 = {instancePath:instancePath+"/credentials",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"}};
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
if(!((key1 === "credentials") || (key1 === "type"))){
const err7 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "prometheus-operator SafeAuthorization"}};
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
validate502.errors = vErrors;
return errors === 0;
}
function validate504(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.password !== undefined){
let data0 = data.password;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.key === undefined){
const err0 = {instancePath:instancePath+"/password",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.key !== undefined){
if(typeof data0.key !== "string"){
const err1 = {instancePath:instancePath+"/password/key",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err2 = {instancePath:instancePath+"/password/name",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.optional !== undefined){
if(typeof data0.optional !== "boolean"){
const err3 = {instancePath:instancePath+"/password/optional",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/optional/type",keyword:"type",params:{type: "boolean"}};
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
if(!(((key0 === "key") || (key0 === "name")) || (key0 === "optional"))){
const err4 = {instancePath:instancePath+"/password",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "prometheus-operator SecretKeySelector"}};
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
const err5 = {instancePath:instancePath+"/password",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.username !== undefined){
let data4 = data.username;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.key === undefined){
const err6 = {instancePath:instancePath+"/username",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4.key !== undefined){
if(typeof data4.key !== "string"){
const err7 = {instancePath:instancePath+"/username/key",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err8 = {instancePath:instancePath+"/username/name",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.optional !== undefined){
if(typeof data4.optional !== "boolean"){
const err9 = {instancePath:instancePath+"/username/optional",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key1 in data4){
if(!(((key1 === "key") || (key1 === "name")) || (key1 === "optional"))){
const err10 = {instancePath:instancePath+"/username",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "prometheus-operator SecretKeySelector"}};
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
const err11 = {instancePath:instancePath+"/username",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data){
if(!((key2 === "password") || (key2 === "username"))){
const err12 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "prometheus-operator BasicAuth"}};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate504.errors = vErrors;
return errors === 0;
}
function validate507(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.configMap !== undefined){
let data0 = data.configMap;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.key === undefined){
const err0 = {instancePath:instancePath+"/configMap",schemaPath:"k8s#/definitions/crd-type prometheus-operator ConfigMapKeySelector/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.key !== undefined){
if(typeof data0.key !== "string"){
const err1 = {instancePath:instancePath+"/configMap/key",schemaPath:"k8s#/definitions/crd-type prometheus-operator ConfigMapKeySelector/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err2 = {instancePath:instancePath+"/configMap/name",schemaPath:"k8s#/definitions/crd-type prometheus-operator ConfigMapKeySelector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.optional !== undefined){
if(typeof data0.optional !== "boolean"){
const err3 = {instancePath:instancePath+"/configMap/optional",schemaPath:"k8s#/definitions/crd-type prometheus-operator ConfigMapKeySelector/properties/optional/type",keyword:"type",params:{type: "boolean"}};
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
if(!(((key0 === "key") || (key0 === "name")) || (key0 === "optional"))){
const err4 = {instancePath:instancePath+"/configMap",schemaPath:"k8s#/definitions/crd-type prometheus-operator ConfigMapKeySelector/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "prometheus-operator ConfigMapKeySelector"}};
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
const err5 = {instancePath:instancePath+"/configMap",schemaPath:"k8s#/definitions/crd-type prometheus-operator ConfigMapKeySelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.secret !== undefined){
let data4 = data.secret;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.key === undefined){
const err6 = {instancePath:instancePath+"/secret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4.key !== undefined){
if(typeof data4.key !== "string"){
const err7 = {instancePath:instancePath+"/secret/key",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err8 = {instancePath:instancePath+"/secret/name",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.optional !== undefined){
if(typeof data4.optional !== "boolean"){
const err9 = {instancePath:instancePath+"/secret/optional",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key1 in data4){
if(!(((key1 === "key") || (key1 === "name")) || (key1 === "optional"))){
const err10 = {instancePath:instancePath+"/secret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "prometheus-operator SecretKeySelector"}};
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
const err11 = {instancePath:instancePath+"/secret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key2 in data){
if(!((key2 === "configMap") || (key2 === "secret"))){
const err12 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "prometheus-operator SecretOrConfigMap"}};
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
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate507.errors = vErrors;
return errors === 0;
}
function validate506(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.clientId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientId"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.clientSecret === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clientSecret"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tokenUrl === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokenUrl"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.clientId !== undefined){
if(!(validate507(data.clientId, instancePath+"/clientId"))){
vErrors = vErrors === null ? validate507.errors : vErrors.concat(validate507.errors);
errors = vErrors.length;
}
}
if(data.clientSecret !== undefined){
let data1 = data.clientSecret;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.key === undefined){
const err3 = {instancePath:instancePath+"/clientSecret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.key !== undefined){
if(typeof data1.key !== "string"){
const err4 = {instancePath:instancePath+"/clientSecret/key",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.name !== undefined){
if(typeof data1.name !== "string"){
const err5 = {instancePath:instancePath+"/clientSecret/name",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.optional !== undefined){
if(typeof data1.optional !== "boolean"){
const err6 = {instancePath:instancePath+"/clientSecret/optional",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key0 in data1){
if(!(((key0 === "key") || (key0 === "name")) || (key0 === "optional"))){
const err7 = {instancePath:instancePath+"/clientSecret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "prometheus-operator SecretKeySelector"}};
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
const err8 = {instancePath:instancePath+"/clientSecret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.endpointParams !== undefined){
let data5 = data.endpointParams;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(typeof data5[key1] !== "string"){
const err9 = {instancePath:instancePath+"/endpointParams/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/endpointParams/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/endpointParams",schemaPath:"#/properties/endpointParams/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.scopes !== undefined){
let data7 = data.scopes;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err11 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.tokenUrl !== undefined){
let data9 = data.tokenUrl;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err13 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key2 in data){
if(!(((((key2 === "clientId") || (key2 === "clientSecret")) || (key2 === "endpointParams")) || (key2 === "scopes")) || (key2 === "tokenUrl"))){
const err15 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "prometheus-operator OAuth2"}};
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
validate506.errors = vErrors;
return errors === 0;
}
const obj80 = new Set(["ca","caFile","cert","certFile","insecureSkipVerify","keyFile","keySecret","serverName"]);
function validate510(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ca !== undefined){
if(!(validate507(data.ca, instancePath+"/ca"))){
vErrors = vErrors === null ? validate507.errors : vErrors.concat(validate507.errors);
errors = vErrors.length;
}
}
if(data.caFile !== undefined){
if(typeof data.caFile !== "string"){
const err0 = {instancePath:instancePath+"/caFile",schemaPath:"#/properties/caFile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.cert !== undefined){
if(!(validate507(data.cert, instancePath+"/cert"))){
vErrors = vErrors === null ? validate507.errors : vErrors.concat(validate507.errors);
errors = vErrors.length;
}
}
if(data.certFile !== undefined){
if(typeof data.certFile !== "string"){
const err1 = {instancePath:instancePath+"/certFile",schemaPath:"#/properties/certFile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.insecureSkipVerify !== undefined){
if(typeof data.insecureSkipVerify !== "boolean"){
const err2 = {instancePath:instancePath+"/insecureSkipVerify",schemaPath:"#/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.keyFile !== undefined){
if(typeof data.keyFile !== "string"){
const err3 = {instancePath:instancePath+"/keyFile",schemaPath:"#/properties/keyFile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.keySecret !== undefined){
let data6 = data.keySecret;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.key === undefined){
const err4 = {instancePath:instancePath+"/keySecret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data6.key !== undefined){
if(typeof data6.key !== "string"){
const err5 = {instancePath:instancePath+"/keySecret/key",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data6.name !== undefined){
if(typeof data6.name !== "string"){
const err6 = {instancePath:instancePath+"/keySecret/name",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data6.optional !== undefined){
if(typeof data6.optional !== "boolean"){
const err7 = {instancePath:instancePath+"/keySecret/optional",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key0 in data6){
if(!(((key0 === "key") || (key0 === "name")) || (key0 === "optional"))){
const err8 = {instancePath:instancePath+"/keySecret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "prometheus-operator SecretKeySelector"}};
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
const err9 = {instancePath:instancePath+"/keySecret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.serverName !== undefined){
if(typeof data.serverName !== "string"){
const err10 = {instancePath:instancePath+"/serverName",schemaPath:"#/properties/serverName/type",keyword:"type",params:{type: "string"}};
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
if(!(obj80.has(key1))){
const err11 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "prometheus-operator TLSConfig"}};
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
validate510.errors = vErrors;
return errors === 0;
}
const pattern74 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$", "u");
const obj78 = new Set(["action","modulus","regex","replacement","separator","sourceLabels","targetLabel"]);
const obj79 = new Set(["action","modulus","regex","replacement","separator","sourceLabels","targetLabel"]);
const obj81 = new Set(["authorization","basicAuth","bearerTokenFile","bearerTokenSecret","enableHttp2","filterRunning","followRedirects","honorLabels","honorTimestamps","interval","metricRelabelings","oauth2","params","path","port","proxyUrl","relabelings","scheme","scrapeTimeout","targetPort","tlsConfig"]);
function validate501(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authorization !== undefined){
if(!(validate502(data.authorization, instancePath+"/authorization"))){
vErrors = vErrors === null ? validate502.errors : vErrors.concat(validate502.errors);
errors = vErrors.length;
}
}
if(data.basicAuth !== undefined){
if(!(validate504(data.basicAuth, instancePath+"/basicAuth"))){
vErrors = vErrors === null ? validate504.errors : vErrors.concat(validate504.errors);
errors = vErrors.length;
}
}
if(data.bearerTokenFile !== undefined){
if(typeof data.bearerTokenFile !== "string"){
const err0 = {instancePath:instancePath+"/bearerTokenFile",schemaPath:"#/properties/bearerTokenFile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.bearerTokenSecret !== undefined){
let data3 = data.bearerTokenSecret;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.key === undefined){
const err1 = {instancePath:instancePath+"/bearerTokenSecret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data3.key !== undefined){
if(typeof data3.key !== "string"){
const err2 = {instancePath:instancePath+"/bearerTokenSecret/key",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data3.name !== undefined){
if(typeof data3.name !== "string"){
const err3 = {instancePath:instancePath+"/bearerTokenSecret/name",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data3.optional !== undefined){
if(typeof data3.optional !== "boolean"){
const err4 = {instancePath:instancePath+"/bearerTokenSecret/optional",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key0 in data3){
if(!(((key0 === "key") || (key0 === "name")) || (key0 === "optional"))){
const err5 = {instancePath:instancePath+"/bearerTokenSecret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "prometheus-operator SecretKeySelector"}};
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
const err6 = {instancePath:instancePath+"/bearerTokenSecret",schemaPath:"k8s#/definitions/crd-type prometheus-operator SecretKeySelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.enableHttp2 !== undefined){
if(typeof data.enableHttp2 !== "boolean"){
const err7 = {instancePath:instancePath+"/enableHttp2",schemaPath:"#/properties/enableHttp2/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.filterRunning !== undefined){
if(typeof data.filterRunning !== "boolean"){
const err8 = {instancePath:instancePath+"/filterRunning",schemaPath:"#/properties/filterRunning/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.followRedirects !== undefined){
if(typeof data.followRedirects !== "boolean"){
const err9 = {instancePath:instancePath+"/followRedirects",schemaPath:"#/properties/followRedirects/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.honorLabels !== undefined){
if(typeof data.honorLabels !== "boolean"){
const err10 = {instancePath:instancePath+"/honorLabels",schemaPath:"#/properties/honorLabels/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.honorTimestamps !== undefined){
if(typeof data.honorTimestamps !== "boolean"){
const err11 = {instancePath:instancePath+"/honorTimestamps",schemaPath:"#/properties/honorTimestamps/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.interval !== undefined){
let data12 = data.interval;
if(typeof data12 === "string"){
if(!pattern70.test(data12)){
const err12 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.metricRelabelings !== undefined){
let data13 = data.metricRelabelings;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.action !== undefined){
let data15 = data14.action;
if(typeof data15 !== "string"){
const err14 = {instancePath:instancePath+"/metricRelabelings/" + i0+"/action",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/action/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((((((((((((((((((((((data15 === "replace") || (data15 === "Replace")) || (data15 === "keep")) || (data15 === "Keep")) || (data15 === "drop")) || (data15 === "Drop")) || (data15 === "hashmod")) || (data15 === "HashMod")) || (data15 === "labelmap")) || (data15 === "LabelMap")) || (data15 === "labeldrop")) || (data15 === "LabelDrop")) || (data15 === "labelkeep")) || (data15 === "LabelKeep")) || (data15 === "lowercase")) || (data15 === "Lowercase")) || (data15 === "uppercase")) || (data15 === "Uppercase")) || (data15 === "keepequal")) || (data15 === "KeepEqual")) || (data15 === "dropequal")) || (data15 === "DropEqual"))){
const err15 = {instancePath:instancePath+"/metricRelabelings/" + i0+"/action",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/action/enum",keyword:"enum",params:{allowedValues: schema461.properties.action.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data14.modulus !== undefined){
let data16 = data14.modulus;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err16 = {instancePath:instancePath+"/metricRelabelings/" + i0+"/modulus",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/modulus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data14.regex !== undefined){
if(typeof data14.regex !== "string"){
const err17 = {instancePath:instancePath+"/metricRelabelings/" + i0+"/regex",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/regex/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data14.replacement !== undefined){
if(typeof data14.replacement !== "string"){
const err18 = {instancePath:instancePath+"/metricRelabelings/" + i0+"/replacement",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/replacement/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data14.separator !== undefined){
if(typeof data14.separator !== "string"){
const err19 = {instancePath:instancePath+"/metricRelabelings/" + i0+"/separator",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/separator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data14.sourceLabels !== undefined){
let data20 = data14.sourceLabels;
if(Array.isArray(data20)){
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
if(typeof data21 === "string"){
if(!pattern74.test(data21)){
const err20 = {instancePath:instancePath+"/metricRelabelings/" + i0+"/sourceLabels/" + i1,schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/sourceLabels/items/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/metricRelabelings/" + i0+"/sourceLabels/" + i1,schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/sourceLabels/items/type",keyword:"type",params:{type: "string"}};
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
const err22 = {instancePath:instancePath+"/metricRelabelings/" + i0+"/sourceLabels",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/sourceLabels/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data14.targetLabel !== undefined){
if(typeof data14.targetLabel !== "string"){
const err23 = {instancePath:instancePath+"/metricRelabelings/" + i0+"/targetLabel",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/targetLabel/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key1 in data14){
if(!(obj78.has(key1))){
const err24 = {instancePath:instancePath+"/metricRelabelings/" + i0,schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "prometheus-operator RelabelConfig"}};
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
const err25 = {instancePath:instancePath+"/metricRelabelings/" + i0,schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/type",keyword:"type",params:{type: "object"}};
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
const err26 = {instancePath:instancePath+"/metricRelabelings",schemaPath:"#/properties/metricRelabelings/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.oauth2 !== undefined){
if(!(validate506(data.oauth2, instancePath+"/oauth2"))){
vErrors = vErrors === null ? validate506.errors : vErrors.concat(validate506.errors);
errors = vErrors.length;
}
}
if(data.params !== undefined){
let data24 = data.params;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key2 in data24){
let data25 = data24[key2];
if(Array.isArray(data25)){
const len2 = data25.length;
for(let i2=0; i2<len2; i2++){
if(typeof data25[i2] !== "string"){
const err27 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i2,schemaPath:"#/properties/params/additionalProperties/items/type",keyword:"type",params:{type: "string"}};
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
const err28 = {instancePath:instancePath+"/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/params/additionalProperties/type",keyword:"type",params:{type: "array"}};
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
const err29 = {instancePath:instancePath+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err30 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.port !== undefined){
if(typeof data.port !== "string"){
const err31 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.proxyUrl !== undefined){
if(typeof data.proxyUrl !== "string"){
const err32 = {instancePath:instancePath+"/proxyUrl",schemaPath:"#/properties/proxyUrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.relabelings !== undefined){
let data30 = data.relabelings;
if(Array.isArray(data30)){
const len3 = data30.length;
for(let i3=0; i3<len3; i3++){
let data31 = data30[i3];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.action !== undefined){
let data32 = data31.action;
if(typeof data32 !== "string"){
const err33 = {instancePath:instancePath+"/relabelings/" + i3+"/action",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/action/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!((((((((((((((((((((((data32 === "replace") || (data32 === "Replace")) || (data32 === "keep")) || (data32 === "Keep")) || (data32 === "drop")) || (data32 === "Drop")) || (data32 === "hashmod")) || (data32 === "HashMod")) || (data32 === "labelmap")) || (data32 === "LabelMap")) || (data32 === "labeldrop")) || (data32 === "LabelDrop")) || (data32 === "labelkeep")) || (data32 === "LabelKeep")) || (data32 === "lowercase")) || (data32 === "Lowercase")) || (data32 === "uppercase")) || (data32 === "Uppercase")) || (data32 === "keepequal")) || (data32 === "KeepEqual")) || (data32 === "dropequal")) || (data32 === "DropEqual"))){
const err34 = {instancePath:instancePath+"/relabelings/" + i3+"/action",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/action/enum",keyword:"enum",params:{allowedValues: schema461.properties.action.enum}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data31.modulus !== undefined){
let data33 = data31.modulus;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err35 = {instancePath:instancePath+"/relabelings/" + i3+"/modulus",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/modulus/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data31.regex !== undefined){
if(typeof data31.regex !== "string"){
const err36 = {instancePath:instancePath+"/relabelings/" + i3+"/regex",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/regex/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data31.replacement !== undefined){
if(typeof data31.replacement !== "string"){
const err37 = {instancePath:instancePath+"/relabelings/" + i3+"/replacement",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/replacement/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data31.separator !== undefined){
if(typeof data31.separator !== "string"){
const err38 = {instancePath:instancePath+"/relabelings/" + i3+"/separator",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/separator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data31.sourceLabels !== undefined){
let data37 = data31.sourceLabels;
if(Array.isArray(data37)){
const len4 = data37.length;
for(let i4=0; i4<len4; i4++){
let data38 = data37[i4];
if(typeof data38 === "string"){
if(!pattern74.test(data38)){
const err39 = {instancePath:instancePath+"/relabelings/" + i3+"/sourceLabels/" + i4,schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/sourceLabels/items/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/relabelings/" + i3+"/sourceLabels/" + i4,schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/sourceLabels/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/relabelings/" + i3+"/sourceLabels",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/sourceLabels/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data31.targetLabel !== undefined){
if(typeof data31.targetLabel !== "string"){
const err42 = {instancePath:instancePath+"/relabelings/" + i3+"/targetLabel",schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/properties/targetLabel/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
for(const key3 in data31){
if(!(obj79.has(key3))){
const err43 = {instancePath:instancePath+"/relabelings/" + i3,schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "prometheus-operator RelabelConfig"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/relabelings/" + i3,schemaPath:"k8s#/definitions/crd-type prometheus-operator RelabelConfig/type",keyword:"type",params:{type: "object"}};
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
const err45 = {instancePath:instancePath+"/relabelings",schemaPath:"#/properties/relabelings/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.scheme !== undefined){
let data40 = data.scheme;
if(typeof data40 !== "string"){
const err46 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((data40 === "http") || (data40 === "https"))){
const err47 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema454.properties.scheme.enum}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.scrapeTimeout !== undefined){
let data41 = data.scrapeTimeout;
if(typeof data41 === "string"){
if(!pattern70.test(data41)){
const err48 = {instancePath:instancePath+"/scrapeTimeout",schemaPath:"#/properties/scrapeTimeout/pattern",keyword:"pattern",params:{pattern: "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/scrapeTimeout",schemaPath:"#/properties/scrapeTimeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.targetPort !== undefined){
let data42 = data.targetPort;
if((!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))) && (typeof data42 !== "string")){
const err50 = {instancePath:instancePath+"/targetPort",schemaPath:"#/properties/targetPort/type",keyword:"type",params:{type: schema454.properties.targetPort.type}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 2147483647 || isNaN(data42)){
const err51 = {instancePath:instancePath+"/targetPort",schemaPath:"#/properties/targetPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data42 < -2147483648 || isNaN(data42)){
const err52 = {instancePath:instancePath+"/targetPort",schemaPath:"#/properties/targetPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data.tlsConfig !== undefined){
if(!(validate510(data.tlsConfig, instancePath+"/tlsConfig"))){
vErrors = vErrors === null ? validate510.errors : vErrors.concat(validate510.errors);
errors = vErrors.length;
}
}
for(const key4 in data){
if(!(obj81.has(key4))){
const err53 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "prometheus-operator Endpoint"}};
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
const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
validate501.errors = vErrors;
return errors === 0;
}
function validate515(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.matchExpressions !== undefined){
let data0 = data.matchExpressions;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.key === undefined){
const err0 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/crd-type prometheus-operator LabelSelectorRequirement/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.operator === undefined){
const err1 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/crd-type prometheus-operator LabelSelectorRequirement/required",keyword:"required",params:{missingProperty: "operator"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.key !== undefined){
if(typeof data1.key !== "string"){
const err2 = {instancePath:instancePath+"/matchExpressions/" + i0+"/key",schemaPath:"k8s#/definitions/crd-type prometheus-operator LabelSelectorRequirement/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.operator !== undefined){
if(typeof data1.operator !== "string"){
const err3 = {instancePath:instancePath+"/matchExpressions/" + i0+"/operator",schemaPath:"k8s#/definitions/crd-type prometheus-operator LabelSelectorRequirement/properties/operator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.values !== undefined){
let data4 = data1.values;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err4 = {instancePath:instancePath+"/matchExpressions/" + i0+"/values/" + i1,schemaPath:"k8s#/definitions/crd-type prometheus-operator LabelSelectorRequirement/properties/values/items/type",keyword:"type",params:{type: "string"}};
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
const err5 = {instancePath:instancePath+"/matchExpressions/" + i0+"/values",schemaPath:"k8s#/definitions/crd-type prometheus-operator LabelSelectorRequirement/properties/values/type",keyword:"type",params:{type: "array"}};
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
if(!(((key0 === "key") || (key0 === "operator")) || (key0 === "values"))){
const err6 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/crd-type prometheus-operator LabelSelectorRequirement/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "prometheus-operator LabelSelectorRequirement"}};
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
const err7 = {instancePath:instancePath+"/matchExpressions/" + i0,schemaPath:"k8s#/definitions/crd-type prometheus-operator LabelSelectorRequirement/type",keyword:"type",params:{type: "object"}};
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
const err8 = {instancePath:instancePath+"/matchExpressions",schemaPath:"#/properties/matchExpressions/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.matchLabels !== undefined){
let data6 = data.matchLabels;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(typeof data6[key1] !== "string"){
const err9 = {instancePath:instancePath+"/matchLabels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/matchLabels/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/matchLabels",schemaPath:"#/properties/matchLabels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data){
if(!((key2 === "matchExpressions") || (key2 === "matchLabels"))){
const err11 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "prometheus-operator LabelSelector"}};
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
validate515.errors = vErrors;
return errors === 0;
}
const obj82 = new Set(["attachMetadata","endpoints","jobLabel","labelLimit","labelNameLengthLimit","labelValueLengthLimit","namespaceSelector","podTargetLabels","sampleLimit","selector","targetLabels","targetLimit"]);
function validate500(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.endpoints === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "endpoints"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.selector === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "selector"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.attachMetadata !== undefined){
let data0 = data.attachMetadata;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.node !== undefined){
if(typeof data0.node !== "boolean"){
const err2 = {instancePath:instancePath+"/attachMetadata/node",schemaPath:"k8s#/definitions/crd-type prometheus-operator AttachMetadata/properties/node/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key0 in data0){
if(!(key0 === "node")){
const err3 = {instancePath:instancePath+"/attachMetadata",schemaPath:"k8s#/definitions/crd-type prometheus-operator AttachMetadata/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "prometheus-operator AttachMetadata"}};
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
const err4 = {instancePath:instancePath+"/attachMetadata",schemaPath:"k8s#/definitions/crd-type prometheus-operator AttachMetadata/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.endpoints !== undefined){
let data2 = data.endpoints;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate501(data2[i0], instancePath+"/endpoints/" + i0))){
vErrors = vErrors === null ? validate501.errors : vErrors.concat(validate501.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/endpoints",schemaPath:"#/properties/endpoints/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.jobLabel !== undefined){
if(typeof data.jobLabel !== "string"){
const err6 = {instancePath:instancePath+"/jobLabel",schemaPath:"#/properties/jobLabel/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.labelLimit !== undefined){
let data5 = data.labelLimit;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err7 = {instancePath:instancePath+"/labelLimit",schemaPath:"#/properties/labelLimit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.labelNameLengthLimit !== undefined){
let data6 = data.labelNameLengthLimit;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/labelNameLengthLimit",schemaPath:"#/properties/labelNameLengthLimit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.labelValueLengthLimit !== undefined){
let data7 = data.labelValueLengthLimit;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err9 = {instancePath:instancePath+"/labelValueLengthLimit",schemaPath:"#/properties/labelValueLengthLimit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.namespaceSelector !== undefined){
let data8 = data.namespaceSelector;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.any !== undefined){
if(typeof data8.any !== "boolean"){
const err10 = {instancePath:instancePath+"/namespaceSelector/any",schemaPath:"k8s#/definitions/crd-type prometheus-operator NamespaceSelector/properties/any/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data8.matchNames !== undefined){
let data10 = data8.matchNames;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(typeof data10[i1] !== "string"){
const err11 = {instancePath:instancePath+"/namespaceSelector/matchNames/" + i1,schemaPath:"k8s#/definitions/crd-type prometheus-operator NamespaceSelector/properties/matchNames/items/type",keyword:"type",params:{type: "string"}};
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
const err12 = {instancePath:instancePath+"/namespaceSelector/matchNames",schemaPath:"k8s#/definitions/crd-type prometheus-operator NamespaceSelector/properties/matchNames/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key1 in data8){
if(!((key1 === "any") || (key1 === "matchNames"))){
const err13 = {instancePath:instancePath+"/namespaceSelector",schemaPath:"k8s#/definitions/crd-type prometheus-operator NamespaceSelector/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "prometheus-operator NamespaceSelector"}};
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
const err14 = {instancePath:instancePath+"/namespaceSelector",schemaPath:"k8s#/definitions/crd-type prometheus-operator NamespaceSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.podTargetLabels !== undefined){
let data12 = data.podTargetLabels;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
if(typeof data12[i2] !== "string"){
const err15 = {instancePath:instancePath+"/podTargetLabels/" + i2,schemaPath:"#/properties/podTargetLabels/items/type",keyword:"type",params:{type: "string"}};
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
const err16 = {instancePath:instancePath+"/podTargetLabels",schemaPath:"#/properties/podTargetLabels/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.sampleLimit !== undefined){
let data14 = data.sampleLimit;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err17 = {instancePath:instancePath+"/sampleLimit",schemaPath:"#/properties/sampleLimit/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.selector !== undefined){
if(!(validate515(data.selector, instancePath+"/selector"))){
vErrors = vErrors === null ? validate515.errors : vErrors.concat(validate515.errors);
errors = vErrors.length;
}
}
if(data.targetLabels !== undefined){
let data16 = data.targetLabels;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(typeof data16[i3] !== "string"){
const err18 = {instancePath:instancePath+"/targetLabels/" + i3,schemaPath:"#/properties/targetLabels/items/type",keyword:"type",params:{type: "string"}};
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
const err19 = {instancePath:instancePath+"/targetLabels",schemaPath:"#/properties/targetLabels/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.targetLimit !== undefined){
let data18 = data.targetLimit;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err20 = {instancePath:instancePath+"/targetLimit",schemaPath:"#/properties/targetLimit/type",keyword:"type",params:{type: "integer"}};
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
if(!(obj82.has(key2))){
const err21 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "prometheus-operator ServiceMonitorSpec"}};
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
validate500.errors = vErrors;
return errors === 0;
}
function validate498(data, instancePath=""){
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
if("monitoring.coreos.com/v1" !== data0){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "monitoring.coreos.com/v1"}};
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
if("ServiceMonitor" !== data1){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "ServiceMonitor"}};
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
if(!(validate500(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate500.errors : vErrors.concat(validate500.errors);
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
const err8 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "monitoring.coreos.com/v1 ServiceMonitor"}};
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
validate498.errors = vErrors;
return errors === 0;
}
module.exports = {validate498};
