package org.spinerad.ui.session;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.CommandStackListener;
import org.spinerad.model.Report;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.model.query.Reports;

import org.spinerad.store.Actor;
import org.spinerad.store.Claim;
import org.spinerad.store.ClaimedException;
import org.spinerad.store.Autosaver;
import org.spinerad.store.OutboxMessage;
import org.spinerad.store.ReportStore;
import org.spinerad.store.Revision;
import org.spinerad.store.StoreException;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateRegistry;

/**
 * The report open in the workstation: its editing domain (undo/redo), its
 * autosave, its dirty state and its template. Parts listen for changes; they
 * never hold the report themselves. One report is open at a time.
 */
public final class ReportSession {

	/** How long a claim holds after the report was opened or last saved here. */
	public static final Duration CLAIM_TIME = Duration.ofMinutes(30);
	private static final System.Logger LOG = System.getLogger(ReportSession.class.getName());

	/** What happened to the session. */
	public enum Change {
		/** A report was opened (or the open one was closed: {@link #report()} empty). */
		OPENED,
		/** The open report changed (any command, undo or redo). */
		EDITED,
		/** The open report was saved. */
		SAVED
	}

	private final ReportStore store;
	private final TemplateRegistry templates;
	private final UiThread uiThread;
	private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

	private Report report;
	private ReportEditingDomain domain;
	private Autosaver autosaver;
	private boolean dirty;
	/** Opened with unsaved work (a recovered draft) that was not saved since. */
	private boolean unsavedSinceOpen;
	private long version = Revision.ANY;
	private Actor claimant;
	private Claim blockedBy;
	private java.util.function.Supplier<Actor> actor = Actor::system;
	private final CommandStackListener stackListener = e -> changed();

	/** Runs code on the UI thread. */
	@FunctionalInterface
	public interface UiThread {
		void asyncExec(Runnable code);
	}

	public ReportSession(ReportStore store, TemplateRegistry templates, UiThread uiThread) {
		this.store = store;
		this.templates = templates;
		this.uiThread = uiThread;
	}

	/** @return the store reports are saved in */
	public ReportStore store() {
		return store;
	}

	/** @return the registry of templates */
	public TemplateRegistry templates() {
		return templates;
	}

	/** @return the open report */
	public Optional<Report> report() {
		return Optional.ofNullable(report);
	}

	/** @return the editing domain of the open report */
	public Optional<ReportEditingDomain> domain() {
		return Optional.ofNullable(domain);
	}

	/** @return the template of the open report */
	public Optional<TemplateProvider> template() {
		return report == null || report.getTemplateId() == null ? Optional.empty()
				: templates.find(report.getTemplateId());
	}

	/** @return whether the open report has unsaved changes */
	public boolean isDirty() {
		return dirty;
	}

	/** @return whether the open report may be edited (not signed, and nobody else reports it) */
	public boolean isEditable() {
		return report != null && !Reports.isSigned(report) && blockedBy == null;
	}

	/** @return the claim of someone else that makes the open report read-only here */
	public Optional<Claim> blockedBy() {
		return Optional.ofNullable(blockedBy);
	}

	/** Registers a listener, called on the UI thread; returns a handle that removes it. */
	public Runnable listen(Consumer<Change> listener) {
		listeners.add(listener);
		return () -> listeners.remove(listener);
	}

	/**
	 * Registers a listener called before those registered with {@link #listen}: for one that hands work to
	 * another thread (the preview's render), so that the work starts while the others run.
	 */
	public Runnable listenFirst(Consumer<Change> listener) {
		listeners.add(0, listener);
		return () -> listeners.remove(listener);
	}

	/** Says who saves: the signed-in user on this workstation. */
	public void identify(java.util.function.Supplier<Actor> who) {
		actor = who;
	}

	/**
	 * Opens a stored report (the open one must be saved or discarded first). Saving it later fails with a
	 * conflict when someone else saved it in between.
	 */
	public void open(String id) throws StoreException {
		close();
		Revision revision = store.revision(id);
		Report loaded = store.load(id);
		Actor me = actor.get();
		store.audit(id, "opened", me, revision == null ? "" : "version " + revision.version());
		Claim blocked = null;
		if (!Reports.isSigned(loaded)) {
			try {
				store.claim(id, me, CLAIM_TIME);
				claimant = me;
			} catch (ClaimedException e) {
				blocked = e.claim();
			}
		}
		blockedBy = blocked;
		version = revision == null ? Revision.NEW : revision.version();
		show(loaded, false);
	}

