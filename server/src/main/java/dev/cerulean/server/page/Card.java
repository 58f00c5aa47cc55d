package dev.cerulean.server.page;

/**
 * What the sign-in card's layout ({@code page/card.jte}) shows around a page, as Microsoft's
 * sign-in: the white card on a light background, and the footer with the language switch.
 *
 * @param switchHref where the language switch leads (a GET of the same page in the other language)
 */
public record Card(Messages m, String title, String switchHref) implements Localized {}
