package dltutor.session;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a snippet's class file as it is loaded: a call to {@link StopCheck#check()} at the start
 * of every method and before every backward branch (so Ctrl-C can stop a pure-Java loop or a
 * runaway recursion on every JDK), reflective calls and method-handle lookups routed through {@link
 * StopCheck}'s guarded versions, and a note of any direct call to {@code System.exit}, {@code
 * Runtime.exit} or {@code Runtime.halt} (the session then refuses the snippet before it runs).
 *
 * <p>The JDK's {@code LocalExecutionControl} weaves the same stop check with its own class-file API
 * since Java 20; that API is public only from Java 24, so this uses ASM, which reads every
 * class-file version up to its own release. A class file newer than ASM knows is loaded as it is
 * ({@link Result#woven()} is then false): it runs, but only the toolkit's loops can stop it.
 */
final class SnippetWeaver {
    private static final String CHECK = "dltutor/session/StopCheck";
    private static final String LOOKUP = "java/lang/invoke/MethodHandles$Lookup";
    private static final String METHOD = "java/lang/reflect/Method";

    private SnippetWeaver() {}

    /**
     * A rewritten class file.
     *
     * @param bytes the class file to load
     * @param exitCall a direct call that would end the tutor (e.g. {@code System.exit}), or null
     * @param woven whether the stop checks are in (false for a class-file version ASM cannot read)
     */
    record Result(byte[] bytes, String exitCall, boolean woven) {}

    /** Rewrites {@code classFile}; never throws. */
    static Result weave(byte[] classFile) {
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (IllegalArgumentException e) {
            return new Result(classFile, null, false); // newer than this ASM: load it untouched
        }
        ClassWriter writer = new ClassWriter(reader, 0);
        ClassWeaver weaver = new ClassWeaver(writer);
        reader.accept(weaver, 0);
        return new Result(writer.toByteArray(), weaver.exitCall, true);
    }

    /** The call {@code owner.name} would end the tutor as, e.g. {@code System.exit}, or null. */
    static String exitCall(String owner, String name) {
        if ("java/lang/System".equals(owner) && "exit".equals(name)) {
            return "System.exit";
        }
        if ("java/lang/Runtime".equals(owner) && ("exit".equals(name) || "halt".equals(name))) {
            return "Runtime." + name;
        }
        return null;
    }

    private static final class ClassWeaver extends ClassVisitor {
        String exitCall;

        ClassWeaver(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            return next == null ? null : new MethodWeaver(next, this);
        }

        void noteExit(String call) {
            if (call != null && exitCall == null) {
                exitCall = call;
            }
        }
    }

    private static final class MethodWeaver extends MethodVisitor {
        private final ClassWeaver owner;
        private final Set<Label> seen = new HashSet<>();

        MethodWeaver(MethodVisitor next, ClassWeaver owner) {
            super(Opcodes.ASM9, next);
            this.owner = owner;
        }

        private void check() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, CHECK, "check", "()V", false);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            check();
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                check(); // a backward branch: a loop goes round here
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            if (seen.contains(dflt) || anySeen(labels)) {
                check();
            }
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            if (seen.contains(dflt) || anySeen(labels)) {
                check();
            }
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        private boolean anySeen(Label[] labels) {
            for (Label l : labels) {
                if (seen.contains(l)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void visitMethodInsn(
                int opcode, String ownerName, String name, String descriptor, boolean isInterface) {
            owner.noteExit(exitCall(ownerName, name));
            if (opcode == Opcodes.INVOKEVIRTUAL
                    && METHOD.equals(ownerName)
                    && "invoke".equals(name)) {
                super.visitMethodInsn(
                        Opcodes.INVOKESTATIC,
                        CHECK,
                        "invoke",
                        "(Ljava/lang/reflect/Method;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;",
                        false);
                return;
            }
            if (opcode == Opcodes.INVOKEVIRTUAL
                    && LOOKUP.equals(ownerName)
                    && (name.equals("findStatic")
                            || name.equals("findVirtual")
                            || name.equals("unreflect"))) {
                super.visitMethodInsn(
                        Opcodes.INVOKESTATIC,
                        CHECK,
                        name,
                        "(L" + LOOKUP + ";" + descriptor.substring(1),
                        false);
                return;
            }
            super.visitMethodInsn(opcode, ownerName, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(
                String name, String descriptor, Handle bootstrap, Object... arguments) {
            for (Object a : arguments) {
                noteHandle(a); // a method reference such as System::exit
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
        }

        @Override
        public void visitLdcInsn(Object value) {
            noteHandle(value);
            super.visitLdcInsn(value);
        }

        private void noteHandle(Object value) {
            if (value instanceof Handle h) {
                owner.noteExit(exitCall(h.getOwner(), h.getName()));
            }
        }
    }
}
