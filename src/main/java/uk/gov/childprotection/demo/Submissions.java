package uk.gov.childprotection.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What the Camunda Forms submit for each task, field for field (dates as ISO strings, checklists and dynamic
 * lists as JSON). The demo data walks its cases with these, and the tests start from them; each returns a
 * mutable map, so a caller can change or remove a field.
 */
public final class Submissions {

    private Submissions() {
    }

    public static Object json(Object value) {
        return SpinValues.jsonValue(Spin.JSON(value)).create();
    }

    public static Map<String, Object> referral(String givenName, String familyName, LocalDate dateOfBirth,
            LocalDate referralDate, String... circumstances) {
        Map<String, Object> form = new HashMap<>();
        form.put("childGivenName", givenName);
        form.put("childFamilyName", familyName);
        form.put("childDateOfBirth", dateOfBirth.toString());
        form.put("childGender", "NOT_KNOWN");
        form.put("childAddress", "1 Example Road, Oxford OX1 1AA");
        form.put("referralDate", referralDate.toString());
        form.put("referralSource", "SCHOOL");
        form.put("concerns", "Bruising seen on the child's arms at school; the child said they were afraid to go home.");
        form.put("circumstances", json(Arrays.asList(circumstances)));
        return form;
    }

    public static Map<String, Object> strategyDiscussion(LocalDate date, String decision) {
        Map<String, Object> form = new HashMap<>();
        form.put("strategyDiscussionDate", date.toString());
        form.put("socialCareParticipant", "Sam Worker (social worker), Tess Manager (team manager)");
        form.put("policeParticipant", "DC Jo Bloggs, child abuse investigation team");
        form.put("healthParticipant", "Dr Amal Shah, named doctor for safeguarding");
        form.put("otherParticipants", "Mrs P Green, designated safeguarding lead at the school");
        form.put("strategyDecision", decision);
        form.put("decisionRationale", "Reasonable cause to suspect the child is suffering significant harm.");
        return form;
    }

    public static Map<String, Object> section47Findings(LocalDate childSeen, LocalDate completed, String outcome) {
        Map<String, Object> form = new HashMap<>();
        form.put("childSeenDate", childSeen.toString());
        form.put("findings", "The child was seen alone at school and at home. Injuries consistent with the account.");
        form.put("section47Outcome", outcome);
        form.put("enquiryCompletedDate", completed.toString());
        return form;
    }

    public static Map<String, Object> authorisation(String decision, String comments) {
        Map<String, Object> form = new HashMap<>();
        form.put("authorisation", decision);
        if (comments != null) {
            form.put("managerComments", comments);
        }
        return form;
    }

    public static Map<String, Object> booking(LocalDate date, String chair) {
        Map<String, Object> form = new HashMap<>();
        form.put("conferenceDate", date.toString());
        form.put("conferenceTime", "10:00");
        form.put("venue", "Room 2, County Hall");
        form.put("onlineLink", "");
        form.put("chair", chair);
        return form;
    }

    public static Map<String, Object> invitations(String... agencies) {
        Map<String, Object> form = new HashMap<>();
        form.put("invitedAgencies", json(Arrays.asList(agencies)));
        parent(form, 1, "Alex Example", "MOTHER", "Polish");
        parent(form, 2, "Jordan Example", "FATHER", "");
        form.put("childInvited", true);
        form.put("childAdvocate", true);
        form.put("namedProfessionals", "Mrs P Green, School, p.green@school.example");
        return form;
    }

    /** Fills the form's parent or carer slot {@code n} (1 to 3). */
    public static void parent(Map<String, Object> form, int n, String name, String relationship,
            String interpreter) {
        String slot = "parent" + n;
        form.put(slot + "Name", name);
        form.put(slot + "Relationship", relationship);
        form.put(slot + "ParentalResponsibility", true);
        form.put(slot + "Email", name.toLowerCase().replace(' ', '.') + "@example.org");
        form.put(slot + "InterpreterLanguage", interpreter);
        form.put(slot + "NeedsSigner", false);
        form.put(slot + "NeedsAdvocate", false);
        form.put(slot + "AccessibleRoom", false);
        form.put(slot + "LargePrint", false);
    }

