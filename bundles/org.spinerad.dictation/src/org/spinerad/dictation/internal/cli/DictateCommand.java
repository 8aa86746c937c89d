package org.spinerad.dictation.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.dictation.Dictation;
import org.spinerad.dictation.DictationResult;
import org.spinerad.dictation.DictationSession;
import org.spinerad.dictation.Edit;
import org.spinerad.dictation.Recognition;
import org.spinerad.dictation.SpeechRecognizer;
import org.spinerad.model.Report;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;

/** {@code cli dictate}: one typed or spoken phrase into a report's findings. */
@Component(service = CliCommand.class)
public final class DictateCommand implements CliCommand {

	@Reference
	Dictation dictation;
	@Reference
	SpeechRecognizer recognizer;

	@Override
	public String name() {
		return "dictate";
	}

	@Override
	public String summary() {
		return "Dictate a phrase (typed or a WAV file) into a report's findings";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli dictate --report FILE (--text "PHRASE" | --audio FILE.wav) [--out FILE]

				Interprets one phrase of the template's phrase language, e.g.
				  "L3-L4 epidural abscess, rim enhancing, 5 millimetres thick"
				and prints each edit as  <region> <level> <field> = <value>
				and each part it could not place as  not placed: <words>: <reason>
				(those words are kept in the finding's remark).
				--audio recognizes a 16 kHz mono WAV offline (pocketsphinx); the audio is not kept.
				--out writes the edited report (JSON or XMI by extension); without it nothing is written.
				Exit code 1 when nothing was understood.
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report", "text", "audio", "out"), Set.of(), name());
		Path file = context.resolve(options.require("report", name()));
		Report report;
		try {
			report = ReportIO.read(file);
		} catch (ReportIOException e) {
			throw new CliException(e.getMessage(), e);
		}
		if (options.has("text") == options.has("audio")) {
			throw new CliException("dictate needs either --text \"PHRASE\" or --audio FILE.wav (one of them)");
		}
		String phrase = options.get("text").orElse(null);
		if (phrase == null) {
			phrase = hear(context.resolve(options.get("audio").get()), report, context);
		}
		DictationSession session;
		try {
			session = dictation.session(report, new ReportEditingDomain());
		} catch (IllegalArgumentException e) {
			throw new CliException(file.getFileName() + ": " + e.getMessage(), e);
		}
		DictationResult result = session.apply(phrase);
		for (Edit edit : result.edits()) {
			context.out().println(edit);
		}
		for (String u : result.unplaced()) {
			context.out().println("not placed: " + u);
		}
		if (!result.understood()) {
			return USER_ERROR;
		}
		if (options.has("out")) {
			Path out = context.resolve(options.get("out").get());
			try {
				ReportIO.write(report, out);
			} catch (ReportIOException e) {
				throw new CliException(out + " cannot be written: " + e.getMessage(), e);
			}
		}
		return OK;
	}

	private String hear(Path wav, Report report, CommandContext context) throws CliException {
		if (!Files.isReadable(wav)) {
			throw new CliException(wav + " cannot be read; give a 16 kHz mono WAV file");
		}
		String reason = recognizer.unavailableReason();
		if (reason != null) {
			throw new CliException(reason);
		}
		try {
			Recognition heard = recognizer.recognize(wav, report.getTemplateId());
			context.out().println("heard: " + (heard.heard() ? heard.text() : "(nothing in the phrase language)")
					+ String.format(java.util.Locale.ROOT, " (confidence %.2f)", heard.confidence()));
			return heard.text();
		} catch (IOException e) {
			throw new CliException(e.getMessage(), e);
		}
	}
}
