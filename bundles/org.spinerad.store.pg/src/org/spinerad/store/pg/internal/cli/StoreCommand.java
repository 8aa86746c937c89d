package org.spinerad.store.pg.internal.cli;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.store.ReportStore;
import org.spinerad.store.StoreException;
import org.spinerad.store.internal.FileReportStore;
import org.spinerad.store.pg.internal.PgReportStore;
import org.spinerad.store.pg.internal.StoreCopy;

/** {@code cli store copy --from DIR|JDBC-URL --to DIR|JDBC-URL}: moves reports between a folder and a database. */
@Component(service = CliCommand.class)
public final class StoreCommand implements CliCommand {

	@Override
	public String name() {
		return "store";
	}

	@Override
	public String summary() {
		return "Copy all reports, their versions and drafts between a store folder and a department database";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli store copy --from DIR|JDBC-URL --to DIR|JDBC-URL

				Copies every saved report with every saved version (who saved it, where,
				when) and every draft from one store to another, as stored, then checks
				the target by count and SHA-256 content hash. Prints what was copied and
				the hash. Running it again copies nothing new. Exit 1 when the target does
				not match (it held other versions of the same reports).

				A store is a folder (the workstation's store folder, e.g.
				~/.spinerad/workspace/store) or a PostgreSQL JDBC URL, e.g.
				jdbc:postgresql://db.example:5432/spinerad?user=spinerad (a password
				comes from ~/.pgpass or the URL).
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("from", "to"), Set.of(), name());
		if (!options.positional().equals(List.of("copy"))) {
			throw new CliException(name() + ": say what to do: 'store copy --from ... --to ...'; see 'cli help store'");
		}
		String from = options.require("from", name());
		String to = options.require("to", name());
		ReportStore source = open(from, context);
		ReportStore target = open(to, context);
		try {
			StoreCopy.Result result = StoreCopy.copy(source, target);
			context.out().println("copied " + result.reports() + " reports (" + result.versions() + " versions) and "
					+ result.drafts() + " drafts from " + describe(from) + " to " + describe(to));
			context.out().println("verified: counts match, sha256 " + result.sha256());
			return OK;
		} catch (StoreException e) {
			throw new CliException(name() + ": " + e.getMessage(), e);
		} finally {
			close(source);
			close(target);
		}
	}

	/** @return the store at a folder or JDBC URL */
	public static ReportStore open(String where, CommandContext context) {
		if (where.startsWith("jdbc:")) {
			return new PgReportStore(where);
		}
		return new FileReportStore(context.resolve(where));
	}

	/** @return where a store is, without the user name and password a URL may carry */
	private static String describe(String where) {
		int query = where.indexOf('?');
		return where.startsWith("jdbc:") && query > 0 ? where.substring(0, query) : where;
	}

	private static void close(ReportStore store) {
		if (store instanceof PgReportStore pg) {
			pg.close();
		}
	}
}
