package dev.cerulean.server.portal.classic;

import dev.cerulean.core.common.Outcome;
import dev.cerulean.server.page.Link;
import dev.cerulean.server.page.Messages;
import dev.cerulean.server.page.Notice;
import java.util.List;

/**
 * An outcome the classic portal shows ({@code classic/notices.jte}): an error panel announced at
 * once (role alert) with its title, the message, "Nothing was changed" for a refused rule and the
 * ways out; or a success announced politely (role status).
 *
 * @param detail a second paragraph of an error ("Nothing was changed"), or null
 * @param waysOut links that lead out of a refusal; empty for none
 */
public record ClassicNotice(Notice notice, String detail, List<Link> waysOut) {

    public static ClassicNotice success(String text) {
        return new ClassicNotice(Notice.success(text), null, List.of());
    }

    public static ClassicNotice error(String text) {
        return new ClassicNotice(Notice.error(text), null, List.of());
    }

    /** A refused rule: its message in plain words, "Nothing was changed" and the article's ways out. */
    public static ClassicNotice refusal(Messages m, Outcome.Rejected<?> r) {
        return new ClassicNotice(
                Notice.error(m.rule(r.code(), r.args())),
                m.get("classic.nothingChanged"),
                WaysOut.links(m, r.code(), r.args()));
    }

    public boolean isError() {
        return notice.kind() == Notice.Kind.error;
    }

    public String text() {
        return notice.text();
    }

    public String role() {
        return notice.role();
    }
}
