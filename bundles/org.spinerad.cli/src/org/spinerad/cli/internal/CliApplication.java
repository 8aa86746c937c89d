package org.spinerad.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CommandContext;

/**
 * The headless application ({@code -application org.spinerad.cli.app}): runs one
 * command line against the {@link CliCommand} services of the running product
 * and returns its exit code to the launcher. Whatever happens, the result is an
 * exit code and at most a line on standard error; the framework log of the run
 * is private to the user and holds no command line ({@link PrivateLog}).
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext appContext) {
		appContext.applicationRunning();
		try {
			return Integer.valueOf(run(appContext));
		} catch (Throwable e) {
			// never to the framework log (it would carry the command line): one line, exit code 2
			System.err.println("internal error: " + e.getClass().getSimpleName()
					+ "; please report it with the command you ran");
			return Integer.valueOf(CliCommand.INTERNAL_ERROR);
		}
	}

	private int run(IApplicationContext appContext) throws InvalidSyntaxException {
		String[] args = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		BundleContext bundleContext = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
		try {
			PrivateLog.install(bundleContext, PrivateLog.defaultFile(bundleContext.getProperty("osgi.instance.area")));
		} catch (IOException e) {
			System.err.println("warning: the command-line log cannot be opened (" + e.getMessage()
					+ "); framework messages go to the default log");
		}
		List<ServiceReference<CliCommand>> references = services(bundleContext);
		try {
			List<CliCommand> commands = new ArrayList<>();
			for (ServiceReference<CliCommand> reference : references) {
				CliCommand command = bundleContext.getService(reference);
				if (command != null) {
					commands.add(command);
				}
			}
			CommandContext context = new CommandContext(System.out, System.err, workingDirectory());
			int exitCode = new CommandLine(commands).run(Arrays.asList(args == null ? new String[0] : args), context);
			System.out.flush();
			System.err.flush();
			return exitCode;
		} finally {
			references.forEach(bundleContext::ungetService);
		}
	}

	private static List<ServiceReference<CliCommand>> services(BundleContext context) throws InvalidSyntaxException {
		return new ArrayList<>(context.getServiceReferences(CliCommand.class, null));
	}

	private static Path workingDirectory() {
		String fromLauncher = System.getProperty("spinerad.cwd");
		return Path.of(fromLauncher != null ? fromLauncher : System.getProperty("user.dir"));
	}

	@Override
	public void stop() {
		// a command line runs to its end; nothing to interrupt
	}
}
