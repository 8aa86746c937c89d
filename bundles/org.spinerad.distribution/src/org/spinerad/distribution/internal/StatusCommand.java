package org.spinerad.distribution.internal;

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
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.io.ReportIO;
import org.spinerad.model.io.ReportIOException;

/** {@code cli status --report FILE|ID}: where a signed report stands on every channel. */
@Component(service = CliCommand.class)
public final class StatusCommand implements CliCommand {

	@Reference
	volatile DistributionService distribution;

	@Override
	public String name() {
		return "status";
	}

	@Override
	public String summary() {
		return "Show where a signed report stands on every channel (RIS, PACS, ...)";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli status --report FILE|ID

				Prints one line per channel for the report's latest signed step: the channel,
				the step (P preliminary, F final, C1, C2, ... after each addendum), the state
				(pending, not sent, queued, sending, delivered, rejected, cancelled) and why.
				Exit 1 when the report was never sent or a channel needs attention (not
				sent or rejected).

				Options:
				  --report FILE|ID  a report file (.xmi or .json), or the id of a stored report
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report"), Set.of(), name());
		String id = reportId(options.require("report", name()), context);
		List<ChannelState> states = distribution.states(id);
		if (states.isEmpty()) {
			throw new CliException(name() + ": report " + id + " was never sent: sign it in the workstation, "
					+ "which queues it on every channel");
		}
		for (ChannelState s : states) {
			context.out().println(String.format("%-6s %-4s %-10s %s", s.channel(), s.step(), s.stage().word(),
					s.detail()).strip());
		}
		return states.stream().anyMatch(s -> s.stage().needsAttention()) ? USER_ERROR : OK;
	}

	private String reportId(String argument, CommandContext context) throws CliException {
		Path file = context.resolve(argument);
		if (!Files.isRegularFile(file)) {
			return argument;
		}
		try {
			String id = ReportIO.read(file).getId();
			if (id == null || id.isBlank()) {
				throw new CliException(name() + ": " + file + " has no report id; give the id of a stored report");
			}
			return id;
		} catch (ReportIOException e) {
			throw new CliException(e.getMessage(), e);
		}
	}
}
