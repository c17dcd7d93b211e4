package dltutor.session;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds calls to {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} in a class
 * file's constant pool. Snippets run in the tutor's own JVM, so such a call would end the tutor;
 * the session refuses to load a snippet class that contains one.
 */
final class ExitGuard {
    private ExitGuard() {}

    /** The offending call, e.g. {@code System.exit}, if the class file refers to one. */
    static Optional<String> exitCall(byte[] classFile) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            int[][] refs = new int[count][];
            int[] nameAndTypeName = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // eight-byte constants take two slots
                    }
                    case 9, 10, 11 -> refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 12 -> {
                        nameAndTypeName[i] = in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 17, 18 -> {
                        in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    default -> {
                        return Optional.empty(); // unknown tag: a newer class format; do not guess
                    }
                }
            }
            for (int[] ref : refs) {
                if (ref == null) {
                    continue;
                }
                String owner = utf8[classNames[ref[0]]];
                String name = utf8[nameAndTypeName[ref[1]]];
                if ("java/lang/System".equals(owner) && "exit".equals(name)) {
                    return Optional.of("System.exit");
                }
                if ("java/lang/Runtime".equals(owner) && ("exit".equals(name) || "halt".equals(name))) {
                    return Optional.of("Runtime." + name);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
