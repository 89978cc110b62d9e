package uk.gov.childprotection.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/** The return as the DfE's XML: the census's structure, its order, and the item the year asks for. */
class CensusXmlTest {

    private static String xml(CensusReturn census) throws Exception {
        StringWriter out = new StringWriter();
        CensusXml.write(census, OffsetDateTime.of(2027, 4, 20, 10, 15, 30, 0, ZoneOffset.UTC), out);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(CensusXmlTest.class.getResource("/census/cin-census-structure.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(out.toString())));
        return out.toString();
    }

    @Test
    void theReturnIsInTheCensusStructureWithEveryElementInItsPlace() throws Exception {
        String xml = xml(new CensusReturnSpec().build());
        assertThat(xml).contains("<Collection>CIN</Collection>", "<Year>2027</Year>", "<LEA>999</LEA>",
                "<DateTime>2027-04-20T10:15:30</DateTime>", "<LAchildID>1</LAchildID>", "<Sex>F</Sex>",
                "<Disability>NONE</Disability>", "<AssessmentFactors>16A</AssessmentFactors>",
                "<CPPreviewDate>2026-08-19</CPPreviewDate>", "<ReferralNFA>false</ReferralNFA>")
                .doesNotContain("GenderCurrent", "<UPNunknown>", "<PersonDeathDate>");
        assertThat(xml.indexOf("<CINPlanDates>")).as("CIN plans before Section 47, then ReferralNFA, then plans")
                .isLessThan(xml.indexOf("<Section47>"));
        assertThat(xml.indexOf("<ReferralNFA>")).isLessThan(xml.indexOf("<ChildProtectionPlans>"))
                .isGreaterThan(xml.indexOf("<Section47>"));
    }

    @Test
    void aYearBeforeTheCensusAskedForSexRecordsGenderCurrent() throws Exception {
        CensusReturn later = new CensusReturnSpec().build();
        CensusReturn earlier = new CensusReturn(2024, CensusReturn.startOf(2024), CensusReturn.referenceDateOf(2024),
                later.lea(), later.children());
        assertThat(xml(earlier)).contains("<GenderCurrent>2</GenderCurrent>").doesNotContain("<Sex>");
    }

    @Test
    void namesAreEscapedAndWhatIsNotRecordedIsLeftOut() throws Exception {
        CensusReturnSpec spec = new CensusReturnSpec();
        spec.child().id = "A&B<1>";
        spec.child().ethnicity = "WBRI";
        spec.episode().primaryNeed = null;
        String xml = xml(spec.build());
        assertThat(xml).contains("<LAchildID>A&amp;B&lt;1&gt;</LAchildID>").doesNotContain("<PrimaryNeedCode>");
    }
}
