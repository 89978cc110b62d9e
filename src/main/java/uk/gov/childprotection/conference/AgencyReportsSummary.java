package uk.gov.childprotection.conference;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.documents.DocumentLinks;
import uk.gov.childprotection.documents.DocumentSubject;
import uk.gov.childprotection.documents.DocumentType;

/**
 * Which agencies' reports came in and which the family has seen, one line an agency, for the conference team's
 * "Record agency reports received" and the Chair's form: the Chair asks at the start whether everyone has read
 * the reports (seed 001). A report written in the system links to its newest version.
 */
@Component
class AgencyReportsSummary {

    private final ConferenceService conferences;
    private final DocumentLinks links;

    AgencyReportsSummary(ConferenceService conferences, DocumentLinks links) {
        this.conferences = conferences;
        this.links = links;
    }

    String of(Conference conference) {
        List<String> lines = new ArrayList<>();
        for (Participant p : conferences.participants(conference.getId())) {
            if (!p.writesAgencyReport()) {
                continue;
            }
            String written = links.markdown(DocumentType.AGENCY_REPORT,
                    DocumentSubject.ofConference(conference.getCaseId(), conference.getId()).to(p.getId()),
                    "the report");
            String shared = !p.isReportSharedWithFamily() ? ", not shared with the family"
                    : p.getReportSharedOn() == null ? ", shared with the family"
                            : ", shared with the family on " + DeadlineService.longDate(p.getReportSharedOn());
            lines.add("- " + p.getName() + ": " + (p.isReportReceived()
                    ? "report received" + (written.isEmpty() ? "" : " (" + written + ")") + shared
                    : "no report received"));
        }
        return lines.isEmpty() ? "No agency was asked for a report." : String.join("\n", lines);
    }
}
