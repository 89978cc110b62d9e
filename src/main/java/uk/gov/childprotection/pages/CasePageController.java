package uk.gov.childprotection.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.CaseSummary;
import uk.gov.childprotection.cases.CaseSummaryService;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.complaint.Complaint;
import uk.gov.childprotection.complaint.ComplaintService;
import uk.gov.childprotection.conference.ConferenceRearrangements;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.Rearrangement;
import uk.gov.childprotection.recording.AudioRequest;
import uk.gov.childprotection.recording.ConferenceRecording;
import uk.gov.childprotection.recording.RecordingService;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Staff;

/**
 * The case page: who the child is, the family and its people, the stage, every deadline (due, met, overdue at a
 * glance), the open tasks and who holds them, the documents, and the chronology, newest first. On the webapps'
 * sign-in; read as the case rule allows and audited like the API's read of the case.
 */
@Controller
class CasePageController {

    /** One line of the chronology. */
    record Happening(Instant at, LocalDate day, String what, String who) {
    }

    /** A document of the case, as the page links it. */
    record Link(String title, int version, boolean largePrint, String created, String href) {
    }

    private final CaseAccess access;
    private final CaseSummaryService summaries;
    private final ChildCaseService cases;
    private final DocumentService documents;
    private final OpenTasks openTasks;
    private final HistoryService history;
    private final ApplicationAuthority authority;
    private final Staff staff;
    private final Today today;
    private final ComplaintService complaints;
    private final RecordingService recordings;
    private final ConferenceRearrangements rearrangements;
    private final ConferenceService conferences;

    CasePageController(CaseAccess access, CaseSummaryService summaries, ChildCaseService cases,
            DocumentService documents, OpenTasks openTasks, HistoryService history,
            ApplicationAuthority authority, Staff staff, Today today, ComplaintService complaints,
            RecordingService recordings, ConferenceRearrangements rearrangements, ConferenceService conferences) {
        this.rearrangements = rearrangements;
        this.conferences = conferences;
        this.complaints = complaints;
        this.recordings = recordings;
        this.access = access;
        this.summaries = summaries;
        this.cases = cases;
        this.documents = documents;
        this.openTasks = openTasks;
        this.history = history;
        this.authority = authority;
        this.staff = staff;
        this.today = today;
    }

    @GetMapping("/cases/{reference}")
    String casePage(@PathVariable String reference, Model model) {
        access.read(reference, AccessAudit.Action.READ_CASE);
        CaseSummary summary = summaries.summarise(reference);
        Long caseId = cases.get(reference).getId();
        model.addAttribute("case", summary);
        model.addAttribute("today", DeadlineService.longDate(today.date()));
        model.addAttribute("socialWorker", summary.socialWorker() == null ? "None allocated"
                : staff.displayName(summary.socialWorker()));
        model.addAttribute("teamManager", summary.teamManager() == null ? "None allocated"
                : staff.displayName(summary.teamManager()));
        // The case's tasks, whoever holds them: the reader may read the case, so they see where it stands.
        model.addAttribute("openTasks", openTasks.of(reference));
        model.addAttribute("documents", documents.listOfCase(caseId).stream()
                .map(d -> new Link(d.getTitle(), d.getVersion(), d.isLargePrint(),
                        DeadlineService.longDate(day(d.getCreatedAt())), "/api/documents/" + d.getId()))
                .toList());
        model.addAttribute("chronology", chronology(reference, caseId, summary));
        model.addAttribute("longDate", new LongDates());
        return "pages/case";
    }

