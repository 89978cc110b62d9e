package uk.gov.childprotection.census;

import java.io.Writer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a return as the DfE's CIN census XML: Message, its Header (the collection, the year, the reference date,
 * the council's number) and Children, each element in the order the DfE's schema gives, an item not recorded left
 * out rather than sent empty. Streamed (StAX, in the JDK), so a large council's return is never held as a tree.
 */
public final class CensusXml {

    /** What the Header says made the file. */
    static final String SOFTWARE_CODE = "Child protection conferences";
    static final String RELEASE = "1";

    private final XMLStreamWriter xml;
    private final boolean recordsSex;
    private int depth;

    private CensusXml(XMLStreamWriter xml, boolean recordsSex) {
        this.xml = xml;
        this.recordsSex = recordsSex;
    }

    public static void write(CensusReturn census, OffsetDateTime madeAt, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new CensusXml(xml, census.recordsSex()).message(census, madeAt);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The census return could not be written", e);
        }
    }

    private void message(CensusReturn census, OffsetDateTime madeAt) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        open("Message");
        open("Header");
        open("CollectionDetails");
        value("Collection", "CIN");
        value("Year", String.valueOf(census.year()));
        value("ReferenceDate", census.referenceDate());
        close();
        open("Source");
        value("SourceLevel", "L");
        value("LEA", census.lea());
        value("SoftwareCode", SOFTWARE_CODE);
        value("Release", RELEASE);
        value("SerialNo", "001");
        value("DateTime", madeAt.withNano(0).toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        close();
        close();
        open("Children");
        for (CensusReturn.Child child : census.children()) {
            child(child);
        }
        close();
        close();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void child(CensusReturn.Child child) throws XMLStreamException {
        open("Child");
        open("ChildIdentifiers");
        value("LAchildID", child.laChildId());
        value("UPN", child.upn());
        value("UPNunknown", child.upnUnknown());
        value("PersonBirthDate", child.birthDate());
        value("ExpectedPersonBirthDate", child.expectedBirthDate());
        if (recordsSex) {
            value("Sex", child.sex());
        } else {
            value("GenderCurrent", child.sex() == null ? null : switch (child.sex()) {
                case "M" -> "1";
                case "F" -> "2";
                default -> "0";
            });
        }
        value("PersonDeathDate", child.deathDate());
        close();
        open("ChildCharacteristics");
        value("Ethnicity", child.ethnicity());
        if (!child.disabilities().isEmpty()) {
            open("Disabilities");
            for (String disability : child.disabilities()) {
                value("Disability", disability);
            }
            close();
        }
        close();
        for (CensusReturn.Episode episode : child.episodes()) {
            episode(episode);
        }
        close();
    }

    private void episode(CensusReturn.Episode e) throws XMLStreamException {
        open("CINdetails");
        value("CINreferralDate", e.referralDate());
        value("ReferralSource", e.referralSource());
        value("PrimaryNeedCode", e.primaryNeed());
        value("CINclosureDate", e.closureDate());
        value("ReasonForClosure", e.reasonForClosure());
        value("DateOfInitialCPC", e.dateOfInitialCpc());
        for (CensusReturn.Assessment a : e.assessments()) {
            open("Assessments");
            value("AssessmentActualStartDate", a.start());
            value("AssessmentAuthorisationDate", a.authorised());
            if (!a.factors().isEmpty()) {
                open("FactorsIdentifiedAtAssessment");
                for (String factor : a.factors()) {
                    value("AssessmentFactors", factor);
                }
                close();
            }
            close();
        }
        for (CensusReturn.CinPlan p : e.cinPlans()) {
            open("CINPlanDates");
            value("CINPlanStartDate", p.start());
            value("CINPlanEndDate", p.end());
            close();
        }
        for (CensusReturn.Section47 s : e.section47s()) {
            open("Section47");
            value("S47ActualStartDate", s.start());
            value("InitialCPCtarget", s.initialCpcTarget());
            value("DateOfInitialCPC", s.dateOfInitialCpc());
            value("ICPCnotRequired", String.valueOf(s.icpcNotRequired()));
            close();
        }
        value("ReferralNFA", String.valueOf(e.referralNfa()));
        for (CensusReturn.ProtectionPlan p : e.protectionPlans()) {
            open("ChildProtectionPlans");
            value("CPPstartDate", p.start());
            value("CPPendDate", p.end());
            value("InitialCategoryOfAbuse", p.initialCategory());
            value("LatestCategoryOfAbuse", p.latestCategory());
            value("NumberOfPreviousCPP", String.valueOf(p.numberOfPreviousPlans()));
            if (!p.reviews().isEmpty()) {
                open("Reviews");
                for (LocalDate review : p.reviews()) {
                    value("CPPreviewDate", review);
                }
                close();
            }
            close();
        }
        close();
    }

    private void open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void value(String name, LocalDate date) throws XMLStreamException {
        value(name, date == null ? null : date.toString());
    }

    private void value(String name, String text) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        indent();
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
