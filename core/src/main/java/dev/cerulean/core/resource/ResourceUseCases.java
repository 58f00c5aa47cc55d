package dev.cerulean.core.resource;

/** Resource groups' and resources' use cases, as {@code dev.cerulean.core.UseCases} builds them once. */
public record ResourceUseCases(
        ReadResourceGroups resourceGroups,
        ReadResources resources,
        CreateOrUpdateResourceGroup createOrUpdateResourceGroup,
        DeleteResourceGroup deleteResourceGroup,
        CreateResource createResource,
        PutResource putResource,
        DeleteResource deleteResource,
        ManagedIdentityTokens managedIdentityTokens) {}