    /** What happened, newest first: the case's own record, then every task done, with who did it. */
    private List<Happening> chronology(String reference, Long caseId, CaseSummary summary) {
        List<Happening> all = new ArrayList<>();
        all.add(new Happening(summary.referral().openedAt(), summary.referral().date(),
                "Referral received (" + summary.referral().source().toLowerCase().replace('_', ' ') + ")", null));
        if (summary.strategyDiscussion() != null) {
            all.add(new Happening(null, summary.strategyDiscussion().date(), "Strategy discussion: "
                    + summary.strategyDiscussion().decision().toLowerCase().replace('_', ' '),
                    staff.displayName(summary.strategyDiscussion().recordedBy())));
        }
        for (CaseSummary.ConferenceView c : summary.conferences()) {
            if (c.record() != null && c.record().heldDate() != null) {
                all.add(new Happening(null, c.record().heldDate(), conferenceName(c.type()) + " held: "
                        + (c.record().decision() == null ? "" : c.record().decision().toLowerCase().replace('_', ' ')),
                        staff.displayName(c.chair())));
            }
        }
        for (CaseSummary.EventView e : summary.events()) {
            all.add(new Happening(null, e.date(), e.kind().toLowerCase().replace('_', ' ')
                    + (e.details() == null ? "" : ": " + e.details()), staff.displayName(e.recordedBy())));
        }
        for (Complaint c : complaints.ofCase(caseId)) {
            String parent = complaints.parentOf(c).getName();
            all.add(new Happening(c.getRecordedAt(), c.getRaisedOn(), parent + (c.getBeganAs()
                    == Complaint.BeganAs.FORMAL_COMPLAINT ? " complained formally about" : " disagreed with")
                    + " the conference decision", staff.displayName(c.getRecordedBy())));
            if (c.getFormalReceivedOn() != null && c.getBeganAs() != Complaint.BeganAs.FORMAL_COMPLAINT) {
                all.add(new Happening(null, c.getFormalReceivedOn(), parent + " made a formal complaint"
                        + (Boolean.TRUE.equals(c.getFormalLate()) ? " (after the 28 days)" : ""),
                        staff.displayName(c.getFormalRecordedBy())));
            }
            if (c.getClosedOn() != null) {
                all.add(new Happening(null, c.getClosedOn(), "Complaint closed: " + c.getOutcome().label(), null));
            }
        }
        for (var conference : conferences.ofCase(caseId)) {
            for (Rearrangement r : rearrangements.of(conference.getId())) {
                all.add(new Happening(r.getRecordedAt(), day(r.getRecordedAt()), "Conference rearranged from "
                        + DeadlineService.longDate(r.getPreviousDate()) + " to " + DeadlineService.longDate(r.getNewDate())
                        + (r.isLate() ? ", " + r.getWorkingDaysLate() + " working days after its statutory date" : "")
                        + ": " + r.getReason(), staff.displayName(r.getRecordedBy())));
            }
        }
        for (ConferenceRecording r : recordings.ofCase(caseId)) {
            all.add(new Happening(r.getRecordedAt(), day(r.getRecordedAt()), "Recording of the conference kept ("
                    + (r.isStoredHere() ? "here" : "in the council's store") + ", SHA-256 " + r.getSha256() + ")",
                    staff.displayName(r.getRecordedBy())));
        }
        for (AudioRequest r : recordings.requestsOfCase(caseId)) {
            String parent = recordings.parentOf(r).getName();
            all.add(new Happening(r.getRecordedAt(), r.getRequestedOn(), parent
                    + " asked for the recording of the conference", staff.displayName(r.getRecordedBy())));
            if (r.getDecision() == AudioRequest.Decision.REFUSE) {
                all.add(new Happening(null, r.getDecidedOn(), "Request for the recording refused: "
                        + r.getDecisionReason(), staff.displayName(r.getDecidedBy())));
            }
            if (r.getReleasedOn() != null) {
                all.add(new Happening(null, r.getReleasedOn(), "Recording released to " + parent + " ("
                        + r.getReleasedHow().name().toLowerCase().replace('_', ' ') + ")",
                        staff.displayName(r.getReleasedBy())));
            }
        }
        authority.call(() -> history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
                .finished().list()).forEach(t -> all.add(new Happening(t.getEndTime().toInstant(),
                day(t.getEndTime().toInstant()), "Done: " + t.getName(), staff.displayName(t.getAssignee()))));
        all.sort(Comparator.comparing(Happening::day).thenComparing(h -> h.at() == null ? Instant.MIN : h.at())
                .reversed());
        return all;
    }

    private static String conferenceName(String type) {
        return switch (type) {
            case "INITIAL" -> "Initial child protection conference";
            case "REVIEW" -> "Review child protection conference";
            default -> "Transfer-in child protection conference";
        };
    }

    private static LocalDate day(Instant at) {
        return at.atZone(Today.ENGLAND).toLocalDate();
    }

    /** "Wednesday 6 January 2027", for the template. */
    static final class LongDates {
        public String of(LocalDate date) {
            return date == null ? "" : DeadlineService.longDate(date);
        }
    }
}
