package org.spinerad.store.internal.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.store.AuditEntry;
import org.spinerad.store.ReportStore;
import org.spinerad.store.StoreException;

/** {@code cli audit --report ID}: who opened, saved, signed, claimed ... a report, when and from where. */
@Component(service = CliCommand.class)
public final class AuditCommand implements CliCommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	@Reference
	volatile ReportStore store;

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public String summary() {
		return "Show the audit trail of a report: who opened, saved, signed, claimed it, when, from where";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli audit --report ID

				Prints one line per recorded action on the report, oldest first: time,
				action (opened, saved, signed, amended, exported, claimed, released, took
				over, deleted), user, workstation and detail (the version saved, the reason
				of a takeover). The trail comes from the store in use: the department
				database's audit table, or audit.log in the store folder. Exit 1 when
				nothing is recorded for the report.

				Options:
				  --report ID  the id of a stored report
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("report"), Set.of(), name());
		String id = options.require("report", name());
		List<AuditEntry> trail;
		try {
			trail = store.auditTrail(id);
		} catch (StoreException e) {
			throw new CliException(name() + ": " + e.getMessage(), e);
		}
		if (trail.isEmpty()) {
			throw new CliException(name() + ": nothing is recorded for report " + id + " in " + store.location()
					+ "; check the id");
		}
		for (AuditEntry e : trail) {
			context.out().println(String.join("\t", TIME.format(e.at()), e.action(), e.actor().user(),
					e.actor().workstation(), e.detail()).strip());
		}
		return OK;
	}
}
