package org.spinerad.templates.internal.cli;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.model.Report;
import org.spinerad.templates.Conclusion;
import org.spinerad.templates.Reason;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;

/** {@code cli decide}: prints the decision support of a report with its reasons. */
@Component(service = CliCommand.class)
public final class DecideCommand implements CliCommand {

	@Reference
	TemplateRegistry registry;
	@Reference
	TemplateService service;

	@Override
	public String name() {
		return "decide";
	}

	@Override
	public String summary() {
		return "Print decision support (scores, grades, suggestions) with reasons";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli decide --report FILE [--template ID]

				Runs the decision support of the report's template (or --template) and prints
				one block per conclusion:
				  <LEVEL> <rule id>: <label> = <value>
				    because: <reason> [finding id]
				    caveat: <caveat>
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report", "template"), Set.of(), name());
		Report report = Templates.read(options.require("report", name()), context);
		List<Conclusion> conclusions = service.decide(report,
				Templates.choose(registry, options.get("template").orElse(null), report));
		for (Conclusion c : conclusions) {
			context.out().println(c.level() + " " + c.ruleId() + ": " + c.label() + " = " + c.value());
			for (Reason r : c.reasons()) {
				context.out().println("    because: " + r.text() + (r.findingId() == null ? "" : " [" + r.findingId() + "]"));
			}
			for (String caveat : c.caveats()) {
				context.out().println("    caveat: " + caveat);
			}
		}
		if (conclusions.isEmpty()) {
			context.out().println("no conclusions");
		}
		return OK;
	}
}
