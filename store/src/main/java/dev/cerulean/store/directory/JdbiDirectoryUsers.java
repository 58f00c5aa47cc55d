package dev.cerulean.store.directory;

import static dev.cerulean.store.Columns.directory;
import static dev.cerulean.store.Columns.enumValue;
import static dev.cerulean.store.Columns.identity;
import static dev.cerulean.store.Columns.key;
import static dev.cerulean.store.Columns.literal;
import static dev.cerulean.store.Columns.name;
import static dev.cerulean.store.Columns.object;

import dev.cerulean.core.account.Identity;
import dev.cerulean.core.account.PasswordHash;
import dev.cerulean.core.common.DirectoryId;
import dev.cerulean.core.common.Email;
import dev.cerulean.core.common.ObjectId;
import dev.cerulean.core.directory.DirectoryUser;
import dev.cerulean.core.directory.DirectoryUsers;
import dev.cerulean.core.directory.UserQuery;
import dev.cerulean.store.JdbiTransactions;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

public final class JdbiDirectoryUsers implements DirectoryUsers {

    private static final String USER = "SELECT directory_id, id, display_name, upn, mail, user_type, source, person, "
            + "invitation, password_hash, mail_nickname, account_enabled FROM directory_users";
    private static final String ORDER = " ORDER BY directory_id, upn_key";

    /**
     * Users matching {@code where} whose mail or user principal name is {@code :email}: a UNION of
     * two indexed lookups, because H2 scans the whole table for {@code mail = ? OR upn_key = ?}.
     */
    private static String byMailOrPrincipalName(String where) {
        String select = "SELECT directory_id, id, display_name, upn, upn_key, mail, user_type, source, person, "
                + "invitation, password_hash, mail_nickname, account_enabled FROM directory_users WHERE " + where;
        return "SELECT * FROM (" + select + " AND mail = :email UNION " + select + " AND upn_key = :email) u" + ORDER;
    }

    private static final RowMapper<DirectoryUser> ROW = (rs, ctx) -> {
        String mail = rs.getString("mail");
        String hash = rs.getString("password_hash");
        return new DirectoryUser(
                object(rs, "id"),
                directory(rs, "directory_id"),
                rs.getString("display_name"),
                rs.getString("upn"),
                mail == null ? null : new Email(mail),
                enumValue(rs, "user_type", DirectoryUser.UserType.class),
                enumValue(rs, "source", DirectoryUser.Source.class),
                identity(rs, "person"),
                enumValue(rs, "invitation", DirectoryUser.InvitationState.class),
                hash == null ? null : new PasswordHash(hash),
                rs.getString("mail_nickname"),
                rs.getBoolean("account_enabled"));
    };

    private final JdbiTransactions db;

    public JdbiDirectoryUsers(JdbiTransactions db) {
        this.db = db;
    }

    private static final String INSERT = "INSERT INTO directory_users (directory_id, id, display_name, upn, "
            + "upn_key, mail, user_type, source, person, invitation, password_hash, mail_nickname, account_enabled) "
            + "VALUES (:directory, :id, :name, :upn, :upnKey, :mail, :type, :source, :person, :invitation, :hash, "
            + ":nickname, :enabled)";

    @Override
    public void add(DirectoryUser u) {
        db.useHandle(h -> bindFields(h.createUpdate(INSERT), u).execute());
    }

