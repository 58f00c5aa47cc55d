package dev.cerulean.server.portal.azure;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.Guid;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.AddClientSecret;
import dev.cerulean.core.directory.AppFilter;
import dev.cerulean.core.directory.AppRegistration;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.portal.classic.PortalGate;
import dev.cerulean.server.portal.classic.PortalUseCases;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Microsoft Entra ID's App registrations: the directory's applications, New registration (with its
 * service principal, as the portal makes one), and an application's Certificates &amp; secrets: add
 * a client secret, whose value is shown this once and afterwards only its first characters, and
 * remove one. The use cases are the ones behind Graph's addPassword and removePassword, so only
 * application administrators and the application's owners may.
 */
final class EntraAppPages {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final AzureLayout layout;
    private final PortalUseCases uses;

    EntraAppPages(AzureLayout layout) {
        this.layout = layout;
        this.uses = layout.uses();
    }

    void register(RoutesConfig routes, PortalGate portal) {
        var gate = new Entra.Gate(portal, layout);
        gate.get(routes, Entra.APPS, (ctx, caller, m) -> list(ctx, 200, caller, m, null, ""));
        gate.post(routes, Entra.APPS, this::registerApp);
        gate.get(routes, Entra.APPS + "/{app}", (ctx, caller, m) -> app(ctx, 200, caller, m, null, null));
        gate.post(routes, Entra.APPS + "/{app}/secrets", this::addSecret);
        gate.post(routes, Entra.APPS + "/{app}/secrets/{key}/remove", this::removeSecret);
    }

    private void list(Context ctx, int status, Caller caller, Messages m, Notice notice, String name) {
        // a page at a time, read in the database: a directory may have any number of apps
        int offset = Entra.offset(ctx);
        var apps = uses.directories();
        List<EntraViews.AppRow> rows =
                apps.applicationsPage(caller.directory(), AppFilter.APPLICATIONS, offset, Entra.PAGE).stream()
                        .map(a -> new EntraViews.AppRow(
                                a.objectId().toString(),
                                a.clientId().toString(),
                                a.displayName(),
                                a.secrets().size()))
                        .toList();
        var frame = layout.frame(ctx, caller, m, m.get("portal.entra.apps"), AzureFrame.ENTRA, Entra.APPS)
                .with(notice);
        layout.write(
                ctx,
                status,
                "azure/entraApps.jte",
                frame,
                new EntraViews.Apps(
                        rows,
                        Entra.paging(
                                Entra.APPS,
                                "",
                                offset,
                                rows.size(),
                                apps.applicationCount(caller.directory(), AppFilter.APPLICATIONS)),
                        name));
    }

    private void registerApp(Context ctx, Caller caller, Messages m) {
        String name = Entra.form(ctx, "displayName");
        Outcome<AppRegistration> made = uses.entra().registerApp().register(caller, caller.directory(), name);
        if (made instanceof Outcome.Rejected<AppRegistration> r) {
            list(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), name);
            return;
        }
        list(
                ctx,
                200,
                caller,
                m,
                Notice.success(m.get("portal.entra.registered", made.orThrow().displayName())),
                "");
    }

    private Optional<AppRegistration> found(Context ctx, Caller caller) {
        return ObjectId.parse(ctx.pathParam("app"))
                .flatMap(id -> uses.directories().application(caller.directory(), id));
    }

    /** Certificates &amp; secrets of one application; {@code added} is the secret just made, its value shown once. */
    private void app(
            Context ctx, int status, Caller caller, Messages m, Notice notice, AddClientSecret.NewSecret added) {
        Optional<AppRegistration> found = found(ctx, caller);
        if (found.isEmpty()) {
            list(ctx, 404, caller, m, Notice.error(m.get("portal.entra.noSuchApp", ctx.pathParam("app"))), "");
            return;
        }
        AppRegistration a = found.get();
        List<EntraViews.Secret> secrets = a.secrets().stream()
                .map(s -> new EntraViews.Secret(
                        s.keyId().toString(),
                        s.hint() + "*****",
                        s.expiresAt() == null ? "" : DAY.format(s.expiresAt())))
                .toList();
        var frame = layout.frame(ctx, caller, m, a.displayName(), AzureFrame.ENTRA, Entra.APPS + "/" + a.objectId())
                .with(notice);
        layout.write(
                ctx,
                status,
                "azure/entraApp.jte",
                frame,
                new EntraViews.App(
                        a.objectId().toString(),
                        a.clientId().toString(),
                        a.displayName(),
                        a.servicePrincipal() == null ? "" : a.servicePrincipal().toString(),
                        secrets,
                        Arrays.stream(AddClientSecret.Lifetime.values())
                                .map(l -> new AccessViews.Option(
                                        l.name(),
                                        m.get("portal.entra.lifetime." + l.name()),
                                        l == AddClientSecret.Lifetime.TWO_YEARS))
                                .toList(),
                        added == null ? null : added.stored().keyId().toString(),
                        added == null ? null : added.value()));
    }

    private void addSecret(Context ctx, Caller caller, Messages m) {
        Optional<AppRegistration> found = found(ctx, caller);
        if (found.isEmpty()) {
            app(ctx, 404, caller, m, null, null);
            return;
        }
        AddClientSecret.Lifetime lifetime = Arrays.stream(AddClientSecret.Lifetime.values())
                .filter(l -> l.name().equals(ctx.formParam("lifetime")))
                .findFirst()
                .orElse(AddClientSecret.Lifetime.TWO_YEARS);
        var added = uses.entra().addClientSecret().add(caller, found.get().clientId(), lifetime);
        if (added instanceof Outcome.Rejected<AddClientSecret.NewSecret> r) {
            app(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), null);
            return;
        }
        app(
                ctx,
                200,
                caller,
                m,
                Notice.success(m.get("portal.entra.secretAdded", found.get().displayName())),
                added.orThrow());
    }

    private void removeSecret(Context ctx, Caller caller, Messages m) {
        Optional<AppRegistration> found = found(ctx, caller);
        Optional<UUID> key = Guid.parse(ctx.pathParam("key"));
        if (found.isEmpty()) {
            app(ctx, 404, caller, m, null, null);
            return;
        }
        // a malformed key id is one the application has no secret of: the core says so
        UUID keyId = key.orElse(new UUID(0, 0));
        var removed = uses.entra()
                .changeApplication()
                .removeSecret(caller, caller.directory(), found.get().objectId(), keyId);
        if (removed instanceof Outcome.Rejected<AppRegistration> r) {
            app(ctx, Entra.status(r), caller, m, AzureLayout.refusal(m, r), null);
            return;
        }
        app(ctx, 200, caller, m, Notice.success(m.get("portal.entra.secretRemoved", keyId)), null);
    }
}
