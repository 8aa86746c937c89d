package org.spinerad.ui.internal.editor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.spinerad.model.ImpressionItem;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.edit.ImpressionDrafts;
import org.spinerad.model.edit.ReportEditingDomain;
import org.spinerad.templates.TemplateError;
import org.spinerad.templates.TemplateProvider;
import org.spinerad.templates.TemplateService;
import org.spinerad.ui.session.ReportSession;

/**
 * Keeps the drafted impression of the open report in step with its findings:
 * after each change the drafted items the radiologist has not edited are
 * updated, added or removed in the same undoable step; Redraft restores the
 * drafted text. The drafting itself is headless ({@link TemplateService},
 * {@link ImpressionDrafts}).
 */
public final class ImpressionFollower {

	private static final Logger LOG = Logger.getLogger(ImpressionFollower.class.getName());
	/** Free text the drafted impression does not depend on. */
	private static final Set<EStructuralFeature> NOT_DRAFTED = Set.of(ReportPackage.Literals.REPORT__REMARK,
			ReportPackage.Literals.REGION__REMARK);

	private ImpressionFollower() {
	}

	/** From now on every report opened in the session follows its draft; returns what stops it. */
	public static Runnable install(ReportSession session, TemplateService templates) {
		return session.listen(change -> {
			if (change == ReportSession.Change.OPENED) {
				session.domain().ifPresent(domain -> follow(session, templates, domain));
			}
		});
	}

	private static void follow(ReportSession session, TemplateService templates, ReportEditingDomain domain) {
		Report report = session.report().orElseThrow();
		// while a field is typed in, drafted items change their text but none comes or goes: the form is
		// not rebuilt under the cursor; the next other change brings the items in line
		domain.setFollowUp(command -> draftsNothing(command) ? null : draft(session, templates)
				.map(items -> ImpressionDrafts.follow(domain, report, items, command instanceof EditHistory.Typing))
				.orElse(null));
	}

	/**
	 * @return whether a command is a keystroke in free text that neither decision support nor the drafting of the
	 *         impression reads (they see the findings and the conclusions, never a remark on a region or on the
	 *         whole report): the draft would come out as it is, so it is not made again on every keystroke
	 */
	static boolean draftsNothing(Command command) {
		return command instanceof EditHistory.Typing typing && typing.getCommand() instanceof SetCommand set
				&& NOT_DRAFTED.contains(set.getFeature());
	}

	/**
	 * Restores the drafted text of one item, or of every drafted item when
	 * {@code item} is null, as one undoable command.
	 *
	 * @return whether anything changed
	 */
	public static boolean redraft(ReportSession session, TemplateService templates, ImpressionItem item) {
		ReportEditingDomain domain = session.domain().orElse(null);
		Report report = session.report().orElse(null);
		if (domain == null || report == null) {
			return false;
		}
		Command command = draft(session, templates).map(items -> ImpressionDrafts.redraft(domain, report, items, item))
				.orElse(null);
		if (command == null || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	private static Optional<List<ImpressionItem>> draft(ReportSession session, TemplateService templates) {
		Report report = session.report().orElse(null);
		TemplateProvider template = session.template().orElse(null);
		if (report == null || template == null || !session.isEditable()) {
			return Optional.empty();
		}
		try {
			return Optional.of(templates.draftImpression(report, template));
		} catch (TemplateError e) {
			// the wording template failed: the impression stays as it is; the admin sees where in the template
			LOG.log(Level.WARNING, "The impression was not redrafted: " + e.describe());
			return Optional.empty();
		}
	}
}
