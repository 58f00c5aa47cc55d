package dev.cerulean.server.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A card that says something and leads on ({@code page/message.jte}), in this order: the heading,
 * the error region when there is an error, paragraphs, a result announced politely, a button-like
 * link, a plain link, and a help link at the foot.
 */
public record CardMessage(
        String heading, String alert, List<String> paragraphs, String status, Link button, Link link, Link help) {

    public static CardMessage of(String heading) {
        return new CardMessage(heading, null, List.of(), null, null, null, null);
    }

    /** The error, announced at once ({@code role="alert"}). */
    public CardMessage withAlert(String text) {
        return new CardMessage(heading, text, paragraphs, status, button, link, help);
    }

    public CardMessage withText(String text) {
        List<String> more = new ArrayList<>(paragraphs);
        more.add(text);
        return new CardMessage(heading, alert, List.copyOf(more), status, button, link, help);
    }

    /** The outcome, announced politely ({@code role="status"}). */
    public CardMessage withStatus(String text) {
        return new CardMessage(heading, alert, paragraphs, text, button, link, help);
    }

    public CardMessage withButton(String href, String label) {
        return new CardMessage(heading, alert, paragraphs, status, new Link(href, label), link, help);
    }

    public CardMessage withLink(String href, String label) {
        return new CardMessage(heading, alert, paragraphs, status, button, new Link(href, label), help);
    }

    public CardMessage withHelp(String href, String label) {
        return new CardMessage(heading, alert, paragraphs, status, button, link, new Link(href, label));
    }
}
