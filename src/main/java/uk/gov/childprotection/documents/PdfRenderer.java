package uk.gov.childprotection.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * XHTML to tagged PDF (PDF/UA) with openhtmltopdf: fonts embedded (DejaVu Sans, licence beside it), the title
 * and language taken from the page's {@code <title>} and {@code lang}.
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // The renderer logs every page at INFO on its own console handler; send it through our logging instead.
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private final byte[] regular = font("fonts/DejaVuSans.ttf");
    private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");

    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400,
                            BaseRendererBuilder.FontStyle.NORMAL, true)
                    .useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700,
                            BaseRendererBuilder.FontStyle.NORMAL, true)
                    .withHtmlContent(xhtml, null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + path + " is missing", e);
        }
    }
}
