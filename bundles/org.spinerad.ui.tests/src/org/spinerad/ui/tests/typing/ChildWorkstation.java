package org.spinerad.ui.tests.typing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Starts the workstation in a separate JVM from the bundles of the running
 * test framework (its {@code config.ini}, copied into a configuration folder of
 * its own), with another application and a workspace of its own.
 */
final class ChildWorkstation {

	private ChildWorkstation() {
	}

	/**
	 * @param application the application id to run, e.g. the typing workstation
	 * @param workspace   the workspace folder (the store goes to {@code store/} in it)
	 * @param mode        what the typing workstation does (see {@link TypingWorkstation})
	 * @return the process; its standard error goes to {@code <workspace>-<mode>.log}
	 */
	static Process start(String application, Path workspace, String mode) throws IOException {
		Properties config = new Properties();
		Path running = Path.of(URI.create(System.getProperty("osgi.configuration.area"))).resolve("config.ini");
		try (InputStream in = Files.newInputStream(running)) {
			config.load(in);
		}
		config.setProperty("eclipse.application", application);
		config.setProperty("eclipse.product", "org.spinerad.app.product");
		config.remove("eclipse.application.launchDefault");
		Path configuration = Files.createDirectories(workspace.resolveSibling(workspace.getFileName() + "-configuration"));
		try (OutputStream out = Files.newOutputStream(configuration.resolve("config.ini"))) {
			config.store(out, "copy of the test runtime for a second workstation");
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		List<String> parent = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
		int jar = parent.indexOf("-jar");
		for (String arg : parent.subList(0, Math.max(jar, 0))) {
			if (arg.startsWith("-D") && !arg.startsWith("-Dspinerad.store=")) {
				command.add(arg); // the same platform properties as this runtime (os, ws, locale, time zone)
			}
		}
		command.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", // start fast: the test waits for two starts
				"-Dorg.eclipse.swt.internal.gtk.disableDBus=true",
				"-Dspinerad.store=" + workspace.resolve("store"), "-D" + TypingWorkstation.MODE + "=" + mode));
		if (jar >= 0 && jar + 1 < parent.size()) {
			// the Equinox launcher, as the product starts: it stops the framework and exits when the application ends
			command.addAll(List.of("-jar", parent.get(jar + 1)));
			String install = config.getProperty("osgi.install.area");
			if (install != null) {
				command.addAll(List.of("-install", install));
			}
		} else {
			String framework = config.getProperty("osgi.framework", System.getProperty("osgi.framework"));
			command.addAll(List.of("-cp", Path.of(URI.create(framework)).toString(),
					"org.eclipse.core.runtime.adaptor.EclipseStarter"));
		}
		command.addAll(List.of("-configuration", configuration.toUri().toString(), "-data", workspace.toUri().toString(),
				"-application", application, "-product", "org.spinerad.app.product", "-nosplash",
				"-clearPersistedState"));
		// standard error to a file: an inherited pipe would keep the test runner waiting if a child outlived it
		Path log = workspace.resolveSibling(workspace.getFileName() + "-" + mode + ".log");
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
	}
}
