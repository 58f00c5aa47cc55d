package dev.cerulean.server.portal.azure;

import java.util.List;

/** The view records of Change directory (the Azure portal's modern flow), as its templates render them. */
public final class MoveViews {
    private MoveViews() {}

    /** A directory of the person's, listed as a destination; {@code current} (the subscription's own) is not one. */
    public record Target(String id, String name, String domain, boolean current) {}

    /**
     * The first step: where to, from one page of the person's directories ({@code pager}) that
     * {@code search} narrows; {@code refused} hides the form when a rule about the person or the
     * offer answered, {@code none} says the person is in no other directory at all.
     */
    public record Pick(
            String subscriptionId,
            String subscriptionName,
            String currentDirectory,
            List<Target> targets,
            boolean refused,
            boolean none,
            String search,
            dev.cerulean.server.page.Pager pager) {
        /** True when the page offers a directory to move to (not only the current one). */
        public boolean anyTarget() {
            return targets.stream().anyMatch(t -> !t.current());
        }
    }

    /** An assignment the move removes: who (and their sign-in name or app id), which role, where. */
    public record Removed(String principal, String detail, String role, String scope) {}

    /** The removed assignments of one kind of principal (users, groups, service principals, managed identities). */
    public record PrincipalKind(String title, List<Removed> assignments) {}

    public record Review(
            String subscriptionId,
            String subscriptionName,
            String from,
            String fromId,
            String to,
            String toId,
            long version,
            List<String> coAdministrators,
            List<PrincipalKind> assignments,
            List<String> customRoles,
            List<String> identities,
            List<String> keyVaults,
            String serviceAdministratorLosesAccess,
            String planHref) {
        public boolean removesNothing() {
            return coAdministrators.isEmpty() && assignments.isEmpty() && customRoles.isEmpty();
        }
    }

    /** After the move: what happened and the follow-up list. */
    public record Done(
            String subscriptionId, String subscriptionName, String from, String to, List<String> followUps) {}
}
