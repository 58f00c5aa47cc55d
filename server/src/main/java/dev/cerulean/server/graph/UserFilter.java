package dev.cerulean.server.graph;

import dev.cerulean.core.directory.UserCondition;
import dev.cerulean.core.directory.UserCondition.Match;
import dev.cerulean.core.directory.UserCondition.Property;
import dev.cerulean.core.directory.UserQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code $filter} expressions Graph clients use to find users: {@code prop eq 'v'},
 * {@code prop ne 'v'}, {@code startswith(prop,'v')}, combined with {@code and}, {@code or} and
 * parentheses, over userPrincipalName, mail, mailNickname, displayName, id and userType, and
 * {@code accountEnabled eq true|false} (or {@code ne}). String comparisons ignore case, as Graph's
 * do for these properties. The expression becomes a {@link UserQuery} that the store evaluates in
 * its database, so that any filter costs a page read. Anything else is a 400 naming
 * {@code $filter}.
 */
final class UserFilter {
    private static final int MAX_LENGTH = 2048;
    private static final int MAX_DEPTH = 16;

    private final List<String> tokens;
    private int at;
    private int depth;

    private UserFilter(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The expression as a query; every user for no expression. */
    static UserQuery parse(String text) {
        if (text == null) return new UserQuery.AllOf(List.of());
        if (text.length() > MAX_LENGTH) throw invalid("the expression is too long.");
        UserFilter parser = new UserFilter(tokenize(text));
        UserQuery filter = parser.or();
        if (parser.at != parser.tokens.size()) throw invalid("unexpected '" + parser.tokens.get(parser.at) + "'.");
        return filter;
    }

    private UserQuery or() {
        List<UserQuery> parts = new ArrayList<>(List.of(and()));
        while (accept("or")) parts.add(and());
        return parts.size() == 1 ? parts.get(0) : new UserQuery.AnyOf(parts);
    }

    private UserQuery and() {
        List<UserQuery> parts = new ArrayList<>(List.of(term()));
        while (accept("and")) parts.add(term());
        return parts.size() == 1 ? parts.get(0) : new UserQuery.AllOf(parts);
    }

    private UserQuery term() {
        if (accept("(")) {
            if (++depth > MAX_DEPTH) throw invalid("too deeply nested.");
            UserQuery inner = or();
            expect(")");
            depth--;
            return inner;
        }
        if (accept("startswith")) {
            expect("(");
            Property property = property(next());
            expect(",");
            String prefix = literal(next());
            expect(")");
            return new UserCondition(property, Match.STARTS_WITH, prefix);
        }
        String name = next();
        if (name.equalsIgnoreCase("accountEnabled")) return accountEnabled();
        Property property = property(name);
        String operator = next();
        String value = literal(next());
        return switch (operator.toLowerCase(Locale.ROOT)) {
            case "eq" -> new UserCondition(property, Match.EQUALS, value);
            case "ne" -> new UserCondition(property, Match.NOT_EQUALS, value);
            default -> throw invalid("unsupported operator '" + operator + "'; use eq, ne or startswith.");
        };
    }

    /** {@code accountEnabled eq|ne true|false}: a Boolean, compared with an unquoted literal. */
    private UserQuery accountEnabled() {
        String operator = next().toLowerCase(Locale.ROOT);
        String literal = next();
        if (!literal.equals("true") && !literal.equals("false")) {
            throw invalid("accountEnabled is compared with true or false, not '" + literal + "'.");
        }
        return switch (operator) {
            case "eq" -> new UserCondition(Property.accountEnabled, Match.EQUALS, literal);
            case "ne" -> new UserCondition(Property.accountEnabled, Match.NOT_EQUALS, literal);
            default -> throw invalid("unsupported operator '" + operator + "'; use eq or ne.");
        };
    }

    private static Property property(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "userprincipalname" -> Property.userPrincipalName;
            case "mail" -> Property.mail;
            case "mailnickname" -> Property.mailNickname;
            case "displayname" -> Property.displayName;
            case "id" -> Property.id;
            case "usertype" -> Property.userType;
            default -> throw invalid("filtering on '" + name + "' is not supported.");
        };
    }

    private static String literal(String token) {
        if (token.length() < 2 || !token.startsWith("'") || !token.endsWith("'")) {
            throw invalid("a quoted string is expected, not '" + token + "'.");
        }
        return token.substring(1, token.length() - 1).replace("''", "'");
    }

    private boolean accept(String token) {
        if (at < tokens.size() && tokens.get(at).equalsIgnoreCase(token)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) throw invalid("'" + token + "' is expected.");
    }

    private String next() {
        if (at >= tokens.size()) throw invalid("the expression ends too early.");
        return tokens.get(at++);
    }

    /** Words, quoted strings ('' inside for a quote) and the characters ( ) ,. */
    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '\'') {
                int j = i + 1;
                while (true) {
                    if (j >= text.length()) throw invalid("an unterminated string.");
                    if (text.charAt(j) == '\'') {
                        if (j + 1 < text.length() && text.charAt(j + 1) == '\'') j += 2;
                        else break;
                    } else {
                        j++;
                    }
                }
                tokens.add(text.substring(i, j + 1));
                i = j + 1;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.')) j++;
                tokens.add(text.substring(i, j));
                i = j;
            } else {
                throw invalid("unexpected character '" + c + "'.");
            }
        }
        return tokens;
    }

    private static GraphException invalid(String problem) {
        return GraphException.badRequest("$filter", problem);
    }
}
