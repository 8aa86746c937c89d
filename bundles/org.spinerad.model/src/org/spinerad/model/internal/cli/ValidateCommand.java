package org.spinerad.model.internal.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.model.Report;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Validation;

/** {@code cli validate --report FILE [--signing]}: prints the diagnostics of a report. */
@Component(service = CliCommand.class)
public final class ValidateCommand implements CliCommand {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "Check a report (XMI or JSON) against the clinical rules";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli validate --report FILE [--signing]

				Reads a report (.xmi or .json) and prints one line per problem:
				  <severity>: <where>: <what is wrong and how to fix it> [<rule>]
				Exit code 1 when there is at least one error (or the file cannot be read), else 0.

				Options:
				  --report FILE  the report to check
				  --signing      apply the rules of sign-off (stricter: e.g. a critical finding
				                 needs a communication record)
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report"), Set.of("signing"), name());
		Report report = read(options.require("report", name()), context);
		List<Problem> problems = Validation.validate(report, options.has("signing") ? Phase.SIGNING : Phase.EDITING);
		problems.forEach(p -> context.out().println(p));
		long errors = problems.stream().filter(Problem::isError).count();
		context.out().println(String.format(Locale.ROOT, "%d error(s), %d warning(s)", errors,
				problems.size() - errors));
		return errors > 0 ? USER_ERROR : OK;
	}

	static Report read(String path, CommandContext context) throws CliException {
		try {
			return ReportIO.read(context.resolve(path));
		} catch (ReportIOException e) {
			throw new CliException(e.getMessage(), e);
		}
	}
}
