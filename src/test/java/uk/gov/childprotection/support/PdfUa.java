package uk.gov.childprotection.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks a PDF against PDF/UA-1 (ISO 14289-1) with veraPDF, the PDF Association's validator, using its
 * machine-checkable rules (the Matterhorn Protocol's failure conditions that software can decide). It reads the
 * file with its own parser, not the PDFBox the renderer writes with, so it is a second opinion, not an echo.
 */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** The failed rules, one line each ("clause-test: what is wrong (count)"); empty when the PDF passes. */
    public static List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.getTotalAssertions() == 0) {
                throw new AssertionError("veraPDF checked nothing (no PDF/UA-1 profile loaded?)");
            }
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber()
                            + ": " + a.getMessage(), java.util.TreeMap::new, Collectors.counting()))
                    .entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not check the PDF: " + e, e);
        }
    }

    /** Fails with every failed PDF/UA-1 rule listed. */
    public static void assertCompliant(byte[] pdf, String what) {
        List<String> failed = failures(pdf);
        if (!failed.isEmpty()) {
            throw new AssertionError(what + " is not PDF/UA-1 (veraPDF):\n  " + String.join("\n  ", failed));
        }
    }
}
