package org.spinerad.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed command arguments: {@code --name value} options, {@code --flag}
 * switches and positional arguments. Unknown options, and options given an
 * empty or blank value (as an unset shell variable gives), are user errors.
 */
public final class Options {

	private final Map<String, String> values = new LinkedHashMap<>();
	private final List<String> positional = new ArrayList<>();

	private Options() {
	}

	/**
	 * Parses arguments.
	 *
	 * @param args        the arguments after the command name
	 * @param withValue   option names (without dashes) that take a value
	 * @param switches    option names that take none
	 * @param commandName the command, for error messages
	 * @return the parsed options
	 * @throws CliException for unknown options, and missing, empty or blank values
	 */
	public static Options parse(List<String> args, Set<String> withValue, Set<String> switches, String commandName)
			throws CliException {
		Options options = new Options();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--") && arg.length() > 2) {
				String name = arg.substring(2);
				String inlineValue = null;
				int eq = name.indexOf('=');
				if (eq > 0) {
					inlineValue = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				if (withValue.contains(name)) {
					if (inlineValue == null) {
						if (i + 1 >= args.size()) {
							throw new CliException(commandName + ": option --" + name
									+ " needs a value; see 'cli help " + commandName + "'");
						}
						inlineValue = args.get(++i);
					}
					if (inlineValue.isBlank()) {
						throw new CliException(commandName + ": option --" + name
								+ " is empty (an unset shell variable?); give a value or leave the option out; see 'cli help "
								+ commandName + "'");
					}
					options.values.put(name, inlineValue);
				} else if (switches.contains(name) && inlineValue == null) {
					options.values.put(name, "true");
				} else {
					throw new CliException(commandName + ": unknown option --" + name + "; see 'cli help "
							+ commandName + "'");
				}
			} else {
				options.positional.add(arg);
			}
		}
		return options;
	}

	/** @return the value of an option, if given */
	public Optional<String> get(String name) {
		return Optional.ofNullable(values.get(name));
	}

	/**
	 * @return the value of a required option
	 * @throws CliException when the option is missing
	 */
	public String require(String name, String commandName) throws CliException {
		String value = values.get(name);
		if (value == null) {
			throw new CliException(commandName + ": option --" + name + " is required; see 'cli help "
					+ commandName + "'");
		}
		return value;
	}

	/** @return whether a switch was given */
	public boolean has(String name) {
		return values.containsKey(name);
	}

	/** @return the positional arguments in order */
	public List<String> positional() {
		return List.copyOf(positional);
	}
}
