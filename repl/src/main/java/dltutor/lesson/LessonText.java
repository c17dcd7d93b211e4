package dltutor.lesson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a lesson's text files as UTF-8 lines; a file that is not UTF-8 gets a readable error. */
final class LessonText {
    private LessonText() {}

    /** The lines of {@code file}; throws with the line of the first byte that is not UTF-8. */
    static List<String> readLines(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LessonException(file, 0, "cannot read: " + e.getMessage());
        }
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new LessonException(
                    file,
                    line,
                    "this is not UTF-8 text (byte "
                            + in.position()
                            + "): a binary file, or one saved in another encoding? Lessons are UTF-8 Markdown.");
        }
        out.flip();
        return new BufferedReader(new StringReader(out.toString())).lines().toList();
    }

    /** A UTF-8 decoder that reports a byte that is not UTF-8 instead of replacing it. */
    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The front matter of {@code file}: its lines up to the closing {@code ---}, read no further
     * (the start-up index needs nothing else, and reading whole lessons cost tens of milliseconds
     * of a launch); the whole file when it opens without {@code ---} or never closes it.
     */
    static List<String> readHead(Path file) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(Files.newInputStream(file), strictUtf8()))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
                if (lines.size() > 1
                        && lines.get(0).strip().equals("---")
                        && line.strip().equals("---")) {
                    break;
                }
            }
        } catch (CharacterCodingException e) {
            throw new LessonException(
                    file,
                    lines.size() + 1,
                    "this is not UTF-8 text: a binary file, or one saved in another encoding? Lessons are UTF-8 Markdown.");
        } catch (IOException e) {
            throw new LessonException(file, 0, "cannot read: " + e.getMessage());
        }
        return lines;
    }
}
