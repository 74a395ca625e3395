package dev.interleave.internal.runtime;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Records what controlled tasks print, per execution, so that a report can show the program's
 * output under the failing schedule. Output of other threads passes through untouched; a
 * controlled task's output also reaches the real stream when the run echoes it.
 */
final class OutputCapture {

    private OutputCapture() {
    }

    /** Puts the recording streams in place of System.out and System.err, once. */
    static synchronized void install(ControlledRuntime runtime) {
        if (!(System.out instanceof Tee)) {
            System.setOut(new Tee(System.out, runtime));
        }
        if (!(System.err instanceof Tee)) {
            System.setErr(new Tee(System.err, runtime));
        }
    }

    /** An execution's recorded output. */
    static final class Buffer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Charset charset = System.out.charset();

        synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized List<String> lines() {
            String text = bytes.toString(charset);
            return text.isEmpty() ? List.of() : text.lines().toList();
        }
    }

    private static final class Tee extends PrintStream {
        Tee(PrintStream original, ControlledRuntime runtime) {
            super(new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    Execution execution = runtime.currentExecution();
                    if (execution != null) {
                        execution.output.write(b, off, len);
                        if (!execution.echoOutput()) {
                            return;
                        }
                    }
                    original.write(b, off, len);
                }

                @Override
                public void flush() {
                    original.flush();
                }
            }, true, original.charset());
        }
    }
}
