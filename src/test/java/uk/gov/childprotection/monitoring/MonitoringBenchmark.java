package uk.gov.childprotection.monitoring;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.childprotection.ChildProtectionApplication;

/**
 * The managers' dashboard and its CSV tables at a council's scale: {@code -Dchildren} children on plans (default
 * 5000), each with an initial conference, a plan, a first core group and eight visits behind it, a review ahead
 * (about 60,000 deadlines), written straight into the tables on the embedded H2 database, then the dashboard for
 * a census year asked {@code -Druns} times (default 20) after {@code -DwarmUp} (default 5); then the same for the
 * census return (built, checked against the DfE's rules, and written as XML), each child with their census items
 * and a Section 47 enquiry. Prints p50, p95 and max in milliseconds; asserts nothing on time. Run with
 * {@code ./mvnw -Pmonitoring-benchmark verify}.
 */
public final class MonitoringBenchmark {

    public static void main(String[] args) {
        int children = Integer.getInteger("children", 5000);
        int runs = Integer.getInteger("runs", 20);
        int warmUp = Integer.getInteger("warmUp", 5);
        ConfigurableApplicationContext app = SpringApplication.run(ChildProtectionApplication.class,
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--spring.profiles.active=bench",
                "--cpc.admin.user=bench.admin",
                "--cpc.admin.password=Monitoring-Bench-123!",
                "--spring.datasource.url=jdbc:h2:mem:monitoring-bench;DB_CLOSE_DELAY=-1");
        try {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long loading = System.nanoTime();
            load(jdbc, children);
            System.out.printf("loaded %d children on plans, %d deadlines in %d ms%n", children,
                    jdbc.queryForObject("select count(*) from statutory_deadline", Long.class),
                    (System.nanoTime() - loading) / 1_000_000);
            MonitoringService monitoring = app.getBean(MonitoringService.class);
            LocalDate from = LocalDate.of(2026, 4, 1);
            LocalDate to = LocalDate.of(2027, 3, 31);
            for (int i = 0; i < warmUp; i++) {
                monitoring.dashboard(from, to);
            }
            long[] took = new long[runs];
            MonitoringService.Dashboard last = null;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                last = monitoring.dashboard(from, to);
                took[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(took);
            System.out.printf("dashboard for 1 April 2026 to 31 March 2027 at %d children: p50 %d ms, p95 %d ms, "
                    + "max %d ms over %d runs (children on a plan now: %d; overdue now: %d)%n", children,
                    took[runs / 2], took[(int) Math.ceil(runs * 0.95) - 1], took[runs - 1], runs,
                    last.plans().onPlanNow(), last.overdueNow().size());
            census(app, children, runs, warmUp);
        } finally {
            app.close();
        }
    }

    /** The census return for the year to 31 March 2027: built and checked, then written as the DfE's XML. */
    private static void census(ConfigurableApplicationContext app, int children, int runs, int warmUp) {
        var returns = app.getBean(uk.gov.childprotection.census.CensusReturnService.class);
        var madeAt = java.time.OffsetDateTime.now();
        for (int i = 0; i < warmUp; i++) {
            uk.gov.childprotection.census.CensusXml.write(returns.checked(2027).census(), madeAt,
                    new java.io.StringWriter());
        }
        long[] checking = new long[runs];
        long[] writing = new long[runs];
        uk.gov.childprotection.census.CensusReturnService.Checked last = null;
        int bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = returns.checked(2027);
            long built = System.nanoTime();
            var out = new java.io.StringWriter();
            uk.gov.childprotection.census.CensusXml.write(last.census(), madeAt, out);
            writing[i] = (System.nanoTime() - built) / 1_000_000;
            checking[i] = (built - start) / 1_000_000;
            bytes = out.getBuffer().length();
        }
        Arrays.sort(checking);
        Arrays.sort(writing);
        System.out.printf("census return for the year to 31 March 2027 at %d children: built and checked p50 %d ms, "
                + "p95 %d ms, max %d ms; written as XML p50 %d ms, p95 %d ms, max %d ms over %d runs (%d children, "
                + "%d episodes, %d breaks, %d kB of XML)%n", children, checking[runs / 2],
                checking[(int) Math.ceil(runs * 0.95) - 1], checking[runs - 1], writing[runs / 2],
                writing[(int) Math.ceil(runs * 0.95) - 1], writing[runs - 1], runs, last.census().children().size(),
                last.episodes(), last.breaks().size(), bytes / 1024);
    }

