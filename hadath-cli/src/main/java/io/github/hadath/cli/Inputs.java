package io.github.hadath.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Turns the {@code extract} arguments into a stream of {@link InputDocument}s, in input order.
 *
 * <ul>
 *   <li>A file is one document ({@code --input-format text}) or one document per non-blank line
 *       ({@code jsonl}).
 *   <li>A directory is walked recursively; its {@code *.txt} files ({@code *.jsonl} in jsonl mode)
 *       are read in path order.
 *   <li>{@code -} is standard input.
 *   <li>A path that does not exist or cannot be listed is one document that fails, so the output
 *       still has one record for it.
 * </ul>
 *
 * <p>JSON Lines files are streamed, never held in memory whole; a text file is read only when its
 * document is processed.
 */
final class Inputs {

  /** Input formats of {@code --input-format}. */
  enum Format {
    /** Each file is one UTF-8 document. */
    text,
    /** Each line is {@code {"id": ..., "text": "...", "publicationDate": "YYYY-MM-DD"}}. */
    jsonl
  }

  static final String STDIN = "-";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Format format;
  private final int maxLength;
  private final Supplier<InputStream> stdin;

  /**
   * @param maxLength longest document in UTF-16 chars; longer ones fail as TOO_LONG before they are
   *     decoded
   * @param stdin what {@code -} reads
   */
  Inputs(Format format, int maxLength, Supplier<InputStream> stdin) {
    this.format = format;
    this.maxLength = maxLength;
    this.stdin = stdin;
  }

  /** The documents of {@code arguments}, lazily, in order. */
  Iterator<InputDocument> documents(List<String> arguments) {
    return new Concat(arguments.iterator());
  }

  /**
   * The number of documents {@code arguments} hold, or -1 when it cannot be known in advance
   * (standard input in jsonl mode). Counts lines of JSON Lines files with one fast byte scan.
   */
  long count(List<String> arguments) {
    long total = 0;
    for (String argument : arguments) {
      if (format == Format.jsonl && argument.equals(STDIN)) {
        return -1;
      }
      List<String> files;
      try {
        files = files(argument);
      } catch (UncheckedIOException e) {
        files = List.of(argument);
      }
      for (String file : files) {
        total += format == Format.text || !Files.isRegularFile(Path.of(file)) ? 1 : countLines(Path.of(file));
      }
    }
    return total;
  }

