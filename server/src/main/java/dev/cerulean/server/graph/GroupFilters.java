package dev.cerulean.server.graph;

import dev.cerulean.core.directory.group.GroupFilter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $filter} expressions tools use to find a group, evaluated in the database:
 * {@code displayName eq 'v'}, {@code mailNickname eq 'v'} and {@code startswith(displayName,'v')}
 * (or mailNickname). Anything else is a 400 naming {@code $filter}: a list that silently ignored a
 * filter would answer the wrong groups.
 */
final class GroupFilters {
    private static final String LITERAL = "'((?:[^']|'')*)'";
    private static final Pattern EQUALS =
            Pattern.compile("\\s*(displayName|mailNickname)\\s+eq\\s+" + LITERAL + "\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTS_WITH = Pattern.compile(
            "\\s*startswith\\(\\s*(displayName|mailNickname)\\s*,\\s*" + LITERAL + "\\s*\\)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 1024;

    private GroupFilters() {}

    static GroupFilter parse(String text) {
        if (text == null) return GroupFilter.ALL;
        if (text.length() > MAX_LENGTH) throw invalid("the expression is too long.");
        Matcher eq = EQUALS.matcher(text);
        if (eq.matches()) return filter(eq, GroupFilter.Match.EQUALS);
        Matcher prefix = STARTS_WITH.matcher(text);
        if (prefix.matches()) return filter(prefix, GroupFilter.Match.STARTS_WITH);
        throw invalid("groups are filtered with displayName or mailNickname, by eq or startswith.");
    }

    private static GroupFilter filter(Matcher m, GroupFilter.Match match) {
        GroupFilter.Field field = m.group(1).equalsIgnoreCase("displayName")
                ? GroupFilter.Field.displayName
                : GroupFilter.Field.mailNickname;
        return new GroupFilter(field, match, m.group(2).replace("''", "'"));
    }

    private static GraphException invalid(String problem) {
        return GraphException.badRequest("$filter", problem);
    }
}
