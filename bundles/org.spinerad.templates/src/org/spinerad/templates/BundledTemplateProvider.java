package org.spinerad.templates;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;

import org.osgi.framework.FrameworkUtil;

/**
 * Base class of template plugins: templates live in the plugin's
 * {@code templates/} folder and are loaded from that plugin only.
 */
public abstract class BundledTemplateProvider implements TemplateProvider {

	private static final String FOLDER = "templates/";

	@Override
	public URL templateResource(String name) {
		if (name.contains("..") || name.startsWith("/")) {
			return null;
		}
		if (FrameworkUtil.getBundle(getClass()) != null) {
			// the plugin's own class loader sees its folder and its fragments', never another plugin's
			return getClass().getResource("/" + FOLDER + name);
		}
		return besideClass(FOLDER + name);
	}

	/**
	 * Outside OSGi (benchmarks, tools on one class path) every plugin's {@code templates/} folder is
	 * visible to every class, and the first one found would win; this takes the one in the jar or
	 * folder the concrete provider class was loaded from.
	 */
	private URL besideClass(String path) {
		String self = getClass().getName().replace('.', '/') + ".class";
		URL own = getClass().getResource("/" + self);
		if (own == null) {
			return null;
		}
		String location = own.toExternalForm();
		try {
			URL candidate = URI.create(location.substring(0, location.length() - self.length()) + path).toURL();
			try (InputStream in = candidate.openStream()) {
				return candidate;
			}
		} catch (IOException | IllegalArgumentException e) {
			return null;
		}
	}

	@Override
	public String toString() {
		return id() + " " + version();
	}
}
