package uk.gov.childprotection.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.childprotection.ChildProtectionApplication;
import uk.gov.childprotection.cases.CaseRepository;

/**
 * A start without the demo, with no profile (a jar started as it is) and with the production profile (postgres), on
 * an empty database: it refuses to start without its first administrator, or with a password the password policy
 * refuses, saying what to set; given one, it creates that administrator, the role groups and their authorisations
 * and nothing else (no demo users, no demo cases); started again, it changes nothing (its cookies:
 * SecureCookiesIT). (An in-memory database stands in for the H2 file and for PostgreSQL here; .ci/run runs the
 * rest of the tests against PostgreSQL itself.)
 */
class ProductionStartIT {

    private static final String PASSWORD = "Kettle-Harbour-42";

    private static ConfigurableApplicationContext start(String database, String... settings) {
        return start(new String[] {"postgres"}, database, settings);
    }

    private static ConfigurableApplicationContext start(String[] profiles, String database, String... settings) {
        String[] common = {
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.job-execution.enabled=false", "--server.port=0",
                "--logging.level.root=ERROR",
                // Closing a context with the webapps clears their static runtime (Cockpit, Tasklist, Admin) for
                // every context in the JVM, the tests' cached ones too; these starts have no need of them.
                "--camunda.bpm.webapp.enabled=false",
                // Process coverage belongs to the process tests.
                "--spring.autoconfigure.exclude=org.camunda.community.process_test_coverage"
                        + ".spring_test.platform7.ProcessEngineCoverageConfiguration"};
        String[] args = new String[common.length + settings.length];
        System.arraycopy(common, 0, args, 0, common.length);
        System.arraycopy(settings, 0, args, common.length, settings.length);
        return new SpringApplicationBuilder(ChildProtectionApplication.class).profiles(profiles).run(args);
    }

    @Test
    void withoutAProfileOrAnAdministratorItStopsAndSaysWhatToSet() {
        assertThatThrownBy(() -> start(new String[0], "no-admin-" + UUID.randomUUID(), "--cpc.admin.user=",
                "--cpc.admin.password="))
                .hasStackTraceContaining("There is no administrator yet. Set CPC_ADMIN_USER and CPC_ADMIN_PASSWORD");
    }

    @Test
    void anAdministratorsPasswordThePolicyRefusesStopsItAndSaysWhy() {
        assertThatThrownBy(() -> start("weak-admin-" + UUID.randomUUID(), "--cpc.admin.user=first.admin",
                "--cpc.admin.password=s3cret-first"))
                .hasStackTraceContaining("CPC_ADMIN_PASSWORD does not meet the password policy: it must have at "
                        + "least 10 characters, a lower-case letter, an upper-case letter, a digit and a special "
                        + "character, and must not contain the user name, first name, last name or email");
    }

    @Test
    void withoutAProfileThereAreNoDemoUsersOrCases() {
        try (ConfigurableApplicationContext plain = start(new String[0], "plain-" + UUID.randomUUID(),
                "--cpc.admin.user=first.admin", "--cpc.admin.password=" + PASSWORD)) {
            assertThat(plain.getEnvironment().getActiveProfiles()).isEmpty();
            IdentityService identity = plain.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("first.admin");
            assertThat(identity.checkPassword("first.admin", PASSWORD)).isTrue();
            assertThat(plain.getBean(CaseRepository.class).count()).as("no demo cases").isZero();
        }
    }

    @Test
    void itCreatesItsAdministratorAndNoDemoUsersOrCasesAndARestartChangesNothing() {
        String database = "with-admin-" + UUID.randomUUID();
        long users;
        long groups;
        long memberships;
        long grants;
        try (ConfigurableApplicationContext first = start(database, "--cpc.admin.user=first.admin",
                "--cpc.admin.password=" + PASSWORD)) {
            IdentityService identity = first.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("first.admin");
            assertThat(identity.createUserQuery().userId("first.admin").memberOfGroup(Roles.ADMINISTRATORS).count())
                    .isEqualTo(1);
            assertThat(identity.checkPassword("first.admin", PASSWORD)).isTrue();
            assertThat(identity.createGroupQuery().list()).extracting(g -> g.getId())
                    .containsExactlyInAnyOrderElementsOf(Roles.GROUPS.keySet());
            assertThat(first.getBean(CaseRepository.class).count()).as("no demo cases").isZero();
            users = identity.createUserQuery().count();
            groups = identity.createGroupQuery().count();
            memberships = identity.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).count();
            grants = first.getBean(AuthorizationService.class).createAuthorizationQuery().count();
            assertThat(grants).as("the roles' authorisations").isPositive();
        }
        // Started again on the same database, without the variables (an administrator exists) and with them.
        for (String[] settings : new String[][] {{"--cpc.admin.user=", "--cpc.admin.password="},
                {"--cpc.admin.user=first.admin", "--cpc.admin.password=Another-Password-7"}}) {
            try (ConfigurableApplicationContext again = start(database, settings)) {
                IdentityService identity = again.getBean(IdentityService.class);
                assertThat(identity.createUserQuery().count()).isEqualTo(users);
                assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
                assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).count()).isEqualTo(memberships);
                assertThat(again.getBean(AuthorizationService.class).createAuthorizationQuery().count())
                        .as("no authorisation added twice").isEqualTo(grants);
                assertThat(identity.checkPassword("first.admin", PASSWORD)).as("never reset here").isTrue();
            }
        }
    }
}
