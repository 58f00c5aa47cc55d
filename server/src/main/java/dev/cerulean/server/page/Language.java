package dev.cerulean.server.page;

import dev.cerulean.server.http.BodyLimit;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Locale;

/**
 * The page language, English or Swedish: {@code ?lang=} (or the form's {@code lang} field),
 * else the {@value #COOKIE} cookie a previous switch left, else Accept-Language, else English.
 */
public enum Language {
    en,
    sv;

    public static final String COOKIE = "cerulean_lang";
    private static final int YEAR = 31_536_000;

    public static Language of(Context ctx) {
        Object known = ctx.attribute(COOKIE);
        if (known instanceof Language l) return l;
        Language language = choose(ctx);
        ctx.attribute(COOKIE, language);
        return language;
    }

    private static Language choose(Context ctx) {
        Language chosen = parse(ctx.queryParam("lang"));
        if (chosen == null && Csrf.isForm(ctx) && !BodyLimit.exceeded(ctx)) chosen = parse(ctx.formParam("lang"));
        if (chosen != null) {
            if (!chosen.name().equals(ctx.cookie(COOKIE))) {
                ctx.cookie(
                        new Cookie(COOKIE, chosen.name(), "/", YEAR, ctx.req().isSecure(), false, null, SameSite.LAX));
            }
            return chosen;
        }
        Language remembered = parse(ctx.cookie(COOKIE));
        if (remembered != null) return remembered;
        return fromAcceptLanguage(ctx.header("Accept-Language"));
    }

    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) return en;
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0) continue;
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.equals("sv") || tag.startsWith("sv-")) return sv;
                if (tag.equals("en") || tag.startsWith("en-")) return en;
            }
        } catch (IllegalArgumentException e) {
            // a malformed header: the default
        }
        return en;
    }

    static Language parse(String value) {
        if (value == null) return null;
        for (Language l : List.of(values())) if (l.name().equalsIgnoreCase(value.strip())) return l;
        return null;
    }

    /** The other language, for the switch link. */
    public Language other() {
        return this == en ? sv : en;
    }
}
