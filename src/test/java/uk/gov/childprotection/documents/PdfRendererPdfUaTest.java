package uk.gov.childprotection.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.childprotection.support.PdfUa;

/**
 * The renderer's PDF/UA output, checked by veraPDF: a page with a title, a description (subject) and a language
 * passes PDF/UA-1; without a title it fails, with the rule named, so the validator is really looking. (A missing
 * description, the cause of openhtmltopdf's "Document will not be PDF/UA compliant" for three of our letters, is
 * the renderer's own stricter check: veraPDF's machine-checkable PDF/UA-1 rules do not ask for one. Every
 * template has one all the same.)
 */
class PdfRendererPdfUaTest {

    private final PdfRenderer renderer = new PdfRenderer();

    private static String page(String head) {
        return page("<title>A letter - CP-2026-00001</title>", head);
    }

    private static String page(String title, String head) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\"/>" + title + head + "<style>body { font-family: 'DejaVu Sans'; }</style></head><body>"
                + "<h1>A letter</h1><p>Dear parent,</p><h2>What happens next</h2><p>The core group meets.</p>"
                + "<table><tr><th>Who</th><th>When</th></tr><tr><td>Sam Worker</td><td>Monday</td></tr></table>"
                + "</body></html>";
    }

    @Test
    void aPageWithTitleDescriptionAndLanguageIsPdfUa1() {
        byte[] pdf = renderer.render(page("<meta name=\"subject\" content=\"What the conference decided\"/>"));
        PdfUa.assertCompliant(pdf, "the page with a description");
    }

    @Test
    void withoutATitleVeraPdfNamesTheFailedRule() {
        assertThat(PdfUa.failures(renderer.render(page("", "<meta name=\"subject\" content=\"A letter\"/>"))))
                .anySatisfy(rule -> assertThat(rule).startsWith("7.1-"));
    }
}
