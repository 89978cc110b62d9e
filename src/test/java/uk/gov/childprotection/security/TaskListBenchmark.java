package uk.gov.childprotection.security;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.childprotection.ChildProtectionApplication;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;

/**
 * A social worker's task list at a council's volume, as Tasklist and other clients ask for it through the engine's
 * REST API (real HTTP, HTTP Basic, Camunda's authorisations on), beside the same requests by an administrator
 * (group camunda-admin: no authorisation checks), on PostgreSQL, in one run. It starts the application (profile
 * postgres, random port, job executor on as in production) on a database of its own, opens {@code -Dtasks} cases
 * (default 10000) through the service the case API uses, each with one "Record strategy discussion" task assigned
 * to its social worker (50 workers, 5 team managers), then prints p50, p95 and max over {@code -Druns} requests
 * (default 20) of each kind after {@code -DwarmUp} (default 10), and the rows in the tables the authorisation check
 * reads. It asserts nothing on time.
 *
 * <p>Run with {@code ./mvnw -Ptask-benchmark verify} (a quick run: {@code -Dtasks=1000}). The database
 * ({@code cpc_bench_<time>}) is dropped at the end; {@code -Dbench.keep=true} keeps it and {@code
 * -Dbench.database=name} reuses a kept one (no cases are added when it already has them). ANALYZE runs after
 * loading, as autovacuum would ({@code -Dbench.analyze=false} to skip it). {@code -Dbench.args="--name=value ..."}
 * passes settings to the application (for example {@code
 * --camunda.bpm.authorization.authorization-check-revokes=auto} for the engine's default, or {@code
 * --logging.level.org.camunda.bpm.engine.impl.persistence.entity.TaskEntity=DEBUG} for the SQL).
 */
public final class TaskListBenchmark {