    /** Children on plans that began across 2025 and 2026, the ICPC late for one in five, a visit overdue for some. */
    private static void load(JdbcTemplate jdbc, int children) {
        Timestamp now = Timestamp.from(Instant.now());
        String[] categories = {"NEG", "EMO", "PHY", "SAB"};
        for (int i = 0; i < children; i++) {
            LocalDate start = LocalDate.of(2025, 1, 6).plusDays(i % 600);
            Long family = insert(jdbc, "insert into family (created_at) values (?)", now);
            Long child = insert(jdbc, "insert into child (given_name, family_name, date_of_birth, gender, created_at, "
                    + "family_id) values (?, ?, ?, 'FEMALE', ?, ?)", "Child" + i, "Bench", Date.valueOf(
                    LocalDate.of(2015, 1, 1).plusDays(i % 3000)), now, family);
            long caseId = jdbc.queryForObject("select next value for cp_case_seq", Long.class);
            jdbc.update("insert into cp_case (id, reference, child_id, referral_date, referral_source, concerns, "
                    + "stage, social_worker, team_manager, referral_nfa, opened_at, version) values "
                    + "(?, ?, ?, ?, 'SCHOOL', 'Concerns', 'PLAN_IN_FORCE', ?, ?, false, ?, 0)", caseId,
                    "BM-" + i, child, Date.valueOf(start.minusDays(25)), "bench.worker" + (i % 50),
                    "bench.manager" + (i % 5), now);
            Long conference = insert(jdbc, "insert into conference (case_id, conference_type, status, due_date, "
                    + "chair, held_date, created_at, version) values (?, 'INITIAL', 'HELD', ?, ?, ?, ?, 0)", caseId,
                    Date.valueOf(start), "bench.chair" + (i % 10), Date.valueOf(start), now);
            jdbc.update("insert into child_protection_plan (case_id, child_id, conference_id, start_date, "
                    + "initial_category, latest_category, lead_social_worker, number_of_previous_plans, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", caseId, child, conference, Date.valueOf(start),
                    categories[i % 4], categories[i % 4], "bench.worker" + (i % 50), i % 5 == 0 ? 1 : 0, now);
            jdbc.update("insert into section47_enquiry (case_id, start_date, completed_date, outcome) values (?, ?, ?, "
                    + "'CONVENE_ICPC')", caseId, Date.valueOf(start.minusDays(20)), Date.valueOf(start.minusDays(10)));
            jdbc.update("insert into census_child (child_id, upn, ethnicity, disabilities, recorded_by, recorded_at) "
                    + "values (?, ?, ?, ?, 'bench.worker', ?)", child, null, i % 7 == 0 ? null : "WBRI",
                    i % 3 == 0 ? "NONE" : "COMM,LD", now);
            jdbc.update("insert into census_episode (case_id, referral_source, primary_need, assessment_start, "
                    + "assessment_authorised, assessment_factors, recorded_by, recorded_at) values (?, '2A', 'N1', ?, "
                    + "?, '16A,2B', 'bench.worker', ?)", caseId, Date.valueOf(start.minusDays(20)),
                    Date.valueOf(start.minusDays(5)), now);
            List<Object[]> deadlines = new ArrayList<>();
            LocalDate icpcDue = start.plusDays(i % 5 == 0 ? -2 : 3);
            deadlines.add(deadline(caseId, "ICPC_HELD", icpcDue, start, i % 5 == 0 ? "Parent unwell" : null));
            deadlines.add(deadline(caseId, "FIRST_CORE_GROUP", start.plusDays(14), start.plusDays(12), null));
            for (int v = 1; v <= 8; v++) {
                deadlines.add(deadline(caseId, "STATUTORY_VISIT", start.plusDays(14L * v),
                        start.plusDays(14L * v - (v % 3)), null));
            }
            deadlines.add(deadline(caseId, "STATUTORY_VISIT", start.plusDays(14L * 9), null, null));
            deadlines.add(deadline(caseId, "REVIEW_CONFERENCE", start.plusMonths(3), start.plusMonths(3), null));
            deadlines.add(deadline(caseId, "REVIEW_CONFERENCE", start.plusMonths(9), null, null));
            jdbc.batchUpdate("insert into statutory_deadline (case_id, kind, due_date, met_date, delay_reason) "
                    + "values (?, ?, ?, ?, ?)", deadlines);
        }
    }

    private static Object[] deadline(long caseId, String kind, LocalDate due, LocalDate met, String reason) {
        return new Object[] {caseId, kind, Date.valueOf(due), met == null ? null : Date.valueOf(met), reason};
    }

    private static Long insert(JdbcTemplate jdbc, String sql, Object... values) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, key);
        return key.getKey().longValue();
    }
}
