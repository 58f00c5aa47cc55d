package dev.cerulean.core.account;

/**
 * What a new password must be (Azure AD's classic complexity rule): at least 8 characters, at
 * most 256, and characters of at least three of four classes — lower-case letters, upper-case
 * letters, digits, symbols (anything else that is visible). Control characters are refused
 * outright: no sign-in form can type them. Checked when a password is chosen, never at sign-in.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;
    public static final int REQUIRED_CLASSES = 3;

    private PasswordPolicy() {}

    /** True when {@code password} may be chosen as a new password. */
    public static boolean allows(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) return false;
        boolean lower = false, upper = false, digit = false, symbol = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isISOControl(c)) return false;
            if (Character.isLowerCase(c)) lower = true;
            else if (Character.isUpperCase(c)) upper = true;
            else if (Character.isDigit(c)) digit = true;
            else symbol = true;
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        return classes >= REQUIRED_CLASSES;
    }
}
