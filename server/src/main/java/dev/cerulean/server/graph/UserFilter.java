package dev.cerulean.server.graph;

import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.UserCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code $filter} expressions Graph clients use to find users: {@code prop eq 'v'},
 * {@code prop ne 'v'}, {@code startswith(prop,'v')}, combined with {@code and}, {@code or} and
 * parentheses, over userPrincipalName, mail, mailNickname, displayName, id and userType, and
 * {@code accountEnabled eq true|false} (or {@code ne}). String comparisons ignore case, as Graph's
 * do for these properties. Anything else is a 400 naming
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

    static Predicate<DirectoryUser> parse(String text) {
        if (text == null) return u -> true;
        if (text.length() > MAX_LENGTH) throw invalid("the expression is too long.");
        UserFilter parser = new UserFilter(tokenize(text));
        Predicate<DirectoryUser> filter = parser.or();
        if (parser.at != parser.tokens.size()) throw invalid("unexpected '" + parser.tokens.get(parser.at) + "'.");
        return filter;
    }

    /**
     * What of the expression the store evaluates in its database: the whole of it when it is one
     * condition ({@code exact}), or else one condition that every user it keeps must meet (a term of
     * a top-level {@code and}), so that only those users are read and the rest of the expression is
     * tested on them. A condition is {@code p eq 'v'} or {@code startswith(p,'v')} on
     * userPrincipalName, mail, displayName or mailNickname, {@code userType eq 'v'}, {@code id eq 'v'}, or
     * {@code accountEnabled eq true|false}. Empty when there is none (a top-level {@code or}, or no
     * such term), and {@link #parse} evaluates the expression on the whole directory, or refuses it.
     */
    static Optional<Narrowing> narrowing(String text) {
        if (text == null || text.length() > MAX_LENGTH) return Optional.empty();
        List<String> t;
        try {
            t = tokenize(text);
        } catch (GraphException e) {
            return Optional.empty();
        }
        List<List<String>> terms = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < t.size(); i++) {
            String token = t.get(i);
            if (token.equals("(")) depth++;
            else if (token.equals(")")) depth--;
            else if (depth == 0 && token.equalsIgnoreCase("or")) return Optional.empty();
            else if (depth == 0 && token.equalsIgnoreCase("and")) {
                terms.add(t.subList(from, i));
                from = i + 1;
            }
        }
        terms.add(t.subList(from, t.size()));
        Optional<UserCondition> best = Optional.empty();
        for (List<String> term : terms) {
            Optional<UserCondition> c = condition(term);
            if (c.isPresent() && (best.isEmpty() || rank(c.get()) < rank(best.get()))) best = c;
        }
        return best.map(c -> new Narrowing(c, terms.size() == 1));
    }

    /** A condition of the store, and whether it is the whole expression. */
    record Narrowing(UserCondition condition, boolean exact) {}

    /** An id selects one user, names and aliases few; a type or an enabled state may select most of them. */
    private static int rank(UserCondition c) {
        return switch (c.property()) {
            case id -> 0;
            case userType, accountEnabled -> 2;
            default -> 1;
        };
    }

    private static Optional<UserCondition> condition(List<String> t) {
        if (t.size() == 3 && t.get(1).equalsIgnoreCase("eq")) {
            if (t.get(0).equalsIgnoreCase("accountEnabled")) {
                return t.get(2).equals("true") || t.get(2).equals("false")
                        ? Optional.of(new UserCondition(
                                UserCondition.Property.accountEnabled, UserCondition.Match.EQUALS, t.get(2)))
                        : Optional.empty();
            }
            return condition(t.get(0), UserCondition.Match.EQUALS, t.get(2));
        }
        if (t.size() == 6
                && t.get(0).equalsIgnoreCase("startswith")
                && t.get(1).equals("(")
                && t.get(3).equals(",")
                && t.get(5).equals(")")
                && !t.get(2).equalsIgnoreCase("userType")) {
            return condition(t.get(2), UserCondition.Match.STARTS_WITH, t.get(4));
        }
        return Optional.empty();
    }

    private static Optional<UserCondition> condition(String name, UserCondition.Match match, String quoted) {
        UserCondition.Property property = switch (name.toLowerCase(Locale.ROOT)) {
            case "userprincipalname" -> UserCondition.Property.userPrincipalName;
            case "mail" -> UserCondition.Property.mail;
            case "displayname" -> UserCondition.Property.displayName;
            case "mailnickname" -> UserCondition.Property.mailNickname;
            case "usertype" -> UserCondition.Property.userType;
            case "id" -> match == UserCondition.Match.EQUALS ? UserCondition.Property.id : null;
            default -> null;
        };
        if (property == null || quoted.length() < 2 || !quoted.startsWith("'") || !quoted.endsWith("'")) {
            return Optional.empty();
        }
        return Optional.of(new UserCondition(property, match, literal(quoted)));
    }

    private Predicate<DirectoryUser> or() {
        Predicate<DirectoryUser> left = and();
        while (accept("or")) left = left.or(and());
        return left;
    }

    private Predicate<DirectoryUser> and() {
        Predicate<DirectoryUser> left = term();
        while (accept("and")) left = left.and(term());
        return left;
    }

    private Predicate<DirectoryUser> term() {
        if (accept("(")) {
            if (++depth > MAX_DEPTH) throw invalid("too deeply nested.");
            Predicate<DirectoryUser> inner = or();
            expect(")");
            depth--;
            return inner;
        }
        if (accept("startswith")) {
            expect("(");
            Function<DirectoryUser, String> property = property(next());
            expect(",");
            String prefix = literal(next()).toLowerCase(Locale.ROOT);
            expect(")");
            return u -> {
                String value = property.apply(u);
                return value != null && value.toLowerCase(Locale.ROOT).startsWith(prefix);
            };
        }
        String name = next();
        if (name.equalsIgnoreCase("accountEnabled")) return accountEnabled();
        Function<DirectoryUser, String> property = property(name);
        String operator = next();
        String value = literal(next());
        return switch (operator.toLowerCase(Locale.ROOT)) {
            case "eq" -> u -> value.equalsIgnoreCase(property.apply(u));
            case "ne" -> u -> !value.equalsIgnoreCase(property.apply(u));
            default -> throw invalid("unsupported operator '" + operator + "'; use eq, ne or startswith.");
        };
    }

    /** {@code accountEnabled eq|ne true|false}: a Boolean, compared with an unquoted literal. */
    private Predicate<DirectoryUser> accountEnabled() {
        String operator = next().toLowerCase(Locale.ROOT);
        String literal = next();
        if (!literal.equals("true") && !literal.equals("false")) {
            throw invalid("accountEnabled is compared with true or false, not '" + literal + "'.");
        }
        boolean value = Boolean.parseBoolean(literal);
        return switch (operator) {
            case "eq" -> u -> u.accountEnabled() == value;
            case "ne" -> u -> u.accountEnabled() != value;
            default -> throw invalid("unsupported operator '" + operator + "'; use eq or ne.");
        };
    }

    private static Function<DirectoryUser, String> property(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "userprincipalname" -> DirectoryUser::userPrincipalName;
            case "mail" -> u -> u.mail() == null ? null : u.mail().value();
            case "mailnickname" -> DirectoryUser::mailNickname;
            case "displayname" -> DirectoryUser::displayName;
            case "id" -> u -> u.id().toString();
            case "usertype" -> u -> u.type().name();
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
