package dev.cerulean.server.portal.azure;

import dev.cerulean.core.account.Caller;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Outcome;
import dev.cerulean.core.directory.DirectoriesOfAccount;
import dev.cerulean.server.page.Csrf;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import dev.cerulean.server.page.Templates;
import dev.cerulean.server.portal.classic.PortalUseCases;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Builds the frame every Azure-portal page shares ({@link AzureFrame}) and writes a page through
 * its template: each page template takes {@code frame} and its own {@code view} record.
 */
final class AzureLayout {
    /** Directories the top bar's switcher offers before "All directories". */
    static final int SWITCHER = 20;

    private final PortalUseCases uses;

    AzureLayout(PortalUseCases uses) {
        this.uses = uses;
    }

    PortalUseCases uses() {
        return uses;
    }

    /**
     * @param here this page as a GET (path and query), for the language switch
     */
    AzureFrame frame(Context ctx, Caller caller, Messages m, String title, String menu, String here) {
        // the panel's switcher offers the first directories only (home first, then by name) and the
        // current one; "All directories" pages through the rest: no page reads every directory
        var first = uses.directoriesOfAccount().page(caller.identity(), "", 0, SWITCHER);
        List<AzureFrame.DirectoryChoice> directories = new java.util.ArrayList<>(choices(caller, first.memberships()));
        if (caller.directory() != null && directories.stream().noneMatch(AzureFrame.DirectoryChoice::current)) {
            directories.add(new AzureFrame.DirectoryChoice(
                    caller.directory().toString(),
                    nameOf(caller.directory()),
                    uses.directories()
                            .byId(caller.directory())
                            .map(dm -> dm.initialDomain())
                            .orElse(""),
                    true,
                    false));
        }
        String language =
                here + (here.contains("?") ? "&" : "?") + "lang=" + m.language().other();
        return new AzureFrame(
                m,
                title,
                menu,
                Csrf.token(ctx),
                caller.displayName(),
                nameOf(caller.directory()),
                directories,
                language,
                null);
    }

    /** The person's directories as the panel and Directories + subscriptions show them. */
    List<AzureFrame.DirectoryChoice> choices(Caller caller, List<DirectoriesOfAccount.Membership> memberships) {
        var chosenDefault = uses.defaultDirectory().of(caller);
        return memberships.stream()
                .map(d -> new AzureFrame.DirectoryChoice(
                        d.directory().id().toString(),
                        d.directory().displayName(),
                        d.directory().initialDomain(),
                        d.directory().id().equals(caller.directory()),
                        chosenDefault.map(d.directory().id()::equals).orElse(false)))
                .toList();
    }

    void write(Context ctx, int status, String template, AzureFrame frame, Object view) {
        Templates.write(ctx, status, template, Map.of("frame", frame, "view", view));
    }

    String nameOf(DirectoryId id) {
        return id == null ? "" : uses.directories().nameOf(id);
    }

    /** Where an assignment applies, as people read it: root, this subscription, a resource group, a resource. */
    static String scope(Messages m, dev.cerulean.core.common.Scope scope) {
        if (scope.subscription() == null) return m.get("portal.scope.root");
        if (scope.resourceGroup() == null) return m.get("portal.scope.subscription");
        if (scope.resource() == null) return m.get("portal.scope.resourceGroup", scope.resourceGroup());
        return m.get("portal.scope.resource", scope.resource().name());
    }

    /** A resource group's scope, when {@code name} is one Azure allows (no group can have another). */
    static java.util.Optional<dev.cerulean.core.common.Scope> groupScope(
            dev.cerulean.core.common.SubscriptionId subscription, String name) {
        if (name == null || name.contains("/")) return java.util.Optional.empty();
        return dev.cerulean.core.common.Scope.parse("/subscriptions/" + subscription + "/resourceGroups/" + name)
                .filter(scope -> scope.resourceGroup() != null && scope.resource() == null);
    }

    /** A refusal as the portal shows it: the rule's message, in the page's language. */
    static Notice refusal(Messages m, Outcome.Rejected<?> r) {
        return Notice.error(m.rule(r.code(), r.args()) + " " + m.get("classic.nothingChanged"));
    }
}
