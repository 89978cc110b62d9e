package uk.gov.childprotection.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** A dynamic list's rows, as Tasklist submits them (Json) or a client sends them (maps), and their refusals. */
class FormRowsTest {

    private static final String FORM = """
            {"components": [
              {"type": "textfield", "key": "title", "validate": {"maxLength": 10}},
              {"type": "dynamiclist", "path": "children", "components": [
                {"type": "textfield", "key": "caseReference", "validate": {"maxLength": 20}},
                {"type": "radio", "key": "decision", "validate": {"required": true},
                 "values": [{"value": "CHILD_IN_NEED"}, {"value": "NO_FURTHER_ACTION"}]}]}]}""";

    @Test
    void eachRowIsReadOnItsOwnAndItsProblemsAreNamedByRow() {
        Problems problems = new Problems();
        FormValues form = FormValues.of(Map.of("children", Spin.JSON("""
                [{"caseReference": "CP-2026-00001", "decision": "CHILD_IN_NEED"},
                 {"caseReference": "CP-2026-00002"}]""")), problems);
        List<FormValues> rows = form.rows("children");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text("caseReference")).isEqualTo("CP-2026-00001");
        rows.get(1).requiredText("decision", "The decision");
        assertThat(problems.fieldErrors()).containsOnlyKeys("children[1].decision");
    }

    @Test
    void theFormsRulesApplyToEveryRowAndNotToTheFormsOwnFields() {
        FormFieldRules rules = FormFieldRules.parse(FORM.getBytes());
        Problems problems = new Problems();
        rules.check(Map.of("title", "short", "decision", 7, "children", List.of(
                Map.of("caseReference", "CP-2026-00001", "decision", "CHILD_IN_NEED"),
                Map.of("caseReference", "x".repeat(21), "decision", "MAYBE"))), problems);
        // "decision" outside a row is nobody's field: rows name theirs children[i].decision.
        assertThat(problems.fieldErrors()).containsOnlyKeys("children[1].caseReference", "children[1].decision");
        assertThat(problems.fieldErrors().get("children[1].decision")).contains("'MAYBE' is not one of");
    }

    @Test
    void somethingThatIsNotAListOfRowsIsRefused() {
        Problems problems = new Problems();
        FormFieldRules.parse(FORM.getBytes()).check(Map.of("children", "not rows"), problems);
        FormValues.of(Map.of("children", List.of("a row that is text")), problems).rows("children");
        assertThat(problems.fieldErrors()).containsOnlyKeys("children", "children[0]");
        assertThatThrownBy(problems::throwIfAny).isInstanceOf(InvalidSubmissionException.class);
    }
}
