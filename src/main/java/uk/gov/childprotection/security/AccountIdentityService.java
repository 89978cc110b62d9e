package uk.gov.childprotection.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's identity service, except that a password refused by the password policy is a
 * {@link BadUserRequestException} saying what the policy asks for, which both REST APIs answer with 400 (Camunda
 * itself throws a bare "Password does not match policy", a 500). The policy is Camunda's own, switched on by
 * {@code enable-password-policy}; the demo's and the tests' users are created with
 * {@code saveUser(user, true)}, which skips it.
 */
class AccountIdentityService extends IdentityServiceImpl {

    @Override
    public void saveUser(User user, boolean skipPasswordPolicy) {
        if (!skipPasswordPolicy && user instanceof UserEntity entity && entity.hasNewPassword()) {
            boolean refused = commandExecutor.execute(context ->
                    context.getProcessEngineConfiguration().isEnablePasswordPolicy()
                            && !entity.checkPasswordAgainstPolicy());
            if (refused) {
                throw new BadUserRequestException("The password does not meet the password policy: it "
                        + requirements(getPasswordPolicy()) + ".");
            }
        }
        super.saveUser(user, skipPasswordPolicy);
    }

    /** What the policy asks of a password, in words: "must have at least 10 characters, a digit, ...". */
    static String requirements(PasswordPolicy policy) {
        List<String> needs = new ArrayList<>();
        String userData = null;
        for (PasswordPolicyRule rule : policy == null ? List.<PasswordPolicyRule>of() : policy.getRules()) {
            Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
            switch (rule.getPlaceholder()) {
                case "PASSWORD_POLICY_LENGTH" -> needs.add("at least " + parameters.get("minLength") + " characters");
                case "PASSWORD_POLICY_LOWERCASE" -> needs.add(count(parameters.get("minLowerCase"), "lower-case letter"));
                case "PASSWORD_POLICY_UPPERCASE" -> needs.add(count(parameters.get("minUpperCase"), "upper-case letter"));
                case "PASSWORD_POLICY_DIGIT" -> needs.add(count(parameters.get("minDigit"), "digit"));
                case "PASSWORD_POLICY_SPECIAL" -> needs.add(count(parameters.get("minSpecial"), "special character"));
                case "PASSWORD_POLICY_USER_DATA" -> userData = "must not contain the user name, first name, last name or email";
                default -> needs.add(rule.getPlaceholder());
            }
        }
        StringBuilder message = new StringBuilder();
        if (!needs.isEmpty()) {
            message.append("must have ");
            for (int i = 0; i < needs.size(); i++) {
                message.append(i == 0 ? "" : i == needs.size() - 1 ? " and " : ", ").append(needs.get(i));
            }
        }
        if (userData != null) {
            message.append(needs.isEmpty() ? "" : ", and ").append(userData);
        }
        return message.toString();
    }

    private static String count(String minimum, String what) {
        if (minimum == null || "1".equals(minimum)) {
            return (what.startsWith("upper") ? "an " : "a ") + what;
        }
        return "at least " + minimum + " " + what + "s";
    }
}
