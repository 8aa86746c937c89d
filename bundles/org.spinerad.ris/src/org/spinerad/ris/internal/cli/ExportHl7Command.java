package org.spinerad.ris.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.distribution.DistributionService;
import org.spinerad.distribution.ExportArguments;
import org.spinerad.model.Report;
import org.spinerad.model.io.AtomicFiles;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisException;
import org.spinerad.ris.RisSettings;
import org.spinerad.ris.internal.Ack;
import org.spinerad.ris.internal.ControlIds;
import org.spinerad.ris.internal.DeliveryException;
import org.spinerad.ris.internal.MllpClient;
import org.spinerad.ris.internal.OruMessageBuilder;
import org.spinerad.ris.internal.PlainReportText;

/**
 * {@code cli export-hl7}: builds the ORU^R01 message of a signed report and
 * sends it straight to a RIS over MLLP (one attempt, no outbox), or writes it
 * to a file.
 */
@Component(service = CliCommand.class)
public final class ExportHl7Command implements CliCommand {

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	volatile DistributionService distribution;

	@Override
	public String name() {
		return "export-hl7";
	}

	@Override
	public String summary() {
		return "Send a signed report to the RIS (HL7 v2.5.1 ORU^R01 over MLLP), or write the message";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli export-hl7 --report FILE --host HOST --port PORT [options]
				       spinerad cli export-hl7 --report FILE --out FILE.hl7 [options]

				Builds the HL7 v2.5.1 ORU^R01 message of a signed report (result status P for
				preliminary, F for final, C for a report with addenda). With --host and --port it
				is sent over MLLP in one attempt and the acknowledgement is printed, one segment a
				line; exit 1 when the RIS answers AE or AR, or no acknowledgement comes (then the
				RIS may or may not have the message: repeat with the same --control-id so it can
				drop the duplicate). With --out the message is written (segments ended by carriage
				returns, UTF-8) and nothing is sent. This command does not use the workstation's
				outbox. Header fields come from the RIS settings (preferences node org.spinerad.ris).

				Options:
				  --report FILE           the report (.xmi or .json), signed preliminary or final
				  --host HOST --port PORT the RIS MLLP endpoint
				  --out FILE              write the message to FILE
				  --text FILE             the rendered plain-text report (UTF-8); default: render it
				                          with the report's template, or without one a plain text
				                          of the impression (said on standard error)
				  --control-id ID         MSH-10 (1-20 letters, digits, '.', '-', '_'); default: new
				  --connect-timeout SEC   default 5
				  --ack-timeout SEC       default 30
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args,
				Set.of("report", "host", "port", "out", "text", "control-id", "connect-timeout", "ack-timeout"),
				Set.of(), name());
		Report report = ExportArguments.report(options, context, name());
		Optional<String> out = options.get("out");
		Optional<String> host = options.get("host");
		if (out.isEmpty() && host.isEmpty() && options.get("port").isEmpty()) {
			throw new CliException(name() + ": give --host and --port to send, or --out to write the message; see 'cli help "
					+ name() + "'");
		}
		RisSettings settings = settings(options);
		ResultStatus status;
		try {
			status = OruMessageBuilder.check(report);
		} catch (RisException e) {
			throw new CliException(name() + ": " + e.getMessage(), e);
		}
		String controlId = options.get("control-id").orElseGet(ControlIds::next);
		String text = text(options, report, context);
		String message;
		try {
			message = new OruMessageBuilder(settings).build(report, text, status, controlId, Instant.now());
		} catch (RisException e) {
			throw new CliException(name() + ": " + e.getMessage(), e);
		}
		if (out.isPresent()) {
			Path file = context.resolve(out.get());
			try {
				AtomicFiles.write(file, message.getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new CliException(name() + ": " + file + " cannot be written: " + e.getMessage(), e);
			}
			context.err().println("wrote ORU^R01 (" + status.code() + "), control id " + controlId + ", to " + file);
		}
		if (settings.isConfigured()) {
			send(settings, controlId, message, status, context);
		}
		return OK;
	}

	private void send(RisSettings settings, String controlId, String message, ResultStatus status,
			CommandContext context) throws CliException {
		Ack ack;
		try {
			ack = new MllpClient(settings).send(controlId, message, () -> {
			});
		} catch (DeliveryException e) {
			String hint = e.maybeReceived()
					? "; the RIS may have it: repeat with --control-id " + controlId + " so it can drop a duplicate"
					: "; nothing was sent";
			throw new CliException(name() + ": " + e.getMessage() + hint, e);
		}
		for (String segment : ack.raw().split("[\r\n]+")) {
			context.out().println(segment);
		}
		if (ack.rejected()) {
			throw new CliException(name() + ": the RIS rejected message " + controlId + " (" + ack.code() + "): "
					+ ack.describeReason());
		}
		context.err().println("acknowledged (" + ack.code() + ") by " + settings.endpoint() + ": ORU^R01 ("
				+ status.code() + "), control id " + controlId);
	}

	private RisSettings settings(Options options) throws CliException {
		RisSettings settings = RisSettings.fromPreferences();
		Optional<String> host = options.get("host");
		Optional<String> port = options.get("port");
		if (host.isPresent() != port.isPresent()) {
			throw new CliException(name() + ": --host and --port go together; see 'cli help " + name() + "'");
		}
		try {
			settings = settings.withEndpoint(host.orElse(""), port.map(p -> number(p, "port")).orElse(settings.port()));
			Duration connect = options.get("connect-timeout").map(s -> Duration.ofMillis(seconds(s, "connect-timeout")))
					.orElse(settings.connectTimeout());
			Duration ack = options.get("ack-timeout").map(s -> Duration.ofMillis(seconds(s, "ack-timeout")))
					.orElse(settings.ackTimeout());
			return settings.withTimeouts(connect, ack);
		} catch (IllegalArgumentException e) {
			throw new CliException(name() + ": " + e.getMessage());
		}
	}

	private static int number(String value, String option) {
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + option + " needs a whole number, not '" + value + "'");
		}
	}

	private static long seconds(String value, String option) {
		try {
			double seconds = Double.parseDouble(value.strip());
			if (seconds > 0 && seconds < 86_400) {
				return Math.max(1, Math.round(seconds * 1000));
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("--" + option + " needs a number of seconds above 0, not '" + value + "'");
	}

	private String text(Options options, Report report, CommandContext context) throws CliException {
		return ExportArguments.text(options, report, context, name(), distribution,
				() -> PlainReportText.of(report, ZoneId.systemDefault()),
				"sending a plain text built from the impression");
	}
}
