package uk.gov.childprotection.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The request, its body read again from the start: what a filter read to check it, then the rest. Used where a
 * door must look into a body (a login form, a submission) before the webapp or the engine reads it.
 */
final class ReplayedBody extends HttpServletRequestWrapper {

    private final InputStream body;

    ReplayedBody(HttpServletRequest request, byte[] start) throws IOException {
        super(request);
        this.body = new SequenceInputStream(new ByteArrayInputStream(start), request.getInputStream());
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ServletInputStream() {
            private boolean finished;

            @Override
            public int read() throws IOException {
                int next = body.read();
                finished = next < 0;
                return next;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = body.read(buffer, offset, length);
                finished = read < 0;
                return read;
            }

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("blocking reads only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(body,
                encoding == null ? StandardCharsets.ISO_8859_1 : java.nio.charset.Charset.forName(encoding)));
    }
}
