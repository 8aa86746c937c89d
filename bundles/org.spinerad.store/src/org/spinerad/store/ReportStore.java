package org.spinerad.store;

import java.nio.file.Path;
import java.util.List;

import org.spinerad.model.Report;

/**
 * Where reports are kept. The embedded default keeps one XMI file per report in
 * a workspace folder; other implementations (a department database) can be
 * plugged in as OSGi services with a higher ranking.
 * <p>
 * Saving is atomic. Drafts saved by autosave are kept apart from saved reports
 * until the report is saved, so a crash never loses more than the last second
 * of work: {@link #recoverableDrafts()} lists what can be restored at start.
 */
public interface ReportStore {

	/** @return where the store keeps its data, for display */
	Path location();

	/** @return summaries of all saved reports, newest change first */
	List<ReportSummary> list() throws StoreException;

	/** @return the saved report with this id */
	Report load(String id) throws StoreException;

	/** Saves a report atomically, and drops its autosaved draft. */
	void save(Report report) throws StoreException;

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
