package uk.gov.childprotection.agencyreport;

import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.ConflictException;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.conference.Agency;
import uk.gov.childprotection.conference.AgencyReportTasks;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;
import uk.gov.childprotection.conference.ConferenceStatus;
import uk.gov.childprotection.conference.Participant;
import uk.gov.childprotection.conference.ReportHeading;
import uk.gov.childprotection.documents.AgencyReportDocuments;
import uk.gov.childprotection.documents.Document;
import uk.gov.childprotection.documents.DocumentService;
import uk.gov.childprotection.documents.DocumentSubject;
import uk.gov.childprotection.documents.DocumentType;
import uk.gov.childprotection.notification.Sending;
import uk.gov.childprotection.notification.SendingService;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.security.Staff;

/**
 * Agencies' reports written in the system (seed 001). An agency worker's account is tied to one agency by an
 * administrator; it sees the conferences that agency was invited to and asked to report to, and nothing else:
 * no case, no other conference, no engine. Every read, allowed or refused, is audited case by case. The first
 * report of an agency to a conference starts "An agency's report to the conference" (agency-report.bpmn), in
 * which the conference team sends it to the other professionals only; the agency shares it with the family
 * itself and says on which day.
 *
 * <p>The checks that refuse (403) are made outside any transaction, so the refusal's audit row stays.
 */
@Service
public class AgencyReportService {

    static final String PROCESS = "agency-report";

    /** A child the conference is about, as the agency may see them. */
    public record Child(String name, LocalDate born, String caseReference) {
    }

    /** One invitation of the worker's agency, with what they may see of it. */
    public record Invitation(Participant agency, Conference conference, List<Child> children,
            Optional<AgencyReport> report) {

        List<String> references() {
            return children.stream().map(Child::caseReference).toList();
        }

        /** Open for the report: invited, not yet held, not moved to a new listing. */
        boolean open() {
            return conference.getHeldDate() == null && conference.getStatus() != ConferenceStatus.RELISTED;
        }
    }

    private final AgencyWorkerRepository workers;
    private final AgencyReportRepository reports;
    private final ConferenceService conferences;
    private final AgencyReportDocuments documents;
    private final DocumentService allDocuments;
    private final SendingService sendings;
    private final CaseAccess access;
    private final Staff staff;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final ApplicationAuthority authority;
    private final Today today;
    private final AgencyReportTasks openTasks;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;

    AgencyReportService(AgencyWorkerRepository workers, AgencyReportRepository reports, ConferenceService conferences,
            AgencyReportDocuments documents, DocumentService allDocuments, SendingService sendings,
            CaseAccess access, Staff staff, IdentityService identity, RuntimeService runtime,
            ApplicationAuthority authority, Today today, AgencyReportTasks openTasks,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.openTasks = openTasks;
        this.workers = workers;
        this.reports = reports;
        this.conferences = conferences;
        this.documents = documents;
        this.allDocuments = allDocuments;
        this.sendings = sendings;
        this.access = access;
        this.staff = staff;
        this.identity = identity;
        this.runtime = runtime;
        this.authority = authority;
        this.today = today;
    }

    // --- Administrators: whose account is which agency's ---

    /**
     * Ties an agency worker's account to its agency. Only an account in the group agency-workers and in no staff
     * group: a member of staff who could also read an agency's view would mix two kinds of access.
     */
    @Transactional
    public AgencyWorker tie(String userId, Agency agency, String by) {
        if (!staff.exists(userId)) {
            throw new NotFoundException("There is no account " + userId);
        }
        List<String> groups = staff.groupsOf(userId);
        if (!groups.contains(Roles.AGENCY_WORKERS)) {
            throw new ConflictException("Add " + userId + " to the group Agency workers first (in Admin)");
        }
        List<String> staffGroups = groups.stream().filter(g -> !g.equals(Roles.AGENCY_WORKERS)).toList();
        if (!staffGroups.isEmpty()) {
            throw new ConflictException(userId + " is also in " + String.join(", ", staffGroups)
                    + ": an agency worker's account must be in no other group");
        }
        AgencyWorker worker = workers.findById(userId).orElseGet(() -> new AgencyWorker(userId, agency, by,
                today.now().toInstant()));
        worker.tieTo(agency, by, today.now().toInstant());
        return workers.save(worker);
    }

    public List<AgencyWorker> workers() {
        return workers.findAllByOrderByUserIdAsc();
    }

    // --- Agency workers: their agency's conferences ---

