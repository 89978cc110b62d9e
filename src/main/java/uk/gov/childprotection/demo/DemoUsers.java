package uk.gov.childprotection.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.security.Roles;

/**
 * The demo's people, one or two per role; all sign in with the password {@value #PASSWORD}, which the password
 * policy would refuse: demo data, created past the policy, and only in the demo profile.
 */
@Component
@Profile("demo")
public class DemoUsers {

    public static final String PASSWORD = "demo";

    public record Person(String id, String firstName, String lastName, String group) {
    }

    public static final Person SOCIAL_WORKER = new Person("sam.worker", "Sam", "Worker", Roles.SOCIAL_WORKERS);
    public static final Person SECOND_SOCIAL_WORKER = new Person("sol.osei", "Sol", "Osei", Roles.SOCIAL_WORKERS);
    public static final Person TEAM_MANAGER = new Person("tess.manager", "Tess", "Manager", Roles.TEAM_MANAGERS);
    public static final Person ADMINISTRATOR = new Person("ada.admin", "Ada", "Admin",
            Roles.CONFERENCE_ADMINISTRATORS);
    public static final Person CHAIR = new Person("chris.chair", "Chris", "Chair", Roles.CHAIRS);
    public static final Person SECOND_CHAIR = new Person("priya.chair", "Priya", "Chair", Roles.CHAIRS);
    public static final Person SERVICE_MANAGER = new Person("sue.service", "Sue", "Service", Roles.SERVICE_MANAGERS);
    /** A police officer who writes the police's reports: sees only the conferences the police are invited to. */
    public static final Person POLICE_AGENCY_WORKER = new Person("pat.police", "Pat", "Police",
            Roles.AGENCY_WORKERS);
    public static final Person SYSTEM_ADMINISTRATOR = new Person("admin", "System", "Administrator",
            Roles.ADMINISTRATORS);

    public static final List<Person> ALL = List.of(SOCIAL_WORKER, SECOND_SOCIAL_WORKER, TEAM_MANAGER, ADMINISTRATOR,
            CHAIR, SECOND_CHAIR, SERVICE_MANAGER, POLICE_AGENCY_WORKER, SYSTEM_ADMINISTRATOR);

    private final IdentityService identity;
    private final uk.gov.childprotection.agencyreport.AgencyReportService agencyReports;

    public DemoUsers(IdentityService identity, uk.gov.childprotection.agencyreport.AgencyReportService agencyReports) {
        this.identity = identity;
        this.agencyReports = agencyReports;
    }

    /** Creates any demo user not there yet; a restart changes nothing. */
    public void ensure() {
        for (Person person : ALL) {
            if (identity.createUserQuery().userId(person.id()).count() == 0) {
                User user = identity.newUser(person.id());
                user.setFirstName(person.firstName());
                user.setLastName(person.lastName());
                user.setEmail(person.id() + "@council.example");
                user.setPassword(PASSWORD);
                ((IdentityServiceImpl) identity).saveUser(user, true);
                identity.createMembership(person.id(), person.group());
            }
            if (person.group().equals(Roles.AGENCY_WORKERS)) {
                continue; // not staff: no phone in the staff directory; their agency is set below
            }
            // The staff directory's work phone: Ofcom's numbers for drama (01632 960000 to 960999), never a real one.
            if (identity.getUserInfo(person.id(), "phone") == null) {
                identity.setUserInfo(person.id(), "phone", "01632 960" + String.format("%03d", ALL.indexOf(person) + 101));
            }
        }
        if (agencyReports.workers().isEmpty()) {
            agencyReports.tie(POLICE_AGENCY_WORKER.id(), uk.gov.childprotection.conference.Agency.POLICE, "demo");
        }
    }
}
