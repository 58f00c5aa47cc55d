package dev.cerulean.cli;

import java.sql.SQLException;

/**
 * The store cannot be opened, said in one line with the way out (the command line prints the
 * message, never a database's stack): held by another process, damaged, older than the last run,
 * or sealed with another key-encryption key.
 */
final class CannotOpenStore extends RuntimeException {
    /** H2's codes: the database file is held by another process; it is damaged or not H2's. */
    private static final int IN_USE = 90020,
            IO = 90028,
            CORRUPTED = 90030,
            WRONG_FORMAT = 90048,
            NOT_A_DATABASE = 90066;

    CannotOpenStore(String message) {
        super(message, null, false, false);
    }

    /** The failure of opening {@code where} as one line. */
    static CannotOpenStore from(RuntimeException e, StoreSettings where) {
        SQLException sql = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) sql = s;
        }
        int code = sql == null ? 0 : sql.getErrorCode();
        String store = where.describe();
        if (code == IN_USE) {
            return new CannotOpenStore(
                    "the database (" + store + ") is in use by another process, probably a running "
                            + "`cerulean serve`: stop it and run this again (several nodes share a store through PostgreSQL, --db)");
        }
        if (code == CORRUPTED || code == WRONG_FORMAT || code == NOT_A_DATABASE || code == IO) {
            return new CannotOpenStore("the database (" + store + ") is damaged, is not a Cerulean database, or cannot "
                    + "be read by this user: restore it from a backup, or move the data directory's cerulean.mv.db away "
                    + "to start afresh");
        }
        String detail = sql != null && sql.getMessage() != null ? sql.getMessage() : Main.reason(e);
        int newline = detail.indexOf('\n');
        if (newline > 0) detail = detail.substring(0, newline);
        return new CannotOpenStore("cannot open the database (" + store + "): " + detail.strip());
    }
}
