package uk.gov.childprotection.security;

import java.util.Map;

/** The user groups of DOMAIN.md ("Roles"), as Camunda group ids; BPMN candidate groups use these ids. */
public final class Roles {

    public static final String SOCIAL_WORKERS = "social-workers";
    public static final String TEAM_MANAGERS = "team-managers";
    public static final String CONFERENCE_ADMINISTRATORS = "conference-administrators";
    public static final String CHAIRS = "child-protection-chairs";
    public static final String SERVICE_MANAGERS = "service-managers";
    /**
     * People of a partner agency (police, health, school...) who write their agency's reports. Not staff: no
     * engine rights, no Tasklist, no case; only the conferences their agency is invited to (agencyreport).
     */
    public static final String AGENCY_WORKERS = "agency-workers";
    /** Camunda's own administrators group: manages users and groups in Admin. */
    public static final String ADMINISTRATORS = "camunda-admin";

    /** Group id to the name people see in Admin and Tasklist. */
    public static final Map<String, String> GROUPS = Map.of(
            SOCIAL_WORKERS, "Social workers",
            TEAM_MANAGERS, "Team managers",
            CONFERENCE_ADMINISTRATORS, "Conference administrators",
            CHAIRS, "Child Protection Chairs",
            SERVICE_MANAGERS, "Service managers",
            AGENCY_WORKERS, "Agency workers",
            ADMINISTRATORS, "Administrators");

    private Roles() {
    }
}
