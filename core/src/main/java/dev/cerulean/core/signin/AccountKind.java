package dev.cerulean.core.signin;

/** The two kinds of account one email can name; the account picker asks when it names both. */
public enum AccountKind {
    /** "Personal account": a Microsoft account. */
    Personal,
    /** "Work or school account": a user homed in a directory. */
    Work
}