    static final String PASSWORD = "Tasklist-Load-123!";
    static final String ADMIN = "bench.admin";
    static final int WORKERS = 50;
    static final int MANAGERS = 5;
    private static final String PG = System.getProperty("bench.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String PG_USER = System.getProperty("bench.user", "postgres");

    public static void main(String[] args) throws Exception {
        int tasks = Integer.getInteger("tasks", 10_000);
        int runs = Integer.getInteger("runs", 20);
        int warmUp = Integer.getInteger("warmUp", 10);
        boolean keep = Boolean.getBoolean("bench.keep");
        String database = System.getProperty("bench.database", "cpc_bench_" + System.currentTimeMillis());
        boolean created = createDatabaseIfMissing(database);
        Thread dropOnExit = new Thread(() -> dropDatabase(database));
        if (!keep) {
            // Also when the run is interrupted (Ctrl-C): the benchmark leaves nothing behind.
            Runtime.getRuntime().addShutdownHook(dropOnExit);
        }
        System.out.printf("database %s (%s)%s%n", database, created ? "new" : "reused",
                keep ? ", kept afterwards" : ", dropped at the end");
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres", "--server.port=0",
                "--spring.datasource.url=" + PG + database, "--spring.datasource.username=" + PG_USER,
                "--cpc.admin.user=" + ADMIN, "--cpc.admin.password=" + PASSWORD,
                "--logging.level.root=WARN",
                // Process coverage belongs to the tests (it is on the test class path), not to a benchmark.
                "--spring.autoconfigure.exclude=org.camunda.community.process_test_coverage"
                        + ".spring_test.platform7.ProcessEngineCoverageConfiguration"));
        String extra = System.getProperty("bench.args", "").trim();
        if (!extra.isEmpty()) {
            arguments.addAll(Arrays.asList(extra.split("\\s+")));
        }
        System.out.println("application settings: " + arguments.subList(4, arguments.size()).stream()
                .filter(a -> !a.startsWith("--cpc.admin.password")).toList());
        try (ConfigurableApplicationContext spring = new SpringApplication(ChildProtectionApplication.class)
                .run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) spring).getWebServer().getPort();
            JdbcTemplate jdbc = spring.getBean(JdbcTemplate.class);
            staff(spring.getBean(IdentityService.class));
            int existing = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Integer.class);
            if (existing < tasks) {
                load(spring, existing, tasks);
            }
            // Production's autovacuum analyses the tables soon after a bulk of new tasks; so does the benchmark
            // (-Dbench.analyze=false measures the planner without statistics, as right after a load).
            if (Boolean.parseBoolean(System.getProperty("bench.analyze", "true"))) {
                long start = System.nanoTime();
                jdbc.execute("ANALYZE");
                System.out.printf("ANALYZE: %d ms%n", (System.nanoTime() - start) / 1_000_000);
            }
            for (String table : List.of("ACT_RU_AUTHORIZATION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK")) {
                System.out.printf("%-22s %,8d rows%n", table,
                        jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
            System.out.printf("authorisations per user/group: %s%n", jdbc.queryForList(
                    "select coalesce(GROUP_ID_, 'user ' || USER_ID_) who, RESOURCE_TYPE_ type, count(*) n "
                            + "from ACT_RU_AUTHORIZATION group by 1, 2 order by 3 desc limit 4"));
            measure(spring, port, runs, warmUp);
        } finally {
            if (!keep) {
                Runtime.getRuntime().removeShutdownHook(dropOnExit);
                dropDatabase(database);
            }
        }
    }

    static String worker(int i) {
        return String.format("bench.sw%02d", i % WORKERS + 1);
    }

    static String manager(int i) {
        return "bench.tm" + (i % MANAGERS + 1);
    }

    private static void staff(IdentityService identity) {
        for (int i = 0; i < WORKERS; i++) {
            user(identity, worker(i), Roles.SOCIAL_WORKERS);
        }
        for (int i = 0; i < MANAGERS; i++) {
            user(identity, manager(i), Roles.TEAM_MANAGERS);
        }
    }

    private static void user(IdentityService identity, String id, String group) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName("Bench");
        user.setLastName(id);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
    }

    /** Opens cases from {@code from} to {@code to} in transactions of 50, on two threads, printing progress. */
    private static void load(ConfigurableApplicationContext spring, int from, int to) throws Exception {
        ChildCaseService cases = spring.getBean(ChildCaseService.class);
        TransactionTemplate transaction = new TransactionTemplate(
                spring.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        LocalDate today = LocalDate.now();
        int batch = 50;
        AtomicInteger done = new AtomicInteger(from);
        long start = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        for (int first = from; first < to; first += batch) {
            int firstOfBatch = first;
            int last = Math.min(to, first + batch);
            work.add(threads.submit(() -> {
                transaction.executeWithoutResult(status -> {
                    for (int i = firstOfBatch; i < last; i++) {
                        cases.openCase(new NewReferral(new NewReferral.ChildDetails("Child" + i, "Bench" + i,
                                today.minusYears(1 + i % 15).minusDays(i % 300), i % 2 == 0 ? Gender.FEMALE
                                        : Gender.MALE, null, null), today.minusDays(i % 5),
                                ReferralSource.values()[i % ReferralSource.values().length],
                                "Concerns reported for the benchmark.", List.of(), worker(i), manager(i), null));
                    }
                });
                int now = done.addAndGet(last - firstOfBatch);
                if (now / 1000 != (now - (last - firstOfBatch)) / 1000 || now == to) {
                    System.out.printf("  %,d cases open (%.0f s)%n", now, (System.nanoTime() - start) / 1e9);
                }
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        threads.shutdown();
        System.out.printf("opened %,d cases in %.0f s%n", to - from, (System.nanoTime() - start) / 1e9);
    }

    private static void measure(ConfigurableApplicationContext spring, int port, int runs, int warmUp)
            throws Exception {
        String base = "http://localhost:" + port;
        String me = worker(0);
        String group = "candidateGroup=social-workers&includeAssignedTasks=true";
        String page = "/engine-rest/task?" + group + "&firstResult=0&maxResults=50&sortBy=created&sortOrder=desc";
        String count = "/engine-rest/task/count?" + group;
        String mine = "/engine-rest/task?assignee=" + me + "&sortBy=dueDate&sortOrder=asc&firstResult=0"
                + "&maxResults=50";
        String mineCount = "/engine-rest/task/count?assignee=" + me;
        Map<String, String> filters = new LinkedHashMap<>();
        FilterService filterService = spring.getBean(FilterService.class);
        for (String name : List.of("My tasks", "My groups' tasks", "Overdue", "All tasks")) {
            filters.put(name, filterService.createFilterQuery().filterName(name).singleResult().getId());
        }
        System.out.printf("%nms over %d requests each after %d warm-up; social worker %s (%s tasks assigned), "
                        + "administrator %s (camunda-admin); the same URLs for both%n", runs, warmUp, me,
                spring.getBean(TaskService.class).createTaskQuery().taskAssignee(me).count(), ADMIN);
        System.out.printf("%-58s %-6s %8s %8s %8s  %s%n", "request", "who", "p50", "p95", "max", "result");
        for (String[] who : new String[][] {{me, "worker"}, {ADMIN, "admin"}}) {
            Rest rest = new Rest(base, who[0]);
            time(rest.label("GET /engine-rest/version (sign-in only)", who[1]), runs, warmUp,
                    () -> rest.get("/engine-rest/version"));
            time(rest.label("GET task group page 50, created desc", who[1]), runs, warmUp, () -> rest.get(page));
            time(rest.label("GET task/count group", who[1]), runs, warmUp, () -> rest.get(count));
            time(rest.label("GET task assignee=" + me + " dueDate asc 50", who[1]), runs, warmUp,
                    () -> rest.get(mine));
            time(rest.label("GET task/count assignee=" + me, who[1]), runs, warmUp, () -> rest.get(mineCount));
            Tasklist tasklist = new Tasklist(base, who[0]);
            for (Map.Entry<String, String> filter : filters.entrySet()) {
                time(rest.label("Tasklist POST filter/{id}/list 15 (" + filter.getKey() + ")", who[1]), runs,
                        warmUp, () -> tasklist.list(filter.getValue()));
            }
        }
        // The engine alone, in this JVM: the same group page, no HTTP, no sign-in.
        TaskService taskService = spring.getBean(TaskService.class);
        IdentityService identity = spring.getBean(IdentityService.class);
        for (String[] who : new String[][] {{me, Roles.SOCIAL_WORKERS, "worker"},
                {ADMIN, Roles.ADMINISTRATORS, "admin"}}) {
            identity.setAuthentication(who[0], List.of(who[1]));
            try {
                time(String.format("%-58s %-6s", "engine TaskService group page 50 (no HTTP)", who[2]), runs,
                        warmUp, () -> taskService.createTaskQuery().taskCandidateGroup(Roles.SOCIAL_WORKERS)
                                .includeAssignedTasks().orderByTaskCreateTime().desc().listPage(0, 50).size()
                                + " rows");
                time(String.format("%-58s %-6s", "engine TaskService assignee, dueDate asc 50 (no HTTP)", who[2]),
                        runs, warmUp, () -> taskService.createTaskQuery().taskAssignee(me).orderByDueDate().asc()
                                .listPage(0, 50).size() + " rows");
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    private static void time(String label, int runs, int warmUp, Supplier<String> request) {
        String result = "";
        for (int i = 0; i < warmUp; i++) {
            result = request.get();
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = request.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%s %8d %8d %8d  %s%s%n", label, percentile(sorted, 50), percentile(sorted, 95),
                sorted[runs - 1], result, sorted[runs - 1] > 5 * percentile(sorted, 50) + 100
                        ? "  every run: " + Arrays.toString(millis) : "");
    }

    /** Nearest rank. */
    private static long percentile(long[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** A REST client signing in with HTTP Basic on every request, over one kept-alive HTTP/1.1 connection. */
    private static final class Rest {
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        final String base;
        final String authorization;

        Rest(String base, String user) {
            this.base = base;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }

        String label(String what, String who) {
            return String.format("%-58s %-6s", what, who);
        }

        String get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                    .header("Accept", "application/json").timeout(Duration.ofMinutes(5)).GET().build());
        }

        String send(HttpRequest request) {
            return send(request, client);
        }

        String send(HttpRequest request, HttpClient through) {
            try {
                HttpResponse<String> response = through.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                            + response.body());
                }
                return summary(response.body());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What a result held: a count, or the number of tasks in a list (plain or HAL). */
    static String summary(String body) {
        String trimmed = body.trim();
        if (trimmed.startsWith("{\"count\":") && trimmed.length() < 40) {
            return "count " + trimmed.replaceAll("\\D", "");
        }
        if (trimmed.startsWith("[")) {
            return occurrences(trimmed, "\"taskDefinitionKey\"") + " rows";
        }
        if (trimmed.contains("\"version\"") && !trimmed.contains("_embedded")) {
            return "ok";
        }
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("\"count\":(\\d+)").matcher(trimmed);
        return occurrences(trimmed, "\"taskDefinitionKey\"") + " rows, count "
                + (count.find() ? count.group(1) : "?");
    }

    private static int occurrences(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** Tasklist in a browser: signed in to the webapp (session and CSRF token), listing a filter's tasks. */
    private static final class Tasklist {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .build();
        final String base;
        final Rest rest;

        Tasklist(String base, String user) throws Exception {
            this.base = base;
            this.rest = new Rest(base, user);
            client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf())
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                            + java.net.URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new IllegalStateException("Tasklist login of " + user + ": " + login.statusCode());
            }
            // As Tasklist does next: read the filters (the session is new after the login; this GET hands out
            // its CSRF token).
            HttpResponse<String> filters = client.send(HttpRequest.newBuilder(URI.create(base
                            + "/camunda/api/engine/engine/default/filter?firstResult=0&maxResults=2000"
                            + "&itemCount=false&resourceType=Task")).header("X-XSRF-TOKEN", "Fetch").build(),
                    HttpResponse.BodyHandlers.ofString());
            token = filters.headers().firstValue("X-XSRF-TOKEN").orElseGet(this::csrf);
        }

        String token;

        String csrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse("");
        }

        /** What Tasklist 7.24 sends for the filter it shows (and again on every refresh, every 10 s). */
        String list(String filterId) {
            String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                    + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
            return rest.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/filter/"
                            + filterId + "/list?firstResult=0&maxResults=15"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/hal+json, application/json; q=0.5")
                    .header("X-XSRF-TOKEN", token).timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), client);
        }
    }

    private static boolean createDatabaseIfMissing(String database) throws Exception {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database name: lower-case letters, digits and _ only");
        }
        try (Connection connection = DriverManager.getConnection(PG + "postgres", PG_USER, "");
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database + "'")) {
                if (exists.next()) {
                    return false;
                }
            }
            statement.execute("CREATE DATABASE " + database);
            return true;
        }
    }

    private static void dropDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(PG + "postgres", PG_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            System.out.println("dropped database " + database);
        } catch (Exception e) {
            System.out.println("could not drop database " + database + " (" + e.getMessage()
                    + "): psql -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE " + database + "'");
        }
    }

    private TaskListBenchmark() {
    }
}
