package org.spinerad.model.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;

/** {@code cli convert --in FILE --out FILE}: converts a report between XMI and JSON. */
@Component(service = CliCommand.class)
public final class ConvertCommand implements CliCommand {

	@Override
	public String name() {
		return "convert";
	}

	@Override
	public String summary() {
		return "Convert a report between XMI and JSON";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli convert --in FILE --out FILE [--force]

				Reads a report and writes it in the format of the output file's extension
				(.xmi or .json). The output is written atomically; an existing output file is
				only replaced with --force. The input is never changed.

				Options:
				  --in FILE    the report to read (.xmi or .json)
				  --out FILE   the file to write (.xmi or .json)
				  --force      replace an existing output file
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("in", "out"), Set.of("force"), name());
		Report report = read(options.require("in", name()), context);
		Path out = context.resolve(options.require("out", name()));
		if (Files.exists(out) && !options.has("force")) {
			throw new CliException(out + " exists; choose another output file or add --force to replace it");
		}
		try {
			ReportIO.write(report, out);
		} catch (ReportIOException e) {
			throw new CliException(e.getMessage(), e);
		}
		context.out().println("wrote " + out);
		return OK;
	}

	static Report read(String path, CommandContext context) throws CliException {
		try {
			return ReportIO.read(context.resolve(path));
		} catch (ReportIOException e) {
			throw new CliException(e.getMessage(), e);
		}
	}
}
