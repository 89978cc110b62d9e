package uk.gov.childprotection.complaint;

import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.conference.Conference;
import uk.gov.childprotection.conference.ConferenceService;

/** What every complaint task shows first: who raised what, about which conference and its decision. */
@Component
class ComplaintSummary {

    private final ComplaintService complaints;
    private final ConferenceService conferences;

    ComplaintSummary(ComplaintService complaints, ConferenceService conferences) {
        this.complaints = complaints;
        this.conferences = conferences;
    }

    String of(Complaint complaint) {
        Conference conference = conferences.get(complaint.getConferenceId());
        StringBuilder text = new StringBuilder("**").append(complaints.parentOf(complaint).getName())
                .append("** raised on ").append(DeadlineService.longDate(complaint.getRaisedOn()))
                .append(" that they disagree with the decision of the ")
                .append(conference.getConferenceType().label()).append(" of ")
                .append(DeadlineService.longDate(conference.getHeldDate())).append(" (")
                .append(conference.getDecision().label()).append("):\n\n> ")
                .append(complaint.getConcern().replace("\n", "\n> "));
        if (complaint.getConversationNotes() != null) {
            text.append("\n\n**Talked through with the social worker** on ")
                    .append(DeadlineService.longDate(complaint.getConversationOn())).append(": ")
                    .append(complaint.getConversationNotes());
        }
        if (complaint.getMeetingNotes() != null) {
            text.append("\n\n**Informal meeting with the Chair** on ")
                    .append(DeadlineService.longDate(complaint.getMeetingOn())).append(": ")
                    .append(complaint.getMeetingNotes());
        }
        if (complaint.getFormalText() != null) {
            text.append("\n\n**Formal complaint** received on ")
                    .append(DeadlineService.longDate(complaint.getFormalReceivedOn()))
                    .append(Boolean.TRUE.equals(complaint.getFormalLate()) ? " (after the 28 days)" : "")
                    .append(":\n\n> ").append(complaint.getFormalText().replace("\n", "\n> "));
        }
        if (complaint.getPanelFindings() != null) {
            text.append("\n\n**The panel** met on ").append(DeadlineService.longDate(complaint.getPanelOn()))
                    .append(" and found: ").append(complaint.getPanelFindings());
        }
        text.append("\n\nThe decision stands while this is considered: only a conference changes it.");
        return text.toString();
    }
}
