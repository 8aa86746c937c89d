package org.spinerad.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Builds a plain class path from bundles of the running test framework, to start a separate JVM. */
public final class JvmClasspath {

	private JvmClasspath() {
	}

	/**
	 * @param anchor        a class of an active bundle, usually the test class
	 * @param symbolicNames bundles of the running framework whose classes the other JVM needs
	 * @return their jar files or class folders, joined with the path separator
	 */
	public static String of(Class<?> anchor, String... symbolicNames) {
		BundleContext context = FrameworkUtil.getBundle(anchor).getBundleContext();
		Set<String> entries = new LinkedHashSet<>();
		for (String name : symbolicNames) {
			boolean found = false;
			for (Bundle bundle : context.getBundles()) {
				if (name.equals(bundle.getSymbolicName())) {
					entries.addAll(locations(bundle));
					found = true;
				}
			}
			if (!found) {
				throw new IllegalStateException("bundle " + name + " is not in the test runtime");
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static List<String> locations(Bundle bundle) {
		String location = bundle.getLocation();
		int file = location.indexOf("file:");
		if (file < 0) {
			throw new IllegalStateException("cannot find the files of " + bundle.getSymbolicName() + " at " + location);
		}
		String spec = location.substring(file + "file:".length());
		Path path = Path.of(spec.startsWith("/") ? spec : System.getProperty("osgi.install.area", "").replace("file:", "") + spec)
				.toAbsolutePath().normalize();
		List<String> result = new ArrayList<>();
		if (Files.isDirectory(path)) {
			for (String candidate : new String[] { "target/classes", "bin", "." }) {
				Path dir = path.resolve(candidate);
				if (Files.isDirectory(dir.resolve("org")) || Files.isDirectory(dir.resolve("com"))) {
					result.add(dir.normalize().toString());
					break;
				}
			}
		} else {
			result.add(path.toString());
		}
		return result;
	}
}
