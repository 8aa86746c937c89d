package org.spinerad.cli.internal;

import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;

/** {@code cli version}: the product version, and with --verbose, the bundles of ours. */
@Component(service = CliCommand.class)
public final class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String summary() {
		return "Print the product version";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli version [--verbose]

				Prints the product version, e.g. 'spinerad 0.1.0.v20261126-1200'.

				Options:
				  --verbose  also list the version of every SpineRad bundle and of Java
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of(), Set.of("verbose"), name());
		if (!options.positional().isEmpty()) {
			throw new CliException("version: unexpected argument '" + options.positional().get(0)
					+ "'; the command takes no arguments");
		}
		Bundle self = FrameworkUtil.getBundle(VersionCommand.class);
		context.out().println("spinerad " + self.getVersion());
		if (options.has("verbose")) {
			context.out().println("java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
			for (Bundle bundle : self.getBundleContext().getBundles()) {
				if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("org.spinerad.")) {
					context.out().println(bundle.getSymbolicName() + " " + bundle.getVersion());
				}
			}
		}
		return OK;
	}
}
