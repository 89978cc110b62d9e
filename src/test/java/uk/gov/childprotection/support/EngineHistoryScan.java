package uk.gov.childprotection.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Searches the engine's history for texts: every text and binary column of every ACT_HI_* table (found through
 * the database's own metadata, so a table a new engine version adds is searched too) and the byte arrays
 * (ACT_GE_BYTEARRAY) that are not the runtime's (those of running variables and open jobs go with them).
 */
public final class EngineHistoryScan {

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
    /** ResourceTypes.RUNTIME: a running variable's or an open job's bytes, deleted with them. */
    private static final int RUNTIME_BYTE_ARRAY = 2;

    private EngineHistoryScan() {
    }

    /** Where each text was found, as "text in TABLE.COLUMN (ID_ ...)"; empty when nowhere. */
    public static List<String> find(DataSource dataSource, Collection<String> texts) {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : historyTables(connection)) {
                scan(connection, table, "", texts, found);
            }
            scan(connection, table(connection, "ACT_GE_BYTEARRAY"),
                    " where TYPE_ is null or TYPE_ <> " + RUNTIME_BYTE_ARRAY, texts, found);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** The ACT_HI_* tables, as the database names them. */
    public static List<String> historyTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.toUpperCase(Locale.ROOT).startsWith("ACT_HI_")) {
                    tables.add(name);
                }
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No ACT_HI_* tables found: the search would prove nothing");
        }
        return tables;
    }

    private static String table(Connection connection, String upperCaseName) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase(upperCaseName)) {
                    return rs.getString("TABLE_NAME");
                }
            }
        }
        throw new IllegalStateException("No table " + upperCaseName);
    }

    private static void scan(Connection connection, String table, String where, Collection<String> texts,
            List<String> found) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Boolean> binary = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, table, "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                if (TEXT.contains(type) || BINARY.contains(type)) {
                    columns.add(rs.getString("COLUMN_NAME"));
                    binary.add(BINARY.contains(type));
                }
            }
        }
        if (columns.isEmpty()) {
            return;
        }
        String id = columns.stream().filter(c -> c.equalsIgnoreCase("ID_")).findFirst().orElse(null);
        String sql = "select " + String.join(", ", columns) + " from " + table + where;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    String value;
                    if (binary.get(i)) {
                        byte[] bytes = rs.getBytes(i + 1);
                        value = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
                    } else {
                        value = rs.getString(i + 1);
                    }
                    if (value == null) {
                        continue;
                    }
                    for (String text : texts) {
                        if (value.contains(text)) {
                            found.add("'" + text + "' in " + table + "." + columns.get(i)
                                    + (id == null ? "" : " (ID_ " + rs.getString(id) + ")"));
                        }
                    }
                }
            }
        }
    }
}
