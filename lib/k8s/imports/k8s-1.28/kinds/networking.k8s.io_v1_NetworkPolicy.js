/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators of networking.k8s.io/v1/NetworkPolicy alone.
"use strict";
const {validate17} = require("./_shared-189cd486ec31.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const schema208 = {"type":"object","properties":{"egress":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyEgressRule"}},"ingress":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyIngressRule"}},"podSelector":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"},"policyTypes":{"type":"array","items":{"type":"string","enum":["Egress","Ingress"]}}},"required":["podSelector"],"k8sClosed":"Kubernetes 1.28 NetworkPolicySpec"};
const schema210 = {"type":"object","properties":{"endPort":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"port":{"type":["integer","string"],"minimum":-2147483648,"maximum":2147483647},"protocol":{"type":"string","enum":["SCTP","TCP","UDP"]}},"k8sClosed":"Kubernetes 1.28 NetworkPolicyPort"};
function validate251(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ipBlock !== undefined){
let data0 = data.ipBlock;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.cidr === undefined){
const err0 = {instancePath:instancePath+"/ipBlock",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.IPBlock/required",keyword:"required",params:{missingProperty: "cidr"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.cidr !== undefined){
if(typeof data0.cidr !== "string"){
const err1 = {instancePath:instancePath+"/ipBlock/cidr",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.IPBlock/properties/cidr/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.except !== undefined){
let data2 = data0.except;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err2 = {instancePath:instancePath+"/ipBlock/except/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.IPBlock/properties/except/items/type",keyword:"type",params:{type: "string"}};
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
else {
const err3 = {instancePath:instancePath+"/ipBlock/except",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.IPBlock/properties/except/type",keyword:"type",params:{type: "array"}};
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
if(!((key0 === "cidr") || (key0 === "except"))){
const err4 = {instancePath:instancePath+"/ipBlock",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.IPBlock/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 IPBlock"}};
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
const err5 = {instancePath:instancePath+"/ipBlock",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.IPBlock/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
if(data.podSelector !== undefined){
if(!(validate17(data.podSelector, instancePath+"/podSelector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
for(const key1 in data){
if(!(((key1 === "ipBlock") || (key1 === "namespaceSelector")) || (key1 === "podSelector"))){
const err6 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 NetworkPolicyPeer"}};
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
validate251.errors = vErrors;
return errors === 0;
}
function validate250(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ports !== undefined){
let data0 = data.ports;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.endPort !== undefined){
let data2 = data1.endPort;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err0 = {instancePath:instancePath+"/ports/" + i0+"/endPort",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/endPort/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err1 = {instancePath:instancePath+"/ports/" + i0+"/endPort",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/endPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err2 = {instancePath:instancePath+"/ports/" + i0+"/endPort",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/endPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data1.port !== undefined){
let data3 = data1.port;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")){
const err3 = {instancePath:instancePath+"/ports/" + i0+"/port",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/port/type",keyword:"type",params:{type: schema210.properties.port.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err4 = {instancePath:instancePath+"/ports/" + i0+"/port",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/ports/" + i0+"/port",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data1.protocol !== undefined){
let data4 = data1.protocol;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/ports/" + i0+"/protocol",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/protocol/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data4 === "SCTP") || (data4 === "TCP")) || (data4 === "UDP"))){
const err7 = {instancePath:instancePath+"/ports/" + i0+"/protocol",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema210.properties.protocol.enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key0 in data1){
if(!(((key0 === "endPort") || (key0 === "port")) || (key0 === "protocol"))){
const err8 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 NetworkPolicyPort"}};
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
const err9 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/type",keyword:"type",params:{type: "object"}};
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
const err10 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.to !== undefined){
let data5 = data.to;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate251(data5[i1], instancePath+"/to/" + i1))){
vErrors = vErrors === null ? validate251.errors : vErrors.concat(validate251.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key1 in data){
if(!((key1 === "ports") || (key1 === "to"))){
const err12 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 NetworkPolicyEgressRule"}};
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
validate250.errors = vErrors;
return errors === 0;
}
function validate256(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from !== undefined){
let data0 = data.from;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate251(data0[i0], instancePath+"/from/" + i0))){
vErrors = vErrors === null ? validate251.errors : vErrors.concat(validate251.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ports !== undefined){
let data2 = data.ports;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.endPort !== undefined){
let data4 = data3.endPort;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err1 = {instancePath:instancePath+"/ports/" + i1+"/endPort",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/endPort/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err2 = {instancePath:instancePath+"/ports/" + i1+"/endPort",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/endPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data4 < -2147483648 || isNaN(data4)){
const err3 = {instancePath:instancePath+"/ports/" + i1+"/endPort",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/endPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data3.port !== undefined){
let data5 = data3.port;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (typeof data5 !== "string")){
const err4 = {instancePath:instancePath+"/ports/" + i1+"/port",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/port/type",keyword:"type",params:{type: schema210.properties.port.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2147483647 || isNaN(data5)){
const err5 = {instancePath:instancePath+"/ports/" + i1+"/port",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data5 < -2147483648 || isNaN(data5)){
const err6 = {instancePath:instancePath+"/ports/" + i1+"/port",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data3.protocol !== undefined){
let data6 = data3.protocol;
if(typeof data6 !== "string"){
const err7 = {instancePath:instancePath+"/ports/" + i1+"/protocol",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/protocol/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data6 === "SCTP") || (data6 === "TCP")) || (data6 === "UDP"))){
const err8 = {instancePath:instancePath+"/ports/" + i1+"/protocol",schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema210.properties.protocol.enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key0 in data3){
if(!(((key0 === "endPort") || (key0 === "port")) || (key0 === "protocol"))){
const err9 = {instancePath:instancePath+"/ports/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 NetworkPolicyPort"}};
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
const err10 = {instancePath:instancePath+"/ports/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.networking.v1.NetworkPolicyPort/type",keyword:"type",params:{type: "object"}};
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
const err11 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key1 in data){
if(!((key1 === "from") || (key1 === "ports"))){
const err12 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 NetworkPolicyIngressRule"}};
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
validate256.errors = vErrors;
return errors === 0;
}
function validate249(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.podSelector === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "podSelector"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.egress !== undefined){
let data0 = data.egress;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate250(data0[i0], instancePath+"/egress/" + i0))){
vErrors = vErrors === null ? validate250.errors : vErrors.concat(validate250.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/egress",schemaPath:"#/properties/egress/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ingress !== undefined){
let data2 = data.ingress;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate256(data2[i1], instancePath+"/ingress/" + i1))){
vErrors = vErrors === null ? validate256.errors : vErrors.concat(validate256.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/ingress",schemaPath:"#/properties/ingress/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.podSelector !== undefined){
if(!(validate17(data.podSelector, instancePath+"/podSelector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.policyTypes !== undefined){
let data5 = data.policyTypes;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
if(typeof data6 !== "string"){
const err3 = {instancePath:instancePath+"/policyTypes/" + i2,schemaPath:"#/properties/policyTypes/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!((data6 === "Egress") || (data6 === "Ingress"))){
const err4 = {instancePath:instancePath+"/policyTypes/" + i2,schemaPath:"#/properties/policyTypes/items/enum",keyword:"enum",params:{allowedValues: schema208.properties.policyTypes.items.enum}};
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
const err5 = {instancePath:instancePath+"/policyTypes",schemaPath:"#/properties/policyTypes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key0 in data){
if(!((((key0 === "egress") || (key0 === "ingress")) || (key0 === "podSelector")) || (key0 === "policyTypes"))){
const err6 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 NetworkPolicySpec"}};
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
validate249.errors = vErrors;
return errors === 0;
}
function validate247(data, instancePath=""){
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
if("networking.k8s.io/v1" !== data0){
const err1 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "networking.k8s.io/v1"}};
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
if("NetworkPolicy" !== data1){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "NetworkPolicy"}};
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
if(!(validate249(data.spec, instancePath+"/spec"))){
vErrors = vErrors === null ? validate249.errors : vErrors.concat(validate249.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "metadata")) || (key0 === "spec"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 NetworkPolicy"}};
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
validate247.errors = vErrors;
return errors === 0;
}
module.exports = {validate247};
