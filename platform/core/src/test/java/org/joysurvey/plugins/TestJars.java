package org.joysurvey.plugins;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.joysurvey.spi.Instrument;

/** Builds plugin jars for the loader tests: compiled classes and a services file. */
final class TestJars {

  static final String SERVICES = "META-INF/services/" + Instrument.class.getName();

  private TestJars() {}

  /** A jar holding only a services file naming {@code providers} (one per line). */
  static Path servicesOnly(Path dir, String name, String... providers) throws IOException {
    return jar(dir, name, null, List.of(), providers);
  }

  /**
   * A jar with the class files of {@code classes} (binary names, taken from {@code classesDir}) and
   * a services file naming {@code providers}.
   */
  static Path jar(Path dir, String name, Path classesDir, List<String> classes, String... providers)
      throws IOException {
    Files.createDirectories(dir);
    Path jar = dir.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String className : classes) {
        String entry = className.replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(entry));
        Files.copy(classesDir.resolve(entry), (OutputStream) out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry(SERVICES));
      out.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  /**
   * Compiles {@code sources} (binary class name to source text) against the platform's classes into
   * a new directory under {@code work}, and returns it.
   */
  static Path compile(Path work, Map<String, String> sources) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException(
          "These tests need a JDK (javax.tools.ToolProvider found no Java compiler).");
    }
    Path src = Files.createDirectories(work.resolve("src"));
    Path out = Files.createDirectories(work.resolve("classes"));
    List<String> args = new ArrayList<>();
    String platformClasses;
    try {
      platformClasses =
          Path.of(Instrument.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    args.addAll(
        List.of(
            "--release",
            "17",
            "-proc:none",
            "-d",
            out.toString(),
            "-classpath",
            platformClasses + java.io.File.pathSeparator + System.getProperty("java.class.path")));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      args.add(file.toString());
    }
    java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
    int status = compiler.run(null, errors, errors, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException(
          "compiling the test plugins failed:\n" + errors.toString(StandardCharsets.UTF_8));
    }
    try (Stream<Path> files = Files.walk(out)) {
      if (files.noneMatch(p -> p.toString().endsWith(".class"))) {
        throw new IllegalStateException("no class files compiled");
      }
    }
    return out;
  }
}
