// The Azure SDK for JavaScript as a user sets it up for a custom cloud: an authority host and an
// ARM endpoint, nothing else (the clients then ask for "<endpoint>/.default"); or, without
// CERULEAN_ENDPOINT, with the public cloud's defaults (interception: HTTPS_PROXY). Lists resource
// groups, creates and deletes one, lists role assignments; prints one JSON line for JsSdkIT.
// Environment: CERULEAN_AUTHORITY_HOST and CERULEAN_ENDPOINT (both or neither), CERULEAN_TENANT,
// CERULEAN_CLIENT_ID, CERULEAN_CLIENT_SECRET, CERULEAN_SUBSCRIPTION; NODE_EXTRA_CA_CERTS trusts
// Cerulean's certificate (or the interception authority).
import { ClientSecretCredential } from "@azure/identity";
import { ResourceManagementClient } from "@azure/arm-resources";
import { AuthorizationManagementClient } from "@azure/arm-authorization";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const custom = Boolean(process.env.CERULEAN_ENDPOINT);
const credential = new ClientSecretCredential(
  env("CERULEAN_TENANT"),
  env("CERULEAN_CLIENT_ID"),
  env("CERULEAN_CLIENT_SECRET"),
  custom ? { authorityHost: env("CERULEAN_AUTHORITY_HOST"), disableInstanceDiscovery: true } : {},
);
const options = custom ? { endpoint: env("CERULEAN_ENDPOINT") } : {};
const subscription = env("CERULEAN_SUBSCRIPTION");
const resources = new ResourceManagementClient(credential, subscription, options);
const authorization = new AuthorizationManagementClient(credential, subscription, options);

const names = async () => {
  const out = [];
  for await (const group of resources.resourceGroups.list()) out.push(group.name);
  return out;
};

const result = { before: await names() };
const name = `rg-js-${process.pid}`;
result.created = (await resources.resourceGroups.createOrUpdate(name, { location: "westeurope" })).name;
result.during = await names();
await resources.resourceGroups.beginDeleteAndWait(name);
result.after = await names();
result.assignments = [];
for await (const a of authorization.roleAssignments.listForSubscription()) result.assignments.push(a.principalId);
console.log(JSON.stringify(result));
