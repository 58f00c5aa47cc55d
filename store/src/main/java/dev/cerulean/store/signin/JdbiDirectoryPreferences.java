package dev.cerulean.store.signin;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.identity;
import static dev.cerulean.store.Columns.value;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.signin.DirectoryPreferences;
import dev.cerulean.store.JdbiTransactions;
import java.util.Optional;

public final class JdbiDirectoryPreferences implements DirectoryPreferences {
    private final JdbiTransactions db;

    public JdbiDirectoryPreferences(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<DirectoryId> defaultDirectoryOf(Identity person) {
        return db.withHandle(
                h -> h.createQuery("SELECT directory_id FROM default_directories WHERE person_key = :person")
                        .bind("person", identity(person))
                        .map((rs, ctx) -> directory(rs, "directory_id"))
                        .findOne());
    }

    /** Delete then insert, in the caller's transaction: one row per person, the last choice wins. */
    @Override
    public void setDefaultDirectory(Identity person, DirectoryId directory) {
        db.useHandle(h -> {
            h.createUpdate("DELETE FROM default_directories WHERE person_key = :person")
                    .bind("person", identity(person))
                    .execute();
            h.createUpdate("INSERT INTO default_directories (person_key, directory_id) VALUES (:person, :directory)")
                    .bind("person", identity(person))
                    .bind("directory", value(directory))
                    .execute();
        });
    }
}
