package uk.gov.childprotection.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Everywhere but the demo (no profile, or postgres) there are no demo users: the first administrator comes from
 * CPC_ADMIN_USER and CPC_ADMIN_PASSWORD (settings cpc.admin.user and cpc.admin.password) and then manages
 * everyone else in Camunda Admin. Until an administrator exists, start-up stops without them, or with a password
 * the password policy refuses. An existing user is never changed here, so a restart with the variables still set
 * changes nothing. The password is never logged. The tests' own users need no administrator
 * ({@code cpc.admin.required: false} in their profile).
 */
@Component
@Profile("!demo")
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private final IdentityService identity;
    private final String user;
    private final String password;
    private final boolean required;

    FirstAdministrator(IdentityService identity, @Value("${cpc.admin.user:}") String user,
            @Value("${cpc.admin.password:}") String password, @Value("${cpc.admin.required:true}") boolean required) {
        this.identity = identity;
        this.user = user;
        this.password = password;
        this.required = required;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean anAdministratorExists = identity.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).count() > 0;
        if (user.isBlank() || password.isBlank()) {
            if (anAdministratorExists || !required) {
                return;
            }
            throw new IllegalStateException("There is no administrator yet. Set CPC_ADMIN_USER and "
                    + "CPC_ADMIN_PASSWORD (the first administrator, who then adds everyone else in Camunda Admin) "
                    + "and start again.");
        }
        if (identity.createUserQuery().userId(user).count() == 0) {
            User admin = identity.newUser(user);
            admin.setFirstName("System");
            admin.setLastName("Administrator");
            PasswordPolicy policy = identity.getPasswordPolicy();
            if (policy != null && !identity.checkPasswordAgainstPolicy(policy, password, admin).isValid()) {
                throw new IllegalStateException("CPC_ADMIN_PASSWORD does not meet the password policy: it "
                        + AccountIdentityService.requirements(policy) + " (the first administrator is named "
                        + "System Administrator). Set a password that does and start again.");
            }
            admin.setPassword(password);
            identity.saveUser(admin);
        }
        if (identity.createUserQuery().userId(user).memberOfGroup(Roles.ADMINISTRATORS).count() == 0) {
            identity.createMembership(user, Roles.ADMINISTRATORS);
        }
    }
}
