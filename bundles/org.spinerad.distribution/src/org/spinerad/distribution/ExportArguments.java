package org.spinerad.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;

/**
 * What the export commands of the command line ({@code export-hl7},
 * {@code export-fhir}) read alike: the report of {@code --report FILE}, and its
 * rendered text from {@code --text FILE}, or else rendered with the report's
 * template, or else a stand-in built by the command.
 */
public final class ExportArguments {

	private ExportArguments() {
	}

	/**
	 * @param command the command's name, for messages
	 * @return the report of {@code --report FILE}
	 * @throws CliException when the option is missing or the file is not a readable report
	 */
	public static Report report(Options options, CommandContext context, String command) throws CliException {
		try {
			return ReportIO.read(context.resolve(options.require("report", command)));
		} catch (ReportIOException e) {
			throw new CliException(e.getMessage(), e);
		}
	}

	/**
	 * @param command      the command's name, for messages
	 * @param distribution the distribution service (it renders with the report's template), or null
	 * @param standIn      the text when the template is not installed
	 * @param standInNote  what that text is, said on standard error then
	 * @return the text of {@code --text FILE}; else the report rendered with its
	 *         template; else the stand-in
	 * @throws CliException when the file cannot be read or the rendering fails
	 */
	public static String text(Options options, Report report, CommandContext context, String command,
			DistributionService distribution, Supplier<String> standIn, String standInNote) throws CliException {
		Optional<String> file = options.get("text");
		if (file.isPresent()) {
			Path path = context.resolve(file.get());
			try {
				return Files.readString(path, StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new CliException(command + ": " + path + " cannot be read: " + e.getMessage(), e);
			}
		}
		if (distribution != null && distribution.canRender(report)) {
			try {
				return distribution.render(report).text();
			} catch (DistributionException e) {
				throw new CliException(command + ": " + e.getMessage() + "; or give the text with --text FILE", e);
			}
		}
		context.err().println("note: template '" + report.getTemplateId() + "' is not installed; " + standInNote
				+ " (give --text FILE for the rendered report)");
		return standIn.get();
	}
}
