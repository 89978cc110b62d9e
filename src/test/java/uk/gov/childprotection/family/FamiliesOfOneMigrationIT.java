package uk.gov.childprotection.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Migrations V17 and V18 on a database as the first round left it: each single-child case becomes a family of
 * one, its invited parents the family's people with their responsibility for the child, and each invited parent
 * that person. Run on H2, and on PostgreSQL (in a schema of its own) when the tests run against it.
 */
class FamiliesOfOneMigrationIT {

    private static final boolean POSTGRES = "postgres".equals(System.getProperty("cpc.test.database"));
    private final String schema = "migration_" + Long.toHexString(System.nanoTime());
    private Connection connection;
    private Flyway flyway;

    @BeforeEach
    void database() throws SQLException {
        String url = POSTGRES ? System.getenv("CPC_DATASOURCE_URL") : "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
        String user = POSTGRES ? System.getenv().getOrDefault("CPC_DATASOURCE_USERNAME", "postgres") : "sa";
        String password = POSTGRES ? System.getenv().getOrDefault("CPC_DATASOURCE_PASSWORD", "") : "";
        var config = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        if (POSTGRES) {
            config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        flyway = config.target("16").load();
        flyway.migrate();
        connection = DriverManager.getConnection(url, user, password);
        if (POSTGRES) {
            connection.createStatement().execute("SET search_path TO " + schema);
        }
    }

    @AfterEach
    void drop() throws SQLException {
        if (POSTGRES) {
            connection.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
        } else {
            connection.createStatement().execute("SHUTDOWN");
        }
        connection.close();
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(String.valueOf(r.getObject(c)));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    private void legacyCase(long childId, String child, long caseId, long conferenceId, String... parents)
            throws SQLException {
        sql("INSERT INTO child (id, given_name, family_name, date_of_birth, gender, created_at) VALUES (" + childId
                + ", '" + child + "', 'Legacy', DATE '2018-04-01', 'FEMALE', TIMESTAMP '2026-11-02 09:00:00')");
        sql("INSERT INTO cp_case (id, reference, child_id, referral_date, referral_source, concerns, stage, "
                + "referral_nfa, opened_at, version) VALUES (" + caseId + ", 'CP-2026-0000" + caseId + "', " + childId
                + ", DATE '2026-11-02', 'SCHOOL', 'Worries', 'INITIAL_CONFERENCE', FALSE, "
                + "TIMESTAMP '2026-11-02 09:00:00', 0)");
        sql("INSERT INTO conference (id, case_id, conference_type, status, due_date, created_at, version) VALUES ("
                + conferenceId + ", " + caseId + ", 'INITIAL', 'INVITED', DATE '2026-11-23', "
                + "TIMESTAMP '2026-11-09 09:00:00', 0)");
        for (String parent : parents) {
            String[] p = parent.split(":");
            sql("INSERT INTO conference_participant (conference_id, kind, name, relationship, email, "
                    + "parental_responsibility, needs_signer, needs_advocate, accessible_room, large_print, "
                    + "invited_at, report_received, report_shared_with_family) VALUES (" + conferenceId
                    + ", 'PARENT', '" + p[0] + "', '" + p[1] + "', 'x@example.org', " + p[2]
                    + ", FALSE, FALSE, FALSE, FALSE, TIMESTAMP '2026-11-10 09:00:00', FALSE, FALSE)");
        }
    }

    @Test
    void eachSingleChildCaseBecomesAFamilyOfOneWithItsParents() throws SQLException {
        legacyCase(1, "Ada", 1, 1, "Mae Legacy:MOTHER:TRUE", "Rob Legacy:FATHER:FALSE");
        legacyCase(2, "Bea", 2, 2, "Jo Other:MOTHER:TRUE");
        // Rob was invited twice to Ada's conferences: he is one person of her family.
        sql("INSERT INTO conference (id, case_id, conference_type, status, due_date, created_at, version) VALUES "
                + "(3, 1, 'REVIEW', 'TO_BE_BOOKED', DATE '2027-02-23', TIMESTAMP '2026-11-24 09:00:00', 0)");
        sql("INSERT INTO conference_participant (conference_id, kind, name, relationship, parental_responsibility, "
                + "needs_signer, needs_advocate, accessible_room, large_print, invited_at, report_received, "
                + "report_shared_with_family) VALUES (3, 'PARENT', 'rob legacy', 'FATHER', FALSE, FALSE, FALSE, "
                + "FALSE, FALSE, TIMESTAMP '2026-11-25 09:00:00', FALSE, FALSE)");

        flyway = Flyway.configure().configuration(flyway.getConfiguration()).target("latest").load();
        flyway.migrate();

        assertThat(rows("SELECT COUNT(*) FROM family")).containsExactly("2");
        assertThat(rows("SELECT COUNT(DISTINCT family_id) FROM child")).containsExactly("2");
        assertThat(rows("SELECT fp.name, pr.relationship, pr.has_responsibility FROM family_person fp "
                + "JOIN parental_responsibility pr ON pr.person_id = fp.id JOIN child c ON c.id = pr.child_id "
                + "WHERE c.given_name = 'Ada' ORDER BY fp.name"))
                .containsExactly("Mae Legacy|MOTHER|true", "Rob Legacy|FATHER|false");
        assertThat(rows("SELECT fp.name FROM family_person fp JOIN child c ON c.family_id = fp.family_id "
                + "WHERE c.given_name = 'Bea'")).containsExactly("Jo Other");
        // Every invited parent is now the family's person; both of Rob's invitations are the same Rob.
        assertThat(rows("SELECT COUNT(*) FROM conference_participant WHERE kind = 'PARENT' AND person_id IS NULL"))
                .containsExactly("0");
        assertThat(rows("SELECT COUNT(DISTINCT person_id) FROM conference_participant "
                + "WHERE LOWER(name) = 'rob legacy'")).containsExactly("1");
        // Each conference is its own meeting.
        assertThat(rows("SELECT COUNT(*) FROM conference WHERE held_with_id IS NOT NULL")).containsExactly("0");
        // New families and people get ids after the migrated ones.
        sql("INSERT INTO family (created_at) VALUES (TIMESTAMP '2026-12-02 09:00:00')");
        assertThat(rows("SELECT COUNT(DISTINCT id) FROM family")).containsExactly("3");
    }
}
