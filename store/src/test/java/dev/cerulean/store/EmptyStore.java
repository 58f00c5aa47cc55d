package dev.cerulean.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Empties every table of a test database in one transaction, children before parents, so that
 * each contract test starts on an empty store without paying for a new database. The tables
 * are read from the schema, so later migrations need no change here.
 */
final class EmptyStore {
    private EmptyStore() {}

    private static final Map<Database, List<String>> ORDER = new HashMap<>();

    static synchronized void empty(Database database) {
        List<String> tables = ORDER.computeIfAbsent(database, EmptyStore::deletionOrder);
        database.transactions().inTransaction(() -> {
            database.transactions().useHandle(h -> tables.forEach(t -> h.execute("DELETE FROM " + t)));
            return null;
        });
    }

    /** Tables in an order where every table comes before the tables it references. */
    private static List<String> deletionOrder(Database database) {
        return database.transactions().withHandle(h -> {
            try {
                Connection c = h.getConnection();
                DatabaseMetaData meta = c.getMetaData();
                String schema = c.getSchema();
                Map<String, Set<String>> parents = new HashMap<>();
                try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
                    while (rs.next()) {
                        String table = rs.getString("TABLE_NAME");
                        if (!table.equalsIgnoreCase("flyway_schema_history")) parents.put(table, new LinkedHashSet<>());
                    }
                }
                for (String table : parents.keySet()) {
                    try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                        while (rs.next()) {
                            String parent = rs.getString("PKTABLE_NAME");
                            if (!parent.equals(table)) parents.get(table).add(parent);
                        }
                    }
                }
                List<String> order = new ArrayList<>();
                Set<String> placed = new LinkedHashSet<>();
                while (placed.size() < parents.size()) {
                    for (String table : parents.keySet()) {
                        boolean referenced = parents.entrySet().stream()
                                .anyMatch(e -> !placed.contains(e.getKey())
                                        && e.getValue().contains(table));
                        if (!placed.contains(table) && !referenced) {
                            placed.add(table);
                            order.add(table);
                        }
                    }
                }
                return order;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
