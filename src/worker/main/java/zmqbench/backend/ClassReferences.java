package zmqbench.backend;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes, methods and fields one compiled class refers to, read from its constant pool: what
 * the JVM links lazily, on the first call, and so what a library of another version may lack
 * without anything failing until that call runs.
 */
final class ClassReferences {

    /**
     * One symbolic reference: {@code member} and {@code descriptor} are null for a class reference.
     *
     * @param owner internal name, e.g. {@code zmq/SocketBase}
     */
    record Reference(String owner, String member, String descriptor, boolean method) {
    }

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int FIELD = 9;
    private static final int METHOD = 10;
    private static final int INTERFACE_METHOD = 11;
    private static final int NAME_AND_TYPE = 12;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;

    private ClassReferences() {
    }

    /** The references of the class file {@code bytes}. */
    static List<Reference> of(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        int[] tags = new int[count];
        int[] first = new int[count];
        int[] second = new int[count];
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case UTF8 -> utf8[i] = in.readUTF();
                case CLASS, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort(); // class, string, method type, module, package
                case FIELD, METHOD, INTERFACE_METHOD, NAME_AND_TYPE, 17, 18 -> { // ... dynamic, invokedynamic
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 3, 4 -> in.readInt(); // int, float
                case LONG, DOUBLE -> {
                    in.readLong();
                    i++; // takes two slots
                }
                case 15 -> { // method handle
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<Reference> references = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            switch (tags[i]) {
                case CLASS -> references.add(new Reference(utf8[first[i]], null, null, false));
                case FIELD, METHOD, INTERFACE_METHOD -> {
                    int nameAndType = second[i];
                    references.add(new Reference(utf8[first[first[i]]], utf8[first[nameAndType]],
                            utf8[second[nameAndType]], tags[i] != FIELD));
                }
                default -> { }
            }
        }
        return references;
    }
}
