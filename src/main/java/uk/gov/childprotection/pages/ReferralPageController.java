package uk.gov.childprotection.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.childprotection.calendar.Today;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.cases.FamilyReferral;
import uk.gov.childprotection.cases.Gender;
import uk.gov.childprotection.cases.NewReferral;
import uk.gov.childprotection.cases.ReferralSource;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.security.Staff;

/**
 * The referral page: a household's children as rows a person adds and removes, each date as day, month and
 * year, every problem in words beside its field and in a summary at the top, nothing typed lost on a refusal;
 * and, once sent, each child's new case reference with a link to their case page.
 */
@Controller
class ReferralPageController {

    private static final Pattern CHILD_FIELD = Pattern.compile("children\\[(\\d+)]\\.?(\\w*)");
    /** Rows a page holds at once: more children are a second referral to the same household (said, not silent). */
    static final int MOST_CHILDREN = 20;

    private final ChildCaseService cases;
    private final Staff staff;
    private final Today today;

    ReferralPageController(ChildCaseService cases, Staff staff, Today today) {
        this.cases = cases;
        this.staff = staff;
        this.today = today;
    }

    @GetMapping("/referrals/new")
    String blank(Model model) {
        ReferralForm form = new ReferralForm();
        UkDate now = UkDate.of(today.date());
        form.setReferralDay(now.day());
        form.setReferralMonth(now.month());
        form.setReferralYear(now.year());
        return show(model, form, Map.of());
    }

    @PostMapping("/referrals/new")
    String submitted(@ModelAttribute("form") ReferralForm form, @RequestParam(defaultValue = "send") String action,
            Model model) {
        if (action.equals("add")) {
            if (form.getChildren().size() < MOST_CHILDREN) {
                form.getChildren().add(new ReferralForm.ChildRow());
            }
            return show(model, form, form.getChildren().size() >= MOST_CHILDREN ? Map.of("children",
                    "A referral names at most " + MOST_CHILDREN + " children: refer the others to the same household "
                            + "in a second referral") : Map.of());
        }
        if (action.startsWith("remove-")) {
            int row = Integer.parseInt(action.substring("remove-".length()));
            if (row >= 0 && row < form.getChildren().size() && form.getChildren().size() > 1) {
                form.getChildren().remove(row);
            }
            return show(model, form, Map.of());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        UkDate.Read referred = form.referralDate().read("the date the referral was received");
        if (referred.problem() != null) {
            errors.put("referralDate", referred.problem());
        }
        List<NewReferral.ChildDetails> children = new java.util.ArrayList<>();
        for (int i = 0; i < form.getChildren().size(); i++) {
            ReferralForm.ChildRow row = form.getChildren().get(i);
            UkDate.Read born = row.dateOfBirth().read("child " + (i + 1) + "'s date of birth");
            if (born.problem() != null) {
                errors.put("children[" + i + "].dateOfBirth", born.problem());
            }
            Gender gender = row.getGender().isBlank() ? null : Gender.valueOf(row.getGender());
            children.add(new NewReferral.ChildDetails(row.getGivenName(), row.getFamilyName(), born.date(), gender,
                    form.getAddress(), null));
        }
        ReferralSource source = form.getReferralSource().isBlank() ? null
                : ReferralSource.valueOf(form.getReferralSource());
        if (!errors.isEmpty()) {
            return show(model, form, errors);
        }
        String me = staff.currentUser();
        boolean socialWorker = staff.isMember(me, Roles.SOCIAL_WORKERS);
        try {
            var opened = cases.openFamilyCases(new FamilyReferral(null, children, referred.date(), source,
                    form.getConcerns(), List.of(), socialWorker ? me : null, socialWorker ? null : me, null,
                    List.of()));
            model.addAttribute("opened", opened.cases().stream().map(c -> Map.of("reference", c.getReference(),
                    "child", c.getChild().fullName())).toList());
            return "pages/referral-sent";
        } catch (InvalidSubmissionException refused) {
            Map<String, String> inWords = new LinkedHashMap<>();
            refused.fieldErrors().forEach((field, message) -> inWords.put(field, inWords(field, message)));
            return show(model, form, inWords);
        }
    }

    /** The service's refusal as the page says it, naming the child by their place. */
    static String inWords(String field, String message) {
        Matcher child = CHILD_FIELD.matcher(field);
        if (child.matches()) {
            int n = Integer.parseInt(child.group(1)) + 1;
            return switch (child.group(2)) {
                case "givenName" -> "Enter child " + n + "'s first name";
                case "familyName" -> "Enter child " + n + "'s family name";
                case "gender" -> "Choose child " + n + "'s gender";
                case "dateOfBirth" -> "Child " + n + "'s date of birth " + message;
                default -> "Child " + n + ": " + message;
            };
        }
        return switch (field) {
            case "referralDate" -> "The date the referral was received " + message;
            case "referralSource" -> "Choose who made the referral";
            case "concerns" -> message.equals("is required") ? "Write the concerns" : "The concerns " + message;
            default -> message;
        };
    }

    private String show(Model model, ReferralForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("genders", Gender.values());
        return "pages/referral";
    }

    /** The label a person reads for each choice. */
    static String label(Enum<?> choice) {
        return switch (choice.name()) {
            case "LOCAL_AUTHORITY" -> "Local authority service";
            case "INDIVIDUAL" -> "Family member or member of the public";
            case "NOT_KNOWN" -> "Not known";
            default -> choice.name().charAt(0) + choice.name().substring(1).toLowerCase().replace('_', ' ');
        };
    }

    @ModelAttribute("labels")
    LabelOf labels() {
        return new LabelOf();
    }

    /** For the template. */
    static final class LabelOf {
        public String of(Enum<?> choice) {
            return label(choice);
        }
    }
}