	/**
	 * An admin takes over the claim that makes the open report read-only here (the holder left, or is away); the
	 * store records the reason in the audit trail. The report becomes editable here and read-only for the former
	 * holder at their next save.
	 */
	public void takeOver(String reason) throws StoreException {
		if (report == null || blockedBy == null) {
			return;
		}
		Actor me = actor.get();
		store.takeOver(report.getId(), me, reason, CLAIM_TIME);
		claimant = me;
		blockedBy = null;
		fire(Change.OPENED);
	}

	/** Opens a report that is already loaded, e.g. a recovered draft (then dirty). */
	public void open(Report loaded, boolean startDirty) {
		close();
		show(loaded, startDirty);
	}

	private void show(Report loaded, boolean startDirty) {
		report = loaded;
		domain = new ReportEditingDomain();
		domain.createResource("report:" + loaded.getId()).getContents().add(loaded);
		domain.getCommandStack().addCommandStackListener(stackListener);
		autosaver = new Autosaver(store, report, domain.getCommandStack(), Autosaver.DEFAULT_DELAY_MILLIS,
				Autosaver.DEFAULT_MAX_WAIT_MILLIS, uiThread::asyncExec);
		dirty = startDirty;
		unsavedSinceOpen = startDirty;
		fire(Change.OPENED);
	}

	/**
	 * After every command, undo and redo: the report is dirty when it differs
	 * from its saved state (undoing back to the save makes it clean again), or
	 * when it was opened with unsaved work (a recovered draft) not saved since.
	 */
	private void changed() {
		dirty = unsavedSinceOpen || ((org.eclipse.emf.common.command.BasicCommandStack) domain.getCommandStack())
				.isSaveNeeded();
		fire(Change.EDITED);
	}

	/** Saves the open report atomically and drops its draft. */
	public void save() throws StoreException {
		save(List.of());
	}

	/**
	 * Saves the open report as {@link #save()} does, with messages queued in the same transaction (the signed
	 * report's messages in the department database's outbox).
	 */
	public void save(List<OutboxMessage> messages) throws StoreException {
		if (report == null) {
			return;
		}
		if (!Reports.isSigned(report) && dirty) {
			report.eSetDeliver(false);
			report.setModifiedAt(new Date());
			report.eSetDeliver(true);
		}
		autosaver.cancelPending(); // no draft newer than this save: a clean quit is no crash at the next start
		Actor me = actor.get();
		if (claimant != null && !claimant.equals(me)) { // the user signed in meanwhile
			store.release(report.getId(), claimant);
			claimant = null;
		}
		if (blockedBy == null) {
			store.claim(report.getId(), me, CLAIM_TIME); // takes or renews the claim while the report is worked on
			claimant = me;
		}
		version = store.save(report, version, me, messages).version();
		if (Reports.isSigned(report)) {
			claimant = null; // sign-off released it
		}
		((org.eclipse.emf.common.command.BasicCommandStack) domain.getCommandStack()).saveIsDone();
		dirty = false;
		unsavedSinceOpen = false;
		fire(Change.SAVED);
	}

	/** Closes the open report without saving (its autosaved draft stays for recovery). */
	public void close() {
		if (report == null) {
			return;
		}
		domain.getCommandStack().removeCommandStackListener(stackListener);
		autosaver.close();
		if (claimant != null) {
			try {
				store.release(report.getId(), claimant);
			} catch (StoreException e) {
				LOG.log(System.Logger.Level.WARNING, "The claim on report " + report.getId()
						+ " could not be released; it lapses by itself: " + e.getMessage());
			}
		}
		claimant = null;
		blockedBy = null;
		report = null;
		domain = null;
		autosaver = null;
		dirty = false;
		version = Revision.ANY;
		fire(Change.OPENED);
	}

	/** Writes the open report's unsaved changes to its draft now (e.g. when the workstation closes). */
	public void keepDraft() throws StoreException {
		if (report != null && dirty) {
			autosaver.saveNow();
		}
	}

	/** @return the nanoTime of the last autosave, 0 if none */
	public long lastAutosave() {
		return autosaver == null ? 0 : autosaver.lastSavedNanos();
	}

	private void fire(Change change) {
		for (Consumer<Change> listener : listeners) {
			listener.accept(change);
		}
	}

}
