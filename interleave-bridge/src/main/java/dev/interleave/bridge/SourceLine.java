package dev.interleave.bridge;

/**
 * Where an instrumented instruction is, in parts: the runtime tells two places apart by class,
 * method and line (two classes of one simple name in two packages are two places) and shows a
 * place as a stack trace prints it, without reading text back.
 *
 * @param className the binary name of the class whose code it is ({@code com.example.Outer$Inner})
 * @param method    the method's name
 * @param file      the source file's name, or "" for a class compiled without it
 * @param line      the line number, or 0 when the class has none
 */
public record SourceLine(String className, String method, String file, int line) {

    /**
     * As stack traces print it: {@code Outer$Inner.method(File.java:42)}, {@code (File.java)} without
     * a line, {@code (Unknown Source)} without a file.
     */
    public String text() {
        String where = className.substring(className.lastIndexOf('.') + 1) + "." + method;
        if (file.isEmpty()) {
            return where + "(Unknown Source)";
        }
        return where + "(" + file + (line > 0 ? ":" + line : "") + ")";
    }
}
