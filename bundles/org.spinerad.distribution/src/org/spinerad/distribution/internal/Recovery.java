package org.spinerad.distribution.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionException;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.store.ReportStore;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.StoreException;

/**
 * Finds signed reports of the store whose current step was never queued, or
 * whose queueing was cut short, and distributes them. A step whose message the
 * department outbox holds was queued with the report when it was signed (on
 * this workstation or another) and is left alone.
 */
final class Recovery {

	private static final System.Logger LOG = System.getLogger(Recovery.class.getName());

	private final DistributionServiceImpl service;
	private final Ledger ledger;
	private final DepartmentOutbox department;

	Recovery(DistributionServiceImpl service, Ledger ledger, DepartmentOutbox department) {
		this.service = service;
		this.ledger = ledger;
		this.department = department;
	}

	int run(ReportStore store) {
		if (store == null || service.channels().isEmpty()) {
			return 0;
		}
		int count = 0;
		List<ReportSummary> summaries;
		Instant since;
		try {
			since = ledger.baseline();
			summaries = store.list();
		} catch (StoreException | IOException e) {
			LOG.log(Level.WARNING, "Recovery of unsent reports cannot start: " + e.getMessage());
			return 0;
		}
		for (ReportSummary summary : summaries) {
			try {
				if (needsDistribution(summary, store)) {
					Report report = store.load(summary.id());
					if (ledger.read(summary.id()).isPresent() || !Steps.before(report, since)) {
						service.distribute(report);
						count++;
					}
				}
			} catch (StoreException | DistributionException | RuntimeException e) {
				LOG.log(Level.WARNING, "Recovery of unsent reports: report " + summary.id() + " skipped: " + e.getMessage());
			}
		}
		if (count > 0) {
			LOG.log(Level.INFO, count + " signed report(s) had not been queued and were queued now");
		}
		return count;
	}

	private boolean needsDistribution(ReportSummary summary, ReportStore from) throws StoreException {
		if (summary.status() == null || summary.status() == ReportStatus.DRAFT) {
			return false;
		}
		Optional<Ledger.Entry> entry = ledger.read(summary.id());
		if (entry.isEmpty()) {
			return department.outbox().isEmpty()
					|| !department.holds(summary.id(), Steps.of(from.load(summary.id())));
		}
		if (entry.get().states().stream().anyMatch(s -> s.stage() == Stage.PENDING)) {
			return true;
		}
		String step = entry.get().step();
		return switch (summary.status()) {
		case PRELIMINARY -> !step.equals("P");
		case FINAL -> !step.equals("F") && !step.startsWith("C");
		default -> !step.equals(Steps.of(from.load(summary.id())));
		};
	}
}
