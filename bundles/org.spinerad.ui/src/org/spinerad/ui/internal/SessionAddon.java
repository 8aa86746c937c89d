package org.spinerad.ui.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.prefs.BackingStoreException;
import org.spinerad.model.Report;
import org.spinerad.samples.SampleCases;
import org.spinerad.store.Actor;
import org.spinerad.store.ReportStore;
import org.spinerad.store.ReportSummary;
import org.spinerad.store.StoreException;
import org.spinerad.templates.TemplateRegistry;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.UserIdentity;
import org.spinerad.ui.internal.dialogs.UiPreferences;
import org.spinerad.ui.internal.editor.ImpressionFollower;
import org.spinerad.ui.session.ReportSession;

/**
 * Puts the {@link ReportSession} and the {@link UserIdentity} into the application context, fills an empty
 * store with the example cases at first start, and offers to recover drafts a
 * crash left behind.
 */
public final class SessionAddon {

	private static final System.Logger LOG = System.getLogger(SessionAddon.class.getName());

	/** Title of the recovery question at start. */
	public static final String RECOVER_TITLE = "Recover unsaved work";

	@Inject
	ReportStore store;

	/** @return the recovery question: a crash only when the workstation did not close on purpose */
	static String recoveryQuestion(int drafts, boolean closedCleanly) {
		return drafts + " report(s) have changes that were not saved "
				+ (closedCleanly ? "when the workstation was last closed." : "(the workstation closed unexpectedly).")
				+ "\n\nRecover them? Yes restores the autosaved drafts; No discards them.";
	}

	@PostConstruct
	void create(IEclipseContext context, TemplateRegistry templates, UISynchronize sync, TemplateService rendering) {
		ReportSession session = new ReportSession(store, templates, sync::asyncExec);
		ImpressionFollower.install(session, rendering);
		PreferenceIdentity identity = new PreferenceIdentity();
		session.identify(() -> identity.name().map(Actor::here).orElseGet(Actor::system));
		context.set(ReportSession.class, session);
		context.set(UserIdentity.class, identity);
		try {
			UiPreferences.moveOldSettings();
		} catch (IOException e) {
			LOG.log(Level.WARNING, "Earlier RIS and PACS settings could not be moved: " + e.getMessage());
		}
		seedSamples(store);
	}

	/** At first start (an empty store) the example cases become the worklist, as drafts to report. */
	static void seedSamples(ReportStore store) {
		try {
			if (!store.list().isEmpty() || Boolean.getBoolean("spinerad.noSamples")) {
				return;
			}
			for (String id : SampleCases.IDS) {
				Report report = SampleCases.load(id);
				report.getImpression().clear();
				report.getCommunications().clear();
				report.getRecommendations().clear();
				store.save(report);
			}
		} catch (StoreException | RuntimeException e) {
			LOG.log(Level.WARNING, "Sample reports could not be added: " + e.getMessage());
		}
	}

	/** The workstation closes on purpose: keep the open report's unsaved work as a draft and say so. */
	@Inject
	@Optional
	void shutdown(@EventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Object event, ReportSession session) {
		try {
			session.keepDraft();
			CleanExit.record();
		} catch (StoreException | BackingStoreException | RuntimeException e) {
			LOG.log(Level.WARNING, "The clean close could not be recorded: " + e.getMessage());
		}
	}

	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event, ReportSession session) {
		boolean closedCleanly = CleanExit.takeRecord();
		try {
			List<ReportSummary> drafts = store.recoverableDrafts();
			if (drafts.isEmpty()) {
				return;
			}
			boolean recover = MessageDialog.openQuestion(Display.getCurrent().getActiveShell(), RECOVER_TITLE,
					recoveryQuestion(drafts.size(), closedCleanly));
			for (ReportSummary draft : drafts) {
				if (recover) {
					store.save(store.loadDraft(draft.id()));
				} else {
					store.discardDraft(draft.id());
				}
			}
		} catch (StoreException e) {
			MessageDialog.openError(Display.getCurrent().getActiveShell(), "Recovery", e.getMessage());
		}
	}
}
