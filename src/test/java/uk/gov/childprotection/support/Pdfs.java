package uk.gov.childprotection.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Opens generated PDFs with PDFBox: their text as a reader sees it, and the marks of an accessible document. */
public final class Pdfs {

    private Pdfs() {
    }

    /** The text in reading order (by position on the page), with runs of white space made single spaces. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tagged (PDF/UA structure tree), titled, in British English, every font embedded; PDF/UA-1 by veraPDF. */
    public static void assertAccessible(byte[] pdf, String titleStart) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo()).as("mark info").isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).as("title").startsWith(titleStart);
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty()
                    .allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            PdfUa.assertCompliant(pdf, "\"" + document.getDocumentInformation().getTitle() + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
