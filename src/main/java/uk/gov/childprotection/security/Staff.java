package uk.gov.childprotection.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who the people in a case are, from Camunda's identity service (the one store of users and groups). */
@Component
public class Staff {

    private final IdentityService identity;

    public Staff(IdentityService identity) {
        this.identity = identity;
    }

    public boolean isMember(String userId, String groupId) {
        return userId != null
                && identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

    /** The ids of the user's groups: their roles, as the engine's authorisations and the API's checks read them. */
    public java.util.List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    }

    /** Signs the user in to the engine, with their groups, for what follows on this thread. */
    public void signIn(String userId) {
        identity.setAuthentication(userId, groupsOf(userId));
    }

    /** "First Last", or the id itself for someone not (or no longer) in the identity store. */
    public String displayName(String userId) {
        if (userId == null) {
            return "";
        }
        var user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    }

    /** The signed-in user completing a task or calling the engine, if any. */
    public String currentUser() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