    public static Map<String, Object> reportShared(LocalDate date) {
        Map<String, Object> form = new HashMap<>();
        form.put("reportSharedDate", date.toString());
        form.put("reportSharedHow", "IN_PERSON");
        form.put("parentsViewsOnReport", "The parents disagree with parts of the chronology.");
        return form;
    }

    public static Map<String, Object> chairContact(LocalDate date) {
        Map<String, Object> form = new HashMap<>();
        form.put("parentsContactedDate", date.toString());
        form.put("contactNotes", "Explained the conference; mother asked for a Polish interpreter.");
        form.put("exclusionRequested", false);
        return form;
    }

    public static Map<String, Object> agencyReports(String... received) {
        Map<String, Object> form = new HashMap<>();
        form.put("reportsReceived", json(Arrays.asList(received)));
        form.put("reportsSharedWithFamily", json(Arrays.asList(received)));
        return form;
    }

    /** A quorate conference's record with the given decision (and, for a plan, the given categories). */
    public static Map<String, Object> conferenceRecord(LocalDate held, String decision, String leadSocialWorker,
            LocalDate reviewDate, String... categories) {
        Map<String, Object> form = new HashMap<>();
        form.put("conferenceHeldDate", held.toString());
        form.put("agenciesAttended", json(List.of("SOCIAL_CARE", "POLICE", "SCHOOL", "GP")));
        form.put("parentsAttended", true);
        form.put("childAttended", false);
        form.put("confidentialPart", false);
        form.put("proceedInquorate", false);
        form.put("conferenceDecision", decision);
        if (!"RELIST".equals(decision)) {
            form.put("dangerStatements", "Children's social care and the police are worried that the child will be "
                    + "hurt again if the adults' arguments continue.");
            form.put("workingWell", "The child attends school every day and has a good relationship with the grandmother.");
            form.put("worries", "Unexplained bruising; the child's fear of going home.");
            form.put("complicatingFactors", "The father's drinking; the family has moved house three times.");
            form.put("childWishesAndFeelings", "The child told the advocate they want the shouting to stop.");
            form.put("safetyGoals", "The child lives free from violence, with adults who keep them safe.");
            form.put("scaling", "Social worker: 3\nMother: 6");
        }
        if ("CHILD_PROTECTION_PLAN".equals(decision)) {
            form.put("categories", json(Arrays.asList(categories)));
            form.put("leadSocialWorker", leadSocialWorker);
            form.put("reviewDate", reviewDate.toString());
            form.put("outlinePlan", "Parents to attend a domestic abuse programme; school to monitor attendance.");
            form.put("coreGroup", "Sam Worker, Lead social worker\nAlex Example, Mother\nMrs P Green, School");
        }
        return form;
    }

    /** One child's row of the Chair's record at a household's conference. */
    public static Map<String, Object> decisionRow(String caseReference, String decision, String leadSocialWorker,
            String... categories) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        row.put("caseReference", caseReference);
        row.put("decision", decision);
        row.put("categories", List.of(categories));
        if (leadSocialWorker != null) {
            row.put("leadSocialWorker", leadSocialWorker);
        }
        row.put("wishesAndFeelings", "Told the social worker, in their own words, what they want to change at home.");
        return row;
    }

    /**
     * The Chair's record of a household's conference, as the form submits it: the family's assessment once (as
     * {@link #conferenceRecord}), one review date and core group, and a row per child with that child's decision.
     */
    public static Map<String, Object> householdRecord(LocalDate held, LocalDate reviewDate,
            List<Map<String, Object>> rows) {
        Map<String, Object> form = conferenceRecord(held, "CHILD_PROTECTION_PLAN", null, reviewDate);
        for (String oneChild : List.of("conferenceDecision", "categories", "leadSocialWorker",
                "childWishesAndFeelings")) {
            form.remove(oneChild);
        }
        form.put("children", json(rows));
        return form;
    }

    public static Map<String, Object> delay(String reason) {
        Map<String, Object> form = new HashMap<>();
        form.put("delayReason", reason);
        return form;
    }
}
