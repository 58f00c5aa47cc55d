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

    /**
     * An application sees its own directory; a person the directories it is in, home first, a page
     * of {@value Paging#PAGE_SIZE} read by the store at a time (a person may be in thousands), with
     * a {@code nextLink} while more follow.
     */
    private void list(ArmCall call) {
        if (call.caller.identity() instanceof Identity.App) {
            List<TenantWire> own = directories.byId(call.caller.directory()).stream()
                    .map(this::wire)
                    .toList();
            call.page(own, ArmJson.MAPPER::valueToTree);
            return;
        }
        int offset = Paging.skip(call);
        var page = directoriesOfAccount.page(call.caller.identity(), "", offset, Paging.PAGE_SIZE);
        List<Directory> dirs =
                page.memberships().stream().map(m -> m.directory()).toList();
        boolean more = offset + dirs.size() < page.total();
        call.json(200, Paging.read(call, offset, dirs, more, d -> ArmJson.MAPPER.valueToTree(wire(d))));
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
