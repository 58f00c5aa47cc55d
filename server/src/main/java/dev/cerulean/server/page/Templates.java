package dev.cerulean.server.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The portals' precompiled templates (src/main/jte, compiled to Java classes by the build): one
 * engine for every page, html escaping by default. Pages build view records and hand them here;
 * nothing is compiled or read from disk at run time, so a template error is a build error.
 */
public final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {}

    /**
     * Renders {@code template} (e.g. {@code azure/subscriptions.jte}) with its named parameters
     * and writes it as the whole answer, with the security headers every page carries.
     */
    public static void write(Context ctx, int status, String template, Map<String, Object> params) {
        PageWriter.securityHeaders(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(render(template, params));
    }

    /** The page's HTML, for tests and for pages that post-process nothing. */
    public static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, params, out);
        return out.toString();
    }
}
