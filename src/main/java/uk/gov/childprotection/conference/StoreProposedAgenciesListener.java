package uk.gov.childprotection.conference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * End of "Propose agencies to invite": keeps the invitation table's proposal on the conference, where the
 * administrator's invitation form picks it up, and removes the result variable from the process.
 */
@Component("storeProposedAgencies")
class StoreProposedAgenciesListener implements ExecutionListener {

    static final String RESULT = "proposedAgencies";

    private final ConferenceService conferences;

    StoreProposedAgenciesListener(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        List<String> agencies = new ArrayList<>();
        if (execution.getVariable(RESULT) instanceof Collection<?> result) {
            result.forEach(agency -> agencies.add(String.valueOf(agency)));
        }
        conferences.proposeAgencies(ProcessVariables.conferenceId(execution), agencies);
        execution.removeVariable(RESULT);
    }
}
