package hu.webshopsync.host.demo;

import java.io.IOException;
import java.io.Writer;

/**
 * Indents every line written through it, so the output of the host commands the demo runs stands
 * apart from the demo's own narration.
 */
final class IndentingWriter extends Writer {

    private final Writer target;
    private final String indent;
    private boolean lineStart = true;

    IndentingWriter(Writer target, String indent) {
        this.target = target;
        this.indent = indent;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (lineStart && c != '\n' && c != '\r') {
                target.write(indent);
                lineStart = false;
            }
            target.write(c);
            if (c == '\n') {
                lineStart = true;
            }
        }
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    @Override
    public void close() throws IOException {
        // the target belongs to the caller
        target.flush();
    }
}
