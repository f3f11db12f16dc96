package io.github.hadath.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that reports where the input stops being UTF-8. */
final class Utf8 {

  private Utf8() {}

  /**
   * Decodes {@code bytes}, rejecting malformed and unmappable sequences instead of replacing them,
   * so that no document is silently altered.
   *
   * @param bytes the input
   * @param baseOffset offset of {@code bytes[0]} in its file, added to the reported offset
   * @param what the input's name, for the message
   * @throws DocumentFailure of type INVALID_UTF8 with the file offset of the first bad byte
   */
  static String decode(byte[] bytes, long baseOffset, String what) throws DocumentFailure {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      long offset = baseOffset + in.position();
      throw new DocumentFailure(
          DocumentFailure.Type.INVALID_UTF8,
          what + ": invalid UTF-8 at byte offset " + offset,
          offset,
          null);
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
