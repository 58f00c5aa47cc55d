"""A program written for Azure's public cloud, with no Cerulean setting: azure-identity's
ClientSecretCredential and azure-mgmt-resource with their defaults. Run with HTTPS_PROXY and
REQUESTS_CA_BUNDLE as `cerulean env` prints them, it talks to Cerulean through interception.

Usage: public_cloud_client.py TENANT SUBSCRIPTION CLIENT_ID CLIENT_SECRET
"""
import sys

from azure.identity import ClientSecretCredential
from azure.mgmt.resource import ResourceManagementClient, SubscriptionClient

tenant, subscription, client_id, secret = sys.argv[1:5]
credential = ClientSecretCredential(tenant, client_id, secret)

for s in SubscriptionClient(credential).subscriptions.list():
    print("subscription:", s.subscription_id, s.display_name)

resources = ResourceManagementClient(credential, subscription)
created = resources.resource_groups.create_or_update("rg-python", {"location": "westeurope"})
print("created:", created.name, created.location)
for group in resources.resource_groups.list():
    print("group:", group.name)
resources.resource_groups.begin_delete("rg-python").result()
print("deleted: rg-python")
