package uk.gov.childprotection.cases;

import uk.gov.childprotection.security.CaseAccess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ApplicationAuthority;
import uk.gov.childprotection.common.FormValues;
import uk.gov.childprotection.common.InvalidSubmissionException;
import uk.gov.childprotection.common.Problems;
import uk.gov.childprotection.common.RefusedSubmissionFilter;

/**
 * Start listener of the lifecycle: a case started from Tasklist's referral form is registered here, through
 * the same service as {@code POST /api/cases}, and takes the case reference as its business key. A case
 * started by the API already has its reference and passes straight through.
 */
@Component("openCaseFromReferralForm")
class OpenCaseFromReferralForm implements ExecutionListener {

    /** The API's field names, as the form calls them, so a refusal names the field the person sees. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "child", "childGivenName",
            "child.givenName", "childGivenName",
            "child.familyName", "childFamilyName",
            "child.dateOfBirth", "childDateOfBirth",
            "child.gender", "childGender",
            "child.expectedDateOfDelivery", "childExpectedDateOfDelivery",
            "transferIn.fromCouncil", "transferFromCouncil",
            "transferIn.notifiedDate", "transferNotifiedDate",
            "familyId", "siblingCaseReference");

    private static final List<String> SUBMITTED = List.of("childGivenName", "childFamilyName", "childDateOfBirth",
            "childExpectedDateOfDelivery", "transferIn",
            "childGender", "childAddress", "childFirstLanguage", "siblingCaseReference", "referralDate", "referralSource", "concerns",
            "circumstances", "socialWorker", "teamManager", "transferFromCouncil", "transferNotifiedDate");

    private static final String REFERRAL_FORM = "referral";

    private final ChildCaseService cases;
    private final CaseAccess access;

    OpenCaseFromReferralForm(ChildCaseService cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (ApplicationAuthority.active() || execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication() == null) {
            // Opened by POST /api/cases (or the engine's own work): the case exists, with its reference.
            if (execution.getVariable(ChildCaseService.CASE_REFERENCE) != null) {
                return;
            }
        }
        try {
            refuseCallersReference(execution);
            register(execution);
        } catch (InvalidSubmissionException refusal) {
            uk.gov.childprotection.common.FormFieldRules rules = uk.gov.childprotection.common.FormFieldRules
                    .ofForm(REFERRAL_FORM);
            if (rules != null) {
                refusal.labelled(rules::label);
            }
            RefusedSubmissionFilter.remember(refusal);
            throw refusal;
        }
    }

    /**
     * A person starting a case through an engine door (Tasklist's referral form, /engine-rest) never names the
     * case: the reference is the server's, so a start cannot join an existing child's record.
     */
    private static void refuseCallersReference(DelegateExecution execution) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (execution.getProcessBusinessKey() != null && !execution.getProcessBusinessKey().isBlank()) {
            errors.put("businessKey", "leave it empty: the case reference is given by the system");
        }
        if (execution.hasVariable(ChildCaseService.CASE_REFERENCE)) {
            errors.put(ChildCaseService.CASE_REFERENCE, "is given by the system and cannot be submitted");
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }

    /**
     * The household of the brother or sister named. Joining it is reading it: a case the person may not read
     * is refused as one that does not exist, so the form tells nothing about other teams' children.
     */
    private Long siblingsFamily(String siblingReference, Problems problems) {
        if (siblingReference == null) {
            return null;
        }
        ChildProtectionCase sibling = cases.find(siblingReference).orElse(null);
        boolean readable = false;
        if (sibling != null) {
            try {
                access.change(siblingReference);
                readable = true;
            } catch (org.springframework.security.access.AccessDeniedException refused) {
                readable = false;
            }
        }
        problems.check(readable, "siblingCaseReference",
                "there is no case " + siblingReference + " that you may see: check the reference");
        return readable ? sibling.getChild().getFamilyId() : null;
    }

    /**
     * Who the case is allocated to: as an API client names them, or else (the referral form no longer asks for user
     * ids) the person referring, as a social worker or a team manager, as the referral page does.
     */
    private static String allocated(DelegateExecution execution, FormValues form, boolean socialWorker) {
        String named = form.text(socialWorker ? "socialWorker" : "teamManager");
        if (named != null || form.text(socialWorker ? "teamManager" : "socialWorker") != null) {
            return named;
        }
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getGroupIds() == null) {
            return null;
        }
        String group = socialWorker ? uk.gov.childprotection.security.Roles.SOCIAL_WORKERS
                : uk.gov.childprotection.security.Roles.TEAM_MANAGERS;
        boolean isSocialWorker = authentication.getGroupIds().contains(
                uk.gov.childprotection.security.Roles.SOCIAL_WORKERS);
        return authentication.getGroupIds().contains(group) && (socialWorker || !isSocialWorker)
                ? authentication.getUserId() : null;
    }

    private void register(DelegateExecution execution) {
        Problems problems = new Problems();
        // Type, length and choices as the deployed referral form states them (common.FormFieldRules).
        uk.gov.childprotection.common.FormFieldRules rules = uk.gov.childprotection.common.FormFieldRules
                .ofForm(REFERRAL_FORM);
        if (rules != null) {
            rules.check(execution.getVariables(), problems);
            problems.throwIfAny();
        }
        FormValues form = FormValues.of(execution, problems);
        Long familyId = siblingsFamily(form.text("siblingCaseReference"), problems);
        NewReferral referral = new NewReferral(
                new NewReferral.ChildDetails(form.text("childGivenName"), form.text("childFamilyName"),
                        form.date("childDateOfBirth"), form.choice("childGender", Gender.class, "Gender"),
                        form.text("childAddress"), form.text("childFirstLanguage"),
                        form.date("childExpectedDateOfDelivery")),
                form.date("referralDate"), form.choice("referralSource", ReferralSource.class, "Referral source"),
                form.text("concerns"), form.choices("circumstances", Circumstance.class, "Circumstance"),
                allocated(execution, form, true), allocated(execution, form, false),
                form.flag("transferIn") ? new NewReferral.TransferIn(form.text("transferFromCouncil"),
                        form.date("transferNotifiedDate")) : null, familyId);
        problems.throwIfAny();
        ChildProtectionCase aCase;
        try {
            aCase = cases.register(referral);
        } catch (InvalidSubmissionException e) {
            Map<String, String> renamed = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> renamed.put(FORM_FIELDS.getOrDefault(field, field), message));
            throw new InvalidSubmissionException(renamed);
        }
        execution.setProcessBusinessKey(aCase.getReference());
        execution.removeVariables(SUBMITTED);
        // A date's day, month and year boxes (common.DayMonthYear) go with it.
        SUBMITTED.forEach(field -> execution.removeVariables(uk.gov.childprotection.common.DayMonthYear.fields(field)));
        execution.setVariable(ChildCaseService.CASE_REFERENCE, aCase.getReference());
        execution.setVariable(ChildCaseService.TRANSFER_IN, aCase.isTransferIn());
    }
}
