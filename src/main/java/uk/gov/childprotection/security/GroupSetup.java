package uk.gov.childprotection.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the role groups at start-up in every profile; a restart finds them and changes nothing. */
@Component
@Order(0)
public class GroupSetup implements ApplicationRunner {

    private final IdentityService identity;

    public GroupSetup(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        Roles.GROUPS.forEach((id, name) -> {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                Group group = identity.newGroup(id);
                group.setName(name);
                group.setType(Roles.ADMINISTRATORS.equals(id) ? "SYSTEM" : "WORKFLOW");
                identity.saveGroup(group);
            }
        });
    }
}
