package org.spinerad.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command may use from its caller.
 *
 * @param out              standard output: results
 * @param err              standard error: warnings and progress
 * @param workingDirectory the directory relative paths are resolved against
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory) {

	/**
	 * Resolves a path argument against the working directory.
	 *
	 * @param argument a path as typed by the user
	 * @return the absolute, normalized path
	 */
	public Path resolve(String argument) {
		return workingDirectory.resolve(argument).toAbsolutePath().normalize();
	}
}
