package org.spinerad.model.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where the workstation keeps its data: the OSGi instance area ({@code -data},
 * which the launcher sets from {@code SPINERAD_WORKSPACE}), else
 * {@code ~/.spinerad/workspace}. Each service keeps its own folder in it and
 * may be pointed elsewhere by a system property given at start.
 */
public final class Workspace {

	private Workspace() {
	}

	/** @return the workspace folder */
	public static Path root() {
		String instance = System.getProperty("osgi.instance.area");
		if (instance != null && instance.startsWith("file:")) {
			try {
				return Path.of(new URI(instance.replace(" ", "%20"))).toAbsolutePath().normalize();
			} catch (URISyntaxException | IllegalArgumentException e) {
				System.getLogger(Workspace.class.getName()).log(System.Logger.Level.WARNING,
						"The workspace location is not a file URI; using ~/.spinerad/workspace");
			}
		}
		return Path.of(System.getProperty("user.home"), ".spinerad", "workspace");
	}

	/**
	 * @param overrideProperty a system property that names the folder explicitly, or null
	 * @param relative         the folder inside the workspace, e.g. {@code "store"} or {@code "dicom/stow-failed"}
	 * @return the folder named by the property when set, else the folder in the workspace
	 */
	public static Path folder(String overrideProperty, String relative) {
		String explicit = overrideProperty == null ? null : System.getProperty(overrideProperty);
		if (explicit != null && !explicit.isBlank()) {
			return Path.of(explicit).toAbsolutePath().normalize();
		}
		return root().resolve(relative).normalize();
	}
}
