package dev.cerulean.server.arm;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.directory.DirectoriesOfAccount;
import dev.cerulean.core.directory.Directory;
import dev.cerulean.core.directory.Domain;
import dev.cerulean.core.directory.ReadDirectories;
import io.javalin.config.RoutesConfig;
import java.util.List;

/** {@code GET /tenants}: every directory the caller is in (R31); an application only its own. */
final class TenantsEndpoint {
    record TenantWire(
            String id,
            String tenantId,
            String tenantCategory,
            String countryCode,
            String displayName,
            List<String> domains,
            String defaultDomain,
            String tenantType) {}

    private final ReadDirectories directories;
    private final DirectoriesOfAccount directoriesOfAccount;

    TenantsEndpoint(ReadDirectories directories, DirectoriesOfAccount directoriesOfAccount) {
        this.directories = directories;
        this.directoriesOfAccount = directoriesOfAccount;
    }

    void register(RoutesConfig routes, ArmAuthentication auth) {
        routes.get("/tenants", auth.authenticated(this::list));
    }

    private void list(ArmCall call) {
        List<Directory> dirs = call.caller.identity() instanceof Identity.App
                ? directories.byId(call.caller.directory()).stream().toList()
                : directoriesOfAccount.of(call.caller.identity()).stream()
                        .map(m -> m.directory())
                        .toList();
        List<TenantWire> tenants = dirs.stream().map(this::wire).toList();
        call.page(tenants, ArmJson.MAPPER::valueToTree);
    }

    private TenantWire wire(Directory d) {
        List<String> domains = directories.domainsOf(d.id()).stream()
                .filter(Domain::verified)
                .map(Domain::name)
                .sorted()
                .toList();
        return new TenantWire(
                "/tenants/" + d.id(),
                d.id().toString(),
                "Home",
                d.country(),
                d.displayName(),
                domains,
                d.initialDomain(),
                "AAD");
    }
}