    /** One JDBC batch. */
    @Override
    public void addAll(List<DirectoryUser> users) {
        if (users.isEmpty()) return;
        db.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch(INSERT);
            for (DirectoryUser u : users) bindFields(batch, u).add();
            batch.execute();
        });
    }

    @Override
    public void update(DirectoryUser u) {
        db.useHandle(h -> bindFields(
                        h.createUpdate("UPDATE directory_users SET display_name = :name, upn = :upn, "
                                + "upn_key = :upnKey, mail = :mail, user_type = :type, source = :source, person = :person, "
                                + "invitation = :invitation, password_hash = :hash, mail_nickname = :nickname, account_enabled = :enabled "
                                + "WHERE directory_id = :directory AND id = :id"),
                        u)
                .execute());
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, DirectoryUser u) {
        return statement
                .bind("directory", u.directory().value())
                .bind("id", u.id().value())
                .bind("name", u.displayName())
                .bind("upn", u.userPrincipalName())
                .bind("upnKey", key(u.userPrincipalName()))
                .bind("mail", u.mail() == null ? null : u.mail().value())
                .bind("type", name(u.type()))
                .bind("source", name(u.source()))
                .bind("person", identity(u.person()))
                .bind("invitation", name(u.invitation()))
                .bind("hash", u.password() == null ? null : u.password().encoded())
                .bind("nickname", u.mailNickname())
                .bind("enabled", u.accountEnabled());
    }

    @Override
    public void remove(DirectoryId directory, ObjectId id) {
        db.useHandle(h -> h.createUpdate("DELETE FROM directory_users WHERE directory_id = :directory AND id = :id")
                .bind("directory", directory.value())
                .bind("id", id.value())
                .execute());
    }

    @Override
    public Optional<DirectoryUser> byId(DirectoryId directory, ObjectId id) {
        return db.withHandle(h -> h.createQuery(USER + " WHERE directory_id = :directory AND id = :id")
                .bind("directory", directory.value())
                .bind("id", id.value())
                .map(ROW)
                .findOne());
    }

    @Override
    public Map<ObjectId, DirectoryUser> byIds(DirectoryId directory, Collection<ObjectId> ids) {
        List<UUID> wanted = ids.stream().map(ObjectId::value).distinct().toList();
        Map<ObjectId, DirectoryUser> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += dev.cerulean.store.Columns.ARRAY_MAX) {
            List<UUID> chunk =
                    wanted.subList(from, Math.min(wanted.size(), from + dev.cerulean.store.Columns.ARRAY_MAX));
            db.withHandle(h -> h.createQuery(USER + " WHERE directory_id = :directory AND id = ANY(:ids)")
                            .bind("directory", directory.value())
                            .bindArray("ids", UUID.class, chunk)
                            .map(ROW)
                            .list())
                    .forEach(u -> found.put(u.id(), u));
        }
        return found;
    }

    @Override
    public List<DirectoryUser> inDirectory(DirectoryId directory) {
        return db.withHandle(h -> h.createQuery(USER + " WHERE directory_id = :directory" + ORDER)
                .bind("directory", directory.value())
                .map(ROW)
                .list());
    }

    @Override
    public List<DirectoryUser> page(DirectoryId directory, int offset, int limit) {
        return db.withHandle(h -> h.createQuery(
                        USER + " WHERE directory_id = :directory ORDER BY upn_key " + "LIMIT :limit OFFSET :offset")
                .bind("directory", directory.value())
                .bind("limit", limit)
                .bind("offset", offset)
                .map(ROW)
                .list());
    }

    @Override
    public int countIn(DirectoryId directory) {
        return db.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM directory_users WHERE directory_id = :directory")
                .bind("directory", directory.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public List<DirectoryUser> page(DirectoryId directory, UserQuery condition, int offset, int limit) {
        UserQuerySql where = UserQuerySql.of(condition);
        return db.withHandle(h -> where.bind(h.createQuery(USER + " WHERE directory_id = :directory" + where.where()
                        + " ORDER BY upn_key LIMIT :limit OFFSET :offset"))
                .bind("directory", directory.value())
                .bind("limit", limit)
                .bind("offset", offset)
                .map(ROW)
                .list());
    }

    @Override
    public int countIn(DirectoryId directory, UserQuery condition) {
        UserQuerySql where = UserQuerySql.of(condition);
        return db.withHandle(h -> where.bind(h.createQuery(
                        "SELECT COUNT(*) FROM directory_users WHERE directory_id = :directory" + where.where()))
                .bind("directory", directory.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public Optional<DirectoryUser> byPrincipalName(DirectoryId directory, String userPrincipalName) {
        return db.withHandle(h -> h.createQuery(USER + " WHERE directory_id = :directory AND upn_key = :upn")
                .bind("directory", directory.value())
                .bind("upn", key(userPrincipalName))
                .map(ROW)
                .findOne());
    }

    @Override
    public List<DirectoryUser> byEmail(DirectoryId directory, Email email) {
        return db.withHandle(h -> h.createQuery(byMailOrPrincipalName("directory_id = :directory"))
                .bind("directory", directory.value())
                .bind("email", email.value())
                .map(ROW)
                .list());
    }

    @Override
    public List<DirectoryUser> workAccountsWithEmail(Email email) {
        return db.withHandle(h -> h.createQuery(byMailOrPrincipalName("source = :source"))
                .bind("source", DirectoryUser.Source.WORK_ACCOUNT.name())
                .bind("email", email.value())
                .map(ROW)
                .list());
    }

    @Override
    public List<DirectoryUser> ofPerson(Identity person) {
        return db.withHandle(h -> h.createQuery(USER + " WHERE person = :person" + ORDER)
                .bind("person", identity(person))
                .map(ROW)
                .list());
    }

    /** The person's user objects joined to their directories, which order them and which a search matches. */
    private static final String OF_PERSON = " FROM directory_users u JOIN directories d ON d.id = u.directory_id"
            + " WHERE u.person = :person AND (:needle = '' OR LOWER(d.display_name) LIKE :pattern ESCAPE '!'"
            + " OR LOWER(d.initial_domain) LIKE :pattern ESCAPE '!')";

    @Override
    public List<DirectoryUser> ofPerson(Identity person, String search, int offset, int limit) {
        return db.withHandle(h -> searched(
                        h.createQuery("SELECT u.directory_id, u.id, u.display_name, u.upn, u.mail, u.user_type, "
                                + "u.source, u.person, u.invitation, u.password_hash, u.mail_nickname, "
                                + "u.account_enabled" + OF_PERSON
                                + " ORDER BY CASE WHEN u.source = :home THEN 0 ELSE 1 END, LOWER(d.display_name), d.id"
                                + " LIMIT :limit OFFSET :offset"),
                        person,
                        search)
                .bind("home", DirectoryUser.Source.WORK_ACCOUNT.name())
                .bind("limit", limit)
                .bind("offset", offset)
                .map(ROW)
                .list());
    }

    @Override
    public int countOfPerson(Identity person, String search) {
        return db.withHandle(h -> searched(h.createQuery("SELECT COUNT(*)" + OF_PERSON), person, search)
                .mapTo(Integer.class)
                .one());
    }

    /**
     * The person and the search as a contains-pattern, its own wildcards escaped with '!' (two
     * backslash escapes in one statement confuse the statement parser); blank: every directory.
     */
    private static <S extends SqlStatement<S>> S searched(S statement, Identity person, String search) {
        String needle = search == null ? "" : key(search.strip());
        String pattern = "%" + literal(needle) + "%";
        return statement.bind("person", identity(person)).bind("needle", needle).bind("pattern", pattern);
    }
}
