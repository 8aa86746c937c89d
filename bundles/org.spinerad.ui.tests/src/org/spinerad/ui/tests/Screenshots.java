package org.spinerad.ui.tests;

import java.nio.file.Path;

/** Where UI tests save their screenshots: target/screenshots of this bundle. */
final class Screenshots {

	private Screenshots() {
	}

	static Path file(String name) {
		String dir = System.getProperty("spinerad.screenshots");
		Path base = dir != null ? Path.of(dir) : Path.of("target", "screenshots");
		return base.resolve(name + ".png");
	}
}
