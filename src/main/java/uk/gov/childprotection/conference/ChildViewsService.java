package uk.gov.childprotection.conference;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildProtectionCase;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.ConflictException;
import uk.gov.childprotection.common.NotFoundException;
import uk.gov.childprotection.common.Problems;

/**
 * The child's own views before their conference: recorded by the social worker or the conference team as they
 * arrive (My Conference Pack, a wishes and feelings form, what the child told their advocate), shown to the Chair
 * in the conference's form, and kept in the record, whether or not the child comes.
 */
@Service
@Transactional
public class ChildViewsService {

    public record NewViews(LocalDate receivedOn, ChildViews.How how, String views, boolean childAttending,
            String advocateName, LocalDate advocateMetOn) {
    }

    private final ChildViewsRepository views;
    private final ConferenceService conferences;
    private final Today today;

    ChildViewsService(ChildViewsRepository views, ConferenceService conferences, Today today) {
        this.views = views;
        this.conferences = conferences;
        this.today = today;
    }

    public ChildViews record(ChildProtectionCase aCase, Long conferenceId, NewViews given, String by) {
        Conference conference = conferences.get(conferenceId);
        if (!conference.getCaseId().equals(aCase.getId())) {
            throw new NotFoundException("Case " + aCase.getReference() + " has no conference " + conferenceId);
        }
        if (conference.getHeldDate() != null) {
            throw new ConflictException("The conference was held on "
                    + DeadlineService.longDate(conference.getHeldDate())
                    + ": the child's views were to be shared there; record later views for the next one");
        }
        Problems problems = new Problems();
        problems.check(!given.receivedOn().isAfter(today.date()), "receivedOn", "must not be in the future");
        problems.check(given.advocateMetOn() == null || !given.advocateMetOn().isAfter(today.date()),
                "advocateMetOn", "must not be in the future");
        problems.check(given.advocateMetOn() == null || given.advocateName() != null, "advocateName",
                "name the advocate who met the child");
        problems.throwIfAny();
        return views.save(new ChildViews(conferenceId, aCase.getId(), given.receivedOn(), given.how(),
                given.views().trim(), given.childAttending(), given.advocateName(), given.advocateMetOn(), by,
                today.now().toInstant()));
    }

    @Transactional(readOnly = true)
    public List<ChildViews> of(Long conferenceId) {
        return views.findByConferenceIdOrderById(conferenceId);
    }

    /** The views of every child of the meeting, for the Chair's form and the record, in words. */
    @Transactional(readOnly = true)
    public String summary(Long conferenceId) {
        StringBuilder text = new StringBuilder();
        for (Conference child : conferences.meeting(conferenceId)) {
            String name = conferences.caseOf(child).getChild().fullName();
            for (ChildViews v : of(child.getId())) {
                text.append("- **").append(name).append("**, ").append(v.getReceivedHow().label()).append(", ")
                        .append(DeadlineService.longDate(v.getReceivedOn()))
                        .append(v.isChildAttending() ? " (coming to the conference)" : " (not coming to the conference)")
                        .append(v.getAdvocateName() == null ? "" : "; met their advocate " + v.getAdvocateName()
                                + (v.getAdvocateMetOn() == null ? "" : " on " + DeadlineService.longDate(v.getAdvocateMetOn())))
                        .append(":\n  > ").append(v.getViews().replace("\n", "\n  > ")).append('\n');
            }
        }
        return text.isEmpty() ? "No views from the child have been recorded before the conference: ask how the "
                + "child's wishes and feelings were heard." : text.toString().trim();
    }

    /** Each view as the record lists it. */
    public record Shown(String child, String how, String receivedOn, boolean attending, String advocate,
            String views) {
    }

    @Transactional(readOnly = true)
    public List<Shown> shown(Long conferenceId) {
        return conferences.meeting(conferenceId).stream().flatMap(child -> of(child.getId()).stream()
                .map(v -> new Shown(conferences.caseOf(child).getChild().fullName(), v.getReceivedHow().label(),
                        DeadlineService.longDate(v.getReceivedOn()), v.isChildAttending(),
                        v.getAdvocateName() == null ? null : v.getAdvocateName()
                                + (v.getAdvocateMetOn() == null ? "" : ", who met them on "
                                + DeadlineService.longDate(v.getAdvocateMetOn())), v.getViews()))).toList();
    }
}
