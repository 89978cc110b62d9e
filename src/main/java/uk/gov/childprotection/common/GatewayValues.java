package uk.gov.childprotection.common;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Guards a decision gateway, which has no default flow: a decision that is missing or matches none of the
 * gateway's flows stops the case there with a plain message, instead of a default flow taking the most final
 * path (closing the case, ending the plan). The gateway is {@code camunda:asyncBefore}, so the failure is a job
 * whose retries run out into an incident in Cockpit, and no one's task completion fails with it. In BPMN, as
 * the gateway's start listener:
 * {@code ${gatewayValues.expect(execution, 'referralOutcome', 'INITIAL_CONFERENCE CHILD_IN_NEED NO_FURTHER_ACTION')}}
 */
@Component("gatewayValues")
public class GatewayValues {

    public void expect(DelegateExecution execution, String variable, String allowed) {
        List<String> values = Arrays.asList(allowed.trim().split("[\\s,]+"));
        Object value = execution.getVariable(variable);
        if (value == null || !values.contains(String.valueOf(value))) {
            String where = execution.getCurrentActivityName() == null ? execution.getCurrentActivityId()
                    : "\"" + execution.getCurrentActivityName() + "\"";
            throw new ProcessEngineException("Case " + execution.getProcessBusinessKey() + " stopped at " + where
                    + ": the decision " + variable + " is " + (value == null ? "missing" : "'" + value + "'")
                    + ", and the diagram has a path only for " + String.join(", ", values)
                    + ". Correct the decision (set the variable) and retry the job.");
        }
    }
}
