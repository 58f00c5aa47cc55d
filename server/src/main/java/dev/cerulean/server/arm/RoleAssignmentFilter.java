package dev.cerulean.server.arm;

import dev.cerulean.core.access.RoleAssignment;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.common.Scope;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $filter} of a role-assignment list, parsed once: {@code atScope()}, {@code principalId eq '…'}
 * and {@code assignedTo('…')}, joined by {@code and}. Anything else is a 400 naming {@code $filter}.
 */
record RoleAssignmentFilter(boolean atScope, ObjectId principal, boolean throughGroups) {
    private static final String GUID = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
    private static final Pattern AT_SCOPE = Pattern.compile("atScope\\(\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRINCIPAL =
            Pattern.compile("principalId\\s+eq\\s+'" + GUID + "'", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSIGNED_TO =
            Pattern.compile("assignedTo\\(\\s*'" + GUID + "'\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    static final RoleAssignmentFilter NONE = new RoleAssignmentFilter(false, null, false);

    static RoleAssignmentFilter parse(String filter) {
        if (filter == null || filter.isBlank()) return NONE;
        if (filter.length() > 1000) throw invalid(filter);
        boolean atScope = false;
        ObjectId principal = null;
        boolean throughGroups = false;
        for (String term : AND.split(filter.trim(), -1)) {
            String t = term.trim();
            Matcher p = PRINCIPAL.matcher(t);
            Matcher a = ASSIGNED_TO.matcher(t);
            if (AT_SCOPE.matcher(t).matches() && !atScope) {
                atScope = true;
            } else if (principal == null && p.matches()) {
                principal = ObjectId.of(p.group(1).toLowerCase(Locale.ROOT));
            } else if (principal == null && a.matches()) {
                principal = ObjectId.of(a.group(1).toLowerCase(Locale.ROOT));
                throughGroups = true; // assignedTo: the principal's and its groups' assignments, as ARM answers it
            } else {
                throw invalid(filter);
            }
        }
        return new RoleAssignmentFilter(atScope, principal, throughGroups);
    }

    /** atScope(): only the assignments that apply at the scope (at it or above), not those below. */
    List<RoleAssignment> apply(List<RoleAssignment> listed, Scope scope) {
        if (!atScope) return listed;
        return listed.stream().filter(a -> a.scope().contains(scope)).toList();
    }

    private static ArmFailure invalid(String filter) {
        return ArmFailure.badRequest(
                "InvalidFilter",
                "$filter",
                "The filter '" + filter + "' is not supported; use "
                        + "atScope(), principalId eq '{objectId}' or assignedTo('{objectId}'), joined by 'and'.");
    }
}
