package org.spinerad.templates.internal.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.model.Report;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.RenderResult;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;

/** {@code cli render}: renders a report with its template. */
@Component(service = CliCommand.class)
public final class RenderCommand implements CliCommand {

	@Reference
	TemplateRegistry registry;
	@Reference
	TemplateService service;

	@Override
	public String name() {
		return "render";
	}

	@Override
	public String summary() {
		return "Render a report as text (for the RIS) or HTML";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli render --report FILE [--template ID] [--format text|html] [--out FILE]

				Renders the report with the template it names (or --template), using the
				department's published version of the template when there is one. Prints the
				result, or writes it atomically to --out. The template id and version used are
				printed to standard error. A template error names the template, line, column
				and expression (exit 1); the report is never changed.
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report", "template", "format", "out"), Set.of(), name());
		Report report = Templates.read(options.require("report", name()), context);
		String formatName = options.get("format").orElse("text").toUpperCase(Locale.ROOT);
		OutputFormat format;
		try {
			format = OutputFormat.valueOf(formatName);
		} catch (IllegalArgumentException e) {
			throw new CliException("render: unknown format '" + options.get("format").orElse("") + "'; use text or html");
		}
		try {
			RenderResult result = service.render(report, Templates.choose(registry, options.get("template").orElse(null),
					report), format);
			Templates.write(result.text(), options.get("out").orElse(null), context);
			context.err().println("rendered with " + result.templateId() + " " + result.templateVersion() + " ("
					+ result.origin() + ")");
			return OK;
		} catch (TemplateError e) {
			throw new CliException(e.describe(), e);
		}
	}
}
