import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the jar signatures of the two jars the JVM loads itself when the
 * workstation starts: the launcher and the OSGi framework. Java's class data
 * sharing never archives classes of a signed jar, so with signatures these
 * some 600 classes are read, inflated, checked against the signature and
 * parsed on every start, on the start's critical path (measured in
 * releng/benchmarks/README.md, "Cold start"). The bundles' classes are
 * defined by the framework and are archived whether signed or not, so their
 * jars stay as delivered. The content of the two jars does not change, only
 * the signature files and the manifest's per-entry digests go.
 *
 * Usage: java UnsignStartJars.java PRODUCT_FOLDER
 */
public final class UnsignStartJars {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);
	private static final List<String> START_JARS = List.of("org.eclipse.osgi_", "org.eclipse.equinox.launcher_");

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: java UnsignStartJars.java PRODUCT_FOLDER");
			System.exit(2);
		}
		Path plugins = Path.of(args[0], "plugins");
		int changed = 0;
		try (Stream<Path> jars = Files.list(plugins)) {
			for (Path jar : jars.filter(UnsignStartJars::startJar).sorted().toList()) {
				if (unsign(jar)) {
					System.out.println("unsigned for class data sharing: " + jar.getFileName());
					changed++;
				}
			}
		}
		if (changed == 0 && !hasFramework(plugins)) {
			System.err.println("no framework jar (org.eclipse.osgi_*.jar) in " + plugins + "; is this a product folder?");
			System.exit(1);
		}
	}

	private static boolean startJar(Path jar) {
		String name = jar.getFileName().toString();
		return name.endsWith(".jar") && START_JARS.stream().anyMatch(name::startsWith);
	}

	private static boolean hasFramework(Path plugins) throws IOException {
		try (Stream<Path> jars = Files.list(plugins)) {
			return jars.anyMatch(j -> j.getFileName().toString().startsWith("org.eclipse.osgi_"));
		}
	}

	/** @return whether the jar was signed (and is now rewritten without its signature) */
	private static boolean unsign(Path jar) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".unsigning");
		boolean signed = false;
		try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry : in.stream().toList()) {
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					signed = true;
					continue;
				}
				ZipEntry written = new ZipEntry(entry.getName());
				written.setTime(entry.getTime());
				out.putNextEntry(written);
				try (InputStream content = in.getInputStream(entry)) {
					if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
						mainSection(new Manifest(content)).write(out);
					} else {
						content.transferTo(out);
					}
				}
				out.closeEntry();
			}
		}
		if (signed) {
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.delete(copy);
		}
		return signed;
	}

	/** The manifest without its per-entry sections (the digests the signature covered). */
	private static Manifest mainSection(Manifest signed) {
		Manifest plain = new Manifest();
		Attributes main = plain.getMainAttributes();
		main.putAll(signed.getMainAttributes());
		return plain;
	}
}
