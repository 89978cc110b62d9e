package uk.gov.childprotection.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.gov.childprotection.cases.ChildCaseService;
import uk.gov.childprotection.census.CensusCodes;
import uk.gov.childprotection.census.CensusService;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.security.AccessAudit;
import uk.gov.childprotection.security.CaseAccess;
import uk.gov.childprotection.security.Roles;
import uk.gov.childprotection.security.Staff;

/**
 * The census page of a case: the items the Children in Need census needs and the lifecycle does not hold, each
 * chosen from the DfE's codes shown in words, dates day / month / year; every problem beside its field and in a
 * summary, nothing typed lost; once saved, back to the case page.
 */
@Controller
class CensusPageController {

    private final CensusService census;
    private final CaseAccess access;
    private final ChildCaseService cases;
    private final Staff staff;

    CensusPageController(CensusService census, CaseAccess access, ChildCaseService cases, Staff staff) {
        this.census = census;
        this.access = access;
        this.cases = cases;
        this.staff = staff;
    }

    @GetMapping("/cases/{reference}/census")
    String page(@PathVariable String reference, Model model) {
        access.read(reference, AccessAudit.Action.READ_CASE);
        CensusService.CensusDetails d = census.of(reference);
        CensusForm form = new CensusForm();
        form.setUpn(blank(d.upn()));
        form.setUpnUnknown(blank(d.upnUnknown()));
        form.setEthnicity(blank(d.ethnicity()));
        form.setDisabilities(new java.util.ArrayList<>(d.disabilities()));
        UkDate death = UkDate.of(d.dateOfDeath());
        form.setDeathDay(death.day());
        form.setDeathMonth(death.month());
        form.setDeathYear(death.year());
        form.setReferralSource(blank(d.referralSource()));
        form.setPrimaryNeed(blank(d.primaryNeed()));
        UkDate start = UkDate.of(d.assessmentStart());
        form.setStartDay(start.day());
        form.setStartMonth(start.month());
        form.setStartYear(start.year());
        UkDate authorised = UkDate.of(d.assessmentAuthorised());
        form.setAuthorisedDay(authorised.day());
        form.setAuthorisedMonth(authorised.month());
        form.setAuthorisedYear(authorised.year());
        form.setAssessmentFactors(new java.util.ArrayList<>(d.assessmentFactors()));
        return show(model, reference, form, Map.of(), false);
    }

    @PostMapping("/cases/{reference}/census")
    String save(@PathVariable String reference, @ModelAttribute("form") CensusForm form, Model model) {
        access.change(reference);
        Map<String, String> errors = new LinkedHashMap<>();
        UkDate.Read death = optional(form.dateOfDeath(), "the date of death", "dateOfDeath", errors);
        UkDate.Read start = optional(form.assessmentStart(), "the date the assessment started", "assessmentStart",
                errors);
        UkDate.Read authorised = optional(form.assessmentAuthorised(), "the date the assessment was authorised",
                "assessmentAuthorised", errors);
        if (!errors.isEmpty()) {
            return show(model, reference, form, errors, false);
        }
        try {
            census.record(reference, new CensusService.CensusDetails(form.getUpn(), form.getUpnUnknown(),
                    form.getEthnicity(), form.getDisabilities(), death.date(), form.getReferralSource(),
                    form.getPrimaryNeed(), start.date(), authorised.date(), form.getAssessmentFactors()),
                    staff.currentUser());
        } catch (InvalidSubmissionException refused) {
            return show(model, reference, form, refused.fieldErrors(), false);
        }
        return show(model, reference, form, Map.of(), true);
    }

    /** A date that may be left empty: none when all three boxes are, its problem when only some are. */
    private static UkDate.Read optional(UkDate typed, String what, String field, Map<String, String> errors) {
        if (typed.isEmpty()) {
            return new UkDate.Read(null, null);
        }
        UkDate.Read read = typed.read(what);
        if (read.problem() != null) {
            errors.put(field, read.problem());
        }
        return read;
    }

    private String show(Model model, String reference, CensusForm form, Map<String, String> errors, boolean saved) {
        var c = cases.get(reference);
        model.addAttribute("reference", reference);
        model.addAttribute("childName", c.getChild().fullName());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        // Only the case's social worker or team manager records the items (SecurityConfig); others read them.
        String user = staff.currentUser();
        model.addAttribute("mayChange", user != null && (staff.isMember(user, Roles.SOCIAL_WORKERS)
                || staff.isMember(user, Roles.TEAM_MANAGERS)));
        model.addAttribute("upnUnknownCodes", List.of(CensusCodes.UpnUnknown.values()));
        model.addAttribute("ethnicities", List.of(CensusCodes.Ethnicity.values()));
        model.addAttribute("disabilityCodes", List.of(CensusCodes.Disability.values()));
        model.addAttribute("referralSources", List.of(CensusCodes.ReferralSource.values()));
        model.addAttribute("primaryNeeds", List.of(CensusCodes.PrimaryNeed.values()));
        model.addAttribute("factorCodes", List.of(CensusCodes.AssessmentFactor.values()));
        return "pages/census";
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
