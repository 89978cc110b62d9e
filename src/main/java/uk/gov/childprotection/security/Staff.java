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

    /**
     * The members of a group as a form's choices, by name: [{"label": "Chris Chair", "value": "chris.chair"}], for
     * a Tasklist select (its {@code valuesKey}), so a role is chosen from who can hold it, never typed as a user id.
     */
    public java.util.List<java.util.Map<String, String>> choicesOf(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc().orderByUserFirstName()
                .asc().list().stream()
                .map(u -> java.util.Map.of("label", (u.getFirstName() + " " + u.getLastName()).trim(),
                        "value", u.getId()))
                .toList();
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

    /** How to reach a member of staff, as letters print it: their name, work email and work phone, when known. */
    public record Contact(String userId, String name, String email, String phone) {
    }

    /** The staff directory's user-info key for a work phone number (Camunda keeps the email on the user). */
    static final String PHONE = "phone";

    /** Their name, email (from their Camunda user) and phone (the staff directory); blanks are none. */
    public Contact contact(String userId) {
        if (userId == null) {
            return null;
        }
        var user = identity.createUserQuery().userId(userId).singleResult();
        String email = user == null ? null : blankToNull(user.getEmail());
        String phone = user == null ? null : blankToNull(identity.getUserInfo(userId, PHONE));
        return new Contact(userId, displayName(userId), email, phone);
    }

    /** Records (or, given none, removes) the work phone number of an existing member of staff. */
    public void setPhone(String userId, String phone) {
        if (blankToNull(phone) == null) {
            identity.deleteUserInfo(userId, PHONE);
        } else {
            identity.setUserInfo(userId, PHONE, phone.trim());
        }
    }

    public boolean exists(String userId) {
        return userId != null && identity.createUserQuery().userId(userId).count() > 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The signed-in user completing a task or calling the engine, if any. */
    public String currentUser() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
