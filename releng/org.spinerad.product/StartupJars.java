import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Prepares the jars of the materialized workstation for a fast start
 * (measured in releng/benchmarks/README.md, "Cold start"):
 * <ul>
 * <li>The two jars the JVM loads itself, the launcher and the OSGi framework,
 * lose their signatures. Java's class data sharing never archives classes of
 * a signed jar, so the framework's some 600 classes were read, inflated,
 * checked against the signature and parsed on every start. The bundles'
 * classes are defined by the framework and archived whether signed or not.
 * Only the signature files and the manifest's per-entry digests go.</li>
 * <li>Every bundle jar is stored uncompressed: the framework reads a class's
 * bytes from its jar on every start even when the class cache has the class
 * (the JVM compares them), and inflating them was a tenth of the start's
 * processor time. The installation grows from about 80 to 185 MB; its
 * archive stays compressed. Signatures stay valid, as they cover the
 * content, not its compression.</li>
 * </ul>
 * Usage: java StartupJars.java PRODUCT_FOLDER
 */
public final class StartupJars {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);
	/** The jars the JVM loads itself (by their name's start); the launcher stays compressed, it is read once. */
	private static final String FRAMEWORK = "org.eclipse.osgi_", LAUNCHER = "org.eclipse.equinox.launcher_";

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("usage: java StartupJars.java PRODUCT_FOLDER");
			System.exit(2);
		}
		Path plugins = Path.of(args[0], "plugins");
		List<Path> jars;
		try (Stream<Path> files = Files.list(plugins)) {
			jars = files.filter(j -> j.getFileName().toString().endsWith(".jar")).sorted().toList();
		}
		if (jars.stream().noneMatch(j -> j.getFileName().toString().startsWith(FRAMEWORK))) {
			System.err.println("no framework jar (" + FRAMEWORK + "*.jar) in " + plugins + "; is this a product folder?");
			System.exit(1);
		}
		int unsigned = 0, stored = 0;
		for (Path jar : jars) {
			String name = jar.getFileName().toString();
			boolean launcher = name.startsWith(LAUNCHER);
			boolean unsign = launcher || name.startsWith(FRAMEWORK);
			if (rewrite(jar, unsign, !launcher)) {
				unsigned += unsign ? 1 : 0;
				stored += launcher ? 0 : 1;
			}
		}
		System.out.println("prepared for a fast start: " + unsigned + " start jars unsigned, " + stored + " jars stored uncompressed");
	}

	/**
	 * Rewrites a jar, without its signature and with the main section of its
	 * manifest only when {@code unsign}, each entry uncompressed when {@code store}.
	 *
	 * @return whether anything changed
	 */
	private static boolean rewrite(Path jar, boolean unsign, boolean store) throws IOException {
		Path copy = jar.resolveSibling(jar.getFileName() + ".preparing");
		boolean changed = false;
		try (ZipFile in = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(copy);
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry : in.stream().toList()) {
				String name = entry.getName();
				if (unsign && SIGNATURE.matcher(name).matches()) {
					changed = true;
					continue;
				}
				byte[] content;
				try (InputStream stream = in.getInputStream(entry)) {
					content = stream.readAllBytes();
				}
				if (unsign && name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
					ByteArrayOutputStream plain = new ByteArrayOutputStream();
					mainSection(new Manifest(new ByteArrayInputStream(content))).write(plain);
					changed |= plain.size() != content.length;
					content = plain.toByteArray();
				}
				ZipEntry written = new ZipEntry(name);
				written.setTime(entry.getTime());
				if (store) {
					CRC32 crc = new CRC32();
					crc.update(content);
					written.setMethod(ZipEntry.STORED);
					written.setSize(content.length);
					written.setCompressedSize(content.length);
					written.setCrc(crc.getValue());
					changed |= entry.getMethod() != ZipEntry.STORED;
				}
				out.putNextEntry(written);
				out.write(content);
				out.closeEntry();
			}
		}
		if (changed) {
			Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} else {
			Files.delete(copy);
		}
		return changed;
	}

	/** The manifest without its per-entry sections (the digests the signature covered). */
	private static Manifest mainSection(Manifest signed) {
		Manifest plain = new Manifest();
		Attributes main = plain.getMainAttributes();
		main.putAll(signed.getMainAttributes());
		return plain;
	}
}
