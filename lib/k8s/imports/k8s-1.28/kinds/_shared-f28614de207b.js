/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 7 kinds share: apps/v1/DaemonSet, apps/v1/Deployment, apps/v1/ReplicaSet, apps/v1/StatefulSet, batch/v1/CronJob, batch/v1/Job, v1/Pod.
"use strict";
const {validate17} = require("./_shared-189cd486ec31.js");
const {schema92} = require("./_shared-2d45fd122197.js");
const {pattern4} = require("./_shared-36b9c59a91a1.js");
const {validate12} = require("./_shared-3b773811c50a.js");
const {schema123, schema96, validate38, validate41} = require("./_shared-76ac4efc7f78.js");
const {validate119, validate77} = require("./_shared-ef83c6f45ca3.js");
const schema30 = {"type":"object","properties":{"activeDeadlineSeconds":{"type":"integer"},"affinity":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Affinity"},"automountServiceAccountToken":{"type":"boolean"},"containers":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Container"}},"dnsConfig":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.PodDNSConfig"},"dnsPolicy":{"type":"string","enum":["ClusterFirst","ClusterFirstWithHostNet","Default","None"]},"enableServiceLinks":{"type":"boolean"},"ephemeralContainers":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.EphemeralContainer"}},"hostAliases":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.HostAlias"}},"hostIPC":{"type":"boolean"},"hostNetwork":{"type":"boolean"},"hostPID":{"type":"boolean"},"hostUsers":{"type":"boolean"},"hostname":{"type":"string"},"imagePullSecrets":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference"}},"initContainers":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Container"}},"nodeName":{"type":"string"},"nodeSelector":{"type":"object","additionalProperties":{"type":"string"}},"os":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.PodOS"},"overhead":{"type":"object","additionalProperties":{"type":["string","number"],"pattern":"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}},"preemptionPolicy":{"type":"string","enum":["Never","PreemptLowerPriority"]},"priority":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"priorityClassName":{"type":"string"},"readinessGates":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.PodReadinessGate"}},"resourceClaims":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.PodResourceClaim"}},"restartPolicy":{"type":"string","enum":["Always","Never","OnFailure"]},"runtimeClassName":{"type":"string"},"schedulerName":{"type":"string"},"schedulingGates":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.PodSchedulingGate"}},"securityContext":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.PodSecurityContext"},"serviceAccount":{"type":"string"},"serviceAccountName":{"type":"string"},"setHostnameAsFQDN":{"type":"boolean"},"shareProcessNamespace":{"type":"boolean"},"subdomain":{"type":"string"},"terminationGracePeriodSeconds":{"type":"integer"},"tolerations":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Toleration"}},"topologySpreadConstraints":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.TopologySpreadConstraint"}},"volumes":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Volume"}}},"required":["containers"],"k8sClosed":"Kubernetes 1.28 PodSpec"};
function validate37(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.preference === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "preference"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.weight === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.preference !== undefined){
if(!(validate38(data.preference, instancePath+"/preference"))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.weight !== undefined){
let data1 = data.weight;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < -2147483648 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key0 in data){
if(!((key0 === "preference") || (key0 === "weight"))){
const err5 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 PreferredSchedulingTerm"}};
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
validate37.errors = vErrors;
return errors === 0;
}
function validate36(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.preferredDuringSchedulingIgnoredDuringExecution !== undefined){
let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate37(data0[i0], instancePath+"/preferredDuringSchedulingIgnoredDuringExecution/" + i0))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution",schemaPath:"#/properties/preferredDuringSchedulingIgnoredDuringExecution/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.requiredDuringSchedulingIgnoredDuringExecution !== undefined){
if(!(validate41(data.requiredDuringSchedulingIgnoredDuringExecution, instancePath+"/requiredDuringSchedulingIgnoredDuringExecution"))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!((key0 === "preferredDuringSchedulingIgnoredDuringExecution") || (key0 === "requiredDuringSchedulingIgnoredDuringExecution"))){
const err1 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 NodeAffinity"}};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
function validate47(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.topologyKey === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "topologyKey"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.labelSelector !== undefined){
if(!(validate17(data.labelSelector, instancePath+"/labelSelector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.namespaceSelector !== undefined){
if(!(validate17(data.namespaceSelector, instancePath+"/namespaceSelector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.namespaces !== undefined){
let data2 = data.namespaces;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err1 = {instancePath:instancePath+"/namespaces/" + i0,schemaPath:"#/properties/namespaces/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/namespaces",schemaPath:"#/properties/namespaces/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.topologyKey !== undefined){
if(typeof data.topologyKey !== "string"){
const err3 = {instancePath:instancePath+"/topologyKey",schemaPath:"#/properties/topologyKey/type",keyword:"type",params:{type: "string"}};
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
if(!((((key0 === "labelSelector") || (key0 === "namespaceSelector")) || (key0 === "namespaces")) || (key0 === "topologyKey"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 PodAffinityTerm"}};
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
validate47.errors = vErrors;
return errors === 0;
}
function validate46(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.podAffinityTerm === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "podAffinityTerm"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.weight === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.podAffinityTerm !== undefined){
if(!(validate47(data.podAffinityTerm, instancePath+"/podAffinityTerm"))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.weight !== undefined){
let data1 = data.weight;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1 < -2147483648 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key0 in data){
if(!((key0 === "podAffinityTerm") || (key0 === "weight"))){
const err5 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 WeightedPodAffinityTerm"}};
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
validate46.errors = vErrors;
return errors === 0;
}
function validate45(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.preferredDuringSchedulingIgnoredDuringExecution !== undefined){
let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate46(data0[i0], instancePath+"/preferredDuringSchedulingIgnoredDuringExecution/" + i0))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution",schemaPath:"#/properties/preferredDuringSchedulingIgnoredDuringExecution/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.requiredDuringSchedulingIgnoredDuringExecution !== undefined){
let data2 = data.requiredDuringSchedulingIgnoredDuringExecution;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate47(data2[i1], instancePath+"/requiredDuringSchedulingIgnoredDuringExecution/" + i1))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/requiredDuringSchedulingIgnoredDuringExecution",schemaPath:"#/properties/requiredDuringSchedulingIgnoredDuringExecution/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key0 in data){
if(!((key0 === "preferredDuringSchedulingIgnoredDuringExecution") || (key0 === "requiredDuringSchedulingIgnoredDuringExecution"))){
const err2 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 PodAffinity"}};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
function validate54(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.preferredDuringSchedulingIgnoredDuringExecution !== undefined){
let data0 = data.preferredDuringSchedulingIgnoredDuringExecution;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate46(data0[i0], instancePath+"/preferredDuringSchedulingIgnoredDuringExecution/" + i0))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/preferredDuringSchedulingIgnoredDuringExecution",schemaPath:"#/properties/preferredDuringSchedulingIgnoredDuringExecution/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.requiredDuringSchedulingIgnoredDuringExecution !== undefined){
let data2 = data.requiredDuringSchedulingIgnoredDuringExecution;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate47(data2[i1], instancePath+"/requiredDuringSchedulingIgnoredDuringExecution/" + i1))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/requiredDuringSchedulingIgnoredDuringExecution",schemaPath:"#/properties/requiredDuringSchedulingIgnoredDuringExecution/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key0 in data){
if(!((key0 === "preferredDuringSchedulingIgnoredDuringExecution") || (key0 === "requiredDuringSchedulingIgnoredDuringExecution"))){
const err2 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 PodAntiAffinity"}};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
function validate35(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nodeAffinity !== undefined){
if(!(validate36(data.nodeAffinity, instancePath+"/nodeAffinity"))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
if(data.podAffinity !== undefined){
if(!(validate45(data.podAffinity, instancePath+"/podAffinity"))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
if(data.podAntiAffinity !== undefined){
if(!(validate54(data.podAntiAffinity, instancePath+"/podAntiAffinity"))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!(((key0 === "nodeAffinity") || (key0 === "podAffinity")) || (key0 === "podAntiAffinity"))){
const err0 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 Affinity"}};
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
validate35.errors = vErrors;
return errors === 0;
}
const schema42 = {"type":"object","properties":{"args":{"type":"array","items":{"type":"string"}},"command":{"type":"array","items":{"type":"string"}},"env":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.EnvVar"}},"envFrom":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.EnvFromSource"}},"image":{"type":"string"},"imagePullPolicy":{"type":"string","enum":["Always","IfNotPresent","Never"]},"lifecycle":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Lifecycle"},"livenessProbe":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Probe"},"name":{"type":"string"},"ports":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ContainerPort"}},"readinessProbe":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Probe"},"resizePolicy":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy"}},"resources":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ResourceRequirements"},"restartPolicy":{"type":"string"},"securityContext":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.SecurityContext"},"startupProbe":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Probe"},"stdin":{"type":"boolean"},"stdinOnce":{"type":"boolean"},"terminationMessagePath":{"type":"string"},"terminationMessagePolicy":{"type":"string","enum":["FallbackToLogsOnError","File"]},"tty":{"type":"boolean"},"volumeDevices":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice"}},"volumeMounts":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.VolumeMount"}},"workingDir":{"type":"string"}},"required":["name"],"k8sClosed":"Kubernetes 1.28 Container"};
const schema62 = {"type":"object","properties":{"containerPort":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"hostIP":{"type":"string"},"hostPort":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"name":{"type":"string"},"protocol":{"type":"string","enum":["SCTP","TCP","UDP"]}},"required":["containerPort"],"k8sClosed":"Kubernetes 1.28 ContainerPort"};
const schema72 = {"type":"object","properties":{"mountPath":{"type":"string"},"mountPropagation":{"type":"string","enum":["Bidirectional","HostToContainer","None"]},"name":{"type":"string"},"readOnly":{"type":"boolean"},"subPath":{"type":"string"},"subPathExpr":{"type":"string"}},"required":["mountPath","name"],"k8sClosed":"Kubernetes 1.28 VolumeMount"};
const schema47 = {"type":"object","properties":{"containerName":{"type":"string"},"divisor":{"type":["string","number"],"pattern":"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"},"resource":{"type":"string"}},"required":["resource"],"k8sClosed":"Kubernetes 1.28 ResourceFieldSelector"};
function validate61(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.configMapKeyRef !== undefined){
let data0 = data.configMapKeyRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.key === undefined){
const err0 = {instancePath:instancePath+"/configMapKeyRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector/required",keyword:"required",params:{missingProperty: "key"}};
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
const err1 = {instancePath:instancePath+"/configMapKeyRef/key",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector/properties/key/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/configMapKeyRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector/properties/name/type",keyword:"type",params:{type: "string"}};
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
const err3 = {instancePath:instancePath+"/configMapKeyRef/optional",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector/properties/optional/type",keyword:"type",params:{type: "boolean"}};
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
const err4 = {instancePath:instancePath+"/configMapKeyRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ConfigMapKeySelector"}};
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
const err5 = {instancePath:instancePath+"/configMapKeyRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.fieldRef !== undefined){
let data4 = data.fieldRef;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.fieldPath === undefined){
const err6 = {instancePath:instancePath+"/fieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectFieldSelector/required",keyword:"required",params:{missingProperty: "fieldPath"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4.apiVersion !== undefined){
if(typeof data4.apiVersion !== "string"){
const err7 = {instancePath:instancePath+"/fieldRef/apiVersion",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectFieldSelector/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.fieldPath !== undefined){
if(typeof data4.fieldPath !== "string"){
const err8 = {instancePath:instancePath+"/fieldRef/fieldPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectFieldSelector/properties/fieldPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key1 in data4){
if(!((key1 === "apiVersion") || (key1 === "fieldPath"))){
const err9 = {instancePath:instancePath+"/fieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectFieldSelector/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ObjectFieldSelector"}};
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
const err10 = {instancePath:instancePath+"/fieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectFieldSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.resourceFieldRef !== undefined){
let data7 = data.resourceFieldRef;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.resource === undefined){
const err11 = {instancePath:instancePath+"/resourceFieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/required",keyword:"required",params:{missingProperty: "resource"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data7.containerName !== undefined){
if(typeof data7.containerName !== "string"){
const err12 = {instancePath:instancePath+"/resourceFieldRef/containerName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/properties/containerName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data7.divisor !== undefined){
let data9 = data7.divisor;
if((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))){
const err13 = {instancePath:instancePath+"/resourceFieldRef/divisor",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/properties/divisor/type",keyword:"type",params:{type: schema47.properties.divisor.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
const err14 = {instancePath:instancePath+"/resourceFieldRef/divisor",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/properties/divisor/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
if(data7.resource !== undefined){
if(typeof data7.resource !== "string"){
const err15 = {instancePath:instancePath+"/resourceFieldRef/resource",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/properties/resource/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key2 in data7){
if(!(((key2 === "containerName") || (key2 === "divisor")) || (key2 === "resource"))){
const err16 = {instancePath:instancePath+"/resourceFieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 ResourceFieldSelector"}};
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
const err17 = {instancePath:instancePath+"/resourceFieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.secretKeyRef !== undefined){
let data11 = data.secretKeyRef;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.key === undefined){
const err18 = {instancePath:instancePath+"/secretKeyRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretKeySelector/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data11.key !== undefined){
if(typeof data11.key !== "string"){
const err19 = {instancePath:instancePath+"/secretKeyRef/key",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretKeySelector/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data11.name !== undefined){
if(typeof data11.name !== "string"){
const err20 = {instancePath:instancePath+"/secretKeyRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretKeySelector/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data11.optional !== undefined){
if(typeof data11.optional !== "boolean"){
const err21 = {instancePath:instancePath+"/secretKeyRef/optional",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretKeySelector/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key3 in data11){
if(!(((key3 === "key") || (key3 === "name")) || (key3 === "optional"))){
const err22 = {instancePath:instancePath+"/secretKeyRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretKeySelector/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Kubernetes 1.28 SecretKeySelector"}};
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
const err23 = {instancePath:instancePath+"/secretKeyRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretKeySelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key4 in data){
if(!((((key4 === "configMapKeyRef") || (key4 === "fieldRef")) || (key4 === "resourceFieldRef")) || (key4 === "secretKeyRef"))){
const err24 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Kubernetes 1.28 EnvVarSource"}};
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
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
function validate60(data, instancePath=""){
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.valueFrom !== undefined){
if(!(validate61(data.valueFrom, instancePath+"/valueFrom"))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "value")) || (key0 === "valueFrom"))){
const err3 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 EnvVar"}};
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
validate60.errors = vErrors;
return errors === 0;
}
function validate64(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.configMapRef !== undefined){
let data0 = data.configMapRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name !== undefined){
if(typeof data0.name !== "string"){
const err0 = {instancePath:instancePath+"/configMapRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ConfigMapEnvSource/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.optional !== undefined){
if(typeof data0.optional !== "boolean"){
const err1 = {instancePath:instancePath+"/configMapRef/optional",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ConfigMapEnvSource/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key0 in data0){
if(!((key0 === "name") || (key0 === "optional"))){
const err2 = {instancePath:instancePath+"/configMapRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ConfigMapEnvSource/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ConfigMapEnvSource"}};
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
const err3 = {instancePath:instancePath+"/configMapRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ConfigMapEnvSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.prefix !== undefined){
if(typeof data.prefix !== "string"){
const err4 = {instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.secretRef !== undefined){
let data4 = data.secretRef;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name !== undefined){
if(typeof data4.name !== "string"){
const err5 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretEnvSource/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.optional !== undefined){
if(typeof data4.optional !== "boolean"){
const err6 = {instancePath:instancePath+"/secretRef/optional",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretEnvSource/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key1 in data4){
if(!((key1 === "name") || (key1 === "optional"))){
const err7 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretEnvSource/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 SecretEnvSource"}};
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
const err8 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SecretEnvSource/type",keyword:"type",params:{type: "object"}};
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
if(!(((key2 === "configMapRef") || (key2 === "prefix")) || (key2 === "secretRef"))){
const err9 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 EnvFromSource"}};
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
validate64.errors = vErrors;
return errors === 0;
}
const schema57 = {"type":"object","properties":{"host":{"type":"string"},"port":{"type":["integer","string"],"minimum":-2147483648,"maximum":2147483647}},"required":["port"],"k8sClosed":"Kubernetes 1.28 TCPSocketAction"};
const schema55 = {"type":"object","properties":{"host":{"type":"string"},"httpHeaders":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.HTTPHeader"}},"path":{"type":"string"},"port":{"type":["integer","string"],"minimum":-2147483648,"maximum":2147483647},"scheme":{"type":"string","enum":["HTTP","HTTPS"]}},"required":["port"],"k8sClosed":"Kubernetes 1.28 HTTPGetAction"};
function validate68(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.port === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "port"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.host !== undefined){
if(typeof data.host !== "string"){
const err1 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.httpHeaders !== undefined){
let data1 = data.httpHeaders;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err2 = {instancePath:instancePath+"/httpHeaders/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HTTPHeader/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data2.value === undefined){
const err3 = {instancePath:instancePath+"/httpHeaders/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HTTPHeader/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err4 = {instancePath:instancePath+"/httpHeaders/" + i0+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HTTPHeader/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.value !== undefined){
if(typeof data2.value !== "string"){
const err5 = {instancePath:instancePath+"/httpHeaders/" + i0+"/value",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HTTPHeader/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key0 in data2){
if(!((key0 === "name") || (key0 === "value"))){
const err6 = {instancePath:instancePath+"/httpHeaders/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HTTPHeader/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 HTTPHeader"}};
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
const err7 = {instancePath:instancePath+"/httpHeaders/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HTTPHeader/type",keyword:"type",params:{type: "object"}};
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
const err8 = {instancePath:instancePath+"/httpHeaders",schemaPath:"#/properties/httpHeaders/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.port !== undefined){
let data6 = data.port;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")){
const err10 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: schema55.properties.port.type}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2147483647 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6 < -2147483648 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.scheme !== undefined){
let data7 = data.scheme;
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data7 === "HTTP") || (data7 === "HTTPS"))){
const err14 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema55.properties.scheme.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key1 in data){
if(!(((((key1 === "host") || (key1 === "httpHeaders")) || (key1 === "path")) || (key1 === "port")) || (key1 === "scheme"))){
const err15 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 HTTPGetAction"}};
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
validate68.errors = vErrors;
return errors === 0;
}
function validate67(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exec !== undefined){
let data0 = data.exec;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.command !== undefined){
let data1 = data0.command;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err0 = {instancePath:instancePath+"/exec/command/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ExecAction/properties/command/items/type",keyword:"type",params:{type: "string"}};
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
const err1 = {instancePath:instancePath+"/exec/command",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ExecAction/properties/command/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key0 in data0){
if(!(key0 === "command")){
const err2 = {instancePath:instancePath+"/exec",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ExecAction/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ExecAction"}};
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
const err3 = {instancePath:instancePath+"/exec",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ExecAction/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.httpGet !== undefined){
if(!(validate68(data.httpGet, instancePath+"/httpGet"))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.tcpSocket !== undefined){
let data4 = data.tcpSocket;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.port === undefined){
const err4 = {instancePath:instancePath+"/tcpSocket",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/required",keyword:"required",params:{missingProperty: "port"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data4.host !== undefined){
if(typeof data4.host !== "string"){
const err5 = {instancePath:instancePath+"/tcpSocket/host",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data4.port !== undefined){
let data6 = data4.port;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")){
const err6 = {instancePath:instancePath+"/tcpSocket/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/properties/port/type",keyword:"type",params:{type: schema57.properties.port.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 2147483647 || isNaN(data6)){
const err7 = {instancePath:instancePath+"/tcpSocket/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data6 < -2147483648 || isNaN(data6)){
const err8 = {instancePath:instancePath+"/tcpSocket/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key1 in data4){
if(!((key1 === "host") || (key1 === "port"))){
const err9 = {instancePath:instancePath+"/tcpSocket",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 TCPSocketAction"}};
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
const err10 = {instancePath:instancePath+"/tcpSocket",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/type",keyword:"type",params:{type: "object"}};
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
if(!(((key2 === "exec") || (key2 === "httpGet")) || (key2 === "tcpSocket"))){
const err11 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 LifecycleHandler"}};
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
validate67.errors = vErrors;
return errors === 0;
}
function validate66(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.postStart !== undefined){
if(!(validate67(data.postStart, instancePath+"/postStart"))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
if(data.preStop !== undefined){
if(!(validate67(data.preStop, instancePath+"/preStop"))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!((key0 === "postStart") || (key0 === "preStop"))){
const err0 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 Lifecycle"}};
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
validate66.errors = vErrors;
return errors === 0;
}
const obj5 = new Set(["exec","failureThreshold","grpc","httpGet","initialDelaySeconds","periodSeconds","successThreshold","tcpSocket","terminationGracePeriodSeconds","timeoutSeconds"]);
function validate73(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.exec !== undefined){
let data0 = data.exec;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.command !== undefined){
let data1 = data0.command;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err0 = {instancePath:instancePath+"/exec/command/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ExecAction/properties/command/items/type",keyword:"type",params:{type: "string"}};
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
const err1 = {instancePath:instancePath+"/exec/command",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ExecAction/properties/command/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key0 in data0){
if(!(key0 === "command")){
const err2 = {instancePath:instancePath+"/exec",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ExecAction/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ExecAction"}};
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
const err3 = {instancePath:instancePath+"/exec",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ExecAction/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.failureThreshold !== undefined){
let data3 = data.failureThreshold;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err4 = {instancePath:instancePath+"/failureThreshold",schemaPath:"#/properties/failureThreshold/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/failureThreshold",schemaPath:"#/properties/failureThreshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/failureThreshold",schemaPath:"#/properties/failureThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.grpc !== undefined){
let data4 = data.grpc;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.port === undefined){
const err7 = {instancePath:instancePath+"/grpc",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GRPCAction/required",keyword:"required",params:{missingProperty: "port"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.port !== undefined){
let data5 = data4.port;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err8 = {instancePath:instancePath+"/grpc/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GRPCAction/properties/port/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2147483647 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/grpc/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GRPCAction/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5 < -2147483648 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/grpc/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GRPCAction/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data4.service !== undefined){
if(typeof data4.service !== "string"){
const err11 = {instancePath:instancePath+"/grpc/service",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GRPCAction/properties/service/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
for(const key1 in data4){
if(!((key1 === "port") || (key1 === "service"))){
const err12 = {instancePath:instancePath+"/grpc",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GRPCAction/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 GRPCAction"}};
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
const err13 = {instancePath:instancePath+"/grpc",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GRPCAction/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.httpGet !== undefined){
if(!(validate68(data.httpGet, instancePath+"/httpGet"))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
if(data.initialDelaySeconds !== undefined){
let data8 = data.initialDelaySeconds;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/initialDelaySeconds",schemaPath:"#/properties/initialDelaySeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 2147483647 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/initialDelaySeconds",schemaPath:"#/properties/initialDelaySeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data8 < -2147483648 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/initialDelaySeconds",schemaPath:"#/properties/initialDelaySeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.periodSeconds !== undefined){
let data9 = data.periodSeconds;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err17 = {instancePath:instancePath+"/periodSeconds",schemaPath:"#/properties/periodSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 2147483647 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/periodSeconds",schemaPath:"#/properties/periodSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data9 < -2147483648 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/periodSeconds",schemaPath:"#/properties/periodSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.successThreshold !== undefined){
let data10 = data.successThreshold;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err20 = {instancePath:instancePath+"/successThreshold",schemaPath:"#/properties/successThreshold/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 2147483647 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/successThreshold",schemaPath:"#/properties/successThreshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data10 < -2147483648 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/successThreshold",schemaPath:"#/properties/successThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.tcpSocket !== undefined){
let data11 = data.tcpSocket;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.port === undefined){
const err23 = {instancePath:instancePath+"/tcpSocket",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/required",keyword:"required",params:{missingProperty: "port"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data11.host !== undefined){
if(typeof data11.host !== "string"){
const err24 = {instancePath:instancePath+"/tcpSocket/host",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/properties/host/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data11.port !== undefined){
let data13 = data11.port;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (typeof data13 !== "string")){
const err25 = {instancePath:instancePath+"/tcpSocket/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/properties/port/type",keyword:"type",params:{type: schema57.properties.port.type}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 2147483647 || isNaN(data13)){
const err26 = {instancePath:instancePath+"/tcpSocket/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data13 < -2147483648 || isNaN(data13)){
const err27 = {instancePath:instancePath+"/tcpSocket/port",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key2 in data11){
if(!((key2 === "host") || (key2 === "port"))){
const err28 = {instancePath:instancePath+"/tcpSocket",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 TCPSocketAction"}};
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
const err29 = {instancePath:instancePath+"/tcpSocket",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.TCPSocketAction/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.terminationGracePeriodSeconds !== undefined){
let data14 = data.terminationGracePeriodSeconds;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err30 = {instancePath:instancePath+"/terminationGracePeriodSeconds",schemaPath:"#/properties/terminationGracePeriodSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.timeoutSeconds !== undefined){
let data15 = data.timeoutSeconds;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err31 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 2147483647 || isNaN(data15)){
const err32 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data15 < -2147483648 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
for(const key3 in data){
if(!(obj5.has(key3))){
const err34 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Kubernetes 1.28 Probe"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate73.errors = vErrors;
return errors === 0;
}
const schema66 = {"type":"object","properties":{"allowPrivilegeEscalation":{"type":"boolean"},"capabilities":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Capabilities"},"privileged":{"type":"boolean"},"procMount":{"type":"string","enum":["Default","Unmasked"]},"readOnlyRootFilesystem":{"type":"boolean"},"runAsGroup":{"type":"integer"},"runAsNonRoot":{"type":"boolean"},"runAsUser":{"type":"integer"},"seLinuxOptions":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions"},"seccompProfile":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile"},"windowsOptions":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions"}},"k8sClosed":"Kubernetes 1.28 SecurityContext"};
const schema69 = {"type":"object","properties":{"localhostProfile":{"type":"string"},"type":{"type":"string","enum":["Localhost","RuntimeDefault","Unconfined"]}},"required":["type"],"k8sClosed":"Kubernetes 1.28 SeccompProfile"};
const obj6 = new Set(["allowPrivilegeEscalation","capabilities","privileged","procMount","readOnlyRootFilesystem","runAsGroup","runAsNonRoot","runAsUser","seLinuxOptions","seccompProfile","windowsOptions"]);
function validate79(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.allowPrivilegeEscalation !== undefined){
if(typeof data.allowPrivilegeEscalation !== "boolean"){
const err0 = {instancePath:instancePath+"/allowPrivilegeEscalation",schemaPath:"#/properties/allowPrivilegeEscalation/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.capabilities !== undefined){
let data1 = data.capabilities;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.add !== undefined){
let data2 = data1.add;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err1 = {instancePath:instancePath+"/capabilities/add/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Capabilities/properties/add/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/capabilities/add",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Capabilities/properties/add/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.drop !== undefined){
let data4 = data1.drop;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(typeof data4[i1] !== "string"){
const err3 = {instancePath:instancePath+"/capabilities/drop/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Capabilities/properties/drop/items/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/capabilities/drop",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Capabilities/properties/drop/type",keyword:"type",params:{type: "array"}};
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
if(!((key0 === "add") || (key0 === "drop"))){
const err5 = {instancePath:instancePath+"/capabilities",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Capabilities/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 Capabilities"}};
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
const err6 = {instancePath:instancePath+"/capabilities",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Capabilities/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.privileged !== undefined){
if(typeof data.privileged !== "boolean"){
const err7 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.procMount !== undefined){
let data7 = data.procMount;
if(typeof data7 !== "string"){
const err8 = {instancePath:instancePath+"/procMount",schemaPath:"#/properties/procMount/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data7 === "Default") || (data7 === "Unmasked"))){
const err9 = {instancePath:instancePath+"/procMount",schemaPath:"#/properties/procMount/enum",keyword:"enum",params:{allowedValues: schema66.properties.procMount.enum}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.readOnlyRootFilesystem !== undefined){
if(typeof data.readOnlyRootFilesystem !== "boolean"){
const err10 = {instancePath:instancePath+"/readOnlyRootFilesystem",schemaPath:"#/properties/readOnlyRootFilesystem/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.runAsGroup !== undefined){
let data9 = data.runAsGroup;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err11 = {instancePath:instancePath+"/runAsGroup",schemaPath:"#/properties/runAsGroup/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.runAsNonRoot !== undefined){
if(typeof data.runAsNonRoot !== "boolean"){
const err12 = {instancePath:instancePath+"/runAsNonRoot",schemaPath:"#/properties/runAsNonRoot/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.runAsUser !== undefined){
let data11 = data.runAsUser;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err13 = {instancePath:instancePath+"/runAsUser",schemaPath:"#/properties/runAsUser/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.seLinuxOptions !== undefined){
let data12 = data.seLinuxOptions;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.level !== undefined){
if(typeof data12.level !== "string"){
const err14 = {instancePath:instancePath+"/seLinuxOptions/level",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/properties/level/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data12.role !== undefined){
if(typeof data12.role !== "string"){
const err15 = {instancePath:instancePath+"/seLinuxOptions/role",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/properties/role/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data12.type !== undefined){
if(typeof data12.type !== "string"){
const err16 = {instancePath:instancePath+"/seLinuxOptions/type",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data12.user !== undefined){
if(typeof data12.user !== "string"){
const err17 = {instancePath:instancePath+"/seLinuxOptions/user",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/properties/user/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key1 in data12){
if(!((((key1 === "level") || (key1 === "role")) || (key1 === "type")) || (key1 === "user"))){
const err18 = {instancePath:instancePath+"/seLinuxOptions",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 SELinuxOptions"}};
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
const err19 = {instancePath:instancePath+"/seLinuxOptions",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.seccompProfile !== undefined){
let data17 = data.seccompProfile;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.type === undefined){
const err20 = {instancePath:instancePath+"/seccompProfile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data17.localhostProfile !== undefined){
if(typeof data17.localhostProfile !== "string"){
const err21 = {instancePath:instancePath+"/seccompProfile/localhostProfile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/properties/localhostProfile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data17.type !== undefined){
let data19 = data17.type;
if(typeof data19 !== "string"){
const err22 = {instancePath:instancePath+"/seccompProfile/type",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((data19 === "Localhost") || (data19 === "RuntimeDefault")) || (data19 === "Unconfined"))){
const err23 = {instancePath:instancePath+"/seccompProfile/type",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/properties/type/enum",keyword:"enum",params:{allowedValues: schema69.properties.type.enum}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key2 in data17){
if(!((key2 === "localhostProfile") || (key2 === "type"))){
const err24 = {instancePath:instancePath+"/seccompProfile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 SeccompProfile"}};
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
const err25 = {instancePath:instancePath+"/seccompProfile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.windowsOptions !== undefined){
let data20 = data.windowsOptions;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.gmsaCredentialSpec !== undefined){
if(typeof data20.gmsaCredentialSpec !== "string"){
const err26 = {instancePath:instancePath+"/windowsOptions/gmsaCredentialSpec",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/properties/gmsaCredentialSpec/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data20.gmsaCredentialSpecName !== undefined){
if(typeof data20.gmsaCredentialSpecName !== "string"){
const err27 = {instancePath:instancePath+"/windowsOptions/gmsaCredentialSpecName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/properties/gmsaCredentialSpecName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data20.hostProcess !== undefined){
if(typeof data20.hostProcess !== "boolean"){
const err28 = {instancePath:instancePath+"/windowsOptions/hostProcess",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/properties/hostProcess/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data20.runAsUserName !== undefined){
if(typeof data20.runAsUserName !== "string"){
const err29 = {instancePath:instancePath+"/windowsOptions/runAsUserName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/properties/runAsUserName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
for(const key3 in data20){
if(!((((key3 === "gmsaCredentialSpec") || (key3 === "gmsaCredentialSpecName")) || (key3 === "hostProcess")) || (key3 === "runAsUserName"))){
const err30 = {instancePath:instancePath+"/windowsOptions",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Kubernetes 1.28 WindowsSecurityContextOptions"}};
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
const err31 = {instancePath:instancePath+"/windowsOptions",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
for(const key4 in data){
if(!(obj6.has(key4))){
const err32 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Kubernetes 1.28 SecurityContext"}};
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
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
const obj7 = new Set(["mountPath","mountPropagation","name","readOnly","subPath","subPathExpr"]);
const obj8 = new Set(["args","command","env","envFrom","image","imagePullPolicy","lifecycle","livenessProbe","name","ports","readinessProbe","resizePolicy","resources","restartPolicy","securityContext","startupProbe","stdin","stdinOnce","terminationMessagePath","terminationMessagePolicy","tty","volumeDevices","volumeMounts","workingDir"]);
function validate59(data, instancePath=""){
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
if(data.args !== undefined){
let data0 = data.args;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.command !== undefined){
let data2 = data.command;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err3 = {instancePath:instancePath+"/command/" + i1,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.env !== undefined){
let data4 = data.env;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate60(data4[i2], instancePath+"/env/" + i2))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.envFrom !== undefined){
let data6 = data.envFrom;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(!(validate64(data6[i3], instancePath+"/envFrom/" + i3))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/envFrom",schemaPath:"#/properties/envFrom/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.image !== undefined){
if(typeof data.image !== "string"){
const err7 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.imagePullPolicy !== undefined){
let data9 = data.imagePullPolicy;
if(typeof data9 !== "string"){
const err8 = {instancePath:instancePath+"/imagePullPolicy",schemaPath:"#/properties/imagePullPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data9 === "Always") || (data9 === "IfNotPresent")) || (data9 === "Never"))){
const err9 = {instancePath:instancePath+"/imagePullPolicy",schemaPath:"#/properties/imagePullPolicy/enum",keyword:"enum",params:{allowedValues: schema42.properties.imagePullPolicy.enum}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.lifecycle !== undefined){
if(!(validate66(data.lifecycle, instancePath+"/lifecycle"))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.livenessProbe !== undefined){
if(!(validate73(data.livenessProbe, instancePath+"/livenessProbe"))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ports !== undefined){
let data13 = data.ports;
if(Array.isArray(data13)){
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
let data14 = data13[i4];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.containerPort === undefined){
const err11 = {instancePath:instancePath+"/ports/" + i4,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/required",keyword:"required",params:{missingProperty: "containerPort"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data14.containerPort !== undefined){
let data15 = data14.containerPort;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err12 = {instancePath:instancePath+"/ports/" + i4+"/containerPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/containerPort/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 2147483647 || isNaN(data15)){
const err13 = {instancePath:instancePath+"/ports/" + i4+"/containerPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/containerPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data15 < -2147483648 || isNaN(data15)){
const err14 = {instancePath:instancePath+"/ports/" + i4+"/containerPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/containerPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data14.hostIP !== undefined){
if(typeof data14.hostIP !== "string"){
const err15 = {instancePath:instancePath+"/ports/" + i4+"/hostIP",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/hostIP/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data14.hostPort !== undefined){
let data17 = data14.hostPort;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err16 = {instancePath:instancePath+"/ports/" + i4+"/hostPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/hostPort/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 2147483647 || isNaN(data17)){
const err17 = {instancePath:instancePath+"/ports/" + i4+"/hostPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/hostPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data17 < -2147483648 || isNaN(data17)){
const err18 = {instancePath:instancePath+"/ports/" + i4+"/hostPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/hostPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data14.name !== undefined){
if(typeof data14.name !== "string"){
const err19 = {instancePath:instancePath+"/ports/" + i4+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data14.protocol !== undefined){
let data19 = data14.protocol;
if(typeof data19 !== "string"){
const err20 = {instancePath:instancePath+"/ports/" + i4+"/protocol",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/protocol/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((data19 === "SCTP") || (data19 === "TCP")) || (data19 === "UDP"))){
const err21 = {instancePath:instancePath+"/ports/" + i4+"/protocol",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema62.properties.protocol.enum}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key0 in data14){
if(!(((((key0 === "containerPort") || (key0 === "hostIP")) || (key0 === "hostPort")) || (key0 === "name")) || (key0 === "protocol"))){
const err22 = {instancePath:instancePath+"/ports/" + i4,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ContainerPort"}};
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
const err23 = {instancePath:instancePath+"/ports/" + i4,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/type",keyword:"type",params:{type: "object"}};
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
const err24 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.readinessProbe !== undefined){
if(!(validate73(data.readinessProbe, instancePath+"/readinessProbe"))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.resizePolicy !== undefined){
let data21 = data.resizePolicy;
if(Array.isArray(data21)){
const len5 = data21.length;
for(let i5=0; i5<len5; i5++){
let data22 = data21[i5];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.resourceName === undefined){
const err25 = {instancePath:instancePath+"/resizePolicy/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/required",keyword:"required",params:{missingProperty: "resourceName"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data22.restartPolicy === undefined){
const err26 = {instancePath:instancePath+"/resizePolicy/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/required",keyword:"required",params:{missingProperty: "restartPolicy"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data22.resourceName !== undefined){
if(typeof data22.resourceName !== "string"){
const err27 = {instancePath:instancePath+"/resizePolicy/" + i5+"/resourceName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/properties/resourceName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data22.restartPolicy !== undefined){
if(typeof data22.restartPolicy !== "string"){
const err28 = {instancePath:instancePath+"/resizePolicy/" + i5+"/restartPolicy",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/properties/restartPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key1 in data22){
if(!((key1 === "resourceName") || (key1 === "restartPolicy"))){
const err29 = {instancePath:instancePath+"/resizePolicy/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ContainerResizePolicy"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/resizePolicy/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/type",keyword:"type",params:{type: "object"}};
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
const err31 = {instancePath:instancePath+"/resizePolicy",schemaPath:"#/properties/resizePolicy/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.resources !== undefined){
if(!(validate77(data.resources, instancePath+"/resources"))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.restartPolicy !== undefined){
if(typeof data.restartPolicy !== "string"){
const err32 = {instancePath:instancePath+"/restartPolicy",schemaPath:"#/properties/restartPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.securityContext !== undefined){
if(!(validate79(data.securityContext, instancePath+"/securityContext"))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
if(data.startupProbe !== undefined){
if(!(validate73(data.startupProbe, instancePath+"/startupProbe"))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.stdin !== undefined){
if(typeof data.stdin !== "boolean"){
const err33 = {instancePath:instancePath+"/stdin",schemaPath:"#/properties/stdin/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.stdinOnce !== undefined){
if(typeof data.stdinOnce !== "boolean"){
const err34 = {instancePath:instancePath+"/stdinOnce",schemaPath:"#/properties/stdinOnce/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.terminationMessagePath !== undefined){
if(typeof data.terminationMessagePath !== "string"){
const err35 = {instancePath:instancePath+"/terminationMessagePath",schemaPath:"#/properties/terminationMessagePath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.terminationMessagePolicy !== undefined){
let data32 = data.terminationMessagePolicy;
if(typeof data32 !== "string"){
const err36 = {instancePath:instancePath+"/terminationMessagePolicy",schemaPath:"#/properties/terminationMessagePolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!((data32 === "FallbackToLogsOnError") || (data32 === "File"))){
const err37 = {instancePath:instancePath+"/terminationMessagePolicy",schemaPath:"#/properties/terminationMessagePolicy/enum",keyword:"enum",params:{allowedValues: schema42.properties.terminationMessagePolicy.enum}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.tty !== undefined){
if(typeof data.tty !== "boolean"){
const err38 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.volumeDevices !== undefined){
let data34 = data.volumeDevices;
if(Array.isArray(data34)){
const len6 = data34.length;
for(let i6=0; i6<len6; i6++){
let data35 = data34[i6];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.devicePath === undefined){
const err39 = {instancePath:instancePath+"/volumeDevices/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/required",keyword:"required",params:{missingProperty: "devicePath"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data35.name === undefined){
const err40 = {instancePath:instancePath+"/volumeDevices/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data35.devicePath !== undefined){
if(typeof data35.devicePath !== "string"){
const err41 = {instancePath:instancePath+"/volumeDevices/" + i6+"/devicePath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/properties/devicePath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data35.name !== undefined){
if(typeof data35.name !== "string"){
const err42 = {instancePath:instancePath+"/volumeDevices/" + i6+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
for(const key2 in data35){
if(!((key2 === "devicePath") || (key2 === "name"))){
const err43 = {instancePath:instancePath+"/volumeDevices/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 VolumeDevice"}};
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
const err44 = {instancePath:instancePath+"/volumeDevices/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/type",keyword:"type",params:{type: "object"}};
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
const err45 = {instancePath:instancePath+"/volumeDevices",schemaPath:"#/properties/volumeDevices/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.volumeMounts !== undefined){
let data38 = data.volumeMounts;
if(Array.isArray(data38)){
const len7 = data38.length;
for(let i7=0; i7<len7; i7++){
let data39 = data38[i7];
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.mountPath === undefined){
const err46 = {instancePath:instancePath+"/volumeMounts/" + i7,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/required",keyword:"required",params:{missingProperty: "mountPath"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data39.name === undefined){
const err47 = {instancePath:instancePath+"/volumeMounts/" + i7,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data39.mountPath !== undefined){
if(typeof data39.mountPath !== "string"){
const err48 = {instancePath:instancePath+"/volumeMounts/" + i7+"/mountPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/mountPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data39.mountPropagation !== undefined){
let data41 = data39.mountPropagation;
if(typeof data41 !== "string"){
const err49 = {instancePath:instancePath+"/volumeMounts/" + i7+"/mountPropagation",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/mountPropagation/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!(((data41 === "Bidirectional") || (data41 === "HostToContainer")) || (data41 === "None"))){
const err50 = {instancePath:instancePath+"/volumeMounts/" + i7+"/mountPropagation",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/mountPropagation/enum",keyword:"enum",params:{allowedValues: schema72.properties.mountPropagation.enum}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data39.name !== undefined){
if(typeof data39.name !== "string"){
const err51 = {instancePath:instancePath+"/volumeMounts/" + i7+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data39.readOnly !== undefined){
if(typeof data39.readOnly !== "boolean"){
const err52 = {instancePath:instancePath+"/volumeMounts/" + i7+"/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data39.subPath !== undefined){
if(typeof data39.subPath !== "string"){
const err53 = {instancePath:instancePath+"/volumeMounts/" + i7+"/subPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/subPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data39.subPathExpr !== undefined){
if(typeof data39.subPathExpr !== "string"){
const err54 = {instancePath:instancePath+"/volumeMounts/" + i7+"/subPathExpr",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/subPathExpr/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
for(const key3 in data39){
if(!(obj7.has(key3))){
const err55 = {instancePath:instancePath+"/volumeMounts/" + i7,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Kubernetes 1.28 VolumeMount"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/volumeMounts/" + i7,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/volumeMounts",schemaPath:"#/properties/volumeMounts/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.workingDir !== undefined){
if(typeof data.workingDir !== "string"){
const err58 = {instancePath:instancePath+"/workingDir",schemaPath:"#/properties/workingDir/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
for(const key4 in data){
if(!(obj8.has(key4))){
const err59 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Kubernetes 1.28 Container"}};
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
validate59.errors = vErrors;
return errors === 0;
}
function validate83(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.nameservers !== undefined){
let data0 = data.nameservers;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err0 = {instancePath:instancePath+"/nameservers/" + i0,schemaPath:"#/properties/nameservers/items/type",keyword:"type",params:{type: "string"}};
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
const err1 = {instancePath:instancePath+"/nameservers",schemaPath:"#/properties/nameservers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.options !== undefined){
let data2 = data.options;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name !== undefined){
if(typeof data3.name !== "string"){
const err2 = {instancePath:instancePath+"/options/" + i1+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodDNSConfigOption/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data3.value !== undefined){
if(typeof data3.value !== "string"){
const err3 = {instancePath:instancePath+"/options/" + i1+"/value",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodDNSConfigOption/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data3){
if(!((key0 === "name") || (key0 === "value"))){
const err4 = {instancePath:instancePath+"/options/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodDNSConfigOption/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 PodDNSConfigOption"}};
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
const err5 = {instancePath:instancePath+"/options/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodDNSConfigOption/type",keyword:"type",params:{type: "object"}};
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
const err6 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.searches !== undefined){
let data6 = data.searches;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(typeof data6[i2] !== "string"){
const err7 = {instancePath:instancePath+"/searches/" + i2,schemaPath:"#/properties/searches/items/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/searches",schemaPath:"#/properties/searches/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key1 in data){
if(!(((key1 === "nameservers") || (key1 === "options")) || (key1 === "searches"))){
const err9 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 PodDNSConfig"}};
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
validate83.errors = vErrors;
return errors === 0;
}
const schema75 = {"type":"object","properties":{"args":{"type":"array","items":{"type":"string"}},"command":{"type":"array","items":{"type":"string"}},"env":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.EnvVar"}},"envFrom":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.EnvFromSource"}},"image":{"type":"string"},"imagePullPolicy":{"type":"string","enum":["Always","IfNotPresent","Never"]},"lifecycle":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Lifecycle"},"livenessProbe":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Probe"},"name":{"type":"string"},"ports":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ContainerPort"}},"readinessProbe":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Probe"},"resizePolicy":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy"}},"resources":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.ResourceRequirements"},"restartPolicy":{"type":"string"},"securityContext":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.SecurityContext"},"startupProbe":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Probe"},"stdin":{"type":"boolean"},"stdinOnce":{"type":"boolean"},"targetContainerName":{"type":"string"},"terminationMessagePath":{"type":"string"},"terminationMessagePolicy":{"type":"string","enum":["FallbackToLogsOnError","File"]},"tty":{"type":"boolean"},"volumeDevices":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice"}},"volumeMounts":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.VolumeMount"}},"workingDir":{"type":"string"}},"required":["name"],"k8sClosed":"Kubernetes 1.28 EphemeralContainer"};
const obj9 = new Set(["mountPath","mountPropagation","name","readOnly","subPath","subPathExpr"]);
const obj10 = new Set(["args","command","env","envFrom","image","imagePullPolicy","lifecycle","livenessProbe","name","ports","readinessProbe","resizePolicy","resources","restartPolicy","securityContext","startupProbe","stdin","stdinOnce","targetContainerName","terminationMessagePath","terminationMessagePolicy","tty","volumeDevices","volumeMounts","workingDir"]);
function validate85(data, instancePath=""){
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
if(data.args !== undefined){
let data0 = data.args;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err1 = {instancePath:instancePath+"/args/" + i0,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"}};
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
const err2 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.command !== undefined){
let data2 = data.command;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(typeof data2[i1] !== "string"){
const err3 = {instancePath:instancePath+"/command/" + i1,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.env !== undefined){
let data4 = data.env;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate60(data4[i2], instancePath+"/env/" + i2))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.envFrom !== undefined){
let data6 = data.envFrom;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(!(validate64(data6[i3], instancePath+"/envFrom/" + i3))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/envFrom",schemaPath:"#/properties/envFrom/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.image !== undefined){
if(typeof data.image !== "string"){
const err7 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.imagePullPolicy !== undefined){
let data9 = data.imagePullPolicy;
if(typeof data9 !== "string"){
const err8 = {instancePath:instancePath+"/imagePullPolicy",schemaPath:"#/properties/imagePullPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((data9 === "Always") || (data9 === "IfNotPresent")) || (data9 === "Never"))){
const err9 = {instancePath:instancePath+"/imagePullPolicy",schemaPath:"#/properties/imagePullPolicy/enum",keyword:"enum",params:{allowedValues: schema75.properties.imagePullPolicy.enum}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.lifecycle !== undefined){
if(!(validate66(data.lifecycle, instancePath+"/lifecycle"))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.livenessProbe !== undefined){
if(!(validate73(data.livenessProbe, instancePath+"/livenessProbe"))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ports !== undefined){
let data13 = data.ports;
if(Array.isArray(data13)){
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
let data14 = data13[i4];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.containerPort === undefined){
const err11 = {instancePath:instancePath+"/ports/" + i4,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/required",keyword:"required",params:{missingProperty: "containerPort"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data14.containerPort !== undefined){
let data15 = data14.containerPort;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err12 = {instancePath:instancePath+"/ports/" + i4+"/containerPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/containerPort/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 2147483647 || isNaN(data15)){
const err13 = {instancePath:instancePath+"/ports/" + i4+"/containerPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/containerPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data15 < -2147483648 || isNaN(data15)){
const err14 = {instancePath:instancePath+"/ports/" + i4+"/containerPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/containerPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data14.hostIP !== undefined){
if(typeof data14.hostIP !== "string"){
const err15 = {instancePath:instancePath+"/ports/" + i4+"/hostIP",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/hostIP/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data14.hostPort !== undefined){
let data17 = data14.hostPort;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err16 = {instancePath:instancePath+"/ports/" + i4+"/hostPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/hostPort/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 2147483647 || isNaN(data17)){
const err17 = {instancePath:instancePath+"/ports/" + i4+"/hostPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/hostPort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data17 < -2147483648 || isNaN(data17)){
const err18 = {instancePath:instancePath+"/ports/" + i4+"/hostPort",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/hostPort/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data14.name !== undefined){
if(typeof data14.name !== "string"){
const err19 = {instancePath:instancePath+"/ports/" + i4+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data14.protocol !== undefined){
let data19 = data14.protocol;
if(typeof data19 !== "string"){
const err20 = {instancePath:instancePath+"/ports/" + i4+"/protocol",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/protocol/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((data19 === "SCTP") || (data19 === "TCP")) || (data19 === "UDP"))){
const err21 = {instancePath:instancePath+"/ports/" + i4+"/protocol",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema62.properties.protocol.enum}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key0 in data14){
if(!(((((key0 === "containerPort") || (key0 === "hostIP")) || (key0 === "hostPort")) || (key0 === "name")) || (key0 === "protocol"))){
const err22 = {instancePath:instancePath+"/ports/" + i4,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ContainerPort"}};
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
const err23 = {instancePath:instancePath+"/ports/" + i4,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerPort/type",keyword:"type",params:{type: "object"}};
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
const err24 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.readinessProbe !== undefined){
if(!(validate73(data.readinessProbe, instancePath+"/readinessProbe"))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.resizePolicy !== undefined){
let data21 = data.resizePolicy;
if(Array.isArray(data21)){
const len5 = data21.length;
for(let i5=0; i5<len5; i5++){
let data22 = data21[i5];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.resourceName === undefined){
const err25 = {instancePath:instancePath+"/resizePolicy/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/required",keyword:"required",params:{missingProperty: "resourceName"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data22.restartPolicy === undefined){
const err26 = {instancePath:instancePath+"/resizePolicy/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/required",keyword:"required",params:{missingProperty: "restartPolicy"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data22.resourceName !== undefined){
if(typeof data22.resourceName !== "string"){
const err27 = {instancePath:instancePath+"/resizePolicy/" + i5+"/resourceName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/properties/resourceName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data22.restartPolicy !== undefined){
if(typeof data22.restartPolicy !== "string"){
const err28 = {instancePath:instancePath+"/resizePolicy/" + i5+"/restartPolicy",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/properties/restartPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key1 in data22){
if(!((key1 === "resourceName") || (key1 === "restartPolicy"))){
const err29 = {instancePath:instancePath+"/resizePolicy/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ContainerResizePolicy"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/resizePolicy/" + i5,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ContainerResizePolicy/type",keyword:"type",params:{type: "object"}};
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
const err31 = {instancePath:instancePath+"/resizePolicy",schemaPath:"#/properties/resizePolicy/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.resources !== undefined){
if(!(validate77(data.resources, instancePath+"/resources"))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
if(data.restartPolicy !== undefined){
if(typeof data.restartPolicy !== "string"){
const err32 = {instancePath:instancePath+"/restartPolicy",schemaPath:"#/properties/restartPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.securityContext !== undefined){
if(!(validate79(data.securityContext, instancePath+"/securityContext"))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
if(data.startupProbe !== undefined){
if(!(validate73(data.startupProbe, instancePath+"/startupProbe"))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
if(data.stdin !== undefined){
if(typeof data.stdin !== "boolean"){
const err33 = {instancePath:instancePath+"/stdin",schemaPath:"#/properties/stdin/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.stdinOnce !== undefined){
if(typeof data.stdinOnce !== "boolean"){
const err34 = {instancePath:instancePath+"/stdinOnce",schemaPath:"#/properties/stdinOnce/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.targetContainerName !== undefined){
if(typeof data.targetContainerName !== "string"){
const err35 = {instancePath:instancePath+"/targetContainerName",schemaPath:"#/properties/targetContainerName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.terminationMessagePath !== undefined){
if(typeof data.terminationMessagePath !== "string"){
const err36 = {instancePath:instancePath+"/terminationMessagePath",schemaPath:"#/properties/terminationMessagePath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.terminationMessagePolicy !== undefined){
let data33 = data.terminationMessagePolicy;
if(typeof data33 !== "string"){
const err37 = {instancePath:instancePath+"/terminationMessagePolicy",schemaPath:"#/properties/terminationMessagePolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!((data33 === "FallbackToLogsOnError") || (data33 === "File"))){
const err38 = {instancePath:instancePath+"/terminationMessagePolicy",schemaPath:"#/properties/terminationMessagePolicy/enum",keyword:"enum",params:{allowedValues: schema75.properties.terminationMessagePolicy.enum}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.tty !== undefined){
if(typeof data.tty !== "boolean"){
const err39 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.volumeDevices !== undefined){
let data35 = data.volumeDevices;
if(Array.isArray(data35)){
const len6 = data35.length;
for(let i6=0; i6<len6; i6++){
let data36 = data35[i6];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.devicePath === undefined){
const err40 = {instancePath:instancePath+"/volumeDevices/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/required",keyword:"required",params:{missingProperty: "devicePath"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data36.name === undefined){
const err41 = {instancePath:instancePath+"/volumeDevices/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data36.devicePath !== undefined){
if(typeof data36.devicePath !== "string"){
const err42 = {instancePath:instancePath+"/volumeDevices/" + i6+"/devicePath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/properties/devicePath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data36.name !== undefined){
if(typeof data36.name !== "string"){
const err43 = {instancePath:instancePath+"/volumeDevices/" + i6+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
for(const key2 in data36){
if(!((key2 === "devicePath") || (key2 === "name"))){
const err44 = {instancePath:instancePath+"/volumeDevices/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 VolumeDevice"}};
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
const err45 = {instancePath:instancePath+"/volumeDevices/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeDevice/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/volumeDevices",schemaPath:"#/properties/volumeDevices/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.volumeMounts !== undefined){
let data39 = data.volumeMounts;
if(Array.isArray(data39)){
const len7 = data39.length;
for(let i7=0; i7<len7; i7++){
let data40 = data39[i7];
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.mountPath === undefined){
const err47 = {instancePath:instancePath+"/volumeMounts/" + i7,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/required",keyword:"required",params:{missingProperty: "mountPath"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data40.name === undefined){
const err48 = {instancePath:instancePath+"/volumeMounts/" + i7,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data40.mountPath !== undefined){
if(typeof data40.mountPath !== "string"){
const err49 = {instancePath:instancePath+"/volumeMounts/" + i7+"/mountPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/mountPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data40.mountPropagation !== undefined){
let data42 = data40.mountPropagation;
if(typeof data42 !== "string"){
const err50 = {instancePath:instancePath+"/volumeMounts/" + i7+"/mountPropagation",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/mountPropagation/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!(((data42 === "Bidirectional") || (data42 === "HostToContainer")) || (data42 === "None"))){
const err51 = {instancePath:instancePath+"/volumeMounts/" + i7+"/mountPropagation",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/mountPropagation/enum",keyword:"enum",params:{allowedValues: schema72.properties.mountPropagation.enum}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data40.name !== undefined){
if(typeof data40.name !== "string"){
const err52 = {instancePath:instancePath+"/volumeMounts/" + i7+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data40.readOnly !== undefined){
if(typeof data40.readOnly !== "boolean"){
const err53 = {instancePath:instancePath+"/volumeMounts/" + i7+"/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data40.subPath !== undefined){
if(typeof data40.subPath !== "string"){
const err54 = {instancePath:instancePath+"/volumeMounts/" + i7+"/subPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/subPath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data40.subPathExpr !== undefined){
if(typeof data40.subPathExpr !== "string"){
const err55 = {instancePath:instancePath+"/volumeMounts/" + i7+"/subPathExpr",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/properties/subPathExpr/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
for(const key3 in data40){
if(!(obj9.has(key3))){
const err56 = {instancePath:instancePath+"/volumeMounts/" + i7,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Kubernetes 1.28 VolumeMount"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/volumeMounts/" + i7,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VolumeMount/type",keyword:"type",params:{type: "object"}};
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
const err58 = {instancePath:instancePath+"/volumeMounts",schemaPath:"#/properties/volumeMounts/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.workingDir !== undefined){
if(typeof data.workingDir !== "string"){
const err59 = {instancePath:instancePath+"/workingDir",schemaPath:"#/properties/workingDir/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
for(const key4 in data){
if(!(obj10.has(key4))){
const err60 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Kubernetes 1.28 EphemeralContainer"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}
function validate96(data, instancePath=""){
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
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err1 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.source !== undefined){
let data1 = data.source;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.resourceClaimName !== undefined){
if(typeof data1.resourceClaimName !== "string"){
const err2 = {instancePath:instancePath+"/source/resourceClaimName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ClaimSource/properties/resourceClaimName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.resourceClaimTemplateName !== undefined){
if(typeof data1.resourceClaimTemplateName !== "string"){
const err3 = {instancePath:instancePath+"/source/resourceClaimTemplateName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ClaimSource/properties/resourceClaimTemplateName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data1){
if(!((key0 === "resourceClaimName") || (key0 === "resourceClaimTemplateName"))){
const err4 = {instancePath:instancePath+"/source",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ClaimSource/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ClaimSource"}};
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
const err5 = {instancePath:instancePath+"/source",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ClaimSource/type",keyword:"type",params:{type: "object"}};
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
if(!((key1 === "name") || (key1 === "source"))){
const err6 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 PodResourceClaim"}};
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
validate96.errors = vErrors;
return errors === 0;
}
const schema87 = {"type":"object","properties":{"fsGroup":{"type":"integer"},"fsGroupChangePolicy":{"type":"string","enum":["Always","OnRootMismatch"]},"runAsGroup":{"type":"integer"},"runAsNonRoot":{"type":"boolean"},"runAsUser":{"type":"integer"},"seLinuxOptions":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions"},"seccompProfile":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile"},"supplementalGroups":{"type":"array","items":{"type":"integer"}},"sysctls":{"type":"array","items":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.Sysctl"}},"windowsOptions":{"$ref":"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions"}},"k8sClosed":"Kubernetes 1.28 PodSecurityContext"};
const obj11 = new Set(["fsGroup","fsGroupChangePolicy","runAsGroup","runAsNonRoot","runAsUser","seLinuxOptions","seccompProfile","supplementalGroups","sysctls","windowsOptions"]);
function validate98(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fsGroup !== undefined){
let data0 = data.fsGroup;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/fsGroup",schemaPath:"#/properties/fsGroup/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.fsGroupChangePolicy !== undefined){
let data1 = data.fsGroupChangePolicy;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/fsGroupChangePolicy",schemaPath:"#/properties/fsGroupChangePolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!((data1 === "Always") || (data1 === "OnRootMismatch"))){
const err2 = {instancePath:instancePath+"/fsGroupChangePolicy",schemaPath:"#/properties/fsGroupChangePolicy/enum",keyword:"enum",params:{allowedValues: schema87.properties.fsGroupChangePolicy.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.runAsGroup !== undefined){
let data2 = data.runAsGroup;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/runAsGroup",schemaPath:"#/properties/runAsGroup/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.runAsNonRoot !== undefined){
if(typeof data.runAsNonRoot !== "boolean"){
const err4 = {instancePath:instancePath+"/runAsNonRoot",schemaPath:"#/properties/runAsNonRoot/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.runAsUser !== undefined){
let data4 = data.runAsUser;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err5 = {instancePath:instancePath+"/runAsUser",schemaPath:"#/properties/runAsUser/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.seLinuxOptions !== undefined){
let data5 = data.seLinuxOptions;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.level !== undefined){
if(typeof data5.level !== "string"){
const err6 = {instancePath:instancePath+"/seLinuxOptions/level",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/properties/level/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data5.role !== undefined){
if(typeof data5.role !== "string"){
const err7 = {instancePath:instancePath+"/seLinuxOptions/role",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/properties/role/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.type !== undefined){
if(typeof data5.type !== "string"){
const err8 = {instancePath:instancePath+"/seLinuxOptions/type",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.user !== undefined){
if(typeof data5.user !== "string"){
const err9 = {instancePath:instancePath+"/seLinuxOptions/user",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/properties/user/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data5){
if(!((((key0 === "level") || (key0 === "role")) || (key0 === "type")) || (key0 === "user"))){
const err10 = {instancePath:instancePath+"/seLinuxOptions",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 SELinuxOptions"}};
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
const err11 = {instancePath:instancePath+"/seLinuxOptions",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SELinuxOptions/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.seccompProfile !== undefined){
let data10 = data.seccompProfile;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.type === undefined){
const err12 = {instancePath:instancePath+"/seccompProfile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data10.localhostProfile !== undefined){
if(typeof data10.localhostProfile !== "string"){
const err13 = {instancePath:instancePath+"/seccompProfile/localhostProfile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/properties/localhostProfile/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data10.type !== undefined){
let data12 = data10.type;
if(typeof data12 !== "string"){
const err14 = {instancePath:instancePath+"/seccompProfile/type",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((data12 === "Localhost") || (data12 === "RuntimeDefault")) || (data12 === "Unconfined"))){
const err15 = {instancePath:instancePath+"/seccompProfile/type",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/properties/type/enum",keyword:"enum",params:{allowedValues: schema69.properties.type.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key1 in data10){
if(!((key1 === "localhostProfile") || (key1 === "type"))){
const err16 = {instancePath:instancePath+"/seccompProfile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 SeccompProfile"}};
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
const err17 = {instancePath:instancePath+"/seccompProfile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.SeccompProfile/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.supplementalGroups !== undefined){
let data13 = data.supplementalGroups;
if(Array.isArray(data13)){
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err18 = {instancePath:instancePath+"/supplementalGroups/" + i0,schemaPath:"#/properties/supplementalGroups/items/type",keyword:"type",params:{type: "integer"}};
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
const err19 = {instancePath:instancePath+"/supplementalGroups",schemaPath:"#/properties/supplementalGroups/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.sysctls !== undefined){
let data15 = data.sysctls;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.name === undefined){
const err20 = {instancePath:instancePath+"/sysctls/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Sysctl/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data16.value === undefined){
const err21 = {instancePath:instancePath+"/sysctls/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Sysctl/required",keyword:"required",params:{missingProperty: "value"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data16.name !== undefined){
if(typeof data16.name !== "string"){
const err22 = {instancePath:instancePath+"/sysctls/" + i1+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Sysctl/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data16.value !== undefined){
if(typeof data16.value !== "string"){
const err23 = {instancePath:instancePath+"/sysctls/" + i1+"/value",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Sysctl/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
for(const key2 in data16){
if(!((key2 === "name") || (key2 === "value"))){
const err24 = {instancePath:instancePath+"/sysctls/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Sysctl/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 Sysctl"}};
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
const err25 = {instancePath:instancePath+"/sysctls/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Sysctl/type",keyword:"type",params:{type: "object"}};
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
const err26 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.windowsOptions !== undefined){
let data19 = data.windowsOptions;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.gmsaCredentialSpec !== undefined){
if(typeof data19.gmsaCredentialSpec !== "string"){
const err27 = {instancePath:instancePath+"/windowsOptions/gmsaCredentialSpec",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/properties/gmsaCredentialSpec/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data19.gmsaCredentialSpecName !== undefined){
if(typeof data19.gmsaCredentialSpecName !== "string"){
const err28 = {instancePath:instancePath+"/windowsOptions/gmsaCredentialSpecName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/properties/gmsaCredentialSpecName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data19.hostProcess !== undefined){
if(typeof data19.hostProcess !== "boolean"){
const err29 = {instancePath:instancePath+"/windowsOptions/hostProcess",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/properties/hostProcess/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data19.runAsUserName !== undefined){
if(typeof data19.runAsUserName !== "string"){
const err30 = {instancePath:instancePath+"/windowsOptions/runAsUserName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/properties/runAsUserName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
for(const key3 in data19){
if(!((((key3 === "gmsaCredentialSpec") || (key3 === "gmsaCredentialSpecName")) || (key3 === "hostProcess")) || (key3 === "runAsUserName"))){
const err31 = {instancePath:instancePath+"/windowsOptions",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Kubernetes 1.28 WindowsSecurityContextOptions"}};
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
const err32 = {instancePath:instancePath+"/windowsOptions",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.WindowsSecurityContextOptions/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
for(const key4 in data){
if(!(obj11.has(key4))){
const err33 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Kubernetes 1.28 PodSecurityContext"}};
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
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate98.errors = vErrors;
return errors === 0;
}
const schema93 = {"type":"object","properties":{"labelSelector":{"$ref":"k8s#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"},"matchLabelKeys":{"type":"array","items":{"type":"string"}},"maxSkew":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"minDomains":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"nodeAffinityPolicy":{"type":"string","enum":["Honor","Ignore"]},"nodeTaintsPolicy":{"type":"string","enum":["Honor","Ignore"]},"topologyKey":{"type":"string"},"whenUnsatisfiable":{"type":"string","enum":["DoNotSchedule","ScheduleAnyway"]}},"required":["maxSkew","topologyKey","whenUnsatisfiable"],"k8sClosed":"Kubernetes 1.28 TopologySpreadConstraint"};
const obj12 = new Set(["labelSelector","matchLabelKeys","maxSkew","minDomains","nodeAffinityPolicy","nodeTaintsPolicy","topologyKey","whenUnsatisfiable"]);
function validate100(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxSkew === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxSkew"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.topologyKey === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "topologyKey"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.whenUnsatisfiable === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "whenUnsatisfiable"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.labelSelector !== undefined){
if(!(validate17(data.labelSelector, instancePath+"/labelSelector"))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.matchLabelKeys !== undefined){
let data1 = data.matchLabelKeys;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err3 = {instancePath:instancePath+"/matchLabelKeys/" + i0,schemaPath:"#/properties/matchLabelKeys/items/type",keyword:"type",params:{type: "string"}};
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
const err4 = {instancePath:instancePath+"/matchLabelKeys",schemaPath:"#/properties/matchLabelKeys/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.maxSkew !== undefined){
let data3 = data.maxSkew;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err5 = {instancePath:instancePath+"/maxSkew",schemaPath:"#/properties/maxSkew/type",keyword:"type",params:{type: "integer"}};
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
const err6 = {instancePath:instancePath+"/maxSkew",schemaPath:"#/properties/maxSkew/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/maxSkew",schemaPath:"#/properties/maxSkew/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.minDomains !== undefined){
let data4 = data.minDomains;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err8 = {instancePath:instancePath+"/minDomains",schemaPath:"#/properties/minDomains/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/minDomains",schemaPath:"#/properties/minDomains/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4 < -2147483648 || isNaN(data4)){
const err10 = {instancePath:instancePath+"/minDomains",schemaPath:"#/properties/minDomains/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.nodeAffinityPolicy !== undefined){
let data5 = data.nodeAffinityPolicy;
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/nodeAffinityPolicy",schemaPath:"#/properties/nodeAffinityPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data5 === "Honor") || (data5 === "Ignore"))){
const err12 = {instancePath:instancePath+"/nodeAffinityPolicy",schemaPath:"#/properties/nodeAffinityPolicy/enum",keyword:"enum",params:{allowedValues: schema93.properties.nodeAffinityPolicy.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.nodeTaintsPolicy !== undefined){
let data6 = data.nodeTaintsPolicy;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/nodeTaintsPolicy",schemaPath:"#/properties/nodeTaintsPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((data6 === "Honor") || (data6 === "Ignore"))){
const err14 = {instancePath:instancePath+"/nodeTaintsPolicy",schemaPath:"#/properties/nodeTaintsPolicy/enum",keyword:"enum",params:{allowedValues: schema93.properties.nodeTaintsPolicy.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.topologyKey !== undefined){
if(typeof data.topologyKey !== "string"){
const err15 = {instancePath:instancePath+"/topologyKey",schemaPath:"#/properties/topologyKey/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.whenUnsatisfiable !== undefined){
let data8 = data.whenUnsatisfiable;
if(typeof data8 !== "string"){
const err16 = {instancePath:instancePath+"/whenUnsatisfiable",schemaPath:"#/properties/whenUnsatisfiable/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data8 === "DoNotSchedule") || (data8 === "ScheduleAnyway"))){
const err17 = {instancePath:instancePath+"/whenUnsatisfiable",schemaPath:"#/properties/whenUnsatisfiable/enum",keyword:"enum",params:{allowedValues: schema93.properties.whenUnsatisfiable.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key0 in data){
if(!(obj12.has(key0))){
const err18 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 TopologySpreadConstraint"}};
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
validate100.errors = vErrors;
return errors === 0;
}
const schema110 = {"type":"object","properties":{"medium":{"type":"string"},"sizeLimit":{"type":["string","number"],"pattern":"^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}},"k8sClosed":"Kubernetes 1.28 EmptyDirVolumeSource"};
const obj13 = new Set(["cachingMode","diskName","diskURI","fsType","kind","readOnly"]);
const obj17 = new Set(["group","readOnly","registry","tenant","user","volume"]);
const obj20 = new Set(["awsElasticBlockStore","azureDisk","azureFile","cephfs","cinder","configMap","csi","downwardAPI","emptyDir","ephemeral","fc","flexVolume","flocker","gcePersistentDisk","gitRepo","glusterfs","hostPath","iscsi","name","nfs","persistentVolumeClaim","photonPersistentDisk","portworxVolume","projected","quobyte","rbd","scaleIO","secret","storageos","vsphereVolume"]);
const obj14 = new Set(["monitors","path","readOnly","secretFile","secretRef","user"]);
function validate104(data, instancePath=""){
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
const err6 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key0 in data5){
if(!(key0 === "name")){
const err7 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 LocalObjectReference"}};
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
const err8 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err9 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"}};
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
if(!(obj14.has(key1))){
const err10 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 CephFSVolumeSource"}};
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
validate104.errors = vErrors;
return errors === 0;
}
function validate106(data, instancePath=""){
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
const err3 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data2){
if(!(key0 === "name")){
const err4 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 LocalObjectReference"}};
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
const err5 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.volumeID !== undefined){
if(typeof data.volumeID !== "string"){
const err6 = {instancePath:instancePath+"/volumeID",schemaPath:"#/properties/volumeID/type",keyword:"type",params:{type: "string"}};
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
if(!((((key1 === "fsType") || (key1 === "readOnly")) || (key1 === "secretRef")) || (key1 === "volumeID"))){
const err7 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 CinderVolumeSource"}};
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
validate106.errors = vErrors;
return errors === 0;
}
function validate108(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.defaultMode !== undefined){
let data0 = data.defaultMode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2147483647 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < -2147483648 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.items !== undefined){
let data1 = data.items;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.key === undefined){
const err3 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.path === undefined){
const err4 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.key !== undefined){
if(typeof data2.key !== "string"){
const err5 = {instancePath:instancePath+"/items/" + i0+"/key",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.mode !== undefined){
let data4 = data2.mode;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4 < -2147483648 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.path !== undefined){
if(typeof data2.path !== "string"){
const err9 = {instancePath:instancePath+"/items/" + i0+"/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/path/type",keyword:"type",params:{type: "string"}};
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
if(!(((key0 === "key") || (key0 === "mode")) || (key0 === "path"))){
const err10 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 KeyToPath"}};
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
const err11 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/type",keyword:"type",params:{type: "object"}};
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
const err12 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err14 = {instancePath:instancePath+"/optional",schemaPath:"#/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key1 in data){
if(!((((key1 === "defaultMode") || (key1 === "items")) || (key1 === "name")) || (key1 === "optional"))){
const err15 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ConfigMapVolumeSource"}};
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
validate108.errors = vErrors;
return errors === 0;
}
function validate110(data, instancePath=""){
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
if(data.nodePublishSecretRef !== undefined){
let data2 = data.nodePublishSecretRef;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err3 = {instancePath:instancePath+"/nodePublishSecretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data2){
if(!(key0 === "name")){
const err4 = {instancePath:instancePath+"/nodePublishSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 LocalObjectReference"}};
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
const err5 = {instancePath:instancePath+"/nodePublishSecretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/type",keyword:"type",params:{type: "object"}};
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
if(data.volumeAttributes !== undefined){
let data5 = data.volumeAttributes;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(typeof data5[key1] !== "string"){
const err7 = {instancePath:instancePath+"/volumeAttributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/volumeAttributes/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err8 = {instancePath:instancePath+"/volumeAttributes",schemaPath:"#/properties/volumeAttributes/type",keyword:"type",params:{type: "object"}};
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
if(!(((((key2 === "driver") || (key2 === "fsType")) || (key2 === "nodePublishSecretRef")) || (key2 === "readOnly")) || (key2 === "volumeAttributes"))){
const err9 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 CSIVolumeSource"}};
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
validate110.errors = vErrors;
return errors === 0;
}
function validate113(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.fieldRef !== undefined){
let data0 = data.fieldRef;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.fieldPath === undefined){
const err1 = {instancePath:instancePath+"/fieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectFieldSelector/required",keyword:"required",params:{missingProperty: "fieldPath"}};
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
const err2 = {instancePath:instancePath+"/fieldRef/apiVersion",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectFieldSelector/properties/apiVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.fieldPath !== undefined){
if(typeof data0.fieldPath !== "string"){
const err3 = {instancePath:instancePath+"/fieldRef/fieldPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectFieldSelector/properties/fieldPath/type",keyword:"type",params:{type: "string"}};
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
if(!((key0 === "apiVersion") || (key0 === "fieldPath"))){
const err4 = {instancePath:instancePath+"/fieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectFieldSelector/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ObjectFieldSelector"}};
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
const err5 = {instancePath:instancePath+"/fieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ObjectFieldSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.mode !== undefined){
let data3 = data.mode;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "integer"}};
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
const err7 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.path !== undefined){
if(typeof data.path !== "string"){
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.resourceFieldRef !== undefined){
let data5 = data.resourceFieldRef;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.resource === undefined){
const err10 = {instancePath:instancePath+"/resourceFieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/required",keyword:"required",params:{missingProperty: "resource"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.containerName !== undefined){
if(typeof data5.containerName !== "string"){
const err11 = {instancePath:instancePath+"/resourceFieldRef/containerName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/properties/containerName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.divisor !== undefined){
let data7 = data5.divisor;
if((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))){
const err12 = {instancePath:instancePath+"/resourceFieldRef/divisor",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/properties/divisor/type",keyword:"type",params:{type: schema47.properties.divisor.type}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err13 = {instancePath:instancePath+"/resourceFieldRef/divisor",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/properties/divisor/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
if(data5.resource !== undefined){
if(typeof data5.resource !== "string"){
const err14 = {instancePath:instancePath+"/resourceFieldRef/resource",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/properties/resource/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key1 in data5){
if(!(((key1 === "containerName") || (key1 === "divisor")) || (key1 === "resource"))){
const err15 = {instancePath:instancePath+"/resourceFieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ResourceFieldSelector"}};
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
const err16 = {instancePath:instancePath+"/resourceFieldRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ResourceFieldSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
for(const key2 in data){
if(!((((key2 === "fieldRef") || (key2 === "mode")) || (key2 === "path")) || (key2 === "resourceFieldRef"))){
const err17 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 DownwardAPIVolumeFile"}};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}
function validate112(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.defaultMode !== undefined){
let data0 = data.defaultMode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2147483647 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < -2147483648 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.items !== undefined){
let data1 = data.items;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate113(data1[i0], instancePath+"/items/" + i0))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"}};
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
if(!((key0 === "defaultMode") || (key0 === "items"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 DownwardAPIVolumeSource"}};
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
validate112.errors = vErrors;
return errors === 0;
}
function validate117(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spec === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
for(const key0 in data){
if(!((key0 === "metadata") || (key0 === "spec"))){
const err1 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 PersistentVolumeClaimTemplate"}};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}
function validate116(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.volumeClaimTemplate !== undefined){
if(!(validate117(data.volumeClaimTemplate, instancePath+"/volumeClaimTemplate"))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(!(key0 === "volumeClaimTemplate")){
const err0 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 EphemeralVolumeSource"}};
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
validate116.errors = vErrors;
return errors === 0;
}
function validate125(data, instancePath=""){
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
const err6 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key1 in data5){
if(!(key1 === "name")){
const err7 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 LocalObjectReference"}};
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
const err8 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/type",keyword:"type",params:{type: "object"}};
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
if(!(((((key2 === "driver") || (key2 === "fsType")) || (key2 === "options")) || (key2 === "readOnly")) || (key2 === "secretRef"))){
const err9 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 FlexVolumeSource"}};
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
validate125.errors = vErrors;
return errors === 0;
}
const obj16 = new Set(["chapAuthDiscovery","chapAuthSession","fsType","initiatorName","iqn","iscsiInterface","lun","portals","readOnly","secretRef","targetPortal"]);
function validate127(data, instancePath=""){
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
const err15 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key0 in data10){
if(!(key0 === "name")){
const err16 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 LocalObjectReference"}};
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
const err17 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.targetPortal !== undefined){
if(typeof data.targetPortal !== "string"){
const err18 = {instancePath:instancePath+"/targetPortal",schemaPath:"#/properties/targetPortal/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
for(const key1 in data){
if(!(obj16.has(key1))){
const err19 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ISCSIVolumeSource"}};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate127.errors = vErrors;
return errors === 0;
}
function validate131(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.key === undefined){
const err0 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.path === undefined){
const err1 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/required",keyword:"required",params:{missingProperty: "path"}};
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
const err2 = {instancePath:instancePath+"/items/" + i0+"/key",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.mode !== undefined){
let data3 = data1.mode;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err3 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/type",keyword:"type",params:{type: "integer"}};
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
const err4 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data1.path !== undefined){
if(typeof data1.path !== "string"){
const err6 = {instancePath:instancePath+"/items/" + i0+"/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/path/type",keyword:"type",params:{type: "string"}};
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
if(!(((key0 === "key") || (key0 === "mode")) || (key0 === "path"))){
const err7 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 KeyToPath"}};
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
const err8 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/type",keyword:"type",params:{type: "object"}};
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
const err9 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err11 = {instancePath:instancePath+"/optional",schemaPath:"#/properties/optional/type",keyword:"type",params:{type: "boolean"}};
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
if(!(((key1 === "items") || (key1 === "name")) || (key1 === "optional"))){
const err12 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ConfigMapProjection"}};
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
validate131.errors = vErrors;
return errors === 0;
}
function validate133(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate113(data0[i0], instancePath+"/items/" + i0))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(!(key0 === "items")){
const err1 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 DownwardAPIProjection"}};
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
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate133.errors = vErrors;
return errors === 0;
}
function validate136(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.items !== undefined){
let data0 = data.items;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.key === undefined){
const err0 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data1.path === undefined){
const err1 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/required",keyword:"required",params:{missingProperty: "path"}};
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
const err2 = {instancePath:instancePath+"/items/" + i0+"/key",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.mode !== undefined){
let data3 = data1.mode;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err3 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/type",keyword:"type",params:{type: "integer"}};
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
const err4 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data1.path !== undefined){
if(typeof data1.path !== "string"){
const err6 = {instancePath:instancePath+"/items/" + i0+"/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/path/type",keyword:"type",params:{type: "string"}};
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
if(!(((key0 === "key") || (key0 === "mode")) || (key0 === "path"))){
const err7 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 KeyToPath"}};
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
const err8 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/type",keyword:"type",params:{type: "object"}};
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
const err9 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err11 = {instancePath:instancePath+"/optional",schemaPath:"#/properties/optional/type",keyword:"type",params:{type: "boolean"}};
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
if(!(((key1 === "items") || (key1 === "name")) || (key1 === "optional"))){
const err12 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 SecretProjection"}};
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
validate136.errors = vErrors;
return errors === 0;
}
function validate130(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.configMap !== undefined){
if(!(validate131(data.configMap, instancePath+"/configMap"))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
}
if(data.downwardAPI !== undefined){
if(!(validate133(data.downwardAPI, instancePath+"/downwardAPI"))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
}
if(data.secret !== undefined){
if(!(validate136(data.secret, instancePath+"/secret"))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
}
if(data.serviceAccountToken !== undefined){
let data3 = data.serviceAccountToken;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.path === undefined){
const err0 = {instancePath:instancePath+"/serviceAccountToken",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ServiceAccountTokenProjection/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data3.audience !== undefined){
if(typeof data3.audience !== "string"){
const err1 = {instancePath:instancePath+"/serviceAccountToken/audience",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ServiceAccountTokenProjection/properties/audience/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data3.expirationSeconds !== undefined){
let data5 = data3.expirationSeconds;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err2 = {instancePath:instancePath+"/serviceAccountToken/expirationSeconds",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ServiceAccountTokenProjection/properties/expirationSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data3.path !== undefined){
if(typeof data3.path !== "string"){
const err3 = {instancePath:instancePath+"/serviceAccountToken/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ServiceAccountTokenProjection/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key0 in data3){
if(!(((key0 === "audience") || (key0 === "expirationSeconds")) || (key0 === "path"))){
const err4 = {instancePath:instancePath+"/serviceAccountToken",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ServiceAccountTokenProjection/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ServiceAccountTokenProjection"}};
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
const err5 = {instancePath:instancePath+"/serviceAccountToken",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.ServiceAccountTokenProjection/type",keyword:"type",params:{type: "object"}};
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
if(!((((key1 === "configMap") || (key1 === "downwardAPI")) || (key1 === "secret")) || (key1 === "serviceAccountToken"))){
const err6 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 VolumeProjection"}};
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
validate130.errors = vErrors;
return errors === 0;
}
function validate129(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.defaultMode !== undefined){
let data0 = data.defaultMode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2147483647 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < -2147483648 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.sources !== undefined){
let data1 = data.sources;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate130(data1[i0], instancePath+"/sources/" + i0))){
vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"}};
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
if(!((key0 === "defaultMode") || (key0 === "sources"))){
const err4 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 ProjectedVolumeSource"}};
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
validate129.errors = vErrors;
return errors === 0;
}
const obj18 = new Set(["fsType","image","keyring","monitors","pool","readOnly","secretRef","user"]);
function validate140(data, instancePath=""){
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
const err9 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
for(const key0 in data7){
if(!(key0 === "name")){
const err10 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 LocalObjectReference"}};
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
const err11 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.user !== undefined){
if(typeof data.user !== "string"){
const err12 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: "string"}};
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
if(!(obj18.has(key1))){
const err13 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 RBDVolumeSource"}};
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
validate140.errors = vErrors;
return errors === 0;
}
const obj19 = new Set(["fsType","gateway","protectionDomain","readOnly","secretRef","sslEnabled","storageMode","storagePool","system","volumeName"]);
function validate142(data, instancePath=""){
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
const err7 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key0 in data4){
if(!(key0 === "name")){
const err8 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 LocalObjectReference"}};
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
const err9 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.sslEnabled !== undefined){
if(typeof data.sslEnabled !== "boolean"){
const err10 = {instancePath:instancePath+"/sslEnabled",schemaPath:"#/properties/sslEnabled/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.storageMode !== undefined){
if(typeof data.storageMode !== "string"){
const err11 = {instancePath:instancePath+"/storageMode",schemaPath:"#/properties/storageMode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.storagePool !== undefined){
if(typeof data.storagePool !== "string"){
const err12 = {instancePath:instancePath+"/storagePool",schemaPath:"#/properties/storagePool/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.system !== undefined){
if(typeof data.system !== "string"){
const err13 = {instancePath:instancePath+"/system",schemaPath:"#/properties/system/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.volumeName !== undefined){
if(typeof data.volumeName !== "string"){
const err14 = {instancePath:instancePath+"/volumeName",schemaPath:"#/properties/volumeName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key1 in data){
if(!(obj19.has(key1))){
const err15 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 ScaleIOVolumeSource"}};
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
validate142.errors = vErrors;
return errors === 0;
}
function validate144(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.defaultMode !== undefined){
let data0 = data.defaultMode;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err0 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 2147483647 || isNaN(data0)){
const err1 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 < -2147483648 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/defaultMode",schemaPath:"#/properties/defaultMode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.items !== undefined){
let data1 = data.items;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.key === undefined){
const err3 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/required",keyword:"required",params:{missingProperty: "key"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.path === undefined){
const err4 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.key !== undefined){
if(typeof data2.key !== "string"){
const err5 = {instancePath:instancePath+"/items/" + i0+"/key",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.mode !== undefined){
let data4 = data2.mode;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4 < -2147483648 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/items/" + i0+"/mode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data2.path !== undefined){
if(typeof data2.path !== "string"){
const err9 = {instancePath:instancePath+"/items/" + i0+"/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/properties/path/type",keyword:"type",params:{type: "string"}};
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
if(!(((key0 === "key") || (key0 === "mode")) || (key0 === "path"))){
const err10 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 KeyToPath"}};
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
const err11 = {instancePath:instancePath+"/items/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.KeyToPath/type",keyword:"type",params:{type: "object"}};
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
const err12 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.optional !== undefined){
if(typeof data.optional !== "boolean"){
const err13 = {instancePath:instancePath+"/optional",schemaPath:"#/properties/optional/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.secretName !== undefined){
if(typeof data.secretName !== "string"){
const err14 = {instancePath:instancePath+"/secretName",schemaPath:"#/properties/secretName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key1 in data){
if(!((((key1 === "defaultMode") || (key1 === "items")) || (key1 === "optional")) || (key1 === "secretName"))){
const err15 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 SecretVolumeSource"}};
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
validate144.errors = vErrors;
return errors === 0;
}
function validate146(data, instancePath=""){
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
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err2 = {instancePath:instancePath+"/secretRef/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key0 in data2){
if(!(key0 === "name")){
const err3 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 LocalObjectReference"}};
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
const err4 = {instancePath:instancePath+"/secretRef",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.volumeName !== undefined){
if(typeof data.volumeName !== "string"){
const err5 = {instancePath:instancePath+"/volumeName",schemaPath:"#/properties/volumeName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.volumeNamespace !== undefined){
if(typeof data.volumeNamespace !== "string"){
const err6 = {instancePath:instancePath+"/volumeNamespace",schemaPath:"#/properties/volumeNamespace/type",keyword:"type",params:{type: "string"}};
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
if(!(((((key1 === "fsType") || (key1 === "readOnly")) || (key1 === "secretRef")) || (key1 === "volumeName")) || (key1 === "volumeNamespace"))){
const err7 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 StorageOSVolumeSource"}};
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
validate146.errors = vErrors;
return errors === 0;
}
function validate103(data, instancePath=""){
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
if(data.awsElasticBlockStore !== undefined){
let data0 = data.awsElasticBlockStore;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.volumeID === undefined){
const err1 = {instancePath:instancePath+"/awsElasticBlockStore",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/required",keyword:"required",params:{missingProperty: "volumeID"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.fsType !== undefined){
if(typeof data0.fsType !== "string"){
const err2 = {instancePath:instancePath+"/awsElasticBlockStore/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.partition !== undefined){
let data2 = data0.partition;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/awsElasticBlockStore/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/partition/type",keyword:"type",params:{type: "integer"}};
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
const err4 = {instancePath:instancePath+"/awsElasticBlockStore/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/partition/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/awsElasticBlockStore/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/partition/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data0.readOnly !== undefined){
if(typeof data0.readOnly !== "boolean"){
const err6 = {instancePath:instancePath+"/awsElasticBlockStore/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.volumeID !== undefined){
if(typeof data0.volumeID !== "string"){
const err7 = {instancePath:instancePath+"/awsElasticBlockStore/volumeID",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/properties/volumeID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
for(const key0 in data0){
if(!((((key0 === "fsType") || (key0 === "partition")) || (key0 === "readOnly")) || (key0 === "volumeID"))){
const err8 = {instancePath:instancePath+"/awsElasticBlockStore",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 AWSElasticBlockStoreVolumeSource"}};
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
const err9 = {instancePath:instancePath+"/awsElasticBlockStore",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AWSElasticBlockStoreVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.azureDisk !== undefined){
let data5 = data.azureDisk;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.diskName === undefined){
const err10 = {instancePath:instancePath+"/azureDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/required",keyword:"required",params:{missingProperty: "diskName"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5.diskURI === undefined){
const err11 = {instancePath:instancePath+"/azureDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/required",keyword:"required",params:{missingProperty: "diskURI"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.cachingMode !== undefined){
let data6 = data5.cachingMode;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/azureDisk/cachingMode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/cachingMode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data6 === "None") || (data6 === "ReadOnly")) || (data6 === "ReadWrite"))){
const err13 = {instancePath:instancePath+"/azureDisk/cachingMode",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/cachingMode/enum",keyword:"enum",params:{allowedValues: schema96.properties.cachingMode.enum}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.diskName !== undefined){
if(typeof data5.diskName !== "string"){
const err14 = {instancePath:instancePath+"/azureDisk/diskName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/diskName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.diskURI !== undefined){
if(typeof data5.diskURI !== "string"){
const err15 = {instancePath:instancePath+"/azureDisk/diskURI",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/diskURI/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.fsType !== undefined){
if(typeof data5.fsType !== "string"){
const err16 = {instancePath:instancePath+"/azureDisk/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.kind !== undefined){
let data10 = data5.kind;
if(typeof data10 !== "string"){
const err17 = {instancePath:instancePath+"/azureDisk/kind",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/kind/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((data10 === "Dedicated") || (data10 === "Managed")) || (data10 === "Shared"))){
const err18 = {instancePath:instancePath+"/azureDisk/kind",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/kind/enum",keyword:"enum",params:{allowedValues: schema96.properties.kind.enum}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.readOnly !== undefined){
if(typeof data5.readOnly !== "boolean"){
const err19 = {instancePath:instancePath+"/azureDisk/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key1 in data5){
if(!(obj13.has(key1))){
const err20 = {instancePath:instancePath+"/azureDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 AzureDiskVolumeSource"}};
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
const err21 = {instancePath:instancePath+"/azureDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureDiskVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.azureFile !== undefined){
let data12 = data.azureFile;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.secretName === undefined){
const err22 = {instancePath:instancePath+"/azureFile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFileVolumeSource/required",keyword:"required",params:{missingProperty: "secretName"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data12.shareName === undefined){
const err23 = {instancePath:instancePath+"/azureFile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFileVolumeSource/required",keyword:"required",params:{missingProperty: "shareName"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12.readOnly !== undefined){
if(typeof data12.readOnly !== "boolean"){
const err24 = {instancePath:instancePath+"/azureFile/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFileVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.secretName !== undefined){
if(typeof data12.secretName !== "string"){
const err25 = {instancePath:instancePath+"/azureFile/secretName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFileVolumeSource/properties/secretName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.shareName !== undefined){
if(typeof data12.shareName !== "string"){
const err26 = {instancePath:instancePath+"/azureFile/shareName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFileVolumeSource/properties/shareName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
for(const key2 in data12){
if(!(((key2 === "readOnly") || (key2 === "secretName")) || (key2 === "shareName"))){
const err27 = {instancePath:instancePath+"/azureFile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFileVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key2, type: "Kubernetes 1.28 AzureFileVolumeSource"}};
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
const err28 = {instancePath:instancePath+"/azureFile",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.AzureFileVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.cephfs !== undefined){
if(!(validate104(data.cephfs, instancePath+"/cephfs"))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
}
if(data.cinder !== undefined){
if(!(validate106(data.cinder, instancePath+"/cinder"))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
}
if(data.configMap !== undefined){
if(!(validate108(data.configMap, instancePath+"/configMap"))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
}
if(data.csi !== undefined){
if(!(validate110(data.csi, instancePath+"/csi"))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
}
if(data.downwardAPI !== undefined){
if(!(validate112(data.downwardAPI, instancePath+"/downwardAPI"))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
}
if(data.emptyDir !== undefined){
let data21 = data.emptyDir;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.medium !== undefined){
if(typeof data21.medium !== "string"){
const err29 = {instancePath:instancePath+"/emptyDir/medium",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EmptyDirVolumeSource/properties/medium/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data21.sizeLimit !== undefined){
let data23 = data21.sizeLimit;
if((typeof data23 !== "string") && (!((typeof data23 == "number") && (isFinite(data23))))){
const err30 = {instancePath:instancePath+"/emptyDir/sizeLimit",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EmptyDirVolumeSource/properties/sizeLimit/type",keyword:"type",params:{type: schema110.properties.sizeLimit.type}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data23 === "string"){
if(!pattern4.test(data23)){
const err31 = {instancePath:instancePath+"/emptyDir/sizeLimit",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EmptyDirVolumeSource/properties/sizeLimit/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
for(const key3 in data21){
if(!((key3 === "medium") || (key3 === "sizeLimit"))){
const err32 = {instancePath:instancePath+"/emptyDir",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EmptyDirVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Kubernetes 1.28 EmptyDirVolumeSource"}};
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
const err33 = {instancePath:instancePath+"/emptyDir",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.EmptyDirVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.ephemeral !== undefined){
if(!(validate116(data.ephemeral, instancePath+"/ephemeral"))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
}
if(data.fc !== undefined){
let data25 = data.fc;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.fsType !== undefined){
if(typeof data25.fsType !== "string"){
const err34 = {instancePath:instancePath+"/fc/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data25.lun !== undefined){
let data27 = data25.lun;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err35 = {instancePath:instancePath+"/fc/lun",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/lun/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 2147483647 || isNaN(data27)){
const err36 = {instancePath:instancePath+"/fc/lun",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/lun/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data27 < -2147483648 || isNaN(data27)){
const err37 = {instancePath:instancePath+"/fc/lun",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/lun/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data25.readOnly !== undefined){
if(typeof data25.readOnly !== "boolean"){
const err38 = {instancePath:instancePath+"/fc/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data25.targetWWNs !== undefined){
let data29 = data25.targetWWNs;
if(Array.isArray(data29)){
const len0 = data29.length;
for(let i0=0; i0<len0; i0++){
if(typeof data29[i0] !== "string"){
const err39 = {instancePath:instancePath+"/fc/targetWWNs/" + i0,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/targetWWNs/items/type",keyword:"type",params:{type: "string"}};
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
const err40 = {instancePath:instancePath+"/fc/targetWWNs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/targetWWNs/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data25.wwids !== undefined){
let data31 = data25.wwids;
if(Array.isArray(data31)){
const len1 = data31.length;
for(let i1=0; i1<len1; i1++){
if(typeof data31[i1] !== "string"){
const err41 = {instancePath:instancePath+"/fc/wwids/" + i1,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/wwids/items/type",keyword:"type",params:{type: "string"}};
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
const err42 = {instancePath:instancePath+"/fc/wwids",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/properties/wwids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
for(const key4 in data25){
if(!(((((key4 === "fsType") || (key4 === "lun")) || (key4 === "readOnly")) || (key4 === "targetWWNs")) || (key4 === "wwids"))){
const err43 = {instancePath:instancePath+"/fc",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key4, type: "Kubernetes 1.28 FCVolumeSource"}};
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
const err44 = {instancePath:instancePath+"/fc",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FCVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.flexVolume !== undefined){
if(!(validate125(data.flexVolume, instancePath+"/flexVolume"))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
}
if(data.flocker !== undefined){
let data34 = data.flocker;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.datasetName !== undefined){
if(typeof data34.datasetName !== "string"){
const err45 = {instancePath:instancePath+"/flocker/datasetName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FlockerVolumeSource/properties/datasetName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data34.datasetUUID !== undefined){
if(typeof data34.datasetUUID !== "string"){
const err46 = {instancePath:instancePath+"/flocker/datasetUUID",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FlockerVolumeSource/properties/datasetUUID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
for(const key5 in data34){
if(!((key5 === "datasetName") || (key5 === "datasetUUID"))){
const err47 = {instancePath:instancePath+"/flocker",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FlockerVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key5, type: "Kubernetes 1.28 FlockerVolumeSource"}};
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
else {
const err48 = {instancePath:instancePath+"/flocker",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.FlockerVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.gcePersistentDisk !== undefined){
let data37 = data.gcePersistentDisk;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.pdName === undefined){
const err49 = {instancePath:instancePath+"/gcePersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/required",keyword:"required",params:{missingProperty: "pdName"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data37.fsType !== undefined){
if(typeof data37.fsType !== "string"){
const err50 = {instancePath:instancePath+"/gcePersistentDisk/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data37.partition !== undefined){
let data39 = data37.partition;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err51 = {instancePath:instancePath+"/gcePersistentDisk/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/partition/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 2147483647 || isNaN(data39)){
const err52 = {instancePath:instancePath+"/gcePersistentDisk/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/partition/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data39 < -2147483648 || isNaN(data39)){
const err53 = {instancePath:instancePath+"/gcePersistentDisk/partition",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/partition/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data37.pdName !== undefined){
if(typeof data37.pdName !== "string"){
const err54 = {instancePath:instancePath+"/gcePersistentDisk/pdName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/pdName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data37.readOnly !== undefined){
if(typeof data37.readOnly !== "boolean"){
const err55 = {instancePath:instancePath+"/gcePersistentDisk/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
for(const key6 in data37){
if(!((((key6 === "fsType") || (key6 === "partition")) || (key6 === "pdName")) || (key6 === "readOnly"))){
const err56 = {instancePath:instancePath+"/gcePersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key6, type: "Kubernetes 1.28 GCEPersistentDiskVolumeSource"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/gcePersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GCEPersistentDiskVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.gitRepo !== undefined){
let data42 = data.gitRepo;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.repository === undefined){
const err58 = {instancePath:instancePath+"/gitRepo",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GitRepoVolumeSource/required",keyword:"required",params:{missingProperty: "repository"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data42.directory !== undefined){
if(typeof data42.directory !== "string"){
const err59 = {instancePath:instancePath+"/gitRepo/directory",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GitRepoVolumeSource/properties/directory/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data42.repository !== undefined){
if(typeof data42.repository !== "string"){
const err60 = {instancePath:instancePath+"/gitRepo/repository",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GitRepoVolumeSource/properties/repository/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data42.revision !== undefined){
if(typeof data42.revision !== "string"){
const err61 = {instancePath:instancePath+"/gitRepo/revision",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GitRepoVolumeSource/properties/revision/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
for(const key7 in data42){
if(!(((key7 === "directory") || (key7 === "repository")) || (key7 === "revision"))){
const err62 = {instancePath:instancePath+"/gitRepo",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GitRepoVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key7, type: "Kubernetes 1.28 GitRepoVolumeSource"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/gitRepo",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GitRepoVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.glusterfs !== undefined){
let data46 = data.glusterfs;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.endpoints === undefined){
const err64 = {instancePath:instancePath+"/glusterfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsVolumeSource/required",keyword:"required",params:{missingProperty: "endpoints"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data46.path === undefined){
const err65 = {instancePath:instancePath+"/glusterfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsVolumeSource/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data46.endpoints !== undefined){
if(typeof data46.endpoints !== "string"){
const err66 = {instancePath:instancePath+"/glusterfs/endpoints",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsVolumeSource/properties/endpoints/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data46.path !== undefined){
if(typeof data46.path !== "string"){
const err67 = {instancePath:instancePath+"/glusterfs/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsVolumeSource/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data46.readOnly !== undefined){
if(typeof data46.readOnly !== "boolean"){
const err68 = {instancePath:instancePath+"/glusterfs/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
for(const key8 in data46){
if(!(((key8 === "endpoints") || (key8 === "path")) || (key8 === "readOnly"))){
const err69 = {instancePath:instancePath+"/glusterfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key8, type: "Kubernetes 1.28 GlusterfsVolumeSource"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/glusterfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.GlusterfsVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.hostPath !== undefined){
let data50 = data.hostPath;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
if(data50.path === undefined){
const err71 = {instancePath:instancePath+"/hostPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data50.path !== undefined){
if(typeof data50.path !== "string"){
const err72 = {instancePath:instancePath+"/hostPath/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data50.type !== undefined){
let data52 = data50.type;
if(typeof data52 !== "string"){
const err73 = {instancePath:instancePath+"/hostPath/type",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!((((((((data52 === "") || (data52 === "BlockDevice")) || (data52 === "CharDevice")) || (data52 === "Directory")) || (data52 === "DirectoryOrCreate")) || (data52 === "File")) || (data52 === "FileOrCreate")) || (data52 === "Socket"))){
const err74 = {instancePath:instancePath+"/hostPath/type",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/properties/type/enum",keyword:"enum",params:{allowedValues: schema123.properties.type.enum}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
for(const key9 in data50){
if(!((key9 === "path") || (key9 === "type"))){
const err75 = {instancePath:instancePath+"/hostPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key9, type: "Kubernetes 1.28 HostPathVolumeSource"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/hostPath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostPathVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.iscsi !== undefined){
if(!(validate127(data.iscsi, instancePath+"/iscsi"))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err77 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.nfs !== undefined){
let data55 = data.nfs;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.path === undefined){
const err78 = {instancePath:instancePath+"/nfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data55.server === undefined){
const err79 = {instancePath:instancePath+"/nfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/required",keyword:"required",params:{missingProperty: "server"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data55.path !== undefined){
if(typeof data55.path !== "string"){
const err80 = {instancePath:instancePath+"/nfs/path",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/properties/path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data55.readOnly !== undefined){
if(typeof data55.readOnly !== "boolean"){
const err81 = {instancePath:instancePath+"/nfs/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data55.server !== undefined){
if(typeof data55.server !== "string"){
const err82 = {instancePath:instancePath+"/nfs/server",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/properties/server/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
for(const key10 in data55){
if(!(((key10 === "path") || (key10 === "readOnly")) || (key10 === "server"))){
const err83 = {instancePath:instancePath+"/nfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key10, type: "Kubernetes 1.28 NFSVolumeSource"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/nfs",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.NFSVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.persistentVolumeClaim !== undefined){
let data59 = data.persistentVolumeClaim;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.claimName === undefined){
const err85 = {instancePath:instancePath+"/persistentVolumeClaim",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource/required",keyword:"required",params:{missingProperty: "claimName"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data59.claimName !== undefined){
if(typeof data59.claimName !== "string"){
const err86 = {instancePath:instancePath+"/persistentVolumeClaim/claimName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource/properties/claimName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data59.readOnly !== undefined){
if(typeof data59.readOnly !== "boolean"){
const err87 = {instancePath:instancePath+"/persistentVolumeClaim/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
for(const key11 in data59){
if(!((key11 === "claimName") || (key11 === "readOnly"))){
const err88 = {instancePath:instancePath+"/persistentVolumeClaim",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key11, type: "Kubernetes 1.28 PersistentVolumeClaimVolumeSource"}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/persistentVolumeClaim",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PersistentVolumeClaimVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data.photonPersistentDisk !== undefined){
let data62 = data.photonPersistentDisk;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.pdID === undefined){
const err90 = {instancePath:instancePath+"/photonPersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource/required",keyword:"required",params:{missingProperty: "pdID"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data62.fsType !== undefined){
if(typeof data62.fsType !== "string"){
const err91 = {instancePath:instancePath+"/photonPersistentDisk/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data62.pdID !== undefined){
if(typeof data62.pdID !== "string"){
const err92 = {instancePath:instancePath+"/photonPersistentDisk/pdID",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource/properties/pdID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
for(const key12 in data62){
if(!((key12 === "fsType") || (key12 === "pdID"))){
const err93 = {instancePath:instancePath+"/photonPersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key12, type: "Kubernetes 1.28 PhotonPersistentDiskVolumeSource"}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/photonPersistentDisk",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PhotonPersistentDiskVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.portworxVolume !== undefined){
let data65 = data.portworxVolume;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.volumeID === undefined){
const err95 = {instancePath:instancePath+"/portworxVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/required",keyword:"required",params:{missingProperty: "volumeID"}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data65.fsType !== undefined){
if(typeof data65.fsType !== "string"){
const err96 = {instancePath:instancePath+"/portworxVolume/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data65.readOnly !== undefined){
if(typeof data65.readOnly !== "boolean"){
const err97 = {instancePath:instancePath+"/portworxVolume/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data65.volumeID !== undefined){
if(typeof data65.volumeID !== "string"){
const err98 = {instancePath:instancePath+"/portworxVolume/volumeID",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/properties/volumeID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
for(const key13 in data65){
if(!(((key13 === "fsType") || (key13 === "readOnly")) || (key13 === "volumeID"))){
const err99 = {instancePath:instancePath+"/portworxVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key13, type: "Kubernetes 1.28 PortworxVolumeSource"}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/portworxVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PortworxVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.projected !== undefined){
if(!(validate129(data.projected, instancePath+"/projected"))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data.quobyte !== undefined){
let data70 = data.quobyte;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(data70.registry === undefined){
const err101 = {instancePath:instancePath+"/quobyte",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/required",keyword:"required",params:{missingProperty: "registry"}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data70.volume === undefined){
const err102 = {instancePath:instancePath+"/quobyte",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/required",keyword:"required",params:{missingProperty: "volume"}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data70.group !== undefined){
if(typeof data70.group !== "string"){
const err103 = {instancePath:instancePath+"/quobyte/group",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/group/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data70.readOnly !== undefined){
if(typeof data70.readOnly !== "boolean"){
const err104 = {instancePath:instancePath+"/quobyte/readOnly",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/readOnly/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data70.registry !== undefined){
if(typeof data70.registry !== "string"){
const err105 = {instancePath:instancePath+"/quobyte/registry",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/registry/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data70.tenant !== undefined){
if(typeof data70.tenant !== "string"){
const err106 = {instancePath:instancePath+"/quobyte/tenant",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/tenant/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data70.user !== undefined){
if(typeof data70.user !== "string"){
const err107 = {instancePath:instancePath+"/quobyte/user",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/user/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data70.volume !== undefined){
if(typeof data70.volume !== "string"){
const err108 = {instancePath:instancePath+"/quobyte/volume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/properties/volume/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
for(const key14 in data70){
if(!(obj17.has(key14))){
const err109 = {instancePath:instancePath+"/quobyte",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key14, type: "Kubernetes 1.28 QuobyteVolumeSource"}};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/quobyte",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.QuobyteVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.rbd !== undefined){
if(!(validate140(data.rbd, instancePath+"/rbd"))){
vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
errors = vErrors.length;
}
}
if(data.scaleIO !== undefined){
if(!(validate142(data.scaleIO, instancePath+"/scaleIO"))){
vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
errors = vErrors.length;
}
}
if(data.secret !== undefined){
if(!(validate144(data.secret, instancePath+"/secret"))){
vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
errors = vErrors.length;
}
}
if(data.storageos !== undefined){
if(!(validate146(data.storageos, instancePath+"/storageos"))){
vErrors = vErrors === null ? validate146.errors : vErrors.concat(validate146.errors);
errors = vErrors.length;
}
}
if(data.vsphereVolume !== undefined){
let data81 = data.vsphereVolume;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
if(data81.volumePath === undefined){
const err111 = {instancePath:instancePath+"/vsphereVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/required",keyword:"required",params:{missingProperty: "volumePath"}};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data81.fsType !== undefined){
if(typeof data81.fsType !== "string"){
const err112 = {instancePath:instancePath+"/vsphereVolume/fsType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/properties/fsType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data81.storagePolicyID !== undefined){
if(typeof data81.storagePolicyID !== "string"){
const err113 = {instancePath:instancePath+"/vsphereVolume/storagePolicyID",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/properties/storagePolicyID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data81.storagePolicyName !== undefined){
if(typeof data81.storagePolicyName !== "string"){
const err114 = {instancePath:instancePath+"/vsphereVolume/storagePolicyName",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/properties/storagePolicyName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data81.volumePath !== undefined){
if(typeof data81.volumePath !== "string"){
const err115 = {instancePath:instancePath+"/vsphereVolume/volumePath",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/properties/volumePath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
for(const key15 in data81){
if(!((((key15 === "fsType") || (key15 === "storagePolicyID")) || (key15 === "storagePolicyName")) || (key15 === "volumePath"))){
const err116 = {instancePath:instancePath+"/vsphereVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/k8sClosed",keyword:"k8sClosed",params:{field: key15, type: "Kubernetes 1.28 VsphereVirtualDiskVolumeSource"}};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/vsphereVolume",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.VsphereVirtualDiskVolumeSource/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
for(const key16 in data){
if(!(obj20.has(key16))){
const err118 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key16, type: "Kubernetes 1.28 Volume"}};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
validate103.errors = vErrors;
return errors === 0;
}
const obj21 = new Set(["activeDeadlineSeconds","affinity","automountServiceAccountToken","containers","dnsConfig","dnsPolicy","enableServiceLinks","ephemeralContainers","hostAliases","hostIPC","hostNetwork","hostPID","hostUsers","hostname","imagePullSecrets","initContainers","nodeName","nodeSelector","os","overhead","preemptionPolicy","priority","priorityClassName","readinessGates","resourceClaims","restartPolicy","runtimeClassName","schedulerName","schedulingGates","securityContext","serviceAccount","serviceAccountName","setHostnameAsFQDN","shareProcessNamespace","subdomain","terminationGracePeriodSeconds","tolerations","topologySpreadConstraints","volumes"]);
function validate34(data, instancePath=""){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.containers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "containers"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.activeDeadlineSeconds !== undefined){
let data0 = data.activeDeadlineSeconds;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/activeDeadlineSeconds",schemaPath:"#/properties/activeDeadlineSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.affinity !== undefined){
if(!(validate35(data.affinity, instancePath+"/affinity"))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.automountServiceAccountToken !== undefined){
if(typeof data.automountServiceAccountToken !== "boolean"){
const err2 = {instancePath:instancePath+"/automountServiceAccountToken",schemaPath:"#/properties/automountServiceAccountToken/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.containers !== undefined){
let data3 = data.containers;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate59(data3[i0], instancePath+"/containers/" + i0))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/containers",schemaPath:"#/properties/containers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.dnsConfig !== undefined){
if(!(validate83(data.dnsConfig, instancePath+"/dnsConfig"))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
if(data.dnsPolicy !== undefined){
let data6 = data.dnsPolicy;
if(typeof data6 !== "string"){
const err4 = {instancePath:instancePath+"/dnsPolicy",schemaPath:"#/properties/dnsPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data6 === "ClusterFirst") || (data6 === "ClusterFirstWithHostNet")) || (data6 === "Default")) || (data6 === "None"))){
const err5 = {instancePath:instancePath+"/dnsPolicy",schemaPath:"#/properties/dnsPolicy/enum",keyword:"enum",params:{allowedValues: schema30.properties.dnsPolicy.enum}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.enableServiceLinks !== undefined){
if(typeof data.enableServiceLinks !== "boolean"){
const err6 = {instancePath:instancePath+"/enableServiceLinks",schemaPath:"#/properties/enableServiceLinks/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ephemeralContainers !== undefined){
let data8 = data.ephemeralContainers;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
if(!(validate85(data8[i1], instancePath+"/ephemeralContainers/" + i1))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/ephemeralContainers",schemaPath:"#/properties/ephemeralContainers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.hostAliases !== undefined){
let data10 = data.hostAliases;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.hostnames !== undefined){
let data12 = data11.hostnames;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
if(typeof data12[i3] !== "string"){
const err8 = {instancePath:instancePath+"/hostAliases/" + i2+"/hostnames/" + i3,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostAlias/properties/hostnames/items/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/hostAliases/" + i2+"/hostnames",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostAlias/properties/hostnames/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data11.ip !== undefined){
if(typeof data11.ip !== "string"){
const err10 = {instancePath:instancePath+"/hostAliases/" + i2+"/ip",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostAlias/properties/ip/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key0 in data11){
if(!((key0 === "hostnames") || (key0 === "ip"))){
const err11 = {instancePath:instancePath+"/hostAliases/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostAlias/k8sClosed",keyword:"k8sClosed",params:{field: key0, type: "Kubernetes 1.28 HostAlias"}};
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
const err12 = {instancePath:instancePath+"/hostAliases/" + i2,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.HostAlias/type",keyword:"type",params:{type: "object"}};
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
const err13 = {instancePath:instancePath+"/hostAliases",schemaPath:"#/properties/hostAliases/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.hostIPC !== undefined){
if(typeof data.hostIPC !== "boolean"){
const err14 = {instancePath:instancePath+"/hostIPC",schemaPath:"#/properties/hostIPC/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.hostNetwork !== undefined){
if(typeof data.hostNetwork !== "boolean"){
const err15 = {instancePath:instancePath+"/hostNetwork",schemaPath:"#/properties/hostNetwork/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.hostPID !== undefined){
if(typeof data.hostPID !== "boolean"){
const err16 = {instancePath:instancePath+"/hostPID",schemaPath:"#/properties/hostPID/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.hostUsers !== undefined){
if(typeof data.hostUsers !== "boolean"){
const err17 = {instancePath:instancePath+"/hostUsers",schemaPath:"#/properties/hostUsers/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.hostname !== undefined){
if(typeof data.hostname !== "string"){
const err18 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.imagePullSecrets !== undefined){
let data20 = data.imagePullSecrets;
if(Array.isArray(data20)){
const len4 = data20.length;
for(let i4=0; i4<len4; i4++){
let data21 = data20[i4];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.name !== undefined){
if(typeof data21.name !== "string"){
const err19 = {instancePath:instancePath+"/imagePullSecrets/" + i4+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key1 in data21){
if(!(key1 === "name")){
const err20 = {instancePath:instancePath+"/imagePullSecrets/" + i4,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/k8sClosed",keyword:"k8sClosed",params:{field: key1, type: "Kubernetes 1.28 LocalObjectReference"}};
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
const err21 = {instancePath:instancePath+"/imagePullSecrets/" + i4,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.LocalObjectReference/type",keyword:"type",params:{type: "object"}};
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
const err22 = {instancePath:instancePath+"/imagePullSecrets",schemaPath:"#/properties/imagePullSecrets/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.initContainers !== undefined){
let data23 = data.initContainers;
if(Array.isArray(data23)){
const len5 = data23.length;
for(let i5=0; i5<len5; i5++){
if(!(validate59(data23[i5], instancePath+"/initContainers/" + i5))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath:instancePath+"/initContainers",schemaPath:"#/properties/initContainers/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.nodeName !== undefined){
if(typeof data.nodeName !== "string"){
const err24 = {instancePath:instancePath+"/nodeName",schemaPath:"#/properties/nodeName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.nodeSelector !== undefined){
let data26 = data.nodeSelector;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key2 in data26){
if(typeof data26[key2] !== "string"){
const err25 = {instancePath:instancePath+"/nodeSelector/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodeSelector/additionalProperties/type",keyword:"type",params:{type: "string"}};
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
const err26 = {instancePath:instancePath+"/nodeSelector",schemaPath:"#/properties/nodeSelector/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.os !== undefined){
let data28 = data.os;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.name === undefined){
const err27 = {instancePath:instancePath+"/os",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodOS/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data28.name !== undefined){
if(typeof data28.name !== "string"){
const err28 = {instancePath:instancePath+"/os/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodOS/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
for(const key3 in data28){
if(!(key3 === "name")){
const err29 = {instancePath:instancePath+"/os",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodOS/k8sClosed",keyword:"k8sClosed",params:{field: key3, type: "Kubernetes 1.28 PodOS"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/os",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodOS/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.overhead !== undefined){
let data30 = data.overhead;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key4 in data30){
let data31 = data30[key4];
if((typeof data31 !== "string") && (!((typeof data31 == "number") && (isFinite(data31))))){
const err31 = {instancePath:instancePath+"/overhead/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/overhead/additionalProperties/type",keyword:"type",params:{type: schema30.properties.overhead.additionalProperties.type}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data31 === "string"){
if(!pattern4.test(data31)){
const err32 = {instancePath:instancePath+"/overhead/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/overhead/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$"}};
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
}
else {
const err33 = {instancePath:instancePath+"/overhead",schemaPath:"#/properties/overhead/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.preemptionPolicy !== undefined){
let data32 = data.preemptionPolicy;
if(typeof data32 !== "string"){
const err34 = {instancePath:instancePath+"/preemptionPolicy",schemaPath:"#/properties/preemptionPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!((data32 === "Never") || (data32 === "PreemptLowerPriority"))){
const err35 = {instancePath:instancePath+"/preemptionPolicy",schemaPath:"#/properties/preemptionPolicy/enum",keyword:"enum",params:{allowedValues: schema30.properties.preemptionPolicy.enum}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.priority !== undefined){
let data33 = data.priority;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err36 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 2147483647 || isNaN(data33)){
const err37 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data33 < -2147483648 || isNaN(data33)){
const err38 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648}};
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
if(data.priorityClassName !== undefined){
if(typeof data.priorityClassName !== "string"){
const err39 = {instancePath:instancePath+"/priorityClassName",schemaPath:"#/properties/priorityClassName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.readinessGates !== undefined){
let data35 = data.readinessGates;
if(Array.isArray(data35)){
const len6 = data35.length;
for(let i6=0; i6<len6; i6++){
let data36 = data35[i6];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.conditionType === undefined){
const err40 = {instancePath:instancePath+"/readinessGates/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodReadinessGate/required",keyword:"required",params:{missingProperty: "conditionType"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data36.conditionType !== undefined){
if(typeof data36.conditionType !== "string"){
const err41 = {instancePath:instancePath+"/readinessGates/" + i6+"/conditionType",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodReadinessGate/properties/conditionType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
for(const key5 in data36){
if(!(key5 === "conditionType")){
const err42 = {instancePath:instancePath+"/readinessGates/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodReadinessGate/k8sClosed",keyword:"k8sClosed",params:{field: key5, type: "Kubernetes 1.28 PodReadinessGate"}};
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
const err43 = {instancePath:instancePath+"/readinessGates/" + i6,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodReadinessGate/type",keyword:"type",params:{type: "object"}};
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
const err44 = {instancePath:instancePath+"/readinessGates",schemaPath:"#/properties/readinessGates/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.resourceClaims !== undefined){
let data38 = data.resourceClaims;
if(Array.isArray(data38)){
const len7 = data38.length;
for(let i7=0; i7<len7; i7++){
if(!(validate96(data38[i7], instancePath+"/resourceClaims/" + i7))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
}
else {
const err45 = {instancePath:instancePath+"/resourceClaims",schemaPath:"#/properties/resourceClaims/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.restartPolicy !== undefined){
let data40 = data.restartPolicy;
if(typeof data40 !== "string"){
const err46 = {instancePath:instancePath+"/restartPolicy",schemaPath:"#/properties/restartPolicy/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!(((data40 === "Always") || (data40 === "Never")) || (data40 === "OnFailure"))){
const err47 = {instancePath:instancePath+"/restartPolicy",schemaPath:"#/properties/restartPolicy/enum",keyword:"enum",params:{allowedValues: schema30.properties.restartPolicy.enum}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.runtimeClassName !== undefined){
if(typeof data.runtimeClassName !== "string"){
const err48 = {instancePath:instancePath+"/runtimeClassName",schemaPath:"#/properties/runtimeClassName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.schedulerName !== undefined){
if(typeof data.schedulerName !== "string"){
const err49 = {instancePath:instancePath+"/schedulerName",schemaPath:"#/properties/schedulerName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.schedulingGates !== undefined){
let data43 = data.schedulingGates;
if(Array.isArray(data43)){
const len8 = data43.length;
for(let i8=0; i8<len8; i8++){
let data44 = data43[i8];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.name === undefined){
const err50 = {instancePath:instancePath+"/schedulingGates/" + i8,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodSchedulingGate/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data44.name !== undefined){
if(typeof data44.name !== "string"){
const err51 = {instancePath:instancePath+"/schedulingGates/" + i8+"/name",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodSchedulingGate/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
for(const key6 in data44){
if(!(key6 === "name")){
const err52 = {instancePath:instancePath+"/schedulingGates/" + i8,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodSchedulingGate/k8sClosed",keyword:"k8sClosed",params:{field: key6, type: "Kubernetes 1.28 PodSchedulingGate"}};
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
const err53 = {instancePath:instancePath+"/schedulingGates/" + i8,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.PodSchedulingGate/type",keyword:"type",params:{type: "object"}};
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
const err54 = {instancePath:instancePath+"/schedulingGates",schemaPath:"#/properties/schedulingGates/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.securityContext !== undefined){
if(!(validate98(data.securityContext, instancePath+"/securityContext"))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data.serviceAccount !== undefined){
if(typeof data.serviceAccount !== "string"){
const err55 = {instancePath:instancePath+"/serviceAccount",schemaPath:"#/properties/serviceAccount/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.serviceAccountName !== undefined){
if(typeof data.serviceAccountName !== "string"){
const err56 = {instancePath:instancePath+"/serviceAccountName",schemaPath:"#/properties/serviceAccountName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.setHostnameAsFQDN !== undefined){
if(typeof data.setHostnameAsFQDN !== "boolean"){
const err57 = {instancePath:instancePath+"/setHostnameAsFQDN",schemaPath:"#/properties/setHostnameAsFQDN/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.shareProcessNamespace !== undefined){
if(typeof data.shareProcessNamespace !== "boolean"){
const err58 = {instancePath:instancePath+"/shareProcessNamespace",schemaPath:"#/properties/shareProcessNamespace/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.subdomain !== undefined){
if(typeof data.subdomain !== "string"){
const err59 = {instancePath:instancePath+"/subdomain",schemaPath:"#/properties/subdomain/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.terminationGracePeriodSeconds !== undefined){
let data52 = data.terminationGracePeriodSeconds;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err60 = {instancePath:instancePath+"/terminationGracePeriodSeconds",schemaPath:"#/properties/terminationGracePeriodSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.tolerations !== undefined){
let data53 = data.tolerations;
if(Array.isArray(data53)){
const len9 = data53.length;
for(let i9=0; i9<len9; i9++){
let data54 = data53[i9];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.effect !== undefined){
let data55 = data54.effect;
if(typeof data55 !== "string"){
const err61 = {instancePath:instancePath+"/tolerations/" + i9+"/effect",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/effect/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!(((data55 === "NoExecute") || (data55 === "NoSchedule")) || (data55 === "PreferNoSchedule"))){
const err62 = {instancePath:instancePath+"/tolerations/" + i9+"/effect",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/effect/enum",keyword:"enum",params:{allowedValues: schema92.properties.effect.enum}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data54.key !== undefined){
if(typeof data54.key !== "string"){
const err63 = {instancePath:instancePath+"/tolerations/" + i9+"/key",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data54.operator !== undefined){
let data57 = data54.operator;
if(typeof data57 !== "string"){
const err64 = {instancePath:instancePath+"/tolerations/" + i9+"/operator",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/operator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(!((data57 === "Equal") || (data57 === "Exists"))){
const err65 = {instancePath:instancePath+"/tolerations/" + i9+"/operator",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/operator/enum",keyword:"enum",params:{allowedValues: schema92.properties.operator.enum}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data54.tolerationSeconds !== undefined){
let data58 = data54.tolerationSeconds;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err66 = {instancePath:instancePath+"/tolerations/" + i9+"/tolerationSeconds",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/tolerationSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data54.value !== undefined){
if(typeof data54.value !== "string"){
const err67 = {instancePath:instancePath+"/tolerations/" + i9+"/value",schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/properties/value/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
for(const key7 in data54){
if(!(((((key7 === "effect") || (key7 === "key")) || (key7 === "operator")) || (key7 === "tolerationSeconds")) || (key7 === "value"))){
const err68 = {instancePath:instancePath+"/tolerations/" + i9,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/k8sClosed",keyword:"k8sClosed",params:{field: key7, type: "Kubernetes 1.28 Toleration"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/tolerations/" + i9,schemaPath:"k8s#/definitions/io.k8s.api.core.v1.Toleration/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/tolerations",schemaPath:"#/properties/tolerations/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.topologySpreadConstraints !== undefined){
let data60 = data.topologySpreadConstraints;
if(Array.isArray(data60)){
const len10 = data60.length;
for(let i10=0; i10<len10; i10++){
if(!(validate100(data60[i10], instancePath+"/topologySpreadConstraints/" + i10))){
vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
errors = vErrors.length;
}
}
}
else {
const err71 = {instancePath:instancePath+"/topologySpreadConstraints",schemaPath:"#/properties/topologySpreadConstraints/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.volumes !== undefined){
let data62 = data.volumes;
if(Array.isArray(data62)){
const len11 = data62.length;
for(let i11=0; i11<len11; i11++){
if(!(validate103(data62[i11], instancePath+"/volumes/" + i11))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
errors = vErrors.length;
}
}
}
else {
const err72 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
for(const key8 in data){
if(!(obj21.has(key8))){
const err73 = {instancePath,schemaPath:"#/k8sClosed",keyword:"k8sClosed",params:{field: key8, type: "Kubernetes 1.28 PodSpec"}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
module.exports = {validate34};
