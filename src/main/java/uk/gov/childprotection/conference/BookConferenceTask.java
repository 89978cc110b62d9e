package uk.gov.childprotection.conference;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.FormTaskListener;
import uk.gov.childprotection.common.FormValues;

/** Task "Book conference" (form book-conference), due by the date the conference must be held. */
@Component("bookConference")
class BookConferenceTask extends FormTaskListener {

    private final ConferenceService conferences;
    private final uk.gov.childprotection.security.Staff staff;

    BookConferenceTask(ConferenceService conferences, uk.gov.childprotection.security.Staff staff) {
        this.staff = staff;
        this.conferences = conferences;
    }

    @Override
    protected void prefill(DelegateTask task) {
        Conference conference = conferences.get(conferenceId(task));
        task.setVariableLocal("conferenceTypeLabel", conference.getConferenceType().label());
        task.setVariableLocal("conferenceDueDateLabel", DeadlineService.longDate(conference.getDueDate()));
        if (conference.getChair() != null) {
            task.setVariableLocal("chair", conference.getChair());
        }
        // The Chair is chosen from the Child Protection Chairs, by name.
        task.setVariableLocal("chairChoices", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
                org.camunda.spin.Spin.JSON(staff.choicesOf(uk.gov.childprotection.security.Roles.CHAIRS))).create());
    }

    @Override
    protected void complete(DelegateTask task, FormValues form) {
        Booking booking = new Booking(
                form.requiredDate("conferenceDate", "The conference date"),
                form.requiredText("conferenceTime", "The start time"),
                form.text("venue"), form.text("onlineLink"),
                form.requiredText("chair", "The Child Protection Chair"),
                form.text("bookingNotes"));
        conferences.book(conferenceId(task), booking, form.problems());
    }

    @Override
    protected List<String> submittedFields() {
        return List.of("conferenceDate", "conferenceTime", "venue", "onlineLink", "chair", "bookingNotes");
    }
}
