package uk.gov.childprotection.agencyreport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.childprotection.conference.Agency;
import uk.gov.childprotection.security.Staff;

/**
 * Administrators tie each agency worker's account (made in Admin, in the group Agency workers) to its agency:
 * 404 for no such account, 409 for an account not in that group or also in a staff group.
 */
@RestController
class AgencyWorkerController {

    record AgencyBody(@NotNull(message = "choose the agency") Agency agency) {
    }

    record WorkerView(String userId, String name, String agency, String setBy) {
    }

    private final AgencyReportService reports;
    private final Staff staff;

    AgencyWorkerController(AgencyReportService reports, Staff staff) {
        this.reports = reports;
        this.staff = staff;
    }

    @GetMapping("/api/agency-workers")
    List<WorkerView> list() {
        return reports.workers().stream().map(this::view).toList();
    }

    @PutMapping("/api/agency-workers/{userId}")
    WorkerView tie(@PathVariable String userId, @Valid @RequestBody AgencyBody body) {
        return view(reports.tie(userId, body.agency(), staff.currentUser()));
    }

    private WorkerView view(AgencyWorker worker) {
        return new WorkerView(worker.getUserId(), staff.displayName(worker.getUserId()), worker.getAgency().name(),
                worker.getSetBy());
    }
}
