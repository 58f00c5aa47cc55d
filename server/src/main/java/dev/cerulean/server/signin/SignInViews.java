package dev.cerulean.server.signin;

import dev.cerulean.server.page.Field;
import dev.cerulean.server.page.Link;
import java.util.List;

/**
 * The view records of the sign-in and sign-up cards ({@code src/main/jte/signin}). Every form
 * carries {@code csrf}, the return path {@code back} and the page's language {@code lang}.
 */
public final class SignInViews {
    private SignInViews() {}

    /** What every form of these pages carries. */
    public record Form(String csrf, String back, String lang) {}

    /** Email first, with the ways to sign up. */
    public record EmailStep(Form form, Field email, String signUpHref) {}

    /** The account picker, for an email that is both a Microsoft account and a work account. */
    public record PickerStep(Form form, String email, String otherAccountHref) {}

    /** The password; {@code kind} is the picker's choice, or null. */
    public record PasswordStep(Form form, String email, String kind, String error, String otherAccountHref) {}

    /** Who is signed in, with a sign-out button; {@code directory} is null for none. */
    public record SignedIn(String name, String signedInAs, String directory, String csrf) {}

    /**
     * A sign-up form: every field with its own message; {@code alert} says the form as a whole was
     * refused, or null; {@code signIn} leads to signing in instead, or null.
     */
    public record SignUp(
            Form form,
            String heading,
            String intro,
            String alert,
            String action,
            List<Field> fields,
            String submit,
            Link signIn) {}
}
