package org.spinerad.cli;

import java.util.List;

/**
 * One command of the headless command line ({@code spinerad cli <name> ...}).
 * <p>
 * A bundle adds a command by registering an implementation as an OSGi service,
 * usually with {@code @Component(service = CliCommand.class)}. Commands write
 * results to {@link CommandContext#out()}; they signal bad input by throwing
 * {@link CliException} (exit code 1). Any other exception is an internal error
 * (exit code 2).
 */
public interface CliCommand {

	/** Exit code of a successful command. */
	int OK = 0;
	/** Exit code for bad input or a failed check the user can fix. */
	int USER_ERROR = 1;
	/** Exit code for a fault of the program. */
	int INTERNAL_ERROR = 2;

	/** @return the name typed after {@code cli}, e.g. {@code validate} */
	String name();

	/** @return one line for the command overview */
	String summary();

	/** @return the full help: synopsis, options, examples */
	String usage();

	/**
	 * Runs the command.
	 *
	 * @param args    the arguments after the command name
	 * @param context where to write output, and the working directory
	 * @return the exit code, normally {@link #OK} or {@link #USER_ERROR}
	 * @throws CliException for user errors, with a one-line message
	 * @throws Exception    for internal errors
	 */
	int run(List<String> args, CommandContext context) throws Exception;
}
