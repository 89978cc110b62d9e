package uk.gov.childprotection.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/** Service task "Close the case": no further action after assessment (census RC8). */
@Component("closeCaseNoFurtherAction")
class CloseCaseDelegate implements JavaDelegate {

    private final ChildCaseService cases;

    CloseCaseDelegate(ChildCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.close(ProcessVariables.caseReference(execution), ClosureReason.RC8);
    }
}