  /**
   * The files an argument stands for: itself, or the input files under a directory in path order.
   *
   * @throws UncheckedIOException if a directory cannot be walked
   */
  private List<String> files(String argument) {
    if (argument.equals(STDIN) || !Files.isDirectory(Path.of(argument))) {
      return List.of(argument);
    }
    String suffix = format == Format.text ? ".txt" : ".jsonl";
    try (Stream<Path> walk = Files.walk(Path.of(argument))) {
      return walk.filter(path -> Files.isRegularFile(path) && path.getFileName().toString().endsWith(suffix))
          .sorted()
          .map(Path::toString)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of non-blank lines of a file: the documents the JSON Lines reader will yield. */
  private static long countLines(Path file) {
    long lines = 0;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      boolean blank = true;
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            lines += blank ? 0 : 1;
            blank = true;
          } else if (b != ' ' && b != '\t' && b != '\r') {
            blank = false;
          }
        }
      }
      return blank ? lines : lines + 1;
    } catch (IOException e) {
      return 1;
    }
  }

  /** The documents of one argument. */
  private Iterator<InputDocument> documentsOf(String argument) {
    if (!argument.equals(STDIN)) {
      Path path = Path.of(argument);
      if (!Files.exists(path)) {
        return failed(argument, DocumentFailure.Type.NOT_FOUND, "no such file or directory");
      }
      if (Files.isDirectory(path)) {
        try {
          return new Concat(files(argument).iterator());
        } catch (UncheckedIOException e) {
          return failed(argument, DocumentFailure.Type.UNREADABLE, "cannot list directory: " + e.getCause());
        }
      }
    }
    return format == Format.text ? List.of(textDocument(argument)).iterator() : jsonLines(argument);
  }

  private static Iterator<InputDocument> failed(String source, DocumentFailure.Type type, String why) {
    return List.of(InputDocument.failed(source, new DocumentFailure(type, source + ": " + why))).iterator();
  }

  /** The documents of several arguments, one after the other. */
  private final class Concat implements Iterator<InputDocument> {
    private final Iterator<String> arguments;
    private Iterator<InputDocument> current = Collections.emptyIterator();

    Concat(Iterator<String> arguments) {
      this.arguments = arguments;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && arguments.hasNext()) {
        current = documentsOf(arguments.next());
      }
      return current.hasNext();
    }

    @Override
    public InputDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }

  private InputDocument textDocument(String source) {
    return new InputDocument(source, () -> new InputDocument.Text(readText(source), null, null));
  }

  private String readText(String source) throws DocumentFailure {
    long limit = 3L * maxLength; // no UTF-8 sequence yields fewer than one char per 3 bytes
    byte[] bytes;
    try (InputStream in = open(source)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (NoSuchFileException e) {
      throw new DocumentFailure(DocumentFailure.Type.NOT_FOUND, source + ": no such file");
    } catch (IOException e) {
      throw new DocumentFailure(DocumentFailure.Type.UNREADABLE, source + ": cannot read: " + e);
    }
    if (bytes.length > limit) {
      throw tooLong(source, "more than " + limit + " bytes, so more than " + maxLength + " chars", null);
    }
    String text = Utf8.decode(bytes, 0, source);
    if (text.length() > maxLength) {
      throw tooLong(source, text.length() + " chars", null);
    }
    return text;
  }

  private DocumentFailure tooLong(String source, String size, JsonNode id) {
    return new DocumentFailure(
        DocumentFailure.Type.TOO_LONG,
        source + ": document has " + size + "; the maximum is " + maxLength + " chars (--max-length)",
        -1,
        id);
  }

  private InputStream open(String source) throws IOException {
    return source.equals(STDIN) ? stdin.get() : Files.newInputStream(Path.of(source));
  }

  /** One document per non-blank line, read lazily; the file is closed after its last line. */
  private Iterator<InputDocument> jsonLines(String source) {
    try {
      return new LineIterator(source, new BufferedInputStream(open(source), 1 << 16));
    } catch (NoSuchFileException e) {
      return failed(source, DocumentFailure.Type.NOT_FOUND, "no such file");
    } catch (IOException e) {
      return failed(source, DocumentFailure.Type.UNREADABLE, "cannot read: " + e);
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Nothing to report: the read error itself is.
    }
  }

  /** Reads a JSON Lines stream one line at a time, skipping blank lines. */
  private final class LineIterator implements Iterator<InputDocument> {
    private final String source;
    private final InputStream in;
    private final long maxLineBytes = 6L * maxLength + 1024; // «\u0627» escapes take 6 bytes a char
    private InputDocument next;
    private long lineNumber;
    private long offset;
    private boolean done;

    LineIterator(String source, InputStream in) {
      this.source = source;
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        next = readLine();
      }
      return next != null;
    }

    @Override
    public InputDocument next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      InputDocument document = next;
      next = null;
      return document;
    }

    /** The next line's document, null for a blank line (and at the end, setting done). */
    private InputDocument readLine() {
      ByteArrayOutputStream line = new ByteArrayOutputStream(256);
      long lineOffset = offset;
      long length = 0;
      lineNumber++;
      String where = source + ":" + lineNumber;
      try {
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
          length++;
          if (length <= maxLineBytes) {
            line.write(b);
          }
        }
        offset += length + (b == '\n' ? 1 : 0);
        if (b < 0) {
          done = true;
          in.close();
          if (length == 0) {
            return null;
          }
        }
      } catch (IOException e) {
        done = true;
        close(in);
        return InputDocument.failed(
            where, new DocumentFailure(DocumentFailure.Type.UNREADABLE, where + ": cannot read: " + e));
      }
      if (length > maxLineBytes) {
        DocumentFailure failure = tooLong(where, "a " + length + "-byte line, too long for any record within the limit", null);
        return InputDocument.failed(where, failure);
      }
      byte[] bytes = line.toByteArray();
      if (isBlank(bytes)) {
        return null;
      }
      return new InputDocument(where, () -> parse(where, bytes, lineOffset));
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private InputDocument.Text parse(String where, byte[] bytes, long lineOffset) throws DocumentFailure {
    String line = Utf8.decode(bytes, lineOffset, where);
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw badRecord(where, "not JSON: " + e.getOriginalMessage(), null);
    }
    if (!(node instanceof ObjectNode)) {
      throw badRecord(where, "not a JSON object", null);
    }
    JsonNode id = node.get("id");
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw badRecord(where, "no string \"text\"", id);
    }
    if (text.textValue().length() > maxLength) {
      throw tooLong(where, text.textValue().length() + " chars", id);
    }
    LocalDate publicationDate = null;
    JsonNode date = node.get("publicationDate");
    if (date != null && !date.isNull()) {
      try {
        publicationDate = LocalDate.parse(date.asText());
      } catch (DateTimeParseException e) {
        throw badRecord(where, "publicationDate is not YYYY-MM-DD: " + date, id);
      }
    }
    return new InputDocument.Text(text.textValue(), id, publicationDate);
  }

  private static DocumentFailure badRecord(String where, String why, JsonNode id) {
    return new DocumentFailure(DocumentFailure.Type.BAD_RECORD, where + ": " + why, -1, id);
  }
}
