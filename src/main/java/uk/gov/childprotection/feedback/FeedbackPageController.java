package uk.gov.childprotection.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.childprotection.cases.DeadlineService;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.common.Problems;

/**
 * The feedback page a parent or child opens from their letter, without signing in: the link's secret is the
 * key, it answers once, and the page shows nothing of the case but the kind of conference and its day.
 */
@Controller
class FeedbackPageController {

    private static final Map<String, String> CHOICES = Map.of("YES", "Yes", "PARTLY", "Partly", "NO", "No");

    private final FeedbackService feedback;
    private final uk.gov.childprotection.documents.CouncilSettings council;

    FeedbackPageController(FeedbackService feedback, uk.gov.childprotection.documents.CouncilSettings council) {
        this.feedback = feedback;
        this.council = council;
    }

    @GetMapping("/feedback/{token}")
    String show(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        FeedbackService.Link link = feedback.link(token);
        return page(token, link, Map.of(), Map.of(), false, model, response);
    }

    @PostMapping("/feedback/{token}")
    String send(@PathVariable String token, @RequestParam Map<String, String> form, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        FeedbackService.Link link = feedback.link(token);
        if (link.state() != FeedbackService.LinkState.OPEN) {
            return page(token, link, Map.of(), Map.of(), true, model, response);
        }
        Map<String, String> choices = new LinkedHashMap<>();
        FeedbackService.QUESTIONS.keySet().forEach(q -> choices.put(q, form.get(q)));
        try {
            feedback.answer(token, new FeedbackService.Answers(choices, form.get("wentWell"),
                    form.get("couldBeBetter")), new Problems());
        } catch (InvalidSubmissionException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(token, link, e.fieldErrors(), form, true, model, response);
        }
        String view = page(token, link, Map.of(), Map.of(), true, model, response);
        model.addAttribute("state", "THANKS");
        return view;
    }

    private String page(String token, FeedbackService.Link link, Map<String, String> errors,
            Map<String, String> given, boolean posted, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (link.state() == FeedbackService.LinkState.UNKNOWN) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        } else if (link.state() == FeedbackService.LinkState.CLOSED) {
            response.setStatus(HttpStatus.GONE.value());
        } else if (link.state() == FeedbackService.LinkState.ANSWERED && posted) {
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("state", link.state().name());
        model.addAttribute("token", token);
        model.addAttribute("council", council.name());
        model.addAttribute("phone", council.phone());
        model.addAttribute("errors", errors);
        model.addAttribute("given", given);
        model.addAttribute("child", link.child());
        model.addAttribute("questions", link.questions());
        model.addAttribute("choices", orderedChoices());
        model.addAttribute("conferenceType", link.conferenceType());
        model.addAttribute("heldOn", link.heldOn() == null ? null : DeadlineService.longDate(link.heldOn()));
        model.addAttribute("openUntil", link.openUntil() == null ? null : DeadlineService.longDate(link.openUntil()));
        return "pages/feedback";
    }

    private static Map<String, String> orderedChoices() {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (FeedbackAnswer.Choice choice : FeedbackAnswer.Choice.values()) {
            ordered.put(choice.name(), CHOICES.get(choice.name()));
        }
        return ordered;
    }
}
