/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 2 kinds share: networking.istio.io/v1/DestinationRule, networking.istio.io/v1beta1/DestinationRule.
"use strict";
const {pattern32} = require("./_shared-147f0be6cfe9.js");
const schema494 = {"type":"object","properties":{"version":{"type":"string","enum":["V1","V2"]}},"k8sClosed":"Istio TrafficPolicy.ProxyProtocol"};
const schema493 = {"type":"object","properties":{"caCertificates":{"type":"string"},"caCrl":{"type":"string"},"clientCertificate":{"type":"string"},"credentialName":{"type":"string"},"insecureSkipVerify":{"type":"boolean"},"mode":{"type":"string","enum":["DISABLE","SIMPLE","MUTUAL","ISTIO_MUTUAL"]},"privateKey":{"type":"string"},"sni":{"type":"string"},"subjectAltNames":{"type":"array","items":{"type":"string"}}},"k8sClosed":"Istio ClientTLSSettings"};
const schema478 = {"type":"object","properties":{"h2UpgradePolicy":{"type":"string","enum":["DEFAULT","DO_NOT_UPGRADE","UPGRADE"]},"http1MaxPendingRequests":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"http2MaxRequests":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"idleTimeout":{"type":"string","pattern":"^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"},"maxConcurrentStreams":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"maxRequestsPerConnection":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"maxRetries":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"useClientProtocol":{"type":"boolean"}},"k8sClosed":"Istio ConnectionPoolSettings.HTTPSettings"};
const obj83 = new Set(["h2UpgradePolicy","http1MaxPendingRequests","http2MaxRequests","idleTimeout","maxConcurrentStreams","maxRequestsPerConnection","maxRetries","useClientProtocol"]);
function validate524(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connectTimeout !== undefined){
let data0 = data.connectTimeout;
if(typeof data0 === "string"){
if(!pattern32.test(data0)){
const err0 = {instancePath:instancePath+"/connectTimeout",schemaPath:"#/properties/connectTimeout/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/connectTimeout",schemaPath:"#/properties/connectTimeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.idleTimeout !== undefined){
let data1 = data.idleTimeout;
if(typeof data1 === "string"){
if(!pattern32.test(data1)){
const err2 = {instancePath:instancePath+"/idleTimeout",schemaPath:"#/properties/idleTimeout/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
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
const err3 = {instancePath:instancePath+"/idleTimeout",schemaPath:"#/properties/idleTimeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.maxConnectionDuration !== undefined){
let data2 = data.maxConnectionDuration;
if(typeof data2 === "string"){
if(!pattern32.test(data2)){
const err4 = {instancePath:instancePath+"/maxConnectionDuration",schemaPath:"#/properties/maxConnectionDuration/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/maxConnectionDuration",schemaPath:"#/properties/maxConnectionDuration/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.maxConnections !== undefined){
let data3 = data.maxConnections;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/maxConnections",schemaPath:"#/properties/maxConnections/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/maxConnections",schemaPath:"#/properties/maxConnections/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/maxConnections",schemaPath:"#/properties/maxConnections/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.tcpKeepalive !== undefined){
let data4 = data.tcpKeepalive;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.interval !== undefined){
let data5 = data4.interval;
if(typeof data5 === "string"){
if(!pattern32.test(data5)){
const err9 = {instancePath:instancePath+"/tcpKeepalive/interval",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.TCPSettings.TcpKeepalive/properties/interval/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/tcpKeepalive/interval",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.TCPSettings.TcpKeepalive/properties/interval/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.probes !== undefined){
let data6 = data4.probes;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err11 = {instancePath:instancePath+"/tcpKeepalive/probes",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.TCPSettings.TcpKeepalive/properties/probes/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4294967295 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/tcpKeepalive/probes",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.TCPSettings.TcpKeepalive/properties/probes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/tcpKeepalive/probes",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.TCPSettings.TcpKeepalive/properties/probes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data4.time !== undefined){
let data7 = data4.time;
if(typeof data7 === "string"){
if(!pattern32.test(data7)){
const err14 = {instancePath:instancePath+"/tcpKeepalive/time",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.TCPSettings.TcpKeepalive/properties/time/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
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
const err15 = {instancePath:instancePath+"/tcpKeepalive/time",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.TCPSettings.TcpKeepalive/properties/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key0 in data4){
if(!(((key0 === "interval") || (key0 === "probes")) || (key0 === "time"))){
const err16 = {instancePath:instancePath+"/tcpKeepalive",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.TCPSettings.TcpKeepalive/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio ConnectionPoolSettings.TCPSettings.TcpKeepalive"}};
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
const err17 = {instancePath:instancePath+"/tcpKeepalive",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.TCPSettings.TcpKeepalive/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key1 in data){
if(!(((((key1 === "connectTimeout") || (key1 === "idleTimeout")) || (key1 === "maxConnectionDuration")) || (key1 === "maxConnections")) || (key1 === "tcpKeepalive"))){
const err18 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio ConnectionPoolSettings.TCPSettings"}};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate524.errors = vErrors;
return errors === 0;
}
function validate523(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.http !== undefined){
let data0 = data.http;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.h2UpgradePolicy !== undefined){
let data1 = data0.h2UpgradePolicy;
if(typeof data1 !== "string"){
const err0 = {instancePath:instancePath+"/http/h2UpgradePolicy",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/h2UpgradePolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((data1 === "DEFAULT") || (data1 === "DO_NOT_UPGRADE")) || (data1 === "UPGRADE"))){
const err1 = {instancePath:instancePath+"/http/h2UpgradePolicy",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/h2UpgradePolicy/enum",keyword:"enum",params:{allowedValues: schema478.properties.h2UpgradePolicy.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.http1MaxPendingRequests !== undefined){
let data2 = data0.http1MaxPendingRequests;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err2 = {instancePath:instancePath+"/http/http1MaxPendingRequests",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/http1MaxPendingRequests/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err3 = {instancePath:instancePath+"/http/http1MaxPendingRequests",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/http1MaxPendingRequests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/http/http1MaxPendingRequests",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/http1MaxPendingRequests/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data0.http2MaxRequests !== undefined){
let data3 = data0.http2MaxRequests;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/http/http2MaxRequests",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/http2MaxRequests/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/http/http2MaxRequests",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/http2MaxRequests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/http/http2MaxRequests",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/http2MaxRequests/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data0.idleTimeout !== undefined){
let data4 = data0.idleTimeout;
if(typeof data4 === "string"){
if(!pattern32.test(data4)){
const err8 = {instancePath:instancePath+"/http/idleTimeout",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/idleTimeout/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/http/idleTimeout",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/idleTimeout/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.maxConcurrentStreams !== undefined){
let data5 = data0.maxConcurrentStreams;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/http/maxConcurrentStreams",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/maxConcurrentStreams/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2147483647 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/http/maxConcurrentStreams",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/maxConcurrentStreams/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5 < -2147483648 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/http/maxConcurrentStreams",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/maxConcurrentStreams/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data0.maxRequestsPerConnection !== undefined){
let data6 = data0.maxRequestsPerConnection;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err13 = {instancePath:instancePath+"/http/maxRequestsPerConnection",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/maxRequestsPerConnection/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2147483647 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/http/maxRequestsPerConnection",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/maxRequestsPerConnection/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6 < -2147483648 || isNaN(data6)){
const err15 = {instancePath:instancePath+"/http/maxRequestsPerConnection",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/maxRequestsPerConnection/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data0.maxRetries !== undefined){
let data7 = data0.maxRetries;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err16 = {instancePath:instancePath+"/http/maxRetries",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/maxRetries/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 2147483647 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/http/maxRetries",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/maxRetries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7 < -2147483648 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/http/maxRetries",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/maxRetries/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data0.useClientProtocol !== undefined){
if(typeof data0.useClientProtocol !== "boolean"){
const err19 = {instancePath:instancePath+"/http/useClientProtocol",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/properties/useClientProtocol/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key0 in data0){
if(!(obj83.has(key0))){
const err20 = {instancePath:instancePath+"/http",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio ConnectionPoolSettings.HTTPSettings"}};
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
const err21 = {instancePath:instancePath+"/http",schemaPath:"k8s#/definitions/crd-type Istio ConnectionPoolSettings.HTTPSettings/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.tcp !== undefined){
if(!(validate524(data.tcp, instancePath+"/tcp"))){
vErrors = vErrors === null ? validate524.errors : vErrors.concat(validate524.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(!((key1 === "http") || (key1 === "tcp"))){
const err22 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio ConnectionPoolSettings"}};
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
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate523.errors = vErrors;
return errors === 0;
}
const schema481 = {"type":"object","properties":{"consistentHash":{"$ref":"k8s#/definitions/crd-type Istio ConsistentHashLB"},"localityLbSetting":{"$ref":"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting"},"simple":{"type":"string","enum":["UNSPECIFIED","LEAST_CONN","RANDOM","PASSTHROUGH","ROUND_ROBIN","LEAST_REQUEST"]},"warmupDurationSecs":{"type":"string","pattern":"^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}},"k8sClosed":"Istio LoadBalancerSettings","k8sExclusive":[["simple","consistentHash"]]};
const obj84 = new Set(["httpCookie","httpHeaderName","httpQueryParameterName","maglev","minimumRingSize","ringHash","useSourceIp"]);
function validate528(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.httpCookie !== undefined){
let data0 = data.httpCookie;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err0 = {instancePath:instancePath+"/httpCookie",schemaPath:"k8s#/definitions/crd-type Istio HTTPCookie/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err1 = {instancePath:instancePath+"/httpCookie/name",schemaPath:"k8s#/definitions/crd-type Istio HTTPCookie/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.path !== undefined){
if(typeof data0.path !== "string"){
const err2 = {instancePath:instancePath+"/httpCookie/path",schemaPath:"k8s#/definitions/crd-type Istio HTTPCookie/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.ttl !== undefined){
let data3 = data0.ttl;
if(typeof data3 === "string"){
if(!pattern32.test(data3)){
const err3 = {instancePath:instancePath+"/httpCookie/ttl",schemaPath:"k8s#/definitions/crd-type Istio HTTPCookie/properties/ttl/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/httpCookie/ttl",schemaPath:"k8s#/definitions/crd-type Istio HTTPCookie/properties/ttl/type",keyword:"type",params:{type: "string"}};
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
if(!(((key0 === "name") || (key0 === "path")) || (key0 === "ttl"))){
const err5 = {instancePath:instancePath+"/httpCookie",schemaPath:"k8s#/definitions/crd-type Istio HTTPCookie/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio HTTPCookie"}};
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
const err6 = {instancePath:instancePath+"/httpCookie",schemaPath:"k8s#/definitions/crd-type Istio HTTPCookie/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.httpHeaderName !== undefined){
if(typeof data.httpHeaderName !== "string"){
const err7 = {instancePath:instancePath+"/httpHeaderName",schemaPath:"#/properties/httpHeaderName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.httpQueryParameterName !== undefined){
if(typeof data.httpQueryParameterName !== "string"){
const err8 = {instancePath:instancePath+"/httpQueryParameterName",schemaPath:"#/properties/httpQueryParameterName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.maglev !== undefined){
let data6 = data.maglev;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.tableSize !== undefined){
let data7 = data6.tableSize;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err9 = {instancePath:instancePath+"/maglev/tableSize",schemaPath:"k8s#/definitions/crd-type Istio MagLev/properties/tableSize/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 4294967295 || isNaN(data7)){
const err10 = {instancePath:instancePath+"/maglev/tableSize",schemaPath:"k8s#/definitions/crd-type Istio MagLev/properties/tableSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err11 = {instancePath:instancePath+"/maglev/tableSize",schemaPath:"k8s#/definitions/crd-type Istio MagLev/properties/tableSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
for(const key1 in data6){
if(!(key1 === "tableSize")){
const err12 = {instancePath:instancePath+"/maglev",schemaPath:"k8s#/definitions/crd-type Istio MagLev/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio MagLev"}};
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
const err13 = {instancePath:instancePath+"/maglev",schemaPath:"k8s#/definitions/crd-type Istio MagLev/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.minimumRingSize !== undefined){
let data8 = data.minimumRingSize;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/minimumRingSize",schemaPath:"#/properties/minimumRingSize/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 4294967295 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/minimumRingSize",schemaPath:"#/properties/minimumRingSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/minimumRingSize",schemaPath:"#/properties/minimumRingSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data.ringHash !== undefined){
let data9 = data.ringHash;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.minimumRingSize !== undefined){
let data10 = data9.minimumRingSize;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err17 = {instancePath:instancePath+"/ringHash/minimumRingSize",schemaPath:"k8s#/definitions/crd-type Istio RingHash/properties/minimumRingSize/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 4294967295 || isNaN(data10)){
const err18 = {instancePath:instancePath+"/ringHash/minimumRingSize",schemaPath:"k8s#/definitions/crd-type Istio RingHash/properties/minimumRingSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err19 = {instancePath:instancePath+"/ringHash/minimumRingSize",schemaPath:"k8s#/definitions/crd-type Istio RingHash/properties/minimumRingSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
for(const key2 in data9){
if(!(key2 === "minimumRingSize")){
const err20 = {instancePath:instancePath+"/ringHash",schemaPath:"k8s#/definitions/crd-type Istio RingHash/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio RingHash"}};
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
const err21 = {instancePath:instancePath+"/ringHash",schemaPath:"k8s#/definitions/crd-type Istio RingHash/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.useSourceIp !== undefined){
if(typeof data.useSourceIp !== "boolean"){
const err22 = {instancePath:instancePath+"/useSourceIp",schemaPath:"#/properties/useSourceIp/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key3 in data){
if(!(obj84.has(key3))){
const err23 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Istio ConsistentHashLB"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if((data["httpHeaderName"] !== undefined) + (data["httpCookie"] !== undefined) + (data["useSourceIp"] !== undefined) + (data["httpQueryParameterName"] !== undefined) > 1){
const err24 = {instancePath,schemaPath:"#/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["httpHeaderName","httpCookie","useSourceIp","httpQueryParameterName"]}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((data["ringHash"] !== undefined) + (data["maglev"] !== undefined) > 1){
const err25 = {instancePath,schemaPath:"#/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["ringHash","maglev"]}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
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
validate528.errors = vErrors;
return errors === 0;
}
function validate530(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.distribute !== undefined){
let data0 = data.distribute;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.from !== undefined){
if(typeof data1.from !== "string"){
const err0 = {instancePath:instancePath+"/distribute/" + i0+"/from",schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Distribute/properties/from/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data1.to !== undefined){
let data3 = data1.to;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key0 in data3){
let data4 = data3[key0];
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err1 = {instancePath:instancePath+"/distribute/" + i0+"/to/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Distribute/properties/to/additionalProperties/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4294967295 || isNaN(data4)){
const err2 = {instancePath:instancePath+"/distribute/" + i0+"/to/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Distribute/properties/to/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err3 = {instancePath:instancePath+"/distribute/" + i0+"/to/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Distribute/properties/to/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
}
else {
const err4 = {instancePath:instancePath+"/distribute/" + i0+"/to",schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Distribute/properties/to/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key1 in data1){
if(!((key1 === "from") || (key1 === "to"))){
const err5 = {instancePath:instancePath+"/distribute/" + i0,schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Distribute/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio LocalityLoadBalancerSetting.Distribute"}};
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
const err6 = {instancePath:instancePath+"/distribute/" + i0,schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Distribute/type",keyword:"type",params:{type: "object"}};
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
const err7 = {instancePath:instancePath+"/distribute",schemaPath:"#/properties/distribute/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.enabled !== undefined){
if(typeof data.enabled !== "boolean"){
const err8 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.failover !== undefined){
let data6 = data.failover;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.from !== undefined){
if(typeof data7.from !== "string"){
const err9 = {instancePath:instancePath+"/failover/" + i1+"/from",schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Failover/properties/from/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.to !== undefined){
if(typeof data7.to !== "string"){
const err10 = {instancePath:instancePath+"/failover/" + i1+"/to",schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Failover/properties/to/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data7){
if(!((key2 === "from") || (key2 === "to"))){
const err11 = {instancePath:instancePath+"/failover/" + i1,schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Failover/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio LocalityLoadBalancerSetting.Failover"}};
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
const err12 = {instancePath:instancePath+"/failover/" + i1,schemaPath:"k8s#/definitions/crd-type Istio LocalityLoadBalancerSetting.Failover/type",keyword:"type",params:{type: "object"}};
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
const err13 = {instancePath:instancePath+"/failover",schemaPath:"#/properties/failover/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.failoverPriority !== undefined){
let data10 = data.failoverPriority;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
if(typeof data10[i2] !== "string"){
const err14 = {instancePath:instancePath+"/failoverPriority/" + i2,schemaPath:"#/properties/failoverPriority/items/type",keyword:"type",params:{type: "string"}};
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
const err15 = {instancePath:instancePath+"/failoverPriority",schemaPath:"#/properties/failoverPriority/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key3 in data){
if(!((((key3 === "distribute") || (key3 === "enabled")) || (key3 === "failover")) || (key3 === "failoverPriority"))){
const err16 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Istio LocalityLoadBalancerSetting"}};
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
validate530.errors = vErrors;
return errors === 0;
}
function validate527(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.consistentHash !== undefined){
if(!(validate528(data.consistentHash, instancePath+"/consistentHash"))){
vErrors = vErrors === null ? validate528.errors : vErrors.concat(validate528.errors);
errors = vErrors.length;
}
}
if(data.localityLbSetting !== undefined){
if(!(validate530(data.localityLbSetting, instancePath+"/localityLbSetting"))){
vErrors = vErrors === null ? validate530.errors : vErrors.concat(validate530.errors);
errors = vErrors.length;
}
}
if(data.simple !== undefined){
let data2 = data.simple;
if(typeof data2 !== "string"){
const err0 = {instancePath:instancePath+"/simple",schemaPath:"#/properties/simple/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data2 === "UNSPECIFIED") || (data2 === "LEAST_CONN")) || (data2 === "RANDOM")) || (data2 === "PASSTHROUGH")) || (data2 === "ROUND_ROBIN")) || (data2 === "LEAST_REQUEST"))){
const err1 = {instancePath:instancePath+"/simple",schemaPath:"#/properties/simple/enum",keyword:"enum",params:{allowedValues: schema481.properties.simple.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.warmupDurationSecs !== undefined){
let data3 = data.warmupDurationSecs;
if(typeof data3 === "string"){
if(!pattern32.test(data3)){
const err2 = {instancePath:instancePath+"/warmupDurationSecs",schemaPath:"#/properties/warmupDurationSecs/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
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
const err3 = {instancePath:instancePath+"/warmupDurationSecs",schemaPath:"#/properties/warmupDurationSecs/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data){
if(!((((key0 === "consistentHash") || (key0 === "localityLbSetting")) || (key0 === "simple")) || (key0 === "warmupDurationSecs"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio LoadBalancerSettings"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if((data["simple"] !== undefined) + (data["consistentHash"] !== undefined) > 1){
const err5 = {instancePath,schemaPath:"#/k8sExclusive",keyword:"k8sExclusive",params:{fields: ["simple","consistentHash"]}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
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
validate527.errors = vErrors;
return errors === 0;
}
const obj86 = new Set(["baseEjectionTime","consecutive5xxErrors","consecutiveErrors","consecutiveGatewayErrors","consecutiveLocalOriginFailures","interval","maxEjectionPercent","minHealthPercent","splitExternalLocalOriginErrors"]);
const obj87 = new Set(["caCertificates","caCrl","clientCertificate","credentialName","insecureSkipVerify","mode","privateKey","sni","subjectAltNames"]);
function validate533(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connectionPool !== undefined){
if(!(validate523(data.connectionPool, instancePath+"/connectionPool"))){
vErrors = vErrors === null ? validate523.errors : vErrors.concat(validate523.errors);
errors = vErrors.length;
}
}
if(data.loadBalancer !== undefined){
if(!(validate527(data.loadBalancer, instancePath+"/loadBalancer"))){
vErrors = vErrors === null ? validate527.errors : vErrors.concat(validate527.errors);
errors = vErrors.length;
}
}
if(data.outlierDetection !== undefined){
let data2 = data.outlierDetection;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.baseEjectionTime !== undefined){
let data3 = data2.baseEjectionTime;
if(typeof data3 === "string"){
if(!pattern32.test(data3)){
const err0 = {instancePath:instancePath+"/outlierDetection/baseEjectionTime",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/baseEjectionTime/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/outlierDetection/baseEjectionTime",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/baseEjectionTime/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data2.consecutive5xxErrors !== undefined){
let data4 = data2.consecutive5xxErrors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err2 = {instancePath:instancePath+"/outlierDetection/consecutive5xxErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutive5xxErrors/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4294967295 || isNaN(data4)){
const err3 = {instancePath:instancePath+"/outlierDetection/consecutive5xxErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutive5xxErrors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err4 = {instancePath:instancePath+"/outlierDetection/consecutive5xxErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutive5xxErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data2.consecutiveErrors !== undefined){
let data5 = data2.consecutiveErrors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err5 = {instancePath:instancePath+"/outlierDetection/consecutiveErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveErrors/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2147483647 || isNaN(data5)){
const err6 = {instancePath:instancePath+"/outlierDetection/consecutiveErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveErrors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data5 < -2147483648 || isNaN(data5)){
const err7 = {instancePath:instancePath+"/outlierDetection/consecutiveErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.consecutiveGatewayErrors !== undefined){
let data6 = data2.consecutiveGatewayErrors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/outlierDetection/consecutiveGatewayErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveGatewayErrors/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4294967295 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/outlierDetection/consecutiveGatewayErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveGatewayErrors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/outlierDetection/consecutiveGatewayErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveGatewayErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data2.consecutiveLocalOriginFailures !== undefined){
let data7 = data2.consecutiveLocalOriginFailures;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err11 = {instancePath:instancePath+"/outlierDetection/consecutiveLocalOriginFailures",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveLocalOriginFailures/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 4294967295 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/outlierDetection/consecutiveLocalOriginFailures",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveLocalOriginFailures/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/outlierDetection/consecutiveLocalOriginFailures",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveLocalOriginFailures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data2.interval !== undefined){
let data8 = data2.interval;
if(typeof data8 === "string"){
if(!pattern32.test(data8)){
const err14 = {instancePath:instancePath+"/outlierDetection/interval",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/interval/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
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
const err15 = {instancePath:instancePath+"/outlierDetection/interval",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/interval/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.maxEjectionPercent !== undefined){
let data9 = data2.maxEjectionPercent;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err16 = {instancePath:instancePath+"/outlierDetection/maxEjectionPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/maxEjectionPercent/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 2147483647 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/outlierDetection/maxEjectionPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/maxEjectionPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9 < -2147483648 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/outlierDetection/maxEjectionPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/maxEjectionPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.minHealthPercent !== undefined){
let data10 = data2.minHealthPercent;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err19 = {instancePath:instancePath+"/outlierDetection/minHealthPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/minHealthPercent/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 2147483647 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/outlierDetection/minHealthPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/minHealthPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data10 < -2147483648 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/outlierDetection/minHealthPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/minHealthPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.splitExternalLocalOriginErrors !== undefined){
if(typeof data2.splitExternalLocalOriginErrors !== "boolean"){
const err22 = {instancePath:instancePath+"/outlierDetection/splitExternalLocalOriginErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/splitExternalLocalOriginErrors/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key0 in data2){
if(!(obj86.has(key0))){
const err23 = {instancePath:instancePath+"/outlierDetection",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio OutlierDetection"}};
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
else {
const err24 = {instancePath:instancePath+"/outlierDetection",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.port !== undefined){
let data12 = data.port;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.number !== undefined){
let data13 = data12.number;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err25 = {instancePath:instancePath+"/port/number",schemaPath:"k8s#/definitions/crd-type Istio PortSelector/properties/number/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 4294967295 || isNaN(data13)){
const err26 = {instancePath:instancePath+"/port/number",schemaPath:"k8s#/definitions/crd-type Istio PortSelector/properties/number/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err27 = {instancePath:instancePath+"/port/number",schemaPath:"k8s#/definitions/crd-type Istio PortSelector/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
for(const key1 in data12){
if(!(key1 === "number")){
const err28 = {instancePath:instancePath+"/port",schemaPath:"k8s#/definitions/crd-type Istio PortSelector/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio PortSelector"}};
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
const err29 = {instancePath:instancePath+"/port",schemaPath:"k8s#/definitions/crd-type Istio PortSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.tls !== undefined){
let data14 = data.tls;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.caCertificates !== undefined){
if(typeof data14.caCertificates !== "string"){
const err30 = {instancePath:instancePath+"/tls/caCertificates",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/caCertificates/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data14.caCrl !== undefined){
if(typeof data14.caCrl !== "string"){
const err31 = {instancePath:instancePath+"/tls/caCrl",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/caCrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.clientCertificate !== undefined){
if(typeof data14.clientCertificate !== "string"){
const err32 = {instancePath:instancePath+"/tls/clientCertificate",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/clientCertificate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data14.credentialName !== undefined){
if(typeof data14.credentialName !== "string"){
const err33 = {instancePath:instancePath+"/tls/credentialName",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/credentialName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data14.insecureSkipVerify !== undefined){
if(typeof data14.insecureSkipVerify !== "boolean"){
const err34 = {instancePath:instancePath+"/tls/insecureSkipVerify",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data14.mode !== undefined){
let data20 = data14.mode;
if(typeof data20 !== "string"){
const err35 = {instancePath:instancePath+"/tls/mode",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((((data20 === "DISABLE") || (data20 === "SIMPLE")) || (data20 === "MUTUAL")) || (data20 === "ISTIO_MUTUAL"))){
const err36 = {instancePath:instancePath+"/tls/mode",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/mode/enum",keyword:"enum",params:{allowedValues: schema493.properties.mode.enum}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data14.privateKey !== undefined){
if(typeof data14.privateKey !== "string"){
const err37 = {instancePath:instancePath+"/tls/privateKey",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/privateKey/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data14.sni !== undefined){
if(typeof data14.sni !== "string"){
const err38 = {instancePath:instancePath+"/tls/sni",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/sni/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data14.subjectAltNames !== undefined){
let data23 = data14.subjectAltNames;
if(Array.isArray(data23)){
const len0 = data23.length;
for(let i0=0; i0<len0; i0++){
if(typeof data23[i0] !== "string"){
const err39 = {instancePath:instancePath+"/tls/subjectAltNames/" + i0,schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/subjectAltNames/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/tls/subjectAltNames",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/subjectAltNames/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
for(const key2 in data14){
if(!(obj87.has(key2))){
const err41 = {instancePath:instancePath+"/tls",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio ClientTLSSettings"}};
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
const err42 = {instancePath:instancePath+"/tls",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
for(const key3 in data){
if(!(((((key3 === "connectionPool") || (key3 === "loadBalancer")) || (key3 === "outlierDetection")) || (key3 === "port")) || (key3 === "tls"))){
const err43 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Istio TrafficPolicy.PortTrafficPolicy"}};
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
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate533.errors = vErrors;
return errors === 0;
}
const obj85 = new Set(["baseEjectionTime","consecutive5xxErrors","consecutiveErrors","consecutiveGatewayErrors","consecutiveLocalOriginFailures","interval","maxEjectionPercent","minHealthPercent","splitExternalLocalOriginErrors"]);
const obj88 = new Set(["caCertificates","caCrl","clientCertificate","credentialName","insecureSkipVerify","mode","privateKey","sni","subjectAltNames"]);
const obj89 = new Set(["connectionPool","loadBalancer","outlierDetection","portLevelSettings","proxyProtocol","tls","tunnel"]);
function validate522(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.connectionPool !== undefined){
if(!(validate523(data.connectionPool, instancePath+"/connectionPool"))){
vErrors = vErrors === null ? validate523.errors : vErrors.concat(validate523.errors);
errors = vErrors.length;
}
}
if(data.loadBalancer !== undefined){
if(!(validate527(data.loadBalancer, instancePath+"/loadBalancer"))){
vErrors = vErrors === null ? validate527.errors : vErrors.concat(validate527.errors);
errors = vErrors.length;
}
}
if(data.outlierDetection !== undefined){
let data2 = data.outlierDetection;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.baseEjectionTime !== undefined){
let data3 = data2.baseEjectionTime;
if(typeof data3 === "string"){
if(!pattern32.test(data3)){
const err0 = {instancePath:instancePath+"/outlierDetection/baseEjectionTime",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/baseEjectionTime/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/outlierDetection/baseEjectionTime",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/baseEjectionTime/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data2.consecutive5xxErrors !== undefined){
let data4 = data2.consecutive5xxErrors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err2 = {instancePath:instancePath+"/outlierDetection/consecutive5xxErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutive5xxErrors/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4294967295 || isNaN(data4)){
const err3 = {instancePath:instancePath+"/outlierDetection/consecutive5xxErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutive5xxErrors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err4 = {instancePath:instancePath+"/outlierDetection/consecutive5xxErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutive5xxErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data2.consecutiveErrors !== undefined){
let data5 = data2.consecutiveErrors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err5 = {instancePath:instancePath+"/outlierDetection/consecutiveErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveErrors/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2147483647 || isNaN(data5)){
const err6 = {instancePath:instancePath+"/outlierDetection/consecutiveErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveErrors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data5 < -2147483648 || isNaN(data5)){
const err7 = {instancePath:instancePath+"/outlierDetection/consecutiveErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.consecutiveGatewayErrors !== undefined){
let data6 = data2.consecutiveGatewayErrors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/outlierDetection/consecutiveGatewayErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveGatewayErrors/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4294967295 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/outlierDetection/consecutiveGatewayErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveGatewayErrors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/outlierDetection/consecutiveGatewayErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveGatewayErrors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data2.consecutiveLocalOriginFailures !== undefined){
let data7 = data2.consecutiveLocalOriginFailures;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err11 = {instancePath:instancePath+"/outlierDetection/consecutiveLocalOriginFailures",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveLocalOriginFailures/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 4294967295 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/outlierDetection/consecutiveLocalOriginFailures",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveLocalOriginFailures/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/outlierDetection/consecutiveLocalOriginFailures",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/consecutiveLocalOriginFailures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
if(data2.interval !== undefined){
let data8 = data2.interval;
if(typeof data8 === "string"){
if(!pattern32.test(data8)){
const err14 = {instancePath:instancePath+"/outlierDetection/interval",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/interval/pattern",keyword:"pattern",params:{pattern: "^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$"}};
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
const err15 = {instancePath:instancePath+"/outlierDetection/interval",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/interval/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.maxEjectionPercent !== undefined){
let data9 = data2.maxEjectionPercent;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err16 = {instancePath:instancePath+"/outlierDetection/maxEjectionPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/maxEjectionPercent/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 2147483647 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/outlierDetection/maxEjectionPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/maxEjectionPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9 < -2147483648 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/outlierDetection/maxEjectionPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/maxEjectionPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.minHealthPercent !== undefined){
let data10 = data2.minHealthPercent;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err19 = {instancePath:instancePath+"/outlierDetection/minHealthPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/minHealthPercent/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 2147483647 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/outlierDetection/minHealthPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/minHealthPercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data10 < -2147483648 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/outlierDetection/minHealthPercent",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/minHealthPercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.splitExternalLocalOriginErrors !== undefined){
if(typeof data2.splitExternalLocalOriginErrors !== "boolean"){
const err22 = {instancePath:instancePath+"/outlierDetection/splitExternalLocalOriginErrors",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/properties/splitExternalLocalOriginErrors/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key0 in data2){
if(!(obj85.has(key0))){
const err23 = {instancePath:instancePath+"/outlierDetection",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Istio OutlierDetection"}};
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
else {
const err24 = {instancePath:instancePath+"/outlierDetection",schemaPath:"k8s#/definitions/crd-type Istio OutlierDetection/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.portLevelSettings !== undefined){
let data12 = data.portLevelSettings;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate533(data12[i0], instancePath+"/portLevelSettings/" + i0))){
vErrors = vErrors === null ? validate533.errors : vErrors.concat(validate533.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/portLevelSettings",schemaPath:"#/properties/portLevelSettings/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.proxyProtocol !== undefined){
let data14 = data.proxyProtocol;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.version !== undefined){
let data15 = data14.version;
if(typeof data15 !== "string"){
const err26 = {instancePath:instancePath+"/proxyProtocol/version",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.ProxyProtocol/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((data15 === "V1") || (data15 === "V2"))){
const err27 = {instancePath:instancePath+"/proxyProtocol/version",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.ProxyProtocol/properties/version/enum",keyword:"enum",params:{allowedValues: schema494.properties.version.enum}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
for(const key1 in data14){
if(!(key1 === "version")){
const err28 = {instancePath:instancePath+"/proxyProtocol",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.ProxyProtocol/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio TrafficPolicy.ProxyProtocol"}};
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
const err29 = {instancePath:instancePath+"/proxyProtocol",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.ProxyProtocol/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.tls !== undefined){
let data16 = data.tls;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.caCertificates !== undefined){
if(typeof data16.caCertificates !== "string"){
const err30 = {instancePath:instancePath+"/tls/caCertificates",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/caCertificates/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data16.caCrl !== undefined){
if(typeof data16.caCrl !== "string"){
const err31 = {instancePath:instancePath+"/tls/caCrl",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/caCrl/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data16.clientCertificate !== undefined){
if(typeof data16.clientCertificate !== "string"){
const err32 = {instancePath:instancePath+"/tls/clientCertificate",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/clientCertificate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data16.credentialName !== undefined){
if(typeof data16.credentialName !== "string"){
const err33 = {instancePath:instancePath+"/tls/credentialName",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/credentialName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data16.insecureSkipVerify !== undefined){
if(typeof data16.insecureSkipVerify !== "boolean"){
const err34 = {instancePath:instancePath+"/tls/insecureSkipVerify",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/insecureSkipVerify/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data16.mode !== undefined){
let data22 = data16.mode;
if(typeof data22 !== "string"){
const err35 = {instancePath:instancePath+"/tls/mode",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/mode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((((data22 === "DISABLE") || (data22 === "SIMPLE")) || (data22 === "MUTUAL")) || (data22 === "ISTIO_MUTUAL"))){
const err36 = {instancePath:instancePath+"/tls/mode",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/mode/enum",keyword:"enum",params:{allowedValues: schema493.properties.mode.enum}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data16.privateKey !== undefined){
if(typeof data16.privateKey !== "string"){
const err37 = {instancePath:instancePath+"/tls/privateKey",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/privateKey/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data16.sni !== undefined){
if(typeof data16.sni !== "string"){
const err38 = {instancePath:instancePath+"/tls/sni",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/sni/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data16.subjectAltNames !== undefined){
let data25 = data16.subjectAltNames;
if(Array.isArray(data25)){
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
if(typeof data25[i1] !== "string"){
const err39 = {instancePath:instancePath+"/tls/subjectAltNames/" + i1,schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/subjectAltNames/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/tls/subjectAltNames",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/properties/subjectAltNames/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
for(const key2 in data16){
if(!(obj88.has(key2))){
const err41 = {instancePath:instancePath+"/tls",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio ClientTLSSettings"}};
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
const err42 = {instancePath:instancePath+"/tls",schemaPath:"k8s#/definitions/crd-type Istio ClientTLSSettings/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.tunnel !== undefined){
let data27 = data.tunnel;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.targetHost === undefined){
const err43 = {instancePath:instancePath+"/tunnel",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.TunnelSettings/required",keyword:"required",params:{missingProperty: "targetHost"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data27.targetPort === undefined){
const err44 = {instancePath:instancePath+"/tunnel",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.TunnelSettings/required",keyword:"required",params:{missingProperty: "targetPort"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data27.protocol !== undefined){
if(typeof data27.protocol !== "string"){
const err45 = {instancePath:instancePath+"/tunnel/protocol",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.TunnelSettings/properties/protocol/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data27.targetHost !== undefined){
if(typeof data27.targetHost !== "string"){
const err46 = {instancePath:instancePath+"/tunnel/targetHost",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.TunnelSettings/properties/targetHost/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data27.targetPort !== undefined){
let data30 = data27.targetPort;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err47 = {instancePath:instancePath+"/tunnel/targetPort",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.TunnelSettings/properties/targetPort/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 4294967295 || isNaN(data30)){
const err48 = {instancePath:instancePath+"/tunnel/targetPort",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.TunnelSettings/properties/targetPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data30 < 0 || isNaN(data30)){
const err49 = {instancePath:instancePath+"/tunnel/targetPort",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.TunnelSettings/properties/targetPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
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
for(const key3 in data27){
if(!(((key3 === "protocol") || (key3 === "targetHost")) || (key3 === "targetPort"))){
const err50 = {instancePath:instancePath+"/tunnel",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.TunnelSettings/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Istio TrafficPolicy.TunnelSettings"}};
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
const err51 = {instancePath:instancePath+"/tunnel",schemaPath:"k8s#/definitions/crd-type Istio TrafficPolicy.TunnelSettings/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
for(const key4 in data){
if(!(obj89.has(key4))){
const err52 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Istio TrafficPolicy"}};
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
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate522.errors = vErrors;
return errors === 0;
}
function validate521(data, instancePath=""){
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
if(data.labels !== undefined){
let data0 = data.labels;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
if(typeof data0[key0] !== "string"){
const err1 = {instancePath:instancePath+"/labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.trafficPolicy !== undefined){
if(!(validate522(data.trafficPolicy, instancePath+"/trafficPolicy"))){
vErrors = vErrors === null ? validate522.errors : vErrors.concat(validate522.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(!(((key1 === "labels") || (key1 === "name")) || (key1 === "trafficPolicy"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio Subset"}};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate521.errors = vErrors;
return errors === 0;
}
function validate520(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.host === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "host"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.exportTo !== undefined){
let data0 = data.exportTo;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/exportTo/" + i0,schemaPath:"#/properties/exportTo/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/exportTo",schemaPath:"#/properties/exportTo/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.host !== undefined){
if(typeof data.host !== "string"){
const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.subsets !== undefined){
let data3 = data.subsets;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate521(data3[i1], instancePath+"/subsets/" + i1))){
vErrors = vErrors === null ? validate521.errors : vErrors.concat(validate521.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/subsets",schemaPath:"#/properties/subsets/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.trafficPolicy !== undefined){
if(!(validate522(data.trafficPolicy, instancePath+"/trafficPolicy"))){
vErrors = vErrors === null ? validate522.errors : vErrors.concat(validate522.errors);
errors = vErrors.length;
}
}
if(data.workloadSelector !== undefined){
let data6 = data.workloadSelector;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.matchLabels !== undefined){
let data7 = data6.matchLabels;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key0 in data7){
if(typeof data7[key0] !== "string"){
const err5 = {instancePath:instancePath+"/workloadSelector/matchLabels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"k8s#/definitions/crd-type Istio WorkloadSelector/properties/matchLabels/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err6 = {instancePath:instancePath+"/workloadSelector/matchLabels",schemaPath:"k8s#/definitions/crd-type Istio WorkloadSelector/properties/matchLabels/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key1 in data6){
if(!(key1 === "matchLabels")){
const err7 = {instancePath:instancePath+"/workloadSelector",schemaPath:"k8s#/definitions/crd-type Istio WorkloadSelector/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Istio WorkloadSelector"}};
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
const err8 = {instancePath:instancePath+"/workloadSelector",schemaPath:"k8s#/definitions/crd-type Istio WorkloadSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data){
if(!(((((key2 === "exportTo") || (key2 === "host")) || (key2 === "subsets")) || (key2 === "trafficPolicy")) || (key2 === "workloadSelector"))){
const err9 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Istio DestinationRule"}};
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate520.errors = vErrors;
return errors === 0;
}
module.exports = {validate520};
