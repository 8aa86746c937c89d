package org.spinerad.templates.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.model.Report;
import org.spinerad.model.io.AtomicFiles;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;

/** What the template commands share: reading reports, choosing templates, writing output. */
final class Templates {

	private Templates() {
	}

	static Report read(String path, CommandContext context) throws CliException {
		try {
			return ReportIO.read(context.resolve(path));
		} catch (ReportIOException e) {
			throw new CliException(e.getMessage(), e);
		}
	}

	static TemplateProvider choose(TemplateRegistry registry, String id, Report report) throws CliException {
		String wanted = id != null ? id : report == null ? null : report.getTemplateId();
		if (wanted == null) {
			throw new CliException("the report names no template; choose one with --template ID (" + ids(registry) + ")");
		}
		return registry.find(wanted).orElseThrow(
				() -> new CliException("no template '" + wanted + "' is installed; installed: " + ids(registry)));
	}

	static String ids(TemplateRegistry registry) {
		return registry.templates().stream().map(TemplateProvider::id).collect(Collectors.joining(", "));
	}

	static void write(String text, String out, CommandContext context) throws CliException {
		if (out == null) {
			context.out().print(text);
			return;
		}
		Path file = context.resolve(out);
		try {
			AtomicFiles.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		} catch (java.io.IOException e) {
			throw new CliException(file + " cannot be written: " + e.getMessage(), e);
		}
	}

	static String readSource(String path, CommandContext context) throws CliException {
		Path file = context.resolve(path);
		try {
			return Files.readString(file);
		} catch (java.io.IOException e) {
			throw new CliException(file + " cannot be read: " + e.getMessage(), e);
		}
	}
}
