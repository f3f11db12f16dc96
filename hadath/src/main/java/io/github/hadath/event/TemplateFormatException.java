package io.github.hadath.event;

/**
 * A template or taxonomy file that cannot be read: an unknown key, a malformed line or a reference
 * to a group that is not defined. The message names the file and the line.
 */
public final class TemplateFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  /**
   * @param source the file name or classpath resource the line came from
   * @param line the 1-based line number, or 0 when the problem concerns the whole file
   * @param message what is wrong, naming the bad value
   */
  public TemplateFormatException(String source, int line, String message) {
    super(source + (line > 0 ? ":" + line : "") + ": " + message);
    this.source = source;
    this.line = line;
  }

  /** The file name or classpath resource. */
  public String source() {
    return source;
  }

  /** The 1-based line number, or 0 for the whole file. */
  public int line() {
    return line;
  }
}
