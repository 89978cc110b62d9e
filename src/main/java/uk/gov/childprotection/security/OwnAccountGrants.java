package uk.gov.childprotection.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda gives every user ALL on their own account, so that they could rename or delete themselves. At every
 * start, each user's grant on their own account loses every permission but READ and UPDATE (reading the account
 * and changing the password: what {@link AccountIdentityProvider} gives new users); nothing is ever added, and a
 * grant already narrowed is left as it is, so a restart changes nothing.
 */
@Component
@Order(3)
class OwnAccountGrants implements ApplicationRunner {

    private final AuthorizationService authorizations;

    OwnAccountGrants(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Authorization grant : authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.USER).list()) {
            if (AccountIdentityProvider.isOwnAccountGrant(grant, grant.getUserId()) && allowsMore(grant)) {
                List<Permission> kept = new ArrayList<>();
                for (Permission permission : AccountIdentityProvider.OWN_ACCOUNT) {
                    if (grant.isPermissionGranted(permission)) {
                        kept.add(permission);
                    }
                }
                grant.setPermissions(kept.toArray(Permission[]::new));
                authorizations.saveAuthorization(grant);
            }
        }
    }

    /** Whether the grant allows anything but reading the account and changing it (the password). */
    private static boolean allowsMore(Authorization grant) {
        for (Permission permission : Permissions.values()) {
            if (permission != Permissions.NONE && permission != Permissions.READ && permission != Permissions.UPDATE
                    && grant.isPermissionGranted(permission)) {
                return true;
            }
        }
        return false;
    }
}
