package uk.gov.childprotection.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Close the case": no further action after assessment (census RC8). */
@Component("closeCaseNoFurtherAction")
class CloseCaseDelegate implements JavaDelegate {

    private final ChildCaseService cases;

    CloseCaseDelegate(ChildCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.close((String) execution.getVariable(ChildCaseService.CASE_REFERENCE), ClosureReason.RC8);
    }
}
