package uk.gov.childprotection.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.common.Csv;
import uk.gov.childprotection.common.InvalidSubmissionException;

/**
 * The managers' dashboard as data (GET /api/monitoring?from=&to=, ISO dates) and each of its tables as a CSV
 * download (GET /api/monitoring/{table}.csv). Service managers only (SecurityConfig).
 */
@RestController
class MonitoringController {

    private final MonitoringService monitoring;

    MonitoringController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/api/monitoring")
    MonitoringService.Dashboard dashboard(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return monitoring.dashboard(from, to);
    }

    @GetMapping("/api/monitoring/{table}.csv")
    ResponseEntity<String> csv(@PathVariable String table,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Function<MonitoringService.Dashboard, List<List<Object>>> rows = TABLES.get(table);
        if (rows == null) {
            throw InvalidSubmissionException.of("table", "is not one of the dashboard's tables: "
                    + String.join(", ", new java.util.TreeSet<>(TABLES.keySet())));
        }
        String body = Csv.of(rows.apply(monitoring.dashboard(from, to)));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table + "-" + from + "-to-" + to
                        + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(body);
    }

    /** Each table: a header row, then its rows. */
    private static final Map<String, Function<MonitoringService.Dashboard, List<List<Object>>>> TABLES = Map.of(
            "timescales", d -> table(List.of("Timescale", "Met in period", "On time", "Late", "% on time",
                    "Outstanding and overdue", "National % on time"), d.timescales(), t -> List.of(
                    t.overall().description(), t.overall().met(), t.overall().onTime(), t.overall().late(),
                    blank(t.overall().percentOnTime()), t.overall().outstandingOverdue(),
                    blank(t.nationalPercentOnTime()))),
            "late", d -> {
                List<List<Object>> all = new ArrayList<>();
                all.add(List.of("Timescale", "Case", "Child", "Worker", "Due", "Met", "Working days late",
                        "Reason for the delay"));
                d.timescales().forEach(t -> t.overall().lateOnes().forEach(l -> all.add(List.of(
                        t.overall().description(), l.caseReference(), l.childName(), blank(l.worker()), l.due(),
                        l.met(), l.workingDaysLate(), blank(l.delayReason())))));
                return all;
            },
            "by-team", d -> groups(d, true),
            "by-worker", d -> groups(d, false),
            "overdue", d -> due(d.overdueNow()),
            "due-soon", d -> due(d.dueInNextFiveWorkingDays()),
            "initial-conferences-by-month", d -> table(List.of("Month", "Held", "Held within 15 working days",
                    "% on time"), d.initialConferencesByMonth(), m -> List.of(m.month(), m.held(), m.onTime(),
                    blank(m.percentOnTime()))),
            "caseload-workers", d -> table(List.of("Social worker", "Open cases", "On a plan"),
                    d.caseloadPerWorker(), c -> List.of(c.name(), c.openCases(), c.onPlan())),
            "amendment-requests-waiting", d -> table(List.of("Case", "Child", "Received", "Working days waiting",
                    "Case page"), d.amendmentRequests().stillWaiting(), w -> List.of(w.caseReference(),
                    w.childName(), w.received(), w.workingDaysWaiting(), w.casePage())),
            "caseload-chairs", d -> table(List.of("Chair", "Open cases", "On a plan"), d.caseloadPerChair(),
                    c -> List.of(c.name(), c.openCases(), c.onPlan())));

    private static List<List<Object>> groups(MonitoringService.Dashboard d, boolean team) {
        List<List<Object>> all = new ArrayList<>();
        all.add(List.of("Timescale", team ? "Team" : "Worker", "Met in period", "On time", "% on time"));
        d.timescales().forEach(t -> (team ? t.byTeam() : t.byWorker()).forEach(g -> all.add(List.of(
                t.overall().description(), g.group(), g.met(), g.onTime(), blank(g.percentOnTime())))));
        return all;
    }

    private static List<List<Object>> due(List<Timeliness.Due> due) {
        return table(List.of("Case", "Child", "Team", "Worker", "Timescale", "Due", "Working days overdue",
                "Case page"), due, x -> List.of(x.caseReference(), x.childName(), blank(x.team()), blank(x.worker()),
                x.description(), x.due(), x.workingDaysOverdue(), x.casePage()));
    }

    private static <T> List<List<Object>> table(List<Object> header, List<T> items, Function<T, List<Object>> row) {
        List<List<Object>> all = new ArrayList<>();
        all.add(header);
        items.forEach(item -> all.add(row.apply(item)));
        return all;
    }

    private static Object blank(Object value) {
        return value == null ? "" : value;
    }
}
