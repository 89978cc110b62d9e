package uk.gov.childprotection.census;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.common.Csv;
import uk.gov.childprotection.security.CaseAccess;

/**
 * The census return for service managers (SecurityConfig): GET /api/census/{year} says what the return holds and
 * every break of the DfE's rules; /api/census/{year}/breaks.csv the breaks as a spreadsheet;
 * /api/census/{year}/return.xml the file for the DfE, each download audited.
 */
@RestController
class CensusReturnController {

    private final CensusReturnService returns;
    private final CaseAccess access;
    private final Today today;

    CensusReturnController(CensusReturnService returns, CaseAccess access, Today today) {
        this.returns = returns;
        this.access = access;
        this.today = today;
    }

    /** What a manager reads before downloading: counts, and each break with its child, episode and values. */
    record Summary(int year, LocalDate collectionStart, LocalDate referenceDate, String lea, int children,
            long episodes, long errors, long queries, List<CensusRules.Break> breaks) {
    }

    @GetMapping("/api/census/{year}")
    Summary summary(@PathVariable String year) {
        CensusReturnService.Checked checked = returns.checked(CensusReturnService.readYear(year, today.date()));
        CensusReturn census = checked.census();
        return new Summary(census.year(), census.collectionStart(), census.referenceDate(), census.lea(),
                census.children().size(), checked.episodes(), checked.errors(), checked.queries(), checked.breaks());
    }

    @GetMapping("/api/census/{year}/breaks.csv")
    ResponseEntity<String> breaks(@PathVariable String year) {
        int censusYear = CensusReturnService.readYear(year, today.date());
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Rule", "Error or query", "Message", "Child (LAchildID)", "Child", "Case", "Values"));
        returns.checked(censusYear).breaks().forEach(b -> rows.add(List.of(b.rule(),
                b.kind() == CensusRules.Kind.ERROR ? "Error" : "Query", b.message(), b.laChildId(), b.childName(),
                b.caseReference() == null ? "" : b.caseReference(), b.values())));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cin-census-" + censusYear
                        + "-breaks.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(Csv.of(rows));
    }

    @GetMapping("/api/census/{year}/return.xml")
    ResponseEntity<String> xml(@PathVariable String year) {
        int censusYear = CensusReturnService.readYear(year, today.date());
        CensusReturn census = returns.forYear(censusYear);
        access.auditCensusReturn(censusYear);
        StringWriter out = new StringWriter();
        CensusXml.write(census, today.now().toOffsetDateTime(), out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"CIN_census_" + census.lea() + "_"
                        + censusYear + ".xml\"")
                .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .body(out.toString());
    }
}
