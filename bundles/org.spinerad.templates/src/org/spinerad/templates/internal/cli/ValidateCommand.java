package org.spinerad.templates.internal.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.model.Report;
import org.spinerad.model.validation.Phase;
import org.spinerad.model.validation.Problem;
import org.spinerad.model.validation.Validation;
import org.spinerad.templates.SigningCheck;

/**
 * {@code cli validate --report FILE [--signing]}: prints the diagnostics of a
 * report. It lives here, not in the model bundle, because the sign-off rules
 * include the critical results of the template's decision support.
 */
@Component(service = CliCommand.class)
public final class ValidateCommand implements CliCommand {

	@Reference
	SigningCheck signing;

	/** For Declarative Services. */
	public ValidateCommand() {
	}

	/** With an explicit signing check (tools and tests). */
	public ValidateCommand(SigningCheck signing) {
		this.signing = signing;
	}

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
				  --signing      apply the rules of sign-off (stricter: a critical finding, or a
				                 decision-support conclusion of ACR category 1-2, needs a complete
				                 communication record; category 3 a notification or a routine choice)
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report"), Set.of("signing"), name());
		Report report = Templates.read(options.require("report", name()), context);
		List<Problem> problems = options.has("signing") ? signing.check(report)
				: Validation.validate(report, Phase.EDITING);
		problems.forEach(p -> context.out().println(p));
		long errors = problems.stream().filter(Problem::isError).count();
		context.out().println(String.format(Locale.ROOT, "%d error(s), %d warning(s)", errors,
				problems.size() - errors));
		return errors > 0 ? USER_ERROR : OK;
	}
}
