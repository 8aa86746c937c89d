package org.spinerad.templates.internal.cli;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.templates.OutputFormat;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;

/** {@code cli template}: lists templates and lets an admin check, publish, diff and revert. */
@Component(service = CliCommand.class)
public final class TemplateCommand implements CliCommand {

	@Reference
	TemplateRegistry registry;
	@Reference
	TemplateService service;

	@Override
	public String name() {
		return "template";
	}

	@Override
	public String summary() {
		return "List, check, publish, diff and revert report templates (admin)";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli template list
				       spinerad cli template show    --template ID [--name FILE]
				       spinerad cli template check   --template ID [--name FILE] --source PATH
				       spinerad cli template publish --template ID [--name FILE] --source PATH [--author NAME]
				       spinerad cli template diff    --template ID [--name FILE]
				       spinerad cli template revert  --template ID [--name FILE]

				Templates are FreeMarker files of a template plugin: report.txt.ftl (text for the
				RIS, the default --name) and report.ftlh (HTML); lib/phrases.ftl holds the
				wording of findings for all of them. A department folder overrides these files
				without rebuilding the product. 'check' tests an edited file: syntax, then a
				render of every example case; 'publish' does the same and, when it passes, writes
				the file with a new version (e.g. 1.0.0-dept.2) that reports record; 'diff' shows
				the file in effect against the shipped default; 'revert' restores the default
				(itself a new version).
				Exit code 1 when a check fails.
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		if (args.isEmpty()) {
			throw new CliException("template: say what to do: list, show, check, publish, diff or revert");
		}
		String action = args.get(0);
		Options options = Options.parse(args.subList(1, args.size()), Set.of("template", "name", "source", "author"),
				Set.of(), name());
		if (action.equals("list")) {
			for (TemplateProvider t : registry.templates()) {
				context.out().println(t.id() + "  " + service.effectiveVersion(t) + "  " + t.label() + "  (text: "
						+ service.origin(t, OutputFormat.TEXT.templateName()) + ", html: "
						+ service.origin(t, OutputFormat.HTML.templateName()) + ")");
			}
			context.out().println("department folder: " + service.departmentFolder());
			return OK;
		}
		TemplateProvider template = Templates.choose(registry, options.require("template", name()), null);
		String file = options.get("name").orElse(OutputFormat.TEXT.templateName());
		try {
			switch (action) {
			case "show" -> context.out().print(service.source(template, file));
			case "check" -> {
				List<String> problems = service.check(template, file, Templates.readSource(options.require("source", name()), context));
				problems.forEach(p -> context.out().println("error: " + p));
				context.out().println(problems.isEmpty() ? "ok: syntax and all example cases render" : problems.size() + " problem(s)");
				return problems.isEmpty() ? OK : USER_ERROR;
			}
			case "publish" -> {
				String version = service.publish(template, file,
						Templates.readSource(options.require("source", name()), context),
						options.get("author").orElse(System.getProperty("user.name")));
				context.out().println("published " + template.id() + "/" + file + " as version " + version);
			}
			case "diff" -> {
				String diff = service.diff(template, file);
				context.out().print(diff.isEmpty() ? "no differences from the shipped template\n" : diff);
			}
			case "revert" -> {
				service.revert(template, file);
				context.out().println("reverted " + template.id() + "/" + file + "; version now "
						+ service.effectiveVersion(template));
			}
			default -> throw new CliException("template: unknown action '" + action
					+ "'; use list, show, check, publish, diff or revert");
			}
		} catch (TemplateError e) {
			throw new CliException(e.describe(), e);
		}
		return OK;
	}
}
