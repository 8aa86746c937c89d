package org.spinerad.templates;

import java.net.URL;

/**
 * Base class of template plugins: templates live in the plugin's
 * {@code templates/} folder and are loaded through its own class loader.
 */
public abstract class BundledTemplateProvider implements TemplateProvider {

	@Override
	public URL templateResource(String name) {
		if (name.contains("..") || name.startsWith("/")) {
			return null;
		}
		return getClass().getResource("/templates/" + name);
	}

	@Override
	public String toString() {
		return id() + " " + version();
	}
}
