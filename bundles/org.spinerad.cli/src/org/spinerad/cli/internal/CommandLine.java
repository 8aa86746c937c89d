package org.spinerad.cli.internal;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;

/**
 * Dispatches {@code cli <command> [args]} to the command of that name and maps
 * the outcome to the documented exit codes: 0 ok, 1 user error (one line on
 * standard error), 2 internal error.
 */
public final class CommandLine {

	static final String PROGRAM = "spinerad cli";

	private final Map<String, CliCommand> commands = new TreeMap<>();

	/** @param commands the available commands; a duplicate name is an internal error */
	public CommandLine(Collection<? extends CliCommand> commands) {
		for (CliCommand command : commands) {
			CliCommand previous = this.commands.putIfAbsent(command.name(), command);
			if (previous != null) {
				throw new IllegalStateException("Two commands are named '" + command.name() + "': "
						+ previous.getClass().getName() + " and " + command.getClass().getName());
			}
		}
	}

	/**
	 * Runs one command line.
	 *
	 * @param args    the arguments after {@code cli}
	 * @param context output streams and working directory
	 * @return the exit code
	 */
	public int run(List<String> args, CommandContext context) {
		PrintStream out = terminalSafe(context.out());
		PrintStream err = terminalSafe(context.err());
		try {
			return dispatch(args, new CommandContext(out, err, context.workingDirectory()));
		} finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * @return a stream that shows control characters (ESC, BEL, CR, ...) in caret
	 *         notation, so that text from a file never drives the user's terminal
	 */
	static PrintStream terminalSafe(PrintStream target) {
		return new PrintStream(new TerminalSafeStream(target, target.charset()), true, target.charset());
	}

	private int dispatch(List<String> args, CommandContext context) {
		if (args.isEmpty() || isHelp(args.get(0))) {
			context.out().print(overview());
			return CliCommand.OK;
		}
		String name = args.get(0);
		List<String> rest = args.subList(1, args.size());
		try {
			if (name.equals("help")) {
				return help(rest, context);
			}
			CliCommand command = commands.get(name);
			if (command == null) {
				throw new CliException("unknown command '" + name + "'; run '" + PROGRAM
						+ " --help' to list the commands");
			}
			if (rest.size() == 1 && isHelp(rest.get(0))) {
				context.out().print(command.usage());
				return CliCommand.OK;
			}
			return command.run(rest, context);
		} catch (CliException e) {
			context.err().println("error: " + oneLine(e.getMessage()));
			return CliCommand.USER_ERROR;
		} catch (VirtualMachineError e) {
			// StackOverflowError, OutOfMemoryError: the stack is unwound and the memory free again here
			context.err().println("internal error in '" + name + "': " + e.getClass().getSimpleName()
					+ ": the input is too large or nested too deeply for this command"
					+ " (more memory or stack: SPINERAD_JAVA_OPTS=\"-Xmx4g -Xss16m\"); please report it");
			return CliCommand.INTERNAL_ERROR;
		} catch (Throwable e) {
			context.err().println("internal error in '" + name + "': " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())));
			context.err().println("Please report this with the command you ran; run with SPINERAD_DEBUG=1 for details.");
			if (System.getenv("SPINERAD_DEBUG") != null) {
				e.printStackTrace(context.err());
			}
			return CliCommand.INTERNAL_ERROR;
		}
	}

	private int help(List<String> rest, CommandContext context) throws CliException {
		if (rest.isEmpty()) {
			context.out().print(overview());
			return CliCommand.OK;
		}
		CliCommand command = commands.get(rest.get(0));
		if (command == null) {
			throw new CliException("no help for unknown command '" + rest.get(0) + "'; run '" + PROGRAM
					+ " --help' to list the commands");
		}
		context.out().print(command.usage());
		return CliCommand.OK;
	}

	/** @return the overview printed by {@code --help} */
	public String overview() {
		StringBuilder text = new StringBuilder();
		text.append("Usage: ").append(PROGRAM).append(" <command> [options]\n\n");
		text.append("Headless commands of the Spine MRI Reporting workstation.\n\nCommands:\n");
		int width = commands.keySet().stream().map(String::length).max(Comparator.naturalOrder()).orElse(4);
		width = Math.max(width, "help".length());
		for (CliCommand command : commands.values()) {
			text.append("  ").append(pad(command.name(), width)).append("  ").append(command.summary()).append('\n');
		}
		text.append("  ").append(pad("help", width)).append("  ").append("Show the help of one command").append('\n');
		text.append("\nRun '").append(PROGRAM).append(" help <command>' for the options of a command.\n");
		text.append("\nExit codes:\n");
		text.append("  0  success\n");
		text.append("  1  user error: bad arguments or input, or a failed check (one line on standard error)\n");
		text.append("  2  internal error: a fault of the program; please report it\n");
		return text.toString();
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h");
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}

	private static String oneLine(String message) {
		return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
	}
}
