package org.spinerad.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.spinerad.model.Report;

/**
 * Where reports are kept. The embedded default keeps one XMI file per report in
 * a workspace folder; other implementations (a department database) can be
 * plugged in as OSGi services with a higher ranking.
 * <p>
 * Saving is atomic. Drafts saved by autosave are kept apart from saved reports
 * until the report is saved, so a crash never loses more than the last second
 * of work: {@link #recoverableDrafts()} lists what can be restored at start.
 * <p>
 * Every report carries a version: a save names the version it was made from
 * and fails with a {@link ConflictException} when someone saved in between
 * (never a silent overwrite). A {@link Claim} marks a study as being reported;
 * others cannot save it meanwhile. Listeners hear of every change, also of
 * those made on other workstations where the store is shared.
 */
public interface ReportStore extends RevisionArchive {

	/** @return where the store keeps its data, for display */
	Path location();

	/** @return summaries of all saved reports, newest change first */
	List<ReportSummary> list() throws StoreException;

	/** @return the saved report with this id */
	Report load(String id) throws StoreException;

	/**
	 * Saves a report atomically, replacing whatever version is stored, and drops
	 * its autosaved draft. Editors use {@link #save(Report, long, Actor)}.
	 */
	void save(Report report) throws StoreException;

	/**
	 * Saves a report atomically if the stored version is still {@code expectedVersion}, and drops its draft.
	 * Signing the report ({@code FINAL} or {@code AMENDED}) releases the claim on it.
	 *
	 * @param expectedVersion the version the edit started from; {@link Revision#NEW} for a new report,
	 *                        {@link Revision#ANY} to replace any version
	 * @return the new version
	 * @throws ConflictException when someone else saved in between; nothing is written
	 * @throws ClaimedException  when someone else holds the claim on the report
	 */
	Revision save(Report report, long expectedVersion, Actor actor) throws StoreException;

	/**
	 * Saves a report as {@link #save(Report, long, Actor)} and queues messages in the same transaction: both
	 * are committed or neither. Only a store with a transactional outbox (the department database) queues
	 * messages; others refuse a non-empty list.
	 */
	default Revision save(Report report, long expectedVersion, Actor actor, List<OutboxMessage> messages)
			throws StoreException {
		if (!messages.isEmpty()) {
			throw new StoreException("The store at " + location() + " has no outbox; messages are queued by"
					+ " their channel instead (set the department database in the store settings to queue them"
					+ " with the report)");
		}
		return save(report, expectedVersion, actor);
	}

	/**
	 * @return the store's transactional outbox, when it has one (the department database): then signing queues
	 *         the channels' messages with the report, and workstations deliver them under a lease
	 */
	default java.util.Optional<TransactionalOutbox> outbox() {
		return java.util.Optional.empty();
	}

	/** @return the stored version of a report, or null when it is not stored */
	Revision revision(String id) throws StoreException;

	/**
	 * @return one page of the worklist; the default filters and sorts {@link #list()}, a database does it
	 *         in the query
	 */
	default List<ReportSummary> page(WorklistQuery query) throws StoreException {
		Comparator<ReportSummary> order = query.sort() == WorklistQuery.Sort.STUDY_ASC
				? Comparator.comparing((ReportSummary s) -> date(s.studyDateTime())).thenComparing(ReportSummary::id)
				: Comparator.comparing((ReportSummary s) -> date(s.modifiedAt())).reversed()
						.thenComparing(ReportSummary::id);
		return list().stream()
				.filter(s -> query.statuses().isEmpty() || query.statuses().contains(s.status()))
				.filter(s -> s.accessionNumber() != null && s.accessionNumber().startsWith(query.accessionPrefix()))
				.sorted(order).skip(query.offset()).limit(query.limit()).toList();
	}

	private static Date date(Date d) {
		return d == null ? new Date(0) : d;
	}

	/**
	 * Claims a report for an actor, or renews their claim.
	 *
	 * @param ttl how long the claim holds unless renewed
	 * @throws ClaimedException when someone else holds a live claim
	 */
	Claim claim(String id, Actor actor, Duration ttl) throws StoreException;

	/** Releases the actor's claim on a report (closing it); does nothing when they hold none. */
	void release(String id, Actor actor) throws StoreException;

	/** An admin takes over the claim on a report from whoever holds it; the reason is recorded. */
	Claim takeOver(String id, Actor admin, String reason, Duration ttl) throws StoreException;

	/** @return the live claim on a report, or null */
	Claim claimOf(String id) throws StoreException;

	/**
	 * Records an action the store does not see itself (opened, exported) in the audit trail; saves, sign-offs,
	 * claims and deletions are recorded by the store.
	 */
	void audit(String id, String action, Actor actor, String detail) throws StoreException;

	/** @return the audit trail of a report, oldest first */
	List<AuditEntry> auditTrail(String id) throws StoreException;

	/**
	 * Calls a listener after every change of a report (on any thread).
	 *
	 * @return a handle whose {@code close()} removes the listener
	 */
	AutoCloseable onChange(Consumer<StoreChange> listener);

	/** Removes a saved report and its draft. Signed reports cannot be deleted. */
	void delete(String id) throws StoreException;

	/** Writes an autosave draft of a report atomically (not yet saved work). */
	void saveDraft(Report report) throws StoreException;

	/** @return summaries of drafts that hold changes not in the saved report (after a crash) */
	List<ReportSummary> recoverableDrafts() throws StoreException;

	/** @return the autosaved draft of a report */
	Report loadDraft(String id) throws StoreException;

	/** Drops the autosaved draft of a report. */
	void discardDraft(String id) throws StoreException;
}
