package dev.cerulean.server.page;

/**
 * A labelled input of a card's form ({@code page/field.jte}) with its own error message, linked
 * by aria-describedby.
 *
 * @param value shown again after an error; never a password's
 * @param error the field's message, or null
 */
public record Field(
        String name,
        String type,
        String label,
        String value,
        String error,
        String autocomplete,
        boolean autofocus,
        boolean required) {

    /** A required field; a password's value is never shown again. */
    public static Field of(
            String name,
            String type,
            String label,
            String value,
            String error,
            String autocomplete,
            boolean autofocus) {
        return new Field(
                name, type, label, type.equals("password") ? null : value, error, autocomplete, autofocus, true);
    }

    public Field optional() {
        return new Field(name, type, label, value, error, autocomplete, autofocus, false);
    }

    public String id() {
        return "f-" + name;
    }
}