    /** The agency of the signed-in agency worker; an account no administrator has tied to one sees nothing. */
    public Agency agencyOf(String userId) {
        return workers.findById(userId).map(AgencyWorker::getAgency).orElseThrow(() ->
                new uk.gov.childprotection.common.RefusedException("Your account is not yet linked to "
                        + "an agency: ask the child protection conference team."));
    }

    /** Every conference the worker's agency was asked to report to, newest first; each case shown is audited. */
    public List<Invitation> invitations(String userId) {
        Agency agency = agencyOf(userId);
        List<Invitation> invitations = readOnly.execute(status -> conferences.reportRequestsTo(agency).stream()
                .map(p -> invitation(p, conferences.get(p.getConferenceId()))).toList());
        access.agencyWorker(invitations.stream().flatMap(i -> i.references().stream()).distinct().toList(),
                AccessAudit.Action.AGENCY_READ, true);
        return invitations;
    }

    /**
     * One conference, when the worker's agency was invited and asked for its report; otherwise 403, the same for
     * a conference that does not exist, so that nothing is learnt from trying. Audited either way, after the
     * reading's transaction, so that a refusal's row stays.
     */
    public Invitation invitation(String userId, Long conferenceId, AccessAudit.Action action) {
        Agency agency = agencyOf(userId);
        record Found(Invitation invitation, List<String> references) {
        }
        Found found = readOnly.execute(status -> {
            Conference conference = conferences.find(conferenceId).orElse(null);
            if (conference == null) {
                return new Found(null, List.of());
            }
            Participant invited = conferences.participants(conferenceId).stream()
                    .filter(p -> p.writesAgencyReport() && p.getAgency() == agency
                            && p.getReportRequestedDate() != null)
                    .findFirst().orElse(null);
            return new Found(invited == null ? null : invitation(invited, conference),
                    conferences.casesOfMeeting(conference.meetingId()).stream()
                            .map(ChildProtectionCase::getReference).toList());
        });
        access.agencyWorker(found.references(), action, found.invitation() != null);
        return found.invitation();
    }

    private Invitation invitation(Participant agency, Conference conference) {
        List<Child> children = conferences.casesOfMeeting(conference.meetingId()).stream()
                .map(c -> new Child(c.getChild().fullName(), c.getChild().getDateOfBirth(), c.getReference()))
                .toList();
        return new Invitation(agency, conference, children, reports.findByParticipantId(agency.getId()));
    }

    /** The day the reports are needed: the working day before the conference (none before it is booked). */
    public LocalDate reportsNeededBy(Conference conference) {
        return conference.getScheduledDate() == null ? null : conferences.workingDayBefore(conference.getId());
    }

    /** The letter asking the agency for this report (the newest version). */
    public Document reportRequest(Invitation invitation) {
        return allDocuments.latestId(DocumentType.REPORT_REQUEST, subject(invitation), false)
                .map(allDocuments::get)
                .orElseThrow(() -> new NotFoundException("The report request has not been written yet"));
    }

    /** The newest version of the agency's report as the professionals get it. */
    public Document reportDocument(Invitation invitation) {
        return allDocuments.latestId(DocumentType.AGENCY_REPORT, subject(invitation), false)
                .map(allDocuments::get).orElseThrow(() -> new NotFoundException("No report has been written yet"));
    }

    /**
     * Writes (or writes again) the agency's report; refused once the conference team has sent it on, once the
     * conference is held, or when the conference was moved to a new listing. The first writing starts the process
     * in which the conference team sends it to the other professionals.
     */
    @Transactional
    public AgencyReport write(Invitation invitation, AgencyReport.Content content, String by) {
        Conference conference = invitation.conference();
        if (conference.getHeldDate() != null) {
            throw new ConflictException("The conference was held on "
                    + DeadlineService.longDate(conference.getHeldDate()) + ": reports are written before it");
        }
        if (conference.getStatus() == ConferenceStatus.RELISTED) {
            throw new ConflictException("This conference was listed again on a new date: write the report for "
                    + "the new one");
        }
        Participant agency = invitation.agency();
        AgencyReport report = reports.findByParticipantId(agency.getId()).orElse(null);
        if (report != null && report.isDecided()) {
            String on = DeadlineService.longDate(report.getDecidedAt().atZone(Today.ENGLAND).toLocalDate());
            throw new ConflictException((report.isDistributed()
                    ? "The report was sent to the other professionals on " + on
                    : "The conference team decided on " + on + " not to send the report on: " + report.getNotSentReason())
                    + ". To change it now, write to the child protection conference team");
        }
        boolean first = report == null;
        if (first) {
            report = new AgencyReport(conference.getCaseId(), conference.getId(), agency.getId(), agency.getAgency());
        }
        report.write(content, by, today.now().toInstant());
        report = reports.save(report);
        documents.write(conference.getId(), agency.getId(), content.authorName(), content.authorRole(),
                sections(content), "agency-report:" + report.getId() + ":" + report.getSubmissions());
        conferences.agencyReportIn(agency.getId());
        openTasks.refresh(conference.getId());
        if (first) {
            String reference = conferences.caseOf(conference).getReference();
            Long id = report.getId();
            authority.run(() -> runtime.createProcessInstanceByKey(PROCESS).businessKey(reference)
                    .setVariable("caseReference", reference)
                    .setVariable("conferenceId", conference.getId())
                    .setVariable("agencyReportId", id)
                    .execute());
        }
        return report;
    }

