package zmqbench.backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Whether a backend's adapter can drive the library on its classpath: every class, method and
 * field that the adapter's classes refer to in the library must be there. The JVM links each call
 * on its first run, so a library of another version that lacks one would otherwise fail mid-run;
 * the worker's describe step asks this first ({@code --versions}, {@code --jar}).
 */
public final class LibraryApiCheck {

    /** The JDK's and our own packages: everything else an adapter refers to is its library's. */
    private static final List<String> NOT_LIBRARY = List.of("java/", "javax/", "jdk/", "sun/", "zmqbench/");

    private LibraryApiCheck() {
    }

    /** What {@code backend}'s adapter classes (its package, where it was loaded from) need and its library lacks. */
    public static List<String> missing(Class<?> backend) {
        ClassLoader loader = backend.getClassLoader();
        return missing(adapterClasses(backend),
                name -> NOT_LIBRARY.stream().noneMatch(name::startsWith),
                name -> {
                    try {
                        return Class.forName(name.replace('/', '.'), false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        return null;
                    }
                });
    }

    /**
     * @param classes the adapter's class files
     * @param library which internal class names belong to the library
     * @param find the library's class of an internal name, or null when it has none
     * @return each missing class or member once, readable ({@code zmq.SocketBase.setEventHook(ZEventConsummer, int)})
     */
    static List<String> missing(List<byte[]> classes, Predicate<String> library, Function<String, Class<?>> find) {
        Set<String> missing = new LinkedHashSet<>();
        for (byte[] bytes : classes) {
            List<ClassReferences.Reference> references;
            try {
                references = ClassReferences.of(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (ClassReferences.Reference ref : references) {
                if (ref.owner().startsWith("[") || !library.test(ref.owner())) {
                    continue;
                }
                Class<?> owner = find.apply(ref.owner());
                if (owner == null) {
                    missing.add("class " + ref.owner().replace('/', '.'));
                } else if (ref.member() != null && !has(owner, ref)) {
                    missing.add(readable(ref));
                }
            }
        }
        return new ArrayList<>(missing);
    }

    /** Whether {@code owner} or a supertype declares the referenced member, with its exact descriptor. */
    private static boolean has(Class<?> owner, ClassReferences.Reference ref) {
        try {
            for (Class<?> type = owner; type != null; type = type.getSuperclass()) {
                if (declares(type, ref)) {
                    return true;
                }
                for (Class<?> face : type.getInterfaces()) {
                    if (has(face, ref)) {
                        return true;
                    }
                }
            }
        } catch (LinkageError e) {
            return false; // the library's own signature names a class it does not have
        }
        return false;
    }

    private static boolean declares(Class<?> type, ClassReferences.Reference ref) {
        if (!ref.method()) {
            return Stream.of(type.getDeclaredFields())
                    .anyMatch(f -> f.getName().equals(ref.member()) && descriptor(f.getType()).equals(ref.descriptor()));
        }
        Stream<Executable> executables = ref.member().equals("<init>") ? Stream.of(type.getDeclaredConstructors())
                : Stream.of(type.getDeclaredMethods()).filter(m -> m.getName().equals(ref.member()))
                        .map(m -> (Executable) m);
        return executables.anyMatch(e -> descriptor(e).equals(ref.descriptor()));
    }

    private static String descriptor(Executable executable) {
        StringBuilder d = new StringBuilder("(");
        for (Class<?> parameter : executable.getParameterTypes()) {
            d.append(descriptor(parameter));
        }
        d.append(')');
        d.append(executable instanceof java.lang.reflect.Method m ? descriptor(m.getReturnType()) : "V");
        return d.toString();
    }

    private static String descriptor(Class<?> type) {
        if (type.isPrimitive()) {
            return type == void.class ? "V" : type == boolean.class ? "Z" : type == long.class ? "J"
                    : String.valueOf(Character.toUpperCase(type.getName().charAt(0)));
        }
        return type.isArray() ? type.getName().replace('.', '/') : "L" + type.getName().replace('.', '/') + ";";
    }

    /** {@code owner.member(Param, int)}, a field without the parentheses. */
    private static String readable(ClassReferences.Reference ref) {
        String owner = ref.owner().replace('/', '.');
        if (!ref.method()) {
            return "field " + owner + "." + ref.member();
        }
        String parameters = ref.descriptor().substring(1, ref.descriptor().indexOf(')'));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parameters.length(); i++) {
            int arrays = 0;
            while (parameters.charAt(i) == '[') {
                arrays++;
                i++;
            }
            char kind = parameters.charAt(i);
            String name;
            if (kind == 'L') {
                int end = parameters.indexOf(';', i);
                name = parameters.substring(parameters.lastIndexOf('/', end) + 1, end);
                i = end;
            } else {
                name = switch (kind) {
                    case 'Z' -> "boolean";
                    case 'B' -> "byte";
                    case 'C' -> "char";
                    case 'S' -> "short";
                    case 'I' -> "int";
                    case 'J' -> "long";
                    case 'F' -> "float";
                    default -> "double";
                };
            }
            names.add(name + "[]".repeat(arrays));
        }
        return owner + "." + ref.member() + "(" + String.join(", ", names) + ")";
    }

    /** The class files of {@code backend}'s package, from the jar or directory it was loaded from. */
    private static List<byte[]> adapterClasses(Class<?> backend) {
        String prefix = backend.getPackageName().replace('.', '/') + "/";
        List<byte[]> classes = new ArrayList<>();
        try {
            Path source = Path.of(backend.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source.resolve(prefix))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        classes.add(Files.readAllBytes(file));
                    }
                }
                return classes;
            }
            try (JarFile jar = new JarFile(source.toFile())) {
                for (JarEntry entry : jar.stream().toList()) {
                    String name = entry.getName();
                    if (name.startsWith(prefix) && name.endsWith(".class") && name.indexOf('/', prefix.length()) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            classes.add(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}
