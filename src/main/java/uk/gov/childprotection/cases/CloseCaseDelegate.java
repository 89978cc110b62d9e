package uk.gov.childprotection.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.childprotection.common.ProcessVariables;

/**
 * Service task "Close the case": no further action, after the strategy discussion, the Section 47 enquiry or a
 * conference. The census reason follows what the episode holds ({@link CensusClosure}).
 */
@Component("closeCaseNoFurtherAction")
class CloseCaseDelegate implements JavaDelegate {

    private final ChildCaseService cases;
    private final CensusClosure census;

    CloseCaseDelegate(ChildCaseService cases, CensusClosure census) {
        this.cases = cases;
        this.census = census;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ChildProtectionCase aCase = cases.get(ProcessVariables.caseReference(execution));
        cases.close(aCase.getReference(), census.forNoFurtherAction(aCase));
    }
}