    /** The agency says when (and how) it shared its report with the family: not a day to come, nor before it was asked. */
    @Transactional
    public AgencyReport sharedWithFamily(Invitation invitation, LocalDate on, String how, String by) {
        AgencyReport report = reports.findByParticipantId(invitation.agency().getId()).orElseThrow(() ->
                new ConflictException("Write the report here first; then say when you shared it with the family"));
        Problems problems = new Problems();
        problems.check(!on.isAfter(today.date()), "sharedOn", "must not be in the future");
        problems.check(!on.isBefore(invitation.agency().getReportRequestedDate()), "sharedOn",
                "must not be before your agency was asked for the report, on "
                        + DeadlineService.longDate(invitation.agency().getReportRequestedDate()));
        problems.throwIfAny();
        report.sharedWithFamily(on, how, by);
        conferences.agencyReportShared(invitation.agency().getId(), on);
        openTasks.refresh(invitation.conference().getId());
        return report;
    }

    private static Map<ReportHeading, String> sections(AgencyReport.Content content) {
        Map<ReportHeading, String> written = new EnumMap<>(ReportHeading.class);
        written.put(ReportHeading.INVOLVEMENT, content.involvement());
        written.put(ReportHeading.WORRIES, content.worries());
        written.put(ReportHeading.WORKING_WELL, content.workingWell());
        written.put(ReportHeading.COMPLICATIONS, content.complications());
        written.put(ReportHeading.CHILDS_VIEWS, content.childsViews());
        written.put(ReportHeading.SCALING, content.scaling() + " out of 10.\n\n" + content.scalingReason());
        return written;
    }

    private static DocumentSubject subject(Invitation invitation) {
        return DocumentSubject.ofConference(invitation.conference().getCaseId(), invitation.conference().getId())
                .to(invitation.agency().getId());
    }

    // --- The conference team and the process ---

    @Transactional(readOnly = true)
    public AgencyReport get(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFoundException("There is no agency report " + reportId));
    }

    @Transactional(readOnly = true)
    public List<AgencyReport> ofConference(Long conferenceId) {
        return reports.findByConferenceIdOrderByIdAsc(conferenceId);
    }

    /** Due: the end of the working day before the conference, when the reports are needed; or today if later. */
    @Transactional(readOnly = true)
    public Date distributeBy(Long reportId) {
        LocalDate before = conferences.workingDayBefore(get(reportId).getConferenceId());
        return Today.endOfWorkingDay(before.isBefore(today.date()) ? today.date() : before);
    }

    /** The conference team sends the newest version to the other professionals; from then on it stays as it is. */
    @Transactional
    public Sending distribute(Long reportId, String by) {
        AgencyReport report = get(reportId);
        if (report.isDistributed()) {
            return sendings.get(report.getSendingId());
        }
        if (report.isDecided()) {
            throw new ConflictException("The conference team decided not to send this report on");
        }
        Sending sending = sendings.prepareAgencyReport(report.getConferenceId(), report.getParticipantId());
        report.distributed(sending.getId(), by, today.now().toInstant());
        return sending;
    }

    /** The conference team keeps the report back, with its reason (handed out at the conference, withdrawn). */
    @Transactional
    public void notSent(Long reportId, String reason, String by) {
        AgencyReport report = get(reportId);
        if (!report.isDecided()) {
            report.notSent(reason, by, today.now().toInstant());
        }
    }

    /** Who gets it: every other agency and professional invited; never the family. */
    @Transactional(readOnly = true)
    public List<Participant> recipients(AgencyReport report) {
        return conferences.participants(report.getConferenceId()).stream()
                .filter(p -> p.receivesReportOf(report.getAgency())).toList();
    }
}
