package uk.gov.childprotection.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Camunda's own user store, with the rules of our accounts, applied inside the engine's commands so that they
 * hold whatever the door (the engine's REST API, the webapps' engine API, the Java API):
 * <ul>
 * <li>A user who is not an administrator may not change their own first name, last name or email (the name
 * records print as the author) nor delete their own account: refused as an {@link AuthorizationException}, which
 * both REST APIs answer with 403 and this message. Changing one's own password stays possible.</li>
 * <li>A new user's grant on their own account is READ and UPDATE, not Camunda's ALL (see
 * {@link OwnAccountGrants} for the users created before).</li>
 * <li>Every password check passes through the {@link SignInThrottle}, keyed by the calling client's address
 * and the user name: a refused pair fails without the password being looked at.</li>
 * </ul>
 */
class AccountIdentityProvider extends DbIdentityServiceProvider {

    static final Permission[] OWN_ACCOUNT = {Permissions.READ, Permissions.UPDATE};

    private final SignInThrottle throttle;

    AccountIdentityProvider(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        String address = clientAddress();
        if (throttle.refusedFor(address, userId).isPresent()) {
            return false;
        }
        boolean right = super.checkPassword(userId, password);
        if (right) {
            throttle.succeeded(address, userId);
        } else {
            throttle.failed(address, userId);
        }
        return right;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        if (user instanceof UserEntity entity && entity.getRevision() > 0 && isOwnAccountOfNonAdministrator(user.getId())) {
            UserEntity stored = findUserById(user.getId());
            if (stored != null && (!Objects.equals(stored.getFirstName(), user.getFirstName())
                    || !Objects.equals(stored.getLastName(), user.getLastName())
                    || !Objects.equals(stored.getEmail(), user.getEmail()))) {
                throw new AuthorizationException("You cannot change your own name or email: records show it as "
                        + "their author. Ask an administrator. You can change your password.");
            }
        }
        return super.saveUser(user);
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        if (isOwnAccountOfNonAdministrator(userId)) {
            throw new AuthorizationException("You cannot delete your own account. Ask an administrator.");
        }
        return super.deleteUser(userId);
    }

    @Override
    protected void createDefaultAuthorizations(UserEntity user) {
        if (isAuthorizationEnabled()) {
            AuthorizationEntity[] grants = getResourceAuthorizationProvider().newUser(user);
            if (grants != null) {
                for (AuthorizationEntity grant : grants) {
                    if (isOwnAccountGrant(grant, user.getId())) {
                        grant.setPermissions(OWN_ACCOUNT);
                    }
                }
            }
            saveDefaultAuthorizations(grants);
        }
    }

    /** The grant Camunda gives every user on their own account (ALL, by default). */
    static boolean isOwnAccountGrant(Authorization grant, String userId) {
        return grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                && grant.getResourceType() == Resources.USER.resourceType()
                && userId != null && userId.equals(grant.getUserId()) && userId.equals(grant.getResourceId());
    }

    private boolean isOwnAccountOfNonAdministrator(String userId) {
        Authentication signedIn = getCurrentAuthentication();
        return signedIn != null && userId != null && userId.equals(signedIn.getUserId())
                && !getAuthorizationManager().isCamundaAdmin(signedIn);
    }

    /** The address of the client whose request this is, or none outside a request (start-up, jobs, tests). */
    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
